"""Scale benchmark: throughput and peak memory as the corpus grows.

Builds synthetic corpora of N plain-text articles from the seed documents
(each copy made distinct, so none is skipped or merged), ingests each into a
fresh warehouse with `newsprov ingest`, and prints documents per second and
peak memory per size. Flat memory means the last column stops growing.
"""

from __future__ import annotations

import random
import shutil
import sys
from pathlib import Path

from common import OUT, PROJECT_ROOT, ingest

SIZES = [int(n) for n in sys.argv[1:]] or [50, 200, 800]
WORDS = [
    "river",
    "harbour",
    "council",
    "budget",
    "senator",
    "ministry",
    "tariff",
    "pipeline",
    "election",
    "vaccine",
]


def build_corpus(folder: Path, size: int) -> None:
    seeds = sorted((PROJECT_ROOT / "seeds").glob("*.txt"))
    texts = [s.read_text(encoding="utf-8") for s in seeds]
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    rng = random.Random(size)
    for i in range(size):
        extra = " ".join(rng.choice(WORDS) for _ in range(30))
        body = texts[i % len(texts)] + f"\n\nA local official said the {extra} plan was number {i}."
        (folder / f"doc_{i:06d}.txt").write_text(body, encoding="utf-8")


def main() -> None:
    print(f"{'documents':>10} {'seconds':>8} {'docs/s':>8} {'peak MB':>8}")
    for size in SIZES:
        folder = OUT / f"scale_{size}"
        build_corpus(folder, size)
        timing = ingest(folder, OUT / f"scale_{size}.duckdb")
        print(
            f"{size:>10} {timing.seconds:>8.1f} {size / timing.seconds:>8.1f} {timing.peak_rss_mb:>8.0f}"
        )


if __name__ == "__main__":
    main()
