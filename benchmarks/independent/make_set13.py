#!/usr/bin/env python3
"""Held-out evaluation set 13 for a fact-comparison tool.

How it was made: every pair below was hand-written by a helper session that saw
no code or data of the project, working only from a written brief. All people,
companies, organisations, places and figures are invented (real countries, if
any, appear only as background). Character offsets are never typed by hand:
the script finds every quoted span by string search (with an occurrence index
where a text repeats), validates everything and writes set13.jsonl.

Composition (40 pairs, 40 different domains):
  * 20 rewrites (10 consistent / 10 inconsistent), 10 summaries (5 / 5),
    10 translations (5 / 5; both texts are independent English translations
    of the same non-English story).
  * 30 errors in the 20 inconsistent pairs (10 pairs with one error, 10 with
    two): entity 3, number 3, date 3, role 2, polarity 3, modality 3,
    attribution 2, event 3, omission 3 (rewrite/translation only),
    addition 3, repetition 2.
  * Consistent pairs carry 3-5 traps each (faithful rewordings a naive checker
    might flag); inconsistent pairs carry 0-3.
  * References are 70-190 words in news / agency / corporate / official register.

Usage:  python3 make_set13.py           validate and write set13.jsonl
        python3 make_set13.py --check   validate only, write nothing
"""
import json
import os
import re
import sys

SET_NO = 13
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set13.jsonl")

DOMAINS = [
    "aquaculture", "airports", "beekeeping", "broadcasting", "land surveying",
    "charities", "mountaineering", "cosmetics", "dentistry", "museums",
    "orchestras", "rowing", "tennis", "video games", "cybersecurity",
    "recycling", "postal services", "road safety", "prisons", "immigration",
    "bus operators", "glass making", "zoning", "lotteries",
    "textiles recycling", "timber", "rugby", "cartography", "salt mining",
    "hydropower", "sailing", "opera", "coffee trade", "meteorites",
    "weddings industry", "toys", "paper mills", "ski resorts", "pipelines",
    "ambulance services",
]
ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]


def norm(s):
    return " ".join(s.split())


def E(text, etype, severity, ref_text, occ=0, after=None, before=None):
    """An error. For omissions text is '' and the position is given by an
    anchor in the candidate: `after` (position = end of anchor) or `before`
    (position = start of anchor); occ selects the anchor occurrence."""
    return dict(text=text, type=etype, severity=severity, ref_text=ref_text,
                occ=occ, after=after, before=before)


def T(text, ref_text, occ=0):
    return dict(text=text, ref_text=ref_text, occ=occ)


CASES = []


def case(domain, mode, reference, candidate, errors=(), traps=()):
    CASES.append(dict(domain=domain, mode=mode, reference=norm(reference),
                      candidate=norm(candidate), errors=list(errors),
                      traps=list(traps)))


# ---------------------------------------------------------------- 1-10
case("aquaculture", "rewrite",
"""Nordvik Salmon Farms said on Thursday that it will invest 340 million crowns
in a closed-containment facility near the coastal town of Hestvika, its largest
single investment since the company was founded in 1987. The plant, scheduled to
begin operating in the second half of 2026, will be able to produce up to 8,000
tonnes of fish a year and is expected to create about 60 permanent jobs. Chief
executive Marit Solberg said the closed pens would sharply reduce the risk of sea
lice outbreaks, which cost the group roughly a quarter of its harvest in 2022.
The company's shares rose 4.1 percent in morning trading. The environmental group
Kystvern welcomed the plan but said it would monitor how the facility disposes of
waste water.""",
"""Nordvik Salmon Farms will put 340 million crowns into a closed-containment
facility near the coastal town of Hestvika, the company announced on Thursday -
the biggest single investment it has made since its founding in 1987. Due to
start operating in the latter half of 2026, the plant will have capacity for as
much as 8,000 tonnes of fish annually and is likely to create around 60 permanent
jobs. According to chief executive Marit Solberg, the closed pens would sharply
reduce the risk of sea lice outbreaks; such outbreaks cost the group about 25
percent of its harvest in 2022. Shares in the company gained 4.1 percent in
morning trading. Kystvern, an environmental group, welcomed the plan, though it
said it would keep an eye on how the facility disposes of waste water.""",
traps=[T("the latter half of 2026", "the second half of 2026"),
       T("as much as 8,000 tonnes of fish annually", "up to 8,000 tonnes of fish a year"),
       T("is likely to create around 60 permanent jobs", "is expected to create about 60 permanent jobs"),
       T("about 25 percent of its harvest", "roughly a quarter of its harvest"),
       T("keep an eye on", "monitor")])

case("airports", "rewrite",
"""Veldmark International Airport will close its northern runway for resurfacing
from 22:00 on 3 March until 05:30 on 17 March, the airport operator Aerovia said
on Monday. During the closure all departures will use the southern runway, and
night flights between midnight and 05:00 will be suspended to limit noise for
residents of the Oosterbrug district. Aerovia said it expected around 40 flights a
day to be rescheduled and advised passengers to check departure times with their
airlines. The 11-million-euro project is the first full resurfacing of the runway
since it opened in 1994. Operations director Lieke Damsma said the work could not
be postponed because cracks in the asphalt had worsened over the winter.""",
"""The northern runway at Veldmark International Airport will be shut for
resurfacing from 10pm on 3 March, reopening at 05:00 on 17 March, operator Aerovia
announced on Monday. While the work is under way, every departure will be switched
to the southern runway, and night flights between midnight and 5am will be halted
to limit noise for residents of the Oosterbrug district. Aerovia said it expected
around 40 flights to be rescheduled and advised travellers to check departure
times with their airlines. Costing 11 million euros, the project is the first full
resurfacing of the runway since it opened in 1994. According to operations
director Lieke Damsma, the work could not be put off because cracks in the asphalt
had got worse over the winter.""",
errors=[E("05:00 on 17 March", "date", "minor", "05:30 on 17 March"),
        E("", "omission", "major", "a day", after="around 40 flights")],
traps=[T("10pm on 3 March", "22:00 on 3 March"),
       T("5am", "05:00"),
       T("put off", "postponed")])

case("beekeeping", "summary",
"""The Marrow Valley Beekeepers' Association reported on Wednesday that its members
lost 31 percent of their honeybee colonies over the winter, up from 19 percent the
previous year and the highest figure since the association began its annual survey
in 2009. The survey covered 412 beekeepers managing a combined 6,870 hives.
Association chair Dorothy Keble said a long, wet autumn had prevented many colonies
from building up food stores, while varroa mite infestations remained the most
commonly reported cause of losses. She urged the regional agriculture department to
restore a grant scheme for mite treatments that was withdrawn in 2021. The
department said it would review the request but made no commitment. Honey prices
at local markets have risen by about a fifth since January, the association
added.""",
"""Members of the Marrow Valley Beekeepers' Association lost 31% of their honeybee
colonies over the winter, up from 19% the previous year and the worst figure since
the association's survey began in 2009. Chair Dorothy Keble blamed a long, wet
autumn that left many colonies short of food stores, with varroa mites still the
most frequently cited cause of losses. She asked the regional agriculture
department to bring back a grant for mite treatments scrapped in 2021; the
department said it would look at the request but committed to nothing.""",
traps=[T("the worst figure", "the highest figure"),
       T("most frequently cited cause", "most commonly reported cause"),
       T("bring back", "restore"),
       T("scrapped in 2021", "withdrawn in 2021"),
       T("committed to nothing", "made no commitment")])

case("broadcasting", "translation",
"""The public broadcaster RTV Alsen will cut 350 jobs over the next three years as
part of a savings plan approved by its supervisory board on Tuesday, director
general Pieter Vanlaere announced. The broadcaster must save 48 million euros by
2027 after the government froze the licence fee. According to Vanlaere, the
regional news programmes will be merged into a single daily bulletin, while the
youth channel Kanaal Z may be moved entirely online. Unions reacted angrily and
announced a strike for 14 May. 'Management is dismantling public service
broadcasting piece by piece,' said union spokesperson Griet Moens. The minister
of media did not wish to comment.""",
"""RTV Alsen, the public broadcaster, is to shed 350 jobs in the coming three years
under an austerity plan that its supervisory board signed off on Tuesday, director
general Pieter Vanlaere has said. With the licence fee frozen by the government,
the broadcaster has to find savings of 48 million euros by 2027. Vanlaere said the
regional news programmes would be combined into one daily bulletin and the youth
channel Kanaal Z will move entirely online. The unions responded furiously and
called a strike for 14 May. 'Piece by piece, management is taking public
broadcasting apart,' union spokesperson Griet Moens said. The media minister
declined to comment.""",
errors=[E("will move entirely online", "modality", "major", "may be moved entirely online")],
traps=[T("shed 350 jobs", "cut 350 jobs"),
       T("signed off", "approved"),
       T("declined to comment", "did not wish to comment")])

