#!/usr/bin/env python3
"""Held-out evaluation set 89 for a fact-comparison tool.

How it was made: every pair below was hand-written by a helper session that saw
no code or data of the project, working only from a short written brief. All
people, companies, organisations, places and figures are invented (real
countries appear only as background). Character offsets are never typed by
hand: the script finds every span by string search (with an occurrence index
where a quoted text repeats), validates the whole set and writes set89.jsonl
next to this file. `python3 make_set89.py --check` validates without writing.

Composition (40 pairs, one domain each):
  modes:  20 rewrite (10 consistent / 10 inconsistent),
          10 summary (5 / 5), 10 translation (5 / 5)
  labels: 20 consistent, 20 inconsistent
  errors: 30 in total -- entity 3, number 4, date 3, role 3, polarity 3,
          modality 3, attribution 2, event 3, omission 2, addition 2,
          repetition 2; ten inconsistent pairs carry two errors, ten carry one
  traps:  3-5 per consistent pair, 0-3 per inconsistent pair
Translation pairs are two independent English renderings of the same
(imagined) non-English story. Omissions occur only in rewrite and translation
pairs. Record format: id, domain, mode, reference, candidate, label, errors
[start, end, text, type, severity, ref_text], traps [start, end, text,
ref_text]; offsets are Python str offsets into the candidate, [start, end).
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "set89.jsonl")
SET_N = 89

DOMAINS = [
    "shingle beaches", "toe wrestling", "shipping container homes",
    "beetroot juice", "mattress recycling", "electricity pylons",
    "top hat makers", "rip currents", "lift engineers", "gas leak detection",
    "wedding dress hire", "party balloon shortages", "polytunnel farming",
    "drain unblocking", "curry houses", "photocopier leasing",
    "cracker factories", "farm shop thefts", "public toilet refurbishment",
    "bauble makers", "gooseberry shows", "greeting card shops",
    "ticket barriers", "pond liners", "tarmac shortages", "punt hire",
    "eraser manufacturing", "fax machine retirement", "gravy wrestling",
    "sandcastle competitions", "shoelace factories", "hedgehog hospitals",
    "cane furniture", "marrow growing", "parsnip shortages", "duvet laundries",
    "turnip lanterns", "leaf blower bans", "log rolling",
    "wrapping paper recycling",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]
MODES = ["rewrite", "summary", "translation"]


def E(text, etype, severity, ref, occ=None):
    """An error span in the candidate; ref is the reference wording or None."""
    return {"kind": "span", "text": text, "type": etype, "severity": severity,
            "ref_text": ref, "occ": occ}


def OM(after, ref, severity="major", occ=None):
    """An omission: zero-width, placed right after the candidate text `after`;
    `ref` holds the missing reference words."""
    return {"kind": "omission", "after": after, "type": "omission",
            "severity": severity, "ref_text": ref, "occ": occ}


def T(text, ref, occ=None):
    """A trap: faithful rewording of the reference wording `ref`."""
    return {"text": text, "ref_text": ref, "occ": occ}


CASES = []


def case(domain, mode, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "reference": reference,
                  "candidate": candidate, "errors": list(errors),
                  "traps": list(traps)})

# ---------------------------------------------------------------------------
# Rewrites, part 1 (pairs 1-10)
# ---------------------------------------------------------------------------

case("shingle beaches", "rewrite",
     "The Harrowby Coast Partnership said on Thursday that it will spend £3.4 million over the next "
     "five years replenishing the shingle beaches between Saltmere and Cobble Point. Around 180,000 "
     "tonnes of shingle will be brought in by barge from a licensed dredging site off the Denholt Bank, "
     "with the first deliveries expected in October. Partnership chair Ruth Anselm said the ridges "
     "protect roughly 1,200 homes from winter storm surges. 'Without this work, we would expect a "
     "breach within a decade,' she said. The scheme still needs approval from the Marine Licensing "
     "Office, which is due to rule on the application by the end of August. Local fishermen have asked "
     "that dredging be paused during the spring spawning season.",
     "The Harrowby Coast Partnership announced on Thursday that it will put £3.4m into topping up the "
     "shingle beaches between Saltmere and Cobble Point over the next five years. Some 180,000 tonnes "
     "of shingle are to be shipped in by barge from a licensed dredging site off the Denholt Bank, and "
     "the first loads are likely to arrive in October. According to the partnership's chair, Ruth "
     "Anselm, the ridges shield around 1,200 homes from winter storm surges. She warned that without "
     "the work a breach would be expected within ten years. The scheme still has to be approved by the "
     "Marine Licensing Office, which is due to rule on the application by the end of August. Local "
     "fishermen have asked for dredging to be halted during the spring spawning season.",
     traps=[T("£3.4m", "£3.4 million"),
            T("the first loads are likely to arrive in October",
              "the first deliveries expected in October"),
            T("within ten years", "within a decade"),
            T("has to be approved by the Marine Licensing Office",
              "needs approval from the Marine Licensing Office")])

case("toe wrestling", "rewrite",
     "Organisers of the World Toe Wrestling Open at the Fennick Arms in Wetherstow said on Monday that "
     "entries for this year's championship had risen to 146, up from 97 last year. The event, held on a "
     "custom-built 'toedium', will take place on Saturday 14 June and raise money for the Wetherstow Air "
     "Ambulance. Tournament director Colin Marsh said the growth had been driven by a short video of "
     "last year's final that was viewed more than two million times online. Referees will for the first "
     "time use a second camera angle to settle disputed bouts. The county's public health officer, "
     "Dr Anita Prowse, has advised competitors to trim their toenails and to withdraw if they have any "
     "foot injury.",
     "Entries for this year's World Toe Wrestling Open have climbed to 164 from 97 last year, the "
     "organisers said on Monday. The championship, which is staged at the Fennick Arms in Wetherstow on "
     "a purpose-built 'toedium', takes place on Saturday 14 June, with proceeds going to the Wetherstow "
     "Air Ambulance. According to tournament director Colin Marsh, the surge in interest stems from a "
     "short clip of last year's final that was watched over two million times online. For the first "
     "time, referees will use a second camera angle to settle disputed bouts. Marsh added that "
     "competitors should trim their toenails and pull out if they have any foot injury.",
     errors=[E("164", "number", "major", "146"),
             E("Marsh added", "attribution", "major", "Dr Anita Prowse")],
     traps=[T("watched over two million times", "viewed more than two million times"),
            T("with proceeds going to the Wetherstow Air Ambulance",
              "raise money for the Wetherstow Air Ambulance"),
            T("purpose-built", "custom-built")])

case("shipping container homes", "rewrite",
     "Brackley District Council has approved plans for 42 homes built from recycled shipping "
     "containers on a former bus depot in Orme Street. The development, led by housing charity Haven "
     "Stack, will provide one- and two-bedroom flats for people leaving temporary accommodation. Rents "
     "will be capped at 60 per cent of the local market rate. Construction is expected to take 18 "
     "months and cost £5.9 million, of which £2 million comes from a government brownfield grant. "
     "Councillor Mehmet Oduya, who chairs the planning committee, said the scheme was 'a quick, "
     "practical answer to a housing emergency'. Two objections, both concerning parking, were received "
     "during the consultation. The containers will be fitted out at a factory in Kelby before being "
     "craned into place.",
     "A former bus depot on Orme Street is to be turned into 42 homes made from recycled shipping "
     "containers after Brackley District Council gave the plans the go-ahead. Housing charity Haven "
     "Stack, which is leading the project, will offer one- and two-bedroom flats to people moving on "
     "from temporary accommodation, with rents capped at three-fifths of the local market rate. The "
     "build is expected to take a year and a half and cost £5.9m; a government brownfield grant will "
     "cover £2m of that. The planning committee chair, Cllr Mehmet Oduya, described the scheme as 'a "
     "quick, practical answer to a housing emergency'. Two objections were lodged during the "
     "consultation, both about parking. Before being lifted into position by crane, the containers "
     "will be fitted out at a factory in Kelby.",
     traps=[T("three-fifths of the local market rate", "60 per cent of the local market rate"),
            T("a year and a half", "18 months"),
            T("a government brownfield grant will cover £2m of that",
              "of which £2 million comes from a government brownfield grant"),
            T("gave the plans the go-ahead", "has approved plans"),
            T("The planning committee chair, Cllr Mehmet Oduya",
              "Councillor Mehmet Oduya, who chairs the planning committee")])

case("beetroot juice", "rewrite",
     "A study by researchers at Calloway University suggests that drinking beetroot juice daily may "
     "lower blood pressure in older adults. The trial followed 212 volunteers aged 65 to 80 over twelve "
     "weeks. Those who drank 250ml of juice each morning saw their systolic pressure fall by an average "
     "of 5 mmHg, compared with 1 mmHg in the placebo group. Lead author Dr Imogen Tarrant said the "
     "results were 'encouraging but not yet conclusive' and called for a larger trial. The study was "
     "part-funded by Rubra Farms, a beetroot grower, which had no role in analysing the data. The "
     "findings are published in the Journal of Vascular Ageing.",
     "Drinking beetroot juice every day lowers blood pressure in older people, according to a study by "
     "Calloway University researchers. Over twelve weeks, the trial tracked 212 volunteers aged between "
     "65 and 80. Participants who had 250ml of juice every morning saw systolic pressure drop by 5 mmHg "
     "on average, against 1 mmHg among those given a placebo. Dr Imogen Tarrant, the lead author, "
     "called the results 'encouraging but not yet conclusive' and said a larger trial was needed. "
     "Beetroot grower Rubra Farms helped fund the study but played no part in analysing the data. The "
     "research appears in the Journal of Vascular Ageing.",
     errors=[E("lowers blood pressure", "modality", "major", "may lower blood pressure")],
     traps=[T("against 1 mmHg among those given a placebo",
              "compared with 1 mmHg in the placebo group"),
            T("Beetroot grower Rubra Farms helped fund the study",
              "part-funded by Rubra Farms, a beetroot grower")])

case("mattress recycling", "rewrite",
     "Sleepwell Circular, a mattress recycling firm based in Dunmore, will open a second plant in the "
     "Kestley industrial estate next spring, creating 65 jobs. The company said the £7 million facility "
     "would be able to strip down 300,000 mattresses a year, recovering steel springs, foam and fabric "
     "for reuse. Its existing site in Dunmore processed 140,000 mattresses in the last financial year. "
     "Managing director Priya Hollis said that roughly seven million mattresses are thrown away in the "
     "country each year and that most still end up in landfill. The expansion is being backed by a "
     "£1.5 million loan from the Northern Green Investment Fund. Recruitment for the new plant will "
     "begin in January.",
     "Dunmore-based mattress recycler Sleepwell Circular is to open a second plant next spring, on the "
     "Kestley industrial estate, bringing 65 new jobs. The £7m site will have capacity to dismantle "
     "300,000 mattresses annually, the company said, with the steel springs, foam and fabric recovered "
     "for reuse. That is more than double the 140,000 handled at its Dunmore site in the last financial "
     "year. According to managing director Priya Hollis, some seven million mattresses are discarded "
     "nationally every year, most of which are still landfilled. A £1.5m loan from the Northern Green "
     "Investment Fund is supporting the expansion, and hiring for the new plant starts in January.",
     traps=[T("bringing 65 new jobs", "creating 65 jobs"),
            T("capacity to dismantle 300,000 mattresses annually",
              "be able to strip down 300,000 mattresses a year"),
            T("That is more than double the 140,000 handled", "processed 140,000 mattresses"),
            T("most of which are still landfilled", "most still end up in landfill"),
            T("hiring for the new plant starts in January",
              "Recruitment for the new plant will begin in January")])

case("electricity pylons", "rewrite",
     "Grid operator Veltra Power has agreed to bury a 9km section of a planned pylon line beneath the "
     "Ashcombe Hills after a two-year campaign by residents. The decision, announced on Wednesday, will "
     "add an estimated £48 million to the cost of the 60km line, which will carry electricity from the "
     "offshore wind hub at Carran Sands to the Lydford substation. The Ashcombe Hills Society, which had "
     "lodged a formal complaint with the energy regulator, welcomed the move. Veltra said the rest of "
     "the route would still use overhead pylons up to 50 metres tall. Construction is scheduled to "
     "start in 2026, subject to planning consent.",
     "After residents campaigned for two years, Veltra Power has agreed to put a 9km stretch of a "
     "planned pylon line underground beneath the Ashcombe Hills. The grid operator's decision, made "
     "public on Wednesday, is estimated to add £48m to the cost of the 60km line, which will carry "
     "electricity from the Lydford substation to the offshore wind hub at Carran Sands. The move was "
     "welcomed by the Ashcombe Hills Society, which had filed a formal complaint with the energy "
     "regulator. Overhead pylons of up to 50 metres will still be used along the rest of the route, "
     "Veltra said. Construction is scheduled to start in 2026.",
     errors=[E("carry electricity from the Lydford substation to the offshore wind hub at Carran Sands",
               "role", "major",
               "carry electricity from the offshore wind hub at Carran Sands to the Lydford substation"),
             OM("start in 2026", "subject to planning consent", "major")],
     traps=[T("put a 9km stretch of a planned pylon line underground",
              "bury a 9km section of a planned pylon line"),
            T("is estimated to add £48m", "will add an estimated £48 million")])

case("top hat makers", "rewrite",
     "Lockhart & Pym, one of the last firms in the country still making silk top hats by hand, has been "
     "bought by its own staff. The 160-year-old hatter, based in Farrow Lane, Kingsbridge, was sold to "
     "an employee ownership trust for an undisclosed sum by the Pym family, who had run it for five "
     "generations. The workshop employs 14 people and produces about 900 hats a year, most of them for "
     "weddings and race meetings. Outgoing owner Hector Pym, 71, said the trust was 'the best way to "
     "keep the craft alive'. Head milliner Grace Obi will become managing director on 1 March. The firm "
     "said there would be no change to its prices this year.",
     "Staff have taken over Lockhart & Pym, among the last businesses in the country that still make "
     "silk top hats by hand. The Pym family, which has run the Kingsbridge hatter for five generations, "
     "sold the 160-year-old firm to an employee ownership trust; the price was not disclosed. Its "
     "Farrow Lane workshop has a workforce of 14 and turns out roughly 900 hats annually, mainly for "
     "weddings and race meetings. Hector Pym, the 71-year-old outgoing owner, called the trust 'the "
     "best way to keep the craft alive'. From 1 March, head milliner Grace Obi will take over as "
     "managing director. Prices will stay the same this year, the firm said.",
     traps=[T("the price was not disclosed", "for an undisclosed sum"),
            T("has a workforce of 14", "employs 14 people"),
            T("turns out roughly 900 hats annually", "produces about 900 hats a year"),
            T("Hector Pym, the 71-year-old outgoing owner", "Outgoing owner Hector Pym, 71"),
            T("Prices will stay the same this year",
              "there would be no change to its prices this year")])

case("rip currents", "rewrite",
     "The Coastal Rescue Trust has recorded 37 rescues from rip currents at Penhallow Bay since the "
     "start of June, more than in the whole of last summer. Lifeguards will now patrol the beach until "
     "7pm each day, two hours later than before, until the end of the school holidays. Trust "
     "spokesperson Daniel Keogh said most of those rescued were visitors unfamiliar with the bay. 'Rip "
     "currents can carry even strong swimmers out to sea within seconds,' he said. Bathers are urged to "
     "swim between the red and yellow flags and, if caught in a rip, to float and raise an arm rather "
     "than swim against the current. No deaths have been recorded at the bay this year.",
     "Since the beginning of June, the Coastal Rescue Trust has logged 37 rescues from rip currents at "
     "Penhallow Bay, exceeding its total for the whole of last summer. Daily lifeguard patrols on the "
     "beach will now run until 9pm, two hours later than before, for the rest of the school holidays. "
     "Most of the people rescued were visitors who did not know the bay, according to trust "
     "spokesperson Daniel Keogh, who warned that rip currents 'can carry even strong swimmers out to sea "
     "within seconds'. Beachgoers are being urged to stay between the red and yellow flags and, if "
     "caught in a rip, to float and raise an arm instead of fighting the current. There have been no "
     "deaths at the bay this year.",
     errors=[E("9pm", "date", "major", "7pm")],
     traps=[T("exceeding its total for the whole of last summer",
              "more than in the whole of last summer"),
            T("for the rest of the school holidays", "until the end of the school holidays"),
            T("instead of fighting the current", "rather than swim against the current")])

case("lift engineers", "rewrite",
     "Lift engineers employed by Stannard Elevators will stage a 48-hour strike next week in a dispute "
     "over pay, the Union of Technical Trades said on Friday. About 320 engineers, who maintain lifts in "
     "hospitals, office blocks and council tower blocks across the Merrow region, voted by 78 per cent "
     "to walk out. The union says members have been offered a 3 per cent rise, well below inflation. "
     "Stannard said it was 'disappointed' and that contingency plans would ensure lifts in hospitals "
     "continued to be serviced. Union regional officer Karen Voss said further action could follow if "
     "talks did not resume. The strike is due to begin at 6am on Tuesday.",
     "Around 320 Stannard Elevators engineers will walk out for two days next week in a row over pay, "
     "the Union of Technical Trades announced on Friday. The engineers, responsible for maintaining "
     "lifts in hospitals, office blocks and council tower blocks throughout the Merrow region, backed "
     "strike action by 78 per cent. According to the union, members have been offered a 3 per cent "
     "increase, far below the rate of inflation. Stannard described itself as 'disappointed' and said "
     "contingency arrangements would keep hospital lifts serviced. More action could follow unless "
     "talks resume, warned the union's regional officer, Karen Voss. The stoppage is set to start at "
     "6am on Tuesday.",
     traps=[T("walk out for two days", "stage a 48-hour strike"),
            T("far below the rate of inflation", "well below inflation"),
            T("contingency arrangements would keep hospital lifts serviced",
              "contingency plans would ensure lifts in hospitals continued to be serviced"),
            T("More action could follow unless talks resume",
              "further action could follow if talks did not resume")])

case("gas leak detection", "rewrite",
     "Utility firm Corrant Gas is to fit acoustic leak sensors to 1,800km of ageing iron mains in the "
     "city of Halbury, after a gas explosion destroyed two terraced houses in Pellow Road in March. The "
     "£22 million programme, approved by the regulator on Tuesday, will be completed by 2027. Corrant "
     "said the sensors could detect leaks as small as half a litre per minute and would alert its "
     "control room automatically. An investigation into the Pellow Road blast found that the leak had "
     "not been reported before the explosion. Nobody was seriously injured in the incident. The company "
     "will also offer free carbon monoxide and gas alarms to 12,000 households near the oldest pipes.",
     "Corrant Gas will install acoustic leak sensors along 180km of ageing iron mains in Halbury, after "
     "a gas explosion in March destroyed two terraced houses in Pellow Road. The regulator signed off "
     "the £22m programme on Tuesday, and it is due to be finished by 2027. The sensors can pick up "
     "leaks of as little as half a litre a minute and will automatically alert the company's control "
     "room, Corrant said. An inquiry into the Pellow Road blast concluded that the leak had been "
     "reported before the explosion. No one suffered serious injuries. Corrant will also provide free "
     "carbon monoxide and gas alarms to 12,000 homes near the oldest pipes.",
     errors=[E("180km", "number", "major", "1,800km"),
             E("had been reported", "polarity", "critical", "had not been reported")],
     traps=[T("The regulator signed off the £22m programme on Tuesday",
              "approved by the regulator on Tuesday"),
            T("No one suffered serious injuries", "Nobody was seriously injured")])

# ---------------------------------------------------------------------------
# Rewrites, part 2 (pairs 11-20)
# ---------------------------------------------------------------------------

case("wedding dress hire", "rewrite",
     "Demand for hired wedding dresses has almost doubled in two years, according to figures from the "
     "Bridal Retail Association. Its members arranged 23,000 rentals in 2023, compared with 12,000 in "
     "2021. The association's chief executive, Helen Marchetti, said couples were cutting costs as the "
     "average wedding now cost more than £20,000. A designer gown that retails for £2,500 can typically "
     "be hired for around £400. Veil & Co, which runs eleven hire boutiques in the south-west, said it "
     "would open three more by the end of the year. The association expects rentals to account for one "
     "in five bridal dresses by 2026.",
     "Wedding dress rentals have nearly doubled over two years, Bridal Retail Association figures show, "
     "rising from 12,000 in 2021 to 23,000 in 2023 among its members. Chief executive Helen Marchetti "
     "put the trend down to couples trimming their budgets, with the average wedding now costing "
     "upwards of £20,000. A designer gown with a £2,500 price tag can usually be hired for about £400. "
     "Veil & Co, operator of eleven hire boutiques across the south-west, said it would open three more "
     "before the year is out. By 2026, the association expects, a fifth of all bridal dresses will be "
     "rented.",
     traps=[T("rising from 12,000 in 2021 to 23,000 in 2023",
              "23,000 rentals in 2023, compared with 12,000 in 2021"),
            T("upwards of £20,000", "more than £20,000"),
            T("a fifth of all bridal dresses", "one in five bridal dresses"),
            T("before the year is out", "by the end of the year")])

case("party balloon shortages", "rewrite",
     "Party shops across the country are running short of latex balloons after a fire halted production "
     "at Brightloft's factory in Carnford, the country's largest balloon maker. The blaze on 3 May "
     "damaged the moulding line, and the company said output would be suspended for at least six weeks. "
     "Brightloft supplies about 40 per cent of the balloons sold by independent party retailers. Some "
     "shops have begun limiting customers to two packs each. The Party Retailers Guild said helium "
     "supplies were unaffected but warned that prices for balloons imported from Europe had risen by a "
     "quarter. No one was hurt in the fire, the cause of which is being investigated by the county fire "
     "service.",
     "Latex balloons are in short supply at party shops nationwide after a fire gutted the Carnford "
     "factory of Brightloft, the country's biggest balloon maker. Following the blaze on 3 May, the "
     "company said output would be suspended for a minimum of six weeks. Around two-fifths of the "
     "balloons sold by independent party retailers come from Brightloft, and some shops are now "
     "restricting customers to two packs each. Helium supplies have not been affected, the Party "
     "Retailers Guild said, though it warned that the price of balloons imported from Europe had gone up "
     "by 25 per cent. Nobody was injured in the fire, and the county fire service is investigating its "
     "cause.",
     errors=[E("gutted the Carnford factory", "event", "major", "damaged the moulding line")],
     traps=[T("for a minimum of six weeks", "for at least six weeks"),
            T("Around two-fifths of the balloons", "about 40 per cent of the balloons"),
            T("had gone up by 25 per cent", "had risen by a quarter")])

case("polytunnel farming", "rewrite",
     "Growers in the Tarrow Valley have been told they no longer need full planning permission to put "
     "up polytunnels of less than 1,000 square metres, under new rules adopted by Tarrow County Council "
     "on Monday. Larger structures will still require a full application. The change follows "
     "complaints from farmers that decisions were taking up to nine months, causing them to miss "
     "planting seasons. The council's cabinet member for rural affairs, Owen Lleland, said the new "
     "system would 'cut red tape without cutting corners'. Polytunnels within 200 metres of a listed "
     "building will remain subject to full planning control. Around 85 farms in the valley grow soft "
     "fruit under plastic.",
     "Under rules adopted by Tarrow County Council on Monday, Tarrow Valley growers will no longer need "
     "full planning permission for polytunnels smaller than 1,000 square metres. A full application "
     "will still be required for anything bigger, as well as for any polytunnel within 200 metres of a "
     "listed building. Farmers had complained that decisions were taking as long as nine months, making "
     "them miss planting seasons. Owen Lleland, the council's cabinet member for rural affairs, said "
     "the new system would 'cut red tape without cutting corners'. Some 85 farms in the valley grow "
     "soft fruit under plastic.",
     traps=[T("smaller than 1,000 square metres", "of less than 1,000 square metres"),
            T("A full application will still be required for anything bigger",
              "Larger structures will still require a full application"),
            T("as well as for any polytunnel within 200 metres of a listed building",
              "Polytunnels within 200 metres of a listed building will remain subject to full "
              "planning control"),
            T("as long as nine months", "up to nine months"),
            T("Some 85 farms", "Around 85 farms")])

case("drain unblocking", "rewrite",
     "Water company Severn Marsh Water has launched a campaign urging households in Eddington not to "
     "pour cooking fat down sinks after engineers cleared more than 2,300 blocked drains in the town "
     "last year. The company said fat, wet wipes and food scraps caused four in five of the blockages. "
     "A 40-tonne 'fatberg' removed from a sewer beneath Castle Street in January took a team of eight "
     "workers three weeks to break up. Customers can collect free fat traps from the council offices on "
     "Mill Road. Head of wastewater Sunita Rao said each blockage cost around £350 to clear, money that "
     "'ends up on everyone's bills'.",
     "After its engineers cleared over 2,300 blocked drains in Eddington last year, Severn Marsh Water "
     "has started a campaign asking residents not to pour cooking fat down the sink. Fat, wet wipes and "
     "food scraps were to blame for 80 per cent of the blockages, the company said. A 40-tonne "
     "'fatberg' pulled from a sewer beneath Mill Road in January took a team of eight three weeks to "
     "break up. Free fat traps are available to collect from the council offices on Mill Road. "
     "Households found to be repeatedly blocking drains could face fines. According to head of "
     "wastewater Sunita Rao, each blockage costs about £350 to clear, money that 'ends up on everyone's "
     "bills'.",
     errors=[E("Mill Road", "entity", "minor", "Castle Street", occ=0),
             E("Households found to be repeatedly blocking drains could face fines", "addition",
               "major", None)],
     traps=[T("80 per cent of the blockages", "four in five of the blockages"),
            T("Free fat traps are available to collect", "Customers can collect free fat traps")])

case("curry houses", "rewrite",
     "More than 200 curry houses in the Ravensby area have signed up to a scheme to train young chefs, "
     "in an effort to ease a staff shortage that owners say is threatening the trade. The Ravensby "
     "Curry Alliance, which represents the restaurants, said the 18-month apprenticeship would combine "
     "college classes with work in member kitchens. The first 60 apprentices will start in September "
     "and be paid at least £9 an hour. Alliance chairman Abdul Karim Sattar said about one in ten "
     "restaurants in the area had closed since 2019, many because they could not recruit chefs. The "
     "scheme is funded jointly by the alliance and Ravensby College.",
     "Owners say a shortage of staff is threatening the curry trade, and over 200 restaurants in the "
     "Ravensby area have now joined a scheme to train young chefs in response. Apprentices will spend a "
     "year and a half splitting their time between college classes and member kitchens, according to "
     "the Ravensby Curry Alliance, which represents the restaurants. An initial intake of 60 starts in "
     "September, on a minimum of £9 an hour. Roughly 10 per cent of the area's restaurants have shut "
     "since 2019, many because they were unable to recruit chefs, said the alliance's chairman, Abdul "
     "Karim Sattar. The alliance and Ravensby College are paying for the scheme between them.",
     traps=[T("over 200 restaurants", "More than 200 curry houses"),
            T("a year and a half", "18-month"),
            T("on a minimum of £9 an hour", "be paid at least £9 an hour"),
            T("Roughly 10 per cent of the area's restaurants",
              "about one in ten restaurants in the area"),
            T("The alliance and Ravensby College are paying for the scheme between them",
              "funded jointly by the alliance and Ravensby College")])

case("photocopier leasing", "rewrite",
     "The Crown Procurement Office has been criticised by the public spending watchdog for leasing more "
     "than 4,000 photocopiers for government departments at prices well above the market rate. The "
     "Audit Commission found that departments paid an average of £1,900 a year per machine under a "
     "framework deal with supplier Copyline Systems, compared with about £1,100 on the open market. The "
     "watchdog estimated that the deal, which runs until 2026, had cost taxpayers £14 million more than "
     "necessary. It also found that 30 per cent of the leased machines were used for fewer than 50 "
     "pages a week. The procurement office said it would review the contract.",
     "The public spending watchdog has criticised the Crown Procurement Office for leasing over 4,000 "
     "photocopiers for government departments at prices well above the market rate. Under a framework "
     "deal with supplier Copyline Systems, departments paid £1,900 a year per machine on average, "
     "according to the Audit Commission, against roughly £1,100 on the open market. The commission "
     "estimated that the deal, which runs until 2026, had cost taxpayers £14m more than necessary. It "
     "also found that 30 per cent of the leased machines were used for fewer than 50 pages a week. The "
     "procurement office said it would review the contract. It also found that 30 per cent of the "
     "leased machines were used for fewer than 50 pages a week.",
     errors=[E("It also found that 30 per cent of the leased machines were used for fewer than 50 "
               "pages a week.", "repetition", "minor", None, occ=1)],
     traps=[T("against roughly £1,100 on the open market",
              "compared with about £1,100 on the open market"),
            T("The public spending watchdog has criticised the Crown Procurement Office",
              "The Crown Procurement Office has been criticised by the public spending watchdog")])

case("cracker factories", "rewrite",
     "Festive cracker maker Jollop & Sons will close its factory in Brindley at the end of January, "
     "with the loss of 110 jobs, and move production to a site it already operates in Poland. The "
     "company, founded in 1921, said rising energy and packaging costs had made the Brindley plant, "
     "which produces around 12 million crackers a year, unviable. Workers were told of the decision at "
     "a meeting on Tuesday morning. The union Allied Makers said it was 'devastated' and would seek "
     "talks to save jobs. Jollop said it would offer redundancy packages above the statutory minimum "
     "and help staff find new work.",
     "Christmas cracker manufacturer Jollop & Sons is to shut its Brindley factory at the end of "
     "January and shift production to its existing site in Poland, and 110 jobs will go. The Brindley "
     "plant turns out some 12 million crackers annually, but the firm, which dates back to 1921, said "
     "rising energy and packaging costs had left it unviable. Staff learned of the decision at a meeting "
     "on Tuesday morning. Describing itself as 'devastated', the union Allied Makers said it would push "
     "for talks to save jobs. Jollop said its redundancy packages would be more generous than the "
     "statutory minimum and that it would help workers find new jobs.",
     traps=[T("and 110 jobs will go", "with the loss of 110 jobs"),
            T("its existing site in Poland", "a site it already operates in Poland"),
            T("which dates back to 1921", "founded in 1921"),
            T("more generous than the statutory minimum", "above the statutory minimum"),
            T("Staff learned of the decision", "Workers were told of the decision")])

case("farm shop thefts", "rewrite",
     "Police in North Calder are investigating a series of thefts from unstaffed farm shops, with "
     "honesty boxes stolen from nine sites since 1 August. In the latest incident, on Sunday night, "
     "thieves cut through a padlock at Brookhouse Farm near Welby and took an estimated £600. Detective "
     "Sergeant Lorna Fife said officers believed the same group might be responsible for several of the "
     "thefts. Farmers have been advised to empty cash boxes daily and to consider installing cameras. "
     "The National Farm Retail Network said some members were considering switching to card-only "
     "payments. Anyone with information is asked to contact North Calder Police, quoting reference "
     "4471.",
     "Honesty boxes have been stolen from nine unstaffed farm shops in North Calder since 1 August, and "
     "police are investigating. Most recently, on Saturday night, thieves cut through a padlock at "
     "Brookhouse Farm, near Welby, and made off with around £600. Officers believe the same group is "
     "responsible for several of the thefts, said Detective Sergeant Lorna Fife. Farmers are being "
     "advised to empty cash boxes every day and to think about fitting cameras, while the National Farm "
     "Retail Network said some of its members were weighing up a switch to card-only payments. North "
     "Calder Police has asked anyone with information to get in touch, quoting reference 4471.",
     errors=[E("Saturday night", "date", "major", "Sunday night"),
             E("is responsible", "modality", "major", "might be responsible")],
     traps=[T("made off with around £600", "took an estimated £600"),
            T("weighing up a switch to card-only payments",
              "considering switching to card-only payments")])

case("public toilet refurbishment", "rewrite",
     "Merriton Borough Council is to spend £1.1 million refurbishing 14 public toilets, reversing a "
     "decision made in 2021 to close them. The work, which will begin in April and take about eight "
     "months, will add baby-changing facilities at every site and fully accessible cubicles at ten of "
     "them. A 20p entry charge will be introduced at the four busiest blocks, in the town centre and at "
     "Merriton Park. Council leader Frances Adeyemi said residents had made it clear that public toilets "
     "were 'not a luxury'. The cost will be met from the council's capital budget, and opening hours "
     "will be extended to 8pm in summer.",
     "Fourteen public toilets in Merriton are to be refurbished at a cost of £1.1m, with the borough "
     "council overturning its 2021 decision to shut them. Starting in April, the work will last around "
     "eight months. Every site will gain baby-changing facilities, and ten will get fully accessible "
     "cubicles. Users of the four busiest blocks, in the town centre and at Merriton Park, will pay 20p "
     "to get in. Residents had made it clear that public toilets were 'not a luxury', said council "
     "leader Frances Adeyemi. The money will come from the council's capital budget, and in summer the "
     "toilets will stay open until 8pm.",
     traps=[T("Fourteen public toilets", "14 public toilets"),
            T("overturning its 2021 decision to shut them",
              "reversing a decision made in 2021 to close them"),
            T("will pay 20p to get in", "A 20p entry charge will be introduced"),
            T("The money will come from the council's capital budget",
              "The cost will be met from the council's capital budget"),
            T("in summer the toilets will stay open until 8pm",
              "opening hours will be extended to 8pm in summer")])

case("bauble makers", "rewrite",
     "Glassworks Fenley, a family-run maker of hand-blown Christmas baubles, has been acquired by the "
     "homeware retailer Marlowe House for an undisclosed sum. The deal, completed on Friday, will see "
     "Fenley's 35 glassblowers stay at the company's workshop in Stourby. Marlowe House, which has 48 "
     "stores, had stocked Fenley baubles since 2015. Fenley's founder, Agnieszka Fenley, will stay on "
     "as creative director for at least three years. Marlowe House said it planned to double the range "
     "of baubles sold in its shops next Christmas and would launch an online store for the brand.",
     "Homeware retailer Marlowe House has been bought by Glassworks Fenley, the family-run firm that "
     "hand-blows Christmas baubles, for an undisclosed amount. Under the deal, which went through on "
     "Friday, Fenley's 35 glassblowers will remain at its Stourby workshop. Marlowe House, which runs 48 "
     "stores, has sold Fenley baubles since 2015. Founder Agnieszka Fenley will remain as creative "
     "director for a minimum of three years. Marlowe House said it planned to double the bauble range "
     "in its shops next Christmas and would also launch an online store for the brand.",
     errors=[E("Marlowe House has been bought by Glassworks Fenley", "role", "critical",
               "has been acquired by the homeware retailer Marlowe House")],
     traps=[T("for a minimum of three years", "for at least three years"),
            T("which went through on Friday", "completed on Friday"),
            T("which runs 48 stores", "which has 48 stores")])

# ---------------------------------------------------------------------------
# Summaries (pairs 21-30)
# ---------------------------------------------------------------------------

case("gooseberry shows", "summary",
     "The Hollinby Gooseberry Society held its annual show on Tuesday for the 209th year, and the top "
     "prize went to a 38.4-gram fruit grown by retired postman Walter Greaves, which beat last year's "
     "winning berry by just over two grams. Exhibitors from 23 villages brought more than 600 berries to "
     "the Old Bell Inn, where the fruit is weighed on brass scales in the traditional units of drams and "
     "grains before being converted to grams. Society secretary Maureen Ashby said entries were up on "
     "last year despite a late frost in April that damaged many bushes. Greaves, 74, said the winning "
     "berry, a yellow variety called Woodpecker, had been grown under a net and fed with diluted sheep "
     "manure. He received the society's silver cup and a prize of £50. The show's record, a 64.8-gram "
     "berry, was set in 1993 by a grower from a neighbouring village.",
     "A 38.4g berry grown by 74-year-old retired postman Walter Greaves took first prize at the "
     "Hollinby Gooseberry Society's 209th annual show on Tuesday, earning him the silver cup and £50. "
     "Over 600 berries from 23 villages were entered, and the society said entries were up on last year "
     "despite an April frost that damaged many bushes. The show record of 64.8g has stood since 1993.",
     traps=[T("A 38.4g berry", "a 38.4-gram fruit"),
            T("took first prize", "the top prize went to"),
            T("74-year-old", "Greaves, 74"),
            T("Over 600 berries", "more than 600 berries"),
            T("has stood since 1993", "was set in 1993")])

case("greeting card shops", "summary",
     "Cardwise, one of the country's largest greeting card chains, has entered administration, putting "
     "1,350 jobs at risk across its 186 shops. Administrators from the firm Pell Rowntree were appointed "
     "on Wednesday and said all stores would continue to trade while a buyer was sought. The chain has "
     "struggled with falling footfall and rising rents, and reported a pre-tax loss of £8.7 million in "
     "its most recent accounts. Joint administrator Sarah Quill said there had already been 'several "
     "expressions of interest'. Gift cards and vouchers will still be accepted for the next four weeks. "
     "Cardwise was founded in 1987 with a single shop in Harwell and expanded rapidly in the 2000s. Its "
     "rival Paperlane closed 40 stores last year.",
     "Greeting card chain Cardwise has gone into administration, with 1,350 jobs at risk across its 168 "
     "shops. Administrators Pell Rowntree, appointed on Wednesday, said all stores would keep trading "
     "while they looked for a buyer, and that several parties had already expressed interest. The "
     "chain, which lost £8.7m before tax in its latest accounts, has been hit by falling footfall and "
     "rising rents. Rival Paperlane opened 40 stores last year.",
     errors=[E("168", "number", "major", "186"),
             E("opened", "event", "major", "closed")],
     traps=[T("has gone into administration", "has entered administration"),
            T("all stores would keep trading", "all stores would continue to trade")])

case("ticket barriers", "summary",
     "Transit operator Northway Rail will install automatic ticket barriers at 12 more stations on the "
     "Calden Line by next summer, in a bid to cut fare dodging that it says costs £6 million a year. The "
     "£9.5 million project follows a trial at Fosswick station, where ticket revenue rose by 17 per cent "
     "in the six months after barriers were fitted. Staff will be present at every gate during opening "
     "hours to help passengers with luggage, pushchairs or disabilities, the company said. The rail "
     "passengers' group Calden Travellers said it supported efforts to tackle fare evasion but was "
     "concerned that gates could cause crowding at smaller stations at peak times. Northway said the "
     "barriers would accept paper tickets, smartcards and contactless bank cards. Work at the first "
     "station, Hatherley Road, begins in November.",
     "Northway Rail is to fit automatic ticket barriers at a dozen more Calden Line stations by next "
     "summer at a cost of £9.5m, aiming to reduce fare dodging that it puts at £6m a year. A trial at "
     "Fosswick lifted ticket revenue by 17% over six months. Gates will be staffed throughout opening "
     "hours, though passenger group Calden Travellers fears they could cause crowding at smaller "
     "stations at peak times.",
     traps=[T("a dozen more Calden Line stations", "12 more stations on the Calden Line"),
            T("that it puts at £6m a year", "that it says costs £6 million a year"),
            T("17%", "17 per cent"),
            T("Gates will be staffed throughout opening hours",
              "Staff will be present at every gate during opening hours")])

case("pond liners", "summary",
     "The Consumer Products Safety Unit has ordered a recall of around 8,000 pond liners sold by garden "
     "retailer Greenvale after tests found that they could split within a year of installation. The "
     "liners, sold under the AquaSeal brand between March 2022 and June 2023, were marketed as having a "
     "20-year lifespan. The unit said the product was not dangerous to people but that leaks could kill "
     "fish and damage gardens. Greenvale chief executive Tom Ridley apologised and said customers would "
     "receive a full refund or a free replacement from a different manufacturer. The liners were made "
     "by supplier Hexon Polymers, which has disputed the test results. Around 300 complaints had been "
     "received before the recall was issued.",
     "Around 8,000 AquaSeal pond liners sold by Greenvale between March 2022 and June 2023 are being "
     "recalled after tests showed they could split within a year, despite being marketed as lasting 20 "
     "years. The safety unit said the liners posed no danger to people but that leaks could kill fish. "
     "Greenvale has disputed the test results but is offering customers a full refund or a free "
     "replacement from a different manufacturer.",
     errors=[E("Greenvale has disputed", "attribution", "major", "Hexon Polymers")],
     traps=[T("despite being marketed as lasting 20 years",
              "were marketed as having a 20-year lifespan")])

case("tarmac shortages", "summary",
     "Road repairs across the Westmoor region are being delayed by a shortage of tarmac, council "
     "highways chiefs have warned. The Westmoor Highways Partnership, which covers five councils, said "
     "that about 2,400 pothole repairs scheduled for October had been postponed after its main "
     "supplier, Dunford Aggregates, cut deliveries by half. Dunford blamed a breakdown at its asphalt "
     "plant in Rillington, which it expects to be repaired by mid-November. In the meantime, crews are "
     "carrying out temporary cold-fill repairs to the most dangerous potholes. Partnership chair Cllr "
     "Bethan Morrow said the delays were 'deeply frustrating' for drivers and cyclists. The partnership "
     "is seeking extra supplies from quarries outside the region, though these would cost about 30 per "
     "cent more.",
     "Around 2,400 pothole repairs planned for October in Westmoor have been put off because Dunford "
     "Aggregates halved tarmac deliveries after a breakdown at its Rillington plant, which it expects to "
     "have fixed by mid-November. Crews are making temporary cold-fill repairs to the worst potholes, "
     "while the five-council highways partnership looks for supplies from outside the region that would "
     "cost roughly 30% more.",
     traps=[T("have been put off", "had been postponed"),
            T("halved tarmac deliveries", "cut deliveries by half"),
            T("the worst potholes", "the most dangerous potholes"),
            T("roughly 30% more", "about 30 per cent more")])

case("punt hire", "summary",
     "Punt hire operators on the River Wend in Fellbridge will have to hold a licence from next April "
     "under new rules approved by the city council on Thursday. The change follows complaints about "
     "aggressive touting by unlicensed 'punt promoters' on the city's bridges and a near-collision "
     "between two tour punts in July. Licences will cost £750 a year per operator, and every chauffeur "
     "will need to complete a water safety course. The council said it would not cap the number of "
     "punts on the river, despite calls from residents. The Fellbridge Punting Association, which "
     "represents six established firms, welcomed the rules. Touting on bridges will be banned outright, "
     "with fines of up to £1,000.",
     "Punt hire operators on Fellbridge's River Wend will need a licence from July, costing £750 a year, "
     "after complaints about aggressive touting and a near-collision between two tour punts. Chauffeurs "
     "must complete a water safety course, touting on bridges will be banned with fines of up to "
     "£1,000, and the council will cap the number of punts on the river.",
     errors=[E("from July", "date", "major", "from next April"),
             E("will cap", "polarity", "major", "would not cap")],
     traps=[T("Chauffeurs must complete a water safety course",
              "every chauffeur will need to complete a water safety course")])

case("eraser manufacturing", "summary",
     "Rubbix, the last eraser manufacturer in the country, has switched entirely to plant-based rubber "
     "at its factory in Tillingham, ending the use of PVC after 40 years. The company, which makes "
     "around 25 million erasers a year, said the change had cost £2.3 million, including new mixing "
     "equipment and six months of testing. Managing director Fiona Leckie said the new erasers rubbed "
     "out pencil marks 'at least as cleanly' as the old ones and produced fewer crumbs. Schools account "
     "for about two-thirds of Rubbix's sales. The company has also cut the size of its packaging by a "
     "third. Prices will rise by 5 per cent from January to cover the cost of the natural rubber, which "
     "is sourced from certified plantations.",
     "Rubbix, the country's only remaining eraser maker, has stopped using PVC after four decades and "
     "switched its Tillingham factory entirely to plant-based rubber, at a cost of £2.3m. The firm "
     "produces about 25 million erasers annually, around two-thirds of its sales are to schools, and "
     "its prices will go up 5% from January.",
     traps=[T("the country's only remaining eraser maker", "the last eraser manufacturer in the country"),
            T("after four decades", "after 40 years"),
            T("produces about 25 million erasers annually", "makes around 25 million erasers a year"),
            T("go up 5%", "rise by 5 per cent")])

case("fax machine retirement", "summary",
     "The Kestrel Valley Health Board will switch off its last 210 fax machines by the end of March, "
     "two years after a government deadline to stop using them. The machines, mostly in hospital "
     "pharmacies and GP surgeries, are still used to send around 3,000 prescriptions and referrals a "
     "week. They will be replaced by a secure electronic messaging system already used by most of the "
     "board's staff. Chief digital officer Raj Menon said the delay had been caused by problems "
     "connecting older pharmacy software to the new system. A report last year found that faxed "
     "referrals were twice as likely as electronic ones to go missing. The board said patients would "
     "not notice any change to their care.",
     "Kestrel Valley Health Board is to retire its remaining 210 fax machines by the end of March, two "
     "years later than the government deadline, saving an estimated £200,000 a year. The machines, "
     "still used for about 3,000 prescriptions and referrals weekly, will give way to a secure "
     "electronic messaging system; its chief digital officer blamed the delay on difficulties linking "
     "older pharmacy software to it.",
     errors=[E("saving an estimated £200,000 a year", "addition", "major", None)],
     traps=[T("two years later than the government deadline",
              "two years after a government deadline"),
            T("about 3,000 prescriptions and referrals weekly",
              "around 3,000 prescriptions and referrals a week")])

case("gravy wrestling", "summary",
     "More than 2,000 spectators watched the 17th World Gravy Wrestling Championships at the Red Lion "
     "in Oldmoor on Bank Holiday Monday, where a care worker from Bradwell, Kelly Stanton, won the "
     "women's title for the third year running. Competitors wrestled for two minutes in a paddling pool "
     "filled with about 2,500 litres of gravy, and were scored on fighting skill, entertainment and "
     "fancy dress. The men's title went to first-time entrant Dominic Farrer, a 29-year-old plumber who "
     "wrestled dressed as a giant pork pie. Organiser Joel Hartley said the event had raised £11,200 for "
     "a local hospice, a record. The gravy, which was past its use-by date, was donated by a local food "
     "manufacturer and will be sent to an anaerobic digestion plant.",
     "Care worker Kelly Stanton won the women's title at the 17th World Gravy Wrestling Championships "
     "in Oldmoor for a third consecutive year, while first-timer Dominic Farrer, a plumber dressed as a "
     "giant pork pie, took the men's crown. The Bank Holiday Monday event drew over 2,000 spectators "
     "and, according to its organiser, raised a record £11,200 for a local hospice.",
     traps=[T("for a third consecutive year", "for the third year running"),
            T("first-timer Dominic Farrer", "first-time entrant Dominic Farrer"),
            T("took the men's crown", "The men's title went to"),
            T("drew over 2,000 spectators", "More than 2,000 spectators watched")])

case("sandcastle competitions", "summary",
     "A team of four architecture students from Halden University won the Porthcarrow Sandcastle "
     "Challenge on Saturday with a 2.5-metre replica of the town's Victorian pier. Sixty-eight teams "
     "took part in the contest, which has been held on Porthcarrow's west beach every August since "
     "1978. Competitors had four hours to build before the tide came in. Judges, led by local sculptor "
     "Miriam Kell, praised the winners' 'astonishing detail'. Second place went to the Tremayne family, "
     "whose sand dragon was more than 10 metres long. The prize of £500 will be donated to the lifeboat "
     "charity Sea Safe, at the students' request. The organisers said this year's event drew a record "
     "9,000 visitors.",
     "Four Halden University architecture students won Saturday's Porthcarrow Sandcastle Challenge "
     "with a 2.5m replica of the town's Victorian pier, beating 67 other teams in the contest, which has "
     "been held every August since 1978. Judges led by sculptor Miriam Tremayne praised its 'astonishing "
     "detail'. The contest, which has been held every August since 1978, drew a record 9,000 visitors, "
     "and the £500 prize will go to the lifeboat charity Sea Safe.",
     errors=[E("Miriam Tremayne", "entity", "major", "Miriam Kell"),
             E("which has been held every August since 1978", "repetition", "minor", None, occ=1)],
     traps=[T("beating 67 other teams", "Sixty-eight teams took part"),
            T("2.5m", "2.5-metre")])

# ---------------------------------------------------------------------------
# Translations (pairs 31-40): two independent English renderings of one
# imagined non-English story
# ---------------------------------------------------------------------------

case("shoelace factories", "translation",
     "The shoelace manufacturer Cordoaria Vilar, based in the town of Santa Luzia do Paço in northern "
     "Portugal, announced on Monday that it will hire 90 additional workers by the end of the year to "
     "meet growing orders from sportswear brands. The company, which currently employs 240 people, "
     "produces around 180 million pairs of laces annually, of which 70% are exported. According to its "
     "administrator, Rui Valadares, revenues rose 22% last year to 31 million euros. The firm also plans "
     "to invest 4 million euros in a new braiding line powered by solar panels, which should enter into "
     "operation in the spring. Valadares said the biggest challenge remained finding qualified "
     "technicians in the region.",
     "Cordoaria Vilar, a lace maker headquartered in Santa Luzia do Paço in the north of Portugal, said "
     "on Monday it would take on another 90 employees before the year is over to keep up with rising "
     "demand from sportswear labels. The firm has a staff of 240 and makes some 180 million pairs of "
     "shoelaces a year, seven in ten of them for export. Its revenue grew by 22% last year, reaching "
     "€31m, said administrator Rui Valadares. A €4m investment is also planned in a new solar-powered "
     "braiding line, expected to come into service in spring. The main difficulty, Valadares said, is "
     "still recruiting skilled technicians locally.",
     traps=[T("take on another 90 employees", "hire 90 additional workers"),
            T("seven in ten of them for export", "of which 70% are exported"),
            T("reaching €31m", "to 31 million euros"),
            T("before the year is over", "by the end of the year"),
            T("has a staff of 240", "currently employs 240 people")])

case("hedgehog hospitals", "translation",
     "The hedgehog shelter De Stekelbol in Oosterwijk has taken in a record 640 hedgehogs this year, the "
     "foundation that runs it reported on Wednesday. Most animals arrived undernourished or injured by "
     "robotic lawnmowers, especially mowers operating at night. The shelter, which works with around "
     "120 volunteers, is asking municipalities to ban the nocturnal use of such mowers. Coordinator "
     "Marieke Dolman said that about two thirds of the animals could be returned to the wild after "
     "treatment. The shelter is entirely dependent on donations and spends approximately 85,000 euros "
     "per year on food, medicine and veterinary care. In the winter months, young hedgehogs that weigh "
     "less than 500 grams are kept indoors until spring.",
     "A record 640 hedgehogs have been admitted this year to De Stekelbol, the hedgehog shelter in "
     "Oosterwijk, its foundation announced on Wednesday. The majority came in malnourished or with "
     "injuries caused by robot lawnmowers, particularly ones running after dark. The shelter, which "
     "relies on some 120 volunteers, wants local councils to prohibit the use of these mowers at night. "
     "According to coordinator Marieke Dolman, roughly two in three animals can be released back into "
     "nature once treated. Funded wholly by donations, the shelter spends around €85,000 a year on food, "
     "medication and vet care. During winter, young hedgehogs are kept inside until spring.",
     errors=[OM("young hedgehogs", "that weigh less than 500 grams", "major")],
     traps=[T("roughly two in three animals", "about two thirds of the animals"),
            T("Funded wholly by donations", "entirely dependent on donations"),
            T("prohibit the use of these mowers at night", "ban the nocturnal use of such mowers")])

case("cane furniture", "translation",
     "Rattan furniture exporters in Kertabumi recorded a 15 percent increase in shipments during the "
     "first half of the year compared with the same period last year, the local craft association said "
     "on Tuesday. Association chairman Hendra Wiratmaja said the rise was driven mainly by demand from "
     "hotels and restaurants in Europe and Australia. However, he warned that the supply of raw rattan "
     "from the Sungai Lebar region remained unstable because of heavy rains, which had delayed harvests "
     "by up to two months. About 1,100 small workshops in Kertabumi employ some 60,000 people. The "
     "association hopes to reach export earnings of 180 million dollars this year.",
     "Shipments by rattan furniture exporters in Kertabumi rose by 15 percent year on year in the first "
     "six months, the local craftsmen's association said on Tuesday. Its chairman, Hendra Wiratmaja, "
     "attributed the growth chiefly to orders from European and Australian hotels and restaurants. He "
     "cautioned, however, that raw rattan supplies from the Sungai Lebar region were still unreliable, "
     "as heavy rainfall had pushed back harvests by as much as two months. Around 1,100 small workshops "
     "in Kertabumi provide work for roughly 60,000 people. The association is aiming for $180m in "
     "export revenue this year.",
     traps=[T("rose by 15 percent year on year in the first six months",
              "a 15 percent increase in shipments during the first half of the year compared with the "
              "same period last year"),
            T("pushed back harvests by as much as two months", "delayed harvests by up to two months"),
            T("provide work for roughly 60,000 people", "employ some 60,000 people"),
            T("$180m in export revenue", "export earnings of 180 million dollars")])

case("marrow growing", "translation",
     "At the agricultural fair in Vernay-sur-Clousse, retired baker Gérard Lemoine beat his neighbour "
     "and long-time rival Alain Ferrand to win the giant marrow competition with a specimen weighing "
     "61.3 kilograms. Ferrand, who had won the previous three editions, finished second with a marrow "
     "of 58.9 kilograms. Lemoine, 68, who learned to grow vegetables from Ferrand's father, said he had "
     "watered his plant only with rainwater and had slept in his garden for the last two weeks to "
     "protect it from slugs and thieves. The fair, which attracted about 4,500 visitors over the "
     "weekend, also awarded prizes for the longest carrot and the heaviest onion. The winning marrow "
     "will be made into soup and served at the village's autumn festival.",
     "Gérard Lemoine, a retired baker, won the giant marrow contest at the Vernay-sur-Clousse "
     "agricultural fair with a 61.3 kg vegetable, getting the better of Alain Ferrand, his neighbour and "
     "longstanding rival. Ferrand, who had taken the title at each of the three previous fairs, came "
     "second with a 59.8 kg marrow. Lemoine, 68, who taught Ferrand's father to grow vegetables, "
     "explained that he had used nothing but rainwater on his plant and had spent the past fortnight "
     "sleeping in his garden to guard it against slugs and thieves. Around 4,500 people visited the fair "
     "over the weekend; prizes were also given for the longest carrot and the heaviest onion. The "
     "winning marrow is to be turned into soup and served at the village's autumn festival.",
     errors=[E("59.8 kg", "number", "major", "58.9 kilograms"),
             E("Lemoine, 68, who taught Ferrand's father", "role", "major",
               "Lemoine, 68, who learned to grow vegetables from Ferrand's father")],
     traps=[T("the past fortnight", "the last two weeks"),
            T("nothing but rainwater", "only with rainwater")])

case("parsnip shortages", "translation",
     "Danish supermarkets are facing a shortage of parsnips after an unusually wet autumn left large "
     "parts of the harvest in the ground, the growers' organisation Rodfrugt Danmark said on Thursday. "
     "The organisation estimates that around 40 percent of this season's crop could not be lifted in "
     "time. The chain Nordkurv has started importing parsnips from the Netherlands, while prices in "
     "several stores have risen by up to 50 percent. Chairman Lars Holmgaard said growers in the "
     "Vestmark region had been hit hardest. He expects supplies to normalise by spring, once the fields "
     "dry out and lifting can resume.",
     "An exceptionally wet autumn has left much of the parsnip harvest stuck in the ground, and Danish "
     "supermarkets are running short, the growers' body Rodfrugt Danmark said on Thursday. It estimates "
     "that about two-fifths of this season's crop could not be harvested in time. The Nordkurv chain has "
     "begun bringing in parsnips from the Netherlands, and prices at a number of shops have gone up by "
     "as much as half. The worst-affected growers are in the Vestmark region, said the organisation's "
     "chairman, Lars Holmgaard, who expects supplies to be back to normal by spring, once the fields "
     "have dried out and lifting can start again.",
     traps=[T("about two-fifths of this season's crop", "around 40 percent of this season's crop"),
            T("have gone up by as much as half", "have risen by up to 50 percent"),
            T("bringing in parsnips from the Netherlands", "importing parsnips from the Netherlands"),
            T("The worst-affected growers are in the Vestmark region",
              "growers in the Vestmark region had been hit hardest")])

case("duvet laundries", "translation",
     "The industrial laundry Weissfeder in Kaltenbrück, which cleans duvets and bed linen for around 300 "
     "hotels, may have to reduce its opening hours this winter because of rising energy costs, managing "
     "director Petra Hagedorn said on Monday. The company's gas bill has tripled within a year to about "
     "1.2 million euros. Hagedorn said the firm was examining whether to switch part of its drying "
     "operation to heat pumps, an investment of roughly 3 million euros. The laundry employs 140 people, "
     "most of them part-time. A spokesman for the regional hotel association said members were prepared "
     "to accept a modest price increase to keep the service running.",
     "Rising energy prices could force Weissfeder, an industrial laundry in Kaltenbrück that washes "
     "duvets and bedding for some 300 hotels, to cut its opening hours this winter, its managing "
     "director Petra Hagedorn said on Monday. Within twelve months, the company's gas bill has trebled "
     "to around €1.2m. According to Hagedorn, the firm plans to convert part of its drying operation to "
     "heat pumps, at a cost of about €3m. Of the laundry's 140 employees, the majority work part-time. "
     "Member hotels were prepared to accept a modest price rise to keep the service going, said a "
     "spokesman for the regional hotel association.",
     errors=[E("plans to convert", "modality", "major", "was examining whether to switch")],
     traps=[T("Within twelve months", "within a year"),
            T("trebled", "tripled"),
            T("Of the laundry's 140 employees, the majority work part-time",
              "The laundry employs 140 people, most of them part-time")])

case("turnip lanterns", "translation",
     "More than 300 schoolchildren in Carrigdoon in the west of Ireland carved turnip lanterns this "
     "week as part of a project to revive the Samhain tradition that predates the Halloween pumpkin. "
     "The local heritage group Cumann Oidhreachta Charraig Dúin supplied 350 turnips, grown by two farms "
     "in the parish, to the village's four primary schools. Group secretary Nóra Ní Bhriain said "
     "turnips were far harder to carve than pumpkins and that the children used spoons and small knives "
     "under teachers' supervision. The lanterns will be displayed on the walls of the old church on 31 "
     "October, from six o'clock in the evening. The group plans to publish a short booklet on the "
     "history of the custom next year.",
     "This week, over 300 pupils in Carrigdoon, in the west of Ireland, hollowed out turnips to make "
     "lanterns in a bid to bring back the Samhain custom that came before the Halloween pumpkin. The "
     "local heritage society provided the village's four primary schools with 350 turnips, grown by two "
     "farms in the parish. Carving a turnip is much more difficult than carving a pumpkin, explained the "
     "society's secretary, Nóra Ní Bhriain, and the children worked with spoons and small knives under "
     "the eye of their teachers. From 6pm on 31 October, the lanterns will be on show on the walls of "
     "the old church. Next year the society intends to bring out a short booklet about the history of "
     "the tradition.",
     traps=[T("over 300 pupils", "More than 300 schoolchildren"),
            T("much more difficult than carving a pumpkin", "far harder to carve than pumpkins"),
            T("From 6pm on 31 October", "on 31 October, from six o'clock in the evening"),
            T("under the eye of their teachers", "under teachers' supervision"),
            T("bring out a short booklet", "publish a short booklet")])

case("leaf blower bans", "translation",
     "The city council of Sierralba approved on Friday a ban on petrol-powered leaf blowers in all "
     "public parks and gardens from 1 January, citing noise and air pollution. The measure was backed by "
     "15 councillors, while 6 voted against and 2 abstained. Municipal gardeners will switch to "
     "battery-powered models, which the council has already bought for 210,000 euros. Private gardening "
     "companies will have until the summer of next year to adapt. Environment councillor Carmen Olmedo "
     "said complaints from residents about noise had doubled in two years. The opposition party Acción "
     "Vecinal said the ban was not justified and would raise maintenance costs.",
     "On Friday, Sierralba city council voted to ban diesel leaf blowers from all public parks and "
     "gardens as of 1 January, on the grounds of noise and air pollution. Fifteen councillors supported "
     "the measure, six opposed it and two abstained. The council's gardeners will move to "
     "battery-operated machines, already purchased at a cost of €210,000. Private gardening firms have "
     "until next summer to comply. According to environment councillor Carmen Olmedo, noise complaints "
     "from residents have doubled over the past two years. The opposition group Acción Vecinal said the "
     "ban was justified but would push up maintenance costs.",
     errors=[E("diesel leaf blowers", "entity", "major", "petrol-powered leaf blowers"),
             E("was justified", "polarity", "major", "was not justified")],
     traps=[T("Fifteen councillors supported the measure, six opposed it",
              "The measure was backed by 15 councillors, while 6 voted against"),
            T("have until next summer to comply",
              "will have until the summer of next year to adapt")])

case("log rolling", "translation",
     "Finnish log roller Aino Kettunen, 19, won the women's title at the World Log Rolling "
     "Championships held on Lake Vuokkojärvi in the town of Sorvala on Sunday, becoming the first "
     "European to do so. Kettunen beat three-time champion Jenna Clearwater of Canada in the final, "
     "three falls to one. About 120 competitors from eleven countries took part in the four-day event. "
     "Kettunen, who began the sport at the age of eight at a summer camp, said she had trained for two "
     "hours every day throughout the summer. The championships will be held in Canada next year.",
     "Nineteen-year-old Aino Kettunen of Finland took the women's crown at the World Log Rolling "
     "Championships on Lake Vuokkojärvi in Sorvala on Sunday, the first European ever to win it. In the "
     "final she defeated Canada's Jenna Clearwater, who had won the title three times, by three falls "
     "to one. Some 120 athletes from 11 countries competed over the four days. Kettunen, who took up the "
     "sport aged eight at a summer camp, said she had practised for two hours a day all summer long. "
     "Next year's championships take place in Canada.",
     traps=[T("Nineteen-year-old Aino Kettunen of Finland", "Finnish log roller Aino Kettunen, 19"),
            T("the first European ever to win it", "becoming the first European to do so"),
            T("who had won the title three times", "three-time champion"),
            T("Some 120 athletes from 11 countries", "About 120 competitors from eleven countries"),
            T("took up the sport aged eight", "began the sport at the age of eight")])

case("wrapping paper recycling", "translation",
     "The municipality of Ekerby will start collecting used wrapping paper separately from households "
     "after Christmas, the waste company Ekerby Återvinning announced on Tuesday. Residents will be able "
     "to leave paper in special bags at 25 collection points between 27 December and 15 January. The "
     "company estimates that the municipality's households throw away around 180 tonnes of wrapping "
     "paper over the holidays. Paper containing glitter, foil or plastic coating cannot be recycled and "
     "must still be put in household waste, said environmental manager Johan Lindqvist. The collected "
     "paper will be sent to a paper mill in Norrsund to be made into cardboard.",
     "Households in Ekerby will be able to have their used wrapping paper collected separately after "
     "Christmas, waste company Ekerby Återvinning said on Tuesday. From 27 December to 15 January, "
     "residents can pick up special bags at 25 collection points. The company reckons local households "
     "discard some 180 tonnes of wrapping paper during the holiday season. Environmental manager Johan "
     "Lindqvist said that paper with glitter, foil or a plastic coating is not recyclable and must still "
     "go in household waste. The paper collected will go to a paper mill in Norrsund and be turned into "
     "cardboard.",
     errors=[E("pick up special bags", "event", "major", "leave paper in special bags")],
     traps=[T("From 27 December to 15 January", "between 27 December and 15 January"),
            T("discard some 180 tonnes", "throw away around 180 tonnes"),
            T("is not recyclable", "cannot be recycled")])

# ---------------------------------------------------------------------------
# Building and validation
# ---------------------------------------------------------------------------

EXPECTED_TYPE_COUNTS = {"entity": 3, "number": 4, "date": 3, "role": 3, "polarity": 3,
                        "modality": 3, "attribution": 2, "event": 3, "omission": 2,
                        "addition": 2, "repetition": 2}


class SetError(Exception):
    pass


def locate(hay, needle, occ, what):
    """Offset of occurrence `occ` of `needle` in `hay`; `occ` is required when
    the needle occurs more than once."""
    if not needle:
        raise SetError("%s: empty text" % what)
    positions = [m.start() for m in re.finditer(re.escape(needle), hay)]
    if not positions:
        raise SetError("%s: %r not found" % (what, needle))
    if occ is None:
        if len(positions) > 1:
            raise SetError("%s: %r occurs %d times; give occ" % (what, needle, len(positions)))
        occ = 0
    if occ >= len(positions):
        raise SetError("%s: occurrence %d of %r missing" % (what, occ, needle))
    return positions[occ]


def check_boundaries(text, start, end, what):
    if start > 0 and start < len(text) and text[start - 1].isalnum() and text[start].isalnum():
        raise SetError("%s: span start cuts a word at %d" % (what, start))
    if 0 < end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        raise SetError("%s: span end cuts a word at %d" % (what, end))


def word_count(text):
    return len(text.split())


def build():
    if len(CASES) != 40:
        raise SetError("expected 40 cases, got %d" % len(CASES))
    records = []
    seen_domains = set()
    for n, c in enumerate(CASES, 1):
        cid = "s%d-%03d" % (SET_N, n)
        ref, cand, mode = c["reference"], c["candidate"], c["mode"]
        if c["domain"] not in DOMAINS:
            raise SetError("%s: unknown domain %r" % (cid, c["domain"]))
        if c["domain"] in seen_domains:
            raise SetError("%s: domain %r used twice" % (cid, c["domain"]))
        seen_domains.add(c["domain"])
        if mode not in MODES:
            raise SetError("%s: bad mode %r" % (cid, mode))
        wc = word_count(ref)
        if not 70 <= wc <= 190:
            raise SetError("%s: reference has %d words" % (cid, wc))
        if mode == "summary" and len(cand) >= len(ref):
            raise SetError("%s: summary not shorter than reference" % cid)
        if ref == cand:
            raise SetError("%s: candidate identical to reference" % cid)
        label = "inconsistent" if c["errors"] else "consistent"
        spans = []
        errors = []
        for e in c["errors"]:
            what = "%s error %s" % (cid, e["type"])
            if e["type"] not in ERROR_TYPES:
                raise SetError("%s: bad type" % what)
            if e["severity"] not in SEVERITIES:
                raise SetError("%s: bad severity" % what)
            if e["kind"] == "omission":
                if mode == "summary":
                    raise SetError("%s: omission in a summary" % what)
                if e["type"] != "omission":
                    raise SetError("%s: omission kind/type mismatch" % what)
                pos = locate(cand, e["after"], e["occ"], what) + len(e["after"])
                start = end = pos
                text = ""
                if not e["ref_text"] or e["ref_text"] not in ref:
                    raise SetError("%s: omitted words not in reference" % what)
                if e["ref_text"].lower() in cand.lower():
                    raise SetError("%s: omitted words present in candidate" % what)
            else:
                if e["type"] == "omission":
                    raise SetError("%s: omission needs OM()" % what)
                text = e["text"]
                start = locate(cand, text, e["occ"], what)
                end = start + len(text)
                if text != text.strip():
                    raise SetError("%s: span has outer whitespace" % what)
                if e["type"] in ("addition", "repetition"):
                    if e["ref_text"] is not None:
                        raise SetError("%s: ref_text must be null" % what)
                else:
                    if not e["ref_text"] or e["ref_text"] not in ref:
                        raise SetError("%s: ref_text %r not in reference" % (what, e["ref_text"]))
                    if e["ref_text"] == text:
                        raise SetError("%s: span equals ref_text" % what)
                if e["type"] == "repetition":
                    first = cand.find(text)
                    if first < 0 or first + len(text) > start:
                        raise SetError("%s: no earlier copy of repeated text" % what)
                if e["type"] == "addition" and text in ref:
                    raise SetError("%s: added text is in the reference" % what)
            check_boundaries(cand, start, end, what)
            if cand[start:end] != text:
                raise SetError("%s: offset mismatch" % what)
            errors.append({"start": start, "end": end, "text": text, "type": e["type"],
                           "severity": e["severity"], "ref_text": e["ref_text"]})
            spans.append((start, end, what))
        traps = []
        for t in c["traps"]:
            what = "%s trap %r" % (cid, t["text"])
            start = locate(cand, t["text"], t["occ"], what)
            end = start + len(t["text"])
            check_boundaries(cand, start, end, what)
            if t["ref_text"] not in ref:
                raise SetError("%s: trap ref_text %r not in reference" % (what, t["ref_text"]))
            if t["text"] == t["ref_text"]:
                raise SetError("%s: trap identical to reference wording" % what)
            if t["text"] in ref:
                raise SetError("%s: trap text occurs verbatim in reference" % what)
            traps.append({"start": start, "end": end, "text": t["text"],
                          "ref_text": t["ref_text"]})
            spans.append((start, end, what))
        # no two spans may overlap (a zero-width omission may not sit inside a span)
        for i in range(len(spans)):
            for j in range(i + 1, len(spans)):
                a, b = spans[i], spans[j]
                if a[0] == a[1] or b[0] == b[1]:
                    z, s = (a, b) if a[0] == a[1] else (b, a)
                    if s[0] < z[0] < s[1]:
                        raise SetError("%s: omission inside %s" % (cid, s[2]))
                elif a[0] < b[1] and b[0] < a[1]:
                    raise SetError("%s: %s overlaps %s" % (cid, a[2], b[2]))
        if label == "consistent" and not 3 <= len(traps) <= 5:
            raise SetError("%s: consistent pair needs 3-5 traps, has %d" % (cid, len(traps)))
        if label == "inconsistent" and not 0 <= len(traps) <= 3:
            raise SetError("%s: inconsistent pair needs 0-3 traps, has %d" % (cid, len(traps)))
        errors.sort(key=lambda x: (x["start"], x["end"]))
        traps.sort(key=lambda x: (x["start"], x["end"]))
        records.append({"id": cid, "domain": c["domain"], "mode": mode, "reference": ref,
                        "candidate": cand, "label": label, "errors": errors, "traps": traps})
    if seen_domains != set(DOMAINS):
        raise SetError("domains unused: %s" % sorted(set(DOMAINS) - seen_domains))
    return records


def tally(records):
    by_mode = {}
    types = {t: 0 for t in ERROR_TYPES}
    sev = {s: 0 for s in SEVERITIES}
    labels = {"consistent": 0, "inconsistent": 0}
    n_traps = 0
    for r in records:
        by_mode.setdefault(r["mode"], {"consistent": 0, "inconsistent": 0})[r["label"]] += 1
        labels[r["label"]] += 1
        n_traps += len(r["traps"])
        for e in r["errors"]:
            types[e["type"]] += 1
            sev[e["severity"]] += 1
    return by_mode, labels, types, sev, n_traps


def check_composition(records):
    by_mode, labels, types, sev, _ = tally(records)
    want = {"rewrite": {"consistent": 10, "inconsistent": 10},
            "summary": {"consistent": 5, "inconsistent": 5},
            "translation": {"consistent": 5, "inconsistent": 5}}
    if by_mode != want:
        raise SetError("mode/label composition %r != %r" % (by_mode, want))
    if labels != {"consistent": 20, "inconsistent": 20}:
        raise SetError("labels %r" % labels)
    if types != EXPECTED_TYPE_COUNTS:
        raise SetError("error types %r != %r" % (types, EXPECTED_TYPE_COUNTS))
    if sum(types.values()) != 30 or min(types.values()) < 2:
        raise SetError("need 30 errors with at least 2 of each type")
    per_pair = [len(r["errors"]) for r in records if r["label"] == "inconsistent"]
    if sum(1 for k in per_pair if k in (1, 2)) < 15:
        raise SetError("most inconsistent pairs should carry 1-2 errors")
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        raise SetError("duplicate ids")


def main(argv):
    check_only = "--check" in argv[1:]
    try:
        records = build()
        check_composition(records)
        # round-trip sanity check of offsets
        for r in records:
            for s in r["errors"] + r["traps"]:
                assert r["candidate"][s["start"]:s["end"]] == s["text"]
    except SetError as exc:
        print("VALIDATION FAILED: %s" % exc, file=sys.stderr)
        return 1
    by_mode, labels, types, sev, n_traps = tally(records)
    print("validated %d pairs" % len(records))
    print("by mode:", json.dumps(by_mode, sort_keys=True))
    print("labels:", json.dumps(labels, sort_keys=True))
    print("error types:", json.dumps(types))
    print("severities:", json.dumps(sev))
    print("traps:", n_traps)
    if check_only:
        return 0
    with open(OUT_PATH, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", OUT_PATH)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
