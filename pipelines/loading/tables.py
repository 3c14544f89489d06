"""Turn a batch of stage records into the warehouse's tables (pure: no I/O).

Ids are derived from content and position, never from a counter, so the
same document yields the same ids in every run.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

import polars as pl

from pipelines.deduplicating import fingerprint
from pipelines.model import (
    Attribution,
    Citation,
    NormalisedArticle,
    Outlet,
    Rejected,
    canonical_uri,
    stable_id,
)
from pipelines.version import pipeline_version

OUTLET_SCHEMA = {
    "outlet_id": pl.String,
    "name": pl.String,
    "domain": pl.String,
    "country": pl.String,
    "kind": pl.String,
    "is_inferred": pl.Boolean,
}
ARTICLE_SCHEMA = {
    "article_id": pl.String,
    "source_uri": pl.String,
    "canonical_uri": pl.String,
    "url": pl.String,
    "title": pl.String,
    "published_date": pl.Date,
    "modified_date": pl.Date,
    "first_published_date": pl.Date,
    "outlet_id": pl.String,
    "origin_outlet_id": pl.String,
    "body": pl.String,
    "content_hash": pl.String,
    "input_hash": pl.String,
    "archive_uri": pl.String,
    "pipeline_version": pl.String,
    "date_method": pl.String,
    "dates_rejected": pl.List(pl.String),
    "outlet_method": pl.String,
    "origin_method": pl.String,
    "dateline": pl.String,
    "tags": pl.List(pl.String),
    "credits": pl.List(pl.String),
    "authors": pl.List(pl.String),
    "word_count": pl.Int32,
    "run_id": pl.String,
    "loaded_at": pl.Datetime("us"),
}
FINGERPRINT_SCHEMA = {
    "article_id": pl.String,
    "text_hash": pl.String,
    "url_key": pl.String,
    "minhash": pl.List(pl.UInt64),
}
BAND_SCHEMA = {"article_id": pl.String, "band": pl.Int16, "band_hash": pl.UInt64}
REMOVED_SCHEMA = {
    "article_id": pl.String,
    "position": pl.Int32,
    "rule": pl.String,
    "text": pl.String,
}
_STATEMENT = {
    "article_id": pl.String,
    "speaker": pl.String,
    "speaker_resolved": pl.String,
    "speaker_type": pl.String,
    "source_count": pl.Int32,
    "cue": pl.String,
    "content": pl.String,
    "quote_type": pl.String,
    "sentence": pl.String,
    "cited_outlet_id": pl.String,
    "role": pl.String,
    "affiliation": pl.String,
    "event_date": pl.Date,
    "sentence_index": pl.Int32,
}
CLAIM_SCHEMA = {"claim_id": pl.String, **_STATEMENT}
DENIAL_SCHEMA = {
    "denial_id": pl.String,
    **_STATEMENT,
    "target_type": pl.String,
    "target_outlet_id": pl.String,
    "target_claim_id": pl.String,
}
NO_COMMENT_SCHEMA = {
    "no_comment_id": pl.String,
    "article_id": pl.String,
    "speaker": pl.String,
    "speaker_resolved": pl.String,
    "speaker_type": pl.String,
    "cue": pl.String,
    "sentence": pl.String,
    "role": pl.String,
    "affiliation": pl.String,
    "event_date": pl.Date,
    "sentence_index": pl.Int32,
}
CITATION_SCHEMA = {
    "citation_id": pl.String,
    "article_id": pl.String,
    "cited_outlet_id": pl.String,
    "cited_outlet_name": pl.String,
    "cue": pl.String,
    "sentence": pl.String,
    "sentence_index": pl.Int32,
}
QUARANTINE_SCHEMA = {
    "source_uri": pl.String,
    "canonical_uri": pl.String,
    "stage": pl.String,
    "reason": pl.String,
    "content_hash": pl.String,
    "run_id": pl.String,
    "quarantined_at": pl.Datetime("us"),
}


@dataclass
class ExtractedArticle:
    """One article's statements, as the extracting stage hands them on."""

    article_id: str
    attributions: list[Attribution] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)


