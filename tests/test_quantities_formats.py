"""Quantities in other formats state the same amount; a changed amount, time, order or part of a period is found; a
number that merely has no match is no major finding. All sentences are invented for these tests."""

from __future__ import annotations

import pytest

from factdiff import compare
from factdiff.analyse.document import analyse
from factdiff.model import FindingType, Severity
from factdiff.read import source_from_text


def quantities(text: str):
    return analyse(source_from_text(text, "t")).quantities


def one(text: str):
    found = quantities(text)
    assert len(found) == 1, found
    return found[0]


def serious(reference: str, candidate: str) -> list[str]:
    return [f.message for f in compare(reference, candidate).findings if f.severity in (Severity.MAJOR, Severity.CRITICAL)]


def findings_of(reference: str, candidate: str, kind: FindingType) -> list:
    return [f for f in compare(reference, candidate).findings if f.type == kind]


@pytest.mark.parametrize(
    "a, b",
    [
        ("The council borrowed $75m.", "The council borrowed $75 million."),
        ("The club paid £3.4bn.", "The club paid 3.4 billion pounds."),
        ("The fund holds €2.2bn.", "The fund holds 2.2 billion euros."),
        ("The grant was C$90m.", "The grant was 90 million Canadian dollars."),
        ("About 4k fans came.", "About 4,000 fans came."),
    ],
)
def test_scale_suffix_and_word_state_the_same_amount(a, b):
    x, y = one(a), one(b)
    assert x.states_same_amount(y) and x.unit == y.unit
    assert serious(a, b) == []


def test_scale_suffix_without_money_is_no_million():
    assert one("She won the 400m race.").low == 400  # a metre, not a million


def test_percent_forms_agree_and_points_stay_apart():
    assert one("Costs rose 7%.").states_same_amount(one("Costs rose 7 per cent."))
    assert one("Costs rose 7 percent.").unit == "%"
    points = one("The rate rose 0.25 percentage points.")
    assert points.unit == "pp"
    assert points.states_same_amount(one("The rate rose 25 basis points."))
    assert points.states_same_amount(one("The rate rose by a quarter of a percentage point."))


@pytest.mark.parametrize(
    "a, b",
    [
        ("The train reached 180 miles per hour.", "The train reached 180 mph."),
        ("The turbine makes 12 megawatts.", "The turbine makes 12,000 kilowatts."),
        ("The town used 4.5 gigawatt-hours.", "The town used 4.5 GWh."),
        ("The lake is 14 kilometres long.", "The lake is 14 km long."),
        ("Gusts reached 100 km/h.", "Gusts reached 62 miles per hour."),
    ],
)
def test_unit_names_and_symbols_convert_through_pint(a, b):
    assert one(a).states_same_amount(one(b))
    assert serious(a, b) == []


def test_changed_unit_of_the_same_dimension_is_a_number_error():
    assert findings_of("The bridge spans 12 kilometres.", "The bridge spans 12 miles.", FindingType.NUMBER)
    assert findings_of("The battery stores 80 kWh.", "The battery stores 80 MWh.", FindingType.NUMBER)


@pytest.mark.parametrize(
    "a, b",
    [
        ("She won in 2:14:09.", "She won in two hours, 14 minutes and nine seconds."),
        ("He reached halfway in 64:12.", "He reached halfway in 64 minutes 12 seconds."),
        ("The lap took 1:38.40.", "The lap took one minute 38.40 seconds."),
        ("The talks lasted 90 minutes.", "The talks lasted an hour and a half."),
        ("The study ran for a decade.", "The study ran for ten years."),
        ("The repairs took 36 hours.", "The repairs took a day and a half."),
        ("Work will last a year and a half.", "Work will last 18 months."),
    ],
)
def test_durations_in_parts_and_colon_forms_are_the_same_length(a, b):
    assert serious(a, b) == []
    x, y = quantities(a)[-1], quantities(b)[-1]
    assert x.states_same_amount(y), (x, y)


