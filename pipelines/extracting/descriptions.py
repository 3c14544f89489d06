"""Who a description in the lead is: "A care home manager has denied 11 counts of neglect.
Patricia Holloway, 58, …". Wire and court copy describe the person first and name them in
the next sentences; the description, the headline's "Care home manager" and the pronouns
resolved to the description all mean the person named."""

import re

from pipelines.extracting import speakers as sp
from pipelines.extracting.lexicon import (
    affiliation_of,
    is_first_name,
    person_nouns,
    pronoun_of_first_name,
    terms,
)
from pipelines.extracting.parsing import COURT_PARTS
from pipelines.extracting.sentences import split_units
from pipelines.model import Attribution

_DETERMINERS = ("a", "an", "the")
_LEAD = 3  # units (the headline is 0): a description there is of somebody named after it
_AHEAD = 2  # sentences after the description in which the name is looked for
# where a description's head noun ends: "A materials physicist at the University of …"
_AFTER_HEAD = {"at", "of", "in", "from", "for", "with", "on", "who", "whose", "based", ","}
_TITLE = (
    r"(?:(?:Professor|Prof\.|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Miss|Rep\.|Sen\.|Sgt\.?|Judge|Rev\.?"
    r"|Father|Fr\.?|Pastor|Bishop|Sir|Dame|Lord|Lady|Cllr\.?|PC|Det\.?)\s+)"
)
_NAME = re.compile(
    rf"\b{_TITLE}?([A-Z][a-zà-ÿ'’]+(?:-[A-Z]?[a-zà-ÿ'’]+)?(?:\s+[A-Z][\wà-ÿ'’-]+){{1,2}})"
)


def name_descriptions(atts: list[Attribution], body: str) -> None:
    """Resolve a person described in the lead, before the article names them, to the name."""
    described = [a for a in atts if a.sentence_index <= _LEAD and _description(a)]
    bodies = [a for a in atts if a.sentence_index <= _LEAD and _body_described(a)]
    if not described and not bodies:
        return
    units = split_units(body)
    spoken = " ".join(a.speaker or "" for a in atts)
    names: dict[str, str] = {}  # the description as written -> the name
    for a in bodies:  # "A chemical manufacturer … denied …. Gulfmark Chemicals said …"
        if (name := _body_named_after(a, atts, units)) is not None:
            names[a.speaker or ""] = name
    for a in described:
        if _headline(a):
            continue  # the headline's, below
        earlier = _up_to(units, a.sentence_index)
        if a.speaker.split()[0].lower() == "the" and _person_named(earlier):
            continue  # "the New Jersey governor" after "Christie": an epithet, not a lead
        name = _named_after(a, atts, units, spoken, earlier)
        if name:
            names[a.speaker or ""] = name
    for a in described:  # "Physicist rejects …" over "A materials physicist … has rejected"
        if _headline(a) and a.speaker not in names:
            head = _head_noun(a.speaker or "")
            lead = next((d for d in names if _head_noun(d) == head), None)
            if lead is not None:
                names[a.speaker or ""] = names[lead]
    if not names:
        return
    surnames = {name.split()[-1]: name for name in names.values()}
    # "the sergeant refuted that account" after "A police sergeant … Sgt Daniel Okoro"
    heads = {_head_noun(d): name for d, name in names.items()}
    for a in atts:
        resolved = a.speaker_resolved or a.speaker
        words = (a.speaker or "").lower().split()
        if resolved == a.speaker and len(words) == 2 and words[0] == "the" and words[1] in heads:
            a.speaker_resolved = heads[words[1]]
        elif resolved in names:
            a.speaker_resolved = names[resolved]
            if a.speaker_type == "unknown":
                a.speaker_type = "person"
        elif resolved == a.speaker and a.speaker_type == "person":
            words = (a.speaker or "").split()  # "Mrs Fairbairn", never named in full before
            titled = len(words) == 1 or not is_first_name(words[0])  # not "Kevin Fairbairn"
            if len(words) <= 2 and words[-1] in surnames and titled:
                a.speaker_resolved = surnames[words[-1]]


