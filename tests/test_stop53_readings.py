"""Readings from stop 53: a rate times the time it runs, 'the remaining' share of a whole given in another sentence,
'for another year', a denial that picks out the things a rule is about, 'could not' as a fact, a duty told as leave,
'could have' told as 'would have', 'up from' against 'by', 'most of' dropped, bounds turned ('nearly' / 'more than'),
a weekday moved from another deed, a lower-case 'name', a speech on another matter beside a summary's sentence.

Every text here is made up for the test; none comes from the seed, the challenge or the evaluation sets.
"""

from __future__ import annotations

from helpers import of_type, quantities, serious

from factdiff import compare
from factdiff.model import FindingType

# --- numbers ---------------------------------------------------------------------------------------------------------


def test_a_rate_times_the_time_it_runs_is_the_total():
    reference = "The lifeboat crew will get £40,000 a year for four years from the harbour trust, the trust said."
    candidate = "The lifeboat crew is to receive £160,000 from the harbour trust, in four yearly payments, the trust said."
    assert not of_type(serious(reference, candidate, "rewrite"), FindingType.NUMBER)


def test_another_total_is_still_found():
    reference = "The lifeboat crew will get £40,000 a year for four years from the harbour trust, the trust said."
    candidate = "The lifeboat crew is to receive £200,000 from the harbour trust over four years, the trust said."
    assert of_type(serious(reference, candidate, "rewrite"), FindingType.NUMBER)


def test_the_remaining_part_of_a_whole_given_in_another_sentence():
    reference = "The new bridge will cost £64 million. Of that, £50 million will come from the state and the rest from the city."
    candidate = "The bridge is costed at £64m. The state will pay £50m, with the remaining £14m coming from the city."
    assert not of_type(serious(reference, candidate, "rewrite"), FindingType.NUMBER)


def test_another_remainder_is_still_found():
    reference = "The new bridge will cost £64 million. Of that, £50 million will come from the state and the rest from the city."
    candidate = "The bridge is costed at £64m. The state will pay £50m, with the remaining £18m coming from the city."
    assert of_type(serious(reference, candidate, "rewrite"), FindingType.NUMBER)


def test_up_from_a_figure_is_no_rise_by_it():
    reference = "Waiting lists grew to 9,200 in June, up from 6,100 in January, the board said."
    candidate = "Waiting lists grew by 6,100 to 9,200 between January and June, the board said."
    found = of_type(serious(reference, candidate, "rewrite"), FindingType.NUMBER)
    assert found and found[0].candidate_span.text == "6,100"


def test_up_from_a_figure_said_as_from_is_the_same():
    reference = "Waiting lists grew to 9,200 in June, up from 6,100 in January, the board said."
    candidate = "Waiting lists grew from 6,100 in January to 9,200 in June, the board said."
    assert not of_type(serious(reference, candidate, "rewrite"), FindingType.NUMBER)


def test_nearly_a_figure_is_not_more_than_it():
    reference = "The club, which collected more than 2,400 signatures on its petition, said it would keep campaigning."
    candidate = "The club, whose petition drew nearly 2,400 signatures, said it would keep campaigning."
    assert of_type(serious(reference, candidate, "rewrite"), FindingType.NUMBER)


def test_a_bound_turned_beside_a_denial_in_another_clause_is_found():
    reference = "The club, which collected more than 2,400 signatures, said it was sad that no hearing had been held."
    candidate = "The club, whose petition drew nearly 2,400 signatures, said it was sad no hearing had been held."
    assert of_type(serious(reference, candidate, "rewrite"), FindingType.NUMBER)


def test_as_long_as_is_a_ceiling_like_up_to():
    reference = "The lane will be closed for up to nine months while the pipes are replaced."
    candidate = "The lane will be shut while the pipes are replaced, possibly for as long as nine months."
    found = compare(reference, candidate, "rewrite").findings
    assert not [f for f in found if f.type == FindingType.OMISSION and "up to" in (f.reference_span.text if f.reference_span else "")]


