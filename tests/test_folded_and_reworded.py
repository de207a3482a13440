"""The same fact said another way, which a reader takes in at once: two sentences folded into one, 'anticipates' for
'expects', 'new licences will be refused' for 'no new licences will be granted', 'could not keep doing so' for 'could
no longer do so', 'a year and two months' for '14 months', 'lack' for 'without', 'biggest' for 'largest'; and beside
each, the change that the same mechanism must still report.

Every text here is made up for the test; none comes from the seed, the challenge or the evaluation sets.
"""

from __future__ import annotations

from helpers import of_type, quantities, serious

from factdiff.model import FindingType

# ---------------------------------------------------------------------------------------------------------------
# sentences folded together


def test_a_sentence_folded_into_its_neighbour_is_not_left_out():
    reference = (
        "Goat herders in the Morvin hills have lost more than 600 animals to bear attacks since the start of the year, "
        "according to figures released on Tuesday by the district farming office. That is almost double the number "
        "recorded over the same period last year. The office said it would pay 120 euros for each goat killed, and that "
        "claims made before 1 October would be settled within a month. Herders' union leader Ana Petrik said the "
        "payments were too low."
    )
    folded = (
        "Since January, bears have killed over 600 goats belonging to herders in the Morvin area, the district farming "
        "authority reported on Tuesday, nearly twice as many as in the equivalent months of last year. Compensation will "
        "be 120 euros per dead goat, the authority said, adding that claims lodged before 1 October will be settled "
        "within a month. Union leader Ana Petrik said the money was too little."
    )
    dropped = folded.replace(", nearly twice as many as in the equivalent months of last year", "")
    assert not of_type(serious(reference, folded), FindingType.OMISSION)
    assert of_type(serious(reference, dropped), FindingType.OMISSION)


def test_a_summary_sentence_that_joins_two_reference_sentences_is_aligned_with_them():
    from factdiff.align import align
    from factdiff.analyse.document import analyse
    from factdiff.analyse.entities import link
    from factdiff.read import source_from_text

    reference = (
        "Skater Lena Ostrova set a national record of 1:52.40 in the women's 1,500 metres at the Harl Oval on Sunday. "
        "Her time was 0.4 seconds faster than the old mark. "
        "Ostrova, 26, finished third in the race behind two Dutch skaters. "
        "The result secures Ostrova a place in the team for the world championships in Tovel next month, head coach "
        "Piet Danner said. Ostrova later told reporters that she had been struggling with a back injury since January "
        "and had not expected to skate so fast. The federation will name its full team on Friday."
    )
    summary = (
        "Lena Ostrova broke the national 1,500m record on Sunday, though two Dutch skaters beat her to the win. "
        "The time earns the 26-year-old a place at next month's world championships, according to head coach Piet "
        "Danner, despite a back injury that has troubled her since January."
    )
    ref, cand = analyse(source_from_text(reference, "r")), analyse(source_from_text(summary, "c"))
    link(ref.entities, cand.entities)
    assert len(align(ref, cand).refs_for(1)) == 2  # no one sentence is close enough on its own
    assert not of_type(serious(reference, summary, mode="summary"), FindingType.ADDITION)


def test_a_clause_that_rewords_one_whose_verb_is_gone_is_no_addition():
    reference = (
        "The regulator fined the bookmaker 2 million euros. The bookmaker said it regretted the failures, had "
        "already changed its checks and would not appeal."
    )
    reworded = (
        "The regulator fined the bookmaker 2 million euros. The bookmaker said it regretted the failures, had "
        "already changed its checks and announced that it would not challenge the decision."
    )
    added = (
        "The regulator fined the bookmaker 2 million euros. The bookmaker said it regretted the failures, had "
        "already changed its checks, would not appeal and announced that it would close its offices in three towns."
    )
    assert not of_type(serious(reference, reworded), FindingType.ADDITION)
    assert of_type(serious(reference, added), FindingType.ADDITION)


# ---------------------------------------------------------------------------------------------------------------
# hedges


def test_anticipates_is_a_belief_verb_as_expects_is():
    reference = "The garden expects the number of annual visitors to rise to about 250,000."
    assert not serious(reference, "The garden anticipates that yearly visitor numbers will grow to roughly 250,000.")
    assert of_type(serious(reference, "Yearly visitor numbers will grow to roughly 250,000."), FindingType.MODALITY)


