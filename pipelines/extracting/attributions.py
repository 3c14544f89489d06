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

This module reads cues and assembles attributions; the parts it calls live
beside it: `parsing.py` (the parse, the pre-filter), `quotations.py`,
`speakers.py`, `denials.py` (what makes a statement a denial, and its target),
`no_comments.py`, and `drafts.py` (the record being built).
"""

from __future__ import annotations

import datetime
import re
from dataclasses import fields
from functools import cache, lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.parts_of_speech import IDS as UNIV_POS
from spacy.strings import hash_string
from spacy.tokens import Doc, Token

from pipelines.extracting import cue_model, verifier
from pipelines.extracting import speakers as sp
from pipelines.extracting.denials import (
    called_false,
    claims_innocence,
    denial_target,
    denies_in_words,
    fact_contradicts,
    is_denial_content,
    keep_up_denials,
    not_guilty_plea,
    outlet_of,
    pleaded_to,
    quashes_a_claim,
    rules_on,
    shifted_as,
)
from pipelines.extracting.descriptions import name_bodies_referred_to, name_descriptions
from pipelines.extracting.drafts import ArticleContext, Draft
from pipelines.extracting.lexicon import (
    Cue,
    affiliation_of,
    cues,
    is_first_name,
    measured_cue_lemmas,
    measured_rates,
    outlet_name,
    person_nouns,
    pronoun_of_first_name,
    said_nouns,
    terms,
)
from pipelines.extracting.no_comments import (
    no_comment_cue,
    no_comment_drafts,
    refused_words,
    refuses_to_deal,
    writers_aside,
)
from pipelines.extracting.parsing import (
    as_written,
    is_candidate,
    is_headline,
    lemma,
    load_nlp,
    parse,
    recased,
    sentence_starts,
    supposed,
    with_lower,
)
from pipelines.extracting.quotations import (
    close_quotation,
    continuation,
    quotation_opened_before,
    quotation_type,
    quote_of_another_cue,
    quoted_token_ids,
)
from pipelines.extracting.sentences import (
    OPEN_QUOTES,
    Unit,
    double_quoted,
    split_units,
    written_as,
)
from pipelines.model import Attribution, Citation

USE_MODEL = True
UNION_WITH_LEXICON = True
MIN_LEXICON_RATE = 0.6
STRICT_SPEAKERS = False  # True: model cues need an agent as speaker (else: the verifier judges)
NOUN_THRESHOLD = 0.4  # nouns pass no verifier, so the cue model must be surer of them
NOUNS_WITHOUT_SPEAKER = False  # True: any candidate noun may lack an owner, not only sure ones
VERIFY_WITHOUT_SPEAKER = True  # cues without a speaker (curated ones too) go to the verifier
RELAXED = {"clause", "clause_or_object", "animate"}  # requirements the trained model supersedes
KINDS = {"assert": "claim", "report": "claim", "deny": "denial", "no_comment": "no_comment"}
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_DAY_PHRASE = re.compile(
    r"\b(?:on|last|this|early|late)\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|\b(yesterday|today)\b",
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
_ABOUT_PREPS = {"about", "against", "to", "for", "on", "of", "over", "with"}
# forms of "be" by hand: the lemmatizer is off for speed and `lemma()` leaves AUX "were" as is
_NO_COMMENT_QUOTE = re.compile(
    r"^\W*(?:no comment\W*$|(?:we|i)\s+(?:(?:will|would|do|does|can|could|shall)\s+not"
    r"|(?:won|wouldn|don|doesn|can|couldn)['’]t|never)\s+(?:be\s+)?comment(?:ing)?\b"
    r"|(?:i['’]m|i am|we['’]re|we are)\s+not\s+going\s+to\s+comment\b"
    r"|(?:we|i)\s+(?:have|had)\s+no\s+(?:further\s+)?comment\b"
    r"|(?:we\s+are|we['’]re|i\s+am|i['’]m)\s+(?:unable|not\s+able|not\s+in\s+a\s+position"
    r"|in\s+no\s+position)\s+to\s+comment\b"
    r"|it\s+would\s+(?:be\s+inappropriate|not\s+be\s+appropriate)\s+(?:for\s+(?:us|me)\s+)?"
    r"to\s+comment\b)",
    re.IGNORECASE,
)
# what is quoted of a refusal said in one's own words: 'said that it "does not comment on …"'
_SAYS_IT_DOES_NOT_COMMENT = re.compile(
    r"^(?:that\s+)?(?:it|we|he|she|they)\s+(?:does|do|did|would|will|could|can)\s*(?:not\s+|n['’]t\s+)"
    r"(?:\w+ly\s+)?comment\b",
    re.IGNORECASE,
)
_BUT = re.compile(r"[,;]?\s+but\b", re.IGNORECASE)
_REFERRING = {"the", "this", "that", "his", "her", "its", "their"}
_TERMS_VERBS = {"ask", "request", "decline", "refuse", "agree", "demand", "grant"}
_MEDIA = {"television", "tv", "radio", "air", "stage", "camera", "website", "blog", "podcast"}
_MEDIA |= {"telegram", "x", "twitter", "facebook", "instagram", "tiktok", "youtube", "linkedin"}
_MEDIA |= {"threads", "weibo", "wechat", "bluesky"}
_HAS_RESOLVED = "speaker_resolved" in {f.name for f in fields(Attribution)}


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
    doubled = [(double_quoted(body or ""), date) for body, date in bodies]
    out = []
    for (body, _), (read, _), (drafts, citations) in zip(
        bodies, doubled, _draft_batch(doubled, nlp), strict=True
    ):
        if not verifier.TRAINING:
            drafts = [d for d in drafts if _verified(d)]
        _retype(drafts)
        _resolve(drafts, read)
        drafts = [d for d in drafts if not d.person_only or _named_before(d)]
        atts = [d.att for d in drafts]
        name_descriptions(atts, read)
        name_bodies_referred_to(atts, read)
        keep_up_denials(atts)
        if read != (body or ""):
            citations = _with_own_marks(atts, citations, read, body)
        out.append((atts, citations))
    return out


def _with_own_marks(
    atts: list[Attribution], citations: list[Citation], read: str, body: str
) -> list[Citation]:
    """What was read from single quotation marks written as double ones, as the article
    wrote it."""
    for a in atts:
        for name in ("speaker", "cue", "sentence", "content", "role"):
            value = getattr(a, name)
            if value:
                setattr(a, name, written_as(value, read, body))
    return [
        Citation(c.cited_outlet, c.cue, written_as(c.sentence, read, body), c.sentence_index)
        for c in citations
    ]


def _plural(d: Draft) -> bool:
    head = sp.nominal_head(d.speaker_toks)
    return head is not None and head.tag_ in ("NNS", "NNPS")


def _journalist(d: Draft) -> str:
    """The person named in a medium's speaker ("The Post's Ruth Marcus"), or ""."""
    _, run = sp.role_and_name(d.speaker_toks) if d.speaker_toks else (None, [])
    if len(run) < 2 or run[0].i < 2:
        return ""
    doc = run[0].doc
    before = doc[run[0].i - 1]  # after the medium's possessive or a comma, not its name
    named = before.tag_ == "POS" or before.text == "," or before.lower_ in person_nouns()
    # a name known to be a person's, or one after a person's noun ("editor, Bongani Radebe";
    # not "Fox News' Megyn Kelly", whom the lists do not know)
    person = is_first_name(run[0].text) or (
        before.text == "," and doc[run[0].i - 2].lower_ in person_nouns()
    )
    return sp.text_of(run) if named and person and outlet_name(sp.text_of(run)) is None else ""


def _named_before(d: Draft) -> bool:
    """ "Ruiz" after "Ana Ruiz": the bare name is a person's (NER alone cannot tell)."""
    resolved = getattr(d.att, "speaker_resolved", None)
    return d.att.speaker_type == "person" and resolved not in (None, d.att.speaker)


def _verified(d: Draft) -> bool:
    """Claims the cue model proposed pass the verifier.

    Curated cues, denials and no-comments follow their own rules (the
    annotated news counts "suggested" as belief, for one, where a source
    suggesting something is a claim here).
    """
    if d.att.kind != "claim" or d.cue_tok is None or d.lexical or not verifier.available():
        return True
    return verifier.keep(verifier_features(d))


def verifier_features(d: Draft) -> list[str]:
    """The verifier's view of a draft (shared by extraction and `train_verifier.py`)."""
    assert d.cue_tok is not None
    feats = verifier.features(
        d.att, d.how, d.cue_p, d.lexical, d.cue_tok, lemma(d.cue_tok), d.speaker_toks
    )
    return feats + _context_features(d)


def _context_features(d: Draft) -> list[str]:
    """Who speaks and under what: an agent or not, a cue nested in another's content."""
    tok = d.cue_tok
    assert tok is not None
    lem = lemma(tok)
    agent = sp.is_agent(d.speaker_toks) if d.speaker_toks else None
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
) -> list[tuple[list[Draft], list[Citation]]]:
    """Drafts of every body, speakers typed, not yet verified or resolved."""
    per_body: list[tuple[list[Unit], list[Unit]]] = []
    texts: list[str] = []
    for body, _ in bodies:
        units = split_units(body or "")
        candidates = [u for u in units if is_candidate(u.text)]
        per_body.append((units, candidates))
        texts.extend(recased(u.text) for u in candidates)
    docs = iter(parse(nlp, texts))
    drafts_all: list[tuple[list[Draft], list[Citation]]] = []
    for (_, published), (units, candidates) in zip(bodies, per_body, strict=True):
        parsed = {u.index: as_written(next(docs), u.text) for u in candidates}
        ctx = ArticleContext(published, names=_names_written(units))
        drafts_all.append(_extract_article(units, parsed, ctx))
    _type_speakers(nlp, [d for drafts, _ in drafts_all for d in drafts])
    return drafts_all


# a capitalised word after a lower-case word, a comma or a name: not a sentence's first
_NAME_IN_SENTENCE = re.compile(r"(?<=[a-z0-9,;)] )[A-Z][A-Za-z]+")


def _names_written(units: list[Unit]) -> frozenset[str]:
    """Words the article capitalises inside its sentences (the headline's own excepted)."""
    return frozenset(w for u in units[1:] for w in _NAME_IN_SENTENCE.findall(u.text))


