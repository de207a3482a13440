"""An estimate told as an estimate, a condition told with 'without', a plan that is someone else's; 'less expensive'
for 'cheaper'; lengths, shares and frequencies in other words ('an hour and a quarter', 'over three-fifths of the
target', 'twice-yearly', 'the 150th anniversary'); 'the two sides'; a rounded figure beside the whole it is part of;
a pronoun speaker after its statement, a statement moved from one party to another of another kind; a sale told the
other way round through a participant named inside its phrase; and beside each, the change the mechanism must find.

Every text here is made up for the test; none comes from the seed, the challenge or the evaluation sets.
"""

from __future__ import annotations

from helpers import of_type, quantities, serious

from factdiff import compare
from factdiff.model import FindingType


def _noted(reference: str, candidate: str, kind: FindingType, mode: str = "rewrite") -> list:
    """Every finding of the kind, notes included."""
    return [f for f in compare(reference, candidate, mode=mode).findings if f.type == kind]


# ---------------------------------------------------------------------------------------------------------------
# hedges


def test_an_estimated_figure_told_as_what_someone_estimates_is_no_new_hedge():
    reference = "The footbridge was crossed by an estimated 3,500 walkers every weekend last summer."
    faithful = "Some 3,500 walkers are thought to have crossed the footbridge every weekend last summer."
    assert not _noted(reference, faithful, FindingType.MODALITY)
    plain = "The footbridge was crossed by 3,500 walkers every weekend last summer."
    hedged = "Some 3,500 walkers are thought to have crossed the footbridge every weekend last summer."
    assert _noted(plain, hedged, FindingType.MODALITY)


def test_a_condition_told_with_without_is_still_a_condition():
    reference = "The trust warned that the ferry would stop running unless a new operator was found."
    faithful = "The trust warned that, without a new operator, the ferry would stop running."
    assert not of_type(serious(reference, faithful), FindingType.MODALITY)
    wrong = "The trust warned that the ferry would stop running."
    assert of_type(serious(reference, wrong), FindingType.MODALITY)


def test_what_others_did_is_not_the_plan_told_as_done():
    reference = (
        "The owner said the bakery did not plan to raise bread prices this year, although the cost of flour had "
        "climbed by about a tenth since March."
    )
    faithful = (
        "Although flour costs have risen by roughly 10% since March, the owner said there were no plans to put bread prices up this year."
    )
    assert not of_type(serious(reference, faithful), FindingType.MODALITY)
    reference = "The bakery plans to raise bread prices this year."
    assert of_type(serious(reference, "The bakery has raised bread prices this year."), FindingType.MODALITY)


# ---------------------------------------------------------------------------------------------------------------
# opposites


def test_less_and_the_opposite_say_the_same():
    reference = "The grant would cover half the cost of slate rather than cheaper imported tiles."
    faithful = "The grant would meet 50% of the cost of slate instead of less expensive imported tiles."
    assert not of_type(serious(reference, faithful), FindingType.POLARITY)
    wrong = "The grant would meet 50% of the cost of slate instead of more expensive imported tiles."
    assert of_type(serious(reference, wrong), FindingType.POLARITY)


# ---------------------------------------------------------------------------------------------------------------
# quantities in other words


def test_an_hour_and_a_quarter_is_75_minutes():
    assert ("an hour and a quarter", 4500.0, 4500.0, "seconds") in quantities("Tours last an hour and a quarter.")
    assert ("two days and three quarters", 237600.0, 237600.0, "seconds") in quantities("It took two days and three quarters.")
    reference = "Guided tours of the mine are limited to 75 minutes."
    assert not compare(reference, "Guided tours of the mine are capped at an hour and a quarter.").findings
    assert of_type(serious(reference, "Guided tours of the mine are capped at an hour and three quarters."), FindingType.NUMBER)


def test_how_often_compares_as_the_time_between():
    assert ("twice-yearly", 0.5, 0.5, "years") in quantities("It called for twice-yearly checks.")
    assert ("three times a week", 1 / 3, 1 / 3, "weeks") in quantities("The bus runs three times a week.")
    reference = "Boilers in the school should be serviced every six months rather than once a year."
    assert not _noted(reference, "It asked for twice-yearly rather than annual servicing of the school's boilers.", FindingType.ADDITION)


