#!/usr/bin/env python3
"""Held-out evaluation set 69 for a fact-comparison tool.

How it was made: every pair below was hand-written by a helper session that saw
no code or data of the project and no existing benchmark; it worked only from a
written brief.  All people, companies, organisations, places and figures are
invented (real countries appear only as background).  Character offsets are not
typed by hand: the script finds every span by string search (with an occurrence
index where a quoted text repeats), validates everything and writes set69.jsonl.

Composition (40 pairs, one domain each):
  modes:  20 rewrite (10 consistent / 10 inconsistent),
          10 summary (5 / 5), 10 translation (5 / 5)
  labels: 20 consistent, 20 inconsistent
  errors: 30 in total -- entity 3, number 3, date 3, role 3, polarity 3,
          modality 3, attribution 3, event 3, omission 2, addition 2,
          repetition 2; ten inconsistent pairs carry one error, ten carry two
  traps:  3-5 per consistent pair, 0-3 per inconsistent pair

Usage:  python3 make_set69.py          validate and write set69.jsonl
        python3 make_set69.py --check  validate only, write nothing
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "set69.jsonl")
SET_NO = 69

DOMAINS = [
    "quince paste", "walnut pickling", "willow charcoal", "bog oak",
    "drystone sheep folds", "thatched churches", "tide tables", "snail racing",
    "llama shows", "oxen ploughing", "net mending", "lavender distilling",
    "wasabi farms", "puffball", "lichen dyes", "woad", "madder root",
    "indigo vats", "tatting", "magic lantern", "zoetrope", "camera obscura",
    "daguerreotypes", "tintype portraits", "silhouette cutting", "sealing wax",
    "fountain pen clinics", "slide rules", "abacus clubs", "lych gate repairs",
    "wassail cider", "stereoscope collectors", "morel permits",
    "farrier training", "alpaca fleece", "sundial trails", "gravel bikes",
    "wife carrying", "canoe polo", "skijoring",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]


def N(s):
    """Collapse the line breaks and indentation of a triple-quoted string."""
    return " ".join(s.split())


def E(text, etype, severity, ref=None, occ=0):
    """An error span in the candidate (not an omission)."""
    return {"text": N(text), "type": etype, "severity": severity,
            "ref_text": None if ref is None else N(ref), "occ": occ}


def O(ref, severity, after=None, before=None, occ=0):
    """An omission: the missing words belong right after `after` (or right
    before `before`) in the candidate."""
    return {"text": "", "type": "omission", "severity": severity,
            "ref_text": N(ref), "after": after, "before": before, "occ": occ}


def T(text, ref, occ=0):
    """A trap: faithful rewording of reference text `ref`."""
    return {"text": N(text), "ref_text": N(ref), "occ": occ}


CASES = []


def C(domain, mode, label, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "label": label,
                  "reference": N(reference), "candidate": N(candidate),
                  "errors": list(errors), "traps": list(traps)})


# ---------------------------------------------------------------------------
# Rewrites, consistent (10)
# ---------------------------------------------------------------------------

C("quince paste", "rewrite", "consistent",
  """Hollinbrook Preserves said on Thursday that it would double production of
  quince paste at its plant in Marrowby after orders from delicatessens rose by
  40 per cent last year. The company, which employs 85 people, plans to invest
  £2.4 million in a second cooking line, due to open in March 2025. Managing
  director Elspeth Carrow said the firm had turned away trade customers for two
  seasons because its copper kettles could not keep up. "We were selling out by
  November," she said. The expansion is expected to create 22 jobs. Hollinbrook
  buys most of its quinces from orchards within 30 miles of the plant, and said
  it would offer growers five-year contracts at fixed prices.""",
  """Hollinbrook Preserves will double its output of quince paste at its
  Marrowby plant, the company announced on Thursday, following a 40% jump in
  delicatessen orders last year. The 85-strong firm plans to put £2.4m into a
  second cooking line, scheduled to open in March 2025, and the expansion is
  likely to bring 22 new jobs. According to managing director Elspeth Carrow,
  trade customers had been turned away for two seasons because the copper
  kettles could not keep pace, and stock was selling out by November. Most of
  the company's quinces come from orchards no more than 30 miles from the
  plant, and it says growers will be offered fixed-price contracts lasting five
  years.""",
  traps=[T("a 40% jump in delicatessen orders",
           "orders from delicatessens rose by 40 per cent"),
         T("The 85-strong firm", "employs 85 people"),
         T("£2.4m", "£2.4 million"),
         T("is likely to bring 22 new jobs", "is expected to create 22 jobs"),
         T("fixed-price contracts lasting five years",
           "five-year contracts at fixed prices")])

C("walnut pickling", "rewrite", "consistent",
  """The Fenwold Growers' Cooperative has postponed its annual walnut pickling
  day, which was scheduled for Saturday 21 June, by two weeks because a late
  frost delayed the crop. The event, now set for 5 July, draws around 1,200
  visitors to the village of Stoke Ardley each year. Organisers said green
  walnuts must be picked before the shell begins to harden, usually in late
  June, but this year the nuts were still too small. Cooperative secretary
  Bernard Oakes said stallholders had been informed and that pre-booked tickets
  would remain valid. Refunds will be available to anyone unable to attend the
  new date. The cooperative, founded in 1974, has 140 member farms.""",
  """A late frost that held back the crop has forced the Fenwold Growers'
  Cooperative to push its annual walnut pickling day back a fortnight, from
  Saturday 21 June to 5 July. Roughly 1,200 people visit the village of Stoke
  Ardley for the event every year. Green walnuts have to be picked before their
  shells start to harden, which normally happens towards the end of June, but
  this season they were still too small, organisers explained. Bernard Oakes,
  the cooperative's secretary, said stallholders had been told and that tickets
  already bought would still be accepted. Anyone who cannot make the new date
  can claim a refund. Founded in 1974, the cooperative counts 140 farms among
  its members.""",
  traps=[T("back a fortnight", "by two weeks"),
         T("Roughly 1,200 people visit the village of Stoke Ardley",
           "draws around 1,200 visitors to the village of Stoke Ardley"),
         T("towards the end of June", "in late June"),
         T("tickets already bought would still be accepted",
           "pre-booked tickets would remain valid"),
         T("counts 140 farms among its members", "has 140 member farms")])

C("willow charcoal", "rewrite", "consistent",
  """Artists' supplier Quenby & Vale has agreed to buy Dunmere Charcoal, a
  family firm that makes willow charcoal sticks for drawing, for an undisclosed
  sum. Dunmere, based in the Levelmoor wetlands, produces about 3 million
  sticks a year from willow coppiced on its own 60 hectares. Its founder, Ruth
  Dunmere, 71, will stay on as a consultant for 18 months after the deal
  closes, which is expected in the third quarter. Quenby & Vale chief executive
  Martin Sallis said the brand and its kilns would be kept, and that none of
  Dunmere's 19 staff would lose their jobs. The acquisition requires approval
  from Dunmere's minority shareholders, who hold 30 per cent of the
  company.""",
  """Quenby & Vale, a supplier of artists' materials, has struck a deal to buy
  Dunmere Charcoal, the family business that makes willow charcoal drawing
  sticks; the price was not disclosed. The Levelmoor wetlands firm turns out
  roughly three million sticks annually, using willow coppiced on the 60
  hectares it owns. The deal is expected to close in the third quarter, after
  which 71-year-old founder Ruth Dunmere will remain for a year and a half as a
  consultant. Martin Sallis, who heads Quenby & Vale, said the kilns and the
  Dunmere brand would be retained and all 19 employees would keep their jobs.
  Minority shareholders, who own 30% of Dunmere, must still approve the
  takeover.""",
  traps=[T("roughly three million sticks annually",
           "about 3 million sticks a year"),
         T("71-year-old founder Ruth Dunmere", "Ruth Dunmere, 71"),
         T("a year and a half", "18 months"),
         T("Martin Sallis, who heads Quenby & Vale",
           "Quenby & Vale chief executive Martin Sallis"),
         T("all 19 employees would keep their jobs",
           "none of Dunmere's 19 staff would lose their jobs")])

C("bog oak", "rewrite", "consistent",
  """A 4,500-year-old bog oak trunk measuring 13 metres has been recovered from
  farmland near Carrick Fen, the Easterly Heritage Trust said on Monday. The
  trunk was uncovered in September by farmer Colin Treadway while he was
  clearing a drainage ditch. Specialists spent six days lifting it in sections.
  The trust plans to dry the timber slowly over five years before it is made
  into a commemorative table for Carrick Fen's village hall. Dr Anita Vose, the
  trust's conservation officer, said the wood was "in remarkable condition" but
  warned that it could crack if it dried too quickly. Bog oak forms when trees
  fall into peat and are preserved for thousands of years.""",
  """The Easterly Heritage Trust announced on Monday that a 4,500-year-old,
  13-metre bog oak trunk had been recovered from farmland close to Carrick Fen.
  Farmer Colin Treadway came across it in September as he cleared a drainage
  ditch, and it took specialists six days to lift it out piece by piece. The
  trust's plan is to dry the timber slowly over a five-year period before it
  becomes a commemorative table for the Carrick Fen village hall. According to
  the trust's conservation officer, Dr Anita Vose, the wood is "in remarkable
  condition", though she cautioned that drying it too fast could cause it to
  crack. Bog oak is created when trees that fall into peat are preserved over
  millennia.""",
  traps=[T("close to Carrick Fen", "near Carrick Fen"),
         T("piece by piece", "in sections"),
         T("over a five-year period", "over five years"),
         T("drying it too fast could cause it to crack",
           "it could crack if it dried too quickly"),
         T("over millennia", "for thousands of years")])

C("drystone sheep folds", "rewrite", "consistent",
  """Restoration of 31 drystone sheep folds on Harrowfell Common will begin in
  April, Upland Commons Partnership confirmed yesterday. The folds, some dating
  from the 18th century, were used to gather flocks for shearing and dipping
  but most have partly collapsed. The £380,000 project is funded two-thirds by
  the National Landscape Fund and one-third by local graziers and donations.
  Waller Iestyn Pryce, who will lead a team of eight, said each fold would take
  between two and four weeks to rebuild. Work will pause during lambing. The
  partnership expects to finish by the end of 2026 and will run free walling
  courses for volunteers.""",
  """Work to restore 31 drystone sheep folds on Harrowfell Common is to start in
  April, the Upland Commons Partnership confirmed yesterday. Most of the folds,
  a number of which go back to the 1700s, have partly fallen down; they were
  once used to gather flocks for shearing and dipping. Of the £380,000 cost,
  the National Landscape Fund is providing two-thirds, with local graziers and
  donations covering the rest. Each fold will need two to four weeks of
  rebuilding, according to waller Iestyn Pryce, who will lead an eight-strong
  team. There will be a break in work over lambing. The partnership expects to
  complete the scheme by the close of 2026 and will offer volunteers walling
  courses free of charge.""",
  traps=[T("go back to the 1700s", "dating from the 18th century"),
         T("with local graziers and donations covering the rest",
           "one-third by local graziers and donations"),
         T("two to four weeks", "between two and four weeks"),
         T("an eight-strong team", "a team of eight"),
         T("by the close of 2026", "by the end of 2026")])

C("thatched churches", "rewrite", "consistent",
  """The Diocese of Wenlow has launched an appeal to raise £1.1 million to
  rethatch nine of its churches over the next three years. The diocese looks
  after 14 thatched churches, more than any other in the region. Archdeacon
  Philippa Rand said water reed for the work would be sourced from Marlsey
  Broad rather than imported, which would add about 15 per cent to the cost.
  The first church to be repaired will be St Aldhelm's in Cotter Green, where
  the roof was last thatched in 1989. A spokesman said services would continue
  during the work, which is expected to take around ten weeks per church.
  Donations can be made online or at any of the churches.""",
  """An appeal for £1.1m has been launched by the Diocese of Wenlow to pay for
  rethatching nine of its churches over the next three years. With 14 thatched
  churches in its care, the diocese has more than any other in the region.
  Rather than using imported water reed, the diocese will source it from
  Marlsey Broad, a decision that Archdeacon Philippa Rand said would put
  roughly 15% on the bill. St Aldhelm's in Cotter Green, whose roof was last
  thatched in 1989, will be the first church to be repaired. Services will go
  on while the work is carried out, which should take about ten weeks at each
  church, a spokesman said. People can give online or at any of the
  churches.""",
  traps=[T("£1.1m", "£1.1 million"),
         T("With 14 thatched churches in its care",
           "looks after 14 thatched churches"),
         T("put roughly 15% on the bill", "add about 15 per cent to the cost"),
         T("should take about ten weeks at each church",
           "is expected to take around ten weeks per church")])

C("tide tables", "rewrite", "consistent",
  """The Port of Saltreach Authority will stop printing its annual tide tables
  booklet after 2025, ending a run of 112 years, officials said on Wednesday.
  Demand for the booklet has fallen from 18,000 copies in 2010 to fewer than
  4,000 last year, while visits to the authority's online tide service have
  tripled since 2019. Harbour master Captain Joan Ferrow said printed tables
  would still be available on request for fishermen and sailing clubs without
  reliable internet access. The authority said the change would save about
  £26,000 a year. Local chandlers, who sell the booklet for £3.50, have asked
  for a one-year delay.""",
  """After 2025 the Port of Saltreach Authority will cease printing its yearly
  tide tables booklet, bringing to an end a run of 112 years, officials said on
  Wednesday. Demand fell to fewer than 4,000 copies last year, down from 18,000
  in 2010, whereas visits to the authority's online tide
  service are three times what they were in 2019. Fishermen and sailing clubs
  that lack dependable internet access will still be able to ask for printed
  tables, said the harbour master, Captain Joan Ferrow. Scrapping the booklet
  will save roughly £26,000 annually, according to the authority. Chandlers in
  the area, who sell it for £3.50, have requested that the change be put back
  by a year.""",
  traps=[T("are three times what they were in 2019",
           "have tripled since 2019"),
         T("dependable internet access", "reliable internet access"),
         T("roughly £26,000 annually", "about £26,000 a year"),
         T("put back by a year", "a one-year delay")])

C("snail racing", "rewrite", "consistent",
  """More than 200 snails are expected to compete at the Great Pellham Snail
  Derby on Sunday, the event's organisers said. The race, run over a
  33-centimetre circular course on a damp tablecloth, has been held on the
  village green since 1965. Last year's winner, a garden snail named Turbo,
  completed the course in two minutes 41 seconds. Organiser Glenda Fairweather
  said no snail would be raced twice in one day and that all competitors would
  be returned to the gardens where they were found. Entry costs £1, with
  proceeds going to the village school. The record, set in 1995, stands at two
  minutes.""",
  """Organisers of the Great Pellham Snail Derby say over 200 snails are likely
  to take part on Sunday. Since 1965 the race has been staged on the village
  green, with entrants crossing a damp tablecloth on a 33cm circular course.
  Turbo, a garden snail, won last year in 2 minutes 41 seconds. No snail will
  run more than once on the day, and every competitor will go back to the
  garden it came from, organiser Glenda Fairweather said. It costs £1 to enter
  and the money raised goes to the village school. The fastest time on record,
  two minutes, was set in 1995.""",
  traps=[T("over 200 snails are likely to take part",
           "More than 200 snails are expected to compete"),
         T("33cm", "33-centimetre"),
         T("2 minutes 41 seconds", "two minutes 41 seconds"),
         T("No snail will run more than once on the day",
           "no snail would be raced twice in one day"),
         T("go back to the garden it came from",
           "be returned to the gardens where they were found")])

C("llama shows", "rewrite", "consistent",
  """The Northern Camelid Society has cancelled the llama classes at next
  month's Brackenfield County Show after a case of bovine tuberculosis was
  confirmed in a herd in the county. Society chairman Derek Hume said the
  decision had been taken "with great reluctance" on veterinary advice. Around
  90 llamas and alpacas had been entered. The society said entry fees, which
  were £12 per animal, would be refunded in full within 30 days. Show director
  Amanda Lisle said the rest of the two-day show would go ahead as planned on 9
  and 10 August. The llama classes were introduced at the show in 2008 and last
  year attracted 5,000 spectators.""",
  """Llama classes at next month's Brackenfield County Show have been called off
  by the Northern Camelid Society following confirmation of bovine tuberculosis
  in a herd in the county. The society's chairman, Derek Hume, said it had
  acted on veterinary advice and "with great reluctance". About 90 llamas and
  alpacas had been entered, and the £12-per-animal entry fee will be fully
  repaid within 30 days, the society said. The remainder of the two-day show
  will take place as planned on 9 and 10 August, said show director Amanda
  Lisle. First held at the show in 2008, the llama classes drew a crowd of
  5,000 last year.""",
  traps=[T("have been called off", "has cancelled"),
         T("About 90", "Around 90"),
         T("fully repaid", "refunded in full"),
         T("drew a crowd of 5,000", "attracted 5,000 spectators")])

C("oxen ploughing", "rewrite", "consistent",
  """A pair of oxen will plough a three-acre field at Wendle Farm Museum on 14
  October in what organisers say is the first public demonstration of its kind
  in the county for 60 years. The oxen, named Duke and Bramble, are Devon-cross
  steers trained over two years by teamster Harriet Quayle. The museum said the
  demonstration would start at 10am and last about four hours, weather
  permitting. Tickets cost £8 for adults and are free for children under 12.
  Museum manager Oliver Penhale said the event aimed to show how farms operated
  before tractors became common in the 1940s. The museum expects up to 600
  visitors.""",
  """Duke and Bramble, two Devon-cross steers that teamster Harriet Quayle has
  spent two years training, are to plough a three-acre field at Wendle Farm
  Museum on 14 October. According to the organisers, no such public
  demonstration has taken place in the county for six decades. Provided the
  weather allows, the ploughing will begin at 10am and continue for roughly
  four hours, the museum said. Adults pay £8, and under-12s get in free. The
  aim, said museum manager Oliver Penhale, is to show how farms worked before
  tractors became common in the 1940s. The museum expects as many as 600
  visitors.""",
  traps=[T("for six decades", "for 60 years"),
         T("Provided the weather allows", "weather permitting"),
         T("roughly four hours", "about four hours"),
         T("under-12s get in free", "free for children under 12"),
         T("as many as 600 visitors", "up to 600 visitors")])

# ---------------------------------------------------------------------------
# Rewrites, inconsistent (10)
# ---------------------------------------------------------------------------

C("net mending", "rewrite", "inconsistent",
  """Fishing families in Porth Elwyn will be able to learn net mending at a new
  training loft opening on the harbour in May, the Western Fisheries Guild said
  on Friday. The loft, converted from a former ice store at a cost of £165,000,
  will offer ten-week courses for up to 12 trainees at a time. Guild president
  Ewan Tregarth said only a handful of people in the town could still braid and
  repair trawl nets by hand, and most of them were over 65. Courses will be
  free for anyone working in the local fleet. The guild hopes to train 48
  people in the first year.""",
  """A new training loft due to open on the harbour in May will give fishing
  families in Porth Elwyn the chance to learn net mending, the Western
  Fisheries Guild announced on Friday. Converted from a former ice store for
  £165,000, the loft will run ten-week courses for as many as 12 trainees at
  once. Only a handful of people in the town can still braid and repair trawl
  nets by hand, and most of them are older than 65, said guild president Ewan
  Tregarth. Anyone working in the local fleet will be able to take the courses
  free of charge. The guild hopes to train 84 people in its first year.""",
  errors=[E("84 people", "number", "major", "48 people")],
  traps=[T("for as many as 12 trainees at once",
           "for up to 12 trainees at a time"),
         T("older than 65", "over 65")])

C("lavender distilling", "rewrite", "inconsistent",
  """Larkmoor Lavender has signed a three-year agreement to supply distilled
  lavender oil to cosmetics maker Belleaume, the farm said on Tuesday. Under
  the deal, Larkmoor will deliver 1.8 tonnes of oil a year from its steam
  distillery near Hatherby, which processes flowers from 55 hectares. Owner
  Simon Gale said the contract would allow the farm to hire six seasonal
  workers and replace its 1970s copper still. Belleaume, which is based in
  Lyon, will use the oil in a new range of hand creams launching in spring. The
  value of the contract was not disclosed. Harvest usually runs from late June
  to mid-August.""",
  """Cosmetics maker Belleaume has signed a three-year agreement to supply
  distilled lavender oil to Larkmoor Lavender, the farm said on Tuesday. The
  deal covers 1.8 tonnes of oil a year from the steam distillery near Hatherby,
  which processes flowers grown on 55 hectares. Owner Simon Gale said the
  contract would let the farm take on six seasonal workers. Lyon-based
  Belleaume is launching a new range of hand creams in spring that will use the
  oil. Financial terms were not revealed. The harvest normally lasts from late
  June until the middle of August.""",
  errors=[E("Belleaume has signed a three-year agreement to supply distilled "
            "lavender oil to Larkmoor Lavender", "role", "major",
            "Larkmoor Lavender has signed a three-year agreement to supply "
            "distilled lavender oil to cosmetics maker Belleaume"),
          O("and replace its 1970s copper still", "minor",
            after="take on six seasonal workers")],
  traps=[T("Financial terms were not revealed",
           "The value of the contract was not disclosed"),
         T("until the middle of August", "to mid-August")])

C("wasabi farms", "rewrite", "inconsistent",
  """Greywater Wasabi, which grows wasabi in spring-fed beds in the Tarrow
  Valley, could double its planting area next year if a planning application
  for 12 new growing tunnels is approved, the company said. The firm currently
  supplies fresh rhizomes to about 70 restaurants and sells a further 20 per
  cent of its crop to food manufacturers. Co-founder Nadia Orme said wasabi
  plants take up to two years to mature and need constant water at around 12C.
  The district council is due to decide on the application on 3 March.
  Neighbours have raised concerns about traffic on the single-track lane to the
  site.""",
  """Greywater Wasabi, which cultivates wasabi in spring-fed beds in the Tarrow
  Valley, will double its planting area next year, the company said, and has
  applied for planning permission for 12 new growing tunnels. Around 70
  restaurants currently buy its fresh rhizomes, and another fifth of the crop
  goes to food manufacturers. Wasabi plants can take as long as two years to
  mature and require a constant supply of water at about 12C, said co-founder
  Nadia Orme. A decision on the application is due from the district council
  on 3 March. Residents nearby have voiced concerns about traffic on the
  single-track lane leading to the site.""",
  errors=[E("will double its planting area next year", "modality", "major",
            "could double its planting area next year")],
  traps=[T("another fifth of the crop", "a further 20 per cent of its crop"),
         T("as long as two years", "up to two years"),
         T("Residents nearby", "Neighbours")])

C("puffball", "rewrite", "inconsistent",
  """A giant puffball mushroom weighing 9.2 kilograms, found by a retired
  postman in woodland near Ashcombe, has been confirmed as a county record by
  the Midshire Fungus Group. Frank Ibbotson, 68, discovered the fungus on 2
  September while walking his dog. The group's recorder, Dr Lena Marsh, said
  the previous county record of 7.5kg had stood since 1987. The puffball has
  been measured, photographed and dried, and a sample will be sent to the Forth
  Herbarium for DNA analysis. Ms Marsh urged foragers not to pick giant
  puffballs unless they were certain of the identification, as young specimens
  can be confused with poisonous species.""",
  """The Midshire Fungus Group has confirmed that a 9.2kg giant puffball
  mushroom, found in woodland near Ashcombe by a retired postman, is a county
  record. Frank Ibbotson, 68, a keen amateur forager, came across the fungus on
  2 September while out walking his dog. The previous county record, 7.5kg, had
  stood since 1978, said the group's recorder, Dr Lena Marsh. The puffball has
  been measured, photographed and dried, and a sample is to go to the Forth
  Herbarium for DNA analysis. Foragers should not pick giant puffballs unless
  they are sure of the identification, Ms Marsh urged, because young specimens
  can be mistaken for poisonous species.""",
  errors=[E("a keen amateur forager", "addition", "minor"),
          E("since 1978", "date", "minor", "since 1987")],
  traps=[T("9.2kg", "weighing 9.2 kilograms"),
         T("sure of the identification", "certain of the identification"),
         T("can be mistaken for", "can be confused with")])

C("lichen dyes", "rewrite", "inconsistent",
  """A textile researcher at Cairnloch University has warned that the growing
  popularity of lichen dyes among hobby knitters is damaging slow-growing
  species on the Ardmuir coast. Dr Fiona Baird said some lichens grow less than
  a millimetre a year and can take decades to recover once scraped from rocks.
  Her survey of 40 sites found signs of harvesting at 17. The Ardmuir
  Countryside Trust said it would put up signs asking visitors not to collect
  lichen, but added that it had no powers to prosecute. Dr Baird recommended
  that dyers use windfall lichen from fallen branches or switch to cultivated
  alternatives.""",
  """The rising popularity of lichen dyes among hobby knitters is harming
  slow-growing species on the Ardmuir coast, a Cairnloch University textile
  researcher has warned. Some lichens grow by under a millimetre a year and,
  once scraped off rocks, can need decades to recover, said Dr Fiona Baird,
  whose survey found signs of harvesting at 17 of 40 sites. The Ardmuir
  Countryside Trust said it would erect signs asking visitors to leave lichen
  alone, although it added that it had no powers to prosecute. Dyers should use
  windfall lichen from fallen branches or switch to cultivated alternatives,
  the trust recommended.""",
  errors=[E("the trust recommended", "attribution", "major",
            "Dr Baird recommended")],
  traps=[T("by under a millimetre a year", "less than a millimetre a year"),
         T("found signs of harvesting at 17 of 40 sites",
           "found signs of harvesting at 17"),
         T("to leave lichen alone", "not to collect lichen")])

C("woad", "rewrite", "inconsistent",
  """Plans to grow woad commercially on 40 hectares of farmland outside Saxby
  Marsh have been approved by Lindmoor District Council, despite objections
  from residents worried about smell. Indigo Fields Ltd intends to extract blue
  pigment from the plant's leaves at an on-site fermentation barn, producing
  about 2 tonnes of dye a year for textile and paint makers. The company said
  the process would not use synthetic chemicals and that odours would be
  controlled by a sealed ventilation system. Councillors voted seven to three
  in favour. The firm expects to create 11 jobs and hopes to harvest its first
  crop in summer 2026.""",
  """Lindmoor District Council has given the go-ahead for woad to be grown
  commercially on 40 hectares of farmland outside Saxby Marsh, in spite of
  objections from residents worried about smell. Indigo Fields Ltd intends to
  extract blue pigment from the leaves in a fermentation barn on the site,
  yielding around two tonnes of dye annually for makers of textiles and paint.
  The company said synthetic chemicals would be used in the process and that a
  sealed ventilation system would keep odours under control. Councillors backed
  the scheme by eight votes to three. The firm expects to create 11 jobs and
  hopes to bring in its first harvest in summer 2026.""",
  errors=[E("synthetic chemicals would be used", "polarity", "major",
            "would not use synthetic chemicals"),
          E("eight votes to three", "number", "minor", "seven to three")],
  traps=[T("has given the go-ahead for", "have been approved by"),
         T("around two tonnes of dye annually", "about 2 tonnes of dye a year")])

C("madder root", "rewrite", "inconsistent",
  """Rubia Heritage Dyes has harvested its first crop of madder root from a
  trial plot at Eldham Priory, reviving a crop that was grown commercially in
  the area until the 1860s. The roots, which take three years to reach full
  colour strength, were lifted by hand over four days last week. Project
  manager Tom Whitlow said the 0.5-hectare plot yielded about 900 kilograms of
  fresh root, which will be dried and ground into a red dye for restoration
  work on historic textiles. The priory's trustees have agreed to extend the
  trial to two hectares from next spring.""",
  """A crop grown commercially in the area until the 1860s has been revived at
  Eldham Priory, where Rubia Heritage Dyes has harvested its first madder root
  from a trial plot. It takes three years for the roots to reach full colour
  strength; they were lifted by hand across four days last week. The
  half-hectare plot produced roughly 900kg of fresh root, project manager Tom
  Whitlow said, and this will be dried and ground into a red dye for use in
  restoring historic textiles. From next spring the trial will move to a
  two-hectare site, the priory's trustees have agreed.""",
  errors=[E("the trial will move to a two-hectare site", "event", "major",
            "extend the trial to two hectares")],
  traps=[T("across four days", "over four days"),
         T("half-hectare", "0.5-hectare"),
         T("roughly 900kg", "about 900 kilograms")])

