"""Readings from stop 50: who speaks in a passive of telling, who receives in a passive with its object, a clause as a
doer, a matter weighed told as what will be done, 'rule out', 'the least noisy', a near synonym denied, a hyphened
first word, a clause restated in another sentence, a bound on the rest of a share, parts of a season, a year named by
the year before it, an event in its noun, a verb told once in a summary, two bodies told by descriptions.

Every text here is made up for the test; none comes from the seed, the challenge or the evaluation sets.
"""

from __future__ import annotations

from helpers import of_type, serious

from factdiff import compare
from factdiff.analyse.document import analyse
from factdiff.model import FindingType, Severity
from factdiff.read import source_from_text


def _dates(text: str) -> list[tuple[str, str | None, str | None, int | None]]:
    return [(d.text, d.kind, d.period, d.low.year if d.low else None) for d in analyse(source_from_text(text, "t")).dates]


# --- attribution ---------------------------------------------------------------------------------------------------


def test_the_one_named_in_a_passive_of_telling_speaks():
    reference = (
        "The water board Aquenta has told Brewhaus Lind that it cannot supply the site before 2030, three "
        "years later than the company had asked for."
    )
    candidate = (
        "Brewhaus Lind has been informed by the water board Aquenta that the site cannot be supplied until 2030, "
        "three years after the date the company asked for."
    )
    assert not of_type(serious(reference, candidate, "translation"), FindingType.ATTRIBUTION)


def test_the_one_told_in_a_passive_is_not_the_speaker_when_the_claim_moves():
    reference = "Brewhaus Lind said the site could not be supplied before 2030. The water board Aquenta runs the local network."
    candidate = (
        "Brewhaus Lind has told the water board Aquenta that the site cannot be supplied before 2030. Aquenta runs the local network."
    )
    assert not of_type(serious(reference, candidate), FindingType.ATTRIBUTION)


def test_two_bodies_told_by_their_descriptions():
    reference = (
        "Corvale District Council will raise the fee for a market stall licence from £90 to £120. "
        "Ann Price, chair of the Corvale Market Traders' Association, said some traders would give up. "
        "The council said the increase was needed to pay for more inspections, as fees had not changed since 2016."
    )
    candidate = (
        "Corvale's market stall licence fee will rise from £90 to £120. "
        "The traders' association says the money is needed for more inspections, as fees have been frozen since 2016."
    )
    found = of_type(serious(reference, candidate, "summary"), FindingType.ATTRIBUTION)
    assert found and "association" in found[0].candidate_span.text


def test_one_body_told_by_its_description_on_both_sides():
    reference = (
        "Corvale District Council will raise the fee for a market stall licence from £90 to £120. "
        "The council said the increase was needed to pay for more inspections."
    )
    candidate = (
        "Corvale District Council will raise the stall licence fee from £90 to £120; the district council "
        "says it needs the money for inspections."
    )
    assert not of_type(serious(reference, candidate), FindingType.ATTRIBUTION)


# --- roles ---------------------------------------------------------------------------------------------------------


def test_a_passive_with_its_object_left_names_the_receiver():
    reference = "Harnby Abbey, a ruined priory on the coast, is to receive £1.4m from the Ardley Trust to repair its cloister."
    candidate = "Harnby Abbey, closed since a wall fell in 2022, has been awarded £1.4m by the Ardley Trust for repairs to its cloister."
    assert not of_type(serious(reference, candidate, "summary"), FindingType.ROLE)


def test_a_passive_receiver_turned_round_is_found():
    reference = "Harnby Abbey will receive £1.4m from the Ardley Trust."
    candidate = "The Ardley Trust has been awarded £1.4m by Harnby Abbey."
    assert of_type(serious(reference, candidate), FindingType.ROLE)


def test_a_clause_as_doer_leaves_the_gainer_the_one_who_acts():
    reference = "Tovey said the company could save around £40 million a year by closing its two oldest depots."
    candidate = "Closing its two oldest depots could save the company about £40 million annually, Tovey said."
    found = compare(reference, candidate).findings
    assert not of_type(found, FindingType.ROLE)
    assert not of_type(found, FindingType.MODALITY)  # the gerund is under the same 'could'


# --- modality ------------------------------------------------------------------------------------------------------


def test_a_matter_weighed_told_as_what_will_be_done_is_major():
    reference = (
        "The ferry operator, Nordlink, is considering ending winter sailings to the outer islands, its chief "
        "executive told councillors on Monday."
    )
    candidate = (
        "Nordlink, the ferry operator, will stop winter sailings to the outer islands, its chief executive told councillors on Monday."
    )
    found = of_type(compare(reference, candidate).findings, FindingType.MODALITY)
    assert found and max(f.severity for f in found) in (Severity.MAJOR, Severity.CRITICAL)


