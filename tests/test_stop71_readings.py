"""Readings from stop 71: a range stated elsewhere only as a range; a deed denied by a noun of ability ('has no power
to block'); a state a verb puts its subject in ('was placed under investigation'); a name of another sentence put in
a rewrite's slot, and in a summary's; a length told with its half ('a year and a half') and a second rate ('per
patient a year'); a share of the sentence's own figure ('half that'); a speaker made of the one addressed; a person's
lawyers told as the person; 'he' for a body; a hedge kept below with a figure; a weighed step told as what will be
done; people of one body given to another; a light verb whose noun says the event; a bound's noun and word kept with
another figure; a verb the tagger calls a stop word in a repeated clause; a belief at the top of a sentence as its
subject's account; a place in a description; 'another dozen' written; a figure worked out with one of another
sentence.

Every text here is made up for the test; none comes from the seed, the challenge or the evaluation sets.
"""

from __future__ import annotations

from helpers import of_type, serious

from factdiff import compare
from factdiff.model import FindingType

# --- numbers ---------------------------------------------------------------------------------------------------------


def test_a_range_is_stated_elsewhere_only_as_a_range():
    reference = (
        "The league has banned the club from all fixtures for 30 days. Under the rules, a club with two breaches in a "
        "season may be banned for between 10 and 30 days."
    )
    changed = (
        "The club has been barred from every fixture for 30 days by the league. The rules allow a club with two "
        "breaches in one season to be barred for 10 to 60 days."
    )
    assert of_type(serious(reference, changed), FindingType.NUMBER)
    kept = changed.replace("10 to 60 days", "10 to 30 days")
    assert not of_type(serious(reference, kept), FindingType.NUMBER)


def test_a_length_told_with_its_half_and_a_second_rate():
    reference = (
        "The health service has agreed a price for the asthma drug Bronvel with its maker, ending 18 months of "
        "talks. The price is below the list price of £41,000 per patient per year."
    )
    candidate = (
        "After a year and a half of talks, the health service and the maker of Bronvel have agreed a price below its "
        "list price of £41,000 per patient a year."
    )
    assert not of_type(serious(reference, candidate, "summary"), FindingType.NUMBER)


def test_a_share_of_the_sentences_own_figure():
    reference = "The nurses' union is seeking an 8 per cent rise, while the health board has offered 4 per cent."
    assert not of_type(serious(reference, "The union wants 8%; the board has offered half that."), FindingType.NUMBER)
    assert of_type(serious(reference, "The union wants 8%; the board has offered a quarter of that."), FindingType.NUMBER)


def test_a_bound_with_its_noun_keeps_its_slot_in_words():
    reference = "The scheme will give free places to families with children under four and to carers."
    changed = "Families with children under three, and carers, will be given free places under the scheme."
    assert of_type(serious(reference, changed), FindingType.NUMBER)
    kept = "Families with children under four, and carers, will be given free places under the scheme."
    assert not of_type(serious(reference, kept), FindingType.NUMBER)


def test_another_dozen_writes_twelve_and_a_share_of_a_figure_of_another_sentence():
    reference = (
        "The lifeboat station has trained 14 new volunteers this year but still needs another dozen to crew both boats. "
        "The club was fined £8,000 by the regional board. Half of the fine has been suspended for a year."
    )
    candidate = (
        "The lifeboat station has trained 14 new volunteers this year, but twelve more are needed to crew both boats. "
        "The regional board fined the club £8,000. Of that, £4,000 is suspended for a year."
    )
    assert not [f for f in compare(reference, candidate).findings if f.type in (FindingType.NUMBER, FindingType.ADDITION)]


# --- polarity --------------------------------------------------------------------------------------------------------


def test_a_deed_denied_by_a_noun_of_ability():
    reference = "Harbour masters will be able to detain any vessel they consider unsafe."
    changed = "Harbour masters will have no power to detain vessels they consider unsafe."
    assert of_type(serious(reference, changed), FindingType.POLARITY)
    denied = "The regulator has no power to enforce its findings, but councils usually follow them."
    assert not of_type(
        serious(denied, "Although the regulator cannot enforce its findings, councils usually follow them."), FindingType.POLARITY
    )


def test_a_state_a_verb_puts_its_subject_in():
    reference = "The bridge was built in 2015 by Dunmere Civil, whose directors have not been placed under investigation."
    changed = "The bridge was built in 2015 by Dunmere Civil, whose directors are already under investigation."
    assert of_type(serious(reference, changed), FindingType.POLARITY)
    kept = "The bridge was built in 2015 by Dunmere Civil, whose directors are not under investigation."
    assert not of_type(serious(reference, kept), FindingType.POLARITY)