def test_a_modal_over_a_loosely_parsed_clause_still_hedges_it():
    reference = "The association warned that some smaller firms might struggle to absorb the cost of longer trips."
    candidate = "The association cautioned that some of the smaller firms might find the cost of longer trips hard to absorb."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)


def test_a_belief_verb_over_a_loosely_parsed_clause_still_hedges_it():
    reference = "The contractor said the tower's completion, scheduled for next summer, was not expected to be delayed."
    candidate = "The contractor said it did not expect completion of the tower, due next summer, to be delayed."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)


def test_a_warning_pairs_with_the_caution_not_with_the_speech_verb_around_it():
    from factdiff.analyse.pipeline import load_nlp
    from factdiff.checks.modality import _pairs

    nlp = load_nlp()
    reference = nlp("However, she warned that a shortage of chips could affect production in the fourth quarter.")
    candidate = nlp(
        "The company now sees deliveries of 50,000 trucks, the finance chief said, though she cautioned that a chip "
        "shortage could hit output in the fourth quarter."
    )
    pairs = {(r.lower_, c.lower_) for r, c in _pairs(reference[:], candidate[:])}
    assert ("warned", "cautioned") in pairs and ("warned", "said") not in pairs
    assert ("affect", "sees") not in pairs


# ---------------------------------------------------------------------------------------------------------------
# negation said with other words


def test_no_licences_granted_are_licences_refused():
    reference = "No new licences will be granted until the number of arcades falls below eight."
    assert not serious(reference, "New licences will be refused until there are fewer than eight arcades.")
    assert of_type(serious(reference, "New licences will be granted until there are fewer than eight arcades."), FindingType.POLARITY)


def test_not_keeping_on_is_no_longer_doing():
    reference = "The chief executive said the firm could no longer absorb the cost without cutting quality."
    assert not serious(reference, "The firm could not keep absorbing the cost without cutting quality, the chief executive said.")
    assert of_type(
        serious(reference, "The chief executive said the firm could keep absorbing the cost without cutting quality."),
        FindingType.POLARITY,
    )


def test_no_plans_to_cut_jobs_is_no_job_cuts_planned():
    reference = "The new owner said it would keep the workshop and had no plans to cut jobs."
    assert not serious(reference, "The workshop will stay and no job cuts are planned, the new owner said.")


def test_without_lack_and_no_say_the_same_absence():
    reference = "Inspectors found that seven venues had no working emergency exit."
    assert not serious(reference, "Inspectors found seven venues without a working emergency exit.")
    assert of_type(serious(reference, "Inspectors found that seven venues had a working emergency exit."), FindingType.POLARITY)
    printed = "Printed copies will remain available for pupils without reliable internet access at home."
    assert not serious(printed, "Pupils who lack dependable internet access at home will still get printed copies.")


def test_a_time_adverb_is_no_statement_to_deny():
    reference = "The ministry said there was no evidence so far that the virus had spread to other farms."
    candidate = "So far, the ministry said, there is nothing to suggest the virus has reached other farms."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_a_verb_said_again_with_re_is_not_its_opposite():
    reference = "The fish market will close for renovation on 1 February and reopen in the autumn."
    assert not serious(reference, "The fish market will shut for refurbishment on 1 February and open again in the autumn.")
    closing = "The fish market will close for renovation on 1 February."
    assert of_type(serious(closing, "The fish market will open after renovation on 1 February."), FindingType.POLARITY)


def test_a_noun_denied_under_another_verb_is_not_compared():
    reference = "The city promised to waive market fees for the vendors during the works."
    assert not of_type(serious(reference, "The city pledged that vendors will pay no market fees during the works."), FindingType.POLARITY)


def test_the_subject_of_a_completed_or_joined_verb_is_its_heads():
    from factdiff.analyse.pipeline import load_nlp
    from factdiff.checks.polarity import _other_subjects

    nlp = load_nlp()
    buy = next(t for t in nlp("Aurel Brands is set to buy the candle maker.") if t.lower_ == "buy")
    sold = next(t for t in nlp("The candle maker employs 95 people and sold 4.2 million candles.") if t.lower_ == "sold")
    assert _other_subjects(sold, buy)  # the maker sold candles; Aurel buys: no opposite said of one doer
    sells = next(t for t in nlp("Aurel Brands employs 95 people and sells the candle maker.") if t.lower_ == "sells")
    assert not _other_subjects(sells, buy)


