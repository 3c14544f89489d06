"""clean_document on the seed documents, a page built around the seed's appeal, and bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipelines.cleaning import CleaningError, clean_document
from pipelines.model import RawDocument

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
BODY_START = "The Kremlin on Wednesday denied a report by Reuters"
BODY_END = "as long as Putin is in power."


def _text_doc(name: str) -> RawDocument:
    return RawDocument(
        source_uri=f"seeds/{name}", content=(SEEDS / name).read_bytes(), media_type="text/plain"
    )


def test_seed_004_title_body_and_metadata() -> None:
    article = clean_document(_text_doc("004_81f5cfad96b8a822.txt"))
    assert article.title == "Kremlin Denies Report That Putin Offered Ukraine Truce to U.S."
    assert article.body.startswith(BODY_START)
    assert article.body.endswith(BODY_END)
    assert article.credits == ["Sergei Bobylev / TASS"]
    assert article.tags == ["Ukraine war", "Kremlin", "Putin"]
    assert [c.value for c in article.date_candidates] == ["2024-02-14"]
    for leftover in (
        "Support The Moscow Times",
        "Contribute",
        "small favor",
        "Thank you",
        "Min read",
        "In depth",
    ):
        assert leftover not in article.body


def test_seed_004_removed_blocks_name_their_rule() -> None:
    article = clean_document(_text_doc("004_81f5cfad96b8a822.txt"))
    rules = {block.text: block.rule for block in article.removed}
    assert rules["Continue"] == "navigation"
    assert rules["Read more"] == "navigation"
    assert rules["In depth"] == "related_list"
    assert rules["Sergei Bobylev / TASS"] == "photo_credit"
    assert rules["Support The Moscow Times!"].startswith("outlet:the-moscow-times:")
    assert any(r.endswith("donation_appeal") and "small favor" in t for t, r in rules.items())
    assert rules["How Exactly Could the Putin Regime Collapse?"] == "related_list"
    assert all(block.rule for block in article.removed)


def test_seed_000_header_is_read_and_cut() -> None:
    article = clean_document(_text_doc("000_30d8a20e5e7a7435.txt"))
    assert article.body.startswith("Russian President Vladimir Putin’s proposal")
    assert article.body.endswith("lamented one Russian source.")
    assert article.dateline == "MOSCOW"
    assert [(c.value, c.source, c.day_first) for c in article.date_candidates] == [
        ("14-2-2024", "header_line", True)
    ]
    assert article.title is None


def test_html_page_with_the_seed_appeal() -> None:
    doc = RawDocument(
        source_uri="fixtures/appeal_page.html",
        content=(FIXTURES / "appeal_page.html").read_bytes(),
        media_type="text/html",
        url="https://www.themoscowtimes.com/2024/02/14/kremlin-denies-report-a84090",
    )
    article = clean_document(doc)
    assert article.body.startswith(BODY_START)
    assert article.body.rstrip().endswith(BODY_END)
    for leftover in (
        "small favor",
        "cookies",
        "foreign agent",
        "Read more about",
        "All rights reserved",
    ):
        assert leftover not in article.body
    assert article.site_name == "The Moscow Times"
    assert article.title == "Kremlin Denies Report That Putin Offered Ukraine Truce to U.S."
    assert "Kremlin" in article.tags
    sources = [c.source for c in article.date_candidates]
    assert "html_metadata:jsonld" in sources


def test_manifest_date_comes_first() -> None:
    doc = RawDocument(
        "x.txt",
        b"Some words of an article.\nMore words here.",
        "text/plain",
        published_hint="2024-03-01",
    )
    assert clean_document(doc).date_candidates[0].source == "manifest"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty document"),
        (b"   \n\t ", "empty document"),
        (b"abc\x00\x01\x02def", "binary content (NUL bytes)"),
    ],
)
def test_unusable_documents_raise_a_reason(content: bytes, reason: str) -> None:
    with pytest.raises(CleaningError, match=reason.replace("(", r"\(").replace(")", r"\)")):
        clean_document(RawDocument("bad.txt", content, "text/plain"))


def test_html_without_text_is_rejected() -> None:
    doc = RawDocument(
        "empty.html",
        b"<html><head><title>x</title></head><body><script>1</script></body></html>",
        "text/html",
    )
    with pytest.raises(CleaningError, match="no article text found in HTML"):
        clean_document(doc)


def test_legacy_encoding_is_decoded() -> None:
    text = "Le président a déclaré que la réunion était terminée.\nIl a ajouté des détails."
    article = clean_document(RawDocument("fr.txt", text.encode("cp1252"), "text/plain"))
    assert "président" in article.body


def test_mostly_utf8_keeps_its_reading() -> None:
    text = "Der Präsident sagte, die Gespräche über die Zukunft der Stadt würden fortgesetzt. " * 20
    content = text.encode("utf-8") + b"\xff broken tail byte."
    article = clean_document(RawDocument("de.txt", content, "text/plain"))
    assert "Präsident" in article.body
