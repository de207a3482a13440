"""Readings from stop 48: 'according to' is no recipient, 'falls short of' denies, a report's own verb is not what
it reports, joined verbs share what is above them, a belief told after the clause, a clause set off by a semicolon,
an aside naming the source that the parse reads as a relative.

Every text here is made up for the test; none comes from the seed, the challenge or the evaluation sets.
"""

from __future__ import annotations

from helpers import of_type, serious

from factdiff import compare
from factdiff.model import FindingType, Severity


def test_according_to_a_body_is_not_sending_to_it():
    reference = "Some 41 bakeries closed in the district last winter, according to the Millbrook Bakers Guild."
    candidate = "In the district 41 bakeries shut last winter, figures from the Millbrook Bakers Guild show."
    assert not of_type(serious(reference, candidate), FindingType.ROLE)


def test_money_sent_from_a_body_instead_of_to_it_is_still_found():
    reference = "The ministry sent 40 million crowns to the Millbrook Bakers Guild last winter."
    candidate = "The ministry received 40 million crowns from the Millbrook Bakers Guild last winter."
    assert of_type(serious(reference, candidate), FindingType.ROLE)


def test_falls_short_of_covering_is_not_covering():
    reference = "The growers' union said the subsidy did not cover the full cost of the new netting."
    candidate = "According to the growers' union, the subsidy falls short of covering the full cost of the new netting."
    assert not serious(reference, candidate)


def test_falls_short_of_covering_against_covering_is_found():
    reference = "The growers' union said the subsidy covered the full cost of the new netting."
    candidate = "According to the growers' union, the subsidy falls short of covering the full cost of the new netting."
    assert of_type(serious(reference, candidate), FindingType.POLARITY)


def test_a_report_presented_by_a_body_is_not_its_content():
    reference = (
        "Fire engines in the district of Montevara lost a total of 2,100 hours last year waiting at level crossings, "
        "according to a report presented on Monday by the regional fire service."
    )
    candidate = (
        "According to a report the regional fire service presented on Monday, fire engines in Montevara spent 2,100 "
        "hours in total last year waiting at level crossings."
    )
    assert not of_type(serious(reference, candidate, mode="translation"), FindingType.EVENT)


def test_what_a_report_says_told_as_fact_is_still_found():
    reference = "The coastguard said in a report that the trawler was abandoned on Friday."
    candidate = "The trawler was abandoned on Friday."
    assert of_type(serious(reference, candidate), FindingType.EVENT)


def test_a_second_infinitive_shares_the_expectation():
    reference = (
        "The upgrade is expected to cut the mill's electricity use for drying by about half and its annual water "
        "consumption by 90 million litres."
    )
    candidate = (
        "The upgrade is expected to roughly halve the electricity the mill uses for drying and to reduce its yearly "
        "water use by 90 million litres."
    )
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)


def test_a_gapped_passive_shares_the_modal():
    reference = "Boats that break the rules may be impounded, and owners could face fines of up to €40,000."
    candidate = "Offending boats may be impounded and owners fined up to €40,000."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)


def test_a_gapped_passive_given_its_own_tense_is_told_as_fact():
    reference = "Boats that break the rules may be impounded, and owners could face fines of up to €40,000."
    candidate = "Offending boats may be impounded and owners were fined up to €40,000."
    assert of_type(serious(reference, candidate), FindingType.MODALITY)


def test_a_belief_told_after_the_clause_keeps_it_open():
    reference = (
        "Detectives believe most of the paintings were shipped to dealers in Austria and Japan through two galleries, "
        "which are not under investigation."
    )
    candidate = (
        "Most were shipped to dealers in Austria and Japan via two galleries, detectives believe; the galleries are "
        "not under investigation."
    )
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)


