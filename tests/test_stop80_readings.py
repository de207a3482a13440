"""Readings from stop 80: a 'not' before words set off by commas; 'especially short of'; 'the remaining 60 percent';
a hedge over 'continue' compared at the deed below it; one body's name in two translations; a date told by a clause of
its own; 'argued it should stay' / 'pressed for it to remain'; two doers joined in one phrase; 'did not rule out'; an
age against a time since; a name missed where it opens a sentence; 'it' in an adverbial clause; the level a change
reaches told as its size; 'ahead of'; a light verb's event; a weighed thing told as promised in another verb; a verb
done to another thing in another sentence; which noun a denial is about; a date put on the other deed; a count in words
of some of a set; a defining clause left out. The guards hold each reading to its reach.

Every text here is made up for the test; none comes from the seed, the challenge or the evaluation sets.
"""

from __future__ import annotations

from types import SimpleNamespace

from helpers import of_type, serious

from factdiff import compare
from factdiff.analyse.claims import negated
from factdiff.analyse.document import analyse
from factdiff.analyse.quantities import Quantity
from factdiff.checks.polarity import denied
from factdiff.checks.roles import _joined_in_phrase
from factdiff.model import FindingType
from factdiff.read import source_from_text


def _doc(text: str):
    return analyse(source_from_text(text, "reference")).doc


# --- polarity -------------------------------------------------------------------------------------------------------


def test_a_not_before_words_set_off_by_commas_denies_the_verb_after_them():
    text = "The city said that the footbridge planned for the Marlow quarter will not, as first intended, be built next to the school."
    assert negated(next(t for t in _doc(text) if t.lower_ == "built"))
    reference = "The footbridge planned for the Marlow quarter will not be built at the site first chosen beside the school, the city said."
    candidate = "The city said that the footbridge planned for the Marlow quarter will not, as first intended, be built next to the school."
    assert not of_type(serious(reference, candidate, mode="translation"), FindingType.POLARITY)
    # (a 'not' on another verb before the commas denies nothing after them)
    doc = _doc("The pool will be built, as the council had not planned, beside the library.")
    assert not negated(next(t for t in doc if t.lower_ == "built"))


def test_especially_short_of_a_thing_lacks_it_but_just_short_of_a_mark_does_not():
    reference = "The shelter said it was especially short of blankets and warm coats."
    candidate = "The shelter said it was particularly lacking blankets and warm coats."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)
    doc = _doc("The shelter was especially short of blankets.")
    assert denied(next(t for t in doc if t.lower_ == "blankets"))
    doc = _doc("The runner finished just short of the pace of the leaders.")
    assert not denied(next(t for t in doc if t.lower_ == "pace"))


def test_a_ruling_out_that_is_itself_denied_leaves_the_deed_open():
    doc = _doc("The ferry company did not rule out adding a third sailing in summer.")
    assert not denied(next(t for t in doc if t.lower_ == "adding"))
    doc = _doc("The ferry company ruled out adding a third sailing in summer.")
    assert denied(next(t for t in doc if t.lower_ == "adding"))


def test_a_denial_is_weighed_against_the_noun_of_the_same_kind():
    reference = (
        "The only GP surgery in the village of Kelby will close on 30 June after its last doctor retired, the health board "
        "said. The surgery's 2,100 patients will be moved to the Arnford Medical Centre, six miles away. The board said it "
        "would run a weekly minibus, but it has ruled out opening a branch surgery in the village."
    )
    candidate = (
        "Kelby's only GP surgery will close on 30 June, the health board said. Its 2,100 patients will move to Arnford "
        "Medical Centre, six miles away; a weekly minibus will run, and the board has not ruled out a branch surgery in the "
        "village."
    )
    assert of_type(compare(reference, candidate, mode="summary").findings, FindingType.POLARITY)


# --- numbers ----------------------------------------------------------------------------------------------------------


