#!/usr/bin/env python3
"""Held-out evaluation set 93 for a fact-comparison tool (reference vs candidate).

How it was made: every pair below was hand-written by a helper session that saw no
code or data of the project, working only from a written brief. All people,
companies, organisations, places and figures are invented (real countries appear
only as background, if at all). Character offsets are never typed by hand: the
script finds every span by string search (with an occurrence index where a quoted
text repeats), validates the whole set and writes set93.jsonl next to itself.

Composition (40 pairs, one domain each):
  modes:  20 rewrite (10 consistent / 10 inconsistent),
          10 summary (5 / 5), 10 translation (5 / 5)
  labels: 20 consistent, 20 inconsistent
  errors: 30 in total -- entity 3, number 4, date 3, role 2, polarity 3,
          modality 3, attribution 2, event 2, omission 3, addition 3,
          repetition 2; inconsistent pairs carry 1 or 2 errors each
          (10 pairs with one error, 10 with two)
  traps:  3-5 per consistent pair, 0-3 per inconsistent pair
  references are 70-190 words in news / agency / corporate / official register;
  translation pairs are two independent English renderings of one story.

Usage:  python3 make_set93.py          validate and write set93.jsonl
        python3 make_set93.py --check  validate only, write nothing
"""
import json
import os
import sys

N = 93
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "set%d.jsonl" % N)

DOMAINS = [d.strip() for d in (
    "drought hosepipe ban;egg shortages;chip factory subsidy;satellite broadband licence;"
    "milk price dispute;ai copyright dispute;gambling advert limits;funeral cost inquiry;"
    "bank branch closures;bond market jitters;baby formula prices;reservoir construction;"
    "special needs transport;sports betting sponsorship;drink driving limit;"
    "alcohol minimum pricing;pension fund mergers;steel tariffs;sewage overflow fines;"
    "police recruitment drive;textile recycling mandates;empty homes tax;"
    "concert venue closures;unemployment claims data;central bank rate decision;"
    "local newspaper closures;first-time buyer schemes;planning appeal backlog;"
    "food bank demand;dementia diagnosis rates;school absence fines;museum free entry;"
    "data breach penalties;facial recognition cameras;smoking age increase;"
    "congestion charge zones;parking permit prices;dog attack laws;legal aid cuts;"
    "measles outbreak response").split(";")]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]
MODES = ["rewrite", "summary", "translation"]


def R(s):
    """Collapse the layout whitespace of a triple-quoted text into single spaces."""
    return " ".join(s.split())


def E(type_, severity, text, ref, occ=0):
    """An error whose span is `text` (occurrence `occ`) in the candidate."""
    return {"type": type_, "severity": severity, "text": text, "ref": ref, "occ": occ}


def O(severity, ref, after=None, before=None, occ=0):
    """An omission: empty span right after `after` (or right before `before`)."""
    return {"type": "omission", "severity": severity, "text": "", "ref": ref,
            "after": after, "before": before, "occ": occ}


def T(text, ref, occ=0):
    """A trap: faithful rewording `text` of reference wording `ref`."""
    return {"text": text, "ref": ref, "occ": occ}


CASES = []


def C(domain, mode, label, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "label": label,
                  "reference": R(reference), "candidate": R(candidate),
                  "errors": list(errors), "traps": list(traps)})


# ---------------------------------------------------------------- cases 1-10
C("drought hosepipe ban", "rewrite", "consistent",
  """Marlowe Water will introduce a temporary use ban, commonly known as a hosepipe ban,
  for about 1.4 million customers across the Ashcombe and Tellbridge districts from 8am on
  Friday 12 July, the company said on Tuesday. Reservoir levels in the region stand at 54 per
  cent of capacity, against a seasonal average of 78 per cent, after the driest spring
  recorded in the area since 1976. The ban prohibits the use of hosepipes to water gardens,
  wash cars or fill paddling pools. Customers who break the rules could face fines of up to
  £1,000. Chief executive Rosalind Petch said the company had "not taken this decision
  lightly" and expected the restrictions to remain in place until at least the end of
  September. Marlowe said it had cut leakage by 11 per cent over the past year.""",
  """From 8am on Friday 12 July, roughly 1.4 million Marlowe Water customers in Ashcombe and
  Tellbridge will be barred from using hosepipes to water gardens, wash cars or fill paddling
  pools, the company announced on Tuesday. The temporary use ban follows the area's driest
  spring since 1976, which has left reservoirs at 54 per cent of capacity, compared with a
  seasonal norm of 78 per cent. Anyone breaching the rules could be fined as much as £1,000.
  Rosalind Petch, Marlowe's chief executive, said the company had "not taken this decision
  lightly" and that she expected the curbs to stay in place until the end of September at
  the earliest. Over the past year, Marlowe said, it had reduced leakage by 11 per cent.""",
  traps=[T("roughly 1.4 million", "about 1.4 million"),
         T("a seasonal norm of 78 per cent", "a seasonal average of 78 per cent"),
         T("could be fined as much as £1,000", "could face fines of up to £1,000"),
         T("until the end of September at the earliest", "until at least the end of September"),
         T("reduced leakage by 11 per cent", "cut leakage by 11 per cent")])

C("egg shortages", "rewrite", "inconsistent",
  """Supermarkets in Dalvenia are limiting egg purchases to two boxes per customer after an
  outbreak of avian influenza forced the culling of around 3.2 million laying hens, the
  National Poultry Council said on Monday. The council estimates that egg supply has fallen
  by 18 per cent since January. Brannock Foods, the country's second-largest grocer, said
  the limit would apply in all 340 of its stores from Wednesday. Wholesale egg prices have
  risen by 41 per cent in six weeks, according to figures from the agriculture ministry.
  Council chair Imelda Sorrell said producers were restocking flocks but warned that supply
  was unlikely to return to normal before the autumn. Farmers whose birds were culled will
  receive compensation under a government scheme, though some have complained that payments
  are slow.""",
  """Shoppers in Dalvenia are being limited to two boxes of eggs each at supermarkets after
  bird flu led to the culling of about 2.3 million laying hens, the National Poultry Council
  said on Monday. The council estimates supply is down 18 per cent since January. Brannock
  Foods, the second-biggest grocer in the country, said the cap would apply across all 340
  of its shops from Wednesday. Wholesale egg prices have climbed 41 per cent, agriculture
  ministry figures show. Imelda Sorrell, who chairs the council, said producers were
  rebuilding their flocks but cautioned that supplies were unlikely to be back to normal
  before the autumn. Farmers who lost birds to the cull will be compensated through a
  government scheme, although some say the payments have been slow.""",
  errors=[E("number", "major", "2.3 million", "3.2 million"),
          O("major", "in six weeks", after="climbed 41 per cent")],
  traps=[T("the second-biggest grocer in the country", "the country's second-largest grocer"),
         T("rebuilding their flocks", "restocking flocks")])

C("chip factory subsidy", "summary", "inconsistent",
  """The government of Kestrelland has agreed to provide €2.4 billion in subsidies towards a
  semiconductor plant to be built by Norvane Microsystems near the port city of Halvik, the
  economy ministry announced on Thursday. The factory, which will cost an estimated €9.5
  billion in total, is expected to employ about 2,100 people when it reaches full production
  in 2029. Construction is due to begin next spring. Economy minister Tobias Wendell said the
  investment would "anchor advanced manufacturing in the north for a generation". The
  subsidy still requires approval from the European Commission under state aid rules.
  Opposition lawmakers questioned the cost per job, noting that the support amounts to more
  than €1.1 million for each position created. Norvane, which is headquartered in Lisbrook,
  currently operates two smaller plants abroad.""",
  """Kestrelland has agreed to give Norvane Microsystems €2.4 billion towards a €9.5 billion
  chip plant near Halvik, which is expected to employ around 1,200 people at full production
  in 2029. The aid still needs approval from the European Commission, and opposition
  lawmakers have questioned the cost per job.""",
  errors=[E("number", "major", "1,200", "2,100")],
  traps=[T("chip plant", "semiconductor plant"),
         T("still needs approval from the European Commission",
           "still requires approval from the European Commission")])

C("satellite broadband licence", "translation", "consistent",
  """The national telecommunications regulator, ANTEL-R, has granted Orbisat a ten-year
  licence to provide satellite broadband across the country, ending a review that lasted
  almost eighteen months. Under the terms of the licence, the company must offer connections
  of at least 50 megabits per second to 95 percent of rural households by the end of 2027.
  Orbisat, which is based in Valmora, plans to launch 24 low-orbit satellites over the next
  two years. The regulator's president, Carmen Iturbe, said the decision would 'close the
  digital gap between cities and mountain villages'. The licence fee was set at 38 million
  pesos. Two rival operators had objected to the application, arguing that the spectrum
  should have been auctioned.""",
  """Orbisat has been awarded a licence by ANTEL-R, the country's telecoms watchdog, allowing
  it to sell satellite internet nationwide for a decade. The ruling brings to a close a
  review that ran for nearly a year and a half. The licence obliges the Valmora-based company
  to provide speeds of no less than 50 Mbps to 95% of households in rural areas by the close
  of 2027. It intends to put 24 satellites into low orbit within the next two years.
  According to Carmen Iturbe, who heads the regulator, the decision will 'bridge the digital
  divide between the cities and the mountain villages'. Orbisat will pay 38 million pesos for
  the licence. Two competing operators had opposed the bid, saying the frequencies should
  have gone to auction.""",
  traps=[T("for a decade", "ten-year"),
         T("nearly a year and a half", "almost eighteen months"),
         T("no less than 50 Mbps", "at least 50 megabits per second"),
         T("95% of households in rural areas", "95 percent of rural households"),
         T("Two competing operators", "Two rival operators")])