C("indigo vats", "rewrite", "inconsistent",
  """The Kessington Dye Works museum will reopen its restored indigo vats to the
  public on 1 May after a two-year, £640,000 conservation project. The eight
  brick-lined vats, built in 1842, were used to dye naval uniforms until the
  works closed in 1931. Curator Helen Ashdown said visitors would be able to
  watch monthly dyeing demonstrations using natural indigo imported from a
  cooperative in India. The project was funded mainly by the Heritage
  Buildings Fund, with £90,000 raised by the Friends of Kessington Dye Works.
  Admission will remain free.""",
  """After a two-year conservation project costing £640,000, the Kessington Dye
  Works museum will reopen its restored indigo vats to the public on 1 May.
  Built in 1842, the eight brick-lined vats were used to dye army uniforms
  until the works shut in 1931. Visitors will be able to watch monthly dyeing
  demonstrations using natural indigo imported from a cooperative in India,
  curator Helen Ashdown said. The Heritage Buildings Fund provided most of the
  money, and the Friends of Kessington Dye Works raised £90,000. Entry will
  stay free, and the museum will reopen its restored indigo vats to the public
  on 1 May.""",
  errors=[E("army uniforms", "entity", "minor", "naval uniforms"),
          E("will reopen its restored indigo vats to the public on 1 May",
            "repetition", "minor", occ=1)],
  traps=[T("a two-year conservation project costing £640,000",
           "a two-year, £640,000 conservation project"),
         T("shut in 1931", "closed in 1931"),
         T("Entry will stay free", "Admission will remain free")])

