#!/usr/bin/env python3
"""Held-out evaluation set 33 for a fact-comparison tool.

How it was made: every pair below was hand-written by a helper that saw no code
or data of the project, working only from a written brief.  All people,
companies, organisations, places and figures are invented (real countries and
currencies appear only as background).  Character offsets are never typed by
hand: the script finds every span by string search (with an occurrence index
where a quoted text repeats), validates the whole set and writes set33.jsonl
next to this file.  `python3 make_set33.py --check` validates only.

Composition: 40 pairs, one domain each, 20 consistent / 20 inconsistent;
20 rewrites, 10 summaries, 10 translations (half of each mode consistent);
30 errors over the eleven types (entity 3, number 4, date 3, role 3,
polarity 3, modality 3, attribution 2, event 3, omission 2, addition 2,
repetition 2); 10 inconsistent pairs carry one error and 10 carry two.
Consistent pairs carry 3-5 traps (faithful rewordings), inconsistent pairs 1-3.
References are 70-190 words in news / agency / corporate / official register.
Translation pairs are two independent English translations of the same
(notional) non-English story.
"""
import json
import os
import sys
from collections import Counter

DOMAINS = [
    "literary prizes", "translation awards", "museum loans", "auction houses",
    "antique fairs", "flea markets", "food trucks", "rice terraces",
    "cocoa farming", "sugar beet", "mountain huts", "national parks",
    "wildlife corridors", "bat surveys", "otter recovery", "wolf packs",
    "bear sightings", "mangroves", "seagrass", "oyster farming", "mussel beds",
    "trout hatcheries", "salmon runs", "river dredging", "harbour pilots",
    "tugboats", "shipbreaking", "dry docks", "naval museums",
    "submarine cables", "satellite launches", "weather balloons",
    "drone deliveries", "air traffic control", "runway repairs",
    "baggage handling", "airline catering", "duty free", "scouting",
    "summer camps",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]

CASES = []


def t(s):
    """Collapse the line wrapping used in the source into single spaces."""
    return " ".join(s.split())


def case(domain, mode, label, reference, candidate, errors=(), traps=()):
    CASES.append(dict(domain=domain, mode=mode, label=label,
                      reference=t(reference), candidate=t(candidate),
                      errors=list(errors), traps=list(traps)))


def err(text, etype, severity, ref_text, occ=0):
    return dict(kind="span", text=text, type=etype, severity=severity,
                ref_text=ref_text, occ=occ)


def omit(after, severity, ref_text, occ=0):
    """Omission: zero-width span placed right after `after` in the candidate."""
    return dict(kind="omit", after=after, type="omission", severity=severity,
                ref_text=ref_text, occ=occ)


def trap(text, ref_text, occ=0):
    return dict(text=text, ref_text=ref_text, occ=occ)


# ---------------------------------------------------------------- cases 1-10
case("literary prizes", "rewrite", "consistent",
     """The Harrowgate Prize for Fiction was awarded on Thursday evening to Miriam Oduya for her
     third novel, The Salt Ledger, at a ceremony in Castlebrook. The judging panel, chaired by
     critic Tomas Wrenfield, selected the book from a shortlist of six titles drawn from 148
     submissions. The prize carries an award of £25,000, and each shortlisted author receives
     £2,500. Wrenfield described the novel as "a patient, unsparing portrait of a coastal town in
     decline." Oduya, who worked as a hospital pharmacist before turning to writing full time in
     2019, said she would use part of the money to fund a writing workshop for teenagers in her
     home town. Sales of The Salt Ledger have risen sharply since the shortlist was announced in
     September, according to its publisher, Fernleaf Books.""",
     """Miriam Oduya has won the Harrowgate Prize for Fiction with The Salt Ledger, her third
     novel, receiving the award at a Castlebrook ceremony on Thursday evening. A panel led by the
     critic Tomas Wrenfield chose the book from six shortlisted titles, which had been whittled
     down from 148 entries. The winner takes home £25,000, while every author on the shortlist
     gets £2,500. According to Wrenfield, the novel is "a patient, unsparing portrait of a coastal
     town in decline." Oduya, a former hospital pharmacist who became a full-time writer in 2019,
     said some of the prize money would go towards a writing workshop for teenagers in her home
     town. Fernleaf Books, which publishes the novel, says sales have climbed steeply since the
     shortlist came out in September.""",
     traps=[trap("A panel led by the critic Tomas Wrenfield",
                 "The judging panel, chaired by critic Tomas Wrenfield"),
            trap("which had been whittled down from 148 entries", "drawn from 148 submissions"),
            trap("a former hospital pharmacist who became a full-time writer in 2019",
                 "who worked as a hospital pharmacist before turning to writing full time in 2019"),
            trap("some of the prize money", "part of the money"),
            trap("sales have climbed steeply", "Sales of The Salt Ledger have risen sharply")])

case("translation awards", "rewrite", "inconsistent",
     """The Lindqvist Translation Award, worth €10,000, has gone to translator Paulo Verissande for
     his English version of the Portuguese-language novel The Quiet Harbour by Inês Mourato. The
     award, administered by the Corvell Foundation, recognises translations of fiction published
     in the previous calendar year. This year's jury considered 62 books translated from 19
     languages. Jury chair Hanna Soltberg said Verissande's translation "never lets the reader
     forget the music of the original." The foundation's director, Ruth Abernay, announced that
     from next year the prize money will be split equally between translator and author.
     Verissande, who lives in the coastal town of Vilaroca, has translated eleven novels over two
     decades. The Quiet Harbour was published in English by the small independent press Tallow &
     Reed in March of last year.""",
     """Paulo Verissande has won the €10,000 Lindqvist Translation Award for The Quiet Harbour,
     his English rendering of Inês Mourato's Portuguese-language novel. Run by the Corvell
     Foundation, the award honours fiction translations published during the preceding calendar
     year, and this year's jury weighed 62 titles translated from 16 languages. Foundation
     director Ruth Abernay said Verissande's translation "never lets the reader forget the music
     of the original." Abernay also announced that, starting next year, the prize money will be
     divided equally between translator and author. Verissande, who is based in the coastal town
     of Vilaroca, has translated eleven novels across two decades. Tallow & Reed, a small
     independent press, brought out The Quiet Harbour in English in March last year.""",
     errors=[err("16 languages", "number", "minor", "19 languages"),
             err("Foundation director Ruth Abernay", "attribution", "major",
                 "Jury chair Hanna Soltberg")],
     traps=[trap("Run by the Corvell Foundation", "administered by the Corvell Foundation"),
            trap("divided equally", "split equally")])

case("museum loans", "summary", "consistent",
     """The Aldermoor Museum of Art has agreed to lend 14 paintings by the 18th-century landscape
     artist Cornelius Vell to the Brightwater Gallery for an exhibition opening on 6 May. The
     loan, the largest in the museum's history, follows two years of negotiations and a review of
     the works' condition by conservators from both institutions. Three of the paintings have
     never before left Aldermoor. The works will be transported in climate-controlled crates
     under security escort and will remain at Brightwater until the end of October. Aldermoor
     director Felix Harnden said the museum would receive a loan fee, which he declined to
     disclose, and that the money would go towards restoring its east wing. Brightwater expects
     the exhibition to draw around 90,000 visitors.""",
     """The Aldermoor Museum of Art will lend 14 paintings by Cornelius Vell to the Brightwater
     Gallery for an exhibition opening on 6 May, its biggest-ever loan, agreed after two years of
     talks. Three of the works have never left Aldermoor before; all will stay at Brightwater
     until the end of October. Director Felix Harnden said an undisclosed fee would help pay to
     restore the museum's east wing. Brightwater expects roughly 90,000 visitors.""",
     traps=[trap("its biggest-ever loan", "the largest in the museum's history"),
            trap("after two years of talks", "follows two years of negotiations"),
            trap("an undisclosed fee", "a loan fee, which he declined to disclose"),
            trap("roughly 90,000 visitors", "around 90,000 visitors")])

case("auction houses", "translation", "inconsistent",
     """A bronze sculpture by Aurèle Damboise fetched 1.8 million euros on Saturday at the Maison
     Verlaque auction house, well above its estimate of 600,000 to 800,000 euros. The work, a
     dancer cast in 1912, had belonged to the same family for more than a century. According to
     the auctioneer, Sylvie Marchetant, seven bidders competed for the piece, and the winning bid
     was placed by telephone by a private collector whose identity was not disclosed. The sale
     also included a set of drawings by the painter Léon Cassaigne, which was withdrawn shortly
     before the auction after questions were raised about its provenance. Maison Verlaque said it
     would present the drawings again once their history had been verified.""",
     """On Saturday, at the Maison Verlaque saleroom, a bronze by Aurèle Damboise went for 1.8
     million euros, far exceeding the estimate of between 600,000 and 800,000 euros. The piece, a
     dancer cast in 1912, had remained in the hands of a single family for over a hundred years.
     Seven bidders vied for it, auctioneer Sylvie Marchetant said, and it was finally won over the
     telephone by a private collector who was not named. A set of drawings by the same artist,
     also on offer, failed to find a buyer after doubts emerged over where they had come from.
     The auction house said it would put them up for sale again once their history had been
     checked.""",
     errors=[err("the same artist", "entity", "major", "the painter Léon Cassaigne"),
             err("failed to find a buyer", "event", "major",
                 "was withdrawn shortly before the auction")],
     traps=[trap("for over a hundred years", "for more than a century"),
            trap("a private collector who was not named",
                 "a private collector whose identity was not disclosed")])

