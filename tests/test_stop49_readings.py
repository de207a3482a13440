"""Readings from stop 49: a finite verb joined to an infinitive, 'stop X doing' without 'from', one passive said of
two things, a contrast after 'not', a clause whose verb is left out, an amount reckoned in a relative clause, a
condition held in a phrase on the noun, verbs of change, a stop word as a stem.

Every text here is made up for the test; none comes from the seed, the challenge or the evaluation sets.
"""

from __future__ import annotations

from helpers import of_type, serious
from spacy.tokens import Doc

from factdiff import compare
from factdiff.analyse.claims import negated
from factdiff.analyse.document import analyse
from factdiff.analyse.pipeline import load_nlp
from factdiff.checks.omission import _Vocabulary
from factdiff.model import FindingType, Severity
from factdiff.read import source_from_text


def test_a_finite_verb_after_an_infinitive_is_not_under_its_belief():
    reference = "The brewery said it expected most of the 60 staff to be moved to its other site and that it had no plans to sell the land."
    candidate = "The brewery expects most of the 60 staff to be given jobs at its other site and has no plans to sell the land."
    assert not of_type(compare(reference, candidate).findings, FindingType.MODALITY)


def test_a_plan_to_do_something_else_is_not_the_plan_denied():
    reference = (
        "Around 90 posts will go, although the brewery said it did not plan compulsory redundancies. "
        "It said it would open two taprooms in the old town."
    )
    candidate = (
        "Around 90 posts will go, but the brewery has no plans for compulsory redundancies. "
        "The brewery plans to open two taprooms in the old town."
    )
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_a_plan_denied_is_still_found():
    reference = "The brewery did not plan to sell the land."
    candidate = "The brewery plans to sell the land."
    assert of_type(serious(reference, candidate), FindingType.POLARITY)


def test_stopping_someone_doing_is_barring_them():
    reference = "Lenders will also be barred from using debt collectors in their recovery work."
    candidate = "The regulator will stop lenders using debt collectors in recovery work."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_stopping_someone_doing_what_they_may_do_is_found():
    reference = "Landlords will still be allowed to charge tenants for routine boiler checks."
    candidate = "The new rules will prevent landlords charging tenants for routine boiler checks."
    assert serious(reference, candidate)


def test_one_passive_said_of_two_things_each_text_names():
    reference = "Electric bikes will still be allowed on the towpath, but cyclists must give way and may not ride after dark."
    candidate = (
        "Electric bikes remain permitted on the towpath, although cyclists will have to give way "
        "and will not be allowed to ride after dark."
    )
    assert not of_type(serious(reference, candidate, mode="translation"), FindingType.POLARITY)


def test_a_passive_denied_of_the_same_thing_is_still_found():
    reference = "The bid was not approved by the planning board."
    candidate = "The bid was approved by the planning board."
    assert of_type(serious(reference, candidate), FindingType.POLARITY)


def _parsed(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    """A sentence with the parse given: the parser's reading varies with the words around, the rule must not."""
    return Doc(load_nlp().vocab, words=words, heads=heads, deps=deps, pos=pos)


def test_a_contrast_after_not_does_not_deny_the_verb():
    # 'people are met by clinicians, not handcuffs', with 'not' hung on the verb, as the parser may do
    words = ["people", "are", "met", "by", "clinicians", ",", "not", "handcuffs"]
    doc = _parsed(
        words,
        heads=[2, 2, 2, 2, 3, 2, 2, 2],
        deps=["nsubjpass", "auxpass", "ROOT", "agent", "pobj", "punct", "neg", "dep"],
        pos=["NOUN", "AUX", "VERB", "ADP", "NOUN", "PUNCT", "PART", "NOUN"],
    )
    assert not negated(doc[2])


def test_not_before_the_verb_is_still_a_denial():
    doc = _parsed(
        ["people", "are", "not", "met", "by", "clinicians"],
        heads=[3, 3, 3, 3, 3, 4],
        deps=["nsubjpass", "auxpass", "neg", "ROOT", "agent", "pobj"],
        pos=["NOUN", "AUX", "PART", "VERB", "ADP", "NOUN"],
    )
    assert negated(doc[3])


def test_not_on_the_verb_is_still_a_denial():
    reference = "The board approved the merger on Friday."
    candidate = "The board did not approve the merger on Friday."
    assert of_type(serious(reference, candidate), FindingType.POLARITY)


def test_a_clause_with_its_verb_left_out_names_no_one_paid():
    # 'cars will pay 12, and lorries 50', read as 'lorries' an object of 'pay'
    doc = _parsed(
        ["cars", "will", "pay", "12", ",", "and", "lorries", "50"],
        heads=[2, 2, 2, 2, 2, 2, 2, 6],
        deps=["nsubj", "aux", "ROOT", "dobj", "punct", "cc", "dobj", "conj"],
        pos=["NOUN", "AUX", "VERB", "NUM", "PUNCT", "CCONJ", "NOUN", "NUM"],
    )
    from factdiff.analyse.claims import _gapped

    assert _gapped(doc[2], doc[6])
    assert not _gapped(doc[2], doc[3])


def test_payer_and_payee_swapped_in_a_gapped_clause_is_still_found():
    reference = "The council will pay the contractor and the firm will pay the council."
    candidate = "The council will pay the firm, and the contractor the council."
    assert of_type(serious(reference, candidate), FindingType.ROLE)


def test_an_amount_reckoned_in_a_relative_clause_stays_open():
    reference = "Fees, expected to reach 4 million euros annually, will go to a fund for repairing footpaths."
    candidate = "The money raised, which is forecast at €4 million a year, will be put into a fund to repair footpaths."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)


def test_a_condition_told_as_a_phrase_on_the_noun_is_kept():
    reference = "Nurses will no longer be required to hold a degree if they have at least five years of ward experience."
    candidate = "Nurses with a minimum of five years' ward experience will no longer need to hold a degree."
    assert not of_type(serious(reference, candidate, mode="translation"), FindingType.MODALITY)


def test_a_condition_left_out_is_still_found():
    reference = "Nurses will no longer be required to hold a degree if they have at least five years of ward experience."
    candidate = "Nurses with a diploma will no longer need to hold a degree."
    modality = of_type(compare(reference, candidate, mode="translation").findings, FindingType.MODALITY)
    assert any(f.severity is Severity.MAJOR for f in modality)


def test_a_slowing_is_an_easing():
    reference = "Wage growth slowed to 3.1 per cent in the spring, from 3.6 per cent in the winter, the statistics office said."
    candidate = "Wage growth eased to 3.1 per cent in the spring, down from 3.6 per cent in the winter, the statistics office said."
    assert not serious(reference, candidate)


def test_a_slowing_against_a_rise_is_found():
    reference = "Wage growth slowed in the spring, the statistics office said."
    candidate = "Wage growth rose in the spring, the statistics office said."
    assert serious(reference, candidate)


def test_a_stop_word_is_no_stem_of_a_word_left_out():
    vocabulary = _Vocabulary(analyse(source_from_text("Work on the pier will take over a year and will start within weeks.", "t")))
    assert not vocabulary.word_text("overdue")
    assert not vocabulary.word_text("withdrawn")
    assert vocabulary.word_text("starting")  # a word of the text is still a stem
