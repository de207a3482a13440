#!/usr/bin/env python3
"""Held-out evaluation set 130 for the fact-comparison tool.

How it was made: every pair below was written by hand by a helper session that saw
no code, data, tests or benchmarks of the project, working only from a written
brief. All people, companies, organisations, places and figures are invented
(real countries appear only as background). Character offsets are never typed by
hand: they are computed here by string search (with an occurrence index where a
quoted text repeats), and everything is validated before the JSONL is written.

Composition (N = 130):
  40 pairs, one domain each; 20 consistent / 20 inconsistent.
  modes: 20 rewrite (10 consistent, 10 inconsistent), 10 summary (5/5),
         10 translation (5/5; both texts are independent English translations
         of the same non-English story).
  30 labelled errors: entity 3, number 4, date 3, role 3, polarity 3,
         modality 3, attribution 2, event 3, omission 2, addition 2,
         repetition 2.  10 inconsistent pairs carry 2 errors, 10 carry 1.
  traps (faithful rewordings a naive checker might flag): 3-5 in every
         consistent pair, 0-3 in inconsistent pairs.

Usage: python3 make_set130.py            validate and write set130.jsonl
       python3 make_set130.py --check    validate only, write nothing

Note (added by the project when this file was taken in): this set was written by a second helper given the same
brief and the same 40 domains as set 128, working at the same time and apart from the helper that wrote set 128;
it is kept as set 130 (ids s130-...), the only change being the set number.
"""
import json
import os
import re
import sys
from collections import Counter

N = 130
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set%d.jsonl" % N)

DOMAINS = [s.strip() for s in """landslide evacuation; coastguard rescue kayakers; monastery closure;
wildflower verges; air quality sensor; gym membership fraud; grouse moor licensing; coal mine methane;
stonemason apprenticeship; seed bank donation; monument vandalism; convent sale; tulip festival;
leisure centre closure; badger cull extension; neighbourhood watch; war memorial repair;
crab fishing season; solar farm appeal; bike share theft; cherry harvest; statue removal;
thermal spring spa; newsagent closure; launderette revival; music venue closure; library building sale;
gritting routes; pottery kiln grant; rail fare freeze; dog theft; glass recycling collection change;
river dredging dispute; rowing regatta cancelled; maple syrup harvest; cricket bat willow disease;
vet fees inquiry; minimum wage inspection; mountain hut refurbishment; funeral director regulation""".replace("\n", " ").split(";")]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality", "attribution",
               "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]


def E(text, etype, sev, ref, occ=None):
    """An error span: candidate text (occurrence occ), type, severity, reference wording."""
    return {"text": text, "type": etype, "severity": sev, "ref_text": ref, "occ": occ}


def OM(anchor, side, sev, ref, occ=None):
    """An omission: insertion point just 'after' or 'before' the anchor text in the candidate."""
    return {"anchor": anchor, "side": side, "type": "omission", "severity": sev,
            "ref_text": ref, "occ": occ}


def T(text, ref, occ=None):
    """A trap: faithful rewording in the candidate, with the reference wording."""
    return {"text": text, "ref_text": ref, "occ": occ}


