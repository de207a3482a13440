"""Set 151, part 1: ten rewrite pairs (5 consistent, 5 inconsistent)."""
from ._helpers import E, T, case

CASES = [
    # 1 -----------------------------------------------------------------
    case(
        "cinema chain administration", "rewrite", "consistent",
        "Starlight Screens, the regional cinema chain with 14 sites across the north-west, "
        "entered administration on Monday, 3 March, after failing to agree a rescue deal with "
        "its lenders. Administrators from Brackley Moss Partners said all sites would remain "
        "open while a buyer is sought, and that no redundancies had been made so far. The chain "
        "employs about 420 people. Joint administrator Fenella Quayle said the business had been "
        "hit by rising energy costs and a slower than expected return of audiences after the "
        "pandemic. 'We have already received expressions of interest from several parties,' she "
        "said. Accounts filed last year showed the company owed roughly £18 million to its main "
        "lender, Carrow Bank.",
        "Fourteen-site cinema operator Starlight Screens, which runs venues across the north-west, "
        "went into administration on 3 March after it failed to reach agreement with its lenders "
        "on a rescue deal. Brackley Moss Partners, the administrators, said every cinema would "
        "stay open while a buyer is sought and that there had been no job cuts to date. Around "
        "420 staff work for the chain. Joint administrator Fenella Quayle blamed higher energy "
        "bills and audiences returning more slowly than expected after the pandemic, adding that "
        "several parties had already expressed interest. Accounts filed last year showed the "
        "company owed about £18m to its main lender, Carrow Bank.",
        traps=[
            T("Fourteen-site", "14 sites"),
            T("there had been no job cuts to date", "no redundancies had been made so far"),
            T("Around 420 staff work for the chain", "The chain employs about 420 people"),
            T("several parties had already expressed interest",
              "We have already received expressions of interest from several parties"),
            T("£18m", "£18 million"),
        ],
    ),
    # 2 -----------------------------------------------------------------
    case(
        "ferry capsizing inquiry", "rewrite", "inconsistent",
        "A public inquiry into the capsizing of the ferry Morvoren Star will open in Port Ellery "
        "on 9 June, the transport ministry announced on Thursday. The vessel overturned in heavy "
        "swell last October shortly after leaving harbour with 63 passengers and crew on board; "
        "seven people died. The inquiry will be chaired by retired judge Alasdair Penhallow and is "
        "expected to examine the loading of vehicles, the crew's training and the weather warnings "
        "issued that morning. The operator, Kessock Ferries, said it would cooperate fully. "
        "Families of the victims have called for the hearings to be held in public and broadcast "
        "online, a request the ministry said it would consider.",
        "The transport ministry said on Thursday that a public inquiry into the capsizing of the "
        "Morvoren Star would open in Port Ellery on 9 June. The ferry overturned in heavy swell "
        "last October shortly after leaving harbour with 36 passengers and crew on board, seven "
        "of whom died. Retired judge Alasdair Penhallow will chair the inquiry, which is expected "
        "to look at how vehicles were loaded and at the crew's training. Kessock Ferries, which "
        "operated the vessel, has pledged to cooperate fully. Relatives of the victims want the "
        "hearings held in public and streamed online, and the ministry said it would consider "
        "the request.",
        errors=[
            E("36", "number", "critical", "63"),
            E("", "omission", "major", "the weather warnings issued that morning",
              after="at the crew's training"),
        ],
        traps=[
            T("Kessock Ferries, which operated the vessel", "The operator, Kessock Ferries"),
            T("streamed online", "broadcast online"),
        ],
    ),
    # 3 -----------------------------------------------------------------
    case(
        "trade fair attendance", "rewrite", "consistent",
        "Attendance at this year's Norvale Agricultural Machinery Fair rose by 12 percent to "
        "86,000 visitors, organisers said on Sunday as the four-day event closed. Exhibitor "
        "numbers also climbed, to 1,150 companies from 31 countries, compared with 980 last year. "
        "Fair director Ingrid Solberg-Matthews said international visitors made up a quarter of "
        "the total, the highest share in the event's history. She attributed the growth partly "
        "to a new shuttle service from Norvale airport. Organisers expect next year's fair, "
        "scheduled for 14 to 17 May, to be held in an enlarged hall that is due to be completed "
        "in the spring.",
        "The four-day Norvale Agricultural Machinery Fair drew 86,000 visitors this year, up 12% "
        "on last year, the organisers said on Sunday as the event closed. The number of "
        "exhibitors increased from 980 to 1,150, representing 31 countries. According to fair "
        "director Ingrid Solberg-Matthews, one in four visitors came from abroad, a bigger "
        "proportion than ever before, and a new shuttle link from Norvale airport was part of the "
        "reason for the growth. Organisers anticipate that next year's event, set for 14–17 May, "
        "will take place in an enlarged hall due for completion in the spring.",
        traps=[
            T("up 12% on last year", "rose by 12 percent"),
            T("one in four visitors came from abroad",
              "international visitors made up a quarter of the total"),
            T("a bigger proportion than ever before", "the highest share in the event's history"),
            T("shuttle link", "shuttle service"),
            T("14–17 May", "14 to 17 May"),
        ],
    ),
    # 4 -----------------------------------------------------------------
    case(
        "hospital ship visit", "rewrite", "inconsistent",
        "The hospital ship Meridian Grace docked in the port of Sault-Laroque on Wednesday for a "
        "three-week stay during which its medical teams will carry out an estimated 900 "
        "operations, most of them cataract and hernia procedures. The vessel is operated by the "
        "charity Open Harbour Medical, which has partnered with the regional health authority to "
        "select patients. Local surgeons will also receive training from the ship's volunteer "
        "staff. The ship's captain, Tomas Reinholt, said the crew of 180 came from 22 countries. "
        "The visit is the ship's first to the region since 2019, when a planned stay was cut "
        "short by a fuel shortage.",
        "The Meridian Grace, a hospital ship operated by the charity Open Harbour Medical, arrived "
        "in the port of Sault-Laroque on Wednesday for a three-week stay. Its medical teams expect "
        "to carry out some 900 operations during the visit, mainly cataract and hernia "
        "procedures, on patients selected in partnership with the regional health authority. The "
        "ship's volunteer staff will also be trained by local surgeons. According to captain Tomas "
        "Reinholt, the 180 crew members come from 22 countries. It is the ship's first visit to "
        "the region since 2019, when a fuel shortage forced it to cut short a planned stay.",
        errors=[
            E("ship's volunteer staff will also be trained by local surgeons", "role", "major",
              "Local surgeons will also receive training from the ship's volunteer staff"),
        ],
        traps=[
            T("some 900 operations", "an estimated 900 operations"),
            T("a fuel shortage forced it to cut short a planned stay",
              "a planned stay was cut short by a fuel shortage"),
        ],
    ),
    # 5 -----------------------------------------------------------------
    case(
        "mosque extension approval", "rewrite", "consistent",
        "Councillors in Eastbrook have approved plans to extend the Al-Noor Mosque on Carlow "
        "Street, ending a planning dispute that lasted almost two years. The extension will add a "
        "second prayer hall, a library and classrooms, increasing the building's capacity from 400 "
        "to 650 worshippers. The planning committee voted seven to two in favour on Tuesday "
        "evening, subject to conditions limiting the use of the car park after 10 p.m. Objectors "
        "had raised concerns about parking and traffic on the narrow street. The mosque's trustees "
        "said the project, costing an estimated £2.3 million, would be funded entirely by "
        "donations and that building work could start next spring.",
        "A planning row lasting nearly two years has come to an end after Eastbrook councillors "
        "gave the go-ahead for an extension to the Al-Noor Mosque on Carlow Street. At Tuesday "
        "evening's meeting the planning committee backed the scheme by seven votes to two, subject "
        "to conditions restricting use of the car park after 10pm. Objectors had raised worries "
        "about parking and traffic on the narrow street. The extension, comprising a second prayer "
        "hall, a library and classrooms, will allow the mosque to hold 650 worshippers instead of "
        "400. According to the trustees, the estimated £2.3m cost will be met wholly from "
        "donations, and construction could begin next spring.",
        traps=[
            T("nearly two years", "almost two years"),
            T("gave the go-ahead for", "have approved"),
            T("by seven votes to two", "seven to two"),
            T("hold 650 worshippers instead of 400", "from 400 to 650 worshippers"),
            T("wholly from donations", "entirely by donations"),
        ],
    ),
    # 6 -----------------------------------------------------------------
    case(
        "regional parliament by-election", "rewrite", "inconsistent",
        "Voters in the Lower Tarrow constituency will elect a new member of the regional "
        "parliament on 18 November, following the resignation of Civic Alliance deputy Marguerite "
        "Obst for health reasons. The electoral commission confirmed on Friday that six candidates "
        "had been validated. The Civic Alliance has held the seat since 2008 and won it at the "
        "last election with a majority of 2,400 votes. Turnout in previous by-elections in the "
        "region has rarely exceeded 35 percent. Polls will be open from 7 a.m. to 8 p.m. The "
        "commission said it had not received any complaints about the nomination process.",
        "A by-election for the regional parliament will be held in Lower Tarrow on 18 October "
        "after Civic Alliance deputy Marguerite Obst stood down on health grounds. On Friday the "
        "electoral commission confirmed that six candidates had been validated. The Civic "
        "Alliance, which has represented the constituency since 2008, held it at the last "
        "election with a majority of 2,400. Turnout at past by-elections in the region has often "
        "exceeded 35%. Polling stations will be open from 7am to 8pm, and the commission said no "
        "complaints had been received about the nomination process.",
        errors=[
            E("18 October", "date", "major", "18 November"),
            E("has often exceeded 35%", "polarity", "major", "has rarely exceeded 35 percent"),
        ],
        traps=[
            T("on health grounds", "for health reasons"),
            T("has represented the constituency", "has held the seat"),
        ],
    ),
    # 7 -----------------------------------------------------------------
    case(
        "forest pest outbreak", "rewrite", "consistent",
        "Forestry officials have confirmed an outbreak of the eight-toothed spruce bark beetle in "
        "the Halloran Forest, the first recorded in the county. Around 3,000 trees across 40 "
        "hectares are believed to be affected. The Forestry Service said on Monday it would fell "
        "infested trees within a two-kilometre zone and restrict the movement of spruce timber out "
        "of the area until at least the end of the year. Landowners inside the zone will be "
        "eligible for compensation. Chief plant health officer Dr Selwyn Arbuthnot said the "
        "beetles were probably introduced in imported wood packaging. He urged the public to "
        "report any suspected damage but stressed that the insect poses no risk to human health.",
        "The eight-toothed spruce bark beetle has been found in the Halloran Forest, forestry "
        "officials have confirmed, in what is the county's first recorded outbreak. An estimated "
        "3,000 trees over 40 hectares are thought to have been hit. The Forestry Service announced "
        "on Monday that infested trees within a 2km zone would be felled and that movements of "
        "spruce timber out of the area would be restricted until the end of the year at the "
        "earliest. Landowners in the zone will be able to claim compensation. The beetles most "
        "likely arrived in imported wood packaging, according to chief plant health officer Dr "
        "Selwyn Arbuthnot, who asked the public to report any suspected damage but stressed that "
        "the insect is harmless to humans.",
        traps=[
            T("within a 2km zone", "within a two-kilometre zone"),
            T("until the end of the year at the earliest", "until at least the end of the year"),
            T("most likely arrived in", "were probably introduced in"),
            T("is harmless to humans", "poses no risk to human health"),
        ],
    ),
    # 8 -----------------------------------------------------------------
    case(
        "bicycle theft crackdown", "rewrite", "inconsistent",
        "Police in Veldhaven have launched a six-week operation against bicycle theft after "
        "reported cases rose by 40 percent in the first half of the year. Plain-clothes officers "
        "will patrol the central station and university campus, where most thefts occur, and "
        "decoy bikes fitted with GPS trackers will be left at known hotspots. Inspector Roel "
        "Danvers said the force may also ask the city council to install more secure cycle racks. "
        "Last year 2,150 bicycles were reported stolen in the city, but fewer than one in ten was "
        "recovered. Residents are being offered free frame marking at the police station on "
        "Saturdays.",
        "A six-week police crackdown on bicycle theft is under way in Veldhaven following a 40% "
        "rise in reported thefts in the first six months of the year. Officers in plain clothes "
        "will patrol the central station and the university campus, where most bikes are stolen, "
        "and bikes fitted with GPS trackers will be left as decoys at known hotspots. Inspector "
        "Roel Danvers said the force will also ask the city council to put in more secure cycle "
        "racks. Of the 2,150 bicycles reported stolen in the city last year, fewer than 10% were "
        "recovered. Residents can have their bike frames marked free of charge at the police "
        "station on Saturdays.",
        errors=[
            E("will also ask", "modality", "minor", "may also ask"),
        ],
        traps=[
            T("the first six months of the year", "the first half of the year"),
            T("where most bikes are stolen", "where most thefts occur"),
            T("fewer than 10%", "fewer than one in ten"),
        ],
    ),
    # 9 -----------------------------------------------------------------
    case(
        "orchard grubbing grant", "rewrite", "consistent",
        "Fruit growers in the Ashcombe valley will be able to claim up to €6,500 per hectare for "
        "grubbing up old or unproductive orchards under a scheme announced by the regional "
        "agriculture department on 2 February. The grant, worth €4 million in total, is intended "
        "to help growers replant with disease-resistant varieties or convert land to other crops. "
        "Applications open on 1 April and close on 30 June. Growers must commit to keeping the "
        "land in agricultural use for at least five years. The department said it expected around "
        "600 hectares to be cleared. The Ashcombe Fruit Growers' Association welcomed the move but "
        "said the payment rate should have been higher.",
        "Under a €4m scheme unveiled by the regional agriculture department on 2 February, fruit "
        "growers in the Ashcombe valley can claim as much as €6,500 a hectare for pulling out "
        "ageing or unproductive orchards. The aim is to help them replant with disease-resistant "
        "varieties or switch the land to other crops. Applications can be made from 1 April until "
        "30 June, and growers must undertake to keep the land in agricultural use for a minimum "
        "of five years. Some 600 hectares are expected to be cleared, the department said. While "
        "welcoming the scheme, the Ashcombe Fruit Growers' Association argued that the payment "
        "rate ought to have been higher.",
        traps=[
            T("€4m", "€4 million"),
            T("as much as €6,500 a hectare", "up to €6,500 per hectare"),
            T("for a minimum of five years", "for at least five years"),
            T("Some 600 hectares", "around 600 hectares"),
        ],
    ),
    # 10 ----------------------------------------------------------------
    case(
        "apprenticeship scheme launch", "rewrite", "inconsistent",
        "The Harwell Valley Combined Authority has launched an apprenticeship scheme that will pay "
        "employers £3,000 for each young person they take on in engineering, construction or "
        "care. The scheme, backed by £12 million from the authority's skills budget, aims to "
        "create 4,000 places over three years. Mayor Denise Okonkwo-Pryce said the region had "
        "'too many young people leaving school without a clear route into work.' The Chamber of "
        "Commerce described the incentive as generous but warned that small firms would struggle "
        "with the paperwork. Applicants must be aged 16 to 24 and live in the authority area.",
        "Employers will be paid £3,000 for every young person they recruit as an apprentice in "
        "engineering, construction or care under a scheme launched by the Harwell Valley Combined "
        "Authority. Backed by £12m from the authority's skills budget, the programme "
        "aims to create 4,000 places over three years. Mayor Denise Okonkwo-Pryce said the region "
        "had 'too many young people leaving school without a clear route into work'. The mayor "
        "described the incentive as generous but warned that small firms would struggle with the "
        "paperwork. Applicants must be aged 16 to 24 and live in the authority area, and the "
        "first placements will begin in September.",
        errors=[
            E("The mayor", "attribution", "major", "The Chamber of Commerce"),
            E("the first placements will begin in September", "addition", "minor", None),
        ],
        traps=[
            T("£12m", "£12 million"),
        ],
    ),
]