C("tatting", "rewrite", "inconsistent",
  """The Guild of Lace and Tatting will hold its national exhibition in Brindle
  Hall, Oakhurst, from 18 to 20 October, the first time the event has left the
  capital since it began in 1958. More than 300 pieces will be on show,
  including a tatted christening gown lent by the family of the late Margaret
  Pell, who founded the guild. Chair Dorothy Kemble said the move was intended
  to attract younger makers from the north. Workshops for beginners will run
  each morning at 10am, and shuttles and thread will be provided. Tickets cost
  £6, or £15 for all three days.""",
  """Brindle Hall in Oakhurst will host the Guild of Lace and Tatting's national
  exhibition between 18 and 20 November, the first time since the event began
  in 1958 that it has been held outside the capital. Upwards of 300 pieces will
  be displayed, among them a tatted christening gown lent by relatives of the
  guild's founder, the late Margaret Pell. According to chair Dorothy Kemble,
  the aim of the move is to attract younger makers from the north. Beginners'
  workshops will take place at 10am every morning, with shuttles and thread
  supplied. Tickets are £6, or £15 for a three-day pass.""",
  errors=[E("18 and 20 November", "date", "major", "18 to 20 October")],
  traps=[T("Upwards of 300 pieces", "More than 300 pieces"),
         T("lent by relatives of the guild's founder",
           "lent by the family of the late Margaret Pell, who founded the guild"),
         T("£15 for a three-day pass", "£15 for all three days")])

