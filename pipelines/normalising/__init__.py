"""Normalising: one publication date and two outlets (publisher, origin) per article, each
with the method that decided it, so the warehouse can show where every value came from."""

from __future__ import annotations

from pipelines.model import (
    CleanArticle,
    Decision,
    NormalisedArticle,
    Outlet,
    canonical_uri,
    stable_id,
)
from pipelines.normalising.dates import DateDecision, dateline_country, decide_date
from pipelines.normalising.names import registrable_domain
from pipelines.normalising.origin import find_origin
from pipelines.normalising.outlets import OutletRegistry

__all__ = [
    "DateDecision",
    "OutletRegistry",
    "decide_date",
    "decide_publisher",
    "normalise_article",
    "registrable_domain",
]

# Boilerplate rules whose text is the outlet speaking of itself (appeals, banners, notices).
_SELF_NAMING_RULES = (
    "support_banner",
    "donation_appeal",
    "call_to_action",
    "copyright",
    "subscription",
    "newsletter",
)


# Removed blocks that say where the reporting came from.
_PROVENANCE_RULES = ("republication_note", "contribution_note")


def decide_publisher(article: CleanArticle, registry: OutletRegistry) -> Decision | None:
    """Manifest, then URL domain, then page metadata, then the outlet's own boilerplate;
    an outlet the registry lacks is inferred from site metadata or the domain."""
    if article.outlet_hint and article.outlet_hint.strip():
        outlet = registry.resolve(article.outlet_hint) or registry.infer(article.outlet_hint, None)
        if outlet:
            return Decision(outlet, "manifest", article.outlet_hint)
    if article.url:
        outlet = registry.resolve(article.url)
        if outlet:
            return Decision(outlet, "url_domain", article.url)

    # A registry outlet the page names decides only where the page's own domain cannot: on a
    # domain the registry gives to no outlet, a "Metro" is not metro.co.uk and "Support The
    # Nation" is not nation.africa (another site of that name, or a copy): infer it instead.
    def here(outlet: Outlet | None) -> bool:
        return outlet is not None and (not article.url or not outlet.domain)

    if article.site_name:
        outlet = registry.resolve(article.site_name)
        if here(outlet):
            return Decision(outlet, "page_metadata", article.site_name)
    for block in article.removed:
        if block.rule.startswith("outlet:"):
            outlet = registry.get(block.rule.split(":")[1])
            if here(outlet):
                return Decision(outlet, "text_cue", f"{block.rule}: {block.text[:80]}")
    self_naming = [b for b in article.removed if b.rule.endswith(_SELF_NAMING_RULES)]
    for block in self_naming:
        named = [o for o in registry.find_in_text(block.text) if here(o)]
        if named:
            return Decision(named[0], "text_cue", f"{block.rule}: {block.text[:80]}")
    if article.site_name or article.url:
        outlet = registry.infer(article.site_name, article.url)
        if outlet:
            method = "page_metadata" if article.site_name else "url_domain"
            return Decision(outlet, method, article.site_name or article.url)
    return None


def normalise_article(article: CleanArticle, registry: OutletRegistry) -> NormalisedArticle:
    """Date, publisher and origin for one article (pure: no I/O beyond the cached registry)."""
    publisher = decide_publisher(article, registry)
    outlet: Outlet | None = publisher.value if publisher else None  # type: ignore[assignment]
    country = (outlet.country if outlet else None) or dateline_country(article.dateline)
    modified = decide_date(article.modified_candidates, None, country).value
    published = decide_date(article.date_candidates, article.url, country, modified=modified)
    origin_outlet, origin_method = outlet, publisher.method if publisher else None
    # a republication or contribution note ("First published in The Conversation.", "With
    # files from The Associated Press") is cut from the body but names the origin: read it back
    notes = [b.text for b in article.removed if b.rule.endswith(_PROVENANCE_RULES)]
    found = find_origin("\n\n".join([article.body, *notes]), registry)
    if found and (outlet is None or found[0].outlet_id != outlet.outlet_id):
        origin_outlet, origin_method = found[0], found[1]
    return NormalisedArticle(
        article=article,
        article_id=stable_id(canonical_uri(article.source_uri)),
        published_date=published.value,
        date_method=published.method,
        outlet=outlet,
        outlet_method=publisher.method if publisher else None,
        origin_outlet=origin_outlet,
        origin_method=origin_method,
        dates_rejected=list(published.rejected),
        # the last-updated date, kept only when it is after the publication date
        modified_date=modified
        if modified and (not published.value or modified > published.value)
        else None,
        first_published_date=published.first_published,
    )
