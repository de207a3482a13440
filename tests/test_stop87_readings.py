"""Readings from stop 87: a belief told in the noun's own relative clause; a deed on a noun of asking; a direction
the reference gives another deed; a date said of another doer; a passive's subject under a denial; a name after
the same three words; a count of none against a count of some in a word of the same class; a name the parse hung on
a noun far back; 'the first time in' a span against a denial for it; an 'on average' away from its figure. The guards
hold each reading to its reach.

Every text here is made up for the test; none comes from the seed, the challenge or the evaluation sets.
"""

from __future__ import annotations

from helpers import of_type, serious

from factdiff import compare
from factdiff.model import FindingType

# --- modality -------------------------------------------------------------------------------------------------------


def test_a_belief_told_in_the_nouns_own_relative_clause_is_kept():
    reference = (
        "The gallery will open on 4 May, after its owner spent 20 years gathering what she believes is the finest set of "
        "tin toys in Britain."
    )
    kept = (
        "On 4 May the gallery will open, showing a set of tin toys that its owner has spent two decades gathering and which "
        "she thinks is Britain's finest."
    )
    assert not of_type(serious(reference, kept), FindingType.MODALITY)
    # (the relative clause without the belief states it as fact)
    plain = (
        "On 4 May the gallery will open, showing a set of tin toys that its owner has spent two decades gathering and which "
        "is Britain's finest."
    )
    assert of_type(serious(reference, plain), FindingType.MODALITY)


def test_a_deed_on_a_noun_of_asking_is_only_asked_for():
    reference = "The Holm Rowing Club has been refused permission to build a boathouse on the river bank, the council said."
    asked = "The council said it had turned down an application from the Holm Rowing Club to build a boathouse on the river bank."
    assert not of_type(compare(reference, asked).findings, FindingType.MODALITY)


# --- roles ----------------------------------------------------------------------------------------------------------


def test_a_direction_the_reference_gives_another_deed_is_no_direction_turned_round():
    reference = "A brass lectern stolen from St Anselm's Chapel in Radbury in 1991 has been returned to the parish."
    candidate = "More than thirty years after it was stolen, a brass lectern has been returned to St Anselm's Chapel in Radbury."
    assert not of_type(serious(reference, candidate), FindingType.ROLE)
    # (the same deed with the direction turned round is still found)
    reference = "The dairy sold its bottling line to Corlett Farms last spring."
    candidate = "The dairy bought its bottling line from Corlett Farms last spring."
    assert of_type(serious(reference, candidate), FindingType.ROLE)


def test_a_name_the_parse_hung_on_a_noun_far_back_names_the_description_before_it():
    reference = "The coin was tossed by the president of the commission, Dr Ilse Varga, before the final."
    candidate = "Dr Ilse Varga, who heads the commission, tossed the coin before the final."
    assert not serious(reference, candidate)
    # (a description right before its name is still that name)
    reference = "The pupils thanked the retiring head teacher, Owen Pask, at the assembly."
    candidate = "Owen Pask, the retiring head teacher, thanked the pupils at the assembly."
    assert of_type(serious(reference, candidate), FindingType.ROLE)
    reference = "The head teacher, Owen Pask, thanked the pupils at the assembly."
    assert not of_type(serious(reference, candidate), FindingType.ROLE)


# --- dates ----------------------------------------------------------------------------------------------------------


def test_a_date_said_of_another_doer_is_that_doers():
    reference = (
        "Two cafes on the same street in Dunmarsh have settled a two-year dispute over the name 'The Daily Grind'. Rhona "
        "Pask opened her cafe under that name in 2016, and in 2020 a second business four doors away, run by brothers Ian "
        "and Rob Kettle, began trading as 'The Daily Grind Too'."
    )
    other = (
        "Two rival Dunmarsh cafes have ended their two-year row over the name 'The Daily Grind'. The Kettle brothers, who "
        "opened 'The Daily Grind Too' four doors from Rhona Pask's original in 2020, will rebrand soon."
    )
    assert not of_type(serious(reference, other, mode="summary"), FindingType.DATE)
    # (the same doer's deed with the other date is still found)
    same = (
        "Two rival Dunmarsh cafes have ended their two-year row over the name 'The Daily Grind'. Rhona Pask, who opened "
        "her cafe under that name in 2020, will rebrand soon."
    )
    assert of_type(serious(reference, same, mode="summary"), FindingType.DATE)