def _extract_article(
    units: list[Unit], parsed: dict[int, Doc], ctx: ArticleContext
) -> tuple[list[Draft], list[Citation]]:
    drafts: list[Draft] = []
    citations: list[Citation] = []
    for pos, unit in enumerate(units):
        doc = parsed.get(unit.index)
        if doc is None:
            continue
        following = continuation(units, pos)
        found = _analyse(doc, unit, following, ctx)
        before = quotation_opened_before(units, pos)
        for d in found if before else ():
            if d.att.quote_type == "direct" and d.att.content:
                d.att.content = " ".join([*before, d.att.content])
        for d in found:
            d.att.event_date = _event_date(unit.text, ctx.published)
        drafts.extend(found)
        citations.extend(_citations(doc, unit, found, ctx))
    _name_reports_from_what_follows(drafts, citations)
    return drafts, citations


_REPORT_WORDS = "report|reports|story|stories|article|claims?"


def _a_surname(word: str, drafts: list[Draft]) -> bool:
    """The word follows a first name somewhere in the article's sentences ("Alan Kerr")."""
    for text in {d.att.sentence for d in drafts}:
        for m in re.finditer(rf"\b([A-Z][a-z]+) {re.escape(word)}\b", text or ""):
            if is_first_name(m.group(1)):
                return True
    return False


def _name_reports_from_what_follows(drafts: list[Draft], citations: list[Citation]) -> None:
    """ "Kremlin Denies Report …" (headline), then "… denied a report by Reuters": a denied
    report the sentence does not name is the one the next sentences cite; a denied report or
    claim named by an outlet the article cites is that outlet's ("the Keizai Nippo account")."""
    cited = {c.cited_outlet for c in citations if c.cited_outlet}
    for d in drafts:
        att = d.att
        if (
            att.kind == "denial"
            and att.target_type in ("report", "claim")
            and not att.target_outlet
        ):
            # "Dunmore Rovers reject Evening Post report …": a name the article cites as an
            # outlet elsewhere ("a report in the Evening Post"), not one the registry knows;
            # named before what was reported ("claims that he spoke to the Times" are not its)
            phrase = re.split(r"\bthat\b", att.content or "", maxsplit=1)[0]
            named = [o for o in cited if re.search(rf"\b{re.escape(o)}\b", phrase)]
            # or its first word before the report ("Starwatch report" for Starwatch Weekly)
            named = named or [
                o
                for o in cited
                if " " in o
                and re.search(rf"\b{re.escape(o.split()[0])} (?:{_REPORT_WORDS})\b", phrase)
                and not _a_surname(o.split()[0], drafts)  # "Kerr report" by judge Alan Kerr
            ]
            if len(named) == 1:
                att.target_outlet = named[0]
                continue
        if att.kind != "denial" or not d.open_report:
            continue
        after = [
            c for c in citations if att.sentence_index < c.sentence_index <= att.sentence_index + 3
        ]
        if after:
            att.target_outlet = after[0].cited_outlet


def _words_to_read(doc: Doc, starts: set[int]) -> list[Token]:
    """The words `_analyse` can act on (nouns, verbs, "according", "in", a sentence's first),
    found from the parse's arrays: a token object for every word costs more than the rules."""
    pos = doc.to_array("POS").tolist()
    lower = doc.to_array("LOWER").tolist()
    return [
        doc[i]
        for i in range(len(doc))
        if pos[i] in _READ_POS or lower[i] in _READ_WORDS or i in starts
    ]


_READ_POS = frozenset(UNIV_POS[p] for p in ("NOUN", "VERB", "AUX"))
_READ_WORDS = frozenset(hash_string(w) for w in ("according", "in"))


def _analyse(doc: Doc, unit: Unit, following: list[str], ctx: ArticleContext) -> list[Draft]:
    quoted, qspans = quoted_token_ids(doc)
    out: list[Draft] = []
    lex = cues()
    use_model = USE_MODEL and cue_model.available()
    scores = cue_model.score_doc(doc, quoted, lemma) if use_model else {}
    thr = cue_model.threshold()
    if use_model and (verifier.available() or verifier.TRAINING):
        thr = min(thr, verifier.candidate_threshold())  # the verifier filters afterwards
    declined: set[int] = set()  # "did not return requests for comment": no claim in there
    if unit.index == 0 and (d := _headline_quotation(doc, unit, quoted)) is not None:
        out.append(d)  # "Harcourt: ‘I have never tampered with a ball in my life’"
    starts = sentence_starts(doc)
    for tok in _words_to_read(doc, starts):
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
        if tok.i in starts and (d := _said_opening(doc, tok, unit, quoted, following)):
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
        no_comment = no_comment_cue(tok, lem)
        if no_comment:
            out.extend(no_comment_drafts(tok, no_comment, unit, quoted))
            declined |= refused_words(tok)
            continue
        if refuses_to_deal(tok, lem):  # "declined to renew the contract …, appointing …"
            declined |= refused_words(tok)  # no statement in what it did instead
            continue
        if _anonymity_request(tok, lem) or _hortative(tok) or _claims_a_thing(tok, lem):
            continue  # "who asked not to be named", "let's say", "claimed €38,000 in expenses"
        if _asked_participle(tok, lem):
            # "Asked to describe the device, X said …": what X was asked is no cue of X's
            asked = _question_asked(tok)  # "Asked whether staff had been told …": no claim
            declined |= {
                t.i
                for t in tok.subtree
                if t.i != tok.i and (t.i in asked or not _own_subject(t, tok))
            }
            continue
        if (
            lem in ("plead", "enter")
            and (plea := not_guilty_plea(tok))  # "pleaded not guilty"
            and not (sp.to_infinitive(tok) and not _carried_out(tok))  # "is expected to plead"
        ):
            d = _verb_attribution(tok, _NOT_GUILTY, unit, quoted, qspans, following, ctx)
            if d and d.speaker_toks:
                d.att.cue = plea
                d.att.content = pleaded_to(tok)
                d.cue_p, d.cue_tok, d.lexical = scores.get(tok.i, 0.0), tok, True
                out.append(d)
            continue
        cue = lex.get(lem) or _phrasal_cue(tok, lem, lex)  # "shot down a report"
        if cue is not None and cue.kind in ("belief", "no_comment"):
            continue
        if cue is not None and cue.kind == "deny" and cue.pos == "VERB":
            d = _typed_denial(tok, cue, unit, quoted, qspans, following, ctx)
            if d:
                d.cue_p, d.cue_tok, d.lexical = scores.get(tok.i, 0.0), tok, True
                out.append(d)
                # "denied that the mayor had promised …": what is denied was not said (but
                # "contradicted what Trump said" was)
                declined |= {
                    t.i
                    for c in tok.children
                    if c.dep_ == "ccomp" and c.left_edge.tag_ not in ("WP", "WRB", "WDT")
                    for t in c.subtree
                    if t.i not in _joined_acts(c)
                }
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
            d.lexical = (
                lexical and cue.phrase in lex and any(sp.is_agent([t]) for t in d.speaker_toks)
            )
            out.append(d)
    return _without_opening_participles(out)


def _without_opening_participles(drafts: list[Draft]) -> list[Draft]:
    """ "Posting on Instagram, Lund wrote: “…”", "Writing in the Times, she said …": the
    opening participle and the verb it leads to give one statement, the verb's."""
    verbs = {d.cue_tok.i: d for d in drafts if d.cue_tok is not None}
    return [
        d
        for d in drafts
        if not (
            d.cue_tok is not None
            and d.cue_tok.dep_ == "advcl"
            and d.cue_tok.tag_ == "VBG"
            and d.cue_tok.i < d.cue_tok.head.i
            and (main := verbs.get(d.cue_tok.head.i)) is not None
            and main.att.content == d.att.content
            and main.att.speaker == d.att.speaker
        )
    ]


def _phrasal_cue(tok: Token, lem: str, lex: dict[str, Cue]) -> Cue | None:
    """A cue listed with its particle ("shoot down"), the verb alone being no cue of that
    kind ("shot back" is the model's to judge)."""
    return next(
        (
            cue
            for c in tok.children
            if c.dep_ in ("prt", "advmod")
            and c.i > tok.i
            and (cue := lex.get(f"{lem} {c.lower_}")) is not None
        ),
        None,
    )


def _tags_quotation(tok: Token, speaker: list[Token]) -> bool:
    """ "“…,” Johnson said with …", "“…,” said Johnson": the cue and its speaker right after
    a quotation are its tag."""
    first = min([tok, *speaker], key=lambda t: t.i)
    before = sp.after_quotation(first, window=2)
    tag = {tok.i, *(t.i for t in speaker)}
    return (
        bool(speaker)
        and len(before) == 2
        and before[0].text in (",", "?", "!", ".")  # speech, not a title ("“Fargo” star …")
        and all(i in tag for i in range(first.i, max(tag) + 1))  # not "…,” X said, referring"
    )


def _typed_denial(
    tok: Token,
    cue: Cue,
    unit: Unit,
    quoted: set[int],
    qspans: list[tuple[int, int]],
    following: list[str],
    ctx: ArticleContext,
) -> Draft | None:
    """A verb of denying ("rejected the request", "dismissed the reports") is a denial
    whatever it denies, when somebody who can deny does it and it has something to deny."""
    if not _has_particle(tok, cue):
        return None  # the requirement dropped below is the object's, not the particle's
    if cue.needs("claim_object") and lemma(tok) not in _ANY_OBJECT and not _claim_object(tok):
        return None  # "contested the finding", not "contested the election"
    if not quashes_a_claim(tok):
        return None  # "quashed the charges" (a court), "rubbished the plan as unworkable"
    kids = list(tok.children)
    has_object = any(c.dep_ in ("dobj", "ccomp", "nsubjpass", "xcomp") for c in kids)
    if not has_object and shifted_as(tok) is None and not _denies_its_head(tok):
        return None
    if any(c.dep_ == "neg" for c in kids):
        return None  # "did not deny the report", "has never denied it": no denial was made
    if any(c.dep_ == "aux" and c.lower_ in _NOT_DONE_MODALS for c in kids):
        return None  # "Mexico must rebut Trump's claims": asked for, not done
    if fact_contradicts(tok):
        return None  # "he had his hands up, contradicting the police": the fact contradicts
    if sp.to_infinitive(tok) and not _carried_out(tok):
        return None  # "urged them to reject the deal": asked for, not done
    if supposed(tok):
        return None  # "if the plan rejected …": supposed, not done
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:  # "without admitting or denying"
        first = first.head
    if first.dep_ == "pcomp" and first.head.lower_ in ("for", "of", "from", "against", "without"):
        return None  # "called for denying entry", "instead of denying", "accused of denying"
    if _refused_not_denied(tok):
        return None  # "denied bail to …", "rejected the bill", "dismissed the lawsuit"
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in kids) and not any(
        c.dep_ == "agent" for c in kids
    ):
        return None  # "those requests were denied": by whom, the sentence does not say
    d = _verb_attribution(
        tok, Cue(cue.phrase, cue.kind, cue.pos, ""), unit, quoted, qspans, following, ctx
    )
    if d is None or not d.att.content or not d.speaker_toks:
        return None
    # "It denied that …": what denies is a body, never the evidence "it" of "it shows"
    it = [t.lower_ for t in d.speaker_toks] == ["it"]
    head = sp.nominal_head(d.speaker_toks)
    if (
        head is not None
        and head.lower_ in said_nouns()
        and is_headline(tok.doc)
        and not head.n_lefts
    ):
        return None  # "Reports dismiss fears of a recession": no one denies
    named = _headline_subject(d.speaker_toks, ctx.names)  # "Rovers dismiss claims …"
    business = _business(tok, head) and any(t.pos_ == "PROPN" for t in d.speaker_toks)
    return d if it or named or sp.may_deny(d.speaker_toks) or business else None


