"""A person described in the lead and named after (`descriptions.py`), on articles written
for these tests."""

from __future__ import annotations

import pytest

from pipelines.extracting import extract_attributions

TRIAL = (
    "Nursery owner denies neglecting toddlers\n\n"
    "A nursery owner has denied nine counts of neglect involving children in her care.\n\n"
    "Rosalind Fairbairn, 47, of Mill Lane, Dunmore, went on trial on Monday alongside a former"
    " assistant, Kevin Doyle, 29.\n\n"
    "Mrs Fairbairn's barrister, Alan Pryce, told the jury that she had asked the council for"
    " more staff.\n\n"
    "“I never left a child alone, not for one minute,” Mrs Fairbairn told the court."
)


def resolved(text: str, nlp) -> list[tuple[str, str | None, str | None]]:
    atts = extract_attributions(text, nlp=nlp)[0]
    return [(a.kind, a.speaker, a.speaker_resolved) for a in atts]


def test_the_lead_description_and_the_headline_are_the_person_named_next(nlp):
    rows = resolved(TRIAL, nlp)
    assert ("denial", "Nursery owner", "Rosalind Fairbairn") in rows
    assert ("denial", "A nursery owner", "Rosalind Fairbairn") in rows


def test_a_title_and_the_surname_are_the_person_named_in_full(nlp):
    rows = resolved(TRIAL, nlp)
    assert ("denial", "Mrs Fairbairn", "Rosalind Fairbairn") in rows


def test_a_quotation_of_the_person_named_keeps_up_the_description_s_denial(nlp):
    text = (
        "A chemist at Northgate University has rejected a finding that she faked results.\n\n"
        "According to the panel's report, Professor Elin Varga, 44, presented data that were"
        " never measured.\n\n"
        "“I did not fake anything. Every number came from the samples,” Professor Varga said."
    )
    assert ("denial", "Professor Varga", "Elin Varga") in resolved(text, nlp)


def test_a_pronoun_resolved_to_the_description_goes_to_the_name(nlp):
    text = (
        "A chemist at Northgate University has rejected a finding that she faked results."
        " She said the panel had misread her notebooks.\n\n"
        "According to the panel's report, Professor Elin Varga, 44, presented data that were"
        " never measured.\n\n"
        "Professor Varga said she would appeal."
    )
    rows = resolved(text, nlp)
    assert ("claim", "She", "Elin Varga") in rows
    assert ("denial", "A chemist at Northgate University", "Elin Varga") in rows


def test_a_person_never_heard_from_is_not_who_was_described(nlp):
    text = (
        "A police constable has denied assaulting a teenager in a cell.\n\n"
        "Jamal Reed, 16, was taken to hospital with a broken wrist.\n\n"
        "The hearing continues."
    )
    (a,) = extract_attributions(text, nlp=nlp)[0]
    assert a.speaker_resolved == "A police constable"


def test_a_name_of_the_other_gender_is_not_who_was_described(nlp):
    text = (
        "A nurse has denied that she stole morphine from a hospital ward.\n\n"
        "Michael Grant, the ward manager, said he had raised the alarm in May."
    )
    rows = resolved(text, nlp)
    assert ("denial", "A nurse", "A nurse") in rows


def test_a_description_that_names_the_person_spoken_for_is_kept(nlp):
    text = (
        "A representative for singer Dana Whitlow denied the couple had split.\n\n"
        "Carla Nunez, the representative, said the report was false."
    )
    rows = resolved(text, nlp)
    assert rows[0][2] == "A representative for singer Dana Whitlow"


def test_a_definite_description_after_a_name_is_an_epithet_not_a_lead(nlp):
    text = (
        "Carla Minetti wins the primary\n\n"
        "The Ohio senator said on Monday that the count was fair.\n\n"
        "Paul Darby, her rival, said he would not concede. “It was close,” Darby said."
    )
    rows = resolved(text, nlp)
    assert ("claim", "The Ohio senator", "The Ohio senator") in rows


def test_a_name_the_article_gave_before_the_description_is_not_who_it_describes(nlp):
    text = (
        "A television reporter asked about Maria Ostrova's tax returns on Monday.\n\n"
        "Maria Ostrova, 61, said she would publish them. “They are clean,” Ostrova said."
    )
    rows = resolved(text, nlp)
    assert rows[0][2] == "A television reporter"


def test_the_description_s_own_gender_word_rules_out_a_name(nlp):
    text = (
        "The wife of a man shot by police has released a video of the encounter.\n\n"
        "Keith Arnold, 43, died at the scene. “He was unarmed,” Arnold's brother said."
    )
    rows = resolved(text, nlp)
    assert rows[0][2] == "The wife of a man shot by police"