case("land surveying", "rewrite",
"""The Calder County land registry has ordered a fresh survey of 214 rural plots
along the Brenn River after an internal audit found that boundary markers placed in
2016 were off by as much as 12 metres. The audit, completed in January, traced the
errors to a faulty calibration of GPS receivers used by the contractor Meridian
Geodetics. Registry director Samuel Achterberg said no ownership titles would be
changed until the new survey was finished, which is expected by the end of
September. Meridian, which has denied negligence, has agreed to carry out the work
at its own expense. Landowners who believe their plots were affected can request a
free inspection until 30 June.""",
"""After an internal audit showed boundary markers set in 2016 to be out by up to
12 metres, the Calder County land registry has ordered 214 rural plots along the
Brenn River to be surveyed again. Completed in January, the audit blamed the
mistakes on badly calibrated GPS receivers used by the contractor, Meridian
Geodetics. Meridian denies it was negligent but has agreed to pay for the work
itself. No ownership titles will be altered before the new survey is complete,
registry director Samuel Achterberg said; that is expected to happen before
September is out. Landowners who think their plots were affected have until 30
June to ask for an inspection, which is free of charge.""",
traps=[T("out by up to 12 metres", "off by as much as 12 metres"),
       T("pay for the work itself", "carry out the work at its own expense"),
       T("before September is out", "by the end of September"),
       T("have until 30 June to ask for an inspection, which is free of charge",
         "can request a free inspection until 30 June")])

case("charities", "rewrite",
"""The children's charity Brightwater Trust raised a record 9.4 million pounds in
the year to March, up 18 percent on the previous year, according to its annual
report published on Friday. Legacy donations accounted for almost half of the
total. Chief executive Amara Osei said the money would fund 12 new after-school
centres in the north of the country by 2026. However, the report also showed that
administrative costs rose to 14 percent of spending, from 11 percent. Trustee chair
Henry Voss said the increase reflected one-off costs of replacing the charity's
ageing database and would not be repeated. The charity regulator said it had no
concerns about the accounts.""",
"""Brightwater Trust, a children's charity, brought in a record £9.4m in the 12
months to March, 18% more than a year earlier, its annual report showed on Friday.
Nearly half of the money came from legacies. The funds will pay for 12 new
after-school centres in the north of the country by 2026, said chief executive
Amara Osei. The report also revealed that administrative costs climbed to 14% of
spending from 11%, an increase Osei put down to one-off costs of replacing the
charity's ageing database that would not recur. The charity regulator said it had
no concerns about the accounts.""",
errors=[E("Osei", "attribution", "major", "Henry Voss", occ=1)],
traps=[T("£9.4m", "9.4 million pounds"),
       T("Nearly half of the money came from legacies",
         "Legacy donations accounted for almost half of the total"),
       T("would not recur", "would not be repeated")])

case("mountaineering", "summary",
"""Rescue teams on Mount Karsek recovered two climbers alive on Sunday after they
spent three nights stranded on a ledge at about 6,200 metres, the regional mountain
rescue service said. A third member of the expedition, a 41-year-old guide, was
found dead near the summit ridge. The three had set out from base camp on Wednesday
but were caught by a storm that brought winds of up to 110 kilometres per hour.
Helicopter crews were only able to reach the ledge on Sunday morning once the
weather cleared. The survivors, both from abroad, were flown to the hospital in
Tarvek with frostbite and are in stable condition. Rescue chief Ondrej Halas said
the route had been closed to new expeditions until further notice.""",
"""Two climbers were rescued alive from Mount Karsek on Sunday after four nights
stranded on a ledge at about 6,200 metres, while a third member of their
expedition, a 41-year-old guide, was found dead near the summit ridge. The three
had been hit by an avalanche after leaving base camp on Wednesday. Helicopters
reached the pair once the weather cleared, and they are in stable condition in
hospital with frostbite. The route has been closed to new expeditions until further
notice.""",
errors=[E("four nights", "number", "major", "three nights"),
        E("hit by an avalanche", "event", "major", "caught by a storm")],
traps=[T("were rescued alive", "recovered two climbers alive")])

case("cosmetics", "translation",
"""The cosmetics manufacturer Lunelle will remove microplastics from all of its
rinse-off products by the end of next year, the company announced on Monday. The
decision affects around 140 products, including shower gels and facial scrubs,
which together account for a fifth of its turnover. According to chief executive
Hélène Marchetti, the reformulation will cost about 25 million euros. Lunelle,
which employs 3,200 people, does not expect price increases for consumers.
Consumer associations welcomed the step but pointed out that a national ban on
microplastics in cosmetics has already been adopted and will apply from 2027 in any
case. The company's share price barely moved.""",
"""Lunelle, the cosmetics maker, said on Monday that by the end of next year it will
have eliminated microplastics from every one of its rinse-off products. Some 140
products are concerned, among them shower gels and face scrubs, and together they
make up 20 percent of the company's sales. Chief executive Hélène Marchetti put the
cost of reformulating them at around 25 million euros. The group, which has a
workforce of 3,200, does not anticipate raising prices for consumers. While
consumer groups welcomed the move, they noted that a national ban on microplastics
in cosmetics has already been passed and will take effect in 2027 regardless.
Lunelle's shares were little changed.""",
traps=[T("20 percent of the company's sales", "a fifth of its turnover"),
       T("put the cost of reformulating them at around 25 million euros",
         "the reformulation will cost about 25 million euros"),
       T("has a workforce of 3,200", "employs 3,200 people"),
       T("regardless", "in any case"),
       T("were little changed", "barely moved")])

case("dentistry", "rewrite",
"""Dental practices in the province of Westmoor will be allowed to charge patients
up to 15 percent more for routine check-ups from 1 July, the provincial health
authority announced on Tuesday. The increase, the first since 2019, follows two
years of negotiations with the Westmoor Dental Association, which had sought a rise
of 25 percent. Children under 18 and pensioners on low incomes will remain exempt
from charges. Health commissioner Ruth Delacroix said the settlement was 'fair to
patients and sustainable for practices'. The association said the rise fell short
of covering higher costs for staff and materials, but recommended that its members
accept it. About 1,100 dentists work in the province.""",
"""From 1 July, dentists in Westmoor province may raise the fee for a routine
check-up by as much as 15 percent, the provincial health authority said on
Tuesday. It is the first increase since 2019 and comes after two years of talks
with the Westmoor Dental Association, which had pushed for 25 percent. Under-18s
and low-income pensioners will still pay nothing. Health commissioner Ruth
Delacroix called the deal 'fair to patients and sustainable for practices'.
Although the association said the increase did not go far enough to cover rising
staff and material costs, it advised members to accept it. Some 1,100 dentists
practise in the province.""",
traps=[T("may raise the fee for a routine check-up by as much as 15 percent",
         "will be allowed to charge patients up to 15 percent more for routine check-ups"),
       T("pushed for 25 percent", "sought a rise of 25 percent"),
       T("will still pay nothing", "will remain exempt from charges"),
       T("did not go far enough to cover", "fell short of covering"),
       T("advised members to accept it", "recommended that its members accept it")])

case("museums", "rewrite",
"""The Halvorsen Museum of Art will lend 38 drawings by the 17th-century painter
Jacobus Verlinde to the Castellane Gallery for an exhibition opening on 9 October,
the two institutions said on Thursday. In return, the Castellane will send its
large altarpiece 'The Harvest Feast' to the Halvorsen for six months next year. It
will be the first time the drawings have left the Halvorsen since a fire in 1978
damaged part of its storage wing. Curator Ingrid Falk said the works had been
examined by conservators and were stable enough to travel. The exhibition will run
until 12 January. Insurance costs are being covered by a government indemnity
scheme.""",
"""The Halvorsen Museum of Art is to lend 38 drawings by 17th-century painter
Jacobus Verlinde to the Castellane Gallery for an exhibition that opens on 9
October, the two institutions announced on Thursday, in what will be the largest
loan in the museum's history. In return, the Halvorsen will send its large
altarpiece 'The Harvest Feast' to the Castellane for six months next year. The
drawings have not left the Halvorsen since 1978, when a fire damaged part of its
storage wing. Conservators have examined the works and found them stable enough to
travel, according to curator Ingrid Falk. The show closes on 12 January, and a
government indemnity scheme is covering the insurance costs.""",
errors=[E("the Halvorsen will send its large altarpiece 'The Harvest Feast' to the Castellane",
          "role", "major",
          "the Castellane will send its large altarpiece 'The Harvest Feast' to the Halvorsen"),
        E("in what will be the largest loan in the museum's history", "addition", "minor", None)],
traps=[T("The show closes on 12 January", "The exhibition will run until 12 January"),
       T("a government indemnity scheme is covering the insurance costs",
         "Insurance costs are being covered by a government indemnity scheme")])

