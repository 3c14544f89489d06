"""Denials: who denies what, and its target (`denials.py`), on sentences written for these tests."""

from __future__ import annotations

import pytest

from pipelines.extracting import extract_attributions
from tests.extracting.helpers import kinds, of_kind, one, only


def test_a_verb_of_denying_is_a_denial_whatever_it_denies(nlp):
    a = one(nlp, "A federal judge rejected the request to unseal the file.")
    assert a.kind == "denial" and a.speaker == "A federal judge" and "request" in a.content
    a = one(nlp, "The minister dismissed the accusations on Tuesday.")
    assert a.kind == "denial" and a.cue == "dismissed"


def test_a_denial_asked_for_is_not_one(nlp):
    assert "denial" not in kinds(nlp, "The mayor urged voters to reject the measure.")


def test_a_supposed_denial_is_not_one(nlp):
    assert "denial" not in kinds(nlp, "If the council rejected the plan, taxes would rise.")


def test_denial_in_a_short_quotation(nlp):
    a = one(nlp, "“We categorically deny these accusations,” the company said.")
    assert a.kind == "denial" and a.speaker == "the company"


def test_a_thing_that_rejects_is_no_denier(nlp):
    assert "denial" not in kinds(nlp, "The new rule rejected applications from abroad.")


def test_calling_charges_or_a_report_false_is_a_denial(nlp):
    a = one(nlp, "The campaign called the charges false and fabricated.")
    assert a.kind == "denial" and a.target_type == "claim"
    a = one(nlp, "The ministry called the report fake news.")
    assert a.kind == "denial" and a.target_type == "report"


def test_quote_fragments_with_false_are_not_a_denial(nlp):
    text = "The site claimed “Smith exaggerates” through a “misleading use of numbers,” calling it “False.”"
    assert not [a for a in extract_attributions(text, nlp=nlp)[0] if a.kind == "denial"]


def test_denial_of_a_claim(nlp):
    a = one(nlp, "The senator denied claims that he had taken bribes.", kind="denial")
    assert a.target_type == "claim" and "bribes" in a.content


def test_offered_no_proof_is_not_a_denial(nlp):
    assert "denial" not in kinds(nlp, "Trump offered no proof for the claim.")


def test_dismissed_as_is_a_denial(nlp):
    a = one(nlp, "The minister dismissed the allegations as baseless.", kind="denial")
    assert a.target_type == "claim" and a.speaker == "The minister"


def test_calling_a_report_false_is_a_denial(nlp):
    a = one(nlp, "The ministry said the report was completely false.", kind="denial")
    assert a.speaker == "The ministry" and a.target_type == "report"
    a = one(nlp, "The governor called the story fake news.", kind="denial")
    assert a.target_type == "report"


def test_a_lie_in_a_short_quotation_is_a_denial(nlp):
    a = one(nlp, "“That's a lie,” the senator said.")
    assert a.kind == "denial"


def test_passive_denial_content_is_what_was_denied(nlp):
    a = one(nlp, "The claims were rejected by the government.")
    assert a.kind == "denial" and a.speaker == "the government" and a.content == "The claims"


def test_what_a_denier_rejects_is_not_the_denier_s_claim(nlp):
    atts, _ = extract_attributions("Beijing has rejected accusations of forced labour.", nlp=nlp)
    assert [a.kind for a in atts] == ["denial"]


def test_denial_content_stops_before_a_saying_participle(nlp):
    atts, _ = extract_attributions(
        "Her lawyer denied the accusations, saying they were politically motivated.", nlp=nlp
    )
    denial = next(a for a in atts if a.kind == "denial")
    assert "saying" not in denial.content and any(a.cue == "saying" for a in atts)


@pytest.mark.parametrize(
    ("sentence", "outlet"),
    [
        ("The Kremlin denied the Reuters report on Wednesday.", "Reuters"),
        ("China dismissed a New York Times report on the talks as fabricated.", "New York Times"),
        ("The ministry called the Bloomberg story nonsense.", "Bloomberg"),
    ],
)
def test_denied_report_named_by_its_outlet(nlp, sentence: str, outlet: str):
    atts, citations = extract_attributions(sentence, nlp=nlp)
    (a,) = [a for a in atts if a.kind == "denial"]
    assert a.target_type == "report" and a.target_outlet == outlet
    assert [c.cited_outlet for c in citations] == [outlet]
    assert citations[0].cue.startswith(outlet)


def test_short_denial_targets_the_report_it_was_asked_about(nlp):
    text = "“It's not true,” Peskov told reporters when asked about the Reuters report."
    a = only(nlp, text, "denial")
    assert a.target_type == "report" and a.target_outlet == "Reuters"


def test_a_headline_denial_takes_the_report_the_article_then_names(nlp):
    text = "Ministry Denies Report Of Secret Talks\n\nThe ministry on Monday denied a report by Reuters that talks had taken place."
    atts, _ = extract_attributions(text, nlp=nlp)
    headline = next(a for a in atts if a.kind == "denial" and a.sentence_index == 0)
    assert headline.target_type == "report" and headline.target_outlet == "Reuters"


def test_a_quotation_calls_a_statement_false_not_a_person(nlp):
    assert "denial" not in kinds(nlp, "“She's a fake,” the senator said.")
    assert "denial" not in kinds(nlp, "“We must counter lies with facts,” the envoy said.")
    assert one(nlp, "“No, that is not what happened,” the spokesman said.").kind == "denial"
    assert one(nlp, "“The report is baseless,” the ministry said.").kind == "denial"


def test_denying_an_act_is_a_denial_of_it(nlp):
    a = one(nlp, "The army denied targeting civilians.", kind="denial")
    assert a.speaker == "The army" and a.content == "targeting civilians"


def test_saying_a_statement_is_untrue_is_a_denial(nlp):
    assert one(nlp, "Peskov said it was untrue.").kind == "denial"
    assert one(nlp, "The minister said it was not true that troops crossed.").kind == "denial"
    assert one(nlp, "Peskov said there was no truth in the report.").kind == "denial"
    assert one(nlp, "“There is no truth to these reports,” the aide said.").kind == "denial"
    assert "denial" not in kinds(nlp, "He said it was wrong to invade the country.")
    assert "denial" not in kinds(nlp, "“That would be a false reason,” the senator said.")


def test_dismissed_as_absurd_a_report_is_a_denial_of_the_report(nlp):
    text = "The Kremlin dismissed as “absurd” a report in the Financial Times that talks had begun."
    a = one(nlp, text, kind="denial")
    assert a.speaker == "The Kremlin" and a.target_type == "report"
    assert a.target_outlet == "Financial Times" and a.content.startswith("a report")
    a = one(nlp, "The company rejected as baseless the allegations.", kind="denial")
    assert a.content == "the allegations" and a.target_type == "claim"


def test_no_such_thing_is_a_denial_of_the_report_before_it(nlp):
    text = (
        "The Kremlin denied a report by Reuters that Putin had offered a truce. "
        "Peskov said no such offer had been made. "
        "The senator dismissed the critics as cowards."
    )
    denials = [a for a in extract_attributions(text, nlp=nlp)[0] if a.kind == "denial"]
    assert [(a.target_type, a.target_outlet) for a in denials] == [
        ("report", "Reuters"),
        ("report", "Reuters"),
        ("other", None),  # it names what it dismisses
    ]


def test_a_negated_denial_is_none(nlp):
    assert "denial" not in kinds(nlp, "He did not deny the report.")
    assert "denial" not in kinds(nlp, "The minister has never denied the allegations.")


def test_a_fact_that_contradicts_is_no_denier(nlp):
    text = "The minister was in Paris on Monday, contradicting reports that he had fled."
    assert "denial" not in kinds(nlp, text)
    text = "Trump denied the accusations, dismissing the woman as a disgruntled former employee."
    assert kinds(nlp, text) == ["denial", "denial"]


def test_a_headline_denying_a_report_without_articles(nlp):
    text = "Israel denies report it struck aid convoy\n\nThe army said the BBC report was wrong."
    a = one(nlp, text, kind="denial")
    assert a.speaker == "Israel" and a.cue == "denies" and a.target_type == "report"


@pytest.mark.parametrize(
    "text",
    [
        "“That is not a lie,” he said.",
        "He said it was not false.",
        "The economist said there was no such thing as a free lunch.",
        "“No, no, no,” she said, laughing.",
    ],
)
def test_negated_or_idiomatic_falsity_is_no_denial(nlp, text):
    assert "denial" not in kinds(nlp, text)


def test_a_participle_of_denying_after_a_state_is_still_a_denial(nlp):
    a = one(nlp, "The minister was defiant on Monday, denying the allegations.", kind="denial")
    assert a.content == "the allegations"


def test_a_gerund_after_deny_is_no_report(nlp):
    a = one(nlp, "The officer denied reporting the incident to police.", kind="denial")
    assert a.target_type != "report"


def test_what_a_report_is_dismissed_as_is_not_the_agent(nlp):
    a = one(nlp, "The memo was dismissed by officials as speculation.", "denial")
    assert a.speaker == "officials"


def test_saying_it_denies_is_a_denial(nlp):
    text = "In a statement, the insurer said it “firmly rejects” the claims and would appeal."
    a = one(nlp, text)
    assert a.kind == "denial" and a.speaker == "the insurer"
    assert one(nlp, "The insurer said it did not reject the claims.").kind == "claim"


def test_a_mission_is_a_body_that_can_deny(nlp):
    text = "Chile's mission to the United Nations denied any role in the vote."
    a = one(nlp, text)
    assert a.kind == "denial" and a.speaker_type == "organization"


@pytest.mark.parametrize("answer", ["Absolutely not.", "Certainly not!", "Of course not."])
def test_a_flat_no_to_a_question_is_a_denial(nlp, answer):
    text = f"Asked whether the mill would close, the owner, Ana Ruiz, said: “{answer}”"
    assert one(nlp, text).kind == "denial"
    assert one(nlp, "“Absolutely not the worst,” Ruiz said of the mill.").kind == "claim"


@pytest.mark.parametrize(
    "text",
    [
        "The governor described the report as “fiction.”",
        "The ministry branded the report fake news.",
        "He called the accusations “a smear campaign.”",
    ],
)
def test_labelling_a_report_false_is_a_denial(nlp, text):
    assert one(nlp, text).kind == "denial"


@pytest.mark.parametrize("body", ["club", "insurer", "drugmaker"])
def test_more_bodies_can_deny(nlp, body):
    a = one(nlp, f"The {body} strongly denies any wrongdoing.")
    assert a.kind == "denial" and a.speaker_type == "organization"


def test_a_second_denial_misattached_inside_the_statement(nlp):
    text = "The ministry said its troops had struck depots and denied hitting homes."
    a = only(nlp, text, "denial")
    assert a.speaker == "The ministry" and a.content == "hitting homes"


def test_a_past_dismissal_said_is_no_denial_by_the_sayer(nlp):
    text = "The CEO said he dismissed the manager after the audit."
    atts, _ = extract_attributions(text, nlp=nlp)
    assert [a.kind for a in atts if a.speaker == "The CEO"] == ["claim"]


def test_saying_it_rejects_allegations_targets_the_claim(nlp):
    atts = extract_attributions("The company said it rejects the allegations.", nlp=nlp)[0]
    # the denying verb is a denial of its own; what the company said stays a claim (one
    # denial, not two)
    assert [(a.kind, a.cue, a.target_type) for a in atts] == [
        ("claim", "said", None),
        ("denial", "rejects", "claim"),
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Police said the suspect denied any part in the robbery.", "the suspect"),
        ("A lawyer for the firm said his client denied wrongdoing.", "his client"),
        ("The defendants rejected the charges at their first hearing.", "The defendants"),
    ],
)
def test_people_in_court_and_crime_news_can_deny(nlp, text, speaker):
    a = only(nlp, text, "denial")
    assert a.speaker == speaker  # a client may be a company: its type is left to NER


@pytest.mark.parametrize(
    "text",
    [
        "“These allegations are without merit,” a spokeswoman for the airline said.",
        "The claims are “entirely without foundation,” the airline said in a statement.",
        "The airline said the accusations were without any basis.",
    ],
)
def test_a_statement_without_merit_is_denied(nlp, text):
    assert kinds(nlp, text) == ["denial"]