C("milk price dispute", "rewrite", "consistent",
  """Dairy farmers in the Wexmoor region have called off a planned blockade of the Corran
  Dairies processing plant after the company agreed to raise the price it pays for milk by
  2.5 pence a litre from 1 March. The increase takes the standard price to 38.5 pence per
  litre. The Wexmoor Milk Producers' Association, which represents about 600 farms, had
  threatened to stop deliveries for 48 hours starting on Monday. Association secretary Gwen
  Alder said members had voted to accept the offer by a margin of roughly three to one, but
  described it as "a first step rather than a settlement". Corran said the rise reflected
  higher feed and energy costs and that it would review prices again in June. The company
  processes around 900 million litres of milk a year.""",
  """A blockade planned by Wexmoor dairy farmers at Corran Dairies' processing plant has been
  called off after the company agreed to pay 2.5p a litre more for milk from March 1,
  lifting its standard price to 38.5p per litre. The Wexmoor Milk Producers' Association,
  whose members include some 600 farms, had warned it would halt deliveries for two days
  from Monday. Members backed the offer by about three votes to one, according to
  association secretary Gwen Alder, though she called it "a first step rather than a
  settlement". Corran, which handles roughly 900 million litres of milk a year, said the
  increase reflected rising feed and energy costs, adding that it would review prices again
  in June.""",
  traps=[T("2.5p a litre more", "by 2.5 pence a litre"),
         T("from March 1", "from 1 March"),
         T("whose members include some 600 farms", "which represents about 600 farms"),
         T("for two days", "for 48 hours"),
         T("by about three votes to one", "by a margin of roughly three to one")])

C("ai copyright dispute", "rewrite", "inconsistent",
  """A group of 14 illustrators has filed a copyright lawsuit against Pellucid Labs, the
  developer of the image generator Vistra, accusing the company of training its software on
  their artwork without permission. The claim, lodged at the Ferncastle High Court on
  Wednesday, seeks damages of up to £8 million and an order requiring Pellucid to remove the
  works from its training data. Lead claimant Odile Marchetti said the artists had
  discovered their signatures appearing in images produced by the tool. Pellucid said it
  would "vigorously defend" the case and maintained that its use of publicly available
  images was lawful. Legal experts said the case could take up to two years to reach trial.
  A separate complaint by a photo agency against the company is pending.""",
  """Fourteen illustrators are suing Pellucid Labs, the company behind the Vistra image
  generator, claiming it trained the software on their artwork without their consent. In a
  claim lodged on Wednesday at the Ferncastle High Court, they are seeking up to £8 million
  in damages and an order forcing Pellucid to strip their works from its training data.
  Odile Marchetti, the lead claimant, said the artists had found their signatures showing up
  in images the tool produced. Pellucid said it would "vigorously defend" the action,
  insisting that its use of publicly available images was lawful. Legal experts said the
  case will take up to two years to come to trial. Pellucid has also lodged a separate
  complaint against a photo agency, which is still pending.""",
  errors=[E("modality", "minor", "will take up to two years", "could take up to two years"),
          E("role", "major", "Pellucid has also lodged a separate complaint against a photo agency",
            "complaint by a photo agency against the company")],
  traps=[T("the company behind the Vistra image generator",
           "the developer of the image generator Vistra"),
         T("without their consent", "without permission")])

C("gambling advert limits", "summary", "consistent",
  """The Gaming Standards Authority of Norland will ban gambling adverts on television between
  5.30am and 9pm from next January, under rules published on Monday. The authority said the
  watershed was intended to reduce children's exposure to betting promotions, which it said
  had nearly doubled in frequency since 2019. Operators will also be barred from using
  sports stars or social media influencers with a large under-18 following in their
  marketing. Breaches could lead to fines of up to 10 per cent of a company's annual
  turnover. The Betting Industry Forum, which represents 31 operators, said the measures were
  "disproportionate" and could push customers towards unlicensed sites. The authority's
  chief executive, Harriet Quill, said the rules would be reviewed after two years.
  Broadcasters estimate the restrictions could cost them around £90 million a year in lost
  revenue.""",
  """From next January, Norland's gambling regulator will prohibit TV betting adverts from
  5.30am to 9pm and stop operators using sports stars or influencers popular with under-18s,
  with fines of up to a tenth of annual turnover for breaches. An industry body called the
  rules disproportionate, and broadcasters put their potential cost at about £90 million a
  year.""",
  traps=[T("Norland's gambling regulator", "The Gaming Standards Authority of Norland"),
         T("prohibit TV betting adverts", "ban gambling adverts on television"),
         T("influencers popular with under-18s",
           "social media influencers with a large under-18 following"),
         T("up to a tenth of annual turnover", "up to 10 per cent of a company's annual turnover"),
         T("An industry body", "The Betting Industry Forum")])

C("funeral cost inquiry", "translation", "inconsistent",
  """The Competition Commission has opened an investigation into funeral prices after finding
  that the average cost of a basic funeral rose by 34 percent between 2018 and 2023, well
  above general inflation. The inquiry will examine whether the three largest funeral
  groups, which together handle about 45 percent of services, have been overcharging
  bereaved families. Commission chairman Anselm Varga said families were 'often in no
  position to shop around at a time of grief'. Consumer association Clarion welcomed the
  move, saying it had received more than 2,000 complaints last year. The Federation of
  Funeral Directors said rising costs for fuel, staff and cemetery fees explained most of the
  increase. The commission expects to publish provisional findings within nine months.""",
  """Funeral prices are under investigation by the Competition Commission, which found that a
  basic funeral cost on average 34 percent more in 2023 than in 2018, far outstripping
  overall inflation. The probe will look at whether the country's three biggest funeral
  companies, which between them conduct roughly 54 percent of funerals, have overcharged
  grieving families. 'At a time of grief, families are often in no position to compare
  prices,' said the consumer association Clarion, which welcomed the investigation and said
  it had received over 2,000 complaints last year. According to the Federation of Funeral
  Directors, higher fuel, staff and cemetery costs account for most of the rise. The
  commission expects its provisional findings to be published within nine months.""",
  errors=[E("number", "major", "54 percent", "45 percent"),
          E("attribution", "major", "said the consumer association Clarion",
            "Commission chairman Anselm Varga said")],
  traps=[T("34 percent more in 2023 than in 2018", "rose by 34 percent between 2018 and 2023"),
         T("over 2,000 complaints", "more than 2,000 complaints")])

C("bank branch closures", "rewrite", "consistent",
  """Calder & Roe Bank will close 63 of its branches over the next 12 months, the lender
  confirmed on Wednesday, leaving it with 212 sites nationwide. The bank said visits to the
  affected branches had fallen by an average of 58 per cent over five years as customers
  moved to mobile and online banking. Around 420 staff will be affected, although the bank
  said it expected most to be redeployed and that it did not plan compulsory redundancies.
  The first closures will take place in April. Consumer group FairAccess said the decision
  would hit elderly customers and small businesses hardest. The bank said it would introduce
  mobile banking vans in 15 towns and that customers could continue to use post offices for
  everyday transactions.""",
  """Calder & Roe Bank confirmed on Wednesday that it is shutting 63 branches within a year,
  cutting its network to 212 locations across the country. Footfall at the branches
  earmarked for closure has dropped by 58 per cent on average over five years as customers
  switch to banking on their phones and online, the lender said. The move will affect about
  420 employees, but the bank expects the majority to be found other roles and has no plans
  for compulsory job cuts. Closures will begin in April. Older customers and small firms will
  bear the brunt, according to consumer group FairAccess. The bank plans to deploy mobile
  banking vans in 15 towns and says everyday transactions can still be carried out at post
  offices.""",
  traps=[T("within a year", "over the next 12 months"),
         T("expects the majority to be found other roles", "expected most to be redeployed"),
         T("compulsory job cuts", "compulsory redundancies"),
         T("Older customers and small firms will bear the brunt",
           "would hit elderly customers and small businesses hardest")])

