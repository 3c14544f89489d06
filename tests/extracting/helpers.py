"""Small helpers shared by the extractor's tests."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipelines.extracting import extract_attributions
from pipelines.model import Attribution


def one(nlp: Language, text: str, kind: str | None = None, date=None) -> Attribution:
    """The first attribution of `text` (of `kind`, if given); fails if there is none."""
    atts, _ = extract_attributions(text, date, nlp=nlp)
    atts = [a for a in atts if kind is None or a.kind == kind]
    assert atts, text
    return atts[0]


def only(nlp: Language, text: str, kind: str) -> Attribution:
    """The one attribution of `kind` in `text`; fails if there is none or more than one."""
    (att,) = [a for a in extract_attributions(text, nlp=nlp)[0] if a.kind == kind]
    return att


def of_kind(nlp: Language, text: str, kind: str) -> list[Attribution]:
    """Every attribution of `kind` in `text`, in order (none is no failure)."""
    return [a for a in extract_attributions(text, nlp=nlp)[0] if a.kind == kind]


def kinds(nlp: Language, text: str) -> list[str]:
    """The kinds of every attribution of `text`, in order."""
    return [a.kind for a in extract_attributions(text, nlp=nlp)[0]]


def parsed(nlp: Language, words, heads, deps, tags=None, pos=None) -> Doc:
    """A hand-made parse, for the parser's mistakes a rule works around."""
    n = len(words)
    return Doc(
        nlp.vocab,
        words=words,
        heads=heads,
        deps=deps,
        tags=tags or ["NN"] * n,
        pos=pos or ["NOUN"] * n,
    )


def resolutions(nlp: Language, text: str) -> list[tuple[str | None, str | None]]:
    """(speaker as written, speaker resolved) of every attribution of `text`, in order."""
    return [(a.speaker, a.speaker_resolved) for a in extract_attributions(text, nlp=nlp)[0]]
