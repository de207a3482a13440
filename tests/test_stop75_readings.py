"""Readings from stop 75: a date after a length ('pushed back by a year to May 2027'), a month-to-month range written
with hyphens, one night told by the day it ends, edges of a part of the day, a participle's noun as what its date dates;
'half-hourly'; two steps of a rise; 'part of' a thing; a weighed thing told as provided; a name set after a description's
'of' phrase; outcomes of an event named by its kind, supposed, or a stoppage suspended or ended; a body called by its
kind; questions, double denials, inabilities and hedged figures that are not flips; a worry cited; a body's name in a
post; two deeds against one party; one supplier replaced by another.

Every text here is made up for the test; none comes from the seed, the challenge or the evaluation sets.
"""

from __future__ import annotations

from helpers import of_type, serious

from factdiff import compare
from factdiff.analyse.document import analyse
from factdiff.model import FindingType
from factdiff.read import source_from_text

# --- dates -----------------------------------------------------------------------------------------------------------


def test_a_date_after_a_length_is_read_as_that_date():
    reference = "The new swimming pool will open in September 2027, a year later than first planned, the council said on Monday."
    moved = "The council said on Monday that the opening of the new swimming pool has been pushed back by a year to September 2028."
    found = of_type(serious(reference, moved), FindingType.DATE)
    assert found and found[0].candidate_span.text == "September 2028"
    kept = "The council said on Monday that the opening of the new swimming pool has been pushed back by a year to September 2027."
    assert not of_type(serious(reference, kept), FindingType.DATE)


def test_a_participle_dates_the_noun_it_describes():
    reference = (
        "A farmer from the Lorne valley has won the top prize in the county cattle show. The winning heifer, bought in "
        "April 2019, had been shown four times before. A second prize went to a breeder whose bull was bought in June 2022."
    )
    swapped = "A Lorne valley farmer won the county show's top prize with a heifer he bought in June 2022."
    found = of_type(serious(reference, swapped, "summary"), FindingType.DATE)
    assert found and found[0].candidate_span.text == "June 2022"
    kept = "A Lorne valley farmer won the county show's top prize with a heifer he bought in April 2019."
    assert not of_type(serious(reference, kept, "summary"), FindingType.DATE)


def test_a_month_to_month_range_written_with_hyphens():
    dates = analyse(source_from_text("Surveys must be done in the newts' March-to-August breeding season.", "t")).dates
    assert [(d.text, d.low.month, d.high.month) for d in dates] == [("March-to-August", 3, 8)]


def test_one_night_told_by_the_day_it_ends():
    reference = "Thieves broke into the depot on Saturday night and took 40 bicycles, police said."
    faithful = "Police said 40 bicycles were taken when thieves broke into the depot during the night to Sunday."
    assert not of_type(serious(reference, faithful), FindingType.DATE)
    other = "Police said 40 bicycles were taken when thieves broke into the depot during the night to Monday."
    assert of_type(serious(reference, other), FindingType.DATE)


def test_the_edges_of_a_part_of_the_day():
    reference = "Drivers complained that the car park was full by early afternoon on most weekdays."
    late = "Drivers complained that the car park was full by late afternoon on most weekdays."
    found = of_type(serious(reference, late), FindingType.DATE)
    assert found and found[0].candidate_span.text == "late afternoon"
    faithful = "Drivers complained that the car park filled up early in the afternoon on most weekdays."
    assert not of_type(serious(reference, faithful), FindingType.DATE)


def test_every_weekday_of_a_list():
    reference = "The clinic will open in the church hall every Monday and Thursday from 9am, the trust said."
    faithful = "The trust said the clinic will open in the church hall on Mondays and Thursdays from 9am."
    assert not of_type(serious(reference, faithful), FindingType.DATE)
    other = "The trust said the clinic will open in the church hall on Mondays and Fridays from 9am."
    assert of_type(serious(reference, other), FindingType.DATE)


# --- numbers and omissions -------------------------------------------------------------------------------------------


