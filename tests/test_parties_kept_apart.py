"""Two parties of one clause are two parties: descriptions that the resolver would read as one name named before
them ('the council will pay the company' after 'the operator Corrin Marine Services') stay the things their nouns
say, so that payer and payee traded are found; and beside each, the faithful wording that must stay quiet.

Every text here is made up for the test; none comes from the seed, the challenge or the evaluation sets.
"""

from __future__ import annotations

from helpers import of_type, serious

from factdiff.analyse.document import analyse
from factdiff.model import FindingType
from factdiff.read import source_from_text

NAMED_FIRST = "The ferries are run by the operator Corrin Marine Services, which employs 40 crew. "


def _args(text: str, pred: str) -> list[tuple[str, str, bool]]:
    doc = analyse(source_from_text(text, "t"))
    return [(a.role, a.lemma, a.resolved) for f in doc.frames if f.pred == pred for a in f.args]


def test_two_descriptions_of_one_clause_are_not_one_name():
    args = _args(NAMED_FIRST + "Under the new deal, the council will pay the company £2.1 million a year.", "pay")
    assert ("agent", "council", False) in args
    assert ("recipient", "company", False) in args


def test_one_description_still_stands_for_the_name_before_it():
    args = _args(NAMED_FIRST + "Under the new deal, the company will receive £2.1 million a year.", "receive")
    assert ("agent", "company", True) in args


def test_payer_and_payee_traded_after_a_name_are_found():
    reference = NAMED_FIRST + "Under the new deal, the council will pay the company £2.1 million a year."
    wrong = NAMED_FIRST + "Under the new agreement, the company will pay the council £2.1 million a year."
    assert of_type(serious(reference, wrong), FindingType.ROLE)
    faithful = NAMED_FIRST + "Under the new agreement, the company will be paid £2.1 million a year by the council."
    assert not of_type(serious(reference, faithful), FindingType.ROLE)
    faithful = (
        "Corrin Marine Services, the operator, runs the ferries and employs 40 crew. "
        "The council will pay the company £2.1 million a year under the new deal."
    )
    assert not of_type(serious(reference, faithful), FindingType.ROLE)


def test_receiver_and_giver_traded_are_found_also_with_a_place_in_the_phrase():
    reference = "The town museum of Lenthal has received twelve brass bells from the parish, which no longer rings them."
    wrong = "The parish of Lenthal has received twelve brass bells from the town museum, which no longer rings them."
    assert of_type(serious(reference, wrong), FindingType.ROLE)
    faithful = "Twelve brass bells that the parish no longer rings have been received by the town museum of Lenthal from the parish."
    assert not of_type(serious(reference, faithful), FindingType.ROLE)
    faithful = "Lenthal's town museum has been given twelve brass bells by the parish, which no longer rings them."
    assert not of_type(serious(reference, faithful), FindingType.ROLE)


def test_one_verb_telling_two_deeds_is_no_swap_of_a_thing_with_a_place_in_its_name():
    reference = "The lake feeds the Morrow hydroelectric plant, which supplies a tenth of the region's power."
    faithful = "The lake supplies the Morrow hydroelectric plant, which in a normal year generates around 10 percent of the region's power."
    assert not of_type(serious(reference, faithful), FindingType.ROLE)
    wrong = "The Morrow hydroelectric plant feeds the lake, which supplies a tenth of the region's power."
    assert of_type(serious(reference, wrong), FindingType.ROLE)


def test_a_description_that_is_a_word_of_its_name_keeps_the_name():
    reference = "Tarn Council sold the depot to Grayling Estates. The company paid the council £800,000."
    faithful = "Grayling Estates paid Tarn Council £800,000 for the depot."
    assert not of_type(serious(reference, faithful, "summary"), FindingType.ROLE)


def test_two_deeds_of_one_verb_told_in_another_order_are_no_swap():
    reference = "The Harwick school received chairs from the Harwick church, and the church received a piano from the school."
    faithful = "The Harwick church received a piano from the Harwick school, and the school received chairs from the church."
    assert not of_type(serious(reference, faithful), FindingType.ROLE)
    wrong = "The Harwick church received chairs from the Harwick school, and the school received a piano from the church."
    assert of_type(serious(reference, wrong), FindingType.ROLE)
