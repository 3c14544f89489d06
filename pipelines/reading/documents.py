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
from pathlib import Path, PurePosixPath

from pipelines.model import RawDocument, Rejected

STAGE = "reading"
DOCUMENT_SUFFIXES = (".txt", ".html", ".htm", ".html.gz", ".htm.gz", ".warc", ".warc.gz")
MANIFEST_NAME = "manifest.csv"
MANIFEST_COLUMNS = ("file", "url", "outlet", "published")
# what people type in a spreadsheet cell that means "nothing here"
PLACEHOLDERS = {"", "-", "--", "?", "n/a", "na", "none", "null", "nil", "unknown", "nan"}


def read_sources(sources: Iterable[str]) -> Iterator[RawDocument | Rejected]:
    """Yield every document of every source, in a stable order.

    A document can come twice (overlapping sources, a page fetched again into
    the archive): the caller keeps the last one of each `source_uri`.
    """
    for source in sources:
        yield from _read_source(source)


def _read_source(source: str) -> Iterator[RawDocument | Rejected]:
    if source.startswith(("http://", "https://")):
        from pipelines.reading.web import fetch_source

        yield from fetch_source(source)
        return
    path = Path(source)
    if path.is_dir():
        yield from read_folder(path)
    elif path.is_file():
        yield from read_file(path, _display(path), {})
    else:
        yield Rejected(source, STAGE, f"source not found: no file or folder at {source!r}")


def read_folder(folder: Path) -> Iterator[RawDocument | Rejected]:
    manifest, problems = read_manifest(folder)
    yield from problems
    found: set[str] = set()
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and _is_document(p)):
        relative = path.relative_to(folder).as_posix()
        found.add(relative)
        yield from read_file(path, _display(path), manifest.get(relative, {}))
    for listed in sorted(set(manifest) - found):
        uri = _display(folder / listed)
        reason = f"listed in {MANIFEST_NAME} but not found as a document ({', '.join(DOCUMENT_SUFFIXES)})"
        yield Rejected(uri, STAGE, reason)


def read_manifest(folder: Path) -> tuple[dict[str, dict[str, str]], list[Rejected]]:
    """Map each listed file (relative path) to its non-empty manifest columns.

    Headers are matched without regard to case or spacing; paths are
    normalised (`./a.txt` is `a.txt`). A manifest that cannot be used is
    reported, and the folder is read without it.
    """
    manifest_path = folder / MANIFEST_NAME
    if not manifest_path.is_file():
        return {}, []
    uri = _display(manifest_path)
    raw = manifest_path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")  # spreadsheet exports are often Windows-1252
    rows = csv.DictReader(io.StringIO(text))
    columns = {(name or "").strip().lower(): name for name in rows.fieldnames or []}
    if "file" not in columns:
        return {}, [Rejected(uri, STAGE, f"{MANIFEST_NAME} has no 'file' column: hints ignored")]
    manifest: dict[str, dict[str, str]] = {}
    for row in rows:
        values = {
            key: (row.get(columns[key]) or "").strip() for key in MANIFEST_COLUMNS if key in columns
        }
        relative = _normalise_relative(values.pop("file", ""))
        if relative:
            manifest[relative] = {k: v for k, v in values.items() if v.lower() not in PLACEHOLDERS}
    return manifest, []


def read_file(
    path: Path, source_uri: str, hints: dict[str, str]
) -> Iterator[RawDocument | Rejected]:
    name = path.name.lower()
    if name.endswith((".warc", ".warc.gz")):
        from pipelines.reading.warc import read_warc

        yield from read_warc(path, source_uri)
        return
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


def _normalise_relative(value: str) -> str:
    parts = PurePosixPath(value.replace("\\", "/")).parts
    return "/".join(p for p in parts if p not in (".", ""))


def sniff_media_type(content_type: str | None, body: bytes) -> str:
    """Decide text vs HTML for bytes that came without a file suffix (WARC, web)."""
    if content_type and "html" in content_type.lower():
        return "text/html"
    if content_type and content_type.lower().startswith("text/plain"):
        return "text/plain"
    head = body[:2048].lower()
    return "text/html" if b"<html" in head or b"<!doctype html" in head else "text/plain"


def folder_state(sources: Iterable[str]) -> str:
    """A digest of every document and manifest under the sources (path, size, mtime): it
    changes when a file is added, removed, replaced or edited, whatever its timestamp."""
    import hashlib

    digest = hashlib.sha256()
    for source in sources:
        path = Path(source)
        candidates = sorted(path.rglob("*")) if path.is_dir() else [path]
        for candidate in candidates:
            if candidate.is_file() and (_is_document(candidate) or candidate.name == MANIFEST_NAME):
                stat = candidate.stat()
                digest.update(
                    f"{candidate.resolve()}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode()
                )
    return digest.hexdigest()
