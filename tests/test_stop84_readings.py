"""Readings from stop 84: a date the tagger runs on past its comma; a way reversed between two verbs of going; a
denial of a clause that describes a noun; a name moved into another name's slot where the tagger missed the old one; a
chemical formula against its name in words; a prefix glued to a name; an object's apposition before 'with'; a particle
after the object; a verb's own clause for its plainness; a deed denied by its noun under a denied verb; a denied
'manage to'; a weighing promised against a deed done to the thing weighed; a preposition on an adverb of direction;
the staff of another named body as a speaker; a trade carried on is no outcome; a noun of calling off; the last time
told of a noun; a victory against a loss; a none for the object; two verbs two steps apart with one object. The
guards hold each reading to its reach.

Every text here is made up for the test; none comes from the seed, the challenge or the evaluation sets.
"""

from __future__ import annotations

from types import SimpleNamespace

from helpers import of_type, serious

from factdiff import compare
from factdiff.analyse.document import analyse
from factdiff.checks.entities import _formula_worded
from factdiff.model import FindingType
from factdiff.read import source_from_text

# --- dates ----------------------------------------------------------------------------------------------------------


def test_a_date_the_tagger_ran_past_its_comma_is_read_alone():
    reference = (
        "The Kessing transmitter, which has broadcast overseas services for 64 years, will switch off on 12 March, "
        "its owner Dallow Radio said on Friday."
    )
    candidate = "Dallow Radio announced on Friday that its Kessing transmitter will fall silent on 12 May, ending 64 years of broadcasts."
    assert of_type(serious(reference, candidate), FindingType.DATE)
    candidate = "Dallow Radio announced on Friday that its Kessing transmitter will go off air on 12 March, ending 64 years of broadcasts."
    assert not of_type(serious(reference, candidate), FindingType.DATE)


# --- roles ----------------------------------------------------------------------------------------------------------


def test_a_way_reversed_between_two_verbs_of_going():
    reference = "The two hikers set off from Dunmarra towards the summit shortly after dawn."
    candidate = "Shortly after dawn the two hikers walked from the summit towards Dunmarra."
    assert of_type(serious(reference, candidate), FindingType.ROLE)
    candidate = "Shortly after dawn the two hikers walked from Dunmarra towards the summit."
    assert not of_type(serious(reference, candidate), FindingType.ROLE)


def test_an_objects_apposition_before_with_keeps_the_giver():
    reference = "At the ceremony, Mayor Ines Harrow presented the club captain, Tom Rudd, with a framed certificate."
    candidate = "At the ceremony, the club captain, Tom Rudd, received a framed certificate from Mayor Ines Harrow."
    assert not of_type(serious(reference, candidate), FindingType.ROLE)


def test_a_preposition_on_an_adverb_of_direction():
    reference = (
        "Marlow District Council has agreed to sell the depot to housing association Fernlea Homes. "
        "Under the deal, the housing association will lease a yard back to the council for 1 pound a year."
    )
    candidate = (
        "Housing association Fernlea Homes is to buy the depot from Marlow District Council. "
        "As part of the agreement, the council will lease a yard to Fernlea for £1 a year."
    )
    assert of_type(serious(reference, candidate), FindingType.ROLE)
    candidate = (
        "Housing association Fernlea Homes is to buy the depot from Marlow District Council. "
        "As part of the agreement, Fernlea will lease a yard to the council for £1 a year."
    )
    assert not of_type(serious(reference, candidate), FindingType.ROLE)


# --- polarity -------------------------------------------------------------------------------------------------------


