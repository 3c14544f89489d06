"""An attribution while it is being read, and what the article has said so far.

Shared by the readers of claims, denials and no-comments: a draft keeps the
tokens behind its fields until speakers are typed and resolved.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from spacy.tokens import Token

from pipelines.model import Attribution


@dataclass
class Draft:
    """An attribution before its speaker has been typed by NER."""

    att: Attribution
    speaker_toks: list[Token] = field(default_factory=list)
    name: str = ""  # the person's name within the speaker span ("Dmitry Peskov")
    how: str = ""  # where the content came from: clause | quote | object | prep | …
    cue_p: float = 1.0  # the cue model's probability for the cue word
    lexical: bool = False  # a curated cue trusted without the verifier (an agent says it)
    cue_tok: Token | None = None
    # a denied report that names no source: its outlet may be the one the next sentences cite
    open_report: bool = False
    # "Ruiz could not be reached": a no-comment only if Ruiz is a person named before
    person_only: bool = False


@dataclass
class ArticleContext:
    """What the article has said so far, for resolving "he", "the spokesman", "the agency"."""

    published: datetime.date | None
    # words the article writes capitalised inside a sentence: its names ("the Bramley Rovers"),
    # so a headline's capitalised plural can be told from a common noun ("Surveys")
    names: frozenset[str] = frozenset()
    persons: dict[str, str] = field(default_factory=dict)  # surname -> full name
    last_person: str | None = None
    last_outlet: str | None = None
    outlets: set[str] = field(default_factory=set)  # the outlets cited so far, by name
    # (outlet, sentence index) of the last report denied or made by an outlet
    last_report: tuple[str | None, int] | None = None
