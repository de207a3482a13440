#!/usr/bin/env python3
"""Held-out evaluation set 14 for a fact-comparison tool.

How it was made: every pair below was hand-written by a helper session that saw
no code or data of the project (and no existing benchmark), working only from a
written brief.  All people, companies, organisations, places and figures are
invented; real countries/regions appear only as background.  Character offsets
are never typed by hand: they are computed here by string search (with an
explicit occurrence index where a quoted text repeats) and then validated.

Composition (40 pairs, one domain each):
  * 20 consistent / 20 inconsistent
  * 20 rewrites (10 consistent), 10 summaries (5 consistent),
    10 translations (5 consistent; both sides are independent English
    translations of the same non-English story)
  * 30 errors: entity 3, number 4, date 3, role 3, polarity 3, modality 3,
    attribution 3, event 2, omission 2, addition 2, repetition 2;
    10 inconsistent pairs carry 1 error, 10 carry 2
  * consistent pairs carry 3-5 traps (faithful rewordings), inconsistent 0-3

Usage:  python3 make_set14.py          validate and write set14.jsonl
        python3 make_set14.py --check  validate only, write nothing
"""
import json
import os
import random
import re
import sys

SET_N = 14
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set%d.jsonl" % SET_N)

DOMAINS = [
    "nuclear power", "canals", "horse racing", "athletics", "ballet", "photography",
    "architecture", "ferries", "taxation", "trade policy", "farm machinery", "seed banks",
    "volcanology", "oceanography", "epidemiology", "vaccines", "hospices", "child care",
    "veterans affairs", "census", "street lighting", "bakeries", "breweries", "swimming",
    "golf", "cricket", "satellites", "drones", "batteries", "wind farms", "garden centres",
    "funeral services", "dog breeding", "bookshops", "cinemas", "hotels", "car rental",
    "taxis", "waste water", "flood defence",
]
ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality", "attribution",
               "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]


def T(s):
    """Normalise whitespace so texts can be wrapped freely in the source."""
    return " ".join(s.split())


def E(text, type_, severity, ref_text, occ=None):
    """An error span quoted from the candidate (occ = occurrence index)."""
    return {"kind": "span", "text": T(text), "type": type_, "severity": severity,
            "ref_text": None if ref_text is None else T(ref_text), "occ": occ}


def O(ref_text, severity, before=None, after=None, occ=None):
    """An omission located just before / just after an anchor text in the candidate."""
    return {"kind": "omission", "type": "omission", "severity": severity,
            "ref_text": T(ref_text), "before": before and T(before),
            "after": after and T(after), "occ": occ}


def TR(text, ref_text, occ=None):
    """A trap: faithful rewording in the candidate."""
    return {"text": T(text), "ref_text": T(ref_text), "occ": occ}


CASES = []


def C(domain, mode, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "reference": T(reference),
                  "candidate": T(candidate), "errors": list(errors), "traps": list(traps)})


# ---------------------------------------------------------------------------
# Rewrites, consistent
# ---------------------------------------------------------------------------
C("athletics", "rewrite",
  """The Vessmark Athletics Federation confirmed on Thursday that its indoor championships will
  move from Harlow Arena to the newly built Calder Dome in Pellington from next season. The
  federation said the switch would raise spectator capacity by about 40 per cent, to roughly
  7,000 seats, and give athletes a six-lane sprint straight for the first time. Chief executive
  Marta Olsund said the two-day event, held every February, had outgrown its old venue. "We
  turned away more than 2,500 ticket applications last year," she said. The federation will pay
  an annual hire fee of 310,000 euros under a five-year agreement with the Calder Dome's
  operator, Pellington Leisure Trust. Ticket prices are not expected to rise in the first year.""",
  """From next season, the Vessmark Athletics Federation's indoor championships will be staged at
  Pellington's new Calder Dome rather than Harlow Arena, the federation confirmed on Thursday.
  Capacity will rise by around two-fifths, to about 7,000 seats, and athletes will get a six-lane
  sprint straight for the first time, it said. The two-day February meeting had grown too big
  for its old home, according to chief executive Marta Olsund, who said over 2,500 ticket
  requests had been turned down last year. Under a five-year deal with Pellington Leisure Trust,
  which runs the dome, the federation will pay 310,000 euros a year in hire fees. Ticket prices
  are unlikely to go up in the first year.""",
  traps=[TR("around two-fifths", "about 40 per cent"),
         TR("The two-day February meeting", "the two-day event, held every February"),
         TR("over 2,500 ticket requests had been turned down",
            "We turned away more than 2,500 ticket applications"),
         TR("310,000 euros a year in hire fees", "an annual hire fee of 310,000 euros"),
         TR("are unlikely to go up", "are not expected to rise")])

C("architecture", "rewrite",
  """Plans to convert the former Brantwick grain silo into 96 apartments and a rooftop gallery were
  approved by Lowmere City Council's planning committee on 14 March by seven votes to two. The
  scheme, designed by the practice Orrin Vale Architects, keeps the silo's concrete shell but
  cuts new window openings into its eastern face. Heritage group Friends of Brantwick had
  objected, arguing the openings would spoil the building's industrial character. Committee chair
  Denise Harrop said the design struck "a reasonable balance" between conservation and reuse. A
  quarter of the apartments must be offered at below-market rents as a condition of the
  approval. Construction is scheduled to begin next spring and last about 30 months.""",
  """Lowmere City Council's planning committee voted seven to two on 14 March to approve a scheme
  that will turn the disused Brantwick grain silo into 96 flats topped by a rooftop gallery.
  Designed by Orrin Vale Architects, the project retains the silo's concrete shell while cutting
  new window openings into its eastern side, a move opposed by the Friends of Brantwick heritage
  group, which said the openings would damage the building's industrial character. The
  committee's chair, Denise Harrop, said the plans struck "a reasonable balance" between
  conservation and reuse. As a condition of approval, 24 of the flats must be offered at
  below-market rents. Work is due to start next spring and should take roughly two and a half
  years.""",
  traps=[TR("voted seven to two", "by seven votes to two"),
         TR("a move opposed by the Friends of Brantwick heritage group",
            "Heritage group Friends of Brantwick had objected"),
         TR("24 of the flats", "A quarter of the apartments"),
         TR("roughly two and a half years", "about 30 months")])

C("trade policy", "rewrite",
  """Tarvenia's trade ministry announced on Monday that tariffs on imported processed aluminium will
  fall from 12 per cent to 5 per cent on 1 July. The cut forms part of an interim deal with
  neighbouring Kelsland, which will in turn scrap its 8 per cent duty on Tarvenian dairy
  exports. Trade minister Ilse Brandtner said the agreement could lift bilateral trade by 1.4
  billion euros a year, though she cautioned that the figure was an estimate. Domestic aluminium
  producers, led by the smelter group Norrheim Metals, have warned that cheaper imports may put
  up to 600 jobs at risk. The ministry said it would review the tariff cut after 18 months.""",
  """From 1 July, Tarvenia will reduce its tariff on processed aluminium imports to 5 per cent, down
  from 12 per cent, the trade ministry said on Monday. The move is part of an interim agreement
  with Kelsland, Tarvenia's neighbour, which will remove its own 8 per cent duty on dairy goods
  from Tarvenia in return. According to trade minister Ilse Brandtner, the deal could add €1.4bn
  a year to trade between the two countries, although she stressed that this was only an
  estimate. Local aluminium makers, with the smelter group Norrheim Metals at their head, have
  warned that as many as 600 jobs could be threatened by cheaper imports. The tariff cut will be
  reviewed after a year and a half, the ministry said.""",
  traps=[TR("€1.4bn a year", "1.4 billion euros a year"),
         TR("she stressed that this was only an estimate",
            "she cautioned that the figure was an estimate"),
         TR("as many as 600 jobs could be threatened", "may put up to 600 jobs at risk"),
         TR("after a year and a half", "after 18 months")])

C("oceanography", "rewrite",
  """Researchers at the Halvorsen Marine Institute have recorded the warmest deep-water temperatures
  in the Corran Trench since measurements began in 1987, according to a study published on
  Wednesday. Sensors moored at a depth of 2,000 metres showed an average rise of 0.3 degrees
  Celsius over the past decade, roughly three times the rate seen in the previous decade. Lead
  author Dr Pieter Vane said the warming was probably linked to changes in surface currents but
  that more data were needed to confirm this. The institute plans to deploy 12 additional sensors
  next year, funded by a grant of 2.2 million dollars from the Aldane Ocean Foundation.""",
  """Deep water in the Corran Trench is warmer than at any time since records started in 1987, a
  study by scientists at the Halvorsen Marine Institute, published on Wednesday, has found. Over
  the last ten years, moored sensors 2km below the surface registered an average increase of
  0.3C, about triple the pace of the decade before. The warming is likely connected to shifts in
  surface currents, said Dr Pieter Vane, the study's lead author, although he added that
  confirming this would require more data. A $2.2m grant from the Aldane Ocean Foundation will
  pay for a further 12 sensors, which the institute intends to put in place next year.""",
  traps=[TR("Over the last ten years", "over the past decade"),
         TR("2km below the surface", "at a depth of 2,000 metres"),
         TR("about triple the pace", "roughly three times the rate"),
         TR("is likely connected to", "was probably linked to"),
         TR("A $2.2m grant", "a grant of 2.2 million dollars")])

