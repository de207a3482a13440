#!/usr/bin/env python3
"""Held-out evaluation set 91 for a fact-comparison tool.

How it was made: every pair below was hand-written by a helper (an LLM session)
that saw no code or data of the project, working only from a written brief.
All people, companies, organisations, places and figures are invented; real
countries or regions appear, if at all, only as background.  Character offsets
are never typed by hand: they are computed here by string search (with an
occurrence index where a quoted text repeats) and validated before writing.

Composition (40 pairs, one domain each):
  modes : 20 rewrite, 10 summary, 10 translation (half of each consistent)
  labels: 20 consistent, 20 inconsistent
  errors: 30 in total -- entity 3, number 4, date 3, role 3, polarity 3,
          modality 3, attribution 2, event 3, omission 2, addition 2,
          repetition 2; 10 inconsistent pairs carry one error, 10 carry two
  traps : 3-5 per consistent pair, 0-3 per inconsistent pair
Omissions appear only in rewrite and translation pairs.  Translation pairs are
two independent English renderings of the same (imagined) non-English story.

Usage:  python3 make_set91.py           validate and write set91.jsonl
        python3 make_set91.py --check   validate only, write nothing
"""
import json
import os
import re
import sys

N = 91
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "set%d.jsonl" % N)

DOMAINS = [d.strip() for d in (
    "mortgage rate rises;rent control votes;social housing waiting lists;"
    "short-let licensing;green belt releases;council tax bands;"
    "business rates relief;high street vacancy;pub closures;brewery mergers;"
    "wine fraud;cocoa futures;coffee rust;banana fungus;rice export bans;"
    "wheat tariffs;fertiliser prices;tuna stock assessments;shrimp farm labour;"
    "palm oil certification;timber import checks;rare earth mining;"
    "copper smelter strikes;nickel price swings;aluminium tariffs;"
    "container ship groundings;canal transit fees;pipeline sabotage;"
    "referendum turnout;coalition talks;budget vetoes;"
    "central bank independence;sovereign debt restructuring;IMF bailout talks;"
    "currency pegs;crypto exchange collapse;stablecoin rules;"
    "insider trading cases;whistleblower payouts;antitrust fines").split(";")]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]
MODES = ["rewrite", "summary", "translation"]

CASES = []


def E(text, etype, severity, ref_text, occ=0):
    """An error span: `text` is located in the candidate (occ-th occurrence)."""
    return {"text": text, "type": etype, "severity": severity,
            "ref_text": ref_text, "occ": occ}


def O(ref_text, severity, after, occ=0):
    """An omission: zero-width point right after the occ-th `after` text."""
    return {"text": "", "type": "omission", "severity": severity,
            "ref_text": ref_text, "after": after, "occ": occ}


def T(text, ref_text, occ=0):
    """A trap: faithful rewording; ref_text is the reference wording."""
    return {"text": text, "ref_text": ref_text, "occ": occ}


def case(domain, mode, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "reference": reference,
                  "candidate": candidate, "errors": list(errors),
                  "traps": list(traps)})

# ---------------------------------------------------------------- rewrites 1-10

case("mortgage rate rises", "rewrite",
     "Harlowe Building Society said on Monday it would raise its standard variable mortgage rate by 0.35 percentage points to 6.49 per cent from 1 March, the third increase since September. About 42,000 borrowers on the variable rate will see average monthly repayments rise by £38, the lender said. Chief executive Maren Coltby said the decision had not been taken lightly and blamed higher wholesale funding costs. Fixed-rate customers are not affected. The society will also withdraw its two-year tracker deals for new applicants from Friday, although existing tracker borrowers will keep their current terms. Broker Ansel Fairweather of Quillmont Advisers said other mid-sized lenders were likely to follow within weeks.",
     "From 1 March, Harlowe Building Society's standard variable rate will climb 0.35 points to 6.49%, the lender announced on Monday, its third rise since September. Some 42,000 variable-rate borrowers face an average increase of £38 a month in their repayments. Blaming dearer wholesale funding, chief executive Maren Coltby said the move had not been taken lightly. Customers on fixed rates are unaffected. New applicants will no longer be offered the society's two-year tracker deals from Friday, but borrowers already on a tracker keep their existing terms. Other mid-sized lenders are expected to follow suit within weeks, according to Ansel Fairweather, a broker at Quillmont Advisers.",
     traps=[T("6.49%", "6.49 per cent"),
            T("Some 42,000 variable-rate borrowers", "About 42,000 borrowers on the variable rate"),
            T("an average increase of £38 a month", "average monthly repayments rise by £38"),
            T("Customers on fixed rates are unaffected", "Fixed-rate customers are not affected"),
            T("are expected to follow suit within weeks", "were likely to follow within weeks")])

case("rent control votes", "rewrite",
     "Councillors in Bramford voted 31 to 19 on Thursday night to ask the regional government for powers to cap annual rent increases at 4 per cent for private tenancies. The motion, tabled by the Tenants First group, also calls for a register of landlords within 18 months. Deputy leader Orla Penhaligon said the vote sent 'a clear message' that rents had outpaced wages. The Bramford Property Owners' Association warned that a cap could drive smaller landlords out of the market and reduce the supply of homes. The regional housing ministry said it would consider the request but noted that no city has yet been granted such powers. Average rents in Bramford rose 11 per cent last year, according to council figures.",
     "Bramford councillors on Thursday night backed a request to the regional government for powers to limit yearly rent rises on private tenancies to 4%, passing the motion by 31 votes to 18. Tabled by the Tenants First group, the motion also seeks a landlord register within a year and a half. According to the Tenants First group, the result sent 'a clear message' that rents had outpaced wages. Smaller landlords could be driven from the market by a cap, shrinking the supply of homes, the Bramford Property Owners' Association warned. The regional housing ministry said it would look at the request, though it pointed out that no city had so far received such powers. Council figures show average rents in Bramford rose 11% last year.",
     errors=[E("31 votes to 18", "number", "major", "31 to 19"),
             E("According to the Tenants First group", "attribution", "major",
               "Deputy leader Orla Penhaligon said")],
     traps=[T("limit yearly rent rises on private tenancies to 4%",
              "cap annual rent increases at 4 per cent for private tenancies"),
            T("a landlord register within a year and a half",
              "a register of landlords within 18 months")])

case("social housing waiting lists", "rewrite",
     "The number of households on social housing waiting lists in the county of Eastmere has reached 23,400, up from 19,800 two years ago, a report by the Eastmere Housing Partnership published on Wednesday shows. Nearly half of those waiting have been on the list for more than three years. Families with children account for 9,100 of the households. The partnership said 640 new social homes were completed in the last financial year, against a target of 1,000. Its director, Tobias Wrenfield, said the shortfall was mainly due to rising construction costs and delays in securing planning consent. The county council said it would publish a revised housing strategy in the autumn and had set aside £45 million for land purchases.",
     "Eastmere's social housing waiting lists now hold 23,400 households, compared with 19,800 two years earlier, according to a report the Eastmere Housing Partnership released on Wednesday. Almost 50% of applicants have been waiting for over three years, and families with children make up 9,100 of the households. Just 640 new social homes were finished in the last financial year, short of the 1,000 targeted, the partnership said. Director Tobias Wrenfield put the gap down chiefly to higher building costs and slow progress in obtaining planning consent. A revised housing strategy will be published by the county council in the autumn, it said, adding that £45m had been earmarked for buying land.",
     traps=[T("compared with 19,800 two years earlier", "up from 19,800 two years ago"),
            T("Almost 50%", "Nearly half"),
            T("put the gap down chiefly to higher building costs",
              "said the shortfall was mainly due to rising construction costs"),
            T("£45m", "£45 million")])

case("short-let licensing", "rewrite",
     "The city of Porthaven will require all short-let hosts to hold a licence from 1 July, the council confirmed on Tuesday. Hosts renting out a whole property for more than 90 nights a year will also need planning permission. Licences will cost £350 and must be renewed every three years. Inspectors from the council's housing standards team will check fire safety and gas certificates before a licence is granted. The scheme was drawn up after complaints from residents of the old harbour district, where an estimated one in five homes is now let to visitors. Online platform StayLoop has agreed to cooperate: under the arrangement, StayLoop will pass the addresses of listed properties to the council every quarter. Councillor Priya Osterley, who chairs the licensing committee, said the aim was 'to protect neighbourhoods, not to punish responsible hosts'.",
     "Short-let hosts in Porthaven will need a licence from 1 July, the council confirmed on Tuesday, and those letting an entire property for over 90 nights a year must also obtain planning permission. A licence will cost £350 and last three years before renewal. Before granting one, council housing standards inspectors will check fire safety and gas certificates. The scheme follows complaints from residents of the old harbour district, where around 20% of homes are now thought to be let to visitors. Online platform StayLoop has agreed to cooperate, and the council will pass the addresses of listed properties to the platform every quarter. Priya Osterley, the councillor who chairs the licensing committee, said the aim was 'to protect neighbourhoods, not to punish responsible hosts'.",
     errors=[E("the council will pass the addresses of listed properties to the platform", "role", "major",
               "StayLoop will pass the addresses of listed properties to the council")],
     traps=[T("for over 90 nights a year", "for more than 90 nights a year"),
            T("last three years before renewal", "must be renewed every three years"),
            T("around 20% of homes are now thought to be let to visitors",
              "an estimated one in five homes is now let to visitors")])

