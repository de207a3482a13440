#!/usr/bin/env python3
"""Held-out evaluation set 129 for a reference-vs-candidate fact-comparison tool.

How it was made
---------------
Every pair was hand-written by a helper session that saw no code or data of the
project and no existing benchmark, working only from a written brief.  All
people, companies, organisations, places and figures are invented (real
countries appear only as background).  Character offsets are never typed by
hand: this script finds every span by string search (with an explicit
occurrence index where a quoted text repeats), validates the whole set and
writes set129.jsonl next to itself.  `python3 make_set129.py --check`
validates only and writes nothing.

Composition
-----------
* 40 pairs, each from a different domain: 20 consistent, 20 inconsistent.
* Modes: 20 rewrite (10 consistent / 10 inconsistent), 10 summary (5 / 5),
  10 translation (5 / 5).  Translation pairs are two independent English
  renderings of the same non-English story.
* 30 annotated errors: number 4, entity 3, date 3 (incl. time of day and
  before/after), role 3, polarity 3, modality 3, event 3, attribution 2,
  omission 2 (rewrite/translation only), addition 2, repetition 2.
  10 inconsistent pairs carry one error and 10 carry two.
* Traps (faithful rewordings a naive checker might flag): 3-5 in every
  consistent pair (95 in all), 0-3 in inconsistent pairs (49 in all).
* References are 70-190 words in news / agency / corporate / official
  register; summaries are shorter than their references.

Record format (one JSON object per line): id, domain, mode, reference,
candidate, label, errors[{start, end, text, type, severity, ref_text}],
traps[{start, end, text, ref_text}]; offsets are Python str offsets into
`candidate`, [start, end).  Omissions are zero-width (start == end, text "")
with the missing reference words in ref_text; addition and repetition errors
have ref_text null.
"""

import json
import os
import re
import sys
from collections import Counter

SET_NO = 129
N_PAIRS = 40

DOMAINS = [
    "pet food prices", "alpaca trekking business", "golf course housing plan",
    "kelp forest restoration", "pine marten recovery", "lynx release plan",
    "outdoor pool reopening", "mosque open day", "oat milk factory",
    "swift nesting boxes", "night tube", "light pollution dark sky",
    "optician chain takeover", "garden birdwatch", "book fair cancellation",
    "steam locomotive restoration", "primary school merger",
    "horse meat scandal", "bumblebee decline", "record shop revival",
    "oyster reef project", "velodrome funding", "hydrogen train trial",
    "water leak target", "cctv upgrade", "bell ringing recruitment",
    "ski lift accident", "police station counter", "cooperage revival",
    "prison escape recapture", "dental practice waiting",
    "abandoned shopping trolleys", "lottery jackpot unclaimed",
    "tide gauge data", "trampoline park injury", "apple glut",
    "radio mast objection", "chess olympiad qualifier", "heating oil theft",
    "dolphin stranding",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]
MODES = ["rewrite", "summary", "translation"]

CASES = []


def case(domain, mode, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "reference": reference,
                  "candidate": candidate, "errors": list(errors),
                  "traps": list(traps)})


def E(text, etype, severity, ref_text, occ=None):
    """An error span: `text` is found in the candidate (occurrence `occ`)."""
    return {"text": text, "type": etype, "severity": severity,
            "ref_text": ref_text, "occ": occ}


def OM(after, ref_text, severity, occ=None):
    """An omission: zero-width span at the end of the anchor text `after`."""
    return {"after": after, "type": "omission", "severity": severity,
            "ref_text": ref_text, "occ": occ}


def T(text, ref_text, occ=None):
    """A trap: faithful rewording `text` of reference wording `ref_text`."""
    return {"text": text, "ref_text": ref_text, "occ": occ}


# ---------------------------------------------------------------------------
# Cases
# ---------------------------------------------------------------------------

# 001 -------------------------------------------------------------------------
case(
    "pet food prices", "rewrite",
    "The price of dry dog food in Bramford supermarkets has risen by 18 per cent over the past twelve months, according to figures published on Monday by the Pet Owners' Budget Network. The group surveyed 240 stores and found that a 10kg bag of mid-range kibble now costs an average of £34, up from £29 a year ago. Cat food rose more slowly, by around 9 per cent. Network director Hollis Varga said manufacturers had blamed higher costs for grain and packaging, but warned that some owners were already switching to cheaper brands. The network expects prices to level off by the spring, although it said a further rise could not be ruled out.",
    "Owners in Bramford are paying almost a fifth more for dry dog food than they were a year ago, with supermarket prices up 18% in twelve months, the Pet Owners' Budget Network said on Monday. Across the 240 stores it surveyed, an average 10kg bag of mid-range kibble now sells for £34, compared with £29 last year. Prices of cat food climbed at roughly half that pace, about 9%. Manufacturers have pointed to dearer grain and packaging, according to the network's director, Hollis Varga, who cautioned that some owners had already begun trading down to cheaper brands. The group believes prices will plateau by spring but did not rule out another increase.",
    traps=[
        T("up 18% in twelve months", "risen by 18 per cent over the past twelve months"),
        T("roughly half that pace, about 9%", "by around 9 per cent"),
        T("trading down to cheaper brands", "switching to cheaper brands"),
        T("believes prices will plateau by spring", "expects prices to level off by the spring"),
        T("did not rule out another increase", "a further rise could not be ruled out"),
    ],
)

# 002 -------------------------------------------------------------------------
case(
    "alpaca trekking business", "rewrite",
    "A farm near Kettlebrook has turned to alpaca trekking to make up for falling lamb prices. Owners Dafydd and Mairwen Prosser bought their first six alpacas in 2021 and now keep a herd of 23, of which 14 are trained to walk on a lead. Guided treks, which last about 90 minutes and cost £45 per person, drew more than 3,100 visitors last year. The couple said the business now brings in roughly a third of the farm's income. They have applied to the district council for permission to convert a disused barn into a visitor centre with a small café, and a decision is due next month.",
    "Falling lamb prices have pushed a farm near Kettlebrook into alpaca trekking. Dafydd and Mairwen Prosser, who own the farm, started with six animals in 2021; the herd has since grown to 23, with 14 of them trained to walk on a lead. Last year more than 1,300 people paid £45 each for the guided walks, which take around an hour and a half. According to the couple, trekking now accounts for about a third of the farm's income. They are seeking district council approval to turn a disused barn into a visitor centre with a small café, with a ruling expected next month.",
    errors=[
        E("1,300", "number", "major", "3,100"),
    ],
    traps=[
        T("around an hour and a half", "about 90 minutes"),
        T("accounts for about a third of the farm's income", "brings in roughly a third of the farm's income"),
        T("a ruling expected next month", "a decision is due next month"),
    ],
)

# 003 -------------------------------------------------------------------------
case(
    "golf course housing plan", "summary",
    "Plans to build 420 homes on the former Ashcombe Park golf course have been approved by Wendlow District Council, despite objections from more than 900 residents. The 18-hole course closed in 2022 after its owners, Ferncastle Leisure, reported three consecutive years of losses. Under the scheme put forward by developer Greyholt Homes, 35 per cent of the houses will be classed as affordable, and around a quarter of the 60-hectare site will be kept as public parkland. Councillors voted seven to four in favour at a meeting on Thursday evening. Opponents, led by the Ashcombe Green Spaces group, said they were considering a legal challenge. Construction is expected to begin late next year and take about six years.",
    "Wendlow councillors voted 7-4 on Thursday to let Greyholt Homes build 420 houses on the disused Ashcombe Park golf course, overriding objections from over 900 residents. Just over a third of the homes will be affordable and roughly 15 hectares kept as parkland. Work is likely to start late next year; opponents are weighing a legal challenge.",
    traps=[
        T("voted 7-4", "voted seven to four in favour"),
        T("Just over a third of the homes", "35 per cent of the houses"),
        T("roughly 15 hectares", "around a quarter of the 60-hectare site"),
        T("is likely to start", "is expected to begin"),
        T("weighing a legal challenge", "considering a legal challenge"),
    ],
)

# 004 -------------------------------------------------------------------------
case(
    "kelp forest restoration", "summary",
    "Divers have replanted almost two hectares of kelp off the Corran Head coast in the first year of a restoration project led by the Saltmere Marine Trust. The trust said 11,000 young kelp plants, grown on ropes in a hatchery at Port Lenny, had been anchored to the seabed since last April. Surveys found that about 60 per cent had survived the winter storms. Project manager Isla Brodie said the results were 'better than we dared hope' but cautioned that sea urchins, which graze on kelp, remained a threat. Fishermen from the Corran Inshore Association, who helped fund the work, said they had already noticed more juvenile lobsters around the replanted areas. The trust aims to restore ten hectares by 2030.",
    "In its first year, the Saltmere Marine Trust's restoration project has replanted nearly two hectares of kelp off Corran Head using 11,000 hatchery-grown plants, roughly 40 per cent of which came through the winter. Fishermen who helped pay for the work called the results 'better than we dared hope', though urchins still pose a threat. The trust is aiming for ten hectares by 2030.",
    errors=[
        E("40 per cent", "number", "major", "60 per cent"),
        E("Fishermen who helped pay for the work", "attribution", "major", "Project manager Isla Brodie"),
    ],
    traps=[
        T("nearly two hectares", "almost two hectares"),
        T("came through the winter", "survived the winter storms"),
    ],
)

