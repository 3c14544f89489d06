"""Who is speaking: the speaker span, its type, count, role and affiliation.

Spans come from the dependency parse (subject, passive agent, "according to
X", the noun a relative clause hangs on); typing is rules over the lexicons
first, with spaCy's NER (run once per batch over speaker spans only) for
names the rules cannot place.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Token

from pipelines.extracting.lexicon import (
    affiliation_of,
    cues,
    is_first_name,
    longest_affiliation,
    outlet_name,
    person_nouns,
    pronoun_of_first_name,
    terms,
)
from pipelines.extracting.parsing import COURT_PARTS, lemma, load_nlp, parsed_text

_MODIFIER_DEPS = {"amod", "compound", "poss", "nmod", "npadvmod"}
_RELATIVE_PRONOUNS = {"who", "that", "which", "whom"}
_ANONYMITY_WORDS = {"anonymity", "anonymously"}
_TRIM = set(",;:-–—()\"“”‘’'")
# person nouns a company may be too ("its client Goldman Sachs", "industry player Siemens")
_ALSO_COMPANIES = {"client", "clients", "customer", "customers", "player", "players"}
_ALSO_COMPANIES |= {"landlord", "landlords", "partner", "owner", "investor", "supplier"}
_MONTH = re.compile(
    r"(january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?$"
)
_ORDINAL = re.compile(r"^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$")


_CLOSERS = {",", "”", '"', "—", "–", "-", "--"}
_NOMINAL = {"NOUN", "PROPN", "PRON"}


def inverted(verb: Token) -> bool:
    """The cue follows its content: "…,” said X" or "…, revealed three sources"."""
    if verb.tag_ == "VBG":
        return False  # "…, saying …" is a participle, not an inversion
    i = verb.i - 1
    doc = verb.doc
    while i >= 0 and doc[i].pos_ in ("ADV", "AUX", "PART") and doc[i].dep_ != "neg":
        i -= 1
    return i >= 0 and doc[i].text in _CLOSERS


def _quotation_tag(participle: Token) -> tuple[Token, Token] | None:
    """The subject and verb of the tag ("she said") between a quotation and a participle the
    parser hung on the quotation's words."""
    for c in participle.head.children:
        if c.dep_ in ("parataxis", "ccomp") and c.pos_ == "VERB" and c.i < participle.i:
            subj = [g for g in c.children if g.dep_ == "nsubj"]
            if subj:
                return subj[0], c
    return None


def _has_been(verb: Token) -> bool:
    """ "he's said the same thing": a clitic "'s" the parser took for a passive, with an object."""
    kids = list(verb.children)
    return (
        any(c.dep_ == "auxpass" and c.lower_ in ("'s", "’s") for c in kids)
        and any(c.dep_ == "nsubjpass" and c.pos_ == "PRON" for c in kids)
        and any(c.dep_ == "dobj" for c in kids)
    )


def to_infinitive(verb: Token) -> bool:
    """ "to explain", "to reject": the verb has the infinitive marker."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def after_quotation(tok: Token, window: int = 3) -> list[Token]:
    """The words right before `tok` when a quotation closes there (its closing mark last), so
    a cue or speaker standing there tags that quotation; [] otherwise."""
    before = [t for t in tok.doc[max(0, tok.i - window) : tok.i] if not t.is_space]
    return before if before and before[-1].text in ("”", '"', "''") else []


def _shares_subject(verb: Token) -> bool:
    """ "Sprinter denies doping, says …": a second verb after a comma, with nobody named after
    it (not "…, said a former spokesman"), shares the first one's subject."""
    if verb.dep_ != "conj":
        return False
    after = [c for c in verb.children if c.i > verb.i and c.pos_ in _NOMINAL]
    cue = cues().get(lemma(verb))
    # "…, denies hiding cases": what a verb of denying takes is what it denies
    denied = cue is not None and cue.kind == "deny" and all(c.dep_ == "dobj" for c in after)
    return not after or denied


def _acts(verb: Token) -> bool:
    """ "… and predicted that …", "… and vowed to fight", "… and declined to comment": a verb
    joined to a passive says or does something of its own; "… and accused of lying", "… and
    denounced as a hypocrite", "… and ordered to pay" is more done to the same patient (the
    tagger often reads these participles as past tenses)."""
    kids = list(verb.children)
    if any(c.dep_ == "agent" for c in kids):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("by", "as", "of", "about") for c in kids):
        return False
    if verb.tag_ != "VBN":  # "ordered to pay": an object-control verb with no object
        return not (any(c.dep_ == "xcomp" for c in kids) and lemma(verb) in _OBJECT_CONTROL)
    if any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "to") for c in kids):
        return False
    return any(c.dep_ in ("ccomp", "dobj") for c in kids)


def _answering(participle: Token, passive: Token) -> bool:
    """ "…, saying …" after a passive whose patient is the one asked, reached or pressed
    ("was asked about the deal, saying …", "would not be drawn, saying …"): the patient
    answers. After other passives ("Clinton's attacks were criticised, saying …") nobody
    named does."""
    return (
        participle.dep_ == "advcl"
        and participle.tag_ == "VBG"
        and participle.head.i == passive.i
        and lemma(passive) in _ASKED_OF
        # set off by a comma: "interviewed about Pope Francis calling …" is his calling
        and participle.i > 0
        and participle.doc[participle.i - 1].text == ","
    )


# passives whose patient is then the one who speaks: asked, pressed, reached, quoted
_ASKED_OF = {"ask", "press", "question", "quiz", "challenge", "draw", "reach", "contact"}
_ASKED_OF |= {"interview", "approach", "quote"}
_ASKED_NOT_DRAWN = _ASKED_OF - {"draw"}  # "drawn up by its rulers" is no asking


# verbs whose infinitive is somebody else's to do ("ordered him to pay"): without the object,
# a passive
_OBJECT_CONTROL = {"order", "ask", "urge", "tell", "force", "require", "advise", "instruct"}
_OBJECT_CONTROL |= {"warn", "direct", "compel", "encourage", "invite", "allow", "forbid"}