def test_an_anniversary_counts_years():
    assert ("75th anniversary", 75.0, 75.0, "years") in quantities("The club marks its 75th anniversary.")
    reference = "The choir will give three concerts to mark the 75th anniversary of its founding, each lasting about an hour."
    faithful = "Marking 75 years since its founding, the choir will give three concerts of roughly an hour each."
    assert not of_type(compare(reference, faithful).findings, FindingType.NUMBER)
    wrong = "Marking 85 years since its founding, the choir will give three concerts of roughly an hour each."
    assert of_type(serious(reference, wrong), FindingType.NUMBER)


def test_a_share_worked_out_from_two_figures_is_no_new_number():
    reference = "The appeal has so far raised £45,000 of the £70,000 it needs to repair the roof."
    faithful = "The appeal has raised over three-fifths of its £70,000 target for the roof."
    assert not compare(reference, faithful).findings
    wrong = "The appeal has raised over four-fifths of its £70,000 target for the roof."
    assert compare(reference, wrong).findings


def test_the_two_sides_counts_what_was_named():
    reference = "Dock workers and the port authority failed to agree on Friday. Further talks are planned for Tuesday."
    faithful = "Dock workers and the port authority failed to agree on Friday. The two sides will meet again on Tuesday."
    assert not _noted(reference, faithful, FindingType.ADDITION)
    assert _noted(
        reference, "Dock workers and the port authority failed to agree on Friday. Two mediators will attend.", FindingType.ADDITION
    )


def test_a_rounded_figure_beside_the_whole_is_not_backed_by_the_whole():
    reference = "Around 30 of the 48 allotment holders will have to move to a new site during the works."
    wrong = "About 45 of the 48 allotment holders will have to move to a new site during the works."
    assert of_type(serious(reference, wrong), FindingType.NUMBER)
    faithful = "Roughly 30 of the 48 allotment holders will have to move to a new site during the works."
    assert not of_type(compare(reference, faithful).findings, FindingType.NUMBER)


# ---------------------------------------------------------------------------------------------------------------
# names and speakers


def test_an_ordinary_word_cut_at_its_hyphen_is_no_name():
    reference = "Lena Hart won the regional chess final on Sunday. Jonas Weil finished second."
    faithful = "Lena Hart won the regional chess final on Sunday. Runner-up Jonas Weil finished second."
    assert not _noted(reference, faithful, FindingType.ENTITY)


def test_it_after_the_statement_is_the_statements_subject():
    reference = "The Harrowgate Rowing Club said on Monday that it had bought two new boats for its base in Kelso County."
    faithful = "The Harrowgate Rowing Club has bought two new boats for its base in Kelso County, it said on Monday."
    assert not of_type(serious(reference, faithful), FindingType.ATTRIBUTION)


def test_a_statement_moved_to_a_party_of_another_kind_is_found():
    reference = (
        "The river authority welcomed the scheme but warned that the new weir would slow the spring floods. "
        "Local anglers' group Tench Watch said it was still worried about fish passage."
    )
    wrong = (
        "The scheme was welcomed by the river authority. Tench Watch, a local anglers' group, warned that the new weir "
        "would slow the spring floods, and said it was still worried about fish passage."
    )
    assert of_type(serious(reference, wrong), FindingType.ATTRIBUTION)
    faithful = (
        "The river authority welcomed the scheme but warned that the new weir would slow the spring floods. Tench Watch, "
        "a local anglers' group, said it was still worried about fish passage."
    )
    assert not of_type(serious(reference, faithful), FindingType.ATTRIBUTION)


def test_a_sale_told_the_other_way_round_through_a_named_phrase_is_found():
    reference = "The painting was bought by the Northfield Gallery from the estate of the painter Ida Marsh."
    wrong = "The Northfield Gallery sold the painting to the estate of the painter Ida Marsh."
    assert of_type(serious(reference, wrong), FindingType.ROLE)
    faithful = "The estate of the painter Ida Marsh sold the painting to the Northfield Gallery."
    assert not of_type(serious(reference, faithful), FindingType.ROLE)


# ---------------------------------------------------------------------------------------------------------------
# a state and its opposite, a name put in another's slot, a predicate said twice


def test_a_state_told_by_a_participle_against_its_opposite_adjective():
    reference = "The lower car park will be resurfaced in May, and the footpath will remain open to walkers throughout."
    wrong = "The lower car park will be resurfaced in May, and the footpath will be closed to walkers throughout."
    assert of_type(serious(reference, wrong), FindingType.POLARITY)
    faithful = "The lower car park will be resurfaced in May, and the footpath will stay open to walkers throughout."
    assert not of_type(serious(reference, faithful), FindingType.POLARITY)


