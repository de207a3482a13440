"""Readings from stop 74: a denial carried by a word of forbidding ('a ban on felling', 'bars boats from entering'), by
'too ... to' and by a verb of confirming ('none has been confirmed as linked'); one word the reference writes twice,
denied once; a time of day the reference writes in the same figures; how often ('ten a month') is no date; a contrast
needs its two things set against each other; a form of address names a person; the months of a quarter; a margin
with its unit written once; two rough shares a step apart; the polarity check's leave pass over a second word of
leave; what a deed is called off for; a name's describing noun in the slot around it; a plan named 'proposed'; 'he' for
a person the candidate never names; a claim 'maintained' by another party.

Every text here is made up for the test; none comes from the seed, the challenge or the evaluation sets.
"""

from __future__ import annotations

from helpers import of_type, serious

from factdiff import compare
from factdiff.model import FindingType

# --- polarity --------------------------------------------------------------------------------------------------------


def test_a_ban_on_a_deed_denies_it():
    reference = "The agency has imposed a 14-day ban on moving live cattle off the island and said it would test neighbouring herds."
    faithful = "For 14 days, no live cattle may be moved off the island, and neighbouring herds will be tested, the agency said."
    assert not of_type(serious(reference, faithful), FindingType.POLARITY)
    lifted = "The agency has lifted a 14-day ban on moving live cattle off the island and said it would test neighbouring herds."
    assert of_type(serious(reference, lifted), FindingType.POLARITY)


def test_barred_from_a_deed_with_the_object_between():
    reference = "The port has fined Baltline €50,000. Under the curfew, no scheduled ferries may dock or leave between midnight and 5am."
    faithful = "The port has fined Baltline €50,000. The curfew bans scheduled ferries from docking or leaving between midnight and 5am."
    assert not of_type(serious(reference, faithful), FindingType.POLARITY)
    assert not of_type(serious(reference, faithful), FindingType.MODALITY)  # a ban either way, no leave told as done


def test_too_early_to_say_is_no_saying():
    reference = "The inspectors said it was too early to say whether the bridge would need to be rebuilt."
    faithful = "Whether the bridge will need rebuilding cannot yet be said, according to the inspectors."
    assert not of_type(serious(reference, faithful), FindingType.POLARITY)
    said = "The inspectors said the bridge would need to be rebuilt."
    assert of_type(compare(reference, said).findings, FindingType.MODALITY)  # the open question told as settled


def test_what_nobody_confirmed_a_thing_as_is_not_said_of_it():
    reference = "Health officials said there had been no confirmed cases of illness linked to the outbreak at the farm."
    faithful = "No illness has been confirmed as linked to the outbreak at the farm, according to health officials."
    assert not of_type(serious(reference, faithful), FindingType.POLARITY)
    turned = "Several illnesses have been linked to the outbreak at the farm, according to health officials."
    assert of_type(serious(reference, turned), FindingType.POLARITY)


def test_a_contrast_needs_its_two_things_set_against_each_other():
    reference = (
        "The zoo urged visitors not to feed the parrots and to use the feeding stations instead, saying the birds were "
        "not aggressive but could peck if startled."
    )
    faithful = (
        "Visitors should not feed the birds but use the feeding stations, the zoo said: the parrots are not aggressive, "
        "though they may peck if startled."
    )
    assert not of_type(serious(reference, faithful), FindingType.POLARITY)


def test_a_second_word_of_leave_after_a_finding_is_read_too():
    reference = "Owners on low incomes will be able to apply for a reduction in the charge, the council said."
    candidate = (
        "Owners on low incomes will not be eligible to apply for a reduction in the charge, but landlords will be "
        "allowed to object, the council said."
    )
    report = compare(reference, candidate)  # a list of words was read as a string and the comparison stopped here
    assert of_type(report.findings, FindingType.POLARITY)


def test_those_a_thing_is_called_off_for_are_not_called_off():
    reference = "The auditors recommended that the agency write off debts where tenants had reported their income correctly."
    faithful = "The auditors recommended that the agency cancel the debts of tenants who had reported their income correctly."
    assert not of_type(serious(reference, faithful), FindingType.POLARITY)


