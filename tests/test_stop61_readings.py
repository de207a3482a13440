"""Readings from stop 61: a claim given to another speaker through a clause without 'that', a parenthetical 'the X
said', 'the office' for a party named before; a club's president speaks for the club; a denial matched to its one
counterpart among two uses of a verb; a deed denied 'until then' and told as done; the old figure of a change put for
the new; a change's size against the reference's two figures; a date moved from another deed; a duty told as an aim;
a request to 'declare' something told as done; a ranking bounded by a relative clause.

Every text here is made up for the test; none comes from the seed, the challenge or the evaluation sets.
"""

from __future__ import annotations

from helpers import of_type, serious

from factdiff import compare
from factdiff.model import FindingType


def _all(reference: str, candidate: str, mode: str = "rewrite") -> list:
    return compare(reference, candidate, mode).findings


# --- attribution -----------------------------------------------------------------------------------------------------


def test_a_claim_after_said_without_that_moved_to_another_speaker():
    reference = (
        "Trust director Mara Quell said the scheme aimed to 'bring the old looms back into use'. "
        "Weaver Tomas Brie said he had taught only three pupils in twenty years."
    )
    candidate = "The scheme is meant to 'bring the old looms back into use', said Brie, who has taught only three pupils in twenty years."
    found = of_type(serious(reference, candidate), FindingType.ATTRIBUTION)
    assert found and found[0].candidate_span.text == "Brie"


def test_the_same_speaker_without_that_is_no_change():
    reference = "Trust director Mara Quell said the scheme aimed to 'bring the old looms back into use'."
    candidate = "The scheme is meant to 'bring the old looms back into use', said Quell."
    assert not of_type(serious(reference, candidate), FindingType.ATTRIBUTION)


def test_the_office_named_before_given_another_speakers_warning():
    reference = (
        "Guild chair Petra Vand warned that some workshops might have to close before winter. "
        "The regional employment office said it had sent offers to 900 jobseekers, but only 40 had replied."
    )
    candidate = (
        "Only 40 of 900 jobseekers contacted by the regional employment office replied, and the office warned that "
        "some workshops might have to close before winter."
    )
    assert of_type(serious(reference, candidate, "summary"), FindingType.ATTRIBUTION)


def test_according_to_a_party_that_speaks_elsewhere_for_the_boards_finding():
    reference = (
        "Figures from the Regional Driving Standards Board showed a pass rate of 61 per cent. "
        "The board said the most common reason for failure was poor observation at junctions. "
        "The instructors' association blamed a shortage of examiners, saying many pupils had waited months for a test."
    )
    candidate = (
        "The pass rate was 61%, according to the Regional Driving Standards Board. According to the instructors' association, "
        "the most common reason pupils failed was poor observation at junctions; the association also blamed a shortage of examiners."
    )
    assert of_type(serious(reference, candidate), FindingType.ATTRIBUTION)


def test_a_clubs_president_speaks_for_the_club():
    reference = (
        "The Orrin Choral Society will rebuild its hall next year. "
        "Society president Irma Kohl said about half of the cost would be met by a county grant."
    )
    candidate = (
        "The Orrin Choral Society's hall will be rebuilt next year. "
        "The society says roughly half of the cost will come from a county grant."
    )
    assert not of_type(serious(reference, candidate, "summary"), FindingType.ATTRIBUTION)


def test_a_company_named_as_the_one_who_explains_keeps_its_claim():
    reference = (
        "Fares on the Tarn ferry will rise by 6 per cent, the operator, Lorrel Marine Ltd, said. "
        "The company said the increase reflected fuel costs and a new pier."
    )
    candidate = (
        "Travellers on the Tarn ferry will pay 6% more, Lorrel Marine Ltd announced. "
        "Lorrel Marine Ltd attributed the rise to fuel costs and a new pier."
    )
    assert not of_type(serious(reference, candidate), FindingType.ATTRIBUTION)


# --- polarity --------------------------------------------------------------------------------------------------------


