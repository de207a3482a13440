"""Readings from stop 45: an object the parse left unlabelled, a length of time taken, a post that heads nothing, a
clause below a noun of report, one of several and the others, the other side of an aligned sentence, a bidding
without a source, a body's claim given to a person, the one who asks and the one asked, a hope told as what will be.

Every text here is made up for the test; none comes from the seed, the challenge or the evaluation sets.
"""

from __future__ import annotations

from helpers import of_type, serious

from factdiff.model import FindingType


def test_no_after_a_quote_mark_is_a_denial_on_both_sides():
    reference = (
        "Chief executive Ada Moss said the cooperative had 'no realistic alternative', adding that it would resume "
        "full production once prices fell."
    )
    candidate = (
        "The cooperative had 'no realistic alternative', chief executive Ada Moss said; full production will resume "
        "once prices drop, she added."
    )
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_a_denial_dropped_after_a_quote_mark_is_still_found():
    reference = (
        "Chief executive Ada Moss said the cooperative had 'no realistic alternative', adding that it would resume "
        "full production once prices fell."
    )
    candidate = (
        "The cooperative had 'a realistic alternative', chief executive Ada Moss said; full production will resume "
        "once prices drop, she added."
    )
    assert of_type(serious(reference, candidate), FindingType.POLARITY)


def test_taking_a_length_of_time_is_no_opposite_of_giving():
    reference = (
        "The sketches, which span his career, were given by his daughter, Ruth Hale, and will be catalogued over the next three years."
    )
    candidate = "Covering his working life, the sketches will take three years to catalogue."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_taking_what_was_given_is_still_an_opposite():
    reference = "The council gave the land to the rowing club in 1990."
    candidate = "The council took the land from the rowing club in 1990."
    assert serious(reference, candidate)


def test_time_lost_against_time_gained_still_opposes():
    reference = "Leek crashed on the descent and lost four minutes to the leaders."
    candidate = "Leek attacked on the descent and gained four minutes on the leaders."
    assert of_type(serious(reference, candidate), FindingType.POLARITY)


def test_a_post_with_its_owner_names_no_doer():
    reference = (
        "The Harwell Institute has received 900 maps from a private collector. The institute's head of collections, "
        "Oren Vasse, described the gift as 'the finest record we have ever been offered'."
    )
    candidate = (
        "Some 900 maps have been donated to the Harwell Institute by a private collector. Oren Vasse, who heads the "
        "institute's collections, called the gift 'the finest record we have ever been offered'."
    )
    assert not serious(reference, candidate)


def test_a_clause_under_a_verb_below_a_noun_of_report_is_not_its_content():
    reference = (
        "Ferry operators have relied on reports from fishermen to find channels that silt up in winter. "
        "The new sonar buoys cost 2 million crowns."
    )
    candidate = (
        "Ferry operators have depended on fishermen to report channels that silt up in winter. The new sonar buoys cost 2 million crowns."
    )
    assert not of_type(serious(reference, candidate), FindingType.EVENT)


def test_one_and_the_others_count_the_same_bidders():
    reference = "The museum said the builder had been picked from five bidders because it could finish by June."
    candidate = "The builder beat four other bidders because it could finish by June, the museum said."
    assert not of_type(serious(reference, candidate), FindingType.NUMBER)


def test_others_counted_wrong_are_still_a_number_error():
    reference = "The museum said the builder had been picked from five bidders because it could finish by June."
    candidate = "The builder beat two other bidders because it could finish by June, the museum said."
    assert of_type(serious(reference, candidate), FindingType.NUMBER)