def test_half_hourly_is_every_half_hour():
    reference = "Buses will run every half hour on Sundays and every 15 minutes on weekdays."
    faithful = "Buses will run half-hourly on Sundays and every 15 minutes on weekdays."
    assert not of_type(serious(reference, faithful), FindingType.NUMBER)


def test_two_steps_of_a_rise_are_no_level_and_its_start():
    reference = (
        "Nurses have accepted a pay offer worth 6.5 per cent over two years. Under the deal, basic pay will rise by 4 per "
        "cent from July, with a further 2.5 per cent next April."
    )
    faithful = "Nurses have accepted a 6.5% pay offer spread over two years. Basic pay rises 4% from July and a further 2.5% next April."
    assert not of_type(serious(reference, faithful, "summary"), FindingType.NUMBER)


def test_part_of_a_thing_left_out():
    reference = "The trust plans to sell part of the old orchard to pay for repairs to the chapel roof."
    whole = "The trust plans to sell the old orchard to pay for repairs to the chapel roof."
    found = of_type(serious(reference, whole), FindingType.OMISSION)
    assert found and "part" in found[0].reference_span.text
    faithful = "The trust plans to sell a section of the old orchard to pay for repairs to the chapel roof."
    assert not of_type(serious(reference, faithful), FindingType.OMISSION)


# --- modality --------------------------------------------------------------------------------------------------------


def test_a_weighed_thing_told_as_provided():
    reference = "The school said it was considering a second minibus for pupils from the outlying farms."
    provided = "A second minibus will be provided for pupils from the outlying farms, the school said."
    assert of_type(serious(reference, provided), FindingType.MODALITY)
    faithful = "A second minibus for pupils from the outlying farms is being considered, the school said."
    assert not of_type(serious(reference, faithful), FindingType.MODALITY)


def test_could_no_longer_afford_is_no_hedge():
    reference = "The owner said the bakery could no longer afford the rent on its town-centre shop."
    faithful = "The owner said the rent on the bakery's town-centre shop had become unaffordable."
    assert not of_type(serious(reference, faithful), FindingType.MODALITY)


def test_a_figure_hedged_by_an_adverb():
    reference = (
        "Marlo plans to open its first store in Leeds next spring, its chief executive told investors on Monday. She "
        "added that rents there could be as high as 90,000 pounds a year, though no lease had been signed."
    )
    faithful = (
        "Marlo intends to open its first Leeds store next spring, possibly paying rents as high as 90,000 pounds a year, "
        "though no lease has been signed, its chief executive told investors."
    )
    assert not of_type(serious(reference, faithful, "summary"), FindingType.MODALITY)


# --- polarity --------------------------------------------------------------------------------------------------------


def test_leave_and_a_ban_for_two_things_in_one_sentence():
    reference = "Horses will be allowed on the new bridleway, but the council said it would not permit motorbikes on the path."
    faithful = "Horses on the new bridleway will be welcome, though the council says motorbikes on the path will not be permitted."
    assert not of_type(serious(reference, faithful), FindingType.POLARITY)


def test_a_question_neither_says_nor_denies():
    reference = "The driver was arrested on Friday. He has not been charged. Prosecutors have until Monday to decide."
    faithful = "The driver was arrested on Friday. By Monday, prosecutors must decide whether to charge him or release him."
    assert not of_type(serious(reference, faithful), FindingType.POLARITY)


def test_not_ruled_out_is_kept_open():
    reference = "The water company has not ruled out further restrictions if the dry spell continues into August."
    faithful = "The water company has kept further restrictions on the table should the dry spell last into August."
    assert not of_type(serious(reference, faithful), FindingType.POLARITY)
    passive = "The water company said further restrictions could not be ruled out if the dry spell continues into August."
    assert not of_type(serious(reference, passive), FindingType.POLARITY)