def test_an_open_decision_told_as_done_in_a_summary():
    reference = (
        "The pay board has recommended that the minimum wage rise by 5 per cent from April. "
        "The government, which must decide whether to accept the recommendation, will respond within a month. "
        "Business groups said the rise was higher than they expected."
    )
    candidate = (
        "The government has accepted the pay board's recommendation of a 5% rise in the minimum wage from "
        "April. Business groups say it is higher than expected."
    )
    found = of_type(serious(reference, candidate, "summary"), FindingType.MODALITY)
    assert found and "accepted" in found[0].candidate_span.text


def test_an_open_decision_kept_open_in_a_summary():
    reference = (
        "The pay board has recommended that the minimum wage rise by 5 per cent from April. "
        "The government, which must decide whether to accept the recommendation, will respond within a month."
    )
    candidate = (
        "The pay board wants a 5% rise in the minimum wage from April; the government has yet to decide "
        "whether to accept the recommendation."
    )
    assert not of_type(serious(reference, candidate, "summary"), FindingType.MODALITY)


# --- polarity ------------------------------------------------------------------------------------------------------


def test_ruling_out_is_saying_there_will_be_none():
    reference = "Castlegate said none of the 20 branches would close and that there would be no compulsory redundancies."
    candidate = "Castlegate said none of the 20 branches would close, and ruled out compulsory redundancies."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_the_least_of_a_quality_is_the_most_of_its_opposite():
    reference = "Between midnight and 6am only aircraft in the two quietest noise categories will be allowed to land."
    candidate = "From midnight to 6am landings will be restricted to aircraft in the two least noisy categories."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_the_opposite_without_least_is_still_found():
    reference = "Only aircraft in the two quietest noise categories will be allowed to land at night."
    candidate = "Only aircraft in the two noisiest categories will be allowed to land at night."
    assert of_type(serious(reference, candidate), FindingType.POLARITY)


def test_a_near_synonym_denied_is_found():
    reference = "The airport operator said the decision would cost 200 jobs and that it would challenge it in court."
    candidate = "The airport operator said the decision would cost 200 jobs and that it would not contest it in court."
    found = of_type(serious(reference, candidate, "translation"), FindingType.POLARITY)
    assert found and "contest" in found[0].candidate_span.text


def test_a_near_synonym_denied_of_another_thing_is_not():
    reference = "The council did not close the road."
    candidate = "The council shut the bridge after the flood."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


# --- numbers -------------------------------------------------------------------------------------------------------


def test_a_bound_on_the_rest_of_a_share_told_by_another_verb():
    reference = "The minister said the courtrooms were used for less than a third of their available sitting time."
    candidate = "The minister said the courtrooms stood empty for more than two-thirds of their available sitting time."
    assert not of_type(serious(reference, candidate), FindingType.NUMBER)


def test_the_opposite_bound_under_one_verb_is_found():
    reference = "The plan was backed by less than a third of the members."
    candidate = "The plan was backed by more than two-thirds of the members."
    assert of_type(serious(reference, candidate), FindingType.NUMBER)


# --- dates ---------------------------------------------------------------------------------------------------------


def test_a_part_of_a_season_is_a_date():
    assert _dates("The pool will reopen in late autumn.")[0][1:3] == ("yearless", "season/part")


def test_another_part_of_the_year_is_found():
    reference = "Brook Leisure Centre will close on 6 January for a refurbishment and is due to reopen in late autumn, the council said."
    candidate = "The council said Brook Leisure Centre will shut on 6 January for a refurbishment, with reopening planned for late spring."
    assert of_type(serious(reference, candidate), FindingType.DATE)


def test_a_year_named_by_the_year_before_it():
    dates = _dates("The appeal runs until the end of May 2026, and the trust hopes the boat will be in service the following year.")
    assert ("the following year", "absolute", "year", 2027) in dates


def test_a_year_named_after_another_kind_of_date_stays_unread():
    dates = _dates("Last year the crew flew 900 missions, up from 800 the year before.")
    assert all(kind is None for text, kind, _, _ in dates if text == "the year before")


def test_later_that_year_against_the_following_year_is_found():
    reference = "The appeal will run until the end of May 2026, and the trust hopes the new boat will enter service later that year."
    candidate = "The appeal runs until the end of May 2026, and the trust hopes the new boat will enter service the following year."
    found = of_type(serious(reference, candidate), FindingType.DATE)
    assert found and found[0].candidate_span.text == "the following year"


