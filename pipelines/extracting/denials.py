"""What makes a statement a denial, and what it denies.

A verb of denying is read by the extractor like any cue; this module says
when a statement of another verb is itself a denial ("No, it's not true",
"said the report was baseless", "the claims are without merit"), and
what a denial is aimed at: another outlet's report (with its outlet), a claim,
or something else.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Token

from pipelines.extracting import speakers as sp
from pipelines.extracting.drafts import ArticleContext
from pipelines.extracting.lexicon import (
    Cue,
    cues,
    is_first_name,
    outlet_name,
    person_nouns,
    said_nouns,
    terms,
)
from pipelines.extracting.parsing import is_headline, lemma, marked_by
from pipelines.model import Attribution

# who speaks for a client (not a spokesman, who may report anybody's denial)
_REPRESENTATIVES = {
    "lawyer",
    "lawyers",
    "attorney",
    "attorneys",
    "representative",
    "representatives",
    "solicitor",
    "solicitors",
    "barrister",
    "barristers",
    "counsel",
}
_STATIVE = {"be", "is", "are", "was", "were", "been", "have", "has", "had"}
# A quotation that is itself a denial says so of a statement: "No, …", "not true", "we deny",
# or a statement called false ("That's a lie", "the report is baseless"), not a person ("She's
# a fake") nor lies in general ("to counter lies").
_FALSITY = (
    r"(?:false|untrue|nonsense|baseless|fake(?: news)?|fabricated|unfounded|groundless|an? (?:\w+ )?lie|lies"
    r"|without (?:any )?(?:merit|foundation|basis))"
)


# "wide of the mark", "riddled with errors": false, in other words
_OFF_THE_MARK = (
    r"(?:(?:wide|way off|off) (?:of )?the mark|(?:riddled|littered) with (?:errors|inaccuracies"
    r"|falsehoods|mistakes)|full of (?:errors|inaccuracies|falsehoods|lies))"
)
# "We do not recognise these figures": the British way of calling them wrong
_NOT_RECOGNISED = (
    r"(?:we|i)\s+(?:do|did|could|can)(?:\s+not|n['’]t)\s+recogni[sz]e\s+(?:th(?:ese|is|ose|at|e)\s+|any\s+of\s+th(?:ese|is|ose)\s+)?"
    r"(?:figures|numbers|statistics|claims?|allegations?|account|description|characteri[sz]ation"
    r"|picture|portrayal|version(?: of events)?)\b"
)
# words for a statement as reports name it (the regex side of terms.csv's claim nouns)
_CLAIM_WORDS = r"allegations?|claims?|reports?|stor(?:y|ies)|accusations?|charges?|rumou?rs?"
_NAMED_STATEMENT = (
    rf"(?:(?:the |these |those |that |this |any )?(?:{_CLAIM_WORDS}|figures|numbers|statistics"
    r"|account|findings?|conclusions?|suggestions?|insinuations?)(?: otherwise| to the contrary)?)"
)
_STATEMENT = (
    r"(?:that|this|it|which|these|those|everything|all of (?:it|this|that)"
    rf"|{_NAMED_STATEMENT})"
)
# what a statement named as such can be called besides false ("These numbers are simply
# wrong", "That account is pure fiction"); not "it" ("It was wrong to close the school")
_CALLED_FALSE = (
    rf"(?:{_FALSITY}|wrong|inaccurate|incorrect|misleading|{_OFF_THE_MARK}"
    r"|(?:(?:a |pure |complete |total )+)?fiction"
    r"|an? (?:\w+ )?(?:fabrication|hoax|smear|distortion|misrepresentation))"
)


# a quotation that is only a word of falsity: "“Absolutely false,” …" (not a scare-quoted
# "“fake” literature", which has no punctuation of its own)
_BARE_FALSITY = re.compile(
    r"^\W*(?:(?:absolutely|completely|totally|categorically|entirely|patently|simply) )?"
    rf"({_FALSITY})[,.!]\W*$",
    re.IGNORECASE,
)
_OF_STATEMENTS = {"fake news", "nonsense", "lies", "untrue"}  # never said of a painting
# a quotation that answers "No, …": a denial when it is all that was quoted (in a longer
# exchange, "“No, I meant …,” he responded, “…”" corrects rather than denies)
_LEADING_NO = re.compile(
    r"^\W*no\b[,.!]\s*(?!no\b)\w|^\W*(?:absolutely|certainly|definitely|of course) not\W*$",
    re.IGNORECASE,
)
# the falsity word is the statement's, not a noun's ("That is a false equivalency")
_ENDS_CLAIM = r"(?!\s+(?!and\b|but\b|or\b|in\b|from\b|on\b|about\b)[a-z])"
_DENIAL_QUOTE = re.compile(
    r"\bnot true\b|\buntrue\b|\bnot the case\b|\bno truth\b"
    # "no basis in law or fact for this lawsuit", "the lawsuit has no basis in fact"; not "no
    # basis for a rate cut" nor "no basis in law for this ruling"
    rf"|\bno (?:\w+ )?basis (?:in (?:law|fact)(?: or (?:in )?(?:law|fact))? )?(?:for|to|in) "
    rf"(?:fact\b|(?:the |this |these |that |those |such )?(?:lawsuit|complaint|suit|case"
    rf"|{_CLAIM_WORDS})\b)"
    rf"|\b(?:lawsuit|complaint|suit|case|{_STATEMENT}) (?:has|had|have) [“\"‘']?no (?:\w+ )?basis\b"
    r"|\bnot a (?:single )?word of truth\b|\b(?:we|i)\s+(?:\w+ly\s+)?(?:deny|reject|refute)\b"
    rf"|\b{_NOT_RECOGNISED}"
    # "I am innocent", "I have always maintained my innocence" (not "I was innocent then")
    r"|^\W*(?:i|we)(?:\s+am|\s+are|['’]m|['’]re)\s+(?:\w+ly\s+)?innocent\b(?!\s+(?:of\s+)?(?:then|once|about|in\s+\w+ing)\b)"
    r"|\b(?:i|we)\s+(?:have\s+)?(?:always\s+)?(?:maintained|protested|proclaimed|asserted)\s+(?:my|our)\s+innocence\b"
    # "That is simply not what happened", "It never happened", "None of this is true"
    r"|^\W*(?:that|this|it)(?:['’]s|\s+(?:is|was))\s+(?:simply\s+|just\s+)?not\s+what\s+happened\b"
    r"|^\W*(?:that|this|it)\s+(?:simply\s+)?never\s+happened\b(?!\s+\w)"
    r"|^\W*none\s+of\s+(?:this|it|that|th(?:ese|ose|e)\s+\w+)\s+(?:is|was|are|were)\s+true\b"
    r"(?!\s+(?:for|of|in|about|to|when|if|unless|at)\b)"
    # "There is not a shred of evidence for these claims" (of claims, not "of foul play")
    r"|\b(?:no|not\s+(?:a|one|any)\s+(?:single\s+)?(?:shred|scintilla|jot|piece))\s+(?:of\s+)?evidence"
    rf"\s+(?:for|to\s+support|to\s+back\s+up|behind)\s+(?:th(?:ese|ose|is|at|e)\s+|such\s+|any\s+of\s+th(?:ese|ose)\s+)(?:{_CLAIM_WORDS})\b"
    r"|\b(?:we|i|he|she|they)\s+never\s+said\s+(?:that|this|it|any such thing)\s*(?:[.,!?;]|$)"
    # a lawyer for the accused: "My client is not a fraudster", "our clients did not …"
    r"|^\W*(?:my|our)\s+clients?\s+(?:(?:is|was|are|were)(?:\s+not|n['’]t)\s+(?:a|an|guilty"
    r"|responsible|involved)\b|(?:has|have|had)\s+never\s+(?!been\b)"
    r"|(?:did|does|do)(?:\s+not|n['’]t)\s+(?!know|see|recall|remember|want|plan|intend|wish|receive)"
    r"|never\s+(?!been\b))"
    r"|^\W*(?:my|our)\s+clients?\s+(?:did|has done|had done|have done)\s+nothing\s+wrong\b"
    rf"|\b{_STATEMENT}(?:['’]s|\s+(?:is|was|are|were))\s+[“\"‘']?(?:(?!not\b|never\b)\w+\s+){{0,2}}{_FALSITY}\b{_ENDS_CLAIM}"
    rf"|\b{_NAMED_STATEMENT}\s+(?:is|was|are|were)\s+[“\"‘']?(?:(?!not\b|never\b)\w+\s+){{0,2}}{_CALLED_FALSE}\b{_ENDS_CLAIM}",
    re.IGNORECASE,
)

# a statement named with what it says, then called false, at any length: "The suggestion that
# Corvane concealed safety data from the regulator is false"
_NAMED_THEN_FALSE = re.compile(
    r"^\W*(?:the|any|this) (?:suggestion|claim|allegation|accusation|assertion|insinuation|idea"
    r"|notion|report|story)s? that\b[^.;]{1,120}?\b(?:is|are|was|were)\s+[“\"‘']?"
    rf"(?:(?!not\b|never\b)\w+\s+){{0,2}}{_CALLED_FALSE}\b{_ENDS_CLAIM}",
    re.IGNORECASE,
)

# said of a report or claim named as such (not "said it had no basis for …", "it" the speaker)
_NO_BASIS = re.compile(
    rf"\b(?:{_CLAIM_WORDS}|lawsuit|complaint|suit)"
    r"(?: (?:of|about|over|in|against) [\w ,'’-]{1,40}?)? [“\"‘']?(?:has|had|have|was|were|is|are)"
    r" [“\"‘']?(?:no (?:\w+ )?(?:basis|merit|foundation)\b|without (?:any )?merit\b)",
    re.IGNORECASE,
)
_FLAT_ANSWER = re.compile(
    r"^\W*(?:no|absolutely not|certainly not|definitely not|of course not|not at all)[.!,]\W*$"
    r"|^\W*no,\s+(?:i|we|he|she|it|they)\s+(?:have|has|had|did|do|does|was|were|am|are|is)"
    r"(?:\s+not|n['’]t)[.!]?\W*$",
    re.IGNORECASE,
)
_CLAUSE_JOIN = re.compile(r",\s+(?:and|but)\s+|;\s+|:\s+(?=[a-z])")  # "… saying them: not one …"
# "No sale process is under way and no advisers have been appointed": two things not done
_AND_NO = re.compile(r"\s+and\s+(?=(?:no|nobody|nothing|none)\b)", re.IGNORECASE)
_QUOTE_MARK = re.compile(r"\s*[“”\"]\s*")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_REPORTED = re.compile(r"\b(?:told|tells?|said|says?|claimed|claims?)\b", re.IGNORECASE)
_SUPPOSING = re.compile(r"\b(?:if|unless|whether|suppose|supposing)\b", re.IGNORECASE)
_IF = ("if", "unless")  # a clause only supposed
_STATEMENT_PRONOUNS = {"it", "this", "that"}  # "said it was untrue": the statement at issue


_GROUNDS = {"merit", "foundation", "basis"}  # "without merit": false
_TRUE = {"true", "accurate", "correct"}


def _ought(clause: Token, pred: Token) -> bool:
    """ "it was not correct for politicians to use …": what ought to be done, not whether
    something said is so ("not accurate to suggest the library would close" is)."""
    if any(g.dep_ == "prep" and g.lower_ == "for" for g in pred.children):
        return True
    verbs = [
        g
        for g in (*clause.children, *pred.children)
        if g.dep_ in ("xcomp", "ccomp", "advcl") and g.pos_ in ("VERB", "AUX")
    ]
    return any(lemma(v) not in _SAYING for v in verbs)


_SAYING = {"say", "suggest", "describe", "claim", "call", "characterize", "state", "imply"}
_SAYING |= {"report", "portray", "assert", "allege"}


_STRICT_FALSITY = {"false", "untrue", "lie", "lies", "fabricated", "fabrication", "baseless"}


_ANAPHORIC_DETS = {"the", "this", "that", "these", "those", "such"}


def shifted_as(tok: Token) -> list[Token] | None:
    """ "dismissed as “absurd” a report that …": the parser hangs the object on "as"; what
    was dismissed is that object, without the word it was dismissed as."""
    for c in tok.children:
        if c.dep_ != "prep" or c.lower_ != "as":
            continue
        # "as baseless the claims", "as “deeply flawed” a report by …": the adjective read as
        # the preposition's object or a modifier, with what was dismissed as its own object
        for word in (g for g in c.children if g.dep_ in ("pcomp", "pobj", "amod", "acomp")):
            objs = [g for g in word.children if g.dep_ == "dobj"]
            if objs:
                return list(objs[0].subtree)
        for obj in (g for g in c.children if g.dep_ == "pobj"):
            det = next((g for g in obj.children if g.dep_ in ("det", "poss")), None)
            if det is not None:
                return [t for t in obj.subtree if t.i >= det.i]
            said = said_nouns()
            # "as nonsense claims that …", "as “baseless” claims that …"
            lefts = [g for g in obj.lefts if not g.is_punct]
            if obj.lower_ in said and lefts and lefts[0].dep_ in ("compound", "amod", "nmod"):
                last = max(g.i for g in obj.lefts)
                return [t for t in obj.subtree if t.i > last]
    return None


def fact_contradicts(tok: Token) -> bool:
    """ "He had his hands up, contradicting the police", "the driver had stopped, contradicting
    …": a participle of contradicting after a fact is what the fact does, not after what
    somebody said ("he said …, contradicting the police"); "The minister was defiant,
    denying …" is still a denial."""
    if tok.tag_ != "VBG" or tok.dep_ != "advcl" or lemma(tok) not in ("contradict", "belie"):
        return False
    said = cues().get(lemma(tok.head))
    return tok.head.lower_ in _STATIVE or said is None or said.kind not in ("assert", "report")