C("street lighting", "rewrite",
  """Fennick District Council will replace all 14,200 of its sodium street lamps with LED units over
  the next three years, cabinet member for highways Rob Tallis announced yesterday. The 9.8
  million pound programme is expected to cut the council's street-lighting energy bill by around
  half and save 3,100 tonnes of carbon dioxide a year. Residential roads will be dimmed by 30 per
  cent between midnight and 5am, but main roads and junctions will stay at full brightness. Mr
  Tallis said the council had rejected proposals to switch lights off entirely overnight after a
  consultation in which 68 per cent of respondents opposed the idea. Work will start in the town
  of Wrenholt in May.""",
  """All 14,200 sodium street lamps run by Fennick District Council are to be swapped for LEDs
  within three years, Rob Tallis, the cabinet member responsible for highways, said yesterday.
  The £9.8m scheme should roughly halve what the council spends on powering its street lights and
  is forecast to save 3,100 tonnes of CO2 annually. Lights on residential roads will be turned
  down by 30 per cent from midnight to 5am, though main roads and junctions will remain fully
  lit. A proposal to switch lights off altogether overnight was ruled out, Mr Tallis said, after
  68 per cent of those who responded to a consultation opposed it. The work will begin in
  Wrenholt in May.""",
  traps=[TR("The £9.8m scheme", "The 9.8 million pound programme"),
         TR("should roughly halve what the council spends on powering its street lights",
            "is expected to cut the council's street-lighting energy bill by around half"),
         TR("3,100 tonnes of CO2 annually", "3,100 tonnes of carbon dioxide a year"),
         TR("remain fully lit", "stay at full brightness"),
         TR("was ruled out", "had rejected proposals")])

C("breweries", "rewrite",
  """Independent brewer Corbel & Sons has agreed to buy the Ashgrove Brewery for 18.5 million pounds,
  the companies said in a joint statement on Friday. The deal, which still needs approval from
  shareholders of Ashgrove, would create the largest family-owned brewer in the region, with
  annual production of about 240,000 hectolitres. Corbel managing director Fiona Corbel said there
  were no plans to close Ashgrove's site in Millbeck, where 85 people are employed, and that its
  three best-known ales would continue to be brewed there. Ashgrove's founder, Tom Rushby, will
  stay on as a consultant for two years. The transaction is expected to complete before the end
  of September.""",
  """Corbel & Sons, an independent brewer, is set to acquire the Ashgrove Brewery in an £18.5m deal,
  the two firms announced jointly on Friday. Subject to the approval of Ashgrove shareholders, the
  takeover would create the region's biggest family-owned brewer, producing roughly 240,000
  hectolitres a year. Fiona Corbel, Corbel's managing director, said there were no plans to shut
  Ashgrove's site in Millbeck, which employs 85 people, and that its three best-known ales would
  still be brewed there. Tom Rushby, who founded Ashgrove, will remain for two years as a
  consultant. The deal should be completed before the end of September.""",
  traps=[TR("is set to acquire", "has agreed to buy"),
         TR("an £18.5m deal", "18.5 million pounds"),
         TR("Subject to the approval of Ashgrove shareholders",
            "still needs approval from shareholders of Ashgrove"),
         TR("which employs 85 people", "where 85 people are employed"),
         TR("Tom Rushby, who founded Ashgrove", "Ashgrove's founder, Tom Rushby")])

C("cricket", "rewrite",
  """Harwell County Cricket Club has appointed former wicketkeeper Sam Okafor as head coach on a
  three-year contract, the club announced on Tuesday. Okafor, 41, replaces Graham Pike, who left
  in August after the team finished bottom of the second division. He spent the past four seasons
  as assistant coach at rivals Denby County, where he helped a side that won promotion in 2022.
  Harwell chairman Neil Ashcombe said Okafor had been chosen from a shortlist of five candidates.
  The club also confirmed that its indoor training centre, closed since a fire in January, will
  reopen in time for pre-season in March.""",
  """Sam Okafor, the former wicketkeeper, has been named Harwell County Cricket Club's head coach on
  a three-year deal, the club said on Tuesday. The 41-year-old succeeds Graham Pike, who departed
  in August after Harwell ended the season at the foot of the second division. Okafor has been
  assistant coach at rival county Denby for the last four seasons, helping them to promotion in
  2022. He was picked from a five-person shortlist, according to chairman Neil Ashcombe. Harwell
  also said its indoor training centre, which has been shut since a fire in January, would reopen
  in time for pre-season in March.""",
  traps=[TR("has been named", "has appointed"),
         TR("The 41-year-old", "Okafor, 41,"),
         TR("at the foot of the second division", "bottom of the second division"),
         TR("a five-person shortlist", "a shortlist of five candidates")])

C("batteries", "rewrite",
  """Battery maker Veltric Energy will build a 1.1 billion dollar cell factory near the port city of
  Sandhaven, creating about 1,800 jobs, the company said on 3 October. Production is due to begin
  in the second half of 2027, with initial capacity of 12 gigawatt-hours a year, enough for
  roughly 150,000 electric cars. The regional government will contribute 140 million dollars in
  grants, chief executive Lena Morrow confirmed. Veltric said the plant would use lithium iron
  phosphate chemistry, which avoids cobalt and nickel. The company added that it may double
  capacity by 2030 if demand from carmakers holds up.""",
  """Veltric Energy, a battery manufacturer, announced on 3 October that it would spend $1.1bn on a
  cell plant close to the port city of Sandhaven, with around 1,800 jobs to be created. The
  factory is scheduled to start production in the latter half of 2027, initially turning out
  12GWh a year, sufficient for about 150,000 electric cars. Chief executive Lena Morrow confirmed
  that $140m of grant funding would come from the regional government. The plant will use lithium
  iron phosphate cells, a chemistry that does not need cobalt or nickel. Veltric could double its
  capacity by 2030 should carmakers' demand hold up, the company added.""",
  traps=[TR("$1.1bn", "1.1 billion dollar"),
         TR("in the latter half of 2027", "in the second half of 2027"),
         TR("12GWh a year", "12 gigawatt-hours a year"),
         TR("$140m of grant funding would come from the regional government",
            "The regional government will contribute 140 million dollars in grants"),
         TR("could double its capacity", "may double capacity")])

C("hotels", "rewrite",
  """The Merriden Hotel group reported that occupancy across its 23 properties averaged 81 per cent
  in the three months to June, up from 74 per cent a year earlier. Revenue for the quarter rose 11
  per cent to 96 million euros, helped by a recovery in business travel and a busy conference
  season, the company said on Thursday. Chief financial officer Anders Vik warned that rising wage
  costs would weigh on margins in the second half of the year. The group confirmed it will open
  two new hotels, in Castelmar and Dunmere Bay, in 2026, and said it had no plans to sell any
  existing properties.""",
  """Average occupancy at the Merriden Hotel group's 23 properties reached 81 per cent in the
  April-to-June quarter, compared with 74 per cent in the same period last year. The company said
  on Thursday that quarterly revenue was up 11 per cent at €96m, boosted by a rebound in business
  travel and a busy season for conferences. Higher wage costs will squeeze margins in the second
  half of the year, finance chief Anders Vik cautioned. Merriden confirmed that two new hotels,
  in Castelmar and Dunmere Bay, will open in 2026, and said it was not planning to sell any of
  its existing properties.""",
  traps=[TR("the April-to-June quarter", "the three months to June"),
         TR("compared with 74 per cent in the same period last year",
            "up from 74 per cent a year earlier"),
         TR("€96m", "96 million euros"),
         TR("finance chief", "Chief financial officer"),
         TR("was not planning to sell", "had no plans to sell")])

