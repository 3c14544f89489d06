"""The shared boilerplate layer: rules as data, guarded so they never eat an article."""

from __future__ import annotations

from pipelines.cleaning.boilerplate import remove_boilerplate

PROSE = "The minister said on Tuesday that the talks would continue next week in Geneva. " * 3


def test_tail_rule_does_not_fire_before_the_article() -> None:
    blocks = ["Related", PROSE, PROSE, PROSE]
    result = remove_boilerplate(blocks)
    assert result.blocks == [PROSE, PROSE, PROSE]  # the marker line goes, the article stays


def test_tail_rule_cuts_a_trailing_teaser_list() -> None:
    blocks = [PROSE, PROSE, "More from Europe", "Teaser headline one", "Teaser headline two"]
    result = remove_boilerplate(blocks)
    assert result.blocks == [PROSE, PROSE]
    assert {b.rule for b in result.removed} == {"related_list"}


def test_generic_rules_cover_common_widgets() -> None:
    blocks = [
        PROSE,
        "We use cookies to give you the best experience on our website.",
        "Share on Facebook | Twitter | Email",
        "Sign up for our daily newsletter",
        "Photo: Jane Doe/Reuters",
        "Tags: Politics, Europe",
        PROSE,
    ]
    result = remove_boilerplate(blocks)
    assert result.blocks == [PROSE, PROSE]
    assert result.credits == ["Jane Doe/Reuters"]
    assert result.tags == ["Politics", "Europe"]
    rules = [b.rule for b in result.removed]
    assert rules == ["cookie_consent", "share_widget", "newsletter", "photo_credit", "tag_line"]


def test_span_without_end_keeps_the_text() -> None:
    blocks = [
        PROSE,
        "Can you help us, the reporters said, as they asked residents for details.",
        PROSE,
    ]
    assert remove_boilerplate(blocks).blocks == blocks
