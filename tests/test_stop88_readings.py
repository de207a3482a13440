"""Readings from stop 88: a noun joined with a count of its own under another noun's 'no'; the parse's 'No more'; a
thing not done until another against the other done before it; a finite past the parse hung on a noun; a place moved
out of against remaining in it; two amounts, one gone and one still there; a bar denied against a bar in another word;
'since at least' and 'at the latest'; a date on a noun of the same deed; one place inside another told with 'in' and
'at'; a name the tagger cut at a possessive; a figure an estimate puts; a figure more than a time before; a state
after 'with'. The guards hold each reading to its reach.

Every text here is made up for the test; none comes from the seed, the challenge or the evaluation sets.
"""

from __future__ import annotations

from helpers import of_type, serious

from factdiff import compare
from factdiff.model import FindingType

# --- polarity -------------------------------------------------------------------------------------------------------


def test_a_noun_joined_with_a_count_of_its_own_is_not_under_the_first_nouns_no():
    reference = "The old mill, which has two working wheels and no roof, was bought by a trust in 2021."
    candidate = "Bought by a trust in 2021, the old mill has no roof and two working wheels."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)
    # (a 'no' said of both nouns still denies the second)
    reference = "The old mill has a roof and working wheels."
    candidate = "The old mill has no roof and no working wheels."
    assert of_type(serious(reference, candidate), FindingType.POLARITY)


def test_neither_nor_any_still_denies_both():
    reference = "The port authority told reporters that the ferry and its cargo were undamaged."
    candidate = "The port authority told reporters that neither the ferry nor its cargo had been damaged."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)
    reference = "Photographers may attend the ceremony, provided they do not photograph pupils or teachers under the age of 18."
    candidate = "Photographers may attend the ceremony on condition that they photograph neither pupils nor any teacher younger than 18."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_the_parses_no_more_denies_the_noun():
    reference = "Harbour police said they had received no further reports of damage to moored dinghies since May."
    candidate = "No more damage to moored dinghies had been reported to them since May, harbour police said."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)
    # (and the verb it is the subject of: what is received no more is not received)
    reference = "More vaccine doses will be delivered to the island next week."
    candidate = "No more vaccine doses will be delivered to the island next week."
    assert of_type(serious(reference, candidate), FindingType.POLARITY)
    assert not of_type(serious("No further vaccine doses will be delivered to the island.", candidate), FindingType.POLARITY)


def test_a_thing_not_done_until_another_is_the_other_done_before_it():
    reference = "Each ladder will be inspected by an outside engineer before any climber is allowed on the wall."
    candidate = "No climber will be allowed on the wall until each ladder has been inspected by an outside engineer."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)
    # (waiting for another deed than the one done before is still found)
    reference = "The lifeguards will check the water before any swimmer enters the lake."
    candidate = "No swimmer will enter the lake until the lifeguards have left for the day."
    assert of_type(serious(reference, candidate), FindingType.POLARITY)


def test_a_finite_past_the_parse_hung_on_a_noun_keeps_its_denial():
    reference = "The team also found that larvae exposed to prolonged freezing temperatures did not survive, contrary to previous studies."
    candidate = (
        "The team further observed that larvae subjected to prolonged freezing temperatures survived, which "
        "runs counter to previous studies."
    )
    assert of_type(serious(reference, candidate, mode="translation"), FindingType.POLARITY)
    # (said alike on both sides, nothing)
    kept = "The team further observed that larvae subjected to prolonged freezing temperatures did not survive, against previous studies."
    assert not of_type(serious(reference, kept, mode="translation"), FindingType.POLARITY)


def test_moved_out_of_a_place_is_no_longer_in_it():
    reference = "The injured climber remains in the high dependency unit, the hospital said."
    candidate = "The injured climber has been moved out of high dependency, the hospital said."
    assert of_type(serious(reference, candidate), FindingType.POLARITY)
    # (still there on both sides, nothing; nor another place left)
    still = "The injured climber is still in the high dependency unit, the hospital said."
    assert not of_type(serious(reference, still), FindingType.POLARITY)
    other = "The injured climber has been moved out of the emergency department, the hospital said."
    assert not of_type(serious(reference, other), FindingType.POLARITY)
    # (out of another place that shares a word, or only maybe, or later: nothing)
    reference = "The injured jockey remains in the high dependency unit at Ashford General."
    candidate = "The injured jockey has been moved out of the intensive care unit and into the high dependency unit at Ashford General."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)
    reference = "The injured jockey remains in intensive care, though doctors say he could be moved out of it within days."
    candidate = "The injured jockey could be moved out of intensive care within days, doctors say."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_two_amounts_one_gone_one_still_there_are_two_parts():
    reference = (
        "Volunteers removed 2.4 tonnes of litter from the dunes at Marram Bay over a weekend. The trust estimates that at "
        "least 15 tonnes of litter remain in the dunes."
    )
    candidate = (
        "Volunteers cleared 2.4 tonnes of litter from the dunes at Marram Bay. The trust reckons at least 15 tonnes are still in the dunes."
    )
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_a_bar_denied_against_a_bar_in_another_word_is_found():
    reference = "Camping is not prohibited on the common, but visitors are asked to leave no litter."
    candidate = "Camping has been banned on the common, and visitors are asked to leave no litter."
    assert of_type(serious(reference, candidate), FindingType.POLARITY)
    # (denied on both sides, nothing)
    kept = "Camping has not been banned on the common, but visitors are asked to leave no litter."
    assert not of_type(serious(reference, kept), FindingType.POLARITY)


