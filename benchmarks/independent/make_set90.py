#!/usr/bin/env python3
"""Held-out evaluation set 90 for a fact-comparison tool.

How it was made: every pair below was hand-written by a helper that saw no code
or data of the project, working only from a written brief. All people,
companies, organisations, places and figures are invented (real countries and
international bodies appear only as background). Character offsets are never
typed by hand: they are computed here by string search (with an occurrence
index where a quoted text repeats) and everything is validated before writing.

Composition (40 pairs, one domain each):
  * modes: 20 rewrite, 10 summary, 10 translation; half of each mode consistent
  * labels: 20 consistent, 20 inconsistent
  * 30 errors in the 20 inconsistent pairs (10 pairs with one error, 10 with two):
    entity 3, number 4, date 3, role 3, polarity 3, modality 3, attribution 3,
    event 2, omission 2, addition 2, repetition 2
  * consistent pairs carry 3-5 traps each, inconsistent pairs 0-3
  * references are 70-190 words, news/agency/corporate/official register
  * translation pairs are two independent English renderings of the same
    (notionally non-English) story, so wording differs throughout

Usage:
  python3 make_set90.py           # validate and write set90.jsonl next to this script
  python3 make_set90.py --check   # validate only, write nothing
"""
import json
import os
import re
import sys

N = 90
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "set%d.jsonl" % N)

DOMAINS = [d.strip() for d in (
    "quantum sensor startups;battery swapping stations;heat pump installers;"
    "carbon capture pilots;sodium batteries;microchip export rules;data centre cooling;"
    "undersea internet cables;spectrum auctions;rural broadband vouchers;"
    "ride hailing regulation;autonomous tractors;airport slot trading;"
    "cargo airline mergers;port automation;toll road concessions;water meter rollout;"
    "leak repair crews;river bathing status;wetland credits;wolf compensation;"
    "tree disease surveys;ash dieback;rabies vaccination;"
    "antibiotic resistance surveillance;malaria vaccine rollout;organ donation opt-out;"
    "generic drug shortages;insulin pricing;hospital parking charges;"
    "ambulance handover delays;pharmacy closures;school meal funding;teacher strikes;"
    "university tuition caps;student visa rules;four-day week trials;gig worker rights;"
    "pension auto-enrolment;buy now pay later rules").split(";")]

MODES = ("rewrite", "summary", "translation")
ERROR_TYPES = ("entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition")
SEVERITIES = ("minor", "major", "critical")


def E(text, etype, severity, ref_text, occ=0, after=None, after_occ=0):
    """An error. For an omission, text is "" and `after` names the candidate
    text right after which the missing words belong."""
    return {"text": text, "type": etype, "severity": severity,
            "ref_text": ref_text, "occ": occ, "after": after,
            "after_occ": after_occ}


def T(text, ref_text, occ=0):
    """A trap: faithful rewording of reference wording `ref_text`."""
    return {"text": text, "ref_text": ref_text, "occ": occ}


CASES = []


def case(domain, mode, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "reference": reference,
                  "candidate": candidate, "errors": list(errors),
                  "traps": list(traps)})


# ---------------------------------------------------------------------------
# Rewrites, part 1 (cases 1-10)
# ---------------------------------------------------------------------------

case("quantum sensor startups", "rewrite",
     "Calderbright Sensing, a quantum magnetometer start-up spun out of the University of "
     "Tressany in 2021, said on Monday it had raised €18 million in a Series A round led by "
     "Norvane Capital. The company, which employs 34 people, makes diamond-based sensors that "
     "can detect magnetic fields from buried pipes and cables without excavation. Chief "
     "executive Ilse Marrow said the money would fund a second production line at its plant "
     "in Oberlind and allow the firm to double output by the end of next year. Two utilities "
     "in the Netherlands are already testing the devices, and Calderbright expects to sign "
     "its first commercial contract before the summer. The round values the company at about "
     "€70 million, according to a person familiar with the deal.",
     "Norvane Capital has led an €18m Series A investment in Calderbright Sensing, the quantum "
     "magnetometer company announced on Monday. Spun out of the University of Tressany in "
     "2021, the 34-strong firm builds diamond-based sensors able to pick up the magnetic "
     "fields of buried cables and pipes with no need to dig. The funding will pay for a second "
     "production line at the Oberlind plant and let Calderbright double its output by the end "
     "of next year, according to chief executive Ilse Marrow. The devices are already being "
     "tested by two Dutch utilities, and the company expects its first commercial contract to "
     "be signed before the summer. A person familiar with the deal said the round puts the "
     "firm's value at roughly €70m.",
     traps=[T("€18m", "€18 million"),
            T("the 34-strong firm", "employs 34 people"),
            T("with no need to dig", "without excavation"),
            T("two Dutch utilities", "Two utilities in the Netherlands"),
            T("roughly €70m", "about €70 million")])

case("battery swapping stations", "rewrite",
     "Voltaro Mobility plans to open 120 battery swapping stations for electric scooters and "
     "delivery mopeds across the Lusan metropolitan area by March 2026, the company said in a "
     "statement on Thursday. Each station will hold up to 40 charged packs, and riders will be "
     "able to exchange a depleted battery in under a minute using a mobile app. The rollout, "
     "costing an estimated $46 million, may be partly financed by a green loan from the "
     "regional development bank, which is still assessing the application. Voltaro currently "
     "operates 28 stations, most of them near university campuses. Subscriptions will start at "
     "$19 a month for unlimited swaps, with a pay-per-swap option priced at $1.50.",
     "By March 2026, Voltaro Mobility intends to have 120 battery swapping stations for "
     "electric scooters and delivery mopeds operating across the Lusan metropolitan area, it "
     "said in a Thursday statement. Each site will store as many as 40 charged packs, and "
     "riders will use a mobile app to swap a flat battery in less than a minute. The project, "
     "estimated to cost $64 million, will be partly financed through a green loan from the "
     "regional development bank, which is still assessing the application. The company runs "
     "28 stations today, mostly close to university campuses. Unlimited swaps will cost from "
     "$19 a month on subscription, while a single swap will be priced at $1.50.",
     errors=[E("$64 million", "number", "major", "$46 million"),
             E("will be partly financed", "modality", "major", "may be partly financed")],
     traps=[T("as many as 40 charged packs", "up to 40 charged packs"),
            T("in less than a minute", "in under a minute")])

case("heat pump installers", "rewrite",
     "The number of certified heat pump installers in the province of Westmarch rose by 37% "
     "last year to 2,150, according to figures published on 4 February by the Westmarch "
     "Energy Agency. The agency said the increase was driven largely by a training grant "
     "introduced in 2023 that covers up to 80% of course fees for qualified plumbers and "
     "electricians. However, it warned that installers remain unevenly distributed, with "
     "three rural districts still having fewer than ten certified firms each. Agency director "
     "Paulo Renfrew said waiting times for an installation had fallen from an average of "
     "eleven weeks to seven, but that demand was likely to keep outpacing supply until at "
     "least 2027.",
     "Figures released by the Westmarch Energy Agency on 4 February show that the number of "
     "certified heat pump installers in the province grew 37% last year, reaching 2,150. The "
     "agency attributed the rise largely to a training grant introduced in 2023 that pays up "
     "to four-fifths of course fees for qualified electricians and plumbers. It cautioned, "
     "though, that installers are not spread evenly: in three rural districts there are still "
     "under ten certified firms apiece. The average wait for an installation has come down "
     "from eleven weeks to seven, according to agency director Paulo Renfrew, who added that "
     "demand would probably continue to exceed supply until 2027 at the earliest.",
     traps=[T("four-fifths", "80%"),
            T("under ten certified firms apiece", "fewer than ten certified firms each"),
            T("would probably continue to exceed supply", "was likely to keep outpacing supply"),
            T("until 2027 at the earliest", "until at least 2027")])

case("carbon capture pilots", "rewrite",
     "Harrowgate Cement and the engineering group Tellmark Systems have begun a two-year pilot "
     "to capture carbon dioxide from the kiln exhaust at Harrowgate's plant in Dunmere, the "
     "companies said on Wednesday. Tellmark designed and built the capture unit, which is "
     "expected to remove around 25,000 tonnes of CO2 a year, roughly 8% of the plant's "
     "emissions. Harrowgate will operate the unit and pay Tellmark a licence fee. The captured "
     "gas will initially be liquefied and sold to a greenhouse operator nearby. The national "
     "climate fund contributed 14 million crowns towards the 40-million-crown project, with "
     "the remainder split equally between the two firms.",
     "A two-year pilot to capture carbon dioxide from kiln exhaust at Harrowgate Cement's "
     "Dunmere plant is under way, the cement maker and engineering group Tellmark Systems "
     "announced on Wednesday. The capture unit, designed and built by Tellmark, is expected to "
     "remove about 25,000 tonnes of CO2 annually, or roughly 8% of the plant's emissions. "
     "Tellmark will operate the unit and pay Harrowgate a licence fee. Initially, the captured "
     "gas will be liquefied and sold to a nearby greenhouse operator. Of the project's "
     "40 million crown cost, 14 million came from the national climate fund, and the two firms "
     "are splitting the rest equally.",
     errors=[E("Tellmark will operate the unit and pay Harrowgate", "role", "major",
               "Harrowgate will operate the unit and pay Tellmark")],
     traps=[T("designed and built by Tellmark", "Tellmark designed and built"),
            T("are splitting the rest equally", "the remainder split equally between the two firms")])