# --- dates -----------------------------------------------------------------------------------------------------------


def test_a_time_the_reference_writes_in_the_same_figures():
    reference = "The 07:15 service from Alder to Brook was carrying about 90 passengers when it stopped on a bridge shortly before 8am."
    faithful = "About 90 passengers were on board the Alder Line's 07:15 Alder to Brook service when it stopped on a bridge."
    assert not of_type(serious(reference, faithful, "summary"), FindingType.DATE)
    changed = "About 90 passengers were on board the Alder Line's 06:15 Alder to Brook service when it stopped on a bridge."
    assert of_type(serious(reference, changed, "summary"), FindingType.DATE)


def test_how_often_is_no_date():
    reference = (
        "The charity's board said on Wednesday that an audit had found staff had pressed donors to give more. According "
        "to the audit, at least 200 donors were called repeatedly, in some cases more than ten times a month."
    )
    faithful = (
        "The audit showed that staff had pressed donors to give more, the charity's board announced on Wednesday. The "
        "audit found that no fewer than 200 donors had received repeated calls, sometimes upwards of ten a month."
    )
    assert not of_type(serious(reference, faithful), FindingType.DATE)
    assert of_type(serious(reference, faithful.replace("on Wednesday", "on Thursday")), FindingType.DATE)


def test_a_quarter_named_by_its_months():
    reference = "Exports rose 4.1 per cent in the third quarter, after 2.2 per cent in the previous three months, the office said."
    faithful = "Exports grew 4.1% between July and September, after 2.2% in the second quarter, the office said."
    assert not of_type(serious(reference, faithful), FindingType.DATE)
    moved = "Exports grew 4.1% in the second quarter, after 2.2% in the first quarter, the office said."
    assert of_type(serious(reference, moved), FindingType.DATE)


def test_a_plan_that_was_proposed():
    reference = "The festival will open on 3 June, a week earlier than originally proposed, the organisers said."
    later = "The festival will open on 3 June, a week later than first planned, the organisers said."
    assert of_type(serious(reference, later), FindingType.DATE)
    assert not of_type(serious(reference, later.replace("later", "earlier")), FindingType.DATE)


# --- numbers ---------------------------------------------------------------------------------------------------------


def test_a_margin_with_its_unit_written_once():
    reference = "The plant lost an average of 86 million litres a day through leaks, against a target of 70 million."
    faithful = "On average 86 million litres a day leaked from the plant, 16 million more than the 70 million it was allowed."
    assert not of_type(serious(reference, faithful), FindingType.NUMBER)
    wrong = "On average 86 million litres a day leaked from the plant, 26 million more than the 70 million it was allowed."
    assert of_type(serious(reference, wrong), FindingType.NUMBER)


def test_two_rough_shares_a_step_apart():
    reference = "The scheme is aimed at reducing fuel poverty, which affects about one in five households in the valley."
    assert of_type(
        serious(reference, "The scheme aims to cut fuel poverty, which affects roughly a quarter of households in the valley."),
        FindingType.NUMBER,
    )
    assert not of_type(
        serious(reference, "The scheme aims to cut fuel poverty, which affects around 20% of households in the valley."), FindingType.NUMBER
    )


# --- attribution, names ----------------------------------------------------------------------------------------------


def test_a_form_of_address_names_a_person():
    reference = (
        "The leader of Ferncombe council, Martin Birch, resigned on Tuesday, two weeks after a newspaper reported that he "
        "had failed to declare a stake in a building firm. In a statement, Mr Birch said he had made an honest mistake "
        "but did not want the dispute to distract from the council's work. The standards committee said it would still "
        "publish its findings."
    )
    faithful = (
        "Ferncombe council leader Martin Birch resigned on Tuesday, a fortnight after a paper reported he had not "
        "declared a stake in a building firm. Calling it an honest mistake, he said he did not want the row to distract "
        "from the council's work."
    )
    assert not of_type(serious(reference, faithful, "summary"), FindingType.ATTRIBUTION)


