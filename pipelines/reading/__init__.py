"""Reading: turn sources (folders, files, web addresses) into RawDocuments."""

from pipelines.reading.documents import DOCUMENT_SUFFIXES, read_sources

__all__ = ["DOCUMENT_SUFFIXES", "read_sources"]
