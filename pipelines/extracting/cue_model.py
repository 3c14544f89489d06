"""A trained cue detector: is this token the word of saying of an attribution?

Speech cues are too varied for a hand list ("said" is only a third of them;
"endorsed", "slammed", "was asked" count too), so a small model scores each
candidate token: a logistic regression over sparse parse features (its lemma,
dependency, subject, neighbours, quotation marks) plus a one-hidden-layer
network over spaCy's contextual token vectors (`doc.tensor`) of the token and
its head, which generalises to cue words never seen in training. It is trained
on the benchmark's train split by `train_cue_model.py`, as the average of five
seeds (itself one such model, its hidden layers side by side); the weights are
data (`cue_model.json`).
"""

from __future__ import annotations

import json
from functools import cache
from itertools import repeat
from pathlib import Path

import numpy as np
from spacy.parts_of_speech import IDS as UNIV_POS
from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token

from pipelines.extracting.lexicon import cues, inflect, measured_cue_lemmas, terms
from pipelines.extracting.parsing import parsed_text

MODEL_PATH = Path(__file__).with_name("cue_model.json")
CANDIDATE_POS = {"VERB", "NOUN", "AUX"}


def is_candidate(tok: Token) -> bool:
    """Tokens the model scores: verbs, nouns, and "according"."""
    return tok.pos_ in CANDIDATE_POS or tok.lower_ == "according"


def _subject_kind(subj: Token) -> str:
    sw = subj.lower_
    if subj.pos_ == "PRON":
        return "pron"
    for cat, name in (
        ("anonymous_head", "anon"),
        ("role_head", "role"),
        ("evidence_noun", "evid"),
        ("organization_word", "org"),
    ):
        if sw in terms(cat):
            return name
    return subj.pos_


def features(
    tok: Token,
    lem: str,
    quoted: set[int],
    sent_quotes: tuple[int, int] | None = None,
    sent: Span | None = None,
    colon: int | None = None,
) -> list[str]:
    """Sparse features of a candidate cue token: its word, its place in the parse, its quotes.

    `sent_quotes` is the first and last quoted token of the token's sentence,
    precomputed by `score_doc` so scoring stays linear in sentence length, as
    is the token's sentence `sent` (`tok.sent` walks the document each time)
    and the character offset of its first colon (`colon`, -1 if none).
    """
    doc = tok.doc
    kids = list(tok.children)
    deps = {c.dep_ for c in kids}

    def word(i: int) -> str:
        return doc[i].lower_ if 0 <= i < len(doc) else "<s>"

    def pos(i: int) -> str:
        return doc[i].pos_ if 0 <= i < len(doc) else "<s>"

    subj = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None)
    lex = cues().get(lem)
    if sent is None:
        sent = tok.sent
    if colon is None:
        colon = _first_colon(sent)
    if sent_quotes is None:
        inside = [t.i for t in sent if t.i in quoted]
        sent_quotes = (inside[0], inside[-1]) if inside else (-1, -1)
    quote_before = sent_quotes[0] != -1 and sent_quotes[0] < tok.i
    quote_after = sent_quotes[1] > tok.i
    head = tok.head
    f = [
        "bias",
        f"l={lem}",
        f"lp={lem}|{tok.pos_}",
        f"lt={lem}|{tok.tag_}",
        f"t={tok.tag_}",
        f"d={tok.dep_}",
        f"ld={lem}|{tok.dep_}",
        f"hl={head.lower_}",  # a root is its own head (the model was trained so)
        f"hp={head.pos_}|{tok.dep_}",
        f"q={tok.i in quoted}",
        f"qb={quote_before}|qa={quote_after}",
        f"lq={lem}|{quote_before}|{quote_after}",
        f"pw={word(tok.i - 1)}",
        f"nw={word(tok.i + 1)}",
        f"pw2={word(tok.i - 2)}",
        f"nw2={word(tok.i + 2)}",
        f"pp={pos(tok.i - 1)}|{tok.pos_}",
        f"np={tok.pos_}|{pos(tok.i + 1)}",
        f"lnw={lem}|{word(tok.i + 1)}",
        f"lpw={lem}|{word(tok.i - 1)}",
        f"first={tok.i == sent.start}",
        f"lex={lex.kind if lex else None}|{tok.pos_}",
    ]
    for c in kids:
        f.append(f"cd={c.dep_}")
        f.append(f"lcd={lem}|{c.dep_}")
        if c.dep_ in ("prep", "prt", "agent"):
            f.append(f"lcw={lem}|{c.lower_}")
    if "ccomp" in deps and "nsubj" in deps:
        f.append("ccomp+nsubj")
    if subj is not None:
        kind = _subject_kind(subj)
        f.append(f"subj={kind}")
        f.append(f"lsubj={lem}|{kind}")
        f.append(f"subjw={subj.lower_}")
    else:
        f.append("subj=none")
        f.append(f"lsubj={lem}|none")
    if any(c.dep_ == "ccomp" and c.i in quoted for c in kids):
        f.append("ccomp_quoted")
    if any(c.dep_ == "neg" for c in kids):
        f.append("neg")
    f.extend(_context_features(tok, lem, quoted, kids, subj, sent, colon))
    return f


