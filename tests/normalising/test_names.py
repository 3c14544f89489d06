"""Site names and manifest spellings to outlet names."""

from __future__ import annotations

from pipelines.normalising import OutletRegistry
from pipelines.normalising.names import brand_matches, choose_site_name


def test_brand_matches_domain() -> None:
    assert brand_matches("TimesLIVE", "timeslive.co.za")
    assert brand_matches("Cable News Network", "cnn.com")
    assert not brand_matches("U.S.", "reuters.com")


def test_choose_site_name_prefers_the_one_naming_the_domain() -> None:
    names = ["U.S.", "Reuters", "Thomson Reuters Corporation"]
    assert choose_site_name(names, "https://www.reuters.com/article/x") == "Reuters"
    assert (
        choose_site_name(["Nature Publishing Group UK", "Nature"], "https://www.nature.com/a")
        == "Nature"
    )
    assert (
        choose_site_name(["Home", "Riverside Gazette"], "https://gazette.example/x")
        == "Riverside Gazette"
    )
    assert choose_site_name([None, "@handle"], None) is None


def test_manifest_slugs() -> None:
    registry = OutletRegistry.load_default()
    assert registry.resolve("wash-post").outlet_id == "washington-post"
    assert registry.resolve("west-journal").outlet_id == "western-journal"
    inferred = registry.infer("riverside-gazette", None)
    assert inferred is not None and inferred.name == "Riverside Gazette" and inferred.is_inferred


def test_strip_site_suffix() -> None:
    from pipelines.normalising.names import strip_site_suffix

    assert strip_site_suffix(
        "Mining blasts shatter homes - Lesotho Times", "Lesotho Times", None
    ) == ("Mining blasts shatter homes")
    assert (
        strip_site_suffix("Lander program - SpaceNews.com", None, "https://spacenews.com/x")
        == "Lander program"
    )
    assert strip_site_suffix(
        "The iPhone SE is here - Not a flagship", "The Economic Times", None
    ) == ("The iPhone SE is here - Not a flagship")
