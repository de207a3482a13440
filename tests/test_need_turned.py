"""A need denied where the reference states it, or stated where it denies it, in other words ('members must hold a
licence to fly' / 'members do not need a licence to fly', 'no booking is needed' / 'visitors must book'); the same
need in other words, and a prohibition, are not flagged.

Every text here is made up for the test; none comes from the seed, the challenge or the evaluation sets.
"""

from __future__ import annotations

from helpers import of_type, serious

from factdiff.model import FindingType


def test_a_need_denied_in_other_words_is_found():
    reference = "Members of the Orrin kite club must hold a safety certificate to fly over the beach."
    candidate = "Members of the Orrin kite club do not need a safety certificate to fly over the beach."
    assert of_type(serious(reference, candidate), FindingType.POLARITY)


def test_a_need_stated_where_the_reference_denies_it_is_found():
    reference = "Entry to the orchard is free, and no booking is needed."
    candidate = "Entry to the orchard is free, but visitors must book in advance."
    assert of_type(serious(reference, candidate), FindingType.POLARITY)


def test_the_same_need_in_other_words_is_not_flagged():
    reference = "Members of the Orrin kite club must hold a safety certificate to fly over the beach."
    candidate = "A safety certificate is needed for members of the Orrin kite club to fly over the beach."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_a_prohibition_is_no_need_denied():
    reference = "Visitors must not bring dogs into the orchard, and no booking is needed."
    candidate = "Dogs are not allowed in the orchard, and visitors do not have to book."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)
