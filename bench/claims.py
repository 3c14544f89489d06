"""Claims benchmark: attribution quality of the real pipeline on annotated news, and its speed.

Ingests ../shared/bench/claims/pages through `newsprov ingest`, scores the
warehouse with the benchmark's own scorer, then times claim extraction
alone on one core (articles per second): one cold pass per fresh process, three
processes, the median reported (a single pass on a shared machine varies by ±10 %).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

from common import OUT, SHARED_BENCH, figure, ingest, print_targets, run_scorer

BENCH = SHARED_BENCH / "claims"
SPEED_RUNS = 3


def extraction_speed() -> tuple[int, float]:
    from pipelines.extracting import extract_batch, load_nlp

    texts = [p.read_text(encoding="utf-8") for p in sorted((BENCH / "pages").glob("*.txt"))]
    load_nlp()
    started = time.perf_counter()
    extract_batch([(text, None) for text in texts])
    return len(texts), time.perf_counter() - started


def extraction_speeds(runs: int = SPEED_RUNS) -> list[float]:
    """Articles per second of `extraction_speed`, each in a fresh process (cold caches)."""
    here = Path(__file__).resolve().parent
    code = "from claims import extraction_speed; n, s = extraction_speed(); print(n / s)"
    return [
        float(
            subprocess.run(
                [sys.executable, "-c", code], cwd=here, capture_output=True, text=True, check=True
            ).stdout.split()[-1]
        )
        for _ in range(runs)
    ]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    warehouse = OUT / "claims.duckdb"
    timing = ingest(BENCH / "pages", warehouse)
    print("== newsprov attribution quality (dev split) ==")
    scores = run_scorer(str(BENCH / "score.py"), str(warehouse), str(BENCH / "truth_dev.jsonl"))
    print(scores.rstrip())
    articles = len(list((BENCH / "pages").glob("*.txt")))
    speeds = extraction_speeds()
    speed = statistics.median(speeds)
    print("\n== speed ==")
    print(
        f"newsprov ingest of {articles} articles (all stages): {timing.seconds:.1f} s, "
        f"peak RSS {timing.peak_rss_mb:.0f} MB"
    )
    runs = ", ".join(f"{v:.1f}" for v in speeds)
    print(
        f"claim extraction alone, one core: {speed:.1f} articles/s "
        f"(median of {len(speeds)} cold passes in fresh processes: {runs})"
    )
    print_targets(
        [
            ("attribution F1", figure(scores, r"attribution_f1="), ">=", 0.85),
            ("speaker correct", figure(scores, r"speaker correct"), ">=", 0.90),
            ("content token F1", figure(scores, r"content token F1"), ">=", 0.80),
            ("denial precision", figure(scores, r"denial_p="), ">=", 0.90),
            ("denial recall", figure(scores, r"denial_r="), ">=", 0.80),
            ("no-comment precision", figure(scores, r"nocomment_p="), ">=", 0.95),
            ("claim extraction, articles/s on one core", speed, ">=", 15),
        ]
    )


if __name__ == "__main__":
    main()
