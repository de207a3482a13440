"""Readings from stop 83: a change done to one thing against another thing moving; a change done to a thing against
the thing changing itself; a date of the candidate's deed said of its own doer; a chance given as leave; one request
in two verbs; 'local' and 'the town's' in a post; the 'it' that anticipates a clause; a length of time before 'ago';
the week of a month; two deeds put in the other order; signs that point to a thing; a 'with' phrase that says which
of a counted class; a plan put forward against one approved; animals that died against animals culled. The guards hold
each reading to its reach.

Every text here is made up for the test; none comes from the seed, the challenge or the evaluation sets.
"""

from __future__ import annotations

from helpers import of_type, serious

from factdiff import compare
from factdiff.analyse.claims import _empty_it
from factdiff.analyse.document import analyse
from factdiff.analyse.pipeline import load_nlp
from factdiff.checks.entities import _unmatched
from factdiff.model import FindingType, Severity
from factdiff.read import source_from_text


def _dates(text: str):
    return analyse(source_from_text(text, "candidate")).dates


# --- polarity -------------------------------------------------------------------------------------------------------


def test_two_things_that_move_are_no_opposite():
    reference = "Tarnby Borough Council said it would install new flood gauges and lower the water level in the canal basin by May."
    candidate = "By May, Tarnby Borough Council says, the water level in the canal basin will fall, and new flood gauges will go up."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)
    # (the same level moved the other way is still an opposite)
    candidate = "By May, Tarnby Borough Council says, the water level in the canal basin will go up."
    assert of_type(serious(reference, candidate), FindingType.POLARITY)


def test_a_change_done_to_a_thing_against_the_thing_changing_itself():
    reference = "The ferry operator reduced the island fare in March."
    candidate = "The island fare went up in March."
    assert of_type(serious(reference, candidate), FindingType.POLARITY)
    candidate = "The island fare went down in March."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


# --- dates ----------------------------------------------------------------------------------------------------------


def test_a_date_said_of_its_own_doer_is_not_moved_to_the_other_deed():
    reference = "Work is due to start on 4 May, meaning the track should be ready before the racing season opens in late July."
    candidate = "Work is scheduled to begin on 4 May, so the track should be finished before the racing season starts at the end of July."
    assert not of_type(serious(reference, candidate), FindingType.DATE)
    # (a date put on the deed another date dates is still moved)
    reference = "The lido closed for repairs on 3 June and announced its winter programme on 21 August."
    candidate = "The lido, which closed on 21 August, has announced its winter programme."
    assert of_type(serious(reference, candidate), FindingType.DATE)


def test_a_length_of_time_before_ago_is_no_part_of_the_date():
    dates = _dates("Waits have risen to 20 days, up from 12 days three years ago.")
    assert "three years ago" in [d.text for d in dates] and not any(d.text.startswith("12 days") for d in dates)
    reference = "Patients wait an average of 20 days, up from 12 days three years ago, the board said on Monday."
    candidate = "The average wait has risen to 20 days from 12 days last year, the board said on Monday."
    assert of_type(serious(reference, candidate), FindingType.DATE)


def test_the_week_of_a_month():
    dates = _dates("The storm in the last week of March flooded the valley.")
    assert len(dates) == 1 and (dates[0].low.month, dates[0].low.day, dates[0].high.day) == (3, 24, 31)
    # (a week of a year or of something else is not read as a part of it)
    assert not any(d.text.startswith("the final week") for d in _dates("It closes in the final week of 2027."))
    reference = "The agency said the storm in the last week of March had flooded about a fifth of the valley's farms."
    candidate = "About a fifth of the valley's farms were flooded by the storm in the first week of April, the agency said."
    assert of_type(serious(reference, candidate), FindingType.DATE)
    candidate = "About a fifth of the valley's farms were flooded by the storm in late March, the agency said."
    assert not of_type(serious(reference, candidate), FindingType.DATE)


def test_two_deeds_put_in_the_other_order():
    reference = "The trust said it would seek planning permission before looking for sponsors."
    candidate = "The trust said it would look for sponsors before seeking planning permission."
    assert of_type(serious(reference, candidate), FindingType.DATE)
    # ('B after A' for 'A before B' is the same order)
    candidate = "The trust said it would look for sponsors after seeking planning permission."
    assert not of_type(serious(reference, candidate), FindingType.DATE)
    reference = "The museum reopened after the director resigned."
    candidate = "The director resigned after the museum reopened."
    assert of_type(serious(reference, candidate), FindingType.DATE)


# --- modality -------------------------------------------------------------------------------------------------------


