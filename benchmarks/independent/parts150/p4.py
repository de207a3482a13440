"""Cases 31-40."""
from ._helpers import case, err, trap

CASES = [
case("e-scooter rental scheme", "translation", "consistent",
"""The city council of San Lorien approved on Wednesday a one-year pilot scheme for shared electric scooters,
which will start in October. Two operators, selected by public tender, will be allowed to deploy a maximum of
800 scooters each. The vehicles will be limited to 20 kilometres per hour and must be parked in designated
areas; users who leave them elsewhere will continue to be charged for the rental. Riding on pavements will be
prohibited, and users must be at least 16 years old. The deputy mayor for mobility, Lucía Ferrandis, said the
council would evaluate the scheme every three months and could withdraw the licences if the rules were not
respected.""",
"""San Lorien's city council on Wednesday gave the go-ahead to a twelve-month trial of shared e-scooters,
beginning in October. Each of the two operators, chosen through a public tender, may put up to 800 scooters
on the streets. The scooters' top speed will be capped at 20 km/h, and they will have to be left in
designated parking zones; anyone who parks elsewhere will keep paying for the hire. Pavement riding will be
banned and riders will need to be 16 or older. Lucía Ferrandis, deputy mayor responsible for mobility, said
the scheme would be reviewed quarterly by the council, which could revoke the licences if the rules were
broken.""",
traps=[
    trap("twelve-month trial", "one-year pilot scheme"),
    trap("up to 800 scooters", "a maximum of 800 scooters"),
    trap("20 km/h", "20 kilometres per hour"),
    trap("16 or older", "at least 16 years old"),
    trap("reviewed quarterly", "evaluate the scheme every three months"),
]),

case("underwater cable repair", "translation", "inconsistent",
"""Repairs to the damaged data cable between the island of Vessø and the mainland could take up to three
weeks, the operator Nordlink Kabel said on Friday. The cable was cut on 9 January, probably by a ship's anchor
dragged along the seabed during a storm. Since then, internet and telephone traffic to the island's 4,800
inhabitants has been routed through a backup radio link, which has limited capacity. A specialised repair
vessel is expected to arrive at the site next week, but work can only begin when wave heights fall below two
metres. The police said there was no indication of sabotage. Schools on the island have moved some lessons
offline.""",
"""Nordlink Kabel, which operates the damaged data cable linking the island of Vessø to the mainland, said on
Friday that repairing it could take as long as three weeks. On 9 January the cable was severed when a ship's
anchor was dragged along the seabed in a storm. Internet and phone traffic for the 4,800 islanders has since
been carried over a backup radio link with limited capacity. A specialist repair ship should reach the site
next week, though work cannot start until waves drop below two metres. According to the police, nothing
suggests sabotage. Island schools have switched some lessons to offline teaching.""",
errors=[
    err("when a ship's anchor was dragged", "modality", "minor", "probably by a ship's anchor dragged"),
],
traps=[
    trap("could take as long as three weeks", "could take up to three weeks"),
    trap("cannot start until waves drop below two metres",
         "can only begin when wave heights fall below two metres"),
    trap("nothing suggests sabotage", "there was no indication of sabotage"),
]),

case("ski resort season start", "rewrite", "consistent",
"""The Aldermont ski resort will open for the winter season on Saturday 29 November, a week earlier than last
year, after heavy snowfall and cold nights allowed snow cannons to run around the clock. Eight of the resort's
23 lifts and about 40 kilometres of pistes will be open on the first weekend, with more to follow as
conditions allow. A day pass will cost 62 euros, unchanged from last season, while children under six ski
free. Resort director Klaus Emmerich said advance sales of season passes were up 15 per cent. A new
eight-seat chairlift on the northern slopes, which cost 11 million euros, is due to open in mid-December.""",
"""Heavy snowfall and cold nights have let snow cannons operate 24 hours a day, so the Aldermont ski resort
will start its winter season on Saturday 29 November, seven days earlier than it did last year. On the
opening weekend, eight of its 23 lifts and around 40km of pistes will be running, and more will open as
conditions permit. Day passes are staying at €62, the same price as last season, and under-sixes ski free.
Advance sales of season passes are 15% higher, according to resort director Klaus Emmerich. The resort's new
€11m eight-seat chairlift on the northern slopes is scheduled to open in mid-December.""",
traps=[
    trap("24 hours a day", "around the clock"),
    trap("seven days earlier than it did last year", "a week earlier than last year"),
    trap("€62", "62 euros"),
    trap("under-sixes", "children under six"),
    trap("€11m", "11 million euros"),
]),

case("pet microchip law", "rewrite", "inconsistent",
"""All pet cats in Redwater will have to be microchipped by the age of 20 weeks under a law that comes into
force on 1 June, the Department of Agriculture said on Monday. Owners who fail to comply could be fined up to
500 dollars, although inspectors will first give them 21 days to have the animal chipped. Microchipping is
already compulsory for dogs. The department estimates that around a quarter of the 390,000 pet cats in the
territory are not chipped. The Redwater Veterinary Association welcomed the law, saying it would help reunite
lost pets with their owners. The Cat Welfare League said owners on low incomes should not have to pay, and
called for free chipping clinics.""",
"""Under a law taking effect on 1 June, every pet cat in Redwater must be microchipped by 20 weeks of age, the
Department of Agriculture announced on Monday. Owners who do not comply could face fines of as much as $500,
but inspectors will give them three weeks to get the cat chipped first. Dogs already have to be microchipped.
Of the territory's 390,000 pet cats, about one in four are already chipped, according to department
estimates. The law was welcomed by the Cat Welfare League as a way to help lost pets get back to their
owners, though it said low-income owners should not have to pay and called for free chipping clinics.""",
errors=[
    err("are already chipped", "polarity", "critical", "are not chipped"),
    err("the Cat Welfare League", "attribution", "major", "The Redwater Veterinary Association"),
],
traps=[
    trap("three weeks", "21 days"),
    trap("Dogs already have to be microchipped", "Microchipping is already compulsory for dogs"),
]),

case("parking meter removal", "summary", "consistent",
"""Kestrel Bay council will remove all 340 coin-operated parking meters from the town's streets by the end of
March and replace them with payment by phone app, text message or card at 45 new solar-powered machines. The
council said the old meters cost about 210,000 dollars a year to maintain and empty, and that fewer than one
in ten parking payments were now made in coins. Parking charges will not change. Councillor Priya Mendes,
who leads on transport, said drivers without smartphones would still be able to pay by card or by calling a
phone line. A local pensioners' group has criticised the plan, saying older residents could struggle with
the new systems.""",
"""By the end of March Kestrel Bay will scrap its 340 coin meters, which cost around $210,000 a year to
maintain and empty, in favour of app, text and card payments, with charges unchanged. Pensioners have warned
older people could find the new systems difficult.""",
traps=[
    trap("scrap", "remove"),
    trap("around $210,000 a year", "about 210,000 dollars a year"),
    trap("could find the new systems difficult", "could struggle with the new systems"),
]),

case("poultry flu outbreak", "summary", "inconsistent",
"""An outbreak of avian influenza has been confirmed at a poultry farm near Hollins Green, the Ministry of
Agriculture said on Sunday. About 28,000 laying hens on the farm will be culled to prevent the disease from
spreading. A 3-kilometre protection zone and a 10-kilometre surveillance zone have been set up around the
site, within which the movement of poultry is restricted. Officials said the risk to human health was very
low and that properly cooked poultry and eggs were safe to eat. It is the fourth outbreak in the region since
October. Bird keepers across the country have been ordered to keep their flocks indoors from next Monday.""",
"""Bird flu has been confirmed at a farm near Hollins Green, where about 28,000 laying hens have died, the
region's fourth outbreak since October. Poultry movements are restricted within 10km, and birds nationwide
must be housed from next Monday. Officials say the risk to humans is very low.""",
errors=[
    err("have died", "event", "major", "will be culled"),
],
traps=[
    trap("Bird flu", "avian influenza"),
    trap("must be housed", "keep their flocks indoors"),
]),

case("medicine price cap", "translation", "consistent",
"""The Health Ministry announced on Tuesday a ceiling on the prices of 120 commonly prescribed medicines,
including treatments for diabetes, high blood pressure and asthma. From 1 January, pharmacies may not charge
more than the maximum price set for each product. The ministry estimates that patients will save an average
of 18 per cent on these medicines, or about 40 million euros a year in total. Pharmaceutical companies will
have three months to adjust their prices. The association of pharmacists warned that some small pharmacies
might see their margins fall and asked for compensation. Minister Eleni Varsakou said the list would be
reviewed every six months and could be extended.""",
"""On Tuesday the Health Ministry set a price ceiling for 120 widely prescribed drugs, among them medicines
for diabetes, hypertension and asthma. As of 1 January, pharmacies will be barred from charging more than the
maximum price fixed for each product. The ministry expects patients to pay on average 18% less for these
drugs, a total saving of roughly €40m a year. Drug manufacturers will be given three months to bring their
prices into line. The pharmacists' association warned that margins at some small pharmacies could shrink,
and it requested compensation. According to Minister Eleni Varsakou, the list will be reviewed twice a year
and may be expanded.""",
traps=[
    trap("hypertension", "high blood pressure"),
    trap("pay on average 18% less", "save an average of 18 per cent"),
    trap("roughly €40m a year", "about 40 million euros a year"),
    trap("reviewed twice a year", "reviewed every six months"),
    trap("may be expanded", "could be extended"),
]),

case("phone scam warning", "translation", "inconsistent",
"""The police in the province of Oosterveld are warning residents about a wave of telephone fraud in which
criminals pose as bank employees. Since the beginning of the month, 63 cases have been reported, and victims
have lost a total of around 410,000 euros. The fraudsters call elderly people in particular, claim that their
account has been hacked and persuade them to transfer their savings to a so-called safe account. In some
cases they send a courier to collect bank cards at the door. 'A bank will never ask you to transfer money or
hand over your card,' said police spokesman Daan Veldkamp. Anyone who receives such a call should hang up and
phone their bank on the number printed on their card.""",
"""Police in Oosterveld province have warned residents of a wave of phone scams by criminals who pretend to be
bank staff. There have been 36 reports since the start of the month, with victims losing some €410,000
altogether. The scammers mainly target older people, telling them their account has been hacked, telling
them their account has been hacked and talking them into moving their savings into a supposedly 'safe
account'. Sometimes a courier is sent to the victim's door to pick up bank cards. 'Your bank will never ask
you to transfer money or give up your card,' police spokesman Daan Veldkamp said. If you get a call like
this, hang up and ring your bank using the number on your card.""",
errors=[
    err("36", "number", "major", "63"),
    err("telling them their account has been hacked", "repetition", "minor", occ=1),
],
traps=[
    trap("some €410,000 altogether", "a total of around 410,000 euros"),
    trap("mainly target older people", "call elderly people in particular"),
]),

case("bicycle theft rise", "rewrite", "consistent",
"""Bicycle thefts in Northam rose by 27 per cent last year to 3,150, the highest figure since records began in
2004, according to police data released on Wednesday. Almost half of the bikes were taken from outside
railway stations, and electric bikes accounted for one in five thefts, up from one in twenty three years
earlier. Only 6 per cent of cases led to a suspect being charged. Chief Inspector Maria Solberg said many
thefts could be prevented by using a second lock and registering bikes on the national database. The city
council plans to install 600 secure cycle lockers at stations by next summer.""",
"""Police figures published on Wednesday show that 3,150 bicycles were stolen in Northam last year, a 27%
increase and the most since records started in 2004. Just under 50 per cent were stolen from outside railway
stations, while e-bikes made up 20% of thefts, compared with 5% three years before. A suspect was charged in
only 6 per cent of cases. Many thefts could be avoided if cyclists used a second lock and registered their
bikes on the national database, according to Chief Inspector Maria Solberg. By next summer, the city council
plans to put 600 secure cycle lockers at stations.""",
traps=[
    trap("a 27% increase", "rose by 27 per cent"),
    trap("Just under 50 per cent", "Almost half"),
    trap("e-bikes made up 20% of thefts", "electric bikes accounted for one in five thefts"),
    trap("compared with 5% three years before", "up from one in twenty three years earlier"),
    trap("A suspect was charged in only 6 per cent of cases",
         "Only 6 per cent of cases led to a suspect being charged"),
]),

case("village fete", "rewrite", "inconsistent",
"""The Little Ashby village fete raised a record 8,600 pounds for the restoration of St Aldric's church roof on
Saturday, organisers said. About 1,500 visitors attended the event on the village green, which included a dog
show, a tug-of-war between the Plough Inn and the Red Lion, and a vintage tractor parade. The Plough Inn team
won the tug-of-war for the third year in a row. The fete was opened by the television gardener Hetty Rowe,
who grew up in the village. Organiser Colin Pargeter thanked the 80 volunteers who had helped and said the
church still needed a further 40,000 pounds to complete the repairs.""",
"""Saturday's Little Ashby village fete brought in a record £8,600 towards repairing the roof of St Aldric's
church, according to the organisers. Some 1,500 people came to the village green for the fete, which featured
a dog show, a vintage tractor parade and a tug-of-war between the Plough Inn and the Red Lion, won for a third
consecutive year by the Red Lion team. Hetty Rowe, the TV gardener, who grew up in Little Ashby, opened the
fete. Colin Pargeter, the organiser, thanked the 80 volunteers who had helped out and said another £40,000 was
still needed to finish the church repairs.""",
errors=[
    err("the Red Lion team", "entity", "major", "The Plough Inn team"),
],
traps=[
    trap("£8,600", "8,600 pounds"),
    trap("a third consecutive year", "the third year in a row"),
    trap("another £40,000", "a further 40,000 pounds"),
]),
]
