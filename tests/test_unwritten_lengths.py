"""A length written without a figure ('a fortnight', 'an hour') where the aligned reference gives the length in figures
in another unit ('ten days', '90 minutes'): a claimed amount, weighed against that one; the same length, a rate, a
ceiling loosely put and a span of another order are no conflict.

Every text here is made up for the test; none comes from the seed, the challenge or the evaluation sets.
"""

from __future__ import annotations

from helpers import of_type, serious

from factdiff.model import FindingType


def test_a_fortnight_for_ten_days_is_found():
    reference = "The inspection of the Harlow viaduct is expected to take at least ten days, the rail operator said."
    candidate = "The inspection of the Harlow viaduct is expected to take at least a fortnight, the rail operator said."
    found = of_type(serious(reference, candidate), FindingType.NUMBER)
    assert found and "fortnight" in found[0].message


def test_an_hour_for_ninety_minutes_is_found():
    reference = "Entrants had 90 minutes to build a bridge from newspaper and tape."
    candidate = "Entrants had an hour to build a bridge from newspaper and tape."
    assert of_type(serious(reference, candidate), FindingType.NUMBER)


def test_the_same_length_is_not_flagged():
    reference = "Entrants had 60 minutes to build a bridge from newspaper and tape."
    candidate = "Entrants had an hour to build a bridge from newspaper and tape."
    assert not of_type(serious(reference, candidate), FindingType.NUMBER)


def test_a_rate_is_not_flagged():
    reference = "The bus runs every 30 minutes, seven days a week."
    candidate = "The bus runs twice an hour, every day."
    assert not of_type(serious(reference, candidate), FindingType.NUMBER)


def test_a_ceiling_loosely_put_is_not_flagged():
    reference = "The repairs will take up to 45 minutes."
    candidate = "The repairs will take less than an hour."
    assert not of_type(serious(reference, candidate), FindingType.NUMBER)


def test_a_rate_in_one_word_a_near_length_and_a_range_are_not_flagged():
    pairs = [
        ("The shuttle runs every sixty minutes from the station.", "The shuttle runs hourly from the station."),
        ("Repairs will take six weeks.", "Repairs will take a month and a half."),
        ("The survey takes seven to eight days.", "The survey takes a week."),
    ]
    for reference, candidate in pairs:
        assert not of_type(serious(reference, candidate), FindingType.NUMBER), candidate


def test_a_length_of_something_else_beside_the_reference_figure_is_not_flagged():
    reference = "Sewage was discharged into the river for 11 days in June."
    candidate = "Sewage was discharged into the river over 11 days in June, after a pump failure went unreported for almost a week."
    assert not of_type(serious(reference, candidate), FindingType.NUMBER)


def test_a_floor_the_reference_length_meets_is_not_flagged():
    reference = "The works will last at least ten days."
    candidate = "The works will last more than a week."
    assert not of_type(serious(reference, candidate), FindingType.NUMBER)
