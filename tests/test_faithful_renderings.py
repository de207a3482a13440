"""Faithful renderings that people write and that factdiff read as errors: a past 'could' told as 'was able to', a
permission told with a noun or a phrasal verb, a hedge shared by joined nouns, a reported 'can', a denial said at
another word ('with no running water', 'found that X did not rise'), clock times after 'instead of' or in a range
beside a weekday, a weekday given as every one, an abbreviation that is also a country code, a firm called by the
coined word of its name, a plural abbreviation; and beside each, the change the mechanism must still find.

Every text here is made up for the test; none comes from the seed, the challenge or the evaluation sets.
"""

from __future__ import annotations

from helpers import of_type, serious

from factdiff import compare
from factdiff.analyse.knowledge import countries
from factdiff.model import FindingType

# ---------------------------------------------------------------------------------------------------------------
# hedges


def test_a_past_could_told_as_was_able_to_is_no_fact_made_of_a_possibility():
    reference = "Farmer Ellen Pryce said she could finally afford a second tractor after the grant."
    faithful = "Farmer Ellen Pryce said she was at last able to afford a second tractor after the grant."
    assert not of_type(serious(reference, faithful), FindingType.MODALITY)
    wrong = "Farmer Ellen Pryce said she would afford a second tractor after the grant."
    assert of_type(serious(reference, wrong), FindingType.MODALITY)


def test_a_permission_told_with_a_phrasal_verb_or_a_noun_is_still_a_permission():
    reference = "Older fishing boats will be allowed to operate until they are fifteen years old."
    faithful = "Older fishing boats may carry on operating until they reach 15 years of age."
    assert not of_type(serious(reference, faithful), FindingType.MODALITY)
    reference = "The family has agreed to let the painting be shown at the town hall."
    faithful = "The family has given permission for the painting to be shown at the town hall."
    assert not of_type(serious(reference, faithful), FindingType.MODALITY)
    done = "The painting will be shown at the town hall."
    assert of_type(serious(faithful, done), FindingType.MODALITY)


def test_a_hedge_on_the_first_of_two_joined_nouns_covers_both():
    reference = "Crews treated 40 walkers with suspected fractures and burns over the weekend."
    faithful = "Over the weekend, crews treated 40 walkers with suspected burns and fractures."
    assert not of_type(serious(reference, faithful), FindingType.MODALITY)
    plain = "Over the weekend, crews treated 40 walkers with burns and fractures."
    assert of_type(serious(reference, plain), FindingType.MODALITY)


def test_kept_from_doing_it_answers_not_allowed_to_do_it():
    reference = "Until now, juniors could only join as associates, which did not allow them to vote at meetings."
    faithful = "Up to now, juniors could only join as associates, a status which forbade them to vote at meetings."
    assert not of_type(serious(reference, faithful), FindingType.MODALITY)


def test_according_to_the_estimates_of_someone_is_an_estimate():
    reference = "Volunteers estimated that the fair raised 5,000 pounds for the hospice."
    faithful = "According to the estimates of the volunteers, the fair collected £5,000 for the hospice."
    assert not of_type(serious(reference, faithful), FindingType.MODALITY)
    plain = "The fair collected £5,000 for the hospice."
    assert of_type(serious(reference, plain), FindingType.MODALITY)


def test_a_reported_could_is_the_speakers_can():
    reference = "The librarian said members could now renew books online without visiting a branch."
    faithful = "According to the librarian, members can now renew books online without having to visit a branch."
    assert not serious(reference, faithful)
    wrong = "According to the librarian, members can now renew books online only by visiting a branch."
    assert serious(reference, wrong)


def test_what_two_speakers_say_is_paired_only_where_it_is_one_thing():
    reference = (
        "Wardens said the chicks were eating well. Visitors may be able to see them next week, although wardens "
        "warned they may hide in the reeds for much of the day."
    )
    faithful = "Wardens said the chicks were eating well, and visitors may get the chance to see them next week."
    assert not of_type(serious(reference, faithful, mode="summary"), FindingType.MODALITY)


# ---------------------------------------------------------------------------------------------------------------
# denials said at another word