def _rest_of_that_clause(conj: Token, obj: Token) -> bool:
    """ "rejected a report … that her hit single “Sunday Light” was lifted from a demo": the
    parser read "hit" as the clause's verb and joined "was lifted …", subjectless, to the
    verb of denying; it is the end of what the report says."""
    return (
        conj.dep_ == "conj"
        and conj.left_edge.i == obj.right_edge.i + 1
        and not any(g.dep_ in ("nsubj", "nsubjpass", "cc") for g in conj.children)
        and any(t.dep_ == "mark" and t.lower_ == "that" for t in obj.subtree)
        and obj.lower_ in said_nouns()
    )


_TAG_VERBS = {"say", "report", "tell", "add", "note", "write", "state", "allege", "claim"}


def _tag_inside(tok: Token) -> bool:
    """ "…, the newspaper reported, he warned …": a verb of saying the parser made a clause of
    the one after it, with its subject and commas on both sides and nothing said of its own."""
    doc, head = tok.doc, tok.head
    end = tok.right_edge.i + 1
    return (
        tok.dep_ == "advcl"
        and lemma(tok) in _TAG_VERBS
        and not any(c.i > tok.i and c.dep_ != "punct" for c in tok.children)
        and tok.i < head.i
        and head.pos_ in ("VERB", "AUX")
        and end < len(doc)
        and doc[end].text == ","
        and any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children)
        and not any(c.dep_ in ("ccomp", "dobj", "xcomp", "mark") for c in tok.children)
        and tok.left_edge.i < min(c.i for c in tok.children if c.dep_ == "nsubj")
    )


def _business(tok: Token, head: Token | None) -> bool:
    """ "A west Clare restaurant has rejected a claim by its former head chef that …": a named
    thing that answers a claim or report by name is somebody, whatever the noun lists lack
    (not evidence, "The data rejects the claim", nor a ruling, "The court rejected the claim";
    the caller asks for a name, not "The checklist rejected the claims")."""
    return (
        head is not None
        and head.pos_ in ("NOUN", "PROPN")
        and head.lower_ not in terms("evidence_noun")
        and head.lower_ not in said_nouns()
        and not rules_on(head)
        and head.lower_ not in _WRITINGS_AND_RULINGS
        and not is_headline(tok.doc)
        and any(c.dep_ == "dobj" and c.lower_ in said_nouns() for c in tok.children)
    )


_WRITINGS_AND_RULINGS = {"plan", "bill", "law", "proposal", "policy", "decision", "ruling"}
_WRITINGS_AND_RULINGS |= {"verdict", "judgment", "judgement", "review", "audit", "inquiry"}
_WRITINGS_AND_RULINGS |= {"investigation", "probe", "book", "film", "article", "paper", "letter"}
_WRITINGS_AND_RULINGS |= {"statement", "move", "budget", "agreement", "deal", "amendment"}


# verbs of saying that are also plural nouns (beside the lexicon's report and claim nouns):
# "Police reports detailing …" is no statement
_PLURAL_NOUNS = {"calls", "notes", "comments", "answers", "questions", "statements", "replies"}
_PLURAL_NOUNS |= {"responses", "warnings", "tweets", "posts"}
_NOT_GUILTY = Cue("plead", "deny", "VERB", "")
_DOING = {"continue", "begin", "start", "keep", "try", "seek", "move", "rush"}


# verbs of denying that deny whatever they take, as annotated news counts them (cues.csv's
# "claim_object" for these is the requirement of their other readings, e.g. as a cue model verb)
_ANY_OBJECT = {"reject", "dismiss"}


def _denies_its_head(tok: Token) -> bool:
    """ "accused of murder, a charge he denies", "a claim the police chief flatly denies": a
    relative clause with no object of its own, on a word for a charge or claim."""
    return (
        tok.dep_ == "relcl"
        and tok.head.lower_ in said_nouns() | _DISPUTED_NOUNS
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in tok.children)
        and any(c.dep_ == "nsubj" for c in tok.children)
    )


# charges, and what was said or counted that one may dispute ("…, a point the company
# disputes"), singular and plural
_DISPUTED_NOUNS = {
    form
    for word in ("charge", "count", "offence", "offense", "point", "figure", "version")
    for form in (word, word + "s")
} | {"characterisation", "characterization", "characterisations", "characterizations"}


def _refused_not_denied(tok: Token) -> bool:
    """ "The court denied bail", "denied investigators access": a thing withheld; "Parliament
    rejected the bill", "the judge dismissed the lawsuit": a vote or a ruling. Neither denies
    a statement, unless it is called something ("dismissed the lawsuit as frivolous")."""
    kids = list(tok.children)
    if any(  # "rejected it by 28 votes to 19", "rejected a proposal by 30 votes to 12" (not
        # "by Vote Leave")
        c.dep_ in ("prep", "agent")
        and c.lower_ == "by"
        and any(
            g.dep_ == "pobj" and g.lower_ in ("vote", "votes", "margin", "majority", "majorities")
            for g in c.children
        )
        for c in (*kids, *(g for k in kids if k.dep_ == "dobj" for g in k.children))
    ):
        return True
    if (
        lemma(tok) == "dismiss"
        and any(
            c.dep_ == "nsubjpass" and c.lower_ in ("who", "he", "she", "i", "we", "they")
            for c in kids
        )
        and shifted_as(tok) is None
        and not _called_as(tok)
    ):
        return True  # "Mrs Owusu-Ansah, who was dismissed by the church": fired, not denied
    if lemma(tok) == "dismiss" and _fired(tok):
        return True  # "Employers can dismiss staff who …", "dismissed head coach Anan Wongsakul"
    if any(c.dep_ == "ccomp" for c in kids):
        return False  # "denied the case against him had any merit": a clause denied
    if _BY_VOTES.search(tok.doc[tok.i : tok.right_edge.i + 1].text):
        return True  # "rejected a proposal to ban coaches … by seven votes to four"
    # the thing itself, or "Alcott's appeal was rejected by the court"
    objects = [c for c in kids if c.dep_ in ("dobj", "nsubjpass")]
    if not objects or shifted_as(tok) is not None or _called_as(tok):
        return False
    if objects[-1].lower_ not in said_nouns() and any(
        c.dep_ == "amod" and c.lower_ in ("proposed", "planned") for c in objects[-1].lefts
    ):
        return True  # "the board rejected a proposed long-term lease": a decision, not words
    if _an_amount(objects[-1]):
        return True  # "Rovers rejected a £4m bid" (the parser's object "4"): money turned down
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in objects[-1].children):
        return False  # "denied any application of force": an act denied
    if any(c.dep_ in ("compound", "amod") and c.lower_.endswith("ing") for c in objects[-1].lefts):
        return False  # "denies hiding cases": a gerund and its object, read as a compound
    word = objects[-1].lower_
    if lemma(tok) in ("reject", "disavow", "repudiate") and _somebody_named(objects[-1]):
        return True  # "voters rejecting Mr. Trump", "have disavowed Trump": a person, not words
    return word in terms("withheld_thing") or word in terms("procedural_object")


def _an_amount(obj: Token) -> bool:
    """ "a £4m bid" (the parser's object the "4"), "$2 million": money, not "all three"."""
    money = obj.ent_type_ == "MONEY"
    return money or (obj.tag_ == "CD" and any(t.text in _CURRENCIES for t in obj.subtree))


_CURRENCIES = {"$", "€", "£", "¥"}


def _somebody_named(obj: Token) -> bool:
    """A person named as the object, by a title or a first name ("Mr. Trump", "Jeb Bush"), not
    their words ("Trump's claims") nor a body ("the KKK")."""
    names = [c for c in obj.children if c.dep_ == "compound" and c.i < obj.i]
    return (
        obj.pos_ == "PROPN"
        and not any(c.dep_ in ("case", "prep", "relcl") for c in obj.children)
        and bool(names)
        and (sp.is_honorific(names[0].text) or is_first_name(names[0].text))
    )


# modals of what ought to be done, not what was ("must rebut", "should reject"); "would" and
# "could" stay, as annotated news counts "the government could deny them permits"
_NOT_DONE_MODALS = {"must", "should", "might", "may", "ought"}