def test_turned_down_rejects_and_lowers_nothing():
    reference = "Objections raised by local residents were rejected by the licensing panel on Tuesday."
    faithful = "On Tuesday the licensing panel turned down objections from local residents."
    assert not of_type(serious(reference, faithful), FindingType.POLARITY)


# --- roles and events ------------------------------------------------------------------------------------------------


def test_a_name_set_after_the_description_of_a_party():
    reference = "The parish council bought the old forge from the owner of the neighbouring farm, Idris Pugh, last spring."
    swapped = "Last spring Idris Pugh, who owns the neighbouring farm, bought the old forge from the parish council."
    assert of_type(serious(reference, swapped), FindingType.ROLE)


def test_two_deeds_against_one_party_and_one_supplier_replaced():
    reference = (
        "The bakery chain Orvane has sued its former flour supplier Millbrook Grain, saying it delivered damp flour. "
        "Orvane replaced Millbrook with a supplier from Ireland in March."
    )
    faithful = (
        "Millbrook Grain, which used to supply Orvane, is being sued by the bakery chain over deliveries of damp flour. "
        "In March Orvane switched from Millbrook to an Irish supplier."
    )
    assert not of_type(serious(reference, faithful), FindingType.ROLE)


def test_an_outcome_of_a_thing_named_by_its_kind():
    reference = "Organisers of the Wexcombe Kite Festival have postponed this year's event because of high winds."
    cancelled = "The Wexcombe Kite Festival has been called off by its organisers because of high winds."
    assert of_type(serious(reference, cancelled), FindingType.EVENT)


def test_a_supposed_outcome_is_no_telling():
    reference = (
        "Prosecutors have charged the haulier Dunmore Freight over a diesel spill into the River Cale. If convicted, the "
        "firm could face an unlimited fine."
    )
    convicted = "Dunmore Freight has been convicted over a diesel spill into the River Cale."
    assert of_type(serious(reference, convicted, "summary"), FindingType.EVENT)


def test_a_stoppage_suspended_or_ended():
    reference = "Bus drivers at the Kelby depot suspended their strike on Friday while members vote on a new offer."
    ended = "Bus drivers at the Kelby depot ended their strike on Friday while members vote on a new offer."
    assert of_type(serious(reference, ended), FindingType.EVENT)
    faithful = "Bus drivers at the Kelby depot paused their strike on Friday while members vote on a new offer."
    assert not of_type(serious(reference, faithful), FindingType.EVENT)


# --- entities and attribution ----------------------------------------------------------------------------------------


def test_a_body_called_by_its_kind():
    reference = (
        "The Kestrel Space Agency (KSA) successfully launched its third mapping satellite on Sunday. The launch had been "
        "delayed twice. Agency head Dr. Lena Vos called the launch 'a milestone'."
    )
    faithful = (
        "The Kestrel Space Agency launched its third mapping satellite on Sunday after two delays. Lena Vos, who heads the "
        "Kestrel Space Agency, described the launch as 'a milestone'."
    )
    assert not of_type(serious(reference, faithful, "translation"), FindingType.ENTITY)


def test_a_bodys_name_in_a_post():
    reference = "Harbury Athletic chairman Hugo Wrenfield stepped down on Wednesday. He said the decision to leave was his own."
    faithful = "Hugo Wrenfield, chairman of the board since 2016, stepped down on Wednesday, saying the decision to leave was his own."
    assert not of_type(serious(reference, faithful), FindingType.ENTITY)


def test_a_worry_cited_is_still_theirs():
    reference = (
        "Objectors say they are worried about fire risk and noise from cooling fans. The company said the site would be "
        "set back 250 metres from the nearest house."
    )
    faithful = (
        "Opponents cite concerns over the risk of fire and the noise of cooling fans. The site will be set back 250 metres "
        "from the nearest house, the company said."
    )
    assert not of_type(serious(reference, faithful), FindingType.ATTRIBUTION)
    stated = (
        "The site poses a fire risk and its cooling fans are noisy. It will be set back 250 metres from the nearest house, "
        "the company said."
    )
    assert of_type(compare(reference, stated).findings, FindingType.ATTRIBUTION)


