"""Readings from stop 64: the reference's one calendar day changed; a ceiling or a floor against a rough figure; a
matter weighed by its noun; 'sold to' / 'bought by' in the passive; 'the first time ... since' as a denial; 'belonging
to' gives no recipient; a multiple of the sentence's own figure; a gap told with a comparative; days set apart ('not at
weekends'); 'may not' as a ban; a plain verb told in another sentence; a plain verb over a hedged clause; a choice of
options; 'except' against 'including'; a claim moved from 'she' to another speaker; a phrase said twice in one
sentence; a superlative told as 'more than in any year'.

Every text here is made up for the test; none comes from the seed, the challenge or the evaluation sets.
"""

from __future__ import annotations

from helpers import of_type, serious

from factdiff import compare
from factdiff.model import FindingType

# --- dates -----------------------------------------------------------------------------------------------------------


def test_the_references_one_day_changed_in_a_clause_of_other_words():
    reference = (
        "Anglers fishing within 200 metres of the weir will need a licence under rules set out by the river board on "
        "Tuesday. The board said the rule, which takes effect from 1 March, was meant to protect spawning grounds."
    )
    candidate = "From 1 April, anglers fishing within 200 metres of the weir will need a licence, the river board has said."
    found = of_type(serious(reference, candidate, "summary"), FindingType.DATE)
    assert found and found[0].candidate_span.text == "1 April"
    kept = candidate.replace("1 April", "1 March")
    assert not of_type(serious(reference, kept, "summary"), FindingType.DATE)


def test_days_set_apart_are_the_other_days_of_the_week():
    reference = "The council agreed to let the market trade from 9am to 2pm on weekdays only."
    candidate = "The council agreed to let the market trade from 9am to 2pm, though not at weekends."
    assert not of_type(serious(reference, candidate), FindingType.DATE)
    wrong = "The council agreed to let the market trade from 9am to 2pm, though not on weekdays."
    assert of_type(serious(reference, wrong), FindingType.DATE)


# --- numbers ---------------------------------------------------------------------------------------------------------


def test_a_ceiling_below_a_rough_figure_is_another_figure():
    reference = "The bakery chain has recalled around 48,000 loaves of seeded bread after complaints about grit."
    candidate = "Nearly 45,000 loaves of seeded bread have been recalled by the bakery chain after complaints about grit."
    found = of_type(serious(reference, candidate), FindingType.NUMBER)
    assert found and found[0].candidate_span.text.lower().startswith("nearly")
    floor = candidate.replace("Nearly 45,000", "More than 45,000")
    assert not of_type(serious(reference, floor), FindingType.NUMBER)


def test_a_multiple_of_the_sentences_own_figure():
    reference = "Nurses rejected a 2.5 per cent pay offer last week; their union is asking for 5 per cent."
    candidate = "Nurses turned down a 2.5% offer last week and want twice that."
    assert not serious(reference, candidate, "summary")
    wrong = "Nurses turned down a 2.5% offer last week and want triple that."
    assert of_type(serious(reference, wrong, "summary"), FindingType.NUMBER)


def test_a_gap_told_with_a_comparative():
    reference = (
        "The giant pumpkin weighed 1,145 kilograms, judges at the county show confirmed. "
        "It beat the show's previous best of 980 kilograms, grown in 2019."
    )
    candidate = "The giant pumpkin weighed 1,145kg, judges confirmed. The previous best, grown in 2019, was 980kg – 165kg lighter."
    assert not of_type(serious(reference, candidate), FindingType.NUMBER)
    wrong = candidate.replace("165kg", "125kg")
    assert of_type(serious(reference, wrong), FindingType.NUMBER)


def test_a_baseline_compared_with_is_no_addition():
    reference = "Wardens counted 2,300 nesting terns this year, down from 3,100 in 2020."
    candidate = "Wardens recorded 2,300 nesting terns this year, compared with 3,100 four years earlier."
    assert not of_type(serious(reference, candidate), FindingType.ADDITION)


# --- polarity --------------------------------------------------------------------------------------------------------


def test_sold_to_and_bought_by_in_the_passive():
    reference = "Brindle & Hope, the printer of the Coastal Tide Tables since 1901, has been sold to the publisher Marlow House."
    candidate = "Brindle & Hope, printer of the Coastal Tide Tables since 1901, has been bought by publisher Marlow House."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_the_first_time_since_is_a_denial_since():
    reference = "It will be the first time the tapestry has left the cathedral since 1962, the chapter said."
    candidate = "The tapestry has not left the cathedral since 1962, the chapter said."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_except_against_including():
    reference = "The fungus attacks every part of the plant except the roots, the researchers said."
    candidate = "The fungus attacks every part of the plant, including the roots, the researchers said."
    found = of_type(serious(reference, candidate), FindingType.POLARITY)
    assert found and found[0].candidate_span.text == "including"
    same = "The fungus attacks every part of the plant excluding the roots, the researchers said."
    assert not of_type(serious(reference, same), FindingType.POLARITY)