def test_with_no_running_water_is_without_running_water():
    reference = "About 600 homes in the valley were without running water for most of Tuesday."
    faithful = "A leak left around 600 homes in the valley with no running water for the greater part of Tuesday."
    assert not of_type(serious(reference, faithful), FindingType.POLARITY)


def test_found_no_rise_is_found_that_it_did_not_rise():
    reference = "A survey of the two estates found no increase in burglaries, according to the police."
    faithful = "The police said a survey of the two estates had found that burglaries did not go up."
    assert not of_type(serious(reference, faithful), FindingType.POLARITY)
    wrong = "The police said a survey of the two estates had found that burglaries went up."
    assert of_type(serious(reference, wrong), FindingType.POLARITY)


# ---------------------------------------------------------------------------------------------------------------
# times and days


def test_a_range_of_clock_times_beside_a_weekday_range_is_read_whole():
    reference = "The pool is open from Monday to Friday, 09:00 to 17:30."
    faithful = "The pool opens from 9am to 5.30pm, Mondays to Fridays."
    assert not of_type(serious(reference, faithful), FindingType.DATE)
    changed = "The pool opens from 9am to 6.30pm, Mondays to Fridays."
    assert of_type(serious(reference, changed), FindingType.DATE)


def test_a_clock_time_after_instead_of_is_a_time():
    reference = "On Sundays the first train will leave at 06:00 instead of 07:30."
    faithful = "On Sundays the first train will leave at six o'clock in place of half past seven."
    assert not of_type(serious(reference, faithful), FindingType.DATE)
    changed = "On Sundays the first train will leave at six o'clock in place of half past eight."
    assert of_type(serious(reference, changed), FindingType.DATE)


def test_a_weekday_the_reference_gives_as_every_one_is_no_other_day():
    reference = "The new bus will run three times a day, Monday to Saturday, from 4 May. It will not run on Sundays."
    faithful = "From 4 May the new bus will run three times a day from Monday to Saturday, but there will be no Sunday service."
    assert not of_type(serious(reference, faithful), FindingType.DATE)


# ---------------------------------------------------------------------------------------------------------------
# names


def test_an_abbreviation_is_a_country_code_only_where_the_tagger_reads_a_place():
    index = countries()
    assert index.lookup("MP", codes=False) is None
    assert index.lookup("US") == index.lookup("United States")
    reference = "Ashby's MP, Carla Nunes, said she had written to the minister about the closure."
    faithful = "Carla Nunes, the MP for Ashby, said she had raised the closure in a letter to the minister."
    assert not of_type(serious(reference, faithful), FindingType.ATTRIBUTION)


def test_a_firm_called_by_the_coined_word_of_its_name_is_the_same_firm():
    reference = (
        "A driver has won 12,000 pounds after a tribunal found he was unfairly sacked by a removals company in "
        "Eastleigh. Packwell Removals dismissed him in 2023 after he raised concerns about his hours. Packwell said it "
        "accepted the ruling."
    )
    faithful = (
        "A tribunal has awarded £12,000 to a driver after finding he was unfairly sacked by Packwell Removals, an "
        "Eastleigh removals company, which dismissed him in 2023 after he raised concerns about his hours. The company "
        "said it accepted the ruling."
    )
    report = compare(reference, faithful, mode="summary")
    assert not [f for f in report.findings if f.type in (FindingType.ATTRIBUTION, FindingType.ENTITY) and f.severity.value != "minor"]


def test_a_plural_abbreviation_names_what_its_singular_does():
    reference = "The clinic does not require referrals from GPs."
    faithful = "Patients can use the clinic without being referred by a GP."
    assert not of_type(serious(reference, faithful), FindingType.ENTITY)


# ---------------------------------------------------------------------------------------------------------------
# more of the same kind


def test_should_have_come_sooner_is_a_judgement_not_a_possibility():
    reference = "The tenants' union welcomed the repairs but said they should have come sooner."
    faithful = "The tenants' union welcomed the repairs but said they were overdue."
    assert not of_type(serious(reference, faithful), FindingType.MODALITY)
    hedged = "The tenants' union welcomed the repairs but said they may come sooner."
    assert of_type(serious(hedged, "The tenants' union welcomed the repairs but said they came sooner."), FindingType.MODALITY)


