"""Readings from stop 85: a participle denied with its noun; a deed a verb of making leaves impossible; a hedge that is
the condition's own; a statement limited to 'only when'; the first time in a length against the length since the
last; a description by the noun before a name's 'of'; a clause's own 'until'; 'most of which'; a denial against a
deed not ruled out; 'is to' as what is arranged; a claim with a statement of its own joined to it; a title before a
name the tagger took for an organisation. The guards hold each reading to its reach.

Every text here is made up for the test; none comes from the seed, the challenge or the evaluation sets.
"""

from __future__ import annotations

from helpers import of_type, serious

from factdiff import compare
from factdiff.model import FindingType

# --- polarity -------------------------------------------------------------------------------------------------------


def test_a_participle_is_denied_with_the_noun_a_denied_copula_says_it_is():
    reference = "The chapel was not listed, but the county said it would survey the two cottages beside it in May."
    candidate = "Although the chapel is not a listed building, the county said it would survey the two cottages beside it in May."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)
    candidate = "Although the chapel is a listed building, the county said it would survey the two cottages beside it in May."
    assert of_type(serious(reference, candidate), FindingType.POLARITY)


def test_a_participle_keeps_its_own_word_under_a_without():
    reference = "The firm grows herbs in stacked crates without soil, using recycled water."
    candidate = "Herbs are grown by the firm without soil in stacked crates, fed with recycled water."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_a_deed_a_verb_of_making_leaves_impossible_is_denied():
    reference = (
        "An oak in the park of Hensby Hall is at least 700 years old, according to a study by researchers from Corley "
        "College. The team used a combination of girth measurements, estate records and growth rates from nearby oaks, "
        "because the tree's hollow core makes ring counting impossible. The oak has a girth of 8.1 metres. Lead researcher "
        "Dr Anil Mehta said the tree was likely to have been growing before the hall was built in 1410."
    )
    candidate = (
        "Researchers from Corley College have concluded in a study that the park oak at Hensby Hall is no less than 700 "
        "years old. Because the tree is hollow inside, its rings cannot be counted, so the team combined measurements of "
        "the girth, which is 8.1 metres, with estate records and the growth rates of other oaks nearby. The tree was "
        "probably already growing when the hall was built in 1410, lead researcher Dr Anil Mehta said."
    )
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_a_clauses_own_until_does_not_bound_the_denial():
    reference = "The parking charge will not apply on bank holidays, when the car park will stay open until midnight."
    candidate = "The parking charge will apply on bank holidays as well."
    assert of_type(serious(reference, candidate, "summary"), FindingType.POLARITY)
    reference = "The bridge will not reopen until the repairs are finished."
    candidate = "The bridge will only reopen after the repairs are finished."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_most_of_which_is_said_of_the_noun_before_it():
    reference = "The bell will be recast from the old metal, most of which was uncontaminated, the foundry said."
    candidate = "The foundry said the bell will be recast from the old metal, the majority of which had been contaminated."
    assert of_type(serious(reference, candidate), FindingType.POLARITY)
    candidate = "The foundry said the bell will be recast from the old metal, the majority of which was uncontaminated."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


# --- modality -------------------------------------------------------------------------------------------------------


def test_a_hedge_inside_the_condition_is_the_conditions_own():
    reference = "The bakery hopes to open a second shop in the market town by 2027 if it could find a suitable lease."
    candidate = "The bakery hopes to open a second shop in the market town by 2027, subject to finding a suitable lease."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)
    candidate = "The bakery will open a second shop in the market town by 2027 after finding a suitable lease."
    assert of_type(serious(reference, candidate), FindingType.MODALITY)


def test_only_when_keeps_a_condition():
    reference = "The wardens told campers to light stoves only if they had a clear gravel pitch."
    candidate = "Campers were told by the wardens to light stoves only when they had a clear gravel pitch."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)
    candidate = "Campers were told by the wardens to light stoves on a clear gravel pitch."
    assert of_type(serious(reference, candidate), FindingType.MODALITY)