def test_others_counted_before_a_rank():
    reference = "Harbour Fuels is the fourth distributor to go bust this year, the regulator said."
    candidate = "Three other distributors have already gone bust this year, the regulator said of Harbour Fuels."
    found = compare(reference, candidate, "rewrite").findings
    assert not [f for f in found if f.candidate_span and f.candidate_span.text.startswith("Three")]


# --- omission --------------------------------------------------------------------------------------------------------


def test_another_year_is_read_as_one_year():
    found = quantities("The tram fare will stay at 1.80 euros for another year, the operator said.")
    assert ("another year", 1.0, 1.0, "years") in found


def test_most_of_dropped_is_a_major_omission():
    reference = "The council said it expected to repair most of the damaged roads before the winter."
    candidate = "The council said it expected to repair the damaged roads before the winter."
    assert of_type(serious(reference, candidate, "rewrite"), FindingType.OMISSION)


def test_most_of_said_as_the_bulk_of_is_kept():
    reference = "The council said it expected to repair most of the damaged roads before the winter."
    candidate = "The council said it expected to repair the bulk of the damaged roads before the winter."
    assert not of_type(serious(reference, candidate, "rewrite"), FindingType.OMISSION)


# --- polarity --------------------------------------------------------------------------------------------------------


def test_a_denial_that_picks_out_what_a_rule_covers():
    reference = "The agency said fines must still be paid by 1 March to avoid a surcharge."
    candidate = "The agency said a surcharge will be added to any fine that is not paid by 1 March."
    assert not of_type(serious(reference, candidate, "rewrite"), FindingType.POLARITY)


def test_a_plain_denial_is_still_found():
    reference = "The agency said the company paid the fine by 1 March."
    candidate = "The agency said the company did not pay the fine by 1 March."
    assert of_type(serious(reference, candidate, "rewrite"), FindingType.POLARITY)


def test_uphold_against_reject_is_opposite():
    reference = "The appeal board rejected his claim for unpaid overtime."
    candidate = "The appeal board upheld his claim for unpaid overtime."
    assert of_type(serious(reference, candidate, "rewrite"), FindingType.POLARITY)


# --- modality --------------------------------------------------------------------------------------------------------


def test_could_not_told_as_lacked_is_a_fact_either_way():
    reference = "The inspector found that the trust could not show a safe staffing plan for the ward."
    candidate = "The inspector found that the trust lacked a safe staffing plan for the ward."
    assert not of_type(serious(reference, candidate, "rewrite"), FindingType.MODALITY)


def test_could_no_longer_told_as_unable_is_a_fact_either_way():
    reference = "The choir was disbanded in May because it could no longer pay the hire of the hall."
    candidate = "The choir was disbanded in May, unable any longer to meet the cost of hiring the hall."
    assert not of_type(serious(reference, candidate, "rewrite"), FindingType.MODALITY)


def test_could_not_promise_told_as_unable_to_guarantee():
    reference = "The manager said the firm could not promise that every parcel would arrive on time."
    candidate = "The manager said the firm was unable to guarantee that every parcel would arrive on time."
    assert not of_type(serious(reference, candidate, "rewrite"), FindingType.MODALITY)


def test_could_not_be_ruled_out_is_still_open():
    reference = "Police said the possibility of arson could not be ruled out."
    candidate = "Police said the fire was arson."
    assert of_type(serious(reference, candidate, "rewrite"), FindingType.MODALITY)


def test_a_duty_told_as_leave_is_found():
    reference = "Tenants who do not pay by card will need to register online before 1 May."
    candidate = "Tenants who do not pay by card can register online before 1 May."
    found = of_type(serious(reference, candidate, "rewrite"), FindingType.MODALITY)
    assert found and "register" in found[0].candidate_span.text


def test_must_told_as_can_with_another_verb_is_found():
    reference = "In return, the club must open the pitch to local schools at least two days a week."
    candidate = "In return, the club can make the pitch available to local schools at least two days a week."
    assert of_type(serious(reference, candidate, "rewrite"), FindingType.MODALITY)


