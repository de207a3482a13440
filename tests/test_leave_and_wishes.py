"""Modality: a 'may' of permission told as leave given ('may sit ..., provided they do not film' / 'will let them
take seats, on condition that they film neither'), and a possibility inside a conditional told as the conditional
('would mean only cheeses made in the valley could carry the name' / 'would restrict the name to cheeses made in the
valley'), are no hedge dropped; a hope told as what will happen is.

Every text here is made up for the test; none comes from the seed, the challenge or the evaluation sets.
"""

from __future__ import annotations

from helpers import of_type, serious

from factdiff.model import FindingType


def test_may_of_permission_told_as_leave_given_is_not_flagged():
    reference = (
        "Under a trial lasting a year, up to four registered photographers may stand in the press pen during league "
        "matches, provided they do not film supporters or stewards under the age of 16."
    )
    candidate = (
        "A year-long trial will let as many as four registered photographers stand in the press pen at league matches, "
        "on condition that they film neither supporters nor any steward younger than 16."
    )
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)


def test_possibility_inside_a_conditional_told_as_the_conditional_is_not_flagged():
    reference = (
        "Farmers in the Ostry valley have applied for protected status for their smoked cheese, which would mean only "
        "cheeses made in the valley to the old method could carry the name."
    )
    candidate = (
        "Ostry valley farmers have asked for protected status for their smoked cheese, which would restrict the name to "
        "cheeses made in the valley to the old method."
    )
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)


def test_a_hope_told_as_what_will_happen_is_found():
    reference = (
        "The warden, Ilse Marr, said the trust hoped to open the bird hide on Sunday mornings, but that this would "
        "depend on finding four more volunteers."
    )
    candidate = "The warden, Ilse Marr, said the trust will open the bird hide on Sunday mornings once four more volunteers are found."
    assert of_type(serious(reference, candidate), FindingType.MODALITY)


def test_a_plan_told_as_what_will_happen_stays_a_note():
    reference = "The trust plans to open the bird hide on Sunday mornings from next spring, the warden said."
    candidate = "The trust will open the bird hide on Sunday mornings from next spring, the warden said."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)


def test_a_could_joined_to_a_would_is_still_a_possibility_settled():
    reference = "Traders said the closure would hurt footfall and could cost up to 150 jobs in the arcade."
    candidate = "Traders said the closure would hurt footfall and would cost up to 150 jobs in the arcade."
    assert of_type(serious(reference, candidate), FindingType.MODALITY)


def test_a_hope_in_the_present_told_as_what_will_happen_is_found():
    reference = "The ferry company hopes to add a Sunday crossing from May, its manager said."
    candidate = "The ferry company will add a Sunday crossing from May, its manager said."
    assert of_type(serious(reference, candidate), FindingType.MODALITY)


def test_a_hope_kept_in_the_candidate_is_not_flagged():
    reference = "The ferry company hoped to add a Sunday crossing in May, and it did so on 4 May."
    candidate = "The ferry company added a Sunday crossing on 4 May, as it had hoped."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)