C("waste water", "rewrite",
  """Brenford Water has been fined 2.4 million pounds after admitting that untreated sewage escaped
  from its Kelham treatment works into the River Alder on 11 occasions between 2019 and 2021.
  Sentencing at Dunmore Crown Court on Monday, Judge Harriet Moss said the company had ignored
  repeated alarms from faulty pumps. The Environment Protection Office, which brought the
  prosecution, said fish stocks along a six-kilometre stretch of the river had been badly
  affected. Brenford Water said it had since spent 7 million pounds upgrading the site and
  apologised to local residents. It was also ordered to pay costs of 180,000 pounds.""",
  """A £2.4m fine has been imposed on Brenford Water, which admitted that raw sewage leaked from its
  Kelham treatment works into the River Alder 11 times from 2019 to 2021. Passing sentence at
  Dunmore Crown Court on Monday, Judge Harriet Moss said repeated alarms from defective pumps had
  been ignored by the company. According to the Environment Protection Office, which prosecuted
  the case, fish stocks along six kilometres of the river had been badly affected. The company,
  which was also ordered to pay £180,000 in costs, apologised to people living nearby and said it
  had since spent £7m upgrading the site.""",
  traps=[TR("A £2.4m fine has been imposed on Brenford Water",
            "Brenford Water has been fined 2.4 million pounds"),
         TR("11 times", "on 11 occasions"),
         TR("repeated alarms from defective pumps had been ignored by the company",
            "the company had ignored repeated alarms from faulty pumps"),
         TR("£180,000 in costs", "costs of 180,000 pounds"),
         TR("apologised to people living nearby", "apologised to local residents")])

# ---------------------------------------------------------------------------
# Rewrites, inconsistent
# ---------------------------------------------------------------------------
C("nuclear power", "rewrite",
  """The operator of the Thornby nuclear power station has been told to keep its two reactors
  offline for at least another six weeks while inspectors examine cracks found in cooling pipes.
  The National Nuclear Safety Board said on Wednesday that the cracks, discovered during routine
  maintenance in April, posed no immediate risk to the public. Operator Castlegate Power had hoped
  to restart the first reactor in June. The company said the extended outage would cost it about
  45 million euros a month in lost output. Safety board director Ruth Hallam said inspectors might
  require some pipe sections to be replaced before either reactor could return to service.
  Thornby supplies around 8 per cent of the country's electricity.""",
  """The two reactors at the Thornby nuclear power station must remain offline for a minimum of six
  more weeks while inspectors investigate cracks in the cooling pipes, their operator has been
  told. The cracks, found during routine maintenance in April, pose no immediate danger to the
  public, the National Nuclear Safety Board said on Wednesday. Castlegate Power, which runs the
  plant, had hoped to restart the first reactor in June, and says the longer outage will cost it
  roughly €45m a month in lost output. Ruth Hallam, the board's director, said inspectors will
  require some sections of pipe to be replaced before either reactor can return to service.
  Thornby provides around 18 per cent of the country's electricity.""",
  errors=[E("will require", "modality", "major", "might require"),
          E("18 per cent", "number", "major", "8 per cent")],
  traps=[TR("a minimum of six more weeks", "at least another six weeks"),
         TR("roughly €45m a month", "about 45 million euros a month"),
         TR("Castlegate Power, which runs the plant", "Operator Castlegate Power")])

C("canals", "rewrite",
  """The Grantley Canal Trust has taken over management of the 31-mile Oakhurst Navigation from the
  regional waterways authority, following a vote by the authority's board on Tuesday. Under the
  transfer, the trust will receive 2.6 million pounds a year for ten years to maintain locks,
  towpaths and bridges. The trust's chair, Helen Marsh, said volunteers would be recruited to help
  reopen a four-mile section near Drayford that has been closed to boats since 2015. Boat owners'
  groups welcomed the move but said licence fees should be frozen. The authority said fees would
  be reviewed next year.""",
  """Management of the 31-mile Oakhurst Navigation has passed from the Grantley Canal Trust to the
  regional waterways authority after the authority's board voted on Tuesday. As part of the
  handover, the trust will be paid £2.6m a year over a decade to look after locks, towpaths and
  bridges. Helen Marsh, who chairs the trust, said volunteers would be recruited to help reopen a
  four-mile stretch near Drayford that boats have been unable to use since 2015. Groups
  representing boat owners welcomed the change but called for licence fees to be frozen; the
  authority said fees would be reviewed next year.""",
  errors=[E("from the Grantley Canal Trust to the regional waterways authority", "role",
            "critical",
            """The Grantley Canal Trust has taken over management of the 31-mile Oakhurst
            Navigation from the regional waterways authority""")],
  traps=[TR("£2.6m a year over a decade", "2.6 million pounds a year for ten years"),
         TR("that boats have been unable to use since 2015",
            "that has been closed to boats since 2015"),
         TR("Groups representing boat owners", "Boat owners' groups")])

C("horse racing", "rewrite",
  """Colt Harbour Racecourse will stage its first evening meeting under floodlights on Saturday 9
  August, the course's managing director, Paul Denning, said on Monday. The first race will start
  at 6.15pm and the last at 9.40pm. The all-weather track had 2.3 million pounds of lighting
  installed over the winter. Trainer Alice Brook, whose horses are stabled nearby, said the move
  could attract younger crowds but warned that late finishes would be hard on stable staff.
  Denning said the course expected around 6,000 racegoers and would run extra buses to the town
  centre after racing.""",
  """Colt Harbour Racecourse is to hold its first floodlit evening meeting on Saturday 9 August,
  managing director Paul Denning announced on Monday. Racing will get under way at 6.15pm, with
  the final race off at 9.15pm. Lighting costing £2.3m was fitted at the all-weather track during
  the winter. Alice Brook, a trainer whose horses are stabled close by, said evening racing could
  bring in younger crowds. Denning, though, warned that the late finishes would be hard on stable
  staff. He said the course was expecting a crowd of about 6,000 and would lay on additional buses
  into the town centre once racing had finished.""",
  errors=[E("9.15pm", "date", "major", "9.40pm"),
          E("Denning", "attribution", "major", "Alice Brook", occ=1)],
  traps=[TR("Lighting costing £2.3m was fitted", "had 2.3 million pounds of lighting installed"),
         TR("expecting a crowd of about 6,000", "expected around 6,000 racegoers"),
         TR("would lay on additional buses", "would run extra buses")])

C("ballet", "rewrite",
  """The Arvale Ballet will tour six cities in the autumn with a new production of The Winter
  Garden, choreographed by its artistic director, Irina Solberg. The company said on Friday that
  the tour, its first since 2019, would open in Marston on 4 October and close in Cliffmoor on 22
  November. Eleven dancers who joined this year will make their debuts in principal roles. Tickets
  will go on sale next Monday, with a quarter of seats at each venue priced at 15 pounds or less.
  The production is supported by a grant of 400,000 pounds from the Hallworth Arts Fund, although
  the company said it was still seeking a sponsor for its spring season.""",
  """Arvale Ballet is taking a new production of The Winter Garden, choreographed by artistic
  director Irina Solberg, to six cities this autumn. The tour will open in Marston on 4 October
  and end in Cliffmoor on 22 November, the company said on Friday. Eleven dancers who joined the
  company this year will make their debuts in leading roles. Tickets go on sale next Monday, and
  at every venue a quarter of the seats will cost £15 or less. The production has received a
  £400,000 grant from the Hallworth Arts Fund, though the company is still looking for a sponsor
  for its spring season.""",
  errors=[O("its first since 2019", "minor", after="The tour")],
  traps=[TR("leading roles", "principal roles"),
         TR("£15 or less", "15 pounds or less"),
         TR("is still looking for a sponsor", "was still seeking a sponsor")])

C("ferries", "rewrite",
  """Ferry operator Skerrin Lines will add a third daily sailing between Portmoor and the island of
  Hask from 1 May, responding to complaints about overcrowding last summer. The company said on
  Tuesday that fares would not increase this year, despite a 14 per cent rise in fuel costs. The
  extra crossing will be operated by the MV Corran Star, a 420-passenger vessel chartered from a
  Norwegian firm for two years. Island councillor Morag Lindsay welcomed the announcement but said
  freight capacity remained a problem for local businesses. Skerrin Lines carried 310,000
  passengers on the route last year.""",
  """From 1 May, Skerrin Lines will run three additional sailings a day between Portmoor and the
  island of Hask after passengers complained of overcrowding last summer. Fares will stay at
  current levels this year even though fuel costs have risen by 14 per cent, the ferry operator
  said on Tuesday. The MV Corran Star, a 420-passenger vessel chartered for two years from a
  Norwegian company, will operate the new crossings. Morag Lindsay, a councillor on the island,
  welcomed the news, saying freight capacity was no longer a problem for local businesses. Last
  year the company carried 310,000 passengers on the route.""",
  errors=[E("three additional sailings a day", "number", "major", "a third daily sailing"),
          E("was no longer a problem", "polarity", "major", "remained a problem")],
  traps=[TR("Fares will stay at current levels this year", "fares would not increase this year"),
         TR("chartered for two years from a Norwegian company",
            "chartered from a Norwegian firm for two years")])