def test_a_claim_without_merit_is_no_denial_of_a_claim(nlp):
    assert kinds(nlp, "The airline said the plan was without precedent.") == ["claim"]


def test_a_denied_that_clause_is_a_claim_even_after_a_report(nlp):
    text = (
        "The airline denied a report by Reuters that it had cut safety checks. "
        "It has also denied that its pilots were overworked."
    )
    second = [a for a in extract_attributions(text, nlp=nlp)[0] if a.sentence_index == 1]
    assert [(a.kind, a.target_type) for a in second] == [("denial", "claim")]


def test_a_headline_denial_with_report_read_as_the_verb(nlp):
    (a,) = extract_attributions("Airline rejects report it skipped safety checks", nlp=nlp)[0]
    assert (a.kind, a.speaker, a.cue, a.target_type) == ("denial", "Airline", "rejects", "report")


@pytest.mark.parametrize(
    "text",
    [
        "Okafor “denies all the allegations and will fight them in court,” his lawyers said.",
        "“She denies the charges,” her attorney said.",
    ],
)
def test_lawyers_relaying_a_quoted_denial_deny(nlp, text):
    (a,) = extract_attributions(text, nlp=nlp)[0]
    assert a.kind == "denial" and a.speaker_type == "person"


def test_a_spokesmans_unquoted_report_of_a_denial_is_one_denial(nlp):
    atts = extract_attributions("His spokesman said Okafor rejects the claims.", nlp=nlp)[0]
    assert [(a.kind, a.speaker) for a in atts] == [
        ("claim", "His spokesman"),
        ("denial", "Okafor"),
    ]


def test_a_fact_shown_contradicting_a_claim_is_no_denial(nlp):
    text = "Video shows that the driver had stopped, contradicting the police account."
    assert "denial" not in kinds(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "“Absolutely false,” the campaign said of the report.",
        "“Fake news,” the senator said.",
        "“Nonsense,” a spokesman for the ministry said.",
    ],
)
def test_a_quotation_that_is_only_a_word_of_falsity_denies(nlp, text):
    assert kinds(nlp, text) == ["denial"]


def test_what_a_relative_clause_disputes_is_its_noun(nlp):
    text = "An earlier Guardian report, which the bank also disputed, said the fund had closed."
    a = only(nlp, text, "denial")
    assert a.content == "An earlier Guardian report"


def test_rejected_as_baseless_claims_in_quotation_marks(nlp):
    text = "A spokesman rejected as “baseless” claims that the minister had lied to parliament."
    d = only(nlp, text, "denial")
    assert d.content.startswith("claims that the minister") and d.target_type == "claim"


def test_slammed_as_false_denies_the_article(nlp):
    text = "The senator slammed the article as “false and defamatory.”"
    (d,) = extract_attributions(text, nlp=nlp)[0]
    assert (d.kind, d.target_type) == ("denial", "report")


def test_no_basis_for_accusations_is_a_denial_of_a_claim(nlp):
    text = "“There is absolutely no basis for these accusations,” the lawyer said."
    (d,) = extract_attributions(text, nlp=nlp)[0]
    assert (d.kind, d.target_type) == ("denial", "claim")


def test_a_deputy_contradicting_the_minister_denies(nlp):
    text = "Her deputy, Tomas Ruzicka, later contradicted the minister."
    (d,) = extract_attributions(text, nlp=nlp)[0]
    assert d.kind == "denial" and d.speaker_type == "person" and d.role == "Her deputy"


# sentences from the review of this session's rules: each once misfired
@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        (
            "Prosecutors said Smith lied to investigators, denying he had ever met the lobbyist.",
            "denying",
            "Smith",
        ),
        (
            "Witnesses said the gunman fired into the crowd, shouting that he wanted revenge.",
            "shouting",
            "the gunman",
        ),
        (
            "Police said the man attacked two officers, claiming he was acting on orders.",
            "claiming",
            "the man",
        ),
    ],
)
def test_a_participle_of_another_person_in_what_was_said_stays_theirs(nlp, text, cue, speaker):
    (a,) = [a for a in extract_attributions(text, nlp=nlp)[0] if a.cue == cue]
    assert a.speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Land disputes claim dozens of lives each year in the region.",
        "“We see no basis for a rate cut this year,” the central bank governor said.",
        "“There is no legal basis for the strike,” the transport minister said on Tuesday.",
        "Opposition leaders criticized the ministry's slow response to reports of fake vaccine "
        "certificates.",
        "The senator criticized the newspaper's story on fake degrees as sloppy.",
        "A State Department spokesman said Iran “rejects the allegations” but offered no evidence.",
        "A police spokesman said Smith “denies the allegations” and has been released on bail.",
    ],
)
def test_no_denial_where_nothing_said_is_denied_by_the_speaker(nlp, text):
    assert "denial" not in kinds(nlp, text)


def test_it_is_not_a_body_that_spoke_two_sentences_before(nlp):
    text = (
        "Halvex Pharma said it would appeal the ruling.\n\nThe European Commission fined the "
        "company in July. It said Halvex had abused its dominant position."
    )
    last = extract_attributions(text, nlp=nlp)[0][-1]
    assert last.speaker == "It" and last.speaker_resolved == "It"


# sentences from the second review of this session's rules: each once misfired
@pytest.mark.parametrize(
    "text",
    [
        "The club said the striker had left the training camp, rejecting the new contract offer.",
        "The curator examined the painting. “Fake,” the curator said.",
    ],
)
def test_no_denial_of_an_offer_or_a_painting(nlp, text):
    atts = extract_attributions(text, nlp=nlp)[0]
    assert not [a for a in atts if a.kind == "denial" and a.speaker in ("The club", "the curator")]


# sentences from the third review: the second round of fixes had lost these
@pytest.mark.parametrize(
    "text",
    [
        "“Baseless,” the ministry said.",
        "“False,” a spokesman for the ministry said.",
        "“The complaint has no basis in fact,” the company said.",
        "China's foreign ministry denounced the allegations as groundless.",
        "The ministry slammed the reports as fake news.",
    ],
)
def test_denials_a_body_or_official_makes(nlp, text):
    assert kinds(nlp, text) == ["denial"]


# sentences from the fourth review: the third round of fixes had lost these
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The ministry said the video was fake, rejecting claims that troops fired.",
            "The ministry",
        ),
        (
            "The company said the report was wrong, denying that it had misled investors.",
            "The company",
        ),
        (
            "Smith said the plan was sound, dismissing the criticism as politically motivated.",
            "Smith",
        ),
        (
            "The minister said the policy had worked, rejecting criticism that it had failed.",
            "The minister",
        ),
    ],
)
def test_a_denying_participle_after_what_was_said_is_the_speakers(nlp, text, speaker):
    atts = extract_attributions(text, nlp=nlp)[0]
    (d,) = [a for a in atts if a.kind == "denial" and a.cue.endswith("ing")]
    assert d.speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "“Baseless,” Smith's lawyer said.",
        "“There is no basis in law or in fact for this lawsuit,” a spokeswoman said.",
    ],
)
def test_more_bare_and_legal_denials(nlp, text):
    assert kinds(nlp, text) == ["denial"]


# sentences from the fifth review
@pytest.mark.parametrize(
    "text",
    [
        "“False,” he said, when the quizmaster read out the statement.",
        "“There is no basis in law for this ruling,” the judge said, ordering a retrial.",
    ],
)
def test_a_quiz_answer_and_a_ruling_are_no_denials(nlp, text):
    assert "denial" not in kinds(nlp, text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The mayor has begun to rebut the audit's findings.", "The mayor"),
        ("The minister continued to refute a Reuters story about the contract.", "The minister"),
        (
            "The chancellery rejected a proposal by the finance minister to cut the budget.",
            "The chancellery",
        ),
        ("Party chair dismisses rival's accusations of vote rigging", "Party chair"),
    ],
)
def test_a_denial_carried_out_or_by_a_chair_or_chancellery(nlp, text, speaker):
    # "begun to rebut" was done, unlike "urged them to reject"; a chair and a chancellery deny
    assert only(nlp, text, "denial").speaker == speaker


@pytest.mark.parametrize(
    "text",
    ["The union urged members to reject the deal.", "The senator plans to reject the nomination."],
)
def test_a_denial_asked_for_or_planned_is_none(nlp, text):
    assert "denial" not in kinds(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "He called for denying entry to travelers from the region.",
        "Instead of denying the families aid, the council should act.",
        "He said he made several requests but that those requests were denied.",
    ],
)
def test_a_denial_called_for_or_by_nobody_named_is_none(nlp, text):
    # a gerund after "for"/"of" is not done; a passive without "by" names nobody who denied
    assert "denial" not in kinds(nlp, text)


def test_a_passive_denial_with_its_agent_stays(nlp):
    a = only(nlp, "The claims were rejected by the ministry.", "denial")
    assert a.speaker == "the ministry" and a.content == "The claims"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The driver has pleaded not guilty to the charges.", "the charges"),
        ("She pleaded innocent to all charges on Monday.", "all charges"),
    ],
)
def test_a_plea_of_not_guilty_denies_the_charges(nlp, text, content):
    a = only(nlp, text, "denial")
    assert a.content.startswith(content) and a.target_type == "claim"


@pytest.mark.parametrize(
    ("text", "content", "target"),
    [
        (
            "The cocoa regulator on Monday dismissed as “pure fabrication” a newspaper report "
            "that it planned to cut the price.",
            "a newspaper report that it planned to cut the price",
            "report",
        ),
        (
            "Downing Street has dismissed as “Westminster fantasy” a report that the Prime "
            "Minister is preparing a reshuffle.",
            "a report that the Prime Minister is preparing a reshuffle",
            "report",
        ),
        (
            "Chief executive Andrea Kovic has slammed as “ridiculous” claims the club hid "
            "payments through a sponsor.",
            "claims the club hid payments through a sponsor",
            "claim",
        ),
        (
            "The government dismissed as “fake news” reports that the president was ill.",
            "reports that the president was ill",
            "report",
        ),
        (
            "The club slammed as “ridiculous” claims it had hidden payments to agents.",
            "claims it had hidden payments to agents",
            "claim",
        ),
    ],
)
def test_what_is_dismissed_may_come_after_what_it_is_called(nlp, text, content, target):
    a = only(nlp, text, "denial")
    assert a.content == content and a.target_type == target


def test_a_report_described_after_what_it_is_called_is_not_denied(nlp):
    text = "She described as “accurate” a report that the talks had stalled."
    assert "denial" not in kinds(nlp, text)


@pytest.mark.parametrize(
    ("text", "target", "outlet"),
    [
        (
            "Her publicist, Rachel Stein, on Tuesday shot down a StarWatch Weekly report that "
            "the star is secretly engaged.",
            "report",
            "StarWatch Weekly",
        ),
        ("The minister shot down suggestions that he would resign.", "claim", None),
    ],
)
def test_shooting_down_a_report_or_claim_denies_it(nlp, text, target, outlet):
    a = only(nlp, text, "denial")
    assert a.cue == "shot down" and (a.target_type, a.target_outlet) == (target, outlet)


def test_shooting_down_a_drone_or_shooting_back_is_no_denial(nlp):
    assert kinds(nlp, "The army shot down a drone near the border.") == []
    assert kinds(nlp, "“Not this time,” the mayor shot back.") == ["claim"]


@pytest.mark.parametrize(
    "headline",
    [
        "MP rejects 'cash for access' claims over lobbying dinner",
        "MP rejects 'cash for access' claims",  # "claims" the parser's verb, "rejects" its subject
    ],
)
def test_a_headline_rejecting_claims_named_in_single_quotes_ending_in_s(nlp, headline):
    atts = extract_attributions(f"{headline}\n\nThe MP spoke on Friday.", nlp=nlp)[0]
    assert [(a.kind, a.speaker, a.target_type) for a in atts] == [("denial", "MP", "claim")]
    assert atts[0].content.startswith("'cash for access' claims")


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Mr Hale entered a plea of not guilty to all three charges at Leeds Crown Court.",
            "entered a plea of not guilty",
            "all three charges",
        ),
        (
            "Okafor entered pleas of not guilty to the charges on Monday.",
            "entered pleas of not guilty",
            "the charges",
        ),
        (
            "Her lawyer entered not guilty pleas on her behalf to two counts of fraud.",
            "entered not guilty pleas",
            "two counts of fraud",
        ),
    ],
)
def test_a_plea_of_not_guilty_entered_denies_the_charges(nlp, text, cue, content):
    a = only(nlp, text, "denial")
    assert a.cue == cue and a.content.startswith(content)


