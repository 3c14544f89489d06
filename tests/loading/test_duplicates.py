"""Duplicate articles across loads, found by SQL over stored fingerprints."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pipelines.loading import warehouse
from pipelines.loading.tables import build_tables
from pipelines.model import CleanArticle, NormalisedArticle, stable_id

SEED = (Path(__file__).resolve().parents[2] / "seeds" / "000_30d8a20e5e7a7435.txt").read_text()


def _article(uri: str, body: str, day: int, url: str | None = None) -> NormalisedArticle:
    clean = CleanArticle(uri, stable_id(body), url, None, body)
    return NormalisedArticle(
        clean, stable_id(uri), date(2024, 2, day), None, None, None, None, None
    )


def _load(path: Path, articles: list[NormalisedArticle]) -> None:
    with warehouse.connect(path) as conn:
        tables = build_tables(articles, [], [], lambda name: None)
        warehouse.load_batch(conn, tables, [a.article.source_uri for a in articles])


def test_exact_url_and_near_duplicates_point_at_the_earliest(tmp_path: Path) -> None:
    path = tmp_path / "w.duckdb"
    original = _article("a.txt", SEED, 14, "https://www.example.com/story?utm_source=feed")
    _load(path, [original, _article("unrelated.txt", "Rain fell on the town all week. " * 40, 14)])
    # a later load: an exact copy, a light rewrite, and the same URL with other text
    rewrite = SEED.replace("Putin", "Vladimir Putin", 2) + " Officials declined to elaborate."
    _load(
        path,
        [
            _article("copy.txt", SEED.upper(), 15),
            _article("rewrite.txt", rewrite, 16),
            _article("variant.html", "A short page. " * 30, 17, "http://example.com/story/"),
        ],
    )
    with warehouse.connect(path, read_only=True) as conn:
        rows = conn.execute(
            """select a.source_uri, c.source_uri, d.kind from article_duplicate d
               join dim_article a on a.article_id = d.article_id
               join dim_article c on c.article_id = d.canonical_article_id order by 1"""
        ).fetchall()
    assert rows == [
        ("copy.txt", "a.txt", "exact_text"),
        ("rewrite.txt", "a.txt", "near_text"),
        ("variant.html", "a.txt", "same_url"),
    ]