case("sodium batteries", "rewrite",
     "Perrault Cells will begin mass production of sodium-ion batteries for stationary "
     "storage at a converted factory in Vellingham in the third quarter, the company's chief "
     "operating officer, Dana Okafor, told reporters on Tuesday. The plant will have an "
     "initial capacity of 2 gigawatt-hours a year, rising to 5 gigawatt-hours by 2028 if "
     "demand holds up. Sodium-ion cells store less energy by weight than lithium-ion ones but "
     "use cheaper and more abundant materials, and Perrault says its packs will cost around "
     "30% less than comparable lithium products. The company has signed a supply agreement "
     "with grid operator Sendra Power covering 600 megawatt-hours over three years. About 450 "
     "jobs will be created at the site.",
     "Sodium-ion batteries for stationary storage will go into mass production at Perrault "
     "Cells' converted Vellingham factory in the third quarter, chief operating officer Dana "
     "Okafor told reporters on Tuesday. Annual capacity will start at 2 GWh and could reach "
     "5 GWh by 2028, provided demand holds up. Although sodium-ion cells hold less energy per "
     "kilogram than their lithium-ion counterparts, they are made from cheaper, more plentiful "
     "materials, and Perrault says its packs will be priced roughly 30% below comparable "
     "lithium products. Grid operator Sendra Power has signed a deal to take 600 megawatt-hours "
     "from the company over three years, and some 450 jobs will be created at the site.",
     traps=[T("2 GWh", "2 gigawatt-hours"),
            T("provided demand holds up", "if demand holds up"),
            T("less energy per kilogram", "less energy by weight"),
            T("more plentiful", "more abundant"),
            T("some 450 jobs", "About 450 jobs")])

case("microchip export rules", "rewrite",
     "The trade ministry of the Republic of Kestavia will require export licences for "
     "advanced chip-making equipment from 1 July, Trade Minister Oren Valdis announced on "
     "Friday. The rules cover lithography tools and deposition machines capable of producing "
     "chips at 14 nanometres or below. Licences will not be needed for shipments to the 31 "
     "countries in the Northern Trade Compact, the minister said. Companies that already hold "
     "contracts signed before 15 March will have until the end of the year to complete "
     "deliveries under the old regime. Industry group ChipKest said the measures were narrower "
     "than it had feared but urged the government to publish processing times for "
     "applications.",
     "From 1 July, exporters of advanced chip-making equipment in Kestavia will need a "
     "licence, Trade Minister Oren Valdis said on Friday. Lithography tools and deposition "
     "machines that can make chips at 14 nanometres or smaller fall under the rules. Shipments "
     "to the 31 members of the Northern Trade Compact will also require licences, according to "
     "the minister. Companies with contracts signed after 15 March will be given until the end "
     "of the year to finish deliveries under the previous regime. ChipKest, the industry group, "
     "said the measures were narrower than it had feared, but called on the government to "
     "publish how long applications would take to process.",
     errors=[E("will also require licences", "polarity", "critical", "Licences will not be needed"),
             E("after 15 March", "date", "major", "before 15 March")],
     traps=[T("14 nanometres or smaller", "14 nanometres or below"),
            T("the previous regime", "the old regime")])

case("data centre cooling", "rewrite",
     "Nordhaven Data will spend 230 million kroner converting its three data centres outside "
     "Skelby to liquid cooling over the next 18 months, the operator said on 12 September. The "
     "switch is expected to cut the sites' electricity use for cooling by about half and their "
     "annual water consumption by 60 million litres. Waste heat from the new system will be "
     "piped to the Skelby district heating network, which the municipality says could warm "
     "roughly 4,000 homes. Nordhaven's technical director, Mirja Halvorsen, said the work would "
     "be carried out in stages so that customers would not experience any downtime. The company "
     "did not say how the investment would be financed.",
     "Over the coming year and a half, Nordhaven Data is to invest 230m kroner in moving its "
     "three data centres near Skelby over to liquid cooling, the operator announced on "
     "12 September. The change is expected to roughly halve the electricity the sites use for "
     "cooling and to reduce their yearly water use by 60 million litres. Surplus heat from the "
     "new system will be fed into Skelby's district heating network; according to the "
     "municipality, it could heat around 4,000 homes. Technical director Mirja Halvorsen said "
     "the conversion would be done in phases to ensure customers faced no downtime. How the "
     "investment will be funded was not disclosed.",
     traps=[T("Over the coming year and a half", "over the next 18 months"),
            T("roughly halve", "by about half"),
            T("yearly water use", "annual water consumption"),
            T("in phases", "in stages"),
            T("How the investment will be funded was not disclosed",
              "did not say how the investment would be financed")])

case("undersea internet cables", "rewrite",
     "A consortium led by Aurelian Telecom and the state-owned operator Pelagia Net has started "
     "laying a 2,800-kilometre undersea fibre cable linking the port of Sarinto with the island "
     "of Kesh, the partners said on Monday. The cable, named Meridia-2, will carry 24 fibre "
     "pairs and is designed to provide capacity of up to 350 terabits per second. The "
     "cable-laying ship Coral Venture left Sarinto at the weekend and is expected to complete "
     "the deep-sea section by October. Commercial service is scheduled to begin in the first "
     "half of next year. Aurelian said the project would reduce Kesh's dependence on a single "
     "existing link, which was cut twice in 2023 by ship anchors.",
     "Aurelian Telecom and state-owned operator Pelagia Net, which lead a consortium, have "
     "begun laying a 2,800 km fibre cable on the seabed between the port of Sarinto and the "
     "island of Kesh, they announced on Monday. Named Coral Venture, the cable will have 24 "
     "fibre pairs and a design capacity of as much as 350 terabits per second. The cable-laying "
     "vessel Coral Venture set sail from Sarinto at the weekend and should finish the deep-sea section by "
     "October, with commercial service due to start in the first half of next year. According "
     "to Aurelian, the link will make Kesh less reliant on its only existing cable, which ship "
     "anchors severed twice in 2023.",
     errors=[E("Coral Venture", "entity", "major", "Meridia-2")],
     traps=[T("should finish the deep-sea section", "is expected to complete the deep-sea section"),
            T("which ship anchors severed twice in 2023", "which was cut twice in 2023 by ship anchors")])

case("spectrum auctions", "rewrite",
     "The Telecommunications Authority of Ostravia raised 1.42 billion lev in its auction of "
     "3.5 GHz mobile spectrum, which ended on Tuesday after 63 rounds of bidding. Three of the "
     "four participating operators won blocks: Ostracom secured 100 MHz, while Vireo Mobile and "
     "Linkwave each took 80 MHz. The fourth bidder, newcomer Talis Wireless, dropped out in the "
     "41st round. Winners must cover 70% of the population with 5G services by the end of 2027 "
     "and pay in five annual instalments. Authority chair Greta Molnar said the proceeds "
     "exceeded the government's forecast by around 200 million lev.",
     "After 63 rounds of bidding, Ostravia's auction of 3.5 GHz mobile spectrum closed on "
     "Tuesday, bringing in 1.42bn lev for the country's telecoms authority. Of the four "
     "operators taking part, three won blocks, with 100 MHz going to Ostracom and 80 MHz apiece "
     "to Vireo Mobile and Linkwave. Talis Wireless, a newcomer and the fourth bidder, pulled out "
     "in round 41. The winning operators will have to pay in five yearly instalments and provide "
     "5G coverage to seven in ten people by the end of 2027. Greta Molnar, who chairs the "
     "authority, said the sale raised roughly 200 million lev more than the government had "
     "forecast.",
     traps=[T("1.42bn lev", "1.42 billion lev"),
            T("80 MHz apiece", "each took 80 MHz"),
            T("in round 41", "in the 41st round"),
            T("five yearly instalments", "five annual instalments"),
            T("seven in ten people", "70% of the population")])

