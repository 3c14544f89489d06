"""Publication dates: many candidates, one decision, and a reason for every rejection.

Order of trust (first usable wins):
1. manifest       what the person who collected the document says;
2. page_metadata  JSON-LD datePublished of the article, then published-time meta tags;
3. url            a full year/month/day in the URL path (set when the page was created);
4. header_line    a date line in a text document ("14-2-2024 (MOSCOW)", " date 2024-02-14");
5. page_time      the first <time datetime> / itemprop=datePublished in the page (then a
                  JSON-LD WebPage's datePublished: the page, not necessarily the article);
6. page_label     the first date the page shows in a date/byline element ("Written: ...");
7. htmldate       htmldate's own search (trafilatura runs it), the fallback for bare pages.
Any other source (e.g. `header_line_updated`, "Last updated: ...") comes after all of these:
a last-updated date is never taken for the publication date when a published one exists,
because the warehouse asks when a claim first appeared.
One exception, `page_revision`: when the date a page shows its reader at the top is the very
date its metadata declares as modified, the page presents itself as that revision ("Updated
March 14, 2021" with nothing else shown), and the text we hold is that revision's text. It is
dated so, and the earlier publication date is kept as `first_published`. Two independent
statements must agree: a visible date alone, or a dateModified alone, changes nothing.
Time zones: the date is read as the publisher wrote it. "2024-02-14T23:30:00-05:00" is
14 February, not the 15th in UTC, because a reader of that outlet saw the 14th; a UTC time
("...T16:34Z") is taken as UTC, not shifted to the outlet's zone, because the outlet chose to
state it so (and archives and other extractors read it the same way).
Day-first vs month-first is decided by evidence: what the candidate's own source implies
(a part > 12, the page's locale "en-GB"/"en-US"), else an unambiguous date of the same
document, else the outlet's country (month-first in the US), else the dateline city's
country ("(WASHINGTON)", seeds/reference/datelines.csv), else day-first.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import cache
from pathlib import Path

from dateutil import parser as dateutil_parser

from pipelines.model import DateCandidate

MIN_DATE = date(1900, 1, 1)
MONTH_FIRST_COUNTRIES = {"US", "PH", "FM", "MH", "PW"}
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s_]|\b)")
_COMPACT = re.compile(r"^\s*((?:19|20)\d{2})(\d{2})(\d{2})(?:T|\s|$)")
_EPOCH = re.compile(r"^\s*(\d{10})(\d{3})?\s*$")
_NUMERIC = re.compile(r"^\s*(\d{1,2})[-./](\d{1,2})[-./](\d{2}|\d{4})\b")
_YMD_SLASH = re.compile(r"^\s*(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b")
_URL_DATES = (
    re.compile(r"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})(?:/|$|[-_])"),
    re.compile(r"[/_-]((?:19|20)\d{2})-(\d{2})-(\d{2})(?:[/_.-]|$)"),
    re.compile(r"/((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$)"),
    re.compile(r"[_-]((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$)"),
)
_SOURCE_RANK = (
    ("manifest", "manifest"),
    ("html_metadata:jsonld", "page_metadata"),
    ("html_metadata:", "page_metadata"),
    ("url", "url"),
    ("header_line", "header_line"),
    ("html_time", "page_time"),
    ("html_metadata_webpage", "page_metadata"),
    ("page_label", "page_label"),
    ("htmldate", "htmldate"),
)


@dataclass
class DateDecision:
    value: date | None
    method: str | None
    evidence: str | None = None
    rejected: list[str] = field(default_factory=list)  # "url 2031-01-01: in the future"
    first_published: date | None = None  # set when the page is dated by the revision it shows


def url_candidates(url: str | None) -> list[DateCandidate]:
    """A full date in the URL path ("/2019/11/19/", "-20191119-")."""
    if not url:
        return []
    path = re.sub(r"^[a-z]+://[^/]+", "", url, flags=re.I)
    for pattern in _URL_DATES:
        match = pattern.search(path)
        if match:
            return [DateCandidate(f"{match[1]}-{int(match[2]):02d}-{int(match[3]):02d}", "url")]
    return []


def _valid(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def parse_date(value: str, day_first: bool) -> date | None:
    """One date string -> the calendar date as written, or None when it names no full date."""
    value = value.strip()
    if not value:
        return None
    if m := _ISO.match(value):
        return _valid(int(m[1]), int(m[2]), int(m[3]))
    if m := _YMD_SLASH.match(value):
        return _valid(int(m[1]), int(m[2]), int(m[3]))
    if m := _COMPACT.match(value):
        return _valid(int(m[1]), int(m[2]), int(m[3]))
    if m := _EPOCH.match(value):
        return datetime.fromtimestamp(int(m[1]), tz=UTC).date()
    if m := _NUMERIC.match(value):
        a, b, y = int(m[1]), int(m[2]), int(m[3])
        y = y + 2000 if y < 100 and y < 70 else y + 1900 if y < 100 else y
        day, month = (a, b) if day_first else (b, a)
        return _valid(y, month, day) or _valid(y, day, month)
    try:
        first = dateutil_parser.parse(
            value, dayfirst=day_first, fuzzy=True, ignoretz=True, default=datetime(1, 1, 1)
        )
        second = dateutil_parser.parse(
            value, dayfirst=day_first, fuzzy=True, ignoretz=True, default=datetime(1, 2, 2)
        )
    except (ValueError, OverflowError, TypeError):
        return None
    if first.date() != second.date():  # the string lacks a year, month or day
        return None
    return first.date()


def _rank(source: str) -> tuple[int, str]:
    for i, (prefix, method) in enumerate(_SOURCE_RANK):
        if source == prefix or source.startswith(prefix if prefix.endswith(":") else prefix + ":"):
            return i, method
    return len(_SOURCE_RANK), source


@cache
def _dateline_countries() -> dict[str, str]:
    path = Path(__file__).resolve().parents[2] / "seeds" / "reference" / "datelines.csv"
    with path.open(encoding="utf-8") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        return {row["city"].strip().upper(): row["country"].strip().upper() for row in rows}


def dateline_country(dateline: str | None) -> str | None:
    """The country of a dateline city ("WASHINGTON" -> "US"), if the reference data knows it."""
    if not dateline:
        return None
    return _dateline_countries().get(dateline.split(",")[0].strip().upper())


def _day_first(candidates: list[DateCandidate], country: str | None) -> bool:
    votes = [c.day_first for c in candidates if c.day_first is not None]
    if votes:
        return votes.count(True) >= votes.count(False)
    return (country or "").upper() not in MONTH_FIRST_COUNTRIES


def decide_date(
    candidates: list[DateCandidate],
    url: str | None = None,
    country: str | None = None,
    today: date | None = None,
    modified: date | None = None,
) -> DateDecision:
    """The most trusted plausible candidate (the rest kept as rejection reasons), or the
    revision the page shows when it equals the `modified` date its metadata declares."""
    today = today or datetime.now(UTC).date()
    latest = today + timedelta(days=1)  # a time zone ahead of ours may already be tomorrow
    pool = [*candidates, *url_candidates(url)]
    day_first = _day_first(pool, country)
    decision = DateDecision(None, None)
    for candidate in sorted(pool, key=lambda c: _rank(c.source)[0]):
        order = candidate.day_first if candidate.day_first is not None else day_first
        parsed = parse_date(candidate.value, order)
        label = f"{candidate.source} {candidate.value!r}"
        if parsed is None:
            decision.rejected.append(f"{label}: not a full date")
        elif parsed > latest:
            decision.rejected.append(f"{label}: {parsed} is in the future")
        elif parsed < MIN_DATE:
            decision.rejected.append(f"{label}: {parsed} is implausibly early")
        else:
            decision.value, decision.method = parsed, _rank(candidate.source)[1]
            decision.evidence = label
            break
    shown = next((c for c in pool if c.source.startswith("page_label")), None)
    if decision.value is None or decision.method == "manifest" or shown is None or not modified:
        return decision
    order = shown.day_first if shown.day_first is not None else day_first
    if parse_date(shown.value, order) == modified and decision.value < modified <= latest:
        decision.first_published = decision.value
        decision.value, decision.method = modified, "page_revision"
        decision.evidence = f"{shown.source} {shown.value!r} = declared modified {modified}"
    return decision
