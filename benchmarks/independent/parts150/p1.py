"""Cases 1-10."""
from ._helpers import case, err, omit, trap

CASES = [
case("airline route launch", "rewrite", "consistent",
"""Harbeck Air will launch a direct service between Lorvane and Castmoor on 3 June, the carrier announced
on Monday. The route will initially operate four times a week using 180-seat aircraft, rising to a daily
service from September if demand meets forecasts. Chief commercial officer Dalia Frensk said the airline
expected to carry around 60,000 passengers on the route in its first year. Introductory one-way fares will
start at 49 euros, including taxes, for bookings made before 30 April. The Lorvane airport operator said the
new service would create about 35 jobs at the terminal, mostly in ground handling. Harbeck Air currently
flies to 22 destinations from Lorvane.""",
"""Harbeck Air said on Monday that it will begin flying direct between Lorvane and Castmoor on 3 June. The
route will start with four weekly flights on 180-seat aircraft, with the schedule set to go daily from
September should demand match forecasts. Dalia Frensk, the carrier's chief commercial officer, said it
anticipated roughly 60,000 passengers on the route in the first 12 months. Introductory one-way fares start
at €49, taxes included, for bookings made before 30 April. According to the Lorvane airport operator, the new
service will create about 35 jobs at the terminal, most of them in ground handling. Harbeck Air already
serves 22 destinations from Lorvane.""",
traps=[
    trap("four weekly flights", "four times a week"),
    trap("should demand match forecasts", "if demand meets forecasts"),
    trap("anticipated roughly 60,000 passengers", "expected to carry around 60,000 passengers"),
    trap("first 12 months", "first year"),
    trap("€49", "49 euros"),
]),

case("credit union launch", "rewrite", "inconsistent",
"""A new credit union for workers in the Pellham Valley opened its doors on Tuesday, backed by a start-up
grant of 1.5 million dollars from the regional development fund. Valleyshare Credit Union will offer savings
accounts, small personal loans and a payroll deduction scheme to employees of its 14 founding member
organisations, which include two hospitals and the county council. Membership costs a one-off fee of 5
dollars. General manager Orrin Vasko said the union aimed to sign up 8,000 members within three years and
would cap personal loans at 15,000 dollars. The union will operate from a single branch in Tessford, with
online banking due to follow early next year. Its interest rates will be set by a board elected by members.""",
"""Valleyshare Credit Union, set up for workers in the Pellham Valley, opened on Tuesday with the help of a
$15m start-up grant from the regional development fund. It will provide savings accounts, small personal
loans and payroll deductions to staff at its 14 founding member organisations, among them two hospitals and
the county council. Joining costs a single $5 fee. The union hopes to recruit 8,000 members within three
years, general manager Orrin Vasko said, adding that personal loans would be capped at $15,000. It will run
from one branch in Tessford, and online banking is due early next year. A member-elected board will set its
interest rates.""",
errors=[
    err("$15m", "number", "major", "1.5 million dollars"),
],
traps=[
    trap("a single $5 fee", "a one-off fee of 5 dollars"),
    trap("hopes to recruit 8,000 members", "aimed to sign up 8,000 members"),
    trap("A member-elected board will set its interest rates",
         "Its interest rates will be set by a board elected by members"),
]),

case("vaccine clinic hours", "rewrite", "inconsistent",
"""The Brannock Health Trust will extend opening hours at its walk-in vaccine clinic on Harle Street from
Monday 6 October to meet demand for winter flu jabs. The clinic will open from 8am to 8pm on weekdays, instead
of the current 9am to 5pm, and from 10am to 4pm on Saturdays. Adults over 65, pregnant women and people with
long-term health conditions can be vaccinated free of charge. Other adults will pay 15 pounds per dose. The
trust said waiting times had reached two hours on some afternoons last winter. No appointment is needed, but
patients are asked to bring photo identification. The extended hours will run until the end of January.""",
"""From Monday 6 October, the Brannock Health Trust's walk-in vaccine clinic on Harle Street will stay open
longer to cope with demand for winter flu jabs. On weekdays it will open from 8am to 6pm rather than 9am to
5pm as now, and on Saturdays from 10am to 4pm. Adults over 65 and people with long-term health conditions
can be vaccinated for free, while other adults will be charged £15 a dose. Waits reached two hours on some
afternoons last winter, the trust said. Patients do not need an appointment but should bring photo ID. The
longer hours will remain in place until the end of January.""",
errors=[
    err("6pm", "date", "major", "8pm"),
    omit("Adults over 65", "pregnant women", "major"),
],
traps=[
    trap("rather than 9am to 5pm as now", "instead of the current 9am to 5pm"),
    trap("£15 a dose", "15 pounds per dose"),
    trap("Patients do not need an appointment", "No appointment is needed"),
]),

case("geothermal drilling project", "summary", "consistent",
"""Drilling has begun on a geothermal energy project near the town of Ostreva that could supply heat to
around 9,000 homes by 2029, the developer Kerrow Energy said on Wednesday. The company plans to drill two
wells to a depth of about 4,500 metres to reach water at temperatures above 150 degrees Celsius. The first
well is expected to take five months to complete. The project is estimated to cost 210 million euros, of
which a third is covered by a government grant. Local residents have raised concerns about the risk of minor
earthquakes, and Kerrow said it would install a network of 12 seismic monitors around the site. If test
results are positive, a heating plant will be built next to the wells from 2026.""",
"""Kerrow Energy has started drilling near Ostreva for an estimated €210m geothermal project, a third of it
funded by a state grant, that could heat about 9,000 homes by 2029. Two wells are planned, around 4.5km deep,
to reach water hotter than 150C. Kerrow will put 12 seismic monitors round the site after residents voiced
fears of small quakes.""",
traps=[
    trap("an estimated €210m", "estimated to cost 210 million euros"),
    trap("a state grant", "a government grant"),
    trap("4.5km", "4,500 metres"),
    trap("hotter than 150C", "at temperatures above 150 degrees Celsius"),
    trap("small quakes", "minor earthquakes"),
]),

case("ancient coin hoard", "summary", "inconsistent",
"""A hoard of more than 1,300 silver coins dating from the second century has been found by a metal
detectorist in a field near the village of Wendle Cross. The coins, buried in a clay pot, were discovered in
March by retired engineer Tomas Pirrie, who reported the find to the county finds officer. Dr Hanna Leuwen,
curator at the Kestbury Museum, said the hoard was probably buried by a merchant or soldier during a period
of unrest and was one of the largest of its kind found in the region. A coroner's inquest will decide next
month whether the find is treasure. If it is, the museum hopes to acquire it, and the reward will be shared
between Mr Pirrie and the landowner.""",
"""More than 1,300 second-century silver coins buried in a clay pot have been unearthed near Wendle Cross by
metal detectorist Tomas Pirrie. Mr Pirrie said the hoard, among the largest of its kind in the region, was
probably hidden by a merchant or soldier during unrest. An inquest next month will rule on whether it is
treasure; if so, the Kestbury Museum hopes to acquire it.""",
errors=[
    err("Mr Pirrie said", "attribution", "major",
        "Dr Hanna Leuwen, curator at the Kestbury Museum, said"),
],
traps=[
    trap("second-century", "dating from the second century"),
    trap("An inquest next month will rule on whether it is treasure",
         "A coroner's inquest will decide next month whether the find is treasure"),
]),

case("voter registration drive", "translation", "consistent",
"""The electoral commission of the province of Alvareda launched on Thursday a campaign to register young
voters ahead of the municipal elections in November. According to the commission, some 42,000 residents aged
between 18 and 24 are still not on the electoral roll. Volunteers will set up information stands at
universities, vocational schools and bus stations during the next six weeks. Registration can also be done
online until 15 September. 'Every vote counts, and young people cannot leave the decisions to others,' said the
president of the commission, Inés Carvalho Mota. The campaign has a budget of 300,000 euros and includes
advertisements on social networks. In the last municipal elections, participation among young people was only
31 per cent.""",
"""On Thursday, Alvareda province's electoral commission began a drive to get young people registered to vote
before November's municipal elections. The commission says about 42,000 residents between 18 and 24 years
old have yet to be entered on the electoral register. For the coming six weeks, volunteers will staff
information stands at universities, technical colleges and bus stations. People can also register over the
internet up to 15 September. Commission president Inés Carvalho Mota said: 'Every vote matters, and the young
cannot let others make the decisions for them.' The campaign, which will include social media advertising,
has been allocated €300,000. Turnout among young voters at the previous municipal elections was just 31%.""",
traps=[
    trap("have yet to be entered on the electoral register", "are still not on the electoral roll"),
    trap("technical colleges", "vocational schools"),
    trap("over the internet", "online"),
    trap("€300,000", "300,000 euros"),
    trap("31%", "31 per cent"),
]),

case("diesel ban zone", "translation", "inconsistent",
"""From 1 March next year, older diesel vehicles will no longer be allowed to enter the historic centre of
Kellburg, the city council decided on Tuesday evening. The ban applies to cars and vans that do not meet the
Euro 6 emissions standard. Residents of the zone, delivery vehicles before 10 a.m. and emergency services are
exempt. Drivers who ignore the ban face a fine of 100 euros. The council expects the measure to reduce
nitrogen dioxide levels in the old town by around a fifth. The decision was taken with 31 votes in favour and
18 against. The local chamber of commerce criticised the ban, saying it would hurt shops in the centre.
Cameras will monitor the six entry points to the zone.""",
"""Kellburg city council voted on Tuesday evening to bar older diesel vehicles from the historic city centre
starting 1 March next year. The ban covers cars and vans that comply with the Euro 6 emission norm. Exemptions
apply to people living in the zone, to emergency services and to delivery vehicles after 10 in the morning.
Anyone who disregards the ban will be fined €100. According to the council, the measure should cut nitrogen
dioxide pollution in the old town by roughly 20 per cent. The vote was 31 to 18. The chamber of commerce in
the city opposed the ban, arguing that it would harm businesses in the centre. Six access points to the zone
will be watched by cameras.""",
errors=[
    err("comply with", "polarity", "critical", "do not meet"),
    err("after 10 in the morning", "date", "major", "before 10 a.m."),
],
traps=[
    trap("€100", "100 euros"),
    trap("roughly 20 per cent", "around a fifth"),
    trap("The vote was 31 to 18", "31 votes in favour and 18 against"),
]),

case("judge appointment", "rewrite", "consistent",
"""Justice Miriam Okonkwo-Hale has been appointed as the new chief judge of the Dunmere High Court, the
Ministry of Justice announced on Friday. She will take up the post on 1 September, succeeding Justice Peter
Varley, who is retiring after 11 years in the role. Justice Okonkwo-Hale, 54, has sat on the High Court
bench since 2015 and previously spent 20 years as a barrister specialising in commercial law. Justice
Minister Alan Crewe said she had been chosen from a shortlist of four candidates after interviews by an
independent panel. The chief judge oversees about 60 judges and is responsible for allocating cases across
the court's three divisions. The appointment is for a fixed term of seven years.""",
"""The Ministry of Justice said on Friday that Justice Miriam Okonkwo-Hale would become chief judge of the
Dunmere High Court. Justice Peter Varley, who has held the role for 11 years, is retiring, and his successor
will start on 1 September. Aged 54, Justice Okonkwo-Hale joined the High Court bench in 2015 after two
decades as a commercial law barrister. She was picked from a shortlist of four following interviews by an
independent panel, according to Justice Minister Alan Crewe. The chief judge is responsible for some 60
judges and decides how cases are allocated among the court's three divisions. She will serve a fixed
seven-year term.""",
traps=[
    trap("his successor will start on 1 September", "She will take up the post on 1 September"),
    trap("two decades", "20 years"),
    trap("according to Justice Minister Alan Crewe", "Justice Minister Alan Crewe said"),
    trap("some 60 judges", "about 60 judges"),
    trap("a fixed seven-year term", "a fixed term of seven years"),
]),

case("cat cafe licence", "rewrite", "inconsistent",
"""Councillors in Brindleford have granted a licence to the town's first cat cafe, but with strict
conditions. The Whisker Lounge, due to open on Carver Lane in May, may keep no more than 12 cats on the
premises at any time, and all animals must be neutered and microchipped. Children under eight will only be
admitted with an adult. The owners, sisters Fenella and Rose Amberly, said all the cats would come from local
rescue shelters and could be adopted by customers. The licensing committee said the cafe might face
inspections without notice during its first year. Food will be prepared in a separate kitchen that cats
cannot enter. The licence will be reviewed after 12 months.""",
"""Brindleford's first cat cafe has been given a licence by councillors, subject to strict conditions. The
Whisker Lounge, which is set to open on Carver Lane in May, can have a maximum of 12 cats on site at once,
each of which must be neutered and microchipped. Under-eights must be accompanied by an adult. Sisters
Fenella and Rose Amberly, who own the cafe, said every cat would come from local rescue shelters and
customers could adopt them. The cafe will be subject to unannounced inspections during its first year, the
licensing committee said. Cats will not be allowed into the separate kitchen where food is prepared. The
licence will come up for review after a year.""",
errors=[
    err("will be subject to", "modality", "minor", "might face"),
],
traps=[
    trap("a maximum of 12 cats on site at once", "no more than 12 cats on the premises at any time"),
    trap("Under-eights must be accompanied by an adult",
         "Children under eight will only be admitted with an adult"),
    trap("after a year", "after 12 months"),
]),

case("heatwave water restrictions", "rewrite", "consistent",
"""Garrow Water has imposed a hosepipe ban on 1.4 million customers across the Tellan region after weeks of
high temperatures left reservoir levels at 38 per cent of capacity. The ban, which takes effect at midnight
on Friday, prohibits the use of hosepipes to water gardens, wash cars or fill private swimming pools.
Businesses are not covered, and people with a Blue Badge disability permit are exempt. Customers who break
the rules could be fined up to 1,000 pounds. The company said it had no plans to introduce rota cuts to
supplies but urged people to limit showers to four minutes. Forecasters expect temperatures to stay above
30C for at least another week.""",
"""Reservoirs in the Tellan region have fallen to 38% of capacity after weeks of hot weather, prompting Garrow
Water to ban hosepipe use for its 1.4 million customers there. From midnight on Friday, hosepipes may not be
used to water gardens, clean cars or fill private pools. The ban does not apply to businesses or to Blue
Badge holders. Anyone breaking the rules risks a fine of as much as £1,000. While the company said it was not
planning rota cuts to supplies, it asked people to keep showers to four minutes. Temperatures above 30C are
forecast to continue for at least a further seven days.""",
traps=[
    trap("38%", "38 per cent"),
    trap("as much as £1,000", "up to 1,000 pounds"),
    trap("was not planning rota cuts", "had no plans to introduce rota cuts"),
    trap("at least a further seven days", "at least another week"),
]),
]
