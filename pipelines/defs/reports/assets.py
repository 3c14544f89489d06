"""Stage 6: readable reports from the warehouse, refreshed by every ingest, shown in the UI."""

from pathlib import Path

import dagster as dg

from pipelines.defs.resources import WarehouseResource
from pipelines.defs.warehouse.assets import TABLES
from pipelines.loading.warehouse import read_sql
from pipelines.reporting import markdown_table

REPORTS = {
    "summary": "Articles, claims, denials and no-comments per outlet",
    "claim_provenance": "Contested claims: who asserted, denied, declined to comment",
    "cited_reports": "Reports cited but not in the corpus",
    "quarantine": "Documents kept aside, and why",
}


@dg.asset(
    group_name="reports",
    kinds={"duckdb", "markdown"},
    deps=list(TABLES),
    description="The named queries of sql/queries as one Markdown report beside the warehouse "
    "(reports/latest.md), also shown here in the UI.",
)
def provenance_report(
    context: dg.AssetExecutionContext, warehouse_db: WarehouseResource
) -> dg.MaterializeResult:
    sections = []
    with warehouse_db.connect(read_only=True) as conn:
        for name, title in REPORTS.items():
            frame = conn.sql(read_sql(f"queries/{name}.sql")).pl()
            sections.append(f"## {title}\n\n{markdown_table(frame, max_rows=50)}\n")
    report = "# News provenance report\n\n" + "\n".join(sections)
    path = Path(warehouse_db.resolved_path()).parent / "reports" / "latest.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(report, encoding="utf-8")
    return dg.MaterializeResult(
        metadata={"path": dg.MetadataValue.path(str(path)), "report": dg.MetadataValue.md(report)}
    )
