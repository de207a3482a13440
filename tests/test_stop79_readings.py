"""Readings from stop 79: an event that 'takes place' against one that 'might be held'; 'worry that' as a belief; a
retired holder of a post is a former one; a speaker named by the deed it does beside speaking; 'invested X in Y';
parties named inside phrases headed by the same noun; 'by almost a third last financial year'; a change worked out
from two figures; one deed named by two nouns ('the abduction' / 'the kidnapping'); a verb's object the parse set beside
a name as a post; a count before a century; 'a threefold rise'; a company's country after 'of'. The guards hold each
reading to its reach.

Every text here is made up for the test; none comes from the seed, the challenge or the evaluation sets.
"""

from __future__ import annotations

from helpers import of_type, quantities, serious

from factdiff import compare
from factdiff.analyse.dates import normalise
from factdiff.analyse.document import analyse
from factdiff.checks.modality import _held
from factdiff.model import FindingType
from factdiff.read import source_from_text

# --- modality ---------------------------------------------------------------------------------------------------------


def test_an_event_told_as_taking_place_against_one_that_might_be_held():
    reference = "The fire chief said the alarms would be tested and that a second exercise might be held in June."
    candidate = "The fire chief said the alarms would be tested and a second exercise will take place in June."
    assert of_type(serious(reference, candidate), FindingType.MODALITY)
    kept = "The fire chief said the alarms would be tested and a second exercise might take place in June."
    assert not of_type(serious(reference, kept), FindingType.MODALITY)
    # (either way round, the hedge kept)
    reference = "The fire chief said a second exercise might take place in June."
    assert not of_type(serious(reference, "The fire chief said a second exercise could be held in June."), FindingType.MODALITY)


def test_worrying_that_a_thing_will_happen_leaves_it_open_as_fearing_it_does():
    reference = "Neighbours fear the new warehouse will block the light to their gardens."
    candidate = "Neighbours worry that the new warehouse will cut off the light to their gardens."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)
    told = "The new warehouse will cut off the light to the neighbours' gardens."
    assert of_type(serious(reference, told), FindingType.MODALITY)


# --- entities ---------------------------------------------------------------------------------------------------------


def test_a_retired_holder_of_a_post_is_a_former_one():
    reference = "The prize went to retired teacher Olive Brannock, 74, for her work with the choir."
    candidate = "Olive Brannock, a 74-year-old former teacher, won the prize for her work with the choir."
    assert not of_type(serious(reference, candidate), FindingType.ENTITY)
    current = "The prize went to teacher Olive Brannock, 74, for her work with the choir."
    assert of_type(serious(reference, current), FindingType.ENTITY)


def test_a_verbs_object_set_beside_a_name_is_no_post():
    reference = "Prosecutors say Tomas Berle, 41, and Niall Ostry, 37, threatened staff with an imitation firearm and escaped with £62,000."
    candidate = (
        "According to the prosecution, Tomas Berle, 41, and Niall Ostry, 37, threatened staff with a fake gun before getting away "
        "with £62,000."
    )
    assert not of_type(serious(reference, candidate), FindingType.ENTITY)


def test_a_companys_country_after_of_in_its_name():
    reference = "The drilling was done by the Norwegian company Tarvik Energy, which holds a 40 per cent stake in the field."
    candidate = "The drilling was done by Tarvik Energy of Denmark, which owns 40 per cent of the field."
    assert of_type(serious(reference, candidate), FindingType.ENTITY)
    kept = "The drilling was done by Tarvik Energy of Norway, which owns 40 per cent of the field."
    assert not of_type(serious(reference, kept), FindingType.ENTITY)


# --- attribution ------------------------------------------------------------------------------------------------------


def test_a_speaker_named_by_the_deed_it_does_beside_speaking():
    reference = (
        "Bus operator Tarnway Coaches cancelled 30 services on Friday after a software fault. "
        "The company apologised and said the fault had been caused by a faulty update."
    )
    candidate = (
        "Tarnway Coaches, a bus operator, cancelled 30 services on Friday after a software fault. "
        "Tarnway apologised, blaming the fault on a faulty update."
    )
    assert not of_type(serious(reference, candidate), FindingType.ATTRIBUTION)
    # (the claim told in a sentence of its own, with no speaker, is still the reference's speaker's)
    dropped = (
        "Tarnway Coaches, a bus operator, cancelled 30 services on Friday after a software fault. The fault was caused by a faulty update."
    )
    assert of_type(compare(reference, dropped).findings, FindingType.ATTRIBUTION)


# --- roles ------------------------------------------------------------------------------------------------------------


def test_invested_in_is_given_to():
    reference = "Velomar Robotics has received 8 million euros from the engineering group Strand, which has ordered ten units."
    swapped = "Velomar Robotics has invested 8 million euros in the engineering group Strand, which has ordered ten units."
    assert of_type(serious(reference, swapped), FindingType.ROLE)
    told = "The engineering group Strand, which has ordered ten units, has invested 8 million euros in Velomar Robotics."
    assert not of_type(serious(reference, told), FindingType.ROLE)


def test_parties_named_inside_phrases_of_the_same_noun_take_part_in_a_swap():
    reference = "The county council of Brenmoor has agreed to take over the loss-making Keld harbour from the local fishing cooperative."
    swapped = "The local fishing cooperative is to acquire Keld harbour, which has been losing money, from the Brenmoor county council."
    assert of_type(serious(reference, swapped), FindingType.ROLE)
    kept = "The Brenmoor county council is to acquire Keld harbour, which has been losing money, from the local fishing cooperative."
    assert not of_type(serious(reference, kept), FindingType.ROLE)


