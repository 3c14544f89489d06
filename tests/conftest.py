"""Shared fixtures: a private Dagster instance and warehouse per test session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SEEDS = PROJECT_ROOT / "seeds"


@pytest.fixture(scope="session", autouse=True)
def dagster_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A throw-away instance configured by the project's own dagster.yaml."""
    home = tmp_path_factory.mktemp("dagster_home")
    (home / "dagster.yaml").symlink_to(PROJECT_ROOT / "dagster.yaml")
    previous = os.environ.get("DAGSTER_HOME")
    os.environ["DAGSTER_HOME"] = str(home)
    os.environ.setdefault("NEWSPROV_ARCHIVE", str(home / "archive"))
    yield home
    if previous is None:
        os.environ.pop("DAGSTER_HOME", None)
    else:
        os.environ["DAGSTER_HOME"] = previous
