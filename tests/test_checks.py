"""One behaviour per check: the error it must find, and the paraphrase it must leave alone."""

from __future__ import annotations

from factdiff import compare
from factdiff.model import FindingType, Severity


def types(reference: str, candidate: str, mode: str = "rewrite") -> set[str]:
    return {f.type.value for f in compare(reference, candidate, mode).findings}


def serious(reference: str, candidate: str, mode: str = "rewrite") -> list[str]:
    report = compare(reference, candidate, mode)
    return [f.message for f in report.findings if f.severity in (Severity.MAJOR, Severity.CRITICAL)]


def test_changed_amount_is_a_number_finding_with_both_spans():
    ref = "The company paid a fine of $4.2 million to regulators."
    cand = "The company paid a fine of $2.4 million to regulators."
    finding = next(f for f in compare(ref, cand).findings if f.type == FindingType.NUMBER)
    assert finding.candidate_span.text == "$2.4 million"
    assert finding.reference_span.text == "$4.2 million"


def test_number_formats_are_not_a_number_error():
    assert (
        serious(
            "Officials counted 1,200,000 voters and about 300 complaints.",
            "Officials counted 1.2 million voters and around 300 complaints.",
        )
        == []
    )


def test_changed_unit_of_measure_is_a_number_finding_and_a_conversion_is_not():
    assert "number" in types("The ship is 200 metres long.", "The ship is 200 feet long.")
    assert serious("The road runs for 40 miles.", "The road runs for 64 kilometres.") == []


def test_another_part_of_the_year_is_a_date_finding():
    assert "date" in types("Profits fell in the first half of 2024.", "Profits fell in the second half of 2024.")
    assert serious("Profits fell in 2024.", "Profits fell in the second half of 2024.") == []


def test_changed_year_is_a_date_finding():
    assert "date" in types("The bridge opened in 2019.", "The bridge opened in 2017.")


def test_same_date_in_other_words_is_not_flagged():
    assert serious("The treaty was signed on 3 March 2021 in Vienna.", "The treaty was signed in Vienna on March 3, 2021.") == []


def test_swapped_organisation_is_an_entity_finding():
    findings = compare("Siemens won the contract to build the station.", "Bosch won the contract to build the station.").findings
    entity = next(f for f in findings if f.type == FindingType.ENTITY)
    assert (entity.candidate_span.text, entity.reference_span.text) == ("Bosch", "Siemens")


def test_capital_and_demonym_stand_for_the_country():
    assert serious("France said it would send aid to Chad.", "Paris said it would send aid to Chad.") == []
    assert serious("German officials met the delegation.", "Officials from Germany met the delegation.") == []


def test_swapped_agent_and_patient_is_a_role_finding():
    assert "role" in types("Apple sued Samsung in California.", "Samsung sued Apple in California.")


def test_passive_voice_keeps_the_roles():
    assert serious("Apple sued Samsung in California.", "Samsung was sued by Apple in California.") == []


def test_relation_from_an_entity_to_itself_is_a_role_finding():
    assert "role" in types("Brazil sold the jets to Chile last year.", "Brazil sold the jets to Brazil last year.")


def test_negation_is_a_polarity_finding():
    assert "polarity" in types("The council approved the budget on Monday.", "The council did not approve the budget on Monday.")


def test_belief_turned_into_fact_is_a_modality_finding():
    assert "modality" in types("Police believe the suspect fled to Spain.", "The suspect fled to Spain.")


def test_claim_given_another_source_is_an_attribution_finding():
    both = "Reuters and Bloomberg covered the talks. "
    assert "attribution" in types(
        both + "Reuters reported that the mine would close.", both + "Bloomberg reported that the mine would close."
    )


def test_unknown_source_in_place_of_the_reference_source_is_an_entity_finding():
    findings = compare("Reuters reported that the mine would close.", "Bloomberg reported that the mine would close.").findings
    assert any(f.type == FindingType.ENTITY and f.candidate_span.text == "Bloomberg" for f in findings)


def test_opposite_action_is_a_polarity_finding():
    assert "polarity" in types("The board approved the merger on Monday.", "The board rejected the merger on Monday.")


def test_repeated_phrase_is_a_repetition_finding():
    report = compare("The team scored three goals in the second half.", "The team scored three goals, three goals in the second half.")
    rep = [f for f in report.findings if f.type == FindingType.REPETITION]
    assert rep and rep[0].severity == Severity.MINOR


def test_omission_counts_in_rewrite_mode_but_not_in_summary_mode():
    ref = "The firm hired 300 engineers in Austin. It also opened an office in Denver."
    cand = "The firm hired 300 engineers in Austin."
    assert "omission" in types(ref, cand, "rewrite")
    assert "omission" not in types(ref, cand, "summary")


def test_identical_texts_score_one_and_are_consistent():
    text = "The ministry said exports rose 4% in March."
    report = compare(text, text)
    assert report.findings == [] and report.score == 1.0 and report.verdict == "consistent"


def test_more_errors_mean_a_lower_score():
    ref = "Siemens paid $4 million to Lyon in 2019."
    one = compare(ref, "Bosch paid $4 million to Lyon in 2019.")
    two = compare(ref, "Bosch paid $9 million to Lyon in 2019.")
    assert 1.0 > one.score > two.score
    assert one.verdict == "inconsistent"


def test_report_carries_its_signature():
    report = compare("Rain fell in Oslo.", "Rain fell in Oslo.")
    assert report.schema_ == "factdiff.report/2"
    assert report.signature["mode"] == "rewrite" and "spacy" in report.signature["parser"]


def test_a_word_that_opens_a_sentence_and_is_written_in_lower_case_elsewhere_is_no_name():
    from factdiff.analyse.document import analyse
    from factdiff.checks.entities import _common_word
    from factdiff.read import source_from_text

    opening = analyse(source_from_text("Hosepipe car washing and the filling of paddling pools will all be banned.", "c"))
    mention = next(m for m in opening.entities if m.text == "Hosepipe")
    assert mention.from_parse
    said_plainly = analyse(source_from_text("Washing cars with a hosepipe will be prohibited from Monday.", "r"))
    assert _common_word(mention, opening, said_plainly)
    named = analyse(source_from_text("Washing cars will be prohibited from Monday, the Hosepipe Trust said.", "r"))
    assert not _common_word(mention, opening, named)