# ---------------------------------------------------------------------------------------------------------------
# amounts and names said another way


def test_a_doubling_noun_is_a_multiple():
    assert ("tripling", 3.0, 3.0, "×") in quantities("The firm cited a near tripling of cocoa costs.")
    reference = "The firm will raise prices by 12 per cent, citing a near tripling of cocoa costs."
    candidate = "Prices will go up 12 per cent, the firm said, as cocoa costs have almost trebled."
    assert not of_type(serious(reference, candidate), FindingType.NUMBER)


def test_an_age_at_the_end_of_a_sentence_is_no_year():
    from factdiff.analyse.dates import normalise

    assert normalise("91.")[0] is None and normalise("91")[0] is None  # 'who died aged 91.', the full stop taken in
    assert normalise("1991.")[0] == "absolute"


def test_a_length_of_time_in_two_units_is_not_left_out():
    reference = "The clinics aim to cut waiting lists, which now stand at an average of 14 months, the authority said."
    candidate = "The clinics aim to shorten waiting lists that currently average a year and two months, the authority said."
    assert not serious(reference, candidate)
    assert of_type(serious(reference, candidate.replace("two months", "five months")), FindingType.NUMBER)


def test_an_amount_of_each_of_several_payments_is_each():
    reference = "The package includes payments of up to 15,000 dollars to about 60,000 farmers."
    assert not serious(reference, "About 60,000 farmers will receive payments of as much as 15,000 dollars each.")


def test_a_superlative_with_a_synonym_is_the_same_post():
    from factdiff.analyse.lexical import same_adjective

    assert same_adjective("big", "large") and not same_adjective("big", "small")
    reference = "Cider maker Tom Orrel, the largest independent producer in the Wessford area, said the harvest was poor."
    assert not serious(reference, "Tom Orrel, Wessford's biggest independent producer, said the harvest was poor.")


def test_a_body_telling_of_its_own_plant_is_its_own_account():
    reference = (
        "Marlow Glassworks said on Monday it will reopen its second furnace in May. "
        "The furnace will run at half capacity until the summer, the company said."
    )
    candidate = (
        "Marlow Glassworks said on Monday that its second furnace will reopen in May. "
        "The furnace will run at half capacity until the summer."
    )
    assert not of_type(serious(reference, candidate), FindingType.ATTRIBUTION)
    witness = reference.replace("the company said", "a former engineer said")
    assert of_type(serious(witness, candidate), FindingType.ATTRIBUTION)


def test_could_not_and_cannot_are_one_ability():
    reference = "Investigators said they could not prove that the fire had been started deliberately."
    assert not of_type(
        serious(reference, "Investigators said they cannot show that the fire was started deliberately."), FindingType.MODALITY
    )
    hedged = "Investigators said the fire might have been started deliberately."
    assert of_type(serious(hedged, "Investigators said the fire was started deliberately."), FindingType.MODALITY)


def test_a_belief_verb_over_its_noun_is_the_hedge():
    reference = "The group will invest 90 million euros in its digital division, where it expects sales to grow by about 8 per cent a year."
    candidate = (
        "The group will invest 90 million euros in its digital business, where it anticipates annual sales growth of about 8 per cent."
    )
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)


def test_an_organisation_named_in_another_order_is_the_same():
    reference = "The Association of Tile Makers said demand fell in the spring."
    assert not serious(reference, "The Tile Makers' Association said demand fell in the spring.")
    assert of_type(serious(reference, "The Association of Brick Makers said demand fell in the spring."), FindingType.ENTITY)


def test_a_name_beside_a_post_is_no_other_post():
    reference = "The team had played its best hockey of the season, head coach Lara Benn said."
    assert not serious(reference, "The team had played its best hockey of the season, Westbury coach Lara Benn said.")
    assert of_type(
        serious(reference, "The team had played its best hockey of the season, assistant coach Lara Benn said."), FindingType.ENTITY
    )


