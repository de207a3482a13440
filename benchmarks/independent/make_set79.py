#!/usr/bin/env python3
"""Held-out evaluation set 79 for a fact-comparison tool.

How it was made: every pair below was hand-written by a helper that saw no code
or data of the project, working only from a written brief. All people,
companies, organisations, places and figures are invented (real countries and
cities appear only as background). Character offsets are never typed by hand:
the script finds every quoted span by string search (with an occurrence index
where a text repeats), validates everything and writes set79.jsonl next to
this script. `python3 make_set79.py --check` validates only and writes nothing.

Composition (40 pairs, one domain each):
  modes:  20 rewrite (10 consistent / 10 inconsistent),
          10 summary (5 / 5), 10 translation (5 / 5)
  labels: 20 consistent, 20 inconsistent
  errors: 30 in total over the 20 inconsistent pairs (10 pairs with one error,
          10 with two): entity 3, number 4, date 3, role 3, polarity 3,
          modality 3, attribution 2, event 3, omission 2 (rewrite and
          translation only), addition 2, repetition 2
  traps:  3-5 per consistent pair, 0-3 per inconsistent pair (faithful
          rewordings a naive checker might flag)
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "set79.jsonl")
SET_NO = 79

DOMAINS = [d.strip() for d in (
    "music box makers;rabbit hopping;koi shows;oyster shucking contests;"
    "silk road caravans;elderflower cordial;telephone kiosk libraries;"
    "fishing net recycling;gravel pit nature reserves;postbox restoration;"
    "horse ferries;badger culls;sheep shearing contests;kite buggies;"
    "seal pupping;lifeboat launching tractors;parrot rescue;boar hunting;"
    "street piano schemes;hill fort excavations;camel milk;"
    "canary singing contests;frog jumping;snow globe factories;"
    "bus shelter adverts;ferris wheel inspections;tram depot conversions;"
    "reindeer sleigh rides;ice sculpture festivals;advent calendar makers;"
    "chain ferry cables;sea cucumber trade;fire hydrant painting;"
    "locust swarms;boot repair;cricket farming;carnival float builders;"
    "skijoring races;smokehouse kippers;snow polo").split(";")]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]
MODES = ["rewrite", "summary", "translation"]

CASES = []


def E(text, etype, severity, ref=None, occ=0):
    """An error span: `text` (occurrence `occ`) in the candidate."""
    return {"text": text, "type": etype, "severity": severity,
            "ref_text": ref, "occ": occ}


def OM(ref, severity, after=None, before=None, occ=0):
    """An omission: empty span right after `after` (or right before `before`)."""
    return {"text": "", "type": "omission", "severity": severity,
            "ref_text": ref, "after": after, "before": before, "occ": occ}


def T(text, ref, occ=0):
    """A trap: faithful rewording `text` of reference wording `ref`."""
    return {"text": text, "ref_text": ref, "occ": occ}


def C(num, domain, mode, reference, candidate, errors=(), traps=()):
    CASES.append({"num": num, "domain": domain, "mode": mode,
                  "reference": " ".join(reference.split()),
                  "candidate": " ".join(candidate.split()),
                  "errors": list(errors), "traps": list(traps)})

# ---------------------------------------------------------------------------
# Rewrites 1-10
# ---------------------------------------------------------------------------

C(1, "music box makers", "rewrite",
  """Harwell & Finch, the music box maker based in the town of Olsterby, said
  on Monday that it will hire 35 additional craftspeople over the next two
  years after orders from overseas collectors rose by 40 percent in 2023. The
  company, founded in 1891, currently employs 120 people at its workshop on
  Tanner Lane. Managing director Priya Castellane said the new staff would be
  trained in-house, as the specialised skills needed to tune steel combs by
  hand are not taught at any college in the region. "We cannot simply
  advertise for comb tuners," she said. The expansion is expected to cost
  about £2.4 million, part of which will be covered by a regional development
  grant.""",
  """Olsterby music box maker Harwell & Finch plans to take on 35 more
  craftspeople within two years, it announced on Monday, after overseas
  collectors increased their orders by two-fifths in 2023. The firm, which
  dates back to 1891, has a workforce of 120 at its Tanner Lane workshop.
  Because no college in the region teaches the specialised skill of
  hand-tuning steel combs, the newcomers will be trained on site, according to
  managing director Priya Castellane, who said: "We cannot simply advertise
  for comb tuners." The expansion will probably cost around £2.4m, with a
  regional development grant meeting part of the bill.""",
  traps=[T("within two years", "over the next two years"),
         T("by two-fifths", "by 40 percent"),
         T("trained on site", "trained in-house"),
         T("will probably cost", "is expected to cost"),
         T("£2.4m", "£2.4 million")])

C(2, "rabbit hopping", "rewrite",
  """The National Rabbit Agility Club said 214 handlers had entered its
  championship, to be held at the Brennock Showground on 14 and 15 September,
  the highest entry in the event's 22-year history. Rabbits will compete in
  straight-line, high-jump and long-jump classes, and the high-jump record of
  106 centimetres, set by a rabbit named Pepperidge in 2019, is expected to
  come under threat. Club secretary Alun Mardle said entries from outside the
  country had doubled to 18. Organisers have introduced a new veterinary check
  at the entrance to the arena after two animals were withdrawn with leg
  strains last year. Admission for spectators will remain free.""",
  """A record 214 handlers have signed up for the National Rabbit Agility Club
  championship, which takes place at Brennock Showground on 14-15 September,
  the biggest field in the event's 22 years. Classes will cover straight-line,
  high-jump and long-jump, and the high-jump record of 160 centimetres, set by
  Pepperidge in 2019, is expected to be challenged. Entries from abroad have
  doubled to 18, club secretary Alun Mardle said. Following the withdrawal of
  two rabbits with leg strains last year, a new veterinary check has been
  added at the arena entrance. Spectators will still get in free.""",
  errors=[E("160 centimetres", "number", "major", "106 centimetres")],
  traps=[T("14-15 September", "14 and 15 September"),
         T("from abroad", "from outside the country"),
         T("Spectators will still get in free",
           "Admission for spectators will remain free")])

C(3, "koi shows", "rewrite",
  """More than 600 koi from 11 countries will be judged at the Eastmoor Koi
  Show, which opens at the Dunhallow Exhibition Centre on Friday 6 June,
  organisers said. The three-day event is run by the Eastmoor Water Garden
  Society, whose chairman, Kenji Holloway, said the number of entries had
  risen by a quarter since last year. Fish will be judged in 15 size
  categories, and the overall champion will receive the Sable Trophy, first
  awarded in 1978. Visitors are being asked not to touch the display tanks,
  and the society has hired four additional stewards to enforce the rule
  after a tank was damaged in 2023. Tickets cost £8 for adults, with children
  under 12 admitted free.""",
  """The Eastmoor Koi Show opens on Friday 6 June at the Dunhallow Exhibition
  Centre, where over 600 fish from 11 countries will be judged, according to
  the organisers. Kenji Holloway, who chairs the Eastmoor Water Garden
  Society, which runs the three-day show, said entries were up 25 percent on
  last year. There are 15 size categories, with the overall winner taking home
  the Sable Trophy, which was first presented in 1978. After a tank was
  damaged in 2023, the society has taken on four extra stewards to make sure
  visitors keep their hands off the display tanks. Adult tickets are £8;
  under-12s go in free.""",
  traps=[T("over 600 fish", "More than 600 koi"),
         T("up 25 percent", "risen by a quarter"),
         T("first presented", "first awarded"),
         T("four extra stewards", "four additional stewards"),
         T("under-12s go in free", "children under 12 admitted free")])

C(4, "oyster shucking contests", "rewrite",
  """Marguerite Osei of Port Callan won the national oyster shucking title on
  Saturday, opening 30 oysters in 2 minutes 41 seconds at the Tidewell Seafood
  Festival. The runner-up, defending champion Declan Rourke, finished four
  seconds behind but was handed a 10-second penalty after judges found grit
  in three of his oysters. Festival director Hana Velsey said the contest had
  drawn 26 competitors, the most since it began in 1994. Osei will represent
  the country at the world championship in Kilmarra in September, although
  organisers of that event have not yet confirmed the date. Velsey said the
  festival had attracted around 12,000 visitors over the weekend.""",
  """Port Callan's Marguerite Osei took the national oyster shucking title at
  the Tidewell Seafood Festival on Saturday, getting through 30 oysters in 2
  minutes 41 seconds. Defending champion Declan Rourke came second, four
  seconds slower, and was given a 10-second penalty when judges found grit in
  three of his oysters. The 26 competitors were the largest field since the
  contest started in 1994, according to Osei. She will go on to represent the
  country at the world championship in Kilmarra in September. The festival
  drew roughly 12,000 visitors across the weekend, Velsey said.""",
  errors=[E("according to Osei", "attribution", "major",
            "Festival director Hana Velsey said"),
          OM("although organisers of that event have not yet confirmed the date",
             "minor", after="world championship in Kilmarra in September")],
  traps=[T("getting through 30 oysters", "opening 30 oysters"),
         T("roughly 12,000", "around 12,000")])

C(5, "silk road caravans", "rewrite",
  """A heritage camel caravan retracing part of the old Silk Road trade route
  will set out from the city of Torabad on 3 May, the Caravanserai Heritage
  Trust announced yesterday. The 48 camels and 30 riders are scheduled to
  cover 420 kilometres in 21 days, stopping at nine restored caravanserais
  along the way. Trust director Farida Nasrulloeva said the journey was
  intended to draw visitors to villages that had seen few tourists since the
  route lost its commercial importance. The trust has spent 1.1 million
  dollars restoring the inns over the past six years, with a third of the
  money coming from private donors. Riders will carry satellite phones, and a
  support vehicle will travel a day behind the caravan.""",
  """The Caravanserai Heritage Trust said yesterday that a camel caravan
  following a stretch of the historic Silk Road trade route will leave Torabad
  on 3 May. Thirty riders and 48 camels are due to travel 420km over three
  weeks, halting at nine restored caravanserais. The aim, according to trust
  director Farida Nasrulloeva, is to bring visitors to villages that tourists
  have largely passed by since the route stopped mattering for trade. Over the
  last six years the trust has put $1.1m into restoring the inns, a third of
  it from private donors. A support vehicle will follow a day behind, and
  riders will be equipped with satellite phones.""",
  traps=[T("are due to travel", "are scheduled to cover"),
         T("420km", "420 kilometres"),
         T("three weeks", "21 days"),
         T("$1.1m", "1.1 million dollars")])

C(6, "elderflower cordial", "rewrite",
  """Brambledown Drinks, which makes elderflower cordial at its farm near
  Wexcombe, has warned that it may have to limit supplies to supermarkets this
  summer after a late frost damaged much of the blossom in its hedgerows. The
  company said its harvest could fall by as much as 30 percent compared with
  last year, when it picked 85 tonnes of flowers. Founder Tom Ashcroft said
  the business would prioritise independent shops that had stocked the
  cordial since it launched in 2009. He added that prices would not rise this
  year. The firm employs 40 people and sells around 1.5 million bottles a
  year.""",
  """A late frost has damaged much of the blossom in Brambledown Drinks'
  hedgerows, and the elderflower cordial maker, based on a farm near
  Wexcombe, has warned that it will limit supplies to supermarkets this
  summer. Its harvest could be down by up to 30 percent on last year's 85
  tonnes of flowers, the company said. Independent shops that have carried
  the cordial since its 2009 launch will be given priority, founder Tom
  Ashcroft said, adding that prices would not go up this year. The business
  has a staff of 40 and sells about 1.5 million bottles annually.""",
  errors=[E("will limit", "modality", "major", "may have to limit")],
  traps=[T("by up to 30 percent", "by as much as 30 percent"),
         T("would not go up", "would not rise"),
         T("has a staff of 40", "employs 40 people")])

C(7, "telephone kiosk libraries", "rewrite",
  """Parish councils in the Lowmere district have converted 17 disused red
  telephone kiosks into book-swap libraries since 2021, and a further six are
  planned by the end of next year, the district council said in a report
  published on Wednesday. The report found that each kiosk library was used
  by an average of 45 people a week, and that children's books were the most
  borrowed category. Volunteers maintain the kiosks, which were bought from
  the telephone operator for £1 each. Councillor Rita Penhaligon, who wrote
  the report, said the scheme had cost the council nothing beyond a £500
  annual insurance policy covering all the kiosks. Two kiosks were closed
  temporarily last winter after being flooded.""",
  """Seventeen disused red phone boxes in the Lowmere district have been turned
  into book-swap libraries by parish councils since 2021, with six more
  planned by the end of next year, according to a district council report
  released on Wednesday. On average, 45 people a week use each one, and
  children's books are borrowed more than any other kind, the report found.
  The kiosks, bought from the telephone operator for a pound apiece, are
  looked after by volunteers. Beyond a £500-a-year insurance policy covering
  all of them, the scheme has not cost the council anything, said the
  report's author, Councillor Rita Penhaligon. Last winter flooding forced two
  of the kiosks to shut for a time.""",
  traps=[T("six more", "a further six"),
         T("for a pound apiece", "for £1 each"),
         T("£500-a-year", "£500 annual"),
         T("shut for a time", "closed temporarily")])

C(8, "fishing net recycling", "rewrite",
  """Sealoop, a start-up based in the harbour town of Carrick Mor, has signed a
  five-year agreement to buy discarded fishing nets from the Western Isles
  Fishermen's Cooperative, the two organisations said on Thursday. Under the
  deal, the cooperative will collect worn-out nets from its 140 member boats
  and deliver them to Sealoop's plant, where they will be shredded and turned
  into nylon pellets for use in carpet tiles. Sealoop chief executive Ines
  Marrow said the plant could process up to 900 tonnes of netting a year once
  a second line opens in March 2025. Cooperative chairman Ruaridh Gillan said
  members had previously paid to send old nets to landfill. Financial terms
  were not disclosed.""",
  """The Western Isles Fishermen's Cooperative has signed a five-year agreement
  to buy discarded fishing nets from Sealoop, a start-up in the harbour town
  of Carrick Mor, the pair announced on Thursday. The cooperative will gather
  worn-out nets from its 140 member boats and take them to Sealoop's plant to
  be shredded into nylon pellets for carpet tiles. Once a second line opens in
  May 2025, the plant could handle as much as 900 tonnes of netting annually,
  said Sealoop chief executive Ines Marrow. Members used to pay to have their
  old nets landfilled, according to cooperative chairman Ruaridh Gillan. The
  financial terms were not made public.""",
  errors=[E("Western Isles Fishermen's Cooperative has signed a five-year "
            "agreement to buy discarded fishing nets from Sealoop", "role",
            "critical",
            "Sealoop, a start-up based in the harbour town of Carrick Mor, has "
            "signed a five-year agreement to buy discarded fishing nets from "
            "the Western Isles Fishermen's Cooperative"),
          E("May 2025", "date", "major", "March 2025")],
  traps=[T("as much as 900 tonnes", "up to 900 tonnes"),
         T("not made public", "not disclosed")])

C(9, "gravel pit nature reserves", "rewrite",
  """A former gravel pit near the village of Ashby Fenner will open as a nature
  reserve on 1 April after a £3.2 million restoration, the Fenland Wildlife
  Trust said today. The 74-hectare site, where gravel was extracted until
  2012, now contains three lakes, reedbeds and a wet meadow. Surveys last
  summer recorded 112 bird species, including breeding bitterns, which had
  not nested in the county for four decades. The trust bought the site from
  quarry operator Hallam Aggregates in 2019 for a nominal sum. Reserve manager
  Owen Tallis said car parking would be limited to 40 spaces and visitors were
  being encouraged to arrive by bicycle or on the hourly bus from Marbury.""",
  """The Fenland Wildlife Trust announced today that a former gravel pit close
  to Ashby Fenner will open as a nature reserve on 1 April following a
  restoration costing £3.2m. Gravel was dug at the 74-hectare site until 2012;
  it now has three lakes, reedbeds and a wet meadow. Last summer's surveys
  found 112 bird species, among them breeding bitterns, the first to nest in
  the county in 40 years. Hallam Aggregates, the quarry operator, sold the
  site to the trust in 2019 for a nominal sum. There will be only 40 parking
  spaces, reserve manager Owen Tallis said, and visitors are being urged to
  come by bike or on the hourly bus from Marbury.""",
  traps=[T("£3.2m", "£3.2 million"),
         T("the first to nest in the county in 40 years",
           "which had not nested in the county for four decades"),
         T("Hallam Aggregates, the quarry operator, sold the site to the trust",
           "The trust bought the site from quarry operator Hallam Aggregates"),
         T("only 40 parking spaces",
           "car parking would be limited to 40 spaces")])

C(10, "postbox restoration", "rewrite",
  """Lanyard Post, the postal operator, said on Tuesday that it would restore
  230 Victorian-era postboxes in the county of Dunsmoor over the next 18
  months, at a cost of about £700,000. The boxes will be stripped, repaired
  and repainted in their original colours by a team of eight specialist
  restorers. Heritage officer Claire Benbow said none of the boxes would be
  removed from service during the work, as each would be restored on site in
  a single day. Residents have reported 41 boxes as badly corroded. The
  company said it had not decided whether to extend the programme to other
  counties.""",
  """Postal operator Lanyard Post announced on Tuesday that 230 Victorian-era
  postboxes in Dunsmoor will be restored over the coming year and a half, at a
  cost of roughly £700,000. A team of eight specialist restorers will strip,
  repair and repaint the boxes in their original colours. None of the boxes
  will be taken out of service during the work, heritage officer Claire Benbow
  said, because each will be restored on site in a single day. Residents have
  flagged 41 boxes as badly corroded. The company said it has decided not to
  extend the programme to other counties.""",
  errors=[E("has decided not to extend the programme", "polarity", "major",
            "had not decided whether to extend the programme")],
  traps=[T("the coming year and a half", "the next 18 months"),
         T("roughly £700,000", "about £700,000"),
         T("None of the boxes will be taken out of service",
           "none of the boxes would be removed from service")])

# ---------------------------------------------------------------------------
# Rewrites 11-20
# ---------------------------------------------------------------------------

C(11, "horse ferries", "rewrite",
  """A horse-drawn ferry that carried passengers across the River Wend at
  Millbeck for more than a century will return to service this summer, the
  Millbeck Ferry Society said on Sunday. The flat-bottomed boat, which is
  pulled along a fixed rope by a horse walking on the towpath, stopped running
  in 1957 when a road bridge opened two miles downstream. The society has
  built a replica of the original vessel at a cost of £180,000, most of it
  raised through a public appeal. Two Shire horses, Bramble and Captain, have
  been trained to work the crossing. Sailings will run on weekends from 5 July
  to 28 September, weather permitting, and a single crossing will cost £2.""",
  """The Millbeck Ferry Society said on Sunday that a horse-drawn ferry, which
  took passengers over the River Wend at Millbeck for upwards of 100 years,
  will be back in service this summer. It stopped operating in 1957, when a
  road bridge opened two miles further down the river. The flat-bottomed boat
  is pulled along a fixed rope by a horse on the towpath. A replica of the
  original has been built by the society for £180,000, the bulk of which came
  from a public appeal, and two Shire horses, Bramble and Captain, have been
  trained for the crossing. Between 5 July and 28 September, sailings will
  operate at weekends if the weather allows, with a one-way trip costing
  £2.""",
  traps=[T("upwards of 100 years", "more than a century"),
         T("two miles further down the river", "two miles downstream"),
         T("the bulk of which", "most of it"),
         T("if the weather allows", "weather permitting"),
         T("a one-way trip", "a single crossing")])

C(12, "badger culls", "rewrite",
  """The government's Rural Affairs Agency said on Friday that 3,400 badgers
  had been culled in the county of Hartsey during the autumn licensing period,
  below the minimum target of 4,100 set for the area. The agency said the
  shortfall was partly due to heavy rain that made some farmland
  inaccessible. Farmers' union spokesman Gareth Pryce said the cull was
  necessary to curb bovine tuberculosis, which had led to the slaughter of
  2,200 cattle in Hartsey last year. The Hartsey Badger Group, which opposes
  the cull, said it would seek a judicial review. Its chair, Lena Morrow, said
  vaccination was a more humane and cost-effective option.""",
  """A total of 3,400 badgers were culled in Hartsey during the autumn
  licensing period, short of the area's minimum target of 4,600, the
  government's Rural Affairs Agency said on Friday. Heavy rain, which left
  some farmland out of reach, was partly to blame, according to the agency.
  The cull is needed to curb bovine tuberculosis, said Lena Morrow, noting
  that 2,200 cattle in Hartsey were slaughtered because of the disease last
  year. The Hartsey Badger Group, which is against the cull, said it would
  seek a judicial review; its chair said vaccination was a more humane and
  cost-effective option.""",
  errors=[E("4,600", "number", "major", "4,100"),
          E("Lena Morrow", "attribution", "major",
            "Farmers' union spokesman Gareth Pryce")],
  traps=[T("out of reach", "inaccessible"),
         T("is against the cull", "opposes the cull")])

C(13, "sheep shearing contests", "rewrite",
  """New Zealand-born shearer Tane Whitmore set a world record at the
  Glenrarity Shearing Championships on Saturday, shearing 872 lambs in nine
  hours, beating the previous mark by 11. Whitmore, 31, who has lived in the
  district for eight years, sheared at an average of just over 37 seconds per
  lamb. The attempt was overseen by four judges appointed by the World Sheep
  Shearing Records Society, which must ratify the record before it becomes
  official. Event organiser Moira Buchan said about 1,500 spectators had
  watched the final hours. Proceeds from the event will go to the regional air
  ambulance service.""",
  """Shearing 872 lambs in nine hours, Tane Whitmore, a 31-year-old shearer
  born in New Zealand, broke the world record by 11 at the Glenrarity Shearing
  Championships on Saturday. He took an average of slightly more than 37
  seconds for each lamb. Whitmore has been based in the district for eight
  years. Four judges appointed by the World Sheep Shearing Records Society
  oversaw the attempt; the record will only become official once the society
  has ratified it. Around 1,500 people watched the closing hours, according to
  event organiser Moira Buchan. Money raised at the event will go to the
  regional air ambulance service.""",
  traps=[T("slightly more than 37 seconds for each lamb",
           "just over 37 seconds per lamb"),
         T("the record will only become official once the society has "
           "ratified it",
           "which must ratify the record before it becomes official"),
         T("Around 1,500 people", "about 1,500 spectators"),
         T("the closing hours", "the final hours")])

C(14, "kite buggies", "rewrite",
  """Council officials in the coastal town of Brackenhaven have suspended kite
  buggy racing on Sandholm Beach until further notice after a buggy collided
  with a parked lifeguard vehicle on Sunday afternoon. Nobody was injured, but
  the vehicle's door was badly dented. The council said it would review safety
  rules with the Brackenhaven Power Kite Club, which organises weekly races on
  the beach during summer. Club secretary Jonah Pellow said members were
  'disappointed but understanding'. He said the rider involved had been
  unable to steer after a sudden gust of wind. The club has about 60
  members.""",
  """Kite buggy racing on Sandholm Beach has been suspended indefinitely by
  council officials in Brackenhaven after a buggy ran into a parked lifeguard
  vehicle on Sunday afternoon. No one was hurt, although the vehicle's door
  was badly dented. The council has tightened safety rules with the
  Brackenhaven Power Kite Club, which runs weekly races on the beach in
  summer. Members were 'disappointed but understanding', club secretary Jonah
  Pellow said, explaining that a sudden gust of wind had left the rider unable
  to steer. The club has around 60 members.""",
  errors=[E("has tightened safety rules", "event", "major",
            "would review safety rules")],
  traps=[T("indefinitely", "until further notice"),
         T("ran into", "collided with"),
         T("No one was hurt", "Nobody was injured")])

C(15, "seal pupping", "rewrite",
  """Rangers on the Skerrin Islands counted 1,240 grey seal pups during this
  year's breeding season, up from 1,090 last year and the highest figure since
  monitoring began in 1996, the Coastal Wildlife Service said on Monday. The
  first pup was born on 2 October and the last on 19 December. Senior ranger
  Beth Kinnaird said the increase was likely linked to a ban on recreational
  boat landings introduced in 2021. Visitors are not allowed on the islands
  between October and January, but the service runs a live webcam. About 8
  percent of pups did not survive their first three weeks, in line with
  previous years.""",
  """A total of 1,240 grey seal pups were recorded by Skerrin Islands rangers
  this breeding season, compared with 1,090 last year, the Coastal Wildlife
  Service said on Monday, the most since records started in 1996. Pups were
  born between 2 October and 19 December. The rise was probably connected to a
  2021 ban on recreational boats landing on the islands, senior ranger Beth
  Kinnaird said. While the islands are closed to visitors from October to
  January, the service operates a live webcam. Roughly one pup in 12 died
  within three weeks of birth, similar to earlier years.""",
  traps=[T("Pups were born between 2 October and 19 December",
           "The first pup was born on 2 October and the last on 19 December"),
         T("was probably connected to", "was likely linked to"),
         T("closed to visitors", "Visitors are not allowed on the islands"),
         T("Roughly one pup in 12", "About 8 percent of pups")])

C(16, "lifeboat launching tractors", "rewrite",
  """The Coastal Rescue Institution has taken delivery of a new amphibious
  tractor for its lifeboat station at Penrose Cove, replacing a 28-year-old
  machine that broke down twice last winter. The tractor, built by Aldermoor
  Engineering, can push the station's lifeboat into the sea through surf up to
  two metres high and recover it afterwards. It cost £410,000, funded by a
  legacy from local resident Edith Tremayne. Station coxswain Mark Rowe said
  the crew had completed five days of training on the vehicle. The old
  tractor will be sent to the institution's museum at Holmport.""",
  """A new amphibious tractor, built by Aldermoor Engineering, has been
  delivered to the Coastal Rescue Institution's lifeboat station at Penrose
  Cove. It replaces a 28-year-old machine that broke down twice last winter,
  delaying two rescues. The new vehicle can launch the station's lifeboat
  through surf of up to two metres and bring it back ashore. The £410,000 cost
  was met by a legacy from local resident Edith Tremayne. Crew members have
  done five days of training on the tractor, according to station coxswain
  Mark Rowe. The old machine is destined for the institution's museum in
  Penrose Cove.""",
  errors=[E("delaying two rescues", "addition", "major"),
          E("Penrose Cove", "entity", "major", "Holmport", occ=1)],
  traps=[T("bring it back ashore", "recover it afterwards"),
         T("was met by", "funded by")])

