#!/usr/bin/env python3
"""Held-out evaluation set 54 for a reference-vs-candidate fact-comparison tool.

How it was made: every pair was hand-written by a helper that saw no code or data
of the project, working only from a short written brief. All people, companies,
organisations, places and figures are invented (real countries appear only as
background). The texts are held here as Python data; every character offset is
computed by string search (never typed by hand) and the whole set is validated
before /work/heldout/set54/set54.jsonl is written.

Composition (40 pairs, one domain each):
  - 20 rewrites (10 consistent, 10 inconsistent)
  - 10 summaries (5 consistent, 5 inconsistent)
  - 10 translations (5 consistent, 5 inconsistent; both texts are independent
    English translations of the same non-English story)
  - 30 errors in the 20 inconsistent pairs (10 pairs with one error, 10 with two):
    entity 3, number 4, date 3, role 3, polarity 3, modality 3, attribution 2,
    event 3, omission 2, addition 2, repetition 2
  - consistent pairs carry 3-5 traps (faithful rewordings), inconsistent pairs 0-3.

Usage:
  python3 make_set54.py          # validate and write set54.jsonl
  python3 make_set54.py --check  # validate only, write nothing
"""
import json
import os
import random
import sys

N = 54
OUT_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set54.jsonl")

DOMAINS = [
    "seaside donkeys", "shadow puppets", "chili cook-offs", "therapy ponies",
    "semaphore", "seal pup counts", "sandbag stations", "holy wells",
    "hill figures", "treasure inquests", "milk rounds", "knife sharpening",
    "wig makers", "carp lakes", "mussel farms", "railway clocks",
    "left luggage", "lollipop wardens", "exam invigilators", "tug of war",
    "mummers plays", "nativity plays", "seagull nuisance", "heron colonies",
    "nightingale surveys", "ladybird counts", "cactus societies",
    "mustard mills", "tide mills", "jellied eels", "candyfloss",
    "pickled onions", "harbour seals", "stoolball", "stone skimming",
    "coal carrying races", "pinfolds", "milestones", "telephone kiosks",
    "cattle grids",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]


def E(text, type_, severity, ref_text, occ=0):
    """An error span: `text` is quoted from the candidate (occurrence `occ`)."""
    return {"kind": "span", "text": text, "type": type_, "severity": severity,
            "ref_text": ref_text, "occ": occ}


def O(ref_text, severity, after=None, before=None, occ=0):
    """An omission: zero-width point just after / just before an anchor string."""
    return {"kind": "omission", "text": "", "type": "omission",
            "severity": severity, "ref_text": ref_text, "after": after,
            "before": before, "occ": occ}


def T(text, ref_text, occ=0):
    """A trap: faithful rewording in the candidate of `ref_text` in the reference."""
    return {"text": text, "ref_text": ref_text, "occ": occ}


CASES = []


def case(domain, mode, label, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "label": label,
                  "reference": reference, "candidate": candidate,
                  "errors": list(errors), "traps": list(traps)})


# ---------------------------------------------------------------------------
# Rewrites, consistent
# ---------------------------------------------------------------------------
case("seaside donkeys", "rewrite", "consistent",
     "Donkey rides on Marlow Sands will resume on 1 May after the borough council renewed the operator's "
     "licence for a further three years. Fenwick Bay Donkeys, run by the Aldous family since 1952, keeps 14 "
     "animals on a farm two miles inland and brings them to the beach each morning during the season. Under "
     "the new licence terms, each donkey may work no more than six hours a day and must be rested every "
     "Friday. Riders will be limited to children under 12 weighing less than 51 kilograms. Council leisure "
     "officer Prue Halloway said the conditions had been agreed with the operator and followed advice from an "
     "independent vet. Rides will cost £4, unchanged from last year.",
     "The borough council has renewed the licence of Fenwick Bay Donkeys for another three years, meaning "
     "rides on Marlow Sands can restart on 1 May. The business, which the Aldous family has operated since "
     "1952, keeps its 14 donkeys on a farm two miles from the coast and takes them down to the beach every "
     "morning in season. The renewed licence caps each animal's working day at six hours and requires a rest "
     "day every Friday. Only children younger than 12 and under 51kg will be allowed to ride. According to "
     "Prue Halloway, the council's leisure officer, the conditions were agreed with the operator on the advice "
     "of an independent vet. At £4, the price of a ride is the same as last year.",
     traps=[T("another three years", "a further three years"),
            T("caps each animal's working day at six hours", "may work no more than six hours a day"),
            T("younger than 12 and under 51kg", "under 12 weighing less than 51 kilograms"),
            T("the same as last year", "unchanged from last year")])

case("shadow puppets", "rewrite", "consistent",
     "The Lantern Hall Shadow Theatre in Brackwater has received a grant of £180,000 from the Northmere Arts "
     "Trust to restore its collection of more than 400 leather puppets, some of which date from the 1890s. The "
     "theatre's director, Osric Vane, said the money would fund two conservators for 18 months and pay for a "
     "climate-controlled store. Around a quarter of the puppets are currently too fragile to be used in "
     "performances. The theatre, which stages about 90 shows a year, expects to reopen its restored Victorian "
     "screen to the public in the spring of next year. Vane said the trust's support had come at a critical "
     "moment, as humidity in the existing store had damaged several figures last winter.",
     "A £180,000 grant from the Northmere Arts Trust will allow the Lantern Hall Shadow Theatre in Brackwater "
     "to restore its collection of over 400 leather puppets, a number of them made in the 1890s. Director "
     "Osric Vane said the funding would cover two conservators for a year and a half, as well as a "
     "climate-controlled store. Roughly 25% of the puppets are at present too fragile to perform with. The "
     "theatre puts on some 90 shows annually and expects its restored Victorian screen to reopen to the public "
     "next spring. Vane described the trust's backing as arriving at a critical moment, noting that humidity in "
     "the current store damaged several figures last winter.",
     traps=[T("a year and a half", "18 months"),
            T("Roughly 25%", "Around a quarter"),
            T("some 90 shows annually", "about 90 shows a year"),
            T("next spring", "in the spring of next year")])

case("chili cook-offs", "rewrite", "consistent",
     "A retired firefighter from Dunholt has won the Great Western Chili Cook-Off for the second time in four "
     "years. Walter Peaseley, 67, beat 38 other finalists at Saturday's event in Carrow Park with a beef and "
     "black bean chili that judges described as 'balanced rather than brutal'. Organisers said about 6,500 "
     "people attended, up from 5,000 last year, and that the event raised £22,400 for the Dunholt Burns Unit. "
     "The contest's heat rating round was won by Ines Marwick, a chemistry teacher, whose entry used a pepper "
     "grown in her own greenhouse. Next year's cook-off has been provisionally scheduled for 14 June.",
     "Walter Peaseley, a 67-year-old retired firefighter from Dunholt, took the Great Western Chili Cook-Off "
     "title at Carrow Park on Saturday, his second win in four years. His beef and black bean chili, which the "
     "judges called 'balanced rather than brutal', saw off 38 rival finalists. Around 6,500 people came, "
     "compared with 5,000 last year, according to the organisers, who said £22,400 had been raised for the "
     "Dunholt Burns Unit. Chemistry teacher Ines Marwick won the heat rating round with an entry made from a "
     "pepper grown in her own greenhouse. The organisers have pencilled in 14 June for next year's cook-off.",
     traps=[T("his second win in four years", "for the second time in four years"),
            T("saw off 38 rival finalists", "beat 38 other finalists"),
            T("compared with 5,000 last year", "up from 5,000 last year"),
            T("have pencilled in 14 June", "has been provisionally scheduled for 14 June")])

case("therapy ponies", "rewrite", "consistent",
     "Two miniature ponies will begin visiting patients on the children's ward at St Ebba's Hospital in "
     "Colbridge next month under a six-month pilot scheme. The ponies, Pippin and Marigold, belong to the "
     "charity Hoofprints, which has carried out more than 300 visits to care homes since it was founded in "
     "2016. Hospital managers said the animals would visit every other Wednesday and would not enter isolation "
     "rooms or the high-dependency unit. Each visit will last no longer than 90 minutes. The charity's founder, "
     "Greta Lowdell, said staff would assess whether the visits reduced anxiety among young patients before "
     "any decision was made to extend the scheme. The pilot is being funded by a £9,000 donation from a local "
     "building society.",
     "Starting next month, patients on the children's ward at St Ebba's Hospital in Colbridge will be visited "
     "by two miniature ponies as part of a pilot that will run for six months. Pippin and Marigold are owned by "
     "Hoofprints, a charity set up in 2016 that has since made over 300 care home visits. According to "
     "hospital managers, the ponies will come once a fortnight on Wednesdays and will stay out of isolation "
     "rooms and the high-dependency unit. No visit will exceed an hour and a half. Greta Lowdell, who founded "
     "the charity, said that before any decision on extending the scheme, staff would assess whether the "
     "visits eased anxiety in young patients. A local building society is paying for the pilot with a £9,000 "
     "donation.",
     traps=[T("once a fortnight on Wednesdays", "every other Wednesday"),
            T("No visit will exceed an hour and a half", "Each visit will last no longer than 90 minutes"),
            T("over 300 care home visits", "more than 300 visits to care homes"),
            T("A local building society is paying for the pilot", "The pilot is being funded by")])