def is_denial_content(
    tok: Token, cue: Cue, content: str, quote_type: str | None, quoted: set[int]
) -> bool:
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
            c.dep_ == "dobj"
            and any(g.dep_ == "det" and g.lower_ == "no" for g in c.children)
            and c.lower_ not in terms("no_comment_object")  # "said: “No comment.”"
            for c in tok.children
        )
    ):
        return True
    if _calls_false(tok) or _says_it_denies(tok, quoted) or _says_it_did_not(tok):
        return True
    if _says_it_did_no_wrong(tok) or claims_innocence(tok) or _says_it_does_not_recognise(tok):
        return True
    body = content.strip("“”\"' ")
    bare = _BARE_FALSITY.match(body) if quote_type == "direct" else None
    if bare:  # "“False,” the curator said" of a painting is no denial; of the report it is
        word = bare.group(1).lower()
        return (
            word in _OF_STATEMENTS
            or "lie" in word
            or any(t.lower_ in said_nouns() for t in tok.sent)
            or _speaks_for_somebody(tok)  # "“False,” a spokesman for the ministry said"
        )
    if (
        quote_type != "direct"
        and _NO_BASIS.search(body)
        and _asserted(tok, body)
        and not _judges(tok)  # "The judge said the lawsuit was without merit": a ruling
    ):
        return True  # "said the claims had “no basis in fact”"
    if quote_type != "direct":
        return False
    # each quotation on its own ("“That's not true,” she said. “We were never there.”"), not
    # fragments strung together into one
    parts = [part for part in _QUOTE_MARK.split(body) if part.strip()]
    if (
        len(parts) == 1
        and _LEADING_NO.search(parts[0])
        and len(parts[0].split()) <= 12
        # "Asked if he was worried …: “No. We'll be fine.”" (a bare "Absolutely not." still
        # denies what was asked, a plan too: "whether the mill would close")
        and not (re.match(r"\W*no\b", parts[0], re.I) and _answers_plan_or_feeling(tok))
    ):
        return True
    # a question answered flat: "Asked whether she had misled MPs, she replied: “Absolutely
    # not. The figures I gave …”", "“No, I have not. Every trip was …”"
    first = _SENTENCE_END.split(parts[0].strip())[0] if parts else ""
    if _FLAT_ANSWER.match(first) and _answers_a_question(tok):
        return True
    # and each sentence of a longer one ("These allegations are false. The leak was …"), and
    # each clause of a sentence ("We shared all the data, and any suggestion otherwise is false")
    parts = [s for part in parts for s in _SENTENCE_END.split(part) if s.strip()]
    parts = [c for s in parts for c in _CLAUSE_JOIN.split(s) if c.strip()]
    if any(_NAMED_THEN_FALSE.match(part) for part in parts):
        return True
    return any(
        len(part.split()) <= 12
        and (m := _DENIAL_QUOTE.search(part)) is not None
        # "“If it were false, they would deny it”": supposed, not said; "“They told me it was
        # not true”": somebody else's words
        and not _SUPPOSING.search(part, 0, m.end())
        and not _REPORTED.search(part, 0, m.start())
        for part in parts
    )


def quashes_a_claim(tok: Token) -> bool:
    """ "rubbished the claims", "moved to quash rumours", "scotched speculation": these verbs
    deny only what is said, named as such, and not by a court ("quashed the charges")."""
    if lemma(tok) not in _CLAIMS_ONLY:
        return True
    said = said_nouns() | {"speculation"}
    return not _judges(tok) and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lower_ in said for c in tok.children
    )


_CLAIMS_ONLY = {"rubbish", "quash", "scotch"}


def _judges(tok: Token) -> bool:
    """A court, a judge, an ombudsman or commentators: who rules on a claim, not its target."""
    subj, _ = sp.subject_of(tok)
    return subj is not None and subj.lower_ in _RULING_BODIES | _ASSESSORS


_ASSESSORS = {"ombudsman", "regulator", "watchdog", "experts", "analysts", "commentators"}


def _says_it_did_not(tok: Token) -> bool:
    """ "Shipping group says it did not ignore sanctions": a headline whose speaker says of
    itself that it did not do something is a denial (in a body, "said it had not received the
    letter" is as often a plain statement)."""
    if lemma(tok) != "say" or not is_headline(tok.doc):
        return False
    subj, _ = sp.subject_of(tok)
    if subj is None or subj.pos_ == "PRON":
        return False
    return any(
        c.dep_ == "ccomp"
        and any(g.dep_ == "neg" for g in c.children)
        and any(g.dep_ == "nsubj" and g.lower_ in _ITSELF for g in c.children)
        # done or not in the past: "did not ignore", "never took"; not "will not raise rates"
        and (c.tag_ == "VBD" or any(g.dep_ == "aux" and g.lower_ == "did" for g in c.children))
        # something done, not undergone: "Widow says she never received her pension"; but
        # "Minister says he never received bribes" (an illicit gain is taken, not undergone)
        and (lemma(c) not in _UNDERGONE or _takes_illicit_gain(c))
        for c in tok.children
    )


