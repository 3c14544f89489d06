"""The lexicons are data files; check they load and stay well-formed."""

from __future__ import annotations

from pipelines.extracting import cue_model
from pipelines.extracting.lexicon import cues, measured_cue_lemmas, outlet_name, terms

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
