"""The only module that writes the warehouse.

A load replaces, in one transaction, every row belonging to the documents
of the batch: a killed run leaves the warehouse as it was before or after,
never between, and loading the same documents twice changes nothing. A
second back end (DuckLake) only has to provide the same three calls.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path

import duckdb
import polars as pl

from pipelines.model import canonical_uri
from pipelines.paths import SQL_DIR

CREATE_TABLE = re.compile(r"^create table if not exists (\w+)", re.IGNORECASE)
COMMENTED_COLUMN = re.compile(r"^\s+(\w+)\s+[^-]*--\s*(.+)$")

# Tables a batch inserts into, parents first (sql/batch/delete_replaced_rows.sql empties
# the replaced documents' rows from the same tables beforehand).
BATCH_TABLES = (
    "dim_article",
    "article_band",
    "article_fingerprint",
    "article_removed_text",
    "fact_citation",
    "fact_no_comment",
    "fact_denial",
    "fact_claim",
    "quarantine",
)


def sql_files(folder: str) -> list[Path]:
    return sorted((SQL_DIR / folder).glob("*.sql"))


def read_sql(relative: str) -> str:
    return (SQL_DIR / relative).read_text(encoding="utf-8")


def connect(path: str | Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    if not read_only:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    return duckdb.connect(str(path), read_only=read_only)


def apply_schema(conn: duckdb.DuckDBPyConnection) -> None:
    """Create missing tables and (re)create the views: safe to run before every load."""
    for path in sql_files("schema") + sql_files("views"):
        conn.execute(path.read_text(encoding="utf-8"))
    _backfill_canonical_uris(conn)


def _backfill_canonical_uris(conn: duckdb.DuckDBPyConnection) -> None:
    """Rows from before `canonical_uri` existed get it now (paths resolved from the current
    folder, as a re-ingest from there would), so the next load replaces them, not doubles them."""
    for table in ("dim_article", "quarantine"):
        legacy = [
            uri
            for (uri,) in conn.execute(
                f"select distinct source_uri from {table} where canonical_uri is null"
            ).fetchall()
        ]
        if not legacy:
            continue
        mapping = pl.DataFrame(
            {"source_uri": legacy, "canonical_uri": [canonical_uri(u) for u in legacy]}
        )
        conn.register("legacy_uris", mapping)
        conn.execute(
            f"update {table} set canonical_uri = legacy_uris.canonical_uri from legacy_uris "
            f"where {table}.source_uri = legacy_uris.source_uri and {table}.canonical_uri is null"
        )
        conn.unregister("legacy_uris")


def load_batch(
    conn: duckdb.DuckDBPyConnection,
    tables: Mapping[str, pl.DataFrame],
    source_uris: Iterable[str],
    unchanged: Iterable[str] = (),
    pruned_folders: Iterable[str] = (),
) -> dict[str, int]:
    """Replace everything the batch's documents contributed, atomically.

    `source_uris` are the documents the batch loaded or quarantined: their old
    rows are replaced, so a document that got fixed leaves quarantine, and one
    that broke leaves the articles. Records of a WARC file the batch read that
    are no longer in it go too, and so do documents under `pruned_folders`
    that are no longer there. `unchanged` documents (skipped as already
    loaded) are left as they are.
    """
    seen = sorted({canonical_uri(uri) for uri in source_uris})
    batch_frames = {
        "batch_uris": pl.DataFrame({"canonical_uri": seen}, schema={"canonical_uri": pl.String}),
        "batch_bases": pl.DataFrame(
            {"base": sorted({uri.split("#record-")[0] for uri in seen})},
            schema={"base": pl.String},
        ),
        "batch_prefixes": pl.DataFrame(
            {
                "prefix": sorted(
                    {canonical_uri(folder).rstrip("/") + "/" for folder in pruned_folders}
                )
            },
            schema={"prefix": pl.String},
        ),
        "batch_unchanged": pl.DataFrame(
            {"canonical_uri": sorted({canonical_uri(uri) for uri in unchanged})},
            schema={"canonical_uri": pl.String},
        ),
    }
    counts: dict[str, int] = {}
    conn.execute("begin transaction")
    try:
        apply_schema(conn)
        for name, frame in batch_frames.items():
            conn.register(name, frame)
        conn.execute(read_sql("batch/replaced_documents.sql"))
        conn.execute(read_sql("batch/delete_replaced_rows.sql"))
        if "dim_outlet" in tables:
            counts["dim_outlet"] = _upsert_outlets(conn, tables["dim_outlet"])
        for table in BATCH_TABLES:
            frame = tables.get(table)
            if frame is None or frame.is_empty():
                counts[table] = 0
                continue
            conn.register("batch_rows", frame)
            conn.execute(f"insert into {table} by name select * from batch_rows")
            conn.unregister("batch_rows")
            counts[table] = frame.height
        for path in sql_files("load"):
            conn.execute(path.read_text(encoding="utf-8"))
        for name in batch_frames:
            conn.unregister(name)
        conn.execute("drop table if exists claim_terms")
        conn.execute("commit")
    except BaseException:
        conn.execute("rollback")
        raise
    return counts


def _upsert_outlets(conn: duckdb.DuckDBPyConnection, outlets: pl.DataFrame) -> int:
    if outlets.is_empty():
        return 0
    conn.register("batch_outlets", outlets)
    conn.execute("insert or replace into dim_outlet by name select * from batch_outlets")
    conn.unregister("batch_outlets")
    return outlets.height


def table_counts(conn: duckdb.DuckDBPyConnection, tables: Iterable[str]) -> dict[str, int]:
    return {t: conn.execute(f"select count(*) from {t}").fetchone()[0] for t in tables}


def table_columns(
    conn: duckdb.DuckDBPyConnection, tables: Iterable[str]
) -> dict[str, list[tuple[str, str]]]:
    rows = conn.execute(
        "select table_name, column_name, data_type from information_schema.columns "
        "where table_schema = 'main' order by table_name, ordinal_position"
    ).fetchall()
    wanted = set(tables)
    columns: dict[str, list[tuple[str, str]]] = {t: [] for t in wanted}
    for table, column, data_type in rows:
        if table in wanted:
            columns[table].append((column, data_type))
    return columns


@cache
def column_comments() -> dict[tuple[str, str], str]:
    """(table, column) -> the `-- comment` beside the column in sql/schema: one source of docs."""
    comments: dict[tuple[str, str], str] = {}
    for path in sql_files("schema"):
        table = None
        for line in path.read_text(encoding="utf-8").splitlines():
            if created := CREATE_TABLE.match(line):
                table = created.group(1)
            elif table and (column := COMMENTED_COLUMN.match(line)):
                comments[(table, column.group(1))] = column.group(2).strip()
    return comments


def loaded_versions(conn: duckdb.DuckDBPyConnection) -> dict[str, tuple[str | None, str | None]]:
    """canonical_uri -> (input_hash, pipeline_version) of what is loaded, to skip unchanged input."""
    columns = {
        name
        for (name,) in conn.execute(
            "select column_name from information_schema.columns where table_name = 'dim_article'"
        ).fetchall()
    }
    if not {"canonical_uri", "input_hash", "pipeline_version"} <= columns:
        return {}  # no warehouse yet, or one from before these columns: reprocess everything
    rows = conn.execute(
        "select canonical_uri, input_hash, pipeline_version from dim_article"
    ).fetchall()
    return {uri: (input_hash, version) for uri, input_hash, version in rows}


def query(path: str | Path, sql: str) -> pl.DataFrame:
    """Run one read-only statement: the file is opened read-only, so nothing can change it."""
    with connect(path, read_only=True) as conn:
        statements = conn.extract_statements(sql)
        if len(statements) != 1:
            raise ValueError(f"give exactly one SQL statement (got {len(statements)})")
        relation = conn.sql(sql)
        return relation.pl() if relation is not None else pl.DataFrame()
