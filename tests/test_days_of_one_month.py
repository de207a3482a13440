"""Days of one month with the month written once ('15 to 19 July', '9 and 10 November', 'July 15-19, 2024') are a
span of those days, compared with the other text's days, spans and months of the year; and beside each, the
rewording that must stay quiet.

Every text here is made up for the test; none comes from the seed, the challenge or the evaluation sets.
"""

from __future__ import annotations

from datetime import date

from helpers import of_type, serious

from factdiff.analyse.dates import normalise
from factdiff.model import FindingType


def test_days_of_one_month_are_a_span_of_days():
    assert normalise("15 to 19 July")[1:] == ("range", date(2000, 7, 15), date(2000, 7, 19))
    assert normalise("15-19 July")[1:] == normalise("between 15 and 19 July")[1:]  # not 15 July 2019
    assert normalise("July 15-19, 2024") == ("absolute", "range", date(2024, 7, 15), date(2024, 7, 19))
    assert normalise("9 and 10 November")[2:] == (date(2000, 11, 9), date(2000, 11, 10))
    assert normalise("from 19 to 15 July")[0] is None  # ends the wrong way round: not understood rather than wrong
    assert normalise("aged 18-21")[0] is None


def test_a_span_of_days_moved_to_another_month_is_found():
    reference = "The Corran folk festival will run from 15 to 19 July on the harbour green."
    assert of_type(serious(reference, "The Corran folk festival will run from 15 to 19 June on the harbour green."), FindingType.DATE)
    faithful = "From 15 July to 19 July, the Corran folk festival will fill the harbour green."
    assert not of_type(serious(reference, faithful), FindingType.DATE)
    assert not of_type(serious(reference, "The Corran folk festival will take over the harbour green in July."), FindingType.DATE)


def test_two_days_of_a_month_against_another_month_are_found():
    reference = "The Ashby craft fair will be held on 9 and 10 November in the corn exchange."
    assert of_type(serious(reference, "The Ashby craft fair will be held on 9 and 10 December in the corn exchange."), FindingType.DATE)
    assert not of_type(serious(reference, "On 9 and 10 November, the corn exchange will host the Ashby craft fair."), FindingType.DATE)


def test_seasons_are_spans_of_the_year():
    assert normalise("autumn 2024") == ("absolute", "season", date(2024, 9, 1), date(2024, 11, 30))
    assert normalise("last autumn")[0:2] == ("deictic", "season")
    assert normalise("last autumn")[2] != normalise("last spring")[2]
    assert normalise("this winter")[0] is None  # the winter that began last December, or the one to come
    reference = "The footbridge over the Hale reopened last autumn after two years of repairs."
    assert of_type(serious(reference, "The footbridge over the Hale reopened last spring after two years of repairs."), FindingType.DATE)
    assert not of_type(serious(reference, "After two years of repairs, the Hale footbridge reopened last fall."), FindingType.DATE)
    reference = "Work on the harbour wall will start in autumn 2026."
    assert not of_type(serious(reference, "Work on the harbour wall will begin in October 2026."), FindingType.DATE)
    assert of_type(serious(reference, "Work on the harbour wall will begin in spring 2026."), FindingType.DATE)


def test_a_span_of_days_with_another_first_day_is_another_span():
    reference = "The Harwick folk festival runs 15-19 July 2024."
    assert of_type(serious(reference, "The Harwick folk festival runs 12-19 July 2024."), FindingType.DATE)
    assert not of_type(serious(reference, "The Harwick folk festival runs from 15 July to 19 July 2024."), FindingType.DATE)
    assert normalise("3 and 17 March 2024")[0] is None  # two days, not the days between them
