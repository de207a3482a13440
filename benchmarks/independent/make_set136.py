#!/usr/bin/env python3
"""Held-out evaluation set 136 for a fact-comparison tool.

How it was made
---------------
Every pair was hand-written by a helper session that saw no code or data of
the project and no existing benchmark; it worked only from a written brief.
All people, companies, organisations, places and figures are invented (real
countries appear only as background).  The texts are held here as Python data;
every character offset is computed by string search (an occurrence index is
given where a quoted text repeats), validated, and written to set136.jsonl.

Usage:  python3 make_set136.py           # validate and write set136.jsonl
        python3 make_set136.py --check   # validate only, write nothing

Composition
-----------
* 40 pairs, each from a different domain: 20 consistent, 20 inconsistent.
* Modes: 20 rewrites, 10 summaries, 10 translations (half of each consistent).
  Translation pairs are two independent English translations of the same
  non-English story.
* 30 errors over 11 types: entity 3, number 3, date 3, role 3, polarity 3,
  modality 3, attribution 3, event 3, omission 2, addition 2, repetition 2.
  10 inconsistent pairs carry one error, 10 carry two.  Omissions occur only
  in rewrite and translation pairs.
* Traps (faithful rewordings a naive checker might flag): 3-5 in every
  consistent pair, 0-3 in inconsistent pairs.
* References are 70-190 words in news/agency/corporate/official register.
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "set136.jsonl")
N = 136

DOMAINS = [
    "television licence evasion", "beach litter survey", "book prize shortlist",
    "roman coin hoard", "river swimming status", "whisky distillery expansion",
    "gas explosion flats", "puffin colony count", "orchestra tour cancelled",
    "tornado damage", "tower block cladding", "pet food shortage",
    "street food festival", "zoo panda loan", "rail fare refund scheme",
    "bread price rise", "shipwreck discovery", "author library ban",
    "football stadium expansion", "diet research claims", "betting shop closures",
    "space debris", "red squirrel survey", "app ban", "cinema reopening after fire",
    "shop closure high street", "nurse overseas recruitment",
    "drug smuggling arrest", "island ferry strike", "athletics doping appeal",
    "antique fraud", "ice hockey team relocation", "jellyfish swarm",
    "birth rate fall", "fog airport delays", "caravan site plans",
    "fish smuggling", "sleep study findings", "hospital car crash unit",
    "twins reunion",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]


def t(s):
    """Normalise whitespace so the texts can be written as indented blocks."""
    return " ".join(s.split())


def E(text, type_, severity, ref_text=None, occ=0, after=None, after_occ=0):
    """An error.  For an omission give text="" and `after`: the candidate text
    that ends where the missing words belong."""
    return {"text": t(text), "type": type_, "severity": severity,
            "ref_text": None if ref_text is None else t(ref_text),
            "occ": occ, "after": None if after is None else t(after),
            "after_occ": after_occ}


def T(text, ref_text, occ=0):
    """A trap: faithful rewording; ref_text is the reference wording."""
    return {"text": t(text), "ref_text": t(ref_text), "occ": occ}


CASES = []


def case(domain, mode, label, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "label": label,
                  "reference": t(reference), "candidate": t(candidate),
                  "errors": list(errors), "traps": list(traps)})


# ---------------------------------------------------------------- 1-10

case("television licence evasion", "rewrite", "consistent",
     """The number of households prosecuted for watching live television
     without a licence in Marrowby fell by 18 per cent last year, according to
     figures released on Tuesday 14 March by the Broadcast Licensing Office. A
     total of 2,460 cases reached the magistrates' courts in the 12 months to
     December, down from 3,000 the year before. Officials said the decline was
     partly due to a new scheme allowing first-time offenders to settle their
     case by buying a licence within 28 days. Deputy director Harriet Cullane
     said enforcement visits would continue but that the office was
     'increasingly focused on persuasion rather than punishment'. Campaigners
     from the group Fair Screens welcomed the drop but called for evasion to be
     treated as a civil rather than a criminal matter.""",
     """Prosecutions of Marrowby households for watching live TV without a
     licence fell by 18% last year, according to figures published by the
     Broadcast Licensing Office on Tuesday 14 March. In the 12 months to
     December, 2,460 cases came before the magistrates' courts, compared with
     3,000 a year earlier. The office attributed part of the drop to a new
     scheme under which first-time offenders can settle their case by buying a
     licence within four weeks. Harriet Cullane, its deputy director, said
     enforcement visits would carry on, but that the office was increasingly
     focused on 'persuasion rather than punishment'. The campaign group Fair
     Screens welcomed the fall, while arguing that evasion should be treated as
     a civil rather than a criminal matter.""",
     traps=[T("live TV", "live television"),
            T("compared with 3,000 a year earlier", "down from 3,000 the year before"),
            T("The office attributed part of the drop to",
              "Officials said the decline was partly due to"),
            T("within four weeks", "within 28 days"),
            T("Harriet Cullane, its deputy director", "Deputy director Harriet Cullane")])

case("beach litter survey", "rewrite", "consistent",
     """Volunteers collected an average of 412 pieces of litter per 100 metres
     of shoreline during this year's Coastwatch Count, the Tidewell Marine Trust
     said on Friday. The figure is the lowest since the annual survey began in
     2009, and compares with 530 items per 100 metres last year. Plastic
     fragments made up 61 per cent of everything found, while drinks containers
     accounted for one item in ten. More than 3,800 volunteers took part across
     207 beaches over the weekend of 16 and 17 September. The trust's survey
     coordinator, Nadia Ferrow, said the improvement was encouraging but warned
     that a single year's data could not confirm a lasting trend.""",
     """This year's Coastwatch Count found an average of 412 items of litter for
     every 100 metres of coast, down from 530 last year and the lowest level
     recorded since the annual survey started in 2009, the Tidewell Marine
     Trust said on Friday. Upwards of 3,800 volunteers surveyed 207 beaches
     over the weekend of 16-17 September. Just over three in five of the items
     they found were plastic fragments, and drinks containers made up 10 per
     cent. Nadia Ferrow, who coordinates the survey for the trust, called the
     improvement encouraging but cautioned that one year of figures was not
     enough to confirm a lasting trend.""",
     traps=[T("Just over three in five", "61 per cent"),
            T("made up 10 per cent", "accounted for one item in ten"),
            T("Upwards of 3,800", "More than 3,800"),
            T("who coordinates the survey for the trust", "The trust's survey coordinator"),
            T("one year of figures was not enough to confirm",
              "a single year's data could not confirm")])

case("book prize shortlist", "summary", "consistent",
     """Six novels have been shortlisted for this year's Hallam Prize for
     Fiction, worth £40,000 to the winner, the organisers announced on
     Wednesday. For the first time in the award's 22-year history, two debut
     novels have made the list: Lena Okafor-Brandt's 'The Salt Orchard' and
     Tomas Wilde's 'Nine Winters'. The remaining places went to established
     authors, including former winner Priya Castellane, who is shortlisted for
     'A House Without Doors'. The judges, chaired by the critic Marcus Eldon,
     read 164 submissions. Eldon said the panel had been 'struck by the
     ambition of the younger writers'. Each shortlisted author receives
     £2,500. The winner will be announced at a ceremony in Kelbridge on 9
     November.""",
     """Two debuts - 'The Salt Orchard' by Lena Okafor-Brandt and Tomas Wilde's
     'Nine Winters' - are among six books shortlisted for the £40,000 Hallam
     Prize for Fiction, the first time in its 22 years that the list has
     included two first novels. Former winner Priya Castellane is also in
     contention. The panel, led by Marcus Eldon, considered 164 entries, and the
     winner will be named in Kelbridge on 9 November.""",
     traps=[T("two first novels", "two debut novels"),
            T("the first time in its 22 years",
              "For the first time in the award's 22-year history"),
            T("led by Marcus Eldon", "chaired by the critic Marcus Eldon"),
            T("considered 164 entries", "read 164 submissions"),
            T("will be named", "will be announced")])

case("roman coin hoard", "translation", "consistent",
     """A hoard of more than 1,300 Roman coins has been found by a farmer
     ploughing a field near the village of Saint-Aubin-les-Crêtes, in eastern
     France, the regional archaeology service announced on Monday. The bronze
     and silver coins were buried in a clay pot that is believed to date from
     around AD 270. Archaeologist Claire Moutier, who is leading the
     excavation, said the find was 'exceptional for the region' and that the
     hoard had probably been hidden during a period of unrest. The farmer,
     Julien Dorsac, alerted the authorities the same day. Under French law the
     coins will become state property, but he will be entitled to
     compensation. The hoard will be exhibited at the museum in Vaudrenne next
     spring.""",
     """While ploughing a field close to Saint-Aubin-les-Crêtes, in the east of
     France, a farmer has unearthed a cache of over 1,300 coins from the Roman
     era, the regional archaeological service said on Monday. The coins, of
     silver and bronze, had been buried inside an earthenware jar thought to
     date back to approximately 270 AD. 'This is an exceptional discovery for
     the region,' said Claire Moutier, the archaeologist in charge of the dig,
     adding that the treasure was probably concealed at a time of unrest.
     Julien Dorsac, the farmer, informed the authorities on the day of the
     find. The coins will pass to the state, although he will be entitled to
     compensation. They are due to go on display at the Vaudrenne museum next
     spring.""",
     traps=[T("over 1,300", "more than 1,300"),
            T("an earthenware jar", "a clay pot"),
            T("approximately 270 AD", "around AD 270"),
            T("the archaeologist in charge of the dig", "who is leading the excavation"),
            T("on the day of the find", "the same day")])