case("green belt releases", "rewrite",
     "Planning inspectors have approved the release of 210 hectares of green belt land around the market town of Kelbridge for housing, clearing the way for up to 3,800 homes over the next 15 years. The decision, announced on Friday, is smaller than the 290 hectares originally proposed by Kelbridge District Council. Inspector Helena Marchbank removed two sites north of the River Lenn from the plan, citing flood risk and the loss of an ancient woodland buffer. At least 30 per cent of the new homes must be classed as affordable. Campaign group Save Kelbridge Fields said it was 'deeply disappointed' and was considering a legal challenge. The council's planning lead, Gareth Ossory, welcomed the ruling as 'a balanced outcome'.",
     "Up to 3,800 homes could be built around the market town of Kelbridge over the coming 15 years after planning inspectors approved releasing 210 hectares of green belt land for housing. Announced on Friday, the decision falls short of the 290 hectares Kelbridge District Council had first proposed: inspector Helena Marchbank struck out two sites north of the River Lenn because of flood risk and the loss of a buffer of ancient woodland. No less than 30% of the new homes must count as affordable. Save Kelbridge Fields, a campaign group, said it was 'deeply disappointed' and was weighing a legal challenge, while council planning lead Gareth Ossory hailed the ruling as 'a balanced outcome'.",
     traps=[T("over the coming 15 years", "over the next 15 years"),
            T("falls short of the 290 hectares", "is smaller than the 290 hectares"),
            T("No less than 30%", "At least 30 per cent"),
            T("was weighing a legal challenge", "was considering a legal challenge")])

case("council tax bands", "rewrite",
     "The district council of Rhosmere will revalue homes in its two highest council tax bands next year, the council's cabinet agreed on 14 January. The review, the first since 2005, will affect around 6,200 properties in bands G and H. Finance chief Delyth Amberson said bills for most households in lower bands would not change as a result. Residents will be able to appeal their new band within six months of receiving notice. The council expects the exercise to raise an extra £2.1 million a year, which will be ring-fenced for adult social care. Opposition councillors said the timetable was rushed and called for a public consultation before the valuations begin in April.",
     "Homes in Rhosmere's two top council tax bands will be revalued next year after the district council's cabinet gave its approval on 14 January. Around 6,200 band G and H properties are covered by the review, the first since 2005. Bills for most lower-band households would change as a result, finance chief Delyth Amberson said. Residents will have six months from receiving notice to appeal against their new band. The council expects the exercise to bring in an additional £2.1m annually, ring-fenced for adult social care. Opposition councillors criticised the timetable as rushed and called for a public consultation once valuations begin in April.",
     errors=[E("would change", "polarity", "major", "would not change"),
             E("once valuations begin in April", "date", "major",
               "before the valuations begin in April")],
     traps=[T("six months from receiving notice", "within six months of receiving notice"),
            T("an additional £2.1m annually", "an extra £2.1 million a year")])

case("business rates relief", "rewrite",
     "Small retailers and hospitality firms in the borough of Castlemoor will receive a 40 per cent discount on their business rates for the 2025-26 tax year, capped at £15,000 per business, the borough council announced on Thursday. The relief applies to premises with a rateable value below £51,000 and is expected to benefit about 1,300 firms. Businesses already receiving small business rate relief will not need to apply, as the discount will be applied automatically. Others must submit a form by 31 May. The £4.6 million cost will be met from a government grant. Council leader Imogen Stradwick said the scheme was intended to help high streets recover from a difficult winter. Traders' group Castlemoor First said the cap would limit the benefit for larger pubs.",
     "Castlemoor borough council said on Thursday that small retailers and hospitality businesses would get 40% off their business rates in the 2025-26 tax year, up to a maximum of £15,000 each. Around 1,300 firms with premises whose rateable value is under £51,000 are expected to benefit. Those already on small business rate relief will get the discount automatically, with no need to apply; other businesses have until 31 May to return a form. A government grant will cover the scheme's £4.6m cost. The aim, according to council leader Imogen Stradwick, is to help high streets bounce back after a difficult winter. The cap will restrict what larger pubs gain, traders' group Castlemoor First said.",
     traps=[T("40% off", "a 40 per cent discount"),
            T("up to a maximum of £15,000 each", "capped at £15,000 per business"),
            T("have until 31 May to return a form", "must submit a form by 31 May"),
            T("£4.6m", "£4.6 million"),
            T("bounce back after", "recover from")])

case("high street vacancy", "rewrite",
     "One in six shop units on high streets in the Ardley region stood empty at the end of March, according to figures from the retail analysts Tallow & Reede. The vacancy rate of 16.8 per cent was up from 14.9 per cent a year earlier and is the highest the firm has recorded since it began tracking the region in 2012. Fashion and banking branches accounted for most of the closures. Shopping centres fared worse than traditional high streets, with a vacancy rate of 21 per cent. Analyst Corin Mallory said the rate could rise further this year if planned closures by two national chains go ahead. The regional development agency said it would publish plans in June to convert some empty units into housing and community space.",
     "At the end of March, one in six high-street shop units across the Ardley region were empty, retail analysts Tallow & Reede said. At 16.8%, the vacancy rate was up from 14.9% twelve months before and was the highest the firm has seen since it started monitoring the region in 2012. Most of the closures were fashion branches. With 21% of units vacant, shopping centres did worse than traditional high streets. Analyst Corin Mallory expects the rate to rise further this year if two national chains go ahead with planned closures. The regional development agency said it would publish plans in June to turn some empty units into housing and community space.",
     errors=[O("and banking", "minor", "Most of the closures were fashion"),
             E("expects the rate to rise", "modality", "major", "the rate could rise")],
     traps=[T("twelve months before", "a year earlier"),
            T("since it started monitoring the region in 2012",
              "since it began tracking the region in 2012"),
            T("With 21% of units vacant", "with a vacancy rate of 21 per cent")])

case("pub closures", "rewrite",
     "A total of 57 pubs closed across the county of Wexholt in the first half of the year, compared with 34 in the same period last year, according to the Wexholt Licensed Trade Association. The association's chair, Bernard Ashcombe, said rising energy bills, staff costs and a fall in midweek trade were the main causes. Rural villages were hardest hit, accounting for 38 of the closures. Eleven of the pubs have since been sold for conversion into homes, while the rest remain boarded up or on the market. The association is urging the county council to list more pubs as assets of community value, which gives local groups six months to raise funds and bid for a pub before it can be sold.",
     "Fifty-seven pubs shut across Wexholt between January and June, up from 34 in the first six months of last year, figures from the Wexholt Licensed Trade Association show. Its chair, Bernard Ashcombe, blamed mainly higher energy bills and staffing costs, together with weaker midweek trade. Thirty-eight of the closures were in rural villages, the worst-affected areas. Since closing, 11 of the pubs have been sold to be turned into homes; the others are either boarded up or still for sale. The association wants the county council to give more pubs asset-of-community-value status, under which local groups get half a year to raise money and bid for a pub before it can be sold.",
     traps=[T("Fifty-seven pubs", "A total of 57 pubs"),
            T("between January and June", "in the first half of the year"),
            T("Thirty-eight of the closures were in rural villages",
              "Rural villages were hardest hit, accounting for 38 of the closures"),
            T("half a year", "six months")])

