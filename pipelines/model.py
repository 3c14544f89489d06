"""The records that flow between stages.

Every stage is a pure function from a batch of one record type to a batch of
the next, so the same code runs in one process, on every core, or on a
cluster: only the wiring in `pipelines/defs` changes.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path


def canonical_uri(source_uri: str) -> str:
    """One spelling per document, whatever path led to it: `./docs/a.txt`, `docs/a.txt` and
    `/home/me/docs/a.txt` are one document (web addresses are kept as they are).

    Ids and replacement key on this, while `source_uri` keeps the path as the user gave it.
    """
    if source_uri.startswith(("http://", "https://")):
        return source_uri
    base, marker, record = source_uri.partition("#record-")
    # absolute and normalised, but symlinks are not followed: a link is its own document
    return Path(os.path.abspath(base)).as_posix() + (marker + record if marker else "")


def stable_id(*parts: object) -> str:
    """A short, deterministic id: the same inputs give the same id in every run."""
    text = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class RawDocument:
    """One document as read: bytes unchanged, plus what the manifest said of it."""

    source_uri: str  # the input path as given; a WARC record: "path#record-N"
    content: bytes
    media_type: str  # "text/plain" or "text/html"
    url: str | None = None
    outlet_hint: str | None = None  # manifest `outlet`, any spelling
    published_hint: str | None = None  # manifest `published`, any format
    archive_uri: str | None = None  # where the bytes are kept: "archive.warc.gz#record-N"

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.content).hexdigest()

    @property
    def input_hash(self) -> str:
        """The bytes and every hint given with them: a change to either means reprocessing."""
        return stable_id(
            self.content_hash, self.media_type, self.url, self.outlet_hint, self.published_hint
        )


@dataclass(frozen=True)
class Rejected:
    """A document kept aside: where it came from, which stage gave up, and why."""

    source_uri: str
    stage: str
    reason: str
    content_hash: str | None = None


@dataclass(frozen=True)
class RemovedBlock:
    """Text the cleaner removed, with the rule that removed it (for auditing)."""

    text: str
    rule: str


@dataclass(frozen=True)
class DateCandidate:
    """A publication date as some part of the document states it, not yet trusted."""

    value: str  # raw text, e.g. "14-2-2024" or "2024-02-14T10:00:00+03:00"
    source: str  # manifest | html_metadata | url | header_line | htmldate | text
    day_first: bool | None = None  # what the source implies, when it implies anything


@dataclass
class CleanArticle:
    """A document reduced to its article: title, clean body, and what was stripped."""

    source_uri: str
    content_hash: str
    url: str | None
    title: str | None
    body: str
    input_hash: str | None = None  # RawDocument.input_hash: bytes + hints, to skip unchanged input
    archive_uri: str | None = None
    outlet_hint: str | None = None
    site_name: str | None = None  # from page metadata (og:site_name, JSON-LD publisher)
    dateline: str | None = None  # "MOSCOW" in "14-2-2024 (MOSCOW)"
    date_candidates: list[DateCandidate] = field(default_factory=list)
    modified_candidates: list[DateCandidate] = field(default_factory=list)  # last-updated dates
    tags: list[str] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    removed: list[RemovedBlock] = field(default_factory=list)


@dataclass(frozen=True)
class Outlet:
    outlet_id: str
    name: str
    domain: str | None
    country: str | None = None
    kind: str | None = None  # wire | newspaper | broadcaster | magazine | online | agency
    is_inferred: bool = False  # not in the registry: named from metadata or domain


@dataclass(frozen=True)
class Decision:
    """A value together with how it was decided, so the warehouse can show its provenance."""

    value: object
    method: str  # e.g. manifest | url_domain | page_metadata | header_line | text_cue
    evidence: str | None = None


@dataclass
class NormalisedArticle:
    article: CleanArticle
    article_id: str
    published_date: date | None
    date_method: str | None
    outlet: Outlet | None
    outlet_method: str | None
    origin_outlet: Outlet | None
    origin_method: str | None
    dates_rejected: list[str] = field(default_factory=list)  # candidates refused, and why
    modified_date: date | None = None  # when the page says it was last updated, if later
    first_published_date: date | None = None  # when dated by the revision the page shows


@dataclass
class Attribution:
    """Someone said, denied, or declined to comment on something, in one article."""

    kind: str  # claim | denial | no_comment
    speaker: str | None  # the full speaker span as written ("three Russian sources familiar …")
    speaker_type: str  # person | organization | anonymous | media | unknown
    cue: str  # the words of saying: "told", "denied", "according to", "declined to comment"
    sentence: str
    sentence_index: int  # position of the sentence in the body, for stable ids and ordering
    content: str | None = None  # what was said / denied (None for no_comment)
    quote_type: str | None = None  # direct | indirect | mixed
    source_count: int | None = None  # "three Russian sources" -> 3
    role: str | None = None  # "Kremlin spokesman"
    affiliation: str | None = None  # "Russia", "United States", "Kremlin"
    cited_outlet: str | None = (
        None  # raw outlet name the statement went to/through ("told Reuters")
    )
    target_type: str | None = None  # denials: report | claim | other
    target_outlet: str | None = None  # denials: raw name of the outlet whose report is denied
    event_date: date | None = None  # "on Wednesday" resolved against the publication date
    speaker_resolved: str | None = (
        None  # "he", "the spokesman", "Peskov" -> the full name seen earlier
    )


@dataclass(frozen=True)
class Citation:
    """The article cites a report of another outlet ("a report by Reuters", "Reuters said")."""

    cited_outlet: str  # raw outlet name as written
    cue: str
    sentence: str
    sentence_index: int