def test_a_leave_given_by_a_passive_or_a_permit_is_a_permission():
    reference = "The council has received approval to build a new library on the old market site."
    faithful = "The council has been cleared to build a new library on the old market site."
    assert not [f for f in compare(reference, faithful).findings if f.type == FindingType.MODALITY]
    built = "The council is building a new library on the old market site."
    assert of_type(serious(faithful, built), FindingType.MODALITY)


def test_a_quotation_with_according_to_is_the_named_sources():
    reference = (
        "A box of letters found behind a fireplace in Mossley Hall was opened on Friday in front of about 80 people. The "
        "wooden box had been hidden there in 1911 and was only found during repairs in the spring. Inside were letters, "
        "coins and a diary. Museum curator Ines Barrow said the contents were in 'surprisingly good condition'. They will "
        "go on display next month."
    )
    faithful = (
        "A box hidden in 1911 behind a fireplace in Mossley Hall was opened on Friday before about 80 people. The wooden "
        "box held letters, coins and a diary, all in 'surprisingly good condition' according to the museum curator."
    )
    assert not of_type(serious(reference, faithful, mode="summary"), FindingType.ATTRIBUTION)


def test_a_record_is_the_highest_ever():
    reference = "The festival sold 48,300 tickets this year, the highest number ever recorded, organisers said."
    faithful = "A record 48,300 tickets were sold for the festival this year, organisers said."
    assert not of_type(serious(reference, faithful), FindingType.OMISSION)
    plain = "The festival sold 48,300 tickets this year, organisers said."
    assert of_type(compare(reference, plain).findings, FindingType.OMISSION)


def test_the_previous_year_is_the_year_before_the_one_named():
    reference = "A total of 63 thefts were reported in 2023, compared with 45 in 2022."
    faithful = "There were 63 reported thefts in 2023, up from 45 the previous year."
    assert not serious(reference, faithful)
    changed = "There were 63 reported thefts in 2023, up from 45 in 2021."
    assert of_type(serious(reference, changed), FindingType.DATE)


def test_a_figure_in_a_year_is_no_rate():
    from helpers import quantities

    assert [q[1] for q in quantities("A total of 63 thefts were reported, compared with 45 in 2022.") if q[3] == "%"] == []
    assert [q for q in quantities("Nine in ten residents backed the plan.") if q[3] == "%"]


def test_a_speaker_named_by_a_word_of_the_others_phrase_is_the_same_source():
    reference = "Hotel owners had opposed the levy, warning it could deter short-stay guests."
    faithful = "Hoteliers had been against the levy, warning that it might discourage guests who stay only briefly."
    assert not [f for f in compare(reference, faithful).findings if f.type == FindingType.ATTRIBUTION]
    other = "Residents had been against the levy, warning that it might discourage guests who stay only briefly."
    assert [f for f in compare(reference, other).findings if f.type == FindingType.ATTRIBUTION]


def test_half_each_is_an_equal_split_between_two():
    reference = "Proceeds will be split equally between the lifeboat station and the village school."
    faithful = "Half of the proceeds will go to the lifeboat station and half to the village school."
    assert not compare(reference, faithful).findings
    three = "Proceeds will be split equally between the lifeboat station, the library and the village school."
    assert [f for f in compare(three, "Half of the proceeds will go to the lifeboat station.").findings if f.check == "numbers"]


# ---------------------------------------------------------------------------------------------------------------
# a review of the batch, with made-up pairs: what its first version missed or flagged