def test_a_chance_given_is_leave_not_a_deed():
    reference = "Stallholders will be allowed to sell their remaining stock for three months after the market closes."
    candidate = "Stallholders will have a three-month window after the market closes to clear their remaining stock."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)
    candidate = "Stallholders will be given the opportunity to sell their remaining stock for three months after the market closes."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)
    candidate = "Stallholders will sell their remaining stock for three months after the market closes."
    assert of_type(serious(reference, candidate), FindingType.MODALITY)


def test_signs_that_point_to_a_thing_leave_it_open():
    reference = "Sergeant Tom Avery said early indications were that the cyclist had been hit by a van turning left."
    candidate = "Sergeant Tom Avery said the cyclist had been hit by a van turning left."
    found = of_type(serious(reference, candidate), FindingType.MODALITY)
    assert found and all(f.severity == Severity.MAJOR for f in found)
    candidate = "Sergeant Tom Avery said early signs were that the cyclist had been hit by a van turning left."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)


# --- events ---------------------------------------------------------------------------------------------------------


def test_one_request_in_two_verbs_of_asking():
    reference = "Inspector Maya Lund appealed for anyone who saw the collision on the Ferrow road to come forward."
    candidate = "Inspector Maya Lund asked anyone who saw the collision on the Ferrow road to get in touch."
    assert not of_type(serious(reference, candidate), FindingType.EVENT)


def test_a_plan_put_forward_is_not_a_plan_approved():
    reference = "Library opening hours will be cut from April under plans approved by the county cabinet on Monday to save £400,000."
    candidate = "Library opening hours will be cut from April under plans put forward by the county cabinet on Monday to save £400,000."
    assert of_type(serious(reference, candidate), FindingType.EVENT)
    candidate = "Library opening hours will be cut from April under plans adopted by the county cabinet on Monday to save £400,000."
    assert not of_type(serious(reference, candidate), FindingType.EVENT)


# --- entities and roles ---------------------------------------------------------------------------------------------


def test_local_and_the_towns_say_one_post():
    reference = "Local MP Dafydd Rhys, who campaigned for the bus route, said the village had been 'cut off' by the cuts."
    candidate = "Dafydd Rhys, the town's MP, who had pressed for the bus route, said the cuts had left the village 'cut off'."
    assert not of_type(serious(reference, candidate), FindingType.ENTITY)
    # ('local' is the place's own level, not another: a county or a region is no 'local')
    assert not _unmatched(frozenset({"town"}), frozenset({"local"}))
    assert _unmatched(frozenset({"county"}), frozenset({"local"})) == {"county"}


def test_the_it_that_anticipates_a_clause_stands_for_no_party():
    nlp = load_nlp()
    assert _empty_it(nlp("It took the crews six hours to clear the road.")[0])
    assert _empty_it(nlp("It is unclear whether the road will reopen.")[0])
    assert not _empty_it(nlp("It took the council to court.")[0])
    assert not _empty_it(nlp("It was built to carry twelve people.")[0])
    reference = "The fire spread to a barn near Kelsby. Crews needed six hours to bring it under control."
    candidate = "The fire spread to a barn near Kelsby. It took crews six hours to get it under control."
    assert not of_type(serious(reference, candidate), FindingType.ROLE)


# --- omission -------------------------------------------------------------------------------------------------------


def test_a_with_phrase_that_says_which_of_a_counted_class():
    reference = "The new unit at Harwell will house up to 40 children with complex disabilities in six houses."
    candidate = "The new unit at Harwell will accommodate as many as 40 children in six houses."
    found = of_type(serious(reference, candidate), FindingType.OMISSION)
    assert found and found[0].reference_span.text == "with complex disabilities"
    # (the class kept with words of its own is the phrase said another way)
    candidate = "The new unit at Harwell will accommodate as many as 40 severely disabled children in six houses."
    assert not of_type(serious(reference, candidate), FindingType.OMISSION)


def test_animals_that_died_are_not_animals_culled():
    reference = "About 300 pigs on the Hallow farm will be culled, the agriculture ministry said."
    candidate = "About 300 pigs on the Hallow farm have died, the agriculture ministry said."
    assert of_type(serious(reference, candidate), FindingType.EVENT)
    # (the reference's own deaths told beside the cull are no other outcome)
    reference = "About 300 pigs on the Hallow farm will be culled after 20 died of the fever."
    candidate = "About 300 pigs will be slaughtered after 20 died of the fever."
    assert not of_type(serious(reference, candidate), FindingType.EVENT)


# --- guards from a reviewer's read of this stop's readings -----------------------------------------------------------


