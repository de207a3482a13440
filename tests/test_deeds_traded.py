"""Two parties, named or not, each the doer of one of two deeds in a sentence, that trade deeds ('Residents proposed
60 names, and a panel of teachers chose the winner' / 'A panel of teachers proposed 60 names, and residents chose the
winner'); the same deeds told in another order or voice are not flagged.

Every text here is made up for the test; none comes from the seed, the challenge or the evaluation sets.
"""

from __future__ import annotations

from helpers import of_type, serious

from factdiff.model import FindingType

REFERENCE = "Parents proposed 60 names for the new bridge, and a panel of teachers chose the winner."


def test_two_unnamed_parties_that_trade_deeds_are_found():
    candidate = "A panel of teachers proposed 60 names for the new bridge, and parents chose the winner."
    found = of_type(serious(REFERENCE, candidate), FindingType.ROLE)
    assert found and "trade deeds" in found[0].message


def test_a_named_and_an_unnamed_party_that_trade_deeds_are_found():
    reference = "The Harwick Bird Club ringed 40 chicks this spring, using nets lent by the county wildlife trust."
    candidate = "The county wildlife trust ringed 40 chicks this spring, using nets lent by the Harwick Bird Club."
    assert of_type(serious(reference, candidate), FindingType.ROLE)


def test_the_same_deeds_in_another_order_are_not_flagged():
    candidate = "A panel of teachers chose the winner from 60 names for the new bridge that parents had proposed."
    assert not of_type(serious(REFERENCE, candidate), FindingType.ROLE)


def test_the_same_deeds_in_the_passive_are_not_flagged():
    candidate = "Sixty names for the new bridge were proposed by parents, and the winner was chosen by a panel of teachers."
    assert not of_type(serious(REFERENCE, candidate), FindingType.ROLE)


def test_two_words_of_one_sense_traded_are_not_flagged():
    reference = "The charity bought the old depot in March and purchased two vans in May."
    candidate = "The charity purchased the old depot in March and bought two vans in May."
    assert not of_type(serious(reference, candidate), FindingType.ROLE)