C(17, "parrot rescue", "rewrite",
  """The Greenhollow Parrot Sanctuary has taken in 63 birds from a single house
  in the town of Eldersfield after their elderly owner moved into a care home,
  the charity said on Wednesday. Most of the birds are African greys and
  Amazon parrots, and some are thought to be more than 40 years old. Sanctuary
  manager Ruth Okafor said the charity's aviaries were now at full capacity
  and it had stopped accepting new birds for at least three months. The
  rescue cost the charity around £15,000 in veterinary bills and transport,
  and it has launched an appeal for donations. Okafor said rehoming would
  begin in the spring.""",
  """Sixty-three parrots from one house in Eldersfield have been taken in by
  the Greenhollow Parrot Sanctuary after their elderly owner went into a care
  home, the charity said on Wednesday. The majority are African greys and
  Amazons, and a number of them are believed to be over 40. With its aviaries
  now full, the sanctuary will not accept any more birds for a minimum of
  three months, manager Ruth Okafor said. Vet bills and transport for the
  rescue cost the charity about £15,000, and it has started an appeal for
  donations. Rehoming is due to begin in the spring, Okafor said.""",
  traps=[T("The majority", "Most of the birds"),
         T("are believed to be over 40",
           "are thought to be more than 40 years old"),
         T("a minimum of three months", "at least three months"),
         T("Vet bills", "veterinary bills")])

