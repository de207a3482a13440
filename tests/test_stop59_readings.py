"""Readings from stop 59: 'are worried' and 'wants X included' leave what they govern open; 'may not begin' against
'cannot start'; a condition told as a restrictive clause of need; a post named by the body's field speaks for the body;
'called X a Y' is not 'called on X'; a share of 'the rest'; 'no recall of X' against 'X are not subject to a recall';
'none will lose' against 'not all will keep'; abstaining against taking part; exempt against paying; the level a change
reaches told as its size; 'all 52' for '38 of the 52'; 'agreed a deal to take over X' against 'agreed to be taken over
by X'; a cause added; an apposition the parse made a second object, left out; a licence suspended or revoked.

Every text here is made up for the test; none comes from the seed, the challenge or the evaluation sets.
"""

from __future__ import annotations

from helpers import of_type, serious

from factdiff import compare
from factdiff.model import FindingType


def _all(reference: str, candidate: str, mode: str = "rewrite") -> list:
    return compare(reference, candidate, mode).findings


# --- modality --------------------------------------------------------------------------------------------------------


def test_are_worried_keeps_a_fear_open():
    reference = "Shop owners in Delby fear the new parking rules will drive customers away."
    candidate = "Shop owners in Delby are worried the new parking rules will drive customers away."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)


def test_a_fear_told_as_fact_is_still_found():
    reference = "Shop owners in Delby fear the new parking rules will drive customers away."
    candidate = "The new parking rules will drive customers away from Delby's shops."
    assert of_type(serious(reference, candidate), FindingType.MODALITY)


def test_wanting_a_thing_done_keeps_a_should_open():
    reference = "The tenants' association welcomed the repairs but said the lifts should also be replaced."
    candidate = "The tenants' association welcomed the repairs but wants the lifts in older blocks replaced."
    found = [f for f in serious(reference, candidate) if f.type == FindingType.MODALITY and "replaced" in f.candidate_span.text]
    assert not found


def test_may_not_begin_is_cannot_start():
    reference = "Under the permit, the company must keep the road open at all times and may not begin drilling before April 2027."
    candidate = "The firm must keep the road clear at all times, and drilling cannot start until April 2027 at the earliest."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)


def test_a_condition_of_need_told_as_a_restrictive_clause():
    reference = "Extra buses, if they are needed, would be laid on from the station."
    candidate = "Any extra buses that prove necessary would be laid on from the station."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)


def test_a_condition_dropped_is_still_found():
    reference = "Extra buses, if they are needed, would be laid on from the station."
    candidate = "Extra buses will be laid on from the station."
    assert of_type(serious(reference, candidate), FindingType.MODALITY)


# --- attribution -----------------------------------------------------------------------------------------------------


def test_a_post_named_by_the_bodys_field_speaks_for_it():
    reference = (
        "The coastal district of Farley may be unable to staff three of its nine car parks in August, the district's "
        "parking department said on Monday. So far 20 wardens have been hired, against the 31 needed. Parking manager Edda "
        "Rusk said the car parks most likely to be left unstaffed were the smaller ones at Hobb, Crane and Tull, and that "
        "notices would be put up there if necessary."
    )
    candidate = (
        "Farley's parking department has hired 20 of the 31 wardens it needs and warned that three of its nine car parks "
        "may go unstaffed in August, most likely the small ones at Hobb, Crane and Tull, where notices would go up if required."
    )
    assert not of_type(serious(reference, candidate, "summary"), FindingType.ATTRIBUTION)


# --- roles -----------------------------------------------------------------------------------------------------------


def test_calling_a_thing_something_is_not_calling_on_someone():
    reference = 'The farmers\' union said the levy was "a tax on people who feed the country" and called on the ministry to step in.'
    candidate = "The farmers' union called the levy a tax on people who feed the country and urged the ministry to step in."
    assert not of_type(serious(reference, candidate), FindingType.ROLE)


def test_a_deal_to_take_over_is_done_by_the_one_who_agreed_it():
    reference = "Marlow Pickles, a family firm, has agreed to be taken over by Brackley Holdings in a deal worth £12 million."
    candidate = "Marlow Pickles, a family firm, has agreed a £12m deal to take over Brackley Holdings."
    assert of_type(serious(reference, candidate), FindingType.ROLE)


def test_a_deal_to_be_taken_over_kept_is_quiet():
    reference = "Marlow Pickles, a family firm, has agreed to be taken over by Brackley Holdings in a deal worth £12 million."
    candidate = "Marlow Pickles, a family firm, has agreed a £12m deal to be taken over by Brackley Holdings."
    assert not of_type(serious(reference, candidate), FindingType.ROLE)


# --- numbers ---------------------------------------------------------------------------------------------------------


def test_the_rest_of_a_share_worked_out():
    reference = "The museum gets about a third of its income from the city and relies on ticket sales for the rest."
    candidate = "About two-thirds of the museum's income comes from ticket sales."
    assert not of_type(serious(reference, candidate, "summary"), FindingType.NUMBER)