# --- entities --------------------------------------------------------------------------------------------------------


def test_a_name_of_another_sentence_put_in_a_rewrites_slot():
    reference = (
        "The council has ordered the Tallow Works bar in Fenner Lane to close at midnight. Officers recorded loud music "
        "on Hatch Street during a party in May. The owner said the bar had traded for 12 years, long before the houses "
        "on Hatch Street were built."
    )
    changed = (
        "The Tallow Works bar in Fenner Lane has been ordered by the council to close at midnight. Officers recorded "
        "loud music on Hatch Street during a May party. The owner said the bar had traded for 12 years, long before "
        "the houses in Fenner Lane were built."
    )
    found = of_type(serious(reference, changed), FindingType.ENTITY)
    assert found and found[0].candidate_span.text == "Fenner Lane"
    kept = changed.replace("the houses in Fenner Lane", "the houses on Hatch Street")
    assert not of_type(serious(reference, kept), FindingType.ENTITY)


def test_people_of_one_body_given_to_another():
    reference = (
        "Orrin District Council said a burst main was the likely cause, although engineers from Brookvale Water were still investigating."
    )
    changed = "The council said a burst main was the likely cause, although council engineers were still investigating."
    assert of_type(serious(reference, changed, "summary"), FindingType.ENTITY)
    kept = "The council said a burst main was the likely cause, although Brookvale engineers were still investigating."
    assert not of_type(serious(reference, kept, "summary"), FindingType.ENTITY)


# --- attribution -----------------------------------------------------------------------------------------------------


def test_the_one_addressed_made_the_speaker():
    reference = (
        "Transport minister Owen Pell resigned on Monday. In a letter to the prime minister, Mr Pell said he had "
        "'made a serious error' and would repay the money."
    )
    changed = "Transport minister Owen Pell has resigned. The prime minister said Mr Pell had 'made a serious error'."
    assert of_type(serious(reference, changed, "summary"), FindingType.ATTRIBUTION)
    kept = "Transport minister Owen Pell has resigned, telling the prime minister he had 'made a serious error'."
    assert not of_type(serious(reference, kept, "summary"), FindingType.ATTRIBUTION)


def test_a_persons_lawyers_are_not_the_person():
    reference = (
        "Chef Tomas Reel is being sued by a former partner over a closed restaurant. In a statement, Mr Reel's lawyers "
        "said he 'rejects every allegation' and would fight the claim."
    )
    changed = (
        "Chef Tomas Reel is being sued by a former partner over a closed restaurant. In a statement, Mr Reel said he "
        "'rejects every allegation' and would fight the claim."
    )
    assert of_type(serious(reference, changed), FindingType.ATTRIBUTION)
    assert not of_type(serious(reference, reference.replace("Mr Reel's lawyers", "his lawyers")), FindingType.ATTRIBUTION)


def test_he_cannot_be_the_body_that_spoke():
    reference = (
        "Rents in the region rose by 4% last year, the Lettings Institute said. Its chief economist, Carl Duffy, said "
        "higher mortgage rates were pushing landlords to sell. Tenants' body the Renters Union of Dalby warned, however, "
        "that the number of evictions had doubled, which could push rents higher still."
    )
    changed = (
        "Rents in the region rose by 4% last year, the Lettings Institute said. Carl Duffy, its chief economist, said "
        "dearer mortgages were pushing landlords to sell. He also warned that evictions had climbed twofold, which "
        "could drive rents up further."
    )
    assert of_type(serious(reference, changed), FindingType.ATTRIBUTION)


def test_a_belief_at_the_top_is_its_subjects_account():
    reference = (
        "The observatory will close its main telescope for a year for repairs, its board said on Friday. "
        "The observatory said it did not expect any redundancies."
    )
    candidate = (
        "The observatory's main telescope will be shut for a year for repairs, its board said on Friday. "
        "The board does not anticipate any redundancies."
    )
    assert not of_type(serious(reference, candidate, "translation"), FindingType.ATTRIBUTION)


