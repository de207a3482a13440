"""Readings from stop 66: one sale told from the seller's side by another doer; an adjective's 'no' said of another
noun; a 'for' under what a privative verb lacks; the whole of one day as an amount; a day moved 'from X to Y' against
'Y instead of X'; a plan told beside something else done; a clause whose figures and dates are all the reference's;
'all three' for 'three of the'; a purchase turned round with a synonym; a deed's part of the day or week left out;
outcomes of a contest; a name left in its language against its translation with the place before it; a summary's
clause that only speaks of the party of a sentence left out.

Every text here is made up for the test; none comes from the seed, the challenge or the evaluation sets.
"""

from __future__ import annotations

from helpers import of_type, quantities, serious

from factdiff import compare
from factdiff.model import FindingType, Severity

# --- polarity --------------------------------------------------------------------------------------------------------


def test_one_sale_told_from_the_sellers_side_by_another_doer():
    reference = "The trust has approached three farmers about buying a strip of land beside the river."
    candidate = "Three farmers have been asked by the trust whether they would sell a strip of land beside the river."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_an_adjectives_no_said_of_another_noun():
    reference = "The depot has run out of space for new buses, the operator said. The depot has had no spare bays since May."
    candidate = "The depot has run out of room for new buses, the operator said. No new bays have been free since May."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)
    other = "The depot still has space for new buses, the operator said. The depot has had no spare bays since May."
    assert of_type(serious(reference, other), FindingType.POLARITY)


# --- quantities and omission -----------------------------------------------------------------------------------------


def test_the_whole_of_one_day_is_an_amount():
    assert ("a full day", 1.0, 1.0, "days") in quantities("The crew worked for a full day.")
    assert ("an entire week", 1.0, 1.0, "weeks") in quantities("The road was shut for an entire week.")


def test_twenty_four_hours_told_as_a_full_day_is_not_left_out():
    reference = "The club logged 1,920 contacts over 24 hours from a hut on Brinley Hill."
    candidate = "The club logged 1,920 contacts over a full day from a hut on Brinley Hill."
    assert not of_type(serious(reference, candidate), FindingType.OMISSION)


def test_a_deeds_part_of_the_day_left_out():
    reference = "The clinic will close its walk-in unit at night for at least two months, the health board said on Monday."
    candidate = "The clinic will close its walk-in unit for at least two months, the health board said on Monday."
    found = of_type(serious(reference, candidate), FindingType.OMISSION)
    assert found and "at night" in found[0].reference_span.text
    kept = "The clinic's walk-in unit will shut overnight for at least two months, the health board said on Monday."
    assert not of_type(serious(reference, kept), FindingType.OMISSION)


# --- dates -----------------------------------------------------------------------------------------------------------


def test_a_day_moved_from_one_to_another_is_no_span_of_days():
    reference = "Training sessions will move from Tuesday to Thursday evenings to avoid clashes with the league."
    candidate = "To avoid clashing with the league, training will be held on Thursday evenings instead of Tuesdays."
    assert not of_type(serious(reference, candidate), FindingType.DATE)


# --- modality --------------------------------------------------------------------------------------------------------


def test_a_plan_told_beside_something_else_done():
    reference = "It is the third delay this year; the opening was originally planned for April."
    candidate = "The opening, first planned for April, has now slipped three times this year."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)


# --- addition --------------------------------------------------------------------------------------------------------


def test_a_clause_whose_figures_and_dates_are_all_the_references():
    reference = "The four-day Orvell Cheese Fair opened on Thursday with more than 200 stalls, organisers said."
    candidate = "More than 200 stalls are on show at the Orvell Cheese Fair, which got going on Thursday and lasts four days."
    assert not of_type(serious(reference, candidate), FindingType.ADDITION)
    other = "More than 200 stalls are on show at the Orvell Cheese Fair, which got going on Thursday after a flood closed the showground."
    assert of_type(serious(reference, other), FindingType.ADDITION)


