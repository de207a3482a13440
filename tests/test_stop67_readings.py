"""Readings from stop 67: 'before' and 'after' a clock time; 'not as X as' for 'less X than'; a share, a multiple or a
rate worked out from the reference's own figures; a speed in words against its symbol; a year that describes a noun;
one sale in two passives; a second telling the parse hung on the first one's clause; a ceiling on what 'may' be done;
'could not be ruled out' / 'did not rule out'; the thing an intransitive verb is said of as the object of a transitive
one; what no evidence was found of, denied outright; a planned aim told as done by now; a claim moved to another
source in a summary's shorter words; 'X alone would not'; a figure in the rival's words.

Every text here is made up for the test; none comes from the seed, the challenge or the evaluation sets.
"""

from __future__ import annotations

from helpers import of_type, serious

from factdiff import compare
from factdiff.model import FindingType

# --- dates -----------------------------------------------------------------------------------------------------------


def test_before_a_clock_time_against_after_it():
    reference = "A neighbour saw smoke rising from the warehouse roof shortly after 3am, the fire service said."
    candidate = "According to the fire service, a neighbour saw smoke coming from the warehouse roof shortly before 3am."
    found = of_type(serious(reference, candidate), FindingType.DATE)
    assert found and "before 3am" in found[0].candidate_span.text
    same = "According to the fire service, a neighbour saw smoke coming from the warehouse roof just after 3am."
    assert not of_type(serious(reference, same), FindingType.DATE)


def test_a_year_that_describes_a_noun_dates_no_deed():
    reference = "The bandstand, built in 1908, was closed in 2021 after rot was found in its timber roof."
    candidate = "Rot was found in the timber roof of the 1908 bandstand, which led to its closure in 2021."
    assert not of_type(serious(reference, candidate), FindingType.DATE)


# --- polarity --------------------------------------------------------------------------------------------------------


def test_not_as_much_as_is_less_than():
    reference = "The report said the new tablets were less reliable than the paper forms they replaced."
    candidate = "The new tablets are not as reliable as the paper forms they replaced, the report said."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)
    other = "The report said the new tablets were more reliable than the paper forms they replaced."
    assert of_type(serious(other, candidate), FindingType.POLARITY)


def test_one_sale_in_two_passives_with_no_side_named():
    reference = "The painting was bought at an auction house in Merton last spring, the gallery said."
    candidate = "The gallery said the painting was sold at an auction house in Merton last spring."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)
    named = "The gallery said the painting was sold by a collector at an auction house in Merton last spring."
    assert of_type(
        serious("The painting was bought by a collector at an auction house in Merton last spring.", named), FindingType.POLARITY
    )


def test_asked_and_called_in_to_do_the_same_deed():
    reference = "The inspectorate has not been asked to review the hospital's accounts."
    candidate = "The inspectorate has been called in to review the hospital's accounts."
    assert of_type(serious(reference, candidate), FindingType.POLARITY)


# --- numbers ---------------------------------------------------------------------------------------------------------


def test_a_share_of_the_reference_figure_worked_out():
    reference = (
        "Under the scheme, 40 per cent of the flats will be offered for rent, and around a quarter of the 80-hectare site "
        "will be kept as meadow."
    )
    candidate = "Two-fifths of the flats will be rented and roughly 20 hectares kept as meadow."
    assert not of_type(serious(reference, candidate, "summary"), FindingType.NUMBER)
    wrong = "Two-fifths of the flats will be rented and roughly 50 hectares kept as meadow."
    assert of_type(serious(reference, wrong, "summary"), FindingType.NUMBER)


def test_a_multiple_of_the_figure_the_candidate_gives():
    reference = "The charity wants the council to double funding for its lunch club, currently worth £40,000 a year."
    candidate = "The charity wants the council's £40,000-a-year lunch club grant doubled to £80,000."
    assert not of_type(serious(reference, candidate, "summary"), FindingType.NUMBER)