def subject_of(
    verb: Token, audience_object: bool = False, quoted: frozenset[int] | set[int] = frozenset()
) -> tuple[Token | None, Token]:
    """The token heading the speaker of `verb`, and the verb that carries it.

    Handles the passive agent ("as disclosed by X"), inversion ("…, said X",
    which the small model often parses with X as the object), relative clauses
    ("an official who denied …"), and walks up through coordinated and
    participial verbs ("denied X and reiterated Y", "…, saying …") so they
    inherit the subject. A subject inside a quotation (`quoted`) is the
    parser joining the quote's own subject to the cue ("“…, it will,” said
    X"): the speaker is the other one.
    """
    if (answering := _answer_after_question(verb)) is not None:
        return answering, verb
    v = joined = verb
    came_by_conj = False
    for step in range(5):
        # "disputed findings by the authority": an active verb's "by" is no agent
        active = any(c.dep_ == "nsubj" for c in v.children) and not any(
            c.dep_ == "auxpass" for c in v.children
        )
        for c in v.children if (step == 0 or v.dep_ == "conj") and not active else ():
            if c.dep_ == "agent":
                objs = [g for g in c.children if g.dep_ == "pobj"]
                if objs:
                    return objs[0], v
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children)
        patient = [c for c in v.children if c.dep_ == "nsubjpass"]
        if passive and step > 0 and came_by_conj and patient and _acts(joined):
            return patient[0], v  # "Officials were angered by the deal and predicted …"
        if passive and patient and step > 0 and _answering(joined, v):
            return patient[0], v  # "McAvoy would not be drawn on it, saying only that …"
        if passive and _has_been(v):
            # "he's said the same thing": "'s" is "has", not a passive (it has an object)
            return patient[0], v
        if not passive:
            subjects = [c for c in v.children if c.dep_ in ("nsubj", "csubj") and c.i not in quoted]
            # "the system, which advocates say disadvantages …": the advocates speak
            own = [c for c in subjects if c.lower_ not in _RELATIVE_PRONOUNS]
            if own and own[0].lower_ in ("'s", "’s"):  # the parser's subject is a clitic
                before = verb.doc[own[0].i - 1] if own[0].i > 0 else None
                if before is None or before.tag_ not in ("NNP", "NNPS"):  # "Will" may be AUX
                    return None, v  # "Let's say you …": the reader invited, nobody speaks
                return before, v  # "George Will’s call to …": the possessor
            if own:
                return own[0], v
            if subjects:
                return (v.head, v) if v.dep_ == "relcl" else (subjects[0], v)
        if step == 0 and inverted(v) and not _shares_subject(v):
            # "told X" names the audience, but "“…?” asked Ruiz" right after the quotation
            # is Ruiz asking (the parser reads Ruiz as the object either way)
            audience = audience_object and not after_quotation(v)
            deps = ("nsubj", "attr") if audience else ("dobj", "nsubj", "attr", "npadvmod")
            right = [c for c in v.children if c.i > v.i and c.dep_ in deps and c.pos_ in _NOMINAL]
            right = [c for c in right if c.dep_ == "nsubj" or not _restricted(c)]
            right = [c for c in right if not _when(c)]
            if right:
                return right[0], v
        if v.dep_ == "relcl" and v.head.pos_ in _NOMINAL and not _passive_relative(v):
            return v.head, v
        if v.dep_ == "acl" and v.head.i in quoted and (tag := _quotation_tag(v)) is not None:
            return tag  # "“Too much hate,” she said, blaming …": the tag's speaker blames
        if v.dep_ == "acl" and v.tag_ in ("VBG", "VBD") and v.head.pos_ in ("NOUN", "PROPN"):
            # "Trump, chanting …", "a video showing …"; a past tense is a misparsed
            # predicate ("Romney, the nominee, tweeted: …"), a participle would be VBN
            return v.head, v
        if v.dep_ == "xcomp" and v.head is not v:
            # object control: "forced Stumpf to admit", "prompted NATO to order"
            objs = [c for c in v.head.children if c.dep_ == "dobj" and c.pos_ in _NOMINAL]
            if objs and objs[0].i < v.i:
                return objs[0], v
        if v.dep_ == "pcomp" and v.head.head is not v.head:
            v = v.head.head  # "… by announcing that …", "before asking her"
            if v.pos_ not in ("VERB", "AUX"):
                break
            if (said := _quoted_as_saying(v)) is not None:
                return said, v  # "Ruiz was quoted as saying …": Ruiz says it
            continue
        if (
            v.dep_ in ("conj", "xcomp", "advcl")
            and v.head is not v
            and not (step == 0 and inverted(v) and not _shares_subject(v))
        ):
            if v.dep_ == "advcl" and v.tag_ not in ("VBG", "VBN") and not to_infinitive(v):
                break  # "struggled to explain …" shares its subject; "when it said …" not
            came_by_conj, joined = v.dep_ == "conj" and v.pos_ == "VERB", v
            v = v.head
            continue
        if v.dep_ == "acomp" and v.head is not v and step > 0:
            if v.lower_ in _NOT_DONE:
                break  # "was unable to explain", "is due to announce": not done
            if any(c.dep_ == "nsubj" and c.lower_ == "it" for c in v.head.children):
                break  # "it is worth noting": nobody notes
            v = v.head  # "was quick to embrace …": the subject of "was"
            continue
        break
    beside = misparsed_subject(verb) or _apposition_before(verb)
    if beside is not None:
        return beside, verb
    if verb.dep_ == "ROOT" and verb.i > 0:
        prev = verb.doc[verb.i - 1]
        if prev.pos_ in ("PROPN", "PRON") and prev.dep_ in ("compound", "pobj", "npadvmod"):
            return prev, verb  # "… of the Washington Post Trump said …": a misparsed subject
    return None, verb


_QUESTIONED = {"asked", "pressed", "questioned", "challenged"}


def _answer_after_question(verb: Token) -> Token | None:
    """ "Asked whether he had invented that explanation, Sgt Okoro replied: …": the name
    between the question's comma and the verb answers, however the parser joined the
    question's words to it ("explanation, Sgt Okoro", "Mr Haddow, Ms Ashdown")."""
    sent = verb.sent
    if sent[0].lower_ not in _QUESTIONED or verb.i - sent.start < 4:
        return None
    if verb.i < 2 or verb.doc[verb.i - 1].pos_ not in ("PROPN", "PRON"):
        return None
    start = verb.i - 1
    while start > sent.start and verb.doc[start - 1].pos_ == "PROPN":
        start -= 1
    if verb.doc[start - 1].text != ",":
        return None
    name = verb.doc[start : verb.i]
    if len(name) > 4 or (len(name) == 1 and name[0].pos_ == "PRON" and name[0].lower_ == "it"):
        return None
    return name[-1]


def _restricted(noun: Token) -> bool:
    """ "cited problems that he blamed on …": an object with a restrictive relative clause is
    what is cited, not a speaker put after the verb ("…, said Smith, who …" has its comma)."""
    return any(
        c.dep_ == "relcl" and c.left_edge.i > 0 and noun.doc[c.left_edge.i - 1].text != ","
        for c in noun.children
    )


def _passive_relative(verb: Token) -> bool:
    """ "Clinton, who has not been charged": the noun a passive relative clause hangs on is
    its patient, who says nothing. A bare "’s" is "has" as often as "is" ("who’s called for
    troops"), so it alone does not make the clause passive."""
    return any(
        c.dep_ == "nsubjpass" or (c.dep_ == "auxpass" and c.lower_ not in ("'s", "’s"))
        for c in verb.children
    )


def _when(tok: Token) -> bool:
    """ "said Tuesday it would …": a day, not who said it (but "USA Today reports")."""
    return is_date_word(tok.lower_) and not any(c.dep_ == "compound" for c in tok.children)


def misparsed_subject(verb: Token) -> Token | None:
    """A subject the small model hung on the verb as a modifier, right beside it:
    a surname read as an adverb ("Jolly said", "…,” said Skelly) or a share read as
    a number ("About 4 in 10 say")."""
    side = verb.i + 1 if inverted(verb) else verb.i - 1
    for c in verb.children:
        if c.i != side or c.dep_ not in _MISPARSED_SUBJECT or _when(c):
            continue
        if c.pos_ in ("PROPN", "NUM") or (c.pos_ in ("ADV", "NOUN") and c.is_title):
            # not in a title-case headline, recased for the parse ("GOP Resoundingly Rejects …")
            return None if "written" in verb.doc.user_data else c
    return None


# "was unable to explain": adjectives before an infinitive that say it was not done (annotated
# news counts "was quick to point out", "is likely to remind", "was late to recognize")
_NOT_DONE = {"unable", "unwilling", "due", "afraid", "ready", "set", "about", "supposed"}
_NOT_DONE |= {"expected", "loath", "powerless", "reluctant", "going"}


def _quoted_as_saying(verb: Token) -> Token | None:
    """ "Ruiz was quoted as saying …": the one quoted says what follows "saying"."""
    if verb.lower_ not in _QUOTED_AS:
        return None
    says = any(
        c.dep_ == "prep" and c.lower_ == "as" and any(g.tag_ == "VBG" for g in c.children)
        for c in verb.children
    )
    subj = [c for c in verb.children if c.dep_ == "nsubjpass"]
    return subj[0] if says and subj else None


_QUOTED_AS = {"quoted", "cited", "reported", "heard", "recorded", "described"}
_MISPARSED_SUBJECT = {"advmod", "npadvmod", "nummod", "dep", "nmod"}


