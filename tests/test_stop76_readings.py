"""Readings from stop 76: a stance denied of an event noun named another way ('welcomed the cut' / 'did not welcome
the reduction'); a denial with 'without', which says what the deed needs; a whole told beside one of its parts where
the reference gives the parts; 'all but' a few; a weekday named as a kind ('the Saturday timetable'); a hedge over a
participle joined to the hedged one; a figure 'put at' as an estimate.

Every text here is made up for the test; none comes from the seed, the challenge or the evaluation sets.
"""

from __future__ import annotations

from helpers import of_type, quantities, serious

from factdiff import compare
from factdiff.model import FindingType

# --- polarity ------------------------------------------------------------------------------------------------------


def test_a_stance_denied_of_the_same_event_named_by_another_noun_is_a_flip():
    reference = "The walkers' association welcomed the cut in parking charges but called for free parking on Sundays."
    denied = "The walkers' association did not welcome the reduction in parking charges, instead calling for free parking on Sundays."
    found = of_type(serious(reference, denied), FindingType.POLARITY)
    assert found and "welcome" in found[0].candidate_span.text
    kept = "The walkers' association welcomed the reduction in parking charges, while calling for free parking on Sundays."
    assert not of_type(serious(reference, kept), FindingType.POLARITY)


def test_a_deed_denied_without_something_is_a_deed_that_needs_it():
    reference = "The old ledgers are so brittle that they must be scanned on a padded frame."
    needs = "The old ledgers are too brittle to be scanned without a padded frame."
    assert not of_type(serious(reference, needs), FindingType.POLARITY)
    # (where the reference has the 'without' too, denying the deed is a flip)
    reference = "The ferry will sail without a second engineer on board."
    denied = "The ferry will not sail without a second engineer on board."
    assert of_type(serious(reference, denied), FindingType.POLARITY)


def test_a_deed_not_done_in_time_and_done_late_is_no_flip():
    reference = "The contractor had not delivered the report within the agreed 30 days, handing it in only after seven weeks."
    late = "The contractor took seven weeks to deliver the report, beyond the agreed 30 days."
    assert not of_type(serious(reference, late), FindingType.POLARITY)
    in_time = "The contractor delivered the report within the agreed 30 days."
    assert of_type(serious(reference, in_time), FindingType.POLARITY)


# --- numbers -------------------------------------------------------------------------------------------------------


def test_a_whole_told_beside_one_part_where_the_reference_gives_the_parts_is_no_change():
    reference = "Flood gauges at three river sites failed during the storm. The gauges at the remaining 14 sites kept working."
    whole = "Flood gauges at three of the 17 river sites failed during the storm."
    assert not of_type(serious(reference, whole), FindingType.NUMBER)
    wrong = "Flood gauges at three of the 19 river sites failed during the storm."
    found = of_type(serious(reference, wrong), FindingType.NUMBER)
    assert found and found[0].candidate_span.text == "19"


def test_all_but_a_few_is_the_whole_less_those_few():
    reference = "Twenty-two ponies were rounded up on the moor. Nineteen of the ponies were in good health, the vet said."
    kept = "Twenty-two ponies were rounded up on the moor. The vet said all but three of the ponies were in good health."
    assert not of_type(serious(reference, kept), FindingType.NUMBER)
    changed = "Twenty-two ponies were rounded up on the moor. The vet said all but five of the ponies were in good health."
    found = of_type(serious(reference, changed), FindingType.NUMBER)
    assert found and found[0].candidate_span.text == "five"


# --- dates ---------------------------------------------------------------------------------------------------------


def test_a_weekday_named_as_a_kind_is_the_same_day():
    reference = "The library will keep its hours on weekdays, but the Sunday opening will be shortened from six hours to four."
    kept = "Weekday hours are unchanged at the library, although Sundays will be cut from six hours to four."
    assert not of_type(serious(reference, kept), FindingType.DATE)
    moved = "Weekday hours are unchanged at the library, although Saturdays will be cut from six hours to four."
    assert of_type(serious(reference, moved), FindingType.DATE)


# --- modality ------------------------------------------------------------------------------------------------------


def test_a_hedge_covers_a_participle_joined_to_the_one_it_hedges():
    reference = "Officials believe the gravel was taken at night by lorries and sold to building firms."
    hedged = "The gravel is thought to have been carried off by lorry at night and sold on to building firms."
    assert not of_type(serious(reference, hedged), FindingType.MODALITY)
    plain = "The gravel was carried off by lorry at night and sold on to building firms."
    assert of_type(serious(reference, plain), FindingType.MODALITY)