def test_a_denial_lost_where_the_candidate_uses_the_verb_twice():
    reference = "The growers' union has asked its members to hold back stock. The agriculture ministry has not been asked for help."
    candidate = "The growers' union has asked members to hold back stock, and the agriculture ministry has been asked for help."
    assert of_type(serious(reference, candidate, "summary"), FindingType.POLARITY)


def test_the_verb_used_twice_with_the_denial_kept_is_quiet():
    reference = "The growers' union has asked its members to hold back stock. The agriculture ministry has not been asked for help."
    candidate = "The growers' union has asked members to hold back stock, and the agriculture ministry has not been asked for help."
    assert not of_type(serious(reference, candidate, "summary"), FindingType.POLARITY)


def test_a_notice_not_issued_until_then_told_as_issued():
    reference = "Until then, the council has not issued a closure order but said it would do so if the work slipped."
    candidate = "The council has issued a closure order to make sure the work does not slip."
    found = of_type(serious(reference, candidate, "summary"), FindingType.POLARITY)
    assert any("issued" in f.candidate_span.text for f in found)


def test_no_output_until_a_check_against_a_yearly_output_is_no_opposite():
    reference = "No coal will be mined at the pit until the shaft has been inspected."
    candidate = "The pit mines about 9,000 tonnes of coal a year."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


# --- numbers ---------------------------------------------------------------------------------------------------------


def test_the_old_length_put_for_the_new():
    reference = "Pilots must rest for at least 40 minutes after six hours of flying, up from 25 minutes."
    candidate = "Pilots must rest for at least 25 minutes after six hours of flying."
    assert of_type(serious(reference, candidate), FindingType.NUMBER)


def test_the_new_length_kept_is_quiet():
    reference = "Pilots must rest for at least 40 minutes after six hours of flying, up from 25 minutes."
    candidate = "Pilots must now rest for a minimum of 40 minutes after six hours of flying."
    assert not of_type(serious(reference, candidate), FindingType.NUMBER)


def test_a_change_in_points_that_the_figures_do_not_make():
    reference = "Only 62 per cent of candidates passed the exam this year, down from 70 per cent last year."
    candidate = "Just 62% of candidates passed the exam this year, a drop of 12 percentage points on last year."
    found = of_type(serious(reference, candidate), FindingType.NUMBER)
    assert found and "12 percentage points" in found[0].candidate_span.text


def test_a_change_in_points_that_the_figures_make_is_quiet():
    reference = "Only 62 per cent of candidates passed the exam this year, down from 70 per cent last year."
    candidate = "Just 62% of candidates passed the exam this year, a drop of 8 percentage points on last year."
    assert not of_type(serious(reference, candidate), FindingType.NUMBER)


# --- dates -----------------------------------------------------------------------------------------------------------


def test_the_month_of_another_deed_put_on_a_deadline():
    reference = (
        "The shelter must leave the farm by 31 May after losing its case, its manager said on Friday. "
        "A judge ruled that the lease, which ended in October, need not be renewed."
    )
    candidate = "The shelter must leave the farm by October after a judge ruled that its lapsed lease need not be renewed."
    assert of_type(serious(reference, candidate, "summary"), FindingType.DATE)


# --- modality --------------------------------------------------------------------------------------------------------


def test_a_duty_told_as_an_aim():
    reference = "The contractor will supply ten gritters and must clear main roads within three hours of snowfall."
    candidate = "The contractor is to supply ten gritters and aims to clear main roads within three hours of snowfall."
    assert of_type(serious(reference, candidate), FindingType.MODALITY)


def test_a_duty_told_as_a_duty_is_quiet():
    reference = "The contractor will supply ten gritters and must clear main roads within three hours of snowfall."
    candidate = "The contractor is to supply ten gritters and is required to clear main roads within three hours of snowfall."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)


def test_a_request_to_declare_something_told_as_declared():
    reference = "The district has asked the government to declare a drought emergency."
    candidate = "The government has declared a drought emergency."
    assert of_type(_all(reference, candidate, "summary"), FindingType.MODALITY)


# --- addition --------------------------------------------------------------------------------------------------------