# 005 -------------------------------------------------------------------------
case(
    "pine marten recovery", "translation",
    "The pine marten population in the Hoogveld nature reserve has more than doubled in a decade, according to a count published on Wednesday by the regional forestry service. Camera traps placed at 80 locations recorded at least 57 individual animals last autumn, compared with 26 in 2014. Researcher Anouk Verbeek, who led the count, attributed the increase mainly to the planting of mixed woodland and to a ban on trapping introduced in 2009. She said the animals were now also being seen in gardens on the edge of Lindendaal, something that was almost unheard of ten years ago. The forestry service plans to install special nest boxes in the reserve this winter to support breeding.",
    "In ten years the number of pine martens in the Hoogveld nature reserve has risen to more than twice its former level, the regional forestry service reported on Wednesday. Last autumn, cameras set up at 80 sites captured no fewer than 57 different martens; in 2014 the figure was 26. According to Anouk Verbeek, the researcher in charge of the survey, the growth is chiefly the result of mixed woodland being planted and of the trapping ban that has applied since 2009. The animals, she added, are now turning up in gardens on the outskirts of Lindendaal as well, which a decade ago would have been practically unthinkable. This winter the service intends to put up purpose-built nest boxes in the reserve to help the martens breed.",
    traps=[
        T("In ten years", "in a decade"),
        T("risen to more than twice its former level", "more than doubled"),
        T("no fewer than 57 different martens", "at least 57 individual animals"),
        T("the trapping ban that has applied since 2009", "a ban on trapping introduced in 2009"),
        T("which a decade ago would have been practically unthinkable", "something that was almost unheard of ten years ago"),
    ],
)

# 006 -------------------------------------------------------------------------
case(
    "lynx release plan", "translation",
    "Wildlife authorities in the Karsten hills could release up to six Eurasian lynx next spring if a public consultation, which closes on 30 November, finds sufficient support, the regional environment ministry said on Tuesday. The animals would come from a breeding centre in Slovakia and be fitted with GPS collars. Sheep farmers have objected to the plan, arguing that compensation for livestock losses, currently set at €250 per animal, is too low. Environment minister Petra Haldenwang said the ministry was willing to review the compensation scheme but insisted that lynx posed 'a very small risk' to flocks. Conservationists say the hills could eventually support a population of around 40.",
    "The regional environment ministry announced on Tuesday that up to six Eurasian lynx will be set free in the Karsten hills next spring. The animals would be supplied by a breeding centre in Slovakia and fitted with GPS collars. Sheep farmers oppose the project, saying that the compensation paid when livestock are killed – at present €250 per head – is insufficient. Minister Petra Haldenwang said her department was prepared to look again at the payments, but stressed that lynx represented 'a very small danger' to flocks. According to conservation groups, the region could one day sustain roughly 40 of the cats.",
    errors=[
        E("will be set free", "modality", "major", "could release"),
        OM("next spring", "if a public consultation, which closes on 30 November, finds sufficient support", "major"),
    ],
    traps=[
        T("at present €250 per head", "currently set at €250 per animal"),
        T("could one day sustain roughly 40 of the cats", "could eventually support a population of around 40"),
    ],
)

# 007 -------------------------------------------------------------------------
case(
    "outdoor pool reopening", "rewrite",
    "The Millbrook Lido will reopen to swimmers on Saturday 24 May after a two-year, £3.8 million refurbishment, Harrowden Borough Council has confirmed. The 50-metre pool, built in 1936, closed in 2023 when inspectors found cracks in its concrete basin. The work has included a new filtration system, solar panels to heat the water to around 24C, and a refurbished café. Adult tickets will cost £6.50, while children under 16 will swim free on weekday mornings during the school holidays. Council leader Marjorie Okafor said the lido was 'part of the town's soul'. The pool will be open daily from 7am to 8pm until the end of September.",
    "Harrowden Borough Council has confirmed that swimmers will be back in the Millbrook Lido from Saturday 24 May, following a two-year refurbishment costing £3.8m. Inspectors discovered cracks in the concrete basin of the 1936 pool, which is 50 metres long, leading to its closure in 2023. Solar panels will now warm the water to about 24C, alongside a new filtration system and a revamped café. An adult ticket will be £6.50; under-16s can swim for nothing on weekday mornings in the school holidays. The lido is 'part of the town's soul', according to council leader Marjorie Okafor. Until the end of September it will open every day between 7am and 8pm.",
    traps=[
        T("£3.8m", "£3.8 million"),
        T("which is 50 metres long", "The 50-metre pool"),
        T("Solar panels will now warm the water to about 24C", "solar panels to heat the water to around 24C"),
        T("under-16s can swim for nothing", "children under 16 will swim free"),
        T("every day between 7am and 8pm", "daily from 7am to 8pm"),
    ],
)

# 008 -------------------------------------------------------------------------
case(
    "mosque open day", "rewrite",
    "The Al-Noor Mosque in Eastcombe will open its doors to the public on Sunday 8 June as part of a national open day organised by the Council of Faith Communities. Visitors will be able to tour the prayer hall, watch a demonstration of Arabic calligraphy and ask questions of the imam, Sheikh Yusuf Rahimi. Tea and refreshments will be served in the community hall between 11am and 4pm. Last year's open day attracted about 700 visitors, many of whom had never been inside a mosque before, according to the mosque's secretary, Farida Osei. Women visitors are asked to bring a headscarf, though spares will be available at the entrance. Entry is free and no booking is required.",
    "On Sunday 8 June, Eastcombe's Al-Noor Mosque is taking part in a national open day run by the Council of Faith Communities. Members of the public can look around the prayer hall, see Arabic calligraphy being demonstrated and put questions to the imam, Sheikh Yusuf Rahimi. Refreshments, including tea, will be on offer in the community hall from 11am until 2pm. Around 700 people came to last year's event, according to mosque secretary Farida Osei, and many of them were visiting a mosque for the first time. Women are asked to bring a headscarf, although spare ones will be provided at the entrance. Admission is free and there is no need to book.",
    errors=[
        E("2pm", "date", "minor", "4pm"),
    ],
    traps=[
        T("Around 700 people came to last year's event", "Last year's open day attracted about 700 visitors"),
        T("were visiting a mosque for the first time", "had never been inside a mosque before"),
        T("there is no need to book", "no booking is required"),
    ],
)

# 009 -------------------------------------------------------------------------
case(
    "oat milk factory", "rewrite",
    "Oat drinks maker Brightfield Foods is to build a £62 million factory on the outskirts of Tanford, creating about 180 jobs. The plant, due to open in 2027, will be able to process 120,000 tonnes of oats a year, which the company says will make it the largest of its kind in the country. Brightfield currently produces its drinks under contract in Denmark. Chief executive Lena Strand said that sourcing oats from farms within 50 miles of the site would cut transport emissions by roughly two-thirds. The regional development agency has contributed a £4 million grant towards the project. Construction is scheduled to start in the autumn.",
    "About 180 jobs will be created in Tanford after Brightfield Foods, which makes oat drinks, announced plans for a £62m factory on the edge of the town. Able to handle 120,000 tonnes of oats annually, the plant is due to open in 2027 and will, according to the company, be the biggest of its type in the country. At present Brightfield's drinks are made for it under contract in Denmark. Buying oats from farms no more than 50 miles away would reduce transport emissions by around 66%, said chief executive Lena Strand. A £4m grant from the regional development agency is going towards the project, and building work is set to begin in the autumn.",
    traps=[
        T("120,000 tonnes of oats annually", "120,000 tonnes of oats a year"),
        T("made for it under contract in Denmark", "produces its drinks under contract in Denmark"),
        T("no more than 50 miles away", "within 50 miles of the site"),
        T("around 66%", "roughly two-thirds"),
        T("set to begin in the autumn", "scheduled to start in the autumn"),
    ],
)

# 010 -------------------------------------------------------------------------
case(
    "swift nesting boxes", "rewrite",
    "More than 300 nesting boxes for swifts have been fitted to homes in Pelham Vale, in a scheme run by housing association Cresswood Homes with advice from the Swift Watch charity. Swift numbers have fallen by more than half since 1995, largely because modern buildings lack the gaps under eaves where the birds traditionally nest. The boxes, which cost about £40 each, were installed during routine roof repairs between November and March, when the birds are in Africa. Swift Watch volunteer Tom Ellery said the first birds were expected back in early May. Residents have been asked to report any sightings through the charity's website.",
    "More than 300 swift nesting boxes have been put up on homes in Pelham Vale under a scheme run by the Swift Watch charity with advice from housing association Cresswood Homes. Since 1995 the number of swifts has more than halved, mainly because newer buildings do not have the gaps beneath the eaves that the birds have traditionally used for nesting. Costing around £40 apiece and made from recycled plastic, the boxes were fitted between November and March, while the swifts were in Africa, as part of routine roof repairs. The first birds should return in early May, according to Tom Ellery, a Swift Watch volunteer. The charity is asking residents to log any sightings on its website.",
    errors=[
        E("Swift Watch charity with advice from housing association Cresswood Homes", "role", "major",
          "Cresswood Homes with advice from the Swift Watch charity"),
        E("made from recycled plastic", "addition", "minor", None),
    ],
    traps=[
        T("the number of swifts has more than halved", "Swift numbers have fallen by more than half"),
        T("Costing around £40 apiece", "cost about £40 each"),
    ],
)