def _description(a: Attribution) -> bool:
    """ "A care home manager", "The headteacher of an academy in Kent", a headline's
    "Physicist": a person by role, no name in it."""
    words = (a.speaker or "").split()
    if not words or a.speaker_type not in ("person", "unknown"):
        return False
    if (a.speaker_resolved or a.speaker) != a.speaker:
        return False  # already somebody's
    if words[0].lower() not in _DETERMINERS and not _headline(a):
        return False
    if any(
        is_first_name(w) and n[:1].isupper() for w, n in zip(words[1:], words[2:], strict=False)
    ):
        return False  # "A representative for actor Sienna Marlowe" speaks for a named person
    if any(w[:1].isdigit() or w.lower() in ("percent", "%") for w in words):
        return False  # "the 30 percent of voters"
    head = _head_noun(a.speaker or "")
    return head in person_nouns() or head.endswith(("ist", "er", "or", "ant", "ent"))


def _body_described(a: Attribution) -> bool:
    """ "A chemical manufacturer", "An Indian drugmaker": a body by its trade, unnamed."""
    words = (a.speaker or "").split()
    return (
        a.speaker_type == "organization"
        and len(words) >= 2
        and words[0].lower() in ("a", "an")
        and (a.speaker_resolved or a.speaker) == a.speaker
        and not any(w[:1].isupper() for w in words[1:] if not affiliation_of([w]))
    )


def _body_named_after(a: Attribution, atts: list[Attribution], units: list) -> str | None:
    """The company that speaks first in the next sentences, opening its sentence by its name,
    not named before the description (not a regulator, "The Environment Agency said …", nor
    "Analysts at Morgan Stanley": "The …" only when its name ends in the description's noun,
    "The Northfield Learning Trust" for "An academy trust")."""
    earlier = _up_to(units, a.sentence_index)
    head = _head_noun(a.speaker or "")
    for b in atts:
        if not a.sentence_index < b.sentence_index <= a.sentence_index + _AHEAD:
            continue
        name = b.speaker_resolved or b.speaker or ""
        words = name.split()
        opens = b.speaker is not None and b.sentence.startswith(b.speaker)
        # a body, or a company's name NER took for a person's ("Gulfmark Chemicals")
        body = b.speaker_type == "organization" or bool(_COMPANY_END.search(name))
        if not body or not opens or not name[:1].isupper():
            continue
        if words[0].lower() == "the" and words[-1].lower().rstrip(".,") != head:
            continue
        if {w.lower() for w in words} & _NOT_A_COMPANY:
            continue
        if re.search(rf"\b{re.escape(words[0])}\b", earlier):
            continue  # named in the lead already: another party
        return name
    return None


# bodies that speak about a company, not as it
_NOT_A_COMPANY = {"agency", "department", "ministry", "commission", "regulator", "authority"}
_NOT_A_COMPANY |= {"police", "council", "court", "analysts", "government", "organization"}
_NOT_A_COMPANY |= {"organisation", "office", "board", "union", "association", "inspectorate"}


_COMPANY_END = re.compile(
    r"\b(?:Inc|Ltd|LLC|Corp|Co|Group|Holdings|Bhd|AG|plc|SA|NV|GmbH|Industries|Chemicals"
    r"|Pharmaceuticals|Systems|Motors|Foods|Airlines|Partners|Technologies|Energy|Mining)\.?$"
)


def _headline(a: Attribution) -> bool:
    """The first line, with no full stop closing it."""
    return a.sentence_index == 0 and not a.sentence.rstrip(" ’'\"”").endswith((".", "?", "!"))


def _head_noun(speaker: str) -> str:
    words = []
    for w in speaker.replace(",", " , ").split():
        if w.lower() in _AFTER_HEAD and words:
            break
        words.append(w)
    return words[-1].lower() if words else ""