case("river swimming status", "translation", "consistent",
     """A stretch of the river Elmsa running through the city of Bernhagen has
     been officially designated as a bathing site for the first time, the
     state environment ministry said on Thursday. The 800-metre section will be
     tested for bacteria every week between 1 June and 15 September, and
     results will be published online within 48 hours of each sample. Swimming
     had been banned there since 1978 because of industrial pollution.
     Environment minister Katrin Vollmer said the designation was 'the reward
     for forty years of clean-up work'. However, the ministry warned that
     bathing would be temporarily prohibited after heavy rain, when overflow
     from sewers can raise bacteria levels. The city plans to install changing
     cabins and two lifeguard stations by next summer.""",
     """For the first time, part of the Elmsa in Bernhagen has received official
     status as a bathing area, the state's environment ministry announced on
     Thursday. Weekly bacteria tests will be carried out on the 800 m stretch
     from 1 June to 15 September, with the results posted online no later than
     two days after each sample is taken. Bathing in this part of the river had
     been forbidden since 1978 owing to industrial contamination. 'This is the
     reward for four decades of clean-up efforts,' said Katrin Vollmer, the
     environment minister. The ministry cautioned, however, that swimming will
     be banned temporarily following heavy rainfall, because sewer overflows
     can push up bacteria levels. By next summer, the city intends to put in
     changing cabins and two lifeguard posts.""",
     traps=[T("Weekly bacteria tests", "tested for bacteria every week"),
            T("no later than two days after each sample is taken",
              "within 48 hours of each sample"),
            T("owing to industrial contamination", "because of industrial pollution"),
            T("four decades", "forty years"),
            T("the 800 m stretch", "The 800-metre section")])

case("whisky distillery expansion", "summary", "consistent",
     """Glenmorrach Distillers is to spend £24 million expanding its site at
     Strathlaine, doubling production capacity to four million litres of
     spirit a year, the company said on Monday. The project, which still
     requires planning approval from Highmoor Council, would create 35
     permanent jobs and add six new copper stills and a visitor centre.
     Construction is expected to begin next spring and take around 18 months.
     Managing director Fiona Rathe said demand from Asian markets had grown by
     a third over the past three years. The company, which employs 80 people
     at Strathlaine, said it would also install a biomass boiler to cut the
     site's carbon emissions by up to 70 per cent.""",
     """Glenmorrach Distillers plans a £24m expansion at Strathlaine that would
     double annual capacity to 4m litres and bring 35 permanent jobs, subject to
     planning consent from Highmoor Council. Work is likely to start next spring
     and last about a year and a half. The company cited a one-third rise in
     Asian demand over three years.""",
     traps=[T("£24m", "£24 million"),
            T("subject to planning consent", "still requires planning approval"),
            T("is likely to start next spring", "is expected to begin next spring"),
            T("about a year and a half", "around 18 months"),
            T("a one-third rise", "had grown by a third")])

case("gas explosion flats", "rewrite", "inconsistent",
     """Two people were taken to hospital after a gas explosion destroyed a
     ground-floor flat in Carrow Street, Dunmere, shortly after 6am on Sunday.
     Firefighters rescued an elderly man from the first floor, and 14 residents
     of the four-storey block were evacuated. One of the injured, a woman in
     her 40s, is in a serious but stable condition at Dunmere General Hospital.
     The other was treated for smoke inhalation and discharged. Northvale Gas
     Networks said it had isolated the supply to the street and that 46 homes
     were without gas on Sunday night. Police said the cause was not yet known
     but was not being treated as suspicious. Residents have been housed in a
     nearby hotel.""",
     """A gas explosion wrecked a ground-floor flat in Carrow Street, Dunmere,
     just after 6am on Sunday, sending two people to hospital. Fourteen
     residents of the four-storey block were evacuated, and firefighters
     rescued an elderly man from the first floor. A woman in her 40s remains in
     a serious condition at Dunmere General Hospital, while the second casualty
     was treated for smoke inhalation and allowed home. Northvale Gas Networks
     said it had cut off the supply to the street, leaving 64 homes without gas
     on Sunday night. Police said the cause had not been established but the
     explosion was not being treated as suspicious. Residents have been found
     rooms in a nearby hotel.""",
     errors=[E("", "omission", "minor", "but stable", after="remains in a serious"),
             E("64 homes", "number", "major", "46 homes")],
     traps=[T("just after 6am", "shortly after 6am"),
            T("allowed home", "discharged"),
            T("had not been established", "was not yet known")])

case("puffin colony count", "rewrite", "consistent",
     """The puffin population on the island of Skerrawick has risen for the
     third year in a row, according to a survey published on Thursday by the
     Northern Seabird Trust. Rangers counted 11,240 occupied burrows this
     spring, up from 9,870 last year - an increase of about 14 per cent. The
     colony had fallen to fewer than 6,000 pairs in 2015 after several seasons
     of poor breeding linked to shortages of sand eels. Senior ranger Owen
     Talisker said the recovery was 'heartening' but cautioned that seabirds
     remained vulnerable to avian flu, which killed hundreds of birds on
     neighbouring islands last summer. The trust will repeat the count in May
     next year.""",
     """Puffin numbers on Skerrawick have increased for a third consecutive
     year, according to a survey the Northern Seabird Trust published on
     Thursday. Its rangers recorded 11,240 occupied burrows this spring,
     compared with 9,870 last year, a rise of roughly 14%. In 2015 the colony
     had dropped below 6,000 pairs following a run of poor breeding seasons
     linked to a lack of sand eels. While describing the recovery as
     'heartening', senior ranger Owen Talisker warned that seabirds were still
     at risk from avian flu, which last summer killed hundreds of birds on
     nearby islands. The trust will carry out its next count in May next
     year.""",
     traps=[T("for a third consecutive year", "for the third year in a row"),
            T("a rise of roughly 14%", "an increase of about 14 per cent"),
            T("dropped below 6,000 pairs", "fallen to fewer than 6,000 pairs"),
            T("a lack of sand eels", "shortages of sand eels"),
            T("were still at risk from", "remained vulnerable to")])

case("orchestra tour cancelled", "summary", "inconsistent",
     """The Vellamy Philharmonic has cancelled the US leg of its autumn tour,
     citing rising travel costs and the withdrawal of a key sponsor. The
     orchestra had been due to give nine concerts in six cities in October,
     including its debut at the Halvorsen Hall. Chief executive Rachel
     Penhallow said ticket holders would receive full refunds automatically
     within 30 days. The dates in Germany and Austria, including three concerts
     at festivals, will go ahead as planned. The orchestra said it hoped to
     reschedule the American concerts for 2026 but that no dates had been
     agreed. The musicians' union said it was disappointed and would seek talks
     over lost fees for freelance players.""",
     """The Vellamy Philharmonic has postponed the US leg of its autumn tour,
     blaming rising travel costs and the withdrawal of a key sponsor. Nine
     concerts in six cities had been planned for October. Ticket holders will
     be refunded in full within 30 days, and the dates in Germany and Austria
     will go ahead. The orchestra hopes to stage the American concerts in 2026.
     Ticket holders will be refunded in full within 30 days.""",
     errors=[E("postponed", "event", "major", "cancelled"),
             E("Ticket holders will be refunded in full within 30 days",
               "repetition", "minor", occ=1)],
     traps=[T("blaming rising travel costs", "citing rising travel costs"),
            T("will be refunded in full", "would receive full refunds")])

case("tornado damage", "translation", "inconsistent",
     """A tornado tore through three villages in the south-east of the Czech
     Republic on Saturday evening, damaging more than 200 houses and injuring
     11 people, the regional fire service said. No deaths have been reported.
     The worst-hit village was Hrabovec, where the roofs of around 60 homes
     were ripped off and the church tower collapsed. Meteorologists estimated
     wind speeds of up to 250 km/h. Regional governor Pavel Stránsky said he did
     not rule out declaring a state of emergency, and that the army had been
     asked to help clear debris. An emergency fund of 30 million crowns will be
     made available to affected families. Electricity had been restored to most
     households by Sunday afternoon, but about 400 homes remained without
     power.""",
     """On Saturday evening a tornado swept across three villages in the
     country's south-east, damaging over 200 houses and leaving 11 people
     injured, according to the regional fire brigade. There were no reports of
     anyone being killed. In Hrabovec, the hardest-hit village, some 60 homes
     lost their roofs and the church tower came down. Forecasters put the wind
     speed at as much as 250 km/h. The regional governor, Pavel Stránsky, ruled
     out declaring a state of emergency, but said the army had been called in
     to help clear the rubble. Families affected will be able to draw on a
     30-million-crown emergency fund. By Sunday afternoon most households had
     their electricity back, though roughly 400 homes were still without
     power.""",
     errors=[E("ruled out declaring a state of emergency", "polarity", "major",
               "did not rule out declaring a state of emergency")],
     traps=[T("leaving 11 people injured", "injuring 11 people"),
            T("as much as 250 km/h", "up to 250 km/h"),
            T("some 60 homes lost their roofs",
              "the roofs of around 60 homes were ripped off")])