def test_pleading_guilty_or_with_somebody_is_no_denial(nlp):
    assert "denial" not in kinds(nlp, "He pleaded guilty to one count of fraud.")
    assert "denial" not in kinds(nlp, "The mayor pleaded with residents to stay indoors.")
    assert "denial" not in kinds(nlp, "Mr Hale entered a guilty plea to one count of theft.")
    assert "denial" not in kinds(nlp, "Mr Hale is expected to enter a plea of not guilty.")
    text = "The judge entered a plea of not guilty on Carter's behalf after he refused to speak."
    assert "denial" not in kinds(nlp, text)  # the court's plea for him
    assert "denial" not in kinds(nlp, "Mr Hale entered the courtroom at 10am, not guilty.")


@pytest.mark.parametrize(
    "text",
    [
        "His lawyer said Smith would plead not guilty to all charges.",
        "Smith could plead not guilty as early as Friday.",
        "If Smith pleads not guilty, the case will go to trial.",
        "Smith did not plead not guilty; he pleaded no contest.",
    ],
)
def test_a_plea_not_yet_made_is_no_denial(nlp, text):
    assert "denial" not in kinds(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Jones, who has pleaded not guilty, faces up to 20 years in prison.",
        "He pleaded not guilty by reason of insanity.",
    ],
)
def test_a_plea_denies_only_what_it_answers(nlp, text):
    # no "to …": nothing after the plea is what it denies
    assert only(nlp, text, "denial").content is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The embassy said the claims had “no basis in fact.”", "denial"),
        ("His lawyer said the lawsuit has no legal basis.", "denial"),
        ("The company said it had no basis for the charge.", "claim"),
        ("The embassy said the plan had “no basis in economics.”", "claim"),
        ("Officials said reports of a coup had no basis.", "denial"),
        ("He did not say whether the allegations had no basis.", "claim"),
        ("She asked whether the allegations had no basis in fact.", "claim"),
    ],
)
def test_a_claim_said_to_have_no_basis_is_denied(nlp, text, kind):
    # only a report, claim or lawsuit named as such; "it" may be the speaker itself
    assert one(nlp, text).kind == kind


def test_going_to_reject_is_no_denial_yet(nlp):
    assert "denial" not in kinds(
        nlp, "The president is going to reject the bill, his spokesman said."
    )


@pytest.mark.parametrize(
    "text",
    [
        # a denying quotation with another quotation after its tag
        "“That's simply not true,” the chief constable said. “Our officers kept the peace.”",
        "“I love this city,” the mayor said. “It's not true that I plan to leave.”",
        # a statement named as such and called wrong, inaccurate or fiction
        "“These numbers are simply wrong,” a spokeswoman for the company told Reuters.",
        "“That account is pure fiction,” his lawyer said.",
        "“We never said that,” the spokesman said.",
        "He said: “I have never misused charity money. These claims are a malicious distortion.”",
        "The company called the report a gross distortion of the facts.",
    ],
)
def test_a_quotation_that_denies_is_a_denial(nlp, text):
    assert one(nlp, text).kind == "denial"


@pytest.mark.parametrize(
    "text",
    [
        "“If it were false, they would deny it,” Koval said.",  # supposed
        "“It was wrong to close the school,” the parent said.",  # not a statement
        "“That is a false equivalency!” he said.",  # "false" says what kind
        "“It was absurd,” she said of the party.",
        "“The image is a distortion of the original,” the curator said.",  # not a statement
        # "No, …" in a longer exchange corrects rather than denies
        "“No, I meant he's the founder,” Trump responded. “He was the most valuable player.”",
    ],
)
def test_a_quotation_that_only_looks_like_a_denial_is_a_claim(nlp, text):
    assert "denial" not in kinds(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "A South African court on Thursday denied bail to a former transport minister.",
        "The government has denied U.N. investigators access to the region.",
        "The embassy denied him a visa.",
        "Parliament last week rejected a bill that would have raised fuel taxes.",
        "A federal judge dismissed a defamation lawsuit filed by the singer.",
        "Judge dismisses defamation suit against newspaper.",
    ],
)
def test_a_thing_withheld_or_a_bill_voted_down_is_no_denial(nlp, text):
    assert "denial" not in kinds(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The company dismissed the lawsuit as frivolous.",  # called something: a denial
        "The Supreme Court rejected a request from Democrats to restore early voting.",
        "He denied the charges.",
    ],
)
def test_a_denied_request_lawsuit_called_something_or_charge_is_a_denial(nlp, text):
    assert "denial" in kinds(nlp, text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The chief constable of Durnley Police has denied that officers targeted journalists.",
            "The chief constable of Durnley Police",
        ),
        ("Striking teachers deny claims of intimidation.", "Striking teachers"),
        ("Celebrity chef denies allegations of bullying.", "Celebrity chef"),
        ("Paraguay election body rejects fraud claims", "Paraguay election body"),
        ("Prison service denies inmate was left without medical care", "Prison service"),
        # a headline's noun with modifiers of its modifiers, or read as the verb's adjective
        (
            "Lagos crypto exchange boss dismisses insolvency report as 'fake news'",
            "Lagos crypto exchange boss",
        ),
        ("Namibian trawler firm denies buying mackerel quota with bribes", "Namibian trawler firm"),
    ],
)
def test_people_the_noun_lists_lack_can_deny(nlp, text, speaker):
    assert only(nlp, text, "denial").speaker == speaker


def test_dismissed_as_fake_news_claims_denies_the_claims(nlp):
    text = (
        "China's foreign ministry dismissed as “fake news” claims by U.S. officials that a "
        "Chinese vessel had entered the area."
    )
    a = only(nlp, text, "denial")
    assert a.content.startswith("claims by U.S. officials") and a.target_type == "claim"


@pytest.mark.parametrize(
    "text",
    [
        "His lawyer, Helen Marsh, said: “Marcus categorically denies any wrongdoing.”",
        "Ruth Abrams, a lawyer for Tepper, said her client “denies any involvement whatsoever.”",
        "Tepper's lawyer said he “denies any involvement” in the leak.",
        # a British solicitor, and "every one of these allegations"
        "Mr Kessler's solicitor, Ruth Ademola, said her client “strenuously denies every one of "
        "these allegations and looks forward to clearing his name”.",
    ],
)
def test_a_lawyer_saying_the_client_denies_any_wrongdoing_is_a_denial(nlp, text):
    assert "denial" in kinds(nlp, text)


def test_what_a_denial_denies_is_nobody_s_claim(nlp):
    text = (
        "A spokesman for Mayor Denise Carter denied that the mayor had promised to cut "
        "property taxes by 10 percent."
    )
    assert kinds(nlp, text) == ["denial"]


def test_what_somebody_said_that_a_denial_contradicts_is_still_said(nlp):
    text = "It directly contradicted what Trump and Lewandowski said about the incident."
    assert "claim" in kinds(nlp, text)


def test_a_report_called_false_on_a_day_denies_the_report(nlp):
    text = (
        "Chirper on Thursday called a report that it had exposed 40 million messages "
        "“completely false.”"
    )
    assert only(nlp, text, "denial").content.startswith("a report that")


def test_the_outlet_of_a_report_is_found_inside_its_description(nlp):
    text = "Daehan Chem denied a report by Japanese broadcaster NHK World that it had shipped chemicals."
    a = only(nlp, text, "denial")
    assert a.target_type == "report" and a.target_outlet == "NHK World"


def test_described_as_ridiculous_claims_denies_the_claims(nlp):
    text = (
        "Nigeria's presidency described as “ridiculous” claims by an opposition party that "
        "a coup was being planned."
    )
    a = only(nlp, text, "denial")
    assert a.content.startswith("claims by an opposition party")


@pytest.mark.parametrize(
    "text",
    [
        "Alcott's appeal was rejected by the state Supreme Court.",
        "The proposal came before the council, but councillors rejected it by 28 votes to 19.",
        "The Senate rejected a similar proposal by 30 votes to 12 last spring.",
        "The agency said it had denied a licence to a rival product.",
        "“If such a document existed, we would deny it had any status,” the spokesman said.",
        "Bellandi, asked about the rumours, said: “No comment. I am focused on Sunday.”",
        "The opposition contested the election in 40 districts.",
    ],
)
def test_rulings_votes_suppositions_and_contests_of_no_claim_are_no_denial(nlp, text):
    assert "denial" not in kinds(nlp, text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The airline contested the European Commission's preliminary finding.", "The airline"),
        (
            "“The Commission's conclusions are wrong on the facts,” the company said.",
            "the company",
        ),
        ("Her lawyer said her client “rejects the findings in their entirety.”", "Her lawyer"),
        (
            "AerVale disputed findings by the Irish Aviation Authority that its pilots were tired.",
            "AerVale",
        ),
        (
            "Fitness tracking company PaceLoop denied a report that it had sold user data.",
            "Fitness tracking company PaceLoop",
        ),
    ],
)
def test_findings_and_conclusions_are_denied_by_who_denies_them(nlp, text, speaker):
    assert only(nlp, text, "denial").speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The claims were rejected by Vote Leave, which said the figures were accurate.",
        "Thompson denied the case against him had any merit, his spokesman said.",
        "The ministry denied any application of force against the protesters.",
        "“We won't comment further. The claims are untrue,” a spokesman said.",
    ],
)
def test_denials_near_the_narrowed_rules_stay_denials(nlp, text):
    assert "denial" in kinds(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The judge dismissed the lawsuit, as expected.",
        "“They told me it was not true,” she said. “Then I saw the bank statements myself.”",
        "“I never said it out loud until now,” she said.",
        "“The numbers are ridiculous,” said one estate agent of London house prices.",
        "“We deny all visa applications from that country as a matter of policy,” he said.",
        "“I'm not going to comment on his private life, but the policy is a disaster,” she said.",
        "The firm agreed to pay the fine without admitting or denying the findings.",
        "The minister said he “will reject any deal” that cuts pensions.",  # a quoted promise
    ],
)
def test_near_misses_of_the_quotation_and_ruling_rules_are_no_denial(nlp, text):
    assert "denial" not in kinds(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a sentence of a longer quotation
        "“These allegations are categorically false. The leak was reported to the regulator "
        "within 24 hours,” a Northgate spokeswoman said.",
        # "not" on "true"
        "Lyle said rumors of a rift were “simply not true.”",
        # a lawyer with a title before the name; a company naming itself
        "“Mr. Carrow categorically denies these allegations,” attorney Martin Shaw said.",
        "“Aerolith rejects these allegations,” the company said.",
        "Veltra's coastguard on Wednesday denied accusations by a rights group.",
        "Organisers of the Greenvale festival have denied selling more tickets than allowed.",
    ],
)
def test_held_out_wire_denials(nlp, text):
    assert "denial" in kinds(nlp, text)


def test_a_spokesman_quoting_somebody_else_s_denial_makes_no_denial(nlp):
    assert "denial" not in kinds(nlp, "“Smith denies the allegations,” the spokesman said.")


@pytest.mark.parametrize(
    ("headline", "speaker", "content"),
    [
        (
            "Shipping group says it did not ignore sanctions, as tanker held off Malta",
            "Shipping group",
            "it did not ignore sanctions, as tanker held off Malta",
        ),
        ("Minister says he never took bribes", "Minister", "he never took bribes"),
        # an illicit gain is taken, not undergone (unlike "never received her pension")
        ("Minister says he never received bribes", "Minister", "he never received bribes"),
        ("Mayor says she never got kickbacks", "Mayor", "she never got kickbacks"),
    ],
)
def test_a_headline_saying_the_speaker_did_not_do_it_is_a_denial(nlp, headline, speaker, content):
    a = only(nlp, headline, "denial")
    assert (a.speaker, a.content) == (speaker, content)


