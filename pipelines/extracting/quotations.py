"""Quotations as newspapers write them: split around the cue, over sentences and paragraphs.

A quotation left open at the end of a paragraph runs into the next one (the
newspaper convention), so a cue's content may start before its sentence or
continue after it; a quotation another cue carries is not part of this one.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipelines.extracting.lexicon import cues
from pipelines.extracting.parsing import WORD, lemma, parsed_text, surface_forms
from pipelines.extracting.sentences import OPEN_QUOTES, Unit, quote_spans


def continuation(units: list[Unit], pos: int) -> list[str]:
    """Quotation-only sentences that follow, continuing a quotation of this one."""
    out: list[str] = []
    unit = units[pos]
    after_colon = unit.text.rstrip().endswith(":")
    for k, nxt in enumerate(units[pos + 1 : pos + 4], start=pos + 1):
        quoted = nxt.text[:1] in '“"' or nxt.text.startswith("''") or (after_colon and not out)
        same_para = nxt.paragraph == unit.paragraph or (after_colon and not out)
        if not (quoted and (same_para or nxt.paragraph == units[pos].paragraph + 1 and out == [])):
            break
        block = after_colon and not out and nxt.text[:1] not in OPEN_QUOTES
        if _has_own_cue(nxt.text) and (not block or _names_its_speaker(nxt.text)):
            break  # (a block quotation after "added:" is the speaker's, unless it says who said)
        if not same_para and _runs_into_next_paragraph(units, k):
            break  # left open into an attributed quotation, whose speaker it is
        out.append(nxt.text)
        if not same_para:
            break
    return out


def _runs_into_next_paragraph(units: list[Unit], k: int) -> bool:
    """The quotation of unit k's paragraph is continued by the next paragraph's attribution."""
    after = next((j for j in range(k, len(units)) if units[j].paragraph > units[k].paragraph), None)
    return after is not None and units[k].text in quotation_opened_before(units, after)


def quote_of_another_cue(quote, tok: Token) -> bool:
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


def quotation_opened_before(units: list[Unit], pos: int) -> list[str]:
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


_TAGS = {"said", "says", "told", "tells", "added", "adds", "wrote", "writes", "stated", "denied"}


def _names_its_speaker(text: str) -> bool:
    """ "Police later said the suspect …": a sentence with a plain verb of saying has its own
    speaker (a block quotation's "a supposed front-runner" is only a word of the lexicon)."""
    words = WORD.findall(text.lower())
    passive = {"was", "were", "been", "be", "is", "are"}  # "were told": nobody named says it
    return any(w in _TAGS and (k == 0 or words[k - 1] not in passive) for k, w in enumerate(words))


def _has_own_cue(text: str) -> bool:
    """A quotation sentence with its own "said X" outside the quotes is attributed separately."""
    outside = text
    for s, e in reversed(quote_spans(text)):
        outside = outside[:s] + " " + outside[e:]
    forms = surface_forms()
    return any(w in forms for w in WORD.findall(outside.lower()))


def quoted_token_ids(doc: Doc) -> tuple[set[int], list[tuple[int, int]]]:
    spans = quote_spans(parsed_text(doc))
    ids = set()
    for s, e in spans:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None:
            ids.update(range(span.start, span.end))
    return ids, spans


def _leaves_quote_open(text: str) -> bool:
    """More opening marks than closing ones: a quotation that goes on past `text`."""
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1


def close_quotation(toks: list[Token]) -> list[Token]:
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


def quotation_type(toks: list[Token], quoted: set[int]) -> str | None:
    if not toks:
        return None
    inside = sum(1 for t in toks if t.i in quoted)
    if inside == len(toks) or (len(toks) > 3 and inside >= len(toks) - 1):
        return "direct"
    return "mixed" if inside else "indirect"
