"""Ingesting again after the input changed: the warehouse follows, never duplicates."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from pipelines.ingest import run_ingest
from tests.conftest import SEEDS

SEED_000 = SEEDS / "000_30d8a20e5e7a7435.txt"
SEED_004 = SEEDS / "004_81f5cfad96b8a822.txt"


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(SEED_000, docs)
    shutil.copy(SEED_004, docs)
    return docs


def _rows(path: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(path), read_only=True) as conn:
        return conn.execute(sql).fetchall()


def test_overlapping_sources_give_one_article_each(folder: Path, tmp_path: Path) -> None:
    path = tmp_path / "w.duckdb"
    outcome = run_ingest([str(folder), f"{folder}/", str(folder / SEED_000.name)], str(path))
    assert outcome.success, outcome.error
    assert _rows(path, "select count(*) from dim_article") == [(2,)]


def test_a_manifest_change_is_applied_not_skipped(folder: Path, tmp_path: Path) -> None:
    path = tmp_path / "w.duckdb"
    assert run_ingest([str(folder)], str(path)).success
    (folder / "manifest.csv").write_text(
        f"file,url,outlet\n{SEED_000.name},https://www.reuters.com/world/x,Reuters\n"
    )
    again = run_ingest([str(folder)], str(path))
    assert again.success and again.skipped == 1  # 004 unchanged; 000 has new hints
    [(url, outlet)] = _rows(
        path, f"select url, outlet_id from dim_article where source_uri like '%{SEED_000.name}'"
    )
    assert url == "https://www.reuters.com/world/x" and outlet == "reuters"


def test_a_broken_document_drops_its_rows_and_the_links_to_them(
    folder: Path, tmp_path: Path
) -> None:
    path = tmp_path / "w.duckdb"
    links_across = (
        "select count(*) from fact_denial as d join fact_claim as c on c.claim_id = d.target_claim_id"
        " where c.article_id <> d.article_id"
    )
    dangling = (
        "select count(*) from fact_denial as d where d.target_claim_id is not null"
        " and not exists (select 1 from fact_claim as c where c.claim_id = d.target_claim_id)"
    )
    assert run_ingest([str(folder)], str(path)).success
    assert _rows(path, links_across) != [(0,)]  # 004's denials point at 000's claims
    (folder / SEED_000.name).write_bytes(b"")
    assert run_ingest([str(folder)], str(path)).success
    assert _rows(path, "select count(*) from dim_article") == [(1,)]
    assert _rows(path, links_across) == [(0,)]
    assert _rows(path, dangling) == [(0,)]
    assert _rows(path, "select reason from quarantine") == [("empty document",)]


def test_prune_removes_articles_whose_file_is_gone(folder: Path, tmp_path: Path) -> None:
    path = tmp_path / "w.duckdb"
    assert run_ingest([str(folder)], str(path)).success
    (folder / SEED_000.name).unlink()
    assert run_ingest([str(folder)], str(path)).success
    assert _rows(path, "select count(*) from dim_article") == [(2,)]  # kept without --prune
    pruned = run_ingest([str(folder)], str(path), prune_missing=True)
    assert pruned.success and pruned.skipped == 1
    assert _rows(path, "select source_uri like '%004%' from dim_article") == [(True,)]
    assert _rows(path, "select count(*) from fact_no_comment") == [(0,)]  # 000's rows went too


def test_one_document_by_any_path_is_one_article(folder: Path, tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "w.duckdb"
    assert run_ingest([str(folder)], str(path)).success  # absolute
    monkeypatch.chdir(tmp_path)
    again = run_ingest(["./docs/"], str(path), reprocess_unchanged=True)  # relative, other spelling
    assert again.success and again.loaded["dim_article"] == 2
    assert _rows(path, "select count(*), count(distinct article_id) from dim_article") == [(2, 2)]
    assert _rows(path, "select min(source_uri) from dim_article") == [
        ("docs/000_30d8a20e5e7a7435.txt",)
    ]
    (folder / SEED_000.name).unlink()
    assert run_ingest(["./docs"], str(path), prune_missing=True).success
    assert _rows(path, "select count(*) from dim_article") == [(1,)]


def test_an_undated_copy_does_not_break_the_denial_link(folder: Path, tmp_path: Path) -> None:
    undated = SEED_000.read_text(encoding="utf-8").replace("14-2-2024 (MOSCOW) ", "", 1)
    (folder / "undated_copy.txt").write_text(undated, encoding="utf-8")
    path = tmp_path / "w.duckdb"
    assert run_ingest([str(folder)], str(path)).success
    linked = _rows(
        path,
        """select a.source_uri from fact_denial d join fact_claim c on c.claim_id = d.target_claim_id
           join dim_article a on a.article_id = c.article_id where d.speaker = 'The Kremlin'""",
    )
    assert linked and linked[0][0].endswith(SEED_000.name)  # the dated report, not the undated copy


def test_a_missing_language_model_fails_the_run_not_the_documents(
    folder: Path, tmp_path: Path, monkeypatch
) -> None:
    from pipelines.extracting import parsing

    monkeypatch.setattr(parsing, "MODEL", "no_such_model_installed")
    parsing.load_nlp.cache_clear()
    try:
        outcome = run_ingest([str(folder)], str(tmp_path / "w.duckdb"))
    finally:
        parsing.load_nlp.cache_clear()
    assert not outcome.success
    assert "requirements/model.txt" in outcome.error
    assert not (tmp_path / "w.duckdb").exists() or _rows(
        tmp_path / "w.duckdb", "select count(*) from quarantine"
    ) == [(0,)]