def test_a_win_that_restates_an_award_is_no_opposite_of_a_later_loss():
    reference = (
        "The harbour board has awarded the dredging contract to Kellet Marine, a firm based in Porth. "
        "The deal is worth $2 million. Kellet Marine held the contract in 2015 but lost it in 2019 to a firm from abroad."
    )
    candidate = (
        "Kellet Marine, a Porth firm, has won the dredging contract, the harbour board said, having held it in 2015 and "
        "lost it in 2019 to a firm from abroad. The deal is worth $2 million."
    )
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_a_claim_given_to_a_named_person_instead_of_a_body_is_found():
    reference = (
        "Residents were told to stay indoors because of the smoke, although tests showed no harmful levels of gas, "
        "according to the county health office. Depot manager Arlo Fenn said the depot had passed an inspection in May."
    )
    candidate = (
        "Residents were asked to stay indoors because of the smoke, though depot manager Arlo Fenn said tests had found "
        "no harmful levels of gas. The depot passed an inspection in May, Fenn said."
    )
    found = of_type(serious(reference, candidate), FindingType.ATTRIBUTION)
    assert found and "Arlo Fenn" in found[0].candidate_span.text


def test_the_bodys_own_officer_keeps_its_claim():
    reference = "Tests showed no harmful levels of gas, according to the county health office."
    candidate = "Health office director Mira Sand said tests had found no harmful levels of gas."
    assert not of_type(serious(reference, candidate), FindingType.ATTRIBUTION)


def test_the_one_who_asks_and_the_one_asked_traded():
    reference = "Museum director Lena Ostrova called on the city council to double the arts grant."
    candidate = "The city council urged museum director Lena Ostrova to double the arts grant."
    assert of_type(serious(reference, candidate), FindingType.ROLE)


def test_one_bidding_in_other_words_is_no_role_error():
    reference = "Museum director Lena Ostrova called on the city council to double the arts grant."
    candidate = "The city council was urged by museum director Lena Ostrova to double the arts grant."
    assert not of_type(serious(reference, candidate), FindingType.ROLE)


def test_a_hope_told_as_what_will_happen_is_found_with_the_object_hung_elsewhere():
    reference = "The library hoped to run reading workshops once the roof was repaired."
    candidate = "The library will run reading workshops when the roof is repaired."
    assert of_type(serious(reference, candidate), FindingType.MODALITY)


def test_a_partner_swapped_for_another_named_party_is_found():
    reference = (
        "The toymaker Brantwood has agreed to stop using plastic packaging by 2026, after a campaign by the group "
        "Green Shelf. The company said it would use card trays developed with the Ormond Paper Institute."
    )
    candidate = (
        "After a campaign by Green Shelf, Brantwood will stop using plastic packaging by 2026, switching to card trays "
        "developed with the campaigners' group, Green Shelf."
    )
    found = of_type(serious(reference, candidate), FindingType.ENTITY)
    assert found and "Green Shelf" in found[0].message and "Ormond" in found[0].reference_span.text


def test_the_same_partner_under_a_shorter_name_is_no_swap():
    reference = (
        "The toymaker Brantwood has agreed to stop using plastic packaging by 2026, after a campaign by the group "
        "Green Shelf. The company said it would use card trays developed with the Ormond Paper Institute."
    )
    candidate = (
        "After a campaign by Green Shelf, Brantwood will stop using plastic packaging by 2026, switching to card trays "
        "developed with the Ormond institute."
    )
    assert not of_type(serious(reference, candidate), FindingType.ENTITY)


def test_one_of_a_named_list_swapped_for_a_name_given_elsewhere_is_found():
    reference = (
        "The largest rise was at Tarn Cove, where the count doubled. However, numbers at the two oldest hives, "
        "Ashby Hill and Moor End, fell slightly."
    )
    candidate = "Numbers dipped at the two oldest hives, Ashby Hill and Tarn Cove."
    found = of_type(serious(reference, candidate, mode="summary"), FindingType.ENTITY)
    assert found and found[0].candidate_span.text == "Tarn Cove"


def test_the_same_named_list_in_another_order_is_no_swap():
    reference = "Numbers at the two oldest hives, Ashby Hill and Moor End, fell slightly."
    candidate = "Numbers dipped slightly at the two oldest hives, Moor End and Ashby Hill."
    assert not of_type(serious(reference, candidate), FindingType.ENTITY)


