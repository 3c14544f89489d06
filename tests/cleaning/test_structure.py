"""Structural cleaning: page furniture above the article, teaser runs below it, headlines
of text documents, and the dates a page shows its reader."""

from __future__ import annotations

from lxml import html

from pipelines.cleaning.boilerplate import cut_teaser_run, strip_leading
from pipelines.cleaning.html import locale_day_first, read_visible_dates
from pipelines.cleaning.text import is_headline, read_header

PROSE = "The council voted on Monday to close the bridge for repairs, officials said. " * 3


def test_strip_leading_furniture() -> None:
    blocks = [
        "World",
        "5:45 AM PST 11/19/2019 by Jane Doe",
        "Council closes bridge - Riverside Gazette",
        PROSE,
    ]
    kept, removed = strip_leading(blocks, "Council closes bridge")
    assert kept == [PROSE]
    assert [r.rule for r in removed] == ["section_kicker", "date_byline", "title_repeat"]


def test_strip_leading_keeps_a_dateline_and_prose() -> None:
    blocks = ["BAAR, SWITZERLAND", PROSE]
    assert strip_leading(blocks, "Something else entirely")[0] == blocks


def test_teaser_run_after_the_article_is_cut() -> None:
    teasers = [
        "Another story begins here and then stops …",
        "A quote from elsewhere.",
        "More text that is cut off...",
    ]
    kept, removed = cut_teaser_run([PROSE, *teasers])
    assert kept == [PROSE]
    assert {r.rule for r in removed} == {"teaser_list"}


def test_single_ellipsis_is_not_a_teaser_run() -> None:
    blocks = [PROSE, "And then, he said, there was silence...", PROSE, PROSE]
    assert cut_teaser_run(blocks)[0] == blocks


def test_headlines_of_text_documents() -> None:
    body = (
        "A much longer first paragraph follows the headline and says what happened, where and when."
    )
    assert is_headline("Flynn says Trump right on generals.", body)
    assert is_headline("Stealth Over Health: Clinton Diverted to Avoid Bad Optics.", body)
    assert is_headline("Candidates vie for vets' support;", body)
    assert not is_headline(body, "Short.")


def test_header_variants() -> None:
    header = read_header("Published: 14 February 2024\nText of the article.")
    assert [c.value for c in header.date_candidates] == ["14 February 2024"]
    assert header.text.startswith("Text of the article.")
    wire = read_header("MOSCOW (Reuters) - The Kremlin said on Wednesday ...")
    assert wire.dateline == "MOSCOW" and wire.text.startswith("MOSCOW (Reuters)")


def test_visible_dates_and_locale() -> None:
    page = html.fromstring(
        """<html lang="en-GB"><body><nav><span class="date">01/01/2020</span></nav>
        <p class="article-date">Written: 02/10/2020 15:03</p>
        <p class="date">Updated: 03/10/2020</p></body></html>"""
    )
    day_first = locale_day_first(page, "https://www.msn.com/en-gb/news/x")
    assert day_first is True
    found = read_visible_dates(page, day_first)
    assert [(c.value, c.source, c.day_first) for c in found] == [
        ("02/10/2020", "page_label:published", True)
    ]
    us = html.fromstring('<html lang="en-US"><body><p>x</p></body></html>')
    assert locale_day_first(us, None) is False


def test_split_body_parts_are_recovered_in_order() -> None:
    from pipelines.cleaning.html import recover_split_body

    first = "The first part of the article explains what happened at the council meeting on Monday."
    second = (
        "The second part, after an advertisement, gives the reaction of residents to the closure."
    )
    third = "The third part closes the story with what the council will decide at its next meeting."
    page = html.fromstring(
        f"""<html><body><main>
        <div class="grid"><div class="article__body"><p>{first}</p></div></div>
        <div class="ad">Advertisement</div>
        <div class="grid"><div class="article__body"><p>{second}</p><p>{third}</p></div></div>
        </main><footer><div class="article__body"><p>A footer blurb in the same class, far away
        from the article, that must not be taken in.</p></div></footer></body></html>"""
    )
    text, added = recover_split_body(page, first)
    assert added == 2
    assert text.split("\n") == [first, second, third]


def test_updated_header_is_trusted_last() -> None:
    from pipelines.normalising.dates import decide_date

    header = read_header("Last updated: 2024-03-01\nPublished: 2024-02-14\nBody text here.")
    assert header.text == "Body text here."
    decision = decide_date(header.date_candidates)
    assert decision.value is not None and decision.value.isoformat() == "2024-02-14"


def test_byline_is_cut_and_kept_as_authors() -> None:
    from pipelines.cleaning.boilerplate import take_byline

    blocks, removed, names = take_byline(["By Jane Doe and John Roe | Reuters", PROSE])
    assert blocks == [PROSE] and names == ["Jane Doe", "John Roe"]
    assert removed[0].rule == "byline"
    prose = "By now it should be obvious that voters want to know what is in the returns."
    assert take_byline([prose, PROSE])[0] == [prose, PROSE]


def test_datelines_stay_in_the_body_but_are_read() -> None:
    cases = {
        "BUFFALO, N.Y. — Hours before the game, the coach said": "BUFFALO",
        "HEMPSTEAD, N.Y., Sept. 26 (UPI) — Green Party candidate": "HEMPSTEAD",
        "PUTRAJAYA, Nov 22 — Private companies did not pay": "PUTRAJAYA",
        "The Kremlin said - nothing": None,
    }
    for text, dateline in cases.items():
        header = read_header(text)
        assert header.dateline == dateline
        assert header.text == text


def test_a_short_dated_first_sentence_is_prose() -> None:
    blocks = ["On 5 March 2020 the council met.", PROSE]
    assert strip_leading(blocks, "Something else")[0] == blocks
