"""Readings from stop 44: a denied ban, one deed in a synonym, a verb folded into the sentence next door, how often,
the one a deed is done for, the post and its holder, a place with its common noun.

Every text here is made up for the test; none comes from the seed, the challenge or the evaluation sets.
"""

from __future__ import annotations

from helpers import of_type, quantities, serious

from factdiff.model import FindingType


def test_a_ban_denied_leaves_the_deed_allowed():
    reference = "Anglers on the Merrin estate will not be banned from fishing the upper lake in spring, the trustees decided."
    candidate = "The trustees decided that anglers on the Merrin estate will be banned from fishing the upper lake in spring."
    assert of_type(serious(reference, candidate), FindingType.POLARITY)


def test_a_denied_ban_told_as_leave_is_no_flip():
    reference = "Anglers on the Merrin estate will not be banned from fishing the upper lake in spring, the trustees decided."
    candidate = "The trustees decided that anglers on the Merrin estate may go on fishing the upper lake in spring."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_a_denial_in_the_sentence_folded_into_the_one_before_is_found():
    reference = (
        "Dallow Mills said spinning had restarted at its Tarn Street site on Monday. "
        "It said it did not expect the stoppage to delay its winter orders, as overtime should cover the lost days. "
        "Shares in the firm rose 2 per cent."
    )
    candidate = (
        "Spinning restarted at the Tarn Street site on Monday, Dallow Mills said, adding that it expected the stoppage "
        "to delay its winter orders. Overtime should cover the lost days, it said. Shares in the firm rose 2 per cent."
    )
    assert of_type(serious(reference, candidate), FindingType.POLARITY)


def test_a_verb_denied_amid_the_same_words_is_found_whatever_the_clause_after_it():
    reference = (
        "The harbour master said the two dredgers had passed their hull surveys and were not expected to need dry-docking "
        "this year, although fuel costs had risen by 30 percent since 2021."
    )
    candidate = (
        "According to the harbour master, the two dredgers have passed their hull surveys but are expected to need "
        "dry-docking this year, with fuel costs up 30 percent since 2021."
    )
    assert of_type(serious(reference, candidate), FindingType.POLARITY)


def test_how_often_with_another_figure_is_a_number_error():
    reference = "Volunteers have rung the chapel bell twice a week since 1990, the parish said."
    candidate = "Volunteers have rung the chapel bell once a week since 1990, the parish said."
    found = of_type(serious(reference, candidate), FindingType.NUMBER)
    assert found and found[0].candidate_span.text == "once a week"


def test_how_often_said_as_the_time_between_is_the_same_figure():
    assert ("once a week", 1.0, 1.0, "weeks") in quantities("The bell is rung once a week.")
    reference = "The boiler is serviced twice a year by the landlord."
    candidate = "The landlord has the boiler serviced every six months."
    assert not of_type(serious(reference, candidate), FindingType.NUMBER)


def test_the_one_a_deed_is_done_for_traded_with_its_doer():
    reference = (
        "Pellow Print, the family printing works in Ashgrove, has signed a two-year contract to print catalogues for the "
        "garden retailer Fernhill Stores, the company said on Monday."
    )
    candidate = (
        "The Ashgrove printing works Pellow Print said on Monday it had agreed a two-year deal under which the garden "
        "retailer Fernhill Stores will print catalogues for Pellow Print."
    )
    assert of_type(serious(reference, candidate), FindingType.ROLE)


def test_the_one_a_deed_is_done_for_kept_is_no_swap():
    reference = "Pellow Print will print catalogues for the garden retailer Fernhill Stores from March."
    candidate = "From March, Pellow Print will produce catalogues for the garden retailer Fernhill Stores."
    assert not of_type(serious(reference, candidate), FindingType.ROLE)


def test_a_post_with_its_holder_beside_it_is_the_holder():
    reference = "Dunmore Glass will shut its furnace in May. The local MP, Ruth Annan, called the closure 'a sad day' for the town."
    candidate = "Dunmore Glass will shut its furnace in May. Local MP Ruth Annan called the closure 'a sad day'."
    assert not serious(reference, candidate, "summary")


def test_a_place_with_its_common_noun_is_the_same_place():
    reference = (
        "The Brayford Model Flying Club has been granted permission to keep using its airfield at Pellam Common after a "
        "dispute with neighbours over noise."
    )
    candidate = (
        "After arguments with neighbours about noise, the Brayford Model Flying Club has been allowed to go on using its "
        "Pellam Common airfield."
    )
    assert not of_type(serious(reference, candidate), FindingType.ENTITY)


def test_one_person_named_for_another_of_the_same_family():
    reference = (
        "The choir, founded in 1961 by the organist Paul Verhoef, now has 40 singers. "
        "Its conductor, Lena Verhoef, the founder's granddaughter, said rehearsals would resume in May."
    )
    candidate = (
        "Set up in 1961 by organist Lena Verhoef, the choir now has 40 singers. "
        "Its conductor, Lena Verhoef, granddaughter of the founder, said rehearsals would resume in May."
    )
    assert of_type(serious(reference, candidate), FindingType.ENTITY)