def _fired(dismiss: Token) -> bool:
    """Whom "dismissed" takes is somebody employed, not a statement: "dismissed staff",
    "dismissed head coach Anan Wongsakul", "dismissed two of its staff", "dismissed the county's
    chief roads engineer" (the small model may read that noun as a clause); not "dismissed
    her critics as cranks", which calls them something."""
    if shifted_as(dismiss) is not None or _called_as(dismiss):
        return False
    objects = [
        c
        for c in dismiss.children
        if c.dep_ in ("dobj", "nsubjpass") or (c.dep_ == "ccomp" and c.pos_ == "NOUN")
    ]
    people = person_nouns() | _STAFF

    def employed(word: Token) -> bool:  # also "watchmen", "firemen"
        return word.lower_ in people or lemma(word) in people or word.lower_.endswith("men")

    for obj in objects:
        if employed(obj):
            return True
        if (
            obj.tag_ == "NNS"
            and any(c.dep_ == "nummod" for c in obj.children)
            and obj.lower_.endswith(("ers", "ors", "ists", "ants", "ents"))
        ):
            return True  # counted people by their work: "dismissed two senior buyers"
        if obj.pos_ == "PROPN" and any(
            c.dep_ == "compound" and c.lower_ in people for c in obj.children
        ):
            return True  # a name after its job: "head coach Anan Wongsakul"
        if obj.pos_ == "NUM" or obj.lower_ in _SOME:  # "two of its staff"
            of = [g for c in obj.children if c.lower_ == "of" for g in c.children]
            if any(g.dep_ == "pobj" and employed(g) for g in of):
                return True
    return False


_SOME = {"some", "several", "dozens", "hundreds", "thousands", "many", "most", "all", "one"}


_STAFF = {"staff", "workers", "employees", "officers", "crew", "players", "teachers", "nurses"}
_STAFF |= {"guard", "driver", "doctor", "executive", "journalist", "reporter", "cleaner"}
# "by seven votes to four", and a tally without its "by" ("by the council 5 votes to 4")
_BY_VOTES = re.compile(
    r"\bby (?:\d+|[a-z]+(?:-[a-z]+)?) votes? to (?:\d+|[a-z]+)\b|\b\d+ votes? to \d+\b"
)


def _joined_acts(clause: Token) -> set[int]:
    """ "denied that he had misled parliament and declined to comment": a verb the parser joins
    to the denied clause, with no subject of its own, is the denier's next act."""
    return {
        t.i
        for c in clause.children
        if c.dep_ == "conj" and c.pos_ == "VERB" and not any(g.dep_ == "nsubj" for g in c.children)
        for t in c.subtree
    }


def _called_as(tok: Token) -> bool:
    """ "dismissed the lawsuit as frivolous": what it is called (the parser may hang "as" on
    the verb, its object or the adjective)."""
    return any(
        (c.lower_ == "as" and c.dep_ == "prep")
        or (
            c.dep_ in ("dobj", "advcl", "acomp", "oprd", "xcomp")
            and any(g.lower_ == "as" and g.dep_ in ("prep", "advmod") for g in c.children)
        )
        for c in tok.children
    )  # not "dismissed the lawsuit, as expected" (a mark)


def _finite_verb_after(word: Token) -> bool:
    """ "Police reports detailing the shooting were released": a finite verb after the phrase
    of the word following "reports" makes "reports" a noun; "Smith claims having been fired."
    has none."""
    end = word.right_edge.i + 1
    doc = word.doc
    if end < len(doc) and doc[end].text == ",":  # past ", first published in 2019,"
        aside = next((t.i for t in doc[end + 1 : end + 10] if t.text == ","), None)
        if aside is not None and not any(
            t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in doc[end + 1 : aside]
        ):
            end = aside + 1
    return end < len(doc) and doc[end].tag_ in ("VBD", "VBZ", "VBP", "MD")


def _carried_out(tok: Token) -> bool:
    """ "continued to refute", "began to rebut", "went on to dismiss": the verb before the
    infinitive says it was done (or attempted), not asked for or planned."""
    head = tok.head
    while head.dep_ == "xcomp" and head.head.i != head.i:  # "tried to continue to …"
        head = head.head
    went_on = lemma(head) == "go" and any(
        c.dep_ == "prt" and c.lower_ == "on" for c in head.children
    )
    return tok.dep_ in ("xcomp", "advcl") and (lemma(head) in _DOING or went_on)


def _headline_subject(toks: list[Token], names: frozenset[str]) -> bool:
    """ "Sprinter denies doping", "Canadian miner denies …": headlinese names who denies by a
    bare noun, no article, its modifiers before it; a plural only when the article writes it
    as a name ("Rovers", not "Surveys"), never evidence ("New data rejects …")."""
    if not toks:
        return False
    t = max(toks, key=lambda w: w.i)
    first = min(toks, key=lambda w: w.i)
    bare = first.i == t.sent.start and first.text[:1].isupper()
    inside = {w.i for w in toks}  # "Lagos crypto exchange boss": modifiers of modifiers too
    modifiers = all(
        w.dep_ in ("amod", "compound") and w.head.i in inside for w in toks if w is not t
    )
    noun = t.tag_ == "NN" or (t.tag_ == "NNS" and t.text in names)
    if bare and t.tag_ in ("NN", "NNP") and t.text in names and t.lower_ not in STOP_WORDS:
        return True  # "All Blacks hopeful Tamatea denies …": a name the article writes, last
    return bare and modifiers and noun and t.lower_ not in terms("evidence_noun")


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


def _claims_a_thing(tok: Token, lem: str) -> bool:
    """ "claimed €38,000 in expenses", "claimed asylum", "the fire claimed three lives": claiming
    money, a right, a prize or lives is taking it, not saying anything."""
    if lem != "claim":
        return False
    for obj in (c for c in tok.children if c.dep_ == "dobj"):
        if obj.lower_ in terms("claimed_thing"):
            return True
        if obj.ent_type_ == "MONEY" or any(t.text in _CURRENCIES for t in obj.subtree):
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


def _tag(clause: Token) -> bool:
    """ "…, prosecutors said, …": a reporting tag inside the sentence says who said the rest;
    it is no content of another cue's."""
    cue = cues().get(lemma(clause))
    kids = list(clause.children)
    return (
        cue is not None
        and cue.kind in ("assert", "report")
        and any(c.dep_ == "nsubj" for c in kids)
        and not any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in kids)
    )


def _has_particle(tok: Token, cue: Cue) -> bool:
    """The particle a curated phrasal cue requires ("pointed out"), or none required."""
    particle = cue.particle
    if particle is None:
        return True
    return any(  # the parser often reads "back" in "pushed back" as an adverb
        c.dep_ in ("prt", "advmod") and c.lower_ == particle and c.i > tok.i for c in tok.children
    )


def _asked_participle(tok: Token, lem: str) -> bool:
    """ "Asked about the report, the spokesman said …": the speaker was asked, he asked nothing."""
    return (
        lem == "ask"
        and (tok.tag_ == "VBN" or tok.i == tok.sent.start)  # "Asked what he believed, …"
        and tok.dep_ in ("advcl", "ccomp", "dep")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in tok.children)
        # "When asked by reporters about …, the minister …": asked, by whom it may say
        and (tok.dep_ == "advcl" or not any(c.dep_ == "agent" for c in tok.children))
    )


def _question_asked(asked: Token) -> set[int]:
    """The verbs of the question in "Asked whether …" / "Asked if …": what was asked, said by
    nobody ("whether staff had been told not to …", "if he planned to retire"); not a
    relative clause in it, "which friends described as miserable", nor a noun, "the
    President's insistence that …"."""
    return {
        t.i
        for c in asked.children
        if c.dep_ in ("ccomp", "advcl")
        and any(g.dep_ == "mark" and g.lower_ in ("whether", "if") for g in c.children)
        for t in c.subtree
        if t.pos_ == "VERB" and not _in_relative(t, c)
    }


def _in_relative(tok: Token, top: Token) -> bool:
    t = tok
    while t.i != top.i and t.head.i != t.i:
        if t.dep_ in ("relcl", "acl"):
            return True
        t = t.head
    return False


def _own_subject(tok: Token, top: Token) -> bool:
    """Has `tok` a subject of its own below `top` ("asked about the deal, which critics
    called a giveaway": the critics speak)?"""
    t = tok
    while t.i != top.i and t.head.i != t.i:
        if t.dep_ in ("relcl", "acl") or any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            return True
        t = t.head
    return False


def _noun_attribution(
    tok: Token, unit: Unit, quoted: set[int], ctx: ArticleContext, alone: bool = False
) -> Draft | None:
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
        quote_type=quotation_type(content, quoted),
        target_type="other" if kind == "denial" else None,
    )
    return Draft(att, speaker)


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
    # or one of its own innocence: "The defendants have maintained their innocence"
    return any(c.dep_ == "ccomp" for c in tok.children) or claims_innocence(tok)


def _according_to(doc: Doc, tok: Token, unit: Unit, quoted: set[int]) -> Draft | None:
    to = doc[tok.i + 1]
    objs = [c for c in to.children if c.dep_ == "pobj"]
    objs = objs or [c for c in to.children if c.dep_ == "pcomp"]  # "to show insiders": misparsed
    if not objs:
        return None
    toks = sp.speaker_tokens(objs[0], quoted)
    phrase = {tok.i, to.i, *(t.i for t in toks)}
    words = list(tok.sent)
    verb = tok.head
    relative = [c for c in verb.children if c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP")]
    if verb.pos_ == "VERB" and verb.dep_ != "ROOT" and relative:
        # "memos that, according to Byteline, lay out plans …": what the relative clause says
        words, phrase = list(verb.subtree), phrase | {relative[0].i}
    content = _strip([t for t in words if t.i not in phrase])
    return _source_phrase_draft("according to", toks, content, unit, quoted)


def _said_opening(
    doc: Doc, tok: Token, unit: Unit, quoted: set[int], following: list[str]
) -> Draft | None:
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


_HEADLINE_LABELS = {"exclusive", "watch", "analysis", "update", "breaking", "opinion", "video"}
_HEADLINE_LABELS |= {"editorial", "live", "review", "interview", "explainer", "comment", "listen"}


def _headline_quotation(doc: Doc, unit: Unit, quoted: set[int]) -> Draft | None:
    """ "Harcourt: ‘I have never tampered with a ball in my life’", "Hendricks on loan
    payments: ‘I did nothing wrong’": a headline giving a named person's words after a colon
    is that person's denial when the words deny (what else such headlines quote is a claim
    the annotated news counts under a colon no row can name, so they are left)."""
    colon = next((t for t in doc if t.text == ":" and t.i not in quoted), None)
    if colon is None or not is_headline(doc) or colon.i + 1 not in quoted:
        return None
    speaker = list(doc[: colon.i])
    topic = next((t.i for t in speaker if t.lower_ in ("on", "over", "about")), None)
    speaker = speaker[:topic] if topic is not None else speaker
    if not 1 <= len(speaker) <= 4 or not speaker[0].text[:1].isupper():
        return None  # (a camel-cased name too: "CoralBit founder")
    # a name ("Hendricks" the tagger may take for a plural), or who they are: "Port Alder
    # mayor", "Junior minister", "Highveld cricket chief"
    last = speaker[-1]
    if not (all(t.is_title for t in speaker) or last.lower_ in person_nouns()):
        return None
    if any(t.pos_ in ("VERB", "AUX", "ADP", "PRON") for t in speaker):
        return None
    if len(speaker) == 1 and speaker[0].lower_ in _HEADLINE_LABELS:
        return None  # "Exclusive: ‘…’"
    words = [t for t in doc[colon.i + 1 :] if t.i in quoted]
    said = sp.text_of([t for t in words if not t.is_quote]).strip()
    if not denies_in_words(said) and not called_false(said):
        return None  # (or "Pure fiction")
    is_body = last.lower_ in terms("organization_word")  # "Union: 'We never agreed'"
    # "Publicist on Castellane split report: 'Pure fiction'": a report, whose outlet the next
    # sentences cite
    about = doc[topic : colon.i] if topic is not None else []
    report = any(t.lower_ in terms("report_noun") for t in about)
    att = Attribution(
        kind="denial",
        speaker=sp.text_of(speaker),
        speaker_type="organization" if is_body else "person",
        cue=":",
        sentence=unit.text,
        sentence_index=unit.index,
        content=sp.text_of(words),
        quote_type="direct",
        target_type="report" if report else "other",
    )
    draft = Draft(att, speaker, name=sp.text_of(speaker), how="quote", lexical=True)
    draft.open_report = report
    return draft


def _source_phrase_draft(
    cue: str, toks: list[Token], content: list[Token], unit: Unit, quoted: set[int]
) -> Draft:
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
        quote_type=quotation_type(content, quoted),
    )
    return Draft(att, toks)


