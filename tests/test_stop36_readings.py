"""Readings from stop 36: a wish denied by its subject ('none of them wished to'); a timetable over joined verbs; a
multiple that is the ratio of two figures; a hire told from either side; a full name beside a word of it; the one
figure each side leaves unmatched; a matter still weighed against a timetable; a body's quotation put in a person's
mouth.

Every text here is made up for the test; none comes from the seed, the challenge or the evaluation sets.
"""

from __future__ import annotations

from helpers import of_type, serious

from factdiff import compare
from factdiff.model import FindingType


def test_none_wishing_is_a_denial_like_none_wanting():
    reference = "The owner said costs had risen sharply, and that none of his nephews wished to take over the mill."
    candidate = "Costs have risen sharply, the owner said, and none of his nephews want to take the mill over."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_all_wishing_against_none_wanting_is_still_found():
    reference = "The owner said that all of his nephews wished to take over the mill."
    candidate = "The owner said that none of his nephews wanted to take over the mill."
    assert of_type(serious(reference, candidate), FindingType.POLARITY)


def test_a_timetable_covers_the_verbs_joined_under_it():
    reference = "Work on the footbridge is due to begin in March and should take about six weeks."
    candidate = "Work on the footbridge is scheduled to start in March and to last around six weeks."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)


def test_a_plain_future_for_should_is_still_found():
    reference = "Work on the footbridge should take about six weeks, the engineers said."
    candidate = "Work on the footbridge will take six weeks, the engineers said."
    found = of_type(serious(reference, candidate), FindingType.MODALITY)
    assert found


def test_doubling_is_the_ratio_of_the_two_figures():
    reference = "From April the college will require at least 40 percent of credits from coursework, up from 20 percent now."
    candidate = "From April the college will double the coursework share of credits to 40%."
    assert not of_type(serious(reference, candidate), FindingType.NUMBER)


def test_tripling_where_the_figures_double_is_still_found():
    reference = "From April the college will require at least 40 percent of credits from coursework, up from 20 percent now."
    candidate = "From April the college will triple the coursework share of credits to 40%."
    assert of_type(serious(reference, candidate), FindingType.NUMBER)


def test_a_hire_told_from_the_other_side_is_the_same_deal():
    reference = "Orrin Marine said it had agreed a two-year lease of its tug Vela to the harbour operator Brisk Quay."
    candidate = "Brisk Quay will lease the tug Vela from Orrin Marine for two years, Orrin Marine said."
    assert not of_type(serious(reference, candidate), FindingType.ROLE)


def test_a_hire_with_its_sides_swapped_is_found():
    reference = "Orrin Marine said it had agreed a two-year lease of its tug Vela to the harbour operator Brisk Quay."
    candidate = "Brisk Quay has leased the tug Vela to Orrin Marine for two years."
    assert of_type(serious(reference, candidate), FindingType.ROLE)


def test_the_same_verb_of_hire_turned_round_is_still_found():
    reference = "Orrin Marine has leased its tug Vela to Brisk Quay for two years."
    candidate = "Orrin Marine has leased the tug Vela from Brisk Quay for two years."
    assert of_type(serious(reference, candidate), FindingType.ROLE)


def test_leader_and_funder_swapped_beside_a_word_of_the_leaders_name():
    reference = (
        "Volunteers have counted 120 kinds of moss on the old walls of Dunmere. The count, led by the Dunmere Field "
        "Naturalists Club with money from the Halvard Trust, trained 40 volunteers."
    )
    candidate = (
        "A count of mosses on Dunmere walls, led by the Halvard Trust with money from the Dunmere Field Naturalists Club, found 120 kinds."
    )
    findings = serious(reference, candidate, "summary")
    assert [f for f in findings if "Halvard Trust" in (f.candidate_span.text if f.candidate_span else "")]


def test_the_one_figure_left_unmatched_on_each_side_is_a_changed_figure():
    reference = "The survey recorded 214 species of beetle, including 17 that had never been seen in the valley."
    candidate = "The survey recorded 214 species of beetle, 71 of them new to the valley."
    assert of_type(serious(reference, candidate), FindingType.NUMBER)


