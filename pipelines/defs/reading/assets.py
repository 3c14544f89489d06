"""Stage 1: read the sources (folders, files, web addresses) into raw documents."""

import dagster as dg

from pipelines.defs.summaries import batch_metadata
from pipelines.paths import default_sources
from pipelines.stages import Batch, read_batch


class SourcesConfig(dg.Config):
    sources: list[str] = []  # empty: NEWSPROV_SOURCES, else the seeds/ folder


@dg.asset(
    group_name="reading",
    kinds={"python"},
    description="Every document of the configured sources, bytes unchanged, with the "
    "manifest's hints (url, outlet, published). Unreadable files are kept aside.",
)
def raw_documents(context: dg.AssetExecutionContext, config: SourcesConfig) -> Batch:
    sources = config.sources or default_sources()
    batch = read_batch(sources)
    context.add_output_metadata(
        {"sources": dg.MetadataValue.json(sources), **batch_metadata(batch, "source_uri")}
    )
    return batch
