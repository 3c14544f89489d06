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


def test_every_response_is_archived_and_can_be_read_back(server: str, archive: Path) -> None:
    list(fetch_source(f"{server}/feed.xml"))
    [warc] = archive.glob("*.warc.gz")
    replayed = [d for d in read_sources([str(warc)]) if isinstance(d, RawDocument)]
    assert [d.url for d in replayed] == [
        f"{server}/feed.xml",
        f"{server}/one.html",
        f"{server}/two.html",
    ]
    assert replayed[1].content == ARTICLE
