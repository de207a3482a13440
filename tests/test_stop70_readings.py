"""Readings from stop 70: two names that trade the slots the words around them give; a cause told as a party's
account; a speaker made the doer of its claim and another party the speaker; 'but not that' as a denial of the
knowing; an estimate said on the noun; a condition made by setting its auxiliary first; a passive's 'of' as its
object; an outcome told by a noun; an outcome only hoped for; an outcome moved to another sentence; a reported clause
left out with its denial; 'a third' as 'another'; a verb the tagger took for an adjective; an aim of a request told
as done; the unit a rate is told by; a place repaired or shut; an outcome told of another thing; a summary's verb
said plainly in another sentence.

Every text here is made up for the test; none comes from the seed, the challenge or the evaluation sets.
"""

from __future__ import annotations

from helpers import of_type, serious

from factdiff.analyse.pipeline import load_nlp
from factdiff.checks.modality import _estimated_figure
from factdiff.model import FindingType

# --- roles -----------------------------------------------------------------------------------------------------------


def test_two_names_trade_the_slots_their_words_give():
    reference = (
        "The water board has awarded a seven-year maintenance contract worth £48 million to Brellan Pumps, ending "
        "Ostwick Engineering's 11-year run as the network's contractor."
    )
    candidate = (
        "A seven-year, £48m maintenance contract has been awarded by the water board to Ostwick Engineering, bringing "
        "to an end Brellan Pumps's 11 years as the network's contractor."
    )
    found = of_type(serious(reference, candidate), FindingType.ROLE)
    assert found and "trade places" in found[0].message
    kept = (
        "A seven-year, £48m maintenance contract has been awarded by the water board to Brellan Pumps, bringing to an "
        "end Ostwick Engineering's 11 years as the network's contractor."
    )
    assert not of_type(serious(reference, kept), FindingType.ROLE)


# --- attribution -----------------------------------------------------------------------------------------------------


def test_a_cause_told_as_the_partys_account():
    reference = (
        "The number of drivers fined for using a phone at the wheel in Harrowgate fell by 12 per cent last year, "
        "according to figures released on Monday by the Road Safety Office. A total of 1,230 fines were issued in the "
        "12 months to December, down from 1,400 the year before. Officials said the decline was partly due to a new "
        "scheme allowing first-time offenders to attend a course within 28 days instead of paying the fine. Deputy "
        "director Mark Allott said roadside checks would continue."
    )
    start = (
        "Phone-driving fines in Harrowgate fell by 12% last year, according to figures published by the Road Safety "
        "Office on Monday. In the 12 months to December, 1,230 fines were issued, compared with 1,400 a year earlier. "
    )
    end = " Mark Allott, its deputy director, said roadside checks would carry on."
    scheme = "a new scheme under which first-time offenders can attend a course within four weeks instead of paying."
    for account in ("The office attributed part of the drop to", "The office links part of the drop to"):
        assert not of_type(serious(reference, f"{start}{account} {scheme}{end}"), FindingType.ATTRIBUTION)
    bare = f"{start}The drop was partly due to {scheme}{end}"
    assert of_type(serious(reference, bare), FindingType.ATTRIBUTION)


def test_the_speaker_made_the_doer_and_another_party_the_speaker():
    reference = (
        "Workers building a new library in Ostrava Lane have found a medieval well, the county heritage team said on "
        "Monday. The contractor, Bellstone Build, said it would pay for the well to be recorded and was talking to the "
        "parish council about whether it could be kept on show in the new building."
    )
    start = "A medieval well has been found by workers building a new library in Ostrava Lane, the county heritage team said on Monday. "
    traded = (
        f"{start}Bellstone Build, the contractor, will fund the recording of the well, the parish council said, and the "
        "two are discussing whether it could be kept on show in the new building."
    )
    found = of_type(serious(reference, traded), FindingType.ATTRIBUTION)
    assert found and "parish council" in found[0].message
    kept = (
        f"{start}Bellstone Build, the contractor, said it will fund the recording of the well and is talking to the "
        "parish council about whether it could be kept on show in the new building."
    )
    assert not of_type(serious(reference, kept), FindingType.ATTRIBUTION)


