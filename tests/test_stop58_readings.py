"""Readings from stop 58: 'rather than to do' sets a deed aside; a reporting verb told after its clause and a belief
verb with its own infinitive are not what a hedge covers; 'could not be undone' against 'would take years to put
right'; 'expects X, which ..., to fall' hedges the fall; 'made it possible to do'; a day and its part tagged as one
date; a summary's figure against the figure of the same thing in a sentence the alignment did not give it; a matter
still weighed told as what will be done in a summary; 'X said it was sorry but would not appeal'; a phrase stuttered
inside one sentence.

Every text here is made up for the test; none comes from the seed, the challenge or the evaluation sets.
"""

from __future__ import annotations

from helpers import of_type, serious

from factdiff import compare
from factdiff.model import FindingType, Severity


def _all(reference: str, candidate: str, mode: str = "rewrite") -> list:
    return compare(reference, candidate, mode).findings


# --- polarity --------------------------------------------------------------------------------------------------------


def test_rather_than_to_do_is_a_denial_either_way():
    reference = "The warden said the new charge was meant to keep campers safe rather than to make a profit."
    candidate = "The aim of the new charge is to keep campers safe, not to make a profit, the warden said."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_a_deed_denied_without_rather_than_is_still_found():
    reference = "The warden said the new charge was meant to keep campers safe and to make a profit."
    candidate = "The warden said the new charge was meant to keep campers safe, not to make a profit."
    assert of_type(serious(reference, candidate), FindingType.POLARITY)


def test_a_pronoun_joined_under_a_saying_verb_is_the_speaker():
    reference = "Pellow Haulage said it was disappointed with the ruling but would not appeal. The fine must be paid by June."
    candidate = "Pellow Haulage, which said it was disappointed with the ruling, is to appeal. The fine must be paid by June."
    assert of_type(serious(reference, candidate), FindingType.POLARITY)


def test_a_pronoun_joined_under_a_saying_verb_kept_is_quiet():
    reference = "Pellow Haulage said it was disappointed with the ruling but would not appeal. The fine must be paid by June."
    candidate = "Pellow Haulage, which said it was disappointed with the ruling, will not appeal. The fine must be paid by June."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


# --- modality --------------------------------------------------------------------------------------------------------


def test_a_reporting_verb_after_its_clause_is_not_under_the_clause():
    reference = (
        "The new scanner allows images to be taken in half the time, the hospital's chief radiographer, Dr Aine Collery, "
        "explained at a briefing on Monday."
    )
    candidate = "Speaking at a briefing on Monday, chief radiographer Dr Aine Collery said the new scanner takes images in half the time."
    found = [f for f in serious(reference, candidate) if f.type == FindingType.MODALITY and f.candidate_span.text == "said"]
    assert not found


def test_a_belief_verb_with_its_own_infinitive_does_not_hedge_the_clause_beside_it():
    reference = "Inspectors were told that the cottages, some thought to be over 300 years old, were demolished without consent in March."
    candidate = (
        "The cottages, some of them believed to be more than 300 years old, were knocked down in March without consent, inspectors heard."
    )
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)


def test_could_not_be_undone_against_would_take_years_is_quiet():
    reference = "The judge said the harm to the river could not be undone for decades."
    candidate = "The harm to the river would take decades to put right, the judge said."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)


def test_could_not_against_a_deed_done_is_still_found():
    reference = "The council said it could not afford the repairs this year."
    candidate = "The council said it would pay for the repairs this year."
    assert serious(reference, candidate)


def test_expects_over_a_relative_clause_still_hedges_the_infinitive():
    reference = "Average journey times, currently about 50 minutes, should fall to under 40 minutes once the bypass opens."
    candidate = (
        "The county expects average journey times, which now stand at around 50 minutes, to drop below 40 minutes once the bypass opens."
    )
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)