def _apposition_before(verb: Token) -> Token | None:
    """A subject the parser hung on the opening phrase as its apposition ("In a statement to
    the Observer, her adviser, Jake Sullivan, said"; "On Dec. 2, Col. Warren, a spokesman,
    said")."""
    if verb.pos_ != "VERB" or any(c.dep_.startswith(("nsubj", "csubj")) for c in verb.children):
        return None
    doc = verb.doc
    end = verb.i - 1
    while end >= 0 and doc[end].text == ",":
        end -= 1
    for c in verb.lefts:
        if c.dep_ == "prep":
            # the outermost apposition set off by a comma and running up to the verb (not
            # "hosts Joe Scarborough and Mika Brzezinski, the candidate": the candidate)
            tops = [
                t
                for t in c.subtree
                if t.dep_ == "appos"
                and t.right_edge.i == end
                and t.left_edge.i > 0
                and doc[t.left_edge.i - 1].text == ","
            ]
            if tops and tops[0].pos_ in _NOMINAL:
                return tops[0]
    return None


def left_speaker(verb: Token, quoted: set[int]) -> list[Token]:
    """The words before a cue the parser failed to give a subject.

    "A third source … lamented, “…”" and "Another source … informed Reuters
    that …" (misparsed as a participle modifying a noun).
    """
    doc = verb.doc
    nxt = list(doc[verb.i + 1 : verb.i + 3])
    quote_follows = bool(nxt) and (
        nxt[0].i in quoted or (nxt[0].text in ",:" and any(t.i in quoted for t in nxt))
    )
    misparsed = verb.dep_ in ("acl", "relcl", "amod") and any(
        c.i > verb.i and c.dep_ in ("ccomp", "dobj") for c in verb.children
    )
    if not (quote_follows or misparsed):
        return []
    toks = list(doc[verb.sent.start : verb.i])
    cut = max([t.i for t in toks if t.i in quoted or t.text in ";:"], default=-1)
    toks = [t for t in toks if t.i > cut]
    while toks and toks[0].is_punct:
        toks = toks[1:]
    if any(t.pos_ == "VERB" and t.dep_ not in ("amod", "compound") for t in toks):
        return []
    if 0 < len(toks) <= 12 and any(t.pos_ in _NOMINAL for t in toks):
        return toks
    return []


def nominal_head(toks: list[Token]) -> Token | None:
    """The noun that names the speaker: the last noun before a preposition or clause."""
    best = None
    for t in toks:
        if t.pos_ == "VERB" and t.dep_ in ("amod", "compound"):
            continue  # "Fitness tracking company PaceLoop": a modifier, not a clause
        if t.pos_ in ("ADP", "VERB", "SCONJ") or t.text in ",(":
            if best is not None:
                break
            continue
        if t.pos_ in _NOMINAL:
            best = t
    return best or head_of(toks)


def split_coordinated(toks: list[Token]) -> list[list[Token]]:
    """ "The Kremlin, the White House and the CIA" -> three speakers (only with a conjunction;
    "neither … nor …" too)."""
    depth = 0
    pieces: list[list[Token]] = [[]]
    has_cc = False
    top = _conjuncts(head_of(toks))  # "the Food and Drug Administration" is one body
    for t in toks:
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth -= 1
        joins = t.dep_ == "cc" and t.lower_ in ("and", "or", "nor") and t.head.i in top
        if depth == 0 and (t.text == "," or joins):
            has_cc = has_cc or joins
            pieces.append([])
            continue
        pieces[-1].append(t)
    pieces = [p for p in pieces if p]
    if not has_cc or len(pieces) < 2:
        return [toks]
    # "all", "both", "neither" belong to no one
    pieces = [
        [t for t in p if t.lower_ not in ("all", "both", "neither", "either")] for p in pieces
    ]
    return [p for p in pieces if p and any(t.pos_ in ("NOUN", "PROPN") for t in p)]


def _conjuncts(head: Token | None) -> set[int]:
    """The head and the heads coordinated with it (a list is often parsed as appositions):
    where a conjunction splits speakers."""
    out: set[int] = set()
    todo = [head] if head is not None else []
    while todo:
        t = todo.pop()
        if t.i not in out:
            out.add(t.i)
            todo.extend(c for c in t.children if c.dep_ in ("conj", "appos"))
    return out


def _saying_aside(head: Token) -> set[int]:
    """ "The Herald, citing a source close to the coach, reported …", "Lund, posting on
    Instagram, wrote …", "Two board members, reached by phone, declined …": how the speaker
    said it or was asked, set off by commas, is no part of who."""
    doc = head.doc
    return {
        x.i
        for t in head.subtree
        if t.i > head.i + 1
        and doc[t.i - 1].text == ","
        and (
            (t.tag_ == "VBG" and lemma(t) in _SAYING_ACTS)
            # "Two other board members, reached by phone, declined …": how they were asked
            or (t.tag_ == "VBN" and lemma(t) in _ASKED_NOT_DRAWN and t.dep_ in ("acl", "advcl"))
        )
        for x in t.subtree
    }


def _saying_relative(head: Token) -> set[int]:
    """ "the treasurer of the committee, Janet Ruiz, who said a third had been returned": a
    relative clause deeper in the span that says something is a statement of its own, not who
    (a relative clause on the head itself is dealt with by the caller)."""
    out: set[int] = set()
    for t in head.subtree:
        if t.dep_ != "relcl" or t.head.i == head.i:
            continue
        cue = cues().get(lemma(t))
        if cue is not None and cue.kind in ("assert", "report", "deny"):
            out |= {x.i for x in t.subtree}
    return out


_SAYING_ACTS = {"cite", "post", "write", "speak", "tweet", "say", "respond", "reply", "quote"}
_SAYING_ACTS |= {"comment", "tell", "note", "add", "answer", "address", "appear", "talk"}


def speaker_tokens(head: Token, exclude: set[int]) -> list[Token]:
    """The subtree of the speaker head, without the cue's clause or quoted text."""
    if head.dep_ == "relcl" or any(c.dep_ == "relcl" for c in head.children):
        toks = [
            t
            for t in head.subtree
            if not any(a.dep_ == "relcl" and a.head == head for a in [t, *t.ancestors])
        ]
    else:
        toks = list(head.subtree)
    toks += _appositive_parsed_as_subject(head)
    when = {
        t.i
        for c in head.children
        if (time_modifier(c) and not _hyphenated(c)) or _as_of_verb(c) or _anonymity_clause(c)
        for t in c.subtree
    }
    when |= {  # "firm Volgaz on Friday" (not "a 59-year-old", "the leader next year")
        t.i
        for a in head.children
        if a.dep_ == "appos"
        for c in a.children
        if c.dep_ == "prep" and time_modifier(c)
        for t in c.subtree
    }
    when |= _saying_aside(head)
    when |= _saying_relative(head)
    toks = [t for t in toks if t.i not in exclude and t.i not in when]  # "Trump this week said"
    toks = _contiguous(toks, head)
    toks += _rest_of_hyphenated(toks, exclude)
    while toks and (toks[0].text in _TRIM or toks[0].dep_ == "cc"):
        toks = toks[1:]
    while toks and (toks[-1].text in _TRIM or toks[-1].dep_ == "cc"):
        toks = toks[:-1]
    # "Tom Price KC, mitigating, said": the barrister's part in court is no part of the name
    if len(toks) > 2 and toks[-1].lower_ in COURT_PARTS and toks[-2].text == ",":
        toks = toks[:-2]
    toks = _close_bracket(toks)
    if len(toks) > 20 and not any(t.dep_ == "cc" for t in toks):  # a long clause
        cut = [t.i for t in toks if t.text == "," and t.i > head.i]
        if cut:
            toks = [t for t in toks if t.i < cut[0]]
    if not any(ch.isalnum() for t in toks for ch in t.text):
        return []  # "| | |" from a table the cleaner kept: nobody
    if all(t.lower_ in ("'s", "’s") for t in toks):
        return []  # "let's say you …": the reader invited, or a possessive ending alone
    return toks