def test_a_summary_clause_that_only_speaks_of_the_party_of_a_left_out_sentence():
    reference = (
        "The Harbour Authority has ordered a safety review of the Kelsey Quay crane after two cables snapped in the past "
        "year. The review, led by engineer Dr Maud Perrin, will report by the end of June. Until then, the crane will not "
        "be used for heavy lifts. Quay manager Owen Tasker said the company welcomed the review and would act on its "
        "findings. Dockers' union Portside called the decision overdue."
    )
    candidate = (
        "After two cables snapped in the past year, the Harbour Authority has ordered a safety review of the Kelsey Quay "
        "crane, led by engineer Dr Maud Perrin. The crane will not be used for heavy lifts until the review reports, due "
        "by the end of June, and the company has agreed to fund monthly inspections. Portside called the move overdue."
    )
    found = of_type(serious(reference, candidate, "summary"), FindingType.ADDITION)
    assert found and "agreed to fund" in found[0].candidate_span.text


# --- numbers ---------------------------------------------------------------------------------------------------------


def test_all_three_for_three_of_the():
    reference = "Engineers found corrosion in three of the bridge's steel cables, the council said."
    candidate = "Engineers found corrosion in all three steel cables of the bridge, the council said."
    assert of_type(serious(reference, candidate), FindingType.NUMBER)
    kept = "Corrosion was found in three of the bridge's steel cables, according to the council."
    assert not of_type(serious(reference, kept), FindingType.NUMBER)


# --- roles -----------------------------------------------------------------------------------------------------------


def test_a_purchase_turned_round_with_a_synonym():
    reference = "In 2004 the county bought the archive from the Ferrand-Loy family."
    candidate = "In 2004 the Ferrand-Loy family purchased the archive from the county."
    assert of_type(serious(reference, candidate), FindingType.ROLE)
    kept = "In 2004 the county purchased the archive from the Ferrand-Loy family."
    assert not of_type(serious(reference, kept), FindingType.ROLE)


# --- events ----------------------------------------------------------------------------------------------------------


def test_a_rider_who_withdrew_told_as_disqualified():
    reference = "Last year's champion, Ivo Ramsland, withdrew at the third checkpoint after his bike was damaged."
    candidate = "Last year's champion, Ivo Ramsland, was disqualified at the third checkpoint after his bike was damaged."
    assert of_type(serious(reference, candidate), FindingType.EVENT)
    kept = "Last year's champion, Ivo Ramsland, pulled out at the third checkpoint after his bike was damaged."
    assert not of_type(serious(reference, kept), FindingType.EVENT)


# --- entities --------------------------------------------------------------------------------------------------------


def test_a_name_in_its_language_and_translated_with_its_place_before_it():
    reference = "Thieves broke into the Museo Arqueológico of Vall Negra on Sunday and took a bronze helmet."
    candidate = "Thieves broke into the Vall Negra Archaeological Museum on Sunday and made off with a bronze helmet."
    found = [f for f in compare(reference, candidate, "translation").findings if f.type == FindingType.ENTITY]
    assert not [f for f in found if f.severity != Severity.MINOR]
    other = "Thieves broke into the Vall Negra Maritime Museum on Sunday and made off with a bronze helmet."
    assert of_type(serious(reference, other, "translation"), FindingType.ENTITY)


def test_a_date_of_another_statement_put_on_a_thing_the_reference_dates_otherwise():
    reference = (
        "Surveyors have begun mapping a Roman road near Ashby Fold, the first survey there since 1958. The road was "
        "spotted on satellite images taken during last year's heatwave, when the grass above it turned brown."
    )
    candidate = (
        "A Roman road near Ashby Fold is being mapped by surveyors, the first survey there since 1958. The road was "
        "spotted on satellite images taken during the 1958 heatwave, when the grass above it turned brown."
    )
    found = of_type(serious(reference, candidate), FindingType.DATE)
    assert found and found[0].candidate_span.text == "1958" and found[0].candidate_span.start > 100
    kept = candidate.replace("the 1958 heatwave", "last year's heatwave")
    assert not of_type(serious(reference, kept), FindingType.DATE)


