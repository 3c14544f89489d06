"""Ingest as soon as documents arrive in a watched folder (off until switched on in the UI)."""

import dagster as dg

from pipelines.defs.schedules import ingest_job
from pipelines.paths import default_sources
from pipelines.reading.documents import newest_document_mtime


@dg.sensor(
    name="new_documents",
    job=ingest_job,
    minimum_interval_seconds=60,
    default_status=dg.DefaultSensorStatus.STOPPED,
    description="Starts an ingest when a document in the configured folders (NEWSPROV_SOURCES, "
    "else seeds/) is newer than the last one seen. Unchanged documents are skipped by the run.",
)
def new_documents(context: dg.SensorEvaluationContext) -> dg.SensorResult | dg.SkipReason:
    folders = [s for s in default_sources() if not s.startswith(("http://", "https://"))]
    newest = newest_document_mtime(folders)
    seen = float(context.cursor) if context.cursor else 0.0
    if newest <= seen:
        return dg.SkipReason("no new or changed documents")
    return dg.SensorResult(
        run_requests=[dg.RunRequest(run_key=f"documents-{newest}")], cursor=str(newest)
    )