C("taxation", "rewrite",
  """Valdoria will raise the threshold at which people start paying income tax from 11,000 to 12,500
  crowns from January, Finance Minister Jonas Reiter told parliament on Wednesday. About 340,000
  low earners will be taken out of income tax altogether, the finance ministry estimates. To help
  pay for the change, the top rate on incomes above 150,000 crowns will rise from 42 to 45 per
  cent. Reiter said the package would cost the treasury a net 210 million crowns a year.
  Opposition finance spokesperson Clara Dunn called the measures "a modest step" and said relief
  for families with children had been ignored.""",
  """From January, Valdorians will start paying income tax only once their earnings exceed 12,500
  crowns, up from 11,000 crowns now, Finance Minister Jonas Reiter told parliament on Wednesday.
  The finance ministry estimates that around 340,000 low earners will no longer pay any income
  tax. To help fund the change, the top rate, which applies to incomes over 150,000 crowns, will
  go up from 42 per cent to 45 per cent. The net cost to the treasury will be 210 million crowns
  a year, according to Reiter. Clara Dunn, the opposition's finance spokesperson, described the
  measures as "a modest step" and said relief for families with children had been overlooked. To
  help fund the change, the top rate, which applies to incomes over 150,000 crowns, will go up
  from 42 per cent to 45 per cent.""",
  errors=[E("""To help fund the change, the top rate, which applies to incomes over 150,000
            crowns, will go up from 42 per cent to 45 per cent.""", "repetition", "minor", None,
            occ=1)],
  traps=[TR("will no longer pay any income tax", "will be taken out of income tax altogether"),
         TR("the top rate, which applies to incomes over 150,000 crowns",
            "the top rate on incomes above 150,000 crowns", occ=0),
         TR("had been overlooked", "had been ignored")])

C("farm machinery", "rewrite",
  """Tractor maker Halden Agri has recalled about 3,400 of its TX-200 models sold since 2022 after
  finding a fault in the steering column that could cause drivers to lose control at speed. The
  company said on Thursday it was aware of two incidents, neither of which caused injuries. Owners
  are being asked to stop using the tractors on public roads until dealers have fitted a
  replacement part, which will be free of charge. Halden's rival, Brunmark Machinery, recalled a
  smaller number of combine harvesters last year over a similar issue. Halden shares fell 3 per
  cent on the news.""",
  """Halden Agri is recalling around 3,400 TX-200 tractors sold since 2022 because of a
  steering-column fault that could make drivers lose control at speed. The manufacturer said on
  Thursday that it knew of two incidents, none of which resulted in injury. Until a replacement
  part has been fitted by a dealer, at no cost, owners are being asked not to drive the tractors
  on public roads. Rival Brunmark Machinery withdrew a smaller number of combine harvesters from
  sale last year over a similar problem. Brunmark shares fell 3 per cent on the news.""",
  errors=[E("withdrew a smaller number of combine harvesters from sale", "event", "minor",
            "recalled a smaller number of combine harvesters"),
          E("Brunmark", "entity", "major", "Halden", occ=1)],
  traps=[TR("around 3,400 TX-200 tractors", "about 3,400 of its TX-200 models"),
         TR("none of which resulted in injury", "neither of which caused injuries"),
         TR("at no cost", "free of charge")])

C("volcanology", "rewrite",
  """The Institute of Volcanic Studies raised the alert level for Mount Varra from yellow to orange
  on Sunday after detecting a sharp increase in sulphur dioxide emissions and more than 200 small
  earthquakes in 48 hours. Authorities in the nearby town of Selmo advised about 1,200 residents
  living within five kilometres of the summit to prepare for possible evacuation, but did not
  order anyone to leave. Institute director Dr Elena Ferrant said an eruption was not inevitable
  and that the volcano could return to a calmer state. Flights at Selmo's small airport were
  operating normally. Mount Varra last erupted in 1998, when ash fell on villages up to 30
  kilometres away.""",
  """Mount Varra's alert level was raised from yellow to orange on Sunday by the Institute of
  Volcanic Studies, which had detected a sharp rise in sulphur dioxide emissions and over 200
  minor earthquakes within two days. About 1,200 people living within five kilometres of the
  summit were advised by authorities in the nearby town of Selmo to be ready for a possible
  evacuation, although no one was ordered to leave. An eruption is not inevitable and the volcano
  could settle down again, said Dr Elena Ferrant, the institute's director. Flights at Selmo's
  small airport were running as normal. The volcano's last eruption, in 1998, scattered ash over
  villages as far as 30 kilometres away and forced thousands from their homes.""",
  errors=[E("and forced thousands from their homes", "addition", "major", None)],
  traps=[TR("over 200 minor earthquakes", "more than 200 small earthquakes"),
         TR("within two days", "in 48 hours"),
         TR("could settle down again", "could return to a calmer state")])

C("epidemiology", "rewrite",
  """Cases of measles in the Lanford region have risen to 87 since the outbreak was first detected
  on 2 February, the regional health agency said on Monday. Most of those infected are children
  under ten who had not been vaccinated. Agency epidemiologist Dr Samuel Orme said the outbreak
  could peak within the next three weeks, but warned that numbers might continue to climb if
  vaccination rates did not improve. Eleven patients have been treated in hospital, and all have
  since been discharged. The agency is offering extra vaccination clinics at schools in the region
  until the end of April.""",
  """The regional health agency said on Monday that 87 measles cases have now been recorded in the
  Lanford region since the outbreak was first identified on 2 February. Unvaccinated children
  under ten account for most of the infections. Dr Samuel Orme, an epidemiologist at the agency,
  said the outbreak will peak within the next three weeks, though he cautioned that case numbers
  might keep rising unless vaccination rates improved. Of the 11 patients who needed hospital
  treatment, all have since been sent home. The agency is running additional vaccination clinics
  in schools across the region from the end of April.""",
  errors=[E("will peak", "modality", "major", "could peak"),
          E("from the end of April", "date", "major", "until the end of April")],
  traps=[TR("Unvaccinated children under ten account for most of the infections",
            "Most of those infected are children under ten who had not been vaccinated"),
         TR("unless vaccination rates improved", "if vaccination rates did not improve"),
         TR("all have since been sent home", "all have since been discharged")])

C("hospices", "rewrite",
  """St Bride's Hospice in Carrow has warned that it may have to close eight of its 20 inpatient beds
  next year unless it finds an extra 1.5 million pounds. Chief executive Margaret Olney said on
  Wednesday that rising staff costs and a fall in legacy income had left the charity with its
  largest deficit in 35 years. The local health board, which covers about 30 per cent of the
  hospice's running costs, said it was reviewing its funding formula but could not promise more
  money. The hospice cared for 1,400 patients last year, two thirds of them in their own homes. A
  public fundraising appeal will be launched next month.""",
  """St Bride's Hospice in Carrow could be forced to shut eight of its 20 inpatient beds next year if
  it cannot raise an additional £1.5m, the charity has warned. Higher staff costs and falling
  income from legacies have left it facing its biggest deficit for 35 years, the local health
  board said on Wednesday. The board, which funds roughly 30 per cent of the hospice's running
  costs, is reviewing its funding formula but could not guarantee more money. Last year the
  hospice cared for 1,400 patients, two-thirds of them at home. It will launch a public
  fundraising appeal next month.""",
  errors=[E("the local health board said", "attribution", "major",
            "Chief executive Margaret Olney said")],
  traps=[TR("could be forced to shut", "may have to close"),
         TR("if it cannot raise an additional £1.5m",
            "unless it finds an extra 1.5 million pounds"),
         TR("at home", "in their own homes")])

# ---------------------------------------------------------------------------
# Summaries, consistent
# ---------------------------------------------------------------------------
C("photography", "summary",
  """The Linden Photography Prize, one of the most valuable awards for documentary photographers,
  has been won by Amara Koss for a series on coastal erosion in the fishing village of Wexley.
  Judges chose her work from 4,300 entries submitted by photographers in 61 countries. The prize,
  now in its 12th year, carries an award of 25,000 euros and a solo exhibition at the Greyfield
  Gallery, which will open on 6 June and run for ten weeks. Koss, 29, spent three years
  photographing families whose homes were lost to the sea. Jury chair Tomas Ekholm described the
  series as "patient, unsentimental and deeply humane". Two runners-up each received 5,000
  euros.""",
  """Amara Koss, 29, has won the €25,000 Linden Photography Prize for a three-year project on
  families in the fishing village of Wexley whose homes were lost to coastal erosion. Her series
  was chosen from 4,300 entries from 61 countries and will be shown in a ten-week solo exhibition
  at the Greyfield Gallery from 6 June.""",
  traps=[TR("the €25,000 Linden Photography Prize", "carries an award of 25,000 euros"),
         TR("a three-year project", "spent three years photographing"),
         TR("was chosen from 4,300 entries", "Judges chose her work from 4,300 entries"),
         TR("a ten-week solo exhibition at the Greyfield Gallery from 6 June",
            "will open on 6 June and run for ten weeks")])

