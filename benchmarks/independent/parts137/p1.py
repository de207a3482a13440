"""Cases 1-10 (rewrites)."""
from .h import C, E, OM, T

CASES = [
# 1 ---------------------------------------------------------------------
C("ai chatbot ban", "rewrite", "consistent",
"""The education authority of Varlow County has barred pupils from using AI chatbots
on school computers and networks, with the ban taking effect on 6 January. The
decision, approved by the authority's board by seven votes to two on Thursday,
applies to all 43 secondary schools in the county. Teachers will still be allowed to
use the tools for lesson planning. Board chair Miriam Ostrander said the measure was
intended to protect the integrity of coursework and would be reviewed after twelve
months. Parents' group Varlow Families Forward called the ban 'a blunt instrument' and
urged the authority to publish guidance on acceptable use instead. The authority said
it expected to spend about £180,000 on filtering software to enforce the restriction.""",
"""Pupils in Varlow County will no longer be able to use AI chatbots on school
computers or networks from 6 January, after the county's education authority voted on
Thursday to ban them. The board backed the measure 7-2, and it will cover every one of
the county's 43 secondary schools, although teachers can continue to use such tools to
plan lessons. The aim, according to board chair Miriam Ostrander, is to safeguard the
integrity of coursework; she added that the ban will be reviewed after a year. Varlow
Families Forward, a parents' group, described the move as 'a blunt instrument' and said
the authority should instead publish guidance on what counts as acceptable use.
Enforcing the restriction will require filtering software that the authority expects
to cost roughly £180,000.""",
traps=[T("7-2", "seven votes to two"),
       T("every one of the county's 43 secondary schools", "all 43 secondary schools"),
       T("to plan lessons", "for lesson planning"),
       T("after a year", "after twelve months"),
       T("roughly £180,000", "about £180,000")]),

# 2 ---------------------------------------------------------------------
C("house price fall", "rewrite", "inconsistent",
"""Average house prices in the Harnsey region fell by 3.4% in the year to September,
the steepest annual drop since 2012, according to figures published on Wednesday by the
Harnsey Building Society. The typical property now costs £231,500, down from £239,700 a
year earlier. Prices in the regional capital, Dunmore, fell by 5.1%, while rural
districts saw a smaller decline of 1.8%. The society's chief economist, Paul Brenning,
said higher mortgage rates had 'taken the heat out of the market' but predicted that
prices would stabilise by the middle of next year. Estate agents' body the Harnsey
Property Alliance warned, however, that the number of homes coming onto the market had
risen by a fifth, which could push prices lower still.""",
"""House prices across the Harnsey region dropped 3.4% in the twelve months to
September, the sharpest yearly fall since 2012, Harnsey Building Society figures
released on Wednesday show. A typical property now costs £231,500, some £7,200 less
than a year before. The decline was steepest in Dunmore, the regional capital, where
prices slid 5.1%; in rural districts the fall was a more modest 1.8%. Paul Brenning,
the society's chief economist, said dearer mortgages had 'taken the heat out of the
market', though he expects prices to stabilise by the middle of next year. He also
warned that the number of homes coming up for sale had climbed by a fifth, which could
drag prices down further.""",
errors=[E("some £7,200 less", "number", "major", "down from £239,700 a year earlier"),
        E("He also warned", "attribution", "major", "the Harnsey Property Alliance warned")],
traps=[T("the twelve months to September", "the year to September"),
       T("the sharpest yearly fall", "the steepest annual drop"),
       T("dearer mortgages", "higher mortgage rates")]),

# 3 ---------------------------------------------------------------------
C("charging point rollout", "rewrite", "consistent",
"""Kestrel Energy has completed the installation of 1,500 public electric vehicle
charging points across the Brackwater district, six months ahead of schedule, the
company announced on Monday. The £24 million programme, half of which was funded by the
district council, has placed a charger within 500 metres of every household in the
district's three largest towns. Around 300 of the new units are rapid chargers capable
of adding 100 miles of range in about 30 minutes. Kestrel said usage had exceeded
forecasts, with the network recording 41,000 charging sessions in October alone.
Council transport lead Asha Merriweather said the rollout would 'remove one of the
biggest barriers' to drivers switching to electric cars. A second phase, covering rural
villages, is expected to begin next spring, subject to funding.""",
"""A total of 1,500 public EV charging points have now been installed across the
Brackwater district by Kestrel Energy, which said on Monday that the work had been
finished half a year ahead of schedule. The district council paid for 50% of the £24m
scheme, under which every household in the district's three biggest towns is now no
more than 500 metres from a charger. About a fifth of the new units are rapid chargers
that can add 100 miles of range in roughly half an hour. Demand has outstripped
forecasts, according to Kestrel: in October alone the network logged 41,000 charging
sessions. Asha Merriweather, who leads on transport for the council, said the rollout
would 'remove one of the biggest barriers' to drivers switching to electric cars. A
second phase, for rural villages, is likely to start next spring if funding is
secured.""",
traps=[T("half a year ahead of schedule", "six months ahead of schedule"),
       T("paid for 50%", "half of which was funded"),
       T("About a fifth", "Around 300"),
       T("roughly half an hour", "about 30 minutes"),
       T("is likely to start next spring if funding is secured",
         "is expected to begin next spring, subject to funding")]),

# 4 ---------------------------------------------------------------------
C("maternity unit downgrade", "rewrite", "inconsistent",
"""The maternity unit at St Aldric's Hospital in Pellingham will be downgraded to a
midwife-led service from March, the Pellingham and Rowe Health Board confirmed
yesterday. Consultant-led births will move to Castlegate General, 26 miles away. The
board said the change was needed because it had been unable to recruit enough
obstetricians, with five of its eight consultant posts currently vacant. Around 1,900
babies were born at the unit last year. Women assessed as low-risk will still be able
to give birth at St Aldric's, but those with complications will be transferred by
ambulance. Campaigners from Save Pellingham Births said the decision had been taken
without proper public consultation and announced plans to seek a judicial review. The
board said it had not ruled out restoring consultant-led care if staffing improved.""",
"""From March, St Aldric's Hospital in Pellingham will offer only midwife-led maternity
care, the Pellingham and Rowe Health Board confirmed yesterday, with consultant-led
births moving to Castlegate General, 26 miles away. Five of the board's eight consultant
obstetrician posts are vacant, and it said the change was necessary because it had been
unable to recruit enough of them. Last year roughly 1,900 babies were delivered at the
unit. Low-risk women will still be able to have their babies at St Aldric's, while
anyone with complications will be transferred by ambulance. Save Pellingham Births
campaigners accused the board of failing to consult the public properly and said they
would seek a judicial review. The board said a return to consultant-led care had been
ruled out, even if staffing improved.""",
errors=[E("had been ruled out", "polarity", "critical", "had not ruled out")],
traps=[T("will offer only midwife-led maternity care",
         "will be downgraded to a midwife-led service"),
       T("Five of the board's eight consultant obstetrician posts are vacant",
         "five of its eight consultant posts currently vacant")]),

# 5 ---------------------------------------------------------------------
C("hailstorm crop losses", "rewrite", "consistent",
"""A hailstorm that swept across the Tervin Valley on Saturday afternoon destroyed an
estimated 40% of the region's apple crop just weeks before harvest, the Tervin Growers'
Cooperative said on Sunday. Hailstones up to four centimetres across fell for around 20
minutes, shredding leaves and bruising fruit on more than 2,600 hectares of orchards.
The cooperative put preliminary losses at €18 million. Its president, Lotte Haverkamp,
said many members had no insurance against hail because premiums had tripled over the
past five years. The regional agriculture department said it would send assessors to
the worst-hit farms this week and would consider applying for national disaster funding
once the damage had been fully assessed. No injuries were reported.""",
"""An estimated two-fifths of the Tervin Valley's apple crop was wiped out by a
hailstorm on Saturday afternoon, only weeks before picking was due to begin, according
to the Tervin Growers' Cooperative, which gave its assessment on Sunday. For about 20
minutes, hailstones as large as 4cm across battered more than 2,600 hectares of
orchards, stripping leaves and bruising fruit. The cooperative's preliminary estimate
puts losses at €18m. Many members had no hail insurance because premiums have risen
threefold in five years, said the cooperative's president, Lotte Haverkamp. The
regional agriculture department said its assessors would visit the hardest-hit farms
this week and that it would consider seeking national disaster funds once the full
extent of the damage was known. There were no reports of injuries.""",
traps=[T("two-fifths", "40%"),
       T("before picking was due to begin", "before harvest"),
       T("as large as 4cm across", "up to four centimetres across"),
       T("€18m", "€18 million"),
       T("risen threefold", "tripled")]),

# 6 ---------------------------------------------------------------------
C("academy trust takeover", "rewrite", "inconsistent",
"""Holloway Primary School in Fenwick will be taken over by the Larchmere Learning
Trust on 1 September, after the government's regional schools director ruled that its
current sponsor, the Brightpath Academies Trust, had failed to address serious
weaknesses. The school was rated inadequate by inspectors in February, two years after
a previous inspection found it required improvement. Larchmere, which already runs 14
schools in the area, said it would appoint a new head teacher before the end of the
summer term. Brightpath's chief executive, Gordon Pryce, said the trust was
'disappointed' but would cooperate fully with the handover. Parents will be invited to
a meeting at the school on 18 June to hear Larchmere's plans.""",
"""The Brightpath Academies Trust is to take over Holloway Primary School in Fenwick
from the Larchmere Learning Trust on 1 September, after the government's regional
schools director concluded that the school's current sponsor had not tackled serious
weaknesses. Inspectors judged Holloway inadequate in February; at its previous
inspection two years earlier it had been found to require improvement. The incoming
trust, which already runs 14 schools locally, said it would appoint a new head teacher
by the start of the autumn term. Gordon Pryce, chief executive of the outgoing trust,
said it was 'disappointed' but would cooperate fully with the handover. A meeting for
parents will be held at the school on 18 June, where the new sponsor will set out its
plans.""",
errors=[E("Brightpath Academies Trust is to take over Holloway Primary School in Fenwick from the Larchmere Learning Trust",
          "role", "critical", "will be taken over by the Larchmere Learning Trust"),
        E("by the start of the autumn term", "date", "minor",
          "before the end of the summer term")],
traps=[T("Inspectors judged Holloway inadequate in February",
         "The school was rated inadequate by inspectors in February"),
       T("at its previous inspection two years earlier",
         "two years after a previous inspection")]),

# 7 ---------------------------------------------------------------------
C("tsunami drill", "rewrite", "consistent",
"""More than 12,000 residents of the coastal town of Port Esker took part in a tsunami
evacuation drill on Wednesday morning, the largest exercise of its kind in the
country's history. Sirens sounded at 9.30am, and residents were given 15 minutes to
reach designated high ground at least 20 metres above sea level. Officials said 87% of
participants reached safety within the target time, up from 71% in last year's drill.
However, the exercise revealed problems in the harbour district, where two of the five
warning sirens failed to sound. The regional civil protection agency said the faulty
sirens would be repaired within a fortnight and that a further drill, focused on
schools and care homes, would take place in the spring.""",
"""Port Esker held the biggest tsunami evacuation drill the country has ever seen on
Wednesday morning, with over 12,000 of the coastal town's residents taking part. When
the sirens went off at half past nine, people had a quarter of an hour to get to
designated high ground no lower than 20 metres above sea level. Almost nine in ten
participants (87%, compared with 71% at last year's drill) made it to safety in the
time allowed, officials said. The harbour district was a weak spot, though: two of its
five warning sirens stayed silent. According to the regional civil protection agency,
the faulty sirens will be repaired within two weeks, and another drill, aimed at
schools and care homes, will be held in the spring.""",
traps=[T("half past nine", "9.30am"),
       T("a quarter of an hour", "15 minutes"),
       T("no lower than 20 metres", "at least 20 metres"),
       T("stayed silent", "failed to sound"),
       T("within two weeks", "within a fortnight")]),

# 8 ---------------------------------------------------------------------
C("carbon monoxide death", "rewrite", "inconsistent",
"""A 67-year-old man found dead at his home in Millbrook Lane, Ashcombe, on Sunday is
believed to have died from carbon monoxide poisoning, Ashcombe police said. Officers
were called at 8.15pm after a neighbour raised concerns that she had not seen him for
two days. His wife, 64, was taken to Ashcombe General Hospital, where she remains in a
serious but stable condition. Fire investigators said initial tests pointed to a faulty
gas boiler. Police said the death was not being treated as suspicious. The gas network
operator, Westmarch Gas, has inspected neighbouring properties as a precaution and found
no further leaks. The fire service urged residents to fit carbon monoxide alarms and
have boilers serviced annually.""",
"""Police in Ashcombe said a 67-year-old man who was found dead at his home in
Millbrook Lane on Sunday died from carbon monoxide poisoning. Officers were called to
the house at 8.15pm, after a neighbour became worried that she had not seen him for 48
hours. His 64-year-old wife was taken to Ashcombe General Hospital and remains in a
serious but stable condition. Initial tests by fire investigators point to a faulty gas
boiler, and police are not treating the death as suspicious. Westmarch Gas, which
operates the gas network, has checked neighbouring homes as a precaution and found no
other leaks. Residents have been urged by the fire service to install carbon monoxide
alarms and to get their boilers serviced every year.""",
errors=[OM("died from carbon monoxide poisoning", "is believed to have", "major")],
traps=[T("48 hours", "two days"),
       T("His 64-year-old wife", "His wife, 64"),
       T("police are not treating the death as suspicious",
         "the death was not being treated as suspicious")]),

# 9 ---------------------------------------------------------------------
C("recount result", "rewrite", "consistent",
"""A recount in the Carrow North ward has overturned the result of last week's council
by-election, handing the seat to Independent candidate Ruth Okafor by a margin of four
votes. Ms Okafor received 1,208 votes to 1,204 for the Civic Alliance's Daniel Marsh,
who had initially been declared the winner by nine votes. The recount was ordered by
the returning officer, Helen Voss, after a bundle of 13 ballot papers was found to have
been wrongly allocated during the original count. Turnout was 31%. Mr Marsh said he
would not challenge the outcome in court and congratulated his opponent. The result
leaves the Civic Alliance one seat short of a majority on Carrow District Council.""",
"""Last week's council by-election in Carrow North has been reversed on a recount, with
Independent candidate Ruth Okafor now the winner by four votes. Daniel Marsh of the
Civic Alliance, who had originally been declared elected with a nine-vote lead, finished
on 1,204 to Ms Okafor's 1,208. Returning officer Helen Voss ordered the recount once it
emerged that a bundle of 13 ballot papers had been wrongly allocated in the first count.
Turnout stood at 31%. Mr Marsh congratulated Ms Okafor and said he would not be going
to court over the result. The Civic Alliance is now one seat short of a majority on
Carrow District Council.""",
traps=[T("has been reversed on a recount", "has overturned the result"),
       T("with a nine-vote lead", "the winner by nine votes"),
       T("finished on 1,204 to Ms Okafor's 1,208", "received 1,208 votes to 1,204"),
       T("Returning officer Helen Voss ordered the recount",
         "The recount was ordered by the returning officer, Helen Voss"),
       T("would not be going to court over the result",
         "would not challenge the outcome in court")]),

# 10 --------------------------------------------------------------------
C("noise abatement order", "rewrite", "inconsistent",
"""Granton City Council has served a noise abatement order on the Foundry Yard music
venue in Mill Road after receiving 46 complaints from residents in six months. The
order, issued on Tuesday, requires the venue to keep amplified music below 65 decibels
at the boundary of the nearest homes after 11pm. Council environmental health officers
recorded levels of up to 82 decibels on Calder Street during a concert in August. The
venue's owner, Marcus Flint, said he would appeal, arguing that Foundry Yard had
operated on the site for 19 years, long before the flats on Calder Street were built.
If the venue breaches the order, it could face a fine of up to £20,000. Residents'
spokesperson Janet Arles said neighbours 'just want to sleep'.""",
"""Foundry Yard, the Mill Road music venue, has been served with a noise abatement
order by Granton City Council following 46 complaints from local residents over a
six-month period. Under the order, issued on Tuesday, amplified music must stay under 65
decibels at the boundary of the nearest homes after 11pm. During an August concert, the
council's environmental health officers measured up to 82 decibels on Calder Street.
Owner Marcus Flint, whose venue hosts around 150 gigs a year, plans to appeal: Foundry
Yard has been on the site for 19 years, he argues, long before the flats in Mill Road
were built. A breach of the order could result in a fine of as much as £20,000.
Neighbours 'just want to sleep', said Janet Arles, speaking for residents.""",
errors=[E("whose venue hosts around 150 gigs a year", "addition", "minor", None),
        E("Mill Road", "entity", "minor", "Calder Street", occ=1)],
traps=[T("over a six-month period", "in six months"),
       T("as much as £20,000", "up to £20,000")]),
]