C(18, "boar hunting", "rewrite",
  """The forestry authority for the Tannfeld district will allow licensed
  hunters to shoot wild boar at night from 1 November, a month earlier than in
  previous years, after a sharp rise in damage to farmland. Authority
  spokesman Dieter Hallenbach said boar had damaged crops on 310 farms this
  year, compared with 190 last year. Night hunting will be permitted only with
  thermal imaging equipment and only on private land with the owner's written
  consent. The Tannfeld Hunters' Association welcomed the decision, but the
  conservation group Forest Watch said the measure should have been
  accompanied by better fencing grants. The season will run until the end of
  February.""",
  """Licensed hunters in the Tannfeld district will be able to shoot wild boar
  at night from 1 December, a month earlier than in previous years, the
  district's forestry authority has decided, following a steep increase in
  damage to farmland. Crops on 310 farms were damaged by boar this year, up
  from 190 last year, authority spokesman Dieter Hallenbach said. Night
  hunting will only be allowed with thermal imaging equipment, and only on
  private land whose owner has given written consent. The Tannfeld Hunters'
  Association welcomed the move, while conservation group Forest Watch said
  better fencing grants should have come with it. The season runs until the
  end of February.""",
  errors=[E("1 December", "date", "major", "1 November")],
  traps=[T("a steep increase", "a sharp rise"),
         T("up from 190", "compared with 190"),
         T("the move", "the decision")])