def test_a_duty_kept_as_a_requirement_is_quiet():
    reference = "Tenants must give two months' notice before leaving."
    candidate = "Tenants are required to give two months' notice before leaving."
    assert not of_type(serious(reference, candidate, "rewrite"), FindingType.MODALITY)


def test_could_have_told_as_would_have_is_found():
    reference = "Without the loan, the ferry company could have collapsed within a year, its chairman said."
    candidate = "Without the loan the ferry company would have collapsed within a year, its chairman said."
    assert of_type(serious(reference, candidate, "rewrite"), FindingType.MODALITY)


def test_the_verb_of_another_aligned_sentence_pairs_there():
    from factdiff.analyse.pipeline import load_nlp
    from factdiff.checks.modality import _own_verb_elsewhere

    nlp = load_nlp()
    ref = nlp("Customers will get a new provider, which will be named by the watchdog. The watchdog told them not to change provider.")
    cand = nlp("The watchdog will name a new provider within days.")
    first, second = list(ref.sents)
    (sent,) = list(cand.sents)
    name = next(t for t in cand if t.lemma_ == "name")
    pairs = [(first, sent, None), (second, sent, None)]
    assert _own_verb_elsewhere(name, second, pairs)
    assert not _own_verb_elsewhere(name, first, pairs)


# --- dates -----------------------------------------------------------------------------------------------------------


def test_a_weekday_moved_from_another_deed_in_a_summary():
    reference = (
        "The water company restored supplies to most of its 40,000 customers on Monday evening after a burst main. "
        "The company apologised and said it would pay compensation. "
        "A few homes on the hill were still without water on Tuesday morning."
    )
    candidate = "The water company restored supplies to most of its 40,000 customers on Tuesday morning after a burst main."
    assert of_type(serious(reference, candidate, "summary"), FindingType.DATE)


def test_the_weekday_of_the_same_deed_is_quiet():
    reference = (
        "The water company restored supplies to most of its 40,000 customers on Monday evening after a burst main. "
        "A few homes on the hill were still without water on Tuesday morning."
    )
    candidate = "The water company restored supplies to most of its 40,000 customers on Monday evening."
    assert not of_type(serious(reference, candidate, "summary"), FindingType.DATE)


# --- names and speakers ----------------------------------------------------------------------------------------------


def test_a_lower_case_word_is_no_name():
    reference = (
        "Single bus fares across the Vale will be capped at £2 from 6 April, replacing prices that now reach £4.80 for "
        "longer trips. The cap, announced by regional mayor Ann Dole on Friday, will apply on all routes and will be "
        "funded by a £9 million annual subsidy. Children under 16 will continue to travel for £1."
    )
    candidate = (
        "From 6 April, single bus fares across the Vale will cost no more than £2, down from as much as £4.80, mayor Ann "
        "Dole announced on Friday. The authority will fund the cap with £9m a year; under-16s will still pay £1."
    )
    found = compare(reference, candidate, "summary").findings
    assert not [f for f in found if f.candidate_span and "under-16s" in f.candidate_span.text]


def _context(reference: str, candidate: str, mode: str):
    from factdiff.align import align
    from factdiff.analyse.document import analyse
    from factdiff.analyse.entities import link
    from factdiff.checks.base import Context
    from factdiff.read import source_from_text

    ref_doc, cand_doc = analyse(source_from_text(reference, "reference")), analyse(source_from_text(candidate, "candidate"))
    link(ref_doc.entities, cand_doc.entities)
    return Context(ref_doc, cand_doc, align(ref_doc, cand_doc, ordered=mode != "summary"), mode)


