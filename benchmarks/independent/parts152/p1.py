"""Rewrite pairs, part 1 (five consistent, five inconsistent)."""
from ._helpers import C, E, OM, T, W  # noqa: F401

CASES = [
C("cyclone preparedness drill", "rewrite",
"""Emergency services in the coastal district of Maru Bay will stage a
full-scale cyclone preparedness drill on Saturday 14 September, the district
disaster office said on Monday. About 1,200 residents from three low-lying
villages are expected to take part in the exercise, which will test
evacuation routes, warning sirens and the district's two new storm shelters.
The drill will begin at 7 a.m. and is scheduled to last four hours. District
disaster coordinator Elena Vosk said the shelters, completed in July at a
cost of 3.4 million dollars, could each house up to 600 people. "We would
rather find the weak points now than in the middle of a storm," she said.
Schools in the three villages will remain closed on the day of the drill.""",
"""The Maru Bay district disaster office announced on Monday that emergency
services will hold a full-scale cyclone preparedness drill on 14 September, a
Saturday. Roughly 1,200 people living in three low-lying villages are likely
to join the exercise, which will put evacuation routes, warning sirens and the
district's two new storm shelters to the test. Starting at 7 a.m., the drill
is planned to run until 11 a.m. According to district disaster coordinator
Elena Vosk, the shelters, which were finished in July for $3.4m, could each
hold as many as 600 people. She said it was better to find the weak points
now than in the middle of a storm. On the day of the drill, schools in the
three villages will stay closed.""",
traps=[
    T("14 September, a Saturday", "Saturday 14 September"),
    T("are likely to join", "are expected to take part"),
    T("run until 11 a.m.", "last four hours"),
    T("$3.4m", "3.4 million dollars"),
    T("as many as 600 people", "up to 600 people"),
]),

C("regional development fund", "rewrite",
"""The Eastmarch regional assembly has approved a 45 million euro development
fund to support small businesses in former mining towns over the next five
years. Firms with fewer than 50 employees will be able to apply for grants of
up to 200,000 euros, provided they create at least two new jobs. Assembly
member Rosa Lindahl, who chairs the economy committee, said the fund aimed to
create around 1,500 jobs. Applications open on 3 March. The opposition Civic
Union party voted against the plan, arguing that the money should go to
transport links instead. The fund is partly financed by a loan from the
national investment bank.""",
"""A €4.5m development fund to help small businesses in former mining towns
over the next five years has been approved by the Eastmarch regional
assembly. Firms employing fewer than 50 people can apply for grants of up to
€200,000. Rosa Lindahl, the assembly member who chairs the economy committee,
said the aim was to create around 1,500 jobs. Applications open on 3 March.
The opposition Civic Union voted against the plan, saying the money would be
better spent on transport links. The fund is partly financed with a loan from
the national investment bank.""",
errors=[
    E("€4.5m", "number", "major", "45 million euro"),
    OM("grants of up to €200,000", "provided they create at least two new jobs",
       "major"),
],
traps=[
    T("Firms employing fewer than 50 people",
      "Firms with fewer than 50 employees"),
    T("saying the money would be better spent on transport links",
      "arguing that the money should go to transport links instead"),
]),

C("dock workers pay deal", "rewrite",
"""Dock workers at the Port of Selvane have voted to accept a two-year pay
deal, ending a dispute that had led to three 24-hour strikes since March. The
Harbour and Transport Workers' Union said 78 per cent of members who took part
in the ballot backed the offer, on a turnout of 64 per cent. Under the
agreement, basic pay will rise by 6 per cent this year and by a further 4 per
cent in 2025, and night-shift allowances will double. Selvane Port Authority
chief executive Marcus Hedley said the deal was "fair to workers and
sustainable for the port". The union had originally demanded a 10 per cent
rise. The new rates take effect on 1 October.""",
"""A two-year pay offer has been accepted in a ballot of dock workers at the
Port of Selvane, bringing to an end a dispute that had seen three day-long
strikes since March. Almost four in five union members who voted in the
ballot supported the deal, the Harbour and Transport Workers' Union said;
turnout was 64%. The agreement raises basic pay by 6% this year and by
another 4% in 2025, and doubles night-shift allowances. The union's original
demand had been a 10% rise. Marcus Hedley, the port authority's chief
executive, described the deal as "fair to workers and sustainable for the
port". The new rates apply from 1 October.""",
traps=[
    T("three day-long strikes", "three 24-hour strikes"),
    T("Almost four in five union members who voted in the ballot",
      "78 per cent of members who took part in the ballot"),
    T("turnout was 64%", "on a turnout of 64 per cent"),
    T("doubles night-shift allowances", "night-shift allowances will double"),
    T("the port authority's chief executive",
      "Selvane Port Authority chief executive"),
]),

C("cargo plane emergency landing", "rewrite",
"""A cargo plane operated by Skylane Freight made an emergency landing at
Brennock Airport on Tuesday evening after the crew reported smoke in the
cockpit, the airport said. The twin-engine freighter, which was flying from
Halvard to Port Isley with a load of mail and parcels, landed safely at 8:40
p.m. The three crew members were checked by paramedics but did not need
hospital treatment. The airport's single runway was closed for about 90
minutes, and four passenger flights were diverted to other airports. The
national air accident investigation branch has opened an inquiry. Skylane
Freight said it was cooperating fully.""",
"""A Skylane Freight cargo plane made an emergency landing at Brennock Airport
on Tuesday evening after its crew reported smoke in the cockpit, the airport
said. Carrying mail and parcels from Halvard to Port Isley, the twin-engine
freighter touched down safely at 8:40 p.m. Paramedics checked its three crew,
none of whom needed hospital treatment. The airport's only runway stayed
closed until about 9:10 p.m., and four passenger flights were diverted to
other airports. An inquiry has been opened by the national air accident
investigation branch. Skylane Freight said it was cooperating fully and had
grounded the rest of its fleet as a precaution.""",
errors=[
    E("until about 9:10 p.m.", "date", "minor", "for about 90 minutes"),
    E("and had grounded the rest of its fleet as a precaution", "addition",
      "major", None),
],
traps=[
    T("none of whom needed hospital treatment",
      "did not need hospital treatment"),
]),

C("train operator fine", "rewrite",
"""The rail regulator has fined Northline Trains 2.5 million pounds for
repeatedly failing to give passengers accurate information during disruption
last winter. The Office of Rail Standards said its investigation found that on
41 days between November and February, departure boards and the operator's
app showed services as running after they had been cancelled. The fine is the
largest the regulator has imposed on a passenger operator. Northline, which
runs services between Carrowby and the coast, said it accepted the findings
and had since invested in new systems. The company has 28 days to appeal but
said it did not intend to do so. The money will be paid to the Treasury rather
than to passengers.""",
"""Northline Trains has been hit with a £2.5m fine by the rail regulator after
it repeatedly gave passengers inaccurate information during disruption last
winter. According to the Office of Rail Standards, on 41 days from November to
February the operator's app and departure boards listed services as running
when they had already been cancelled. No passenger operator has been fined
more heavily by the regulator. The operator, whose trains run between Carrowby
and the coast, said it accepted the findings and had since put money into new
systems. Although it has four weeks to appeal, Northline said it had no plans
to do so. The money goes to the Treasury, not to passengers.""",
traps=[
    T("£2.5m", "2.5 million pounds"),
    T("repeatedly gave passengers inaccurate information",
      "repeatedly failing to give passengers accurate information"),
    T("No passenger operator has been fined more heavily by the regulator",
      "The fine is the largest the regulator has imposed on a passenger operator"),
    T("four weeks", "28 days"),
    T("had no plans to do so", "did not intend to do so"),
]),

C("river cruise cancellation", "rewrite",
"""Riverline Cruises has cancelled all sailings on the upper Salm river until
at least the end of August because water levels have fallen too low for its
vessels to operate safely. The company said about 2,300 passengers were
affected and would be offered a full refund or a place on an alternative
cruise on the Danwick river. Levels at the Kellen gauge, a key reference point
for shipping, dropped to 78 centimetres on Monday, well below the 1.2 metres
the ships need. The regional waterways authority said little rain was
forecast for the next two weeks. Riverline's rival, Auren Voyages, said its
smaller boats were still running.""",
"""All Riverline Cruises sailings on the upper Salm river have been cancelled
until at least the end of August because water levels are now too low for its
vessels to operate safely. Around 2,300 passengers are affected, and the
company will offer them a full refund or a place on an alternative cruise on
the Kellen river. On Monday the Kellen gauge, a key reference point for
shipping, showed just 78 centimetres, well below the 1.2 metres the ships
need. Little rain is forecast for the coming fortnight, according to the
regional waterways authority. Auren Voyages, a rival operator, said its
smaller boats were still running.""",
errors=[
    E("Kellen", "entity", "major", "Danwick", occ=0),
],
traps=[
    T("Around 2,300 passengers are affected",
      "about 2,300 passengers were affected"),
    T("the coming fortnight", "the next two weeks"),
    T("Auren Voyages, a rival operator", "Riverline's rival, Auren Voyages"),
]),

C("truffle harvest slump", "rewrite",
"""This season's black truffle harvest in the Vessaro hills has fallen to its
lowest level in at least two decades, according to the regional growers'
cooperative. Members gathered around 3.1 tonnes between December and March,
less than half the 7 tonnes collected a year earlier. The cooperative blamed a
dry summer followed by an unusually warm autumn, which it said had stunted the
fungi before they could mature. Wholesale prices at the weekly market in
Orvanne have climbed to about 1,400 euros a kilo, up from 900 euros last
season. Cooperative president Luca Brenta said some smaller growers might not
survive another poor year. The cooperative has asked the regional government
for emergency support.""",
"""The black truffle harvest in the Vessaro hills this season is the smallest
in at least 20 years, the regional growers' cooperative says. Its members
collected roughly 3.1 tonnes from December to March, under half of the
previous year's 7 tonnes. A dry summer followed by an unusually warm autumn
stunted the fungi before they could mature, according to the cooperative. At
Orvanne's weekly market, wholesale prices have risen to around €1,400 per
kilo, compared with €900 last season. Some smaller growers may not survive
another bad year, warned cooperative president Luca Brenta. The regional
government has been asked by the cooperative for emergency support.""",
traps=[
    T("the smallest in at least 20 years",
      "its lowest level in at least two decades"),
    T("under half of the previous year's 7 tonnes",
      "less than half the 7 tonnes collected a year earlier"),
    T("€1,400 per kilo", "1,400 euros a kilo"),
    T("may not survive", "might not survive"),
]),

C("toy recall notice", "rewrite",
"""Toymaker Pellow & Finch is recalling around 40,000 wooden stacking rings
sold since January because a coloured coating on some pieces can flake off and
be swallowed by young children. The company said no injuries had been
reported, but it was acting as a precaution after tests found the problem in
one batch. The toys, sold under the name Rainbow Tower, carry batch numbers
beginning with RT-23. Customers should stop using the toy immediately and
return it to any stockist for a full refund; a receipt is not required. The
national product safety agency said the recall had been agreed with the
company and that other Pellow & Finch products were not affected.""",
"""Around 40,000 Rainbow Tower wooden stacking rings, sold since January, are
being recalled by toymaker Pellow & Finch because the coloured coating on some
pieces can flake off and be swallowed by young children. The company said it
was acting as a precaution after tests found the problem in one batch; no
injuries have been reported. Affected toys carry batch numbers that begin
with RT-23. Customers should immediately stop using them and take them back to
any stockist for a full refund, provided they can show a receipt. According
to the national product safety agency, the recall was agreed with the company,
and no other Pellow & Finch products are affected.""",
errors=[
    E("provided they can show a receipt", "polarity", "major",
      "a receipt is not required"),
],
traps=[
    T("no injuries have been reported", "no injuries had been reported"),
    T("no other Pellow & Finch products are affected",
      "other Pellow & Finch products were not affected"),
]),

C("student protest fine", "rewrite",
"""Halbrook University has fined its students' union 15,000 dollars over a
sit-in that occupied the main library for six days in April. The university
said the protest, against planned cuts to the languages department, had forced
the cancellation of 23 exam revision sessions and caused damage to furniture.
Students' union president Amira Okafor called the penalty "disproportionate"
and said the union would challenge it through the university's internal
appeals process. The union has until 30 June to lodge an appeal. No individual
students have been disciplined. The university said separately that the
proposed cuts, which would remove 11 teaching posts, remained under review and
no final decision would be taken before September.""",
"""Halbrook University has imposed a $15,000 fine on its students' union over a
six-day sit-in in the main library in April. The protest was against plans to
cut the languages department, and according to the university it forced 23
exam revision sessions to be cancelled and damaged furniture. Amira Okafor,
who heads the students' union, described the penalty as "disproportionate" and
said it would be contested through the university's internal appeals process,
for which the deadline is 30 June. Individual students have not faced
disciplinary action. In a separate statement, the university said the
proposed cuts - which would eliminate 11 teaching posts - were still under
review, with no final decision until September at the earliest.""",
traps=[
    T("$15,000", "15,000 dollars"),
    T("Amira Okafor, who heads the students' union",
      "Students' union president Amira Okafor"),
    T("Individual students have not faced disciplinary action",
      "No individual students have been disciplined"),
    T("no final decision until September at the earliest",
      "no final decision would be taken before September"),
]),

C("hurricane relief grant", "rewrite",
"""The Caldera Foundation has awarded a 2 million dollar grant to the Isla
Verde Red Shield Society to rebuild homes damaged by Hurricane Marisol, the
foundation said on Thursday. The money will fund repairs to about 350 houses
in the island's southern districts, where the storm's winds and flooding
caused the most damage in September. The Red Shield Society, which has been
coordinating relief on the island, said work would begin next month and should
be completed within a year. Foundation director Helen Achebe said priority
would go to households with elderly or disabled members. The grant is the
largest the foundation has made outside its home country.""",
"""The Caldera Foundation has received a $2m grant from the Isla Verde Red
Shield Society to rebuild homes damaged by Hurricane Marisol, the foundation
said on Thursday. The money will pay for repairs to around 350 houses in the
southern districts of the island, where the storm's winds and flooding did the
most damage in September. Work will start next month and should be finished
within a year, according to the Red Shield Society, which has been
coordinating relief on the island. Helen Achebe, the foundation's director,
said households with elderly or disabled members would be given priority. It
is the largest grant the foundation has made outside its home country.""",
errors=[
    E("Caldera Foundation has received a $2m grant from the Isla Verde Red "
      "Shield Society", "role", "critical",
      "Caldera Foundation has awarded a 2 million dollar grant to the Isla "
      "Verde Red Shield Society"),
],
traps=[
    T("around 350 houses", "about 350 houses"),
    T("should be finished within a year", "should be completed within a year"),
    T("would be given priority", "priority would go to"),
]),
]
