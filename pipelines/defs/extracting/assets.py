"""Stage 4: who claimed, denied or declined to comment on what, and which reports are cited."""

import dagster as dg

from pipelines.defs.summaries import batch_metadata
from pipelines.stages import Batch, extract_articles


@dg.asset(
    group_name="extracting",
    kinds={"python", "spacy"},
    description="Attributions (claims, denials, no-comments) and citations of other outlets' "
    "reports, found by cue lexicons over a spaCy dependency parse.",
)
def statements(context: dg.AssetExecutionContext, normalised_articles: Batch) -> Batch:
    batch = extract_articles(normalised_articles.records)
    kinds: dict[str, int] = {}
    for doc in batch.records:
        for att in doc.attributions:
            kinds[att.kind] = kinds.get(att.kind, 0) + 1
    context.add_output_metadata(
        {**batch_metadata(batch), **{f"{k}s": v for k, v in sorted(kinds.items())}}
    )
    return batch