def test_a_ranking_bounded_by_its_relative_clause_is_added():
    reference = "The Orrin Lace Society has received a £52,000 grant from the Rural Crafts Trust to train four lacemakers."
    candidate = (
        "A £52,000 Rural Crafts Trust grant, the largest the trust has awarded this year, will let the Orrin Lace Society "
        "train four lacemakers."
    )
    assert of_type(serious(reference, candidate, "summary"), FindingType.ADDITION)


# --- from a reviewer's made-up pairs (the constructions again, in other words) ----------------------------------------


def test_a_denial_on_any_of_the_things_lost_in_a_second_use_of_the_verb():
    reference = "The clinic has hired 30 new porters since May. It has not hired any of the 8 radiographers it needs, its director said."
    candidate = "The clinic has hired 30 new porters since May and has hired the 8 radiographers it needs, its director said."
    assert of_type(serious(reference, candidate), FindingType.POLARITY)


def test_a_denial_kept_in_a_second_use_of_the_verb_is_quiet():
    reference = "The clinic has hired 30 new porters since May. It has not hired any of the 8 radiographers it needs, its director said."
    candidate = "The clinic has hired 30 new porters since May but has hired none of the 8 radiographers it needs, its director said."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_the_old_price_given_as_the_new_one():
    reference = "The city has raised the price of a day pass to £5.60, from £4.90. Season tickets keep their price of £80."
    candidate = "The city has raised the price of a day pass, which now costs £4.90. Season tickets keep their price of £80."
    assert of_type(serious(reference, candidate), FindingType.NUMBER)


def test_last_years_count_given_as_this_years():
    reference = "Volunteers counted 510 nests on the island this spring, down from 700 nests in 2022."
    candidate = "Volunteers counted 700 nests on the island this spring."
    assert of_type(serious(reference, candidate, "summary"), FindingType.NUMBER)


def test_a_request_told_as_granted_in_a_summary_is_serious():
    reference = "The drivers' union has asked the transit board to approve a 6 per cent rise for its 400 members. Talks resume next week."
    candidate = "The transit board has approved a 6 per cent rise for the union's 400 drivers."
    assert of_type(serious(reference, candidate, "summary"), FindingType.MODALITY)


def test_a_request_kept_as_a_request_in_a_summary_is_quiet():
    reference = "The drivers' union has asked the transit board to approve a 6 per cent rise for its 400 members. Talks resume next week."
    candidate = "The drivers' union wants the transit board to approve a 6 per cent rise for its 400 members."
    assert not of_type(serious(reference, candidate, "summary"), FindingType.MODALITY)


def test_a_claim_given_to_a_party_that_speaks_of_something_else():
    reference = (
        "Plans for 300 flats have been approved by Marden borough council. The builder, Castell Homes, said a clinic would "
        "open on the site by 2028. The council said the company would also fund a new bus stop."
    )
    candidate = (
        "Marden borough council has approved plans for 300 flats. A clinic will open on the site by 2028, the council said, "
        "and builder Castell Homes will also fund a new bus stop."
    )
    assert of_type(serious(reference, candidate), FindingType.ATTRIBUTION)


def test_a_verb_said_both_ways_is_no_denial_for_its_one_use():
    reference = (
        "Mayor Ilse Varga said she would respect 'the wishes of those who voted' but did not say whether her group "
        "would back the plan in the council."
    )
    candidate = "Mayor Ilse Varga has not said whether her group will back the plan in the council."
    assert not of_type(serious(reference, candidate, "summary"), FindingType.POLARITY)


def test_a_budget_something_is_funded_from_is_no_old_figure():
    reference = "The grant of £120 per child, which rises to £180 for older pupils, will be funded from a £2.4 million budget."
    candidate = "Each child can get £120, or £180 for older pupils, paid for out of a £2.4m budget."
    assert not of_type(serious(reference, candidate), FindingType.NUMBER)


def test_a_changed_date_is_set_against_the_date_the_candidate_gives_nowhere():
    reference = "The cabinet approved the contract on 14 October, and it begins on 1 December."
    candidate = "The cabinet signed off the contract on 14 October, and it takes effect from 1 November."
    found = of_type(serious(reference, candidate), FindingType.DATE)
    assert found and found[0].reference_span.text == "1 December"