@pytest.mark.parametrize(
    "text",
    [
        "Fed says it will not raise rates this year",  # an intention
        "Council says it has not received any complaints",  # a state of affairs
        "Smith says Jones did not attend the meeting",  # about somebody else
        "The owner said Thursday it had not violated sanctions.",  # a body's sentence
        "Of course, Clinton said, “I didn’t know him that well, but I did know him.”",
    ],
)
def test_saying_something_was_not_done_is_a_claim_outside_that_headline(nlp, text):
    assert [a.kind for a in extract_attributions(text, nlp=nlp)[0]] == ["claim"]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # the adjective read as the object of "as", or as a modifier, with the report its object
        (
            'Karya Defence on Friday rejected as "baseless" a report by French daily Le Monde that '
            "its aircraft had been delivered to a militia.",
            "a report by French daily Le Monde",
        ),
        (
            'Copperline Resources dismissed as "deeply flawed" a report by environmental group Clean '
            "Rivers Africa that linked its mine to cadmium.",
            "a report by environmental group",
        ),
        # what the claims are called read as a second object, or a long object as what they are
        ("French minister calls tax favour claims 'a distortion'", "tax favour claims"),
        (
            "Halvora Therapeutics on Monday called claims that it concealed liver side effects in a "
            'trial of its drug "baseless and irresponsible".',
            "claims that it concealed",
        ),
    ],
)
def test_what_was_dismissed_or_called_false_however_parsed(nlp, text, target):
    a = only(nlp, text, "denial")
    assert a.content.startswith(target)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Daniel Kiprono on Tuesday denied taking any banned substance. “I have never cheated "
            "in my life,” Kiprono told AFP.",
            "Kiprono",
        ),
        (
            "Mayor Diane Okafor denied steering the contract to a donor. Asked whether she had "
            "spoken to the owner, Okafor replied: “Absolutely not. I had no role in the bids.”",
            "Okafor",
        ),
        (
            "Crypto exchange Zentra denied the report. Zentra said on Friday it did not freeze "
            "customer withdrawals.",
            "Zentra",
        ),
        (
            "Karya Defence rejected a report by Le Monde. “Karya has never sold any product to "
            "any party in Libya,” the company said.",
            "the company",
        ),
        (
            "Halden Shipping denied paying port officials. “Halden Shipping has never made an "
            "improper payment to any official,” the company said.",
            "the company",
        ),
        (  # a miner that is a company; two things not done, joined by "and"
            "South African miner Kestrel Mining denied a report that it had hired advisers. "
            "“No sale process is under way and no advisers have been appointed,” Kestrel "
            "spokeswoman Thandi Mokoena said.",
            "Kestrel spokeswoman Thandi Mokoena",
        ),
        (
            "Hartley United denied making a bid for Solano. “There is no bid, and there has been "
            "no contact,” a club spokesperson said.",
            "a club spokesperson",
        ),
        (
            "Nordvik Bank refuted a Bloomberg News report that it planned to cut 4,000 jobs. "
            "“We do not recognise the figures and there is no such plan,” Chief Financial "
            "Officer Ingrid Solberg said.",
            "Chief Financial Officer Ingrid Solberg",
        ),
    ],
)
def test_who_denies_then_says_they_did_not_do_it_keeps_up_the_denial(nlp, text, speaker):
    atts = extract_attributions(text, nlp=nlp)[0]
    assert [a.kind for a in atts] == ["denial", "denial"]
    assert atts[1].speaker == speaker and atts[1].target_type == atts[0].target_type


def test_no_decision_taken_leaves_it_open_and_keeps_up_no_denial(nlp):
    text = (
        "Harbour Energy denied it was seeking a buyer. “The board is reviewing options and no "
        "decision has been taken,” a spokeswoman said."
    )
    assert kinds(nlp, text) == ["denial", "claim"]


def test_a_denier_described_after_the_name_and_in_the_headline_keeps_up_the_denial(nlp):
    text = (
        "'I have nothing to hide': Pacer named in betting probe denies meeting bookie\n\n"
        "Fast bowler Karthik Raghavan on Friday denied a report by the Madras Evening Post that "
        "he had met a bookmaker.\n\n“I did not meet anyone, and I have never been approached "
        "by anyone,” the 26-year-old told this newspaper."
    )
    atts = extract_attributions(text, nlp=nlp)[0]
    assert [(a.kind, a.speaker) for a in atts][1:] == [
        ("denial", "Fast bowler Karthik Raghavan"),
        ("denial", "the 26-year-old"),
    ]
    # kept up, it takes the target of the nearest denial by that party, not the headline's
    assert (atts[2].target_type, atts[2].target_outlet) == ("report", "Madras Evening Post")


@pytest.mark.parametrize(
    "text",
    [
        # nobody denied anything
        "Daniel Kiprono spoke after the race. “I have never run so fast,” Kiprono said.",
        # what one knows, wants or will do
        "Ruiz denied the report. “I don't know what the agency saw,” Ruiz said.",
        "Ruiz denied the report. “We will not change our plans,” Ruiz said.",
        # somebody else
        "Ruiz denied the report. “I have never met her,” said Tom Hale, a witness.",
        # too far from the denial
        "Ruiz denied the report. The club met on Monday. The fans sang. The board left. "
        "Rain fell. The coach arrived. “I have never seen such a match,” Ruiz said.",
        # an ellipsis, answering a question
        "Carson denied the charge. Asked if he believed it, Carson said that he did not.",
    ],
)
def test_a_negative_statement_is_no_denial_without_the_speaker_s_own_denial_nearby(nlp, text):
    said = [a.kind for a in extract_attributions(text, nlp=nlp)[0] if a.cue == "said"]
    assert said == ["claim"]


@pytest.mark.parametrize(
    "text",
    [
        # a clause of a long quotation
        "“Corvanta shared all relevant safety data with regulators in a timely manner, and any "
        "suggestion otherwise is false,” the company said in a statement.",
        # a passive verb of falsity
        "Mallory's attorney, Howard Klein, said the claims were “fabricated from start to finish”.",
        # a complaint called false
        "Sen. Dale Whitcomb on Tuesday called a watchdog group's ethics complaint against him "
        "“false” and a “partisan smear”.",
        # a question answered flat, then more
        "Asked whether she had misled MPs, Ms Pendleton replied: “Absolutely not. The figures I "
        "gave were the latest available to me at the time.”",
        # a curly "’s" the parser read as a subject, its clause hung on the cue
        "Asked on BBC Radio 4’s Today programme whether she had misled MPs, Ms Pendleton "
        "replied: “Absolutely not. The figures I gave were the latest available to me.”",
        "Asked whether he had used donor money for personal trips, the senator answered: “No, I "
        "have not. Every trip was a campaign event.”",
    ],
)
def test_denials_held_out_wire_copy_wrote(nlp, text):
    assert "denial" in kinds(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # no question answered
        "“No. I meant the other plan, the one the committee approved last week, and we will vote "
        "for it,” she said.",
        "“We shared the data, and any delay was regrettable,” the company said.",
    ],
)
def test_a_no_that_answers_nothing_or_a_clause_that_denies_nothing_is_a_claim(nlp, text):
    assert "denial" not in kinds(nlp, text)


def test_a_not_inside_the_quotation_is_no_part_of_the_cue(nlp):
    a = one(nlp, "Ms Pendleton replied: “Absolutely not. The figures were the latest.”")
    assert a.cue == "replied"


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # "dismiss" in its base form
        (
            "Striking workers dismiss the company's claims.",
            "Striking workers",
            "the company's claims",
        ),
        # a headline's second verb after a comma, and a gerund read as a compound
        (
            "Nigeria says Lassa fever outbreak under control, denies hiding cases",
            "Nigeria",
            "hiding cases",
        ),
        # "said that …, and denied …": the speaker's second statement
        (
            "Nigeria's health ministry said Thursday that the outbreak was “under control”, and "
            "denied accusations that it had concealed deaths.",
            "Nigeria's health ministry",
            "accusations that it had concealed deaths",
        ),
    ],
)
def test_denials_in_forms_held_out_wire_copy_wrote(nlp, text, speaker, content):
    a = only(nlp, text, "denial")
    assert (a.speaker, a.content) == (speaker, content)


def test_reports_in_a_headline_deny_nothing(nlp):
    assert "denial" not in kinds(nlp, "Reports dismiss fears of a recession")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the client, after the lawyer's denial for him
        (
            "Mallory's attorney, Howard Klein, said the claims were “fabricated”. “I have never "
            "laid a hand on anyone I've worked with,” Mallory wrote.",
            "Mallory",
        ),
        # an officer whose role names the body that denied, and a clause of the first sentence
        (
            "Malta's football association rejected allegations that two matches had been fixed. "
            "“Nobody here has been contacted by police, and we have never covered up anything,” "
            "association president Mark Zammit said.",
            "association president Mark Zammit",
        ),
        # a quoted part of what a body says of itself
        (
            "Hartwell Bank dismissed a Sky News report of merger talks, saying it was “not in "
            "discussions with any party”.",
            "Hartwell Bank",
        ),
    ],
)
def test_more_ways_of_keeping_up_a_denial(nlp, text, speaker):
    atts = extract_attributions(text, nlp=nlp)[0]
    assert [a.kind for a in atts][-1] == "denial" and atts[-1].speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        # "it" is not the person speaking
        "The president denied the charge, saying it offered no solutions to the country.",
        # what one felt
        "Carson denied the report. Carson said he did not feel it was a difficult case.",
    ],
)
def test_no_denial_kept_up_by_a_statement_about_something_else(nlp, text):
    atts = extract_attributions(text, nlp=nlp)[0]
    assert [a.kind for a in atts if a.cue in ("saying", "said")] == ["claim"]


# from the review of this session's rules: each once misfired
@pytest.mark.parametrize(
    "text",
    [
        # a state, a plan or an intention, not something said not done
        "Orbis Telecom denied that it had been hacked. “We are not happy with how slowly the "
        "regulator has moved,” the company said.",
        "Orbis Telecom denied that customer data had been stolen. “We have no plans to raise "
        "prices this year,” chief executive Laura Feng said.",
        "Norvale Bank denied that it had lost customer data. “We are not planning to close any "
        "branches,” the bank said.",
        "Rep. Tom Ridley denied that he had used campaign funds. Ridley said he was not running "
        "for re-election.",
        # somebody else: another body's officer, a party colleague, a relative, an assistant
        "Greyfield Chemicals denied that it had dumped waste. Environment Agency chief executive "
        "Paul Moss said: “We are not satisfied with the explanation we have been given.”",
        "Republican Senator Tom Harlan denied that he had taken money. Republican leader Susan "
        "Whitmore said: “I have never seen a campaign this dirty.”",
        "Amina Yusuf denied the fraud allegations. Her brother, Hassan Yusuf, said: “I was never "
        "consulted about the sale of the house.”",
        "Coach Gary Bell denied that he had criticised his players. Bell's assistant said: “We "
        "did not train well this week.”",
    ],
)
def test_a_negative_statement_of_another_kind_or_party_keeps_up_no_denial(nlp, text):
    atts = extract_attributions(text, nlp=nlp)[0]
    assert [a.kind for a in atts][1:] == ["claim"]


@pytest.mark.parametrize(
    "text",
    [
        "Widow says she never received her husband's pension",  # undergone, not done
        "Residents say they did not receive evacuation warning",
        # a plan asked about, not an accusation
        "Asked whether the bank would raise rates again, the governor replied: “Certainly not. "
        "Inflation is falling.”",
        "Prosecutors said the insurance claims were fabricated to cover gambling debts.",
        "Employers can dismiss staff who refuse to return to the office.",  # fired
        "Surveys dismiss the idea that voters are tired of the president",  # no party
        "Factory rejects pile up as chip shortage bites",  # the plural noun it is
        "Border disputes flare as ceasefire talks stall",
    ],
)
def test_review_near_misses_are_no_denials(nlp, text):
    assert "denial" not in kinds(nlp, text)


