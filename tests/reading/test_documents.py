import gzip
from pathlib import Path

from pipelines.model import RawDocument, Rejected
from pipelines.reading import read_sources


def _write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def test_folder_is_read_recursively_with_manifest_hints(tmp_path: Path) -> None:
    _write(tmp_path / "a.txt", b"Plain text story.")
    _write(tmp_path / "sub" / "b.html", b"<html><body><p>Page</p></body></html>")
    _write(tmp_path / "sub" / "c.html.gz", gzip.compress(b"<html><p>zipped</p></html>"))
    _write(tmp_path / "notes.md", b"not a document")
    _write(
        tmp_path / "manifest.csv",
        b"file,url,outlet,published\n"
        b"sub/b.html,https://example.org/b,Example Times,2024-02-14\n"
        b"a.txt,,,\n",
    )
    docs = list(read_sources([str(tmp_path)]))
    assert all(isinstance(d, RawDocument) for d in docs)
    by_name = {Path(d.source_uri).name: d for d in docs}
    assert set(by_name) == {"a.txt", "b.html", "c.html.gz"}
    assert by_name["b.html"].url == "https://example.org/b"
    assert by_name["b.html"].outlet_hint == "Example Times"
    assert by_name["b.html"].published_hint == "2024-02-14"
    assert by_name["a.txt"].url is None and by_name["a.txt"].media_type == "text/plain"
    assert by_name["c.html.gz"].content == b"<html><p>zipped</p></html>"
    assert by_name["c.html.gz"].media_type == "text/html"


def test_source_uri_keeps_the_path_as_given(tmp_path: Path, monkeypatch) -> None:
    _write(tmp_path / "docs" / "x.txt", b"text")
    monkeypatch.chdir(tmp_path)
    [doc] = read_sources(["docs"])
    assert doc.source_uri == "docs/x.txt"


def test_unreadable_inputs_are_rejected_with_a_reason(tmp_path: Path) -> None:
    _write(tmp_path / "broken.html.gz", b"this is not gzip")
    results = list(read_sources([str(tmp_path), str(tmp_path / "missing")]))
    reasons = {Path(r.source_uri).name: r.reason for r in results if isinstance(r, Rejected)}
    assert "corrupt gzip" in reasons["broken.html.gz"]
    assert "source not found" in reasons["missing"]


def test_warc_gives_one_document_per_response_record(tmp_path: Path) -> None:
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for i, (status, ctype) in enumerate(
            [("200 OK", "text/html"), ("404 Not Found", "text/html"), ("200 OK", "text/plain")]
        ):
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(
                    f"https://example.org/{i}",
                    "response",
                    payload=BytesIO(b"body %d" % i),
                    http_headers=headers,
                )
            )
        writer.write_record(
            writer.create_warc_record("https://example.org/x", "request", payload=BytesIO(b"GET /"))
        )
    results = list(read_sources([str(path)]))
    docs = [r for r in results if isinstance(r, RawDocument)]
    rejected = [r for r in results if isinstance(r, Rejected)]
    assert [d.source_uri for d in docs] == [f"{path}#record-1", f"{path}#record-3"]
    assert [d.url for d in docs] == ["https://example.org/0", "https://example.org/2"]
    assert docs[0].media_type == "text/html" and docs[1].media_type == "text/plain"
    assert rejected[0].source_uri == f"{path}#record-2" and "404" in rejected[0].reason


def test_manifest_in_cp1252_with_odd_headers_and_paths(tmp_path: Path) -> None:
    _write(tmp_path / "a b.txt", b"text")
    _write(
        tmp_path / "manifest.csv",
        "File , URL,Outlet\n./a b.txt,,Agence Fran\xe7aise\nmissing.txt,,\n".encode("cp1252"),
    )
    results = list(read_sources([str(tmp_path)]))
    [doc] = [r for r in results if isinstance(r, RawDocument)]
    assert doc.outlet_hint == "Agence Française"
    [missing] = [r for r in results if isinstance(r, Rejected)]
    assert missing.source_uri.endswith("missing.txt") and "not found" in missing.reason


def test_manifest_without_file_column_is_reported(tmp_path: Path) -> None:
    _write(tmp_path / "a.txt", b"text")
    _write(tmp_path / "manifest.csv", b"name,url\na.txt,https://x.org\n")
    results = list(read_sources([str(tmp_path)]))
    assert [type(r) for r in results] == [Rejected, RawDocument]
    assert "no 'file' column" in results[0].reason


def test_damaged_warc_keeps_the_records_before_the_damage(tmp_path: Path) -> None:
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    good = BytesIO()
    writer = WARCWriter(good, gzip=True)
    for i in range(2):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                f"https://example.org/{i}",
                "response",
                payload=BytesIO(b"page %d" % i),
                http_headers=headers,
            )
        )
    dns = BytesIO()
    WARCWriter(dns, gzip=True).write_record(
        WARCWriter(dns, gzip=True).create_warc_record(
            "dns:example.org", "response", payload=BytesIO(b"example.org. 300 IN A 1.2.3.4")
        )
    )
    path = _write(
        tmp_path / "cut.warc.gz", good.getvalue() + dns.getvalue() + b"\x1f\x8b\x08garbage"
    )
    results = list(read_sources([str(path)]))
    docs = [r for r in results if isinstance(r, RawDocument)]
    assert [d.content for d in docs] == [b"page 0", b"page 1"]  # the DNS record is no document
    assert (
        isinstance(results[-1], Rejected)
        and "unreadable WARC data after record 3" in results[-1].reason
    )
    no_uri = _write(
        tmp_path / "t.warc",
        b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nshort",
    )
    [broken] = read_sources([str(no_uri)])
    assert isinstance(broken, Rejected) and "WARC" in broken.reason


def test_placeholder_manifest_values_count_as_empty(tmp_path: Path) -> None:
    _write(tmp_path / "a.txt", b"text")
    _write(tmp_path / "manifest.csv", b"file,url,outlet,published\na.txt,N/A,unknown,-\n")
    [doc] = read_sources([str(tmp_path)])
    assert (doc.url, doc.outlet_hint, doc.published_hint) == (None, None, None)