def test_two_speeches_on_other_matters_share_no_content():
    from factdiff.checks.attribution import _shares_content

    ctx = _context(
        "Riders' group Island Bus Users said it welcomed the news but wanted Sunday services back.",
        "Single bus fares on the island will be capped at £2 from May, council leader Ann Dole announced.",
        "summary",
    )
    said = [f for f in ctx.reference.frames if f.is_speech][0], [f for f in ctx.candidate.frames if f.is_speech][0]
    assert not _shares_content(ctx, *said)
    same = _context(
        "Riders' group Island Bus Users said the fare cap would bring passengers back to the buses.",
        "Council leader Ann Dole said the fare cap would bring passengers back to the buses.",
        "summary",
    )
    said = [f for f in same.reference.frames if f.is_speech][0], [f for f in same.candidate.frames if f.is_speech][0]
    assert _shares_content(same, *said)


def test_a_speech_verb_is_no_slot_for_another_name():
    reference = (
        "Campaign group River Watch said the weir could lower the river in summer and called for a review. "
        "Hallam Power said the weir would only be used in winter."
    )
    candidate = (
        "River Watch has called for a review, warning the weir could lower the river in summer; "
        "the company said it would only be used in winter."
    )
    assert not of_type(serious(reference, candidate, "rewrite"), FindingType.ENTITY)


# --- second batch: shares in words, hedges on an auxiliary, claims beside a plan, figures and phrases left out,
# --- nouns of one kind, asked for against granted -------------------------------------------------------------------


def test_one_in_every_eight_is_a_share():
    found = quantities("Roughly one in every eight lorries will be stopped for checks.")
    assert found and found[0][3] == "%" and found[0][1] <= 12.5 <= found[0][2]


def test_one_thing_in_six_is_a_share():
    found = quantities("One shop in six inspected last year failed the test.")
    assert found and found[0][3] == "%" and found[0][1] <= 100 / 6 <= found[0][2]


def test_one_thing_in_a_year_is_no_share():
    assert not [q for q in quantities("One person in 2022 was fined.") if q[3] == "%"]


def test_a_quarter_before_last_year_is_a_share():
    found = quantities("Sales had risen by a quarter last year to £3.8 million.")
    assert [q for q in found if q[3] == "%" and q[1] <= 25 <= q[2]]


def test_a_share_in_words_against_a_percentage_is_no_new_figure():
    reference = "Under the new rules, one in every eight lorries will be sent for checks, the agency said."
    candidate = "Under the new rules, 12.5% of lorries will be sent for checks, the agency said."
    found = compare(reference, candidate, "rewrite").findings
    assert not [f for f in found if f.candidate_span and "12.5%" in f.candidate_span.text]


def test_a_modal_the_parse_hangs_on_the_auxiliary_still_hedges():
    reference = "She said other pieces could be scattered over about ten square kilometres."
    candidate = "She added that more pieces might lie scattered across some ten square kilometres."
    assert not of_type(serious(reference, candidate, "translation"), FindingType.MODALITY)


def test_a_claim_beside_a_plan_is_no_plan_told_as_done():
    reference = "The company wants to cut deliveries to five days a week, arguing that volumes have halved in ten years."
    candidate = "The company intends to deliver only five days a week, saying the number of letters has fallen by half over a decade."
    assert not of_type(serious(reference, candidate, "translation"), FindingType.MODALITY)


def test_a_figure_describing_a_noun_left_out_is_found():
    reference = "Results showed a 27 percent fall in net profit, the company said."
    candidate = "Results showed a fall in net profit, the company said."
    assert of_type(compare(reference, candidate, "rewrite").findings, FindingType.OMISSION)


def test_a_figure_describing_a_noun_said_otherwise_is_kept():
    reference = "Results showed a 27 percent fall in net profit, the company said."
    candidate = "Results showed a fall of 27% in net profit, the company said."
    assert not of_type(compare(reference, candidate, "rewrite").findings, FindingType.OMISSION)


def test_a_period_left_out_beside_a_clause_hung_inside_it():
    reference = "Stall fees have been cut by half for the first three months to attract new traders, the council said."
    candidate = "To attract new traders, stall fees have been halved, the council said."
    found = of_type(serious(reference, candidate, "rewrite"), FindingType.OMISSION)
    assert found and "three months" in found[0].reference_span.text