case("brewery mergers", "rewrite",
     "Hollin Bridge Brewery has agreed to be acquired by the larger Tamsworth Ales in a deal valuing the family-owned firm at £48 million, the companies said on Monday. Tamsworth, which already owns 120 pubs, will take over Hollin Bridge's brewery site and its 35 pubs in the north-east. Hollin Bridge's managing director, Esther Quarrie, will join Tamsworth's board. The combined group expects to produce around 400,000 barrels a year. The deal still requires clearance from the competition regulator, which is expected to decide by October. Tamsworth said it had no plans to close the Hollin Bridge brewery and would keep its brands.",
     "Family-owned Hollin Bridge Brewery is to buy the larger Tamsworth Ales in a deal worth £48m, the companies announced on Monday. The deal covers Hollin Bridge's brewery site and its 35 pubs in the north-east; Tamsworth already owns 120 pubs. Esther Quarrie, managing director of Hollin Bridge, will take a seat on the Tamsworth board. Together the two brewers expect to make about 400,000 barrels annually. The competition regulator must still clear the deal and is expected to rule by October. Tamsworth said it would keep the Hollin Bridge brands and had no plans to close the brewery.",
     errors=[E("Hollin Bridge Brewery is to buy the larger Tamsworth Ales", "role", "critical",
               "Hollin Bridge Brewery has agreed to be acquired by the larger Tamsworth Ales")],
     traps=[T("will take a seat on the Tamsworth board", "will join Tamsworth's board"),
            T("about 400,000 barrels annually", "around 400,000 barrels a year"),
            T("is expected to rule by October", "is expected to decide by October")])

# --------------------------------------------------------------- rewrites 11-20

case("wine fraud", "rewrite",
     "Police in the Bordelle region have charged three people over an alleged scheme to sell cheap table wine as premium vintage bottles worth a total of €2.3 million, prosecutors said on Wednesday. The suspects, including the former cellar master of the Château Vaurenne estate, are accused of relabelling about 18,000 bottles between 2019 and 2022. Investigators believe most of the bottles were sold to collectors in Asia and the United States through two online auction houses, which are not suspected of wrongdoing. Prosecutor Lucienne Darrac said the labels and capsules were 'of very high quality' and had fooled several experts. The accused deny the charges. If convicted, they face up to seven years in prison.",
     "Three people, among them a former cellar master at the Château Vaurenne estate, have been charged by police in the Bordelle region over an alleged €2.3m scheme in which cheap table wine was passed off as premium vintage bottles, prosecutors said on Wednesday. Roughly 18,000 bottles are alleged to have been relabelled from 2019 to 2022. Most were sold to collectors in Asia and the US via two online auction houses, investigators believe; the auction houses are not suspected of any wrongdoing. According to prosecutor Lucienne Darrac, the labels and capsules were 'of very high quality' and had deceived several experts. All three deny the charges and face as much as seven years in jail if found guilty.",
     traps=[T("€2.3m", "€2.3 million"),
            T("Roughly 18,000 bottles", "about 18,000 bottles"),
            T("from 2019 to 2022", "between 2019 and 2022"),
            T("had deceived several experts", "had fooled several experts"),
            T("as much as seven years in jail", "up to seven years in prison")])

case("cocoa futures", "rewrite",
     "Cocoa futures in London fell 6 per cent on Tuesday to £5,820 a tonne, their lowest level in four months, after forecasters raised their estimates for the West African harvest. The Coastal Crop Bureau said the main crop in its member countries was likely to reach 2.1 million tonnes, up from its earlier forecast of 1.9 million, thanks to heavier rains in August. Traders said hedge funds had been selling contracts since the start of the week. Chocolate maker Brantley & Voss, which buys about a tenth of the region's beans, said it would not cut its retail prices this year because of earlier increases in its costs. Prices remain roughly double their level of two years ago.",
     "London cocoa futures dropped 6% on Tuesday to £5,280 a tonne, a four-month low, after the West African harvest came in larger than expected. The Coastal Crop Bureau now puts its member countries' main crop at a likely 2.1 million tonnes, against the 1.9 million it previously forecast, citing heavier August rainfall. Hedge funds have been selling contracts since the week began, according to traders. Brantley & Voss, the chocolate maker that buys around 10% of the region's beans, said earlier cost increases meant it would not lower its retail prices this year. Prices are still about twice what they were two years ago.",
     errors=[E("£5,280 a tonne", "number", "major", "£5,820 a tonne"),
             E("the West African harvest came in larger than expected", "event", "major",
               "forecasters raised their estimates for the West African harvest")],
     traps=[T("a four-month low", "their lowest level in four months"),
            T("around 10%", "about a tenth"),
            T("about twice what they were", "roughly double their level")])

case("coffee rust", "rewrite",
     "An outbreak of coffee leaf rust has damaged an estimated 35 per cent of plantations in the highland province of Santa Olvera, the national coffee institute said on Friday. The fungus, which thrives in warm, humid conditions, spread rapidly after an unusually wet May. Institute director Raúl Menchaca said output from the province could fall by a quarter this season, to about 410,000 bags. The government has released 12 million pesos to buy fungicide and resistant seedlings for smallholders, who grow most of the province's coffee. Farmers' cooperative Cafeteros Unidos said the aid was welcome but would reach growers too late to save this year's crop. Santa Olvera produces around a fifth of the country's coffee.",
     "Coffee leaf rust has hit about 35% of plantations in the highland province of Santa Olvera, the national coffee institute estimated on Friday. The fungus, which favours warm and humid weather, spread quickly following an abnormally wet May. The province's output may drop by 25% this season to roughly 410,000 bags, said Raúl Menchaca, the institute's director. To help smallholders, who grow most of Santa Olvera's coffee, the government has freed up 12 million pesos for fungicide and resistant seedlings. The Cafeteros Unidos farmers' cooperative welcomed the aid but said it would get to growers too late to save this year's crop. The province accounts for about one-fifth of national coffee production.",
     traps=[T("following an abnormally wet May", "after an unusually wet May"),
            T("may drop by 25%", "could fall by a quarter"),
            T("roughly 410,000 bags", "about 410,000 bags"),
            T("about one-fifth of national coffee production", "around a fifth of the country's coffee")])

case("banana fungus", "rewrite",
     "Agriculture officials in the Republic of Caldera have confirmed a second outbreak of the soil fungus that causes Panama disease on banana farms in the eastern lowlands. Samples from a 40-hectare plantation near the town of Puerto Lisa tested positive last week, the Plant Health Service said on Monday. The farm has been quarantined and vehicles leaving the area must be disinfected. The first case, confirmed in March, was limited to a single farm about 60 kilometres away. There is no cure for the disease, which can survive in soil for decades. Exporters' association Asobanca said shipments would continue as normal but warned that a wider spread could threaten 30,000 jobs.",
     "A second outbreak of the soil fungus behind Panama disease has been confirmed on banana farms in Caldera's eastern lowlands, agriculture officials said. Samples taken last week from a 40-hectare plantation near Puerto Lisa tested positive, the Plant Health Service announced on Monday. The plantation has been placed under quarantine, and vehicles leaving the area have to be disinfected. The first case, confirmed in March, affected just one farm about 60km away. The plantation has been placed under quarantine. The disease has no cure and can persist in soil for decades. Shipments will carry on as normal, exporters' association Asobanca said, though it warned that 30,000 jobs could be at risk if the disease spread further.",
     errors=[E("The plantation has been placed under quarantine", "repetition", "minor", None, occ=1)],
     traps=[T("about 60km away", "about 60 kilometres away"),
            T("can persist in soil for decades", "can survive in soil for decades")])

case("rice export bans", "rewrite",
     "The government of Sundara will lift its ban on exports of non-basmati white rice from 1 October, trade minister Arjun Pellai announced on Thursday, ending restrictions imposed 14 months ago to keep domestic prices in check. Exporters will instead pay a duty of 10 per cent, and shipments will be capped at 2 million tonnes for the rest of the year. Mr Pellai said state granaries held 41 million tonnes, well above the level needed for food security. Domestic retail prices have fallen by about 8 per cent since June. Traders in neighbouring importing countries welcomed the move, which is expected to push down regional prices. The ban on broken rice exports remains in place.",
     "Sundara's 14-month-old ban on exports of non-basmati white rice, introduced to keep prices at home under control, will be lifted on 1 October, trade minister Arjun Pellai said on Thursday. In its place, exporters will face a 10% duty, with shipments limited to 2 million tonnes for the remainder of the year. According to the trade minister, state granaries held 41 million tonnes, comfortably more than food security requires. Retail prices in Sundara have dropped roughly 8% since June. The move, which is likely to bring regional prices down, was welcomed by traders in neighbouring importing countries. Exports of broken rice will stay banned.",
     traps=[T("14-month-old ban", "restrictions imposed 14 months ago"),
            T("a 10% duty", "a duty of 10 per cent"),
            T("for the remainder of the year", "for the rest of the year"),
            T("According to the trade minister", "Mr Pellai said"),
            T("is likely to bring regional prices down", "is expected to push down regional prices")])

