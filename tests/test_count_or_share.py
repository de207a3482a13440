"""A count of a whole told as a share of it ('About 60 of the 140 members' / 'About 60% of the 140 members') is
another figure; a share that the count is of its whole ('50 of the 100 seats' / '50% of the 100 seats') is not.

Every text here is made up for the test; none comes from the seed, the challenge or the evaluation sets.
"""

from __future__ import annotations

from helpers import of_type, serious

from factdiff.model import FindingType


def test_a_count_told_as_a_share_is_found():
    reference = "About 60 of the club's 140 members voted to merge with the Harbour Rowers at Tuesday's meeting."
    candidate = "About 60% of the club's 140 members voted to merge with the Harbour Rowers at Tuesday's meeting."
    found = of_type(serious(reference, candidate), FindingType.NUMBER)
    assert found and "60%" in found[0].message


def test_a_share_told_as_a_count_is_found():
    reference = "Some 35% of the 80 stalls will move to the new hall in March."
    candidate = "Some 35 of the 80 stalls will move to the new hall in March."
    assert of_type(serious(reference, candidate), FindingType.NUMBER)


def test_a_count_that_is_the_share_of_a_hundred_is_not_flagged():
    reference = "Fifty of the 100 seats on the council are held by independents."
    candidate = "50% of the 100 seats on the council are held by independents."
    assert not of_type(serious(reference, candidate), FindingType.NUMBER)


def test_a_whole_given_in_the_other_text_makes_the_count_a_share():
    reference = "Ashby Road school has 200 pupils. Some 50 of them walk to school every day."
    candidate = "Some 25% of the 200 pupils at Ashby Road school walk to school every day."
    assert not of_type(serious(reference, candidate, mode="summary"), FindingType.NUMBER)