def test_made_it_possible_keeps_what_allows_leaves_open():
    reference = "The new press allows books to be printed faster and more cheaply, the manager said on Friday."
    candidate = "The manager said on Friday that the new press made it possible to print books more quickly and more cheaply."
    assert not of_type(_all(reference, candidate), FindingType.MODALITY)


def test_considering_told_as_will_in_a_summary_is_major():
    reference = (
        "Snow has been scarce all winter at the Brenhoff resort. The director said the company was considering opening a "
        "summer climbing park to rely less on ski income. Bookings fell by around a fifth."
    )
    candidate = "Short of snow, Brenhoff will open a summer climbing park to rely less on ski income."
    found = of_type(serious(reference, candidate, "summary"), FindingType.MODALITY)
    assert found


def test_considering_kept_in_a_summary_is_quiet():
    reference = (
        "Snow has been scarce all winter at the Brenhoff resort. The director said the company was considering opening a "
        "summer climbing park to rely less on ski income. Bookings fell by around a fifth."
    )
    candidate = "Short of snow, Brenhoff is considering opening a summer climbing park to rely less on ski income."
    assert not of_type(serious(reference, candidate, "summary"), FindingType.MODALITY)


# --- dates -----------------------------------------------------------------------------------------------------------


def test_a_day_and_its_part_tagged_as_one_date_is_compared():
    reference = "Landslips closed the pass on Monday. Flights are expected to restart on Wednesday afternoon if the wind eases."
    candidate = "Landslips closed the pass on Monday. Flights are expected to restart on Wednesday morning if the wind eases."
    found = of_type(serious(reference, candidate, "summary"), FindingType.DATE)
    assert found and found[0].candidate_span.text.endswith("morning")


def test_the_same_part_of_the_day_tagged_as_one_date_is_quiet():
    reference = "Landslips closed the pass on Monday. Flights are expected to restart on Wednesday afternoon if the wind eases."
    candidate = "Landslips closed the pass on Monday. Flights should restart on Wednesday afternoon if the wind eases."
    assert not of_type(serious(reference, candidate, "summary"), FindingType.DATE)


# --- numbers ---------------------------------------------------------------------------------------------------------


def test_a_merged_summary_sentence_figure_against_its_own_slot():
    reference = (
        "The Harlow Vale gallery has closed two of its five wings for repairs to the roof. Staff said visitor numbers had "
        "been falling since the spring. Director Anna Kowal said ticket sales for the summer season were down by around a "
        "quarter on last year. The repairs are due to finish in October."
    )
    candidate = "Harlow Vale gallery has shut two of its five wings for roof repairs, and summer season ticket sales are down by a third."
    found = of_type(serious(reference, candidate, "summary"), FindingType.NUMBER)
    assert found and found[0].reference_span.text == "around a quarter"


def test_a_merged_summary_sentence_figure_kept_is_quiet():
    reference = (
        "The Harlow Vale gallery has closed two of its five wings for repairs to the roof. Staff said visitor numbers had "
        "been falling since the spring. Director Anna Kowal said ticket sales for the summer season were down by around a "
        "quarter on last year. The repairs are due to finish in October."
    )
    candidate = "Harlow Vale gallery has shut two of its five wings for roof repairs, and summer season ticket sales are down by about 25%."
    assert not of_type(_all(reference, candidate, "summary"), FindingType.NUMBER)


# --- repetition ------------------------------------------------------------------------------------------------------


def test_a_phrase_stuttered_inside_a_sentence_is_major():
    reference = "The club will play its remaining home games at the county ground until the stand is rebuilt."
    candidate = "Until the stand is rebuilt, the club will play its remaining home games at the county ground, at the county ground."
    found = of_type(_all(reference, candidate), FindingType.REPETITION)
    assert found and found[0].severity == Severity.MAJOR


def test_a_name_taken_up_across_a_full_stop_stays_a_note():
    reference = "Members voted to merge with the Elmstead choir. The choir will keep its name."
    candidate = "Members voted to merge with the choir. The choir will keep its name."
    found = of_type(_all(reference, candidate), FindingType.REPETITION)
    assert all(f.severity == Severity.MINOR for f in found)