def test_the_remaining_share_worked_out_from_the_other():
    reference = "The council said 35 percent of the money came from a lottery grant and the rest from its own budget."
    candidate = "A lottery grant provided 35 percent of the money, with the remaining 65 percent coming from the council's own budget."
    assert not of_type(serious(reference, candidate), FindingType.NUMBER)
    wrong = "A lottery grant provided 35 percent of the money, with the remaining 55 percent coming from the council's own budget."
    assert of_type(serious(reference, wrong), FindingType.NUMBER)


def test_an_age_and_the_time_since_are_one_figure():
    age = Quantity(start=0, end=1, text="around 3,000 years old", low=3000.0, high=3000.0, approx=True, unit="years of age", sent=0)
    since = Quantity(start=0, end=1, text="some three millennia", low=3.0, high=3.0, approx=True, unit="millennia", sent=0)
    other = Quantity(start=0, end=1, text="some four millennia", low=4.0, high=4.0, approx=True, unit="millennia", sent=0)
    assert since.states_same_amount(age) and age.states_same_amount(since)
    assert not other.states_same_amount(age)


def test_the_level_a_change_reaches_told_as_its_size_with_the_start_bare():
    reference = (
        "Inspectors ordered the chairlift to slow down until a cable is replaced. It stays open, but rides will lengthen "
        "from six to about nine minutes."
    )
    candidate = "Inspectors ordered the chairlift to cut its speed from 5 to 3 metres per second, lengthening rides by about nine minutes."
    found = compare(reference, candidate, mode="summary").findings
    assert of_type(found, FindingType.NUMBER)
    right = "Inspectors ordered the chairlift to cut its speed from 5 to 3 metres per second, lengthening rides to about nine minutes."
    assert not of_type(compare(reference, right, mode="summary").findings, FindingType.NUMBER)


# --- modality ---------------------------------------------------------------------------------------------------------


def test_a_hedge_over_going_on_is_compared_at_the_deed_below():
    reference = "The ban does not affect civil hearings or the reading of verdicts, which may continue to be filmed."
    candidate = "Civil hearings and the reading of verdicts are not covered by the ban and can still be filmed."
    assert not of_type(serious(reference, candidate, mode="translation"), FindingType.MODALITY)


def test_what_campaigners_argued_should_happen_is_what_they_pressed_for():
    reference = "Campaigners had argued the statue should stay in the town square."
    candidate = "Campaigners had pressed for the statue to remain in the town square."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)
    told = "Campaigners said the statue will remain in the town square."
    assert of_type(serious(reference, told), FindingType.MODALITY)


def test_a_deed_named_by_a_light_verbs_object_pairs_with_the_verb():
    reference = "The regulator said the mill would stay shut, and that it may also bring a prosecution."
    candidate = "The regulator said the mill would stay shut, adding that it will also prosecute the owners."
    assert of_type(serious(reference, candidate), FindingType.MODALITY)
    kept = "The regulator said the mill would stay shut, adding that it may also prosecute the owners."
    assert not of_type(serious(reference, kept), FindingType.MODALITY)


def test_a_weighed_increase_told_as_promised_in_another_verb():
    reference = "The minister said the government would consider further increases if fuel prices remained high."
    candidate = "The minister said the government would raise the allowance further if fuel prices stayed high."
    assert of_type(serious(reference, candidate), FindingType.MODALITY)
    kept = "The minister said the government would consider raising the allowance further if fuel prices stayed high."
    assert not of_type(serious(reference, kept), FindingType.MODALITY)


def test_a_verb_done_to_another_thing_elsewhere_does_not_clear_a_proposal_told_as_done():
    reference = (
        "Brenholt council has proposed raising harbour mooring fees from 40 to 55 pounds a night, a report shows. The council "
        "says the change would raise an extra 60,000 pounds a year for dredging."
    )
    candidate = "Brenholt council is raising harbour mooring fees from £40 to £55 a night, which it says would bring in £60,000 a year."
    assert of_type(compare(reference, candidate, mode="summary").findings, FindingType.MODALITY)


# --- entities, roles --------------------------------------------------------------------------------------------------


