"""The outlet registry: any spelling to one canonical outlet, offline."""

from __future__ import annotations

import pytest

from pipelines.normalising import OutletRegistry, registrable_domain
from pipelines.normalising.names import clean_site_name


@pytest.fixture(scope="module")
def registry() -> OutletRegistry:
    return OutletRegistry.load_default()


@pytest.mark.parametrize(
    ("text", "outlet_id"),
    [
        ("Moscow Times", "the-moscow-times"),
        ("The Moscow Times", "the-moscow-times"),
        ("themoscowtimes.com", "the-moscow-times"),
        ("https://www.themoscowtimes.com/2024/02/14/x", "the-moscow-times"),
        ("https://www.reuters.com/x", "reuters"),
        ("REUTERS", "reuters"),
        ("https://edition.cnn.com/2024/01/01/x", "cnn"),
        ("BBC News", "bbc"),
        ("https://www.bbc.co.uk/news/world", "bbc"),
        ("The Associated Press", "associated-press"),
        ("@nytimes", "new-york-times"),
    ],
)
def test_resolve_any_spelling(registry: OutletRegistry, text: str, outlet_id: str) -> None:
    outlet = registry.resolve(text)
    assert outlet is not None and outlet.outlet_id == outlet_id


def test_unknown_is_none(registry: OutletRegistry) -> None:
    assert registry.resolve("Kremlin") is None
    assert registry.resolve("https://example.org/x") is None
    assert registry.resolve("") is None


def test_registry_is_large_and_ids_unique(registry: OutletRegistry) -> None:
    outlets = registry.all()
    assert len(outlets) >= 200
    assert len({o.outlet_id for o in outlets}) == len(outlets)
    assert {"wire", "newspaper", "broadcaster"} <= {o.kind for o in outlets}


def test_registrable_domain_uses_the_public_suffix_list() -> None:
    assert registrable_domain("https://news.bbc.co.uk/x") == "bbc.co.uk"
    assert registrable_domain("www.abc.net.au") == "abc.net.au"
    assert registrable_domain("http://example.com:8080/a") == "example.com"
    assert registrable_domain("not a domain") is None


def test_infer_unknown_outlet_from_site_name(registry: OutletRegistry) -> None:
    outlet = registry.infer(
        "Riverside Gazette | Local news since 1901", "https://www.riversidegazette.example/x"
    )
    assert outlet is not None and outlet.is_inferred
    assert outlet.name == "Riverside Gazette"
    assert outlet.outlet_id == "riverside-gazette"


def test_infer_unknown_outlet_from_domain(registry: OutletRegistry) -> None:
    outlet = registry.infer(None, "https://news.smalltown.co.uk/a/b")
    assert outlet is not None and outlet.is_inferred and outlet.domain == "smalltown.co.uk"


def test_infer_prefers_the_registry(registry: OutletRegistry) -> None:
    outlet = registry.infer("CNN - Breaking News, Latest News and Videos", None)
    assert outlet is not None and outlet.outlet_id == "cnn" and not outlet.is_inferred


def test_clean_site_name_picks_the_brand_part() -> None:
    assert (
        clean_site_name("Breaking news | Riverside Gazette", "riversidegazette.com")
        == "Riverside Gazette"
    )
    assert clean_site_name("Home", None) is None


def test_a_registry_name_on_a_foreign_domain_is_another_outlet(registry: OutletRegistry) -> None:
    outlet = registry.infer("Metro", "https://www.metro.us/story")
    assert outlet is not None and outlet.is_inferred
    assert (outlet.name, outlet.domain) == ("Metro", "metro.us")
    assert outlet.outlet_id != "metro"
    assert registry.infer("Metro", None).outlet_id == "metro"


def test_a_namesake_on_another_domain_keeps_its_own_name(registry: OutletRegistry) -> None:
    # "Guardian News" is an alias of The Guardian (theguardian.com); a site of that name
    # elsewhere is another outlet, under the name it gives itself
    outlet = registry.infer("Guardian News", "https://www.guardianherald.co.tt/a")
    assert outlet is not None and outlet.is_inferred
    assert outlet.name == "Guardian News" and outlet.domain == "guardianherald.co.tt"
    assert outlet.outlet_id != "the-guardian"
