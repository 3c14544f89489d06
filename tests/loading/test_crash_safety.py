"""A writer killed in the middle of a load leaves the warehouse as it was before."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from pipelines.loading import warehouse
from tests.loading.test_warehouse import _counts, _tables

# Runs in a child process: load a batch, but stop for ever just before the commit
# (after every delete and insert), so the parent can kill it there.
CHILD = textwrap.dedent(
    """
    import sys, time
    from pipelines.loading import warehouse
    from tests.loading.test_warehouse import _tables

    original = warehouse.sql_files
    def pause_before_commit(folder):
        if folder == "load":
            print("inserted", flush=True)
            time.sleep(600)
        return original(folder)
    warehouse.sql_files = pause_before_commit
    with warehouse.connect(sys.argv[1]) as conn:
        warehouse.load_batch(conn, _tables({"a.txt": "A changed", "b.txt": "B", "c.txt": "C"}),
                             ["a.txt", "b.txt", "c.txt"])
    """
)


def test_killed_writer_leaves_the_previous_state(tmp_path: Path) -> None:
    path = tmp_path / "w.duckdb"
    with warehouse.connect(path) as conn:
        warehouse.load_batch(conn, _tables({"a.txt": "A"}), ["a.txt"])
    before = _counts(path)
    root = Path(__file__).resolve().parents[2]
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path)],
        cwd=root,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(root)},
    )
    try:
        assert child.stdout.readline().strip() == "inserted"
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    assert _counts(path) == before
    with warehouse.connect(path, read_only=True) as conn:
        assert conn.execute("select body from dim_article").fetchall() == [("A",)]
    # and the warehouse takes the next load normally
    with warehouse.connect(path) as conn:
        warehouse.load_batch(
            conn, _tables({"a.txt": "A changed", "b.txt": "B"}), ["a.txt", "b.txt"]
        )
    assert _counts(path)["dim_article"] == 2
