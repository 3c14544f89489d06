import polars as pl

from pipelines.reporting import markdown_table


def test_markdown_table_escapes_cuts_and_counts_the_rest() -> None:
    frame = pl.DataFrame({"a": ["x|y", "long " * 30, None], "b": [1, 2, 3]})
    table = markdown_table(frame, max_rows=2, max_chars=20)
    lines = table.splitlines()
    assert lines[0] == "| a | b |" and lines[2] == "| x\\|y | 1 |"
    assert lines[3].startswith("| long long") and "…" in lines[3]
    assert lines[-1] == "_… 1 more rows_"
    assert markdown_table(frame.clear()) == "_none_"
