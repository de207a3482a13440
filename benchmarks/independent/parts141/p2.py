"""Set 141, pairs 11-20 (hand-written; all names invented)."""

CASES = [
    # 11 -----------------------------------------------------------------
    dict(
        domain="rare earth magnet plant", mode="rewrite", label="inconsistent",
        reference=(
            "Magnet manufacturer Norrland Magnetics will build a 420-million-euro factory near the port of "
            "Skarhamn to produce rare earth magnets for electric vehicle motors and wind turbines, the company "
            "said on Monday. The plant is expected to create 650 jobs and to start production in 2027, with an "
            "initial capacity of 5,000 tonnes of magnets a year. Chief executive Henrik Aasland said the company "
            "had chosen the site because of its access to renewable power and deep-water shipping. The regional "
            "development agency will contribute a grant of 35 million euros. Industry analyst Petra Lind of "
            "Fjordline Research said the plant would reduce European reliance on imported magnets but warned "
            "that securing raw materials would remain a challenge."
        ),
        candidate=(
            "Norrland Magnetics is to build a factory worth 420 million euros near Skarhamn port, where it will "
            "make rare earth magnets for wind turbines and electric vehicle motors, the company announced on Monday. "
            "Production should begin in 2027 at an initial rate of 5,000 tonnes a year, and the plant is expected "
            "to bring 650 jobs. The regional development agency is putting in a 53-million-euro grant. Chief "
            "executive Henrik Aasland said access to renewable energy and deep-water shipping had made the site "
            "attractive. He also said the plant would lessen Europe's reliance on imported magnets, while warning "
            "that obtaining raw materials would stay difficult."
        ),
        errors=[
            dict(text="53-million-euro grant", type="number", sev="major", ref="a grant of 35 million euros"),
            dict(text="He also said", type="attribution", sev="major",
                 ref="Industry analyst Petra Lind of Fjordline Research said"),
        ],
        traps=[
            ("a factory worth 420 million euros", "a 420-million-euro factory"),
            ("Production should begin in 2027", "start production in 2027"),
        ],
    ),
    # 12 -----------------------------------------------------------------
    dict(
        domain="podcast advertising rules", mode="rewrite", label="consistent",
        reference=(
            "Podcasters will have to clearly label paid promotions under new rules published on Wednesday by the "
            "Broadcasting Standards Office. From 1 September, any segment in which a host endorses a product in "
            "return for payment or free goods must be announced as advertising at the start of the segment, not "
            "only in the episode notes. Shows with fewer than 1,000 listeners per episode will be exempt for the "
            "first year. Breaches could lead to fines of up to 50,000 crowns. The office said it had received 230 "
            "complaints about hidden advertising in podcasts last year, almost double the figure for the year "
            "before. The Podcast Producers Guild said it supported the principle but asked for clearer guidance "
            "on gifted products."
        ),
        candidate=(
            "The Broadcasting Standards Office on Wednesday set out new rules requiring podcasters to label paid "
            "promotions clearly. Starting on 1 September, whenever a host endorses a product in exchange for money "
            "or free goods, the segment will have to be flagged as advertising when it begins - a mention in the "
            "episode notes alone will no longer be enough. For the first year, shows with under 1,000 listeners an "
            "episode are exempt. Those breaking the rules may be fined as much as 50,000 crowns. Last year the "
            "office received 230 complaints about undisclosed advertising in podcasts, close to twice as many as "
            "the year before. While backing the principle, the Podcast Producers Guild called for clearer "
            "guidance on products given as gifts."
        ),
        errors=[],
        traps=[
            ("a mention in the episode notes alone will no longer be enough", "not only in the episode notes"),
            ("may be fined as much as 50,000 crowns", "could lead to fines of up to 50,000 crowns"),
            ("undisclosed advertising", "hidden advertising"),
            ("close to twice as many as", "almost double the figure for"),
            ("products given as gifts", "gifted products"),
        ],
    ),
    # 13 -----------------------------------------------------------------
    dict(
        domain="mussel farm licence", mode="summary", label="consistent",
        reference=(
            "The Marine Licensing Authority has granted a ten-year licence for a mussel farm in Gullan Sound, "
            "despite objections from sailing clubs and some residents. The farm, operated by Sound Shellfish Ltd, "
            "will cover 18 hectares and use suspended ropes rather than seabed cultivation. The authority attached "
            "conditions requiring the company to mark the site with lit buoys and to fund an annual survey of "
            "seagrass beds nearby. Sound Shellfish expects to harvest its first mussels in 2026 and to employ "
            "eight people. The Gullan Sailing Club said the site sat across a popular racing route and that it "
            "was considering an appeal, which must be lodged within 28 days."
        ),
        candidate=(
            "Sound Shellfish Ltd has won a ten-year licence for an 18-hectare, rope-grown mussel farm in Gullan "
            "Sound, over objections from sailing clubs and some locals. The firm must mark the site with lit buoys "
            "and pay for an annual survey of nearby seagrass. The Gullan Sailing Club, which says the farm lies "
            "across a popular racing route, may appeal; it has four weeks to do so."
        ),
        errors=[],
        traps=[
            ("has won a ten-year licence", "has granted a ten-year licence"),
            ("rope-grown", "use suspended ropes rather than seabed cultivation"),
            ("over objections from sailing clubs and some locals",
             "despite objections from sailing clubs and some residents"),
            ("may appeal", "was considering an appeal"),
            ("it has four weeks to do so", "which must be lodged within 28 days"),
        ],
    ),
    # 14 -----------------------------------------------------------------
    dict(
        domain="diplomat expelled", mode="translation", label="inconsistent",
        reference=(
            "The Foreign Ministry has declared a counsellor at the Embassy of the Republic of Calvara persona non "
            "grata and given him 72 hours to leave the country, a ministry spokeswoman said on Saturday. The "
            "diplomat, whose name was not released, is accused of activities incompatible with his status, a "
            "phrase usually used for espionage. According to the spokeswoman, the decision followed an "
            "investigation by the national security service lasting several months. The Calvaran ambassador was "
            "summoned to the ministry on Friday afternoon and informed of the decision. The Calvaran embassy has "
            "not yet commented. Relations between the two countries have been strained since a trade dispute "
            "last year."
        ),
        candidate=(
            "A counsellor at the Calvaran embassy has been declared persona non grata by the Foreign Ministry and "
            "ordered to leave within three days, a spokeswoman for the ministry announced on Saturday. The "
            "diplomat, who was not named, is accused of activities incompatible with his status - wording that "
            "generally refers to spying. The spokeswoman said the decision came after an investigation by the "
            "national security service. The ambassador of Calvara was called in to the ministry on Friday "
            "afternoon, where he was told of the decision. The embassy has so far made no comment. The embassy "
            "has so far made no comment. Relations between the two countries have been tense since last year's "
            "trade dispute."
        ),
        errors=[
            dict(type="omission", after="an investigation by the national security service", sev="minor",
                 ref="lasting several months"),
            dict(text="The embassy has so far made no comment.", occ=1, type="repetition", sev="minor", ref=None),
        ],
        traps=[
            ("within three days", "72 hours"),
            ("wording that generally refers to spying", "a phrase usually used for espionage"),
            ("has so far made no comment", "has not yet commented", 0),
        ],
    ),
    # 15 -----------------------------------------------------------------
    dict(
        domain="moth trap record", mode="translation", label="consistent",
        reference=(
            "A volunteer at the Hvidsand bird observatory has recorded 1,146 moths of 212 species in a single "
            "night, the highest count ever made at the station. Retired schoolteacher Birte Kjeldgaard emptied the "
            "light trap at dawn on 24 July after a warm, humid and almost windless night. Among the catch were two "
            "specimens of the striped hawk-moth, a migrant species seen in the area only a handful of times. The "
            "observatory said the previous record, 873 moths, dated from August 2018. Kjeldgaard spent about six "
            "hours identifying and counting the insects before releasing them. The results will be submitted to "
            "the national moth recording scheme."
        ),
        candidate=(
            "At the Hvidsand bird observatory, a volunteer counted 1,146 moths belonging to 212 species in one "
            "night - more than the station has ever recorded. Birte Kjeldgaard, a retired teacher, emptied the "
            "light trap at daybreak on 24 July, following a warm and humid night with hardly any wind. The haul "
            "included two striped hawk-moths, a migratory species that has only been observed in the area a few "
            "times. According to the observatory, the earlier record of 873 moths was set in August 2018. It took "
            "Kjeldgaard roughly six hours to identify and count all the insects, after which they were released. "
            "The findings will be sent to the national moth recording scheme."
        ),
        errors=[],
        traps=[
            ("more than the station has ever recorded", "the highest count ever made at the station"),
            ("a retired teacher", "Retired schoolteacher"),
            ("at daybreak", "at dawn"),
            ("hardly any wind", "almost windless"),
            ("roughly six hours", "about six hours"),
        ],
    ),
    # 16 -----------------------------------------------------------------
    dict(
        domain="gas price cap", mode="rewrite", label="inconsistent",
        reference=(
            "The Energy Markets Commission will lower the cap on household gas prices by 7 percent from 1 January, "
            "it said on Friday, reflecting a fall in wholesale costs over the autumn. The cap limits the unit rate "
            "and standing charge that suppliers can charge customers on default tariffs; it does not limit total "
            "bills. The commission estimated that a typical household would save about 85 pounds a year. The "
            "announcement came a day after the country's second-largest supplier, Brightwell Energy, was placed "
            "into special administration. Consumer group Fair Energy Now welcomed the cut but said prices "
            "remained well above levels of three years ago."
        ),
        candidate=(
            "Household gas prices will be capped 7 percent lower from 1 January after wholesale costs fell during "
            "the autumn, the Energy Markets Commission announced on Friday. The cap restricts the unit rate and "
            "standing charge that suppliers may levy on default tariffs, rather than the overall bill. A typical "
            "household should save around 85 pounds a year, according to the commission's estimate. The decision "
            "was announced the day after Brightwell Energy, the second-largest supplier in the country, was taken "
            "over by a rival. Fair Energy Now, a consumer group, welcomed the reduction, though it said prices "
            "were still far higher than three years ago."
        ),
        errors=[
            dict(text="was taken over by a rival", type="event", sev="major",
                 ref="was placed into special administration"),
        ],
        traps=[
            ("rather than the overall bill", "it does not limit total bills"),
            ("welcomed the reduction", "welcomed the cut"),
        ],
    ),
    # 17 -----------------------------------------------------------------
    dict(
        domain="warehouse union vote", mode="rewrite", label="consistent",
        reference=(
            "Workers at online retailer Parcelo's distribution centre in Brackley Heath have voted to join the "
            "General Logistics Union, in the first successful recognition ballot at any of the company's sites. Of "
            "the 1,420 eligible employees, 1,136 took part, and 61 percent of those voted in favour, the "
            "independent ballot supervisor announced on Sunday. Parcelo, which had urged staff to vote against, "
            "said it respected the result and would begin talks with the union within 30 days, as required by "
            "law. Union organiser Dev Mistry said pay and the speed targets set for pickers would be the first "
            "issues raised. The company employs about 9,000 people at six warehouses."
        ),
        candidate=(
            "Staff at Parcelo's Brackley Heath distribution centre have voted to join the General Logistics Union, "
            "the first time a recognition ballot has succeeded at any of the online retailer's sites. The "
            "independent ballot supervisor said on Sunday that 1,136 of the 1,420 eligible employees had voted, "
            "with 61 percent of votes cast in favour. Parcelo, which had urged staff to reject the union, said it "
            "respected the outcome and would open talks with the union within 30 days, as the law requires. Pay "
            "and the speed targets set for pickers will be the first issues on the table, according to union "
            "organiser Dev Mistry. Around 9,000 people work for the company across its six warehouses."
        ),
        errors=[],
        traps=[
            ("1,136 of the 1,420 eligible employees had voted",
             "Of the 1,420 eligible employees, 1,136 took part"),
            ("61 percent of votes cast in favour", "61 percent of those voted in favour"),
            ("urged staff to reject the union", "urged staff to vote against"),
            ("will be the first issues on the table", "would be the first issues raised"),
            ("Around 9,000 people work for the company", "The company employs about 9,000 people"),
        ],
    ),
    # 18 -----------------------------------------------------------------
    dict(
        domain="hotel tax", mode="summary", label="inconsistent",
        reference=(
            "Hotel guests in Port Aldane will pay a tourist tax of 2.50 euros per person per night from 1 July, "
            "after the city council approved the levy by 31 votes to 14 on Thursday evening. Children under 16 "
            "and people staying in campsites will be exempt. The tax is expected to raise 6 million euros a year, "
            "which the council says will be spent on street cleaning, public toilets and maintenance of the "
            "seafront promenade. The hoteliers' association, which had lobbied against the tax, said it would "
            "hurt bookings from families and tour groups. A similar levy introduced in the neighbouring resort of "
            "Castellet in 2019 was followed by a small rise in visitor numbers."
        ),
        candidate=(
            "Port Aldane councillors voted 31 to 14 on 1 July to charge hotel guests a tourist tax of 2.50 euros "
            "per person per night, with under-16s and campsite guests exempt. The levy should raise 6 million "
            "euros a year for street cleaning, public toilets and seafront upkeep. Hoteliers, who lobbied against "
            "it, say it will hurt bookings from families and tour groups."
        ),
        errors=[
            dict(text="on 1 July", type="date", sev="major", ref="on Thursday evening"),
        ],
        traps=[
            ("under-16s", "Children under 16"),
            ("campsite guests", "people staying in campsites"),
            ("should raise", "is expected to raise"),
        ],
    ),
    # 19 -----------------------------------------------------------------
    dict(
        domain="dog licence return", mode="translation", label="consistent",
        reference=(
            "From next year, dog owners in the canton of Velden will once again have to buy an annual licence for "
            "their animals, eleven years after the old dog tax was abolished. The cantonal parliament approved the "
            "reintroduction on Tuesday by 58 votes to 41. The fee will be 90 francs for the first dog and 140 "
            "francs for each additional dog; guide dogs and assistance dogs are exempt. The revenue, estimated at "
            "2.2 million francs annually, is to be used for dog waste bins and for inspections of breeders. Owners "
            "who fail to register their dog by 31 March face a fine of up to 500 francs."
        ),
        candidate=(
            "Dog owners in Velden canton will have to pay for a yearly licence again starting next year - the dog "
            "tax was scrapped eleven years ago. On Tuesday the cantonal parliament voted 58 to 41 to bring it back. "
            "Owners will pay 90 francs for a first dog and 140 francs for every further dog, with guide and "
            "assistance dogs excluded from the charge. An estimated 2.2 million francs will be raised each year, "
            "earmarked for dog waste bins and checks on breeders. Anyone who has not registered their dog by the "
            "end of March risks a fine of as much as 500 francs."
        ),
        errors=[],
        traps=[
            ("the dog tax was scrapped eleven years ago", "eleven years after the old dog tax was abolished"),
            ("voted 58 to 41 to bring it back", "approved the reintroduction on Tuesday by 58 votes to 41"),
            ("excluded from the charge", "exempt"),
            ("checks on breeders", "inspections of breeders"),
            ("by the end of March", "by 31 March"),
        ],
    ),
    # 20 -----------------------------------------------------------------
    dict(
        domain="triathlon swim leg cancelled", mode="rewrite", label="inconsistent",
        reference=(
            "Organisers of the Lake Ferrow Triathlon cancelled the swim leg of Sunday's race on Saturday evening "
            "after water tests showed high levels of E. coli following heavy rain. The event went ahead as a "
            "duathlon, with a 5-kilometre run replacing the 1.5-kilometre swim. The decision was taken by race "
            "director Owen Pryce on the advice of the regional environment agency, which carried out the tests. "
            "About 1,300 athletes started the race. Several competitors said they had been told only on arriving "
            "at the venue, but Pryce said emails had been sent to all entrants by 9pm on Saturday. Entrants who "
            "chose not to take part will be offered a 50 percent discount for next year's event."
        ),
        candidate=(
            "The swim leg of Sunday's Lake Ferrow Triathlon was called off on Saturday evening when water tests "
            "found high E. coli levels after heavy rain, and the race was held as a duathlon instead, with a 5km "
            "run in place of the 1.5km swim. The regional environment agency, which carried out the tests, made "
            "the call on the advice of race director Owen Pryce. Roughly 1,300 athletes started. Some competitors "
            "said they had only found out when they arrived at the venue, but according to Pryce every entrant had "
            "been emailed by 9pm on Saturday. Entrants who decided not to race will be offered half-price entry to "
            "next year's event."
        ),
        errors=[
            dict(text="The regional environment agency, which carried out the tests, made the call on the advice "
                      "of race director Owen Pryce", type="role", sev="major",
                 ref="The decision was taken by race director Owen Pryce on the advice of the regional "
                     "environment agency"),
        ],
        traps=[
            ("a 5km run", "a 5-kilometre run"),
            ("every entrant had been emailed", "emails had been sent to all entrants"),
            ("half-price entry", "a 50 percent discount"),
        ],
    ),
]