def test_the_review_cases_of_the_batch_stay_found():
    cases = [
        ("Inspectors found no fault with the brakes.", "Inspectors found that the brakes did not work.", FindingType.POLARITY),
        ("The council allowed the traders to open on Sundays.", "The council forbade the traders to open on Sundays.", None),
        ("The regulator is allowed to approve the merger.", "The regulator approved the merger.", FindingType.MODALITY),
        ("Officials said the bridge could reopen in May.", "Officials said the bridge was able to reopen in May.", FindingType.MODALITY),
        ("Doctors said she might recover fully.", "Doctors said she would make a full recovery.", FindingType.MODALITY),
        (
            'Rivas said the roads were "a disgrace", according to the Brenna Tribune.',
            'The Brenna Tribune said the roads were "a disgrace".',
            FindingType.ATTRIBUTION,
        ),
    ]
    for reference, candidate, kind in cases:
        found = serious(reference, candidate)
        assert of_type(found, kind) if kind else found, (reference, candidate)
    summary = compare(
        "Ferries will not sail on Saturdays this winter. The new timetable starts on Thursday.",
        "The new winter timetable starts on Saturday.",
        mode="summary",
    )
    assert of_type(summary.findings, FindingType.DATE)


def test_the_review_cases_of_the_batch_stay_quiet():
    cases = [
        ("Residents exercised their right to appeal against the decision.", "Residents appealed against the decision."),
        ("The square was cleared to make room for the market.", "Workers cleared the square to make room for the market."),
        ("Police seized suspected cocaine and cash after the raid.", "Police seized cash and suspected cocaine after the raid."),
        (
            "Hollis Renner, who founded Renner Bakeries, said sales had doubled.",
            "Renner, who founded Renner Bakeries, said sales had doubled.",
        ),
    ]
    for reference, candidate in cases:
        assert not serious(reference, candidate), (reference, candidate)


# ---------------------------------------------------------------------------------------------------------------
# more renderings of the same kind


def test_a_gerund_banned_is_a_gerund_barred():
    reference = "Farmers will be barred from burning stubble on the upland fields from March."
    faithful = "From March, burning stubble on the upland fields will be banned."
    assert not of_type(serious(reference, faithful), FindingType.POLARITY)


def test_a_superlative_in_a_synonym_is_no_opposite():
    reference = (
        "Harrow Mills, the country's largest maker of fruit cakes, expects to sell 1.2 million cakes this year. Sales of "
        "smaller cakes are growing."
    )
    faithful = "Harrow Mills, the biggest fruit cake maker in the country, expects to sell 1.2 million cakes this year."
    assert not of_type(serious(reference, faithful, mode="summary"), FindingType.POLARITY)


def test_not_unless_is_only_if_wherever_the_parse_hangs_the_condition():
    reference = "The ranger urged visitors not to swim in the lake unless a lifeguard was on duty."
    faithful = "The ranger urged visitors to swim in the lake only if a lifeguard is on duty."
    assert not of_type(serious(reference, faithful), FindingType.POLARITY)
    wrong = "The ranger urged visitors to swim in the lake."
    assert serious(reference, wrong)


def test_a_gerund_subject_of_unlikely_is_left_open():
    reference = "The ecologist said it was 'highly unlikely' the weed could now be eradicated."
    faithful = "Eradicating the weed is now 'highly unlikely', the ecologist said."
    assert not of_type(serious(reference, faithful), FindingType.MODALITY)


def test_a_light_verb_is_no_paraphrase_of_a_planned_one():
    reference = "The bakery now employs two extra staff and plans to start delivering to cafes in the autumn."
    faithful = "Two extra staff have been taken on, and from the autumn the bakery intends to supply cafes."
    assert not of_type(serious(reference, faithful), FindingType.MODALITY)
    done = "Two extra staff have been taken on, and the bakery has started delivering to cafes."
    assert of_type(serious(reference, done), FindingType.MODALITY)


def test_an_amount_reached_is_no_one_done_to():
    reference = "The contract will almost double the plant's output to 40,000 bicycles a year."
    faithful = "The plant's output will nearly double to 40,000 bicycles a year under the contract."
    assert not of_type(serious(reference, faithful), FindingType.ROLE)