def test_the_share_given_to_the_other_party_is_still_found():
    reference = "The museum gets about a third of its income from the city and relies on ticket sales for the rest."
    candidate = "About two-thirds of the museum's income comes from the city."
    assert of_type(serious(reference, candidate, "summary"), FindingType.NUMBER)


def test_the_level_reached_told_as_the_size_of_a_cut():
    reference = "The council will cut its grant to the choir from £20,000 to £12,000 from May."
    candidate = "The choir will have its council grant cut by £12,000 from May."
    assert of_type(serious(reference, candidate), FindingType.NUMBER)


def test_the_size_of_a_cut_kept_is_quiet():
    reference = "The council will cut its grant to the choir from £20,000 to £12,000 from May."
    candidate = "The choir will have its council grant cut by £8,000, to £12,000, from May."
    assert not of_type(serious(reference, candidate), FindingType.NUMBER)


def test_all_of_a_whole_where_the_reference_gives_a_part():
    reference = "The university will take on 17 of the institute's 40 researchers when the institute closes."
    candidate = "The university will take on all 40 of the institute's researchers when it closes."
    assert of_type(serious(reference, candidate), FindingType.NUMBER)


# --- polarity --------------------------------------------------------------------------------------------------------


def test_no_recall_of_a_thing_is_the_recall_denied():
    reference = "Cheeses already delivered before the warning are not subject to a recall, the agency said."
    candidate = "There is no recall of cheeses delivered before the warning, the agency said."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_none_will_lose_against_not_all_will_keep():
    reference = "The six clerks will be moved to the new office and none will lose their job."
    candidate = "The six clerks will be moved to the new office, although not all of them will keep their jobs."
    assert of_type(serious(reference, candidate), FindingType.POLARITY)


def test_none_will_lose_against_all_will_keep_is_quiet():
    reference = "The six clerks will be moved to the new office and none will lose their job."
    candidate = "The six clerks will be moved to the new office, and all of them will keep their jobs."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_abstaining_against_taking_part():
    reference = "The panel said Dr Ferrell had abstained from judging the entry from her former school."
    candidate = "The panel said Dr Ferrell had taken part in judging the entry from her former school."
    assert of_type(serious(reference, candidate), FindingType.POLARITY)


def test_exempt_against_paying():
    reference = "The new tunnel charge starts in May. Buses will also be exempt from the charge."
    candidate = "The new tunnel charge starts in May. Buses, however, will have to pay."
    assert of_type(serious(reference, candidate), FindingType.POLARITY)


def test_exempt_against_paying_nothing_is_quiet():
    reference = "The new tunnel charge starts in May. Buses will also be exempt from the charge."
    candidate = "The new tunnel charge starts in May. Buses will not have to pay it either."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


# --- events, additions, omissions -----------------------------------------------------------------------------------


def test_a_licence_revoked_where_it_was_suspended():
    reference = "The regulator has suspended the clinic's licence while the complaints are investigated."
    candidate = "The regulator has revoked the clinic's licence while the complaints are investigated."
    assert of_type(serious(reference, candidate), FindingType.EVENT)


def test_signing_up_is_registering():
    reference = "About 300 runners from nine clubs had already registered for the race."
    candidate = "Some 300 runners from nine clubs had already signed up for the race."
    assert not of_type(serious(reference, candidate), FindingType.EVENT)


def test_an_added_cause_is_found():
    reference = "The harbour master said storms, which have become more frequent on this coast, had damaged the pier."
    candidate = (
        "The harbour master said storms, which have become more frequent on this coast because of warmer winters, had damaged the pier."
    )
    found = [f for f in _all(reference, candidate) if f.type == FindingType.ADDITION]
    assert any("because of" in f.candidate_span.text for f in found)


def test_an_apposition_parsed_as_an_object_is_missed_when_dropped():
    reference = (
        "The bakery chain will cut 120 jobs at its plant in Harlow, more than a quarter of the workforce, as it moves baking "
        "to Leeds, the company said."
    )
    candidate = "The bakery chain will cut 120 jobs at its plant in Harlow as it moves baking to Leeds, the company said."
    found = [f for f in _all(reference, candidate) if f.type == FindingType.OMISSION]
    assert any("quarter" in f.reference_span.text for f in found)


def test_a_time_in_the_morning_is_its_am():
    reference = "When the alarm sounded at 9.15am, staff left the building within four minutes, the company said."
    candidate = "When the alarm went off at 9.15 in the morning, staff were out of the building within four minutes, the company said."
    found = [f for f in _all(reference, candidate) if f.type == FindingType.ADDITION and "morning" in f.message]
    assert not found


def test_the_other_ones_worked_out_from_a_whole_and_a_part():
    reference = (
        "Eleven people were hurt when the stand collapsed on Sunday. Three of the injured remain in hospital; the others were "
        "able to go home the same day."
    )
    candidate = (
        "Eleven people were hurt when the stand collapsed on Sunday. Three are still in hospital, while the other eight went "
        "home the same day."
    )
    found = [f for f in _all(reference, candidate) if "eight" in (f.candidate_span.text if f.candidate_span else "")]
    assert not found


# --- who does an infinitive ------------------------------------------------------------------------------------------


