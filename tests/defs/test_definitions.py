"""The real Dagster definitions: every stage an asset, lineage in order, one pooled writer."""

from __future__ import annotations

import dagster as dg
import pytest

from pipelines.definitions import defs

CONTRACT_TABLES = {
    "dim_outlet",
    "dim_article",
    "fact_claim",
    "fact_denial",
    "fact_no_comment",
    "fact_citation",
    "quarantine",
}


@pytest.fixture(scope="module")
def definitions() -> dg.Definitions:
    return defs()


def test_each_stage_is_an_asset_in_its_group(definitions: dg.Definitions) -> None:
    graph = definitions.resolve_asset_graph()
    groups = {key.to_user_string(): graph.get(key).group_name for key in graph.get_all_asset_keys()}
    assert groups["raw_documents"] == "reading"
    assert groups["clean_articles"] == "cleaning"
    assert groups["normalised_articles"] == "normalising"
    assert groups["statements"] == "extracting"
    assert {t for t, g in groups.items() if g == "warehouse"} >= CONTRACT_TABLES
    for key in graph.get_all_asset_keys():
        assert graph.get(key).description, key


def test_lineage_runs_from_documents_to_tables(definitions: dg.Definitions) -> None:
    graph = definitions.resolve_asset_graph()
    parents = lambda name: {k.to_user_string() for k in graph.get(dg.AssetKey(name)).parent_keys}  # noqa: E731
    assert parents("clean_articles") == {"raw_documents"}
    assert parents("normalised_articles") == {"clean_articles"}
    assert parents("statements") == {"normalised_articles"}
    assert "statements" in parents("fact_claim")
    assert "normalised_articles" in parents("dim_article")
    assert "raw_documents" in parents("quarantine")


def test_warehouse_writer_is_one_pooled_step(definitions: dg.Definitions) -> None:
    graph = definitions.resolve_asset_graph()
    writers = {graph.get(dg.AssetKey(t)).assets_def for t in CONTRACT_TABLES}
    assert len(writers) == 1
    [writer] = writers
    assert writer.op.pool == "duckdb_write"


def test_checks_schedule_and_job_are_defined(definitions: dg.Definitions) -> None:
    assert definitions.resolve_job_def("ingest")
    schedule = definitions.resolve_schedule_def("daily_ingest")
    assert schedule.cron_schedule == "0 6 * * *"
    check_keys = {k.name for k in definitions.resolve_asset_graph().asset_check_keys}
    assert {"documents_loaded_once", "claims_belong_to_articles"} <= check_keys


def test_new_documents_sensor_fires_once_per_change(tmp_path, monkeypatch) -> None:
    import os

    from pipelines.defs.sensors import new_documents

    monkeypatch.setenv("NEWSPROV_SOURCES", str(tmp_path))
    (tmp_path / "a.txt").write_text("first")
    first = new_documents(dg.build_sensor_context())
    assert len(first.run_requests) == 1
    assert isinstance(new_documents(dg.build_sensor_context(cursor=first.cursor)), dg.SkipReason)
    # a file copied in with an old timestamp (cp -p, rsync -a) still counts
    old = tmp_path / "old.txt"
    old.write_text("second")
    os.utime(old, (1_000_000, 1_000_000))
    second = new_documents(dg.build_sensor_context(cursor=first.cursor))
    assert len(second.run_requests) == 1
    old.unlink()  # and so does a deletion
    assert len(new_documents(dg.build_sensor_context(cursor=second.cursor)).run_requests) == 1
    monkeypatch.setenv("NEWSPROV_SOURCES", "https://example.org/feed.xml")
    assert "schedule" in new_documents(dg.build_sensor_context()).skip_message


def test_tables_refuse_stage_outputs_read_for_another_warehouse(tmp_path) -> None:
    from pipelines.defs.resources import WarehouseResource
    from pipelines.defs.warehouse.assets import warehouse_tables
    from pipelines.stages import Batch

    stale = Batch(warehouse=str(tmp_path / "other.duckdb"))
    with pytest.raises(dg.Failure, match="materialise the whole chain"):
        list(
            warehouse_tables(
                context=dg.build_asset_context(),
                warehouse_db=WarehouseResource(path=str(tmp_path / "this.duckdb")),
                raw_documents=stale,
                clean_articles=Batch(),
                normalised_articles=Batch(),
                statements=Batch(),
            )
        )
    assert not (tmp_path / "this.duckdb").exists()
