"""Readings from stop 51: 'early in 2026', a joined verb under 'expected to', a description before a name at the start
of a sentence, a letter's addressee, a count with the ones listed beside it, 'rather than' for 'but not', the
reference's figures told in other words, a round figure half a step away, two verbs of one amount, a copula, a date
copied over another, the doer of a gerund after 'accused ... of', the doer of 'required to', a doer turned receiver,
a stance against.

Every text here is made up for the test; none comes from the seed, the challenge or the evaluation sets.
"""

from __future__ import annotations

from helpers import of_type, serious

from factdiff.model import FindingType

# --- dates -----------------------------------------------------------------------------------------------------------


def test_an_edge_of_a_year_told_before_in():
    reference = "The new ferry terminal could open in late 2027 if the harbour board approves the design."
    candidate = "If the harbour board approves the design, the new ferry terminal could open early in 2027."
    assert of_type(serious(reference, candidate, "rewrite"), FindingType.DATE)


def test_the_same_edge_told_before_in_is_quiet():
    reference = "The new ferry terminal could open in late 2027 if the harbour board approves the design."
    candidate = "If the harbour board approves the design, the new ferry terminal could open late in 2027."
    assert not of_type(serious(reference, candidate, "rewrite"), FindingType.DATE)


def test_a_date_copied_over_another_in_a_summary():
    reference = (
        "Tenants who want a parking permit must apply by noon on 3 June, the housing office said. Applications for "
        "visitor passes must arrive by noon on 11 June. The scheme starts on 1 July."
    )
    candidate = (
        "Tenants wanting a parking permit must apply by noon on 11 June, the housing office said. Visitor pass "
        "applications close at noon on 11 June, and the scheme starts on 1 July."
    )
    found = of_type(serious(reference, candidate, "summary"), FindingType.DATE)
    assert found and found[0].candidate_span.text == "11 June"


def test_a_date_given_for_its_own_sentence_in_a_summary_is_quiet():
    reference = (
        "Tenants who want a parking permit must apply by noon on 3 June, the housing office said. Applications for "
        "visitor passes must arrive by noon on 11 June. The scheme starts on 1 July."
    )
    candidate = (
        "Tenants wanting a parking permit must apply by noon on 3 June, the housing office said. Visitor pass "
        "applications close at noon on 11 June, and the scheme starts on 1 July."
    )
    assert not of_type(serious(reference, candidate, "summary"), FindingType.DATE)


# --- modality --------------------------------------------------------------------------------------------------------


def test_a_joined_passive_shares_the_expectation_above_it():
    reference = "Repairs are expected to begin in May 2026 and finish by the end of that summer."
    candidate = "Repairs are expected to get under way in May 2026 and be completed by the end of that summer."
    assert not of_type(serious(reference, candidate, "rewrite"), FindingType.MODALITY)


def test_a_joined_verb_with_its_own_will_is_still_stated():
    reference = "Repairs are expected to begin in May 2026 and finish by the end of that summer."
    candidate = "Repairs are expected to begin in May 2026 and will be completed by the end of that summer."
    assert of_type(serious(reference, candidate, "rewrite"), FindingType.MODALITY)


def test_two_verbs_of_the_same_amount_compare_their_modality():
    reference = "Tenants on low incomes may also qualify for an additional £750 towards insulation."
    candidate = "Tenants on low incomes will also receive a further £750 for insulation."
    assert of_type(serious(reference, candidate, "rewrite"), FindingType.MODALITY)


def test_two_copulas_of_two_statements_are_not_paired():
    reference = "Trust director Ola Brandt said demand was likely to be high and urged people to check their eligibility early."
    candidate = (
        "Ola Brandt, the trust's director, said he expected strong demand and encouraged residents to check early "
        "whether they were eligible."
    )
    assert not of_type(serious(reference, candidate, "rewrite"), FindingType.MODALITY)


# --- entities --------------------------------------------------------------------------------------------------------


REF_HOME = (
    "Inspectors have rated Elm Court nursing home in Ashby as 'poor' and placed it under review. The home, run by "
    "Oakhaven Care Group, was rated 'good' at its last inspection in 2020. Oakhaven said it had hired a new manager and "
    "that it was 'very sorry'."
)


def test_a_description_before_a_name_at_the_start_of_a_sentence():
    candidate = (
        "Elm Court in Ashby, rated 'good' in 2020, has been judged 'poor' and put under review. Operator Oakhaven has "
        "apologised and hired a new manager."
    )
    assert not of_type(serious(REF_HOME, candidate, "summary"), FindingType.ENTITY)


def test_a_description_before_another_name_is_still_an_error():
    candidate = (
        "Elm Court in Ashby, rated 'good' in 2020, has been judged 'poor' and put under review. Operator Westmere has "
        "apologised and hired a new manager."
    )
    assert serious(REF_HOME, candidate, "summary")


# --- attribution -----------------------------------------------------------------------------------------------------


