"""Readings from stop 46: a description the NER ran into a name, an inability told as a prevention, a comparative
after 'no', a group noun that counts, a thing free to use, what nearly happened.

Every text here is made up for the test; none comes from the seed, the challenge or the evaluation sets.
"""

from __future__ import annotations

from helpers import of_type, quantities, serious

from factdiff import compare
from factdiff.model import FindingType


def test_a_lower_case_description_after_a_place_is_not_part_of_the_name():
    reference = "Copper Ladle, a food technology start-up based in Kelmsby, has signed a deal with the Northern Grocers Guild."
    candidate = "A deal has been struck between Kelmsby food-tech start-up Copper Ladle and the Northern Grocers Guild."
    assert not of_type(serious(reference, candidate), FindingType.ENTITY)


def test_another_place_before_the_description_is_still_found():
    reference = "Copper Ladle, a food technology start-up based in Kelmsby, has signed a deal with the Northern Grocers Guild."
    candidate = "A deal has been struck between Carnwick food-tech start-up Copper Ladle and the Northern Grocers Guild."
    assert of_type(serious(reference, candidate), FindingType.ENTITY)


def test_could_not_is_what_a_prevention_says():
    reference = "The wreck was found in 2018 but could not be examined until this summer because of strong currents."
    candidate = "Although the wreck was found in 2018, strong currents prevented an examination until this summer."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)


def test_could_told_as_done_is_still_found():
    reference = "The wreck was found in 2018 and could be examined this summer, the divers said."
    candidate = "The wreck was found in 2018 and was examined this summer, the divers said."
    assert of_type(serious(reference, candidate), FindingType.MODALITY)


def test_no_larger_one_is_the_largest():
    reference = "The cavern, measured by surveyors last week, is the largest known in the county."
    candidate = "No larger cavern is known in the county, according to the surveyors who measured it last week."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_a_pair_of_counts_two():
    assert ("a pair of", 2.0, 2.0, "mast") in quantities("The aerial hangs between a pair of 12m masts.")


def test_a_pair_against_two_is_no_number_error_but_against_three_it_is():
    reference = "The aerial hangs between two 12-metre masts on the ridge."
    same = "The aerial is slung between a pair of 12m masts on the ridge."
    other = "The aerial hangs between three 12-metre masts on the ridge."
    assert not of_type(serious(reference, same), FindingType.NUMBER)
    assert of_type(serious(other, same), FindingType.NUMBER)


def test_free_to_use_said_of_a_thing_is_its_price():
    reference = "The new archive website will open on 3 March and is free to use, the society said."
    candidate = "The new archive website opens on 3 March and will cost nothing to use, the society said."
    assert not of_type(compare(reference, candidate).findings, FindingType.MODALITY)


def test_free_to_use_said_of_people_is_still_leave():
    reference = "Members are free to use the workshop on Sundays, the society said."
    candidate = "Members use the workshop on Sundays, the society said."
    assert of_type(compare(reference, candidate).findings, FindingType.MODALITY)


def test_narrowly_missed_is_nearly_hit():
    reference = "Nobody was injured when the crane toppled, but a delivery van was narrowly missed."
    candidate = "No one was hurt when the crane toppled, although a delivery van was nearly hit."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_missed_against_hit_is_still_an_opposite():
    reference = "Nobody was injured when the crane toppled, but a delivery van was missed."
    candidate = "No one was hurt when the crane toppled, although a delivery van was hit."
    assert of_type(serious(reference, candidate), FindingType.POLARITY)


def test_the_one_got_from_hung_on_the_object_is_the_source():
    reference = (
        "A network of air raid shelters beneath Kingsgate Park could open to visitors next year after the Town Heritage "
        "Society agreed to lease the tunnels from the city council for 25 years."
    )
    candidate = (
        "Air raid shelters under Kingsgate Park could open to visitors next year under a 25-year deal in which the city "
        "council leases the tunnels from the Town Heritage Society."
    )
    assert of_type(serious(reference, candidate, "summary"), FindingType.ROLE)