def test_a_denial_of_a_clause_that_describes_a_noun():
    reference = "Three walkers were taken to hospital with burns that are not thought to be life-threatening."
    candidate = "Three walkers were taken to hospital with burns believed to be life-threatening."
    assert of_type(serious(reference, candidate), FindingType.POLARITY)
    candidate = "Three walkers were taken to hospital with burns not believed to be life-threatening."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_a_particle_after_the_object_and_a_clause_of_its_own():
    reference = "Owners should stop using the chargers at once and should not throw them away with general rubbish."
    candidate = "Owners should stop using the chargers at once and may discard them with general rubbish."
    assert of_type(serious(reference, candidate), FindingType.POLARITY)
    # (a verb joined to a denied one shares its denial)
    reference = "Owners should not throw the chargers away or burn them."
    candidate = "Owners should not discard the chargers or burn them."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)
    # (a verb of failing is no plain affirmation against a denial: 'failing' / 'did not pass' say the same)
    reference = "The old lift was taken out of service in May after failing a safety inspection."
    candidate = "The old lift was withdrawn in May when it did not pass a safety inspection."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_a_deed_denied_by_its_noun():
    reference = "The transport ministry said it would not introduce a ban on studded tyres."
    candidate = "The ministry of transport announced that it will ban studded tyres."
    assert of_type(serious(reference, candidate), FindingType.POLARITY)
    candidate = "The ministry of transport said that it will not ban studded tyres."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)
    # (a verb that ends a measure is no denial of it: not lifting a ban keeps it)
    reference = "The council has not lifted its ban on dogs in Marlow Park."
    candidate = "The council still bans dogs in Marlow Park."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_a_denied_manage_to_denies_its_deed():
    reference = "Volunteers had prevented the floodwater from reaching the crypt."
    candidate = "Volunteers did not manage to stop the water reaching the crypt."
    assert of_type(serious(reference, candidate), FindingType.POLARITY)
    reference = "Volunteers did not manage to stop the water reaching the crypt."
    candidate = "Volunteers could not stop the water reaching the crypt."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)


def test_a_noun_of_calling_off_denies_what_follows_its_of():
    reference = "Waterlogged fields meant the ploughing match on Saturday had been cancelled, organisers said."
    candidate = "Waterlogged fields forced the cancellation of Saturday's ploughing match, organisers said."
    assert not of_type(compare(reference, candidate).findings, FindingType.POLARITY)


def test_the_last_time_told_of_a_noun():
    reference = "The city granted the unit its freedom, a privilege last awarded to a naval unit in 1979."
    candidate = "The city granted the unit its freedom, an honour no naval unit had received since 1979."
    assert not of_type(compare(reference, candidate, "translation").findings, FindingType.POLARITY)


# --- entities -------------------------------------------------------------------------------------------------------


def test_a_name_moved_into_the_slot_of_an_untagged_one():
    reference = (
        "Adder sightings have been confirmed at four sites in the Corrow valley, the county wildlife office said. "
        "The Upper Fenwick Ramblers said they would survey the district in May."
    )
    candidate = (
        "Adders have been seen at four sites in the Upper Fenwick valley, the county wildlife office said. "
        "The Upper Fenwick Ramblers will survey the district in May."
    )
    assert of_type(serious(reference, candidate), FindingType.ENTITY)
    candidate = (
        "Adders have been seen at four sites in the Corrow valley, the county wildlife office said. "
        "The Upper Fenwick Ramblers will survey the district in May."
    )
    assert not of_type(serious(reference, candidate), FindingType.ENTITY)


def test_a_chemical_formula_against_its_name_in_words():
    words = analyse(source_from_text("The kiln released 40 tonnes of sulphur dioxide last year.", "reference"))
    assert _formula_worded(SimpleNamespace(text="SO2"), words)
    assert not _formula_worded(SimpleNamespace(text="NO2"), words)  # nitrogen is not named
    assert not _formula_worded(SimpleNamespace(text="SO3"), words)  # three oxygens, not two
    assert not _formula_worded(SimpleNamespace(text="NHS"), words)  # no figure: no formula
    assert not _formula_worded(SimpleNamespace(text="400bn"), words)  # what the formula parser cannot read is none
    reference = "Restoring the bog will prevent the release of about 9,000 tonnes of carbon dioxide, the Hartmoor estate said."
    candidate = "Restoring the bog will prevent about 9,000 tonnes of CO2 emissions."
    assert not of_type(serious(reference, candidate, mode="summary"), FindingType.ENTITY)


def test_a_prefix_glued_to_a_name_is_not_the_name():
    reference = "From May the rules tighten for workers from outside the European Union, the ministry said."
    candidate = "The ministry said the rules tighten for non-EU workers from May."
    assert not of_type(serious(reference, candidate), FindingType.ENTITY)


# --- modality, attribution, events ----------------------------------------------------------------------------------