case("antique fairs", "rewrite", "consistent",
     """The Pellingham Antiques Fair will return to the town's Corn Exchange from 12 to 15
     September after a three-year absence, organisers confirmed on Monday. Around 80 dealers are
     expected to take part, compared with 110 at the last fair in 2021, reflecting what the
     organisers called "a more selective approach". Every item offered for sale will be checked
     by an independent vetting committee before the doors open. Entry will cost £12, with
     children under 16 admitted free. Fair director Annette Coyle said the event had been paused
     because the Corn Exchange was undergoing structural repairs, which were completed in June.
     Local hotels have reported that bookings for the fair weekend are already higher than last
     year.""",
     """After a three-year break, the Pellingham Antiques Fair is coming back to the Corn
     Exchange, running from 12 to 15 September, the organisers said on Monday. Roughly 80 dealers
     are likely to exhibit, down from 110 when the fair was last held in 2021 - a reduction the
     organisers put down to "a more selective approach". Before opening, an independent vetting
     committee will inspect every item on sale. Tickets are priced at £12, and under-16s get in
     free. According to fair director Annette Coyle, the event was put on hold while the Corn
     Exchange underwent structural repairs, finished in June. Hotels in the area say bookings for
     the fair weekend are already ahead of last year's.""",
     traps=[trap("After a three-year break", "after a three-year absence"),
            trap("Roughly 80 dealers are likely to exhibit",
                 "Around 80 dealers are expected to take part"),
            trap("under-16s get in free", "children under 16 admitted free"),
            trap("was put on hold", "had been paused"),
            trap("already ahead of last year's", "already higher than last year")])

case("flea markets", "rewrite", "inconsistent",
     """Kessford council has approved plans to move the town's Sunday flea market from the Wharf
     Street car park to Linden Square from the start of April. The market, which has operated for
     27 years, attracts about 3,000 visitors on a typical Sunday and hosts up to 120 stalls.
     Traders had raised concerns that the new site would offer fewer pitches, but the council
     said all current stallholders would be offered a place. Pitch fees will not rise this year.
     Councillor Derek Amsel, who oversees markets, said the move would free the car park for a
     planned housing development and bring more footfall to shops around the square. A
     consultation on extending the market to Saturdays will open in the summer.""",
     """From the start of April, Kessford's Sunday flea market will relocate from the Wharf Street
     car park to Linden Square after the council gave the plans the go-ahead. Running for 27
     years, the market typically draws around 3,000 people each Sunday and has room for as many
     as 120 stalls. Although traders feared the new location would have fewer pitches, the
     council said every existing stallholder would be offered a spot, and pitch fees will
     increase this year. Derek Amsel, the councillor responsible for markets, said the relocation
     would clear the car park for a planned housing scheme and drive more footfall to shops
     around the square. A consultation on opening the market on Saturdays as well is due to begin
     in the summer.""",
     errors=[err("pitch fees will increase", "polarity", "major", "Pitch fees will not rise")],
     traps=[trap("has room for as many as 120 stalls", "hosts up to 120 stalls"),
            trap("Derek Amsel, the councillor responsible for markets",
                 "Councillor Derek Amsel, who oversees markets")])

case("food trucks", "summary", "inconsistent",
     """The city of Tessaly Bay will issue up to 40 new permits for food trucks this year under a
     pilot scheme approved by the council on Wednesday. Trucks will be allowed to trade in six
     designated zones, including the waterfront promenade and the business district, between
     11am and 10pm. Operators must pay an annual fee of $1,500 and pass a hygiene inspection
     before receiving a permit. Restaurant owners had opposed an earlier version of the plan,
     arguing that trucks parked outside their premises would take their customers; the final
     scheme bars trucks from trading within 50 metres of an existing restaurant. The pilot will
     run for 18 months, after which the council will decide whether to make it permanent.""",
     """Tessaly Bay councillors on Wednesday approved an 18-month pilot, the first such scheme in
     the region, that will allow up to 40 new food truck permits this year. Trucks may trade from
     11am to 10pm in six designated zones but, following objections from restaurant owners, not
     within 50 metres of an existing restaurant. Permits require a $1,500 annual fee and a hygiene
     inspection. At the end of the pilot the council will decide whether to make it permanent.""",
     errors=[err("the first such scheme in the region", "addition", "minor", None)],
     traps=[trap("from 11am to 10pm", "between 11am and 10pm"),
            trap("following objections from restaurant owners",
                 "Restaurant owners had opposed an earlier version of the plan")])

case("rice terraces", "translation", "consistent",
     """Farmers in the highland district of Banawen have begun restoring around 120 hectares of
     rice terraces that were abandoned over the past two decades, the provincial agriculture
     office said on Tuesday. The project, funded with 45 million pesos from the provincial
     budget, will repair stone walls and irrigation channels damaged by landslides. Officials
     said about 300 families are expected to return to cultivating the terraces within three
     years. District head Rosalind Magtanggol said young people had left the villages to look for
     work in the cities, and that the restoration would be accompanied by training in traditional
     farming methods. The first restored plots are due to be planted before the rainy season
     begins in June.""",
     """According to the provincial agriculture office, which made the announcement on Tuesday,
     farmers in the highland district of Banawen have started work to bring back roughly 120
     hectares of rice terraces left untended during the last twenty years. Paid for with 45
     million pesos from provincial funds, the project will mend stone walls and irrigation
     channels that landslides have damaged. Some 300 families are likely to resume farming the
     terraces within three years, officials said. Young people had moved away from the villages
     in search of jobs in the cities, explained district head Rosalind Magtanggol, adding that the
     restoration would come with training in traditional farming techniques. Planting on the
     first restored plots is scheduled to take place before the rainy season starts in June.""",
     traps=[trap("roughly 120 hectares", "around 120 hectares"),
            trap("left untended during the last twenty years",
                 "abandoned over the past two decades"),
            trap("Paid for with 45 million pesos from provincial funds",
                 "funded with 45 million pesos from the provincial budget"),
            trap("Some 300 families are likely to resume farming",
                 "about 300 families are expected to return to cultivating"),
            trap("is scheduled to take place", "are due to be planted")])

case("cocoa farming", "rewrite", "consistent",
     """The cocoa cooperative Abirem Growers said on Friday that its members harvested 18,400
     tonnes of beans in the main crop season, a 12 percent fall from the previous year, as dry
     weather and a fungal disease reduced yields. The cooperative, which represents about 6,500
     smallholder farmers, said it had received an average price of 2,900 dollars per tonne, up
     from 2,350 dollars a year earlier. Chairman Kwabena Ansor-Boateng said higher prices had only
     partly offset the smaller harvest. The cooperative plans to distribute 400,000
     disease-resistant seedlings to members before the next planting season and will open two
     new drying centres in the western region by the end of the year.""",
     """Dry weather and a fungal disease cut yields for members of the Abirem Growers cocoa
     cooperative, who harvested 18,400 tonnes of beans in the main crop season - 12% less than
     the year before, the cooperative said on Friday. The group, which represents roughly 6,500
     smallholder farmers, said it was paid an average of $2,900 per tonne, compared with $2,350 a
     year earlier. According to chairman Kwabena Ansor-Boateng, the higher prices had made up for
     the smaller harvest only in part. Ahead of the next planting season, the cooperative intends
     to hand out 400,000 disease-resistant seedlings to members, and it will open two new drying
     centres in the western region before the year is out.""",
     traps=[trap("12% less than the year before", "a 12 percent fall from the previous year"),
            trap("$2,900 per tonne", "2,900 dollars per tonne"),
            trap("had made up for the smaller harvest only in part",
                 "had only partly offset the smaller harvest"),
            trap("intends to hand out", "plans to distribute"),
            trap("before the year is out", "by the end of the year")])

case("sugar beet", "rewrite", "inconsistent",
     """The Holtmere sugar factory will begin processing this season's beet crop on 24 September,
     a week later than last year, after a wet spring delayed sowing across the region. Growers
     supplying the plant expect an average yield of 78 tonnes per hectare, slightly below the
     five-year average of 81 tonnes. The factory, owned by Brandvik Sugar, processes beet from
     around 1,100 farms within a 60-kilometre radius and employs 240 permanent staff, rising to
     390 during the campaign. Operations manager Lise Tornquist said the campaign was expected to
     last about 130 days. Brandvik Sugar said last month that it would invest 14 million euros in
     a new pulp drying line at the site, to be completed before next season.""",
     """Brandvik Sugar's Holtmere factory will start processing this season's beet on 24
     September, after a wet spring held up sowing across the region. Farmers supplying the plant
     anticipate an average yield of 78 tonnes per hectare, a little under the five-year average
     of 81 tonnes. The factory takes beet from some 1,100 farms within 60 kilometres and has 240
     permanent employees, taking on a further 390 workers for the campaign. Operations manager
     Lise Tornquist said the campaign should last around 130 days. Last month Brandvik announced
     a 14-million-euro investment in a new pulp drying line at the site, due to be finished ahead
     of next season.""",
     errors=[omit("24 September", "minor", "a week later than last year"),
             err("a further 390 workers", "number", "major", "rising to 390")],
     traps=[trap("a little under the five-year average", "slightly below the five-year average"),
            trap("should last around 130 days", "was expected to last about 130 days")])

