"""The analysis layer: numbers, dates and names normalised so that variants compare equal."""

from __future__ import annotations

import numpy as np
import pytest

from factdiff.analyse.dates import normalise
from factdiff.analyse.document import analyse
from factdiff.analyse.entities import link, supported
from factdiff.analyse.knowledge import countries, fold
from factdiff.analyse.quantities import Quantity, parse_amount
from factdiff.read import html_to_source, source_from_text


def q(text: str) -> Quantity:
    low, high, approx = parse_amount(text)
    return Quantity(0, len(text), text, low, high, approx, "", 0)


@pytest.mark.parametrize(
    "text, value",
    [
        ("4,700", (4700, 4700)),
        ("two", (2, 2)),
        ("a dozen", (12, 12)),
        ("two dozen", (24, 24)),
        ("1.2 million", (1.2e6, 1.2e6)),
        ("fourteen thousand", (14000, 14000)),
        ("$5 billion", (5e9, 5e9)),
        ("25%", (25, 25)),
        ("between 10 and 12", (10, 12)),
        ("10-12", (10, 12)),
        ("1.2 to 1.5 million", (1.2e6, 1.5e6)),
    ],
)
def test_numbers_in_digits_words_and_ranges_are_parsed(text, value):
    low, high, _ = parse_amount(text)
    assert (low, high) == pytest.approx(value)


def test_range_written_two_ways_is_the_same_value():
    assert q("10,000-12,000").same_value(q("between 10,000 and 12,000"))
    assert not q("10,000-12,000").same_value(q("between 10,000 and 15,000"))


def test_approximate_numbers_agree_within_the_approximation_only():
    assert q("about 300").same_value(q("around 300"))
    assert q("about 300").same_value(q("310"))
    assert not q("4,000").same_value(q("4,700"))


def test_dates_in_other_words_normalise_to_the_same_interval():
    assert normalise("3 March 2021")[2:] == normalise("March 3, 2021")[2:]
    kind, period, low, high = normalise("between January and March")
    assert (low.month, high.month) == (1, 3)


def test_parts_of_a_period_are_narrower_intervals():
    from datetime import date

    assert normalise("the second half of 2025")[2:] == (date(2025, 7, 1), date(2025, 12, 31))
    assert normalise("the third quarter of 2024")[2:] == normalise("Q3 2024")[2:] == (date(2024, 7, 1), date(2024, 9, 30))
    assert normalise("late 2024")[2:] == (date(2024, 7, 1), date(2024, 12, 31))  # vague words get generous shares
    assert normalise("mid-June 2024")[2] <= date(2024, 6, 21) <= normalise("mid-June 2024")[3]
    assert normalise("the fifth half of 2024")[0] is None  # no such part: not understood rather than wrong
    assert normalise("one third of 2024")[0] is None  # a share, not the first third


def test_units_of_measure_compare_by_amount_not_by_name():
    from factdiff.analyse.units import is_unit

    def quantity(text: str):
        return analyse(source_from_text(text, "t")).quantities[0]

    metres, feet = quantity("It is 300 metres tall."), quantity("It is 300 feet tall.")
    assert metres.in_other_units(feet) and not metres.states_same_amount(feet)
    assert metres.states_same_amount(quantity("It is 984 feet tall."))  # converted and rounded
    assert not is_unit("soldier") and not is_unit("point")  # counted nouns, and a unit name that is mostly a word
    assert not is_unit("c") and not is_unit("bus") and is_unit("km")  # short names only where they are unit symbols
    barrels, litres = quantity("They pumped 2 million barrels of oil."), quantity("They pumped 318 million litres of oil.")
    assert barrels.states_same_amount(litres)  # a barrel of oil, not pint's US liquid barrel


def test_date_kinds_follow_the_reference_day():
    assert normalise("2019")[0] == "absolute"
    assert normalise("in March")[0] == "yearless"
    assert normalise("on Monday")[0] == "deictic"
    assert normalise("two days")[0] is None  # a duration, not a date
    assert normalise("51")[0] is None  # an age the parser tagged as a date, not the year 2051


def test_country_forms_resolve_to_one_code():
    idx = countries()
    codes = {idx.lookup(x) for x in ("Germany", "German", "Berlin", "Federal Republic of Germany")}
    assert codes == {"DEU"}
    assert idx.lookup("U.S.") == idx.lookup("United States") == idx.lookup("American") == "USA"
    assert idx.lookup("the Kremlin") == idx.lookup("Moscow") == "RUS"


def test_fold_ignores_case_hyphens_accents_and_dots():
    assert fold("Jean-Pierre Mélenchon") == fold("Jean Pierre Melenchon")
    assert fold("the U.S.") == "us"


