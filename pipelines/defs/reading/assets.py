"""Stage 1: read the sources (folders, files, web addresses) into raw documents."""

from pathlib import Path

import dagster as dg
from pydantic import Field

from pipelines.defs.resources import WarehouseResource
from pipelines.defs.summaries import batch_metadata
from pipelines.loading.warehouse import loaded_versions
from pipelines.model import canonical_uri
from pipelines.paths import default_sources
from pipelines.stages import Batch, read_batch
from pipelines.version import pipeline_version


class SourcesConfig(dg.Config):
    sources: list[str] = Field(
        default=[],
        description="Folders, files or http(s) addresses; empty: NEWSPROV_SOURCES, else seeds/.",
    )
    reprocess_unchanged: bool = Field(
        default=False,
        description="Also redo documents loaded before with the same bytes, hints and pipeline.",
    )
    prune_missing: bool = Field(
        default=False, description="Remove articles of folder sources whose file is gone."
    )


@dg.asset(
    group_name="reading",
    kinds={"python"},
    description="Every document of the configured sources, bytes unchanged, with the "
    "manifest's hints (url, outlet, published). Unreadable files are kept aside.",
)
def raw_documents(
    context: dg.AssetExecutionContext, config: SourcesConfig, warehouse_db: WarehouseResource
) -> Batch:
    sources = config.sources or default_sources()
    unchanged = None
    if not config.reprocess_unchanged and Path(warehouse_db.resolved_path()).is_file():
        with warehouse_db.connect(read_only=True) as conn:
            loaded = loaded_versions(conn)
        version = pipeline_version()
        unchanged = lambda doc: (  # noqa: E731
            loaded.get(canonical_uri(doc.source_uri)) == (doc.input_hash, version)
        )
    batch = read_batch(sources, unchanged)
    batch.warehouse = canonical_uri(warehouse_db.resolved_path())
    if config.prune_missing:
        batch.pruned_folders = [s for s in sources if Path(s).is_dir()]
    context.add_output_metadata(
        {
            "sources": dg.MetadataValue.json(sources),
            "skipped_unchanged": dg.MetadataValue.int(len(batch.skipped)),
            **batch_metadata(batch, "source_uri"),
        }
    )
    return batch