def test_a_figure_put_at_an_amount_is_an_estimate():
    reference = "The harbour board estimates that rebuilding the sea wall will cost about 3 million euros."
    put = "The harbour board puts the cost of rebuilding the sea wall at roughly 3 million euros."
    assert not of_type(serious(reference, put), FindingType.MODALITY)
    plain = "Rebuilding the sea wall will cost about 3 million euros."
    assert of_type(serious(reference, plain), FindingType.MODALITY)
    # ('put' without a figure 'at' is no reckoning: 'has set aside' a sum is a fact)
    set_aside = "The harbour board has set aside roughly 3 million euros for rebuilding the sea wall."
    assert of_type(serious(reference, set_aside), FindingType.MODALITY)


def test_a_change_told_by_its_size_is_weighed_against_the_right_pair_of_figures():
    reference = "A single ticket will go up from 1.80 to 2.10 pounds, while a day pass will cost 5.40 pounds, up from 4.90."
    wrong = "A single ticket will rise by 40p to £2.10, and a day pass will cost £5.40 instead of £4.90."
    found = of_type(serious(reference, wrong), FindingType.NUMBER)
    assert found and found[0].candidate_span.text == "40p"
    kept = "A single ticket will rise by 30p to £2.10, and a day pass will go up by 50p to £5.40."
    assert not of_type(serious(reference, kept), FindingType.NUMBER)
    # (a guard: figures without a unit of their own, each counted once: 'by half' is no 43% rise)
    reference = "The port expects cargo to grow from 3.2 million tonnes a year to 4.5 million by 2030."
    half = "The port forecasts that annual cargo will rise by half, from 3.2 million to 4.5 million tonnes, by 2030."
    assert of_type(serious(reference, half), FindingType.NUMBER)


def test_a_count_set_after_a_share_of_a_whole_must_be_that_share():
    reference = "Of the 500 members, 380 took part in the vote, and 65 per cent of those backed the merger."
    wrong = "Of 500 members, 380 voted, and 65 per cent of them, some 290 members, backed the merger."
    found = of_type(serious(reference, wrong), FindingType.NUMBER)
    assert found and found[0].candidate_span.text == "some 290"
    kept = "Of 500 members, 380 voted, and 65 per cent of them, some 250 members, backed the merger."
    assert not of_type(serious(reference, kept), FindingType.NUMBER)


def test_a_deed_applied_for_by_its_noun_told_as_granted_is_a_modality_change():
    reference = "Residents with mobility problems or young children may apply for exemptions, which will be assessed case by case."
    granted = "Residents who have mobility problems or young children will be exempted."
    found = of_type(serious(reference, granted), FindingType.MODALITY)
    assert found and found[0].candidate_span.text == "will be exempted"
    kept = "Residents who have mobility problems or young children may ask to be exempted; each case will be assessed."
    assert not of_type(serious(reference, kept), FindingType.MODALITY)


# --- omission ------------------------------------------------------------------------------------------------------


def test_a_phrase_of_a_list_after_its_own_preposition_left_out_is_noted():
    reference = "Discounted tickets will be offered to pupils under 16 and to those with a disability."
    cut = "Discounted tickets will be offered to pupils under 16."
    found = [f for f in compare(reference, cut).findings if f.type == FindingType.OMISSION]
    assert found and found[0].reference_span.text == "and to those with a disability"
    kept = "Pupils under 16 and disabled people will be offered discounted tickets."
    assert not [f for f in compare(reference, kept).findings if f.type == FindingType.OMISSION]


def test_a_range_from_one_in_words_is_read_whole():
    assert quantities("The festival lasts one to two days.") == [("one to two days", 1.0, 2.0, "days")]
    assert quantities("Repairs take between one and three weeks.") == [("one and three weeks", 1.0, 3.0, "weeks")]
    assert quantities("One of the two ferries was cancelled.") == [("two", 2.0, 2.0, "ferry")]  # 'one of' is no figure
    reference = "The festival usually lasts 24 to 48 hours."
    assert not of_type(serious(reference, "The festival generally lasts one to two days."), FindingType.NUMBER)
    assert of_type(serious(reference, "The festival generally lasts one to three days."), FindingType.NUMBER)