def test_a_name_put_in_anothers_slot_is_found_though_the_candidate_names_it_elsewhere():
    reference = (
        "The 20-mile ride passes through the villages of Brindley and Oakthorpe before returning at noon. Police said "
        "the road through Brindley will be shut to other traffic."
    )
    wrong = (
        "The 20-mile ride passes through the villages of Brindley and Oakthorpe before returning at noon. Police said "
        "the road through Oakthorpe will be shut to other traffic."
    )
    assert of_type(serious(reference, wrong), FindingType.ENTITY)
    assert not of_type(serious(reference, reference), FindingType.ENTITY)


def test_a_predicate_said_again_with_its_shared_subject_is_a_repetition():
    reference = "The grant would let the club open on Sundays and run weekly evening classes for beginners, its chair said."
    wrong = (
        "The grant would let the club open on Sundays and run weekly evening beginner classes, its chair said, and would "
        "let it run weekly evening beginner classes."
    )
    assert of_type(serious(reference, wrong), FindingType.REPETITION)
    faithful = "The grant would let the club open on Sundays and run weekly evening beginner classes, its chair said."
    assert not of_type(serious(reference, faithful), FindingType.REPETITION)


def test_a_proposal_told_as_done_is_found():
    reference = "Council officers have recommended approval of a second runway at the airfield, despite 900 objections."
    wrong = "The council has approved a second runway at the airfield, despite 900 objections."
    assert of_type(serious(reference, wrong), FindingType.MODALITY)
    faithful = "Despite 900 objections, council officers have recommended that a second runway at the airfield be approved."
    assert not of_type(serious(reference, faithful), FindingType.MODALITY)
    done = "Council officers recommended approval of a second runway, and the council approved it on Monday, despite 900 objections."
    assert not of_type(serious(done, "The council has approved a second runway, despite 900 objections."), FindingType.MODALITY)


def test_a_ranking_the_reference_does_not_make_is_noted():
    reference = "A co-operative of bean growers has opened a roasting plant near Tarvo. It employs 30 people."
    added = (
        "A co-operative of bean growers has opened a roasting plant near Tarvo, the first of its kind in the region. It employs 30 people."
    )
    assert of_type(compare(reference, added).findings, FindingType.ADDITION)
    # the reference ranks it too, in a sentence of its own; or says it is a first with another word
    ranked = "Fees will rise from 40 to 44 euros in May. It is the first increase since 2017."
    assert not of_type(
        compare(ranked, "Fees will rise from 40 to 44 euros in May, the first rise since 2017.").findings, FindingType.ADDITION
    )
    premiere = "The theatre will stage the world premiere of a new opera by Ada Finn on 3 May."
    first = "On 3 May the theatre will host the first ever performance of a new opera by Ada Finn."
    assert not of_type(compare(premiere, first).findings, FindingType.ADDITION)


# ---------------------------------------------------------------------------------------------------------------
# the review of this batch: each case failed on its first version


def test_the_review_cases_of_the_batch():
    quiet = [
        (
            "The works took two years, and a quarter of the budget went on fees.",
            "The works took two years. A quarter of the budget went on fees.",
        ),
        (
            "The reservoir, empty in August, was full again by October.",
            "The reservoir had been filled again by October after running dry in August.",
        ),
        (
            "Veldt, a logistics company based in Leeds, employs 400 people. The firm said profits fell by a third last year.",
            "Veldt, a Leeds logistics company with 400 staff, said profits fell by a third last year.",
        ),
        (
            "Flights from Leeds were cancelled, and so were flights from York.",
            "Flights from York were cancelled. So were flights from Leeds.",
        ),
        (
            "The report urged the removal of the statue. The council took it down in June.",
            "The council removed the statue in June, as the report had urged.",
        ),
    ]
    for reference, candidate in quiet:
        assert not serious(reference, candidate), (reference, candidate)
    found = [
        ("The council plans to sell the site.", "The site has been sold.", FindingType.MODALITY),
        ("The government plans to publish the report next month.", "The government has published the report.", FindingType.MODALITY),
        (
            "The union said its members would strike in May unless the offer improved.",
            "The union said its members would strike in May without further notice.",
            FindingType.MODALITY,
        ),
        ("Rail fares are cheaper than bus fares.", "Bus fares are less expensive than rail fares.", FindingType.POLARITY),
        ("Visits last 90 minutes.", "Visits last an hour and a quarter.", FindingType.NUMBER),
    ]
    for reference, candidate, kind in found:
        assert of_type(serious(reference, candidate), kind), (reference, candidate)