# --- polarity --------------------------------------------------------------------------------------------------------


def test_but_not_that_denies_the_knowing():
    reference = "The brothers grew up in different towns, and each knew he had been fostered but not that he had a brother."
    candidate = "The brothers grew up in different towns; both knew they had been fostered, but neither knew he had a brother."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_a_verb_the_tagger_took_for_an_adjective():
    reference = (
        "Average waits at the clinic fell to 11 days. However, the gap between the busiest and quietest clinics did "
        "not narrow: patients in the busiest wait four days longer than those in the quietest."
    )
    candidate = (
        "Average clinic waits fell to 11 days. The gap between the busiest and quietest clinics narrowed, with "
        "patients in the busiest waiting four days longer."
    )
    assert of_type(serious(reference, candidate, mode="summary"), FindingType.POLARITY)


# --- modality --------------------------------------------------------------------------------------------------------


def test_an_estimate_said_on_the_noun():
    # the tagger makes 'estimated' an adjective here, with 'estimated' for its lemma
    doc = load_nlp()(
        "Of the estimated £2.7m bill, £2m will come from a national recovery fund and the remaining £700,000 from the trust's reserves."
    )
    (come,) = [t for t in doc if t.lemma_ == "come"]
    assert _estimated_figure(come)
    plain = load_nlp()(
        "Of the £2.7m bill, £2m will come from a national recovery fund and the remaining £700,000 from the trust's reserves."
    )
    (come,) = [t for t in plain if t.lemma_ == "come"]
    assert not _estimated_figure(come)


def test_a_condition_made_by_its_auxiliary_first():
    reference = "If the suspension is confirmed, he could be stripped of his national title and would miss the world championships."
    candidate = "Should the suspension be confirmed, he will lose his national title and would miss the world championships."
    found = of_type(serious(reference, candidate), FindingType.MODALITY)
    assert found and "could" in found[0].message
    kept = "Should the suspension be confirmed, he could lose his national title and would miss the world championships."
    assert not of_type(serious(reference, kept), FindingType.MODALITY)


def test_a_summary_verb_said_plainly_in_another_sentence():
    reference = (
        "Pupils who use tablets at breakfast eat on average 90 fewer calories per morning than those who do not, "
        "according to a study published by the Orla Institute of Nutrition. Researchers monitored 1,700 pupils aged 8 "
        "to 12 at 19 schools over a term using food diaries. Those who used a tablet at breakfast were also twice as "
        "likely to report feeling hungry before lunch. However, lead researcher Dr Ines Varga said the study showed an "
        "association and could not establish that tablet use caused the smaller breakfasts. She said other factors, "
        "such as rushed mornings, might lead pupils both to eat less and to use their tablets more. The institute "
        "recommended that schools teach pupils about breakfast but stopped short of calling for a ban on tablets at the "
        "table."
    )
    candidate = (
        "A term-long Orla Institute of Nutrition study of 1,700 pupils aged 8 to 12 found that those who use tablets at "
        "breakfast get 90 fewer calories a morning on average, and are twice as likely to say they feel hungry before "
        "lunch. The lead researcher cautioned that the link does not prove tablets are to blame. The institute urged "
        "schools to teach pupils about breakfast, without recommending a ban on tablets at the table."
    )
    assert not of_type(serious(reference, candidate, mode="summary"), FindingType.MODALITY)


def test_an_aim_of_a_request_told_as_done():
    reference = "The head teacher said the school had applied for a council grant to install a new heating system in the main hall."
    candidate = "The head teacher said the school had installed a new heating system in the main hall with the help of a council grant."
    found = of_type(serious(reference, candidate), FindingType.MODALITY)
    assert found and "applied for" in found[0].message
    kept = "The head teacher said the school had sought a council grant to install a new heating system in the main hall."
    assert not of_type(serious(reference, kept), FindingType.MODALITY)


# --- events ----------------------------------------------------------------------------------------------------------