C("magic lantern", "rewrite", "inconsistent",
  """A collection of 2,300 magic lantern slides found in the attic of a former
  mission hall in Greyport may be the largest of its kind in private hands,
  according to the auctioneers handling the sale. The hand-painted glass
  slides, dating from about 1870 to 1910, include travel scenes, temperance
  stories and early comic strips. Auctioneer Paul Renwick of Haddow & Finch
  said the collection was expected to fetch between £20,000 and £30,000 when it
  is sold on 26 November. The Greyport Civic Society has asked that the slides
  be kept together and has urged the town museum to bid.""",
  """Haddow & Finch, the auctioneers handling the sale, say that 2,300 magic
  lantern slides discovered in the attic of a former mission hall in Greyport
  are the largest such collection in private hands. Dating from roughly 1870 to
  1910, the hand-painted glass slides include travel scenes, temperance stories
  and early comic strips. Auctioneer Paul Renwick said the collection was
  expected to fetch between £20,000 and £30,000 when it goes under the hammer
  on 26 November. Renwick has also asked that the slides be kept together, and
  has urged the town museum to bid.""",
  errors=[E("are the largest such collection", "modality", "major",
            "may be the largest of its kind"),
          E("Renwick has also asked", "attribution", "major",
            "The Greyport Civic Society has asked")],
  traps=[T("roughly 1870 to 1910", "about 1870 to 1910"),
         T("goes under the hammer", "is sold")])

# ---------------------------------------------------------------------------
# Summaries, consistent (5)
# ---------------------------------------------------------------------------

C("zoetrope", "summary", "consistent",
  """The Pellworth Museum of Moving Images has acquired a rare Victorian
  zoetrope for £48,000 at auction, outbidding a private collector from abroad.
  The drum-shaped device, made in about 1868 by the Halbury firm of Carrow &
  Lyle, creates the illusion of movement when spun and viewed through slits in
  its side. It came with 24 original picture strips, including a galloping
  horse and a juggling clown. Museum director Imogen Tate said the purchase was
  funded by a £30,000 grant from the Artworks Acquisition Fund and public
  donations. The zoetrope will go on display in the museum's new early cinema
  gallery, which opens in spring. Only three other examples by the same makers
  are known to survive, Ms Tate said.""",
  """A rare Victorian zoetrope made around 1868 by Carrow & Lyle has been bought
  at auction for £48,000 by the Pellworth Museum of Moving Images, beating an
  overseas collector. Paid for with a £30,000 grant and public donations, the
  device and its 24 original picture strips will be shown in the museum's new
  early cinema gallery, opening in spring. Just three other examples by the
  makers are known to survive.""",
  traps=[T("made around 1868", "made in about 1868"),
         T("beating an overseas collector",
           "outbidding a private collector from abroad"),
         T("Paid for with", "funded by"),
         T("Just three other examples", "Only three other examples")])