# ---------------------------------------------------------------- 11-20
case("orchestras", "summary",
"""The Rensford Philharmonic Orchestra has appointed the conductor Tomasz Wierzba
as its next music director, the orchestra's board announced on Monday. Wierzba, 46,
will take up the post in September 2025 on a five-year contract, succeeding Eleanor
Grisham, who is stepping down after 14 seasons. He has been principal guest
conductor of the Aldmoor Symphony since 2019 and has conducted the Rensford
Philharmonic 11 times. Board chair Philip Kanter said the choice was unanimous.
Wierzba said he planned to expand the orchestra's education programme and to
commission at least two new works each season. The orchestra, which has 92
musicians, has faced a budget deficit of 1.3 million dollars over the past two
years, which the board said had now been closed.""",
"""The Rensford Philharmonic's board has unanimously chosen Tomasz Wierzba, 46, as
its next music director, succeeding Eleanor Grisham, who stands down after 14
seasons. He starts a five-year contract in September 2025 and intends to expand the
education programme and commission a minimum of two new works a season. The board
says the orchestra's $1.3m deficit has now been closed.""",
traps=[T("unanimously chosen", "the choice was unanimous"),
       T("stands down", "is stepping down"),
       T("intends to expand", "planned to expand"),
       T("a minimum of two new works a season", "at least two new works each season"),
       T("$1.3m", "1.3 million dollars")])

case("rowing", "translation",
"""The national rowing federation has suspended the coach of the women's eight,
Bastien Morel, for three months after an investigation into his treatment of
athletes. The federation's ethics committee concluded on Friday that Morel had
repeatedly subjected rowers to excessive training loads without medical
supervision. Morel, who led the crew to a silver medal at last year's world
championships, has announced that he will appeal. His assistant, Claire Dubosc,
will take charge of the team for the continental championships in Vellance in
June. Federation president Alain Ferrand said the athletes' health 'must always
come first'. The investigation was opened in November after complaints from four
rowers.""",
"""Bastien Morel, who coaches the women's eight, has been suspended for three
months by the national rowing federation following an inquiry into how he treated
his athletes. On Friday the federation's ethics committee found that Morel had
subjected rowers to excessive training loads without medical supervision. Morel,
under whom the crew won silver at last year's world championships, has said he
will appeal. His assistant, Claire Dubosc, will lead the team at the continental
championships in Vellance in June. 'The health of the athletes must always come
first,' said federation president Claire Dubosc. The investigation began in
November following complaints from four rowers.""",
errors=[E("Claire Dubosc", "entity", "major", "Alain Ferrand", occ=1),
        E("", "omission", "minor", "repeatedly", after="Morel had")],
traps=[T("following an inquiry into how he treated his athletes",
         "after an investigation into his treatment of athletes"),
       T("under whom the crew won silver", "who led the crew to a silver medal")])

case("tennis", "rewrite",
"""Second seed Lena Hartwig withdrew from the Portmere Open on Wednesday, hours
before her quarter-final against Sofia Reyes, citing a wrist injury she sustained
in training. Reyes advances to the semi-finals without playing. Hartwig, 24, said
scans had shown an inflamed tendon and that she would rest for at least two weeks,
putting her participation in next month's Coastal Championships in doubt. It is the
third time this season that the world number five has pulled out of a tournament.
Tournament director Mark Oyelaran said ticket holders for Wednesday evening's
session would be offered a 50 percent refund, as an exhibition doubles match will
be played in place of the quarter-final.""",
"""Lena Hartwig, the second seed, pulled out of the Portmere Open on Wednesday with
a wrist injury picked up in training, just hours before she was due to face Sofia
Reyes in the quarter-finals. That sends Reyes through to the last four without
hitting a ball. The 24-year-old Hartwig said scans had revealed an inflamed tendon
and that she would rest for a minimum of two weeks, which casts doubt on whether
she will play at next month's Coastal Championships. The world number five has now
withdrawn from a tournament three times this season. Because an exhibition doubles
match will replace the quarter-final, people holding tickets for Wednesday
evening's session will be offered half their money back, tournament director Mark
Oyelaran said.""",
traps=[T("the last four", "the semi-finals"),
       T("without hitting a ball", "without playing"),
       T("for a minimum of two weeks", "for at least two weeks"),
       T("withdrawn from a tournament three times this season",
         "the third time this season that the world number five has pulled out of a tournament"),
       T("half their money back", "a 50 percent refund")])

case("video games", "rewrite",
"""Pixelforge Studios has postponed the release of its open-world game 'Emberfall'
to the first quarter of next year, the developer said on Tuesday, citing the need
for more time to fix performance problems on consoles. The game had been due out in
November. Pixelforge's shares fell 9 percent in early trading. Chief executive Dana
Whitcombe said the delay would not affect the company's full-year revenue guidance,
as most of the game's sales had been expected after the holiday season anyway. The
studio said it would not cut staff and that the PC version would not be released
separately before the console editions. 'Emberfall' is Pixelforge's largest project
to date, with a development team of about 400.""",
"""Pixelforge Studios is pushing back the launch of its open-world title
'Emberfall' to the first three months of next year, saying on Tuesday that it
needed more time to fix performance issues on consoles. The game had been scheduled
for November. Pixelforge's stock dropped 9 percent early in the session. The
postponement will not change the company's full-year revenue guidance, chief
executive Dana Whitcombe said, since most sales of the game had been expected after
the holidays in any case. The studio ruled out job cuts and said the PC version
would come out ahead of the console editions. With a development team of around
400, 'Emberfall' is Pixelforge's biggest project so far.""",
errors=[E("the PC version would come out ahead of the console editions", "polarity", "major",
          "the PC version would not be released separately before the console editions")],
traps=[T("the first three months of next year", "the first quarter of next year"),
       T("ruled out job cuts", "said it would not cut staff"),
       T("biggest project so far", "largest project to date")])

case("cybersecurity", "summary",
"""Hackers stole personal data of about 260,000 customers of the energy supplier
Voltaris in an attack discovered on 2 May, the company confirmed on Thursday. The
stolen data includes names, addresses and bank account numbers, but not passwords,
Voltaris said. The national cyber agency, which is assisting the investigation,
said the attackers had exploited a vulnerability in a third-party billing software
that had been publicly disclosed in March but not yet patched by the company.
Voltaris chief executive Jonas Berglund apologised to customers and said the
company would offer free credit monitoring for a year. A group calling itself Black
Lantern has claimed responsibility. The data protection authority said it had
opened an inquiry.""",
"""Energy supplier Voltaris has confirmed that hackers took the names, addresses and
bank account numbers, though not the passwords, of roughly 260,000 customers in an
attack discovered on 2 May. Voltaris admitted the attackers used a flaw in
third-party billing software that had been made public in March but which it had
not yet patched. The chief executive apologised and offered customers a year of
free credit monitoring. A group called Black Lantern, which is demanding a ransom,
has claimed the attack, and the data protection authority has opened an
inquiry.""",
errors=[E("Voltaris admitted", "attribution", "major", "The national cyber agency"),
        E("which is demanding a ransom", "addition", "major", None)],
traps=[T("made public in March", "publicly disclosed in March"),
       T("a year of free credit monitoring", "free credit monitoring for a year")])

