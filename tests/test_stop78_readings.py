"""Readings from stop 78: a time of day worked out from a start and a length; 'three day-long strikes'; a denial moved
into a modifier of the object ('gave inaccurate figures' / 'failed to give accurate figures'); 'had nothing firm
planned'; a rank given to a noun the candidate says as a verb; a condition set on an outcome ('before they can receive a
permit'); a post's portfolio read as a body; the last item of a list hung on 'without'; '24 hours a day'; the noun of a
verb; 'continue their training with mentors'; 'often' against 'rarely'; a description set off beside another name; a
place limit of some of many left out; a count per one against a count over several; a deed's noun after a light verb;
'belonging to' as 'owned by'. The guards at the end hold the readings to their reach (a review of the change).

Every text here is made up for the test; none comes from the seed, the challenge or the evaluation sets.
"""

from __future__ import annotations

from helpers import of_type, quantities, serious

from factdiff.analyse.document import analyse
from factdiff.checks.omission import _Vocabulary
from factdiff.model import FindingType
from factdiff.read import source_from_text

# --- dates and numbers -----------------------------------------------------------------------------------------------


def test_an_end_time_worked_out_from_a_start_and_a_length_is_no_change():
    reference = "The open day at the depot will start at 10 a.m. and is due to last three hours, the operator said."
    candidate = "The depot's open day will run from 10 a.m. until 1 p.m., the operator said."
    assert not of_type(serious(reference, candidate), FindingType.DATE)
    changed = "The depot's open day will run from 10 a.m. until 3 p.m., the operator said."
    assert of_type(serious(reference, changed), FindingType.DATE)
    # (a length of time that is not how long the timed thing lasts: 'one hour in any one spot' and 'after 9pm')
    reference = "The permit will limit shows to one hour in any one spot and ban loudspeakers after 9pm."
    candidate = "Shows will be limited to one hour per spot, and loudspeakers will be banned after 8pm."
    assert of_type(serious(reference, candidate), FindingType.DATE)


def test_a_count_before_a_day_long_noun_counts_the_noun_not_days():
    assert ("day-long", 1.0, 1.0, "days") in quantities("Nurses held two day-long walkouts in March.")
    assert not any(unit == "days" and low == 2 for _, low, _, unit in quantities("Nurses held two day-long walkouts in March."))
    reference = "Nurses at the Westfold clinic have held two 24-hour walkouts since March over staffing levels."
    candidate = "Since March, nurses at the Westfold clinic have staged two day-long walkouts over staffing levels."
    assert not of_type(serious(reference, candidate), FindingType.NUMBER)


def test_a_length_of_time_that_fills_its_period_is_always():
    reference = "From 1 June the pool at Harnby will be staffed around the clock again, after two years in which it opened only by day."
    candidate = "From 1 June Harnby's pool will once again open 24 hours a day, ending two years of daytime-only opening."
    assert not of_type(serious(reference, candidate), FindingType.NUMBER)
    # (against the reference's own rate, a change)
    reference = "From 1 June the pool at Harnby will open 16 hours a day again, after two years in which it opened only by day."
    assert of_type(serious(reference, candidate), FindingType.NUMBER)


def test_a_rank_given_to_a_noun_the_candidate_says_as_a_verb_is_the_same_rank():
    reference = (
        "Nobody won Friday's prize draw, so the pot rolls over again. It is the fourth straight rollover. "
        "If nobody wins by the sixth straight draw, the pot is split among the runners-up."
    )
    candidate = "The pot has rolled over for the fourth draw running after nobody won on Friday."
    assert not of_type(serious(reference, candidate, "summary"), FindingType.NUMBER)
    changed = "The pot has rolled over for the fifth draw running after nobody won on Friday."
    assert of_type(serious(reference, changed, "summary"), FindingType.NUMBER)


# --- polarity ---------------------------------------------------------------------------------------------------------


def test_a_denial_moved_into_a_modifier_of_the_object_is_the_same_fact():
    reference = "The board was censured for repeatedly failing to publish accurate waiting times last year."
    candidate = "The board was censured after it repeatedly published inaccurate waiting times last year."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)
    turned = "The board was censured after it repeatedly published accurate waiting times last year."
    assert of_type(serious(reference, turned), FindingType.POLARITY)


