"""Exact, URL and near-duplicate fingerprints of an article.

The warehouse stores the fingerprints, and SQL (sql/load/020_duplicates.sql)
pairs articles across every load: the same text (after folding case and
spacing), the same URL (after dropping tracking parameters, `www.`, the
scheme and a trailing slash), or a MinHash estimate of word 5-gram Jaccard
similarity above a threshold, found through locality-sensitive banding so
that only candidate pairs are compared.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit

from datasketch import MinHash

NUM_PERM = 128
BANDS = 32  # 32 bands of 4 rows: pairs above ~0.6 Jaccard are very likely candidates
ROWS = NUM_PERM // BANDS
SHINGLE = 5
TRACKING = re.compile(r"^(utm_|fbclid$|gclid$|mc_|ref$|ref_src$|cmpid$|ocid$|smid$)")
WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Fingerprint:
    text_hash: str
    url_key: str | None
    minhash: list[int]
    bands: list[int]


def fingerprint(body: str, url: str | None = None) -> Fingerprint:
    words = [w.lower() for w in WORD.findall(body)]
    text_hash = hashlib.sha256(" ".join(words).encode("utf-8")).hexdigest()
    shingles = [
        " ".join(words[i : i + SHINGLE]).encode("utf-8")
        for i in range(max(1, len(words) - SHINGLE + 1))
    ]
    minhash = MinHash(num_perm=NUM_PERM, seed=1)
    minhash.update_batch(shingles)
    values = [int(v) for v in minhash.hashvalues]
    bands = [
        int.from_bytes(
            hashlib.blake2b(
                repr(values[b * ROWS : (b + 1) * ROWS]).encode(), digest_size=7
            ).digest(),
            "big",
        )
        for b in range(BANDS)
    ]
    return Fingerprint(text_hash, url_key(url), values, bands)


def url_key(url: str | None) -> str | None:
    """The URL with what does not change the page removed, so variants compare equal."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    if not parts.netloc:
        return None
    host = parts.netloc.lower().removeprefix("www.").removeprefix("m.").removeprefix("amp.")
    path = re.sub(r"/(amp|index\.html?)$", "", parts.path.rstrip("/")) or "/"
    query = urlencode(
        sorted((k, v) for k, v in parse_qsl(parts.query) if not TRACKING.match(k.lower()))
    )
    return f"{host}{path}" + (f"?{query}" if query else "")
