"""Readings from stop 81: a verb the reference uses of other things; what another source says inside a speaker's
clause; a quotation in a relative clause; a person the reference names as a speaker put in place of a description; a
figure that agrees only with another slot's; a lost figure that a clause with other figures cannot restate; 'never
before'; a relative clause on a noun that 'no' is said of; 'put the damage at'; a 'can' of how far a thing goes; a
right kept beside a deed done; nights told by two weekdays; a day counted on from the day before it; 'the previous
best'; a doer joined to the verb that has the subject; the same unnamed doer of two converses. The guards hold each
reading to its reach.

Every text here is made up for the test; none comes from the seed, the challenge or the evaluation sets.
"""

from __future__ import annotations

from helpers import of_type, serious

from factdiff import compare
from factdiff.analyse.dates import nights
from factdiff.analyse.document import analyse
from factdiff.checks.polarity import denied
from factdiff.model import FindingType
from factdiff.read import source_from_text


def _doc(text: str):
    return analyse(source_from_text(text, "reference")).doc


# --- polarity -------------------------------------------------------------------------------------------------------


def test_a_verb_the_reference_uses_of_other_things_does_not_vouch_for_its_opposite():
    reference = (
        "The port authority said the crane had passed a load test in March and that it did not yet know why it had failed. "
        "The crane, built in 1988, has been taken out of service."
    )
    candidate = "The port authority, which said the crane had failed a load test in March, does not yet know the cause."
    assert of_type(serious(reference, candidate, mode="summary"), FindingType.POLARITY)
    # (the same verb of the same thing on both sides is no opposite)
    candidate = "The port authority, which said the crane had passed a load test in March, does not yet know why it failed."
    assert not of_type(serious(reference, candidate, mode="summary"), FindingType.POLARITY)


def test_never_before_denies_the_verb_it_is_hung_on():
    doc = _doc("The museum will show 300 coins, including some never before shown in public.")
    assert denied(next(t for t in doc if t.lower_ == "shown"))
    reference = "The museum will show 300 coins, some of which have never been shown in public."
    candidate = "The museum will show 300 coins, including some never before shown in public."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)
    reference = "The museum will show 300 coins, some of which have been shown in public before."
    assert of_type(serious(reference, candidate), FindingType.POLARITY)


def test_a_relative_clause_on_a_noun_that_no_is_said_of_is_denied():
    doc = _doc("The choir now has no members who studied at the old school.")
    assert denied(next(t for t in doc if t.lower_ == "studied"))
    reference = "The choir, founded by teachers in 1921, now has no members who studied at the old school, which closed in 1990."
    candidate = "Teachers founded the choir in 1921, but none of its current members studied at the old school, which shut in 1990."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)
    # (a 'no' on the noun says nothing of a relative clause whose subject is another noun)
    doc = _doc("The choir has no singers that the school trained.")
    assert not denied(next(t for t in doc if t.lower_ == "trained"))


# --- attribution ----------------------------------------------------------------------------------------------------


def test_what_another_source_says_inside_a_speakers_clause_is_not_that_speakers_claim():
    reference = (
        "Water charges will rise from 1 April, the regional utilities minister, Ona Varga, announced on Monday. "
        "The tenants' union DLU warned that the charges could add about 3% to household bills, while Varga said the money "
        "would pay for new pipes by 2030."
    )
    faithful = (
        "Utilities minister Ona Varga said on Monday that charges will rise from 1 April. "
        "The minister said the money would pay for new pipes by 2030, while the tenants' union DLU cautioned that the "
        "charges might add about 3% to household bills."
    )
    assert not of_type(serious(reference, faithful), FindingType.ATTRIBUTION)
    swapped = (
        "Utilities minister Ona Varga said on Monday that charges will rise from 1 April. "
        "DLU said the money would pay for new pipes by 2030, while the minister cautioned that the charges might add "
        "about 3% to household bills."
    )
    assert of_type(serious(reference, swapped), FindingType.ATTRIBUTION)