case("wheat tariffs", "rewrite",
     "The trade bloc formed by Norvania and its three neighbours will impose a tariff of 18 per cent on wheat imports from outside the bloc starting in January, its trade commissioner, Ilse Varga, said on Wednesday. The measure is intended to protect local farmers after a surge in cheap imports drove domestic prices to a six-year low. Millers' federation Granum warned the tariff would raise flour costs and could add up to 5 cents to the price of a loaf. Wheat imports into the bloc rose 37 per cent last year, mostly from the Black Sea region. The tariff will be reviewed after 12 months. Farmers' union Agrovita, which had lobbied for a 25 per cent tariff, called the decision 'a first step'.",
     "Wheat entering the trade bloc of Norvania and its three neighbours from outside will face an 18% tariff from January, trade commissioner Ilse Varga announced on Wednesday. The aim is to shield local farmers after a wave of cheap imports pushed domestic prices to their lowest in six years. Agrovita, the millers' federation, warned that flour would become more expensive and that as much as 5 cents could be added to the price of a loaf. Last year the bloc's wheat imports climbed 37%, mainly from the Black Sea region. The tariff will come up for review after a year. Farmers' union Agrovita, which had lobbied for a 25% rate, described the decision as 'a first step'.",
     errors=[E("Agrovita", "entity", "major", "Granum", occ=0)],
     traps=[T("their lowest in six years", "a six-year low"),
            T("as much as 5 cents", "up to 5 cents"),
            T("after a year", "after 12 months")])

case("fertiliser prices", "rewrite",
     "The price of urea fertiliser delivered to farms in the Vellmark region rose to €640 a tonne in September, 22 per cent higher than a year earlier, the regional farm bureau said in its monthly report. Ammonium nitrate prices climbed 15 per cent over the same period. The bureau attributed the increases mainly to higher natural gas costs for manufacturers and to reduced imports after a plant closure in a neighbouring country. It estimated that fertiliser now makes up around 30 per cent of the cost of growing a hectare of wheat. Bureau economist Tamsin Holloway said many farmers were likely to cut application rates next spring, which could reduce yields. The bureau did not forecast prices beyond the end of the year.",
     "Urea fertiliser delivered to farms in Vellmark cost €640 a tonne in September, up 22% on the year, according to the regional farm bureau's monthly report. Over the same twelve months, ammonium nitrate rose by 15%. The bureau put the increases down chiefly to dearer natural gas for manufacturers and to lower imports following the closure of a plant in a neighbouring country. Fertiliser, it estimated, now accounts for roughly 30% of the cost of growing a hectare of wheat. Many farmers will probably apply less next spring, which could hit yields, said Tamsin Holloway, an economist at the bureau. The bureau gave no price forecast for the period after the end of the year.",
     traps=[T("up 22% on the year", "22 per cent higher than a year earlier"),
            T("Over the same twelve months", "over the same period"),
            T("roughly 30%", "around 30 per cent"),
            T("will probably apply less", "were likely to cut application rates"),
            T("could hit yields", "could reduce yields")])

case("tuna stock assessments", "rewrite",
     "Scientists advising the Southern Ocean Tuna Commission have concluded that bigeye tuna stocks in the western zone are overfished, with spawning biomass estimated at 18 per cent of unfished levels, below the commission's 20 per cent limit. The assessment, published on Tuesday, recommends reducing the annual catch limit from 61,000 tonnes to 48,000 tonnes. Member states will vote on the recommendation at the commission's annual meeting in December. Lead author Dr Kenji Aramaki said the stock could recover within a decade if catches were cut promptly. The industry group Pacific Longline Alliance said the data were uncertain and argued that a smaller reduction would be sufficient.",
     "Bigeye tuna in the western zone are overfished, according to scientists advising the Southern Ocean Tuna Commission, who estimate spawning biomass at 18% of unfished levels, short of the commission's 20% limit. Their assessment, released on Tuesday, recommends lowering the annual catch limit to 48,000 tonnes from 61,000 tonnes, which would be the largest cut in the commission's history. Member states will vote on it at the commission's annual meeting in December. If catches are cut promptly, the stock will recover within a decade, said lead author Dr Kenji Aramaki. The Pacific Longline Alliance, an industry group, said the data were uncertain and argued that a smaller cut would be enough.",
     errors=[E("which would be the largest cut in the commission's history", "addition", "major", None),
             E("the stock will recover", "modality", "major", "the stock could recover")],
     traps=[T("lowering the annual catch limit to 48,000 tonnes from 61,000 tonnes",
              "reducing the annual catch limit from 61,000 tonnes to 48,000 tonnes")])

case("shrimp farm labour", "rewrite",
     "An investigation by the labour ministry of Pelagia has found that 140 workers at two shrimp farms in the southern province of Koh Marin were owed a combined $410,000 in unpaid wages. Inspectors also found that passports belonging to 26 migrant workers had been held by a recruitment agent, which is illegal under national law. The farms supply Oceanway Foods, a processor that exports frozen shrimp to Europe. Oceanway said it had suspended purchases from both farms pending a full audit and would ensure the workers were paid. The ministry said the recruitment agent's licence had been revoked and the case referred to police. Deputy labour minister Suda Rattanakorn said inspections would be extended to 30 more farms by the end of the year.",
     "A total of 140 workers at two shrimp farms in Koh Marin, a province in Pelagia's south, were collectively owed $410,000 in back pay, a labour ministry investigation has found. Inspectors further discovered that a recruitment agent had been holding the passports of 26 migrant workers, which national law prohibits. Oceanway Foods, which processes frozen shrimp and exports it to Europe, buys from both farms; it has halted those purchases until a full audit is done and said it would make sure the workers were paid. The agent has lost its licence and the case has gone to police, the ministry said. Inspections will cover 30 additional farms by year-end, according to deputy labour minister Suda Rattanakorn.",
     traps=[T("collectively owed $410,000 in back pay", "owed a combined $410,000 in unpaid wages"),
            T("which national law prohibits", "which is illegal under national law"),
            T("has halted those purchases until a full audit is done",
              "had suspended purchases from both farms pending a full audit"),
            T("by year-end", "by the end of the year")])

case("palm oil certification", "rewrite",
     "The Sustainable Palm Council has suspended the certification of Meranti Agro, one of the largest growers in the Republic of Tanjara, after an audit found evidence of forest clearance on 1,200 hectares after the council's 2018 cut-off date. The suspension, which took effect on 3 June, means buyers can no longer sell oil from the company's mills as certified sustainable. Meranti Agro said the land had been cleared by a subsidiary it acquired in 2021 and that it was preparing a remediation plan. The council said certification could be restored if the company restored the affected area and compensated local communities. Two European food manufacturers said they were reviewing their contracts with the grower.",
     "Meranti Agro, among the biggest growers in Tanjara, has had its certification suspended by the Sustainable Palm Council after auditors found signs that 1,200 hectares of forest had been cleared before the council's 2018 cut-off date. Since the suspension took effect on 3 June, buyers have been unable to sell oil from the company's mills as certified sustainable. According to Meranti Agro, the clearing was carried out by a subsidiary it bought in 2021, and a remediation plan is being drawn up. Certification could be reinstated if the company restores the affected area and compensates local communities, the council said. Two European food manufacturers said their contracts with the grower were under review.",
     errors=[E("before the council's 2018 cut-off date", "date", "critical",
               "after the council's 2018 cut-off date")],
     traps=[T("among the biggest growers", "one of the largest growers"),
            T("a subsidiary it bought in 2021", "a subsidiary it acquired in 2021"),
            T("could be reinstated", "could be restored")])

# ------------------------------------------------------------------- summaries

case("timber import checks", "summary",
     "Customs officers at the port of Grellham will begin random inspections of hardwood timber shipments from 1 September to check that the wood was legally harvested, the Border and Trade Agency said on Monday. Importers will have to provide documents tracing each consignment back to the forest of origin, and up to one in ten shipments will be opened for physical checks, including wood species testing. Shipments that fail the checks may be seized, and importers could face fines of up to £250,000. The agency said the measures followed a 2023 case in which 900 tonnes of protected rosewood were found mislabelled as oak. Timber traders' body the Grellham Wood Federation said it supported the aim but warned the checks could add up to a week to delivery times.",
     "From 1 September, customs at Grellham port will randomly inspect hardwood shipments to check the timber was legally felled, with importers required to trace each consignment to its forest of origin and as many as 10% of shipments opened for physical checks. Failing cargoes may be seized and importers fined up to £250,000. The Grellham Wood Federation backs the aim but says the checks could delay deliveries by as much as a week.",
     traps=[T("legally felled", "legally harvested"),
            T("as many as 10% of shipments", "up to one in ten shipments"),
            T("backs the aim", "supported the aim"),
            T("could delay deliveries by as much as a week", "could add up to a week to delivery times")])

