"""Readings from stop 55: a part's figure changed though it adds up to the rest of the whole, a duration's count left
out, 'nothing to back up' as a denial, 'not always' against 'sometimes', verbs of leaving a thing undone, 'the two'
for 'both', a clause split off into a sentence of its own, a condition told by 'with X's permission', a wish over a
'get' passive, a joined verb that cannot share the clause's modal, currencies whose names several countries share, a
hyphened 'and a half', two floors a step apart, a passive's subject against the active's object, a planned thing told
as already there, a described doer replaced by a party named elsewhere, a move told from where it goes, 'she added'
after one speaker, 'a decade-long' against 'a five-year', 'moved to the last weekend' against 'cancelled', the figure
a sentence compares against, a deed done to 'a different' thing, a chance told inside what it means, a leave given in
other words and denied.

Every text here is made up for the test; none comes from the seed, the challenge or the evaluation sets.
"""

from __future__ import annotations

from helpers import of_type, quantities, serious

from factdiff.model import FindingType

# --- numbers ---------------------------------------------------------------------------------------------------------


def test_a_part_changed_to_the_rest_of_the_whole_is_found():
    reference = "The new depot will cost £48 million, of which £30 million will come from a national transport fund."
    candidate = "The new depot will cost £48m, £18m of which will come from a national transport fund."
    assert of_type(serious(reference, candidate), FindingType.NUMBER)


def test_the_rest_of_the_whole_given_to_the_other_payer_is_quiet():
    reference = "The new depot will cost £48 million, of which £30 million will come from a national transport fund."
    candidate = "The new depot will cost £48m; a national transport fund will pay £30m and the council the other £18m."
    assert not of_type(serious(reference, candidate), FindingType.NUMBER)


def test_the_two_for_both_is_quiet():
    reference = (
        "Two passengers were hurt when the bus left the road. Both operators have been fined a total of £90,000. The "
        "regulator will write to 300 bus operators."
    )
    candidate = "Two passengers were hurt when the bus left the road. The two operators were fined £90,000 between them."
    assert not of_type(serious(reference, candidate, "summary"), FindingType.NUMBER)


def test_two_floors_a_step_apart_are_one_figure():
    reference = "Drivers will be guaranteed at least 46 hours off after a run of night shifts."
    candidate = "Drivers will be guaranteed more than 45 hours off after a run of night shifts."
    assert not of_type(serious(reference, candidate), FindingType.NUMBER)


def test_two_floors_two_hours_apart_are_two_figures():
    reference = "Drivers will be guaranteed at least 46 hours off after a run of night shifts."
    candidate = "Drivers will be guaranteed at least 48 hours off after a run of night shifts."
    assert of_type(serious(reference, candidate), FindingType.NUMBER)


def test_a_scale_before_a_currency_named_after_it():
    assert [(low, unit) for _, low, _, unit in quantities("The museum received a 2.4m kronor grant.")] == [(2_400_000, "SEK")]


def test_a_hyphened_and_a_half():
    (found,) = quantities("The library reopens after a year-and-a-half refurbishment.")
    assert found[0] == "a year-and-a-half"
    assert found[1] == quantities("The library reopens after a year and a half.")[0][1]


# --- omission --------------------------------------------------------------------------------------------------------


def test_the_count_of_a_duration_left_out_is_found():
    reference = "The city has promised to plant 5,000 street trees over the next four years, the mayor said on Monday."
    candidate = "The city has promised to plant 5,000 street trees, the mayor said on Monday. Planting starts next year."
    assert of_type(serious(reference, candidate), FindingType.OMISSION)


def test_a_duration_in_other_units_is_quiet():
    reference = "The city has promised to plant 5,000 street trees over the next four years, the mayor said on Monday."
    candidate = "The city has promised to plant 5,000 street trees within 48 months, the mayor said on Monday."
    assert not of_type(serious(reference, candidate), FindingType.OMISSION)


def test_a_clause_split_off_into_a_sentence_of_its_own_is_no_omission():
    reference = (
        "The operator said it would add 40 buses to the network by the spring, but the passenger council said it was not "
        "convinced the extra buses would be enough."
    )
    candidate = (
        "The operator will add 40 buses to the network by the spring, it said. The passenger council, however, doubted "
        "these steps would suffice."
    )
    assert not of_type(serious(reference, candidate), FindingType.OMISSION)


# --- polarity --------------------------------------------------------------------------------------------------------


def test_nothing_to_back_up_is_a_denial():
    reference = "The tribunal rejected the landlord's claim that the tenant had caused the damage, finding no evidence for it."
    candidate = "The tribunal found nothing to back up the landlord's claim that the tenant had caused the damage."
    assert not of_type(serious(reference, candidate, "summary"), FindingType.POLARITY)