def test_an_outcome_told_by_a_noun():
    reference = "Visitor numbers fell, which the council blamed on the closure of the town's lido for safety repairs."
    candidate = "Visitor numbers fell, which the council blamed on the demolition of the town's lido."
    assert of_type(serious(reference, candidate), FindingType.EVENT)
    kept = "Visitor numbers fell, which the council blamed on the lido's closure for safety repairs."
    assert not of_type(serious(reference, kept), FindingType.EVENT)


def test_an_outcome_only_hoped_for_is_not_told():
    reference = (
        "The choir has cancelled its spring tour of Canada, citing the cost of flights. The choir said it hoped to "
        "reschedule the Canadian concerts for next year but that no dates had been agreed."
    )
    candidate = "The choir has postponed its spring tour of Canada, citing the cost of flights, and hopes to perform there next year."
    assert of_type(serious(reference, candidate, mode="summary"), FindingType.EVENT)


def test_an_outcome_moved_to_another_sentence():
    reference = (
        "The standards agency has ordered the builder to stop work on the estate and has opened an investigation into "
        "whether it breached fire rules. The agency said the builder had used unapproved cladding."
    )
    candidate = (
        "The builder has been ordered by the standards agency to stop work on the estate. The agency, which has also "
        "completed an investigation into whether the builder breached fire rules, said it had used unapproved cladding."
    )
    assert of_type(serious(reference, candidate), FindingType.EVENT)


def test_a_place_repaired_or_shut():
    def story(fate: str) -> str:
        return (
            f"Tollan Bakeries has recalled 3,000 loaves after a fault in one of its two ovens, which has since been {fate}, left some raw."
        )

    assert of_type(serious(story("repaired"), story("shut down")), FindingType.EVENT)
    assert not of_type(serious(story("repaired"), story("fixed")), FindingType.EVENT)


def test_an_outcome_told_of_another_thing_does_not_tell_this_one():
    reference = (
        "Marrow Cider will double output after securing a £1.2 million loan from a regional fund. The company said it "
        "had also applied for planning permission to open a tasting room at the site."
    )
    candidate = (
        "Marrow Cider will double output after obtaining a £1.2m loan from a regional fund. The company said it had "
        "also been granted planning permission to open a tasting room at the site."
    )
    assert of_type(serious(reference, candidate), FindingType.EVENT)


# --- omission --------------------------------------------------------------------------------------------------------


def test_a_reported_clause_left_out_with_its_denial():
    reference = (
        "Crews put out a fire at a timber yard overnight. Watch manager Dana Fell said the blaze was not being treated "
        "as deliberate, but investigators would not be able to enter the yard until it had been made safe."
    )
    candidate = (
        "Crews put out a fire at a timber yard overnight. Watch manager Dana Fell said investigators would not be able "
        "to go into the yard until it had been made safe."
    )
    found = of_type(serious(reference, candidate), FindingType.OMISSION)
    assert found and "deliberate" in found[0].message


def test_a_third_as_another():
    reference = (
        "The consulate, housed in a restored warehouse, will employ eight staff and will also issue visas to Peltan "
        "citizens in three nearby states. Until now, those visas were issued by the consulate in a third country."
    )
    candidate = (
        "Housed in a restored warehouse, the consulate will have eight staff and will also issue visas to Peltan "
        "nationals in three nearby countries, which until now were handled by the consulate in another state."
    )
    assert not of_type(serious(reference, candidate), FindingType.OMISSION)
    ranked = candidate.replace("in another state", "in a neighbouring state")
    assert of_type(serious(reference, ranked), FindingType.OMISSION)


# --- numbers ---------------------------------------------------------------------------------------------------------


def test_the_unit_a_rate_is_told_by():
    reference = "Customs seized 900 kilograms of saffron bound for Europe, where it can fetch up to 8,000 euros per kilo."
    candidate = "Customs seized 900kg of saffron bound for Europe, where a kilo can sell for as much as 8,000 euros."
    assert not of_type(serious(reference, candidate), FindingType.NUMBER)
    wrong = "Customs seized 900kg of saffron bound for Europe, where a kilo can sell for as much as 6,000 euros."
    assert of_type(serious(reference, wrong), FindingType.NUMBER)