C(19, "street piano schemes", "rewrite",
  """Twenty donated pianos will be placed in streets, parks and railway
  stations across the city of Harlow Vale for six weeks from 12 July under a
  scheme run by the Vale Arts Council. Each piano has been painted by a local
  artist or school, and anyone will be free to play them between 8am and 8pm.
  Arts council director Simon Adeyemi said a similar scheme in 2022 had
  attracted an estimated 90,000 players and listeners. The pianos will be
  covered at night and during rain. At the end of the scheme, they will be
  donated to schools and community centres. The project is being funded by a
  £35,000 grant from the Harlow Vale Foundation.""",
  """Under a Vale Arts Council scheme, 20 donated pianos will be put out in
  streets, parks and railway stations around Harlow Vale for a six-week
  period starting on 12 July. Local artists and schools have painted the
  pianos, which anyone can play from 8am to 8pm. When it rains, and overnight,
  they will be covered up. A similar scheme in 2022 drew an estimated 90,000
  players and listeners, according to arts council director Simon Adeyemi.
  Once it ends, the pianos will be given to schools and community centres. A
  £35,000 grant from the Harlow Vale Foundation is paying for the project.""",
  traps=[T("for a six-week period starting on 12 July",
           "for six weeks from 12 July"),
         T("from 8am to 8pm", "between 8am and 8pm"),
         T("drew an estimated 90,000", "had attracted an estimated 90,000"),
         T("is paying for the project", "The project is being funded by")])

C(20, "hill fort excavations", "rewrite",
  """Archaeologists excavating the Iron Age hill fort at Caer Dunmor have
  uncovered the remains of 14 roundhouses inside the ramparts, suggesting the
  site was more densely occupied than previously thought, the Marchland
  Archaeological Trust said on Thursday. The dig, now in its third season, has
  also found a bronze brooch dated to around 300 BC and more than 2,000
  fragments of pottery. Project director Dr Helen Vaughan said about 150
  volunteers had taken part this summer. The trust plans to publish its
  findings next year. The site, on private farmland, is not open to the
  public, but an open day will be held on 24 August.""",
  """The remains of 14 roundhouses have been found within the ramparts of the
  Iron Age hill fort at Caer Dunmor, indicating that it was more densely
  occupied than had been believed, the Marchland Archaeological Trust said on
  Thursday. The dig, now in its third season, has also turned up a bronze
  brooch from around 300 BC and upwards of 200 pottery fragments. About 150
  volunteers took part this summer, said project director Dr Helen Vaughan,
  adding that the dig is now in its third season. The trust intends to publish
  its findings next year. Although the site, which is on private farmland, is
  closed to the public, there will be an open day on 24 August.""",
  errors=[E("upwards of 200", "number", "major", "more than 2,000"),
          E("adding that the dig is now in its third season", "repetition",
            "minor")],
  traps=[T("than had been believed", "than previously thought"),
         T("closed to the public", "not open to the public")])

# ---------------------------------------------------------------------------
# Summaries 21-30
# ---------------------------------------------------------------------------