def test_a_number_word_is_no_stop_word_when_a_figure_is_looked_up():
    from factdiff.checks.omission import Direction, vocabulary

    ctx = _context("Fees are cut for six months.", "Fees are cut every month.", "rewrite")
    direction = Direction.omission(ctx)
    assert not vocabulary(direction, direction.other).written("six months")
    assert vocabulary(direction, direction.other).written("month")


def test_two_nouns_of_one_kind_are_kin_and_two_words_for_one_thing_are_not():
    from factdiff.analyse.lexical import kin_nouns

    assert kin_nouns("copper", "aluminium") and kin_nouns("sheep", "goat")
    assert not kin_nouns("lorry", "truck") and not kin_nouns("car", "vehicle") and not kin_nouns("rock", "stone")


def test_a_noun_of_the_same_kind_in_its_place_is_found():
    reference = "The market levy on cattle will be cut to £3 a head. The levy on sheep will stay at £2 a head."
    candidate = "The market levy on cattle will be cut to £3 a head. Goats will continue to carry a £2 levy a head."
    found = of_type(serious(reference, candidate, "rewrite"), FindingType.ENTITY)
    assert found and found[0].candidate_span.text == "Goats"


def test_a_noun_said_with_a_synonym_is_quiet():
    reference = "The duty on lorries entering the port will rise to £40 from May."
    candidate = "From May, trucks entering the port will pay a £40 duty."
    assert not of_type(serious(reference, candidate, "rewrite"), FindingType.ENTITY)


def test_applied_for_told_as_granted_is_another_outcome():
    reference = "The brewery said it had also applied for planning permission to open a shop on the site."
    candidate = "The brewery said it had also been granted planning permission to open a shop on the site."
    assert of_type(serious(reference, candidate, "rewrite"), FindingType.EVENT)


def test_applied_for_told_as_sought_is_the_same():
    reference = "The club has applied for a licence to sell alcohol."
    candidate = "The club has sought a licence to sell alcohol."
    assert not of_type(serious(reference, candidate, "rewrite"), FindingType.EVENT)


def test_a_claim_reported_beside_a_plan_is_told_apart():
    from factdiff.analyse.pipeline import load_nlp
    from factdiff.checks.modality import _reported_beside

    nlp = load_nlp()
    ref = nlp("The company wants to cut deliveries, arguing that volumes have halved.")
    cand = nlp("The company intends to deliver less, saying the number of letters has fallen by half.")
    cut = next(t for t in ref if t.lemma_ == "cut")
    fallen = next(t for t in cand if t.lemma_ == "fall")
    assert _reported_beside(fallen, cut, {"say", "argue"})
    plain = nlp("The company wants to cut deliveries.")
    assert not _reported_beside(fallen, next(t for t in plain if t.lemma_ == "cut"), {"say", "argue"})


def test_a_time_allowed_is_no_duty():
    reference = "Owners who have not yet registered have until 30 June to do so without a fine."
    candidate = "Owners still to register can do so without a fine until 30 June."
    assert not of_type(serious(reference, candidate, "translation"), FindingType.MODALITY)


def test_upholding_a_refusal_is_rejecting_the_appeal():
    reference = "Inspectors have upheld the council's refusal of permission for a quarry near the village."
    candidate = "An inspector has rejected the operator's appeal over a quarry near the village."
    assert not of_type(serious(reference, candidate, "summary"), FindingType.POLARITY)


def test_a_verb_of_the_same_first_sense_is_no_addition():
    reference = "Customers do not need to apply: the amount will be deducted automatically from their next bill, the operator said."
    candidate = (
        "There is no need for customers to apply, as the sum will be subtracted automatically from their next bill, the operator said."
    )
    assert not of_type(compare(reference, candidate, "translation").findings, FindingType.ADDITION)