def test_a_move_between_two_days_told_the_other_way_round():
    reference = "Training sessions will move from Tuesday to Thursday evenings to avoid clashes with the league."
    for candidate in (
        "Training sessions will move from Thursday to Tuesday evenings to avoid clashes with the league.",
        "To avoid clashing with the league, training will be held on Tuesday evenings instead of Thursdays.",
    ):
        assert of_type(serious(reference, candidate), FindingType.DATE)
    reference = "The final was postponed from April to June because of the floods."
    assert of_type(serious(reference, "Because of the floods, the final was pushed back to April from June."), FindingType.DATE)
    assert not of_type(serious(reference, "Because of the floods, the final was pushed back to June from April."), FindingType.DATE)


def test_a_word_said_in_what_a_comparison_measures_against():
    reference = "The owner argued that repairs, put at £40,000, would cost more than the barn was worth."
    candidate = "The owner argued that the barn was not worth the £40,000 that repairs would cost."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)
    other = "The owner argued that the barn was worth the £40,000 that repairs would cost."
    assert of_type(serious("The owner argued that the barn was not worth the £40,000 repairs.", other), FindingType.POLARITY)


def test_asked_of_a_body_either_way():
    reference = "The parish council has applied to the Rural Buildings Fund for a further £60,000."
    candidate = "The parish council is seeking a further £60,000 from the Rural Buildings Fund."
    assert not of_type(serious(reference, candidate), FindingType.ROLE)


def test_short_of_a_thing_against_having_enough_of_it():
    reference = "The lifeboat station was short of volunteers over the holiday weekend, the charity said."
    assert of_type(
        serious(reference, "The lifeboat station had enough volunteers over the holiday weekend, the charity said."), FindingType.POLARITY
    )
    kept = "The lifeboat station had too few volunteers over the holiday weekend, the charity said."
    assert not of_type(serious(reference, kept), FindingType.POLARITY)


def test_all_for_a_share_of_the_whole_a_number_counts():
    reference = "Half of the 120 beach huts at Selby Sands will be repainted this winter, the council said."
    assert of_type(
        serious(reference, "All 120 beach huts at Selby Sands will be repainted this winter, the council said."), FindingType.NUMBER
    )
    kept = "Half of Selby Sands' 120 beach huts will be repainted this winter, according to the council."
    assert not of_type(serious(reference, kept), FindingType.NUMBER)


def test_a_weekday_limit_left_out_beside_hours_both_texts_give():
    reference = "Quay Street will be closed to traffic on weekdays between 9am and 4pm for a month, the council said."
    candidate = "Quay Street will be shut to traffic between 9am and 4pm for a month, according to the council."
    assert of_type(serious(reference, candidate), FindingType.OMISSION)


def test_eliminated_told_as_withdrew_and_handed_over_told_as_released():
    reference = "The Harbour Lane Singers were eliminated from the Voices of the Coast contest on Saturday."
    candidate = "The Harbour Lane Singers withdrew from the Voices of the Coast contest on Saturday."
    assert of_type(serious(reference, candidate), FindingType.EVENT)
    reference = "The seized parrots have been handed to the Kelby Bird Sanctuary, officials said."
    candidate = "The seized parrots have been released into the wild, officials said."
    assert of_type(serious(reference, candidate), FindingType.EVENT)


def test_a_year_of_another_statement_put_on_a_deed_the_reference_dates_otherwise():
    reference = "The mill, which closed in 1979, will reopen as a museum in May. The society bought the mill last year."
    candidate = "The mill, which closed in 1979, will reopen as a museum in May. The society bought the mill in 1979."
    assert of_type(serious(reference, candidate), FindingType.DATE)
    kept = "The mill, which shut in 1979, is to reopen as a museum in May; the society bought it last year."
    assert not of_type(serious(reference, kept), FindingType.DATE)