def test_a_chance_kept_before_a_semicolon_is_not_paired_with_what_follows():
    reference = (
        "Transport minister Ilse Varga said the scheme could cut journey times by up to 15% within three years. "
        "About 2,400 buses are currently in service."
    )
    candidate = (
        "The transport minister said journey times could fall by as much as 15% within three years; some 2,400 buses are in service."
    )
    assert not of_type(serious(reference, candidate, mode="summary"), FindingType.MODALITY)


def test_a_chance_told_as_certain_before_a_semicolon_is_found():
    reference = (
        "Transport minister Ilse Varga said the scheme could cut journey times by up to 15% within three years. "
        "About 2,400 buses are currently in service."
    )
    candidate = "The transport minister said journey times will fall by as much as 15% within three years; some 2,400 buses are in service."
    assert of_type(serious(reference, candidate, mode="summary"), FindingType.MODALITY)


def test_the_speaker_of_the_sentence_before_in_an_aside_goes_on():
    reference = (
        "Calder Mutual said on Tuesday it would raise its savings rate by 0.25 points to 4.1 per cent from 1 May. "
        "About 18,000 savers will earn an extra £30 a year on average, the society said."
    )
    candidate = (
        "From 1 May, Calder Mutual's savings rate will go up 0.25 points to 4.1%, the society announced on Tuesday, its "
        "second rise this year. Some 18,000 savers stand to earn an average of £30 more a year."
    )
    report = compare(reference, candidate)
    found = [f for f in report.findings if f.type is FindingType.ATTRIBUTION]
    assert found and all(f.severity is Severity.MINOR for f in found)


def test_a_thing_given_another_name_of_the_text_is_found():
    reference = (
        "The tunnel, named Vireo-3, will carry two tracks. The boring machine Silver Heron started work at the weekend "
        "and is expected to break through by June."
    )
    candidate = (
        "Named Silver Heron, the tunnel will have two tracks. The boring machine Silver Heron began work at the weekend "
        "and should break through by June."
    )
    assert of_type(serious(reference, candidate), FindingType.ENTITY)


def test_a_thing_named_the_same_in_other_words_is_no_error():
    reference = "The footbridge, named the Tarrow Link, will open in spring."
    candidate = "Named Tarrow Link, the footbridge is due to open in spring."
    assert not serious(reference, candidate)


def test_a_summary_fining_another_firm_of_the_text_is_found():
    reference = (
        "Skyline Karts, which runs nine go-kart tracks, has been fined £180,000 after a driver was hurt at its site in "
        "Denby in 2023. The court heard that the track had ignored limits set by the kart maker, Velotrek Motors."
    )
    candidate = "Go-kart operator Velotrek Motors has been fined £180,000 after a driver was hurt at its Denby track in 2023."
    assert of_type(serious(reference, candidate, mode="summary"), FindingType.ENTITY)


def test_a_summary_fining_the_same_firm_is_no_error():
    reference = (
        "Skyline Karts, which runs nine go-kart tracks, has been fined £180,000 after a driver was hurt at its site in "
        "Denby in 2023. The court heard that the track had ignored limits set by the kart maker, Velotrek Motors."
    )
    candidate = "Go-kart operator Skyline Karts has been fined £180,000 after a driver was hurt at its Denby track in 2023."
    assert not of_type(serious(reference, candidate, mode="summary"), FindingType.ENTITY)


def test_a_summary_opening_a_campus_in_the_other_town_is_found():
    reference = (
        "The Varela Music School will open a second campus in the city of Pontenova in October, its director said on "
        "Monday. The school currently teaches about 700 pupils at its main site in Castelrio."
    )
    candidate = "The Varela Music School will open a second campus with six studios and a 150-seat hall in Castelrio in October."
    assert of_type(serious(reference, candidate, mode="summary"), FindingType.ENTITY)


def test_a_summary_opening_a_campus_in_the_same_town_is_no_error():
    reference = (
        "The Varela Music School will open a second campus in the city of Pontenova in October, its director said on "
        "Monday. The school currently teaches about 700 pupils at its main site in Castelrio."
    )
    candidate = "The Varela Music School will open a second campus with six studios and a 150-seat hall in Pontenova in October."
    assert not of_type(serious(reference, candidate, mode="summary"), FindingType.ENTITY)


