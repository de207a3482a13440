"""Readings from stop 86: a year the alignment left in another sentence; a converse participle with its third party
moved to 'by'; the deed a denied leave is said of as its subject; a denied reason; the time a deed takes; a common
noun before a name; a verb of doing again; a denied first time; a month whose year the tense gives; a name that says
which body a noun is. The guards hold each reading to its reach.

Every text here is made up for the test; none comes from the seed, the challenge or the evaluation sets.
"""

from __future__ import annotations

from helpers import of_type, serious

from factdiff.model import FindingType

# --- dates ----------------------------------------------------------------------------------------------------------


def test_a_year_is_compared_with_the_one_a_sentence_the_alignment_missed_gives_the_same_deed():
    reference = (
        "Volunteers in Orlby are using old maps and metal detectors to search for a bottle of letters sealed by scouts of "
        "the 3rd Orlby Troop in 1962 and never recovered. The bottle, a stoneware jar holding notes, badges and a copy of "
        "that month's parish newsletter, was meant to be opened in 1990, but nobody could remember exactly where it had "
        "been hidden. The search was restarted last month after former scout Peter Vance, now 71, found a sketch of the "
        "hiding ceremony showing a stone wall in the background. The scout hut was rebuilt in 2004."
    )
    candidate = (
        "A sketch found by former scout Peter Vance has revived the search for a bottle of letters sealed by scouts of "
        "the 3rd Orlby Troop in 1962, which was meant to be opened in {year} but could not be located. The sketch of the "
        "ceremony shows a stone wall, but the hut was rebuilt in 2004."
    )
    assert of_type(serious(reference, candidate.format(year=1995), "summary"), FindingType.DATE)
    assert not of_type(serious(reference, candidate.format(year=1990), "summary"), FindingType.DATE)


def test_last_month_after_is_no_count_of_days():
    from factdiff.checks.dates import _COUNTED_FROM

    assert _COUNTED_FROM.search("Tickets go on sale eight weeks before the show.")
    assert _COUNTED_FROM.search("Days later the road reopened.")
    assert not _COUNTED_FROM.search("The search restarted last month after a photograph was found.")


def test_a_month_named_for_last_year_against_a_deed_still_to_come():
    reference = "Marta Osk will hand over her bakery to her niece Lina in March."
    assert of_type(serious(reference, "Marta Osk handed over her bakery to her niece Lina last March."), FindingType.DATE)
    assert not of_type(serious(reference, "Marta Osk will hand over her bakery to her niece Lina next March."), FindingType.DATE)
    reference = "Marta Osk handed over her bakery to her niece Lina in March."
    assert not of_type(serious(reference, "Marta Osk handed over her bakery to her niece Lina last March."), FindingType.DATE)
    assert of_type(serious(reference, "Marta Osk will hand over her bakery to her niece Lina next March."), FindingType.DATE)
    # (two months of the other kind in the aligned sentence, the first of another deed: each read in turn)
    reference = "Osk opened a bakery in March and sold a shop in March."
    assert of_type(serious(reference, "Osk opened a bakery last March and will sell a shop next March."), FindingType.DATE)
    # (each date with a match of its own kind: two deeds, one last June, one in June)
    reference = "Brandt joined the Kelby board last June and will join the cabinet in June."
    assert not of_type(serious(reference, "Brandt, who joined the Kelby board last June, will join the cabinet in June."), FindingType.DATE)


# --- polarity -------------------------------------------------------------------------------------------------------


def test_a_converse_participle_with_the_third_party_moved_to_by():
    reference = "The wine was pressed with tools borrowed from a nearby workshop."
    assert not of_type(serious(reference, "The wine was pressed with tools lent by a neighbouring workshop."), FindingType.POLARITY)
    # (the same third party as the doer on both sides is still the other side of the loan)
    reference = "The wine was pressed with equipment borrowed by a nearby winery."
    assert of_type(serious(reference, "The wine was pressed with equipment lent by a neighbouring winery."), FindingType.POLARITY)


def test_the_deed_a_denied_leave_is_said_of_as_its_subject_clears_a_denial_told_the_other_way():
    reference = "Visitors will not be allowed to photograph the manuscript."
    assert not of_type(serious(reference, "Photographing the manuscript is not permitted."), FindingType.POLARITY)
    # (a rule is no denial that the deed was done, nor is a cause that did not allow something)
    reference = "Dumping waste in the Calder river is not allowed, but the Brekke tannery did so for years, inspectors found."
    candidate = "Inspectors found that the Brekke tannery dumped waste in the Calder river for years, although this is not allowed."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)
    reference = "Widening the Tollard road did not allow traffic to move any faster, a council report found."
    candidate = "The Tollard road was widened, but a council report found that traffic moved no faster."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_not_because_denies_the_reason_either_way():
    reference = "'I'm not selling the boat because I need the money,' she said."
    assert not of_type(serious(reference, "She said she was selling the boat not because she needed the money."), FindingType.POLARITY)
    assert of_type(serious(reference, "She said she was selling the boat because she needed the money."), FindingType.POLARITY)
    reference = "'I'm selling the boat because I need the money,' she said."
    assert of_type(serious(reference, "She said she was selling the boat not because she needed the money."), FindingType.POLARITY)
    # (a comma before 'because' leaves the deed denied; two reasons told one way and the other are two reasons)
    reference = "Dorn said he was quitting the club, not because he was unhappy, but because he wanted to travel."
    assert of_type(serious(reference, "Dorn said he was not quitting the club, because he was happy there."), FindingType.POLARITY)
    reference = "The Kelby ferry will sail on Friday, not because the winds have eased but because the harbour master has allowed it."
    assert of_type(serious(reference, "The Kelby ferry will not sail on Friday because the winds have not eased."), FindingType.POLARITY)