def test_a_denial_against_a_deed_not_ruled_out():
    reference = "The new owner, Petra Lind, said no staff would be cut and that the bakery would buy a second oven."
    candidate = "The new owner, Petra Lind, did not rule out staff cuts, adding that the bakery would buy a second oven."
    assert of_type(serious(reference, candidate), FindingType.MODALITY)
    candidate = "The new owner, Petra Lind, said there would be no staff cuts, adding that the bakery would buy a second oven."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)


def test_is_to_tells_what_is_arranged():
    reference = "The harbour board is considering a ban on jet skis in the inner basin after two collisions."
    candidate = "The harbour board is to ban jet skis in the inner basin after two collisions."
    assert of_type(serious(reference, candidate), FindingType.MODALITY)
    candidate = "The harbour board's idea is to ban jet skis in the inner basin after two collisions."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)


# --- omission -------------------------------------------------------------------------------------------------------


def test_the_first_time_in_a_length_is_the_length_since_the_last():
    reference = (
        "The Harvest Parade will return to the streets of Wexcombe on Sunday 7 September for the first time in five "
        "years, organisers confirmed on Tuesday. About 250 marchers from six villages are expected to take part, led by "
        "the Wexcombe Brass Band. The parade was halted in 2020 after the organising committee lost its funding."
    )
    candidate = (
        "Organisers said on Tuesday that Wexcombe's Harvest Parade will be back on the town's streets on Sunday 7 "
        "September, five years after it was last held. Roughly 250 people from six villages are likely to march, with the "
        "Wexcombe Brass Band at the head of the procession. The event was stopped in 2020 when the organising committee "
        "was left without funding."
    )
    assert not of_type(compare(reference, candidate).findings, FindingType.OMISSION)
    founded = candidate.replace("five years after it was last held", "five years after the band was founded")
    assert of_type(compare(reference, founded).findings, FindingType.OMISSION)


# --- roles and attribution ------------------------------------------------------------------------------------------


def test_a_description_by_the_noun_before_a_names_of():
    reference = (
        "The Diocese of Harlow registered a liability against 30 homes last year. "
        "The Brackwell Residents' Association has written to the Diocese of Harlow asking it to remove the registrations."
    )
    candidate = (
        "Owners of 30 homes could be made to pay after the Diocese of Harlow registered a liability against them last "
        "year. The diocese has written to the Brackwell Residents' Association asking it to remove the registrations."
    )
    assert of_type(serious(reference, candidate, "summary"), FindingType.ROLE)
    candidate = (
        "Owners of 30 homes could be made to pay after the Diocese of Harlow registered a liability against them last "
        "year. The Brackwell Residents' Association has written to the diocese asking it to remove the registrations."
    )
    assert not of_type(serious(reference, candidate, "summary"), FindingType.ROLE)


def test_a_claim_moved_with_a_statement_of_its_own_joined_to_it():
    reference = (
        "Four goats have died and one more is being treated after eating yew clippings thrown over a wall at a "
        "smallholding near Brinley, the smallholding's owner said. Yew needles release taxine when chewed and as little "
        "as a handful can kill a goat. Vet Dr Lucy Tamsin, who treated the animals, said the clippings had probably been "
        "left by someone who did not realise they were poisonous. Owner Sam Ordway said he had found piles of garden "
        "waste on four occasions since June. The Brinley Smallholders' Association has urged gardeners to dispose of "
        "clippings at the council's recycling centre rather than leave them near paddocks. Police said they were not "
        "treating the deaths as deliberate."
    )
    candidate = (
        "Four goats died after eating yew clippings thrown over a wall at a smallholding near Brinley, where the owner "
        "has found dumped garden waste four times since June. The needles release taxine when chewed, and a handful can "
        "be enough to kill a goat. Police believe the clippings were probably dumped by someone unaware they were "
        "poisonous, and gardeners are being urged to use the council's recycling centre."
    )
    assert of_type(serious(reference, candidate, "summary"), FindingType.ATTRIBUTION)
    kept = candidate.replace("Police believe", "Dr Lucy Tamsin believes")
    assert not of_type(serious(reference, kept, "summary"), FindingType.ATTRIBUTION)


