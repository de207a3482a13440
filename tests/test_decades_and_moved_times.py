"""Decades ('the 1990s', 'the late 1980s'), 'this July', and a time of day moved into another sentence and changed
there; and beside each, the rewording that must stay quiet.

Every text here is made up for the test; none comes from the seed, the challenge or the evaluation sets.
"""

from __future__ import annotations

from datetime import date

from helpers import of_type, serious

from factdiff.analyse.dates import normalise
from factdiff.model import FindingType


def test_decades_are_spans_of_ten_years():
    assert normalise("the 1990s") == ("absolute", "decade", date(1990, 1, 1), date(1999, 12, 31))
    assert normalise("the 1970's")[2:] == (date(1970, 1, 1), date(1979, 12, 31))
    low, high = normalise("the late 1980s")[2:]
    assert date(1985, 1, 1) <= high <= date(1989, 12, 31) and low.year >= 1984
    assert normalise("the 1800s")[1:] == ("century", date(1800, 1, 1), date(1899, 12, 31))  # '00s': the whole century


def test_centuries_are_spans_of_a_hundred_years():
    assert normalise("the 14th century")[1:] == ("century", date(1300, 1, 1), date(1399, 12, 31))
    assert normalise("17th-century")[2:] == normalise("the seventeenth century")[2:]
    reference = "The Corley mill was built in the 1800s."
    assert of_type(serious(reference, "The Corley mill was built in the 18th century."), FindingType.DATE)
    assert normalise("the 2000s")[1:] == ("decade", date(2000, 1, 1), date(2009, 12, 31))  # this century's '00s: the decade
    reference = "The Wendle hiring fair, first held in the 14th century, returns in October."
    assert not of_type(serious(reference, "The Wendle hiring fair, first held in the 1300s, returns in October."), FindingType.DATE)
    assert of_type(serious(reference, "The Wendle hiring fair, first held in the 1500s, returns in October."), FindingType.DATE)


def test_a_changed_decade_is_found():
    reference = "The Orrin mill will weave tartan again, which it has not done since the 1990s."
    found = of_type(serious(reference, "The Orrin mill will weave tartan again, which it last did in the 1980s."), FindingType.DATE)
    assert found and "1980s" in found[0].message
    quiet = "The Orrin mill will weave tartan again, which it last did in the 1990s."
    assert not of_type(serious(reference, quiet), FindingType.DATE)
    reference = "The chapel's roof was last releaded in the late 1970s."
    assert not of_type(serious(reference, "The chapel's roof was last releaded in 1978."), FindingType.DATE)
    assert of_type(serious(reference, "The chapel's roof was last releaded in 1962."), FindingType.DATE)


def test_this_month_is_the_month_of_this_year():
    assert normalise("this July") == normalise("July this year")
    assert normalise("this Monday")[0] == "deictic"  # a weekday, not a month
    reference = "The new parking charges will apply from 1 July next year."
    assert of_type(serious(reference, "The new parking charges will apply from this July."), FindingType.DATE)
    reference = "The new parking charges will apply from 1 July this year."
    assert not of_type(serious(reference, "The new parking charges will apply from this July."), FindingType.DATE)


def test_a_time_of_day_moved_to_another_sentence_and_changed_is_found():
    reference = (
        "A dyke on the Marle burst near the hamlet of Oudry on Tuesday, flooding 300 hectares of pasture. "
        "The breach, about 20 metres wide, opened at around 5 a.m. after two days of rain. "
        "Crews closed the gap by evening."
    )
    changed = (
        "About 300 hectares of pasture were flooded when a dyke on the Marle burst near Oudry at about 5 p.m. on Tuesday. "
        "The breach, some 20 metres across, followed two days of rain. "
        "Crews had closed the gap by evening."
    )
    found = of_type(serious(reference, changed), FindingType.DATE)
    assert found and "5 a.m." in found[0].message
    faithful = changed.replace("5 p.m.", "5 a.m.")
    assert not of_type(serious(reference, faithful), FindingType.DATE)


def test_a_time_worked_out_from_another_is_not_a_moved_time():
    reference = "The Tarn lifeboat was launched at 4.15 a.m. The crew found the dinghy an hour later."
    faithful = "The Tarn lifeboat was launched before dawn. The crew found the dinghy at 5.15 a.m., an hour after setting out."
    assert not of_type(serious(reference, faithful), FindingType.DATE)


def test_before_and_after_the_same_thing_named_a_little_otherwise():
    reference = "The council said it would study the ferry proposal before the next season."
    found = of_type(serious(reference, "The council said it would examine the ferry proposal after the coming season."), FindingType.DATE)
    assert found
    quiet = "The council said it would examine the ferry proposal ahead of the coming season."
    assert not of_type(serious(reference, quiet), FindingType.DATE)


def test_the_last_and_the_new_season_are_two_seasons_and_a_numbered_ship_no_denial():
    reference = "The Lune Rovers pitch was relaid after the last season."
    assert not of_type(serious(reference, "The Lune Rovers pitch was relaid before the new season."), FindingType.DATE)
    assert not serious("The coaster Seiwa Maru No 12 sank near Oki.", "The coaster Seiwa Maru 12 sank near Oki.")
    assert not serious("May brought record rainfall to Tolby.", "Tolby had record rainfall in May.")
