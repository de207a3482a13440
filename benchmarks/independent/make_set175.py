#!/usr/bin/env python3
"""Held-out evaluation set 175 for a reference-vs-candidate fact-comparison tool.

How it was made
---------------
Every text in this file was written by hand by a helper session that saw no code
and no data of the project (nor any existing benchmark), working only from a
written brief.  All people, companies, organisations, places and figures are
invented; real countries or regions appear only as background.  The cases are
held below as Python data; the script computes every character offset itself by
string search (an occurrence index is given wherever a quoted text repeats in the
candidate), validates everything and writes set175.jsonl next to this file.

    python3 make_set175.py          # validate and write set175.jsonl
    python3 make_set175.py --check  # validate only, write nothing

Composition (checked by the script)
-----------------------------------
* 40 pairs, one domain each: 20 consistent, 20 inconsistent.
* Modes: 20 rewrite (10 consistent / 10 inconsistent), 10 summary (5 / 5),
  10 translation (5 / 5; both texts are independent English translations of
  the same non-English story).
* 30 errors, all in the inconsistent pairs (10 pairs with one error, 10 with
  two): entity 3, number 4, date 3, role 3, polarity 3, modality 3,
  attribution 3, event 2, omission 2 (rewrite and translation only),
  addition 2, repetition 2.
  Severities: minor 10, major 16, critical 4.
* Traps (faithful rewordings a naive checker might flag): 4-5 per consistent
  pair (94 in all) and 1-3 per inconsistent pair (49 in all), 143 in total.
* References are 70-190 words in news / agency / corporate / official register;
  every summary is shorter than its reference.

Record format (one JSON object per line)
----------------------------------------
{"id", "domain", "mode", "reference", "candidate", "label",
 "errors": [{"start", "end", "text", "type", "severity", "ref_text"}],
 "traps":  [{"start", "end", "text", "ref_text"}]}
Offsets are Python str offsets into the candidate, [start, end).  An omission
is a zero-width span (text "") at the point where the missing words belong, with
the missing reference words in ref_text; additions and repetitions have
ref_text null; a repetition span is the later copy of earlier candidate text.
"""

import json
import os
import sys
from collections import Counter

N = 175
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "set%d.jsonl" % N)

DOMAINS = [
    "Kentish cobnut platts", "bloomery smelting", "Abbots Bromley horn dance",
    "hen harrier persecution", "Padstow Obby Oss", "prescriptive easement parking",
    "fusee chain repair", "negative goodwill gain", "Day of the Dead altar",
    "carbon credit accounting", "chrysanthemum show", "mayor making ceremony",
    "water gilding picture frames", "bats in churches", "flying freehold",
    "Benford's law analysis", "Ayrshire whitework", "arable weed rescue",
    "classic car agreed value", "banana ripening rooms", "footbridge vibration dampers",
    "Spring-heeled Jack", "hospital pneumatic tubes", "waxwing irruption",
    "engineered stone silicosis", "competitive Scrabble word lists",
    "snakeshead fritillary meadow", "cigar box guitar", "UK tornado tracks",
    "biodiversity net gain credits", "eruv boundary wire", "McKenzie friend assistance",
    "pearl stringing", "water fluoridation scheme", "laverbread seaweed gathering",
    "shakuhachi bamboo flute", "political risk cover", "Sussex trug making",
    "bluetongue vaccination", "stone lithography",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]

EXPECTED_TYPE_COUNTS = {"entity": 3, "number": 4, "date": 3, "role": 3, "polarity": 3,
                        "modality": 3, "attribution": 3, "event": 2, "omission": 2,
                        "addition": 2, "repetition": 2}
EXPECTED_SEVERITY_COUNTS = {"minor": 10, "major": 16, "critical": 4}
EXPECTED_TRAPS = {"consistent": 94, "inconsistent": 49}


def P(text):
    """Normalise whitespace so that texts can be written over several lines."""
    return " ".join(text.split())


def err(text, etype, severity, ref=None, occ=None):
    return {"text": text, "type": etype, "severity": severity, "ref_text": ref, "occ": occ}


def omit(ref, severity, after=None, before=None, occ=None):
    """Omission: zero-width point just after `after` (or just before `before`)."""
    return {"text": "", "type": "omission", "severity": severity, "ref_text": ref,
            "after": after, "before": before, "occ": occ}


def trap(text, ref, occ=None):
    return {"text": text, "ref_text": ref, "occ": occ}


# ---------------------------------------------------------------------------
# The cases.  Keys: domain, mode, label, reference, candidate, errors, traps.
# ---------------------------------------------------------------------------