def test_another_outcome_in_a_summary_sentence_drawn_from_another_is_found():
    reference = (
        "Marlow Technical College will double its intake of welding students to 180 from January, funded by a £900,000 "
        "grant. Part of the money will be used to build a new workshop with 20 welding booths. Tutor Sam Ode said "
        "40 local firms had signed up."
    )
    candidate = (
        "Marlow Technical College will double its welding intake to 180 from January using a £900,000 grant, part of "
        "which will go on refurbishing its existing workshop; 40 local firms have signed up."
    )
    assert of_type(serious(reference, candidate, mode="summary"), FindingType.EVENT)


def test_a_summary_that_keeps_the_outcome_is_no_event_error():
    reference = (
        "Marlow Technical College will double its intake of welding students to 180 from January, funded by a £900,000 "
        "grant. Part of the money will be used to build a new workshop with 20 welding booths. Tutor Sam Ode said "
        "40 local firms had signed up."
    )
    candidate = (
        "Marlow Technical College will double its welding intake to 180 from January using a £900,000 grant, part of "
        "which will go on building a new workshop; 40 local firms have signed up."
    )
    assert not of_type(serious(reference, candidate, mode="summary"), FindingType.EVENT)


def test_a_phrase_a_copula_says_denied_on_one_side_is_found():
    reference = "An inspection found that the club's boats were in good condition, the board said."
    candidate = "The board said an inspection found the club's boats were not in good condition."
    assert of_type(serious(reference, candidate), FindingType.POLARITY)


def test_a_phrase_a_copula_says_on_both_sides_is_no_flip():
    reference = "An inspection found that the club's boats were in good condition, the board said."
    candidate = "The board said an inspection found the club's boats to be in good condition."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_not_yet_under_control_told_as_under_control_is_found():
    reference = "The fire at the depot was not yet under control on Sunday, the brigade said."
    candidate = "The brigade said the fire at the depot was under control by Sunday."
    assert of_type(serious(reference, candidate), FindingType.POLARITY)


def test_a_description_named_by_its_noun_after_a_place_name_is_that_body():
    reference = (
        "The Arden Vale water authority will fit 30 new meters. The survey, commissioned by the authority and carried "
        "out by the consultancy Brell Partners, found leaks in five mains."
    )
    candidate = (
        "Thirty new meters will be fitted by the Arden Vale water authority. The survey, commissioned by the "
        "consultancy Brell Partners and carried out by the authority, found leaks in five mains."
    )
    assert of_type(serious(reference, candidate), FindingType.ROLE)


def test_two_doers_of_one_sentence_kept_in_their_places_are_no_role_error():
    reference = (
        "The Arden Vale water authority will fit 30 new meters. The survey, commissioned by the authority and carried "
        "out by the consultancy Brell Partners, found leaks in five mains."
    )
    candidate = (
        "Thirty new meters will be fitted by the Arden Vale water authority. The survey, which the authority "
        "commissioned and the consultancy Brell Partners carried out, found leaks in five mains."
    )
    assert not of_type(serious(reference, candidate), FindingType.ROLE)


def test_the_one_who_pays_and_the_one_who_supports_traded():
    reference = "The repairs will be paid for by the parish with support from a national heritage fund."
    candidate = "The repairs will be paid for by a national heritage fund with support from the parish."
    assert of_type(serious(reference, candidate), FindingType.ROLE)


def test_a_play_written_by_one_and_directed_by_the_other_traded():
    reference = "Director Moira Kell said the play, written by Ivo Brand and directed by Kell herself, opens in May."
    candidate = "Director Moira Kell said the play, written by her and directed by Ivo Brand, opens in May."
    assert of_type(serious(reference, candidate), FindingType.ROLE)


def test_a_claim_put_in_the_mouth_of_another_known_speaker_is_found():
    reference = (
        "The Morley Woods Trust said the trail would stay shut after a rockfall. Police said they were not treating the "
        "rockfall as suspicious. The trust asked walkers to use the lower path."
    )
    candidate = (
        "The trail will stay shut after a rockfall, the Morley Woods Trust said. The trust said it was not treating the "
        "rockfall as suspicious. Walkers are asked to use the lower path."
    )
    found = of_type(serious(reference, candidate), FindingType.ATTRIBUTION)
    assert found and found[0].reference_span.text == "Police"


