"""Omission, addition and repetition at clause and sentence level: what they must find, and the paraphrase they must
leave alone. All texts are invented for these tests."""

from __future__ import annotations

from factdiff import compare
from factdiff.model import FindingType, Severity


def of_type(reference: str, candidate: str, kind: FindingType, mode: str = "rewrite"):
    return [f for f in compare(reference, candidate, mode).findings if f.type == kind]


MINE = ("omission", "addition", "repetition")


def serious(reference: str, candidate: str, mode: str = "rewrite"):
    """Major and critical findings of the omission, addition and repetition checks."""
    report = compare(reference, candidate, mode)
    return [f for f in report.findings if f.check in MINE and f.severity in (Severity.MAJOR, Severity.CRITICAL)]


# --- repetition -----------------------------------------------------------------------------------------------------

REP_REF = (
    "The museum in Kellerby will reopen on Saturday after a two-year renovation that cost 12 million euros. "
    "The new wing will show the collection of maritime paintings that was kept in storage. "
    "Entry will be free for children under 12 during the first month."
)


def test_sentence_said_twice_is_a_repetition():
    cand = (
        "The museum in Kellerby reopens on Saturday after a two-year renovation costing 12 million euros. "
        "The new wing will show the collection of maritime paintings that was kept in storage. "
        "Children under 12 will get in free during the first month. "
        "The new wing will show the collection of maritime paintings that was kept in storage."
    )
    rep = [f for f in of_type(REP_REF, cand, FindingType.REPETITION) if f.severity == Severity.MAJOR]
    assert len(rep) == 1
    # the later copy is the one reported
    assert rep[0].candidate_span.start == cand.rindex("The new wing")
    assert compare(REP_REF, cand).verdict == "inconsistent"


def test_slightly_reworded_copy_of_a_clause_is_a_repetition():
    cand = (
        "The museum in Kellerby will reopen on Saturday after a two-year renovation that cost 12 million euros, "
        "and its new wing will show the maritime paintings kept in storage. "
        "Entry will be free for children under 12 during the first month. "
        "The museum in Kellerby will reopen on Saturday after its two-year renovation."
    )
    rep = of_type(REP_REF, cand, FindingType.REPETITION)
    assert rep and rep[0].candidate_span.text.startswith("The museum in Kellerby will reopen on Saturday after its")


def test_repetition_the_reference_makes_too_is_not_reported():
    ref = (
        "Voters in Dunmore will elect a new mayor on Sunday. Turnout is expected to be low. "
        "Voters in Dunmore will elect a new mayor on Sunday."
    )
    assert not of_type(ref, ref.replace("low", "quite low"), FindingType.REPETITION)


def test_faithful_rewrite_has_no_repetition():
    cand = (
        "After a two-year renovation that cost 12 million euros, the Kellerby museum will reopen on Saturday. "
        "Its new wing will display the maritime paintings that had been kept in storage. "
        "For the first month, children under 12 will get in for free."
    )
    assert not of_type(REP_REF, cand, FindingType.REPETITION)


PUFFINS = (
    "Walkers on the Brennock coast path counted 214 puffins in June, the largest number since the survey started in "
    "1992. The increase is put down to a ban on fishing for sand eels near the cliffs. Ranger Tobias Quell said the "
    "birds had more food close to their burrows. The next survey will be held in September."
)


def test_a_sentence_restated_in_other_words_is_a_repetition():
    cand = (
        "In June, walkers on the Brennock coast path counted 214 puffins, more than in any year since the survey began "
        "in 1992. The rise is attributed to a ban on sand eel fishing near the cliffs. According to ranger Tobias "
        "Quell, the birds found more food near their burrows. The puffin count of 214 is the highest since records "
        "started in 1992. The next survey is due in September."
    )
    found = [f for f in of_type(PUFFINS, cand, FindingType.REPETITION) if f.severity == Severity.MAJOR]
    assert [f.candidate_span.text for f in found] == ["The puffin count of 214 is the highest since records started in 1992."]


def test_a_sentence_split_in_two_is_no_repetition():
    cand = (
        "In June, walkers on the Brennock coast path counted 214 puffins. That was the largest number since the survey "
        "started in 1992. The rise is attributed to a ban on sand eel fishing near the cliffs. According to ranger "
        "Tobias Quell, the birds found more food near their burrows. The next survey is due in September."
    )
    assert not of_type(PUFFINS, cand, FindingType.REPETITION)