def test_a_claim_moved_to_another_body_named_by_its_kind():
    reference = (
        "The number of village shops fell by 6 per cent last year, a report by the retailers' association showed. "
        "The culture ministry said it would look at a proposal for tax relief. "
        "The association's president, Mira Holt, said that without support a further 80 shops could close this year."
    )
    moved = (
        "Village shops fell by 6 per cent last year, the retailers' association reported. "
        "The culture ministry said it would study a proposal for tax relief. "
        "According to the ministry, another 80 shops could close this year without support."
    )
    kept = moved.replace("According to the ministry", "According to Holt")
    assert of_type(serious(reference, moved), FindingType.ATTRIBUTION)
    assert not of_type(serious(reference, kept), FindingType.ATTRIBUTION)
    own_body = moved.replace("According to the ministry", "According to the association")
    assert not of_type(serious(reference, own_body), FindingType.ATTRIBUTION)


def test_an_estimate_moved_from_one_body_to_another():
    reference = (
        "Dock workers at the port of Varlo will strike for two days from Monday, the union announced. "
        "The port authority estimates that each day of stoppage costs about 3 million euros in delayed cargo."
    )
    moved = (
        "The union said dock workers at Varlo port would walk out for two days from Monday. "
        "Each day without work costs roughly 3 million euros in held-up cargo, according to the union."
    )
    assert of_type(serious(reference, moved), FindingType.ATTRIBUTION)
    kept = moved.replace("according to the union", "according to the port authority")
    assert not of_type(serious(reference, kept), FindingType.ATTRIBUTION)


# ---------------------------------------------------------------------------------------------------------------
# read off sets 21 and 22 (stop 24): durations, described months, joined verbs, filled slots


def test_a_length_of_time_with_just_is_no_date():
    from factdiff.analyse.dates import normalise

    assert normalise("just 48 hours")[0] is None and normalise("over two weeks")[0] is None
    reference = "The centre said on Wednesday that stocks of group 0 blood were sufficient for only two days."
    assert not serious(reference, "The centre warned on Wednesday that there was enough group 0 blood for just 48 hours.")


def test_a_described_month_is_the_month():
    reference = "Stays fell 7 percent between May and September. The decline was blamed mainly on a wet July."
    assert not serious(reference, "Stays fell 7 percent between May and September, mostly because of a rainy July.", mode="summary")
    from factdiff.analyse.document import analyse
    from factdiff.read import source_from_text

    dates = analyse(source_from_text("The decline was blamed on a wet July and an early August storm.", "t")).dates
    assert [(d.text, d.period) for d in dates][0] == ("July", "month")


def test_a_count_said_of_last_year_counts_no_years():
    assert ("31", 31.0, 31.0, "") in quantities("Collisions rose to 31 last year from 22.")
    reference = (
        "The firm will close 46 crossings over the next three years. There were 31 collisions last year, compared with 22 the year before."
    )
    assert not serious(
        reference, "The firm is to close 46 crossings within three years after collisions rose to 31 last year from 22.", mode="summary"
    )


def test_joined_verbs_share_their_modal():
    reference = (
        "The manager said residents of low-lying areas should still move to higher ground immediately after any strong "
        "earthquake, without waiting for an official warning."
    )
    candidate = (
        "Residents of low-lying areas should still head for higher ground straight after any strong quake rather than "
        "wait for an official warning, the manager said."
    )
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)


def test_one_modal_of_possibility_answers_another():
    reference = "The operator could lose its licence to store goods under duty suspension."
    assert not of_type(
        serious(reference, "The operator's licence to hold goods under duty suspension may be withdrawn."), FindingType.MODALITY
    )


def test_whether_leaves_a_finite_clause_open_too():
    reference = "The studio has not yet decided whether to sell the game in shops."
    assert not of_type(serious(reference, "Whether the game will also be sold in shops is still undecided."), FindingType.MODALITY)


def test_advice_with_would_better_is_advice():
    reference = "Opposition councillors argued that the money should instead be used to expand existing sites."
    assert not of_type(
        serious(reference, "Opposition members said the money would be better spent enlarging existing sites."), FindingType.MODALITY
    )


def test_words_in_lower_case_are_no_name():
    from factdiff.analyse.document import analyse
    from factdiff.read import source_from_text

    doc = analyse(source_from_text("The line will handle 240 tonnes of paddy daily, said Maria Cruz.", "t"))
    assert all(any(ch.isupper() for ch in m.text) for m in doc.entities)