case("semaphore", "rewrite", "consistent",
     "The Royal Coastal Signalling Society has launched a campaign to have flag semaphore taught in every sea "
     "cadet unit by 2027, warning that the skill could otherwise disappear within a generation. A survey by the "
     "society found that only 31 of the 120 units it contacted still included semaphore in their training. "
     "Society chairman Bernard Ockley said semaphore remained a useful backup when radios failed and was 'a "
     "living link to two centuries of seafaring'. The campaign will provide free instruction packs and a "
     "series of online videos. The Sea Cadet Association said it welcomed the initiative but that decisions on "
     "training were a matter for individual units.",
     "Flag semaphore could vanish within a generation unless it is taught in every sea cadet unit, the Royal "
     "Coastal Signalling Society has warned as it launched a drive to achieve exactly that by 2027. Of the 120 "
     "units the society contacted, just 31 still taught semaphore. Bernard Ockley, who chairs the society, "
     "argued that it was still valuable as a fallback if radios broke down, calling it 'a living link to two "
     "centuries of seafaring'. Free instruction packs and a set of online videos will be offered as part of "
     "the campaign. While welcoming the initiative, the Sea Cadet Association said individual units decided "
     "their own training.",
     traps=[T("just 31 still taught semaphore", "only 31 of the 120 units it contacted still included semaphore in their training"),
            T("as a fallback if radios broke down", "a useful backup when radios failed"),
            T("who chairs the society", "Society chairman"),
            T("individual units decided their own training", "decisions on training were a matter for individual units")])

case("seal pup counts", "rewrite", "consistent",
     "Rangers on the Skerrin Islands recorded 1,412 grey seal pups during this year's autumn count, a rise of "
     "9 per cent on last year and the highest figure since monitoring began in 1981. The count, carried out by "
     "six rangers over ten weeks, was hampered by storms in late October that prevented landings for eight "
     "days. Senior ranger Moira Gelling said that pup mortality appeared lower than usual, although the final "
     "figures would not be available until February. Visitors are reminded that the islands' beaches remain "
     "closed to the public from 1 September to 15 December each year to protect the colony.",
     "This year's autumn count on the Skerrin Islands found 1,412 grey seal pups, 9% more than last year and "
     "the most since records started in 1981. Storms in late October made landings impossible for eight days, "
     "hampering the ten-week survey by a team of six rangers. Pup deaths seemed to be lower than normal, said "
     "senior ranger Moira Gelling, though final figures will not be available until February. To protect the "
     "colony, the islands' beaches stay shut to visitors every year between 1 September and 15 December.",
     traps=[T("9% more than last year", "a rise of 9 per cent on last year"),
            T("the most since records started in 1981", "the highest figure since monitoring began in 1981"),
            T("Pup deaths seemed to be lower than normal", "pup mortality appeared lower than usual"),
            T("stay shut to visitors", "remain closed to the public")])

case("sandbag stations", "rewrite", "consistent",
     "Hexley District Council has opened five self-service sandbag stations ahead of heavy rain forecast for "
     "the weekend. The stations, at Mill Lane, Brook Green, the Ferry car park, Upper Tanning and the Kestrel "
     "Road depot, each hold about 800 filled bags. Residents may take up to ten bags per household, and the "
     "council has asked people to collect only what they need. The Environment Office has issued flood alerts "
     "for the River Sallow and the Cawl Brook, and warned that river levels could peak on Sunday evening. "
     "Council leader Janet Orme said crews would restock the stations twice a day while the alerts remained in "
     "force. Vulnerable residents who cannot collect bags can call the council's emergency line.",
     "Five self-service sandbag stations have been set up by Hexley District Council before the heavy rain "
     "forecast this weekend. Each of the stations, at Mill Lane, Brook Green, the Ferry car park, Upper "
     "Tanning and the Kestrel Road depot, holds around 800 filled bags. Households are limited to ten bags "
     "each, and the council is urging people to take no more than they need. The Environment Office has put "
     "flood alerts in place for the River Sallow and the Cawl Brook, warning that river levels may peak on "
     "Sunday evening. Crews will top up the stations two times daily for as long as the alerts are in force, "
     "council leader Janet Orme said. Vulnerable residents unable to collect bags can phone the council's "
     "emergency line.",
     traps=[T("have been set up by Hexley District Council", "Hexley District Council has opened"),
            T("limited to ten bags each", "up to ten bags per household"),
            T("may peak on Sunday evening", "could peak on Sunday evening"),
            T("two times daily", "twice a day")])

case("holy wells", "rewrite", "consistent",
     "A medieval holy well at Kilbrannoch has been given protected status by the national heritage agency "
     "after a two-year campaign by local historians. St Ninnoc's Well, which is thought to date from the 12th "
     "century, was restored by volunteers in 2019 but had no legal protection. The listing means that any work "
     "on the well or the surrounding stone enclosure will now require consent. The Kilbrannoch History Group, "
     "which led the campaign, said the well had been visited by pilgrims until the early 1900s. Its secretary, "
     "Ellen Macfarlane, said the group hoped to hold a blessing ceremony at the site in August, subject to "
     "agreement with the landowner.",
     "Following a campaign lasting two years by local historians, the national heritage agency has granted "
     "protected status to a medieval holy well at Kilbrannoch. St Ninnoc's Well, believed to have been built "
     "in the 12th century, was restored by volunteers in 2019, but it was not legally protected. Now that it "
     "is listed, consent will be needed for any work on the well or the stone enclosure around it. Pilgrims "
     "visited the well until the early 1900s, according to the Kilbrannoch History Group, which spearheaded the "
     "campaign. The group hopes to hold a blessing ceremony there in August if the landowner agrees, said its "
     "secretary, Ellen Macfarlane.",
     traps=[T("believed to have been built in the 12th century", "thought to date from the 12th century"),
            T("it was not legally protected", "had no legal protection"),
            T("spearheaded the campaign", "led the campaign"),
            T("if the landowner agrees", "subject to agreement with the landowner")])

case("hill figures", "rewrite", "consistent",
     "Volunteers will spend three weekends in July re-chalking the Hardown Horse, the 60-metre hill figure "
     "above the village of Lesser Cobb. The figure, first recorded in 1778, is re-chalked roughly every seven "
     "years to stop grass obscuring its outline. About 40 tonnes of crushed chalk will be carried up the slope "
     "by hand, as vehicles are not allowed on the protected grassland. The work is being organised by the "
     "Friends of the Hardown Horse and funded by a £15,000 grant from the county council. Chairman Peter "
     "Stallard said anyone over 16 could volunteer, but that the work was physically demanding and places were "
     "limited to 120.",
     "The Hardown Horse, a 60-metre hill figure overlooking the village of Lesser Cobb, is to be re-chalked by "
     "volunteers over three weekends in July. First recorded in 1778, the horse is given a fresh coat of chalk "
     "approximately once every seven years so that grass does not obscure its outline. Since vehicles are "
     "banned from the protected grassland, some 40 tonnes of crushed chalk will have to be carried up the "
     "slope by hand. The Friends of the Hardown Horse are organising the project, which the county council is "
     "funding with a £15,000 grant. Anyone older than 16 can take part, chairman Peter Stallard said, though "
     "the work is physically demanding and only 120 places are available.",
     traps=[T("approximately once every seven years", "roughly every seven years"),
            T("vehicles are banned from", "vehicles are not allowed on"),
            T("Anyone older than 16 can take part", "anyone over 16 could volunteer"),
            T("only 120 places are available", "places were limited to 120")])

case("treasure inquests", "rewrite", "consistent",
     "A hoard of 27 silver coins found by a metal detectorist in a field near Wexcombe has been declared "
     "treasure at an inquest. Assistant coroner Linda Farrant heard that the coins, which date from the reign "
     "of Edward III, were discovered in March last year by Graham Tulley, a retired postman. Experts at the "
     "county museum said the coins were probably buried in the 1350s, possibly during an outbreak of plague. "
     "The Wexcombe Museum has said it wants to acquire the hoard, which will now be valued by an independent "
     "committee. Any reward will be split equally between Mr Tulley and the landowner.",
     "An inquest has ruled that 27 silver coins unearthed by a metal detectorist in a field near Wexcombe are "
     "treasure. The hearing, before assistant coroner Linda Farrant, was told that retired postman Graham "
     "Tulley found the Edward III-era coins in March last year. According to specialists at the county "
     "museum, the hoard was likely buried in the 1350s, perhaps at the time of a plague outbreak. An "
     "independent committee will now value the coins, which the Wexcombe Museum has said it would like to "
     "acquire. Mr Tulley and the landowner will share any reward fifty-fifty.",
     traps=[T("the Edward III-era coins", "date from the reign of Edward III"),
            T("was likely buried in the 1350s, perhaps at the time of a plague outbreak",
              "were probably buried in the 1350s, possibly during an outbreak of plague"),
            T("An independent committee will now value the coins", "will now be valued by an independent committee"),
            T("share any reward fifty-fifty", "Any reward will be split equally")])