case("recycling", "translation",
"""From January, households in the municipality of Velmbach will have to separate
food waste from other rubbish, the municipal council decided on Wednesday by 31
votes to 8. Each household will receive a brown bin free of charge, which will be
emptied every two weeks. Residents who do not comply face fines of up to 150 euros,
although the council said that warnings would be issued first during a six-month
transition period. According to the environment department, food scraps currently
make up around 35 percent of household waste. The collected material is to be
processed into biogas and compost at a new plant in Grauental, which will cost 12
million euros.""",
"""The municipal council of Velmbach voted 31 to 8 on Wednesday to require
households to keep food waste apart from the rest of their rubbish starting in
January. Every household will be given a brown bin at no cost, to be emptied
fortnightly. Those who fail to comply risk fines of as much as 150 euros, but the
council said there would be a six-month transition period in which warnings would
be given first. The environment department says food scraps now account for just
over a third of household waste. A new 12-million-euro plant in Grauental will turn
the collected waste into biogas and compost.""",
traps=[T("voted 31 to 8", "by 31 votes to 8"),
       T("at no cost", "free of charge"),
       T("fortnightly", "every two weeks"),
       T("as much as 150 euros", "up to 150 euros"),
       T("just over a third", "around 35 percent")])

case("postal services", "rewrite",
"""Norpost, the state-owned postal operator, will reduce letter deliveries from five
days a week to three in rural areas from 1 April, the company said on Monday.
Parcels will continue to be delivered every weekday. The company said letter
volumes had fallen by 60 percent over the past decade and that the change would
save about 80 million crowns a year. No post offices will close as a result, and no
delivery staff will be made redundant, although some 300 positions will be removed
through retirements over three years. Communications minister Elin Haugseth said the
government had approved the plan on condition that urgent medical letters continue
to be delivered within two days.""",
"""In rural areas, letters will be delivered three days a week instead of five from
1 April, state-owned postal operator Norpost announced on Monday, while parcels will
still arrive every weekday. Letter volumes have dropped by three-fifths in the last
ten years, according to the company, which expects the change to save around 80
million crowns annually. The move will not lead to any post office closures or
redundancies among delivery staff, though about 300 jobs will disappear through
retirements over three years. The government signed off on the plan provided that
urgent medical letters are still delivered within 48 hours, communications minister
Elin Haugseth said.""",
traps=[T("three days a week instead of five", "from five days a week to three"),
       T("three-fifths", "60 percent"),
       T("in the last ten years", "over the past decade"),
       T("signed off on the plan provided that", "had approved the plan on condition that"),
       T("within 48 hours", "within two days")])

case("road safety", "rewrite",
"""Road deaths in the region of Alvarra fell to 143 last year, down from 171 in the
previous year and the lowest number since records began in 1970, the regional
transport authority reported on Tuesday. Deaths among cyclists, however, rose from
19 to 24. The authority attributed the overall decline largely to 46 new speed
cameras installed on rural roads and to a 30 km/h limit introduced in most town
centres. Transport commissioner Marco Velani said the rise in cyclist deaths was
'unacceptable' and announced 20 million euros for separated bike lanes over the
next four years. Serious injuries fell by 7 percent to 1,210.""",
"""The regional transport authority said on Tuesday that 143 people were killed on
Alvarra's roads last year, a drop of 38 on the previous year and the lowest toll
since records started in 1970. Cyclist deaths went the other way, climbing from 19
to 24. The authority credited the overall fall mainly to 46 new speed cameras on
rural roads and a 30 km/h limit brought in across most town centres. Calling the
increase in cyclist deaths 'unacceptable', transport commissioner Marco Velani
announced 20 million euros for separated bike lanes over four years. The number of
serious injuries was down 7 percent at 1,210.""",
errors=[E("a drop of 38", "number", "major", "down from 171 in the previous year")],
traps=[T("went the other way, climbing from 19 to 24", "however, rose from 19 to 24"),
       T("credited the overall fall mainly to", "attributed the overall decline largely to"),
       T("was down 7 percent at 1,210", "fell by 7 percent to 1,210")])

case("prisons", "summary",
"""An inspection of Hollins Ridge prison has found that overcrowding and staff
shortages have led to a sharp rise in violence, the chief inspector of prisons said
in a report published on Wednesday. The prison, built for 620 inmates, held 874 at
the time of the inspection in February. Assaults on staff rose by 40 percent in the
year to January, and inmates in one wing were locked in their cells for up to 22
hours a day. Chief inspector Naomi Ferrante said conditions were 'among the worst we
have seen in a decade' and called for the population to be reduced urgently. The
justice ministry said it would move 150 prisoners to other facilities by the end of
the summer and recruit 60 additional officers. The prison governor, Keith Ambrose,
said he accepted the findings.""",
"""A report published on Wednesday by chief inspector of prisons Naomi Ferrante
found that overcrowding and too few staff had driven a steep increase in violence at
Hollins Ridge, which held 874 inmates in February despite being designed for 620.
Attacks on staff were up 40 percent in the year to January. Ferrante described
conditions as among the worst seen in ten years and urged an urgent cut in numbers;
the justice ministry says it will transfer 150 prisoners elsewhere by the end of the
summer and hire 60 more officers.""",
traps=[T("too few staff", "staff shortages"),
       T("a steep increase", "a sharp rise"),
       T("designed for 620", "built for 620 inmates"),
       T("Attacks on staff were up 40 percent", "Assaults on staff rose by 40 percent"),
       T("ten years", "a decade")])

case("immigration", "translation",
"""The interior ministry will introduce a new digital residence permit from 1
September, Interior Minister Katarina Lindqvist announced on Thursday. Foreign
nationals who already hold a paper permit will be able to exchange it free of
charge until the end of 2026; after that, a fee of 60 crowns will apply. The
application will be processed entirely online, and the waiting time is expected to
fall from an average of eleven weeks to three. The opposition criticised the plan,
saying that older applicants and those without internet access would be
disadvantaged. The ministry replied that assistance would continue to be available
at all 42 migration offices.""",
"""Interior Minister Katarina Lindqvist announced on Thursday that a new digital
residence permit will be introduced on 1 September. Foreign citizens already
holding a paper permit can exchange it at no cost until the end of 2025, after
which a 60-crown fee will be charged. Applications will be handled fully online,
and the average wait is expected to drop from eleven weeks to three. The opposition
attacked the plan, arguing that older applicants and people without internet access
would be at a disadvantage. The ministry responded that help would remain available
at all 42 migration offices.""",
errors=[E("until the end of 2025", "date", "major", "until the end of 2026")],
traps=[T("at no cost", "free of charge"),
       T("attacked the plan", "criticised the plan"),
       T("the average wait is expected to drop from eleven weeks to three",
         "the waiting time is expected to fall from an average of eleven weeks to three")])

# ---------------------------------------------------------------- 21-30
case("bus operators", "rewrite",
"""Kestrel Coaches, the largest bus operator in the Fenmoor region, has agreed to
buy its rival Greenline Transport for 56 million pounds, subject to approval by the
competition authority. The deal, announced on Friday, will give Kestrel control of
about 70 percent of bus routes in the region. Greenline's 430 drivers will keep
their current contracts for at least two years, Kestrel chief executive Oliver
Brandt said. Passenger groups warned that the merger could lead to higher fares and
fewer services in rural areas. The competition authority said it would decide
within 40 working days whether to open an in-depth investigation. Greenline was
founded in 1962 by the Marsh family, who will receive about 35 million pounds from
the sale.""",
"""Fenmoor's biggest bus operator, Kestrel Coaches, has struck a deal to acquire
rival Greenline Transport for £56m, pending clearance from the competition
authority. Announced on Friday, the takeover would put around seven in ten of the
region's bus routes under Kestrel's control. According to Kestrel chief executive
Oliver Brandt, Greenline's 430 drivers will stay on their existing contracts for a
minimum of two years. The merger could push up fares and reduce services in rural
areas, passenger groups warned. Within 40 working days, the competition authority
will decide whether to open an in-depth investigation, it said. The Marsh family,
which founded Greenline in 1962, stands to receive about £35m from the sale.""",
traps=[T("struck a deal to acquire", "agreed to buy"),
       T("pending clearance from the competition authority",
         "subject to approval by the competition authority"),
       T("around seven in ten", "about 70 percent"),
       T("for a minimum of two years", "for at least two years"),
       T("stands to receive about £35m", "will receive about 35 million pounds")])