def test_the_same_lease_told_again_is_no_role_error():
    reference = (
        "A network of air raid shelters beneath Kingsgate Park could open to visitors next year after the Town Heritage "
        "Society agreed to lease the tunnels from the city council for 25 years."
    )
    candidate = (
        "Air raid shelters under Kingsgate Park could open to visitors next year under a 25-year deal in which the Town "
        "Heritage Society leases the tunnels from the city council."
    )
    assert not of_type(serious(reference, candidate, "summary"), FindingType.ROLE)


def test_it_after_a_description_that_speaks_is_the_body_described():
    reference = (
        "The Marrowdale Canal Trust, which runs the towpath for the Pellingham Estate, said litter had doubled. "
        "Warden Ellis Crane said volunteers had filled 90 bags this month. "
        "The trust said it would install new bins at the main locks."
    )
    candidate = (
        "Litter on the towpath has doubled, with volunteers filling 90 bags this month. "
        "The Pellingham Estate will install new bins at the main locks."
    )
    assert of_type(serious(reference, candidate, "summary"), FindingType.ENTITY)


def test_the_body_that_speaks_doing_it_is_no_error():
    reference = (
        "The Marrowdale Canal Trust, which runs the towpath for the Pellingham Estate, said litter had doubled. "
        "Warden Ellis Crane said volunteers had filled 90 bags this month. "
        "The trust said it would install new bins at the main locks."
    )
    candidate = (
        "Litter on the towpath has doubled, with volunteers filling 90 bags this month. "
        "The Marrowdale Canal Trust will install new bins at the main locks."
    )
    assert not of_type(serious(reference, candidate, "summary"), FindingType.ENTITY)


def test_a_weekday_to_come_told_as_gone_is_a_date_error():
    reference = "The new wing, which also houses a cafe, opens to the public on Saturday, the gallery said on Tuesday."
    candidate = "The new wing, which also houses a cafe, opened to the public last Saturday, the gallery said on Tuesday."
    assert of_type(serious(reference, candidate), FindingType.DATE)


def test_a_weekday_to_come_told_in_the_future_is_no_date_error():
    reference = "The new wing, which also houses a cafe, opens to the public on Saturday, the gallery said on Tuesday."
    candidate = "The new wing, which also houses a cafe, will open to the public on Saturday, the gallery announced on Tuesday."
    assert not of_type(serious(reference, candidate), FindingType.DATE)


def test_a_weekday_the_parse_dates_on_another_verb_is_not_compared():
    reference = "The gallery said on Tuesday it would open the new wing on Saturday."
    candidate = "On Tuesday the gallery said the new wing opens on Saturday."
    assert not of_type(serious(reference, candidate), FindingType.DATE)


def test_a_claim_reworded_and_given_to_another_speaker_is_found():
    reference = (
        "The county has approved £300,000 to repair the old sea wall at Harnby. Surveyor Lena Price, who inspected the "
        "wall, said the repairs should protect the village for at least 40 years. Parish councillor Tom Ede said the "
        "wall was 'part of the village's identity'."
    )
    candidate = (
        "The county has approved £300,000 to repair Harnby's old sea wall. Parish councillor Tom Ede says the repairs "
        "should keep the village safe for four decades or more."
    )
    assert of_type(serious(reference, candidate, "summary"), FindingType.ATTRIBUTION)


def test_a_claim_reworded_by_its_own_speaker_is_no_attribution_error():
    reference = (
        "The county has approved £300,000 to repair the old sea wall at Harnby. Surveyor Lena Price, who inspected the "
        "wall, said the repairs should protect the village for at least 40 years. Parish councillor Tom Ede said the "
        "wall was 'part of the village's identity'."
    )
    candidate = (
        "The county has approved £300,000 to repair Harnby's old sea wall. Surveyor Lena Price says the repairs "
        "should keep the village safe for four decades or more."
    )
    assert not of_type(serious(reference, candidate, "summary"), FindingType.ATTRIBUTION)


def test_founded_against_taken_over_in_a_relative_clause_is_another_event():
    reference = "The mill, founded in 1952 by her grandfather, makes about 150,000 boards a year."
    taken = "The mill, which her grandfather took over in 1952, produces roughly 150,000 boards annually."
    set_up = "The mill, which her grandfather set up in 1952, produces roughly 150,000 boards annually."
    assert of_type(serious(reference, taken, "translation"), FindingType.EVENT)
    assert not of_type(serious(reference, set_up, "translation"), FindingType.EVENT)