def test_a_denied_order_is_no_swap():
    reference = "The bridge will be inspected before it reopens."
    candidate = "The bridge will not reopen before it has been inspected."
    assert not of_type(serious(reference, candidate), FindingType.DATE)


def test_a_date_moved_to_another_deed_of_the_same_doer_is_still_moved():
    reference = "Orwell Council approved the scheme on 3 May, and work on the bridge will begin on 9 June."
    candidate = "Orwell Council approved the scheme, and the council will begin work on the bridge on 3 May."
    assert of_type(serious(reference, candidate), FindingType.DATE)


def test_one_length_before_ago_is_kept_whole():
    assert "3 years 6 months ago" in [d.text for d in _dates("Brandt joined the club 3 years 6 months ago.")]
    reference = "Brandt joined Kelso Rovers 3 years 6 months ago, the club said."
    candidate = "Brandt joined Kelso Rovers six months ago, the club said."
    assert of_type(serious(reference, candidate), FindingType.DATE)


def test_a_chance_taken_is_a_deed_and_a_chance_denied_no_leave():
    reference = "Mayor Ines Carrow thanked the volunteers who had cleared the flooded streets."
    candidate = "Mayor Ines Carrow took the chance to thank the volunteers who had cleared the flooded streets."
    assert not of_type(compare(reference, candidate, mode="rewrite").findings, FindingType.MODALITY)
    reference = "Stallholders will be allowed to sell their remaining stock after the market closes."
    for candidate in (
        "Stallholders will not be given the chance to sell their remaining stock after the market closes.",
        "Stallholders will have no chance to sell their remaining stock after the market closes.",
    ):
        assert of_type(serious(reference, candidate), FindingType.MODALITY)


def test_goods_that_arrived_were_delivered():
    reference = "Harwick Council ordered 12 electric buses last year, and they arrived in May."
    candidate = "Harwick Council's 12 electric buses were delivered in May."
    assert not of_type(serious(reference, candidate), FindingType.EVENT)


def test_an_appeal_against_is_no_call_for():
    reference = "Dunmore Rovers appealed against the stadium ban imposed by the league."
    candidate = "Dunmore Rovers called for the stadium ban imposed by the league."
    assert of_type(compare(reference, candidate, mode="rewrite").findings, FindingType.EVENT)


def test_a_death_left_out_stays_a_major_omission():
    reference = "Fire crews went to the Pellow farm on Monday night, but one worker died."
    candidate = "Fire crews went to the Pellow farm on Monday night."
    assert of_type(serious(reference, candidate), FindingType.OMISSION)


def test_it_that_stands_for_the_thing_done_to_is_a_party():
    nlp = load_nlp()
    assert not _empty_it(nlp("It will cost £2m to repair.")[0])
    assert not _empty_it(nlp("It took two years to build.")[0])
    assert _empty_it(nlp("It will take two years to rebuild the bridge.")[0])


def test_a_sign_said_on_both_sides_is_one_hedge():
    reference = "Keeper Ana Ruiz said the otters had eaten on their first day, a good sign that they were settling in."
    candidate = "The otters fed on their first day, which keeper Ana Ruiz said was a good sign they were settling in."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)
    # (signs that someone put up are no hedge of what they did)
    reference = "Police said signs they put up on the road warned drivers."
    candidate = "Police said the signs put up on the road warned drivers."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)


def test_a_deed_given_to_another_body_the_reference_names():
    reference = "The pool will stay open after the parish council agreed to fund it. A grant from the district council had run out."
    candidate = "The pool will stay open after the district council decided to finance it."
    assert of_type(serious(reference, candidate), FindingType.ENTITY)
    # (the same body named again, or by a noun a text uses for any body, is no other party)
    candidate = "The pool will stay open after the council agreed to pay for it, once a district council grant ran out."
    assert not of_type(serious(reference, candidate), FindingType.ENTITY)
    reference = "The county council agreed to fund the pool. The local authority said it was a priority."
    candidate = "The local authority agreed to fund the pool, saying it was a priority."
    assert not of_type(serious(reference, candidate), FindingType.ENTITY)


def test_a_clear_sign_and_a_sign_on_a_post_are_no_hedge():
    reference = "Warden Ida Lenk said the return of the terns was a clear sign that the clean-up had worked."
    candidate = "Warden Ida Lenk said the clean-up had succeeded, as the return of the terns showed."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)
    reference = "The council will put up signs advising against swimming for two days after storms."
    candidate = "The council will put up signs recommending that people do not swim for two days after storms."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)
