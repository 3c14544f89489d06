"""Measure cue words on an annotated split: how often each lemma is a cue, and of what kind.

usage: python -m pipelines.extracting.measure_cues PAGES_DIR TRUTH.jsonl OUT.csv

For every verb/noun lemma in the pages, counts its occurrences and how many
of them head a gold cue of each kind (speech, belief, deny, no_comment).
The output is the evidence `cues.csv` is curated from: a word becomes a cue
when it is a cue often enough, and its kind is the majority kind.
"""

from __future__ import annotations

import collections
import csv
import json
import sys
from pathlib import Path

from pipelines.extracting.parsing import lemma, load_nlp, parse

KINDS = ("speech", "belief", "deny", "no_comment")


def cue_head(tokens):
    """The word that carries a cue span: its verb, else its noun, else its first word."""
    for pos in ("VERB", "NOUN", "ADJ", "ADP"):
        for t in tokens:
            if t.pos_ == pos and t.lemma_ not in ("be", "have", "do"):
                return t
    return tokens[0] if tokens else None


def gold_cue_head(cue_spans, token_at: dict):
    """The head word of an annotated cue, from its character spans and a char -> token map."""
    tokens = []
    for start, end in cue_spans:
        for c in range(start, end):
            if c in token_at and token_at[c] not in tokens:
                tokens.append(token_at[c])
    return cue_head(tokens)


def read_gold(truth: Path) -> dict[str, list[dict]]:
    """The annotated attributions of a split's truth file, per article name."""
    with truth.open(encoding="utf-8") as handle:
        return {d["article"]: d["attributions"] for d in map(json.loads, handle)}


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def main(pages: Path, truth: Path, out: Path) -> None:
    nlp = load_nlp()
    gold = read_gold(truth)
    names = sorted(gold)
    texts = [(pages / f"{n}.txt").read_text(encoding="utf-8") for n in names]
    occ: collections.Counter = collections.Counter()
    hit: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    docs = parse(nlp, texts)
    for name, doc in zip(names, docs, strict=True):
        by_char = {}
        for t in doc:
            for c in range(t.idx, t.idx + len(t.text)):
                by_char[c] = t
        for t in doc:
            if t.pos_ in ("VERB", "NOUN", "ADP", "PUNCT"):
                occ[(lemma(t), t.pos_)] += 1
        for a in gold[name]:
            head = gold_cue_head(a["spans"]["cue"], by_char)
            if head is not None:
                hit[(lemma(head), head.pos_)][a["kind"]] += 1
    rows = []
    for key, n in occ.items():
        h = hit.get(key)
        if not h:
            continue
        total = sum(h.values())
        rows.append([key[0], key[1], n, *(h[k] for k in KINDS), round(total / n, 3)])
    rows.sort(key=lambda r: -sum(r[3:7]))
    with out.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["lemma", "pos", "occurrences", *KINDS, "cue_rate"])
        w.writerows(rows)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]))
