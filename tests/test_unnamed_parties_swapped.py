"""Parties without names that trade places: a doer and the owner of what is done to ('a porter broke the wrist of a
courier' / 'a courier broke a porter's wrist'); two unnamed participants exchanged under a verb WordNet gives as the
same ('the harbour board alerted the coastguard' / 'the coastguard warned the harbour board'); and a bare description
whose noun ends a name read before ('the trust' after 'the Harwick Heritage Trust'), so that a swap with a named
party is found.

Every text here is made up for the test; none comes from the seed, the challenge or the evaluation sets.
"""

from __future__ import annotations

from helpers import of_type, serious

from factdiff.model import FindingType

SCUFFLE = "Police in Brenford are investigating a scuffle outside a nightclub on Saturday. "


def test_a_doer_and_an_owner_traded_are_found():
    reference = SCUFFLE + "Witnesses said a porter broke the wrist of a courier during the fight."
    swapped = SCUFFLE + "Witnesses said a courier broke a porter's wrist during the fight."
    found = of_type(serious(reference, swapped), FindingType.ROLE)
    assert found and "courier" in found[0].message


def test_the_same_owner_said_another_way_is_not_flagged():
    reference = SCUFFLE + "Witnesses said a porter broke the wrist of a courier during the fight."
    faithful = SCUFFLE + "Witnesses said a porter broke a courier's wrist during the fight."
    assert not of_type(serious(reference, faithful), FindingType.ROLE)


def test_two_unnamed_parties_traded_under_a_synonym_are_found():
    reference = "The harbour board alerted the coastguard after a tanker lost power off the headland on Sunday."
    swapped = "The coastguard warned the harbour board after a tanker lost power off the headland on Sunday."
    found = of_type(serious(reference, swapped), FindingType.ROLE)
    assert found


def test_a_synonym_with_the_parties_in_place_is_not_flagged():
    reference = "The harbour board alerted the coastguard after a tanker lost power off the headland on Sunday."
    faithful = "The harbour board warned the coastguard after a tanker lost power off the headland on Sunday."
    assert not of_type(serious(reference, faithful), FindingType.ROLE)


TRUST = "The Harwick Heritage Trust wants to recast the cracked tenor bell of the church in Oldbury. "


def test_a_bare_description_is_the_name_it_ends():
    reference = TRUST + "The trust said it was consulting Marlow Town Council before it applied for a grant."
    swapped = TRUST + "Marlow Town Council said it was consulting the trust before it applied for a grant."
    found = of_type(serious(reference, swapped), FindingType.ROLE)
    assert found
    faithful = TRUST + "The trust said it was consulting Marlow Town Council before applying for a grant."
    assert not of_type(serious(reference, faithful), FindingType.ROLE)


HEDGES = (
    "More than 900 households in Dunmere have planted hedges for birds under a scheme run by Dunmere District Council "
    "with the charity Wren Trust. "
)


def test_a_claim_moved_from_a_described_body_to_a_named_one_is_found():
    reference = HEDGES + "The council said new estates approved since May must plant native hedges along every road."
    moved = HEDGES + "According to the Wren Trust, new estates approved since May must plant native hedges along every road."
    found = of_type(serious(reference, moved), FindingType.ATTRIBUTION)
    assert found and "Wren Trust" in found[0].message
    kept = HEDGES + "According to Dunmere District Council, new estates approved since May must plant native hedges along every road."
    assert not of_type(serious(reference, kept), FindingType.ATTRIBUTION)


def test_a_claim_moved_from_a_body_of_its_own_to_a_described_named_one_is_found():
    reference = (
        "The Carrow Raptor Foundation counted 310 kites at its feeding sites this winter. "
        "However, the regional farming department has warned that new rules could cut the supply of meat."
    )
    moved = (
        "The Carrow Raptor Foundation counted 310 kites at its feeding sites this winter. "
        "The foundation has also warned that new rules could cut the supply of meat."
    )
    assert of_type(serious(reference, moved, "summary"), FindingType.ATTRIBUTION)
    kept = moved.replace("The foundation has also warned", "The regional farming department has warned")
    assert not of_type(serious(reference, kept, "summary"), FindingType.ATTRIBUTION)


def test_a_deed_the_speaker_says_of_itself_given_to_another_is_found():
    reference = (
        "Harlow Ferries has cancelled its island crossing after the boatyard it had hired, Kelso Marine, failed to repair "
        "the vessel in time. Harlow Ferries said passengers would be refunded and that it was not seeking compensation from Kelso Marine."
    )
    moved = (
        "Harlow Ferries has cancelled its island crossing because Kelso Marine, the boatyard it had hired, failed to repair "
        "the vessel in time. Passengers will be refunded, Harlow Ferries said, adding that Kelso Marine was not seeking "
        "compensation from the ferry firm."
    )
    at = moved.index("Kelso Marine was not")
    found = [f for f in serious(reference, moved) if f.candidate_span and f.candidate_span.start <= at < f.candidate_span.end]
    assert found and found[0].type in (FindingType.ROLE, FindingType.ENTITY)
    kept = moved.replace(
        "Kelso Marine was not seeking compensation from the ferry firm", "it was not seeking compensation from Kelso Marine"
    )
    assert not [f for f in serious(reference, kept) if f.type in (FindingType.ROLE, FindingType.ENTITY)]


