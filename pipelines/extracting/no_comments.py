"""Declining to comment, in the ways news writes it.

"declined to comment", "did not respond to requests for comment", "could not be
reached", "referred questions to …", "had no immediate response", "neither
confirm nor deny", and, as annotated news counts them, public refusals
("refused to release his tax returns"). Who declined is the refuser, not the
person reporting the refusal, and a body declines through its spokesperson.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.extracting import speakers as sp
from pipelines.extracting.drafts import Draft
from pipelines.extracting.lexicon import cues, outlet_name, person_nouns, said_nouns, terms
from pipelines.extracting.parsing import lemma, perfect_or_modal, supposed
from pipelines.extracting.sentences import Unit
from pipelines.model import Attribution

_BE_FORMS = {"be", "is", "are", "was", "were", "been"}
# who refers questions as a procedure, not to avoid answering them
_PROCEDURAL = {"judge", "court", "tribunal", "committee", "subcommittee", "panel", "parliament"}
_PROCEDURAL |= {"senate", "congress", "assembly", "teacher", "moderator", "quizmaster"}
_ASKED_IN_TURN = {"candidates", "contestants", "students", "panelists", "participants"}
_PRESS = {"reporters", "journalists", "press", "media", "newsmen", "us"}
_CANNOT = {"inappropriate", "unable", "premature", "unwilling"}  # "… to comment"
_RESPONSE_VERBS = {"respond", "return", "reply", "answer", "reach", "have", "offer", "provide"}
_RESPONSE_VERBS |= {"contact"}


# what "had no …" / "offered no …" must be about
_COMMENT_WORDS = {"comment", "comments", "response", "reply"}


_PLACES = {"city", "town", "village", "area", "region", "province", "district", "county", "island"}


_CALLING_MEANS = {"phone", "telephone", "email", "e-mail", "text", "message", "reporter"}


_DEFLECTED = {"question", "inquiry", "query", "request", "comment", "reporter", "journalist"}


_SPOKESPEOPLE = {"representative", "representatives", "spokespeople", "spokespersons"}
_SPEAKS_FOR = _SPOKESPEOPLE | sp.SPOKESPEOPLE


_CONTRAST_MARKS = {"although", "though", "while", "whereas"}
_FOR_A_CLIENT = {"lawyer", "lawyers", "attorney", "attorneys", "solicitor", "counsel", "agent"}


def _yet_to(tok: Token) -> bool:
    """ "The ministry has yet to respond", "is yet to comment": not done so far."""
    return (
        tok.dep_ == "xcomp"
        and sp.to_infinitive(tok)
        and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in tok.head.children)
    )


def refused_words(tok: Token) -> set[int]:
    """What a refusal covers, so no claim is read in it: not a clause with a subject of its
    own ("… declined to comment, and the ministry did not respond"), a relative clause
    ("referred questions to the ministry, which did not respond") or what the refuser says
    after it ("…, saying only that …")."""
    out: set[int] = set()
    for c in tok.children:
        if c.dep_ in ("nsubj", "nsubjpass", "cc") or _own_clause(c) or _source_aside(c):
            continue
        if _saying_after(c):
            continue  # "declined to comment, saying only that …": what they did say
        if c.dep_ in ("conj", "advcl") and lemma(c) == "refer" and _deflected(c) is not None:
            # "… and referred questions to the party's legal team", "…, referring questions to
            # the superintendent's office": an act of its own
            continue
        own = {t.i for r in c.subtree if r.dep_ == "relcl" for t in r.subtree}
        # "memos that, according to technology news site Byteline, lay out …": a source of
        # what the refusal was about, named by the writer
        own |= {t.i for r in c.subtree if r.lower_ == "according" for t in r.subtree}
        out |= {t.i for t in c.subtree if t.i not in own}
    return out


def _saying_after(tok: Token) -> bool:
    """ "…, saying only that every player has a price", "… but said it had asked an auditor …":
    a statement the refuser makes after the refusal, as annotated news counts it."""
    cue = cues().get(lemma(tok))
    if cue is None or cue.kind != "assert" or tok.i < tok.head.i:
        return False
    if tok.dep_ in ("advcl", "xcomp"):
        return tok.tag_ == "VBG"
    return (
        tok.dep_ == "conj"
        and any(c.dep_ == "ccomp" for c in tok.children)
        and any(c.dep_ == "cc" and c.lower_ == "but" for c in tok.head.children)
    )


def _source_aside(tok: Token) -> bool:
    """ "…, according to court records", "…, the envoy said": who reports the refusal is
    a source of its own, not part of what was refused."""
    if tok.dep_ == "prep" and tok.lower_ == "according":
        return True
    return (
        tok.dep_ in ("parataxis", "ccomp")
        and tok.i > tok.head.i
        and ((cue := cues().get(lemma(tok))) is not None and cue.kind in ("assert", "report"))
        and any(c.dep_ == "nsubj" for c in tok.children)
    )


def _own_clause(tok: Token) -> bool:
    """A clause with a subject of its own beside the refusal ("…, and the ministry did not
    respond", "…, while a spokesperson said …"): its own statement, not what was refused."""
    return tok.dep_ in ("conj", "advcl") and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in tok.children
    )