case("rural broadband vouchers", "rewrite",
     "Households and small businesses in rural parts of Corvallen County can now apply for "
     "vouchers worth up to £1,500 towards the cost of a gigabit broadband connection, the "
     "county council said on Wednesday. The scheme, funded with £9 million from the national "
     "Digital Reach programme, is open to premises that currently receive download speeds below "
     "30 megabits per second. Vouchers must be used within 12 months and can only be redeemed "
     "with one of 14 approved providers. Council leader Hamish Tarrant said around 6,000 "
     "premises were expected to benefit. Applications close on 31 January, or earlier if the "
     "funding runs out.",
     "Vouchers of up to £1,500 to help pay for a gigabit broadband connection are now available "
     "to households and small firms in rural Corvallen County, the county council announced on "
     "Wednesday. Premises where download speeds are currently under 30 megabits per second are "
     "eligible for the scheme, which is backed by £9m from the national Digital Reach programme. "
     "Each voucher has to be used within a year and is redeemable only with one of 40 approved "
     "providers. Around 6,000 premises are expected to benefit, according to council leader "
     "Hamish Tarrant. Applications close on 31 January.",
     errors=[E("", "omission", "major", "or earlier if the funding runs out",
               after="Applications close on 31 January"),
             E("40 approved providers", "number", "major", "14 approved providers")],
     traps=[T("under 30 megabits per second", "below 30 megabits per second"),
            T("£9m", "£9 million"),
            T("within a year", "within 12 months")])

# ---------------------------------------------------------------------------
# Rewrites, part 2 (cases 11-20)
# ---------------------------------------------------------------------------

case("ride hailing regulation", "rewrite",
     "The city of Port Arlen will cap the number of ride-hailing licences at 9,000 from next "
     "April and require all new vehicles on the platforms to be fully electric by 2028, "
     "transport commissioner Lydia Voss said on Thursday. There are currently about 11,500 "
     "drivers registered with the two main apps, Zipp and CarGo. Existing licence holders will "
     "be allowed to keep their permits, so the cap will be reached gradually through natural "
     "turnover rather than cancellations. Drivers will also have to complete a 16-hour safety "
     "course. Zipp said it was studying the proposals, while CarGo declined to comment.",
     "Ride-hailing licences in Port Arlen will be capped at 9,000 starting next April, and by "
     "2028 every new vehicle used on the platforms must be fully electric, the city's transport "
     "commissioner, Lydia Voss, said on Thursday. Roughly 11,500 drivers are currently signed up "
     "with Zipp and CarGo, the two main apps. No current permits will be cancelled; instead, "
     "numbers will fall to the cap gradually through natural turnover. A safety course lasting "
     "16 hours will also be compulsory for drivers. CarGo declined to comment, and Zipp said it "
     "was looking at the proposals.",
     traps=[T("Roughly 11,500", "about 11,500"),
            T("signed up with", "registered with"),
            T("No current permits will be cancelled",
              "Existing licence holders will be allowed to keep their permits"),
            T("A safety course lasting 16 hours", "a 16-hour safety course"),
            T("looking at the proposals", "studying the proposals")])

case("autonomous tractors", "rewrite",
     "Farm machinery maker Brannock Agri said on Tuesday that its driverless tractor had "
     "completed a 1,200-hectare trial on wheat farms in the Lowen Valley without a serious "
     "incident. The tractors, which use satellite positioning and lidar, ploughed and drilled "
     "fields around the clock under remote supervision. Brannock's head of automation, Teodor "
     "Lisk, said the machines had reduced fuel use by 12% compared with conventional tractors. "
     "The national farmers' union, however, said the trial had been too short to assess safety "
     "near public footpaths and called for independent testing. Brannock plans to sell the "
     "tractors from 2026 at a price it has not disclosed.",
     "Brannock Agri's driverless tractor has finished a trial covering 1,200 hectares of wheat "
     "farms in the Lowen Valley with no serious incident, the farm machinery maker said on "
     "Tuesday. Guided by satellite positioning and lidar, the tractors ploughed and drilled "
     "fields day and night while being supervised remotely. According to Teodor Lisk, who heads "
     "automation at Brannock, they used 12% less fuel than conventional tractors. Brannock "
     "acknowledged, however, that the trial had been too short to assess safety near public "
     "footpaths, and called for independent testing. The company plans to start selling the "
     "tractors in 2026 but has not disclosed the price.",
     errors=[E("Brannock acknowledged", "attribution", "major",
               "The national farmers' union, however, said")],
     traps=[T("day and night", "around the clock"),
            T("used 12% less fuel", "reduced fuel use by 12%")])

case("airport slot trading", "rewrite",
     "Low-cost carrier Skylark Air has agreed to buy eight pairs of daily take-off and landing "
     "slots at Vennford International Airport from the struggling regional airline Coastal "
     "Wings for 34 million euros, the two companies said on 3 June. The deal still needs "
     "approval from the national competition authority, which is expected to rule within eight "
     "weeks. Skylark said it would use the slots to launch routes to four holiday destinations "
     "from the winter season. Coastal Wings, which reported a loss of 19 million euros last "
     "year, said the sale would help it reduce debt. Vennford is the country's busiest airport "
     "and has operated at full capacity since 2019.",
     "Coastal Wings, a regional airline in financial difficulty, is selling eight daily pairs of "
     "take-off and landing slots at Vennford International Airport to budget carrier Skylark Air "
     "for €34m, the companies announced on 3 June. The transaction is subject to approval by "
     "the national competition authority, whose decision is likely within eight weeks. Skylark "
     "said the slots would allow it to launch routes to four holiday destinations starting in "
     "the winter season. The sale will help Coastal Wings cut its debt, said the airline, which "
     "lost €19m last year. Vennford, the busiest airport in the country, has been operating at "
     "full capacity since 2019.",
     traps=[T("a regional airline in financial difficulty", "the struggling regional airline"),
            T("budget carrier", "Low-cost carrier"),
            T("€34m", "34 million euros"),
            T("is subject to approval by", "still needs approval from"),
            T("whose decision is likely within eight weeks",
              "which is expected to rule within eight weeks")])

case("cargo airline mergers", "rewrite",
     "Freight carrier Transvia Cargo will acquire its smaller rival Bluehorn Air Logistics in a "
     "deal worth $610 million, the companies announced on Monday. Bluehorn shareholders will "
     "receive $14.20 per share in cash, a premium of 27% to Friday's closing price. The combined "
     "group will operate 52 freighter aircraft and employ about 3,900 people. Transvia chief "
     "executive Marguerite Olen will lead the merged company, while Bluehorn's founder, Amos "
     "Reyes, will join the board as a non-executive director. The deal is expected to close in "
     "the second quarter of 2025, subject to regulatory approval in the US and the EU.",
     "Transvia Cargo is buying Bluehorn Air Logistics, a smaller competitor, for $610m, the two "
     "freight carriers said on Monday. Bluehorn's shareholders will be paid $14.20 in cash for "
     "each share, 27% more than Monday's closing price. Together the companies will fly 52 "
     "freighters and have around 3,900 employees. Bluehorn's founder, Amos Reyes, will lead the "
     "combined company, with Transvia chief executive Marguerite Olen joining the board as a "
     "non-executive director. Completion is expected in the second quarter of 2025, pending "
     "regulatory approval in the US and the EU.",
     errors=[E("Monday's closing price", "date", "minor", "Friday's closing price"),
             E("Amos Reyes, will lead the combined company, with Transvia chief executive Marguerite Olen",
               "role", "major", "Transvia chief executive Marguerite Olen will lead the merged company")],
     traps=[T("27% more than", "a premium of 27% to"),
            T("pending regulatory approval", "subject to regulatory approval")])

case("port automation", "rewrite",
     "The Port of Halvik will automate its largest container terminal over the next four years "
     "under a 410-million-dollar plan approved by the port authority's board on Friday. "
     "Remote-controlled ship-to-shore cranes and 60 driverless straddle carriers will be "
     "introduced in phases, starting with the terminal's northern berth in 2025. The authority "
     "said no dock workers would be made redundant; instead, about 300 staff will be retrained "
     "for control-room and maintenance jobs. The dockworkers' union said it had reached a "
     "preliminary agreement on retraining but would continue to negotiate over shift patterns. "
     "Terminal capacity is forecast to rise from 1.8 million to 2.6 million containers a year.",
     "On Friday the board of the Halvik port authority approved a $410m plan to automate the "
     "port's biggest container terminal over the coming four years. Sixty driverless straddle "
     "carriers and remote-controlled ship-to-shore cranes are to be brought in step by step, "
     "beginning at the terminal's northern berth in 2025. None of the dock workers will lose "
     "their jobs, the authority said; around 300 staff will instead be retrained for "
     "maintenance and control-room roles. The dockworkers' union said a preliminary deal on "
     "retraining had been reached but that talks on shift patterns would continue. Annual "
     "terminal capacity is expected to grow from 1.8 million containers to 2.6 million.",
     traps=[T("$410m", "410-million-dollar"),
            T("Sixty driverless straddle carriers", "60 driverless straddle carriers"),
            T("step by step", "in phases"),
            T("None of the dock workers will lose their jobs",
              "no dock workers would be made redundant"),
            T("is expected to grow", "is forecast to rise")])

