"""A fingerprint of everything that shapes a document's rows: code and reference data.

Stored with each article, it lets an ingest skip a document whose bytes and
pipeline are both unchanged, and reprocess everything after an upgrade.
"""

from __future__ import annotations

import hashlib
from functools import cache

from pipelines.paths import PROJECT_ROOT

SHAPING = ("pipelines", "seeds/reference", "sql/load")
SUFFIXES = {".py", ".csv", ".json", ".yaml", ".sql", ".txt"}
IGNORED_PARTS = {"defs", "__pycache__"}


@cache
def pipeline_version() -> str:
    digest = hashlib.sha256()
    for folder in SHAPING:
        for path in sorted((PROJECT_ROOT / folder).rglob("*")):
            if path.suffix in SUFFIXES and path.is_file() and not IGNORED_PARTS & set(path.parts):
                digest.update(path.relative_to(PROJECT_ROOT).as_posix().encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:12]
