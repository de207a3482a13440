"""Rewrite pairs for set164: 10 consistent, 10 inconsistent."""

from . import E, T

CASES = [
    # ------------------------------------------------------------------ 1
    dict(
        domain="artificial reef sinking", mode="rewrite", label="consistent",
        reference=(
            "The decommissioned cargo vessel Marla Crest was scuttled off Pellow Point on Thursday morning "
            "to form an artificial reef, the Haverley Coast Authority said. The 62-metre ship went down in "
            "31 metres of water at 10:40, about 14 minutes after charges were detonated along her hull. "
            "Authority chair Denise Okafor said divers had spent eight months stripping fuel, paint and "
            "wiring from the vessel before the sinking. Recreational diving at the site will not be "
            "permitted until a survey confirms the wreck has settled, which is expected to take around six "
            "weeks. The project cost 1.4 million dollars, two-thirds of which came from a regional tourism "
            "grant. Similar reefs elsewhere on the coast have attracted more than 40 species of fish within "
            "two years, according to the authority."
        ),
        candidate=(
            "The Haverley Coast Authority said the decommissioned cargo ship Marla Crest was scuttled off "
            "Pellow Point on Thursday morning to form an artificial reef. The 62m vessel sank in 31 metres "
            "of water at 10.40am, about 14 minutes after charges along her hull were detonated. According to "
            "the authority's chair, Denise Okafor, divers spent eight months before the sinking stripping "
            "fuel, paint and wiring from the ship. Recreational divers will be kept away from the site until "
            "a survey confirms the wreck has settled, a process likely to take about six weeks. Two-thirds of "
            "the $1.4m project cost came from a regional tourism grant. The authority says comparable reefs "
            "along the coast have drawn over 40 fish species within two years."
        ),
        errors=[],
        traps=[
            T("62m vessel", "62-metre ship"),
            T("10.40am", "10:40"),
            T("a process likely to take about six weeks", "which is expected to take around six weeks"),
            T("$1.4m", "1.4 million dollars"),
            T("over 40 fish species", "more than 40 species of fish"),
        ],
    ),
    # ------------------------------------------------------------------ 2
    dict(
        domain="shortwave station closure", mode="rewrite", label="inconsistent",
        reference=(
            "The Orrin Bay shortwave transmitting station, which has broadcast overseas services for 71 "
            "years, will switch off its last transmitter on 30 June, its owner Meridian Broadcast Networks "
            "said on Friday. The company said audiences for shortwave had fallen by around 80 per cent in a "
            "decade as listeners moved online, and that the site's running costs of 2.1 million dollars a "
            "year could no longer be justified. Its remaining services for listeners in remote mountain "
            "regions will move to satellite and online streams. Eleven of the station's 14 staff will be "
            "offered jobs elsewhere in the company. Local historian Brian Colley said the station's 90-metre "
            "masts had been 'part of the skyline for generations' and called for one to be preserved."
        ),
        candidate=(
            "Meridian Broadcast Networks announced on Friday that its Orrin Bay shortwave station will fall "
            "silent on 30 July, ending 71 years of overseas broadcasting. Shortwave audiences have dropped by "
            "about four-fifths over ten years as listeners switched to the internet, the company said, and "
            "the site's $2.1m annual running costs could no longer be justified. Remaining services will "
            "move to satellite and online streams. Of the station's 14 employees, 11 will be offered other "
            "roles within the company. Brian Colley, a local historian, said the 90m masts had been 'part of "
            "the skyline for generations' and urged that one be kept."
        ),
        errors=[
            E("30 July", "date", "major", "30 June"),
            E("", "omission", "minor", "for listeners in remote mountain regions", after="Remaining services"),
        ],
        traps=[
            T("about four-fifths over ten years", "around 80 per cent in a decade"),
            T("$2.1m annual running costs", "running costs of 2.1 million dollars a year"),
            T("Of the station's 14 employees, 11", "Eleven of the station's 14 staff"),
        ],
    ),
    # ------------------------------------------------------------------ 3
    dict(
        domain="letterbox painted gold", mode="rewrite", label="consistent",
        reference=(
            "A postbox in the village of Tarrow Green has been painted gold to mark the Paralympic victory "
            "of local cyclist Imogen Vale, Royal Post Services confirmed on Monday. Vale, 24, won the women's "
            "C3 road time trial at the Paralympic Games in Velmora last month, finishing 38 seconds ahead of "
            "her nearest rival. The company said the box on Mill Lane was repainted overnight on Sunday and "
            "would keep its gold livery permanently. It is the third box in the county to be painted in this "
            "way since 2021. Parish council chair Roger Hensby said residents had campaigned for the tribute "
            "for several weeks and that a small ceremony would be held at the box on Saturday at 11am. Vale "
            "is expected to attend."
        ),
        candidate=(
            "Royal Post Services confirmed on Monday that a postbox in the village of Tarrow Green has been "
            "turned gold in honour of local cyclist Imogen Vale's Paralympic win. The 24-year-old took the "
            "women's C3 road time trial at the Paralympic Games in Velmora last month, beating her closest "
            "rival by 38 seconds. The Mill Lane box was repainted on Sunday night and will stay gold for "
            "good, the company said. It is the county's third box to be given the treatment since 2021. "
            "According to parish council chair Roger Hensby, residents spent several weeks campaigning for "
            "the tribute, and a small ceremony will take place at the box at 11am on Saturday. Vale is "
            "likely to attend."
        ),
        errors=[],
        traps=[
            T("The 24-year-old", "Vale, 24,"),
            T("beating her closest rival by 38 seconds", "finishing 38 seconds ahead of her nearest rival"),
            T("will stay gold for good", "would keep its gold livery permanently"),
            T("repainted on Sunday night", "repainted overnight on Sunday"),
            T("likely to attend", "expected to attend"),
        ],
    ),
    # ------------------------------------------------------------------ 4 (rewrite, inconsistent)
    dict(
        domain="ferry booking system crash", mode="rewrite", label="inconsistent",
        reference=(
            "The online booking system of ferry operator Northsound Lines crashed for nine hours on "
            "Saturday, leaving thousands of passengers unable to buy or change tickets during the start of "
            "the school holidays. Chief executive Mark Huxley apologised and said the fault had been traced "
            "to a failed software update installed overnight. About 4,200 bookings were affected, according "
            "to the company. Passengers who missed sailings will receive full refunds, and those who paid "
            "extra for later crossings can claim up to 150 pounds per vehicle in compensation. The regional "
            "transport commissioner, Alison Teague, said she had asked the company for a full report within "
            "14 days. Sailings themselves were not affected and ran to timetable."
        ),
        candidate=(
            "Thousands of Northsound Lines passengers were unable to buy or change tickets on Saturday after "
            "the ferry operator's online booking system went down for nine hours at the start of the school "
            "holidays. Chief executive Mark Huxley apologised, while regional transport commissioner Alison "
            "Teague said the fault had been traced to a failed software update installed overnight. The "
            "company put the number of affected bookings at around 2,400. Anyone who missed a sailing will be "
            "fully refunded, and passengers who paid more for a later crossing can claim compensation of up "
            "to \u00a3150 per vehicle. Ms Teague has asked Northsound for a full report within a fortnight. "
            "Sailings were unaffected and ran to timetable."
        ),
        errors=[
            E("regional transport commissioner Alison Teague", "attribution", "major",
              "Chief executive Mark Huxley"),
            E("2,400", "number", "major", "4,200"),
        ],
        traps=[
            T("went down for nine hours", "crashed for nine hours"),
            T("within a fortnight", "within 14 days"),
        ],
    ),
    # ------------------------------------------------------------------ 5
    dict(
        domain="banjo maker workshop", mode="rewrite", label="consistent",
        reference=(
            "Banjo maker Callum Threlfall is to open a teaching workshop in the former Ashby Street fire "
            "station in Dunmere after the town council approved a ten-year lease on Wednesday. Threlfall, "
            "who has built instruments by hand for 27 years, said the workshop would take up to six "
            "apprentices at a time and offer weekend courses for beginners. The council will charge a "
            "reduced rent of 9,000 pounds a year for the first three years, rising to 14,500 pounds "
            "thereafter. Councillor Ayesha Brand said the building had stood empty since 2019 and that the "
            "lease would bring 'skilled craft work back to the high street'. Work to convert the ground floor "
            "is due to begin in March, with the first courses planned for the autumn."
        ),
        candidate=(
            "Dunmere town council on Wednesday approved a ten-year lease allowing banjo maker Callum "
            "Threlfall to open a teaching workshop in the old Ashby Street fire station. Threlfall, a "
            "hand-builder of instruments for 27 years, said the workshop would take a maximum of six "
            "apprentices at once and run weekend courses for beginners. The council will cut the rent to "
            "\u00a39,000 a year for the first three years, after which it will rise to \u00a314,500. The "
            "building has been empty since 2019, said councillor Ayesha Brand, adding that the lease would "
            "bring 'skilled craft work back to the high street'. Conversion of the ground floor is scheduled "
            "to start in March, and the first courses are planned for the autumn."
        ),
        errors=[],
        traps=[
            T("Dunmere town council on Wednesday approved a ten-year lease",
              "the town council approved a ten-year lease on Wednesday"),
            T("a hand-builder of instruments for 27 years", "who has built instruments by hand for 27 years"),
            T("a maximum of six apprentices at once", "up to six apprentices at a time"),
            T("\u00a39,000 a year", "9,000 pounds a year"),
            T("is scheduled to start in March", "is due to begin in March"),
        ],
    ),
    # ------------------------------------------------------------------ 6
    dict(
        domain="hearing aid battery recall", mode="rewrite", label="inconsistent",
        reference=(
            "Medical supplies firm Castor Audiology is recalling around 310,000 packs of size 312 hearing aid "
            "batteries after tests found some could overheat when left in a hot car or pocket. The recall "
            "covers packs sold between 1 February and 15 May with batch codes beginning 'CA-24'. The company "
            "said there had been four reports of batteries becoming hot to the touch but no injuries. "
            "Customers should stop using the batteries immediately and should not throw them away with "
            "household waste; instead they can be returned to any pharmacy for a full refund, without a "
            "receipt. The national product safety regulator said it was monitoring the recall. Batteries of "
            "other sizes are not affected."
        ),
        candidate=(
            "Around 310,000 packs of size 312 hearing aid batteries are being recalled by medical supplies "
            "firm Castor Audiology after testing showed some could overheat if left in a hot car or pocket. "
            "Affected packs were sold from 1 February to 15 May and carry batch codes starting 'CA-24'. Four "
            "reports of batteries getting hot to the touch have been received, the company said, though "
            "nobody was hurt. Customers should immediately stop using the batteries and may dispose of them "
            "with household waste, or return them to any pharmacy for a full refund - no receipt is needed. "
            "The national product safety regulator says it is monitoring the recall. Other battery sizes are "
            "unaffected."
        ),
        errors=[
            E("may dispose of them with household waste", "polarity", "critical",
              "should not throw them away with household waste"),
        ],
        traps=[
            T("nobody was hurt", "no injuries"),
            T("no receipt is needed", "without a receipt"),
            T("Other battery sizes are unaffected", "Batteries of other sizes are not affected"),
        ],
    ),
    # ------------------------------------------------------------------ 7
    dict(
        domain="verge mowing reduction", mode="rewrite", label="consistent",
        reference=(
            "Kelderby County Council will cut the number of times it mows rural road verges from four a "
            "year to two, starting in April, in a move it says will save 180,000 pounds annually and help "
            "wildflowers recover. Verges at junctions and on bends will still be cut regularly so that "
            "drivers' sightlines are not blocked, highways manager Priya Lomax said. The change affects "
            "about 1,100 miles of roadside. A trial on 60 miles of verges near Hobb's Cross last year "
            "recorded a 35 per cent rise in flowering plant species, according to the county's ecology "
            "team. Some parish councils have objected, saying longer grass looks untidy and may hide litter. "
            "The council said it would review the policy after two years."
        ),
        candidate=(
            "From April, Kelderby County Council will mow rural road verges twice a year instead of four "
            "times, a change it says will save \u00a3180,000 a year and help wildflowers recover. Highways "
            "manager Priya Lomax said verges on bends and at junctions would still be cut regularly so that "
            "drivers' sightlines stay clear. Roughly 1,100 miles of roadside will be affected. According to "
            "the county's ecology team, a trial last year on 60 miles of verges near Hobb's Cross saw a 35% "
            "rise in flowering plant species. A number of parish councils have objected, arguing that longer "
            "grass looks untidy and could conceal litter. The council says it will review the policy after "
            "two years."
        ),
        errors=[],
        traps=[
            T("twice a year instead of four times", "from four a year to two"),
            T("\u00a3180,000 a year", "180,000 pounds annually"),
            T("Roughly 1,100 miles", "about 1,100 miles"),
            T("35% rise", "35 per cent rise"),
            T("could conceal litter", "may hide litter"),
        ],
    ),
    # ------------------------------------------------------------------ 8
    dict(
        domain="school playing field sale", mode="rewrite", label="inconsistent",
        reference=(
            "Brambleton Borough Council has agreed to sell the former playing field of the closed Linfield "
            "Road primary school to housing association Oakvale Homes for 2.75 million pounds. Oakvale plans "
            "to build 48 homes on the site, 30 of which will be for social rent. Under the deal, the housing "
            "association will lease a strip of land along the northern edge back to the council for 1 pound "
            "a year for use as a public play area. The sale was approved by the council's cabinet on "
            "Thursday by six votes to two. Campaigners from the Save Linfield Field group said they were "
            "disappointed and would consider a legal challenge. The school closed in 2020 because of falling "
            "pupil numbers."
        ),
        candidate=(
            "Housing association Oakvale Homes is to buy the former playing field of the closed Linfield Road "
            "primary school from Brambleton Borough Council for \u00a32.75m. Oakvale intends to build 48 "
            "homes there, with 30 earmarked for social rent. As part of the agreement, the council will "
            "lease a strip of land along the northern edge to Oakvale for \u00a31 a year, to be used as a "
            "public play area. The council's cabinet approved the sale on Thursday by six votes to two. "
            "Campaigners from the Save Linfield Field group said they were disappointed and would consider a "
            "legal challenge. Falling pupil numbers led to the school's closure in 2020."
        ),
        errors=[
            E("the council will lease a strip of land along the northern edge to Oakvale", "role", "major",
              "the housing association will lease a strip of land along the northern edge back to the council"),
        ],
        traps=[
            T("Housing association Oakvale Homes is to buy the former playing field",
              "has agreed to sell the former playing field"),
            T("with 30 earmarked for social rent", "30 of which will be for social rent"),
            T("Falling pupil numbers led to the school's closure in 2020",
              "The school closed in 2020 because of falling pupil numbers"),
        ],
    ),
    # ------------------------------------------------------------------ 9
    dict(
        domain="telegraph pole replacement", mode="rewrite", label="consistent",
        reference=(
            "Network operator Linwell Telecom has begun replacing 2,300 wooden telegraph poles across the "
            "Brackenfold valley, a programme it expects to finish by the end of next year. The company said "
            "about one in five of the poles in the area had been found to be rotting at the base during "
            "inspections in 2023. Replacement poles will be made of treated larch and are designed to last "
            "at least 40 years. Engineers will work in one parish at a time and short road closures may be "
            "needed, spokesperson Martin Adeyemi said, adding that residents would receive letters a "
            "fortnight before work starts near their homes. The 3.2 million pound scheme is not expected to "
            "interrupt broadband or telephone services."
        ),
        candidate=(
            "Linwell Telecom has started replacing 2,300 wooden telegraph poles in the Brackenfold valley, a "
            "programme the network operator expects to complete by the end of next year. Inspections in 2023 "
            "found that roughly 20% of the poles in the area were rotting at the base, the company said. The "
            "new poles, made of treated larch, are designed to last for 40 years or more. Spokesperson Martin "
            "Adeyemi said engineers would work through one parish at a time and brief road closures could be "
            "required, adding that residents would be written to two weeks before work begins near their "
            "homes. The \u00a33.2m scheme is not expected to disrupt broadband or phone services."
        ),
        errors=[],
        traps=[
            T("roughly 20%", "about one in five"),
            T("for 40 years or more", "at least 40 years"),
            T("brief road closures could be required", "short road closures may be needed"),
            T("two weeks before work begins", "a fortnight before work starts"),
            T("\u00a33.2m", "3.2 million pound"),
        ],
    ),
    # ------------------------------------------------------------------ 10
    dict(
        domain="tea room licence", mode="rewrite", label="consistent",
        reference=(
            "The Willowmere Tea Room in Castle Lanby has been granted a licence to serve alcohol, despite "
            "objections from three neighbours, after a hearing before the district council's licensing "
            "committee on Tuesday. Owners Graham and Sunita Pell applied to sell wine, beer and cider with "
            "meals between 11am and 9pm, seven days a week. Objectors had raised concerns about noise from "
            "the tea room's garden. The committee approved the application but imposed a condition that the "
            "garden must be cleared of customers by 8pm. Alcohol may only be sold to diners who are eating a "
            "meal. Mrs Pell said the couple were 'delighted' and hoped to begin serving in time for the "
            "Easter weekend."
        ),
        candidate=(
            "A Castle Lanby tea room has been granted an alcohol licence by the district council's licensing "
            "committee, which overrode objections from three neighbours at a hearing on Tuesday. Graham and "
            "Sunita Pell, who own the Willowmere Tea Room, had applied to sell wine, beer and cider with meals "
            "from 11am to 9pm every day of the week. The neighbours who objected were worried about noise "
            "from the garden. The committee approved the application on condition that customers are out of "
            "the garden by 8pm, and alcohol may be sold only to diners having a meal. Mrs Pell said the "
            "couple were 'delighted' and hoped to start serving in time for the Easter weekend."
        ),
        errors=[],
        traps=[
            T("which overrode objections from three neighbours", "despite objections from three neighbours"),
            T("every day of the week", "seven days a week"),
            T("on condition that customers are out of the garden by 8pm",
              "imposed a condition that the garden must be cleared of customers by 8pm"),
            T("alcohol may be sold only to diners having a meal",
              "Alcohol may only be sold to diners who are eating a meal"),
        ],
    ),
    # ------------------------------------------------------------------ 11
    dict(
        domain="lobster size limit", mode="rewrite", label="inconsistent",
        reference=(
            "The fisheries ministry is proposing to raise the minimum landing size for lobsters in the "
            "Carrack Sound from 87 millimetres to 90 millimetres of carapace length, in an effort to let more "
            "animals breed before being caught. The change would come into force in January 2026 if approved "
            "after a twelve-week consultation that opens on Monday. Scientists at the Carrack Marine "
            "Institute estimate that the stock has fallen by a quarter since 2015. The Sound Fishermen's "
            "Association said the rule could cut members' catches by up to 15 per cent in the first two "
            "years, and called for compensation. Around 140 boats fish for lobster in the area."
        ),
        candidate=(
            "Lobsters landed in the Carrack Sound would need a carapace length of at least 90mm, up from "
            "87mm, under fisheries ministry proposals aimed at letting more of them breed before they are "
            "caught. A twelve-week consultation opens on Monday, and the change will come into force in "
            "January 2026. Scientists at the Carrack Marine Institute estimate the stock has fallen by 15% "
            "since 2015. The Sound Fishermen's Association warned that the rule could reduce members' "
            "catches by as much as 15% over the first two years, and called for compensation. Some 140 boats "
            "fish for lobster in the area."
        ),
        errors=[
            E("will come into force in January 2026", "modality", "major",
              "would come into force in January 2026 if approved"),
            E("15%", "number", "major", "a quarter", occ=0),
        ],
        traps=[
            T("as much as 15%", "up to 15 per cent"),
            T("Some 140 boats", "Around 140 boats"),
        ],
    ),
    # ------------------------------------------------------------------ 12
    dict(
        domain="fire lookout camera network", mode="rewrite", label="inconsistent",
        reference=(
            "The state forestry service is to install 26 remote cameras on lookout towers across the "
            "Ridgeback Ranges to spot wildfires earlier, replacing human lookouts at nine towers that have "
            "been staffed each summer since the 1950s. The cameras, supplied by the firm Emberline Systems, "
            "can detect smoke up to 40 kilometres away and will alert a control room in Dunrock around the "
            "clock. Forestry commissioner Rachel Imbert said no lookout staff would lose their jobs, as they "
            "would be retrained as control-room operators. The network is due to be working by December, "
            "before the start of the fire season. The 4.5 million dollar project is being funded jointly by "
            "the state and federal governments."
        ),
        candidate=(
            "The state forestry service plans to put 26 remote cameras on lookout towers across the Dunrock "
            "Ranges so that wildfires are spotted earlier, replacing the human lookouts who have staffed nine "
            "towers every summer since the 1950s. The cameras, from Emberline Systems, can pick up smoke as "
            "far as 40km away and will send alerts 24 hours a day to a control room in Dunrock. No lookout "
            "staff will lose their jobs, forestry commissioner Rachel Imbert said; instead they will be "
            "retrained, on full pay, as control-room operators. The network is due to be operational by "
            "December, ahead of the fire season. State and federal governments are sharing the cost of the "
            "$4.5m project."
        ),
        errors=[
            E("Dunrock Ranges", "entity", "major", "Ridgeback Ranges"),
            E("on full pay", "addition", "minor", None),
        ],
        traps=[
            T("as far as 40km away", "up to 40 kilometres away"),
            T("24 hours a day", "around the clock"),
            T("State and federal governments are sharing the cost",
              "is being funded jointly by the state and federal governments"),
        ],
    ),
    # ------------------------------------------------------------------ 13
    dict(
        domain="historic pub listing", mode="rewrite", label="consistent",
        reference=(
            "The Drover's Rest, a coaching inn in the market town of Fellbridge, has been given Grade II "
            "listed status by the heritage ministry, protecting it from demolition or major alteration. The "
            "pub, which dates from about 1740, retains an original timber-framed stable block and a rare "
            "painted ceiling in its upstairs function room, according to the listing report by the agency "
            "Heritage Trust Albion. The building was nominated in March by the Fellbridge Civic Society after "
            "its owners, Tarn Valley Inns, applied for permission to convert the stables into four flats. "
            "That application has since been withdrawn. Society secretary Helen Marsh said the decision was "
            "'a relief for the whole town'. The pub will continue to trade as normal."
        ),
        candidate=(
            "The heritage ministry has granted Grade II listed status to the Drover's Rest, a coaching inn in "
            "the market town of Fellbridge, shielding it from demolition or major alteration. According to "
            "the listing report by the agency Heritage Trust Albion, the pub, built around 1740, still has "
            "its original timber-framed stable block and a rare painted ceiling in the upstairs function "
            "room. The Fellbridge Civic Society put the building forward in March, after owners Tarn Valley "
            "Inns applied for permission to turn the stables into four flats - a bid that has since been "
            "dropped. Helen Marsh, the society's secretary, called the decision 'a relief for the whole "
            "town'. Trading at the pub will carry on as normal."
        ),
        errors=[],
        traps=[
            T("shielding it from demolition or major alteration", "protecting it from demolition or major alteration"),
            T("built around 1740", "dates from about 1740"),
            T("put the building forward in March", "was nominated in March"),
            T("a bid that has since been dropped", "That application has since been withdrawn"),
            T("Trading at the pub will carry on as normal", "The pub will continue to trade as normal"),
        ],
    ),
    # ------------------------------------------------------------------ 14
    dict(
        domain="morse code operator reunion", mode="rewrite", label="consistent",
        reference=(
            "Forty-three former radio officers who served at the Grimsey Head coast station gathered in "
            "Porthallow on Saturday for their first reunion since the station stopped using Morse code in "
            "1997. The oldest attendee, 91-year-old Walter Brennick, joined the station in 1956 and could "
            "still send 25 words a minute, organisers said. The event was arranged by former operator Lydia "
            "Crane, who tracked down colleagues through trade union records and local newspapers over "
            "eighteen months. Guests exchanged messages on restored equipment lent by the Porthallow Maritime "
            "Museum. Crane said about 60 people had worked at the station during its final two decades and "
            "that several had died in recent years. A second reunion is planned for 2026."
        ),
        candidate=(
            "On Saturday, 43 former radio officers from the Grimsey Head coast station met in Porthallow for "
            "their first reunion since the station stopped using Morse code in 1997. The oldest guest, Walter "
            "Brennick, 91, joined the station in 1956 and can still send 25 words per minute, according to "
            "the organisers. The reunion was organised by Lydia Crane, herself a former operator, who spent a "
            "year and a half tracing colleagues through trade union records and local newspapers. Guests "
            "swapped messages on restored equipment on loan from the Porthallow Maritime Museum. Crane said "
            "roughly 60 people had worked at the station over its last 20 years, several of whom had died "
            "recently. Another reunion is planned for 2026."
        ),
        errors=[],
        traps=[
            T("43 former radio officers", "Forty-three former radio officers"),
            T("a year and a half", "eighteen months"),
            T("on loan from", "lent by"),
            T("over its last 20 years", "during its final two decades"),
        ],
    ),
    # ------------------------------------------------------------------ 15
    dict(
        domain="city rat population", mode="rewrite", label="inconsistent",
        reference=(
            "Rat sightings reported to Halvergate City Council rose by 38 per cent last year, to 5,620, "
            "according to figures released by the council's environmental health department on Wednesday. "
            "The department said the increase was partly due to a six-week refuse collectors' strike in the "
            "spring, when bags of rubbish were left on the streets. However, pest control contractor Vermex, "
            "which works for the council, said milder winters were the main driver and warned that numbers "
            "could rise further. The council has set aside an extra 250,000 pounds for baiting and for "
            "sealing sewer access points. Residents are being urged to use bins with lids and not to leave "
            "food out for birds."
        ),
        candidate=(
            "Figures released on Wednesday by Halvergate City Council's environmental health department show "
            "that rat sightings reported to the council rose 38% last year to 5,620. A six-week strike by "
            "refuse collectors in the spring, which left bags of rubbish on the streets, was partly to blame, "
            "the department said. However, council officials said milder winters were the main driver and "
            "warned that numbers could rise further. The council has earmarked an extra \u00a3250,000 for "
            "baiting and for sealing sewer access points. Residents are being urged to use lidded bins and "
            "not to leave food out for birds."
        ),
        errors=[
            E("council officials", "attribution", "major", "pest control contractor Vermex"),
        ],
        traps=[
            T("rose 38% last year to 5,620", "rose by 38 per cent last year, to 5,620"),
            T("lidded bins", "bins with lids"),
        ],
    ),
    # ------------------------------------------------------------------ 16
    dict(
        domain="vintage tractor rally", mode="rewrite", label="consistent",
        reference=(
            "More than 320 vintage tractors took part in the annual Harrowdean Steam and Tractor Rally on "
            "Sunday, a record for the event, organisers said. The oldest machine on show was a 1917 Fenwick "
            "Model B, driven by its owner, retired farmer Owen Pritchard. Around 9,500 visitors attended over "
            "the weekend, slightly fewer than last year because of heavy rain on Saturday afternoon. Money "
            "raised from entry fees, estimated at 41,000 pounds, will go to the county air ambulance and a "
            "rural mental health charity. Rally chairman Ken Dawlish said the ploughing demonstration had "
            "been cancelled on Saturday because the ground was waterlogged but went ahead on Sunday. Next "
            "year's rally will be held on the first weekend of August."
        ),
        candidate=(
            "Over 320 vintage tractors took part in Sunday's annual Harrowdean Steam and Tractor Rally, a "
            "record for the event, according to organisers. Top of the age list was a 1917 Fenwick Model B, "
            "driven by its owner, retired farmer Owen Pritchard. Attendance across the weekend was about "
            "9,500, a little down on last year because of heavy rain on Saturday afternoon. The estimated "
            "\u00a341,000 raised from entry fees will go to the county air ambulance and a rural mental "
            "health charity. Waterlogged ground forced the cancellation of Saturday's ploughing "
            "demonstration, rally chairman Ken Dawlish said, but it went ahead on Sunday. Next year's rally "
            "will take place on the first weekend of August."
        ),
        errors=[],
        traps=[
            T("Top of the age list was", "The oldest machine on show was"),
            T("Attendance across the weekend was about 9,500", "Around 9,500 visitors attended over the weekend"),
            T("a little down on last year", "slightly fewer than last year"),
            T("Waterlogged ground forced the cancellation of Saturday's ploughing demonstration",
              "the ploughing demonstration had been cancelled on Saturday because the ground was waterlogged"),
        ],
    ),
    # ------------------------------------------------------------------ 17
    dict(
        domain="coin design unveiling", mode="rewrite", label="inconsistent",
        reference=(
            "The Royal Mint of Estravia has unveiled the design for a new two-crown coin featuring a "
            "kingfisher, chosen from more than 1,900 entries in a public competition. The winning design was "
            "submitted by 17-year-old art student Nadia Ferrante from the town of Oskel. About 12 million of "
            "the coins will be struck this year and they will enter circulation in September, the mint said. "
            "The reverse will be the first on a circulating Estravian coin to be designed by someone under "
            "18. Ferrante will receive a prize of 5,000 crowns and a set of proof coins. The kingfisher "
            "replaces a design showing the national parliament building, which has been used since 2004."
        ),
        candidate=(
            "A kingfisher will feature on Estravia's new two-crown coin, the Royal Mint of Estravia revealed, "
            "after the design was picked from over 1,900 entries to a public competition. The winning entry "
            "came from Nadia Ferrante, a 17-year-old art student from the town of Oskel. The mint said around "
            "12 million of the coins would be struck this year, with circulation beginning in September. No "
            "circulating Estravian coin has previously had a reverse designed by anyone under 18. Ferrante "
            "wins 5,000 crowns and a set of proof coins. The kingfisher will appear alongside the design "
            "showing the national parliament building, which has been in use since 2004."
        ),
        errors=[
            E("will appear alongside", "event", "major", "replaces"),
        ],
        traps=[
            T("over 1,900 entries", "more than 1,900 entries"),
            T("No circulating Estravian coin has previously had a reverse designed by anyone under 18",
              "The reverse will be the first on a circulating Estravian coin to be designed by someone under 18"),
        ],
    ),
    # ------------------------------------------------------------------ 18
    dict(
        domain="battleship museum repairs", mode="rewrite", label="consistent",
        reference=(
            "The museum ship Resolute, a battleship moored at Kessing Quay since 1982, will close to visitors "
            "for seven months from January while her hull is repaired, the Resolute Trust announced. Surveys "
            "last year found corrosion along roughly 40 metres of the waterline, and engineers will fit new "
            "steel plates below the main deck. The work will cost 6.8 million pounds, of which 5 million "
            "pounds has been pledged by the national heritage lottery fund. The trust still needs to raise "
            "the remaining sum and has launched a public appeal. Director Fiona Castell said the ship was "
            "'not in any danger of sinking' but that delaying the repairs would make them far more expensive. "
            "The ship's shop and cafe on the quay will stay open."
        ),
        candidate=(
            "Visitors will be unable to go aboard the Resolute for seven months from January while the hull "
            "of the museum battleship, moored at Kessing Quay since 1982, is repaired, the Resolute Trust has "
            "announced. Last year's surveys found corrosion along about 40 metres of the waterline, and "
            "engineers will fit new steel plates below the main deck. Of the \u00a36.8m bill, \u00a35m has "
            "been pledged by the national heritage lottery fund; the trust has launched a public appeal to "
            "raise the remaining \u00a31.8m. Director Fiona Castell said the ship was 'not in any danger of "
            "sinking', but that putting off the repairs would make them far more expensive. The ship's "
            "quayside shop and cafe will remain open."
        ),
        errors=[],
        traps=[
            T("Visitors will be unable to go aboard the Resolute", "will close to visitors"),
            T("about 40 metres", "roughly 40 metres"),
            T("the remaining \u00a31.8m", "the remaining sum"),
            T("putting off the repairs", "delaying the repairs"),
            T("quayside shop and cafe will remain open", "shop and cafe on the quay will stay open"),
        ],
    ),
    # ------------------------------------------------------------------ 19
    dict(
        domain="goods yard redevelopment", mode="rewrite", label="inconsistent",
        reference=(
            "Developer Harland Quay Properties has been given outline planning permission to redevelop the "
            "disused Stenford goods yard into 620 homes, offices and a public square. The city's planning "
            "committee approved the scheme on Tuesday by seven votes to four, subject to the developer paying "
            "3.6 million pounds towards a new primary school. At least 20 per cent of the homes will be "
            "classed as affordable. The yard's two Victorian brick warehouses will be kept and converted into "
            "workspace, while the remaining sheds will be demolished. Councillors who voted against said the "
            "tallest block, at 22 storeys, was out of keeping with the area. Construction could start in 2026 "
            "and take about eight years."
        ),
        candidate=(
            "Developer Harland Quay Properties has won outline planning permission to turn the disused "
            "Stenford goods yard into 620 homes, offices and a public square. The city's planning committee "
            "backed the scheme on Tuesday by seven votes to four. A minimum of 20% of the homes will be "
            "classed as affordable. The yard's pair of Victorian brick warehouses will be retained and "
            "converted into workspace, but the other sheds will be knocked down. Councillors who opposed the "
            "plan said the tallest block, at 22 storeys, was out of keeping with the area. Building could "
            "begin in 2026 and last around eight years."
        ),
        errors=[
            E("", "omission", "major",
              "subject to the developer paying 3.6 million pounds towards a new primary school",
              after="by seven votes to four"),
        ],
        traps=[
            T("A minimum of 20%", "At least 20 per cent"),
            T("pair of Victorian brick warehouses will be retained", "two Victorian brick warehouses will be kept"),
            T("Building could begin in 2026", "Construction could start in 2026"),
        ],
    ),
    # ------------------------------------------------------------------ 20
    dict(
        domain="noise map publication", mode="rewrite", label="inconsistent",
        reference=(
            "The environment agency has published its first noise map of the Lannock metropolitan area, "
            "showing that about 210,000 residents are exposed to road traffic noise above 55 decibels at "
            "night. The map, based on measurements taken between March 2022 and October 2023, also "
            "identifies 14 'quiet areas', mostly parks and cemeteries, which the agency wants to protect. "
            "Night-time noise from the city's airport affects about 18,000 people, the agency said. Local "
            "authorities must now draw up action plans within 12 months of publication. Agency director "
            "Samuel Orrin said the map would be updated every five years. Road traffic was by far the largest "
            "source of noise, accounting for nearly nine in ten of the people affected."
        ),
        candidate=(
            "The environment agency's first noise map of the Lannock metropolitan area shows that about "
            "210,000 residents are exposed to road traffic noise above 55 decibels at night. Drawn from "
            "measurements taken between March and October 2023, the map also picks out 14 'quiet areas', "
            "mainly parks and cemeteries, that the agency wants to protect. According to the agency, some "
            "18,000 people are affected by night-time noise from the city's airport. Local authorities must "
            "now produce action plans within a year of publication. Agency director Samuel Orrin said the map "
            "would be refreshed every five years. Road traffic was by far the biggest source of noise, "
            "accounting for almost 90% of the people affected. In total, about 210,000 residents are exposed "
            "to road traffic noise above 55 decibels at night."
        ),
        errors=[
            E("between March and October 2023", "date", "minor", "between March 2022 and October 2023"),
            E("about 210,000 residents are exposed to road traffic noise above 55 decibels at night",
              "repetition", "minor", None, occ=1),
        ],
        traps=[
            T("within a year of publication", "within 12 months of publication"),
            T("almost 90%", "nearly nine in ten"),
        ],
    ),
]