def test_a_place_in_a_description_is_no_other_party():
    reference = (
        "A hedgehog rescue centre in Marlow Vale has been saved from closure after a £30,000 grant from the Kestle "
        "Trust. Spiky Friends Hospital, run by volunteers from a converted barn, had warned in January that it would "
        "have to shut by the summer unless it found new funding. The centre treated 900 hedgehogs last year."
    )
    candidate = (
        "Spiky Friends Hospital in Marlow Vale has been saved from closure by a £30,000 grant from the Kestle Trust. "
        "The volunteer-run centre, which operates from a converted barn, warned in January that without new funding "
        "it would have to close by the summer. Last year 900 hedgehogs were treated at the centre."
    )
    assert not of_type(serious(reference, candidate), FindingType.ATTRIBUTION)


# --- modality --------------------------------------------------------------------------------------------------------


def test_a_hedge_kept_below_with_a_figure():
    reference = "The college said it expected to spend about £90,000 on new software for the scheme."
    candidate = "The scheme will need new software that the college expects to cost roughly £90,000."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)


def test_a_weighed_step_told_as_what_will_be_done():
    reference = "The parish council said it had not been told of the plan and was considering a legal challenge."
    changed = "The parish council said it had not been told of the plan and would launch a legal challenge."
    assert of_type(serious(reference, changed), FindingType.MODALITY)
    kept = "The parish council said it had not been told of the plan and was weighing a legal challenge."
    assert not of_type(serious(reference, kept), FindingType.MODALITY)


# --- events and repetition -------------------------------------------------------------------------------------------


def test_a_light_verb_whose_noun_says_the_event():
    reference = "The aviation regulator said it was monitoring the situation."
    candidate = "The aviation regulator said it was keeping the situation under review."
    assert not of_type(serious(reference, candidate), FindingType.EVENT)


def test_a_repeated_clause_with_a_main_verb_the_tagger_calls_a_stop_word():
    reference = (
        "Administrators from Ketter Partners said all shops would continue trading while a buyer was sought. "
        "Suppliers are owed about £2 million."
    )
    candidate = (
        "Administrators from Ketter Partners will keep all shops trading while they look for a buyer. Suppliers are "
        "owed about £2m, and administrators will keep all shops trading."
    )
    assert of_type(serious(reference, candidate, "summary"), FindingType.REPETITION)


# --- read from a reviewer's pairs on this stop's themes ---------------------------------------------------------------


def test_made_to_do_is_forced_to_do():
    reference = "The trust said it lacked the money to rehouse every family, and that no tenant would be made to move."
    candidate = "The trust cannot afford to rehouse every family, it said, but no tenant will be forced to move."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_a_contrast_after_a_comma_denies_the_second_noun():
    reference = "An analyst said the figures pointed to a slowdown but not a recession."
    assert not of_type(serious(reference, "An analyst said the figures pointed to a slowdown, not a recession."), FindingType.POLARITY)
    turned = "An analyst said the figures pointed to a recession, not a slowdown."
    assert of_type(serious(reference, turned), FindingType.POLARITY)


def test_no_authority_to_do_is_cannot_do():
    reference = "Under the old rules, head teachers had no authority to admit pupils from outside the district."
    candidate = "Under the old rules, head teachers could not admit pupils from outside the district."
    assert not of_type(serious(reference, candidate, "translation"), FindingType.POLARITY)
    turned = "Under the old rules, head teachers had the authority to admit pupils from outside the district."
    assert of_type(serious(reference, turned, "translation"), FindingType.POLARITY)


def test_a_light_verb_whose_noun_says_the_event_in_the_reference():
    reference = "Ferry operators said they were keeping the timetable under review."
    candidate = "Ferry operators said they were monitoring the timetable."
    assert not of_type(serious(reference, candidate), FindingType.EVENT)


def test_her_aide_is_not_she():
    reference = "The party's leader, Ana Dorr, did not speak to reporters. Her campaign manager said the party would seek a partner."
    changed = "The party's leader, Ana Dorr, did not talk to reporters. She said the party would look for a partner."
    assert of_type(serious(reference, changed), FindingType.ATTRIBUTION)


def test_a_bodys_own_staff_given_to_another_body():
    reference = (
        "The arcade's owner, Dunmoor Leisure, said its own technicians had already repaired 30 of the machines, the "
        "Gaming Standards Authority said."
    )
    changed = (
        "Dunmoor Leisure, which owns the arcade, said 30 of the machines had already been repaired by the authority's "
        "technicians, the Gaming Standards Authority said."
    )
    assert of_type(serious(reference, changed), FindingType.ENTITY)
    kept = changed.replace("the authority's technicians", "its own technicians")
    assert not of_type(serious(reference, kept), FindingType.ENTITY)