_COUNTS = ("PERCENT", "CARDINAL", "QUANTITY")
_QUANTIFIERS = {"most", "many", "some", "few", "half", "majority", "percent", "%", "all"}
_WRONG = {"wrong", "improper", "illegal", "unlawful", "untoward", "inappropriate", "criminal"}
_INSISTING = {"say", "insist", "maintain", "stress", "argue", "state", "repeat", "reiterate"}


def _one_speaker(tok: Token, plural: bool = False) -> bool:
    """Somebody speaking for themselves (or some, `plural`: "The brothers have always
    maintained their innocence"), not a poll ("Most fans said …", "24 percent said …")."""
    subj, _ = sp.subject_of(tok)
    many = ("CD",) if plural else ("NNS", "NNPS", "CD")
    if subj is None or subj.tag_ in many or subj.ent_type_ in _COUNTS:
        return False
    return not (any(c.lower_ in _QUANTIFIERS for c in subj.children) or subj.lower_ in _QUANTIFIERS)


def claims_innocence(tok: Token) -> bool:
    """ "has always maintained her innocence", "protested his innocence", "insists he is
    innocent": the speaker's word of their own innocence denies the charge (not "said the
    public was not innocent", nor a poll's "most said he was innocent")."""
    if lemma(tok) not in _INSISTING | _PROFESSING or not _one_speaker(tok, plural=True):
        return False
    for c in tok.children:
        if c.dep_ == "dobj" and c.lower_ == "innocence":
            return any(g.dep_ == "poss" and _own_word(g, tok) for g in c.children)
        if c.dep_ == "prep" and c.lower_ == "on":  # "insisted on his innocence"
            return any(
                o.lower_ == "innocence" and any(_own_word(g, tok) for g in o.children)
                for o in c.children
            )
        if c.dep_ == "ccomp" and not any(g.dep_ == "neg" for g in c.children):
            own = any(
                g.dep_ == "nsubj" and _itself_or_its_body(g) and _may_be_the_speaker(g.lower_, tok)
                for g in c.children
            )
            innocent = [g for g in c.children if g.dep_ == "acomp" and g.lower_ == "innocent"]
            # not another time or matter: "We were innocent then", "innocent about money"
            qualified = any(
                g.lower_ in ("then", "once", "back", "about", "in")
                for a in c.children
                if a.dep_ in ("acomp", "advmod", "prep")
                for g in (a, *a.children)
            )
            if (
                own
                and innocent
                and not qualified
                and not any(g.dep_ == "neg" for a in innocent for g in a.children)
            ):
                return True
    return False


def _own_word(poss: Token, verb: Token) -> bool:
    """ "her" of "Ms Njeri has always maintained her innocence" is hers; not of "His mother
    has always maintained his innocence" nor "Supporters have maintained his innocence"."""
    pronoun = _POSSESSED.get(poss.lower_)
    subj, _ = sp.subject_of(verb)
    if pronoun is None or subj is None:
        return False
    if any(g.dep_ == "poss" and g.lower_ == poss.lower_ for g in subj.children):
        return False  # "His mother … his innocence": the son's
    if subj.tag_ in ("NNS", "NNPS") and pronoun in ("he", "she", "it"):
        return False  # many speak of one
    return _may_be_the_speaker(pronoun, verb)


_POSSESSED = {"his": "he", "her": "she", "their": "they", "its": "it", "my": "i", "our": "we"}


def _may_be_the_speaker(pronoun: str, verb: Token) -> bool:
    """ "he" of "Okafor insists he is innocent" may be Okafor, not of "His wife insists he is
    innocent" nor "They insist he is …" (a lawyer's "he" is the client, who denies through him)."""
    subj, _ = sp.subject_of(verb)
    if subj is None:
        return False
    if subj.pos_ == "PRON":
        return subj.lower_ == pronoun
    if subj.lower_ in _REPRESENTATIVES:
        return True
    gender = sp.gender_of(sp.text_of(list(subj.subtree)))
    return gender is None or pronoun not in ("he", "she") or gender == pronoun


_PROFESSING = {"protest", "proclaim", "profess", "declare", "assert"}


def _says_it_did_no_wrong(tok: Token) -> bool:
    """ "has insisted she did nothing wrong", "maintained it had done nothing improper": the
    speaker's word that they did no wrong denies what they are accused of (not a poll's
    "24 percent said she did nothing wrong")."""
    if lemma(tok) not in _INSISTING or not _one_speaker(tok):
        return False
    return any(
        c.dep_ == "ccomp"
        and lemma(c) == "do"
        and any(g.dep_ == "nsubj" and _itself_or_its_body(g) for g in c.children)
        and any(
            g.dep_ == "dobj"
            and g.lower_ == "nothing"
            and any(w.lower_ in _WRONG for w in (*g.children, *c.children))
            for g in c.children
        )
        for c in tok.children
    )


def _itself_or_its_body(subj: Token) -> bool:
    """ "he", "it", or "the company" a plant manager speaks for."""
    if subj.lower_ in _ITSELF:
        return True
    return subj.lower_ in terms("organization_word") and any(
        d.dep_ == "det" and d.lower_ in ("the", "our", "its") for d in subj.children
    )


def _takes_illicit_gain(verb: Token) -> bool:
    return any(c.dep_ == "dobj" and c.lower_ in terms("illicit_gain") for c in verb.children)


_ITSELF = {"it", "he", "she", "they", "we", "i"}
# (not "see", "have" or "know": "CEO says he never saw the memo", "… never had contact with …")
_UNDERGONE = {"receive", "get", "hear", "feel", "learn", "find", "expect", "want", "need"}
_UNDERGONE |= {"like", "understand", "believe", "think", "recall", "remember"}


def _answers_a_question(tok: Token) -> bool:
    """ "Asked whether …, she replied", "“No,” Dunleavy said when asked whether …", "he
    answered": what follows answers a question."""
    question = _question(tok)
    if question is not None and (_question_of_intent(question) or _question_of_state(question)):
        return False  # "Asked whether the bank would raise rates …": a plan, no accusation
    return question is not None or lemma(tok) in ("reply", "answer", "respond")


def _answers_plan_or_feeling(tok: Token) -> bool:
    """A plan or a feeling asked about ("whether she would stand aside", "if he was worried"),
    not an act under "think", "feel" or "know" ("if he thought his players had tampered …")."""
    question = _question(tok)
    if question is None:
        return False
    asked = _what_is_asked(question) or []
    verb = next((t for t in asked if t.pos_ in ("VERB", "ADJ")), None)
    feeling = verb is not None and lemma(verb) in _FEELINGS
    return _question_of_intent(question) or feeling


def _question(tok: Token) -> list[Token] | None:
    """The question answered: before the cue ("Asked whether …, she said") or, unquoted,
    right after it ("said when asked whether …")."""
    doc, sent = tok.doc, tok.sent
    if any(t.lower_ == "asked" for t in doc[sent.start : tok.i]):
        return list(doc[sent.start : tok.i])
    after = []
    for t in doc[tok.i + 1 : sent.end]:
        if t.is_quote:
            break
        after.append(t)
    asked = next((t.i for t in after if t.lower_ == "asked"), None)
    return None if asked is None or asked - tok.i > 4 else [t for t in after if t.i >= asked]


def _question_of_state(question: list[Token]) -> bool:
    """ "… whether he was worried about his place", "… if he thought the policy had failed",
    "… whether the team had enough depth": a feeling or opinion asked for, no accusation (an
    act is: "whether his staff had spoken to Bell", "whether she had misled MPs")."""
    asked = _what_is_asked(question)
    if asked is None:
        return False
    verb = next((t for t in asked if t.pos_ == "VERB"), None)
    return verb is None or lemma(verb) in _STATES


_STATES = {"have", "think", "feel", "believe", "know", "want", "like", "expect", "regret"}
_STATES |= {"worry", "surprise", "disappoint", "concern", "please", "satisfy", "deserve", "need"}
_FEELINGS = {"worry", "worried", "surprise", "disappoint", "concern", "please", "satisfy"}
_FEELINGS |= {"upset", "anger", "hurt", "bother", "offend", "annoy", "frustrate", "embarrass"}
_FEELINGS |= {"shock", "sadden", "enjoy", "miss", "fear", "hope", "wish"}
_STATES |= _FEELINGS


def _question_of_intent(question: list[Token]) -> bool:
    """ "Asked whether he would resign", "… planned to run again", "… was going to …": what
    the answer says no to is a plan, not an accusation."""
    asked = _what_is_asked(question)
    return asked is not None and any(
        # not "could have scratched the ball": a past act it might have been
        (t.tag_ == "MD" and t.lower_ in ("would", "will", "might", "could") and not _perfect(t))
        or (t.pos_ == "VERB" and lemma(t) in ("plan", "intend"))
        or (t.lower_ == "going" and t.i + 1 < len(t.doc) and t.nbor(1).lower_ == "to")
        for t in asked
    )


