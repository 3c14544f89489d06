"""The `newsprov` commands as a user types them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipelines.cli import main
from tests.conftest import SEEDS


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "news.duckdb"
    result = CliRunner().invoke(main, ["ingest", "--source", str(SEEDS), "--warehouse", str(path)])
    assert result.exit_code == 0, result.output
    assert "succeeded" in result.output
    return path


def test_sql_prints_table_csv_and_json(warehouse: Path) -> None:
    runner = CliRunner()
    query = "select title from dim_article where title is not null order by title"
    table = runner.invoke(main, ["sql", query, "--warehouse", str(warehouse)])
    assert table.exit_code == 0 and "Kremlin Denies Report" in table.output
    csv = runner.invoke(main, ["sql", query, "--warehouse", str(warehouse), "--format", "csv"])
    assert csv.output.splitlines()[0] == "title"
    as_json = runner.invoke(main, ["sql", query, "--warehouse", str(warehouse), "--format", "json"])
    assert json.loads(as_json.output)[0]["title"].startswith("Kremlin Denies")


def test_sql_is_read_only(warehouse: Path) -> None:
    result = CliRunner().invoke(
        main, ["sql", "drop table dim_article", "--warehouse", str(warehouse)]
    )
    assert result.exit_code != 0 and "read-only" in result.output.lower()


def test_named_queries_run_and_list(warehouse: Path) -> None:
    runner = CliRunner()
    summary = runner.invoke(main, ["query", "summary", "--warehouse", str(warehouse)])
    assert summary.exit_code == 0 and "The Moscow Times" in summary.output
    for name in ("claim_provenance", "cited_reports", "denials", "quarantine"):
        result = runner.invoke(main, ["query", name, "--warehouse", str(warehouse)])
        assert result.exit_code == 0, (name, result.output)
    unknown = runner.invoke(main, ["query", "nope", "--warehouse", str(warehouse)])
    assert unknown.exit_code != 0 and "summary" in unknown.output


def test_missing_warehouse_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["sql", "select 1", "--warehouse", str(tmp_path / "none.duckdb")]
    )
    assert result.exit_code != 0 and "newsprov ingest" in result.output


def test_console_script_ingest_fails_clearly_when_the_run_fails(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the warehouse's folder should be")
    newsprov = Path(sys.executable).with_name("newsprov")
    done = subprocess.run(
        [str(newsprov), "ingest", "--source", str(SEEDS), "--warehouse", str(blocker / "w.duckdb")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode != 0
    assert "the ingest run failed" in done.stderr


def test_duckdb_cli_reads_the_warehouse_and_runs_a_named_query_file(warehouse: Path) -> None:
    duckdb_cli = Path(sys.executable).with_name("duckdb")
    query_file = Path(__file__).resolve().parents[1] / "sql" / "queries" / "summary.sql"
    done = subprocess.run(
        [str(duckdb_cli), "-readonly", "-csv", str(warehouse)],
        stdin=query_file.open(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "The Moscow Times,1," in done.stdout


def test_sql_csv_writes_nested_values_as_json_and_refuses_several_statements(
    warehouse: Path,
) -> None:
    runner = CliRunner()
    nested = runner.invoke(
        main,
        [
            "sql",
            "select [[1, 2], [3]] as x, []::int[] as e",
            "--warehouse",
            str(warehouse),
            "--format",
            "csv",
        ],
    )
    assert nested.exit_code == 0 and nested.output.splitlines()[1] == '"[[1, 2], [3]]",[]'
    several = runner.invoke(main, ["sql", "select 1; select 2", "--warehouse", str(warehouse)])
    assert several.exit_code != 0 and "exactly one SQL statement" in several.output
    nothing = runner.invoke(main, ["sql", "set threads = 1", "--warehouse", str(warehouse)])
    assert nothing.exit_code == 0 and "no result" in nothing.output
