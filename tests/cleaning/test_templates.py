from pipelines.cleaning.templates import RULE, remove_recurring_blocks
from pipelines.model import CleanArticle

PLUG = "Sign up for our Morning Briefing to get the day's top stories."


def _article(i: int, url: str | None, body: str, outlet: str | None = None) -> CleanArticle:
    return CleanArticle(f"doc{i}.html", f"h{i}", url, None, body, outlet_hint=outlet)


def test_paragraph_recurring_across_an_outlets_articles_is_removed_and_audited() -> None:
    articles = [
        _article(
            i,
            f"https://www.example-news.com/story/{i}",
            f"Story number {i} happened today.\n\n{PLUG}",
        )
        for i in range(4)
    ]
    remove_recurring_blocks(articles)
    assert all(PLUG not in a.body for a in articles)
    assert articles[0].body == "Story number 0 happened today."
    assert articles[0].removed[-1].rule == RULE and articles[0].removed[-1].text == PLUG


def test_other_outlets_and_rare_paragraphs_are_left_alone() -> None:
    ours = [
        _article(i, None, f"Unique story {i}.\n\nShared quote.", outlet="Daily Example")
        for i in range(10)
    ]
    ours[0].body += "\n\nRare line."
    ours[1].body += "\n\nRare line."
    others = [
        _article(20 + i, f"https://other.org/{i}", f"Other {i}.\n\nShared quote.") for i in range(2)
    ]
    remove_recurring_blocks(ours + others)
    assert all("Shared quote." not in a.body for a in ours)
    assert all("Rare line." in a.body for a in ours[:2])  # 2 of 10: below the share
    assert all("Shared quote." in a.body for a in others)  # only two articles of that outlet


def test_an_article_made_only_of_template_is_kept_whole() -> None:
    articles = [_article(i, "https://x.com/a", f"Body {i}.\n\n{PLUG}") for i in range(3)]
    articles.append(_article(9, "https://x.com/b", PLUG))
    remove_recurring_blocks(articles)
    assert articles[-1].body == PLUG