C("camera obscura", "summary", "consistent",
  """The camera obscura on Westerhill, one of only a handful still working in
  the country, will close for eight months from January for repairs to its
  rotating roof, Dunbarrow Town Council has announced. The 1836 tower projects
  a live, moving image of the town and harbour onto a white table via a lens
  and mirror in its cupola. Engineers found last year that the roof's iron
  turning ring had corroded and could jam. The £210,000 repair will be paid for
  from the council's heritage reserve, with a further £40,000 from the Friends
  of Westerhill. Councillor Moira Dunnet said the attraction welcomed 31,000
  visitors in 2023 and the council hoped to reopen it in time for the summer
  holidays. The adjoining café will stay open.""",
  """The Westerhill camera obscura, among the few still operating in the
  country, will shut for eight months from January so that its corroded roof
  turning ring can be repaired, Dunbarrow Town Council said. The £210,000 work
  is being funded from the council's heritage reserve, with the Friends of
  Westerhill adding £40,000. The council hopes the attraction, which had
  31,000 visitors in 2023, will reopen for the summer holidays; its café stays
  open.""",
  traps=[T("among the few still operating",
           "one of only a handful still working"),
         T("is being funded from", "will be paid for from"),
         T("had 31,000 visitors", "welcomed 31,000 visitors"),
         T("its café stays open", "The adjoining café will stay open")])

C("daguerreotypes", "summary", "consistent",
  """Fourteen daguerreotypes believed to show the earliest photographs taken in
  the port of Millhaven have been donated to the county archive by a
  descendant of the photographer. The images, dated to between 1846 and 1851,
  were made by Josiah Rendle, a watchmaker who took up photography as a
  sideline. They show quayside warehouses, a paddle steamer and several
  portraits of Rendle's family. Archivist Clare Fenby said the plates were
  fragile and would not be put on public display, but high-resolution scans
  would be published online by the end of the year. The donor, Rendle's
  great-great-granddaughter Alison Crewe, found them in a trunk while clearing
  her late mother's house in 2022.""",
  """A great-great-granddaughter of Josiah Rendle, a watchmaker and part-time
  photographer, has given the county archive 14 daguerreotypes, dating from
  1846-51, that are thought to be the first photographs taken in Millhaven.
  The fragile plates will not go on display, but high-resolution scans will be
  put online before the year is out.""",
  traps=[T("part-time photographer", "took up photography as a sideline"),
         T("14", "Fourteen"),
         T("dating from 1846-51", "dated to between 1846 and 1851"),
         T("thought to be the first photographs taken in Millhaven",
           "believed to show the earliest photographs taken in the port of "
           "Millhaven"),
         T("before the year is out", "by the end of the year")])

C("tintype portraits", "summary", "consistent",
  """A travelling tintype studio will tour eleven market towns in the Corran
  Hills this summer, offering portraits made with the 1850s wet-plate process.
  Photographer Marcus Veil, who built the mobile darkroom in a converted
  horsebox, said each sitting takes about 15 minutes and produces a single,
  unique metal plate. Sitters must hold still for up to eight seconds. The
  tour, backed by a £12,500 grant from the Corran Arts Council, starts in
  Bellow Cross on 7 June and ends in Tarnmouth on 30 August. Portraits cost
  £45. Mr Veil said he expected to make around 600 plates over the summer, and
  some will be exhibited at Tarnmouth Library in the autumn.""",
  """Photographer Marcus Veil is touring eleven Corran Hills market towns from 7
  June to 30 August with a travelling tintype studio and a mobile darkroom he
  built in a converted horsebox, backed by a £12,500 Corran Arts Council grant.
  Each £45 sitting lasts roughly a quarter of an hour and yields one unique
  metal plate; he anticipates making about 600, some of which will be shown at
  Tarnmouth Library in the autumn.""",
  traps=[T("roughly a quarter of an hour", "about 15 minutes"),
         T("yields one unique metal plate",
           "produces a single, unique metal plate"),
         T("anticipates making about 600",
           "expected to make around 600 plates"),
         T("some of which will be shown", "some will be exhibited")])

C("silhouette cutting", "summary", "consistent",
  """Silhouette artist Beatrix Loame has been commissioned by Ravensholt Council
  to cut profile portraits of 100 residents aged over 90 for an exhibition
  marking the town's 800th charter anniversary. Ms Loame, who works freehand
  with surgical scissors and black paper, said each portrait takes between
  three and five minutes. She will visit care homes and private houses over six
  weeks starting on 3 March. The finished silhouettes will be shown at the Corn
  Exchange from 1 May to 30 June, after which each sitter will be given their
  portrait. The council said the commission cost £7,500 and was paid for by the
  Ravensholt Charter Trust.""",
  """Ravensholt Council has commissioned artist Beatrix Loame, at a cost of
  £7,500 met by the Ravensholt Charter Trust, to cut freehand silhouettes of
  100 residents over 90 for an exhibition marking the town's 800th charter
  anniversary. Visiting care homes and private houses for six weeks from 3
  March, she needs three to five minutes per portrait. The silhouettes will be
  displayed at the Corn Exchange in May and June before being given to the
  sitters.""",
  traps=[T("met by the Ravensholt Charter Trust",
           "paid for by the Ravensholt Charter Trust"),
         T("for six weeks from 3 March", "over six weeks starting on 3 March"),
         T("three to five minutes per portrait",
           "between three and five minutes"),
         T("in May and June", "from 1 May to 30 June"),
         T("before being given to the sitters",
           "after which each sitter will be given their portrait")])

# ---------------------------------------------------------------------------
# Summaries, inconsistent (5)
# ---------------------------------------------------------------------------

C("sealing wax", "summary", "inconsistent",
  """Stamford & Bligh, one of the last makers of traditional sealing wax in the
  country, has been bought by its staff in an employee ownership deal. The
  company, founded in 1791, employs 23 people at its works in Cadwell Street,
  Harbury, and sells around 400,000 sticks of wax a year, mostly to
  stationers, wedding planners and government offices. Managing director Ian
  Bligh, the seventh generation of his family to run the business, said he had
  turned down offers from two larger firms because they planned to move
  production abroad. Mr Bligh will remain in charge for at least three years.
  No jobs will be lost.""",
  """Sealing wax maker Stamford & Bligh, founded in 1791, has passed into
  employee ownership after managing director Ian Bligh rejected bids from two
  bigger firms that wanted to move production overseas. The Harbury company
  sells some 400,000 sticks a year; Mr Bligh will stay in charge for at least
  three years, although some of its 23 jobs will be lost.""",
  errors=[E("some of its 23 jobs will be lost", "polarity", "major",
            "No jobs will be lost")],
  traps=[T("rejected bids from two bigger firms",
           "turned down offers from two larger firms"),
         T("some 400,000 sticks a year", "around 400,000 sticks of wax a year"),
         T("move production overseas", "move production abroad")])

C("fountain pen clinics", "summary", "inconsistent",
  """Penwright's, the stationery chain, is to run free fountain pen repair
  clinics in 18 of its shops next month after a survey found that a third of
  customers owned a pen they no longer used because it was broken or blocked.
  Technicians from the Calder Pen Company, which supplies nibs and ink sacs to
  the chain, will staff the clinics on Saturdays. Penwright's chief executive
  Laura Denby said demand for fountain pens had risen by 12 per cent in two
  years. Customers will be able to have pens cleaned and nibs adjusted for
  free; replacement parts will be charged at cost. The chain opened its first
  shop in Leddington in 1923.""",
  """Stationery chain Penwright's will hold free fountain pen repair clinics on
  Saturdays next month in 18 shops, staffed by technicians from the Calder Pen
  Company, which buys nibs and ink sacs from the chain. A survey had found that
  a third of customers owned a broken or blocked pen they had stopped using.
  Customers can have pens cleaned and nibs replaced for free.""",
  errors=[E("the Calder Pen Company, which buys nibs and ink sacs from the "
            "chain", "role", "major",
            "the Calder Pen Company, which supplies nibs and ink sacs to the "
            "chain"),
          E("nibs replaced", "event", "major", "nibs adjusted")],
  traps=[T("will hold", "is to run"),
         T("they had stopped using", "they no longer used")])

C("slide rules", "summary", "inconsistent",
  """A slide rule that belonged to engineer Agnes Thornbury, who designed the
  Cullen Estuary swing bridge, sold for £3,900 at Maple & Grieve's auction in
  Ossett Vale on Tuesday, nearly four times its estimate. The 25-centimetre
  boxwood rule, made by the instrument maker Fellowes & Son in 1931, bears
  Thornbury's initials and her handwritten conversion tables on the reverse.
  It was bought by the Cullen Bridge Trust, which plans to display it in the
  bridge's visitor centre. Auctioneer Ray Maple said interest had come from
  collectors in five countries. Thornbury, who died in 1978, was one of the
  first women to qualify as a chartered civil engineer in the region.""",
  """Engineer Agnes Thornbury's 1931 boxwood slide rule, made by Maple & Grieve
  and marked with her initials and handwritten conversion tables, sold at
  auction on Tuesday for £3,900, almost four times the estimate. The buyer,
  the Cullen Bridge Trust, plans to put it on show at the visitor centre of the
  swing bridge she designed.""",
  errors=[E("made by Maple & Grieve", "entity", "major",
            "made by the instrument maker Fellowes & Son")],
  traps=[T("marked with her initials", "bears Thornbury's initials"),
         T("almost four times the estimate", "nearly four times its estimate"),
         T("plans to put it on show", "plans to display it")])