def _first_colon(sent: Span) -> int:
    """The document offset of the sentence's first colon, -1 if it has none."""
    return parsed_text(sent.doc).find(":", sent.start_char, sent.end_char)


_QUOTE_CHARS = {'"', "“", "”", "''", "``", "‘", "’"}


def _context_features(
    tok: Token,
    lem: str,
    quoted: set[int],
    kids: list[Token],
    subj: Token | None,
    sent: Span,
    colon: int,
) -> list[str]:
    """Where the token stands: next to a quotation or a colon, under which word, with what."""
    doc = tok.doc
    head = tok.head

    def near_quote(rng: range) -> bool:
        return any(0 <= i < len(doc) and (i in quoted or doc[i].text in _QUOTE_CHARS) for i in rng)

    before = near_quote(range(tok.i - 3, tok.i))
    after = near_quote(range(tok.i + 1, tok.i + 4))
    f = [
        f"adjq={before}|{after}",
        f"ladjq={lem}|{before}|{after}",
        f"hdep={tok.dep_}|{head.dep_}|{head.pos_}",
        f"hld={head.lower_}|{tok.dep_}",
        f"ldh={lem}|{tok.dep_}|{head.pos_}",
        f"cap={tok.text[:1].isupper()}|{tok.pos_}",
        f"slen={min(len(sent) // 10, 5)}",
    ]
    if colon >= 0:
        f.append(f"colon={'before' if colon < tok.idx else 'after'}")
    if subj is not None:
        f.append(f"subjpos={'after' if subj.i > tok.i else 'before'}|{subj.pos_}")
        f.append(f"lsubjpos={lem}|{'after' if subj.i > tok.i else 'before'}")
    for c in kids:
        if c.dep_ in ("dobj", "attr", "oprd"):
            f.append(f"obj={c.lower_}")
            f.append(f"lobj={lem}|{c.pos_}|{c.i in quoted}")
        elif c.dep_ == "ccomp":
            marks = [g.lower_ for g in c.children if g.dep_ == "mark"]
            f.append(f"ccm={lem}|{marks[0] if marks else '-'}")
            f.append(f"ccq={c.i in quoted}|{c.i > tok.i}")
        elif c.dep_ == "poss":
            f.append(f"poss={c.pos_}|{tok.pos_}")
    anc = next((a for a in tok.ancestors if a.pos_ == "VERB"), None)
    if anc is not None:
        f.append(f"anc={anc.lower_}")
    return f


def dense(tok: Token) -> np.ndarray:
    """The contextual vectors of the token and of its head, from the shared tok2vec."""
    t = tok.doc.tensor
    if t is None or t.shape[0] != len(tok.doc) or t.shape[1] == 0:
        return np.zeros(DENSE_DIM, dtype=np.float32)
    return np.concatenate([t[tok.i], t[tok.head.i]]).astype(np.float32)


DENSE_DIM = 192


