"""Extraction benchmark: body, date and outlet quality of the real pipeline vs bare trafilatura.

Ingests ../shared/bench/extraction/pages through `newsprov ingest`, scores
the warehouse with the benchmark's own scorer, and measures the baseline
(bare trafilatura + htmldate) in the same run, on the same machine.
"""

from __future__ import annotations

import csv
import json
import os
import time

from common import OUT, SHARED_BENCH, figure, ingest, print_targets, run_scorer

BENCH = SHARED_BENCH / "extraction"


def baseline_predictions(path) -> tuple[int, float]:
    """Bare trafilatura.extract (defaults), htmldate, trafilatura's sitename: the bar to beat."""
    import trafilatura
    from htmldate import find_date

    with (BENCH / "pages" / "manifest.csv").open() as handle:
        urls = {row["file"]: row["url"] for row in csv.DictReader(handle)}
    pages = sorted((BENCH / "pages").glob("*.htm*"))
    started = time.perf_counter()
    with path.open("w") as out:
        for page in pages:
            html = page.read_text(encoding="utf-8", errors="replace")
            body = trafilatura.extract(html, url=urls.get(page.name) or None) or ""
            meta = trafilatura.extract_metadata(html, default_url=urls.get(page.name) or None)
            date = find_date(html, original_date=True, url=urls.get(page.name) or None)
            page_id = page.name.split(".htm")[0]
            outlet = meta.sitename if meta else None
            record = {"id": page_id, "body": body, "date": date, "outlet": outlet}
            out.write(json.dumps(record) + "\n")
    return len(pages), time.perf_counter() - started


def cleaning_speed() -> float:
    """Our cleaning + normalising alone, one process: the like-for-like comparison with
    bare trafilatura (the whole ingest also parses every sentence for attributions)."""
    from pipelines.normalising import OutletRegistry
    from pipelines.stages import clean_batch, normalise_batch, read_batch

    registry = OutletRegistry.load_default()
    docs = read_batch([str(BENCH / "pages")]).records
    os.environ["NEWSPROV_WORKERS"] = "1"
    started = time.perf_counter()
    normalise_batch(clean_batch(docs).records, registry)
    return len(docs) / (time.perf_counter() - started)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    truth = str(BENCH / "truth_dev.jsonl")
    warehouse = OUT / "extraction.duckdb"
    timing = ingest(BENCH / "pages", warehouse)
    predictions = OUT / "extraction_predictions.jsonl"
    predictions.write_text(run_scorer(str(BENCH / "predictions_from_warehouse.py"), str(warehouse)))
    ours = run_scorer(str(BENCH / "score.py"), str(predictions), "--truth", truth)

    base_path = OUT / "extraction_baseline.jsonl"
    pages, base_seconds = baseline_predictions(base_path)
    base = run_scorer(str(BENCH / "score.py"), str(base_path), "--truth", truth)

    print("== newsprov (whole pipeline: read, clean, normalise, extract, load) ==")
    print(ours.rstrip())
    print("\n== baseline: bare trafilatura + htmldate, measured now ==")
    print(base.rstrip())
    print("\n== speed ==")
    print(f"pages: {pages}")
    print(
        f"newsprov ingest (all stages, process start-up included): {timing.seconds:.1f} s, "
        f"{pages / timing.seconds:.1f} pages/s, peak RSS {timing.peak_rss_mb:.0f} MB"
    )
    print(f"bare trafilatura, one core: {base_seconds:.1f} s, {pages / base_seconds:.1f} pages/s")
    print(f"newsprov cleaning + normalising alone, one core: {cleaning_speed():.1f} pages/s")
    print(f"ratio (newsprov / baseline pages per second): {base_seconds / timing.seconds:.2f}")
    everything = ours.split("== ALL", 1)[1].split("\n== ", 1)[0]
    print_targets(
        [
            ("body bag-of-words F1", figure(everything, r"bag-of-words .*?F1"), ">=", 0.965),
            ("boilerplate leak", figure(everything, r"boilerplate leak"), "<=", 0.03),
            ("date exact", figure(everything, r"date \(n=\d+\): exact"), ">=", 0.95),
            ("outlet strict", figure(everything, r"accuracy strict"), ">=", 0.95),
            ("pages with an empty body", figure(everything, r"empty preds"), "<=", 0),
        ]
    )


if __name__ == "__main__":
    main()