# from the second review: each once misfired
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Kiprono denied the doping charge. “I was not using any banned substance,” Kiprono said.",
            "denial",
        ),
        (
            "Okafor's spokeswoman denied the report. “I did not take any money,” Okafor said.",
            "denial",
        ),
        (
            "Asked whether he had taken money from Will Ferrell's charity, Okafor replied: “No.”",
            "denial",
        ),
        ("Asked whether he planned to run again, Harlan replied: “No.”", "claim"),
        ("Asked whether he was going to resign, Okafor said: “No.”", "claim"),
    ],
)
def test_kept_up_denials_and_flat_answers_from_the_second_review(nlp, text, kind):
    assert extract_attributions(text, nlp=nlp)[0][-1].kind == kind


@pytest.mark.parametrize(
    "headline",
    [
        "CEO says he never saw the emissions memo",
        "Senator says she never had contact with lobbyist",
    ],
)
def test_a_headline_denying_knowledge_or_contact_is_a_denial(nlp, headline):
    assert kinds(nlp, headline) == ["denial"]


def test_a_flat_no_with_more_after_it_to_a_question_of_intent_is_no_denial(nlp):
    # a bare flat answer stays a denial whatever was asked ("whether the mill would close":
    # test_a_flat_no_to_a_question_is_a_denial); one with more after it answers a plan only
    text = "Asked whether the bank would raise rates, the governor said: “Certainly not. Inflation is falling.”"
    assert kinds(nlp, text) == ["claim"]
    text = "Asked whether he had taken the money, he said: “Certainly not. I was abroad.”"
    assert kinds(nlp, text) == ["denial"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Rovers dismiss claims Dunne has quit\n\nBramley Rovers on Monday dismissed reports "
            "that their manager had resigned.",
            "Rovers",
        ),
        (
            "Eagles reject trade rumours\n\nThe Philadelphia Eagles said their quarterback "
            "was staying.",
            "Eagles",
        ),
    ],
)
def test_a_headline_plural_the_article_writes_as_a_name_can_deny(nlp, text, speaker):
    headline = [a for a in extract_attributions(text, nlp=nlp)[0] if a.sentence_index == 0]
    assert [(a.kind, a.speaker) for a in headline] == [("denial", speaker)]


def test_a_headline_plural_the_article_writes_in_lower_case_denies_nothing(nlp):
    text = (
        "Surveys dismiss fears of recession\n\nTwo surveys published on Monday showed that "
        "business confidence was rising."
    )
    assert "denial" not in kinds(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Jean Roussel said the claims were “pure fantasy”.",
        "Asked about the testimony, Dale Whitaker said it was “simply not accurate.”",
        "The ministry said the allegations were rubbish.",
        "Halvora calls report on drug trial safety 'baseless'",
        "The trust said it 'refutes in the strongest terms' any suggestion that records had "
        "been manipulated.",
    ],
)
def test_a_statement_called_untrue_in_other_words_is_a_denial(nlp, text):
    assert kinds(nlp, text)[-1] == "denial"


@pytest.mark.parametrize(
    "text",
    [
        # a later sentence of the quotation says a thing was not done
        "Halvorsen Capital Partners disputed a report that it had frozen withdrawals. “The fund "
        "is open. No gate has been imposed,” Chief Executive Officer Marit Solberg said.",
        # the body denied first under a description, then under its name; "Its chief executive"
        "A hospital trust has rejected claims that patients were removed from lists. The nurse "
        "said the figures were wrong. Calderbrook Trust said it rejected any suggestion of "
        "manipulation. “Our pathways are audited. There is no evidence whatsoever that any "
        "patient was removed,” its chief executive, Dr Simon Ashworth, said.",
    ],
)
def test_a_later_sentence_saying_it_was_not_done_keeps_up_the_denial(nlp, text):
    assert kinds(nlp, text)[-1] == "denial"


def test_a_later_sentence_stating_a_state_keeps_up_nothing(nlp):
    text = (
        "Sanders denied that he had attacked Clinton. “I was asked about it. We don't have "
        "healthcare for all people,” Sanders said."
    )
    assert kinds(nlp, text)[-1] == "claim"


@pytest.mark.parametrize(
    ("headline", "speaker"),
    [
        ("Canadian miner denies contaminating river in northern Mexico", "Canadian miner"),
        ("Nigerian refiner denies fuel-blending claims", "Nigerian refiner"),
    ],
)
def test_a_headline_noun_with_its_modifiers_can_deny(nlp, headline, speaker):
    assert (only(nlp, headline, "denial").speaker) == speaker


@pytest.mark.parametrize(
    "headline",
    [
        "New data rejects theory that the river was poisoned",
        "Fresh surveys dismiss fears of a slump",
    ],
)
def test_evidence_in_a_headline_denies_nothing(nlp, headline):
    assert "denial" not in kinds(nlp, headline)


@pytest.mark.parametrize(
    ("headline", "speaker"),
    [
        ("Harcourt: 'I have never tampered with a ball in my life'", "Harcourt"),
        ("Hendricks on campaign loan payments: ‘I did nothing wrong’", "Hendricks"),
        ("Mayor Ortega: “That report is false”", "Mayor Ortega"),
    ],
)
def test_a_headline_quoting_a_name_s_denial_after_a_colon_is_a_denial(nlp, headline, speaker):
    a = only(nlp, headline, "denial")
    assert (a.speaker, a.cue, a.quote_type) == (speaker, ":", "direct")


@pytest.mark.parametrize(
    "headline",
    [
        "Exclusive: ‘I did nothing wrong’",  # a label, not a speaker
        "Harcourt: ‘We will win on Saturday’",  # words that deny nothing
        "Harcourt: I have never tampered with a ball",  # no quotation
    ],
)
def test_other_headlines_with_a_colon_make_no_denial(nlp, headline):
    assert "denial" not in kinds(nlp, headline)


def test_a_flat_answer_to_a_question_asked_after_the_tag_is_a_denial(nlp):
    text = (
        "“No,” Dunleavy said when asked at his news conference whether his staff had spoken to "
        "Marcus Bell before Dec. 4. “We followed the rules.”"
    )
    assert kinds(nlp, text) == ["denial"]


def test_a_flat_answer_to_a_question_of_intent_asked_after_the_tag_is_no_denial(nlp):
    text = (
        "“No,” the governor said when asked whether the bank would raise rates again. "
        "“Inflation is falling.”"
    )
    assert "denial" not in kinds(nlp, text)


@pytest.mark.parametrize(
    ("headline", "speaker"),
    [
        ("Jess Carraway's spokeswoman brands split report 'completely false'", "spokeswoman"),
        ("Mayor's office brands audit report 'misleading'", "office"),
    ],
)
def test_a_headline_calling_a_report_false_read_as_a_noun_is_read_again(nlp, headline, speaker):
    a = only(nlp, headline, "denial")
    assert speaker in a.speaker


def test_a_plural_noun_before_a_verb_is_no_verb_of_calling(nlp):
    assert "denial" not in kinds(nlp, "Luxury brand sales fall as shoppers turn cautious")


@pytest.mark.parametrize(
    "text",
    [
        # a feeling or opinion asked for
        "“No,” Murphy said when asked whether he was worried about his place in the squad.",
        "“No,” Guardiola said when asked whether the team had enough depth.",
        "“No,” Sunak said when asked if he thought the policy had failed.",
        # a headline's label or admission after a colon
        "Police: ‘There is no wider threat to the public’",
        "Coroner: ‘No one could have prevented her death’",
        "Klopp: ‘We did not deserve to win’",
        # what ought to be, not whether something said is so
        "The bishop said it was not correct for politicians to use such language about refugees.",
    ],
)
def test_second_review_near_misses_are_no_denials(nlp, text):
    assert "denial" not in kinds(nlp, text)


def test_not_accurate_to_suggest_is_a_denial(nlp):
    text = "The council said it was 'simply not accurate' to suggest the library would close."
    assert kinds(nlp, text) == ["denial"]


@pytest.mark.parametrize(
    "text",
    [
        # NER's "person" who denies that "it" did something is a body; "Its chief executive"
        "Harbour Water denied that it had discharged sewage into Sandley Bay. Its chief "
        "executive, Mark Ellis, said: “We have not released anything into the bay this year.”",
        # a body described in the lead, then named
        "A hospital trust in the north of England denied that it had covered up the deaths of "
        "three babies. “We have always been open with the families. Nothing has been hidden,” "
        "Northdale Hospitals NHS Trust said.",
        # an unnamed spokesman for the one body that denied; "It did not …" a later sentence
        "Trafigura denied any wrongdoing. “The company has acted lawfully at all times. It did "
        "not pay any bribes to officials,” a spokesman said.",
    ],
)
def test_the_body_that_denied_keeps_it_up_however_it_is_named(nlp, text):
    assert kinds(nlp, text)[-1] == "denial"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The principal of a village school has insisted she did nothing wrong after an"
            " inspection found its register had been altered.",
            "The principal of a village school",
        ),
        ("The insurer maintained that it had done nothing improper.", "The insurer"),
        ("Halloran said he did nothing wrong.", "Halloran"),
    ],
)
def test_saying_one_did_no_wrong_is_a_denial(nlp, text, speaker):
    a = one(nlp, text)
    assert (a.kind, a.speaker) == ("denial", speaker)


@pytest.mark.parametrize(
    "text",
    [
        "Thirty-one percent said she did nothing wrong.",  # a poll
        "Halloran said he did nothing about the leak.",
    ],
)
def test_what_others_think_of_somebody_or_doing_nothing_is_no_denial(nlp, text):
    assert "denial" not in kinds(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "“The suggestion that Marlow Foods hid test results is false. The figures come from a"
        " draft,” the company said.",
        "“The claim that this council has ever sold land below its value to any councillor is"
        " categorically untrue,” a spokeswoman said.",
    ],
)
def test_a_quoted_statement_named_with_what_it_says_and_called_false_is_a_denial(nlp, text):
    assert kinds(nlp, text) == ["denial"]


def test_a_claim_about_somebody_being_wrong_is_no_denial(nlp):
    text = "“The claim that the minister was wrong is one I hear often,” she said."
    assert kinds(nlp, text) == ["claim"]


@pytest.mark.parametrize(
    "text",
    [
        "“My client is not a thief. He ran a real business,” her lawyer, Ana Duarte, said.",
        "“My client did nothing wrong and will be cleared,” his lawyer said.",
        "“My client never touched the money,” his solicitor said.",
    ],
)
def test_a_lawyer_saying_the_client_did_not_do_it_denies(nlp, text):
    assert kinds(nlp, text) == ["denial"]


@pytest.mark.parametrize(
    "text",
    [
        "“My client has not yet decided whether to appeal,” his lawyer said.",
        "“My client does not wish to comment,” her lawyer said.",
        "“Not a single vote was cast for him,” she said.",
    ],
)
def test_a_lawyer_s_news_or_a_count_of_nothing_is_no_denial(nlp, text):
    assert "denial" not in kinds(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Coach Aidan Rourke has rejected claims that players were paid. “Not a single cent."
        " Not a voucher, nothing,” Rourke said after the game.",
        "The Rev. Dale Pruitt denied taking money from the building fund. “I want to be clear"
        " with you: not one dollar you gave has ever paid for a plane,” Pruitt said.",
    ],
)
def test_not_a_single_thing_from_who_denied_keeps_up_the_denial(nlp, text):
    assert kinds(nlp, text)[-1] == "denial"


@pytest.mark.parametrize(
    "text",
    [
        'Drug maker Halvex says it "strongly rejects" claims it hid trial data from regulators.',
        "Fund manager Orrin Capital says it “rejects” allegations it misled investors.",
    ],
)
def test_a_quoted_verb_of_denying_before_the_claims_it_denies_is_a_denial(nlp, text):
    assert kinds(nlp, text)[0] == "denial"


@pytest.mark.parametrize(
    "text",
    [
        "A police sergeant has denied lying to investigators.",
        "The headteacher has denied altering the marks.",
        "A barrister has denied misleading the court.",
    ],
)
def test_people_by_rank_or_trade_can_deny(nlp, text):
    assert kinds(nlp, text) == ["denial"]