# --------------------------------------------------------------- cases 11-20
case("mountain huts", "summary", "consistent",
     """The Alpine Club of Vennhaus will close four of its 23 mountain huts for the coming summer
     season while repairs are carried out, the club announced on Monday. The Grauhorn, Kessljoch,
     Brenntal and Wiesfeld huts, which together offer 210 beds, need new roofs and upgraded
     wastewater systems to comply with environmental rules that take effect next year. The work
     is estimated to cost 3.2 million euros, of which the regional government will cover 40
     percent. Hikers who had already booked overnight stays at the affected huts will receive
     full refunds. The club said it would extend opening hours at two nearby huts and add
     temporary bunk rooms to absorb some of the demand. All four huts are scheduled to reopen in
     June next year.""",
     """Four of the Vennhaus Alpine Club's 23 huts - Grauhorn, Kessljoch, Brenntal and Wiesfeld,
     with 210 beds between them - will stay shut this summer for new roofs and wastewater
     upgrades needed to meet environmental rules coming into force next year. The work, estimated
     at €3.2m, will be 40% funded by the regional government. Hikers with bookings at these huts
     will get their money back in full, two nearby huts will open longer and add temporary bunk
     rooms, and the four are due to reopen next June.""",
     traps=[trap("with 210 beds between them", "which together offer 210 beds"),
            trap("estimated at €3.2m", "estimated to cost 3.2 million euros"),
            trap("40% funded by the regional government",
                 "the regional government will cover 40 percent"),
            trap("get their money back in full", "will receive full refunds"),
            trap("next June", "in June next year")])

case("national parks", "translation", "inconsistent",
     """The Ministry of Environment announced on Thursday that the Sierra Ocumare National Park
     will be expanded by 18,000 hectares to include the upper basin of the Tarcal River. The
     decision follows a three-year study that identified the area as a breeding ground for at
     least 11 threatened bird species. Existing grazing rights in the new zone will be respected,
     but no new permits for logging or mining will be granted. Park director Elena Vasconcel said
     visitor numbers could be limited on some trails if pressure on the ecosystem increases. The
     expansion will raise the park's total area to about 96,000 hectares. Environmental groups
     welcomed the announcement but called for more rangers, noting that the park currently has
     only 22.""",
     """On Thursday the Environment Ministry said it would enlarge the Sierra Ocumare National
     Park by 18,000 hectares, bringing in the upper basin of the Tarcal River. The move comes
     after a three-year study found that no fewer than 11 threatened bird species breed in the
     area. Grazing rights already held in the new zone will be honoured, although no new logging
     or mining permits will be issued there. According to park director Elena Vasconcel, visitor
     numbers on some trails will be restricted to ease pressure on the ecosystem. Once expanded,
     the park will cover roughly 96,000 hectares in total. Conservation groups welcomed the news
     but urged the hiring of more rangers, pointing out that there are currently just 22.""",
     errors=[err("will be restricted", "modality", "major", "could be limited")],
     traps=[trap("no fewer than 11 threatened bird species",
                 "at least 11 threatened bird species"),
            trap("roughly 96,000 hectares", "about 96,000 hectares")])

case("wildlife corridors", "rewrite", "consistent",
     """Construction of a wildlife overpass across the R-418 motorway near Dunmere is due to start
     in March, the national roads agency said on Wednesday. The 60-metre-wide bridge, planted
     with shrubs and grass, is designed to reconnect two forest areas divided when the motorway
     opened in 1998. Surveys recorded 86 deer and 14 wild boar killed on that stretch of road over
     the past five years. The project will cost 9.5 million euros and is expected to take 20
     months. Ecologist Maren Holtby, who advised the agency, said similar structures elsewhere had
     reduced collisions by up to 80 percent. Traffic will be restricted to one lane in each
     direction during parts of the work, mainly at night.""",
     """Work on a wildlife bridge over the R-418 motorway near Dunmere is scheduled to begin in
     March, according to an announcement by the national roads agency on Wednesday. Covered with
     shrubs and grass and measuring 60 metres across, the crossing aims to link up two areas of
     forest that were split apart when the motorway was opened in 1998. Over the last five years,
     86 deer and 14 wild boar were killed on that section of road, surveys showed. At a cost of
     €9.5 million, the project is likely to take 20 months to complete. Maren Holtby, an
     ecologist who advised the agency, said comparable crossings in other places had cut
     collisions by as much as 80%. During parts of the work, mostly at night, traffic will be
     limited to a single lane each way.""",
     traps=[trap("is scheduled to begin in March", "is due to start in March"),
            trap("measuring 60 metres across", "60-metre-wide"),
            trap("is likely to take 20 months", "is expected to take 20 months"),
            trap("by as much as 80%", "by up to 80 percent"),
            trap("a single lane each way", "one lane in each direction")])

case("bat surveys", "rewrite", "inconsistent",
     """A survey of bats in the Elmstead Valley has detected nine species, among them the rare
     barbastelle, which had not been recorded in the valley since monitoring began in 2009.
     Volunteers from the Elmstead Bat Group placed acoustic detectors at 35 sites between May and
     August, logging more than 41,000 bat calls. The group's coordinator, Priya Lanchester, said
     the barbastelle recordings suggested a maternity colony might be located in the ancient
     woodland near Cole Farm. The survey also found that activity of common pipistrelles had
     fallen by about a quarter compared with 2019. The results will be shared with the county
     council, which is considering a planning application for 200 homes on land next to the
     woodland.""",
     """Nine bat species, including the rare barbastelle, have been detected in a survey of the
     Elmstead Valley - the first time the barbastelle has been recorded there since monitoring
     started in 2009. Between May and August, Elmstead Bat Group volunteers logged over 41,000
     bat calls on acoustic detectors set up at 35 sites. Priya Lanchester, who coordinates the
     group, said the barbastelle recordings showed that a maternity colony is located in the
     ancient woodland near Cole Farm. Common pipistrelle activity was down by roughly 25% on 2019,
     the survey also found. The findings will be passed to the county council, which is weighing
     a planning application for 200 homes on land beside the woodland.""",
     errors=[err("showed that a maternity colony is located", "modality", "major",
                 "suggested a maternity colony might be located")],
     traps=[trap("down by roughly 25% on 2019",
                 "fallen by about a quarter compared with 2019"),
            trap("is weighing a planning application", "is considering a planning application")])

case("otter recovery", "summary", "inconsistent",
     """Otters have now returned to every major river in the county of Wexham, according to a
     survey published on Tuesday by the Wexham Rivers Trust. Surveyors checked 412 sites for signs
     such as droppings and footprints and found evidence of otters at 318 of them, or 77 percent,
     compared with 31 percent when the last full survey was carried out in 2008. The trust
     credited improvements in water quality and a ban on certain pesticides for the recovery.
     However, it warned that road deaths remained a serious threat, with 47 otters killed on
     county roads last year. The trust's director, Colin Featherby, said the survey had not found
     any evidence of otters on the River Sallow's upper tributaries, and urged landowners there to
     allow fencing and underpasses to be installed near bridges.""",
     """A Wexham Rivers Trust survey published on Tuesday found otters back on every major river
     in the county, with signs at 77 percent of the 318 sites surveyed, up from 31 percent in
     2008 - a recovery the trust credits to cleaner water and a ban on certain pesticides. Road
     deaths remain a serious threat: 47 otters were killed on county roads last year. Director
     Colin Featherby said otters had been detected on the River Sallow's upper tributaries and
     urged landowners there to allow fencing and underpasses near bridges.""",
     errors=[err("318 sites surveyed", "number", "major", "412 sites"),
             err("otters had been detected", "polarity", "major",
                 "had not found any evidence of otters")],
     traps=[trap("a recovery the trust credits to cleaner water",
                 "The trust credited improvements in water quality")])

case("wolf packs", "translation", "consistent",
     """Wildlife authorities in the Dravec Highlands region have confirmed the presence of a
     fourth wolf pack, bringing the estimated number of wolves in the region to between 28 and
     34. The new pack, believed to include six animals, was identified from camera-trap images and
     DNA samples collected during the winter. Regional wildlife officer Tomasz Halerny said the
     wolves mainly feed on deer and wild boar, and that attacks on livestock had fallen last year
     thanks to electric fencing funded by the regional government. Farmers received compensation
     for 37 sheep killed by wolves in 2023, compared with 52 the year before. The authorities plan
     to fit GPS collars to two members of the new pack this spring.""",
     """A fourth wolf pack has been confirmed in the Dravec Highlands region by wildlife
     authorities, who now estimate that 28 to 34 wolves live there. Camera-trap photos and DNA
     samples gathered over the winter led to the identification of the new pack, which is
     thought to number six animals. Deer and wild boar make up most of the wolves' diet,
     according to regional wildlife officer Tomasz Halerny, who added that attacks on livestock
     declined last year thanks to electric fences paid for by the regional government.
     Compensation was paid to farmers for 37 sheep killed by wolves in 2023, down from 52 in the
     previous year. This spring, the authorities intend to put GPS collars on two of the new
     pack's members.""",
     traps=[trap("who now estimate that 28 to 34 wolves live there",
                 "bringing the estimated number of wolves in the region to between 28 and 34"),
            trap("which is thought to number six animals", "believed to include six animals"),
            trap("Deer and wild boar make up most of the wolves' diet",
                 "the wolves mainly feed on deer and wild boar"),
            trap("down from 52 in the previous year", "compared with 52 the year before"),
            trap("intend to put GPS collars on", "plan to fit GPS collars to")])

