"""Readings from stop 63: days of the week a thing recurs on; each against together; the other part of a counted
whole; a rate is no count; 'yet to' denies its subject's words; an inverted 'should' condition; a bound after its
figure; a name cut short before its place; a deed kept beside its later turn; a party brought in with 'a' and named
next; a claim given to another speaker in another sentence; a display called off; a promise told as only weighed; a
takeover told the other way round in a summary.

Every text here is made up for the test; none comes from the seed, the challenge or the evaluation sets.
"""

from __future__ import annotations

from helpers import of_type, serious

from factdiff import compare
from factdiff.model import FindingType

# --- dates -----------------------------------------------------------------------------------------------------------


def test_weekends_for_weekdays_is_another_day_of_the_week():
    reference = "The Mill Lane footbridge will be closed between 8am and 5pm on weekdays while the deck is replaced."
    candidate = "The Mill Lane footbridge will be shut from 8am to 5pm at weekends while its deck is replaced."
    found = of_type(serious(reference, candidate), FindingType.DATE)
    assert found and found[0].candidate_span.text == "weekends"


def test_saturdays_and_sundays_are_the_weekend():
    reference = "The Mill Lane footbridge will be closed between 8am and 5pm at weekends while the deck is replaced."
    candidate = "The Mill Lane footbridge will be shut from 8am to 5pm on Saturdays and Sundays while its deck is replaced."
    assert not of_type(serious(reference, candidate), FindingType.DATE)
    monday_to_friday = "The Mill Lane footbridge will be shut from 8am to 5pm, Monday to Friday, while its deck is replaced."
    assert not of_type(serious(reference.replace("at weekends", "on weekdays"), monday_to_friday), FindingType.DATE)


# --- numbers ---------------------------------------------------------------------------------------------------------


def test_each_worth_against_together_worth():
    reference = "The two stolen paintings, a pair of harbour views, are each worth around 60,000 euros, the gallery said."
    candidate = "The gallery said the two stolen paintings, a pair of harbour views, were together worth some 60,000 euros."
    found = of_type(serious(reference, candidate), FindingType.NUMBER)
    assert found and "60,000" in found[0].candidate_span.text


def test_the_other_part_of_a_counted_whole_with_the_opposite_verb():
    reference = "Only 14 of the 52 applicants passed this year's harbour pilot examination, the port authority said."
    candidate = "The port authority said 38 of the 52 people who sat this year's harbour pilot examination had failed."
    assert not of_type(serious(reference, candidate), FindingType.NUMBER)
    wrong = "The port authority said 30 of the 52 people who sat this year's harbour pilot examination had failed."
    assert of_type(serious(reference, wrong), FindingType.NUMBER)


def test_a_rate_elsewhere_does_not_back_a_changed_count():
    reference = (
        "The grant will pay for a new clinic and an aviary large enough for 40 owls. "
        "The sanctuary currently cares for 90 birds and releases about 30 a year."
    )
    candidate = "The grant will pay for a clinic and an aviary that can hold 30 owls."
    found = of_type(serious(reference, candidate, "summary"), FindingType.NUMBER)
    assert found and found[0].candidate_span.text == "30"


def test_a_multiple_the_two_amounts_do_not_make():
    reference = (
        "Tenants were quoted a fixed fee of £40 for a repair but then charged up to £300 once the work was done. "
        "The landlord was given a 20-month suspended sentence."
    )
    wrong = "Tenants were quoted a fixed £40 fee for a repair but then charged up to twenty times as much once the work was done."
    found = of_type(serious(reference, wrong), FindingType.NUMBER)
    assert found and "twenty" in found[0].candidate_span.text
    right = "Tenants were quoted a fixed £40 fee for a repair but then charged up to seven and a half times as much once the work was done."
    assert not of_type(serious(reference, right), FindingType.NUMBER)


def test_a_bound_said_after_its_figure():
    reference = "The striker has been told not to play for at least five weeks after the injury."
    candidate = "The striker has been told not to play for five weeks at the very least after the injury."
    assert not of_type(compare(reference, candidate).findings, FindingType.OMISSION)
    dropped = "The striker has been told not to play for five weeks after the injury."
    assert of_type(compare(reference, dropped).findings, FindingType.OMISSION)


