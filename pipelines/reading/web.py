"""Fetch web sources: a page is one document; a feed or sitemap yields every article it lists.

Every response is archived unchanged in a WARC file beside the warehouse,
so the warehouse can always show, and re-derive from, the bytes it was built
from (re-ingest the archive as a source to rebuild without the network).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path
from urllib.parse import urljoin

import httpx
from lxml import etree
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from pipelines.model import RawDocument, Rejected
from pipelines.paths import warehouse_path
from pipelines.reading.warc import SOURCE_URI_FIELD

STAGE = "reading"
USER_AGENT = "newsprov/0.1 (news-provenance warehouse)"
MAX_BYTES = 20 * 1024 * 1024
MAX_LISTED = 1000  # articles taken from one feed or sitemap
XML_LIST_MARKERS = (b"<rss", b"<feed", b"<rdf", b"<urlset", b"<sitemapindex")
SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
# httpx hands over the decoded body: headers describing the wire encoding no longer apply
DROPPED_HEADERS = {"content-encoding", "content-length", "transfer-encoding"}


def archive_dir() -> Path:
    """`NEWSPROV_ARCHIVE`, else an `archive/` folder beside the warehouse file."""
    configured = os.environ.get("NEWSPROV_ARCHIVE")
    return Path(configured) if configured else Path(warehouse_path()).parent / "archive"


def fetch_source(url: str, timeout: float | None = None) -> Iterator[RawDocument | Rejected]:
    timeout = timeout or float(os.environ.get("NEWSPROV_HTTP_TIMEOUT", "20"))
    with (
        httpx.Client(
            timeout=timeout, follow_redirects=True, headers={"User-Agent": USER_AGENT}
        ) as client,
        WarcArchive(archive_dir()) as archive,
    ):
        first = _fetch(client, archive, url)
        if isinstance(first, Rejected):
            yield first
            return
        listed = list_articles(first.content, base_url=first.url)
        if listed is None:
            yield first
            return
        for kind, link in listed[:MAX_LISTED]:
            if kind == "sitemap":
                yield from _expand_sitemap(client, archive, link, depth=1)
            else:
                yield _fetch(client, archive, link)


def _expand_sitemap(client, archive, url: str, depth: int) -> Iterator[RawDocument | Rejected]:
    index = _fetch(client, archive, url)
    if isinstance(index, Rejected):
        yield index
        return
    for kind, link in (list_articles(index.content, base_url=index.url) or [])[:MAX_LISTED]:
        if kind == "sitemap" and depth < 3:
            yield from _expand_sitemap(client, archive, link, depth + 1)
        elif kind == "page":
            yield _fetch(client, archive, link)


def _fetch(client: httpx.Client, archive: WarcArchive, url: str) -> RawDocument | Rejected:
    try:
        with client.stream("GET", url) as response:
            chunks, size = [], 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > MAX_BYTES:
                    return Rejected(url, STAGE, f"response larger than {MAX_BYTES} bytes")
                chunks.append(chunk)
            body = b"".join(chunks)
    except httpx.TimeoutException:
        return Rejected(url, STAGE, f"timed out after {client.timeout.read}s fetching {url}")
    except (httpx.HTTPError, httpx.InvalidURL, ValueError) as error:
        return Rejected(url, STAGE, f"cannot fetch {url}: {type(error).__name__}: {error}")
    archive_uri = archive.write(url, str(response.url), response, body)
    if response.status_code >= 400:
        return Rejected(url, STAGE, f"HTTP {response.status_code} from {response.url}")
    from pipelines.reading.documents import sniff_media_type

    content_type = response.headers.get("content-type")
    return RawDocument(
        source_uri=url,
        content=body,
        media_type=sniff_media_type(content_type, body),
        url=str(response.url),
        archive_uri=archive_uri,
    )


def list_articles(content: bytes, base_url: str | None = None) -> list[tuple[str, str]] | None:
    """The links a feed or sitemap lists as ("page" | "sitemap", url); None for a page.

    Relative links are resolved against `base_url`, the address the list came from.
    """
    head = content[:1024].lstrip().lower()
    if not any(marker in head for marker in XML_LIST_MARKERS):
        return None
    try:
        root = etree.fromstring(
            content, parser=etree.XMLParser(recover=True, resolve_entities=False)
        )
    except etree.XMLSyntaxError:
        return None
    if root is None:
        return None
    tag = etree.QName(root).localname.lower()
    if tag in ("urlset", "sitemapindex"):
        kind = "sitemap" if tag == "sitemapindex" else "page"
        return [
            (kind, _resolve(base_url, loc.text.strip()))
            for loc in root.iter(f"{SITEMAP_NS}loc", "loc")
            if loc.text and loc.text.strip()
        ]
    if tag in ("rss", "feed", "rdf"):
        import feedparser

        parsed = feedparser.parse(BytesIO(content))
        return [
            ("page", _resolve(base_url, entry.link))
            for entry in parsed.entries
            if entry.get("link")
        ]
    return None


def _resolve(base_url: str | None, link: str) -> str:
    """A listed link made absolute; a malformed one is kept as is, to be rejected when fetched."""
    try:
        return urljoin(base_url or "", link)
    except ValueError:
        return link


class WarcArchive:
    """Append-only WARC of every response, one gzipped file per day.

    Each record also names the address it was fetched as (`Newsprov-Source-URI`),
    so that reading the archive back gives the same documents.
    """

    def __init__(self, folder: Path):
        self.folder = folder
        self.path: Path | None = None
        self._handle = None
        self._writer = None
        self._responses = 0

    def __enter__(self) -> WarcArchive:
        return self

    def __exit__(self, *exc) -> None:
        if self._handle:
            self._handle.close()

    def write(self, source_uri: str, url: str, response: httpx.Response, body: bytes) -> str:
        """Archive one response; return its address, `file#record-N` as a WARC reader numbers it."""
        if self._writer is None:
            self.folder.mkdir(parents=True, exist_ok=True)
            day = datetime.now(UTC).strftime("%Y-%m-%d")
            self.path = self.folder / f"fetched-{day}.warc.gz"
            self._responses = _count_responses(self.path)
            self._handle = self.path.open("ab")
            self._writer = WARCWriter(self._handle, gzip=True)
        headers = [(k, v) for k, v in response.headers.items() if k.lower() not in DROPPED_HEADERS]
        status = f"{response.status_code} {response.reason_phrase}"
        record = self._writer.create_warc_record(
            url,
            "response",
            payload=BytesIO(body),
            http_headers=StatusAndHeaders(status, headers, protocol="HTTP/1.1"),
            warc_headers_dict={SOURCE_URI_FIELD: source_uri},
        )
        self._writer.write_record(record)
        self._handle.flush()
        self._responses += 1
        return f"{self.path.as_posix()}#record-{self._responses}"


def _count_responses(path: Path) -> int:
    if not path.exists():
        return 0
    with path.open("rb") as handle:
        return sum(1 for record in ArchiveIterator(handle) if record.rec_type == "response")