# ---------------------------------------------------------------- 11-20

case("tower block cladding", "rewrite", "inconsistent",
     """Owners of 14 residential tower blocks in Fernleigh must remove
     flammable cladding by the end of next year, the housing department has
     ruled. The order follows inspections carried out after a fire at Corrin
     Heights in March, in which 23 residents were treated for smoke inhalation.
     Chief fire officer Mary Dunstan said the panels on the affected buildings
     posed 'an unacceptable risk'. Housing minister Alan Brecken said
     leaseholders should not have to pay for the work, and that the government
     would consider covering the costs where owners could not be traced. The
     Fernleigh Residents' Association said the deadline was too distant and
     that people were 'living in fear'. Building owners have 28 days to appeal
     against the order.""",
     """The housing department has ordered the owners of 14 residential tower
     blocks in Fernleigh to strip flammable cladding from their buildings by
     the end of next year. The ruling comes after inspections prompted by a
     fire at Corrin Heights in March, when 23 residents needed treatment for
     smoke inhalation. Housing minister Alan Brecken said the panels posed 'an
     unacceptable risk' and that leaseholders should not have to pay for their
     removal, adding that the government will cover the costs where owners
     cannot be traced. The Fernleigh Residents' Association said the deadline
     was too far off and that people were 'living in fear'. Owners have four
     weeks to appeal against the order.""",
     errors=[E("Housing minister Alan Brecken said the panels posed 'an unacceptable risk'",
               "attribution", "major",
               "Chief fire officer Mary Dunstan said the panels on the affected buildings posed 'an unacceptable risk'"),
             E("the government will cover the costs", "modality", "major",
               "the government would consider covering the costs")],
     traps=[T("strip flammable cladding from their buildings", "remove flammable cladding"),
            T("four weeks", "28 days")])

case("pet food shortage", "summary", "consistent",
     """Supermarkets across the country are rationing some brands of cat and dog
     food after a fire at a processing plant operated by Brackwell Petcare
     halted production for at least six weeks. The plant, in Ossington,
     normally supplies around a quarter of the wet pet food sold in the UK.
     Several chains, including Forsey's and Grandmart, have limited customers
     to four items of the affected brands per visit. Brackwell said no animals
     had been harmed by its products and that the fire, on 2 May, was caused by
     an electrical fault. The company expects partial production to resume in
     mid-June. Vets have advised owners not to switch diets suddenly, as this
     can cause stomach upsets in pets.""",
     """A fire at Brackwell Petcare's Ossington plant, which normally makes
     about 25% of the UK's wet pet food, has stopped production for a minimum
     of six weeks, prompting supermarkets to ration some cat and dog food
     brands. Brackwell anticipates a partial restart in mid-June. Vets warn
     owners against changing pets' diets abruptly.""",
     traps=[T("about 25%", "around a quarter"),
            T("a minimum of six weeks", "at least six weeks"),
            T("anticipates a partial restart", "expects partial production to resume"),
            T("against changing pets' diets abruptly", "not to switch diets suddenly")])

case("street food festival", "rewrite", "consistent",
     """The Quayside Street Food Festival will return to Harlow Docks for three
     days from Friday 21 July, with more than 90 traders expected, organisers
     said. Entry will be free before 5pm, with evening tickets priced at £6.
     Last year's event drew an estimated 48,000 visitors, twice as many as in
     2021. Organiser Dev Sandhu said this year's line-up would include 30 stalls
     run by first-time traders, selected through a scheme supported by the
     Harlow Enterprise Fund. To reduce waste, all vendors will be required to
     use compostable packaging, and visitors who bring their own cups will get
     50p off drinks. Road closures will be in place on Dock Lane throughout the
     festival.""",
     """More than 90 traders are expected at the Quayside Street Food Festival,
     which returns to Harlow Docks for a three-day run starting on Friday 21
     July, the organisers said. Admission is free until 5pm; after that,
     tickets cost £6. According to organiser Dev Sandhu, 30 of this year's
     stalls will be run by newcomers chosen through a scheme backed by the
     Harlow Enterprise Fund. An estimated 48,000 people attended last year,
     double the 2021 figure. In a bid to cut waste, every vendor must use
     compostable packaging, and anyone bringing their own cup will receive a
     50p discount on drinks. Dock Lane will be closed to traffic for the
     duration of the festival.""",
     traps=[T("Admission is free until 5pm", "Entry will be free before 5pm"),
            T("newcomers", "first-time traders"),
            T("backed by", "supported by"),
            T("double the 2021 figure", "twice as many as in 2021"),
            T("a 50p discount on drinks", "50p off drinks")])

case("zoo panda loan", "rewrite", "inconsistent",
     """Two giant pandas will arrive at Caldermoor Zoo on 4 September on a
     ten-year loan from the Qinfeng Panda Conservation Centre in China, the zoo
     announced on Tuesday. The pair, a five-year-old male called Lin Bao and a
     four-year-old female, Xue Mei, will go on public display in mid-October
     after a period of quarantine. Caldermoor will pay an annual fee of $1
     million, which will fund conservation work in the animals' native
     habitat. Ahead of the move, the zoo's keepers have been trained by
     specialists from Qinfeng, who will remain in Caldermoor for the first
     three months. Zoo director Helen Ashgrove said the arrival was 'the
     culmination of six years of negotiation'. A new £3.5 million enclosure has
     been built for the animals.""",
     """Caldermoor Zoo said on Tuesday that it will receive two giant pandas
     from China's Qinfeng Panda Conservation Centre on 4 September, on loan for
     a decade. Lin Bao, a five-year-old male, and Xue Mei, a female aged four,
     will be quarantined before going on public display in mid-September. The
     zoo will pay $1m a year, money that will fund conservation work in the
     pandas' native habitat. In preparation, Caldermoor's keepers have been
     training specialists from Qinfeng, who will stay on for the first three
     months. Zoo director Helen Ashgrove described the arrival as 'the
     culmination of six years of negotiation'. The animals will live in a newly
     built £3.5m enclosure.""",
     errors=[E("in mid-September", "date", "major", "in mid-October"),
             E("Caldermoor's keepers have been training specialists from Qinfeng",
               "role", "major",
               "the zoo's keepers have been trained by specialists from Qinfeng")],
     traps=[T("on loan for a decade", "on a ten-year loan"),
            T("$1m a year", "an annual fee of $1 million")])

case("rail fare refund scheme", "rewrite", "consistent",
     """Passengers on Westline Railways will be able to claim a full refund for
     any journey delayed by 60 minutes or more under a new compensation scheme
     starting on 1 April, the operator said on Monday. Delays of between 15 and
     59 minutes will qualify for a 25 per cent refund of the single fare.
     Claims will have to be made within 28 days of travel, through the
     company's app or website. Season ticket holders will be compensated
     automatically. The scheme replaces one under which refunds were only
     available for delays of at least 30 minutes. Westline, which runs 420
     services a day, said the change would cost it an estimated £4 million a
     year. Consumer group Railwatch called it 'a step in the right
     direction'.""",
     """From 1 April, Westline Railways passengers whose journey is delayed by
     an hour or more will be entitled to their money back in full under a new
     compensation scheme, the operator announced on Monday. A quarter of the
     single fare will be refunded for delays of 15 to 59 minutes. Passengers
     must submit claims via the Westline app or website no later than 28 days
     after travelling, while season ticket holders will be compensated without
     having to apply. Under the current arrangements, which the new scheme
     replaces, passengers can claim only if their train is at least half an
     hour late. The company, which operates 420 services a day, estimates that
     the change will cost it £4m a year. Railwatch, a consumer group, described
     the move as 'a step in the right direction'.""",
     traps=[T("an hour or more", "60 minutes or more"),
            T("A quarter of the single fare", "a 25 per cent refund of the single fare"),
            T("no later than 28 days after travelling", "within 28 days of travel"),
            T("without having to apply", "automatically"),
            T("at least half an hour late", "delays of at least 30 minutes")])