def test_changed_race_time_is_a_number_error():
    assert findings_of("She won the race in 2:14:09.", "She won the race in 2:41:09.", FindingType.NUMBER)
    assert findings_of("The comet circles the sun every 6.2 years.", "The comet circles the sun every 6.2 days.", FindingType.NUMBER)
    assert findings_of("He finished 12 seconds ahead.", "He finished 21 seconds ahead.", FindingType.NUMBER)


@pytest.mark.parametrize(
    "a, b",
    [
        ("Ticket sales halved.", "Ticket sales fell by 50 percent."),
        ("Ticket sales fell by half.", "Ticket sales dropped 50%."),
        ("Output doubled.", "Output rose to twice its level."),
        ("It is twice as heavy.", "It is two times as heavy."),
        ("One in eight homes is empty.", "12.5 percent of homes are empty."),
        ("A third of the staff left.", "33% of the staff left."),
        ("Roughly three-quarters agreed.", "About 75 percent agreed."),
        ("Seven in ten voters agreed.", "70 percent of voters agreed."),
    ],
)
def test_multiples_and_fractions_state_the_same_share(a, b):
    assert serious(a, b) == []
    assert one(a).states_same_amount(one(b))


def test_changed_share_or_multiple_is_a_number_error():
    assert findings_of("Ticket sales fell by half.", "Ticket sales fell by a quarter.", FindingType.NUMBER)
    assert findings_of("Rents rose 30 percent.", "Rents doubled.", FindingType.NUMBER)


def test_same_amount_at_another_rate_is_a_number_error():
    assert findings_of("Each tenant pays 40 dollars more a week.", "Each tenant pays $40 more a month.", FindingType.NUMBER)
    assert serious("The fee is 12 million euros a year.", "The fee is €12m annually.") == []


def test_number_without_match_or_rival_is_at_most_a_minor_note():
    ref = "The museum reopened after repairs, the city said."
    cand = "The museum reopened after repairs costing 4,800 dollars, the city said."
    assert serious(ref, cand) == []


def test_number_written_elsewhere_or_derivable_is_not_noted():
    ref = "The ferry carried 212 passengers and nine crew."
    assert [f for f in compare(ref, "The ferry carried 221 people.").findings if f.check == "numbers"] == []
    ref = "The firm will cut a quarter of its 840 jobs."
    assert [f for f in compare(ref, "The firm will cut about 210 of its 840 jobs.").findings if f.check == "numbers"] == []
    ref = "Sales reached 95 units in May, up from 80 in April."
    assert [f for f in compare(ref, "Sales reached 95 units in May, 15 more than in April.").findings if f.check == "numbers"] == []


def test_changed_time_of_day_is_a_date_error():
    assert findings_of("The polls closed at 8:30 p.m.", "The polls closed at 6:30 p.m.", FindingType.DATE)
    assert serious("The polls closed at 8:30 p.m.", "The polls closed at half past eight in the evening.") == []
    assert serious("The shop opens at 9 a.m.", "The shop opens at nine o'clock in the morning.") == []
    assert serious("The market runs from noon to 5 p.m.", "The market runs from 12 p.m. to 17:00.") == []


def test_a_time_written_with_a_dot_is_a_time_of_day():
    reference = "The clinic will take appointments between 8.30 a.m. and 5 p.m. on weekdays."
    said_otherwise = "Appointments will be taken from half past eight in the morning until five in the afternoon on weekdays."
    assert serious(reference, said_otherwise) == []
    changed = findings_of(reference, reference.replace("8.30", "9.30"), FindingType.DATE)
    assert [(f.candidate_span.text, f.reference_span.text) for f in changed] == [("9.30 a.m.", "8.30 a.m.")]
    assert not [f for f in compare(reference, reference.replace("8.30", "9.30")).findings if f.type == FindingType.NUMBER]


def test_the_same_time_of_day_on_another_weekday_is_a_date_error():
    reference = "Forecasters issued a wind warning on Friday morning, valid from 9 p.m. on Saturday until 6 a.m. on Sunday."
    moved = [f for f in compare(reference, "A wind warning is in force from 9 p.m. Friday to 6 a.m. Sunday.", "summary").findings]
    assert [(f.type, f.candidate_span.text, f.reference_span.text) for f in moved] == [(FindingType.DATE, "Friday", "Saturday")]
    assert not compare(reference, "A wind warning is in force from 9 p.m. Saturday to 6 a.m. Sunday.", "summary").findings


