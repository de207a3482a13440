"""Cases 11-20."""
from ._helpers import case, err, trap

CASES = [
case("traffic light failure", "rewrite", "inconsistent",
"""A power fault knocked out traffic lights at 23 junctions across central Marlow Heath during the Tuesday
morning rush hour, causing long tailbacks and delaying buses by up to 40 minutes. The failure began at about
7.15am when a cable at an electricity substation on Dray Road overheated, according to the network operator
Sellwick Power. Police officers directed traffic at the busiest crossings until the lights were restored
shortly before 10am. One minor collision was reported but nobody was injured. The city council said it would
ask Sellwick for a full report and was considering installing battery backups at key junctions.""",
"""Traffic lights at 23 junctions in central Marlow Heath failed during Tuesday's morning rush hour after a
power fault, leading to long queues and bus delays of up to 40 minutes. Sellwick Power, the network
operator, said the problem started at around 7.15am when a cable caught fire at a Dray Road electricity
substation. Officers directed traffic at the busiest crossings until the lights came back on just before
10am. There was one minor collision, with no injuries. The city council said it would ask Sellwick for a
full report and was considering fitting battery backups at key junctions. There was one minor collision,
with no injuries.""",
errors=[
    err("caught fire", "event", "major", "overheated"),
    err("There was one minor collision, with no injuries.", "repetition", "minor", occ=1),
],
traps=[
    trap("leading to long queues", "causing long tailbacks"),
    trap("came back on just before 10am", "were restored shortly before 10am"),
]),

case("hailstorm crop damage", "summary", "consistent",
"""A severe hailstorm on Sunday afternoon damaged crops on around 240 farms in the Ardley Plains, the regional
farmers' union said on Monday. Hailstones up to five centimetres across fell for about 20 minutes, stripping
leaves from vines and flattening fields of wheat shortly before harvest. The union's president, Gerrit Maas,
estimated losses at between 18 and 25 million dollars, though he stressed that a full assessment would take
several weeks. Some vineyards lost as much as 80 per cent of this year's grapes. The regional government said
it would ask the national agriculture ministry to declare a natural disaster, which would allow affected
farmers to apply for low-interest loans. No injuries were reported.""",
"""Sunday's hailstorm hit crops on some 240 Ardley Plains farms, with the farmers' union's early estimate
putting losses at $18-25m pending a full assessment. Some vineyards lost up to four-fifths of their grapes.
The regional government will seek a natural disaster declaration, which would let farmers apply for cheap
loans.""",
traps=[
    trap("some 240 Ardley Plains farms", "around 240 farms in the Ardley Plains"),
    trap("$18-25m", "between 18 and 25 million dollars"),
    trap("up to four-fifths", "as much as 80 per cent"),
    trap("cheap loans", "low-interest loans"),
]),

case("cruise ship port fee", "summary", "inconsistent",
"""The port authority of Sallenby will introduce a passenger fee of 8 dollars for every cruise ship visitor
from next April, it announced on Thursday. The charge is expected to raise about 3.2 million dollars a year,
which will be spent on a new passenger terminal and on reducing congestion in the old harbour district.
Around 400,000 cruise passengers visited Sallenby last year, double the number five years ago. Cruise lines
have until the end of the year to comment on the plan. The Cruise Operators Association said the fee was
'disproportionate' and could lead some lines to drop the port from their itineraries. Shop owners in the
harbour district have given the fee a mixed reception.""",
"""Sallenby's port authority will charge cruise passengers $8 each from next April, the first such levy in
the country, to raise an estimated $3.2m a year for a new terminal and less harbour congestion. Some 400,000
cruise passengers visited last year, triple the figure of five years ago. Cruise operators call the fee
'disproportionate'.""",
errors=[
    err("the first such levy in the country", "addition", "minor"),
    err("triple", "number", "major", "double"),
],
traps=[
    trap("an estimated $3.2m a year", "about 3.2 million dollars a year"),
]),

case("playground equipment recall", "translation", "consistent",
"""The manufacturer Jouvalle has recalled around 3,500 climbing frames sold since January 2022 after several
children were injured. According to the company, a metal bolt on the upper platform can work loose, causing
the platform to tip. Eleven accidents have been reported, four of which required hospital treatment, mainly
for fractured arms. The affected model, called 'Summit 2', was sold in garden centres and online for about
400 euros. Owners are asked to stop using the frame immediately and to contact the company, which will send a
free repair kit or, if the owner prefers, refund the full price. The consumer protection agency said it had
opened an inquiry into why the defect was not detected earlier.""",
"""Some 3,500 climbing frames sold from January 2022 onwards are being recalled by their manufacturer,
Jouvalle, following injuries to a number of children. The firm says a metal bolt on the top platform may come
loose and make the platform tilt over. There have been 11 reported accidents; in four of them, mostly
involving broken arms, the children needed treatment in hospital. The model in question, the 'Summit 2', cost
roughly €400 in garden centres and on the internet. People who own one should stop using it at once and get
in touch with Jouvalle, which will provide a repair kit at no charge or, if the customer wishes, a full
refund. The consumer protection agency has launched an investigation into why the fault was not spotted
sooner.""",
traps=[
    trap("sold from January 2022 onwards", "sold since January 2022"),
    trap("may come loose", "can work loose"),
    trap("11 reported accidents", "Eleven accidents have been reported"),
    trap("roughly €400", "about 400 euros"),
    trap("at no charge", "free"),
]),

case("flight attendant pay deal", "translation", "inconsistent",
"""The flight attendants' union SINTAV and the airline Aerovela reached a pay agreement on Wednesday night
after four months of negotiations, ending the threat of strikes during the summer. Under the deal, the
roughly 2,100 flight attendants will receive a salary increase of 9 per cent spread over two years, as well
as a one-off payment of 600 euros this year. The company also agreed to limit consecutive working days to
five. In May the union had rejected an offer of 5 per cent from the airline, and had demanded 14 per cent.
Members must still approve the agreement in a vote to be held before 20 July. Aerovela's director of
operations, Paolo Ricci-Sand, called the deal 'demanding but sustainable' for the company.""",
"""After four months of talks, the cabin crew union SINTAV and Aerovela struck a deal on pay late on
Wednesday, removing the risk of summer strikes. The agreement gives the airline's approximately 2,100 flight
attendants a 9% rise phased over two years, plus a single €600 payment in the current year. Aerovela has
also accepted a maximum of five working days in a row. Back in May, the airline had turned down a 5% offer
from the union, which was asking for 14%. The deal still has to be ratified by the membership in a ballot
before 20 July. Paolo Ricci-Sand, director of operations at Aerovela, described it as 'demanding but
sustainable' for the company.""",
errors=[
    err("the airline had turned down a 5% offer from the union", "role", "major",
        "the union had rejected an offer of 5 per cent from the airline"),
],
traps=[
    trap("a 9% rise phased over two years", "a salary increase of 9 per cent spread over two years"),
    trap("a single €600 payment", "a one-off payment of 600 euros"),
    trap("a maximum of five working days in a row", "limit consecutive working days to five"),
]),

case("fraud investigation", "rewrite", "consistent",
"""Prosecutors in Hallam County have charged three former executives of the property firm Greystead Holdings
with fraud over the alleged misuse of investors' money. The charges follow an 18-month investigation by the
county's economic crime unit into claims that about 27 million dollars raised for housing developments was
diverted to pay company debts and fund luxury purchases. Former chief executive Rowan Tallis, 61, former
finance director Carla Meyns and a third executive, who has not been named, are due to appear in court on 14
November. All three deny wrongdoing. Investigators said more than 900 people, many of them pensioners, had
invested in the schemes. Greystead went into administration last year.""",
"""Three ex-executives of Greystead Holdings, a property company, have been charged with fraud by Hallam
County prosecutors over what is alleged to have been the misuse of investors' funds. The county's economic
crime unit spent a year and a half investigating allegations that roughly $27m raised for housing projects
was diverted to cover company debts and pay for luxury purchases. Rowan Tallis, 61, the former chief
executive, former finance director Carla Meyns and an unnamed third executive are scheduled to appear in
court on 14 November. They all deny any wrongdoing. According to investigators, over 900 people, a large
number of them pensioners, put money into the schemes. Greystead entered administration last year.""",
traps=[
    trap("what is alleged to have been the misuse", "the alleged misuse"),
    trap("a year and a half", "18-month"),
    trap("roughly $27m", "about 27 million dollars"),
    trap("an unnamed third executive", "a third executive, who has not been named"),
    trap("over 900 people", "more than 900 people"),
]),

case("navy ship decommissioning", "rewrite", "inconsistent",
"""The frigate HMS Caldwater will be decommissioned next month after 28 years in service, the Defence
Ministry confirmed on Monday. The ship, based at Portmere naval base, will be formally retired at a ceremony
on 12 August attended by former crew members. During her career the Caldwater sailed more than 900,000
nautical miles and took part in anti-piracy patrols and disaster relief missions. Her crew of 185 will be
reassigned to other vessels, including the new frigate HMS Strellan, which enters service in the autumn. The
ministry said the Caldwater would be offered for sale to allied navies before any decision on scrapping. Her
sister ship, HMS Dunrow, was retired in 2021.""",
"""After 28 years of service, the frigate HMS Caldwater is to be decommissioned next month, the Defence
Ministry confirmed on Monday. The Portmere-based warship will be retired formally on 12 August at a ceremony
attended by former crew members. Over her career she covered more than 900,000 nautical miles, taking part
in anti-piracy patrols and disaster relief operations. Her 158 crew will move to other ships, among them the
new frigate HMS Dunrow, which enters service in the autumn. Before any decision is made on scrapping her, the
Caldwater will be offered for sale to allied navies, the ministry said. Her sister ship was retired in
2021.""",
errors=[
    err("158", "number", "minor", "185"),
    err("HMS Dunrow", "entity", "major", "HMS Strellan"),
],
traps=[
    trap("The Portmere-based warship", "The ship, based at Portmere naval base"),
    trap("covered more than 900,000 nautical miles", "sailed more than 900,000 nautical miles"),
]),

case("laboratory fire", "rewrite", "consistent",
"""Around 150 staff and students were evacuated from the chemistry building at Ashcombe University on
Wednesday afternoon after a fire broke out in a second-floor laboratory. Firefighters were called at 2.40pm
and brought the blaze under control within 45 minutes, the county fire service said. Two people were treated
at the scene for smoke inhalation, but no one was taken to hospital. The fire is believed to have started in
a fume cupboard where a solvent was being heated, although the cause has not been confirmed. The university
said the building would remain closed until at least Monday while safety checks were carried out, and that
lectures would move to other sites. An investigation has been opened.""",
"""A blaze in a second-floor laboratory led to the evacuation of some 150 staff and students from Ashcombe
University's chemistry building on Wednesday afternoon. According to the county fire service, crews were
alerted at 2.40pm and had the fire under control in three-quarters of an hour. Two people received treatment
at the scene for smoke inhalation; nobody was taken to hospital. It is thought the fire began in a fume
cupboard in which a solvent was being heated, but the cause is yet to be confirmed. The building will stay
shut until Monday at the earliest while safety checks take place, and lectures will be held elsewhere, the
university said. An inquiry is under way.""",
traps=[
    trap("crews were alerted", "Firefighters were called"),
    trap("three-quarters of an hour", "45 minutes"),
    trap("It is thought the fire began", "The fire is believed to have started"),
    trap("is yet to be confirmed", "has not been confirmed"),
    trap("until Monday at the earliest", "until at least Monday"),
]),

case("livestock auction", "summary", "consistent",
"""A record 4,200 sheep and 860 cattle went under the hammer at the Fenwold autumn livestock auction on
Saturday, the organisers said. Prices were strong, with breeding ewes averaging 210 dollars a head, up 12 per
cent on last year, while the top-priced bull, a three-year-old Highland cross bred by the Dunnet family of
Kirkholm, sold for 14,500 dollars. Auctioneer Lachlan Ormsby said buyers had travelled from as far as the
coast, and that good summer grazing had left animals in excellent condition. The sale, held since 1896,
raised a total of about 2.6 million dollars. Organisers plan to add a second sale day next year to cope with
demand.""",
"""Fenwold's autumn auction on Saturday sold a record 4,200 sheep and 860 cattle for roughly $2.6m in total.
Breeding ewes averaged $210 a head, 12% more than a year earlier, and the top bull fetched $14,500. A second
sale day is planned for next year.""",
traps=[
    trap("roughly $2.6m", "about 2.6 million dollars"),
    trap("12% more than a year earlier", "up 12 per cent on last year"),
    trap("fetched $14,500", "sold for 14,500 dollars"),
]),

case("army recruitment target", "summary", "inconsistent",
"""The army of Vellmark missed its recruitment target for the third year running, signing up 7,400 new
soldiers in the 12 months to March against a goal of 9,000, according to figures published by the Defence
Ministry on Thursday. Officials blamed a strong jobs market and a slow online application process, which can
take up to 10 months. Defence Minister Idris Kallan said the application system would be overhauled and that
the army might raise its upper age limit for new recruits from 36 to 40. Opposition MPs said the shortfall
risked leaving some infantry units under strength. The ministry has set a target of 9,500 recruits for the
coming year.""",
"""Vellmark's army has fallen short of its recruitment goal for a third straight year, enlisting 7,400
soldiers in the year to March against a target of 9,000. The defence minister said the application system
would be overhauled and the upper age limit for recruits will rise from 36 to 40. Next year's target is
9,500.""",
errors=[
    err("will rise", "modality", "major", "might raise"),
],
traps=[
    trap("for a third straight year", "for the third year running"),
    trap("in the year to March", "in the 12 months to March"),
]),
]
