"""Who originated the reporting: a wire service, or the outlet a rewrite is based on.

Cues are data (`seeds/reference/origin_cues.csv`): wire bylines and datelines at the top
("MOSCOW (Reuters) -", "AP —"), sign-offs at the bottom, and attributions in the text
("told Reuters", "speaking to Reuters", "said in a report by X"). A single "told X" in an
article full of other reporting is a citation, not an origin, so text cues need weight.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipelines.model import Outlet
from pipelines.normalising.outlets import OutletRegistry

REFERENCE_DIR = Path(__file__).resolve().parents[2] / "seeds" / "reference"
MIN_TEXT_WEIGHT = 2
LEAD_CHARS = 400
TAIL_CHARS = 600


@dataclass(frozen=True)
class OriginCue:
    rule: str
    method: str
    scope: str
    weight: int
    outlet: str | None
    pattern: re.Pattern[str]


@lru_cache(maxsize=2)
def load_cues(path: Path = REFERENCE_DIR / "origin_cues.csv") -> tuple[OriginCue, ...]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        return tuple(
            OriginCue(
                rule=row["rule"],
                method=row["method"],
                scope=row["scope"],
                weight=int(row["weight"]),
                outlet=row["outlet"].strip() or None,
                pattern=re.compile(row["pattern"], re.MULTILINE),
            )
            for row in rows
        )


def _resolve_span(registry: OutletRegistry, span: str) -> Outlet | None:
    """Try the longest leading run of words first: "Reuters on Wednesday" -> "Reuters"."""
    words = span.split()
    for size in range(len(words), 0, -1):
        text = re.sub(r"(?:['’]s)?[.,;:]*$", "", " ".join(words[:size]))
        if len(re.sub(r"\W", "", text)) < 2:  # "I", "A": words, not the paper called "i"
            continue
        outlet = registry.resolve(text)
        if outlet:
            return outlet
    return None


def find_origin(body: str, registry: OutletRegistry) -> tuple[Outlet, str, str] | None:
    """(outlet, method, evidence) for the best-supported originating outlet, if any."""
    scopes = {"lead": body[:LEAD_CHARS], "tail": body[-TAIL_CHARS:], "any": body}
    weights: Counter[str] = Counter()
    evidence: dict[str, tuple[str, str]] = {}
    for cue in load_cues():
        for match in cue.pattern.finditer(scopes[cue.scope]):
            if cue.outlet:
                outlet = registry.get(cue.outlet) or registry.resolve(cue.outlet)
            else:
                outlet = _resolve_span(registry, match.group("outlet"))
            if outlet is None:
                continue
            if cue.method == "header_line":
                return outlet, "header_line", match.group(0).strip()
            weights[outlet.outlet_id] += cue.weight
            evidence.setdefault(outlet.outlet_id, (cue.method, match.group(0).strip()))
    if not weights:
        return None
    outlet_id, weight = weights.most_common(1)[0]
    if weight < MIN_TEXT_WEIGHT:
        return None
    method, text = evidence[outlet_id]
    outlet = registry.get(outlet_id)
    assert outlet is not None
    return outlet, method, text