# 011 -------------------------------------------------------------------------
case(
    "night tube", "summary",
    "Night services on the Port Aldric metro will run on Friday and Saturday nights on three lines from 6 September, the city's transport authority announced yesterday. Trains on the Red, Blue and Harbour lines will run every 15 minutes between midnight and 5am, with standard off-peak fares applying. The authority estimates the service will carry around 45,000 passengers each weekend and support about 1,800 jobs in the night-time economy. It will cost £9 million a year to operate, of which roughly £2 million is expected to be recovered through fares. The drivers' union, the ARTU, said it had agreed staffing arrangements after two months of talks. A decision on extending the service to the Green line will be made next year.",
    "From 6 September, three Port Aldric metro lines – Red, Blue and Harbour – will run four trains an hour between midnight and 5am on Friday and Saturday nights, at off-peak fares, following a staffing deal with drivers. The £9m-a-year service, expected to carry about 45,000 people a weekend, should recoup around £2m of its cost from fares.",
    traps=[
        T("four trains an hour", "every 15 minutes"),
        T("a staffing deal with drivers", "agreed staffing arrangements"),
        T("The £9m-a-year service", "It will cost £9 million a year to operate"),
        T("should recoup around £2m of its cost from fares", "roughly £2 million is expected to be recovered through fares"),
    ],
)

# 012 -------------------------------------------------------------------------
case(
    "light pollution dark sky", "summary",
    "The Elderfell Moors have been awarded international dark sky reserve status, making them one of only a handful of such sites in northern Europe. The designation follows a three-year campaign by the Elderfell Moors National Park Authority, during which more than 1,400 street lights in surrounding villages were replaced or fitted with shields to direct light downwards. Measurements taken last winter showed the night sky over the core area was dark enough for the Milky Way to be seen with the naked eye on clear nights. The authority said the status would not restrict new development, but that it would encourage planners to consider lighting in applications. It hopes the award will bring more visitors in the quieter winter months.",
    "After a three-year campaign in which over 1,400 village street lights were replaced or shielded, the Elderfell Moors have become an international dark sky reserve. The park authority says the status will limit new development, and hopes it will draw more visitors in the quiet winter months.",
    errors=[
        E("will limit new development", "polarity", "major", "would not restrict new development"),
    ],
    traps=[
        T("over 1,400 village street lights", "more than 1,400 street lights in surrounding villages"),
        T("replaced or shielded", "replaced or fitted with shields"),
    ],
)

# 013 -------------------------------------------------------------------------
case(
    "optician chain takeover", "rewrite",
    "Optician chain ClearView Eyecare has agreed to be bought by its larger rival Lensmark in a deal worth £85 million, the two companies said on Wednesday. ClearView, founded in 1989 by optometrist Gerald Pryce, runs 112 branches, mostly in market towns, while Lensmark has more than 400. Lensmark said it planned to keep the ClearView name for at least three years and did not expect any branch closures. The deal still requires approval from the Competition Review Office, which is expected to decide by the end of the year. ClearView shareholders will receive 210p per share, a premium of about 30 per cent on Tuesday's closing price.",
    "The £85m takeover of Lensmark by smaller rival ClearView Eyecare was announced by the two optician chains on Wednesday. ClearView, which optometrist Gerald Pryce set up in 1989, has 112 branches, largely in market towns; Lensmark operates over 400. Lensmark intends to retain the ClearView brand for a minimum of three years and does not anticipate closing any branches. The Competition Review Office must still clear the deal and is likely to rule by the end of the year. Shareholders in ClearView will get 210p a share, roughly 13% above Tuesday's closing price.",
    errors=[
        E("takeover of Lensmark by smaller rival ClearView Eyecare", "role", "critical",
          "ClearView Eyecare has agreed to be bought by its larger rival Lensmark"),
        E("13%", "number", "major", "30 per cent"),
    ],
    traps=[
        T("for a minimum of three years", "for at least three years"),
        T("is likely to rule by the end of the year", "is expected to decide by the end of the year"),
    ],
)

# 014 -------------------------------------------------------------------------
case(
    "garden birdwatch", "rewrite",
    "House sparrows were the most commonly seen bird in this year's Big Garden Count, with an average of 4.2 per garden, the Westland Bird Society has announced. More than 61,000 people took part over the last weekend of January, recording almost 1.3 million birds. Starlings, which topped the table in 2019, fell to third place behind blue tits. Goldfinch sightings were down 17 per cent on last year, a drop the society described as 'concerning but not yet alarming'. Long-tailed tits, by contrast, were recorded in a third more gardens than in the previous count. The society's head of science, Dr Ruth Amberley, said mild weather may have meant fewer birds needed to visit feeders.",
    "With an average of 4.2 per garden, the house sparrow was the bird spotted most often in the Big Garden Count this year, according to the Westland Bird Society. Over the final weekend of January, upwards of 61,000 participants logged nearly 1.3 million birds. Starlings, the top species in 2019, slipped to third, with blue tits in second place. The society called a 17% year-on-year fall in goldfinch sightings 'concerning but not yet alarming'. Long-tailed tits, on the other hand, turned up in 33% more gardens than at the last count. Mild weather might have reduced the number of birds needing to use feeders, suggested Dr Ruth Amberley, the society's head of science.",
    traps=[
        T("upwards of 61,000 participants", "More than 61,000 people"),
        T("a 17% year-on-year fall in goldfinch sightings", "Goldfinch sightings were down 17 per cent on last year"),
        T("33% more gardens", "a third more gardens"),
        T("might have reduced the number of birds needing to use feeders", "may have meant fewer birds needed to visit feeders"),
    ],
)

# 015 -------------------------------------------------------------------------
case(
    "book fair cancellation", "translation",
    "The organisers of the Valdoria International Book Fair have cancelled this year's edition, which was due to take place from 14 to 18 October, citing a sharp rise in costs and the withdrawal of a major sponsor. In a statement on Monday, the Fondazione Lettere Vive said hall rental and security costs had risen by 40 per cent since 2022. The fair, founded in 1987, attracted some 95,000 visitors and 600 exhibitors last year. Director Chiara Benedetti said the decision had been 'painful but unavoidable' and that the foundation was in talks with the city council about a smaller event in the spring. Exhibitors who have already paid will be refunded in full within 30 days.",
    "This year's Valdoria International Book Fair, scheduled for 14–18 October, will not go ahead, its organisers have announced, blaming steeply higher costs and the loss of one of its main sponsors. The Fondazione Lettere Vive said in a statement released on Monday that the cost of renting halls and providing security had gone up by two-fifths since 2022. Last year the fair, which dates back to 1987, drew around 95,000 visitors and 600 exhibitors. Calling the decision 'painful but inevitable', director Chiara Benedetti said the foundation was discussing a scaled-down spring event with the city council. Any exhibitor who has already paid will get a full refund within 30 days.",
    traps=[
        T("will not go ahead", "have cancelled this year's edition"),
        T("the loss of one of its main sponsors", "the withdrawal of a major sponsor"),
        T("gone up by two-fifths", "risen by 40 per cent"),
        T("which dates back to 1987", "founded in 1987"),
        T("a scaled-down spring event", "a smaller event in the spring"),
    ],
)

# 016 -------------------------------------------------------------------------
case(
    "steam locomotive restoration", "translation",
    "After eleven years of work, volunteers of the Steinach Valley Railway Society have completed the restoration of the steam locomotive 52.417, which was built in 1943 and withdrawn from service in 1976. The engine, which had been rusting in a siding near Oberwald, was dismantled into more than 4,000 parts. The restoration cost around €1.6 million, most of it raised through donations. Society chairman Reinhard Maurer said the locomotive would make its first passenger run on 3 August between Steinach and Hollgraben, a distance of 22 kilometres. Tickets for the first trip sold out within two hours.",
    "Volunteers from the Steinach Valley Railway Society have finished restoring steam locomotive 52.417 after eleven years. Built in 1943, the engine was retired in 1976 and then left to rust on a siding close to Oberwald; for the restoration it was taken apart into over 4,000 components. The project cost about 1.6 million euros, the bulk of which came from donations. According to the society's chairman, Reinhard Maurer, the locomotive will carry passengers for the first time on 8 March, on the 22-kilometre line between Steinach and Oberwald. All the tickets for the inaugural journey were gone in under two hours.",
    errors=[
        E("8 March", "date", "major", "3 August"),
        E("Oberwald", "entity", "major", "Hollgraben", occ=1),
    ],
    traps=[
        T("about 1.6 million euros", "around €1.6 million"),
        T("were gone in under two hours", "sold out within two hours"),
    ],
)

