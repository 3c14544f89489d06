"""Run the attribution extractor straight over a claims-benchmark split and score it.

usage: python bench/claims_direct.py PAGES_DIR OUT.duckdb [TRUTH.jsonl]

Skips reading/cleaning/normalising (the benchmark pages are already clean
text) so the extractor can be measured on its own, and reports throughput.
"""

from __future__ import annotations

import csv
import datetime
import subprocess
import sys
import time
from pathlib import Path

import duckdb

from pipelines.extracting import extract_batch, load_nlp
from pipelines.model import stable_id

SCORER = Path("/work/shared/bench/claims/score.py")


def main(pages: Path, out: Path, truth: Path | None) -> None:
    dates: dict[str, datetime.date | None] = {}
    manifest = pages / "manifest.csv"
    if manifest.exists():
        with manifest.open(newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                pub = (row.get("published") or "").strip()
                dates[row["file"]] = datetime.date.fromisoformat(pub[:10]) if pub else None
    files = sorted(pages.glob("*.txt"))
    bodies = [(f.read_text(encoding="utf-8"), dates.get(f.name)) for f in files]
    nlp = load_nlp()
    t0 = time.perf_counter()
    results = []
    for i in range(0, len(bodies), 32):
        results.extend(extract_batch(bodies[i : i + 32], nlp=nlp))
    dt = time.perf_counter() - t0
    print(f"{len(files)} articles in {dt:.1f}s: {len(files) / dt:.1f} articles/s (one process)")
    out.unlink(missing_ok=True)
    con = duckdb.connect(str(out))
    con.execute("CREATE TABLE dim_article(article_id VARCHAR, source_uri VARCHAR)")
    cols = (
        "article_id VARCHAR, speaker VARCHAR, speaker_type VARCHAR, cue VARCHAR, sentence VARCHAR"
    )
    con.execute(f"CREATE TABLE fact_claim({cols}, content VARCHAR)")
    con.execute(f"CREATE TABLE fact_denial({cols}, content VARCHAR)")
    con.execute(f"CREATE TABLE fact_no_comment({cols})")
    for f, (atts, _) in zip(files, results, strict=True):
        aid = stable_id(f.name)
        con.execute("INSERT INTO dim_article VALUES (?, ?)", [aid, str(f)])
        for a in atts:
            row = [aid, a.speaker, a.speaker_type, a.cue, a.sentence]
            if a.kind == "no_comment":
                con.execute("INSERT INTO fact_no_comment VALUES (?, ?, ?, ?, ?)", row)
            else:
                table = "fact_claim" if a.kind == "claim" else "fact_denial"
                con.execute(f"INSERT INTO {table} VALUES (?, ?, ?, ?, ?, ?)", [*row, a.content])
    con.close()
    if truth is not None:
        subprocess.run([sys.executable, str(SCORER), str(out), str(truth)], check=True)


if __name__ == "__main__":
    args = sys.argv[1:]
    main(Path(args[0]), Path(args[1]), Path(args[2]) if len(args) > 2 else None)
