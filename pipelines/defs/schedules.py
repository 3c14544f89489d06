"""The daily ingest: every stage, then the warehouse, once a day."""

from __future__ import annotations

import dagster as dg

ingest_job = dg.define_asset_job(
    name="ingest",
    selection=dg.AssetSelection.all(),
    description="Read the sources, clean, normalise, extract and load the warehouse.",
)

daily_ingest = dg.ScheduleDefinition(
    name="daily_ingest",
    job=ingest_job,
    cron_schedule="0 6 * * *",
    execution_timezone="UTC",
    description="Ingest the configured sources (NEWSPROV_SOURCES, else seeds/) every day at 06:00 UTC.",
    default_status=dg.DefaultScheduleStatus.STOPPED,
)