def test_one_bodys_name_in_two_translations():
    reference = "The organiser, the Association of Vintage Tractor Friends, missed the deadline."
    candidate = "The organisers, the Society of Friends of Vintage Tractors, missed the deadline."
    assert not of_type(serious(reference, candidate, mode="translation"), FindingType.ENTITY)
    # (another kind of body is another body)
    other = "The organisers, the Council of Friends of Vintage Tractors, missed the deadline."
    assert of_type(serious(reference, other, mode="translation"), FindingType.ENTITY)


def test_two_doers_joined_in_one_phrase_both_do_it():
    reference = (
        "Harnwick City Council will install 300 chargers. The £4 million programme is being funded jointly by the council and "
        "energy company Veltora, which will operate the chargers."
    )
    candidate = (
        "Harnwick City Council is to put in 300 chargers. The council and the energy company Veltora are jointly funding the "
        "£4m programme, and Veltora will run the chargers."
    )
    assert not of_type(serious(reference, candidate), FindingType.ENTITY)
    # (an owner inside the phrase is no second doer: 'the council's contractor Veltora')
    doc = _doc("The programme is being funded by the council's contractor Veltora and its bank.")
    agent = next(t for t in doc if t.lower_ == "veltora")
    arg = SimpleNamespace(start=agent.left_edge.idx, end=agent.right_edge.idx + len(agent.right_edge.text), head_i=agent.i)
    assert not _joined_in_phrase(doc, arg, "council")


def test_a_name_that_opens_a_sentence_is_the_name_found_elsewhere():
    text = "Paystacks, the payroll start-up, has agreed to buy Darrowgate Software. Founded in 2017, Paystacks supplies tax tools."
    doc = analyse(source_from_text(text, "candidate"))
    assert any(m.text == "Paystacks" and m.token_start == 0 for m in doc.entities)
    reference = (
        "Darrowgate Software has agreed to buy the payroll start-up Paystacks for 90 million dollars in cash, the companies "
        "said on Tuesday. Paystacks, founded in 2017, provides payroll tools."
    )
    candidate = (
        "Paystacks, the payroll start-up, has agreed to buy Darrowgate Software for $90m in cash, the two companies said on "
        "Tuesday. Founded in 2017, Paystacks supplies payroll tools."
    )
    assert of_type(serious(reference, candidate), FindingType.ROLE)


def test_it_in_an_adverbial_clause_is_the_subject_of_the_clause_it_hangs_on():
    reference = (
        "Dunmoor Creamery has won permission to add a bottling hall, Lenbury council confirmed on 4 May. The creamery, run "
        "by Ada Holt, was bought by the drinks group Castellan in 2020 but keeps its own name."
    )
    candidate = (
        "Lenbury council confirmed on 4 May that Dunmoor Creamery may add a bottling hall. Run by Ada Holt, the creamery keeps "
        "its own name even though it bought the drinks group Castellan in 2020."
    )
    assert of_type(serious(reference, candidate), FindingType.ROLE)
    kept = (
        "Lenbury council confirmed on 4 May that Dunmoor Creamery may add a bottling hall. Run by Ada Holt, the creamery keeps "
        "its own name even though it was bought by the drinks group Castellan in 2020."
    )
    assert not of_type(serious(reference, kept), FindingType.ROLE)


# --- dates ------------------------------------------------------------------------------------------------------------


def test_a_date_told_by_a_clause_of_its_own():
    reference = "The bell, cast in 1788 by the Harlow foundry, has not been rung since the parish moved to a new church in 2016."
    candidate = "Cast by the Harlow foundry in 1788, the bell has gone unrung since 2016, when the parish moved to a new church."
    assert not of_type(serious(reference, candidate), FindingType.DATE)


def test_ahead_of_orders_two_events_as_before_does():
    reference = "Inspectors first found the leak in April, after walkers reported oil on the water."
    candidate = "Inspectors first found the leak in April, ahead of reports from walkers of oil on the water."
    assert of_type(serious(reference, candidate), FindingType.DATE)
    kept = "Inspectors first found the leak in April, following reports from walkers of oil on the water."
    assert not of_type(serious(reference, kept), FindingType.DATE)


