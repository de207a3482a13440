"""A hedge inside what someone said is compared clause by clause ('the department said the route could be extended'
/ 'the department said the route will be extended') wherever the two sentences sit in their texts: the pairing of
the two clauses does not depend on where the words fall in each document.

Every text here is made up for the test; none comes from the seed, the challenge or the evaluation sets.
"""

from __future__ import annotations

from helpers import of_type, serious

from factdiff import compare
from factdiff.model import FindingType


def test_a_hedge_dropped_in_a_said_clause_is_found_after_a_reworded_sentence():
    reference = (
        "Cyclists in Otterbury will be able to hire electric bikes at six docks from May under a trial scheme. "
        "The department said the scheme could be extended to the whole county next year if it proves popular."
    )
    changed = (
        "From May, cyclists in Otterbury will be able to rent electric bikes from six docking points as part of a trial project. "
        "The department said the project will be extended to the whole county next year if it proves popular."
    )
    found = of_type(serious(reference, changed), FindingType.MODALITY)
    assert found and "could" in found[0].message
    kept = changed.replace("the project will be extended", "the project could be extended")
    assert not of_type(serious(reference, kept), FindingType.MODALITY)


def test_enabled_is_as_open_as_allowed():
    reference = "A second van, funded by a county grant, will allow the repair service to cut its waiting list from ten weeks to five."
    faithful = "A second van, paid for by a county grant, will enable the repair service to halve its waiting list, from ten weeks to five."
    assert not of_type(serious(reference, faithful), FindingType.MODALITY)


def test_a_hope_told_with_another_modal_is_not_flagged():
    reference = (
        "About 40 of the depot's 300 jobs will go, although the company said it hoped most of the cuts could be made "
        "through early retirement."
    )
    faithful = (
        "Roughly 40 of the 300 jobs at the depot will be lost, though the firm said it hoped that early retirement "
        "would account for most of the cuts."
    )
    assert not of_type(serious(reference, faithful), FindingType.MODALITY)


def test_a_hedge_is_compared_with_the_clause_that_renders_it():
    reference = "Campaign group Clean Lanes called the plan welcome but said cycle lanes should be combined with lower speed limits."
    faithful = (
        "Clean Lanes, a campaign group, said it welcomed the plan but argued that cycle lanes should go hand in hand with "
        "lower speed limits."
    )
    assert not of_type(serious(reference, faithful), FindingType.MODALITY)
    dropped = faithful.replace("should go hand in hand", "go hand in hand")
    assert of_type(serious(reference, dropped), FindingType.MODALITY)


def test_can_lead_to_is_open_and_will_result_in_is_not():
    reference = "Swimming outside the flags can lead to a fine of up to 200 euros. Lifeguards patrol the beach daily."
    certain = "Swimming outside the flags will result in a fine of up to 200 euros. Lifeguards patrol the beach daily."
    found = [f for f in compare(reference, certain, "rewrite").findings if f.type == FindingType.MODALITY]
    assert found and "can" in found[0].message
    open_still = "Swimming outside the flags could result in a fine of up to 200 euros. Lifeguards patrol the beach daily."
    assert not [f for f in compare(reference, open_still, "rewrite").findings if f.type == FindingType.MODALITY]
