"""Deduplicating: fingerprints that let the warehouse tell one story reached twice."""

from pipelines.deduplicating.fingerprints import Fingerprint, fingerprint, url_key

__all__ = ["Fingerprint", "fingerprint", "url_key"]