case("toll road concessions", "rewrite",
     "The government of Marlovia has extended the concession for the A7 toll motorway held by "
     "Viatris Roads by 12 years, to 2049, in exchange for the operator funding a "
     "1.1-billion-euro widening of the road's busiest section. The transport ministry said on "
     "Wednesday that tolls for cars would rise by no more than inflation during the extension "
     "period. Work on widening the 38-kilometre stretch between Dorran and Kilby to three lanes "
     "in each direction is due to start next spring. Opposition MPs criticised the decision to "
     "extend the contract without a public tender.",
     "Viatris Roads will run Marlovia's A7 toll motorway for an extra 12 years, until 2049, "
     "after the government extended its concession in return for the operator paying for a "
     "€1.1bn widening of the busiest part of the road. Car tolls will go up by no more than "
     "inflation over the extension, the transport ministry said on Wednesday. Widening of the "
     "38 km section between Dorran and Kilby to three lanes each way is scheduled to begin next "
     "spring. Opposition MPs attacked the government for extending the contract without putting "
     "it out to public tender and have called for a parliamentary inquiry.",
     errors=[E("and have called for a parliamentary inquiry", "addition", "major", None)],
     traps=[T("€1.1bn", "1.1-billion-euro"),
            T("three lanes each way", "three lanes in each direction"),
            T("is scheduled to begin next spring", "is due to start next spring")])

case("water meter rollout", "rewrite",
     "Southvale Water has fitted smart meters to 212,000 homes, just over half of the "
     "properties it supplies, and aims to complete the rollout by the end of 2026, the utility "
     "said in its annual report on Tuesday. The meters send hourly readings and have helped "
     "identify around 9,400 leaks on customers' pipes since the programme started in 2022. "
     "Average household consumption in metered areas has fallen by 11%, the company said. "
     "Southvale, which serves about 410,000 properties, has faced criticism from the regulator "
     "for missing its leakage targets in two of the past three years. Customers will not be "
     "charged for the installation.",
     "In its annual report, published on Tuesday, Southvale Water said it had installed smart "
     "meters in 212,000 homes, slightly more than half of the properties it supplies, and that "
     "it aimed to finish the rollout by the close of 2026. Since the programme began in 2022, "
     "the meters, which transmit a reading every hour, have helped uncover some 9,400 leaks on "
     "customers' pipes. According to the company, average household use has dropped by 11% in "
     "areas with meters. The regulator has criticised Southvale, which supplies roughly 410,000 "
     "properties, for failing to meet its leakage targets in two of the last three years. "
     "Installation will be free of charge for customers.",
     traps=[T("slightly more than half", "just over half"),
            T("transmit a reading every hour", "send hourly readings"),
            T("some 9,400 leaks", "around 9,400 leaks"),
            T("failing to meet its leakage targets", "missing its leakage targets"),
            T("Installation will be free of charge for customers",
              "Customers will not be charged for the installation")])

case("leak repair crews", "rewrite",
     "Greyford Water will add 45 repair crews this summer in an effort to clear a backlog of "
     "about 3,200 reported leaks across the city, the company's operations director, Nadia "
     "Brook, said on Monday. The extra teams, hired through two contractors, will work evenings "
     "and weekends until the backlog falls below 1,000. Brook said the utility might also "
     "introduce a target of fixing visible leaks within five days, although no decision had "
     "been taken. The company lost an estimated 31% of the water it treated last year through "
     "leaks, one of the highest rates in the country. Residents can report leaks via a new "
     "online map launched last week.",
     "Greyford Water is to take on 45 more repair crews this summer to tackle a backlog of "
     "roughly 3,200 reported leaks in the city, operations director Nadia Brook said on Monday. "
     "Hired through two contractors, the additional crews will work evenings and weekends until "
     "fewer than 1,000 leaks remain outstanding. Brook said the utility also planned to "
     "introduce a target of fixing visible leaks within five days, although no decision had "
     "been taken. Last year an estimated 31% of the water the company treated was lost through "
     "leaks, among the highest rates in the country. Residents can now report leaks on an online "
     "map that went live last week, and the additional crews will work evenings and weekends.",
     errors=[E("also planned to introduce", "modality", "major", "might also introduce"),
             E("the additional crews will work evenings and weekends", "repetition", "minor",
               None, occ=1)],
     traps=[T("roughly 3,200", "about 3,200"),
            T("until fewer than 1,000 leaks remain outstanding", "until the backlog falls below 1,000")])

case("river bathing status", "rewrite",
     "A 1.5-kilometre stretch of the River Tamsin at Ellbridge has been designated an official "
     "bathing site, the environment ministry announced on 22 May, making it the first river "
     "location in the region to receive the status. The designation means the water will be "
     "tested for E. coli and other bacteria at least 20 times between 15 May and 30 September "
     "each year, with results published online. Campaign group Clear Tamsin, which collected "
     "evidence that more than 1,000 people swam there on hot days, welcomed the decision. The "
     "local water company said it would spend £6 million over five years to reduce sewage "
     "overflows upstream of the site.",
     "The environment ministry said on 22 May that it had designated 1.5 km of the River Tamsin "
     "at Ellbridge as an official bathing site, the first river location in the region to be "
     "given that status. As a result, the water will be sampled for bacteria including E. coli "
     "no fewer than 20 times each year between mid-May and the end of September, and the "
     "results will be posted online. The decision was welcomed by Clear Tamsin, a campaign "
     "group whose evidence showed that upwards of 1,000 people swam at the spot on hot days. The "
     "local water company has pledged to spend £6m over five years cutting sewage overflows "
     "upstream of the site.",
     traps=[T("1.5 km", "1.5-kilometre"),
            T("no fewer than 20 times", "at least 20 times"),
            T("between mid-May and the end of September", "between 15 May and 30 September"),
            T("upwards of 1,000 people", "more than 1,000 people"),
            T("£6m", "£6 million")])

case("wetland credits", "rewrite",
     "The environment agency of Brevland has approved the country's first wetland restoration "
     "credits, allowing landowners to sell certified units of restored marsh to developers who "
     "must offset habitat losses. The first batch of 340 credits was issued on Monday to the "
     "Orrin Marsh project, where 85 hectares of drained farmland were re-flooded in 2022. Each "
     "credit represents a quarter of a hectare and will sell for about 18,000 crowns, the "
     "project's manager, Saskia Lind, said. Developers will be able to buy credits only from "
     "sites in the same river catchment as their construction projects. Environmental groups "
     "broadly welcomed the scheme but warned that monitoring must be independent.",
     "Brevland's environment agency has given the go-ahead for the country's first wetland "
     "restoration credits, under which landowners can sell certified units of restored marsh to "
     "developers required to offset habitat losses. On Monday the Orrin Marsh project, where 85 "
     "hectares of drained farmland were flooded again in 2022, sold the first batch of 340 "
     "credits. Project manager Saskia Lind said each credit, equal to 0.25 hectares, would fetch "
     "about 18,000 crowns. Developers may buy credits only from sites within the same river "
     "catchment as their building projects. While broadly supportive of the scheme, "
     "environmental groups warned that monitoring had to be independent.",
     errors=[E("sold", "event", "major", "was issued")],
     traps=[T("has given the go-ahead for", "has approved"),
            T("were flooded again", "were re-flooded"),
            T("equal to 0.25 hectares", "represents a quarter of a hectare")])

# ---------------------------------------------------------------------------
# Summaries (cases 21-30)
# ---------------------------------------------------------------------------

case("wolf compensation", "summary",
     "Farmers in the Alder Highlands will receive faster and higher compensation for livestock "
     "killed by wolves under new rules announced on Thursday by the regional agriculture "
     "department. Payments will rise from 180 to 250 crowns per sheep, and claims will be "
     "settled within 30 days instead of the current average of nearly four months. Farmers will "
     "no longer need to wait for a veterinary inspection if a state-trained assessor has "
     "photographed the carcass. The department recorded 1,140 sheep killed by wolves last year, "
     "up from 760 the year before, as the region's wolf population grew to an estimated 64 "
     "animals. Regional agriculture minister Paavo Ketola said the changes aimed to reduce "
     "tension between farmers and conservationists. The department will also fund electric "
     "fencing for up to 70% of its cost.",
     "New rules in the Alder Highlands raise compensation for sheep killed by wolves to 250 "
     "crowns from 180 and require claims to be settled within 30 days instead of after almost "
     "four months on average. Farmers will not need to wait for a vet's inspection if a "
     "state-trained assessor has photographed the carcass, and up to 70% of the cost of electric "
     "fencing will be covered. Wolves killed 1,140 sheep last year, against 760 the year before.",
     traps=[T("almost four months", "nearly four months"),
            T("a vet's inspection", "a veterinary inspection"),
            T("up to 70% of the cost of electric fencing will be covered",
              "fund electric fencing for up to 70% of its cost"),
            T("against 760 the year before", "up from 760 the year before")])

