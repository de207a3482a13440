"""Readings from stop 54: what passes between the two sides of a converse ('sold the court to B' / 'B bought the court
from A'), 'granted' / 'received', one noun for two things in a role's slot, 'could' of a thing against 'were able to',
'from X to Y' with the step of a change, a share of a counted whole against a count of it, a count of part of the same
things, a verb with its particle against its opposite ('opting out' / 'join'), a claim given to a party the candidate
describes.

Every text here is made up for the test; none comes from the seed, the challenge or the evaluation sets.
"""

from __future__ import annotations

from helpers import of_type, serious

from factdiff.model import FindingType

# --- roles -----------------------------------------------------------------------------------------------------------


def test_what_is_sold_keeps_its_slot_when_the_sale_is_told_from_the_buyer():
    reference = "The Harbour Board has sold the former Dunmore Customs House to a housing trust for £2 million."
    candidate = "A housing trust, Kellan Homes, has bought the former Dunmore Customs House from the Harbour Board for £2m."
    assert not of_type(serious(reference, candidate), FindingType.ROLE)


def test_a_sale_the_other_way_is_still_found():
    reference = "The Harbour Board has sold the former Dunmore Customs House to Kellan Homes for £2 million."
    candidate = "The Harbour Board has bought the former Dunmore Customs House from Kellan Homes for £2m."
    assert of_type(serious(reference, candidate), FindingType.ROLE)


def test_granted_is_received_from_the_other_side():
    reference = "The Marine Directorate has granted Selkie Farms a licence to farm mussels in the bay, the company said."
    candidate = "Selkie Farms said it had received a licence from the Marine Directorate to farm mussels in the bay."
    assert not serious(reference, candidate)


def test_received_from_the_wrong_side_is_still_found():
    reference = "The Marine Directorate has granted Selkie Farms a licence to farm mussels in the bay, the company said."
    candidate = "The Marine Directorate said it had received a licence from Selkie Farms to farm mussels in the bay."
    assert of_type(serious(reference, candidate), FindingType.ROLE)


def test_one_noun_for_two_things_is_no_swap():
    reference = "The tests were carried out by the independent laboratory Vetrix using isotope analysis."
    candidate = "Vetrix, an independent laboratory, carried out the analyses using isotope testing."
    assert not of_type(serious(reference, candidate), FindingType.ROLE)


def test_a_deed_given_to_another_party_than_the_person_named_beside_a_description():
    reference = (
        "Northline Rail cancelled 400 trains last week because of a signalling fault, the company admitted on Friday. "
        "The head of the rail regulator, Tomas Brede, called the failure 'unacceptable' and said he had ordered a review."
    )
    candidate = "Northline Rail cancelled 400 trains last week after a signalling fault. Northline Rail called the failure 'unacceptable'."
    assert serious(reference, candidate, "summary")


def test_the_person_named_beside_a_description_kept_is_quiet():
    reference = (
        "Northline Rail cancelled 400 trains last week because of a signalling fault, the company admitted on Friday. "
        "The head of the rail regulator, Tomas Brede, called the failure 'unacceptable' and said he had ordered a review."
    )
    candidate = "Northline Rail cancelled 400 trains last week after a signalling fault. Tomas Brede called the failure 'unacceptable'."
    assert not serious(reference, candidate, "summary")


# --- entities --------------------------------------------------------------------------------------------------------


def test_a_body_of_another_field():
    reference = "The head of the regional customs office, Anna Lind, said the shipment had been registered by a trading firm."
    candidate = "Anna Lind, head of the regional fisheries office, said the shipment had been registered by a trading firm."
    assert of_type(serious(reference, candidate), FindingType.ENTITY)


def test_a_body_of_the_same_field_in_other_words_is_quiet():
    reference = "The head of the regional environment office, Anna Lind, said the permit had been granted to a trading firm."
    candidate = "Anna Lind, head of the regional environmental office, said the permit had been granted to a trading firm."
    assert not of_type(serious(reference, candidate), FindingType.ENTITY)