def _linked(reference: str, candidate: str):
    ref, cand = analyse(source_from_text(reference, "r")), analyse(source_from_text(candidate, "c"))
    link(ref.entities, cand.entities)
    return ref, cand


def test_name_variants_are_supported_by_the_reference():
    ref, cand = _linked(
        "Chancellor Olaf Scholz met the World Health Organization (WHO) in Geneva. Scholz praised the WHO.",
        "Olaf Scholz met WHO officials in Geneva, and Scholz praised the World Health Organization.",
    )
    assert all(supported(m, ref.entities) for m in cand.entities), [m.text for m in cand.entities]


def test_a_surname_of_several_words_stands_for_the_full_name():
    ref, cand = _linked("Van Zyl shot a 67 to lead the tournament.", "Jaco van Zyl leads the tournament.")
    assert all(supported(m, ref.entities) for m in cand.entities), [m.text for m in cand.entities]
    ref, cand = _linked("Van Zyl shot a 67 to lead the tournament.", "Jaco Smith leads the tournament.")
    assert [m.text for m in cand.entities if not supported(m, ref.entities)] == ["Jaco Smith"]


def test_swapped_name_is_not_supported():
    ref, cand = _linked("Siemens signed the contract with the city of Lyon.", "Bosch signed the contract with the city of Lyon.")
    unsupported = [m.text for m in cand.entities if not supported(m, ref.entities)]
    assert unsupported == ["Bosch"]


def test_a_one_letter_change_in_a_short_name_is_not_a_variant():
    ref, cand = _linked("Kim spoke to reporters in Seoul.", "King spoke to reporters in Seoul.")
    assert [m.text for m in cand.entities if not supported(m, ref.entities)] == ["King"]


def test_a_title_before_a_name_is_no_name_of_its_own():
    ref, cand = _linked(
        "Substitute Rui Alves scored the winner for Dunmore.", "Substitute Tomas Brandt struck the winner, after Rui Alves was sent off."
    )
    # 'Substitute' says what the player is: no mention of its own, none linked to the reference's 'Substitute Rui Alves'
    assert not [m for m in cand.entities if m.text == "Substitute"]
    assert [m.text for m in cand.entities if not supported(m, ref.entities)] == ["Tomas Brandt"]


def test_html_keeps_offsets_into_the_markup():
    html = "<html><body><p>Tom &amp; Jerry</p><script>var x = 1;</script><p>Paris</p></body></html>"
    source = html_to_source("page.html", html)
    assert "var x" not in source.plain
    start = source.plain.index("Jerry")
    o_start, o_end = source.to_original(start, start + len("Jerry"))
    assert html[o_start:o_end] == "Jerry"
    amp = source.plain.index("&")
    assert html[slice(*source.to_original(amp, amp + 1))] == "&amp;"


def test_the_shipped_sentence_encoder_loads_offline_and_ranks_a_paraphrase_first():
    from factdiff.analyse.embed import MODEL_FILE, WEIGHTS, load_encoder

    assert (WEIGHTS / MODEL_FILE).stat().st_size <= 30 * 1024 * 1024
    assert (WEIGHTS / "LICENSE").is_file()  # all-MiniLM-L6-v2's licence travels with the weights
    sentence = "The mayor opened a new bridge over the river on Friday."
    paraphrase = "On Friday a new bridge across the river was opened by the mayor."
    unrelated = "Shares in the chipmaker fell after its quarterly results disappointed investors."
    vectors = load_encoder().encode([sentence, paraphrase, unrelated])
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert vectors[0] @ vectors[1] > 0.8 > vectors[0] @ vectors[2] + 0.4


def test_a_sentence_left_unlinked_between_two_linked_ones_is_linked_in_order():
    from factdiff.align import align

    reference = analyse(
        source_from_text(
            "From next Monday, the operator Vestrail will run trains between Haldor and Kemp every twenty minutes during "
            "the morning and evening rush. Passenger numbers on the line have doubled since a new hospital opened in Kemp "
            "last year. Outside the peak hours, the hourly timetable stays as it is. Season tickets bought before the "
            "change remain valid.",
            "reference",
        )
    )
    candidate = analyse(
        source_from_text(
            "Starting next Monday, Vestrail trains linking Haldor and Kemp will leave every twenty minutes in the morning "
            "and evening peaks. Twice as many passengers have used the route since Kemp's new hospital opened last year. "
            "At other times of day, the trains will keep to the old timetable. Season tickets that were "
            "bought before the change stay valid.",
            "candidate",
        )
    )
    assert align(reference, candidate).refs_for(2) == set()  # too unlike any reference sentence on its own
    ordered = align(reference, candidate, ordered=True)
    assert [sorted(ordered.refs_for(c)) for c in range(4)] == [[0], [1], [2], [3]]