def test_later_that_year_told_again_is_no_finding():
    reference = "The appeal will run until the end of May 2026, and the trust hopes the new boat will enter service later that year."
    candidate = "The appeal runs until the end of May 2026; the trust hopes the new boat will enter service later in 2026."
    assert not of_type(serious(reference, candidate), FindingType.DATE)


# --- events, omission, addition ------------------------------------------------------------------------------------


def test_an_event_in_its_noun_after_a_light_verb():
    reference = "Donations can be made online or at any of the charity's 18 shops."
    candidate = "People can donate online or at any of the charity's 18 shops."
    assert not of_type(serious(reference, candidate), FindingType.EVENT)


def test_a_kept_level_and_a_rise_of_another_clause():
    reference = (
        "The total cost of the programme has risen from £1.9 billion to £2.3 billion. The contractor said it had found fixes. "
        "Greaves said the army would keep its existing trucks in service until the new fleet was ready, at an"
        " estimated extra cost of £60 million."
    )
    candidate = (
        "Programme costs have climbed from £1.9bn to £2.3bn, and keeping the existing trucks in service meanwhile will cost an estimated "
        "£60m more. The contractor says it has found fixes."
    )
    assert not of_type(serious(reference, candidate, "summary"), FindingType.EVENT)


def test_a_clause_restated_in_another_sentence_is_not_left_out():
    reference = (
        "A 20-bed ward at Kelby Community Hospital will reopen on 3 March, eighteen months after it was closed because of staff "
        "shortages, the Westvale Health Board announced yesterday. The board said it had recruited 26 nurses and healthcare "
        "assistants, including 11 from overseas, allowing the Larch Ward to resume admitting patients. The ward will initially "
        "care for older people."
    )
    candidate = (
        "Westvale Health Board said yesterday that Larch Ward, a 20-bed unit at Kelby Community Hospital, will take patients again "
        "from 3 March, a year and a half after staff shortages forced it to close. The board has recruited 26 nurses and healthcare "
        "assistants, 11 of them from abroad. At first the ward will look after older people."
    )
    assert not of_type(serious(reference, candidate), FindingType.OMISSION)


def test_a_clause_left_out_is_still_found():
    reference = (
        "The board said it had recruited 26 nurses, allowing the Larch Ward to resume admitting patients. "
        "The ward will initially care for older people."
    )
    candidate = "The board has recruited 26 nurses. At first the ward will look after older people."
    assert of_type(serious(reference, candidate), FindingType.OMISSION)


def test_a_hyphened_first_word_is_in_the_text():
    reference = "The ministry will bring the supervision of low- and medium-risk offenders back into the public sector from April."
    candidate = "From April, the supervision of offenders judged to pose a low or medium risk will be brought back into the public sector."
    added = of_type(compare(reference, candidate).findings, FindingType.ADDITION)
    assert all("low" not in f.message for f in added)


# --- second round --------------------------------------------------------------------------------------------------


def test_a_plant_sold_is_not_a_plant_closed():
    reference = "Media group Ostmark will close its printing plant in Velden at the end of June, putting 90 jobs at risk."
    candidate = "Ostmark is to sell its printing works in Velden at the end of June, a move that threatens 90 jobs."
    assert of_type(serious(reference, candidate, "translation"), FindingType.EVENT)


def test_a_plant_shut_is_a_plant_closed():
    reference = "Media group Ostmark will close its printing plant in Velden at the end of June."
    candidate = "Ostmark will shut its printing works in Velden at the end of June."
    assert not of_type(serious(reference, candidate, "translation"), FindingType.EVENT)


def test_the_group_is_the_reference_s_own_word_for_the_company():
    from factdiff.checks.attribution import _word_for
    from factdiff.engine import link

    doc = analyse(source_from_text("Media group Heskamp Media will close its printing plant, the company confirmed.", "t"))
    link(doc.entities, analyse(source_from_text("Heskamp Media will shut it.", "c")).entities)
    named = {m.cid for m in doc.entities if "Heskamp" in m.text}
    assert named and _word_for(doc, "group") & named
    assert not _word_for(doc, "union")


def test_the_scale_of_a_figure_is_no_word_to_hedge():
    reference = (
        "The council estimates it will raise between £9m and £11m a year, which will be spent on street cleaning, events and tourism."
    )
    candidate = "The council estimates it will bring in £9m-£11m annually for street cleaning, events and tourism."
    assert not of_type(compare(reference, candidate, "summary").findings, FindingType.MODALITY)


