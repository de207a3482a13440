"""Smaller readings: a past that drops a silent e read back to its verb ('hoped', 'fined'); the first copy of a
phrase said twice found extra where its own sentence renders another; a clause that is nearly its whole sentence
judged with the sentence; a body telling what it will do itself; a summary date on the only date of its kind;
'borrowed' and 'bought' another outcome; 'export demand from X' / 'exports to X' no direction turned round.

Every text here is made up for the test; none comes from the seed, the challenge or the evaluation sets.
"""

from __future__ import annotations

from helpers import of_type, serious

from factdiff.analyse.pipeline import load_nlp
from factdiff.model import FindingType, Severity


def test_a_past_without_a_doubled_letter_is_read_as_the_verb_with_its_e():
    doc = load_nlp()("She hoped the firm would be fined. They stopped and visited the site.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert (lemmas["hoped"], lemmas["fined"], lemmas["stopped"], lemmas["visited"]) == ("hope", "fine", "stop", "visit")


def test_the_first_copy_of_a_phrase_said_twice_can_be_the_extra_one():
    reference = (
        "A pork pie made by Halloway Farm has been named the best in the county at the Dales Food Awards on Friday. "
        "The winning pie, which uses pork from the farm's own pigs and a hot-water crust, beat 93 other entries. "
        "The farm sells about 300 pies a week."
    )
    candidate = (
        "Halloway Farm's pork pie was named the county's best at the Dales Food Awards on Friday, where it beat 93 other "
        "entries. Made with pork from the farm's own pigs and a hot-water crust, the winning pie beat 93 other entries. "
        "The farm sells about 300 pies a week."
    )
    found = of_type(serious(reference, candidate), FindingType.REPETITION)
    assert found and found[0].candidate_span.start < candidate.index("Made with")


def test_a_clause_that_is_nearly_its_whole_sentence_is_judged_with_it():
    reference = "Every school must send two teachers on the course. Schools that fail to comply risk a fine of 500 euros."
    candidate = "Every school must send two teachers on the course. A school that does not comply could be fined 500 euros."
    assert not of_type(serious(reference, candidate, mode="translation"), FindingType.OMISSION)


def test_a_body_telling_what_it_will_do_itself_is_a_note_when_its_voice_is_dropped():
    reference = (
        "Telvara will remove 900 phone boxes by 2026. "
        "The company said it would keep 30 boxes in remote valleys, following a request from the mountain rescue service."
    )
    candidate = (
        "Telvara will remove 900 phone boxes by 2026. "
        "At the request of the mountain rescue service, 30 boxes will be kept in remote valleys."
    )
    found = of_type(serious(reference, candidate), FindingType.ATTRIBUTION)
    assert all(f.severity == Severity.MINOR for f in found)


def test_a_summary_date_on_the_only_date_of_its_kind_is_compared():
    reference = (
        "A brass band from the town of Kelbury has qualified for the national finals in Ashmoor after winning its "
        "regional section last weekend. The band, founded in 1921, has 34 players. Its conductor said the band needed "
        "to raise £9,000 to take all its players to the finals in mid October."
    )
    candidate = (
        "Kelbury's brass band won its regional section last weekend, earning a place at the national finals in Ashmoor "
        "in mid September. It needs £9,000 to take its 34 players."
    )
    found = of_type(serious(reference, candidate, mode="summary"), FindingType.DATE)
    assert found and "September" in found[0].message


def test_borrowed_and_bought_are_another_outcome():
    reference = "From next month, the library's sewing machines can be borrowed for a week at a time."
    candidate = "From next month, the library's sewing machines can be bought for a week at a time."
    assert of_type(serious(reference, candidate), FindingType.EVENT)


def test_export_demand_from_a_country_is_no_direction_turned_round():
    reference = "Orders at Pellow Mills have grown by half, driven largely by export demand from Norway and Chile."
    candidate = "Orders at Pellow Mills have risen by 50%, largely on exports to Norway and Chile."
    assert not of_type(serious(reference, candidate), FindingType.ROLE)


def test_exports_from_a_country_told_as_exports_to_it_is_still_found():
    reference = "Orders at Pellow Mills have grown by half, driven largely by exports to Norway and Chile."
    candidate = "Orders at Pellow Mills have risen by 50%, driven largely by exports from Norway and Chile."
    assert of_type(serious(reference, candidate), FindingType.ROLE)


def test_export_volumes_to_a_country_told_as_exports_from_it_is_found():
    reference = "Orders at Pellow Mills have grown by half, driven largely by export volumes to Norway and Chile."
    candidate = "Orders at Pellow Mills have risen by 50%, driven largely by exports from Norway and Chile."
    assert of_type(serious(reference, candidate), FindingType.ROLE)


def test_a_body_saying_what_it_thinks_is_still_its_claim():
    reference = "The council said it thought the landslip on Quarry Lane had been caused by a burst water main."
    candidate = "A burst water main caused the landslip on Quarry Lane."
    found = of_type(serious(reference, candidate), FindingType.ATTRIBUTION)
    assert any(f.severity != Severity.MINOR for f in found)


def test_a_relative_clause_left_out_is_still_found():
    # (a clause whose restatement score sits well below the omission check's RESTATED: 'fined for speeding on the bypass'
    # scored 0.708 against 0.70 on one machine and below it on another)
    reference = "Drivers who were fined for parking during last winter's roadworks on the Orme bypass will be refunded."
    candidate = "Drivers on the Orme bypass will be refunded."
    assert of_type(serious(reference, candidate), FindingType.OMISSION)


def test_a_place_after_by_is_no_doer_of_a_passive():
    reference = "The mural was painted on a wall by Kelby Harbour last summer, the artist Jo Quill said."
    candidate = "Jo Quill said the mural was painted last summer on a wall by Kelby Harbour."
    assert not serious(reference, candidate)


def test_a_deed_the_reference_says_again_by_did_the_same_is_no_repetition():
    reference = "In the morning heat, Marta Ruiz beat the defending champion. In the afternoon, her sister Elena did the same."
    candidate = (
        "In the morning heat, Marta Ruiz beat the defending champion. In the afternoon, her sister Elena also beat the defending champion."
    )
    assert not of_type(serious(reference, candidate), FindingType.REPETITION)


def test_a_date_counted_from_the_only_date_is_no_conflict():
    reference = "The new lido opens in June. Season tickets go on sale eight weeks before, the council said."
    candidate = "Season tickets for the new lido, which opens in June, go on sale in April, the council said."
    assert not of_type(serious(reference, candidate, mode="summary"), FindingType.DATE)