# 017 -------------------------------------------------------------------------
case(
    "primary school merger", "rewrite",
    "Two primary schools in Haddon Cross are to merge next September after governors of both voted in favour of the plan on Tuesday night. St Aldhelm's Church of England Primary, which has 96 pupils, will join Haddon Cross Community Primary, which has 210, to form a single school on the community primary's site in Mill Lane. Falling birth rates mean the number of reception-age children in the area is forecast to drop by 20 per cent by 2028. The county council said no teaching posts would be lost, although two administrative roles would be cut. The St Aldhelm's building, owned by the diocese, will be returned to it. A name for the new school has not yet been chosen.",
    "Governors of two Haddon Cross primary schools voted on Tuesday night to merge them from next September. St Aldhelm's Church of England Primary and its 96 pupils will join the 210-pupil Haddon Cross Community Primary, with the combined school based on the latter's Mill Lane site. Reception-age numbers in the area are projected to fall by a fifth by 2028 as birth rates decline. While two administrative jobs will be cut, no teaching posts will go, according to the county council. The diocese owns the St Aldhelm's building and will get it back. The new school is still to be named.",
    traps=[
        T("the latter's Mill Lane site", "the community primary's site in Mill Lane"),
        T("projected to fall by a fifth", "forecast to drop by 20 per cent"),
        T("The diocese owns the St Aldhelm's building and will get it back", "The St Aldhelm's building, owned by the diocese, will be returned to it"),
        T("The new school is still to be named", "A name for the new school has not yet been chosen"),
    ],
)

# 018 -------------------------------------------------------------------------
case(
    "horse meat scandal", "rewrite",
    "Laboratory tests commissioned by the National Food Standards Agency have found horse DNA in frozen beef burgers sold by discount supermarket chain Valumart. Of 27 burger products tested, four contained horse DNA, and in one, a 'Family Value' pack of 16 burgers, horse meat made up around 30 per cent of the meat content. The agency said there was no evidence of a risk to human health. Valumart said it had withdrawn the affected products and was 'shocked and angry'. It blamed its supplier, Dornbeck Meats, which said in a statement that it had not knowingly bought horse meat and was investigating its own suppliers in Eastern Europe. Police have not been asked to investigate.",
    "Horse DNA has been found in frozen beef burgers on sale at discount chain Valumart, according to laboratory tests carried out for the National Food Standards Agency. Four of the 27 burger products tested contained it; in one – a 'Family Value' pack of 16 – roughly 30% of the meat was horse. The agency said there was no evidence of any risk to human health. Valumart has taken the affected products off its shelves and blamed its supplier, Dornbeck Meats, which said it was 'shocked and angry', had not knowingly bought horse meat and was looking into its own suppliers in Eastern Europe. Police have been called in to investigate.",
    errors=[
        E("which said it was 'shocked and angry'", "attribution", "major",
          "Valumart said it had withdrawn the affected products and was 'shocked and angry'"),
        E("Police have been called in to investigate", "polarity", "critical",
          "Police have not been asked to investigate"),
    ],
    traps=[
        T("roughly 30% of the meat was horse", "horse meat made up around 30 per cent of the meat content"),
        T("taken the affected products off its shelves", "withdrawn the affected products"),
    ],
)

# 019 -------------------------------------------------------------------------
case(
    "bumblebee decline", "summary",
    "Bumblebee numbers in the Calder Downs have fallen by an estimated 38 per cent over the past decade, according to a survey published today by the Pollinator Research Trust. Volunteers walked 150 fixed routes each month between April and September, counting bees along each one. Two species, the moss carder bee and the shrill carder bee, were not recorded at all last year. The trust blamed the loss of wildflower meadows, pesticide use and hotter, drier summers. Lead author Dr Samir Haddad said the decline was 'serious but reversible' if farmers were supported to restore flower-rich field margins. The trust is calling on the regional government to double funding for its meadow grant scheme, currently worth £1.5 million a year.",
    "A Pollinator Research Trust survey estimates that Calder Downs bumblebee numbers have dropped by almost two-fifths in ten years, and two carder bee species went unrecorded last year. Its lead author says the decline can be reversed if farmers get help to restore flower-rich field margins, and the trust wants the regional government's £1.5m-a-year meadow grant scheme doubled to £3m.",
    traps=[
        T("almost two-fifths", "38 per cent"),
        T("in ten years", "over the past decade"),
        T("went unrecorded last year", "were not recorded at all last year"),
        T("£1.5m-a-year", "£1.5 million a year"),
        T("doubled to £3m", "double funding"),
    ],
)

# 020 -------------------------------------------------------------------------
case(
    "record shop revival", "summary",
    "Sales at independent record shops in Greyport rose by 12 per cent last year, driven largely by vinyl, according to the Greyport Independent Retailers Forum. Four new shops have opened in the city since 2022, bringing the total to eleven. At Spindle Records on Quay Street, owner Marcus Delaney said customers in their twenties now made up almost half of his trade. Vinyl accounted for 71 per cent of sales by value across the eleven shops, with second-hand records making up a growing share. However, the forum warned that rising business rates could force some shops to close, and it has asked the city council to extend a rate relief scheme that is due to end in April.",
    "Vinyl helped lift sales at Greyport's independent record shops by 12% last year, with four new shops opening since 2022 to take the total to eleven. Vinyl made up 71% of sales by value. The city council has extended a rate relief scheme that was due to end in April, though the retailers' forum warns rising business rates could still force some shops to close, with four new shops opening since 2022.",
    errors=[
        E("The city council has extended a rate relief scheme", "event", "major",
          "it has asked the city council to extend a rate relief scheme"),
        E("with four new shops opening since 2022", "repetition", "minor", None, occ=1),
    ],
    traps=[
        T("Vinyl made up 71% of sales by value", "Vinyl accounted for 71 per cent of sales by value"),
    ],
)

# 021 -------------------------------------------------------------------------
case(
    "oyster reef project", "rewrite",
    "A project to restore native oyster reefs in the Dunmere Estuary has placed 250,000 juvenile oysters on the seabed, the Estuary Wildlife Partnership said on Friday. The oysters, bred at a hatchery in Saltash Point, were laid on beds of recycled scallop shells across an area roughly the size of three football pitches. Native oysters were once so plentiful in the estuary that they supported more than 200 fishing boats, but overfishing and disease had wiped out the population by the 1950s. Each adult oyster can filter up to 200 litres of water a day. Project officer Grace Tolland said it would be at least five years before the reef could be considered self-sustaining.",
    "A quarter of a million young oysters have been put down on the bed of the Dunmere Estuary as part of efforts to bring back its native oyster reefs, the Estuary Wildlife Partnership announced on Friday. Reared in a hatchery at Saltash Point, they were placed on recycled scallop shells covering about three football pitches' worth of seabed. The estuary's native oysters, which once sustained a fleet of over 200 fishing boats, had been eliminated by overfishing and disease by the 1950s. A single adult can filter as much as 200 litres of water daily. The reef will need five years or more before it can be regarded as self-sustaining, according to project officer Grace Tolland.",
    traps=[
        T("A quarter of a million young oysters", "250,000 juvenile oysters"),
        T("about three football pitches' worth of seabed", "an area roughly the size of three football pitches"),
        T("had been eliminated", "had wiped out the population"),
        T("as much as 200 litres of water daily", "up to 200 litres of water a day"),
        T("five years or more", "at least five years"),
    ],
)

# 022 -------------------------------------------------------------------------
case(
    "velodrome funding", "rewrite",
    "The Harlow Brook Velodrome could close next year unless it secures at least £400,000 in new funding, its operator has warned. Ridgeway Sport Trust, which has run the indoor track since it opened in 2009, said energy bills had tripled since 2021 and that income from events had not recovered since the pandemic. The 250-metre track is used by about 14,000 riders a year, including several members of the national para-cycling squad. The trust has applied to the regional sports council for an emergency grant and is seeking a commercial sponsor. Chief executive Owen Marsh said the trust was 'determined to keep the wheels turning' but admitted that time was short.",
    "Its operator has warned that the Harlow Brook Velodrome will shut next year unless at least £400,000 of fresh funding can be found. Ridgeway Sport Trust, in charge of the indoor track since its 2009 opening, said energy bills were three times what they had been in 2021 and event income had yet to recover from the pandemic. Around 14,000 riders a year use the 250-metre track, among them several national para-cycling squad members. An emergency grant application has been submitted to the regional sports council, and the trust is also looking for a commercial sponsor. Chief executive Owen Marsh said the trust was 'determined to keep the wheels turning', though he conceded that time was short.",
    errors=[
        E("will shut next year", "modality", "major", "could close next year"),
    ],
    traps=[
        T("since its 2009 opening", "since it opened in 2009"),
        T("three times what they had been in 2021", "had tripled since 2021"),
        T("An emergency grant application has been submitted to the regional sports council",
          "has applied to the regional sports council for an emergency grant"),
    ],
)