def test_not_always_against_sometimes():
    reference = "Inspectors found that meals were not always served at the right temperature."
    candidate = "Inspectors found meals were sometimes served at the wrong temperature."
    assert not of_type(serious(reference, candidate, "summary"), FindingType.POLARITY)


def test_not_always_against_a_plain_affirmation_is_still_found():
    reference = "Inspectors found that meals were not served at the right temperature."
    candidate = "Inspectors found that meals were served at the right temperature."
    assert of_type(serious(reference, candidate), FindingType.POLARITY)


def test_a_passive_denied_against_the_active_allowing_it():
    reference = "Under the lease, the tenant is not permitted to sublet the flat to other people."
    candidate = "The lease permits the tenant to sublet the flat to other people."
    assert of_type(serious(reference, candidate), FindingType.POLARITY)


# --- events ----------------------------------------------------------------------------------------------------------


def test_skipped_for_not_carried_out_is_no_other_event():
    reference = "The report found that the ferry operator had not carried out the monthly lifeboat drills required by law."
    candidate = "The ferry operator had skipped legally required monthly lifeboat drills, the report found."
    assert not of_type(serious(reference, candidate, "summary"), FindingType.EVENT)


# --- modality --------------------------------------------------------------------------------------------------------


def test_a_condition_told_with_permission():
    reference = "The charity will also repair fences on private land if owners give permission, at no cost to them."
    candidate = "With owners' permission, the charity will also repair fences on private land free of charge."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)


def test_a_condition_dropped_is_still_found():
    reference = "The charity will also repair fences on private land if owners give permission, at no cost to them."
    candidate = "The charity will also repair fences on private land free of charge."
    assert of_type(serious(reference, candidate), FindingType.MODALITY)


def test_a_wish_over_a_get_passive():
    reference = "Until now couples who wanted to marry at the lighthouse had to hold the legal ceremony at the town hall first."
    candidate = "Up to now, couples wishing to get married at the lighthouse first had to go through the legal ceremony at the town hall."
    assert not of_type(serious(reference, candidate, "translation"), FindingType.MODALITY)


def test_a_promise_with_its_thing_as_object_is_the_pledge():
    reference = "The county has pledged to provide 300 places for the scheme, its director said."
    candidate = "The county has promised 300 places for the scheme, its director said."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)


def test_a_planned_thing_told_as_already_there():
    reference = "A second ferry is planned for next spring on the northern route, the operator said."
    candidate = "A second ferry is already operating on the northern route, the operator said."
    assert of_type(serious(reference, candidate, "summary"), FindingType.MODALITY)


def test_a_planned_thing_told_as_planned_is_quiet():
    reference = "A second ferry is planned for next spring on the northern route, the operator said."
    candidate = "The operator plans a second ferry on the northern route next spring."
    assert not of_type(serious(reference, candidate, "summary"), FindingType.MODALITY)


# --- roles and entities ----------------------------------------------------------------------------------------------


def test_a_joined_verb_that_cannot_share_the_modal_is_the_speakers():
    reference = (
        "The warden, Ruth Calder, said visitors should not try to feed the seals themselves, and asked people to report "
        "injured animals to the centre."
    )
    candidate = (
        "Visitors should not attempt to feed the seals on their own, said the warden, Ruth Calder. She asked visitors to "
        "report injured animals to the centre."
    )
    assert not of_type(serious(reference, candidate), FindingType.ROLE)


def test_a_described_doer_replaced_by_a_party_named_elsewhere():
    reference = (
        "The boats were supplied by the boatyard Merrow Marine. The ferry service is being run by the county transport "
        "office and is funded by a national grant."
    )
    candidate = (
        "The boats were supplied by the boatyard Merrow Marine. The ferry service is being run by Merrow Marine and is "
        "funded by a national grant."
    )
    assert of_type(serious(reference, candidate), FindingType.ENTITY)


def test_a_doer_the_reference_describes_with_the_name_is_quiet():
    reference = (
        "The boats were supplied by the boatyard Merrow Marine. The ferry service is being run by the boatyard and is "
        "funded by a national grant."
    )
    candidate = (
        "The boats were supplied by the boatyard Merrow Marine. The ferry service is being run by Merrow Marine and is "
        "funded by a national grant."
    )
    assert not of_type(serious(reference, candidate), FindingType.ENTITY)


def test_a_move_told_from_where_it_goes():
    reference = "The town's tourist office in the market square will move into the library on Mill Lane on 3 June."
    candidate = "The tourist office will move from the library on Mill Lane to the market square on 3 June."
    assert of_type(serious(reference, candidate, "summary"), FindingType.ROLE)


