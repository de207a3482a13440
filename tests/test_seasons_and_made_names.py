"""A season the tagger leaves out of its dates ('in the autumn' / 'in the spring') is still a date that can change;
and a place renamed with a word of another name of the text ('the Santa Lucia clinic' where the reference has 'the
Santa Rosa clinic' and Lucia Ferrante is the charity's director) is another place.

Every text here is made up for the test; none comes from the seed, the challenge or the evaluation sets.
"""

from __future__ import annotations

from helpers import of_type, serious

from factdiff.model import FindingType

CAMPAIGN = "The Corvo Trust collected 800 pairs of glasses for a clinic in Nesso. "


def test_a_season_changed_is_found():
    reference = CAMPAIGN + "The trust plans to hold the collection again in the autumn."
    changed = CAMPAIGN + "The trust intends to hold the collection again in the spring."
    found = of_type(serious(reference, changed), FindingType.DATE)
    assert found and "autumn" in found[0].message


def test_the_same_season_put_elsewhere_is_not_flagged():
    reference = CAMPAIGN + "The trust plans to hold the collection again in the autumn."
    faithful = CAMPAIGN + "In the autumn the trust plans to hold the collection again."
    assert not of_type(serious(reference, faithful), FindingType.DATE)


def test_a_season_noun_that_is_no_date_is_not_read():
    reference = CAMPAIGN + "Volunteers sorted the glasses over the summer months."
    faithful = CAMPAIGN + "Volunteers sorted the glasses during the summer months."
    assert not of_type(serious(reference, faithful), FindingType.DATE)


def test_a_place_renamed_with_a_word_of_another_name_is_found():
    reference = (
        "Director Lucia Ferrante said the glasses would be fitted free at the Santa Rosa eye clinic in Nesso. "
        "The charity wants to repeat the collection next year."
    )
    changed = (
        "According to director Lucia Ferrante, the glasses will be fitted free at the Santa Lucia eye clinic in Nesso. "
        "The charity wants to repeat the collection next year."
    )
    found = of_type(serious(reference, changed), FindingType.ENTITY)
    assert found and "Santa Rosa" in found[0].message


def test_an_age_given_to_another_person_is_found():
    reference = (
        "The Harbour Dogs, a jazz band formed by ferrymen Colin Dace and Peter Rook, played their first concert in Wexby "
        "in 1958. Dace, now 91, will unveil a plaque at the hall on Sunday."
    )
    changed = (
        "The Harbour Dogs, the jazz band formed by ferrymen Colin Dace and Peter Rook, first played in Wexby in 1958. "
        "Rook, 91, will do the honours when a plaque goes up at the hall on Sunday."
    )
    found = of_type(serious(reference, changed, "summary"), FindingType.ENTITY)
    assert found and "Dace" in found[0].message
    faithful = changed.replace("Rook, 91,", "Dace, 91,")
    assert not of_type(serious(reference, faithful, "summary"), FindingType.ENTITY)


def test_a_year_moved_to_another_event_of_the_sentence_is_found():
    reference = (
        "A bench will honour the Gull Street Players, a brass group that gave its first concert at the Corn Exchange in "
        "Hadley in 1962. The group, founded by miners Tom Barr and Len Hoyle, made three records before disbanding in 1971."
    )
    changed = (
        "A bench will honour the Gull Street Players, the brass group founded by miners Tom Barr and Len Hoyle, who gave "
        "their first concert at Hadley's Corn Exchange in 1971 and made three records before disbanding."
    )
    found = of_type(serious(reference, changed, "summary"), FindingType.DATE)
    assert found and "1962" in found[0].message
    faithful = changed.replace("in 1971 and", "in 1962 and")
    assert not of_type(serious(reference, faithful, "summary"), FindingType.DATE)


def test_a_word_of_another_name_put_in_a_name_slot_is_found():
    reference = (
        "Ashcombe House will open its tulip garden for two weekends in April. The trust asked visitors to take the "
        "shuttle bus from Dunley station, as parking is limited to 80 cars."
    )
    changed = (
        "Ashcombe House's tulip garden will be open on two weekends in April. Visitors have been asked to take the "
        "shuttle bus from Ashcombe station because the car park holds only 80 cars."
    )
    found = of_type(serious(reference, changed), FindingType.ENTITY)
    assert found and "Dunley" in found[0].message


def test_next_month_named_changed_is_found():
    reference = "The council will open the new ferry terminal from next April, the harbour master said on Monday."
    changed = "The new ferry terminal will open from next January, the harbour master said."
    found = of_type(serious(reference, changed), FindingType.DATE)
    assert found and "next April" in found[0].message
    faithful = "The new ferry terminal will open from April next year, the harbour master said on Monday."
    assert not of_type(serious(reference, faithful), FindingType.DATE)


def test_a_part_of_a_place_said_of_another_side_is_found():
    reference = "The ministry will build a 40-kilometre fence along part of the country's western border, officials said."
    changed = "The ministry will build a 40 km fence along part of the northern border, officials said."
    found = of_type(serious(reference, changed), FindingType.ENTITY)
    assert found and "western border" in found[0].message
    faithful = "Officials said the ministry will put up a 40 km fence on part of the western border."
    assert not of_type(serious(reference, faithful), FindingType.ENTITY)
    named = "The ministry will build a 40 km fence along part of the border with North Marland, officials said."
    assert not [f for f in serious(named, named.replace("North Marland", "South Marland")) if "another side" in f.message]


def test_an_inspection_told_as_a_restoration_is_found():
    reference = "Last month engineers from the county council inspected the Victorian footbridge over the River Lune."
    changed = "The Victorian footbridge over the River Lune was restored last month by engineers from the county council."
    found = of_type(serious(reference, changed), FindingType.EVENT)
    assert found and "inspected" in found[0].message
    faithful = "The Victorian footbridge over the River Lune was examined last month by engineers from the county council."
    assert not of_type(serious(reference, faithful), FindingType.EVENT)