def test_nothing_had_is_had_of_none():
    reference = "The owners said they hoped to open a second shop but had no firm plans."
    candidate = "The owners said they would like to open a second shop but had nothing firm planned."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_the_last_item_of_a_list_is_not_under_a_without_the_parse_hung_it_on():
    reference = "The money is to be used for new tools, tablets without internet access and the training of volunteers as repair mentors."
    candidate = (
        "The funds will go towards new tools, tablets with no internet connection, and training volunteers to work as repair mentors."
    )
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_often_against_rarely_on_the_same_verb_is_found():
    reference = "Attendance at the spring fair has rarely topped 4,000 in recent years, the organisers said."
    candidate = "Attendance at the spring fair has often topped 4,000 in recent years, the organisers said."
    found = of_type(serious(reference, candidate), FindingType.POLARITY)
    assert found and found[0].candidate_span.text == "often"
    kept = "Attendance at the spring fair has seldom topped 4,000 in recent years, the organisers said."
    assert not of_type(serious(reference, kept), FindingType.POLARITY)


# --- events, roles, entities, additions --------------------------------------------------------------------------------


def test_an_outcome_set_as_a_condition_is_no_other_outcome():
    reference = "Street traders will have to show proof of insurance before they can receive a trading permit, the council said."
    candidate = "Street traders seeking a trading permit will need proof of insurance, the council said."
    assert not of_type(serious(reference, candidate), FindingType.EVENT)


def test_a_going_on_with_helpers_is_no_giving():
    reference = (
        "The squad of 30 players, including 12 juniors, will travel with coach Ada Brin. "
        "Juniors will continue their schooling with tutors travelling with the squad."
    )
    candidate = (
        "The 30-strong squad, accompanied by coach Ada Brin, includes 12 juniors, whose schooling will continue with travelling tutors."
    )
    assert not of_type(serious(reference, candidate, "summary"), FindingType.ROLE)


def test_a_portfolio_read_as_a_body_is_no_other_place_for_the_post():
    reference = (
        "The transport ministry of the province of Vellmark will spend 2 million euros on station lifts, "
        "Transport Minister Ola Brandt announced on Monday."
    )
    candidate = "Vellmark's transport minister, Ola Brandt, announced on Monday that 2 million euros will be spent on station lifts."
    assert not of_type(serious(reference, candidate), FindingType.ENTITY)


def test_a_description_set_off_beside_another_name_is_found():
    reference = (
        "Harrow Lane Bakery won the gold award for its rye loaf. The silver went to Millstone Bread. "
        "Last year's champion, Oven Street Co-op, did not take part."
    )
    candidate = "Harrow Lane Bakery won gold for its rye loaf. Last year's champion, Millstone Bread, took silver."
    found = of_type(serious(reference, candidate, "summary"), FindingType.ENTITY)
    assert found and found[0].candidate_span.text == "Millstone Bread"
    assert "Last year's champion" in found[0].message
    kept = "Harrow Lane Bakery won gold for its rye loaf, and Millstone Bread took silver."
    assert not of_type(serious(reference, kept, "summary"), FindingType.ENTITY)


def test_the_noun_of_a_verb_the_reference_uses_counts_as_said():
    # (WordNet's derivation: 'operation' is the noun of 'operate', 'construction' of 'construct')
    vocabulary = _Vocabulary(analyse(source_from_text("The depot operated only at weekends while the road was constructed.", "r")))
    said = analyse(source_from_text("It ends weekend-only operation after the construction of the road.", "c"))
    nouns = {t.text: vocabulary.token(t) for t in said.doc if t.pos_ == "NOUN"}
    assert nouns["operation"] and nouns["construction"]
    # (not the noun of who does it: 'a different operator' is not said by 'operated')
    operator = analyse(source_from_text("A different operator ran it.", "c"))
    assert not [t for t in operator.doc if t.text == "operator" and vocabulary.token(t)]
    unrelated = analyse(source_from_text("It ends weekend-only inspection of the road.", "c"))
    assert not [t for t in unrelated.doc if t.text == "inspection" and vocabulary.token(t)]


def test_a_place_limit_of_some_of_many_left_out_is_a_major_omission():
    reference = "The water company was fined for the outage. During the outage, taps ran dry in several villages for up to a day."
    candidate = "The water company was fined for the outage. During the outage, taps ran dry for up to a day."
    found = [f for f in of_type(serious(reference, candidate), FindingType.OMISSION) if "several villages" in f.message]
    assert found
    kept = "The water company was fined for the outage. During the outage, taps in several villages ran dry for up to a day."
    assert not of_type(serious(reference, kept), FindingType.OMISSION)