CASES = [
    # ------------------------------------------------------------------ 1
    dict(
        domain="Kentish cobnut platts", mode="rewrite", label="consistent",
        reference=P("""
Growers in the Weald of Hollesdon have begun replanting neglected cobnut platts
after the Hollesdon Nut Growers' Association secured £340,000 from a regional
heritage fund. The association said on Monday that 27 orchards, covering about
60 hectares, will receive new Kentish Cob trees over the next three winters. Its
chair, Margaret Pellow, said many platts had been grubbed up in the 1970s when
imported hazelnuts undercut local prices, and that only around a fifth of the
county's historic acreage survives. Under the scheme, owners must agree to keep
the trees in production for at least 15 years and to open their orchards to the
public on one weekend each September. Applications close on 31 March.
"""),
        candidate=P("""
Neglected cobnut platts in the Weald of Hollesdon are being replanted, thanks to
£340,000 from a regional heritage fund won by the Hollesdon Nut Growers'
Association. Some 27 orchards spanning roughly 60 hectares will be given new
Kentish Cob trees across the next three winters, the association announced on
Monday. Margaret Pellow, who chairs the group, said that many platts were grubbed
up during the 1970s, when imported hazelnuts undercut local prices, and that only
about 20% of the county's historic acreage remains. Owners joining the scheme
must commit to keeping the trees in production for a minimum of 15 years and to
opening their orchards to the public one weekend every September. The deadline
for applications is 31 March.
"""),
        errors=[],
        traps=[
            trap("won by the Hollesdon Nut Growers' Association",
                 "the Hollesdon Nut Growers' Association secured"),
            trap("only about 20% of the county's historic acreage remains",
                 "only around a fifth of the county's historic acreage survives"),
            trap("for a minimum of 15 years", "for at least 15 years"),
            trap("The deadline for applications is 31 March", "Applications close on 31 March"),
        ],
    ),
    # ------------------------------------------------------------------ 2
    dict(
        domain="bloomery smelting", mode="translation", label="consistent",
        reference=P("""
Archaeologists and volunteers at the open-air museum in Vinstadnes succeeded last
weekend in producing iron in a reconstructed Viking Age bloomery furnace, using
bog ore collected from a nearby marsh. The clay shaft furnace, about 1.2 metres
tall, was fed with charcoal and roasted ore for nine hours while air was pumped
in with hand-operated bellows. The result was a spongy lump of iron, known as a
bloom, weighing 6.4 kilograms. Project leader Ingrid Solheim said the team had
needed eleven attempts over three summers to reach a temperature high enough,
around 1,200 degrees. The bloom will now be hammered to remove slag, and the
museum's smith hopes to forge an axe head from it. The furnace design is based on
remains excavated at Gjerstadbø farm in 1987.
"""),
        candidate=P("""
Last weekend, volunteers and archaeologists at Vinstadnes's open-air museum
managed to make iron in a replica of a Viking Age bloomery furnace, using bog ore
gathered from a marsh nearby. For nine hours the clay shaft furnace, which stands
roughly 1.2 m high, was loaded with charcoal and roasted ore while hand bellows
pumped in air. This produced a porous iron lump, a so-called bloom, that weighs
6.4 kg. According to project leader Ingrid Solheim, it took the team eleven
attempts across three summers to get the furnace hot enough, at about 1,200°C.
Next, the bloom will be hammered to drive out the slag, and the museum's
blacksmith hopes to forge it into an axe head. The design of the furnace is
modelled on remains dug up on the Gjerstadbø farm in 1987.
"""),
        errors=[],
        traps=[
            trap("roughly 1.2 m high", "about 1.2 metres tall"),
            trap("a porous iron lump", "a spongy lump of iron"),
            trap("it took the team eleven attempts across three summers",
                 "the team had needed eleven attempts over three summers"),
            trap("about 1,200°C", "around 1,200 degrees"),
            trap("modelled on remains dug up", "based on remains excavated"),
        ],
    ),
    # ------------------------------------------------------------------ 3
    dict(
        domain="Abbots Bromley horn dance", mode="rewrite", label="consistent",
        reference=P("""
The horn dance at Aldersby Parva will go ahead on 8 September for the first time
in three years, the parish council confirmed yesterday. The dance, in which six
men carry reindeer antlers mounted on wooden heads along a 16-kilometre circuit
of farms and pubs, was suspended after the antlers were found to be infested with
woodworm. Conservator Elaine Strudwick spent eleven months treating the heads at
her workshop in Crandon Fen, at a cost of £18,500 met by the council and a
village appeal. The antlers, which carbon dating has placed in the twelfth
century, will be kept in the parish church when not in use. Organisers expect
around 4,000 spectators.
"""),
        candidate=P("""
For the first time in three years, Aldersby Parva's horn dance will take place on
8 September, the parish council announced yesterday. The dance had been suspended
after woodworm was discovered in the reindeer antlers, which six men carry,
mounted on wooden heads, around a 10-mile route taking in farms and pubs.
Conservator Elaine Strudwick treated the heads over eleven months at her workshop
in Crandon Fen; the £18,500 bill was shared between the council and a village
appeal. Carbon dating has placed the antlers in the twelfth century, and between
performances they will be stored in the parish church. Around 4,000 people are
expected to watch, according to the organisers.
"""),
        errors=[],
        traps=[
            trap("after woodworm was discovered in the reindeer antlers",
                 "after the antlers were found to be infested with woodworm"),
            trap("a 10-mile route", "a 16-kilometre circuit"),
            trap("the £18,500 bill was shared between the council and a village appeal",
                 "at a cost of £18,500 met by the council and a village appeal"),
            trap("between performances", "when not in use"),
            trap("Around 4,000 people are expected to watch, according to the organisers",
                 "Organisers expect around 4,000 spectators"),
        ],
    ),
    # ------------------------------------------------------------------ 4
    dict(
        domain="hen harrier persecution", mode="summary", label="inconsistent",
        reference=P("""
Police are investigating the disappearance of four satellite-tagged hen harriers
on grouse moors in the Carrach Fells in the past six months, the Upland Raptor
Study Group said on Wednesday. The young birds, all hatched last summer, stopped
transmitting within days of each other in October and November, and no bodies
have been found. Including these four, 17 tagged harriers have vanished in the
region since 2019. The group's coordinator, Euan Strachan, said sudden tag
failures of this kind were 'a strong indicator' of illegal killing, because the
tags usually continue transmitting even after a bird dies naturally. The Carrach
Moorland Association, which represents estates, said it condemned raptor
persecution and that there was no evidence its members were involved. Only 38
breeding pairs of hen harriers were recorded in the region last year. Anyone with
information has been asked to contact police.
"""),
        candidate=P("""
Four young satellite-tagged hen harriers have disappeared from grouse moors in the
Carrach Fells in six months, bringing the number lost in the region since 2019 to
21. Their tags failed within days of each other and no bodies have been found.
Police say such sudden failures strongly suggest illegal killing, as tags
normally keep transmitting after a natural death. The estates' association
condemns persecution and says there is no evidence its members were involved;
only 38 breeding pairs were recorded last year.
"""),
        errors=[
            err("21", "number", "major", "17"),
            err("Police say", "attribution", "major", "The group's coordinator, Euan Strachan, said"),
        ],
        traps=[
            trap("as tags normally keep transmitting after a natural death",
                 "because the tags usually continue transmitting even after a bird dies naturally"),
        ],
    ),
    # ------------------------------------------------------------------ 5
    dict(
        domain="Padstow Obby Oss", mode="rewrite", label="consistent",
        reference=P("""
Police in Treverrow have asked visitors not to drive into the town for next
month's May Day 'Oss' celebrations, after traffic jams last year stretched for
more than five miles along the coast road. Two hobby horses, the Red Oss and the
Blue Oss, are danced through the narrow streets from 11am, accompanied by
drummers and accordion players, and the festivities continue until late evening.
Inspector Colin Mabyn said a park-and-ride service would run every 15 minutes
from Carnvellan showground, and that the harbour car park would be reserved for
residents and blue badge holders. Last year's event drew an estimated 30,000
people, roughly ten times the town's population. Traders have been told that no
alcohol may be sold in glass containers on the day.
"""),
        candidate=P("""
Visitors heading to Treverrow's May Day 'Oss' celebrations next month are being
urged by police not to bring their cars into the town, after last year's tailbacks
stretched over five miles along the coast road. From 11am, two hobby horses, the
Red Oss and the Blue Oss, are danced through the narrow streets to the
accompaniment of drummers and accordion players, and the festivities go on until
late in the evening. A park-and-ride will operate from Carnvellan showground at
quarter-hour intervals, Inspector Colin Mabyn said, adding that the harbour car
park would be kept for residents and blue badge holders only. An estimated 30,000
people attended last year, about ten times as many as live in the town. Traders
have been warned that alcohol must not be sold in glass on the day.
"""),
        errors=[],
        traps=[
            trap("not to bring their cars into the town", "not to drive into the town"),
            trap("at quarter-hour intervals", "every 15 minutes"),
            trap("would be kept for residents and blue badge holders only",
                 "would be reserved for residents and blue badge holders"),
            trap("about ten times as many as live in the town", "roughly ten times the town's population"),
            trap("alcohol must not be sold in glass", "no alcohol may be sold in glass containers"),
        ],
    ),
    # ------------------------------------------------------------------ 6
    dict(
        domain="prescriptive easement parking", mode="rewrite", label="inconsistent",
        reference=P("""
A homeowner in Oakhurst Vale has won the right to keep parking on a strip of land
owned by her neighbour after a county court ruled that she had acquired a
prescriptive easement. Judge Alan Mercer found that Susan Thorley and previous
occupants of her house had parked on the gravel strip openly and without
permission for at least 26 years, well beyond the 20-year period required. The
neighbour, retired surveyor Graham Fosse, had argued that he had allowed the
parking as a favour and had put up a sign in 2019 reserving the space. The judge
said the sign came too late to interrupt the period. Mr Fosse was ordered to pay
£14,000 towards Ms Thorley's legal costs and is considering an appeal.
"""),
        candidate=P("""
A county court has ruled that a homeowner in Oakhurst Vale acquired a prescriptive
easement over a strip of land belonging to her neighbour, meaning she can carry on
parking there. Judge Alan Mercer found that Susan Thorley and earlier occupants of
her house had parked on the gravel strip openly and without permission for at
least 20 years, the period required by law. The neighbour, retired surveyor
Graham Fosse, had claimed he allowed the parking as a favour and had put up a sign
reserving the space in 2019, but the judge said the sign came too late to
interrupt the period. Ms Thorley was ordered to pay £14,000 towards the legal
costs of Mr Fosse, who is considering an appeal.
"""),
        errors=[
            err("at least 20 years", "number", "major", "at least 26 years"),
            err("Ms Thorley was ordered to pay £14,000 towards the legal costs of Mr Fosse",
                "role", "critical",
                "Mr Fosse was ordered to pay £14,000 towards Ms Thorley's legal costs"),
        ],
        traps=[
            trap("belonging to her neighbour", "owned by her neighbour"),
            trap("she can carry on parking there", "won the right to keep parking"),
        ],
    ),
    # ------------------------------------------------------------------ 7
    dict(
        domain="fusee chain repair", mode="rewrite", label="inconsistent",
        reference=P("""
Specialist restorers at the Harlan Horological Institute have repaired the fusee
chain of an 18th-century marine chronometer that had been stored in pieces for
more than 80 years. The chain, which is about 20 centimetres long and contains
some 1,100 hand-riveted links, transmits power from the mainspring to the clock's
gear train while compensating for the spring's weakening force. Senior
conservator Tobias Wren said the work took 140 hours under a microscope, and that
three broken links had been replaced with new ones made from period-appropriate
steel. The chronometer, which belonged to a naval officer, is expected to go on
display in the institute's gallery next spring. It will not be wound regularly,
to avoid wear.
"""),
        candidate=P("""
An 18th-century marine chronometer that had been kept in pieces has had its fusee
chain repaired by specialist restorers at the Harlan Horological Institute.
Roughly 20cm long and made up of some 1,100 links riveted by hand, the chain
carries power from the mainspring to the clock's gear train, compensating as the
spring's force weakens. The job took 140 hours under a microscope, said senior
conservator Tobias Wren, and three broken links were replaced with new ones of
period-appropriate steel. Once the property of a naval officer, the chronometer
is likely to go on show in the institute's gallery next spring, though to avoid
wear it will not be wound regularly.
"""),
        errors=[
            omit("for more than 80 years", "minor", after="kept in pieces"),
        ],
        traps=[
            trap("Roughly 20cm long", "about 20 centimetres long"),
            trap("Once the property of a naval officer", "which belonged to a naval officer"),
            trap("is likely to go on show", "is expected to go on display"),
        ],
    ),
    # ------------------------------------------------------------------ 8
    dict(
        domain="negative goodwill gain", mode="summary", label="inconsistent",
        reference=P("""
Brindlecombe Retail Group has reported a one-off accounting gain of £38 million
after buying the collapsed department store chain Hartwell & Dane for less than
the fair value of its net assets. The so-called negative goodwill, or bargain
purchase gain, arose because Hartwell's administrators accepted £11 million for a
business whose property, stock and other assets were valued at £49 million after
deducting liabilities. Finance director Louise Catterall said the gain was a
non-cash item and would not be paid out to shareholders, and that underlying
pre-tax profit for the year fell 6% to £72 million. Accounting standards required
the company to reassess its valuations before recognising the gain, she added.
Brindlecombe plans to reopen 14 of Hartwell's 22 stores under its own brand by
the end of next year.
"""),
        candidate=P("""
Brindlecombe Retail Group has booked a one-off £38m bargain purchase gain after
paying £11m for collapsed chain Hartwell & Dane, whose net assets were valued at
£49m. The finance director said the non-cash gain would be passed on to
shareholders, while underlying pre-tax profit fell 6% to £72m. Brindlecombe
intends to reopen 14 of Hartwell's 22 stores under its own brand by the end of
next year.
"""),
        errors=[
            err("would be passed on to shareholders", "polarity", "critical",
                "would not be paid out to shareholders"),
        ],
        traps=[
            trap("whose net assets were valued at £49m",
                 "were valued at £49 million after deducting liabilities"),
            trap("intends to reopen", "plans to reopen"),
        ],
    ),
    # ------------------------------------------------------------------ 9
    dict(
        domain="Day of the Dead altar", mode="translation", label="inconsistent",
        reference=P("""
A monumental altar for the Day of the Dead, dedicated to the women who worked in
the textile mills of San Jerónimo Tlalcoyan, was unveiled on Friday in the town's
main square. The offering, nine metres wide and seven levels high, was built over
three weeks by 60 volunteers from the Casa de Cultura and contains more than
4,000 marigold flowers, 300 candles and photographs of 112 former mill workers
supplied by their families. The director of the Casa de Cultura, Rosalba
Quintero, said the mills, which closed in 1994, had employed up to 2,000 women at
their peak. The altar can be visited until 3 November, and on the night of 1
November there will be a procession with music from the square to the municipal
cemetery.
"""),
        candidate=P("""
On Friday the town of San Jerónimo Tlalcoyan unveiled, in its main square, a
monumental Day of the Dead altar honouring the women who worked in its textile
mills. Sixty volunteers from the House of Culture spent three weeks building the
offering, which measures nine metres across, rises in seven tiers and holds over
4,000 marigolds, 300 candles and photos of 112 former mill workers provided by
their relatives. Rosalba Quintero, who heads the House of Culture, said that at
their height the mills, shut down in 1994, gave work to as many as 2,000 women.
Visitors can see the altar until 3 November; on the night of 1 November a
procession with music will go from the square to the parish church.
"""),
        errors=[
            err("the parish church", "entity", "major", "the municipal cemetery"),
        ],
        traps=[
            trap("House of Culture", "Casa de Cultura", occ=0),
            trap("rises in seven tiers", "seven levels high"),
            trap("as many as 2,000 women", "up to 2,000 women"),
        ],
    ),
    # ------------------------------------------------------------------ 10
    dict(
        domain="carbon credit accounting", mode="translation", label="inconsistent",
        reference=P("""
The chemicals group Rhenwald AG must correct its climate reporting after an audit
found that it had counted carbon credits twice. According to the auditors'
report, published on Wednesday, around 1.3 million tonnes of CO2 credits from a
forest protection project in South America were both deducted from the company's
own emissions and sold to a customer. As a result, Rhenwald's reported emissions
reduction for 2023 falls from 22 percent to 14 percent. Chief financial officer
Jörg Lindemann said the error had arisen from a lack of coordination between two
departments and had not been intentional. The company will restate its
sustainability report and has set up a new internal control unit. Environmental
groups called for stricter rules on the use of offsets in corporate climate
targets.
"""),
        candidate=P("""
Rhenwald AG, a chemicals company, has to correct its climate reporting because
auditors discovered it had double-counted carbon credits. The audit report,
released on Wednesday, states that roughly 1.3 million tonnes' worth of CO2
credits from a South American forest conservation project were subtracted from
the group's own emissions and also sold to a customer. Rhenwald's stated
emissions cut for 2023 therefore shrinks by 14 percentage points. According to
CFO Jörg Lindemann, the mistake was caused by poor coordination between two
departments and was not deliberate. The group is to restate its sustainability
report and has created a new internal control unit, since the mistake was caused
by poor coordination between two departments. Environmental organisations
demanded tighter rules on using offsets in companies' climate targets.
"""),
        errors=[
            err("by 14 percentage points", "number", "major", "from 22 percent to 14 percent"),
            err("the mistake was caused by poor coordination between two departments",
                "repetition", "minor", None, occ=1),
        ],
        traps=[
            trap("had double-counted carbon credits", "had counted carbon credits twice"),
            trap("CFO", "Chief financial officer"),
        ],
    ),
    # ------------------------------------------------------------------ 11
    dict(
        domain="chrysanthemum show", mode="translation", label="consistent",
        reference=P("""
The 68th chrysanthemum festival opened on the 25th in the grounds of Hoshizaki
Shrine, displaying about 1,500 pots grown by 140 members of the local
horticultural society. Highlights include a 'thousand-bloom' plant trained over
three years to carry 824 flowers on a single stem, and life-size dolls whose
costumes are made entirely of small chrysanthemum blooms. The festival's
organising committee said the number of exhibitors had fallen by about a third
over the past 20 years as members aged, and that it had begun classes for primary
school pupils to pass on the techniques. The festival runs until 23 November, and
admission is free. Last year about 95,000 people visited.
"""),
        candidate=P("""
Hoshizaki Shrine's 68th chrysanthemum festival began on the 25th, with around
1,500 pots on show in the shrine grounds, all cultivated by 140 members of the
local gardening society. Among the main attractions are a 'thousand-bloom'
chrysanthemum, shaped over three years so that 824 flowers grow from one stem,
and life-sized dolls dressed in costumes made wholly of tiny chrysanthemum
flowers. According to the organisers, the ageing of members has reduced the
number of exhibitors by roughly 33 percent in the last two decades, prompting
them to start classes for primary schoolchildren so that the skills are handed
down. Entry is free, and the festival continues until November 23. Around 95,000
people came last year.
"""),
        errors=[],
        traps=[
            trap("so that 824 flowers grow from one stem", "to carry 824 flowers on a single stem"),
            trap("made wholly of", "made entirely of"),
            trap("by roughly 33 percent", "by about a third"),
            trap("in the last two decades", "over the past 20 years"),
            trap("until November 23", "until 23 November"),
        ],
    ),
    # ------------------------------------------------------------------ 12
    dict(
        domain="mayor making ceremony", mode="rewrite", label="consistent",
        reference=P("""
Councillor Priya Okonedo will become the 412th mayor of Wickhambury at the annual
mayor-making ceremony in the Guildhall on Wednesday 21 May, the borough council
has announced. Ms Okonedo, 38, a former primary school teacher who has
represented Castle Ward since 2017, will be the youngest person to hold the office
since 1921. She succeeds Councillor Dennis Larch, whose year in office raised
£46,200 for three local charities. The ceremony, which dates back to 1554,
includes the handing over of the chain of office and the swearing of an oath
before the town clerk. Ms Okonedo has chosen a food bank and a young carers'
project as her charities for the year. Tickets for the public gallery are free
but must be booked in advance.
"""),
        candidate=P("""
Wickhambury borough council has announced that Councillor Priya Okonedo is to be
installed as the town's 412th mayor on Wednesday 21 May, at the annual
mayor-making ceremony in the Guildhall. Aged 38, the former primary school
teacher, who has been a Castle Ward councillor since 2017, will be the youngest
mayor since 1921. She takes over from Councillor Dennis Larch, who raised £46,200
for three local charities during his year in office. Dating back to 1554, the
ceremony sees the chain of office handed over and an oath sworn before the town
clerk. For her year as mayor, Ms Okonedo has picked a food bank and a project
supporting young carers as her charities. Tickets for the public gallery cost
nothing but have to be booked ahead.
"""),
        errors=[],
        traps=[
            trap("is to be installed as the town's 412th mayor",
                 "will become the 412th mayor of Wickhambury"),
            trap("She takes over from", "She succeeds"),
            trap("sees the chain of office handed over",
                 "includes the handing over of the chain of office"),
            trap("a project supporting young carers", "a young carers' project"),
            trap("cost nothing but have to be booked ahead", "are free but must be booked in advance"),
        ],
    ),
    # ------------------------------------------------------------------ 13
    dict(
        domain="water gilding picture frames", mode="rewrite", label="inconsistent",
        reference=P("""
A gilding studio in Lower Thrushcombe has been commissioned to regild 37 picture
frames for the Pellinor Hall collection, in what the trust that runs the house
calls its largest conservation project in a decade. The frames, most dating from
the 1760s, will be water gilded, a technique in which thin sheets of gold leaf
are laid onto layers of gesso and clay bole moistened with water, then burnished
with an agate stone. Studio founder Clara Hesketh said the job would use around
9,000 leaves of 23.5-carat gold and take two years. The paintings themselves will
be cleaned separately by the trust's own conservators and will remain on display
in temporary frames while their own frames are away.
"""),
        candidate=P("""
Pellinor Hall's collection is to have 37 of its picture frames regilded by a
studio in Lower Thrushcombe, which the trust that runs the house describes as its
biggest conservation project in ten years. Most of the frames date from the 1760s
and, in what will be the first regilding since they were made, they will be water
gilded: thin sheets of gold leaf are laid over layers of gesso and clay bole that
have been moistened with water, then burnished using an agate stone. Around 9,000
leaves of 23.5-carat gold will be needed and the work will last two years, said
Clara Hesketh, who founded the studio. The trust's own conservators will clean
the paintings separately, and the paintings will go into storage while their
frames are away.
"""),
        errors=[
            err("in what will be the first regilding since they were made", "addition", "minor"),
            err("will go into storage", "event", "major", "will remain on display in temporary frames"),
        ],
        traps=[
            trap("its biggest conservation project in ten years",
                 "its largest conservation project in a decade"),
            trap("the work will last two years", "take two years"),
        ],
    ),
    # ------------------------------------------------------------------ 14
    dict(
        domain="bats in churches", mode="rewrite", label="consistent",
        reference=P("""
A three-year project to help parishes live alongside roosting bats has been
extended until 2027 after receiving a further £1.1 million from the Heritage
Grants Board. The Bats and Belfries Partnership, run by the Varden Bat Trust and
the Diocese of Eastmere, has so far worked with 94 churches, installing bat
boxes, protective covers for monuments and timed lighting. Droppings and urine
can stain memorial brasses and damage wall paintings, and some congregations have
reported spending hours each week cleaning pews. Under wildlife law, bats and
their roosts are protected, and disturbing them without a licence is a criminal
offence. Project manager Hugh Tennant said the new money would allow the scheme
to reach a further 60 churches, mainly in rural areas.
"""),
        candidate=P("""
The Heritage Grants Board has given an additional £1.1m to a three-year project
helping parishes live alongside roosting bats, which will now run until 2027. So
far, the Bats and Belfries Partnership, a joint venture between the Diocese of
Eastmere and the Varden Bat Trust, has worked with 94 churches, fitting bat
boxes, protective covers for monuments and lighting on timers. Bat droppings and
urine can stain memorial brasses and damage wall paintings, and some
congregations say they spend hours every week cleaning the pews. Bats and their
roosts are protected under wildlife law, and it is a criminal offence to disturb
them unless a licence has been obtained. According to project manager Hugh
Tennant, the extra funding will let the scheme reach 60 more churches, most of
them rural.
"""),
        errors=[],
        traps=[
            trap("an additional £1.1m", "a further £1.1 million"),
            trap("a joint venture between the Diocese of Eastmere and the Varden Bat Trust",
                 "run by the Varden Bat Trust and the Diocese of Eastmere"),
            trap("lighting on timers", "timed lighting"),
            trap("unless a licence has been obtained", "without a licence"),
            trap("60 more churches, most of them rural", "a further 60 churches, mainly in rural areas"),
        ],
    ),
    # ------------------------------------------------------------------ 15
    dict(
        domain="flying freehold", mode="rewrite", label="inconsistent",
        reference=P("""
Buyers of a terrace of former mill cottages in Rushcombe Ley are struggling to
obtain mortgages because part of each home is a flying freehold, a room that sits
above a neighbour's passageway. Estate agent Nadia Brenton said three sales had
collapsed since January after lenders refused to accept the arrangement without
extra legal protections. The cottages were built in 1846 with arched passages
giving access to the rear yards, and the bedrooms above the arches belong to the
house next door. Solicitor Owen Pryce said lenders typically want a deed of
mutual covenants requiring each owner to maintain the supporting structure. He
added that indemnity insurance, costing around £300, could be a cheaper
alternative, though not all lenders accept it.
"""),
        candidate=P("""
Because part of each house is a flying freehold, a room built over a neighbour's
passageway, people trying to buy former mill cottages in a Rushcombe Ley terrace
are finding it hard to get a mortgage. Since January, three sales have fallen
through after lenders declined the arrangement unless additional legal
protections were in place, according to estate agent Nadia Brenton. Built in
1846, the cottages have arched passages leading to the rear yards, with the
bedroom over each arch owned by the neighbouring house. Lenders usually ask for a
deed of mutual covenants obliging each owner to maintain the supporting
structure, said solicitor Owen Pryce. Indemnity insurance, at roughly £300, could
be a cheaper option that lenders will accept, he added.
"""),
        errors=[
            err("that lenders will accept", "polarity", "major", "though not all lenders accept it"),
        ],
        traps=[
            trap("three sales have fallen through", "three sales had collapsed"),
            trap("unless additional legal protections were in place", "without extra legal protections"),
            trap("at roughly £300", "costing around £300"),
        ],
    ),
    # ------------------------------------------------------------------ 16
    dict(
        domain="Benford's law analysis", mode="summary", label="inconsistent",
        reference=P("""
Auditors examining expense claims at the Marrowby Port Authority have found
patterns that may indicate fabricated receipts, according to a report presented
to the authority's board on Monday. The review applied Benford's law, which
predicts that in many naturally occurring sets of numbers the leading digit is 1
about 30% of the time and 9 less than 5% of the time. Among 18,400 claims filed
between 2020 and 2023, amounts beginning with 4 and 9 appeared far more often
than expected, particularly just below the £50 and £100 limits above which a
manager's approval was required. Lead auditor Daniel Frome stressed that the
analysis did not prove wrongdoing and that further checks were needed. The
authority has referred 312 claims for detailed examination and said no staff had
been suspended.
"""),
        candidate=P("""
A Benford's law analysis of 18,400 expense claims filed at the Marrowby Port
Authority between 2020 and 2023 has revealed fabricated receipts, auditors told
the board. Amounts beginning with 4 and 9 were far more common than expected,
especially just under the £50 and £100 thresholds above which a manager's
sign-off was needed. The lead auditor said more checks were required; 312 claims
have been referred for detailed examination and the matter has been reported to
police.
"""),
        errors=[
            err("has revealed fabricated receipts", "modality", "critical",
                "may indicate fabricated receipts"),
            err("the matter has been reported to police", "addition", "major"),
        ],
        traps=[
            trap("just under the £50 and £100 thresholds above which a manager's sign-off was needed",
                 "just below the £50 and £100 limits above which a manager's approval was required"),
            trap("more checks were required", "further checks were needed"),
        ],
    ),
    # ------------------------------------------------------------------ 17
    dict(
        domain="Ayrshire whitework", mode="rewrite", label="consistent",
        reference=P("""
A christening gown embroidered in Ayrshire whitework around 1840 has been bought
by the Kilbarrow Museum of Textiles for £12,800 at auction in Glenmorran. The
gown, worked in fine cotton with needlelace fillings, was made by an unknown
embroiderer and passed down through five generations of the Cuthill family
before being consigned for sale. Curator Fiona Baird said the museum had been
outbid on two similar pieces in the past decade and had raised the money through
a public appeal, with a third coming from a single anonymous donor. Whitework of
this kind was produced by thousands of women working from home for city
merchants, often for very low pay. The gown will go on display in the autumn
after conservation work.
"""),
        candidate=P("""
The Kilbarrow Museum of Textiles has paid £12,800 at a Glenmorran auction for a
christening gown embroidered in Ayrshire whitework in about 1840. Worked in fine
cotton with needlelace fillings by an embroiderer whose name is not known, the
gown was handed down through five generations of the Cuthill family before it
was put up for sale. The museum, which had been outbid for two comparable items
over the last ten years, raised the money through a public appeal, a third of
the money being given by one anonymous donor, curator Fiona Baird said. Thousands
of women made whitework like this at home for city merchants, frequently for very
little money. Once conservation work is complete, the gown will go on display in
the autumn.
"""),
        errors=[],
        traps=[
            trap("in about 1840", "around 1840"),
            trap("an embroiderer whose name is not known", "an unknown embroiderer"),
            trap("had been outbid for two comparable items over the last ten years",
                 "had been outbid on two similar pieces in the past decade"),
            trap("a third of the money being given by one anonymous donor",
                 "with a third coming from a single anonymous donor"),
            trap("frequently for very little money", "often for very low pay"),
        ],
    ),
    # ------------------------------------------------------------------ 18
    dict(
        domain="arable weed rescue", mode="rewrite", label="consistent",
        reference=P("""
Seeds of 23 rare arable plants, including corn cockle, shepherd's needle and
pheasant's eye, are to be reintroduced to field margins on six farms around
Fennick Magna this spring. The Cornfield Flowers Rescue, a partnership between
the Fennick Botanic Garden and local farmers, collected the seed from the last
wild populations over four years and bulked it up in nursery beds. Project lead
Dr Imogen Sallis said arable weeds were among the fastest-declining plants in the
country, with several species surviving at fewer than ten sites. Farmers taking
part will be paid £450 per hectare each year to leave margins uncropped and
unsprayed. The garden plans to extend the scheme to 20 farms by 2028 if funding
allows.
"""),
        candidate=P("""
This spring, field margins on six farms around Fennick Magna will be sown with
seed of 23 rare arable plants, among them corn cockle, shepherd's needle and
pheasant's eye. Over four years, the seed was gathered from the last wild
populations and multiplied in nursery beds by the Cornfield Flowers Rescue, which
brings together local farmers and the Fennick Botanic Garden. Arable weeds are
among the plants declining fastest in the country, according to project lead Dr
Imogen Sallis, and several species now survive at under ten sites. Participating
farmers will receive £450 a hectare annually for leaving margins without crops or
sprays. Provided the money can be found, the garden intends to expand the scheme
to 20 farms by 2028.
"""),
        errors=[],
        traps=[
            trap("multiplied in nursery beds", "bulked it up in nursery beds"),
            trap("under ten sites", "fewer than ten sites"),
            trap("£450 a hectare annually", "£450 per hectare each year"),
            trap("without crops or sprays", "uncropped and unsprayed"),
            trap("Provided the money can be found", "if funding allows"),
        ],
    ),
    # ------------------------------------------------------------------ 19
    dict(
        domain="classic car agreed value", mode="rewrite", label="inconsistent",
        reference=P("""
Owners of classic cars are being warned that their agreed-value policies may
leave them underinsured after auction prices for some models rose by up to 40% in
two years. Under an agreed-value policy, the insurer pays a fixed sum, set at the
start of the policy, if the car is written off or stolen. Halvergate Insurance,
which covers about 65,000 classic vehicles, said one in four of its policyholders
had not had their car revalued in more than five years. Its head of
underwriting, Marcus Quayle, said owners should obtain a fresh valuation from an
approved club or specialist at least every three years. The company will offer
free revaluations to existing customers until the end of June.
"""),
        candidate=P("""
With auction prices for some classic models up by as much as 40% over two years,
owners are being told that their agreed-value policies could leave them
underinsured. Such policies pay out a fixed sum, agreed when the policy is taken
out, if the car is stolen or written off. Halvergate Insurance, which insures
around 65,000 classic vehicles, said 40% of its policyholders had gone more than
five years without a revaluation. According to Marcus Quayle, its head of
underwriting, owners are required to get a new valuation from an approved club or
specialist at least once every three years. Existing customers will be offered
free revaluations until the end of June.
"""),
        errors=[
            err("40% of its policyholders", "number", "major", "one in four"),
            err("are required to", "modality", "major", "should"),
        ],
        traps=[
            trap("as much as 40%", "up to 40%"),
            trap("could leave them underinsured", "may leave them underinsured"),
            trap("had gone more than five years without a revaluation",
                 "had not had their car revalued in more than five years"),
        ],
    ),
    # ------------------------------------------------------------------ 20
    dict(
        domain="banana ripening rooms", mode="translation", label="consistent",
        reference=P("""
The fruit distributor Frutas del Valle Serrano inaugurated on Monday a new
ripening centre in the port of Puerto Alcázar with 24 chambers capable of
processing 1,800 tonnes of bananas a week. The bananas arrive green from the
plantations and are kept in the sealed chambers for four to seven days at
temperatures between 14 and 18 degrees, where they are exposed to small doses of
ethylene gas, the natural hormone that triggers ripening. The investment, of 19
million euros, will create 85 direct jobs. The company's general director, Marta
Ibarreche, explained that the chambers allow the ripening to be adjusted to the
orders of each supermarket chain. The centre uses solar panels on its roof to
cover about 40 percent of its electricity consumption.
"""),
        candidate=P("""
On Monday, fruit distributor Frutas del Valle Serrano opened a new banana ripening
facility at the port of Puerto Alcázar. Its 24 rooms can handle 1,800 tonnes of
bananas each week. Green bananas come in from the plantations and spend between
four and seven days in the airtight rooms at 14–18°C, where they receive low
doses of ethylene gas, the naturally occurring hormone that sets off ripening. The
€19 million investment will generate 85 direct jobs. General manager Marta
Ibarreche said the rooms make it possible to tailor ripening to what each
supermarket chain orders. Rooftop solar panels supply roughly two-fifths of the
centre's electricity needs.
"""),
        errors=[],
        traps=[
            trap("airtight rooms", "sealed chambers"),
            trap("at 14–18°C", "at temperatures between 14 and 18 degrees"),
            trap("sets off ripening", "triggers ripening"),
            trap("The €19 million investment", "The investment, of 19 million euros"),
            trap("roughly two-fifths", "about 40 percent"),
        ],
    ),
    # ------------------------------------------------------------------ 21
    dict(
        domain="footbridge vibration dampers", mode="summary", label="consistent",
        reference=P("""
The Quayside Footbridge in Ardmorran will close for six weeks from 2 June so that
engineers can fit tuned mass dampers to stop it swaying. The 180-metre steel
bridge, which opened in 2019 at a cost of £14.2 million, began to move noticeably
when crowds crossed it during last summer's harbour festival, a phenomenon known
as synchronous lateral excitation, in which pedestrians unconsciously fall into
step with the bridge's movement. An investigation by consultants Dunmore Pryce
found the structure was safe but that the movement could cause discomfort and
alarm. Twelve dampers, each weighing about 2.5 tonnes, will be installed beneath
the deck. The £1.9 million cost will be covered by the bridge's original
contractor, Tarrant Steelworks, under a warranty. A free shuttle bus will link
the two banks while the bridge is closed. Ardmorran City Council said the bridge
would be tested with volunteers before reopening.
"""),
        candidate=P("""
Ardmorran's Quayside Footbridge will shut for six weeks from 2 June while a dozen
tuned mass dampers are fitted beneath its deck to stop it swaying, a problem that
emerged when festival crowds crossed it last summer. Consultants judged the 180m
bridge safe but said the movement could cause discomfort and alarm. The original
contractor will meet the £1.9m cost under a warranty, and a free shuttle bus will
link the banks during the closure.
"""),
        errors=[],
        traps=[
            trap("a dozen tuned mass dampers", "Twelve dampers"),
            trap("when festival crowds crossed it last summer",
                 "when crowds crossed it during last summer's harbour festival"),
            trap("the 180m bridge", "The 180-metre steel bridge"),
            trap("will meet the £1.9m cost", "The £1.9 million cost will be covered"),
        ],
    ),
    # ------------------------------------------------------------------ 22
    dict(
        domain="Spring-heeled Jack", mode="rewrite", label="inconsistent",
        reference=P("""
An exhibition exploring the legend of Spring-heeled Jack, the leaping figure
said to have terrorised parts of England in the nineteenth century, opens at the
Brackwater Museum of Folklore on 3 October. It brings together more than 120
items, including penny dreadfuls, police reports and a letter from 1838 in which
a magistrate dismissed the sightings as a prank by young gentlemen. Curator Dr
Ruth Ellery said the legend had spread largely through newspapers, which printed
readers' accounts without checking them. The museum's director, Simon Achebe,
said the show was timed to coincide with Halloween and would run until 11
January. Admission will be £8, with free entry for under-16s.
"""),
        candidate=P("""
The Brackwater Museum of Folklore will open an exhibition on 3 October about the
legend of Spring-heeled Jack, a leaping figure who was said to have terrorised
parts of nineteenth-century England. Among the 120-plus items on show are penny
dreadfuls, police reports and a letter of 1883 in which a magistrate wrote off
the sightings as a prank by young gentlemen. The legend spread mainly through
newspapers, which published readers' accounts without verifying them, according
to museum director Simon Achebe. He said the show had been timed to coincide with
Halloween and would run until 11 January. Tickets cost £8, and under-16s get in
free.
"""),
        errors=[
            err("1883", "date", "minor", "1838"),
            err("museum director Simon Achebe", "attribution", "major", "Curator Dr Ruth Ellery"),
        ],
        traps=[
            trap("the 120-plus items", "more than 120 items"),
            trap("wrote off the sightings as", "dismissed the sightings as"),
        ],
    ),
    # ------------------------------------------------------------------ 23
    dict(
        domain="hospital pneumatic tubes", mode="summary", label="inconsistent",
        reference=P("""
Kelsall Road Hospital in Quenby Marsh has installed a new pneumatic tube system
that carries blood samples from wards to its laboratory in under two minutes,
replacing porters who previously walked samples across the site. The £2.3
million network runs through 4.5 kilometres of pipe and links 46 stations across
the hospital's three main buildings. Carriers travel at up to 8 metres per
second, and the system is designed to slow them on arrival so that samples are
not damaged. Laboratory manager Grace Inwood said the average time for urgent
blood results had fallen from 68 minutes to 41 minutes since the system began
operating in March. The porters whose work was taken over have been redeployed to
patient transport. Medicines will not be sent through the tubes.
"""),
        candidate=P("""
A £2.3m pneumatic tube system at Kelsall Road Hospital now sends blood samples
from wards to the laboratory in less than two minutes, linking 46 stations through
4.5km of pipe. Since it started operating in March, average turnaround for urgent
blood results has dropped from 68 to 41 minutes. The porters who used to carry
samples have been made redundant, and medicines will not go through the tubes.
"""),
        errors=[
            err("have been made redundant", "event", "major", "have been redeployed to patient transport"),
        ],
        traps=[
            trap("in less than two minutes", "in under two minutes"),
            trap("Since it started operating in March", "since the system began operating in March"),
            trap("has dropped from 68 to 41 minutes", "had fallen from 68 minutes to 41 minutes"),
        ],
    ),
    # ------------------------------------------------------------------ 24
    dict(
        domain="waxwing irruption", mode="summary", label="consistent",
        reference=P("""
Birdwatchers across northern and eastern parts of the country are reporting the
largest influx of waxwings for more than a decade, the Ornithological Records
Council said on Friday. The council has logged more than 11,000 sightings since
mid-October, compared with about 1,500 in the same period last winter. Waxwings
breed in the forests of Scandinavia and Russia and move south in large numbers,
an event known as an irruption, when the rowan berry crop there fails. Flocks of
up to 300 have been seen feeding on berry-laden shrubs in supermarket car parks
and on housing estates. Council spokesperson Dr Kirsty Blane said the birds were
generally tame and could often be watched from a few metres away, but urged
people not to approach closely or use flash photography. Numbers are expected to
peak in January.
"""),
        candidate=P("""
The biggest waxwing influx in over ten years is under way, with more than 11,000
sightings since mid-October against roughly 1,500 a year earlier, according to
the Ornithological Records Council. The birds irrupt south from Scandinavia and
Russia when rowan berries fail there; flocks of as many as 300 are feeding in car
parks and on estates. Numbers should peak in January, and watchers are asked not
to get too close or use flash.
"""),
        errors=[],
        traps=[
            trap("in over ten years", "for more than a decade"),
            trap("against roughly 1,500 a year earlier",
                 "compared with about 1,500 in the same period last winter"),
            trap("as many as 300", "up to 300"),
            trap("Numbers should peak in January", "Numbers are expected to peak in January"),
        ],
    ),
    # ------------------------------------------------------------------ 25
    dict(
        domain="engineered stone silicosis", mode="summary", label="consistent",
        reference=P("""
Health officials in the state of Velmora have recorded 212 cases of silicosis
among workers who cut and install engineered stone kitchen worktops, up from 58
five years ago, according to a report published on Tuesday. Engineered stone can
contain more than 90% crystalline silica, far more than natural granite or
marble, and cutting it without water suppression releases fine dust that scars
the lungs. The report, by the Velmora Occupational Health Agency, found that
nearly a third of those diagnosed were under 40, and that at least 14 had needed
lung transplants. Agency director Dr Samuel Oduya said a ban on the material was
'not ruled out' but that the immediate priority was enforcing wet cutting and
respiratory protection in small workshops, where most cases occurred. Industry
body Surface Fabricators Velmora said it supported stricter enforcement but
opposed a ban.
"""),
        candidate=P("""
Silicosis cases among workers who cut and fit engineered stone worktops in Velmora
have more than tripled in five years to 212, a state agency report says. The
material can be over 90% crystalline silica, and nearly a third of those
diagnosed were under 40. The agency's director said a ban was possible, but
enforcing wet cutting and respiratory protection in small workshops came first;
the industry backs tougher enforcement but not a ban.
"""),
        errors=[],
        traps=[
            trap("have more than tripled in five years to 212", "up from 58 five years ago"),
            trap("can be over 90% crystalline silica", "can contain more than 90% crystalline silica"),
            trap("a ban was possible", "a ban on the material was 'not ruled out'"),
            trap("came first", "the immediate priority was"),
            trap("the industry backs tougher enforcement but not a ban",
                 "said it supported stricter enforcement but opposed a ban"),
        ],
    ),
    # ------------------------------------------------------------------ 26
    dict(
        domain="competitive Scrabble word lists", mode="rewrite", label="consistent",
        reference=P("""
The Anglophone Word Games Federation will remove 61 words from its official
tournament list from 1 January, following a review of terms considered slurs. The
federation's dictionary committee, chaired by lexicographer Roland Ferris, said
the words would remain valid in casual play but could no longer be used in
sanctioned competitions. The change was approved by 14 votes to 3 at the
federation's annual meeting in Brenchwell Spa. Some leading players criticised
the decision, arguing that words on the list carry no meaning in play. The
federation's previous list update, in 2021, added around 2,400 words. Rating
points earned under the old list will not be affected.
"""),
        candidate=P("""
From 1 January, 61 words will be struck off the Anglophone Word Games Federation's
official tournament list after a review of terms regarded as slurs. The words may
still be played in casual games but can no longer be used in sanctioned
competitions, the federation's dictionary committee said. The committee is
chaired by lexicographer Roland Ferris. The change was backed 14-3 at the
federation's annual meeting in Brenchwell Spa. Some leading players have
criticised the decision, arguing that words on the list have no meaning in play.
When the list was last updated, in 2021, roughly 2,400 words were added. Rating
points earned under the old list will be unaffected.
"""),
        errors=[],
        traps=[
            trap("terms regarded as slurs", "terms considered slurs"),
            trap("may still be played in casual games", "would remain valid in casual play"),
            trap("backed 14-3", "approved by 14 votes to 3"),
            trap("When the list was last updated, in 2021", "The federation's previous list update, in 2021"),
            trap("will be unaffected", "will not be affected"),
        ],
    ),
    # ------------------------------------------------------------------ 27
    dict(
        domain="snakeshead fritillary meadow", mode="rewrite", label="inconsistent",
        reference=P("""
Volunteers counted 41,300 flowering snakeshead fritillaries at Tillings Mead this
April, the highest total since annual counts began in 1989. The meadow, beside
the River Leyne, is one of fewer than 30 sites in the country where the chequered
purple flower still grows wild in large numbers. Warden Jonathan Pike, of the
Leyne Valley Wildlife Trust, credited a return to traditional management, with
hay cut in July and cattle grazing the aftermath until February. Winter flooding,
which deposits silt, is also thought to help the plants. Last year's count was
33,800. The meadow is open to visitors, who are asked to stay on the mown paths.
"""),
        candidate=P("""
This April, volunteers at Tillings Mead counted 41,300 snakeshead fritillaries in
flower, the highest total since annual counts began in 1989. Lying beside the
River Tillings, the meadow is among fewer than 30 places in the country where the
chequered purple flower still grows wild in large numbers. Jonathan Pike, warden
for the Leyne Valley Wildlife Trust, put the rise down to a return to traditional
management, with hay cut in July and cattle grazing the aftermath until February.
Winter floods, which leave silt behind, are also believed to benefit the plants.
Last year volunteers counted 33,800, and this year's figure is the highest total
since annual counts began in 1989. Visitors are welcome but are asked to keep to
the mown paths.
"""),
        errors=[
            err("River Tillings", "entity", "minor", "River Leyne"),
            err("the highest total since annual counts began in 1989", "repetition", "minor", None, occ=1),
        ],
        traps=[
            trap("put the rise down to", "credited"),
            trap("are also believed to benefit the plants", "is also thought to help the plants"),
        ],
    ),
    # ------------------------------------------------------------------ 28
    dict(
        domain="cigar box guitar", mode="rewrite", label="consistent",
        reference=P("""
A festival celebrating cigar box guitars will return to Millbridge Quay on 14 and
15 June, with 40 builders and more than 60 performers taking part. The
instruments, usually made from a wooden box, a broom handle neck and three or four
strings, were popular among poor musicians in the early twentieth century because
they could be built for almost nothing. Organiser Dale Hutchins said last year's
festival sold out within a week and that capacity had been increased from 1,500
to 2,500 a day. A workshop tent will offer two-hour sessions in which visitors
can build their own guitar for £35, including materials. Children under 12 will
be admitted free when accompanied by an adult.
"""),
        candidate=P("""
Millbridge Quay will once again host a festival of cigar box guitars on 14-15
June, featuring 40 builders and over 60 performers. Typically put together from a
wooden box, a broom handle for a neck and three or four strings, the guitars
caught on with poor musicians in the early 1900s because they cost next to
nothing to build. Last year the festival sold out within a week, said organiser
Dale Hutchins, and daily capacity has now risen by 1,000 to 2,500. In a workshop
tent, visitors can spend two hours building a guitar of their own for £35, with
materials included. Under-12s go free if they come with an adult.
"""),
        errors=[],
        traps=[
            trap("over 60 performers", "more than 60 performers"),
            trap("the early 1900s", "the early twentieth century"),
            trap("cost next to nothing to build", "could be built for almost nothing"),
            trap("risen by 1,000 to 2,500", "increased from 1,500 to 2,500"),
            trap("Under-12s go free if they come with an adult",
                 "Children under 12 will be admitted free when accompanied by an adult"),
        ],
    ),
    # ------------------------------------------------------------------ 29
    dict(
        domain="UK tornado tracks", mode="summary", label="inconsistent",
        reference=P("""
A tornado that struck the village of Coldmarsh on the evening of 14 November left
a damage track 7.2 kilometres long and up to 90 metres wide, according to a
survey by the Severe Weather Survey Network. The network, a group of volunteers
who record tornadoes across the UK, rated the tornado force 3 on its ten-point
intensity scale, with estimated wind speeds of 150 to 180 km/h. Roofs were torn
from 23 houses and a barn was flattened, but nobody was seriously hurt. The UK
records around 30 to 35 tornadoes a year on average, most of them short-lived and
weak. Survey leader Dr Alan Wrexham said the tornado formed along a narrow line of
intense showers that crossed the area just after 7pm, and lasted around nine
minutes.
"""),
        candidate=P("""
The Coldmarsh tornado of 14 November cut a 7.2km track up to 90m wide and has been
rated force 3 on a ten-point scale by the Severe Weather Survey Network, with
winds estimated at 150-180km/h. It formed shortly before 7pm along a line of
intense showers and lasted about nine minutes, tearing roofs off 23 houses and
flattening a barn; nobody was seriously injured.
"""),
        errors=[
            err("shortly before 7pm", "date", "minor", "just after 7pm"),
        ],
        traps=[
            trap("a 7.2km track", "a damage track 7.2 kilometres long"),
            trap("tearing roofs off 23 houses", "Roofs were torn from 23 houses"),
            trap("nobody was seriously injured", "nobody was seriously hurt"),
        ],
    ),
    # ------------------------------------------------------------------ 30
    dict(
        domain="biodiversity net gain credits", mode="summary", label="consistent",
        reference=P("""
Landowners in the Vale of Aston Carrow have created the region's first habitat
bank to sell biodiversity net gain credits to housebuilders. Under planning
rules, most new developments must deliver a 10% increase in biodiversity compared
with the site's original condition, either on site or by buying off-site units.
The Carrow Habitat Bank, set up by three farming families on 140 hectares of
former arable land, will restore wildflower meadows, wet grassland and hedgerows,
and must maintain them for at least 30 years under a legal agreement with the
county council. Each biodiversity unit is expected to sell for between £22,000
and £28,000. Director Rachel Amory said two developers had already reserved
units, but declined to name them. Critics including the Vale Nature Forum argue
that off-site credits allow nature to be lost near homes and recreated miles
away.
"""),
        candidate=P("""
Three farming families have created the region's first habitat bank on 140
hectares of former arable land in the Vale of Aston Carrow, selling biodiversity
net gain credits to housebuilders, as most new developments must raise
biodiversity by a tenth. The restored habitats must be maintained for at least
three decades, units are likely to fetch £22,000 to £28,000 each, and two
unnamed developers have already reserved some. Critics say such credits let
nature be lost near homes and recreated miles away.
"""),
        errors=[],
        traps=[
            trap("raise biodiversity by a tenth", "deliver a 10% increase in biodiversity"),
            trap("at least three decades", "at least 30 years"),
            trap("are likely to fetch", "is expected to sell for"),
            trap("two unnamed developers have already reserved some",
                 "two developers had already reserved units"),
        ],
    ),
    # ------------------------------------------------------------------ 31
    dict(
        domain="eruv boundary wire", mode="rewrite", label="inconsistent",
        reference=P("""
An eruv, a symbolic boundary made largely of thin wire strung between existing
lampposts and poles, is to be created in the Northgate district of Halbury after
the city council granted planning permission on Thursday. The 11-kilometre
boundary will allow observant Jewish residents to carry items such as keys and
push prams on the Sabbath, which would otherwise be forbidden outside the home.
The Northgate Eruv Committee said it would install 46 new poles where no existing
structures were available, and that the wire would be checked every Friday before
sunset. Installation is due to begin in September and take about eight weeks.
Objections from two residents' groups about the poles' appearance were rejected
by councillors.
"""),
        candidate=P("""
Halbury city council on Thursday granted planning permission for an eruv in the
city's Northgate district, a symbolic boundary formed mostly of thin wire strung
between existing poles and lampposts. The boundary, which will run for 11km, will
allow observant Jewish residents to push prams and carry things like keys on the
Sabbath, which they would otherwise be forbidden to do outside the home. Where
there are no existing structures, 46 new poles will be installed, the Northgate
Eruv Committee said, adding that the wire would be inspected each Friday after
sunset. Work is expected to start in September and to last roughly eight weeks.
Councillors rejected objections from two residents' groups about how the poles
would look.
"""),
        errors=[
            err("after sunset", "date", "major", "before sunset"),
        ],
        traps=[
            trap("which will run for 11km", "The 11-kilometre boundary"),
            trap("Work is expected to start in September", "Installation is due to begin in September"),
            trap("Councillors rejected objections from two residents' groups about how the poles would look",
                 "Objections from two residents' groups about the poles' appearance were rejected by councillors"),
        ],
    ),
    # ------------------------------------------------------------------ 32
    dict(
        domain="McKenzie friend assistance", mode="rewrite", label="inconsistent",
        reference=P("""
A family court judge in Carnford has criticised a paid McKenzie friend who
charged a father £2,600 for help with a contact dispute and then tried to address
the court on his behalf without permission. McKenzie friends may sit beside
litigants in person, take notes and quietly give advice, but they have no
automatic right to speak in court. District Judge Helen Osei said the adviser,
Barry Lund, had 'seriously misled' the father about what he could do. The
Carnford Law Society said it may ask the government to introduce a register of
paid McKenzie friends. Mr Lund, who is not a lawyer, told reporters he had acted
in good faith.
"""),
        candidate=P("""
A paid McKenzie friend who charged a father £2,600 for help with a contact
dispute, then tried to speak for him in court without permission, has been
criticised by a family court judge in Carnford. Litigants in person may have a
McKenzie friend sit beside them, take notes and quietly give advice, but such
helpers do not automatically have the right to address the court. The adviser,
Barry Lund, had 'seriously misled' the father about what he could do, according
to the Carnford Law Society, which said it will call on the government to
introduce a register of paid McKenzie friends. Mr Lund, who is not a lawyer, told
reporters he had acted in good faith.
"""),
        errors=[
            err("according to the Carnford Law Society", "attribution", "major",
                "District Judge Helen Osei"),
            err("will call on", "modality", "minor", "may ask"),
        ],
        traps=[
            trap("tried to speak for him in court without permission",
                 "tried to address the court on his behalf without permission"),
            trap("do not automatically have the right to address the court",
                 "have no automatic right to speak in court"),
        ],
    ),
    # ------------------------------------------------------------------ 33
    dict(
        domain="pearl stringing", mode="translation", label="inconsistent",
        reference=P("""
A pearl-stringing workshop in the coastal city of Shiraura has received an order
from the prefectural government to restring a historic pearl necklace presented
to the city in 1935. The necklace consists of 108 akoya pearls and had become
loose because its original silk thread had deteriorated. Craftsman Tomoko Arase,
58, who has worked at the workshop for 35 years, will restring the pearls on new
silk with a knot tied between each pearl, so that if the thread breaks, no more
than one pearl can be lost. The work is expected to take about a week. The
necklace will then be displayed at the city museum from 1 December, for the first
time in 40 years.
"""),
        candidate=P("""
The prefectural government has commissioned a pearl-stringing workshop in the
seaside city of Shiraura to restring a historic pearl necklace that was given to
the city in 1935. Made up of 108 akoya pearls, the necklace had come loose because
the silk thread it was originally strung on had deteriorated. Tomoko Arase, 58, a
craftswoman who has spent 35 years at the workshop, will restring the pearls on
new silk, tying a knot between each one so that no more than a single pearl would
be lost if the thread were to snap. The job should take around a week. Afterwards,
the necklace will go on show at the city museum from 1 December.
"""),
        errors=[
            omit("for the first time in 40 years", "minor", after="from 1 December"),
        ],
        traps=[
            trap("The prefectural government has commissioned a pearl-stringing workshop",
                 "has received an order from the prefectural government"),
            trap("so that no more than a single pearl would be lost if the thread were to snap",
                 "so that if the thread breaks, no more than one pearl can be lost"),
            trap("The job should take around a week", "The work is expected to take about a week"),
        ],
    ),
    # ------------------------------------------------------------------ 34
    dict(
        domain="water fluoridation scheme", mode="summary", label="consistent",
        reference=P("""
Drinking water for around 480,000 people in the Eastvale region will be
fluoridated from next spring, after the health authority approved the scheme
following a 12-week public consultation. Fluoride will be added at one part per
million, the level recommended by national guidelines, at the Kessingford and
Marl Ridge treatment works. Of 6,300 responses to the consultation, 54% opposed
the plan, but the authority said it was required to weigh the evidence rather
than count votes. Director of public health Dr Anita Sorensen said children in
the region had some of the highest rates of tooth decay in the country, with one
in three five-year-olds showing visible decay. The scheme will cost about £1.4
million to install and £300,000 a year to run. Campaign group Clear Water Eastvale
said it was considering a legal challenge.
"""),
        candidate=P("""
The Eastvale health authority has approved fluoridating the water supply of some
480,000 people from next spring, despite a majority of consultation responses
opposing it. Fluoride will be added at the nationally recommended level of 1ppm.
The region's public health director pointed to high rates of tooth decay among
children, with a third of five-year-olds affected. Installation will cost about
£1.4m, and a campaign group is weighing a legal challenge.
"""),
        errors=[],
        traps=[
            trap("a majority of consultation responses opposing it", "54% opposed the plan"),
            trap("the nationally recommended level of 1ppm",
                 "one part per million, the level recommended by national guidelines"),
            trap("with a third of five-year-olds affected",
                 "with one in three five-year-olds showing visible decay"),
            trap("is weighing a legal challenge", "was considering a legal challenge"),
        ],
    ),
    # ------------------------------------------------------------------ 35
    dict(
        domain="laverbread seaweed gathering", mode="rewrite", label="inconsistent",
        reference=P("""
A seafood company in Porth Ceinion has bought the last independent laverbread
producer on the Cefn Gwyrdd coast, ending more than a century of family
ownership. Morlan Seafoods said it had acquired Bevan's Laver, which gathers the
seaweed by hand from rocks at low tide before boiling it for up to ten hours to
make the dark purée. The price was not disclosed. Bevan's, founded in 1911,
employs nine people and supplies around 40 shops and restaurants. Owner Gethin
Bevan, 71, said he had no children willing to take over the business and that
Morlan had promised to keep all the staff and the original recipe. Morlan plans
to double production within three years.
"""),
        candidate=P("""
Bevan's Laver, the last independent laverbread producer on the Cefn Gwyrdd coast,
has been bought by Morlan Seafoods of Porth Ceinion, bringing more than 100 years
of family ownership to an end. The business gathers the seaweed by hand from
rocks at low tide, then boils it for as long as ten hours to make the dark purée.
No price was given for the deal. Founded in 1911, Bevan's has a staff of nine and
supplies some 40 shops and restaurants. Its 71-year-old owner, Gethin Bevan, said
he had no children prepared to take over the business and that he had promised
Morlan that all the staff and the original recipe would be kept. Morlan intends
to double production within three years.
"""),
        errors=[
            err("he had promised Morlan", "role", "major", "Morlan had promised"),
        ],
        traps=[
            trap("more than 100 years", "more than a century"),
            trap("for as long as ten hours", "for up to ten hours"),
            trap("No price was given for the deal", "The price was not disclosed"),
        ],
    ),
    # ------------------------------------------------------------------ 36
    dict(
        domain="shakuhachi bamboo flute", mode="translation", label="consistent",
        reference=P("""
A craftsman in the town of Kamiyoshi has been designated a holder of an important
intangible cultural property by the prefectural government for his work making
shakuhachi bamboo flutes. Hideo Tanabe, 74, has made about 1,200 flutes in a
career spanning 52 years. He selects madake bamboo from hillsides near his
workshop each winter and dries the root ends for at least three years before
carving. A single flute takes him around two months to complete. The designation,
announced on the 12th, carries an annual grant of 500,000 yen to support the
training of successors. Mr Tanabe currently has two apprentices. 'The bamboo
decides the voice; I only help it speak,' he said. An exhibition of his
instruments will be held at the prefectural museum from next month.
"""),
        candidate=P("""
The prefecture has recognised Hideo Tanabe, a 74-year-old maker of shakuhachi
bamboo flutes from Kamiyoshi, as the holder of an important intangible cultural
property. Over 52 years of work he has produced roughly 1,200 flutes. Every winter
he chooses madake bamboo on the slopes close to his workshop, then leaves the root
sections to dry for a minimum of three years before he begins carving. Each flute
needs about two months of work. Announced on the 12th, the designation comes with
a yearly subsidy of ¥500,000 intended for training successors. At present, Tanabe
has two apprentices. 'It is the bamboo that determines the sound. All I do is
help it to sing,' he said. Beginning next month, the prefectural museum will
exhibit his flutes.
"""),
        errors=[],
        traps=[
            trap("Over 52 years of work", "in a career spanning 52 years"),
            trap("for a minimum of three years", "for at least three years"),
            trap("Each flute needs about two months of work",
                 "A single flute takes him around two months to complete"),
            trap("a yearly subsidy of ¥500,000", "an annual grant of 500,000 yen"),
        ],
    ),
    # ------------------------------------------------------------------ 37
    dict(
        domain="political risk cover", mode="translation", label="inconsistent",
        reference=P("""
The export credit agency Creditex Atlantique will compensate the engineering firm
Delmare Ingénierie for losses of 46 million euros suffered after its contract to
build a water treatment plant was cancelled by the government of a West African
country following a coup. The company had taken out political risk insurance
with the agency in 2021, covering 90 percent of the contract value against
expropriation, war and breach of contract by a state. Delmare's chairman, Luc
Faivre, said the payment would allow the firm to avoid job cuts at its factory in
Vernay. The agency will now seek to recover the sums from the country concerned
through diplomatic channels. Claims of this type have increased sharply since
2020, according to the agency, which paid out 312 million euros in political risk
claims last year.
"""),
        candidate=P("""
Engineering firm Delmare Ingénierie is to indemnify the export credit agency
Creditex Atlantique for €46 million in losses incurred after the government of a
West African country cancelled, in the wake of a coup, its contract to build a
water treatment plant. In 2021 the company had bought political risk insurance
from the agency covering 90% of the contract's value against expropriation, war
and breach of contract by a state. According to Delmare chairman Luc Faivre, the
payout will let the company avoid cutting jobs at its Vernay factory. The agency
will now try to recover the money from the country in question through diplomatic
channels. It says claims of this kind have risen steeply since 2020; last year it
paid out €312 million on political risk claims.
"""),
        errors=[
            err("Delmare Ingénierie is to indemnify the export credit agency Creditex Atlantique",
                "role", "critical",
                "Creditex Atlantique will compensate the engineering firm Delmare Ingénierie"),
        ],
        traps=[
            trap("in the wake of a coup", "following a coup"),
            trap("have risen steeply", "have increased sharply"),
        ],
    ),
    # ------------------------------------------------------------------ 38
    dict(
        domain="Sussex trug making", mode="rewrite", label="consistent",
        reference=P("""
One of the last two workshops making traditional Sussex trugs has taken on its
first apprentice in 19 years. Harriet Colvin, 22, will spend three years at
Coldharbour Trugs in Selwick learning to cleave sweet chestnut for the frames and
shave willow boards for the body of the baskets. The apprenticeship is funded by
the Heritage Crafts Endowment, which last year listed trug making as critically
endangered. Owner Peter Gadd, 67, said the workshop made around 3,000 trugs a
year, mostly to order, and had a waiting list of four months. Each trug takes an
experienced maker about two hours, using techniques that have changed little
since the 1820s.
"""),
        candidate=P("""
Coldharbour Trugs in Selwick, one of only two workshops still making traditional
Sussex trugs, has hired an apprentice for the first time in 19 years. Over the
next three years, 22-year-old Harriet Colvin will learn to cleave sweet chestnut
for the frames and shave the willow boards that form the body of each basket.
Funding for the apprenticeship comes from the Heritage Crafts Endowment, which
classed trug making as critically endangered last year. According to owner Peter
Gadd, who is 67, the workshop produces some 3,000 trugs annually, most of them to
order, and has a four-month waiting list. An experienced maker needs roughly two
hours per trug, using methods that have barely changed since the 1820s.
"""),
        errors=[],
        traps=[
            trap("one of only two workshops still making", "One of the last two workshops making"),
            trap("has hired an apprentice for the first time in 19 years",
                 "has taken on its first apprentice in 19 years"),
            trap("classed trug making as critically endangered last year",
                 "last year listed trug making as critically endangered"),
            trap("some 3,000 trugs annually", "around 3,000 trugs a year"),
            trap("methods that have barely changed since the 1820s",
                 "techniques that have changed little since the 1820s"),
        ],
    ),
    # ------------------------------------------------------------------ 39
    dict(
        domain="bluetongue vaccination", mode="translation", label="inconsistent",
        reference=P("""
The Ministry of Agriculture will make vaccination against bluetongue free of
charge for sheep farmers this year, but not for cattle farmers, minister Pieter
van Doorn announced on Tuesday. The virus, which is spread by biting midges,
caused the deaths of an estimated 60,000 sheep in the country last summer.
Vaccination remains voluntary. The ministry has ordered 2.5 million doses, which
will be distributed through veterinary practices from April. Cattle farmers,
whose animals rarely die of the disease but can suffer from reduced milk
production and fertility problems, will receive a subsidy of 50 percent. The
farmers' organisation Agrarisch Verbond said it was disappointed that cattle
farmers would not be fully reimbursed. Vaccinated animals do not need to be kept
indoors.
"""),
        candidate=P("""
Sheep farmers will be able to have their animals vaccinated against bluetongue
free of charge this year, Agriculture Minister Pieter van Doorn announced on
Tuesday, but cattle farmers will not. Last summer the virus, which is transmitted
by mosquitoes, killed an estimated 60,000 sheep in the country. Vaccination will
not be compulsory. Veterinary practices will distribute the 2.5 million doses
ordered by the ministry starting in April. Cattle rarely die of the disease but
can suffer lower milk yields and fertility problems; their owners will have half
of the cost reimbursed. Farmers' union Agrarisch Verbond expressed disappointment
that cattle farmers will not be fully compensated. Animals that have been
vaccinated must be kept indoors.
"""),
        errors=[
            err("mosquitoes", "entity", "minor", "biting midges"),
            err("must be kept indoors", "polarity", "major", "do not need to be kept indoors"),
        ],
        traps=[
            trap("Vaccination will not be compulsory", "Vaccination remains voluntary"),
            trap("starting in April", "from April"),
            trap("will have half of the cost reimbursed", "will receive a subsidy of 50 percent"),
        ],
    ),
    # ------------------------------------------------------------------ 40
    dict(
        domain="stone lithography", mode="translation", label="consistent",
        reference=P("""
The last commercial stone lithography workshop in the city of Aldenbrück will not
close after all. The printmaker Katrin Vogelsang, 41, has taken over the workshop
from its previous owner, Werner Haas, who is retiring at 79 after running it for
46 years. The deal includes six hand presses and around 900 limestone printing
plates, some of them more than 150 years old and weighing up to 180 kilograms.
Vogelsang plans to continue printing editions for artists and to offer weekend
courses. The city has promised a rent subsidy of 1,500 euros a month for the
first three years. Lithography, invented in 1796, is based on the fact that grease
and water repel each other. Haas will continue to advise the workshop on an
honorary basis.
"""),
        candidate=P("""
Aldenbrück's last commercial workshop for stone lithography has been saved from
closure. Its owner of 46 years, Werner Haas, is retiring at the age of 79 and has
handed it over to printmaker Katrin Vogelsang, who is 41. With it she takes on six
hand presses and about 900 limestone printing plates, a number of which are over
150 years old and weigh as much as 180 kg. Vogelsang intends to go on printing
editions for artists and also to run courses at weekends. For the first three
years, the city has pledged to subsidise the rent with €1,500 per month. Invented
in 1796, lithography relies on the mutual repulsion of grease and water. Haas will
go on advising the workshop as an unpaid adviser.
"""),
        errors=[],
        traps=[
            trap("has been saved from closure", "will not close after all"),
            trap("weigh as much as 180 kg", "weighing up to 180 kilograms"),
            trap("€1,500 per month", "1,500 euros a month"),
            trap("relies on the mutual repulsion of grease and water",
                 "is based on the fact that grease and water repel each other"),
            trap("as an unpaid adviser", "on an honorary basis"),
        ],
    ),
]