C("abacus clubs", "summary", "inconsistent",
  """Abacus clubs set up in primary schools across the Tolland district have
  improved pupils' mental arithmetic, according to an evaluation published on
  Monday by the Tolland Education Partnership. The study followed 640 children
  aged eight to ten at 16 schools over one school year. Pupils who attended a
  weekly one-hour abacus session scored on average 11 per cent higher in timed
  arithmetic tests than classmates who did not. The partnership's research
  lead, Dr Samir Kaul, said the results were encouraging but cautioned that the
  clubs were voluntary and may have attracted children already keen on maths.
  The partnership intends to run a larger trial next year.""",
  """A Tolland Education Partnership evaluation of 640 pupils aged eight to ten
  at 16 schools found that those attending weekly hour-long abacus sessions
  scored on average 18 per cent higher in timed arithmetic tests than
  classmates who did not. Research lead Dr Samir Kaul called the results
  encouraging but warned that the voluntary clubs might have drawn children
  already keen on maths. A larger trial, funded by the district council, is
  planned for next year.""",
  errors=[E("18 per cent", "number", "major", "11 per cent"),
          E("funded by the district council", "addition", "minor")],
  traps=[T("hour-long", "one-hour"),
         T("might have drawn", "may have attracted")])

C("lych gate repairs", "summary", "inconsistent",
  """The 15th-century lych gate at St Wendreda's Church in Ockley Down has
  reopened after a four-month repair costing £58,000. The oak-framed gate,
  where coffins once rested before funerals, was damaged in March when a
  delivery lorry reversed into one of its posts. Carpenter Jacob Hurn replaced
  the post using oak from a fallen tree on the nearby Ockley estate and reused
  the original stone roof tiles. The churchwardens said the lorry operator's
  insurer had paid most of the cost, with £6,000 coming from parish funds. A
  service of rededication will be held on Sunday at 11am.""",
  """The 15th-century lych gate at St Wendreda's, Ockley Down, has reopened
  after a £58,000 four-month repair, following damage in March when a lorry
  reversed into a post. Carpenter Jacob Hurn replaced the post with oak from a
  fallen tree on the Ockley estate and kept the original stone roof tiles. Most
  of the cost was met by the lorry operator's insurer, and the gate has
  reopened after a £58,000 four-month repair. A rededication service is on
  Sunday at 11am.""",
  errors=[E("has reopened after a £58,000 four-month repair", "repetition",
            "minor", occ=1)],
  traps=[T("kept the original stone roof tiles",
           "reused the original stone roof tiles"),
         T("Most of the cost was met by the lorry operator's insurer",
           "the lorry operator's insurer had paid most of the cost")])

# ---------------------------------------------------------------------------
# Translations, consistent (5): two independent English renderings of the
# same (non-English) story
# ---------------------------------------------------------------------------

C("wassail cider", "translation", "consistent",
  """The village of Saint-Aubin-des-Prés will revive its old orchard wassail on
  17 January, after a break of almost fifty years, the municipal council
  announced. Residents will gather at dusk in the communal orchard to sing to
  the apple trees and pour cider on their roots, a custom intended to ensure a
  good harvest. The mayor, Hélène Corbière, said that the idea came from a
  group of pupils at the local school who had found photographs of the last
  wassail, held in 1976. The cooperative cider house Les Vergers Ronds will
  offer hot spiced cider to participants. Attendance is free, but the council
  asks visitors to leave their cars at the sports ground, as parking near the
  orchard is very limited.""",
  """After a gap of nearly half a century, Saint-Aubin-des-Prés is bringing back
  its traditional orchard wassail on 17 January, the local council has
  announced. As night falls, villagers will assemble in the shared orchard to
  sing to the apple trees and pour cider over their roots, a practice meant to
  secure a good crop. Mayor Hélène Corbière explained that the initiative came
  from a group of schoolchildren at the village school who had come across
  pictures of the last wassail, in 1976. Participants will be served hot spiced
  cider by Les Vergers Ronds, the cooperative cider house. There is no charge
  to attend, though the council requests that visitors park at the sports
  ground because there are very few spaces close to the orchard.""",
  traps=[T("nearly half a century", "almost fifty years"),
         T("As night falls", "at dusk"),
         T("a group of schoolchildren at the village school",
           "a group of pupils at the local school"),
         T("There is no charge to attend", "Attendance is free"),
         T("there are very few spaces close to the orchard",
           "parking near the orchard is very limited")])

C("stereoscope collectors", "translation", "consistent",
  """More than 150 collectors from nine countries are expected at the
  international stereoscope fair in Lindenau this weekend, the organising
  association said on Thursday. The fair, held every two years, will show
  around 4,000 stereo cards and some 60 viewers, the oldest of which dates from
  1852. The association's chairman, Klaus Wendrich, said interest among young
  people had grown noticeably, partly thanks to virtual reality headsets, which
  work on the same principle. A special exhibition is dedicated to the
  photographer Marta Hollweg, who documented the construction of the Lindenau
  dam in 3D between 1911 and 1914. Entry costs 5 euros; children under 14 enter
  free.""",
  """The organising association announced on Thursday that over 150 collectors
  from nine countries are likely to attend this weekend's international
  stereoscope fair in Lindenau. Roughly 4,000 stereo cards and about 60 viewing
  devices will be on show at the biennial event, with the oldest viewer going
  back to 1852. Young people have become noticeably more interested, the
  association's chairman, Klaus Wendrich, said, in part because of virtual
  reality headsets, which rely on the same principle. One special exhibition
  is devoted to Marta Hollweg, a photographer who recorded the building of the
  Lindenau dam in three dimensions from 1911 to 1914. Admission is 5 euros, and
  under-14s go in free.""",
  traps=[T("are likely to attend", "are expected at"),
         T("biennial", "held every two years"),
         T("in three dimensions", "in 3D"),
         T("from 1911 to 1914", "between 1911 and 1914"),
         T("under-14s go in free", "children under 14 enter free")])

C("morel permits", "translation", "consistent",
  """The regional county municipality of Haut-Vallon will require a permit to
  pick morels on public land from 1 May, following the large forest fires of
  last summer, which caused an influx of pickers. Morels grow in abundance in
  the year after a fire. A day permit will cost 10 dollars and a season permit
  60 dollars; commercial pickers will pay 250 dollars. The prefect, Gilles
  Marchand, said the aim was not to discourage amateurs but to protect the
  burned areas, which remain dangerous because of falling trees. Pickers will
  have to stay at least 50 metres from forestry roads under repair. Permits
  can be obtained online or at the municipal offices of the six participating
  towns.""",
  """Starting on 1 May, anyone wanting to gather morels on public land in the
  Haut-Vallon regional county municipality will need a permit, a measure
  prompted by the influx of pickers that followed last summer's major forest
  fires. Morels spring up in large numbers in the year following a fire. A
  one-day permit will cost 10 dollars and a permit for the whole season 60
  dollars, while commercial pickers will be charged 250 dollars. According to
  the prefect, Gilles Marchand, the goal is to protect the burnt zones, where
  falling trees remain a danger, not to put off amateurs. Pickers must keep a
  minimum of 50 metres away from forestry roads that are being repaired.
  Permits are available online and from the town halls of the six towns taking
  part.""",
  traps=[T("spring up in large numbers", "grow in abundance"),
         T("where falling trees remain a danger",
           "which remain dangerous because of falling trees"),
         T("a minimum of 50 metres", "at least 50 metres"),
         T("the town halls of the six towns taking part",
           "the municipal offices of the six participating towns")])