case("rare earth mining", "summary",
     "Mining company Highvale Resources has received a 25-year licence to develop a rare earth deposit at Kassel Ridge in the northern territory of Ostria, the territory's mines department said on Thursday. The project, which will cost an estimated $1.4 billion, is expected to produce 12,000 tonnes of rare earth oxides a year once fully operational in 2029, including neodymium used in electric vehicle motors. Highvale has signed a supply agreement with battery and motor maker Corvane Industries for 40 per cent of the output. Environmental group Ostria Wild said it would challenge the licence in court, arguing that waste ponds at the site could contaminate the Kassel River. The company said its waste facilities would meet international standards.",
     "Corvane Industries has been granted a 15-year licence to develop the Kassel Ridge rare earth deposit in Ostria. The project, estimated to cost $1.4bn, is expected to yield 12,000 tonnes of oxides a year once at full output in 2029, with 40% of it already contracted to a battery and motor maker. Environmental group Ostria Wild plans a court challenge, citing the risk of waste ponds polluting the Kassel River.",
     errors=[E("Corvane Industries", "entity", "critical", "Highvale Resources"),
             E("15-year", "number", "major", "25-year")],
     traps=[T("$1.4bn", "$1.4 billion"),
            T("plans a court challenge", "said it would challenge the licence in court")])

case("copper smelter strikes", "summary",
     "Workers at the Rocaverde copper smelter in the Andean state of San Lucío began an indefinite strike on Monday after talks over pay broke down, the Metalworkers' Union said. About 1,100 of the plant's 1,400 employees walked out, demanding a 12 per cent wage increase; the operator, Andesur Metals, has offered 7 per cent. The smelter processes roughly 350,000 tonnes of copper concentrate a year, about a fifth of the country's capacity. Andesur said it had activated contingency plans and that output would be reduced but not halted. The labour ministry has called both sides to mediation on Thursday. Copper prices rose 1.3 per cent in London on news of the strike.",
     "Around 1,100 of the 1,400 staff at Andesur Metals' Rocaverde smelter went on indefinite strike on Monday after pay talks collapsed, seeking a 12% rise against the 7% on offer. The plant, with roughly a fifth of national smelting capacity, will keep running at reduced output, Andesur said. Mediation is set for Thursday, and London copper gained 1.3% on the news.",
     traps=[T("Around 1,100", "About 1,100"),
            T("after pay talks collapsed", "after talks over pay broke down"),
            T("will keep running at reduced output", "output would be reduced but not halted"),
            T("London copper gained 1.3%", "Copper prices rose 1.3 per cent in London")])

case("nickel price swings", "summary",
     "Nickel prices swung sharply on Wednesday, jumping 9 per cent in early trading to $21,400 a tonne before falling back to close 2 per cent higher, after the government of Veradia said it would review export quotas for nickel ore. Veradia, the world's largest producer of the metal, did not say whether quotas would be cut. Mining minister Esteban Arroyo said the review would be completed within 60 days. Analysts at Kellgate Research said the volatility reflected thin trading volumes and that any change to quotas was unlikely to affect supply before next year. The exchange said it had no plans to suspend trading or impose price limits.",
     "Nickel surged 9% to $21,400 a tonne in early Wednesday trade before settling 2% up, after top producer Veradia announced a review of nickel ore export quotas, due within 60 days. Kellgate Research blamed thin volumes for the swings and said any quota change was likely to affect supply before next year.",
     errors=[E("was likely to affect supply", "polarity", "major", "was unlikely to affect supply")],
     traps=[T("settling 2% up", "close 2 per cent higher"),
            T("top producer", "the world's largest producer"),
            T("blamed thin volumes for the swings", "said the volatility reflected thin trading volumes")])

case("aluminium tariffs", "summary",
     "The government of Marvelle will raise its tariff on imported aluminium products from 10 per cent to 25 per cent from 1 April, the trade ministry announced on Tuesday. The increase covers sheet, foil and extrusions but not primary aluminium ingots, which will remain at 10 per cent. Trade minister Colette Varenne said the measure was needed to protect about 8,000 jobs at domestic rolling mills, which have lost market share to cheaper imports. The tariff will be reviewed after two years. Can makers and car manufacturers warned that their costs would rise, and the Marvelle Packaging Association estimated that the price of a drinks can could increase by up to 1 cent. Several trading partners said they were studying the decision.",
     "Marvelle will lift its tariff on imported aluminium sheet, foil and extrusions to 25% from 10% on 1 April, leaving primary ingots at 10%. Trade minister Colette Varenne said the move was needed to protect around 8,000 rolling-mill jobs. Can and car makers warn of higher costs; by one industry estimate, a drinks can could cost up to 1 cent more.",
     traps=[T("to 25% from 10%", "from 10 per cent to 25 per cent"),
            T("leaving primary ingots at 10%", "which will remain at 10 per cent"),
            T("by one industry estimate", "the Marvelle Packaging Association estimated"),
            T("could cost up to 1 cent more", "could increase by up to 1 cent")])

case("container ship groundings", "summary",
     "The container ship Aurora Meridian ran aground in the approach channel to the port of Valdemar early on Saturday, blocking traffic for about 14 hours, the port authority said. None of the 22 crew were injured and no fuel leaked. The 300-metre vessel, carrying around 9,000 containers, was refloated by five tugs on the high tide late on Saturday evening and towed to a berth for inspection. Harbour master Ingrid Solberg said an investigation would examine whether a steering failure or a navigation error was to blame. Fourteen ships waiting to enter or leave the port were delayed. The ship's operator, Norsel Line, said cargo would be discharged as planned.",
     "The 300-metre container ship Aurora Meridian ran aground in thick fog in the Valdemar port approach channel early on Saturday, halting traffic for some 14 hours and delaying 14 ships. Its 22 crew were unhurt and no fuel leaked. The vessel was refloated on the evening high tide and continued into port under its own power; the harbour master said an investigation would look at whether a steering failure or a navigation error was responsible.",
     errors=[E("in thick fog", "addition", "major", None),
             E("continued into port under its own power", "event", "major",
               "towed to a berth for inspection")],
     traps=[T("halting traffic for some 14 hours", "blocking traffic for about 14 hours"),
            T("Its 22 crew were unhurt", "None of the 22 crew were injured")])

case("canal transit fees", "summary",
     "The Istmia Canal Authority will raise transit fees for container ships by an average of 8 per cent from 1 January, its board decided on Friday, the second increase in 18 months. Fees for bulk carriers and tankers will rise by 5 per cent, while passenger ships will be exempt. The authority said the extra revenue, estimated at $180 million a year, would pay for a new water reservoir to keep the canal operating during droughts. Last year low water levels forced the authority to limit daily transits to 24 ships, down from the usual 36. Administrator Julio Barranco said the reservoir should be completed by 2028. Shipping lines' association Transmar said the increase was excessive and would be passed on to customers.",
     "Container ships will pay an average 8% more to transit the Istmia Canal from 1 January, the second rise in a year and a half; bulk carriers and tankers face 5% more, and passenger ships are exempt. The estimated $180m a year raised will fund a reservoir to keep the canal working through droughts, after low water last year cut transits to 24 a day from the usual 36. Shipping lines' group Transmar called the rise excessive and said customers would bear it.",
     traps=[T("the second rise in a year and a half", "the second increase in 18 months"),
            T("$180m a year", "$180 million a year"),
            T("cut transits to 24 a day from the usual 36",
              "limit daily transits to 24 ships, down from the usual 36"),
            T("said customers would bear it", "would be passed on to customers")])

case("pipeline sabotage", "summary",
     "A gas pipeline linking the coastal terminal at Brevik Point to the inland city of Torsholm was damaged by an explosion late on Sunday, cutting supplies to around 60,000 homes, operator Nordgas Transmission said. Police said they were treating the blast as deliberate sabotage and had found traces of explosives near the damaged section. No one was hurt. Energy minister Karin Lindqvist said repairs would take at least five days and that emergency supplies were being trucked in for hospitals and care homes. A little-known group calling itself Green Front claimed responsibility in an online post, but police said they had not verified the claim.",
     "An explosion late on Sunday damaged the gas pipeline between Brevik Point and Torsholm, cutting supplies to about 60,000 homes; Nordgas says it is treating the blast as deliberate sabotage. No one was injured. Repairs will take at least five days, the energy minister said, with emergency supplies being trucked to hospitals and care homes. A group called Green Front has claimed responsibility online, though police have not verified the claim.",
     errors=[E("Nordgas says", "attribution", "major", "Police said")],
     traps=[T("about 60,000 homes", "around 60,000 homes"),
            T("No one was injured", "No one was hurt")])

