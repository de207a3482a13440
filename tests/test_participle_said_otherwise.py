"""A participle's phrase reworded ('have rats removed free of charge' / 'have rats taken away at no cost') is weighed
with the noun it describes, as the reference's phrase is: no addition; a phrase that adds a fact still is one.

Every text here is made up for the test; none comes from the seed, the challenge or the evaluation sets.
"""

from __future__ import annotations

from helpers import of_type, serious

from factdiff import compare
from factdiff.model import FindingType

REFERENCE = (
    "Tarrow Borough Council has suspended its free rat removal service for the rest of the summer after receiving more "
    "than 900 requests in June alone. Residents will instead be referred to private contractors, who typically charge "
    "between £50 and £80 per visit. The council said people receiving housing benefit would still have rats removed free of charge."
)
OPENING = (
    "With more than 900 requests in June alone, Tarrow Borough Council has halted its free rat removal service until the "
    "end of the summer. Instead, residents will be directed to private firms, which usually charge £50 to £80 a visit, "
)


def test_a_participle_reworded_is_no_addition():
    faithful = OPENING + "although those on housing benefit will continue to have rats taken away at no cost, the council said."
    assert not of_type(serious(REFERENCE, faithful), FindingType.ADDITION)


def test_a_phrase_that_adds_a_fact_is_still_found():
    added = (
        OPENING + "although those on housing benefit will continue to have rats removed free of charge by council staff "
        "working weekend shifts, the council said."
    )
    assert of_type(compare(REFERENCE, added, "rewrite").findings, FindingType.ADDITION)
