"""The same fact in another construction stays quiet, and the conflict worded the same way is found: 'not until' /
'only after', a condition said by inversion ('should demand hold up'), a counterfactual on both sides, a speaker
carried on by 'X added', temperatures in words, 'three times the rate', a fraction before 'to' and a figure, demonyms
from WordNet ('Argentinian', 'Serb'), 'no longer' against 'remained', 'from' against 'until', a negation said by a
prefix or 'unless', and a hedge added to a nominalised event ('may receive compensation').

Every text here is made up for the test; none comes from the seed, the challenge or the evaluation sets.
"""

from __future__ import annotations

from helpers import of_type, quantities, serious

from factdiff import compare
from factdiff.analyse.knowledge import countries
from factdiff.model import FindingType


def test_not_until_and_only_after_say_the_same():
    reference = "The museum's new wing will not open until the roof repairs are finished, the trustees said on Monday."
    candidate = "The museum's new wing will open only when the roof repairs are finished, the trustees said on Monday."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)
    # the denial without the bound is the opposite
    wrong = "The museum's new wing will open, the trustees said on Monday, after the roof repairs are finished."
    denied = "The museum's new wing will not open, the trustees said on Monday, after the roof repairs are finished."
    assert of_type(serious(denied, wrong), FindingType.POLARITY)


def test_a_condition_said_by_inversion_is_a_condition():
    reference = "The airline said it may add a second daily flight next year if bookings stay strong."
    candidate = "The airline may add a second daily flight next year should bookings stay strong, it said."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)
    unconditioned = "The airline said it may add a second daily flight next year, as bookings are strong."
    assert of_type(compare(reference, unconditioned).findings, FindingType.MODALITY) or serious(reference, unconditioned)


def test_a_counterfactual_is_no_statement_of_fact():
    reference = "Critics said the grant should instead have been spent on repairing the old pool."
    candidate = "Critics argued that the grant would have been better spent on repairing the old pool."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)
    told_as_fact = "Critics said the grant was spent on repairing the old pool."
    assert of_type(serious(reference, told_as_fact), FindingType.MODALITY)


def test_a_speaker_carried_on_by_added_keeps_the_attribution():
    reference = (
        "Marlo Foods said the new bakery would use only local flour. The company added that it may hire more staff if sales keep growing."
    )
    candidate = "The new bakery will use only local flour. Marlo Foods could hire more staff if sales keep growing, the company added."
    assert not of_type(serious(reference, candidate), FindingType.ATTRIBUTION)
    alone = "The new bakery will use only local flour. Marlo Foods could hire more staff if sales keep growing."
    assert of_type(compare(reference, alone).findings, FindingType.ATTRIBUTION)


def test_temperatures_in_words_and_multiples_before_a_noun_are_read():
    assert quantities("The lake warmed by 1.5 degrees Celsius.")[0][1:] == (1.5, 1.5, "degC")
    assert quantities("Highs of 95 degrees Fahrenheit are due.")[0][3] == "degF"
    assert quantities("Prices rose at roughly four times the rate of wages.")[0][1:] == (4.0, 4.0, "×")
    # a fraction before 'to' and a figure is a share, not a time of day; 'a quarter past six' is still one
    assert ("almost a third", 32.833333333333336, 33.833333333333336, "%") in quantities(
        "Profit fell by almost a third to 3.1 million euros."
    )
    assert not quantities("The bus left at a quarter past six.")
    # a unit that keeps its full stop at the end of a sentence: the stop is no part of the amount
    assert quantities("Profit fell to £3.1m. Sales rose.")[0][0] == "£3.1m"
    # 'second' in a compound ordinal is no unit of time
    assert not [q for q in quantities("It was her first win after four second-place finishes.") if q[3] == "seconds"]


def test_a_fraction_said_either_way_in_a_summary_is_the_same():
    reference = (
        "The retailer reported a 6 per cent fall in sales to 180 million pounds. Operating profit dropped by almost a "
        "quarter to 12 million pounds in the year to March."
    )
    candidate = "The retailer's sales fell 6 per cent to £180m, with operating profit down by nearly a quarter to £12m."
    assert not of_type(serious(reference, candidate, "summary"), FindingType.NUMBER)


def test_demonyms_from_wordnet_name_their_country():
    index = countries()
    assert index.lookup("Argentinian") == index.lookup("Argentina")
    assert index.lookup("Serb") == index.lookup("Serbia")
    assert index.lookup("Icelandic") == index.lookup("Iceland")
    assert index.lookup("Swiss") != index.lookup("Sweden")
    reference = "Argentinian rider Lucas Peralta won the stage in Lyon, a minute ahead of Nils Berg of Sweden."
    candidate = "Lucas Peralta of Argentina won the stage in Lyon, a minute ahead of Nils Berg, the Swiss rider."
    found = serious(reference, candidate, "translation")
    assert [f.candidate_span.text for f in of_type(found, FindingType.ENTITY)] == ["Swiss"]


def test_no_longer_against_remained_is_a_flip():
    reference = "Shop owners welcomed the new car park but said parking remained a problem in the high street."
    candidate = "Shop owners welcomed the new car park, saying parking was no longer a problem in the high street."
    flips = of_type(serious(reference, candidate), FindingType.POLARITY)
    assert flips and "no longer" in flips[0].candidate_span.text
    same = "Shop owners welcomed the new car park but said parking was still a problem in the high street."
    assert not of_type(serious(reference, same), FindingType.POLARITY)


def test_from_a_time_against_until_it():
    reference = "The council will run extra bus services until the end of June."
    candidate = "The council will run extra bus services from the end of June."
    assert of_type(serious(reference, candidate), FindingType.DATE)
    same = "Extra bus services will run until the end of June, the council said."
    assert not of_type(serious(reference, same), FindingType.DATE)
    # a period from one month to another: 'until' the end of the second is the same end
    period = "The council will run extra bus services from the end of May to the end of June."
    assert not of_type(serious(period, "The council will run extra bus services until the end of June."), FindingType.DATE)