def test_a_body_owned_by_its_place_in_other_words_is_quiet():
    reference = "The head of the provincial culture office, Anna Lind, said the festival would go ahead in June."
    candidate = "Anna Lind, head of the province's cultural affairs office, said the festival would go ahead in June."
    assert not of_type(serious(reference, candidate), FindingType.ENTITY)


# --- modality --------------------------------------------------------------------------------------------------------


def test_what_a_thing_could_do_is_what_it_was_able_to_do():
    reference = "The council said that buses could still reach the village from the east."
    candidate = "The council said that buses were still able to get to the village from the east."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)


def test_a_could_that_looks_ahead_is_still_no_ability():
    reference = "Officials said the ferry could resume sailings in March."
    candidate = "Officials said the ferry was able to resume sailings in March."
    assert of_type(serious(reference, candidate), FindingType.MODALITY)


# --- numbers ---------------------------------------------------------------------------------------------------------


def test_the_end_of_a_change_from_one_level_to_another_told_as_its_step():
    reference = "The brewery is increasing annual output from 20,000 to 35,000 barrels, the company said."
    candidate = "The brewery is raising its annual output by 35,000 barrels, the company said."
    assert of_type(serious(reference, candidate), FindingType.NUMBER)


def test_the_end_of_a_change_from_one_level_to_another_kept():
    reference = "The brewery is increasing annual output from 20,000 to 35,000 barrels, the company said."
    candidate = "The brewery is raising its annual output to 35,000 barrels from 20,000, the company said."
    assert not of_type(serious(reference, candidate), FindingType.NUMBER)


def test_the_step_for_the_end_in_a_summary_sentence_that_merges_several():
    reference = (
        "The Kestrel Museum will close in June, its owner said. The owner cited the cost of a new roof. "
        "Visitor numbers dropped from about 90,000 in 2015 to 52,000 last year."
    )
    candidate = "The Kestrel Museum will close in June, its owner said, blaming a new roof after visitor numbers fell by 52,000 from 2015."
    assert of_type(serious(reference, candidate, "summary"), FindingType.NUMBER)


def test_a_share_of_a_counted_whole_that_is_the_count():
    reference = "Inspectors found that 15 of 60 restaurants had broken the hygiene rules."
    candidate = "Inspectors found that a quarter of the 60 restaurants had broken the hygiene rules."
    assert not of_type(serious(reference, candidate), FindingType.NUMBER)


def test_a_share_of_a_counted_whole_that_is_not_the_count():
    reference = "Inspectors found that 9 of 60 restaurants had broken the hygiene rules."
    candidate = "Inspectors found that nearly a quarter of the 60 restaurants had broken the hygiene rules."
    assert of_type(serious(reference, candidate), FindingType.NUMBER)


def test_a_count_of_part_of_the_same_things_changed():
    reference = "The storm damaged 30 of its wooden posts last winter. Donations have come from 19 countries."
    candidate = "The storm damaged 19 of its wooden posts last winter."
    assert of_type(serious(reference, candidate, "summary"), FindingType.NUMBER)


def test_a_count_of_part_of_the_same_things_kept():
    reference = "The storm damaged 30 of its wooden posts last winter. Donations have come from 19 countries."
    candidate = "Last winter's storm damaged 30 of its wooden posts."
    assert not of_type(serious(reference, candidate, "summary"), FindingType.NUMBER)


# --- polarity --------------------------------------------------------------------------------------------------------


def test_a_verb_with_its_particle_against_its_opposite():
    reference = "The registrar said opting out of the scheme had become easier online, and 4,000 people had done so."
    candidate = "The registrar said it had become easier to join the scheme online, and 4,000 people had done so."
    assert of_type(serious(reference, candidate), FindingType.POLARITY)


def test_the_particle_verb_in_other_words_is_quiet():
    reference = "The registrar said opting out of the scheme had become easier online, and 4,000 people had done so."
    candidate = "The registrar said it had become easier to opt out of the scheme online, and 4,000 people had done so."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


# --- attribution -----------------------------------------------------------------------------------------------------