def test_a_figure_left_unmatched_with_two_unmatched_in_the_reference_is_not_paired():
    reference = "The survey recorded 214 species of beetle, including 17 new to the valley and 9 new to the country."
    candidate = "The survey recorded 214 species of beetle, 26 of them new to the valley or the country."
    assert not of_type(serious(reference, candidate), FindingType.NUMBER)


def test_a_matter_weighed_told_as_timetabled_is_found():
    reference = "The water board is considering replacing meter readers with remote sensors, a spokesperson said."
    candidate = "Meter readers are set to be replaced by remote sensors, a water board spokesperson said."
    assert of_type(serious(reference, candidate), FindingType.MODALITY)


def test_a_plan_told_as_timetabled_is_not_found():
    reference = "The water board plans to replace meter readers with remote sensors, a spokesperson said."
    candidate = "Meter readers are set to be replaced by remote sensors, a water board spokesperson said."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)


def test_a_bodys_quotation_put_in_a_persons_mouth_is_found():
    reference = (
        "The club's new boats were paid for by the county leisure department, which called rowing 'the sport our towns have "
        "taken to most'. Captain Mira Solberg said 90 people were on the waiting list."
    )
    candidate = "Rowing is 'the sport our towns have taken to most', according to captain Mira Solberg, who said 90 people were waiting."
    assert of_type(serious(reference, candidate), FindingType.ATTRIBUTION)


def test_a_bodys_quotation_given_through_its_head_is_not_found():
    reference = "The county leisure department called rowing 'the sport our towns have taken to most', according to its head, Mira Solberg."
    candidate = "Mira Solberg called rowing 'the sport our towns have taken to most'."
    assert not of_type(serious(reference, candidate), FindingType.ATTRIBUTION)


def test_a_dozen_is_twelve():
    reference = "Around a dozen of the maps show fords that were never recorded."
    candidate = "Roughly twelve of the maps show fords never recorded before."
    assert not of_type(serious(reference, candidate), FindingType.NUMBER)
    assert not [f for f in compare(reference, candidate).findings if "twelve" in (f.candidate_span.text if f.candidate_span else "")]


def test_the_latter_half_of_a_century_in_figures_is_the_second_half():
    reference = "The coins, most of which date from the second half of the sixteenth century, will be shown in May."
    candidate = "Most of the coins were struck in the latter half of the 1500s; they will be shown in May."
    assert not of_type(serious(reference, candidate), FindingType.OMISSION)
    assert not of_type(serious(reference, candidate), FindingType.DATE)


def test_a_denial_said_by_a_verb_of_refusal_is_not_left_out():
    reference = "Visits will resume on 4 June. Groups will be limited to ten people, and dogs will not be admitted."
    candidate = "Visits will restart on 4 June. Group sizes will be capped at ten people, and entry will be refused to dogs."
    assert not of_type(serious(reference, candidate), FindingType.OMISSION)


def test_a_denial_left_out_is_still_found():
    reference = "Visits will resume on 4 June. Groups will be limited to ten people, and dogs will not be admitted."
    candidate = "Visits will restart on 4 June. Group sizes will be capped at ten people."
    assert of_type(serious(reference, candidate), FindingType.OMISSION)


def test_a_verb_of_saying_in_a_condition_is_no_source():
    reference = "The pools will stay shut until independent testing confirms the water is clear, which the firm said could take a week."
    candidate = "The pools will stay closed until independent tests show the water is clear, something the firm expects to take a week."
    assert not of_type(serious(reference, candidate), FindingType.ATTRIBUTION)


def test_rather_than_sets_aside_as_not_does():
    reference = "The mayor said lime plaster would be used, rather than the cement render applied in the 1980s."
    candidate = "Only lime plaster will be used, the mayor said, not the cement render applied in the 1980s."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_the_rest_of_a_whole_told_as_its_share():
    reference = "Tenants will pay 20 percent of the cost, with the housing trust covering the rest."
    candidate = "The housing trust will pay 80 percent of the cost, and tenants must pay the remaining 20 percent."
    assert not of_type(serious(reference, candidate), FindingType.NUMBER)