case("bread price rise", "translation", "consistent",
     """The price of a standard baguette in France is set to rise by an average
     of 10 centimes from next month, the national bakers' federation warned on
     Tuesday, blaming higher costs for flour, energy and wages. The
     federation's president, Sylvie Marchand, said that many of the country's
     33,000 independent bakeries were operating at a loss and that some would
     have to close if prices did not increase. According to the federation,
     the cost of wheat flour has risen by 40 per cent in two years. The
     government said it would not intervene in bread pricing but would extend
     energy support for small businesses until the end of June. Consumer groups
     urged shoppers to compare prices between bakeries.""",
     """Bakers in France are expected to put up the price of an ordinary
     baguette by 10 centimes on average starting next month, their national
     federation cautioned on Tuesday, pointing to the rising cost of flour,
     energy and staff pay. Sylvie Marchand, who heads the federation, said many
     of France's 33,000 independent bakeries were losing money, and that some
     would be forced to shut unless prices went up. Wheat flour, the federation
     says, is 40% more expensive than two years ago. The government stated that
     it would not step in on bread prices, but that it would prolong energy aid
     for small firms until the end of June. Consumer associations advised
     customers to compare what different bakeries charge.""",
     traps=[T("are expected to put up the price", "is set to rise"),
            T("staff pay", "wages"),
            T("losing money", "operating at a loss"),
            T("is 40% more expensive than two years ago",
              "has risen by 40 per cent in two years"),
            T("prolong energy aid for small firms",
              "extend energy support for small businesses")])

case("shipwreck discovery", "translation", "inconsistent",
     """Divers have located the wreck of the Sofia Lind, a Swedish steamship that
     sank in a storm in 1912, the maritime museum in Karlshavn said on
     Wednesday. The ship was found at a depth of 86 metres, about 20 nautical
     miles east of the island of Fårholm, by a team using a remotely operated
     vehicle. All 23 crew members survived the sinking after being picked up by
     a fishing boat. Museum researcher Anders Ekström said the hull was
     'remarkably intact' and that the cargo of timber was still visible in the
     hold. The museum said there were no plans to raise the wreck, which is now
     protected as a historic site, and that its exact position would not be
     made public in order to deter looters.""",
     """Divers have found the wreck of the Swedish steamer Sofia Lind, which went
     down during a storm in 1912, Karlshavn's maritime museum announced on
     Wednesday. Using a remote-controlled underwater vehicle, the team
     discovered the ship 86 metres down, roughly 20 nautical miles east of the
     island of Fårholm. The 23 crew members were all rescued by a fishing boat
     when the ship sank. According to museum researcher Anders Ekström, the hull
     is 'remarkably well preserved', and the timber it was carrying has been
     recovered from the hold. The museum intends to raise the wreck, which now
     enjoys protection as a historic site, and will keep its precise location
     secret to discourage looters.""",
     errors=[E("has been recovered from the hold", "event", "major",
               "was still visible in the hold"),
             E("The museum intends to raise the wreck", "polarity", "major",
               "there were no plans to raise the wreck")],
     traps=[T("86 metres down", "at a depth of 86 metres"),
            T("remote-controlled underwater vehicle", "remotely operated vehicle"),
            T("remarkably well preserved", "remarkably intact")])

case("author library ban", "rewrite", "inconsistent",
     """Councillors in Ashby Vale have voted against removing a novel by the
     author Corinne Maddox from the borough's public libraries, after a
     six-month review prompted by complaints from a local parents' group. The
     book, 'The Lantern Year', which deals with grief and addiction, will remain
     available in the adult fiction section of all nine libraries, but will no
     longer be displayed in the young adult area. The committee voted five to
     two. Committee chair Raymond Oyelaran said libraries 'should not be in the
     business of banning books'. The parents' group, Ashby Families First, said
     it was disappointed and would consider a legal challenge. Maddox, whose
     novel has sold more than 200,000 copies, said she was 'relieved'.""",
     """A novel by Corinne Maddox will stay in Ashby Vale's public libraries
     after councillors voted against removing it, following a six-month review
     triggered by complaints from a local parents' group. 'The Lantern Year',
     which explores grief and addiction, will remain available in the adult
     fiction section at all nine of the borough's libraries, and it will still
     be displayed in the young adult area. The decision was made by five votes
     to two. Libraries 'should not be in the business of banning books', said
     committee chair Raymond Oyelaran. Ashby Families First, the parents' group,
     said it was disappointed and would consider a legal challenge. Maddox,
     whose novel has sold more than 200,000 copies, said she was
     'relieved'.""",
     errors=[E("it will still be displayed in the young adult area", "polarity", "major",
               "will no longer be displayed in the young adult area")],
     traps=[T("triggered by", "prompted by"),
            T("explores grief and addiction", "deals with grief and addiction"),
            T("The decision was made by five votes to two", "The committee voted five to two")])

case("football stadium expansion", "summary", "inconsistent",
     """Brenton Rovers have been given planning permission to expand their
     Millfield Road stadium from 18,500 to 26,000 seats, the club announced on
     Friday. The £60 million project will add a second tier to the East Stand
     and a new family section behind the south goal. Work will begin in May,
     after the final home game of the season, and is scheduled to be completed
     before the start of the 2026-27 campaign. During construction, capacity
     will be reduced to around 15,000. Chairman Gareth Mowbray said the
     expansion would allow the club to cut its waiting list for season tickets,
     which stands at 7,200. Some residents had objected to the plans on the
     grounds of traffic and noise.""",
     """Brenton Rovers have won planning approval to increase the capacity of
     Millfield Road from 18,500 to 26,000 seats. The £60m redevelopment will
     start in May, before the final home game of the season, and should be
     finished in time for the 2026-27 campaign. Capacity will drop to about
     15,000 while work is under way.""",
     errors=[E("before the final home game of the season", "date", "major",
               "after the final home game of the season")],
     traps=[T("£60m", "£60 million"),
            T("should be finished in time for the 2026-27 campaign",
              "is scheduled to be completed before the start of the 2026-27 campaign"),
            T("about 15,000", "around 15,000")])

case("diet research claims", "summary", "inconsistent",
     """Eating a handful of walnuts every day may help to lower blood pressure
     in middle-aged adults, according to a study by researchers at the
     University of Castlemoor. The team followed 1,150 volunteers aged 45 to 65
     for two years. Those who ate 30 grams of walnuts daily had systolic blood
     pressure readings on average 4 mmHg lower than those who did not. Lead
     author Dr Imogen Hart said the findings were 'promising' but stressed that
     the study was observational and could not prove cause and effect.
     Participants who ate walnuts also tended to exercise more and smoke less.
     The research was partly funded by the Walnut Growers' Council, which had no
     role in the analysis, the university said.""",
     """A daily handful of walnuts lowers blood pressure in middle-aged adults,
     a two-year University of Castlemoor study of 1,150 people aged 45 to 65
     has found. Those eating 30g a day had systolic readings 4 mmHg lower on
     average. The lead author said the results were promising but the study
     could not prove cause and effect. It was partly funded by a walnut
     industry body.""",
     errors=[E("lowers blood pressure", "modality", "major",
               "may help to lower blood pressure")],
     traps=[T("30g a day", "30 grams of walnuts daily"),
            T("a walnut industry body", "the Walnut Growers' Council")])

# ---------------------------------------------------------------- 21-30

case("betting shop closures", "summary", "inconsistent",
     """Bookmaker Stakewise is to close 112 of its 640 betting shops over the
     next year, putting up to 450 jobs at risk, the company said on Thursday.
     Chief executive Martin Creagh blamed a sharp fall in over-the-counter
     betting as customers moved online, and said that the firm's online revenue
     had risen by 22 per cent in 2023. Staff at affected branches will be
     offered redeployment where possible. Rival chain BetHarbour announced last
     month that it would close 60 shops. The Communication Workers' Federation,
     which represents some Stakewise staff, said it would seek urgent talks
     with management. The list of shops to close has not yet been
     published.""",
     """Stakewise will shut 112 of its 640 betting shops within a year, putting
     up to 450 jobs at risk, as customers switch to betting online. The closures
     will mainly affect shops in smaller towns. BetHarbour said last month that
     it would close 60 branches. A union representing some BetHarbour staff is
     seeking urgent talks with management.""",
     errors=[E("The closures will mainly affect shops in smaller towns", "addition", "major"),
             E("some BetHarbour staff", "entity", "major", "some Stakewise staff")],
     traps=[T("within a year", "over the next year")])

case("space debris", "summary", "consistent",
     """A fragment of a disused satellite re-entered the atmosphere over a
     remote area of ocean early on Saturday, the Orbital Safety Agency has
     confirmed. The 1.4-tonne object, part of the Meridian-3 weather satellite
     launched in 1998, broke up at an altitude of about 80 kilometres, and any
     surviving pieces are thought to have fallen into the sea, far from
     populated areas. The agency had predicted on Thursday that re-entry would
     occur within a six-hour window. Its director, Dr Ravi Lindqvist, said the
     event posed 'no risk to the public' but highlighted the growing problem
     of uncontrolled re-entries. More than 9,000 tonnes of debris are estimated
     to be orbiting the Earth, the agency said.""",
     """A 1.4-tonne piece of the defunct Meridian-3 weather satellite came back
     into the atmosphere over remote ocean early on Saturday, breaking up
     roughly 80km above the surface. Any debris that survived is believed to
     have landed in the sea, away from populated areas. The Orbital Safety
     Agency's director said there was no danger to the public, though the case
     highlighted the growing problem of uncontrolled re-entries.""",
     traps=[T("defunct", "disused"),
            T("roughly 80km above the surface", "at an altitude of about 80 kilometres"),
            T("is believed to have landed in the sea", "are thought to have fallen into the sea"),
            T("there was no danger to the public", "no risk to the public")])

