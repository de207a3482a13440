"""Parties told apart: a description with its own kind ('the regional health board') is not the last name read
('Delacourt & Finch'); 'the cooperative' the tagger calls an adjective is still the Cooperative named before; a verb
with and without its particle ('hand' / 'hand over') is one deed whose sides can be exchanged; two bodies with the same
tail and no word in common before it ('Brindle Mill Preservation Society' / 'Oxley Cross Preservation Society') are
two bodies; a count moved onto another noun ('three incidents' where 'three' counted insurers) is a changed figure,
a subset counted ('of the five ferries, two') is not, and a figure bounded the other way ('no more than 40' / 'more
than 40') is another claim.

Every text here is made up for the test; none comes from the seed, the challenge or the evaluation sets.
"""

from __future__ import annotations

from helpers import of_type, serious

from factdiff.model import FindingType

DEAL = (
    "The Tarrow Cooperative, which represents about 90 oyster growers, has signed a supply deal with the restaurant group "
    "Pell & Harte. The group will buy at least half of the cooperative's harvest. "
)


def test_a_verb_with_its_particle_keeps_its_sides():
    reference = DEAL + "Separately, the regional water board will hand control of the hatchery to the cooperative next year."
    swapped = DEAL + "Separately, the cooperative will hand over control of the hatchery to the regional water board next year."
    found = of_type(serious(reference, swapped), FindingType.ROLE)
    assert found
    faithful = DEAL + "Separately, the regional water board will hand over control of the hatchery to the cooperative next year."
    assert not of_type(serious(reference, faithful), FindingType.ROLE)


def test_another_body_of_the_same_kind_is_found():
    reference = (
        "The restored kiln at Greyhollow Farm in the village of Ashby Dene will fire its first pots next month. "
        "The work was led by the Greyhollow Farm Heritage Society and paid for by a lottery grant."
    )
    swapped = (
        "Next month the restored kiln at Greyhollow Farm, in the village of Ashby Dene, will fire its first pots. "
        "The work, led by the Ashby Dene Heritage Society, was paid for by a lottery grant."
    )
    found = of_type(serious(reference, swapped), FindingType.ENTITY)
    assert found and "Greyhollow Farm Heritage Society" in found[0].message
    faithful = swapped.replace("Ashby Dene Heritage Society", "Greyhollow Farm Heritage Society")
    assert not of_type(serious(reference, faithful), FindingType.ENTITY)


def test_a_count_moved_onto_another_noun_is_found_in_a_summary():
    reference = (
        "Organisers of the Hollin show have cancelled this year's tractor pull after their insurer refused to renew cover. "
        "The pull drew about 4,000 people last year. "
        "The insurer cited two accidents last year in which spectators were hurt. "
        "The show has approached three other insurers but none has offered a policy."
    )
    changed = (
        "The Hollin show has cancelled its tractor pull because its insurer would not renew cover, citing three accidents "
        "last year in which spectators were hurt. Three other insurers have been approached."
    )
    found = of_type(serious(reference, changed, "summary"), FindingType.NUMBER)
    assert found and "two" in found[0].message
    assert not of_type(serious(reference, changed.replace("citing three", "citing two"), "summary"), FindingType.NUMBER)


def test_a_particle_that_makes_another_verb_is_no_exchange():
    reference = "Pella Homes took the Vinter family to court, and the family then took over the Pella Homes site."
    faithful = "The Vinter family, which Pella Homes had taken to court, then took over the Pella Homes site."
    assert not of_type(serious(reference, faithful), FindingType.ROLE)


def test_a_subset_counted_is_no_moved_figure():
    reference = "Of the five ferries on the Skerra route, two were cancelled, stranding two coach parties."
    faithful = "Two ferries were cancelled on the Skerra route, stranding two coach parties."
    assert not of_type(serious(reference, faithful), FindingType.NUMBER)
    reference = "Inspectors visited six farms and found problems at two sites."
    assert of_type(serious(reference, "Inspectors visited two farms and found problems at six sites."), FindingType.NUMBER)


def test_a_figure_bounded_the_other_way_is_found():
    reference = "No more than 40 people attended the hearing in Wexley."
    found = of_type(serious(reference, "More than 40 people attended the hearing in Wexley."), FindingType.NUMBER)
    assert found and "No more than 40" in found[0].message
    assert not of_type(serious(reference, "At most 40 people attended the hearing in Wexley."), FindingType.NUMBER)
    reference = "Over 40 people attended the hearing in Wexley."
    assert of_type(serious(reference, "Up to 40 people attended the hearing in Wexley."), FindingType.NUMBER)
    assert not of_type(serious(reference, "More than 40 people attended the hearing in Wexley."), FindingType.NUMBER)


def test_a_name_made_with_another_name_of_the_text_is_found():
    reference = (
        "Clockmaker Pell & Sons will close its workshop in Ashwick after 60 years. Two staff will carry on at a unit in "
        "nearby Brandle. The founder will give his tools to the Ashwick Museum."
    )
    changed = reference.replace("to the Ashwick Museum", "to the Brandle Museum")
    found = of_type(serious(reference, changed), FindingType.ENTITY)
    assert found and "Ashwick Museum" in found[0].message
    reference = "The town of Kelby will build a sauna on the shore of Lake Orrin, the council of Kelby decided."
    changed = "The town of Kelby will build a sauna on the shore of Lake Kelby, the council decided."
    assert of_type(serious(reference, changed), FindingType.ENTITY)
    assert not of_type(serious(reference, "Kelby will build a sauna by Lake Orrin, the Kelby council decided."), FindingType.ENTITY)


def test_a_description_said_before_is_that_party_not_the_last_name():
    reference = (
        "The Kelby tramway will run all summer after the borough council agreed a deal with the operator, Shore Heritage "
        "Trams. Under the deal, the council will pay the company £90,000 a year."
    )
    swapped = "The Kelby tramway will run all summer under a deal in which Shore Heritage Trams will pay the borough council £90,000."
    assert of_type(serious(reference, swapped, "summary"), FindingType.ROLE)
    faithful = "The Kelby tramway will run all summer under a deal in which the borough council will pay Shore Heritage Trams £90,000."
    assert not of_type(serious(reference, faithful, "summary"), FindingType.ROLE)


def test_bounds_of_two_things_are_not_turned():
    reference = "Small boats carry up to 12 people. Large ones carry more than 12."
    assert not of_type(serious(reference, "Large boats carry over 12 people, and small ones up to 12."), FindingType.NUMBER)


def test_a_holder_of_a_lease_from_a_party_receives_it():
    reference = "The council has leased the old green to the Hexley Orchard Group for 25 years."
    faithful = "The Hexley Orchard Group has a 25-year lease on the old green from the council."
    assert not of_type(serious(reference, faithful), FindingType.ROLE)


def test_a_surname_alone_is_the_person_whatever_its_tag():
    reference = "Varnell Energy cut 300 jobs, its owner Dana Cole said. Union official Mark Bell said demand had not fallen."
    moved = "Varnell Energy cut 300 jobs, its owner Dana Cole said. Cole said demand had not fallen."
    assert of_type(serious(reference, moved), FindingType.ATTRIBUTION)
    faithful = "Varnell Energy cut 300 jobs, owner Dana Cole said. Mark Bell, a union official, said demand had not fallen."
    assert not serious(reference, faithful)