def _bare_subject(tok: Token) -> bool:
    """`tok` has a subject that can refuse: not a number, not evidence ("the rate declined")."""
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    return bool(subj) and subj[0].lower_ not in terms("evidence_noun") and subj[0].pos_ != "NUM"


def _amount(noun: Token) -> bool:
    """ "declined 5 percent", "declined $3 billion": a fall, not a refusal."""
    return noun.lower_ in ("percent", "%", "point", "points") or any(
        c.dep_ in ("nummod", "quantmod") or c.pos_ == "NUM" for c in noun.children
    )


def _petition(request: Token) -> bool:
    """ "refused his request to postpone a hearing", "a request from the barrister": somebody's
    petition, ruled on; not "declined requests for comment" or "a request to speak"."""
    if request.lower_ not in ("request", "requests"):
        return False
    asked = _COMMENT_WORDS | {"interview", "interviews", "information", "details", "clarification"}
    if any(  # "our request for comment", "his request for an interview", "an interview request"
        (c.dep_ == "compound" and c.lower_ in asked)
        or (c.dep_ == "prep" and c.lower_ == "for" and any(o.lower_ in asked for o in c.children))
        for c in request.children
    ):
        return False
    acts = [c for c in request.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"]
    if any(lemma(c) in _ASKED_TO for c in acts):
        return False  # "requests … to talk", "the Herald's request to comment"
    if any(  # "requests for additional security": a thing asked for, not an answer
        c.dep_ == "prep" and c.lower_ == "for" and any(o.dep_ == "pobj" for o in c.children)
        for c in request.children
    ):
        return True
    for c in request.children:
        asker = (
            c
            if c.dep_ == "poss"
            else next((o for o in c.children if o.dep_ == "pobj"), None)
            if c.dep_ == "prep" and c.lower_ in ("from", "by")
            else None
        )
        if asker is not None and asker.lower_ not in ("our", "my") and not _press(asker):
            return True
    # "the Herald's request to be interviewed" (but "the committee's request to appear" is
    # somebody's petition, above)
    return any(lemma(c) not in _ASKED_TO | _ASKED_BY_THE_PRESS for c in acts)


def _press(who: Token) -> bool:
    """Reporters, a newsroom or an outlet: who asks for comment."""
    words = sp.text_of(list(who.subtree))
    return who.lower_ in _PRESS or who.lower_ in terms("media_word") or bool(outlet_name(words))


_ASKED_TO = {"comment", "speak", "talk", "discuss", "answer", "respond", "explain", "elaborate"}
_ASKED_BY_THE_PRESS = {"interview", "appear", "meet"}  # only when the press asks


# what a refusal to deal, to let or to leave office is ("declined to renew its contract",
# "refused to repay the allowances", "refused to sanction new posts", "refused to let them in",
# "has refused to step down"): a decision, not a word withheld. Not "refused to sign" or
# "refused to join", which annotated news counts among refusals to comment
_DEALINGS = {
    "renew",
    "extend",
    "pay",
    "repay",
    "refund",
    "reimburse",
    "lend",
    "fund",
    "hire",
    "remove",
    "let",
    "sanction",
    "approve",
    "scrap",
    "cancel",
    "resign",
    "quit",
}
_LEAVING = {"step", "stand"}  # down, aside


def refuses_to_deal(tok: Token, lem: str) -> bool:
    """ "declined to renew the contract", "refused to let them in", "refused to step down": a
    refusal, to act."""
    return lem in ("decline", "refuse") and any(
        c.dep_ == "xcomp" and (lemma(c) in _DEALINGS or _leaving(c)) for c in tok.children
    )


def _demands(noun: Token) -> bool:
    """ "calls by opposition councillors to step down", "calls for an audit": demands, not the
    phone calls a refuser did not return (rejecting calls to act stays a denial: annotated news
    counts "calls to establish a commission were rejected")."""
    comment = terms("no_comment_object")
    return noun.lower_ in ("call", "calls") and any(
        (
            c.dep_ == "acl"
            and c.pos_ in ("VERB", "AUX")
            and any(a.lower_ == "to" for a in c.children)
        )
        or (c.dep_ == "prep" and c.lower_ == "for")
        and not any(t.lower_ in comment for t in c.subtree)  # "calls seeking comment"
        for c in noun.children
    )


def _leaving(verb: Token) -> bool:
    """ "step down", "stand aside": to leave a post (not "step into the fray"); "take it down":
    to remove it."""
    down = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod")} & {"down", "aside"}
    return bool(down) and (lemma(verb) in _LEAVING or lemma(verb) == "take")


def _bare_decline(tok: Token) -> bool:
    """ "The company declined." is a no-comment; "the rate declined 5 percent" and "student
    debt would decline" are not: alone, only somebody's declining is a refusal."""
    if not _bare_subject(tok):
        return False
    subj = next(c for c in tok.children if c.dep_ == "nsubj")
    if subj.pos_ == "NOUN" and subj.lower_ not in sp.somebody_nouns():
        return False
    return not any(
        c.dep_ in ("ccomp", "npadvmod", "advmod", "acomp")
        or (c.dep_ == "prep" and c.lower_ in ("by", "to", "from", "in", "for", "since"))
        for c in tok.children
    )


def _cannot(tok: Token) -> Token | None:
    """ "unable to comment", "it would be inappropriate to comment": the word that rules it out;
    not a rule given to others ("The judge told jurors it would be inappropriate to comment")."""
    if tok.dep_ != "xcomp":
        return None
    head = tok.head
    word = head if head.lower_ in _CANNOT else None
    word = word or next(
        (c for c in head.children if c.dep_ == "acomp" and c.lower_ in _CANNOT), None
    )
    if word is None or _told_others(tok):
        return None
    return word


def _told_others(tok: Token) -> bool:
    """Whether the sentence tells somebody other than the press ("told jurors it would be …")."""
    told = next((a for a in tok.ancestors if a.dep_ == "ROOT"), None)
    audience = [c for c in told.children if c.dep_ in ("dobj", "dative")] if told else []
    return any(c.lower_ not in _PRESS for c in audience)


def _in_no_position(tok: Token) -> str | None:
    """ "was not in a position to comment", "is in no position to comment": the words that
    rule it out, from the negation on."""
    position = tok.head if tok.head.lower_ == "position" else None
    if position is None and tok.dep_ == "xcomp":  # "was in no position" hangs it on "was"
        position = next(
            (
                o
                for p in tok.head.children
                if p.dep_ == "prep" and p.lower_ == "in"
                for o in p.children
                if o.dep_ == "pobj" and o.lower_ == "position"
            ),
            None,
        )
    if position is None or position.head.lower_ != "in" or _told_others(tok):
        return None
    being = position.head.head
    no = next((c for c in position.children if c.lower_ == "no"), None)
    no = no or next((c for c in being.children if c.dep_ == "neg" and c.i < position.i), None)
    if no is None:
        return None
    return tok.doc[min(no.i, position.head.i) : tok.i + 1].text


def _not_drawn(tok: Token, kids: list[Token]) -> str | None:
    """ "would not be drawn on whether the board would engage", "would not be drawn": the
    British way of declining to comment (not "not being drawn into the war", nor "has not been
    drawn in the lottery")."""
    negated = any(c.dep_ == "neg" and c.i < tok.i for c in kids)
    passive = any(c.dep_ == "auxpass" for c in kids)
    someone = any(c.dep_ == "nsubjpass" for c in kids)  # not "reasons for not being drawn out"
    on = any(c.dep_ == "prep" and c.lower_ == "on" for c in kids)  # not "drawn into a war"
    ends = tok.i + 1 == len(tok.doc) or tok.doc[tok.i + 1].is_punct
    if not (negated and passive and someone and (on or ends)):
        return None
    aux = [c.text for c in kids if c.dep_ in ("aux", "neg", "auxpass") and c.i < tok.i]
    return " ".join([*aux, tok.text])


def no_comment_cue(tok: Token, lem: str) -> str | None:
    """The cue words when `tok` declines to comment ("declined to comment", "did not respond");
    not a refusal only supposed ("If the mayor refuses to apologise, …"), which is asked only
    of a cue found: finding the sentence costs a walk of the parse."""
    words = _declining_words(tok, lem)
    return None if words is None or supposed(tok) else words


def _declining_words(tok: Token, lem: str) -> str | None:
    objects = terms("no_comment_object")
    kids = list(tok.children)
    if lem == "draw" and (drawn := _not_drawn(tok, kids)) is not None:
        return drawn  # "would not be drawn on whether …"
    if lem == "comment" and (cannot := _cannot(tok)) is not None:
        return f"{cannot.text} to {tok.text}"  # "it would be inappropriate to comment"
    if lem == "comment" and (position := _in_no_position(tok)) is not None:
        return position
    # "turned down requests from the BBC": declined
    turned_down = lem == "turn" and any(c.dep_ == "prt" and c.lower_ == "down" for c in kids)
    if lem in ("decline", "refuse") or turned_down:
        if tok.dep_ == "advcl" and tok.tag_ == "VBG":
            return None  # "reiterated its stance, refusing to engage": how, not a refusal
        x = [c for c in kids if c.dep_ in ("xcomp", "dobj")]
        if not x:
            return tok.text if _bare_decline(tok) else None
        comp = x[0]
        if comp.dep_ == "dobj":  # "declined interview requests", "declined the assignment"
            # a ruling, not a refusal: "A judge refused Crowe's request to seal the documents"
            judge = any(  # also "Judge Anthony Pryce"
                c.dep_ == "nsubj"
                and any(lemma(t) in _PROCEDURAL for t in (c, *c.children) if t.dep_ != "prep")
                for c in kids
            )
            refused = (
                not judge
                and not _petition(comp)
                and not _demands(comp)
                and (
                    comp.lower_ in objects
                    or (
                        _bare_subject(tok)
                        and comp.pos_ in ("NOUN", "PROPN")
                        and not _amount(comp)
                        # "refused an application", "refused visas": a ruling, a thing withheld
                        and comp.lower_ not in terms("procedural_object")
                        and comp.lower_ not in terms("withheld_thing")
                    )
                )
            )
            verb = f"{tok.text} down" if turned_down else tok.text
            return f"{verb} {comp.text}" if refused else None
        if lemma(comp) in ("name", "identify") and any(c.dep_ == "auxpass" for c in comp.children):
            return None  # "a source who declined to be named": anonymity, not a refusal
        if lemma(comp) == "draw" and any(c.lower_ == "into" for c in comp.children):
            return None  # "refused to be drawn into the war": stays out, says nothing
        if lemma(comp) == "rule" and any(c.lower_ == "out" for c in comp.children):
            return None  # "refuses to rule out a move": leaves it open, says something
        if refuses_to_deal(tok, lem):
            return None  # "declined to renew the sponsorship", "refused to pay the fine": business
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
    if _unanswered_messages(tok, lem, negated) is not None:
        if lem == "go":
            return f"{tok.text} unanswered"
        return " ".join(c.text for c in kids if c.dep_ in ("auxpass", "neg")) + f" {tok.text}"
    if (unreached := _unsuccessful_reach(tok, lem)) is not None:
        return f"{unreached.head.head.text} to {unreached.head.text}"  # "Efforts to reach"
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
    # "No one at the embassy was available …", "Nobody from the ministry could be reached"
    nobody = next((c for c in kids if c.dep_.startswith("nsubj") and _nobody_of(c)), None)
    if nobody is not None and not negated:
        words = _no_comment_without_not(tok, lem, kids)
        return (
            f"{' '.join(t.text for t in nobody.subtree if t.i <= nobody.i)} {words}"
            if words
            else None
        )
    if tok.pos_ == "AUX" and lem in _BE_FORMS:  # "were not available for comment"
        for c in kids:
            if (
                c.dep_ == "acomp"
                and (
                    (negated and c.lower_ in _AVAILABLE)
                    or c.lower_ in _UNAVAILABLE  # "was unavailable for comment"
                )
                # "for comment", or the wire's "was not immediately reachable" of somebody, not
                # of a place nor after a clause ("after floodwaters cut the road", "by rescue
                # teams": a search)
                and (
                    any(t.lower_ in _COMMENT_WORDS for t in c.subtree)
                    or (
                        any(t.lower_ == "immediately" for t in (*c.children, *kids))
                        and not any(_searching(g) for g in (*c.children, *kids))
                        and all(_reachable(g) for g in kids if g.dep_ == "nsubj")
                        and not any(
                            g.lower_ in _PLACES
                            for n in kids
                            if n.dep_ == "nsubj"
                            for g in n.subtree
                        )
                    )
                )
            ):
                return f"{tok.text} not {c.text}" if negated else f"{tok.text} {c.text}"
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
        ) or _not_contactable(tok, lem)
        answered = lem in ("respond", "reply", "answer") and _said_answered(tok)
        if unreachable or answered or _comment_asked(tok) or _bare_response(tok, lem):
            aux = [c.text for c in kids if c.dep_ in ("aux", "neg", "auxpass") and c.i < tok.i]
            if about_comment:  # "had no immediate comment", not a bare "had"
                obj = next(c for c in kids if c.dep_ == "dobj" and _about_comment(c, objects))
                return " ".join([*aux, tok.text, *(t.text for t in obj.subtree if t.i <= obj.i)])
            return " ".join([*aux, tok.text])
    return None