C(21, "camel milk", "summary",
  """Desert Dairy Cooperative, a group of 85 camel herders in the northern
  region of Qasra, has opened its first processing plant, allowing members to
  sell pasteurised camel milk to supermarkets for the first time. The plant,
  built with a loan of 4 million dinars from the state agricultural bank, can
  handle 12,000 litres a day. Cooperative chairman Salim Al-Harthy said
  herders had until now sold raw milk at roadside stalls, earning about half
  what they expect to receive under the new arrangement. Two supermarket
  chains, Nakhla and Souq Central, have agreed to stock the milk from next
  month. The cooperative plans to add a line producing camel milk chocolate in
  2026.""",
  """A cooperative of 85 camel herders in Qasra has opened a 12,000-litre-a-day
  processing plant, funded by a state bank loan, so members can sell
  pasteurised milk to supermarkets. Herders, who previously sold raw milk at
  the roadside, expect to earn roughly twice as much, the chairman said. Two
  chains will stock the milk from next month, and camel milk chocolate is
  planned for 2026.""",
  traps=[T("12,000-litre-a-day", "12,000 litres a day"),
         T("funded by a state bank loan",
           "built with a loan of 4 million dinars from the state agricultural "
           "bank"),
         T("expect to earn roughly twice as much",
           "earning about half what they expect to receive"),
         T("the chairman", "Cooperative chairman Salim Al-Harthy")])

C(22, "canary singing contests", "summary",
  """The Northern Canary Fanciers' Association has been ordered to pay £12,000
  to former member Walter Griggs after a county court ruled that it had
  unfairly expelled him in 2022. Griggs, 68, was removed from the association
  after he complained that judges at its annual singing contest had favoured
  birds bred by committee members. The court found that the association had
  failed to follow its own disciplinary rules. Association president Maureen
  Faulks said the committee was considering an appeal and might also review
  how judges are appointed. The contest, held every March in Ribbleton,
  attracts about 400 entries.""",
  """Walter Griggs has been ordered to pay £12,000 to the Northern Canary
  Fanciers' Association after a court ruled he had been unfairly expelled in
  2022 for complaining that contest judges favoured committee members' birds.
  The association, which is considering an appeal, will review how judges are
  appointed, its president said.""",
  errors=[E("Walter Griggs has been ordered to pay £12,000 to the Northern "
            "Canary Fanciers' Association", "role", "critical",
            "The Northern Canary Fanciers' Association has been ordered to pay "
            "£12,000 to former member Walter Griggs"),
          E("will review", "modality", "major", "might also review")],
  traps=[T("for complaining that contest judges favoured committee members' "
           "birds",
           "after he complained that judges at its annual singing contest had "
           "favoured birds bred by committee members")])

C(23, "frog jumping", "summary",
  """A bullfrog named Duchess jumped 6.4 metres over three consecutive hops to
  win the annual frog jumping contest in the town of Calder Springs on
  Saturday, falling just short of the event record of 6.6 metres set in 2011.
  Duchess was entered by nine-year-old Mia Torrance, whose family has competed
  in the event for three generations. A total of 212 frogs took part.
  Organisers said all frogs had been caught locally and would be returned to
  the same ponds within 48 hours, in line with rules introduced in 2015
  following complaints from animal welfare groups. The contest raised $8,200
  for the town's volunteer fire department.""",
  """Duchess, a bullfrog entered by nine-year-old Mia Torrance, won Calder
  Springs' frog jumping contest on Saturday with 6.4 metres over three hops,
  20 centimetres short of the 2011 record. All 212 frogs, caught locally, will
  go back to the same ponds within two days under rules adopted in 2015 after
  welfare complaints. The event raised $8,200 for the town's volunteer fire
  department.""",
  traps=[T("won Calder Springs' frog jumping contest",
           "win the annual frog jumping contest in the town of Calder Springs"),
         T("20 centimetres short of the 2011 record",
           "falling just short of the event record of 6.6 metres set in 2011"),
         T("within two days", "within 48 hours"),
         T("adopted in 2015", "introduced in 2015")])

C(24, "snow globe factories", "summary",
  """Glimmerhaus, the country's last remaining snow globe manufacturer, will
  close its factory in the town of Altenbrück at the end of June with the loss
  of 48 jobs, the company said on Tuesday. Production will move to a contract
  manufacturer abroad. Chief executive Anja Reiter said rising energy costs
  had made the glass-blowing process unprofitable, and that demand had fallen
  by a third since 2019. The company, founded in 1948, will keep its design
  team and shop in the town. The regional employment office said it would help
  affected workers find new jobs.""",
  """Glimmerhaus, the country's last snow globe maker, will shut its
  Altenbrück factory at the end of June with 48 job losses after talks with
  unions failed to agree a rescue plan. Production will go to a foreign
  contractor; the chief executive blamed energy costs and a one-third fall in
  demand since 2019. The design team and shop will stay.""",
  errors=[E("after talks with unions failed to agree a rescue plan",
            "addition", "major")],
  traps=[T("a foreign contractor", "a contract manufacturer abroad"),
         T("a one-third fall in demand", "demand had fallen by a third")])

C(25, "bus shelter adverts", "summary",
  """The city council of Westbury Heath has approved a ten-year contract with
  outdoor advertising firm Streetframe to install digital screens in 150 bus
  shelters, in a deal expected to earn the council £1.8 million a year. Under
  the agreement, Streetframe will also pay for the cleaning and repair of the
  shelters, which currently costs the council about £300,000 annually. The
  screens will not show adverts for gambling, alcohol or foods high in fat,
  sugar or salt. Opposition councillor Lydia Marsh criticised the deal, saying
  the brightness of the screens could disturb residents at night. The council
  said the screens would be dimmed between 11pm and 6am. Installation is due
  to start in January.""",
  """Westbury Heath council has backed a decade-long deal for Streetframe to
  put digital screens in 150 bus shelters, likely to bring in £1.8m annually,
  with the firm also taking over the roughly £300,000-a-year cost of shelter
  upkeep. No gambling, alcohol or junk-food ads will be shown. An opposition
  councillor warned the screens could disturb residents at night; the council
  says they will be dimmed from 11pm to 6am. Installation is due to begin in
  January.""",
  traps=[T("a decade-long deal", "a ten-year contract"),
         T("likely to bring in £1.8m annually",
           "expected to earn the council £1.8 million a year"),
         T("shelter upkeep", "the cleaning and repair of the shelters"),
         T("junk-food ads", "foods high in fat, sugar or salt")])

C(26, "ferris wheel inspections", "summary",
  """The Harbour Eye, a 60-metre ferris wheel on the seafront at Portmaddy, has
  been cleared to reopen after passing a safety inspection, three weeks after
  it was closed when a gondola door failed to lock. Inspectors from the
  Fairground Safety Board found no structural faults but ordered the operator,
  Vantage Leisure, to replace the locking mechanisms on all 36 gondolas.
  Vantage Leisure managing director Colin Reyes said the work had been
  completed on Monday and the wheel would reopen on Saturday. No passengers
  were hurt in the original incident. The wheel carries about 250,000 riders a
  year.""",
  """Portmaddy's 60-metre Harbour Eye wheel has been cleared to reopen on
  Saturday, three weeks after a gondola door failed to lock, following an
  inspection by Vantage Leisure that found structural faults. The locks on all
  36 gondolas have since been replaced. No passengers were hurt.""",
  errors=[E("Vantage Leisure", "entity", "major", "Fairground Safety Board"),
          E("found structural faults", "polarity", "critical",
            "found no structural faults")])

C(27, "tram depot conversions", "summary",
  """A disused tram depot in the Ferrybank district of the city of Calloway
  will be turned into 84 affordable homes and a community food market under
  plans approved by the city's planning committee on Wednesday. The Victorian
  brick building, which housed trams until the network closed in 1949 and was
  later used as a bus garage, has been empty since 2008. Developer Ravensworth
  Housing Association said the facade and the original iron roof trusses
  would be preserved. Work is expected to begin next spring and take about two
  years. Local historian Gwen Albright, who campaigned to save the building,
  said she was "delighted" by the decision.""",
  """Calloway planners on Wednesday approved Ravensworth Housing Association's
  plans to convert a Ferrybank tram depot, empty since 2008, into 84
  affordable homes and a food market, keeping its facade and original iron
  roof trusses. Work should start next spring and last around two years. A
  local historian who fought to save the building said she was delighted.""",
  traps=[T("Calloway planners", "the city's planning committee"),
         T("should start next spring", "is expected to begin next spring"),
         T("last around two years", "take about two years"),
         T("fought to save", "campaigned to save")])