def _hyphenated(mod: Token) -> bool:
    """ "the 27-year-old": a time word glued by a hyphen to what it modifies is an age."""
    end = mod.right_edge
    doc = mod.doc
    return end.i + 1 < len(doc) and doc[end.i + 1].text == "-" and not end.whitespace_


def _close_bracket(toks: list[Token]) -> list[Token]:
    """ "Sen. Chris Murphy (D-Conn.)": a bracket the span opens, it closes."""
    if not toks or sum(t.text == "(" for t in toks) <= sum(t.text == ")" for t in toks):
        return toks
    doc = toks[-1].doc
    after = toks[-1].i + 1
    if after < len(doc) and doc[after].text == ")":
        return [*toks, doc[after]]
    return toks


def _rest_of_hyphenated(toks: list[Token], exclude: set[int]) -> list[Token]:
    """ "Blaze co-host Stu Burguiere": the parser split "co-host" and hung "host Stu
    Burguiere" on the verb beside "Blaze co"; the span runs on through the hyphen."""
    if not toks:
        return []
    doc = toks[-1].doc
    end = toks[-1].i
    if end + 2 >= len(doc) or doc[end + 1].text != "-" or toks[-1].whitespace_:
        return []
    if doc[end + 1].whitespace_ or not doc[end + 2].is_alpha:
        return []
    top = doc[end + 2]
    while top.head.i != top.i and top.head.i > end + 1 and top.head.i not in exclude:
        top = top.head
    rest = [doc[end + 1], *(t for t in top.subtree if t.i > end + 1)]
    if any(t.i in exclude for t in rest) or rest[-1].i - end != len(rest):
        return []
    return rest


def _appositive_parsed_as_subject(head: Token) -> list[Token]:
    """ "Ban Ki-moon, the secretary general of the United Nations, vowed …": the parser may make
    the appositive a second subject of the verb; it belongs to the speaker span."""
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return []
    end = max(t.i for t in head.subtree)
    doc = head.doc
    if end + 2 >= len(doc) or doc[end + 1].text != ",":
        return []
    second = doc[end + 2]
    while second.head.i != second.i and second.head.i > end and second.dep_ not in ("nsubj",):
        second = second.head
    if second.dep_ != "nsubj" or second.head != head.head or second.pos_ not in ("NOUN", "PROPN"):
        return []
    return [doc[end + 1], *second.subtree]


def _anonymity_clause(tok: Token) -> bool:
    """ "…, both speaking on condition of anonymity": the terms a source spoke on, not who the
    source is (the anonymity shows in the speaker type)."""
    return tok.dep_ in ("appos", "acl", "advcl") and any(
        t.lower_ in _ANONYMITY_WORDS for t in tok.subtree
    )


def _as_of_verb(tok: Token) -> bool:
    """ "dismissed by officials as speculation": what the report was dismissed as, which the
    parser hangs on the agent."""
    head = tok.head
    return (
        tok.dep_ == "prep"
        and tok.lower_ == "as"
        and head.dep_ == "pobj"
        and head.head.dep_ == "agent"
    )


def time_modifier(tok: Token) -> bool:
    """ "this week", "last Tuesday", "on Friday", "on Aug. 12" beside a speaker: when, not who."""
    if tok.dep_ in ("npadvmod", "tmod"):
        return tok.lower_ in terms("time_word")
    if tok.dep_ != "prep" or tok.lower_ not in ("on", "during"):
        return False
    return any(o.dep_ == "pobj" and is_date_word(o.lower_) for o in tok.children)


def is_date_word(word: str) -> bool:
    """A day, month or other word of time ("friday", "aug.", "week"), lower-case."""
    return word in terms("time_word") or bool(_MONTH.match(word))


def _contiguous(toks: list[Token], head: Token) -> list[Token]:
    """The unbroken run of tokens around the head."""
    idx = {t.i for t in toks}
    lo = hi = head.i
    while lo - 1 in idx:
        lo -= 1
    while hi + 1 in idx:
        hi += 1
    return [t for t in toks if lo <= t.i <= hi]


def text_of(toks: list[Token]) -> str:
    """The text of the tokens, as written; gaps between runs become one space."""
    if not toks:
        return ""
    doc = toks[0].doc
    toks = sorted(toks, key=lambda t: t.i)
    runs: list[list[Token]] = [[toks[0]]]
    for t in toks[1:]:
        if t.i == runs[-1][-1].i + 1:
            runs[-1].append(t)
        elif t.i > runs[-1][-1].i:
            runs.append([t])
    written = doc.user_data.get("written")  # a recased headline: its words as written
    if written is not None:
        spans = [(r[0].idx, r[-1].idx + len(r[-1].text)) for r in runs]
        return " ".join(written[a:b].strip() for a, b in spans).strip()
    text = parsed_text(doc)  # offsets, as `Span.text` joins a token object per word
    return " ".join(text[r[0].idx : r[-1].idx + len(r[-1])].strip() for r in runs).strip()


def head_of(toks: list[Token]) -> Token | None:
    if not toks:
        return None
    ids = {t.i for t in toks}
    for t in toks:
        if t.head.i not in ids or t.head.i == t.i:
            return t
    return toks[0]


def rule_type(toks: list[Token]) -> str | None:
    """Speaker type from the lexicons alone; None when a name needs NER."""
    head = nominal_head(toks)
    if head is None:
        return "unknown"
    text = text_of(toks).lower()
    pron = terms("pronoun")
    if len(toks) == 1 and head.lower_ in pron:
        return pron[head.lower_] or "unknown"
    # "The Toledo Courier, a local weekly": the name before its apposition, when it has the
    # words of a masthead (not "Guardian, the first Republican mayor", nor "I, along with …")
    if _described_as_a_person(head) or _after_an_honorific(head) or _aged_or_lettered(head):
        return "person"  # whatever body or medium the apposition names; "Mr Okoro"
    if company_name(head) or _described_as_a_body(head):
        return "organization"  # "South African miner Kestrel Mining": whatever "miner" says
    last = toks[-1]
    if (
        last is not head
        and last.pos_ == "NOUN"
        and last.lower_ in terms("role_head")
        and last.i > 0
        and last.doc[last.i - 1].pos_ == "PROPN"
    ):
        return "person"  # "A Department of Housing spokesperson": the body's, a person
    name = [t for t in toks if t.i <= head.i]
    before = len(name) < len(toks) and toks[len(name)].text == "," and len(name) > 1
    named = outlet_name(text_of(toks)) or (before and outlet_name(text_of(name)))
    named = named or named_after_publication_word(toks)
    if (named or _has_outlet(toks)) and head.lower_ not in terms("anonymous_head"):
        return "media"
    author = _author(head)
    if author:  # "a statement from the ministry", "the ministry's letter": the ministry's type
        return rule_type(author)
    media = terms("media_word")
    if any(text.endswith(m) for m in media if " " in m) and not _has_person_name(toks):
        return "media"
    if head.lower_ in media and head.pos_ == "NOUN" and not _has_person_name(toks):
        return "media" if head.lower_ != "report" else "unknown"  # a named outlet returned above
    anon = terms("anonymous_head")
    lead = _before_modifiers(toks)
    if (
        (head.lower_ in anon or any(t.lower_ in anon for t in lead))
        and not _has_person_name(toks)
        and not _named_right_after(toks, next((t for t in toks if t.lower_ in anon), head))
    ):
        return "anonymous"
    if any(w in text for w in ("familiar with", "people close to", "person close to")):
        return "anonymous"
    if not _has_person_name(toks) and _unnamed_on_request(head):
        return "anonymous"  # "two mechanics, who asked not to be named, …"
    orgs = terms("organization_word")
    if (head.lower_ in orgs or text.removeprefix("the ") in orgs) and not _name_after_comma(toks):
        return "organization"  # not "Bank of Montreal's strategist, Benjamin Reitzes": NER decides
    words = text_of(toks).split()
    if affiliation_of(words[1:] if words[0].lower() == "the" else words):
        return "organization"  # "Downing Street", "Moscow", "Israel" said: its government
    people = person_nouns()  # "her lawyer", "a spokesman for …", "a geneticist at …"
    calling = _PERSON_SUFFIX.fullmatch(head.lower_) and not head.lower_.endswith(("list", "lists"))
    if (head.lower_ in people or calling) and head.pos_ == "NOUN" and not _has_person_name(toks):
        return "person"
    before = [t for t in toks if t.i < head.i]
    if head.pos_ == "PROPN" and before and before[-1].lower_ not in people:
        titled = [t for t in before if t.lower_ in people and t.lower_ not in _ALSO_COMPANIES]
        body = head.lower_ in orgs  # "… Blackstone Group": a company's name
        if titled and not body and all(t.pos_ == "PROPN" for t in before if t.i > titled[-1].i):
            return "person"  # "Governor Ana Reyes", "chief executive Helen Park": a title, a name
    return None