def _in_source(doc: Doc, tok: Token, unit: Unit, quoted: set[int]) -> Draft | None:
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


# who is told, in headlinese's passive: "Inquest told …", "Misconduct hearing told …"
_TOLD = {"court", "hearing", "inquest", "jury", "tribunal", "inquiry", "mps", "committee"}
_TOLD |= {"panel", "councillors", "parliament", "senate", "judge", "magistrates", "trial"}


def _told_in_headline(tok: Token, head: Token) -> bool:
    return lemma(tok) == "tell" and head.lower_ in _TOLD and is_headline(tok.doc)


def _strip(toks: list[Token]) -> list[Token]:
    while toks and (toks[0].is_punct and toks[0].text not in '“"' or toks[0].dep_ == "cc"):
        toks = toks[1:]
    while toks and toks[-1].is_punct and toks[-1].text not in '”"':
        toks = toks[:-1]
    return close_quotation(toks)


def _verb_attribution(
    tok: Token,
    cue: Cue,
    unit: Unit,
    quoted: set[int],
    qspans: list[tuple[int, int]],
    following: list[str],
    ctx: ArticleContext,
) -> Draft | None:
    doc = tok.doc
    kids = list(tok.children)
    lem, kind, req = cue.phrase, KINDS[cue.kind], cue.requires
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    plural_noun = (tok.lower_ in _PLURAL_NOUNS or tok.lower_ in said_nouns()) and (
        nxt is None or _finite_verb_after(nxt)
    )
    gerund = nxt is not None and nxt.tag_ == "VBG" and not plural_noun
    if tok.tag_ == "VBZ" and nxt is not None and nxt.pos_ in ("AUX", "VERB") and not gerund:
        return None  # "Media reports have …": a plural noun tagged as a verb (not "proposes doing")
    if not _has_particle(tok, cue):
        return None
    head, _ = sp.subject_of(tok, audience_object=lem in _AUDIENCE_OBJECT, quoted=quoted)
    if head is not None and head.dep_ == "nsubj" and any(c.dep_ == "case" for c in head.children):
        return None  # "Biden’s protracted efforts": a possessor misparsed as the subject
    if head is not None and _told_in_headline(tok, head):
        head = None  # "Misconduct hearing told officer 'lost control'": the hearing was told
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
    # "Asked …, she replied: “Absolutely not. …”": after a question, what follows the colon is
    # what was said, not a clause of the question the parser hung on the cue
    colon_quote = (
        tok.sent[0].lower_ == "asked"
        and tok.i + 2 < len(doc)
        and doc[tok.i + 1].text == ":"
        and doc[tok.i + 2].is_quote
    )
    clause = [
        c
        for c in kids
        if (c.dep_ == "ccomp" or c.dep_ == "parataxis" and c.i not in quoted and not _tag(c))
        and not (colon_quote and c.i < tok.i)
    ]
    for c in clause:
        aside = {t.i for g in c.children if writers_aside(g) for t in g.subtree}
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
    elif not content_toks and _tag_inside(tok):
        # "During one call, the newspaper reported, he warned that …": the tag set off by
        # commas inside the sentence reports all of it, its opening phrase too
        subject = min(c.i for c in tok.children if c.dep_ == "nsubj")
        opening = {
            t.i for c in tok.children if c.i < subject and c.dep_ != "punct" for t in c.subtree
        }
        inner = ({t.i for t in tok.subtree} | {tok.right_edge.i + 1}) - opening
        content_toks = [t for t in tok.head.subtree if t.i not in inner]
        how = "other_side"
    if not content_toks and lem in _XCOMP_CONTENT:
        how = "xcomp"
        for c in kids:
            if sp.time_modifier(c):
                continue  # "called … on Thursday": when, not what for
            if c.dep_ == "xcomp" or (
                c.dep_ == "prep"
                and c.lower_ in ("for", "on")
                # "called a report … on the matter “wrong”": what it called, not what on
                and not (lem == "call" and any(g.dep_ == "dobj" for g in kids))
            ):
                content_toks.extend(c.subtree)
    if kind == "denial" or (not content_toks and lem not in _AUDIENCE_OBJECT):
        how = "object" if not content_toks else how
        objs = [c for c in kids if c.dep_ in ("dobj", "oprd") and c.i not in quoted | spk_ids]
        if not objs and kind == "denial":  # "denied targeting civilians"
            objs = [c for c in kids if c.dep_ == "xcomp" and c.i not in quoted | spk_ids]
        calling = lem in terms("calling_verb")  # "described as “ridiculous” claims that …"
        shifted = shifted_as(tok) if not objs and (kind == "denial" or calling) else None
        if shifted:  # "dismissed as “absurd” a report …": the report, not "absurd"
            content_toks.extend(shifted)
        for c in objs:
            content_toks.extend(c.subtree)
        if not objs and not shifted and kind == "denial" and _denies_its_head(tok):
            # "…, a charge he denies": the charge the relative clause hangs on
            inner = {t.i for t in tok.subtree}
            content_toks.extend(t for t in tok.head.subtree if t.i not in inner)
        if objs:  # "denied engagement | in any talks | to avoid …": the parser splits these
            for c in kids:
                if c.i > objs[0].i and c.dep_ in (
                    "prep",
                    "agent",  # "a story by the Harbour Gazette", hung on the verb
                    "advcl",
                    "oprd",
                    "acomp",
                    "xcomp",
                    "ccomp",
                ):
                    if c.dep_ == "advcl" and lemma(c) in cues():
                        continue  # "denied the accusations, saying …": a statement of its own
                    content_toks.extend(c.subtree)
                elif kind == "denial" and _rest_of_that_clause(c, objs[-1]):
                    content_toks.extend(c.subtree)
    medium = False  # "said on Telegram": where it was said, not what
    if kind == "denial" and not content_toks and speaker_toks:
        # "The magazine's account was dismissed by the bank, which said … “…”": what was
        # dismissed, not the quotation the agent's relative clause gives
        patient = [c for c in kids if c.dep_ == "nsubjpass" and c.i < tok.i]
        if patient:
            content_toks, how = _strip(list(patient[0].subtree)), "patient"
    if not content_toks and not clause:  # "warned against X", "was accused of X"
        how = "prep"
        for c in kids:
            if c.dep_ == "prep" and c.lower_ in _ABOUT_PREPS and c.i > tok.i:
                if sp.time_modifier(c) and not any(
                    g.dep_ == "det" for o in c.children for g in o.children
                ):
                    continue  # "told CNN on Sunday": when, not what ("on the year ahead" is)
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
        # "“…,” Johnson said with disbelief": a tag after its quotation says it, not "disbelief"
        or (how == "prep" and _tags_quotation(tok, speaker_toks))
        or all(t.i in quoted for t in content_toks if not t.is_punct)
    ):
        # a quotation in the sentence, outside of which the cue stands
        quotes = [doc.char_span(s, e, alignment_mode="expand") for s, e in qspans]
        quotes = [q for q in quotes if q is not None and not (q.start <= tok.i < q.end)]
        own = [q for q in quotes if not quote_of_another_cue(q, tok)]
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
    if req == "clause" and not has_clause and not claims_innocence(tok):
        return None  # "maintained her innocence" says it all
    if req == "clause_or_object" and not (has_clause or content_toks):
        return None
    if req == "claim_object" and not _claim_object(tok):
        return None
    if req == "animate" and not sp.is_animate(speaker_toks):
        return None
    model_only = cue.phrase not in cues()  # the verifier judges these
    if STRICT_SPEAKERS and model_only and speaker_toks and not sp.is_agent(speaker_toks):
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
    quote_type = "direct" if direct else quotation_type(content_toks, quoted)
    cue_words = _cue_text(tok)
    target_type = target_outlet = None
    if kind == "claim" and is_denial_content(tok, cue, content, quote_type, quoted):
        kind = "denial"  # "“We won't comment further. The claims are untrue,”": a denial
    if (
        kind == "claim"
        and quote_type == "direct"
        and _NO_COMMENT_QUOTE.match(content)
        and not _BUT.search(content)  # "We do not comment on rumours, but …"
    ):
        kind, content = "no_comment", ""  # "“No comment,” said the spokesman."
    if (
        kind == "claim"
        and quote_type in ("mixed", "direct")  # 'said it "does not comment …"' runs to the end
        and _SAYS_IT_DOES_NOT_COMMENT.match(
            content.replace("“", "").replace("”", "").replace('"', "")
        )
        and not _BUT.search(tok.sent.text)  # "… does not comment on rumours, but …"
    ):
        kind, content = "no_comment", ""  # 'said in a statement that it "does not comment on …"'
    if kind == "claim" and _nothing_to_add(tok):
        kind, content = "no_comment", ""  # "told reporters he had “nothing to add”"
    open_report = False
    if kind == "denial":
        target_type, target_outlet, open_report = denial_target(tok, ctx, unit.index)
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
    return Draft(att, speaker_toks, how=how if content else "none", open_report=open_report)


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