C(28, "reindeer sleigh rides", "summary",
  """Tourism operator Aurora Trails has cancelled all reindeer sleigh rides at
  its camp near the village of Ruskavaara for the rest of the winter after a
  lack of snow left trails unusable. Around 3,000 customers who had booked
  rides between January and March will be offered a full refund or a place on
  a husky safari instead. Managing director Elina Saarnio said it was the
  first time since the company was founded in 2004 that the entire season had
  been lost. The operator's 60 reindeer will remain with the herding family
  that owns them. Snowfall in the area has been less than a quarter of the
  seasonal average.""",
  """Aurora Trails has postponed its reindeer sleigh rides near Ruskavaara
  because a lack of snow has left trails unusable. About 3,000 customers
  booked for January to March can have a full refund or a husky safari
  instead. Snowfall has been less than a quarter of the seasonal average.""",
  errors=[E("postponed", "event", "major", "cancelled")],
  traps=[T("booked for January to March",
           "booked rides between January and March")])

C(29, "ice sculpture festivals", "summary",
  """The 25th Frostvale Ice Sculpture Festival opened on Friday with 38
  sculptures carved from more than 900 tonnes of river ice, organisers said.
  Teams from 14 countries spent five days creating the works, the largest of
  which is a 12-metre replica of the town's cathedral carved by a team led by
  Lars Engqvist. The festival runs until 2 March, or until temperatures rise
  above freezing for several days. Festival director Karin Ljunggren said
  70,000 visitors were expected, up from 62,000 last year. Entry is free, but
  visitors are asked to donate to the local children's hospital.""",
  """Thirty-eight sculptures carved from over 900 tonnes of river ice went on
  show on Friday at the 25th Frostvale festival, the work of teams from 14
  countries over five days. It runs to 2 March unless a prolonged thaw ends it
  sooner, and 70,000 visitors are expected, 8,000 more than last year. Entry
  is free, with donations invited for the local children's hospital.""",
  traps=[T("Thirty-eight sculptures", "38 sculptures"),
         T("unless a prolonged thaw ends it sooner",
           "or until temperatures rise above freezing for several days"),
         T("8,000 more than last year", "up from 62,000 last year"),
         T("donations invited", "visitors are asked to donate")])

C(30, "advent calendar makers", "summary",
  """Paper & Pine, a family-run firm in the town of Hollins Cross that makes
  wooden advent calendars, has won a contract to supply 40,000 calendars to
  the department store chain Bellamy's this year, more than double its total
  output in 2023. Director Sarah Quill said the company would take on 25
  seasonal workers from September to meet the order. Each calendar is
  hand-painted and contains 24 small drawers. The firm, started by Quill's
  grandfather in 1962, has previously sold mainly through craft fairs and its
  own website. Bellamy's said the calendars would go on sale in its 30 stores
  in early November.""",
  """Paper & Pine, a Hollins Cross maker of wooden advent calendars, will
  supply 40,000 of them to Bellamy's this year, more than double its 2023
  output, and will hire 25 seasonal workers from September. The hand-painted
  calendars, more than double its 2023 output, go on sale in Bellamy's 30
  stores in early November.""",
  errors=[E("more than double its 2023 output", "repetition", "minor", occ=1)],
  traps=[T("more than double its 2023 output",
           "more than double its total output in 2023", occ=0),
         T("will hire 25 seasonal workers", "would take on 25 seasonal workers")])

# ---------------------------------------------------------------------------
# Translations 31-40 (two independent English renderings of one story)
# ---------------------------------------------------------------------------

C(31, "chain ferry cables", "translation",
  """The chain ferry linking the villages of Saint-Aubrac and Lorville across
  the river Tarnelle will be out of service from 3 to 21 March while its two
  steel guide cables are replaced, the departmental council announced on
  Monday. The cables, each 310 metres long, were last changed in 2016 and show
  signs of wear, according to the council's technical department. During the
  works, a free shuttle bus will run every 30 minutes between the two villages
  via the bridge at Mercelles, a detour of about 14 kilometres. The work will
  cost 260,000 euros. The ferry carries around 900 vehicles a day.""",
  """From 3 March to 21 March, the cable ferry connecting Saint-Aubrac with
  Lorville over the Tarnelle will not operate, as its two steel guide cables
  are being renewed, the departmental council said on Monday. According to the
  council's technical services, the cables, 310 m each, were last replaced in
  2016 and are showing wear. While work is under way, a shuttle bus, free of
  charge, will link the two villages every half hour by way of the Mercelles
  bridge, a detour of some 14 km. The operation will cost €260,000. Around 900
  vehicles use the ferry daily.""",
  traps=[T("will not operate", "will be out of service"),
         T("every half hour", "every 30 minutes"),
         T("some 14 km", "about 14 kilometres"),
         T("€260,000", "260,000 euros"),
         T("Around 900 vehicles use the ferry daily",
           "The ferry carries around 900 vehicles a day")])

C(32, "sea cucumber trade", "translation",
  """Customs officers at the port of Bantayan Norte seized 1.8 tonnes of dried
  sea cucumbers hidden in a container declared as frozen squid, the Bureau of
  Fisheries said on Thursday. The shipment, bound for Hong Kong, was estimated
  to be worth 22 million pesos. Two employees of the exporting company,
  Marilag Trading, were arrested. Harvesting of sea cucumbers has been banned
  in the province since 2020 to allow stocks to recover. Bureau regional
  director Josefina Dumalag said it was the largest seizure of its kind this
  year.""",
  """On Thursday the Bureau of Fisheries reported that customs agents in the
  port of Bantayan Norte had confiscated 1.8 tonnes of dried sea cucumbers
  concealed in a container that had been declared as frozen squid. The cargo,
  destined for Taiwan, had an estimated value of 2.2 million pesos. Two staff
  members of Marilag Trading, the exporter, were detained. Since 2020,
  gathering sea cucumbers has been prohibited in the province so that stocks
  can recover. According to the bureau's regional director, Josefina Dumalag,
  it was the biggest such seizure this year.""",
  errors=[E("Taiwan", "entity", "major", "Hong Kong"),
          E("2.2 million pesos", "number", "major", "22 million pesos")],
  traps=[T("confiscated", "seized"),
         T("were detained", "were arrested"),
         T("the biggest such seizure this year",
           "the largest seizure of its kind this year")])

C(33, "fire hydrant painting", "translation",
  """The municipality of San Telmo del Río will repaint its 1,150 fire hydrants
  over the next four months, using a colour code that indicates each
  hydrant's water flow, the mayor's office announced on Tuesday. Hydrants with
  the highest flow will have blue caps, those with medium flow green caps, and
  those with the lowest flow red caps. Fire brigade chief Ramón Esquivel said
  the system would allow crews to choose the best hydrant at a glance. Work
  will be carried out by 12 municipal workers, with a budget of 95,000
  dollars. Residents are asked not to park within three metres of a
  hydrant.""",
  """The mayor's office of San Telmo del Río said on Tuesday that all 1,150 of
  the municipality's fire hydrants will be repainted within the next four
  months following a colour scheme that shows how much water each one
  delivers. Caps will be blue on the hydrants with the greatest flow, green
  for medium flow and red for the lowest. According to the head of the fire
  brigade, Ramón Esquivel, firefighters will thus be able to pick the most
  suitable hydrant at first sight. A dozen municipal employees will do the
  work, which has a budget of US$95,000. The public is requested not to park
  less than three metres from any hydrant.""",
  traps=[T("within the next four months", "over the next four months"),
         T("at first sight", "at a glance"),
         T("A dozen municipal employees", "12 municipal workers"),
         T("US$95,000", "95,000 dollars"),
         T("not to park less than three metres from any hydrant",
           "not to park within three metres of a hydrant")])

C(34, "locust swarms", "translation",
  """Swarms of desert locusts have destroyed crops on about 45,000 hectares in
  the eastern province of Wadi Karem since mid-October, the Ministry of
  Agriculture said on Sunday. Ground teams have sprayed pesticides on 18,000
  hectares and two aircraft are due to arrive from a neighbouring country on
  Wednesday to help treat remote areas. Ministry spokesman Khaled Mansour said
  farmers who had lost their harvest would receive compensation, but did not
  say how much. Experts warn that a new generation of locusts could hatch in
  January if rains continue.""",
  """According to a statement on Sunday from the Agriculture Ministry, desert
  locust swarms have devastated crops across some 45,000 hectares in the
  eastern province of Wadi Karem since the middle of September. Ground crews
  have treated 18,000 hectares with pesticide, and two planes are expected
  from a neighbouring country on Wednesday to help with spraying in remote
  zones. Ministry spokesman Khaled Mansour said farmers whose harvests were
  lost would be compensated, without giving a figure. Specialists caution
  that if the rains persist, a new generation of locusts may hatch in
  January.""",
  errors=[E("the middle of September", "date", "major", "mid-October")],
  traps=[T("two planes are expected", "two aircraft are due to arrive"),
         T("without giving a figure", "but did not say how much"),
         T("may hatch", "could hatch")])

