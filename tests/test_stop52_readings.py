"""Readings from stop 52: a price in words ('one euro'), a rank given with its noun left out, a length of time between
two clock times, 'lost' for 'without', stances on two things, 'has the power to', a denial the candidate keeps in
another clause, a paraphrase that shares more of the clause, a ratio 'four to one', a date copied from an unaligned
sentence of the reference, a direction with a name said twice, 'no evidence so far that', 'under pressure', a passive
paired by what it is done to.

Every text here is made up for the test; none comes from the seed, the challenge or the evaluation sets.
"""

from __future__ import annotations

from helpers import of_type, serious

from factdiff import compare
from factdiff.model import FindingType

# --- numbers ---------------------------------------------------------------------------------------------------------


def test_a_price_in_words_is_the_same_price_in_figures():
    reference = "From March, pensioners will pay one pound per swim, compared with 4.50 pounds at present."
    candidate = "Starting in March, pensioners will be charged £1 a swim, instead of the current £4.50."
    assert not of_type(serious(reference, candidate, "translation"), FindingType.NUMBER)


def test_a_price_in_words_changed_is_found():
    reference = "From March, pensioners will pay one pound per swim."
    candidate = "Starting in March, pensioners will be charged £2 a swim."
    found = of_type(serious(reference, candidate, "translation"), FindingType.NUMBER)
    assert found and found[0].candidate_span.text == "£2"


def test_a_rank_with_its_noun_left_out_is_the_same_rank():
    reference = "The first landslide, near Carrow Bridge, came at dawn; the second, on the coast road, followed at noon."
    candidate = "The Carrow Bridge slope gave way at dawn, and a second landslide hit the coast road at noon."
    assert not of_type(serious(reference, candidate, "rewrite"), FindingType.NUMBER)


def test_another_rank_is_still_found():
    reference = "The first landslide, near Carrow Bridge, came at dawn; the second, on the coast road, followed at noon."
    candidate = "The Carrow Bridge slope gave way at dawn, and a third landslide hit the coast road at noon."
    assert of_type(serious(reference, candidate, "rewrite"), FindingType.NUMBER)


def test_the_time_between_two_clock_times_is_no_new_figure():
    reference = "The first alarm sounded shortly after 2pm; the second followed at around 6pm."
    candidate = "The first alarm sounded shortly after 2pm, and about four hours later the second followed."
    found = of_type(compare(reference, candidate, "rewrite").findings, FindingType.ADDITION)
    assert not [f for f in found if "four hours" in f.candidate_span.text]


def test_another_time_between_is_still_noted():
    reference = "The first alarm sounded shortly after 2pm; the second followed at around 6pm."
    candidate = "The first alarm sounded shortly after 2pm, and about seven hours later the second followed."
    found = of_type(compare(reference, candidate, "rewrite").findings, FindingType.ADDITION)
    assert [f for f in found if "seven hours" in f.candidate_span.text]


def test_a_ratio_worked_out_from_two_counts():
    reference = "The council received more than 1,300 objections and 310 letters of support."
    candidate = "Objections outnumbered letters of support by more than four to one."
    found = compare(reference, candidate, "summary").findings
    assert not [f for f in found if f.candidate_span is not None and "four" in f.candidate_span.text]


# --- polarity --------------------------------------------------------------------------------------------------------


def test_lost_says_what_without_says():
    reference = "About 2,000 homes were left without mains gas for up to two days, the supplier said."
    candidate = "The supplier says about 2,000 homes lost their mains gas for up to two days."
    assert not [f for f in compare(reference, candidate, "rewrite").findings if f.type in (FindingType.POLARITY, FindingType.OMISSION)]


def test_lost_against_kept_is_still_found():
    reference = "About 2,000 homes kept their mains gas throughout, the supplier said."
    candidate = "The supplier says about 2,000 homes lost their mains gas."
    assert serious(reference, candidate, "rewrite")


def test_two_stances_on_two_things_are_no_opposite():
    reference = "The licensing panel voted 6 to 1 against the application, in line with the advice of its lawyers."
    candidate = "The panel backed its lawyers' advice, rejecting the application by six votes to one."
    assert not of_type(serious(reference, candidate, "summary"), FindingType.POLARITY)


def test_a_stance_turned_on_one_thing_is_still_found():
    reference = "The licensing panel voted 6 to 1 against the application."
    candidate = "The panel backed the application by six votes to one."
    assert of_type(serious(reference, candidate, "summary"), FindingType.POLARITY)