case("glass making", "rewrite",
"""Brennholt Glassworks will shut one of its two furnaces at its plant in Salvik in
March because of soaring natural gas prices, the company said on Wednesday. About
140 of the plant's 390 workers will be moved to short-time working, but no
redundancies are planned for now. The furnace, which produces bottles for the
drinks industry, consumes roughly as much gas as 20,000 homes. Managing director
Ulrike Fass said the company would restart it once gas prices fell below a set
threshold, which she did not disclose. The works council said it would accept the
measure if the company guaranteed that the furnace would be relit within a year.
Brennholt has made glass in Salvik since 1881.""",
"""Soaring natural gas prices will force Brennholt Glassworks to shut one of the two
furnaces at its Salvik plant in March, the company said on Wednesday. Around 140 of
the plant's 390 employees will be moved to other sites, although no redundancies
are planned for the time being. The furnace, which produces bottles for the drinks
industry, uses roughly the same amount of gas as 20,000 households. Managing
director Ulrike Fass said the furnace, which produces bottles for the drinks
industry, would be fired up again once gas prices dropped below a certain
threshold, though she would not say what it was. The works council said it would go
along with the move provided the company guaranteed the furnace would be relit
within a year. Brennholt has been making glass in Salvik since 1881.""",
errors=[E("will be moved to other sites", "event", "major", "will be moved to short-time working"),
        E("which produces bottles for the drinks industry", "repetition", "minor", None, occ=1)],
traps=[T("for the time being", "for now"),
       T("though she would not say what it was", "which she did not disclose"),
       T("go along with the move", "accept the measure")])

case("zoning", "summary",
"""The planning committee of Ashcombe city council voted on Monday to rezone 48
hectares of former railway land at Linwood Yard for housing, clearing the way for up
to 2,300 new homes. At least 30 percent of the homes must be affordable, and the
developer, Corran Estates, will be required to fund a new primary school. The
decision still needs final approval from the full council, which is expected to vote
in June. Residents' groups, who collected 4,000 signatures against the plan, argue
the area should become a park. Committee chair Lydia Marsh said the city 'cannot
afford to leave brownfield land empty while people wait years for a home'. Corran
Estates said construction could begin in 2026 if the plan is approved.""",
"""Ashcombe's planning committee on Monday backed rezoning 48 hectares of former
railway land at Linwood Yard for up to 2,300 homes, at least 30 percent of them
affordable, with developer Corran Estates required to pay for a new primary school.
The full council, whose final approval is still needed, is expected to vote in June. Residents'
groups, whose petition against the plan drew 4,000 signatures, want a park instead.
Construction will begin in 2026, Corran said.""",
errors=[E("Construction will begin in 2026", "modality", "major",
          "construction could begin in 2026 if the plan is approved")],
traps=[T("backed rezoning", "voted on Monday to rezone"),
       T("whose petition against the plan drew 4,000 signatures",
         "who collected 4,000 signatures against the plan"),
       T("want a park instead", "argue the area should become a park")])

case("lotteries", "translation",
"""A single ticket bought at a newsagent in the town of Brisaca has won the
74-million-euro jackpot in Saturday's national lottery draw, the lottery operator
Sortea said on Sunday. It is the second-largest prize in the history of the game.
The winner has not yet come forward and has 90 days to claim the prize. The winning
numbers were 4, 11, 23, 37, 42 and 48. The jackpot had not been won for 19
consecutive draws. According to Sortea, ticket sales in the week before the draw
were almost three times higher than usual. Under the lottery's rules, the winner may
choose to remain anonymous.""",
"""Sortea, the lottery operator, said on Sunday that the 74-million-euro jackpot in
Saturday's national lottery draw had been won by one ticket purchased at a
newsagent's in the town of Brisaca. Only once in the game's history has a bigger
prize been won. The winner, who has yet to come forward, has 90 days to claim the
money. The winning numbers were 4, 11, 23, 37, 42 and 48. The jackpot had rolled
over 19 draws in a row. Ticket sales in the week leading up to the draw were nearly
triple the usual level, Sortea said. Lottery rules allow the winner to stay
anonymous.""",
traps=[T("Only once in the game's history has a bigger prize been won",
         "It is the second-largest prize in the history of the game"),
       T("has yet to come forward", "has not yet come forward"),
       T("had rolled over 19 draws in a row", "had not been won for 19 consecutive draws"),
       T("nearly triple the usual level", "almost three times higher than usual"),
       T("allow the winner to stay anonymous", "the winner may choose to remain anonymous")])

case("textiles recycling", "rewrite",
"""Fibrecycle, a start-up based in Tolmere, has opened what it says is the country's
first plant capable of separating cotton and polyester from blended fabrics on an
industrial scale. The facility, which cost 18 million dollars, can process 12,000
tonnes of used clothing a year, equivalent to about 50 million T-shirts. Co-founder
Priya Raman said the recovered fibres would be sold to spinning mills and that two
major clothing brands had signed supply agreements, though she declined to name
them. The plant employs 75 people. The national textiles association said only about
1 percent of discarded clothing is currently recycled into new garments.""",
"""Tolmere-based start-up Fibrecycle has opened a plant that it describes as the
first in the country able to separate cotton from polyester in blended fabrics on
an industrial scale. The $18m facility can handle 12,000 tonnes of used clothing
annually - roughly the equivalent of 50 million T-shirts - and has a workforce of
75. The recovered fibres will be sold to spinning mills, co-founder Priya Raman
said, adding that supply deals had been signed with two major clothing brands,
which she would not identify. At present only about one percent of discarded
clothing is recycled into new garments, according to the national textiles
association.""",
traps=[T("that it describes as the first in the country", "what it says is the country's first"),
       T("The $18m facility", "The facility, which cost 18 million dollars"),
       T("annually", "a year"),
       T("has a workforce of 75", "employs 75 people"),
       T("which she would not identify", "though she declined to name them")])

case("timber", "rewrite",
"""Sawmill operator Oakhurst Timber has suspended purchases of spruce logs from the
Valdern forest district after bark beetle damage was found in roughly 40 percent of
recent deliveries, the company said on Monday. The suspension will last at least
until the end of May. Oakhurst, which processes about 600,000 cubic metres of wood a
year, said it would source logs from the neighbouring Kessby district in the
meantime. Forest owners' association chairman Gerd Lindahl said the decision would
hit small private owners hardest, as many depend on selling to the mill. The
regional forestry office estimates that the beetle has affected 9,000 hectares of
forest this year, three times as much as in 2022.""",
"""Oakhurst Timber, a sawmill operator, has stopped buying pine logs from the Valdern
forest district after finding bark beetle damage in around two in five recent
deliveries, the company said on Monday. The halt will last until the end of May. In
the meantime, Oakhurst, which handles some 600,000 cubic metres of wood annually,
said it would get its logs from the neighbouring Kessby district. Gerd Lindahl, who
chairs the forest owners' association, said small private owners would be hardest
hit because many of them rely on selling to the mill. The beetle has affected 9,000
hectares of forest this year, three times the 2022 figure, according to estimates
by the regional forestry office.""",
errors=[E("pine logs", "entity", "major", "spruce logs"),
        E("", "omission", "major", "at least", after="The halt will last")],
traps=[T("around two in five", "roughly 40 percent"),
       T("three times the 2022 figure", "three times as much as in 2022")])

case("rugby", "summary",
"""Carrowby Lions have signed prop forward Tevita Manu from rivals Southmead on a
three-year contract, the club announced on Tuesday. The 27-year-old, who has won 22
international caps, will join after the end of the current season. The fee was not
disclosed, but local media reported it at around 400,000 pounds, which would be a
record for the club. Head coach Brian Cole said Manu would strengthen a pack that
had struggled in the scrum this season. Manu said he had chosen Carrowby because of
its ambitions to win the league title. Southmead said it had reluctantly accepted
the offer because Manu had only one year left on his contract.""",
"""Carrowby Lions have signed 27-year-old prop Tevita Manu, capped 22 times, from
Southmead on a three-year deal starting after this season. The fee was undisclosed
but reportedly about £400,000, a club record if accurate. Southmead said it had
accepted reluctantly as Manu had just a year left on his contract.""",
traps=[T("capped 22 times", "has won 22 international caps"),
       T("starting after this season", "will join after the end of the current season"),
       T("reportedly about £400,000", "local media reported it at around 400,000 pounds"),
       T("a club record if accurate", "which would be a record for the club"),
       T("just a year left", "only one year left")])

