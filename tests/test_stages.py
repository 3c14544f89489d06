"""The stages as batch functions: what each hands to the next."""

from __future__ import annotations

from pipelines.model import CleanArticle
from pipelines.stages import statement_text


def _article(title: str | None, body: str) -> CleanArticle:
    return CleanArticle("file:///a.txt", "h", None, title, body)


def test_the_headline_is_read_for_statements_too() -> None:
    text = statement_text(
        _article("Ministry denies report on talks", "The ministry said on Monday.")
    )
    assert text == "Ministry denies report on talks\n\nThe ministry said on Monday."


def test_a_headline_the_body_already_starts_with_is_not_read_twice() -> None:
    body = "Ministry denies report on talks\n\nThe ministry said on Monday."
    assert statement_text(_article("Ministry denies report on talks.", body)) == body
    assert statement_text(_article(None, body)) == body