def test_the_description_s_noun_again_is_the_person_named(nlp):
    text = (
        "A police sergeant has denied lying to investigators.\n\n"
        "Sgt Daniel Oyelaran, 41, faces a charge of gross misconduct.\n\n"
        "Giving evidence, the sergeant rejected that account. “I saw nothing,” Oyelaran said."
    )
    assert ("denial", "the sergeant", "Daniel Oyelaran") in resolved(text, nlp)


def test_a_body_described_in_the_lead_is_the_body_that_speaks_next(nlp):
    text = (
        "HOUSTON (AP) — A chemical manufacturer on Thursday denied it had concealed the size of"
        " a chlorine leak at its plant.\n\n"
        "Norvane Chemicals said in a statement that it reported the release on time."
    )
    assert resolved(text, nlp)[0][2] == "Norvane Chemicals"


def test_a_person_who_speaks_next_is_not_the_body_described(nlp):
    text = (
        "A Malaysian chip packaging company has denied that it plans to close its factory.\n\n"
        "Datuk Lim Boon Keat, its chairman, said the factory would stay open."
    )
    assert resolved(text, nlp)[0][2] == "A Malaysian chip packaging company"


def test_a_judge_or_a_victim_named_next_is_not_who_was_described(nlp):
    text = (
        "A bus driver has denied causing the death of a pedestrian.\n\n"
        "Judge Anna Prior, 61, adjourned the case. Gary Stoner, 45, denies the charge.\n\n"
        "“I never saw her,” Stoner told the court."
    )
    assert resolved(text, nlp)[0][2] == "Gary Stoner"
    text = (
        "A taxi driver has denied causing the death of a cyclist.\n\n"
        "Emily Watts, 34, was thrown from her bike. Mohammed Iqbar, 47, pleaded not guilty to"
        " causing death by dangerous driving.\n\n"
        "Watts's parents said: “She was the light of our lives.”"
    )
    assert resolved(text, nlp)[0][2] == "Mohammed Iqbar"


def test_a_regulator_or_analysts_speaking_next_are_not_the_body_described(nlp):
    text = (
        "A chemical manufacturer has denied dumping waste into the river.\n\n"
        "The Environment Agency said samples showed high levels of benzene. Halvex Chemicals"
        " said it had always complied with its permits."
    )
    assert resolved(text, nlp)[0][2] == "Halvex Chemicals"


def test_a_hyphenated_first_name_is_named_in_full(nlp):
    text = (
        "The director of a small museum in Paris has rejected claims that a bronze was sold.\n\n"
        "Jean-Baptiste Rousseau, 58, who has run the museum since 2016, said the bronze was in"
        " storage. “It never left the building,” Rousseau said."
    )
    assert resolved(text, nlp)[0][2] == "Jean-Baptiste Rousseau"


def test_counsel_named_after_the_description_is_not_the_described(nlp):
    text = (
        "Councillor denies charity fraud\n\n"
        "A former borough councillor has pleaded not guilty to defrauding a housing charity.\n\n"
        "Prosecuting, Eleanor Quist KC told the court that the money had gone to a consultancy."
    )
    a = next(
        x
        for x in extract_attributions(text, nlp=nlp)[0]
        if x.kind == "denial" and "former" in (x.speaker or "")
    )
    assert a.speaker_resolved != "Eleanor Quist KC"


# A body's description after its name: "the bank", "the newspaper", "the statement"


def resolved_as(text: str, written: str, nlp) -> list[str | None]:
    """Who each row spoken by `written` was resolved to."""
    return [r for _, w, r in resolved(text, nlp) if w == written]


HOUSE_AND_SUPPLIER = (
    "PARIS — The French fashion house Maison Orlac has denied copying a designer's work.\n\n"
    "In a statement, the house said every piece had been designed by its own studio.\n\n"
    "Tavera Components, a Turin-based car parts supplier, said it had not been told.\n\n"
    "The supplier said it would check its records."
)