@pytest.mark.parametrize(
    "text",
    [
        "Asked whether she would stand aside while the matter was looked into, Ms Hale said:"
        " “No. I intend to get on with the job.”",
        "Asked if he was worried that his striker could be suspended, Rooke said: “No. We'll"
        " be fine.”",
        "Asked whether she was upset by the claims, she said: “No. Honestly, I laughed.”",
    ],
)
def test_a_short_no_to_a_question_of_plans_or_feelings_is_no_denial(nlp, text):
    assert "denial" not in kinds(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "A 52-year-old publican has denied assaulting a customer outside his bar.",
        "A two-time marathon champion on Friday rejected charges that he used a banned drug.",
    ],
)
def test_a_publican_or_a_champion_can_deny(nlp, text):
    assert kinds(nlp, text)[0] == "denial"


@pytest.mark.parametrize(
    "text",
    [
        'His attorney said the lease was paid from a separate fund and that the lawsuit "has no'
        ' merit."',
        "The studio said the suit had no merit and it would defend itself.",
    ],
)
def test_saying_a_lawsuit_has_no_merit_denies_it(nlp, text):
    assert kinds(nlp, text)[0] == "denial"


def test_a_proposal_without_merit_is_no_denial(nlp):
    assert kinds(nlp, "She said the proposal had no merit.") == ["claim"]


@pytest.mark.parametrize(
    "text",
    [
        "The department, which was denied a R200-million grant by the Treasury last year, said"
        " it would appeal.",
        "The committee rejected a proposal to ban the coaches by seven votes to four.",
        "Mrs Addo, who was dismissed by the church in March, said her sacking was punishment.",
    ],
)
def test_a_grant_withheld_a_vote_or_a_sacking_is_no_denial(nlp, text):
    assert "denial" not in kinds(nlp, text)


def test_somebody_dismissed_as_something_is_still_a_denial(nlp):
    assert kinds(nlp, "He was dismissed by critics as naive.") == ["denial"]


def test_a_council_in_the_speaker_s_apposition_is_no_ruling(nlp):
    text = (
        "Chief Dana Whitlow, speaking at the City Council meeting, denied that officers must"
        " meet a ticket quota.\n\n“There is no quota. There never has been,” Whitlow said."
    )
    assert kinds(nlp, text) == ["denial", "denial"]


def test_a_manager_insisting_the_company_did_no_wrong_then_no_cover_up_keeps_it_up(nlp):
    text = (
        "Plant manager Luis Oroz insisted the company had done nothing wrong. “I know people"
        " are scared. But there was no cover-up. We followed every protocol,” he said."
    )
    assert kinds(nlp, text) == ["denial", "denial"]


def test_a_no_to_whether_something_could_have_been_done_denies_it(nlp):
    text = (
        "Asked whether his bowlers could have scratched the ball, he said: “No. I'd stake my"
        " house on it.”"
    )
    assert kinds(nlp, text) == ["denial"]


def test_slamming_claims_as_baseless_is_a_denial(nlp):
    text = (
        "Harbour Blues captain Mick Corran has slammed claims his bowlers tampered with the ball"
        ' as "baseless".'
    )
    assert kinds(nlp, text)[0] == "denial"


@pytest.mark.parametrize(
    "text",
    [
        "Captain Mick Corran denied the claims. “Nobody touched that ball. It's rubbish,”"
        " Corran said.",
        "Mayor Ana Ruel rejected the claims. “I understand why people are angry. But nobody at"
        " this council ignored a warning,” she said.",
    ],
)
def test_nobody_did_it_from_who_denied_keeps_up_the_denial(nlp, text):
    assert kinds(nlp, text) == ["denial", "denial"]


def test_nobody_knowing_is_no_denial(nlp):
    text = "Mayor Ana Ruel rejected the claims. “Nobody knows what happened,” she said."
    assert kinds(nlp, text) == ["denial", "claim"]


def test_an_officer_keeps_up_a_body_s_denial_named_more_fully_in_the_lead(nlp):
    text = (
        "Veltrax Denies Selling Users' Location Data\n\n"
        "Veltrax Inc., a maker of fitness apps, denied a report by TechWire that it sold"
        " location data to brokers.\n\n"
        "“We do not sell personal data, full stop,” Chief Executive Officer Marcus Lind said."
    )
    assert kinds(nlp, text) == ["denial", "denial", "denial"]


def test_whoever_has_a_client_speaks_for_the_client_s_quoted_denial(nlp):
    text = (
        "Tuala's manager, Brett Kinney, said his client “absolutely rejects” any suggestion"
        " that he used a foreign object on the ball."
    )
    assert kinds(nlp, text) == ["denial"]


def test_a_spokesperson_who_denied_keeps_it_up_saying_the_principal_did_not(nlp):
    text = (
        "Mayoral spokesperson Sipho Ndlovu described the story as “a fabrication”.\n\n"
        "“The mayor has no role whatsoever in the award of tenders. Her brother has never held"
        " shares in the company,” Ndlovu said."
    )
    assert kinds(nlp, text) == ["denial", "denial"]


def test_a_player_who_denied_saying_what_the_referee_did_not_do_stays_a_claim(nlp):
    text = "Striker Tom Adeyemi denied diving. “The referee did not see it,” Adeyemi said."
    assert kinds(nlp, text) == ["denial", "claim"]


@pytest.mark.parametrize(
    "text",
    [
        "A spokesman for Mayor Eric Adair denied that he had accepted gifts. “The city has not"
        " received the federal funds it was promised,” the spokesman added.",
        "The club denied the report. “Nobody wanted this run of results,” chairman Dave Parr said.",
        "“My client is not well enough to attend court today,” his solicitor said.",
        "“Our clients have never been so worried about interest rates,” the adviser said.",
        "Most fans said he did nothing wrong.",
        "The judge said the lawsuit was without merit.",
        "The ombudsman said the complaint had no merit.",
    ],
)
def test_statements_near_the_new_denial_forms_stay_claims(nlp, text):
    assert kinds(nlp, text)[-1] == "claim"


def test_a_no_to_whether_one_thought_one_s_players_cheated_denies_it(nlp):
    text = "Asked if he thought his players had tampered with the ball, the coach said: “No. Absolutely not.”"
    assert kinds(nlp, text) == ["denial"]


def test_funding_denied_is_a_denial_and_a_vote_elsewhere_blocks_nothing(nlp):
    assert kinds(nlp, "The party denied any funding from overseas donors.") == ["denial"]
    text = (
        "The club denied it had breached the rules, a decision backed by 20 votes to 3 at the"
        " board meeting."
    )
    assert kinds(nlp, text)[0] == "denial"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Dean Morrow, 34, is accused of murdering his wife, a charge he denies.", "he"),
        (
            "The union says officers face quotas, a claim the police chief flatly denies.",
            "the police chief",
        ),
    ],
)
def test_a_charge_or_claim_somebody_denies_in_a_relative_clause_is_a_denial(nlp, text, speaker):
    assert [(a.kind, a.speaker) for a in extract_attributions(text, nlp=nlp)[0]][-1] == (
        "denial",
        speaker,
    )


def test_a_report_somebody_wrote_is_no_denial(nlp):
    assert kinds(nlp, "The report he wrote was published.") == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Ms Wanjiru has always maintained her innocence.", "Ms Wanjiru", "her innocence"),
        (
            "Okonkwo protested his innocence throughout the trial.",
            "Okonkwo",
            "his innocence throughout the trial",
        ),
        ("The trainer insists he is innocent.", "The trainer", "he is innocent"),
        (
            "Halloran said he was innocent of the charges.",
            "Halloran",
            "he was innocent of the charges",
        ),
    ],
)
def test_speaking_of_ones_own_innocence_is_a_denial(nlp, text, speaker, content):
    a = one(nlp, text)
    assert (a.kind, a.speaker, a.content) == ("denial", speaker, content)


@pytest.mark.parametrize(
    "text",
    [
        "Most fans said he was innocent.",  # a poll
        "The prosecutor said he was not innocent.",
        "The judge maintained his composure.",  # nothing claimed
        "Her lawyer stressed the innocence of children caught up in the case.",
    ],
)
def test_innocence_said_of_others_or_denied_is_no_denial(nlp, text):
    assert "denial" not in kinds(nlp, text)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The striker rubbished the claims on Sunday.", "rubbished"),
        ("The club moved to quash rumours that the manager had been sacked.", "quash"),
        ("The governor's office scotched rumours that he was ill.", "scotched"),
    ],
)
def test_rubbishing_quashing_or_scotching_claims_is_a_denial(nlp, text, cue):
    a = one(nlp, text)
    assert (a.kind, a.cue) == ("denial", cue)


@pytest.mark.parametrize(
    "text",
    [
        "The Court of Appeal quashed his conviction.",
        "Rain scotched the plans for a parade.",
    ],
)
def test_quashing_a_conviction_or_plans_is_no_denial(nlp, text):
    assert "denial" not in kinds(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "“We do not recognise these figures,” a spokesman said.",
        "“That is simply not what happened,” she said.",
        "“It never happened,” she said.",
        "“None of this is true,” he said.",
        "“There is not a shred of evidence for these claims,” he said.",
        "“These figures are wide of the mark,” the minister said.",
        "The club said the claims were wide of the mark.",
        "The ministry said it did not recognise the figures.",
        "The company said the report was riddled with errors.",
    ],
)
def test_calling_a_statement_wrong_in_other_words_is_a_denial(nlp, text):
    assert kinds(nlp, text) == ["denial"]


@pytest.mark.parametrize(
    "text",
    [
        "“Nobody knows what happened. It never happened before,” she said.",
        "“There is no evidence of foul play,” police said.",
        "“We do not recognise the need for a new stadium,” he said.",
        "The coach said his forecast had been wide of the mark.",
        "He said he did not recognise the man in the photograph.",
    ],
)
def test_what_never_happened_before_or_was_not_recognised_otherwise_is_no_denial(nlp, text):
    assert "denial" not in kinds(nlp, text)


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            "Veltrix denied a report by technology news site TechWire that it had hidden losses.",
            "TechWire",
        ),
        (
            "Veltrix denied a report on the news website Kenyan Insider that it hid losses.",
            "Kenyan Insider",
        ),
        ("Veltrix denied a report on the construction site Harbour Point.", None),
        ("Veltrix denied a report on Kenya Airways.", None),
        # mastheads not in the registry: a paper of the week's day, one word after "the", a
        # word joined to a masthead word, a report's place of publication
        ("Veltrix denied a report in the Sunday Lantern that it owed wages.", "Sunday Lantern"),
        ("Veltrix rejected the Ledger report.", "Ledger"),
        ("Veltrix rejected a TechLedger report that it leaked data.", "TechLedger"),
        ("Veltrix denied a report in March that it owed wages.", None),
        ("Veltrix denied a report in the Weekend Courier.", "Weekend Courier"),
        (
            "Veltrix denied a report published in the Port Ardley Chronicle last week.",
            "Port Ardley Chronicle",
        ),
    ],
)
def test_a_report_on_a_news_site_names_its_outlet(nlp, text, outlet):
    a = only(nlp, text, "denial")
    assert (a.target_type, a.target_outlet) == ("report", outlet)


@pytest.mark.parametrize(
    "text",
    [
        "His wife insists he is innocent and has launched a petition for his release.",
        "Mr Ortiz insists she is innocent of the charges.",
        "They insist he is innocent.",
        "A court in Ankara quashed the charges against the journalist.",
        "Critics rubbished the government's housing plan as unworkable.",
        "“None of this is true for small businesses,” the economist said.",
    ],
)
def test_anothers_innocence_a_courts_ruling_or_a_scoped_truth_is_no_denial(nlp, text):
    assert "denial" not in kinds(nlp, text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The lawyer said he was innocent of the charges.", "The lawyer"),  # for the client
        ("The airline scotched speculation that it would close its base.", "The airline"),
        ("Both defendants declared their innocence in court.", "Both defendants"),
    ],
)
def test_a_lawyer_for_the_client_speculation_scotched_or_defendants_deny(nlp, text, speaker):
    assert only(nlp, text, "denial").speaker == speaker