# ---------------------------------------------------------------------------
# Rewrites, inconsistent
# ---------------------------------------------------------------------------
case("milk rounds", "rewrite", "inconsistent",
     "Dairy firm Pellow & Sons is to restart doorstep milk deliveries in the market town of Ashgrove, eight "
     "years after its last round there closed. The company said demand for glass bottles had grown steadily, "
     "with more than 650 households registering interest through its website since January. Deliveries will "
     "be made three mornings a week by two electric floats, and customers will be able to order eggs, bread "
     "and orange juice as well as milk. Managing director Colin Pellow said the round would need at least 400 "
     "regular customers to break even. The first deliveries are scheduled for 3 March.",
     "Pellow & Sons is bringing back doorstep milk deliveries in Ashgrove, six years after the dairy's last "
     "round in the market town shut. Demand for milk in glass bottles has been growing steadily, the company "
     "said, and over 650 households have signed up online to express interest since January. Two electric "
     "floats will deliver three mornings a week, and as well as milk, customers will be able to order eggs, "
     "bread and orange juice. Managing director Colin Pellow said the round would need 400 regular customers "
     "to break even. Deliveries are due to start on 3 March.",
     errors=[E("six years", "number", "major", "eight years"),
             O("at least", "minor", before="400 regular customers")],
     traps=[T("signed up online to express interest", "registering interest through its website")])

case("knife sharpening", "rewrite", "inconsistent",
     "A mobile knife-sharpening business has been bought by a Dunmoor cutlery maker in a deal that its founder "
     "says will secure the service for another generation. Keen Edge, set up by Tomas Rudd in 2009, visits "
     "more than 200 restaurants across the north of England in three converted vans. It has been acquired by "
     "Halvard Steelworks for an undisclosed sum. Mr Rudd, 61, will stay on as a consultant for two years, and "
     "all eight of Keen Edge's staff will keep their jobs. Halvard said it planned to add a fourth van next "
     "year and extend the service to butchers' shops.",
     "Keen Edge, the mobile knife-sharpening business founded by Tomas Rudd in 2009, has acquired Halvard "
     "Steelworks, a Dunmoor cutlery maker, for an undisclosed sum. Operating three converted vans, Keen Edge "
     "serves upwards of 200 restaurants across the north of England. Mr Rudd, 61, said the deal would secure "
     "the service for another generation. He will remain as a consultant for two years, and none of Keen "
     "Edge's eight employees will lose their jobs. Halvard plans to add a fourth van next year and to extend "
     "the service to butchers' shops.",
     errors=[E("Keen Edge, the mobile knife-sharpening business founded by Tomas Rudd in 2009, has acquired "
               "Halvard Steelworks", "role", "critical", "It has been acquired by Halvard Steelworks")],
     traps=[T("upwards of 200 restaurants", "more than 200 restaurants"),
            T("remain as a consultant", "stay on as a consultant"),
            T("none of Keen Edge's eight employees will lose their jobs",
              "all eight of Keen Edge's staff will keep their jobs")])

case("wig makers", "rewrite", "inconsistent",
     "Corlin & Webb, one of the last makers of horsehair court wigs in the country, may have to close its "
     "workshop by the end of the year unless it can find two new apprentices, its owner has warned. The firm, "
     "founded in 1836, makes around 150 wigs annually for barristers and judges, each taking up to 40 hours to "
     "complete. Owner Harriet Webb, 58, said the craft required at least four years of training and that none "
     "of her three current staff was under 55. A city livery company has offered to fund one apprenticeship, "
     "and applications close on 30 September.",
     "Corlin & Webb, among the last firms in the country still making horsehair court wigs, will close its "
     "workshop by the end of the year unless it recruits two new apprentices, its owner has warned. Founded in "
     "1863, the firm produces about 150 wigs a year for judges and barristers, with each one taking as long as "
     "40 hours to make. Harriet Webb, the 58-year-old owner, said the craft took a minimum of four years to "
     "learn and that none of her three employees was younger than 55. A city livery company has offered to pay "
     "for one apprenticeship, and applications close on 30 September.",
     errors=[E("will close", "modality", "major", "may have to close"),
             E("1863", "date", "minor", "1836")],
     traps=[T("as long as 40 hours", "up to 40 hours"),
            T("a minimum of four years to learn", "at least four years of training"),
            T("younger than 55", "under 55")])

case("carp lakes", "rewrite", "inconsistent",
     "Anglers have been told to stop fishing at Brindle Mere after dozens of dead carp were found floating near "
     "the northern bank last week. The Mere Angling Club, which leases the 12-acre lake, said it had closed the "
     "water as a precaution. The Environment Office said early tests pointed to low oxygen levels caused by an "
     "algal bloom during the recent hot spell, rather than pollution. Club secretary Derek Fallon said more "
     "than 60 fish had died, including a 19-kilogram mirror carp known to members as 'Old Rufus'. The club "
     "hopes to reopen the lake within a month if oxygen levels recover.",
     "Fishing at Brindle Mere has been halted after dozens of dead carp were spotted floating by the northern "
     "bank last week. The Mere Angling Club, which leases the 12-acre lake, said it had shut the water as a "
     "precaution. According to the club, early tests pointed to low oxygen levels caused by an algal bloom in "
     "the recent hot weather rather than pollution. Club secretary Derek Fallon said more than 60 fish had "
     "died, among them a 19-kilogram mirror carp that members call 'Old Rufus'. The club hopes the lake can "
     "reopen within a month if oxygen levels recover.",
     errors=[E("According to the club", "attribution", "major", "The Environment Office said")],
     traps=[T("had shut the water", "had closed the water"),
            T("that members call 'Old Rufus'", "known to members as 'Old Rufus'")])

case("mussel farms", "rewrite", "inconsistent",
     "A mussel farm in Carrick Loch has suspended harvesting after routine tests detected a toxin produced by "
     "algae in shellfish samples. Loch Carrick Shellfish, which employs 14 people, said no mussels from the "
     "affected beds had been sold since the samples were taken on Monday. The Food Standards Office has issued "
     "a temporary closure notice covering 3.5 square kilometres of the loch. Harvesting can only resume after "
     "two consecutive weekly tests come back clear. Operations manager Fiona Dunnet said the closure was "
     "frustrating but that such blooms were becoming more common in late summer. The company produces about "
     "300 tonnes of rope-grown mussels a year.",
     "Harvesting has been halted at a Carrick Loch mussel farm after routine testing found an algal toxin in "
     "shellfish samples. Loch Carrick Shellfish, which has a workforce of 14, said all mussels sold from the "
     "affected beds since Monday's sampling were being recalled. A temporary closure notice from the Food "
     "Standards Office covers 5.3 square kilometres of the loch, and harvesting can only restart once two "
     "weekly tests in a row are clear. Operations manager Fiona Dunnet described the closure as frustrating, "
     "saying such blooms were increasingly common in late summer. The firm grows around 300 tonnes of mussels "
     "on ropes each year.",
     errors=[E("all mussels sold from the affected beds since Monday's sampling were being recalled", "event",
               "major", "no mussels from the affected beds had been sold"),
             E("5.3 square kilometres", "number", "major", "3.5 square kilometres")],
     traps=[T("which has a workforce of 14", "which employs 14 people"),
            T("two weekly tests in a row are clear", "two consecutive weekly tests come back clear"),
            T("grows around 300 tonnes of mussels on ropes each year",
              "produces about 300 tonnes of rope-grown mussels a year")])