case("red squirrel survey", "rewrite", "consistent",
     """Red squirrels have been recorded in 41 woodlands across the Dunlow
     Hills this year, compared with 29 when the survey was last carried out in
     2020, the Dunlow Wildlife Partnership said on Tuesday. The increase
     follows a five-year programme to control grey squirrels, which carry a
     virus that is deadly to reds. Volunteers checked 300 feeding stations and
     trail cameras between March and August. The partnership's project officer,
     Elspeth Garvie, said grey squirrels had been 'almost entirely removed' from
     the core area but were still present on its southern fringes. She said
     the population was 'not yet secure' and urged the public to report
     sightings of either species through the partnership's website.""",
     """The Dunlow Wildlife Partnership said on Tuesday that red squirrels had
     been found this year in 41 woodlands in the Dunlow Hills, up from 29 at
     the time of the previous survey in 2020. The rise comes after five years
     of efforts to control grey squirrels, which spread a virus that kills
     reds. Between March and August, volunteers monitored 300 feeding stations
     and trail cameras. According to project officer Elspeth Garvie, greys have
     been 'almost entirely removed' from the core area, although they can still
     be found on its southern edges. The population was 'not yet secure', she
     said, and she asked people to report sightings of red or grey squirrels on
     the partnership's website.""",
     traps=[T("up from 29 at the time of the previous survey in 2020",
              "compared with 29 when the survey was last carried out in 2020"),
            T("five years of efforts", "a five-year programme"),
            T("a virus that kills reds", "a virus that is deadly to reds"),
            T("southern edges", "southern fringes"),
            T("red or grey squirrels", "either species")])

case("app ban", "rewrite", "inconsistent",
     """The data protection regulator has ordered the messaging app ChatterBox
     to stop collecting location data from users under 16 and has opened an
     investigation into whether the company broke privacy laws. The Office of
     the Information Regulator said the app, which has around 2.3 million users
     in the country, had failed to obtain valid parental consent. ChatterBox has
     30 days to comply or risks being removed from national app stores. The
     regulator's head, Simone Adebayo, said children's data 'is not a
     commodity'. ChatterBox said it disagreed with the findings but would
     cooperate fully with the inquiry. A decision on any fine is expected next
     year.""",
     """ChatterBox, a messaging app with about 2.3 million users nationally, has
     been ordered by the data protection regulator to stop gathering location
     data from under-16s. The Office of the Information Regulator, which has
     also completed an investigation into whether the company broke privacy
     laws, said the app had not obtained valid consent from parents. It could
     be removed from national app stores unless it complies within 30 days.
     Children's data 'is not a commodity', said Simone Adebayo, who heads the
     regulator. ChatterBox said it disagreed with the findings but would
     cooperate fully with the inquiry. Any fine is expected to be decided next
     year.""",
     errors=[E("has also completed an investigation", "event", "major",
               "has opened an investigation")],
     traps=[T("under-16s", "users under 16"),
            T("unless it complies within 30 days", "has 30 days to comply"),
            T("who heads the regulator", "The regulator's head")])

case("cinema reopening after fire", "rewrite", "consistent",
     """The Regal Picturehouse in Tannerford will reopen on Friday 8 November,
     almost two years after a fire destroyed its main auditorium, its owners
     announced. The 1930s cinema was badly damaged in December 2022 when an
     electrical fault in the projection room started a blaze that took 40
     firefighters five hours to bring under control. The £2.8 million
     restoration, funded partly by insurance and partly by a community share
     offer that raised £650,000 from 1,900 local investors, has recreated the
     original art deco ceiling. The cinema will have three screens instead of
     two. General manager Colin Baird said the first screening would be a free
     showing for the firefighters and their families.""",
     """Almost two years after fire gutted its main auditorium, Tannerford's
     Regal Picturehouse is to reopen on Friday 8 November, its owners have
     said. The blaze at the 1930s cinema, in December 2022, was started by an
     electrical fault in the projection room, and it took 40 firefighters five
     hours to get it under control. Insurance money and a community share issue,
     which raised £650,000 from 1,900 local investors, have paid for the £2.8m
     restoration, in which the original art deco ceiling has been recreated.
     The cinema will now have three screens rather than two, and general
     manager Colin Baird said its first showing would be free for the
     firefighters and their families.""",
     traps=[T("fire gutted its main auditorium", "a fire destroyed its main auditorium"),
            T("community share issue", "community share offer"),
            T("£2.8m", "£2.8 million"),
            T("three screens rather than two", "three screens instead of two"),
            T("its first showing would be free for the firefighters",
              "the first screening would be a free showing for the firefighters")])

case("shop closure high street", "rewrite", "inconsistent",
     """Harwood & Lyle, the department store that has traded on Kingsgate high
     street for 87 years, will close on 31 January with the loss of 64 jobs,
     its parent company Branwell Retail said on Monday. The store's
     5,000-square-metre building will be sold. Branwell said footfall at the
     store had fallen by 30 per cent since 2019 and that it had made a loss in
     each of the past four years. Kingsgate Council leader Amrit Dhillon said
     the closure was 'a blow to the town centre' and that the council would
     work with the new owners to find a use for the site. The Kingsgate
     Traders' Association said six other shops on the high street had closed
     this year.""",
     """Harwood & Lyle is to shut on 31 January with the loss of 64 jobs, its
     parent company Harwood Retail announced on Monday. The department store
     has traded on Kingsgate high street for 87 years, and its 5,000 sq m
     building is to be sold. According to the company, footfall has dropped by
     30% since 2019 and the store has lost money in each of the last four
     years. Describing the closure as 'a blow to the town centre', council
     leader Amrit Dhillon said the council would work with whoever buys the
     site to find a use for it. The Kingsgate Traders' Association said six
     other high street shops had closed this year. Harwood & Lyle is to shut on
     31 January with the loss of 64 jobs.""",
     errors=[E("Harwood Retail", "entity", "major", "Branwell Retail"),
             E("Harwood & Lyle is to shut on 31 January with the loss of 64 jobs",
               "repetition", "minor", occ=1)],
     traps=[T("5,000 sq m", "5,000-square-metre"),
            T("has lost money in each of the last four years",
              "had made a loss in each of the past four years"),
            T("whoever buys the site", "the new owners")])

case("nurse overseas recruitment", "summary", "inconsistent",
     """The Eastmoor Health Board plans to recruit 350 nurses from overseas over
     the next 18 months to fill vacancies in its hospitals, it said on
     Wednesday. The board currently has 610 nursing vacancies, about 12 per
     cent of its posts. Recruits will come mainly from the Philippines, India
     and Kenya, and will be offered help with accommodation for their first
     three months. The campaign will cost an estimated £5.2 million, including
     visa fees and training. Director of nursing Grace Abiodun said overseas
     staff were 'vital' but that the board was also expanding training places
     for local students by 20 per cent. The Nursing Staff Federation said
     recruitment should be ethical and should not strip poorer countries of
     staff.""",
     """Eastmoor Health Board is to hire 350 overseas nurses over the next 18
     months to help fill 610 vacancies, around 12% of its nursing posts, at an
     estimated cost of £2.5m. Most recruits will come from the Philippines,
     India and Kenya. The board is also increasing training places for local
     students by a fifth.""",
     errors=[E("£2.5m", "number", "major", "£5.2 million")],
     traps=[T("around 12%", "about 12 per cent"),
            T("by a fifth", "by 20 per cent")])

case("drug smuggling arrest", "rewrite", "inconsistent",
     """Two men have been charged after cocaine with an estimated street value
     of £3 million was found hidden in a shipment of bananas, the National
     Crime Unit said. Officers stopped a lorry carrying the fruit from Stanmouth
     docks to a warehouse in Corsham Vale at about 11pm on Tuesday and found 42
     kilograms of the drug packed inside the boxes. The driver, a 51-year-old
     man from Lenbury, was arrested at the scene. A second man, aged 29, was
     arrested the following morning at the warehouse. Both have been charged
     with importing a class A drug and were remanded in custody after appearing
     at Stanmouth Magistrates' Court on Thursday. The investigation is
     continuing.""",
     """Cocaine thought to be worth £3m on the street has been discovered
     concealed in a consignment of bananas, and two men have been charged,
     according to the National Crime Unit. At about 11am on Tuesday, officers
     stopped a lorry taking the fruit from a warehouse in Corsham Vale to
     Stanmouth docks, and found 42kg of cocaine packed inside the boxes. Its
     driver, a 51-year-old from Lenbury, was arrested on the spot, and a
     29-year-old man was arrested at the warehouse the next morning. Both men,
     charged with importing a class A drug, were remanded in custody when they
     appeared at Stanmouth Magistrates' Court on Thursday. Inquiries are
     continuing.""",
     errors=[E("11am", "date", "minor", "11pm"),
             E("from a warehouse in Corsham Vale to Stanmouth docks", "role", "major",
               "from Stanmouth docks to a warehouse in Corsham Vale")],
     traps=[T("thought to be worth £3m on the street",
              "with an estimated street value of £3 million"),
            T("42kg", "42 kilograms"),
            T("arrested on the spot", "arrested at the scene")])

