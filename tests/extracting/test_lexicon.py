"""The lexicons are data files; check they load and stay well-formed."""

from __future__ import annotations

import pytest

from pipelines.extracting import cue_model, extract_attributions
from pipelines.extracting.lexicon import cues, measured_cue_lemmas, outlet_name, terms
from tests.extracting.helpers import only

KINDS = {"assert", "deny", "no_comment", "report", "belief"}


def test_cue_kinds_are_known():
    lex = cues()
    assert lex and {c.kind for c in lex.values()} <= KINDS
    assert lex["say"].kind == "assert"
    assert lex["deny"].kind == "deny"
    assert lex["believe"].kind == "belief"
    assert lex["according to"].pos == "ADP"


def test_terms_and_outlets():
    assert terms("count")["three"] == "3"
    assert "source" in terms("anonymous_head")
    assert outlet_name("Reuters’") == "Reuters"
    assert outlet_name("the Associated Press") == "Associated Press"
    assert outlet_name("the spokesman") is None


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("the Harbour Gazette", "Harbour Gazette"),  # not in the registry: a masthead
        ("Snack Industry News", "Snack Industry News"),
        ("Palo Alto Weekly's", "Palo Alto Weekly"),
        ("Jennifer Epstein of Bloomberg News", None),  # a reporter of an outlet
        ("Fox News and NBC News", None),  # two
        ("Royal Mail", None),
        ("the local news", None),
        ("the Sunday Lantern", "Sunday Lantern"),  # a paper of the day it comes out
        ("Weekend Courier", "Weekend Courier"),
        ("the Ledger", "Ledger"),  # one masthead word, after "the"
        ("Ledger", None),
        ("TechLedger", "TechLedger"),  # a word joined to a masthead word
        ("TechWatch", None),
        ("the Sunday Mills", "Sunday Mills"),  # a paper's name, whatever the second word
        ("Sunday Dare", None),  # a first name too
        ("Morning Consult", None),  # a pollster: a day's paper only after "the"
        ("Daily Harvest", None),
        ("The Sunday Assembly", None),  # a body's word
        ("ProtonMail", None),  # joined to a masthead word that is also a name's
        ("SunExpress", None),
    ],
)
def test_a_publication_not_in_the_registry_is_named_by_its_masthead(phrase, name):
    assert outlet_name(phrase) == name


def test_a_denied_report_of_an_unregistered_paper_names_it(nlp):
    text = "The mayor denied a report by the Harbour Gazette that she had steered the contract."
    a = only(nlp, text, "denial")
    assert (a.target_type, a.target_outlet) == ("report", "Harbour Gazette")


def test_measured_lexicon_and_model_present():
    assert "say" in measured_cue_lemmas()
    assert cue_model.available()
    assert 0.0 < cue_model.threshold() < 1.0


def test_verifier_present():
    from pipelines.extracting import verifier

    assert verifier.available()
    assert 0.0 < verifier.candidate_threshold() < 1.0


def test_outlets_come_from_the_registry():
    # aliases the registry knows, as written; lower-case words are not names
    assert outlet_name("The Washington Post’s") == "Washington Post"
    assert outlet_name("Agence France-Presse") == "Agence France-Presse"
    assert outlet_name("the hill") is None
    assert outlet_name("Senator Mary Jones") is None


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("the Lakeside Herald", "Lakeside Herald"),  # a word that is also a name, after "the"
        ("the Harbour Post", "Harbour Post"),
        ("Jennifer Post", None),
        ("Ama Daily", None),
        ("the Sunday Globe", "Sunday Globe"),
        ("Gerald Globe", None),
    ],
)
def test_a_masthead_that_is_also_a_name_needs_the(phrase, name):
    assert outlet_name(phrase) == name


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            "Ashbury Town denied a report in the Spanish sports daily Estadio that they had "
            "agreed to sell their striker.",
            "Estadio",
        ),
        ("The club denied a report in the newspaper Marca that the coach had quit.", "Marca"),
        (
            "The ministry dismissed as “mischief” a report by the Northern Observer newspaper "
            "that the memo had been signed by its secretary.",
            "Northern Observer",
        ),
    ],
)
def test_a_paper_named_after_a_word_for_a_paper_is_the_denied_reports_outlet(nlp, text, outlet):
    a = only(nlp, text, "denial")
    assert (a.target_type, a.target_outlet) == ("report", outlet)


def test_somebody_elses_report_does_not_come_through_the_last_outlet(nlp):
    text = (
        "The club denied a report in the newspaper Marca that the coach had quit. The club "
        "signed him in 2021, according to the club's latest annual report."
    )
    atts, _ = extract_attributions(text, nlp=nlp)
    assert atts[-1].cited_outlet is None
