"""The pipeline's stages as pure functions over batches.

Each takes the previous stage's records and returns the next stage's plus
the documents it had to reject, with a specific reason. Nothing here knows
about Dagster or DuckDB: `pipelines/defs` wires these into assets, and tests
call them directly.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from pipelines.cleaning import CleaningError, clean_document
from pipelines.cleaning.templates import remove_recurring_blocks
from pipelines.loading.tables import ExtractedArticle
from pipelines.model import CleanArticle, NormalisedArticle, RawDocument, Rejected, canonical_uri
from pipelines.normalising import OutletRegistry, normalise_article
from pipelines.parallel import map_chunks, map_items
from pipelines.reading import read_sources


@dataclass
class Batch:
    """A stage's output: the records that went through, and those kept aside."""

    records: list = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # unchanged since last loaded
    pruned_folders: list[str] = field(default_factory=list)  # drop what is no longer in these
    warehouse: str | None = None  # the warehouse the batch was read for (skip decisions)


def read_batch(
    sources: Iterable[str], is_unchanged: Callable[[RawDocument], bool] | None = None
) -> Batch:
    """Read every source, once per document (the last copy of a document reached twice wins);
    documents `is_unchanged` says are already loaded are only counted."""
    batch = Batch()
    documents: dict[str, RawDocument] = {}
    for item in read_sources(sources):
        if isinstance(item, Rejected):
            batch.rejected.append(item)
        else:
            documents[canonical_uri(item.source_uri)] = item
    for doc in documents.values():
        if is_unchanged and is_unchanged(doc):
            batch.skipped.append(doc.source_uri)
        else:
            batch.records.append(doc)
    return batch


def _clean_one(doc: RawDocument) -> CleanArticle | Rejected:
    try:
        return clean_document(doc)
    except CleaningError as error:
        return Rejected(doc.source_uri, "cleaning", str(error), doc.content_hash)
    except Exception as error:  # a bug on one page must not lose the others
        reason = f"unexpected {type(error).__name__} while cleaning: {error}"
        return Rejected(doc.source_uri, "cleaning", reason, doc.content_hash)


def clean_batch(docs: Sequence[RawDocument]) -> Batch:
    batch = _split(map_items(_clean_one, docs))
    batch.records = remove_recurring_blocks(batch.records)
    return batch


def normalise_batch(articles: Sequence[CleanArticle], registry: OutletRegistry) -> Batch:
    batch = Batch()
    for article in articles:
        try:
            batch.records.append(normalise_article(article, registry))
        except Exception as error:
            reason = f"cannot normalise: {type(error).__name__}: {error}"
            batch.rejected.append(
                Rejected(article.source_uri, "normalising", reason, article.content_hash)
            )
    return batch


def _extract_chunk(
    items: Sequence[tuple[str, str, str, date | None]],
) -> list[ExtractedArticle | Rejected]:
    from pipelines.extracting import extract_batch

    try:
        results = extract_batch([(body, published) for _, _, body, published in items])
    except Exception as error:
        if len(items) == 1:
            reason = f"cannot extract statements: {type(error).__name__}: {error}"
            return [Rejected(items[0][1], "extracting", reason)]
        # find the article that breaks the batch; the others still go through
        return [result for item in items for result in _extract_chunk([item])]
    return [
        ExtractedArticle(article_id, attributions, citations)
        for (article_id, _, _, _), (attributions, citations) in zip(items, results, strict=True)
    ]


def extract_articles(articles: Sequence[NormalisedArticle]) -> Batch:
    """Statements of every article; a missing model fails the run, it is no document's fault."""
    if articles:
        from pipelines.extracting import load_nlp

        load_nlp()
    items = [
        (a.article_id, a.article.source_uri, statement_text(a.article), a.published_date)
        for a in articles
    ]
    return _split(map_chunks(_extract_chunk, items))


def statement_text(article: CleanArticle) -> str:
    """The headline, then the body: "Kremlin denies Reuters report" is a statement too."""
    title = (article.title or "").strip()
    body = article.body or ""
    if not title or body.lstrip().startswith(title.rstrip(".!?")):
        return body
    return f"{title}\n\n{body}"


def _split(results: Iterable[object]) -> Batch:
    batch = Batch()
    for item in results:
        (batch.rejected if isinstance(item, Rejected) else batch.records).append(item)
    return batch