def test_the_day_of_a_closing_price_changed_is_found_though_the_day_is_named_elsewhere():
    reference = (
        "Dunmore Foods will buy its rival Kelso Dairies for £240 million, the two firms said on Thursday. Kelso "
        "shareholders will get £3.10 a share in cash, a premium of 18% to Tuesday's closing price."
    )
    candidate = (
        "Dunmore Foods is buying Kelso Dairies for £240m, the firms announced on Thursday. Kelso's shareholders will be "
        "paid £3.10 in cash per share, 18% more than Thursday's closing price."
    )
    assert of_type(compare(reference, candidate).findings, FindingType.DATE)


def test_the_same_day_of_a_closing_price_is_no_error():
    reference = (
        "Dunmore Foods will buy its rival Kelso Dairies for £240 million, the two firms said on Thursday. Kelso "
        "shareholders will get £3.10 a share in cash, a premium of 18% to Tuesday's closing price."
    )
    candidate = (
        "Dunmore Foods is buying Kelso Dairies for £240m, the firms announced on Thursday. Kelso's shareholders will be "
        "paid £3.10 in cash per share, 18% more than Tuesday's closing price."
    )
    assert not of_type(compare(reference, candidate).findings, FindingType.DATE)


def test_a_week_after_for_two_days_after_is_found():
    reference = "The lender froze all transfers on Friday night, two days after a gap of 80 million euros was found in its books."
    candidate = "The lender stopped all transfers on Friday night, a week after an €80m gap was found in its accounts."
    assert serious(reference, candidate, mode="translation")


def test_a_week_later_than_planned_against_a_length_is_no_error():
    reference = "The bridge reopened on Friday after repairs that took nine days, a week later than planned."
    candidate = "Repairs took nine days and the bridge reopened on Friday, a week later than planned."
    assert not serious(reference, candidate)


def test_a_chance_of_endangering_told_as_certain_with_the_deed_renamed_is_found():
    reference = "The league warned that the modification could endanger the club's licence."
    candidate = "According to the league, the change will jeopardise the club's licence."
    assert of_type(serious(reference, candidate, mode="translation"), FindingType.MODALITY)


def test_a_rate_held_level_told_as_rising_is_found():
    reference = "Members will keep paying, but the monthly fee at the two central pools will be frozen at £31 until 2026."
    candidate = "Members will still pay, and the monthly fee at the two central pools will go up to £31 until 2026."
    assert of_type(serious(reference, candidate), FindingType.EVENT)


def test_a_rate_raised_from_a_figure_another_thing_stays_at_is_no_error():
    reference = (
        "The state will raise its duty on imported tyres from 8 per cent to 20 per cent. The rise covers car and van "
        "tyres but not tractor tyres, which will stay at 8 per cent."
    )
    candidate = "The state will lift its duty on imported car and van tyres to 20% from 8%, leaving tractor tyres at 8%."
    assert not of_type(serious(reference, candidate, mode="summary"), FindingType.EVENT)


_NURSES = (
    "Hospital nurses in the province of Castrillo will strike for 48 hours next Monday and Tuesday after talks with the "
    "regional health department broke down, the nurses' union SATE announced on Friday. Regional health minister Olga "
    "Brandt accused the union of abandoning the talks."
)


def test_an_accusation_turned_round_with_the_union_named_beside_its_noun_is_found():
    candidate = (
        "The SATE union said on Friday that hospital nurses in Castrillo province will walk out for two days, next Monday "
        "and Tuesday. The union accused the regional health minister, Olga Brandt, of walking away from the talks."
    )
    assert of_type(serious(_NURSES, candidate, mode="translation"), FindingType.ROLE)