def _perfect(modal: Token) -> bool:
    doc = modal.doc
    return modal.i + 1 < len(doc) and doc[modal.i + 1].lower_ == "have"


def _what_is_asked(question: list[Token]) -> list[Token] | None:
    """The words after "whether" or "if" in the question, None when it has neither."""
    opened = next((i for i, t in enumerate(question) if t.lower_ in ("whether", "if")), None)
    return None if opened is None else question[opened + 1 :]


def _asserted(tok: Token, content: str) -> bool:
    """Said, not "did not say whether …" nor "asked whether …"."""
    if any(c.dep_ == "neg" for c in tok.children):
        return False
    return not re.match(r"\W*(?:whether|if)\b", content, re.IGNORECASE)


def _speaks_for_somebody(tok: Token) -> bool:
    """A body, an official, a lawyer or a named person answering, not "the curator" of a
    painting nor "he" in a quiz."""
    head, _ = sp.subject_of(tok)
    if head is None:
        return False
    roles = terms("organization_word").keys() | terms("role_head").keys() | _REPRESENTATIVES
    return head.pos_ == "PROPN" or head.lower_ in roles or head.lower_ in terms("anonymous_head")


def _says_it_denies(tok: Token, quoted: set[int]) -> bool:
    """ "the company said it “strongly rejects” the allegations": a speaker saying that it
    denies something denies it when the denying verb is quoted, and so no cue of its own; so do
    lawyers saying their client denies it ("Smith “denies all the
    allegations,” his lawyers said"; "an accusation his lawyers said he denies")."""
    voice = next((g for g in tok.children if g.dep_ == "nsubj"), None)
    # "his lawyers", "Ruth Abrams, a lawyer for Tepper,"
    for_client = voice is not None and any(  # also "attorney Martin Shaw"
        v.lower_ in _REPRESENTATIVES
        for v in (voice, *voice.children)
        if v.dep_ in ("nsubj", "appos", "compound")
    )
    said = said_nouns()
    for c in tok.children:
        if c.dep_ != "ccomp" or any(g.dep_ == "neg" for g in c.children):
            continue
        cue = cues().get(lemma(c))
        subj = next((g for g in c.children if g.dep_ == "nsubj"), None)
        if cue is None or cue.kind != "deny" or subj is None:
            continue
        client = subj.pos_ == "PROPN" or subj.lower_ in ("client", "clients")
        # "Tuala's manager said his client “absolutely rejects” …": whoever has a client
        # speaks for them
        for_client = for_client or (
            subj.lower_ in ("client", "clients")
            and any(
                g.dep_ == "poss" and g.lower_ in ("his", "her", "their", "our", "my")
                for g in subj.children
            )
        )
        # "“Aerolith rejects these allegations,” the company said": a body naming itself
        itself = (
            subj.pos_ == "PROPN"
            and voice is not None
            and voice.lower_ in terms("organization_word")
        )
        if subj.pos_ != "PRON" and not (for_client and client) and not itself:
            continue
        if c.i not in quoted:
            continue  # unquoted, the denying verb is a denial of its own, and this a claim
        if _supposed(c):
            continue  # "“If such a document existed, we would deny it …”"
        deniable = (
            any(  # "it rejects the allegations", not "he dismissed the manager"
                g.dep_ == "ccomp"
                or (g.dep_ == "dobj" and (_names_claims(g) or (lemma(c) == "deny" and _any_of(g))))
                # "his client “absolutely denies” striking Mr Rahimi": an act denied
                or (g.dep_ in ("xcomp", "advcl") and g.tag_ == "VBG" and lemma(c) == "deny")
                for g in c.children
            )
            or _claims_after_quote(c)
            or (tok.dep_ == "relcl" and tok.head.lower_ in said)
        )  # "an accusation they say he denies"
        return deniable and (client or itself or subj.lower_ in ("it", "we", "he", "she", "i"))
    return False


def _claims_after_quote(verb: Token) -> bool:
    """'it "strongly rejects" claims it withheld …': right after the quotation, what is
    denied, which the parser reads as a verb "claims" of its own."""
    doc = verb.doc
    after = verb.i + 2
    return after < len(doc) and doc[verb.i + 1].is_quote and doc[after].lower_ in said_nouns()


def _supposed(verb: Token) -> bool:
    """A verb only supposed: "would deny it" under "if", or "if we denied …"."""
    if marked_by(verb, _IF):
        return True
    kids = list(verb.children)
    conditional = any(c.dep_ == "advcl" and marked_by(c, _IF) for c in kids)
    return conditional and any(c.tag_ == "MD" for c in kids)


def _names_claims(noun: Token) -> bool:
    """ "the allegations", "every one of these allegations", "each of the charges"."""
    if noun.lower_ in said_nouns():
        return True
    return noun.lower_ in ("one", "each", "all", "any", "none") and any(
        p.lower_ == "of" and any(o.dep_ == "pobj" and o.lower_ in said_nouns() for o in p.children)
        for p in noun.children
    )


def _any_of(noun: Token) -> bool:
    """ "denies any wrongdoing", "denies all the charges": whatever there is of it (not "we
    deny all visa applications", a thing withheld)."""
    if noun.lower_ in terms("withheld_thing") or noun.lower_ in terms("procedural_object"):
        return False
    return any(g.dep_ in ("det", "predet") and g.lower_ in ("any", "all") for g in noun.children)


def _calls_false(tok: Token) -> bool:
    """ "said the report was false", "called the claims a lie": the content denies a report."""
    targets = said_nouns()
    falsity = terms("denial_word")
    lem = lemma(tok)
    calling, criticizing = lem in terms("calling_verb"), lem in terms("criticizing_verb")
    called = [  # "called the report fake", "described the report as “fiction”"
        t.lower_
        for g in tok.children
        if g.dep_ in ("oprd", "xcomp")
        or (g.dep_ == "prep" and g.lower_ == "as")
        or (g.dep_ == "advcl" and g.pos_ == "ADJ")  # "calls report … “baseless”"
        for t in g.subtree
    ]
    if (  # "…, a suggestion Maguire called “fanciful”": the claim the clause hangs on
        calling
        and tok.dep_ in ("relcl", "acl")
        and tok.head.lower_ in targets
        and not any(c.dep_ == "dobj" for c in tok.children)
        and any(w in falsity for w in called)
    ):
        return True
    if (  # "described as “ridiculous” claims …"
        calling
        and shifted_as(tok) is not None
        and any(w in falsity for w in called)
        and any(w in targets for w in called)
    ):
        return True
    if (calling or criticizing) and _claims_next(tok):
        # "slammed claims his bowlers tampered … as “baseless”", "claims" read as a verb and
        # "as" hung on any verb after it
        as_said = [t.lower_ for g in tok.subtree if g.lower_ == "as" for t in g.subtree]
        if any(w in falsity for w in called + as_said):
            return True
    if calling and is_headline(tok.doc) and _claims_next(tok, words=2):
        # "lead author calls misconduct finding 'baseless'": headlinese the parser reads with
        # "finding" as a verb; what is called false is quoted after it
        quoted = _quoted_words(tok.doc[tok.i + 1 : tok.sent.end])
        if any(w in falsity for w in quoted):
            return True
    if (calling or (lem == "say" and is_headline(tok.doc))) and _suit_or_report_called_false(
        tok, targets, falsity
    ):
        return True
    for c in tok.children:
        if c.dep_ == "ccomp" and _clause_says_untrue(c, targets, falsity):
            return True
        # "called claims that it concealed … “baseless”": a long object read as the complement
        if c.dep_ not in ("dobj", "oprd") or not (calling or criticizing):
            continue
        words = [t.lower_ for t in c.subtree]
        if not any(w in targets for w in words):
            continue
        # "calls tax favour claims 'a distortion'": what they are called read as a second object
        also = [t.lower_ for g in tok.children if g.dep_ == "dobj" and g.i > c.i for t in g.subtree]
        said_of_it = words + called + also + _quoted_after(tok, c)
        if calling and (
            any(w in falsity for w in said_of_it) or _HIT_PIECE.search(" ".join(said_of_it))
        ):
            return True  # "called the story “a hit piece built on gossip”"
        # "slammed the article as “false”" (the parser may hang "as" on the article), not
        # "criticized the response to reports of fakes"
        as_object = [t.lower_ for g in c.subtree if g.lower_ == "as" for t in g.subtree]
        if criticizing and any(w in falsity for w in called + as_object):
            return True
    return False


# a story called an attack on the one it is about, not news: false, in other words
_HIT_PIECE = re.compile(r"\b(?:hit (?:piece|job)|hatchet job|smear(?: campaign)?|witch ?hunt)\b")


def _quoted_after(verb: Token, obj: Token) -> list[str]:
    """The words of a quotation after the object, however the parser hung them: "called a
    report by the Straits Observer on the matter “reckless and wrong”" (on "matter")."""
    return _quoted_words(verb.doc[obj.right_edge.i + 1 : verb.right_edge.i + 1])


def _quoted_words(span) -> list[str]:
    """The words of the first quotation in the span, [] if none closes there."""
    inside, words = False, []
    for t in span:
        if t.is_quote:
            if inside:
                return words
            inside = True
        elif inside:
            words.append(t.lower_)
    return []


