"""A denial said at another word, or as its condition, is the same statement ('no offender would have to travel' /
'offenders would not have to travel'; 'cannot be removed without permission' / 'permission is needed before anyone
removes it'; 'reach it for the first time in 150 years' / 'have not reached it for 150 years'; 'no fewer than four' is
a bound); and the denials that are not hidden: a clause under the verb ('have not ruled out that ...' / 'have ruled out
the possibility that ...'), the verb's event as a noun ('have not objected' / 'have raised objections'), a condition
denied itself ('a licence is not needed before ...'), a first time that has already come.

Every text here is made up for the test; none comes from the seed, the challenge or the evaluation sets.
"""

from __future__ import annotations

from helpers import of_type, serious

from factdiff.model import FindingType


def test_no_on_the_subject_denies_the_obligation():
    reference = "He said that tenants would not have to travel more than 30 kilometres to collect their keys."
    quiet = "He said that no tenant would have to travel further than 30km to collect their keys."
    assert not of_type(serious(reference, quiet), FindingType.POLARITY)
    flipped = "He said that tenants would have to travel more than 30 kilometres to collect their keys."
    assert of_type(serious(reference, flipped), FindingType.POLARITY)


def test_a_denial_lifted_by_its_condition_is_the_condition_said_another_way():
    reference = "The listed kilns cannot be demolished or altered without the council's consent."
    quiet = "The council's consent will be needed before anyone demolishes or alters the listed kilns."
    assert not of_type(serious(reference, quiet), FindingType.POLARITY)
    assert of_type(serious(reference, "The listed kilns can be demolished or altered."), FindingType.POLARITY)


def test_the_first_time_in_years_is_a_denial_for_those_years():
    reference = "The new ladder will allow eels to reach the upper lake for the first time in 80 years."
    quiet = "Eels will be able to swim to the upper lake, which they have not reached for 80 years, once the ladder is in."
    assert not serious(reference, quiet)


def test_no_fewer_than_is_a_bound_not_a_denial():
    reference = "Badgers have dug tunnels through four burial barrows."
    assert not of_type(serious(reference, "Badgers have dug tunnels through no fewer than four burial barrows."), FindingType.POLARITY)
    assert of_type(serious(reference, "Badgers have dug tunnels through no burial barrows."), FindingType.POLARITY)


def test_a_clause_under_the_denied_verb_does_not_hide_the_flip():
    reference = "Police have not ruled out that the stolen clocks may be offered to dealers abroad."
    flipped = "Police have ruled out the possibility that the stolen clocks will be offered to dealers abroad."
    assert of_type(serious(reference, flipped), FindingType.POLARITY)
    quiet = "Police have not excluded the possibility that the stolen clocks may be offered to dealers abroad."
    assert not of_type(serious(reference, quiet), FindingType.POLARITY)


def test_a_verb_denied_against_its_event_as_a_noun_is_found():
    reference = "Local anglers have not objected to the new weir, the trust said."
    assert of_type(serious(reference, "Local anglers have raised objections to the new weir, the trust said."), FindingType.POLARITY)
    assert not of_type(serious(reference, "Local anglers have raised no objections to the new weir, the trust said."), FindingType.POLARITY)
    reference = "Local anglers have objected to the new weir, the trust said."
    assert not of_type(serious(reference, "Local anglers have raised objections to the new weir, the trust said."), FindingType.POLARITY)


def test_what_has_not_happened_for_years_and_has_now_happened_still_conflict():
    reference = "Harlow Rovers have not won the county cup for 30 years."
    assert of_type(serious(reference, "Harlow Rovers won the county cup for the first time in 30 years."), FindingType.POLARITY)


def test_a_condition_denied_is_no_condition_said_another_way():
    reference = "The fossils from the Marl cliffs cannot be exported without a licence."
    flipped = "A licence is not needed before anyone exports the fossils from the Marl cliffs."
    assert of_type(serious(reference, flipped), FindingType.POLARITY)


def test_stopped_against_still_going_on_is_found_across_synonyms():
    reference = "The cellist no longer plays in public since her accident."
    assert of_type(serious(reference, "The cellist still performs in public despite her accident."), FindingType.POLARITY)
    assert not of_type(serious(reference, "Since her accident the cellist has stopped performing in public."), FindingType.POLARITY)


def test_two_nouns_of_one_event_are_one_object():
    reference = "The club said the switch followed complaints from neighbours; the council had not ordered the move."
    flipped = "The club is switching nights after neighbours complained and the council ordered the change."
    assert of_type(serious(reference, flipped, "summary"), FindingType.POLARITY)
    assert not of_type(serious("The party did not win a majority in the election.", "The party won the election."), FindingType.POLARITY)