def test_a_body_for_its_own_officers_keeps_the_claim():
    reference = (
        "The city council approved the rules on Wednesday. Council officers said enforcement would focus on advice. "
        "The buskers' group Play Fair said the fee was fair."
    )
    candidate = (
        "The city council approved the rules on Wednesday. The council said enforcement would focus on advice. "
        "The buskers' group Play Fair said the fee was fair."
    )
    assert not of_type(serious(reference, candidate), FindingType.ATTRIBUTION)


def test_a_time_phrase_after_a_copula_is_no_state_denied():
    reference = "The ferry was not in service during the strike, the operator said."
    candidate = "The operator said the ferry was out of service during the strike."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_a_deferral_in_a_phrasal_verb_is_the_same_outcome():
    reference = "The parents' council asked Mayor Ida Rask to delay the new timetable by a year."
    candidate = "Mayor Ida Rask was asked by the parents' council to push back the new timetable by a year."
    assert not of_type(serious(reference, candidate), FindingType.EVENT)


def test_a_merger_told_from_either_side_is_no_swap():
    reference = "Holt Dairy merged with Marren Foods in 2019 to form the largest cheese maker in the region."
    candidate = "In 2019 Marren Foods merged with Holt Dairy, creating the region's largest cheese maker."
    assert not serious(reference, candidate)


def test_a_meeting_told_from_either_side_is_no_swap():
    reference = "Arlen Dovic met Petra Holm in Oslo on Monday."
    candidate = "Petra Holm met Arlen Dovic in Oslo on Monday."
    assert not serious(reference, candidate)


def test_a_win_told_the_other_way_round_is_still_a_swap():
    reference = "Arlen Dovic beat Petra Holm in the final in Oslo on Monday."
    candidate = "Petra Holm beat Arlen Dovic in the final in Oslo on Monday."
    assert of_type(serious(reference, candidate), FindingType.ROLE)


def test_the_company_against_its_name_keeps_the_claim():
    reference = (
        "Calder Ridge will close the Brinn quarry in May. The company said the site had run out of stone. Unions said 40 jobs would go."
    )
    candidate = (
        "The Brinn quarry will close in May, Calder Ridge said, adding that the site had run out of stone. Unions said 40 jobs would go."
    )
    assert not of_type(serious(reference, candidate), FindingType.ATTRIBUTION)


def test_a_bodys_claim_given_to_a_lawyer_is_found():
    reference = "The prosecution told the court that Hale had hidden the invoices. His lawyer said Hale would appeal."
    candidate = "His lawyer told the court that Hale had hidden the invoices. Hale would appeal, his lawyer said."
    assert of_type(serious(reference, candidate), FindingType.ATTRIBUTION)


def test_a_summary_giving_the_whole_to_one_who_said_part_of_it_is_no_attribution_error():
    reference = (
        "Penmoor Rovers will replace all 6,000 seats at its ground this summer, the club announced on Friday. "
        "The project is being paid for by a loan from the club's owners and will not affect ticket prices, "
        "according to chief executive Sam Kerr."
    )
    candidate = (
        "Penmoor Rovers will replace its ground's 6,000 seats this summer, funded by a loan from its owners, with no "
        "effect on ticket prices, the chief executive said."
    )
    assert not of_type(serious(reference, candidate, mode="summary"), FindingType.ATTRIBUTION)


def test_one_party_as_a_name_and_a_pronoun_does_not_cross_doers():
    reference = (
        "A balloon operated by Skyline Ltd made a hard landing on Saturday. The company said it had suspended all "
        "flights pending the investigation."
    )
    candidate = (
        "A Skyline Ltd balloon made a hard landing on Saturday. All flights have been suspended by the company while "
        "the investigation is carried out, it said."
    )
    assert not of_type(serious(reference, candidate), FindingType.ROLE)


def test_a_that_clause_the_parse_hung_on_the_verb_is_still_what_was_confirmed():
    reference = (
        "The audit, presented to councillors on Monday, follows the builder's confirmation last week that it had "
        "poured faulty concrete at the Tarn Street school."
    )
    candidate = "The audit comes a week after the builder first poured faulty concrete at the Tarn Street school."
    assert of_type(serious(reference, candidate), FindingType.EVENT)