def _named_after(
    a: Attribution, atts: list[Attribution], units: list, spoken: str, earlier: str
) -> str | None:
    """The person the sentences right after the description's name: opening a sentence or
    given an age ("Patricia Holloway, 58, …"), not named before, whose words or lawyer the
    article reports by surname, of the description's gender; not somebody another role or
    "a second …" introduces ("Judge Anna Price, 61, adjourned …", "Newcastle boss Eddie
    Howe"), nor the victim or accuser ("Emily Watson, 34, was thrown …"). One who denies
    there ("Gary Stone, 45, denies the charge") is meant before any other."""
    head = _head_noun(a.speaker or "")
    gender = sp.gender_of(head) or _gender_said(a)  # "The wife of a man shot …": hers
    deniers = " ".join(d.speaker or "" for d in atts if d.kind == "denial" and d is not a)
    found = []
    for unit in units[a.sentence_index + 1 : a.sentence_index + 1 + _AHEAD]:
        for m in _NAME.finditer(unit.text):
            name = m.group(1)
            first, surname = name.split()[0], name.split()[-1]
            if not is_first_name(first):
                continue
            before = unit.text[: m.start(1)].split()
            roles = {w.lower().strip(".,") for w in before[-4:]} & (person_nouns() | _BENCH)
            if roles - {head} - _TITLES or {w.lower() for w in before[-3:]} & _ANOTHER:
                continue  # "Judge Anna Price", "Newcastle boss Eddie Howe", "A second teacher"
            if {w.lower().strip(".,") for w in before[-2:]} & COURT_PARTS:
                continue  # "Prosecuting, Eleanor Quist KC told the court": counsel, not them
            if _HARMED.match(unit.text, m.end()):
                continue  # "Emily Watson, 34, was thrown from her bike"
            opens = all(w[:1].isupper() for w in before)  # "U.S. District Judge …", "The Rev."
            aged = _AGE.match(unit.text, m.end()) is not None
            if not (opens or aged) or surname in earlier or surname not in spoken:
                continue  # named before, or never heard from
            if gender and pronoun_of_first_name(first) not in (None, gender):
                continue
            found.append(name)
    denying = next((n for n in found if n.split()[-1] in deniers), None)
    return denying or (found[0] if found else None)


# a title is part of the name ("Professor Ingrid Solberg"), not another role
_TITLES = set(terms("title")) | {"professor", "father", "pastor", "bishop", "dame", "cllr", "pc"}
_TITLES |= {"det"}
_BENCH = {"judge", "justice", "magistrate", "coroner", "recorder", "prosecutor", "sheriff"}
_ANOTHER = {"second", "another", "fellow", "other", "co-accused", "third"}
# what befell a victim, or an accuser's act: "…, 34, was thrown …", "… had accused the official"
_HARMED = re.compile(
    r"(?:,[^,]{1,40},)?\s+(?:was|were|had been)\s+(?:thrown|killed|injured|hit|struck"
    r"|taken|attacked|assaulted|stabbed|shot)\b|(?:,[^,]{1,40},)?\s+(?:died|had accused|accused"
    r"|alleged|complained)\b"
)


def _up_to(units: list, index: int) -> str:
    """The article's text up to and including unit `index`."""
    return " ".join(u.text for u in units[: index + 1])


def _person_named(text: str) -> bool:
    """Whether the text names somebody by first name and surname."""
    return any(is_first_name(m.group(1).split()[0]) for m in _NAME.finditer(text))


_AGE = re.compile(r",\s*\d{1,3},")


def _gender_said(a: Attribution) -> str | None:
    """ "has insisted she did nothing wrong": the description's pronoun, if its words give one."""
    found = re.findall(r"\b(he|his|him|she|her)\b", f"{a.sentence} ", re.IGNORECASE)
    said = {"he" if w.lower() in ("he", "his", "him") else "she" for w in found}
    return said.pop() if len(said) == 1 else None
