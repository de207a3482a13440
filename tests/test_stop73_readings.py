"""Readings from stop 73: a hedge dropped under a verb both texts hang it from ('argued that ... may'); a noun's content
clause the parse opens with 'that' as a preposition; a question ('whether ...') told as a fact; a thing only weighed
said to be coming; a 24-hour time with its leading zero; a calendar day put on a deed the reference dates by its
weekday, also where the parse hangs the day on the subject; a demand ('called for') given to another speaker; a
pronoun after a speaker of its own sentence; a speaker going on through plain sentences; a deed done by a described
body given to a named one by the figure moved; 'no' on a subject the parse hid in a clause, and 'any' under a denial;
a thing handed over by a light verb, denied on one side; an owner described before its name; an order told by a
noun's modifier ('the opening night'); a count in words with its digits swapped; an ordinal in words.

Every text here is made up for the test; none comes from the seed, the challenge or the evaluation sets.
"""

from __future__ import annotations

from helpers import of_type, serious

from factdiff import compare
from factdiff.model import FindingType

# --- modality --------------------------------------------------------------------------------------------------------


def test_a_hedge_dropped_under_a_verb_both_texts_have():
    reference = (
        "The charity had argued that the ministry failed to consider new evidence showing that the pesticide may harm "
        "wild bees as they forage. The judge said ministers 'must keep the evidence under review'."
    )
    dropped = (
        "The charity had argued that the ministry failed to consider new evidence that the pesticide harms wild bees as "
        "they forage. The judge nonetheless said ministers 'must keep the evidence under review'."
    )
    assert of_type(serious(reference, dropped), FindingType.MODALITY)
    kept = dropped.replace("the pesticide harms", "the pesticide could harm")
    assert not of_type(serious(reference, kept), FindingType.MODALITY)


def test_a_question_told_as_a_fact():
    reference = "Investigators are trying to establish whether the crane was overloaded."
    assert of_type(serious(reference, "Investigators said the crane was overloaded."), FindingType.MODALITY)
    asked = "Whether the crane was overloaded has yet to be established, investigators said."
    assert not of_type(serious(reference, asked), FindingType.MODALITY)
    checking = "Investigators are examining the logs to check the crane was not overloaded."
    assert not of_type(serious(reference, checking), FindingType.MODALITY)


def test_a_thing_only_weighed_said_to_be_coming():
    reference = "The board said it would consider introducing parking charges if the trial failed to cut congestion."
    coming = "Parking charges will follow if the trial fails to cut congestion, the board said."
    assert of_type(serious(reference, coming, "summary"), FindingType.MODALITY)
    weighed = "The board may bring in parking charges if the trial fails to cut congestion."
    assert not of_type(serious(reference, weighed, "summary"), FindingType.MODALITY)


# --- dates -----------------------------------------------------------------------------------------------------------


def test_a_time_with_a_leading_zero_is_in_the_morning():
    reference = "The first train left the depot at 05:20 on Monday."
    assert of_type(serious(reference, "The first train left the depot at 5.20pm on Monday."), FindingType.DATE)
    assert not of_type(serious(reference, "The first train left the depot at 5.20am on Monday."), FindingType.DATE)


def test_a_calendar_day_put_on_a_deed_dated_by_its_weekday():
    reference = "Shops will close at 8pm from 3 March, after the assembly approved the rule by 40 votes to 12 on Tuesday."
    moved = "The assembly voted 40 to 12 on 3 March to make shops close at 8pm."
    assert of_type(serious(reference, moved, "summary"), FindingType.DATE)
    kept = "The assembly voted 40 to 12 on Tuesday to make shops close at 8pm from 3 March."
    assert not of_type(serious(reference, kept, "summary"), FindingType.DATE)


# --- attribution -----------------------------------------------------------------------------------------------------


def test_a_demand_given_to_another_speaker():
    reference = (
        "The Harbour Safety Board has opened an inquiry into the collision. The board said the ferry's radar appeared to "
        "have failed. Local councillor Anwen Price called for the route to be suspended."
    )
    moved = (
        "The Harbour Safety Board is looking into the collision. According to the board, the ferry's radar appeared to "
        "have failed. The board has also called for the route to be suspended."
    )
    assert of_type(serious(reference, moved), FindingType.ATTRIBUTION)
    kept = moved.replace("The board has also called", "Local councillor Anwen Price has called")
    assert not of_type(serious(reference, kept), FindingType.ATTRIBUTION)


def test_a_pronoun_after_a_speaker_of_its_own_sentence_is_that_speaker():
    reference = (
        "Ferry services to the Marren isles will resume next week. Tidewater said it had so far hired 30 crew, up from "
        "22, but warned that some winter sailings might be cancelled if it could not hire more."
    )
    candidate = (
        "Ferry services to the Marren isles resume next week. The operator says it has hired 30 crew so far, against 22 "
        "before, though it cautioned that some winter sailings might be cancelled if it could not hire more."
    )
    assert not of_type(serious(reference, candidate), FindingType.ATTRIBUTION)