case("cartography", "translation",
"""The national mapping agency will stop printing paper topographic maps at a scale
of 1:50,000 at the end of the year, its director, Anton Reisinger, announced on
Tuesday. The maps will continue to be available free of charge as digital files.
Demand for the printed sheets has fallen by more than 80 percent since 2010,
Reisinger said. The 1:25,000 series, which is popular with hikers, is not affected
and will still be printed. Mountaineering clubs nevertheless expressed concern,
arguing that paper maps remain essential in areas without mobile phone coverage.
The agency has produced printed maps since its founding in 1923.""",
"""At the end of the year the national mapping agency will cease printing its
1:50,000 paper topographic maps, director Anton Reisinger said on Tuesday. The maps
will remain available as digital files at no charge. According to Reisinger, demand
for the printed sheets has dropped by over 80 percent since 2010. The 1:25,000
series, a favourite among hikers, will also no longer be printed. Even so,
mountaineering clubs voiced concern, saying paper maps are still indispensable in
places with no mobile phone signal. The agency has been printing maps ever since it
was founded in 1923.""",
errors=[E("will also no longer be printed", "polarity", "critical",
          "is not affected and will still be printed")],
traps=[T("at no charge", "free of charge"),
       T("by over 80 percent", "by more than 80 percent"),
       T("are still indispensable", "remain essential")])

case("salt mining", "rewrite",
"""Production at the Weissgrund salt mine resumed on Friday, nine days after a
partial roof collapse in one of its galleries, the operator Halora Minerals said. No
one was injured in the collapse, which occurred during a shift change when the
gallery was empty. Mining inspectors have approved the reopening of all areas except
the damaged gallery, which will remain closed while engineers assess it. The mine
produces around 1.8 million tonnes of rock salt a year, much of it used for de-icing
roads. Halora said the stoppage had cost about 3 million euros in lost output but
that winter supply contracts with local authorities would be met in full.""",
"""Halora Minerals, which operates the Weissgrund salt mine, restarted production
there on Friday, nine days after part of the roof caved in in one of its galleries.
The collapse happened during a change of shifts, when nobody was in the gallery, and
caused no injuries. Mining inspectors have cleared every part of the mine to reopen
apart from the damaged gallery, which stays shut pending an engineering assessment.
Around 1.8 million tonnes of rock salt is extracted there each year, a large share of
which goes to de-icing roads. The shutdown cost roughly 3 million euros in lost
output, Halora said, but winter supply contracts with local authorities will be
fully honoured.""",
traps=[T("when nobody was in the gallery", "when the gallery was empty"),
       T("caused no injuries", "No one was injured"),
       T("cleared every part of the mine to reopen apart from",
         "approved the reopening of all areas except"),
       T("stays shut pending an engineering assessment",
         "will remain closed while engineers assess it"),
       T("fully honoured", "met in full")])

case("hydropower", "rewrite",
"""The utility Aldervane Energy has applied for permission to raise the dam of its
Krona hydropower plant by 6 metres, a project that would increase the plant's output
by around 15 percent. The work, estimated to cost 210 million dollars, could begin in
2026 if the permit is granted and would take about four years. The reservoir would
expand by 140 hectares, flooding part of a valley used by reindeer herders.
Aldervane spokesperson Nils Eriksen said the company would compensate affected
herders and was in talks with the local herding cooperative. The environmental
regulator is expected to rule on the application next year. The plant currently
supplies electricity to about 90,000 households.""",
"""Aldervane Energy has asked for permission to raise the dam at its Krona
hydropower plant by 6 metres, which would boost the plant's output by roughly 15
percent. Estimated at 210 million dollars, the work could start in 2026 if a permit
is issued and would last about four years. The reservoir would grow to 140 hectares,
flooding part of a valley that reindeer herders use. Spokesperson Nils Eriksen said
Aldervane would compensate herders who were affected and was holding talks with the
local herding cooperative. The environmental regulator will rule on the application
next year. At present the plant provides power to some 90,000 households.""",
errors=[E("grow to 140 hectares", "number", "major", "expand by 140 hectares"),
        E("will rule on the application next year", "modality", "minor",
          "is expected to rule on the application next year")],
traps=[T("Estimated at 210 million dollars", "estimated to cost 210 million dollars"),
       T("could start in 2026 if a permit is issued",
         "could begin in 2026 if the permit is granted")])

# ---------------------------------------------------------------- 31-40
case("sailing", "summary",
"""The yacht Corvina, skippered by Elsa Brandvold, won the 620-nautical-mile Marrow
Sound Race on Sunday, crossing the finish line 47 minutes ahead of Tidebreaker,
skippered by Joachim Lentz. Corvina completed the course in three days, four hours
and 12 minutes. Tidebreaker had led for most of the race but lost ground after
tearing its spinnaker in strong winds on Saturday. After the finish, Tidebreaker's
crew lodged a protest against Corvina over a rounding mark, which the race committee
rejected on Monday. Of the 34 boats that started, 9 retired, most because of gear
damage. Brandvold, 38, is the first woman to skipper a winning yacht in the race's
52-year history.""",
"""Elsa Brandvold's Corvina won the 620-nautical-mile Marrow Sound Race on Sunday,
finishing 47 minutes clear of Joachim Lentz's Tidebreaker, which had been in front
for most of the race until it tore its spinnaker. A protest by Corvina's crew against
Tidebreaker over a rounding mark was rejected on Monday. Nine of the 34 starters
retired. Brandvold, 38, is the first woman to skipper the winner in the race's
52-year history.""",
errors=[E("protest by Corvina's crew against Tidebreaker", "role", "major",
          "Tidebreaker's crew lodged a protest against Corvina")],
traps=[T("finishing 47 minutes clear of", "crossing the finish line 47 minutes ahead of"),
       T("had been in front for most of the race", "had led for most of the race"),
       T("Nine of the 34 starters retired", "Of the 34 boats that started, 9 retired")])

case("opera", "translation",
"""The Velmora State Opera will open its season on 28 September with a new
production of 'The Silver Lake' by the composer Anselm Kraitz, which has not been
staged in the city for 60 years, artistic director Marta Zelenková announced on
Wednesday. The season comprises eleven premieres and 214 performances. Because of
the renovation of the main stage, which is set to last until spring 2026, four
productions will move to the former Holmec tram depot. Ticket prices will rise by an
average of 8 percent; students and people under 26 will, however, be able to buy
remaining seats for 10 euros one hour before each performance. The opera house
recorded an occupancy rate of 91 percent last season.""",
"""Artistic director Marta Zelenková announced on Wednesday that the Velmora State
Opera will begin its season on 28 September with a new staging of Anselm Kraitz's
'The Silver Lake', a work not performed in the city for six decades. The season
features eleven premieres and a total of 214 performances. Because the main stage is
being renovated, work that is expected to last until spring 2026, four productions
will relocate to the old Holmec tram depot. Tickets will cost 8 percent more on
average, although students and anyone under 26 can buy leftover seats for 10 euros
an hour before each performance. Last season the house was 91 percent full.""",
traps=[T("six decades", "60 years"),
       T("the old Holmec tram depot", "the former Holmec tram depot"),
       T("Tickets will cost 8 percent more on average",
         "Ticket prices will rise by an average of 8 percent"),
       T("leftover seats", "remaining seats"),
       T("the house was 91 percent full", "recorded an occupancy rate of 91 percent")])

case("coffee trade", "rewrite",
"""Coffee exporters in the highland region of Sarrat shipped 1.2 million 60-kilogram
bags in the first half of the year, 11 percent fewer than a year earlier, the
national coffee board said on Thursday. The board blamed the decline on a drought
that cut yields in the western growing areas and on a shortage of shipping
containers at the port of Aldena. Export revenue nevertheless rose by 6 percent to
410 million dollars because of higher world prices. Board chairman Tomas Ekwueme
said he expected shipments to recover in the second half as the new harvest arrives,
but warned that container shortages could persist until October.""",
"""The national coffee board said on Thursday that exporters in the Sarrat highlands
shipped 1.2 million bags of 60 kilograms each in the January-June period, down 11
percent year on year. A drought that reduced yields in the western growing areas and
a lack of shipping containers at the port of Aldena were to blame, according to the
board. Even so, higher world prices pushed export revenue up 6 percent to $410m.
Board chairman Tomas Ekwueme said he expected shipments to pick up in the second half
with the arrival of the new harvest, though he cautioned that the container shortage
might last until October.""",
traps=[T("the January-June period", "the first half of the year"),
       T("down 11 percent year on year", "11 percent fewer than a year earlier"),
       T("Even so", "nevertheless"),
       T("$410m", "410 million dollars"),
       T("might last until October", "could persist until October")])