C("seed banks", "summary",
  """The Northvale Seed Vault has received its largest single deposit in a decade: 38,000 seed
  samples from a network of gene banks in East Africa, the vault's operator said on Tuesday. The
  samples, mostly sorghum, millet and cowpea varieties, were shipped in 112 sealed boxes and will
  be stored at minus 18 degrees Celsius in the vault's underground chambers. The deposit brings
  the total number of samples held at Northvale to just over 1.2 million. Director Karin Holte
  said the collection provided "insurance against the loss of crops that feed millions", adding
  that depositors retain ownership of their seeds and can withdraw them at any time. The vault
  was opened in 2009 and is funded mainly by the government of Norlund.""",
  """The Northvale Seed Vault has taken in 38,000 samples from East African gene banks, mainly
  sorghum, millet and cowpea, in its biggest single deposit for ten years, taking its holdings
  past 1.2 million. The depositors keep ownership and may withdraw their seeds whenever they
  wish, director Karin Holte said.""",
  traps=[TR("mainly", "mostly"),
         TR("its biggest single deposit for ten years", "its largest single deposit in a decade"),
         TR("taking its holdings past 1.2 million",
            "brings the total number of samples held at Northvale to just over 1.2 million"),
         TR("whenever they wish", "at any time")])

C("veterans affairs", "summary",
  """The Department of Veterans' Services will open four new support centres for former service
  personnel by the end of next year, Veterans Minister Alan Pryce announced on Thursday. The
  centres, in Halbury, Fenmoor, Dunhallow and Penbrook, will offer help with housing, employment
  and mental health under one roof. The programme will cost 36 million pounds over three years.
  Pryce said around 9,000 veterans were expected to use the centres each year. Charities welcomed
  the plan, although the Veterans' Alliance said waiting times for mental health treatment,
  currently averaging 19 weeks, also needed to fall. The department said it aimed to halve that
  figure by 2027.""",
  """Four one-stop centres offering veterans help with housing, employment and mental health will
  open by the end of next year at a cost of £36m over three years, the veterans minister said.
  About 9,000 former personnel a year are expected to use them. The department aims to cut
  average waits for mental health treatment, now 19 weeks, by half by 2027.""",
  traps=[TR("one-stop", "under one roof"),
         TR("£36m over three years", "36 million pounds over three years"),
         TR("the veterans minister", "Veterans Minister Alan Pryce"),
         TR("About 9,000 former personnel a year are expected to use them",
            "around 9,000 veterans were expected to use the centres each year"),
         TR("by half by 2027", "halve that figure by 2027")])

C("swimming", "summary",
  """Teenager Lucy Aldana broke the national record in the women's 200 metres butterfly at the Rowan
  Cup in Elsmere on Saturday, touching in 2 minutes 6.14 seconds. The 16-year-old from Brackenford
  Swimming Club took 0.41 seconds off the previous mark, set by Hannah Creed in 2018. Her time also
  beat the qualifying standard for next year's world championships, although selection will not
  be confirmed until after the national trials in April. Aldana's coach, Martin Eyre, said she had
  been training twice a day since January. Creed, now retired, congratulated her on social media.
  Aldana also won silver in the 100 metres butterfly on Friday.""",
  """Sixteen-year-old Lucy Aldana set a national women's 200m butterfly record of 2:06.14 at the
  Rowan Cup on Saturday, beating Hannah Creed's 2018 mark by 0.41 seconds. The swim was inside
  the qualifying standard for next year's world championships, but her selection will only be
  confirmed after April's national trials.""",
  traps=[TR("Sixteen-year-old", "The 16-year-old"),
         TR("2:06.14", "2 minutes 6.14 seconds"),
         TR("was inside the qualifying standard", "also beat the qualifying standard"),
         TR("will only be confirmed after April's national trials",
            "will not be confirmed until after the national trials in April")])

C("garden centres", "summary",
  """Garden centre chain Bloomfield Group has reported a 7 per cent fall in annual sales to 212
  million pounds, blaming a wet spring that kept customers away during its busiest months.
  Pre-tax profit dropped by almost a third to 9.4 million pounds in the year to the end of
  January. Chief executive Priya Nandra said sales of plants and outdoor furniture had been hit
  hardest, while its cafés and restaurants traded well. The group, which runs 48 sites, said it
  would not open any new centres this year but would refurbish ten existing ones. It expects
  trading to improve if the weather is more settled this spring.""",
  """Bloomfield Group has blamed a wet spring for a 7 per cent drop in annual sales to £212m, with
  pre-tax profit falling by nearly a third to £9.4m. The 48-site garden centre chain will
  refurbish ten centres rather than open new ones this year, and expects trading to pick up if
  this spring's weather is more settled.""",
  traps=[TR("£212m", "212 million pounds"),
         TR("by nearly a third", "by almost a third"),
         TR("The 48-site garden centre chain", "The group, which runs 48 sites"),
         TR("expects trading to pick up", "expects trading to improve")])

# ---------------------------------------------------------------------------
# Summaries, inconsistent
# ---------------------------------------------------------------------------
C("census", "summary",
  """Preliminary results from last year's national census show that the population of Marlenia grew
  by 4.2 per cent over ten years to 8.31 million, the National Statistics Bureau said on Tuesday.
  Growth was concentrated in the capital region, which added 190,000 residents, while five of the
  country's twelve provinces lost population. The share of people aged over 65 rose from 17 to 21
  per cent. Bureau director Oskar Lind said final figures, including data on households and
  languages, would be published in stages from September. Response rates reached 96 per cent, the
  highest since the census moved online in 2012.""",
  """Marlenia's population rose 4.2 per cent in a decade to 8.31 million, according to preliminary
  census results, with growth centred on the capital region while seven of the twelve provinces
  shrank. People over 65 now make up 21 per cent of the population, up from 17 per cent.""",
  errors=[E("seven", "number", "major", "five")],
  traps=[TR("in a decade", "over ten years"),
         TR("People over 65 now make up 21 per cent of the population, up from 17 per cent",
            "The share of people aged over 65 rose from 17 to 21 per cent")])

C("satellites", "summary",
  """Satellite operator Orbis Link has signed a 340 million dollar contract with manufacturer Stellan
  Aerospace to build six communications satellites, the companies announced on Monday. The
  satellites, each weighing about 3.5 tonnes, will provide broadband coverage to remote areas of
  the Pacific and are scheduled for launch between 2027 and 2029. Stellan will assemble them at
  its plant in Carvey, where it plans to hire 250 additional engineers. Orbis Link chief executive
  Daniel Reyes said the deal would double the company's capacity. Stellan shares rose 6 per cent
  after the announcement. Neither company disclosed which launch provider would be used.""",
  """Orbis Link has been contracted by Stellan Aerospace to build six communications satellites
  under a $340m deal, the largest in Stellan's history. The satellites will bring broadband to
  remote parts of the Pacific, with launches planned for 2027-2029, and Stellan plans to take on
  250 more engineers at its Carvey plant.""",
  errors=[E("Orbis Link has been contracted by Stellan Aerospace", "role", "critical",
            """Orbis Link has signed a 340 million dollar contract with manufacturer Stellan
            Aerospace"""),
          E("the largest in Stellan's history", "addition", "major", None)],
  traps=[TR("launches planned for 2027-2029", "scheduled for launch between 2027 and 2029"),
         TR("plans to take on 250 more engineers", "plans to hire 250 additional engineers")])

C("wind farms", "summary",
  """Energy company Greywater Renewables has won approval to build a 66-turbine offshore wind farm 40
  kilometres off the coast of Penhallow, the Department for Energy said on Friday. The Merrow Bank
  project, with a capacity of 990 megawatts, will be able to power around 900,000 homes.
  Construction is expected to start in 2026, with the first electricity generated in 2029. The
  approval includes conditions to protect a colony of seabirds on the nearby Skell Islands,
  including limits on construction during the breeding season. A rival application from Tidecrest
  Energy for a site further north was rejected last month on environmental grounds.""",
  """Greywater Renewables has been given the go-ahead for Merrow Bank, a 66-turbine, 990MW offshore
  wind farm 40km off Penhallow that will be able to power around 900,000 homes. Construction is
  expected to start in 2026, with limits during the breeding season to protect seabirds on the
  nearby Merrow Islands.""",
  errors=[E("Merrow Islands", "entity", "major", "Skell Islands")],
  traps=[TR("has been given the go-ahead", "has won approval"),
         TR("990MW", "990 megawatts"),
         TR("40km off Penhallow", "40 kilometres off the coast of Penhallow")])