case("bear sightings", "rewrite", "consistent",
     """Park authorities in the Corrin Valley have closed three hiking trails after a brown bear
     was seen repeatedly near campsites over the past week. The closures affect the Ridge Loop,
     the Falls Trail and the upper section of the Cedar Path, and will remain in place until at
     least Sunday. Rangers said the bear, thought to be a young male, had not shown aggressive
     behaviour but appeared to be attracted by food left out by campers. Visitors have been
     reminded to store all food in the bear-proof lockers provided at each campsite. Chief ranger
     Dana Whitcombe said that if the bear continued to approach people, it might be captured and
     moved to a more remote area of the park. There have been 19 reported sightings in the valley
     since the start of June.""",
     """Three hiking trails in the Corrin Valley have been shut by park authorities following
     repeated sightings of a brown bear near campsites during the past week. The Ridge Loop, the
     Falls Trail and the upper stretch of the Cedar Path are all closed, and will stay that way at
     least until Sunday. According to rangers, the bear - believed to be a young male - has not
     behaved aggressively but seems to have been drawn by food that campers left out. Visitors
     are being reminded to keep all their food in the bear-proof lockers supplied at every
     campsite. Should the bear keep approaching people, it could be caught and relocated to a more
     remote part of the park, chief ranger Dana Whitcombe said. Since the beginning of June, 19
     sightings have been reported in the valley.""",
     traps=[trap("will stay that way at least until Sunday",
                 "will remain in place until at least Sunday"),
            trap("believed to be a young male", "thought to be a young male"),
            trap("Should the bear keep approaching people, it could be caught and relocated",
                 "if the bear continued to approach people, it might be captured and moved"),
            trap("Since the beginning of June", "since the start of June")])

case("mangroves", "rewrite", "inconsistent",
     """The fishing cooperative of Punta Careya has been hired by the environmental group
     Tidewater Alliance to replant 250 hectares of mangroves along the Bahía Soledad coastline.
     Under the contract, signed on 3 February, the cooperative's members will collect seedlings
     and plant them, while the alliance will pay them a daily wage and provide training. Planting
     will begin once the rainy season ends in May. The project is funded by a 2.1 million dollar
     grant from the Meridian Coastal Fund and will run until 2027. Around 40 percent of the bay's
     mangroves were cleared between 1990 and 2015, mostly to make way for shrimp ponds. Alliance
     coordinator Lucía Ferrandiz said healthy mangroves protect the coast from storms and serve as
     nurseries for fish, which ultimately benefits the fishermen themselves.""",
     """Punta Careya's fishing cooperative has hired the environmental group Tidewater Alliance to
     replant 250 hectares of mangroves on the Bahía Soledad coast. The contract, signed on 3
     February, provides for the cooperative's members to gather and plant seedlings, with the
     alliance paying them a daily wage and training them. Planting is set to get under way before
     the rainy season in May. Backed by a $2.1m grant from the Meridian Coastal Fund, the project
     will continue until 2027. Some two-fifths of the bay's mangroves were cleared between 1990
     and 2015, largely for shrimp ponds. Healthy mangroves shield the coast from storms and act as
     nurseries for fish, which in the end benefits the fishermen themselves, said Lucía
     Ferrandiz, the alliance's coordinator.""",
     errors=[err("Punta Careya's fishing cooperative has hired the environmental group Tidewater "
                 "Alliance", "role", "critical",
                 "The fishing cooperative of Punta Careya has been hired by the environmental "
                 "group Tidewater Alliance"),
             err("before the rainy season", "date", "major", "once the rainy season ends")],
     traps=[trap("Some two-fifths of the bay's mangroves", "Around 40 percent of the bay's mangroves"),
            trap("a $2.1m grant", "a 2.1 million dollar grant")])

case("seagrass", "summary", "consistent",
     """Scientists at the Kelbrook Marine Institute have successfully restored 4.5 hectares of
     seagrass meadow in Marrow Sound, three years after planting began. The team sowed around 1.2
     million seeds collected by hand from healthy meadows elsewhere along the coast. Monitoring
     showed that shoot density in the restored areas has reached about 60 percent of that in
     natural meadows. The institute said seagrass stores carbon up to 35 times faster than
     tropical rainforest per hectare and provides shelter for juvenile fish such as cod and
     pollack. Project leader Dr Imogen Tallis said the next phase would aim to restore a further
     10 hectares by 2028, subject to funding. Boat moorings that scar the seabed remain the
     biggest threat to the meadows, the institute added.""",
     """Three years after planting started, Kelbrook Marine Institute scientists have restored 4.5
     hectares of seagrass in Marrow Sound from roughly 1.2 million hand-collected seeds, with
     shoot density now around 60% of that in natural meadows. Dr Imogen Tallis, who leads the
     project, said the next phase would aim to restore another 10 hectares by 2028, funding
     permitting. The institute named boat moorings, which scar the seabed, as the main threat to
     the meadows.""",
     traps=[trap("roughly 1.2 million hand-collected seeds",
                 "around 1.2 million seeds collected by hand"),
            trap("around 60% of that in natural meadows", "about 60 percent of that in natural meadows"),
            trap("funding permitting", "subject to funding"),
            trap("the main threat", "the biggest threat")])

case("oyster farming", "translation", "inconsistent",
     """Oyster farmers in the Baie de Corvel have lost around a third of their young oysters this
     summer after an outbreak of herpesvirus, according to the regional shellfish committee. The
     committee's president, Gérard Lemaillot, said water temperatures above 19 degrees in June
     had favoured the spread of the virus. About 140 farms are affected. The committee has asked
     the regional council for emergency aid, and a decision is expected next month. Lemaillot
     said the losses would not affect oysters sold this Christmas, as these were farmed from older
     stock, but that supply could be tight in two to three years. Several farms are now testing
     oyster strains bred at the Saint-Ivel research station to be more resistant to the virus.""",
     """According to the regional shellfish committee, oyster farmers in the Baie de Corvel lost
     around one in three of their young oysters this summer following an outbreak of herpesvirus,
     the worst such outbreak in a decade. The spread of the virus was encouraged by water
     temperatures exceeding 19 degrees in June, said committee president Gérard Lemaillot. Some
     140 farms have been hit. The committee has been asked by the regional council to provide
     emergency aid, with a decision due next month. Oysters on sale this Christmas will not be
     affected by the losses, Lemaillot said, because they come from older stock, though supply
     may be short in two to three years' time. A number of farms are now trialling oyster strains
     bred at the Saint-Ivel research station for greater resistance to the virus.""",
     errors=[err("the worst such outbreak in a decade", "addition", "minor", None),
             err("The committee has been asked by the regional council", "role", "major",
                 "The committee has asked the regional council")],
     traps=[trap("around one in three of their young oysters",
                 "around a third of their young oysters"),
            trap("supply may be short", "supply could be tight")])

# --------------------------------------------------------------- cases 21-30
case("mussel beds", "rewrite", "consistent",
     """Fishing for mussels in the Sarne estuary will be suspended from 1 November for at least six
     months to allow depleted beds to recover, the regional fisheries authority announced on
     Friday. A survey in August found that the area covered by mussel beds had shrunk to 310
     hectares, less than half the 680 hectares recorded in 2016. The authority blamed a
     combination of overfishing, storm damage and predation by starfish. The ban applies to both
     commercial and recreational harvesting. Around 25 licensed fishing boats will be affected,
     and their owners will be eligible for compensation of up to 18,000 euros each. Fisheries
     officer Jonas Wetterlund said the beds would be surveyed again in April before any decision
     to reopen the fishery.""",
     """The regional fisheries authority said on Friday that mussel fishing in the Sarne estuary
     will be halted for a minimum of six months from 1 November so that depleted beds can recover.
     An August survey found that mussel beds had shrunk to 310 hectares, under half of the 680
     hectares recorded in 2016. Overfishing, storm damage and starfish predation were together to
     blame, the authority said. Both commercial and recreational harvesting are covered by the
     ban. Owners of the roughly 25 licensed fishing boats affected can claim compensation of as
     much as €18,000 each. The beds will be surveyed again in April, before any decision is taken
     on reopening the fishery, fisheries officer Jonas Wetterlund said.""",
     traps=[trap("for a minimum of six months", "for at least six months"),
            trap("under half of the 680 hectares", "less than half the 680 hectares"),
            trap("Overfishing, storm damage and starfish predation were together to blame",
                 "The authority blamed a combination of overfishing, storm damage and predation by "
                 "starfish"),
            trap("compensation of as much as €18,000 each",
                 "compensation of up to 18,000 euros each")])

