"""Rewrite pairs, part 1 (five consistent, five inconsistent)."""
from ._helpers import E, O, T, case

CASES = [
case("nuclear plant inspection", "rewrite",
"""Inspectors from the National Nuclear Safety Board completed a nine-day
examination of the Harrowmere power station on Thursday and found no breaches
that would require the plant to shut down. The inspection team, led by senior
engineer Odile Brandt, reviewed 214 maintenance records and tested the backup
cooling pumps on both reactors. In a statement, the board said it had
identified four minor documentation lapses, which plant operator Veltra Energy
must correct within 60 days. Veltra's site director, Kasimir Hollis, said the
company welcomed the findings and would publish its corrective plan by the end
of the month. The board's next routine inspection of Harrowmere is scheduled
for the spring of next year.""",
"""The National Nuclear Safety Board has found no breaches serious enough to
force the Harrowmere power station to close, following a nine-day inspection
that ended on Thursday. Led by senior engineer Odile Brandt, the team went
through 214 maintenance records and tested the backup cooling pumps on both of
the plant's reactors. In a statement, the board said it had found four minor
lapses in documentation, and operator Veltra Energy has been given six weeks to
correct them. Kasimir Hollis, Veltra's site director, said the company welcomed
the findings and would publish a corrective plan before the month is out.
Harrowmere's next routine inspection is due next spring.""",
errors=[E("six weeks", "number", "major", "60 days")],
traps=[T("serious enough to force the Harrowmere power station to close",
         "would require the plant to shut down"),
       T("before the month is out", "by the end of the month"),
       T("next spring", "the spring of next year")]),

case("county fair", "rewrite",
"""The Bramwell County Fair drew 48,000 visitors over its four days this year,
up from 41,000 in 2023, organisers announced on Monday. Fair chairwoman
Henrietta Solberg said the increase was largely due to the new evening
livestock shows, which were held for the first time after a decade-long break.
Takings from ticket sales reached $612,000, of which a quarter will go to the
county's youth agriculture clubs. The fair board also confirmed that next
year's event will run from August 14 to August 17 at the same Dunmore
showground. Solberg said the board was considering adding a fifth day but that
no decision would be made before the autumn.""",
"""Organisers of the Bramwell County Fair said on Monday that 48,000 people had
attended this year's four-day event, compared with 41,000 in 2023. According to
chairwoman Henrietta Solberg, the rise was mostly thanks to the evening
livestock shows, which returned after ten years off the programme. Ticket sales
brought in $612,000, and 25% of that sum is earmarked for the county's youth
agriculture clubs. Next year the fair will again be held at the Dunmore
showground, from August 14 to 17, the board confirmed. A fifth day is under
consideration, Solberg said, but the board will not decide on it until the
autumn.""",
traps=[T("compared with 41,000 in 2023", "up from 41,000 in 2023"),
       T("returned after ten years off the programme",
         "were held for the first time after a decade-long break"),
       T("25% of that sum is earmarked for", "a quarter will go to"),
       T("from August 14 to 17", "from August 14 to August 17"),
       T("will not decide on it until the autumn",
         "no decision would be made before the autumn")]),

case("pedestrian zone extension", "rewrite",
"""The city council of Lindqvist Harbour voted 23 to 9 on Wednesday to extend
the pedestrian zone in the old town by a further six streets, including the
full length of Cooper Lane. The proposal was drawn up by the planning
department and was opposed by the Harbour Traders' Association, which argues
that shops will lose passing trade. Deputy mayor Rosalind Achebe said delivery
vehicles would still be allowed into the zone between 6 a.m. and 10 a.m. The
extension will come into force on 1 March, and the council has set aside 1.8
million euros for new paving and street lighting. A review of its impact on
local businesses is planned after twelve months.""",
"""On Wednesday Lindqvist Harbour's city council voted 23 to 9 to add six more
streets to the old town's pedestrian zone, among them the whole of Cooper Lane.
The proposal came from the Harbour Traders' Association and was opposed by the
planning department, which argues that shops will lose passing trade. According
to deputy mayor Rosalind Achebe, delivery vehicles will still be able to enter
the zone. The extension takes effect on 1 March, with €1.8m budgeted for new
paving and street lighting, and its impact on local businesses is to be
reviewed after a year.""",
errors=[E("Harbour Traders' Association and was opposed by the planning department",
          "role", "major",
          "drawn up by the planning department and was opposed by the Harbour Traders' Association"),
        O("between 6 a.m. and 10 a.m.", "major", after="enter the zone")],
traps=[T("add six more streets", "by a further six streets"),
       T("€1.8m budgeted", "set aside 1.8 million euros"),
       T("after a year", "after twelve months")]),

case("oyster farm licence", "rewrite",
"""The Coastal Fisheries Authority has granted Merrow Bay Shellfish a ten-year
licence to farm oysters on 35 hectares of tidal flats near the village of
Pellerin, the authority said on Friday. The company had applied for 50
hectares, but regulators reduced the area after objections from a local sailing
club and two birdwatching groups. Under the licence conditions, Merrow Bay must
monitor water quality every fortnight and may not use the site between November
and February, when migrating geese feed there. The firm's managing director,
Tobias Quint, said he was disappointed by the smaller allocation but expected
the farm to employ about 20 people once fully operational in 2026.""",
"""Merrow Bay Shellfish has been awarded a licence to farm oysters for a decade
on 35 hectares of tidal flats close to the village of Pellerin, the Coastal
Fisheries Authority announced on Friday. Regulators cut the area from the 50
hectares the company had sought after a local sailing club and two birdwatching
groups objected. The conditions require Merrow Bay to check water quality every
two weeks and bar it from using the site from November to February, the period
when migrating geese feed there. Managing director Tobias Quint said the smaller
allocation was a disappointment, though he expected the farm to provide around
20 jobs when it is fully up and running in 2026.""",
traps=[T("for a decade", "a ten-year licence"),
       T("Regulators cut the area from the 50 hectares the company had sought",
         "The company had applied for 50 hectares, but regulators reduced the area"),
       T("every two weeks", "every fortnight"),
       T("provide around 20 jobs", "employ about 20 people")]),

case("rice paddy drought", "rewrite",
"""Rice farmers in the Tamsin River valley have been told they will not receive
irrigation water from the Okonjo reservoir until at least mid-July, after three
months of below-average rainfall left it at 28 percent of capacity. The
regional water board said on Tuesday that drinking supplies for the valley's
140,000 residents would take priority. Board chairman Emeka Vardy said farmers
who had already flooded their paddies would be allowed to draw limited amounts
from wells, but new planting should be postponed. The agriculture ministry
estimates the delay could cut the valley's rice harvest by a fifth.
Compensation for affected growers has not yet been discussed, a ministry
spokeswoman said.""",
"""Three months of below-average rainfall have left the Okonjo reservoir 28
percent full, and rice farmers in the Tamsin River valley have been told they
will get no irrigation water from it before mid-July at the earliest. Drinking
water for the 140,000 people living in the valley will come first, the regional
water board said on Tuesday. Its chairman, Emeka Vardy, said growers whose
paddies were already flooded could take limited quantities from wells, but that
new planting should be put off. According to agriculture ministry estimates,
the delay could cause the valley's rice harvest to fall by 20 percent. A
ministry spokeswoman said compensation for affected growers was already being
discussed.""",
errors=[E("was already being discussed", "polarity", "major",
          "has not yet been discussed")],
traps=[T("28 percent full", "28 percent of capacity"),
       T("before mid-July at the earliest", "until at least mid-July"),
       T("fall by 20 percent", "by a fifth")]),

case("tourist tax revenue", "rewrite",
"""The municipality of Santo Varela collected 3.4 million euros in tourist tax
last year, 12 percent more than in the previous year, according to figures
released by the finance office on Monday. The tax, charged at 2 euros per
person per night in hotels and 1 euro in campsites, was paid by an estimated
1.3 million overnight visitors. Finance councillor Mariela Ostrander said
roughly half of the revenue had been spent on beach cleaning and lifeguard
services. The remainder went to restoring the town's 17th-century harbour wall,
a project expected to be completed in 2026. The council is not planning to
raise the rate this year, Ostrander added.""",
"""Tourist tax brought Santo Varela €3.4m last year, up 12% year on year, the
municipal finance office said on Monday. Around 1.3 million overnight visitors
are thought to have paid the levy, which is €2 per person per night in hotels
and €1 in campsites. About half of the money went on beach cleaning and
lifeguard services, finance councillor Mariela Ostrander said, with the rest
used to restore the town's 17th-century harbour wall, a project that is likely
to be completed in 2026. Ostrander added that the council has no plans to
increase the rate this year.""",
traps=[T("€3.4m", "3.4 million euros"),
       T("up 12% year on year", "12 percent more than in the previous year"),
       T("is likely to be completed in 2026", "expected to be completed in 2026"),
       T("has no plans to increase the rate", "is not planning to raise the rate")]),

case("new year celebrations", "rewrite",
"""Organisers of the New Year celebrations in Kessler Park have confirmed that
the midnight fireworks display will go ahead despite forecasts of strong winds.
The city's events office said on Friday that the display, which lasts twelve
minutes, could be shortened if gusts exceed 60 kilometres per hour. About
90,000 people are expected to attend. Public transport will run free of charge
from 8 p.m. on 31 December until 4 a.m. on 1 January, and three roads around
the park will be closed from 6 p.m. Police chief Anneliese Marwick urged
visitors not to bring glass bottles, which will be confiscated at the
entrances. Last year's event was cancelled because of heavy rain.""",
"""The midnight New Year fireworks in Kessler Park are likely to go ahead even
though strong winds are forecast, organisers said. According to the city's
events office, which made the announcement on Friday, the twelve-minute display
could be cut short should gusts top 60 km/h. Around 90,000 people are expected.
Public transport will be free between 8 p.m. on 31 December and 4 a.m. on 1
January, while three roads around the park will be shut at 8 p.m. Police chief
Anneliese Marwick asked visitors not to bring glass bottles, warning that any
found at the entrances will be confiscated. Heavy rain forced the cancellation
of last year's event.""",
errors=[E("are likely to go ahead", "modality", "major", "will go ahead"),
        E("at 8 p.m.", "date", "major", "from 6 p.m.")],
traps=[T("twelve-minute display", "which lasts twelve minutes"),
       T("should gusts top 60 km/h", "if gusts exceed 60 kilometres per hour"),
       T("Heavy rain forced the cancellation of last year's event",
         "Last year's event was cancelled because of heavy rain")]),

case("rocket engine test", "rewrite",
"""Aerospace start-up Corvane Dynamics said on Wednesday that it had
successfully fired its Harrier-2 rocket engine for 180 seconds at its test
stand in the Aldous desert, the longest burn in the company's history. The
engine, which runs on liquid methane and liquid oxygen, produced a peak thrust
of 95 tonnes, chief executive Ingrid Salvesen told reporters. A previous test in
March was halted after 40 seconds when sensors detected a fuel-line vibration.
Corvane plans to use four Harrier-2 engines on the first stage of its Kestrel
launcher, which it hopes to fly for the first time in late 2026. The company
has raised $210 million from investors since it was founded in 2019.""",
"""Corvane Dynamics fired its Harrier-2 rocket engine for three minutes at its
test stand in the Aldous desert, the aerospace start-up said on Wednesday,
describing the test as a success and the longest burn in its history. Chief
executive Ingrid Salvesen told reporters that the engine, which burns liquid
methane and liquid oxygen, had produced a peak thrust of 95 tonnes. An earlier
test in March was stopped 40 seconds in after sensors picked up vibration in a
fuel line. Corvane intends to put four Harrier-2 engines on the first stage of
its Kestrel launcher, which it hopes to fly for the first time in late 2026.
Since its founding in 2019 the company has raised $210m from investors.""",
traps=[T("three minutes", "180 seconds"),
       T("stopped 40 seconds in", "halted after 40 seconds"),
       T("intends to put four Harrier-2 engines", "plans to use four Harrier-2 engines"),
       T("$210m", "$210 million")]),

case("art gallery theft", "rewrite",
"""Two paintings by the 19th-century landscape artist Evert Lindgaard were
stolen from the Rosenholm Gallery in the early hours of Sunday, police said.
The thieves broke in through a skylight and disabled an alarm sensor before
taking the works, which are valued together at about 2.5 million euros.
Detective inspector Margit Olafsen, who is leading the investigation, said
officers were examining footage from cameras on neighbouring buildings. The
gallery's director, Paulus Brenner, said both paintings had been on loan from
the Vastergard Museum for an exhibition that was due to close next week. The
gallery will remain closed until Wednesday.""",
"""Police say thieves stole two paintings by the 19th-century landscape painter
Evert Lindgaard from the Rosenholm Gallery in the early hours of Sunday. After
getting in through a skylight, they disabled an alarm sensor and took the
works, which have a combined value of around €2.5m. Officers are examining
footage from cameras on nearby buildings, according to detective inspector
Margit Olafsen, who heads the investigation. Gallery director Paulus Brenner
said the two paintings had been on loan from the Lindgaard Museum for an
exhibition that was due to close next week. The gallery will stay closed until
Wednesday.""",
errors=[E("Lindgaard Museum", "entity", "major", "Vastergard Museum")],
traps=[T("a combined value of around €2.5m",
         "valued together at about 2.5 million euros"),
       T("who heads the investigation", "who is leading the investigation")]),

case("gas pipeline leak", "rewrite",
"""A leak on the Northmoor gas pipeline forced the evacuation of 320 homes in
the town of Fellbridge on Saturday evening, the regional fire service said.
Engineers from pipeline operator Castellan Gas isolated the damaged section
within three hours, and residents were allowed to return shortly after
midnight. No injuries were reported. Castellan said the leak appeared to have
been caused by excavation work carried out by a private contractor, although it
stressed that the investigation was at an early stage. Gas supplies to about
4,000 customers in the area were interrupted and are expected to be fully
restored by Tuesday. The national energy regulator has opened its own
inquiry.""",
"""On Saturday evening 320 homes in Fellbridge had to be evacuated because of a
leak on the Northmoor gas pipeline, according to the regional fire service.
Engineers from Castellan Gas, which operates the line, sealed off the damaged
section within three hours, and residents were let back in soon after midnight.
There were no reports of injuries. Excavation work by a private contractor seems
to have caused the leak, Castellan said, while stressing that the investigation
was still in its early stages. Around 4,000 customers in the area lost their gas
supply, which should be fully restored by Tuesday. The national energy regulator
has launched an inquiry of its own.""",
traps=[T("Castellan Gas, which operates the line", "pipeline operator Castellan Gas"),
       T("residents were let back in soon after midnight",
         "residents were allowed to return shortly after midnight"),
       T("There were no reports of injuries", "No injuries were reported"),
       T("seems to have caused the leak", "the leak appeared to have been caused"),
       T("should be fully restored by Tuesday",
         "are expected to be fully restored by Tuesday")]),
]
