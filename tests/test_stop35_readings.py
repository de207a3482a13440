"""Readings from stop 35: 'not until after' for 'not before'; a phrase of place or case below a denied noun; 'found
nothing connecting'; an ability on the verb above ('could show it had inspected' / 'can demonstrate that it
inspected'); a light verb paired only by its things; a post set before a name ('Consul-General X'); a summary sentence
that joins two reference sentences; a path run backwards; the doer and the one it is done for traded; the speaker of
'according to X, who added'.

Every text here is made up for the test; none comes from the seed, the challenge or the evaluation sets.
"""

from __future__ import annotations

from helpers import of_type, serious

from factdiff.model import FindingType


def test_not_until_after_is_not_before():
    reference = "Buyers at the kiosks were not shown the full fee before paying, the inspectors found."
    candidate = "The inspectors found that buyers at the kiosks were not told the full fee until after they had paid."
    assert not of_type(serious(reference, candidate), FindingType.DATE)


def test_after_for_before_is_still_found():
    reference = "Buyers at the kiosks were shown the full fee before paying, the inspectors found."
    candidate = "The inspectors found that buyers at the kiosks were shown the full fee after paying."
    assert of_type(serious(reference, candidate), FindingType.DATE)


def test_a_phrase_of_case_below_a_denied_noun_is_not_denied():
    reference = "In several cases, surveys carried out later by independent engineers found no evidence of subsidence."
    candidate = "Independent engineers who surveyed the houses later found no sign of subsidence in several cases."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_finding_nothing_connecting_is_a_denial():
    reference = (
        "The 30 households behind a petition had blamed the weirs for bank damage and flood noise. The inspector found no "
        "evidence linking the weirs to the erosion, but recommended that the council monitor the banks for a year."
    )
    candidate = (
        "The 30 households behind a petition had blamed the weirs for bank damage and flood noise; the inspector found "
        "nothing connecting them to the erosion but advised a year of monitoring."
    )
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_finding_something_where_the_reference_found_nothing_is_still_found():
    reference = "The inspector found no evidence linking the weirs to the erosion, but asked for more monitoring."
    candidate = "The inspector found evidence linking the weirs to the erosion, and asked for more monitoring."
    assert of_type(serious(reference, candidate), FindingType.POLARITY)


def test_an_ability_on_the_verb_above_is_one_ability():
    reference = "A spokesperson said claims were refused where the county could show it had inspected the lane within its timescales."
    candidate = "Claims are refused when the county can demonstrate that it inspected the lane within its timescales, a spokesperson said."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)


def test_a_light_verb_is_not_paired_by_wordnet_alone():
    reference = "Joining is voluntary, and growers may still apply for individual permits if they prefer."
    candidate = "Growers do not have to join and can continue to seek individual permits if they would rather."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)


def test_a_post_set_before_the_name_is_the_speakers():
    reference = (
        "Visa applicants at the consulate in Dorrow wait an average of 9 weeks for an appointment, according to figures "
        "released on Monday. Consul-General Ilse Varro said the backlog followed a surge in applications after the rules "
        "were relaxed. The consulate has hired six temporary clerks. Ms Varro said she expected waits to fall to five weeks "
        "by the end of the year."
    )
    candidate = (
        "Visa applicants in Dorrow wait 9 weeks on average after a surge in applications. With six temporary clerks hired, "
        "the consul-general expects waits to fall to five weeks by the end of the year."
    )
    assert not of_type(serious(reference, candidate, "summary"), FindingType.ATTRIBUTION)


def test_a_summary_sentence_joining_two_reference_sentences_is_not_made_up():
    reference = (
        "Tarrow Sacks, one of the largest importers of hemp shopping bags, has warned that prices are likely to rise by up "
        "to 12 per cent next year after floods cut the hemp harvest in Nepal. Managing director Ona Pell said the company "
        "had secured about 60 per cent of the stock it needed for the first half of next year at current prices but would "
        "have to pay more for the remainder. She added that retailers had already begun placing orders earlier than usual. "
        "Tarrow, which supplies more than 900 businesses, said it would not pass on increases to customers with existing "
        "fixed-price contracts until those contracts expired."
    )
    candidate = (
        "Hemp bag importer Tarrow Sacks expects prices to climb by as much as 12% next year because floods cut Nepal's hemp "
        "harvest. It has locked in roughly three-fifths of the stock it needs for the first six months of next year at "
        "current prices, and customers on existing fixed-price contracts will not see increases until those deals run out."
    )
    assert not of_type(serious(reference, candidate, "summary"), FindingType.ADDITION)