def test_a_rate_told_as_an_interval():
    reference = "Buses on the airport route will run every 20 minutes between 6am and midnight."
    candidate = "The airport route will have three buses an hour between 6am and midnight."
    assert not of_type(serious(reference, candidate), FindingType.NUMBER)
    wrong = "The airport route will have four buses an hour between 6am and midnight."
    found = of_type(serious(reference, wrong), FindingType.NUMBER)
    assert found and "four buses an hour" in found[0].candidate_span.text
    turned = "Buses on the airport route will run every 15 minutes between 6am and midnight."
    assert of_type(serious("The airport route will have three buses an hour between 6am and midnight.", turned), FindingType.NUMBER)


def test_a_speed_in_words_against_its_symbol():
    reference = "The ferry has a range of 300 kilometres and a top speed of 50 km/h."
    candidate = "The ferry can cover as much as 300 km and reach 50 kilometres an hour."
    assert not of_type(serious(reference, candidate), FindingType.NUMBER)
    faster = "The ferry can cover as much as 300 km and reach 60 kilometres an hour."
    assert of_type(serious(reference, faster), FindingType.NUMBER)


def test_a_figure_in_the_rivals_words_is_the_rivals_slot():
    reference = (
        "The housing ombudsman has opened an inquiry after finding that rents at flats owned by large landlords had risen "
        "by an average of 60% in five years. It said four companies now own about 55% of the city's 9,000 flats, up "
        "from 5% in 2015. The inquiry will report next spring."
    )
    candidate = (
        "The housing ombudsman has opened an inquiry after finding that rents at flats owned by large landlords had risen "
        "by an average of 55% in five years. Four companies own more than half of the city's 9,000 flats, up from 5% "
        "in 2015."
    )
    found = of_type(serious(reference, candidate, "summary"), FindingType.NUMBER)
    assert found and found[0].candidate_span.text == "55%"


# --- modality --------------------------------------------------------------------------------------------------------


def test_a_ceiling_on_what_may_be_done_is_a_limit():
    reference = "Each trawler may land no more than 20 tonnes per trip this season."
    candidate = "Trawlers will be limited to landing 20 tonnes per trip this season."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)


def test_could_not_be_ruled_out_and_did_not_rule_out():
    reference = "The board expects demand to settle by the summer, although it said a further fall could not be ruled out."
    candidate = "The board believes demand will settle by summer but did not rule out another fall."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)


def test_what_an_intransitive_verb_is_said_of_is_the_object():
    reference = "The swimming pool at Harlow Park may close in September under plans to save £300,000, the council said."
    candidate = "The council will close the swimming pool at Harlow Park in September to save £300,000."
    assert of_type(serious(reference, candidate), FindingType.MODALITY)


def test_no_evidence_of_it_told_as_not_done():
    reference = "Inspectors said there was no evidence the leak had reached the river."
    candidate = "Inspectors said the leak had not reached the river."
    assert of_type(serious(reference, candidate), FindingType.MODALITY)
    kept = "Inspectors said there was no sign that the leak had reached the river."
    assert not of_type(serious(reference, kept), FindingType.MODALITY)


def test_an_aim_told_as_done_by_now():
    reference = "The club said it would use part of a lottery grant to buy a new minibus before the season."
    candidate = "The club has now bought a new minibus for the season, using part of a lottery grant."
    assert of_type(serious(reference, candidate), FindingType.MODALITY)
    future = "The club will buy a new minibus for the season, using part of a lottery grant."
    assert not of_type(serious(reference, future), FindingType.MODALITY)


def test_another_speakers_clause_is_no_rendering():
    reference = (
        "Supporters argued that the fountain celebrated a mill owner who used child labour, while opponents said it should "
        "stay with a plaque explaining its history."
    )
    candidate = (
        "Those in favour said the monument celebrated an industrialist who used child labour; those against wanted it kept "
        "in place with a plaque on its history."
    )
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)


def test_set_aside_is_not_what_was_wanted():
    reference = (
        "Retired chemist Dr Ama Osei has donated seeds from 900 species collected over four decades, the garden said. "
        "Dr Osei, 79, said she had wanted the collection to go somewhere it would be used for research rather than sit in "
        "a cupboard."
    )
    candidate = "Retired chemist Dr Ama Osei, 79, has given the garden seeds from 900 species that she gathered over 40 years."
    assert not of_type(serious(reference, candidate, "summary"), FindingType.MODALITY)


