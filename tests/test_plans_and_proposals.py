"""Plans and proposals against deeds: 'had no plans to move' is the plan denied, not a deed done; a proposal whose
event the candidate has begun ('have called for a cull' / 'have begun a cull') is told as done.

Every text here is made up for the test; none comes from the seed, the challenge or the evaluation sets.
"""

from __future__ import annotations

from helpers import of_type, serious

from factdiff import compare
from factdiff.model import FindingType, Severity


def test_no_plans_is_a_plan_denied_not_a_deed_done():
    reference = "The bakery said it did not plan to move any of its baking abroad."
    quiet = "The bakery said it had no plans to move any of its baking abroad."
    assert not of_type(serious(reference, quiet), FindingType.MODALITY)
    assert not of_type(serious(reference, quiet), FindingType.POLARITY)


def test_a_proposal_told_as_begun_is_found():
    reference = "Crofters have called for a limited cull of red deer on the estate."
    found = of_type(serious(reference, "Crofters have begun a limited cull of red deer on the estate."), FindingType.MODALITY)
    assert found and "called for" in found[0].message
    assert not of_type(serious(reference, "Crofters have demanded a limited cull of red deer on the estate."), FindingType.MODALITY)
    reference = "Crofters have begun a limited cull of red deer on the estate."
    assert not of_type(serious(reference, "A limited cull of red deer on the estate has been started by crofters."), FindingType.MODALITY)


def test_a_plan_told_as_what_will_happen_is_noted():
    reference = "The harbour trust plans to raise mooring fees by 10 percent next year."
    told = compare(reference, "The harbour trust will raise mooring fees by 10 percent next year.").findings
    noted = [f for f in of_type(told, FindingType.MODALITY) if f.severity == Severity.MINOR]
    assert noted and "will happen" in noted[0].message  # a note: as often a plain rendering as an overstatement
    quiet = "The harbour trust intends to raise mooring fees by 10 percent next year."
    assert not of_type(serious(reference, quiet), FindingType.MODALITY)
    reference = "The ministry hopes to double the number of farms within five years."
    assert not of_type(serious(reference, "The ministry hopes the number of farms will double within five years."), FindingType.MODALITY)


def test_an_intention_denied_by_its_noun_against_the_act_affirmed_is_found():
    reference = "Marsh said he had no intention of giving up repair work."
    assert of_type(serious(reference, "Marsh said he would be giving up repair work."), FindingType.POLARITY)
    for quiet in ("Marsh said he did not intend to give up repair work.", "Marsh said he had no plans to give up repair work."):
        assert not of_type(serious(reference, quiet), FindingType.POLARITY)
    reference = "Marsh said he did not plan to give up repair work."
    assert not of_type(serious(reference, "Marsh said he had no plans to give up repair work."), FindingType.POLARITY)
    assert of_type(serious(reference, "Marsh said he would give up repair work."), FindingType.POLARITY)
