"""The outlet registry: every spelling of an outlet (name, alias, domain, URL) to one record.

Data in `seeds/reference/outlets.csv`; domains match most-specific host first, then on the
registrable domain (see `names.py`).
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

from pipelines.model import Outlet
from pipelines.normalising.names import (
    clean_site_name,
    host_of,
    name_key,
    registrable_domain,
    slugify,
)

REFERENCE_DIR = Path(__file__).resolve().parents[2] / "seeds" / "reference"


class OutletRegistry:
    """Canonical outlets with their aliases and domains."""

    def __init__(
        self, outlets: list[Outlet], aliases: dict[str, list[str]], domains: dict[str, list[str]]
    ):
        self._outlets = {o.outlet_id: o for o in outlets}
        self._by_key: dict[str, str] = {}
        self._by_domain: dict[str, str] = {}
        for outlet in outlets:
            for alias in [outlet.name, *aliases.get(outlet.outlet_id, [])]:
                self._by_key.setdefault(name_key(alias), outlet.outlet_id)
            for domain in domains.get(outlet.outlet_id, []):
                self._by_domain.setdefault(domain.lower().strip(), outlet.outlet_id)
                self._by_key.setdefault(name_key(domain), outlet.outlet_id)  # "cnn.com" as a name
                label = domain.split(".")[0]
                if len(label) > 4:  # "nytimes" said as a name; short labels are ambiguous
                    self._by_key.setdefault(name_key(label), outlet.outlet_id)
        self._by_key.pop("", None)

    @classmethod
    def from_csv(cls, path: Path) -> OutletRegistry:
        outlets: list[Outlet] = []
        aliases: dict[str, list[str]] = {}
        domains: dict[str, list[str]] = {}
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(line for line in handle if not line.startswith("#")):
                name = row["name"].strip()
                outlet_id = (row.get("outlet_id") or "").strip() or slugify(name)
                own_domains = [
                    d.strip().lower() for d in (row.get("domains") or "").split("|") if d.strip()
                ]
                outlets.append(
                    Outlet(
                        outlet_id=outlet_id,
                        name=name,
                        domain=own_domains[0] if own_domains else None,
                        country=(row.get("country") or "").strip() or None,
                        kind=(row.get("kind") or "").strip() or None,
                    )
                )
                aliases[outlet_id] = [
                    a.strip() for a in (row.get("aliases") or "").split("|") if a.strip()
                ]
                domains[outlet_id] = own_domains
        return cls(outlets, aliases, domains)

    @classmethod
    def load_default(cls) -> OutletRegistry:
        return _default_registry()

    def all(self) -> list[Outlet]:
        return list(self._outlets.values())

    def get(self, outlet_id: str) -> Outlet | None:
        return self._outlets.get(outlet_id)

    def resolve(self, text: str | None) -> Outlet | None:
        """A name, alias, domain or URL in any spelling -> the registry's outlet, or None."""
        if not text or not text.strip():
            return None
        text = text.strip()
        host = host_of(text)
        if host:
            outlet = self._resolve_host(host)
            if outlet:
                return outlet
        if text.startswith("@"):
            text = text[1:]
        outlet_id = self._by_key.get(name_key(text))
        return self._outlets[outlet_id] if outlet_id else None

    def _resolve_host(self, host: str) -> Outlet | None:
        labels = host.split(".")
        for i in range(len(labels) - 1):  # most specific first: "edition.cnn.com", then "cnn.com"
            outlet_id = self._by_domain.get(".".join(labels[i:]))
            if outlet_id:
                return self._outlets[outlet_id]
        domain = registrable_domain(host)
        outlet_id = self._by_domain.get(domain) if domain else None
        return self._outlets[outlet_id] if outlet_id else None

    def find_in_text(self, text: str) -> list[Outlet]:
        """Registry outlets named in a text (longest names first), e.g. in an outlet's own
        boilerplate: "Support The Moscow Times!"."""
        found: list[Outlet] = []
        words = re.findall(r"[\w'’&.-]+", text)
        keys = [name_key(w) for w in words]
        for size in (5, 4, 3, 2, 1):
            for i in range(len(keys) - size + 1):
                if size == 1 and not words[i][:1].isupper():
                    continue
                key = "".join(keys[i : i + size])
                outlet_id = self._by_key.get(key) if len(key) >= 3 else None
                if outlet_id and self._outlets[outlet_id] not in found:
                    found.append(self._outlets[outlet_id])
        return found

    def infer(self, name: str | None, url: str | None) -> Outlet | None:
        """An outlet the registry lacks: its site name, cleaned of taglines, else its domain.
        A registry name found on a domain the registry does not know keeps the name but is
        another outlet (its own id and domain): outlets are told apart by domain first."""
        outlet = self.resolve(url) if url else None
        if outlet:
            return outlet
        domain = registrable_domain(url) if url else None
        clean = clean_site_name(name, domain) if name else None
        for text in (name, clean):
            outlet = self.resolve(text) if text else None
            if outlet and (domain is None or outlet.domain is None):
                return outlet
            if outlet:  # the site's own name, not that of the registry's namesake elsewhere
                break
        if (
            clean
            and clean.islower()
            and domain
            and name_key(clean) == name_key(domain.split(".")[0])
        ):
            clean = domain  # "nj" on nj.com says no more than the domain, and less legibly
        label = clean or domain
        if not label:
            return None
        if re.fullmatch(r"[a-z0-9]+(?:[-_][a-z0-9]+)+", label):  # a slug: "west-journal"
            label = " ".join(part.capitalize() for part in re.split(r"[-_]", label))
        elif label.islower() and " " not in label and "." not in label:  # "euronews"
            label = label.capitalize()
        outlet_id = slugify(label)
        if outlet_id in self._outlets:  # another outlet of the same name: keep ids distinct
            outlet_id = f"{outlet_id}-{slugify(domain or 'inferred')}"
        return Outlet(outlet_id=outlet_id, name=label, domain=domain, is_inferred=True)


@lru_cache(maxsize=1)
def _default_registry() -> OutletRegistry:
    return OutletRegistry.from_csv(REFERENCE_DIR / "outlets.csv")