def test_a_share_that_does_not_complete_the_whole_is_still_found():
    reference = "Tenants will pay 20 percent of the cost, with the housing trust covering the rest."
    candidate = "The housing trust will pay 70 percent of the cost, and tenants the remaining 20 percent."
    assert of_type(serious(reference, candidate), FindingType.NUMBER)


def test_a_score_worked_out_from_a_margin():
    reference = "Ana Riel won with 88 points out of 100. The runner-up, Piet Dorn, finished three points behind."
    candidate = "Ana Riel won with 88 points out of 100. Piet Dorn came second with 85 points."
    assert not of_type(serious(reference, candidate), FindingType.NUMBER)


def test_a_score_that_does_not_fit_the_margin_is_still_found():
    reference = "Ana Riel won with 88 points out of 100. The runner-up, Piet Dorn, finished three points behind."
    candidate = "Ana Riel won with 88 points out of 100. Piet Dorn came second with 81 points."
    assert of_type(serious(reference, candidate), FindingType.NUMBER)


def test_struggling_to_do_it_is_not_doing_it():
    reference = "The clinic employs 12 nurses and has been unable to fill three vacancies despite a bonus."
    candidate = "The clinic, with 12 nurses, is struggling to fill three vacancies despite a bonus."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_an_era_is_no_name():
    reference = "The jars are thought to date from the third century BC."
    candidate = "The jars are believed to go back to the 3rd century before Christ."
    assert not of_type(serious(reference, candidate), FindingType.ENTITY)


def test_a_range_written_from_to_is_the_range():
    reference = "The figurines, most of them between 8 and 20 centimetres tall, show dancers."
    candidate = "The figurines, mostly measuring from 8 to 20 cm in height, show dancers."
    assert not of_type(serious(reference, candidate), FindingType.NUMBER)


def test_a_range_with_another_top_is_still_found():
    reference = "The figurines, most of them between 8 and 20 centimetres tall, show dancers."
    candidate = "The figurines, mostly measuring from 8 to 30 cm in height, show dancers."
    assert of_type(serious(reference, candidate), FindingType.NUMBER)


def test_what_no_evidence_was_found_for_told_as_found():
    reference = "The panel found that the judges had shared their scores, but found no evidence that money had changed hands."
    candidate = "The panel found the judges had shared their scores and that money had changed hands."
    assert of_type(serious(reference, candidate, "summary"), FindingType.POLARITY)


def test_what_no_one_suggested_is_not_asserted():
    reference = "There was no suggestion that the staff had acted improperly."
    candidate = "Nobody suggested the staff had acted improperly."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_a_named_partys_quotation_put_in_another_bodys_mouth():
    reference = (
        "A report by the Inspectorate of Care Homes found that 12 homes had no night nurse. Care charity Silver Line, "
        'which runs helplines in 30 towns, said the findings were "truly shocking" and called for more staff.'
    )
    candidate = (
        "According to a report by the Inspectorate of Care Homes, 12 homes had no night nurse. The inspectorate described "
        'the findings as "truly shocking". Silver Line, a care charity, called for more staff.'
    )
    assert of_type(serious(reference, candidate), FindingType.ATTRIBUTION)


def test_a_named_partys_quotation_kept_with_it_is_not_found():
    reference = 'Care charity Silver Line said the findings of the Inspectorate of Care Homes were "truly shocking".'
    candidate = 'The charity Silver Line called the findings of the Inspectorate of Care Homes "truly shocking".'
    assert not of_type(serious(reference, candidate), FindingType.ATTRIBUTION)


def test_a_possibility_told_as_timetabled_is_found():
    reference = "The park authority may remove up to 40 signposts after walkers damaged the walls."
    candidate = "Up to 40 signposts are set to be removed by the park authority after walkers damaged the walls."
    assert of_type(serious(reference, candidate), FindingType.MODALITY)