# --- omission -------------------------------------------------------------------------------------------------------

OM_REF = (
    "The regional water authority of Tessaly will raise household tariffs by 6 percent from 1 April, "
    "its chairman Owen Marsh said on Wednesday. "
    "The increase will pay for new treatment plants and for the repair of leaking pipes in older districts. "
    "Households on low incomes will be exempt for the first two years."
)


def omissions(reference: str, candidate: str, mode: str = "rewrite"):
    return of_type(reference, candidate, FindingType.OMISSION, mode)


def test_dropped_date_phrase_is_a_major_omission():
    cand = OM_REF.replace(" from 1 April", "")
    found = [f for f in omissions(OM_REF, cand) if f.severity == Severity.MAJOR]
    assert found and "1 April" in found[0].reference_span.text
    assert compare(OM_REF, cand).verdict == "inconsistent"


def test_dropped_duration_is_a_major_omission():
    cand = OM_REF.replace(" for the first two years", "")
    found = omissions(OM_REF, cand)
    assert any(f.severity == Severity.MAJOR and "first two years" in f.reference_span.text for f in found)


def test_dropped_list_member_is_an_omission():
    cand = OM_REF.replace(" and for the repair of leaking pipes in older districts", "")
    found = omissions(OM_REF, cand)
    assert any("leaking pipes" in f.reference_span.text for f in found)


def test_dropped_sentence_is_a_major_omission():
    cand = OM_REF.replace(" Households on low incomes will be exempt for the first two years.", "")
    found = [f for f in omissions(OM_REF, cand) if f.severity == Severity.MAJOR]
    assert found and "low incomes" in found[0].reference_span.text
    # the finding points at the missing words in the reference
    assert found[0].candidate_span is None


def test_no_omission_in_summary_mode():
    cand = OM_REF.replace(" Households on low incomes will be exempt for the first two years.", "")
    assert not omissions(OM_REF, cand, "summary")


def test_faithful_reordering_has_no_omission():
    cand = (
        "From 1 April, household tariffs at Tessaly's regional water authority will go up by 6%, chairman Owen Marsh "
        "said on Wednesday. The rise will fund new treatment plants and repairs to leaking pipes in older districts. "
        "For the first two years, low-income households will not have to pay it."
    )
    assert not [f for f in omissions(OM_REF, cand) if f.severity != Severity.MINOR]
    assert not serious(OM_REF, cand)


def test_fact_restated_elsewhere_is_not_an_omission():
    # the date moves to another sentence: still carried by the candidate
    cand = (
        "Tessaly's regional water authority will raise household tariffs by 6 percent, its chairman Owen Marsh said "
        "on Wednesday. The increase, which applies from 1 April, will pay for new treatment plants and for the repair "
        "of leaking pipes in older districts. Households on low incomes will be exempt for the first two years."
    )
    assert not omissions(OM_REF, cand)


def test_abbreviation_is_not_an_omission():
    ref = "The agency will use artificial intelligence to sort the applications, the minister said."
    cand = "The agency will use AI to sort the applications, the minister said."
    assert not omissions(ref, cand)


def test_name_shortened_to_a_surname_is_not_an_omission():
    ref = "The coach, Marta Lindqvist, said the squad would travel to Oslo on Friday."
    cand = "Lindqvist said the squad would travel to Oslo on Friday."
    assert not [f for f in omissions(ref, cand) if f.severity != Severity.MINOR]


def test_candidate_that_keeps_nothing_is_inconsistent():
    for cand in ("Nothing happened.", "\U0001f642\U0001f642\U0001f642", "... !?", "the the the the"):
        report = compare(OM_REF, cand)
        assert report.verdict == "inconsistent", cand
        assert any(f.type == FindingType.OMISSION and f.severity == Severity.CRITICAL for f in report.findings), cand


# --- addition -------------------------------------------------------------------------------------------------------

ADD_REF = (
    "The airline Nordwing will buy 24 regional jets from the manufacturer Avaro, the companies said on Tuesday. "
    "The order is worth about 900 million dollars at list prices. "
    "Nordwing's chief executive Lena Brandt said the new aircraft would replace its ageing turboprops on domestic routes."
)


def additions(reference: str, candidate: str, mode: str = "rewrite"):
    return [f for f in of_type(reference, candidate, FindingType.ADDITION, mode) if f.check == "addition"]


