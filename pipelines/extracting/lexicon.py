"""Cue and term lexicons, read from the CSV files beside this module; outlets from the registry.

The lexicons are data, not code, so they can be measured against annotated
news and revised without touching the extractor.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

HERE = Path(__file__).parent


@dataclass(frozen=True)
class Cue:
    phrase: str
    kind: str  # assert | deny | no_comment | report | belief
    pos: str
    requires: str = ""  # clause | clause_or_object | claim_object | animate | particle:X | …

    def needs(self, requirement: str) -> bool:
        """Whether the cue requires this ("particle:down+claim_object" requires both)."""
        return requirement in self.requires.split("+")

    @property
    def particle(self) -> str | None:
        """The particle a phrasal cue requires ("out" of "point out"), if any."""
        parts = self.requires.split("+")
        return next((r.removeprefix("particle:") for r in parts if r.startswith("particle:")), None)


def _rows(name: str) -> list[dict[str, str]]:
    with (HERE / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(line for line in fh if not line.startswith("#")))


@cache
def _first_names() -> dict[str, str]:
    return {r["name"]: r["pronoun"] for r in _rows("first_names.csv")}


def pronoun_of_first_name(name: str) -> str | None:
    """ "he" for Donald, "she" for Hélène, None for Jean or Taylor (`first_names.csv`)."""
    return _first_names().get(_plain(name)) or None


def is_first_name(name: str) -> bool:
    """A first name people go by ("Jean", "Jean-Baptiste", "Hélène"), not "Manchester"."""
    return _plain(name.split("-")[0]) in _first_names()


def _plain(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()


@cache
def _affiliations() -> dict[tuple[str, ...], tuple[str, str | None]]:
    """Words of a place or institution (lower-cased) -> (affiliation, the exact spelling
    required, for acronyms such as "US" that are also words)."""
    out: dict[tuple[str, ...], tuple[str, str | None]] = {}
    for r in _rows("affiliations.csv"):
        term = r["term"].strip()
        exact = term if term.upper() == term else None
        out[tuple(term.lower().split())] = (r["affiliation"].strip(), exact)
    return out


@cache
def longest_affiliation() -> int:
    """Words in the longest place or institution name (`affiliations.csv`)."""
    return max((len(k) for k in _affiliations()), default=0)


def affiliation_of(words: Sequence[str]) -> str | None:
    """The country or institution these words name ("Kremlin" -> Russia), "US" only as
    written (lower-case "us" is a pronoun)."""
    hit = _affiliations().get(tuple(w.lower() for w in words))
    if hit is None or (hit[1] is not None and " ".join(words) != hit[1]):
        return None
    return hit[0]


@cache
def cues() -> dict[str, Cue]:
    """Cue lemma (or phrase) -> cue; the last row wins so later rows can override."""
    out: dict[str, Cue] = {}
    for r in _rows("cues.csv"):
        phrase = r["phrase"].strip().lower()
        out[phrase] = Cue(
            phrase, r["kind"].strip(), r["pos"].strip(), (r.get("requires") or "").strip()
        )
    return out


def terms(category: str) -> dict[str, str]:
    """All terms of one category, lower-cased, with their value ("three" -> "3")."""
    return _terms_by_category().get(category, {})


@cache
def _terms_by_category() -> dict[str, dict[str, str]]:
    """terms.csv read once (it has thousands of rows and dozens of categories)."""
    out: dict[str, dict[str, str]] = {}
    for r in _rows("terms.csv"):
        category = out.setdefault(r["category"].strip(), {})
        category[r["term"].strip().lower()] = (r.get("value") or "").strip()
    return out


def load_all() -> None:
    """Read every table now, so the first article does not pay for it."""
    cues()
    _terms_by_category()
    person_nouns()
    said_nouns()
    _first_names()
    _affiliations()
    _registry()
    measured_cue_lemmas()
    measured_rates()


@cache
def person_nouns() -> frozenset[str]:
    """Nouns for a person by their role or standing ("spokesman", "lawyer", "mayor")."""
    return frozenset(terms("role_head")) | frozenset(terms("person_noun"))


@cache
def said_nouns() -> frozenset[str]:
    """Words for what can be denied: reports ("story", "article") and claims ("allegations")."""
    return frozenset(terms("report_noun")) | frozenset(terms("claim_noun"))


@cache
def _registry():
    from pipelines.normalising.outlets import OutletRegistry  # the project's outlet registry

    return OutletRegistry.load_default()


def _norm_outlet(text: str) -> str:
    """The phrase without a possessive ending or a leading "the", as written."""
    text = text.strip().replace("’", "'")
    text = text.removesuffix("'s").removesuffix("'").strip()
    if text[:4].lower() == "the ":
        text = text[4:]
    return text.strip()


@cache
def outlet_name(text: str) -> str | None:
    """The outlet a phrase names ("Reuters'", "the Associated Press"), as written, else None.

    Names, aliases and domains come from the project's outlet registry
    (`OutletRegistry.load_default()`); a phrase must be capitalised as a name
    is ("the hill" is not The Hill).
    """
    name = _norm_outlet(text)
    if not name or not any(ch.isupper() for ch in name) or len(name) > 60:
        return None
    the = text.strip().lower().startswith("the ")
    return name if _registry().resolve(name) is not None or _masthead(name, the) else None


def _masthead(name: str, the: bool) -> bool:
    """A publication's name though not in the registry: capitalised words ending in a
    masthead word ("the Harbour Gazette", "Snack Industry News", "PharmaWatch Weekly"); one
    that is also a name only after "the" ("the Lakeside Herald", not "Jennifer Post")."""
    words = name.split()
    if not words or not all(w[:1].isupper() for w in words):
        return False
    mastheads = terms("masthead_word")
    # "the Gazette-Ledger", "the Star-Tribune": the last of a hyphenated masthead
    last = words[-1].lower().rsplit("-", 1)[-1]
    mast = mastheads.get(words[-1].lower(), mastheads.get(last))
    if "-" in words[-1] and len(words) == 1:
        words = words[0].split("-")  # one hyphenated word: its parts are the name's words
    elif len(words) == 1 and (camel := _CAMEL_MASTHEAD.fullmatch(words[0])):
        # "TechLedger", "CityTimes"; not with a word that is also a name's ("ProtonMail",
        # "SunExpress", "TechNation")
        return mastheads.get(camel[1].lower()) == ""
    elif len(words) == 1:  # "the Ledger report", "the Chronicle" (not "the News", "the Daily")
        return the and mast is not None and last not in _COMMON_MASTHEADS
    if (
        words[0].lower() in _PERIODICITY
        and the
        and len(words) <= 4
        and words[-1].lower() not in terms("organization_word")
    ):
        # "the Sunday Lantern", "the Weekend Courier"; not "Sunday Dare", "Morning Consult",
        # "The Sunday Assembly"
        return True
    return (
        1 < len(words) <= 5
        and mast is not None
        and (mast != "the" or the)
        and all(w[:1].isupper() for w in words)  # not "Jennifer Epstein of Bloomberg News"
        # not "Sheriff Tom Journal", "Dr. Emily Times": a title makes a person
        and words[0].lower().rstrip(".") not in terms("title")
        and words[0].lower() not in person_nouns()
    )


_CAMEL_MASTHEAD = re.compile(r"[A-Z][a-z]+([A-Z][a-z]+)")
_COMMON_MASTHEADS = {"news", "daily", "weekly", "leader"}  # "the Leader's report": a council's
# words a paper is named for when it comes out (only after "the": "Sunday" is also a first
# name, "Morning Consult" a pollster, "Daily Harvest" a company)
_PERIODICITY = {"sunday", "saturday", "daily", "weekend", "evening", "morning"}


@cache
def measured_cue_lemmas(min_hits: int = 3, min_rate: float = 0.1) -> frozenset[str]:
    """Lemmas that head a speech, denial or no-comment cue often enough in annotated news.

    Read from `cues_measured.csv` (written by `measure_cues.py` from the
    train split); it widens the pre-filter beyond the hand-curated cues.
    """
    path = HERE / "cues_measured.csv"
    if not path.exists():
        return frozenset()
    out = set()
    for r in _rows("cues_measured.csv"):
        hits = int(r["speech"]) + int(r["deny"]) + int(r["no_comment"])
        if (
            r["pos"] in ("VERB", "NOUN", "AUX")
            and hits >= min_hits
            and float(r["cue_rate"]) >= min_rate
        ):
            out.add(r["lemma"])
    return frozenset(out)


@cache
def measured_rates() -> dict[str, float]:
    """Lemma -> share of its verb occurrences that head a cue in annotated news."""
    path = HERE / "cues_measured.csv"
    if not path.exists():
        return {}
    return {
        r["lemma"]: float(r["cue_rate"]) for r in _rows("cues_measured.csv") if r["pos"] == "VERB"
    }


def inflect(lemma: str) -> set[str]:
    """Regular inflections of an English verb or noun, over-generated on purpose (a filter)."""
    out = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"}
    if lemma.endswith("e"):
        out.add(lemma[:-1] + "ing")
    if lemma.endswith("y"):
        out.update({lemma[:-1] + "ies", lemma[:-1] + "ied"})
    if len(lemma) > 2 and lemma[-1] not in "aeiouwy" and lemma[-2] in "aeiou":
        out.update({lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"})
    return out
