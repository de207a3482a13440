"""What an editor or a second translator writes for the same facts stays quiet, and the conflict next to it is found:
hedges said with other words ('are said to', 'is free to', 'is due to', 'what is thought to be'), amounts said
another way ('a quarter of a point', 'a 25-basis-point cut', 'the next year and a half'), the last time something
happened said both ways, a verb that denies for 'not', a sentence that runs on after a unit with a full stop.

Every text here is made up for the test; none comes from the seed, the challenge or the evaluation sets.
"""

from __future__ import annotations

from helpers import of_type, quantities, serious

from factdiff.align import Alignment, similarity_matrix
from factdiff.analyse.document import analyse
from factdiff.analyse.entities import link
from factdiff.analyse.pipeline import load_nlp
from factdiff.checks.base import Context
from factdiff.checks.repetition import restated_sentences
from factdiff.model import FindingType
from factdiff.read import source_from_text


def test_a_full_stop_kept_by_a_unit_still_ends_the_sentence():
    nlp = load_nlp()
    for text in (
        "Night frost brought lows of minus 7C. By Monday the thaw should set in.",
        "The council will pay the other $14m. Most of it goes on roads.",
    ):
        assert len(list(nlp(text).sents)) == 2
    assert len(list(nlp("The ferry leaves at 6 p.m. Mondays to Fridays.").sents)) == 1  # a time of day


def test_a_hedge_said_with_other_words_is_kept():
    for reference, candidate in [
        # a passive of saying over an infinitive
        ("The stolen bikes were allegedly sold to a dealer in Varn.", "The stolen bikes are said to have been sold to a dealer in Varn."),
        # a permission: 'is free to' and 'is allowed to' as 'may'
        ("The club may lodge a fresh appeal.", "The club is free to lodge a fresh appeal."),
        ("The quarry may continue blasting rock until May.", "The quarry is allowed to keep blasting rock until May."),
        # a timetable answers an expectation
        ("The first 40 flats should be ready in the spring.", "Forty of the flats are due to be ready in the spring."),
        # an estimate and an approximate figure
        ("The bridge will cost an estimated 18 million crowns.", "The bridge's cost is put at approximately 18 million crowns."),
        # a belief over a copula
        ("The keeper went off with a suspected broken wrist.", "The keeper went off with what is thought to be a broken wrist."),
    ]:
        assert not of_type(serious(reference, candidate), FindingType.MODALITY), candidate
    # the hedge dropped is still a finding
    dropped = serious("The stolen bikes were allegedly sold to a dealer in Varn.", "The stolen bikes were sold to a dealer in Varn.")
    assert of_type(dropped, FindingType.MODALITY)
    dropped = serious("The club may lodge a fresh appeal.", "The club will lodge a fresh appeal.")
    assert of_type(dropped, FindingType.MODALITY)


def test_a_passive_of_reckoning_keeps_the_claim_someones():
    reference = "According to its calculations, the comet will pass some 3 million kilometres from Earth."
    assert not of_type(serious(reference, "The comet is calculated to pass some 3 million km from Earth."), FindingType.ATTRIBUTION)
    assert of_type(serious(reference, "The comet will pass some 3 million km from Earth."), FindingType.ATTRIBUTION)


def test_amounts_said_another_way_are_read_as_the_same_amount():
    assert ("a quarter of a point", 0.25, 0.25, "pp") in quantities("The bank raised its rate by a quarter of a point to 3.5%.")
    assert ("25-basis-point", 0.25, 0.25, "pp") in quantities("Two members wanted a 25-basis-point cut.")
    snow = quantities("Heavy snow is due. Between 20 and 35 cm may fall on the hills.")
    assert ("20 and 35 cm", 20.0, 35.0, "cm") in snow  # the tagger takes 'Between 20 and' for a date
    assert not quantities("The fair runs on 14 and 15 June.")  # two days of a month
    months = quantities("The road will be shut over the next year and a half.")
    assert len(months) == 1 and months[0][0] == "year and a half"
    # a unit of time with no number and no half is a date's word: the length after it stays a length of its own
    assert quantities("Last month, two weeks were lost to strikes.") == [("two weeks", 2.0, 2.0, "weeks")]
    reference = "The town will close the Mill Lane pool for eighteen months while a new hall is built on the site."
    candidate = "The Mill Lane pool will shut so that a new hall can be built there over the next year and a half."
    assert not serious(reference, candidate)


def test_a_remainder_of_money_is_worked_out_and_another_figure_is_not():
    reference = "The scheme will cost 80 million dollars, of which the state will pay 50 million and the port the rest."
    worked_out = serious(reference, "Of the $80m cost, the state will pay $50m and the port the other $30m.", "summary")
    assert not of_type(worked_out, FindingType.NUMBER)
    changed = serious(reference, "Of the $80m cost, the state will pay $50m and the port the other $35m.", "summary")
    assert of_type(changed, FindingType.NUMBER)