# --- polarity -------------------------------------------------------------------------------------------------------


def test_a_passive_subject_under_a_denial_is_what_is_denied():
    reference = "The club's rules had never formally barred juniors, but until 2010 only adult members could hold office."
    candidate = "Juniors were not formally excluded under the club's constitution, but up to 2010 office was open only to adult members."
    assert not of_type(serious(reference, candidate, mode="translation"), FindingType.POLARITY)
    # (a contrast the other way round is still found)
    reference = "The flooding was not caused by a single warm summer but reflected a long-term trend, the report said."
    candidate = "The flooding was the result of a single warm summer, not of a long-term trend, the report said."
    assert of_type(serious(reference, candidate), FindingType.POLARITY)


def test_a_count_of_none_against_a_count_of_some_in_a_word_of_the_same_class():
    reference = "The ferry ran aground on a sandbank near Holt Point on Sunday. No one was injured, but the hull was damaged."
    hurt = "On Sunday the ferry ran aground on a sandbank near Holt Point. One passenger was hurt, and the hull suffered damage."
    assert of_type(serious(reference, hurt, mode="translation"), FindingType.POLARITY)
    nobody = "On Sunday the ferry ran aground on a sandbank near Holt Point. Nobody was hurt, though the hull suffered damage."
    assert not of_type(serious(reference, nobody, mode="translation"), FindingType.POLARITY)


def test_the_first_time_in_a_span_against_a_denial_told_before_it():
    reference = "The league said it was the first time in 30 years that a final in the county had been decided on penalties."
    candidate = "According to the league, no final in the county had been decided on penalties for 30 years."
    assert not of_type(serious(reference, candidate, mode="translation"), FindingType.POLARITY)
    # (a plain past against the denial is still found)
    reference = "The league said a final in the county had been decided on penalties in 2019."
    assert of_type(serious(reference, candidate, mode="translation"), FindingType.POLARITY)


# --- entities -------------------------------------------------------------------------------------------------------


def test_a_name_after_the_same_three_words_stands_for_the_old_one():
    reference = (
        "Seal pups have been counted on the Marrick Skerries for the first time. The ranger said the colony was probably "
        "founded by seals from a large group near the Tollan Sands, some 40 miles to the south."
    )
    swapped = (
        "Seal pups have been counted on the Marrick Skerries for the first time, and the ranger said the colony was "
        "probably founded by seals from a large group near the Marrick Skerries further south."
    )
    found = of_type(serious(reference, swapped, mode="summary"), FindingType.ENTITY)
    assert found and "Tollan Sands" in found[0].message
    kept = (
        "Seal pups have been counted on the Marrick Skerries for the first time, and the ranger said the colony was "
        "probably founded by seals from a large group near the Tollan Sands further south."
    )
    assert not of_type(serious(reference, kept, mode="summary"), FindingType.ENTITY)


# --- numbers --------------------------------------------------------------------------------------------------------


def test_an_on_average_away_from_its_figure_is_missed_when_dropped():
    reference = (
        "The survey compared the logs with tide records and found that, on average, the geese now arrive 9 days later than in the 1970s."
    )
    dropped = "Comparing the logs with tide records, the survey found that the geese now arrive 9 days later than in the 1970s."
    found = of_type(compare(reference, dropped).findings, FindingType.OMISSION)
    assert any("on average" in (f.message or "") for f in found)
    kept = "Comparing the logs with tide records, the survey found that on average the geese now arrive 9 days later than in the 1970s."
    assert not any("on average" in (f.message or "") for f in compare(reference, kept).findings)


def test_a_body_the_reference_names_as_another_party_put_in_the_slot_of_one_the_candidate_never_names():
    reference = (
        "Rust fungus has been found in plum orchards near Stellby, the county crop inspection service said on Monday. "
        "The chair of the growers' union said the harvest could fall by a third and asked for support from the farming "
        "ministry."
    )
    swapped = (
        "The county crop inspection service said on Monday that rust fungus had been found in plum orchards near "
        "Stellby. The harvest could fall by a third, said the chair of the growers' union, asking for support from the "
        "crop inspection service."
    )
    found = of_type(serious(reference, swapped), FindingType.ENTITY)
    assert found and "farming ministry" in found[0].message
    # (the same body in other words is no other party)
    kept = swapped.replace("from the crop inspection service", "from the ministry of farming")
    assert not of_type(serious(reference, kept), FindingType.ENTITY)