def test_a_claim_maintained_by_another_party():
    reference = (
        "The river authority confirmed the new spraying rules on Monday. The farmers' union said the rules would drive "
        "small growers out of business, while the agriculture ministry argued that they would protect the river."
    )
    moved = (
        "The river authority confirmed the new spraying rules on Monday. According to the farmers' union, the rules will "
        "force small growers out of business, whereas the authority maintains they will protect the river."
    )
    assert of_type(compare(reference, moved).findings, FindingType.ATTRIBUTION)
    kept = moved.replace("whereas the authority maintains", "whereas the agriculture ministry maintains")
    assert not of_type(compare(reference, kept).findings, FindingType.ATTRIBUTION)


def test_a_name_in_the_slot_of_another_past_its_describing_noun():
    reference = (
        "The city will add 400 bicycles to its hire scheme next year under a new contract with operator Wheelway. "
        "Wheelway replaced the previous operator, Pedalco, in 2022."
    )
    swapped = "The city will add 400 bicycles to its hire scheme next year under a new contract with Pedalco, which will pay for it."
    assert of_type(serious(reference, swapped, "summary"), FindingType.ENTITY)


def test_he_for_a_person_the_candidate_never_names():
    reference = (
        "Mayor Daniel Orrin said the review had been ordered after residents complained. Deputy mayor Sofia Brandt "
        "will present the findings to the council next month."
    )
    replaced = (
        "The review was ordered after residents complained, mayor Daniel Orrin said. He will present the findings to the "
        "council next month."
    )
    assert of_type(serious(reference, replaced), FindingType.ENTITY)
    kept = replaced.replace("He will present", "His deputy, Sofia Brandt, will present")
    assert not of_type(serious(reference, kept), FindingType.ENTITY)


# --- omission --------------------------------------------------------------------------------------------------------


def test_a_threshold_in_words_left_out_is_a_figure_lost():
    reference = "Households with two or more cars will pay an extra charge of 40 euros a year from March, the council said."
    dropped = "From March, households will pay an extra charge of 40 euros a year, the council said."
    assert [f for f in serious(reference, dropped) if f.type == FindingType.OMISSION]
    kept = "From March, households with at least two cars will pay an extra 40 euros a year, the council said."
    assert not [f for f in serious(reference, kept) if f.type == FindingType.OMISSION]


def test_what_a_party_denies_is_denied():
    reference = "The builder denied that it had ignored the safety warnings."
    assert not of_type(serious(reference, "The builder said it had not ignored the safety warnings."), FindingType.POLARITY)
    assert of_type(serious(reference, "The builder said it had ignored the safety warnings."), FindingType.POLARITY)


def test_nobody_but_names_who_does():
    reference = "Only members will be allowed to use the new courts."
    assert not of_type(serious(reference, "Nobody but members will be able to use the new courts."), FindingType.POLARITY)
    assert of_type(
        serious("Members will be allowed to use the new courts.", "Nobody will be able to use the new courts."), FindingType.POLARITY
    )


def test_a_plan_and_what_became_of_it():
    reference = "The footbridge was first proposed in 2012 and approved four years later."
    faithful = "First put forward in 2012, the footbridge won approval in 2016."
    assert not of_type(serious(reference, faithful), FindingType.MODALITY)
    assert of_type(serious("A second station was proposed in 2015.", "A second station opened in 2018."), FindingType.MODALITY)


# --- readings from the reviewer's pairs ------------------------------------------------------------------------------


def test_a_thing_a_denied_have_has_done():
    reference = "The harbour board said it would not renew the mooring licence of Tidewell Boats."
    assert not of_type(
        serious(reference, "Tidewell Boats will not have its mooring licence renewed, the harbour board said."), FindingType.POLARITY
    )
    assert of_type(
        serious(reference, "Tidewell Boats will have its mooring licence renewed, the harbour board said."), FindingType.POLARITY
    )


