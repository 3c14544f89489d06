"""Who a description is. In the lead: "A care home manager has denied 11 counts of neglect.
Patricia Holloway, 58, …". Wire and court copy describe the person first and name them in
the next sentences; the description, the headline's "Care home manager" and the pronouns
resolved to the description all mean the person named. After a name: "Savanna Union Bank Plc
… the bank said", "the Lagos Ledger … The newspaper reported", where a fact-checker wants
the body's name, not "the bank"."""

import re
from functools import cache

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
    if head.endswith("ment") and head not in person_nouns():
        return False  # "the statement", "the government": no one's role
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


def name_bodies_referred_to(atts: list[Attribution], body: str) -> None:
    """Resolve "the bank", "the newspaper", "the statement" to the body named before.

    A body's short description ("the" and a lower-case noun, a modifier at most) means: an
    outlet, the one the sentence cites; otherwise the latest body named before whose name has
    the noun ("Savanna Union Bank Plc" for "the bank") or that the text describes by it
    ("the fashion house Maison Vérac", "Shinwa Restraint Systems, a Nagoya-based supplier");
    for "the company" or "the firm", a company of the lead or just before, if it is the only one
    named or was named in the sentence before. "The statement" is that of whoever spoke in one
    just before. Left as written when nothing fits: a wrong name is worse than none."""
    spoken: list[tuple[int, str, bool]] = []  # (sentence, body's name, is a company)
    unnamed: dict[str, int] = {}  # body noun -> where an unnamed one ("A group of …") spoke
    # persons' names: the words after a role's comma ("Sohar Pharma's chairman, Khalid …")
    people = {
        w
        for a in atts
        if a.speaker_type == "person"
        for w in _words((a.speaker_resolved or "").split(",")[-1])
    }
    for a in sorted(atts, key=lambda a: a.sentence_index):
        written = a.speaker or ""
        words = written.split()
        outlet = a.cited_outlet or ""
        if a.speaker_type == "media" and outlet and _outlet_described(outlet, written):
            if (a.speaker_resolved or written) == written:  # "The Rift Ledger, a weekly …"
                a.speaker_resolved = outlet
        elif (a.speaker_resolved or written) == written and _short_description(words):
            head = words[-1].lower()
            if a.speaker_type == "media" and _named_just_before(a.cited_outlet, a.sentence, body):
                a.speaker_resolved = a.cited_outlet  # "The newspaper reported …"
            elif head == "statement":
                a.speaker_resolved = _issuer(a, atts) or written
            elif head in _body_nouns() or head in person_nouns():
                # "A group of residents said … The group said": the unnamed one, not a name
                # before it ("Adani Group"); only what was named after it counts
                earlier = _before(a.sentence, body)[unnamed.get(head, 0) :]
                name = _body_meant(a, words, earlier, body, spoken, people)
                if name is not None:
                    a.speaker_resolved = name
                    a.speaker_type = (
                        "organization" if a.speaker_type == "unknown" else a.speaker_type
                    )
        somebody = any(w.lower().strip(",") in person_nouns() for w in words[1:])
        if words and words[0].lower() in ("a", "an") and len(words) > 1 and not somebody:
            # where an unnamed "A group of residents" spoke: "the group" after it is that one
            # (not "A company spokesman", who speaks for the company named)
            for w in words[1:4]:
                if w.lower() in _body_nouns():
                    unnamed[w.lower()] = len(_before(a.sentence, body))
        name = _proper_part((a.speaker_resolved or written).split(",")[0])
        if a.speaker_type == "organization" and _body_name(name, people):
            # "Borealis Midstream Ltd.", "Halvern Therapeutics": a company by its name
            company = _COMPANY_END.search(name) is not None or sp.company_word(name.split()[-1])
            spoken.append((a.sentence_index, name, company))


def _body_meant(
    a: Attribution,
    words: list[str],
    earlier: str,
    body: str,
    spoken: list[tuple[int, str, bool]],
    people: set[str],
) -> str | None:
    """Who "the bank", "the player", "the company" (`words`) is, from the text `earlier` and
    the bodies `spoken` before."""
    head = words[-1].lower()
    if head in _body_nouns():
        known = [n for i, n, _ in spoken if i < a.sentence_index and n in earlier]
        name = _named_as(words, earlier, known, people)
    else:  # "the player" after "tennis player Adrián Solís": a person's name
        name = _named_as(words, earlier, [], people)
        name = name if name is not None and is_first_name(name.split()[0]) else None
    if name is None and head in _COMPANY_NOUNS:
        # a company of the lead, or one that spoke just before
        near = a.sentence_index - _AHEAD - 1
        companies = [
            n for i, n, co in spoken if co and i < a.sentence_index and (i <= _LEAD or i >= near)
        ]
        name = _latest_company(earlier, companies, people)
        name = None if name is not None and _a_surname(name, body) else name
    return name


