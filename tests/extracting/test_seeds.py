"""The seed documents' expectations (seeds/EXPECTED.md)."""

from __future__ import annotations

import datetime


def _find(atts, kind, speaker_part, cue_part=None):
    for a in atts:
        if a.kind != kind or speaker_part.lower() not in (a.speaker or "").lower():
            continue
        if cue_part is None or cue_part.lower() in a.cue.lower():
            return a
    raise AssertionError(
        f"no {kind} by {speaker_part!r} ({cue_part}) in {[(a.kind, a.speaker, a.cue) for a in atts]}"
    )


def test_000_inverted_speaker_with_outlet(seed000):
    atts, _ = seed000
    a = _find(atts, "claim", "three Russian sources familiar with the matter", "revealed")
    assert a.speaker_type == "anonymous"
    assert a.source_count == 3
    assert a.cited_outlet == "Reuters"
    assert "rejection" in a.content
    assert "Reuters" not in a.speaker


def test_000_direct_quotes(seed000):
    atts, _ = seed000
    a = _find(atts, "claim", "senior Russian source", "divulged")
    assert a.quote_type == "direct"
    assert "The contacts with the Americans came to nothing" in a.content
    assert a.source_count == 1 and a.speaker_type == "anonymous"
    assert a.cited_outlet == "Reuters"
    a = _find(atts, "claim", "third source", "lamented")
    assert "Everything fell apart with the Americans" in a.content
    assert a.quote_type == "direct"
    assert a.source_count == 1
    a = _find(atts, "claim", "one Russian source", "lamented")
    assert "The Americans didn’t believe Putin was genuine" in a.content


def test_000_other_claims(seed000):
    atts, _ = seed000
    a = _find(atts, "claim", "Another Russian source", "informed")
    assert a.cited_outlet == "Reuters" and a.source_count == 1
    assert "refusal to discuss a potential ceasefire" in a.content
    _find(atts, "claim", "the Russian sources", "disclosed")
    a = _find(atts, "claim", "three Russian sources", "disclosed")
    assert "Intermediaries convened in Turkey" in a.content
    assert a.source_count == 3
    a = _find(atts, "claim", "fourth diplomatic source", "suggested")
    assert a.source_count == 1 and "failed to yield" in a.content


def test_000_denials(seed000):
    atts, _ = seed000
    a = _find(atts, "denial", "A US source", "denied")
    assert a.speaker_type == "anonymous" and a.source_count == 1
    assert a.affiliation == "United States"
    assert "official contact" in a.content
    a = _find(atts, "denial", "US authorities")
    assert "no engagement in backchannel discussions" in a.content


def test_000_no_comment_four_rows(seed000):
    atts, _ = seed000
    rows = [a for a in atts if a.kind == "no_comment"]
    assert [a.speaker for a in rows] == [
        "The Kremlin",
        "the White House",
        "the US State Department",
        "the Central Intelligence Agency (CIA)",
    ]
    assert {a.speaker_type for a in rows} == {"organization"}
    assert all(a.sentence_index == rows[0].sentence_index for a in rows)
    assert all(a.content is None for a in rows)


def test_000_no_belief_claims(seed000):
    atts, _ = seed000
    assert not [a for a in atts if a.cue.lower().startswith(("believ", "viewed", "think"))]


def test_004_kremlin_denies_reuters_report(seed004):
    atts, cits = seed004
    a = _find(atts, "denial", "Kremlin", "denied")
    assert a.target_type == "report"
    assert a.target_outlet == "Reuters"
    assert a.event_date == datetime.date(2024, 2, 14)
    assert a.speaker_type == "organization"
    assert {c.cited_outlet for c in cits} == {"Reuters"}
    cues = {c.cue for c in cits}
    assert "report by Reuters" in cues and "said" in cues and "Reuters' report" in cues


def test_004_peskov(seed004):
    atts, _ = seed004
    a = _find(atts, "denial", "Dmitry Peskov")
    assert a.speaker_type == "person"
    assert a.role == "Kremlin spokesman"
    assert a.quote_type == "direct"
    assert "No, it’s not true" in a.content


def test_004_second_hand_denial(seed004):
    atts, _ = seed004
    a = _find(atts, "denial", "anonymous U.S. official", "denied")
    assert a.speaker_type == "anonymous" and a.source_count == 1
    assert a.cited_outlet == "Reuters"
    assert "backchannel discussions" in a.content


def test_004_claims(seed004):
    atts, _ = seed004
    a = _find(atts, "claim", "the news agency", "said")
    assert a.speaker_type == "media" and a.cited_outlet == "Reuters"
    assert "freeze the conflict at the current lines" in a.content
    assert a.quote_type == "mixed"
    a = _find(atts, "claim", "three Russian sources", "said")
    assert a.source_count == 3 and "met in Turkey" in a.content
    assert a.cited_outlet == "Reuters"
    a = _find(atts, "claim", "Zelensky", "vowed")
    assert a.speaker_type == "person"
    assert "not to enter negotiations" in a.content