case("tree disease surveys", "summary",
     "A national survey of tree health in Calverra has found signs of disease in 14% of the "
     "52,000 trees examined last year, up from 9% in the previous survey in 2020, the Forestry "
     "Institute said on Tuesday. Oak decline and a fungal blight affecting larches accounted for "
     "most of the increase. The institute's lead scientist, Dr Marit Soames, said warmer, wetter "
     "winters were helping pathogens spread, but cautioned that better detection methods also "
     "explained part of the rise. The survey, carried out by 120 trained volunteers and 30 "
     "institute staff, covered every province for the first time. The Woodland Owners' "
     "Association called for grants to replant affected stands with more resilient species.",
     "Signs of disease were found in 14% of the 52,000 trees checked in Calverra's national survey last "
     "year, compared with 9% in 2020, with oak decline and larch blight behind most of the "
     "increase. The survey, which covered every province for the first time, used 150 trained "
     "volunteers plus 30 institute staff. The Woodland Owners' Association blamed warmer, wetter "
     "winters for helping pathogens spread, and called for replanting grants.",
     errors=[E("150 trained volunteers", "number", "minor", "120 trained volunteers"),
             E("The Woodland Owners' Association blamed", "attribution", "major",
               "The institute's lead scientist, Dr Marit Soames, said")],
     traps=[T("checked", "examined"),
            T("compared with 9% in 2020", "up from 9% in the previous survey in 2020")])

case("ash dieback", "summary",
     "Ash dieback has now been confirmed in all 18 districts of Fenmoor, three years after the "
     "fungal disease was first detected in the county, the Fenmoor Tree Council said in a report "
     "published on Friday. The council estimates that up to 85% of the county's roughly 2.4 "
     "million ash trees will die or decline over the next decade. Clearing dangerous trees along "
     "roads is expected to cost local authorities about £31 million, of which the national "
     "government has so far committed £7 million. The report recommends planting a mix of native "
     "species such as field maple, hornbeam and small-leaved lime to replace lost ash, and "
     "identifies 40 individual trees that appear tolerant to the disease for use in a breeding "
     "programme.",
     "Three years after it was first detected in Fenmoor, ash dieback has spread to every one of "
     "the county's 18 districts, according to a Tree Council report released on Friday. The "
     "council estimates that as many as 85% of Fenmoor's approximately 2.4 million ash trees will "
     "die or decline within ten years. Felling hazardous roadside trees will likely cost councils "
     "around £31m, with £7m pledged by central government so far. The report suggests replacing "
     "ash with a mix of native species and breeding from 40 trees that seem to tolerate the "
     "disease.",
     traps=[T("every one of the county's 18 districts", "all 18 districts of Fenmoor"),
            T("as many as 85%", "up to 85%"),
            T("within ten years", "over the next decade"),
            T("will likely cost councils around £31m",
              "is expected to cost local authorities about £31 million"),
            T("seem to tolerate the disease", "appear tolerant to the disease")])

case("rabies vaccination", "summary",
     "Health authorities in the coastal province of Madura Selt vaccinated 146,000 dogs against "
     "rabies in a six-week campaign that ended on Sunday, reaching an estimated 78% of the "
     "province's dog population, officials said. The World Health Organization recommends "
     "coverage of at least 70% to interrupt transmission. No human rabies deaths have been "
     "recorded in the province this year, compared with five in 2023. Provincial veterinary "
     "director Anil Sethuraman said teams would return to three remote islands that could not "
     "be reached because of bad weather. Dog owners were not charged for the vaccine, which was "
     "donated by the charity Pawsafe.",
     "A six-week campaign in Madura Selt that ended on Sunday vaccinated 146,000 dogs against "
     "rabies, an estimated 78% of the province's dogs and above the 70% minimum the WHO "
     "recommends to interrupt transmission. The province has had no human rabies deaths this "
     "year, against five in 2023. Teams will not return to three remote islands missed because "
     "of bad weather. The vaccine, donated by Pawsafe, was free to owners.",
     errors=[E("will not return", "polarity", "major", "would return")],
     traps=[T("above the 70% minimum the WHO recommends", "recommends coverage of at least 70%"),
            T("against five in 2023", "compared with five in 2023"),
            T("was free to owners", "Dog owners were not charged")])

case("antibiotic resistance surveillance", "summary",
     "A new national surveillance network for antibiotic resistance in Teravia will link "
     "laboratories at 42 hospitals and 300 community clinics, allowing resistant infections to "
     "be reported within 48 hours, the health ministry said on Wednesday. Currently, data are "
     "collected manually and compiled only once a quarter. The system, which will cost 27 "
     "million dinars over three years, is due to be fully operational by June 2026. Deputy "
     "health minister Leila Haddad said resistance to common antibiotics had risen sharply, "
     "citing figures showing that one in four E. coli bloodstream infections last year did not "
     "respond to first-line treatment, up from one in six in 2018. The ministry also plans to "
     "publish resistance rates for each hospital.",
     "Teravia is building a national antibiotic resistance surveillance network linking labs in "
     "42 hospitals and 300 community clinics, so that resistant infections can be reported "
     "within two days rather than compiled manually once a quarter. The 27m-dinar system should "
     "be fully running by June 2026. According to deputy health minister Leila Haddad, 25% of "
     "E. coli bloodstream infections last year did not respond to first-line treatment, up from "
     "one in six in 2018.",
     traps=[T("within two days", "within 48 hours"),
            T("27m-dinar", "27 million dinars"),
            T("should be fully running", "is due to be fully operational"),
            T("25% of E. coli bloodstream infections", "one in four E. coli bloodstream infections")])

case("malaria vaccine rollout", "summary",
     "The health ministry of Kambesi has begun rolling out the malaria vaccine R44 to children "
     "aged five to 24 months in eight high-burden districts, with 410,000 doses delivered so far "
     "by the vaccine alliance Globimmune. Each child needs four doses, and the ministry aims to "
     "reach 120,000 children in the first year. Dr Rose Nakato, who leads the national malaria "
     "programme, said the vaccine would complement, not replace, bed nets and preventive "
     "medicines. A pilot in the district of Lwera cut severe malaria cases among vaccinated "
     "children by about 30%. Health workers will receive training in the coming weeks, and a "
     "second shipment of doses is expected in March.",
     "Kambesi has started giving the R44 malaria vaccine to children aged five to 24 months in "
     "eight high-burden districts, becoming the first country in the region to do so. Globimmune "
     "has delivered 410,000 doses; each child needs four, and 120,000 children are targeted in "
     "year one. Dr Rose Nakato, who heads Globimmune's malaria programme, said the vaccine would "
     "add to rather than replace bed nets and preventive drugs. In a pilot in Lwera, severe cases "
     "among vaccinated children fell by about 30%.",
     errors=[E("becoming the first country in the region to do so", "addition", "major", None),
             E("Globimmune's malaria programme", "entity", "major", "the national malaria programme")],
     traps=[T("in year one", "in the first year"),
            T("would add to rather than replace", "would complement, not replace")])

case("organ donation opt-out", "summary",
     "Adults in the Republic of Sandria will be considered potential organ donors unless they "
     "have registered an objection, under a law passed by parliament on Tuesday by 212 votes to "
     "58. The opt-out system will take effect on 1 January 2026 after a public information "
     "campaign lasting 12 months. Families will still be consulted before any donation goes "
     "ahead and will be able to refuse. People under 18, visitors and those who have lived in "
     "the country for less than a year will be excluded. Health minister Tomas Berglund said the "
     "change could increase the number of transplants by up to 20% within five years. About "
     "1,900 people are currently on the national waiting list.",
     "Sandria's parliament voted 212 to 58 on Tuesday for an opt-out organ donation system, "
     "taking effect on 1 January 2026, under which adults are presumed to be donors unless they "
     "have registered an objection. Relatives will still be consulted and can refuse a donation. "
     "Under-18s, visitors and residents of less than a year are exempt. The health minister said "
     "transplants could rise by as much as a fifth within five years; some 1,900 people are on "
     "the waiting list.",
     traps=[T("Relatives", "Families"),
            T("can refuse a donation", "will be able to refuse"),
            T("are exempt", "will be excluded"),
            T("The health minister", "Health minister Tomas Berglund"),
            T("by as much as a fifth", "by up to 20%")])

