"""What both benchmarks share: run the real ingest in a child process and time it."""

from __future__ import annotations

import os
import re
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
    child = subprocess.Popen(
        [str(NEWSPROV), "ingest", "--source", str(source), "--warehouse", str(warehouse)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    stdout, stderr = child.stdout.read(), child.stderr.read()
    # wait4 gives this run's own peak (the ingest process, not its worker processes)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        sys.exit(f"ingest failed:\n{stdout}\n{stderr}")
    peak = usage.ru_maxrss / 1024
    return IngestTiming(seconds, peak, stdout)


def run_scorer(*args: str) -> str:
    done = subprocess.run([sys.executable, *args], capture_output=True, text=True, check=True)
    return done.stdout


def figure(output: str, pattern: str) -> float:
    """The first number the scorer printed after `pattern` (a regex ending where it starts)."""
    match = re.search(pattern + r"\s*(-?[\d.]+)", output)
    if match is None:
        raise ValueError(f"the scorer printed no {pattern!r}")
    return float(match.group(1))


def print_targets(rows: list[tuple[str, float, str, float]]) -> None:
    """The issue's targets beside the measured figures: (measure, value, ">=" or "<=", target)."""
    print("\n== targets (dev split) ==")
    for name, value, op, target in rows:
        met = value >= target if op == ">=" else value <= target
        print(f"{'met ' if met else 'MISS'}  {name}: {value:.3f} (target {op} {target})")
