"""Readings from stop 60: 'a tonne' is one tonne; 'would save households £40m' against 'households would save £40m';
'not properly maintained' against 'badly maintained'; 'may be extended' paired with 'could be prolonged', not with
another verb of the sentence; 'the ... is' is no slot for a name put for another; a phrase with a figure said twice
word for word.

Every text here is made up for the test; none comes from the seed, the challenge or the evaluation sets.
"""

from __future__ import annotations

from helpers import of_type, quantities, serious

from factdiff import compare
from factdiff.model import FindingType


def _all(reference: str, candidate: str, mode: str = "rewrite") -> list:
    return compare(reference, candidate, mode).findings


# --- numbers ---------------------------------------------------------------------------------------------------------


def test_a_tonne_is_read_as_one_tonne():
    read = {(text, low, unit) for text, low, _, unit in quantities("The mill ground 420 kilograms, against more than a tonne in May.")}
    assert ("more than a tonne", 1.0, "tonne") in read


def test_a_tonne_given_in_kilograms_is_no_changed_number():
    reference = "The beekeepers' group said it had sold just 420 kilograms of honey, compared with more than a tonne in a good year."
    candidate = "The beekeepers' group has sold only 420 kg of honey, against over 1,000 kg in a good year."
    assert not of_type(serious(reference, candidate), FindingType.NUMBER)


def test_another_amount_for_a_tonne_is_still_found():
    reference = "The beekeepers' group said it had sold just 420 kilograms of honey, compared with more than a tonne in a good year."
    candidate = "The beekeepers' group has sold only 420 kg of honey, against over 3,000 kg in a good year."
    assert of_type(serious(reference, candidate), FindingType.NUMBER)


# --- roles -----------------------------------------------------------------------------------------------------------


def test_what_a_deal_saves_households_is_what_households_save():
    reference = "The regulator's chair said the settlement would save families an estimated 12 million crowns."
    candidate = "The regulator's chair estimated that families would save 12 million crowns as a result."
    assert not of_type(serious(reference, candidate), FindingType.ROLE)


def test_a_gain_brought_to_the_other_party_is_still_a_swap():
    reference = "The merger would save the council £2m a year."
    candidate = "The council would save the merger £2m a year."
    assert of_type(serious(reference, candidate), FindingType.ROLE)


# --- polarity --------------------------------------------------------------------------------------------------------


def test_not_properly_maintained_is_badly_maintained():
    reference = "Inspectors found that the boilers had not been properly maintained."
    candidate = "Inspectors found badly maintained boilers."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_properly_maintained_against_not_properly_maintained_is_still_found():
    reference = "Inspectors found that the boilers had not been properly maintained."
    candidate = "Inspectors found that the boilers had been properly maintained."
    assert of_type(serious(reference, candidate), FindingType.POLARITY)


# --- modality --------------------------------------------------------------------------------------------------------


def test_may_be_extended_pairs_with_could_be_prolonged():
    reference = "The curfew will remain in force until 30 June and may be extended if the unrest continues."
    candidate = "It will apply until the end of June and could be prolonged should the unrest not stop."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)


def test_an_extension_told_as_certain_is_still_found():
    reference = "The curfew will remain in force until 30 June and may be extended if the unrest continues."
    candidate = "The curfew will remain in force until 30 June and will be extended if the unrest continues."
    assert of_type(serious(reference, candidate), FindingType.MODALITY)


# --- entities --------------------------------------------------------------------------------------------------------


def test_a_name_between_two_function_words_is_no_name_put_for_another():
    reference = "The cause is being investigated, and the Coastal Authority is monitoring spills into the nearby Orren Estuary."
    candidate = "The cause is being investigated, and spills into the Orren Estuary are being monitored."
    assert not of_type(serious(reference, candidate, "summary"), FindingType.ENTITY)


# --- repetition ------------------------------------------------------------------------------------------------------