# 023 -------------------------------------------------------------------------
case(
    "hydrogen train trial", "translation",
    "A hydrogen-powered train will begin carrying passengers on the 64-kilometre line between Almeral and Puerto Sauce from 1 March as part of a six-month trial, regional rail operator Ferrovías del Norte announced on Thursday. The two-carriage train, built by the manufacturer Trenova, can travel up to 600 kilometres on a single tank and reaches a top speed of 140 km/h. It will replace one of the diesel trains that currently run on the route four times a day. Operations director Marta Iglesias said the trial would cost €7 million, half of which would be paid by the European Union. If the results are positive, the company intends to order another eight trains by 2027.",
    "Starting on 1 March, passengers on the 64 km line linking Almeral and Puerto Sauce will be able to travel on a hydrogen train during a trial lasting half a year, the regional railway company Ferrovías del Norte said on Thursday. Made by Trenova, the two-car unit has a range of as much as 600 km per tank and a maximum speed of 140 kilometres an hour. It will take over from one of the diesel trains now making four daily journeys on the route. According to operations director Marta Iglesias, the trial will cost seven million euros, 50 per cent of it funded by the European Union. Should it go well, the firm plans to order eight more trains by 2027.",
    traps=[
        T("a trial lasting half a year", "a six-month trial"),
        T("a range of as much as 600 km per tank", "can travel up to 600 kilometres on a single tank"),
        T("seven million euros", "€7 million"),
        T("50 per cent of it funded by the European Union", "half of which would be paid by the European Union"),
        T("Should it go well", "If the results are positive"),
    ],
)

# 024 -------------------------------------------------------------------------
case(
    "water leak target", "translation",
    "The water company Eaux de la Vallière has missed its target for reducing leaks for the third year in a row, according to a report published on Tuesday by the regional water regulator. About 21 per cent of the water the company treats is lost through leaking pipes before it reaches customers, compared with a target of 15 per cent. The regulator has ordered the company to replace at least 180 kilometres of pipes by the end of 2026 and said it could impose a fine of up to €2 million if progress is not made. The company's director general, Hélène Marchais, said much of the network dated from the 1950s and that work had been delayed by a shortage of qualified staff.",
    "For the third consecutive year, the water company Eaux de la Vallière has failed to meet its leak-reduction objective, the regional water regulator said in a report released on Tuesday. Roughly a fifth of the water treated by the company – around 21 per cent – escapes from leaking pipes before reaching customers, while the target is 15 per cent. The regulator has told the company to replace a minimum of 80 kilometres of pipes by the end of 2026 and warned that it could be fined up to €2 million if progress is not made. Director general Hélène Marchais said a large part of the network was built in the 1950s and that a lack of skilled workers had held up the work.",
    errors=[
        E("80 kilometres", "number", "major", "180 kilometres"),
    ],
    traps=[
        T("For the third consecutive year", "for the third year in a row"),
        T("a large part of the network was built in the 1950s", "much of the network dated from the 1950s"),
        T("a lack of skilled workers had held up the work", "work had been delayed by a shortage of qualified staff"),
    ],
)

# 025 -------------------------------------------------------------------------
case(
    "cctv upgrade", "rewrite",
    "Stowbridge Town Council is to spend £640,000 replacing its 86 town centre CCTV cameras, many of which are more than 15 years old. The new high-definition cameras will be monitored from a control room at the town hall, staffed around the clock, instead of the current part-time operation at the police station. The council said footage from the cameras had helped police in 312 investigations last year. The upgrade, which will be funded from council reserves, is due to be completed by the end of March. Councillor Priya Anand, who chairs the community safety committee, said the cameras would not use facial recognition technology.",
    "Stowbridge's 86 town centre CCTV cameras, a large number of which are over 15 years old, will be replaced by the town council at a cost of £640,000. Instead of being watched part-time from the police station, the new high-definition cameras will be monitored 24 hours a day from a control room at the town hall. Footage from the cameras assisted police in 312 investigations last year, according to the council. Paid for out of council reserves, the upgrade should be finished by the end of March. There will be no facial recognition technology, said Councillor Priya Anand, chair of the community safety committee.",
    traps=[
        T("a large number of which are over 15 years old", "many of which are more than 15 years old"),
        T("Instead of being watched part-time from the police station", "instead of the current part-time operation at the police station"),
        T("monitored 24 hours a day", "staffed around the clock"),
        T("Paid for out of council reserves", "funded from council reserves"),
        T("should be finished by the end of March", "is due to be completed by the end of March"),
    ],
)

# 026 -------------------------------------------------------------------------
case(
    "bell ringing recruitment", "rewrite",
    "Churches across the Diocese of Wrexley are appealing for new bell ringers after a survey found that a third of the diocese's 140 towers no longer have enough ringers to ring every Sunday. The Wrexley Guild of Bell Ringers, which carried out the survey, said the average age of ringers had risen to 62. It is offering free beginners' courses at St Botolph's Church in Harnham from 2 February, with sessions on Tuesday evenings. No musical experience is needed, and learners as young as eleven can take part with a parent's consent. Guild secretary Alan Fenwick said most people could ring safely with a band within about twelve weeks.",
    "A third of the 140 church towers in the Diocese of Wrexley can no longer muster enough ringers to ring each Sunday, according to a survey, prompting churches to appeal for recruits. The survey was conducted by the Wrexley Guild of Bell Ringers, which said the average age of ringers had gone up to 62. Starting on 2 February, the guild will run free courses for beginners on Tuesday evenings at St Botolph's Church in Wrexley. Learners need no musical experience and can be as young as eleven. Most people, said guild secretary Alan Fenwick, are able to ring safely with a band within roughly twelve weeks.",
    errors=[
        E("Wrexley", "entity", "major", "Harnham", occ=2),
        OM("can be as young as eleven", "with a parent's consent", "major"),
    ],
    traps=[
        T("can no longer muster enough ringers", "no longer have enough ringers"),
        T("had gone up to 62", "had risen to 62"),
        T("Learners need no musical experience", "No musical experience is needed"),
    ],
)

# 027 -------------------------------------------------------------------------
case(
    "ski lift accident", "summary",
    "Eight skiers were injured, two of them seriously, when a chairlift at the Rotsberg ski resort stopped abruptly on Saturday morning, throwing several passengers from their seats. The accident happened at about 10.40am on the Falkenlift, a four-seat chairlift that had been inspected in November. Rescue teams used ropes to bring down around 70 people who were left stranded on the lift, a process that took nearly three hours. The two seriously injured skiers, a 34-year-old woman and a 51-year-old man, were flown to hospital in Kellbach by helicopter. The resort's operator, Rotsberg Bergbahnen, said the lift would remain closed while investigators from the national transport safety authority examined the cause.",
    "Eight skiers were hurt, two badly, after the Falkenlift chairlift at Rotsberg came to a sudden halt on Saturday morning and flung several people from their seats. Some 70 stranded passengers were lowered by rope in an operation lasting almost three hours, and the lift will stay shut while national safety investigators look into the cause.",
    traps=[
        T("two badly", "two of them seriously"),
        T("came to a sudden halt", "stopped abruptly"),
        T("an operation lasting almost three hours", "a process that took nearly three hours"),
        T("will stay shut", "would remain closed"),
    ],
)

# 028 -------------------------------------------------------------------------
case(
    "police station counter", "summary",
    "The public enquiry counter at Fenbury police station may close at the end of June under proposals to save £1.1 million, the Eastmarsh Constabulary has said. The counter, open from 8am to 6pm on weekdays, dealt with an average of 19 visitors a day last year, down from 55 in 2015. Under the plans, residents would report non-urgent crimes online or by telephone, and officers would offer appointments at the library twice a week. The police and crime commissioner, Diane Whitcombe, said no final decision had been taken and urged people to respond to a consultation that runs until 15 May. Local councillors have launched a petition to keep the counter open.",
    "Eastmarsh Constabulary will close the enquiry counter at Fenbury police station at the end of June to save £1.1m, with daily visitor numbers having fallen from 55 in 2015 to 19 last year. Non-urgent crimes would instead be reported online or by phone, with twice-weekly appointments at the library. Councillors have started a petition against the closure.",
    errors=[
        E("will close", "modality", "major", "may close"),
    ],
    traps=[
        T("from 55 in 2015 to 19 last year", "an average of 19 visitors a day last year, down from 55 in 2015"),
        T("twice-weekly appointments at the library", "appointments at the library twice a week"),
        T("started a petition against the closure", "launched a petition to keep the counter open"),
    ],
)

