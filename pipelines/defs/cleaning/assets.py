"""Stage 2: reduce each document to its article (title, clean body, removed text)."""

import dagster as dg

from pipelines.defs.summaries import batch_metadata
from pipelines.stages import Batch, clean_batch


@dg.asset(
    group_name="cleaning",
    kinds={"python"},
    description="Articles with boilerplate removed (trafilatura for HTML, then data-driven "
    "boilerplate rules for HTML and text alike); tags and photo credits kept as metadata.",
)
def clean_articles(context: dg.AssetExecutionContext, raw_documents: Batch) -> Batch:
    batch = clean_batch(raw_documents.records)
    context.add_output_metadata(batch_metadata(batch, "title"))
    return batch
