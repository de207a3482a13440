"""Readings from stop 47: a matter weighed up, a comparative said of 'no' subject, a duty denied, which year is meant,
'may' as leave, one unit under two names, an exact figure near a rough one, a chance dropped inside a belief, where
visitors go, a deed given to another doer in a synonym, a passive read as a copula's complement, 'from A to B' on a
noun.

Every text here is made up for the test; none comes from the seed, the challenge or the evaluation sets.
"""

from __future__ import annotations

from helpers import of_type, serious

from factdiff import compare
from factdiff.model import FindingType


def test_weighing_up_a_purchase_is_still_undecided():
    reference = "The club expects the race to return next spring and is considering hiring boats from a yard further north."
    candidate = "The club anticipates that the race will be back next spring and is weighing up hiring boats from a yard further north."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)


def test_a_purchase_weighed_up_told_as_decided_is_found():
    reference = "The club is weighing up hiring boats from a yard further north."
    candidate = "The club will hire boats from a yard further north."
    assert of_type(serious(reference, candidate), FindingType.MODALITY)


def test_no_grant_has_been_larger_is_the_largest():
    reference = "It is the largest single donation the charity has received since it was founded in 1998."
    candidate = "No single donation to the charity, which was founded in 1998, has been larger."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_not_obliged_to_is_not_having_to():
    reference = "The ministry is not obliged to adopt the proposals but must reply within six weeks."
    candidate = "While the ministry does not have to adopt the proposals, it is required to give a reply within six weeks."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_not_obliged_to_told_as_must_is_found():
    reference = "The ministry is not obliged to adopt the proposals."
    candidate = "The ministry must adopt the proposals."
    assert of_type(serious(reference, candidate), FindingType.POLARITY)


def test_this_years_crop_is_this_year():
    reference = "The estate expects this year's crop to be about a quarter smaller than last year's."
    candidate = "The crop this year is expected to be around one quarter lower than the previous one."
    assert not of_type(serious(reference, candidate, mode="translation"), FindingType.DATE)


def test_may_as_leave_told_as_can():
    reference = "The tenants are now entitled to a rent rebate and may claim back the overpayment for up to three years."
    candidate = "The tenants are now entitled to a rent rebate and can claim up to three years of the overpayment back."
    assert not of_type(serious(reference, candidate, mode="summary"), FindingType.MODALITY)


def test_may_reported_as_a_chance_told_as_can_is_still_found():
    reference = "Researchers said the fungus may spread between orchards."
    candidate = "Researchers said the fungus can spread between orchards."
    assert of_type(serious(reference, candidate), FindingType.MODALITY)


def test_one_unit_in_two_names_is_not_rounded():
    reference = "Pryce finished second with a pumpkin of 84.6 kilograms."
    candidate = "Pryce came second with an 86.4 kg pumpkin."
    assert of_type(serious(reference, candidate, mode="translation"), FindingType.NUMBER)


def test_one_unit_in_two_names_with_one_value_is_quiet():
    reference = "Pryce finished second with a pumpkin of 84.6 kilograms."
    candidate = "Pryce came second with an 84.6 kg pumpkin."
    assert not of_type(serious(reference, candidate, mode="translation"), FindingType.NUMBER)


def test_an_exact_figure_near_a_rough_one_elsewhere_is_still_a_change():
    reference = (
        "Porters at the Delvin depot began a strike on Tuesday, blocking the unloading of around 50 lorries. "
        "The union says the plan would eliminate 64 of the 120 jobs at the depot."
    )
    candidate = (
        "On Tuesday the porters of the Delvin depot started a strike, which prevents some 50 lorries from unloading. "
        "The plan would abolish 46 of the 120 posts at the depot, according to the union."
    )
    assert of_type(serious(reference, candidate, mode="translation"), FindingType.NUMBER)


def test_a_chance_inside_a_belief_told_as_believed_fact_is_found():
    reference = "Inspector Nia Rowe said officers believed the same gang might be behind several of the burglaries."
    candidate = "Officers believe the same gang is behind several of the burglaries, said Inspector Nia Rowe."
    assert of_type(serious(reference, candidate), FindingType.MODALITY)


def test_a_chance_inside_a_belief_kept_is_quiet():
    reference = "Officers believed the same gang might be behind several of the burglaries."
    candidate = "Officers believe the same gang may be behind several of the burglaries."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)


def test_visitors_to_a_place_do_not_turn_a_removal_round():
    reference = "The trust has asked walkers to stop removing driftwood from Pellow Bay."
    candidate = "Visitors to Pellow Bay are being asked by the trust to stop taking driftwood away."
    assert not of_type(serious(reference, candidate), FindingType.ROLE)