def test_the_accusation_kept_with_the_union_named_beside_its_noun_is_no_error():
    candidate = (
        "The SATE union said on Friday that hospital nurses in Castrillo province will walk out for two days, next Monday "
        "and Tuesday. The regional health minister, Olga Brandt, accused the union of walking away from the talks."
    )
    assert not of_type(serious(_NURSES, candidate, mode="translation"), FindingType.ROLE)


def test_data_passed_the_other_way_with_the_platform_named_by_its_noun_is_found():
    reference = "Booking site RoomNest has agreed to help: RoomNest will send the names of its hosts to the council each month."
    candidate = "Booking site RoomNest has agreed to help, and the council will send the names of its hosts to the site each month."
    assert of_type(serious(reference, candidate), FindingType.ROLE)


_LENDERS = (
    "The consumer association Protegia welcomed the rules but said the 300-lira threshold was too high, as most loans "
    "were smaller. The industry association Credix warned that stricter checks could push young customers towards less "
    "regulated lenders."
)


def test_a_warning_given_to_the_group_a_description_stands_for_is_found():
    candidate = (
        "Protegia, a consumer group, welcomed the rules but said the 300-lira limit was too high, since most loans fall "
        "below it. The consumer group also warned that tougher checks could drive young customers to less regulated lenders."
    )
    assert of_type(serious(_LENDERS, candidate, mode="translation"), FindingType.ATTRIBUTION)


def test_a_warning_kept_with_its_association_named_by_a_description_is_no_error():
    candidate = (
        "Protegia, a consumer group, welcomed the rules but said the 300-lira limit was too high, since most loans fall "
        "below it. Credix, an industry group, warned that tougher checks could drive young customers to less regulated "
        "lenders."
    )
    assert not of_type(serious(_LENDERS, candidate, mode="translation"), FindingType.ATTRIBUTION)


def test_once_it_begins_for_before_it_begins_is_found():
    reference = "Residents asked for a public meeting before the roadworks start in May."
    candidate = "Residents asked for a public meeting once the roadworks start in May."
    assert of_type(serious(reference, candidate), FindingType.DATE)


def test_once_a_year_is_no_time_after_anything():
    reference = "The permits will be checked once a year, before the season starts in May."
    candidate = "Before the season starts in May, the permits will be checked once a year."
    assert not of_type(serious(reference, candidate), FindingType.DATE)


_SPRAY = (
    "Dr Amara Osei, who leads the national dengue programme, said the spray would complement, not replace, window "
    "screens and repellent creams."
)


def test_rather_than_replace_keeps_not_replace():
    candidate = "Dr Amara Osei said the spray would add to rather than replace window screens and repellent creams."
    assert not of_type(serious(_SPRAY, candidate, mode="summary"), FindingType.POLARITY)


def test_replace_for_not_replace_is_still_found():
    candidate = "Dr Amara Osei said the spray would replace window screens and repellent creams."
    assert of_type(serious(_SPRAY, candidate, mode="summary"), FindingType.POLARITY)


_QUOTA = (
    "The assessment recommends reducing the annual quota from 61,000 tonnes to 48,000 tonnes. Lead author Dr Ines "
    "Marlow said stocks could recover within a decade if catches were cut promptly."
)


def test_a_record_added_beside_a_post_named_lead_is_a_major_addition():
    candidate = (
        "The assessment recommends lowering the annual quota to 48,000 tonnes from 61,000 tonnes, which would be the "
        "largest cut in the board's history. Lead author Dr Ines Marlow said stocks could recover within a decade if "
        "catches were cut promptly."
    )
    assert of_type(serious(_QUOTA, candidate), FindingType.ADDITION)


def test_the_first_time_in_decades_for_a_gap_stays_a_note():
    reference = "The mill has resumed weaving after a gap of almost 60 years, its owners said on Friday."
    candidate = "For the first time in nearly six decades the mill is weaving again, its owners said on Friday."
    assert not serious(reference, candidate)


def test_two_days_after_for_a_week_after_is_found():
    reference = "The Castor footbridge reopened a week after the storm, the council said on Thursday."
    candidate = "The Castor footbridge reopened two days after the storm, the council said on Thursday."
    assert of_type(serious(reference, candidate), FindingType.NUMBER)


