"""Ingest as soon as the documents in the watched folders change (off until switched on)."""

import dagster as dg

from pipelines.defs.schedules import ingest_job
from pipelines.paths import default_sources
from pipelines.reading.documents import folder_state


@dg.sensor(
    name="new_documents",
    job=ingest_job,
    minimum_interval_seconds=60,
    default_status=dg.DefaultSensorStatus.STOPPED,
    description="Starts an ingest when a document or manifest in the configured folders "
    "(NEWSPROV_SOURCES, else seeds/) is added, removed or changed. Web sources are left to the "
    "daily schedule. Unchanged documents are skipped by the run.",
)
def new_documents(context: dg.SensorEvaluationContext) -> dg.SensorResult | dg.SkipReason:
    folders = [s for s in default_sources() if not s.startswith(("http://", "https://"))]
    if not folders:
        return dg.SkipReason("only web sources are configured: the daily schedule fetches them")
    state = folder_state(folders)
    if state == context.cursor:
        return dg.SkipReason("no document added, removed or changed")
    # no run key: a folder may return to an earlier state, and the cursor already
    # keeps one state from starting two runs
    return dg.SensorResult(run_requests=[dg.RunRequest()], cursor=state)
