"""One document per HTTP response record of a WARC file, addressed as `path#record-N`.

Records that newsprov archived itself carry the address they were fetched
as (`Newsprov-Source-URI`), so ingesting the archive rebuilds the same
articles, with the same ids, without the network. Feeds and sitemaps in an
archive are lists of articles, not articles: they are passed over.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

from pipelines.model import RawDocument, Rejected

STAGE = "reading"
SOURCE_URI_FIELD = "Newsprov-Source-URI"


def read_warc(path: Path, source_uri: str) -> Iterator[RawDocument | Rejected]:
    from pipelines.reading.documents import sniff_media_type
    from pipelines.reading.web import list_articles

    index = 0
    try:
        with path.open("rb") as handle:
            for record in ArchiveIterator(handle):
                if record.rec_type != "response":
                    continue
                index += 1
                uri = f"{source_uri}#record-{index}"
                target = record.rec_headers.get_header("WARC-Target-URI") or ""
                if record.http_headers is None or not target.startswith(("http://", "https://")):
                    continue  # a DNS or other non-HTTP response: not a document
                status = record.http_headers.get_statuscode() or ""
                if not status.startswith("2"):
                    yield Rejected(uri, STAGE, f"HTTP status {status} in WARC record for {target}")
                    continue
                body = record.content_stream().read()
                if list_articles(body) is not None:
                    continue
                yield RawDocument(
                    source_uri=record.rec_headers.get_header(SOURCE_URI_FIELD) or uri,
                    content=body,
                    media_type=sniff_media_type(
                        record.http_headers.get_header("Content-Type"), body
                    ),
                    url=target,
                    archive_uri=uri,
                )
    except OSError as error:
        yield Rejected(source_uri, STAGE, f"cannot read WARC file: {error}")
    except Exception as error:  # a damaged WARC: keep the records read so far, report the rest
        where = f"after record {index}" if index else "before any record"
        reason = f"unreadable WARC data {where}: {type(error).__name__}: {error}"
        yield Rejected(source_uri, STAGE, reason)