def test_a_move_told_with_both_ends_is_quiet():
    reference = "The town's tourist office will move from the market square into the library on Mill Lane on 3 June."
    candidate = "On 3 June the tourist office will move to the library on Mill Lane from the market square."
    assert not of_type(serious(reference, candidate, "summary"), FindingType.ROLE)


# --- attribution -----------------------------------------------------------------------------------------------------


def test_she_added_goes_on_with_the_speaker_before():
    reference = (
        "Councillor Ama Boateng said the fee put off young families. Park manager Piet Smeets said similar schemes "
        "elsewhere had led to more visitors."
    )
    candidate = (
        "Councillor Ama Boateng said the fee put off young families. She added that similar schemes elsewhere had led to more visitors."
    )
    assert of_type(serious(reference, candidate), FindingType.ATTRIBUTION)


def test_she_added_by_the_same_speaker_is_quiet():
    reference = (
        "Councillor Ama Boateng said the fee put off young families. She also said similar schemes elsewhere had led to more visitors."
    )
    candidate = (
        "Councillor Ama Boateng said the fee put off young families. She added that similar schemes elsewhere had led to more visitors."
    )
    assert not of_type(serious(reference, candidate), FindingType.ATTRIBUTION)


# --- lengths ---------------------------------------------------------------------------------------------------------


def test_a_decade_long_fight_against_a_five_year_one():
    reference = "Former tenants will share £2m in compensation after a five-year legal battle, their association said."
    candidate = "After a decade-long legal fight, former tenants will share £2m in compensation, their association said."
    assert of_type(serious(reference, candidate), FindingType.NUMBER)


def test_a_decade_long_fight_against_a_ten_year_one_is_quiet():
    reference = "Former tenants will share £2m in compensation after a ten-year legal battle, their association said."
    candidate = "After a decade-long legal fight, former tenants will share £2m in compensation, their association said."
    assert not of_type(serious(reference, candidate), FindingType.NUMBER)


# --- events ----------------------------------------------------------------------------------------------------------


def test_moved_to_another_day_is_no_cancellation():
    reference = "The fair will go ahead, but the parade, usually held on the first day, has been moved to the last weekend of the fair."
    candidate = "The fair will go ahead, but the parade, normally held on the opening day, has been cancelled."
    assert of_type(serious(reference, candidate, "translation"), FindingType.EVENT)


def test_moved_to_another_day_is_postponed():
    reference = "The fair will go ahead, but the parade, usually held on the first day, has been moved to the last weekend of the fair."
    candidate = "The fair will go ahead, but the parade, normally held on the opening day, has been postponed to the fair's last weekend."
    assert not of_type(serious(reference, candidate, "translation"), FindingType.EVENT)


def test_the_figure_compared_against_is_no_support():
    reference = "Six climbers died on the mountain during the season, compared with 14 the previous season, the club said."
    candidate = "Fourteen climbers died on the mountain during the season, the club said."
    assert of_type(serious(reference, candidate, "summary"), FindingType.NUMBER)


def test_the_figure_compared_against_told_as_such_is_quiet():
    reference = "Six climbers died on the mountain during the season, compared with 14 the previous season, the club said."
    candidate = "Six climbers died on the mountain during the season, down from 14 the season before, the club said."
    assert not of_type(serious(reference, candidate, "summary"), FindingType.NUMBER)


def test_done_to_a_different_thing_is_the_denial():
    reference = "In 12 cases the licence did not belong to the boat at all, which could mean that unsafe boats were hired out."
    candidate = "In 12 cases the licence belonged to a different boat altogether, meaning unsafe boats could have been hired out."
    assert not of_type(serious(reference, candidate, "translation"), FindingType.POLARITY)
    assert not of_type(serious(reference, candidate, "translation"), FindingType.MODALITY)


def test_the_chance_dropped_from_what_it_means_is_still_found():
    reference = "In 12 cases the licence did not belong to the boat at all, which could mean that unsafe boats were hired out."
    candidate = "In 12 cases the licence belonged to a different boat altogether, meaning unsafe boats were hired out."
    assert of_type(serious(reference, candidate, "translation"), FindingType.MODALITY)


def test_a_leave_given_in_other_words_and_denied():
    reference = "Tenants on low incomes will be able to apply for a rent reduction, the housing board said."
    candidate = "Tenants with low incomes will not be eligible for a rent reduction, the housing board said."
    assert of_type(serious(reference, candidate), FindingType.POLARITY)


def test_a_leave_given_in_other_words_is_quiet():
    reference = "Tenants on low incomes will be able to apply for a rent reduction, the housing board said."
    candidate = "Tenants with low incomes will be eligible for a rent reduction, the housing board said."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)
