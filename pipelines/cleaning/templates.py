"""Template text learned from the corpus itself.

A paragraph that recurs across many articles of one outlet (a newsletter
plug, a standard disclaimer, a "follow us" line) is the outlet's template,
not news, even when no rule in `seeds/reference` names it. This needs the
whole batch, so it runs after the per-document cleaning.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from pipelines.model import CleanArticle, RemovedBlock
from pipelines.normalising.names import name_key, registrable_domain

RULE = "learned:recurring_in_outlet"
MIN_ARTICLES = 3  # an outlet needs this many articles in the batch before anything is learned
MIN_SHARE = 0.3  # ... and a paragraph must recur in this share of them
BLOCK_SPLIT = re.compile(r"\n\s*\n|\n")


def outlet_key(article: CleanArticle) -> str | None:
    """What tells articles of one outlet apart: its domain, else its stated name."""
    domain = registrable_domain(article.url)
    if domain:
        return domain
    name = article.outlet_hint or article.site_name
    return name_key(name) if name else None


def remove_recurring_blocks(articles: Sequence[CleanArticle]) -> list[CleanArticle]:
    """Drop paragraphs that recur across an outlet's articles; record each removal."""
    by_outlet: dict[str, list[CleanArticle]] = defaultdict(list)
    for article in articles:
        key = outlet_key(article)
        if key:
            by_outlet[key].append(article)
    for members in by_outlet.values():
        if len(members) < MIN_ARTICLES:
            continue
        counts = Counter(
            block for article in members for block in {_fold(b) for b in _blocks(article.body)}
        )
        threshold = max(MIN_ARTICLES, math.ceil(MIN_SHARE * len(members)))
        template = {block for block, n in counts.items() if block and n >= threshold}
        if template:
            for article in members:
                _strip(article, template)
    return list(articles)


def _strip(article: CleanArticle, template: set[str]) -> None:
    blocks = _blocks(article.body)
    kept = [b for b in blocks if _fold(b) not in template]
    if len(kept) == len(blocks) or not kept:
        return  # nothing recurring, or nothing would be left: keep the article whole
    article.removed.extend(RemovedBlock(b, RULE) for b in blocks if _fold(b) in template)
    article.body = "\n\n".join(kept)


def _blocks(body: str) -> list[str]:
    return [b.strip() for b in BLOCK_SPLIT.split(body) if b.strip()]


def _fold(block: str) -> str:
    return " ".join(block.lower().split())
