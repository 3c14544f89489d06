"""Warehouse query results as Markdown, for reports and the Dagster UI."""

from __future__ import annotations

import polars as pl


def markdown_table(frame: pl.DataFrame, max_rows: int = 50, max_chars: int = 80) -> str:
    """A Markdown table of the first rows; cells cut to `max_chars`, pipes escaped."""
    if frame.is_empty():
        return "_none_"

    def cell(value: object) -> str:
        text = "" if value is None else str(value)
        text = text.replace("|", "\\|").replace("\n", " ")
        return text if len(text) <= max_chars else text[: max_chars - 1] + "…"

    header = "| " + " | ".join(frame.columns) + " |"
    rule = "|" + "---|" * frame.width
    rows = [
        "| " + " | ".join(cell(v) for v in row) + " |" for row in frame.head(max_rows).iter_rows()
    ]
    more = [f"\n_… {frame.height - max_rows} more rows_"] if frame.height > max_rows else []
    return "\n".join([header, rule, *rows, *more])
