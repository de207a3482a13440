"""Readings from stop 82: 'one' standing for a noun; 'no later than' a date; 'this weekend' and 'next weekend'; two
years written as one span ('2023-24'); 'told X to do' as an order, not an account; 'on suspicion of'; 'should have
come' as a judgement; a place for its people as a doer; the clause that says who a name is, given to another name; a
post in a place that opens another name of the text; 'is majority-owned by' and 'a stake in'; 'pointed out that'. The
guards hold each reading to its reach.

Every text here is made up for the test; none comes from the seed, the challenge or the evaluation sets.
"""

from __future__ import annotations

from helpers import of_type, serious

from factdiff import compare
from factdiff.analyse.dates import normalise
from factdiff.analyse.document import analyse
from factdiff.model import FindingType
from factdiff.read import source_from_text


def _dates(text: str):
    return analyse(source_from_text(text, "candidate")).dates


# --- polarity -------------------------------------------------------------------------------------------------------


def test_one_that_stands_for_a_noun_carries_the_denial():
    reference = "Inspectors said the virus found at the farm was not the one that killed thousands of ducks in Brenlow last year."
    candidate = "Inspectors said the virus found at the farm was the one that killed thousands of ducks in Brenlow last year."
    assert of_type(serious(reference, candidate), FindingType.POLARITY)
    candidate = "Inspectors said the virus found at the farm was not the one that killed thousands of ducks in Brenlow a year ago."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


# --- dates ----------------------------------------------------------------------------------------------------------


def test_no_later_than_a_date_is_a_deadline_against_not_before():
    reference = "The supplier says the new turbines will not be delivered before 14 March."
    candidate = "According to the supplier, the new turbines will be delivered no later than 14 March."
    assert of_type(serious(reference, candidate), FindingType.DATE)
    # ('by' and 'no later than' both give the latest day)
    reference = "The supplier says the new turbines will be delivered by 14 March."
    assert not of_type(serious(reference, candidate), FindingType.DATE)


def test_a_day_the_tagger_leaves_out_of_its_month_is_read_with_it():
    dates = _dates("The spare parts will arrive no later than 10 December.")
    assert any(d.period == "day" and d.low is not None and (d.low.month, d.low.day) == (12, 10) for d in dates)


def test_this_weekend_and_next_weekend_are_two_weekends():
    assert normalise("this weekend")[1] == "week/part"
    assert normalise("this weekend")[2] != normalise("next weekend")[2]
    # ('this coming weekend' may be said of either of the next two; 'this past weekend' is the last)
    assert normalise("this coming weekend")[2] == normalise("this weekend")[2]
    assert normalise("this coming weekend")[3] == normalise("next weekend")[3]
    assert normalise("this past weekend")[2:] == normalise("last weekend")[2:]
    reference = "The bird sanctuary at Oakmere will open its new hides to visitors this weekend, the trust said."
    candidate = "The trust said the bird sanctuary at Oakmere would open its new hides to visitors next weekend."
    assert of_type(serious(reference, candidate), FindingType.DATE)
    candidate = "The trust said the bird sanctuary at Oakmere would open its new hides to visitors this weekend."
    assert not of_type(serious(reference, candidate), FindingType.DATE)


def test_two_years_written_as_one_span_keep_both_years():
    dates = _dates("A review covering 2021–22 found nine faults.")
    assert any(d.period == "range" and d.low.year == 2021 and d.high.year == 2022 for d in dates)
    reference = "A review covering 2021 and 2022 found nine faults in the signalling system."
    for candidate in (
        "A review covering 2021–22 found nine faults in the signalling system.",
        "A review covering 2021-22 found nine faults in the signalling system.",
    ):
        report = serious(reference, candidate)
        assert not of_type(report, FindingType.OMISSION) and not of_type(report, FindingType.NUMBER)


# --- attribution ----------------------------------------------------------------------------------------------------


def test_telling_someone_to_act_is_an_order_not_an_account():
    reference = (
        "The regulator fined Harbury Water £2 million. The regulator has also told the company to inspect every reservoir "
        "it operates within six months."
    )
    candidate = (
        "Harbury Water was fined £2m by the regulator. The company has also been given six months to inspect every reservoir it operates."
    )
    assert not of_type(serious(reference, candidate), FindingType.ATTRIBUTION)
    # (an account given with 'told' is still one: 'told reporters that ...')
    reference = "The regulator fined Harbury Water £2 million. The regulator told reporters that the company had ignored warnings."
    candidate = "Harbury Water was fined £2m by the regulator. The company had ignored warnings."
    assert of_type(serious(reference, candidate), FindingType.ATTRIBUTION)