# --- polarity and modality -------------------------------------------------------------------------------------------


def test_yet_to_be_agreed_denies_the_words_of_its_subject():
    reference = "The choir hoped to hold the concert in spring but said no new venue had been agreed."
    candidate = "The choir hoped to stage the concert in spring, but said a new venue had yet to be agreed."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_an_inverted_should_is_a_condition():
    reference = "The crates will be fumigated; if larvae are found again, the timber will be burned at the importer's cost."
    candidate = "The crates will be fumigated, and should larvae be detected again the timber will be burned, with the importer paying."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)


def test_a_deed_kept_beside_its_later_turn_is_no_opposite():
    reference = (
        "A greyhound that won best in breed at the Eastmoor Cup has been disqualified after a check found it was entered "
        "under the wrong name."
    )
    candidate = "The greyhound named best in breed at the Eastmoor Cup has lost the title because it was entered under the wrong name."
    assert not of_type(serious(reference, candidate, "summary"), FindingType.POLARITY)


def test_a_display_called_off_is_no_display():
    reference = "The annual Bonfire Night fireworks display on Kelby Green has been cancelled for the first time in 20 years."
    candidate = "For the first time in 20 years there will be no Bonfire Night fireworks display on Kelby Green."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_a_promise_told_as_only_weighed():
    reference = "Its owner, Petra Vail, said she would appeal, arguing that the alarm had failed only briefly."
    candidate = "The owner, Petra Vail, said she was considering an appeal, arguing the alarm had failed only briefly."
    found = of_type(serious(reference, candidate), FindingType.MODALITY)
    assert found
    same = "The owner, Petra Vail, said she would appeal, arguing the alarm had failed only briefly."
    assert not of_type(serious(reference, same), FindingType.MODALITY)


# --- entities, roles and attribution ---------------------------------------------------------------------------------


def test_a_name_cut_short_before_its_place():
    reference = (
        "The Guild of Lutemakers of Brennau has awarded its annual Copper Rosette prize to 26-year-old Anna Vell, the "
        "youngest winner in the award's 60-year history. Vell, who trained at the workshop of master luthier Otto Brenn, "
        "was honoured for a theorbo with fourteen courses."
    )
    candidate = (
        "At 26, Anna Vell is the youngest recipient in 60 years of the Copper Rosette, the prize the Brennau Lutemakers' "
        "Guild awards every year. Trained in master luthier Otto Brenn's workshop, she won it for a fourteen-course theorbo."
    )
    assert not of_type(serious(reference, candidate, "translation"), FindingType.ENTITY)


def test_a_party_brought_in_with_a_then_named():
    reference = (
        "A fisherman who was refused a licence to extend his jetty has lost his appeal, the planning board ruled. "
        "Tomas Reedy had argued that the old jetty was unsafe."
    )
    candidate = "Tomas Reedy has lost his appeal against a refusal to let him extend his jetty; he had argued the old one was unsafe."
    assert not of_type(serious(reference, candidate, "summary"), FindingType.ENTITY)


def test_a_claim_given_to_another_speaker_in_another_sentence():
    reference = (
        "The regatta has been cancelled, the organisers announced. "
        "Club captain Ivo Brandt said members were upset but could not run the races safely with fewer than 40 marshals. "
        "The harbour board, which owns the slipway, said it had offered a £3,000 grant but understood the decision."
    )
    candidate = (
        "The regatta will not take place, the organisers said. Club members were upset, captain Ivo Brandt said. "
        "The races could not be run safely with fewer than 40 marshals, according to the harbour board, which owns the "
        "slipway and had offered a £3,000 grant; the board said it understood the decision."
    )
    found = of_type(serious(reference, candidate), FindingType.ATTRIBUTION)
    assert found and "harbour board" in found[0].candidate_span.text


