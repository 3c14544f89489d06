"""normalise_article on the seeds: date, publisher and origin, each with its method."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pipelines.cleaning import clean_document
from pipelines.model import CleanArticle, RawDocument, canonical_uri, stable_id
from pipelines.normalising import OutletRegistry, normalise_article

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="module")
def registry() -> OutletRegistry:
    return OutletRegistry.load_default()


def _seed(name: str, **hints: str) -> CleanArticle:
    return clean_document(
        RawDocument(f"seeds/{name}", (SEEDS / name).read_bytes(), "text/plain", **hints)
    )


def test_seed_000(registry: OutletRegistry) -> None:
    article = _seed("000_30d8a20e5e7a7435.txt")
    result = normalise_article(article, registry)
    # ids key on one spelling of the document, whatever relative path led to it
    assert result.article_id == stable_id(canonical_uri("seeds/000_30d8a20e5e7a7435.txt"))
    assert (result.published_date, result.date_method) == (date(2024, 2, 14), "header_line")
    assert result.outlet is None and result.outlet_method is None
    assert result.origin_outlet is not None and result.origin_outlet.name == "Reuters"
    assert result.origin_method == "text_cue"


def test_seed_000_with_a_manifest_publisher(registry: OutletRegistry) -> None:
    result = normalise_article(
        _seed("000_30d8a20e5e7a7435.txt", outlet_hint="Moscow Times"), registry
    )
    assert result.outlet is not None and result.outlet.outlet_id == "the-moscow-times"
    assert result.outlet_method == "manifest"
    assert result.origin_outlet is not None and result.origin_outlet.outlet_id == "reuters"


def test_seed_004(registry: OutletRegistry) -> None:
    result = normalise_article(_seed("004_81f5cfad96b8a822.txt"), registry)
    assert (result.published_date, result.date_method) == (date(2024, 2, 14), "header_line")
    assert result.outlet is not None and result.outlet.name == "The Moscow Times"
    assert result.outlet_method == "text_cue"
    # it reports the Kremlin's denial itself: original reporting, origin = publisher
    assert result.origin_outlet == result.outlet


@pytest.mark.parametrize(
    ("body", "origin"),
    [
        ("MOSCOW (Reuters) - The Kremlin said on Wednesday that talks had failed.", "reuters"),
        ("WASHINGTON (AP) — The Senate voted on Tuesday to pass the bill.", "associated-press"),
        (
            "The ministry said in a report by Bloomberg that output fell, officials told Bloomberg.",
            "bloomberg",
        ),
    ],
)
def test_origin_cues(registry: OutletRegistry, body: str, origin: str) -> None:
    article = CleanArticle("x", "h", "https://www.example-news.com/a", None, body)
    result = normalise_article(article, registry)
    assert result.origin_outlet is not None and result.origin_outlet.outlet_id == origin
    assert result.outlet is not None and result.outlet.is_inferred


def test_single_citation_is_not_an_origin(registry: OutletRegistry) -> None:
    body = "The minister, who told Reuters last year that he would resign, stayed on. " * 1
    article = CleanArticle("x", "h", "https://www.theguardian.com/a", None, body)
    result = normalise_article(article, registry)
    assert result.origin_outlet is not None and result.origin_outlet.outlet_id == "the-guardian"
    assert result.origin_method == "url_domain"


def test_wire_dateline_with_a_date(registry: OutletRegistry) -> None:
    body = "HEMPSTEAD, N.Y., Sept. 26 (UPI) — Jill Stein was escorted off the premises on Monday."
    result = normalise_article(
        CleanArticle("x", "h", None, None, body, outlet_hint="breitbart"), registry
    )
    assert result.outlet is not None and result.outlet.outlet_id == "breitbart"
    assert result.origin_outlet is not None and result.origin_outlet.outlet_id == "upi"
    assert result.origin_method == "header_line"


def test_republished_article_names_its_origin(registry: OutletRegistry) -> None:
    body = (
        "Street traders face new rules in the city centre.\n\nFirst published in The Conversation."
    )
    article = CleanArticle("x", "h", "https://www.dailymaverick.co.za/a", None, body)
    result = normalise_article(article, registry)
    assert result.outlet is not None and result.outlet.outlet_id == "daily-maverick"
    assert result.origin_outlet is not None and result.origin_outlet.outlet_id == "the-conversation"


def test_republication_note_is_cut_but_names_the_origin(registry: OutletRegistry) -> None:
    from pipelines.cleaning import clean_document

    text = (
        "Street traders face new rules in the city centre from next month, the council said.\n\n"
        "The rules limit trading hours and require permits for every stall in the area.\n\n"
        "First published in The Conversation."
    )
    doc = RawDocument("x.txt", text.encode(), "text/plain", url="https://www.dailymaverick.co.za/a")
    article = clean_document(doc)
    assert "First published" not in article.body
    result = normalise_article(article, registry)
    assert result.origin_outlet is not None and result.origin_outlet.outlet_id == "the-conversation"


def test_text_naming_a_registry_outlet_does_not_decide_another_domain(
    registry: OutletRegistry,
) -> None:
    from pipelines.model import RemovedBlock

    body = "The council approved the budget on Monday after a long debate about the new bridge."
    article = CleanArticle("x", "h", "https://www.nationweekly.co.nz/a", None, body)
    article.removed.append(RemovedBlock("Support The Nation: subscribe today.", "support_banner"))
    result = normalise_article(article, registry)
    assert result.outlet is not None and result.outlet.is_inferred
    assert result.outlet.domain == "nationweekly.co.nz"