case("generic drug shortages", "summary",
     "The medicines regulator of Valmora said on Monday that 87 generic drugs were in short "
     "supply, the highest number since it began publishing a shortage list in 2017. "
     "Antibiotics, blood pressure tablets and hormone replacement therapies are among the most "
     "affected. The regulator blamed manufacturing problems at two large suppliers abroad and "
     "low reimbursement prices that have led some firms to withdraw from the market. It will "
     "allow pharmacists to substitute alternative formulations without a new prescription from "
     "1 March until the end of June. Pharmacy association chair Beatriz Conde said patients were "
     "spending hours trying to find medicines and urged the government to review pricing.",
     "Valmora's medicines regulator listed 87 generic drugs in short supply on Monday, the most "
     "since its shortage list started in 2017, with antibiotics, blood pressure pills and HRT "
     "among the worst hit. Blaming production problems at two big overseas suppliers and low "
     "reimbursement prices, it will let pharmacists switch formulations without a fresh "
     "prescription from 1 May until the end of June. The pharmacy association urged a pricing "
     "review.",
     errors=[E("from 1 May", "date", "major", "from 1 March")],
     traps=[T("HRT", "hormone replacement therapies"),
            T("two big overseas suppliers", "two large suppliers abroad"),
            T("without a fresh prescription", "without a new prescription")])

case("insulin pricing", "summary",
     "Pharmaceutical company Ardent Bio will cut the list price of its most widely used insulin, "
     "Glucora, by 65% from 1 August, chief executive Noor Halabi said on Thursday. A 10 ml vial "
     "will cost $98, down from $280. The company will also cap out-of-pocket costs at $35 a "
     "month for patients with commercial insurance, and for uninsured patients who enrol in its "
     "assistance programme. The move follows similar announcements by two rival manufacturers "
     "earlier this year and comes as lawmakers prepare hearings on drug pricing in September. "
     "Patient groups welcomed the cut but said the price of newer, long-acting insulins remained "
     "too high. Ardent said the reduction would lower its annual revenue by about $400 million.",
     "Ardent Bio is cutting the list price of Glucora, its most widely used insulin, by 65% from "
     "1 August, taking a 10 ml vial to $98 from $280. Out-of-pocket costs will be capped at $35 a "
     "month for commercially insured patients and for uninsured ones enrolled in its assistance "
     "scheme. Patient groups welcomed the cut but said newer long-acting insulins were still too "
     "expensive. Ardent expects the reduction to cost it about $400m in annual revenue.",
     traps=[T("commercially insured patients", "patients with commercial insurance"),
            T("enrolled in its assistance scheme", "who enrol in its assistance programme"),
            T("were still too expensive", "remained too high"),
            T("$400m", "$400 million")])

case("hospital parking charges", "summary",
     "Hospitals in the Dunlow health region will scrap parking charges for patients attending "
     "cancer treatment and dialysis from 1 April, the regional health board said on Tuesday. "
     "Parents of children staying overnight and staff working night shifts will also park free. "
     "The board estimates the change will cost about £2.3 million a year in lost income, which it "
     "will cover from its maintenance budget. Visitors will continue to pay, but the hourly rate "
     "at the three largest sites will be frozen at £2.20 until 2027. The decision follows a "
     "petition signed by more than 40,000 people. Board chair Ewan Macrae said charging "
     "seriously ill patients to park had become 'indefensible'.",
     "From 1 April, Dunlow's hospitals will stop charging cancer and dialysis patients to park, "
     "and parents of children staying overnight and night-shift staff will also park free. The "
     "board will cover the estimated £2.3m annual cost from its maintenance budget. Visitors "
     "will still pay, and the hourly rate at the three biggest sites will rise to £2.20 until "
     "2027. Following a petition signed by over 40,000 people, hospitals will stop charging "
     "cancer and dialysis patients to park.",
     errors=[E("will rise to £2.20", "event", "major", "will be frozen at £2.20"),
             E("hospitals will stop charging cancer and dialysis patients to park", "repetition",
               "minor", None, occ=1)],
     traps=[T("£2.3m", "£2.3 million"),
            T("three biggest sites", "three largest sites"),
            T("over 40,000 people", "more than 40,000 people")])

# ---------------------------------------------------------------------------
# Translations (cases 31-40): two independent English renderings of one story
# ---------------------------------------------------------------------------

case("ambulance handover delays", "translation",
     "Ambulances in the region of Alta Varenna lost a total of 18,400 hours last year waiting "
     "outside emergency departments to hand over patients, according to a report presented on "
     "Wednesday by the regional health service. The average handover time was 47 minutes, "
     "compared with a target of 15 minutes. The longest delays were recorded at San Lupo "
     "hospital, where one ambulance waited more than nine hours in January. Health councillor "
     "Marta Ferrandi announced that 60 additional beds would be opened in the winter months and "
     "that a 'rapid handover area' staffed by two nurses would be created at each of the four "
     "main hospitals. Unions representing paramedics said the measures were insufficient.",
     "According to a report the regional health service presented on Wednesday, ambulances in "
     "Alta Varenna spent 18,400 hours in total last year queuing outside emergency departments "
     "before they could transfer their patients. Handovers took 47 minutes on average, against a "
     "target of a quarter of an hour. San Lupo hospital had the worst delays: in January, one "
     "ambulance was kept waiting for over nine hours. The regional councillor for health, Marta "
     "Ferrandi, said 60 extra beds would open during the winter months and each of the four main "
     "hospitals would get a 'fast handover zone' with two nurses. The paramedics' unions said the "
     "measures were not enough.",
     traps=[T("a quarter of an hour", "15 minutes"),
            T("over nine hours", "more than nine hours"),
            T("60 extra beds", "60 additional beds"),
            T("fast handover zone", "rapid handover area"),
            T("were not enough", "were insufficient")])

case("pharmacy closures", "translation",
     "More than 600 pharmacies closed in Germont last year, the largest annual drop in two "
     "decades, the national pharmacists' chamber reported on Monday. There are now 15,870 "
     "pharmacies in the country, about one for every 5,300 inhabitants. The chamber attributed "
     "the closures mainly to staff shortages and a fixed dispensing fee that has not been raised "
     "since 2013. In rural areas of the Haut-Lirac region, some residents now travel more than "
     "20 kilometres to the nearest pharmacy, chamber president Élise Marchand said. The health "
     "ministry said it was preparing a reform of pharmacy remuneration, which would be presented "
     "before the summer.",
     "Germont lost over 600 pharmacies last year, the sharpest fall in a single year for twenty "
     "years, according to figures published on Monday by the national chamber of pharmacists. "
     "The country now has 15,870 pharmacies, or roughly one per 5,300 residents. The chamber "
     "blamed the closures on a lack of staff and on a fixed dispensing fee that has been frozen "
     "since 2013. Some inhabitants of rural Haut-Lirac must now travel upwards of 20 km to reach "
     "a pharmacy, said Élise Marchand, the chamber's president. The finance ministry said a "
     "reform of how pharmacies are paid was being prepared and would be presented before summer.",
     errors=[E("", "omission", "major", "mainly", after="The chamber blamed the closures"),
             E("The finance ministry", "entity", "major", "The health ministry")],
     traps=[T("for twenty years", "in two decades"),
            T("roughly one per 5,300 residents", "about one for every 5,300 inhabitants"),
            T("upwards of 20 km", "more than 20 kilometres")])

case("school meal funding", "translation",
     "The government of Lusitara will increase funding for free school meals by 35% from the "
     "next school year, Education Minister Rui Valadares announced on Saturday in Vila Serena. "
     "The per-meal subsidy paid to municipalities will rise from 1.80 to 2.43 escudos, and all "
     "pupils in the first four years of primary school will be eligible regardless of family "
     "income. Currently, only children from households receiving social benefits qualify. About "
     "310,000 additional pupils are expected to benefit. The minister said at least 30% of "
     "ingredients should come from local producers by 2027. The association of municipalities "
     "welcomed the measure but warned that many school kitchens would need renovation.",
     "Speaking in Vila Serena on Saturday, Education Minister Rui Valadares said the Lusitaran "
     "government would raise free school meal funding by 35 per cent starting next school year. "
     "Municipalities will receive a subsidy of 2.43 escudos per meal instead of 1.80, and every "
     "pupil in the first four years of primary school will qualify whatever their family's "
     "income, whereas at present only children in households on social benefits are entitled. "
     "Some 310,000 more pupils are likely to benefit. At least 30 per cent of ingredients ought "
     "to be sourced from local producers by 2027, according to the minister. While welcoming the "
     "measure, the association of municipalities cautioned that many school kitchens would have "
     "to be renovated.",
     traps=[T("35 per cent", "35%"),
            T("whatever their family's income", "regardless of family income"),
            T("Some 310,000 more pupils", "About 310,000 additional pupils"),
            T("are likely to benefit", "are expected to benefit"),
            T("would have to be renovated", "would need renovation")])