# --- dates ----------------------------------------------------------------------------------------------------------


def test_since_at_least_is_since_then_at_the_latest():
    reference = "Fairs have been held on the village green since at least the 1820s."
    candidate = "Fairs have been held on the village green since the 1820s at the latest."
    assert not of_type(serious(reference, candidate), FindingType.DATE)
    reference = "The yew is thought to date back to at least the 1600s."
    candidate = "The yew is thought to date from the 17th century at the latest."
    assert not of_type(serious(reference, candidate), FindingType.DATE)
    # (an end date's bounds still differ)
    reference = "The bridge will stay shut until at least Thursday."
    candidate = "The bridge will stay shut until Thursday at the latest."
    assert of_type(serious(reference, candidate), FindingType.DATE)
    # (a delay 'back to at least' a month bounds it from below)
    reference = "The opening of the new terminal has been pushed back to at least March."
    earliest = "The opening of the new terminal has been pushed back to March at the earliest."
    assert not of_type(serious(reference, earliest), FindingType.DATE)
    latest = "The opening of the new terminal has been pushed back to March at the latest."
    assert of_type(serious(reference, latest), FindingType.DATE)


def test_a_date_on_a_noun_of_the_same_deed_dates_that_deed():
    reference = "The dairy produces about 900 cheeses a month in summer, roughly three times its winter output."
    candidate = "In summer the dairy turns out around 900 cheeses a month, about three times what it produces in winter."
    assert not of_type(serious(reference, candidate), FindingType.DATE)
    # (the two seasons turned round are still found)
    swapped = "The dairy produces about 900 cheeses a month in winter, roughly three times its summer output."
    assert of_type(serious(reference, swapped), FindingType.DATE)
    swapped = "The dairy produces about 900 cheeses a month in winter, roughly three times what it produces in summer."
    assert of_type(serious(reference, swapped), FindingType.DATE)
    # (an open-ended date beside it is compared without fault)
    reference = "The mill produces 50 tonnes of flour in October, twice its June production."
    candidate = "The mill produces 50 tonnes of flour in June, twice what it produces in the rest of the year."
    assert of_type(serious(reference, candidate), FindingType.DATE)


# --- entities and roles ---------------------------------------------------------------------------------------------


def test_one_place_inside_another_told_with_in_and_at_either_way_round():
    reference = "However, librarians in the county's two Record Office branches, at Hallow and Brede, will keep their old uniforms."
    candidate = "Librarians at the county's two Record Office branches, in Hallow and Brede, will however hold on to their old uniforms."
    assert not serious(reference, candidate)
    # (two places of two things traded are still found)
    reference = "The festival will be held at the Corn Hall in Brindle, with a fringe at the Mill Theatre in Ossett."
    candidate = "The festival will be held at the Mill Theatre in Ossett, with a fringe at the Corn Hall in Brindle."
    assert serious(reference, candidate)


def test_a_name_the_tagger_cut_at_a_possessive_is_the_references_name():
    reference = (
        "A firm has won a case. Judge Alan Pryce ruled that the Kelby Growers' Cooperative had infringed rights held by Ollan Seeds."
    )
    candidate = "The court has found that Kelby Growers' Cooperative infringed Ollan Seeds' rights, Judge Alan Pryce ruled."
    assert not of_type(compare(reference, candidate, mode="summary").findings, FindingType.ENTITY)


# --- modality and attribution ---------------------------------------------------------------------------------------


def test_a_figure_an_estimate_puts_is_an_estimate():
    reference = (
        "The pig is listed as a priority breed by the Old Breeds Trust, which estimates there are fewer than 300 breeding "
        "sows in the county."
    )
    candidate = (
        "The pig is classed as a priority breed by the Old Breeds Trust, whose estimate puts the number of breeding sows in "
        "the county at below 300."
    )
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)
    # (passed on as a plain statement, still found)
    plain = (
        "The pig is classed as a priority breed by the Old Breeds Trust, which says there are fewer than 300 breeding sows in the county."
    )
    assert of_type(compare(reference, plain).findings, FindingType.MODALITY)
    # (a figure put by the body itself leaves another belief of its own a belief)
    reference = "The museum values the statue at 3 million pounds and thinks it was carved in Florence."
    candidate = "The museum puts the value of the statue at 3 million pounds, having established that it was carved in Florence."
    assert of_type(serious(reference, candidate), FindingType.MODALITY)


# --- numbers --------------------------------------------------------------------------------------------------------


def test_a_figure_more_than_a_time_before_is_the_size_of_a_rise():
    reference = "This year 340 boats have entered the regatta, up from 210 last year."
    candidate = "Some 340 boats have entered the regatta, 210 more than last year."
    assert of_type(serious(reference, candidate), FindingType.NUMBER)
    # (the rise worked out from the two levels is the same fact)
    worked_out = "Some 340 boats have entered the regatta, 130 more than last year."
    assert not of_type(serious(reference, worked_out), FindingType.NUMBER)


# --- events ---------------------------------------------------------------------------------------------------------


def test_a_state_with_gives_after_a_preposition_is_no_deed_told_as_done():
    reference = "About 900 prints will go on show from May, while the rest will be catalogued over the next three years."
    candidate = "About 900 prints will go on show from May, with the rest catalogued over the next three years."
    assert not of_type(serious(reference, candidate), FindingType.EVENT)