def test_the_remaining_quarter_is_a_quarter_and_each_is_no_rate_of_time():
    reference = "The founders will transfer 75 per cent of the shares to the trust and keep the remaining quarter."
    faithful = "The founders will pass three-quarters of the shares to the trust, keeping 25 per cent."
    assert not of_type(serious(reference, faithful), FindingType.NUMBER)
    reference = "The council will pay two-thirds of the cost, with the remainder coming from the civic society."
    faithful = "Two-thirds of the bill will be met by the council and the other third by the civic society."
    assert not of_type(serious(reference, faithful), FindingType.NUMBER)
    wrong = "Two-thirds of the bill will be met by the council and the other quarter by the civic society."
    assert of_type(serious(reference, wrong), FindingType.NUMBER)
    reference = "Staff will be eligible for annual bonuses of up to 3,600 pounds each."
    faithful = "Staff could receive bonuses of as much as £3,600 a year."
    assert not of_type(serious(reference, faithful), FindingType.NUMBER)
    assert of_type(serious(reference, "Staff could receive bonuses of as much as £6,300 a year."), FindingType.NUMBER)


def test_a_name_the_parse_splits_is_not_one_party_on_both_sides():
    from factdiff.analyse.claims import Arg, Frame
    from factdiff.analyse.entities import EntityMention
    from factdiff.checks.roles import _self_relations

    # "... sub-prefect Amelie Roussel explained": 'Amelie' the object and 'Roussel' the subject of 'explained'
    def mention(start: int, end: int, text: str, token: int) -> EntityMention:
        m = EntityMention(start, end, text, "PERSON", 0, token, token + 1, text.lower())
        m.cid = "ent:1"
        return m

    split = Frame(0, "explain", 3, 30, 39, 0, False)
    split.args = [
        Arg("patient", 1, 0, 6, "amelie", [mention(0, 6, "Amelie", 1)]),
        Arg("agent", 2, 7, 14, "roussel", [mention(7, 14, "Roussel", 2)]),
    ]
    assert not _self_relations(split)
    apart = Frame(0, "hire", 3, 30, 35, 0, False)
    apart.args = [
        Arg("agent", 1, 0, 14, "roussel", [mention(0, 14, "Roussel", 1)]),
        Arg("patient", 8, 40, 47, "roussel", [mention(40, 47, "Roussel", 8)]),
    ]
    assert _self_relations(apart)


def test_a_view_given_by_describing_keeps_its_source():
    reference = (
        "Police officers seized 300 kilograms of cannabis at the port, the force said on Monday. According to the "
        "police, it is the largest seizure of its kind in the county this year."
    )
    faithful = (
        "The police said on Monday that officers had seized 300kg of cannabis at the port. The force described it as "
        "the biggest seizure of this kind in the county so far this year."
    )
    assert not of_type(serious(reference, faithful), FindingType.ATTRIBUTION)


def test_the_second_review_cases_stay_found():
    cases = [
        ("Shoppers were banned from using the car park after 6pm.", "Using the car park after 6pm was not banned for shoppers."),
        ("Two Harlow councillors refused to back the housing plan.", "No Harlow councillors refused to back the housing plan."),
        (
            "Citing safety concerns, the council refused to reopen the Marlow bridge.",
            "The council, which did not cite safety concerns, refused to reopen the Marlow bridge.",
        ),
        ("The Harlow branch had its best year ever, and its biggest year for new members.", "The Harlow branch had its worst year ever."),
        (
            "The ranger urged visitors not to swim in the lake unless a lifeguard was on duty.",
            "The ranger urged visitors to swim in the lake even if no lifeguard was on duty.",
        ),
        ("The charity plans to donate £5,000 to the hospice.", "The charity has given £5,000 to the hospice."),
        ("Rebels killed 12 soldiers near the border town of Vask.", "Soldiers killed 12 rebels near the border town of Vask."),
        ("The tickets cost £45 each.", "The tickets cost £45 a day."),
        ("Players earn £5,000 a week.", "Players earn £5,000 each."),
        (
            "The fire at the Orwell cinema was started deliberately, police said, and residents called for more patrols.",
            "The fire at the Orwell cinema was started deliberately, and residents called for more patrols.",
        ),
        ("The Marlow bridge is unsafe, engineers said.", "The Marlow bridge, which locals call the Iron Span, is unsafe."),
    ]
    for reference, candidate in cases:
        assert serious(reference, candidate), (reference, candidate)


def test_the_second_review_cases_stay_quiet():
    reference = "Paying by card is possible at all of the town's car parks."
    assert not of_type(serious(reference, "All of the town's car parks accept payment by card."), FindingType.MODALITY)