def test_a_report_on_a_broadcasters_affairs_names_no_outlet(nlp):
    a = only(nlp, "The government denied a report on broadcaster ABC's funding cuts.", "denial")
    assert (a.target_type, a.target_outlet) == ("report", None)


@pytest.mark.parametrize(
    "text",
    [
        "Her spokesman said none of it was true.",
        "The governor said the meeting never happened.",
        "The governor said the meeting never took place.",
        "He said it never happened.",
    ],
)
def test_saying_none_of_it_was_true_or_it_never_happened_is_a_denial(nlp, text):
    assert kinds(nlp, text) == ["denial"]


@pytest.mark.parametrize(
    "text",
    [
        "He said none of it was true for small firms.",
        "She said the attack never happened before in the town.",
    ],
)
def test_a_truth_or_an_event_qualified_is_no_denial(nlp, text):
    assert "denial" not in kinds(nlp, text)


def test_a_plea_answers_no_source_named_after_it(nlp):
    text = "Lim pleaded not guilty on Monday and maintains his innocence, according to his family."
    plea = next(a for a in extract_attributions(text, nlp=nlp)[0] if a.cue == "pleaded not guilty")
    assert not plea.content


@pytest.mark.parametrize(
    "text",
    [
        "“I am innocent and I will prove it in court,” the senator told reporters.",
        "“I have always maintained my innocence,” he said.",
        "“I'm completely innocent,” she said.",
    ],
)
def test_a_quoted_word_of_ones_own_innocence_is_a_denial(nlp, text):
    assert kinds(nlp, text) == ["denial"]


@pytest.mark.parametrize(
    "text",
    [
        "“We were innocent then, and naive,” the singer said.",
        "“I am innocent about these things,” he joked.",
    ],
)
def test_innocence_of_another_time_or_matter_is_no_denial(nlp, text):
    assert "denial" not in kinds(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Supporters have always maintained his innocence, holding vigils outside the prison.",
        "His mother has always maintained his innocence.",
        "Fans have long maintained his innocence.",
    ],
)
def test_others_maintaining_somebodys_innocence_is_no_denial(nlp, text):
    assert "denial" not in kinds(nlp, text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The brothers have always maintained their innocence.", "The brothers"),
        ("The company has maintained its innocence.", "The company"),
    ],
)
def test_maintaining_ones_own_innocence_is_a_denial_whoever_speaks(nlp, text, speaker):
    assert only(nlp, text, "denial").speaker == speaker


def test_saying_a_figure_is_wrong_is_a_denial_but_not_wrong_to_do_something(nlp):
    assert kinds(nlp, "The department spokesperson said the figure was wrong.") == ["denial"]
    text = "He said the unemployment figures were wrong to include students."
    assert "denial" not in kinds(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Solar firm calls Arizona fraud lawsuit 'meritless', vows to fight",
        "The company called the lawsuit meritless.",
        "India's Vardhan Foods says report of SEBI probe 'factually incorrect'",
    ],
)
def test_a_lawsuit_called_meritless_or_a_report_called_incorrect_in_a_headline_is_denied(nlp, text):
    assert "denial" in kinds(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The judge called the lawsuit frivolous.",
        "The company called the lawsuit a distraction.",
        "Minister says report of floods 'alarming'",
    ],
)
def test_a_judges_word_on_a_lawsuit_or_a_report_called_alarming_is_no_denial(nlp, text):
    assert "denial" not in kinds(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The trust dismissed its chief finance officer in May after the audit.",
        "The Rovers board dismissed manager Gary Holt on Sunday after six defeats.",
        "The security firm dismissed three of its guards after the fight.",
        # the parser reads the last noun as a clause here
        "His government dismissed the province's chief water engineer in June after the floods.",
        "His administration dismissed the state's chief roads engineer in January after an audit"
        " flagged irregular payments.",
        "The Malaysian club dismissed head coach Rizal Hamid in March after four straight defeats.",
    ],
)
def test_dismissing_somebody_employed_is_firing_not_denying(nlp, text):
    assert "denial" not in kinds(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The minister dismissed her critics as cranks.",
        "The chairman dismissed claims by staff that he had bullied them.",
    ],
)
def test_dismissing_people_as_something_or_their_claims_still_denies(nlp, text):
    assert kinds(nlp, text).count("denial") == 1


def test_a_denial_in_an_opening_condition_is_only_supposed(nlp):
    text = "If the lab confirms the result and Okafor disputes the finding, a panel will hear it."
    assert "denial" not in kinds(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The driver was released on bail and is expected to plead not guilty next month.",
        "The former director is due to plead not guilty when he appears in court on Friday.",
        "A second suspect, taxi driver Peter Otieno, was absent through illness and is expected"
        " to plead not guilty when he appears in court next week.",
    ],
)
def test_a_plea_still_expected_is_no_denial(nlp, text):
    assert "denial" not in kinds(nlp, text)


def test_a_not_guilty_plea_to_a_deed_takes_the_deed_as_content(nlp):
    a = only(
        nlp, "A retired nurse has pleaded not guilty to stealing drugs from a care home.", "denial"
    )
    assert (a.cue, a.content) == ("pleaded not guilty", "stealing drugs from a care home")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Harbour Board chairman: ‘I did nothing wrong’ over land sale", "Harbour Board chairman"),
        ("Deputy mayor: 'I have never taken a bribe'", "Deputy mayor"),
    ],
)
def test_a_headline_of_who_they_are_then_their_denial_after_a_colon(nlp, text, speaker):
    a = only(nlp, f"{text}\n\nThe matter was raised in the council on Monday.", "denial")
    assert (a.speaker, a.cue, a.speaker_type) == (speaker, ":", "person")


def test_a_headline_colon_after_a_phrase_with_a_verb_is_no_speaker(nlp):
    text = "Council votes on rates: ‘I did nothing wrong’\n\nThe vote was held on Monday."
    assert "denial" not in kinds(nlp, text)


def test_a_named_business_answering_a_claim_denies_it(nlp):
    text = "A Galway Bay hotel has rejected a claim by a former porter that he was sacked unfairly."
    a = only(nlp, text, "denial")
    assert a.speaker == "A Galway Bay hotel"
    assert a.content.endswith("that he was sacked unfairly")


def test_a_quotation_after_the_report_called_false_is_what_it_was_called(nlp):
    text = "She called a story by the Harbour Gazette on the dispute “careless and wrong”."
    a = only(nlp, text, "denial")
    assert a.content.startswith("a story by the Harbour Gazette")
    assert a.target_outlet == "Harbour Gazette"


@pytest.mark.parametrize(
    "text",
    [
        'The senator called the article "a hit piece built on rumour".',
        "The club called the report a hatchet job.",
    ],
)
def test_a_report_called_a_hit_piece_is_called_false(nlp, text):
    assert kinds(nlp, text) == ["denial"]


def test_the_rest_of_a_denied_report_the_parser_cut_stays_its_content(nlp):
    text = (
        "The singer has rejected a report in the Evening Echo that her hit single “Red Sky” was"
        " taken from an unreleased demo by a Cork producer."
    )
    a = only(nlp, text, "denial")
    assert a.content.endswith("was taken from an unreleased demo by a Cork producer")


def test_a_barrister_saying_his_client_denies_doing_it_in_quotation_marks(nlp):
    text = "Defence counsel Ruth Adair said her client “strongly denies” assaulting the officer."
    a = only(nlp, text, "denial")
    assert a.speaker == "Defence counsel Ruth Adair"


@pytest.mark.parametrize(
    ("headline", "outlet"),
    [
        ("Harbour Rovers reject Morning Bell report on manager's future", "Morning Bell"),
        ("Rep for Dana Lee calls Gossipline report 'pure fiction'", "Gossipline Weekly"),
    ],
)
def test_a_headline_report_named_by_an_outlet_the_article_cites_is_that_outlets(
    nlp, headline, outlet
):
    text = (
        f"{headline}\n\nThe {outlet} reported on Wednesday that the club was in talks with"
        " another manager."
    )
    a = next(x for x in extract_attributions(text, nlp=nlp)[0] if x.kind == "denial")
    assert (a.target_type, a.target_outlet) == ("report", outlet)


def test_saying_one_has_no_ties_keeps_up_ones_denial(nlp):
    text = (
        "Mayor Ann Lutz says she did nothing wrong by voting on the rezoning.\n\n"
        '"I sold my stake years ago. I have no financial ties to the developer," Lutz said.'
    )
    rows = extract_attributions(text, nlp=nlp)[0]
    assert [a.kind for a in rows if a.speaker == "Lutz"] == ["denial"]


def test_no_offer_for_him_has_been_accepted_keeps_up_the_clubs_denial(nlp):
    text = (
        "Harbour Point Rovers have denied reports that they agreed to sell their captain.\n\n"
        '"No offer for Jon has been accepted, and he is part of our plans," the club said.'
    )
    rows = extract_attributions(text, nlp=nlp)[0]
    assert [a.kind for a in rows if a.speaker == "the club"] == ["denial"]


def test_a_headline_calling_a_finding_named_by_its_subject_baseless_denies(nlp):
    text = (
        "Journal pulls diet drug study; lead author calls misconduct finding 'baseless'\n\n"
        "She will appeal."
    )
    assert "denial" in kinds(nlp, text)
    assert kinds(nlp, "Minister calls tax report 'a good start'\n\nShe spoke on Monday.") == [
        "claim"
    ]


def test_a_plea_answers_the_deed_not_the_clause_after_it(nlp):
    text = "She pleaded not guilty to causing death by dangerous driving and was granted bail."
    assert only(nlp, text, "denial").content == "causing death by dangerous driving"


def test_dismissing_watchmen_is_firing_them(nlp):
    text = "The Karachi-based security firm dismissed four of its watchmen after the theft."
    assert "denial" not in kinds(nlp, text)


def test_a_report_named_after_a_person_is_not_the_outlet_of_that_name(nlp):
    text = (
        "Council rejects Kerr report\n\nThe council has rejected a report by retired judge Alan"
        " Kerr that found widespread failings. The Kerr Herald reported the council would appeal."
    )
    assert all(a.target_outlet is None for a in extract_attributions(text, nlp=nlp)[0])


@pytest.mark.parametrize(
    "text",
    [
        "The former ambassador said the government must rebut the senator's claims.",
        "Early polls show voters in the district resoundingly rejecting Mr. Hale.",
        "The treaty, which was rejected by large but insufficient majorities in Congress, will"
        " return.",
    ],
)
def test_a_denial_asked_for_or_a_vote_against_a_person_is_none(nlp, text):
    assert "denial" not in kinds(nlp, text)


def test_rejecting_a_persons_claims_is_still_a_denial(nlp):
    assert kinds(nlp, "The minister rejected Mr. Hale's claims.") == ["denial"]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (  # the parser hangs "published by" on the verb
            "Borealis Midstream Ltd. on Thursday rejected allegations, first published by the "
            "Prairie Dispatch, that it waited three weeks to tell the band.",
            ("claim", "Prairie Dispatch"),
        ),
        (
            "The company rejected allegations first reported by the Harbour Times that it hid "
            "losses.",
            ("claim", "Harbour Times"),
        ),
        (  # "the newspaper's report": the outlet named before
            "The Kuala Lumpur Business Times reported on Monday that the regulator had opened an "
            "inquiry. A Perdana spokeswoman denied the newspaper's report.",
            ("report", "Kuala Lumpur Business Times"),
        ),
        (  # "that", "it": the report an outlet made just before
            "The Sunday Clarion reported that Dunmore had made a bid of £9m. Dunmore's director "
            'of football, Ewan McCrae, dismissed that as "lazy gossip".',
            ("report", "Sunday Clarion"),
        ),
        (  # whom he told is no target
            'The Sunday Clarion reported that Dunmore had made a bid. "No, that\'s not true," '
            "Hendry told Pennine Sound.",
            ("report", "Sunday Clarion"),
        ),
        (  # an outlet that only carries the answer is its channel, not what is denied
            "According to Variety, CNN has answered Trump's demand for a donation. “No,” "
            "replied Jeff Zucker, president of CNN.",
            ("other", None),
        ),
    ],
)
def test_a_denial_targets_the_report_an_outlet_made(nlp, text, target):
    a = of_kind(nlp, text, "denial")[-1]
    assert (a.target_type, a.target_outlet) == target


