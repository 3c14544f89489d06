"""Fetching over real HTTP on 127.0.0.1: pages, feeds, sitemaps, failures, the archive."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from pipelines.model import RawDocument, Rejected
from pipelines.reading import read_sources
from pipelines.reading.web import fetch_source

ARTICLE = b"<html><head><title>One</title></head><body><p>First story.</p></body></html>"
OTHER = b"<html><head><title>Two</title></head><body><p>Second story.</p></body></html>"


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        base = f"http://127.0.0.1:{self.server.server_port}"
        pages = {
            "/one.html": ("text/html", ARTICLE),
            "/two.html": ("text/html", OTHER),
            "/feed.xml": (
                "application/rss+xml",
                f"""<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
                <item><title>One</title><link>{base}/one.html</link></item>
                <item><title>Two</title><link>{base}/two.html</link></item>
                </channel></rss>""".encode(),
            ),
            "/sitemap.xml": (
                "application/xml",
                f"""<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                <url><loc>{base}/one.html</loc></url><url><loc>{base}/missing.html</loc></url>
                </urlset>""".encode(),
            ),
            "/index.xml": (
                "application/xml",
                f"""<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                <sitemap><loc>{base}/sitemap.xml</loc></sitemap></sitemapindex>""".encode(),
            ),
        }
        if self.path == "/slow.html":
            time.sleep(2)
        if self.path not in pages:
            self.send_error(404)
            return
        content_type, body = pages[self.path]
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()


@pytest.fixture()
def archive(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.setenv("NEWSPROV_ARCHIVE", str(tmp_path / "archive"))
    return tmp_path / "archive"


def test_a_page_is_one_document(server: str, archive: Path) -> None:
    [doc] = read_sources([f"{server}/one.html"])
    assert isinstance(doc, RawDocument)
    assert doc.content == ARTICLE and doc.media_type == "text/html"
    assert doc.url == f"{server}/one.html"


def test_a_feed_contributes_every_listed_article(server: str, archive: Path) -> None:
    docs = list(fetch_source(f"{server}/feed.xml"))
    assert [d.content for d in docs] == [ARTICLE, OTHER]


def test_sitemap_index_is_followed_and_failures_are_kept_aside(server: str, archive: Path) -> None:
    results = list(fetch_source(f"{server}/index.xml"))
    assert [r.content for r in results if isinstance(r, RawDocument)] == [ARTICLE]
    [missing] = [r for r in results if isinstance(r, Rejected)]
    assert "HTTP 404" in missing.reason and missing.source_uri.endswith("/missing.html")


def test_a_hanging_server_times_out_with_a_clear_reason(server: str, archive: Path) -> None:
    [result] = fetch_source(f"{server}/slow.html", timeout=0.3)
    assert isinstance(result, Rejected) and "timed out" in result.reason


def test_every_response_is_archived_and_reading_it_back_gives_the_same_documents(
    server: str, archive: Path
) -> None:
    fetched = list(fetch_source(f"{server}/feed.xml"))
    [warc] = archive.glob("*.warc.gz")
    replayed = [d for d in read_sources([str(warc)]) if isinstance(d, RawDocument)]
    # the feed itself is archived (record 1) but is a list, not an article
    assert [(d.source_uri, d.url, d.content) for d in replayed] == [
        (f"{server}/one.html", f"{server}/one.html", ARTICLE),
        (f"{server}/two.html", f"{server}/two.html", OTHER),
    ]
    assert [d.archive_uri for d in fetched] == [f"{warc.as_posix()}#record-{n}" for n in (2, 3)]
    assert [d.archive_uri for d in replayed] == [d.archive_uri for d in fetched]


def test_archive_numbering_continues_in_an_existing_file(server: str, archive: Path) -> None:
    [first] = fetch_source(f"{server}/one.html")
    [second] = fetch_source(f"{server}/two.html")
    assert first.archive_uri.endswith("#record-1") and second.archive_uri.endswith("#record-2")
    replayed = {d.archive_uri: d.content for d in read_sources([str(archive)])}
    assert replayed == {first.archive_uri: ARTICLE, second.archive_uri: OTHER}


def test_relative_and_malformed_links_in_a_feed(server: str, archive: Path) -> None:
    from pipelines.reading.web import list_articles

    feed = b"""<?xml version="1.0"?><rss><channel><item><link>one.html</link></item>
    <item><link>http://[::1</link></item></channel></rss>"""
    assert list_articles(feed, base_url=f"{server}/news/feed.xml") == [
        ("page", f"{server}/news/one.html"),
        ("page", "http://[::1"),
    ]
    [result] = fetch_source("http://[::1")
    assert isinstance(result, Rejected) and "cannot fetch" in result.reason