def test_a_denial_in_another_sentence_of_a_summary_is_found_by_its_verb():
    reference = (
        "The court ordered the retailer, Kestrel Goods, to pay damages of 3 million yen. The guild's chairman said the ruling "
        "protected the craft, but he was disappointed by the award. Kestrel Goods said it would not appeal."
    )
    candidate = (
        "The court ordered Kestrel Goods to pay 3 million yen; the guild was disappointed with the award, and the retailer plans to appeal."
    )
    assert of_type(serious(reference, candidate, "summary"), FindingType.POLARITY)


def test_the_same_denial_in_a_summary_is_not_found():
    reference = (
        "The court ordered the retailer, Kestrel Goods, to pay damages of 3 million yen. The guild's chairman said the ruling "
        "protected the craft, but he was disappointed by the award. Kestrel Goods said it would not appeal."
    )
    candidate = (
        "The court ordered Kestrel Goods to pay 3 million yen; the guild was disappointed with the award, and the retailer will not appeal."
    )
    assert not of_type(serious(reference, candidate, "summary"), FindingType.POLARITY)


def test_a_total_given_as_a_yearly_amount_is_found():
    reference = "The agency has won a three-year contract. The contract, worth about 4 million euros, covers 3,000 hours of work a year."
    candidate = "The agency has won a three-year contract. The deal, worth about €4m a year, covers some 3,000 hours of work annually."
    assert of_type(serious(reference, candidate), FindingType.NUMBER)


def test_a_yearly_amount_said_as_annual_is_not_found():
    reference = "The trust has an annual budget of 4 million euros and employs 30 people."
    candidate = "The trust's budget is €4m a year and it employs 30 people."
    assert not of_type(serious(reference, candidate), FindingType.NUMBER)


# guards from the review of this stop's rules (made-up pairs where a clearing rule went too far)


def test_a_remainder_given_to_the_wrong_party_is_still_found():
    reference = "Home owners pay 15 percent of the repair cost and the council pays the rest."
    candidate = "The council pays 15 percent of the repair cost and owners the remaining 85 percent."
    assert of_type(serious(reference, candidate), FindingType.NUMBER)


def test_the_shares_swapped_between_the_parties_are_still_found():
    reference = "Home owners pay 15 percent of the cost and the council pays the rest."
    candidate = "Home owners pay 85 percent of the cost and the council pays the remaining 15 percent."
    assert of_type(serious(reference, candidate), FindingType.NUMBER)


def test_halving_where_the_figure_doubled_is_still_found():
    reference = "The council will raise the recycling rate from 20% to 40%."
    candidate = "The council will halve the recycling rate to 20%."
    assert of_type(serious(reference, candidate), FindingType.NUMBER)


def test_two_multiples_swapped_in_one_sentence_are_still_found():
    reference = "The tax rate rose from 10% to 20% while unemployment fell from 8% to 4%."
    candidate = "The tax rate halved to 20% while unemployment doubled to 4%."
    assert of_type(serious(reference, candidate), FindingType.NUMBER)


def test_a_joined_verb_with_its_own_could_is_not_on_the_timetable():
    reference = "The museum is due to reopen in April and could stay open late on Fridays."
    candidate = "The museum is due to reopen in April and to stay open late on Fridays."
    assert of_type(serious(reference, candidate), FindingType.MODALITY)


def test_a_margin_in_the_figures_own_sentence_is_not_taken_the_wrong_way():
    reference = "Hartley finished on 54 points, 3 points behind the winner Castell."
    candidate = "The winner Castell finished on 51 points."
    assert of_type(serious(reference, candidate), FindingType.NUMBER)


def test_a_summary_puts_another_named_place_in_the_same_slot():
    reference = (
        "The Norrby Seed Library lent 3,200 packets of seed last year. The library, based at Elmfield General Hospital, added 90 "
        "new varieties. A second lending point opened at the Quarry Lane Health Centre in March."
    )
    candidate = "The Norrby Seed Library, based at the Quarry Lane Health Centre, lent 3,200 packets of seed last year."
    assert of_type(serious(reference, candidate, "summary"), FindingType.ENTITY)