def test_pointed_out_that_passes_a_claim_on_as_said_does():
    reference = (
        "The inspector, Ruth Abara, said the school had improved. Parent governor Colin Mayhew said staff deserved praise, "
        "noting that attendance had risen to 96 per cent."
    )
    candidate = (
        "Inspector Ruth Abara said the school had improved. Parent governor Colin Mayhew said staff deserved praise. "
        "The inspector pointed out that attendance had risen to 96 per cent."
    )
    assert of_type(serious(reference, candidate), FindingType.ATTRIBUTION)
    candidate = (
        "Inspector Ruth Abara said the school had improved. Parent governor Colin Mayhew said staff deserved praise, "
        "pointing out that attendance had risen to 96 per cent."
    )
    assert not of_type(serious(reference, candidate), FindingType.ATTRIBUTION)


# --- modality -------------------------------------------------------------------------------------------------------


def test_on_suspicion_of_leaves_the_deed_open():
    reference = "Police have arrested two men suspected of stealing copper cable from the railway near Dunholt."
    candidate = "Two men have been arrested by police on suspicion of stealing copper cable from the railway near Dunholt."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)
    candidate = "Two men have been arrested by police for stealing copper cable from the railway near Dunholt."
    assert of_type(serious(reference, candidate), FindingType.MODALITY)


def test_should_have_come_is_a_judgement_not_a_deed_left_open():
    reference = "The residents' association said the new crossing should have been built years ago."
    candidate = "The residents' association said the new crossing was years overdue."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)
    candidate = "The residents' association said the new crossing was built years ago."
    assert of_type(serious(reference, candidate), FindingType.MODALITY)


# --- entities and roles ---------------------------------------------------------------------------------------------


def test_a_place_stands_for_its_people_as_a_doer():
    reference = (
        "The village of Hollin Bridge has been twinned with Kerlouan in Brittany after councillors from both villages signed "
        "a charter at the parish hall on Sunday. The cost will be met by sponsors."
    )
    candidate = "Hollin Bridge has signed a twinning charter with Kerlouan in Brittany at a ceremony in the parish hall on Sunday."
    assert not of_type(serious(reference, candidate, mode="summary"), FindingType.ENTITY)


def test_the_clause_that_says_who_a_name_is_given_to_another_name():
    reference = (
        "The cartons arrived on a ship chartered by Velmora Freight and were opened at the depot. Inspectors are also "
        "questioning Ashgrove Traders, the firm listed as the buyer on the customs declaration."
    )
    candidate = (
        "Shipped on a vessel chartered by Velmora Freight, the cartons were opened at the depot. Inspectors also want to "
        "speak to Velmora Freight, which was listed as the buyer on the customs declaration."
    )
    assert of_type(serious(reference, candidate), FindingType.ENTITY)
    candidate = candidate.replace("speak to Velmora Freight, which", "speak to Ashgrove Traders, which")
    assert not of_type(serious(reference, candidate), FindingType.ENTITY)


def test_a_post_in_the_place_that_opens_another_name():
    reference = (
        "Colbeck Depot in Harrowfield will close in 2028. Its staff will move to Tarnley Park, 30 miles away. Harrowfield's "
        "mayor, Martin Pelly, said the closure would cost local shops £3 million a year."
    )
    candidate = (
        "Colbeck Depot in Harrowfield will close in 2028, with staff moving to Tarnley Park, and Martin Pelly, the mayor of "
        "Tarnley, said the closure would cost local shops £3m a year."
    )
    assert of_type(serious(reference, candidate, mode="summary"), FindingType.ENTITY)
    candidate = candidate.replace("the mayor of Tarnley", "the mayor of Harrowfield")
    assert not of_type(serious(reference, candidate, mode="summary"), FindingType.ENTITY)


def test_majority_owned_by_against_a_stake_in():
    reference = "Corvane Mills, which is majority-owned by the pension fund Eldergate Capital, has offered staff a 4% rise."
    candidate = "Corvane Mills, which owns a majority stake in Eldergate Capital, has offered staff a 4% rise."
    assert of_type(serious(reference, candidate), FindingType.ROLE)
    candidate = "Corvane Mills, in which Eldergate Capital holds a majority stake, has offered staff a 4% rise."
    assert not of_type(serious(reference, candidate), FindingType.ROLE)


# --- numbers and polarity, after the first full run ------------------------------------------------------------------


def test_a_verb_of_passing_a_figure_keeps_its_bound():
    reference = "The scheme may have cost the county more than 2.4 million pounds, auditors said."
    candidate = "Auditors said the cost of the scheme to the county may have exceeded £2.4m."
    assert not of_type(compare(reference, candidate).findings, FindingType.OMISSION)
    candidate = "Auditors said the scheme may have cost the county £2.4m."
    assert of_type(compare(reference, candidate).findings, FindingType.OMISSION)


