"""Run the ingest job through Dagster against the project's instance.

Going through Dagster (not calling the stages directly) is what makes every
CLI run appear in the UI's run history with its lineage and metadata.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class IngestOutcome:
    success: bool
    run_id: str
    loaded: dict[str, int]
    rejected: list[tuple[str, str, str]]
    error: str | None = None
    skipped: int = 0

    def summary(self) -> str:
        lines = [f"run {self.run_id}: {'succeeded' if self.success else 'FAILED'}"]
        if self.skipped:
            lines.append(f"skipped {self.skipped} document(s) unchanged since they were loaded")
        if self.loaded:
            lines.append("loaded: " + ", ".join(f"{table} {n}" for table, n in self.loaded.items()))
        if self.rejected:
            lines.append(f"quarantined {len(self.rejected)} document(s):")
            lines += [f"  {uri} [{stage}] {reason}" for uri, stage, reason in self.rejected[:20]]
            if len(self.rejected) > 20:
                lines.append(f"  … and {len(self.rejected) - 20} more (newsprov query quarantine)")
        return "\n".join(lines)


def run_ingest(
    sources: list[str],
    warehouse: str,
    log_level: str = "CRITICAL",
    reprocess_unchanged: bool = False,
    prune_missing: bool = False,
) -> IngestOutcome:
    import dagster as dg

    from pipelines.definitions import defs

    job = defs().resolve_job_def("ingest")
    run_config = {
        "ops": {
            "raw_documents": {
                "config": {
                    "sources": sources,
                    "reprocess_unchanged": reprocess_unchanged,
                    "prune_missing": prune_missing,
                }
            }
        },
        "resources": {"warehouse_db": {"config": {"path": warehouse}}},
        "loggers": {"console": {"config": {"log_level": log_level}}},
    }
    tags = {
        "newsprov/launched_by": "newsprov ingest",
        "newsprov/sources": " ".join(sources)[:1000],
        "newsprov/warehouse": warehouse,
    }
    result = job.execute_in_process(
        run_config=run_config, instance=dg.DagsterInstance.get(), raise_on_error=False, tags=tags
    )
    loaded: dict[str, int] = {}
    rejected: list[tuple[str, str, str]] = []
    skipped = 0
    if result.success:
        skipped = len(result.output_for_node("raw_documents").skipped)
        for event in result.get_asset_materialization_events():
            materialization = event.event_specific_data.materialization
            rows = materialization.metadata.get("rows_loaded_this_run")
            if rows is not None:
                loaded[materialization.asset_key.to_user_string()] = rows.value
        for step in ("raw_documents", "clean_articles", "normalised_articles", "statements"):
            batch = result.output_for_node(step)
            rejected += [(r.source_uri, r.stage, r.reason) for r in batch.rejected]
    error = None
    if not result.success:
        failures = [e for e in result.all_events if e.is_step_failure]
        error = (
            "; ".join(f"{e.step_key}: {_root_cause(e.step_failure_data.error)}" for e in failures)
            or "see the run in the Dagster UI"
        )
    return IngestOutcome(result.success, result.run_id, loaded, rejected, error, skipped)


def _root_cause(error) -> str:
    """The user's error, not Dagster's wrappers around it (nor what our error wraps)."""
    while error.cause is not None and error.cls_name.startswith("Dagster"):
        error = error.cause
    return error.message.strip()
