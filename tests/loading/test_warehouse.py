"""Loading into a real DuckDB file: atomic, idempotent, replacing a document's rows."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import duckdb
import pytest

from pipelines.loading import warehouse
from pipelines.loading.tables import ExtractedArticle, build_tables
from pipelines.model import (
    Attribution,
    Citation,
    CleanArticle,
    NormalisedArticle,
    Outlet,
    Rejected,
    RemovedBlock,
    stable_id,
)

REUTERS = Outlet("reuters", "Reuters", "reuters.com", "GB", "wire")
MT = Outlet("the-moscow-times", "The Moscow Times", "themoscowtimes.com", "NL", "newspaper")


def _article(uri: str, body: str) -> NormalisedArticle:
    clean = CleanArticle(
        source_uri=uri,
        content_hash=stable_id(body),
        url=None,
        title="A title",
        body=body,
        tags=["Kremlin"],
        removed=[RemovedBlock("Read more", "teaser_heading")],
    )
    return NormalisedArticle(
        clean, stable_id(uri), date(2024, 2, 14), "header_line", MT, "text_cue", REUTERS, "text_cue"
    )


def _extracted(article_id: str) -> ExtractedArticle:
    return ExtractedArticle(
        article_id,
        [
            Attribution(
                "claim",
                "three sources",
                "anonymous",
                "told",
                "Three sources told Reuters x.",
                0,
                "x",
                "indirect",
                3,
                cited_outlet="Reuters",
            ),
            Attribution(
                "denial",
                "The Kremlin",
                "organization",
                "denied",
                "The Kremlin denied a report by Reuters.",
                1,
                "a report",
                "indirect",
                target_type="report",
                target_outlet="Reuters",
            ),
            Attribution(
                "no_comment",
                "the CIA",
                "organization",
                "declined to comment",
                "The CIA declined to comment.",
                2,
            ),
        ],
        [Citation("Reuters", "a report by", "The Kremlin denied a report by Reuters.", 1)],
    )


def _resolve(name: str) -> Outlet | None:
    return {"reuters": REUTERS}.get(name.lower())


def _tables(bodies: dict[str, str], rejected=()):
    articles = [_article(uri, body) for uri, body in bodies.items()]
    return build_tables(articles, [_extracted(a.article_id) for a in articles], rejected, _resolve)


def _counts(path: Path) -> dict[str, int]:
    with warehouse.connect(path, read_only=True) as conn:
        return warehouse.table_counts(
            conn,
            [
                "dim_article",
                "fact_claim",
                "fact_denial",
                "fact_no_comment",
                "fact_citation",
                "quarantine",
                "dim_outlet",
                "article_removed_text",
            ],
        )


def test_load_writes_every_table_and_resolves_outlets(tmp_path: Path) -> None:
    path = tmp_path / "w.duckdb"
    with warehouse.connect(path) as conn:
        warehouse.load_batch(
            conn,
            _tables({"a.txt": "Body A"}, [Rejected("bad.txt", "cleaning", "empty document")]),
            ["a.txt", "bad.txt"],
        )
    with warehouse.connect(path, read_only=True) as conn:
        assert conn.execute("select cited_outlet_id, source_count from fact_claim").fetchall() == [
            ("reuters", 3)
        ]
        assert conn.execute("select target_type, target_outlet_id from fact_denial").fetchall() == [
            ("report", "reuters")
        ]
        assert conn.execute(
            "select outlet_id, origin_outlet_id, tags from dim_article"
        ).fetchall() == [("the-moscow-times", "reuters", ["Kremlin"])]
        assert conn.execute("select reason from quarantine").fetchall() == [("empty document",)]
        assert conn.execute("select cited_outlet, is_in_corpus from cited_reports").fetchall() == [
            ("Reuters", False)
        ]
    assert _counts(path)["dim_outlet"] == 2


def test_reloading_the_same_batch_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "w.duckdb"
    for _ in range(2):
        with warehouse.connect(path) as conn:
            warehouse.load_batch(conn, _tables({"a.txt": "A", "b.txt": "B"}), ["a.txt", "b.txt"])
    first = _counts(path)
    with warehouse.connect(path) as conn:
        ids = conn.execute("select claim_id from fact_claim order by 1").fetchall()
        warehouse.load_batch(conn, _tables({"a.txt": "A", "b.txt": "B"}), ["a.txt", "b.txt"])
        assert conn.execute("select claim_id from fact_claim order by 1").fetchall() == ids
    assert _counts(path) == first and first["dim_article"] == 2 and first["fact_claim"] == 2


def test_a_document_that_breaks_moves_to_quarantine(tmp_path: Path) -> None:
    path = tmp_path / "w.duckdb"
    with warehouse.connect(path) as conn:
        warehouse.load_batch(conn, _tables({"a.txt": "A", "b.txt": "B"}), ["a.txt", "b.txt"])
        warehouse.load_batch(
            conn,
            _tables({"a.txt": "A"}, [Rejected("b.txt", "cleaning", "empty document")]),
            ["a.txt", "b.txt"],
        )
    counts = _counts(path)
    assert counts["dim_article"] == 1 and counts["fact_claim"] == 1 and counts["quarantine"] == 1


def test_a_failed_load_leaves_the_warehouse_as_before(tmp_path: Path) -> None:
    path = tmp_path / "w.duckdb"
    with warehouse.connect(path) as conn:
        warehouse.load_batch(conn, _tables({"a.txt": "A"}), ["a.txt"])
    before = _counts(path)
    broken = _tables({"a.txt": "A2", "c.txt": "C"})
    import polars as pl

    # two claims with one id: the insert fails half-way through the batch
    broken["fact_claim"] = broken["fact_claim"].with_columns(pl.lit("same-id").alias("claim_id"))
    with warehouse.connect(path) as conn, pytest.raises(duckdb.ConstraintException):
        warehouse.load_batch(conn, broken, ["a.txt", "c.txt"])
    assert _counts(path) == before
    with warehouse.connect(path, read_only=True) as conn:
        assert conn.execute("select body from dim_article").fetchall() == [("A",)]


def test_read_only_query_cannot_change_the_warehouse(tmp_path: Path) -> None:
    path = tmp_path / "w.duckdb"
    with warehouse.connect(path) as conn:
        warehouse.load_batch(conn, _tables({"a.txt": "A"}), ["a.txt"])
    assert warehouse.query(path, "select count(*) as n from dim_article")["n"].to_list() == [1]
    with pytest.raises(duckdb.Error):
        warehouse.query(path, "delete from dim_article")


def test_rows_from_before_canonical_uris_are_replaced_not_doubled(
    tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "w.duckdb"
    with warehouse.connect(path) as conn:
        warehouse.load_batch(conn, _tables({"docs/a.txt": "A"}), ["docs/a.txt"])
        # as an older warehouse had it: no canonical_uri
        conn.execute("update dim_article set canonical_uri = null")
        warehouse.load_batch(conn, _tables({"docs/a.txt": "A"}), ["docs/a.txt"])
        rows = conn.execute("select source_uri, canonical_uri from dim_article").fetchall()
    assert rows == [("docs/a.txt", (tmp_path / "docs" / "a.txt").as_posix())]


def test_a_symlinked_document_is_its_own_document(tmp_path: Path, monkeypatch) -> None:
    from pipelines.model import canonical_uri

    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "b.txt").write_text("B")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "b.txt").symlink_to(tmp_path / "elsewhere" / "b.txt")
    monkeypatch.chdir(tmp_path)
    assert canonical_uri("./docs/b.txt") == (tmp_path / "docs" / "b.txt").as_posix()
    assert (
        canonical_uri("docs/../docs/b.txt#record-2")
        == (tmp_path / "docs" / "b.txt").as_posix() + "#record-2"
    )
