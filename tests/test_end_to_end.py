"""The seeds, ingested through Dagster into a real DuckDB file, say what EXPECTED.md says."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from pipelines.ingest import run_ingest
from tests.conftest import SEEDS

SEED_000 = "000_30d8a20e5e7a7435"
SEED_004 = "004_81f5cfad96b8a822"


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("seeds") / "news.duckdb"
    outcome = run_ingest([str(SEEDS)], str(path))
    assert outcome.success, outcome.error
    return path


@pytest.fixture(scope="module")
def db(warehouse: Path):
    conn = duckdb.connect(str(warehouse), read_only=True)
    yield conn
    conn.close()


def _article_id(db, seed: str) -> str:
    return db.execute(
        "select article_id from dim_article where source_uri like ?", [f"%{seed}.txt"]
    ).fetchone()[0]


def test_two_articles_dated_14_february_2024(db) -> None:
    rows = db.execute("select published_date from dim_article").fetchall()
    assert rows == [(date(2024, 2, 14),), (date(2024, 2, 14),)]


def test_004_is_the_moscow_times_with_its_title_and_clean_body(db) -> None:
    title, body, outlet = db.execute(
        """select a.title, a.body, o.name from dim_article a
           join dim_outlet o on o.outlet_id = a.outlet_id where a.source_uri like ?""",
        [f"%{SEED_004}.txt"],
    ).fetchone()
    assert outlet == "The Moscow Times"
    assert title == "Kremlin Denies Report That Putin Offered Ukraine Truce to U.S."
    assert body.startswith("The Kremlin on Wednesday denied a report by Reuters")
    assert body.endswith("as long as Putin is in power.")
    for boilerplate in (
        "small favor",
        "Read more",
        "Sergei Bobylev",
        "Contribute today",
        "Min read",
    ):
        assert boilerplate not in body


def test_004_keeps_tags_and_credit_as_metadata_and_audits_removals(db) -> None:
    tags, credits = db.execute(
        "select tags, credits from dim_article where source_uri like ?", [f"%{SEED_004}.txt"]
    ).fetchone()
    assert tags == ["Ukraine war", "Kremlin", "Putin"]
    assert credits == ["Sergei Bobylev / TASS"]
    removed = db.execute("select string_agg(text, ' ') from article_removed_text").fetchone()[0]
    assert "we have a small favor to ask" in removed


def test_000_originates_from_reuters_with_unknown_publisher(db) -> None:
    outlet, origin, method = db.execute(
        """select a.outlet_id, o.name, a.origin_method from dim_article a
           join dim_outlet o on o.outlet_id = a.origin_outlet_id where a.source_uri like ?""",
        [f"%{SEED_000}.txt"],
    ).fetchone()
    assert outlet is None
    assert origin == "Reuters"
    assert method == "text_cue"


def test_kremlin_denies_reuters_report_and_peskov_denies_directly(db) -> None:
    article = _article_id(db, SEED_004)
    denials = db.execute(
        """select d.speaker, d.speaker_type, d.target_type, o.name, d.quote_type, d.content, d.event_date
           from fact_denial d left join dim_outlet o on o.outlet_id = d.target_outlet_id
           where d.article_id = ?""",
        [article],
    ).fetchall()
    # "The Kremlin on Wednesday denied a report by Reuters …" (and the headline's "Kremlin Denies
    # Report …", which names no day)
    kremlin = [d for d in denials if d[0] and "Kremlin" in d[0] and d[2] == "report"]
    assert kremlin and all(d[3] == "Reuters" for d in kremlin)
    assert date(2024, 2, 14) in [d[6] for d in kremlin]
    peskov = [d for d in denials if d[0] and "Peskov" in d[0]]
    assert peskov and peskov[0][1] == "person" and peskov[0][4] == "direct"
    assert "not true" in peskov[0][5]


def test_us_source_denies_official_contact_in_000(db) -> None:
    article = _article_id(db, SEED_000)
    rows = db.execute(
        "select speaker, speaker_type, source_count, content from fact_denial where article_id = ?",
        [article],
    ).fetchall()
    us = [r for r in rows if r[0] and "US source" in r[0]]
    assert us and us[0][1] == "anonymous" and us[0][2] == 1
    assert "official contact" in us[0][3]


def test_four_organisations_declined_to_comment_in_000(db) -> None:
    article = _article_id(db, SEED_000)
    speakers = [
        r[0]
        for r in db.execute(
            "select speaker from fact_no_comment where article_id = ? order by speaker", [article]
        ).fetchall()
    ]
    assert len(speakers) == 4
    joined = " | ".join(speakers)
    for name in ("Kremlin", "White House", "State Department", "CIA"):
        assert name in joined


def test_three_russian_sources_told_reuters(db) -> None:
    article = _article_id(db, SEED_000)
    rows = db.execute(
        """select c.speaker, c.speaker_type, c.source_count, o.name from fact_claim c
           left join dim_outlet o on o.outlet_id = c.cited_outlet_id
           where c.article_id = ? and c.source_count = 3""",
        [article],
    ).fetchall()
    told = [r for r in rows if r[3] == "Reuters"]
    assert told and told[0][1] == "anonymous" and "Russian sources" in told[0][0]


def test_direct_quote_contacts_came_to_nothing(db) -> None:
    rows = db.execute(
        "select quote_type, speaker_type from fact_claim where content like '%contacts with the Americans came to nothing%'"
    ).fetchall()
    assert rows and rows[0] == ("direct", "anonymous")


def test_004_cites_reuters_and_the_report_shows_as_cited_but_absent(db) -> None:
    article = _article_id(db, SEED_004)
    cited = db.execute(
        "select cited_outlet_id from fact_citation where article_id = ?", [article]
    ).fetchall()
    assert ("reuters",) in cited
    reuters = db.execute(
        "select is_in_corpus, deriving_articles from cited_reports where cited_outlet = 'Reuters'"
    ).fetchone()
    assert reuters == (False, 2)


def test_claim_provenance_answers_who_asserted_and_who_declined(db) -> None:
    stances = {r[0] for r in db.execute("select distinct stance from claim_provenance").fetchall()}
    assert {"asserted", "declined_to_comment"} <= stances


def test_checks_pass_and_the_run_is_in_the_instance(warehouse: Path) -> None:
    instance = dg.DagsterInstance.get()
    runs = instance.get_runs(filters=dg.RunsFilter(job_name="ingest"))
    assert runs and runs[0].is_success
    evaluations = [
        e
        for e in instance.all_logs(runs[0].run_id)
        if e.dagster_event and e.dagster_event.event_type_value == "ASSET_CHECK_EVALUATION"
    ]
    assert evaluations
    failed = [
        e.dagster_event.event_specific_data.check_name
        for e in evaluations
        if not e.dagster_event.event_specific_data.passed
    ]
    assert failed == []


def test_rerun_changes_nothing(warehouse: Path, tmp_path: Path) -> None:
    import shutil

    warehouse = Path(shutil.copy(warehouse, tmp_path / "copy.duckdb"))
    tables = [
        "dim_article",
        "fact_claim",
        "fact_denial",
        "fact_no_comment",
        "fact_citation",
        "dim_outlet",
    ]

    def snapshot():
        with duckdb.connect(str(warehouse), read_only=True) as conn:
            return {
                t: sorted(
                    conn.execute(
                        f"select * exclude (loaded_at, run_id) from {t}"
                        if t == "dim_article"
                        else f"select * from {t}"
                    ).fetchall()
                )
                for t in tables
            }

    before = snapshot()
    skipping = run_ingest([str(SEEDS)], str(warehouse))
    assert skipping.success and skipping.skipped == 2
    assert snapshot() == before
    redoing = run_ingest([str(SEEDS)], str(warehouse), reprocess_unchanged=True)
    assert redoing.success and redoing.skipped == 0 and redoing.loaded["dim_article"] == 2
    assert snapshot() == before


def test_bad_documents_are_quarantined_and_the_rest_loaded(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "good.txt").write_bytes((SEEDS / f"{SEED_000}.txt").read_bytes())
    (folder / "empty.txt").write_bytes(b"   \n")
    (folder / "binary.html").write_bytes(
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    )
    (folder / "broken.html.gz").write_bytes(b"not gzip at all")
    path = tmp_path / "w.duckdb"
    outcome = run_ingest([str(folder)], str(path))
    assert outcome.success
    with duckdb.connect(str(path), read_only=True) as conn:
        assert conn.execute("select count(*) from dim_article").fetchone()[0] == 1
        reasons = dict(conn.execute("select source_uri, reason from quarantine").fetchall())
    by_name = {Path(uri).name: reason for uri, reason in reasons.items()}
    assert set(by_name) == {"empty.txt", "binary.html", "broken.html.gz"}
    assert "empty" in by_name["empty.txt"]
    assert "binary" in by_name["binary.html"]
    assert "gzip" in by_name["broken.html.gz"]


def test_kremlin_denial_in_004_is_linked_to_the_claim_in_000(db) -> None:
    rows = db.execute(
        """select p.speaker, a.source_uri from claim_provenance p
           join fact_claim c on c.claim_id = p.claim_id
           join dim_article a on a.article_id = c.article_id
           where p.stance = 'denied' and p.speaker like '%Kremlin%'"""
    ).fetchall()
    assert rows and rows[0][1].endswith(f"{SEED_000}.txt")


def _statements(db, table: str, seed: str) -> list[tuple]:
    return db.execute(
        f"""select coalesce(f.speaker, ''), f.speaker_type, f.source_count, f.quote_type,
                   coalesce(f.content, ''), o.name, f.role
            from {table} f left join dim_outlet o on o.outlet_id = f.{"cited_outlet_id" if table == "fact_claim" else "target_outlet_id"}
            where f.article_id = ?""",
        [_article_id(db, seed)],
    ).fetchall()


def _find(rows: list[tuple], speaker: str, content: str) -> tuple:
    found = [r for r in rows if speaker.lower() in r[0].lower() and content.lower() in r[4].lower()]
    assert found, (
        f"no statement by {speaker!r} about {content!r} in {[(r[0], r[4][:40]) for r in rows]}"
    )
    return found[0]


def test_every_expected_claim_of_000(db) -> None:
    rows = _statements(db, "fact_claim", SEED_000)
    another = _find(rows, "Another Russian source", "refusal")
    assert another[1] == "anonymous" and another[5] == "Reuters"
    third = _find(rows, "third source", "Everything fell apart with the Americans")
    assert third[3] == "direct"
    turkey = _find(rows, "three Russian sources", "Turkey")
    assert turkey[2] == 3
    fourth = _find(rows, "fourth", "intermediaries")
    assert fourth[1] == "anonymous"
    genuine = _find(rows, "Russian source", "believe Putin was genuine")
    assert genuine[3] == "direct" and genuine[2] == 1


def test_us_authorities_deny_backchannel_discussions_in_000(db) -> None:
    rows = _statements(db, "fact_denial", SEED_000)
    _find(rows, "US authorities", "backchannel")


def test_every_expected_statement_of_004(db) -> None:
    denials = _statements(db, "fact_denial", SEED_004)
    official = _find(denials, "U.S. official", "backchannel")
    assert official[1] == "anonymous" and official[2] == 1
    peskov = _find(denials, "Peskov", "not true")
    assert peskov[6] == "Kremlin spokesman"
    claims = _statements(db, "fact_claim", SEED_004)
    freeze = _find(claims, "", "freeze the conflict")
    assert freeze[5] == "Reuters"
    turkey = _find(claims, "three Russian sources", "Turkey")
    assert turkey[2] == 3
    zelensky = _find(claims, "Zelensky", "not to enter negotiations")
    assert zelensky[1] == "person"


def test_the_report_beside_the_warehouse_shows_the_contested_claim(warehouse: Path) -> None:
    report = (warehouse.parent / "reports" / "latest.md").read_text(encoding="utf-8")
    assert "## Contested claims" in report
    assert "| denied | The Kremlin |" in report