def test_a_phrase_with_a_figure_said_twice_word_for_word_is_a_repetition():
    reference = (
        "Ticket sales at the Brackwell aquarium have risen by a fifth since it opened a shark tunnel, its owner said. "
        "The aquarium welcomed 86,000 visitors last year. "
        "The owner said the aquarium now employed 45 people, more than the harbour's fish market."
    )
    candidate = (
        "Ticket sales at the Brackwell aquarium are up a fifth since a shark tunnel opened, with 86,000 people visiting last year. "
        "It now employs 45 people, more than the harbour's fish market, with 86,000 people visiting last year."
    )
    assert of_type(_all(reference, candidate, "summary"), FindingType.REPETITION)


def test_a_figure_said_once_in_each_of_two_sentences_is_no_repetition():
    reference = (
        "Ticket sales at the Brackwell aquarium have risen by a fifth since it opened a shark tunnel, its owner said. "
        "The aquarium welcomed 86,000 visitors last year, and its cafe served 86,000 meals."
    )
    candidate = (
        "Ticket sales at the Brackwell aquarium are up a fifth since a shark tunnel opened. "
        "It had 86,000 visitors last year, and its cafe served 86,000 meals."
    )
    assert not of_type(_all(reference, candidate, "summary"), FindingType.REPETITION)


def test_leave_given_only_for_some_is_a_restriction():
    reference = "Under the licence, dredging may take place only between May and August, and must be done by approved firms."
    candidate = "The licence restricts dredging to the May-August period and requires it to be done by approved firms."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)


def test_leave_told_as_a_duty_is_still_found():
    reference = "Under the licence, dredging may take place between May and August."
    candidate = "Under the licence, dredging must take place between May and August."
    assert of_type(serious(reference, candidate), FindingType.MODALITY)


def test_a_short_clause_said_twice_word_for_word_is_a_repetition():
    reference = (
        "A fire destroyed a boatyard on Mill Quay late on Friday, but nobody was injured. "
        "The owner, Rhea Voss, said she was insured and hoped to reopen by the spring."
    )
    candidate = (
        "A fire destroyed a boatyard on Mill Quay on Friday night; no one was hurt. "
        "Voss, who is insured, hopes to reopen by spring, and no one was hurt."
    )
    found = of_type(_all(reference, candidate, "summary"), FindingType.REPETITION)
    assert found and found[0].candidate_span.start > candidate.index(";")


def test_a_clause_said_once_is_no_repetition():
    reference = "A fire destroyed a boatyard on Mill Quay late on Friday, but nobody was injured."
    candidate = "A fire destroyed a boatyard on Mill Quay on Friday night; no one was hurt."
    assert not of_type(_all(reference, candidate, "summary"), FindingType.REPETITION)


def test_a_denied_rise_told_as_an_increase_is_a_flip():
    reference = "Mooring charges at the marina will not rise this year, the harbour board said."
    candidate = "The harbour board said mooring charges at the marina will increase this year."
    assert of_type(serious(reference, candidate), FindingType.POLARITY)


def test_a_denied_loan_told_as_a_loan_to_other_museums_is_a_flip():
    reference = "The curator said the oldest maps would not be lent to other museums."
    candidate = "The curator said the oldest maps would also be loaned to other museums."
    assert of_type(serious(reference, candidate), FindingType.POLARITY)


def test_a_denied_rise_kept_as_a_freeze_is_no_flip():
    reference = "Mooring charges at the marina will not rise this year, the harbour board said."
    candidate = "The harbour board said mooring charges at the marina will stay the same this year."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_will_told_as_may_of_the_same_verb_is_a_changed_fact():
    reference = "The new sports hall will open on 3 March, the school said."
    candidate = "The new sports hall may open on 3 March, the school said."
    assert of_type(serious(reference, candidate), FindingType.MODALITY)


def test_a_leave_reworded_with_may_stays_a_note():
    reference = "The hunting season will run from October to January."
    candidate = "Deer may be hunted from October to January."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)


def test_a_figure_with_its_digits_transposed_is_a_changed_number():
    reference = "The bakery chain, which employs 160 people, said it would close two shops."
    candidate = "The bakery chain, which has 610 staff, said it would close two shops."
    assert of_type(serious(reference, candidate), FindingType.NUMBER)