@pytest.mark.parametrize(
    ("text", "written", "meant"),
    [
        pytest.param(
            "LAGOS — Harbourline Bank Plc on Monday rejected a report that it was insolvent.\n\n"
            "In a statement, the bank said the report was false.",
            "the bank",
            "Harbourline Bank Plc",
            id="the_bank_is_the_body_named_before_with_that_noun",
        ),
        pytest.param(
            "The Coastal Tribune reported on Sunday that the mayor had sold land to his brother.\n\n"
            "The newspaper said the sale had not been declared.",
            "The newspaper",
            "Coastal Tribune",
            id="the_newspaper_is_the_outlet_the_text_just_cited",
        ),
        pytest.param(
            HOUSE_AND_SUPPLIER,
            "the house",
            "Maison Orlac",
            id="the_house_the_text_calls_a_house_is_the_one_meant",
        ),
        pytest.param(
            HOUSE_AND_SUPPLIER,
            "The supplier",
            "Tavera Components",
            id="the_supplier_the_text_calls_a_supplier_is_the_one_meant",
        ),
        pytest.param(
            "OSLO — Norwegian gas producer Vestfjord Energi on Tuesday rejected accusations by the"
            " environmental group Havvern that its adverts were misleading.\n\n"
            "Havvern said the adverts gave a false impression.\n\n"
            "The company said the campaign had been checked by outside advisers.",
            "The company",
            "Vestfjord Energi",
            id="the_company_is_the_company_named_not_a_group_that_spoke",
        ),
        pytest.param(
            "Stocks rose on Friday, helped by results from the retailer Amazon and the chipmaker"
            " Intel.\n\n"
            "Oil prices recovered after three weeks of losses, and bond yields fell as traders bet"
            " that the central bank would hold rates through the summer, analysts said.\n\n"
            "The Dow slipped as shares of banks and insurers fell for a second day in a row after"
            " weak results from the regional lenders, and the dollar weakened against the euro and"
            " the yen for the first time this month.\n\n"
            "The company said its profit had fallen by half.",
            "The company",
            "The company",
            id="the_company_among_many_named_long_before_is_left_as_written",
        ),
        pytest.param(
            "Brightwell Foods said in a statement that it had recalled the batch.\n\n"
            "“No customer has reported any illness,” the statement said.",
            "the statement",
            "Brightwell Foods",
            id="the_statement_is_that_of_who_made_it",
        ),
        pytest.param(
            "MADRID — Spanish tennis player Marco Ferrant was named in a programme on match"
            " fixing.\n\n"
            "The programme said Ferrant had met a gambler in 2021, a claim the player denies.",
            "the player",
            "Marco Ferrant",
            id="the_player_is_the_player_named_before",
        ),
        pytest.param(
            "Harbourline Bank Plc on Monday rejected a report that it was insolvent.\n\n"
            "In a statement signed by its spokesman, Tunde Bakare, the bank said the report was"
            " false.",
            "the bank",
            "Harbourline Bank Plc",
            id="a_name_before_the_bank_said_is_no_name_of_the_bank",
        ),
        pytest.param(
            "Ashcombe Rovers have denied approaching a Dutch coach about their manager's job.\n\n"
            "In a statement, the club said the report was without foundation.",
            "the club",
            "Ashcombe Rovers",
            id="the_club_is_the_club_named_before",
        ),
        pytest.param(
            "The Rift Ledger, a weekly based in Nakuru, reported on Monday that pickers had been"
            " paid less than the minimum wage.\n\n"
            "The Rift Ledger's editor, Samuel Otieno, said the paper stood by its reporting.",
            "The Rift Ledger, a weekly based in Nakuru",
            "Rift Ledger",
            id="an_outlet_and_what_it_is_resolve_to_the_outlet",
        ),
        pytest.param(
            "Adani Group said the port would open in May.\n\n"
            "A group of residents said the dredging had killed fish.\n\n"
            "The group said it would go to court.",
            "The group",
            "The group",
            id="the_group_after_an_unnamed_group_spoke_is_not_a_group_named_before",
        ),
        pytest.param(
            "Helvex Systems said it respected the outcome.\n\n"
            "A company spokesman said Helvex would not appeal.\n\n"
            "The company said its bid had been the cheapest.",
            "The company",
            "Helvex Systems",
            id="a_body_s_spokesman_is_no_unnamed_body",
        ),
    ],
)
def test_a_description_after_a_name_is_resolved_to_it(nlp, text, written, meant):
    """ "the bank" after "Harbourline Bank Plc", and the other shapes `name_bodies_referred_to` reads."""
    assert resolved_as(text, written, nlp) == [meant]


@pytest.mark.parametrize(
    ("text", "written", "meant"),
    [
        pytest.param(
            "The Ledger said Councillor Ama Boateng had provided a written statement.\n\n"
            "“I have followed every rule,” the statement said.",
            "the statement",
            "The Ledger",
            id="a_statement_somebody_else_gave_is_not_the_speaker_s",
        ),
        pytest.param(
            "The Rift Ledger, a weekly based in Nakuru, reported on Monday that pickers had been"
            " paid less than the minimum wage.\n\n"
            "The Rift Ledger's editor, Samuel Otieno, said the paper stood by its reporting.",
            "The Rift Ledger's editor, Samuel Otieno",
            "Rift Ledger",
            id="an_outlet_and_what_it_is_resolve_to_the_outlet",
        ),
        pytest.param(
            "Police said a statement from the family would be released later.\n\n"
            "“We are heartbroken,” the statement said.",
            "the statement",
            "Police",
            id="a_statement_from_somebody_else_is_not_the_speaker_s",
        ),
    ],
)
def test_a_description_is_not_resolved_to_what_it_is_not(nlp, text, written, meant):
    """A statement somebody else gave, an outlet's editor: not the name."""
    assert resolved_as(text, written, nlp) != [meant]
