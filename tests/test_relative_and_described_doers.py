"""Parties of a deed read through a relative clause and a description: 'Coach X, who trained Y as a junior' / 'Coach
X, who was trained as a junior by Y' (the agent the parse hangs on 'junior'); 'the Orchard Inn, which had objected
that ...' / 'the cafe had objected that ...' (the cafe being 'the Willow cafe' named before it); the surname alone,
tagged a common noun, still the person named in full before.

Every text here is made up for the test; none comes from the seed, the challenge or the evaluation sets.
"""

from __future__ import annotations

from helpers import of_type, serious

from factdiff.analyse.document import analyse
from factdiff.model import FindingType
from factdiff.read import source_from_text


def test_doer_and_done_to_traded_in_a_relative_clause_are_found():
    reference = (
        "The sessions will be led by the club's coach, former national champion Tomasz Wierzba, who trained the "
        "current world champion Ola Brzezińska as a junior."
    )
    candidate = (
        "They will be run by the club's coach, former national champion Tomasz Wierzba, who was trained as a junior "
        "by the current world champion Ola Brzezińska."
    )
    found = of_type(serious(reference, candidate), FindingType.ROLE)
    assert found and "Tomasz Wierzba" in found[0].message


def test_the_same_deed_told_in_the_passive_is_not_flagged():
    reference = "The club's coach, Tomasz Wierzba, who trained the world champion Ola Brzezińska as a junior, will lead the sessions."
    candidate = "The world champion Ola Brzezińska was trained as a junior by the club's coach, Tomasz Wierzba, who will lead the sessions."
    assert not of_type(serious(reference, candidate), FindingType.ROLE)


def test_an_objection_given_to_the_party_it_was_about_is_found():
    reference = (
        "Hexley Borough Council has granted a street licence to the Willow cafe after a long dispute with the "
        "neighbouring Orchard Inn, which had objected that outdoor benches blocked its fire exit."
    )
    candidate = (
        "Hexley Borough Council has granted the Willow cafe a street licence, ending a long dispute in which the cafe "
        "had objected that the Orchard Inn's outdoor benches blocked its fire exit."
    )
    found = serious(reference, candidate, mode="summary")
    assert any("Willow" in f.message and "Orchard Inn" in f.message for f in of_type(found, FindingType.ENTITY))


def test_a_surname_tagged_as_a_noun_is_the_person_named_before():
    doc = analyse(
        source_from_text(
            "The league has hired veteran referee Earl Pettibone to train new referees. Pettibone, 68, has refereed for 40 years.",
            "reference",
        )
    )
    full = next(m for m in doc.entities if m.text == "Earl Pettibone")
    assert any(m.text == "Pettibone" and m.cid == full.cid for m in doc.entities)


def test_a_surname_the_tagger_calls_a_place_is_the_person():
    reference = "Longtime ferryman Silas Crewe has made his last crossing of the Tamble estuary. Crewe, 74, first took the tiller in 1969."
    candidate = "Silas Crewe, 74, who first took the tiller in 1969, has made his last crossing of the Tamble estuary."
    assert not of_type(serious(reference, candidate, mode="summary"), FindingType.ENTITY)


def test_a_place_after_to_and_by_is_no_doer():
    reference = "The statue was moved to a park by Lake Ferran in 1990, the Ferran Trust said."
    candidate = "The Ferran Trust said the statue was moved in 1990 to a park by Lake Ferran."
    assert not serious(reference, candidate)