def test_the_last_time_said_both_ways_is_no_denial():
    reference = "The Marsh harrier was last seen in the valley in 2004."
    assert not of_type(serious(reference, "The Marsh harrier had not been seen in the valley since 2004."), FindingType.POLARITY)
    assert of_type(serious(reference, "The Marsh harrier was not seen in the valley in 2004."), FindingType.POLARITY)


def test_a_verb_that_denies_stands_for_not():
    reference = "Forecasters warned of snow on the hills. The police urged motorists to avoid unnecessary trips over the Kell Pass."
    candidate = "Forecasters warned of snow on the hills. The police asked motorists not to make unnecessary trips over the Kell Pass."
    assert not of_type(serious(reference, candidate), FindingType.EVENT)


def test_an_opposite_in_a_neighbouring_sentence_is_no_conflict_where_the_aligned_one_agrees():
    reference = (
        "Forecasters at the Dunmere office issued a frost warning for the valleys. "
        "The warning follows a week in which night temperatures fell to minus 9. "
        "Temperatures are expected to rise at the weekend."
    )
    candidate = (
        "The Dunmere forecasting office has put out a frost warning for the valleys. "
        "It comes after a week of night-time lows of minus 9. "
        "At the weekend, temperatures should climb."
    )
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)
    fell = candidate.replace("temperatures should climb", "temperatures should fall")
    assert of_type(serious(reference, fell), FindingType.POLARITY)


def test_a_description_is_no_other_participant_of_its_own_clause():
    # 'the agency' that Garrow Bank sued is not Garrow Bank: no antecedent among the clause's other participants
    for text, description in [
        ("Garrow Bank sued the agency in May.", "the agency"),
        ("Welloch Council will be merged into the county authority next year.", "the county authority"),
    ]:
        frame = analyse(source_from_text(text, "t")).frames[0]
        arg = next(a for a in frame.args if text[a.start : a.end] == description)
        assert not arg.resolved and not arg.mentions
    text = "Garrow Bank bought Tessel Finance last year. Tessel sued the bank in May."
    sued = analyse(source_from_text(text, "t")).frames[1]
    assert [m.text for a in sued.args if a.resolved for m in a.mentions] == ["Garrow Bank"]  # outside the clause: still


def test_words_that_only_open_a_sentence_are_no_names():
    reference = "Crossings will leave Harwick at 9 p.m. every night."
    candidate = "Boats will leave Harwick at 21:00 every night."
    assert not of_type(serious(reference, candidate), FindingType.ENTITY)
    # a short title word is itself: 'local GP' and 'Local GP' are one post
    reference = "Local GP Dr Ines Farrow said patients should rest."
    candidate = "Patients should rest, local GP Dr Ines Farrow said."
    assert not of_type(serious(reference, candidate), FindingType.ENTITY)


def test_unless_and_only_if_say_the_same():
    reference = (
        "Stock levels at the Wendle reservoir have dropped to 30 percent. "
        "The board said levels would only recover if the coming weeks brought heavy rain."
    )
    candidate = "The Wendle reservoir is only 30% full. Unless the weeks ahead bring heavy rain, the board said, levels will not recover."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)
    denied = serious("The plant will reopen if the tests come back clean.", "The plant will not reopen if the tests come back clean.")
    assert of_type(denied, FindingType.POLARITY)


def test_one_denial_said_from_the_other_side_is_no_swapped_contrast():
    reference = "The board stresses that the bacterium does not pass to humans through the consumption of pork or beef."
    candidate = "Eating pork or beef does not transmit the bacterium to people, the board emphasised."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)
    reference = "The flooding was not caused by the storm but reflected a blocked culvert."
    swapped = "The flooding was the result of the storm, not of a blocked culvert."
    assert of_type(serious(reference, swapped), FindingType.POLARITY)


def test_a_possibility_told_as_a_certainty_under_a_warning_is_found():
    # the two sentences' words are paired by their own positions: a word of one is never scored against the other's
    reference = "The drought affecting the Orrin plain since last autumn could reduce this year's maize harvest by up to 25 percent, "
    reference += "the regional chamber of agriculture warned on Tuesday."
    candidate = "On Tuesday the regional chamber of agriculture warned that the drought gripping the Orrin plain since last autumn "
    assert of_type(serious(reference, candidate + "will cut this year's maize harvest by as much as 25%."), FindingType.MODALITY)
    assert not of_type(serious(reference, candidate + "may cut this year's maize harvest by as much as 25%."), FindingType.MODALITY)


