"""A thing had on one side and said to be there on the other is one statement: its denial on one side only is a
flipped polarity ('the cabin would not have electricity' / 'there would be electricity in the cabin'); denied on both
('would have no electricity' / 'there would be no electricity') it is a paraphrase.

Every text here is made up for the test; none comes from the seed, the challenge or the evaluation sets.
"""

from __future__ import annotations

from helpers import of_type, serious

from factdiff.model import FindingType

OPENING = "Volunteers in Sorrel Bay are rebuilding a fishermen's cabin as it stood in 1890. "


def test_a_thing_had_turned_into_a_thing_there_is_found():
    reference = OPENING + "The warden said the cabin would not have electricity or a toilet, so that visitors feel the cold."
    changed = OPENING + "The warden said there would be electricity but no toilet in the cabin, so that visitors feel the cold."
    assert of_type(serious(reference, changed), FindingType.POLARITY)


def test_a_denial_kept_across_the_two_sayings_is_not_flagged():
    reference = OPENING + "The warden said the cabin would have no electricity, so that visitors feel the cold."
    faithful = OPENING + "The warden said there would be no electricity in the cabin, so that visitors feel the cold."
    assert not of_type(serious(reference, faithful), FindingType.POLARITY)


def test_a_short_denial_folded_into_a_summary_sentence_is_compared():
    reference = (
        "Harrow & Vale, one of the last makers of clay pipes in the country, has been bought by its staff. The firm, "
        "founded in 1803, employs 19 people at its works in Lind Street. Managing director Tom Vale will stay on for two "
        "years. No jobs will be lost."
    )
    changed = (
        "Clay pipe maker Harrow & Vale, founded in 1803, has been bought by its staff; Tom Vale will stay on for two "
        "years, although some of its 19 jobs will be lost."
    )
    assert of_type(serious(reference, changed, "summary"), FindingType.POLARITY)
    kept = changed.replace("although some of its 19 jobs will be lost", "and none of its 19 jobs will be lost")
    assert not of_type(serious(reference, kept, "summary"), FindingType.POLARITY)
