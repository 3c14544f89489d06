"""What both benchmarks share: run the real ingest in a child process and time it."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SHARED_BENCH = Path(os.environ.get("NEWSPROV_SHARED", PROJECT_ROOT.parent / "shared")) / "bench"
OUT = PROJECT_ROOT / "bench" / "out"
NEWSPROV = Path(sys.executable).with_name("newsprov")


@dataclass
class IngestTiming:
    seconds: float
    peak_rss_mb: float
    output: str


def ingest(source: Path, warehouse: Path) -> IngestTiming:
    """`newsprov ingest` as a user runs it, into a fresh warehouse."""
    warehouse.parent.mkdir(parents=True, exist_ok=True)
    for leftover in (warehouse, warehouse.with_suffix(".duckdb.wal")):
        leftover.unlink(missing_ok=True)
    started = time.perf_counter()
    done = subprocess.run(
        [str(NEWSPROV), "ingest", "--source", str(source), "--warehouse", str(warehouse)],
        capture_output=True,
        text=True,
    )
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"ingest failed:\n{done.stdout}\n{done.stderr}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return IngestTiming(seconds, peak, done.stdout)


def run_scorer(*args: str) -> str:
    done = subprocess.run([sys.executable, *args], capture_output=True, text=True, check=True)
    return done.stdout