C("farrier training", "translation", "consistent",
  """A shortage of farriers has led the agricultural college in Veldhoven-Noord
  to open a new training course, which will start in September with 14
  students. The course lasts three years and combines lessons at the college
  with practical work at approved forges. According to the sector association,
  around a third of the country's 900 farriers will retire within ten years,
  while the number of horses has remained stable. Course leader Pieter
  Scholten, himself a farrier for 30 years, said many owners now wait several
  weeks for an appointment. Students will receive an allowance of 450 euros a
  month during their placements. The college has spent 380,000 euros on a
  teaching forge with six workstations.""",
  """Because there are too few farriers, the agricultural college in
  Veldhoven-Noord is launching a new training programme, which begins in
  September with 14 students. Over three years, trainees will combine classes
  at the college with hands-on work at recognised forges. The trade
  association estimates that roughly one in three of the nation's 900 farriers
  will retire within a decade, even though horse numbers have held steady.
  Many owners now have to wait several weeks to get an appointment, said
  Pieter Scholten, who leads the course and has worked as a farrier for three
  decades. During placements, students will be paid an allowance of 450 euros
  per month. A teaching forge with six workstations has cost the college
  380,000 euros.""",
  traps=[T("recognised forges", "approved forges"),
         T("roughly one in three", "around a third"),
         T("within a decade", "within ten years"),
         T("have held steady", "has remained stable"),
         T("for three decades", "for 30 years")])

C("alpaca fleece", "translation", "consistent",
  """The alpaca breeders' cooperative of Santa Rosa de Altamira sold 38 tonnes
  of fleece at its annual auction on Saturday, 15 per cent more than last
  year, at an average price of 9.40 dollars per kilo. The buyers were three
  textile companies from the capital and one from abroad. The cooperative's
  president, Rosa Quispe Mamani, said the better prices were due to a new
  system of classifying fibre by fineness, introduced with the help of the
  regional agricultural agency. White fleece of the finest grade reached 14
  dollars per kilo. The cooperative brings together 320 families, who will
  receive their payments within fifteen days.""",
  """At Saturday's yearly auction, the Santa Rosa de Altamira alpaca breeders'
  cooperative sold 38 tonnes of fleece, up 15% on last year, for an average of
  9.40 dollars a kilo. Three of the buyers were textile firms based in the
  capital, and the fourth was a foreign textile
  company. Cooperative president Rosa
  Quispe Mamani attributed the improved prices to a new method of grading fibre
  according to its fineness, which was brought in with support from the
  regional agriculture agency. The top grade of white fleece fetched 14
  dollars a kilo. The 320 member families of the cooperative will be paid
  within 15 days.""",
  traps=[T("up 15% on last year", "15 per cent more than last year"),
         T("the fourth was a foreign textile company", "one from abroad"),
         T("attributed the improved prices to",
           "said the better prices were due to"),
         T("brought in with support from", "introduced with the help of"),
         T("The 320 member families", "brings together 320 families")])

# ---------------------------------------------------------------------------
# Translations, inconsistent (5)
# ---------------------------------------------------------------------------

C("sundial trails", "translation", "inconsistent",
  """The town of Castelmonte has inaugurated a sundial trail that links 22
  sundials painted on the façades of houses in the historic centre, some
  dating back to the 17th century. The route, about 3 kilometres long, was
  created by the local historical society with a contribution of 18,000 euros
  from the region. Each sundial has a plaque with a QR code explaining its
  history and how to read the time. The society's president, Franca Delluomo,
  said that seven of the sundials had been restored by volunteers over the past
  two years. The trail could be extended next year to include the villages of
  Borgo Alto and Pieve San Lino, where there are another ten sundials.""",
  """A sundial trail has been opened in Castelmonte, connecting 22 sundials
  painted on house fronts in the old town, a number of them from the 1600s.
  The roughly three-kilometre route was set up by the local history society
  with 18,000 euros from the region. Beside each sundial a plaque with a QR code
  explains its history and how to tell the time from it. Franca Delluomo,
  president of the society, said volunteers had restored seven of the
  sundials. Next year the trail will be extended to the villages of Borgo Alto
  and Pieve San Lino, which have ten more sundials between them.""",
  errors=[O("over the past two years", "minor",
            after="volunteers had restored seven of the sundials"),
          E("the trail will be extended", "modality", "major",
            "The trail could be extended")],
  traps=[T("from the 1600s", "dating back to the 17th century"),
         T("roughly three-kilometre route", "about 3 kilometres long")])

C("gravel bikes", "translation", "inconsistent",
  """Cycle manufacturer Velomar, based in Oudenhove, has taken over the small
  gravel bike brand Grintweg for an undisclosed amount, the two companies
  announced on Wednesday. Grintweg, founded in 2016 by former cyclocross rider
  Jens Verhulst, sells about 2,500 frames a year, mainly in the Netherlands and
  Germany. Verhulst will remain responsible for design. Velomar plans to move
  assembly of the Grintweg bikes to its factory in Oudenhove by the end of
  2025, but the brand's showroom in Lievegem will stay open. Velomar's chief
  executive, Sofie Lambrecht, said the gravel segment had grown by a quarter in
  Europe last year.""",
  """The Oudenhove-based bicycle maker Velomar has been bought by the small
  gravel bike brand Grintweg for an undisclosed sum, the two firms said on
  Wednesday. Set up in 2016 by ex-cyclocross racer Jens Verhulst, Grintweg
  sells around 2,500 frames annually, chiefly in the Netherlands and Germany.
  Verhulst will stay in charge of design. Velomar intends to transfer assembly
  of Grintweg bikes to its Oudenhove plant in early 2025, though the brand's
  Lievegem showroom will remain open. According to Velomar chief executive
  Sofie Lambrecht, the European gravel market grew by 25% last year.""",
  errors=[E("Velomar has been bought by the small gravel bike brand Grintweg",
            "role", "critical",
            "Velomar, based in Oudenhove, has taken over the small gravel bike "
            "brand Grintweg"),
          E("in early 2025", "date", "minor", "by the end of 2025")],
  traps=[T("ex-cyclocross racer", "former cyclocross rider"),
         T("grew by 25%", "had grown by a quarter")])

C("wife carrying", "translation", "inconsistent",
  """A couple from the town of Kuusijärvi won the national wife-carrying
  championship on Saturday, completing the 253.5-metre obstacle course in 1
  minute 4 seconds. Mikko Rautanen carried his partner Aino Lehtola over two
  log hurdles and through a water pit a metre deep. As tradition dictates, the
  winners received the wife's weight in beer, as well as a cash prize of 500
  euros. The organiser, Seppo Halonen, said 46 couples had taken part, a
  record, and that the event had attracted about 6,000 spectators. According to
  the referee, Marja Kettunen, the course was slower than last year because of
  rain. The winners will represent the country at the world championship in
  July.""",
  """A Kuusijärvi couple took the national wife-carrying title on Saturday,
  covering the 253.5-metre obstacle course in 64 seconds. Mikko Rautanen
  carried his partner, Aino Lehtola, over two log barriers and through a
  one-metre-deep water pit. In keeping with tradition, the pair won Lehtola's
  weight in beer along with 500 euros in prize money. A record 46 couples
  competed and some 6,000 people came to watch, organiser Seppo Halonen said,
  adding that rain had made the course slower than last year. The winners will
  compete for the country at the world championship in July.""",
  errors=[E("adding that rain had made the course slower than last year",
            "attribution", "minor",
            "According to the referee, Marja Kettunen, the course was slower "
            "than last year because of rain")],
  traps=[T("64 seconds", "1 minute 4 seconds"),
         T("a one-metre-deep water pit", "a water pit a metre deep"),
         T("Lehtola's weight in beer", "the wife's weight in beer")])

C("canoe polo", "translation", "inconsistent",
  """The canoe polo team of Clube Náutico de Vila Serrana won the national
  championship on Sunday, beating the defending champions, Remo Atlântico,
  4-3 in the final at the municipal pool in Alvorada. The decisive goal was
  scored by captain Tiago Medeiros in the final minute. It is the club's first
  national title since it was founded in 1994. The coach, Inês Falcão, said the
  team had trained four times a week since October despite not having its own
  pool. The club has asked the municipality for regular access to the new
  sports complex, but has not yet received a reply. The winners qualify for the
  European club championship in September.""",
  """Clube Náutico de Vila Serrana's canoe polo side became national champions
  on Sunday after defeating title holders Remo Atlântico 4-3 in the final,
  played at Alvorada's municipal pool. Captain Tiago Medeiros scored the winner
  in the last minute. The title is the first national crown for the club,
  which was set up in 1994. Coach Inês Falcão said the players had trained four
  times a week since October at the club's own pool. The club has been given
  regular access to the new sports complex by the municipality. As champions,
  they qualify for the European club championship in September.""",
  errors=[E("at the club's own pool", "polarity", "major",
            "despite not having its own pool"),
          E("has been given regular access to the new sports complex by the "
            "municipality", "event", "major",
            "has asked the municipality for regular access to the new sports "
            "complex")],
  traps=[T("title holders", "the defending champions"),
         T("scored the winner in the last minute",
           "The decisive goal was scored by captain Tiago Medeiros in the "
           "final minute")])