def _described_as_a_person(head: Token) -> bool:
    """ "Lerato Dlamini, a mining analyst at Sable Ridge Securities", "Jamie Boyle, an
    organiser with the … Workers' Network": a name with a person's noun in apposition."""
    return (
        head.pos_ == "PROPN"
        and head.lower_ not in terms("organization_word")
        and any(
            c.dep_ == "appos" and c.lower_ in person_nouns() and c.lower_ not in _ALSO_COMPANIES
            for c in head.children
        )
    )


def _described_as_a_body(head: Token) -> bool:
    """ "Friends of the Earth, an environmental group", "Save Our Shoreline, a residents'
    group": a name with a group's noun in apposition, whatever its words look like (not "a
    group of activist teachers", nor a person's name: "Drew Heiserman, … a group …")."""
    for c in head.children:
        if c.dep_ != "appos" or c.lower_ not in _GROUPS:
            continue
        if any(g.dep_ == "prep" and g.lower_ == "of" for g in c.children):
            continue
        if c.left_edge.i == 0 or c.doc[c.left_edge.i - 1].text != ",":
            continue  # "According to the AP, 571 … superdelegates — a group …"
        name = [t for t in head.subtree if t.i < c.i]
        return (
            any(t.pos_ == "PROPN" for t in name)
            and not _has_person_name(name)
            and not is_first_name(name[0].text)
        )
    return False


# a name with one of these in apposition is a body's: "Save Our Shoreline, a residents' group"
_GROUPS = {"group", "organization", "organisation", "movement", "charity", "coalition"}
_GROUPS |= {"alliance", "association", "federation", "nonprofit", "collective"}


def _unnamed_on_request(head: Token) -> bool:
    """A clause on the speaker saying it stays unnamed: "who asked not to be named", "who
    declined to be identified", "speaking on condition of anonymity"."""
    for c in head.children:
        if c.dep_ not in ("relcl", "acl", "appos"):
            continue
        words = {t.lower_ for t in c.subtree}
        if words & _ANONYMITY_WORDS:
            return True
        asked = {"asked", "declined", "refused", "requested", "agreed"}
        if words & {"named", "identified"} and words & asked:  # not "was not named in the suit"
            return True
    return False


def _before_modifiers(toks: list[Token]) -> list[Token]:
    """The words before the first preposition or clause: "a source" of "a source privy to …"."""
    out = []
    for t in toks:
        if t.pos_ in ("ADP", "VERB", "SCONJ") or t.text in ",(":
            break
        out.append(t)
    return out


def trim_outlet(toks: list[Token]) -> tuple[list[Token], str | None]:
    """Cut a trailing "to Reuters" off a speaker span, returning the outlet it names."""
    for k, t in enumerate(toks):
        if t.lower_ in ("to", "with") and t.dep_ == "prep" and k > 0:
            name = outlet_name(text_of(toks[k + 1 :]))
            if name:
                return toks[:k], name
    return toks, None


def _name_after_comma(toks: list[Token]) -> bool:
    comma = next((t.i for t in toks if t.text == ","), None)
    return comma is not None and any(t.i > comma and t.pos_ == "PROPN" and t.is_title for t in toks)


def _named_right_after(toks: list[Token], head: Token) -> bool:
    """ "aide Stephen Miller", "an aide, John Roe": a name right after the anonymous word (NER,
    which runs later, has not marked it yet); not "officials at the White House"."""
    after = [t for t in toks if t.i > head.i]
    if after and after[0].text == ",":
        after = after[1:]
    run = 0
    for t in after:
        if t.pos_ != "PROPN" or not t.is_title:
            break
        run += 1
    return run >= 2


def _has_person_name(toks: list[Token]) -> bool:
    return any(t.ent_type_ == "PERSON" for t in toks)


def _has_outlet(toks: list[Token]) -> bool:
    """ "Reuters' reporters", or a report that names its outlet ("a report by Reuters")."""
    return (
        any(t.dep_ == "poss" and outlet_name(text_of([x for x in t.subtree])) for t in toks)
        or _report_outlet(toks) is not None
    )


def _report_outlet(toks: list[Token]) -> str | None:
    head = nominal_head(toks)
    if head is None or head.lower_ not in terms("report_noun"):
        return None
    found = outlet_phrase(head)
    return found[0] if found else None


_WRITINGS = {"statement", "letter", "memo", "release", "email", "tweet", "post", "message"}


def _author(head: Token) -> list[Token]:
    """Who wrote the statement, letter or tweet that speaks ("a statement from the ministry")."""
    if head.lower_.rstrip("s") not in _WRITINGS:
        return []
    for c in head.children:
        if c.dep_ == "poss" and c.lower_ not in ("its", "his", "her", "their"):
            return [t for t in c.subtree if t.dep_ != "case"]
        if c.dep_ == "prep" and c.lower_ in ("from", "by"):
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if objs:
                return list(objs[0].subtree)
    return []


def spoken_outlet(toks: list[Token]) -> str | None:
    """The outlet a media speaker is: "Reuters", "the Financial Times", "a report by Reuters",
    "the Berlin tech newsletter Datenkanal"."""
    return outlet_name(text_of(toks)) or _report_outlet(toks) or named_after_publication_word(toks)


def named_after_publication_word(toks: list[Token]) -> str | None:
    """The name right after a word for a publication, ending the speaker's name ("the Berlin
    tech newsletter Datenkanal", "the Japanese business daily Keizai Nippo"): an outlet,
    though the registry lacks it (not "the newspaper's editor Ann Lee": a person after)."""
    head = nominal_head(toks)
    if head is None or head.pos_ != "PROPN":
        return None
    start = head.i
    while start > toks[0].i and head.doc[start - 1].pos_ == "PROPN":
        start -= 1
    # the word may be outside the span the parser gave ("by the … daily Keizai Nippo, which
    # reported", "daily" read as an adverb)
    word = head.doc[start - 1] if start > 0 and not head.doc[start].is_sent_start else None
    if word is None or not _medium_word(word):
        # or an apposition saying what it is: "The Rift Ledger, a weekly based in Nakuru"
        said = [  # right after the name and a comma (not "Bannon of Breitbart News, a website")
            c
            for c in head.children
            if c.dep_ == "appos" and c.left_edge.i == head.i + 2 and head.nbor().text == ","
        ]
        if said and _medium_word(said[0]) and said[0].lower_ not in _OF_ANY_TRADE:
            if start > 0 and head.doc[start - 1].text == "-" and start < head.i:
                start += 1  # "The pro-Christie Union Leader"
            return head.doc[start : head.i + 1].text.removeprefix("The ").removeprefix("the ")
        return None  # ("daily" may be tagged an adjective)
    if word.lower_ in _OF_ANY_TRADE and (start < 2 or head.doc[start - 2].lower_ not in _NEWS):
        return None  # "The UN agency UNRWA" is no outlet; "the news agency Xinhua" is
    return head.doc[start : head.i + 1].text