def test_a_quotation_in_a_relative_clause_is_said_by_the_noun_it_describes():
    reference = "The Marsh Trust said fencing should be tried first. The Heron Society described the plan as 'reckless and cruel'."
    candidate = "The Marsh Trust, which called the plan 'reckless and cruel', wants fencing tried first."
    found = of_type(serious(reference, candidate, mode="summary"), FindingType.ATTRIBUTION)
    assert found and "Marsh Trust" in found[0].candidate_span.text
    candidate = "The Heron Society, which called the plan 'reckless and cruel', wants it stopped."
    assert not of_type(serious(reference, candidate, mode="summary"), FindingType.ATTRIBUTION)


def test_a_person_the_reference_names_as_a_speaker_is_not_its_unnamed_spokeswoman():
    reference = (
        "Head keeper Dina Oduya said the new enclosure would open in May. "
        "A spokeswoman for the sponsor said it had backed the project because of the number of school visits."
    )
    candidate = (
        "The new enclosure will open in May, head keeper Dina Oduya said. "
        "Ms Oduya said the sponsor had backed the project because of the number of school visits."
    )
    assert of_type(serious(reference, candidate), FindingType.ATTRIBUTION)
    # (where the reference gives her the spokeswoman's post, she is the one speaking)
    reference = (
        "Dina Oduya, a spokeswoman for the sponsor, said the new enclosure would open in May. "
        "A spokeswoman for the sponsor said it had backed the project because of the number of school visits."
    )
    assert not of_type(serious(reference, candidate), FindingType.ATTRIBUTION)


def test_a_post_the_reference_gives_one_other_person_is_not_the_named_speaker():
    reference = (
        "Ruling at Tarnby Crown Court, Judge Owen Barr found that the landlord had ignored repeated warnings. "
        "The conditions had been 'shameful' for Ms Reyes, the judge said."
    )
    moved = (
        "Judge Owen Barr, ruling at Tarnby Crown Court, found that the landlord had ignored repeated warnings. "
        "Ms Reyes said the conditions had been 'shameful'."
    )
    assert of_type(serious(reference, moved), FindingType.ATTRIBUTION)
    kept = (
        "Judge Owen Barr, ruling at Tarnby Crown Court, found that the landlord had ignored repeated warnings. "
        "Judge Barr said the conditions had been 'shameful' for Ms Reyes."
    )
    assert not of_type(serious(reference, kept), FindingType.ATTRIBUTION)
    # (the holder by a word of the name, whatever the linker made of 'Mr Barr')
    assert not of_type(serious(reference, kept.replace("Judge Barr said", "Mr Barr said")), FindingType.ATTRIBUTION)


# --- numbers and omission -------------------------------------------------------------------------------------------


def test_a_figure_that_agrees_only_with_another_slots_is_the_slots_change():
    reference = (
        "The fair, which draws around 8,000 visitors to the common, was cancelled in 2022. "
        "The new licence limits attendance to 6,500 visitors and bans parking on the verges."
    )
    changed = "Attendance is capped at 8,000 visitors, and parking on the verges is banned."
    assert of_type(serious(reference, changed, mode="summary"), FindingType.NUMBER)
    kept = "The fair draws some 8,000 visitors; attendance is now capped at 6,500, and parking on the verges is banned."
    assert not of_type(serious(reference, kept, mode="summary"), FindingType.NUMBER)


def test_a_lost_figure_is_not_restated_by_a_clause_with_another_figure():
    reference = (
        "The growers' union will pay its 900 members a bonus of 40 dollars per tonne. "
        "Members who delivered less than one tonne will receive a flat payment of 25 dollars. "
        "The union also plans a new storage shed."
    )
    candidate = (
        "The growers' union said its 900 members would receive a bonus of 40 dollars for every tonne they delivered. "
        "The union also plans a new storage shed."
    )
    lost = of_type(compare(reference, candidate).findings, FindingType.OMISSION)
    assert any("25 dollars" in (f.reference_span.text if f.reference_span else "") for f in lost)


