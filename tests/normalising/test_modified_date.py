from datetime import date

from pipelines.cleaning import clean_document
from pipelines.model import RawDocument
from pipelines.normalising import OutletRegistry, normalise_article

PAGE = """<html><head><title>Bridge reopens</title>
<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "Bridge reopens",
 "datePublished": "2024-03-08T11:15:28Z", "dateModified": "{modified}"}}</script>
</head><body><article><h1>Bridge reopens</h1>{shown}
<p>The old bridge over the river reopened on Friday after two years of repairs, the city said.</p>
<p>Engineers replaced the deck and strengthened the piers, and traffic will be limited at first.</p>
<p>Residents welcomed the news after months of long detours through the town centre.</p>
</article></body></html>"""


def _normalise(modified: str, shown: str = "", published_hint: str | None = None):
    doc = RawDocument(
        "page.html",
        PAGE.format(modified=modified, shown=shown).encode(),
        "text/html",
        url="https://example.org/bridge",
        published_hint=published_hint,
    )
    return normalise_article(clean_document(doc), OutletRegistry.load_default())


def test_a_later_modified_date_is_kept_beside_the_publication_date() -> None:
    article = _normalise("2024-03-14T20:10:50Z")
    assert article.published_date == date(2024, 3, 8)
    assert article.modified_date == date(2024, 3, 14)
    assert article.first_published_date is None


def test_a_modified_date_not_after_publication_is_dropped() -> None:
    assert _normalise("2024-03-08T12:00:00Z").modified_date is None


def test_a_page_showing_its_revision_date_is_dated_by_it() -> None:
    shown = '<p class="update-time">Updated 2010 GMT March 14, 2024</p>'
    article = _normalise("2024-03-14T20:10:50Z", shown)
    assert article.published_date == date(2024, 3, 14)
    assert article.date_method == "page_revision"
    assert article.first_published_date == date(2024, 3, 8)
    assert article.modified_date is None  # not later than the date it is now given


def test_a_shown_date_the_metadata_does_not_declare_modified_changes_nothing() -> None:
    shown = '<p class="byline-date">March 12, 2024</p>'
    article = _normalise("2024-03-14T20:10:50Z", shown)
    assert article.published_date == date(2024, 3, 8)
    assert article.first_published_date is None


def test_the_manifest_date_is_not_overridden_by_a_shown_revision() -> None:
    shown = '<p class="update-time">Updated March 14, 2024</p>'
    article = _normalise("2024-03-14T20:10:50Z", shown, published_hint="2024-03-08")
    assert article.published_date == date(2024, 3, 8)
    assert article.date_method == "manifest"