def test_a_range_with_its_unit_written_once_after_a_hanging_hyphen_is_one_range():
    reference = "Coastguards said waves of four to six metres could hit the harbour wall overnight."
    assert serious(reference, "Four- to six-metre waves could hit the harbour wall overnight, coastguards said.") == []
    seven = "Four- to seven-metre waves could hit the harbour wall overnight, coastguards said."
    changed = findings_of(reference, seven, FindingType.NUMBER)
    assert [f.candidate_span.text for f in changed] == ["Four- to seven-metre"]


def test_before_and_after_the_same_event_is_a_date_error():
    finding = findings_of(
        "Residents left their homes before the river burst its banks.",
        "Residents left their homes after the river burst its banks.",
        FindingType.DATE,
    )
    assert finding and finding[0].candidate_span.text.startswith("after")
    assert serious("The vote came after the debate.", "The vote was held after the debate.") == []


def test_another_numbered_part_of_a_period_is_a_date_error():
    assert findings_of("Sales grew in the first quarter.", "Sales grew in the third quarter.", FindingType.DATE)
    assert serious("Sales grew in the first quarter.", "Sales grew in Q1.") == []


def test_calendar_year_for_a_relative_year_is_a_date_error_unless_the_text_gives_the_year():
    assert findings_of("The mill closed last year.", "The mill closed in 2016.", FindingType.DATE)
    assert serious("In 2018 the town grew. The mill closed last year.", "In 2018 the town grew. The mill closed in 2017.") == []


def test_ranges_of_years_agree_only_end_to_end():
    assert findings_of("He ran the agency between 2006 and 2011.", "He ran the agency between 2008 and 2011.", FindingType.DATE)


def test_amount_given_for_each_instead_of_once_is_noted():
    ref = "The mine shipped 40,000 tonnes of ore in its first four weeks."
    cand = "The mine shipped 40,000 tonnes of ore in each of its first four weeks."
    notes = [f for f in compare(ref, cand).findings if f.check == "numbers"]
    assert notes and notes[0].type == FindingType.NUMBER
    assert [f for f in compare(ref, ref.replace("The mine", "The company's mine")).findings if f.check == "numbers"] == []


def test_length_of_a_named_period_or_an_ordinal_supports_a_number():
    quiet = [
        ("Exports rose 4 percent in the year to March.", "Exports rose 4% in the 12 months to March."),
        ("Profit doubled in the first quarter.", "Profit doubled in the first three months."),
        ("It was the band's fourth album.", "It was the fourth of the band's four albums."),
    ]
    for ref, cand in quiet:
        assert [f for f in compare(ref, cand).findings if f.check == "numbers"] == [], cand


def test_fraction_before_a_comparative_is_a_share():
    assert one("Visitors rose by a fifth more than forecast.").states_same_amount(one("Visitors rose 20 percent more than forecast."))
    assert quantities("He won a third term.") == []  # an ordinal before its noun, no share


def test_temperatures_compare_across_scales_and_signs():
    assert serious("Highs of 35C are forecast.", "Highs of 95F are forecast.") == []
    assert serious("Lows of minus 7C are expected.", "Lows of -7C are expected.") == []
    assert findings_of("Highs of 35C are forecast.", "Highs of 38C are forecast.", FindingType.NUMBER)


def test_changed_rank_of_the_same_noun_is_a_number_error():
    assert findings_of("The striker scored in the ninth minute.", "The striker scored in the 19th minute.", FindingType.NUMBER)
    assert serious("Sales fell for a second consecutive year.", "Sales fell for the second year in a row.") == []


def test_percent_for_percentage_points_is_only_a_minor_note():
    ref = "Support rose 4 percentage points to 38 percent."
    cand = "Support rose 4% to 38%."
    assert serious(ref, cand) == []
    assert [f for f in compare(ref, cand).findings if f.check == "numbers"]


def test_double_as_a_plain_word_is_no_multiple():
    assert quantities("They booked a double room.") == []
    assert one("Profits doubled.").unit == "×"