# --- modality -------------------------------------------------------------------------------------------------------


def test_put_the_damage_at_a_figure_is_an_estimate():
    reference = "The insurers' group, which covers 90 orchards, estimated damage at $4.2 million on Friday."
    candidate = "On Friday the insurers' group, which covers 90 orchards, put the damage at $4.2m."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)
    candidate = "On Friday the insurers' group, which covers 90 orchards, said the damage came to $4.2m."
    assert of_type(serious(reference, candidate), FindingType.MODALITY)


def test_a_can_of_how_far_a_thing_goes_is_no_leave():
    reference = "Patients in Dunmore are having to wait up to five hours for an ambulance, the health board said."
    candidate = "Patients in Dunmore can wait as long as five hours for an ambulance, according to the health board."
    assert not of_type(serious(reference, candidate, mode="translation"), FindingType.MODALITY)
    reference = "Visitors will have to park in the lower field, the organisers said."
    candidate = "Visitors can park in the lower field, the organisers said."
    assert of_type(serious(reference, candidate), FindingType.MODALITY)


def test_a_right_kept_beside_a_deed_done_leaves_the_deed_its_own():
    reference = "The charter gave the village the right to hold a horse fair every spring, a custom that has continued to this day."
    candidate = "The charter granted the village the right to a horse fair every spring, and the fair has been held ever since."
    assert not of_type(serious(reference, candidate, mode="translation"), FindingType.MODALITY)


# --- dates ----------------------------------------------------------------------------------------------------------


def test_a_night_is_the_day_it_starts_on_whichever_day_names_it():
    assert [n.starts_on for n in nights("a landslide on the night of Tuesday to Wednesday")] == [1]
    assert [n.starts_on for n in nights("overnight from Monday into Tuesday")] == [0]
    assert [n.starts_on for n in nights("in the early hours of Thursday")] == [2]
    assert [n.starts_on for n in nights("during Friday night")] == [4]
    assert nights("the night from Monday to Friday") == []
    reference = "The road was closed after a rockfall on the night of Tuesday to Wednesday. Nobody was hurt."
    other = "The road was shut after a rockfall overnight from Monday into Tuesday. Nobody was hurt."
    assert of_type(serious(reference, other, mode="translation"), FindingType.DATE)
    same = "The road was shut after a rockfall on Tuesday night. Nobody was hurt."
    assert not serious(reference, same, mode="translation")


def test_a_day_counted_on_from_the_day_before_it_is_that_day():
    reference = "The swimmer, 29, set off at 6am on Friday and reached the far shore at 6am on Saturday."
    candidate = "The 29-year-old set off at 6am on Friday and reached the far shore a day later."
    assert not of_type(serious(reference, candidate), FindingType.DATE)
    reference = "The swimmer, 29, set off at 6am on Friday and reached the far shore at 6am on Sunday."
    assert of_type(serious(reference, candidate), FindingType.DATE)


# --- addition -------------------------------------------------------------------------------------------------------


def test_the_previous_best_is_the_previous_mark_the_reference_gives():
    reference = (
        "A baker from Tarnby has set a new world record for the longest loaf, at 52.6 metres. "
        "She started at 6am and finished at 9pm. "
        "Officials confirmed the attempt, which beat the previous mark of 41.2 metres, set in Peru in 2018."
    )
    candidate = (
        "Tarnby baker sets a new world record with a 52.6m loaf. She started at 6am and finished at 9pm. "
        "Officials ratified the attempt, which beat the previous best of 41.2m, achieved in Peru in 2018."
    )
    assert not [f for f in of_type(serious(reference, candidate), FindingType.ADDITION) if "best" in f.candidate_span.text]
    # (the best of a field the reference never ranks is a claim of the candidate's own)
    candidate = (
        "Tarnby baker sets a new world record with a 52.6m loaf. She started at 6am and finished at 9pm. "
        "Officials ratified the attempt, the best of the decade, achieved in Peru in 2018."
    )
    assert [f for f in of_type(serious(reference, candidate), FindingType.ADDITION) if "best" in f.candidate_span.text]