def test_one_deed_named_by_two_nouns_keeps_its_doer():
    reference = (
        "Prosecutors allege that Ivo Darran, 34, organised the abduction and that his co-defendant, Lee Pask, 29, guarded the hostage."
    )
    swapped = "Prosecutors allege that Lee Pask, 29, organised the kidnapping and that Ivo Darran, 34, kept watch over the hostage."
    assert serious(reference, swapped)
    kept = "Prosecutors allege that Ivo Darran, 34, organised the kidnapping and that Lee Pask, 29, kept watch over the hostage."
    assert not serious(reference, kept)


# --- numbers and dates ------------------------------------------------------------------------------------------------


def test_a_fraction_before_a_year_with_an_adjective_is_read():
    assert any(unit == "%" and low < 33 < high for _, low, high, unit in quantities("Costs rose by almost a third last financial year."))
    assert not any(unit == "%" for *_, unit in quantities("She won a third consecutive term last year."))


def test_a_change_told_as_a_share_is_weighed_against_the_two_figures():
    reference = "The county spent 6.3 million pounds on agency staff last year, up from 4.2 million pounds the year before."
    wrong = "The county's spending on agency staff rose by almost a third last year to £6.3m."
    assert of_type(serious(reference, wrong), FindingType.NUMBER)
    right = "The county's spending on agency staff rose by almost a half last year to £6.3m."
    assert not of_type(compare(reference, right).findings, FindingType.NUMBER)
    assert not of_type(compare(reference, right).findings, FindingType.ADDITION)


def test_a_count_before_a_century_is_no_part_of_it():
    assert normalise("two 17th-century")[1:] == normalise("the 17th century")[1:]
    reference = "Thieves took three 18th-century clocks from the museum on Sunday night."
    candidate = "Three clocks from the 1700s were taken from the museum by thieves on Sunday night."
    assert not compare(reference, candidate).findings
    changed = "Three clocks from the 1600s were taken from the museum by thieves on Sunday night."
    assert of_type(serious(reference, changed), FindingType.DATE)


def test_a_threefold_rise_is_a_tripling():
    assert ("threefold", 3.0, 3.0, "×") in quantities("The survey found a threefold rise in otter sightings.")
    reference = "The survey found a threefold rise in otter sightings along the river since 2019."
    candidate = "Otter sightings along the river have tripled since 2019, the survey found."
    assert not of_type(compare(reference, candidate).findings, FindingType.NUMBER)
    changed = "Otter sightings along the river have quadrupled since 2019, the survey found."
    assert of_type(serious(reference, changed), FindingType.NUMBER)


# --- addition and omission --------------------------------------------------------------------------------------------


def test_a_second_ranking_beside_one_the_reference_gives_is_new():
    reference = "Drivers on the Kelby bypass faced the longest delays of any road in the county in March, figures show."
    added = (
        "In March, drivers on the Kelby bypass faced the longest delays in the county and the worst on record for the road, figures show."
    )
    assert of_type(serious(reference, added), FindingType.ADDITION)
    kept = "In March, drivers on the Kelby bypass faced the longest delays of any road in the county, figures show."
    assert not of_type(compare(reference, kept).findings, FindingType.ADDITION)


def test_a_limit_to_the_time_an_event_lasts_left_out():
    reference = "Anchoring will be banned within 200 metres of the new pipeline during construction, the port said."
    candidate = "The port said anchoring would be banned within 200 metres of the new pipeline."
    assert of_type(serious(reference, candidate), FindingType.OMISSION)
    kept = "The port said anchoring would be banned within 200 metres of the new pipeline while it is being built."
    assert not of_type(serious(reference, kept), FindingType.OMISSION)


# --- guards from the review -------------------------------------------------------------------------------------------


def test_a_hedged_fraction_is_weighed_the_way_its_hedge_points():
    reference = "Sales at the Dornby plant rose to 15.8 million pounds last year, up from 10 million pounds the year before."
    # (58%: 'more than half' holds, 'almost half' does not)
    assert not of_type(serious(reference, "Sales at the Dornby plant rose by more than half last year to £15.8m."), FindingType.NUMBER)
    assert of_type(serious(reference, "Sales at the Dornby plant rose by almost half last year to £15.8m."), FindingType.NUMBER)


def test_retired_said_in_a_clause_is_the_same_post():
    reference = "Teacher Olive Brannock, who retired in 2019, won the prize for her work with the choir."
    candidate = "Retired teacher Olive Brannock, who left the job in 2019, won the prize for her work with the choir."
    assert not of_type(serious(reference, candidate), FindingType.ENTITY)


def test_worrying_someone_is_no_fear_of_what_follows():
    reference = "The profit warning rattled investors, who sold two million shares on Friday."
    candidate = "The profit warning worried investors, who sold two million shares on Friday."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)


def test_an_event_called_off_is_no_event_that_takes_place():
    def verb(text: str, word: str):
        return next(t for t in analyse(source_from_text(text, "t")).doc if t.text == word)

    happens = verb("The concert will take place on Saturday.", "take")
    assert _held(happens, verb("The concert might be held on Saturday.", "held"))
    assert not _held(happens, verb("The concert might be cancelled on Saturday.", "cancelled"))
    # ('pass' happens only in a rare sense: 'the bill will pass' is no event put on)
    assert not _held(verb("The bill will pass on Saturday.", "pass"), verb("The bill might be held on Saturday.", "held"))


def test_two_nouns_a_text_uses_for_two_things_are_not_one_deed():
    reference = (
        "Inspector Joan Hale led the inquiry into the warehouse fire, while Detective Tom Reed is leading the investigation "
        "into the thefts."
    )
    candidate = "Detective Tom Reed is leading the investigation into the thefts, and Inspector Joan Hale led the inquiry into the fire."
    assert not of_type(serious(reference, candidate), FindingType.ENTITY)
