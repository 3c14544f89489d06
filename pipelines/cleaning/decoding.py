"""Bytes to text: the cleaner's first gate, so every later rule sees clean Unicode."""

from __future__ import annotations

import codecs
import re

import charset_normalizer

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


class DecodingError(ValueError):
    """The bytes are not text we can read (binary, or no encoding fits)."""


def decode_bytes(content: bytes, media_type: str = "text/plain") -> str:
    """Decode with the strongest evidence first: BOM, then strict UTF-8, then the page's own
    declared charset, then statistical detection (legacy pages are rarely labelled right)."""
    for bom, encoding in _BOMS:
        if content.startswith(bom):
            return content.decode(encoding, errors="replace")
    if b"\x00" in content:
        raise DecodingError("binary content (NUL bytes)")
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if "html" in media_type or content.lstrip()[:1] == b"<":
        match = _META_CHARSET.search(content[:4096])
        if match:
            try:
                return content.decode(match.group(1).decode("ascii"), errors="strict")
            except (LookupError, UnicodeDecodeError):
                pass
    lenient = content.decode("utf-8", errors="replace")
    valid_multibyte = sum(1 for ch in lenient if ord(ch) > 127 and ch != "\ufffd")
    if valid_multibyte == 0:
        # not one well-formed UTF-8 sequence: a single-byte page, and on the web that is
        # Windows-1252 (a superset of Latin-1) far more often than anything a detector guesses
        try:
            return content.decode("cp1252")
        except UnicodeDecodeError:
            pass
    # mostly UTF-8 with a few broken bytes (a truncated page, one bad paste): keep the UTF-8
    # reading rather than let a detector re-read the whole page as a legacy code page
    if lenient.count("\ufffd") <= max(3, len(content) // 2000):
        return lenient
    best = charset_normalizer.from_bytes(content).best()
    if best is None:
        raise DecodingError("undecodable bytes")
    return str(best)
