"""Figures said roughly on both sides, and figures that only look rough: 'about 500' and 'about 600' are two
figures (each writer's rounding is in the figure itself), 'a total of 212' is 212; and beside each, the rewording
that must stay quiet ('about 500' / 'roughly 520', 'in all, 212').

Every text here is made up for the test; none comes from the seed, the challenge or the evaluation sets.
"""

from __future__ import annotations

from helpers import of_type, serious

from factdiff.analyse.document import analyse
from factdiff.model import FindingType
from factdiff.read import source_from_text


def test_a_total_of_is_an_exact_figure():
    (figure,) = analyse(source_from_text("A total of 212 dancers took part.", "t")).quantities
    assert (figure.low, figure.high, figure.approx) == (212, 212, False)
    (figure,) = analyse(source_from_text("About 212 dancers took part.", "t")).quantities
    assert figure.approx
    reference = "A total of 212 dancers took part across the four categories."
    assert of_type(serious(reference, "In all, 221 dancers took part across the four categories."), FindingType.NUMBER)
    assert not of_type(serious(reference, "In all, 212 dancers took part across the four categories."), FindingType.NUMBER)


def test_two_rough_figures_a_fifth_apart_are_two_figures():
    reference = "About 500 people attended the open day at the Harwell lifeboat station."
    assert of_type(serious(reference, "Around 600 people attended the open day at the Harwell lifeboat station."), FindingType.NUMBER)
    assert not of_type(serious(reference, "Roughly 520 people came to the open day at the Harwell lifeboat station."), FindingType.NUMBER)
    assert not of_type(serious(reference, "Some 500 visitors came to the Harwell lifeboat station's open day."), FindingType.NUMBER)


def test_a_floor_or_a_ceiling_keeps_its_own_margin():
    reference = "More than 40 boats are expected to take part in the regatta."
    assert not of_type(serious(reference, "Over 40 boats are expected to take part in the regatta."), FindingType.NUMBER)
    reference = "Nearly 300 jobs will go when the mill closes."
    assert of_type(serious(reference, "Nearly 400 jobs will go when the mill closes."), FindingType.NUMBER)


def test_pounds_in_words_may_be_a_weight_and_money_is_no_measure():
    reference = "The sculpture, carved from a single block, weighs around 70 kilograms."
    assert of_type(serious(reference, "The sculpture, carved from a single block, weighs roughly 70 pounds."), FindingType.NUMBER)
    assert not of_type(serious(reference, "The sculpture, carved from a single block, weighs roughly 154 pounds."), FindingType.NUMBER)
    reference = "The 20-kilogram wheel of cheese sold at auction for 300 pounds."
    assert not of_type(serious(reference, "At auction, the 20kg wheel of cheese fetched £300."), FindingType.NUMBER)
    assert of_type(serious(reference, "At auction, the 20kg wheel of cheese fetched £350."), FindingType.NUMBER)


def test_small_rough_counts_one_apart_are_one_figure():
    reference = "About half a dozen houses in Tarrow were damaged by the flood."
    assert not of_type(serious(reference, "About five houses in Tarrow were damaged by the flood."), FindingType.NUMBER)
    assert of_type(serious(reference, "About 12 houses in Tarrow were damaged by the flood."), FindingType.NUMBER)
    reference = "Members of the Obra cooperative now receive about twice the price they used to get."
    assert of_type(serious(reference, "Members of the Obra cooperative now earn roughly triple what they used to get."), FindingType.NUMBER)


def test_the_same_figure_in_another_currency_is_a_changed_figure():
    reference = "The winner of the Harrowgate baking prize will receive £500 and a silver whisk."
    wrong = "The winner of the Harrowgate baking prize will receive €500 and a silver whisk."
    assert of_type(serious(reference, wrong), FindingType.NUMBER)
    assert not of_type(serious(reference, "The Harrowgate baking prize's winner gets 500 pounds and a silver whisk."), FindingType.NUMBER)
    reference = "The Vellmar club raised C$5 million for its new stand."
    assert not of_type(serious(reference, "The Vellmar club raised 5 million Canadian dollars for its new stand."), FindingType.NUMBER)
    reference = "Parking without a permit costs 300 euros."
    assert not of_type(serious(reference, "Parking without a permit costs 300 euros (about 320 dollars)."), FindingType.NUMBER)


def test_a_figure_copied_from_a_sentence_rendered_without_it_is_a_changed_figure():
    reference = (
        "Engineers restored water to most homes in Corrby within nine hours of the burst. "
        "Customers who were without water for more than 12 hours will receive a payment of £30."
    )
    wrong = "Most homes in Corrby had water again within 12 hours of the burst. Customers will receive a payment of £30."
    assert of_type(serious(reference, wrong), FindingType.NUMBER)
    faithful = "Most homes in Corrby had water again within nine hours of the burst. Anyone cut off for over 12 hours will be paid £30."
    assert not of_type(serious(reference, faithful), FindingType.NUMBER)
