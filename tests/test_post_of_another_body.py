"""A person's post given to another body: 'The agency's chief executive, Dr X' where the candidate has 'Y's chief
executive, Dr X', Y another body the reference names. The same body named another way is no change.

Every text here is made up for the test; none comes from the seed, the challenge or the evaluation sets.
"""

from __future__ import annotations

from helpers import of_type, serious

from factdiff.model import FindingType

REFERENCE = (
    "The Corvale Water Authority is considering a ban on hosepipes after a dry spring. "
    "Brindle Pumps, which makes most of the garden pumps sold in the county, said the ban was not needed. "
    "The authority's chief engineer, Dr Oluwaseun Adeyemi, said reservoir levels were the lowest since 1976."
)


def test_a_post_given_to_another_body_is_found():
    candidate = (
        "The Corvale Water Authority is considering a ban on hosepipes after a dry spring. "
        "Brindle Pumps, which makes most of the garden pumps sold in the county, said the ban was not needed. "
        "Brindle's chief engineer, Dr Oluwaseun Adeyemi, said reservoir levels were the lowest since 1976."
    )
    found = of_type(serious(REFERENCE, candidate), FindingType.ENTITY)
    assert any("another body" in f.message for f in found)


def test_the_same_body_named_in_full_is_not_flagged():
    candidate = (
        "The Corvale Water Authority is considering a ban on hosepipes after a dry spring. "
        "Brindle Pumps, which makes most of the garden pumps sold in the county, said the ban was not needed. "
        "The Corvale Water Authority's chief engineer, Dr Oluwaseun Adeyemi, said reservoir levels were the lowest since 1976."
    )
    assert not any("another body" in f.message for f in serious(REFERENCE, candidate))


def test_a_post_held_now_said_without_incumbent_and_with_its_length_is_not_flagged():
    reference = "Challenger Ana Ruiz defeated incumbent mayor Tom Baird. Baird, who has led the town for nine years, focused on crime."
    candidate = "Challenger Ana Ruiz defeated incumbent mayor Tom Baird. Baird, mayor for the past nine years, focused on crime."
    assert not of_type(serious(reference, candidate), FindingType.ENTITY)