C("bond market jitters", "rewrite", "inconsistent",
  """Yields on Castellan government bonds rose sharply on Tuesday, with the ten-year yield
  climbing 22 basis points to 4.87 per cent, its highest level since 2011, after the finance
  ministry signalled that borrowing would overshoot its target this year. The ministry now
  expects to borrow 61 billion crowns, up from an earlier estimate of 48 billion. The
  currency fell 1.3 per cent against the euro. Analysts at Ridgeway Capital said investors
  were worried that the government had no credible plan to stabilise its debt. Finance
  minister Paulo Estrand said the increase was temporary and caused by lower-than-expected
  tax receipts. The central bank declined to comment on whether it would intervene in the
  bond market.""",
  """Castellan's government bond yields jumped on Tuesday after the finance ministry indicated
  that this year's borrowing would exceed its target, pushing the ten-year yield up 22 basis
  points to 4.87 per cent, the highest since 2011. The ministry now forecasts borrowing of 61
  billion crowns, compared with a previous estimate of 48 billion. The currency slid 1.3 per
  cent against the euro. Finance minister Paulo Estrand acknowledged that investors were
  worried the government had no credible plan to stabilise its debt, but said the increase
  in borrowing was temporary and the result of weaker-than-expected tax receipts. The central
  bank would not comment on whether it might intervene in the bond market.""",
  errors=[E("attribution", "major", "Finance minister Paulo Estrand acknowledged",
            "Analysts at Ridgeway Capital said")],
  traps=[T("the highest since 2011", "its highest level since 2011"),
         T("forecasts borrowing of 61 billion crowns", "expects to borrow 61 billion crowns"),
         T("weaker-than-expected tax receipts", "lower-than-expected tax receipts")])

# ---------------------------------------------------------------- cases 11-20
C("baby formula prices", "summary", "inconsistent",
  """The price of infant formula in Tavaria has risen by 27 per cent in two years, far faster
  than food inflation, according to a report published on Tuesday by the consumer watchdog
  Hollin Trust. The report found that the cheapest first-stage formula now costs an average
  of €11.40 per tin, and that some families were watering down feeds to make supplies last
  longer. Three manufacturers, Nutrilac, Bramwell Infant and Solenne, control about 90 per
  cent of the market. The trust called on the government to allow food banks to distribute
  formula and to require shops to display unit prices clearly. Health minister Ines Corvo
  said she would meet manufacturers next month to discuss prices. Nutrilac said its prices
  reflected higher costs for dairy ingredients and packaging.""",
  """Infant formula in Tavaria costs 27 per cent more than two years ago, according to a
  report by the consumer watchdog Nutrilac, which found some families were diluting feeds to
  make supplies last. The watchdog urged the government to let food banks hand out formula
  and to make shops display unit prices clearly. The health minister will meet manufacturers
  next month to discuss prices, which the government has promised to cap by the end of the
  year.""",
  errors=[E("entity", "major", "Nutrilac", "Hollin Trust"),
          E("addition", "major",
            "which the government has promised to cap by the end of the year", None)],
  traps=[T("costs 27 per cent more than two years ago", "has risen by 27 per cent in two years"),
         T("diluting feeds", "watering down feeds")])

C("reservoir construction", "translation", "consistent",
  """Work has begun on the Alto Serrano reservoir, the first large reservoir to be built in
  the province in more than forty years, the regional water agency announced on Monday. The
  dam, 62 metres high, will hold up to 85 million cubic metres of water and is due to be
  completed in 2030. The project is expected to cost 410 million euros, of which the European
  Union will contribute around a third. About 120 residents of the village of Pradolargo will
  have to be relocated before the valley is flooded; the agency said all of them had accepted
  compensation. Environmental groups have criticised the scheme, arguing that repairing
  leaking pipes would save more water. The agency's director, Lucía Ferrán, said the
  reservoir would secure supplies for 600,000 people during droughts.""",
  """The regional water agency said on Monday that construction had started on the Alto
  Serrano reservoir, the province's first major reservoir in over four decades. Its 62-metre
  dam will be able to store as much as 85 million cubic metres and is scheduled for
  completion in 2030. The estimated cost is 410 million euros, roughly one third of which
  will come from the European Union. Before the valley is flooded, around 120 people living
  in Pradolargo will need to move; every one of them has accepted compensation, according to
  the agency. Environmental organisations have attacked the project, saying that fixing leaky
  pipes would save more water. Lucía Ferrán, the agency's director, said the reservoir would
  guarantee water for 600,000 people in times of drought.""",
  traps=[T("in over four decades", "in more than forty years"),
         T("as much as 85 million cubic metres", "up to 85 million cubic metres"),
         T("roughly one third of which will come from the European Union",
           "of which the European Union will contribute around a third"),
         T("around 120 people living in Pradolargo",
           "About 120 residents of the village of Pradolargo"),
         T("Environmental organisations", "Environmental groups")])

C("special needs transport", "rewrite", "consistent",
  """Brackley County Council has approved an extra £3.6 million to fund school transport for
  children with special educational needs, after the number of eligible pupils rose by 22 per
  cent in three years. The money will pay for 40 additional minibus routes from September and
  for the recruitment of 55 passenger assistants. Councillor Meera Dhanoa, cabinet member for
  education, said some children had been travelling for more than 90 minutes each way because
  routes had been merged to save money. Parents' group Fair Journeys said the funding was
  welcome but overdue. The council's total spending on special needs transport will reach
  £19.2 million this year, roughly double the figure for 2019. Officials said they would
  also trial travel training for older pupils who are able to use public transport.""",
  """An additional £3.6m for school transport for pupils with special educational needs has
  been signed off by Brackley County Council, following a 22 per cent rise in the number of
  eligible children over three years. From September, the funding will cover 40 extra
  minibus routes and the hiring of 55 passenger assistants. Because routes had been combined
  to cut costs, some children had faced journeys of over an hour and a half in each
  direction, said Meera Dhanoa, the cabinet member for education. Fair Journeys, a parents'
  group, welcomed the money but said it should have come sooner. This year the council will
  spend £19.2m in total on special needs transport, around twice what it spent in 2019.
  Travel training will also be trialled for older pupils capable of using public transport,
  officials said.""",
  traps=[T("£3.6m", "£3.6 million"),
         T("journeys of over an hour and a half in each direction",
           "travelling for more than 90 minutes each way"),
         T("welcomed the money but said it should have come sooner",
           "said the funding was welcome but overdue"),
         T("around twice what it spent in 2019", "roughly double the figure for 2019")])

C("sports betting sponsorship", "rewrite", "inconsistent",
  """Premier division football club Harwick Rovers has signed a three-year shirt sponsorship
  deal with the online bookmaker BetLantern worth a reported £7.5 million a season, the club
  announced on 3 June. The agreement, which begins with the 2025-26 season, replaces the
  club's previous sponsor, the car dealership Orvell Motors. It comes despite a voluntary
  pledge by top-flight clubs to remove gambling logos from the front of shirts by the end of
  the 2026-27 season. Harwick's chief executive, Daniel Forsyth, said the deal would be
  reviewed if the ban came into force early. Campaign group Clean Shirts said the decision
  showed that voluntary measures were not working. BetLantern's logo will also appear on the
  club's training kit and stadium advertising boards.""",
  """Harwick Rovers, who play in the premier division, have agreed a three-year shirt
  sponsorship with online bookmaker BetLantern reportedly worth £7.5m per season, the club
  said on 3 June. Starting from the 2025-26 season, the deal replaces the club's previous
  sponsor, car dealer Orvell Motors. It comes even though top-flight clubs have voluntarily
  pledged to take gambling logos off the front of their shirts by the end of the 2025-26
  season. BetLantern chief executive Daniel Forsyth said the agreement would be reviewed
  should the ban be brought forward. Clean Shirts, a campaign group, said the move proved
  that voluntary measures were failing. The bookmaker's logo will also be displayed on the
  club's training kit and on advertising boards around the stadium.""",
  errors=[E("date", "major", "2025-26", "2026-27", occ=1),
          E("entity", "major", "BetLantern chief executive", "Harwick's chief executive")],
  traps=[T("£7.5m per season", "£7.5 million a season"),
         T("should the ban be brought forward", "if the ban came into force early")])

C("drink driving limit", "summary", "consistent",
  """The government of Eastmarch will lower the legal drink-driving limit from 80mg to 50mg of
  alcohol per 100ml of blood from 1 December, transport minister Clive Harrow told parliament
  on Wednesday. The change would bring Eastmarch into line with most of its neighbours.
  Ministers estimate that the lower limit could prevent around 25 deaths and 90 serious
  injuries a year. Drivers who have held a licence for less than two years will face a
  stricter limit of 20mg. Police will also be given powers to carry out random breath tests
  at checkpoints, which they currently need a reason to conduct. The Licensed Venues
  Association warned that rural pubs could lose trade, while road safety charity Safe Home
  called the move "long overdue".""",
  """Eastmarch will cut its drink-drive limit from 80mg to 50mg per 100ml of blood on 1
  December, with a tighter 20mg limit for drivers licensed for under two years and new
  police powers to carry out random breath tests at checkpoints. Ministers say the change
  could avert roughly 25 deaths and 90 serious injuries annually.""",
  traps=[T("cut its drink-drive limit", "lower the legal drink-driving limit"),
         T("a tighter 20mg limit", "a stricter limit of 20mg"),
         T("drivers licensed for under two years",
           "Drivers who have held a licence for less than two years"),
         T("could avert roughly 25 deaths and 90 serious injuries annually",
           "could prevent around 25 deaths and 90 serious injuries a year")])