case("island ferry strike", "rewrite", "consistent",
     """Ferry services between the mainland and the islands of Inchmorra and
     Sula Beg will be suspended for 48 hours from midnight on Sunday after
     crew members voted to strike over pay, operator Westerly Ferries said.
     The Maritime Workers' Union said 78 per cent of members who took part in
     the ballot backed action, on a turnout of 81 per cent. The union is
     seeking a 7 per cent pay rise; the company has offered 4.5 per cent.
     Westerly said it would run a limited freight service for essential
     supplies, including medicines and fuel. Islanders with hospital
     appointments on the mainland have been advised to contact the health
     board, which has arranged alternative transport by air.""",
     """Westerly Ferries has said its services linking Inchmorra and Sula Beg
     with the mainland will be suspended for two days from midnight on Sunday,
     after crews voted to strike over pay. According to the Maritime Workers'
     Union, more than three-quarters (78%) of members who voted in the ballot
     supported action, with 81% turning out. The union wants a 7% rise, while
     the company has offered 4.5%. Westerly says it will operate a reduced freight
     service to carry essential supplies such as medicines and fuel. Islanders
     who have hospital appointments on the mainland have been told to contact
     the health board, which has laid on alternative transport by air.""",
     traps=[T("for two days", "for 48 hours"),
            T("more than three-quarters (78%)", "78 per cent"),
            T("with 81% turning out", "on a turnout of 81 per cent"),
            T("a reduced freight service", "a limited freight service"),
            T("laid on alternative transport by air", "arranged alternative transport by air")])

case("athletics doping appeal", "rewrite", "inconsistent",
     """Sprinter Kezia Montrose has lodged an appeal against her four-year ban
     for doping, her lawyers confirmed on Monday. The 26-year-old, who won
     silver in the 200 metres at last year's Continental Championships, tested
     positive for a banned steroid in an out-of-competition test in February.
     She denies knowingly taking the substance and says it may have come from
     a contaminated supplement. The Sports Arbitration Panel is expected to hear
     the case in September. If the ban is upheld, she could be stripped of her
     Continental medal and would miss the next two major championships. The
     National Athletics Federation said it would not comment while proceedings
     were ongoing.""",
     """Lawyers for Kezia Montrose confirmed on Monday that the sprinter is
     appealing against the four-year doping ban imposed on her. The
     26-year-old, a 200m silver medallist at last year's Continental
     Championships, returned a positive test for a prohibited steroid during
     out-of-competition testing in February. She denies knowingly taking it,
     saying a contaminated supplement may have been the source. The case is
     likely to be heard by the Sports Arbitration Panel in September. Should the
     ban be upheld, she will lose her Continental medal and would miss the next
     two major championships. The National Athletics Federation declined to
     comment while proceedings were ongoing.""",
     errors=[E("she will lose her Continental medal", "modality", "major",
               "she could be stripped of her Continental medal")],
     traps=[T("is likely to be heard by the Sports Arbitration Panel in September",
              "The Sports Arbitration Panel is expected to hear the case in September"),
            T("a prohibited steroid", "a banned steroid"),
            T("declined to comment", "said it would not comment")])

# ---------------------------------------------------------------- 31-40

case("antique fraud", "rewrite", "inconsistent",
     """An antiques dealer from Pellingham has been jailed for five years for
     selling fake Georgian furniture to collectors for more than £1.1 million.
     Pellingham Crown Court heard that Dominic Vayle, 58, used reclaimed timber
     and aged the pieces with chemicals before selling them through his shop
     and at auctions between 2016 and 2021. Eleven buyers were deceived,
     including a museum in Hartwell. The fraud was uncovered when a restorer
     noticed modern screws inside a writing desk. Judge Miriam Oakes said Vayle
     had shown 'skill matched only by his dishonesty'. Detective Sergeant Paul
     Greer said officers were still trying to trace a further 14 items. Vayle
     had pleaded guilty to seven counts of fraud.""",
     """A Pellingham antiques dealer who sold forged Georgian furniture to
     collectors for more than £1.1m has been sentenced to five years in prison.
     Dominic Vayle, 58, made the pieces from reclaimed timber and used chemicals
     to make them look old, then sold them in his shop and at auctions between
     2016 and 2021, Pellingham Crown Court heard. He had admitted seven counts of
     fraud. Among the 11 buyers he deceived was a museum in Hartwell, which has
     since withdrawn the piece from display. The deception came to light when a
     restorer spotted modern screws inside a writing desk. Vayle had shown
     'skill matched only by his dishonesty', Detective Sergeant Paul Greer said,
     adding that officers were still trying to trace 14 more items.""",
     errors=[E("which has since withdrawn the piece from display", "addition", "major"),
             E("Detective Sergeant Paul Greer said", "attribution", "major",
               "Judge Miriam Oakes said")],
     traps=[T("forged Georgian furniture", "fake Georgian furniture"),
            T("He had admitted seven counts of fraud",
              "Vayle had pleaded guilty to seven counts of fraud"),
            T("came to light", "was uncovered")])

case("ice hockey team relocation", "translation", "inconsistent",
     """The ice hockey club Harjuvesi Wolves will move to the city of Lumikoski
     at the start of the 2025 season, after the club's owners reached an
     agreement with the city, the Finnish league confirmed on Friday. The club,
     founded in 1961, has played its home games at the 4,200-seat Harjuvesi
     Arena, which the municipality says it can no longer afford to renovate. In
     Lumikoski the team will use the new 7,500-seat Northern Energy Hall. Club
     chairman Ari Koskivaara said the decision had been 'painful but
     unavoidable'. The city of Lumikoski will pay the club 1.5 million euros
     over three years to cover relocation costs. Supporters in Harjuvesi have
     announced a protest march on Saturday.""",
     """The Finnish league confirmed on Friday that Harjuvesi Wolves, the ice
     hockey club, is relocating to Lumikoski from the beginning of the 2025
     season following a deal between its owners and the city. Founded in 1961,
     the club plays its home matches in the Harjuvesi Arena, which holds 4,200
     spectators and which the local authority says it cannot afford to renovate
     any longer. In Lumikoski, the Wolves will play at the newly built Northern
     Energy Hall, with room for 7,500. Chairman Ari Koskivaara called the move
     'painful, but unavoidable'. To cover the costs of the move, the club will
     pay the city of Lumikoski 1.5 million euros. Fans in Harjuvesi plan to
     hold a protest march on Saturday.""",
     errors=[E("the club will pay the city of Lumikoski", "role", "major",
               "The city of Lumikoski will pay the club"),
             E("", "omission", "minor", "over three years", after="1.5 million euros")],
     traps=[T("holds 4,200 spectators", "4,200-seat"),
            T("cannot afford to renovate any longer", "can no longer afford to renovate"),
            T("with room for 7,500", "7,500-seat")])

case("jellyfish swarm", "translation", "consistent",
     """Swimming has been banned on a four-kilometre stretch of coast near the
     town of Marinella di Sotto, in southern Italy, after a large swarm of
     mauve stinger jellyfish drifted into the bay, local authorities said on
     Sunday. At least 150 bathers were treated for stings over the weekend,
     three of whom needed hospital treatment. The ban will remain in place
     until at least Wednesday. Marine biologist Giulia Ferrante, of the
     regional marine institute, said warmer sea temperatures and fewer natural
     predators had made such swarms more frequent. Lifeguards have been handing
     out vinegar spray, which can ease the pain of minor stings. The mayor,
     Salvatore Brandi, said beach businesses would be offered compensation.""",
     """Local officials said on Sunday that bathing had been prohibited along 4
     km of shoreline close to Marinella di Sotto, in the south of Italy, after
     a huge bloom of mauve stinger jellyfish was carried into the bay. Over the
     weekend, no fewer than 150 swimmers received treatment for stings, and
     three of them needed treatment in hospital. The prohibition will last
     until Wednesday at the earliest. According to Giulia Ferrante, a marine
     biologist at the regional marine institute, these swarms are becoming more
     common because the sea is warmer and there are fewer natural predators.
     Lifeguards are distributing vinegar spray, which can relieve the pain of
     mild stings. Compensation will be offered to beach businesses, said the
     mayor, Salvatore Brandi.""",
     traps=[T("4 km of shoreline", "a four-kilometre stretch of coast"),
            T("a huge bloom", "a large swarm"),
            T("no fewer than 150", "At least 150"),
            T("until Wednesday at the earliest", "until at least Wednesday"),
            T("relieve the pain of mild stings", "ease the pain of minor stings")])