def test_supplying_a_party_told_as_buying_from_it_runs_the_other_way():
    reference = "The bakery depends on the Tolland Mill Company, which supplies flour and yeast to the bakery."
    candidate = "The bakery depends on the Tolland Mill Company, which buys flour and yeast from the bakery."
    assert of_type(serious(reference, candidate, "summary"), FindingType.ROLE)


def test_supplying_told_from_the_buyers_side_is_no_role_error():
    reference = "The bakery depends on the Tolland Mill Company, which supplies flour and yeast to the bakery."
    candidate = "The bakery buys flour and yeast from the Tolland Mill Company, on which it depends."
    assert not of_type(serious(reference, candidate, "summary"), FindingType.ROLE)


_BELLS = (
    "The Ashcombe Bell Society has recast the town's oldest bell. A mould made by volunteer carpenter Ruth Ames was used "
    "for the casting. Society chairman Dev Patel said the bell would ring again at Easter."
)


def test_a_name_set_after_another_names_description_is_a_swap():
    candidate = "The Ashcombe Bell Society has recast the town's oldest bell, using a mould built by volunteer Dev Patel."
    assert of_type(serious(_BELLS, candidate, "summary"), FindingType.ENTITY)


def test_the_name_the_description_belongs_to_is_no_swap():
    candidate = "The Ashcombe Bell Society has recast the town's oldest bell, using a mould built by volunteer Ruth Ames."
    assert not of_type(serious(_BELLS, candidate, "summary"), FindingType.ENTITY)


def test_a_larger_one_against_no_larger_one_is_still_a_denial():
    reference = "The Harlow Stone weighs 12 tonnes, and no larger one is known in the region, archaeologists said."
    candidate = "The Harlow Stone weighs 12 tonnes, although a larger one is known in the region, archaeologists said."
    assert of_type(serious(reference, candidate), FindingType.POLARITY)


def test_a_past_decision_on_a_weekday_is_not_read_as_to_come():
    reference = (
        "The city of Pellow will from next year subsidise funerals for residents on low incomes, the city council "
        "decided on Thursday by a large majority."
    )
    candidate = (
        "Low-income residents of Pellow will get help with funeral costs from next year after a large majority of city "
        "councillors voted for the measure on Thursday."
    )
    assert not of_type(serious(reference, candidate, "translation"), FindingType.DATE)


def test_renting_and_leasing_from_the_same_party_is_one_hire():
    reference = "The owner, Mari Dahl, rents the old school from the municipality for 8,000 kroner a month."
    candidate = "Owner Mari Dahl leases the old school from the local authority, paying 8,000 kroner monthly."
    assert not of_type(serious(reference, candidate, "translation"), FindingType.ROLE)


def test_leasing_to_the_party_it_was_rented_from_is_still_a_role_error():
    reference = "The owner, Mari Dahl, rents the old school from Harnvik Council for 8,000 kroner a month."
    candidate = "Owner Mari Dahl leases the old school to Harnvik Council for 8,000 kroner monthly."
    assert of_type(serious(reference, candidate, "translation"), FindingType.ROLE)


def test_a_name_translated_from_its_own_language_is_the_same_name():
    reference = "The Musée des Sciences de Corvaux will lend a meteorite to the Harlton Museum, it said on Monday."
    candidate = "The Corvaux Museum of Sciences will lend a meteorite to the Harlton Museum, it said on Monday."
    assert not of_type(serious(reference, candidate, "translation"), FindingType.ENTITY)


def test_a_translated_name_with_another_word_is_still_another_name():
    reference = "The Musée des Sciences de Corvaux will lend a meteorite to the Harlton Museum, it said on Monday."
    candidate = "The Corvaux Museum of Arts will lend a meteorite to the Harlton Museum, it said on Monday."
    assert of_type(serious(reference, candidate, "translation"), FindingType.ENTITY)


def test_a_weekday_with_last_and_no_verb_above_it_is_no_crash():
    reference = "The Harbour Market opens on Saturday."
    candidate = "The Harbour Market: last Saturday."
    assert compare(reference, candidate).verdict in ("consistent", "inconsistent")
