"""Train the claim verifier (`verifier.json`) on an annotated split.

usage: python -m pipelines.extracting.train_verifier PAGES_DIR TRUTH.jsonl
           [--fold-models FOLD0.json FOLD1.json]

Extracts every candidate claim (cue words taken at the low candidate
threshold), matches candidates to the gold attributions the way the claims
benchmark does (cue words sharing a stem, and content or speaker overlapping),
labels a candidate 1 when it matches a speech, denial or no-comment
attribution, and fits a logistic regression. The threshold is the one that
maximises attribution F1 on held-out articles. Only the train split may be
given here: the dev split is for scoring.

The whole recipe, from the repository root (TRAIN = the train split):

    python -m pipelines.extracting.measure_cues TRAIN/pages TRAIN/truth_train.jsonl \
        pipelines/extracting/cues_measured.csv
    python -m pipelines.extracting.train_cue_model TRAIN/pages TRAIN/truth_train.jsonl
    for i in 0 1; do python -m pipelines.extracting.train_cue_model TRAIN/pages \
        TRAIN/truth_train.jsonl --folds 2 --fold $i --out /tmp/cue_fold$i.json; done
    python -m pipelines.extracting.train_verifier TRAIN/pages TRAIN/truth_train.jsonl \
        --fold-models /tmp/cue_fold0.json /tmp/cue_fold1.json
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
from pathlib import Path

from pipelines.extracting import attributions as A
from pipelines.extracting import cue_model, verifier
from pipelines.extracting.measure_cues import f1, read_gold

TOK = re.compile(r"\w+")
POSITIVE = {"speech", "deny", "no_comment"}


def _toks(s: str | None) -> list[str]:
    return [t.lower() for t in TOK.findall(s or "")]


def _f1(a: str | None, b: str | None) -> float:
    x, y = _toks(a), _toks(b)
    if not x or not y:
        return 0.0
    common = sum(min(x.count(t), y.count(t)) for t in set(x))
    if not common:
        return 0.0
    return f1(common / len(x), common / len(y))


def _recall_in(gold: str, text: str | None) -> float:
    g, t = _toks(gold), set(_toks(text))
    return sum(1 for x in g if x in t) / len(g) if g else 0.0


def _matches(drafts, gold) -> dict[int, str]:
    """Draft index -> kind of the gold attribution it matches (one-to-one, best first)."""
    cands = []
    for gi, g in enumerate(gold):
        gstems = {x[:5] for x in _toks(g["cue"])}
        for di, d in enumerate(drafts):
            a = d.att
            if not gstems & {x[:5] for x in _toks(a.cue)}:
                continue
            ov = _recall_in(g["content"], a.content or a.sentence)
            sp = _f1(a.speaker, g["source"])
            if ov >= 0.5 or sp >= 0.5:
                cands.append((ov + 0.5 * sp, gi, di))
    used_g, used_d, out = set(), set(), {}
    for _, gi, di in sorted(cands, reverse=True):
        if gi in used_g or di in used_d:
            continue
        used_g.add(gi)
        used_d.add(di)
        out[di] = gold[gi]["kind"]
    return out


def collect(pages: Path, truth: Path, fold_models: list[Path]):
    """Per article: [(features or None, label)] for every draft, and its count of gold speech.

    With fold models (cue models each trained without one fold of the
    articles, `train_cue_model.py --folds`), every article is read with the
    cue model that never saw it, so the verifier learns from honest cue
    probabilities rather than from the cue model's memory of its training set.
    """
    gold = read_gold(truth)
    ordered = sorted(gold)
    nlp = A.load_nlp()
    verifier.TRAINING = True
    out = []
    folds = fold_models or [cue_model.MODEL_PATH]
    default_path = cue_model.MODEL_PATH
    for k, path in enumerate(folds):
        cue_model.MODEL_PATH = path
        cue_model.model.cache_clear()
        names = [n for i, n in enumerate(ordered) if i % len(folds) == k]
        out.extend(_collect_fold(pages, gold, names, nlp))
    cue_model.MODEL_PATH = default_path
    cue_model.model.cache_clear()
    verifier.TRAINING = False
    return out


def _collect_fold(pages: Path, gold: dict, names: list[str], nlp):
    out = []
    for i in range(0, len(names), 32):
        chunk = names[i : i + 32]
        bodies = [((pages / f"{n}.txt").read_text(encoding="utf-8"), None) for n in chunk]
        for n, (drafts, _) in zip(chunk, A._draft_batch(bodies, nlp), strict=True):
            matched = _matches(drafts, gold[n])
            rows = []
            for di, d in enumerate(drafts):
                judged = d.att.kind == "claim" and d.cue_tok is not None
                label = int(matched.get(di) in POSITIVE)
                rows.append((A.verifier_features(d) if judged else None, label))
            speech = sum(1 for g in gold[n] if g["kind"] == "speech")
            out.append((n, rows, speech))
    return out


def fit(rows, epochs: int = 5, lr: float = 0.05, l2: float = 1e-5) -> dict[str, float]:
    w: dict[str, float] = {}
    g2: dict[str, float] = {}
    rng = random.Random(0)
    order = list(range(len(rows)))
    for _ in range(epochs):
        rng.shuffle(order)
        for k in order:
            feats, y = rows[k]
            z = sum(w.get(f, 0.0) for f in feats)
            g = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))) - y
            for f in feats:
                wf = w.get(f, 0.0)
                grad = g + l2 * wf
                g2[f] = g2.get(f, 1e-8) + grad * grad
                w[f] = wf - lr * grad / math.sqrt(g2[f])
    return w


def _probability(w: dict[str, float], feats: list[str]) -> float:
    z = sum(w.get(f, 0.0) for f in feats)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def best_threshold(w: dict[str, float], arts) -> float:
    speech = sum(s for _, _, s in arts)
    scored = [  # drafts the verifier does not judge (no features) are always kept
        (_probability(w, feats) if feats is not None else 1.0, y)
        for _, rows, _ in arts
        for feats, y in rows
    ]
    best = (0.0, 0.5)
    for thr in [x / 100 for x in range(5, 96, 5)]:
        kept = [y for prob, y in scored if prob >= thr]
        tp = sum(kept)
        kept = len(kept)
        p, r = (tp / kept if kept else 0.0), (tp / speech if speech else 0.0)
        f = f1(p, r)
        print(f"threshold {thr:.2f}: P {p:.3f} R~{r:.3f} F1 {f:.3f}")
        best = max(best, (f, thr))
    return best[1]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("pages", type=Path)
    ap.add_argument("truth", type=Path)
    ap.add_argument("--holdout", type=float, default=0.1)
    ap.add_argument("--fold-models", type=Path, nargs="*", default=[])
    args = ap.parse_args()
    arts = collect(args.pages, args.truth, args.fold_models)
    random.Random(1).shuffle(arts)
    k = int(len(arts) * args.holdout)
    train = [r for _, rows, _ in arts[k:] for r in rows if r[0] is not None]
    print(f"{len(train)} candidate claims, {sum(y for _, y in train)} true")
    thr = best_threshold(fit(train), arts[:k]) if k else 0.5
    w = fit([r for _, rows, _ in arts for r in rows if r[0] is not None])
    model = {
        "threshold": thr,
        "candidate_threshold": verifier.CANDIDATE_THRESHOLD,
        "weights": {f: round(v, 4) for f, v in sorted(w.items()) if abs(v) >= 1e-3},
    }
    verifier.MODEL_PATH.write_text(json.dumps(model, indent=0), encoding="utf-8")
    print(f"wrote {verifier.MODEL_PATH} (threshold {thr})")


if __name__ == "__main__":
    main()