def test_a_count_given_per_one_where_the_reference_gives_it_over_several_is_found():
    reference = "The new clinic has 20 beds. Its head said it could treat up to 90 patients in two shifts."
    candidate = "The new clinic has 20 beds, and its head said it can treat up to 90 patients per shift."
    found = of_type(serious(reference, candidate), FindingType.NUMBER)
    assert found and "per shift" in found[0].candidate_span.text
    kept = "The new clinic has 20 beds, and its head said it can treat up to 90 patients over two shifts."
    assert not of_type(serious(reference, kept), FindingType.NUMBER)


def test_a_deed_told_by_its_noun_after_a_light_verb_keeps_its_sides():
    reference = "Local midwives will also receive training from the charity's visiting nurses."
    turned = "The charity's visiting nurses will also be trained by local midwives."
    found = of_type(serious(reference, turned), FindingType.ROLE)
    assert found and "train" in found[0].message
    for kept in (
        "The charity's visiting nurses will also train local midwives.",
        "Local midwives will also be trained by the charity's visiting nurses.",
    ):
        assert not of_type(serious(reference, kept), FindingType.ROLE)


def test_a_thing_belonging_to_one_party_is_owned_by_it():
    reference = "Trains were halted after a crew working for the council Marsh Roads damaged a signal cable owned by Fenlink Rail."
    swapped = "Trains were halted after a crew working for Fenlink Rail damaged a signal cable belonging to the council Marsh Roads."
    assert of_type(serious(reference, swapped), FindingType.ENTITY) or of_type(serious(reference, swapped), FindingType.ROLE)
    kept = "Trains were halted after a crew working for the council Marsh Roads damaged a signal cable belonging to Fenlink Rail."
    assert not serious(reference, kept)


# --- guards: where the readings above must not reach (each a finding or a silence before them too) ------------------


def test_the_new_readings_leave_real_changes_found():
    def found(reference: str, candidate: str, kind: FindingType) -> bool:
        return bool(of_type(serious(reference, candidate), kind))

    # a start time changed where the reference gives a length: not an end worked out
    assert found("The fair will open at 8 a.m. and run for four hours.", "The fair is due to open at 12 p.m.", FindingType.DATE)
    # a prefixed word outside what the verb is done to: the denial is still turned
    assert found(
        "Because of the unusual demand, the shop did not close early.",
        "Because of the usual demand, the shop closed early.",
        FindingType.POLARITY,
    )
    # two conditions, each an outcome of its own kind
    assert found(
        "If the match is postponed, fans will get refunds, the club said.",
        "If the match is cancelled, fans will get refunds, the club said.",
        FindingType.EVENT,
    )
    # two ranks traded in one sentence
    assert found(
        "The team won its fifth title, beating the third seed in the final.",
        "The team won its third title, beating the fifth seed in the final.",
        FindingType.NUMBER,
    )


def test_the_new_readings_stay_quiet_outside_their_reach():
    # 'here' / 'there' are opposites to WordNet, not adverbs of how often
    assert not of_type(
        serious('"We have lived here for 40 years," Ms Lee said.', "Ms Lee said she had lived there for 40 years."), FindingType.POLARITY
    )
    # 'in several ways', 'in some cases': no places
    for reference, candidate in (
        ("The rules were tightened in several ways last year.", "The rules were tightened last year."),
        ("Patients waited up to a year for surgery in some cases.", "Patients waited up to a year for surgery."),
    ):
        assert not [f for f in serious(reference, candidate) if f.type == FindingType.OMISSION]


def test_two_shares_held_by_two_parties_are_no_crossed_deeds():
    # ('belong to' read as 'own' must not make 'will own 60 percent' and 'held ... 40 percent' a cross of two doers)
    reference = (
        "The new station will be majority-owned by the Velt group, which will hold 60 percent of the shares; "
        "the remaining 40 percent will belong to the Orma trust."
    )
    candidate = (
        "The Velt group will own a majority stake of 60 percent in the new station, with the other 40 percent held by the Orma trust."
    )
    assert not of_type(serious(reference, candidate), FindingType.ROLE)