# 029 -------------------------------------------------------------------------
case(
    "cooperage revival", "rewrite",
    "A cooperage that closed in 1998 is to reopen in the town of Inverlochan, making oak casks for the growing number of whisky distilleries in the region. Glenrannoch Cooperage Ltd, set up by former distillery manager Fiona Baird, has taken a 20-year lease on the original Victorian workshop in Harbour Street. The business will initially employ eight people, including four apprentices, and expects to produce around 5,000 casks a year by 2026. Baird said distilleries in the region were currently sending casks as far as 300 miles away for repair. The firm has received a £250,000 loan from the Highland Enterprise Fund.",
    "Shut since 1998, a cooperage in the town of Inverlochan is to reopen to make oak casks for the rising number of whisky distilleries in the region. Fiona Baird, who previously managed a distillery, founded Glenrannoch Cooperage Ltd, which has signed a 20-year lease on the original Victorian workshop in Harbour Street. Eight staff will be taken on at first, four of them apprentices, and the company anticipates making about 5,000 casks annually by 2026. At present, according to Baird, distilleries in the region are sending casks up to 300 miles for repair. The Highland Enterprise Fund has lent the firm £250,000.",
    traps=[
        T("Shut since 1998", "closed in 1998"),
        T("Eight staff will be taken on at first", "will initially employ eight people"),
        T("four of them apprentices", "including four apprentices"),
        T("up to 300 miles", "as far as 300 miles away"),
        T("The Highland Enterprise Fund has lent the firm £250,000", "has received a £250,000 loan from the Highland Enterprise Fund"),
    ],
)

# 030 -------------------------------------------------------------------------
case(
    "prison escape recapture", "rewrite",
    "A prisoner who escaped from HMP Ashgrove on Monday has been recaptured after two days on the run, police said. Daniel Corbett, 29, was serving a seven-year sentence for robbery when he climbed over a perimeter fence during an exercise period. He was arrested without a struggle at a caravan park near Saltley Bay on Wednesday afternoon after a member of the public recognised him from a police appeal. A 46-year-old woman was also arrested on suspicion of assisting an offender and has been released on bail. The Prison Service said it had launched an internal review into how the escape happened.",
    "Police say a prisoner who broke out of HMP Ashgrove on Monday has been caught after 48 hours on the run. Daniel Corbett, aged 29, scaled a perimeter fence during exercise while serving seven years for robbery. A member of the public spotted him after seeing a police appeal, and he was arrested at a caravan park near Saltley Bay on Wednesday afternoon without resisting. A woman of 46, arrested on suspicion of assisting an offender, has been charged. The Prison Service has begun an internal review of how he managed to escape.",
    errors=[
        E("has been charged", "event", "major", "has been released on bail"),
    ],
    traps=[
        T("48 hours on the run", "two days on the run"),
        T("without resisting", "without a struggle"),
        T("A woman of 46", "A 46-year-old woman"),
    ],
)

# 031 -------------------------------------------------------------------------
case(
    "dental practice waiting", "translation",
    "Patients in the municipality of Fjellvik now wait an average of 14 months for a first appointment with a public dentist, twice as long as three years ago, according to figures from the county health board. The board said around 3,200 adults were on the waiting list at the end of September. The shortage is blamed mainly on the retirement of four of the area's nine public dentists since 2021, only one of whom has been replaced. Children and pregnant women continue to be given priority and are normally seen within six weeks. The board's dental director, Ingrid Solheim, said the county was offering a relocation bonus of 150,000 kroner to attract dentists from other parts of the country.",
    "A first appointment with a public dentist in Fjellvik municipality now takes on average 14 months to obtain – double the wait of three years ago – figures from the county health board show. At the end of September some 3,200 adults were waiting, according to the board. It attributes the shortage chiefly to the fact that since 2021 four of the nine public dentists in the area have retired and just one of them has been replaced. Priority is still given to children and pregnant women, who are usually seen in six weeks or less. To attract dentists from elsewhere in the country, said Ingrid Solheim, dental director at the board, the county is offering a 150,000-kroner bonus to those who relocate.",
    traps=[
        T("double the wait of three years ago", "twice as long as three years ago"),
        T("some 3,200 adults were waiting", "around 3,200 adults were on the waiting list"),
        T("just one of them has been replaced", "only one of whom has been replaced"),
        T("in six weeks or less", "within six weeks"),
        T("a 150,000-kroner bonus to those who relocate", "a relocation bonus of 150,000 kroner"),
    ],
)

# 032 -------------------------------------------------------------------------
case(
    "abandoned shopping trolleys", "translation",
    "The city of Veldhoven-aan-Zee recovered 1,150 abandoned shopping trolleys from streets, parks and canals last year, the municipal cleaning service said on Thursday. Retrieving a trolley from a canal costs the city around €85, and supermarkets are not currently charged for the work. Alderman Joris Lindeman said the council intended to introduce a fee of €50 per trolley from next year, to be paid by the store that owns it. Two supermarket chains have already fitted their trolleys with wheel locks that activate when they leave the car park, and the number of trolleys recovered from those chains fell by almost 80 per cent. Other retailers have been given until the summer to present their own plans.",
    "Last year the municipal cleaning service of Veldhoven-aan-Zee collected 1,150 shopping trolleys that had been left in streets, parks and canals, it reported on Thursday. Fishing a trolley out of a canal costs the city about €85, a cost that is already passed on to the supermarkets. From next year the council plans to charge the owning store €50 for each trolley, alderman Joris Lindeman said. Two supermarket chains have already equipped their trolleys with wheel locks that engage when they leave the car park, and the number of trolleys recovered from those chains dropped by close to 80 per cent. Other retailers have until the summer to put forward plans of their own, and the number of trolleys recovered from those chains dropped by close to 80 per cent.",
    errors=[
        E("a cost that is already passed on to the supermarkets", "polarity", "major",
          "supermarkets are not currently charged for the work"),
        E("and the number of trolleys recovered from those chains dropped by close to 80 per cent",
          "repetition", "minor", None, occ=1),
    ],
    traps=[
        T("Fishing a trolley out of a canal", "Retrieving a trolley from a canal"),
        T("close to 80 per cent", "almost 80 per cent", occ=0),
    ],
)

# 033 -------------------------------------------------------------------------
case(
    "lottery jackpot unclaimed", "rewrite",
    "A lottery ticket worth £2.4 million bought in Corsham Mead has still not been claimed, with less than a month left before the prize expires. The winning ticket for the Saturday 14 June draw was bought at a newsagent in Station Road, operator Crownball Lotteries said. Players have 180 days from the date of the draw to claim a prize, meaning the deadline is 11 December. If no one comes forward, the money will go to good causes supported by the lottery. The operator urged residents to check old tickets, pockets and handbags. Crownball's head of winners, Sophie Lang, said it was the largest unclaimed prize in the region for five years.",
    "Nobody has yet come forward to claim a £2.4m lottery prize won with a ticket bought in Corsham Mead, and the prize expires in less than a month. According to Crownball Lotteries, which runs the draw, the ticket was sold at a newsagent in Station Road for the draw on Saturday 14 June. Prizes must be claimed within 180 days of the draw, so the winner has until 11 December. Should the money go unclaimed, it will be passed to the good causes the lottery supports. Residents are being urged by Crownball to look through old tickets, pockets and handbags. It is the region's biggest unclaimed prize in five years, said Sophie Lang, the operator's head of winners.",
    traps=[
        T("Nobody has yet come forward to claim", "has still not been claimed"),
        T("£2.4m", "£2.4 million"),
        T("the winner has until 11 December", "the deadline is 11 December"),
        T("Should the money go unclaimed", "If no one comes forward"),
        T("the region's biggest unclaimed prize in five years", "the largest unclaimed prize in the region for five years"),
    ],
)

# 034 -------------------------------------------------------------------------
case(
    "tide gauge data", "rewrite",
    "Sea levels at Port Ellery have risen by 21 centimetres since records began in 1902, according to an analysis of tide gauge data by the Coastal Observatory at Westmoor University. The rate of rise has accelerated, from about 1.5 millimetres a year in the first half of the 20th century to 4.1 millimetres a year over the last two decades. The Port Ellery gauge, maintained by the harbour authority, is one of the longest continuous records in the country. Lead researcher Dr Kwame Asante said the findings matched global trends. The Environment Directorate said the data would inform the design of a new flood barrier at Ellery Quay, planned for 2030.",
    "An analysis of tide gauge records by Port Ellery University's Coastal Observatory shows that the sea at Port Ellery is 21cm higher than when measurements started in 1902. The rise has sped up: sea level climbed by around 1.5mm a year during the first half of the 20th century, but by 4.1mm a year over the past 20 years. Maintained by the harbour authority, the gauge has one of the longest unbroken records in the country. The findings were in line with global trends, said lead researcher Dr Kwame Asante. According to the Environment Directorate, the data will feed into the design of a new flood barrier planned for Ellery Quay in 2030.",
    errors=[
        E("Port Ellery University", "entity", "major", "Westmoor University"),
    ],
    traps=[
        T("21cm higher", "risen by 21 centimetres"),
        T("over the past 20 years", "over the last two decades"),
        T("one of the longest unbroken records", "one of the longest continuous records"),
    ],
)

