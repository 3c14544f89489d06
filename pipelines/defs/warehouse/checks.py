"""Data tests on the warehouse, declared beside the tables (dbt style): keys, values, links."""

import dagster as dg

from pipelines.defs.resources import WarehouseResource
from pipelines.loading.warehouse import read_sql
from pipelines.reporting import markdown_table

# check name -> (table, file under sql/checks/ whose query returns the offending rows)
CHECKS = {
    "documents_loaded_once": ("dim_article", "documents_loaded_once.sql"),
    "article_bodies_not_empty": ("dim_article", "article_bodies_not_empty.sql"),
    "claims_belong_to_articles": ("fact_claim", "claims_belong_to_articles.sql"),
    "claim_values_accepted": ("fact_claim", "claim_values_accepted.sql"),
    "denials_belong_to_articles": ("fact_denial", "denials_belong_to_articles.sql"),
    "denial_values_accepted": ("fact_denial", "denial_values_accepted.sql"),
    "outlets_referenced_exist": ("dim_article", "outlets_referenced_exist.sql"),
}


def _make_check(check_name: str, table: str, sql_file: str) -> dg.AssetChecksDefinition:
    @dg.asset_check(asset=table, name=check_name, description=read_sql(f"checks/{sql_file}"))
    def _check(warehouse_db: WarehouseResource) -> dg.AssetCheckResult:
        with warehouse_db.connect(read_only=True) as conn:
            offending = conn.sql(read_sql(f"checks/{sql_file}")).pl()
        return dg.AssetCheckResult(
            passed=offending.is_empty(),
            metadata={
                "offending_rows": dg.MetadataValue.int(offending.height),
                "sample": dg.MetadataValue.md(markdown_table(offending, max_rows=5)),
            },
        )

    return _check


warehouse_checks = [_make_check(name, table, f) for name, (table, f) in CHECKS.items()]
