"""Cheap sentence and quote segmentation, so only candidate sentences are parsed."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.lang.en.stop_words import STOP_WORDS

from pipelines.cleaning.text import colon_dateline, wire_dateline
from pipelines.extracting.lexicon import cues, inflect, terms
from pipelines.normalising.dates import dateline_country

OPEN_QUOTES = '“"'
_BOUNDARY = re.compile(r"[.!?…]+[\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])")
_PARA = re.compile(r"\n\s*\n|\n")
_INITIALS = re.compile(r"^(?:[a-z]\.){2,}$")  # "G.K.", "D-N.C." ends in "n.c."


@dataclass(frozen=True)
class Unit:
    """A sentence (or several, when a quotation runs across them) with its offsets."""

    index: int
    start: int
    end: int
    text: str
    paragraph: int


_MARKS = re.compile("“|”|\"|''")


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans of double-quoted passages, including the marks.

    Curly (“…”), straight ("…") and doubled single quotes (''…'', a house
    style of some papers) are recognised, and a straight mark paired with a
    curly one ("…” as some copy mixes them). An unclosed quote runs to the end of
    the text (news paragraphs often leave a quotation open when it continues
    in the next paragraph).
    """
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    open_mark = ""
    for m in _MARKS.finditer(text):
        mark, i = m.group(), m.start()
        if open_at is None:
            if mark == "”" or (mark != "“" and not _opens(text, i)):
                continue
            open_at, open_mark = i, mark
        elif mark == {"“": "”"}.get(open_mark, open_mark) or (
            open_mark in '“"' and mark in '"”'  # mixed marks: '"…”' and '“…"' close
        ):
            spans.append((open_at, m.end()))
            open_at = None
    if open_at is not None:
        spans.append((open_at, len(text)))
    return spans