def test_according_to_another_party_is_a_statement_moved():
    reference = (
        "The gallery will close for a year to replace its roof, funded by a grant from the Elmfield Foundation. Curator "
        "Ana Reyes said the works posed no risk to the paintings."
    )
    wrong = (
        "The gallery will close for a year to replace its roof, funded by a grant from the Elmfield Foundation. According "
        "to the foundation, the works pose no risk to the paintings."
    )
    assert of_type(serious(reference, wrong), FindingType.ATTRIBUTION)
    faithful = (
        "Funded by an Elmfield Foundation grant, the gallery will close for a year to replace its roof. According to "
        "curator Ana Reyes, the works pose no risk to the paintings."
    )
    assert not of_type(serious(reference, faithful), FindingType.ATTRIBUTION)


def test_a_noun_the_tagger_reads_as_a_verb_states_nothing():
    reference = "The strike is expected to delay concrete pours on two new towers."
    faithful = "Concrete pours on two new towers are likely to be held up by the strike."
    assert not of_type(serious(reference, faithful), FindingType.MODALITY)
    assert of_type(serious(reference, "The strike has delayed concrete pours on two new towers."), FindingType.MODALITY)


def test_the_second_review_cases_of_the_batch():
    quiet = [
        (
            "Supermarket chain Holm said on Monday it would close six stores. The retailer said sales had fallen by a fifth.",
            "Supermarket chain Holm said on Monday it would close six stores after sales fell by a fifth.",
            FindingType.ATTRIBUTION,
        ),
        (
            "A police spokesman, Lars Dahl, said the driver of the van was unhurt in the crash on the A9, but Anna Berg, a "
            "passenger, was taken to hospital.",
            "According to police, the driver of the van was unhurt in the crash on the A9, but passenger Anna Berg was taken to hospital.",
            FindingType.ATTRIBUTION,
        ),
        ("The clinic opens twice a week.", "The clinic opens two days a week.", FindingType.NUMBER),
        ("The fine is equal to two months' rent.", "The fine is twice a month's rent.", FindingType.NUMBER),
        (
            "The board recommended approval of the plan, and councillors voted it through on Tuesday.",
            "Councillors approved the plan on Tuesday, following the board's recommendation.",
            FindingType.MODALITY,
        ),
        ("The hall is open to visitors, except on Mondays.", "The hall is closed to visitors on Mondays.", FindingType.POLARITY),
        ("The park is open to the public during the day.", "The park is closed to the public at night.", FindingType.POLARITY),
    ]
    for reference, candidate, kind in quiet:
        assert not of_type(serious(reference, candidate), kind), (reference, candidate)
    assert not compare("The college marked its centenary in 2020.", "The college marked its 100th anniversary in 2020.").findings
    no_note = [
        (
            "On Tuesday the bakery announced a second recall of the year.",
            "The bakery's second recall of the year was announced on Tuesday.",
        ),
        ("The scheme is a first for the region.", "It is the first such scheme in the region."),
        ("The work took the better part of a year.", "The work took the best part of a year."),
    ]
    for reference, candidate in no_note:
        assert not of_type(compare(reference, candidate).findings, FindingType.ADDITION), (reference, candidate)
    found = [
        ("The city council plans to sell the old library.", "The local authority has sold the old library.", FindingType.MODALITY),
        (
            "The minister plans to announce that she will step down.",
            "The minister has announced that she will step down.",
            FindingType.MODALITY,
        ),
    ]
    for reference, candidate, kind in found:
        assert of_type(serious(reference, candidate), kind), (reference, candidate)
    # a worked-out share as close as its bound says: 'almost 80%' is no 68%
    assert compare(
        "The appeal has raised £47,600 of its £70,000 target.", "The appeal has raised almost 80% of its £70,000 target."
    ).findings


def test_a_body_speaking_through_its_titled_head_is_no_other_party():
    reference = (
        "Scientists at the Brennan Hill Observatory have raised the alert level. Observatory head Dr Ana Ruiz said the "
        "volcano was clearly restless."
    )
    faithful = "The alert level has been raised. The observatory says the volcano is clearly restless."
    assert not of_type(serious(reference, faithful, mode="summary"), FindingType.ATTRIBUTION)