case("trout hatcheries", "rewrite", "inconsistent",
     """The Glenrannoch trout hatchery will release 60,000 young brown trout into the River Arlan
     and its tributaries this spring, the Arlan Angling Association said. The fish, raised from
     eggs collected from wild trout in the river last autumn, will be released at 24 sites between
     late March and mid-April. The association said using local wild stock helped preserve the
     genetic makeup of the river's trout population. The hatchery, which is run by volunteers, was
     upgraded last year with a new filtration system paid for by a £45,000 lottery grant.
     Association secretary Morag Kilbride said catches on the Arlan had declined steadily over the
     past decade, and that the stocking programme was one of several measures, alongside a
     catch-and-release rule introduced in 2022.""",
     """This spring the Glenrannoch hatchery will put 60,000 young brown trout into the River Arlan
     and its tributaries, according to the Arlan Angling Association. Reared from eggs taken from
     the river's wild trout last autumn, the fish will be released at 24 sites from late March to
     mid-April. Using local wild stock helps protect the genetic makeup of the Arlan's trout, the
     association said. Run by volunteers, the hatchery was rebuilt last year with a £45,000
     lottery grant, which also paid for a new filtration system. Morag Kilbride, the
     association's secretary, said catches on the Arlan had fallen steadily over the last ten
     years, and that stocking was one of several measures, alongside a catch-and-release rule
     brought in during 2022.""",
     errors=[err("was rebuilt", "event", "minor", "was upgraded")],
     traps=[trap("over the last ten years", "over the past decade"),
            trap("brought in during 2022", "introduced in 2022")])

case("salmon runs", "summary", "inconsistent",
     """The number of wild Atlantic salmon returning to the River Tollan to spawn fell to 1,840
     this year, the lowest count since records began in 1985, according to figures released on
     Monday by the Tollan Fisheries Board. The board's fish counter at Drumloch weir recorded an
     average of about 4,500 salmon a year during the 1990s. Board chairman Alistair Rennick said
     warmer river temperatures and poor survival at sea were the main causes. However, Fiona
     Garvell, a biologist at the University of Strathmore, said that predation by seals at the
     river mouth had been underestimated and deserved further study. The board has asked anglers
     to release all salmon they catch and will plant 15,000 trees along the riverbanks over the
     next three years to shade the water.""",
     """Only 1,840 wild Atlantic salmon returned to spawn in the River Tollan this year, the fewest
     since records began in 1985 and well below the roughly 4,500 a year counted in the 1990s, the
     Tollan Fisheries Board said. Chairman Alistair Rennick blamed warmer river temperatures and
     poor survival at sea. He also said seal predation at the river mouth had been underestimated
     and deserved further study. The board has urged anglers to release every salmon they catch
     and will plant 15,000 trees along the banks within three years to shade the river.""",
     errors=[err("He also said", "attribution", "major",
                 "Fiona Garvell, a biologist at the University of Strathmore, said")],
     traps=[trap("the fewest since records began in 1985",
                 "the lowest count since records began in 1985"),
            trap("within three years", "over the next three years")])

case("river dredging", "translation", "consistent",
     """Dredging of the River Mesk between the port of Altenhaven and the Kellin lock will begin in
     October and last around five months, the waterways authority announced on Wednesday. The
     work is intended to restore a navigable depth of 3.5 metres, which has been reduced by silt
     deposits to as little as 2.8 metres in some places. As a result, cargo barges have had to sail
     with only two-thirds of their normal load. About 400,000 cubic metres of sediment will be
     removed and, after testing for contamination, used to raise farmland along the river. The
     cost of 22 million euros will be shared by the federal government and the state. Shipping
     will continue during the work, although short closures of individual sections cannot be ruled
     out.""",
     """The waterways authority said on Wednesday that dredging of the Mesk between Altenhaven
     port and the Kellin lock will start in October and take about five months. The aim is to
     bring the channel back to a navigable depth of 3.5 metres; in places silt has reduced it to
     just 2.8 metres, forcing cargo barges to carry only two-thirds of their usual load. Some
     400,000 cubic metres of sediment are to be dredged up and, once checked for contamination,
     used to raise the level of farmland beside the river. The federal and state governments will
     share the €22 million cost. Vessels will be able to keep using the river while the work goes
     on, though brief closures of particular sections are possible.""",
     traps=[trap("take about five months", "last around five months"),
            trap("forcing cargo barges to carry only two-thirds of their usual load",
                 "cargo barges have had to sail with only two-thirds of their normal load"),
            trap("Some 400,000 cubic metres", "About 400,000 cubic metres"),
            trap("The federal and state governments will share the €22 million cost",
                 "The cost of 22 million euros will be shared by the federal government and the "
                 "state"),
            trap("brief closures of particular sections are possible",
                 "short closures of individual sections cannot be ruled out")])

case("harbour pilots", "rewrite", "consistent",
     """Port of Calderwick pilots will begin using a new pilot boat, the Sea Warden, from next
     month, replacing a vessel that has been in service for 31 years. The 17-metre boat, built by
     the Orrin shipyard at a cost of £2.4 million, has a top speed of 25 knots and is designed to
     transfer pilots to ships in waves of up to four metres. Harbour master Gwen Pardoe said the
     old boat could not operate safely in heavy seas, which had forced the port to delay some ship
     arrivals during winter storms. Calderwick's 14 pilots guide around 3,200 vessel movements a
     year through the port's narrow approach channel. The old boat will be sold.""",
     """From next month, pilots at the Port of Calderwick will start using the Sea Warden, a new
     pilot boat that replaces one that has served for 31 years. Built by the Orrin shipyard for
     £2.4m, the 17-metre vessel can reach 25 knots and is designed to put pilots aboard ships in
     waves as high as four metres. The previous boat was unable to work safely in heavy seas,
     harbour master Gwen Pardoe said, which had forced the port to hold back some ship arrivals
     during winter storms. Each year the port's 14 pilots steer roughly 3,200 vessel movements
     through its narrow approach channel. The old vessel is to be sold.""",
     traps=[trap("for £2.4m", "at a cost of £2.4 million"),
            trap("can reach 25 knots", "has a top speed of 25 knots"),
            trap("in waves as high as four metres", "in waves of up to four metres"),
            trap("roughly 3,200 vessel movements", "around 3,200 vessel movements"),
            trap("is to be sold", "will be sold")])

case("tugboats", "rewrite", "inconsistent",
     """Tug crews at the port of Hallingford will hold a 48-hour strike starting on Friday, the
     Maritime Workers' Union said, after talks with operator Brisk Towage over pay and rest
     periods broke down. The union said its 86 members had rejected a 3.5 percent pay offer. Brisk
     Towage, which operates nine of the port's eleven tugs, said it was disappointed and that it
     remained open to further talks. Port authority chief executive Martin Oyelaran warned that
     large container ships might have to wait outside the port during the strike, as they cannot
     berth safely without tug assistance. The remaining two tugs are operated by Kestrel Marine,
     whose crews are not involved in the dispute.""",
     """The Maritime Workers' Union has called a two-day strike by tug crews at the port of
     Hallingford from Friday, after pay and rest-period negotiations with operator Brisk Towage
     collapsed. According to the union, its 86 members turned down a pay offer of 3.5%. Brisk
     Towage, which runs nine of the port's eleven tugs, said it was disappointed but still open to
     more talks. Martin Oyelaran, chief executive of Brisk Towage, warned that large container
     ships will have to wait outside the port while the strike lasts, since they cannot berth
     safely without tugs. The port's other two tugs are run by Kestrel Marine, whose crews are not
     part of the dispute.""",
     errors=[err("Brisk Towage", "entity", "major", "Port authority", occ=2),
             err("will have to wait", "modality", "major", "might have to wait")],
     traps=[trap("a two-day strike", "a 48-hour strike"),
            trap("turned down a pay offer of 3.5%", "had rejected a 3.5 percent pay offer")])

case("shipbreaking", "summary", "consistent",
     """The shipbreaking yard at Ravensholm has been granted a licence to dismantle vessels under
     new rules that require ships to be broken up on sealed concrete floors rather than on open
     beaches, the national environment agency said. The yard, operated by Dellacourt Recycling,
     spent 38 million dollars over two years building three concrete dry berths, a wastewater
     treatment plant and a storage facility for asbestos and other hazardous materials. It
     expects to handle up to 20 ships a year and employ about 650 workers, many of whom previously
     worked at beach-based yards that have since closed. The agency said inspectors would visit
     the yard at least four times a year. Environmental campaigners welcomed the licence but said
     independent monitoring of worker health was still needed.""",
     """Dellacourt Recycling's shipbreaking yard at Ravensholm has been licensed under new rules
     requiring ships to be dismantled on sealed concrete floors instead of open beaches. After a
     two-year, $38m investment in three concrete dry berths, wastewater treatment and
     hazardous-materials storage, it expects to break up as many as 20 ships a year and employ
     roughly 650 workers. Inspectors will visit at least quarterly; campaigners welcomed the
     licence but still want independent monitoring of worker health.""",
     traps=[trap("has been licensed", "has been granted a licence"),
            trap("a two-year, $38m investment", "spent 38 million dollars over two years"),
            trap("as many as 20 ships a year", "up to 20 ships a year"),
            trap("roughly 650 workers", "about 650 workers"),
            trap("at least quarterly", "at least four times a year")])