case("referendum turnout", "summary",
     "Turnout in Sunday's referendum on lowering the voting age to 16 in the province of Lemara was 38.6 per cent, well below the 50 per cent threshold needed for the result to be binding, the provincial electoral commission said on Monday. Of those who voted, 54.2 per cent backed the change. Because the threshold was not met, the proposal will go to the provincial assembly, which can adopt it by a two-thirds majority. Commission chair Nadia Ferrante said turnout had been lowest among voters aged 18 to 24. Premier Tomas Halvard said he would respect 'the clear wishes of those who voted' but did not say whether his party would support the measure in the assembly.",
     "Only 38.6% of voters took part in Lemara's referendum on Sunday on cutting the voting age to 16, well short of the 50% turnout required for a binding result, although 54.2% of those voting were in favour. The proposal now goes to the provincial assembly, where it needs a two-thirds majority. Premier Tomas Halvard has not said whether his party will back it there.",
     traps=[T("cutting the voting age to 16", "lowering the voting age to 16"),
            T("well short of the 50% turnout required for a binding result",
              "well below the 50 per cent threshold needed for the result to be binding"),
            T("54.2% of those voting were in favour", "54.2 per cent backed the change"),
            T("has not said whether his party will back it there",
              "did not say whether his party would support the measure in the assembly")])

case("coalition talks", "summary",
     "Coalition talks between the centre-right People's Alliance and the liberal Civic Forum in the republic of Estovia broke off on Tuesday after the two parties failed to agree on a pension reform, officials from both sides said. The People's Alliance, which won 61 of the parliament's 150 seats in last month's election, wants to raise the retirement age from 65 to 67; the Civic Forum, with 19 seats, opposes the move. Alliance leader Viktor Sandor said the door remained open and that talks could resume next week. President Mira Kalnins has given the parties until 30 November to form a government, after which she may invite another party to try.",
     "Coalition talks in Estovia between the People's Alliance and the Civic Forum broke down on Tuesday over pension reform. The Alliance wants to raise the retirement age from 65 to 67, which the Civic Forum opposes. Alliance leader Viktor Sandor said the door was still open and talks could restart next week. The Alliance wants to raise the retirement age from 65 to 67, which the Civic Forum opposes. President Mira Kalnins has given the parties until 30 November to form a government.",
     errors=[E("The Alliance wants to raise the retirement age from 65 to 67, which the Civic Forum opposes.",
               "repetition", "minor", None, occ=1)],
     traps=[T("broke down", "broke off"),
            T("the door was still open", "the door remained open"),
            T("could restart next week", "could resume next week")])

# ---------------------------------------------------------------- translations

case("budget vetoes", "translation",
     "The president of the Republic of Velaria, Dario Montesanti, vetoed on Friday the budget for 2025 adopted by the parliament last week, estimating that it exceeded the ceiling of deficit fixed by the law. According to the presidency, the text foresaw a deficit of 4.1 per cent of the gross domestic product, while the law permits a maximum of 3.5 per cent. The parliament can surmount the veto with a majority of three-fifths of the deputies, that is 132 votes out of 220. The governing coalition disposes of 118 seats. The minister of finance, Elena Brusca, declared that the government would present a corrected text within ten days. If no budget is adopted before 31 December, the state will function with monthly allocations equal to one-twelfth of the expenses of the previous year.",
     "Velaria's president, Dario Montesanti, blocked the 2025 budget on Friday, saying the bill that lawmakers passed last week broke the legal limit on the deficit. The budget projected a shortfall equivalent to 4.1% of GDP, the presidential office said, whereas the law caps it at 3.5%. To overturn the veto, 132 of the 220 deputies, or three-fifths of the chamber, must vote to do so; the ruling coalition holds 118 seats. The government will submit a revised version within ten days, Finance Minister Elena Brusca said. Should no budget be passed by 31 December, the state will run on monthly allowances of one-twelfth of last year's spending.",
     traps=[T("blocked the 2025 budget on Friday", "vetoed on Friday the budget for 2025"),
            T("equivalent to 4.1% of GDP", "of 4.1 per cent of the gross domestic product"),
            T("132 of the 220 deputies, or three-fifths of the chamber",
              "three-fifths of the deputies, that is 132 votes out of 220"),
            T("Should no budget be passed by 31 December", "If no budget is adopted before 31 December"),
            T("one-twelfth of last year's spending", "one-twelfth of the expenses of the previous year")])

case("central bank independence", "translation",
     "The parliament of Dravonia adopted on Wednesday, by 87 votes against 64, an amendment that permits the government to dismiss the governor of the central bank without the approval of the constitutional court. The governor, Lidia Koral, named in 2021, qualified the text as 'a grave threat for the monetary stability' and affirmed that she would not resign. The opposition Democratic Bloc accused the ruling Unity Party of wanting to take control of the interest rates before the elections. The commission of the Northern Economic Union warned that the modification could put in danger the candidacy of the country for membership. The amendment must still be signed by President Anton Reznik, who disposes of fifteen days to promulgate it or to return it to the parliament. Analysts of the bank Serrano Capital estimate that the national currency could lose up to 5 per cent if the law enters into force.",
     "On Wednesday Dravonia's lawmakers voted 87 to 64 to pass an amendment letting the government remove the central bank governor without needing the constitutional court's consent. Lidia Koral, who has been governor since 2021, described it as 'a serious threat to monetary stability' and said she had no intention of stepping down. The governing Unity Party accused the opposition Democratic Bloc of trying to seize control of interest rates ahead of the elections. According to the Northern Economic Union's commission, the change will jeopardise the country's bid to join. President Anton Reznik still has to sign the amendment; he has fifteen days either to enact it or send it back to parliament. The national currency could fall by as much as 5% if the law takes effect, analysts at Serrano Capital estimate.",
     errors=[E("The governing Unity Party accused the opposition Democratic Bloc", "role", "critical",
               "The opposition Democratic Bloc accused the ruling Unity Party"),
             E("will jeopardise", "modality", "major", "could put in danger")],
     traps=[T("had no intention of stepping down", "would not resign"),
            T("by as much as 5%", "up to 5 per cent")])

case("sovereign debt restructuring", "translation",
     "The Republic of Calvaro reached on Monday an agreement in principle with its principal private creditors to restructure 9.6 billion dollars of bonds, announced the ministry of the economy. According to the terms, the holders will accept a reduction of 30 per cent of the nominal value, and the maturities will be prolonged by seven years. The interest rate will pass from 8 per cent to 5 per cent during the first three years. The committee of creditors, led by the fund Halcyon Bay Partners, represents about 62 per cent of the bonds concerned. The minister Andrés Villalba declared that the accord would permit the country to economise 3.1 billion dollars of payments until 2030. The agreement must still be approved by a vote of the bondholders, foreseen in March.",
     "Calvaro and its main private creditors struck a deal in principle on Monday to rework $9.6bn of bonds, the economy ministry said. Under the terms, bondholders will take a 30% cut to the face value of their debt and wait seven years longer to be repaid. For the first three years the interest rate will drop to 5% from 8%. The creditors' committee, headed by fund Halcyon Bay Partners, speaks for roughly 62% of the bonds involved. The agreement will spare the country $3.1bn in payments up to 2030, Economy Minister Andrés Villalba said. Bondholders still have to approve it in a vote, which is expected in March.",
     traps=[T("$9.6bn", "9.6 billion dollars"),
            T("take a 30% cut to the face value of their debt",
              "accept a reduction of 30 per cent of the nominal value"),
            T("wait seven years longer to be repaid", "the maturities will be prolonged by seven years"),
            T("drop to 5% from 8%", "pass from 8 per cent to 5 per cent"),
            T("roughly 62%", "about 62 per cent")])

