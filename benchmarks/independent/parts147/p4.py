"""set147 cases 31-40."""
from ._helpers import case, err, om, trap

CASES = [
    # 31 -----------------------------------------------------------------
    case(
        "flower show theft", "rewrite", "consistent",
        "Thieves stole more than 150 rare plants from the Westbury Flower Show overnight on Friday, "
        "hours before judging was due to begin, organisers said. The plants, including several "
        "prize-winning orchids and a collection of alpine saxifrages, were taken from three marquees "
        "after a security guard finished his final patrol at 2am. Show director Clare Ashdown estimated "
        "the value of the stolen plants at about £25,000, but said many were irreplaceable because they "
        "had been grown from seed over several years. Police are examining CCTV footage from the "
        "showground's main gate and have appealed for anyone offered rare orchids for sale to contact "
        "them. Judging went ahead on Saturday with the remaining entries.",
        "Organisers of the Westbury Flower Show say more than 150 rare plants were stolen overnight on "
        "Friday, just hours before judging was scheduled to start. The thieves took them from three "
        "marquees after a security guard completed his last patrol at 2am; among the plants were "
        "several prize-winning orchids and a collection of alpine saxifrages. Clare Ashdown, the show's "
        "director, put their value at around £25,000, though she said many could not be replaced, "
        "having been raised from seed over a number of years. Police, who are studying CCTV footage from "
        "the showground's main gate, want to hear from anyone who is offered rare orchids for sale. The "
        "remaining entries were judged on Saturday.",
        traps=[
            trap("put their value at around £25,000",
                 "estimated the value of the stolen plants at about £25,000"),
            trap("could not be replaced", "irreplaceable"),
            trap("over a number of years", "over several years"),
            trap("want to hear from anyone who is offered rare orchids for sale",
                 "have appealed for anyone offered rare orchids for sale to contact them"),
            trap("The remaining entries were judged on Saturday",
                 "Judging went ahead on Saturday with the remaining entries"),
        ],
    ),
    # 32 -----------------------------------------------------------------
    case(
        "corpse flower bloom", "rewrite", "inconsistent",
        "A titan arum at the Fenwick Botanical Gardens is expected to bloom this weekend for the first "
        "time in its 14-year life, the gardens said on Wednesday. The plant, nicknamed 'Big Reggie' by "
        "staff, has grown to 2.3 metres and is putting on about 10 centimetres a day. When it opens, the "
        "flower releases a smell often compared to rotting meat, which attracts pollinating beetles and "
        "flies in its native habitat. The bloom usually lasts only 24 to 48 hours. The glasshouse will "
        "stay open until 10pm on Saturday and Sunday, and the gardens will livestream the flowering "
        "online. Curator Nadia Pell said the team had waited years for this moment.",
        "The Fenwick Botanical Gardens said on Wednesday that their titan arum, which staff have "
        "nicknamed 'Big Reggie', is likely to flower this weekend for the first time in its 14-year "
        "life. Now 2.3 metres tall, the plant is growing by roughly 10cm a day. Once open, the flower "
        "gives off a smell often likened to rotting meat, which in the wild draws the beetles and flies "
        "that pollinate it. The bloom generally lasts just one to two days. The glasshouse will remain "
        "open until 10pm on Saturday and Sunday, and the flowering will be livestreamed online by the "
        "gardens. Curator Nadia Pell said the team had waited years for this moment. The bloom "
        "generally lasts just one to two days.",
        errors=[
            err("The bloom generally lasts just one to two days", "repetition", "minor", None, occ=1),
        ],
        traps=[
            trap("is likely to flower this weekend", "is expected to bloom this weekend"),
            trap("in the wild", "in its native habitat"),
            trap("one to two days", "24 to 48 hours", occ=0),
        ],
    ),
    # 33 -----------------------------------------------------------------
    case(
        "grid battery installation", "summary", "consistent",
        "Energy company Voltaris has switched on a 200-megawatt battery storage system at the former "
        "Reedham coal power station site, the largest in the region, the company said on Tuesday. The "
        "installation, made up of 96 container-sized lithium-ion units, can store 400 megawatt-hours of "
        "electricity, enough to supply around 300,000 homes for two hours. It will charge when wind and "
        "solar output is high and prices are low, and release power during evening peaks. The project "
        "cost £160 million and took 18 months to build. Voltaris said it reused the old station's grid "
        "connection, which saved about a year compared with applying for a new one. A second battery of "
        "similar size is planned at the site, subject to planning approval.",
        "Voltaris has switched on the region's biggest battery storage system, a 200MW, 400MWh "
        "installation on the old Reedham coal plant site that can power some 300,000 homes for two "
        "hours. Built in a year and a half for £160m, it will charge when wind and solar power is "
        "plentiful and cheap and discharge at evening peaks. Reusing the coal plant's grid connection "
        "saved roughly a year, the company said, and a second battery of similar size is planned there "
        "if it gets planning approval.",
        traps=[
            trap("can power some 300,000 homes for two hours",
                 "enough to supply around 300,000 homes for two hours"),
            trap("Built in a year and a half", "took 18 months to build"),
            trap("when wind and solar power is plentiful and cheap",
                 "when wind and solar output is high and prices are low"),
            trap("if it gets planning approval", "subject to planning approval"),
        ],
    ),
    # 34 -----------------------------------------------------------------
    case(
        "vaccine trial results", "translation", "inconsistent",
        "An experimental vaccine against the tick-borne Varro fever virus reduced infections by 71 "
        "percent in a late-stage trial, the pharmaceutical company Medilune announced on Wednesday. The "
        "study involved 8,400 volunteers in three regions where the disease is common; half received "
        "the vaccine and half a placebo. Over two years, 19 people in the vaccine group fell ill, "
        "compared with 66 in the placebo group. Side effects were mostly mild, such as pain at the "
        "injection site and tiredness. The company said it could apply for approval from the national "
        "medicines agency by the end of the year. Independent experts said the results were encouraging "
        "but that the full data should be published before conclusions were drawn.",
        "In a late-phase trial, Medilune's experimental vaccine against Varro fever, a virus spread by "
        "ticks, cut infections by 71%, the drug company said on Wednesday. The study enrolled 8,400 "
        "volunteers in three regions where the disease is widespread, half of whom were given the "
        "vaccine and half a placebo. Over a two-year period, 19 people who received the vaccine became "
        "ill, against 76 in the placebo group. The side effects were mostly mild, for example soreness "
        "where the injection was given, and fatigue. The company will apply to the national medicines "
        "agency for approval before the end of the year. Independent experts described the results as "
        "encouraging but said the full data should be published before drawing conclusions.",
        errors=[
            err("76", "number", "major", "66"),
            err("The company will apply", "modality", "major", "The company said it could apply"),
        ],
        traps=[
            trap("Varro fever, a virus spread by ticks", "the tick-borne Varro fever virus"),
            trap("half of whom were given the vaccine", "half received the vaccine"),
        ],
    ),
    # 35 -----------------------------------------------------------------
    case(
        "measles outbreak in school", "rewrite", "consistent",
        "Health officials have confirmed 17 cases of measles linked to Brookfield Primary School in "
        "Tallowmere, and have told unvaccinated pupils to stay at home for 21 days. The first case was "
        "identified on 2 May in a seven-year-old who had recently returned from abroad. Fourteen of the "
        "infected children were unvaccinated, the regional health agency said, and two have been "
        "treated in hospital. Both have since been discharged. About 89 percent of the school's 410 "
        "pupils have received two doses of the MMR vaccine, below the 95 percent considered necessary "
        "to prevent outbreaks. A vaccination clinic will be held at the school on Thursday and Friday. "
        "Parents have been urged to check their children's records.",
        "Seventeen measles cases have now been linked to Brookfield Primary School in Tallowmere, health "
        "officials have confirmed, and unvaccinated pupils have been told to stay at home for three "
        "weeks. The first case, identified on 2 May, was a seven-year-old who had recently come back "
        "from abroad. According to the regional health agency, all but three of the infected children "
        "were unvaccinated; two were treated in hospital, and both have since been discharged. Roughly "
        "89% of the school's 410 pupils have had both doses of the MMR vaccine, short of the 95% "
        "regarded as necessary to prevent outbreaks. The school will host a vaccination clinic on "
        "Thursday and Friday, and parents are being urged to check their children's records.",
        traps=[
            trap("for three weeks", "for 21 days"),
            trap("all but three of the infected children were unvaccinated",
                 "Fourteen of the infected children were unvaccinated"),
            trap("have had both doses of the MMR vaccine", "have received two doses of the MMR vaccine"),
            trap("short of the 95% regarded as necessary", "below the 95 percent considered necessary"),
        ],
    ),
    # 36 -----------------------------------------------------------------
    case(
        "surf competition", "summary", "inconsistent",
        "Local surfer Kai Tamura won the men's title at the Ironbay Pro on Sunday, beating defending "
        "champion Luca Ferreira in a final held in waves of up to three metres. Tamura, 22, scored 17.4 "
        "points out of a possible 20, including a near-perfect 9.2 for a long barrel ride in the closing "
        "minutes. Ferreira finished with 15.1. The women's event was won by Sienna Walsh, who defeated "
        "Mara Okonjo in a close final. Organisers said about 30,000 spectators attended over the five "
        "days of competition, a record for the event. The win earns Tamura a place on the international "
        "championship tour next season and prize money of $40,000.",
        "Kai Tamura, 22, took the Ironbay Pro men's title on Sunday with 17.4 out of 20 points, beating "
        "defending champion Luca Ferreira (15.1) helped by a 9.2 barrel ride in the closing minutes. "
        "Mara Okonjo won the women's event. Tamura earns $40,000 and a spot on next season's "
        "international championship tour; a record crowd of some 30,000 attended over five days.",
        errors=[
            err("Mara Okonjo", "entity", "critical", "Sienna Walsh"),
        ],
        traps=[
            trap("a spot on next season's international championship tour",
                 "a place on the international championship tour next season"),
            trap("a record crowd of some 30,000", "about 30,000 spectators"),
        ],
    ),
    # 37 -----------------------------------------------------------------
    case(
        "canal breach", "rewrite", "inconsistent",
        "A 20-metre section of the bank of the Hartley Canal gave way near the village of Oxcombe early "
        "on Monday, flooding six homes and several fields, the Waterways Trust said. Nobody was hurt. "
        "Engineers believe the breach was caused by burrowing animals weakening the embankment, although "
        "an investigation is under way. Around 30 boats were left stranded after the water level in a "
        "5-kilometre stretch of the canal dropped sharply. The trust has closed the affected stretch and "
        "says repairs could take up to four months. Resident Peter Lowe, whose kitchen was flooded, said "
        "water had 'poured across the lane like a river'. The trust has asked boaters to moor elsewhere "
        "and not to try to pass through.",
        "Six homes and several fields were flooded early on Monday when a 20-metre section of the "
        "Hartley Canal's bank collapsed near the village of Oxcombe, according to the Waterways Trust. "
        "There were no injuries. Engineers think burrowing animals weakened the embankment and caused "
        "the breach, though an investigation is still under way. About 30 boats sank after the water "
        "level along a 5km stretch of the canal fell sharply. The trust has shut the affected stretch "
        "and says repairs may take as long as four months. According to the trust, water 'poured across "
        "the lane like a river'. Boaters have been asked to moor elsewhere and not to attempt to pass "
        "through.",
        errors=[
            err("sank", "event", "major", "were left stranded"),
            err("According to the trust", "attribution", "minor",
                "Resident Peter Lowe, whose kitchen was flooded, said"),
        ],
        traps=[
            trap("There were no injuries", "Nobody was hurt"),
            trap("may take as long as four months", "could take up to four months"),
        ],
    ),
    # 38 -----------------------------------------------------------------
    case(
        "seed bank deposit", "summary", "consistent",
        "More than 21,000 seed samples from 14 countries were deposited at the Nordvik Seed Vault on "
        "Tuesday, bringing the total held in the Arctic facility to just over 1.3 million. Among the new "
        "arrivals were the first deposits from a farmers' cooperative in the Andes, which sent 340 "
        "varieties of potato and quinoa, and from a research institute in the Sahel. The vault, dug 130 "
        "metres into a mountainside, keeps the seeds at minus 18 degrees Celsius. It serves as a backup "
        "for national gene banks: depositors keep ownership of their seeds and are the only ones allowed "
        "to withdraw them. Vault manager Sigrid Holm said demand for storage had grown as droughts and "
        "conflicts threatened collections elsewhere.",
        "The Nordvik Seed Vault took in over 21,000 seed samples from 14 countries on Tuesday, taking "
        "its holdings past 1.3 million. First-time depositors included an Andean farmers' cooperative, "
        "which sent 340 potato and quinoa varieties, and a Sahel research institute. Seeds are stored "
        "at -18C, and depositors retain ownership and alone may withdraw them. Manager Sigrid Holm said "
        "droughts and conflicts threatening other collections had increased demand for storage.",
        traps=[
            trap("taking its holdings past 1.3 million",
                 "bringing the total held in the Arctic facility to just over 1.3 million"),
            trap("First-time depositors included", "Among the new arrivals were the first deposits from"),
            trap("-18C", "minus 18 degrees Celsius"),
            trap("alone may withdraw them", "are the only ones allowed to withdraw them"),
        ],
    ),
    # 39 -----------------------------------------------------------------
    case(
        "map archive release", "rewrite", "consistent",
        "The National Survey Office of Meridia has released more than 60,000 historical maps online, "
        "many of which had never been seen by the public, the office said on Monday. The collection "
        "spans from 1780 to 1950 and includes military surveys, town plans and hand-drawn maps of "
        "coastlines. All of the maps can be downloaded free of charge at high resolution and may be "
        "reused for any purpose, including commercially. The digitisation took four years and was "
        "carried out by a team of 12 archivists. Chief archivist Tomasz Wielgus said the oldest maps "
        "were so fragile that they had to be photographed on a special cradle. A further 25,000 maps are "
        "due to be added next year.",
        "More than 60,000 historical maps, many never before seen by the public, have been put online by "
        "Meridia's National Survey Office, it announced on Monday. Covering the period 1780 to 1950, the "
        "collection features military surveys, town plans and hand-drawn coastal maps. Every map can be "
        "downloaded in high resolution without charge and reused for any purpose, commercial use "
        "included. A team of 12 archivists spent four years digitising the material. According to chief "
        "archivist Tomasz Wielgus, the oldest maps were too fragile to be photographed without a special "
        "cradle. Another 25,000 are scheduled to be added next year.",
        traps=[
            trap("have been put online by Meridia's National Survey Office",
                 "The National Survey Office of Meridia has released more than 60,000 historical maps "
                 "online"),
            trap("without charge", "free of charge"),
            trap("commercial use included", "including commercially"),
            trap("A team of 12 archivists spent four years digitising the material",
                 "The digitisation took four years and was carried out by a team of 12 archivists"),
            trap("too fragile to be photographed without a special cradle",
                 "so fragile that they had to be photographed on a special cradle"),
        ],
    ),
    # 40 -----------------------------------------------------------------
    case(
        "data breach fine", "summary", "inconsistent",
        "The data protection regulator has fined online pharmacy MedExpress Direct €2.8 million after a "
        "breach exposed the prescriptions and home addresses of about 310,000 customers. The regulator "
        "found that the company had failed to encrypt a customer database and had not reported the "
        "breach within the required 72 hours, informing authorities only nine days after discovering "
        "it. There is no evidence that the data has been misused, the regulator said, but customers "
        "should be alert to phishing emails. MedExpress Direct said it accepted the findings, had since "
        "upgraded its security and would not appeal. The fine is the largest ever imposed by the "
        "regulator on a healthcare company.",
        "Online pharmacy MedExpress Direct has been fined €2.8m, the regulator's largest ever penalty "
        "for a healthcare firm, after a breach exposed prescriptions and home addresses of some 310,000 "
        "customers. It had failed to encrypt a customer database and took nine days to report the "
        "breach, beyond the required 72 hours. The company, which has since upgraded its security, said "
        "it would appeal.",
        errors=[
            err("would appeal", "polarity", "major", "would not appeal"),
        ],
        traps=[
            trap("the regulator's largest ever penalty for a healthcare firm",
                 "The fine is the largest ever imposed by the regulator on a healthcare company"),
            trap("took nine days to report the breach",
                 "informing authorities only nine days after discovering it"),
        ],
    ),
]