case("dry docks", "translation", "inconsistent",
     """The Ferralto shipyard has reopened its largest dry dock after an 11-month renovation
     costing 27 million euros, the company said on Monday. The dock, 320 metres long, can now
     accommodate cruise ships and large tankers, which it could not do before the work. The first
     vessel to use it, a 290-metre cruise ship, arrived on Sunday for a three-week maintenance
     period. Managing director Carla Benvenzi said the shipyard had already received bookings for
     the dock through the end of next year. The renovation included new gates, more powerful pumps
     that can empty the dock in five hours instead of nine, and a system to collect paint residue.
     No jobs were lost during the closure, as workers were transferred to other parts of the
     yard.""",
     """On Monday the Ferralto shipyard announced that its biggest dry dock is back in operation
     following eleven months of renovation at a cost of €27 million. Measuring 320 metres in
     length, the dock can now take cruise ships and large tankers, as it did before the work. A
     290-metre cruise ship became the first vessel to use it when it arrived on Sunday for three
     weeks of maintenance. According to managing director Carla Benvenzi, the yard already has
     bookings for the dock running to the end of next year. The work involved installing new
     gates, a paint-residue collection system and stronger pumps able to drain the dock in five
     hours rather than nine. Nobody lost their job during the closure because staff were moved to
     other areas of the yard.""",
     errors=[err("as it did before the work", "polarity", "major",
                 "which it could not do before the work")],
     traps=[trap("following eleven months of renovation at a cost of €27 million",
                 "after an 11-month renovation costing 27 million euros"),
            trap("in five hours rather than nine", "in five hours instead of nine"),
            trap("Nobody lost their job", "No jobs were lost")])

case("naval museums", "rewrite", "consistent",
     """The Portwyn Naval Museum will open a new gallery on 19 June dedicated to the submarine
     Tarrant, which served from 1961 to 1989. The gallery will display the vessel's periscope,
     control panels and more than 300 personal items donated by former crew members and their
     families. Museum director Hugh Lassiter said the project had taken four years and cost £3.6
     million, most of which came from a heritage lottery grant. Admission to the gallery will be
     included in the standard museum ticket of £14. Around 40 former crew members are expected to
     attend the opening ceremony. The museum, which drew 185,000 visitors last year, hopes the
     gallery will help it reach 200,000 by 2026.""",
     """A new gallery devoted to the submarine Tarrant, in service between 1961 and 1989, opens at
     the Portwyn Naval Museum on 19 June. On show will be the boat's periscope and control panels,
     along with over 300 personal belongings given by former crew and their families. The project
     took four years and cost £3.6m, mostly funded by a heritage lottery grant, according to
     museum director Hugh Lassiter. Visitors will be able to see the gallery as part of the
     standard £14 museum ticket. Some 40 ex-crew members are expected at the opening ceremony.
     Having welcomed 185,000 visitors last year, the museum hopes the new gallery will help lift
     that figure to 200,000 by 2026.""",
     traps=[trap("in service between 1961 and 1989", "which served from 1961 to 1989"),
            trap("over 300 personal belongings", "more than 300 personal items"),
            trap("mostly funded by a heritage lottery grant",
                 "most of which came from a heritage lottery grant"),
            trap("Visitors will be able to see the gallery as part of the standard £14 museum "
                 "ticket", "Admission to the gallery will be included in the standard museum "
                 "ticket of £14"),
            trap("Some 40 ex-crew members", "Around 40 former crew members")])

case("submarine cables", "rewrite", "inconsistent",
     """A new submarine telecommunications cable linking the island of Sorrel Key to the mainland
     is expected to enter service in the second quarter of next year, the island's government
     said on Thursday. The 410-kilometre cable, being laid by the cable ship Northern Weave, will
     provide up to 20 terabits per second of capacity, around 40 times more than the island's
     existing cable. The project costs 68 million dollars, of which 45 million is being provided
     by a development bank loan. Digital affairs minister Leona Castries said the island had
     suffered three lengthy internet outages in the past two years when its only cable was
     damaged, once by a ship's anchor. The old cable will be kept as a backup.""",
     """The government of Sorrel Key said on Thursday that a new undersea telecommunications cable
     connecting the island to the mainland should be in service in the second quarter of next
     year. Being laid by the cable ship Northern Weave, the 410-km cable will deliver as much as
     20 terabits per second, roughly 40 times the capacity of the island's current cable. The
     project costs $68m. According to digital affairs minister Leona Castries, the island has
     suffered three lengthy internet outages over the past two years when its only cable was
     damaged, on one occasion by a ship's anchor. The existing cable will be retained as a
     backup.""",
     errors=[omit("$68m", "minor", "of which 45 million is being provided by a development bank loan")],
     traps=[trap("should be in service", "is expected to enter service"),
            trap("as much as 20 terabits per second", "up to 20 terabits per second"),
            trap("on one occasion by a ship's anchor", "once by a ship's anchor")])

# --------------------------------------------------------------- cases 31-40
case("satellite launches", "summary", "inconsistent",
     """The private launch company Heliant Aerospace successfully placed two Earth observation
     satellites into orbit on Tuesday, after two earlier attempts were called off because of high
     winds. The rocket lifted off from the Marrow Point spaceport at 06:42 local time, and both
     satellites separated from the upper stage about 58 minutes later. The satellites, built for
     the agricultural data firm Cropview, will photograph farmland to help estimate crop yields
     and detect drought. Heliant chief executive Ines Thornbury said the company planned four
     more launches before the end of the year. It was Heliant's sixth successful launch since its
     first flight in 2021.""",
     """Heliant Aerospace placed two Earth observation satellites into orbit on Tuesday, after two
     earlier attempts were called off because of high winds. The rocket lifted off from Marrow
     Point at 06:42 local time; the satellites, built for Cropview, will photograph farmland to
     help estimate crop yields and detect drought. Chief executive Ines Thornbury said four more
     launches were planned by the end of next year. It was Heliant's sixth successful launch since
     its 2021 debut, after two earlier attempts were called off because of high winds.""",
     errors=[err("by the end of next year", "date", "major", "before the end of the year"),
             err("after two earlier attempts were called off because of high winds",
                 "repetition", "minor", None, occ=1)],
     traps=[trap("since its 2021 debut", "since its first flight in 2021")])

case("weather balloons", "translation", "consistent",
     """The national meteorological service will reduce the number of weather balloon launches at
     three of its eleven upper-air stations from two a day to one, starting in January, because of
     a shortage of helium and rising costs. The balloons carry instruments known as radiosondes,
     which measure temperature, humidity and wind as they rise to altitudes of around 30
     kilometres. The service said forecast accuracy was not expected to be significantly
     affected, as data from satellites and commercial aircraft would help fill the gaps. The
     stations concerned are Kovany, Belmir and Ostrel. The service is also testing hydrogen as an
     alternative to helium at one station, a change that would cut the cost of each launch by
     about 70 percent.""",
     """Starting in January, the national weather service will cut weather balloon launches from
     twice daily to once a day at three of its eleven upper-air stations, citing a helium shortage
     and higher costs. The balloons carry instruments called radiosondes that record temperature,
     humidity and wind while climbing to roughly 30 kilometres. The service does not expect any
     significant impact on forecast accuracy because data from satellites and commercial aircraft
     will help plug the gaps. The three stations are Kovany, Belmir and Ostrel. At one station,
     the service is also trialling hydrogen in place of helium, a switch that would lower the cost
     of each launch by around 70 percent.""",
     traps=[trap("from twice daily to once a day", "from two a day to one"),
            trap("does not expect any significant impact on forecast accuracy",
                 "forecast accuracy was not expected to be significantly affected"),
            trap("roughly 30 kilometres", "around 30 kilometres"),
            trap("trialling hydrogen in place of helium",
                 "testing hydrogen as an alternative to helium"),
            trap("by around 70 percent", "by about 70 percent")])

case("drone deliveries", "rewrite", "consistent",
     """Pharmacy chain Medora will begin delivering prescriptions by drone to 12 villages in the
     Hollin Hills district from 1 March, following approval from the civil aviation authority. The
     drones, operated by the logistics firm Skyvane, can carry packages of up to 2.5 kilograms and
     fly at a maximum of 120 metres above ground. Deliveries will take around 20 minutes, compared
     with up to two hours by road. The service will operate on weekdays between 8am and 6pm and
     only in suitable weather. Medora said the six-month trial would cost about £400,000, half of
     which will be paid by the regional health board. Residents will not be charged for the
     deliveries.""",
     """From 1 March, prescriptions will be flown by drone to 12 villages in the Hollin Hills
     district by the pharmacy chain Medora, after the civil aviation authority gave its approval.
     Operated by the logistics company Skyvane, the drones can carry parcels weighing as much as
     2.5 kg and fly no higher than 120 metres above ground. A delivery will take roughly 20
     minutes, against as long as two hours by road. Flights will run from 8am to 6pm on weekdays,
     weather permitting. The six-month trial will cost about £400,000, according to Medora, with
     the regional health board covering 50% of that. Deliveries will be free for residents.""",
     traps=[trap("prescriptions will be flown by drone",
                 "will begin delivering prescriptions by drone"),
            trap("as much as 2.5 kg", "up to 2.5 kilograms"),
            trap("weather permitting", "only in suitable weather"),
            trap("with the regional health board covering 50% of that",
                 "half of which will be paid by the regional health board"),
            trap("Deliveries will be free for residents",
                 "Residents will not be charged for the deliveries")])

