"""set170 cases 11-20 (hand-written; all names invented)."""
from spec import C, E, O, T

CASES = [
    # 11 -----------------------------------------------------------------
    C("salmon fishing rights lawsuit", "translation", "consistent",
      "A landowners' association in the Hallvik valley has taken the municipality of Brennøy to court over fishing "
      "rights on a four-kilometre stretch of the Sølvelva, one of the region's most productive salmon rivers. The "
      "association argues that an agreement signed in 1962 gives its 23 members the exclusive right to sell fishing "
      "licences on that stretch; the municipality maintains the agreement lapsed when the river was reclassified in "
      "2004. The district court in Fjellstad will hear the case in September. Licence sales on the disputed stretch "
      "brought in about 1.8 million kroner last season. The association's lawyer, Ingrid Solhaug, said her clients "
      "were seeking repayment of the licence income the municipality has collected since 2019, as well as a ruling on "
      "who holds the rights in future.",
      "Brennøy municipality is being sued by a landowners' association from the Hallvik valley in a dispute over "
      "salmon fishing rights along four kilometres of the Sølvelva, among the most productive salmon rivers in the "
      "region. According to the association, a 1962 agreement grants its 23 members sole rights to sell fishing "
      "permits on this section, while the municipality's position is that the agreement ceased to apply when the "
      "river's classification was changed in 2004. The case is to be heard in September by Fjellstad district court. "
      "Last season, permit sales on the contested section generated roughly 1.8 million kroner. Ingrid Solhaug, the "
      "lawyer representing the association, said its members want the municipality to pay back the permit revenue it "
      "has taken in since 2019 and want the court to decide who will hold the rights going forward.",
      traps=[T("sole rights", "the exclusive right"),
             T("ceased to apply", "lapsed"),
             T("the contested section", "the disputed stretch"),
             T("roughly 1.8 million kroner", "about 1.8 million kroner")]),

    # 12 -----------------------------------------------------------------
    C("misericord carving", "rewrite", "consistent",
      "A medieval misericord carving stolen from St Aldhelm's Church in Wickford Abbas nearly 40 years ago has been "
      "returned to the parish. The oak carving, which shows a fox preaching to a congregation of geese and is thought "
      "to date from around 1420, was identified last month when it appeared in the catalogue of an auction house in "
      "Brussels. The seller, a private collector, agreed to hand it back without compensation after being shown "
      "photographs taken before the theft in 1986. The churchwarden, Margaret Ellery, said the parish was "
      "'overjoyed' and that the carving would be refitted beneath its original seat in the choir stalls by Easter, "
      "once a conservator had repaired a crack in the wood. Police said no one would face charges.",
      "Nearly four decades after it was stolen, a medieval misericord has been returned to St Aldhelm's Church in "
      "Wickford Abbas. The oak carving, believed to have been made in about 1420, depicts a fox preaching to a flock "
      "of geese. It was spotted last month in a catalogue produced by a Brussels auction house, and its seller, a "
      "private collector, agreed to give it back free of charge after being shown photographs taken before the 1986 "
      "theft. Margaret Ellery, the churchwarden, said the parish was 'overjoyed'. Once a conservator has mended a "
      "crack in the wood, the carving will go back under its original seat in the choir stalls by Easter, she said. "
      "No charges will be brought, according to police.",
      traps=[T("Nearly four decades", "nearly 40 years"),
             T("believed to have been made in about 1420", "is thought to date from around 1420"),
             T("free of charge", "without compensation"),
             T("No charges will be brought, according to police", "Police said no one would face charges")]),

    # 13 -----------------------------------------------------------------
    C("cacao fermentation study", "summary", "consistent",
      "Controlling the fermentation of cacao beans can cut bitterness in chocolate without adding sugar, according to "
      "researchers at the Tropical Crops Research Centre in Puerto Alameda. In trials with 40 smallholder farmers, the "
      "team replaced traditional heap fermentation with insulated wooden boxes that were turned every 48 hours, "
      "keeping the beans between 45 and 50 degrees Celsius for six days. A tasting panel of 25 trained judges rated "
      "chocolate made from the box-fermented beans as markedly less bitter and more fruity. Farmers in the trial "
      "received an average premium of 18 per cent from two specialty buyers. Project leader Dr Lucía Ferrandez said "
      "the boxes cost about $60 each to build but warned that the method needed more labour and might not suit farms "
      "with fewer than two hectares.",
      "Fermenting cacao beans in insulated wooden boxes instead of heaps yields chocolate that trained tasters rated "
      "markedly less bitter and fruitier, without added sugar, researchers in Puerto Alameda have found. In trials "
      "with 40 smallholders, the beans were kept at 45–50°C for six days and turned every two days. Participating "
      "farmers earned an average 18% premium, and while each box costs about $60 to build, project leader Dr Lucía "
      "Ferrandez cautioned that the method is more labour-intensive and may be unsuitable for farms under two "
      "hectares.",
      traps=[T("45–50°C", "between 45 and 50 degrees Celsius"),
             T("every two days", "every 48 hours"),
             T("an average 18% premium", "an average premium of 18 per cent"),
             T("more labour-intensive", "needed more labour"),
             T("may be unsuitable for farms under two hectares",
               "might not suit farms with fewer than two hectares")]),

    # 14 -----------------------------------------------------------------
    C("horse sale misrepresentation", "rewrite", "inconsistent",
      "A showjumping trainer has been ordered to refund £62,000 to a buyer after a court found she had misrepresented "
      "the health of a horse she sold. Amelia Crossfield, who runs a yard near Thornbury Heath, sold the nine-year-old "
      "gelding Copper Lantern to amateur rider Daniel Stroud in May 2022, describing him as 'sound and ready to "
      "compete'. Within three weeks the horse was lame, and a vet later found a long-standing tendon injury that, the "
      "court heard, had been treated at Ms Crossfield's yard the previous winter. Recorder Helen Masters said Ms "
      "Crossfield must have known about the injury. Ms Crossfield, who denied the claim, must also pay £11,000 of Mr "
      "Stroud's legal costs. The horse has been retired and lives at a charity sanctuary.",
      "A court has ordered a showjumping trainer to pay back £62,000 to a buyer after finding that she misrepresented "
      "the health of a horse she sold him. In May 2022 Amelia Crossfield, who has a yard near Thornbury Heath, sold "
      "Copper Lantern, a nine-year-old gelding, to amateur rider Daniel Stroud, saying he was 'sound and ready to "
      "compete'. Less than three weeks later the horse was lame; a vet subsequently discovered a long-standing tendon "
      "injury which, the court was told, had been treated at the trainer's yard the winter before. Recorder Helen "
      "Masters said Ms Crossfield, who had denied the claim, must have been aware of the injury. Mr Stroud must also pay "
      "£11,000 of Ms Crossfield's legal costs. Copper Lantern has since been retired to a charity sanctuary.",
      errors=[E("Mr Stroud must also pay £11,000 of Ms Crossfield's", "role", "major",
                "must also pay £11,000 of Mr Stroud's legal costs")],
      traps=[T("pay back £62,000", "refund £62,000"),
             T("Less than three weeks later", "Within three weeks"),
             T("the winter before", "the previous winter")]),

    # 15 -----------------------------------------------------------------
    C("rock paper scissors tournament", "translation", "consistent",
      "More than 1,100 players took part in the national rock-paper-scissors championship held in Kanazuma on Sunday, "
      "a record for the event, which was first staged in 2009. The title went to Haruto Ibuki, a 17-year-old high "
      "school student from Sakuragi Prefecture, who beat a retired postal worker in a final that went to eleven "
      "rounds. Matches were played best of five, and referees used slow-motion cameras to settle disputed throws for "
      "the first time. Organisers from the Japan Hand Games Federation said the prize of 500,000 yen would be shared "
      "with Ibuki's school club. Next year's tournament will move to a larger venue, with entries capped at 1,500, "
      "they said.",
      "A record 1,100-plus competitors entered Sunday's national janken championship in Kanazuma, an event held for "
      "the first time in 2009. Victory went to 17-year-old Haruto Ibuki, a high school pupil from Sakuragi "
      "Prefecture, who defeated a retired mail carrier in an eleven-round final. Every match was played as a best of "
      "five, and for the first time referees settled contested throws with the help of slow-motion cameras. The "
      "organisers, the Japan Hand Games Federation, said the 500,000-yen prize money would be split with Ibuki's "
      "school club. They added that next year the tournament will be moved to a bigger venue and that the number of "
      "entrants will be limited to 1,500.",
      traps=[T("1,100-plus competitors", "More than 1,100 players"),
             T("janken", "rock-paper-scissors"),
             T("a retired mail carrier", "a retired postal worker"),
             T("limited to 1,500", "capped at 1,500")]),

    # 16 -----------------------------------------------------------------
    C("thesis binding service", "rewrite", "consistent",
      "The University of Marlow Cross will close its in-house thesis binding service at the end of July after 41 "
      "years, the library announced on Thursday. Falling demand since the university allowed electronic submission in "
      "2020 means the bindery now handles fewer than 300 theses a year, down from about 2,000 a decade ago. Students "
      "who still want a hardbound copy will be referred to Kestle & Daughters, a commercial bindery in the city "
      "centre, which has agreed to charge university students £45 per volume, the same price as the current service. "
      "The two members of bindery staff will be redeployed within the library rather than made redundant. The binding "
      "equipment, some of it dating from the 1960s, will be offered to the university's museum of printing.",
      "After 41 years, the University of Marlow Cross is to shut its in-house thesis binding service at the end of "
      "July, the library said on Thursday. Since electronic submission was permitted in 2020, demand has fallen so far "
      "that the bindery now binds under 300 theses annually, compared with roughly 2,000 ten years ago. Students who "
      "would still like a hardbound copy will be directed to Kestle & Daughters, a commercial bindery in the city "
      "centre that has agreed to charge them £45 a volume, matching what the university charges now. Neither of the "
      "bindery's two staff will be made redundant; both will be moved to other roles in the library. The bindery's "
      "equipment, parts of which date back to the 1960s, will be offered to the university's printing museum.",
      traps=[T("under 300 theses annually", "fewer than 300 theses a year"),
             T("ten years ago", "a decade ago"),
             T("matching what the university charges now", "the same price as the current service"),
             T("will be moved to other roles in the library", "will be redeployed within the library")]),

    # 17 -----------------------------------------------------------------
    C("langoustine export delay", "summary", "inconsistent",
      "Exporters of live langoustines from the port of Strathkellan say new border paperwork is delaying lorries by "
      "up to 30 hours, killing part of their catch before it reaches buyers in Spain and France. The Strathkellan "
      "Shellfish Association estimates that about 8 per cent of live shipments were lost in February, worth roughly "
      "£410,000. Its chief executive, Fiona McRory, said some smaller firms 'may not survive the summer' if the delays "
      "continue. The Department for Trade said the new health certificates were required under an agreement signed "
      "last year and that it was working with border agencies to reduce waiting times, but it rejected claims that "
      "checks were being applied more strictly to seafood than to other goods. A meeting between officials and the "
      "industry is planned for next week.",
      "Strathkellan exporters say new border paperwork is holding up their live langoustine lorries by as much as 30 "
      "hours, killing some of the catch bound for Spain and France. According to the Department for Trade, around 8% of live "
      "shipments, worth about £410,000, were lost in February, and the industry says some smaller firms will go out "
      "of business by the summer if the delays persist. The department says it is working to cut waiting times but "
      "denies seafood faces stricter checks; a meeting with the industry is planned for next week.",
      errors=[E("According to the Department for Trade", "attribution", "major",
                "The Strathkellan Shellfish Association estimates"),
              E("will go out of business by the summer", "modality", "major", "may not survive the summer")],
      traps=[T("as much as 30 hours", "up to 30 hours")]),

    # 18 -----------------------------------------------------------------
    C("barnacle settlement survey", "translation", "inconsistent",
      "Volunteers counting barnacles on the harbour walls of Vila Nova do Sal recorded the lowest settlement of young "
      "barnacles in 15 years of monitoring, the Atlantic Coastal Observatory reported on Monday. On average, 46 "
      "juveniles per 100 square centimetres were counted this spring, compared with a long-term average of 130. "
      "Biologist Marta Cordeiro, who coordinates the survey, said the unusually warm and calm conditions in March and "
      "April may have reduced the supply of larvae, but stressed that a single year's data did not indicate a lasting "
      "decline. The survey, carried out by about 60 volunteers at eight sites, is funded by the municipality and the "
      "fishermen's cooperative Mar Aberto. Results will be sent to the national environment agency for inclusion in "
      "its coastal report.",
      "The Atlantic Coastal Observatory said on Monday that volunteers surveying barnacles on the harbour walls at "
      "Vila Nova do Sal had found the lowest settlement of juvenile barnacles in 15 years of records. This spring "
      "there were on average 46 young barnacles per 100 cm², against a long-term mean of 130. Marta Cordeiro, the "
      "biologist who coordinates the count, said the unusually warm, calm weather of March and April reduced the "
      "supply of larvae, though she insisted that one year of data was not evidence of a lasting decline. Some 60 "
      "volunteers carry out the survey at eight sites, with funding from the town council and the national "
      "environment agency, to which the results will be forwarded for its coastal report.",
      errors=[E("reduced the supply of larvae", "modality", "major", "may have reduced the supply of larvae"),
              E("the national environment agency", "entity", "major", "the fishermen's cooperative Mar Aberto")],
      traps=[T("100 cm²", "100 square centimetres"),
             T("a long-term mean of 130", "a long-term average of 130"),
             T("Some 60", "about 60")]),

    # 19 -----------------------------------------------------------------
    C("house renumbering dispute", "rewrite", "inconsistent",
      "Residents of Quarry Row in Edgecote have lost their fight to stop the district council renumbering their "
      "homes. The council's licensing committee voted 5-2 on Tuesday evening to go ahead with the scheme, which will "
      "give the street's 34 houses consecutive numbers for the first time. At present, homes on Quarry Row carry "
      "numbers that jump from 12 to 40 and include three houses numbered 17, 17A and 17B, which officials say has led "
      "ambulance crews to the wrong door. Householders will receive new numbers on 1 October and the postal service "
      "will redirect post for 12 months. Resident Geoffrey Tull, who led a 120-signature petition against the plan, "
      "said neighbours were 'disappointed but not surprised'. The council will pay for new number plates.",
      "Quarry Row residents in Edgecote have been defeated in their attempt to stop the district council from "
      "renumbering their homes. On Tuesday evening the council's licensing committee backed the scheme by five votes "
      "to two, meaning the street's 34 houses will be numbered consecutively for the first time. Numbers on Quarry "
      "Row currently jump from 12 to 40 and include 17, 17A and 17B, a muddle that officials say has sent ambulance "
      "crews to the wrong house. Householders will be given their new numbers at the start of November, and the "
      "postal service will redirect mail for a year. Geoffrey Tull, who organised a 120-signature petition against "
      "the change, said neighbours were 'disappointed but not surprised'. The council will cover the cost of new "
      "number plates. The council will cover the cost of new number plates.",
      errors=[E("at the start of November", "date", "major", "on 1 October"),
              E("The council will cover the cost of new number plates.", "repetition", "minor", None, occ=1)],
      traps=[T("by five votes to two", "voted 5-2"),
             T("for a year", "for 12 months"),
             T("the wrong house", "the wrong door")]),

    # 20 -----------------------------------------------------------------
    C("raw milk cheese rules", "rewrite", "consistent",
      "Small cheesemakers will be allowed to keep using unpasteurised milk under revised food safety rules published "
      "by the National Food Standards Board on Wednesday, but they will face more frequent testing. From January, "
      "producers making raw milk cheese must test each batch for listeria and E. coli before sale, rather than once a "
      "month as at present. Farms with fewer than 100 cows will be able to use an approved laboratory network at a "
      "subsidised cost of £18 per test. The board had consulted on an outright ban on raw milk soft cheeses last year "
      "after two outbreaks linked to a dairy in Welbury, but dropped the idea following more than 3,000 responses, "
      "most of them opposed. The Specialist Cheesemakers' Guild said the rules were 'tough but workable'.",
      "Revised food safety rules published on Wednesday by the National Food Standards Board will let small "
      "cheesemakers continue to use unpasteurised milk, though testing will become more frequent. Starting in "
      "January, every batch of raw milk cheese will have to be tested for listeria and E. coli before it is sold, "
      "instead of the current monthly test. Farms with under 100 cows can use an approved network of laboratories, "
      "with each test subsidised to cost £18. Last year, after two outbreaks were linked to a Welbury dairy, the board "
      "consulted on banning raw milk soft cheeses outright, but it abandoned the proposal after receiving over 3,000 "
      "responses, the majority against. The rules are 'tough but workable', according to the Specialist "
      "Cheesemakers' Guild.",
      traps=[T("Starting in January", "From January"),
             T("instead of the current monthly test", "rather than once a month as at present"),
             T("under 100 cows", "fewer than 100 cows"),
             T("the majority against", "most of them opposed")]),
]