case("IMF bailout talks", "translation",
     "The government of Terravia and the International Reserve Fund concluded on Thursday a new round of negotiations on a loan of 4.2 billion dollars over four years, without arriving at an accord, announced the ministry of finance. The Fund demands the suppression of the fuel subsidies, which cost the state 2.3 per cent of GDP each year, and an augmentation of the value added tax from 15 to 17 per cent. The government proposes a progressive reduction of the subsidies over three years. The head of the mission, Helga Strand, declared that progress had been made and that the discussions would resume in two weeks. The reserves of foreign currency of the central bank cover actually less than two months of imports.",
     "The latest round of talks between Terravia's government and the International Reserve Fund on a three-year loan of $4.2bn ended on Thursday without a deal, the finance ministry said. The Fund wants fuel subsidies, which cost the state 2.3% of GDP a year, scrapped, and value added tax raised to 17% from 15%. The government is instead offering to cut the subsidies gradually over three years. Mission chief Helga Strand said there had been progress and that the two sides would meet again in a fortnight. The central bank's foreign exchange reserves currently cover two months of imports.",
     errors=[E("three-year", "number", "major", "over four years"),
             O("less than", "major", "reserves currently cover")],
     traps=[T("raised to 17% from 15%", "from 15 to 17 per cent"),
            T("in a fortnight", "in two weeks")])

case("currency pegs", "translation",
     "The central bank of the Kingdom of Almerra announced on Sunday that it will maintain the peg of the dinar to the American dollar at the rate of 3.75 dinars for one dollar, denying rumours of devaluation that circulated on the social networks. The governor, Farid Al-Nasser, declared that the reserves of foreign currency, which attain 38 billion dollars, are sufficient to defend the parity. The bank sold 1.2 billion dollars on the market during the past week to satisfy the demand of the importers. On the parallel market, the dollar was exchanged on Saturday at 4.05 dinars, a gap of 8 per cent with the official rate. The governor added that no modification of the regime of exchange is foreseen before the end of the year.",
     "Almerra's central bank said on Sunday it would keep the dinar pegged to the US dollar at 3.75 dinars per dollar, rejecting social-media rumours of a devaluation. Its foreign currency reserves of $38bn are enough to defend the exchange rate, Governor Farid Al-Nasser said. Over the past week the bank sold $1.2bn in the market to meet importers' demand. On Saturday the dollar changed hands for 4.05 dinars on the black market, 8% above the official rate. No change to the exchange rate regime is planned before the year ends, the governor added.",
     traps=[T("rejecting social-media rumours of a devaluation",
              "denying rumours of devaluation that circulated on the social networks"),
            T("$38bn", "38 billion dollars"),
            T("on the black market", "On the parallel market"),
            T("8% above the official rate", "a gap of 8 per cent with the official rate"),
            T("before the year ends", "before the end of the year")])

case("crypto exchange collapse", "translation",
     "The cryptocurrency exchange platform Kryptal, based in the Republic of Mondavia, suspended all withdrawals on Tuesday evening, two days after the discovery of a hole of 410 million dollars in its accounts. The financial regulator announced on Wednesday that it had frozen the assets of the company and named an administrator. Around 250,000 clients hold funds on the platform. The founder, Lukas Berendt, has not been seen in public since Sunday, and his lawyer indicated that he was cooperating with the authorities. According to the administrator, Sofia Marchetti, the clients will probably recover only a part of their deposits. An inquiry has been opened for fraud and abuse of confidence.",
     "Mondavia-based cryptocurrency exchange Kryptal halted all withdrawals on Tuesday evening, a week after a $410m hole was discovered in its books. On Wednesday the financial regulator said it had frozen the firm's assets and appointed an administrator. The platform holds funds for some 250,000 customers. Founder Lukas Berendt has not appeared in public since Sunday; his lawyer said he was cooperating with the authorities. Customers are likely to get back only part of their deposits, according to administrator Sofia Marchetti. Prosecutors have brought charges of fraud and breach of trust.",
     errors=[E("a week after", "date", "major", "two days after"),
             E("have brought charges of fraud and breach of trust", "event", "major",
               "An inquiry has been opened for fraud and abuse of confidence")],
     traps=[T("The platform holds funds for some 250,000 customers",
              "Around 250,000 clients hold funds on the platform"),
            T("are likely to get back only part", "will probably recover only a part")])

case("stablecoin rules", "translation",
     "The monetary authority of Sarvenia published on Monday a project of rules that will oblige the issuers of stablecoins to hold reserves equal to at least 100 per cent of the tokens in circulation, in liquidity or in state bonds with a maturity of less than three months. The issuers will have to obtain a licence and publish each month a report certified by an independent auditor. The tokens not backed by reserves, called algorithmic stablecoins, will be forbidden. The existing companies will benefit from a transition period of 18 months. The public can submit comments until 15 March. According to the director of the authority, Petra Lindahl, the objective is to protect the consumers without suffocating innovation.",
     "Stablecoin issuers in Sarvenia will have to back every token in circulation at least one-for-one with cash or government bonds maturing in under three months, under draft rules the monetary authority released on Monday. They will need a licence and must put out a monthly report signed off by an independent auditor. So-called algorithmic stablecoins, which have no reserve backing, will be banned. Firms already operating will get 18 months to comply. Comments from the public are invited until 15 March. Authority director Petra Lindahl said the aim was to protect consumers without stifling innovation.",
     traps=[T("at least one-for-one", "at least 100 per cent"),
            T("maturing in under three months", "with a maturity of less than three months"),
            T("signed off by an independent auditor", "certified by an independent auditor"),
            T("will be banned", "will be forbidden"),
            T("will get 18 months to comply", "will benefit from a transition period of 18 months")])

case("insider trading cases", "translation",
     "The tribunal of Valmont condemned on Thursday a former director of the pharmaceutical group Helvora to two years of prison with suspension and to a fine of 850,000 francs for insider trading. According to the judgement, Marc Delacroix bought shares of the group in May 2022, three weeks before the announcement of positive results of a clinical trial, and realised a gain of 1.3 million francs. His brother-in-law, who had also bought shares, was acquitted for lack of proof. The authority of the financial markets, which had brought the affair, welcomed the decision. The defence announced that it would make appeal.",
     "A former Helvora director, Marc Delacroix, was given a two-year suspended prison sentence and fined 850,000 francs for insider trading by the Valmont court on Thursday. The court found that he had bought shares in the pharmaceutical group in May 2022, three weeks ahead of the announcement of positive clinical trial results, making a profit of 1.3 million francs. His brother, who had also bought shares, was cleared for lack of evidence. The financial markets authority, which brought the case, welcomed the ruling. The defence said it would appeal.",
     errors=[E("His brother", "entity", "major", "His brother-in-law")],
     traps=[T("a two-year suspended prison sentence", "two years of prison with suspension"),
            T("three weeks ahead of", "three weeks before"),
            T("making a profit of 1.3 million francs", "realised a gain of 1.3 million francs")])

case("whistleblower payouts", "translation",
     "The tax administration of Norland attributed a reward of 2.4 million crowns to a whistleblower whose information permitted the recovery of 31 million crowns of unpaid taxes from an enterprise of construction, announced on Tuesday the ministry of finance. It is the highest payment since the creation of the programme in 2019. The identity of the informant and the name of the enterprise were not revealed. According to the law, the rewards can attain 10 per cent of the sums recovered. Since its launch, the programme has paid in total 7.9 million crowns to 46 persons. The vice-minister of finance, Ingrid Haugen, declared that the system had proven its efficacy and that the government envisaged raising the ceiling to 15 per cent.",
     "Norland's tax authorities have awarded a whistleblower 2.4 million crowns for information that allowed them to recover 31 million crowns in unpaid taxes from a construction company, the finance ministry said on Tuesday. The payout is the biggest since the scheme was set up in 2019. Neither the informant nor the company has been named. By law, rewards may be as high as a tenth of the amount recovered. In total, 46 people have received 7.9 million crowns since the programme began. Deputy finance minister Ingrid Haugen said the system had proved its worth and that the government was considering lifting the cap to 15%.",
     traps=[T("the biggest since the scheme was set up in 2019",
              "the highest payment since the creation of the programme in 2019"),
            T("Neither the informant nor the company has been named",
              "The identity of the informant and the name of the enterprise were not revealed"),
            T("may be as high as a tenth of the amount recovered",
              "can attain 10 per cent of the sums recovered"),
            T("had proved its worth", "had proven its efficacy"),
            T("was considering lifting the cap to 15%", "envisaged raising the ceiling to 15 per cent")])