# --- additions ------------------------------------------------------------------------------------------------------


def test_a_figure_counting_the_same_things_with_the_same_deed_in_a_word_of_its_class_is_no_addition():
    reference = (
        "Swine fever has been confirmed at a pig farm near the village of Valko, and all 2,400 pigs on the site will be "
        "culled, the national veterinary agency said on Friday. A control zone with a radius of five kilometres has been "
        "set up around the farm, within which pigs must be kept indoors. The owner will receive compensation for the "
        "culled animals."
    )
    candidate = (
        "The national veterinary agency announced on Friday that swine fever had been detected on a pig farm close to the "
        "village of Valko and that the farm's entire herd of 2,400 pigs would be slaughtered. Around the farm, a 5 km "
        "control zone has been established, inside which pigs have to be housed. Compensation will be paid to the owner "
        "for the culled animals."
    )
    assert not of_type(serious(reference, candidate, mode="translation"), FindingType.ADDITION)
    # (another deed done to the figure's things is still reported: another outcome of the event)
    vaccinated = candidate.replace("would be slaughtered", "would be vaccinated")
    assert serious(reference, vaccinated, mode="translation")


def test_the_same_doers_deed_in_a_kin_verb_is_no_addition():
    reference = (
        "Police in Harwick are appealing for information after 14 brass door knockers were taken from houses on Quay "
        "Street overnight. Residents said the knockers, some more than a century old, were worth about £200 each."
    )
    candidate = (
        "Fourteen brass door knockers have been taken from houses on Quay Street in Harwick overnight, and police are "
        "asking anyone who saw anything to come forward. The knockers, some over a hundred years old, were each worth "
        "roughly £200, residents said."
    )
    assert not of_type(serious(reference, candidate), FindingType.ADDITION)
    # (another deed of the same doer is still added)
    arrested = candidate.replace("are asking anyone who saw anything to come forward", "have arrested two men who were seen on the street")
    assert of_type(serious(reference, arrested), FindingType.ADDITION)


# --- events ---------------------------------------------------------------------------------------------------------


def test_a_deed_still_to_come_told_as_done_by_the_same_doer_at_the_same_time():
    reference = (
        "The draft bylaw on street trading is open to comment until 30 April, and councillors will vote on it in June. "
        "Traders' groups have criticised the fees."
    )
    decided = "Councillors approved the street trading bylaw in June after a consultation. Traders' groups have criticised the fees."
    found = of_type(serious(reference, decided, mode="summary"), FindingType.EVENT)
    assert found and "still to come" in found[0].message
    # (the decision still to come in other words, and the deed told as done at another time, are no such change)
    pending = "Councillors will decide on the street trading bylaw in June after a consultation. Traders' groups have criticised the fees."
    assert not of_type(serious(reference, pending, mode="summary"), FindingType.EVENT)
    # (a past the tagger reads as a participle is told as done too)
    found = serious("The new footbridge will open on Friday, the council said.", "The new footbridge opened on Friday, the council said.")
    assert of_type(found, FindingType.EVENT)
    reference = "During the works one lane will be closed between 8am and 5pm on weekdays, the council said."
    candidate = "During the works, with one lane closed between 8am and 5pm on weekdays, the council said."
    assert not of_type(serious(reference, candidate), FindingType.EVENT)
    reference = "The lock gates will be replaced in October. The canal trust replaced the towpath bridge in 2019."
    candidate = "The canal trust replaced the towpath bridge in 2019, and the lock gates will be renewed in October."
    assert not of_type(serious(reference, candidate), FindingType.EVENT)


def test_a_supposition_of_its_own_is_added():
    reference = (
        "Blight has been confirmed in a potato field near Orme Cross, the plant health service said on Monday. The "
        "disease spreads quickly in warm, wet weather. Growers within two miles have been told to spray their crops. The "
        "service said there was no sign yet that it had reached gardens in the town."
    )
    candidate = (
        "Blight has been found in a potato field near Orme Cross, and growers within two miles must spray their crops. "
        "The outbreak is thought to have been brought in on seed potatoes from abroad. There is no sign yet of it in the "
        "town's gardens."
    )
    found = of_type(serious(reference, candidate, mode="summary"), FindingType.ADDITION)
    assert found and "seed potatoes" in candidate[found[0].candidate_span.start : found[0].candidate_span.end]
    # (a supposition the reference makes itself, in other words, is none)
    reference = "Fire crews were called to a barn at Holt Farm on Sunday night. Police said they suspect the fire was started deliberately."
    candidate = "A barn at Holt Farm caught fire on Sunday night. The blaze is believed to have been started on purpose, police said."
    assert not of_type(serious(reference, candidate, mode="summary"), FindingType.ADDITION)


