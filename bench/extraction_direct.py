"""Quick harness: clean + normalise straight over the extraction benchmark's pages.

usage: python bench/extraction_direct.py [PAGES_DIR] [-o predictions.jsonl]
then:  python /work/shared/bench/extraction/score.py predictions.jsonl --truth .../truth_dev.jsonl

Skips the reader, Dagster and DuckDB so a change to cleaning or normalising can be scored in
seconds; the official bench goes through the whole pipeline.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from pathlib import Path

from pipelines.cleaning import CleaningError, clean_document
from pipelines.model import RawDocument
from pipelines.normalising import OutletRegistry, normalise_article

DEFAULT_PAGES = Path("/work/shared/bench/extraction/pages")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("pages", nargs="?", type=Path, default=DEFAULT_PAGES)
    parser.add_argument("-o", "--output", type=Path, default=Path("/tmp/pred_direct.jsonl"))
    args = parser.parse_args()
    manifest = {}
    with (args.pages / "manifest.csv").open(encoding="utf-8", newline="") as handle:
        manifest = {row["file"]: row for row in csv.DictReader(handle)}
    registry = OutletRegistry.load_default()
    files = sorted(p for p in args.pages.iterdir() if p.suffix in (".html", ".htm", ".txt"))
    started = time.perf_counter()
    with args.output.open("w", encoding="utf-8") as out:
        for path in files:
            row = manifest.get(path.name, {})
            doc = RawDocument(
                source_uri=str(path),
                content=path.read_bytes(),
                media_type="text/plain" if path.suffix == ".txt" else "text/html",
                url=row.get("url") or None,
                outlet_hint=row.get("outlet") or None,
                published_hint=row.get("published") or None,
            )
            record: dict[str, object] = {"id": path.name.rsplit(".", 1)[0]}
            try:
                norm = normalise_article(clean_document(doc), registry)
            except CleaningError as error:
                record["error"] = str(error)
            else:
                record.update(
                    body=norm.article.body,
                    date=norm.published_date.isoformat() if norm.published_date else None,
                    date_method=norm.date_method,
                    outlet=norm.outlet.name if norm.outlet else None,
                    outlet_domain=norm.outlet.domain if norm.outlet else None,
                    outlet_method=norm.outlet_method,
                    title=norm.article.title,
                )
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    elapsed = time.perf_counter() - started
    print(
        f"{len(files)} pages in {elapsed:.1f}s: {len(files) / elapsed:.1f} pages/s", file=sys.stderr
    )


if __name__ == "__main__":
    main()
