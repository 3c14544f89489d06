"""Stage 3: decide each article's publication date, publisher and originating outlet."""

import dagster as dg

from pipelines.defs.summaries import batch_metadata
from pipelines.normalising import OutletRegistry
from pipelines.stages import Batch, normalise_batch


@dg.asset(
    group_name="normalising",
    kinds={"python"},
    description="Articles with an ISO publication date, a canonical publisher and the outlet "
    "that originated the reporting, each with how it was decided.",
)
def normalised_articles(context: dg.AssetExecutionContext, clean_articles: Batch) -> Batch:
    batch = normalise_batch(clean_articles.records, OutletRegistry.load_default())
    context.add_output_metadata(batch_metadata(batch, "published_date"))
    return batch