# --- attribution -----------------------------------------------------------------------------------------------------


def test_a_second_telling_hung_on_the_first_ones_clause():
    reference = "Head gardener Anya Moss said the average age of the volunteers was now over 70 and warned that the beds could be lost."
    candidate = "Head gardener Anya Moss, who said the volunteers were now on average over 70, warned that the beds could be lost."
    assert not of_type(serious(reference, candidate), FindingType.ATTRIBUTION)


def test_a_claim_moved_to_another_source_in_shorter_words():
    reference = (
        "The Harbour Traders' Guild said it was dismayed and warned that some small stalls could close within months, "
        "leaving dozens of staff out of work. "
        "The Clean Quay campaign welcomed the decision."
    )
    candidate = "The Harbour Traders' Guild said it was dismayed, while Clean Quay warned that some small stalls could close."
    assert of_type(serious(reference, candidate, "summary"), FindingType.ATTRIBUTION)


def test_a_government_telling_of_its_own_talks():
    reference = "The regional government said it was in talks with the owners about the future of the mill."
    candidate = "The regional authorities are in discussions with the owners about what will become of the mill."
    assert not of_type(serious(reference, candidate), FindingType.ATTRIBUTION)


# --- omission --------------------------------------------------------------------------------------------------------


def test_alone_under_a_denial_left_out():
    reference = "The agency said new fencing alone would not stop the deer reaching the crops."
    candidate = "The agency said new fencing would not stop the deer reaching the crops."
    found = [f for f in compare(reference, candidate).findings if f.type == FindingType.OMISSION]
    assert found and "alone" in found[0].reference_span.text


def test_the_only_one_told_as_the_sole_one():
    reference = "Flooding closed the only bridge into the village on Tuesday, the council said."
    candidate = "The council said flooding shut the sole bridge into the village on Tuesday."
    assert not [f for f in compare(reference, candidate).findings if f.type == FindingType.OMISSION]
    dropped = "The council said flooding shut a bridge into the village on Tuesday."
    assert [f for f in compare(reference, dropped).findings if f.type == FindingType.OMISSION]


# --- entities and roles ----------------------------------------------------------------------------------------------


def test_a_thing_given_to_the_texts_other_party():
    reference = (
        "The bus shelter was wrecked in May when a tractor reversed into it, the town council said. "
        "The farm contractor's insurer has agreed to cover the £9,000 repair bill."
    )
    candidate = (
        "The bus shelter was wrecked in May when a reversing tractor hit it, the town council said. "
        "The town council's insurer has agreed to pay the £9,000 repair bill."
    )
    found = of_type(serious(reference, candidate), FindingType.ENTITY)
    assert found and "town council's insurer" in found[0].candidate_span.text
    kept = candidate.replace("The town council's insurer", "The contractor's insurer")
    assert not of_type(serious(reference, kept), FindingType.ENTITY)


def test_a_noun_before_said_is_what_is_said_not_the_speaker():
    reference = "Club secretary Mara Lind said the plan was to 'open the hall to everyone in the valley'."
    candidate = "The plan, said the club's secretary, Mara Lind, is to 'open the hall to everyone in the valley'."
    assert not of_type(serious(reference, candidate), FindingType.ROLE)


def test_an_application_withdrawn_against_one_refused():
    reference = "The operator withdrew its application for a second quarry on the site in 2022."
    candidate = "The operator's application for a second quarry on the site was refused in 2022."
    assert of_type(serious(reference, candidate), FindingType.EVENT)


# --- more numbers, polarity and modality -----------------------------------------------------------------------------


def test_a_multiple_of_a_thing_as_a_percentage_of_it():
    reference = "Landlords who break the rules will face fines of up to 200% of the deposit."
    candidate = "Landlords who break the rules face fines of up to twice the deposit."
    assert not of_type(serious(reference, candidate), FindingType.NUMBER)
    other = "Landlords who break the rules face fines of up to 150% of the deposit."
    assert of_type(serious(reference, other), FindingType.NUMBER)