case("railway clocks", "rewrite", "inconsistent",
     "The restored clock at Fennick Junction station will be switched back on at 11am on Saturday, almost 40 "
     "years after it stopped. The four-faced clock, made by a local firm in 1889, was removed in 1986 when the "
     "station's booking hall was converted into offices. It was rediscovered in a storage depot two years ago "
     "and restored by volunteers from the Fennick Railway Heritage Trust at a cost of £26,000. Trust chairman "
     "Arthur Bellamy said the mechanism had been fitted with an electric winder so that it would no longer "
     "need to be wound by hand each week. The clock will be unveiled by the town's mayor, Cllr Susan Pryor.",
     "Almost 40 years after it stopped, the clock at Fennick Junction station will be restarted at 11am on "
     "Sunday following its restoration. The four-faced clock, made by a local firm in 1889, was taken down in "
     "1986 when the station's booking hall was turned into offices. Volunteers from the Fennick Railway "
     "Heritage Trust restored it at a cost of £26,000 after it was rediscovered in a storage depot two years "
     "ago. An electric winder has been fitted, so the mechanism no longer needs winding by hand every week, "
     "said trust chairman Arthur Bellamy. The clock, made by a local firm in 1889, will be unveiled by the "
     "town's mayor, Cllr Susan Pryor.",
     errors=[E("Sunday", "date", "major", "Saturday"),
             E("made by a local firm in 1889", "repetition", "minor", None, occ=1)],
     traps=[T("will be restarted", "will be switched back on"),
            T("taken down in 1986", "removed in 1986"),
            T("turned into offices", "converted into offices")])

case("left luggage", "rewrite", "inconsistent",
     "Left-luggage lockers will return to Calder Street bus station next month, more than 20 years after they "
     "were removed on security grounds. The operator, Stowbox, will install 48 lockers in the main concourse, "
     "with prices starting at £5 for up to four hours. Bags will be screened by staff before being stored, and "
     "lockers will not be available overnight. The station's owner, Calder Transit, said the move followed "
     "repeated requests from tourists and from students travelling between the city's two universities. A "
     "similar scheme at Norbridge station has been running since 2021 without any security incidents.",
     "More than two decades after they were taken out for security reasons, left-luggage lockers are coming "
     "back to Calder Street bus station next month. Stowbox, the operator, is putting 48 lockers into the main "
     "concourse, with prices from £5 for a maximum of four hours. Staff will screen bags before they are "
     "stored, and the lockers will be available overnight. Calder Transit, which owns the station, said it was "
     "responding to repeated requests from tourists and from students travelling between the city's two "
     "universities. Norbridge station has operated a similar scheme since 2021 with no security incidents.",
     errors=[E("will be available overnight", "polarity", "major", "will not be available overnight")],
     traps=[T("More than two decades", "more than 20 years"),
            T("for a maximum of four hours", "for up to four hours"),
            T("with no security incidents", "without any security incidents")])

case("lollipop wardens", "rewrite", "inconsistent",
     "Parents at Holm Lane Primary School have started a petition after the county council announced plans to "
     "withdraw the school's lollipop warden in April. The council says traffic surveys found fewer than 30 "
     "children a day now cross at the site, below its threshold of 40. Headteacher Rachel Oduya said the "
     "crossing on Station Road was used by pupils from two schools and that a pedestrian had been injured there "
     "last year. The petition had gathered more than 1,100 signatures by Thursday. The council's highways "
     "committee will review the decision at its next meeting on 12 February.",
     "Parents at Holm Lane Primary School have launched a petition against county council plans to remove the "
     "school's lollipop warden in April. According to the council, traffic surveys show fewer than 30 children "
     "a day now cross there, short of its threshold of 40. Headteacher Rachel Oduya pointed out that pupils "
     "from two schools use the Station Road crossing and that a pedestrian was hurt there last year. By "
     "Thursday, more than 1,100 people had signed the petition, which will be handed to the council's "
     "transport secretary. The decision will be reviewed by the council's planning committee when it next "
     "meets on 12 February.",
     errors=[E("which will be handed to the council's transport secretary", "addition", "minor", None),
             E("planning committee", "entity", "major", "highways committee")],
     traps=[T("short of its threshold of 40", "below its threshold of 40"),
            T("a pedestrian was hurt there", "a pedestrian had been injured there"),
            T("more than 1,100 people had signed the petition",
              "The petition had gathered more than 1,100 signatures")])

case("exam invigilators", "rewrite", "inconsistent",
     "Schools in the Pendry district are struggling to recruit exam invigilators ahead of the summer exam "
     "season, according to a survey by the local headteachers' association. Of the 34 secondary schools that "
     "responded, 22 said they had fewer invigilators than they needed, and nine said teachers might have to "
     "supervise exams themselves. Invigilators are paid £11.50 an hour and typically work for about six weeks "
     "a year. The association's chair, Martin Kessel, said many long-serving invigilators had retired since the "
     "pandemic. The district council said it would advertise the roles on its jobs website from next week.",
     "Schools in the Pendry district are having trouble finding exam invigilators before the summer exam "
     "season, a survey by the local headteachers' association has found. Twenty-two of the 34 secondary "
     "schools that replied said they were short of invigilators, and nine said teachers might have to "
     "supervise exams themselves. Invigilators earn £11.50 an hour and usually work around six weeks a year. "
     "Martin Kessel, who chairs the association, said many long-serving invigilators had retired. The district "
     "council said it would advertise the roles on its jobs website from next week.",
     errors=[O("since the pandemic", "minor", after="long-serving invigilators had retired")],
     traps=[T("were short of invigilators", "had fewer invigilators than they needed"),
            T("earn £11.50 an hour", "are paid £11.50 an hour"),
            T("who chairs the association", "The association's chair")])

case("tug of war", "rewrite", "inconsistent",
     "The Brackenfold Young Farmers beat the Tilsey Police Club in the final of the county tug of war "
     "championship on Sunday, ending the police team's run of four consecutive titles. The eight-man "
     "Brackenfold team, whose combined weight was capped at 640 kilograms under competition rules, won the "
     "final by two pulls to one. Team captain Owen Prothero said the squad had trained three evenings a week "
     "since February. Sixteen teams took part in the championship, which was held at Tilsey showground and "
     "watched by about 2,000 spectators. Brackenfold will now represent the county at the national "
     "championships in August.",
     "Tilsey Police Club defeated the Brackenfold Young Farmers in Sunday's final of the county tug of war "
     "championship, ending a run of four straight titles. Under competition rules, the combined weight of the "
     "eight-man Brackenfold team was capped at 640 kilograms, and the final was settled by two pulls to one. "
     "Team captain Owen Prothero said the squad had trained three evenings a week since February. Eighteen "
     "teams competed at Tilsey showground in front of roughly 2,000 spectators. Brackenfold will now go on to "
     "represent the county at the national championships in August.",
     errors=[E("Tilsey Police Club defeated the Brackenfold Young Farmers", "role", "critical",
               "The Brackenfold Young Farmers beat the Tilsey Police Club"),
             E("Eighteen teams", "number", "minor", "Sixteen teams")],
     traps=[T("four straight titles", "four consecutive titles"),
            T("roughly 2,000 spectators", "about 2,000 spectators")])


# ---------------------------------------------------------------------------
# Summaries, consistent
# ---------------------------------------------------------------------------
case("mummers plays", "summary", "consistent",
     "The Gorsey Mummers will perform their traditional Boxing Day play in the market square at Upper Hennick "
     "for the 150th consecutive year, organisers have confirmed. The troupe, which has never missed a year "
     "since it was formed in 1875, even performed during both world wars with a reduced cast. The play, which "
     "lasts about 20 minutes, features St George, a Turkish Knight and a quack doctor who revives the fallen "
     "hero. Costumes made from strips of coloured paper are renewed every year by members' families. This "
     "year's performance will begin at 11am and will be followed by collections for the village hall roof "
     "appeal, which needs to raise a further £18,000. Troupe leader Alan Tressider, whose grandfather played "
     "the doctor in the 1930s, said the group now had 11 members, the youngest aged 14. He said the "
     "anniversary would be marked with a commemorative booklet containing photographs dating back to 1902.",
     "Upper Hennick's Gorsey Mummers, formed in 1875 and never absent even in the two world wars, will stage "
     "their Boxing Day play in the market square at 11am for a 150th straight year. Collections afterwards will "
     "go to the village hall roof appeal, which still needs £18,000. The 11-member troupe will mark the "
     "anniversary with a booklet of photographs going back to 1902.",
     traps=[T("for a 150th straight year", "for the 150th consecutive year"),
            T("which still needs £18,000", "which needs to raise a further £18,000"),
            T("The 11-member troupe", "the group now had 11 members"),
            T("going back to 1902", "dating back to 1902")])

case("nativity plays", "summary", "consistent",
     "A primary school in Farleigh Wick has been forced to move its nativity play to the parish church after "
     "its hall was damaged by a burst water pipe. Staff at St Aldric's Primary discovered the leak on Monday "
     "morning, when water was found seeping through the ceiling of the hall and into the stage area. "
     "Headteacher Carol Denby said about 30 costumes stored backstage had been ruined, but that parents and a "
     "local theatre group had offered to make replacements. The school's 210 pupils will now perform the play "
     "on 17 December at St Aldric's Church, which can seat 350 people. Ticket sales, previously capped at 180 "
     "because of the hall's size, have been reopened. The council said repairs to the hall were expected to "
     "take at least six weeks and would be covered by insurance.",
     "After a burst pipe damaged its hall, St Aldric's Primary in Farleigh Wick will stage its nativity play at "
     "St Aldric's Church on 17 December instead. Around 30 costumes were ruined, but parents and a local "
     "theatre group have offered to make new ones. With the church seating 350, ticket sales have reopened. "
     "The repairs, covered by insurance, will probably take six weeks or more.",
     traps=[T("Around 30 costumes", "about 30 costumes"),
            T("make new ones", "make replacements"),
            T("ticket sales have reopened", "have been reopened"),
            T("will probably take six weeks or more", "were expected to take at least six weeks")])