case("teacher strikes", "translation",
     "Secondary school teachers in the province of Valderrey will strike for 48 hours next "
     "Tuesday and Wednesday after talks with the regional education department broke down, the "
     "teachers' union FETE announced on Thursday. The union is demanding a salary increase of 8% "
     "and a reduction in teaching hours from 20 to 18 per week. The education department has "
     "offered a 3.5% rise spread over two years. Union spokesperson Clara Ibarra said more than "
     "70% of members had voted in favour of the strike. Regional education minister Jorge "
     "Salcedo accused the union of abandoning negotiations and said he remained open to "
     "dialogue.",
     "The FETE union said on Thursday that secondary teachers in Valderrey province will walk "
     "out for two days, next Tuesday and Wednesday, following the collapse of negotiations with "
     "the regional education department. FETE wants pay to go up by 8% and weekly teaching hours "
     "to be cut from 20 to 18, while the department is offering 3.5% spread over two years. "
     "According to union spokeswoman Clara Ibarra, over 70% of members voted for the strike. The "
     "union accused the regional education minister, Jorge Salcedo, of walking away from the "
     "negotiations; the minister said he remained open to dialogue.",
     errors=[E("The union accused the regional education minister", "role", "major",
               "Jorge Salcedo accused the union")],
     traps=[T("walk out for two days", "strike for 48 hours"),
            T("over 70% of members voted for the strike",
              "more than 70% of members had voted in favour of the strike")])

case("university tuition caps", "translation",
     "Public universities in Norrlandia will not be allowed to raise annual tuition fees for "
     "domestic students above 9,500 kronor from the 2025 academic year, under a decree approved "
     "by the cabinet on Thursday. About a quarter of the country's 31 public universities "
     "currently charge more than that amount and will have to lower their fees. The government "
     "will compensate them with a fund of 120 million kronor per year. Higher education minister "
     "Astrid Holm said the cap was intended to stop fees rising faster than inflation, which they "
     "had done for six consecutive years. The rectors' conference said the compensation did not "
     "cover the full loss of income.",
     "From the 2025 academic year, yearly tuition fees for domestic students at Norrlandia's "
     "public universities will be capped at 9,500 kronor, according to a decree the cabinet "
     "adopted on Thursday. Roughly one in four of the country's 31 public universities charge "
     "more than this today and will have to cut their fees; the government will compensate them "
     "from a 120-million-kronor annual fund. The cap is meant to stop fees from outpacing "
     "inflation, as they have done six years in a row, said the higher education minister, "
     "Astrid Holm. According to the rectors' conference, the compensation falls short of "
     "covering the full loss of income.",
     traps=[T("will be capped at 9,500 kronor",
              "will not be allowed to raise annual tuition fees for domestic students above 9,500 kronor"),
            T("Roughly one in four", "About a quarter"),
            T("120-million-kronor annual fund", "a fund of 120 million kronor per year"),
            T("six years in a row", "six consecutive years"),
            T("falls short of covering the full loss of income",
              "did not cover the full loss of income")])

case("student visa rules", "translation",
     "The government of Ostrevia will reduce the number of study visas issued to foreign "
     "students by 15% next year, to about 425,000, the interior ministry announced on Tuesday. "
     "Students on master's and doctoral programmes will be exempt from the reduction. Applicants "
     "will also have to show savings of at least 14,000 euros, up from 9,000 euros, to prove they "
     "can support themselves. Universities warned the measure could cost the sector up to 1.2 "
     "billion euros a year in fee income. Interior minister Pavel Drozd said the ministry might "
     "also limit the right of graduates to stay and work after their studies, but that no "
     "decision would be taken before the autumn.",
     "Ostrevia's interior ministry said on Tuesday that the number of study visas granted to "
     "foreign students would be cut by 50% next year, to around 425,000. Master's and doctoral "
     "students will not be affected by the cut. To demonstrate that they can support themselves, "
     "applicants will in addition need savings of no less than 14,000 euros, compared with 9,000 "
     "euros until now. According to universities, the sector could lose as much as 1.2 billion "
     "euros a year in fee income as a result. Interior Minister Pavel Drozd said the ministry "
     "will also restrict graduates' right to remain and work once they finish studying, though "
     "nothing would be decided before autumn.",
     errors=[E("50%", "number", "major", "15%"),
             E("will also restrict", "modality", "major", "might also limit")],
     traps=[T("will not be affected by the cut", "will be exempt from the reduction"),
            T("no less than 14,000 euros", "at least 14,000 euros"),
            T("as much as 1.2 billion euros", "up to 1.2 billion euros")])

case("four-day week trials", "translation",
     "Sixty-one companies in Belmonde that took part in a six-month trial of a four-day working "
     "week reported no fall in productivity, according to results published on Monday by the "
     "Institute for Labour Studies in Carvel. Employees worked 32 hours instead of 37 without any "
     "loss of pay. Fifty-two of the firms have decided to keep the shorter week, while nine will "
     "return to five days, mostly citing difficulties in customer service. Sick leave fell by 23% "
     "over the period compared with the same months of the previous year. Lead researcher Hélène "
     "Durand cautioned that the participating companies had volunteered and were therefore not "
     "representative of the whole economy.",
     "None of the 61 Belmonde firms that spent six months trialling a four-day working week "
     "reported a drop in productivity, according to results released on Monday by the Institute "
     "for Labour Studies in Carvel. Staff worked 32 hours rather than 37, on full pay. Of the "
     "participating firms, 52 will stay on the shorter week and nine are going back to five days, "
     "most of them citing problems with customer service. Compared with the same months a year "
     "earlier, sick leave was down 23% during the trial. The firms had signed up voluntarily and "
     "so do not reflect the economy as a whole, warned lead researcher Hélène Durand.",
     traps=[T("32 hours rather than 37", "32 hours instead of 37"),
            T("on full pay", "without any loss of pay"),
            T("a year earlier", "of the previous year"),
            T("sick leave was down 23%", "Sick leave fell by 23%"),
            T("do not reflect the economy as a whole",
              "were therefore not representative of the whole economy")])

case("gig worker rights", "translation",
     "Food delivery couriers working through digital platforms in Veloria must be treated as "
     "employees unless the company can prove they are genuinely self-employed, the Supreme Labour "
     "Court ruled on Friday. The case was brought by 14 riders working for the app Rapidó, who "
     "argued that the platform controlled their schedules and pay through its algorithm. The "
     "court ordered Rapidó to pay social security contributions for the riders dating back to "
     "2021. The company said it would comply with the ruling but warned that it could reduce the "
     "number of couriers it works with. About 38,000 people deliver food through apps in the "
     "country, according to the labour ministry.",
     "On Friday Veloria's Supreme Labour Court ruled that food couriers who work via digital "
     "platforms must be considered employees unless the company proves that they are truly "
     "self-employed. The case had been filed by 14 delivery riders for the Rapidó app, who said "
     "the platform used its algorithm to control their hours and their pay. Rapidó was ordered to "
     "pay social security contributions for them going back to 2021. The company said it would "
     "not accept the ruling and warned that it might work with fewer couriers in future. "
     "According to the labour ministry, around 38,000 people in the country deliver food via "
     "apps.",
     errors=[E("would not accept the ruling", "polarity", "critical", "would comply with the ruling")],
     traps=[T("truly self-employed", "genuinely self-employed"),
            T("going back to 2021", "dating back to 2021"),
            T("might work with fewer couriers", "could reduce the number of couriers it works with")])

case("pension auto-enrolment", "translation",
     "From January 2026, employers in Kalvonia with more than ten staff will be required to "
     "enrol workers aged 22 to 60 automatically in a workplace pension scheme, under a law signed "
     "by President Ilmari Saarela on Tuesday. Employees will contribute 3% of their gross salary "
     "and employers 2%, rising to 4% and 3% respectively in 2029. Workers will be able to opt out "
     "within 60 days of being enrolled, but will be re-enrolled every three years. The social "
     "affairs ministry expects around 640,000 people to join schemes in the first year. Small "
     "business associations had asked for a longer transition period.",
     "Kalvonia's president, Ilmari Saarela, on Tuesday signed a law obliging employers with over "
     "ten staff to automatically enrol workers between 22 and 60 in a workplace pension from "
     "January 2026. Workers will pay 3% of gross pay and employers 2%; in 2029 those rates will go "
     "up to 4% for employees and 3% for employers. Staff can leave the scheme within 60 days of "
     "joining, but they will be enrolled again every three years. Some 640,000 people are "
     "expected by the social affairs ministry to join in the first year. Associations of small "
     "businesses had called for a longer transition period.",
     traps=[T("over ten staff", "more than ten staff"),
            T("4% for employees and 3% for employers", "4% and 3% respectively"),
            T("will be enrolled again", "will be re-enrolled"),
            T("Some 640,000 people are expected by the social affairs ministry",
              "The social affairs ministry expects around 640,000 people"),
            T("had called for", "had asked for")])