def _searching(g: Token) -> bool:
    """ "after floodwaters cut the road", "by rescue teams": a search, not a call for comment
    ("by phone", "on Tuesday" are calls)."""
    if g.dep_ == "advcl" or (g.dep_ == "prep" and g.lower_ in ("after", "because")):
        return True
    if g.dep_ != "prep" or g.lower_ != "by":
        return False
    return any(o.dep_ == "pobj" and lemma(o) not in _CALLING_MEANS for o in g.children)


def _somebody(tok: Token) -> bool:
    """A person or body by the lexicons, or a personal pronoun: who can be unreachable."""
    if tok.lower_ in ("he", "she", "they", "i", "we"):
        return True
    if tok.pos_ == "PROPN":  # a name, with a title: not "Consensus" nor "Mariupol"
        if sp.company_name(tok):
            return True  # "Kilele Builders could not be reached"
        return any(
            c.lower_.rstrip(".") in terms("title")
            # or said to be somebody: "Shandong Tianrui Resources, the second company, …"
            or (c.dep_ == "appos" and c.lower_ not in _PLACES and sp.is_agent([c]))
            for c in tok.children
        )
    # "The buyer, Erris Coast Developments Ltd, …": what the apposition names
    named = [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    return sp.is_agent([tok]) or any(sp.company_name(c) for c in named)


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
    if any(c.lower_ == "of" for c in obj.children):
        return None  # "referred questions of law to the Supreme Court": procedure
    referrer = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if referrer is not None and lemma(referrer) in _PROCEDURAL:
        return None  # "The judge referred the questions to the European Court of Justice"
    to = [
        g
        for c in [*tok.children, *obj.subtree]
        if c.dep_ == "prep" and c.lower_ == "to"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    # not "to both candidates" in a debate, nor "to the contestants" in a quiz
    if not to or any(g.lower_ in _ASKED_IN_TURN for g in to):
        return None
    # "referred the inquiries to the ethics panel" is procedure; "the questions to the
    # Transportation Department" or "to its lawyers" a spokesperson's deflection
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in obj.children)
    named = any(g.pos_ == "PROPN" or any(c.dep_ == "poss" for c in g.children) for g in to)
    return obj if not definite or named else None


def _said_answered(tok: Token) -> bool:
    """ "has not responded to the accusations": what was said to it went unanswered."""
    said = said_nouns()
    return any(
        (c.dep_ == "dobj" and c.lower_ in said)
        or (c.dep_ == "prep" and any(g.dep_ == "pobj" and g.lower_ in said for g in c.children))
        for c in tok.children
    )


def _comment_asked(tok: Token) -> bool:
    """ "could not be reached for comment": the comment word says what was sought; "could not
    be reached by the AP": the press tried (not "by road", "by rescue teams")."""
    objects = terms("no_comment_object")
    return any(
        t.lower_ in objects
        for c in tok.children
        if c.dep_ not in ("nsubj", "nsubjpass")
        for t in c.subtree
    ) or any(c.dep_ == "agent" and _by_the_press(c) for c in tok.children)


def _not_contactable(tok: Token, lem: str) -> bool:
    """ "Fr Rooney could not be contacted": a reporter's try, said as the sentence's own; not
    "said it had not been contacted by regulators" (a statement), nor "has not contacted …"."""
    kids = list(tok.children)
    return (
        lem == "contact"
        and tok.dep_ in ("ROOT", "conj")
        and any(c.dep_ == "nsubjpass" and _reachable(c) for c in kids)
        and not any(c.dep_ == "agent" for c in kids)
        and (any(c.lower_ in ("could", "can") for c in kids) or _comment_asked(tok))
    )


def _reached_for_comment(tok: Token) -> bool:
    """ "could not be reached by phone", "by Reuters"; not "by aid convoys": only a reporter
    or a means of calling tries to reach somebody for comment; nor "… after the plane
    vanished": a search, not a call."""
    if any(c.dep_ == "advcl" for c in tok.children):
        return False  # "after the plane vanished": not "after hours", "until Tuesday"
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


def _but_then_declined(tok: Token, clause: Token) -> bool:
    """ "but declined to comment / release the report" right after a clause told in the past
    perfect ("had been stretched", "had completed its review")."""
    return (
        tok.dep_ == "conj"
        and tok.tag_ == "VBD"
        and any(c.dep_ == "cc" and c.lower_ == "but" for c in tok.head.children)
        and any(c.dep_ == "aux" and c.lower_ == "had" for c in clause.children)
        and not any(c.dep_ in ("aux", "nsubj") for c in tok.children)
        # declining to say more, not to act ("had been offered a contract but declined to sign")
        and any(c.dep_ == "xcomp" and lemma(c) in _TELLING_MORE for c in tok.children)
    )


def _then_referred(tok: Token, clause: Token) -> bool:
    """ "and referred questions to …" right after a clause told in the past perfect or with a
    modal ("had received no offer", "had been replaced", "would not say when it would be
    made public"); the tagger may read it as a second participle of the passive, but it has
    its object."""
    return (
        tok.dep_ == "conj"
        and lemma(tok) == "refer"
        and tok.tag_ in ("VBD", "VBN")
        and any(c.dep_ == "dobj" for c in tok.children)
        and not any(c.dep_ in ("aux", "auxpass", "nsubj") for c in tok.children)
        and perfect_or_modal(clause)
    )


_TELLING_MORE = {"comment", "elaborate", "discuss", "release", "disclose", "provide", "give"}
_TELLING_MORE |= {"say", "confirm", "specify", "detail", "name", "identify", "share", "reveal"}


def _further(tok: Token) -> bool:
    """ "declined to comment further", "would not elaborate further": more than was said."""
    verbs = [tok, *(c for c in tok.children if c.dep_ == "xcomp")]
    return tok.dep_ == "conj" and any(g.lower_ == "further" for v in verbs for g in v.children)


def _bare_response(tok: Token, lem: str) -> bool:
    """ "…, which did not respond.": not responding, to nothing named, ends the clause."""
    if lem not in ("respond", "reply"):
        return False
    kids = [
        c
        for c in tok.children
        if c.dep_ not in ("aux", "neg", "punct", "advmod") and not _by_deadline(c)
    ]
    subj = [c for c in kids if c.dep_ == "nsubj"]
    end = max((c.right_edge.i for c in tok.rights if not c.is_punct), default=tok.i)
    if not subj or len(kids) != 1 or not (end + 1 == len(tok.doc) or tok.doc[end + 1].is_punct):
        return False
    return subj[0].lower_ in ("which", "who") or _somebody(subj[0])


def _declines_himself(voice: Token, pronoun: Token, cue: str) -> bool:
    """Whether the speaker of "said he had no comment / would not comment / would not be drawn /
    could neither confirm nor deny" is the "he": a name ("Coe told reporters he would not comment"), "he"
    again, a spokesman, or a mayor, director or official; not a lawyer speaking of the
    client, nor "cannot comment … because he has not seen it", a reason."""
    if "comment" not in cue and "confirm" not in cue and "drawn" not in cue:
        return False  # "he would not be drawn on it" is the British "would not comment"
    word = voice.lower_
    if voice.pos_ == "PROPN" or word == pronoun.lower_ or word in sp.SPOKESPEOPLE:
        return True
    official = word in terms("role_head") or word in person_nouns()
    official = official or word in terms("anonymous_head")  # "A government official"
    flat = "no " in cue or "confirm" in cue  # "had no comment", "neither confirm nor deny"
    return official and (flat or (word not in _FOR_A_CLIENT and "can" not in cue))


def _no_comment_without_not(tok: Token, lem: str, kids: list[Token]) -> str | None:
    """The cue words after "no one": "was available for comment", "could be reached for
    comment" (for comment only: "no one was available at the scene" is a search)."""
    if tok.pos_ == "AUX" and lem in _BE_FORMS:
        acomp = next((c for c in kids if c.dep_ == "acomp" and c.lower_ in _AVAILABLE), None)
        if acomp is not None and any(t.lower_ in _COMMENT_WORDS for t in acomp.subtree):
            return f"{tok.text} {acomp.text}"
        return None
    answered = lem in ("answer", "return") and any(  # "No one at the office answered calls"
        c.dep_ == "dobj" and lemma(c) in _MESSAGES for c in kids
    )
    answered = answered or (  # "No one at the embassy responded to emails"
        lem in ("respond", "reply")
        and any(
            c.dep_ == "prep" and c.lower_ == "to" and any(lemma(g) in _MESSAGES for g in c.children)
            for c in kids
        )
    )
    if answered:
        return " ".join([*(c.text for c in kids if c.dep_ == "aux"), tok.text])
    if lem == "reach" and _reached_for_comment(tok) and _comment_asked(tok):
        return " ".join([*(c.text for c in kids if c.dep_ in ("aux", "auxpass")), tok.text])
    return None


def _nobody_of(subj: Token) -> Token | None:
    """The body of "nobody from the ministry", "no one at the embassy" (who did not answer)."""
    nobody = subj.lower_ in ("nobody", "no-one") or (
        subj.lower_ == "one" and any(d.dep_ == "det" and d.lower_ == "no" for d in subj.children)
    )
    if not nobody:
        return None
    for prep in subj.children:
        if prep.dep_ == "prep" and prep.lower_ in ("at", "from", "in", "for"):
            for g in prep.children:
                if g.dep_ == "pobj" and g.lower_ not in _PLACES:
                    return g if g.pos_ == "PROPN" or sp.is_agent([g]) else None
    return None


def _by_deadline(c: Token) -> bool:
    """ "had not responded by press time", "by the time of publication", "by Friday"."""
    return (
        c.dep_ in ("prep", "agent")  # the parser may read it as a passive's agent
        and c.lower_ == "by"
        and any(g.dep_ == "pobj" and g.lower_ in _DEADLINES for g in c.children)
    )


_DEADLINES = {"time", "deadline", "publication", "evening", "afternoon", "morning", "night"}
_DEADLINES |= {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def no_comment_drafts(tok: Token, cue: str, unit: Unit, quoted: set[int]) -> list[Draft]:
    if _denied(tok):
        return []  # "Hua denied that Beijing had refused visas": what is denied was not done
    reporter = _reporting_verb(tok)
    head = None
    if reporter is not None:
        # "said it was not in a position to comment": who is in no position
        verb = tok.head.head.head if tok.head.lower_ == "position" else tok
        while verb.dep_ in ("conj", "xcomp", "acomp") and not any(
            c.dep_ == "nsubj" for c in verb.children
        ):  # "said it was reviewing … and would not comment", "… was unable to comment"
            verb = verb.head
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        # "said it was aware … but declined to provide details": the parser's second clause
        # of the statement, with no subject, is the speaker's own refusal
        own = not subj and verb.dep_ == "ccomp" and verb.head == reporter
        # "said Barrera had not read the report and declined to comment further": whoever
        # has said something declines to say more
        # "said staff had been stretched … but declined to comment on the figures": a refusal
        # in the telling's own tense after "but", joined to what the speaker said had been;
        # "said the authority had received no offer, and referred further questions to the
        # Department of Finance": passing the questions on in the telling's own tense
        joined = verb.i != tok.i and verb.head == reporter
        own = own or (
            joined and (_further(tok) or _but_then_declined(tok, verb) or _then_referred(tok, verb))
        )
        # "the spokesperson said the company does not comment": a body speaks through another
        voice, _ = sp.subject_of(reporter)  # "The ministry said it would not comment"
        # (or a named spokeswoman, an official: "Whitmore said the company does not comment
        # on rumors", "A Real Valdora official said the Spanish club does not comment on …")
        body = (
            bool(subj)
            and voice is not None
            and (
                voice.lower_ in terms("role_head")
                or voice.lower_ in _SPOKESPEOPLE
                or voice.lower_ in terms("anonymous_head")
                or (voice.pos_ == "PROPN" and lemma(tok) == "comment")
            )
            and (
                subj[0].lower_ in terms("organization_word")
                # "A spokesperson for Minister Aroha Pene said the minister does not comment
                # on …": the principal's policy, as a body's
                # (the principal the spokesperson speaks for, and on comment only)
                or (
                    voice.lower_ in _SPEAKS_FOR
                    and subj[0].lower_ in person_nouns()
                    and "comment" in cue  # "does not comment", "had no immediate comment"
                    and subj[0].lower_ in {t.lower_ for t in voice.subtree}
                )
            )
            and any(d.lower_ == "the" for d in subj[0].children)
        )
        # "Coe told reporters he would not comment": the speaker's own refusal, unless a
        # lawyer or spokesman speaks for somebody else ("His lawyer said he would not answer")
        # (also "He said he had no comment", "Ms Tan said she could neither confirm nor deny …")
        himself = (
            bool(subj)
            and subj[0].lower_ in ("he", "she")
            and voice is not None
            and _declines_himself(voice, subj[0], cue)
        )
        # "A spokesman said the minister was not available for comment": whoever reports it,
        # the minister did not comment (unlike "said he would not answer", a stance reported)
        away = bool(subj) and _unavailable(tok) and subj[0].lower_ not in ("i", "we", "it")
        if not (own or body or himself or away) and (
            not subj or subj[0].lower_ not in ("i", "we", "it")
        ):
            return []  # "His lawyer said he would not answer": the lawyer's claim, not a refusal seen
        head = subj[0] if body or away else voice  # a body declines through its spokesperson
    person_only = False
    if head is None:  # "Messages left with his office were not returned"
        head = _unanswered_messages(tok, lemma(tok), True) or _unsuccessful_reach(tok, lemma(tok))
    if head is None and lemma(tok) in ("reach", "contact"):  # "Smith could not be reached …"
        head = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        person_only = head is not None and not _somebody(head) and not _comment_asked(tok)
    if head is None:
        head = _refuser_of_for(tok)
    if head is None:
        head, _ = sp.subject_of(tok)
    if head is None:  # "The White House could not be reached for comment"
        head = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if head is not None and (body := _nobody_of(head)) is not None:
        head, person_only = body, False  # "No one at the embassy …": the embassy
    for_comment = {  # "efforts to reach the coach for comment", "… seeking comment": not who
        t.i
        for c in (head.children if head is not None else ())
        if (c.dep_ == "prep" and any(lemma(g) == "comment" for g in c.children))
        or (c.dep_ == "acl" and lemma(c) in ("seek", "request"))
        for t in c.subtree
    }
    toks = sp.speaker_tokens(head, quoted | {tok.i} | for_comment) if head is not None else []
    if not toks:
        return []
    drafts = []
    pieces = sp.split_coordinated(toks)
    if len(pieces) > 1 and not all(sp.is_agent(p) for p in pieces):
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
        drafts.append(Draft(att, piece, person_only=person_only))
    return drafts


_AVAILABLE = {"available", "reachable"}
_UNAVAILABLE = {"unavailable", "unreachable"}


def _unavailable(tok: Token) -> bool:
    """ "was not available / reachable for comment", "could not be reached"."""
    if lemma(tok) in ("reach", "contact"):
        return True
    return tok.pos_ == "AUX" and any(
        c.dep_ == "acomp" and c.lower_ in _AVAILABLE | _UNAVAILABLE for c in tok.children
    )


_MESSAGES = {
    "message",
    "call",
    "email",
    "e-mail",
    "request",
    "inquiry",
    "query",
    "text",
    "voicemail",
}


def _unanswered_messages(tok: Token, lem: str, negated: bool) -> Token | None:
    """Who did not answer "messages left with his office", "calls to the company" that
    "were not returned" (or "went unanswered")."""
    if lem not in ("return", "answer", "go"):
        return None
    kids = list(tok.children)
    unanswered = (
        negated and lem in ("return", "answer") and any(c.dep_ == "auxpass" for c in kids)
    ) or (lem == "go" and any(c.lower_ == "unanswered" for c in kids))
    subj = [c for c in kids if c.dep_ in ("nsubjpass", "nsubj")]
    if not unanswered or not subj or lemma(subj[0]) not in _MESSAGES:
        return None
    if any(c.dep_ == "prep" and c.lower_ == "from" for c in subj[0].children):
        return None  # "Calls from the mayor to the governor": not the press's calls
    # unanswered "calls" are also calls for help and calls to 911 or the police; a call not
    # returned, or one to a named body or office ("calls to the embassy"), is a reporter's
    press = (
        lemma(subj[0]) != "call"
        or lem == "return"
        or any(t.lower_ in ("comment", "reporter", "reporters") for t in tok.sent)
    )
    for t in subj[0].subtree:
        if t.dep_ != "prep" or t.head.i == tok.i or not _addressed(t):
            continue
        objs = [g for g in t.children if g.dep_ == "pobj" and lemma(g) != "comment"]
        if not objs or objs[0].like_num or objs[0].lower_ in _EMERGENCY:
            continue
        # "calls to the embassy", "calls to the state health commissioner"
        named = objs[0].pos_ == "PROPN" or objs[0].lower_ in terms("organization_word")
        named = named or objs[0].lower_ in person_nouns()
        if (press or named) and (objs[0].pos_ == "PROPN" or sp.is_agent([objs[0]])):
            return objs[0]
    return None


_EMERGENCY = {"police", "help", "emergency", "ambulance", "firefighters"}


def _addressed(prep: Token) -> bool:
    """ "left with his office", "calls to the company", "messages left for the senator",
    "seeking comment from the ministry"; not "calls for reform" nor "calls from the mayor"."""
    if prep.lower_ in ("with", "to"):
        return True
    if prep.lower_ == "for":
        return lemma(prep.head) == "leave"
    return prep.lower_ == "from" and lemma(prep.head) in ("seek", "request", "comment")


def _unsuccessful_reach(tok: Token, lem: str) -> Token | None:
    """Who "efforts to reach … were unsuccessful" (or "failed") could not reach."""
    if lem != "fail" and lem != "prove" and lem not in _BE_FORMS:
        return None
    kids = list(tok.children)
    negated = any(c.dep_ == "neg" for c in kids)
    failed = lem == "fail" or (
        lem in _BE_FORMS | {"prove"}
        and any(  # "were unsuccessful", "were not successful"
            c.dep_ == "acomp"
            and (
                c.lower_ in ("unsuccessful", "fruitless") or (negated and c.lower_ == "successful")
            )
            for c in kids
        )
    )
    subj = [c for c in kids if c.dep_ == "nsubj" and c.lower_ in ("efforts", "attempts")]
    if not failed or not subj:
        return None
    if any(  # "efforts by the United States to reach the Taliban": diplomacy; not by the AP
        c.dep_ == "prep" and c.lower_ == "by" and not _by_the_press(c) for c in subj[0].children
    ):
        return None
    for_comment = any(t.lower_ == "comment" for t in subj[0].subtree)
    if lem == "fail" and not for_comment:
        return None  # "efforts to reach the Taliban have failed"; a reporter's were unsuccessful
    for c in subj[0].children:
        if c.dep_ == "acl" and lemma(c) in ("reach", "contact"):
            objs = [g for g in c.children if g.dep_ == "dobj"]
            if objs and (objs[0].pos_ == "PROPN" or sp.is_agent([objs[0]])):
                return objs[0]  # not "efforts to reach a deal"
    return None


def _by_the_press(prep: Token) -> bool:
    """ "Attempts by The Associated Press to reach …": a reporter's attempts."""
    return any(
        outlet_name(sp.text_of(list(g.subtree))) or g.lower_ in terms("media_word")
        for g in prep.children
        if g.dep_ == "pobj"
    )


def _denied(tok: Token) -> bool:
    """The refusal is in the clause a verb of denying denies (not a verb joined to that clause:
    "denied that he had misled parliament and declined to comment" is the denier's refusal)."""
    lex = cues()
    child = tok
    while child.head.i != child.i and child.dep_ == "ccomp":
        anc = child.head
        cue = lex.get(lemma(anc)) if anc.pos_ == "VERB" else None
        if cue is not None and cue.kind == "deny":
            return True
        child = anc
    return False


def _reporting_verb(tok: Token) -> Token | None:
    """The verb of saying whose clause holds the refusal ("Police say he refused to drop the gun")."""
    lex = cues()
    child = tok
    while child.head.i != child.i:
        if writers_aside(child):
            return None  # "claimed it was smart, although he refused to …"
        anc = child.head
        cue = lex.get(lemma(anc)) if anc.pos_ in ("VERB", "AUX") else None
        if cue is not None and cue.kind in ("assert", "report", "belief") and child.dep_ == "ccomp":
            return anc
        child = anc
    return None


def writers_aside(clause: Token) -> bool:
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