def test_a_takeover_told_the_other_way_round_in_a_summary():
    reference = (
        "Two of the valley's best-known dairies, Harwell's of Ossington and the Maddox Cheese Company, are to merge, "
        "creating a business with nine shops. Under the agreement announced on Monday, Harwell's will absorb the Maddox "
        "Cheese Company, whose founder is retiring after 40 years. The combined company will keep the Harwell's name."
    )
    turned = (
        "The Maddox Cheese Company is taking over Harwell's of Ossington, creating a nine-shop business that will keep the Harwell's name."
    )
    found = of_type(serious(reference, turned, "summary"), FindingType.ROLE)
    assert found and "Harwell" in found[0].candidate_span.text
    kept = (
        "Harwell's of Ossington is taking over the Maddox Cheese Company, creating a nine-shop business that will keep the Harwell's name."
    )
    assert not of_type(serious(reference, kept, "summary"), FindingType.ROLE)


def test_likely_to_be_linked_keeps_probably_linked():
    reference = "The ranger said the rise was 'welcome but fragile' and was probably linked to a mild winter for the voles."
    candidate = "Calling the rise 'welcome but fragile', the ranger said it was likely to be connected to a mild winter for the voles."
    assert not of_type(compare(reference, candidate).findings, FindingType.MODALITY)


def test_according_to_her_claim_keeps_what_the_claim_alleges():
    reference = "Her claim alleges that the owner, Brightwater Leisure, failed to inspect the swings and ignored an earlier complaint."
    candidate = "According to her claim, the owner, Brightwater Leisure, did not inspect the swings and disregarded a previous complaint."
    assert not of_type(compare(reference, candidate).findings, FindingType.MODALITY)
    plain = "The owner, Brightwater Leisure, did not inspect the swings and disregarded a previous complaint."
    assert of_type(compare(reference, plain).findings, FindingType.MODALITY)


def test_over_three_weeks_is_the_time_a_count_took():
    reference = "The survey was carried out over three weeks in June by a team of six from the observatory."
    candidate = "A six-strong team from the observatory carried out the survey across three weeks in June."
    assert not of_type(compare(reference, candidate).findings, FindingType.OMISSION)


def test_no_claim_to_a_thing_does_not_deny_the_thing():
    reference = (
        "The village of Oberkamm has won a ten-year legal dispute over rights to the thermal spring that feeds its old "
        "bathhouse, after the court ruled that a neighbouring brewery had no claim to the water."
    )
    candidate = (
        "The court ruled that a brewery next door had no claim to the thermal spring supplying Oberkamm's old bathhouse, "
        "handing the village victory in a ten-year legal battle."
    )
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_what_a_ban_bans_is_what_may_not_be_moved():
    reference = (
        "Infected trees will be felled, and the movement of oak wood and bark out of the valley has been banned until further notice."
    )
    candidate = "The infected trees are to be felled, and until further notice no oak wood or bark may be taken out of the valley."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_a_clause_whose_names_and_dates_the_aligned_sentence_keeps():
    reference = (
        "The county has awarded a £3.2 million contract for road gritting to Frostline Services, replacing the current "
        "contractor, Saltway Ltd, from October."
    )
    candidate = (
        "From October, Frostline Services will take over road gritting in the county from Saltway Ltd under a £3.2 million contract."
    )
    assert not [f for f in serious(reference, candidate) if f.type == FindingType.OMISSION]


def test_a_day_kept_inside_a_compound_is_not_left_out():
    reference = "The ferry was cancelled on Sunday. Passengers holding tickets for Sunday will be offered a free crossing this month."
    candidate = "The ferry was cancelled on Sunday. Anyone with a Sunday ticket will be offered a free crossing this month."
    assert not [f for f in serious(reference, candidate) if f.type == FindingType.OMISSION]


def test_absorbed_into_told_as_taking_over():
    reference = "The Harrow Street Brass Band will be absorbed into the larger Tolland Silver Band at the end of the season."
    turned = "At the end of the season the Harrow Street Brass Band will take over the Tolland Silver Band."
    found = of_type(serious(reference, turned), FindingType.ROLE)
    assert found
    kept = "At the end of the season the larger Tolland Silver Band will take over the Harrow Street Brass Band."
    assert not of_type(serious(reference, kept), FindingType.ROLE)