def test_a_claim_moved_from_a_body_of_its_own_to_a_named_one_is_found():
    reference = (
        "The Halden Rivers Foundation counted 40 otters on the river this year. "
        "The regional environment agency has warned that sewage spills are rising."
    )
    moved = (
        "The Halden Rivers Foundation counted 40 otters on the river this year. "
        "The Halden Rivers Foundation has warned that sewage spills are rising."
    )
    assert of_type(serious(reference, moved), FindingType.ATTRIBUTION)
    kept = moved.replace("The Halden Rivers Foundation has warned", "The regional environment agency has warned")
    assert not of_type(serious(reference, kept), FindingType.ATTRIBUTION)


def test_a_deed_moved_between_two_bodies_named_by_their_nouns_is_found():
    reference = "The Braemore Wildlife Trust bought the marsh from Ensley Council. The trust said the council had agreed a low price."
    moved = "The Braemore Wildlife Trust bought the marsh from Ensley Council. The council said the trust had agreed a low price."
    assert serious(reference, moved)
    kept = "The Braemore Wildlife Trust bought the marsh from Ensley Council. The trust said the council had agreed to a low price."
    assert not [f for f in serious(reference, kept) if f.type in (FindingType.ROLE, FindingType.ENTITY, FindingType.ATTRIBUTION)]


def test_a_quotation_put_in_the_mouth_of_another_party_is_found():
    reference = (
        "The town of Bellmoor has banned its harbour fireworks for a second year. Mayor Jana Roest said the risks were "
        "'far too high'. According to the coastguard, last year's damage came to about 40,000 euros."
    )
    moved = (
        "Bellmoor has banned its harbour fireworks for a second year. Last year's damage came to about 40,000 euros, and "
        "the risks are 'far too high', the coastguard said."
    )
    found = of_type(serious(reference, moved), FindingType.ATTRIBUTION)
    assert found and "Roest" in found[0].message


def test_a_claim_moved_from_a_named_body_to_a_described_one_is_found():
    reference = (
        "Anglers have been told to stop fishing at Holt Mere after dead carp were found. The Holt Angling Club, which "
        "leases the lake, said it had closed the water. The Water Quality Office said early tests pointed to low oxygen."
    )
    moved = (
        "Fishing at Holt Mere has stopped after dead carp were found. The Holt Angling Club, which leases the lake, said "
        "it had shut the water. According to the club, early tests pointed to low oxygen."
    )
    assert of_type(serious(reference, moved), FindingType.ATTRIBUTION)
    kept = moved.replace("According to the club", "According to the Water Quality Office")
    assert not of_type(serious(reference, kept), FindingType.ATTRIBUTION)


def test_a_summary_that_joins_two_speakers_claims_under_one_is_found():
    reference = (
        "A camera in a kestrel nest box at Orme Wood has drawn 50,000 viewers since April, the Orme Wildlife Trust said. "
        "Warden Nia Pryce said the camera had helped volunteers record feeding rates of up to nine voles a night. "
        "Ecologist Dr Owen Hale, who advises the trust, said the chicks were likely to fledge in late June."
    )
    joined = (
        "A kestrel nest box camera at Orme Wood has drawn 50,000 viewers since April. Ecologist Dr Owen Hale said the "
        "camera had let volunteers record feeding rates of up to nine voles a night, and that the chicks should fledge in late June."
    )
    found = of_type(serious(reference, joined, "summary"), FindingType.ATTRIBUTION)
    assert found and "Pryce" in found[0].message
    kept = (
        "A kestrel nest box camera at Orme Wood has drawn 50,000 viewers since April. Warden Nia Pryce said the camera had "
        "let volunteers record feeding rates of up to nine voles a night, and Dr Owen Hale said the chicks should fledge in late June."
    )
    assert not of_type(serious(reference, kept, "summary"), FindingType.ATTRIBUTION)


def test_giver_and_receiver_traded_under_a_synonym_are_found():
    reference = "Under the agreement, the municipality will transfer the old mill to the association for one euro."
    swapped = "Under the deal, the association will hand the old mill over to the municipality for one euro."
    assert of_type(serious(reference, swapped), FindingType.ROLE)
    faithful = "Under the deal, the municipality will hand the old mill over to the association for one euro."
    assert not of_type(serious(reference, faithful), FindingType.ROLE)


def test_a_maker_given_to_another_party_of_the_text_in_a_summary_is_found():
    reference = (
        "A barometer that belonged to the explorer Mara Quist sold for £6,200 at Hale & Dunn's auction in Selby on "
        "Friday. The brass barometer, made by the instrument maker Corbett & Sons in 1904, bears Quist's initials. "
        "It was bought by the Selby Polar Museum."
    )
    changed = (
        "Explorer Mara Quist's 1904 brass barometer, made by Hale & Dunn and marked with her initials, sold at auction "
        "on Friday for £6,200 to the Selby Polar Museum."
    )
    found = [f for f in serious(reference, changed, "summary") if "Corbett" in f.message]
    assert found
    kept = changed.replace("made by Hale & Dunn", "made by Corbett & Sons")
    assert not [f for f in serious(reference, kept, "summary") if f.type in (FindingType.ENTITY, FindingType.ROLE)]


def test_a_participle_lent_its_doer_across_voices_is_not_flagged():
    reference = (
        "Independent publisher Harrow Lane Press has been bought by the larger Weld & Mercer group for an undisclosed "
        "sum, ending 30 years of independence."
    )
    faithful = "Weld & Mercer has acquired Harrow Lane Press for an undisclosed price, ending its 30 years of independence."
    assert not [f for f in serious(reference, faithful, "summary") if f.type in (FindingType.ROLE, FindingType.ENTITY)]