def test_a_claim_given_to_a_party_the_candidate_describes():
    reference = (
        "Two firms, Vexo and Tramline, run the city's hire bikes, the transport department said on Monday. "
        "According to the department, the bikes were used for 1.1 million journeys."
    )
    candidate = (
        "The two operators, Vexo and Tramline, run the city's hire bikes, the transport department said on Monday. "
        "The operators say the bikes were used for 1.1 million journeys."
    )
    assert of_type(serious(reference, candidate), FindingType.ATTRIBUTION)


def test_the_same_party_described_in_other_words_is_quiet():
    reference = (
        "Two firms, Vexo and Tramline, run the city's hire bikes, the transport department said on Monday. "
        "According to the firms, the bikes were used for 1.1 million journeys."
    )
    candidate = (
        "The two operators, Vexo and Tramline, run the city's hire bikes, the transport department said on Monday. "
        "The operators say the bikes were used for 1.1 million journeys."
    )
    assert not of_type(serious(reference, candidate), FindingType.ATTRIBUTION)


def test_one_body_in_other_words_is_quiet():
    reference = "The regional transport authority says the closures are needed. Staff protested outside the authority's office in Venmoor."
    candidate = (
        "According to the regional transport office, the closures are needed. Staff protested outside the authority's office in Venmoor."
    )
    assert not of_type(serious(reference, candidate), FindingType.ATTRIBUTION)


def test_open_until_an_event_is_closed_when_it_comes():
    reference = "Grants of up to £5,000 are available from Monday. Applications close when the money runs out."
    candidate = "Grants of up to £5,000 are available from Monday, and applications are open until the money runs out."
    assert not of_type(serious(reference, candidate, "summary"), FindingType.POLARITY)


def test_open_and_closed_on_the_same_event_is_still_found():
    reference = "The harbour will close when the storm passes, the harbour master said."
    candidate = "The harbour will open when the storm passes, the harbour master said."
    assert of_type(serious(reference, candidate), FindingType.POLARITY)


def test_one_kind_of_body_in_other_words_is_one_source():
    reference = (
        "Hatmaker Dunmore & Daughters will close its factory in March, the company said on Monday. "
        "The family-owned firm blamed rising energy costs. The company said it was in talks with a college about its hat blocks."
    )
    candidate = (
        "Hatmaker Dunmore & Daughters said on Monday that its factory would close in March. "
        "Rising energy costs were to blame, according to the family-run company. "
        "The firm said it was talking to a college about its hat blocks."
    )
    assert not of_type(serious(reference, candidate), FindingType.ATTRIBUTION)


# --- addition --------------------------------------------------------------------------------------------------------


def test_a_ranking_to_date_is_a_claim_of_its_own():
    reference = "The £48,000 project will take about eight months. It is funded by the harbour trust."
    candidate = (
        "The £48,000 project, the museum's largest commission to date, will take about eight months. It is funded by the harbour trust."
    )
    assert of_type(serious(reference, candidate), FindingType.ADDITION)


def test_a_ranking_beside_another_far_off_in_the_reference_is_still_one():
    reference = (
        "The council has approved a bike-hire scheme with 400 electric bikes. Riders will pay £1 to unlock a bike. "
        "The bikes will be serviced by a local firm. Docking stations will be built this spring. A second phase may follow in 2027."
    )
    candidate = (
        "The council has approved a bike-hire scheme with 400 electric bikes, in what will be the biggest fleet outside the capital. "
        "Riders will pay £1 to unlock a bike. The bikes will be serviced by a local firm. Docking stations will be built this spring. "
        "A second phase may follow in 2027."
    )
    assert of_type(serious(reference, candidate), FindingType.ADDITION)


def test_a_ranking_the_reference_makes_in_other_words_is_quiet():
    reference = "The £48,000 project is the museum's biggest commission yet. It is funded by the harbour trust."
    candidate = "The £48,000 project, the museum's largest commission to date, is funded by the harbour trust."
    assert not of_type(serious(reference, candidate), FindingType.ADDITION)