case("seagull nuisance", "summary", "consistent",
     "Traders in the seaside town of Port Alder have called for tougher action on herring gulls after a series "
     "of incidents in which birds snatched food from customers and, in one case, caused a pensioner to fall. "
     "The Port Alder Business Forum said 43 of its 60 members had reported problems this summer, and several "
     "cafés had stopped serving food outdoors. The town council has installed 25 gull-proof bins and plans to "
     "fine people who feed the birds, subject to a public consultation that closes on 31 October. Herring "
     "gulls are a protected species, and nests can be removed only under licence. Forum chairwoman Anita Rowse "
     "said members were not calling for a cull but wanted the council to fund a licensed programme to remove "
     "nests from rooftops before next spring's breeding season.",
     "Gull problems were reported this summer by over two-thirds of the members of Port Alder's business "
     "forum, which wants the council to fund the licensed removal of rooftop nests before next spring's "
     "breeding season but is not calling for a cull. The council has put in 25 gull-proof bins and, depending "
     "on a consultation that ends on 31 October, intends to fine anyone feeding the birds.",
     traps=[T("over two-thirds of the members", "43 of its 60 members"),
            T("has put in 25 gull-proof bins", "has installed 25 gull-proof bins"),
            T("depending on a consultation that ends on 31 October",
              "subject to a public consultation that closes on 31 October"),
            T("intends to fine anyone feeding the birds", "plans to fine people who feed the birds")])

case("heron colonies", "summary", "consistent",
     "The number of grey heron nests at the Wendlebury Woods heronry has fallen to its lowest level in three "
     "decades, according to the annual survey by the Marshfield Bird Club. Volunteers counted 19 occupied nests "
     "this spring, compared with 34 in 2015 and a peak of 52 in 1998. The club said the decline was likely to "
     "be linked to the felling of mature oaks on the edge of the wood in 2020, when the herons' preferred "
     "nesting trees were lost, and to increased disturbance from walkers. The landowner, the Wendlebury "
     "Estate, has agreed to close a footpath near the colony between February and June each year. Survey "
     "coordinator Ruth Ambrose said the heronry, first recorded in 1874, was one of the oldest in the region "
     "and that the club would continue to monitor it annually.",
     "Only 19 occupied heron nests were counted at Wendlebury Woods this spring, the fewest in 30 years and "
     "down from a peak of 52 in 1998. The Marshfield Bird Club says the felling of mature oaks in 2020 and more "
     "disturbance from walkers are probably to blame, and the estate has agreed to shut a nearby footpath from "
     "February to June every year.",
     traps=[T("the fewest in 30 years", "lowest level in three decades"),
            T("are probably to blame", "was likely to be linked to"),
            T("more disturbance from walkers", "increased disturbance from walkers"),
            T("from February to June every year", "between February and June each year")])

case("nightingale surveys", "summary", "consistent",
     "A survey of singing nightingales in the Ashcombe Valley has recorded 47 territorial males, more than "
     "double the 21 found when the area was last surveyed in 2019. The increase has been attributed to a "
     "coppicing programme begun by the Ashcombe Wildlife Trust in 2017, which created the dense scrub the birds "
     "need for nesting. Surveyors visited 38 sites at night between mid-April and the end of May, listening for "
     "the birds' distinctive song. Trust ecologist Dr Hugh Penfold said the results were encouraging but "
     "cautioned that a single year's figures should be treated with care, as numbers could fluctuate with "
     "weather conditions on the birds' migration routes from West Africa. The trust plans to extend coppicing "
     "to a further 12 hectares over the next five years.",
     "The Ashcombe Valley's count of singing male nightingales has climbed from 21 in 2019 to 47, a rise "
     "credited to coppicing that the Ashcombe Wildlife Trust began in 2017 to create the dense scrub the birds "
     "nest in. The trust's ecologist called the results encouraging but warned that a single year's figures "
     "should be treated cautiously, and the trust intends to coppice a further 12 hectares over the next five "
     "years.",
     traps=[T("has climbed from 21 in 2019 to 47",
              "47 territorial males, more than double the 21 found when the area was last surveyed in 2019"),
            T("a rise credited to", "The increase has been attributed to"),
            T("should be treated cautiously", "should be treated with care"),
            T("intends to coppice a further 12 hectares", "plans to extend coppicing to a further 12 hectares")])


# ---------------------------------------------------------------------------
# Summaries, inconsistent
# ---------------------------------------------------------------------------
case("ladybird counts", "summary", "inconsistent",
     "Citizen scientists recorded 38,200 ladybirds during this year's Great Garden Ladybird Count, a fall of "
     "almost a fifth compared with last year, according to the Hollin Insect Trust, which runs the survey. More "
     "than 4,100 volunteers took part over the two-week count in June. The harlequin ladybird, an invasive "
     "species first recorded in the country in 2004, was the most commonly seen, making up 41 per cent of "
     "sightings. Numbers of the native seven-spot ladybird fell by 27 per cent. The trust's head of science, "
     "Dr Nadia Sorrell, said the cold, wet spring had probably reduced the aphid populations on which "
     "ladybirds feed. Results from the count will be shared with university researchers studying the spread of "
     "the harlequin.",
     "This year's Great Garden Ladybird Count logged 38,200 ladybirds, nearly a fifth fewer than last year. The "
     "invasive harlequin accounted for 41% of sightings, while the native seven-spot dropped by 37%. The "
     "trust's head of science said a cold, wet spring had probably cut the aphid populations that ladybirds "
     "feed on.",
     errors=[E("37%", "number", "major", "27 per cent")],
     traps=[T("nearly a fifth fewer than last year", "a fall of almost a fifth compared with last year"),
            T("accounted for 41% of sightings", "making up 41 per cent of sightings")])

case("cactus societies", "summary", "inconsistent",
     "The Wessel Cactus and Succulent Society has called off its annual show for the first time in its 62-year "
     "history after a break-in at the greenhouse where members' plants were being prepared. Police said about "
     "70 plants, including several rare specimens from Madagascar and Mexico, were taken overnight on 8 July. "
     "Society president Graham Ilse estimated the value of the stolen plants at more than £12,000 but said many "
     "were irreplaceable because they had been grown from seed over decades. Police have appealed for "
     "information and urged specialist nurseries to report any unusual offers of mature cacti. The society "
     "said the show would return next year and that members had offered cuttings to those who had lost plants.",
     "A break-in at the greenhouse where members' plants were being prepared has forced the Wessel Cactus and "
     "Succulent Society to cancel its annual show for the first time in 62 years. About 70 plants, some of them "
     "rare, were stolen overnight on 8 July, and police put their value at more than £12,000. The society, "
     "whose insurance covers the loss, says the show will return next year.",
     errors=[E("police put their value at", "attribution", "major",
               "Society president Graham Ilse estimated the value"),
             E("whose insurance covers the loss", "addition", "major", None)],
     traps=[T("to cancel its annual show", "has called off its annual show"),
            T("for the first time in 62 years", "for the first time in its 62-year history")])

case("mustard mills", "summary", "inconsistent",
     "Hadley's Mustard, which has ground mustard seed at its mill on the River Orle since 1821, is to move "
     "production to a new factory on an industrial estate five miles away. The company, owned since 2011 by "
     "the food group Marrowby, said the Victorian mill could no longer meet modern hygiene standards without "
     "major investment. All 46 production staff have been offered jobs at the new site, which is due to open in "
     "September. The mill building, which is listed, will be sold. Local councillor Bryony Tate said she was "
     "saddened by the decision but relieved that no jobs would be lost. The company said the recipe and the "
     "stone-grinding process would be kept unchanged.",
     "Hadley's Mustard is to leave the River Orle mill it has used since 1821 for a new factory five miles "
     "away, due to open in September, with all 46 production staff made redundant. The company says the "
     "listed Victorian building, which will be sold, cannot meet modern hygiene standards without major "
     "investment; the recipe and stone grinding will stay the same.",
     errors=[E("all 46 production staff made redundant", "event", "critical",
               "All 46 production staff have been offered jobs at the new site")],
     traps=[T("the River Orle mill it has used since 1821",
              "has ground mustard seed at its mill on the River Orle since 1821"),
            T("will stay the same", "would be kept unchanged")])