# British single quotation marks: one opens after a space, a bracket or a dash, before a
# letter (not an elision, "'90s"); one closes after a letter or the end of a sentence, before a
# space or punctuation, but not after the "s" of a plural possessive ("the players' union")
_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(\[—–-]))['‘](?=[A-Za-z])")
_SINGLE_CLOSE = re.compile(r"(?<=[A-Za-z0-9.,!?…])['’](?=[\s,.;:!?)\]—–-]|$)")
_DOUBLE_MARKS = re.compile("[“”\"]|''")  # '' the doubled single quote of some papers


def double_quoted(body: str) -> str:
    """The body with the single quotation marks of paragraphs that use no double ones written
    as double marks ("'There has been no agreement,' a spokesman said."; a headline's
    "‘I did nothing wrong’"), so one reader serves both styles. Same length, so offsets hold;
    `written_as` gives the article's own marks back."""
    if "'" not in body and "‘" not in body:
        return body
    out = list(body)
    start = 0
    for para in body.split("\n"):
        if not _DOUBLE_MARKS.search(para):
            _double(para, start, out)
        start += len(para) + 1
    return "".join(out)


def _double(para: str, start: int, out: list[str]) -> None:
    opens = {m.start() for m in _SINGLE_OPEN.finditer(para) if not _elision(para, m.start())}
    closes = {m.start() for m in _SINGLE_CLOSE.finditer(para)}
    open_at = None
    last_close = max(closes, default=-1)
    for i in sorted(opens | closes):
        if open_at is None and i in opens:
            open_at = i
        elif (
            open_at is not None
            and i in closes
            # "the players' union", unless nothing else could close the quotation: "MP
            # rejects 'cash for access' claims"
            and (not _plural_possessive(para, i) or i == last_close)
        ):
            if i - open_at > 2:  # not "rock 'n' roll"
                out[start + open_at], out[start + i] = "“", "”"
            open_at = None
    if open_at is not None and open_at == 0:  # runs on into the next paragraph
        out[start] = "“"


# a word that lost its first letters, not a quotation: "'Tis the season", "'Em and the others"
_ELISION = re.compile(r"['‘](?:tis|twas|em|cause|cos|til|till|bout|n|round|s)\b", re.IGNORECASE)


def _elision(para: str, i: int) -> bool:
    return _ELISION.match(para, i) is not None


def _plural_possessive(para: str, i: int) -> bool:
    """ "the players' union", not "it 'refutes in the strongest terms' any suggestion"."""
    after = para[i + 1 :].split(maxsplit=1)
    word = after[0] if after else ""
    return para[i - 1] == "s" and word[:1].islower() and word not in STOP_WORDS


def written_as(text: str, doubled: str, body: str) -> str:
    """A string read from the `double_quoted` body, with the article's own marks."""
    if doubled == body or not text:
        return text
    at = doubled.find(text)
    if at >= 0:
        return body[at : at + len(text)]
    pieces = _BETWEEN_QUOTATIONS.split(text)  # "“…,” “…”": several quotations joined
    if len(pieces) > 1:
        return " ".join(written_as(p, doubled, body) for p in pieces)
    if not _DOUBLE_MARKS.search(body):  # every double mark read was a single one
        opening = "‘" if "‘" in body else "'"
        closing = "’" if "’" in body and opening == "‘" else "'"
        return text.replace("“", opening).replace("”", closing)
    return text


_BETWEEN_QUOTATIONS = re.compile(r"(?<=”) (?=“)")


def _opens(text: str, i: int) -> bool:
    """A straight quote opens when it is not glued to the end of a word."""
    return i == 0 or not (text[i - 1].isalnum() or text[i - 1] in ".,!?;:")


def _abbrev_end(text: str, pos: int) -> bool:
    """True when the sentence-final period at `pos` belongs to an abbreviation or initial."""
    start = text.rfind(" ", 0, pos) + 1
    word = text[start : pos + 1].lower().lstrip("(\"“‘'")
    if word in terms("abbreviation") or _INITIALS.match(word):
        return True
    return len(word) == 2 and word[0].isalpha()  # an initial: "J."


def split_units(body: str) -> list[Unit]:
    """Sentences of the body, never breaking inside an open double quotation."""
    units: list[Unit] = []
    para_start = 0
    para_no = 0
    bylines = 0  # "By Wycliffe Cheruiyot" between the headline and a dateline
    for m in list(_PARA.finditer(body)) + [None]:
        para_end = m.start() if m else len(body)
        para = body[para_start:para_end]
        if para.strip():
            if para_no == bylines + 1 and _BYLINE.match(para.strip()):
                bylines += 1
            place = para_no - bylines  # as if no byline: the dateline's paragraph is 1
            quotes = quote_spans(para)
            cut = 0
            dateline = wire_dateline(para) if place < 2 else None
            for b in _BOUNDARY.finditer(para):
                dot = b.start()
                end = b.end()
                if dateline is not None and dot < dateline.end():
                    continue  # "RIVERTON, Ga. (AP) — …": a state's abbreviation
                if any(s < end - 1 < e - 1 for s, e in quotes):
                    continue  # inside a quotation
                if para[dot] == "." and _abbrev_end(para, dot):
                    continue
                if _opens_with_quotation(para, cut, dot, quotes) and _speaker_tag(para[end:]):
                    continue  # "“Why not?” Vitter demanded.": the quotation is the tag's
                _add(units, body, para_start + cut, para_start + end, para_no, cut == 0, place)
                cut = end
            _add(units, body, para_start + cut, para_end, para_no, cut == 0, place)
            para_no += 1
        if m is None:
            break
        para_start = m.end()
    return units


def _speaker_tag(text: str) -> bool:
    """ "Vitter demanded.", "The senator asked," : a few words ending in a verb of saying,
    the tag of the quotation before it."""
    words = text.split(maxsplit=6)
    for k, word in enumerate(words[1:6], start=1):
        if word[-1:] in ".,;" and word[:-1].lower() in _tag_verbs():
            then = words[k + 1][:1] if k + 1 < len(words) else ""
            # not "She adds, “What …”": a new quotation follows, the verb leads into it
            leads_in = word[-1] == "," and then in OPEN_QUOTES + "‘'"
            return words[0][:1].isupper() and not leads_in
        if word[-1:] in ".!?;":
            return False  # "Labour disagreed. Starmer tweeted, …": the tag ends before
    return False


def _opens_with_quotation(para: str, cut: int, dot: int, quotes: list[tuple[int, int]]) -> bool:
    """The sentence so far is one quotation ending at `dot` ("“Why not?”"), not words with a
    quoted phrase at their end ("called the plan “reckless.”")."""
    closing = para[dot:].lstrip(".!?…’'")[:1]  # "… do you need?’”" closes two
    if closing not in '”"':
        return False
    start = len(para[cut:]) - len(para[cut:].lstrip()) + cut
    start += _lead_end(para[start:dot])  # "WASHINGTON — “Why not?”", "Then: “Why not?”"
    return any(s == start and e > dot for s, e in quotes)


_LEAD = re.compile(r"(?:and|but|so|then|yet)\b[:,]?\s*", re.IGNORECASE)


def _lead_end(text: str) -> int:
    """Where a dateline or a linking word before a sentence's opening quotation ends."""
    end = _dateline_end(text, quotation_next=True)
    lead = _LEAD.match(text, end)
    return lead.end() if lead else end


@cache
def _tag_verbs() -> frozenset[str]:
    forms = {"said", "told", "wrote"}
    for phrase, cue in cues().items():
        if cue.kind in ("assert", "deny") and " " not in phrase:
            forms |= {f for f in inflect(phrase) if f.endswith(("d", "s"))}
    return frozenset(forms)


def _add(
    units: list[Unit],
    body: str,
    start: int,
    end: int,
    para: int,
    first: bool = False,
    place: int | None = None,
) -> None:
    text = body[start:end]
    lead = len(text) - len(text.lstrip())
    place = para if place is None else place  # the paragraph's number past any byline
    # the headline's, or the first paragraph's ("MUMBAI: " only there, or known)
    if first and place < 2 and (end := _dateline_end(text[lead:], colon_place=place == 1)):
        lead += end + len(text[lead + end :]) - len(text[lead + end :].lstrip())
    if first and para == 0 and (label := _LABEL.match(text[lead:])):  # "Exclusive: …"
        lead += label.end()
    text = text[lead:].rstrip()
    if text:
        units.append(Unit(len(units), start + lead, start + lead + len(text), text, para))


# "By Wycliffe Cheruiyot", "By Sibusiso Zulu and Jane Doe", "By Staff Reporter"
_BYLINE = re.compile(r"^By\s+[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|and|&|in|,))*\s*$")
_BARE_WIRE = re.compile(r"^\s*\((?P<wire>[A-Z][A-Za-z .&-]{1,40})\)\s*(?:--|[-—–])\s")
# a label before a headline: "Exclusive: …", "UPDATE 2-…", "Analysis - …"
_LABEL = re.compile(
    r"^(?:exclusive|analysis|breaking(?: news)?|update(?: \d+)?|watch|opinion|explainer|factbox"
    r"|live|editorial|insight|focus|special report|fact check|corrected|refile)\s*(?::|-|–|—)\s*",
    re.IGNORECASE,
)


def _dateline_end(text: str, quotation_next: bool = False, colon_place: bool = False) -> int:
    """Where a dateline opening the body's first paragraphs ends ("JERUSALEM (AP) — Israel's
    military …"), so the parser does not take it for the first sentence's subject; 0 if none.
    Without a wire in brackets the place must be a known dateline city ("WASHINGTON — ") or
    look like a place, not an acronym: two words or more, a region after it, or five letters
    or more ("PORT ELLERY — ", "HAMILTON, New Zealand — ", "MILLBROOK — "); so "US - China
    talks resumed" and "NATO — the alliance" keep their words. With `quotation_next`, a
    quotation may open what follows ("WASHINGTON — “Why not?” …"). "MUMBAI: " is one when the
    gazetteer knows the place or, with `colon_place`, the text opens the body."""
    if (colon := colon_dateline(text)) and (
        colon_place or dateline_country(colon.group("dateline")) is not None
    ):
        return colon.end()
    match = wire_dateline(text) or _BARE_WIRE.match(text)  # also "(Reuters) - Drugmaker …"
    first = text[match.end() :].lstrip()[:1] if match else ""
    if not (first.isupper() or (quotation_next and first in ("“", '"'))):
        return 0
    if "wire" in match.groupdict() or dateline_country(match.group("dateline")) is not None:
        return match.end()
    place = match.group("dateline").strip()
    placelike = " " in place or len(place) >= 5 or text[match.end("dateline")] == ","
    return match.end() if placelike else 0