def test_a_deed_given_to_another_doer_in_a_synonym_is_found():
    reference = (
        "Towing is not allowed, but the firm Kerbwatch says it works under an agreement with the landowner Morrow Holdings. "
        "Morrow Holdings said it had terminated the agreement on Friday."
    )
    candidate = (
        "Although towing is not allowed, Kerbwatch says it operates under an agreement with the landowner, Morrow Holdings. "
        "On Friday, Kerbwatch ended its agreement with Morrow Holdings."
    )
    assert of_type(serious(reference, candidate), FindingType.ENTITY)


def test_the_same_doer_in_a_synonym_is_quiet():
    reference = (
        "Towing is not allowed, but the firm Kerbwatch says it works under an agreement with the landowner Morrow Holdings. "
        "Morrow Holdings said it had terminated the agreement on Friday."
    )
    candidate = (
        "Although towing is not allowed, Kerbwatch says it operates under an agreement with the landowner, Morrow Holdings. "
        "On Friday, Morrow Holdings ended its agreement with Kerbwatch."
    )
    assert not of_type(serious(reference, candidate), FindingType.ENTITY)


def test_a_passive_denial_before_a_joined_clause_is_found():
    reference = "The residents' group said the closure was not justified and would raise travel costs."
    candidate = "The residents' group said the closure was justified but would push up travel costs."
    assert of_type(serious(reference, candidate, mode="translation"), FindingType.POLARITY)


def test_a_multiple_of_two_figures_given_apart_is_no_new_number():
    reference = (
        "The company said the new depot would be able to sort 250,000 parcels a week. "
        "Its existing depot handled 110,000 parcels a week last year."
    )
    candidate = (
        "The new depot will have capacity to sort 250,000 parcels weekly. "
        "That is more than double the 110,000 handled at its existing depot last year."
    )
    findings = compare(reference, candidate).findings
    assert not [f for f in findings if f.candidate_span is not None and "double" in f.candidate_span.text]


def test_what_something_was_wrongly_classed_as_it_is_not():
    reference = (
        "An inquiry found that the agency had wrongly classified 40 of its drivers as self-employed contractors rather than employees."
    )
    candidate = "An inquiry found that the agency should have treated 40 drivers as employees, not self-employed contractors."
    assert not of_type(serious(reference, candidate, mode="summary"), FindingType.POLARITY)


def test_what_something_was_rightly_classed_as_denied_is_found():
    reference = "The agency classified 40 of its drivers as self-employed contractors."
    candidate = "The agency classified 40 drivers as employees, not self-employed contractors."
    assert of_type(serious(reference, candidate), FindingType.POLARITY)


def test_a_matter_discussed_in_the_passive_is_still_open():
    reference = "Councillors in Dunmere are discussing closing the ferry pier."
    candidate = "Closing the ferry pier is being discussed by councillors in Dunmere."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)


def test_looking_into_is_weighing():
    reference = "The guild is considering opening a shop in Varrow."
    candidate = "The guild is looking into opening a shop in Varrow."
    assert not of_type(serious(reference, candidate, mode="translation"), FindingType.MODALITY)


def test_an_exact_figure_near_a_rough_one_in_its_own_sentence_is_still_a_change():
    reference = "Around 70 barges joined the blockade at Tellow, and 38 of the 150 jobs at the wharf were cut."
    candidate = "Some 70 barges joined the blockade at Tellow, and 68 of the 150 posts at the wharf were cut."
    assert of_type(serious(reference, candidate), FindingType.NUMBER)


def test_a_minimum_of_is_at_least():
    reference = "The operator said the line would stay closed for at least five weeks."
    candidate = "The operator said the line would stay closed for a minimum of five weeks."
    assert not compare(reference, candidate).findings


def test_may_on_a_condition_reported_by_a_body_is_can():
    reference = "Shop owners may opt out if their premises cannot take the signs, the council added."
    candidate = "According to the council, shop owners can opt out if the signs cannot be fitted to their premises."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)


def test_asked_to_pay_is_not_made_to_pay():
    reference = "Farmers will be asked to contribute a third of the cost, although the board said no one would be compelled to pay."
    candidate = "Farmers will be invited to pay a third of the cost, but the board said nobody would be forced to contribute."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_a_thing_required_told_as_not_needed_is_found():
    reference = "A permit is not required to fish from the pier, but anglers must hold a boat licence to fish offshore."
    candidate = "No permit is needed to fish from the pier, and anglers do not need a boat licence to fish offshore either."
    assert of_type(serious(reference, candidate), FindingType.POLARITY)