def test_added_relative_clause_with_a_fact_is_a_major_addition():
    cand = ADD_REF.replace("Lena Brandt said", "Lena Brandt, who took over the company in 2019 after a boardroom dispute, said")
    found = additions(ADD_REF, cand)
    assert found and found[0].severity == Severity.MAJOR
    assert found[0].candidate_span.text.startswith("who took over the company in 2019")


def test_added_participial_phrase_with_a_date_is_an_addition():
    cand = ADD_REF.replace("at list prices.", "at list prices, with the first deliveries expected in 2028.")
    found = additions(ADD_REF, cand)
    assert found and "deliveries expected in 2028" in found[0].candidate_span.text
    assert found[0].severity == Severity.MAJOR


def test_added_superlative_clause_is_an_addition():
    cand = ADD_REF.replace("at list prices.", "at list prices, making it the largest order in the carrier's history.")
    found = additions(ADD_REF, cand)
    assert found and "largest order" in found[0].candidate_span.text
    assert found[0].severity == Severity.MAJOR


def test_added_clause_counts_in_summary_mode_too():
    ref = ADD_REF
    cand = "Nordwing will buy 24 Avaro jets for about $900m, a deal that analysts called overpriced and risky."
    assert additions(ref, cand, "summary")


def test_apposition_restating_a_role_is_not_an_addition():
    cand = (
        "Nordwing, an airline, will buy 24 regional jets from Avaro, a manufacturer, the companies said on Tuesday. "
        "At list prices the order is worth about $900m. "
        "The new aircraft will replace the airline's ageing turboprops on domestic routes, said Lena Brandt, "
        "Nordwing's chief executive."
    )
    assert not additions(ADD_REF, cand)


def test_faithful_paraphrase_has_no_addition():
    cand = (
        "Nordwing is to purchase 24 regional jets from the aircraft maker Avaro, the two companies announced on "
        "Tuesday, in an order valued at roughly $900 million at list prices. The new planes will take the place of "
        "the airline's old turboprops on domestic routes, chief executive Lena Brandt said."
    )
    assert not additions(ADD_REF, cand)
    assert not serious(ADD_REF, cand)


def test_summary_sentence_aligned_with_nothing_is_an_addition():
    # the check's own findings, before the engine keeps the name finding inside the sentence instead
    from factdiff.align import align
    from factdiff.analyse.document import analyse
    from factdiff.analyse.entities import link
    from factdiff.checks import addition
    from factdiff.checks.base import Context
    from factdiff.read import source_from_text

    cand = "Nordwing will buy 24 Avaro jets. Former minister Pavel Orlov will chair the airline's new safety board from 2027."
    ref_doc, cand_doc = analyse(source_from_text(ADD_REF, "reference")), analyse(source_from_text(cand, "candidate"))
    link(ref_doc.entities, cand_doc.entities)
    found = list(addition.check(Context(ref_doc, cand_doc, align(ref_doc, cand_doc), "summary")))
    assert any(f.severity == Severity.MAJOR and f.candidate_span.text.startswith("Former minister Pavel Orlov") for f in found)
    assert compare(ADD_REF, cand, "summary").verdict == "inconsistent"


PRINTERS = (
    "Around 700 employees working on the printer business will be transferred to the group's medical imaging and "
    "industrial sensor divisions, and no job cuts are planned. The last printers will leave the factory in June."
)


def test_a_clause_said_another_way_in_a_reworded_sentence_is_no_major_omission():
    cand = (
        "Some 700 staff in the printer unit are to be moved to its medical scanner and factory sensor arms; the group "
        "does not intend to lay anyone off. The final printers will roll off the line in June."
    )
    assert not serious(PRINTERS, cand, "translation")
    notes = omissions(PRINTERS, cand, "translation")
    assert all(f.severity == Severity.MINOR and "reworded" in f.message for f in notes)


def test_a_clause_dropped_from_a_sentence_kept_close_is_still_a_major_omission():
    reference = (
        "About 450 workers at the plant will be moved to the company's battery and motor divisions, and the company "
        "will run a free shuttle bus from the town centre. The plant will close in March."
    )
    cand = "Some 450 plant staff are to transfer to its battery and motor units. The plant will shut in March."
    found = [f for f in omissions(reference, cand) if f.severity == Severity.MAJOR]
    assert [f.reference_span.text for f in found] == ["and the company will run a free shuttle bus from the town centre"]