def test_a_speaker_who_goes_on_in_the_next_sentence_is_no_claim_told_as_fact():
    reference = (
        "Wexcombe Trust will open two memory cafés this autumn, its director said on Monday. "
        "Dr Ian Pardoe said the cafés, in Brill and Oakney, would each open twice a week from October."
    )
    candidate = (
        "Two memory cafés will be opened this autumn by Wexcombe Trust, director Dr Ian Pardoe said on Monday. "
        "Located in Brill and Oakney, each café will open twice a week from October."
    )
    assert not of_type(serious(reference, candidate), FindingType.ATTRIBUTION)


def test_a_clause_that_tells_a_figure_of_the_reference_otherwise_is_no_major_addition():
    reference = "The parish council will stop posting its newsletter from May and publish it online, saving about £1,400 a year."
    candidate = (
        "From May the parish council will publish its newsletter online, ending the paper run in a move set to save about £1,400 a year."
    )
    assert not of_type(serious(reference, candidate), FindingType.ADDITION)


def test_one_body_named_with_two_words_for_its_kind_is_no_claim_moved():
    reference = (
        "The ferry will be out of service from 3 to 21 March, the council said. "
        "The cables were last changed in 2016, according to the council's technical department."
    )
    candidate = (
        "The ferry will not run from 3 to 21 March, the council said. "
        "According to the council's technical services, the cables were last replaced in 2016."
    )
    assert not of_type(serious(reference, candidate, "translation"), FindingType.ATTRIBUTION)


def test_a_claim_moved_to_a_party_the_reference_names_by_that_noun():
    reference = (
        "Eight-time winner Ruth Garran said a strong crosswind had slowed her on the last lap. "
        "Race organiser Tom Hale said 52 riders had entered."
    )
    candidate = "Organisers said Ruth Garran had been slowed by a strong crosswind on the last lap. A record 52 riders entered."
    assert of_type(serious(reference, candidate, "summary"), FindingType.ATTRIBUTION)


def test_a_claim_given_to_the_speaker_by_her_own_description_is_kept():
    reference = (
        "Eight-time winner Ruth Garran said a strong crosswind had slowed her on the last lap. "
        "Race organiser Tom Hale said 52 riders had entered."
    )
    candidate = "The eight-time winner said a strong crosswind had slowed her on the last lap. Organisers said 52 riders entered."
    assert not of_type(serious(reference, candidate, "summary"), FindingType.ATTRIBUTION)


def test_the_sides_of_a_comparison_traded():
    reference = "Keane finished the 400 metres in 52 seconds, two seconds faster than Dolan."
    candidate = "Dolan needed 52 seconds for the 400 metres, two seconds quicker than Keane."
    assert of_type(serious(reference, candidate), FindingType.ROLE)


def test_a_comparison_seen_from_its_other_side_is_the_same():
    reference = "Keane finished the 400 metres in 52 seconds, two seconds faster than Dolan."
    candidate = "Dolan was two seconds slower than Keane, who finished the 400 metres in 52 seconds."
    assert not serious(reference, candidate)


def test_a_comparison_of_owners_told_from_its_other_side_is_the_same():
    reference = "Harwood's population is larger than Elsby's, the census showed."
    candidate = "Elsby's population is smaller than Harwood's, the census showed."
    assert not serious(reference, candidate)


def test_more_against_fewer_with_the_sides_turned_is_the_same():
    reference = "Brenton scored 12 more points than Ashcroft in the final."
    candidate = "Ashcroft scored 12 fewer points than Brenton in the final."
    assert not serious(reference, candidate)


def test_a_comparison_of_named_things_traded():
    reference = "The Morden route is 3km shorter than the Kilby route, engineers said."
    candidate = "The Kilby route is 3km shorter than the Morden route, engineers said."
    assert of_type(serious(reference, candidate), FindingType.ROLE)


def test_a_changed_post_beside_the_same_name_is_still_found():
    reference = "The plant will close in May. The local MP, Ann Voss, called the closure a disgrace."
    candidate = "The plant will close in May. Local councillor Ann Voss called the closure a disgrace."
    assert serious(reference, candidate)


def test_a_claim_of_another_speaker_after_one_who_spoke_is_still_a_claim_told_as_fact():
    reference = "Fares will rise by 3%, Northway Rail chief Jo Grant said. Passenger group Rail Voice said the rise was unjustified."
    candidate = "Fares will rise by 3%, Northway Rail chief Jo Grant said. The rise is unjustified."
    assert of_type(serious(reference, candidate), FindingType.ATTRIBUTION)


def test_how_often_given_as_the_time_between_elsewhere_is_no_other_figure():
    reference = "The office recommended that the bridges be inspected every six months instead of once a year."
    candidate = "It recommended twice-yearly rather than annual inspections for the bridges."
    assert not of_type(serious(reference, candidate), FindingType.NUMBER)


def test_the_company_for_its_managing_director_is_no_claim_moved():
    reference = (
        "Harbour Lantern Cruises has added a second boat, the company said on Friday. "
        "Managing director Ines Marlow said about 900 customers a month had been turned away last season."
    )
    candidate = (
        "Harbour Lantern Cruises has added a second boat. The company said it had turned away about 900 customers a month last season."
    )
    assert not of_type(serious(reference, candidate, "summary"), FindingType.ATTRIBUTION)