# --- guards from the review of this stop's readings -------------------------------------------------------------------


def test_the_readings_keep_to_their_reach():
    # a belief hung on the noun itself is still a hedge of its own
    reference = "The suspected arson attack, which police think was carried out by two men, destroyed a barn near Keld on Sunday."
    candidate = "The arson attack, which police think was carried out by two men, destroyed a barn near Keld on Sunday."
    assert of_type(serious(reference, candidate), FindingType.MODALITY)
    # a request granted tells the deed as allowed
    assert of_type(
        serious(
            "The club hopes to be granted permission to build a new stand.", "The club was granted its application to build a new stand."
        ),
        FindingType.MODALITY,
    )
    # a deed of the sentence's own, not one describing the thing, is still turned round
    reference = "The band withdrew its songs from the Melo streaming service and moved them to a rival platform."
    assert of_type(serious(reference, "The band moved its songs to the Melo streaming service."), FindingType.ROLE)
    # another deed of the new doer keeps its date apart
    reference = "Anja Koller founded the choir in 2009, and in 2015 the Ruse brothers joined it as conductors."
    candidate = "The choir, which Anja Koller set up in 2009, is now led by the Ruse brothers, who founded it in 2015."
    assert of_type(serious(reference, candidate), FindingType.DATE)
    # a passive's subject counts as denied only for a contrast turned round
    reference = "The children's pool was shut for repairs, although the main pool was not closed."
    assert of_type(serious(reference, "The children's pool was not shut for repairs."), FindingType.POLARITY)
    # counts of other people, or with a word of degree, are other statements
    reference = "No pupils were injured in the blaze, but two teachers were treated for smoke inhalation."
    assert not of_type(serious(reference, "Two teachers were hurt by smoke, but no pupils suffered injuries."), FindingType.POLARITY)
    reference = "No one was seriously injured, although one passenger needed stitches."
    assert not of_type(serious(reference, "One passenger was slightly hurt, but nobody suffered serious injuries."), FindingType.POLARITY)
    # a name the reference gives after the same three words itself stands in its own slot
    reference = "The show was curated by the director of the Halden Museum with loans arranged by the director of the Brask Gallery."
    assert not of_type(
        serious(reference, "The director of the Brask Gallery arranged loans for the show.", mode="summary"), FindingType.ENTITY
    )
    # a later description may name the earlier body again
    reference = "Residents sought help from the county council after the flooding. The local authority said it would review each case."
    candidate = "Residents sought help from the local authority after the flooding, and it said it would review each case."
    assert not of_type(serious(reference, candidate), FindingType.ENTITY)
    # what an average is of is no figure averaged
    reference = "On average, the 2,000 drivers surveyed by the Motoring Trust spent 40 minutes a day in traffic."
    candidate = "The Motoring Trust surveyed 2,000 drivers. They spent an average of 40 minutes a day in traffic."
    assert not any("average" in f.message for f in compare(reference, candidate).findings)
    # a figure with a doer and a time of its own is still added
    reference = "About 300 sheep died in the snow on Carrow Moor last winter."
    candidate = "About 300 sheep died in the snow on Carrow Moor last winter, and wild dogs killed about 300 sheep in the spring."
    assert of_type(serious(reference, candidate), FindingType.ADDITION)


def test_going_on_against_no_longer_for_the_same_object_in_the_same_words():
    reference = (
        "The cider maker lost its bid to register the valley's name as a trade mark. It can continue to use the name on its bottles."
    )
    stopped = "The cider maker's attempt to trade-mark the valley's name has failed, and it can no longer put the name on its bottles."
    assert of_type(serious(reference, stopped), FindingType.POLARITY)
    kept = "The cider maker's attempt to trade-mark the valley's name has failed, but it can still put the name on its bottles."
    assert not of_type(serious(reference, kept), FindingType.POLARITY)