# --- entities and roles ----------------------------------------------------------------------------------------------


def test_a_sum_given_by_a_described_body_moved_to_a_named_one():
    reference = (
        "The Lakeside Rowing Regatta will return in June, organisers Brightwater Events announced. The district council "
        "has contributed $30,000 towards the regatta."
    )
    moved = (
        "Organisers Brightwater Events have announced that the Lakeside Rowing Regatta is coming back in June. "
        "Brightwater Events has put $30,000 towards the regatta."
    )
    assert of_type(serious(reference, moved), FindingType.ENTITY)
    kept = moved.replace("Brightwater Events has put", "The district council has put")
    assert not of_type(serious(reference, kept), FindingType.ENTITY)


def test_an_owner_described_before_its_name():
    reference = (
        "Drivers at courier firm Swiftbox's depot in Arnley have voted to strike, the first such vote at any of the company's sites."
    )
    candidate = "Drivers at Swiftbox's Arnley depot have voted to strike, the first such vote at any of the courier firm's sites."
    assert not of_type(serious(reference, candidate), FindingType.ENTITY)


# --- polarity --------------------------------------------------------------------------------------------------------


def test_no_on_a_subject_the_parse_hides_in_a_clause():
    reference = "According to the agency, no illnesses linked to the cheese have been reported so far."
    kept = "So far, the agency says, nobody has been reported ill in connection with the cheese."
    assert not of_type(serious(reference, kept, "translation"), FindingType.POLARITY)


def test_a_thing_handed_over_by_a_light_verb_denied_on_one_side():
    reference = "The council said it would not provide free parking for residents of the old town."
    turned = "The council said residents of the old town would be given free parking."
    assert of_type(serious(reference, turned), FindingType.POLARITY)
    kept = "The council said residents of the old town would not be given free parking."
    assert not of_type(serious(reference, kept), FindingType.POLARITY)


# --- numbers and additions -------------------------------------------------------------------------------------------


def test_a_count_in_words_with_its_digits_swapped():
    reference = "Routine checks found 27 faulty boilers, which will be replaced."
    swapped = "Seventy-two appliances failed routine checks and will be swapped out."
    assert of_type(serious(reference, swapped), FindingType.NUMBER)
    kept = "Twenty-seven appliances failed routine checks and will be swapped out."
    assert not of_type(serious(reference, kept), FindingType.NUMBER)


def test_an_order_told_by_a_noun_modifier_is_no_ranking():
    reference = "Dancers will walk out on the opening night of the festival on 3 June, their union said."
    candidate = "The dancers will walk out on 3 June, the first night of the festival, the union said."
    assert not of_type(compare(reference, candidate, "translation").findings, FindingType.ADDITION)
    ranked = "The dancers will walk out on 3 June, the biggest night of the festival, the union said."
    assert of_type(compare(reference, ranked, "translation").findings, FindingType.ADDITION)


def test_any_under_a_denial_says_what_no_says():
    reference = "The firm said it was not aware of any injuries caused by the faulty ladders."
    assert not of_type(serious(reference, "The firm said it knew of no injuries caused by the faulty ladders."), FindingType.POLARITY)
    turned = "The firm said injuries had been caused by the faulty ladders."
    assert of_type(serious(reference, turned), FindingType.POLARITY)


def test_an_ordinal_in_words_says_the_ordinal_in_figures():
    reference = "Some 300 boats took part in the regatta, which was held for the 40th time."
    kept = "The regatta, held for the fortieth time, drew some 300 boats."
    assert not of_type(compare(reference, kept).findings, FindingType.OMISSION)
    assert of_type(serious(reference, "The regatta, held for the fourteenth time, drew some 300 boats."), FindingType.NUMBER)


def test_a_calendar_day_hung_on_the_subject_still_dates_the_deed():
    reference = (
        "The Lindmark parliament approved on Wednesday a ban on disposable vapes in schools, which takes effect on 1 March. "
        "The measure passed by 88 votes to 20."
    )
    moved = (
        "The Lindmark parliament on 1 March approved a ban on disposable vapes in schools that comes into force the same "
        "day. The measure passed by 88 votes to 20."
    )
    assert of_type(serious(reference, moved), FindingType.DATE)


def test_a_speaker_goes_on_through_plain_sentences():
    reference = (
        "Road closures began at 18:00 on Saturday after a van spilled paint near the Orley roundabout. Orley police said no "
        "one was hurt, adding that the van's driver had been spoken to by officers."
    )
    candidate = (
        "Orley police said the road was closed at 6pm on Saturday after a van spilled paint near the Orley roundabout. "
        "Nobody was hurt. Officers have spoken to the van driver."
    )
    assert not of_type(serious(reference, candidate), FindingType.ATTRIBUTION)
    assert of_type(compare(reference, candidate).findings, FindingType.ATTRIBUTION)  # still noted, as a minor finding
