"""Summary pairs (5 consistent, 5 inconsistent). Leaving things out is not an error here."""
from ._helpers import E, T, case

CASES = [
    case(
        "gondola cable snap", "summary", "consistent",
        "A haul cable on the Rothenfels gondola snapped on Tuesday evening shortly after the lift "
        "had closed for the day, the operator Bergbahnen Talwerk said. No cabins were carrying "
        "passengers at the time, and nobody was injured. The 2.8-kilometre lift, which opened in "
        "2011, carries about 600,000 passengers a year between the village of Rothenfels and the "
        "Kessel plateau. Federal transport investigators arrived on Wednesday morning to examine "
        "the cable, which had passed its most recent inspection in October. Talwerk said the "
        "gondola would stay shut for at least six weeks while a replacement cable was "
        "manufactured and fitted. Skiers are being taken to the plateau by bus in the meantime.",
        "The Rothenfels gondola's haul cable broke on Tuesday evening after the lift had shut "
        "for the day, injuring no one, as there were no passengers in the cabins. Federal "
        "investigators are examining the cable, which passed its last inspection in October. "
        "The lift will be closed for six weeks or more while a new cable is made and installed; "
        "until then skiers are being bussed up to the Kessel plateau.",
        traps=[
            T("broke", "snapped"),
            T("injuring no one", "nobody was injured"),
            T("for six weeks or more", "for at least six weeks"),
            T("skiers are being bussed up to the Kessel plateau",
              "Skiers are being taken to the plateau by bus"),
        ]),

    case(
        "roller coaster closure", "summary", "consistent",
        "The Thunder Vale roller coaster at Wyndham Leisure Park will be permanently closed at "
        "the end of this season, the park's owners announced on Friday. The wooden ride, built "
        "in 1987, was once the tallest in the country but has become increasingly expensive to "
        "maintain, with repair costs reaching £750,000 last year. Park director Simone Achter "
        "said it would be replaced in 2026 by a steel coaster costing around £12 million. "
        "Enthusiasts have launched a petition to save Thunder Vale, which had gathered more than "
        "8,000 signatures by Sunday. The park said parts of the ride's original track would be "
        "displayed at its entrance. Thunder Vale's final day of operation will be 2 November.",
        "Wyndham Leisure Park is to shut its wooden Thunder Vale coaster for good on 2 November, "
        "with upkeep costs having hit £750,000 last year. A steel ride costing about £12m will "
        "take its place in 2026. A petition to save the 1987 ride has drawn over 8,000 "
        "signatures.",
        traps=[
            T("for good", "permanently"),
            T("upkeep costs having hit £750,000", "repair costs reaching £750,000"),
            T("costing about £12m", "costing around £12 million"),
            T("will take its place in 2026", "would be replaced in 2026"),
            T("over 8,000 signatures", "more than 8,000 signatures"),
        ]),

    case(
        "tidal pool restoration", "summary", "consistent",
        "Restoration of the Victorian tidal pool at Penhallow beach has been completed after two "
        "years of work, Penhallow town council said on Monday. The 1893 pool, which had been "
        "closed since storms cracked its seaward wall in 2019, reopened to swimmers on Saturday. "
        "The project cost £1.4 million, with £900,000 coming from a national lottery heritage "
        "grant and the rest raised by the Friends of Penhallow Pool, a volunteer group. "
        "Engineers rebuilt the wall using granite from a local quarry and installed a new sluice "
        "to flush the pool at each high tide. Lifeguards will be on duty at weekends during the "
        "summer. Council leader Tamsin Roe said the pool had been 'brought back from the brink'.",
        "Penhallow's 1893 tidal pool, shut since storm damage in 2019, reopened on Saturday "
        "after a two-year, £1.4m restoration. A lottery heritage grant covered £900,000, and "
        "volunteers from the Friends of Penhallow Pool raised the remaining £500,000. The "
        "seaward wall was rebuilt with local granite and a new sluice fitted.",
        traps=[
            T("shut since storm damage in 2019",
              "closed since storms cracked its seaward wall in 2019"),
            T("the remaining £500,000", "the rest"),
            T("with local granite", "using granite from a local quarry"),
            T("a new sluice fitted", "installed a new sluice"),
        ]),

    case(
        "glider club crash", "summary", "consistent",
        "A glider crashed shortly after take-off at the Ridgeway Gliding Club airfield near "
        "Bexley Moor on Saturday afternoon, seriously injuring its pilot, police said. The "
        "58-year-old man, a club member with more than 20 years of flying experience, was "
        "airlifted to Northgate General Hospital, where his condition was described on Sunday "
        "as stable. The single-seat glider came down in a field about 300 metres from the runway "
        "after being launched by winch. The Air Accidents Investigation Branch has opened an "
        "inquiry. Club chairman Neil Farrant said all flying had been suspended for the weekend "
        "and that members were 'shocked and saddened'. It is the club's first serious accident "
        "since it was founded in 1964.",
        "A 58-year-old pilot was seriously hurt on Saturday when his single-seat glider came "
        "down around 300 metres from the runway soon after a winch launch at the Ridgeway "
        "Gliding Club. The experienced club member was airlifted to hospital and is stable, and "
        "air accident investigators have begun an inquiry. It is the club's first serious "
        "accident since its founding in 1964.",
        traps=[
            T("seriously hurt", "seriously injuring"),
            T("around 300 metres", "about 300 metres"),
            T("air accident investigators have begun an inquiry",
              "The Air Accidents Investigation Branch has opened an inquiry"),
            T("since its founding in 1964", "since it was founded in 1964"),
        ]),

    case(
        "fencing club funding", "summary", "consistent",
        "The Castlebrook Fencing Club has been awarded £48,000 by the regional sports council to "
        "buy equipment and expand its junior programme, the club said on Wednesday. The grant "
        "will pay for 30 sets of electric scoring equipment, new protective kit and coaching "
        "qualifications for four volunteers. Membership has grown from 45 to 130 since 2021, "
        "helped by a schools outreach scheme run by head coach Elena Varga, a former national "
        "épée champion. The club, which trains in a church hall, said it was still looking for "
        "a permanent venue. The sports council said Castlebrook had been chosen from 62 "
        "applicants for its work with children from low-income families.",
        "Castlebrook Fencing Club has won a £48,000 regional sports council grant, having been "
        "chosen from 62 applicants for its work with low-income children. The money will buy "
        "scoring equipment and protective kit and put four volunteers through coaching "
        "qualifications. Membership has almost tripled since 2021, to 130.",
        traps=[
            T("has won", "has been awarded"),
            T("low-income children", "children from low-income families"),
            T("put four volunteers through coaching qualifications",
              "coaching qualifications for four volunteers"),
            T("has almost tripled since 2021, to 130", "has grown from 45 to 130 since 2021"),
        ]),

    case(
        "lifeboat station funding", "summary", "inconsistent",
        "The volunteer lifeboat station at Carrick Haven will stay open after a local shipping "
        "company pledged £250,000 over five years, the station's trustees said on Thursday. The "
        "station had warned in March that it might have to close by the end of the year because "
        "of a £60,000 annual shortfall. The donation from Morwen Line, which runs ferries to the "
        "outer islands, will cover most of that gap, and the trustees hope fundraising events "
        "will make up the rest. The station's crew of 24 volunteers launched 41 times last "
        "year, rescuing 37 people. Coxswain Ellis Penrose said the crew were 'hugely relieved'.",
        "Carrick Haven's volunteer lifeboat station, which warned in March it could close "
        "because of a £60,000-a-year shortfall, will remain open after ferry operator Morwen "
        "Line pledged £250,000 over five years, the largest donation in the station's history. "
        "Trustees hope fundraising will cover the remainder. The 24-strong crew launched 41 "
        "times last year, saving 37 people.",
        errors=[
            E("the largest donation in the station's history", "addition", "minor"),
        ],
        traps=[
            T("could close", "might have to close"),
            T("£60,000-a-year shortfall", "£60,000 annual shortfall"),
        ]),

    case(
        "ropeway inspection", "summary", "inconsistent",
        "Safety inspectors have ordered the Monte Verlo ropeway to reduce its maximum speed from "
        "6 to 4.5 metres per second until worn rollers on two of its towers are replaced, the "
        "national cableway authority said on Monday. The ropeway, which links the town of "
        "Corvena with a ski area at 2,100 metres, remains open but journey times will increase "
        "from nine to about twelve minutes. The operator, Funivie Alte, said replacement rollers "
        "had been ordered from a manufacturer in Austria and should arrive within three weeks. "
        "The authority's annual inspection also found that the emergency evacuation plan needed "
        "updating. Funivie Alte said it would comply fully and that passenger safety had never "
        "been at risk.",
        "Inspectors have ordered the Monte Verlo ropeway to cut its top speed from 6 to 4.5 "
        "metres per second until worn rollers on two towers are replaced, lengthening journeys "
        "by about twelve minutes. The operator, Funivie Alte, says new rollers ordered from "
        "Austria should arrive within three weeks, and says new rollers ordered from Austria "
        "should arrive within three weeks. The inspection also found that the evacuation plan "
        "needs updating.",
        errors=[
            E("by about twelve minutes", "number", "major",
              "from nine to about twelve minutes"),
            E("says new rollers ordered from Austria should arrive within three weeks",
              "repetition", "minor", occ=1),
        ],
        traps=[
            T("cut its top speed", "reduce its maximum speed"),
        ]),

    case(
        "tea plantation wage deal", "summary", "inconsistent",
        "Workers on tea estates in the Kalangi hills will receive a daily wage increase of 18 "
        "percent under an agreement signed on Saturday between the planters' association and "
        "three unions, the labour ministry said. The deal, which follows a nine-day strike in "
        "August, raises the minimum daily wage for pluckers to 540 rupees and includes a yearly "
        "bonus linked to the price of tea at auction. Union leader Devika Rajan called the "
        "agreement 'a fair start' but said housing conditions on many estates remained poor. "
        "The planters' association warned that some smaller estates could struggle to pay the "
        "higher wages. The agreement covers around 85,000 workers and runs for three years.",
        "An agreement signed on Saturday gives about 85,000 tea workers in the Kalangi hills an "
        "18 percent rise in daily pay, lifting pluckers' minimum daily wage to 540 rupees, plus "
        "a yearly bonus tied to auction prices. The three-year deal, which follows an August "
        "strike, is 'a fair start', according to the planters' association, which nonetheless "
        "warned that some smaller estates may struggle to pay.",
        errors=[
            E("according to the planters' association", "attribution", "major",
              "Union leader Devika Rajan"),
        ],
        traps=[
            T("tied to auction prices", "linked to the price of tea at auction"),
            T("may struggle", "could struggle"),
        ]),

    case(
        "rooftop garden scheme", "summary", "inconsistent",
        "The city of Marbeck will subsidise rooftop gardens on public buildings under a scheme "
        "approved by the city council on Tuesday. Grants of up to 70 percent of installation "
        "costs will be available for schools, libraries and sports halls, with a total budget "
        "of €2 million over four years. The scheme is intended to reduce summer heat in the city "
        "centre and absorb rainwater during storms. Deputy mayor Lotte Huisman, who proposed the "
        "plan, said the first 15 roofs would be selected by the end of the year. A pilot garden "
        "on the roof of the Westpoort library, planted in 2022, had lowered indoor temperatures "
        "by up to 3 degrees, according to a study by Marbeck University.",
        "Marbeck's city council on Tuesday approved a €2 million, four-year scheme covering up "
        "to 70 percent of the cost of rooftop gardens on schools, libraries and sports halls, to "
        "cool the city centre in summer and soak up storm water. Deputy mayor Lotte Huisman, who "
        "put the plan forward, said the first 15 roofs would be planted by the end of the year. "
        "A pilot on the Westpoort library cut indoor temperatures by as much as 3 degrees, a "
        "Westpoort University study found.",
        errors=[
            E("would be planted", "event", "major", "would be selected"),
            E("Westpoort University", "entity", "minor", "Marbeck University"),
        ],
        traps=[
            T("soak up storm water", "absorb rainwater during storms"),
            T("who put the plan forward", "who proposed the plan"),
            T("by as much as 3 degrees", "by up to 3 degrees"),
        ]),

    case(
        "seaplane service", "summary", "inconsistent",
        "A scheduled seaplane service between the mainland port of Askerby and the Tollund "
        "islands will begin on 1 June, the regional transport authority said on Friday. The "
        "operator, Nordwing Air, will fly a nine-seat aircraft twice a day from Monday to "
        "Saturday, cutting the journey from three hours by ferry to about 35 minutes. One-way "
        "fares will start at 89 euros, with discounts for island residents. The service will run "
        "on a two-year trial, subsidised with 1.6 million euros from the authority. Nordwing "
        "chief executive Sigrun Dahl said flights would be suspended in strong winds and that "
        "the ferry would remain the main link in winter.",
        "Nordwing Air will start flying a nine-seat seaplane twice every day between Askerby and "
        "the Tollund islands on 1 June, cutting the three-hour ferry crossing to roughly 35 "
        "minutes. Fares start at 89 euros one way. The authority is subsidising the two-year "
        "trial with 1.6 million euros, and the ferry will remain the main winter link.",
        errors=[
            E("twice every day", "date", "minor", "twice a day from Monday to Saturday"),
        ],
        traps=[
            T("The authority is subsidising the two-year trial with 1.6 million euros",
              "subsidised with 1.6 million euros from the authority"),
            T("the main winter link", "the main link in winter"),
        ]),
]