C("alcohol minimum pricing", "translation", "inconsistent",
  """The Senate approved on Thursday a law introducing a minimum price of 0.65 euros per unit
  of alcohol, making the country the third in Europe to adopt such a measure. The law, which
  passed by 112 votes to 87, will take effect in January 2026 and will be evaluated after
  five years. Health minister Sofia Leandri said the measure targeted cheap, high-strength
  drinks consumed by the heaviest drinkers and would not significantly affect moderate
  consumers. According to government estimates, it could reduce alcohol-related hospital
  admissions by 9 percent. Supermarket chains criticised the law, saying it would penalise
  low-income households. Wine producers had secured an exemption for sales made directly at
  vineyards.""",
  """On Thursday the Senate passed legislation setting a minimum price of €0.65 per alcohol
  unit, which makes the country the third European nation to take this step. Adopted with
  112 votes in favour and 87 against, the law comes into force in January 2026. According to
  Health Minister Sofia Leandri, the measure is aimed at the cheap, strong drinks consumed by
  the heaviest drinkers and would also significantly affect moderate consumers. Government
  estimates suggest it could cut alcohol-related hospital admissions by 9%. Supermarket
  chains attacked the law, arguing that it would hurt low-income households. Wine producers
  had obtained an exemption for sales made directly at the vineyard.""",
  errors=[O("major", "will be evaluated after five years", after="in January 2026"),
          E("polarity", "critical", "would also significantly affect moderate consumers",
            "would not significantly affect moderate consumers")],
  traps=[T("€0.65 per alcohol unit", "0.65 euros per unit of alcohol"),
         T("112 votes in favour and 87 against", "by 112 votes to 87"),
         T("cut alcohol-related hospital admissions by 9%",
           "reduce alcohol-related hospital admissions by 9 percent")])

C("pension fund mergers", "rewrite", "consistent",
  """Four local government pension funds in the Severn Vale region will merge into a single
  scheme managing about £38 billion of assets, making it one of the largest public pension
  pools in the country. The new body, to be called Vale Pensions Partnership, will look after
  the retirement savings of roughly 410,000 current and former council employees. The merger
  is expected to be completed by April 2027 and could save about £45 million a year in fees,
  according to a business case approved by the four funds' boards on Monday. Members'
  pension benefits will not change as a result. Interim chair Gordon Atherley said the larger
  fund would be able to invest more in infrastructure and housing. Officials at the union
  Civic Workers United said they would be seeking guarantees on jobs.""",
  """A single pension scheme with roughly £38bn in assets, one of the biggest public pension
  pools nationally, will be created by merging four local government funds in the Severn Vale
  region. Named Vale Pensions Partnership, it will manage the retirement savings of some
  410,000 serving and former council staff. According to a business case signed off by the
  boards of the four funds on Monday, the merger is likely to be finished by April 2027 and
  could cut fees by around £45m annually. Members' pension benefits will be unaffected. The
  enlarged fund would be able to invest more in infrastructure and housing, said interim
  chair Gordon Atherley. Officials at the union Civic Workers United said they would seek
  assurances about jobs.""",
  traps=[T("roughly £38bn", "about £38 billion"),
         T("some 410,000 serving and former council staff",
           "roughly 410,000 current and former council employees"),
         T("is likely to be finished", "is expected to be completed"),
         T("could cut fees by around £45m annually", "could save about £45 million a year in fees"),
         T("will be unaffected", "will not change as a result")])

C("steel tariffs", "rewrite", "inconsistent",
  """The government of Norland will impose a 25 per cent tariff on imported steel products
  from 1 August, trade secretary Amira Lowe announced on Thursday, in response to what she
  called a surge of cheap imports. Steel imports rose by 37 per cent last year to 4.1 million
  tonnes. The tariff will apply to flat-rolled and coated steel but will not cover stainless
  steel or products from countries with which Norland has a free trade agreement. Hartpool
  Steel, the country's largest producer, welcomed the decision and said it would allow the
  company to reopen a blast furnace mothballed in 2023. Car manufacturers warned the tariff
  would raise production costs. The measure will last for three years and will be reviewed
  annually.""",
  """Imported steel products will face a 25 per cent tariff from 1 August, Norland's trade
  secretary Amira Lowe said on Thursday, describing the move as a response to a flood of cheap
  imports. Last year steel imports jumped 73 per cent to 4.1 million tonnes. The levy will
  apply to flat-rolled and coated steel as well as stainless steel, but not to goods from
  countries that have a free trade agreement with Norland. Hartpool Steel, the largest
  producer in the country, welcomed the tariff, saying it would allow the company to reopen a
  blast furnace that was mothballed in 2023. Carmakers cautioned that their production costs
  would rise. The tariff will be in place for three years, with annual reviews.""",
  errors=[E("number", "major", "73 per cent", "37 per cent"),
          E("polarity", "major", "as well as stainless steel", "will not cover stainless steel")],
  traps=[T("a flood of cheap imports", "a surge of cheap imports"),
         T("with annual reviews", "will be reviewed annually")])

C("sewage overflow fines", "summary", "inconsistent",
  """Ribblemere Water has been fined £14.2 million for illegally discharging untreated sewage
  into rivers and coastal waters on more than 2,400 occasions between 2019 and 2022, the
  Environment Regulation Office said on Friday. It is the largest penalty ever imposed on a
  water company in the region. Investigators found that the company had failed to maintain
  pumps at 31 treatment works, causing overflows even in dry weather. The company, which
  serves 2.7 million people, must also pay £1.8 million towards river restoration projects.
  Chief executive Martin Voss apologised and said Ribblemere had increased its investment in
  sewage infrastructure to £600 million over five years. Campaigners said the fine amounted
  to less than two weeks of the company's profits.""",
  """Ribblemere Water has been fined £14.2 million, the region's biggest ever penalty for a
  water company, for more than 2,400 illegal discharges of untreated sewage between 2019 and
  2022, after investigators found it had failed to maintain pumps at 31 treatment works. It
  must also contribute £1.8 million to river restoration. Ribblemere Water has been fined
  £14.2 million. Campaigners said the fine was less than two weeks of the company's
  profits.""",
  errors=[E("repetition", "minor", "Ribblemere Water has been fined £14.2 million", None, occ=1)],
  traps=[T("the region's biggest ever penalty for a water company",
           "the largest penalty ever imposed on a water company in the region"),
         T("contribute £1.8 million to river restoration",
           "pay £1.8 million towards river restoration projects")])

C("police recruitment drive", "translation", "consistent",
  """The Interior Ministry has launched a campaign to recruit 4,500 new police officers by the
  end of next year, Minister Hanne Kjeldsen announced at a press conference in the capital on
  Tuesday. The drive aims to reverse a decline in staffing that has left some rural districts
  with only one patrol car per night. Applicants will no longer be required to have
  completed upper secondary school if they have at least three years of work experience. The
  starting salary will be raised by 8 percent to attract younger candidates. The police union
  welcomed the plan but said that more officers were leaving the force each year than were
  being trained. The campaign will cost an estimated 210 million kroner, the ministry
  said.""",
  """Speaking at a press conference in the capital on Tuesday, Interior Minister Hanne
  Kjeldsen unveiled a campaign to hire 4,500 new police officers by the end of next year. The
  aim is to reverse falling staff numbers, which have left certain rural districts with just
  a single patrol car at night. Candidates with a minimum of three years' work experience
  will no longer need to have finished upper secondary education. To draw in younger
  recruits, starting pay will go up by 8 percent. While welcoming the plan, the police union
  said more officers were quitting the force every year than were being trained. According
  to the ministry, the campaign is expected to cost around 210 million kroner.""",
  traps=[T("just a single patrol car at night", "only one patrol car per night"),
         T("a minimum of three years' work experience", "at least three years of work experience"),
         T("starting pay will go up by 8 percent", "The starting salary will be raised by 8 percent"),
         T("is expected to cost around 210 million kroner",
           "will cost an estimated 210 million kroner")])

# ---------------------------------------------------------------- cases 21-30
C("textile recycling mandates", "rewrite", "consistent",
  """Clothing retailers with annual sales of more than £10 million will be required to collect
  and recycle used garments under rules announced by the environment department on Monday.
  From 2027, affected companies must take back unwanted clothing in their stores and ensure
  that at least 30 per cent of what they collect is recycled rather than sent to landfill or
  incinerated, rising to 50 per cent by 2032. Firms that miss the targets could be fined up
  to £250,000. The department estimates that households throw away about 310,000 tonnes of
  textiles each year. Environment minister Rhiannon Ashby said fashion brands must "take
  responsibility for the full life of the products they sell". Retail trade body ShopFront
  said smaller chains would need support to meet the rules.""",
  """Under rules unveiled by the environment department on Monday, clothing retailers turning
  over more than £10m a year will have to collect and recycle used garments. From 2027 the
  companies concerned must take back unwanted clothes in store and make sure that no less
  than 30 per cent of the items they collect is recycled instead of being landfilled or
  burned, with the threshold rising to half by 2032. Businesses that fall short of the
  targets could face fines of as much as £250,000. Roughly 310,000 tonnes of textiles are
  thrown away by households every year, according to the department's estimates. Fashion
  brands must "take responsibility for the full life of the products they sell", said
  environment minister Rhiannon Ashby. ShopFront, which represents retailers, said smaller
  chains would need help to comply.""",
  traps=[T("turning over more than £10m a year", "with annual sales of more than £10 million"),
         T("no less than 30 per cent", "at least 30 per cent"),
         T("landfilled or burned", "sent to landfill or incinerated"),
         T("rising to half by 2032", "rising to 50 per cent by 2032"),
         T("Roughly 310,000 tonnes", "about 310,000 tonnes")])