def test_what_a_proposal_would_bring_told_as_done():
    reference = "Two libraries in Carrow would merge into a single branch under plans published by the council on Monday."
    candidate = "Two libraries in Carrow have been merged into a single branch, under plans published by the council on Monday."
    assert of_type(serious(reference, candidate), FindingType.MODALITY)
    kept = "The council said on Monday that two libraries in Carrow would merge into a single branch."
    assert not of_type(serious("The council said on Monday that the two libraries would merge.", kept), FindingType.MODALITY)


def test_a_kind_said_for_the_whole_it_names_the_kind_of():
    reference = "Hamlets in the lower Tarn valley will be without a Sunday ferry service from 1 June, the operator said."
    candidate = "Hamlets in the lower Tarn valley will keep their Sunday ferry from 1 June, the operator said."
    assert of_type(serious(reference, candidate), FindingType.POLARITY)
    kept = "From 1 June the hamlets of the lower Tarn valley will have no Sunday ferry, the operator said."
    assert not of_type(serious(reference, kept), FindingType.POLARITY)


def test_a_ranking_in_a_field_told_as_its_owner_and_an_order_near_by_is_no_ranking():
    reference = (
        "Marlin Foods, a wholesaler in Dunmore, will start importing mangoes from Peru in March under a two-year deal. "
        "The first shipments, of about 400 tonnes, will arrive by sea."
    )
    candidate = (
        "Dunmore wholesaler Marlin Foods is to begin bringing in Peruvian mangoes in March under a two-year deal. The deal "
        "will make Marlin the region's biggest mango importer. About 400 tonnes will make up the first shipments, which "
        "will come by sea."
    )
    assert of_type(serious(reference, candidate), FindingType.ADDITION)
    kept = candidate.replace("The deal will make Marlin the region's biggest mango importer. ", "")
    assert not of_type(serious(reference, kept), FindingType.ADDITION)


def test_a_denied_belief_said_as_the_belief_of_a_denial():
    reference = "The driver suffered injuries that were not believed to be serious, police said."
    candidate = "The driver suffered injuries thought not to be serious, police said."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_a_denial_written_into_a_hyphened_compound():
    reference = "The ferry service is not run for profit, the trust said."
    candidate = "The ferry service is run on a not-for-profit basis, the trust said."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)
    assert of_type(serious(reference, "The ferry service is run for profit, the trust said."), FindingType.POLARITY)


def test_a_plural_possessives_apostrophe_is_no_letter_of_the_name():
    reference = "The Brenlow Apple Growers' Association said the harvest was the largest in a decade."
    candidate = "Brenlow Apple Growers said the harvest was the largest in ten years."
    assert not of_type(serious(reference, candidate), FindingType.ENTITY)


def test_no_such_thing_for_decades_against_the_first_of_its_kind():
    reference = (
        "A pair of horses will haul timber at Brackley Woods on 3 May in what is the first public demonstration of its "
        "kind in the region for 50 years."
    )
    candidate = (
        "Two horses will haul timber at Brackley Woods on 3 May. No such public demonstration has been held in the region for five decades."
    )
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_short_of_a_bound_or_by_a_distance_is_no_lack():
    reference = "The ice was 14cm thick, three centimetres short of the 17cm safety minimum, the organisers said."
    candidate = "The ice measured 14cm, below the 17cm safety minimum, the organisers said."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)
    reference = "The shelter said it was short of volunteers with driving licences."
    candidate = "The shelter said it lacked volunteers with driving licences."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_one_night_is_a_date_not_a_limit():
    reference = "Two men were arrested on Sunday night after a break-in at the Harlow depot, police said."
    candidate = "Police said two men were arrested after a break-in at the Harlow depot late on Sunday."
    assert not [f for f in serious(reference, candidate) if f.type == FindingType.OMISSION and "night" in f.reference_span.text]


def test_a_hyphened_denial_both_sides_give_clears_no_other_denial():
    reference = "The council said non-chemical treatments such as hand weeding had not been tried."
    candidate = "According to the council, non-chemical treatments such as hand weeding had been tried."
    assert of_type(serious(reference, candidate), FindingType.POLARITY)