def test_one_no_phrase_on_both_sides_is_one_denial():
    reference = "The harbour master said the port had 'no safe alternative' berth for the ferry."
    candidate = "The harbour master said there was 'no safe alternative' berth for the ferry."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)
    candidate = "The harbour master said there was a safe alternative berth for the ferry."
    assert of_type(serious(reference, candidate), FindingType.POLARITY)


def test_a_business_that_closes_against_one_that_goes_on():
    reference = "The owner said rents had risen sharply and that the bakery would continue to supply local cafés."
    candidate = "The owner said rents had gone up sharply and that the bakery would close."
    assert of_type(serious(reference, candidate), FindingType.POLARITY)
    candidate = "The owner said rents had gone up sharply and that the bakery would keep supplying local cafés."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)
    # (the reference has it close too: each side says both)
    reference = "The owner said the bakery would close its shop but continue to supply local cafés."
    candidate = "The owner said the bakery would shut its shop and keep supplying local cafés."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


# --- guards from a reviewer's read -----------------------------------------------------------------------------------


def test_guards_from_the_review():
    # one 'no' phrase on both sides clears only a flip inside it
    reference = "There was no immediate threat to residents, and the school did not close on Monday."
    candidate = "There was no immediate threat to residents, and the school closed on Monday."
    assert of_type(serious(reference, candidate), FindingType.POLARITY)
    # a counted thing passed is no bound said by the verb
    reference = "Last year the parliament passed more than 30 new laws on housing."
    candidate = "Last year the parliament passed 30 new laws on housing."
    assert of_type(compare(reference, candidate).findings, FindingType.OMISSION)
    # 'should have notified' against a deed told as done
    reference = "The ministry should have notified the families before the site was closed."
    candidate = "The ministry informed the families before the site was closed."
    assert of_type(serious(reference, candidate), FindingType.MODALITY)
    # a noun of belief hedges what it is of only after 'on' or 'under'
    reference = "In 2019 the trust finished the long project of restoring the castle walls."
    candidate = "In 2019 the trust finished restoring the castle walls."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)
    # 'confirmed X to be' is an account, not an order
    reference = "Police confirmed the victim to be a 34-year-old local man."
    candidate = "The victim was a 34-year-old local man."
    assert of_type(serious(reference, candidate), FindingType.ATTRIBUTION)
    # a people's word opening a name is no place of a post
    reference = "Wales's health minister, Eluned Morgan, said the Welsh Government would publish the plan in May."
    candidate = "The Welsh health minister, Eluned Morgan, said the government would publish the plan in May."
    assert not of_type(serious(reference, candidate), FindingType.ENTITY)


def test_a_place_named_apart_from_the_set_of_places_keeps_its_own_deed():
    reference = "Councillors from neighbouring towns signed a petition against the new bypass planned by the town of Wexley."
    candidate = "Wexley signed a petition against the new bypass."
    assert of_type(serious(reference, candidate, mode="summary"), FindingType.ENTITY)


def test_a_clause_the_reference_says_of_the_name_in_a_sentence_of_its_own():
    reference = "Borex, which makes garden furniture, was bought last year by Acme. Like Borex, Acme makes garden furniture."
    candidate = "Acme, which makes garden furniture, bought a rival last year."
    assert not of_type(serious(reference, candidate, mode="summary"), FindingType.ENTITY)


def test_a_span_of_two_years_changed_is_still_found():
    reference = "The college will close its Marrowby site at the end of the 2025-26 academic year, governors decided."
    candidate = "Governors decided the college will close its Marrowby site at the end of the 2024-25 academic year."
    assert serious(reference, candidate)


def test_a_verb_that_cannot_agree_with_the_clause_it_is_joined_to_shares_the_speakers_subject():
    reference = "Residents say the meadow is home to a rare orchid and do not rule out challenging the permit in court."
    candidate = "The residents say a rare orchid grows in the meadow and have ruled out challenging the permit in court."
    assert of_type(serious(reference, candidate), FindingType.POLARITY)
    candidate = "The residents say a rare orchid grows in the meadow and have not ruled out challenging the permit in court."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_a_figure_no_verb_passes_keeps_its_estimate_note():
    reference = "Tickets cost an average of 12 euros this season, the theatre said."
    candidate = "The theatre said tickets cost 12 euros this season."
    assert of_type(compare(reference, candidate).findings, FindingType.OMISSION)


def test_keeping_a_thing_is_no_going_on_and_a_close_told_anywhere_counts():
    reference = (
        "The last mink farm in the valley will close by the end of next year, campaigners said. "
        "The farm, near the village of Ostrau, keeps about 900 animals."
    )
    candidate = "The valley's last mink farm, near Ostrau, is to shut by the end of next year; its 900 animals will be rehomed."
    assert not of_type(serious(reference, candidate, mode="summary"), FindingType.POLARITY)