C("empty homes tax", "rewrite", "inconsistent",
  """Councils will be allowed to charge owners of homes that have been empty for more than a
  year up to three times the standard council tax, under legislation that passed its final
  parliamentary stage on Tuesday. The current maximum premium applies only to properties
  left empty for at least two years. About 260,000 homes in the country are classed as
  long-term empty, according to official figures. Housing minister Patrick Oyelaran said the
  change would encourage owners to bring properties back into use. Homes that are being
  actively marketed for sale or rent will be exempt for up to 12 months. The Residential
  Landlords Federation said the policy risked penalising owners of inherited homes who were
  struggling to sell.""",
  """Owners of properties that have stood empty for over a year can be charged up to triple
  the standard council tax by their local council, under legislation that cleared its last
  stage in parliament on Tuesday. At present, the maximum premium can only be levied on homes
  that have been vacant for two years or more. Official figures show about 260,000 homes
  nationally are classed as long-term empty. The change would encourage owners to bring
  properties back into use, said housing minister Patrick Oyelaran. Properties being actively
  marketed for sale or rent will be exempt. The Residential Landlords Federation warned that
  the policy could penalise people who had inherited homes and were struggling to sell
  them.""",
  errors=[O("major", "for up to 12 months", after="will be exempt")],
  traps=[T("for over a year", "for more than a year"),
         T("up to triple the standard council tax", "up to three times the standard council tax"),
         T("for two years or more", "for at least two years")])

C("concert venue closures", "summary", "consistent",
  """Thirty-eight small music venues closed across Varenland last year, roughly one in eight
  of the total, according to an annual survey by the Grassroots Stages Trust published on
  Wednesday. The trust said rising energy bills, rent increases and falling audience numbers
  after 10pm were the main causes. Venues with a capacity of under 350 were hardest hit, with
  average profit margins falling to 0.7 per cent. The trust is calling for a levy of £1 on
  every ticket sold for arena and stadium concerts, with the money going to smaller venues.
  Several leading promoters have said they would support such a scheme on a voluntary basis.
  Culture minister Alina Rusk said the government was "looking closely" at the proposal but
  made no commitment.""",
  """About an eighth of Varenland's small music venues, 38 in all, shut last year, the
  Grassroots Stages Trust found, blaming higher energy bills and rents and smaller crowds
  after 10pm. It wants a £1 levy on arena and stadium concert tickets to fund smaller venues;
  the culture minister says the government is considering the idea but has made no
  commitment.""",
  traps=[T("About an eighth of", "roughly one in eight of the total"),
         T("shut", "closed"),
         T("higher energy bills", "rising energy bills"),
         T("is considering the idea", "was \"looking closely\" at the proposal")])

C("unemployment claims data", "translation", "inconsistent",
  """The number of people registered as unemployed fell by 41,200 in March to 2.87 million,
  the lowest level since 2008, the Federal Employment Office reported on Thursday in
  Neustadt. The unemployment rate dropped to 5.9 percent from 6.1 percent in February. The
  decline was driven mainly by construction and tourism, which hired seasonal workers earlier
  than usual thanks to mild weather. Office president Rainer Vosskamp cautioned that industry
  continued to shed jobs, particularly in the car supplier sector. Economists surveyed by the
  news agency DPN had expected a smaller fall of around 25,000. The number of job vacancies,
  however, was 6 percent lower than a year earlier.""",
  """Registered unemployment fell by 41,200 in March to 2.87 million, its lowest point since
  2018, according to figures released by the Federal Statistics Office in Neustadt on
  Thursday. The jobless rate went down to 5.9 percent, compared with 6.1 percent in February.
  Construction and tourism accounted for most of the drop, as the mild weather allowed them to
  take on seasonal staff sooner than usual. Rainer Vosskamp, who heads the office, warned
  that industry was still cutting jobs, especially among car parts suppliers. Economists
  polled by the DPN news agency had forecast a smaller decline of about 25,000. Job
  vacancies, on the other hand, were down 6 percent year on year.""",
  errors=[E("date", "major", "2018", "2008"),
          E("entity", "major", "Federal Statistics Office", "Federal Employment Office")],
  traps=[T("especially among car parts suppliers", "particularly in the car supplier sector"),
         T("Economists polled", "Economists surveyed"),
         T("down 6 percent year on year", "6 percent lower than a year earlier")])

C("central bank rate decision", "rewrite", "consistent",
  """The Bank of Meridia held its benchmark interest rate at 4.25 per cent on Thursday, as
  expected, but signalled that it could begin cutting borrowing costs as early as June. The
  monetary policy committee voted seven to two to keep rates on hold, with the two dissenting
  members favouring an immediate quarter-point cut. Inflation slowed to 2.9 per cent in March
  from 3.4 per cent in February, moving closer to the bank's 2 per cent target. Governor
  Helena Strask said the committee needed "a little more evidence" that price pressures were
  easing before acting. The bank also lowered its growth forecast for this year to 0.8 per
  cent from 1.1 per cent. The Meridian pound rose slightly after the announcement.""",
  """The Bank of Meridia left its key interest rate unchanged at 4.25 per cent on Thursday, in
  line with expectations, while indicating that it could start lowering borrowing costs as
  soon as June. Seven members of the monetary policy committee voted to keep rates on hold
  and two voted for an immediate cut of a quarter of a percentage point. Inflation eased to
  2.9 per cent in March, down from 3.4 per cent a month earlier, edging closer to the bank's
  2 per cent target. Before acting, the committee needed "a little more evidence" that price
  pressures were easing, said governor Helena Strask. The bank also trimmed its forecast for
  growth this year from 1.1 per cent to 0.8 per cent. After the announcement, the Meridian
  pound edged up.""",
  traps=[T("left its key interest rate unchanged", "held its benchmark interest rate"),
         T("in line with expectations", "as expected"),
         T("cut of a quarter of a percentage point", "quarter-point cut"),
         T("a month earlier", "in February"),
         T("edged up", "rose slightly")])

C("local newspaper closures", "rewrite", "inconsistent",
  """Harrowgate Media will close nine of its local weekly newspapers at the end of the month
  and merge four others into two regional titles, the publisher said on Monday. About 70
  journalists and production staff will lose their jobs. The company, which owns 46 titles,
  blamed a 23 per cent fall in print advertising revenue over two years and rising paper
  costs. The closures include the Linford Gazette, which was founded in 1871. Editorial
  director Fiona Kettering said the group would continue to cover the affected towns through
  its websites. The National Union of Reporters said the cuts would leave several
  communities without dedicated local news coverage and called on the government to offer
  tax relief to local publishers.""",
  """The publisher Harrowgate Media announced on Monday that it will shut nine of its local
  weekly papers at the end of the month and combine four more into two regional titles. Some
  70 journalists and production workers will be made redundant. The group, which owns 46
  titles, pointed to a 23 per cent drop in print advertising income over two years, as well
  as higher paper costs. The Linford Gazette, founded in 1871, is among the papers being
  merged. Fiona Kettering, the editorial director, said the affected towns would still be
  covered through the group's websites. Some 70 journalists and production workers will be
  made redundant. The National Union of Reporters warned that several communities would be
  left without dedicated local news coverage and urged the government to give local
  publishers tax relief.""",
  errors=[E("event", "major", "is among the papers being merged", "The closures include"),
          E("repetition", "minor",
            "Some 70 journalists and production workers will be made redundant", None, occ=1)],
  traps=[T("combine four more into two regional titles",
           "merge four others into two regional titles"),
         T("a 23 per cent drop in print advertising income",
           "a 23 per cent fall in print advertising revenue")])

C("first-time buyer schemes", "summary", "inconsistent",
  """The government of Ostland will guarantee mortgages of up to 95 per cent of a property's
  value for first-time buyers from July, housing minister Daria Lenk announced on Sunday.
  Under the scheme, the state will cover lenders against losses on the portion of the loan
  above 80 per cent. It will apply to homes costing up to 450,000 crowns and is expected to
  help about 30,000 buyers a year. Five major banks, including Ostbank and Crestline, have
  agreed to take part. Lenk said young people were being "locked out" of ownership because
  they could not save large deposits while paying high rents. Economists at the Fiscal
  Council warned that the scheme could push up house prices if the supply of homes did not
  increase.""",
  """From July, Ostland will guarantee first-time buyers' mortgages of up to 95 per cent of a
  home's value on properties costing up to 450,000 crowns, with lenders covering the state
  against losses on the portion of the loan above 80 per cent. Five major banks have signed
  up, but economists at the Fiscal Council warned the scheme could push up house prices if
  housing supply does not increase.""",
  errors=[E("role", "major", "lenders covering the state",
            "the state will cover lenders")],
  traps=[T("signed up", "agreed to take part")])