def test_a_sentence_said_again_in_other_words_is_a_repetition_whatever_else_it_is_linked_to():
    reference = (
        "Harwick Town won the league on Saturday. Striker Tom Elland scored both goals, taking his tally to 29, a club record. "
        "Elland headed the winner in the 86th minute."
    )
    candidate = (
        "Harwick Town have won the league. Tom Elland netted both goals, the second an 86th-minute header, to reach a club-record 29. "
        "Elland's two goals, the second a late header, took him to a club-record 29."
    )
    ref, cand = (analyse(source_from_text(t, n)) for t, n in ((reference, "r"), (candidate, "c")))
    link(ref.entities, cand.entities)
    sim = similarity_matrix(ref, cand)
    # the later sentence also linked to the sentence of the header, the earlier one only to the one it renders best
    links = {(0, 0), (1, 1), (1, 2), (2, 2)}
    sim[1, 2] = sim[:, 2].max() + 0.01
    ctx = Context(ref, cand, Alignment(sim, links), "summary")
    assert list(restated_sentences(ctx, set())) == [(1, 2)]


def test_a_word_with_un_before_it_says_the_opposite():
    reference = "Most of the 40 cases were among unvaccinated adults, the clinic said."
    flipped = serious(reference, "Most of the 40 cases were among adults who had been vaccinated, the clinic said.")
    assert of_type(flipped, FindingType.POLARITY)
    kept = serious(reference, "Most of the 40 cases were among adults who had not been vaccinated, the clinic said.")
    assert not of_type(kept, FindingType.POLARITY)


def test_a_length_of_time_with_a_word_before_its_unit_keeps_its_rate():
    assert ("two extra days a week", 2.0, 2.0, "days") in quantities("The crews may fish two extra days a week.")
    reference = "The ministry will let the crews fish an additional two days a month in winter."
    assert of_type(serious(reference, "The ministry will let the crews fish two extra days a week in winter."), FindingType.NUMBER)
    assert not of_type(serious(reference, "The ministry will let the crews fish two extra days a month in winter."), FindingType.NUMBER)
    # a count of lengths is their total: 'three one-day strikes' are three days
    reference = "The dispute led to three one-day strikes at the Orle depot this year."
    walked_out = "The dispute saw staff at the Orle depot walk out on {} separate days this year."
    assert not of_type(serious(reference, walked_out.format("three")), FindingType.NUMBER)
    assert of_type(serious(reference, walked_out.format("four")), FindingType.NUMBER)


def test_how_often_said_in_one_word_is_the_time_between():
    assert ("fortnightly", 2.0, 2.0, "weeks") in quantities("The measures will be reassessed fortnightly.")
    assert quantities("Tenants pay 450 dollars monthly.") == [("450 dollars monthly", 450.0, 450.0, "USD")]  # a rate
    reference = "Water use in Dellby is limited to 120 litres a day per person, and the restrictions will be reviewed every two weeks."
    candidate = "Each person in Dellby may use no more than 120 litres a day. The measures will be reassessed fortnightly."
    found = serious(reference, candidate, "translation")
    assert not of_type(found, FindingType.OMISSION) and not of_type(found, FindingType.ADDITION)


def test_bounds_alternatives_and_instructions_are_no_denials_or_sources():
    # 'no more than' bounds an amount; 'whether or not' is both ways
    reference = "The dairy usually bottles about 90,000 litres a week; this week it expects no more than 60,000."
    at_most = "Instead of the usual 90,000 litres or so, the dairy expects to bottle 60,000 at most this week."
    assert not of_type(serious(reference, at_most), FindingType.POLARITY)
    reference = "The novel follows two brothers who return to the family mill to decide whether to sell it."
    both_ways = "It tells of two brothers who go back to the family mill to decide whether or not to sell it."
    assert not of_type(serious(reference, both_ways), FindingType.POLARITY)
    # staff told to stay at home were given an instruction, not a claim to pass on
    reference = "About 300 workers have been told to stay at home on full pay while engineers inspect the plant."
    sent_home = "While engineers inspect the plant, roughly 300 workers have been sent home on full pay."
    assert not of_type(serious(reference, sent_home), FindingType.ATTRIBUTION)
    # what someone could not say is a fact, not a possibility
    reference = "The operator said it could not yet say when the line would reopen."
    assert not of_type(serious(reference, "The operator said it was too early to say when the line would reopen."), FindingType.MODALITY)