case("meteorites", "rewrite",
"""A meteorite weighing 2.4 kilograms that fell near the village of Rusk Hollow last
month is among the oldest objects ever recovered in the country, researchers at the
Ellery Institute of Planetary Science said on Monday. Analysis of its mineral
composition suggests the rock formed about 4.56 billion years ago, shortly after the
birth of the solar system. The meteorite was found by a farmer, Hal Drummond, who
reported it to the institute after seeing news reports of a fireball. Lead
researcher Imogen Tate said the find was 'remarkably fresh' because it was recovered
within days of its fall. The institute said it hoped to display the meteorite
publicly next year.""",
"""Researchers at the Ellery Institute of Planetary Science said on Monday that a
2.4-kilogram meteorite that landed near the village of Rusk Hollow last month ranks
among the oldest objects ever found in the country. Its mineral make-up suggests the
rock formed roughly 4.56 billion years ago, not long after the solar system was
born. Farmer Hal Drummond found the meteorite and, having seen news reports of a
fireball, reported it to the institute, which later bought it from him for an
undisclosed sum. Because it was recovered within days of falling, the find was
'remarkably fresh', according to lead researcher Imogen Tate. The institute hopes to
put the meteorite on public display next year.""",
errors=[E("which later bought it from him for an undisclosed sum", "addition", "major", None)],
traps=[T("ranks among the oldest objects ever found", "is among the oldest objects ever recovered"),
       T("not long after the solar system was born", "shortly after the birth of the solar system"),
       T("hopes to put the meteorite on public display", "hoped to display the meteorite publicly")])

case("weddings industry", "summary",
"""The average cost of a wedding in the country rose to 27,400 dollars last year, up
9 percent from the year before, according to a survey of 3,100 couples published on
Tuesday by the trade association Wed Alliance. Venue hire remained the largest
single expense, accounting for about 38 percent of the total. The average number of
guests fell from 112 to 96, as couples cut guest lists to offset higher prices. The
association said 41 percent of couples had borrowed money or used credit cards to
pay for their wedding, compared with 33 percent two years ago. Spokesperson Carla
Benning said suppliers such as caterers and florists had passed on higher energy and
staff costs.""",
"""Weddings cost an average of $27,400 last year, 9% more than the year before, a
Wed Alliance survey of 3,100 couples found, with venue hire still the biggest
expense at roughly 38% of the bill. Couples trimmed guest lists to offset rising
prices, bringing the average number of guests down from 112 to 96, and 41% borrowed
or used credit cards to pay for the day, against 33% two years earlier.""",
traps=[T("9% more than the year before", "up 9 percent from the year before"),
       T("still the biggest expense", "remained the largest single expense"),
       T("roughly 38% of the bill", "about 38 percent of the total"),
       T("trimmed guest lists", "cut guest lists"),
       T("against 33% two years earlier", "compared with 33 percent two years ago")])

case("toys", "translation",
"""The toy manufacturer Spielwerk Lorenz is recalling around 45,000 wooden stacking
towers because small parts could come loose and be swallowed by young children. The
affected products were sold between March 2022 and January 2024 in toy shops and
online. The company said on Friday that it was not aware of any injuries so far.
Customers can return the towers to any retailer and will receive a full refund, even
without a receipt. According to managing director Franziska Lorenz, the problem was
caused by a faulty batch of glue from a supplier. The consumer protection agency
said it was monitoring the recall.""",
"""Toy maker Spielwerk Lorenz is calling back some 45,000 wooden stacking towers, as
small parts might come off and be swallowed by small children. The products
concerned were on sale in toy shops and online from March 2023 to January 2024. On
Friday the company said it knew of no injuries so far. Customers can take the
towers back to any retailer and will get their money back in full, even without a
receipt. Managing director Franziska Lorenz said a defective batch of glue from a
supplier was to blame. The consumer protection agency said it was keeping track of
the recall. On Friday the company said it knew of no injuries so far.""",
errors=[E("March 2023", "date", "critical", "March 2022"),
        E("On Friday the company said it knew of no injuries so far.", "repetition", "minor", None, occ=1)],
traps=[T("calling back some 45,000", "recalling around 45,000"),
       T("will get their money back in full", "will receive a full refund"),
       T("keeping track of", "monitoring")])

case("paper mills", "rewrite",
"""Hallberg Paper will permanently close its newsprint mill in Harrow Falls at the
end of June, cutting 270 jobs, the company said on Wednesday. Demand for newsprint
has roughly halved over the past five years as newspapers have moved online, and the
mill has been loss-making since 2021. The company said it would offer affected
employees positions at its packaging plant in Stenby, about 60 kilometres away, where
it plans to create 90 new jobs. Mayor Anna Kowalczyk called the closure 'a heavy
blow' for the town of 8,000 people, where the mill has been the largest employer for
more than a century. The company will also pay for a study on redeveloping the
site.""",
"""Hallberg Paper said on Wednesday that it will shut its newsprint mill in Harrow
Falls for good at the end of June, with the loss of 270 jobs. With newspapers
shifting online, demand for newsprint has fallen by about half over the past five
years, and the mill has been losing money since 2021. Staff affected will be offered
jobs at the company's packaging plant in Stenby, some 60 kilometres away, where it
intends to add 90 positions. For the town of 8,000, where the mill has been the
biggest employer for over 100 years, the closure is 'a heavy blow', said mayor Anna
Kowalczyk. Hallberg will also fund a study into redeveloping the site.""",
traps=[T("for good", "permanently"),
       T("fallen by about half", "roughly halved"),
       T("has been losing money since 2021", "has been loss-making since 2021"),
       T("for over 100 years", "for more than a century"),
       T("will also fund a study", "will also pay for a study")])

case("ski resorts", "rewrite",
"""The Brauhorn ski resort will not open for the coming winter season after its
operator failed to secure financing to replace a chairlift that was declared unsafe
in an inspection in August, the operator Alpin Brauhorn AG said on Monday. The
resort, which has 42 kilometres of slopes, attracted about 180,000 visitors last
season. Season passes already sold will not be valid at partner resorts, but holders
will receive full refunds by the end of November. Chief executive Reto Imboden said
talks with two potential investors were continuing and that the company still hoped
to reopen in December 2025. The mayor of the neighbouring village of Sankt Falten
said about 120 seasonal jobs would be lost.""",
"""Alpin Brauhorn AG said on Monday that its Brauhorn ski resort would stay shut for
the coming winter season because it had been unable to raise the money to replace a
chairlift that was closed after an accident in August. Last season the resort, which
offers 42 kilometres of slopes, drew some 180,000 visitors. Season passes already
sold will be valid at partner resorts, and holders will get a full refund by the end
of November. Chief executive Reto Imboden said discussions with two potential
investors were ongoing and the company still hoped to reopen in December 2025. About
120 seasonal jobs will go, according to the mayor of the neighbouring village of
Sankt Falten.""",
errors=[E("closed after an accident in August", "event", "major",
          "declared unsafe in an inspection in August"),
        E("will be valid at partner resorts", "polarity", "major",
          "will not be valid at partner resorts")],
traps=[T("had been unable to raise the money", "failed to secure financing"),
       T("were ongoing", "were continuing")])

case("pipelines", "summary",
"""The gas pipeline operator Transnor Grid has shut down a 90-kilometre section of
its Eastline pipeline after detecting a pressure drop near the town of Korvel on
Saturday night, the company said on Sunday. Crews found a small leak at a valve
station and evacuated 35 homes as a precaution. Residents were allowed to return on
Sunday afternoon. Transnor said supplies to customers were not affected because gas
had been rerouted through the parallel Westline pipeline. The national energy
regulator, Enerreg, has sent inspectors to the site. The cause of the leak is under
investigation, and the section is expected to remain closed for about a week.""",
"""Transnor Grid shut a 90-kilometre stretch of its Westline pipeline after a
pressure drop near Korvel on Saturday night led crews to a small leak at a valve
station; 35 homes were evacuated as a precaution until Sunday afternoon. Supplies to
customers were unaffected as gas was rerouted through a parallel line. Regulator
Enerreg has sent inspectors, and the section is expected to stay closed for around a
week while the cause is investigated.""",
errors=[E("Westline pipeline", "entity", "major", "Eastline pipeline")],
traps=[T("were unaffected", "were not affected"),
       T("stay closed for around a week", "remain closed for about a week")])