def test_a_verb_of_doing_again_opposes_what_its_deed_opposes():
    from factdiff.analyse.lexical import opposite

    assert opposite("reopen", "close", again=True) and opposite("close", "reopen", again=True)
    assert not opposite("reopen", "open", again=True)
    assert not opposite("recover", "uncover", again=True)  # not a 'cover again' of few senses
    assert not opposite("reopen", "close")  # (the other checks keep to WordNet's own antonyms)
    reference = "The lido will close for eight weeks from 4 May so that its tiles can be replaced."
    candidate = "The lido will reopen on 4 May after an eight-week closure to replace its tiles."
    assert of_type(serious(reference, candidate), FindingType.POLARITY)
    # (the reference says the candidate's word itself beside it: no opposite told)
    reference = "The company is reopening its workshop, which closed in 1978."
    assert not of_type(serious(reference, "The company is bringing back its workshop, shut since 1978."), FindingType.POLARITY)
    candidate = "The company is shutting its workshop, which opened in 1978."
    assert of_type(serious(reference, candidate), FindingType.POLARITY) or of_type(serious(reference, candidate), FindingType.EVENT)


def test_a_denied_first_time_says_it_happened_before():
    reference = "The gallery said the tapestry had never left Ostberg before."
    assert of_type(serious(reference, "The gallery said it was not the first time the tapestry had left Ostberg."), FindingType.POLARITY)
    assert not of_type(serious(reference, "The gallery said it was the first time the tapestry had left Ostberg."), FindingType.POLARITY)


# --- modality and roles ---------------------------------------------------------------------------------------------


def test_the_time_a_deed_would_take_is_no_deed_told_as_done():
    reference = "She said a trained thatcher could finish a small roof in about four days."
    candidate = "She said a small roof would take a trained thatcher about four days."
    findings = serious(reference, candidate)
    assert not of_type(findings, FindingType.MODALITY)
    assert not of_type(findings, FindingType.ROLE)
    assert of_type(serious(reference, "She said a trained thatcher finishes a small roof in about four days."), FindingType.MODALITY)
    # ('could take' / 'would take' is still a hedge dropped; a date on 'take' is no length of time)
    reference = "Engineers said repairs to the Dunmore viaduct could take about six months."
    assert of_type(serious(reference, "Engineers said repairs to the Dunmore viaduct would take about six months."), FindingType.MODALITY)
    reference = "The nurse took the patient to the Kelby clinic last week."
    assert of_type(serious(reference, "The patient took the nurse to the Kelby clinic."), FindingType.ROLE)


# --- entities -------------------------------------------------------------------------------------------------------


def test_a_common_noun_opening_the_sentence_before_a_name_describes_the_person():
    reference = (
        "Owner Lotte Brandvik, from Haslund, said she had entered him 'purely for fun' after he recovered from a leg operation last year."
    )
    candidate = "His owner, Lotte Brandvik of Haslund, said she had entered him just for fun after he got over a leg operation last year."
    assert not of_type(serious(reference, candidate), FindingType.ROLE)


def test_a_name_that_says_which_council_is_a_place_whatever_the_tagger_calls_it():
    # ('Ortega' is tagged a person at every mention: its council and its reservoir say it is a place)
    reference = (
        "Firefighters spent Tuesday searching the Ortega reservoir after two anglers reported seeing a crocodile near the "
        "dam wall. The mayor of nearby Montecorza, Amparo Nieto, ordered a ban on swimming in the reservoir. Montecorza "
        "town council said the ban would be reviewed on Friday."
    )
    candidate = (
        "On Tuesday firefighters combed the Ortega reservoir after two fishermen said they had spotted a crocodile close "
        "to the dam wall. Amparo Nieto, mayor of the neighbouring town of Montecorza, prohibited bathing in the reservoir. "
        "{name} council will review the ban on Friday."
    )
    assert of_type(serious(reference, candidate.format(name="Ortega"), "translation"), FindingType.ENTITY)
    assert not of_type(serious(reference, candidate.format(name="Montecorza"), "translation"), FindingType.ENTITY)
