"""The Dagster code location: everything under `pipelines/defs`, run in-process.

The CPU stages spread their own work over every core, and the stages form a
chain, so one process per step would only add start-up time (≈2–3 s a step).
"""

from pathlib import Path

import dagster as dg


@dg.definitions
def defs() -> dg.Definitions:
    return dg.Definitions.merge(
        dg.load_from_defs_folder(path_within_project=Path(__file__).parent),
        dg.Definitions(executor=dg.in_process_executor),
    )
