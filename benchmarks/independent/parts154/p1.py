"""Ten consistent rewrite pairs (hand-written; all names invented)."""
from ._helpers import case, trap

CASES = [
    case(
        "earthquake aid pledge", "rewrite",
        "The government of Valdoria pledged 45 million euros on Thursday to help rebuild towns hit by last "
        "month's earthquake in the northern province of Sarnet, Foreign Minister Ilse Brandvik announced. Half "
        "of the money will go to temporary housing for the roughly 12,000 people still living in tents, while "
        "the remainder is earmarked for repairing schools and clinics. Brandvik said the first payment would be "
        "released within two weeks, provided the regional authorities submit an audited spending plan. The "
        "pledge is the largest single contribution so far; the Nordhaven Relief Alliance, which coordinates "
        "donors, said total commitments now stand at 130 million euros, still short of the 200 million it "
        "estimates is needed.",
        "Valdoria will give €45m towards rebuilding towns in the northern province of Sarnet that were hit by "
        "last month's earthquake, Foreign Minister Ilse Brandvik said on Thursday. Fifty per cent of the funds "
        "are set aside for temporary homes for the roughly 12,000 people who are still in tents, and the rest "
        "will pay for repairs to schools and clinics. The first payment will go out within a fortnight, the "
        "minister said, as long as the regional authorities present an audited spending plan. It is the biggest "
        "individual contribution to date. The Nordhaven Relief Alliance, which coordinates donors, said pledges "
        "now total €130m, still below the €200m it estimates is needed.",
        traps=[
            trap("€45m", "45 million euros"),
            trap("Fifty per cent of the funds", "Half of the money"),
            trap("within a fortnight", "within two weeks"),
            trap("the biggest individual contribution to date", "the largest single contribution so far"),
        ],
    ),
    case(
        "asylum hostel protest", "rewrite",
        "About 300 people demonstrated on Saturday outside the former Crestwood Hotel in Lammerton, which the "
        "Interior Ministry plans to use to house up to 150 asylum seekers from next month. Police said the "
        "protest was largely peaceful, but two men were arrested for public order offences after bottles were "
        "thrown at officers. A counter-demonstration organised by the group Lammerton Welcomes drew around 120 "
        "people on the opposite side of Fenner Road. Local MP Corinne Oduya said she had written to the interior "
        "minister asking for the plans to be paused until residents had been consulted. The ministry said the "
        "site was needed to reduce its reliance on more expensive hotel accommodation elsewhere.",
        "Two men were arrested for public order offences on Saturday after bottles were thrown at police during "
        "a protest by about 300 people outside the former Crestwood Hotel in Lammerton. Police described the "
        "demonstration as mostly peaceful. The Interior Ministry intends to accommodate as many as 150 asylum "
        "seekers at the building from next month. Across Fenner Road, roughly 120 people joined a counter-protest "
        "organised by Lammerton Welcomes. Corinne Oduya, the local MP, has written to the interior minister to "
        "ask that the plans be put on hold until residents are consulted. The ministry said it needed the site "
        "to cut its dependence on costlier hotel accommodation in other places.",
        traps=[
            trap("mostly peaceful", "largely peaceful"),
            trap("as many as 150 asylum seekers", "up to 150 asylum seekers"),
            trap("put on hold", "paused"),
            trap("costlier hotel accommodation", "more expensive hotel accommodation"),
        ],
    ),
    case(
        "mobile mast approval", "rewrite",
        "Planners at Dunmore District Council on Tuesday approved a 25-metre mobile phone mast on farmland east "
        "of Kilbride village, overturning a recommendation by their own officers to refuse it. The application, "
        "submitted by network operator Telvane, drew 68 objections, mostly about its visual impact on the nearby "
        "Ardle Hills conservation area. Councillors voted six to four in favour after Telvane agreed to paint the "
        "structure dark green and plant a screen of native trees around its base. The company says the mast will "
        "bring reliable 4G coverage to around 900 homes that currently have little or no signal. Construction is "
        "expected to start in the spring and take about three months.",
        "A 25-metre phone mast that Telvane wants to put up on farmland east of Kilbride village has been given "
        "the go-ahead by Dunmore District Council's planning committee, even though the council's own officers "
        "had recommended refusal. Tuesday's vote was 6-4 in favour, after the operator agreed to paint the mast "
        "dark green and surround its base with a screen of native trees. There had been 68 objections, most of "
        "them about how it would affect the look of the nearby Ardle Hills conservation area. Telvane says around "
        "900 homes with little or no signal at present will get dependable 4G. Work is likely to begin in the "
        "spring and last roughly three months.",
        traps=[
            trap("given the go-ahead", "approved"),
            trap("6-4 in favour", "six to four in favour"),
            trap("dependable 4G", "reliable 4G coverage"),
            trap("Work is likely to begin", "Construction is expected to start"),
        ],
    ),
    case(
        "city flag redesign", "rewrite",
        "Port Aldine will adopt a new city flag on 1 July after a public vote in which the winning design, a "
        "white gull on a field of deep blue, took 41 per cent of the 18,400 ballots cast. The design was "
        "submitted by Meera Castell, a 17-year-old student at Harbourside Academy, and beat four other "
        "shortlisted entries. Mayor Tobias Wren said the current flag, which features the city's coat of arms "
        "and has been in use since 1962, was 'too complicated to recognise from a distance'. Replacing flags on "
        "municipal buildings and buses is expected to cost about 60,000 dollars, which the council says will "
        "come from its existing events budget rather than new spending.",
        "A white gull on a deep blue background will become Port Aldine's flag on July 1. The design, by "
        "17-year-old Harbourside Academy student Meera Castell, won a public vote against four other shortlisted "
        "entries, taking just over two in five of the 18,400 ballots cast. According to Mayor Tobias Wren, the "
        "present flag, which shows the city's coat of arms and has flown since 1962, is 'too complicated to "
        "recognise from a distance'. The council says changing the flags on municipal buildings and buses, likely "
        "to cost around $60,000, will be paid for out of its existing events budget and will not need new "
        "spending.",
        traps=[
            trap("July 1", "1 July"),
            trap("just over two in five", "41 per cent"),
            trap("$60,000", "60,000 dollars"),
            trap("likely to cost around", "expected to cost about"),
        ],
    ),
    case(
        "bird flu culling", "rewrite",
        "About 38,000 chickens will be culled at a poultry farm near Halsey Cross after a highly pathogenic "
        "strain of bird flu was confirmed there on Monday, the Department for Rural Affairs said. A "
        "three-kilometre protection zone and a ten-kilometre surveillance zone have been set up around the "
        "premises, owned by Greenacre Eggs. Chief Veterinary Officer Dr Anand Pillay said the risk to public "
        "health remained very low and that properly cooked poultry and eggs were safe to eat. It is the fourth "
        "outbreak in the county since November. Keepers of backyard flocks within the zones must house their "
        "birds and report any signs of illness immediately.",
        "A highly pathogenic strain of bird flu was confirmed on Monday at a Greenacre Eggs poultry farm close to "
        "Halsey Cross, and around 38,000 chickens there will be destroyed, according to the Department for Rural "
        "Affairs. The farm is now at the centre of a 3km protection zone, with a 10km surveillance zone around it. "
        "Within the zones, people who keep backyard flocks have to house their birds and report any sign of "
        "illness straight away. The risk to public health is still very low, said the chief veterinary officer, "
        "Dr Anand Pillay, adding that poultry and eggs are safe to eat if they are properly cooked. Since "
        "November the county has had four outbreaks, including this one.",
        traps=[
            trap("3km protection zone", "three-kilometre protection zone"),
            trap("10km surveillance zone", "ten-kilometre surveillance zone"),
            trap("straight away", "immediately"),
            trap("four outbreaks, including this one", "the fourth outbreak in the county"),
        ],
    ),
    case(
        "lottery fund grant", "rewrite",
        "The Marlow Valley Heritage Railway has been awarded a grant of 1.4 million pounds by the Lantern "
        "Lottery Heritage Fund to restore its Victorian engine shed at Ebbsworth. The money covers roughly "
        "two-thirds of the 2.1 million pound project; the remainder will come from donations and a share issue "
        "launched last year. Work on the Grade II listed building is due to begin in September and should be "
        "completed by the end of 2026. Railway chairman Gwen Talbot said the shed had been closed to visitors "
        "since 2019 because parts of its roof were unsafe. The project will also create four apprenticeships in "
        "traditional engineering skills.",
        "A £1.4m award from the Lantern Lottery Heritage Fund will pay for the restoration of the Marlow Valley "
        "Heritage Railway's Victorian engine shed at Ebbsworth. The grant meets about two-thirds of the £2.1m "
        "cost, with donations and a share issue that was launched last year making up the rest. The Grade II "
        "listed shed has been shut to visitors since 2019 because sections of its roof were unsafe, said Gwen "
        "Talbot, who chairs the railway. Work is scheduled to start in September and should be finished by the "
        "end of 2026. Four apprenticeships in traditional engineering skills will also be created.",
        traps=[
            trap("£1.4m award", "grant of 1.4 million pounds"),
            trap("£2.1m cost", "2.1 million pound project"),
            trap("who chairs the railway", "Railway chairman"),
            trap("is scheduled to start", "is due to begin"),
        ],
    ),
    case(
        "wildfire arson arrest", "rewrite",
        "A 34-year-old man has been arrested on suspicion of arson in connection with a wildfire that destroyed "
        "about 1,200 hectares of forest near Pinecrest last week, the Calloway County Sheriff's Office said on "
        "Friday. Investigators believe the fire was started deliberately at three separate points along Ridge "
        "Road on the evening of 14 August. The man, whose name has not been released, was detained at a house "
        "in the nearby town of Elkford and is being held without bail. No one was injured in the blaze, but 40 "
        "homes were evacuated and two barns were lost. Sheriff Dana Holloway thanked members of the public who "
        "had provided dashcam footage.",
        "A 34-year-old man was detained at a house in the nearby town of Elkford on suspicion of arson over the "
        "wildfire that destroyed around 1,200 hectares of forest near Pinecrest last week, the Calloway County "
        "Sheriff's Office said on Friday. He has not been named and is being held without bail. Investigators "
        "think the blaze was set on purpose at three separate points along Ridge Road on the evening of August "
        "14. Although 40 homes had to be evacuated and two barns were destroyed, nobody was hurt. Sheriff Dana "
        "Holloway thanked members of the public who had handed in dashcam footage.",
        traps=[
            trap("set on purpose", "started deliberately"),
            trap("August 14", "14 August"),
            trap("two barns were destroyed", "two barns were lost"),
            trap("nobody was hurt", "No one was injured"),
        ],
    ),
    case(
        "bee-friendly verges scheme", "rewrite",
        "Ashgrove County Council is to stop mowing 140 kilometres of roadside verges during the summer months "
        "as part of a scheme to help bees and other pollinators. Under the plan, approved by the cabinet on "
        "Wednesday, verges will be cut only twice a year, in early spring and late autumn, except at junctions "
        "and bends where visibility must be maintained for safety. The council estimates the change will save "
        "around 85,000 pounds a year in contractor costs. Councillor Priya Hensley, cabinet member for the "
        "environment, said a two-year trial on 12 kilometres of verge had recorded a threefold rise in "
        "wildflower species. Some residents have complained that uncut verges look untidy.",
        "To help bees and other pollinators, Ashgrove County Council will stop mowing 140km of roadside verges "
        "in the summer months under a scheme its cabinet approved on Wednesday. The verges will be cut just twice "
        "a year, in early spring and late autumn, except at junctions and bends, where they must be kept clear so "
        "drivers can see safely. The council puts the saving in contractor costs at about £85,000 annually. A "
        "two-year trial on 12km of verge saw the number of wildflower species triple, according to Councillor "
        "Priya Hensley, the cabinet member responsible for the environment. Some residents have objected that "
        "the uncut verges look untidy.",
        traps=[
            trap("140km", "140 kilometres"),
            trap("about £85,000 annually", "around 85,000 pounds a year"),
            trap("triple", "threefold rise"),
            trap("cabinet member responsible for the environment", "cabinet member for the environment"),
        ],
    ),
    case(
        "ski jump competition", "rewrite",
        "Nineteen-year-old Lukas Berndt won the Felsental Cup ski jumping competition on Sunday with jumps of "
        "131.5 and 128 metres, becoming the youngest winner in the event's 54-year history. Berndt, who finished "
        "11th last year, edged defending champion Anders Voll into second place by just 1.8 points. Strong "
        "crosswinds forced organisers to delay the final round by 45 minutes, and three jumpers withdrew citing "
        "safety concerns. Around 9,000 spectators attended, according to the organising committee. The next "
        "event in the series takes place in Grauberg in two weeks' time.",
        "With jumps of 131.5m and 128m, Lukas Berndt, aged 19, won the Felsental Cup on Sunday and became the "
        "youngest champion in the competition's 54 years. He beat the title holder, Anders Voll, into second "
        "place by only 1.8 points, a year after finishing 11th himself. The final round was held up for "
        "three-quarters of an hour by strong crosswinds, and three jumpers pulled out over safety concerns. The "
        "organising committee put the crowd at about 9,000. The series moves on to Grauberg in a fortnight.",
        traps=[
            trap("aged 19", "Nineteen-year-old"),
            trap("the title holder", "defending champion"),
            trap("three-quarters of an hour", "45 minutes"),
            trap("in a fortnight", "in two weeks' time"),
        ],
    ),
    case(
        "village school expansion", "rewrite",
        "Plans to almost double the size of St Bride's Primary School in Hollinbury have been approved by "
        "Westmarch Borough Council. The school, which currently has 110 pupils, will be able to take up to 210 "
        "children once a new two-storey classroom block is completed in September 2026. The 3.2 million pound "
        "expansion is being funded by developers of the 400-home Meadowside estate on the edge of the village. "
        "Head teacher Rachel Oyelaran said classes were already full and that some families had been forced to "
        "send children to schools up to eight miles away. Parents had raised concerns about traffic, and the "
        "council has required a new drop-off area and a 20mph limit on School Lane.",
        "Westmarch Borough Council has given permission for St Bride's Primary School in Hollinbury to nearly "
        "double in size. A two-storey classroom block, due for completion in September 2026, will let the school "
        "take as many as 210 children, compared with 110 pupils now. Developers building the 400-home Meadowside "
        "estate on the edge of the village are paying for the £3.2m project. Classes are already full, and some "
        "families have had to send their children to schools as far as eight miles away, according to the head "
        "teacher, Rachel Oyelaran. Parents had voiced worries about traffic, and the council is insisting on a "
        "new drop-off area and a 20mph limit on School Lane.",
        traps=[
            trap("nearly double in size", "almost double the size"),
            trap("as many as 210 children", "up to 210 children"),
            trap("£3.2m project", "3.2 million pound expansion"),
            trap("is insisting on", "has required"),
        ],
    ),
]