def test_dismissing_that_as_gossip_denies_that(nlp):
    # the parser makes "that" the mark of "as"; it is what is dismissed
    a = one(nlp, 'Ewan McCrae dismissed that as "lazy gossip".', "denial")
    assert a.cue == "dismissed" and a.content.startswith("that as")
    assert kinds(nlp, "He said that as a child he was poor.") == ["claim"]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (  # an outlet the registry lacks, named after a word for a publication
            "Separately, the Berlin tech newsletter Datenkanal reported last week that the "
            'Commission was examining the system.\n\nKestrel called that report "speculative '
            'and inaccurate".',
            ("report", "Datenkanal"),
        ),
        (  # and a claim named by it
            "The story was picked up by the Japanese business daily Keizai Nippo, which reported "
            "that the facility would cost 14 billion yen. Press secretary Yuko Arakawa dismissed "
            'the Keizai Nippo account as "speculation".',
            ("claim", "Keizai Nippo"),
        ),
        (  # an outlet inside what is denied is not whose claim it is
            "The Harbour Times reported the deal. Mayor Ana Reyes denied claims that she had "
            "spoken to the Harbour Times.",
            ("claim", None),
        ),
    ],
)
def test_a_denied_report_takes_an_outlet_named_after_a_publication_word(nlp, text, target):
    a = of_kind(nlp, text, "denial")[-1]
    assert (a.target_type, a.target_outlet) == target


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        (
            "Kostakis said the minutes were never circulated, a point the company disputes.",
            "the company",
        ),
        (
            "Workers believe the company wants to phase out permanent jobs, a suggestion "
            'Maguire called "fanciful".',
            "Maguire",
        ),
        ("It was a suggestion Maguire called brilliant.", None),
        ("Maguire called the claims bogus.", "Maguire"),
    ],
)
def test_a_point_or_suggestion_disputed_or_called_false_is_denied(nlp, text, denier):
    assert [a.speaker for a in of_kind(nlp, text, "denial")] == ([denier] if denier else [])


def test_rejecting_a_proposed_thing_is_a_decision(nlp):
    text = "Last year the provincial board rejected a proposed long-term lease of land."
    assert "denial" not in kinds(nlp, text)
    assert kinds(nlp, "The ministry rejected the report's proposed theory.") == ["denial"]


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            "The Irish Ledger reported on Saturday that deaths had been hidden. The department "
            'said the newspaper\'s suggestion that deaths had been hidden was "simply untrue".',
            "Irish Ledger",
        ),
        (
            "The business daily Finansposten reported that two advisers had warned the company. "
            'That account was dismissed as "baseless" by Nordvik on Wednesday.',
            "Finansposten",
        ),
        (  # a claim that points back to nothing an outlet reported
            'Mayor Ana Reyes said the audit was late. That claim was dismissed as "baseless" '
            "by the council.",
            None,
        ),
    ],
)
def test_a_denied_claim_pointing_back_to_an_outlet_s_report_is_its(nlp, text, outlet):
    a = of_kind(nlp, text, "denial")[-1]
    assert (a.target_type, a.target_outlet) == ("claim", outlet)


@pytest.mark.parametrize(
    ("text", "denier", "target"),
    [
        (  # a camel-cased name before the colon
            "CoralBit founder: 'I never touched customer money'\n\nAdrian Goh has denied "
            "moving customer funds.",
            "CoralBit founder",
            ("other", None),
        ),
        (  # words that only call it false, about a report the next sentence cites
            "Publicist on Castellane split report: 'Pure fiction'\n\nThe publicist has "
            "dismissed a report in the Sunday Courier that the couple had split.",
            "Publicist",
            ("report", "Sunday Courier"),
        ),
        ("Critic: 'Rubbish'\n\nThe film opened on Friday.", None, None),  # said of a film too
    ],
)
def test_a_headline_s_words_after_a_colon(nlp, text, denier, target):
    atts, _ = extract_attributions(text, nlp=nlp)
    colon = [a for a in atts if a.cue == ":"]
    assert [a.speaker for a in colon] == ([denier] if denier else [])
    if target:
        assert (colon[0].target_type, colon[0].target_outlet) == target


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            "Ferrandi denies positive EPO test reported by Danish broadcaster\n\nThe Danish "
            "broadcaster Kanal Nord reported on Tuesday that he had failed a test.",
            "Kanal Nord",
        ),
        ("The minister denied an affair reported by the Harbour Times.", "Harbour Times"),
    ],
)
def test_what_the_press_reported_is_a_report_denied(nlp, text, outlet):
    a = one(nlp, text, "denial")
    assert (a.target_type, a.target_outlet) == ("report", outlet)


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        (  # "disputes" read as the root noun, with an object of its own
            "Brazilian meatpacker disputes NGO findings linking it to Amazon clearing",
            "Brazilian meatpacker",
        ),
        (  # the parser's mangled subject ends in a name the article writes
            "All Blacks hopeful Tamatea denies Queenstown bar scuffle report\n\nSouthern Kahu "
            "lock Josh Tamatea has denied claims published by a rugby website.",
            "All Blacks hopeful Tamatea",
        ),
    ],
)
def test_headline_denials_the_parser_mangles(nlp, text, denier):
    atts, _ = extract_attributions(text, nlp=nlp)
    assert atts[0].kind == "denial" and atts[0].speaker == denier


@pytest.mark.parametrize(
    "text",
    [
        "Last year a labour court in Gazipur dismissed a complaint brought by three workers.",
        "Last season a judicial committee dismissed a citing against him for a dangerous cleanout.",
        "At the same meeting it rejected the only tender received for a new catalog system.",
    ],
)
def test_complaints_citings_and_tenders_are_ruled_on(nlp, text):
    assert "denial" not in kinds(nlp, text)


def test_a_chain_denies_as_a_body(nlp):
    text = "Fair Go also claimed that Banksia had shrunk pack sizes, a claim the chain denies."
    a = one(nlp, text, "denial")
    assert (a.speaker, a.speaker_type) == ("the chain", "organization")


def test_dismissing_counted_people_by_their_work_is_firing(nlp):
    text = "The chain dismissed two senior buyers in its fresh produce division in March."
    assert "denial" not in kinds(nlp, text)
    assert kinds(nlp, "The ministry dismissed two reports as false.") == ["denial"]


def test_a_clause_naming_what_it_calls_false_is_no_outlet_s_report(nlp):
    text = (
        "The Herald reported the budget figures on Monday. The mayor said the opposition "
        "leader's figures were false."
    )
    a = one(nlp, text, "denial")
    assert (a.target_type, a.target_outlet) == ("other", None)


def test_a_thing_reported_by_a_named_broadcaster_is_its_report(nlp):
    a = one(nlp, "Ferrandi denies positive test reported by Danish broadcaster DR", "denial")
    assert (a.target_type, a.target_outlet) == ("report", "DR")


@pytest.mark.parametrize(
    "text",
    [
        'Neil Prescott has told a jury he "never took a cent" from anyone.',
        "Councillor Neil Prescott tells court he 'never took a cent' from developer",
        'Clive Lautenbach said he had "never paid a politician for anything".',
        'Dunmore Agri said that it "has never sought to influence the outcome of any research".',
    ],
)
def test_quoting_the_words_that_somebody_never_did_it_is_a_denial(nlp, text):
    assert kinds(nlp, text) == ["denial"]


@pytest.mark.parametrize(
    "text",
    [
        'The coach said he had "never been happier" with the squad.',
        "The developer said he had never met the councillor.",
        # of somebody else: an accusation
        'The landlord said she "never paid rent" for the flat.',
        'Neil Prescott said she "never paid rent" for the flat.',
    ],
)
def test_never_said_plainly_or_of_a_feeling_stays_a_claim(nlp, text):
    assert kinds(nlp, text) == ["claim"]


@pytest.mark.parametrize(
    "text",
    [
        "Rovers rejected a £4m bid from Southfield Albion for their striker in January.",
        "On Friday the university rejected the forum's demand to cancel the examination.",
        "Ottawa last year rejected a recommendation from its science committee to delay the season.",
        "Lacey, who in 2022 rejected a 70-cent-a-share approach from a consortium, told analysts"
        " the board was focused on the mine.",
    ],
)
def test_turning_down_money_a_demand_or_an_approach_is_no_denial(nlp, text):
    assert not of_kind(nlp, text, "denial")


@pytest.mark.parametrize("name", ["Ledgerly", "Harlow"])
def test_a_headline_s_report_read_as_the_verb_of_its_clause_is_denied(nlp, name):
    att = only(nlp, f"{name} disputes report that hackers stole customer card data", "denial")
    assert (att.speaker, att.cue) == (name, "disputes")


def test_a_name_read_as_an_adverb_before_its_apposition_is_who_denies(nlp):
    text = (
        "Ledgerly, a payments start-up valued at $2.1 billion last year, on Wednesday disputed a"
        " report by the technology news site ByteWire that hackers had stolen card numbers."
    )
    att = only(nlp, text, "denial")
    assert (att.speaker, att.target_outlet) == ("Ledgerly", "ByteWire")


def test_a_passive_denial_denies_its_subject_not_the_agent_s_quotation(nlp):
    text = (
        "The magazine's account was also dismissed by the project's escrow agent, Harbourline"
        ' Bank, which said in a statement that the account "has been operated in full'
        ' compliance".'
    )
    att = only(nlp, text, "denial")
    assert att.content == "The magazine's account"


def test_an_outlet_named_before_saying_what_it_is_is_the_report_s_outlet(nlp):
    text = (
        "Mau Highlands Tea Ltd on Tuesday denied a newspaper report that it had underpaid"
        " pickers.\n\n"
        "The Rift Ledger, a weekly based in Nakuru, reported on Monday that pickers had been"
        " paid as little as 9 shillings."
    )
    att = only(nlp, text, "denial")
    assert att.target_outlet == "Rift Ledger"


def test_the_statement_of_a_body_that_denied_keeps_up_its_denial(nlp):
    text = (
        "Ashcombe Rovers have denied approaching the Dutch coach Ruud Verbeek.\n\n"
        "In a statement, the club said the report was without foundation.\n\n"
        "“No member of our staff has met or spoken to Mr Verbeek,” the statement read."
    )
    assert [a.speaker for a in of_kind(nlp, text, "denial")] == [
        "Ashcombe Rovers",
        "the club",
        "the statement",
    ]


def test_a_denying_verb_read_as_a_participle_after_a_comma_and_an_adverb(nlp):
    text = (
        'Sohar Pharma\'s chairman, Khalid al-Rawahi, separately dismissed as "pure invention" a'
        " claim in the same report that he had met Najd executives in Riyadh."
    )
    att = only(nlp, text, "denial")
    assert att.content.startswith("a claim in the same report")


def test_an_adverb_opening_the_sentence_is_no_name(nlp):
    att = only(nlp, "However, the club, in a statement, denied the report.", "denial")
    assert att.speaker == "the club"


def test_the_comma_closing_the_apposition_may_hang_on_it(nlp):
    text = "Ledgerly, a payments start-up valued at $2.1 billion, disputed the report."
    assert only(nlp, text, "denial").speaker == "Ledgerly"


def test_a_number_denied_is_no_amount_turned_down(nlp):
    text = "Three allegations were put to the minister. He denied all three."
    assert only(nlp, text, "denial").content == "all three"


def test_a_known_adjective_opening_a_headline_is_no_name(nlp):
    assert not of_kind(nlp, "Legal disputes report that tenants won more cases", "denial")


@pytest.mark.parametrize(
    "text, outlet",
    [
        (
            "Thorne has denied a report in online magazine The Southern Review that she"
            " intervened.",
            "Southern Review",
        ),
        (
            "The diocese has rejected claims broadcast on Atlantic FM that it sold a convent"
            " cheaply.",
            "Atlantic FM",
        ),
    ],
)
def test_an_outlet_named_after_its_medium_with_the_or_a_station_is_the_target(nlp, text, outlet):
    assert only(nlp, text, "denial").target_outlet == outlet