C("planning appeal backlog", "translation", "consistent",
  """The backlog of planning appeals awaiting a decision has reached 14,300 cases, the highest
  figure ever recorded, according to the annual report of the Planning Appeals Tribunal
  published on Wednesday. Applicants now wait an average of 47 weeks for a ruling, compared
  with 30 weeks three years ago. The tribunal attributes the delays mainly to a shortage of
  inspectors: it currently employs 212, while its budget would allow for 260. Almost two
  thirds of pending appeals concern housing projects. The Minister for Territorial Planning,
  Ana Roussel, said she would present a plan next month to simplify procedures for small
  projects. Builders' federation Batinor estimates that the delays are holding up the
  construction of around 40,000 homes.""",
  """According to the Planning Appeals Tribunal's annual report, released on Wednesday, 14,300
  planning appeals are waiting to be decided, a record backlog. The average wait for a
  ruling is now 47 weeks, against 30 weeks three years earlier. The tribunal puts the delays
  down chiefly to a lack of inspectors, of whom it has 212 at present, although its budget
  would cover 260. Close to two in three outstanding appeals relate to housing schemes. Ana
  Roussel, the minister responsible for territorial planning, said she would put forward a
  plan next month to make procedures simpler for small projects. The builders' federation
  Batinor reckons the delays are stalling the construction of some 40,000 homes.""",
  traps=[T("a record backlog", "the highest figure ever recorded"),
         T("against 30 weeks three years earlier", "compared with 30 weeks three years ago"),
         T("a lack of inspectors", "a shortage of inspectors"),
         T("Close to two in three", "Almost two thirds"),
         T("some 40,000 homes", "around 40,000 homes")])

C("food bank demand", "rewrite", "consistent",
  """Food banks run by the charity Harvest Share handed out 1.9 million emergency parcels in
  the year to March, up 16 per cent on the previous year and more than double the number
  five years ago, the charity said on Tuesday. More than a third of the parcels went to
  households with children. For the first time, working families made up the largest single
  group of people referred, accounting for 29 per cent. The charity, which operates 420 food
  banks, said donations had failed to keep pace with demand and that some centres had been
  forced to reduce the size of parcels. Chief executive Joanna Pell urged ministers to raise
  benefit levels in line with the cost of essentials. A government spokesperson said support
  worth £2.5 billion had been made available to struggling households.""",
  """Harvest Share's food banks distributed 1.9 million emergency parcels in the 12 months to
  March, a 16 per cent increase year on year and over twice as many as five years earlier,
  the charity said on Tuesday. Households with children received more than a third of the
  parcels. Working families were, for the first time, the biggest single group among those
  referred, at 29 per cent. The charity, which runs 420 food banks, said donations had not
  kept pace with demand and that some centres had been forced to cut the size of parcels.
  Joanna Pell, the chief executive, called on ministers to increase benefit levels in line
  with the cost of essentials. A government spokesperson said £2.5bn of support had been
  made available to households that were struggling.""",
  traps=[T("in the 12 months to March", "in the year to March"),
         T("a 16 per cent increase year on year", "up 16 per cent on the previous year"),
         T("over twice as many as five years earlier", "more than double the number five years ago"),
         T("the biggest single group", "the largest single group"),
         T("£2.5bn of support", "support worth £2.5 billion")])

C("dementia diagnosis rates", "rewrite", "inconsistent",
  """Only 58 per cent of people estimated to be living with dementia in the Northvale health
  region have received a formal diagnosis, well below the national target of 67 per cent,
  according to figures published on Thursday by the regional health board. The board said
  long waiting lists at memory clinics, where the average wait for an assessment is now 23
  weeks, were a key factor. It plans to open two new assessment centres next year and may
  allow GPs to diagnose straightforward cases without a specialist referral. Dr Samuel
  Okafor, the board's clinical lead for older people, said an early diagnosis gave families
  time to plan and access support. The charity Memory Matters said thousands of people were
  'living in limbo'.""",
  """Just 58 per cent of people thought to have dementia in the Northvale health region have
  been formally diagnosed, far short of the 67 per cent national target, according to figures
  the regional health board published on Thursday. Long waiting lists at memory clinics,
  where people now wait 23 weeks on average to be assessed, were a key factor, the board
  said. It plans to open two new assessment centres next year, which it expects to halve
  waiting times, and GPs will be allowed to diagnose straightforward cases without referring
  patients to a specialist. An early diagnosis gives families time to plan and get support,
  said Dr Samuel Okafor, the board's clinical lead for older people. Thousands of people
  were "living in limbo", according to the charity Memory Matters.""",
  errors=[E("addition", "major", "which it expects to halve waiting times", None),
          E("modality", "major", "GPs will be allowed to diagnose", "may allow GPs to diagnose")],
  traps=[T("thought to have dementia", "estimated to be living with dementia"),
         T("far short of the 67 per cent national target",
           "well below the national target of 67 per cent")])

# ---------------------------------------------------------------- cases 31-40
C("school absence fines", "summary", "consistent",
  """Parents in Westbury who take their children out of school for unauthorised holidays will
  face fines of £80 per child per parent from September, up from £60, the regional education
  authority announced on Monday. The fine will double to £160 if it is not paid within 21
  days. A second fine within three years will be charged at the higher rate immediately, and
  a third offence may lead to prosecution. The authority said 38,000 fines were issued in
  the region last year, a record. Head teachers' association chair Ruth Calloway said
  persistent absence had not returned to pre-pandemic levels. Parent campaign group Term
  Time Fair said the fines punished families who could not afford holidays during school
  breaks.""",
  """From September, parents in Westbury will be fined £80 per parent for each child taken out
  of school on an unauthorised holiday, up from £60, with the amount doubling if unpaid
  after 21 days. A second fine within three years will be charged at the higher rate
  straight away, and a third offence could lead to prosecution. A record 38,000 fines were
  issued in the region last year.""",
  traps=[T("£80 per parent for each child", "£80 per child per parent"),
         T("doubling if unpaid after 21 days",
           "will double to £160 if it is not paid within 21 days"),
         T("straight away", "immediately"),
         T("could lead to prosecution", "may lead to prosecution"),
         T("A record 38,000 fines", "38,000 fines were issued in the region last year, a record")])

C("museum free entry", "translation", "inconsistent",
  """From 1 April, entry to the permanent collections of the city's eleven municipal museums
  will be free for all visitors on the first Sunday of every month, the city council decided
  on Tuesday. Currently, free entry is reserved for residents under 26 and over 65. The
  council estimates the measure will cost about 1.2 million euros a year in lost ticket
  revenue, which will be partly offset by a new sponsorship agreement with the energy company
  Voltera. Temporary exhibitions will remain subject to a charge. Culture councillor Marta
  Benedetti said the aim was to bring in families who rarely visit museums. Museum staff
  unions expressed concern about crowd management and called for additional guards on free
  days.""",
  """Starting on 1 April, anyone will be able to see the permanent collections of the eleven
  city-run museums free of charge on the first Sunday of each month, following a decision by
  the city council on Tuesday. At present, only residents aged under 26 or over 65 get in
  free. By the council's estimate, the lost ticket income will amount to around 1.2 million
  euros a year, to be partly made up by a new sponsorship deal with the energy firm Voltera.
  Temporary exhibitions will be closed on those days. According to culture councillor Marta
  Benedetti, the goal is to attract families who seldom go to museums. Unions representing
  museum staff voiced worries about managing crowds and asked for more guards on the free
  days.""",
  errors=[E("event", "major", "will be closed on those days", "will remain subject to a charge")],
  traps=[T("city-run museums", "municipal museums"),
         T("the lost ticket income will amount to around 1.2 million euros a year",
           "will cost about 1.2 million euros a year in lost ticket revenue"),
         T("seldom go to museums", "rarely visit museums")])

C("data breach penalties", "rewrite", "consistent",
  """The Information Rights Commission has fined the insurer Castleford Mutual £4.6 million
  after hackers accessed the personal data of about 780,000 customers in a cyber attack in
  October 2023. The commission found that the company had failed to apply a security update
  for 14 months despite being warned about the vulnerability by its own IT staff. Stolen data
  included names, addresses, dates of birth and, for some 92,000 customers, bank account
  details. The fine was reduced from an initial £6.1 million after the company cooperated
  with the investigation and offered customers free credit monitoring. Castleford said it
  accepted the findings and had since overhauled its systems. The commission's deputy head,
  Lena Marsh, said companies holding sensitive data "cannot treat security as optional".""",
  """Insurer Castleford Mutual has been fined £4.6m by the Information Rights Commission over an
  October 2023 cyber attack in which hackers accessed personal data belonging to roughly
  780,000 customers. According to the commission, the company went 14 months without
  installing a security update, even though its own IT staff had warned it about the
  weakness. Names, addresses and dates of birth were among the data stolen, along with bank
  account details for around 92,000 customers. The penalty had originally been set at £6.1m
  but was cut after the insurer cooperated with the investigation and offered customers free
  credit monitoring. Castleford said it accepted the findings and had overhauled its systems
  since. Companies that hold sensitive data "cannot treat security as optional", said Lena
  Marsh, the commission's deputy head.""",
  traps=[T("£4.6m", "£4.6 million"),
         T("roughly 780,000", "about 780,000"),
         T("went 14 months without installing a security update",
           "had failed to apply a security update for 14 months"),
         T("around 92,000 customers", "some 92,000 customers"),
         T("The penalty had originally been set at £6.1m but was cut",
           "The fine was reduced from an initial £6.1 million")])