def test_a_denial_of_each_of_a_list():
    reference = "Neither walker had a map or a torch, the rescue team said."
    candidate = "One of the walkers had a torch, the rescue team said."
    assert of_type(serious(reference, candidate), FindingType.POLARITY)


def test_could_take_as_long_as_is_up_to():
    reference = "The roof must be relaid, a job the council estimates will cost £3,000 and take up to four weeks."
    candidate = "The roof has to be relaid; the council puts the cost at £3,000 and says the job could take as long as four weeks."
    assert not [f for f in compare(reference, candidate).findings if f.type == FindingType.MODALITY]
    certain = "The roof has to be relaid; the council puts the cost at £3,000 and says the job could take four weeks."
    assert [f for f in compare(reference, certain).findings if f.type == FindingType.MODALITY]


def test_none_against_not_all_of_the_same_deed():
    reference = "Not all of the flooded cottages can be lived in again, the housing trust said."
    candidate = "None of the flooded cottages can be lived in again, the housing trust said."
    assert of_type(serious(reference, candidate), FindingType.POLARITY)
    kept = "Some of the flooded cottages cannot be lived in again, the housing trust said."
    assert not of_type(serious(reference, kept), FindingType.POLARITY)


def test_a_frequency_word_against_another():
    reference = "Garden waste will be collected weekly from April, the council said."
    candidate = "The council said garden waste will be collected fortnightly from April."
    assert of_type(serious(reference, candidate), FindingType.NUMBER)
    same = "The council said garden waste will be collected every week from April."
    assert not of_type(serious(reference, same), FindingType.NUMBER)
    # (a rate in one word is no length, but it is how often: stop 67 reads 'hourly' against 'every thirty minutes' as
    # another frequency, where tests/test_unwritten_lengths.py once asked for no finding)
    reference = "The ferry runs every thirty minutes from the pier."
    assert of_type(serious(reference, "The ferry runs hourly from the pier."), FindingType.NUMBER)
    reference = "The shuttle will run every 20 minutes from the station."
    assert of_type(serious(reference, "The shuttle will run four times an hour from the station."), FindingType.NUMBER)
    assert not of_type(serious(reference, "The shuttle will run three times an hour from the station."), FindingType.NUMBER)


def test_a_finding_against_no_evidence():
    reference = "Vets found no evidence that the infection had reached the neighbouring farm."
    candidate = "Vets showed that the infection had not reached the neighbouring farm."
    assert of_type(serious(reference, candidate), FindingType.MODALITY)


def test_times_of_day_in_words():
    reference = "The first boat will leave the harbour at 11.45pm, and the last shortly after 4am."
    candidate = "The first boat will leave the harbour at a quarter to midnight, and the last a little after four in the morning."
    assert not of_type(serious(reference, candidate), FindingType.DATE)
    reference = "The evening crossing will stay at 18.15, the port said."
    candidate = "The port said the evening crossing will remain at 6.15pm."
    assert not [f for f in compare(reference, candidate).findings if f.type == FindingType.OMISSION]


def test_a_fronted_subject_of_said_trades_no_deed():
    reference = "The sharpest rise, said its director, Omar Feld, came from students living alone."
    candidate = "Its director, Omar Feld, said the sharpest rise had come from students living alone."
    assert not of_type(serious(reference, candidate), FindingType.ROLE)


def test_a_conditional_would_told_as_could_on_the_condition():
    reference = "The foundation said it would double the award if the museum could show that schools would use the new gallery."
    candidate = "The museum's award could be doubled if it shows that schools will use the new gallery."
    assert not of_type(serious(reference, candidate, "summary"), FindingType.MODALITY)


def test_a_count_per_period_is_no_frequency():
    reference = "Demonstrations will be given twice a day, at 11am and 3pm."
    candidate = "There will be two demonstrations daily, at 11am and 3pm."
    assert not of_type(serious(reference, candidate), FindingType.NUMBER)
    reference = "Each boat will be lifted out of the water roughly every 18 months."
    candidate = "Each boat will come out of the water about once every year and a half."
    assert not of_type(serious(reference, candidate), FindingType.NUMBER)
