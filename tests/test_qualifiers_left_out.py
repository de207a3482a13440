"""Qualifiers left out are noted: how often ('runs weekly'), how much ('seriously injured', 'mainly from donors'), and
a figure's bound ('up to 40'); one qualifier of the same kind for another ('mainly' / 'largely') or the bound said
roughly another way ('as many as 40') is no omission. Notes only: the rest of the claim agrees.

Every text here is made up for the test; none comes from the seed, the challenge or the evaluation sets.
"""

from __future__ import annotations

from helpers import of_type

from factdiff import compare
from factdiff.model import FindingType, Severity


def notes(reference: str, candidate: str) -> list:
    return [f for f in of_type(compare(reference, candidate).findings, FindingType.OMISSION) if f.severity == Severity.MINOR]


def test_a_qualifier_of_frequency_or_degree_left_out_is_noted():
    assert notes("The ferry runs weekly between Kelby and Orrin.", "The ferry runs between Kelby and Orrin.")
    assert notes("Two riders were seriously injured in the fall.", "Two riders were injured in the fall.")
    assert notes("The money came mainly from local donors.", "The money came from local donors.")
    assert not notes("The money came mainly from local donors.", "The money came largely from local donors.")


def test_a_bound_left_out_of_a_figure_is_noted():
    found = notes("The farm will sell up to 40 hives this year.", "The farm will sell 40 hives this year.")
    assert found and "up to 40" in found[0].message
    assert not notes("The farm will sell up to 40 hives this year.", "The farm will sell as many as 40 hives this year.")
    assert not notes("The farm will sell more than 40 hives this year.", "The farm will sell over 40 hives this year.")