def _a_surname(name: str, body: str) -> bool:
    """ "Trump" of "Donald Trump": a person's name, NER having typed a body."""
    return any(
        is_first_name(m.group(1))
        for m in re.finditer(rf"\b([A-Z][a-z]+) {re.escape(name)}\b", body)
    )


def _named_just_before(outlet: str | None, sentence: str, body: str) -> bool:
    """The outlet a sentence cites is the one "the newspaper" means if the text named it just
    before (not the outlet cited paragraphs ago, "CNN … blamed the network")."""
    if outlet is None or len(outlet) < 2:
        return False
    near = _before(sentence, body)[-_NEAR_OUTLET:] + sentence
    return re.search(rf"\b{re.escape(outlet.split()[-1])}\b", near) is not None


_NEAR_OUTLET = 500  # characters: the sentence or two before


def _words(name: str | None) -> set[str]:
    return {w for w in (name or "").split() if w[:1].isupper()}


def _outlet_described(outlet: str, written: str) -> bool:
    """ "The Rift Ledger, a weekly based in Nakuru": the outlet and what it is (not "The Rift
    Ledger's editor, Samuel Otieno", its journalist)."""
    described = re.match(rf"(?:the\s+)?{re.escape(outlet)},\s+\w", written, re.IGNORECASE)
    return written != outlet and described is not None


def _body_name(name: str, people: set[str]) -> bool:
    """ "Savanna Union Bank Plc", "Verizon"; not "Wednesday", "Trump", "France’s", "Union"."""
    words = name.split()
    return (
        _is_a_name(name)
        and name.lower() not in _body_nouns()  # "Union: …" in a headline
        and not _an_adjective(name)
        and not name.endswith(("'s", "’s"))
        and not any(sp.is_date_word(w.lower()) for w in words)
        and not (set(words) & people)
        and not re.search(r"\.(?:com|org|net)\b", name)  # a website
        and not sp.is_honorific(words[0])  # "the campaign Mr. Trump ran"
    )


@cache
def _body_nouns() -> frozenset[str]:
    """Nouns a body is called by ("the bank", "the house", "the board", "the site")."""
    return frozenset(terms("organization_word")) | frozenset(terms("media_word")) | _BODY_NOUNS


_BODY_NOUNS = frozenset(
    {"group", "board", "house", "site", "website", "label", "daily", "programme", "program"}
)


def _short_description(words: list[str]) -> bool:
    """ "the bank", "The newspaper", "the state broadcaster": no name, nobody's ("the bank's")."""
    return (
        2 <= len(words) <= 3
        and words[0].lower() == "the"
        and all(w.isalpha() and w.islower() for w in words[1:])
    )


def _is_a_name(name: str) -> bool:
    return any(w[:1].isupper() for w in name.split()[1:]) or (
        bool(name) and name.split()[0] not in ("The", "A", "An") and name[:1].isupper()
    )


def _before(sentence: str, body: str) -> str:
    """The article's text before the sentence."""
    at = body.find(sentence) if sentence else -1
    return body[: max(at, 0)]


_NAME_RUN = (
    r"([A-Z][a-zà-ÿ][\w'’&.-]*"
    r"(?:\s+(?:[A-Z][\w'’&.-]*|of|and|&|de|du|la|do|da))*)"
)


def _named_as(words: list[str], earlier: str, spoken: list[str], people: set[str]) -> str | None:
    """The latest body before whose name has the description's words ("Congressional Budget
    Office" for "the budget office", not "SITE Intelligence Group" for "the terrorist group"),
    or that the text calls by its noun."""
    found: list[tuple[int, str]] = []
    head = words[-1].lower()
    for name in set(spoken):
        # "the club" for "Ashcombe Rovers", whose name ends as a club's does
        club = head in ("club", "team") and name.split()[-1].lower() in sp.CLUB_NAME_ENDS
        if club or all(w.capitalize() in name.split() for w in words[1:]):
            found.append((earlier.rfind(name.split()[0]), name))
    # "Shinwa Restraint Systems, a Nagoya-based supplier", "Nordhaven, a Danish supermarket chain"
    for m in re.finditer(
        rf"{_NAME_RUN},\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){{1,3}}{re.escape(head)}\b(?![’']s)",
        earlier,
    ):
        found.append((m.start(1), _trimmed(m.group(1))))
    found = [(at, name) for at, name in found if _body_name(name, people)]
    # "the fashion house Maison Vérac", "campaign group Canopy Trace": a body, whatever NER said
    found += _after_noun(head, earlier)
    found = [(at, name) for at, name in found if at >= 0]
    return max(found)[1] if found else None