def _cue_text(tok: Token) -> str:
    """The cue with its particles and negation ("pointed out", "did not deny")."""
    parts = [tok]
    for c in tok.children:
        if c.dep_ == "neg" and any(
            t.is_quote or t.text == ":" for t in tok.doc[min(tok.i, c.i) : max(tok.i, c.i)]
        ):
            continue  # "replied: “Absolutely not. …”": the quotation's, misattached
        if c.dep_ in ("prt", "neg") or (c.dep_ == "aux" and c.lower_ in ("has", "have", "had")):
            parts.append(c)
        elif c.dep_ == "advmod" and c.i == tok.i + 1 and c.lower_ in ("back", "out", "off"):
            parts.append(c)  # "pushed back", the parser reading the particle as an adverb
    parts.sort(key=lambda t: t.i)
    return " ".join(t.text for t in parts)


def _claim_object(tok: Token) -> bool:
    claims = said_nouns()
    for c in tok.children:
        if c.dep_ == "ccomp":
            return True
        if c.dep_ in ("dobj", "nsubjpass") and c.lower_ in claims:
            return True
        if c.dep_ == "prep" and c.lower_ == "as":
            return True
    return False


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
                told = list(c.subtree)  # or "told the music website Earwig"
                name = outlet_name(sp.text_of(told)) or sp.named_after_publication_word(told)
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


def _through_outlet(tok: Token, speaker: list[Token], ctx: ArticleContext) -> str | None:
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
                name = outlet_name(sp.text_of(list(c.subtree))) or outlet_of(c)
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


def _citations(doc: Doc, unit: Unit, drafts: list[Draft], ctx: ArticleContext) -> list[Citation]:
    """The article cites an outlet's report: "a report by Reuters", "Reuters said"."""
    out: dict[tuple[str, str], Citation] = {}
    reports = terms("report_noun")
    for tok in with_lower(doc, frozenset(reports)):
        if tok.pos_ == "NOUN":
            found = sp.outlet_phrase(tok)
            if found:
                name, cue = found
                out.setdefault((name, cue), Citation(name, cue, unit.text, unit.index))
                ctx.last_outlet = name
    for d in drafts:
        # "Reuters", "the Harbour Gazette", or a name after a word for a publication ("the
        # Berlin tech newsletter Datenkanal") the registry lacks
        spoken = outlet_name(d.att.speaker or "")
        spoken = spoken or (
            sp.named_after_publication_word(d.speaker_toks) if d.speaker_toks else None
        )
        # or a name the article has cited before ("… told the music website Earwig. Earwig
        # reported on Monday …")
        spoken = spoken or (d.att.speaker if d.att.speaker in ctx.outlets else None)
        name = spoken or d.att.cited_outlet
        if name and (spoken or d.att.speaker_type == "media"):
            out.setdefault((name, d.att.cue), Citation(name, d.att.cue, unit.text, unit.index))
            if (
                d.att.kind == "claim"
                and d.cue_tok is not None
                and lemma(d.cue_tok) in _REPORTING_VERBS
            ):
                # "The Sunday Clarion reported that …. McCrae dismissed that as gossip": the
                # report a denial of "that" or "it" in the next sentences means (not "According
                # to Variety, CNN answered Trump. “No,” replied Zucker": the channel of the answer)
                ctx.last_report = (name, unit.index)
        if name:
            ctx.last_outlet = name
            ctx.outlets.add(name)
    # "the news agency said": the outlet the article named last (not "the club's annual
    # report", somebody else's)
    for d in drafts:
        words = (d.att.speaker or "").lower()
        owner = re.match(r"(.+?)['’]s\b", words)
        owned = owner is not None and not _of_the_press(owner.group(1))
        head = sp.nominal_head(d.speaker_toks) if d.speaker_toks else None
        if (
            any(words.endswith(m) for m in terms("media_word"))
            and not outlet_name(d.att.speaker or "")
            and not owned
            and ctx.last_outlet
            # the medium is who speaks, not "Jamie Boyle, an organiser with the … Network"
            and (head is None or words.endswith(head.lower_) or head.lower_ in sp.SPOKESPEOPLE)
        ):
            d.att.cited_outlet = d.att.cited_outlet or ctx.last_outlet
            d.att.speaker_type = "media"
    return list(out.values())


# what an outlet does when it makes a report of its own
_REPORTING_VERBS = {"report", "reveal", "publish", "allege", "claim", "write", "print", "broadcast"}


def _of_the_press(words: str) -> bool:
    """ "the newspaper", "the agency", "Reuters": an owner that is an outlet."""
    return outlet_name(words) is not None or any(words.endswith(m) for m in terms("media_word"))


def _type_speakers(nlp: Language, drafts: list[Draft]) -> None:
    """Type every speaker: lexicon rules first, then one NER pass over the remaining spans."""
    pending: dict[str, list[Draft]] = {}
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
            for d in pending[text]:
                head = sp.head_of(d.speaker_toks)
                labels = {e.label_ for e in ndoc.ents}
                if head is not None and head.pos_ == "PROPN" and "PERSON" not in labels:
                    # "Olympic champion …": what the head's entity is, not "Olympic"'s; a
                    # name NER misses is a person's, as `ner_type` says
                    at = head.idx - d.speaker_toks[0].idx
                    labels = {e.label_ for e in ndoc.ents if e.start_char <= at < e.end_char}
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
            d.att.cited_outlet = sp.spoken_outlet(d.speaker_toks) if d.speaker_toks else None


def _retype(drafts: list[Draft]) -> None:
    """What the sentence says a speaker is, over NER's type; after the verifier, which learnt
    NER's types."""
    for d in drafts:
        if d.att.speaker_type != "person" and _described_by_who(d.speaker_toks):
            d.att.speaker_type = "person"
            d.att.role, run = sp.role_and_name(d.speaker_toks)
            d.name = sp.text_of(run)
        elif d.att.speaker_type == "person" and _denies_of_itself(d):
            d.att.speaker_type, d.att.role, d.name = "organization", None, ""
        elif d.att.speaker_type == "person" and _body_acronym(d.att.speaker or ""):
            d.att.speaker_type, d.att.role, d.name = "organization", None, ""  # "The GAIB"


# "The GAIB", "the FDA": an acronym with "the" names a body, never a person (but "The MP",
# "The CEO" are people)
_ACRONYM = re.compile(r"[Tt]he ([A-Z]{2,6})")
_PERSON_ACRONYMS = {"mp", "mps", "mep", "msp", "mla", "ceo", "cfo", "coo", "cto", "pm", "da", "gm"}


def _body_acronym(speaker: str) -> bool:
    m = _ACRONYM.fullmatch(speaker)
    return m is not None and m.group(1).lower() not in _PERSON_ACRONYMS | person_nouns()


def _denies_of_itself(d: Draft) -> bool:
    """ "Harbour Water denied that it had discharged sewage": who denies that "it" did
    something is a body, not a person as NER may say (unless the name opens with a first
    name: "Jean Marsh denied that it had …" is hers to explain)."""
    names = [t for t in d.speaker_toks if t.pos_ == "PROPN"]
    return (
        d.att.kind == "denial"
        and len(names) >= 2
        and not is_first_name(names[0].text)
        and re.match(r"(?:that\s+)?it\s+(?:had|has|did|would)\b", d.att.content or "") is not None
    )


def _described_by_who(toks: list[Token]) -> bool:
    """ "Jean-Baptiste Roussel, who has run the museum since 2016, said …": a first name and a
    surname that "who" describes are a person's, whatever NER makes of them (not "Chelsea, who
    sit fourth", "Manchester United, who …", "the Nordhavn Institute who …")."""
    head = sp.head_of(toks)
    names = [t for t in toks if t.pos_ == "PROPN" and t.i <= (head.i if head else -1)]
    return (
        head is not None
        and head.pos_ == "PROPN"
        and len(names) >= 2
        and is_first_name(names[-2].text if len(names) == 2 else names[0].text)
        and head.lower_ not in terms("organization_word")
        and any(
            c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.lower_ == "who" for g in c.children)
            for c in head.children
        )
    )


_NAME_INSIDE = re.compile(r"(?<=[a-z,] )[A-Z][a-z]+")  # a capitalised word inside a clause


def _names_another(content: str) -> bool:
    """Whether what a body said names another body or person ("it had fined Boeing"), not a
    day, a month or a place it has as an affiliation ("in May", "in Russia")."""
    return any(
        not sp.is_date_word(w.lower()) and not affiliation_of([w])
        for w in _NAME_INSIDE.findall(content)
    )


def _proper_name(toks: list[Token]) -> list[Token]:
    """The body's name: the last run of proper nouns, with "of", "and", "&" inside it ("Bank of
    England", "Procter & Gamble"; "Nike" of "Sportswear giant Nike")."""
    end = next((i for i in range(len(toks) - 1, -1, -1) if toks[i].pos_ == "PROPN"), None)
    if end is None:
        return []
    start = end
    while start > 0 and (
        toks[start - 1].pos_ == "PROPN"
        or (
            toks[start - 1].lower_ in ("of", "and", "&")
            and start > 1
            and toks[start - 2].pos_ == "PROPN"
        )
    ):
        start -= 1
    run = toks[start : end + 1]
    return run[1:] if affiliation_of([run[0].text]) else run  # "Russia's …": not the country


def _same_gender(pronoun: str, person: str | None, body: str | None) -> bool:
    """ "She" is not "a spokesman for the ministry" nor "Donald Trump": a gendered word in the
    person's description settles it, else a first name that is a man's or a woman's
    (`first_names.csv`), else the article's "Mr." or "Ms." before the surname; Jean, Taylor or
    a bare surname do not."""
    if person is None or pronoun.lower() not in ("he", "she"):
        return True
    known = _gender_in(person, body)
    return known is None or known == pronoun.lower()


