"""A phrase said again in a later sentence ('made by a local firm in 1889' twice) where the reference gives it once,
at the place of the first copy, is a repetition; a phrase the reference itself gives at both places is not.

Every text here is made up for the test; none comes from the seed, the challenge or the evaluation sets.
"""

from __future__ import annotations

from helpers import of_type, serious

from factdiff.model import FindingType

REFERENCE = (
    "The clock at Dunmore Junction station will be restarted on Sunday after a two-year restoration. "
    "The clock, cast by a Dunmore foundry in 1874, was taken down in 1990 when the booking hall became offices. "
    "Volunteers restored it at a cost of £18,000. "
    "It will be unveiled by the mayor, Cllr Anne Trew."
)


def test_a_phrase_said_again_in_another_sentence_is_found():
    repeated = (
        "The clock at Dunmore Junction station will be restarted on Sunday after a two-year restoration. "
        "The clock, cast by a Dunmore foundry in 1874, was taken down in 1990 when the booking hall became offices. "
        "Volunteers restored it for £18,000. "
        "The clock, cast by a Dunmore foundry in 1874, will be unveiled by the mayor, Cllr Anne Trew."
    )
    found = of_type(serious(REFERENCE, repeated), FindingType.REPETITION)
    assert found and "1874" in found[0].message


def test_a_phrase_the_reference_also_repeats_is_not_flagged():
    reference = REFERENCE.replace("It will be unveiled", "The clock, cast by a Dunmore foundry in 1874, will be unveiled")
    same = (
        "The clock at Dunmore Junction station will be restarted on Sunday after a two-year restoration. "
        "The clock, cast by a Dunmore foundry in 1874, was taken down in 1990 when the booking hall became offices. "
        "Volunteers restored it for £18,000. "
        "The clock, cast by a Dunmore foundry in 1874, will be unveiled by the mayor, Cllr Anne Trew."
    )
    assert not of_type(serious(reference, same), FindingType.REPETITION)