C("facial recognition cameras", "rewrite", "inconsistent",
  """Police in Corringham will begin using live facial recognition cameras in the city centre
  from 14 October, the force confirmed on Friday, despite objections from civil liberties
  groups. The cameras will be deployed on up to three days a week at busy shopping areas and
  transport hubs and will compare faces against a watchlist of around 2,000 people wanted for
  serious offences. Images of people who do not match will be deleted immediately, the force
  said. Assistant Chief Constable Neil Brannagh said a six-month pilot in 2023 had led to 41
  arrests. Campaign group Open Streets said the technology was intrusive and had a record of
  misidentifying people from ethnic minorities. The force's use of the cameras will be
  reviewed by an independent ethics panel after a year.""",
  """Corringham police confirmed on Friday that they will start using live facial recognition
  cameras in the city centre from October 14, in spite of objections from civil liberties
  groups. On up to three days a week, the cameras will be set up in busy shopping areas and
  at transport hubs, checking faces against a watchlist of about 2,000 people wanted for
  serious offences. The force said images of anyone who is not a match will be erased
  straight away. According to Assistant Chief Constable Neil Brannagh, a six-month pilot in
  2022 had led to 41 arrests. Open Streets, a campaign group, described the technology as
  intrusive and said it had a history of wrongly identifying people from ethnic minorities.
  After a year, an independent ethics panel will review the force's use of the cameras.""",
  errors=[E("date", "minor", "2022", "2023")],
  traps=[T("from October 14", "from 14 October"),
         T("erased straight away", "deleted immediately"),
         T("a history of wrongly identifying", "a record of misidentifying")])

C("smoking age increase", "summary", "inconsistent",
  """Lawmakers in Carvania have approved a bill raising the minimum age for buying tobacco
  from 18 to 21, with the change due to take effect in January. The bill passed by 203 votes
  to 121 after a debate lasting more than nine hours. Retailers who sell cigarettes to
  underage customers will face fines of up to 5,000 ducats, and repeat offenders could lose
  their licence to sell tobacco. The health ministry estimates that the measure could reduce
  smoking among 18- to 20-year-olds by about a quarter. The bill must still be signed by the
  president, who has not said whether she will do so. Tobacco companies argued that the law
  would drive young smokers to the black market.""",
  """Carvania's parliament has voted 203 to 121 to raise the legal age for buying tobacco from
  18 to 21 from January, with fines of up to 5,000 ducats for retailers who sell to underage
  customers. The health ministry says the change will cut smoking among 18- to 20-year-olds
  by around a quarter, but the president has yet to say whether she will sign the bill.""",
  errors=[E("modality", "major", "will cut", "could reduce")],
  traps=[T("voted 203 to 121", "passed by 203 votes to 121"),
         T("has yet to say whether she will sign the bill",
           "has not said whether she will do so")])

C("congestion charge zones", "translation", "consistent",
  """The city of Valdrecht will introduce a congestion charge of 6 euros per day for private
  cars entering the historic centre on weekdays between 7 a.m. and 7 p.m., starting in
  September, the mayor announced on Monday. Residents of the zone, taxis and vehicles of
  people with disabilities will be exempt, while electric cars will pay half the fee until
  the end of 2027. Cameras at 28 entry points will read number plates. The city expects the
  charge to reduce traffic in the centre by around 20 percent and to raise 35 million euros a
  year, which will be spent on public transport. Mayor Pieter Lindqvist said similar schemes
  elsewhere had improved air quality within two years. Shopkeepers' association Centrum
  Handel fears a loss of customers.""",
  """Starting in September, private cars driving into Valdrecht's historic centre on weekdays
  from 7 in the morning to 7 in the evening will have to pay a daily charge of 6 euros, the
  mayor said on Monday. Exemptions will apply to people living in the zone, to taxis and to
  vehicles used by disabled people; until the end of 2027, electric cars will be charged 3
  euros. Number plates will be read by cameras at 28 entry points. The city anticipates that
  the charge will cut traffic in the centre by roughly a fifth and bring in 35 million euros
  annually, to be spent on public transport. According to Mayor Pieter Lindqvist, comparable
  schemes elsewhere improved air quality within two years. The shopkeepers' association
  Centrum Handel is afraid of losing customers.""",
  traps=[T("from 7 in the morning to 7 in the evening", "between 7 a.m. and 7 p.m."),
         T("a daily charge of 6 euros", "a congestion charge of 6 euros per day"),
         T("vehicles used by disabled people", "vehicles of people with disabilities"),
         T("will be charged 3 euros", "will pay half the fee"),
         T("roughly a fifth", "around 20 percent")])

C("parking permit prices", "rewrite", "consistent",
  """Residents' parking permits in the borough of Ellesford will rise from £95 to £140 a year
  from 1 April, after the council's cabinet approved the increase on Wednesday night. Owners
  of vehicles with the highest emissions will pay £210, while fully electric cars will be
  charged £50. The council said the permit scheme currently cost more to run than it raised
  and that the increase would generate an extra £1.3 million annually, to be spent on road
  maintenance. About 18,500 households hold permits. Councillor Dev Sandhu, cabinet member for
  transport, said the price had not risen since 2016. Opposition councillors argued that the
  rise would hit carers and shift workers who depend on their cars.""",
  """The cabinet of Ellesford council approved on Wednesday night an increase in the annual
  cost of a residents' parking permit from £95 to £140, taking effect on 1 April. Permits for
  the most polluting vehicles will cost £210, while those for fully electric cars will cost
  £50. At present the scheme costs more to operate than it brings in, the council said,
  adding that the rise would raise an additional £1.3m a year to be spent on road
  maintenance. Some 18,500 households have permits. The price had not gone up since 2016,
  said Dev Sandhu, the cabinet member for transport. Opposition councillors said carers and
  shift workers who rely on their cars would be hit by the increase.""",
  traps=[T("the most polluting vehicles", "vehicles with the highest emissions"),
         T("costs more to operate than it brings in", "cost more to run than it raised"),
         T("an additional £1.3m a year", "an extra £1.3 million annually"),
         T("Some 18,500 households", "About 18,500 households"),
         T("rely on their cars", "depend on their cars")])

C("dog attack laws", "rewrite", "inconsistent",
  """Owners whose dogs seriously injure a person could face up to ten years in prison under
  proposals published by the justice ministry of Lanthorn on Tuesday, up from the current
  maximum of five years. The plans would also require owners of dogs involved in a previous
  attack to take out third-party liability insurance. Ministers decided against banning
  specific breeds, saying the evidence showed that a dog's behaviour depended more on how it
  was kept than on its breed. Hospital admissions for dog bites have risen by 40 per cent over
  the past decade, with children under ten accounting for a quarter of cases. Justice minister
  Corin Vale said the changes would "put responsibility where it belongs". A consultation on
  the proposals will run until 30 November.""",
  """Under proposals published on Tuesday by Lanthorn's justice ministry, owners whose dogs
  seriously injure a person could be jailed for as long as ten years, double the current
  maximum of five. Owners of dogs that have previously been involved in an attack would also
  have to take out third-party liability insurance. Ministers chose to ban specific breeds,
  saying the evidence showed that how a dog was kept mattered more to its behaviour than its
  breed. Over the past ten years, hospital admissions for dog bites have gone up 40 per cent,
  with a quarter of cases involving children under ten. The changes would "put responsibility
  where it belongs", said justice minister Corin Vale. The proposals are open for
  consultation until 30 November.""",
  errors=[E("polarity", "critical", "chose to ban specific breeds",
            "decided against banning specific breeds")],
  traps=[T("could be jailed for as long as ten years", "could face up to ten years in prison"),
         T("double the current maximum of five", "up from the current maximum of five years"),
         T("Over the past ten years", "over the past decade")])

C("legal aid cuts", "summary", "consistent",
  """The government of Halden plans to cut the legal aid budget by 12 per cent over three
  years, saving about 140 million marks, under spending plans published by the justice
  ministry on Thursday. Legal aid will no longer be available for most employment disputes
  and for immigration appeals that do not involve asylum claims. Fees paid to criminal
  defence lawyers will be frozen until 2027. The ministry said the reforms would focus support
  on the most serious cases and encourage mediation. The Bar Association said the cuts would
  leave thousands of people unable to enforce their rights and warned that more defendants
  would represent themselves, slowing down courts. The plans will be debated in parliament
  next month.""",
  """Halden plans to cut its legal aid budget by 12 per cent over three years, saving some 140
  million marks. Legal aid will be withdrawn for most employment disputes and for immigration
  appeals not involving asylum, and criminal defence fees will be frozen until 2027. The Bar
  Association warned that thousands of people would be unable to enforce their rights.""",
  traps=[T("saving some 140 million marks", "saving about 140 million marks"),
         T("will be withdrawn", "will no longer be available"),
         T("immigration appeals not involving asylum",
           "immigration appeals that do not involve asylum claims")])