def test_a_word_said_elsewhere_of_another_year_is_no_answer():
    reference = (
        "The city has granted permission for this year's parade on 12 June. Last year the city had initially refused "
        "permission, and the parade only took place after a court ruling."
    )
    turned = (
        "The city has given the go-ahead for this year's parade on 12 June. Last year the city initially granted "
        "permission, and the parade only went ahead after a court ruling."
    )
    assert of_type(serious(reference, turned, "translation"), FindingType.POLARITY)


def test_the_rank_of_a_post_set_off_by_a_comma():
    reference = "The jury, chaired by the former health minister Ada Lund, chose the winner from a shortlist of six."
    dropped = "The winner was picked from a shortlist of six by a jury headed by the health minister, Ada Lund."
    found = of_type(serious(reference, dropped, "translation"), FindingType.ENTITY)
    assert found and "former" in found[0].reference_span.text
    kept = "The winner was picked from a shortlist of six by a jury headed by the former health minister, Ada Lund."
    assert not of_type(serious(reference, kept, "translation"), FindingType.ENTITY)
    reference = "The college will halve fees for students from low-income homes, vice-chancellor Ruth Obi said on Tuesday."
    kept = "Students from low-income homes will have their fees halved, the college's vice-chancellor, Ruth Obi, said on Tuesday."
    assert not of_type(serious(reference, kept), FindingType.ENTITY)
    reference = "The studio's lead designer Ines Moro said the new typeface took two years to draw."
    kept = "Its chief designer, Ines Moro, said the new typeface had taken two years to draw."
    assert not of_type(serious(reference, kept), FindingType.ENTITY)


def test_a_week_told_from_another():
    reference = "The results will be published on 3 May. The appeals window will open the following week and close on 28 May."
    moved = "The results will be published on 3 May. The appeals window will open later that week and close on 28 May."
    assert of_type(serious(reference, moved), FindingType.DATE)
    kept = "The results will be published on 3 May. The appeals window will open the next week and close on 28 May."
    assert not of_type(serious(reference, kept), FindingType.DATE)


def test_a_capital_and_the_body_it_stands_for():
    reference = (
        "The European Commission on Tuesday fined the shipping group Ostral 800 million euros for fixing container rates. "
        "Brussels said Ostral had shared price plans with two rivals for six years. The company said it would appeal."
    )
    faithful = (
        "Brussels fined the shipping group Ostral €800m on Tuesday for fixing container rates. The Commission said Ostral "
        "had shared price plans with two rivals for six years. The company said it would appeal."
    )
    assert not of_type(serious(reference, faithful), FindingType.ATTRIBUTION)


def test_a_lawsuit_filed_against_a_party_is_suing_it():
    reference = "The consumer group Fairbill has filed a lawsuit against the water company Aquara over hidden charges."
    turned = "The water company Aquara has sued the consumer group Fairbill over hidden charges."
    assert of_type(serious(reference, turned), FindingType.ROLE)


def test_a_deed_named_by_its_noun_after_a_verb_that_carries_it_out():
    reference = "Marrow Foods has agreed to buy the bakery chain Crumbwell for 20 million pounds."
    turned = "Crumbwell has agreed a £20m takeover of Marrow Foods."
    assert of_type(serious(reference, turned), FindingType.ROLE)
    kept = "Marrow Foods has agreed a £20m takeover of the bakery chain Crumbwell."
    assert not of_type(serious(reference, kept), FindingType.ROLE)


def test_the_lexicon_names_each_list_once():
    import json
    from importlib import resources

    def unique(pairs: list) -> dict:
        keys = [k for k, _ in pairs]
        assert len(keys) == len(set(keys)), sorted(k for k in set(keys) if keys.count(k) > 1)
        return dict(pairs)

    json.loads(resources.files("factdiff.data").joinpath("lexicon.json").read_text(), object_pairs_hook=unique)
