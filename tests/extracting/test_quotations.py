"""Quotations over sentences and paragraphs (`quotations.py`), on sentences written for these tests."""

from __future__ import annotations

import pytest

from pipelines.extracting import extract_attributions
from pipelines.extracting.sentences import double_quoted, quote_spans, split_units, written_as
from tests.extracting.helpers import one, only


def test_quote_running_over_sentences(nlp):
    text = "“This is a disaster. Nobody wanted it,” said Jane Doe. “We warned them.”"
    a = one(nlp, text)
    assert "Nobody wanted it" in a.content and "We warned them" in a.content


def test_colon_introduces_next_paragraph(nlp):
    text = "Jane Doe continued:\n\n“The numbers are clear and they are bad for us.”"
    a = one(nlp, text)
    assert a.speaker == "Jane Doe" and "numbers are clear" in a.content


def test_quote_spans_and_units():
    text = "He said “one. two.” Then she left. “Open quote"
    assert [text[s:e] for s, e in quote_spans(text)] == ["“one. two.”", "“Open quote"]
    units = split_units("Mr. Smith spoke. “It is over. Done,” he said.\n\nNext paragraph.")
    assert [u.text for u in units] == [
        "Mr. Smith spoke.",
        "“It is over. Done,” he said.",
        "Next paragraph.",
    ]
    assert [u.paragraph for u in units] == [0, 0, 1]


def test_doubled_single_quotes(nlp):
    a = one(nlp, "''We are not leaving,'' said Mary Jones, the union's president.")
    assert a.quote_type == "direct" and "We are not leaving" in a.content


def test_quote_split_around_the_cue(nlp):
    a = one(nlp, "“We are ready,” the minister said, “but nobody has called us.”")
    assert a.speaker == "the minister" and a.quote_type == "direct"
    assert "We are ready" in a.content and "nobody has called us" in a.content


def test_quote_continues_in_next_paragraph(nlp):
    text = (
        "“The plan is dead,” said Ana Lopez, the council leader.\n\n“We will start again in May.”"
    )
    a = one(nlp, text)
    assert "plan is dead" in a.content and "start again in May" in a.content
    assert a.role == "council leader"


def test_a_straight_quote_closed_by_a_curly_one_ends_there():
    text = '"The bridge will open in May,” the engineer said. She added that costs were rising.'
    spans = quote_spans(text)
    assert spans == [(0, text.index("”") + 1)]


def test_claims_after_a_mixed_quotation_are_found(nlp):
    text = (
        '"The bridge will open in May,” the engineer said. '
        "She added that the costs were rising quickly."
    )
    atts, _ = extract_attributions(text, nlp=nlp)
    assert any(a.cue == "added" and "costs were rising" in (a.content or "") for a in atts)


def test_said_opening_takes_the_quotation_only(nlp):
    a = one(nlp, "Said Ellis: “I don't get it,” adding that taxes would rise.")
    assert a.content == "“I don't get it,”"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'Ortiz told reporters the story was "completely untrue."',
            'the story was "completely untrue."',
        ),
        ("The agency called the claims “pure invention”.", "the claims “pure invention”"),
    ],
)
def test_a_quotation_the_content_opens_it_closes(nlp, text, content):
    assert one(nlp, text).content == content


def test_what_is_said_stays_on_the_cues_side_of_a_semicolon(nlp):
    text = "Chile says it found the wreck; Peru denies claims of a cover-up"
    a = only(nlp, text, "denial")
    assert a.content == "claims of a cover-up"


def test_a_quotation_left_open_at_a_paragraph_end_runs_into_the_attributed_one(nlp):
    text = (
        "The mayor spoke on Monday.\n\n"
        "“We looked at every option. We talked to every council.\n\n"
        "“In the end, closing the depot was the only choice,” Mayor Ana Reyes said."
    )
    (a,) = [a for a in extract_attributions(text, nlp=nlp)[0] if a.cue == "said"]
    assert a.content.startswith("“We looked at every option.")
    assert "only choice" in a.content