case("birth rate fall", "translation", "inconsistent",
     """The number of babies born in Japan fell to a record low of 718,000 last
     year, down 5.1 per cent on the previous year, according to figures
     published on Wednesday by the health ministry. The fertility rate, the
     average number of children a woman is expected to have in her lifetime,
     dropped to 1.15. Births have now declined for nine consecutive years.
     Demographer Kenji Morisawa of the Hokuto Institute for Population Research
     said the decline was driven mainly by young people marrying later or not
     at all. A government spokesman, Hiroshi Tanabe, said the figures were 'a
     serious concern' and that new measures, including expanded childcare,
     would be introduced next year. The government has pledged to double
     spending on child-related policies by the early 2030s.""",
     """Japan recorded just 718,000 births last year, the lowest number ever and
     5.1% fewer than a year earlier, the health ministry said in data released
     on Wednesday. The fertility rate - how many children, on average, a woman
     is expected to have over her lifetime - fell to 1.15, and births have now
     dropped nine years running. According to government spokesman Hiroshi
     Tanabe, the fall is mainly due to young people getting married later or
     not at all. He called the figures 'a matter of serious concern' and said
     that new measures, among them more childcare, would come in next year. The
     government has promised to double its spending on child-related policies
     by the early 2030s.""",
     errors=[E("According to government spokesman Hiroshi Tanabe", "attribution", "major",
               "Demographer Kenji Morisawa of the Hokuto Institute for Population Research said")],
     traps=[T("5.1% fewer than a year earlier", "down 5.1 per cent on the previous year"),
            T("nine years running", "for nine consecutive years")])

case("fog airport delays", "rewrite", "consistent",
     """Thick fog caused the cancellation of 86 flights at Haverleigh Airport on
     Monday, with a further 140 delayed, the airport said. Visibility fell
     below 100 metres for much of the morning, and air traffic controllers
     reduced the number of take-offs and landings by half as a precaution.
     Around 12,000 passengers were affected. Conditions improved shortly after
     2pm, but the airport warned that knock-on disruption was likely to
     continue into Tuesday. Passengers were advised to check with their
     airlines before travelling. The National Weather Service has issued a
     yellow warning for fog covering the region until 10am on Tuesday.""",
     """Around 12,000 passengers were affected at Haverleigh Airport on Monday
     when dense fog led to 86 flights being cancelled and 140 more delayed,
     according to the airport. With visibility under 100 metres for much of the
     morning, air traffic controllers halved the number of take-offs and
     landings as a precaution. Although conditions got better shortly after
     2pm, the airport warned that knock-on disruption would probably last into
     Tuesday, and advised passengers to check with their airline before setting
     off. A yellow fog warning covering the region has been issued by the
     National Weather Service and runs until 10am on Tuesday.""",
     traps=[T("dense fog", "Thick fog"),
            T("140 more delayed", "a further 140 delayed"),
            T("halved the number of take-offs and landings",
              "reduced the number of take-offs and landings by half"),
            T("would probably last into Tuesday", "was likely to continue into Tuesday")])

case("caravan site plans", "rewrite", "consistent",
     """Plans for a 120-pitch caravan park on farmland outside the village of
     Brockwell have been recommended for refusal by council planning officers.
     The application, submitted by Lakeview Holiday Parks, proposes static
     caravans, a shop and a reception building on an 8-hectare site next to
     Brockwell Water. Officers said the development would harm the character of
     the landscape and that the access road was not suitable for the expected
     traffic. The parish council and 312 residents lodged objections; 45
     letters of support were received. Lakeview said the park would create 20
     jobs and bring £1.5 million a year into the local economy. The planning
     committee will make a final decision on 12 March.""",
     """Council planning officers have advised that an application by Lakeview
     Holiday Parks for a caravan park with 120 pitches on farmland outside
     Brockwell should be turned down. The scheme for the 8-hectare site, which
     lies beside Brockwell Water, includes static caravans, a reception
     building and a shop. In the officers' view, it would damage the character
     of the landscape, and the access road could not cope with the traffic it
     would generate. There were objections from 312 residents as well as the
     parish council, while 45 letters backed the plans. According to Lakeview,
     the park would create 20 jobs and be worth £1.5m a year to the local
     economy. A final decision will be taken by the planning committee on 12
     March.""",
     traps=[T("should be turned down", "have been recommended for refusal"),
            T("with 120 pitches", "120-pitch"),
            T("could not cope with the traffic it would generate",
              "was not suitable for the expected traffic"),
            T("45 letters backed the plans", "45 letters of support were received"),
            T("be worth £1.5m a year to the local economy",
              "bring £1.5 million a year into the local economy")])

case("fish smuggling", "translation", "inconsistent",
     """Police in Spain have arrested nine people suspected of smuggling more
     than 1,600 kilograms of live glass eels to Asia, where they can fetch up
     to 5,000 euros per kilo, the interior ministry said on Tuesday. The young
     eels, which are a protected species, were hidden in suitcases lined with
     ice and flown out on commercial flights over a period of two years.
     Officers carried out raids in Puerto Almendra and Villaseca, where the
     gang used a seafood wholesaler as a front. Investigators seized 200,000
     euros in cash and three vehicles. The European eel population has fallen
     by more than 90 per cent since the 1980s, according to conservation
     groups. The suspects are due to appear before a judge later this
     week.""",
     """Nine people have been arrested in Spain on suspicion of trafficking over
     1.6 tonnes of live glass eels to Asia, where a kilo can sell for as much
     as 5,000 euros, the interior ministry announced on Tuesday. For two years,
     the baby eels - a protected species - were smuggled out on commercial
     flights in suitcases lined with ice. Police searched properties in
     Villaseca and in Puerto Almendra, where the network used a seafood
     wholesaler as cover. Investigators confiscated 200,000 euros in cash as
     well as three vehicles. Conservation groups say European eel numbers have
     dropped by over 90% since the 1980s. The suspects are expected to go
     before a judge later this week.""",
     errors=[E("Puerto Almendra", "entity", "minor", "Villaseca")],
     traps=[T("1.6 tonnes", "1,600 kilograms"),
            T("over 90%", "more than 90 per cent")])

case("sleep study findings", "summary", "consistent",
     """Teenagers who use their phones in bed sleep on average 40 minutes less
     per night than those who do not, according to a study published by the
     Halden Institute of Child Health. Researchers monitored 2,300 pupils aged
     13 to 17 at 28 schools over six months using wristband sleep trackers.
     Those who used a phone after lights-out were also twice as likely to
     report feeling tired during lessons. However, lead researcher Dr Amara
     Quist said the study showed an association and could not establish that
     phone use caused the shorter sleep. She said other factors, such as
     anxiety, might lead teenagers both to sleep less and to use their phones
     more. The institute recommended that schools teach pupils about sleep but
     stopped short of calling for a ban on phones in bedrooms.""",
     """A six-month Halden Institute of Child Health study of 2,300 pupils aged
     13 to 17 found that those who use phones in bed get 40 minutes less sleep
     a night on average, and are twice as likely to say they feel tired in
     class. The lead researcher cautioned that the link does not prove phones
     are to blame. The institute urged schools to teach pupils about sleep,
     without recommending a bedroom phone ban.""",
     traps=[T("get 40 minutes less sleep a night on average",
              "sleep on average 40 minutes less per night"),
            T("say they feel tired in class", "report feeling tired during lessons"),
            T("the link does not prove phones are to blame",
              "could not establish that phone use caused the shorter sleep"),
            T("without recommending a bedroom phone ban",
              "stopped short of calling for a ban on phones in bedrooms")])

case("hospital car crash unit", "rewrite", "inconsistent",
     """A car crashed through the front wall of the outpatients unit at Milbrook
     Community Hospital on Wednesday afternoon, injuring three people, police
     said. The vehicle, driven by a man in his 80s, mounted the pavement at
     about 3.15pm and came to a stop in the waiting area. Two patients and a
     receptionist were treated for minor injuries; the driver was unhurt. The
     unit, which sees about 250 patients a day, will remain closed until at
     least Monday while structural engineers assess the building. Appointments
     are being moved to Milbrook General Hospital, six miles away. Police said
     there was no suggestion the crash was deliberate and that the driver may
     have suffered a medical episode.""",
     """Three people were hurt on Wednesday afternoon when a car smashed through
     the front wall of the outpatients unit at Milbrook Community Hospital,
     according to police. At about 3.15pm the car, driven by a man in his 80s,
     mounted the pavement before coming to rest in the waiting area. Three
     patients and a receptionist were treated for minor injuries, while the
     driver escaped unhurt. Structural engineers are assessing the building,
     and the unit, which handles around 250 patients a day, will stay shut until
     Monday at the earliest. Appointments are being transferred to Milbrook
     General Hospital, six miles away. Police said nothing suggested the crash
     was deliberate, and that the driver may have suffered a medical
     episode.""",
     errors=[E("Three patients", "number", "major", "Two patients")],
     traps=[T("escaped unhurt", "was unhurt"),
            T("until Monday at the earliest", "until at least Monday")])