CASES = [
    # ------------------------------------------------------------------ REWRITES
    dict(
        domain="coastguard rescue kayakers", mode="rewrite",
        reference=(
            "Two kayakers were rescued off Pellow Head on Saturday afternoon after being swept more than a "
            "mile out to sea by a strong offshore wind. The Marrick coastguard said it received a call from a "
            "walker at 2.40pm and tasked the Carnby lifeboat and a search helicopter. The pair, a man and a "
            "woman in their fifties, were found clinging to one upturned kayak about 40 minutes later. Both "
            "were taken to Westmoor General Hospital as a precaution, where the woman was treated for mild "
            "hypothermia. Station officer Dana Rillick urged paddlers to check forecasts and carry a means of "
            "calling for help, adding that neither kayaker had a radio or a phone."),
        candidate=(
            "A man and a woman in their fifties were rescued off Pellow Head on Saturday afternoon after strong "
            "offshore winds swept them more than a mile out to sea. Marrick coastguard was alerted by a walker "
            "at 2.40pm and sent the Carnby lifeboat and a search helicopter. Rescuers found the pair clinging to "
            "an upturned kayak roughly 40 minutes later. Both were taken to Westmoor General Hospital as a "
            "precaution, and the man was treated there for mild hypothermia. Station officer Dana Rillick urged "
            "paddlers to check forecasts and carry a way of calling for help, pointing out that neither of the "
            "two had a radio, though one had a phone."),
        errors=[
            E("the man", "entity", "major", "the woman"),
            E("though one had a phone", "polarity", "major", "neither kayaker had a radio or a phone"),
        ],
        traps=[
            T("was alerted by a walker at 2.40pm", "received a call from a walker at 2.40pm"),
            T("sent the Carnby lifeboat", "tasked the Carnby lifeboat"),
            T("roughly 40 minutes later", "about 40 minutes later"),
        ],
    ),
    dict(
        domain="wildflower verges", mode="rewrite",
        reference=(
            "Hallam County Council will stop mowing 140 miles of roadside verges this summer to let wildflowers "
            "set seed, the authority announced on Monday. Verges will instead be cut once, in late September, "
            "except at junctions and bends where visibility must be kept for drivers. The council said the "
            "change would save about £85,000 a year in contractor costs. Ecologist Priya Vennard of the Hallam "
            "Wildlife Trust, which lobbied for the scheme, said verges could support as many as 700 plant "
            "species and were 'a lifeline for pollinators'. Some residents have complained that uncut verges "
            "look untidy; the council said it would put up signs explaining the policy."),
        candidate=(
            "A total of 140 miles of roadside verges will go unmown this summer so that wildflowers can set "
            "seed, Hallam County Council announced on Monday. Apart from junctions and bends, where drivers' "
            "visibility has to be maintained, the verges will instead be cut just once, towards the end of "
            "September. According to the council, the change will save roughly £85,000 a year in contractor "
            "costs. Priya Vennard, an ecologist at the Hallam Wildlife Trust, which campaigned for the scheme, "
            "said verges could support up to 700 plant species and called them 'a lifeline for pollinators'. "
            "The council said it would put up signs explaining the policy after some residents complained that "
            "uncut verges looked untidy."),
        errors=[],
        traps=[
            T("go unmown", "stop mowing"),
            T("towards the end of September", "in late September"),
            T("roughly £85,000 a year", "about £85,000 a year"),
            T("campaigned for the scheme", "lobbied for the scheme"),
            T("up to 700 plant species", "as many as 700 plant species"),
        ],
    ),
    dict(
        domain="stonemason apprenticeship", mode="rewrite",
        reference=(
            "Eight school leavers have begun a four-year stonemasonry apprenticeship at Dunmere Cathedral, the "
            "first intake since the cathedral's workshop reopened last year. The scheme, funded by a £600,000 "
            "grant from the Corran Heritage Trust, will train apprentices in carving, fixing and conservation "
            "of the building's medieval stonework. Master mason Elias Threlfall, who will lead the training, "
            "said the cathedral needed about 3,000 replacement stones over the next two decades. Apprentices "
            "will be paid while they learn and will study one day a week at Dunmere College. The trust said it "
            "hoped to fund a second intake in 2026 if the first year proved successful."),
        candidate=(
            "Dunmere Cathedral has taken on eight school leavers for a four-year stonemasonry apprenticeship, "
            "its first intake since the workshop reopened last year. Backed by a £600,000 grant from the Corran "
            "Heritage Trust, the programme will train them in carving, fixing and conserving the cathedral's "
            "medieval stonework. Master mason Elias Threlfall, who will lead the training, said around 3,000 "
            "replacement stones would be needed over the next ten years. The apprentices will be paid while "
            "they learn and will spend one day a week studying at Dunmere College. The trust will fund a second "
            "intake in 2026."),
        errors=[
            E("the next ten years", "number", "major", "the next two decades"),
            E("The trust will fund a second intake in 2026", "modality", "major",
              "The trust said it hoped to fund a second intake in 2026 if the first year proved successful"),
        ],
        traps=[
            T("has taken on eight school leavers", "Eight school leavers have begun"),
            T("Backed by", "funded by"),
            T("around 3,000", "about 3,000"),
        ],
    ),
    dict(
        domain="monument vandalism", mode="rewrite",
        reference=(
            "Police in Ashby Vale are investigating after the town's Victorian drinking fountain monument was "
            "daubed with red paint overnight on Thursday. The Grade II-listed structure, erected in 1887, was "
            "found by a council worker shortly after 6am on Friday. Officers believe the damage happened "
            "between 11pm and 5am and have appealed for dashcam footage from drivers on Market Street. "
            "Specialist cleaners will need to remove the paint without damaging the sandstone, a process the "
            "council estimates will cost £4,000 and take up to three weeks. Councillor Maeve Orland called the "
            "attack 'mindless' and said CCTV in the square would be reviewed."),
        candidate=(
            "Red paint was daubed over Ashby Vale's Victorian drinking fountain monument overnight on Thursday, "
            "and police have launched an investigation. A council worker discovered the damage to the Grade "
            "II-listed structure, which dates from 1887, just after 6am on Friday. Officers think the attack "
            "took place between 11pm and 5am and are asking drivers who used Market Street to hand over any "
            "dashcam footage. Specialist cleaners will have to remove the paint without harming the sandstone; "
            "the council puts the likely cost at £4,000 and says the job could take as long as three weeks. "
            "Councillor Maeve Orland described the attack as 'mindless' and said CCTV from the square would be "
            "reviewed."),
        errors=[],
        traps=[
            T("which dates from 1887", "erected in 1887"),
            T("just after 6am", "shortly after 6am"),
            T("Officers think", "Officers believe"),
            T("puts the likely cost at £4,000", "estimates will cost £4,000"),
            T("could take as long as three weeks", "take up to three weeks"),
        ],
    ),
    dict(
        domain="badger cull extension", mode="rewrite",
        reference=(
            "The government has approved a two-year extension of badger culling in three districts of Welbury, "
            "despite opposition from wildlife groups. The environment department said the cull had contributed "
            "to a 30% fall in bovine tuberculosis in cattle herds in the area since 2019. Licences will now run "
            "until December 2026 and cover a combined area of about 1,200 square kilometres. The Badger "
            "Guardians campaign, led by Tomas Everly, said the decision ignored scientific advice and announced "
            "it would seek a judicial review. Farmers' union representative Glenys Harrop welcomed the "
            "extension, saying TB had cost local farms more than £9m over five years."),
        candidate=(
            "Badger culling in three Welbury districts will continue for another two years after the government "
            "approved an extension, overriding objections from wildlife groups. According to farmers' union "
            "representative Glenys Harrop, the cull has helped to bring about a fall of more than a third in "
            "bovine TB among the area's cattle herds since 2019. Licences now run until December 2026 and cover "
            "about 1,200 square kilometres in total. The Badger Guardians campaign, led by Tomas Everly, said "
            "the decision ignored scientific advice and that it would seek a judicial review. Ms Harrop welcomed "
            "the extension, saying TB had cost local farms more than £9m over five years."),
        errors=[
            E("According to farmers' union representative Glenys Harrop", "attribution", "major",
              "The environment department said"),
            E("a fall of more than a third", "number", "minor", "a 30% fall"),
        ],
        traps=[
            T("for another two years", "a two-year extension"),
            T("overriding objections from wildlife groups", "despite opposition from wildlife groups"),
            T("in total", "a combined area"),
        ],
    ),
    dict(
        domain="neighbourhood watch", mode="rewrite",
        reference=(
            "A neighbourhood watch scheme in the Brackley Fields estate has recruited 46 volunteers in its first "
            "three months, organisers said on Wednesday. The group, set up in February after a spate of shed "
            "break-ins, holds monthly meetings with officers from Lanmouth Police and runs a messaging group "
            "with more than 300 members. Coordinator Harriet Quayle said reported burglaries on the estate had "
            "fallen from 19 in the previous quarter to seven, although she cautioned that it was too early to "
            "credit the scheme. Police said they welcomed the initiative but reminded residents not to confront "
            "suspects themselves."),
        candidate=(
            "In the three months since it was set up in February, following a run of shed break-ins, the "
            "Brackley Fields estate's neighbourhood watch scheme has recruited 46 volunteers, organisers said on "
            "Wednesday. The group meets Lanmouth Police officers once a month and runs a messaging group that "
            "has over 300 members. According to coordinator Harriet Quayle, reported burglaries on the estate "
            "dropped to seven from 19 in the preceding quarter, but she warned it was too soon to give the "
            "scheme the credit. Police said they welcomed the initiative but reminded residents not to confront "
            "suspects themselves."),
        errors=[],
        traps=[
            T("a run of shed break-ins", "a spate of shed break-ins"),
            T("once a month", "monthly"),
            T("over 300 members", "more than 300 members"),
            T("dropped to seven from 19 in the preceding quarter",
              "fallen from 19 in the previous quarter to seven"),
            T("too soon to give the scheme the credit", "too early to credit the scheme"),
        ],
    ),
    dict(
        domain="war memorial repair", mode="rewrite",
        reference=(
            "Restoration of the war memorial in Thornley Green is due to be completed by early November, in "
            "time for Remembrance Sunday, the parish council said. The 1921 memorial was damaged in March when "
            "a delivery lorry reversed into it, cracking its base and dislodging the bronze wreath. The haulage "
            "firm's insurer has agreed to cover the £38,000 repair bill. Stonemasons from Kettle & Sons are "
            "rebuilding the base using stone from the original quarry in Hawes Moor, while the wreath is being "
            "recast by a foundry in Leddington. Parish council chairman Owen Pardoe said 112 names on the "
            "memorial had also been re-cut because weathering had made them hard to read."),
        candidate=(
            "Thornley Green's war memorial should be fully restored by early November, ahead of Remembrance "
            "Sunday, the parish council said. The memorial, dating from 1921, was damaged in March when a "
            "reversing delivery lorry hit it, cracking its base and knocking the bronze wreath loose. The parish "
            "council's insurer has agreed to pay the £38,000 repair bill. Kettle & Sons stonemasons are "
            "rebuilding the base with stone from the original quarry at Hawes Moor, and a foundry in Leddington "
            "is recasting the wreath. Chairman Owen Pardoe said 112 names on the memorial had also been re-cut "
            "because weathering had made them difficult to read."),
        errors=[
            E("The parish council's insurer", "entity", "major", "The haulage firm's insurer"),
        ],
        traps=[
            T("should be fully restored", "is due to be completed"),
            T("ahead of Remembrance Sunday", "in time for Remembrance Sunday"),
            T("knocking the bronze wreath loose", "dislodging the bronze wreath"),
        ],
    ),
    dict(
        domain="crab fishing season", mode="rewrite",
        reference=(
            "The crab fishing season off the Lannock coast will open two weeks later than usual this year, on "
            "15 May, after surveys found fewer juvenile crabs than expected. The Lannock Inshore Fisheries "
            "Authority also cut the maximum number of pots per boat from 800 to 600. Chief officer Ruth Manning "
            "said the measures were temporary and would be reviewed in September. The Lannock Fishermen's "
            "Association said its 54 member vessels accepted the delay but warned the pot limit could cost some "
            "crews a third of their income. Crab landings in the area were worth £11m last year."),
        candidate=(
            "This year's crab season off the Lannock coast will start a fortnight later than usual, on 15 May, "
            "because surveys found fewer juvenile crabs than anticipated. The Lannock Inshore Fisheries "
            "Authority has also reduced the pot limit for each boat by 200, to 600. Chief officer Ruth Manning "
            "said the measures were temporary and would be reviewed in September. The Lannock Fishermen's "
            "Association, whose members operate 54 vessels, accepted the delay but warned that the pot limit "
            "could cost some crews a third of their income. Crab landed in the area last year was worth £11m."),
        errors=[],
        traps=[
            T("a fortnight later than usual", "two weeks later than usual"),
            T("than anticipated", "than expected"),
            T("reduced the pot limit for each boat by 200, to 600",
              "cut the maximum number of pots per boat from 800 to 600"),
            T("whose members operate 54 vessels", "its 54 member vessels"),
        ],
    ),
    dict(
        domain="bike share theft", mode="rewrite",
        reference=(
            "More than 400 bicycles have been stolen from the Corley city bike share scheme since it launched "
            "in April, operator PedalPoint said on Tuesday. That is roughly one in five of the 2,100 bikes in "
            "the fleet. The company said thieves were forcing the locking mechanism at docking stations, mostly "
            "at night, and that stolen bikes were often stripped for parts. PedalPoint will fit stronger locks "
            "and GPS trackers to all bikes by the end of October at a cost of £250,000. Corley's transport "
            "chief, Nadia Sorensen, said the council would not increase its subsidy to cover the losses."),
        candidate=(
            "Since the Corley city bike share scheme was launched in April, over 400 of its bicycles have been "
            "stolen - about a fifth of its 2,100-strong fleet - operator PedalPoint said on Tuesday. According "
            "to the company, thieves have been forcing the locks at docking stations, usually after dark, and "
            "stolen bikes are often stripped for parts. PedalPoint will fit every bike with a stronger lock and "
            "a GPS tracker by the end of October, at a cost of £250,000. Nadia Sorensen, Corley's head of "
            "transport, said the council would not raise its subsidy to cover the losses."),
        errors=[],
        traps=[
            T("over 400", "More than 400"),
            T("about a fifth", "roughly one in five"),
            T("2,100-strong fleet", "2,100 bikes in the fleet"),
            T("usually after dark", "mostly at night"),
            T("Corley's head of transport", "Corley's transport chief"),
        ],
    ),
    dict(
        domain="newsagent closure", mode="rewrite",
        reference=(
            "Brindle's, the newsagent that has served Upper Wickham for 92 years, will close on 31 August, its "
            "owners announced. Siblings Carol and Peter Brindle, who took over from their father in 1988, said "
            "falling newspaper sales and rising energy bills had made the shop unviable. Sales of printed "
            "newspapers at the shop have halved over the past decade. The building has been sold to a developer "
            "who plans to convert it into two flats. More than 1,500 people have signed a letter thanking the "
            "family, which organisers will present on the shop's final day."),
        candidate=(
            "Upper Wickham newsagent Brindle's is to close on 31 August after 92 years, its owners have "
            "announced. Carol and Peter Brindle, the brother and sister who took over from their father in "
            "1988, said falling newspaper sales and higher energy bills had made the shop unviable; sales of "
            "printed papers there have halved in the last ten years. The building has been sold to a developer "
            "who plans to knock it down and build two flats. More than 1,500 people have signed a letter of "
            "thanks to the family, which will be presented on the shop's final day. The building has been sold "
            "to a developer."),
        errors=[
            E("knock it down and build two flats", "event", "major", "convert it into two flats"),
            E("The building has been sold to a developer", "repetition", "minor", None, occ=1),
        ],
        traps=[
            T("the brother and sister", "Siblings"),
            T("in the last ten years", "over the past decade"),
            T("a letter of thanks to the family", "a letter thanking the family"),
        ],
    ),
    dict(
        domain="launderette revival", mode="rewrite",
        reference=(
            "A launderette in Salter's Row that closed in 2019 has reopened as a community-run business, with "
            "volunteers staffing it six days a week. The Salter's Row Community Interest Company bought the "
            "lease for £1 from the landlord, Harbury Estates, and raised £42,000 through a crowdfunding appeal "
            "to replace the machines. Director Imogen Fairlie said about a quarter of households in the "
            "surrounding streets had no washing machine. Profits will fund free washes for people referred by "
            "local food banks. The launderette is open from 8am to 8pm, except on Sundays."),
        candidate=(
            "Shut in 2019, the launderette in Salter's Row has reopened as a community-run business and is "
            "staffed by volunteers from 8am to 8pm every day except Sunday. The Salter's Row Community Interest "
            "Company acquired the lease from landlord Harbury Estates for a nominal £1 and raised £42,000 "
            "through crowdfunding to pay for new machines. Around 25% of households in the surrounding streets "
            "do not own a washing machine, according to director Imogen Fairlie. Profits will pay for free "
            "washes for people referred by local food banks."),
        errors=[],
        traps=[
            T("Shut in 2019", "closed in 2019"),
            T("every day except Sunday", "six days a week"),
            T("for a nominal £1", "for £1"),
            T("Around 25%", "about a quarter"),
            T("do not own a washing machine", "had no washing machine"),
        ],
    ),
    dict(
        domain="music venue closure", mode="rewrite",
        reference=(
            "The Lantern Rooms, a 350-capacity music venue in Eastgate, will close at the end of the month "
            "after its landlord refused to renew the lease, the owners said. The venue, which opened in 2004, "
            "has hosted early shows by several bands that went on to headline national festivals. Co-owner Rafe "
            "Dalloway said the landlord, Crestmark Property, intended to convert the building into offices. A "
            "petition to save the venue has gathered 28,000 signatures. The city council said it was "
            "'disappointed' but had no power to intervene in a private lease."),
        candidate=(
            "Eastgate music venue The Lantern Rooms, which holds 350 people, is to shut at the end of the month "
            "because its landlord will not renew the lease, the owners said. Since opening in 2004, the venue "
            "has hosted early gigs by several bands that went on to headline national festivals. Co-owner Rafe "
            "Dalloway said the landlord, Crestmark Property, intended to turn the building into offices. A "
            "petition to save the venue has attracted 28,000 signatures. The city council said it was "
            "'disappointed' and would look at whether it could intervene in the lease."),
        errors=[
            E("would look at whether it could intervene in the lease", "modality", "major",
              "had no power to intervene in a private lease"),
        ],
        traps=[
            T("which holds 350 people", "350-capacity"),
            T("early gigs", "early shows"),
            T("has attracted 28,000 signatures", "has gathered 28,000 signatures"),
        ],
    ),
    dict(
        domain="library building sale", mode="rewrite",
        reference=(
            "Fenwick Borough Council has agreed to sell the former Carnegie library building on Albion Street "
            "for £1.35 million to a local arts charity, the Kiln Trust. The library service moved out in 2021 "
            "to a new hub in the Mercer shopping centre, and the Grade II building has been empty since. Under "
            "the terms of the sale, the trust must keep the main reading room open to the public for at least "
            "30 hours a week. The trust plans to use the rest of the building for artists' studios and a café. "
            "Councillors approved the sale by 31 votes to 9 at Thursday's full council meeting."),
        candidate=(
            "At a full meeting of Fenwick Borough Council on Thursday, councillors voted 31 to 9 to sell the "
            "former Carnegie library building on Albion Street to the Kiln Trust, a local arts charity, for "
            "£1.35m. The Grade II building has stood empty since 2021, when the library service relocated to a "
            "new hub in the Mercer shopping centre. As a condition of the sale, the charity must keep the main "
            "reading room open to the public for a minimum of 30 hours each week. It intends to use the rest of "
            "the building for artists' studios and a café."),
        errors=[],
        traps=[
            T("voted 31 to 9", "by 31 votes to 9"),
            T("£1.35m", "£1.35 million"),
            T("has stood empty since 2021", "has been empty since"),
            T("relocated", "moved out"),
            T("a minimum of 30 hours each week", "at least 30 hours a week"),
        ],
    ),
    dict(
        domain="gritting routes", mode="rewrite",
        reference=(
            "Dunholm County Council will grit 15% fewer miles of road this winter after cutting its highways "
            "budget, it confirmed on Friday. Priority routes, including all A-roads, bus routes and roads to "
            "hospitals, will still be treated whenever temperatures are forecast to fall below freezing. But "
            "about 210 miles of minor rural roads will be dropped from the network. The council said it would "
            "provide 300 additional grit bins so that communities could treat their own roads. Opposition "
            "leader Ian Coldwell said the cut would 'put lives at risk' on isolated roads."),
        candidate=(
            "This winter Dunholm County Council will grit 15% fewer miles of road after cuts to its highways "
            "budget, the authority confirmed on Friday. Around 210 miles of minor rural roads are being removed "
            "from the gritting network, although priority routes - including every A-road, bus route and road "
            "to a hospital - will still be treated once temperatures have fallen below freezing. The council "
            "will provide 300 extra grit bins, which it will refill free of charge, so that communities can "
            "treat their own roads. Opposition leader Ian Coldwell said the cut would 'put lives at risk' on "
            "isolated roads."),
        errors=[
            E("once temperatures have fallen below freezing", "date", "major",
              "whenever temperatures are forecast to fall below freezing"),
            E("which it will refill free of charge", "addition", "minor", None),
        ],
        traps=[
            T("Around 210 miles", "about 210 miles"),
            T("every A-road", "all A-roads"),
            T("extra grit bins", "additional grit bins"),
        ],
    ),
    dict(
        domain="pottery kiln grant", mode="rewrite",
        reference=(
            "Blackmere Pottery, one of the last working potteries in the Varne valley, has been awarded a "
            "£75,000 grant to replace its 60-year-old coal-fired kiln with an electric one. The money comes from "
            "the regional Creative Industries Fund, which said the new kiln would cut the pottery's carbon "
            "emissions by around 80%. Owner Lydia Graves said the switch would also allow the business to run "
            "courses for up to 12 students at a time. Work is expected to begin in January and take about six "
            "weeks, during which the pottery will remain open for sales."),
        candidate=(
            "The regional Creative Industries Fund has awarded Blackmere Pottery, one of the last working "
            "potteries in the Varne valley, £75,000 to swap its coal-fired kiln, which has been in use for six "
            "decades, for an electric one. The fund said the new kiln would reduce the pottery's carbon "
            "emissions by roughly four-fifths. According to owner Lydia Graves, the change will also let the "
            "business run courses for as many as 12 students at once. Work is likely to start in January and "
            "last around six weeks, and the pottery will stay open for sales throughout."),
        errors=[],
        traps=[
            T("swap", "replace"),
            T("in use for six decades", "60-year-old"),
            T("roughly four-fifths", "around 80%"),
            T("as many as 12 students at once", "up to 12 students at a time"),
            T("is likely to start in January", "is expected to begin in January"),
        ],
    ),
    dict(
        domain="dog theft", mode="rewrite",
        reference=(
            "A man has been jailed for 18 months for stealing two French bulldogs from a breeder's home in "
            "Cullingworth. Darren Mayle, 34, took the dogs, worth about £6,000, while the owner was at a "
            "veterinary appointment in June, Harford Crown Court heard. Both animals were recovered unharmed "
            "from a flat in Sefton Road a week later after a tip-off. Judge Alison Crewe said the theft had "
            "caused 'enormous distress' and noted that Mayle had previous convictions for burglary. A second "
            "man, arrested at the flat, was released without charge."),
        candidate=(
            "A 34-year-old man who stole two French bulldogs from a breeder's home in Cullingworth has been "
            "jailed for 18 months. Harford Crown Court heard that Darren Mayle took the dogs, valued at roughly "
            "£6,000, in June while their owner was at a vet's appointment. After a tip-off, both animals were "
            "recovered unharmed a week later from a flat in Sefton Road, where a second man was arrested and "
            "later charged. Judge Alison Crewe said the theft had caused 'enormous distress' and noted that "
            "Mayle had previous convictions for burglary."),
        errors=[
            E("later charged", "polarity", "major", "was released without charge"),
        ],
        traps=[
            T("A 34-year-old man", "Darren Mayle, 34"),
            T("valued at roughly £6,000", "worth about £6,000"),
            T("a vet's appointment", "a veterinary appointment"),
        ],
    ),
    dict(
        domain="glass recycling collection change", mode="rewrite",
        reference=(
            "From 1 April, households in Merrow District will have glass collected every four weeks instead of "
            "every fortnight, the council has announced. Glass will also move from the blue box to a new "
            "55-litre purple-lidded bin, which will be delivered to 62,000 homes during March. The council said "
            "the change would save £310,000 a year and reduce noise complaints from early-morning collections. "
            "Residents who need an extra bin can request one free of charge. Paper and cardboard collections "
            "are not affected and will remain fortnightly."),
        candidate=(
            "Merrow District Council has announced that, starting on 1 April, households will have their glass "
            "collected once every four weeks rather than once every two weeks. Glass will no longer go in the "
            "blue box but in a new purple-lidded 55-litre bin, which 62,000 homes will receive during March. "
            "The council says the switch will save £310,000 a year and cut noise complaints about early-morning "
            "collections. Residents who need an additional bin can ask for one at no charge. Paper and "
            "cardboard collections will stay fortnightly and are unaffected."),
        errors=[],
        traps=[
            T("starting on 1 April", "From 1 April"),
            T("once every two weeks", "every fortnight"),
            T("which 62,000 homes will receive during March",
              "which will be delivered to 62,000 homes during March"),
            T("at no charge", "free of charge"),
        ],
    ),
    dict(
        domain="river dredging dispute", mode="rewrite",
        reference=(
            "Farmers along the lower River Tessel have accused the Environment Agency of abandoning dredging "
            "that kept their fields from flooding. The agency stopped routine dredging of a nine-mile stretch in "
            "2015, saying the benefits did not justify the cost of about £400,000 a year. Farmer Graham "
            "Ashworth, whose land flooded three times last winter, said silt had raised the riverbed by almost a "
            "metre. The agency said dredging alone would not prevent flooding and that it was instead investing "
            "in upstream water storage. It has agreed to meet the farmers next month."),
        candidate=(
            "The Environment Agency has been accused by farmers on the lower River Tessel of giving up the "
            "dredging that used to stop their fields flooding. Routine dredging of a nine-mile stretch ended in "
            "2015, when the agency said the benefits were not worth the cost of roughly £400,000 a year. Graham "
            "Ashworth, a farmer whose land flooded three times last winter, said silt had raised the riverbed by "
            "nearly a metre. The agency, which says dredging would not prevent flooding and is putting money "
            "into upstream water storage instead, has agreed to meet the farmers next month."),
        errors=[
            OM("which says dredging", "after", "major", "alone"),
        ],
        traps=[
            T("giving up", "abandoning"),
            T("were not worth the cost", "did not justify the cost"),
            T("nearly a metre", "almost a metre"),
        ],
    ),
    dict(
        domain="rowing regatta cancelled", mode="rewrite",
        reference=(
            "The Kelby Regatta, due to take place on 12 and 13 July, has been cancelled because of high water "
            "levels on the River Aske, organisers said on Monday. It is the first time the event has been called "
            "off since 2007. More than 900 rowers from 60 clubs had entered. Regatta secretary Fiona Brandt said "
            "the current was too strong for races to be run safely and that the Environment Agency had warned "
            "levels would stay high for at least ten days. Entry fees will be refunded in full."),
        candidate=(
            "High water levels on the River Aske have forced organisers to cancel the Kelby Regatta, which had "
            "been scheduled for 12-13 July, they said on Monday. It is the first cancellation since 2007. Over "
            "900 rowers from 60 clubs had entered. According to regatta secretary Fiona Brandt, the current was "
            "too strong for racing to be safe, and the Environment Agency had warned that levels would remain "
            "high for ten days or more. All entrants will get their entry fees back in full."),
        errors=[],
        traps=[
            T("12-13 July", "12 and 13 July"),
            T("the first cancellation since 2007", "the first time the event has been called off since 2007"),
            T("Over 900 rowers", "More than 900 rowers"),
            T("ten days or more", "at least ten days"),
            T("will get their entry fees back in full", "will be refunded in full"),
        ],
    ),
    dict(
        domain="cricket bat willow disease", mode="rewrite",
        reference=(
            "A bacterial disease that kills cricket bat willow trees has been found at two plantations in the "
            "Essendon valley, the forestry regulator said on Thursday. Watermark disease causes the wood to "
            "stain and become brittle, making it useless for bats. The regulator has ordered 340 infected trees "
            "to be felled and burned within 28 days. Grower Simon Oakhurst, who supplies timber to several bat "
            "makers, said a single mature tree could produce about 30 bats and be worth up to £1,200. Officials "
            "said there was no evidence the disease had spread beyond the two sites."),
        candidate=(
            "Watermark disease, a bacterial infection that kills cricket bat willow, has been detected at two "
            "plantations in the Essendon valley, the forestry regulator said on Thursday. The disease stains the "
            "wood and makes it brittle, leaving it useless for bat-making. The regulator has ordered that 340 "
            "infected trees be felled and burned by the end of the month. Grower Simon Oakhurst, who supplies "
            "several bat makers, said one mature tree could yield around 30 bats and fetch up to £1,200. "
            "Officials said the disease had not spread beyond the two sites."),
        errors=[
            E("by the end of the month", "date", "major", "within 28 days"),
            E("the disease had not spread beyond the two sites", "modality", "major",
              "there was no evidence the disease had spread beyond the two sites"),
        ],
        traps=[
            T("leaving it useless for bat-making", "making it useless for bats"),
            T("could yield around 30 bats", "could produce about 30 bats"),
        ],
    ),
    # ------------------------------------------------------------------ SUMMARIES
    dict(
        domain="air quality sensor", mode="summary",
        reference=(
            "A network of 120 low-cost air quality sensors installed across Harrowgate last year has recorded "
            "nitrogen dioxide levels above the legal annual limit at 14 locations, according to a report "
            "published on Wednesday by the city's public health team. The sensors, mounted on lamp posts and "
            "school railings, measure pollution every 15 minutes and publish readings online. The worst "
            "readings were on Canal Road, where the annual average reached 52 micrograms per cubic metre, "
            "against a limit of 40. Director of public health Dr Samuel Okafor said the sensors were less "
            "precise than the council's six reference monitoring stations, and that the findings would need to "
            "be confirmed before any enforcement action. However, he said the data showed a clear pattern of "
            "high pollution near the inner ring road. The council plans to add 30 sensors outside primary "
            "schools by next spring, funded by a £90,000 government grant."),
        candidate=(
            "Harrowgate's network of 120 low-cost air quality sensors, installed last year, has recorded "
            "nitrogen dioxide above the legal annual limit at 14 locations, a public health report found. Canal "
            "Road was worst, with an annual average of 52 micrograms per cubic metre against the permitted 40. "
            "Public health director Dr Samuel Okafor cautioned that the sensors are less accurate than the "
            "council's reference stations, so the results must be confirmed before any enforcement, but said "
            "pollution was clearly concentrated near the inner ring road. A £90,000 government grant will pay "
            "for 30 more sensors outside primary schools by next spring."),
        errors=[],
        traps=[
            T("the permitted 40", "a limit of 40"),
            T("Public health director", "Director of public health"),
            T("less accurate", "less precise"),
            T("pollution was clearly concentrated near the inner ring road",
              "a clear pattern of high pollution near the inner ring road"),
        ],
    ),
    dict(
        domain="gym membership fraud", mode="summary",
        reference=(
            "A former manager of a budget gym chain has admitted defrauding more than 200 members by taking "
            "payments for memberships that were never registered. Kieran Lusk, 41, who ran the FlexPoint gym "
            "in Morland between 2020 and 2023, pleaded guilty at Morland Crown Court on Monday to fraud by abuse "
            "of position. Prosecutors said Lusk persuaded customers to pay annual fees in cash or by bank "
            "transfer to an account he controlled, offering a discount of up to 20%. The scheme netted him "
            "about £58,000. It came to light when members were refused entry after their cards stopped "
            "working. FlexPoint, which has reimbursed all affected customers, said it had since banned cash "
            "payments at its 35 sites. Lusk will be sentenced next month. Judge Harriet Vowles warned him that "
            "a custodial sentence was likely."),
        candidate=(
            "Kieran Lusk, 41, who managed FlexPoint's Morland gym from 2020 to 2023, has pleaded guilty to "
            "fraud by abuse of position after taking roughly £58,000 from more than 200 members for memberships "
            "that were never registered. He offered discounts of as much as a fifth to customers who paid "
            "annual fees in cash or by transfer into an account he controlled. FlexPoint has repaid everyone "
            "affected and stopped accepting cash across its 35 sites. Lusk, who faces a likely prison sentence, "
            "will be sentenced next month."),
        errors=[],
        traps=[
            T("from 2020 to 2023", "between 2020 and 2023"),
            T("discounts of as much as a fifth", "a discount of up to 20%"),
            T("has repaid everyone affected", "has reimbursed all affected customers"),
            T("stopped accepting cash", "banned cash payments"),
            T("faces a likely prison sentence", "a custodial sentence was likely"),
        ],
    ),
    dict(
        domain="grouse moor licensing", mode="summary",
        reference=(
            "Grouse moors in Caledra will need a licence to operate from next August under legislation passed "
            "by the regional parliament on Tuesday by 68 votes to 49. Estates that shoot red grouse will have to "
            "apply to the regional nature agency, which will be able to suspend a licence for up to five years "
            "if there is evidence of wildlife crime, such as the killing of birds of prey. The law also bans the "
            "burning of heather on peat deeper than 40 centimetres, except under a separate permit. Rural "
            "affairs minister Isla Drummond said the measure would end 'the tiny minority of bad practice' "
            "without harming legitimate shooting. The Caledra Moorland Group, which represents 140 estates, said "
            "the rules were unworkable and would cost rural jobs. Conservation charities welcomed the vote but "
            "said licensing should have come years earlier."),
        candidate=(
            "Caledra's regional parliament voted 68 to 49 on Tuesday to require grouse moors to be licensed from "
            "next August. The regional nature agency will be able to suspend an estate's licence for as long as "
            "five years where there is evidence of wildlife crime, and heather burning on peat more than 40cm "
            "deep will be banned unless separately permitted. Minister Isla Drummond said legitimate shooting "
            "would not be harmed; the Caledra Moorland Group, representing 140 estates, called the rules "
            "unworkable and a threat to rural jobs, while conservation charities said licensing was long "
            "overdue."),
        errors=[],
        traps=[
            T("voted 68 to 49", "by 68 votes to 49"),
            T("for as long as five years", "for up to five years"),
            T("more than 40cm deep", "deeper than 40 centimetres"),
            T("unless separately permitted", "except under a separate permit"),
            T("licensing was long overdue", "licensing should have come years earlier"),
        ],
    ),
    dict(
        domain="seed bank donation", mode="summary",
        reference=(
            "The Orrin Botanic Garden's seed bank has received a donation of seeds from 1,800 plant species "
            "collected over four decades by retired botanist Dr Margaret Hale, the garden announced on Friday. "
            "The collection, stored in more than 6,000 envelopes in Dr Hale's home in Selbury, includes seeds of "
            "at least 40 species that are now classed as endangered in the wild. Staff will spend about 18 "
            "months cleaning, testing and cataloguing the seeds before they are placed in the vault at minus "
            "20C. Seed bank manager Tom Achebe said some of the older seeds might no longer be viable, but even "
            "a small success rate would be 'scientifically priceless'. Dr Hale, 87, said she had wanted the "
            "collection to go somewhere it would be used for research rather than sit in a cupboard."),
        candidate=(
            "Retired botanist Dr Margaret Hale, 87, has given the Orrin Botanic Garden's seed bank seeds from "
            "1,800 plant species that she gathered over 40 years, including at least 40 species now classed as "
            "endangered in the wild. Cleaning, testing and cataloguing will take roughly a year and a half "
            "before the seeds go into the vault at -20C. Manager Tom Achebe warned that some older seeds may "
            "have lost their viability but said even a modest success rate would be 'scientifically "
            "priceless'."),
        errors=[],
        traps=[
            T("over 40 years", "over four decades"),
            T("roughly a year and a half", "about 18 months"),
            T("-20C", "minus 20C"),
            T("may have lost their viability", "might no longer be viable"),
            T("even a modest success rate", "even a small success rate"),
        ],
    ),
    dict(
        domain="leisure centre closure", mode="summary",
        reference=(
            "Pennford Leisure Centre will close permanently on 30 June because the cost of repairing its roof "
            "and pool plant would exceed £4 million, the district council's cabinet decided on Wednesday. The "
            "centre, built in 1976, attracts about 210,000 visits a year. Council leader Anita Brasher said the "
            "authority could not justify the repair bill when a new leisure centre, with a 25-metre pool, is due "
            "to open three miles away in Hatherley in early 2026. Swimming clubs and schools that use the pool "
            "will be offered sessions at the Hatherley site and at a private pool in the town. The Save "
            "Pennford Pool campaign, which gathered 9,400 signatures, said elderly users without cars would be "
            "cut off. The council said it would consider a community bus service linking the town to "
            "Hatherley."),
        candidate=(
            "The district council's cabinet decided on Wednesday to close Pennford Leisure Centre for good on "
            "30 June, as repairs to the 1976 building's roof and pool plant would cost more than £4m. Council "
            "leader Anita Brasher said the bill could not be justified with a new centre, including a 25m pool, "
            "due to open three miles away in Hatherley in early 2026. Campaigners, who gathered 9,400 "
            "signatures, say older users without cars will be cut off; the council said it would look at a "
            "community bus link to Hatherley."),
        errors=[],
        traps=[
            T("for good", "permanently"),
            T("more than £4m", "exceed £4 million"),
            T("25m pool", "25-metre pool"),
            T("older users", "elderly users"),
            T("would look at", "would consider"),
        ],
    ),
    dict(
        domain="solar farm appeal", mode="summary",
        reference=(
            "A planning inspector has overturned Tarnside District Council's refusal of a 49-megawatt solar farm "
            "near the village of Esk Lowther, allowing the scheme to go ahead. Developer Sunvale Energy appealed "
            "after councillors rejected the plans in March, against the advice of their own planning officers, "
            "citing the loss of farmland and the impact on views from the nearby Lowther Hills. Inspector Claire "
            "Ambrose concluded that the benefits of generating enough electricity for around 15,000 homes "
            "outweighed the 'moderate' harm to the landscape. Sunvale will lease the 80-hectare site from "
            "farmer Robert Dene for 40 years, and sheep will continue to graze between the panels. The Esk "
            "Lowther Action Group said it was 'deeply disappointed' and was considering a legal challenge. "
            "Construction is expected to start next year."),
        candidate=(
            "A planning inspector has allowed a 49MW solar farm near Esk Lowther to go ahead, overturning "
            "Tarnside District Council's refusal in March over lost farmland and views from the Lowther Hills. "
            "Inspector Claire Ambrose ruled that powering around 15,000 homes outweighed the 'moderate' harm to "
            "the landscape. Farmer Robert Dene will lease the 80-hectare site from Sunvale Energy for 40 years, "
            "and sheep will continue to graze between the panels. The Esk Lowther Action Group, which is "
            "considering a legal challenge, said it was 'deeply disappointed' and accused the council of failing "
            "to defend its decision at the inquiry. Building work is expected to begin next year."),
        errors=[
            E("Robert Dene will lease the 80-hectare site from Sunvale Energy", "role", "major",
              "Sunvale will lease the 80-hectare site from farmer Robert Dene"),
            E("accused the council of failing to defend its decision at the inquiry", "addition", "major", None),
        ],
        traps=[
            T("49MW", "49-megawatt"),
            T("powering around 15,000 homes", "generating enough electricity for around 15,000 homes"),
            T("Building work is expected to begin next year", "Construction is expected to start next year"),
        ],
    ),
    dict(
        domain="rail fare freeze", mode="summary",
        reference=(
            "Regulated rail fares in the Northmoor region will be frozen for 12 months from January, the "
            "regional transport authority announced on Tuesday, ending three years of above-inflation rises. "
            "The freeze covers season tickets and off-peak returns, which together account for around 45% of "
            "journeys, and will cost the authority an estimated £27m in lost revenue. Transport commissioner "
            "Derek Vyse said the aim was to win back commuters who had switched to cars since the pandemic, when "
            "passenger numbers fell by more than half. Passenger numbers are now at 82% of pre-pandemic levels. "
            "The rail union TSWA welcomed the freeze but said it must not be paid for by cuts to station "
            "staffing. Operator Northmoor Rail said it would work with the authority to ensure services were "
            "not reduced."),
        candidate=(
            "Regulated rail fares in Northmoor, including season tickets and off-peak returns, will be frozen "
            "for a year from January, ending three years of above-inflation rises. The freeze, which will cost "
            "the regional transport authority an estimated £27m, is meant to win back commuters who have "
            "switched to driving since the pandemic, Northmoor Rail said. Passenger numbers have recovered to "
            "82% of pre-pandemic levels. The TSWA union welcomed the freeze but warned it must not be funded by "
            "cutting station staff."),
        errors=[
            E("Northmoor Rail said", "attribution", "major", "Transport commissioner Derek Vyse said"),
        ],
        traps=[
            T("for a year", "for 12 months"),
            T("switched to driving", "switched to cars"),
            T("must not be funded by cutting station staff", "must not be paid for by cuts to station staffing"),
        ],
    ),
    dict(
        domain="vet fees inquiry", mode="summary",
        reference=(
            "The Markets and Consumer Authority has opened a formal inquiry into veterinary fees after finding "
            "that prices at practices owned by large groups had risen by an average of 60% in six years, well "
            "above inflation. The regulator said six corporate groups now own about 55% of the country's 5,200 "
            "vet practices, up from 10% a decade ago. It is concerned that pet owners are not told which group "
            "owns their local practice and often pay up to four times as much for prescription medicines as "
            "they would online. The inquiry, led by panel chair Rosalind Tey, will take up to 18 months and "
            "could lead to price caps or forced sales of practices. The Veterinary Practices Association said "
            "its members would cooperate fully but warned that rising costs reflected investment in equipment "
            "and staff."),
        candidate=(
            "The Markets and Consumer Authority has launched a formal inquiry into vet fees after finding that "
            "prices at practices owned by large groups had risen by an average of 55% in six years. Six "
            "corporate groups now own more than half of the country's 5,200 practices, up from 10% a decade "
            "ago, and the regulator is concerned that pet owners often pay up to four times the online price "
            "for prescription medicines. Six corporate groups now own more than half of the country's 5,200 "
            "practices. The inquiry will take up to 18 months and could lead to price caps or forced sales."),
        errors=[
            E("by an average of 55%", "number", "major", "by an average of 60%"),
            E("Six corporate groups now own more than half of the country's 5,200 practices", "repetition",
              "minor", None, occ=1),
        ],
        traps=[
            T("more than half", "about 55%", occ=0),
            T("up to four times the online price", "up to four times as much"),
        ],
    ),
    dict(
        domain="minimum wage inspection", mode="summary",
        reference=(
            "Inspectors found that 37 employers in the Dunlow hospitality sector had paid staff less than the "
            "minimum wage, the Fair Pay Inspectorate said on Thursday. The two-month operation checked the "
            "payroll records of 160 hotels, restaurants and bars in the city. In total, 410 workers were "
            "underpaid by £186,000, mostly because employers deducted the cost of uniforms and unpaid training "
            "time from wages. All the employers have been ordered to repay the money within 28 days and will "
            "face penalties of up to 200% of the arrears. The inspectorate said it would publish the names of "
            "the businesses in the spring. Hospitality Dunlow, the local trade body, said most breaches were "
            "'honest mistakes' caused by complicated rules, a claim rejected by the Hotel Workers' Union."),
        candidate=(
            "A two-month Fair Pay Inspectorate operation covering 160 hotels, restaurants and bars in Dunlow "
            "found that 37 employers had paid a total of 410 workers £186,000 less than the minimum wage, mostly "
            "by docking wages for uniforms and unpaid training time. The employers must repay the money within "
            "four weeks and face penalties of up to twice the arrears, and their licences will be reviewed in "
            "the spring. The local trade body blamed most breaches on 'honest mistakes' caused by complicated "
            "rules, a claim the Hotel Workers' Union rejects."),
        errors=[
            E("their licences will be reviewed in the spring", "event", "major",
              "would publish the names of the businesses in the spring"),
        ],
        traps=[
            T("docking wages for uniforms", "deducted the cost of uniforms"),
            T("within four weeks", "within 28 days"),
            T("up to twice the arrears", "up to 200% of the arrears"),
        ],
    ),
    dict(
        domain="funeral director regulation", mode="summary",
        reference=(
            "Funeral directors in Westria will have to be licensed and inspected for the first time under plans "
            "announced by the regional health department on Monday. The move follows an investigation into "
            "Mortlake Funeral Group, which bought its rival Ashdown & Sons in 2021, after bodies were found to "
            "have been stored improperly at an Ashdown branch in Kelsey. Under the proposals, an independent "
            "inspector will visit premises at least once every three years, and firms will have to publish a "
            "full price list. Health minister Gareth Pryce said families 'deserve to know their loved ones are "
            "treated with dignity'. The National Association of Funeral Directors, which represents about 70% of "
            "firms, said it supported regulation but warned that costs must not be passed on to grieving "
            "families. A consultation will run until 30 September."),
        candidate=(
            "Westria's regional health department plans to license and inspect funeral directors for the first "
            "time. The move follows an investigation into Mortlake Funeral Group, which was bought by its rival "
            "Ashdown & Sons in 2021, after bodies were found to have been stored improperly at an Ashdown branch "
            "in Kelsey. An independent inspector would visit premises at least every three years, and firms "
            "would have to publish full price lists. The National Association of Funeral Directors backed "
            "regulation but said costs must not fall on grieving families. Consultation closes on 30 September."),
        errors=[
            E("Mortlake Funeral Group, which was bought by its rival Ashdown & Sons", "role", "major",
              "Mortlake Funeral Group, which bought its rival Ashdown & Sons"),
        ],
        traps=[
            T("at least every three years", "at least once every three years"),
            T("must not fall on grieving families", "must not be passed on to grieving families"),
            T("Consultation closes on 30 September", "A consultation will run until 30 September"),
        ],
    ),
    # ------------------------------------------------------------------ TRANSLATIONS
    dict(
        domain="monastery closure", mode="translation",
        reference=(
            "The Benedictine monastery of San Albero, near the town of Villaroca in northern Spain, will close "
            "its doors in October after more than nine centuries, the order confirmed on Sunday. Only four monks "
            "remain, the youngest of them 78 years old, and no novice has entered the community since 2009. "
            "Abbot Anselmo Quirós said the decision had been 'painful but unavoidable'. The remaining monks will "
            "move to a sister house in Burela. The regional government said it was in talks with the diocese "
            "about the future of the building, which dates from the 11th century and is protected as a historic "
            "monument. The monastery's guesthouse, which received some 3,000 visitors a year, closed last month."),
        candidate=(
            "After over 900 years, the Benedictine monastery of San Albero, close to Villaroca in the north of "
            "Spain, is to shut in October, the order confirmed on Sunday. The community has dwindled to four "
            "monks - the youngest is 78 - and no novice has joined since 2009. Abbot Anselmo Quirós described "
            "the decision as 'painful, but there was no alternative'. The four will relocate to a sister "
            "monastery in Burela. The regional authorities are in discussions with the diocese about what will "
            "become of the building, an 11th-century structure listed as a historic monument. Its guesthouse, "
            "which welcomed around 3,000 visitors annually, shut its doors last month."),
        errors=[],
        traps=[
            T("After over 900 years", "after more than nine centuries"),
            T("the youngest is 78", "the youngest of them 78 years old"),
            T("'painful, but there was no alternative'", "'painful but unavoidable'"),
            T("an 11th-century structure", "dates from the 11th century"),
            T("around 3,000 visitors annually", "some 3,000 visitors a year"),
        ],
    ),
    dict(
        domain="convent sale", mode="translation",
        reference=(
            "The Order of the Poor Clares has sold the former convent of Santa Chiara in the hill town of "
            "Montevaro to the municipality for 1.2 million euros, ending months of uncertainty over its future. "
            "The last five nuns left the convent in 2022 and now live in a community in Castellardo. Mayor Lucia "
            "Ferrandi said the town would turn the building into a public library and a centre for the elderly, "
            "with work due to begin next year. The sale was partly financed by a regional grant of 800,000 "
            "euros. A group of residents had feared the building would be bought by a hotel chain. The "
            "convent's 16th-century frescoes will be restored as part of the project."),
        candidate=(
            "The former Santa Chiara convent in the hilltop town of Montevaro has been sold by the municipality "
            "to the Poor Clares for €1.2 million, bringing months of uncertainty about its fate to an end. The "
            "final five sisters moved out in 2022 and are now living with a community in Castellardo. According "
            "to mayor Lucia Ferrandi, the building will become a public library and a centre for older people, "
            "with works scheduled to start next year. A regional grant of €800,000 covered part of the purchase "
            "price. Some residents had been afraid that a hotel chain would acquire the property. The convent's "
            "frescoes, which date from the 16th century, are to be restored as part of the scheme."),
        errors=[
            E("sold by the municipality to the Poor Clares", "role", "critical",
              "The Order of the Poor Clares has sold the former convent of Santa Chiara in the hill town of "
              "Montevaro to the municipality"),
        ],
        traps=[
            T("€1.2 million", "1.2 million euros"),
            T("a centre for older people", "a centre for the elderly"),
            T("which date from the 16th century", "16th-century frescoes"),
        ],
    ),
    dict(
        domain="tulip festival", mode="translation",
        reference=(
            "The flower festival in the Dutch town of Lisselmond will open a week earlier than planned, on 12 "
            "April, because an unusually warm March has brought the tulips into bloom ahead of schedule, the "
            "organisers said. About 4.5 million bulbs have been planted in the festival park this year, "
            "including a new purple variety named after the town. Organisers expect around 650,000 visitors, a "
            "third of them from abroad. Director Bram Oosterhuis warned that if warm weather continued, the "
            "later varieties could also flower early and the festival might close before the planned date of 2 "
            "June. Tickets already bought for specific dates can be exchanged free of charge."),
        candidate=(
            "Tulips have bloomed ahead of time after an exceptionally warm March, so the flower festival in "
            "Lisselmond, in the Netherlands, will now open on 12 April, seven days earlier than originally "
            "scheduled, organisers announced. Some 4.5 million bulbs have gone into the festival park this "
            "year, among them a new purple tulip that bears the town's name. The organisers are counting on "
            "roughly 650,000 visitors, one in three of them from other countries. Director Bram Oosterhuis "
            "cautioned that, should the warm spell last, later varieties might also bloom early, in which case "
            "the festival could end before its scheduled closing date of 2 June. Tickets already purchased for "
            "specific dates can be exchanged at no cost."),
        errors=[],
        traps=[
            T("seven days earlier than originally scheduled", "a week earlier than planned"),
            T("a new purple tulip that bears the town's name", "a new purple variety named after the town"),
            T("one in three of them from other countries", "a third of them from abroad"),
            T("at no cost", "free of charge"),
        ],
    ),
    dict(
        domain="thermal spring spa", mode="translation",
        reference=(
            "The historic thermal baths in the Hungarian spa town of Kővarsány will reopen on 1 March after a "
            "three-year renovation costing 4.8 billion forints, the town council announced. The baths, fed by a "
            "spring whose water emerges at 38C, were built in 1896 and closed in 2021 when inspectors found "
            "cracks in the main pool's dome. The restored complex will have eight pools instead of five, and a "
            "new treatment wing for patients with joint conditions, whose sessions are partly covered by the "
            "national health insurance. Entry prices will rise by around 20%, but residents of the town will "
            "receive a 50% discount. The operator expects to create 60 jobs."),
        candidate=(
            "After three years of renovation work costing 4.8 billion forints, Kővarsány's historic thermal "
            "baths will open their doors again on 1 May, the council of the Hungarian spa town has said. Built "
            "in 1896 and supplied by a spring whose water reaches the surface at 38C, the baths were shut in "
            "2021 after inspectors discovered cracks in the dome over the main pool. The refurbished complex "
            "will have eight pools rather than the previous five, together with a new wing for treating people "
            "with joint problems, whose treatment is partly paid for by national health insurance. Admission "
            "will cost about a fifth more, though local residents will get half-price entry. Sixty jobs are "
            "expected to be created by the operator."),
        errors=[
            E("on 1 May", "date", "major", "on 1 March"),
        ],
        traps=[
            T("eight pools rather than the previous five", "eight pools instead of five"),
            T("about a fifth more", "rise by around 20%"),
            T("half-price entry", "a 50% discount"),
        ],
    ),
    dict(
        domain="maple syrup harvest", mode="translation",
        reference=(
            "Maple syrup producers in the Quebec region of Haute-Bélanger expect one of their best harvests in a "
            "decade after a spring of cold nights and mild days, the regional producers' federation said on "
            "Wednesday. Sap began flowing in early March, about ten days earlier than usual, and the federation "
            "estimates that production will reach 31 million pounds, up 18% on last year. Federation president "
            "Martine Boisclair said the good season would help replenish the strategic reserve, which had "
            "fallen to its lowest level since 2016. However, she warned that labour shortages meant some sugar "
            "shacks had been unable to tap all their trees. Around 2,300 businesses produce syrup in the region."),
        candidate=(
            "Thanks to a spring of cold nights and mild days, syrup makers in Haute-Bélanger, Quebec, are "
            "anticipating one of their strongest harvests for ten years, the regional producers' federation said "
            "on Wednesday. The sap started to run at the beginning of March, roughly ten days ahead of normal, "
            "and the federation projects output of 31 million pounds, an 18% increase on last year. Its "
            "president, Martine Boisclair, said the strong season would help rebuild the strategic reserve, "
            "which had dropped to its lowest point since 2016. She cautioned, however, that a lack of workers "
            "had left some sugar shacks unable to tap all of their trees. There are some 2,300 syrup-producing "
            "businesses in the region."),
        errors=[],
        traps=[
            T("for ten years", "in a decade"),
            T("at the beginning of March", "in early March"),
            T("roughly ten days ahead of normal", "about ten days earlier than usual"),
            T("an 18% increase on last year", "up 18% on last year"),
            T("a lack of workers", "labour shortages"),
        ],
    ),
    dict(
        domain="cherry harvest", mode="translation",
        reference=(
            "Cherry growers in the Karadere valley in western Turkey are facing their smallest harvest in 15 "
            "years after late frosts in April destroyed much of the blossom, the regional agriculture directorate "
            "said. Production is expected to fall to about 40,000 tonnes, less than half of last year's crop. "
            "Prices at wholesale markets have already doubled. The directorate said farmers whose losses exceed "
            "30% would be eligible for compensation from the state agricultural insurance fund, but many small "
            "growers are not insured. Growers' cooperative head Mehmet Aydoğan said exports to Europe would be "
            "cut sharply and warned that some seasonal workers had already been told there would be no work "
            "this summer."),
        candidate=(
            "Late frosts in April that destroyed much of the blossom have left cherry farmers in western "
            "Turkey's Karadere valley facing the smallest harvest for 15 years, according to the regional "
            "agriculture directorate. Output is forecast to drop to roughly 40,000 tonnes, under half of what "
            "was picked last year, and wholesale prices have already risen twofold. Growers who lose more than "
            "30% of their crop will qualify for compensation from the state agricultural insurance fund, the "
            "directorate said, and many small producers are insured. Mehmet Aydoğan, who heads the growers' "
            "cooperative, said exports to Europe would fall steeply and that some seasonal labourers had already "
            "been informed there would be no work for them this summer."),
        errors=[
            E("many small producers are insured", "polarity", "major", "many small growers are not insured"),
        ],
        traps=[
            T("under half of", "less than half of"),
            T("risen twofold", "doubled"),
            T("lose more than 30% of their crop", "whose losses exceed 30%"),
        ],
    ),
    dict(
        domain="mountain hut refurbishment", mode="translation",
        reference=(
            "The Austrian Alpine club section in Gratzenau has completed a two-year refurbishment of the "
            "Hochkarl hut, which stands at 2,480 metres on a popular route across the Sperlach mountains. The "
            "work, which cost 2.1 million euros, included a new solar power system, a wastewater treatment plant "
            "and a reinforced roof to cope with heavier snow loads. The number of beds has been reduced from 64 "
            "to 52 to make room for larger washrooms. Materials were flown in by helicopter in more than 400 "
            "flights. Hut warden Anna Leitgeb said the hut would open for the summer season on 20 June, weather "
            "permitting. Overnight prices for club members remain unchanged."),
        candidate=(
            "At a cost of €2.1 million, the Gratzenau section of the Austrian Alpine club has finished "
            "refurbishing the Hochkarl hut, a project that took two years. The hut, 2,480 metres up on a "
            "well-used route over the Sperlach mountains, now has a solar power system, a plant to treat "
            "wastewater and a strengthened roof able to bear heavier loads of snow. To create space for bigger "
            "washrooms, the bed count has fallen by 12 to 52. More than 400 helicopter flights were needed to "
            "bring in the materials. If the weather allows, the hut will open for the summer on 20 June, said "
            "warden Anna Leitgeb. Club members will pay the same as before for an overnight stay."),
        errors=[],
        traps=[
            T("€2.1 million", "2.1 million euros"),
            T("a strengthened roof", "a reinforced roof"),
            T("has fallen by 12 to 52", "reduced from 64 to 52"),
            T("If the weather allows", "weather permitting"),
            T("Club members will pay the same as before for an overnight stay",
              "Overnight prices for club members remain unchanged"),
        ],
    ),
    dict(
        domain="landslide evacuation", mode="translation",
        reference=(
            "Around 180 residents of the village of Skarvdal in western Norway were evacuated on Monday night "
            "after geologists detected accelerating movement on a mountainside above the village. The "
            "municipality said sensors showed the slope moving by up to 12 centimetres a day, compared with a "
            "few millimetres a week earlier this month. Evacuees were housed in a school and a hotel in the "
            "neighbouring town of Lystrand. Mayor Kari Holmvik said it was not known when residents could "
            "return, and that the county road through the valley would remain closed until further notice. No "
            "injuries have been reported. Geologists said a slide of as much as two million cubic metres of rock "
            "could not be ruled out."),
        candidate=(
            "Some 180 people living in Skarvdal, a village in western Norway, had to leave their homes on Monday "
            "night when geologists registered that movement on the mountainside above them was accelerating. "
            "According to the municipality, measuring instruments showed the slope shifting by as much as 12 "
            "centimetres a week, against a few millimetres a week earlier in the month. The evacuees have been "
            "put up at a school and a hotel in neighbouring Lystrand. Mayor Kari Holmvik said nobody knew when "
            "residents would be able to go home. There are no reports of injuries. According to geologists, a "
            "rockslide of up to two million cubic metres could not be excluded."),
        errors=[
            E("by as much as 12 centimetres a week", "number", "critical", "by up to 12 centimetres a day"),
            OM("would be able to go home", "after", "major",
               "the county road through the valley would remain closed until further notice"),
        ],
        traps=[
            T("Some 180 people", "Around 180 residents"),
            T("had to leave their homes", "were evacuated"),
            T("could not be excluded", "could not be ruled out"),
        ],
    ),
    dict(
        domain="statue removal", mode="translation",
        reference=(
            "The city council of Porto Serrado in Portugal voted on Thursday to remove the statue of "
            "19th-century colonial governor Afonso Varela from the main square and transfer it to the municipal "
            "museum. The motion passed by 21 votes to 12, with two abstentions. Supporters argued that the statue "
            "glorified a man responsible for forced labour in the colonies, while opponents said it should stay "
            "with an explanatory plaque. The statue, which weighs about four tonnes, will be moved by the end of "
            "the year. The council will hold a public competition for a new work of art to take its place. A "
            "petition against the removal collected 5,600 signatures."),
        candidate=(
            "Councillors in the Portuguese city of Porto Serrado decided on Thursday, by 21 votes to 12 with two "
            "abstaining, that the statue of Afonso Varela, a colonial governor in the 1800s, should be taken out "
            "of the main square and moved to the municipal museum. Those in favour said the monument glorified "
            "someone responsible for forced labour in the colonies; those against wanted it kept in place with a "
            "plaque explaining it. The roughly four-tonne statue is to be relocated before the year is out, and a "
            "public competition will be held to choose a new artwork for the site. A petition opposing its "
            "removal gathered 5,600 signatures."),
        errors=[],
        traps=[
            T("with two abstaining", "with two abstentions"),
            T("a colonial governor in the 1800s", "19th-century colonial governor"),
            T("roughly four-tonne statue", "weighs about four tonnes"),
            T("before the year is out", "by the end of the year"),
        ],
    ),
    dict(
        domain="coal mine methane", mode="translation",
        reference=(
            "Poland's mining authority has ordered the temporary closure of two longwall faces at the Dębiny "
            "colliery in the south of the country after methane concentrations exceeded safety limits, the "
            "mine's owner, Rybnar Coal, said on Friday. About 300 miners who worked on the affected sections "
            "have been moved to other parts of the mine, and no one was injured. Inspectors recorded methane "
            "levels of 2.4% in the air, above the 2% threshold at which work must stop. The company said it would "
            "install additional ventilation and drainage equipment before production resumes, which could take "
            "up to six weeks. Trade union leader Piotr Wolny said the incident showed the need for more "
            "investment in safety at ageing pits."),
        candidate=(
            "The Polish mining authority has ordered two longwall faces at the Rybnar colliery in the south of "
            "the country to be shut down temporarily after methane concentrations went above safe limits, "
            "according to a statement on Friday from the mine's owner, Rybnar Coal. Roughly 300 miners employed "
            "on the affected sections have been sent home; nobody was hurt. Inspectors measured 2.4% methane in "
            "the air, over the 2% level at which work has to stop. Extra ventilation and drainage equipment will "
            "be installed before production restarts, which may take as long as six weeks, the company said. "
            "Piotr Wolny, a trade union leader, said the incident showed that ageing pits needed more investment "
            "in safety."),
        errors=[
            E("the Rybnar colliery", "entity", "major", "the Dębiny colliery"),
            E("have been sent home", "event", "major", "have been moved to other parts of the mine"),
        ],
        traps=[
            T("nobody was hurt", "no one was injured"),
            T("over the 2% level", "above the 2% threshold"),
            T("may take as long as six weeks", "could take up to six weeks"),
        ],
    ),
]