C("skijoring", "translation", "inconsistent",
  """Around 80 riders and skiers took part in the skijoring races on the frozen
  lake at Sankt Albrun on Sunday, in which skiers are pulled by horses at
  speeds of up to 50 kilometres per hour. The event had been in doubt until
  Thursday, when measurements showed the ice was 32 centimetres thick, above
  the required minimum of 25. The main race was won by skier Lukas Imboden,
  pulled by the mare Fiora, ridden by Nina Aebli. Organising committee
  president Reto Caduff said about 9,000 spectators attended. A second race
  day, planned for next Sunday, will go ahead only if temperatures stay below
  freezing.""",
  """Some 80 riders and skiers competed on Sunday in the skijoring races on the
  frozen lake at Sankt Albrun, where skiers are towed by horses at up to 50
  km/h. Until Thursday it was uncertain whether the event could take place;
  then measurements showed the ice to be 32 centimetres thick, more than the
  minimum of 25 required. Skier Lukas Imboden won the main race, towed by the
  mare Fiora with Nina Aebli in the saddle. About 9,000 spectators came,
  according to Lukas Caduff, who heads the organising committee. A second day
  of racing, scheduled for next Sunday, will only be held if temperatures
  remain below zero.""",
  errors=[E("Lukas Caduff", "entity", "minor", "Reto Caduff")],
  traps=[T("up to 50 km/h", "up to 50 kilometres per hour"),
         T("with Nina Aebli in the saddle", "ridden by Nina Aebli"),
         T("remain below zero", "stay below freezing")])

# ---------------------------------------------------------------------------
# Offsets, validation, output
# ---------------------------------------------------------------------------

class SetError(Exception):
    pass


def find_nth(hay, needle, occ):
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def word_ok(text, start, end):
    """Span [start, end) must not cut a word."""
    if start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        return False
    if end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        return False
    return True


def nwords(s):
    return len(s.split())


def build():
    problems = []
    records = []
    for i, case in enumerate(CASES, 1):
        cid = "s%d-%03d" % (SET_NO, i)

        def bad(msg):
            problems.append("%s (%s): %s" % (cid, case["domain"], msg))

        ref, cand = case["reference"], case["candidate"]
        mode, label = case["mode"], case["label"]
        if mode not in ("rewrite", "summary", "translation"):
            bad("bad mode %r" % mode)
        if label not in ("consistent", "inconsistent"):
            bad("bad label %r" % label)
        if case["domain"] not in DOMAINS:
            bad("domain not in list")
        nw = nwords(ref)
        if not 70 <= nw <= 190:
            bad("reference has %d words" % nw)
        if mode == "summary" and not (len(cand) < len(ref)
                                      and nwords(cand) < nw):
            bad("summary not shorter than reference")
        if ref == cand:
            bad("candidate identical to reference")

        spans = []
        errors_out = []
        for e in case["errors"]:
            et, sev = e["type"], e["severity"]
            if et not in ERROR_TYPES:
                bad("bad error type %r" % et)
            if sev not in SEVERITIES:
                bad("bad severity %r" % sev)
            if et == "omission":
                if mode == "summary":
                    bad("omission in a summary")
                if e["after"] is not None:
                    p = find_nth(cand, e["after"], e["occ"])
                    pos = -1 if p < 0 else p + len(e["after"])
                else:
                    p = find_nth(cand, e["before"], e["occ"])
                    pos = p
                if p < 0:
                    bad("omission anchor not found")
                    continue
                if (0 < pos < len(cand) and cand[pos - 1].isalnum()
                        and cand[pos].isalnum()):
                    bad("omission point inside a word")
                if e["ref_text"] not in ref:
                    bad("omission ref_text not in reference: %r"
                        % e["ref_text"])
                if e["ref_text"] in cand:
                    bad("omitted words present in candidate")
                start = end = pos
                text = ""
                rt = e["ref_text"]
            else:
                text = e["text"]
                start = find_nth(cand, text, e["occ"])
                if start < 0:
                    bad("error text not found: %r" % text)
                    continue
                end = start + len(text)
                if text != text.strip() or not text:
                    bad("error span has edge whitespace: %r" % text)
                if not word_ok(cand, start, end):
                    bad("error span cuts a word: %r" % text)
                rt = e["ref_text"]
                if et in ("addition", "repetition"):
                    if rt is not None:
                        bad("%s must have ref_text null" % et)
                else:
                    if rt is None or rt not in ref:
                        bad("error ref_text not in reference: %r" % rt)
                    if rt == text:
                        bad("error text equals ref_text: %r" % text)
                if et == "repetition" and cand.find(text) >= start:
                    bad("repetition has no earlier copy: %r" % text)
                if et == "addition" and text in ref:
                    bad("added text occurs in reference: %r" % text)
            errors_out.append({"start": start, "end": end, "text": text,
                               "type": et, "severity": sev, "ref_text": rt})
            spans.append((start, end, "error " + et))

        traps_out = []
        for t in case["traps"]:
            start = find_nth(cand, t["text"], t["occ"])
            if start < 0:
                bad("trap text not found: %r" % t["text"])
                continue
            end = start + len(t["text"])
            if not word_ok(cand, start, end):
                bad("trap cuts a word: %r" % t["text"])
            if t["ref_text"] not in ref:
                bad("trap ref_text not in reference: %r" % t["ref_text"])
            if t["ref_text"] == t["text"]:
                bad("trap identical to reference wording: %r" % t["text"])
            traps_out.append({"start": start, "end": end, "text": t["text"],
                              "ref_text": t["ref_text"]})
            spans.append((start, end, "trap"))

        # no overlaps (an omission point may not fall strictly inside a span)
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1] or (a[0] == a[1] == b[0] == b[1]):
                bad("overlapping spans: %r / %r" % (a, b))
        for s0, e0, kind in spans:
            if s0 == e0:
                for s1, e1, k1 in spans:
                    if s1 < s0 < e1:
                        bad("omission point inside span %r" % k1)

        if label == "consistent":
            if errors_out:
                bad("consistent pair has errors")
            if not 3 <= len(traps_out) <= 5:
                bad("consistent pair has %d traps" % len(traps_out))
        else:
            if not errors_out:
                bad("inconsistent pair has no errors")
            if len(traps_out) > 3:
                bad("inconsistent pair has %d traps" % len(traps_out))

        errors_out.sort(key=lambda x: (x["start"], x["end"]))
        traps_out.sort(key=lambda x: (x["start"], x["end"]))
        records.append({"id": cid, "domain": case["domain"], "mode": mode,
                        "reference": ref, "candidate": cand, "label": label,
                        "errors": errors_out, "traps": traps_out})

    # whole-set composition
    def count(key, val):
        return sum(1 for r in records if r[key] == val)

    if len(records) != 40:
        problems.append("expected 40 pairs, got %d" % len(records))
    if sorted(r["domain"] for r in records) != sorted(DOMAINS):
        problems.append("domains are not exactly the 40 listed, once each")
    for lab in ("consistent", "inconsistent"):
        if count("label", lab) != 20:
            problems.append("label %s: %d" % (lab, count("label", lab)))
    for mode, n in (("rewrite", 20), ("summary", 10), ("translation", 10)):
        if count("mode", mode) != n:
            problems.append("mode %s: %d" % (mode, count("mode", mode)))
        half = sum(1 for r in records
                   if r["mode"] == mode and r["label"] == "consistent")
        if half != n // 2:
            problems.append("mode %s has %d consistent" % (mode, half))
    all_errors = [e for r in records for e in r["errors"]]
    if len(all_errors) != 30:
        problems.append("expected 30 errors, got %d" % len(all_errors))
    for et in ERROR_TYPES:
        k = sum(1 for e in all_errors if e["type"] == et)
        if k < 2:
            problems.append("error type %s used %d times" % (et, k))
    return records, problems


def summary(records):
    from collections import Counter
    lines = []
    lines.append("pairs: %d" % len(records))
    lines.append("mode x label: %s" % dict(sorted(Counter(
        (r["mode"], r["label"]) for r in records).items())))
    lines.append("labels: %s" % dict(Counter(r["label"] for r in records)))
    errs = [e for r in records for e in r["errors"]]
    lines.append("errors: %d %s" % (len(errs), dict(Counter(
        e["type"] for e in errs))))
    lines.append("severity: %s" % dict(Counter(e["severity"] for e in errs)))
    lines.append("errors per inconsistent pair: %s" % dict(Counter(
        len(r["errors"]) for r in records if r["label"] == "inconsistent")))
    lines.append("traps: %d" % sum(len(r["traps"]) for r in records))
    return "\n".join(lines)


def main(argv):
    records, problems = build()
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        print("%d problem(s); nothing written" % len(problems),
              file=sys.stderr)
        return 1
    print(summary(records))
    if "--check" in argv:
        print("check only: all valid, nothing written")
        return 0
    with open(OUT_PATH, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(records), OUT_PATH))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