def test_this_saturday_a_sentence_from_six_years_to_four_and_a_half_and_twelve_months_ago():
    reference = "The Harrow Street baths will reopen on Saturday after a 14-month refit, the council said."
    this_saturday = "After a 14-month refit, the Harrow Street baths reopen this Saturday, according to the council."
    assert not of_type(serious(reference, this_saturday), FindingType.DATE)
    assert ("four and a half", 4.5, 4.5, "") in quantities("The court cut his sentence from six years to four and a half.")
    reference = "The court cut his sentence from six years to four and a half, citing his health."
    reduced = "Citing his health, the court reduced the six-year sentence to four years and six months."
    assert not of_type(serious(reference, reduced), FindingType.NUMBER)
    reference = "The average wait fell to 9 weeks, compared with 15 weeks a year ago."
    assert not of_type(serious(reference, "The average wait is now 9 weeks, down from 15 weeks twelve months ago."), FindingType.NUMBER)


def test_a_short_sentence_said_as_a_clause_of_the_one_before_is_no_addition():
    reference = (
        "Tollan Buses will add four evening services on the route from May. The last bus will now leave at 11.30pm. "
        "Fares will not change. The council is paying for the extra services."
    )
    candidate = (
        "From May, Tollan Buses will run four more evening services on the route. The final departure will now be at 11.30pm, "
        "and ticket prices will stay the same. The extra services are funded by the council."
    )
    assert not of_type(serious(reference, candidate), FindingType.ADDITION)


def test_two_names_written_as_one_are_parts_of_one_name():
    from types import SimpleNamespace

    from factdiff.checks.entities import _parts_of_one_name

    texts = SimpleNamespace(
        reference=SimpleNamespace(text="The council of San Telmo del Rey passed the budget."),
        candidate=SimpleNamespace(text="San Telmo del Rey's council passed the budget."),
    )
    first, last = SimpleNamespace(text="San Telmo"), SimpleNamespace(text="Rey")
    assert _parts_of_one_name(texts, first, last) and _parts_of_one_name(texts, last, first)
    assert not _parts_of_one_name(texts, first, SimpleNamespace(text="Orvel"))


def test_a_passive_infinitive_has_its_governors_subject_as_the_one_it_is_done_to():
    reference = "The bakery chain Morrel Foods has agreed to buy its smaller rival Pennick Bread for 80 million pounds."
    swapped = "Morrel Foods is to be taken over by its smaller rival Pennick Bread for 80 million pounds."
    assert of_type(serious(reference, swapped), FindingType.ROLE)
    kept = "Pennick Bread is to be taken over by the bakery chain Morrel Foods for 80 million pounds."
    assert not of_type(serious(reference, kept), FindingType.ROLE)


def test_welcoming_and_criticising_a_decision_are_opposite_stances():
    reference = "Residents' groups welcomed the decision to close the Tarn Road tip."
    assert of_type(serious(reference, "Residents' groups criticised the decision to close the Tarn Road tip."), FindingType.POLARITY)
    assert not of_type(serious(reference, "Residents' groups praised the decision to close the Tarn Road tip."), FindingType.POLARITY)


def test_a_claim_given_to_a_party_the_reference_describes_elsewhere_moved():
    reference = (
        "Builders clearing a site near Farrow have found the remains of a medieval kiln. "
        "Site manager Dr Ellis Marr said pottery found nearby suggested the kiln was used around 1350. "
        "The regional heritage office, which is paying for the survey, said the finds would be shown at Farrow library next year."
    )
    moved = (
        "The remains of a medieval kiln have been found by builders clearing a site near Farrow. "
        "Pottery found nearby suggests the kiln was in use around 1350, according to the regional heritage office. "
        "The heritage office, which is funding the survey, said the finds would go on show at Farrow library next year."
    )
    assert of_type(serious(reference, moved), FindingType.ATTRIBUTION)
    kept = moved.replace("according to the regional heritage office", "according to site manager Dr Ellis Marr")
    assert not of_type(serious(reference, kept), FindingType.ATTRIBUTION)


def test_a_sitting_councillor_is_the_incumbent_and_a_former_one_is_not():
    reference = "The count showed incumbent councillor Ruth Marrow on 4,100 votes."
    assert not of_type(serious(reference, "The count showed sitting councillor Ruth Marrow on 4,100 votes."), FindingType.ENTITY)
    assert of_type(serious(reference, "The count showed former councillor Ruth Marrow on 4,100 votes."), FindingType.ENTITY)


def test_a_denial_the_aligned_sentence_makes_too_is_no_flip_of_a_neighbouring_statement():
    reference = (
        "Officials in Orrin have ordered a full recount of Sunday's vote. The margin was just 31 ballots. "
        "The rival campaign had asked for a recount, but the returning officer said the recount was required by law "
        "and was not a response to any complaint."
    )
    candidate = (
        "Officials in Orrin have ordered every vote of Sunday's election to be counted again. Only 31 ballots separated the "
        "two. The rival campaign had requested a recount, but the returning officer said the law required one and that "
        "it had not been ordered in response to any complaint."
    )
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)
