"""Omission, addition and repetition at clause and sentence level: what they must find, and the paraphrase they must
leave alone. All texts are invented for these tests."""

from __future__ import annotations

from factdiff import compare
from factdiff.model import FindingType, Severity


def of_type(reference: str, candidate: str, kind: FindingType, mode: str = "rewrite"):
    return [f for f in compare(reference, candidate, mode).findings if f.type == kind]


def serious(reference: str, candidate: str, mode: str = "rewrite"):
    return [f for f in compare(reference, candidate, mode).findings if f.severity in (Severity.MAJOR, Severity.CRITICAL)]


# --- repetition -----------------------------------------------------------------------------------------------------

REP_REF = (
    "The museum in Kellerby will reopen on Saturday after a two-year renovation that cost 12 million euros. "
    "The new wing will show the collection of maritime paintings that was kept in storage. "
    "Entry will be free for children under 12 during the first month."
)


def test_sentence_said_twice_is_a_repetition():
    cand = (
        "The museum in Kellerby reopens on Saturday after a two-year renovation costing 12 million euros. "
        "The new wing will show the collection of maritime paintings that was kept in storage. "
        "Children under 12 will get in free during the first month. "
        "The new wing will show the collection of maritime paintings that was kept in storage."
    )
    rep = [f for f in of_type(REP_REF, cand, FindingType.REPETITION) if f.severity == Severity.MAJOR]
    assert len(rep) == 1
    # the later copy is the one reported
    assert rep[0].candidate_span.start == cand.rindex("The new wing")
    assert compare(REP_REF, cand).verdict == "inconsistent"


def test_slightly_reworded_copy_of_a_clause_is_a_repetition():
    cand = (
        "The museum in Kellerby will reopen on Saturday after a two-year renovation that cost 12 million euros, "
        "and its new wing will show the maritime paintings kept in storage. "
        "Entry will be free for children under 12 during the first month. "
        "The museum in Kellerby will reopen on Saturday after its two-year renovation."
    )
    rep = of_type(REP_REF, cand, FindingType.REPETITION)
    assert rep and rep[0].candidate_span.text.startswith("The museum in Kellerby will reopen on Saturday after its")


def test_repetition_the_reference_makes_too_is_not_reported():
    ref = (
        "Voters in Dunmore will elect a new mayor on Sunday. Turnout is expected to be low. "
        "Voters in Dunmore will elect a new mayor on Sunday."
    )
    assert not of_type(ref, ref.replace("low", "quite low"), FindingType.REPETITION)


def test_faithful_rewrite_has_no_repetition():
    cand = (
        "After a two-year renovation that cost 12 million euros, the Kellerby museum will reopen on Saturday. "
        "Its new wing will display the maritime paintings that had been kept in storage. "
        "For the first month, children under 12 will get in for free."
    )
    assert not of_type(REP_REF, cand, FindingType.REPETITION)