C(35, "boot repair", "translation",
  """A cobbler's workshop in the old town of Vallerosa, run by the same family
  for four generations, has received a national award for traditional crafts,
  the Ministry of Culture announced on Friday. Owner Pietro Lanzoni, 71,
  repairs around 1,200 pairs of boots and shoes a year, using tools that
  belonged to his great-grandfather. The prize, worth 10,000 euros, will be
  used to train his granddaughter Giulia, 19, who hopes to take over the
  business. Lanzoni said demand had increased in recent years as customers
  sought to repair rather than replace footwear. The workshop opened in
  1908.""",
  """The Culture Ministry said on Friday that a cobbler's shop in Vallerosa's
  historic centre, which has stayed in one family's hands for four
  generations, has won a national prize for traditional crafts. Its owner,
  71-year-old Pietro Lanzoni, mends roughly 1,200 pairs of boots and shoes
  each year with tools once owned by his great-grandfather. The €10,000 award
  will pay for the training of his 19-year-old granddaughter Giulia, who
  wants to take over the shop. According to Lanzoni, demand has grown in
  recent years because customers prefer to have their footwear fixed instead
  of replacing it. The workshop dates from 1908.""",
  traps=[T("has stayed in one family's hands for four generations",
           "run by the same family for four generations"),
         T("71-year-old Pietro Lanzoni", "Owner Pietro Lanzoni, 71"),
         T("mends roughly 1,200 pairs", "repairs around 1,200 pairs"),
         T("The €10,000 award", "The prize, worth 10,000 euros"),
         T("dates from 1908", "opened in 1908")])

C(36, "cricket farming", "translation",
  """A cricket farm in the province of Nong Lamphu produced 14 tonnes of
  edible crickets last year and plans to double its output by 2026, its
  founder said on Monday. Somchai Rattanakul started the farm in 2018 with 20
  breeding boxes; it now has 600 and employs 35 people, most of them women
  from nearby villages. The crickets are dried and ground into a protein
  powder, which is sold to food manufacturers in Europe. Rattanakul said the
  farm might open a second site if it secured a loan from the provincial
  development bank. He said the main challenge was keeping temperatures
  stable during the cool season.""",
  """The founder of a cricket farm in Nong Lamphu province said on Monday that
  it had turned out 14 tonnes of edible crickets the previous year and aims to
  double production by 2026. Somchai Rattanakul set up the farm in 2018 with
  20 breeding boxes; today it has 600 and a workforce of 35. The insects are
  dried and milled into protein powder that is sold to European food
  manufacturers. Rattanakul said the farm would open a second site once it
  obtained a loan from the provincial development bank. The biggest
  difficulty, he said, was keeping the temperature steady in the cool
  season.""",
  errors=[OM("most of them women from nearby villages", "minor",
             after="a workforce of 35"),
          E("would open a second site once it obtained", "modality", "major",
            "might open a second site if it secured")],
  traps=[T("the previous year", "last year"),
         T("milled into", "ground into")])

C(37, "carnival float builders", "translation",
  """Float builders at the Vila Serrana carnival have begun working around the
  clock to finish 22 floats before the parade on 1 March, after a fire at
  their warehouse in January destroyed six floats that were almost complete.
  The carnival league said no one was hurt in the fire, which firefighters
  believe was caused by a faulty electrical heater. Around 150 builders,
  sculptors and painters are working in three shifts in a temporary hangar
  lent by the city airport. League president Rosana Tavares said the cost of
  rebuilding, estimated at 1.3 million reais, would be partly covered by
  insurance.""",
  """With the parade set for 1 March, carnival float builders in Vila Serrana
  are now working day and night to get 22 floats ready, after six nearly
  finished floats were destroyed in a January fire at their warehouse. Nobody
  was injured in the blaze, according to the carnival league, and firefighters
  suspect a defective electric heater started it. Some 150 builders,
  sculptors and painters are working in three shifts in a makeshift hangar on
  loan from the city airport. The rebuilding bill, put at 1.3 million reais,
  will be met in part by insurance, said league president Rosana Tavares.""",
  traps=[T("day and night", "around the clock"),
         T("firefighters suspect a defective electric heater started it",
           "which firefighters believe was caused by a faulty electrical "
           "heater"),
         T("a makeshift hangar on loan from", "a temporary hangar lent by"),
         T("put at 1.3 million reais", "estimated at 1.3 million reais"),
         T("will be met in part by insurance",
           "would be partly covered by insurance")])

C(38, "skijoring races", "translation",
  """Norwegian rider Ingrid Solheim won the skijoring Grand Prix on the frozen
  lake at Seewald on Sunday, being towed on skis by her horse Falk at speeds
  of up to 50 kilometres per hour. She finished 1.4 seconds ahead of local
  favourite Marco Gisler, who had won the previous two editions. The race over
  2,700 metres drew around 9,000 spectators. Organisers had carried out daily
  checks on the ice, which was 38 centimetres thick on race day, well above
  the 25-centimetre minimum required. Prize money totalled 30,000 francs.""",
  """Local favourite Marco Gisler, winner of the two previous editions, beat
  Norwegian Ingrid Solheim by 1.4 seconds on Sunday to take the skijoring Grand
  Prix on Seewald's frozen lake. Solheim was pulled on skis by her horse Falk
  at up to 50 km/h. Some 9,000 spectators watched the 2,700-metre race. The
  ice, checked every day by the organisers, measured 38 cm on race day,
  comfortably over the required minimum of 25 cm. Total prize money was 30,000
  francs.""",
  errors=[E("Marco Gisler, winner of the two previous editions, beat Norwegian "
            "Ingrid Solheim", "role", "critical",
            "She finished 1.4 seconds ahead of local favourite Marco Gisler")],
  traps=[T("50 km/h", "50 kilometres per hour"),
         T("measured 38 cm", "was 38 centimetres thick"),
         T("comfortably over the required minimum of 25 cm",
           "well above the 25-centimetre minimum required")])

C(39, "smokehouse kippers", "translation",
  """The last traditional smokehouse on the island of Hellerø will stay open
  after a group of 140 residents bought it for 2.1 million kroner, the new
  owners said on Saturday. The smokehouse, built in 1889, produces kippers and
  smoked mackerel over oak and alder fires, and had been put up for sale when
  its owner, Jens Mørk, retired last year. The residents have formed a
  cooperative and hired two young smokers who trained under Mørk. Cooperative
  chairwoman Birgit Holm said the smokehouse would reopen on 1 May and that
  prices would remain unchanged. It supplies eight restaurants on the
  island.""",
  """Hellerø's last traditional smokehouse has been saved from closure: 140
  islanders clubbed together to buy it for 2.1 million kroner, the new owners
  announced on Saturday. The smokehouse dates from 1889 and smokes kippers and
  mackerel over fires of oak and alder. It went on the market after its owner
  Jens Mørk retired last year. The buyers have set up a cooperative and taken
  on two young smokers whom Mørk trained. It will reopen on 1 May with prices
  unchanged, said Birgit Holm, who chairs the cooperative. Eight restaurants
  on the island buy from it.""",
  traps=[T("has been saved from closure", "will stay open"),
         T("dates from 1889", "built in 1889"),
         T("whom Mørk trained", "who trained under Mørk"),
         T("who chairs the cooperative", "Cooperative chairwoman"),
         T("Eight restaurants on the island buy from it",
           "It supplies eight restaurants on the island")])