case("air traffic control", "rewrite", "inconsistent",
     """Air traffic control at Bramwell airport will move to a new digital tower on the night of
     14 November, the national air navigation service, Aeronav, said. Controllers will no longer
     work from the existing 1970s control tower but from a centre 90 kilometres away, using
     high-definition cameras mounted on a mast beside the runway. To allow the switchover, no
     flights will operate between midnight and 5am that night. Aeronav said the system had been
     tested for 18 months in parallel with the existing tower and that controllers had completed
     more than 600 hours of training. The old tower will be demolished next year. Bramwell
     handles about 110 flights a day.""",
     """On the night of 14 November, Bramwell airport's air traffic control will switch to a new
     digital tower, according to Aeronav, the national air navigation service. Instead of the
     existing control tower, which dates from the 1970s, controllers will be based at a centre 90
     km away and rely on high-definition cameras fixed to a mast next to the runway. No flights
     will operate from midnight to 5am that night so the changeover can take place. Aeronav said
     the system had been tested for 18 months alongside the current tower and that controllers
     had completed over 600 hours of training. The old tower will be knocked down later this
     year. The airport handles roughly 110 flights a day.""",
     errors=[err("later this year", "date", "minor", "next year")],
     traps=[trap("which dates from the 1970s", "the existing 1970s control tower"),
            trap("from midnight to 5am", "between midnight and 5am"),
            trap("over 600 hours of training", "more than 600 hours of training")])

case("runway repairs", "summary", "consistent",
     """Eastlow airport will close its only runway overnight for six weeks from 3 March while the
     surface is resurfaced, airport operator Eastlow Airports Ltd said on Tuesday. The runway will
     be shut between 11pm and 6am each night, meaning about 14 late-evening and early-morning
     flights a week will be rescheduled. Airlines have been informed and passengers with affected
     bookings will be contacted directly. The £11 million project will replace 45,000 square
     metres of asphalt and install new energy-efficient LED runway lights. Operations director
     Raj Mehendra said daytime flights would not be affected and that the work had been timed to
     avoid the busy summer season. The runway was last resurfaced in 2009.""",
     """Eastlow airport's only runway will close from 11pm to 6am nightly for six weeks from 3
     March for an £11m resurfacing that will replace 45,000 square metres of asphalt and add LED
     lighting, moving some 14 flights a week. Daytime flights will not be affected, said
     operations director Raj Mehendra, and the work was timed to avoid the summer peak.
     Passengers with affected bookings will be contacted directly.""",
     traps=[trap("from 11pm to 6am nightly", "between 11pm and 6am each night"),
            trap("an £11m resurfacing", "The £11 million project"),
            trap("some 14 flights a week",
                 "about 14 late-evening and early-morning flights a week"),
            trap("the summer peak", "the busy summer season")])

case("baggage handling", "translation", "inconsistent",
     """A fault in the baggage sorting system at Halden airport on Saturday left around 2,300
     suitcases behind, the airport operator said. The problem began at about 5am, when a software
     update caused the conveyor system in Terminal 2 to stop. Staff sorted luggage by hand for
     several hours, but many passengers had to fly without their bags. The system was fully
     working again by early afternoon. The operator said most of the bags had been delivered to
     their owners by Monday evening, and the remaining ones would follow within days. Airline
     Nordair, which was most affected, said it would reimburse passengers for essential purchases
     of up to 150 euros. The manufacturer of the system, Trelloway Systems, is investigating the
     cause.""",
     """On Saturday a breakdown of the baggage sorting system at Halden airport meant that about
     2,300 suitcases were left behind, according to the airport operator. The trouble started at
     around 5am, when a power failure brought the Terminal 2 conveyor system to a halt. For
     several hours staff sorted the luggage by hand, yet many passengers had to depart without
     their bags. By early afternoon the system was back in full operation. Most of the bags had
     reached their owners by Monday evening, the operator said, and the rest would be delivered
     in the coming days. Nordair, the airline hardest hit, said it would refund passengers up to
     150 euros for essential purchases. The cause is being investigated by the airport
     operator.""",
     errors=[err("a power failure", "event", "major", "a software update"),
             err("the airport operator", "entity", "major",
                 "The manufacturer of the system, Trelloway Systems", occ=1)],
     traps=[trap("the airline hardest hit", "which was most affected"),
            trap("in the coming days", "within days")])

case("airline catering", "rewrite", "consistent",
     """Airline caterer SkyTable has opened a new production kitchen near Fenwick airport that
     will prepare up to 28,000 meals a day, the company said on Wednesday. The 9,000-square-metre
     facility cost 52 million euros and replaces two older kitchens, which will close by the end
     of June. SkyTable said the new site would create 180 jobs in addition to the 620 staff
     transferring from the old kitchens. The company supplies meals to 14 airlines, including its
     largest customer, Aurelia Airways. Managing director Petra Voss said the kitchen used 30
     percent less energy than the sites it replaces and had been designed to cut food waste. Meals
     will be delivered to aircraft by a fleet of 40 electric trucks.""",
     """SkyTable, an airline caterer, said on Wednesday it had opened a new production kitchen
     close to Fenwick airport capable of preparing as many as 28,000 meals daily. Built for €52
     million, the 9,000 m² site takes over from two older kitchens, both of which are to close by
     the end of June. Alongside the 620 employees moving across from the old kitchens, the new
     facility will create 180 jobs, SkyTable said. The company caters for 14 airlines, its
     largest customer being Aurelia Airways. According to managing director Petra Voss, the
     kitchen uses 30% less energy than the sites it replaces and was designed to reduce food
     waste. A fleet of 40 electric trucks will carry the meals to aircraft.""",
     traps=[trap("as many as 28,000 meals daily", "up to 28,000 meals a day"),
            trap("Built for €52 million", "cost 52 million euros"),
            trap("Alongside the 620 employees moving across from the old kitchens",
                 "in addition to the 620 staff transferring from the old kitchens"),
            trap("30% less energy", "30 percent less energy"),
            trap("A fleet of 40 electric trucks will carry the meals to aircraft",
                 "Meals will be delivered to aircraft by a fleet of 40 electric trucks")])

case("duty free", "rewrite", "inconsistent",
     """Duty-free retailer Travelmart reported sales of 1.4 billion dollars for the first half of
     the year, up 18 percent from the same period last year, as passenger numbers at the airports
     where it operates continued to recover. Spending per passenger rose 6 percent, driven by
     demand for fragrances, cosmetics and luxury watches. Sales of tobacco fell for the third year
     in a row. The company, which runs 230 shops at 41 airports, said it would open 15 new stores
     in the second half, including its first outlets in South America. Chief executive Leonard
     Ashby said the company expected full-year sales to exceed 2.9 billion dollars. Travelmart's
     shares rose 4 percent on the news.""",
     """Travelmart, the duty-free retailer, posted first-half sales of $1.4bn, 18% higher than a
     year earlier, as passenger traffic at the airports where it trades kept recovering. Spending
     per passenger rose 18%, helped by demand for fragrances, cosmetics and luxury watches.
     Tobacco sales fell for a third consecutive year. The group operates 230 shops across 41
     airports and plans to open 15 more stores in the second half, among them its first in South
     America. Tobacco sales fell for a third consecutive year. Chief executive Leonard Ashby said
     the company expected full-year sales to top $2.9bn. The shares gained 4% on the news.""",
     errors=[err("rose 18%", "number", "major", "rose 6 percent"),
             err("Tobacco sales fell for a third consecutive year.", "repetition", "minor", None,
                 occ=1)],
     traps=[trap("18% higher than a year earlier", "up 18 percent from the same period last year"),
            trap("for a third consecutive year", "for the third year in a row"),
            trap("to top $2.9bn", "to exceed 2.9 billion dollars")])

case("scouting", "summary", "inconsistent",
     """The Harland County Scout Council has taken over the running of the Pinecrest activity
     centre from the Harland Woodland Trust, which had managed the site since 1974. Under a
     25-year lease signed last week, the scouts will pay a nominal rent of £1 a year but must
     spend at least £600,000 on repairs to the centre's lodges, climbing tower and boathouse
     within five years. County commissioner Janet Oldroyd said the centre would remain open to
     schools and other youth groups, not only scouts. About 11,000 young people used Pinecrest
     last year. The council plans to recruit 60 additional volunteer leaders to run activities at
     the site.""",
     """Harland's scouts have handed the Pinecrest activity centre over to the Harland Woodland
     Trust under a 25-year lease signed last week. The scouts will pay a nominal £1 a year in rent
     but must spend at least £600,000 repairing the lodges, climbing tower and boathouse within
     five years. The centre, used by about 11,000 young people last year, will stay open to
     schools and other youth groups, and 60 extra volunteer leaders are to be recruited.""",
     errors=[err("Harland's scouts have handed the Pinecrest activity centre over to the Harland "
                 "Woodland Trust", "role", "critical",
                 "The Harland County Scout Council has taken over the running of the Pinecrest "
                 "activity centre from the Harland Woodland Trust")],
     traps=[trap("a nominal £1 a year in rent", "a nominal rent of £1 a year"),
            trap("60 extra volunteer leaders", "60 additional volunteer leaders")])