def test_a_denial_kept_in_another_clause():
    reference = (
        "The board has ordered a 20 percent cut in grain sent to brewers. Deliveries to bakeries will not be cut for "
        "now, but mills have been asked to reduce output on Sundays."
    )
    candidate = (
        "The board has ordered deliveries to brewers to be cut by a fifth. For now bakery deliveries will not be "
        "reduced, but mills have been asked to lower their Sunday output."
    )
    assert not serious(reference, candidate, "translation")


def test_the_denial_turned_is_still_found():
    reference = "The board has ordered a 20 percent cut in grain sent to brewers. Deliveries to bakeries will not be cut for now."
    candidate = "The board has ordered deliveries to brewers to be cut by a fifth. For now bakery deliveries will be cut too."
    assert of_type(serious(reference, candidate, "translation"), FindingType.POLARITY)


def test_no_evidence_so_far_that_denies_the_clause():
    reference = "There was no evidence so far that customer records had been copied, she said."
    candidate = "So far there was no evidence that any customer records had been copied, she said."
    assert not of_type(serious(reference, candidate, "rewrite"), FindingType.POLARITY)


def test_evidence_so_far_against_none_is_found():
    reference = "There was evidence so far that customer records had been copied, she said."
    candidate = "So far there was no evidence that customer records had been copied, she said."
    assert of_type(serious(reference, candidate, "rewrite"), FindingType.POLARITY)


# --- modality --------------------------------------------------------------------------------------------------------


def test_the_power_to_act_leaves_it_open():
    reference = "The complaint has gone to the Press Standards Board, which could order a correction."
    candidate = "The complaint has been passed to the Press Standards Board, which has the power to order a correction."
    assert not of_type(serious(reference, candidate, "translation"), FindingType.MODALITY)


def test_a_power_told_as_a_deed_is_found():
    reference = "The complaint has gone to the Press Standards Board, which could order a correction."
    candidate = "The complaint has been passed to the Press Standards Board, which will order a correction."
    assert of_type(serious(reference, candidate, "translation"), FindingType.MODALITY)


def test_under_pressure_is_no_estimate():
    reference = (
        "Clinics across the county are under heavy strain. The trust said some routine scans might have to be "
        "delayed if referrals kept rising."
    )
    candidate = "Clinics across the county are under heavy pressure, and routine scans are being delayed."
    assert of_type(serious(reference, candidate, "summary"), FindingType.MODALITY)


# --- dates and roles -------------------------------------------------------------------------------------------------


def test_a_date_from_an_unaligned_sentence_put_on_another_deed():
    reference = (
        "The Lyric theatre in Marlow, closed since a flood in 2022, will reopen on 20 March after a £4 million "
        "refit. Its new season will include six premieres. Tickets go on sale on 2 March, with discounts for members."
    )
    candidate = "Marlow's Lyric theatre, shut since a flood in 2022, will reopen on 2 March after a £4m refit."
    found = of_type(serious(reference, candidate, "summary"), FindingType.DATE)
    assert found and found[0].candidate_span.text == "2 March"


def test_the_date_of_its_own_deed_in_a_summary_is_quiet():
    reference = (
        "The Lyric theatre in Marlow, closed since a flood in 2022, will reopen on 20 March after a £4 million "
        "refit. Its new season will include six premieres. Tickets go on sale on 2 March, with discounts for members."
    )
    candidate = "Marlow's Lyric theatre, shut since a flood in 2022, will reopen on 20 March; tickets are on sale from 2 March."
    assert not of_type(serious(reference, candidate, "summary"), FindingType.DATE)


def _reference_places(reference: str, candidate: str) -> dict:
    from factdiff.align import align
    from factdiff.analyse.document import analyse
    from factdiff.analyse.entities import link
    from factdiff.checks.base import Context
    from factdiff.checks.exchange import _places
    from factdiff.read import source_from_text

    ref_doc, cand_doc = analyse(source_from_text(reference, "reference")), analyse(source_from_text(candidate, "candidate"))
    link(ref_doc.entities, cand_doc.entities)
    ctx = Context(ref_doc, cand_doc, align(ref_doc, cand_doc), "translation")
    return {place[2].text: place[0] for place in _places(ctx.reference, 0).values()}