case("tide mills", "summary", "inconsistent",
     "Engineers hope to have the 18th-century tide mill at Saltcote grinding flour again by next summer after a "
     "£640,000 restoration was approved by the Dunmere Heritage Fund. The mill, one of only a handful of tide "
     "mills left in the country, uses water trapped in a mill pond at high tide to turn its wheel as the tide "
     "falls. It last operated commercially in 1957. The Saltcote Mill Trust, which owns the building, said the "
     "project would include repairs to the sluice gates and a replacement oak waterwheel. Trust chair Derrick "
     "Amble said the mill could produce up to a tonne of flour a week, which would be sold in the visitor shop. "
     "Work is expected to start in the autumn, subject to planning consent from Saltcote Borough Council.",
     "The Saltcote Mill Trust's 18th-century tide mill, which last worked commercially in 1957, will be "
     "grinding flour again by next summer after Saltcote Borough Council approved a £640,000 restoration. The "
     "project includes sluice gate repairs and a replacement oak waterwheel, and work is expected to begin in "
     "the autumn, subject to planning consent.",
     errors=[E("will be grinding flour again", "modality", "major", "Engineers hope to have"),
             E("Saltcote Borough Council", "entity", "major", "Dunmere Heritage Fund")],
     traps=[T("last worked commercially in 1957", "It last operated commercially in 1957"),
            T("is expected to begin in the autumn", "is expected to start in the autumn")])

case("jellied eels", "summary", "inconsistent",
     "Pockett's, a pie and eel shop that has traded on Dock Street in Eastwold since 1907, will close at the end "
     "of the month after the owners failed to agree a new lease. Third-generation owner Stanley Pockett, 71, "
     "said rising rent and a shortage of affordable eels had made the business hard to sustain, but that the "
     "lease dispute was the deciding factor. The landlord, Quayside Estates, said it had offered a five-year "
     "lease at a rent it considered fair. The shop sells around 200 portions of jellied eels a week, down from "
     "more than 1,000 in the 1980s. Regulars have started a campaign to save the shop, which still has its "
     "original tiled walls and marble counters. Mr Pockett said he would not rule out reopening elsewhere.",
     "Pockett's, the Eastwold pie and eel shop on Dock Street since 1907, will shut at month's end after its "
     "owners failed to agree a new lease. Owner Stanley Pockett said rising rent and a shortage of affordable "
     "eels had made the business hard to keep going, with the lease dispute proving decisive, and he has ruled "
     "out reopening elsewhere. Weekly jellied eel sales have fallen from over 1,000 portions in the 1980s to "
     "about 200.",
     errors=[E("has ruled out", "polarity", "major", "would not rule out")],
     traps=[T("at month's end", "at the end of the month"),
            T("proving decisive", "was the deciding factor"),
            T("from over 1,000 portions in the 1980s to about 200", "down from more than 1,000 in the 1980s")])


# ---------------------------------------------------------------------------
# Translations, consistent (two independent English translations of one story)
# ---------------------------------------------------------------------------
case("candyfloss", "translation", "consistent",
     "The municipal council of Villarroble has granted a permit to a candyfloss stall operator for the "
     "duration of the summer fair, ending a dispute that lasted three months. Ramón Estellés, 44, who has sold "
     "candyfloss at the fair for 19 years, had been refused a permit in April because his stall did not meet "
     "new electrical safety rules. After he replaced the machine's wiring and passed an inspection on 2 June, "
     "the council reversed its decision. The fair will run from 8 to 23 July. Councillor for festivities Lucía "
     "Parreño said the rules applied to all stallholders and that three other applicants had also had to make "
     "changes. Estellés said he would donate the takings from the first day to the local children's choir.",
     "Villarroble town hall has given a candyfloss seller a licence covering the whole of the summer fair, "
     "putting an end to a three-month row. In April Ramón Estellés, aged 44, was turned down because his stall "
     "failed to comply with new rules on electrical safety; he has been selling candyfloss at the fair for "
     "nineteen years. The council changed its mind once he had rewired his machine and passed an inspection on "
     "2 June. The fair takes place from 8 July to 23 July. According to Lucía Parreño, the councillor "
     "responsible for festivities, the rules are the same for every stallholder, and three other applicants "
     "were also required to make modifications. Estellés has said that he will give the first day's takings "
     "to the town's children's choir.",
     traps=[T("a three-month row", "a dispute that lasted three months"),
            T("nineteen years", "19 years"),
            T("The council changed its mind", "the council reversed its decision"),
            T("once he had rewired his machine", "After he replaced the machine's wiring")])

case("pickled onions", "translation", "consistent",
     "A family firm in Oosterweel that has pickled onions by hand since 1931 has received an order from a "
     "supermarket chain that will triple its output. Van Dael Zuurwaren, which employs 11 people, will supply "
     "90,000 jars a year to the Versmarkt chain from January. Director Marieke van Dael, granddaughter of the "
     "founder, said the company would hire six extra workers and buy a second vinegar tank but would not "
     "change its recipe. The onions are grown by four farmers within 20 kilometres of the factory. The firm "
     "said it had turned down a similar offer five years ago because it did not have enough space, but had "
     "since moved to larger premises on the edge of the town.",
     "Van Dael Zuurwaren, a family business in Oosterweel that has been pickling onions by hand since 1931, has "
     "won a supermarket order that will make it produce three times as much. Starting in January, the "
     "11-employee company will deliver 90,000 jars annually to the Versmarkt chain. Its director, Marieke van "
     "Dael, the founder's granddaughter, said six more staff would be taken on and a second vinegar tank "
     "purchased, but the recipe would stay as it is. Four growers, all based no more than 20 kilometres from "
     "the factory, supply the onions. Five years ago the company rejected a comparable offer for lack of space, "
     "it said, but it has since relocated to bigger premises on the outskirts of town.",
     traps=[T("produce three times as much", "triple its output"),
            T("90,000 jars annually", "90,000 jars a year"),
            T("six more staff would be taken on", "would hire six extra workers"),
            T("for lack of space", "because it did not have enough space"),
            T("on the outskirts of town", "on the edge of the town")])

case("harbour seals", "translation", "consistent",
     "Harbour seal numbers in the Wattenbucht have recovered to the level recorded before the virus outbreak "
     "of 2002, according to the latest aerial count by the regional national park authority. Observers counted "
     "6,840 seals in August, 4 per cent more than a year earlier. About a quarter of them were pups born this "
     "summer. Park biologist Jens Haverkamp said the population appeared to be stabilising and that the bay "
     "might now be close to its natural capacity. He warned, however, that increasing leisure boat traffic was "
     "disturbing the animals on sandbanks where they rest. The authority plans to mark two additional "
     "sandbanks as no-entry zones from next season.",
     "The most recent aerial survey by the regional national park administration shows that the number of "
     "harbour seals in the Wattenbucht is back at the level seen before the 2002 virus epidemic. In August "
     "6,840 animals were counted, an increase of four percent on the year before, and roughly one in four were "
     "pups born this summer. According to the park's biologist Jens Haverkamp, the population seems to be "
     "levelling off, and the bay may now be nearing its natural carrying capacity. At the same time, he "
     "cautioned that more and more pleasure boats were disturbing the seals on the sandbanks where they rest. "
     "From next season the authority intends to designate two more sandbanks as areas where entry is "
     "prohibited.",
     traps=[T("an increase of four percent on the year before", "4 per cent more than a year earlier"),
            T("roughly one in four", "About a quarter"),
            T("seems to be levelling off", "appeared to be stabilising"),
            T("more and more pleasure boats", "increasing leisure boat traffic"),
            T("areas where entry is prohibited", "no-entry zones")])

case("stoolball", "translation", "consistent",
     "Stoolball, a bat-and-ball game played mainly by women in the eighteenth century, is enjoying a revival "
     "in the villages around Saint-Aubert, where a league of eight teams was formed last spring. The league's "
     "founder, Hélène Marchais, a former PE teacher, said she had discovered the game in an old book and "
     "decided to try it with friends. More than 100 players now take part each week, and the youngest is nine. "
     "Matches are played on Sunday afternoons between May and September. The regional sports office has "
     "awarded the league a grant of 3,500 euros to buy equipment and train umpires. Marchais said she hoped to "
     "organise a tournament with clubs from across the border next summer.",
     "In the villages surrounding Saint-Aubert, stoolball, a game with a bat and ball that in the 1700s was "
     "played chiefly by women, is making a comeback, with an eight-team league set up last spring. Hélène "
     "Marchais, who used to teach physical education and founded the league, said she came across the game in "
     "an old book and decided to try it out with friends. Over a hundred players now turn out every week, the "
     "youngest of them aged nine. Games take place on Sunday afternoons from May to September. The regional "
     "sports office has given the league a 3,500-euro grant for equipment and umpire training. Marchais said "
     "she hoped to hold a tournament next summer with clubs from the other side of the border.",
     traps=[T("in the 1700s", "in the eighteenth century"),
            T("is making a comeback", "is enjoying a revival"),
            T("who used to teach physical education", "a former PE teacher"),
            T("Over a hundred players", "More than 100 players")])