# --- roles -----------------------------------------------------------------------------------------------------------


def test_belonging_to_gives_no_recipient():
    reference = "The Harwick Parish Archive has agreed to lend its oldest map, the Fenby Chart, to the Coastal Museum."
    candidate = "The Fenby Chart, the oldest map belonging to the Harwick Parish Archive, is to be lent to the Coastal Museum."
    assert not of_type(serious(reference, candidate), FindingType.ROLE)


# --- modality --------------------------------------------------------------------------------------------------------


def test_a_weighed_scheme_told_as_what_will_be_done():
    reference = (
        "Owners of unlicensed air rifles will have six months to register them. The ministry said it was considering a "
        "compensation scheme for those who hand weapons in, but no decision had been made."
    )
    candidate = (
        "Owners of unlicensed air rifles will have six months to register them, and the ministry said they will be "
        "compensated for any weapons they hand in."
    )
    found = of_type(serious(reference, candidate), FindingType.MODALITY)
    assert found and "compensated" in found[0].candidate_span.text


def test_may_not_as_a_ban():
    reference = "The developer must keep the chapel's bell tower and may not fit solar panels on the listed roof."
    candidate = "The developer has to keep the chapel's bell tower and is barred from putting solar panels on the listed roof."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)


def test_a_plain_verb_told_in_another_sentence():
    reference = (
        "A man has been jailed for trying to smuggle 31 tortoises into the country. "
        "Border officers at Kelby port found the animals wrapped in cloth in the boot of his car."
    )
    candidate = "Border officers at Kelby port found 31 tortoises wrapped in cloth in the boot of his car."
    assert not of_type(serious(reference, candidate, "summary"), FindingType.MODALITY)


def test_a_plain_verb_over_what_the_reference_hedges():
    reference = "The find may suggest that the beetle is moving north, the society said."
    candidate = "The society said the find proves that the beetle is moving north."
    found = of_type(serious(reference, candidate), FindingType.MODALITY)
    assert found and "proves" in found[0].candidate_span.text


def test_a_choice_of_options_keeps_its_hedge():
    reference = "The club said that members would get their fees back within a month, or that they could keep their places for next season."
    candidate = "The club said members could either get a refund within a month or keep their places for next season."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)


# --- attribution -----------------------------------------------------------------------------------------------------


def test_a_claim_moved_from_she_to_another_speaker():
    reference = (
        "Auctioneer Paul Brankley said the clock had drawn bids from nine countries. "
        "Historian Dr Ruth Okoye said it was a rare survivor, though she warned that its case before 1880 was not fully recorded."
    )
    candidate = (
        "Auctioneer Paul Brankley said bidders in nine countries had shown interest in the clock. "
        "Brankley warned that the clock's history before 1880 was not fully recorded."
    )
    found = of_type(serious(reference, candidate), FindingType.ATTRIBUTION)
    assert found and "Brankley" in found[0].candidate_span.text


# --- repetition and omission -----------------------------------------------------------------------------------------


def test_a_phrase_said_twice_in_one_sentence():
    reference = "The bats were counted during nine dawn surveys between early June and late August."
    candidate = "The bats were counted on nine dawn surveys between early June and late August, on nine dawn surveys."
    found = of_type(serious(reference, candidate, "translation"), FindingType.REPETITION)
    assert found and found[0].candidate_span.text == "on nine dawn surveys"


def test_a_superlative_told_as_more_than_in_any_year():
    reference = "Volunteers counted 212 otters on the river this spring, the highest number since the count began in 1998."
    candidate = "Volunteers counted 212 otters on the river this spring, more than in any year since counting began in 1998."
    assert not of_type(serious(reference, candidate), FindingType.OMISSION)


def test_a_finding_is_still_typed_and_placed():
    report = compare("The union is seeking 4 per cent.", "The union is seeking 9 per cent.")
    assert [f.type for f in report.findings if f.candidate_span and f.candidate_span.text.startswith("9")] == [FindingType.NUMBER]


# --- after the first full run: more readings and guards ------------------------------------------------------------


def test_sold_to_against_bought_by_in_the_passive_from_the_active():
    reference = "Halden Mills has sold its knitwear division to the Corrie Group for £14m, the companies said."
    candidate = "Halden Mills' knitwear division has been bought by the Corrie Group for £14m, the companies said."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)
    swapped = "Halden Mills has bought the knitwear division of the Corrie Group for £14m, the companies said."
    assert of_type(serious(reference, swapped), FindingType.POLARITY)


def test_no_change_against_staying_the_same():
    reference = "The operator said fares and timetables would stay the same after the merger."
    candidate = "The operator said there would be no change to fares or timetables after the merger."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_not_left_against_stayed_is_no_lost_denial():
    reference = "The museum has lent the carved altar to the Fenwick Gallery for a year. The altar has not left the abbey for six decades."
    candidate = "The Fenwick Gallery has borrowed the carved altar from the museum for a year. It has stayed in the abbey for sixty years."
    assert not of_type(serious(reference, candidate, "translation"), FindingType.OMISSION)