def test_a_closed_quotation_before_is_not_pulled_in(nlp):
    text = "“We looked at every option.”\n\n“Closing the depot was the only choice,” Reyes said."
    (a,) = [a for a in extract_attributions(text, nlp=nlp)[0] if a.cue == "said"]
    assert "every option" not in a.content


def test_a_paragraph_left_open_belongs_to_the_quotation_it_runs_into(nlp):
    text = (
        "“The plan is sound,” Smith said.\n\n"
        "“We looked at every option.\n\n"
        "“In the end, closing the depot was the only choice,” Mayor Ana Reyes said."
    )
    atts, _ = extract_attributions(text, nlp=nlp)
    by = {a.speaker_resolved: a.content for a in atts}
    assert "every option" not in by["Smith"] and "every option" in by["Ana Reyes"]


def test_a_quotation_another_cue_carries_is_not_the_statement(nlp):
    text = "“This is a betrayal,” said Tom Hale, who called the closure “reckless.”"
    (a,) = [a for a in extract_attributions(text, nlp=nlp)[0] if a.cue == "said"]
    assert "betrayal" in a.content and "reckless" not in a.content


@pytest.mark.parametrize(
    ("text", "speaker", "start"),
    [
        ("“Why is this bank not too big to fail?” Vitter demanded.", "Vitter", "“Why is"),
        ("“Is that all there is?” Trump said. He left soon after.", "Trump", "“Is that"),
        # a new quotation after the tag's full stop, a dateline or a linking word before it
        ("“Is that all?” Trump said. “We need a new plan.”", "Trump", "“Is that"),
        ("WASHINGTON — “Where is the money?” Vitter demanded.", "Vitter", "“Where is"),
        ("The hearing dragged on. Then: “Where is the money?” Vitter asked.", "Vitter", "“Where"),
        (
            "“We need a new plan, fast!” the senator said, waving a folder.",
            "the senator",
            "“We need",
        ),
    ],
)
def test_a_tag_after_a_question_or_exclamation_takes_the_quotation(nlp, text, speaker, start):
    # the sentence splitter must not cut "?”" from the tag that follows it
    a = one(nlp, text)
    assert a.speaker == speaker and a.content.startswith(start) and a.quote_type == "direct"


def test_a_verb_leading_into_a_new_quotation_is_no_tag():
    text = "“We will win,” she said. She adds, “What kind of genius loses a billion?”"
    assert [u.text for u in split_units(text)] == [
        "“We will win,” she said.",
        "She adds, “What kind of genius loses a billion?”",
    ]
    text = "“Is that all?” Trump said. Trump says the rally was the biggest yet."
    assert len(split_units(text)) == 2  # "says" goes on to say something: a new sentence


def test_a_block_quotation_after_a_colon_is_the_speakers_even_with_cue_words(nlp):
    # the paragraph after "added:" is what was added, though "told" stands in it
    text = (
        "The governor added:\n\nThe people of this state were told the bridge would open by spring."
    )
    a = one(nlp, text)
    assert a.speaker == "The governor" and a.content.startswith("The people of this state")


@pytest.mark.parametrize(
    "text",
    [
        # a day after the cue is when ("on Sunday" had been taken for what was said)
        "“I never said that,” Smith told CNN on Sunday.",
        "“Prices will fall,” the minister wrote on Twitter on Aug. 12.",
        "“We stand by the report,” the editor said on Friday.",
        # how, about what and to whom: "with disbelief", "of the vote", "to a reporter"
        "“Standing in the rain,” Johnson said with disbelief.",
        "“It’s unanimous,” councilwoman Ada Levine said of the vote.",
        "“They want me!” he says to a reporter behind the camera.",
    ],
)
def test_a_tag_right_after_its_quotation_says_the_quotation(nlp, text):
    a = one(nlp, text)
    assert a.content.startswith("“") and a.quote_type == "direct"


def test_a_participle_after_the_tag_keeps_its_own_object(nlp):
    text = "“I have won ten states,” Trump said, referring to Cruz."
    atts, _ = extract_attributions(text, nlp=nlp)
    referring = [a for a in atts if a.cue.startswith("referr")]
    assert all(a.content == "Cruz" for a in referring)


