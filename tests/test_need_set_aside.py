"""A need set aside ('instead of having to visit the town hall' / 'will no longer have to visit the town hall'), a
need no one had ('none of whom required hospital treatment' / 'none needed to go to hospital') and a prohibition told
another way are no denial turned round.

Every text here is made up for the test; none comes from the seed, the challenge or the evaluation sets.
"""

from __future__ import annotations

from helpers import of_type, serious

from factdiff.model import FindingType


def test_a_prohibition_is_no_need_denied():
    reference = "Visitors must not bring dogs into the orchard, and no booking is needed."
    candidate = "Dogs are not allowed in the orchard, and visitors do not have to book."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_a_need_no_one_had_and_a_need_set_aside_are_not_flagged():
    pairs = [
        (
            "Three walkers were treated for stings, none of whom required hospital treatment.",
            "Three walkers were treated for stings; none needed to go to hospital.",
        ),
        (
            "From May, owners can renew a permit online, instead of having to visit the town hall.",
            "From May, owners will no longer have to visit the town hall to renew a permit: they can do it online.",
        ),
    ]
    for reference, candidate in pairs:
        assert not of_type(serious(reference, candidate), FindingType.POLARITY), candidate