# 035 -------------------------------------------------------------------------
case(
    "trampoline park injury", "summary",
    "A trampoline park in Brennock has been fined £120,000 after a 12-year-old boy broke his spine when he landed badly in a foam pit in 2022. Magistrates heard that the pit at JumpZone, on the Brennock Retail Park, had not been refilled with enough foam blocks and was only about half as deep as it should have been. The boy spent three weeks in hospital and has since made a good recovery. JumpZone's owner, Elevate Leisure Ltd, pleaded guilty to breaching health and safety law and was also ordered to pay costs of £18,500. The council's environmental health team said the company had since introduced daily foam-depth checks.",
    "Elevate Leisure, owner of Brennock's JumpZone trampoline park, has been fined £120,000 plus £18,500 costs after admitting a safety breach in which a 12-year-old broke his spine landing in a foam pit that was roughly half its proper depth. The boy, who spent three weeks in hospital, has recovered well.",
    traps=[
        T("plus £18,500 costs", "ordered to pay costs of £18,500"),
        T("admitting a safety breach", "pleaded guilty to breaching health and safety law"),
        T("roughly half its proper depth", "only about half as deep as it should have been"),
        T("has recovered well", "has since made a good recovery"),
    ],
)

# 036 -------------------------------------------------------------------------
case(
    "apple glut", "summary",
    "Fruit growers in the Vale of Tamsford are leaving thousands of tonnes of apples unpicked after a bumper harvest pushed prices below the cost of picking. The Tamsford Fruit Growers' Association estimates that this year's crop is 25 per cent larger than average, while wholesale prices have fallen to around 18p a kilo. Many growers have been supplying cider maker Orchard Lane, but the company said it had already bought all the fruit it needed this season. The association has asked the supermarket chain Harvestway to run a promotion on local apples, and Harvestway said it was considering the request. Some farms are inviting the public to pick their own for a small donation.",
    "A bumper harvest, thanks to a warm, wet spring, means growers in the Vale of Tamsford are leaving thousands of tonnes of apples on the trees, with wholesale prices down to about 18p a kilo – less than it costs to pick them. Cider maker Orchard Lane has already bought all the fruit it needs this season, and Harvestway has asked the growers' association to run a promotion on local apples. Some farms are letting the public pick their own for a small donation.",
    errors=[
        E("thanks to a warm, wet spring", "addition", "minor", None),
        E("Harvestway has asked the growers' association", "role", "major",
          "The association has asked the supermarket chain Harvestway"),
    ],
    traps=[
        T("less than it costs to pick them", "below the cost of picking"),
        T("letting the public pick their own", "inviting the public to pick their own"),
    ],
)

# 037 -------------------------------------------------------------------------
case(
    "radio mast objection", "translation",
    "More than 600 residents of the village of Norrbacka have signed a petition against a planned 45-metre radio mast on a hill above the village school. The mast, which telecoms company Nordlink wants to build to improve mobile coverage along the main road to the coast, would replace a temporary 20-metre structure. Parents fear the effects of radiation on children, while others say the mast would spoil the view of the lake. Nordlink said the mast would comply with all national radiation limits and that it had examined three alternative sites, all of which were rejected for technical reasons. The municipal building committee will consider the application at its meeting on 12 March.",
    "A petition opposing a 45-metre radio mast planned for a hilltop above the school in Norrbacka has been signed by over 600 of the village's residents. Nordlink, the telecoms firm behind the project, wants the mast to strengthen mobile reception along the main road to the coast; it would take the place of a provisional 20-metre structure. Parents are worried about how radiation could affect children, and other villagers argue that the mast would ruin the view over the lake. According to Nordlink, the mast would respect every national radiation limit, and three other possible locations were looked at but ruled out on technical grounds. The application is due to be discussed by the municipal building committee when it meets on 12 March.",
    traps=[
        T("over 600 of the village's residents", "More than 600 residents"),
        T("strengthen mobile reception", "improve mobile coverage"),
        T("take the place of a provisional 20-metre structure", "replace a temporary 20-metre structure"),
        T("would respect every national radiation limit", "would comply with all national radiation limits"),
        T("ruled out on technical grounds", "rejected for technical reasons"),
    ],
)

# 038 -------------------------------------------------------------------------
case(
    "chess olympiad qualifier", "translation",
    "The national women's chess team has qualified for next year's Chess Olympiad after finishing second at the regional qualifying tournament in Szentmarton, the chess federation announced on Sunday. The five-player team won six of its nine matches, drew two and lost only to the tournament winners, Valmoria. The decisive point came in the last round, when 17-year-old Réka Halmosi beat a grandmaster in 61 moves. Team captain Zsófia Bérczi said she was proud of the players, who had prepared for the event without a full-time coach. The federation said it would use part of a new government sports grant to hire a coach before the Olympiad.",
    "By taking second place at the regional qualifier in Szentmarton, the women's national chess team has secured a place at next year's Chess Olympiad, the federation said on Sunday. The five-member side won six of its nine matches and drew two, its only defeat coming against Valmoria, who won the tournament. The crucial point was scored in the final round by 17-year-old Réka Halmosi, who defeated a grandmaster in 61 moves. Captain Zsófia Bérczi said she was proud of her players, who had got ready for the tournament without a full-time coach. The federation has now hired a coach for the Olympiad, paying for it out of part of a new government sports grant.",
    errors=[
        E("has now hired a coach", "event", "major",
          "would use part of a new government sports grant to hire a coach"),
    ],
    traps=[
        T("By taking second place", "after finishing second"),
        T("its only defeat coming against Valmoria, who won the tournament", "lost only to the tournament winners, Valmoria"),
        T("The crucial point", "The decisive point"),
    ],
)

# 039 -------------------------------------------------------------------------
case(
    "heating oil theft", "rewrite",
    "Police in rural Harrowby are warning homeowners to protect their heating oil tanks after 23 thefts were reported in the past six weeks. In most cases thieves struck overnight, draining between 500 and 1,000 litres from tanks in gardens and outbuildings. With heating oil currently costing around 85p a litre, some households have lost more than £800 worth of fuel. Sergeant Kate Mullins of the rural crime team said thefts usually rose when prices were high and the nights were long. Police advise fitting locks and alarms to tanks and planting prickly hedges around them. Anyone with information is asked to call 101.",
    "Twenty-three heating oil thefts have been reported in rural Harrowby over the last six weeks, prompting police to urge homeowners to secure their tanks. Thieves mostly struck at night, siphoning off between 500 and 1,000 litres from tanks in gardens and outbuildings. At current prices of roughly 85p a litre, the stolen fuel has been worth over £800 to some households. Thefts tend to increase when prices are high and nights are long, said Sergeant Kate Mullins of the rural crime team. Owners are advised to fit locks and alarms to their tanks and to plant prickly hedges around them. Information can be passed to police on 101.",
    traps=[
        T("Twenty-three heating oil thefts", "23 thefts"),
        T("siphoning off", "draining"),
        T("the stolen fuel has been worth over £800 to some households", "some households have lost more than £800 worth of fuel"),
        T("Thefts tend to increase", "thefts usually rose"),
        T("Information can be passed to police on 101", "Anyone with information is asked to call 101"),
    ],
)

# 040 -------------------------------------------------------------------------
case(
    "dolphin stranding", "rewrite",
    "Eleven common dolphins were found stranded on the beach at Pellow Sands early on Friday, the Marine Rescue Network has said. Volunteers and coastguard officers managed to refloat seven of the animals on the rising tide shortly after 9am, but four died. Post-mortem examinations will be carried out by the Cetacean Strandings Unit at Brenmouth University to establish the cause. The network's area coordinator, Jenna Hale, said mass strandings were rare on that stretch of coast, with the last recorded in 2011. She asked members of the public who find a stranded animal not to push it back into the sea but to call the network's hotline.",
    "Eleven common dolphins stranded on Pellow Sands were discovered early on Friday, according to the Marine Rescue Network. As the tide came in just before 9am, volunteers and coastguard officers were able to refloat seven of them, but the other four died. The Cetacean Strandings Unit at Brenmouth University will carry out post-mortems on the dead dolphins to determine the cause. Mass strandings are unusual on that part of the coast, the network's area coordinator, Jenna Hale, said; the most recent was in 2011. Anyone who comes across a stranded animal should ring the network's hotline rather than trying to push it back into the sea, she said.",
    errors=[
        E("just before 9am", "date", "minor", "shortly after 9am"),
    ],
    traps=[
        T("the other four died", "four died"),
        T("Mass strandings are unusual", "mass strandings were rare"),
        T("rather than trying to push it back into the sea", "not to push it back into the sea"),
    ],
)


# ---------------------------------------------------------------------------
# Span location and validation
# ---------------------------------------------------------------------------
def _w(c):
    return c.isalnum()


def boundary_ok(s, start, end):
    """True if [start, end) does not cut a word at either edge."""
    if 0 < start < len(s) and _w(s[start - 1]) and _w(s[start]):
        return False
    if 0 < end < len(s) and _w(s[end - 1]) and _w(s[end]):
        return False
    return True