case("twins reunion", "translation", "consistent",
     """Twin sisters separated at birth in south-eastern Brazil have met for the
     first time at the age of 52, after a DNA testing service matched their
     profiles. Marta Couto and Helena Ribas were born in 1972 in the town of
     São Lucas do Norte and given up for adoption by their mother, who was 17
     at the time. They grew up 400 kilometres apart, and each knew she had been
     adopted but not that she had a twin. Helena, a retired teacher, took the
     test in January hoping to trace her biological family. The sisters met
     last Saturday in Vila Esperança, where Marta lives. 'It was like looking in
     a mirror,' Marta said. They plan to search for their birth mother
     together.""",
     """Two sisters, twins who were separated when they were born, have met for
     the first time aged 52 after a genetic testing company matched their DNA
     profiles. Marta Couto and Helena Ribas were born in 1972 in São Lucas do
     Norte, in south-eastern Brazil, and their mother, then aged 17, gave them
     up for adoption. Both women knew they were adopted, but neither knew she
     had a twin; they grew up 400 km from each other. Helena, who is retired
     from teaching, did the test in January in the hope of finding her
     biological relatives. The pair met last Saturday in Vila Esperança,
     Marta's home town. 'It was like seeing myself in a mirror,' said Marta.
     The sisters now intend to look for their birth mother together.""",
     traps=[T("aged 52", "at the age of 52"),
            T("400 km from each other", "400 kilometres apart"),
            T("who is retired from teaching", "a retired teacher"),
            T("in the hope of finding her biological relatives",
              "hoping to trace her biological family"),
            T("Marta's home town", "where Marta lives")])


# ---------------------------------------------------------------- build & check

def nth(hay, needle, occ):
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def cuts_word(s, i):
    return 0 < i < len(s) and s[i - 1].isalnum() and s[i].isalnum()


def build():
    problems = []
    records = []

    def bad(cid, msg):
        problems.append("%s: %s" % (cid, msg))

    for k, c in enumerate(CASES, 1):
        cid = "s%d-%03d" % (N, k)
        ref, cand = c["reference"], c["candidate"]
        rec = {"id": cid, "domain": c["domain"], "mode": c["mode"],
               "reference": ref, "candidate": cand, "label": c["label"],
               "errors": [], "traps": []}
        spans = []
        for e in c["errors"]:
            typ = e["type"]
            if typ not in ERROR_TYPES:
                bad(cid, "bad type %r" % typ)
            if e["severity"] not in SEVERITIES:
                bad(cid, "bad severity %r" % e["severity"])
            if typ == "omission":
                if c["mode"] == "summary":
                    bad(cid, "omission in summary")
                if e["text"] != "" or e["after"] is None:
                    bad(cid, "omission needs empty text and an anchor")
                    continue
                a = nth(cand, e["after"], e["after_occ"])
                if a < 0:
                    bad(cid, "omission anchor not found: %r" % e["after"])
                    continue
                start = end = a + len(e["after"])
                if cuts_word(cand, start):
                    bad(cid, "omission point inside a word")
                if not e["ref_text"] or e["ref_text"] not in ref:
                    bad(cid, "omission ref_text not in reference: %r" % e["ref_text"])
                if e["ref_text"] and e["ref_text"].lower() in cand.lower():
                    bad(cid, "omitted words present in candidate: %r" % e["ref_text"])
            else:
                start = nth(cand, e["text"], e["occ"])
                if not e["text"] or start < 0:
                    bad(cid, "error text not found: %r (occ %d)" % (e["text"], e["occ"]))
                    continue
                end = start + len(e["text"])
                if typ in ("addition", "repetition"):
                    if e["ref_text"] is not None:
                        bad(cid, "%s must have ref_text null" % typ)
                    if typ == "repetition" and cand.find(e["text"]) >= start:
                        bad(cid, "repetition has no earlier copy")
                else:
                    if not e["ref_text"] or e["ref_text"] not in ref:
                        bad(cid, "error ref_text not in reference: %r" % e["ref_text"])
                    if e["ref_text"] == e["text"]:
                        bad(cid, "error text equals ref_text: %r" % e["text"])
            spans.append((start, end, "error"))
            rec["errors"].append({"start": start, "end": end,
                                  "text": cand[start:end], "type": typ,
                                  "severity": e["severity"],
                                  "ref_text": e["ref_text"]})
        for tr in c["traps"]:
            start = nth(cand, tr["text"], tr["occ"])
            if not tr["text"] or start < 0:
                bad(cid, "trap text not found: %r" % tr["text"])
                continue
            end = start + len(tr["text"])
            if tr["ref_text"] not in ref:
                bad(cid, "trap ref_text not in reference: %r" % tr["ref_text"])
            if tr["ref_text"] == tr["text"]:
                bad(cid, "trap text equals ref_text: %r" % tr["text"])
            spans.append((start, end, "trap"))
            rec["traps"].append({"start": start, "end": end,
                                 "text": cand[start:end], "ref_text": tr["ref_text"]})
        # span hygiene
        for s, e_, kind in spans:
            if s != e_:
                txt = cand[s:e_]
                if txt != txt.strip():
                    bad(cid, "%s span has edge whitespace: %r" % (kind, txt))
                if cuts_word(cand, s) or cuts_word(cand, e_):
                    bad(cid, "%s span cuts a word: %r" % (kind, txt))
        for i in range(len(spans)):
            for j in range(i + 1, len(spans)):
                a, b = spans[i], spans[j]
                if a[0] == a[1] or b[0] == b[1]:
                    p, q = (a, b) if a[0] == a[1] else (b, a)
                    if q[0] < p[0] < q[1]:
                        bad(cid, "omission point inside another span")
                elif a[0] < b[1] and b[0] < a[1]:
                    bad(cid, "overlapping spans %r / %r" % (cand[a[0]:a[1]], cand[b[0]:b[1]]))
        # per-pair rules
        nw = len(ref.split())
        if not 70 <= nw <= 190:
            bad(cid, "reference has %d words" % nw)
        if c["mode"] not in ("rewrite", "summary", "translation"):
            bad(cid, "bad mode")
        if c["mode"] == "summary" and not (len(cand) < len(ref)
                                           and len(cand.split()) < nw):
            bad(cid, "summary not shorter than reference")
        ne, nt = len(rec["errors"]), len(rec["traps"])
        if c["label"] == "consistent":
            if ne != 0 or not 3 <= nt <= 5:
                bad(cid, "consistent pair needs 0 errors and 3-5 traps (%d, %d)" % (ne, nt))
        elif c["label"] == "inconsistent":
            if not 1 <= ne <= 2 or not 0 <= nt <= 3:
                bad(cid, "inconsistent pair needs 1-2 errors and 0-3 traps (%d, %d)" % (ne, nt))
        else:
            bad(cid, "bad label")
        records.append(rec)

    # set-level rules
    doms = [c["domain"] for c in CASES]
    if len(CASES) != 40:
        problems.append("expected 40 pairs, got %d" % len(CASES))
    if len(set(doms)) != len(doms):
        problems.append("duplicate domains: %s" % [d for d, n in Counter(doms).items() if n > 1])
    if set(doms) != set(DOMAINS):
        problems.append("domain mismatch: missing %s, extra %s"
                        % (sorted(set(DOMAINS) - set(doms)), sorted(set(doms) - set(DOMAINS))))
    modes = Counter((c["mode"], c["label"]) for c in CASES)
    want = {("rewrite", "consistent"): 10, ("rewrite", "inconsistent"): 10,
            ("summary", "consistent"): 5, ("summary", "inconsistent"): 5,
            ("translation", "consistent"): 5, ("translation", "inconsistent"): 5}
    if dict(modes) != want:
        problems.append("mode/label mix %s" % dict(modes))
    types = Counter(e["type"] for r in records for e in r["errors"])
    if sum(types.values()) != 30:
        problems.append("expected 30 errors, got %d" % sum(types.values()))
    for ty in ERROR_TYPES:
        if types[ty] < 2:
            problems.append("error type %s has only %d" % (ty, types[ty]))
    return records, problems, types


def main():
    check_only = "--check" in sys.argv[1:]
    records, problems, types = build()
    if problems:
        print("VALIDATION FAILED (%d problems):" % len(problems))
        for p in problems:
            print("  " + p)
        sys.exit(1)
    labels = Counter(r["label"] for r in records)
    modes = Counter((r["mode"], r["label"]) for r in records)
    print("OK: %d pairs %s" % (len(records), dict(labels)))
    print("modes: %s" % dict(sorted(modes.items())))
    print("errors: %d %s" % (sum(types.values()), dict(sorted(types.items()))))
    print("errors per inconsistent pair: %s" % dict(Counter(
        len(r["errors"]) for r in records if r["label"] == "inconsistent")))
    print("traps: %d (consistent %d, inconsistent %d)" % (
        sum(len(r["traps"]) for r in records),
        sum(len(r["traps"]) for r in records if r["label"] == "consistent"),
        sum(len(r["traps"]) for r in records if r["label"] == "inconsistent")))
    wc = [len(r["reference"].split()) for r in records]
    print("reference words: min %d, max %d" % (min(wc), max(wc)))
    if check_only:
        print("--check: nothing written")
        return
    with open(OUT, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %s" % OUT)


if __name__ == "__main__":
    main()