def test_a_weighing_promised_against_a_deed_done_to_the_thing_weighed():
    reference = "The mayor said the city would consider a wider ban on diesel buses if pollution did not fall."
    candidate = "The mayor said the city will extend the ban to all diesel buses if pollution does not fall."
    assert of_type(serious(reference, candidate), FindingType.MODALITY)
    reference = "The mayor said the city would examine the plans."
    candidate = "The mayor said the city would scrutinise the plans."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)
    reference = "The planning committee said it would consider the proposal next month."
    candidate = "The planning committee said it would assess the proposal next month."
    assert not of_type(serious(reference, candidate), FindingType.MODALITY)


def test_the_staff_of_another_named_body_as_the_speaker():
    reference = (
        "Complaints about noise made to Porthallow Town Council doubled last year. However, drainage contractor Aqualine, "
        "which works for the council, said ageing pumps were the main cause."
    )
    candidate = (
        "Complaints about noise made to Porthallow Town Council doubled last year. "
        "However, council officials said ageing pumps were the main cause."
    )
    assert of_type(serious(reference, candidate), FindingType.ATTRIBUTION)
    reference = "Complaints about noise doubled last year, Porthallow Town Council's environment department said."
    candidate = "Complaints about noise doubled last year, council officials said."
    assert not of_type(serious(reference, candidate), FindingType.ATTRIBUTION)
    # (a person tied to the body anywhere in the phrase may speak for it)
    reference = "Sarah Jones, leader of Kelby Town Council, said the bridge would reopen in May."
    candidate = "A senior council figure said the bridge would reopen in May."
    assert not of_type(serious(reference, candidate), FindingType.ATTRIBUTION)


def test_a_trade_carried_on_is_no_outcome():
    reference = "Baker Crumley & Sons has agreed to sell 20 of its 60 shops to Larkfield Retail. The shops will continue to sell its bread."
    candidate = "Crumley & Sons is to lease 20 of its 60 shops to Larkfield Retail, and the shops will keep selling its bread."
    assert of_type(serious(reference, candidate), FindingType.EVENT)
    candidate = "Crumley & Sons is to sell 20 of its 60 shops to Larkfield Retail, and the shops will keep selling its bread."
    assert not of_type(serious(reference, candidate), FindingType.EVENT)


def test_a_victory_against_a_loss_runs_the_other_way():
    reference = "Tamsin Foods outbid the caterer Brollo Group for the vineyard."
    candidate = "Tamsin Foods lost out to the caterer Brollo Group for the vineyard."
    assert of_type(serious(reference, candidate), FindingType.ROLE)
    candidate = "The caterer Brollo Group lost out to Tamsin Foods for the vineyard."
    assert not of_type(serious(reference, candidate), FindingType.ROLE)
    # ('win' and 'lose' are WordNet's opposites, read as before: a contract lost in one year and won in another)
    reference = "Dorrow Print printed the ballots in 2019 but lost the contract in 2022 to a supplier from another state."
    candidate = "Dorrow Print has won the contract to print the ballots, the commission said."
    assert not of_type(serious(reference, candidate), FindingType.ROLE)


def test_a_none_for_the_object_is_the_denial_not_another_thing():
    reference = "The inspector said the survey found nothing that could not be explained."
    candidate = "The inspector said the survey had found some things it could not explain."
    assert of_type(serious(reference, candidate), FindingType.POLARITY)
    candidate = "The inspector said the survey had found nothing it could not explain."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)
    # (a none bounded by an exception is no denial of what the exception keeps)
    reference = "Conservators found only slight wear to the gilding."
    candidate = "Apart from slight wear to the gilding, conservators found nothing wrong."
    assert not of_type(serious(reference, candidate, "translation"), FindingType.POLARITY)


def test_two_steps_apart_with_the_very_same_object():
    reference = "Brennick said the depot would not take in tyres from outside the county."
    candidate = "The depot will also accept tyres from outside the county, Brennick said."
    assert of_type(serious(reference, candidate), FindingType.POLARITY)
    candidate = "Brennick said the depot will refuse tyres from outside the county."
    assert not of_type(serious(reference, candidate), FindingType.POLARITY)