def test_no_more_than_is_a_bound_not_a_denial():
    reference = "Bus fares will rise by no more than 2.5 per cent in April, the mayor announced."
    candidate = "The mayor announced that bus fares would go up by at most 2.5 per cent in April."
    assert not of_type(compare(reference, candidate).findings, FindingType.OMISSION)


def test_left_for_someone_to_do_is_leave_to_do_it():
    reference = "Operators will be free to set unregulated fares, such as advance tickets."
    candidate = "Unregulated fares, such as advance tickets, will be left for operators to set."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)


def test_a_gap_in_points_between_two_percentages():
    reference = "Fares will rise by 2.5 per cent in April, below the inflation figure of 4.1 per cent."
    candidate = "Fares will rise by 2.5 per cent in April, 1.6 percentage points below the inflation rate."
    assert not compare(reference, candidate).findings


def test_another_gap_in_points_is_noted():
    reference = "Fares will rise by 2.5 per cent in April, below the inflation figure of 4.1 per cent."
    candidate = "Fares will rise by 2.5 per cent in April, 2.6 percentage points below the inflation rate."
    assert compare(reference, candidate).findings


def test_a_frequency_word_is_said_by_each_period():
    from factdiff.checks.omission import _every

    doc = analyse(source_from_text("Bins are emptied fortnightly, or every two weeks, and checked each year.", "t")).doc
    word = next(t for t in doc if t.lower_ == "fortnightly")
    assert [t.text for t in doc if _every(t, word)] == ["weeks"]
    annually = analyse(source_from_text("They pay annually.", "t")).doc[2]
    assert [t.text for t in doc if _every(t, annually)] == ["year"]


def test_a_frequency_word_said_as_each_period():
    reference = "The developer must pay £2,000 per turbine annually into a community fund."
    candidate = "The developer must pay £2,000 per turbine each year into a community fund."
    assert not of_type(compare(reference, candidate).findings, FindingType.OMISSION)


def test_a_frequency_word_dropped_is_noted():
    reference = "The bins are emptied fortnightly."
    candidate = "The bins are emptied on Mondays."
    assert of_type(compare(reference, candidate).findings, FindingType.OMISSION)


def test_a_superlative_ranked_otherwise_is_found():
    reference = "The plant is the region's third-largest employer, with 1,200 staff."
    candidate = "The plant, with 1,200 staff, is the region's second-largest employer."
    found = of_type(serious(reference, candidate), FindingType.NUMBER)
    assert found and found[0].candidate_span.text == "second-largest"


def test_the_first_against_a_ranked_superlative_is_found():
    reference = "The plant is the largest employer in the region."
    candidate = "The plant is the second-largest employer in the region."
    assert of_type(serious(reference, candidate), FindingType.NUMBER)


def test_a_superlative_among_many_has_no_rank():
    reference = "The plant is one of the largest employers in the region."
    candidate = "The plant is one of the region's biggest employers."
    assert not of_type(serious(reference, candidate), FindingType.NUMBER)


# --- guards from the mid-stop run ----------------------------------------------------------------------------------


def test_a_denial_said_by_the_verb_above_is_no_flip():
    reference = "The nights will also be very hot, with minimum temperatures that will not descend below 26 degrees in the capital."
    candidate = "Nor will the nights bring relief: in the capital the temperature is not forecast to fall below 26 degrees."
    assert not of_type(serious(reference, candidate, "translation"), FindingType.POLARITY)


def test_not_taking_place_is_being_cancelled():
    reference = "This year's hill climb at Parnell has been cancelled because the club could not find insurance."
    candidate = "The Parnell hill climb will not take place this year because the club could not get insurance."
    assert not of_type(serious(reference, candidate, "summary"), FindingType.POLARITY)


def test_barred_from_giving_is_no_longer_allowed_to_hand_out():
    reference = "Shops on the island will no longer be allowed to hand out plastic bags from 1 March."
    candidate = "From 1 March, a council decision will bar shops on the island from giving out plastic bags."
    assert not of_type(serious(reference, candidate, "translation"), FindingType.POLARITY)


def test_only_admitted_with_is_not_allowed_unless():
    reference = "Children under ten will not be allowed on the tour unless accompanied by an adult."
    candidate = "Under-tens will only be admitted to the tour with an adult."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_a_count_before_the_year_before():
    reference = "Farmers were paid for 41 sheep killed by foxes in 2023, compared with 60 the year before."
    candidate = "Farmers were paid for 41 sheep killed by foxes in 2023, down from 60 in the previous year."
    assert not of_type(serious(reference, candidate, "translation"), FindingType.DATE)


