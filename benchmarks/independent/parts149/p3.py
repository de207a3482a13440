"""Summary pairs (five consistent, five inconsistent). Leaving things out is
not an error in summary mode."""
from ._helpers import E, T, case

CASES = [
case("wind farm approval", "summary",
"""The planning inspectorate of the Norrland Coast region has approved the
construction of a 24-turbine wind farm on the Skarvik plateau, ending a
three-year dispute between the developer and local residents. The project, led
by the energy company Brightfell Renewables, is expected to generate enough
electricity for about 60,000 homes once completed in 2027. Chief inspector
Ragnar Ekholm said the approval was subject to conditions, including a ban on
construction during the bird breeding season from April to June and a
requirement to remove the turbines after 30 years. Residents' group Save
Skarvik, which had argued that the turbines would spoil views and harm tourism,
said it was disappointed and was considering a legal challenge. Brightfell said
it would begin site preparation in the autumn and would set up a community fund
worth 200,000 euros a year for nearby villages.""",
"""A 24-turbine wind farm on the Skarvik plateau has been approved, ending a
three-year dispute. Brightfell Renewables' project should power about 60,000
homes once completed in 2027; conditions include no construction from April to
June and removal of the turbines after 30 years. Residents' group Save Skarvik
is considering a legal challenge. Brightfell said it would begin installing
turbines in the autumn and set up a €200,000-a-year community fund for nearby
villages.""",
errors=[E("begin installing turbines", "event", "major",
          "begin site preparation")],
traps=[T("should power about 60,000 homes",
         "is expected to generate enough electricity for about 60,000 homes"),
       T("€200,000-a-year community fund",
         "community fund worth 200,000 euros a year")]),

case("sculpture unveiling", "summary",
"""A bronze sculpture honouring the women who worked in the Calloway textile
mills was unveiled on Saturday in the town's Market Square, in front of a crowd
of several hundred people. The 4.5-metre work, titled 'Shift Change', was
created by local artist Beatrix Hallam and shows three mill workers walking arm
in arm. It was paid for by public donations totalling 85,000 pounds, collected
over two years by the Calloway Heritage Trust. Trust chairman Oswin Greaves
said the sculpture recognised generations of women whose labour had built the
town's prosperity but whose names were rarely recorded. The mills, which once
employed more than 3,000 people, closed in 1981. The unveiling was performed by
96-year-old Edith Marlow, who started work at the mills at the age of 14.""",
"""'Shift Change', a 4.5-metre bronze by local artist Beatrix Hallam honouring
the women of Calloway's textile mills, was unveiled before several hundred
people in Market Square on Saturday. It depicts three mill workers walking arm
in arm and was funded by £85,000 in public donations gathered over two years by
the Calloway Heritage Trust. Edith Marlow, 96, who started at the mills aged 14,
performed the unveiling.""",
traps=[T("It depicts three mill workers", "shows three mill workers"),
       T("£85,000 in public donations", "public donations totalling 85,000 pounds"),
       T("Edith Marlow, 96,", "96-year-old Edith Marlow"),
       T("aged 14", "at the age of 14")]),

case("medical school places", "summary",
"""The health ministry of Valdoria has announced plans to increase the number of
places at the country's five medical schools by 40 percent over the next four
years, in response to a growing shortage of doctors in rural areas. Health
minister Caspar Lindqvist said annual intake would rise from 1,500 to 2,100
students by 2029, at an estimated cost of 120 million euros. Students who
receive the new places will be required to work in an underserved region for at
least five years after qualifying. The Valdorian Medical Association welcomed
the expansion but warned that teaching hospitals did not yet have enough staff
to train the additional students. The plans still need parliamentary approval,
which is expected in the spring.""",
"""To tackle a rural doctor shortage, Valdoria plans to add 40% more places at
its five medical schools, lifting annual intake from 1,500 to 2,100 by 2029 at
an estimated cost of €12m. Students taking the new places will be encouraged to
work in an underserved region for at least five years after qualifying. The
medical association warned that teaching hospitals lack the staff to train
them; parliamentary approval is expected in the spring.""",
errors=[E("€12m", "number", "major", "120 million euros"),
        E("will be encouraged to", "modality", "major", "will be required to")],
traps=[T("add 40% more places", "increase the number of places"),
       T("parliamentary approval is expected in the spring",
         "The plans still need parliamentary approval, which is expected in the spring")]),

case("soup kitchen volunteers", "summary",
"""The St Aldric's soup kitchen in Wexmoor has appealed for at least 30 new
volunteers after demand for its meals rose sharply over the winter. Coordinator
Miriam Osei said the kitchen was now serving around 450 meals a week, compared
with about 300 a year ago, while the number of regular volunteers had fallen
from 70 to 48. Many long-standing helpers had retired or moved away, she said.
The kitchen is open on Tuesdays, Thursdays and Saturdays and most urgently
needs people to help with cooking and washing up on weekday evenings.
Volunteers must be at least 16 and are asked to commit to one shift a
fortnight. The kitchen is run by a charity and receives no council funding,
relying instead on donations from local supermarkets and churches.""",
"""Wexmoor's St Aldric's soup kitchen is appealing for at least 30 new
volunteers. It now serves about 450 meals weekly, half as many again as a year
ago, while its regular volunteers have dropped from 70 to 48. Help is most
needed with cooking and washing up on weekday evenings; volunteers must be 16
or over and are asked to give one shift every two weeks.""",
traps=[T("about 450 meals weekly", "around 450 meals a week"),
       T("half as many again as a year ago", "compared with about 300 a year ago"),
       T("16 or over", "at least 16"),
       T("every two weeks", "a fortnight")]),

case("marathon charity total", "summary",
"""Runners in this year's Harborough City Marathon raised a record 2.3 million
pounds for charity, race organisers said on Wednesday, beating the previous
high of 1.9 million set in 2022. Around 11,000 people completed the 42-kilometre
course in April, of whom roughly two-thirds were running for one of 240
registered charities. The largest single sum, 96,000 pounds, was raised by a
team of firefighters for a burns unit at Harborough General Hospital. Race
director Yvonne Castell said the figure was remarkable given the pressure on
household budgets. However, the charity watchdog Fairgive noted that
fundraising costs at some larger charities had risen, and urged runners to
check how much of their money reached good causes.""",
"""This year's Harborough City Marathon raised a record £2.3m for charity,
topping 2022's £1.9m. About 11,000 people finished the April race, around
two-thirds of them running for one of 240 charities; a firefighters' team raised
the most, £96,000 for a hospital burns unit. Race director Yvonne Castell called
the total remarkable given squeezed household budgets, though she urged runners
to check how much of their money reaches good causes.""",
errors=[E("she urged runners", "attribution", "major",
          "the charity watchdog Fairgive")],
traps=[T("topping 2022's £1.9m", "beating the previous high of 1.9 million set in 2022"),
       T("squeezed household budgets", "the pressure on household budgets")]),

case("veterans parade", "summary",
"""About 1,200 former service members marched through the centre of Port
Eldridge on Sunday in the city's annual veterans parade, watched by an
estimated 25,000 spectators. The oldest participant was 101-year-old Albert
Fenwick, who served as a radio operator in the navy and was driven along the
route in an open car. The parade, which ended with a two-minute silence at the
harbour memorial, was led for the first time by a woman, retired colonel
Gwendolyn Asante. Mayor Terrence Obi laid a wreath on behalf of the city.
Organisers said numbers had been boosted by a new shuttle bus service for
veterans from outlying towns, and that next year's parade would include a
display by the coastguard.""",
"""Roughly 1,200 veterans marched through Port Eldridge on Sunday before an
estimated 25,000 onlookers, led for the first time by a woman, retired colonel
Gwendolyn Asante. The oldest taking part, 101-year-old former navy radio
operator Albert Fenwick, rode the route in an open car. The parade closed with
two minutes' silence at the harbour memorial.""",
traps=[T("Roughly 1,200 veterans", "About 1,200 former service members"),
       T("onlookers", "spectators"),
       T("rode the route in an open car", "was driven along the route in an open car"),
       T("two minutes' silence", "a two-minute silence")]),

case("antique auction record", "summary",
"""A Georgian silver tea service sold for 410,000 pounds at Thornbury & Vale's
auction house in Carlisle Street on Tuesday, a record for a piece of its kind at
the firm. The six-piece set, made in 1768 by the silversmith Jonas Pellow, had
been expected to fetch between 80,000 and 120,000 pounds. It was bought by a
telephone bidder who wished to remain anonymous, after a contest lasting around
15 minutes. The seller, a family from the Hallowdale district who had owned the
set for five generations, had found it wrapped in newspaper in an attic last
year. Auctioneer Rupert Cain said the result reflected strong demand for rare
pieces with a clear history of ownership.""",
"""A six-piece Georgian silver tea service made by Jonas Pellow in 1768 sold for
£410,000 at Thornbury & Vale on Tuesday, a house record for such a piece and far
above its £80,000–120,000 estimate. An anonymous overseas telephone bidder won
it after about 15 minutes. The sellers, whose family had owned it for five
generations, found it in an attic earlier this year.""",
errors=[E("overseas", "addition", "minor"),
        E("earlier this year", "date", "minor", "last year")],
traps=[T("a house record for such a piece",
         "a record for a piece of its kind at the firm"),
       T("£80,000–120,000 estimate",
         "expected to fetch between 80,000 and 120,000 pounds")]),

case("bear sighting warning", "summary",
"""Park authorities in the Vessmark National Forest have warned hikers to take
extra precautions after a brown bear was seen three times in the past week near
the popular Lakeview trail. Ranger Tomasz Keller said the animal, believed to be
a young male, had not behaved aggressively and there had been no reports of
anyone being hurt. However, visitors are being urged to walk in groups, make
noise on the trail and keep dogs on a lead. Food and rubbish must not be left at
picnic sites, and two campsites near the trail will be closed until further
notice. The authority said it would use camera traps to monitor the bear's
movements and did not currently plan to relocate it.""",
"""Hikers in the Vessmark National Forest are being told to take extra care
after a brown bear, thought to be a young male, was spotted three times in the
past week near the Lakeview trail. It has shown no aggression and no one has
been reported hurt. Visitors are urged to walk in groups, make noise and keep
dogs leashed, and two nearby campsites will be closed until further notice.
There are no current plans to move the bear.""",
traps=[T("thought to be a young male", "believed to be a young male"),
       T("It has shown no aggression", "had not behaved aggressively"),
       T("keep dogs leashed", "keep dogs on a lead"),
       T("no current plans to move the bear", "did not currently plan to relocate it")]),

case("public sauna opening", "summary",
"""A public sauna built on the harbour front in Kalvestad opened on Saturday, the
first facility of its kind in the town for more than 50 years. The wood-fired
sauna, which can hold 24 people, was designed by the architecture firm Lumo
Studio and built by the local contractor Haapala Construction at a cost of 1.4
million euros. It is owned by the municipality and will be run by the
non-profit Kalvestad Sauna Society under a ten-year agreement. Entry costs 12
euros, with discounts for pensioners and students. Mayor Helka Virtanen said the
sauna would be open all year and that swimmers would be able to use a ladder
into the sea directly from the changing area. More than 600 people visited on
the opening weekend.""",
"""Kalvestad's first public sauna in over 50 years opened on the harbour front on
Saturday. The 24-person wood-fired sauna cost €1.4m; it is owned by the
Kalvestad Sauna Society and run by the municipality. Entry is €12, with
discounts for pensioners and students, and the sauna will be open year-round.
Over 600 people came on the opening weekend.""",
errors=[E("owned by the Kalvestad Sauna Society and run by the municipality",
          "role", "major",
          "owned by the municipality and will be run by the non-profit Kalvestad Sauna Society")],
traps=[T("open year-round", "open all year"),
       T("Over 600 people came", "More than 600 people visited")]),

case("storm drain blockage", "summary",
"""Flooding that closed part of the Coldharbour ring road in Marlow Cross on
Thursday was caused by a storm drain blocked with leaves and construction
debris, the county highways department said on Friday. About 40 millimetres of
rain fell in two hours, and water up to half a metre deep collected under the
Hatton Street railway bridge, where three cars became stranded. Firefighters
helped six people to safety; none were injured. Highways manager Priya Sandhu
said crews had cleared the drain overnight and the road reopened at 7 a.m. on
Friday. She said the department would inspect all 300 drains on the ring road
within a month and would ask the developer of a nearby building site to explain
how debris had entered the system.""",
"""A storm drain clogged with leaves and building debris caused Thursday's
flooding on the Coldharbour ring road in Marlow Cross, highways officials said.
After around 40mm of rain in two hours, water up to half a metre deep stranded
three cars under the Hatton Street railway bridge; six people were helped to
safety unhurt. The road reopened on Friday morning, and all 300 drains on the
ring road will be inspected within a month.""",
traps=[T("clogged with leaves and building debris",
         "blocked with leaves and construction debris"),
       T("around 40mm of rain", "About 40 millimetres of rain"),
       T("Friday morning", "7 a.m. on Friday"),
       T("will be inspected within a month", "would inspect all 300 drains on the ring road within a month")]),
]