C("cinemas", "summary",
  """The Regent Picturehouse in Tolbridge, one of the oldest working cinemas in the region, will
  close on 30 June after 94 years, its owners announced on Sunday. Castleford Leisure, which bought
  the cinema in 2011, said ticket sales had fallen by 40 per cent since 2019 and that the building
  needed repairs costing at least 1.8 million pounds. The company said it had not received any
  acceptable offer for the business. A campaign group, Save the Regent, said it would ask the town
  council to list the building as a community asset, which could delay any sale. The cinema's 11
  staff have been offered jobs at the company's multiplex in Arden Park.""",
  """The Regent Picturehouse in Tolbridge will shut on 30 June after 94 years. Owner Castleford
  Leisure, which bought it in 2001, cited a 40 per cent drop in ticket sales since 2019 and
  repairs costing £1.8m or more. None of the cinema's 11 staff has been offered a job at the
  company's Arden Park multiplex.""",
  errors=[E("2001", "date", "minor", "2011"),
          E("None of the cinema's 11 staff has been offered", "polarity", "critical",
            "The cinema's 11 staff have been offered")],
  traps=[TR("will shut on 30 June", "will close on 30 June"),
         TR("repairs costing £1.8m or more", "repairs costing at least 1.8 million pounds")])

C("taxis", "summary",
  """Drivers working for the taxi firm CityCab in Ferrington will stage a 24-hour strike on Friday in
  a dispute over commission rates, the Independent Drivers' Union said. The firm raised the
  commission it takes from each fare from 20 to 25 per cent in March. The union says about 600
  drivers are affected and that average earnings have fallen by around 80 pounds a week. Talks
  between the two sides on Tuesday, chaired by the conciliation service Accord, broke up without
  agreement. CityCab said the increase was needed to fund a new booking app and higher insurance
  costs, and that it remained open to further talks. The city council has warned that the strike
  could leave late-night passengers stranded.""",
  """CityCab drivers in Ferrington will walk out for 24 hours on Friday over the firm's rise in
  commission from 20 to 25 per cent, which their union says affects about 600 drivers and has cut
  average earnings by around £80 a week. Tuesday's talks at the conciliation service Accord were
  cancelled, and the city council has warned that late-night passengers could be left
  stranded.""",
  errors=[E("were cancelled", "event", "major", "broke up without agreement")],
  traps=[TR("will walk out for 24 hours", "will stage a 24-hour strike"),
         TR("£80 a week", "80 pounds a week"),
         TR("late-night passengers could be left stranded",
            "the strike could leave late-night passengers stranded")])

# ---------------------------------------------------------------------------
# Translations, consistent (two independent English translations of one story)
# ---------------------------------------------------------------------------
C("child care", "translation",
  """The municipality of Vallenberg will offer free childcare for all children aged three and over
  from August next year, deputy mayor Hanne Sørvik announced at a press conference on Tuesday.
  Currently parents pay up to 310 crowns a month per child. The measure will cost the municipality
  about 42 million crowns annually and is to be financed partly by a higher tourist tax. According
  to Sørvik, 27 new kindergarten teachers will need to be recruited. The opposition party Fremtid
  criticised the plan, saying that the money should rather have been spent on shortening waiting
  lists for places for children under three, which currently include some 180 children.""",
  """From August of next year, childcare in Vallenberg municipality will be free of charge for every
  child from the age of three, the deputy mayor, Hanne Sørvik, told journalists on Tuesday. At
  present, parents pay as much as 310 crowns monthly for each child. The reform will cost the
  municipality roughly 42 million crowns a year, with part of the money coming from an increase
  in the tourist tax. Sørvik said 27 additional preschool teachers would have to be hired. The
  opposition Fremtid party attacked the proposal, arguing that the funds would have been better
  used to shorten the queue for places for under-threes, on which around 180 children are
  currently waiting.""",
  traps=[TR("for every child from the age of three", "for all children aged three and over"),
         TR("told journalists on Tuesday", "announced at a press conference on Tuesday"),
         TR("as much as 310 crowns monthly for each child", "up to 310 crowns a month per child"),
         TR("27 additional preschool teachers would have to be hired",
            "27 new kindergarten teachers will need to be recruited"),
         TR("under-threes", "children under three")])

C("bakeries", "translation",
  """The family bakery Brot & Korn, founded in 1926 in the town of Weissfeld, has filed for
  insolvency. The company's 140 employees were informed on Monday, a spokeswoman said. Managing
  director Klaus Ebner, the founder's great-grandson, blamed sharply higher energy and flour
  prices, which he said had doubled the firm's production costs within two years. Production at
  the bakery and its 22 branches will continue for the time being, and wages are secured until the
  end of March through state insolvency payments. The court-appointed administrator, lawyer Petra
  Lorenz, said she was already in talks with two potential investors.""",
  """Brot & Korn, a family-run bakery set up in Weissfeld in 1926, has applied for insolvency
  proceedings. Its workforce of 140 was told of the move on Monday, according to a company
  spokeswoman. Klaus Ebner, the managing director and great-grandson of the founder, attributed
  the situation to steep rises in the cost of energy and flour, which he said had made production
  twice as expensive in the space of two years. For now the bakery and its 22 shops will keep
  operating, with staff pay guaranteed through the end of March by state insolvency benefit. Petra
  Lorenz, the lawyer appointed by the court as administrator, said talks with two possible
  investors were already under way.""",
  traps=[TR("has applied for insolvency proceedings", "has filed for insolvency"),
         TR("Its workforce of 140", "The company's 140 employees"),
         TR("attributed the situation to", "blamed"),
         TR("had made production twice as expensive in the space of two years",
            "had doubled the firm's production costs within two years"),
         TR("through the end of March", "until the end of March")])

C("drones", "translation",
  """Postal company Korvia Post will begin delivering parcels by drone to three islands in the Sarnen
  archipelago in May, following approval from the civil aviation authority. The drones can carry
  packages weighing up to four kilograms and will fly a distance of about 25 kilometres from the
  mainland depot in Lisk in roughly 20 minutes. Currently, deliveries to the islands take two days
  by boat. The pilot project will run for one year, after which the company will decide whether
  to extend the service, said head of logistics Mirela Kovač. Residents' associations on the
  islands have welcomed the plan, but fishermen have raised concerns about noise.""",
  """Starting in May, Korvia Post will use drones to deliver parcels to three islands in the Sarnen
  archipelago, the civil aviation authority having given its approval. The aircraft can carry
  parcels of up to 4kg and will cover the roughly 25km from the company's mainland depot in Lisk
  in around 20 minutes, compared with the 48 hours it now takes to deliver by boat. According to
  logistics chief Mirela Kovač, the trial will last twelve months, and only then will the postal
  firm decide whether to extend the service. Islanders' associations have given the plan a warm
  welcome, although fishermen have expressed concern about the noise.""",
  traps=[TR("up to 4kg", "up to four kilograms"),
         TR("48 hours", "two days"),
         TR("logistics chief", "head of logistics"),
         TR("twelve months", "one year"),
         TR("Islanders' associations have given the plan a warm welcome",
            "Residents' associations on the islands have welcomed the plan")])

C("funeral services", "translation",
  """The city of Derenhall will from next year subsidise funerals for residents on low incomes, the
  city council decided on Thursday by a large majority. Families receiving social assistance will
  be able to apply for a grant of up to 1,800 euros, around half the average cost of a simple
  funeral in the city. The council estimates that about 350 families a year will make use of the
  scheme, at a cost of roughly 600,000 euros. Councillor Anja Brenner, who proposed the measure,
  said nobody should have to go into debt to bury a relative. Funeral directors' association
  chairman Erik Volk welcomed the decision but called for price transparency rules to be
  introduced as well.""",
  """Low-income residents of Derenhall will get help with funeral costs from next year after a large
  majority of city councillors voted for the measure on Thursday. Families on social assistance
  will be able to apply for up to €1,800, which is about 50 per cent of what a basic funeral costs
  on average in the city. Around 350 families are expected to use the grant each year, at a cost
  in the region of €600,000, according to council estimates. Anja Brenner, the councillor behind
  the proposal, said no one should be forced into debt in order to bury a family member. Erik
  Volk, who chairs the association of funeral directors, welcomed the decision but said rules on
  price transparency should also be brought in.""",
  traps=[TR("a large majority of city councillors voted for the measure",
            "the city council decided on Thursday by a large majority"),
         TR("about 50 per cent of", "around half the average cost"),
         TR("in the region of €600,000", "roughly 600,000 euros"),
         TR("the councillor behind the proposal", "who proposed the measure"),
         TR("who chairs the association of funeral directors",
            "Funeral directors' association chairman")])