case("ambulance services", "translation",
"""The regional ambulance service will station an additional ambulance in the rural
municipality of Haukivara from 1 October, the regional health authority announced on
Monday. The decision follows criticism that response times in the area had exceeded
the national target of 20 minutes in almost half of urgent cases last year. The new
unit will be staffed around the clock by two paramedics. The cost, about 1.1 million
euros per year, will be covered by the regional health budget. Local council chair
Mikko Haarala welcomed the decision but said the municipality would continue to push
for a helicopter landing site. The authority said it would review response times
again after six months.""",
"""From 1 October the regional ambulance service will base an extra ambulance in the
rural municipality of Haukivara, the regional health authority said on Monday. The
move comes after complaints that, last year, crews in the area took longer than the
national 20-minute target in nearly half of urgent calls. The new ambulance will be
crewed 24 hours a day by two paramedics. Its annual cost of roughly 1.1 million euros
will be met from the regional health budget. Mikko Haarala, who chairs the local
council, welcomed the decision but said the municipality would keep pressing for a
helicopter landing site. Response times will be reviewed again after six months, the
authority said.""",
traps=[T("took longer than the national 20-minute target",
         "had exceeded the national target of 20 minutes"),
       T("nearly half of urgent calls", "almost half of urgent cases"),
       T("24 hours a day", "around the clock"),
       T("annual cost of roughly 1.1 million euros", "about 1.1 million euros per year"),
       T("keep pressing for", "continue to push for")])


# ---------------------------------------------------------------- build / validate
def find_nth(hay, needle, occ):
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def is_word(ch):
    return ch.isalnum()


def boundary_ok(s, start, end):
    if start > 0 and start < len(s) and is_word(s[start - 1]) and is_word(s[start]):
        return False
    if end > 0 and end < len(s) and is_word(s[end - 1]) and is_word(s[end]):
        return False
    return True


def words(s):
    return len(re.findall(r"\S+", s))


def build():
    problems = []
    records = []

    def bad(cid, msg):
        problems.append("%s: %s" % (cid, msg))

    for i, c in enumerate(CASES, 1):
        cid = "s%d-%03d" % (SET_NO, i)
        ref, cand = c["reference"], c["candidate"]
        errors, traps, spans = [], [], []
        for e in c["errors"]:
            et, sev = e["type"], e["severity"]
            if et not in ERROR_TYPES:
                bad(cid, "bad error type %r" % et)
            if sev not in SEVERITIES:
                bad(cid, "bad severity %r" % sev)
            if et == "omission":
                if e["text"] != "":
                    bad(cid, "omission with text")
                anchor = e["after"] or e["before"]
                if not anchor:
                    bad(cid, "omission without anchor")
                    continue
                p = find_nth(cand, anchor, e["occ"])
                if p < 0:
                    bad(cid, "omission anchor not found: %r" % anchor)
                    continue
                start = end = p + len(anchor) if e["after"] else p
                if c["mode"] == "summary":
                    bad(cid, "omission in summary")
                if not e["ref_text"] or e["ref_text"] in cand:
                    bad(cid, "omitted words present in candidate: %r" % e["ref_text"])
            else:
                start = find_nth(cand, e["text"], e["occ"])
                if start < 0:
                    bad(cid, "error text not found: %r" % e["text"])
                    continue
                end = start + len(e["text"])
                if not e["text"].strip():
                    bad(cid, "empty error span")
            if et in ("addition", "repetition"):
                if e["ref_text"] is not None:
                    bad(cid, "%s must have ref_text None" % et)
            else:
                if not e["ref_text"] or e["ref_text"] not in ref:
                    bad(cid, "error ref_text not in reference: %r" % e["ref_text"])
            if et == "repetition" and cand.find(e["text"]) >= start:
                bad(cid, "repetition has no earlier copy")
            if not boundary_ok(cand, start, end):
                bad(cid, "error span cuts a word: %r" % e["text"])
            errors.append({"start": start, "end": end, "text": cand[start:end], "type": et,
                           "severity": sev, "ref_text": e["ref_text"]})
            spans.append((start, end, "error %r" % e["text"]))
        for t in c["traps"]:
            start = find_nth(cand, t["text"], t["occ"])
            if start < 0:
                bad(cid, "trap text not found: %r" % t["text"])
                continue
            end = start + len(t["text"])
            if t["ref_text"] not in ref:
                bad(cid, "trap ref_text not in reference: %r" % t["ref_text"])
            if t["text"] == t["ref_text"]:
                bad(cid, "trap identical to reference wording: %r" % t["text"])
            if not boundary_ok(cand, start, end):
                bad(cid, "trap span cuts a word: %r" % t["text"])
            traps.append({"start": start, "end": end, "text": cand[start:end],
                          "ref_text": t["ref_text"]})
            spans.append((start, end, "trap %r" % t["text"]))
        sp = sorted(spans)
        for a, b in zip(sp, sp[1:]):
            if b[0] < a[1] or (b[0] == a[1] and (a[0] == a[1] or b[0] == b[1])
                               and a[0] < b[0] < a[1]):
                bad(cid, "overlapping spans: %s / %s" % (a[2], b[2]))
        for s0, e0, name in spans:
            for s1, e1, name1 in spans:
                if name != name1 and s0 == e0 and s1 < s0 < e1:
                    bad(cid, "omission point inside span: %s in %s" % (name, name1))
        label = "inconsistent" if errors else "consistent"
        nw = words(ref)
        if not 70 <= nw <= 190:
            bad(cid, "reference has %d words" % nw)
        if c["mode"] not in ("rewrite", "summary", "translation"):
            bad(cid, "bad mode")
        if c["mode"] == "summary" and (len(cand) >= len(ref) or words(cand) >= nw):
            bad(cid, "summary not shorter than reference")
        if label == "consistent" and not 3 <= len(traps) <= 5:
            bad(cid, "consistent pair with %d traps" % len(traps))
        if label == "inconsistent" and len(traps) > 3:
            bad(cid, "inconsistent pair with %d traps" % len(traps))
        if c["domain"] not in DOMAINS:
            bad(cid, "domain not in list: %r" % c["domain"])
        errors.sort(key=lambda x: (x["start"], x["end"]))
        traps.sort(key=lambda x: (x["start"], x["end"]))
        records.append({"id": cid, "domain": c["domain"], "mode": c["mode"],
                        "reference": ref, "candidate": cand, "label": label,
                        "errors": errors, "traps": traps})

    # composition
    n = len(records)
    if n != 40:
        problems.append("expected 40 pairs, got %d" % n)
    doms = [r["domain"] for r in records]
    if len(set(doms)) != len(doms):
        problems.append("duplicate domains")
    for mode, total in (("rewrite", 20), ("summary", 10), ("translation", 10)):
        rs = [r for r in records if r["mode"] == mode]
        nc = sum(r["label"] == "consistent" for r in rs)
        if len(rs) != total or nc != total // 2:
            problems.append("mode %s: %d pairs, %d consistent" % (mode, len(rs), nc))
    allerr = [e for r in records for e in r["errors"]]
    if len(allerr) != 30:
        problems.append("expected 30 errors, got %d" % len(allerr))
    for t in ERROR_TYPES:
        k = sum(e["type"] == t for e in allerr)
        if k < 2:
            problems.append("error type %s only %d times" % (t, k))
    inc = [r for r in records if r["label"] == "inconsistent"]
    if len(inc) != 20:
        problems.append("expected 20 inconsistent pairs, got %d" % len(inc))
    if sum(1 <= len(r["errors"]) <= 2 for r in inc) < len(inc) * 0.6:
        problems.append("too few inconsistent pairs with 1-2 errors")
    # round-trip offsets
    for r in records:
        for s in r["errors"] + r["traps"]:
            if r["candidate"][s["start"]:s["end"]] != s["text"]:
                problems.append("%s: offset mismatch" % r["id"])
    return records, problems


def summary(records):
    from collections import Counter
    errs = Counter(e["type"] for r in records for e in r["errors"])
    sev = Counter(e["severity"] for r in records for e in r["errors"])
    modes = Counter((r["mode"], r["label"]) for r in records)
    lines = ["pairs: %d" % len(records)]
    for (m, l), k in sorted(modes.items()):
        lines.append("  %-11s %-12s %d" % (m, l, k))
    lines.append("errors: %d  %s" % (sum(errs.values()),
                                      ", ".join("%s %d" % (t, errs[t]) for t in ERROR_TYPES)))
    lines.append("severity: %s" % dict(sev))
    lines.append("traps: %d" % sum(len(r["traps"]) for r in records))
    wc = [words(r["reference"]) for r in records]
    lines.append("reference words: min %d max %d" % (min(wc), max(wc)))
    return "\n".join(lines)


def main():
    records, problems = build()
    if problems:
        print("VALIDATION FAILED:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print(summary(records))
    if "--check" in sys.argv[1:]:
        print("check only: nothing written")
        return
    with open(OUT, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %s" % OUT)


if __name__ == "__main__":
    main()
