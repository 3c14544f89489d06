"""Whatever the bytes, clean_document gives an article or a CleaningError, never a crash."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pipelines.cleaning import CleaningError, clean_document
from pipelines.model import RawDocument
from pipelines.normalising import OutletRegistry, normalise_article

_TAGS = st.sampled_from(
    ["<p>", "</p>", "<div class='date'>", "</div>", "<script>", "<html>", "<br>"]
)
_PIECES = st.lists(st.one_of(st.text(max_size=40), _TAGS), max_size=30).map("".join)


def _check(doc: RawDocument) -> None:
    try:
        article = clean_document(doc)
    except CleaningError as error:
        assert str(error)
        return
    assert article.body.strip()
    normalise_article(article, OutletRegistry.load_default())


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=300), st.sampled_from(["text/plain", "text/html"]))
def test_any_bytes(content: bytes, media_type: str) -> None:
    _check(RawDocument("x", content, media_type, url="https://example.com/2024/02/14/x"))


@settings(max_examples=60, deadline=None)
@given(_PIECES, st.sampled_from(["text/plain", "text/html"]))
def test_any_markup(text: str, media_type: str) -> None:
    _check(RawDocument("x", text.encode("utf-8"), media_type, published_hint="14/2/2024"))


def test_a_page_of_nothing_but_a_cookie_banner_is_rejected_with_the_rule() -> None:
    import pytest

    from pipelines.cleaning import CleaningError, clean_document
    from pipelines.model import RawDocument

    page = (
        b"<html><body><div><p>We use cookies to improve your experience on our site. By continuing"
        b" to browse you agree to our use of cookies.</p><button>Accept</button></div></body></html>"
    )
    with pytest.raises(CleaningError, match="only boilerplate: cookie_consent"):
        clean_document(RawDocument("cookie.html", page, "text/html"))