@pytest.mark.parametrize(
    "text",
    [
        "Trump called the inquiry “a witch hunt.” Democrats countered, noting that five aides had pleaded guilty.",
        "The minister hailed “a historic day.” Labour disagreed. Starmer tweeted that it was a mistake.",
    ],
)
def test_a_quoted_phrase_ending_a_sentence_stays_there(nlp, text):
    # only a sentence that is one quotation joins the tag after it
    assert len(split_units(text)) >= 2
    atts, _ = extract_attributions(text, nlp=nlp)
    assert not any(a.speaker in ("Democrats", "Labour") and "“" in (a.content or "") for a in atts)


def test_a_quotation_closing_an_inner_one_keeps_its_tag(nlp):
    text = "“She was the only one to ask us, ‘What do you need?’” Weaver said."
    assert one(nlp, text).speaker == "Weaver"


def test_a_paragraph_after_a_colon_with_its_own_speaker_is_its_own(nlp):
    text = "Among the key points, officials said:\n\nThe central bank said it would keep rates on hold."
    atts, _ = extract_attributions(text, nlp=nlp)
    officials = [a for a in atts if a.speaker == "officials"]
    assert all("central bank" not in (a.content or "") for a in officials)


def test_a_year_after_the_cue_can_be_what_was_said(nlp):
    assert one(nlp, "The CEO commented on the year ahead.").content == "the year ahead"


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "'There has been no agreement,' a spokesman said. 'We are sorry.'",
            "“There has been no agreement,” a spokesman said. “We are sorry.”",
        ),
        ("Harcourt: ‘I did nothing wrong’", "Harcourt: “I did nothing wrong”"),
        (  # apostrophes, elisions and a plural possessive are no quotation marks
            "The players' union said it was 'not happy' with Smith's deal in the '90s.",
            "The players' union said it was “not happy” with Smith's deal in the '90s.",
        ),
        (  # a quotation ending in "s" before a small word closes there
            "The trust said it 'refutes in the strongest terms' any suggestion.",
            "The trust said it “refutes in the strongest terms” any suggestion.",
        ),
        (  # a quotation ending in "s" closes there when nothing later could close it
            "MP rejects 'cash for access' claims over lobbying dinner",
            "MP rejects “cash for access” claims over lobbying dinner",
        ),
        (  # but not when something later closes it
            "He said 'the players' union is wrong' today.",
            "He said “the players' union is wrong” today.",
        ),
        (  # elisions and "'n'" are no quotation marks
            "'Tis the season, and rock 'n' roll is back, the club said 'again'.",
            "'Tis the season, and rock 'n' roll is back, the club said “again”.",
        ),
        # doubled single quotes are double marks: the single ones inside stay
        ("''I said, 'The lesson is clear,' and he agreed,'' Mr. Hoenlein said.", None),
        # a paragraph with double marks keeps its single ones: quotations within quotations
        ("He said: \"It was 'fine' then.\"", "He said: \"It was 'fine' then.\""),
    ],
)
def test_single_quotation_marks_are_read_as_double(text, read):
    read = text if read is None else read
    assert double_quoted(text) == read
    assert written_as(read[5:30], read, text) == text[5:30]


def test_a_british_quotation_is_a_quotation_and_keeps_its_marks(nlp):
    text = (
        "Ashbury Town denied a report that they had agreed to sell Kwame Mensah.\n\n"
        "'There has been no agreement, and Kwame is not for sale,' an Ashbury spokesman said."
    )
    atts, _ = extract_attributions(text, nlp=nlp)
    last = atts[-1]
    assert (last.kind, last.quote_type) == ("denial", "direct")
    assert last.content == "'There has been no agreement, and Kwame is not for sale,'"
    assert last.sentence.startswith("'There has been")


def test_content_read_from_single_marks_gets_them_back_even_when_rearranged(nlp):
    text = "The class of '66 were heroes, Hurst said, and he 'would never forget' the final."
    atts, _ = extract_attributions(text, nlp=nlp)
    assert "'would never forget'" in atts[0].content