def test_seven_days_after_for_a_week_after_is_no_error():
    reference = "The Castor footbridge reopened a week after the storm, the council said on Thursday."
    candidate = "The Castor footbridge reopened seven days after the storm, the council said on Thursday."
    assert not serious(reference, candidate)


def test_the_day_of_the_closing_price_is_the_one_reported():
    reference = "Palmar Mining shares fell 3% on Wednesday, slipping below Friday's closing price of 412 pence."
    candidate = "Palmar Mining shares fell 3% on Wednesday, slipping below Monday's closing price of 412 pence."
    found = of_type(serious(reference, candidate), FindingType.DATE)
    assert found and found[0].reference_span.text == "Friday"


def test_two_ships_names_swapped_is_found():
    reference = "The survey ship, named Kestrel, left Dunmarsh on Monday. A second ship, Osprey, will follow in June."
    candidate = "Named Osprey, the survey ship sailed from Dunmarsh on Monday, with a second ship, Kestrel, to follow in June."
    assert of_type(serious(reference, candidate), FindingType.ENTITY)


_RULING = (
    "According to the judgement, Lena Varga sold the shares in March 2021, two weeks before the results were published. "
    "Her brother-in-law, who had also sold shares, was acquitted for lack of proof."
)


def test_a_brother_in_law_told_as_a_brother_is_found():
    candidate = (
        "The court found that Lena Varga had sold the shares in March 2021, two weeks ahead of the results. Her "
        "brother, who had also sold shares, was cleared for lack of evidence."
    )
    assert of_type(serious(_RULING, candidate, mode="translation"), FindingType.ENTITY)


def test_what_the_court_found_keeps_the_judgement_as_source():
    candidate = (
        "The court found that Lena Varga had sold the shares in March 2021, two weeks ahead of the results. Her "
        "brother-in-law, who had also sold shares, was cleared for lack of evidence."
    )
    assert not serious(_RULING, candidate, mode="translation")


def test_advice_to_return_told_as_can_bring_back_is_no_error():
    reference = "Customers are advised not to eat the yoghurt and to return it for a full refund."
    candidate = "Customers should not eat the yoghurt and can bring it back for a full refund."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)


def test_a_second_deed_of_the_estimating_party_is_not_estimated():
    reference = (
        "The association estimates that clearing the waste cost farmers an average of £900 per incident, and said "
        "landowners are legally responsible for removing it."
    )
    candidate = (
        "Landowners are legally obliged to remove the waste, the association said, estimating the average cost to "
        "farmers of a clear-up at £900 an incident."
    )
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)


def test_what_finders_are_asked_not_to_do_is_not_asked():
    reference = "Finders are asked to send a photograph to the museum rather than keep the coins at home."
    candidate = "Rather than keeping the coins at home, finders are asked to send the museum a photograph."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)


def test_twenty_four_hours_a_day_writes_around_the_clock():
    reference = "The new lifeboat station will be staffed around the clock by three volunteers."
    candidate = "The new lifeboat station will be crewed 24 hours a day by three volunteers."
    report = compare(reference, candidate)
    assert not [f for f in report.findings if "appears nowhere" in f.message]


def test_at_no_cost_says_free_of_charge():
    reference = "The work will cost an average of 700 francs per home and will be carried out free of charge by two local charities."
    candidate = "Two local charities will do the work at no cost to residents; on average it costs 700 francs per home."
    report = compare(reference, candidate)
    assert not [f for f in report.findings if f.type is FindingType.OMISSION]


def test_children_getting_in_for_nothing_are_admitted_free():
    reference = "Entry will cost 80 kronor for adults, and children under 10 will be admitted free when accompanied by an adult."
    candidate = "Adults will pay 80 kronor, while under-10s accompanied by an adult will get in for nothing."
    assert not of_type(serious(reference, candidate), FindingType.OMISSION)


