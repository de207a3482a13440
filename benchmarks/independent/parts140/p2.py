"""Part 2: ten inconsistent rewrites (hand-written; all names invented)."""

CASES = [
    # 11 ------------------------------------------------------------------
    {
        "domain": "sculpture theft",
        "mode": "rewrite",
        "reference": (
            "A bronze sculpture worth an estimated \u00a3150,000 has been stolen from the grounds of Hartlow "
            "Sculpture Park, Kessmoor Police said on Sunday. The 1.2-metre work, 'Heron Rising' by the "
            "artist Maud Ellery, was taken from its plinth some time between 6pm on Friday and 8am on "
            "Saturday. Police believe the thieves used a vehicle to remove the piece, which weighs around "
            "200kg, and that it may be sold for scrap. Park director Ansel Prowse said the sculpture was "
            "insured but that its loss was 'heartbreaking'. Officers have appealed for anyone who saw a van "
            "or pickup near the park's north gate to come forward."
        ),
        "candidate": (
            "Kessmoor Police said on Sunday that thieves had taken a bronze sculpture, estimated to be worth "
            "\u00a3150,000, from the grounds of Kessmoor Sculpture Park. The 1.2m piece, Maud Ellery's 'Heron "
            "Rising', was removed from its plinth at some point between 6pm on Friday and 8am on Saturday. "
            "Officers think the thieves used a vehicle to carry off the work, which weighs roughly 200kg, "
            "and that it may end up being sold as scrap. The park's director, Ansel Prowse, said the "
            "sculpture was insured but described its loss as 'heartbreaking'. Police are asking anyone who "
            "saw a van or pickup near the park's north gate to come forward."
        ),
        "errors": [
            {"text": "Kessmoor Sculpture Park", "type": "entity", "severity": "major",
             "ref_text": "Hartlow Sculpture Park"},
        ],
        "traps": [
            {"text": "estimated to be worth \u00a3150,000", "ref_text": "worth an estimated \u00a3150,000"},
            {"text": "may end up being sold as scrap", "ref_text": "may be sold for scrap"},
        ],
    },
    # 12 ------------------------------------------------------------------
    {
        "domain": "marathon prize money",
        "mode": "rewrite",
        "reference": (
            "Organisers of the Stellhaven Marathon have doubled the prize money for this year's race to a "
            "total of $240,000, with the winners of the men's and women's races each receiving $40,000. The "
            "increase was funded by a new three-year sponsorship deal with the sportswear firm Stridewell. "
            "Race director Olu Fenner said equal prize money for men and women had been a condition of the "
            "deal. A bonus of $10,000 will be paid to any runner who breaks the course record. The race, "
            "which takes place on 6 April, has a field of 18,000 runners and sold out within nine hours. "
            "Wheelchair race prizes will also rise but have not yet been announced."
        ),
        "candidate": (
            "Prize money for this year's Stellhaven Marathon has been doubled to $120,000 in total, and the "
            "men's and women's winners will each take home $40,000. The increase is being paid for by a new "
            "three-year sponsorship agreement with sportswear company Stridewell, and race director Olu "
            "Fenner said equal prize money for men and women had been a condition of the deal. Any runner "
            "who sets a new course record will earn a $10,000 bonus. The race, on 6 April, sold out in nine "
            "hours and has a field of 18,000. Prizes for the wheelchair race, which have not yet been "
            "announced, will not rise."
        ),
        "errors": [
            {"text": "$120,000", "type": "number", "severity": "major", "ref_text": "$240,000"},
            {"text": "will not rise", "type": "polarity", "severity": "major",
             "ref_text": "will also rise"},
        ],
        "traps": [
            {"text": "sets a new course record", "ref_text": "breaks the course record"},
            {"text": "sold out in nine hours", "ref_text": "sold out within nine hours"},
        ],
    },
    # 13 ------------------------------------------------------------------
    {
        "domain": "pier collapse repairs",
        "mode": "rewrite",
        "reference": (
            "Repairs to Sandreth Pier, part of which collapsed into the sea during a storm on 14 January, "
            "will begin in June and are expected to take around 18 months, Sandreth Town Council said on "
            "Thursday. The work will cost an estimated \u00a36.8 million, of which \u00a34.5 million will come from "
            "a government coastal fund. The council said the remaining sum could be raised by borrowing, "
            "although no decision had been made. A 40-metre section near the end of the pier gave way "
            "during the storm; no one was injured because the structure had been closed as a precaution "
            "two hours earlier. The pier's cafe and amusement arcade, which are on the landward side, are "
            "due to reopen at Easter."
        ),
        "candidate": (
            "Work to repair Sandreth Pier, a section of which fell into the sea in a storm on 14 January, "
            "will start in June and will take around 18 months, the town council announced on Thursday. Of "
            "the estimated \u00a36.8m cost, \u00a34.5m is to come from a government coastal fund; the council said it "
            "might borrow to cover the rest, but that this had not yet been decided. The 40m stretch that "
            "gave way in the storm was near the end of the pier. Nobody was hurt, as the pier had been shut "
            "as a precaution two hours beforehand. The cafe and amusement arcade on the landward side are "
            "due to reopen in time for the summer."
        ),
        "errors": [
            {"text": "will take around 18 months", "type": "modality", "severity": "minor",
             "ref_text": "are expected to take around 18 months"},
            {"text": "in time for the summer", "type": "date", "severity": "major",
             "ref_text": "at Easter"},
        ],
        "traps": [
            {"text": "might borrow to cover the rest, but that this had not yet been decided",
             "ref_text": "could be raised by borrowing, although no decision had been made"},
            {"text": "two hours beforehand", "ref_text": "two hours earlier"},
        ],
    },
    # 14 ------------------------------------------------------------------
    {
        "domain": "tortoise export permit",
        "mode": "rewrite",
        "reference": (
            "The wildlife authority of the island state of Marivelle has refused an application to export "
            "60 spur-thighed tortoises to a private collector abroad, saying the animals were probably "
            "taken from the wild. The applicant, Calvo Exotics, had claimed the tortoises were captive-bred "
            "at its farm outside Puerto Alcena. However, inspectors found no breeding records and said "
            "several of the animals showed shell damage typical of wild capture. The authority's director, "
            "Lucia Ferrant, said the company could appeal within 30 days. The tortoises have been moved to "
            "a rescue centre. Under international trade rules, the species may be exported commercially "
            "only if it was bred in captivity."
        ),
        "candidate": (
            "The wildlife authority of the island state of Marivelle has turned down a request to export "
            "60 spur-thighed tortoises to a private collector overseas, saying the animals had probably "
            "been caught in the wild. Calvo Exotics, which made the application, had claimed the tortoises "
            "were bred in captivity at its farm outside Puerto Alcena, but inspectors found no breeding "
            "records and said several of the animals had shell damage characteristic of wild capture. "
            "Lucia Ferrant, the authority's director, said the decision was final and could not be "
            "appealed. The tortoises are now at a rescue centre. International trade rules allow commercial "
            "exports of the species only when the animals have been bred in captivity."
        ),
        "errors": [
            {"text": "the decision was final and could not be appealed", "type": "polarity",
             "severity": "critical", "ref_text": "the company could appeal within 30 days"},
        ],
        "traps": [
            {"text": "turned down a request", "ref_text": "refused an application"},
            {"text": "had probably been caught in the wild",
             "ref_text": "were probably taken from the wild"},
            {"text": "allow commercial exports of the species only when the animals have been bred in "
                     "captivity",
             "ref_text": "the species may be exported commercially only if it was bred in captivity"},
        ],
    },
    # 15 ------------------------------------------------------------------
    {
        "domain": "lobster price collapse",
        "mode": "rewrite",
        "reference": (
            "Prices paid to lobster fishermen in the Carrow Bay area have fallen by almost half in a month, "
            "from \u00a328 a kilo in early March to \u00a315, according to figures from the Carrow Fishermen's "
            "Association. The association's secretary, Ewan Tolley, blamed the fall on a sudden halt in "
            "orders from buyers in East Asia, which take around 70 per cent of the local catch. He said some "
            "of the area's 45 boats had stopped fishing altogether because prices no longer covered fuel "
            "costs. A spokesperson for Pelago Seafoods, one of the main exporters, said the slowdown was "
            "temporary and that it expected orders to recover by the summer. The association has asked the "
            "regional development agency for emergency support."
        ),
        "candidate": (
            "Lobster prices paid to fishermen around Carrow Bay have dropped by more than half in a month, "
            "from \u00a328 a kilo in early March to \u00a315, according to figures from the Carrow Fishermen's "
            "Association. Ewan Tolley, the association's secretary, put the slump down to a sudden halt in "
            "orders from buyers in East Asia, who take about 70% of the local catch. Some of the area's 45 "
            "boats have stopped going out at all because prices no longer cover fuel costs, he said. Mr "
            "Tolley added that the slowdown was temporary and that he expected orders to recover by the "
            "summer. The association has asked the regional development agency for emergency support."
        ),
        "errors": [
            {"text": "by more than half", "type": "number", "severity": "minor",
             "ref_text": "by almost half"},
            {"text": "Mr Tolley added", "type": "attribution", "severity": "major",
             "ref_text": "A spokesperson for Pelago Seafoods"},
        ],
        "traps": [
            {"text": "put the slump down to", "ref_text": "blamed the fall on"},
            {"text": "stopped going out at all", "ref_text": "stopped fishing altogether"},
        ],
    },
    # 16 ------------------------------------------------------------------
    {
        "domain": "coffee cup levy",
        "mode": "rewrite",
        "reference": (
            "Customers buying hot drinks in disposable cups in the city of Wexmoor will pay an extra 25p "
            "per cup from 1 July, under a levy approved by the city council on Tuesday. The charge will "
            "apply to cafes, fast-food outlets and petrol stations with more than ten employees; smaller "
            "businesses will be exempt for the first year. Money raised, estimated at \u00a3900,000 a year, "
            "will go towards installing 120 public water refill points and reusable cup schemes. Councillor "
            "Hana Brisk said a similar levy in a trial area had cut disposable cup use by 37 per cent. "
            "Traders' group Wexmoor Business Forum said the charge would be confusing for customers."
        ),
        "candidate": (
            "From 1 July, anyone in Wexmoor who buys a hot drink in a throwaway cup will pay an additional "
            "25p per cup, under a levy the city council approved on Tuesday. Cafes, fast-food outlets and "
            "petrol stations with ten or more employees will have to apply the charge, while smaller "
            "businesses will be exempt. The levy is expected to raise around \u00a3900,000 a year, which will "
            "go towards installing 120 public water refill points and reusable cup schemes. According to "
            "Councillor Hana Brisk, a similar levy cut the use of disposable cups by 37% when it was "
            "trialled in one area. The Wexmoor Business Forum, which represents traders, said customers "
            "would find the charge confusing."
        ),
        "errors": [
            {"text": "ten or more employees", "type": "number", "severity": "minor",
             "ref_text": "more than ten employees"},
            {"type": "omission", "severity": "major", "after": "smaller businesses will be exempt",
             "ref_text": "for the first year"},
        ],
        "traps": [
            {"text": "throwaway cup", "ref_text": "disposable cups"},
            {"text": "expected to raise around \u00a3900,000 a year",
             "ref_text": "estimated at \u00a3900,000 a year"},
        ],
    },
    # 17 ------------------------------------------------------------------
    {
        "domain": "rabies case import",
        "mode": "rewrite",
        "reference": (
            "A dog brought into the country from abroad has tested positive for rabies, the Animal and "
            "Plant Health Directorate confirmed on Friday. The animal, a two-year-old rescue dog, was "
            "imported by a private charity last month using a pet passport that officials now believe was "
            "forged. It was put down after developing symptoms at a foster home in the village of Ashby "
            "Wold. Health officials said the risk to the public was very low, but six people who had close "
            "contact with the dog are being offered precautionary vaccinations. This is the first confirmed "
            "case of rabies in an imported animal since 2019. The directorate said it was working with the "
            "charity to trace other dogs from the same shipment."
        ),
        "candidate": (
            "A rescue dog imported from abroad has tested positive for rabies, the Animal and Plant Health "
            "Directorate confirmed on Friday. The two-year-old animal was brought into the country last "
            "month by a private charity on a pet passport that officials now believe had been forged. After "
            "developing symptoms at a foster home in the village of Ashby Wold, it was put to sleep. Six "
            "people who were in close contact with the dog are being offered vaccinations as a precaution, "
            "although health officials described the risk to the public as very low. It is the first "
            "confirmed rabies case since 2019. The directorate said it was working with the charity to "
            "trace other dogs from the same shipment."
        ),
        "errors": [
            {"type": "omission", "severity": "major", "after": "It is the first confirmed rabies case",
             "ref_text": "in an imported animal"},
        ],
        "traps": [
            {"text": "was put to sleep", "ref_text": "was put down"},
            {"text": "are being offered vaccinations as a precaution",
             "ref_text": "are being offered precautionary vaccinations"},
            {"text": "described the risk to the public as very low",
             "ref_text": "said the risk to the public was very low"},
        ],
    },
    # 18 ------------------------------------------------------------------
    {
        "domain": "moorland burning ban",
        "mode": "rewrite",
        "reference": (
            "The government has announced that controlled burning of heather on protected upland peat will "
            "be banned from October, extending restrictions introduced three years ago. The environment "
            "department said landowners would be able to apply for a licence to burn only where there was a "
            "risk of wildfire that could not be managed by cutting. Conservation charity Peatwatch welcomed "
            "the move but said licences should be granted rarely. The Moorland Owners' Alliance said the ban "
            "could increase the risk of large wildfires, as vegetation would build up. About 150,000 "
            "hectares of moorland in the north of the country are expected to be affected. Landowners who "
            "burn without a licence may face fines of up to \u00a310,000."
        ),
        "candidate": (
            "Controlled burning of heather on protected upland peat is to be banned from October, the "
            "government has announced, extending restrictions brought in three years ago. According to the "
            "environment department, landowners will be able to seek a licence to burn only where there is "
            "a wildfire risk that cannot be managed by cutting. The conservation charity Peatwatch welcomed "
            "the decision, although it said licences should be issued only rarely. The ban will increase "
            "the risk of large wildfires because vegetation will build up, the Moorland Owners' Alliance "
            "said. Roughly 150,000 hectares of moorland in the north of the country are expected to be "
            "affected, and landowners who burn without a licence could be fined as much as \u00a310,000."
        ),
        "errors": [
            {"text": "will increase", "type": "modality", "severity": "major",
             "ref_text": "could increase"},
        ],
        "traps": [
            {"text": "seek a licence", "ref_text": "apply for a licence"},
            {"text": "should be issued only rarely", "ref_text": "should be granted rarely"},
            {"text": "could be fined as much as \u00a310,000",
             "ref_text": "may face fines of up to \u00a310,000"},
        ],
    },
    # 19 ------------------------------------------------------------------
    {
        "domain": "ostrich farm closure",
        "mode": "rewrite",
        "reference": (
            "Dunholm Ostrich Farm, one of the largest in the region, will close in December after 22 years, "
            "its owners said on Monday. Gerrit and Anneke Vos said rising feed costs and a fall in demand "
            "for ostrich meat from restaurants had made the business unviable. The farm's 340 birds will be "
            "sold to other breeders, and none will be slaughtered because of the closure, the couple said. "
            "The farm shop and visitor centre, which attracted about 25,000 people a year, closed to the "
            "public last weekend. Nine staff will lose their jobs. The neighbouring Kelmscar Wildlife Park "
            "has offered to take some of the farm's older birds."
        ),
        "candidate": (
            "After 22 years, Dunholm Ostrich Farm, one of the region's biggest, is to shut in December, "
            "owners Gerrit and Anneke Vos announced on Monday. The couple said the business was no longer "
            "viable because feed had become more expensive and supermarkets were buying less ostrich meat. "
            "The farm's 340 birds will be sold to other breeders, and none of them will be slaughtered "
            "because of the closure, the couple said. The farm shop and visitor centre, which drew around "
            "25,000 visitors a year, closed to the public last weekend, and nine staff will be made "
            "redundant. Some of the older birds have been bought by the neighbouring Kelmscar Wildlife "
            "Park."
        ),
        "errors": [
            {"text": "supermarkets", "type": "entity", "severity": "major", "ref_text": "restaurants"},
            {"text": "have been bought by", "type": "event", "severity": "major",
             "ref_text": "has offered to take"},
        ],
        "traps": [
            {"text": "drew around 25,000 visitors a year",
             "ref_text": "attracted about 25,000 people a year"},
            {"text": "will be made redundant", "ref_text": "will lose their jobs"},
        ],
    },
    # 20 ------------------------------------------------------------------
    {
        "domain": "theatre roof repair",
        "mode": "rewrite",
        "reference": (
            "The Corran Theatre in Gullmouth will close for eight months from January so that its leaking "
            "Victorian roof can be repaired, the theatre's trustees said on Wednesday. The \u00a32.1 million "
            "project will be designed and overseen by the architects Stenning Wolfe, with the building work "
            "carried out by the conservation firm Harlan & Pyke. Arts Council Westmoor has awarded the "
            "theatre a grant of \u00a31.3 million towards the cost, and the remainder will be raised through a "
            "public appeal. During the closure, the theatre's Christmas pantomime will move to the Gullmouth "
            "Corn Exchange. Chief executive Nadia Okafor said the roof had been patched many times but now "
            "needed replacing 'before it fails completely'."
        ),
        "candidate": (
            "Gullmouth's Corran Theatre is to close for eight months from January while its leaking "
            "Victorian roof is repaired, the trustees announced on Wednesday. Conservation firm Harlan & "
            "Pyke will design and oversee the \u00a32.1m project, with the building work done by architects "
            "Stenning Wolfe. Of the cost, \u00a31.3m is covered by a grant from Arts Council Westmoor, and a "
            "public appeal will raise the rest. The Christmas pantomime will be staged at the Gullmouth "
            "Corn Exchange while the theatre is shut. The roof has been patched many times but must now be "
            "replaced 'before it fails completely', said chief executive Nadia Okafor."
        ),
        "errors": [
            {"text": "Harlan & Pyke will design and oversee the \u00a32.1m project, with the building work "
                     "done by architects Stenning Wolfe",
             "type": "role", "severity": "major",
             "ref_text": "designed and overseen by the architects Stenning Wolfe, with the building work "
                         "carried out by the conservation firm Harlan & Pyke"},
        ],
        "traps": [
            {"text": "\u00a31.3m is covered by a grant from Arts Council Westmoor",
             "ref_text": "Arts Council Westmoor has awarded the theatre a grant of \u00a31.3 million"},
            {"text": "will be staged at the Gullmouth Corn Exchange",
             "ref_text": "will move to the Gullmouth Corn Exchange"},
        ],
    },
]