def outlet_phrase(noun: Token) -> tuple[str, str] | None:
    """The outlet of a report noun and the words that say so ("Reuters report", "report by Reuters")."""
    start = noun.i  # the proper nouns right before it, however the parser attached them
    while start > noun.sent.start and noun.doc[start - 1].pos_ == "PROPN":
        start -= 1
    if start < noun.i:
        the = start > 0 and noun.doc[start - 1].lower_ == "the"  # "the Ledger report"
        name = outlet_name(noun.doc[start - the : noun.i].text)
        if name:
            return name, f"{name} {noun.text}"
    for c in _modifiers(noun):
        if c.dep_ in ("poss", "nmod") and c.i < noun.i:
            name = outlet_name(text_of(list(c.subtree)))
            if name:
                return name, f"{name}' {noun.text}"
        if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "in", "from", "of", "on"):
            # "a report on the news website Kenyan Insider" (but "a report on Kenya" is about it)
            if (named := _named_after_medium(c)) is not None:
                return named, f"{noun.text} {c.text} {named}"
            if c.lower_ == "on":
                continue
            for g in c.children:
                if g.dep_ != "pobj":
                    continue
                # "by NHK World", "by Japanese broadcaster NHK World" (the name in its phrase),
                # "by the Northern Observer newspaper" (the name before the word for a paper)
                name = outlet_name(text_of(list(g.subtree))) or outlet_name(_name_run(g))
                if not name and g.lower_ in terms("publication_word") and g.i > 0:
                    name = outlet_name(_name_run(g.doc[g.i - 1]))
                if name:
                    return name, f"{noun.text} {c.text} {name}"
    return None


def _modifiers(noun: Token) -> list[Token]:
    """The noun's children, with the phrase of where or by whom it was published ("an account
    published in the Port Ardley Chronicle", "allegations, first published by the Prairie
    Dispatch, that …", which the parser may hang on the verb) and a "by"/"in" phrase right after
    it that the parser hung on the verb ("denied a report in the Sunday Lantern that …", "called
    a story by the Harbour Gazette …", read as the verb's agent)."""
    kids = list(noun.children)
    published = [c for c in kids if c.dep_ == "acl" and c.lower_ in _PUBLISHED]
    if noun.dep_ == "dobj":
        after = max(t.i for t in noun.subtree) + 1
        for c in noun.head.children:
            if c.i == after and c.dep_ in ("prep", "agent") and c.lower_ in ("in", "by"):
                kids.append(c)
            # "rejected allegations, first published by the Prairie Dispatch, that …"
            elif (
                c.dep_ in ("advcl", "acl")
                and c.lower_ in _PUBLISHED
                and c.left_edge.i in (after, after + 1)  # a comma between
            ):
                published.append(c)
    kids.extend(g for c in published for g in c.children if g.dep_ in ("prep", "agent"))
    return kids


_PUBLISHED = {"published", "printed", "carried", "aired", "broadcast", "run", "posted"}
_PUBLISHED |= {"reported", "revealed"}


