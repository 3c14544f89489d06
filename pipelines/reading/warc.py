"""One document per HTTP response record of a WARC file, addressed as `path#record-N`."""

from __future__ import annotations

import io
from collections.abc import Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from pipelines.model import RawDocument, Rejected

STAGE = "reading"


def read_warc(data: bytes, source_uri: str) -> Iterator[RawDocument | Rejected]:
    from pipelines.reading.documents import sniff_media_type

    index = 0
    try:
        for record in ArchiveIterator(io.BytesIO(data)):
            if record.rec_type != "response":
                continue
            index += 1
            uri = f"{source_uri}#record-{index}"
            status = record.http_headers.get_statuscode() if record.http_headers else None
            if status and not status.startswith("2"):
                yield Rejected(uri, STAGE, f"HTTP status {status} in WARC record")
                continue
            body = record.content_stream().read()
            content_type = (
                record.http_headers.get_header("Content-Type") if record.http_headers else None
            )
            yield RawDocument(
                source_uri=uri,
                content=body,
                media_type=sniff_media_type(content_type, body),
                url=record.rec_headers.get_header("WARC-Target-URI"),
            )
    except ArchiveLoadFailed as error:
        yield Rejected(source_uri, STAGE, f"not a readable WARC file: {error}")