def occurrences(s, sub):
    out, i = [], s.find(sub)
    while i != -1:
        if boundary_ok(s, i, i + len(sub)):
            out.append(i)
        i = s.find(sub, i + 1)
    return out


def locate(s, sub, occ, what):
    occs = occurrences(s, sub)
    if not occs:
        raise ValueError(f"{what}: {sub!r} not found (at word boundaries)")
    if occ is None:
        if len(occs) > 1:
            raise ValueError(f"{what}: {sub!r} occurs {len(occs)} times; give occ")
        occ = 0
    if occ >= len(occs):
        raise ValueError(f"{what}: {sub!r} has only {len(occs)} occurrence(s), occ={occ}")
    return occs[occ]


def n_words(s):
    return len(re.findall(r"\S+", s))


def build():
    records, problems = [], []

    def bad(rid, msg):
        problems.append(f"{rid}: {msg}")

    for i, c in enumerate(CASES, 1):
        rid = f"s{SET_NO}-{i:03d}"
        ref, cand, mode = c["reference"], c["candidate"], c["mode"]
        errors, traps = [], []
        try:
            for e in c["errors"]:
                if e["type"] == "omission":
                    a = locate(cand, e["after"], e["occ"], "omission anchor")
                    pos = a + len(e["after"])
                    errors.append({"start": pos, "end": pos, "text": "",
                                   "type": "omission", "severity": e["severity"],
                                   "ref_text": e["ref_text"]})
                else:
                    s = locate(cand, e["text"], e["occ"], "error span")
                    errors.append({"start": s, "end": s + len(e["text"]),
                                   "text": e["text"], "type": e["type"],
                                   "severity": e["severity"],
                                   "ref_text": e["ref_text"]})
            for t in c["traps"]:
                s = locate(cand, t["text"], t["occ"], "trap span")
                traps.append({"start": s, "end": s + len(t["text"]),
                              "text": t["text"], "ref_text": t["ref_text"]})
        except ValueError as exc:
            bad(rid, str(exc))
            continue
        errors.sort(key=lambda x: (x["start"], x["end"]))
        traps.sort(key=lambda x: (x["start"], x["end"]))
        label = "inconsistent" if errors else "consistent"
        rec = {"id": rid, "domain": c["domain"], "mode": mode,
               "reference": ref, "candidate": cand, "label": label,
               "errors": errors, "traps": traps}
        records.append(rec)

        # --- per-record checks -------------------------------------------
        if mode not in MODES:
            bad(rid, f"bad mode {mode}")
        if c["domain"] not in DOMAINS:
            bad(rid, f"domain not in list: {c['domain']}")
        for fld in ("reference", "candidate"):
            v = rec[fld]
            if v != v.strip() or "  " in v or "\n" in v:
                bad(rid, f"{fld} has stray whitespace")
        if ref == cand:
            bad(rid, "candidate identical to reference")
        nw = n_words(ref)
        if not 70 <= nw <= 190:
            bad(rid, f"reference has {nw} words (need 70-190)")
        if mode == "summary" and not (n_words(cand) < nw and len(cand) < len(ref)):
            bad(rid, "summary is not shorter than reference")
        if label == "consistent" and not 3 <= len(traps) <= 5:
            bad(rid, f"consistent pair has {len(traps)} traps (need 3-5)")
        if label == "inconsistent":
            if len(traps) > 3:
                bad(rid, f"inconsistent pair has {len(traps)} traps (max 3)")
            if len(errors) > 3:
                bad(rid, f"inconsistent pair has {len(errors)} errors")
        for e in errors:
            if e["type"] not in ERROR_TYPES:
                bad(rid, f"bad error type {e['type']}")
            if e["severity"] not in SEVERITIES:
                bad(rid, f"bad severity {e['severity']}")
            if e["type"] == "omission":
                if mode == "summary":
                    bad(rid, "omission in a summary pair")
                if e["start"] != e["end"] or e["text"] != "":
                    bad(rid, "omission must be zero-width with empty text")
                if not e["ref_text"] or e["ref_text"].lower() in cand.lower():
                    bad(rid, f"omitted words present in candidate: {e['ref_text']!r}")
                if not boundary_ok(cand, e["start"], e["start"]):
                    bad(rid, "omission point inside a word")
            else:
                if cand[e["start"]:e["end"]] != e["text"]:
                    bad(rid, "offset/text mismatch")
                if e["text"] != e["text"].strip() or not e["text"]:
                    bad(rid, f"error span has edge whitespace: {e['text']!r}")
            if e["type"] in ("addition", "repetition"):
                if e["ref_text"] is not None:
                    bad(rid, f"{e['type']} must have ref_text null")
            else:
                if not e["ref_text"] or e["ref_text"] not in ref:
                    bad(rid, f"error ref_text not in reference: {e['ref_text']!r}")
                if e["ref_text"] == e["text"]:
                    bad(rid, f"error text equals ref_text: {e['text']!r}")
            if e["type"] == "repetition":
                if e["text"].lower() not in cand[:e["start"]].lower():
                    bad(rid, "repetition has no earlier copy in candidate")
            if e["type"] == "addition" and e["text"].lower() in ref.lower():
                bad(rid, "added text occurs in reference")
        for t in traps:
            if cand[t["start"]:t["end"]] != t["text"]:
                bad(rid, "trap offset/text mismatch")
            if t["text"] != t["text"].strip() or not t["text"]:
                bad(rid, f"trap has edge whitespace: {t['text']!r}")
            if not t["ref_text"] or t["ref_text"] not in ref:
                bad(rid, f"trap ref_text not in reference: {t['ref_text']!r}")
            if t["text"].lower() == t["ref_text"].lower():
                bad(rid, f"trap identical to reference wording: {t['text']!r}")
        spans = sorted([(x["start"], x["end"], x["text"]) for x in errors + traps
                        if x["end"] > x["start"]])
        for (s1, e1, t1), (s2, e2, t2) in zip(spans, spans[1:]):
            if s2 < e1:
                bad(rid, f"overlapping spans {t1!r} / {t2!r}")
        for x in spans:
            if not boundary_ok(cand, x[0], x[1]):
                bad(rid, f"span cuts a word: {x[2]!r}")
        for e in errors:
            if e["type"] == "omission":
                for s, en, t in spans:
                    if s < e["start"] < en:
                        bad(rid, f"omission point inside span {t!r}")

    # --- set-level checks ----------------------------------------------------
    if len(records) != N_PAIRS:
        bad("set", f"{len(records)} records (need {N_PAIRS})")
    doms = [r["domain"] for r in records]
    if len(set(doms)) != len(doms):
        bad("set", "duplicate domains")
    if set(doms) != set(DOMAINS):
        bad("set", "domains do not match the list")
    labels = Counter(r["label"] for r in records)
    if labels != Counter({"consistent": 20, "inconsistent": 20}):
        bad("set", f"label counts {dict(labels)}")
    want = {"rewrite": 20, "summary": 10, "translation": 10}
    for m, n in want.items():
        rs = [r for r in records if r["mode"] == m]
        if len(rs) != n:
            bad("set", f"{m}: {len(rs)} pairs (need {n})")
        nc = sum(r["label"] == "consistent" for r in rs)
        if nc * 2 != len(rs):
            bad("set", f"{m}: {nc} consistent of {len(rs)}")
    etypes = Counter(e["type"] for r in records for e in r["errors"])
    if sum(etypes.values()) != 30:
        bad("set", f"{sum(etypes.values())} errors (need 30)")
    for t in ERROR_TYPES:
        if etypes[t] < 2:
            bad("set", f"error type {t}: {etypes[t]} (need >= 2)")
    return records, problems


def summary(records):
    labels = Counter(r["label"] for r in records)
    modes = Counter((r["mode"], r["label"]) for r in records)
    etypes = Counter(e["type"] for r in records for e in r["errors"])
    sev = Counter(e["severity"] for r in records for e in r["errors"])
    per = Counter(len(r["errors"]) for r in records if r["errors"])
    tc = sum(len(r["traps"]) for r in records if r["label"] == "consistent")
    ti = sum(len(r["traps"]) for r in records if r["label"] == "inconsistent")
    words = [n_words(r["reference"]) for r in records]
    lines = [
        f"pairs: {len(records)}  labels: {dict(labels)}",
        "modes: " + ", ".join(f"{m}/{l}={n}" for (m, l), n in sorted(modes.items())),
        f"errors: {sum(etypes.values())}  by type: {dict(sorted(etypes.items()))}",
        f"severity: {dict(sorted(sev.items()))}  errors per inconsistent pair: {dict(sorted(per.items()))}",
        f"traps: consistent={tc}  inconsistent={ti}",
        f"reference words: min={min(words)} max={max(words)}",
    ]
    return "\n".join(lines)


def main():
    check_only = "--check" in sys.argv[1:]
    records, problems = build()
    if problems:
        print("VALIDATION FAILED:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print(summary(records))
    if check_only:
        print("check: OK (nothing written)")
        return
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), f"set{SET_NO}.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records to {out}")


if __name__ == "__main__":
    main()