def _suit_or_report_called_false(tok: Token, targets: frozenset[str], falsity: dict) -> bool:
    """ "calls Arizona fraud lawsuit 'meritless'" (not by a judge), and headlinese "says report
    of SEBI probe 'factually incorrect'", which the parser reads as one noun phrase."""
    for c in tok.children:
        if c.dep_ not in ("dobj", "oprd"):
            continue
        words = [t.lower_ for t in c.subtree] + [
            t.lower_ for g in tok.children if g.dep_ == "oprd" for t in g.subtree
        ]
        # "the lawsuit meritless", which the parser may read as one noun phrase
        suit = any(t.lower_ in _SUITS for t in c.subtree) and not _judges(tok)
        if (suit and any(w in _SUIT_FALSITY or w in falsity for w in words)) or (
            c.lower_ in targets and lemma(tok) == "say" and any(w in falsity for w in words)
        ):
            return True
    return False


_SUITS = {"lawsuit", "suit", "complaint", "claim", "petition", "action"}
_SUIT_FALSITY = {"meritless", "frivolous", "vexatious", "groundless", "unfounded", "baseless"}


def _claims_next(verb: Token, words: int = 1) -> bool:
    """The words right after the verb name a report or claims ("slammed the claims …"; with
    `words=2`, also after a noun naming them, "calls misconduct finding …")."""
    doc = verb.doc
    i = verb.i + 1
    while i < len(doc) and doc[i].lower_ in _ANAPHORIC_DETS | {"a", "an"}:
        i += 1
    return any(j < len(doc) and doc[j].lower_ in said_nouns() for j in range(i, i + words))


_FIGURES = {"figure", "figures", "numbers", "statistics"}
# wrong, not merely "ridiculous" (of house prices)
_FIGURES_WRONG = _STRICT_FALSITY | {"wrong", "inaccurate", "incorrect", "misleading"}
_EVENTS = {"meeting", "conversation", "call", "incident", "assault", "attack", "payment"}
_EVENTS |= {"exchange", "encounter", "altercation", "deal", "transaction", "phone call"}


_OFF_THE_MARK_RE = re.compile(rf"\b{_OFF_THE_MARK}\b")


def _says_it_does_not_recognise(tok: Token) -> bool:
    """ "said it did not recognise the figures": the British way of calling them wrong."""
    return any(
        c.dep_ == "ccomp"
        and lemma(c) in ("recognise", "recognize")
        and any(g.dep_ == "neg" for g in c.children)
        and any(g.dep_ == "nsubj" and _itself_or_its_body(g) for g in c.children)
        and any(g.dep_ == "dobj" and g.lower_ in _RECOGNISED for g in c.children)
        for c in tok.children
    )


_RECOGNISED = {"figures", "numbers", "statistics", "claims", "claim", "allegations", "account"}
_RECOGNISED |= {"description", "characterisation", "characterization", "picture", "portrayal"}


