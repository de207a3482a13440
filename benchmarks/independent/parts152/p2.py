"""Rewrite pairs, part 2 (five consistent, five inconsistent)."""
from ._helpers import C, E, OM, T, W  # noqa: F401

CASES = [
C("jazz club closure", "rewrite",
"""The Blue Lantern, one of Kestrel City's oldest jazz clubs, will close at the
end of November after 47 years, its owners announced on Thursday. Co-owner
Dana Reyes said rent on the basement venue had nearly tripled since 2019 and
that audiences had not fully returned after the pandemic. The club, which
opened in 1977, has hosted more than 9,000 concerts. A final weekend of
performances is planned for 28 to 30 November, with tickets going on sale next
week. The city's culture office said it was "disappointed" by the news but had
no funds available to help the venue. Reyes said the owners hoped to reopen at
a smaller site but had no firm plans.""",
"""After 47 years, the Blue Lantern - among the oldest jazz clubs in Kestrel
City - will shut its doors at the end of November, the owners said on
Thursday. According to co-owner Dana Reyes, the rent on the basement venue is
now almost three times what it was in 2019, and audiences have not completely
come back since the pandemic. Since opening in 1977, the club has staged over
9,000 concerts. A last weekend of shows is planned from 28 to 30 November;
tickets go on sale next week. The city's culture office said it was
"disappointed" but had no money available to help. Reyes said the owners would
like to reopen somewhere smaller but had nothing firm planned.""",
traps=[
    T("among the oldest jazz clubs in Kestrel City",
      "one of Kestrel City's oldest jazz clubs"),
    T("almost three times what it was in 2019", "had nearly tripled since 2019"),
    T("over 9,000 concerts", "more than 9,000 concerts"),
    T("would like to reopen somewhere smaller",
      "hoped to reopen at a smaller site"),
    T("had nothing firm planned", "had no firm plans"),
]),

C("fashion week cancellation", "rewrite",
"""Organisers of Marlow Fashion Week have cancelled the autumn edition of the
event, citing a sharp fall in sponsorship and the withdrawal of two major
retail partners. The week-long show, which was due to open on 9 October, has
been held every year since 1998. The Marlow Fashion Council said it would
refund all ticket holders within 30 days and might stage a smaller showcase
for young designers in December instead. Council chair Sofia Ruelle said the
decision had been "painful but unavoidable". About 60 designers had been
scheduled to present collections. The council said it remained committed to
holding the event next year.""",
"""The autumn edition of Marlow Fashion Week has been cancelled because of a
steep drop in sponsorship and the collapse of two major retail partners,
organisers said. The week-long show, held annually since 1998, had been due to
open on 9 October. All ticket holders will be refunded within 30 days, the
Marlow Fashion Council said, adding that it will stage a smaller showcase for
young designers in December instead. Sofia Ruelle, who chairs the council,
said the decision had been "painful but unavoidable". Around 60 designers had
been scheduled to present collections. The council said it remained committed
to holding the event next year.""",
errors=[
    E("collapse", "event", "major", "withdrawal"),
    E("will stage", "modality", "major", "might stage"),
],
traps=[
    T("held annually since 1998", "has been held every year since 1998"),
    T("Around 60 designers", "About 60 designers"),
]),

C("rare manuscript donation", "rewrite",
"""A 14th-century illuminated manuscript has been donated to the Fernhill City
Library by the family of the late collector Arthur Penrose, the library said
on Wednesday. The manuscript, a book of hours containing 212 pages and 36
painted miniatures, was bought by Penrose at auction in 1964 and has not been
seen in public since. Experts at the library have valued it at about 4 million
pounds. The library plans to put the manuscript on display next spring after
conservation work, and a full digital copy will be published online. Head
librarian Miriam Cole said the donation was "the most significant gift in the
library's history". The family asked that the manuscript remain in the region
permanently.""",
"""The family of the late collector Arthur Penrose has given a 14th-century
illuminated manuscript to Fernhill City Library, the library announced on
Wednesday. Penrose bought the book of hours - 212 pages with 36 painted
miniatures - at auction in 1964, and it has not been on public view since
then. Library experts put its value at roughly £4m. The library plans to
display it next spring, after conservation work, and a complete digital copy
will be published online. Miriam Cole, the head librarian, called the donation
"the most significant gift in the library's history". The family has asked for
the manuscript to stay in the region for good.""",
traps=[
    T("The family of the late collector Arthur Penrose has given a "
      "14th-century illuminated manuscript to Fernhill City Library",
      "has been donated to the Fernhill City Library by the family of the "
      "late collector Arthur Penrose"),
    T("has not been on public view since then",
      "has not been seen in public since"),
    T("roughly £4m", "about 4 million pounds"),
    T("for good", "permanently"),
]),

C("solar panel import duty", "rewrite",
"""The government of Tarsonia will impose an additional import duty of 18 per
cent on solar panels from outside the regional trade bloc from 1 July, the
trade ministry announced on Monday. The measure follows a complaint from
domestic manufacturers, who say cheap imports have cut their market share from
35 per cent to 12 per cent in four years. Installers warned the duty could
raise the cost of a typical household system by around 700 dollars and slow
the country's switch to renewable power. Trade minister Oskar Rehn said the
duty would be reviewed after two years. Panels already in transit before 1
July will be exempt.""",
"""From 1 July, solar panels imported into Tarsonia from outside the regional
trade bloc will face an extra 18% duty, the trade ministry said on Monday. The
move comes after domestic manufacturers complained that cheap imports had
reduced their market share from 35% to 21% over four years. According to
installers, the duty could add roughly $700 to the price of a typical
household system and slow the country's switch to renewable power. Trade
minister Oskar Rehn said the duty would be reviewed in two years' time. Panels
already in transit before 1 July will not be subject to it.""",
errors=[
    E("21%", "number", "major", "12 per cent"),
],
traps=[
    T("an extra 18% duty", "an additional import duty of 18 per cent"),
    T("roughly $700", "around 700 dollars"),
    T("will not be subject to it", "will be exempt"),
]),

C("smelter power deal", "rewrite",
"""Aluminium producer Grenmark Metals has signed a 15-year agreement to buy
electricity for its Tollan smelter from a new wind farm being built by Osric
Energy, the two companies said on Tuesday. The wind farm, due to start
operating in 2027, will supply around 40 per cent of the smelter's power
needs. Financial terms were not disclosed. Grenmark said the deal would help
secure the future of the smelter, which employs 850 people and had been
threatened with closure because of high energy costs. Osric Energy chief
executive Priya Nandal said the contract had allowed the company to finalise
financing for the 1.1 billion dollar project. Construction is expected to begin
early next year.""",
"""Osric Energy will supply electricity to Grenmark Metals' Tollan smelter from
a new wind farm it is building, under a 15-year deal announced by the two
companies on Tuesday. Due to begin operating in 2027, the wind farm will meet
roughly two-fifths of the aluminium producer's power demand at the smelter.
The companies did not disclose the financial terms. The 850-worker smelter had
faced possible closure because of high energy costs, and Grenmark said the
agreement would help secure its future. According to Osric chief executive
Priya Nandal, the contract allowed the company to complete financing for the
$1.1bn project. Building work is likely to get under way early next year.""",
traps=[
    T("Osric Energy will supply electricity to Grenmark Metals' Tollan smelter",
      "Grenmark Metals has signed a 15-year agreement to buy electricity for "
      "its Tollan smelter"),
    T("roughly two-fifths", "around 40 per cent"),
    T("The 850-worker smelter", "which employs 850 people"),
    T("$1.1bn", "1.1 billion dollar"),
    T("is likely to get under way", "is expected to begin"),
]),

C("tax haven list", "rewrite",
"""The finance ministry of Valdoria has added the island territory of Port
Saranne to its list of non-cooperative tax jurisdictions, meaning companies
that route payments through it will face extra reporting requirements from
January. The decision follows a review which found that Port Saranne had
ignored 17 of 25 requests for tax information made by Valdorian authorities
over the past three years. Two other territories, Merrow Cay and the Lissel
Islands, were removed from the list after signing information-sharing
agreements. The list now contains nine jurisdictions. Port Saranne's
government said it regretted the decision and would seek talks.""",
"""Valdoria's finance ministry has put the island territory of Port Saranne on
its list of non-cooperative tax jurisdictions, so from January companies
routing payments through the territory will face extra reporting
requirements. The move follows a review which found that Valdorian authorities
had ignored 17 of 25 requests for tax information made by Port Saranne over
the past three years. Merrow Cay and the Lissel Islands, meanwhile, were taken
off the list after they signed information-sharing agreements. Nine
jurisdictions now appear on the list. The Port Saranne government said it
regretted the decision and would seek talks.""",
errors=[
    E("Valdorian authorities had ignored 17 of 25 requests for tax information "
      "made by Port Saranne", "role", "critical",
      "Port Saranne had ignored 17 of 25 requests for tax information made by "
      "Valdorian authorities"),
],
traps=[
    T("were taken off the list", "were removed from the list"),
    T("Nine jurisdictions now appear on the list",
      "The list now contains nine jurisdictions"),
]),

C("biomass plant fuel supply", "rewrite",
"""The Darrow Vale biomass power station will switch to burning locally
sourced wood chips from next April, replacing pellets shipped from overseas,
operator Verdant Power said on Friday. The company has signed contracts with
14 forestry businesses within 80 kilometres of the plant to supply 220,000
tonnes a year. Verdant said the change would cut transport emissions linked to
the fuel by about 60 per cent. Environmental group Woodwatch said it welcomed
the move away from imported pellets but warned that demand on local forests
must be monitored closely. The plant generates enough electricity for around
90,000 homes. The contracts run for seven years, with an option to extend for
three more.""",
"""From next April, the Darrow Vale biomass power station will stop using
pellets shipped in from overseas and instead burn wood chips sourced locally,
operator Verdant Power announced on Friday. Fourteen forestry businesses
within 80km of the plant have signed contracts with the company to supply
220,000 tonnes annually. Transport emissions linked to the fuel would fall by
roughly three-fifths as a result, Verdant said. Woodwatch, an environmental
group, welcomed the shift away from imported pellets, though it cautioned that
demand on local forests needed to be closely monitored. The plant produces
enough electricity for around 90,000 homes. The contracts last seven years and
can be extended by another three.""",
traps=[
    T("stop using pellets shipped in from overseas",
      "replacing pellets shipped from overseas"),
    T("80km", "80 kilometres"),
    T("220,000 tonnes annually", "220,000 tonnes a year"),
    T("roughly three-fifths", "about 60 per cent"),
]),

C("hydro scheme objection", "rewrite",
"""More than 3,000 objections have been lodged against plans for a
hydroelectric scheme on the Brannagh river, the planning authority for
Glenmore county said on Wednesday. Developer Alder Hydro wants to build a
12-metre weir and a turbine house near the village of Kilcarra, generating
enough electricity for about 8,000 homes. Objectors, including the angling
association and a local heritage group, say the weir would block salmon
migration and spoil a landscape that attracts visitors. Alder Hydro said it
would install a fish pass and that the project could create 40 construction
jobs. The authority said it may hold a public hearing before a decision is
made, which is not expected before spring.""",
"""Plans by Alder Hydro for a hydroelectric scheme on the Brannagh river have
drawn over 3,000 objections, Glenmore county's planning authority said on
Wednesday. The developer intends to build a 12-metre weir and a turbine house
near Kilcarra village, producing enough power for around 8,000 homes. Among
the objectors are the angling association and a local heritage group, who say
the weir would block salmon migration and spoil a landscape that attracts
visitors. The developer says it would fit a fish pass and that the project
could create 40 construction jobs. The authority said it will hold a public
hearing before a decision is made, which is not expected before spring.
Objectors say the weir would block salmon migration and spoil a landscape that
attracts visitors.""",
errors=[
    E("will hold", "modality", "major", "may hold"),
    E("say the weir would block salmon migration and spoil a landscape that "
      "attracts visitors", "repetition", "minor", None, occ=1),
],
traps=[
    T("over 3,000 objections", "More than 3,000 objections"),
    T("producing enough power for around 8,000 homes",
      "generating enough electricity for about 8,000 homes"),
    T("would fit a fish pass", "would install a fish pass"),
]),

C("archive fire damage", "rewrite",
"""A fire at the Ostrava Street records store of the Lindqvist County Archive
on Sunday night destroyed or damaged an estimated 8,000 boxes of documents, the
county council said. The blaze broke out shortly before 11 p.m. and was
brought under control by about 2 a.m. No one was injured. Most of the affected
material dated from the 19th century and included parish registers and land
deeds. County archivist Tomas Berg said around a quarter of the damaged boxes
had been digitised before the fire. Specialist conservators have begun
freeze-drying water-damaged papers to prevent mould. Fire investigators said
the cause had not yet been established but an electrical fault was one
possibility being examined.""",
"""Around 8,000 boxes of documents are estimated to have been destroyed or
damaged when fire broke out on Sunday night at the Lindqvist County Archive's
Ostrava Street records store, according to the county council. The blaze,
which started just before 11 p.m., was under control by roughly 2 a.m. Nobody
was hurt. The affected material was mostly from the 19th century and included
parish registers and land deeds. About one in four of the damaged boxes had
been digitised beforehand, said county archivist Tomas Berg. Water-damaged
papers are being freeze-dried by specialist conservators to prevent mould.
Fire investigators said the cause had yet to be determined, though an
electrical fault was one possibility they were looking at.""",
traps=[
    T("Around 8,000 boxes of documents are estimated",
      "an estimated 8,000 boxes of documents"),
    T("Nobody was hurt", "No one was injured"),
    T("About one in four", "around a quarter"),
    T("had yet to be determined", "had not yet been established"),
]),

C("highway maintenance backlog", "rewrite",
"""The backlog of repairs on the Westfold highway network has grown to an
estimated 1.9 billion dollars, according to a report by the state's
independent infrastructure auditor. The report found that 38 per cent of
highway bridges were in poor or very poor condition, up from 29 per cent five
years ago. Auditor-general Naomi Fenwick said funding had not kept pace with
the rising cost of materials. The state transport department said it disputed
some of the figures but accepted that more investment was needed, and pointed
to a 300 million dollar repair programme announced in March. The opposition
called for an emergency budget.""",
"""Westfold's highway network now has a repair backlog estimated at $1.9bn, the
state's independent infrastructure auditor said in a report. The report found
that 38% of highway bridges were in poor or very poor condition, compared with
29% five years ago. According to the state transport department, funding has
not kept pace with the rising cost of materials. The department said it
disputed some of the figures but accepted that more investment was needed,
pointing to a $300m repair programme announced in March. The opposition has
called for an emergency budget.""",
errors=[
    E("the state transport department", "attribution", "major",
      "Auditor-general Naomi Fenwick"),
],
traps=[
    T("$1.9bn", "1.9 billion dollars"),
    T("38%", "38 per cent"),
    T("$300m", "300 million dollar"),
]),
]