def build_tables(
    articles: Sequence[NormalisedArticle],
    extracted: Iterable[ExtractedArticle],
    rejected: Iterable[Rejected],
    resolve_outlet,
    extra_outlets: Iterable[Outlet] = (),
    run_id: str | None = None,
    now: datetime | None = None,
) -> dict[str, pl.DataFrame]:
    """All contract tables for one batch.

    `resolve_outlet(name) -> Outlet | None` maps an outlet name written in the
    text ("Reuters") to the registry; names it cannot resolve are left NULL
    rather than invented.
    """
    now = now or datetime.now()
    outlets: dict[str, Outlet] = {o.outlet_id: o for o in extra_outlets}

    def outlet_id(outlet: Outlet | None) -> str | None:
        if outlet is None:
            return None
        outlets[outlet.outlet_id] = outlet
        return outlet.outlet_id

    def named_outlet_id(name: str | None) -> str | None:
        return outlet_id(resolve_outlet(name)) if name else None

    article_rows, removed_rows, fingerprint_rows, band_rows = [], [], [], []
    for item in articles:
        a = item.article
        prints = fingerprint(a.body, a.url)
        fingerprint_rows.append(
            {
                "article_id": item.article_id,
                "text_hash": prints.text_hash,
                "url_key": prints.url_key,
                "minhash": prints.minhash,
            }
        )
        band_rows.extend(
            {"article_id": item.article_id, "band": i, "band_hash": h}
            for i, h in enumerate(prints.bands)
        )
        article_rows.append(
            {
                "article_id": item.article_id,
                "source_uri": a.source_uri,
                "canonical_uri": canonical_uri(a.source_uri),
                "url": a.url,
                "title": a.title,
                "published_date": item.published_date,
                "modified_date": item.modified_date,
                "first_published_date": item.first_published_date,
                "outlet_id": outlet_id(item.outlet),
                "origin_outlet_id": outlet_id(item.origin_outlet),
                "body": a.body,
                "content_hash": a.content_hash,
                "input_hash": a.input_hash,
                "archive_uri": a.archive_uri,
                "pipeline_version": pipeline_version(),
                "date_method": item.date_method,
                "dates_rejected": list(item.dates_rejected),
                "outlet_method": item.outlet_method,
                "origin_method": item.origin_method,
                "dateline": a.dateline,
                "tags": list(a.tags),
                "credits": list(a.credits),
                "authors": list(a.authors),
                "word_count": len(a.body.split()),
                "run_id": run_id,
                "loaded_at": now,
            }
        )
        removed_rows.extend(
            {"article_id": item.article_id, "position": i, "rule": r.rule, "text": r.text}
            for i, r in enumerate(a.removed)
        )

    claims, denials, no_comments, citations = [], [], [], []
    for doc in extracted:
        for att in doc.attributions:
            common = {
                "article_id": doc.article_id,
                "speaker": att.speaker,
                "speaker_resolved": att.speaker_resolved,
                "speaker_type": att.speaker_type,
                "cue": att.cue,
                "sentence": att.sentence,
                "role": att.role,
                "affiliation": att.affiliation,
                "event_date": att.event_date,
                "sentence_index": att.sentence_index,
            }
            key = (doc.article_id, att.kind, att.sentence_index, att.speaker, att.cue, att.content)
            if att.kind == "no_comment":
                no_comments.append({"no_comment_id": stable_id(*key), **common})
                continue
            statement = {
                **common,
                "source_count": att.source_count,
                "content": att.content,
                "quote_type": att.quote_type,
                "cited_outlet_id": named_outlet_id(att.cited_outlet),
            }
            if att.kind == "denial":
                denials.append(
                    {
                        "denial_id": stable_id(*key),
                        **statement,
                        "target_type": att.target_type,
                        "target_outlet_id": named_outlet_id(att.target_outlet),
                        "target_claim_id": None,
                    }
                )
            else:
                claims.append({"claim_id": stable_id(*key), **statement})
        seen_citations = set()
        for cit in doc.citations:
            cited = named_outlet_id(cit.cited_outlet)
            key = (doc.article_id, cited or cit.cited_outlet, cit.sentence_index, cit.cue)
            if cited is None or key in seen_citations:
                continue
            seen_citations.add(key)
            citations.append(
                {
                    "citation_id": stable_id("citation", *key),
                    "article_id": doc.article_id,
                    "cited_outlet_id": cited,
                    "cited_outlet_name": cit.cited_outlet,
                    "cue": cit.cue,
                    "sentence": cit.sentence,
                    "sentence_index": cit.sentence_index,
                }
            )

    quarantine_rows = [
        {
            "source_uri": r.source_uri,
            "canonical_uri": canonical_uri(r.source_uri),
            "stage": r.stage,
            "reason": r.reason,
            "content_hash": r.content_hash,
            "run_id": run_id,
            "quarantined_at": now,
        }
        for r in rejected
    ]
    outlet_rows = [
        {
            "outlet_id": o.outlet_id,
            "name": o.name,
            "domain": o.domain,
            "country": o.country,
            "kind": o.kind,
            "is_inferred": o.is_inferred,
        }
        for o in outlets.values()
    ]
    return {
        "dim_outlet": pl.DataFrame(outlet_rows, schema=OUTLET_SCHEMA),
        "dim_article": pl.DataFrame(article_rows, schema=ARTICLE_SCHEMA),
        "article_removed_text": pl.DataFrame(removed_rows, schema=REMOVED_SCHEMA),
        "article_fingerprint": pl.DataFrame(fingerprint_rows, schema=FINGERPRINT_SCHEMA),
        "article_band": pl.DataFrame(band_rows, schema=BAND_SCHEMA),
        "fact_claim": _unique(pl.DataFrame(claims, schema=CLAIM_SCHEMA), "claim_id"),
        "fact_denial": _unique(pl.DataFrame(denials, schema=DENIAL_SCHEMA), "denial_id"),
        "fact_no_comment": _unique(
            pl.DataFrame(no_comments, schema=NO_COMMENT_SCHEMA), "no_comment_id"
        ),
        "fact_citation": pl.DataFrame(citations, schema=CITATION_SCHEMA),
        "quarantine": pl.DataFrame(quarantine_rows, schema=QUARANTINE_SCHEMA),
    }


def _unique(frame: pl.DataFrame, key: str) -> pl.DataFrame:
    return frame.unique(subset=[key], keep="first", maintain_order=True)
