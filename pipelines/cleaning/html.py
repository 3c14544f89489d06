"""HTML documents: one trafilatura pass for text, plus the page's own metadata.

The page metadata (JSON-LD, meta tags, <time>) is read from the tree before trafilatura
prunes it, each date with the place it came from, so the normaliser can weigh them.
"""

from __future__ import annotations

import html as html_lib
import json
import re
from dataclasses import dataclass, field

import trafilatura
from htmldate import find_date
from lxml import html as lxml_html
from lxml.etree import ParserError
from trafilatura.metadata import extract_title

from pipelines.model import DateCandidate
from pipelines.normalising.dates import url_candidates

# Trafilatura settings measured best on the extraction benchmark (bench/extraction_direct.py).
# Metadata is read here, not by trafilatura: its metadata pass costs a fifth of the run time
# and repeats what read_metadata() does; htmldate runs only for pages that state no date.
EXTRACT_OPTIONS = {
    "favor_precision": True,
    "include_comments": False,
    "include_tables": True,
    "with_metadata": False,
}
HTMLDATE_OPTIONS = {"extensive_search": False, "original_date": True}

_PUBLISHED_META = (
    "article:published_time",
    "og:article:published_time",
    "article.published",
    "datepublished",
    "date.published",
    "publish-date",
    "publish_date",
    "published_time",
    "published-date",
    "pubdate",
    "publishdate",
    "dc.date.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "dc.date.created",
    "sailthru.date",
    "parsely-pub-date",
    "article_date_original",
    "original-publish-date",
    "cxenseparse:recs:publishtime",
    "date",
    "citation_publication_date",
    "citation_date",
    "prism.publicationdate",
)
_MODIFIED_META = (
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "lastmod",
    "last-modified",
    "dcterms.modified",
)
_SITE_META = ("og:site_name", "application-name", "publisher", "dc.publisher", "twitter:site")
_ARTICLE_TYPES = re.compile(
    r"(?:News|Blog|Opinion|Reportage|Analysis|Review|Report|Satirical|Scholarly|Tech)?Article$|"
    r"^(?:NewsArticle|BlogPosting|LiveBlogPosting|WebPage|ReportageNewsArticle|Report|Posting)$"
)


@dataclass
class PageMetadata:
    title: str | None = None
    site_names: list[str] = field(default_factory=list)  # in order of trust
    authors: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    date_candidates: list[DateCandidate] = field(default_factory=list)
    modified_candidates: list[DateCandidate] = field(default_factory=list)


@dataclass
class HtmlExtraction:
    text: str
    title: str | None
    metadata: PageMetadata
    htmldate: str | None  # only for pages that state no date of their own


def parse_html(markup: str) -> lxml_html.HtmlElement | None:
    try:
        return trafilatura.load_html(markup)
    except (ParserError, ValueError):
        return None


def _jsonld_objects(tree: lxml_html.HtmlElement) -> list[dict]:
    objects: list[dict] = []
    for script in tree.xpath('//script[contains(@type, "ld+json")]/text()'):
        try:
            data = json.loads(script.strip().rstrip(";"), strict=False)
        except ValueError:
            continue
        stack = [data]
        while stack:  # depth-first, in document order: the page's first article comes first
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                objects.append(item)
                nested = [item.get(key) for key in ("@graph", "mainEntity")]
                stack.extend(reversed([n for n in nested if isinstance(n, dict | list)]))
    return objects


def _types(obj: dict) -> list[str]:
    value = obj.get("@type")
    return [value] if isinstance(value, str) else [v for v in value or [] if isinstance(v, str)]


def _name(value: object) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name")
    return html_lib.unescape(value).strip() if isinstance(value, str) and value.strip() else None


_TITLE_SEPARATOR = re.compile(r"\s+[|–—-]\s+")


def _page_title(tree: lxml_html.HtmlElement) -> str | None:
    element = tree.find(".//title")
    text = " ".join(element.text_content().split()) if element is not None else ""
    return text or None


