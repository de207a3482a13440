"""Ten inconsistent rewrite pairs (hand-written; all names invented)."""
from ._helpers import case, err, omit, trap

CASES = [
    case(
        "milk tanker crash", "rewrite",
        "A tanker carrying 28,000 litres of milk overturned on the A417 near Coldharbour on Wednesday morning, "
        "closing the road in both directions for nearly seven hours. The driver, a 52-year-old man, was taken to "
        "Westbury General Hospital with injuries that were not thought to be life-threatening. Firefighters spent "
        "much of the day helping to transfer the remaining milk into another vehicle, and the Environment Office "
        "said some had entered a nearby stream, where it was monitoring oxygen levels to protect fish. Police "
        "have appealed for witnesses, particularly drivers with dashcam footage. The haulier, Brookvale "
        "Logistics, said it was cooperating fully with the investigation.",
        "A tanker carrying 28,000 litres of milk overturned on the A417 near Coldharbour on Wednesday morning, "
        "and the road was shut in both directions for almost seven hours. The 25-year-old driver was taken to "
        "Westbury General Hospital. Firefighters spent much of the day helping to transfer the remaining milk "
        "into a second vehicle. Some of the milk reached a nearby stream, the Environment Office said, and it is "
        "monitoring oxygen levels there to protect fish. Police are appealing for witnesses, especially motorists "
        "with dashcam footage, and the haulier, Brookvale Logistics, says it is cooperating fully with the "
        "investigation.",
        errors=[
            err("number", "25-year-old", "52-year-old", "minor"),
            omit("with injuries that were not thought to be life-threatening", "major",
                 after="Westbury General Hospital"),
        ],
        traps=[
            trap("almost seven hours", "nearly seven hours"),
            trap("a second vehicle", "another vehicle"),
        ],
    ),
    case(
        "soft drink tax", "rewrite",
        "Finance Minister Helena Strand said on Monday that a tax on sugary soft drinks could be introduced as "
        "early as next April, as the government looks for ways to reduce childhood obesity. Under proposals "
        "published for consultation, drinks containing more than 5 grams of sugar per 100 millilitres would be "
        "taxed at 18 cents per litre, rising to 24 cents for those above 8 grams. Officials estimate the levy "
        "would raise about 210 million a year, which Strand said would be spent on school sports and free "
        "breakfast clubs. The Beverage Producers Association said the tax would cost jobs and hit low-income "
        "households hardest. The consultation closes on 30 September.",
        "Sugary soft drinks will be taxed from next April, Finance Minister Helena Strand said on Monday, as the "
        "government looks for ways to tackle childhood obesity. The proposals put out for consultation set a rate "
        "of 18 cents a litre for drinks with over 5g of sugar per 100ml, and 24 cents for those with more than "
        "8g. Officials expect the levy to bring in around 210 million a year, which the minister said would fund "
        "school sports and free breakfast clubs. The Beverage Producers Association warned that jobs would be "
        "lost and that lower-income households would be hit hardest. The consultation runs until 30 September.",
        errors=[
            err("modality", "will be taxed from next April",
                "could be introduced as early as next April", "major"),
        ],
        traps=[
            trap("over 5g of sugar per 100ml", "more than 5 grams of sugar per 100 millilitres"),
            trap("runs until 30 September", "closes on 30 September"),
        ],
    ),
    case(
        "shopping centre sale", "rewrite",
        "The Grange Shopping Centre in Middlecote has been sold by Harrow Point Estates to the investment firm "
        "Calder Reid for 46 million pounds, less than half the 98 million pounds it fetched in 2016. The deal was "
        "completed on 3 March, according to a statement from Calder Reid, which said it planned to convert part "
        "of the upper floor into flats and a medical centre. Occupancy at the 1970s centre has fallen to 72 per "
        "cent after the departure of two department stores in 2021. Harrow Point said the sale was part of a "
        "strategy to reduce its exposure to retail property. Middlecote Council, which owns the land under the "
        "centre, welcomed the new owners' plans.",
        "Harrow Point Estates has bought the Grange Shopping Centre in Middlecote from the investment firm Calder "
        "Reid for £46m, under half the £98m the site fetched in 2016. In a statement, Calder Reid said the deal "
        "went through on 3 March and that it planned to turn part of the upper floor into flats and a medical "
        "centre. Occupancy at the 1970s centre has dropped to 72 per cent since two department stores pulled out "
        "in 2016. Harrow Point said the sale was part of a plan to cut its exposure to retail property, and "
        "Middlecote Council, which owns the land beneath the centre, welcomed the new owners' plans.",
        errors=[
            err("role",
                "Harrow Point Estates has bought the Grange Shopping Centre in Middlecote from the investment "
                "firm Calder Reid",
                "sold by Harrow Point Estates to the investment firm Calder Reid", "critical"),
            err("date", "2016", "2021", "minor", occ=1),
        ],
        traps=[
            trap("under half", "less than half"),
            trap("went through on 3 March", "was completed on 3 March"),
        ],
    ),
    case(
        "hospital merger plan", "rewrite",
        "Health officials have proposed merging St Columba's Hospital in Ravensby with Northfield General, 14 "
        "miles away, to form a single trust with 1,450 beds. Under the plan, published by the Ravensby "
        "Integrated Care Board on Thursday, St Columba's would keep its emergency department but complex surgery "
        "would move to Northfield. The board said the merger would save about 19 million pounds a year, mainly "
        "through shared administration and purchasing. Unions representing nursing staff said they had not been "
        "consulted and warned that patients in rural areas would face longer journeys. Chief executive Martin "
        "Osei said no jobs would be lost on the front line. A 12-week public consultation begins next month.",
        "The Ravensby Integrated Care Board on Thursday published plans to merge St Columba's Hospital in "
        "Ravensby with Northfield General, 14 miles away, creating one trust with 1,450 beds. St Columba's would "
        "retain its emergency department, but complex operations would be transferred to Northfield. The board "
        "expects savings of around £19m a year, largely from combined administration and purchasing. Nursing "
        "unions said they had been consulted on the proposals. Patients in rural areas would face longer "
        "journeys, chief executive Martin Osei conceded, though he insisted that no front-line jobs would go. A "
        "public consultation lasting 12 weeks will start next month.",
        errors=[
            err("polarity", "had been consulted", "had not been consulted", "major"),
            err("attribution", "chief executive Martin Osei conceded",
                "Unions representing nursing staff", "major"),
        ],
        traps=[
            trap("complex operations", "complex surgery"),
            trap("around £19m a year", "about 19 million pounds a year"),
            trap("lasting 12 weeks", "12-week"),
        ],
    ),
    case(
        "police overtime bill", "rewrite",
        "Westland Police spent 14.6 million pounds on officer overtime in the last financial year, up from 9.8 "
        "million pounds the year before, figures released under freedom of information rules show. The force "
        "said the rise was largely due to policing a series of large protests in the city centre and covering "
        "for a shortage of 230 officers. One sergeant claimed more than 41,000 pounds in overtime, almost "
        "doubling his basic salary. Police and Crime Commissioner Ellen Marsh said the spending was 'not "
        "sustainable' and that a recruitment drive would aim to fill vacancies by the end of next year. The "
        "Westland Police Federation said officers were exhausted.",
        "Westland Police's overtime bill rose by almost a third last financial year to £14.6m, according to "
        "figures obtained through a freedom of information request. The force blamed the increase mainly on "
        "policing a string of big protests in the city centre and on covering for 230 unfilled officer posts. "
        "One sergeant claimed over £41,000 in overtime, which came close to doubling his basic salary. Ellen "
        "Marsh, the police and crime commissioner, described the spending as 'not sustainable' and said a "
        "recruitment drive would aim to fill the vacancies by the end of next year. Officers are exhausted, "
        "according to the Westland Police Federation.",
        errors=[
            err("number", "rose by almost a third", "up from 9.8 million pounds", "major"),
        ],
        traps=[
            trap("230 unfilled officer posts", "a shortage of 230 officers"),
            trap("came close to doubling", "almost doubling"),
        ],
    ),
    case(
        "fishing boat sinking", "rewrite",
        "Four crew members were rescued and one is missing after the fishing boat Morwenna sank about 20 "
        "nautical miles off Kessock Head early on Sunday. The coastguard said the 18-metre trawler, based in the "
        "port of Ardnish, sent a distress call at 4.40am reporting that it was taking on water in heavy seas. A "
        "lifeboat and a coastguard helicopter reached the scene within an hour and pulled four men from a life "
        "raft. The search for the fifth crew member, the vessel's 46-year-old skipper, was suspended at "
        "nightfall and will resume at first light. The Marine Accident Investigation Board has opened an "
        "inquiry.",
        "The Ardnish-based trawler Morwenna sank roughly 20 nautical miles off Kessock Head in the early hours of "
        "Sunday, and one of its five crew is missing. According to the coastguard, the 18-metre boat radioed for "
        "help at 4.40am, saying it was taking on water in rough seas. Within an hour, a lifeboat and a coastguard "
        "helicopter were at the scene and had lifted four men from a life raft. The search for the missing man, "
        "the 46-year-old skipper, was called off at nightfall. An inquiry has been opened by the Marine Accident "
        "Investigation Board.",
        errors=[
            err("event", "was called off at nightfall",
                "was suspended at nightfall and will resume at first light", "major"),
        ],
        traps=[
            trap("in the early hours of Sunday", "early on Sunday"),
            trap("radioed for help", "sent a distress call"),
        ],
    ),
    case(
        "army barracks conversion", "rewrite",
        "The former Fenwick Barracks in Aldersby is to be converted into 620 homes, a primary school and a "
        "health centre after the Defence Estates Agency sold the site to developer Holmfirth Living. Around 30 "
        "per cent of the homes will be classed as affordable, and the Grade II listed officers' mess will be "
        "restored as a community hall. The barracks closed in 2019 when the Royal Aldmoor Rifles moved to "
        "Catterham. Holmfirth Living expects the first residents to move in during 2027. Aldersby Town Council "
        "had campaigned for the parade ground to be kept as a public green, and the developer has agreed to "
        "this.",
        "Developer Holmfirth Living has bought the former Fenwick Barracks in Aldersby from the Defence Estates "
        "Agency and will turn it into 620 homes and a primary school. Roughly three in ten of the new homes will "
        "be classed as affordable, and the Grade II listed drill hall will be restored for use as a community "
        "hall. The barracks closed in 2019, when the Royal Aldmoor Rifles relocated to Catterham. The first "
        "residents are expected to move in during 2027, according to Holmfirth Living. The developer has also "
        "agreed to keep the parade ground as a public green, as Aldersby Town Council had campaigned for.",
        errors=[
            omit("a health centre", "minor", after="a primary school"),
            err("entity", "drill hall", "officers' mess", "minor"),
        ],
        traps=[
            trap("Roughly three in ten", "Around 30 per cent"),
            trap("relocated to Catterham", "moved to Catterham"),
        ],
    ),
    case(
        "new airline route", "rewrite",
        "Budget carrier SkyLark Air will launch a direct route between Penhallow Airport and the Portuguese city "
        "of Alvarim from 2 June, operating three flights a week on Tuesdays, Thursdays and Saturdays. One-way "
        "fares will start at 39 pounds including taxes. The airline expects to carry around 45,000 passengers "
        "on the route in its first year and will base a second aircraft at Penhallow to serve it, creating 30 "
        "jobs. Penhallow's managing director, Sian Treharne, said the route was the airport's first to mainland "
        "Europe since 2018. SkyLark Air said it would consider adding a daily service if demand was strong.",
        "From 2 June, budget airline SkyLark Air will fly direct between Penhallow Airport and the Portuguese "
        "city of Alvarim, with three flights a week on Tuesdays, Thursdays and Saturdays. Fares start at £39 one "
        "way, taxes included. SkyLark Air expects the route to carry about 45,000 passengers in its first year, "
        "and it will station a second aircraft at Penhallow to operate it, creating 30 jobs. According to Sian "
        "Treharne, the airport's managing director, it is Penhallow's first route to mainland Europe since 2018. "
        "The airline said it would consider adding a daily service if demand was strong. Fares start at £39 one "
        "way, taxes included.",
        errors=[
            err("repetition", "Fares start at £39 one way, taxes included", None, "minor", occ=1),
        ],
        traps=[
            trap("taxes included", "including taxes", occ=0),
            trap("station a second aircraft", "base a second aircraft"),
        ],
    ),
    case(
        "castle ruins stabilisation", "rewrite",
        "Emergency work to stabilise the ruins of Dunraven Castle has begun after a section of the 13th-century "
        "curtain wall partly collapsed during storms in January. Heritage body Historic Caledra, which manages "
        "the site, said the 750,000 pound project would involve rebuilding the damaged section with original "
        "stone recovered from the rubble and installing hidden steel supports in the north-west tower. The "
        "castle will remain closed to visitors until the work finishes, which is expected to be in late "
        "October. Site manager Fiona Lennox said engineers had found that years of water seeping into the "
        "masonry had weakened the wall long before the storms.",
        "Emergency repairs have started at the ruins of Dunraven Castle, where a section of the 13th-century "
        "curtain wall partly collapsed during storms in January. Historic Caledra, the heritage body that looks "
        "after the site, said the £750,000 project, which is partly funded by a public appeal, would see the "
        "damaged section rebuilt with original stone salvaged from the rubble and concealed steel supports "
        "fitted in the north-west tower. The castle stays closed to visitors until the work is complete, likely "
        "in late October. According to site manager Fiona Lennox, engineers found that water had been seeping "
        "into the masonry for years, weakening the wall well before the storms.",
        errors=[
            err("addition", "which is partly funded by a public appeal", None, "minor"),
        ],
        traps=[
            trap("salvaged from the rubble", "recovered from the rubble"),
            trap("concealed steel supports", "hidden steel supports"),
            trap("likely in late October", "expected to be in late October"),
        ],
    ),
    case(
        "court martial verdict", "rewrite",
        "A court martial at Hartmoor Garrison has found Corporal Daniel Reyes, 29, guilty of assaulting a junior "
        "soldier during a night training exercise in March last year. The board of officers cleared him of a "
        "second charge of disgraceful conduct. The court heard that Reyes struck Private Owen Tully, 19, several "
        "times after Tully fell behind on a march, leaving him with a fractured cheekbone. Reyes denied both "
        "charges. He will be sentenced on 14 November and has been suspended from duty. In a statement, the Army "
        "said bullying had 'no place' in the service and that it would review supervision on training "
        "exercises.",
        "Corporal Daniel Reyes, 29, has been found guilty by a court martial at Hartmoor Garrison of assaulting "
        "a junior soldier and of disgraceful conduct during a night training exercise in March this year. The "
        "court was told that Reyes hit Private Owen Tully, 19, repeatedly after he fell behind on a march, "
        "fracturing his cheekbone. Reyes, who had denied both charges, has been suspended from duty and will be "
        "sentenced on 14 November. The Army said in a statement that bullying had 'no place' in the service and "
        "that supervision on training exercises would be reviewed.",
        errors=[
            err("polarity", "and of disgraceful conduct",
                "cleared him of a second charge of disgraceful conduct", "critical"),
            err("date", "in March this year", "in March last year", "minor"),
        ],
        traps=[
            trap("repeatedly", "several times"),
            trap("fracturing his cheekbone", "leaving him with a fractured cheekbone"),
            trap("supervision on training exercises would be reviewed",
                 "it would review supervision on training exercises"),
        ],
    ),
]
