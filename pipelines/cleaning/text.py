"""Plain-text documents: header lines, blocks and a headline-like first line.

Text dumps of news carry their metadata inline: a `14-2-2024 (MOSCOW)` date-and-dateline
header run together with the first sentence, or a ` date 2024-02-14` marker run together
with the first line. Both are read into metadata and cut from the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipelines.model import DateCandidate

_NUMERIC_DATE = r"\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|\d{4}[-./]\d{1,2}[-./]\d{1,2}"
_MONTH_DATE = (
    r"(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
    r"(?:\s+\d{1,2})?,?\s+\d{4}"
)
# "14-2-2024 (MOSCOW) Russian President ..."
_DATE_DATELINE = re.compile(
    rf"^\s*(?P<date>{_NUMERIC_DATE}|{_MONTH_DATE})\s*\((?P<dateline>[A-Z][A-Za-z .,'’-]{{1,40}})\)\s*[-—–:]?\s*",
    re.IGNORECASE,
)
# " date 2024-02-14 Support ...", "Published: 14 February 2024"
_DATE_MARKER = re.compile(
    rf"^\s*(?P<label>date|dated|published(?: on)?|posted(?: on)?|(?:last )?updated(?: on)?)\s*[:=]?\s*"
    rf"(?P<date>\d{{4}}-\d{{2}}-\d{{2}}(?:[T ]\d{{2}}:\d{{2}}(?::\d{{2}})?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?|{_NUMERIC_DATE}|{_MONTH_DATE})"
    rf"(?=\s|$)\s*",
    re.IGNORECASE,
)
_TRAILING_DATE_MARKER = re.compile(r"\s+date\s+(?P<date>\d{4}-\d{2}-\d{2})\s*$", re.IGNORECASE)
# "MOSCOW (Reuters) -", "WASHINGTON, Feb 14 (AP) —": the dateline stays in the body (wire copy).
_PLACE = r"(?:,\s*[A-Z][A-Za-z.]{1,15}(?: [A-Z][A-Za-z.]{1,15})?)?"  # ", N.Y.", ", Va."
_DAY = r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?"  # ", Sept. 26"
_WIRE_DATELINE = re.compile(
    rf"^\s*(?P<dateline>[A-Z][A-Z .'’-]{{1,40}}?){_PLACE}{_DAY}\s*"
    r"\((?P<wire>[A-Za-z .&-]{2,40})\)\s*[-—–]"
)
# "BUFFALO, N.Y. — Hours before ...", "NEWPORT NEWS, Va. - In a tradition ..."
_PLAIN_DATELINE = re.compile(
    rf"^\s*(?P<dateline>[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){{0,3}}){_PLACE}{_DAY}"
    r"\s*(?:[-—–―]{1,2}|--)\s"
)


# "MUMBAI: Shares of …", "NEW DELHI: The government …" (Indian and Pakistani papers); not a
# label in capitals ("BREAKING: …")
_COLON_DATELINE = re.compile(
    r"^\s*(?P<dateline>(?!(?:BREAKING|EXCLUSIVE|UPDATE[D]?|ANALYSIS|WATCH|OPINION|EDITORIAL|LIVE"
    r"|VIDEO|PHOTOS?|REVIEW|COMMENT|NOTE|CORRECTION|UPDATE \d+)\b)[A-Z][A-Z'’.-]{2,}"
    r"(?: [A-Z][A-Z'’.-]+){0,2}):\s+(?=[A-Z“\"])"
)


def wire_dateline(text: str) -> re.Match[str] | None:
    """A dateline opening wire copy ("MOSCOW (Reuters) - ", "BUFFALO, N.Y. — "), if any; its
    `dateline` group is the place."""
    return _WIRE_DATELINE.match(text) or _PLAIN_DATELINE.match(text)


def colon_dateline(text: str) -> re.Match[str] | None:
    """ "MUMBAI: ", if the text opens with capitals and a colon; a place only when the
    gazetteer knows it or the text is a body's first paragraph ("BUSTED: …" heads a page)."""
    return _COLON_DATELINE.match(text)


_SENTENCE_END = re.compile(r"[.!?…:;\"”)]$")
_ABBREV_END = re.compile(
    r"\b(?:[A-Z]\.){1,3}$|\b(?:U\.S|U\.K|U\.N|E\.U|Inc|Co|Corp|Ltd|Jr|Sr|St|Dr|Mr|Mrs|Ms)\.$"
)


@dataclass
class Header:
    text: str
    dateline: str | None = None
    date_candidates: list[DateCandidate] = field(default_factory=list)
    stripped: list[str] = field(default_factory=list)


def day_first_hint(value: str) -> bool | None:
    """A numeric date says its own order only when one part cannot be a month."""
    parts = re.findall(r"\d+", value)
    if len(parts) < 3 or len(parts[0]) == 4:
        return None
    first, second = int(parts[0]), int(parts[1])
    if first > 12 >= second:
        return True
    if second > 12 >= first:
        return False
    return None


def read_header(text: str) -> Header:
    """Read and cut the metadata a text document carries in its first (or last) line."""
    header = Header(text=text)
    for _ in range(3):  # a date marker and a date+dateline header may both be present
        match = _DATE_MARKER.match(header.text) or _DATE_DATELINE.match(header.text)
        if not match:
            break
        value = match.group("date")
        label = (match.groupdict().get("label") or "").casefold()
        source = "header_line_updated" if "updated" in label else "header_line"  # trusted last
        header.date_candidates.append(DateCandidate(value, source, day_first_hint(value)))
        if "dateline" in match.groupdict() and match.group("dateline"):
            header.dateline = match.group("dateline").strip(" ,")
        header.stripped.append(match.group(0).strip())
        header.text = header.text[match.end() :]
    trailing = _TRAILING_DATE_MARKER.search(header.text)
    if trailing:
        header.date_candidates.append(DateCandidate(trailing.group("date"), "header_line", None))
        header.stripped.append(trailing.group(0).strip())
        header.text = header.text[: trailing.start()]
    if header.dateline is None:
        wire = wire_dateline(header.text)
        if wire:
            header.dateline = wire.group("dateline").strip(" ,")
    return header


def split_blocks(text: str) -> list[str]:
    """Paragraphs: blank-line separated when the text uses blank lines, else one per line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [_normalise_space(line) for line in text.split("\n")]
    return [line for line in lines if line]


def _normalise_space(line: str) -> str:
    line = line.replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "")
    return re.sub(r"[ \t\f\v]+", " ", line).strip()


def is_headline(block: str, next_block: str | None) -> bool:
    """A title line: short and followed by longer prose; title-cased, or without a sentence
    ending (abbreviations like "U.S." aside), or a very short sentence."""
    words = block.split()
    if not 2 <= len(words) <= 25 or len(block) > 200 or next_block is None:
        return False
    ends_sentence = bool(_SENTENCE_END.search(block)) and not _ABBREV_END.search(block)
    content = [w.lstrip("'‘\"“(") for w in words if len(w.strip("'‘’\"“”().,:;")) > 3]
    content = [w for w in content if w[:1].isalpha()]
    capitalised = sum(1 for w in content if w[0].isupper())
    title_case = len(content) >= 2 and capitalised / len(content) >= 0.6
    if title_case:  # "Stealth Over Health: ... Bad Optics." is a headline despite its period
        return True
    if not ends_sentence or block.endswith((";", ":")):
        return len(next_block) > len(block)
    # a sentence-case headline with a period: short, and a longer paragraph follows
    return len(words) <= 16 and len(next_block) > 1.5 * len(block)