# --- roles -----------------------------------------------------------------------------------------------------------


def test_a_description_set_right_before_a_name_names_it_in_a_swap():
    reference = (
        "Regional grocery chain Pellam & Sons plans to open 20 new stores next year. "
        "The chain, which bought rival Dunmore Foods in 2022, runs 85 stores."
    )
    candidate = "Pellam & Sons, bought by rival Dunmore Foods in 2022, will open 20 stores next year and runs 85."
    assert of_type(serious(reference, candidate, "summary"), FindingType.ROLE)


def test_a_description_set_right_before_a_name_kept_is_quiet():
    reference = (
        "Regional grocery chain Pellam & Sons plans to open 20 new stores next year. "
        "The chain, which bought rival Dunmore Foods in 2022, runs 85 stores."
    )
    candidate = "Pellam & Sons, which bought rival Dunmore Foods in 2022, plans to open 20 stores next year and runs 85."
    assert not of_type(serious(reference, candidate, "summary"), FindingType.ROLE)


# --- order in time ---------------------------------------------------------------------------------------------------


def test_weeks_into_an_event_against_weeks_before_it_is_found():
    reference = "The frost struck on Sunday night, two weeks before the picking season was due to start, growers said."
    candidate = "The frost struck on Sunday night, two weeks into the picking season, growers said."
    assert of_type(serious(reference, candidate), FindingType.DATE)


def test_weeks_into_an_event_against_weeks_after_its_start_is_quiet():
    reference = "The frost struck on Sunday night, two weeks after the picking season started, growers said."
    candidate = "The frost struck on Sunday night, two weeks into the picking season, growers said."
    assert not of_type(serious(reference, candidate), FindingType.DATE)


# --- events ----------------------------------------------------------------------------------------------------------


def test_another_verb_in_a_clause_kept_word_for_word_under_other_framing_is_found():
    reference = "Residents were moved to a school hall overnight. The county estimates that 310 homes were flooded."
    candidate = "Residents were moved to a school hall overnight. According to the county, 310 homes were evacuated."
    assert of_type(serious(reference, candidate), FindingType.EVENT)


def test_the_same_verb_under_other_framing_is_quiet():
    reference = "Residents were moved to a school hall overnight. The county estimates that 310 homes were flooded."
    candidate = "Residents were moved to a school hall overnight. According to the county, 310 homes were flooded."
    assert not of_type(_all(reference, candidate), FindingType.EVENT)


def test_a_verb_that_takes_in_its_phrase_is_no_other_action():
    reference = "Two months after the new road opened, traffic through the village had fallen by half, the council said."
    candidate = "According to the council, traffic through the village had halved two months after the new road opened."
    assert not of_type(serious(reference, candidate), FindingType.EVENT)


# --- a choice turned round -------------------------------------------------------------------------------------------


def test_the_option_set_aside_turned_round_is_found():
    reference = "The college will demolish the old boathouse rather than restore it, the bursar said."
    candidate = "Rather than demolish the old boathouse, the college will restore it, the bursar said."
    assert of_type(serious(reference, candidate), FindingType.POLARITY)


def test_instead_of_turned_round_is_found():
    reference = "The board chose to widen the existing bridge instead of building a second crossing."
    candidate = "The board will build a second crossing instead of widening the existing bridge."
    assert of_type(serious(reference, candidate), FindingType.POLARITY)


def test_the_option_set_aside_kept_in_other_words_is_quiet():
    reference = "The college will demolish the old boathouse rather than restore it, the bursar said."
    candidate = "Instead of restoring the old boathouse, the college will demolish it, the bursar said."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_days_into_an_event_against_days_after_it_is_found():
    reference = "Four days into the inquiry, the harbour master resigned. The hearings will resume in May."
    candidate = "Four days after the inquiry, the harbour master resigned. The hearings will resume in May."
    assert of_type(serious(reference, candidate), FindingType.DATE)