def test_a_rule_s_may_not_over_a_gerund_is_no_hedge():
    reference = "Hunting will be allowed only with dogs, and digging tools may not exceed 12 centimetres in width."
    candidate = "Hunters will only be allowed to use dogs, and digging tools can be no wider than 12 centimetres."
    assert not of_type(serious(reference, candidate, "translation"), FindingType.MODALITY)


def test_the_bound_on_the_whole_of_a_share_left_out():
    reference = "Kestrel Bikes said it would cut about 300 jobs, roughly 12 percent of its workforce in the region, as it closes a plant."
    candidate = "Kestrel Bikes announced that it will shed around 300 jobs, about 12 percent of its workforce, as it shuts a factory."
    found = of_type(serious(reference, candidate), FindingType.OMISSION)
    assert found and found[0].reference_span.text == "in the region"


def test_the_bound_on_the_whole_of_a_share_said_as_an_adjective():
    reference = "Kestrel Bikes said it would cut about 300 jobs, roughly 12 percent of its workforce in the region."
    candidate = "Kestrel Bikes said it would cut about 300 jobs, roughly 12 percent of its regional workforce."
    assert not of_type(compare(reference, candidate).findings, FindingType.OMISSION)


# --- third round, from a reviewer's made-up pairs ------------------------------------------------------------------


def test_a_bound_on_the_rest_told_by_a_state():
    reference = "Fewer than a quarter of the flats in Greyfield Court are occupied."
    candidate = "More than three-quarters of the flats in Greyfield Court are empty."
    assert not of_type(serious(reference, candidate), FindingType.NUMBER)


def test_the_opposite_bound_told_by_the_same_state_is_found():
    reference = "Fewer than a quarter of the flats in Greyfield Court are occupied."
    candidate = "More than three-quarters of the flats in Greyfield Court are occupied."
    assert of_type(serious(reference, candidate), FindingType.NUMBER)


def test_the_year_before_named_by_its_number():
    reference = "Sales at Pellow Energy rose by 8% in 2023, after falling the previous year."
    candidate = "Sales at Pellow Energy rose by 8% in 2023, after falling in 2022."
    assert not compare(reference, candidate).findings


def test_the_other_end_of_a_scale():
    reference = "The Tarka 3 is the least expensive phone in the range."
    candidate = "The Tarka 3 is the most expensive phone in the range."
    found = of_type(serious(reference, candidate), FindingType.POLARITY)
    assert found and "most expensive" in found[0].message


def test_the_same_end_of_a_scale_in_other_words():
    reference = "The Tarka 3 is the least expensive phone in the range."
    candidate = "The Tarka 3 is the cheapest phone in the range."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_ruling_out_a_deed_denies_it():
    reference = "Judith Ormsby ruled out closing the Westcombe Vale maternity unit."
    candidate = "Judith Ormsby said there would be no closure of the Westcombe Vale maternity unit."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_a_deed_ruled_out_told_as_done_is_found():
    reference = "Judith Ormsby ruled out closing the Westcombe Vale maternity unit."
    candidate = "Judith Ormsby said the Westcombe Vale maternity unit would close."
    assert of_type(serious(reference, candidate), FindingType.POLARITY)


def test_every_season_is_a_season():
    reference = "The Brackwater lantern festival is held every winter."
    assert of_type(serious(reference, "The Brackwater lantern festival is held every summer."), FindingType.DATE)
    assert not serious(reference, "The Brackwater lantern festival takes place each winter.")


def test_a_bound_hung_on_the_verb_is_the_whole_s():
    reference = "Garsdyke Engineering will cut 15 percent of its workforce in the region."
    assert of_type(serious(reference, "Garsdyke Engineering will cut 15 percent of its workforce."), FindingType.OMISSION)
    assert not serious(reference, "Garsdyke Engineering will cut 15 percent of the region's workforce.")


def test_another_body_named_by_its_kind():
    reference = "The Orbury Hospital Trust held talks with the nurses' union on Thursday. The trust said an agreement was close."
    candidate = "The Orbury Hospital Trust held talks with the nurses' union on Thursday. The union said an agreement was close."
    assert of_type(serious(reference, candidate, "translation"), FindingType.ATTRIBUTION)


def test_a_body_named_by_another_word_of_its_name():
    reference = "The Orbury Hospital Trust held talks with the nurses' union on Thursday. The trust said an agreement was close."
    candidate = "The Orbury Hospital Trust held talks with the nurses' union on Thursday. The hospital said an agreement was close."
    assert not of_type(serious(reference, candidate, "translation"), FindingType.ATTRIBUTION)