def test_a_path_run_backwards_is_found():
    reference = "A neighbour won her case after bamboo spread from the depot's yard into her orchard."
    candidate = "A neighbour won her case after bamboo spread from her orchard onto the depot's yard."
    assert of_type(serious(reference, candidate), FindingType.ROLE)


def test_a_path_told_in_another_order_is_no_role_change():
    reference = "The new bus route runs from the harbour to the station every ten minutes."
    candidate = "Every ten minutes the new bus route runs to the station from the harbour."
    assert not of_type(serious(reference, candidate), FindingType.ROLE)


def test_the_doer_and_the_one_it_is_done_for_traded_places():
    reference = "The lamps, sold online since May, were made for the retailer by Pellago Works, a supplier in Spain."
    candidate = "The lamps, sold online since May, were made by the retailer for Pellago Works, a supplier in Spain."
    assert of_type(serious(reference, candidate), FindingType.ROLE)


def test_the_speaker_of_according_to_who_added_is_the_one_named():
    reference = (
        "Founder Ada Quint said sales had doubled since 2020, driven by people drinking less coffee. "
        "Venmoor's head of tea, Rob Lask, said the chain had seen steady demand for the blends."
    )
    candidate = (
        "Sales have doubled since 2020, driven by people drinking less coffee, according to Venmoor's head of tea, "
        "Rob Lask, who added that the chain had seen steady demand for the blends."
    )
    assert of_type(serious(reference, candidate), FindingType.ATTRIBUTION)


def test_may_and_can_on_the_same_verb_are_one_modal():
    reference = "Clubs may opt out if their grounds cannot host the matches, the league added."
    candidate = "According to the league, clubs can opt out if the matches cannot be staged at their grounds."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)


def test_may_told_as_will_is_still_found():
    reference = "Clubs may opt out if their grounds cannot host the matches, the league added."
    candidate = "According to the league, clubs will opt out if the matches cannot be staged at their grounds."
    assert of_type(serious(reference, candidate), FindingType.MODALITY)


# guards from a review of the changes above: what each must leave alone


def test_staying_open_until_after_is_not_being_shut_before():
    reference = "The bridge at Orrin was not reopened before Friday, the council said."
    candidate = "The bridge at Orrin remained open until after Friday, the council said."
    assert of_type(serious(reference, candidate), FindingType.DATE)


def test_a_place_is_not_denied_however_the_denial_is_said():
    reference = "Inspectors found no evidence of fraud at the Kelby branch."
    candidate = "Inspectors did not find any evidence of fraud at the Kelby branch."
    assert not serious(reference, candidate)


def test_finding_nobody_doing_it_is_not_doing_it():
    assert not serious("Officers saw nobody leaving the building.", "Officers did not see anyone leave the building.")
    assert not serious("The inspection found no pupils missing lessons.", "The inspection did not find any pupils missing lessons.")


def test_found_nobody_said_as_a_clause_is_the_same_denial():
    assert not serious("The survey found no shops selling the product.", "The survey found that no shops sold the product.")


def test_a_strike_that_may_happen_told_as_certain_is_found():
    reference = "Staff at the Kelby plant may take industrial action next month, the union said."
    candidate = "Staff at the Kelby plant will strike next month, the union said."
    assert of_type(serious(reference, candidate), FindingType.MODALITY)


def test_tests_that_could_confirm_told_as_confirmed_is_found():
    reference = "Officials said new tests could confirm that the water was safe."
    candidate = "Officials said they can confirm that the water is safe."
    assert of_type(serious(reference, candidate), FindingType.MODALITY)