def _named_after_medium(prep: Token) -> str | None:
    """ "a report in the newspaper Estadio", "… in the Spanish sports daily Estadio": the name
    right after a word for a publication, however the parser hung it."""
    doc = prep.doc
    window = doc[prep.i + 1 : min(prep.i + 8, prep.sent.end)]
    for t in window:
        # "in online magazine The Southern Review": a "The" of the name after the word
        the = t.i + 2 < len(doc) and doc[t.i + 1].text == "The" and doc[t.i + 2].pos_ == "PROPN"
        if _medium_word(t) and t.i + 1 < len(doc) and (doc[t.i + 1].pos_ == "PROPN" or the):
            end = t.i + 1 + the
            while end < len(doc) and doc[end].pos_ == "PROPN":
                end += 1
            if end < len(doc) and doc[end].tag_ == "POS":
                return None  # "a report on broadcaster ABC's funding": about it
            return doc[t.i + 1 + the : end].text
        if t.pos_ in ("VERB", "AUX") or t.lower_ == "that":
            break
    # "claims broadcast on Atlantic FM": a station by its name
    names = [g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
    if names and names[0].text in _STATION_ENDS and names[0].i > 0:
        return _name_run(names[0])
    return None


_STATION_ENDS = {"FM", "AM", "TV", "Radio"}


# words for a publication that other bodies are called too, unless news comes before them
_OF_ANY_TRADE = {"agency", "station", "outlet", "network", "channel", "service"}
_NEWS = {"news", "press", "media", "radio", "television", "tv", "wire", "broadcast", "state"}


def _medium_word(t: Token) -> bool:
    """A word for a publication ("newspaper", "daily", "news site"), not part of a name ("the
    SITE Intelligence Group")."""
    if not t.text.islower():
        return False
    return t.lower_ in terms("publication_word") or (  # "news site TechWire"
        t.lower_ == "site" and t.i > 0 and t.doc[t.i - 1].lower_ in ("news", "web", "gossip")
    )


def _name_run(tok: Token) -> str:
    """The proper nouns ending at `tok` ("NHK World" of "Japanese broadcaster NHK World")."""
    start = tok.i
    while start > tok.sent.start and tok.doc[start - 1].pos_ == "PROPN":
        start -= 1
    return tok.doc[start : tok.i + 1].text if tok.pos_ == "PROPN" else ""


def _aged_or_lettered(head: Token) -> bool:
    """ "Mthembu, 31", "Emeka Nwosu, SAN", "Jane Roe KC": a name given an age or a person's
    post-nominal letters."""
    doc = head.doc
    if head.pos_ != "PROPN":
        return False
    if head.text in _POST_NOMINALS:  # the letters head the span: the name is before them
        comma = head.i >= 2 and doc[head.i - 1].text == ","
        name = _name_run(doc[head.i - 1 - comma]).split() if head.i > comma else []
        # after a comma ("Emeka Nwosu, SAN"), or right after a first name and surname
        # ("Catherine Wyatt KC"; not "Sporting KC", "Orlando City SC")
        person = len(name) >= 2 and is_first_name(name[0])
        bodies = terms("organization_word")
        return bool(name) and (comma or person) and not any(w.lower() in bodies for w in name)
    after = doc[head.i + 1 : head.i + 4]
    if len(after) < 2 or after[0].text != ",":
        return False
    if after[1].text in _POST_NOMINALS:  # "Emeka Nwosu, SAN, said"
        return True
    return (
        len(after) == 3
        and after[1].like_num
        and after[1].text.isdigit()
        and 0 < int(after[1].text) < 120
        and after[2].text == ","
    )


_POST_NOMINALS = {"SAN", "KC", "QC", "SC", "MP", "MLA", "MPP", "TD", "MBE", "OBE", "CBE", "PhD"}


def company_word(word: str) -> bool:
    """A word companies' names end in ("Mining", "Therapeutics", "Ltd")."""
    return word.lower().rstrip(".") in _COMPANY_NAME_ENDS - CLUB_NAME_ENDS


def company_name(head: Token) -> bool:
    """A name ending in a word companies are named with ("Kestrel Mining", "Tianrui
    Resources", "Harbour Energy Group"), which NER may not know."""
    return (
        head.pos_ == "PROPN"
        and head.lower_ in _COMPANY_NAME_ENDS
        and head.i > 0
        and head.doc[head.i - 1].pos_ == "PROPN"
    )


_COMPANY_NAME_ENDS = {"mining", "resources", "minerals", "metals", "energy", "petroleum", "group"}
_COMPANY_NAME_ENDS |= {"capital", "partners", "investments", "properties", "securities"}
_COMPANY_NAME_ENDS |= {"logistics", "systems", "solutions", "ventures", "insurance", "telecom"}
_COMPANY_NAME_ENDS |= {"holdings", "industries", "technologies", "pharmaceuticals", "airways"}
_COMPANY_NAME_ENDS |= {"builders", "contractors", "developers", "engineering", "motors"}
_COMPANY_NAME_ENDS |= {"traders", "exporters", "suppliers", "consultants", "associates"}
_COMPANY_NAME_ENDS |= {"advisory", "consulting", "developments", "ltd", "inc", "plc", "llc", "corp"}
_COMPANY_NAME_ENDS |= {"therapeutics", "commodities", "communications", "enterprises", "labs"}
_COMPANY_NAME_ENDS |= {"brands", "retail", "pharma", "biotech", "electronics", "steel", "media"}
_COMPANY_NAME_ENDS |= {"entertainment", "studios", "construction", "telecom", "foods", "motors"}
# and clubs ("Marina Bay Rovers", "Ashvale Town", "Orlando City"), which NER takes for people
CLUB_NAME_ENDS = {"rovers", "wanderers", "rangers", "albion", "athletic", "hotspur", "fc"}
CLUB_NAME_ENDS |= {"united", "city", "town", "county"}
_COMPANY_NAME_ENDS |= CLUB_NAME_ENDS


def club_word(tok: Token) -> bool:
    """The word a club's name ends in, by which the article may call it ("Rovers")."""
    return tok.lower_ in CLUB_NAME_ENDS - {"fc", "city", "town", "county"}


def _after_an_honorific(head: Token) -> bool:
    """ "Mr Okoro", "Mrs Jane Adeyemi", "Dr. Ruth Ofori": a name after a person's honorific
    (NER may read an unfamiliar surname as a company)."""
    if head.pos_ != "PROPN":
        return False
    i = head.i - 1
    while i >= 0 and head.doc[i].pos_ == "PROPN" and not is_honorific(head.doc[i].text):
        i -= 1
    return i >= 0 and is_honorific(head.doc[i].text) and head.i - i <= 3


_HONORIFICS = {"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "prof"}


def is_honorific(word: str) -> bool:
    """ "Mr", "Mrs.", "Dr": a word only a person's name follows."""
    return word.lower().rstrip(".") in _HONORIFICS


def ner_type(labels: set[str], toks_text: str, head_pos: str) -> str:
    """Speaker type from the entity labels NER found in the speaker span."""
    if "PERSON" in labels or _first_name_and_surname(toks_text):
        return "person"
    if labels & {"ORG", "NORP", "GPE", "FAC"}:
        return "organization"
    if head_pos == "PROPN" and toks_text[:1].isupper():
        return "person"
    return "unknown"


def _first_name_and_surname(text: str) -> bool:
    """ "Ewan McCrae", which the small model may read as a body: a man's or a woman's first
    name and one more capitalised word, not a title ("General Electric"), nor a word companies,
    publishers or clubs end with ("Melville House", "Ford United"), nor a name the outlet or
    place lists know."""
    words = text.split()
    return (
        len(words) == 2
        and pronoun_of_first_name(words[0]) is not None
        and not _describes(words[0])  # "General Electric"
        and re.fullmatch(r"(?:Mc|Mac|O'|O’)?[A-Z][a-z]+(?:[A-Z][a-z]+)?", words[1]) is not None
        and words[1].lower() not in _NOT_A_SURNAME  # "Melville House", "Victoria Park"
        and not _plural_noun(words[1])  # "Coral Terminals"
        and words[1].lower() not in terms("organization_word")
        and outlet_name(text) is None
        and not affiliation_of(words)
    )


# last words of a body's or place's name after a first name: "Melville House", "Victoria
# Park", "Georgia Power", "Albert Hall", "Victoria Station"
_NOT_A_SURNAME = {"house", "park", "hall", "station", "power", "street", "square", "road"}
_NOT_A_SURNAME |= {"bridge", "centre", "center", "stadium", "arena", "gardens", "water", "gas"}
_NOT_A_SURNAME |= {"electric", "mall", "palace", "theatre", "theater", "hotel", "lake"}
_NOT_A_SURNAME |= _COMPANY_NAME_ENDS


def _plural_noun(word: str) -> bool:
    """ "Terminals", "Dynamics": the plural of a common noun (spaCy's lemma index), which
    companies are named with; also some surnames ("Roberts"), left to NER then."""
    w = word.lower()
    if not w.endswith("s") or len(w) < 4:
        return False
    singulars = {
        w[:-1],
        w[:-2] if w.endswith("es") else "",
        w[:-3] + "y" if w.endswith("ies") else "",
    }
    return bool(singulars & _common_nouns())


@cache
def _common_nouns() -> frozenset[str]:
    lemmatizer = load_nlp().get_pipe("lemmatizer")
    return frozenset(lemmatizer.lookups.get_table("lemma_index")["noun"])


def source_count(toks: list[Token]) -> int | None:
    """How many sources the span names: "three Russian sources" -> 3, "another source" -> 1.

    Coordinated sources add up ("a Russian source and two US officials" -> 3);
    a plural without a number gives None.
    """
    counts = terms("count")
    total = 0
    for piece in split_coordinated(toks):
        head = nominal_head(piece)
        if head is None:
            return None
        n: int | None = None
        for t in piece:
            if t.i >= head.i:
                break
            word = t.lower_
            if t.like_num and (word in counts or word.isdigit()):
                n = int(counts.get(word) or word)
            elif word in counts and t.pos_ in ("DET", "NUM", "ADJ", "PRON") and n is None:
                n = int(counts[word])
            elif _ORDINAL.match(word) and n is None:
                n = 1
        if n is None and head.tag_ in ("NN", "NNP"):
            n = 1
        if n is None:
            return None
        total += n
    return total or None


def role_and_name(toks: list[Token]) -> tuple[str | None, list[Token]]:
    """Split "Kremlin spokesman Dmitry Peskov" into its role and its name; "a spokesman for
    the embassy in Washington" is a role with no name."""
    roles = terms("role_head")
    people = terms("person_noun")
    doc = toks[0].doc if toks else None

    def is_name(t: Token) -> bool:
        if t.lower_ in roles:
            return False
        if t.lower_ in people and t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN":
            return False  # "Mayor Linda Owusu", "Judge Frank Nervo"; not "Angus King"
        return t.ent_type_ == "PERSON" or (t.pos_ == "PROPN" and t.is_title)

    head = head_of(toks)
    if head is None:
        return None, []
    # the name is the run of name tokens (hyphens inside: "Jean-Pierre") at the head
    run: list[Token] = []
    for t in toks:
        joined = bool(run) and t.i == run[-1].i + 1
        after_hyphen = joined and run[-1].text == "-" and t.pos_ == "PROPN"  # "Ki-moon"
        # "Ursula von der Leyen", "Khalid al-Rawahi": small words inside a name
        particle = joined and _particle_in_name(t)
        if ((is_name(t) or after_hyphen) and (joined or not run)) or particle:
            run.append(t)
        elif is_name(t):
            run = [t]
        elif joined and t.text == "-" and not t.whitespace_ and not run[-1].whitespace_:
            run.append(t)
        elif t.i > head.i and head in run:
            break
        else:
            run = [] if t.i <= head.i else run
    while run and run[-1].text == "-":
        run.pop()
    while len(run) > 2 and (run[0].text == "." or run[0].lower_.rstrip(".") in terms("title")):
        run.pop(0)  # "Secretary General Jens Stoltenberg", "Gen. Mark Milley": a title, no name
    appos = next((t for t in toks if _appositive_of(t, head)), None)
    if head not in run and not (appos is not None and appos in run):
        return None, []
    role_toks = [
        t
        for t in toks
        if t.i < run[0].i and t.dep_ not in ("det", "punct") and t.pos_ not in ("DET", "PUNCT")
    ]
    for t in toks:
        if (t.dep_ == "appos" or _appositive_of(t, head)) and t.i > run[-1].i:
            role_toks = [x for x in t.subtree if x.pos_ != "PUNCT"]
            while role_toks and role_toks[0].pos_ == "DET":
                role_toks.pop(0)  # "the secretary general of the United Nations"
            break
    while role_toks and _abbreviated_title(role_toks[-1]):
        role_toks.pop()  # "military spokesman Lt. Col. Peter Lerner": ranks go with the name
    role = text_of(role_toks) if role_toks else None
    if role and not any(t.lower_ in person_nouns() for t in role_toks):
        role = None
    return role, run


def _particle_in_name(tok: Token) -> bool:
    """ "von", "der", "al", "bin" inside a name: a small word between its capitalised words."""
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return (
        tok.lower_ in _NAME_PARTICLES
        and tok.text.islower()
        and nxt is not None
        and (nxt.is_title or nxt.text == "-" or nxt.lower_ in _NAME_PARTICLES)
    )


_NAME_PARTICLES = {"al", "el", "bin", "bint", "ibn", "abu", "van", "von", "der", "den", "de"}
_NAME_PARTICLES |= {"del", "della", "di", "da", "dos", "das", "du", "la", "le", "ter", "ten"}


def _appositive_of(tok: Token, head: Token) -> bool:
    """An appositive of the head, or one the parser made a second subject of its verb."""
    if tok.dep_ == "appos":
        return tok.head == head
    return tok.dep_ == "nsubj" and tok.i > head.i and tok.head == head.head and head.dep_ == "nsubj"


def _abbreviated_title(tok: Token) -> bool:
    """ "Lt.", "Col", ".": a rank or courtesy title as abbreviated before a name."""
    if tok.text == ".":
        return True
    nxt = tok.nbor() if tok.i + 1 < len(tok.doc) else None
    dotted = tok.text.endswith(".") or (nxt is not None and nxt.text == ".")
    return dotted and tok.lower_.rstrip(".") in terms("title")


def affiliation(toks: list[Token], name: list[Token] | tuple = ()) -> str | None:
    """The country or institution a speaker belongs to: a place or body that modifies the
    speaker or is it ("Russian sources", "Kremlin spokesman", "Israel's military", "the
    Kremlin"); not one the span only mentions ("the embassy in Washington"), nor a person's
    name ("Paris Hilton") or an outlet's ("a Washington Post reporter")."""
    head = nominal_head(toks)
    skip = {t.i for t in name}
    words = [t.text.replace("’", "'") for t in toks]
    for i in range(len(words)):
        for n in range(min(longest_affiliation(), len(words) - i), 0, -1):
            place = affiliation_of(words[i : i + n])
            if place is None:
                continue
            last = toks[i + n - 1]
            in_outlet = any(outlet_name(" ".join(words[i : i + n + k])) for k in (1, 2))
            if in_outlet or any(t.i in skip for t in toks[i : i + n]):
                break
            if last is head or last.dep_ in _MODIFIER_DEPS:
                return place
            break
    return None


def is_agent(toks: list[Token]) -> bool:
    """A speaker that is a name, a pronoun, or a noun for people or bodies ("officials")."""
    head = nominal_head(toks)
    if head is None:
        return False
    if head.pos_ in ("PROPN", "PRON"):
        return head.lower_ not in terms("evidence_noun")
    return head.lower_ in somebody_nouns() or head.lower_ in terms("media_word")


def may_deny(toks: list[Token]) -> bool:
    """Who can deny: an agent, or people the noun lists have only in the singular ("Striking
    teachers deny …"). Wider than `is_agent`, which lets a curated verb stand on its own; a
    verb of denying needs somebody anyway."""
    if is_agent(toks):
        return True
    head = nominal_head(toks)
    if head is None or head.lower_ in terms("evidence_noun"):
        return False
    if _PERSON_SUFFIX.fullmatch(head.lower_) and not head.lower_.endswith(("list", "lists")):
        return True  # "A prominent geneticist … rejected accusations", "economists", "physician"
    return head.tag_ == "NNS" and lemma(head) in person_nouns()  # "Striking teachers deny"


# people by their calling, beyond the lexicons: "geneticist", "novelist", "physician"
_PERSON_SUFFIX = re.compile(r"[a-z]{4,}(?:ist|ician)s?")


@cache
def somebody_nouns() -> frozenset[str]:
    """Nouns for people and bodies who can speak, deny or decline ("official", "ministry")."""
    cats = ("anonymous_head", "organization_word", "agent_noun")
    return person_nouns().union(*(terms(c) for c in cats))


def is_animate(toks: list[Token]) -> bool:
    """A speaker that can speak: a person, source or body, not "polls" or "the data"."""
    head = nominal_head(toks)
    return head is not None and head.lower_ not in terms("evidence_noun")


# who speaks for a body or a person by office
SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})