def read_metadata(tree: lxml_html.HtmlElement) -> PageMetadata:
    """JSON-LD first (the most deliberate statement a page makes), then meta tags, then <time>."""
    meta = PageMetadata()
    headline: str | None = None
    website_names: list[str | None] = []
    publisher_names: list[str | None] = []
    for obj in _jsonld_objects(tree):
        types = _types(obj)
        if not any(_ARTICLE_TYPES.search(t) for t in types):
            if any(t in ("WebSite", "NewsMediaOrganization") for t in types):
                website_names.append(_name(obj))
            continue
        is_webpage = types == ["WebPage"]
        for key in ("datePublished", "dateCreated", "uploadDate"):
            value = obj.get(key)
            if isinstance(value, str) and value.strip():
                source = "html_metadata" if not is_webpage else "html_metadata_webpage"
                meta.date_candidates.append(DateCandidate(value.strip(), f"{source}:jsonld"))
                break
        modified = obj.get("dateModified")
        if isinstance(modified, str) and modified.strip() and not meta.modified_candidates:
            meta.modified_candidates.append(DateCandidate(modified.strip(), "html_metadata:jsonld"))
        publisher_names.append(_name(obj.get("publisher")) or _name(obj.get("sourceOrganization")))
        headline = headline or _name(obj.get("headline"))
        if not meta.authors:
            authors = obj.get("author")
            authors = authors if isinstance(authors, list) else [authors]
            meta.authors = [n for n in (_name(a) for a in authors) if n]
        if not meta.keywords:
            keywords = obj.get("keywords")
            if isinstance(keywords, str):
                keywords = keywords.split(",")
            if isinstance(keywords, list):
                meta.keywords = [k.strip() for k in keywords if isinstance(k, str) and k.strip()]
    metas: dict[str, str] = {}
    for element in tree.iter("meta"):
        key = (
            element.get("property") or element.get("name") or element.get("itemprop") or ""
        ).lower()
        content = element.get("content")
        if key and content and content.strip() and key not in metas:
            metas[key] = html_lib.unescape(content).strip()
    for key in _PUBLISHED_META:
        if key in metas:
            meta.date_candidates.append(DateCandidate(metas[key], f"html_metadata:{key}"))
    for key in _MODIFIED_META:
        if key in metas:
            meta.modified_candidates.append(DateCandidate(metas[key], f"html_metadata:{key}"))
    page_title = _page_title(tree)
    names = [metas.get("og:site_name"), *website_names, *publisher_names]
    names += [metas.get(key) for key in _SITE_META[1:]]
    if page_title and _TITLE_SEPARATOR.search(page_title):  # "Headline | Site Name"
        names.append(_TITLE_SEPARATOR.split(page_title)[-1])
    meta.site_names = [n.strip() for n in names if n and n.strip()]
    # the headline the publisher chose to show when the story is shared (mostly its <h1>),
    # then the one it gives search engines, then trafilatura's reading of the page markup
    meta.title = metas.get("og:title") or metas.get("twitter:title") or headline
    meta.title = meta.title or extract_title(tree) or page_title
    if not meta.authors:
        byline = metas.get("author") or metas.get("article:author") or metas.get("dc.creator")
        meta.authors = [a.strip() for a in re.split(r",|;|\band\b", byline or "") if a.strip()]
        meta.authors = [a for a in meta.authors if not a.startswith("http")]
    if not meta.keywords:
        words = metas.get("news_keywords") or metas.get("keywords") or metas.get("article:tag")
        meta.keywords = [k.strip() for k in (words or "").split(",") if k.strip()]
    for element in tree.xpath("(//time[@datetime] | //*[@itemprop='datePublished'])[1]"):
        value = element.get("datetime") or element.get("content") or element.text_content()
        if value and value.strip():
            meta.date_candidates.append(DateCandidate(value.strip(), "html_time"))
    return meta


_DATE_CLASS = re.compile(r"date|time|publish|posted|byline|meta|stamp", re.IGNORECASE)
_NOT_TEXT = {"script", "style", "meta", "time", "link", "noscript", "svg"}
_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_VISIBLE_DATE = re.compile(
    rf"\b(?:\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}|\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS},?\s+\d{{4}}|{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})",
    re.IGNORECASE,
)
_UPDATED_LABEL = re.compile(r"\b(?:updated|modified|edited|last updated|revised)\b", re.IGNORECASE)
_SKIP_TAGS = {"nav", "footer", "aside"}


_URL_LOCALE = re.compile(r"/([a-z]{2})[-_]([a-z]{2})(?:/|$)", re.IGNORECASE)
_MONTH_FIRST_REGIONS = {"us", "ph", "fm", "mh", "pw"}


def locale_day_first(tree: lxml_html.HtmlElement, url: str | None) -> bool | None:
    """The page's own locale (URL segment "/en-gb/", og:locale, <html lang>) says how it
    writes 02/10/2020: month-first only in the US and a few others."""
    values = []
    if url and (match := _URL_LOCALE.search(url.split("?")[0])):
        values.append(f"{match[1]}-{match[2]}")
    values += tree.xpath("//meta[@property='og:locale']/@content") + tree.xpath("/html/@lang")
    for value in values:
        parts = re.split(r"[-_]", value.strip().lower())
        if len(parts) >= 2 and len(parts[1]) == 2:
            return parts[1] not in _MONTH_FIRST_REGIONS
        if parts and parts[0] and parts[0] != "en":
            return True  # other languages write the day first
    return None


def _in_page_furniture(element: lxml_html.HtmlElement) -> bool:
    for ancestor in element.iterancestors():
        if ancestor.tag in _SKIP_TAGS or "related" in (ancestor.get("class") or ""):
            return True
    return False


