"""A second, trained opinion on each claim once it is assembled.

The cue model sees one word; the verifier sees the whole attribution: how
sure the cue model was, whether the word is a curated cue, who the speaker
is (type, length), where the content came from (a that-clause, a quotation,
an object, the rest of the sentence) and how long it is. Cue candidates are
taken at a low threshold and the verifier keeps those that look like real
attributions, which buys recall without the precision cost. It is a sparse
logistic regression trained by `train_verifier.py` on the train split; the
weights are data (`verifier.json`).
"""

from __future__ import annotations

import json
import math
from functools import cache
from pathlib import Path

from spacy.tokens import Token

from pipelines.model import Attribution

MODEL_PATH = Path(__file__).with_name("verifier.json")
CANDIDATE_THRESHOLD = 0.2  # cue-model probability above which a word becomes a candidate
TRAINING = False  # set by the trainer: take candidates at the low threshold, keep them all


def _bucket(n: float, edges: tuple[float, ...]) -> int:
    return sum(1 for e in edges if n >= e)


def features(
    att: Attribution,
    how: str,
    cue_p: float,
    lexical: bool,
    cue_tok: Token,
    lem: str,
    speaker_toks: list[Token],
) -> list[str]:
    """What the verifier looks at: the cue, the speaker, the content, and how each was found."""
    p = _bucket(cue_p, (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9))
    spk = len(speaker_toks)
    content = len((att.content or "").split())
    head = speaker_toks[-1] if speaker_toks else None
    return [
        "bias",
        f"p={p}",
        f"lex={lexical}",
        f"lexp={lexical}|{p}",
        f"lem={lem}",
        f"lemhow={lem}|{how}",
        f"how={how}",
        f"howp={how}|{p}",
        f"st={att.speaker_type}",
        f"sthow={att.speaker_type}|{how}",
        f"qt={att.quote_type}",
        f"kind={att.kind}",
        f"spk={_bucket(spk, (1, 2, 4, 8, 15))}",
        f"cont={_bucket(content, (1, 3, 6, 12, 25, 50))}",
        f"dep={cue_tok.dep_}",
        f"tag={cue_tok.tag_}",
        f"deptag={cue_tok.dep_}|{cue_tok.tag_}",
        f"spkpos={head.pos_ if head is not None else None}",
        f"cited={att.cited_outlet is not None}",
    ]


@cache
def _model() -> dict | None:
    if not MODEL_PATH.exists():
        return None
    return json.loads(MODEL_PATH.read_text(encoding="utf-8"))


def available() -> bool:
    return _model() is not None


def candidate_threshold() -> float:
    m = _model()
    return float(m.get("candidate_threshold", CANDIDATE_THRESHOLD)) if m else CANDIDATE_THRESHOLD


def probability(feats: list[str]) -> float:
    m = _model()
    if m is None:
        return 1.0
    w = m["weights"]
    z = sum(w.get(f, 0.0) for f in feats)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def keep(feats: list[str]) -> bool:
    m = _model()
    return m is None or probability(feats) >= float(m["threshold"])