# ---------------------------------------------------------------------- helpers
def nth_find(hay, needle, occ):
    """Offset of occurrence occ (0-based) of needle in hay; -1 if absent."""
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def locate(cand, text, occ, where):
    count = cand.count(text)
    if count == 0:
        raise ValueError("%s: %r not found in candidate" % (where, text))
    if occ is None:
        if count > 1:
            raise ValueError("%s: %r occurs %d times; give an occurrence index" % (where, text, count))
        occ = 0
    start = nth_find(cand, text, occ)
    if start < 0:
        raise ValueError("%s: occurrence %d of %r not found" % (where, occ, text))
    return start, start + len(text)


def words(s):
    return len(re.findall(r"\S+", s))


def clean_edges(cand, start, end, where):
    if start > 0 and cand[start - 1].isalnum() and cand[start].isalnum():
        raise ValueError("%s: span cuts a word at start" % where)
    if end < len(cand) and cand[end - 1].isalnum() and cand[end].isalnum():
        raise ValueError("%s: span cuts a word at end" % where)
    if cand[start:end] != cand[start:end].strip():
        raise ValueError("%s: span has surrounding whitespace" % where)


def build():
    records = []
    problems = []
    for i, c in enumerate(CASES, 1):
        rid = "s%d-%03d" % (N, i)
        ref, cand = c["reference"], c["candidate"]
        try:
            errors = []
            spans = []
            for e in c["errors"]:
                where = "%s error %s" % (rid, e["type"])
                if e["type"] not in ERROR_TYPES:
                    raise ValueError("%s: bad type" % where)
                if e["severity"] not in SEVERITIES:
                    raise ValueError("%s: bad severity" % where)
                if e["type"] == "omission":
                    if c["mode"] == "summary":
                        raise ValueError("%s: omission in a summary" % where)
                    a0, a1 = locate(cand, e["anchor"], e["occ"], where)
                    p = a1 if e["side"] == "after" else a0
                    if 0 < p < len(cand) and cand[p - 1].isalnum() and cand[p].isalnum():
                        raise ValueError("%s: insertion point inside a word" % where)
                    if not e["ref_text"] or e["ref_text"] not in ref:
                        raise ValueError("%s: ref_text not in reference" % where)
                    if e["ref_text"].lower() in cand.lower():
                        raise ValueError("%s: omitted words present in candidate" % where)
                    rec = {"start": p, "end": p, "text": "", "type": "omission",
                           "severity": e["severity"], "ref_text": e["ref_text"]}
                else:
                    s, t = locate(cand, e["text"], e["occ"], where)
                    clean_edges(cand, s, t, where)
                    if e["type"] in ("addition", "repetition"):
                        if e["ref_text"] is not None:
                            raise ValueError("%s: ref_text must be null" % where)
                        if e["type"] == "repetition" and cand.find(e["text"]) >= s:
                            raise ValueError("%s: repetition has no earlier copy" % where)
                    else:
                        if not e["ref_text"] or e["ref_text"] not in ref:
                            raise ValueError("%s: ref_text %r not in reference" % (where, e["ref_text"]))
                        # a wrong attribution/entity may legitimately be borrowed from elsewhere in the reference
                        if e["text"] in ref and e["type"] not in ("attribution", "entity", "role"):
                            raise ValueError("%s: error text appears verbatim in reference" % where)
                    rec = {"start": s, "end": t, "text": cand[s:t], "type": e["type"],
                           "severity": e["severity"], "ref_text": e["ref_text"]}
                errors.append(rec)
                spans.append((rec["start"], rec["end"], where))
            traps = []
            for tr in c["traps"]:
                where = "%s trap %r" % (rid, tr["text"])
                s, t = locate(cand, tr["text"], tr["occ"], where)
                clean_edges(cand, s, t, where)
                if tr["ref_text"] not in ref:
                    raise ValueError("%s: ref_text %r not in reference" % (where, tr["ref_text"]))
                if tr["text"].lower() in ref.lower():
                    raise ValueError("%s: trap text appears verbatim in reference" % where)
                traps.append({"start": s, "end": t, "text": cand[s:t], "ref_text": tr["ref_text"]})
                spans.append((s, t, where))
            # overlaps (a zero-width omission may touch but not sit strictly inside a span)
            for a in range(len(spans)):
                for b in range(a + 1, len(spans)):
                    (s1, e1, w1), (s2, e2, w2) = spans[a], spans[b]
                    if s1 == e1 or s2 == e2:
                        p, (s, e) = (s1, (s2, e2)) if s1 == e1 else (s2, (s1, e1))
                        bad = s < p < e
                    else:
                        bad = s1 < e2 and s2 < e1
                    if bad:
                        raise ValueError("overlap: %s / %s" % (w1, w2))
            errors.sort(key=lambda r: (r["start"], r["end"]))
            traps.sort(key=lambda r: r["start"])
            label = "inconsistent" if errors else "consistent"
            nw = words(ref)
            if not 70 <= nw <= 190:
                raise ValueError("%s: reference has %d words" % (rid, nw))
            if c["mode"] == "summary" and words(cand) >= nw:
                raise ValueError("%s: summary not shorter than reference" % rid)
            if label == "consistent" and not 3 <= len(traps) <= 5:
                raise ValueError("%s: consistent pair needs 3-5 traps" % rid)
            if label == "inconsistent" and len(traps) > 3:
                raise ValueError("%s: inconsistent pair has >3 traps" % rid)
            if c["mode"] not in ("rewrite", "summary", "translation"):
                raise ValueError("%s: bad mode" % rid)
            if c["domain"] not in DOMAINS:
                raise ValueError("%s: domain %r not in list" % (rid, c["domain"]))
            records.append({"id": rid, "domain": c["domain"], "mode": c["mode"], "reference": ref,
                            "candidate": cand, "label": label, "errors": errors, "traps": traps})
        except ValueError as exc:
            problems.append(str(exc))
    # set-level composition
    if not problems:
        dom = Counter(r["domain"] for r in records)
        if len(records) != 40:
            problems.append("expected 40 pairs, got %d" % len(records))
        if any(v > 1 for v in dom.values()):
            problems.append("repeated domain: %s" % [d for d, v in dom.items() if v > 1])
        lab = Counter(r["label"] for r in records)
        if lab["consistent"] != 20 or lab["inconsistent"] != 20:
            problems.append("labels %s" % dict(lab))
        ml = Counter((r["mode"], r["label"]) for r in records)
        for mode, half in (("rewrite", 10), ("summary", 5), ("translation", 5)):
            for l in ("consistent", "inconsistent"):
                if ml[(mode, l)] != half:
                    problems.append("%s/%s = %d, want %d" % (mode, l, ml[(mode, l)], half))
        types = Counter(e["type"] for r in records for e in r["errors"])
        if sum(types.values()) != 30:
            problems.append("total errors %d, want 30" % sum(types.values()))
        for t in ERROR_TYPES:
            if types[t] < 2:
                problems.append("type %s has %d errors" % (t, types[t]))
        if any(len(r["errors"]) > 2 for r in records):
            problems.append("some pair has more than 2 errors")
    return records, problems