def read_visible_dates(
    tree: lxml_html.HtmlElement, day_first: bool | None = None, limit: int = 1
) -> list[DateCandidate]:
    """Dates the page shows its reader in date/byline elements, labelled published or updated
    by their own words ("Written: 2023-11-07", "Last updated on 20 Feb, 2020")."""
    found: list[DateCandidate] = []
    seen: set[str] = set()
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in _NOT_TEXT:
            continue
        marks = (element.get("class") or "") + " " + (element.get("id") or "")
        if not _DATE_CLASS.search(marks) or _in_page_furniture(element):
            continue
        text = " ".join(element.text_content().split())
        if not text or len(text) > 160 or text in seen:
            continue
        seen.add(text)
        match = _VISIBLE_DATE.search(text)
        if not match:
            continue
        label = "updated" if _UPDATED_LABEL.search(text[: match.start()]) else "published"
        found.append(DateCandidate(match.group(0), f"page_label:{label}", day_first))
        if len(found) >= limit:
            break
    return found


def extract_html(markup: str, url: str | None) -> HtmlExtraction | None:
    """One trafilatura pass for the text (a second, recall-oriented one only if the first finds
    nothing); metadata from our own reading of the tree."""
    tree = parse_html(markup)
    if tree is None:
        return None
    metadata = read_metadata(tree)
    metadata.date_candidates.extend(read_visible_dates(tree, locale_day_first(tree, url)))
    document = trafilatura.bare_extraction(tree, url=url, **EXTRACT_OPTIONS)
    if document is None or not (document.text or "").strip():
        options = dict(EXTRACT_OPTIONS, favor_precision=False, favor_recall=True)
        document = trafilatura.bare_extraction(parse_html(markup), url=url, **options)
    if document is None:
        return None
    text, _ = recover_split_body(tree, document.text or "")
    fallback_date = None
    if not metadata.date_candidates and not url_candidates(url):
        fallback_date = find_date(tree, url=url, **HTMLDATE_OPTIONS)  # last: it may prune the tree
    return HtmlExtraction(
        text=text, title=metadata.title, metadata=metadata, htmldate=fallback_date
    )


def html_to_text(markup: str) -> str:
    """Last resort for pages trafilatura cannot read: all visible text."""
    return trafilatura.html2txt(markup) or ""


_MIN_ANCHOR_CHARS = 60
_MIN_RECOVERED_SHARE = 0.15
_MAX_SHARED_DEPTH = 3  # the parts of one body sit within a few levels of each other
_PROSE = re.compile(r"[.!?…\"”’)]$")


def _ancestors(element: lxml_html.HtmlElement, depth: int) -> list[lxml_html.HtmlElement]:
    out = []
    for ancestor in element.iterancestors():
        if ancestor.tag in ("body", "html"):  # sharing only the page is not sharing a body
            break
        out.append(ancestor)
        if len(out) >= depth:
            break
    return out


def _norm(text: str) -> str:
    return " ".join(text.split())


def recover_split_body(tree: lxml_html.HtmlElement, text: str) -> tuple[str, int]:
    """Article bodies split into several same-class containers (ads between them) lose every
    part but one in trafilatura. Find the container of an extracted paragraph; if the page
    repeats that container (same tag, same class), add the missing paragraphs of the others
    in page order. Returns the text and how many paragraphs were added."""
    blocks = [b for b in text.split("\n") if b.strip()]
    anchors = [_norm(b)[:_MIN_ANCHOR_CHARS] for b in blocks if len(b) >= _MIN_ANCHOR_CHARS]
    if not anchors:
        return text, 0
    container = None
    for paragraph in tree.iter("p"):
        content = _norm(paragraph.text_content())
        if len(content) >= _MIN_ANCHOR_CHARS and content[:_MIN_ANCHOR_CHARS] in anchors:
            container = paragraph.getparent()
            break
    if container is None or not container.get("class"):
        return text, 0
    signature = (container.tag, container.get("class"))
    near = set(_ancestors(container, _MAX_SHARED_DEPTH))
    parts = [
        e
        for e in tree.iter(container.tag)
        if (e.tag, e.get("class")) == signature
        and near.intersection(_ancestors(e, _MAX_SHARED_DEPTH))
    ]
    if len(parts) < 2:
        return text, 0
    known = {_norm(b)[:_MIN_ANCHOR_CHARS] for b in blocks}
    ordered: list[tuple[str, bool]] = []  # (paragraph, already extracted)
    for part in parts:
        for paragraph in part.iterchildren("p"):
            content = _norm(paragraph.text_content())
            seen = content[:_MIN_ANCHOR_CHARS] in known
            if seen or _PROSE.search(content) and len(content.split()) >= 8:
                ordered.append((content, seen))
    missing = sum(len(p) for p, seen in ordered if not seen)
    if missing < _MIN_RECOVERED_SHARE * len(text):
        return text, 0
    # insert each missing paragraph after the last extracted one that precedes it
    position = {_norm(b)[:_MIN_ANCHOR_CHARS]: i for i, b in enumerate(blocks)}
    inserts: dict[int, list[str]] = {}
    last = -1
    added = 0
    for content, seen in ordered:
        if seen:
            last = position.get(content[:_MIN_ANCHOR_CHARS], last)
        else:
            inserts.setdefault(last, []).append(content)
            added += 1
    out = list(inserts.get(-1, []))
    for i, block in enumerate(blocks):
        out.append(block)
        out.extend(inserts.get(i, []))
    return "\n".join(out), added
