"""Stage 5: the contract's tables, written by one step in one transaction.

Each table is its own asset (so the UI shows lineage per table), but they
are materialised together: a run either replaces all rows of its documents
in every table or changes nothing.
"""

import dagster as dg

from pipelines.defs.resources import WarehouseResource
from pipelines.loading import warehouse
from pipelines.loading.tables import build_tables
from pipelines.model import canonical_uri
from pipelines.normalising import OutletRegistry
from pipelines.stages import Batch

STAGE_INPUTS = ("raw_documents", "clean_articles", "normalised_articles", "statements")
TABLES: dict[str, tuple[str, tuple[str, ...]]] = {
    "dim_outlet": (
        "One row per canonical outlet; aliases and domains resolve to it.",
        ("normalised_articles", "statements"),
    ),
    "dim_article": (
        "One row per article: clean body, publication date, publisher and originating outlet.",
        ("normalised_articles",),
    ),
    "article_removed_text": (
        "Text the cleaner removed from each article, with the rule that removed it.",
        ("clean_articles", "normalised_articles"),
    ),
    "article_duplicate": (
        "Articles that repeat an earlier one (same text, same URL, or near-duplicate text), "
        "with the earliest as canonical: the same story is never counted twice unknowingly.",
        ("normalised_articles",),
    ),
    "fact_claim": ("Attributed assertions: who said what, to or through whom.", ("statements",)),
    "claim_group": (
        "Claims that are the same statement reported by several articles, grouped.",
        ("statements", "normalised_articles"),
    ),
    "fact_denial": ("Denials, with the report or claim they deny.", ("statements",)),
    "fact_no_comment": ("One row per entity that declined to comment.", ("statements",)),
    "fact_citation": ("Reports of other outlets an article cites.", ("statements",)),
    "quarantine": ("Every document that could not be processed, and why.", STAGE_INPUTS),
}


@dg.multi_asset(
    specs=[
        dg.AssetSpec(
            name,
            description=description,
            group_name="warehouse",
            kinds={"duckdb", "table"},
            deps=list(deps),
        )
        for name, (description, deps) in TABLES.items()
    ],
    ins={name: dg.AssetIn(name) for name in STAGE_INPUTS},
    pool="duckdb_write",
    can_subset=False,
)
def warehouse_tables(
    context: dg.AssetExecutionContext,
    warehouse_db: WarehouseResource,
    raw_documents: Batch,
    clean_articles: Batch,
    normalised_articles: Batch,
    statements: Batch,
):
    target = canonical_uri(warehouse_db.resolved_path())
    if raw_documents.warehouse and raw_documents.warehouse != target:
        # stage outputs kept from another run were read (and skips decided) for another file
        raise dg.Failure(
            description=f"the latest stage outputs were read for {raw_documents.warehouse}, "
            f"not {target}: materialise the whole chain (the `ingest` job) to load this warehouse"
        )
    registry = OutletRegistry.load_default()
    rejected = [
        *raw_documents.rejected,
        *clean_articles.rejected,
        *normalised_articles.rejected,
        *statements.rejected,
    ]
    failed = {r.source_uri for r in statements.rejected}
    articles = [a for a in normalised_articles.records if a.article.source_uri not in failed]
    tables = build_tables(
        articles,
        statements.records,
        rejected,
        resolve_outlet=registry.resolve,
        run_id=context.run.run_id,
    )
    seen = [d.source_uri for d in raw_documents.records] + [r.source_uri for r in rejected]
    with warehouse_db.connect() as conn:
        loaded = warehouse.load_batch(
            conn,
            tables,
            seen,
            unchanged=raw_documents.skipped,
            pruned_folders=raw_documents.pruned_folders,
        )
        totals = warehouse.table_counts(conn, TABLES)
        columns = warehouse.table_columns(conn, TABLES)
    comments = warehouse.column_comments()
    for name in TABLES:
        yield dg.MaterializeResult(
            asset_key=name,
            metadata={
                "dagster/row_count": dg.MetadataValue.int(totals[name]),
                # tables rebuilt by sql/load are replaced whole: their total is what this run wrote
                "rows_loaded_this_run": dg.MetadataValue.int(loaded.get(name, totals[name])),
                "warehouse": dg.MetadataValue.path(warehouse_db.resolved_path()),
                "dagster/column_schema": dg.TableSchema(
                    columns=[
                        dg.TableColumn(c, t, description=comments.get((name, c)))
                        for c, t in columns[name]
                    ]
                ),
            },
        )