def summary(records):
    types = Counter(e["type"] for r in records for e in r["errors"])
    sev = Counter(e["severity"] for r in records for e in r["errors"])
    ml = Counter((r["mode"], r["label"]) for r in records)
    ne = Counter(len(r["errors"]) for r in records if r["label"] == "inconsistent")
    lines = ["pairs: %d" % len(records)]
    for m in ("rewrite", "summary", "translation"):
        lines.append("  %-11s consistent %d, inconsistent %d" % (m, ml[(m, "consistent")], ml[(m, "inconsistent")]))
    lines.append("errors: %d  %s" % (sum(types.values()), ", ".join("%s %d" % (t, types[t]) for t in ERROR_TYPES)))
    lines.append("severity: %s" % dict(sev))
    lines.append("inconsistent pairs by error count: %s" % dict(sorted(ne.items())))
    lines.append("traps: %d (consistent %d, inconsistent %d)" % (
        sum(len(r["traps"]) for r in records),
        sum(len(r["traps"]) for r in records if r["label"] == "consistent"),
        sum(len(r["traps"]) for r in records if r["label"] == "inconsistent")))
    wr = [words(r["reference"]) for r in records]
    lines.append("reference words: min %d, max %d" % (min(wr), max(wr)))
    return "\n".join(lines)


def main():
    records, problems = build()
    if problems:
        print("VALIDATION FAILED:")
        for p in problems:
            print("  -", p)
        sys.exit(1)
    print(summary(records))
    if "--check" in sys.argv[1:]:
        print("check only: nothing written")
        return
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %s" % OUT)


if __name__ == "__main__":
    main()