def test_the_one_a_letter_is_sent_to_does_not_speak():
    reference = (
        "The Land Registry admitted on Monday that 4,000 titles were still waiting to be checked. Owners whose "
        "titles are not checked by 1 May will get their fees back, according to a letter sent to the Conveyancers' "
        "Guild."
    )
    candidate = (
        "The Land Registry conceded on Monday that 4,000 titles had yet to be checked. In a letter to the "
        "Conveyancers' Guild, the registry said any owner whose title was still unchecked on 1 May would get the fee back."
    )
    assert not of_type(serious(reference, candidate, "rewrite"), FindingType.ATTRIBUTION)


# --- numbers ---------------------------------------------------------------------------------------------------------


def test_a_count_with_the_one_listed_beside_it():
    reference = "The estate would include three junior schools, a senior school, a surgery and a library."
    candidate = "The estate would have four schools, one of them a senior school, a surgery and a library."
    assert not of_type(serious(reference, candidate, "summary"), FindingType.NUMBER)


def test_a_count_that_the_list_does_not_add_up_to():
    reference = "The estate would include three junior schools, a senior school, a surgery and a library."
    candidate = "The estate would have five schools, one of them a senior school, a surgery and a library."
    assert of_type(serious(reference, candidate, "summary"), FindingType.NUMBER)


def test_a_finer_round_figure_is_no_rounding_of_a_coarser_one():
    reference = "The fund is expected to pay for around 9,000 new trees over three years."
    candidate = "The fund is expected to pay for about 8,500 new trees over a three-year period."
    assert of_type(serious(reference, candidate, "rewrite"), FindingType.NUMBER)


def test_a_figure_rounded_up_at_half_a_step_is_quiet():
    reference = "The fund is expected to pay for about 8,500 new trees over three years."
    candidate = "The fund is expected to pay for around 9,000 new trees over a three-year period."
    assert not of_type(serious(reference, candidate, "rewrite"), FindingType.NUMBER)


# --- omission and addition ---------------------------------------------------------------------------------------------


def test_but_not_said_as_rather_than():
    reference = (
        "The museum plans to cut its opening hours from 60 to 45 a week. Under the plans, guided tours would be reduced but not stopped."
    )
    candidate = "The museum wants to cut its opening hours from 60 to 45 a week. Guided tours would be scaled back rather than scrapped."
    assert not of_type(serious(reference, candidate, "rewrite"), FindingType.OMISSION)


def test_but_not_left_out_is_still_found():
    reference = (
        "The museum plans to cut its opening hours from 60 to 45 a week. Under the plans, guided tours would be reduced but not stopped."
    )
    candidate = "The museum wants to cut its opening hours from 60 to 45 a week. Guided tours would be scaled back."
    assert of_type(serious(reference, candidate, "rewrite"), FindingType.OMISSION)


def _sentence_unit(reference: str, candidate: str):
    from factdiff.align import align
    from factdiff.analyse.document import analyse
    from factdiff.analyse.entities import link
    from factdiff.checks.base import Context
    from factdiff.checks.omission import Unit
    from factdiff.read import source_from_text

    ref_doc, cand_doc = analyse(source_from_text(reference, "reference")), analyse(source_from_text(candidate, "candidate"))
    link(ref_doc.entities, cand_doc.entities)
    ctx = Context(ref_doc, cand_doc, align(ref_doc, cand_doc), "rewrite")
    s = cand_doc.sentences[-1]
    return ctx, Unit(s.start, s.end, candidate[s.start : s.end], s.index, "sentence")


REF_VOTE = (
    "Ellham Town Council voted on Thursday to double parking charges from May, a move expected to raise about £2.1 "
    "million a year. Councillors approved the rise by 27 votes to 15 after a three-hour debate."
)


def test_a_sentence_of_the_references_figures_in_other_words_is_not_a_new_fact():
    from factdiff.checks.addition import _figures_all_given

    candidate = (
        "Drivers in Ellham will pay twice the parking charges from May. The measure passed 27–15 following a debate "
        "lasting three hours and is forecast to bring in roughly £2.1m annually."
    )
    assert _figures_all_given(*_sentence_unit(REF_VOTE, candidate))


def test_a_sentence_with_a_figure_of_its_own_is_a_new_fact():
    from factdiff.checks.addition import _figures_all_given

    candidate = (
        "Drivers in Ellham will pay twice the parking charges from May. The measure passed 27–15 following a debate "
        "lasting three hours and is forecast to bring in roughly £4.5m annually."
    )
    assert not _figures_all_given(*_sentence_unit(REF_VOTE, candidate))


# --- roles -----------------------------------------------------------------------------------------------------------


def test_the_doer_of_a_gerund_after_accused_of():
    reference = (
        "Union leader Petra Lind accused the rail operator of ignoring warnings from the signalling contractor, "
        "Vextra, that the system was unsafe."
    )
    candidate = (
        "Union leader Petra Lind said the signalling contractor, Vextra, had ignored warnings from the rail operator "
        "that the system was unsafe."
    )
    assert of_type(serious(reference, candidate, "translation"), FindingType.ROLE)