def test_days_into_an_event_against_days_after_it_began_is_quiet():
    reference = "Four days into the inquiry, the harbour master resigned. The hearings will resume in May."
    candidate = "Four days after the inquiry began, the harbour master resigned. The hearings will resume in May."
    assert not of_type(serious(reference, candidate), FindingType.DATE)


def test_dawn_against_dusk_on_the_same_day_is_found():
    reference = "The warehouse was raided at dawn on Tuesday, customs officers said. Nobody was arrested."
    candidate = "According to customs officers, the warehouse was raided at dusk on Tuesday. Nobody was arrested."
    assert of_type(serious(reference, candidate), FindingType.DATE)


def test_dawn_against_early_morning_on_the_same_day_is_quiet():
    reference = "The warehouse was raided at dawn on Tuesday, customs officers said. Nobody was arrested."
    candidate = "According to customs officers, the warehouse was raided on Tuesday morning. Nobody was arrested."
    assert not of_type(serious(reference, candidate), FindingType.DATE)


def test_the_other_things_denied_on_one_side_only_is_found():
    reference = "The library said it would keep the map room open but would not reopen the other reading rooms this year."
    candidate = "The library said it would keep the map room open and would also reopen the other reading rooms this year."
    assert of_type(serious(reference, candidate), FindingType.POLARITY)


def test_another_thing_affirmed_against_the_thing_denied_is_quiet():
    reference = "Tests showed the bone did not belong to the missing horse."
    candidate = "Tests showed the bone belonged to a different horse altogether."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_a_length_of_the_same_thing_in_a_merged_summary_sentence_is_compared():
    reference = (
        "More than 200 cooks from 14 villages entered the Brackley pie contest on Sunday. Entrants had 90 minutes to bake "
        "a pie from a single sack of flour. The winner was Ada Penn of Holt Farm."
    )
    candidate = (
        "Over 200 cooks from 14 villages entered Sunday's Brackley pie contest, each given an hour to bake a pie from a sack of flour."
    )
    found = of_type(serious(reference, candidate, "summary"), FindingType.NUMBER)
    assert found and found[0].candidate_span.text == "an hour"


def test_the_same_length_in_a_merged_summary_sentence_is_quiet():
    reference = (
        "More than 200 cooks from 14 villages entered the Brackley pie contest on Sunday. Entrants had 60 minutes to bake "
        "a pie from a single sack of flour. The winner was Ada Penn of Holt Farm."
    )
    candidate = (
        "Over 200 cooks from 14 villages entered Sunday's Brackley pie contest, each given an hour to bake a pie from a sack of flour."
    )
    assert not of_type(serious(reference, candidate, "summary"), FindingType.NUMBER)


def test_two_things_called_it_are_no_swap():
    reference = "The council said it would inspect the bridge but saw no reason to close it. Two residents had complained."
    candidate = "While it saw no reason to close the bridge, the council said it would inspect it. Two residents had complained."
    assert not of_type(serious(reference, candidate), FindingType.ROLE)


def test_an_unnamed_swap_of_nouns_is_still_found():
    reference = "The council said the contractor had ignored the inspector's warnings about the bridge."
    candidate = "The council said the inspector had ignored the contractor's warnings about the bridge."
    assert of_type(serious(reference, candidate), FindingType.ROLE)


def test_a_change_told_by_the_amount_it_reached_is_no_other_action():
    reference = "Volunteers began arriving at noon. By the afternoon the crowd had grown to two thousand. The clean-up ended at dusk."
    candidate = "Volunteers began arriving at noon. By the afternoon, the crowd numbered two thousand. The clean-up ended at dusk."
    assert not of_type(serious(reference, candidate), FindingType.EVENT)


def test_a_change_to_another_amount_is_still_found():
    reference = "Volunteers began arriving at noon. By the afternoon the crowd had grown to 2,000. The clean-up ended at dusk."
    candidate = "Volunteers began arriving at noon. By the afternoon, the crowd numbered 5,000. The clean-up ended at dusk."
    assert serious(reference, candidate)
