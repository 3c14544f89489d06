"""Cleaning: a RawDocument reduced to its article (title, clean body, metadata kept aside).

HTML goes through one trafilatura pass; HTML and plain text then share the same block-level
boilerplate layer (`boilerplate.py`, patterns in `seeds/reference/boilerplate_*.csv`), so a
donation appeal is removed the same way whichever form the article arrived in.
"""

from __future__ import annotations

import re

from pipelines.cleaning.boilerplate import (
    cut_teaser_run,
    remove_boilerplate,
    strip_leading,
    take_byline,
)
from pipelines.cleaning.decoding import DecodingError, decode_bytes
from pipelines.cleaning.html import extract_html, html_to_text
from pipelines.cleaning.text import is_headline, read_header, split_blocks
from pipelines.model import CleanArticle, DateCandidate, RawDocument, RemovedBlock
from pipelines.normalising.names import choose_site_name, strip_site_suffix

__all__ = ["CleaningError", "clean_document"]

_HTML_SNIFF = re.compile(
    r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|div|p)\b", re.I | re.S
)


# The longest features run to ~20,000 words; beyond this a "page" is a dump or a book, and
# extracting it would flood the warehouse with statements from what is not news.
MAX_BODY_CHARS = 250_000


class CleaningError(ValueError):
    """Why a document yields no article, in words a reader of the quarantine table understands."""


def clean_document(doc: RawDocument) -> CleanArticle:
    """Decode, extract, strip boilerplate; raise CleaningError when no article remains."""
    if not doc.content or not doc.content.strip():
        raise CleaningError("empty document")
    try:
        text = decode_bytes(doc.content, doc.media_type)
    except DecodingError as error:
        raise CleaningError(str(error)) from error
    if not text.strip():
        raise CleaningError("empty document")
    if _looks_binary(text):
        raise CleaningError("binary content (control characters)")
    if "html" in doc.media_type or _HTML_SNIFF.match(text[:2000]):
        article = _clean_html(doc, text)
    else:
        article = _clean_text(doc, text)
    if len(article.body) > MAX_BODY_CHARS:
        raise CleaningError(
            f"body of {len(article.body):,} characters is longer than any news article "
            f"(limit {MAX_BODY_CHARS:,}): a dump, a book or a broken page"
        )
    return article


def _looks_binary(text: str) -> bool:
    sample = text[:4000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f\v")
    return controls > max(8, len(sample) // 100)


def _base(doc: RawDocument) -> dict:
    return {
        "source_uri": doc.source_uri,
        "content_hash": doc.content_hash,
        "input_hash": doc.input_hash,
        "archive_uri": doc.archive_uri,
        "url": doc.url,
        "outlet_hint": doc.outlet_hint,
    }


def _manifest_date(doc: RawDocument) -> list[DateCandidate]:
    if doc.published_hint and doc.published_hint.strip():
        return [DateCandidate(doc.published_hint.strip(), "manifest")]
    return []


def _clean_text(doc: RawDocument, text: str) -> CleanArticle:
    header = read_header(text.lstrip("\ufeff"))
    removed = [RemovedBlock(s, "header_line") for s in header.stripped]
    blocks = split_blocks(header.text)
    result = remove_boilerplate(blocks)
    removed.extend(result.removed)
    blocks = result.blocks
    title = None
    if blocks and is_headline(blocks[0], blocks[1] if len(blocks) > 1 else None):
        title = blocks.pop(0)
    blocks, byline, authors = take_byline(blocks)
    removed.extend(byline)
    body = "\n\n".join(blocks)
    if not body.strip():
        raise CleaningError("no article text found (only boilerplate)")
    return CleanArticle(
        **_base(doc),
        title=title,
        body=body,
        dateline=header.dateline,
        date_candidates=_manifest_date(doc) + header.date_candidates,
        tags=result.tags,
        credits=result.credits,
        authors=authors,
        removed=removed,
    )


def _clean_html(doc: RawDocument, markup: str) -> CleanArticle:
    extraction = extract_html(markup, doc.url)
    candidates = _manifest_date(doc)
    modified: list[DateCandidate] = []
    authors: list[str] = []
    site_name = title = None
    tags: list[str] = []
    if extraction is not None and extraction.text.strip():
        meta, text = extraction.metadata, extraction.text
        tags = list(meta.keywords)
        candidates += meta.date_candidates
        modified = list(meta.modified_candidates)
        if extraction.htmldate:
            candidates.append(DateCandidate(extraction.htmldate, "htmldate"))
        authors = list(meta.authors)
        site_name = choose_site_name(meta.site_names, doc.url)
        title = extraction.title
        title = (strip_site_suffix(title, site_name, doc.url) or title).strip() if title else None
    else:
        text = html_to_text(markup)
        if not text.strip():
            raise CleaningError("no article text found in HTML")
    header = read_header(text)
    candidates += header.date_candidates
    blocks = split_blocks(header.text)
    result = remove_boilerplate(blocks)
    removed = [RemovedBlock(s, "header_line") for s in header.stripped] + result.removed
    if not result.blocks:
        rules = ", ".join(sorted({r.rule for r in result.removed}))
        raise CleaningError(f"no article text found (only boilerplate: {rules})")
    blocks, leading = strip_leading(result.blocks, title)
    blocks, teasers = cut_teaser_run(blocks)
    blocks, byline, names = take_byline(blocks)
    removed += leading + teasers + byline
    authors = authors or names
    body = "\n\n".join(blocks)
    if not body.strip():
        raise CleaningError("no article text found in HTML")
    return CleanArticle(
        **_base(doc),
        title=title or None,
        body=body,
        site_name=site_name,
        dateline=header.dateline,
        date_candidates=candidates,
        modified_candidates=modified,
        tags=_dedupe(tags + result.tags),
        credits=result.credits,
        authors=authors,
        removed=removed,
    )


def _dedupe(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        key = item.casefold()
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out