C("car rental", "translation",
  """Car rental company Autoflex has been ordered by the consumer protection authority to refund
  customers who were charged for minor scratches they did not cause. The authority said on
  Wednesday that it had received more than 430 complaints about the company between January and
  October last year. In many cases, customers were billed amounts between 150 and 900 euros weeks
  after returning the vehicle, without photographic evidence. Autoflex must repay the affected
  customers within 60 days and introduce a joint inspection of vehicles at handover. The company
  said it would comply with the decision but rejected the accusation of systematic misconduct.""",
  """The consumer protection authority has ordered rental car firm Autoflex to pay back customers who
  were billed for small scratches that they had not caused. More than 430 complaints were lodged
  against the company from January to October last year, the authority said on Wednesday. Often,
  customers received bills of between €150 and €900 weeks after they had returned the car, with no
  photographs provided as proof. Within 60 days, Autoflex has to reimburse the customers
  concerned, and it must also introduce joint vehicle checks when cars are handed over. The
  company said it would abide by the ruling but denied that there had been any systematic
  wrongdoing.""",
  traps=[TR("has ordered rental car firm Autoflex to pay back customers",
            "has been ordered by the consumer protection authority to refund customers"),
         TR("More than 430 complaints were lodged against the company",
            "it had received more than 430 complaints about the company"),
         TR("with no photographs provided as proof", "without photographic evidence"),
         TR("would abide by the ruling", "would comply with the decision"),
         TR("denied that there had been any systematic wrongdoing",
            "rejected the accusation of systematic misconduct")])

# ---------------------------------------------------------------------------
# Translations, inconsistent
# ---------------------------------------------------------------------------
C("vaccines", "translation",
  """The health ministry of Belvaria plans to make vaccination against human papillomavirus free for
  boys aged 12 to 15 from the next school year, Health Minister Dorota Halas announced on Friday.
  Until now only girls have been vaccinated free of charge. The ministry expects about 160,000
  boys to be eligible and has set aside 38 million kronar for the programme. Halas said the aim
  was to vaccinate at least 60 per cent of eligible boys within three years. Paediatricians'
  associations welcomed the decision, but said that information campaigns in schools would be
  needed, as uptake among girls was currently only 44 per cent.""",
  """Belvaria's health ministry intends to offer boys between 12 and 15 years old free vaccination
  against HPV from the start of the next school year, Health Minister Dorota Halas said on Friday.
  So far the free vaccination has been offered only to girls. According to ministry estimates,
  some 160,000 boys will qualify, and 380 million kronar has been earmarked for the programme.
  Halas said the goal was for 60 per cent of eligible boys to be vaccinated within three years.
  Associations of paediatricians welcomed the move but said schools would need information
  campaigns, since only 44 per cent of girls are currently being vaccinated.""",
  errors=[E("380 million kronar", "number", "major", "38 million kronar"),
          O("at least", "minor", before="60 per cent of eligible boys")],
  traps=[TR("HPV", "human papillomavirus"),
         TR("So far the free vaccination has been offered only to girls",
            "Until now only girls have been vaccinated free of charge"),
         TR("some 160,000 boys will qualify", "expects about 160,000 boys to be eligible")])

C("golf", "translation",
  """Argentinian golfer Tomás Vidal won the Sierra Alta Open on Sunday with a final round of 66,
  finishing two strokes ahead of the Swede Lars Engqvist. It was the 31-year-old's first title on
  the tour after seven second-place finishes. Vidal, who had started the day three shots behind
  the leader, made five birdies on the back nine. Engqvist, the overnight leader, dropped shots at
  the 16th and 17th holes. The win earns Vidal 540,000 euros and a place at next month's Valmonte
  Masters. "I have dreamed of this moment since I was a child," Vidal said, with tears in his
  eyes.""",
  """Tomás Vidal of Argentina claimed victory at the Sierra Alta Open on Sunday, carding a closing 66
  to finish two shots clear of Lars Engqvist, the Swiss player. The title is the 31-year-old's
  first on the tour, after he had finished runner-up seven times. Vidal began the day three
  strokes off the lead and picked up five birdies on the back nine. Engqvist, who had led
  overnight, dropped shots at the 16th and the 17th, at the 16th and the 17th. Vidal collects
  €540,000 for the win as well as a place in next month's Valmonte Masters. "Since I was a little
  boy I have dreamt of this moment," said a tearful Vidal.""",
  errors=[E("Swiss", "entity", "minor", "Swede"),
          E("at the 16th and the 17th", "repetition", "minor", None, occ=1)],
  traps=[TR("two shots clear of", "two strokes ahead of"),
         TR("after he had finished runner-up seven times", "after seven second-place finishes"),
         TR("a tearful Vidal", "with tears in his eyes")])

C("bookshops", "translation",
  """The number of independent bookshops in Ostrelia fell by 9 per cent last year to 1,140,
  according to a report published on Tuesday by the booksellers' association BVO. The
  association's president, Renate Falk, blamed rising rents in city centres and competition from
  online retailers. At the same time, sales at the remaining shops rose by 3 per cent on average,
  driven mainly by children's books and readings organised in stores. The culture ministry
  announced that it would examine a proposal for tax relief for bookshops but made no
  commitments. Falk said that without support, a further 100 shops could close this year.""",
  """Ostrelia lost 9 per cent of its independent bookshops last year, leaving 1,140, the booksellers'
  association BVO said in a report released on Tuesday. Renate Falk, who heads the association,
  pointed to higher city-centre rents and online competition as the causes. Meanwhile, the shops
  that remain saw sales climb by an average of 3 per cent, mainly thanks to children's books and
  in-store readings. The culture ministry said it would look into a proposal to give bookshops tax
  relief but made no promises. According to the ministry, another 100 shops could shut this year
  if no support is forthcoming.""",
  errors=[E("According to the ministry", "attribution", "major", "Falk said")],
  traps=[TR("Ostrelia lost 9 per cent of its independent bookshops last year, leaving 1,140",
            "The number of independent bookshops in Ostrelia fell by 9 per cent last year to 1,140"),
         TR("who heads the association", "The association's president"),
         TR("made no promises", "made no commitments")])

C("flood defence", "translation",
  """The regional government of Lower Aldmark has approved a 120 million euro plan to strengthen
  flood defences along the River Wend, after floods in 2023 damaged more than 2,000 homes. The
  plan includes raising 35 kilometres of dykes and creating two retention basins near the town of
  Haselt. Work should begin in autumn 2025 and be completed by 2031, said environment minister
  Jorik Steen. The state water agency will oversee construction, while the municipalities will be
  responsible for maintenance. Farmers whose land is needed for the basins will be compensated,
  Steen said, although the amount has not yet been set.""",
  """Lower Aldmark's regional government has given the green light to a €120m programme to reinforce
  flood protection on the River Wend, following floods in 2023 that damaged over 2,000 homes.
  Under the plan, 35km of dykes will be raised and two retention basins built close to the town of
  Haselt. According to environment minister Jorik Steen, work is expected to start in autumn 2025
  and finish by 2031. The municipalities will supervise the construction work, with the state
  water agency taking charge of maintenance. Farmers whose fields are required for the basins may
  receive compensation, Steen said, but no sum has been fixed so far.""",
  errors=[E("municipalities will supervise the construction work, with the state water agency",
            "role", "major",
            """The state water agency will oversee construction, while the municipalities will be
            responsible for maintenance"""),
          E("may receive compensation", "modality", "major", "will be compensated")],
  traps=[TR("has given the green light to", "has approved"),
         TR("35km of dykes", "35 kilometres of dykes"),
         TR("is expected to start", "should begin")])

C("dog breeding", "translation",
  """From January, dog breeders in the province of Nerland will need a licence if they sell more
  than two litters a year, the provincial animal welfare office announced. Until now, a licence
  was required only for breeders with five or more breeding females. Applicants will have to pass
  an inspection of their premises and complete a course on animal health. Breeders who sell
  puppies without a licence face fines of up to 15,000 euros. The office said the rules were aimed
  at so-called puppy farms, whose animals often suffer from illnesses. The national kennel club
  welcomed the change, but hobby breeders' groups criticised the costs of the course, which will
  be about 450 euros.""",
  """Starting in January, anyone breeding dogs in Nerland province who sells over two litters per
  year will have to hold a licence, the provincial office for animal welfare has said. Previously,
  no licence was required for breeders with five or more breeding bitches. To obtain one,
  applicants must pass an inspection of their premises and take a course in animal health.
  Selling puppies without a licence can be punished with a fine of as much as €15,000. The office
  said the measures target so-called puppy farms, where the animals are frequently ill. While the
  national kennel club welcomed the change, associations of hobby breeders objected to the cost of
  the course, which will be around €450.""",
  errors=[E("no licence was required for", "polarity", "critical",
            "a licence was required only for")],
  traps=[TR("over two litters per year", "more than two litters a year"),
         TR("a fine of as much as €15,000", "fines of up to 15,000 euros"),
         TR("around €450", "about 450 euros")])


# ---------------------------------------------------------------------------
# Offset computation and validation
# ---------------------------------------------------------------------------
class Invalid(Exception):
    pass


