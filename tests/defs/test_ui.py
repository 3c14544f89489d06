"""`dagster dev` from the project root serves every asset with its lineage (real server)."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[2]
QUERY = "{ assetNodes { assetKey { path } groupName dependencyKeys { path } } }"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _restore_sigint() -> None:
    # a process started from a script may inherit an ignored SIGINT; dagster dev needs it
    os.setsid()
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.fixture()
def dagster_dev(dagster_home: Path):
    port = _free_port()
    dagster = Path(sys.executable).with_name("dagster")
    process = subprocess.Popen(
        [str(dagster), "dev", "-h", "127.0.0.1", "-p", str(port)],
        cwd=PROJECT_ROOT,
        env={**os.environ, "DAGSTER_HOME": str(dagster_home)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        preexec_fn=_restore_sigint,
    )
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        os.killpg(process.pid, signal.SIGINT)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def _graphql(base: str, deadline: float) -> dict:
    request = urllib.request.Request(
        f"{base}/graphql",
        data=json.dumps({"query": QUERY}).encode(),
        headers={"Content-Type": "application/json"},
    )
    while True:
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                data = json.load(response)
            if data.get("data", {}).get("assetNodes"):
                return data
        except OSError:
            pass
        if time.monotonic() > deadline:
            raise TimeoutError("dagster dev did not serve the asset graph in time")
        time.sleep(1)


def test_dagster_dev_serves_the_asset_graph(dagster_dev: str) -> None:
    data = _graphql(dagster_dev, time.monotonic() + 120)
    nodes = {
        "/".join(n["assetKey"]["path"]): (
            n["groupName"],
            {"/".join(d["path"]) for d in n["dependencyKeys"]},
        )
        for n in data["data"]["assetNodes"]
    }
    assert nodes["raw_documents"] == ("reading", set())
    assert nodes["clean_articles"] == ("cleaning", {"raw_documents"})
    assert nodes["statements"][1] == {"normalised_articles"}
    assert nodes["fact_denial"] == ("warehouse", {"statements"})