def test_a_museum_named_in_english_in_one_translation_and_in_its_own_language_in_the_other():
    reference = "Conservators at the Museo Civico of Tarrano have finished restoring 30 maps donated to the town in 1951."
    english = "Restoration of 30 maps given to Tarrano in 1951 has been finished by conservators at the town's Civic Museum."
    assert not of_type(serious(reference, english, "translation"), FindingType.ENTITY)
    other = "Restoration of 30 maps given to Tarrano in 1951 has been finished by conservators at the town's Maritime Museum."
    assert of_type(serious(reference, other, "translation"), FindingType.ENTITY)


def test_further_arrests_not_ruled_out_are_arrests_possible():
    reference = "The inspector said the investigation was continuing and that further arrests could not be ruled out."
    candidate = "The inquiry is still going on and more arrests are possible, according to the inspector."
    assert not of_type(serious(reference, candidate), FindingType.OMISSION)


def test_sundays_for_weekends_and_every_other_thursday():
    reference = "Parking on Mill Parade will be free at weekends from next month, the council decided on Thursday."
    narrower = "From next month, parking on Mill Parade will be free on Sundays, the council decided on Thursday."
    assert of_type(serious(reference, narrower), FindingType.DATE)
    bins = "Household waste will be collected on Tuesdays and garden waste every other Thursday."
    alternate = "Household waste will be picked up every Tuesday and garden waste on alternate Thursdays."
    assert not of_type(serious(bins, alternate), FindingType.DATE)


def test_open_and_closed_paired_crosswise_is_the_same_contrast():
    reference = "The depot will be open Monday to Friday from 8am to 6pm and closed at weekends."
    candidate = "The depot will open on weekdays from 8am to 6pm and stay shut on Saturdays and Sundays."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_each_on_the_verb_against_a_total():
    reference = "The three clubs have been awarded grants totalling £360,000 to repair their pavilions."
    candidate = "The three clubs will each receive £360,000 to repair their pavilions."
    assert of_type(serious(reference, candidate), FindingType.NUMBER)


def test_all_but_two_had_done_so_is_only_two_had_not():
    reference = "The remaining shops were given six weeks to make improvements, and all but two had done so by the re-inspection."
    candidate = "The other shops were given six weeks to make improvements, and only two had not done so by the re-inspection."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_a_with_set_off_by_a_comma_describes_and_gives_nothing():
    reference = "A new enclosure for the rare pine marten has opened at the Hollins wildlife park. It can hold up to 12 animals."
    candidate = "The Hollins wildlife park has opened a new enclosure for the rare pine marten, with room for as many as 12 animals."
    assert not of_type(serious(reference, candidate), FindingType.ROLE)


def test_twelve_times_his_quote_against_the_two_amounts():
    reference = "A roofer who quoted a widow £900 to fix a leak and then charged her £7,200 has been jailed for two years."
    candidate = "A roofer who charged a widow twelve times his £900 quote to fix a leak has been jailed for two years."
    assert of_type(serious(reference, candidate, "summary"), FindingType.NUMBER)


def test_an_inverted_condition_left_out():
    reference = "Should the river rise above 3 metres at the weir, the riverside car park will be closed, the warden said."
    candidate = "The riverside car park will be closed, the warden said."
    assert of_type(serious(reference, candidate), FindingType.MODALITY)


def test_an_appeal_weighed_told_as_what_she_would_do():
    reference = "The chief executive, Dr Ines Hale, said she was considering an appeal against the tribunal's ruling."
    candidate = "Dr Ines Hale, the chief executive, said she would appeal against the tribunal's ruling."
    assert of_type(serious(reference, candidate), FindingType.MODALITY)


def test_twice_the_tax_is_the_tax_doubled():
    reference = "The council voted on Monday to double council tax on empty homes from April, after a two-hour debate."
    candidate = "Owners of empty homes will pay twice the normal council tax from April after a two-hour debate on Monday."
    assert not [f for f in compare(reference, candidate).findings if f.candidate_span and f.candidate_span.text == "twice"]


def test_no_change_to_levels_is_levels_not_changed():
    reference = "The review will take a year, and no change to staffing levels will be made before it concludes."
    candidate = "The review will take a year, and staffing levels will not change until it has finished."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)