MALE_WORDS = {"he", "him", "his", "spokesman", "chairman", "congressman", "councilman"}
MALE_WORDS |= {"businessman", "man", "father", "husband", "son", "brother", "king", "prince"}
MALE_WORDS |= {"uncle", "mr.", "mr", "grandfather", "widower", "boy", "schoolboy", "headmaster"}
MALE_WORDS |= {"policeman", "sportsman", "monk", "actor"}
FEMALE_WORDS = {"she", "her", "spokeswoman", "chairwoman", "congresswoman", "councilwoman"}
FEMALE_WORDS |= {"businesswoman", "woman", "mother", "wife", "daughter", "sister", "queen"}
FEMALE_WORDS |= {"princess", "aunt", "mrs.", "mrs", "ms.", "ms", "grandmother", "widow", "girl"}
FEMALE_WORDS |= {"schoolgirl", "headmistress", "policewoman", "sportswoman", "nun", "actress"}
FEMALE_WORDS |= {"heiress", "waitress"}
_PRONOUNS = {"he", "him", "his", "she", "her"}
_TITLES = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sen.", "rep.", "gov."}


def gender_of(person: str) -> str | None:
    """ "he", "she" or None, from the description ("spokeswoman", "Mr") or the first name."""
    words = person.split()
    lower = {w.lower().strip(",;:") for w in words}  # "eldest daughter, 34"
    lower -= _PRONOUNS  # "Santilli's girlfriend and co-host on his channel": his is another
    male, female = bool(lower & MALE_WORDS), bool(lower & FEMALE_WORDS)
    if male != female:
        return "he" if male else "she"
    # the first name after the last word for what the person is ("South Carolina Gov. Jim
    # Hodges"), or after one the lists do not know ("Superintendent Pamela Whitlock"); not a
    # middle name ("Christine Todd Whitman")
    return next((g for w in _first_names(words)[:2] if (g := pronoun_of_first_name(w))), None)


def _first_names(words: list[str]) -> list[str]:
    """The capitalised words where the name starts: the first run of them (up to a comma),
    past any title in it; the last word is the surname."""
    words = words[:-1]
    start = next((i for i, w in enumerate(words) if w[:1].isupper() and not _describes(w)), None)
    if start is None:
        return []
    run: list[str] = []
    for w in words[start:]:
        if not w[:1].isupper():
            break
        run = [] if _describes(w) else [*run, w.rstrip(",")]
        if w.endswith(","):
            break
    return run


def _describes(word: str) -> bool:
    w = word.lower().rstrip(",")
    return w in _TITLES or w in _PRONOUNS or w in person_nouns() or w in terms("title")
