"""Metadata every stage asset shows in the UI: counts, and why documents were kept aside."""

from __future__ import annotations

from collections import Counter

import dagster as dg

from pipelines.stages import Batch


def batch_metadata(batch: Batch, preview_field: str | None = None) -> dict[str, object]:
    metadata: dict[str, object] = {
        "records": dg.MetadataValue.int(len(batch.records)),
        "rejected": dg.MetadataValue.int(len(batch.rejected)),
    }
    if batch.rejected:
        reasons = Counter(r.reason.split(":")[0] for r in batch.rejected)
        metadata["rejected_reasons"] = dg.MetadataValue.md(
            "\n".join(f"- {reason}: {n}" for reason, n in reasons.most_common(10))
        )
    if preview_field and batch.records:
        lines = []
        for record in batch.records[:10]:
            value = getattr(record, preview_field, None)
            if value is None and hasattr(record, "article"):
                value = getattr(record.article, preview_field, None)
            lines.append(f"- {value}")
        metadata["preview"] = dg.MetadataValue.md("\n".join(lines))
    return metadata