def test_an_honorific_is_no_post():
    reference = "Two doses will be needed, Chief veterinary officer Dr Lena Fourcade said."
    assert not serious(reference, "The birds will need two doses, according to chief veterinary officer Dr Lena Fourcade.")


def test_a_clause_said_another_way_in_its_slot_is_a_note():
    reference = (
        "Vaccination of ducks will become compulsory from 1 October, the ministry announced. The state will pay 85% of "
        "the vaccine cost in the first year. Growers' union leader Paul Rollin welcomed the decision but called for the "
        "state to cover the full cost."
    )
    reworded = (
        "The ministry said vaccinating ducks would be obligatory from 1 October. In the first year the state will meet "
        "85 per cent of the vaccine bill. The leader of the growers' union, Paul Rollin, welcomed the move but wanted "
        "the state to pay for all of it."
    )
    dropped = reworded.replace(" but wanted the state to pay for all of it", "")
    assert not of_type(serious(reference, reworded), FindingType.OMISSION)
    assert of_type(serious(reference, dropped), FindingType.OMISSION)


# ---------------------------------------------------------------------------------------------------------------
# read off sets 23 and 24 (stop 24)


def test_each_month_is_a_rate():
    assert ("roughly £3,000 each month", 3000.0, 3000.0, "GBP") in quantities("Feed costs will rise by roughly £3,000 each month.")
    reference = "Feed costs are expected to rise by about £3,000 a month, the sanctuary said."
    assert not serious(reference, "The sanctuary said its feed bill is likely to go up by roughly £3,000 each month.")


def test_a_range_with_an_end_said_alike_is_not_left_out():
    reference = "The courses will run from late June to the end of August and are open to children aged eight to fourteen."
    candidate = "They will be held from the last days of June until the end of August for children between eight and fourteen."
    assert not of_type(serious(reference, candidate), FindingType.OMISSION)


def test_not_allowed_is_banned_from_and_cannot():
    reference = "From 1 June, carriages will not be allowed to operate between noon and 4 p.m. in hot weather."
    assert not serious(reference, "Starting on 1 June, carriages will be banned from working between midday and 4 p.m. in hot weather.")
    sold = "Animals under six months old will not be allowed to be sold at the fair."
    assert not serious(sold, "Foals under six months cannot be sold at the fair.", mode="summary")
    assert of_type(serious(sold, "Foals under six months can be sold at the fair.", mode="summary"), FindingType.POLARITY)


def test_sold_to_is_bought_by():
    reference = "The airfield has been sold to a logistics company, Nordfrakt, which plans to build a warehouse there."
    assert not serious(
        reference, "The airfield has been bought by the logistics firm Nordfrakt, which intends to put up a warehouse there."
    )
    assert of_type(
        serious(reference, "The airfield has been bought from the logistics firm Nordfrakt, which intends to put up a warehouse there."),
        FindingType.ROLE,
    )


def test_a_capitalised_common_word_is_no_name_in_a_slot():
    reference = "Walnut growers in the Serrano Valley expect the harvest to fall by about a quarter, the cooperative said."
    candidate = "Serrano Valley walnut growers expect the crop to fall by roughly 25%, the cooperative said."
    assert not of_type(serious(reference, candidate), FindingType.ENTITY)
    swapped_ref = (
        "The Dunmore Tenants' Association has filed a lawsuit against Carrow Mutual over delayed payouts. "
        "Carrow Mutual said it would contest the case. The association's chair said residents had paid for repairs."
    )
    swapped = (
        "Carrow Mutual has filed a lawsuit against the Dunmore Tenants' Association over delayed payouts. "
        "Carrow Mutual said it would fight the case. The association's chair said residents had paid for repairs."
    )
    assert serious(swapped_ref, swapped)


# ---------------------------------------------------------------------------------------------------------------
# the review of stop 24's change: what the rules above must not hide or raise