def test_before_the_sale_was_announced_for_since_it_was_is_found():
    reference = "The shares have risen by a fifth since the sale was announced."
    candidate = "The shares had risen by a fifth before the sale was announced."
    assert of_type(serious(reference, candidate), FindingType.DATE)


def test_ahead_of_the_vote_for_following_it_is_found():
    reference = "Protesters gathered outside the town hall following the vote on the budget."
    candidate = "Protesters gathered outside the town hall ahead of the vote on the budget."
    assert of_type(serious(reference, candidate), FindingType.DATE)


def test_once_the_survey_has_begun_for_before_it_starts_is_found():
    reference = "Engineers will test the cameras before the drone starts mapping the glacier."
    candidate = "Once the drone has begun mapping the glacier, engineers will test the cameras."
    assert of_type(serious(reference, candidate), FindingType.DATE)


def test_cut_by_a_figure_for_cut_to_it_is_found():
    reference = "The board cut the annual herring quota to 36,000 tonnes."
    candidate = "The board cut the annual herring quota by 36,000 tonnes."
    assert of_type(serious(reference, candidate), FindingType.NUMBER)


def test_a_rise_by_and_to_told_another_way_is_no_error():
    reference = "Ticket sales rose by 6% to 84,000 last season."
    candidate = "Ticket sales climbed to 84,000 last season, up by 6%."
    assert not of_type(serious(reference, candidate), FindingType.NUMBER)


def test_the_company_announcing_after_a_town_is_still_the_company():
    reference = "Halvorsen Seafoods said on Thursday that it will invest 200 million crowns in a new hatchery near the town of Brekkvik."
    candidate = (
        "Halvorsen Seafoods will put 200 million crowns into a new hatchery near the town of Brekkvik, the company announced on Thursday."
    )
    assert not of_type(serious(reference, candidate), FindingType.ATTRIBUTION)


def test_the_two_highest_divisions_rank_what_the_top_two_rank():
    reference = "Clubs in the top two regional divisions will need trained linesmen from next season."
    candidate = "From next season, clubs in the two highest regional divisions will need trained linesmen."
    assert not of_type(serious(reference, candidate), FindingType.ADDITION)


def test_a_permit_that_will_cost_nothing_is_issued_free_of_charge():
    reference = "Professional pickers will need to hold a permit, which will be issued free of charge."
    candidate = "Commercial harvesters must obtain a permit, which will cost nothing."
    assert not of_type(serious(reference, candidate), FindingType.OMISSION)


def test_people_named_from_a_deed_are_not_the_deed():
    reference = (
        "Trust director Amira Sadykova said the trek was intended to draw visitors to hamlets that had seen few "
        "tourists since the pass lost its trade."
    )
    candidate = (
        "The aim, according to trust director Amira Sadykova, is to bring visitors to hamlets that tourists have largely "
        "passed by since the pass lost its trade."
    )
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)


def test_more_than_before_they_began_is_since_they_began():
    reference = "Divers are catching around a quarter more crabs than in 2019, having seen catches rise since the releases began."
    candidate = "Divers now catch about a quarter more crabs than before the releases began."
    assert not of_type(serious(reference, candidate), FindingType.DATE)


def test_relatives_of_two_people_under_one_pronoun_are_no_swap():
    reference = "Ida Lund opened the bakery in 1960. Her son ran it until 2000, and his daughter runs it today."
    candidate = "Ida Lund set up the bakery in 1960. Her son was in charge until 2000; his sister runs it now."
    assert not of_type(serious(reference, candidate), FindingType.ENTITY)


def test_growth_forecast_by_a_range_for_to_a_range_is_no_error():
    reference = "The company raised its full-year sales growth forecast to between 3 and 5 percent, from 2 to 4 percent previously."
    candidate = "The company now expects full-year sales to grow by 3% to 5%, compared with its previous forecast of 2% to 4%."
    assert not of_type(serious(reference, candidate), FindingType.NUMBER)