def test_a_summary_that_keeps_both_places_is_not_flagged():
    reference = (
        "The Norrby Seed Library lent 3,200 packets of seed last year. The library, based at Elmfield General Hospital, added 90 "
        "new varieties. A second lending point opened at the Quarry Lane Health Centre in March."
    )
    candidate = (
        "The Norrby Seed Library, based at Elmfield General Hospital, lent 3,200 packets of seed last year and opened a second "
        "lending point at the Quarry Lane Health Centre."
    )
    assert not of_type(serious(reference, candidate, "summary"), FindingType.ENTITY)


def test_hours_listed_before_oclock_are_times_of_day():
    reference = "The bells will ring three times a day, at 10, 14 and 19 o'clock."
    candidate = "The bells will ring three times daily, at 10am, 2pm and 7pm."
    assert not of_type(serious(reference, candidate, "translation"), FindingType.DATE)


def test_a_listed_hour_changed_is_still_found():
    reference = "The bells will ring three times a day, at 10, 14 and 19 o'clock."
    candidate = "The bells will ring three times daily, at 9am, 2pm and 7pm."
    assert of_type(serious(reference, candidate, "translation"), FindingType.DATE)


def test_a_named_officials_claim_given_to_the_spokesperson_is_found():
    reference = (
        "The transport ministry is studying a toll on the bridge, a ministry spokesperson said on Monday. The spokesperson "
        "said no decision would be taken this year. Deputy minister Hana Brel told parliament that tolls could raise 4 "
        "million crowns a year."
    )
    candidate = (
        "A toll on the bridge is being studied by the transport ministry, a ministry spokesperson said on Monday. No "
        "decision will be taken this year, the spokesperson said. The spokesperson told parliament that tolls could raise "
        "4 million crowns a year."
    )
    assert of_type(serious(reference, candidate), FindingType.ATTRIBUTION)


def test_a_named_official_called_by_their_own_post_is_not_found():
    reference = (
        "The transport ministry is studying a toll on the bridge, a ministry spokesperson said on Monday. Deputy minister "
        "Hana Brel told parliament that tolls could raise 4 million crowns a year."
    )
    candidate = (
        "A toll on the bridge is being studied by the transport ministry, a ministry spokesperson said on Monday. The deputy "
        "minister told parliament that tolls could raise 4 million crowns a year."
    )
    assert not of_type(serious(reference, candidate), FindingType.ATTRIBUTION)


def test_no_doubt_that_asserts_the_clause():
    reference = "There is no doubt that the river has flooded the lower town."
    candidate = "The river has flooded the lower town."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_nothing_to_show_is_no_evidence():
    reference = "Investigators found no evidence that money changed hands."
    candidate = "Investigators found nothing to show that money had changed hands."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_a_salary_is_a_yearly_amount_already():
    reference = "Mr Tran earns a salary of £85,000."
    candidate = "Mr Tran earns £85,000 a year."
    assert not of_type(serious(reference, candidate), FindingType.NUMBER)


def test_a_summary_slot_of_another_thing_is_not_flagged():
    reference = "Arden Holdings, the parent group, is based in Zurich. Its UK arm employs 400 people in Leeds."
    candidate = "Arden's UK arm, based in Leeds, employs 400 people."
    assert not of_type(serious(reference, candidate, "summary"), FindingType.ENTITY)


def test_a_summary_slot_of_another_event_is_not_flagged():
    reference = "The talks were held in Geneva in March. The next round is scheduled for Vienna in July."
    candidate = "The next round of talks will be held in Vienna in July."
    assert not of_type(serious(reference, candidate, "summary"), FindingType.ENTITY)


def test_an_annual_fee_named_at_the_start_of_its_clause_is_a_yearly_amount():
    reference = "The annual fee for a standard mooring at the marina will rise to 1,820 pounds."
    candidate = "A standard mooring at the marina will cost 1,820 pounds a year."
    assert not of_type(serious(reference, candidate), FindingType.NUMBER)