def test_a_negation_said_with_a_prefix_or_unless_is_kept():
    reference = (
        "Most of the patients were adults who had not been vaccinated. The clinic said cases might keep rising if "
        "vaccination rates did not improve."
    )
    candidate = "Most of the patients were unvaccinated adults. Cases might keep rising unless vaccination rates improved, the clinic said."
    assert not of_type(compare(reference, candidate).findings, FindingType.OMISSION)


def test_a_hedge_added_to_an_event_named_by_its_noun_is_noted():
    reference = "Owners whose gardens are needed for the new path will be compensated, the council said."
    candidate = "Owners whose gardens are needed for the new path may receive compensation, the council said."
    assert of_type(compare(reference, candidate).findings, FindingType.MODALITY)


def test_a_stutter_of_figures_is_a_repetition():
    reference = "The leader dropped shots at the 4th and 5th holes before recovering."
    candidate = "The leader dropped shots at the 4th and the 5th, at the 4th and the 5th, before recovering."
    assert of_type(compare(reference, candidate).findings, FindingType.REPETITION)
    score = "Mira Holt beat the top seed 6-4, 6-4 in the final on Sunday."
    assert not of_type(compare(score, score.replace("Mira Holt beat", "Mira Holt defeated")).findings, FindingType.REPETITION)


def test_a_pause_until_a_time_is_no_denial_of_what_is_usually_done():
    reference = (
        "Work at the Brenna quarry was halted on Tuesday after a slope gave way. The owner said extraction would stay "
        "suspended until engineers had checked the site. The quarry extracts about 90,000 tonnes of stone a year."
    )
    candidate = (
        "Work at the Brenna quarry stopped on Tuesday when a slope gave way. No stone will be extracted until "
        "engineers have checked the site, the owner said. The quarry turns out roughly 90,000 tonnes of stone a year."
    )
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_impossible_to_said_either_way_round_is_one_denial():
    reference = "The mayor said the size of the protest had been impossible to ignore."
    candidate = "The mayor said it had been impossible to ignore how large the protest was."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)
    easy = "The mayor said it had been easy to ignore how large the protest was."
    assert of_type(serious(reference, easy), FindingType.POLARITY)


def test_a_relative_clause_on_claims_is_no_claim_of_theirs():
    reference = (
        "The insurer said on Monday that storm damage had been heavy. It has received 2,100 claims so far, of which "
        "about 60 percent have been paid in full."
    )
    candidate = (
        "Storm damage had been heavy, the insurer said on Monday. Of the 2,100 claims made to date, roughly six in ten "
        "have been paid in full."
    )
    assert not of_type(serious(reference, candidate), FindingType.EVENT)


def test_a_name_from_another_sentence_put_in_place_of_a_lost_one():
    reference = (
        "The water company will build a new reservoir on farmland near Halbrook. Work is due to start in the spring. "
        "The nearby village of Wexcombe had opposed an earlier plan but dropped its objection in May."
    )
    candidate = (
        "The water company is to build a new reservoir on farmland close to Wexcombe. Work should begin in the "
        "spring. Wexcombe, a nearby village, had objected to an earlier plan but withdrew its objection in May."
    )
    found = of_type(serious(reference, candidate), FindingType.ENTITY)
    assert [(f.candidate_span.text, f.reference_span.text) for f in found] == [("Wexcombe", "Halbrook")]
    faithful = candidate.replace("close to Wexcombe", "close to Halbrook")
    assert not of_type(serious(reference, faithful), FindingType.ENTITY)


def test_a_named_doer_turned_into_the_one_it_is_done_to():
    reference = "Police said the thief was tackled by a shopper, retired nurse Ada Marsh, outside the bank."
    candidate = "Police said the thief tackled a shopper, retired nurse Ada Marsh, outside the bank."
    assert of_type(serious(reference, candidate), FindingType.ROLE)
    faithful = "Police said a shopper, retired nurse Ada Marsh, tackled the thief outside the bank."
    assert not of_type(serious(reference, faithful), FindingType.ROLE)


def test_should_before_its_subject_is_a_condition_however_parsed():
    reference = "The utility warned that customers could face a hosepipe ban from the middle of July if dry weather continues."
    candidate = "The utility warned that customers could face a hosepipe ban from mid-July should the dry spell persist."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)


def test_a_clause_that_denies_left_out_is_a_major_omission():
    reference = "The regulator said it was monitoring supplies but saw no immediate risk to drinking water."
    candidate = "The regulator said it was keeping a close eye on the supplies that households depend on."
    lost = of_type(serious(reference, candidate), FindingType.OMISSION)
    assert lost and "no immediate risk" in lost[0].reference_span.text


def test_two_things_named_after_one_place_are_two():
    reference = (
        "Builder Halvard Homes has won approval for the Corran Bank housing scheme of 300 homes, the council said on "
        "Friday. Work is expected to start in 2026. The approval includes conditions to protect a colony of terns on the "
        "nearby Tallow Islands, including limits on building work during the nesting season."
    )
    candidate = (
        "Halvard Homes has been given the go-ahead for Corran Bank, a 300-home scheme. Work is expected to start in "
        "2026, with limits during the nesting season to protect terns on the nearby Corran Islands."
    )
    found = of_type(serious(reference, candidate, "summary"), FindingType.ENTITY)
    assert [f.candidate_span.text for f in found] == ["Corran Islands"]
    same = candidate.replace("Corran Islands", "Tallow Islands")
    assert not of_type(serious(reference, same, "summary"), FindingType.ENTITY)