case("summer camps", "translation", "consistent",
     """The city of Valdrenne will offer 1,500 free places at its summer day camps this year for
     children from low-income families, twice as many as last year, the municipal youth
     department announced. The camps, for children aged six to fourteen, will run for seven weeks
     from 8 July at 18 sites, including schools, sports centres and two lakeside parks. Activities
     will include swimming lessons, theatre workshops and nature walks, and a hot lunch will be
     provided every day. Families can register online or at town hall offices until 14 June.
     Deputy mayor Claire Ondorat said the city had increased the camps' budget by 40 percent, to
     2.8 million euros, and would hire 220 seasonal youth workers.""",
     """Valdrenne's municipal youth department has announced that, this year, the city's summer
     day camps will offer 1,500 free places for children from families on low incomes - double
     last year's number. Open to six- to fourteen-year-olds, the camps will operate at 18 sites,
     among them schools, sports centres and two lakeside parks, for seven weeks starting on 8
     July. There will be swimming lessons, theatre workshops and nature walks, with a hot lunch
     served daily. Registration is open online or at town hall offices until 14 June. Deputy mayor
     Claire Ondorat said the budget for the camps had been raised by 40 percent to 2.8 million
     euros and that 220 seasonal youth workers would be taken on.""",
     traps=[trap("double last year's number", "twice as many as last year"),
            trap("Open to six- to fourteen-year-olds", "for children aged six to fourteen"),
            trap("with a hot lunch served daily", "a hot lunch will be provided every day"),
            trap("had been raised by 40 percent", "had increased the camps' budget by 40 percent"),
            trap("would be taken on", "would hire")])

# ------------------------------------------------------- build and validation
def find_occ(hay, needle, occ):
    """Start offset of the occ-th (0-based) occurrence of needle in hay."""
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            raise ValueError("not found (occurrence %d): %r" % (occ, needle))
    return pos


def cuts_word(text, start, end):
    """True if [start, end) begins or ends inside a word."""
    def inside(i):
        return 0 < i < len(text) and text[i - 1].isalnum() and text[i].isalnum()
    return inside(start) or inside(end)


def nwords(s):
    return len(s.split())


def build():
    problems = []
    records = []
    for n, c in enumerate(CASES, 1):
        cid = "s33-%03d" % n
        ref, cand = c["reference"], c["candidate"]

        def bad(msg):
            problems.append("%s (%s): %s" % (cid, c["domain"], msg))

        errors, traps, spans = [], [], []
        for e in c["errors"]:
            try:
                if e["kind"] == "omit":
                    a = find_occ(cand, e["after"], e["occ"])
                    start = end = a + len(e["after"])
                    text = ""
                else:
                    start = find_occ(cand, e["text"], e["occ"])
                    end = start + len(e["text"])
                    text = e["text"]
            except ValueError as ex:
                bad("error span " + str(ex))
                continue
            assert cand[start:end] == text
            if e["type"] not in ERROR_TYPES:
                bad("bad error type %r" % e["type"])
            if e["severity"] not in SEVERITIES:
                bad("bad severity %r" % e["severity"])
            if cuts_word(cand, start, end):
                bad("error span cuts a word: %r" % text)
            rt = e["ref_text"]
            if e["type"] in ("addition", "repetition"):
                if rt is not None:
                    bad("%s must have ref_text null" % e["type"])
            else:
                if not rt or rt not in ref:
                    bad("ref_text not in reference: %r" % rt)
            if e["type"] == "omission":
                if c["mode"] == "summary":
                    bad("omission in a summary")
                if start != end or text != "":
                    bad("omission must be zero-width")
                if rt and rt.lower() in cand.lower():
                    bad("omitted words present in candidate: %r" % rt)
            else:
                if start == end:
                    bad("empty non-omission span")
                if rt is not None and text == rt:
                    bad("error text identical to ref_text: %r" % text)
            if e["type"] == "repetition" and cand.find(text) >= start:
                bad("repetition span is not a later copy: %r" % text)
            if e["type"] == "addition" and text in ref:
                bad("addition text occurs in reference: %r" % text)
            errors.append({"start": start, "end": end, "text": text, "type": e["type"],
                           "severity": e["severity"], "ref_text": rt})
            spans.append((start, end, "error", text))
        for tr in c["traps"]:
            try:
                start = find_occ(cand, tr["text"], tr["occ"])
            except ValueError as ex:
                bad("trap " + str(ex))
                continue
            end = start + len(tr["text"])
            if cuts_word(cand, start, end):
                bad("trap cuts a word: %r" % tr["text"])
            if tr["ref_text"] not in ref:
                bad("trap ref_text not in reference: %r" % tr["ref_text"])
            if tr["text"] == tr["ref_text"]:
                bad("trap identical to reference wording: %r" % tr["text"])
            traps.append({"start": start, "end": end, "text": tr["text"],
                          "ref_text": tr["ref_text"]})
            spans.append((start, end, "trap", tr["text"]))
        # no overlaps (a zero-width omission may not sit strictly inside a span)
        spans.sort()
        for i in range(len(spans)):
            for j in range(i + 1, len(spans)):
                a, b = spans[i], spans[j]
                if a[0] == a[1] or b[0] == b[1]:
                    z, o = (a, b) if a[0] == a[1] else (b, a)
                    if o[0] < z[0] < o[1]:
                        bad("omission point inside span %r" % (o[3],))
                elif a[0] < b[1] and b[0] < a[1]:
                    bad("overlapping spans %r / %r" % (a[3], b[3]))
        # per-pair constraints
        if c["mode"] not in ("rewrite", "summary", "translation"):
            bad("bad mode")
        if c["domain"] not in DOMAINS:
            bad("domain not in list")
        rw = nwords(ref)
        if not 70 <= rw <= 190:
            bad("reference has %d words" % rw)
        if c["mode"] == "summary" and not (nwords(cand) < rw and len(cand) < len(ref)):
            bad("summary not shorter than reference")
        if c["label"] == "consistent":
            if errors:
                bad("consistent pair with errors")
            if not 3 <= len(traps) <= 5:
                bad("consistent pair needs 3-5 traps, has %d" % len(traps))
        elif c["label"] == "inconsistent":
            if not errors:
                bad("inconsistent pair without errors")
            if len(traps) > 3:
                bad("inconsistent pair has %d traps" % len(traps))
        else:
            bad("bad label")
        for s in (ref, cand):
            if "  " in s or s != s.strip():
                bad("stray whitespace")
        errors.sort(key=lambda e: (e["start"], e["end"]))
        traps.sort(key=lambda x: (x["start"], x["end"]))
        records.append({"id": cid, "domain": c["domain"], "mode": c["mode"],
                        "reference": ref, "candidate": cand, "label": c["label"],
                        "errors": errors, "traps": traps})

    # set-level composition
    if len(records) != 40:
        problems.append("expected 40 pairs, got %d" % len(records))
    doms = [r["domain"] for r in records]
    if len(set(doms)) != len(doms) or set(doms) != set(DOMAINS):
        problems.append("domains must be the 40 listed, each used once")
    ml = Counter((r["mode"], r["label"]) for r in records)
    want = {("rewrite", "consistent"): 10, ("rewrite", "inconsistent"): 10,
            ("summary", "consistent"): 5, ("summary", "inconsistent"): 5,
            ("translation", "consistent"): 5, ("translation", "inconsistent"): 5}
    if dict(ml) != want:
        problems.append("mode/label mix wrong: %s" % dict(ml))
    types = Counter(e["type"] for r in records for e in r["errors"])
    if sum(types.values()) != 30:
        problems.append("expected 30 errors, got %d" % sum(types.values()))
    for ty in ERROR_TYPES:
        if types[ty] < 2:
            problems.append("error type %s used %d times" % (ty, types[ty]))
    return records, problems


def summary_lines(records):
    out = []
    out.append("pairs: %d" % len(records))
    out.append("by mode: %s" % dict(Counter(r["mode"] for r in records)))
    out.append("by label: %s" % dict(Counter(r["label"] for r in records)))
    out.append("by mode/label: %s" % {"%s/%s" % k: v for k, v in sorted(
        Counter((r["mode"], r["label"]) for r in records).items())})
    errs = [e for r in records for e in r["errors"]]
    out.append("errors: %d" % len(errs))
    out.append("by type: %s" % {t_: Counter(e["type"] for e in errs)[t_] for t_ in ERROR_TYPES})
    out.append("by severity: %s" % dict(Counter(e["severity"] for e in errs)))
    out.append("errors per inconsistent pair: %s" % dict(Counter(
        len(r["errors"]) for r in records if r["label"] == "inconsistent")))
    out.append("traps: %d (consistent %d, inconsistent %d)" % (
        sum(len(r["traps"]) for r in records),
        sum(len(r["traps"]) for r in records if r["label"] == "consistent"),
        sum(len(r["traps"]) for r in records if r["label"] == "inconsistent")))
    return out


def main():
    records, problems = build()
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        sys.exit(1)
    for line in summary_lines(records):
        print(line)
    if "--check" in sys.argv[1:]:
        print("check only: all validations passed, nothing written")
        return
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set33.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(records), path))


if __name__ == "__main__":
    main()
