"""Readings from stop 56: a range whose year is written once at its far end, a dotted time beside a marked one, the
subject of 'unable to' for converse verbs, what 'was lacking', 'run out of', kept against no longer had, a party the
tagger took for a person that speaks for itself, 'the city' for 'the city of X', an amount for each against one in
total, a hedge adverb dropped with its predicate reworded, 'unwilling to', 'under consideration', 'possible fines', a
name's relative clause, an object pronoun that is not its own clause's subject, a bound after the figure ('or more'),
and a deadline turned into a start.

Every text here is made up for the test; none comes from the seed, the challenge or the evaluation sets.
"""

from __future__ import annotations

from helpers import of_type, serious

from factdiff.analyse.dates import normalise
from factdiff.model import FindingType

# --- dates -----------------------------------------------------------------------------------------------------------


def test_a_range_with_its_year_at_the_far_end_is_read():
    kind, period, low, high = normalise("from 1 May to 31 August next year")
    assert (kind, period) == ("year_named", "range")
    assert (low.month, low.day, high.month, high.day) == (5, 1, 8, 31)
    kind, period, low, _ = normalise("from 3 June to 9 July 2027")
    assert (kind, period, low.year, low.month) == ("absolute", "range", 2027, 6)


def test_a_changed_start_of_a_range_with_a_year_is_found():
    reference = "Fishing will be banned on the upper river from 1 May to 31 August next year, the angling board said."
    candidate = "The angling board said fishing on the upper river will be banned from 1 June to 31 August next year."
    assert of_type(serious(reference, candidate), FindingType.DATE)


def test_the_same_range_with_a_year_is_quiet():
    reference = "Fishing will be banned on the upper river from 1 May to 31 August next year, the angling board said."
    candidate = "The angling board said fishing on the upper river will be banned from 1 May to 31 August next year."
    assert not of_type(serious(reference, candidate), FindingType.DATE)


def test_a_dotted_time_beside_a_marked_one_is_a_time():
    reference = "The outage began just before 7 a.m. and power was restored at around 10.45, the utility said."
    candidate = "Power went off shortly before 7 a.m. and came back at about 10:45, the utility said."
    assert not of_type(serious(reference, candidate), FindingType.DATE)


def test_a_dotted_time_changed_is_found():
    reference = "The outage began just before 7 a.m. and power was restored at around 10.45, the utility said."
    candidate = "Power went off shortly before 7 a.m. and came back at about 11:15, the utility said."
    assert of_type(serious(reference, candidate), FindingType.DATE)


def test_a_dotted_figure_without_a_time_beside_it_is_no_time():
    from helpers import quantities

    assert [low for _, low, _, _ in quantities("Shares closed at 10.45, up from 9.80 a week earlier.")][:2] == [10.45, 9.8]


def test_a_deadline_turned_into_a_start_is_found():
    reference = "The review's conclusions are to be published by the end of June."
    candidate = "The review's conclusions will be published from the end of June."
    assert of_type(serious(reference, candidate), FindingType.DATE)


def test_a_deadline_told_with_before_is_quiet():
    reference = "The review's conclusions are to be published by the end of June."
    candidate = "The review's conclusions will be published before the end of June."
    assert not of_type(serious(reference, candidate), FindingType.DATE)


# --- polarity --------------------------------------------------------------------------------------------------------


def test_one_sale_told_from_the_buyer_and_the_seller_is_quiet():
    reference = "Customers were unable to buy fuel from the pumps at the depot for most of Tuesday, the operator said."
    candidate = "The pumps at the depot stopped selling fuel for most of Tuesday, according to the operator."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_what_was_lacking_is_what_they_lacked():
    reference = "The inspector welcomed the plan but warned that several wards lacked trained night staff."
    candidate = "The inspector welcomed the plan but cautioned that trained night staff were lacking on several wards."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_run_out_of_is_have_none_left():
    reference = "The county has warned that its largest landfill site could run out of space within four years."
    candidate = "The county has warned that its largest landfill site may have no space left within four years."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_kept_against_no_longer_had_is_found():
    reference = "Under the new contract, tenants will keep their weekly bin collections, but the depot will close."
    candidate = "Under the new contract, tenants will no longer have their weekly bin collections, and the depot will close."
    assert of_type(serious(reference, candidate), FindingType.POLARITY)


def test_kept_against_still_had_is_quiet():
    reference = "Under the new contract, tenants will keep their weekly bin collections, but the depot will close."
    candidate = "Under the new contract, tenants will still have their weekly bin collections, though the depot will close."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_unwilling_to_is_does_not_wish_to():
    reference = "Buying the field next to the school was ruled out because its owner does not wish to sell."
    candidate = "Buying the neighbouring field was ruled out, as its owner is unwilling to sell."
    findings = serious(reference, candidate)
    assert not of_type(findings, FindingType.POLARITY) and not of_type(findings, FindingType.MODALITY)


def test_unwilling_against_willing_is_found():
    reference = "Buying the field next to the school was ruled out because its owner does not wish to sell."
    candidate = "Buying the neighbouring field is being considered, as its owner is willing to sell."
    assert of_type(serious(reference, candidate), FindingType.POLARITY) or of_type(serious(reference, candidate), FindingType.MODALITY)


# --- attribution -----------------------------------------------------------------------------------------------------


