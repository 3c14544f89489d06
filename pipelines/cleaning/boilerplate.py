"""Boilerplate removal over blocks (paragraphs), the same for HTML and plain text.

The patterns are data (`seeds/reference/boilerplate_*.csv`): generic rules that hold on
any news site, and per-outlet profiles whose lines also identify the outlet (their rule
name is `outlet:<outlet_id>:<rule>`, which the normaliser reads back).

Actions:
- `block`  drop the block;
- `credit` drop it and keep it as a photo credit;
- `tags`   drop it and keep the listed tags (group `value`, split on , ; |);
- `span`   drop from a block matching `pattern` to the first block matching `end`;
- `tail`   drop the block and everything after it (related-story lists), but only once the
           text kept so far outweighs what is left; earlier, only the marker line goes, so a
           stray "Related" never cuts an article.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipelines.model import RemovedBlock

REFERENCE_DIR = Path(__file__).resolve().parents[2] / "seeds" / "reference"
ACTIONS = {"block", "credit", "tags", "span", "tail"}
# A tail rule fires only when the text kept so far outweighs this share of what is left.
TAIL_MIN_POSITION = 0.5


@dataclass(frozen=True)
class Rule:
    name: str
    action: str
    pattern: re.Pattern[str]
    end: re.Pattern[str] | None
    max_chars: int


@dataclass
class BoilerplateResult:
    blocks: list[str]
    removed: list[RemovedBlock]
    tags: list[str]
    credits: list[str]


def _read_rules(path: Path, prefix_column: str | None) -> list[Rule]:
    rules: list[Rule] = []
    if not path.exists():
        return rules
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(line for line in handle if not line.startswith("#")):
            action = row["action"].strip()
            if action not in ACTIONS:
                raise ValueError(f"{path.name}: unknown action {action!r} in rule {row['rule']!r}")
            name = row["rule"].strip()
            if prefix_column:
                name = f"outlet:{row[prefix_column].strip()}:{name}"
            end = (row.get("end") or "").strip()
            rules.append(
                Rule(
                    name=name,
                    action=action,
                    pattern=re.compile(row["pattern"]),
                    end=re.compile(end) if end else None,
                    max_chars=int(row.get("max_chars") or 0) or 10_000,
                )
            )
    return rules


@lru_cache(maxsize=4)
def load_rules(reference_dir: Path = REFERENCE_DIR) -> tuple[Rule, ...]:
    """Outlet profiles first: they are more specific and name the outlet."""
    outlet = _read_rules(reference_dir / "boilerplate_outlets.csv", "outlet_id")
    generic = _read_rules(reference_dir / "boilerplate_generic.csv", None)
    return tuple(outlet + generic)


def _match(rules: tuple[Rule, ...], block: str) -> Rule | None:
    for rule in rules:
        if len(block) <= rule.max_chars and rule.pattern.search(block):
            return rule
    return None


def _split_tags(block: str, rule: Rule) -> list[str]:
    match = rule.pattern.search(block)
    value = match.groupdict().get("value") if match else None
    if not value:
        return []
    return [t.strip(" .#") for t in re.split(r"\s*[,;|•·]\s*", value) if t.strip(" .#")]


def remove_boilerplate(
    blocks: list[str], rules: tuple[Rule, ...] | None = None
) -> BoilerplateResult:
    """Drop the blocks the rules recognise, keeping tags and credits as metadata."""
    rules = load_rules() if rules is None else rules
    kept: list[str] = []
    result = BoilerplateResult(blocks=kept, removed=[], tags=[], credits=[])
    seen = 0
    i = 0
    while i < len(blocks):
        block = blocks[i]
        rule = _match(rules, block)
        if rule is None:
            kept.append(block)
            seen += len(block)
            i += 1
            continue
        if rule.action == "tail" and seen < TAIL_MIN_POSITION * (
            seen + sum(len(b) for b in blocks[i:])
        ):
            result.removed.append(RemovedBlock(block, rule.name))  # only the marker line goes
            i += 1
            continue
        if rule.action == "span":
            end = _span_end(blocks, i, rule)
            if end is None:
                kept.append(block)
                seen += len(block)
                i += 1
                continue
            for j in range(i, end + 1):
                result.removed.append(RemovedBlock(blocks[j], rule.name))
            i = end + 1
            continue
        if rule.action == "tail":
            result.removed.append(RemovedBlock(block, rule.name))
            for rest in blocks[i + 1 :]:
                # keep what the rest is, when a rule knows; else it belongs to the tail list
                inner = _match(rules, rest)
                if inner is not None and inner.action == "tags":
                    result.tags.extend(_split_tags(rest, inner))
                name = inner.name if inner is not None and inner.action != "tail" else rule.name
                result.removed.append(RemovedBlock(rest, name))
            break
        result.removed.append(RemovedBlock(block, rule.name))
        if rule.action == "credit":
            result.credits.append(_credit_value(block, rule))
        elif rule.action == "tags":
            result.tags.extend(_split_tags(block, rule))
        i += 1
    return result


def _span_end(blocks: list[str], start: int, rule: Rule, limit: int = 12) -> int | None:
    assert rule.end is not None
    for j in range(start, min(len(blocks), start + limit)):
        if rule.end.search(blocks[j]):
            return j
    return None


def _credit_value(block: str, rule: Rule) -> str:
    match = rule.pattern.search(block)
    value = match.groupdict().get("value") if match else None
    return (value or block).strip(" ()[]")


_WORD = re.compile(r"\w+", re.UNICODE)
_DATE_LINE = re.compile(
    r"\b(?:\d{1,2}:\d{2}\s*(?:am|pm)?|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}"
    r"|\d{1,2}\s+(?:de\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janeiro|fevereiro|"
    r"março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)[a-z]*\.?,?\s+(?:de\s+)?\d{4})",
    re.IGNORECASE,
)
_BYLINE_WORDS = re.compile(r"\b(?:by|updated|published|posted)\b", re.IGNORECASE)
_SENTENCE_PUNCT = re.compile(r"[.!?:;,…\"“”]")


def _similar(a: str, b: str) -> bool:
    """Two headlines for one story: one contains the other, or most words are shared."""
    ka, kb = a.casefold().strip(), b.casefold().strip()
    if ka and kb and (ka in kb or kb in ka):
        return True
    wa, wb = set(_WORD.findall(ka)), set(_WORD.findall(kb))
    if not wa or not wb:
        return False
    return len(wa & wb) / len(wa | wb) >= 0.5


def strip_leading(blocks: list[str], title: str | None) -> tuple[list[str], list[RemovedBlock]]:
    """Page furniture above the first paragraph: the headline repeated, a section kicker
    ("World", "MIDDLE EAST CRISIS"), a date or byline line ("5:45 AM PST 11/19/2019 by ...")."""
    removed: list[RemovedBlock] = []
    while len(blocks) > 1 and len(removed) < 3:
        block, words = blocks[0], blocks[0].split()
        if title and len(words) <= 1.5 * len(title.split()) + 2 and _similar(block, title):
            rule = "title_repeat"
        elif (
            len(words) <= 4
            and len(block) <= 40
            and not _SENTENCE_PUNCT.search(block)
            and not any(c.isdigit() for c in block)
        ):
            rule = "section_kicker"
        elif (
            len(words) <= 14
            and len(block) < 100
            and _DATE_LINE.search(block)
            and (not block.rstrip().endswith((".", "!", "?")) or _BYLINE_WORDS.search(block))
        ):
            rule = "date_byline"
        else:
            break
        removed.append(RemovedBlock(block, rule))
        blocks = blocks[1:]
    return blocks, removed


_TRUNCATED = re.compile(r"(?:\s…|\s?\.\.\.|[\w,;]…)\s*$")


def cut_teaser_run(blocks: list[str]) -> tuple[list[str], list[RemovedBlock]]:
    """A run of teasers after the article: snippets cut off mid-sentence ("… plano paralelo
    para …"). From the first cut-off block on, at least two and a third of the blocks must be
    cut off, and the article must have come first."""
    cut = [i for i, b in enumerate(blocks) if _TRUNCATED.search(b)]
    for start in cut:
        if start == 0:
            continue
        rest = len(blocks) - start
        hits = sum(1 for i in cut if i >= start)
        if hits >= 2 and hits * 3 >= rest:
            return blocks[:start], [RemovedBlock(b, "teaser_list") for b in blocks[start:]]
    return blocks, []


_BYLINE = re.compile(
    r"^(?:By|BY|Written by|Words by|Reporting by)\s+"
    r"(?P<names>[A-Z][\w.'’-]+(?:(?:\s+|\s*,\s*|\s+(?:and|&)\s+)(?:[A-Z][\w.'’-]+|de|van|von|da|bin|al|le))*)"
    r"(?:\s*[|,•·–—-]\s*(?P<rest>[^\n]{0,80}))?$"
)


def take_byline(blocks: list[str]) -> tuple[list[str], list[RemovedBlock], list[str]]:
    """A "By Jane Doe and John Roe" line among the first blocks: cut, and its names kept as
    authors ("By now it is clear..." is prose: its second word is not a name)."""
    for i, block in enumerate(blocks[:3]):
        match = _BYLINE.match(block) if len(block.split()) <= 14 else None
        if match and len(blocks) > 1:
            names = [
                n.strip() for n in re.split(r"\s*,\s*|\s+(?:and|&)\s+", match["names"]) if n.strip()
            ]
            return blocks[:i] + blocks[i + 1 :], [RemovedBlock(block, "byline")], names
    return blocks, [], []