def test_a_company_telling_of_its_own_sites_is_its_own_account():
    reference = (
        "Toolmaker Brindle Works is to shut its plant in Oxbury with the loss of 200 jobs, the company said on Monday. "
        "Production will move to Poland. About 40 staff will be offered posts at Brindle's site in nearby Carrow, the "
        "company said."
    )
    candidate = (
        "Toolmaker Brindle Works will close its Oxbury plant with the loss of 200 jobs, the company announced on Monday. "
        "Production is to move to Poland. Some 40 employees will be offered jobs at Brindle's site in nearby Carrow."
    )
    assert not of_type(serious(reference, candidate, "rewrite"), FindingType.ATTRIBUTION)


def test_a_limit_beside_a_duty_kept_is_no_duty_told_as_leave():
    reference = (
        "As conditions, drilling will be limited to weekdays between 9am and 5pm, and the firm must plant 8 hectares of "
        "woodland before work begins."
    )
    candidate = (
        "Under the conditions, drilling may take place only on weekdays from 9am to 5pm, and 8 hectares of woodland have "
        "to be planted by the firm before work starts."
    )
    assert not of_type(serious(reference, candidate, "rewrite"), FindingType.MODALITY)


def test_an_ordinal_that_picks_some_of_many_left_out_is_major():
    reference = "The first charging points are due to be working before next winter, the council said."
    candidate = "The charging points are expected to be in operation before next winter, the council said."
    assert of_type(serious(reference, candidate, "translation"), FindingType.OMISSION)


def test_an_ordinal_on_one_thing_left_out_is_a_note():
    reference = "The first phase will open in May, the operator said."
    candidate = "The phase will open in May, the operator said."
    assert not of_type(serious(reference, candidate, "rewrite"), FindingType.OMISSION)


def test_demanded_told_as_secured_is_another_outcome():
    reference = "Dock workers demanded a 6% pay rise, the union said."
    candidate = "Dock workers secured a 6% pay rise, the union said."
    assert of_type(serious(reference, candidate, "rewrite"), FindingType.EVENT)


def test_another_year_against_two_more_years_is_a_changed_number():
    reference = "The temporary footbridge at Mill Ford will stay in place for another year while repairs continue."
    candidate = "The temporary footbridge at Mill Ford will remain for a further two years while repairs continue."
    assert of_type(serious(reference, candidate, "rewrite"), FindingType.NUMBER)


def test_the_rest_of_a_whole_worked_out_wrong_is_found():
    reference = (
        "The Dunmore depot employs 900 people. Some 300 will move to the company's Carrow site, and the rest will be "
        "offered redundancy, a spokesman said."
    )
    wrong = "Of Dunmore's 900 staff, 300 will move to Carrow and the other 500 will be offered redundancy."
    right = "Of Dunmore's 900 staff, 300 will move to Carrow and the other 600 will be offered redundancy."
    assert of_type(serious(reference, wrong, "summary"), FindingType.NUMBER)
    assert not of_type(serious(reference, right, "summary"), FindingType.NUMBER)


def test_a_ban_is_no_leave_made_a_duty():
    reference = "About 30 tonnes of gravel will be carried up by hand, as vehicles are not allowed on the meadow."
    candidate = "Since vehicles are banned from the meadow, some 30 tonnes of gravel will have to be carried up by hand."
    assert not of_type(serious(reference, candidate, "rewrite"), FindingType.MODALITY)


def test_the_first_ones_said_as_a_beginning_are_kept():
    reference = "The bank will shut 40 branches this year. The first closures will take place in May, the bank said."
    candidate = "The bank will close 40 branches this year, with closures beginning in May, it said."
    assert not of_type(serious(reference, candidate, "rewrite"), FindingType.OMISSION)


def test_another_party_put_in_the_place_of_a_speaker_who_calls_for_something():
    reference = (
        "An inspection by the independent inspector Safecheck found faults at 12 parks. "
        "The parents' group Play Watch said the findings were worrying and called for inspections every month."
    )
    candidate = (
        "The independent inspector Safecheck found faults at 12 parks. "
        "Safecheck called the findings worrying and urged inspections every month."
    )
    assert serious(reference, candidate, "rewrite")
