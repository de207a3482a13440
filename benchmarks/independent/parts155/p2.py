"""Rewrite pairs, part 2 (5 consistent, 5 inconsistent)."""
from ._helpers import E, T, case

CASES = [
    case(
        "biogas plant approval", "rewrite", "consistent",
        "Regional planners have approved a biogas plant on the outskirts of Kettering Vale that "
        "will turn manure and food waste from about 40 farms into gas for the local grid. The "
        "decision, announced on Tuesday by the Northfold planning authority, followed a public "
        "inquiry lasting nine days. The developer, Greenmire Energy, says the plant will "
        "produce enough gas to heat roughly 3,500 homes. Residents' group Clean Vale Air had "
        "argued that odours and extra tractor traffic would harm the village, but the inspector "
        "concluded that the impact would be acceptable if deliveries were limited to 30 a day. "
        "Greenmire plans to start building in early 2025 and expects the plant to be operating "
        "within two years.",
        "A biogas plant outside Kettering Vale, which will convert manure and food waste from "
        "some 40 farms into gas for the local grid, has been given the go-ahead, the Northfold "
        "planning authority announced on Tuesday. Approval came after a nine-day public "
        "inquiry. According to the developer, Greenmire Energy, the plant will generate enough "
        "gas to heat around 3,500 homes. Residents' group Clean Vale Air had argued that smells "
        "and additional tractor traffic would damage the village, but the inspector found the "
        "impact acceptable provided no more than 30 deliveries are made per day. Greenmire "
        "intends to begin construction early in 2025 and expects the facility to be up and "
        "running within 24 months.",
        traps=[
            T("has been given the go-ahead", "have approved"),
            T("a nine-day public inquiry", "a public inquiry lasting nine days"),
            T("provided no more than 30 deliveries are made per day",
              "if deliveries were limited to 30 a day"),
            T("within 24 months", "within two years"),
        ]),

    case(
        "alpine pasture dispute", "rewrite", "consistent",
        "A dispute between two mountain communities over grazing rights on the Oberalm pasture "
        "has been referred to the cantonal court after talks collapsed last week. The village "
        "of Pradelle says an 1887 agreement gives its farmers the right to graze up to 220 cows "
        "on the pasture each summer, while neighbouring Siltz argues that the agreement expired "
        "when the two parishes were reorganised in 1962. Siltz's mayor, Urs Bachmann, said his "
        "municipality had offered to share the pasture equally but the offer had been "
        "rejected. Pradelle's council said it would not comment while the case was pending. The "
        "court is not expected to rule before next spring, meaning this summer's grazing will "
        "go ahead under last year's arrangements.",
        "The cantonal court will now decide a row between two mountain communities over who "
        "may graze cattle on the Oberalm pasture, after negotiations broke down last week. "
        "Pradelle maintains that an agreement from 1887 entitles its farmers to put as many as "
        "220 cows on the pasture every summer. Neighbouring Siltz, however, says the agreement "
        "lapsed when the two parishes were reorganised in 1962. Urs Bachmann, the mayor of "
        "Siltz, said his municipality had proposed splitting the pasture fifty-fifty but had "
        "been turned down. Pradelle's council declined to comment while proceedings are "
        "ongoing. A ruling is unlikely before next spring, so this summer's grazing will follow "
        "last year's arrangements.",
        traps=[
            T("broke down", "collapsed"),
            T("as many as 220 cows", "up to 220 cows"),
            T("lapsed", "expired"),
            T("splitting the pasture fifty-fifty", "share the pasture equally"),
            T("A ruling is unlikely before next spring",
              "The court is not expected to rule before next spring"),
        ]),

    case(
        "island wind turbine", "rewrite", "consistent",
        "Residents of the island of Skarra have voted in favour of a community-owned wind "
        "turbine, with 412 of the 587 votes cast supporting the project. The 2.3-megawatt "
        "turbine, to be built on Hestfell ridge, will be owned by the Skarra Development Trust "
        "and is expected to generate around £600,000 a year in electricity sales. The trust "
        "said the income would fund a new ferry waiting room and insulation for older homes. "
        "Turnout in Saturday's ballot was 71 percent. Opponents had raised concerns about the "
        "turbine's effect on a colony of red-throated divers nesting nearby; the trust has "
        "commissioned a bird survey that must be completed before an application is submitted "
        "to the planning authority.",
        "In Saturday's ballot, Skarra islanders backed plans for a community-owned wind "
        "turbine, which won 412 of the 587 votes cast, on a turnout of 71 percent. The Skarra "
        "Development Trust will own the 2.3 MW turbine, planned for Hestfell ridge, which is "
        "projected to bring in roughly £600,000 annually from electricity sales. The money will "
        "pay for a new waiting room at the ferry terminal and for insulating older homes, the "
        "trust said. Opponents had worried about the impact on a colony of red-throated divers "
        "nesting near the site, and the trust has ordered a bird survey, which has to be "
        "finished before a planning application is lodged.",
        traps=[
            T("backed plans for", "voted in favour of"),
            T("2.3 MW", "2.3-megawatt"),
            T("is projected to bring in roughly £600,000 annually",
              "is expected to generate around £600,000 a year"),
            T("before a planning application is lodged",
              "before an application is submitted to the planning authority"),
        ]),

    case(
        "chimney sweep apprenticeship", "rewrite", "consistent",
        "The Guild of Master Sweeps in Halvering will launch a three-year apprenticeship scheme "
        "in September, the first formal training route for chimney sweeps in the region, the "
        "guild announced on Monday. Apprentices will be paid at least £9.50 an hour and spend "
        "one day a week at Halvering Technical College studying fire safety and building "
        "regulations. The guild expects to take on 12 apprentices in the first intake. Chairman "
        "Desmond Pryce said demand for sweeping had risen by about a third since 2020 because "
        "more households were installing wood-burning stoves, while the number of sweeps had "
        "fallen. Applicants must be at least 16 and will not need any previous qualifications.",
        "Chimney sweeps in the region will have a formal training route for the first time from "
        "September, when the Guild of Master Sweeps in Halvering starts a three-year "
        "apprenticeship scheme, the guild said on Monday. Apprentices will earn a minimum of "
        "£9.50 per hour and will study fire safety and building regulations at Halvering "
        "Technical College one day a week. A first intake of 12 is expected. According to "
        "chairman Desmond Pryce, the number of sweeps has dropped even as demand has grown by "
        "roughly 33 percent since 2020, driven by more households fitting wood-burning stoves. "
        "No previous qualifications are required, but applicants must be aged 16 or over.",
        traps=[
            T("a minimum of £9.50 per hour", "at least £9.50 an hour"),
            T("roughly 33 percent", "about a third"),
            T("No previous qualifications are required",
              "will not need any previous qualifications"),
            T("aged 16 or over", "at least 16"),
        ]),

    case(
        "village school merger", "rewrite", "consistent",
        "Education officials in Dunlow county have confirmed that the primary schools in Ashby "
        "Cross and Little Fenwick will merge next September, after pupil numbers at both fell "
        "below 50. The combined school will use the Ashby Cross building, which is being "
        "extended with two classrooms, and Little Fenwick's site will be sold. Free minibus "
        "transport will be provided for children living more than two miles from the school. "
        "Headteacher Joan Whitlow, who currently leads Little Fenwick, has been appointed head "
        "of the merged school. Some parents in Little Fenwick had campaigned against the "
        "closure, but a consultation found that 64 percent of respondents supported the merger. "
        "The county said the change would save about £180,000 a year.",
        "Ashby Cross and Little Fenwick primary schools will combine next September because "
        "both now have fewer than 50 pupils, Dunlow county education officials have confirmed. "
        "The merged school will be based in the Ashby Cross building, which is getting two "
        "extra classrooms, while the Little Fenwick site is to be sold. Children who live over "
        "two miles away will get free minibus transport. Joan Whitlow, currently head of Little "
        "Fenwick, has been appointed to lead the new school. Although some Little Fenwick "
        "parents campaigned to keep their school open, 64% of those who responded to a "
        "consultation backed the merger. The county expects annual savings of roughly £180,000.",
        traps=[
            T("fewer than 50 pupils", "fell below 50"),
            T("over two miles away", "more than two miles from the school"),
            T("campaigned to keep their school open", "campaigned against the closure"),
            T("64% of those who responded to a consultation", "64 percent of respondents"),
            T("annual savings of roughly £180,000", "save about £180,000 a year"),
        ]),

    case(
        "school inspection downgrade", "rewrite", "inconsistent",
        "Marlow Heath Academy has been downgraded from 'good' to 'requires improvement' by the "
        "schools inspectorate, according to a report published on Thursday. Inspectors who "
        "visited the 1,150-pupil secondary school in March found that attendance had fallen to "
        "88 percent and that behaviour in some lessons disrupted learning. They praised the "
        "sixth form and the school's support for pupils with special needs. Principal Oliver "
        "Ransome said the school accepted the findings and had already hired two attendance "
        "officers. Imogen Sayle, chief executive of Cedarline Learning, the trust that runs the "
        "academy, said it would provide extra funding. The school will be inspected again "
        "within 30 months.",
        "The schools inspectorate has downgraded Marlow Heath Academy from 'good' to 'requires "
        "improvement', a report published on Thursday shows. During a visit in March to the "
        "1,150-pupil secondary, inspectors found that attendance had fallen by 12 percent and "
        "that poor behaviour was disrupting learning in some lessons. The sixth form and the "
        "support given to pupils with special needs were praised. Principal Imogen Sayle said "
        "the school accepted the findings and had already taken on two attendance officers. "
        "Cedarline Learning, the trust that runs the academy, has promised extra funding, its "
        "chief executive said. A fresh inspection will take place within two and a half years.",
        errors=[
            E("fallen by 12 percent", "number", "major", "fallen to 88 percent"),
            E("Imogen Sayle", "entity", "major", "Oliver Ransome"),
        ],
        traps=[
            T("had already taken on two attendance officers",
              "had already hired two attendance officers"),
            T("within two and a half years", "within 30 months"),
        ]),

    case(
        "embassy visa backlog", "rewrite", "inconsistent",
        "The embassy of Varenland in Ostrava Nova has cleared about 60 percent of a backlog of "
        "14,000 visa applications that built up after its computer system failed in January, "
        "the foreign ministry said on Monday. Processing times for tourist visas, which had "
        "reached eleven weeks, are now around four weeks. The ministry sent 18 additional staff "
        "to the embassy in March and extended opening hours to Saturdays. Ambassador Renata "
        "Quist said she expected the remaining applications to be processed by the end of July. "
        "Student visa applicants are being given priority ahead of the autumn term.",
        "About 60 percent of the 14,000 visa applications that piled up at Varenland's embassy "
        "in Ostrava Nova after a cyberattack on its computer system in January have now been "
        "dealt with, the foreign ministry said on Monday. Tourist visas, which were taking as "
        "long as eleven weeks, are now being processed in roughly a month. In March the "
        "ministry deployed 18 extra staff to the embassy and began opening it on Saturdays. "
        "Ambassador Renata Quist said she expected to clear the rest by the end of July. "
        "Applications from students are being prioritised because of the autumn term.",
        errors=[
            E("a cyberattack on its computer system", "event", "major",
              "its computer system failed"),
        ],
        traps=[
            T("roughly a month", "around four weeks"),
            T("deployed 18 extra staff to the embassy", "sent 18 additional staff to the embassy"),
            T("are being prioritised", "are being given priority"),
        ]),

    case(
        "tannery pollution case", "rewrite", "inconsistent",
        "The owners of the Brennick tannery have been fined €220,000 after a court in Valsorra "
        "found that chromium from the site had polluted the River Lenn. The judge ruled on "
        "Friday that the company, Pellet Freres, had discharged untreated wastewater on at "
        "least 14 occasions between 2019 and 2021. Environmental inspectors first detected the "
        "contamination in May 2019, after anglers reported dead fish downstream. The company "
        "may appeal against the verdict within 30 days, its lawyer said. The court also ordered "
        "Pellet Freres to pay for a two-year monitoring programme. Local fishing clubs said the "
        "fine was too small given the damage to fish stocks.",
        "A court in Valsorra has fined the owners of the Brennick tannery €220,000 for "
        "polluting the River Lenn with chromium. In Friday's ruling, the judge found that the "
        "firm, Pellet Freres, had released untreated wastewater at least 14 times from 2019 to "
        "2021. The contamination was first picked up by environmental inspectors in May 2019, "
        "ahead of reports from anglers of dead fish downstream. Pellet Freres will appeal "
        "against the verdict within 30 days, its lawyer said. It must also fund monitoring for "
        "two years, the court ordered. Local fishing clubs said the penalty was too low in view "
        "of the harm done to fish stocks.",
        errors=[
            E("ahead of reports from anglers", "date", "minor",
              "after anglers reported dead fish"),
            E("will appeal", "modality", "major", "may appeal"),
        ],
        traps=[
            T("at least 14 times", "on at least 14 occasions"),
            T("fund monitoring for two years", "pay for a two-year monitoring programme"),
        ]),

    case(
        "steel bridge painting", "rewrite", "inconsistent",
        "Repainting of the Calder Street steel bridge in Northam will start on 4 March and keep "
        "one lane closed for about five months, the city's highways department said. The "
        "contract, worth £3.1 million, was awarded to Ironside Coatings, which beat four other "
        "bidders. Ironside will subcontract the removal of old lead-based paint to Harlan Blast "
        "Services. The bridge, opened in 1931, was last painted in 1998, and inspectors found "
        "rust on several girders last year. Pedestrians will be able to cross throughout the "
        "work, but cyclists will be asked to dismount. The department said the new coating "
        "should protect the structure for at least 25 years.",
        "Northam's highways department said work to repaint the steel bridge on Calder Street "
        "will begin on 4 March, with one lane shut for around five months. Ironside Coatings "
        "saw off four other bidders to win the £3.1 million contract, and the old lead-based "
        "paint will be removed by Ironside on behalf of Harlan Blast Services. Rust was found on "
        "several girders last year on the bridge, which opened in 1931 and was last painted in "
        "1998. Pedestrians can keep crossing throughout the work, though cyclists will be asked "
        "to get off and walk. The department said the new coating should protect the structure "
        "for a quarter of a century or more.",
        errors=[
            E("removed by Ironside on behalf of Harlan Blast Services", "role", "major",
              "Ironside will subcontract the removal of old lead-based paint to Harlan Blast "
              "Services"),
        ],
        traps=[
            T("saw off four other bidders", "beat four other bidders"),
            T("cyclists will be asked to get off and walk", "cyclists will be asked to dismount"),
            T("for a quarter of a century or more", "for at least 25 years"),
        ]),

    case(
        "prison escape inquiry", "rewrite", "inconsistent",
        "An independent inquiry into the escape of two inmates from Holmcroft prison last "
        "October has found that staff shortages and a faulty perimeter camera contributed to "
        "the breakout, the justice ministry said on Wednesday. The report, written by retired "
        "judge Margaret Ilsley, said only three officers were on duty on the wing that night "
        "instead of the required six. It did not find evidence that any member of staff had "
        "helped the men. Both prisoners were recaptured within five days. The ministry said it "
        "accepted all 17 of the report's recommendations and would recruit 40 additional "
        "officers for the prison by next summer.",
        "Staff shortages contributed to the escape of two inmates from Holmcroft prison last "
        "October, an independent inquiry has found, the justice ministry said on Wednesday. "
        "According to the report by retired judge Margaret Ilsley, just three officers were on "
        "duty on the wing that night rather than the six required. It concluded that a member "
        "of staff had helped the men get out. Both prisoners were caught again within five "
        "days. The ministry said it accepted all 17 recommendations in the report and would "
        "recruit an extra 40 officers for the prison by next summer.",
        errors=[
            E("", "omission", "major", "and a faulty perimeter camera", after="Staff shortages"),
            E("concluded that a member of staff had helped the men", "polarity", "critical",
              "It did not find evidence that any member of staff had helped the men"),
        ],
        traps=[
            T("rather than the six required", "instead of the required six"),
            T("were caught again within five days", "were recaptured within five days"),
        ]),
]