def test_a_former_post_is_not_the_speakers_post_now():
    reference = (
        "Ada Moss said the visa rules would change in March. Ms Moss, a former trade minister, now advises the Halvard "
        "Group. The current trade minister, Piet Vos, declined to comment."
    )
    candidate = (
        "The trade minister said the visa rules would change in March. Ada Moss now advises the Halvard Group. Piet Vos, "
        "the current trade minister, declined to comment."
    )
    assert of_type(serious(reference, candidate), FindingType.ATTRIBUTION)


def test_a_stretch_or_a_range_told_from_the_other_end_is_no_role_change():
    assert not serious("The old wall runs from the church to the river.", "The old wall runs from the river to the church.")
    assert not serious(
        "Audiences at the festival ranged from pensioners to students.", "Audiences at the festival ranged from students to pensioners."
    )


def test_the_same_thing_forbidden_and_allowed_is_found():
    reference = "The prefecture stressed that trimming hedges is forbidden from April to July to protect nesting birds."
    candidate = "The prefecture stressed that cutting hedges is allowed from April to July, to protect nesting birds."
    assert of_type(serious(reference, candidate), FindingType.POLARITY)


def test_one_thing_banned_and_another_allowed_is_no_opposite():
    reference = "The council banned parking on Mill Street but allowed parking in the square from Monday."
    candidate = "From Monday, parking is allowed in the square but banned on Mill Street, the council said."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_a_statement_moved_to_the_body_named_before_is_found():
    reference = (
        "The Civil Gliding Board has suspended flights at the Orrin Airfield after an inspection found lapses in "
        "record-keeping. The airfield's owner, Skyreach Leisure Ltd, said in a statement that the lapses were an "
        "administrative oversight. The airfield must submit a plan within 21 days."
    )
    candidate = (
        "Flights at the Orrin Airfield have been halted by the Civil Gliding Board after inspectors found lapses in "
        "record-keeping. The lapses were an administrative oversight, the board said in a statement. The airfield must "
        "submit a plan within 21 days."
    )
    assert of_type(serious(reference, candidate), FindingType.ATTRIBUTION)


def test_the_body_called_by_its_noun_is_the_same_speaker():
    reference = (
        "The Civil Gliding Board has suspended flights at the Orrin Airfield. The Civil Gliding Board said in a "
        "statement that the lapses were serious."
    )
    candidate = (
        "Flights at the Orrin Airfield have been halted by the Civil Gliding Board. The lapses were serious, the board said in a statement."
    )
    assert not of_type(serious(reference, candidate), FindingType.ATTRIBUTION)


def test_a_ban_for_a_period_told_as_leave_outside_it_is_no_opposite():
    reference = "Dogs are banned from Holloway Beach between May and September, the council said."
    candidate = "Dogs are allowed on Holloway Beach only outside the months of May to September, the council said."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_not_seeing_a_deed_does_not_deny_it():
    reference = "The referee did not see the defender handle the ball."
    candidate = "The defender handled the ball, but the referee did not see it."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_a_possibility_told_as_a_capability_is_still_found():
    reference = "Scientists said the new strain may spread between humans."
    candidate = "Scientists said the new strain can spread between humans."
    assert of_type(serious(reference, candidate), FindingType.MODALITY)


def test_a_body_speaking_through_its_officer_is_the_same_speaker():
    reference = (
        "The Harbour Authority has closed two slipways at Orrin. Its chief executive, Rosa Kell, said in a statement that "
        "the closures were temporary."
    )
    candidate = "The Harbour Authority has closed two slipways at Orrin. The authority said the closures were temporary."
    assert not of_type(serious(reference, candidate), FindingType.ATTRIBUTION)


def test_a_predicate_of_place_keeps_its_denial():
    reference = "The agency said there was no immediate danger to the village of Lower Orrin."
    candidate = "According to the agency, the village of Lower Orrin is not in any immediate danger."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_staff_among_those_made_redundant_keep_their_denial():
    reference = "No post offices will close, and no delivery staff will be made redundant."
    candidate = "The move will not lead to any post office closures or redundancies among delivery staff."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)