def test_a_thing_required_told_required_is_quiet():
    reference = "A permit is not required to fish from the pier, but anglers must hold a boat licence to fish offshore."
    candidate = "No permit is needed to fish from the pier, but anglers need a boat licence to fish offshore."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_one_source_named_by_another_noun_is_no_note():
    reference = "The municipality said the ring road would reopen in May."
    candidate = "The city council said the ring road would reopen in May."
    assert not of_type(compare(reference, candidate).findings, FindingType.ATTRIBUTION)


def test_another_kind_of_source_is_still_noted():
    reference = "The vice-chancellor said the lecturers' strike would end in May."
    candidate = "Union officials said the lecturers' strike would end in May."
    assert of_type(compare(reference, candidate).findings, FindingType.ATTRIBUTION)


def test_a_multiple_worked_out_from_the_sentences_own_figures_is_no_note():
    reference = "Visitor numbers rose from 1,300 in 2021 to 3,100 last year."
    candidate = "Visitor numbers have more than doubled, to 3,100 from 1,300."
    findings = compare(reference, candidate).findings
    assert not [f for f in findings if f.candidate_span is not None and "doubled" in f.candidate_span.text]


def test_nearly_halved_from_the_sentences_own_figures_is_no_note():
    reference = "The new bridge cuts the crossing from 40 minutes to 22 minutes."
    candidate = "The new bridge will nearly halve the crossing, from 40 to 22 minutes."
    findings = compare(reference, candidate).findings
    assert not [f for f in findings if f.candidate_span is not None and "halve" in f.candidate_span.text]


def test_a_multiple_the_figures_do_not_give_is_still_noted():
    reference = "The new bridge cuts the crossing from 60 minutes to 48 minutes."
    candidate = "The new bridge will halve the crossing, from 60 to 48 minutes."
    findings = compare(reference, candidate).findings
    assert [f for f in findings if f.candidate_span is not None and "halve" in f.candidate_span.text]


def test_number_two_is_the_second():
    reference = "The merger creates the county's second-largest bus operator."
    candidate = "The deal will create the county's number-two bus operator."
    findings = compare(reference, candidate).findings
    assert not [f for f in findings if f.candidate_span is not None and f.candidate_span.text == "two"]


def test_a_short_sentence_said_again_after_its_clause_is_a_repetition():
    reference = "About 90 walkers were led off the hill on Sunday; no one has been hurt. The warden said the path would reopen soon."
    candidate = (
        "About 90 walkers were led off the hill on Sunday, and no one has been hurt. "
        "The warden said the path would reopen soon. No one has been hurt."
    )
    assert of_type(compare(reference, candidate).findings, FindingType.REPETITION)


def test_not_weighed_told_as_weighed_is_found():
    reference = "Ms Arno said the bakery had not considered switching to gas ovens because the bread would change."
    candidate = "According to Ms Arno, the bakery had looked at switching to gas ovens, as the bread would change."
    assert of_type(serious(reference, candidate, mode="translation"), FindingType.POLARITY)


def test_stopping_a_requirement_is_no_longer_requiring():
    reference = "The college will stop requiring applicants to submit portfolios from 2027, the registrar said."
    candidate = "From 2027 the college will no longer require applicants to submit portfolios."
    assert not of_type(serious(reference, candidate, mode="summary"), FindingType.POLARITY)


def test_a_right_told_as_a_duty_is_found():
    reference = "About 180 pupils are expected to qualify. Each pupil will be entitled to 10 hours of tutoring a term."
    candidate = "Around 180 pupils are likely to be eligible, and each one will be obliged to attend 10 hours of tutoring a term."
    assert of_type(serious(reference, candidate, mode="translation"), FindingType.MODALITY)


def test_a_right_kept_beside_a_new_duty_is_no_modality_finding():
    reference = "Residents are allowed to park in the market square."
    candidate = "Residents are allowed to park in the market square, and visitors must pay."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)


def test_free_of_charge_is_no_leave_a_duty_could_overturn():
    reference = "Places at the playgroup are free for all children aged two."
    candidate = "Places at the playgroup are free, but parents must register."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)


def test_a_chance_of_being_asked_is_no_leave():
    reference = "Drivers holding these permits can keep working for now but may be asked to retake the test."
    candidate = "The permits must be checked; holders can keep working for the time being but could be asked to retake the test."
    assert not of_type(serious(reference, candidate, mode="summary"), FindingType.MODALITY)