def test_a_new_figure_of_other_digits_stays_a_note():
    reference = "The bakery chain, which employs 160 people, said it would close two shops."
    candidate = "The bakery chain, which has 160 staff and 45 vans, said it would close two shops."
    assert not of_type(serious(reference, candidate), FindingType.NUMBER)


def test_just_under_a_metre_against_a_tenth_of_it_is_a_changed_number():
    reference = "Snow at the Harrow Pass station reached just under a metre in January, the highest since 1987."
    candidate = "Almost 100 millimetres of snow fell at the Harrow Pass station in January, the most since 1987."
    assert of_type(serious(reference, candidate), FindingType.NUMBER)


def test_a_draw_earned_for_a_club_is_the_club_earning_it():
    reference = "A late header from defender Ivo Brandt earned Kessock Rovers a 1-1 draw at Penwick on Saturday."
    candidate = "Kessock Rovers earned a 1-1 draw at Penwick on Saturday thanks to a late header from defender Ivo Brandt."
    findings = serious(reference, candidate)
    assert not of_type(findings, FindingType.ROLE) and not of_type(findings, FindingType.ENTITY)


def test_leave_given_only_to_some_told_as_limited_to_them():
    reference = "Kites may be flown over Harrow Common only by members of the club, and only at weekends."
    candidate = "Flying kites over Harrow Common is limited to club members and to weekends."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)


def test_a_denied_rise_told_as_staying_the_same_is_no_omission():
    reference = "Water bills in the Carrow district will not rise in April, the utility announced on Monday."
    candidate = "The utility announced on Monday that water bills in the Carrow district will stay the same in April."
    assert not serious(reference, candidate)


def test_a_sale_told_by_the_buyer_paying_the_seller():
    reference = "Striker Leo Varn has been sold to Halden Town by Corby City for £2m."
    faithful = "Halden Town have paid Corby City £2m for striker Leo Varn."
    swapped = "Corby City have paid Halden Town £2m for striker Leo Varn."
    assert not of_type(serious(reference, faithful), FindingType.ROLE)
    assert of_type(serious(reference, swapped), FindingType.ROLE)


def test_a_clause_repeated_at_the_end_of_a_sentence_the_parse_hangs_on_it():
    reference = (
        "A gas explosion destroyed a florist's on Mill Lane early on Sunday. Firefighters said no one was hurt. "
        "The lane is expected to stay closed until Wednesday."
    )
    candidate = (
        "An early gas explosion on Sunday wrecked a florist's on Mill Lane, and no one was hurt. "
        "The lane should stay shut until Wednesday while engineers check it; no one was hurt."
    )
    assert of_type(_all(reference, candidate, "summary"), FindingType.REPETITION)


def test_frozen_is_not_changing():
    reference = "Ferry fares will be frozen for 2026, the operator said."
    candidate = "The operator said ferry fares will not change in 2026."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_a_participle_describing_a_noun_is_not_paired_with_a_hedged_verb():
    reference = "Tarlo is recalling 9,000 scooters built in 2024 because a faulty cable may cause the brakes to fail."
    candidate = "Tarlo is recalling 9,000 scooters made in 2024 over a cable fault that can disable the brakes."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)


def test_half_a_hectare_is_no_hectare():
    reference = "Orchards of at least half a hectare can apply for the grant."
    candidate = "Orchards of 0.5 hectares or more can apply for the grant."
    assert not of_type(serious(reference, candidate), FindingType.NUMBER)


def test_nearly_an_hour_is_an_amount():
    reference = "Passengers on the night train were held for nearly an hour outside Carrow Junction."
    changed = "Passengers on the night train were stuck outside Carrow Junction for almost 30 minutes."
    same = "Passengers on the night train were stuck outside Carrow Junction for almost 60 minutes."
    assert of_type(serious(reference, changed), FindingType.NUMBER)
    assert not of_type(serious(reference, same), FindingType.NUMBER)