C(40, "snow polo", "translation",
  """The organisers of the Snow Polo Cup in the Alpine resort of Montvallon
  have cancelled this year's tournament, which was due to take place from 23
  to 25 January, because the snow on the frozen polo ground was too thin to
  protect the horses' legs. It is the second cancellation in four years.
  Organising committee president Laurent Bétrix said the six teams that had
  registered would not be charged a fee for next year's edition. The resort's
  tourist office estimated that the event usually brings in around 4 million
  francs for local businesses. Ticket holders will be fully refunded.""",
  """This year's Snow Polo Cup in the Alpine resort of Montvallon, scheduled
  for 23-25 January, has been postponed by its organisers, as the snow
  covering the frozen pitch was not thick enough to protect the horses' legs.
  This is the second cancellation in four years. The six registered teams will
  be charged a fee for next year's tournament, said Laurent Bétrix, president
  of the organising committee. According to the resort's tourist office, the
  event normally generates some 4 million francs for local businesses. Ticket
  holders will be refunded in full.""",
  errors=[E("postponed", "event", "major", "cancelled"),
          E("will be charged a fee", "polarity", "critical",
            "would not be charged a fee")],
  traps=[T("scheduled for 23-25 January",
           "due to take place from 23 to 25 January"),
         T("not thick enough", "too thin"),
         T("some 4 million francs", "around 4 million francs")])

# ---------------------------------------------------------------------------
# Build and validate
# ---------------------------------------------------------------------------

def norm(s):
    return " ".join(s.split()) if s is not None else None


def find_occ(hay, needle, occ, where):
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            raise ValueError("%s: %r (occurrence %d) not found" % (where, needle, occ))
    return pos


def check_bounds(cand, s, e, where):
    if s > 0 and cand[s - 1].isalnum() and s < len(cand) and cand[s].isalnum():
        raise ValueError("%s: span start cuts a word at %d" % (where, s))
    if e < len(cand) and cand[e].isalnum() and e > 0 and cand[e - 1].isalnum():
        raise ValueError("%s: span end cuts a word at %d" % (where, e))
    if e > s and (cand[s].isspace() or cand[e - 1].isspace()):
        raise ValueError("%s: span has outer whitespace" % where)


def n_words(s):
    return len(re.findall(r"\S+", s))


def build():
    records = []
    problems = []
    type_counts = {t: 0 for t in ERROR_TYPES}
    seen_domains = set()
    for case in sorted(CASES, key=lambda c: c["num"]):
        cid = "s%d-%03d" % (SET_NO, case["num"])
        ref, cand, mode = case["reference"], case["candidate"], case["mode"]
        try:
            if case["domain"] not in DOMAINS:
                raise ValueError("unknown domain %r" % case["domain"])
            if case["domain"] in seen_domains:
                raise ValueError("domain used twice")
            seen_domains.add(case["domain"])
            if mode not in MODES:
                raise ValueError("bad mode")
            wc = n_words(ref)
            if not 70 <= wc <= 190:
                raise ValueError("reference has %d words" % wc)
            if mode == "summary" and not (n_words(cand) < wc and len(cand) < len(ref)):
                raise ValueError("summary not shorter than reference")
            errors, traps, spans = [], [], []
            for er in case["errors"]:
                et, sev = er["type"], er["severity"]
                rt = norm(er["ref_text"])
                if et not in ERROR_TYPES or sev not in SEVERITIES:
                    raise ValueError("bad type/severity %r/%r" % (et, sev))
                if et == "omission":
                    if mode == "summary":
                        raise ValueError("omission in summary")
                    if er["after"] is not None:
                        a = norm(er["after"])
                        s = find_occ(cand, a, er["occ"], cid) + len(a)
                    else:
                        s = find_occ(cand, norm(er["before"]), er["occ"], cid)
                    e, text = s, ""
                    if not rt or rt not in ref:
                        raise ValueError("omission ref_text not in reference")
                    if rt.lower() in cand.lower():
                        raise ValueError("omitted words present in candidate")
                else:
                    text = norm(er["text"])
                    s = find_occ(cand, text, er["occ"], cid)
                    e = s + len(text)
                    if et in ("addition", "repetition"):
                        if rt is not None:
                            raise ValueError("%s must have null ref_text" % et)
                    elif rt is None or rt not in ref:
                        raise ValueError("ref_text %r not in reference" % rt)
                    if et == "repetition":
                        words = re.findall(r"\w+", text.lower())
                        before = set(re.findall(r"\w+", cand[:s].lower()))
                        share = sum(w in before for w in words) / len(words)
                        if share < 0.6:
                            raise ValueError("repetition not repeating earlier text")
                    if rt is not None and text == rt:
                        raise ValueError("error text equals ref_text")
                check_bounds(cand, s, e, cid)
                type_counts[et] += 1
                errors.append({"start": s, "end": e, "text": text, "type": et,
                               "severity": sev, "ref_text": rt})
                spans.append((s, e, "error"))
            for tr in case["traps"]:
                text, rt = norm(tr["text"]), norm(tr["ref_text"])
                s = find_occ(cand, text, tr["occ"], cid)
                e = s + len(text)
                check_bounds(cand, s, e, cid)
                if rt not in ref:
                    raise ValueError("trap ref_text %r not in reference" % rt)
                if text == rt:
                    raise ValueError("trap identical to reference wording")
                traps.append({"start": s, "end": e, "text": text, "ref_text": rt})
                spans.append((s, e, "trap"))
            for i, (s1, e1, _) in enumerate(spans):
                for s2, e2, _ in spans[i + 1:]:
                    if s1 == e1 or s2 == e2:
                        p, (a, b) = (s1, (s2, e2)) if s1 == e1 else (s2, (s1, e1))
                        if a < p < b:
                            raise ValueError("omission point inside a span")
                    elif s1 < e2 and s2 < e1:
                        raise ValueError("overlapping spans %d-%d / %d-%d"
                                         % (s1, e1, s2, e2))
            for x in errors + traps:
                assert cand[x["start"]:x["end"]] == x["text"]
            label = "inconsistent" if errors else "consistent"
            if label == "consistent" and not 3 <= len(traps) <= 5:
                raise ValueError("consistent pair needs 3-5 traps")
            if label == "inconsistent" and len(traps) > 3:
                raise ValueError("inconsistent pair has more than 3 traps")
            errors.sort(key=lambda x: (x["start"], x["end"]))
            traps.sort(key=lambda x: x["start"])
            records.append({"id": cid, "domain": case["domain"], "mode": mode,
                            "reference": ref, "candidate": cand, "label": label,
                            "errors": errors, "traps": traps})
        except (ValueError, AssertionError) as exc:
            problems.append("%s: %s" % (cid, exc))
    return records, type_counts, problems


def summarise(records, type_counts):
    out = {"pairs": len(records), "by_mode": {}, "by_label": {},
           "errors_by_type": type_counts,
           "errors_total": sum(type_counts.values()),
           "traps_total": sum(len(r["traps"]) for r in records)}
    for r in records:
        key = "%s/%s" % (r["mode"], r["label"])
        out["by_mode"][key] = out["by_mode"].get(key, 0) + 1
        out["by_label"][r["label"]] = out["by_label"].get(r["label"], 0) + 1
    return out


def global_checks(records, type_counts):
    probs = []
    if len(records) != 40:
        probs.append("expected 40 pairs, got %d" % len(records))
    if len({r["domain"] for r in records}) != len(DOMAINS):
        probs.append("not every domain used exactly once")
    want = {"rewrite": 20, "summary": 10, "translation": 10}
    for m, n in want.items():
        rs = [r for r in records if r["mode"] == m]
        if len(rs) != n:
            probs.append("%s: %d pairs, want %d" % (m, len(rs), n))
        cons = sum(r["label"] == "consistent" for r in rs)
        if cons * 2 != len(rs):
            probs.append("%s: %d consistent of %d" % (m, cons, len(rs)))
    if sum(type_counts.values()) != 30:
        probs.append("expected 30 errors, got %d" % sum(type_counts.values()))
    for t, n in type_counts.items():
        if n < 2:
            probs.append("error type %s used %d times" % (t, n))
    for r in records:
        if r["label"] == "inconsistent" and len(r["errors"]) > 2:
            probs.append("%s has more than 2 errors" % r["id"])
    return probs


def main():
    check_only = "--check" in sys.argv[1:]
    records, type_counts, problems = build()
    problems += global_checks(records, type_counts)
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        sys.exit(1)
    print(json.dumps(summarise(records, type_counts), indent=1))
    if check_only:
        print("check passed; nothing written")
        return
    with open(OUT_PATH, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(records), OUT_PATH))


if __name__ == "__main__":
    main()
