"""Cases 21-30."""
from ._helpers import case, err, omit, trap

CASES = [
case("nurse recruitment campaign", "rewrite", "inconsistent",
"""The Corvell Regional Health Board has launched a campaign to recruit 1,200 nurses over the next two years,
including 300 from overseas. The board said it would offer new recruits a signing bonus of 5,000 dollars and
help with housing costs for the first six months. Nursing vacancies in the region have risen to 14 per cent,
the highest level in a decade. The campaign, which will be run by the recruitment agency Halden Staffing on
behalf of the board, will target nursing graduates and former nurses who have left the profession. Chief
nursing officer Bridget Onyeka said staffing shortages had forced the closure of 40 beds at Corvell General
Hospital this winter.""",
"""Corvell Regional Health Board has launched a drive to recruit 1,200 nurses over the coming two years, 300
of them from abroad. New recruits will be offered a $5,000 signing bonus and help with housing costs, the
board said. At 14%, the nursing vacancy rate in the region is now at its highest for ten years. The board
will run the campaign on behalf of the recruitment agency Halden Staffing, targeting nursing graduates and
former nurses who have quit the profession. Staff shortages meant 40 beds had to close at Corvell General
Hospital this winter, said chief nursing officer Bridget Onyeka.""",
errors=[
    omit("help with housing costs", "for the first six months", "minor"),
    err("The board will run the campaign on behalf of the recruitment agency Halden Staffing", "role",
        "major", "will be run by the recruitment agency Halden Staffing on behalf of the board"),
],
traps=[
    trap("300 of them from abroad", "including 300 from overseas"),
    trap("at its highest for ten years", "the highest level in a decade"),
]),

case("aquarium shark arrival", "rewrite", "consistent",
"""Two sand tiger sharks have arrived at the Bellmouth Sea Life Centre after a 14-hour journey by road and
ferry from a breeding programme in Norland. The sharks, both females aged about four years and measuring
roughly 1.8 metres, were transported in specially designed tanks and accompanied by two vets. They will spend
around three weeks in a quarantine pool before moving to the centre's main ocean tank, which holds 1.2
million litres of water. Curator Niamh Farrow said the sharks had eaten on their first day, a good sign that
they were settling in. The centre hopes the pair will help visitors learn about a species listed as
critically endangered in parts of its range.""",
"""After travelling for 14 hours by road and ferry from a breeding programme in Norland, two sand tiger
sharks have reached the Bellmouth Sea Life Centre. Both are females of about four years old and measure
about 1.8m; they made the trip in purpose-built tanks with two vets on hand. Following roughly three weeks in
a quarantine pool, they will be moved into the main ocean tank, which contains 1.2m litres of water. The
sharks fed on their first day, which curator Niamh Farrow said was a good sign they were settling in. The
centre hopes the pair will help visitors learn about the species, which is listed as critically endangered
in parts of its range.""",
traps=[
    trap("about 1.8m", "roughly 1.8 metres"),
    trap("purpose-built tanks", "specially designed tanks"),
    trap("1.2m litres", "1.2 million litres"),
    trap("The sharks fed on their first day", "the sharks had eaten on their first day"),
]),

case("theme park ride closure", "translation", "consistent",
"""The Wildwasser roller coaster at the Sonnenfeld amusement park will remain closed for the rest of the
season after a technical inspection found cracks in part of the track. The park's management announced this
on Monday. The ride, which opened in 2009, had already been out of service since 2 August, when a train
stopped halfway up the lift hill and 24 passengers had to be brought down on foot by staff. No one was
injured at the time. According to spokeswoman Greta Hollmann, repairs will cost about 1.5 million euros and
the ride should reopen next spring. Visitors who bought tickets especially for the attraction can request a
partial refund.""",
"""The Sonnenfeld amusement park said on Monday that its Wildwasser roller coaster will stay shut until the end
of the season, after inspectors discovered cracks in a section of track. The coaster, in operation since
2009, has not run since 2 August, when a train came to a halt midway up the lift hill and staff had to lead
24 riders down on foot. Nobody was hurt in that incident. Spokeswoman Greta Hollmann said the repairs would
cost around €1.5m and the ride was expected to reopen next spring. Those who bought tickets specifically for
the ride may ask for part of their money back.""",
traps=[
    trap("stay shut until the end of the season", "remain closed for the rest of the season"),
    trap("staff had to lead 24 riders down on foot",
         "24 passengers had to be brought down on foot by staff"),
    trap("around €1.5m", "about 1.5 million euros"),
    trap("part of their money back", "a partial refund"),
]),

case("tram depot expansion", "translation", "inconsistent",
"""The city transport company of Zarnow has begun expanding its tram depot in the Lipki district to make
room for 20 new low-floor trams ordered last year. The work, which will cost 96 million zloty, includes a new
maintenance hall, two additional tracks and solar panels on the roof. The project is being carried out by the
construction firm Budomar and is due to be finished in the summer of 2026. Half of the cost is covered by
European Union funds. The first of the new trams, built by the manufacturer Tramex, is to be delivered in
December. During construction, access to the depot will be from Sadowa Street instead of Polna Street.""",
"""Zarnow's municipal transport company has started work to enlarge its tram depot in the Lipki district so
that it can accommodate 20 new low-floor trams delivered last year. The 96-million-zloty project comprises a
new maintenance hall, two extra tracks and rooftop solar panels. It is being built by the construction
company Budomar and should be completed in summer 2026. European Union funding covers 50 per cent of the
cost. The first of the new vehicles, made by Budomar, is scheduled for delivery in December. While
construction is under way, the depot will be reached via Sadowa Street rather than Polna Street.""",
errors=[
    err("delivered last year", "event", "major", "ordered last year"),
    err("Budomar", "entity", "major", "Tramex", occ=1),
],
traps=[
    trap("rooftop solar panels", "solar panels on the roof"),
    trap("50 per cent of the cost", "Half of the cost"),
]),

case("park bench dedication", "rewrite", "consistent",
"""A memorial bench honouring Edith Larkworthy, who volunteered at Millbrook Park for more than 30 years, was
unveiled on Saturday near the park's rose garden. About 60 friends, family members and fellow volunteers
attended the short ceremony, which was led by the mayor of Millbrook, Councillor Samir Hadley. Mrs
Larkworthy, who died in February aged 88, founded the Friends of Millbrook Park group in 1991 and helped raise
money to restore the park's bandstand. The oak bench, paid for by donations from park users, carries a brass
plaque with her name and the words 'She planted what others enjoy'. The council said it had received 14
other requests for memorial benches this year.""",
"""A memorial bench near the rose garden in Millbrook Park was unveiled on Saturday in honour of Edith
Larkworthy, a volunteer there for over three decades. Some 60 friends, relatives and fellow volunteers
gathered for the brief ceremony, led by Millbrook's mayor, Councillor Samir Hadley. Mrs Larkworthy, who died
in February at the age of 88, set up the Friends of Millbrook Park group in 1991 and helped to raise funds
for the restoration of the park's bandstand. Park users donated the money for the oak bench, which bears a
brass plaque with her name and the words 'She planted what others enjoy'. The council said it had received 14
other requests for memorial benches this year.""",
traps=[
    trap("over three decades", "more than 30 years"),
    trap("Some 60 friends, relatives", "About 60 friends, family members"),
    trap("at the age of 88", "aged 88"),
    trap("Park users donated the money for the oak bench",
         "The oak bench, paid for by donations from park users"),
]),

case("urban forest survey", "rewrite", "inconsistent",
"""Tree cover in the city of Haverleigh has fallen to 17 per cent, down from 21 per cent a decade ago,
according to a survey commissioned by the city council. Researchers from Westmarch University used aerial
photographs and laser scanning to map more than 310,000 trees. They found that the losses were concentrated
in private gardens and new housing estates, while tree cover in public parks had not declined. The survey
estimated that the city's trees remove about 95 tonnes of air pollutants each year. The council has pledged
to plant 25,000 trees by 2030 and said it would consider stricter rules on felling trees on private land.""",
"""A survey carried out for Haverleigh city council has found that the city's tree cover has shrunk to 17%,
from 21% ten years ago. Westmarch University researchers mapped over 310,000 trees using laser scanning and
aerial photography. Most of the losses were in private gardens and on new housing estates, and tree cover in
public parks had also declined, they found. The city's trees were estimated to remove around 95 tonnes of air
pollutants a year. The council has promised to plant 25,000 trees by 2030 and said it would look at
tightening rules on tree felling on private land.""",
errors=[
    err("had also declined", "polarity", "critical", "had not declined"),
],
traps=[
    trap("A survey carried out for Haverleigh city council",
         "a survey commissioned by the city council"),
    trap("from 21% ten years ago", "from 21 per cent a decade ago"),
    trap("would look at tightening rules", "would consider stricter rules"),
]),

case("coffee roastery expansion", "summary", "consistent",
"""Kettleburn Coffee Roasters is to triple its production capacity with a new roastery on the Orchard Way
industrial estate in Dunsford, creating 45 jobs. The independent company, founded in 2012 by former barista
Joel Marsh, currently roasts about 400 tonnes of beans a year at a converted warehouse in the town centre.
The new 2,800-square-metre site, which is due to open next spring, will include a training academy for
baristas and a visitor cafe. Marsh said the 6 million dollar investment would be funded through a bank loan
and the company's own reserves. Kettleburn supplies around 350 cafes and restaurants and recently signed a
deal to sell its coffee in a regional supermarket chain.""",
"""Kettleburn Coffee Roasters' new $6m roastery in Dunsford, set to open next spring, will triple its
production capacity and create 45 jobs. The site will also house a barista training academy and a visitor
cafe. The firm, which supplies some 350 cafes and restaurants, now roasts around 400 tonnes a year.""",
traps=[
    trap("$6m", "6 million dollar"),
    trap("set to open next spring", "due to open next spring"),
    trap("some 350 cafes and restaurants", "around 350 cafes and restaurants"),
    trap("around 400 tonnes a year", "about 400 tonnes of beans a year"),
]),

case("house price index", "summary", "inconsistent",
"""Average house prices in Carradine rose by 0.8 per cent in September, the fifth monthly increase in a row,
according to the latest index from the lender Northgate Building Society. The typical property now costs
287,000 dollars, 4.1 per cent more than a year earlier. Prices rose fastest in the coastal district of
Eastholme and fell slightly in the capital, Merrow. Northgate's chief economist, Ravi Dunmore, said lower
mortgage rates had brought buyers back, but warned that growth could slow if the central bank delayed further
rate cuts. A rival index published by the estate agency Pell & Rook last week showed prices rising by 0.5 per
cent in September.""",
"""House prices in Carradine climbed 0.8% in October, a fifth consecutive monthly rise, taking the typical
home to $287,000, according to Northgate Building Society. Prices rose fastest in the capital, Merrow, and
dipped slightly in coastal Eastholme. Northgate's chief economist credited lower mortgage rates but warned
growth could slow if rate cuts are delayed.""",
errors=[
    err("October", "date", "major", "September"),
    err("the capital, Merrow, and dipped slightly in coastal Eastholme", "role", "major",
        "Prices rose fastest in the coastal district of Eastholme and fell slightly in the capital, Merrow"),
],
traps=[
    trap("a fifth consecutive monthly rise", "the fifth monthly increase in a row"),
]),

case("coral reef bleaching study", "rewrite", "consistent",
"""Nearly two-thirds of the coral surveyed on the Tessaly Reef showed signs of bleaching during last summer's
marine heatwave, according to a study by the Coastal Ecology Institute published on Tuesday. Divers examined
48 sites along the 300-kilometre reef between January and April. At the worst-affected sites, sea
temperatures stayed more than 2C above the seasonal average for six weeks. The researchers found that 14 per
cent of the bleached coral had died by the end of the survey, but said many colonies could still recover if
temperatures remained normal this year. Lead author Dr Yusuf Arkwright said the findings showed the reef was
'under serious but not hopeless pressure'. The institute will repeat the survey in 2026.""",
"""A study by the Coastal Ecology Institute, released on Tuesday, found that just under two-thirds of the
coral surveyed on the Tessaly Reef had shown signs of bleaching in last summer's marine heatwave. Between
January and April, divers examined 48 sites along the 300km reef. Sea temperatures at the hardest-hit sites
stayed more than 2C above the seasonal average for a six-week period. By the end of the survey, 14% of the
bleached coral had died, the researchers found, though they said many colonies might still recover if
temperatures were normal this year. The reef was 'under serious but not hopeless pressure', according to
lead author Dr Yusuf Arkwright. The survey will be repeated by the institute in 2026.""",
traps=[
    trap("300km", "300-kilometre"),
    trap("hardest-hit sites", "worst-affected sites"),
    trap("for a six-week period", "for six weeks"),
    trap("14%", "14 per cent"),
    trap("might still recover", "could still recover"),
]),

case("hiking trail upgrade", "rewrite", "inconsistent",
"""Work to upgrade the 22-kilometre Crannoch Ridge trail will start on 2 May and is expected to last about four
months, the Glenharrow National Park Authority said. The project will replace eroded sections of path with
stone steps, install two new footbridges and add waymarkers at 15 junctions where walkers often go astray.
The trail will stay open during the work, but some sections may be closed for up to a week at a time. The
640,000 dollar cost is being met by the park authority and a walking charity, the Ridgeway Trust. Around
90,000 people use the trail each year, and mountain rescue teams were called out to it 19 times last year.""",
"""The Glenharrow National Park Authority says work to improve the 22km Crannoch Ridge trail will begin on 2
May and should take around four months. Eroded stretches of path will be replaced with stone steps, two new
footbridges built and waymarkers put up at 15 junctions where walkers frequently lose their way. The trail
will remain open throughout, although some sections could be shut for as long as a week at a time. The park
authority and the walking charity Ridgeway Trust are paying the $640,000 bill. Some 90,000 people walk the
trail every year, and last year mountain rescue teams were called to it 19 times, most of them to help
walkers who had lost their way.""",
errors=[
    err("most of them to help walkers who had lost their way", "addition", "minor"),
],
traps=[
    trap("should take around four months", "is expected to last about four months"),
    trap("frequently lose their way", "often go astray"),
    trap("for as long as a week at a time", "for up to a week at a time"),
]),
]