# --- entities -------------------------------------------------------------------------------------------------------


def test_a_title_before_a_name_the_tagger_took_for_an_organisation_is_no_name():
    reference = "Ilsley put the cost of the new roof at £40,000 and said he was unsure whether his insurer would pay."
    candidate = "The new roof could cost £40,000, Mr Ilsley said, adding that he did not know whether his insurer would pay."
    assert not [f for f in compare(reference, candidate).findings if f.type == FindingType.ENTITY and "Mr" in (f.message or "")]


# --- guards from a reviewer's read of the changes -------------------------------------------------------------------


def test_guard_no_before_a_participle_denies_the_finding_not_the_participle():
    reference = "Police said no stolen bikes had been recovered from the warehouse in Tarnley."
    candidate = "Police said the stolen bikes had not been recovered from the warehouse in Tarnley."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_guard_not_the_only_listed_building_is_one():
    reference = "St Bede's chapel is not the only listed building in Holby, the parish council said."
    candidate = "The parish council said St Bede's chapel is one of several listed buildings in Holby."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_guard_made_to_seem_impossible_denies_nothing():
    reference = "Repeated delays made the June deadline seem impossible, the contractor admitted."
    candidate = "The contractor admitted that, after repeated delays, the June deadline seemed impossible."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_guard_a_hedge_dropped_from_the_statement_itself():
    reference = "The council will close Mill Lane if the River Tarn could burst its banks overnight."
    candidate = "The River Tarn will burst its banks overnight, and if it does the council will close Mill Lane."
    assert of_type(serious(reference, candidate), FindingType.MODALITY)


def test_guard_only_once_is_no_condition():
    candidate = "The Corley Folk Festival, which has been cancelled only once in 40 years, will go ahead in July."
    reference = candidate.replace("in July.", "in July if the council renews its licence.")
    assert of_type(compare(reference, candidate, "summary").findings, FindingType.MODALITY)


def test_guard_a_deed_left_open_on_both_sides():
    reference = "Kelso Foods said no jobs would be cut at its Ardley plant this year, but it did not rule out job cuts in 2027."
    candidate = "No jobs will be cut at the Ardley plant this year, Kelso Foods said, although it did not rule out job cuts in 2027."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)


def test_guard_a_lower_case_noun_named_since_is_the_description():
    reference = "The Church of St Anne has given its old bell to a church in Holby. The church will ring it for the first time at Easter."
    candidate = "The Church of St Anne has given its old bell to a church in Holby, which will ring it for the first time at Easter."
    assert not serious(reference, candidate)


def test_guard_a_participles_until_bounds_the_denial():
    reference = "The Tarn Road bridge will not reopen to traffic, remaining closed until the end of March."
    candidate = "The Tarn Road bridge will reopen to traffic at the end of March."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_guard_a_length_ago_is_no_gap_since_the_last_time():
    reference = "The Fenwick Choir will sing in Ardley Cathedral on Saturday for the first time in ten years."
    candidate = "The Fenwick Choir, which was formed ten years ago, will sing in Ardley Cathedral on Saturday."
    assert of_type(compare(reference, candidate).findings, FindingType.OMISSION)


def test_too_on_a_participles_adverb_denies_what_follows():
    reference = "The sanctuary houses 40 hedgehogs, most of which cannot be released because of their injuries."
    candidate = "Most of the sanctuary's 40 hedgehogs are too badly injured to be released."
    assert not of_type(serious(reference, candidate, "summary"), FindingType.POLARITY)
    candidate = "Most of the sanctuary's 40 hedgehogs are badly injured but will be released."
    assert of_type(serious(reference, candidate, "summary"), FindingType.POLARITY)