def test_the_same_accusation_reworded_is_quiet():
    reference = (
        "Union leader Petra Lind accused the rail operator of ignoring warnings from the signalling contractor, "
        "Vextra, that the system was unsafe."
    )
    candidate = (
        "Union leader Petra Lind said the rail operator had ignored warnings from the signalling contractor, Vextra, "
        "that the system was unsafe."
    )
    assert not of_type(serious(reference, candidate, "translation"), FindingType.ROLE)


def test_a_doer_turned_receiver_of_required_to():
    reference = "The grant will rise by 4% from May. Schools must pass at least 90% of the money on to sports clubs."
    candidate = "The grant will rise 4% from May, with sports clubs required to pass at least 90% of it on to schools."
    assert of_type(serious(reference, candidate, "summary"), FindingType.ROLE)


def test_the_same_doer_of_required_to_is_quiet():
    reference = "The grant will rise by 4% from May. Schools must pass at least 90% of the money on to sports clubs."
    candidate = "The grant will rise 4% from May, with schools required to pass at least 90% of it on to sports clubs."
    assert not of_type(serious(reference, candidate, "summary"), FindingType.ROLE)


# --- polarity --------------------------------------------------------------------------------------------------------


def test_a_stance_against_for_a_welcome():
    reference = (
        "The hauliers' association Cargon welcomed the toll, while the ferry firm Baltline said it would push traffic onto minor roads."
    )
    candidate = (
        "Cargon, the hauliers' association, rejected the toll, and the ferry firm Baltline argued that it would drive "
        "traffic to minor roads."
    )
    assert of_type(serious(reference, candidate, "translation"), FindingType.POLARITY)


def test_a_welcome_told_as_backing_is_no_opposite():
    reference = "The hauliers' association Cargon welcomed the toll, while the ferry firm Baltline opposed it."
    candidate = "Cargon, the hauliers' association, backed the toll, while the ferry firm Baltline opposed it."
    assert not of_type(serious(reference, candidate, "translation"), FindingType.POLARITY)


def test_a_rate_dropped_from_an_amount():
    reference = "The trust said the new contracts would cost around £2.4 million a year more than the old ones."
    candidate = "According to the trust, the new contracts will cost roughly £2.4 million more than the old ones."
    assert of_type(serious(reference, candidate, "rewrite"), FindingType.OMISSION)


def test_a_rate_kept_in_other_words_is_quiet():
    reference = "The trust said the new contracts would cost around £2.4 million a year more than the old ones."
    candidate = "According to the trust, the new contracts will cost roughly £2.4 million more each year than the old ones."
    assert not of_type(serious(reference, candidate, "rewrite"), FindingType.OMISSION)


def test_renting_from_is_renting_to_seen_from_the_other_side():
    reference = "The council is renting the old hall to the choir for a token one pound a year."
    candidate = "The choir is renting the old hall from the council for a token £1 a year."
    assert not of_type(serious(reference, candidate, "translation"), FindingType.ROLE)


def test_two_verbs_of_one_date_are_not_paired_for_modality():
    reference = "From 1 June, cyclists will not be allowed to ride on the promenade between noon and 6pm."
    candidate = "Starting on 1 June, cycling on the promenade will be banned between noon and 6pm."
    assert not of_type(serious(reference, candidate, "rewrite"), FindingType.MODALITY)


def test_the_month_may_gives_no_leave():
    reference = (
        "Applications for the Tarn grant open on 3 May. The deadline for bids is 14 June, and councils must submit plans by 30 September."
    )
    candidate = "Bids for the Tarn grant are due by 14 June, and councils must submit plans by 30 September."
    assert not of_type(serious(reference, candidate, "summary"), FindingType.MODALITY)


def test_may_told_as_must_is_still_a_duty():
    reference = "Residents may apply for the grant until June."
    candidate = "Residents must apply for the grant by June."
    assert of_type(serious(reference, candidate, "rewrite"), FindingType.MODALITY)


def test_two_verbs_of_one_stance_are_no_other_action():
    reference = "Local traders welcomed the new parking rules."
    candidate = "Local traders supported the new parking rules."
    assert not serious(reference, candidate, "rewrite")


def test_a_verb_said_from_either_side_of_a_deal():
    reference = "The club rents the pitch to the Brook Valley school."
    candidate = "The Brook Valley school rents the pitch from the club."
    assert not of_type(serious(reference, candidate, "rewrite"), FindingType.ROLE)


def test_a_deal_turned_round_is_still_found():
    reference = "The club rents the pitch to the Brook Valley school."
    candidate = "The Brook Valley school rents the pitch to the club."
    assert of_type(serious(reference, candidate, "rewrite"), FindingType.ROLE)


def test_a_passive_denied_beside_another_is_a_statement():
    reference = "Night flights at Corby airport will be reduced but not stopped, the operator said."
    candidate = "The operator said night flights at Corby airport will be stopped."
    assert of_type(serious(reference, candidate, "rewrite"), FindingType.POLARITY)


def test_a_passive_denied_beside_another_said_with_rather_than_is_quiet():
    reference = "Night flights at Corby airport will be reduced but not stopped, the operator said."
    candidate = "The operator said night flights at Corby airport will be cut back rather than halted."
    assert not serious(reference, candidate, "rewrite")