def _after_noun(nouns: str, earlier: str) -> list[tuple[int, str]]:
    """Names right after one of the nouns ("producer Nordvik Energi"), where they start."""
    found = []
    for m in re.finditer(rf"\b(?:{nouns})\s+{_NAME_RUN}", earlier):
        name = _trimmed(m.group(1))
        if _body_name(name, set()):
            found.append((m.start(1), name))
    return found


def _proper_part(name: str) -> str:
    """ "Carrow University" of "An investigation committee at Carrow University"."""
    runs = [
        re.sub(r"^(?:The|A|An)\b ?", "", _trimmed(m.group(1))) for m in re.finditer(_NAME_RUN, name)
    ]
    runs = [r for r in runs if r]
    return runs[-1] if runs else ""


def _latest_company(earlier: str, spoken: list[str], people: set[str]) -> str | None:
    """The company meant: one that spoke under a company's name ("Borealis Midstream Ltd."), or
    a name after a word for a company ("oil and gas producer Nordvik Energi"), not one the text
    calls something else ("the environmental group Fjordvakt"); the only one named before, or
    the one named in the sentence before (a market report names many)."""
    found = _after_noun("|".join(sorted(_COMPANY_NOUNS)), earlier)
    for name in set(spoken):
        called = {w.lower() for w in re.findall(rf"\b(\w+)\s+{re.escape(name)}\b", earlier)}
        otherwise = called & _body_nouns() - _COMPANY_NOUNS  # "the environmental group Fjordvakt"
        if not otherwise and _body_name(name, people):
            found.append((earlier.rfind(name.split()[0]), name))
    found = [(at, name) for at, name in found if at >= 0]
    if not found:
        return None
    at, name = max(found)
    alone = len({n for _, n in found}) == 1
    return name if alone or len(earlier) - at <= _JUST_BEFORE else None


_JUST_BEFORE = 300  # characters: about a sentence


def _an_adjective(name: str) -> bool:
    """ "Republican", "Norwegian", "French": a word of party or nation, no body's name (the
    "campaign and Republican partners")."""
    return " " not in name and (
        affiliation_of([name]) is not None
        or re.search(r"(?:an|ans|ats|ic|ese|ish|ch)$", name) is not None
    )


def _trimmed(name: str) -> str:
    """A name run without the small words the pattern let in at its ends."""
    words = name.split()
    while words and not words[-1][:1].isupper():
        words.pop()
    while words and not words[0][:1].isupper():
        words.pop(0)
    while len(words) > 1 and words[0].endswith(("'s", "’s")):
        words.pop(0)  # "Tanzania's Mkoani Ports Corporation": the country's
    for i, w in enumerate(words):
        if w.endswith(".") and w[:-1].lower() not in _ABBREVIATED:
            words = [*words[:i], w[:-1]]  # "Exxon Mobil." ending its sentence
            break
    return " ".join(words)


_ABBREVIATED = {"corp", "inc", "co", "ltd", "bhd", "plc", "llc", "jr", "sr", "st", "bros"}


def _issuer(a: Attribution, atts: list[Attribution]) -> str | None:
    """Whose statement "the statement" is: the last speaker before said to make one."""
    for b in sorted(atts, key=lambda b: b.sentence_index, reverse=True):
        if b.sentence_index > a.sentence_index or b is a:
            continue
        if b.sentence_index == a.sentence_index:
            continue  # "The statement noted they had …": theirs is inside it
        if a.sentence_index - b.sentence_index > _AHEAD + 1:
            return None
        content = (b.content or "").lower()
        issued = _ISSUED.match(content) is not None  # "issued a statement calling …"
        if "statement" in b.sentence.lower() and ("statement" not in content or issued):
            # said in one, not "said Cook provided a written statement"
            return b.speaker_resolved or b.speaker if "statement" not in (b.speaker or "") else None
    return None


# issued by the speaker: "issued a statement calling …" (not "a statement from the family")
_ISSUED = re.compile(r"(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+)?statement\b(?!\s+(?:from|by)\b)")

# nouns that stand for a company, whichever it is ("the company said")
_COMPANY_NOUNS = {"company", "firm", "carmaker", "automaker", "miner", "lender", "retailer"}
_COMPANY_NOUNS |= {"insurer", "airline", "manufacturer", "supplier", "exporter", "producer"}
_COMPANY_NOUNS |= {"developer", "operator", "brewer", "drugmaker", "conglomerate", "startup"}
_COMPANY_NOUNS |= {
    "giant",
    "chipmaker",
    "maker",
    "contractor",
    "distributor",
    "publisher",
    "utility",
}