def test_the_rest_of_a_sum_with_its_currency_written_once():
    reference = "The new library cost 14 million euros, of which the state paid 9 million. The rest was paid by the town."
    faithful = "Of its 14 million euro cost, 9 million came from the state and 5 million from the town."
    assert not of_type(serious(reference, faithful), FindingType.NUMBER)
    assert of_type(serious(reference, faithful.replace("5 million", "6 million")), FindingType.NUMBER)


def test_a_level_worked_out_from_a_share_both_texts_give():
    reference = "Chief executive Amal Reyes said the firm aimed to halve its emissions from the 2019 level of 80,000 tonnes."
    faithful = "Its chief executive, Amal Reyes, said the aim was to cut emissions to 40,000 tonnes, half the 2019 level."
    assert not of_type(serious(reference, faithful), FindingType.NUMBER)


def test_a_change_to_a_bare_figure():
    reference = "Class sizes are expected to fall from an average of 30 pupils to 26."
    assert not of_type(serious(reference, "Average class size is expected to drop by four pupils, to 26."), FindingType.NUMBER)
    assert of_type(serious(reference, "Average class size is expected to drop by six pupils, to 26."), FindingType.NUMBER)


def test_one_deal_told_from_its_other_party():
    reference = "Kingsley Rovers has agreed to buy the Elm Road ground from Marsh District Council for 9 million pounds."
    faithful = "Marsh District Council has agreed to sell the Elm Road ground to Kingsley Rovers for £9 million."
    assert not of_type(serious(reference, faithful), FindingType.ENTITY)


def test_a_claim_whose_source_the_summary_keeps_beside_another():
    reference = (
        "Phosphate levels in the River Teme exceeded the safe limit at 9 of 15 sites last year, the Teme Valley Water "
        "Board said in a report published on Monday. The board's chief chemist, Dr Lena Ortiz, said run-off from "
        "farms was 'the main source'."
    )
    summary = (
        "A report by the Teme Valley Water Board found phosphates above the safe limit at 9 of the River Teme's 15 "
        "sites last year, with farm run-off the main source, according to its chief chemist."
    )
    assert not of_type(serious(reference, summary, "summary"), FindingType.ATTRIBUTION)


def test_a_weighing_is_the_hedge_itself():
    reference = "The bakery chain is also considering launching a delivery service, although no decision has been taken."
    faithful = "It is also weighing up a delivery service but has not yet made a decision."
    assert not of_type(serious(reference, faithful), FindingType.MODALITY)


def test_a_phrase_the_reference_says_twice_too():
    reference = (
        "Members will be able to retire on a full pension at 60 from 2027. Those with fewer years of service will still "
        "be able to retire at 60, but on a reduced pension."
    )
    faithful = (
        "From 2027, members will be able to retire at 60 on a full pension. Others will also be able to retire at 60, on a smaller pension."
    )
    assert not of_type(serious(reference, faithful), FindingType.REPETITION)


def test_days_set_apart_in_other_words():
    reference = "The pool will be open daily from 7:00 until 20:00, except on Tuesdays, when it opens at noon."
    faithful = "It will open every day from 7am to 8pm, apart from Tuesdays, when it will not open until midday."
    assert not of_type(serious(reference, faithful), FindingType.DATE)


def test_earlier_or_later_than_usual():
    reference = "The harvest began two weeks later than usual because of the cold spring."
    assert of_type(serious(reference, "Because of the cold spring, the harvest began a fortnight earlier than normal."), FindingType.DATE)
    assert not of_type(serious(reference, "Because of the cold spring, the harvest began a fortnight later than normal."), FindingType.DATE)


def test_a_takeover_by_told_the_other_way_round():
    reference = "Shareholders approved the takeover of Ferris Logistics by its larger rival Dalton Freight on Monday."
    assert of_type(
        serious(reference, "Shareholders approved Ferris Logistics' takeover of its larger rival Dalton Freight on Monday."),
        FindingType.ROLE,
    )
    assert not of_type(
        serious(reference, "Shareholders approved Dalton Freight's takeover of Ferris Logistics on Monday."), FindingType.ROLE
    )