def find_occ(hay, needle, occ, what):
    """Offset of the occ-th occurrence of needle; demands an explicit occ if it repeats."""
    starts, i = [], hay.find(needle)
    while i != -1:
        starts.append(i)
        i = hay.find(needle, i + 1)
    if not starts:
        raise Invalid("%s: %r not found" % (what, needle))
    if occ is None:
        if len(starts) > 1:
            raise Invalid("%s: %r occurs %d times; give occ explicitly" % (what, needle, len(starts)))
        occ = 0
    if occ >= len(starts):
        raise Invalid("%s: %r has only %d occurrence(s)" % (what, needle, len(starts)))
    return starts[occ]


def words(s):
    return len(re.findall(r"\S+", s))


def check_boundaries(cand, start, end, what):
    if start < end:
        if start > 0 and cand[start - 1].isalnum() and cand[start].isalnum():
            raise Invalid("%s cuts a word at start: %r" % (what, cand[start - 5:end]))
        if end < len(cand) and cand[end - 1].isalnum() and cand[end].isalnum():
            raise Invalid("%s cuts a word at end: %r" % (what, cand[start:end + 5]))
        if cand[start].isspace() or cand[end - 1].isspace():
            raise Invalid("%s has outer whitespace" % what)
    else:
        if 0 < start < len(cand) and cand[start - 1].isalnum() and cand[start].isalnum():
            raise Invalid("%s: insertion point inside a word" % what)


def build_record(idx, case):
    rid = "s%d-%03d" % (SET_N, idx)
    ref, cand, mode = case["reference"], case["candidate"], case["mode"]
    where = "%s (%s)" % (rid, case["domain"])
    errors, traps, spans = [], [], []
    for e in case["errors"]:
        if e["type"] not in ERROR_TYPES or e["severity"] not in SEVERITIES:
            raise Invalid("%s: bad type/severity %r" % (where, e))
        if e["kind"] == "omission":
            if mode == "summary":
                raise Invalid("%s: omission in summary mode" % where)
            if (e["before"] is None) == (e["after"] is None):
                raise Invalid("%s: omission needs exactly one anchor" % where)
            if e["before"] is not None:
                pos = find_occ(cand, e["before"], e["occ"], where)
            else:
                pos = find_occ(cand, e["after"], e["occ"], where) + len(e["after"])
            if e["ref_text"] in cand:
                raise Invalid("%s: omitted words %r present in candidate" % (where, e["ref_text"]))
            rec = {"start": pos, "end": pos, "text": "", "type": "omission",
                   "severity": e["severity"], "ref_text": e["ref_text"]}
        else:
            if e["type"] == "omission":
                raise Invalid("%s: omission must use O()" % where)
            start = find_occ(cand, e["text"], e["occ"], where)
            end = start + len(e["text"])
            if e["type"] in ("addition", "repetition"):
                if e["ref_text"] is not None:
                    raise Invalid("%s: %s must have ref_text null" % (where, e["type"]))
                if e["type"] == "repetition" and cand.find(e["text"]) >= start:
                    raise Invalid("%s: repetition has no earlier copy" % where)
            else:
                if e["ref_text"] is None:
                    raise Invalid("%s: %s needs ref_text" % (where, e["type"]))
                if e["ref_text"] == e["text"]:
                    raise Invalid("%s: error text equals ref_text" % where)
            rec = {"start": start, "end": end, "text": e["text"], "type": e["type"],
                   "severity": e["severity"], "ref_text": e["ref_text"]}
        if rec["ref_text"] is not None and rec["ref_text"] not in ref:
            raise Invalid("%s: ref_text %r not in reference" % (where, rec["ref_text"]))
        assert cand[rec["start"]:rec["end"]] == rec["text"]
        check_boundaries(cand, rec["start"], rec["end"], where + " error")
        errors.append(rec)
        spans.append((rec["start"], rec["end"], "error " + rec["type"]))
    for t in case["traps"]:
        start = find_occ(cand, t["text"], t["occ"], where + " trap")
        end = start + len(t["text"])
        if t["ref_text"] not in ref:
            raise Invalid("%s: trap ref_text %r not in reference" % (where, t["ref_text"]))
        if t["ref_text"] == t["text"]:
            raise Invalid("%s: trap is not reworded: %r" % (where, t["text"]))
        check_boundaries(cand, start, end, where + " trap")
        traps.append({"start": start, "end": end, "text": t["text"], "ref_text": t["ref_text"]})
        spans.append((start, end, "trap"))
    # no overlaps (an omission point may not fall strictly inside another span)
    spans.sort()
    for (s1, e1, n1), (s2, e2, n2) in zip(spans, spans[1:]):
        if s2 < e1 or (s1 == e1 == s2 == e2):
            raise Invalid("%s: spans overlap: %s [%d,%d) / %s [%d,%d)" % (where, n1, s1, e1, n2, s2, e2))
    for s, e, n in spans:
        if s == e:
            for s2, e2, n2 in spans:
                if s2 < s < e2:
                    raise Invalid("%s: omission point inside %s" % (where, n2))
    errors.sort(key=lambda r: (r["start"], r["end"]))
    traps.sort(key=lambda r: (r["start"], r["end"]))
    label = "inconsistent" if errors else "consistent"
    nref = words(ref)
    if not 70 <= nref <= 190:
        raise Invalid("%s: reference has %d words" % (where, nref))
    if mode == "summary" and not (words(cand) < nref and len(cand) < len(ref)):
        raise Invalid("%s: summary not shorter than reference" % where)
    if label == "consistent" and not 3 <= len(traps) <= 5:
        raise Invalid("%s: consistent pair needs 3-5 traps, has %d" % (where, len(traps)))
    if label == "inconsistent" and not 0 <= len(traps) <= 3:
        raise Invalid("%s: inconsistent pair needs 0-3 traps, has %d" % (where, len(traps)))
    if ref == cand:
        raise Invalid("%s: candidate identical to reference" % where)
    return {"id": rid, "domain": case["domain"], "mode": mode, "reference": ref,
            "candidate": cand, "label": label, "errors": errors, "traps": traps}


def validate_set(records):
    from collections import Counter
    problems = []
    if len(records) != 40:
        problems.append("expected 40 pairs, got %d" % len(records))
    labels = Counter(r["label"] for r in records)
    if labels != Counter({"consistent": 20, "inconsistent": 20}):
        problems.append("labels %s" % dict(labels))
    modes = Counter(r["mode"] for r in records)
    if modes != Counter({"rewrite": 20, "summary": 10, "translation": 10}):
        problems.append("modes %s" % dict(modes))
    for m in modes:
        c = sum(1 for r in records if r["mode"] == m and r["label"] == "consistent")
        if c * 2 != modes[m]:
            problems.append("mode %s: %d consistent of %d" % (m, c, modes[m]))
    doms = [r["domain"] for r in records]
    if len(set(doms)) != len(doms):
        problems.append("duplicate domains")
    if set(doms) - set(DOMAINS):
        problems.append("unknown domains %s" % (set(doms) - set(DOMAINS)))
    types = Counter(e["type"] for r in records for e in r["errors"])
    if sum(types.values()) != 30:
        problems.append("expected 30 errors, got %d" % sum(types.values()))
    for t in ERROR_TYPES:
        if types[t] < 2:
            problems.append("error type %s has %d (<2)" % (t, types[t]))
    per_pair = Counter(len(r["errors"]) for r in records if r["label"] == "inconsistent")
    if sum(v for k, v in per_pair.items() if k in (1, 2)) * 2 <= labels["inconsistent"]:
        problems.append("most inconsistent pairs should have 1-2 errors: %s" % dict(per_pair))
    if problems:
        raise Invalid("; ".join(problems))
    return labels, modes, types, per_pair


def main():
    check_only = "--check" in sys.argv[1:]
    order = list(range(len(CASES)))
    random.Random(SET_N).shuffle(order)  # deterministic interleaving of modes/labels
    try:
        records = [build_record(i + 1, CASES[k]) for i, k in enumerate(order)]
        labels, modes, types, per_pair = validate_set(records)
    except Invalid as exc:
        print("INVALID:", exc)
        return 1
    # round-trip check of offsets
    for r in records:
        for s in r["errors"] + r["traps"]:
            assert r["candidate"][s["start"]:s["end"]] == s["text"]
    ntraps = sum(len(r["traps"]) for r in records)
    print("valid: %d pairs, labels %s, modes %s" % (len(records), dict(labels), dict(modes)))
    print("errors: %d %s; errors per inconsistent pair %s; traps %d"
          % (sum(types.values()), dict(types), dict(per_pair), ntraps))
    wc = [words(r["reference"]) for r in records]
    print("reference words: min %d max %d" % (min(wc), max(wc)))
    if check_only:
        print("--check: nothing written")
        return 0
    with open(OUT, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
