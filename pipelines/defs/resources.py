"""The warehouse as a Dagster resource: where the DuckDB file is, and how to open it."""

import time
from contextlib import contextmanager

import dagster as dg
import duckdb

from pipelines.loading import warehouse
from pipelines.paths import warehouse_path


class WarehouseResource(dg.ConfigurableResource):
    """The DuckDB warehouse file (empty `path`: NEWSPROV_WAREHOUSE, else warehouse/news.duckdb)."""

    path: str = ""
    lock_timeout_seconds: float = 30.0

    def resolved_path(self) -> str:
        return self.path or warehouse_path()

    @contextmanager
    def connect(self, read_only: bool = False):
        """Open, waiting a while for another process's lock, then fail with a clear message."""
        deadline = time.monotonic() + self.lock_timeout_seconds
        while True:
            try:
                conn = warehouse.connect(self.resolved_path(), read_only=read_only)
                break
            except duckdb.IOException as error:
                if "lock" not in str(error).lower() or time.monotonic() > deadline:
                    raise WarehouseLockedError(self.resolved_path(), error) from error
                time.sleep(0.5)
        try:
            yield conn
        finally:
            conn.close()


class WarehouseLockedError(RuntimeError):
    def __init__(self, path: str, error: Exception):
        super().__init__(
            f"cannot open the warehouse {path}: another process holds it ({error}). "
            "DuckDB allows one writer: close DuckDB CLI or notebook sessions on it "
            "(or open them with -readonly) and run again."
        )


@dg.definitions
def resources() -> dg.Definitions:
    return dg.Definitions(resources={"warehouse_db": WarehouseResource()})