def test_a_body_claim_given_to_a_company_that_speaks_for_itself_is_found():
    reference = (
        "The Water Standards Office has approved the treatment works at Colby Mill, to be run by Pellam Energy. The "
        "office said discharge limits in the permit were tighter than the legal minimum. Pellam Energy said work could "
        "start in May."
    )
    candidate = (
        "The Water Standards Office has approved the Colby Mill treatment works, which Pellam Energy will run. According "
        "to Pellam Energy, the permit's discharge limits are tighter than the legal minimum. Work could start in May, "
        "the company said."
    )
    assert of_type(serious(reference, candidate), FindingType.ATTRIBUTION)


def test_the_city_named_as_the_city_of_x_is_that_place():
    reference = (
        "The Defence Estates Agency has agreed to sell its old depot to the city of Varnholt. According to the city, "
        "the clean-up will cost about 2 million euros."
    )
    candidate = (
        "The Defence Estates Agency has agreed to sell its old depot to the city of Varnholt. According to the agency, "
        "cleaning up the site will cost around 2 million euros."
    )
    assert of_type(serious(reference, candidate), FindingType.ATTRIBUTION)


def test_the_city_kept_as_the_source_is_quiet():
    reference = (
        "The Defence Estates Agency has agreed to sell its old depot to the city of Varnholt. According to the city, "
        "the clean-up will cost about 2 million euros."
    )
    candidate = (
        "The Defence Estates Agency has agreed to sell its old depot to the city of Varnholt. Cleaning up the site will "
        "cost around 2 million euros, the city says."
    )
    assert not of_type(serious(reference, candidate), FindingType.ATTRIBUTION)


# --- numbers ---------------------------------------------------------------------------------------------------------


def test_an_amount_for_each_told_as_a_total_is_found():
    reference = "The firm will build three warehouses, each about 4,000 square metres, by the end of 2027."
    candidate = "The firm will build three warehouses covering about 4,000 square metres in total by the end of 2027."
    assert of_type(serious(reference, candidate), FindingType.NUMBER)


def test_an_amount_for_each_kept_for_each_is_quiet():
    reference = "The firm will build three warehouses, each about 4,000 square metres, by the end of 2027."
    candidate = "By the end of 2027 the firm will build three warehouses of roughly 4,000 square metres each."
    assert not of_type(serious(reference, candidate), FindingType.NUMBER)


def test_a_bound_after_the_figure_is_the_bound():
    reference = "The new owner must keep the hall as a concert venue for at least 20 years."
    candidate = "The new owner must keep the hall as a concert venue for 20 years or more."
    assert not compare_notes(reference, candidate)


def compare_notes(reference: str, candidate: str) -> list:
    from factdiff import compare

    return [f for f in compare(reference, candidate).findings if f.type in (FindingType.OMISSION, FindingType.NUMBER)]


# --- modality --------------------------------------------------------------------------------------------------------


def test_a_dropped_probably_with_the_predicate_reworded_is_found():
    reference = "Several hundred fish died in the canal last week. According to the agency, a blocked sluice was probably to blame."
    candidate = "Several hundred fish died in the canal last week. The agency said the deaths were caused by a blocked sluice."
    assert of_type(serious(reference, candidate), FindingType.MODALITY)


def test_a_kept_probably_with_the_predicate_reworded_is_quiet():
    reference = "Several hundred fish died in the canal last week. According to the agency, a blocked sluice was probably to blame."
    candidate = "Several hundred fish died in the canal last week. The agency said the deaths were probably caused by a blocked sluice."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)


def test_under_consideration_is_still_weighed():
    reference = "The trust is considering reopening the east wing, though engineers must first check the roof."
    candidate = "Reopening the east wing is under consideration, though engineers will first have to check the roof."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)


def test_possible_fines_are_a_chance():
    reference = "Shops that repeatedly break the rule could be fined £200."
    candidate = "Shops breaking the rule repeatedly face possible fines of £200."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)


def test_certain_fines_for_a_chance_are_found():
    reference = "Shops that repeatedly break the rule could be fined £200."
    candidate = "Shops breaking the rule repeatedly will be fined £200."
    assert of_type(serious(reference, candidate), FindingType.MODALITY)


def test_a_name_described_by_the_same_verb_is_no_claim():
    reference = "The harbour's manager, Ines Carvalho, said the new gates should be working properly by the autumn."
    candidate = "Ines Carvalho, who manages the harbour, said the new gates should be working properly by the autumn."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)


# --- roles -----------------------------------------------------------------------------------------------------------


def test_an_object_pronoun_is_not_its_own_subject():
    reference = (
        "The Brayfield Lido has been sold to operator Tidewell Leisure for £3 million. Tidewell Leisure must keep the "
        "building as a swimming pool for at least ten years."
    )
    candidate = (
        "The council has sold the Brayfield Lido to Tidewell Leisure for £3m. Tidewell must keep it as a pool for ten years or more."
    )
    assert not of_type(serious(reference, candidate), FindingType.ROLE)


def test_not_before_a_day_is_from_that_day():
    reference = "Until now the stalls had to be cleared by 1 November and could only be set up again from 1 April."
    candidate = "Until now the stalls had to be taken down by 1 November and could not return before 1 April."
    assert not of_type(serious(reference, candidate), FindingType.DATE)


def test_a_deadline_before_a_stretch_of_time_ends_is_found():
    reference = "The lender will close 21 of its 140 branches between May and October next year, it said on Monday."
    candidate = "The lender will close 21 of its 140 branches by May next year, it said on Monday."
    assert of_type(serious(reference, candidate), FindingType.DATE)