case("stone skimming", "translation", "consistent",
     "A 23-year-old engineering student from Lovere Alta has won the European stone skimming championship on "
     "Lake Varenna, with a throw that bounced 41 times. Matteo Ruggeri beat 212 competitors from 14 countries "
     "at the two-day event, which ended on Sunday. Last year's winner, Agnes Holm of Sweden, finished second "
     "with 37 skips. Organisers said the competition had been moved forward by a week because of concerns "
     "about low water levels, which expose the rocky shoreline. Only stones collected from the lake's own "
     "beach were permitted, and each had to be no more than six centimetres across. Ruggeri said he had "
     "practised every evening for three months.",
     "The European stone skimming title, contested on Lake Varenna, has gone to Matteo Ruggeri, a 23-year-old "
     "engineering student from Lovere Alta, whose stone bounced 41 times. He saw off 212 rivals from 14 "
     "countries over the two days of the competition, which finished on Sunday. The defending champion, "
     "Sweden's Agnes Holm, was runner-up with 37 skips. The event was brought forward by seven days, "
     "organisers said, because of worries that low water would leave the rocky shore exposed. Competitors "
     "could use only stones gathered from the lake's own beach, with a maximum diameter of six centimetres. "
     "Ruggeri said he had trained each evening for the past three months.",
     traps=[T("The defending champion", "Last year's winner"),
            T("was runner-up", "finished second"),
            T("brought forward by seven days", "moved forward by a week"),
            T("with a maximum diameter of six centimetres", "no more than six centimetres across")])


# ---------------------------------------------------------------------------
# Translations, inconsistent
# ---------------------------------------------------------------------------
case("coal carrying races", "translation", "inconsistent",
     "More than 300 runners are expected in Zabrowice on Saturday for the town's annual coal-carrying race, "
     "which will be held for the 45th time. Men carry a 50-kilogram sack and women a 20-kilogram sack over a "
     "1,100-metre course that climbs through the old mining district to the market square. The race was first "
     "held in 1979 to commemorate 17 miners killed in an accident at the Jadwiga pit. Last year's men's winner, "
     "Tomasz Wilk, completed the course in 4 minutes 6 seconds. This year, for the first time, a team relay "
     "category has been introduced. Entries close at 6pm on Thursday, and the race starts at noon.",
     "On Saturday over 300 participants are expected to take part in Zabrowice's annual coal-carrying race, "
     "now being held for the 45th time. Men run with a 50 kg sack and women with a 20 kg sack along a "
     "1,100-metre route that climbs through the former mining quarter up to the market square. The race was "
     "first run in 1979 in memory of 17 miners who died in an accident at the Jadwiga mine. The men's winner "
     "last year, Tomasz Wilk, needed 4 minutes and 6 seconds. A team relay category has been added this year "
     "for the first time. Registration closes on Thursday at 6pm, and the race, which climbs through the "
     "former mining quarter, starts at 2pm.",
     errors=[E("climbs through the former mining quarter", "repetition", "minor", None, occ=1),
             E("2pm", "date", "major", "noon")],
     traps=[T("in memory of 17 miners who died", "to commemorate 17 miners killed"),
            T("needed 4 minutes and 6 seconds", "completed the course in 4 minutes 6 seconds"),
            T("Registration closes on Thursday at 6pm", "Entries close at 6pm on Thursday")])

case("pinfolds", "translation", "inconsistent",
     "The village association of Hallstorp has taken over the restoration of the old pinfold, the stone "
     "enclosure where stray livestock was once impounded, from the municipality. Under an agreement signed on "
     "Tuesday, the municipality will transfer ownership of the site to the association for a symbolic sum of "
     "one krona, and the association will be responsible for its maintenance. The pinfold, built in 1763, was "
     "used until the 1920s, when the last animals were held there. Its walls partially collapsed during a "
     "storm two winters ago. Association chairman Lars Ekdahl said volunteers would rebuild the walls using "
     "the original stones. The county heritage board has contributed 40,000 kronor towards the work.",
     "Hallstorp's village association has taken charge of restoring the old pinfold, the stone pen where "
     "stray animals used to be impounded, from the municipality. An agreement signed on Tuesday means the "
     "association will hand the site over to the municipality for the token price of one krona, with the "
     "association taking on its upkeep. Built in 1763, the pinfold remained in use until the 1920s, when the "
     "last animals were kept there. Part of its walls fell down in a storm two winters ago. Lars Ekdahl, who "
     "chairs the association, said volunteers would rebuild the walls with the original stones. The county "
     "heritage board has put 40,000 kronor towards the work.",
     errors=[E("the association will hand the site over to the municipality", "role", "critical",
               "the municipality will transfer ownership of the site to the association")],
     traps=[T("for the token price of one krona", "for a symbolic sum of one krona"),
            T("Part of its walls fell down", "Its walls partially collapsed"),
            T("has put 40,000 kronor towards the work", "has contributed 40,000 kronor towards the work")])

case("milestones", "translation", "inconsistent",
     "Road workers in the commune of Belcastel-sur-Lize have uncovered a Roman milestone buried beside the "
     "departmental road D412 during resurfacing work. The cylindrical stone, about 1.6 metres tall, bears a "
     "partly legible inscription naming the emperor Claudius, which would date it to the first century AD. "
     "Archaeologists from the departmental heritage service were called to the site on Monday and have "
     "confirmed that the stone appears to be in its original position. Mayor Odile Ferrand said the milestone "
     "would be displayed in the town hall once it had been cleaned and studied. Resurfacing on the section of "
     "road concerned has been suspended until the end of the week.",
     "During resurfacing of departmental road D412, workers in Belcastel-sur-Lize unearthed a Roman milestone "
     "that had been buried at the roadside. The stone, which is cylindrical and roughly 1.6 metres high, "
     "carries an inscription, partly readable, naming the emperor Tiberius, which would place it in the first "
     "century AD. Archaeologists from the departmental heritage service came to the site on Monday and "
     "confirmed that the stone seems to be where it was originally placed. The mayor, Odile Ferrand, said that "
     "once cleaned and studied, the milestone would go on display at the town hall. Work on that stretch of "
     "road has been halted until the end of the week.",
     errors=[E("Tiberius", "entity", "major", "Claudius")],
     traps=[T("roughly 1.6 metres high", "about 1.6 metres tall"),
            T("seems to be where it was originally placed", "appears to be in its original position"),
            T("would go on display at the town hall", "would be displayed in the town hall")])

case("telephone kiosks", "translation", "inconsistent",
     "The telecommunications operator Lusocom plans to remove 180 of the 240 public telephone kiosks that "
     "remain in the district of Vale do Sorraia by the end of next year, the company has announced. According "
     "to Lusocom, most of the kiosks are used fewer than once a month. The 60 kiosks that will be kept are "
     "mainly in rural parishes with poor mobile coverage. Several parish councils have asked to take over the "
     "decommissioned kiosks and convert them into book exchanges or defibrillator points. The company said it "
     "would consider these requests individually but could not guarantee that all would be accepted. The "
     "mayor of Alvarim, Joaquim Serrão, said the removal of kiosks in areas without mobile signal would be "
     "unacceptable.",
     "Lusocom, the telecoms operator, has announced that it will remove 180 of the 240 public phone booths "
     "still standing in the Vale do Sorraia district by the end of next year. The company says that most of "
     "the booths are used less than once a month. The 60 that will remain are located mainly in rural parishes "
     "where mobile coverage is poor. A number of parish councils have asked to take over the decommissioned "
     "booths to turn them into book exchanges or defibrillator stations. Lusocom said it would look at each "
     "request individually and guaranteed that all would be accepted. Joaquim Serrão, mayor of Alvarim, said "
     "removing booths in areas without a mobile signal would be unacceptable.",
     errors=[E("it will remove", "modality", "minor", "plans to remove"),
             E("guaranteed that all would be accepted", "polarity", "critical",
               "could not guarantee that all would be accepted")],
     traps=[T("still standing", "that remain"),
            T("less than once a month", "fewer than once a month"),
            T("where mobile coverage is poor", "with poor mobile coverage")])

