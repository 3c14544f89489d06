"""Beyond the seeds: a report in one outlet and its denial in another, written for this test,
ingested through Dagster into a real DuckDB file and joined by the provenance view."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from pipelines.ingest import run_ingest

REPORT = """Russia offered to halt strikes on Ukraine's power grid, sources say

Russia offered to halt strikes on Ukraine's power plants in exchange for a pause in drone \
attacks on its oil refineries, three people familiar with the talks told the Financial Times.

The proposal was passed on through Qatari mediators last month, one of the people said.
"""

DENIAL = """Kremlin dismisses report of power-plant truce offer

MOSCOW (Reuters) - The Kremlin on Tuesday dismissed as "absurd" a report in the Financial \
Times that Russia had offered to halt strikes on Ukraine's power plants.

Kremlin spokesman Dmitry Peskov said no such offer had been made. Ukraine's foreign ministry \
declined to comment.
"""

MANIFEST = """file,url,outlet,published
report.txt,https://www.ft.com/content/power-truce,Financial Times,2024-03-10
denial.txt,https://www.reuters.com/world/kremlin-dismisses-report,Reuters,2024-03-12
"""


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("pair")
    for name, text in (("report.txt", REPORT), ("denial.txt", DENIAL), ("manifest.csv", MANIFEST)):
        (folder / name).write_text(text, encoding="utf-8")
    warehouse = folder / "news.duckdb"
    outcome = run_ingest([str(folder)], str(warehouse))
    assert outcome.success, outcome.error
    conn = duckdb.connect(str(Path(warehouse)), read_only=True)
    yield conn
    conn.close()


def test_the_denials_point_at_the_reported_claim_in_the_other_outlet(db) -> None:
    rows = db.execute(
        """select d.speaker, d.target_type, o.name, a.url
           from fact_denial d
           join fact_claim c on c.claim_id = d.target_claim_id
           join dim_article a on a.article_id = c.article_id
           join dim_outlet o on o.outlet_id = a.outlet_id
           order by d.sentence_index"""
    ).fetchall()
    speakers = [r[0] for r in rows]
    assert "The Kremlin" in speakers and "Kremlin spokesman Dmitry Peskov" in speakers
    assert {r[1:] for r in rows} == {
        ("report", "Financial Times", "https://www.ft.com/content/power-truce")
    }


def test_provenance_shows_who_asserted_and_who_denied_through_which_outlet(db) -> None:
    rows = db.execute(
        """select stance, speaker, outlet from claim_provenance
           where statement like 'Russia offered to halt strikes%'
              or stance = 'denied'"""
    ).fetchall()
    assert ("asserted", "three people familiar with the talks", "Financial Times") in rows
    assert ("denied", "The Kremlin", "Reuters") in rows
    resolved = db.execute(
        "select speaker_resolved from claim_provenance where speaker like 'Kremlin spokesman%'"
    ).fetchall()
    assert ("Dmitry Peskov",) in resolved


def test_the_no_comment_and_the_cited_report(db) -> None:
    assert db.execute("select speaker, affiliation from fact_no_comment").fetchall() == [
        ("Ukraine's foreign ministry", "Ukraine")
    ]
    (cited,) = db.execute(
        "select cited_outlet, is_in_corpus from cited_reports where cited_outlet_id is not null"
    ).fetchall()
    assert cited == ("Financial Times", True)