def test_a_date_put_on_the_deed_the_reference_counts_from_it():
    reference = "The leak was found on 9 June but is thought to have started about ten days earlier, the water board said."
    candidate = "The leak is thought to have started on 9 June and was not found until about ten days later, the water board said."
    assert of_type(serious(reference, candidate), FindingType.DATE)
    kept = "The leak, found on 9 June, is thought to have started about ten days before, the water board said."
    assert not of_type(serious(reference, kept), FindingType.DATE)


# --- numbers and omission, after the first run ------------------------------------------------------------------------


def test_a_count_in_words_of_some_of_a_set_is_no_turn_of_phrase():
    reference = (
        "A freight train carrying coal derailed near Ardby on Monday evening, the operator said. Seven of the train's 22 "
        "wagons left the tracks at about 6:15 p.m. The driver was unhurt."
    )
    candidate = (
        "A coal-carrying freight train came off the tracks near Ardby on Monday evening, the operator said. Seventeen of its "
        "22 wagons derailed at around 6:15 p.m., and the driver escaped unhurt."
    )
    assert of_type(serious(reference, candidate), FindingType.NUMBER)
    kept = candidate.replace("Seventeen", "Seven")
    assert not of_type(serious(reference, kept), FindingType.NUMBER)


def test_a_defining_clause_left_out_says_it_of_the_whole_class():
    reference = (
        "Home improvement retailer Oakline Living is recalling about 6,000 packs of its Alder cork flooring after tests found "
        "solvent emissions above the legal limit, the national product safety agency said on Friday. The affected packs were "
        "sold between March and June last year. Customers who have not yet laid the flooring should stop using it and return "
        "it to any store for a full refund. The agency said the risk to people who have already installed the boards was low."
    )
    candidate = (
        "The national product safety agency said on Friday that Oakline Living, the home improvement chain, is recalling "
        "roughly 6,000 packs of Alder cork flooring because tests showed solvent emissions exceeding the legal limit. The packs "
        "concerned were sold from March to June last year. Customers should stop using the flooring and take it back to any "
        "store for a full refund. For those who have already fitted the boards, the agency said the risk was low."
    )
    assert of_type(serious(reference, candidate), FindingType.OMISSION)
    # (the noun with words of its own in the other text says the clause another way: 'customers still holding unlaid packs')
    kept = candidate.replace("Customers should stop", "Customers still holding unlaid packs should stop")
    assert not of_type(serious(reference, kept), FindingType.OMISSION)


# --- guards from the review -------------------------------------------------------------------------------------------


def test_a_deed_under_another_clause_of_a_request_is_not_what_was_asked_for():
    reference = "Campaigners said the statue should stay in the square."
    candidate = "Campaigners asked for a review, saying the statue will stay in the square."
    assert of_type(serious(reference, candidate), FindingType.MODALITY)


def test_a_verb_the_reference_promises_itself_is_not_only_weighed():
    reference = "The council said it would raise parking fees in April and would consider further increases later."
    candidate = "The council said it would raise parking fees in April, and more rises may follow."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)


def test_the_same_name_with_another_kind_of_body_is_another_body():
    reference = "The Scottish Football Association fined the club."
    candidate = "The Scottish Football League fined the club."
    assert of_type(serious(reference, candidate, mode="translation"), FindingType.ENTITY)


def test_a_rest_is_worked_out_only_from_a_whole_split_in_two():
    reference = "35 percent came from a lottery grant, 40 percent from the council and 25 percent from donations."
    candidate = "35 percent came from a lottery grant, with the remaining 65 percent coming from the council."
    assert of_type(serious(reference, candidate), FindingType.NUMBER)


def test_days_given_to_lodge_an_appeal_are_leave_to_appeal():
    reference = "The ministry said the three firms may appeal the decision within 30 days."
    candidate = "The ministry said the three firms have 30 days to lodge an appeal against the decision."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)
    told = "The ministry said the three firms will lodge an appeal against the decision."
    assert of_type(serious(reference, told), FindingType.MODALITY)
