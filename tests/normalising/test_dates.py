"""Date decisions: order of trust, day-first by evidence, and rejections with reasons."""

from __future__ import annotations

from datetime import date

from pipelines.model import DateCandidate
from pipelines.normalising.dates import decide_date, parse_date, url_candidates

TODAY = date(2024, 6, 1)


def test_manifest_beats_page_metadata() -> None:
    decision = decide_date(
        [
            DateCandidate("2024-02-15T10:00:00Z", "html_metadata:jsonld"),
            DateCandidate("14/02/2024", "manifest"),
        ],
        today=TODAY,
    )
    assert decision.value == date(2024, 2, 14) and decision.method == "manifest"


def test_local_time_zone_date_is_kept() -> None:
    decision = decide_date(
        [DateCandidate("2024-02-14T23:30:00-05:00", "html_metadata:jsonld")], today=TODAY
    )
    assert decision.value == date(2024, 2, 14) and decision.method == "page_metadata"


def test_unambiguous_day_first_header() -> None:
    decision = decide_date([DateCandidate("14-2-2024", "header_line", True)], today=TODAY)
    assert decision.value == date(2024, 2, 14) and decision.method == "header_line"


def test_ambiguous_order_follows_document_evidence() -> None:
    candidates = [
        DateCandidate("3-2-2024", "header_line"),
        DateCandidate("13-2-2024", "htmldate", True),
    ]
    assert decide_date(candidates, today=TODAY).value == date(2024, 2, 3)


def test_ambiguous_order_follows_country() -> None:
    candidates = [DateCandidate("3/2/2024", "header_line")]
    assert decide_date(candidates, country="US", today=TODAY).value == date(2024, 3, 2)
    assert decide_date(candidates, country="GB", today=TODAY).value == date(2024, 2, 3)


def test_future_and_implausible_dates_are_rejected_with_reasons() -> None:
    decision = decide_date(
        [
            DateCandidate("2031-01-01", "html_metadata:jsonld"),
            DateCandidate("1492-10-12", "html_metadata:date"),
        ],
        url="https://example.com/2024/05/30/story",
        today=TODAY,
    )
    assert decision.value == date(2024, 5, 30) and decision.method == "url"
    assert any("in the future" in reason for reason in decision.rejected)
    assert any("implausibly early" in reason for reason in decision.rejected)


def test_url_dates() -> None:
    assert (
        url_candidates("https://www.nytimes.com/2019/11/19/opinion/x.html")[0].value == "2019-11-19"
    )
    assert url_candidates("https://x.com/news/story-20200119-abc")[0].value == "2020-01-19"
    assert url_candidates("https://x.com/news/1234567") == []


def test_parse_needs_a_full_date() -> None:
    assert parse_date("February 2024", True) is None
    assert parse_date("14 February 2024", True) == date(2024, 2, 14)
    assert parse_date("Feb. 14, 2024 10:00 AM EST", False) == date(2024, 2, 14)
    assert parse_date("not a date", True) is None


def test_a_shown_revision_needs_the_declared_modified_date_to_agree() -> None:
    published = DateCandidate("2024-03-08T11:15:28Z", "html_metadata:jsonld")
    shown = DateCandidate("Updated March 14, 2024", "page_label:updated")
    declared = date(2024, 3, 14)
    agreed = decide_date([published, shown], today=TODAY, modified=declared)
    assert (agreed.value, agreed.method) == (date(2024, 3, 14), "page_revision")
    assert agreed.first_published == date(2024, 3, 8)
    alone = decide_date([published, shown], today=TODAY)
    assert (alone.value, alone.first_published) == (date(2024, 3, 8), None)
    other = date(2024, 3, 20)
    assert decide_date([published, shown], today=TODAY, modified=other).value == date(2024, 3, 8)


def test_a_shown_revision_in_the_future_is_not_taken() -> None:
    published = DateCandidate("2024-05-08", "html_metadata:jsonld")
    shown = DateCandidate("June 30, 2024", "page_label:updated")
    declared = date(2024, 6, 30)
    decision = decide_date([published, shown], today=TODAY, modified=declared)
    assert decision.value == date(2024, 5, 8) and decision.first_published is None