# --- events and roles -----------------------------------------------------------------------------------------------


def test_a_doer_joined_to_the_verb_that_has_the_subject_is_its_participant():
    reference = (
        "The lorry driver, a 51-year-old man, stopped at the scene and was arrested on suspicion of dangerous driving. "
        "He has been released on bail."
    )
    candidate = (
        "The 51-year-old lorry driver stopped at the scene and was charged with dangerous driving; he has since been released on bail."
    )
    assert of_type(serious(reference, candidate), FindingType.EVENT)


def test_the_same_unnamed_doer_of_two_converses_runs_the_relation_the_other_way():
    reference = "The contractor paid the three inspectors 40,000 euros."
    turned = "The contractor received 40,000 euros from the three inspectors."
    assert of_type(serious(reference, turned), FindingType.ROLE)
    told_from_the_other_side = "The three inspectors received 40,000 euros from the contractor."
    assert not of_type(serious(reference, told_from_the_other_side), FindingType.ROLE)


# --- entities -------------------------------------------------------------------------------------------------------


def test_a_name_put_after_the_preposition_of_a_name_the_candidate_drops():
    reference = (
        "The contract to resurface the Mill Lane car park has been awarded to Harrowby Paving, a firm from the next county, "
        "for £900,000. Work will begin in June. Local firm Quarrell Surfacing, which had also bid for the contract, said it "
        "was disappointed."
    )
    swapped = "The £900,000 contract to resurface the Mill Lane car park has gone to Quarrell Surfacing. Work will begin in June."
    found = of_type(serious(reference, swapped, mode="summary"), FindingType.ENTITY)
    assert found and found[0].candidate_span.text == "Quarrell Surfacing"
    # (the winner kept, the other bidder named as well: nothing put in another's place)
    kept = (
        "The £900,000 contract to resurface the Mill Lane car park has gone to Harrowby Paving, beating local firm Quarrell "
        "Surfacing. Work will begin in June."
    )
    assert not of_type(serious(reference, kept, mode="summary"), FindingType.ENTITY)


# --- guards from the review -----------------------------------------------------------------------------------------


def test_a_span_from_a_weekday_night_to_a_day_names_no_second_night():
    assert [n.starts_on for n in nights("The festival runs from Friday night to Sunday.")] == [4]
    assert [n.starts_on for n in nights("from Friday night to Saturday night")] == [4, 5]
    reference = "The festival opens on Friday night and closes on Sunday."
    candidate = "The festival runs from Friday night to Sunday."
    assert not of_type(serious(reference, candidate), FindingType.DATE)


def test_a_definite_description_may_be_the_person_named_before():
    reference = (
        "Dr Lena Ortiz, an epidemiologist at Harlow University, said cases were rising. The researcher added that cases would peak in May."
    )
    candidate = (
        "Dr Lena Ortiz, an epidemiologist at Harlow University, said cases were rising. Dr Ortiz added that cases would peak in May."
    )
    assert not of_type(serious(reference, candidate), FindingType.ATTRIBUTION)


def test_a_name_told_from_its_own_side_is_not_put_in_the_dropped_names_place():
    reference = "Varrow Builders has won the contract, which was first offered to Kell Construction. Work starts in May."
    candidate = "The contract has gone to Varrow Builders. Work starts in May."
    assert not of_type(serious(reference, candidate, mode="summary"), FindingType.ENTITY)


def test_no_resident_who_signed_does_not_deny_the_signing():
    doc = _doc("No resident who signed the petition has received a reply.")
    assert not denied(next(t for t in doc if t.lower_ == "signed"))


def test_a_figure_in_words_may_restate_a_lost_figure():
    reference = "The union will pay its members a bonus. Members who delivered little will receive a flat payment of 25 dollars."
    candidate = "The union will pay its members a bonus. Members who delivered little will get a flat payment of twenty-five dollars."
    assert not [f for f in serious(reference, candidate) if f.type == FindingType.OMISSION]
