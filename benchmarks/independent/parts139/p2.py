"""Part 2: ten inconsistent rewrites."""

from .common import case, err, omit, trap

CASES = [
    case(
        "council tax rise vote", "rewrite", "inconsistent",
        "Councillors in Dunstreath voted by 27 to 19 on Thursday night to "
        "raise council tax by 4.9 per cent from April, the maximum permitted "
        "without a local referendum. The increase will add about £86 a year to "
        "a typical Band D bill. Before the final vote, the ruling Independent "
        "Alliance group defeated an amendment from the opposition Civic Party, "
        "led by councillor Hannah Strudwick, which would have limited the rise "
        "to 2.9 per cent and covered the shortfall by selling two "
        "council-owned car parks. Finance chief Rupert Okonjo said the extra "
        "income would help protect adult social care, which now accounts for "
        "41 per cent of the council's budget. Ms Strudwick said residents were "
        "being asked to pay more for fewer services.",
        "Dunstreath councillors voted 27-19 on Thursday night for a 4.9% rise "
        "in council tax from April, the highest increase allowed without a "
        "local referendum. A typical Band D household will pay around £86 a "
        "month more. Earlier in the meeting, the Civic Party defeated an "
        "amendment from the Independent Alliance group that would have held "
        "the rise to 2.9% and made up the difference by selling two car parks "
        "owned by the council. Rupert Okonjo, the council's finance chief, "
        "said the additional money would help protect adult social care, now "
        "41% of the council's budget. Hannah Strudwick, who leads the Civic "
        "Party, said residents were being asked to pay more for fewer "
        "services.",
        errors=[
            err("£86 a month", "number", "major", "£86 a year"),
            err("the Civic Party defeated an amendment from the Independent "
                "Alliance", "role", "major",
                "the ruling Independent Alliance group defeated an amendment "
                "from the opposition Civic Party"),
        ],
        traps=[
            trap("27-19", "by 27 to 19"),
            trap("the highest increase allowed", "the maximum permitted"),
        ],
    ),
    case(
        "newt licence delay", "rewrite", "inconsistent",
        "Construction of 220 homes on the edge of Brockenhale has been delayed "
        "by at least four months after Natural Heritage Agency officials "
        "refused to issue a great crested newt licence until further surveys "
        "are carried out. Developer Ashgrove Homes had hoped to start "
        "groundwork in March. Surveys last spring found newts in two of the "
        "five ponds on the site, and the agency says the remaining three must "
        "be checked during the breeding season, between mid-March and June. "
        "Ashgrove's planning director, Colin Mbeki, said the firm was "
        "'disappointed but not surprised' and would fund the surveys. Local "
        "campaigners, who have opposed the scheme since 2021, welcomed the "
        "decision.",
        "Plans for 220 new homes on the outskirts of Brockenhale have been "
        "pushed back by four months because the Natural Heritage Agency will "
        "not grant a great crested newt licence until more surveys have been "
        "done. Ashgrove Homes, the developer, had been hoping to begin "
        "groundwork in March. Newts were found in two of the site's five ponds "
        "when it was surveyed last spring; the other three, the agency says, "
        "must be checked in the breeding season, which runs from mid-March to "
        "June. Colin Mbeki, Ashgrove's planning director, said the company was "
        "'disappointed but not surprised' and would pay for the surveys. The "
        "decision was welcomed by local campaigners, who have fought the "
        "scheme since 2021.",
        errors=[
            omit("at least", "major", after="pushed back by"),
        ],
        traps=[
            trap("the outskirts of Brockenhale", "the edge of Brockenhale"),
            trap("would pay for the surveys", "would fund the surveys"),
            trap("who have fought the scheme since 2021",
                 "who have opposed the scheme since 2021"),
        ],
    ),
    case(
        "chaplaincy funding cut", "rewrite", "inconsistent",
        "The Eastlyn University Hospitals Trust will cut funding for its "
        "chaplaincy service by a third from 1 April, the trust confirmed on "
        "Wednesday after a staff consultation that closed on 3 March. The "
        "service, which offers spiritual and pastoral support to patients of "
        "all faiths and none, employs nine chaplains across three hospitals. "
        "Two full-time posts will go, but the trust said nobody would be made "
        "compulsorily redundant because two chaplains are retiring. Chief "
        "operating officer Gwen Atherley said the £110,000 annual saving would "
        "be reinvested in frontline nursing and that the round-the-clock "
        "on-call service for dying patients would continue to be guaranteed. "
        "The trust's lead chaplain, the Reverend Malik Esterhuizen, said the "
        "team was 'deeply saddened'.",
        "Funding for the chaplaincy service at Eastlyn University Hospitals "
        "Trust will be reduced by a third from 3 March, the trust confirmed on "
        "Wednesday following a staff consultation that ended on 3 March. The "
        "service gives spiritual and pastoral support to patients of any faith "
        "or none and has nine chaplains working across three hospitals. Two "
        "full-time roles will be lost, although the retirement of two "
        "chaplains means there will be no compulsory redundancies, the trust "
        "said. According to chief operating officer Gwen Atherley, the "
        "£110,000 saved each year will be put into frontline nursing, but the "
        "round-the-clock on-call service for dying patients will no longer be "
        "guaranteed. Lead chaplain the Reverend Malik Esterhuizen said the "
        "team was 'deeply saddened'.",
        errors=[
            err("3 March", "date", "major", "1 April", occ=0),
            err("will no longer be guaranteed", "polarity", "critical",
                "would continue to be guaranteed"),
        ],
        traps=[
            trap("patients of any faith or none",
                 "patients of all faiths and none"),
            trap("there will be no compulsory redundancies",
                 "nobody would be made compulsorily redundant"),
        ],
    ),
    case(
        "bobsleigh track closure", "rewrite", "inconsistent",
        "The bobsleigh and skeleton track at Hochsteinwald could close "
        "permanently at the end of the coming winter season, its operator "
        "warned on Tuesday. Alpina Sportstätten GmbH said the 1.3-kilometre "
        "track needed €14 million of repairs to its refrigeration system and "
        "that it could not fund the work without support from the regional "
        "government. The track, built in 1983, hosted the junior world "
        "championships in 2019 and is used for training by national teams from "
        "Germany, Austria and Switzerland. Managing director Lukas Oberreiter "
        "said talks with the regional sports ministry were continuing and a "
        "decision was likely before Easter. The ministry said it was examining "
        "the request but had made no commitments.",
        "Hochsteinwald's bobsleigh and skeleton track will close permanently "
        "when the coming winter season ends, its operator warned on Tuesday. "
        "The 1.3km track's refrigeration system requires €14m of repairs, "
        "which Alpina Sportstätten GmbH said it could not pay for unless the "
        "regional government helped. Built in 1983, the track staged the 2019 "
        "junior world championships and is a training venue for the national "
        "teams of Germany, Austria and Switzerland. Talks with the regional "
        "sports ministry are ongoing, said managing director Lukas "
        "Oberreiter, and a decision is expected before Easter. The ministry "
        "said it was considering the request but had not made any "
        "commitments.",
        errors=[
            err("will close permanently", "modality", "major",
                "could close permanently"),
        ],
        traps=[
            trap("€14m", "€14 million"),
            trap("unless the regional government helped",
                 "without support from the regional government"),
            trap("a decision is expected before Easter",
                 "a decision was likely before Easter"),
        ],
    ),
    case(
        "visa processing backlog", "rewrite", "inconsistent",
        "The backlog of work visa applications at the Federal Migration Office "
        "has grown to 62,000, more than double the figure a year ago, "
        "according to a report published on Monday by the National Audit "
        "Board. The report found that applicants waited an average of 19 weeks "
        "for a decision, against a target of eight weeks. Auditors blamed "
        "outdated IT systems and the loss of 140 experienced caseworkers since "
        "2022. Migration Office director Helena Varga said in a statement that "
        "200 new staff had been recruited and that the backlog should fall "
        "below 30,000 by the end of the year. Employers' group Trade Forward "
        "said delays were costing member firms contracts.",
        "A National Audit Board report published on Monday shows that the "
        "Federal Migration Office's backlog of work visa applications has "
        "reached 62,000, over twice as many as twelve months earlier. "
        "Applicants waited 19 weeks on average for a decision, compared with a "
        "target of eight. Migration Office director Helena Varga blamed ageing "
        "IT systems and the departure of 140 experienced caseworkers since "
        "2022, and said in a statement that 200 new staff had been taken on "
        "and that the backlog should drop below 30,000 by the end of the year. "
        "Delays were costing member firms contracts, according to the "
        "employers' group Trade Forward.",
        errors=[
            err("Migration Office director Helena Varga blamed", "attribution",
                "major", "Auditors blamed"),
        ],
        traps=[
            trap("over twice as many as twelve months earlier",
                 "more than double the figure a year ago"),
            trap("ageing IT systems", "outdated IT systems"),
            trap("200 new staff had been taken on",
                 "200 new staff had been recruited"),
        ],
    ),
    case(
        "chess grandmaster title", "rewrite", "inconsistent",
        "Sixteen-year-old Tomasz Wielgosz has become the youngest player from "
        "the Kovany region to earn the title of grandmaster, the national "
        "chess federation announced on Sunday. He secured his third and final "
        "grandmaster norm at the Lake Dorny Open, finishing on 7 points from 9 "
        "games, half a point behind the tournament winner. Wielgosz, who "
        "learned the game from his grandmother at the age of five, passed the "
        "required rating of 2,500 last autumn. Federation president Jarosław "
        "Mikuła said the achievement would 'inspire a generation of young "
        "players'. The title must still be formally ratified at the "
        "international federation's congress in October, which is usually a "
        "formality.",
        "The national chess federation announced on Sunday that Tomasz "
        "Wielgosz, 16, has become the youngest player from the Kovany region "
        "to earn the grandmaster title. Wielgosz clinched his third and final "
        "grandmaster norm at the Lake Dorny Open, where he scored 7 out of 9 "
        "and finished half a point behind the winner. Taught the game by his "
        "grandmother when he was five, he passed the required 2,500 rating "
        "last autumn. Federation president Jarosław Mikuła said the "
        "achievement would 'inspire a generation of young players'. Wielgosz "
        "clinched his third and final grandmaster norm at the Lake Dorny Open. "
        "The title still has to be formally ratified at the international "
        "federation's congress in October, which is normally a formality.",
        errors=[
            err("Wielgosz clinched his third and final grandmaster norm at the "
                "Lake Dorny Open", "repetition", "minor", None, occ=1),
        ],
        traps=[
            trap("Tomasz Wielgosz, 16", "Sixteen-year-old Tomasz Wielgosz"),
            trap("scored 7 out of 9", "finishing on 7 points from 9 games"),
            trap("which is normally a formality", "which is usually a formality"),
        ],
    ),
    case(
        "e-bike battery fire", "rewrite", "inconsistent",
        "Firefighters were called to a block of flats on Carden Street in "
        "Welbrough shortly after 2am on Saturday after a lithium-ion battery "
        "from an e-bike caught fire while charging in a hallway. Twelve "
        "residents were evacuated and two were treated by paramedics for smoke "
        "inhalation; nobody was taken to hospital. Station manager Declan "
        "Oyelaran of the Mersefield Fire and Rescue Service said the blaze had "
        "been contained to one flat but that smoke had spread to the "
        "stairwell. The battery had been bought online and was not the one "
        "supplied with the bike, he said. The service is urging people not to "
        "charge e-bikes overnight or in escape routes.",
        "Firefighters were called just after 2am on Saturday to a block of "
        "flats on Carden Street, Welbrough, where a lithium-ion e-bike battery "
        "had caught fire while charging in a hallway. Twelve residents were "
        "evacuated and two were taken to hospital suffering from smoke "
        "inhalation. According to station manager Declan Oyelaran of the "
        "Welbrough Fire and Rescue Service, the fire was confined to a single "
        "flat, although smoke got into the stairwell. He said the battery, "
        "which had been bought online, was not the original one that came with "
        "the bike. The service is urging the public not to charge e-bikes "
        "overnight or in escape routes.",
        errors=[
            err("were taken to hospital", "event", "major",
                "were treated by paramedics"),
            err("Welbrough Fire and Rescue Service", "entity", "minor",
                "Mersefield Fire and Rescue Service"),
        ],
        traps=[
            trap("confined to a single flat", "contained to one flat"),
        ],
    ),
    case(
        "biogas plant objection", "rewrite", "inconsistent",
        "More than 1,300 residents have signed objections to a proposed biogas "
        "plant on farmland east of Little Hazelby, Wexcombe County Council "
        "said on Friday. Energy firm Greenrow Renewables wants to build an "
        "anaerobic digester that would process 45,000 tonnes of crop and food "
        "waste a year, producing enough gas to heat around 4,000 homes. "
        "Objectors say the site would bring up to 60 lorry movements a day "
        "along narrow lanes and could cause odour problems. Greenrow said the "
        "plant would be fully enclosed and that lorry traffic would be limited "
        "to weekdays. The council's planning committee is due to consider the "
        "application on 17 June.",
        "Wexcombe County Council said on Friday that over 1,300 residents had "
        "signed objections to a proposed biogas plant on farmland east of "
        "Little Hazelby. The energy company Greenrow Renewables wants to build "
        "an anaerobic digester capable of processing 45,000 tonnes of crop and "
        "food waste annually and producing enough gas to heat some 4,000 "
        "homes. According to objectors, the site would mean as many as 60 "
        "lorry movements a day on narrow lanes and could lead to problems with "
        "smells. Greenrow says the plant would be fully enclosed and lorries "
        "would run only on weekdays. The application is due to go before the "
        "council's planning committee on 17 June, with officers recommending "
        "approval.",
        errors=[
            err("with officers recommending approval", "addition", "major",
                None),
        ],
        traps=[
            trap("over 1,300 residents", "More than 1,300 residents"),
            trap("some 4,000 homes", "around 4,000 homes"),
            trap("as many as 60 lorry movements a day",
                 "up to 60 lorry movements a day"),
        ],
    ),
    case(
        "sinkhole road closure", "rewrite", "inconsistent",
        "A section of Harwell Road between Harwell Cross and Moxbridge will "
        "remain closed for at least three weeks after a sinkhole about four "
        "metres wide opened up on Sunday evening, Kestrel County Highways "
        "said. No vehicles were involved and nobody was hurt. Engineers "
        "believe the hole was caused by a collapsed Victorian drain and say "
        "ground-penetrating radar surveys have not yet ruled out further voids "
        "beneath the carriageway. A signed diversion adds about 11 miles to "
        "journeys. Highways manager Ruth Okpara said repairs could not start "
        "until the surveys were complete. Bus operator Tolley Coaches said "
        "services 22 and 22A would be diverted through Brayfield.",
        "Kestrel County Highways says part of Harwell Road between Harwell "
        "Cross and Moxbridge will be shut for a minimum of three weeks after a "
        "sinkhole roughly 4m across appeared on Sunday evening. Nobody was "
        "injured and no vehicles were caught up in it. Engineers think a "
        "collapsed Victorian drain is to blame, and surveys with "
        "ground-penetrating radar have already ruled out further voids under "
        "the carriageway. Drivers face a signposted diversion of about 11 "
        "extra miles. Repairs cannot begin until the surveys are finished, "
        "according to highways manager Ruth Okpara. Tolley Coaches said its 22 "
        "and 22A services would be diverted via Brayfield.",
        errors=[
            err("have already ruled out", "polarity", "major",
                "have not yet ruled out"),
        ],
        traps=[
            trap("for a minimum of three weeks", "for at least three weeks"),
            trap("roughly 4m across", "about four metres wide"),
            trap("a signposted diversion of about 11 extra miles",
                 "A signed diversion adds about 11 miles to journeys"),
        ],
    ),
    case(
        "interfaith centre opening", "rewrite", "inconsistent",
        "A £3.4 million interfaith centre in the Riverside district of Halbury "
        "was officially opened on Sunday by the city's mayor, Councillor "
        "Ayesha Brannigan. The Meeting House, converted from a disused "
        "Methodist chapel, will be shared by Christian, Muslim, Jewish, Hindu "
        "and Sikh groups and includes a library, a community kitchen and three "
        "prayer rooms. It was funded by donations from more than 2,000 "
        "individuals and a grant from the Halbury Cohesion Trust. Centre "
        "manager Imran Felsted said about 600 people attended the opening, "
        "which included a shared meal. The building will open to the public "
        "for guided tours every Saturday from next month.",
        "Halbury's mayor, Councillor Ayesha Brannigan, on Sunday formally "
        "opened a £3.4m interfaith centre in the city's Riverside district. "
        "The Meeting House, built on the site of a demolished Methodist "
        "chapel, will be used jointly by Christian, Muslim, Jewish, Hindu and "
        "Sikh groups and has three prayer rooms, a community kitchen and a "
        "library. It was paid for by a Halbury Cohesion Trust grant and by "
        "donations from over 2,000 individuals. Some 600 people came to the "
        "opening, which featured a shared meal, according to centre manager "
        "Imran Felsted. From next month the building will be open to the "
        "public for guided tours every Saturday.",
        errors=[
            err("built on the site of a demolished Methodist chapel", "event",
                "major", "converted from a disused Methodist chapel"),
        ],
        traps=[
            trap("formally opened", "officially opened"),
            trap("used jointly", "shared"),
        ],
    ),
]