def _gender_in(person: str, body: str | None) -> str | None:
    """ "he" or "she" for a person: as `speakers.gender_of` says, else as the article's
    honorifics before the surname all say ("Bernie Sanders" … "Mr. Sanders"; not where "Mr.
    Clinton" and "Mrs. Clinton" both stand)."""
    known = sp.gender_of(person)
    if known is not None or not body or not re.fullmatch(r"(?:\S+ )+[A-Z][\w'’-]+", person):
        return known
    # the word the article puts before the full name ("Ledgerly spokeswoman Dana Whitfield"),
    # which is hers alone, else the honorifics before the surname, which a spouse may share
    said = _role_genders(body, person) or _honorific_genders(body).get(person.split()[-1], set())
    return next(iter(said)) if len(said) == 1 else None


@lru_cache(maxsize=256)
def _role_genders(body: str, person: str) -> set[str]:
    """The genders the role words right before a full name say ("spokeswoman Dana …")."""
    before = {w.lower() for w in re.findall(rf"\b([a-z]{{4,}})\s+{re.escape(person)}\b", body)}
    before -= _POSSESSIVES
    return {g for g, words in (("she", sp.FEMALE_WORDS), ("he", sp.MALE_WORDS)) if before & words}


_POSSESSIVES = {"his", "her", "their", "with", "from", "that", "when"}


@lru_cache(maxsize=16)
def _honorific_genders(body: str) -> dict[str, set[str]]:
    """Surname -> the genders the article's "Mr."/"Ms." before it say, read once per article."""
    out: dict[str, set[str]] = {}
    for title, surname in _HONORIFIC.findall(body):
        out.setdefault(surname, set()).add(_HONORIFIC_GENDER[title])
    return out


_HONORIFIC = re.compile(r"\b(Mrs?|Ms|Miss)\.? ([A-Z][\w'’-]+)")


_HONORIFIC_GENDER = {"Mr": "he", "Mrs": "she", "Ms": "she", "Miss": "she"}
# the same titles as written in a speaker's name, lower-cased, and those never before a surname
# alone in the article's honorifics
_TITLE_GENDER = {t.lower(): g for t, g in _HONORIFIC_GENDER.items()} | {"sir": "he", "dame": "she"}


def _titled_surname(
    name: list[str], persons: dict[str, str], sentence: str, body: str | None
) -> str | None:
    """The full name a courtesy title and a surname stand for ("Mr Fitzmaurice", "Ms. Ruiz"),
    named before as a speaker or in passing, of the title's gender (not "Mrs Fitzmaurice"
    after "Declan Fitzmaurice", his wife)."""
    if len(name) != 2 or not sp.is_honorific(name[0]):
        return None
    full = persons.get(name[1]) or _full_name_before(name[1], sentence, body)
    if full is None or len(full.split()) < 2 or not is_first_name(full.split()[0]):
        return None  # not "President Obama", nor "Mrs Fitzmaurice" again
    return full if _title_agrees([name[0].lower()], full, body) else None


def _title_agrees(words: list[str], full: str, body: str | None) -> bool:
    """ "Mr. Whitfield" is not "Dana Whitfield" whom the article calls a spokeswoman (`words`
    lower-cased)."""
    gender = _TITLE_GENDER.get(words[0].rstrip(".")) if words else None
    known = pronoun_of_first_name(full.split()[0]) or _gender_in(full, body)
    return gender is None or known in (None, gender)


def _full_name_before(surname: str, sentence: str, body: str | None) -> str | None:
    """A first name and this surname earlier in the article ("Pavel Valkov", "Mary J. Blige")."""
    if not body or not re.fullmatch(r"[A-Z][\w'’-]+", surname):
        return None
    end = body.find(sentence)
    before = body[: end if end > 0 else 0]
    found = {
        m.group(0)
        for m in re.finditer(rf"\b([A-Z][a-z]+)(?: [A-Z]\.)? {re.escape(surname)}\b", before)
        # a first name, not "The Medica Group", "Mr Valkov" nor "In March Valkov"
        if (first := m.group(1).lower()) not in STOP_WORDS
        and first not in terms("title")
        and not sp.is_date_word(first)
    }
    return found.pop() if len(found) == 1 else None  # "Pavel … and Maria Valkov": which?


# the subject of a sentence: a name after an opening clause ("Asked whether …, Duval shook")
_SUBJECT_NAME = re.compile(r"(?:[^,“”\"]*, )?(?:[A-Z][a-z]+ )?([A-Z][\w'’-]+) (?:[a-z]+ly )?[a-z]")


# what opens a clause before the subject: "Asked …", "Speaking …", "After …", "In …"
_OPENS_A_CLAUSE = re.compile(r"[a-z]+(?:ed|ing)|" + "|".join(sorted(STOP_WORDS)))


def _actor_just_before(
    pronoun: str, sentence: str, body: str | None, persons: dict[str, str]
) -> str | None:
    """ "Duval shook his head. “No, that's not true,” he said.": the person the paragraph's
    previous sentence is about says what follows, whoever spoke last."""
    at = body.find(sentence) if body and sentence else -1
    if at <= 0:
        return None
    before = body[body.rfind("\n", 0, at) + 1 : at].strip()
    last = re.split(r"(?<=[.!?])\s+", before)[-1] if before else ""
    if not last or any(q in last for q in '“”"'):
        return None  # a quotation before: its speaker, already the last one, says on
    # "The video has been viewed 30 million times, and Montoya has refused …": the last clause
    last = re.split(r",? and (?=[A-Z][a-z]+ (?:has|had|was|is|did)\b)", last)[-1]
    if (named := _named_in_apposition(last, pronoun)) is not None:
        return named
    titled = False
    if (lead := _role_lead().match(last)) is not None:
        # "Chief executive Dr Andrew Pryce did not deny …", "Canning Street Partners analyst
        # Priya Natarajan thinks …": the role before the name
        last, titled = last[lead.end() :], True
    # "Omar Reyes, who appeared at a conference …, did not deny …": the name's aside
    last = _NAME_THEN_ASIDE.sub(r"\1 ", last, count=1)
    m = _SUBJECT_NAME.match(last)
    if m is None:
        return None
    rest = last[m.end(1) :].split()
    if len(rest) > 2 and rest[1][:1].isupper() and rest[2][:1].isupper():
        return None  # "Obama consultant Cornell Belcher …": the name after speaks
    opening = last.split()[0].lower()
    if m.start(1) > 0 and "," in last[: m.start(1)] and not _OPENS_A_CLAUSE.fullmatch(opening):
        return None  # "Rubio is … against Cruz, Bush and Christie": Bush is not the subject
    name, after = m.group(1), last[m.end(1) :].split()[0].lower()
    if name.lower() in STOP_WORDS or name.endswith(("'s", "’s")) or after in person_nouns():
        return None  # "The …", "Smith's lawyer …", "Obama consultant Cornell Belcher": not him
    other = sp.FEMALE_WORDS if pronoun.lower() == "he" else sp.MALE_WORDS
    if set(re.findall(r"[a-z]+", last.lower())) & other:
        return None  # "McKinley is … with his daughter. She was eyeing …": the daughter
    if name in persons:
        return persons[name]
    full = _full_name_before(name, sentence, body)
    if full is None:
        return None
    # a person is named in full once, then by surname; "Puerto Rico", "Sandy Hook" never so
    first, surname = re.escape(full.split()[0]), re.escape(name)
    alone = re.search(rf"(?<!{first} )(?<!{first}\. )\b{surname}\b", body)
    return full if alone is not None or titled else None  # a role or title says a person


# a sentence about a person named after what they are: "Mr Tolland's former co-director,
# Stephen Ashworth, 61, has not been charged.", "Her husband and manager, Ciarán Delaney, was …"
_APPOSITIVE_SUBJECT = re.compile(
    r"^(?P<what>[^,“”\"]{0,60}?\b(?P<role>[a-z][\w-]*))(?:\s+and\s+(?P<role2>[a-z][\w-]*))?,\s+"
    # "The second official, former deputy housing director Grace …" (not "who had worked with")
    r"(?:(?!who\b|which\b|that\b|had\b|has\b|was\b|is\b|with\b)[a-z][\w-]*\s+){0,4}"
    r"(?P<name>(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]+)(?:\s+[A-Z]{2,3})?(?:,\s+\d{1,3})?,\s+[a-z]"
)


def _named_in_apposition(sentence: str, pronoun: str) -> str | None:
    """The full name after a person's noun opening the sentence, if "he"/"she" fits them."""
    m = _APPOSITIVE_SUBJECT.match(sentence)
    if m is None:
        return None
    roles = [r.split("-")[-1] for r in (m["role"], m["role2"]) if r]
    if not all(r in _somebody_words() for r in roles):  # "The second official, …" too
        return None
    gender = sp.gender_of(f"{' '.join(roles)} {m['name']}")
    return m["name"] if gender in (None, pronoun.lower()) else None


@cache
def _somebody_words() -> frozenset[str]:
    """Words for a person: roles, an official, a man or a woman."""
    return frozenset(
        person_nouns() | set(terms("anonymous_head")) | sp.MALE_WORDS | sp.FEMALE_WORDS
    )


@cache
def _role_lead() -> re.Pattern[str]:
    """Role words and titles before a first name and surname opening a sentence."""
    words = person_nouns() | _ROLE_MODIFIERS | {"dr", "mr", "mrs", "ms", "prof", "professor"}
    alternatives = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    # a body's name may come first: "Canning Street Partners analyst Priya Natarajan"
    body = r"(?:[A-Z][\w&'’.-]*\s+){0,4}"
    return re.compile(rf"^{body}(?:(?i:{alternatives})\.?\s+)+(?=[A-Z][a-z]+\s+[A-Z])")


# a name, then who they are or their age between commas, then the verb
_NAME_THEN_ASIDE = re.compile(
    r"^((?:[A-Z][\w'’.-]*\s+){1,2}[A-Z][\w'’-]+),\s+(?:who\b|whose\b|\d{1,3},)[^“”\"]*?,\s+(?=[a-z])"
)

_ROLE_MODIFIERS = {"chief", "former", "senior", "deputy", "vice", "acting", "assistant"}
_ROLE_MODIFIERS |= {"managing", "general", "interim", "executive", "head"}


# a quotation about somebody: "Webb has scored 14 goals. “He's the best finisher …,” he said"
# is the coach's, not Webb's
_ABOUT_SOMEBODY = re.compile(r"^\W*(?:he|she|his|her|him)\b", re.IGNORECASE)