def test_a_rank_the_reference_gives_as_a_record():
    reference = "About 12,000 people watched the regatta on Saturday, the organisers said, a record for the event."
    candidate = "The organisers said about 12,000 people watched the regatta on Saturday, the largest crowd it has drawn."
    assert not of_type(serious(reference, candidate), FindingType.ADDITION)


def test_one_of_the_highest_is_not_the_highest():
    reference = "Pelby now has the highest vacancy rate for nurses in the region, the health board said."
    candidate = "Pelby now has one of the highest vacancy rates for nurses in the region, the health board said."
    found = of_type(serious(reference, candidate), FindingType.NUMBER)
    assert found and found[0].candidate_span.text.startswith("one of the highest")
    among = "Pelby's vacancy rate for nurses is now the highest in the region, the health board said."
    assert not of_type(serious(reference, among), FindingType.NUMBER)


def test_a_year_inside_words_the_date_parser_cannot_read():
    reference = "Rents in Halby rose by 9% in the year to March, the fastest rise since 2008, the agency said."
    candidate = "Rents in Halby rose 9% in the year to March, a faster rise than in any year since 1998, the agency said."
    found = of_type(serious(reference, candidate, "summary"), FindingType.DATE)
    assert found and found[0].candidate_span.text == "1998"
    kept = candidate.replace("1998", "2008")
    assert not of_type(serious(reference, kept, "summary"), FindingType.DATE)


def test_apart_from_against_including():
    reference = "All the town's libraries, apart from the mobile library, will close on Mondays from June."
    candidate = "All the town's libraries, including the mobile library, will close on Mondays from June."
    found = of_type(serious(reference, candidate), FindingType.POLARITY)
    assert found and found[0].candidate_span.text == "including"


def test_days_excepted_after_them():
    reference = "The ferry will run twice a day except on Sundays from May."
    candidate = "From May the ferry will run twice daily, Sundays excepted."
    assert not of_type(serious(reference, candidate), FindingType.DATE)


def test_another_verb_in_a_clause_of_time_anchored_by_its_year():
    reference = "The mill, built in 1840, made blankets for the army until it closed in 1958."
    candidate = "Built in 1840, the mill supplied the army with blankets until it was sold in 1958."
    found = of_type(serious(reference, candidate, "translation"), FindingType.EVENT)
    assert found and found[0].candidate_span.text == "sold"
    reworded = "Built in 1840, the mill supplied the army with blankets until it shut in 1958."
    assert not of_type(serious(reference, reworded, "translation"), FindingType.EVENT)


def test_taken_over_by_against_passing_to():
    reference = "Her bakery will be taken over by her nephew, Tomas Reyes, who has worked there for six years."
    candidate = "The bakery will pass to her nephew, Tomas Reyes, who has been working there for six years."
    assert not of_type(serious(reference, candidate, "translation"), FindingType.ROLE)


def test_a_pronoun_speaker_against_a_description_of_the_same_party():
    reference = "The charity Paws Ahead opened a centre on Monday, which it says will let it train 90 dogs a year."
    candidate = "Paws Ahead opened a centre on Monday which the charity says will let it train 90 dogs a year."
    assert not of_type(serious(reference, candidate), FindingType.ATTRIBUTION)


def test_a_speaker_that_is_what_the_claim_is_about():
    reference = (
        "The Marine Agency said laboratory tests had confirmed the H7N9 strain in samples from 12 of the 15 sites tested. "
        "Beaches near Corran have been closed."
    )
    candidate = "Beaches near Corran have been closed, with H7N9 confirmed at 12 of 15 sites tested."
    assert not of_type(serious(reference, candidate, "summary"), FindingType.ATTRIBUTION)


def test_parties_trading_places_across_two_deeds():
    reference = "The Harlow boathouse, owned by the Rowing Heritage Trust, will be handed to the parish council next spring."
    candidate = "The Harlow boathouse, owned by the parish council, will be handed to the Rowing Heritage Trust next spring."
    found = of_type(serious(reference, candidate), FindingType.ROLE)
    assert found and "owned by the parish council" in found[0].candidate_span.text
    same = "The Harlow boathouse, which the Rowing Heritage Trust owns, will be handed to the parish council next spring."
    assert not of_type(serious(reference, same), FindingType.ROLE)


def test_a_possibility_examined_told_as_promised():
    reference = "The ministry is examining the possibility of financial aid for growers whose orchards were hit by frost."
    candidate = "The ministry has promised financial support for growers whose orchards were hit by frost."
    found = of_type(serious(reference, candidate, "translation"), FindingType.MODALITY)
    assert found and "promised" in found[0].candidate_span.text
    kept = "The ministry is looking into whether it can offer financial support to growers whose orchards were hit by frost."
    assert not of_type(serious(reference, kept, "translation"), FindingType.MODALITY)
