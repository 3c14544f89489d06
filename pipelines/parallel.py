"""Run a pure per-item function over a batch on every core.

Stages call `map_items`; whether that means one process, a local pool or
(later) a Dask cluster is decided here, by configuration, not in the stages.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

# Below this many items a pool costs more (start-up, pickling) than it saves.
MIN_ITEMS_FOR_POOL = 32


def worker_count() -> int:
    configured = os.environ.get("NEWSPROV_WORKERS")
    if configured:
        return max(1, int(configured))
    return os.cpu_count() or 1


def map_items(
    function: Callable[[T], R], items: Sequence[T], workers: int | None = None
) -> list[R]:
    """`[function(x) for x in items]`, in order, spread over processes when worth it."""
    workers = workers or worker_count()
    if workers <= 1 or len(items) < MIN_ITEMS_FOR_POOL:
        return [function(item) for item in items]
    chunksize = max(1, len(items) // (workers * 4))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(function, items, chunksize=chunksize))


def map_chunks(
    function: Callable[[Sequence[T]], list[R]], items: Sequence[T], workers: int | None = None
) -> list[R]:
    """Like `map_items` for functions that want a whole chunk (e.g. spaCy's `nlp.pipe`)."""
    workers = workers or worker_count()
    if workers <= 1 or len(items) < MIN_ITEMS_FOR_POOL:
        return function(items)
    size = -(-len(items) // workers)
    chunks = [items[i : i + size] for i in range(0, len(items), size)]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return [result for part in pool.map(function, chunks) for result in part]