def _clause_says_untrue(clause: Token, targets: frozenset[str], falsity: dict) -> bool:
    """ "the report was false", "it was not true that …", "there was no truth in it", "no such
    offer had been made"; not "it was wrong to …" nor "that would be a false reason"."""
    kids = list(clause.children)
    subj = next((g for g in kids if g.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subj is None:
        return False
    preds = [g for g in kids if g.dep_ in ("acomp", "attr")]
    negated = any(g.dep_ == "neg" for g in kids)
    # "was not true", also with "not" on "true" ("were “simply not true”")
    not_true = any(  # or "was “simply not accurate”", "is not correct" (but not "not correct
        # for politicians to use such language": what ought to be)
        p.lower_ in _TRUE
        and (p.lower_ == "true" or not _ought(clause, p))
        and (negated or any(g.dep_ == "neg" for g in p.children))
        for p in preds
    )
    negated = negated or not_true
    if (  # "said the meeting never happened / never took place": the event denied (not "never
        # happened before", "never happened in the town")
        (
            lemma(clause) == "happen"
            or (lemma(clause) == "take" and any(g.lower_ == "place" for g in kids))
        )
        and any(g.dep_ == "neg" and g.lower_ == "never" for g in kids)
        and (subj.lower_ in _STATEMENT_PRONOUNS or subj.lower_ in _EVENTS)
        and not any(g.dep_ in ("advmod", "advcl", "prep", "npadvmod") for g in kids)
    ):
        return True
    if negated and not not_true:
        return False  # "the report was not false", "it was not a lie"
    groundless = any(  # "the claims are without merit"
        g.dep_ == "prep"
        and g.lower_ == "without"
        and any(o.dep_ == "pobj" and o.lower_ in _GROUNDS for o in g.children)
        for g in kids
    )
    false = not_true or groundless or any(t.lower_ in falsity for p in preds for t in p.subtree)
    # "the claims were wide of the mark", "the report was riddled with errors"
    false = false or bool(_OFF_THE_MARK_RE.search(" ".join(t.lower_ for t in clause.subtree)))
    # "the claims were “fabricated from start to finish”"
    false = false or (
        clause.lower_ in falsity
        and any(g.dep_ == "auxpass" for g in kids)
        and not any(g.dep_ in ("xcomp", "advcl") for g in kids)  # "fabricated to cover debts"
    )
    if subj.lower_ in targets and false:
        return True  # "said the report was false"
    if (  # "said the figure was wrong" (not "wrong to include students": how they were made)
        subj.lower_ in _FIGURES
        and (not_true or any(t.lower_ in _FIGURES_WRONG for p in preds for t in p.subtree))
        and not any(g.dep_ in ("xcomp", "ccomp", "advcl") for p in preds for g in p.children)
    ):
        return True
    if (  # "said none of it was true", "none of the allegations were true"
        subj.lower_ == "none"
        and any(p.lower_ in _TRUE and not any(g.dep_ == "neg" for g in kids) for p in preds)
        and any(
            g.dep_ == "pobj" and (g.lower_ in _STATEMENT_PRONOUNS or g.lower_ in targets)
            for c in subj.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
        )
        # "true for small firms"
        and not any(c.dep_ == "prep" for c in (*kids, *(g for p in preds for g in p.children)))
    ):
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


def denial_target(tok: Token, ctx: ArticleContext, index: int) -> tuple[str, str | None, bool]:
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
    objects.extend(t for t in shifted_as(tok) or [] if t.pos_ == "NOUN")
    for noun in objects:
        if noun.lower_ in reports:
            return _report_target(noun, ctx, index)
        if noun.lower_ in claims:
            return "claim", _claim_outlet(noun, ctx, index), False
        if (reported := _reported_by_the_press(noun)) is not None:
            # "denies positive EPO test reported by Danish broadcaster": what a report said,
            # by the outlet it names or the one the next sentences cite
            return "report", reported or None, not reported
    # "'It's not true,' Peskov told reporters when asked about the Reuters report"
    if not any(n.lower_ in reports or n.lower_ in claims for n in objects):
        for noun in tok.sent:
            if noun.lower_ in reports and noun.pos_ == "NOUN":
                return _report_target(noun, ctx, index)
        # "“There is no basis for these accusations,” the lawyer said": a claim named there
        for noun in tok.sent:
            if noun.lower_ in claims and noun.pos_ == "NOUN":
                return "claim", _claim_outlet(noun, ctx, index), False
    # "He said no such offer had been made", "denied it": the report of a sentence or three ago;
    # not "dismissed the critics" nor "denied any wrongdoing", which name what they deny
    # "has denied that its painkiller is addictive": the clause is the claim denied
    denying = (cue := cues().get(lemma(tok))) is not None and cue.kind == "deny"
    # what a verb of denying names ("dismissed the critics"), or a clause with a subject of its
    # own ("said the opposition leader's figures were false"); "told Pennine Sound" names who
    # heard, and "it", "that" point back
    named = denying and any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in tok.children)
    named = named or any(
        g.dep_ in ("nsubj", "nsubjpass")
        and g.pos_ in ("NOUN", "PROPN")
        and not any(d.lower_ in _POINTING_BACK for d in g.children)  # "no such offer"
        for c in tok.children
        if c.dep_ == "ccomp"
        for g in c.children
    )
    if denying and any(c.dep_ == "ccomp" for c in tok.children):
        return "claim", None, False
    if ctx.last_report and index - ctx.last_report[1] <= 3 and not named:
        return "report", ctx.last_report[0], False
    return "other", None, False


def _report_target(noun: Token, ctx: ArticleContext, index: int) -> tuple[str, str | None, bool]:
    outlet = outlet_of(noun)
    if outlet is None and _anaphoric(noun):
        outlet = ctx.last_outlet  # "the report": the outlet last cited
    ctx.last_report = (outlet, index)
    return "report", outlet, outlet is None and not _other_source(noun)


def _reported_by_the_press(noun: Token) -> str | None:
    """The outlet ("" when unnamed) of a thing "reported by Danish broadcaster", "published by
    the Harbour Times"; None when the thing is not said to be reported by the press."""
    for c in noun.children:
        if c.dep_ != "acl" or lemma(c) not in ("report", "publish", "reveal", "air"):
            continue
        for agent in (g for g in c.children if g.dep_ == "agent"):
            for who in (g for g in agent.children if g.dep_ == "pobj"):
                words = list(who.subtree)  # "by the Harbour Times", "by broadcaster DR"
                named = outlet_name(sp.text_of(words)) or sp.named_after_publication_word(words)
                if named or who.lower_ in terms("publication_word"):
                    return named or ""
    return None


def _claim_outlet(noun: Token, ctx: ArticleContext, index: int) -> str | None:
    """The outlet of a denied claim: named with it ("claims by the Herald"), the paper's named
    before ("the newspaper's suggestion"), or the report an outlet made up to three sentences
    before that "that account" or "these claims" points back to."""
    outlet = outlet_of(noun)
    if outlet is None and _the_papers(noun):
        outlet = ctx.last_outlet
    pointed = any(c.dep_ == "det" and c.lower_ in _POINTING for c in noun.children)
    if outlet is None and pointed and ctx.last_report and index - ctx.last_report[1] <= 3:
        outlet = ctx.last_report[0]
    return outlet


_POINTING = _ANAPHORIC_DETS - {"the", "such"}
_POINTING_BACK = _ANAPHORIC_DETS - {"the"} | {"no", "any"}  # "no such offer", "that claim"


def _anaphoric(noun: Token) -> bool:
    """ "the report", "these stories": one already named, so the outlet last cited; not "a
    report", "reports in Israeli media" nor "the Pentagon report", which are others."""
    definite = any(c.dep_ == "det" and c.lower_ in _ANAPHORIC_DETS for c in noun.children)
    return (definite or _the_papers(noun)) and not _other_source(noun)


def _the_papers(noun: Token) -> bool:
    """ "the newspaper's report", "the broadcaster's story": the outlet named before."""
    return any(
        c.dep_ == "poss"
        and c.lower_ in terms("media_word")
        and any(d.dep_ == "det" and d.lower_ in _ANAPHORIC_DETS for d in c.children)
        for c in noun.children
    )


def _other_source(noun: Token) -> bool:
    """ "reports in Israeli media", "the Pentagon report": a source named, not an outlet."""
    return any(
        (c.dep_ == "prep" and c.lower_ in ("by", "in", "from"))
        or (c.dep_ in ("compound", "nmod", "poss") and c.pos_ == "PROPN")
        for c in noun.children
    )


def outlet_of(noun: Token) -> str | None:
    """The outlet behind "a report by Reuters", "Reuters' report", "a report in the Times",
    "the Reuters report", "a New York Times story"."""
    found = sp.outlet_phrase(noun)
    return found[0] if found else None


def not_guilty_plea(tok: Token) -> str | None:
    """ "pleaded not guilty (innocent) to the charges", "entered a plea of not guilty": in
    court, a denial of them; the cue's words. Not a plea only supposed or announced ("would
    plead", "if he pleads", "did not plead")."""
    kids = list(tok.children)
    if any(c.tag_ == "MD" or (c.dep_ == "neg" and c.i < tok.i) for c in kids):
        return None
    if marked_by(tok, (*_IF, "whether")):
        return None
    if (plea := _plea_entered(tok)) is not None:  # "entered not guilty pleas"
        words = list(plea.subtree)
        said = next((t for t in words if t.lower_ in ("guilty", "innocent")), None)
        if said is None or (said.lower_ == "guilty" and tok.doc[said.i - 1].lower_ != "not"):
            return None
        return tok.doc[tok.i : max(said.i, plea.i) + 1].text
    words = [t.lower_ for t in tok.doc[tok.i + 1 : tok.i + 3]]
    if words == ["not", "guilty"]:
        return f"{tok.text} not guilty"
    return f"{tok.text} innocent" if words[:1] == ["innocent"] else None


def _plea_entered(tok: Token) -> Token | None:
    """The plea "entered" takes as its object, if it does (not one a court enters for a
    defendant who will not plead)."""
    if lemma(tok) != "enter":
        return None
    if any(c.dep_ == "nsubj" and c.lower_ in _COURT_OFFICERS for c in tok.children):
        return None
    return next((c for c in tok.children if c.dep_ == "dobj" and c.lower_ in _PLEAS), None)


_PLEAS = ("plea", "pleas")
_COURT_OFFICERS = {"judge", "court", "magistrate", "magistrates", "clerk", "justice", "registrar"}


def rules_on(noun: Token) -> bool:
    """A court, a judge, a jury or a chamber: who rules on a claim or votes, not who denies it."""
    return lemma(noun) in _RULING_BODIES | _COURT_OFFICERS | {"jury"}


def pleaded_to(tok: Token) -> str | None:
    """What a plea answers: "to all charges", "to two counts of fraud"; not what follows it."""
    # on the verb or its "guilty" ("not guilty to murder"), or inside the plea entered ("a
    # plea of not guilty to …"); not "…, according to his family"
    heads = [tok, *(c for c in tok.children if c.dep_ in ("acomp", "advmod", "oprd", "dobj"))]
    if (plea := _plea_entered(tok)) is not None:
        heads += [t for t in plea.subtree if t.lower_ in ("guilty", "innocent", "of")]
    for c in (g for t in heads for g in t.children):
        if c.dep_ == "prep" and c.lower_ == "to" and c.i > tok.i:
            # "to the charges", "to defrauding a charity of £240,000"
            objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
            if objs:
                # not a clause joined after it: "… to causing death and was granted bail"
                after = {
                    t.i
                    for g in objs[0].subtree
                    if g.dep_ == "conj"
                    and g.pos_ in ("VERB", "AUX")
                    and any(a.dep_ in ("aux", "auxpass") for a in g.children)
                    for t in (*g.subtree, *(x for x in g.head.children if x.dep_ == "cc"))
                    if t.i >= g.left_edge.i - 1
                }
                return sp.text_of([t for t in objs[0].subtree if t.i not in after])
    return None


# nobody did it: "Nobody touched that ball", "But nobody at this council ignored a warning",
# "nobody had to be pulled apart" (not "Nobody knows", "no one is above the law")
_NOBODY_DID = (
    r"(?:nobody|no one|no-one)\b(?:\s+(?!is\b|was\b|knows?\b|can\b|will\b)[\w'’-]+){0,4}?"
    r"\s+(?!(?:wanted|needed|expected|believed|liked|loved|hoped|wished|cared|deserved"
    r"|noticed|enjoyed|minded|mattered|worked|died|survived|required|suffered)\b)"
    r"(?:\w+ed|had to|paid|took|made|gave|hid|sold|met|told|broke|stole|got|put|hit|bit)\b"
)
# a thing not done: "No gate has been imposed", "no money was taken"
_NO_THING_DONE = (
    # "no money was taken"; not "no (final) decision has been made", which leaves it open
    # (also "No offer for Paolo has been accepted")
    r"no\s+(?:(?!decisions?\b)[\w'’]+\s+){1,4}?(?:has|have|had|was|were)\s+(?:ever\s+)?"
    r"(?:been\s+)?\w+(?:ed|en|t)\b"
    # "No sale process is under way", "no talks are taking place"
    r"|no\s+(?:\w+\s+)?\w+\s+(?:is|are|was|were)\s+(?:under\s*way|in\s+progress|taking\s+place)\b"
)
# "I have never met this individual", "We are not in discussions", "I had no role in …",
# "Absolutely not.", "There is no bid", "Nothing was deleted": said by somebody who has denied
# an accusation in the same article, a statement that they did not do it keeps up the denial
_SELF_NEGATION = re.compile(
    r"^(?:(?:absolutely|certainly|definitely|of course) not\b"
    r"|(?:i|we)(?:['’]ve)?\s+(?:(?:have|had|did|do|does|was|were|am|are)\s+)?"
    r"(?:not|never|no)\b(?!\s+(?:going|longer)\b)(?!\s+(?:planning|running|seeking|considering|looking|thinking|trying|expecting|intending|hoping|leaving|resigning|stepping|happy|satisfied|pleased"
    r"|sure|able"
    r"|ready|worried|concerned|interested|plans?|intention|reason|desire|doubt|idea)\b)"
    r"|(?:i|we)\s+(?:didn|don|doesn|wasn|weren|aren|haven|hadn)['’]t\b"
    r"|there\s+(?:is|was|were|has been|have been)\s+no\s+(?!doubt\b|question\b|need\b|reason\b)"
    r"|nothing\s+(?:was|has been|is|had been)\b"
    rf"|{_NOBODY_DID}"
    # "Not a single cent.", "not one dollar … has ever paid for …"
    r"|not\s+(?:a\s+single|one(?:\s+single)?)\s+\w+"
    rf"|{_NO_THING_DONE})",
    re.IGNORECASE,
)
# what was said of oneself: "it did not freeze withdrawals", "they have made no offer"
_SAID_NOT_DONE = re.compile(
    r"^(?:that\s+)?(?:it|he|she|they)\s+(?:(?:had|has|have|did|does|do|was|were|is|are)\s+)?"
    r"(?:not\b|never\b)(?!\s+(?:planning|running|seeking|considering|looking|thinking|trying|expecting|intending|hoping|leaving|resigning|stepping|going|longer|happy|satisfied|sure|able|ready|comment|commented|commenting)\b)"
    r"(?=\s+\w)"  # not "he did not", "he was not running for re-election"
    # "they have made no offer", "he received no payment"; not "it sees no reason", nor "…,
    # saying it offered no solutions" (what "it" is, is not said)
    r"|^(?:that\s+)?(?:he|she|they)\s+(?:(?:had|has|have)\s+\w+|\w+ed)\s+no\b"
    r"|^(?:that\s+)?(?:it|he|she|they)\s+(?:didn|doesn|hadn|hasn|haven|wasn|weren)['’]t\s+\w",
    re.IGNORECASE,
)


def denies_in_words(said: str) -> bool:
    """ "I have never tampered with a ball", "I did nothing wrong", "That is not true": words in
    which the speaker says they did not do it, or calls something untrue (not "There is no
    wider threat", "No one could have survived that", "We did not deserve to win")."""
    if _THINKING.search(said):
        return False
    return bool(_I_DID_NOT.match(said) or _NOTHING_WRONG.match(said) or _DENIAL_QUOTE.search(said))


def called_false(said: str) -> bool:
    """ "Pure fiction", "Lies", "Utterly untrue": words that call a statement false and say
    nothing else (a headline's after a colon); not "Rubbish" or "Nonsense", said of a film too."""
    return bool(_CALLED_FALSE_ALONE.match(said))


_CALLED_FALSE_ALONE = re.compile(
    r"^\W*(?:(?:pure|utter|complete|total|absolute|utterly|completely|totally|simply)\s+)?"
    r"(?:fiction|fabrication|fabricated|lies|a\s+lie|fake\s+news|untrue|false|not\s+true)\W*$",
    re.IGNORECASE,
)


_I_DID_NOT = re.compile(
    r"^(?:i|we)\s+(?:have\s+|had\s+)?(?:never|did\s+not|didn['’]t|have\s+not|haven['’]t)\s+"
    r"(?!deserve|play|perform|expect|want|need|know|think|mean|see|get|have)\w+",
    re.IGNORECASE,
)
_NOTHING_WRONG = re.compile(r"^(?:i|we)\s+(?:did|have done|had done)\s+nothing\s+wrong\b", re.I)


def keep_up_denials(atts: list[Attribution]) -> None:
    """Statements by somebody who denies something in the article, that they did not do it,
    are denials too ("Kiprono denied doping … “I have never cheated in my life,” he said");
    they take the target of that party's denial."""
    for a in atts:
        if a.kind == "claim" and a.content and _quotes_never_done(a):
            a.kind, a.target_type = "denial", "claim"  # 'told a jury he "never took a cent"'
    deniers = [a for a in atts if a.kind == "denial" and not _procedural_speaker(a)]
    if not deniers:
        return
    for a in atts:
        if a.kind != "claim" or not a.content:
            continue
        near = [d for d in deniers if abs(d.sentence_index - a.sentence_index) <= _NEAR]
        near.sort(key=lambda d: abs(d.sentence_index - a.sentence_index))  # the nearest's target
        denial = next((d for d in near if _same_party(a, d, deniers)), None)
        if denial is None:
            continue
        # the party's names, from all its denials ("Turkish drone maker", "… Karya Defence")
        names = _key_words(a) | _key_words(denial)
        names |= {w for d in deniers if _key_words(d) & _key_words(denial) for w in _key_words(d)}
        if _says_not_done(a, names, _speaks_for_another(a) or _speaks_for_another(denial)):
            a.kind = "denial"
            a.target_type, a.target_outlet = denial.target_type, denial.target_outlet


def _says_not_done(a: Attribution, names: set[str], speaks_for: bool = False) -> bool:
    body = a.content.strip()
    if a.quote_type in ("indirect", "mixed"):  # 'said she had "never knowingly taken …"'
        body = _LEADING_TIME.sub("", re.sub('[“”"]', "", body))  # "on Friday it did not …"
        return bool(_SAID_NOT_DONE.match(body)) and not _THINKING.search(body[:60])
    if a.quote_type != "direct":
        return False
    # the first sentence, or a clause of it ("Nobody here was contacted, and we have never …");
    # a later one when it says a thing was not done ("The fund is open. No gate has been
    # imposed …"), not a state ("… We don't have healthcare for all people.")
    for n, sentence in enumerate(_quoted_sentences(a)):
        for clause in (c for part in _CLAUSE_JOIN.split(sentence) for c in _AND_NO.split(part)):
            said_not_done = (_SELF_NEGATION if n == 0 else _NOT_DONE_LATER).match(clause.strip())
            # a spokesperson or lawyer of the principal: "The mayor has no role whatsoever …"
            said_not_done = said_not_done or (speaks_for and _principal_did_not(clause))
            said_not_done = said_not_done or (n == 0 and _names_itself(clause.strip(), names))
            if said_not_done and not _THINKING.search(clause):
                return True
    return False


# what a spokesperson or lawyer says the principal did not do: "The mayor has no role
# whatsoever in …", "Her brother has never held shares …", "He did not touch the money"
_PRINCIPAL_DID_NOT = re.compile(
    r"^\W*(?:the\s+(\w+)|he|she|(?:his|her)\s+(\w+)|my\s+clients?|our\s+clients?)\s+"
    r"(?:has|had|did|does)\s+(?:never|not|no)\b(?!\s+(?:yet|longer|comment|been)\b)",
    re.IGNORECASE,
)


def _principal_did_not(clause: str) -> bool:
    """ "The mayor has no role …", "Her brother has never held shares …": said of a person
    (not "The city has not received the funds", "His son has not been well")."""
    m = _PRINCIPAL_DID_NOT.match(clause.strip())
    if m is None:
        return False
    noun = m.group(1) or m.group(2)
    return noun is None or noun.lower() in person_nouns()


def _speaks_for_another(a: Attribution) -> bool:
    words = set(re.findall(r"[a-z]+", f"{a.role or ''} {a.speaker or ''}".lower()))
    return bool(words & (_SPOKESPEOPLE | _REPRESENTATIVES))


_NOT_DONE_LATER = re.compile(
    r"^(?:(?:but|and|so)\s+)?"  # "… I understand that. But there was no cover-up."
    r"(?:(?:i|we|it)\s+(?:did\s+not|didn['’]t|never|ha(?:ve|s|d)\s+(?:not|never)|haven['’]t"
    r"|hasn['’]t)\s+\w+"
    r"|(?:nothing|none)\s+(?:was|has been|had been|have been)\s+\w+"
    rf"|{_NO_THING_DONE}|{_NOBODY_DID}"
    # "I have no financial ties to Glen Moffatt or his company": no interest to hide
    r"|(?:i|we)\s+(?:have|had)\s+no\s+(?:\w+\s+)?(?:ties|links?|connections?|involvement|role"
    r"|stake|shares|interest|relationship|dealings|contact)\b"
    r"|there\s+(?:is|was|has been|has never been)\s+(?:no|never\s+(?:a|any))\s+"
    r"(?:evidence|truth|basis|cover-?up|wrongdoing|impropriety|misconduct|fraud|bribe|bribery"
    r"|corruption|conspiracy|collusion|quota|payment|deal|agreement|breach|hack|leak)s?\b)",
    re.IGNORECASE,
)


def _quoted_sentences(a: Attribution) -> list[str]:
    """The sentences of the quotations: "“I have never cheated in my life. …”"."""
    parts = [p.strip() for p in _QUOTE_MARK.split(a.content or "") if p.strip()]
    return [s for p in parts for s in _SENTENCE_END.split(p)]


# not what one knows, thinks or wants ("I don't know which Donald Trump will show up")
_THINKING = re.compile(
    r"(?:\bnot|\bnever|n['’]t)\s+(?:\w+\s+)?(?:know|think|believe|want|wanted|recall|remember"
    r"|need|care|see|understand|expect|like|mind|plan|intend|doubt|agree|feel|mean)\b",
    re.IGNORECASE,
)


_NEAR = 4  # sentences: keeping up a denial follows it closely, as wire copy writes it
_LEADING_TIME = re.compile(r"^(?:on|last|this)\s+\w+,?\s+", re.IGNORECASE)


def _names_itself(sentence: str, names: set[str]) -> bool:
    """ "Karya has never sold …", "Calloway Maritime has never made …", said by the company."""
    m = re.match(
        r"^([A-Z][\w-]+)(?:\s+[A-Z][\w-]+){0,2}\s+(?:has|had|did|does|is|was)\s+(?:not|never)\b",
        sentence,
    )
    return m is not None and m.group(1) in names


def _same_party(a: Attribution, denial: Attribution, deniers: list[Attribution]) -> bool:
    """The same person or body: a name word in common ("Kiprono, 29" and "Daniel Kiprono",
    "a Brightwater spokesman" and "Brightwater"), or "the company" when only one body denies
    or when its quotation names who denied ("“Karya has never sold …,” the company said")."""
    if a.speaker_type == "person" and denial.speaker_type == "person":
        return _same_person(a, denial)
    if _key_words(a, own=True) & _key_words(denial):
        return True
    if _epithet(a) and denial.speaker_type == "person":
        # "the 27-year-old", "the Nebraska Republican" after "… Keisha Barrett denied …" (the
        # headline's "Pacer named in betting probe denies …" being the same one, described)
        body = [d for d in deniers if d.sentence_index > 0] or deniers
        # the persons who denied up to it, within reach ("… Arjun Rathore … denied …. “…,” the
        # 24-year-old said"; not Reddy, who denies something else further on)
        before = [d for d in body if 0 <= a.sentence_index - d.sentence_index <= _NEAR]
        people = {
            d.speaker_resolved or d.speaker for d in before or body if d.speaker_type == "person"
        }
        return len(people) == 1
    if _named_later(a, denial):
        return True  # "A hospital trust in the north of England denied …", then its name
    # "the company", "a club spokesperson"
    words = (a.speaker or "").lower().split()
    generic = (
        2 <= len(words) <= 3
        and words[0] in ("the", "a")
        and words[1] in terms("organization_word")
        and (len(words) == 2 or words[2] in _SPOKESPEOPLE)
    )
    # "Chief Financial Officer Ingrid Solberg" after "Nordvik Bank refuted …": a body's officer
    role = set(re.findall(r"[a-z]+", (a.role or "").lower()))
    # or unnamed: "“… It did not pay any bribes,” a spokesman said"
    bare = len(words) == 2 and words[0] in ("a", "the") and words[1] in _SPOKESPEOPLE
    officer = a.speaker_type == "person" and bool(role & _OFFICERS or bare)
    if not (generic or officer):
        return False
    # "Environment Agency director …" speaks for the agency, not for the company that denied
    other = {w for w in _key_words_of(a.role) - _key_words(denial) if w.lower() not in _OFFICE}
    if officer and other:
        return False
    if officer and (role - _OFFICERS) & set(re.findall(r"[a-z]+", (denial.speaker or "").lower())):
        return True  # "association president Mark Zammit" for "Malta's football association"
    if a.quote_type == "direct" and _names_itself(
        next(iter(_quoted_sentences(a)), ""), _key_words(denial)
    ):
        return True
    bodies = {d.speaker_resolved or d.speaker for d in deniers if d.speaker_type == "organization"}
    # "A hospital trust in the north of England" in the lead is the trust named later
    named = {b for b in bodies if b and b.split()[0].lower() not in ("a", "an")}
    # one body however often and however fully named ("Veltrix", "Veltrix Inc., the …")
    return (
        denial.speaker_type == "organization"
        and len({_first_word(b) for b in named or bodies}) == 1
    )


def _first_word(name: str | None) -> str:
    return name.split()[0].strip(",") if name else ""


def _named_later(a: Attribution, denial: Attribution) -> bool:
    """ "Northdale Hospitals NHS Trust" after "A hospital trust in the north of England denied
    …": a body first described, then named by a name that ends in the description's noun."""
    words = (denial.speaker or "").split()
    if denial.speaker_type != "organization" or not words or words[0].lower() not in ("a", "an"):
        return False
    cut = next((i for i, w in enumerate(words) if w.lower() in ("in", "of", "from", "based")), None)
    head = words[:cut][-1].lower() if words[:cut] else ""
    name = (a.speaker or "").split()
    return (
        a.speaker_type == "organization"
        and len(name) > 1
        and name[0][:1].isupper()
        and name[-1].lower().rstrip(".") == head
    )


def _epithet(a: Attribution) -> bool:
    """ "the 27-year-old", "the veteran", "the Nebraska Republican": a person named by a
    description of them, after the name."""
    words = (a.speaker or "").split()
    return (
        1 < len(words) <= 4
        and words[0].lower() == "the"
        and a.speaker_type in ("person", "unknown")
        and not (set(words[1:]) & {w.capitalize() for w in _OFFICERS})
        and words[-1].lower() not in terms("organization_word")
        and a.speaker_resolved in (None, a.speaker)
    )


def _key_words(a: Attribution, own: bool = False) -> set[str]:
    """Name words of the speaker; with `own`, not a possessor's ("Bell's assistant" is not
    Bell)."""
    text = f"{a.speaker_resolved or ''} {a.speaker or ''}"
    if own:
        text = _POSSESSOR.sub("", text)
    return _key_words_of(text)


def _same_person(a: Attribution, denial: Attribution) -> bool:
    """ "Kiprono" and "Daniel Kiprono"; not "Hassan Yusuf" and "Amina Yusuf", nor "Republican
    leader Susan Whitmore" and "Republican Senator Tom Harlan", nor "Bell's assistant"; the
    client of a lawyer who denied ("Mallory" after "Mallory's attorney … said …")."""
    mine = _name_words(a.speaker_resolved or a.speaker, own=True)
    theirs = _name_words(denial.speaker_resolved or denial.speaker, own=True)
    speaks_for = _REPRESENTATIVES | _SPOKESPEOPLE  # "Okafor's spokeswoman denied …", Okafor
    if any(w in (denial.speaker or "").lower() for w in speaks_for) and mine:
        clients = [m.group(1) for m in _POSSESSOR.finditer(denial.speaker or "")]
        if mine[-1] in clients:
            return True
    if not mine or not theirs:
        return _epithet(a) and not mine
    if mine[-1] != theirs[-1]:
        return False
    # "Kiprono" and "Daniel Kiprono"; not "Hassan Yusuf" and "Amina Yusuf"
    return (
        len(mine) == 1
        or len(theirs) == 1
        or mine[-2] == theirs[-2]
        or not (_first_name(a, mine[-2]) and _first_name(denial, theirs[-2]))
    )


def _first_name(a: Attribution, word: str) -> bool:
    """Whether `word` stands right before the surname in the speaker's name as written."""
    return bool(re.search(rf"\b{re.escape(word)}\s+[A-Z]", a.speaker_resolved or a.speaker or ""))


def _name_words(text: str | None, own: bool) -> list[str]:
    """The capitalised words of a person's name in order, without titles, roles or parties."""
    text = text or ""
    if own:
        text = _POSSESSOR.sub("", text)
    return [w for w in _names_in(text) if w.lower() not in _PARTIES]


_POSSESSOR = re.compile(r"([A-Z][\w-]*)['’]s\b")  # "Mallory's attorney", "Bell's assistant"
_PARTIES = {"republican", "democrat", "democratic", "labour", "conservative", "liberal"}


def _key_words_of(text: str | None) -> set[str]:
    """The capitalised words of a name that are neither titles nor common nouns."""
    return set(_names_in(text or ""))


def _names_in(text: str) -> list[str]:
    """Those words in order, once each, a possessive ending dropped ("Mallory's" -> "Mallory")."""
    common = _common_words()
    words = [re.sub(r"['’]s$", "", w) for w in re.findall(r"[A-Z][\w’'-]+", text)]
    return [w for w in dict.fromkeys(words) if w.lower().rstrip(".") not in common]


@cache
def _common_words() -> frozenset[str]:
    """Role, title and body words, which name nobody in particular."""
    words = person_nouns() | set(terms("organization_word")) | set(terms("title"))
    return frozenset(words | {"the", "a", "an", "its", "his", "her", "their", "our", "this"})


def _procedural_speaker(a: Attribution) -> bool:
    """A court or council ruling is not a party denying an accusation (the speaker's own words,
    not an apposition: "Chief Dana Whitlock, speaking at the City Council meeting")."""
    own = (a.speaker or "").split(",")[0]
    return any(w in _RULING_BODIES for w in own.lower().split())


_SPOKESPEOPLE = sp.SPOKESPEOPLE
# who speaks for a body by office (a spokesman, as above, or a chief officer)
_OFFICERS = _SPOKESPEOPLE | {"officer", "executive", "ceo", "cfo", "chairman", "chairwoman"}
_OFFICERS |= {"chair", "president", "director", "spokespeople"}
_OFFICE = {"chief", "financial", "executive", "operating", "senior", "deputy", "vice", "general"}
_OFFICE |= {"managing", "technology", "information", "marketing", "communications", "press"}
_RULING_BODIES = {"court", "judge", "panel", "council", "committee", "tribunal", "parliament"}


def _quotes_never_done(a: Attribution) -> bool:
    """'he "never took a cent"', 'that it "has never sought to influence …"': the reporter
    quotes the very words in which somebody says they never did it, the way a denial is
    quoted (said in full, "he said he had never met her" is as often a plain statement)."""
    content = a.content or ""
    m = _QUOTED_NEVER.match(content.strip())
    if m is None or _THINKING.search(content[: m.end() + 40]):
        return False
    # of the speaker: "it" of a body, "he" or "she" of a person of that gender (not 'The
    # landlord said she "never paid rent"', an accusation)
    pronoun = m.group("who").lower()
    who = (a.speaker_resolved or a.speaker or "").split()
    if pronoun == "it":  # a body, though NER may have typed its name a person's
        return a.speaker_type != "person" or not (who and is_first_name(who[0]))
    gender = sp.gender_of(a.speaker_resolved or a.speaker or "")
    return a.speaker_type == "person" and gender == pronoun


_QUOTED_NEVER = re.compile(
    r"^(?:that\s+)?(?P<who>he|she|it)\s+(?:(?:had|has|have)\s+)?[“\"‘']\s*(?:(?:had|has|have)\s+)?"
    r"never\s+(?!(?:been|known|thought|expected|wanted|seen|had|liked|felt|imagined|dreamed"
    r"|believed|doubted|forgotten|forgot|stopped|lost|cared|looked|missed|will|would)\b)\w+",
    re.IGNORECASE,
)
