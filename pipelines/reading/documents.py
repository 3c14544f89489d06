"""Read a document folder as CONTRACT.md defines it.

Reading never interprets text: it only finds documents, decompresses them,
splits WARC files into records and attaches the manifest's hints. Anything
that cannot be read becomes a `Rejected` with the reason, never an exception
that would stop the other documents.
"""

from __future__ import annotations

import csv
import gzip
import io
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from pipelines.model import RawDocument, Rejected

STAGE = "reading"
DOCUMENT_SUFFIXES = (".txt", ".html", ".htm", ".html.gz", ".htm.gz", ".warc", ".warc.gz")
MANIFEST_NAME = "manifest.csv"


def read_sources(sources: Iterable[str]) -> Iterator[RawDocument | Rejected]:
    """Yield every document of every source, in a stable order."""
    for source in sources:
        if source.startswith(("http://", "https://")):
            from pipelines.reading.web import fetch_source

            yield from fetch_source(source)
            continue
        path = Path(source)
        if path.is_dir():
            yield from read_folder(path)
        elif path.is_file():
            yield from read_file(path, _display(path), {})
        else:
            yield Rejected(source, STAGE, f"source not found: no file or folder at {source!r}")


def read_folder(folder: Path) -> Iterator[RawDocument | Rejected]:
    manifest = read_manifest(folder)
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and _is_document(p)):
        relative = path.relative_to(folder).as_posix()
        yield from read_file(path, _display(path), manifest.get(relative, {}))


def read_manifest(folder: Path) -> dict[str, dict[str, str]]:
    """Map each listed file (relative path) to its non-empty manifest columns."""
    manifest_path = folder / MANIFEST_NAME
    if not manifest_path.is_file():
        return {}
    with manifest_path.open(newline="", encoding="utf-8-sig") as handle:
        rows = csv.DictReader(handle)
        return {
            row["file"].strip(): {k: v.strip() for k, v in row.items() if k and v and v.strip()}
            for row in rows
            if row.get("file")
        }


def read_file(
    path: Path, source_uri: str, hints: dict[str, str]
) -> Iterator[RawDocument | Rejected]:
    name = path.name.lower()
    try:
        data = path.read_bytes()
    except OSError as error:
        yield Rejected(source_uri, STAGE, f"cannot read file: {error.strerror or error}")
        return
    if name.endswith(".gz"):
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError, zlib.error) as error:
            yield Rejected(source_uri, STAGE, f"corrupt gzip data: {error}")
            return
        name = name[:-3]
    if name.endswith(".warc"):
        from pipelines.reading.warc import read_warc

        yield from read_warc(data, source_uri)
        return
    media_type = "text/plain" if name.endswith(".txt") else "text/html"
    yield RawDocument(
        source_uri=source_uri,
        content=data,
        media_type=media_type,
        url=hints.get("url"),
        outlet_hint=hints.get("outlet"),
        published_hint=hints.get("published"),
    )


def _is_document(path: Path) -> bool:
    return path.name.lower().endswith(DOCUMENT_SUFFIXES)


def _display(path: Path) -> str:
    """The path as the user gave it (relative stays relative), with forward slashes."""
    return path.as_posix()


def sniff_media_type(content_type: str | None, body: bytes) -> str:
    """Decide text vs HTML for bytes that came without a file suffix (WARC, web)."""
    if content_type and "html" in content_type.lower():
        return "text/html"
    if content_type and content_type.lower().startswith("text/plain"):
        return "text/plain"
    head = io.BytesIO(body[:2048]).read().lower()
    return "text/html" if b"<html" in head or b"<!doctype html" in head else "text/plain"


def newest_document_mtime(sources: Iterable[str]) -> float:
    """The latest modification time of any document under the sources (0 when none)."""
    newest = 0.0
    for source in sources:
        path = Path(source)
        candidates = path.rglob("*") if path.is_dir() else [path]
        for candidate in candidates:
            if candidate.is_file() and _is_document(candidate):
                newest = max(newest, candidate.stat().st_mtime)
    return newest