case("cattle grids", "translation", "inconsistent",
     "The municipality of Fjellvik will install cattle grids at three points on the mountain road to Sætredal "
     "this summer, after several collisions between cars and grazing sheep. Farmers in the valley have "
     "complained for years that tourists leave the road gates open, allowing animals to wander onto the main "
     "road. The grids, which cost 280,000 kroner in total, will replace the gates and will be installed in "
     "June, before the sheep are released onto summer pastures. The road will be closed for two days during "
     "the work. Municipal engineer Sigrid Holte said the grids would be designed so that they could be crossed "
     "safely by cyclists.",
     "This summer Fjellvik municipality will put cattle grids at three places on the mountain road to "
     "Sætredal, following a number of collisions between cars and grazing sheep. For years, farmers in the "
     "valley have complained that tourists leave the road gates open so that animals stray onto the main road. "
     "The grids, costing 280,000 kroner altogether, will replace the gates and will be put in place in June, "
     "before the sheep are moved off the summer pastures. The road will be shut for two days while the work is "
     "carried out. According to municipal engineer Sigrid Holte, the grids will be designed so that cyclists "
     "can cross them safely.",
     errors=[E("moved off the summer pastures", "event", "major", "released onto summer pastures")],
     traps=[T("a number of collisions", "several collisions"),
            T("280,000 kroner altogether", "280,000 kroner in total"),
            T("The road will be shut for two days", "The road will be closed for two days")])


# ---------------------------------------------------------------------------
# Offsets, validation and output
# ---------------------------------------------------------------------------
EXPECTED_ERROR_COUNTS = {"entity": 3, "number": 4, "date": 3, "role": 3, "polarity": 3,
                         "modality": 3, "attribution": 2, "event": 3, "omission": 2,
                         "addition": 2, "repetition": 2}


def find_nth(haystack, needle, occ):
    """Start index of occurrence `occ` (0-based) of `needle`, or -1."""
    pos = -1
    for _ in range(occ + 1):
        pos = haystack.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def count_words(s):
    return len(s.split())


class Invalid(Exception):
    pass


def check(cond, msg):
    if not cond:
        raise Invalid(msg)


def cuts_word(s, i):
    """True if offset i falls strictly inside a word of s."""
    return 0 < i < len(s) and s[i - 1].isalnum() and s[i].isalnum()


def locate_span(cand, text, occ, where):
    check(text != "", f"{where}: empty span text")
    check(text == text.strip(), f"{where}: span text has outer whitespace: {text!r}")
    start = find_nth(cand, text, occ)
    check(start >= 0, f"{where}: {text!r} (occ {occ}) not found in candidate")
    end = start + len(text)
    check(not cuts_word(cand, start) and not cuts_word(cand, end),
          f"{where}: span {text!r} cuts a word")
    return start, end


def build_record(idx, c):
    rid = f"s{N}-{idx:03d}"
    ref, cand = c["reference"], c["candidate"]
    where = f"{rid} ({c['domain']})"
    errors, traps = [], []
    for e in c["errors"]:
        check(e["type"] in ERROR_TYPES, f"{where}: bad type {e['type']}")
        check(e["severity"] in SEVERITIES, f"{where}: bad severity {e['severity']}")
        if e["kind"] == "omission":
            anchor = e["after"] if e["after"] is not None else e["before"]
            check((e["after"] is None) != (e["before"] is None), f"{where}: omission needs after xor before")
            a = find_nth(cand, anchor, e["occ"])
            check(a >= 0, f"{where}: omission anchor {anchor!r} not found")
            pos = a + len(anchor) if e["after"] is not None else a
            check(not cuts_word(cand, pos), f"{where}: omission point inside a word")
            check(e["ref_text"] and e["ref_text"] in ref, f"{where}: omission ref_text not in reference")
            check(e["ref_text"].lower() not in cand.lower(),
                  f"{where}: omitted words {e['ref_text']!r} present in candidate")
            errors.append({"start": pos, "end": pos, "text": "", "type": "omission",
                           "severity": e["severity"], "ref_text": e["ref_text"]})
        else:
            s, t = locate_span(cand, e["text"], e["occ"], where)
            if e["type"] in ("addition", "repetition"):
                check(e["ref_text"] is None, f"{where}: {e['type']} must have ref_text None")
            else:
                check(e["ref_text"] is not None and e["ref_text"] in ref,
                      f"{where}: ref_text {e['ref_text']!r} not in reference")
                check(e["ref_text"] != e["text"], f"{where}: error text equals ref_text")
            if e["type"] == "repetition":
                check(cand.find(e["text"]) < s, f"{where}: repetition has no earlier copy")
            errors.append({"start": s, "end": t, "text": e["text"], "type": e["type"],
                           "severity": e["severity"], "ref_text": e["ref_text"]})
    for tr in c["traps"]:
        s, t = locate_span(cand, tr["text"], tr["occ"], where)
        check(tr["ref_text"] in ref, f"{where}: trap ref_text {tr['ref_text']!r} not in reference")
        check(tr["ref_text"] != tr["text"], f"{where}: trap text equals ref_text")
        traps.append({"start": s, "end": t, "text": tr["text"], "ref_text": tr["ref_text"]})
    for sp in errors + traps:
        check(cand[sp["start"]:sp["end"]] == sp["text"], f"{where}: offset mismatch")
    spans = sorted([(sp["start"], sp["end"]) for sp in errors + traps])
    for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
        if s1 == e1 or s2 == e2:  # zero-width omission point: must not sit inside a span
            p, (a, b) = ((s1, (s2, e2)) if s1 == e1 else (s2, (s1, e1)))
            check(not (a < p < b), f"{where}: omission point inside another span")
        else:
            check(e1 <= s2, f"{where}: overlapping spans {(s1, e1)} {(s2, e2)}")
    errors.sort(key=lambda x: (x["start"], x["end"]))
    traps.sort(key=lambda x: (x["start"], x["end"]))
    return {"id": rid, "domain": c["domain"], "mode": c["mode"], "reference": ref,
            "candidate": cand, "label": c["label"], "errors": errors, "traps": traps}


def validate(records):
    check(len(records) == 40, f"expected 40 pairs, got {len(records)}")
    doms = [r["domain"] for r in records]
    check(len(set(doms)) == 40, "domains not unique")
    check(set(doms) == set(DOMAINS), "domains differ from the given list")
    from collections import Counter
    modes = Counter((r["mode"], r["label"]) for r in records)
    for m, n in (("rewrite", 10), ("summary", 5), ("translation", 5)):
        for lab in ("consistent", "inconsistent"):
            check(modes[(m, lab)] == n, f"{m}/{lab}: {modes[(m, lab)]} != {n}")
    types = Counter()
    for r in records:
        w = f"{r['id']} ({r['domain']})"
        nw = count_words(r["reference"])
        check(70 <= nw <= 190, f"{w}: reference has {nw} words")
        check(r["reference"] != r["candidate"], f"{w}: candidate identical to reference")
        if r["mode"] == "summary":
            check(count_words(r["candidate"]) < nw and len(r["candidate"]) < len(r["reference"]),
                  f"{w}: summary not shorter than reference")
        if r["label"] == "consistent":
            check(not r["errors"], f"{w}: consistent pair with errors")
            check(3 <= len(r["traps"]) <= 5, f"{w}: consistent pair needs 3-5 traps")
        else:
            check(1 <= len(r["errors"]) <= 2, f"{w}: inconsistent pair needs 1-2 errors")
            check(len(r["traps"]) <= 3, f"{w}: inconsistent pair has >3 traps")
        for e in r["errors"]:
            types[e["type"]] += 1
            if e["type"] == "omission":
                check(r["mode"] in ("rewrite", "translation"), f"{w}: omission in summary")
    check(sum(types.values()) == 30, f"expected 30 errors, got {sum(types.values())}")
    check(dict(types) == EXPECTED_ERROR_COUNTS, f"error type counts {dict(types)}")
    for t in ERROR_TYPES:
        check(types[t] >= 2, f"type {t} used fewer than twice")


def build():
    order = list(range(len(CASES)))
    random.Random(N).shuffle(order)  # mix modes and labels; deterministic
    records = [build_record(i + 1, CASES[k]) for i, k in enumerate(order)]
    validate(records)
    return records


def summary_lines(records):
    from collections import Counter
    out = []
    out.append("pairs: %d" % len(records))
    out.append("by mode/label: " + ", ".join(
        f"{m}/{l}={n}" for (m, l), n in sorted(Counter((r['mode'], r['label']) for r in records).items())))
    types = Counter(e["type"] for r in records for e in r["errors"])
    out.append("errors: %d -> " % sum(types.values()) + ", ".join(f"{t}={types[t]}" for t in ERROR_TYPES))
    sev = Counter(e["severity"] for r in records for e in r["errors"])
    out.append("severity: " + ", ".join(f"{s}={sev[s]}" for s in SEVERITIES))
    out.append("traps: %d" % sum(len(r["traps"]) for r in records))
    wc = [count_words(r["reference"]) for r in records]
    out.append("reference words: min %d, max %d" % (min(wc), max(wc)))
    return out


def main():
    try:
        records = build()
    except Invalid as exc:
        print("INVALID:", exc, file=sys.stderr)
        return 1
    for line in summary_lines(records):
        print(line)
    if "--check" in sys.argv[1:]:
        print("check only: valid, nothing written")
        return 0
    with open(OUT_PATH, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", OUT_PATH)
    return 0


if __name__ == "__main__":
    sys.exit(main())