# ---------------------------------------------------------------------------
# Offsets and validation
# ---------------------------------------------------------------------------

class SetError(Exception):
    pass


def locate(hay, needle, occ, where):
    """Return the start of occurrence `occ` of `needle`; occ is required if the text repeats."""
    count = 0
    pos = hay.find(needle)
    starts = []
    while pos >= 0:
        starts.append(pos)
        pos = hay.find(needle, pos + 1)
    count = len(starts)
    if count == 0:
        raise SetError("%s: text not found in candidate: %r" % (where, needle))
    if occ is None:
        if count > 1:
            raise SetError("%s: text occurs %d times, give occ: %r" % (where, count, needle))
        occ = 0
    if occ >= count:
        raise SetError("%s: occurrence %d requested, only %d: %r" % (where, occ, count, needle))
    return starts[occ]


def cuts_word(s, i):
    return 0 < i < len(s) and s[i - 1].isalnum() and s[i].isalnum()


def build():
    problems = []

    def check(cond, msg):
        if not cond:
            problems.append(msg)

    records = []
    if len(CASES) != 40:
        problems.append("expected 40 cases, got %d" % len(CASES))
    doms = [c["domain"] for c in CASES]
    check(len(set(doms)) == len(doms), "duplicate domains")
    check(set(doms) == set(DOMAINS), "domains differ from the list: %r / %r"
          % (sorted(set(doms) - set(DOMAINS)), sorted(set(DOMAINS) - set(doms))))

    order = {d: i for i, d in enumerate(DOMAINS)}
    cases = sorted(CASES, key=lambda c: order.get(c["domain"], 999))

    for n, case in enumerate(cases, 1):
        rid = "s%d-%03d" % (N, n)
        where = "%s (%s)" % (rid, case["domain"])
        ref, cand = case["reference"], case["candidate"]
        mode, label = case["mode"], case["label"]
        check(mode in ("rewrite", "summary", "translation"), where + ": bad mode")
        check(label in ("consistent", "inconsistent"), where + ": bad label")
        check(ref != cand, where + ": candidate equals reference")
        nw = len(ref.split())
        check(70 <= nw <= 190, where + ": reference has %d words" % nw)
        if mode == "summary":
            check(len(cand.split()) < nw and len(cand) < len(ref),
                  where + ": summary not shorter than reference")
        for t in (ref, cand):
            check("  " not in t and t == t.strip(), where + ": whitespace problem")

        spans = []  # (start, end, kind)
        errors_out = []
        try:
            for e in case["errors"]:
                et, sev = e["type"], e["severity"]
                check(et in ERROR_TYPES, where + ": bad error type %r" % et)
                check(sev in SEVERITIES, where + ": bad severity %r" % sev)
                if et == "omission":
                    check(mode in ("rewrite", "translation"), where + ": omission in summary")
                    check(e["text"] == "", where + ": omission text must be empty")
                    anchor = e.get("after") or e.get("before")
                    check(anchor is not None and not (e.get("after") and e.get("before")),
                          where + ": omission needs exactly one of after/before")
                    p = locate(cand, anchor, e["occ"], where)
                    start = end = p + len(anchor) if e.get("after") else p
                    check(e["ref_text"] and e["ref_text"] in ref,
                          where + ": omission ref_text not in reference")
                    check(e["ref_text"].lower() not in cand.lower(),
                          where + ": omitted words present in candidate")
                    check(not cuts_word(cand, start), where + ": omission point inside a word")
                else:
                    text = e["text"]
                    check(text and text == text.strip(), where + ": empty/untrimmed error text")
                    start = locate(cand, text, e["occ"], where)
                    end = start + len(text)
                    check(not cuts_word(cand, start) and not cuts_word(cand, end),
                          where + ": error span cuts a word: %r" % text)
                    if et in ("addition", "repetition"):
                        check(e["ref_text"] is None, where + ": %s must have null ref_text" % et)
                    else:
                        check(e["ref_text"] is not None and e["ref_text"] in ref,
                              where + ": error ref_text not in reference: %r" % e["ref_text"])
                        check(text not in ref,
                              where + ": error text occurs verbatim in reference: %r" % text)
                    if et == "repetition":
                        check(text in cand[:start],
                              where + ": repetition has no earlier copy: %r" % text)
                spans.append((start, end, "error"))
                errors_out.append({"start": start, "end": end, "text": cand[start:end],
                                   "type": et, "severity": sev, "ref_text": e["ref_text"]})
            traps_out = []
            for t in case["traps"]:
                text = t["text"]
                start = locate(cand, text, t["occ"], where)
                end = start + len(text)
                check(text == text.strip() and text, where + ": untrimmed trap")
                check(not cuts_word(cand, start) and not cuts_word(cand, end),
                      where + ": trap span cuts a word: %r" % text)
                check(t["ref_text"] in ref, where + ": trap ref_text not in reference: %r" % t["ref_text"])
                check(text != t["ref_text"], where + ": trap identical to reference wording")
                check(text not in ref, where + ": trap text occurs verbatim in reference: %r" % text)
                spans.append((start, end, "trap"))
                traps_out.append({"start": start, "end": end, "text": cand[start:end],
                                  "ref_text": t["ref_text"]})
        except SetError as exc:
            problems.append(str(exc))
            continue

        # overlaps (a zero-width omission point may not fall strictly inside a span)
        for i in range(len(spans)):
            for j in range(i + 1, len(spans)):
                a, b = spans[i], spans[j]
                if a[0] == a[1] or b[0] == b[1]:
                    p, s = (a, b) if a[0] == a[1] else (b, a)
                    bad = s[0] < p[0] < s[1] or (s[0] == s[1] == p[0])
                else:
                    bad = a[0] < b[1] and b[0] < a[1]
                check(not bad, where + ": overlapping spans %r %r" % (a, b))

        if label == "consistent":
            check(not errors_out, where + ": consistent pair has errors")
            check(3 <= len(traps_out) <= 5, where + ": consistent pair needs 3-5 traps")
        else:
            check(1 <= len(errors_out) <= 2, where + ": inconsistent pair needs 1-2 errors")
            check(0 <= len(traps_out) <= 3, where + ": inconsistent pair needs 0-3 traps")

        errors_out.sort(key=lambda d: (d["start"], d["end"]))
        traps_out.sort(key=lambda d: (d["start"], d["end"]))
        records.append({"id": rid, "domain": case["domain"], "mode": mode,
                        "reference": ref, "candidate": cand, "label": label,
                        "errors": errors_out, "traps": traps_out})

    # composition
    if len(records) == len(CASES):
        ml = Counter((r["mode"], r["label"]) for r in records)
        for mode, k in (("rewrite", 10), ("summary", 5), ("translation", 5)):
            for label in ("consistent", "inconsistent"):
                check(ml[(mode, label)] == k, "composition: %s/%s = %d, expected %d"
                      % (mode, label, ml[(mode, label)], k))
        types = Counter(e["type"] for r in records for e in r["errors"])
        check(sum(types.values()) == 30, "expected 30 errors, got %d" % sum(types.values()))
        check(all(types[t] >= 2 for t in ERROR_TYPES), "some error type has < 2 examples")
        check(dict(types) == EXPECTED_TYPE_COUNTS, "type counts %r" % dict(types))
        sev = Counter(e["severity"] for r in records for e in r["errors"])
        check(dict(sev) == EXPECTED_SEVERITY_COUNTS, "severity counts %r" % dict(sev))
        per_pair = Counter(len(r["errors"]) for r in records if r["label"] == "inconsistent")
        check(per_pair == Counter({1: 10, 2: 10}), "errors per pair %r" % per_pair)
        traps = Counter()
        for r in records:
            traps[r["label"]] += len(r["traps"])
        check(dict(traps) == EXPECTED_TRAPS, "trap counts %r" % dict(traps))
    return records, problems


def main():
    check_only = "--check" in sys.argv[1:]
    records, problems = build()
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        print("%d problem(s); nothing written." % len(problems))
        return 1
    types = Counter(e["type"] for r in records for e in r["errors"])
    ml = Counter((r["mode"], r["label"]) for r in records)
    print("OK: %d pairs, %d errors, %d traps" % (
        len(records), sum(types.values()), sum(len(r["traps"]) for r in records)))
    print("  modes/labels:", dict(sorted(ml.items())))
    print("  error types:", dict(sorted(types.items())))
    if check_only:
        print("--check: validated only, nothing written.")
        return 0
    with open(OUT_PATH, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", OUT_PATH)
    return 0


if __name__ == "__main__":
    sys.exit(main())
