"""Where the project's files live, found from this package so any working directory works."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SQL_DIR = PROJECT_ROOT / "sql"
SEEDS_DIR = PROJECT_ROOT / "seeds"
DEFAULT_WAREHOUSE = PROJECT_ROOT / "warehouse" / "news.duckdb"
DAGSTER_HOME = PROJECT_ROOT / ".dagster"


def warehouse_path() -> str:
    """The warehouse file: `NEWSPROV_WAREHOUSE` if set, else warehouse/news.duckdb."""
    return os.environ.get("NEWSPROV_WAREHOUSE") or str(DEFAULT_WAREHOUSE)


def ensure_dagster_home() -> Path:
    """Point DAGSTER_HOME at the project's instance, so CLI, UI and tests share one history.

    The instance folder `.dagster/` is git-ignored; it holds a link to the
    top-level `dagster.yaml`, which is the one place the instance is configured.
    """
    if os.environ.get("DAGSTER_HOME"):
        return Path(os.environ["DAGSTER_HOME"])
    DAGSTER_HOME.mkdir(exist_ok=True)
    link = DAGSTER_HOME / "dagster.yaml"
    if not link.exists():
        link.symlink_to(Path("..") / "dagster.yaml")
    os.environ["DAGSTER_HOME"] = str(DAGSTER_HOME)
    return DAGSTER_HOME


def default_sources() -> list[str]:
    """`NEWSPROV_SOURCES` (whitespace-separated), else the seeds/ folder as seen from here."""
    configured = os.environ.get("NEWSPROV_SOURCES", "").split()
    if configured:
        return configured
    try:
        return [SEEDS_DIR.relative_to(Path.cwd()).as_posix()]
    except ValueError:
        return [str(SEEDS_DIR)]