def test_the_review_cases_stay_found():
    cases = [
        (
            "The Harlow Street bridge will close on 3 May and reopen on 20 September.",
            "The Harlow Street bridge will open on 3 May and close on 20 September.",
            FindingType.POLARITY,
        ),
        (
            "Talvik Energy shut its Orne refinery in 2021.",
            "Talvik Energy opened its Orne refinery in 2021 and closed a depot.",
            FindingType.POLARITY,
        ),
        (
            "The four Pellan shops recorded combined sales of 2 million euros last year.",
            "The four Pellan shops recorded sales of 2 million euros each last year.",
            FindingType.NUMBER,
        ),
        (
            "The regulator fined Velbrook Water 2 million pounds over the leaks, and the company apologised.",
            "The regulator fined Velbrook Water 2 million pounds over the leaks, and the company's chief executive resigned the same day.",
            FindingType.ADDITION,
        ),
        (
            "The Ferris Road bridge could reopen before Christmas, the council said.",
            "The council can confirm the Ferris Road bridge reopens before Christmas.",
            FindingType.MODALITY,
        ),
        (
            "The Dorne board could propose a merger with Saltash Mutual next month.",
            "The Dorne board will propose a merger with Saltash Mutual next month.",
            FindingType.MODALITY,
        ),
        (
            "The A38 will be closed from 1 June to 31 August for resurfacing.",
            "The A38 will be closed from 1 June for resurfacing.",
            FindingType.OMISSION,
        ),
        (
            "Orne Foods employs 95 people in Kelby and closed two shops last year.",
            "The company, which employs 95 people in Kelby, opened two shops last year.",
            FindingType.POLARITY,
        ),
    ]
    for reference, candidate, kind in cases:
        assert of_type(serious(reference, candidate), kind), (reference, candidate)


def test_the_review_cases_stay_quiet():
    reference = (
        "Halden Group owns three paper mills in the north. The company said the Ebury mill would close in June. "
        "The group employs 900 people."
    )
    candidate = (
        "Halden Group owns three paper mills in the north. The Ebury mill will close in June, according to the group. "
        "It employs 900 people."
    )
    assert not of_type(serious(reference, candidate), FindingType.ATTRIBUTION)
    falk = (
        "The association's president, Renate Falk, said 40 members had signed the petition. The Tarrow Growers' "
        "Association is the region's largest farm organisation."
    )
    organisation = (
        "Forty members had signed the petition, according to the organisation. The Tarrow Growers' Association is the "
        "region's largest farm organisation."
    )
    assert not of_type(serious(falk, organisation), FindingType.ATTRIBUTION)


def test_without_read_the_same_whatever_the_parse():
    reference = "Without new money, the director said, water deliveries could be reduced from July."
    candidate = "The director warned that without new money water deliveries could be cut from July."
    assert not of_type(serious(reference, candidate, mode="summary"), FindingType.POLARITY)


def test_a_plural_pronoun_goes_to_the_nearer_plural_noun():
    reference = "A trial of companion robots in care homes run by Westmoor Council found that residents who used them felt less lonely."
    candidate = "Residents of Westmoor Council care homes who used companion robots during a trial said they felt less lonely."
    assert not of_type(serious(reference, candidate), FindingType.ROLE)


# ---------------------------------------------------------------------------------------------------------------
# read off sets 27 and 28 (end of stop 24)


def test_no_more_than_is_a_limit_not_a_denial():
    reference = "Each donkey may work for no more than six hours a day, the council said."
    candidate = "No donkey may be worked more than six hours daily, the council said."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)
    # a limit in another clause of the sentence hides no flip
    birds = "The warden said it was not unusual for the birds to return to the same site, but very few survived beyond five years."
    flipped = "The warden said it was unusual for the birds to come back to the same site, but very few lived longer than five years."
    assert of_type(serious(birds, flipped), FindingType.POLARITY)


def test_what_a_sentence_sets_aside_with_not_is_denied():
    reference = "The collection points will accept small appliances and cables, but not large items such as fridges."
    candidate = "Large items such as fridges will not be accepted at the collection points, which will take small appliances and cables."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)
    assert of_type(serious(reference, "The collection points will not accept small appliances and cables."), FindingType.POLARITY)


def test_a_rewrite_is_compared_with_its_own_sentence():
    reference = (
        "The 1887 organ at Carrick Hall will be played in public again next month after a restoration. "
        "The instrument had been silent since 2019, when a survey found woodworm damage."
    )
    candidate = (
        "Carrick Hall will hear its 1887 organ in public again next month after a restoration. "
        "The instrument had not been played since 2019, when a survey uncovered woodworm damage."
    )
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)