def test_a_name_said_again_keeps_its_direction():
    reference = (
        "Nine bus routes will pass from the private operator Autobuses Ferrer to the company Viajes Molina in August, "
        "after Ferrer announced that it would abandon them."
    )
    candidate = "In August nine bus routes will move from Viajes Molina to Autobuses Ferrer."
    places = _reference_places(reference, candidate)
    assert places.get("Autobuses Ferrer") == "prep:from" and places.get("Viajes Molina") == "prep:to"


def test_a_name_in_two_directions_has_no_one_place():
    reference = "Night trains from Dunmore to Carrick and from Carrick to Dunmore will stop in May."
    candidate = "Night trains between Carrick and Dunmore will stop in May."
    assert "Dunmore" not in _reference_places(reference, candidate)


# --- attribution, rates, hedges ---------------------------------------------------------------------------------------

ROUTE = (
    "The district council said it had received the required notice and would look at funding a replacement. Local "
    "riders' group Friends of the 12 Bus said older residents relied on the route to reach the clinic."
)


def test_a_claim_given_to_a_described_party_that_speaks_elsewhere():
    candidate = (
        "The district council, which received the required notice, may fund a replacement. The council also warned "
        "that older residents rely on the route to reach the clinic."
    )
    found = of_type(serious(ROUTE, candidate, "summary"), FindingType.ATTRIBUTION)
    assert found and found[0].candidate_span.text == "The council"


def test_the_same_party_speaking_again_is_quiet():
    candidate = (
        "The district council, which received the required notice, may fund a replacement. Friends of the 12 Bus "
        "warned that older residents rely on the route to reach the clinic."
    )
    assert not of_type(serious(ROUTE, candidate, "summary"), FindingType.ATTRIBUTION)


def test_a_rate_dropped_beside_another_phrase_of_pay():
    reference = "The trust said the new rota would cost about £2.4 million a year more, mainly because of higher overtime pay."
    candidate = "According to the trust, the new rota will cost roughly £2.4 million more, largely due to higher overtime pay."
    assert of_type(serious(reference, candidate, "rewrite"), FindingType.OMISSION)


def test_a_salary_told_once_is_no_rate_dropped():
    reference = "The new chief executive will be paid £180,000 a year, the board said."
    candidate = "The board said the new chief executive's salary would be £180,000."
    assert not of_type(serious(reference, candidate, "rewrite"), FindingType.OMISSION)


def test_a_hedge_told_as_fact_with_the_plural_first():
    reference = (
        "Warden Ola Brandt said eggs could be collected within the next ten days but cautioned that young pairs often abandon their nests."
    )
    candidate = (
        "Eggs will be collected within the next ten days, according to warden Ola Brandt, who cautioned that young pairs "
        "often abandon their nests."
    )
    found = of_type(serious(reference, candidate, "rewrite"), FindingType.MODALITY)
    assert found and "collected" in found[0].candidate_span.text


def test_the_hedge_kept_with_the_plural_first_is_quiet():
    reference = (
        "Warden Ola Brandt said eggs could be collected within the next ten days but cautioned that young pairs often abandon their nests."
    )
    candidate = (
        "Eggs could be collected within the next ten days, according to warden Ola Brandt, who cautioned that young pairs "
        "often abandon their nests."
    )
    assert not of_type(serious(reference, candidate, "rewrite"), FindingType.MODALITY)


def test_a_finite_verb_joined_to_a_modal_one_has_no_modal():
    from factdiff.analyse.pipeline import load_nlp
    from factdiff.checks.modality import hedges

    doc = load_nlp()("The warden said eggs could be collected within ten days but cautioned that young pairs often fail.")
    said_with_caution = next(t for t in doc if t.lower_ == "cautioned")
    collected = next(t for t in doc if t.lower_ == "collected")
    assert hedges(collected) == ["could"] and hedges(said_with_caution) == []


# --- figures the reference's own figures give otherwise ----------------------------------------------------------------


def test_a_ratio_the_two_counts_do_not_make():
    reference = "The harbour festival drew 9,000 visitors from the town and 1,500 from elsewhere."
    candidate = "Visitors from the town outnumbered those from elsewhere by three to one at the harbour festival."
    found = of_type(serious(reference, candidate, "rewrite"), FindingType.NUMBER)
    assert found and found[0].candidate_span.text == "three to one"