def test_an_infinitive_after_an_object_does_not_make_its_pronoun_that_object():
    reference = "Hollin Bakes, a small maker of oat biscuits, has won a contract to supply 50,000 packs a year to the grocer Plumtree."
    candidate = "The grocer Plumtree has signed up Hollin Bakes, a small maker of oat biscuits, to supply it with 50,000 packs a year."
    assert not of_type(serious(reference, candidate), FindingType.ROLE)


def test_a_contract_awarded_to_someone_is_theirs_to_carry_out():
    reference = (
        "The port authority has awarded a contract worth 80 million dollars to build a new ferry terminal to a group led by Ostrand."
    )
    candidate = "A group led by Ostrand has won an $80m contract from the port authority to build a new ferry terminal."
    assert not of_type(serious(reference, candidate), FindingType.ROLE)


def test_no_longer_charged_against_still_paying():
    reference = "Parking at the clinic will be free from June, but visitors will still have to pay for permits to the side car park."
    candidate = "Parking at the clinic will be free from June, and visitors will no longer be charged for permits to the side car park."
    assert of_type(serious(reference, candidate), FindingType.POLARITY)


def test_charged_and_exempt_on_both_sides_is_quiet():
    reference = "Borrowers will no longer be charged late fees, but they will still have to pay for lost books."
    candidate = "Late fees will no longer be charged to borrowers, although they will still have to pay for lost books."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


# --- from the reviewer's corpus of this stop's themes -----------------------------------------------------------------


def test_would_like_a_thing_covered_keeps_a_should_open():
    reference = (
        "A new free swimming scheme for pensioners in Tarnby starts in May. Campaigners from the group Active Carers argued "
        "that unpaid carers should also be covered. The council said the cost was being assessed."
    )
    candidate = (
        "Tarnby's free swimming for pensioners starts in May; Active Carers would like unpaid carers covered too, and the "
        "council is assessing the cost."
    )
    assert not of_type(serious(reference, candidate, "summary"), FindingType.MODALITY)


def test_may_not_open_is_a_ban_not_a_leave():
    reference = (
        "The new Fenn Street market may not open before 3 October, the licensing panel has ruled. The panel said road "
        "closures needed to be agreed with police first."
    )
    candidate = (
        "The Fenn Street market can open no earlier than 3 October; the licensing panel said road closures had to be agreed "
        "with police first."
    )
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)


def test_a_time_of_day_is_no_name():
    reference = (
        "The new river ferry will make its first crossing at 8.15am on Sunday. The operator, Marlin Boats, expects 400 passengers a day."
    )
    candidate = "Marlin Boats' river ferry, which expects 400 passengers a day, will start on Sunday with an 8.15pm crossing."
    found = serious(reference, candidate)
    assert of_type(found, FindingType.DATE)
    assert not of_type(found, FindingType.ENTITY)


def test_a_subject_named_by_post_and_name_abstaining_against_taking_part():
    reference = "Members backed the merger on Friday. The club's largest shareholder, the Orrin Trust, had abstained from voting on it."
    candidate = "Members backed the merger on Friday. The Orrin Trust, the club's biggest shareholder, took part in the vote on it."
    assert of_type(serious(reference, candidate), FindingType.POLARITY)


def test_agreeing_to_be_taken_over_is_the_buyer_agreeing_to_buy():
    reference = "Family-run dairy Pell & Rowe has agreed to be taken over by the larger Northvale Creamery in a deal worth £9m."
    candidate = "The larger Northvale Creamery has agreed to buy family-run dairy Pell & Rowe in a deal worth £9m."
    found = serious(reference, candidate)
    assert not of_type(found, FindingType.ENTITY) and not of_type(found, FindingType.ROLE)


def test_the_rest_given_to_the_shares_party_in_the_candidate():
    reference = "Roughly a fifth of the choir's income comes from concert tickets, with sponsorship making up the remainder."
    candidate = "The choir relies on sponsors for roughly four-fifths of its income, with concert tickets providing the rest."
    assert not of_type(serious(reference, candidate, "summary"), FindingType.NUMBER)


def test_the_share_of_the_other_party_with_the_rest_named_is_still_found():
    reference = "Hobb Farm Park receives about a quarter of its funding from entrance fees and depends on its café for the rest."
    candidate = "About three-quarters of Hobb Farm Park's funding comes from entrance fees, with its café providing the remainder."
    assert of_type(serious(reference, candidate), FindingType.NUMBER)


def test_a_name_with_its_ordinary_word_translated():
    reference = "The Ponte Varela, which links the town to the island, will close for repairs in May, the regional government said."
    candidate = "The Varela Bridge between the town and the island will shut for repairs in May, the regional government announced."
    assert not of_type(serious(reference, candidate, "translation"), FindingType.ENTITY)


def test_a_name_whose_own_word_changed_in_a_translation_is_still_found():
    reference = "The Ponte Varela, which links the town to the island, will close for repairs in May, the regional government said."
    candidate = "The Varona Bridge between the town and the island will shut for repairs in May, the regional government announced."
    assert of_type(serious(reference, candidate, "translation"), FindingType.ENTITY)