C("measles outbreak response", "translation", "inconsistent",
  """Health authorities in the province of Serravalle have launched an emergency vaccination
  campaign after 86 cases of measles were confirmed in the past three weeks, most of them
  among unvaccinated children. Mobile clinics will visit schools in the eleven most affected
  towns starting on Monday. Eleven children have been admitted to hospital, two of them in
  intensive care, but no deaths have been reported. Regional health director Paola Mancuso
  said vaccination coverage for the second dose had fallen to 81 percent, well below the 95
  percent needed to prevent outbreaks. Parents of children who have not been vaccinated have
  been asked to keep them at home if a case is reported in their class.""",
  """The health authorities of Serravalle province have started an emergency vaccination
  drive after 86 measles cases were confirmed over the last three weeks, mostly in children
  who had not been vaccinated. The outbreak is thought to have started at a summer camp near
  the provincial capital. From Monday, mobile clinics will go to schools in the eleven
  worst-hit towns. Eleven children have been hospitalised, including two in intensive care;
  no deaths have been recorded. According to the regional health director, Paola Mancuso,
  second-dose vaccination coverage has dropped to 81 percent, far below the 95 percent
  required to prevent outbreaks. Parents of unvaccinated children have been asked to keep
  them home if a case is reported in their class.""",
  errors=[E("addition", "major",
            "The outbreak is thought to have started at a summer camp near the provincial capital",
            None)],
  traps=[T("the eleven worst-hit towns", "the eleven most affected towns"),
         T("Eleven children have been hospitalised", "Eleven children have been admitted to hospital"),
         T("far below the 95 percent", "well below the 95 percent")])


# ---------------------------------------------------------------- build and validate
def find_nth(hay, needle, occ):
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def is_word_char(ch):
    return ch.isalnum() or ch == "_"


def cuts_word(s, i):
    """True if a boundary at offset i falls inside a word."""
    return 0 < i < len(s) and is_word_char(s[i - 1]) and is_word_char(s[i])


def words(s):
    return len(s.split())


def build():
    problems = []
    records = []

    def bad(cid, msg):
        problems.append("%s: %s" % (cid, msg))

    for n, case in enumerate(CASES, 1):
        cid = "s%d-%03d" % (N, n)
        ref, cand = case["reference"], case["candidate"]
        mode, label = case["mode"], case["label"]
        if case["domain"] not in DOMAINS:
            bad(cid, "unknown domain %r" % case["domain"])
        if mode not in MODES:
            bad(cid, "bad mode %r" % mode)
        if not 70 <= words(ref) <= 190:
            bad(cid, "reference has %d words" % words(ref))
        if mode == "summary" and not (len(cand) < len(ref) and words(cand) < words(ref)):
            bad(cid, "summary not shorter than reference")
        if ref == cand:
            bad(cid, "candidate identical to reference")

        spans = []  # (start, end, kind) for overlap checks
        errors = []
        for e in case["errors"]:
            t = e["type"]
            if t not in ERROR_TYPES:
                bad(cid, "bad error type %r" % t)
            if e["severity"] not in SEVERITIES:
                bad(cid, "bad severity %r" % e["severity"])
            if t == "omission":
                if mode == "summary":
                    bad(cid, "omission in a summary pair")
                anchor = e["after"] if e["after"] is not None else e["before"]
                p = find_nth(cand, anchor, e["occ"])
                if p < 0:
                    bad(cid, "omission anchor not found: %r" % anchor)
                    continue
                pos = p + len(anchor) if e["after"] is not None else p
                if cuts_word(cand, pos):
                    bad(cid, "omission point inside a word")
                if not e["ref"] or e["ref"] not in ref:
                    bad(cid, "omission ref_text not in reference: %r" % e["ref"])
                if e["ref"] and e["ref"] in cand:
                    bad(cid, "omitted words still present in candidate: %r" % e["ref"])
                start = end = pos
                text = ""
                ref_text = e["ref"]
            else:
                text = e["text"]
                start = find_nth(cand, text, e["occ"])
                if start < 0 or not text:
                    bad(cid, "error span not found: %r (occ %d)" % (text, e["occ"]))
                    continue
                end = start + len(text)
                if text != text.strip():
                    bad(cid, "error span has outer whitespace: %r" % text)
                if cuts_word(cand, start) or cuts_word(cand, end):
                    bad(cid, "error span cuts a word: %r" % text)
                if t in ("addition", "repetition"):
                    if e["ref"] is not None:
                        bad(cid, "%s must have ref_text null" % t)
                    ref_text = None
                    if t == "repetition" and text not in cand[:start]:
                        bad(cid, "repetition span has no earlier copy: %r" % text)
                    if t == "addition" and text in ref:
                        bad(cid, "addition text is present in reference: %r" % text)
                else:
                    ref_text = e["ref"]
                    if not ref_text or ref_text not in ref:
                        bad(cid, "error ref_text not in reference: %r" % ref_text)
                    if ref_text == text:
                        bad(cid, "error span identical to its ref_text: %r" % text)
            spans.append((start, end, "error"))
            errors.append({"start": start, "end": end, "text": text, "type": t,
                           "severity": e["severity"], "ref_text": ref_text})

        traps = []
        for tr in case["traps"]:
            start = find_nth(cand, tr["text"], tr["occ"])
            if start < 0 or not tr["text"]:
                bad(cid, "trap span not found: %r" % tr["text"])
                continue
            end = start + len(tr["text"])
            if cuts_word(cand, start) or cuts_word(cand, end):
                bad(cid, "trap span cuts a word: %r" % tr["text"])
            if tr["ref"] not in ref:
                bad(cid, "trap ref_text not in reference: %r" % tr["ref"])
            if tr["ref"] == tr["text"]:
                bad(cid, "trap identical to its ref_text: %r" % tr["text"])
            if tr["text"] in ref:
                bad(cid, "trap text occurs verbatim in reference: %r" % tr["text"])
            spans.append((start, end, "trap"))
            traps.append({"start": start, "end": end, "text": tr["text"],
                          "ref_text": tr["ref"]})

        ordered = sorted(spans)
        for (s1, e1, k1), (s2, e2, k2) in zip(ordered, ordered[1:]):
            if s2 < e1 or (s1 == s2 and (s1 != e1 or s2 != e2)):
                bad(cid, "overlapping spans at %d-%d (%s) and %d-%d (%s)" % (s1, e1, k1, s2, e2, k2))

        want = "inconsistent" if errors else "consistent"
        if label != want:
            bad(cid, "label %s but %d errors" % (label, len(errors)))
        if label == "consistent" and not 3 <= len(traps) <= 5:
            bad(cid, "consistent pair has %d traps" % len(traps))
        if label == "inconsistent" and not (1 <= len(errors) <= 2 and len(traps) <= 3):
            bad(cid, "inconsistent pair has %d errors, %d traps" % (len(errors), len(traps)))

        errors.sort(key=lambda x: (x["start"], x["end"]))
        traps.sort(key=lambda x: (x["start"], x["end"]))
        records.append({"id": cid, "domain": case["domain"], "mode": mode,
                        "reference": ref, "candidate": cand, "label": label,
                        "errors": errors, "traps": traps})

    # set-level composition
    if len(records) != 40:
        problems.append("set: %d pairs, expected 40" % len(records))
    if sorted(r["domain"] for r in records) != sorted(DOMAINS):
        problems.append("set: domains do not match the list one-to-one")
    comp = {}
    for r in records:
        comp[(r["mode"], r["label"])] = comp.get((r["mode"], r["label"]), 0) + 1
    want_comp = {("rewrite", "consistent"): 10, ("rewrite", "inconsistent"): 10,
                 ("summary", "consistent"): 5, ("summary", "inconsistent"): 5,
                 ("translation", "consistent"): 5, ("translation", "inconsistent"): 5}
    if comp != want_comp:
        problems.append("set: mode/label composition %r" % comp)
    types = {}
    for r in records:
        for e in r["errors"]:
            types[e["type"]] = types.get(e["type"], 0) + 1
    if sum(types.values()) != 30:
        problems.append("set: %d errors, expected 30" % sum(types.values()))
    for t in ERROR_TYPES:
        if types.get(t, 0) < 2:
            problems.append("set: only %d errors of type %s" % (types.get(t, 0), t))
    return records, problems


def summary(records):
    from collections import Counter
    modes = Counter(r["mode"] for r in records)
    labels = Counter(r["label"] for r in records)
    ml = Counter((r["mode"], r["label"]) for r in records)
    types = Counter(e["type"] for r in records for e in r["errors"])
    sev = Counter(e["severity"] for r in records for e in r["errors"])
    traps = sum(len(r["traps"]) for r in records)
    lines = ["pairs: %d" % len(records),
             "modes: " + ", ".join("%s %d" % (m, modes[m]) for m in MODES),
             "labels: " + ", ".join("%s %d" % (l, labels[l]) for l in ("consistent", "inconsistent")),
             "mode x label: " + ", ".join("%s/%s %d" % (m, l, ml[(m, l)]) for m in MODES
                                         for l in ("consistent", "inconsistent")),
             "errors: %d (%s)" % (sum(types.values()),
                                  ", ".join("%s %d" % (t, types[t]) for t in ERROR_TYPES)),
             "severity: " + ", ".join("%s %d" % (s, sev[s]) for s in SEVERITIES),
             "traps: %d" % traps]
    return "\n".join(lines)


def main():
    check_only = "--check" in sys.argv[1:]
    records, problems = build()
    if problems:
        for p in problems:
            print("PROBLEM", p, file=sys.stderr)
        print("%d problem(s); nothing written" % len(problems), file=sys.stderr)
        sys.exit(1)
    print(summary(records))
    if check_only:
        print("check passed; nothing written")
        return
    with open(OUT_PATH, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %s" % OUT_PATH)


if __name__ == "__main__":
    main()
