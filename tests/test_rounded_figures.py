"""Two figures each given only roughly are one figure where one is the other rounded ('about 520' / 'roughly 500',
'about 48 minutes' / 'about 50 minutes'), not where the digits changed ('about 165 million years' / 'some 156 million
years': neither rounds to the other).

Every text here is made up for the test; none comes from the seed, the challenge or the evaluation sets.
"""

from __future__ import annotations

import pytest
from helpers import of_type, serious

from factdiff import compare
from factdiff.model import FindingType


def test_transposed_digits_under_an_approximation_are_found():
    reference = "The fossil bed near Tarn Ovey is thought to be about 165 million years old, the survey said."
    changed = "The fossil bed near Tarn Ovey is believed to be some 156 million years old, the survey said."
    found = of_type(serious(reference, changed), FindingType.NUMBER)
    assert found and "165" in found[0].message


@pytest.mark.parametrize(
    ("before", "after"),
    [("about 520 people", "roughly 500 people"), ("about 1,240 people", "around 1,250 people"), ("about 48 minutes", "about 50 minutes")],
)
def test_a_figure_rounded_is_not_flagged(before, after):
    reference = f"The open day at the Tarn Ovey fossil bed drew {before}, the survey said."
    faithful = f"The open day at the Tarn Ovey fossil bed drew {after}, the survey said."
    assert not of_type(serious(reference, faithful), FindingType.NUMBER)


def test_a_count_is_of_its_noun_whatever_the_tagger_calls_it():
    reference = (
        "Volunteers in the Calder Moss reserve recorded 1,240 griffon vultures at the five feeding stations during the "
        "winter count, up from 870 a year earlier, the Calder Moss Trust said."
    )
    changed = (
        "Winter counts at the five Calder Moss feeding stations found 1,420 griffon vultures, up from 870 the previous "
        "year, according to the Calder Moss Trust."
    )
    found = of_type(serious(reference, changed, "summary"), FindingType.NUMBER)
    assert found and "1,240" in found[0].message
    faithful = changed.replace("1,420", "1,240")
    assert not of_type(serious(reference, faithful, "summary"), FindingType.NUMBER)


def test_a_count_after_a_participle_is_of_the_noun_after_it():
    reference = "The walled garden at Ashcombe House now holds more than 250 named varieties of tulip across two acres."
    changed = "The two-acre walled garden at Ashcombe House today contains over 150 named tulip varieties."
    found = of_type(serious(reference, changed), FindingType.NUMBER)
    assert found and "250" in found[0].message
    faithful = changed.replace("over 150", "over 250")
    assert not of_type(serious(reference, faithful), FindingType.NUMBER)


def test_an_estimate_told_as_a_plain_figure_is_noted():
    reference = "The supply deal, worth an estimated €40 million, is the largest in the cooperative's history."
    plain = "Valued at €40 million, the supply deal is the largest in the cooperative's history."
    notes = [f for f in compare(reference, plain, "rewrite").findings if f.type == FindingType.OMISSION and "estimate" in f.message]
    assert notes and notes[0].reference_span.text.startswith("an estimated")
    kept = "Estimated at €40 million, the supply deal is the largest in the cooperative's history."
    assert not [f for f in compare(reference, kept, "rewrite").findings if "estimate" in f.message]


def test_an_average_told_as_a_plain_figure_is_noted():
    reference = "The cost will be included in ticket prices, which will rise by an average of 1.50 euros next season."
    plain = "Instead the cost will go into ticket prices, which are going up by 1.50 euros next season."
    notes = [f for f in compare(reference, plain, "rewrite").findings if "average" in f.message]
    assert notes and notes[0].reference_span.text.startswith("an average of")