def test_a_ratio_the_two_counts_make_is_quiet():
    reference = "The harbour festival drew 9,000 visitors from the town and 1,500 from elsewhere."
    candidate = "Visitors from the town outnumbered those from elsewhere by six to one at the harbour festival."
    assert not of_type(serious(reference, candidate, "rewrite"), FindingType.NUMBER)


def test_a_length_the_two_clock_times_do_not_make():
    reference = "The night ferry left Arnport at 9.40pm and docked at 1.10am, after a rough crossing."
    candidate = "After a rough crossing, the night ferry from Arnport took about two and a half hours."
    found = of_type(serious(reference, candidate, "rewrite"), FindingType.NUMBER)
    assert found and "two and a half hours" in found[0].candidate_span.text


def test_the_length_the_two_clock_times_make_is_quiet():
    reference = "The night ferry left Arnport at 9.40pm and docked at 1.10am, after a rough crossing."
    candidate = "After a rough crossing, the night ferry from Arnport took about three and a half hours."
    assert not serious(reference, candidate, "rewrite")


def test_pence_in_figures_and_in_words():
    reference = "Bus fares in Dunlow will rise by 40p a journey from June, the operator said."
    candidate = "The operator said bus fares in Dunlow would go up by four pence a journey from June."
    found = of_type(serious(reference, candidate, "rewrite"), FindingType.NUMBER)
    assert found and found[0].candidate_span.text == "four pence"


def test_the_same_pence_in_words_is_quiet():
    reference = "Bus fares in Dunlow will rise by 40p a journey from June, the operator said."
    candidate = "The operator said bus fares in Dunlow would go up by forty pence a journey from June."
    assert not of_type(serious(reference, candidate, "rewrite"), FindingType.NUMBER)


def test_no_less_than_keeps_at_least():
    reference = "The dairy expects to pay farmers at least 42 pence a litre this winter."
    candidate = "The dairy anticipates paying farmers no less than 42 pence a litre this winter."
    assert not compare(reference, candidate, "rewrite").findings


# --- who does which ----------------------------------------------------------------------------------------------------


def test_two_kinds_of_one_noun_trading_deeds():
    reference = "Day centres in Wexley will close on Monday because of the storm; care homes will stay open."
    candidate = "Care homes in Wexley will close on Monday because of the storm; day centres will stay open."
    assert serious(reference, candidate, "rewrite")


def test_two_kinds_of_one_noun_in_their_own_deeds_are_quiet():
    reference = "Junior schools in Wexley will close on Monday because of the storm; senior schools will stay open."
    candidate = "Because of the storm, junior schools in Wexley will shut on Monday, while senior schools will remain open."
    assert not serious(reference, candidate, "rewrite")


def test_two_kinds_of_one_noun_trading_deeds_are_found():
    reference = "Junior schools in Wexley will close on Monday because of the storm; senior schools will stay open."
    candidate = "Senior schools in Wexley will close on Monday because of the storm; junior schools will stay open."
    assert of_type(serious(reference, candidate, "rewrite"), FindingType.ROLE)


def test_a_transfer_told_from_the_taker_is_quiet():
    reference = "Running of the Quayside Pool will pass from Dunmore Council to the Ashby Trust in May."
    candidate = "In May the Ashby Trust takes over the running of the Quayside Pool from Dunmore Council."
    assert not of_type(serious(reference, candidate, "translation"), FindingType.ROLE)


def test_a_transfer_told_from_the_taker_the_other_way_is_found():
    reference = "Running of the Quayside Pool will pass from Dunmore Council to the Ashby Trust in May."
    candidate = "In May Dunmore Council takes over the running of the Quayside Pool from the Ashby Trust."
    assert of_type(serious(reference, candidate, "translation"), FindingType.ROLE)


def test_a_thing_kept_against_left_without_it():
    reference = "Despite the storm, the surgery in Holby kept its electricity throughout the night."
    candidate = "Because of the storm, the Holby surgery was left without electricity overnight."
    assert of_type(serious(reference, candidate, "translation"), FindingType.POLARITY)


def test_never_without_it_is_having_it():
    reference = "Despite the storm, the surgery in Holby had electricity throughout the night."
    candidate = "Despite the storm, the Holby surgery was never without electricity overnight."
    assert not of_type(serious(reference, candidate, "translation"), FindingType.POLARITY)


