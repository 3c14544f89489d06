"""`newsprov`: ingest sources through Dagster, and query the warehouse."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from pipelines.paths import SQL_DIR, default_sources, ensure_dagster_home, warehouse_path

FORMATS = ("table", "csv", "json")


@click.group(help=__doc__)
def main() -> None:
    pass


@main.command()
@click.option(
    "--source",
    "sources",
    multiple=True,
    help="A folder, file or http(s) address; repeat for several (default: seeds/).",
)
@click.option("--warehouse", type=click.Path(dir_okay=False), help="DuckDB file to load.")
@click.option(
    "--reprocess", is_flag=True, help="Also redo documents unchanged since they were loaded."
)
@click.option(
    "--prune",
    is_flag=True,
    help="Remove articles of folder sources whose file is no longer in the folder.",
)
@click.option("--verbose", "-v", is_flag=True, help="Show Dagster's step-by-step log.")
def ingest(
    sources: tuple[str, ...], warehouse: str | None, reprocess: bool, prune: bool, verbose: bool
) -> None:
    """Run the pipeline's assets through Dagster over SOURCES into the warehouse."""
    ensure_dagster_home()
    if warehouse:
        os.environ["NEWSPROV_WAREHOUSE"] = warehouse
    sources_list = list(sources) or default_sources()
    from pipelines.ingest import run_ingest

    outcome = run_ingest(
        sources_list,
        warehouse or warehouse_path(),
        log_level="DEBUG" if verbose else "CRITICAL",
        reprocess_unchanged=reprocess,
        prune_missing=prune,
    )
    click.echo(outcome.summary())
    if not outcome.success:
        click.echo(f"error: the ingest run failed: {outcome.error}", err=True)
        sys.exit(1)


@main.command()
@click.argument("query")
@click.option("--warehouse", type=click.Path(dir_okay=False), help="DuckDB file to query.")
@click.option("--format", "output_format", type=click.Choice(FORMATS), default="table")
def sql(query: str, warehouse: str | None, output_format: str) -> None:
    """Run read-only SQL against the warehouse and print the result."""
    _run_and_print(query, warehouse, output_format)


@main.command()
@click.argument("name", required=False)
@click.option("--warehouse", type=click.Path(dir_okay=False), help="DuckDB file to query.")
@click.option("--format", "output_format", type=click.Choice(FORMATS), default="table")
def query(name: str | None, warehouse: str | None, output_format: str) -> None:
    """Run the named query sql/queries/NAME.sql (no NAME: list them)."""
    queries = {p.stem: p for p in sorted((SQL_DIR / "queries").glob("*.sql"))}
    if not name:
        for stem, path in queries.items():
            first = path.read_text(encoding="utf-8").splitlines()[0].lstrip("- ").strip()
            click.echo(f"{stem:24} {first}")
        return
    if name not in queries:
        raise click.UsageError(f"no query named {name!r}; known: {', '.join(queries)}")
    _run_and_print(queries[name].read_text(encoding="utf-8"), warehouse, output_format)


def _run_and_print(sql_text: str, warehouse: str | None, output_format: str) -> None:
    import duckdb

    from pipelines.loading.warehouse import query as run_query

    path = warehouse or warehouse_path()
    if not Path(path).is_file():
        raise click.ClickException(f"no warehouse at {path}: run `newsprov ingest` first")
    try:
        frame = run_query(path, sql_text)
    except (duckdb.Error, ValueError) as error:
        raise click.ClickException(str(error).strip()) from error
    if frame.width == 0:
        click.echo("(the statement returned no result)")
        return
    click.echo(format_frame(frame, output_format))


def format_frame(frame, output_format: str) -> str:
    import polars as pl

    if output_format == "csv":
        # CSV has no nesting: lists and structs are written as JSON (NULL stays empty)
        flat = frame.with_columns(
            pl.Series(
                c,
                [None if v is None else json.dumps(v, default=str) for v in frame[c].to_list()],
                dtype=pl.String,
            )
            for c, t in frame.schema.items()
            if t.is_nested()
        )
        return flat.write_csv().rstrip("\n")
    if output_format == "json":
        return frame.write_json()
    with pl.Config(
        tbl_rows=-1,
        tbl_cols=-1,
        fmt_str_lengths=80,
        tbl_width_chars=200,
        tbl_hide_dataframe_shape=True,
        tbl_hide_column_data_types=True,
    ):
        return str(frame)


if __name__ == "__main__":
    main()
