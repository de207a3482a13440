"""Summary pairs for set164: 5 consistent, 5 inconsistent."""

from . import E, T

CASES = [
    # ------------------------------------------------------------------ 1
    dict(
        domain="long jump record ratification", mode="summary", label="consistent",
        reference=(
            "The national athletics federation has ratified Tomas Eberly's long jump of 8.71 metres as a "
            "national record, four months after he set the mark at the Kelden Open meeting. The ratification "
            "had been delayed while officials checked the calibration of the wind gauge and the take-off "
            "board sensor, the federation said in a statement on Thursday. Both were found to be working "
            "correctly. Eberly's jump beat the previous record of 8.64 metres, held by Arturo Salgado since "
            "1998. The 23-year-old, who trains at the Pinecrest club under coach Maria Oduya, said he was "
            "'relieved' and would now focus on the outdoor season. Salgado, now a commentator, congratulated "
            "him on social media."
        ),
        candidate=(
            "Four months after he set it, Tomas Eberly's 8.71m long jump has been ratified as a national "
            "record, following checks that found the wind gauge and take-off board sensor had worked "
            "properly. The 23-year-old's leap beat the 8.64m mark Arturo Salgado had held since 1998."
        ),
        errors=[],
        traps=[
            T("8.71m", "8.71 metres"),
            T("had worked properly", "were found to be working correctly"),
            T("The 23-year-old's leap", "Eberly's jump"),
            T("the 8.64m mark Arturo Salgado had held since 1998",
              "the previous record of 8.64 metres, held by Arturo Salgado since 1998"),
        ],
    ),
    # ------------------------------------------------------------------ 2
    dict(
        domain="bee hotel installation", mode="summary", label="inconsistent",
        reference=(
            "Forty 'bee hotels' have been installed in parks and school grounds across Merriton to provide "
            "nesting sites for solitary bees, the city's parks department said. The wooden boxes, filled with "
            "hollow stems and drilled blocks, were built by inmates at Kelsall prison as part of a carpentry "
            "training course. Each hotel cost about 85 pounds in materials, paid for from a 5,000 pound grant "
            "by the Merriton Green Fund. Solitary bees such as mason and leafcutter bees do not live in "
            "colonies and rarely sting, ecologist Dr Farah Nwosu said. Pupils at eight schools will record "
            "which species move in over the next two summers, and the results will be shared with the "
            "national pollinator survey."
        ),
        candidate=(
            "Forty bee hotels, built by Kelsall prison inmates on a carpentry course, have been put up in "
            "Merriton's parks and school grounds to give solitary bees nesting sites. Over the next two "
            "summers, pupils at eight schools will log which species move in, with results going to the "
            "national pollinator survey, which has recorded a sharp decline in solitary bees."
        ),
        errors=[
            E("which has recorded a sharp decline in solitary bees", "addition", "major", None),
        ],
        traps=[
            T("log which species move in", "record which species move in"),
        ],
    ),
    # ------------------------------------------------------------------ 3
    dict(
        domain="cold war radar station", mode="summary", label="inconsistent",
        reference=(
            "The former Cold War radar station at Skelda Head, decommissioned in 1993, is to be turned into a "
            "museum after the Northern Isles Heritage Trust bought it from the defence ministry for a nominal "
            "1 pound. The site's concrete operations bunker, built in 1954, still contains original plotting "
            "tables and communications equipment. The trust plans to open the bunker to visitors in summer "
            "2026, once asbestos has been removed and ventilation installed, at an estimated cost of 780,000 "
            "pounds. Trust chair Ian Mowat said the station had tracked aircraft approaching from the north "
            "for almost four decades. Two of its former operators have agreed to help train volunteer guides."
        ),
        candidate=(
            "Skelda Head's Cold War radar station, decommissioned in 1993, is to become a museum after the "
            "defence ministry bought it from the Northern Isles Heritage Trust for a nominal \u00a31. The "
            "trust plans to open the 1954 bunker, which still holds original plotting tables and "
            "communications equipment, to visitors in summer 2026, with asbestos removal and ventilation "
            "work to follow at an estimated cost of \u00a3780,000."
        ),
        errors=[
            E("the defence ministry bought it from the Northern Isles Heritage Trust", "role", "critical",
              "the Northern Isles Heritage Trust bought it from the defence ministry"),
            E("with asbestos removal and ventilation work to follow", "date", "major",
              "once asbestos has been removed and ventilation installed"),
        ],
        traps=[
            T("the 1954 bunker", "bunker, built in 1954"),
        ],
    ),
    # ------------------------------------------------------------------ 4
    dict(
        domain="box tree caterpillar", mode="summary", label="consistent",
        reference=(
            "Gardeners in the Ashdown district are being asked to check box hedges for signs of the box tree "
            "caterpillar after the pest was confirmed in 47 gardens this summer, up from six last year. The "
            "caterpillar, which can strip a hedge of leaves within weeks, was first recorded in the district "
            "in 2021. Plant health officer Gemma Ruskin said the most effective control was to pick off "
            "caterpillars by hand or use pheromone traps to catch the adult moths. Chemical sprays are not "
            "recommended in gardens because they also kill bees and other beneficial insects, she said. The "
            "historic box parterre at Ellerby Hall has so far escaped damage, but staff are inspecting it "
            "weekly."
        ),
        candidate=(
            "Ashdown gardeners are being asked to check box hedges after the box tree caterpillar was found "
            "in 47 gardens this summer, almost eight times last year's six. Plant health officer Gemma Ruskin "
            "advised removing caterpillars by hand or catching the adult moths in pheromone traps rather than "
            "using chemical sprays, which also kill bees and other helpful insects."
        ),
        errors=[],
        traps=[
            T("almost eight times last year's six", "up from six last year"),
            T("removing caterpillars by hand", "pick off caterpillars by hand"),
            T("rather than using chemical sprays", "Chemical sprays are not recommended in gardens"),
            T("other helpful insects", "other beneficial insects"),
        ],
    ),
    # ------------------------------------------------------------------ 5
    dict(
        domain="stunt double union", mode="summary", label="inconsistent",
        reference=(
            "Stunt performers in the Varnholm film industry have voted to form their own union branch, in a "
            "move that could lead to the first industry-wide safety agreement for stunt work. Of the 412 "
            "members of the Guild of Screen Performers who work mainly as stunt doubles, 356 took part in the "
            "ballot and 89 per cent voted in favour. Organiser Leah Brandt said members wanted minimum rest "
            "periods between takes and a qualified safety coordinator on every set where stunts are "
            "performed. The Varnholm Producers' Alliance said it was 'open to talks' but had not yet agreed "
            "to negotiate. The vote follows an accident on a production in Port Essary last year in which a "
            "stunt double broke both legs."
        ),
        candidate=(
            "Stunt performers in Varnholm's film industry have voted to form their own union branch, with "
            "89% of the 356 members who took part in the ballot in favour, a move that will lead to the first "
            "industry-wide safety agreement for stunt work. Producers say they are open to talks but have not "
            "yet agreed to negotiate."
        ),
        errors=[
            E("will lead to", "modality", "major", "could lead to"),
        ],
        traps=[],
    ),
    # ------------------------------------------------------------------ 6
    dict(
        domain="wildflower meadow planting", mode="summary", label="consistent",
        reference=(
            "Volunteers have sown a 3.5-hectare wildflower meadow on former farmland at Cobley Fields, the "
            "largest community planting project in the county, the Wessmoor Wildlife Trust said on Monday. "
            "More than 200 people helped spread seed gathered from 12 local meadows over two weekends in "
            "October. The mix includes yellow rattle, which weakens grasses and allows flowers to establish. "
            "The trust bought the land for 310,000 pounds last year with help from a legacy left by a local "
            "teacher, Margaret Fell. Project lead Daniel Ockley said the meadow would take three to five "
            "years to reach its full diversity and that the first flowers were expected next June. The site "
            "will open to the public in spring."
        ),
        candidate=(
            "More than 200 volunteers spent two October weekends sowing a 3.5-hectare wildflower meadow at "
            "Cobley Fields, the county's biggest community planting scheme, the Wessmoor Wildlife Trust said. "
            "The trust, which paid \u00a3310,000 for the land last year, will open the site to the public in spring; project "
            "lead Daniel Ockley expects the first flowers next June and full diversity within three to five "
            "years."
        ),
        errors=[],
        traps=[
            T("two October weekends", "over two weekends in October"),
            T("the county's biggest community planting scheme", "the largest community planting project in the county"),
            T("paid \u00a3310,000 for the land", "bought the land for 310,000 pounds"),
            T("expects the first flowers next June", "the first flowers were expected next June"),
        ],
    ),
    # ------------------------------------------------------------------ 7
    dict(
        domain="herring fleet decline", mode="summary", label="inconsistent",
        reference=(
            "The number of boats in the Tarnwick herring fleet has fallen to 11, from 64 in 1990, according "
            "to a report by the Coastal Communities Institute published on Tuesday. Landings of herring at "
            "Tarnwick harbour dropped to 3,400 tonnes last year, less than a tenth of the 1990 total. The "
            "report blames reduced quotas, rising fuel prices and the loss of the town's last fish-processing "
            "plant in 2017, which forced boats to land their catch 90 miles away at Scallow. Author Dr Neil "
            "Garrow said the fleet could disappear within a decade without support. The harbour authority "
            "said it was in talks with two companies about opening a new processing plant."
        ),
        candidate=(
            "Tarnwick's herring fleet has shrunk from 46 boats in 1990 to 11, and landings at the harbour "
            "fell last year to 3,400 tonnes, under a tenth of the 1990 total, a Coastal Communities Institute "
            "report says. It blames lower quotas, higher fuel prices and the 2017 closure of the town's last "
            "fish-processing plant. Author Dr Neil Garrow warned the fleet could vanish within a decade "
            "without support, blaming lower quotas, higher fuel prices and the 2017 closure of the town's "
            "last fish-processing plant."
        ),
        errors=[
            E("46", "number", "major", "64"),
            E("lower quotas, higher fuel prices and the 2017 closure of the town's last fish-processing plant",
              "repetition", "minor", None, occ=1),
        ],
        traps=[
            T("under a tenth", "less than a tenth"),
        ],
    ),
    # ------------------------------------------------------------------ 8
    dict(
        domain="railway crossing keeper", mode="summary", label="consistent",
        reference=(
            "Edna Harrowby, believed to be the last full-time level crossing keeper on the Vale Line, retired "
            "on Friday after 34 years operating the gates at Marsh Lane crossing near the village of Ebbling. "
            "The crossing, which carries a minor road over the line, is being converted to automatic barriers "
            "controlled from a signal centre 40 miles away in Tolchester. Ms Harrowby, 66, lived in the "
            "crossing cottage and opened and closed the gates by hand up to 50 times a day. Rail operator "
            "Vale Network said the automation work would cost 1.2 million pounds and take three weeks, during "
            "which the road would be closed. Villagers presented her with a painting of the crossing at a "
            "farewell gathering."
        ),
        candidate=(
            "Edna Harrowby, thought to be the Vale Line's last full-time crossing keeper, retired on Friday "
            "after 34 years of working the Marsh Lane gates by hand, up to 50 times a day. The crossing near "
            "Ebbling is getting automatic barriers run from Tolchester, 40 miles away; the \u00a31.2m "
            "conversion will shut the road for three weeks."
        ),
        errors=[],
        traps=[
            T("thought to be", "believed to be"),
            T("run from Tolchester, 40 miles away", "controlled from a signal centre 40 miles away in Tolchester"),
            T("\u00a31.2m", "1.2 million pounds"),
            T("will shut the road for three weeks", "take three weeks, during which the road would be closed"),
        ],
    ),
    # ------------------------------------------------------------------ 9
    dict(
        domain="sea fort sale", mode="summary", label="consistent",
        reference=(
            "Gullrock Fort, a circular 19th-century sea fort standing a mile off the coast at Haddon Bay, has "
            "been sold at auction for 1.15 million pounds, nearly double its guide price of 600,000 pounds. "
            "The buyer, a private company registered as Saltmarsh Leisure Ltd, has not disclosed its plans. "
            "The fort, built in 1861 to defend the approach to the naval dockyard, has 49 rooms over three "
            "floors but no mains water or electricity and can be reached only by boat. It was last used by "
            "the military in 1956 and was previously owned by a family who ran it as a holiday let. "
            "Auctioneer Keith Brannigan said there had been bids from five countries."
        ),
        candidate=(
            "Gullrock Fort, an 1861 sea fort off Haddon Bay that is reachable only by boat, has fetched "
            "\u00a31.15m at auction, almost twice its \u00a3600,000 guide price. The buyer, Saltmarsh Leisure "
            "Ltd, has not said what it plans to do with the 49-room fort, which lacks mains water and "
            "electricity."
        ),
        errors=[],
        traps=[
            T("an 1861 sea fort", "built in 1861"),
            T("almost twice", "nearly double"),
            T("has not said what it plans to do with", "has not disclosed its plans"),
            T("lacks mains water and electricity", "no mains water or electricity"),
        ],
    ),
    # ------------------------------------------------------------------ 10
    dict(
        domain="brewery pub estate sale", mode="summary", label="inconsistent",
        reference=(
            "Family-owned brewer Hollins & Crake has agreed to sell 58 of its 140 pubs to investment group "
            "Redmoor Capital for an undisclosed sum, the company said on Monday. The pubs, mostly in rural "
            "areas, will continue to sell Hollins & Crake beers under a ten-year supply agreement. Managing "
            "director Alice Crake said the sale would allow the brewer to reduce its debts and invest 12 "
            "million pounds in its remaining estate. The Pub Tenants' Association said it was concerned that "
            "Redmoor could raise rents once the supply deal ends. The brewer, founded in 1868, will keep its "
            "brewery in Sallowby, where it employs about 230 people. The deal is expected to be completed in "
            "April."
        ),
        candidate=(
            "Hollins & Crake is to lease 58 of its 140 pubs to investment group Redmoor Capital, and the pubs "
            "will keep selling its beers under a ten-year supply deal. Managing director Alice Crake said the "
            "move would cut the brewer's debts and let it invest \u00a312m in its remaining estate, though she "
            "acknowledged that Redmoor could raise rents once the supply deal ends. The deal is expected to "
            "complete in April."
        ),
        errors=[
            E("lease", "event", "critical", "sell"),
            E("she acknowledged", "attribution", "major", "The Pub Tenants' Association said it was concerned"),
        ],
        traps=[],
    ),
]