def test_a_date_moved_onto_the_deed_another_date_dates():
    reference = "The Tolley Museum closed for rewiring on 4 March. It announced its new exhibitions on 16 July."
    candidate = "The Tolley Museum, which closed for rewiring on 16 July, has announced its new exhibitions."
    found = of_type(serious(reference, candidate, "summary"), FindingType.DATE)
    assert found and found[0].candidate_span.text == "16 July"


def test_each_date_on_its_own_deed_is_quiet():
    reference = "The Tolley Museum closed for rewiring on 4 March. It announced its new exhibitions on 16 July."
    candidate = "The Tolley Museum, which closed for rewiring on 4 March, announced its new exhibitions on 16 July."
    assert not of_type(serious(reference, candidate, "summary"), FindingType.DATE)


def test_an_option_to_extend_is_what_can_be_extended():
    reference = "The lease runs for five years and includes an option to extend it by three years."
    candidate = "The lease runs for five years and can be extended by a further three years."
    assert not of_type(serious(reference, candidate, "rewrite"), FindingType.MODALITY)


def test_a_month_of_a_cause_is_no_date_moved():
    reference = (
        "Beach car parks in Marrow Bay sold 96,000 tickets between April and October, 9 percent fewer than last "
        "year. The fall was blamed mainly on a stormy August, when sales dropped by a quarter."
    )
    candidate = "Beach car parks in Marrow Bay sold 9 percent fewer tickets between April and October, mostly because of a stormy August."
    assert not of_type(serious(reference, candidate, "summary"), FindingType.DATE)


def test_a_quality_to_a_place_is_no_direction():
    reference = (
        "The beetles, including six of a species found only on the island of Tarra, were found in luggage arriving "
        "on a flight from Tarra City."
    )
    candidate = "The beetles, six of them from a species endemic to Tarra, were found in luggage."
    assert not of_type(serious(reference, candidate, "summary"), FindingType.ROLE)


def test_a_hedge_said_by_a_source_keeps_its_own_verb():
    reference = "Director Claire Dubois said the festival could add a sixth day in future years."
    candidate = "According to festival director Claire Dubois, a sixth day will be added in the coming years."
    found = of_type(serious(reference, candidate, "translation"), FindingType.MODALITY)
    assert found and "added" in found[0].candidate_span.text


def test_free_of_charge_and_without_charge_agree():
    reference = "He said he had offered to coach two trainees free of charge for a year but had received no replies."
    candidate = "He said he had offered to coach two trainees for a year without charge, but nobody had replied."
    assert not of_type(serious(reference, candidate, "translation"), FindingType.POLARITY)


def test_a_lender_said_of_the_named_society_is_its_own_voice():
    reference = (
        "Dunmore Building Society said on Monday it would raise its variable rate to 6.2 per cent from 1 April. About "
        "30,000 borrowers will see repayments rise by £40 a month, the lender said."
    )
    candidate = (
        "From 1 April, Dunmore Building Society's variable rate will rise to 6.2 per cent, the lender announced on "
        "Monday. Some 30,000 borrowers face repayments £40 a month higher."
    )
    assert not of_type(serious(reference, candidate, "rewrite"), FindingType.ATTRIBUTION)


def test_a_year_describing_a_noun_is_no_date_moved():
    reference = (
        "Seagrass meadows in Orran Bay now cover 12 square kilometres, twice their extent in 2015. The agency estimates "
        "they still cover only half of their area in the 1980s."
    )
    candidate = "Orran Bay seagrass now covers 12 square kilometres, twice its 2015 extent, but only half its 1980s area."
    assert not of_type(serious(reference, candidate, "summary"), FindingType.DATE)


def test_an_offer_turned_round_with_nothing_offered_parsed():
    reference = "The trust said the grant would allow the charity to offer families free places."
    candidate = "The trust said the grant would let families offer the charity free places."
    assert of_type(serious(reference, candidate, "rewrite"), FindingType.ROLE)


def test_pounds_and_pence_said_in_words():
    reference = "Bus passengers in Morden will pay £3.40 for a single fare under the new scheme."
    faithful = "Under the new scheme, a single bus fare in Morden will cost three pounds forty."
    assert not of_type(serious(reference, faithful, "translation"), FindingType.NUMBER)
    wrong = "Under the new scheme, a single bus fare in Morden will cost three pounds ten."
    assert of_type(serious(reference, wrong, "translation"), FindingType.NUMBER)
