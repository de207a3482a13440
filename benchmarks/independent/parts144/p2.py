"""Cases 11-20 (hand-written; all names invented)."""
from ._helpers import case, err, omit, trap

CASES = [
    # 11
    case(
        "climate report", "summary", "inconsistent",
        "Average temperatures across Eastmere rose by 1.4C between 1961 and 2023, faster than the "
        "global average, according to the annual State of the Climate report published on "
        "Thursday by the national meteorological office. The report found that 2023 was the "
        "country's second-warmest year on record, behind 2020, and that the number of days above "
        "30C had tripled since the 1960s. Rainfall during winter months has increased by 11%, while "
        "summers have become drier. The office's chief scientist, Dr Lena Harwick, said the "
        "findings were consistent with climate projections. Separately, Environment Minister Paul "
        "Dorrance said the government would publish a revised adaptation plan in the spring, "
        "including new funding for flood defences.",
        "Eastmere warmed by 1.4C between 1961 and 2023, faster than the world as a whole, the "
        "national meteorological office's annual climate report says. 2023 was the second-warmest "
        "year on record and days above 30C have doubled since the 1960s, while winters have become "
        "wetter and summers drier. Chief scientist Dr Lena Harwick said a revised adaptation plan "
        "with new flood-defence funding would be published in the spring.",
        errors=[
            err("doubled", "number", "major", "tripled"),
            err("Chief scientist Dr Lena Harwick", "attribution", "major",
                "Environment Minister Paul Dorrance"),
        ],
        traps=[
            trap("faster than the world as a whole", "faster than the global average"),
            trap("winters have become wetter", "Rainfall during winter months has increased by 11%"),
        ],
    ),
    # 12
    case(
        "lobbying register", "rewrite", "inconsistent",
        "More than 300 lobbying firms and campaign groups have failed to sign up to the new "
        "statutory register of lobbyists, three months after it became mandatory, according to "
        "figures obtained by the transparency group Open Chamber. The register's commissioner, "
        "Barbara Kennaway, confirmed that 1,140 organisations had registered but said her office "
        "believed a significant number were still operating without declaring their meetings with "
        "ministers. Under the law, unregistered lobbying can result in fines of up to £50,000. "
        "Open Chamber's director, Tomasz Reilly, said the commissioner had not yet issued a single "
        "penalty and called for her office to be given more staff. A spokesperson for the Cabinet "
        "Office said the government was 'keeping the operation of the register under review'.",
        "Three months after registration became compulsory, over 300 lobbying firms and campaign "
        "groups have still not joined the new statutory register of lobbyists, figures obtained by "
        "the transparency group Open Chamber show. Barbara Kennaway, the register's commissioner, "
        "confirmed that 1,140 organisations had signed on. Open Chamber's director, Tomasz Reilly, "
        "said a significant number were believed to be still operating without declaring their "
        "meetings with ministers. Lobbying without registering is punishable by fines of £50,000 "
        "under the law. Reilly said the commissioner had yet to issue a single penalty and called "
        "for her office to be given more staff. A Cabinet Office spokesperson said the government "
        "was 'keeping the operation of the register under review'.",
        errors=[
            err("Open Chamber's director, Tomasz Reilly", "attribution", "major",
                "The register's commissioner, Barbara Kennaway"),
            omit("up to", "major", before="£50,000 under the law"),
        ],
        traps=[
            trap("Three months after registration became compulsory",
                 "three months after it became mandatory"),
            trap("had yet to issue a single penalty", "had not yet issued a single penalty"),
        ],
    ),
    # 13
    case(
        "police body cameras", "rewrite", "consistent",
        "All frontline officers in the Calder Valley Police force will be issued with body-worn "
        "cameras by the end of June, Chief Constable Aileen Moreby announced on Monday. The force "
        "is buying 2,300 devices at a cost of £1.9m, funded from savings made by closing two "
        "under-used police stations. A six-month pilot in Haddon last year found that complaints "
        "against officers fell by 38% when cameras were worn. Officers will be required to switch "
        "on their cameras whenever they use force or carry out a stop and search, but not during "
        "routine conversations with the public. Footage will normally be deleted after 31 days "
        "unless it is needed as evidence. Civil liberties group Watchful Eye said it supported the "
        "rollout but wanted independent checks on how recordings were stored.",
        "Every frontline officer in Calder Valley Police will have a body-worn camera by the end of "
        "June, the force's chief constable, Aileen Moreby, announced on Monday. The 2,300 devices "
        "will cost £1.9m, paid for with money saved by shutting two little-used police stations. "
        "When officers wore cameras during a six-month pilot in Haddon last year, complaints "
        "against them fell by 38%. Cameras must be turned on whenever officers use force or carry "
        "out a stop and search, though not during routine conversations with the public. Unless "
        "needed as evidence, footage will usually be erased after 31 days. Watchful Eye, a civil "
        "liberties group, said it backed the rollout but wanted independent checks on how "
        "recordings were stored.",
        traps=[
            trap("Every frontline officer in Calder Valley Police will have a body-worn camera",
                 "All frontline officers in the Calder Valley Police force will be issued with "
                 "body-worn cameras"),
            trap("little-used police stations", "under-used police stations"),
            trap("Cameras must be turned on",
                 "Officers will be required to switch on their cameras"),
            trap("Unless needed as evidence, footage will usually be erased after 31 days",
                 "Footage will normally be deleted after 31 days unless it is needed as evidence"),
        ],
    ),
    # 14
    case(
        "hospital waiting times", "translation", "inconsistent",
        "The number of patients waiting more than six months for surgery in the Valmira health "
        "region fell by 22% in the first quarter, the regional health department said on Tuesday. "
        "According to the department, 14,600 people were on the surgical waiting list at the end "
        "of March, of whom 3,100 had been waiting longer than six months. Health councillor Inés "
        "Barrallo attributed the improvement to the opening of evening operating sessions at four "
        "hospitals in January. Doctors' unions, however, said the figures did not include patients "
        "still waiting for a first appointment with a specialist, and warned that those delays "
        "were growing. The department plans to extend the evening sessions to two more hospitals "
        "from September.",
        "In the first three months of the year, the number of people waiting for an operation in "
        "the Valmira health region dropped by 22%, the regional health authority reported on "
        "Tuesday. At the beginning of March there were 14,600 patients on the list for surgery, "
        "3,100 of them for longer than six months, the authority said. The regional health chief, "
        "Inés Barrallo, credited the improvement to the evening surgical sessions introduced at "
        "four hospitals in January. The doctors' unions, however, pointed out that the data leave "
        "out patients who are still waiting to see a specialist for the first time, and cautioned "
        "that these waits are getting longer. The authority intends to bring the evening sessions "
        "to another two hospitals starting in September.",
        errors=[
            omit("more than six months", "major", after="the number of people waiting"),
            err("At the beginning of March", "date", "minor", "at the end of March"),
        ],
        traps=[
            trap("In the first three months of the year", "in the first quarter"),
            trap("another two hospitals", "two more hospitals"),
        ],
    ),
    # 15
    case(
        "earthquake drill", "summary", "consistent",
        "More than 420,000 people in the coastal prefecture of Minase took part in an earthquake "
        "and tsunami drill on Sunday morning, the largest exercise of its kind in the region's "
        "history. Sirens sounded at 9.30am, simulating a magnitude 8.1 quake off the coast, and "
        "residents in low-lying districts were asked to walk to designated evacuation points "
        "within 15 minutes. Prefecture officials said about 70% of participants reached safety "
        "within the target time, compared with 58% in last year's drill. However, the exercise "
        "revealed problems at several schools, where emergency alerts failed to reach mobile "
        "phones. Governor Keiko Tamashiro said the prefecture would review its alert system and "
        "hold a follow-up drill for schools in the autumn.",
        "Over 420,000 people in Minase joined Sunday's earthquake and tsunami drill, the region's "
        "biggest ever, which simulated a magnitude 8.1 offshore quake. Roughly seven in ten "
        "participants reached safety within the 15-minute target, up from 58% last year, but "
        "alerts failed to reach phones at several schools. The governor promised a review of the "
        "alert system and an autumn follow-up drill for schools.",
        traps=[
            trap("the region's biggest ever",
                 "the largest exercise of its kind in the region's history"),
            trap("magnitude 8.1 offshore quake", "magnitude 8.1 quake off the coast"),
            trap("Roughly seven in ten", "about 70%"),
            trap("The governor", "Governor Keiko Tamashiro"),
        ],
    ),
    # 16
    case(
        "bank fine money laundering", "rewrite", "inconsistent",
        "Harcourt Lyle Bank has been fined £48.7m by the Financial Conduct Office for failing to "
        "prevent money laundering through its corporate accounts between 2016 and 2021. The "
        "regulator found that the bank had not carried out adequate checks on more than 2,700 "
        "business customers, some of whom moved around £390m through shell companies. It said "
        "there was no evidence that senior managers had knowingly facilitated criminal activity, "
        "but that warnings from internal auditors had been ignored for three years. The fine was "
        "reduced by 30% because the bank agreed to settle at an early stage. Harcourt Lyle said it "
        "had since hired 400 additional compliance staff and apologised 'unreservedly'.",
        "The Financial Conduct Office has fined Harcourt Lyle Bank £48.7m over failures to stop "
        "money laundering through its corporate accounts from 2016 to 2021. According to the "
        "regulator, the bank did not adequately check more than 2,700 business customers, some of "
        "whom channelled roughly £390m through shell companies. It found evidence that senior "
        "managers had knowingly facilitated criminal activity, and said warnings from internal "
        "auditors had gone unheeded for three years. Because the bank agreed to settle early, the "
        "penalty was cut by a third. Harcourt Lyle said it had taken on 400 extra compliance staff "
        "since then and apologised 'unreservedly'.",
        errors=[
            err("It found evidence", "polarity", "critical", "there was no evidence"),
            err("by a third", "number", "minor", "by 30%"),
        ],
        traps=[
            trap("channelled roughly £390m", "moved around £390m"),
            trap("gone unheeded", "been ignored"),
        ],
    ),
    # 17
    case(
        "unemployment rate", "summary", "inconsistent",
        "Unemployment in Caldora fell to 5.8% in the three months to September, down from 6.1% in "
        "the previous quarter, the National Statistics Institute said on Wednesday. It was the "
        "lowest rate since 2008. The number of people in work rose by 64,000 to 14.2 million, "
        "driven mainly by hiring in construction and hospitality. However, youth unemployment rose "
        "slightly to 17.3%, and the number of people classed as long-term unemployed was unchanged "
        "at around 310,000. Average weekly earnings grew by 4.2%, outpacing inflation for the "
        "fourth consecutive quarter. Labour Minister Ruth Okafor said the figures showed the "
        "government's training schemes were working, while employers' groups warned that "
        "shortages of skilled workers were holding back growth.",
        "Caldora's jobless rate dropped to 5.8% in the July–September quarter from 6.1%, its "
        "lowest since 2008, as hiring in construction and hospitality lifted employment by 64,000 "
        "to 14.2 million. Youth unemployment edged up to 17.3%, and weekly earnings rose 4.2% but "
        "did not outpace inflation. The labour minister credited government training schemes.",
        errors=[
            err("did not outpace inflation", "polarity", "major", "outpacing inflation"),
        ],
        traps=[
            trap("the July–September quarter", "the three months to September"),
            trap("edged up", "rose slightly"),
        ],
    ),
    # 18
    case(
        "carer allowance overpayments", "rewrite", "consistent",
        "The Department for Work and Welfare wrongly paid about £251m in carer's allowance last "
        "year to people whose earnings had gone over the weekly limit, a report by the National "
        "Audit Bureau has found. The bureau said around 134,000 carers had been told to repay "
        "money, with some debts exceeding £20,000, because the department had failed to act "
        "promptly on earnings data it already held. It recommended that the department write off "
        "debts where claimants had reported their income correctly. The department said it "
        "accepted most of the report's findings and would introduce automatic alerts when a "
        "claimant's earnings exceeded the limit. The weekly earnings limit is currently £151.",
        "People whose earnings had gone above the weekly limit were overpaid some £251m in carer's "
        "allowance by the Department for Work and Welfare last year, a National Audit Bureau "
        "report has found. Roughly 134,000 carers have been told to pay money back, in some cases "
        "more than £20,000, because the department did not act promptly on earnings information it "
        "already had, the bureau said. It recommended that the department cancel the debts of "
        "claimants who had reported their income correctly. Accepting most of the findings, the "
        "department said it would bring in automatic alerts whenever a claimant's earnings went "
        "over the limit, which currently stands at £151 a week.",
        traps=[
            trap("were overpaid some £251m in carer's allowance by the Department for Work and "
                 "Welfare",
                 "The Department for Work and Welfare wrongly paid about £251m in carer's "
                 "allowance"),
            trap("in some cases more than £20,000", "with some debts exceeding £20,000"),
            trap("cancel the debts", "write off debts"),
            trap("which currently stands at £151 a week",
                 "The weekly earnings limit is currently £151"),
        ],
    ),
    # 19
    case(
        "passport delays", "translation", "consistent",
        "Applicants for new passports in the province of Tessara are waiting an average of 74 "
        "days, more than twice the official target of 30 days, the regional ombudsman said in a "
        "report published on Friday. The ombudsman, Giuliana Ferrante, said her office had "
        "received 1,850 complaints since January, many from people who had missed weddings, "
        "funerals or work trips abroad. She blamed a shortage of staff at the provincial police "
        "headquarters, which processes applications, and a new booking system that had repeatedly "
        "crashed. The Interior Ministry said 40 additional clerks would be assigned to Tessara by "
        "the end of the month and that an emergency appointment line would be opened for urgent "
        "travel.",
        "People in Tessara province applying for a new passport face an average wait of 74 days, "
        "over double the official 30-day target, according to a report the regional ombudsman "
        "released on Friday. Giuliana Ferrante, the ombudsman, said that since January her office "
        "had been sent 1,850 complaints, many of them from people who had had to miss weddings, "
        "funerals or business trips abroad. She put the blame on understaffing at the provincial "
        "police headquarters, where applications are handled, and on a new booking system that "
        "kept crashing. By the end of the month, 40 more clerks will be sent to Tessara, the "
        "Interior Ministry said, and a special appointment line will be set up for people who need "
        "to travel urgently.",
        traps=[
            trap("over double the official 30-day target",
                 "more than twice the official target of 30 days"),
            trap("understaffing", "a shortage of staff"),
            trap("kept crashing", "had repeatedly crashed"),
            trap("40 more clerks will be sent to Tessara",
                 "40 additional clerks would be assigned to Tessara"),
        ],
    ),
    # 20
    case(
        "warehouse collapse", "rewrite", "inconsistent",
        "Two workers were injured when part of the roof of a distribution warehouse operated by "
        "Parcelline collapsed in Thornbury early on Saturday, fire officials said. The men, aged 34 "
        "and 51, were taken to hospital with injuries that were not thought to be "
        "life-threatening. About 60 staff were evacuated from the building, which was built in "
        "2012. Firefighters said heavy snow that had accumulated on the roof overnight was the "
        "likely cause. The Health and Safety Authority has opened an investigation. Parcelline "
        "said the site would remain closed for at least a week and that deliveries in the area "
        "could be delayed.",
        "Part of the roof of a Parcelline distribution warehouse in Thornbury gave way early on "
        "Saturday, injuring two workers, according to fire officials. The two men, aged 34 and 51, "
        "were treated at the scene for injuries that were not believed to be life-threatening. "
        "Around 60 employees were evacuated from the building, which dates from 2012 and had "
        "passed a safety inspection last year. Firefighters said the collapse was probably caused "
        "by heavy snow that had built up on the roof during the night. An investigation has been "
        "opened by the Health and Safety Authority. The site will stay shut for at least a week "
        "and deliveries in the area may be delayed, Parcelline said.",
        errors=[
            err("were treated at the scene", "event", "major", "were taken to hospital"),
            err("and had passed a safety inspection last year", "addition", "major"),
        ],
        traps=[
            trap("gave way", "collapsed"),
            trap("the collapse was probably caused by heavy snow that had built up on the roof "
                 "during the night",
                 "heavy snow that had accumulated on the roof overnight was the likely cause"),
        ],
    ),
]