case("buy now pay later rules", "translation",
     "Buy-now-pay-later providers in Sardonia will have to check customers' ability to repay "
     "before granting credit of more than 200 lira, under rules published on Wednesday by the "
     "financial supervisor, the FSA. Firms must also register with the authority by 30 September "
     "and clearly display late-payment fees before purchase. The FSA said the number of people "
     "using such services had tripled in three years to 4.1 million. The consumer association "
     "Cívica welcomed the rules but said the 200-lira threshold was too high, as most purchases "
     "were smaller. The industry association Pagaflex warned that stricter checks could push "
     "young customers towards less regulated lenders.",
     "Under rules that Sardonia's financial supervisor, the FSA, published on Wednesday, "
     "buy-now-pay-later firms will need to assess whether customers can repay before extending "
     "credit above 200 lira. They will also have to register with the FSA by 30 September and "
     "show late-payment charges clearly before a purchase is made. According to the supervisor, "
     "the number of users of these services has trebled in three years, reaching 4.1 million. "
     "Cívica, a consumer group, welcomed the rules but said the 200-lira limit was too high, since "
     "most purchases fall below it. The consumer group also warned that tougher checks could "
     "drive young customers to less regulated lenders.",
     errors=[E("The consumer group also warned", "attribution", "major",
               "The industry association Pagaflex warned")],
     traps=[T("credit above 200 lira", "credit of more than 200 lira"),
            T("late-payment charges", "late-payment fees"),
            T("has trebled", "had tripled")])

# ---------------------------------------------------------------------------
# Offset computation and validation
# ---------------------------------------------------------------------------

def find_nth(haystack, needle, occ):
    """Start index of occurrence number `occ` (0-based) of `needle`."""
    pos = -1
    for _ in range(occ + 1):
        pos = haystack.find(needle, pos + 1)
        if pos < 0:
            raise ValueError("text %r (occurrence %d) not found" % (needle, occ))
    return pos


def cuts_word(s, i):
    """True if position i lies strictly between two word characters."""
    return 0 < i < len(s) and s[i - 1].isalnum() and s[i].isalnum()


def words(s):
    return len(s.split())


def build_record(idx, c, problems):
    cid = "s%d-%03d" % (N, idx)
    ref, cand = c["reference"], c["candidate"]

    def bad(msg):
        problems.append("%s (%s): %s" % (cid, c["domain"], msg))

    errors, traps, spans = [], [], []
    for e in c["errors"]:
        if e["type"] not in ERROR_TYPES:
            bad("unknown error type %r" % e["type"])
        if e["severity"] not in SEVERITIES:
            bad("unknown severity %r" % e["severity"])
        if e["type"] == "omission":
            if e["text"] != "" or not e["after"]:
                bad("omission needs empty text and an anchor")
                continue
            if c["mode"] == "summary":
                bad("omission in a summary")
            a = find_nth(cand, e["after"], e["after_occ"])
            start = end = a + len(e["after"])
            if not e["ref_text"] or e["ref_text"] in cand:
                bad("omission ref_text %r missing or present in candidate" % e["ref_text"])
        else:
            if e["after"]:
                bad("anchor given for a non-omission error")
            start = find_nth(cand, e["text"], e["occ"])
            end = start + len(e["text"])
            if not e["text"].strip() or e["text"] != e["text"].strip():
                bad("error span %r empty or padded" % e["text"])
        if e["type"] in ("addition", "repetition"):
            if e["ref_text"] is not None:
                bad("%s must have ref_text null" % e["type"])
        else:
            if not e["ref_text"] or e["ref_text"] not in ref:
                bad("error ref_text %r not in reference" % e["ref_text"])
            if e["type"] != "omission" and e["text"] == e["ref_text"]:
                bad("error span identical to ref_text: %r" % e["text"])
        if e["type"] == "repetition":
            first = cand.find(e["text"])
            if first < 0 or first + len(e["text"]) > start:
                bad("repetition %r has no earlier copy" % e["text"])
        if e["type"] == "addition" and e["text"] in ref:
            bad("addition %r occurs in reference" % e["text"])
        if cuts_word(cand, start) or cuts_word(cand, end):
            bad("error span %r cuts a word" % e["text"])
        assert cand[start:end] == e["text"]
        errors.append({"start": start, "end": end, "text": e["text"], "type": e["type"],
                       "severity": e["severity"], "ref_text": e["ref_text"]})
        spans.append((start, end, "error " + repr(e["text"])))

    for t in c["traps"]:
        start = find_nth(cand, t["text"], t["occ"])
        end = start + len(t["text"])
        if t["ref_text"] not in ref:
            bad("trap ref_text %r not in reference" % t["ref_text"])
        if t["text"] == t["ref_text"] or t["text"] in ref:
            bad("trap %r is not a rewording (occurs verbatim in reference)" % t["text"])
        if t["text"] != t["text"].strip() or not t["text"]:
            bad("trap span %r empty or padded" % t["text"])
        if cuts_word(cand, start) or cuts_word(cand, end):
            bad("trap span %r cuts a word" % t["text"])
        assert cand[start:end] == t["text"]
        traps.append({"start": start, "end": end, "text": t["text"], "ref_text": t["ref_text"]})
        spans.append((start, end, "trap " + repr(t["text"])))

    # no overlaps (zero-width omission points may not fall inside another span)
    for i in range(len(spans)):
        for j in range(i + 1, len(spans)):
            s1, e1, n1 = spans[i]
            s2, e2, n2 = spans[j]
            if s1 == e1 or s2 == e2:
                p, (s, e) = (s1, (s2, e2)) if s1 == e1 else (s2, (s1, e1))
                if s < p < e:
                    bad("omission point inside %s" % (n2 if s1 == e1 else n1))
            elif s1 < e2 and s2 < e1:
                bad("overlapping spans %s and %s" % (n1, n2))

    label = "inconsistent" if errors else "consistent"
    if c["mode"] not in MODES:
        bad("unknown mode %r" % c["mode"])
    if c["domain"] not in DOMAINS:
        bad("domain %r not in list" % c["domain"])
    nw = words(ref)
    if not 70 <= nw <= 190:
        bad("reference has %d words" % nw)
    if c["mode"] == "summary" and not (words(cand) < nw and len(cand) < len(ref)):
        bad("summary not shorter than reference")
    if label == "consistent" and not 3 <= len(traps) <= 5:
        bad("consistent pair has %d traps" % len(traps))
    if label == "inconsistent" and len(traps) > 3:
        bad("inconsistent pair has %d traps" % len(traps))
    for name, s in (("reference", ref), ("candidate", cand)):
        if "  " in s or s != s.strip():
            bad("%s has stray whitespace" % name)
        m = re.search(r"[A-Za-z][.,;:][A-Za-z]", s)
        if m:
            bad("%s: missing space near %r" % (name, s[max(0, m.start() - 10):m.end() + 10]))
    if ref == cand:
        bad("candidate identical to reference")

    errors.sort(key=lambda x: (x["start"], x["end"]))
    traps.sort(key=lambda x: x["start"])
    return {"id": cid, "domain": c["domain"], "mode": c["mode"], "reference": ref,
            "candidate": cand, "label": label, "errors": errors, "traps": traps}


def check_composition(records, problems):
    from collections import Counter

    def want(what, got, expected):
        if got != expected:
            problems.append("composition: %s is %r, expected %r" % (what, got, expected))

    want("number of pairs", len(records), 40)
    want("labels", Counter(r["label"] for r in records),
         Counter({"consistent": 20, "inconsistent": 20}))
    want("modes", Counter(r["mode"] for r in records),
         Counter({"rewrite": 20, "summary": 10, "translation": 10}))
    want("mode x label", Counter((r["mode"], r["label"]) for r in records),
         Counter({("rewrite", "consistent"): 10, ("rewrite", "inconsistent"): 10,
                  ("summary", "consistent"): 5, ("summary", "inconsistent"): 5,
                  ("translation", "consistent"): 5, ("translation", "inconsistent"): 5}))
    want("domains used", sorted(r["domain"] for r in records), sorted(DOMAINS))
    etypes = Counter(e["type"] for r in records for e in r["errors"])
    want("total errors", sum(etypes.values()), 30)
    for t in ERROR_TYPES:
        if etypes[t] < 2:
            problems.append("composition: only %d errors of type %s" % (etypes[t], t))
    per_pair = Counter(len(r["errors"]) for r in records if r["label"] == "inconsistent")
    if per_pair[1] + per_pair[2] < 15:
        problems.append("composition: most inconsistent pairs should have 1-2 errors")


def main(argv):
    check_only = "--check" in argv[1:]
    problems, records = [], []
    for i, c in enumerate(CASES, 1):
        try:
            records.append(build_record(i, c, problems))
        except ValueError as exc:
            problems.append("s%d-%03d (%s): %s" % (N, i, c["domain"], exc))
    if not problems:
        check_composition(records, problems)
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        return 1
    from collections import Counter
    print("validated %d pairs" % len(records))
    print("modes:", dict(Counter(r["mode"] for r in records)))
    print("labels:", dict(Counter(r["label"] for r in records)))
    print("error types:", dict(Counter(e["type"] for r in records for e in r["errors"])))
    print("traps:", sum(len(r["traps"]) for r in records))
    if check_only:
        print("--check: nothing written")
        return 0
    with open(OUT_PATH, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", OUT_PATH)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