case("antitrust fines", "translation",
     "The competition authority of Castria inflicted on Friday a fine of 96 million euros in total on three producers of cement for having shared markets and coordinated their prices between 2017 and 2022. The company Monteforte Cementi receives the heaviest sanction, 51 million euros. A fourth company, Roccabianca, escaped the fine because it had revealed the cartel to the authority in exchange for immunity. According to the investigation, the agreements raised the price of cement by around 12 per cent in the regions concerned. The three companies can contest the decision before the administrative tribunal within sixty days. Monteforte indicated that it did not exclude an appeal.",
     "Castria's competition authority on Friday fined three cement producers a total of €96m for carving up markets and coordinating prices from 2017 to 2022. Monteforte Cementi received the biggest penalty, €51m. Roccabianca, a fourth company, avoided a fine after reporting the cartel to the authority in return for immunity. The investigation found that the collusion pushed cement prices up by about 12% in the regions affected. The three firms have sixty days to challenge the ruling at the administrative tribunal. Monteforte said it had ruled out an appeal.",
     errors=[E("had ruled out an appeal", "polarity", "critical", "did not exclude an appeal")],
     traps=[T("a total of €96m", "96 million euros in total"),
            T("carving up markets", "shared markets"),
            T("have sixty days to challenge the ruling at the administrative tribunal",
              "can contest the decision before the administrative tribunal within sixty days")])

# ------------------------------------------------------ locating and validation

WORD_RE = re.compile(r"[A-Za-z0-9À-ÿ]")


def is_word_char(ch):
    return bool(WORD_RE.match(ch))


def find_nth(haystack, needle, occ):
    pos = -1
    for _ in range(occ + 1):
        pos = haystack.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def word_count(text):
    return len(text.split())


class Invalid(Exception):
    pass


def check(cond, msg):
    if not cond:
        raise Invalid(msg)


def boundary_ok(cand, start, end):
    left = start == 0 or not (is_word_char(cand[start - 1]) and is_word_char(cand[start]))
    right = end == len(cand) or not (is_word_char(cand[end - 1]) and is_word_char(cand[end]))
    return left and right


def build_records():
    records = []
    for i, c in enumerate(CASES, 1):
        cid = "s%d-%03d" % (N, i)
        ref, cand = c["reference"], c["candidate"]
        where = "%s (%s)" % (cid, c["domain"])
        check(c["mode"] in MODES, where + ": bad mode")
        check(c["domain"] in DOMAINS, where + ": domain not in list")
        nref = word_count(ref)
        check(70 <= nref <= 190, where + ": reference has %d words" % nref)
        check(ref.strip() == ref and cand.strip() == cand, where + ": stray whitespace")
        if c["mode"] == "summary":
            check(word_count(cand) < nref and len(cand) < len(ref),
                  where + ": summary not shorter than reference")
        spans = []  # (start, end, what)
        errors = []
        for e in c["errors"]:
            check(e["type"] in ERROR_TYPES, where + ": bad type %r" % e["type"])
            check(e["severity"] in SEVERITIES, where + ": bad severity")
            if e["type"] == "omission":
                check(c["mode"] != "summary", where + ": omission in a summary")
                check(e["text"] == "", where + ": omission text must be empty")
                check(e["ref_text"] and e["ref_text"] in ref,
                      where + ": omission ref_text not in reference")
                check(e["ref_text"].lower() not in cand.lower(),
                      where + ": omitted words present in candidate")
                a = find_nth(cand, e["after"], e["occ"])
                check(a >= 0, where + ": omission anchor not found: %r" % e["after"])
                start = end = a + len(e["after"])
                check(boundary_ok(cand, start, end),
                      where + ": omission point inside a word")
            else:
                t = e["text"]
                check(t and t.strip() == t, where + ": empty or padded span %r" % t)
                start = find_nth(cand, t, e["occ"])
                check(start >= 0, where + ": error span not found: %r (occ %d)" % (t, e["occ"]))
                end = start + len(t)
                check(boundary_ok(cand, start, end), where + ": span cuts a word: %r" % t)
                if e["type"] in ("addition", "repetition"):
                    check(e["ref_text"] is None, where + ": %s needs ref_text null" % e["type"])
                else:
                    check(e["ref_text"] and e["ref_text"] in ref,
                          where + ": ref_text not in reference: %r" % e["ref_text"])
                    check(e["ref_text"] != t, where + ": error text equals ref_text")
                if e["type"] == "repetition":
                    check(cand.find(t) < start, where + ": repetition has no earlier copy")
                if e["type"] == "addition":
                    check(t not in ref, where + ": addition text occurs in reference")
            spans.append((start, end, "error %r" % e["text"]))
            errors.append({"start": start, "end": end, "text": cand[start:end],
                           "type": e["type"], "severity": e["severity"],
                           "ref_text": e["ref_text"]})
        traps = []
        for tr in c["traps"]:
            t = tr["text"]
            check(t and t.strip() == t, where + ": empty or padded trap %r" % t)
            start = find_nth(cand, t, tr["occ"])
            check(start >= 0, where + ": trap not found: %r" % t)
            end = start + len(t)
            check(boundary_ok(cand, start, end), where + ": trap cuts a word: %r" % t)
            check(tr["ref_text"] in ref, where + ": trap ref_text not in reference: %r" % tr["ref_text"])
            check(t.lower() not in ref.lower(), where + ": trap text is not reworded: %r" % t)
            spans.append((start, end, "trap %r" % t))
            traps.append({"start": start, "end": end, "text": t, "ref_text": tr["ref_text"]})
        # no overlaps; zero-width omission points may not fall strictly inside a span
        for a in range(len(spans)):
            for b in range(a + 1, len(spans)):
                s1, e1, w1 = spans[a]
                s2, e2, w2 = spans[b]
                if s1 == e1 or s2 == e2:
                    p, (s, e) = (s1, (s2, e2)) if s1 == e1 else (s2, (s1, e1))
                    clash = s < p < e
                else:
                    clash = s1 < e2 and s2 < e1
                check(not clash, where + ": overlapping spans %s / %s" % (w1, w2))
        errors.sort(key=lambda x: (x["start"], x["end"]))
        traps.sort(key=lambda x: (x["start"], x["end"]))
        label = "inconsistent" if errors else "consistent"
        if label == "consistent":
            check(3 <= len(traps) <= 5, where + ": consistent pair needs 3-5 traps")
        else:
            check(len(traps) <= 3, where + ": inconsistent pair allows 0-3 traps")
            check(len(errors) <= 3, where + ": too many errors")
        records.append({"id": cid, "domain": c["domain"], "mode": c["mode"],
                        "reference": ref, "candidate": cand, "label": label,
                        "errors": errors, "traps": traps})
    return records


def check_composition(records):
    check(len(records) == 40, "need 40 pairs, have %d" % len(records))
    doms = [r["domain"] for r in records]
    check(len(set(doms)) == 40 and set(doms) == set(DOMAINS), "domains must be the 40 listed, once each")
    want = {"rewrite": 20, "summary": 10, "translation": 10}
    for m, n in want.items():
        rs = [r for r in records if r["mode"] == m]
        check(len(rs) == n, "mode %s: %d pairs" % (m, len(rs)))
        cons = sum(r["label"] == "consistent" for r in rs)
        check(cons * 2 == n, "mode %s: %d consistent of %d" % (m, cons, n))
    errs = [e for r in records for e in r["errors"]]
    check(len(errs) == 30, "need 30 errors, have %d" % len(errs))
    for t in ERROR_TYPES:
        k = sum(e["type"] == t for e in errs)
        check(k >= 2, "error type %s appears %d times" % (t, k))
    small = sum(1 <= len(r["errors"]) <= 2 for r in records if r["label"] == "inconsistent")
    check(small >= 15, "most inconsistent pairs should carry 1-2 errors")


def summary(records):
    from collections import Counter
    lines = ["pairs: %d" % len(records)]
    lines.append("modes: %s" % dict(Counter((r["mode"], r["label"]) for r in records)))
    lines.append("labels: %s" % dict(Counter(r["label"] for r in records)))
    errs = [e for r in records for e in r["errors"]]
    lines.append("errors: %d %s" % (len(errs), dict(Counter(e["type"] for e in errs))))
    lines.append("severity: %s" % dict(Counter(e["severity"] for e in errs)))
    lines.append("traps: %d" % sum(len(r["traps"]) for r in records))
    wc = [word_count(r["reference"]) for r in records]
    lines.append("reference words: min %d max %d" % (min(wc), max(wc)))
    return "\n".join(lines)


def main():
    try:
        records = build_records()
        check_composition(records)
    except Invalid as exc:
        sys.exit("INVALID: %s" % exc)
    print(summary(records))
    if "--check" in sys.argv[1:]:
        print("check only: nothing written")
        return
    with open(OUT_PATH, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %s" % OUT_PATH)


if __name__ == "__main__":
    main()