class CueModel:
    """Sparse logistic regression plus a small network over contextual vectors."""

    def __init__(self, data: dict):
        self.threshold = float(data.get("threshold", 0.5))
        self.weights: dict[str, float] = data["weights"]
        self.bias = float(data.get("bias", 0.0))
        mlp = data.get("mlp")
        if mlp:
            self.w1 = np.asarray(mlp["w1"], dtype=np.float32)
            self.b1 = np.asarray(mlp["b1"], dtype=np.float32)
            self.w2 = np.asarray(mlp["w2"], dtype=np.float32)
            self.mean = np.asarray(mlp["mean"], dtype=np.float32)
            self.std = np.asarray(mlp["std"], dtype=np.float32)
        else:
            self.w1 = None

    def logits(self, feats: list[list[str]], vecs: np.ndarray | None) -> np.ndarray:
        w = self.weights
        get = w.get
        z = np.array([sum(map(get, fs, repeat(0.0))) for fs in feats], dtype=np.float32)
        z += self.bias
        if self.w1 is not None and vecs is not None and len(vecs):
            h = np.maximum(((vecs - self.mean) / self.std) @ self.w1 + self.b1, 0.0)
            z += h @ self.w2
        return z

    def probabilities(self, feats: list[list[str]], vecs: np.ndarray | None) -> np.ndarray:
        z = np.clip(self.logits(feats, vecs), -30, 30)
        return 1.0 / (1.0 + np.exp(-z))


@cache
def model() -> CueModel | None:
    if not MODEL_PATH.exists():
        return None
    return CueModel(json.loads(MODEL_PATH.read_text(encoding="utf-8")))


def available() -> bool:
    return model() is not None


def threshold() -> float:
    m = model()
    return m.threshold if m else 0.5


@cache
def scored_lemmas() -> frozenset[str]:
    """Nouns and auxiliaries are scored only when annotated news has used them as cues."""
    return measured_cue_lemmas(min_hits=1, min_rate=0.0)


@cache
def _scored_form_ids() -> frozenset[int]:
    return frozenset(hash_string(f) for lem in scored_lemmas() for f in inflect(lem))


_CANDIDATE_POS_IDS = frozenset(UNIV_POS[p] for p in CANDIDATE_POS)
_VERB = UNIV_POS["VERB"]
_ACCORDING = hash_string("according")


def score_doc(doc: Doc, quoted: set[int], lemma_of) -> dict[int, float]:
    """Probability that each candidate token of the sentence is a cue."""
    m = model()
    if m is None:
        return {}
    known = scored_lemmas()
    forms = _scored_form_ids()
    toks = []
    lemmas = []
    pos, lower = doc.to_array("POS").tolist(), doc.to_array("LOWER").tolist()
    for i in range(len(doc)):  # from the arrays: a token object per word costs more
        if i in quoted or not (pos[i] in _CANDIDATE_POS_IDS or lower[i] == _ACCORDING):
            continue
        if pos[i] != _VERB and lower[i] not in forms:
            continue  # not worth a lemma: lemmatizing is the slow part of scoring
        t = doc[i]
        lem = lemma_of(t)
        if t.pos_ == "VERB" or lem in known:
            toks.append(t)
            lemmas.append(lem)
    if not toks:
        return {}
    bounds: dict[int, tuple[int, int]] = {}
    sent_of: dict[int, Span] = {}
    colons: dict[int, int] = {}
    for sent in doc.sents:
        colons[sent.start] = _first_colon(sent)
        inside = [i for i in range(sent.start, sent.end) if i in quoted]
        bounds[sent.start] = (inside[0], inside[-1]) if inside else (-1, -1)
        for i in range(sent.start, sent.end):
            sent_of[i] = sent
    feats = [
        features(
            t, lem, quoted, bounds[sent_of[t.i].start], sent_of[t.i], colons[sent_of[t.i].start]
        )
        for t, lem in zip(toks, lemmas, strict=True)
    ]
    vecs = np.stack([dense(t) for t in toks]) if m.w1 is not None else None
    probs = m.probabilities(feats, vecs)
    return {t.i: float(p) for t, p in zip(toks, probs, strict=True)}
