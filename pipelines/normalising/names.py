"""Spellings of outlets: name keys, domains, and site names cleaned of taglines.

Domains are compared on the registrable domain, computed with tldextract's bundled
public-suffix snapshot (never fetched: the pipeline runs offline), so
`https://edition.cnn.com/x` is `cnn.com` and `bbc.co.uk` is not `co.uk`.
"""

from __future__ import annotations

import re
import unicodedata

import tldextract

_EXTRACT = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
_DOMAIN_LIKE = re.compile(
    r"^(?:[a-z][a-z0-9+.-]*://)?(?:[\w-]+\.)+[a-z]{2,}(?::\d+)?(?:[/?#].*)?$", re.I
)
_SPLIT_SITE_NAME = re.compile(r"\s+[|–—·•:-]\s+|\s*[|·•]\s*")
# Site names that name a platform, a section or a page, not a publisher.
GENERIC_NAMES = frozenset(
    {
        "home", "homepage", "news", "blog", "wordpress", "blogger", "medium", "substack",
        "article", "articles", "latest news", "breaking news", "online", "website", "index",
        "en", "english", "us", "u.s.", "uk", "world", "politics", "business", "opinion",
        "sport", "sports", "technology", "tech", "entertainment", "lifestyle", "local",
    }
)  # fmt: skip


def name_key(text: str) -> str:
    """A spelling-insensitive key: accents, case, a leading "The", punctuation and spaces go."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"^\s*the\s+", "", text.casefold())
    return re.sub(r"[^0-9a-z]+", "", text)


_GENERIC_KEYS = frozenset(name_key(n) for n in GENERIC_NAMES)


def slugify(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^0-9a-z]+", "-", text.casefold()).strip("-") or "outlet"


def host_of(text: str) -> str | None:
    """The host of a URL or bare domain, lower-cased, without `www.` or a port."""
    text = text.strip().lower()
    if not text or " " in text or not _DOMAIN_LIKE.match(text):
        return None
    host = re.sub(r"^[a-z][a-z0-9+.-]*://", "", text).split("/")[0].split("?")[0].split("#")[0]
    host = host.split("@")[-1].split(":")[0].strip(".")
    return re.sub(r"^www\d*\.", "", host) or None


def registrable_domain(text: str | None) -> str | None:
    """`https://news.bbc.co.uk/x` -> `bbc.co.uk`, by the public-suffix list."""
    host = host_of(text) if text else None
    if not host:
        return None
    parts = _EXTRACT(host)
    if not parts.domain or not parts.suffix:
        return None
    return f"{parts.domain}.{parts.suffix}"


def is_generic(name: str) -> bool:
    return name_key(name) in _GENERIC_KEYS or len(name_key(name)) < 1


def brand_matches(name: str, domain: str | None) -> bool:
    """Does a site name plausibly name the site at this domain? "TimesLIVE" ~ timeslive.co.za,
    "Cable News Network" ~ cnn.com (initials), "U.S." !~ reuters.com."""
    if not domain:
        return False
    label = name_key(domain.split(".")[0])
    key = name_key(name)
    if not key or not label or len(key) < 2:
        return False
    if key in label or label in key:
        return True
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z0-9]+", name))
    return initials.casefold() == label


def clean_site_name(name: str, domain: str | None) -> str | None:
    """ "Riverside Gazette | Local news since 1901" -> the part that names the brand."""
    name = re.sub(r"\s+", " ", name).strip().strip("|-–—:·").strip()
    if host_of(name):
        return registrable_domain(name)
    parts = [p.strip() for p in _SPLIT_SITE_NAME.split(name) if p.strip()] or [name]
    for part in parts:
        if brand_matches(part, domain):
            return part
    best = parts[0]
    if is_generic(best) or len(best) > 60 or len(best.split()) > 6:
        return None
    return best


def choose_site_name(names: list[str | None], url: str | None) -> str | None:
    """Of the names a page gives itself (og:site_name, JSON-LD publisher, ...), the one that
    matches its domain most closely ("Nature" over "Nature Publishing Group UK" on nature.com);
    else the first that is not a section or platform name."""
    domain = registrable_domain(url) if url else None
    usable = [n.strip() for n in names if n and n.strip() and not n.strip().startswith("@")]
    matching = [
        n for n in usable if any(brand_matches(p, domain) for p in _SPLIT_SITE_NAME.split(n))
    ]
    if matching and domain:
        label = len(name_key(domain.split(".")[0]))
        return min(matching, key=lambda n: abs(len(name_key(n)) - label))
    for name in usable:
        if not is_generic(name) and (domain is None or len(name_key(name)) > 3):
            return name
    return None


_TITLE_SUFFIX = re.compile(r"^(?P<head>.+?)\s+(?:[|–—-]|::)\s+(?P<tail>[^|–—]+)$")


def strip_site_suffix(title: str, site_name: str | None, url: str | None) -> str:
    """ "Mining blasts shatter homes - Lesotho Times" -> "Mining blasts shatter homes": a
    trailing segment that names the site goes (one that does not, "- Not a flagship", stays)."""
    domain = registrable_domain(url) if url else None
    site_key = name_key(site_name) if site_name else ""
    for _ in range(2):
        match = _TITLE_SUFFIX.match(title.strip())
        if not match:
            break
        tail_key = name_key(match["tail"])
        names_site = bool(site_key) and (site_key in tail_key or tail_key in site_key)
        if not tail_key or not (names_site or brand_matches(match["tail"], domain)):
            break
        title = match["head"]
    return title.strip()