def _who(toks: list[Token]) -> bool:
    """ "A mechanic who worked for Sunvale …": somebody, by the relative pronoun."""
    head = sp.nominal_head(toks)
    return head is not None and any(
        c.dep_ == "relcl" and any(t.lower_ in ("who", "whom") for t in c.subtree)
        for c in head.children
    )


def _referent(
    pronoun: str, actor: str | None, last: str | None, named: list[str], body: str | None
) -> str | None:
    """Who "he" or "she" is: the person the sentence before is about, or the last one named
    ("She" is not "a spokesman for the ministry"), or else the last one named before whose
    first name or description says the pronoun ("Donald Trump …, Megyn Kelly … She told …")."""
    if actor is not None and _same_gender(pronoun, actor, body):
        return actor
    if _same_gender(pronoun, last, body):
        return last
    word = pronoun.lower()
    return next((p for p in reversed(named[-4:]) if _gender_in(p, body) == word), None)


def _asks_whether(a: Attribution) -> bool:
    return a.cue.lower().startswith("ask") and bool(
        re.match(r"\W*(?:whether|if)\b", a.content or "", re.IGNORECASE)
    )


# what a body says of itself: "it would recall …", "a report that it would build …"
# (not a dummy "it": "it is possible for him to …")
_ITSELF = re.compile(
    r"^(?:(?:a|the)\s+\w+\s+that\s+)?its?\b(?!\s+(?:is|was|would\s+be|will\s+be)\s+"
    r"(?:possible|clear|important|time|likely|unlikely|hard|difficult|true|not|too|a|an|the)\b)",
    re.IGNORECASE,
)


def _club_again(d: Draft) -> bool:
    return len(d.speaker_toks) == 1 and sp.club_word(d.speaker_toks[0])


_AGED = re.compile(r"^the\s+(\d{1,3})-year-old(?:\s+[a-z]+)?$", re.IGNORECASE)


def _aged_one(
    age: str,
    last: str | None,
    previous: tuple[int, str | None],
    index: int,
    named: list[str],
    body: str | None,
) -> str | None:
    """Who "the 24-year-old" is: a person named with that age ("Tomas Berglund, 24,"), else
    the person who spoke just before, unless the text gives them another age (not past "the
    Slovenia-born former model …", nor after somebody else)."""
    same = [p for p in reversed(named) if _age_of(p, body) == age]
    if same:
        return same[0]
    spoke_at, speaker = previous
    if last is None or not last[:1].isupper() or speaker != last or index - spoke_at > 1:
        return None
    return last if _age_of(last, body) is None else None


def _age_of(name: str, body: str | None) -> str | None:
    """The age the text gives a person ("Luis Ortega, 58,"), None if it gives none."""
    surname = re.escape(name.split()[-1])
    m = re.search(rf"\b{surname},\s+(\d{{1,3}})\b", body or "")
    return m.group(1) if m else None


def _resolve(drafts: list[Draft], body: str | None) -> None:
    """Surnames to the full name seen earlier; "he", "the spokesman" to the person meant.

    The speaker stays as written ("Doe", "he", "the spokesman", "it"); the
    person or body meant goes to `speaker_resolved` when the record has that field. A bare
    surname of a person named before is a person, and the first word of a body
    named before is that body, whatever NER said.
    """
    persons: dict[str, str] = {}  # surname -> full name
    roles: dict[str, str] = {}  # role word ("spokesman") -> full name
    bodies: dict[str, str] = {}  # first word of a body's name -> its name ("Medica")
    last: str | None = None
    # the body named last, in which sentence, and whether what it said names another
    last_body: tuple[str, int, bool] | None = None
    pron = terms("pronoun")
    role_words = person_nouns()
    attributed = {d.att.sentence_index for d in drafts if d.att.speaker}  # by somebody
    named_at: set[int] = set()  # sentences with a speaker named, not a pronoun
    named: list[str] = []  # the persons named as speakers, in order
    previous: tuple[int, str | None] = (-2, None)  # the last person's statement: where, who
    for d in sorted(drafts, key=lambda d: d.att.sentence_index):
        a = d.att
        written = (a.speaker or "").strip()
        resolved: str | None = None
        if a.speaker_type == "organization":
            name = [t for t in d.speaker_toks if t.pos_ == "PROPN" and not affiliation_of([t.text])]
            if len(name) >= 2 and name[0].text not in persons:
                bodies.setdefault(name[0].text, sp.text_of(name))
                if sp.club_word(name[-1]):  # "Rovers" for Marina Bay Rovers
                    bodies.setdefault(name[-1].text, sp.text_of(name))
            run = _proper_name(d.speaker_toks)
            # "The FAA said it had fined Boeing … It denied …": with another body named in what
            # it said, a denying "it" may be that one (kept as written, see below)
            last_body = (sp.text_of(run), a.sentence_index, _names_another(a.content or ""))
            last_body = last_body if run else None
        words = written.lower().split()
        if written.lower() not in pron:
            named_at.add(a.sentence_index)  # "Broaddrick said Clinton called … she was not"
        if (
            a.speaker_type == "anonymous"
            and len(words) == 2
            and words[0] in _REFERRING
            and words[1] in roles
        ):  # "The aide" after "Kremlin aide Yuri Ushakov": him again, no anonymous source
            a.speaker_type, a.source_count, resolved = "person", None, roles[words[1]]
            last = resolved
        elif (
            written in bodies
            and written not in persons
            and (a.speaker_type != "organization" or _club_again(d))
        ):
            # "Medica disputed …" after "Britain's Medica Pharma", NER reading a person;
            # "United said …" after "Leeds United"
            a.speaker_type, resolved = "organization", bodies[written]
        elif a.speaker_type == "media" and len(name := _journalist(d).split()) >= 2:
            # "The Sunday Lantern's editor, Bongani Radebe": the paper speaks through a person,
            # whom a "he" after may mean
            persons[name[-1]] = last = " ".join(name)
        elif a.speaker_type == "person" and written.lower() not in pron:
            name = d.name.split()
            if (full := _titled_surname(name, persons, a.sentence, body)) is not None:
                # "Mr Fitzmaurice" after "Declan Fitzmaurice": him, not a new name
                persons[name[1]] = resolved = last = full
            elif len(name) >= 2 and name[0][:1].islower() and name[-1] in persons:
                resolved = last = persons[name[-1]]  # "Mr. de Vos" after "Pierre de Vos"
            elif len(name) >= 2:
                persons[name[-1]] = d.name
                last = resolved = d.name
                for w in (a.role or "").lower().split():
                    if w in role_words:
                        roles[w] = d.name
            elif (
                len(name) == 1
                and name[0] in persons
                and _title_agrees(words, persons[name[0]], body)
            ):
                resolved = last = persons[name[0]]
            elif len(name) == 1 and (full := _full_name_before(name[0], a.sentence, body)):
                # "Valkov could not be reached" after "… Pavel Valkov, a businessman …", a
                # name the article gave in passing, not as a speaker
                resolved = last = full
            elif words and words[-1] in role_words and words[0] in _REFERRING:  # not "another …"
                resolved = roles.get(words[-1])
                last = resolved or last
            elif written and not _plural(d) and not _asks_whether(a):
                # "A spokesman for the owner": unnamed, yet the "he" that follows (not
                # "activists", nor "a reporter asked whether she …", who is not the one answering)
                last = written
        elif (
            a.speaker_type in ("anonymous", "unknown")
            and len(words) == 2
            and words[0] in ("a", "an")
            and (words[1] in role_words or _who(d.speaker_toks))
            and not _plural(d)
        ):  # "A mechanic who worked for Sunvale … told the AP …. “…,” he said.": the mechanic
            last = written
        elif (
            a.speaker_type in ("organization", "unknown")
            and re.fullmatch(r"[A-Z][a-z][\w'’-]+", written)
            and written not in bodies
            and (full := _full_name_before(written, a.sentence, body)) is not None
            and is_first_name(full.split()[0])
            and not re.search(rf"\b[A-Z][\w'’-]* {re.escape(full)}\b", body or "")
            # not a company named after its founder: "Ford said it would recall …"
            and not _ITSELF.match(a.content or "")
        ):
            # "Halloran told …" after "manager Craig Halloran", NER having read a body (not
            # "Rovers" after "Marina Bay Rovers")
            a.speaker_type, resolved = "person", full
            persons[written] = full
            # the asker does not answer next ("Hannity asked how high …. “…,” he replied")
            last = last if a.cue.lower().startswith(("ask", "interject", "quer")) else full
        elif (aged := _AGED.match(written)) and (
            who := _aged_one(aged.group(1), last, previous, a.sentence_index, named, body)
        ):
            # "… Arjun Rathore on Saturday denied …. “…,” the 24-year-old said": the person
            # who spoke just before, or the one the text gives that age
            a.speaker_type, resolved = "person", who
        elif written.lower() in pron and pron[written.lower()] == "person":
            actor = None  # a sentence between that attributes nothing may name who speaks
            if (
                written.lower() in ("he", "she")
                and a.sentence_index - 1 not in attributed
                and a.sentence_index not in named_at
                and not _ABOUT_SOMEBODY.match(a.content or "")
            ):
                actor = _actor_just_before(written, a.sentence or "", body, persons)
            resolved = _referent(written, actor, last, named, body)
            if resolved is not None and resolved in (actor, *named):
                last = resolved  # and "he" again after it
        elif written in persons:  # "Owusu" after "Mayor Linda Owusu", NER having said otherwise
            a.speaker_type, resolved = "person", persons[written]
            last = resolved
        elif d.person_only and (full := _full_name_before(written, a.sentence, body)):
            a.speaker_type, resolved = "person", full  # as above, NER having said otherwise
            last = resolved
        elif (
            written.lower() == "it"
            and last_body
            and a.sentence_index - last_body[1] <= 1
            and not (a.kind == "denial" and last_body[2])
        ):
            # "Halvex Pharma said … It denied that …": the body that spoke just before (not
            # past "The court fined the company. It denied …", the court never having spoken)
            a.speaker_type, resolved = "organization", last_body[0]
        if last is not None and last[:1].isupper() and last != (named[-1] if named else None):
            named.append(last)
        if _HAS_RESOLVED:
            a.speaker_resolved = resolved or a.speaker  # type: ignore[attr-defined]
        if a.speaker_type == "person":
            previous = (a.sentence_index, resolved or a.speaker)
