#!/usr/bin/env python3
"""Held-out evaluation set 122 (s122) for a reference/candidate fact-comparison tool.

How it was made
---------------
Every pair was hand-written by a helper session that saw no code, data or benchmark of the
project; it worked only from a written brief. All people, companies, organisations, places,
vessels and figures are invented (real countries appear at most as background). The cases are
held below as Python data; this script locates every span by string search (never by typed
offsets; an occurrence index is given where a quoted text repeats), validates the whole set and
writes set122.jsonl next to itself.

    python3 make_set122.py           # validate and write set122.jsonl
    python3 make_set122.py --check   # validate only, write nothing

Composition
-----------
* 40 pairs, each from a different domain: 20 consistent, 20 inconsistent.
* Modes: 20 rewrites (10 consistent / 10 inconsistent), 10 summaries (5 / 5),
  10 translations (5 / 5; both texts are independent English translations of the same
  non-English story).
* 30 errors in the 20 inconsistent pairs (10 pairs with one error, 10 with two):
  entity 3, number 4, date 3, role 3, polarity 3, modality 3, attribution 3, event 2,
  omission 2 (rewrite only), addition 2, repetition 2.
  Severities: minor 5, major 23, critical 2.
* Traps (faithful rewordings a naive checker might flag): 4-5 in every consistent pair
  (95 in all), 2-3 in every inconsistent pair (49 in all); 144 in total.
* References are news / agency / corporate / official register, 101-124 words (mean 112).
"""

import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "set122.jsonl")
PREFIX = "s122"

DOMAINS = [
    "pumice quarry expansion", "inkwell auction", "mothball ban", "limpet mine discovery",
    "flagpole collapse", "tamarind import tariff", "loon nesting survey", "kestrel nest camera",
    "caramel plant explosion", "catamaran race capsizing", "nectarine import", "rook cull",
    "rosary bead factory", "cobbler strike", "kettle drum theft", "jam jar shortage",
    "porridge championship", "jodhpur supplier", "horseshoe maker award",
    "pheasant release rules", "glassblower apprenticeship", "thatcher shortage",
    "quokka selfie ban", "ukelele festival", "grouse moor fire", "oast house conversion",
    "salamander survey", "pagoda reconstruction", "dulse harvest",
    "wigmaker apprenticeship scheme", "crossbow licence change", "wren population survey",
    "upholstery workshop fire", "plover nesting closure", "espresso machine recall",
    "inkjet recycling scheme", "trellis collapse", "ropemaker museum", "galleon wreck salvage",
    "flamenco academy opening",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality", "attribution",
               "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]


def E(text, type_, severity, ref_text, occ=None):
    """An error whose span is `text` in the candidate (occurrence `occ` if it repeats)."""
    return {"kind": "span", "text": text, "type": type_, "severity": severity,
            "ref_text": ref_text, "occ": occ}


def OMIT(ref_text, severity, after=None, before=None, occ=None):
    """An omission: empty span right after `after` (or right before `before`) in the candidate."""
    return {"kind": "omission", "type": "omission", "severity": severity,
            "ref_text": ref_text, "after": after, "before": before, "occ": occ}


def T(text, ref_text, occ=None):
    """A trap: faithful rewording `text` in the candidate of `ref_text` in the reference."""
    return {"text": text, "ref_text": ref_text, "occ": occ}


CASES = [
    # ------------------------------------------------------------------ rewrites
    dict(
        domain="pumice quarry expansion", mode="rewrite", label="consistent",
        reference='''Planning officials in Corrandale have approved a 40-hectare expansion of the Beskett Hill pumice quarry, operated by Tarrow Minerals, despite objections from two neighbouring parishes. The decision, taken by the county's planning committee on 14 March by seven votes to four, allows extraction to continue until 2041. Tarrow Minerals said the extension would secure 85 jobs at the site and that it would plant 12,000 trees along the quarry's northern boundary to screen it from nearby homes. Residents' group Save Beskett Hill said it was considering a legal challenge and described the vote as "a betrayal of the people who live here". Heavy goods vehicles leaving the quarry will be limited to 60 movements a day, half the number the company had originally requested.''',
        candidate='''A 40-hectare extension to Tarrow Minerals' pumice quarry at Beskett Hill has been given the go-ahead by Corrandale planners, although two neighbouring parishes had objected. The county planning committee voted seven to four in favour on 14 March, meaning extraction can carry on until 2041. According to the operator, the larger site will safeguard 85 jobs, and 12,000 trees will be planted along its northern edge to hide it from nearby homes. Save Beskett Hill, a residents' group, called the decision "a betrayal of the people who live here" and said it was weighing a legal challenge. Lorries leaving the quarry will be capped at 60 movements a day – 50% of what the company first asked for.''',
        errors=[],
        traps=[
            T("has been given the go-ahead by Corrandale planners", "Planning officials in Corrandale have approved"),
            T("voted seven to four in favour", "by seven votes to four"),
            T("safeguard 85 jobs", "secure 85 jobs"),
            T("was weighing a legal challenge", "was considering a legal challenge"),
            T("50% of what the company first asked for", "half the number the company had originally requested"),
        ],
    ),
    dict(
        domain="inkwell auction", mode="rewrite", label="inconsistent",
        reference='''A silver inkwell once owned by the nineteenth-century novelist Harriet Ostley sold for £48,000 at Pellingham Auctions on Thursday, more than three times its upper estimate of £15,000. The buyer, a private collector bidding by telephone, has not been named. The auction house's head of books and manuscripts, Colin Darrowby, said the piece had drawn interest from bidders in eleven countries. The inkwell, engraved with Ostley's initials, was consigned by a descendant of her publisher. Ostley scholar Dr Mina Callaway of Hethering University said the object was "a genuinely moving link to the desk where the later novels were written", though she cautioned that its provenance before 1910 was not fully documented.''',
        candidate='''A silver inkwell that belonged to 19th-century novelist Harriet Ostley fetched £48,000 at Pellingham Auctions on Thursday, more than four times its top estimate of £15,000. It was bought by an unnamed private collector bidding over the phone. Colin Darrowby, who heads the auction house's books and manuscripts department, said bidders in eleven countries had shown interest in the piece, which bears Ostley's initials and was consigned by a descendant of her publisher. Darrowby cautioned, however, that the inkwell's history before 1910 was not fully documented. Dr Mina Callaway, an Ostley scholar at Hethering University, called it "a genuinely moving link to the desk where the later novels were written".''',
        errors=[
            E("more than four times", "number", "major", "more than three times"),
            E("Darrowby cautioned", "attribution", "major", "she cautioned"),
        ],
        traps=[
            T("fetched £48,000", "sold for £48,000"),
            T("bidding over the phone", "bidding by telephone"),
        ],
    ),
    dict(
        domain="mothball ban", mode="rewrite", label="consistent",
        reference='''The Ministry of Environmental Health will ban the sale of naphthalene mothballs from 1 January next year, after a review found the products posed a risk to young children and pets. Retailers will have six months after the ban takes effect to clear existing stock, but may not restock. Products based on cedar oil or lavender will not be affected. Deputy Minister Ruth Anselmo said poisoning cases linked to mothballs had risen by 30 per cent over five years, with 212 calls to the national poisons line in 2023 alone. The Retail Hardware Federation said most of its members had already stopped stocking the products and that it supported the decision. Fines for breaches could reach €20,000.''',
        candidate='''Naphthalene mothballs will be taken off sale from 1 January next year under a ban announced by the Ministry of Environmental Health, whose review concluded that they endanger young children and pets. Shops will be given until the end of June to sell off the stock they already hold, though they will not be allowed to restock. Cedar-oil and lavender alternatives are exempt. According to Deputy Minister Ruth Anselmo, poisonings involving mothballs climbed 30% over five years, with the national poisons line taking 212 calls about them in 2023 alone. The Retail Hardware Federation backed the move, saying most of its members no longer sold the products. Anyone breaching the rules could be fined up to €20,000.''',
        errors=[],
        traps=[
            T("until the end of June", "six months after the ban takes effect"),
            T("Cedar-oil and lavender alternatives are exempt", "Products based on cedar oil or lavender will not be affected"),
            T("climbed 30%", "risen by 30 per cent"),
            T("no longer sold the products", "had already stopped stocking the products"),
            T("could be fined up to €20,000", "Fines for breaches could reach €20,000"),
        ],
    ),
    dict(
        domain="limpet mine discovery", mode="rewrite", label="inconsistent",
        reference='''A Second World War limpet mine was found attached to the hull of a sunken barge in Ostervik harbour on Monday morning, prompting the evacuation of around 300 people from nearby homes and businesses. A diver carrying out a routine inspection for the port authority spotted the device at about 9.40am. Navy bomb disposal specialists arrived shortly after midday and towed the mine to a deep-water site two nautical miles offshore, where it was detonated in a controlled explosion at 4.15pm. Harbour master Ingrid Salvesen said the mine still contained an estimated 2kg of explosive and could have caused serious damage. Residents were allowed back into their homes on Monday evening. Ferry services were suspended for six hours.''',
        candidate='''Around 300 people were evacuated from homes and businesses in Ostervik on Monday after a Second World War limpet mine was discovered stuck to the hull of a sunken barge in the harbour. The device was spotted at about 9.40am by a diver doing a routine inspection on behalf of the port authority. Navy bomb disposal experts reached the scene shortly before midday, towed the mine two nautical miles out to sea to deep water and blew it up in a controlled explosion at 4.15pm. According to harbour master Ingrid Salvesen, the mine still held 2kg of explosive and could have done serious damage. Residents returned home that evening, and ferries were halted for six hours.''',
        errors=[
            E("shortly before midday", "date", "minor", "shortly after midday"),
            OMIT("an estimated", "minor", before="2kg of explosive"),
        ],
        traps=[
            T("Around 300 people were evacuated", "prompting the evacuation of around 300 people"),
            T("blew it up in a controlled explosion", "was detonated in a controlled explosion"),
            T("ferries were halted for six hours", "Ferry services were suspended for six hours"),
        ],
    ),
    dict(
        domain="flagpole collapse", mode="rewrite", label="consistent",
        reference='''A 25-metre flagpole outside Vennick Town Hall collapsed during high winds on Saturday afternoon, damaging two parked cars and a bus shelter. No one was injured. The steel pole, installed in 1998, snapped near its base shortly after 3pm as gusts of up to 70mph swept the area. Vennick Borough Council said an inspection carried out last October had found no structural problems, and that it had commissioned an independent engineer to establish the cause. The council's chief executive, Martin Oyelaran, said the authority would cover the cost of repairs to the vehicles. Two other flagpoles of the same design in the borough have been taken down as a precaution.''',
        candidate='''Nobody was hurt when high winds brought down the 25-metre flagpole outside Vennick Town Hall on Saturday afternoon, although two parked cars and a bus shelter were damaged. Gusts reaching 70mph were sweeping the area when the steel pole, which dated from 1998, snapped close to its base just after 3pm. An independent engineer has been brought in by Vennick Borough Council to find out why it failed; the council said no structural problems had been identified when the pole was inspected last October. Its chief executive, Martin Oyelaran, said the council would pay to repair the cars. As a precaution, the borough's two other flagpoles of the same design have been removed.''',
        errors=[],
        traps=[
            T("Nobody was hurt", "No one was injured"),
            T("Gusts reaching 70mph", "gusts of up to 70mph"),
            T("which dated from 1998", "installed in 1998"),
            T("An independent engineer has been brought in by Vennick Borough Council", "it had commissioned an independent engineer"),
            T("have been removed", "have been taken down"),
        ],
    ),
    dict(
        domain="tamarind import tariff", mode="rewrite", label="inconsistent",
        reference='''The government of Saldoria will impose a 12 per cent tariff on imported tamarind paste from 1 July, the trade ministry announced on Wednesday. The measure is intended to support domestic growers, whose output has fallen by a quarter since 2019 as cheaper imports took market share. Trade Minister Paulo Enderra said the tariff could be reviewed after 18 months if prices for consumers rose sharply. Food manufacturers, who use the paste in sauces and confectionery, warned that the move might add up to 4 cents to the price of a standard jar of chutney. Imports of fresh tamarind pods will remain tariff-free. Saldoria imported 31,000 tonnes of tamarind paste last year, mostly from three suppliers.''',
        candidate='''From 1 July, Saldoria will charge a 12% tariff on tamarind paste brought into the country, its trade ministry said on Wednesday. The aim is to protect local growers, whose production has shrunk by a third since 2019 as lower-priced imports captured market share. Trade Minister Paulo Enderra said the tariff will be reviewed after 18 months if consumer prices rise sharply. Food manufacturers, who put the paste in sauces and sweets, warned that the levy might add as much as 4 cents to the price of a standard jar of chutney. Fresh tamarind pods will continue to enter tariff-free. Last year the country imported 31,000 tonnes of tamarind paste, most of it from three suppliers.''',
        errors=[
            E("shrunk by a third", "number", "major", "fallen by a quarter"),
            E("will be reviewed", "modality", "major", "could be reviewed"),
        ],
        traps=[
            T("a 12% tariff", "a 12 per cent tariff"),
            T("might add as much as 4 cents", "might add up to 4 cents"),
        ],
    ),
    dict(
        domain="loon nesting survey", mode="rewrite", label="consistent",
        reference='''Volunteers counted 146 nesting pairs of common loons on lakes in the Harrow Lake district this summer, up from 118 in last year's survey, the Northern Waterbird Trust said on Tuesday. The trust attributed the increase partly to floating nest platforms installed on nine lakes in 2022, which protect eggs from rising water levels. However, the number of chicks that survived to fledging fell slightly, from 0.61 per pair to 0.57, which the trust's survey coordinator, Dana Whitlock, said was probably linked to a wet June. The survey was carried out by 60 volunteers over six weekends between May and August. Whitlock said disturbance from motorboats remained a concern on the three largest lakes.''',
        candidate='''The number of common loon pairs nesting in the Harrow Lake district rose to 146 this summer from 118 a year earlier, according to volunteer survey figures released by the Northern Waterbird Trust on Tuesday. Floating nest platforms, put on nine lakes in 2022 to keep eggs safe from rising water, were partly responsible, the trust said. Breeding success dipped, though: an average of 0.57 chicks per pair survived to fledge, against 0.61 the year before, a drop that survey coordinator Dana Whitlock said was likely due to a wet June. Sixty volunteers took part over six weekends from May to August. Motorboat disturbance was still a worry on the three biggest lakes, Whitlock added.''',
        errors=[],
        traps=[
            T("rose to 146 this summer from 118 a year earlier", "up from 118 in last year's survey"),
            T("were partly responsible", "attributed the increase partly to"),
            T("was likely due to a wet June", "was probably linked to a wet June"),
            T("Sixty volunteers", "60 volunteers"),
            T("still a worry", "remained a concern"),
        ],
    ),
    dict(
        domain="caramel plant explosion", mode="rewrite", label="inconsistent",
        reference='''An explosion at the Delmore Confectionery caramel plant in Harwick injured four workers on Friday night, one of them seriously, the county fire service said. The blast happened at about 10.30pm in a boiler room next to the main cooking hall, and firefighters from three stations brought the fire that followed under control within two hours. The seriously injured worker, a 34-year-old maintenance engineer, was carried from the building by a colleague before being airlifted to St Aldric's Hospital; the other three were treated at the scene. The Health and Safety Inspectorate has opened an investigation. Delmore said production had been halted and that it was cooperating fully with inspectors. About 180 people work at the site.''',
        candidate='''Four workers were hurt, one seriously, when an explosion tore through Delmore Confectionery's caramel plant in Harwick on Friday night, according to the county fire service. The blast, at around 10.30pm, happened in the main cooking hall, and crews from three fire stations had the ensuing fire under control within two hours. A 34-year-old maintenance engineer, who was the most badly hurt, carried a colleague from the building before being flown to St Aldric's Hospital; the other three were treated on site. The Health and Safety Inspectorate is investigating. Delmore said it had stopped production and was cooperating fully with inspectors. The site employs about 180 people.''',
        errors=[
            E("happened in the main cooking hall", "entity", "major", "in a boiler room next to the main cooking hall"),
            E("A 34-year-old maintenance engineer, who was the most badly hurt, carried a colleague", "role", "major",
              "was carried from the building by a colleague"),
        ],
        traps=[
            T("flown to St Aldric's Hospital", "airlifted to St Aldric's Hospital"),
            T("The site employs about 180 people", "About 180 people work at the site"),
        ],
    ),
    dict(
        domain="catamaran race capsizing", mode="rewrite", label="consistent",
        reference='''Two sailors were rescued from the water on Sunday after their catamaran capsized during the final day of the Merrow Bay Regatta. The boat, Silver Petrel, overturned in a sudden squall about a mile off Gullstone Point shortly before 2pm. A safety launch reached the crew within four minutes, and both were taken ashore, checked by paramedics and released without needing hospital treatment. Race officials suspended the final race for 45 minutes while conditions were assessed, then restarted it with a shortened course. The Merrow Bay Sailing Club's commodore, Helen Pryce-Adair, praised the response of the safety team. Racing was won by the Kingfisher crew, who finished 38 seconds ahead of their nearest rivals.''',
        candidate='''A sudden squall overturned the catamaran Silver Petrel about a mile off Gullstone Point just before 2pm on Sunday, the last day of the Merrow Bay Regatta, throwing its two sailors into the water. Both were picked up by a safety launch that got to them within four minutes; paramedics examined them on shore and they did not need to go to hospital. The final race was halted for three-quarters of an hour while officials assessed conditions, and resumed over a shorter course. Helen Pryce-Adair, commodore of the Merrow Bay Sailing Club, praised the safety team's response. The Kingfisher crew took the honours, finishing 38 seconds clear of their closest challengers.''',
        errors=[],
        traps=[
            T("A sudden squall overturned the catamaran Silver Petrel", "The boat, Silver Petrel, overturned in a sudden squall"),
            T("just before 2pm", "shortly before 2pm"),
            T("three-quarters of an hour", "45 minutes"),
            T("over a shorter course", "with a shortened course"),
            T("38 seconds clear of their closest challengers", "38 seconds ahead of their nearest rivals"),
        ],
    ),
    dict(
        domain="rook cull", mode="rewrite", label="inconsistent",
        reference='''Farmers in the Tellbury valley will not be allowed to cull rooks this spring after the Wildlife Licensing Authority turned down their application. The Tellbury Growers' Association had asked for permission to shoot up to 400 birds, saying rooks had damaged about 60 hectares of newly sown maize last year. Rooks are not a protected species, but a licence is needed to kill them in large numbers. The authority said the association had failed to show that non-lethal methods, such as bird scarers and netting, had been tried first, although it could submit a fresh application next year if it provided that evidence. The association's chairman, Owen Brack, said members were "deeply disappointed" and warned that crop losses would continue.''',
        candidate='''The Wildlife Licensing Authority has refused an application from the Tellbury Growers' Association to cull rooks in the Tellbury valley this spring. The association wanted to shoot as many as 400 of the birds, which it blamed for damaging some 60 hectares of freshly sown maize last year. Rooks are a protected species, and a licence is needed to kill them in large numbers. The authority ruled that the growers had not demonstrated that they had first tried non-lethal deterrents such as scarers and netting, but said they could apply again next year with that evidence. Owen Brack, who chairs the association, said members were "deeply disappointed" and warned that crops would go on being lost.''',
        errors=[
            E("Rooks are a protected species", "polarity", "major", "Rooks are not a protected species"),
        ],
        traps=[
            T("as many as 400", "up to 400"),
            T("some 60 hectares", "about 60 hectares"),
            T("could apply again next year", "could submit a fresh application next year"),
        ],
    ),
    dict(
        domain="rosary bead factory", mode="rewrite", label="consistent",
        reference='''A rosary bead factory in the town of Santa Lucerna that has operated for 112 years is to close at the end of September, with the loss of 46 jobs. The owners, the Benedetti family, said rising costs and competition from mass-produced imports had made the business unviable. The workshop produced around 90,000 rosaries a year, most of them hand-strung, and supplied shrines and parish shops in several countries. Managing director Carla Benedetti said the family had tried for two years to find a buyer. The town's mayor, Aldo Ferraris, said the council would help staff find new work and hoped to keep some of the factory's equipment for a local museum.''',
        candidate='''The Benedetti family is shutting its 112-year-old rosary bead factory in Santa Lucerna at the end of September, with 46 jobs set to go. Higher costs and competition from mass-produced imports have left the business unviable, the owners said. Roughly 90,000 rosaries a year left the workshop, the majority of them strung by hand, for shrines and parish shops in a number of countries. The family spent two years trying to find a buyer, according to managing director Carla Benedetti. Aldo Ferraris, the town's mayor, said the council would help staff find new jobs and hoped some of the factory's equipment could be kept for a local museum.''',
        errors=[],
        traps=[
            T("its 112-year-old rosary bead factory", "that has operated for 112 years"),
            T("Roughly 90,000 rosaries a year", "around 90,000 rosaries a year"),
            T("the majority of them strung by hand", "most of them hand-strung"),
            T("in a number of countries", "in several countries"),
            T("The family spent two years trying to find a buyer", "the family had tried for two years to find a buyer"),
        ],
    ),
    dict(
        domain="cobbler strike", mode="rewrite", label="inconsistent",
        reference='''Shoe repairers employed by the Heelright chain began a three-day strike on Monday in a dispute over pay, closing 27 of the company's 41 kiosks. The Leather and Footwear Workers' Union said its members had been offered a 2.5 per cent rise, well below inflation, and were seeking 6 per cent. Heelright said the offer was "fair and affordable" and that kiosks in railway stations would remain open, staffed by managers. Union organiser Gemma Rourke said further walkouts in December had not been ruled out. About 150 staff are covered by the dispute. Heelright, which also cuts keys and repairs watches, reported a profit of £3.1m last year.''',
        candidate='''Heelright's shoe repairers walked out on Monday at the start of a three-day strike over pay, the first in the chain's history, shutting about two-thirds of its 41 kiosks. According to the Leather and Footwear Workers' Union, members were offered a 2.5% increase, far below inflation, and want 6%. Heelright described the offer as "fair and affordable" and said managers would keep its railway station kiosks open. Further walkouts in December have not been ruled out, union organiser Gemma Rourke said. The dispute covers about 150 staff. Heelright, which also cuts keys and mends watches, made a profit of £31m last year.''',
        errors=[
            E("the first in the chain's history", "addition", "major", None),
            E("£31m", "number", "major", "£3.1m"),
        ],
        traps=[
            T("about two-thirds of its 41 kiosks", "27 of the company's 41 kiosks"),
            T("want 6%", "were seeking 6 per cent"),
            T("managers would keep its railway station kiosks open", "kiosks in railway stations would remain open, staffed by managers"),
        ],
    ),
    dict(
        domain="kettle drum theft", mode="rewrite", label="consistent",
        reference='''Police are appealing for information after four kettle drums worth an estimated £28,000 were stolen from the Alderbrook Philharmonic's rehearsal hall overnight on Tuesday. The timpani, including a set of copper drums made in the 1960s, were taken from a locked storage room. Officers believe the thieves used a van, as the instruments each weigh more than 40kg. The orchestra's general manager, Priya Halloran, said the loss meant next week's concerts would go ahead with borrowed instruments. "These drums have a sound that simply cannot be replaced," she said. Anyone with information is asked to call Alderbrook police, quoting reference 4471.''',
        candidate='''Four timpani, valued at around £28,000, were taken from a locked storage room at the Alderbrook Philharmonic's rehearsal hall during Tuesday night, and police have appealed for help. Among the stolen kettle drums was a copper set dating from the 1960s. Because each instrument weighs over 40kg, officers think a van was used. Next week's concerts will still take place, using borrowed instruments, general manager Priya Halloran said, adding: "These drums have a sound that simply cannot be replaced." Alderbrook police are asking anyone with information to get in touch, quoting reference 4471.''',
        errors=[],
        traps=[
            T("valued at around £28,000", "worth an estimated £28,000"),
            T("during Tuesday night", "overnight on Tuesday"),
            T("a copper set dating from the 1960s", "a set of copper drums made in the 1960s"),
            T("weighs over 40kg", "weigh more than 40kg"),
            T("officers think a van was used", "Officers believe the thieves used a van"),
        ],
    ),
    dict(
        domain="jam jar shortage", mode="rewrite", label="inconsistent",
        reference='''A shortage of glass jam jars is forcing small preserve makers to delay orders ahead of the autumn fruit season, according to the Cottage Producers' Guild. The guild said deliveries from the country's two main jar manufacturers had been running up to eight weeks late since June, after a furnace failure at one of them, Crestline Glass. Crestline said repairs would be completed by mid-October and that output would then return to normal. In the meantime, some producers have turned to reusing jars returned by customers, which must be sterilised and inspected. Guild secretary Alan Fenwick said about a third of its 900 members had reported lost sales. Larger manufacturers, which buy jars on long-term contracts, have so far been largely unaffected.''',
        candidate='''Small preserve makers are having to hold back orders as the autumn fruit season approaches because glass jam jars are in short supply, the Cottage Producers' Guild says. Since June, deliveries from the country's two main jar makers have been arriving as much as eight weeks late, according to the guild, after a furnace at one of them, Crestline Glass, broke down. Crestline said the repairs would be done by mid-October and that output would then go back to normal. Some producers are reusing jars handed back by customers in the meantime, though these have to be sterilised and checked. About a third of the guild's 900 members have reported lost sales, its secretary, Alan Fenwick, said. Some producers are reusing jars handed back by customers. Larger manufacturers, which buy their jars on long-term contracts, have so far largely escaped the problem.''',
        errors=[
            E("Some producers are reusing jars handed back by customers", "repetition", "minor", None, occ=1),
        ],
        traps=[
            T("as much as eight weeks late", "up to eight weeks late"),
            T("a furnace at one of them, Crestline Glass, broke down", "a furnace failure at one of them, Crestline Glass"),
            T("largely escaped the problem", "been largely unaffected"),
        ],
    ),
    dict(
        domain="porridge championship", mode="rewrite", label="consistent",
        reference='''A chef from the village of Kilbrannan has won the Golden Spurtle porridge championship at her third attempt. Moira Tulloch, 41, beat 17 other finalists at the contest in Carnmore on Saturday with a traditional porridge made only from oatmeal, water and salt. The judges, led by food writer Euan Galbraith, said her entry had "perfect texture and real depth of flavour". The specialty category, for porridge with added ingredients, was won by Hiroshi Tanabe from Japan with a dish featuring roasted green tea and black sesame. The event, now in its 26th year, raised £4,300 for a local hospice. Tulloch said she would use her £500 prize to buy a new range cooker.''',
        candidate='''At her third time of trying, Kilbrannan chef Moira Tulloch has taken the Golden Spurtle porridge championship. The 41-year-old saw off 17 fellow finalists in Carnmore on Saturday with a traditional porridge of nothing but oatmeal, water and salt, which the judging panel, headed by food writer Euan Galbraith, praised for its "perfect texture and real depth of flavour". Japan's Hiroshi Tanabe won the specialty category, in which extra ingredients are allowed, with a roasted green tea and black sesame porridge. The contest, now in its 26th year, raised £4,300 for a local hospice. Tulloch plans to spend her £500 winnings on a new range cooker.''',
        errors=[],
        traps=[
            T("At her third time of trying", "at her third attempt"),
            T("saw off 17 fellow finalists", "beat 17 other finalists"),
            T("nothing but oatmeal, water and salt", "made only from oatmeal, water and salt"),
            T("headed by food writer Euan Galbraith", "led by food writer Euan Galbraith"),
            T("her £500 winnings", "her £500 prize"),
        ],
    ),
    dict(
        domain="horseshoe maker award", mode="rewrite", label="inconsistent",
        reference='''A farrier from Lowther Moss has been named Master Horseshoe Maker of the Year by the Guild of Working Farriers. Tom Ashcombe, 58, received the award from Brackenford's mayor, Derek Haig, at the guild's annual dinner on Friday in recognition of a 40-year career and his work training apprentices. Ashcombe had been shortlisted for the title twice before. Guild president Sarah Milbourne said he had "done more than anyone to keep hand-forging alive in the north". Ashcombe, who still shoes around 30 horses a week, said he would put the £1,000 prize towards a new forge. He was nominated by three of his former apprentices, two of whom now run their own businesses.''',
        candidate='''The Guild of Working Farriers has named Lowther Moss farrier Tom Ashcombe its Master Horseshoe Maker of the Year. The 58-year-old, who had won the title twice before, was presented with the award by Brackenford's mayor, Derek Haig, at the guild's annual dinner on Friday, in recognition of four decades in the trade and his work training apprentices. According to Haig, Ashcombe has "done more than anyone to keep hand-forging alive in the north". Ashcombe, who still shoes about 30 horses every week, said the £1,000 prize money would go towards a new forge. Three of his former apprentices, two of whom now have businesses of their own, put him forward for the award.''',
        errors=[
            E("had won the title twice before", "event", "major", "had been shortlisted for the title twice before"),
            E("According to Haig", "attribution", "major", "Guild president Sarah Milbourne said"),
        ],
        traps=[
            T("four decades in the trade", "a 40-year career"),
            T("put him forward for the award", "He was nominated"),
        ],
    ),
    dict(
        domain="glassblower apprenticeship", mode="rewrite", label="consistent",
        reference='''The Harlow Street Glassworks in Fennick will take on six apprentice glassblowers this autumn under a new scheme funded by the regional arts council. The three-year apprenticeships, which pay £19,500 a year, are open to applicants aged 18 and over, and no previous experience is required. Applications close on 30 June. Studio director Leonie Marsh said the craft was at risk because most of the region's skilled glassblowers were over 55. The arts council is contributing £240,000 towards the scheme, with the remainder of the cost met by the glassworks. Apprentices will spend four days a week in the studio and one day at Fennick College.''',
        candidate='''Six trainee glassblowers will join Fennick's Harlow Street Glassworks this autumn through a new apprenticeship scheme backed by the regional arts council. Anyone aged 18 or older can apply – no experience is needed – and the apprenticeships last three years, paying £19,500 annually. The deadline for applications is 30 June. Most of the region's skilled glassblowers are older than 55, which puts the craft at risk, according to studio director Leonie Marsh. The glassworks will cover whatever the scheme costs beyond the £240,000 provided by the arts council. Apprentices will divide their week between the studio, four days, and Fennick College, one day.''',
        errors=[],
        traps=[
            T("Anyone aged 18 or older can apply", "open to applicants aged 18 and over"),
            T("paying £19,500 annually", "pay £19,500 a year"),
            T("The deadline for applications is 30 June", "Applications close on 30 June"),
            T("older than 55", "over 55"),
            T("The glassworks will cover whatever the scheme costs beyond the £240,000 provided by the arts council",
              "with the remainder of the cost met by the glassworks"),
        ],
    ),
    dict(
        domain="thatcher shortage", mode="rewrite", label="inconsistent",
        reference='''Owners of thatched homes in the Wendham district are waiting up to 18 months for repairs because of a shortage of qualified thatchers, a report by the Rural Buildings Trust has found. The trust estimates there are 41 working thatchers in the county, fewer than half the number in 2000, and that almost a third of them plan to retire within five years. The report also warns that insurance premiums for thatched properties have risen by an average of 22 per cent since 2021, partly because of repair delays. It calls on the county council to fund at least ten new training places a year. Trust director Howard Pelling said that without action, some listed cottages could fall into serious disrepair.''',
        candidate='''A lack of qualified thatchers means owners of thatched homes in the Wendham district can wait as long as 18 months for repairs, according to a Rural Buildings Trust report. The trust puts the number of working thatchers in the county at 41, less than half the 2000 figure. Insurance premiums on thatched properties have gone up by 22 per cent on average since 2021, the report warns, in part because of the delays in getting repairs done. It urges the county council to pay for at least ten new training places every year. Without action, some listed cottages could fall into serious disrepair, said the trust's director, Howard Pelling.''',
        errors=[
            OMIT("almost a third of them plan to retire within five years", "major", after="less than half the 2000 figure"),
        ],
        traps=[
            T("as long as 18 months", "up to 18 months"),
            T("in part because of the delays in getting repairs done", "partly because of repair delays"),
        ],
    ),
    dict(
        domain="oast house conversion", mode="rewrite", label="consistent",
        reference='''Plans to convert a Grade II listed oast house near Sellinge into four holiday flats have been approved, subject to conditions. The 19th-century building, which was used to dry hops until 1968, has stood empty for more than 20 years. Applicant Greystone Estates must retain the building's two roundels and their white cowls, and may not install satellite dishes or external lighting on the listed structure. The district council's conservation officer, Judith Okafor, said the scheme was "a sensitive way to give the building a future". Three local residents had objected, citing traffic on the narrow lane. Work is expected to begin next spring and take about a year.''',
        candidate='''Greystone Estates has won conditional approval to turn a Grade II listed oast house near Sellinge into four holiday flats. Hops were dried in the 19th-century building until 1968, and it has been unoccupied for over two decades. The developer must keep both roundels and their white cowls, and is barred from putting satellite dishes or outside lighting on the listed structure. Judith Okafor, the district council's conservation officer, described the plans as "a sensitive way to give the building a future". Three people living nearby objected because of traffic on the narrow lane. Building work should start next spring and last roughly twelve months.''',
        errors=[],
        traps=[
            T("has won conditional approval", "have been approved, subject to conditions"),
            T("over two decades", "more than 20 years"),
            T("is barred from putting satellite dishes or outside lighting", "may not install satellite dishes or external lighting"),
            T("Three people living nearby", "Three local residents"),
            T("last roughly twelve months", "take about a year"),
        ],
    ),
    dict(
        domain="crossbow licence change", mode="rewrite", label="inconsistent",
        reference='''Anyone wishing to buy a crossbow will need a licence from the police under new rules due to take effect in April, the Home Affairs Department has confirmed. Applicants will have to be at least 18, pass a criminal record check and show that they belong to an approved archery club or have a legitimate reason such as pest control. Existing owners will have 12 months to apply for a licence or hand their crossbows in. The department said it was considering a compensation scheme for those who surrender weapons, but no decision had been made. The change follows a rise in crossbow-related offences, which reached 137 last year.''',
        candidate='''Under rules due to come into force in April, people will need a police licence to buy a crossbow, the Home Affairs Department has confirmed. To qualify, applicants must be 18 or over, pass a criminal record check and prove either membership of an approved archery club or a legitimate need, for example pest control. Current owners will be given a year to apply for a licence or surrender their crossbows, and the department said they will be compensated for any weapons they hand in. The rules follow an increase in crossbow offences, which totalled 137 last year.''',
        errors=[
            E("they will be compensated for any weapons they hand in", "modality", "critical",
              "it was considering a compensation scheme for those who surrender weapons"),
        ],
        traps=[
            T("18 or over", "at least 18"),
            T("given a year", "have 12 months"),
            T("totalled 137 last year", "reached 137 last year"),
        ],
    ),
    # ------------------------------------------------------------------ summaries
    dict(
        domain="kestrel nest camera", mode="summary", label="consistent",
        reference='''A live camera installed in a kestrel nest box on the roof of Dunmore Cathedral has attracted more than 250,000 viewers since it went online in April, the cathedral's wildlife group said. The female laid five eggs, four of which hatched in late May. All four chicks have since fledged, the last of them leaving the box on 2 July. The camera, donated by local electronics firm Brightlens, streams around the clock and also records sound. Group coordinator Peter Vance said viewers had watched the parents bring in voles, mice and, unusually, a small bat. The cathedral plans to keep the camera running next year and is raising £3,000 to add a second camera with night vision.''',
        candidate='''Over a quarter of a million people have watched a live stream from a kestrel nest box on Dunmore Cathedral's roof since it began in April. Four of the five eggs hatched and all four chicks have fledged. The cathedral intends to keep the stream going next year and is raising £3,000 for a second, night-vision camera.''',
        errors=[],
        traps=[
            T("Over a quarter of a million people", "more than 250,000 viewers"),
            T("Four of the five eggs hatched", "The female laid five eggs, four of which hatched"),
            T("intends to keep the stream going next year", "plans to keep the camera running next year"),
            T("a second, night-vision camera", "a second camera with night vision"),
        ],
    ),
    dict(
        domain="nectarine import", mode="summary", label="inconsistent",
        reference='''Nectarine imports into Varnia rose by 18 per cent in the first half of the year to 42,000 tonnes, driven by a poor domestic harvest after late frosts in March, the Agricultural Statistics Office said on Monday. Around 70 per cent of the imported fruit came from two southern neighbours, with the remainder arriving by sea. Wholesale prices averaged 2.30 crowns per kilogram, up from 1.90 a year earlier. The Fruit Growers' Union said domestic production had fallen to its lowest level in a decade and called for emergency support for affected orchards. The office expects imports to ease in the second half of the year as storage stocks are used.''',
        candidate='''Varnia's nectarine imports climbed 18% to 42,000 tonnes in the first half of the year after March frosts damaged the domestic crop, official figures show. Wholesale prices averaged 2.30 crowns a kilo, almost 40 per cent higher than a year earlier, and growers are seeking emergency aid.''',
        errors=[
            E("almost 40 per cent higher", "number", "major", "up from 1.90 a year earlier"),
        ],
        traps=[
            T("climbed 18%", "rose by 18 per cent"),
            T("after March frosts damaged the domestic crop", "driven by a poor domestic harvest after late frosts in March"),
        ],
    ),
    dict(
        domain="jodhpur supplier", mode="summary", label="consistent",
        reference='''Equestrian clothing maker Pennard & Vale has signed a three-year deal to supply jodhpurs to the national Pony Club, replacing its previous supplier, Stirrup Lane. The contract, worth an estimated £1.4m, covers around 25,000 pairs a year in junior and adult sizes. Pennard & Vale, based in Holcombe, said it would create 12 jobs at its factory to meet demand. The Pony Club said the new jodhpurs would be made partly from recycled polyester and would cost members about 15 per cent less than the current range. The first deliveries are due in March. Stirrup Lane said it was disappointed but would continue to sell jodhpurs through its own shops.''',
        candidate='''Holcombe-based Pennard & Vale will take over from Stirrup Lane as the Pony Club's jodhpur supplier under a three-year contract thought to be worth £1.4m. The firm plans to create 12 jobs to make roughly 25,000 pairs a year, which will cost members around 15 per cent less than now; deliveries are due to start in March.''',
        errors=[],
        traps=[
            T("take over from Stirrup Lane", "replacing its previous supplier, Stirrup Lane"),
            T("thought to be worth £1.4m", "worth an estimated £1.4m"),
            T("roughly 25,000 pairs a year", "around 25,000 pairs a year"),
            T("around 15 per cent less than now", "about 15 per cent less than the current range"),
        ],
    ),
    dict(
        domain="pheasant release rules", mode="summary", label="inconsistent",
        reference='''Shoots releasing pheasants within 500 metres of a protected wildlife site will need a permit from next season under rules published by the Countryside Agency on Thursday. The agency said the change, which applies from 1 September, was intended to reduce damage to sensitive habitats from the estimated 35 million birds released each year. Shoots outside the buffer zone will not need a permit but must continue to report release numbers annually. The Game Shooting Association said the rules were workable but that the timetable was tight. Conservation groups had called for a wider 1km buffer zone, which the agency rejected. Breaches could lead to fines of up to £5,000.''',
        candidate='''From 1 October, shoots that release pheasants within 500 metres of a protected wildlife site will need a permit, the Countryside Agency has announced, aiming to limit damage to sensitive habitats. Those further away will also require a permit. Calls from conservation groups for a 1km buffer were turned down, and breaches could cost up to £5,000.''',
        errors=[
            E("1 October", "date", "major", "1 September"),
            E("will also require a permit", "polarity", "critical", "will not need a permit"),
        ],
        traps=[
            T("were turned down", "which the agency rejected"),
            T("could cost up to £5,000", "could lead to fines of up to £5,000"),
        ],
    ),
    dict(
        domain="quokka selfie ban", mode="summary", label="consistent",
        reference='''Visitors to Marrak Island will be banned from taking selfies within two metres of quokkas from next month, the island's conservation trust has announced. The trust said the rule was needed after a rise in reports of tourists feeding, picking up and chasing the small marsupials to get photographs. Rangers will be able to issue on-the-spot fines of $150. Photography from a distance will still be allowed, and the trust is installing four 'selfie points' with wooden cut-outs at popular spots. Trust chief executive Naomi Reeves said the island's quokka population, estimated at 9,000, was healthy but that human contact could spread disease. About 400,000 people visit the island each year.''',
        candidate='''Marrak Island's conservation trust is banning selfies taken closer than two metres to quokkas from next month, after more reports of tourists feeding, handling and chasing the animals for pictures. Offenders face $150 on-the-spot fines from rangers, although photos from further away will remain permitted.''',
        errors=[],
        traps=[
            T("closer than two metres to quokkas", "within two metres of quokkas"),
            T("feeding, handling and chasing the animals", "feeding, picking up and chasing the small marsupials"),
            T("Offenders face $150 on-the-spot fines from rangers", "Rangers will be able to issue on-the-spot fines of $150"),
            T("photos from further away will remain permitted", "Photography from a distance will still be allowed"),
        ],
    ),
    dict(
        domain="grouse moor fire", mode="summary", label="inconsistent",
        reference='''A wildfire on Hartsop Moor burned across an estimated 300 hectares of heather and grouse moorland over the weekend before being brought under control on Sunday evening. About 70 firefighters from four brigades were assisted by gamekeepers from the neighbouring Castleby estate, who used all-terrain vehicles to carry water to the fire line. The fire service said the blaze was believed to have started accidentally, possibly from a disposable barbecue. No buildings were damaged, though a footpath will remain closed for at least two weeks. Ecologist Dr Rachel Imrie said ground-nesting birds, including curlew, were likely to have lost nests. The fire is the third on the moor this year.''',
        candidate='''An estimated 300 hectares of Hartsop Moor burned over the weekend in a wildfire thought to have been started accidentally, possibly by a disposable barbecue. Gamekeepers from the Castleby estate were assisted by around 70 firefighters in bringing it under control on Sunday evening. It is the moor's third fire this year.''',
        errors=[
            E("Gamekeepers from the Castleby estate were assisted by around 70 firefighters", "role", "major",
              "About 70 firefighters from four brigades were assisted by gamekeepers from the neighbouring Castleby estate"),
        ],
        traps=[
            T("thought to have been started accidentally", "was believed to have started accidentally"),
            T("It is the moor's third fire this year", "The fire is the third on the moor this year"),
        ],
    ),
    dict(
        domain="salamander survey", mode="summary", label="consistent",
        reference='''A three-year survey of fire salamanders in the Velden Forest has found the population to be stable, easing fears that a fungal disease spreading in neighbouring regions had reached the area. Researchers from the University of Oberhain recorded 1,180 individual salamanders at 40 monitoring sites, compared with 1,145 when the study began. None of the 600 animals swabbed tested positive for the fungus. Lead researcher Dr Katrin Adler said the results were encouraging but that the disease could still arrive, and recommended that hikers clean their boots before entering the forest. The forestry authority will fund a further two years of monitoring at a cost of €85,000.''',
        candidate='''Fire salamander numbers in the Velden Forest have held steady over three years, according to University of Oberhain researchers, and none of the 600 animals they swabbed was found to carry the fungal disease spreading in neighbouring regions. The lead researcher cautioned that the disease could still arrive; monitoring will continue for another two years.''',
        errors=[],
        traps=[
            T("have held steady over three years", "has found the population to be stable"),
            T("none of the 600 animals they swabbed was found to carry", "None of the 600 animals swabbed tested positive"),
            T("The lead researcher cautioned", "Lead researcher Dr Katrin Adler said"),
            T("for another two years", "a further two years of monitoring"),
        ],
    ),
    dict(
        domain="pagoda reconstruction", mode="summary", label="inconsistent",
        reference='''Reconstruction of the five-storey wooden pagoda at the Seiryo-ji temple in the town of Kamiwada, destroyed by fire in 1987, will begin in May, the temple's trustees announced. The project will cost an estimated 1.8 billion yen, around two-thirds of which has been raised through public donations. Master carpenter Hideo Moriyama, 72, will lead a team of 14 craftsmen using traditional joinery without nails. Timber will come from cypress trees grown in the prefecture's own forests. The trustees expect work to take six years. The original pagoda, built in the 17th century, was one of only a handful of its kind in the region.''',
        candidate='''Rebuilding of the Seiryo-ji temple's five-storey pagoda in Kamiwada, lost to fire in 1987, is due to begin in May and should take six years. About two-thirds of the estimated 1.8 billion yen cost has come from public donations. Master carpenter Hideo Moriyama, who also led the restoration of the temple's main hall, will head 14 craftsmen working with locally grown cedar and traditional nail-free joinery.''',
        errors=[
            E("who also led the restoration of the temple's main hall", "addition", "major", None),
            E("cedar", "entity", "minor", "cypress"),
        ],
        traps=[
            T("lost to fire in 1987", "destroyed by fire in 1987"),
            T("traditional nail-free joinery", "traditional joinery without nails"),
        ],
    ),
    dict(
        domain="dulse harvest", mode="summary", label="consistent",
        reference='''Seaweed harvesters on the Carrick coast have reported their best dulse season in a decade, with around 14 tonnes of the red seaweed gathered by hand between April and September. The Carrick Seaweed Cooperative, which has 23 members, said cool water temperatures and calm weather in early summer had helped the crop. Dried dulse is currently fetching about £60 per kilogram from specialist food shops and restaurants. Under a licence from the coastal authority, harvesters may cut only the upper part of each plant, leaving the holdfast attached to the rock so it can regrow. The cooperative's chair, Siobhan Kerr, said demand from overseas buyers had doubled in two years.''',
        candidate='''Dulse harvesters on the Carrick coast have had their best season for ten years, gathering about 14 tonnes by hand between April and September; their cooperative credits cool seas and calm early-summer weather. Its chair says demand from abroad has doubled in two years.''',
        errors=[],
        traps=[
            T("best season for ten years", "best dulse season in a decade"),
            T("gathering about 14 tonnes by hand", "around 14 tonnes of the red seaweed gathered by hand"),
            T("their cooperative credits cool seas and calm early-summer weather",
              "cool water temperatures and calm weather in early summer had helped the crop"),
            T("demand from abroad", "demand from overseas buyers"),
        ],
    ),
    dict(
        domain="upholstery workshop fire", mode="summary", label="inconsistent",
        reference='''Fire crews spent five hours tackling a blaze at an upholstery workshop on the Millbrook industrial estate in Ravensfield on Wednesday night. The fire broke out at around 11pm at the premises of Cartwright Upholstery and spread to the roof of a neighbouring printing business. Nobody was inside either building at the time. Foam and fabric stored in the workshop produced thick black smoke, and residents nearby were advised to keep windows and doors closed. Owner Gary Cartwright said the business, which employs nine people, had lost stock and machinery worth about £200,000. Investigators said the cause was not yet known but was not being treated as suspicious.''',
        candidate='''A fire at Cartwright Upholstery's workshop on Ravensfield's Millbrook industrial estate took five hours to tackle on Wednesday night and spread to the roof of a printing firm next door. Thick smoke from stored foam and fabric led to nearby residents being evacuated. No one was inside, and the owner put his losses at about £200,000.''',
        errors=[
            E("nearby residents being evacuated", "event", "major",
              "residents nearby were advised to keep windows and doors closed"),
        ],
        traps=[
            T("a printing firm next door", "a neighbouring printing business"),
            T("the owner put his losses at about £200,000", "had lost stock and machinery worth about £200,000"),
        ],
    ),
    # ------------------------------------------------------------------ translations
    dict(
        domain="ukelele festival", mode="translation", label="consistent",
        reference='''The third edition of the International Ukulele Festival of Puerto Alisal will take place from 14 to 17 August, the municipal culture office announced on Tuesday. The organisers expect some 12,000 visitors, almost double the figure of the first edition. More than 60 groups from eleven countries are confirmed, among them the Hawaiian-style ensemble Los Cuatro Vientos, which will close the festival on Sunday night in the main square. All concerts will be free. The councillor for culture, Mercedes Arriola, explained that the budget amounts to 180,000 euros, of which the regional government contributes half. For the first time, there will be workshops for children aged between six and twelve.''',
        candidate='''Puerto Alisal's International Ukulele Festival will hold its third edition between 14 and 17 August, as announced on Tuesday by the town's culture department. Organisers are counting on around 12,000 attendees, nearly twice as many as came to the first festival. Over sixty bands from eleven countries have confirmed their participation, including the Hawaiian-style group Los Cuatro Vientos, who will bring the event to a close in the main square on the Sunday night. Entry to every concert will be free of charge. According to culture councillor Mercedes Arriola, the budget is 180,000 euros, half of it provided by the regional government. Workshops for children from six to twelve years old will be offered for the first time.''',
        errors=[],
        traps=[
            T("are counting on around 12,000 attendees", "expect some 12,000 visitors"),
            T("nearly twice as many as came to the first festival", "almost double the figure of the first edition"),
            T("Over sixty bands", "More than 60 groups"),
            T("half of it provided by the regional government", "of which the regional government contributes half"),
            T("from six to twelve years old", "aged between six and twelve"),
        ],
    ),
    dict(
        domain="wigmaker apprenticeship scheme", mode="translation", label="inconsistent",
        reference='''The Chamber of Trades of Val-Sorel is launching an apprenticeship programme for wigmakers, a profession that now counts fewer than 40 practitioners in the region. From September, eight apprentices will be trained over two years in the workshops of three established houses, among them the Atelier Dufresnoy, founded in 1921. The apprentices will receive a monthly allowance of 950 euros. "Theatres and opera houses have been sending orders abroad because there is nobody here to make the wigs," regretted Mme Hélène Marchetti, president of the Chamber. The head of the Atelier Dufresnoy, Paul Lavigne, for his part, stressed that learning to knot hair by hand requires at least eighteen months of practice. Applications are open until 15 June.''',
        candidate='''Val-Sorel's Chamber of Trades is starting an apprenticeship scheme for wigmakers, a trade with under forty practitioners left in the region. Beginning in September, eight trainees will spend two years learning in the workshops of three established firms, one of them the Atelier Dufresnoy, founded in 1921 and now run by Paul Lavigne. Each apprentice will be paid an allowance of 950 euros a month. "With no one here to make the wigs, theatres and opera houses have been placing their orders abroad," lamented the Chamber's president, Hélène Marchetti. She also underlined that it takes at least eighteen months of practice to learn to knot hair by hand. Applications may be submitted until 15 July.''',
        errors=[
            E("She also underlined", "attribution", "major", "Paul Lavigne, for his part, stressed"),
            E("15 July", "date", "major", "15 June"),
        ],
        traps=[
            T("under forty practitioners", "fewer than 40 practitioners"),
            T("an allowance of 950 euros a month", "a monthly allowance of 950 euros"),
            T("lamented", "regretted"),
        ],
    ),
    dict(
        domain="wren population survey", mode="translation", label="consistent",
        reference='''The population of wrens in the Lindau-Ober district has recovered almost completely from the harsh winter of 2021, according to the annual bird count of the nature conservation association NABEL. Volunteers registered 3,420 breeding territories this spring, compared with 2,150 two years ago and 3,600 before the cold spell. The small songbird is particularly vulnerable to long periods of frost, as it loses a great deal of body heat during the night. Association spokesperson Jonas Riedl attributed the recovery to two mild winters in succession. He appealed to garden owners to leave hedges and brushwood piles untouched until the end of the breeding season in August.''',
        candidate='''Wren numbers in the Lindau-Ober district have bounced back nearly fully after the severe winter of 2021, the yearly bird census carried out by the conservation group NABEL shows. This spring, volunteers counted 3,420 breeding territories, up from 2,150 two years earlier; before the frost, there had been 3,600. Because the tiny songbird loses a lot of body warmth overnight, extended spells of frost hit it especially hard. NABEL's spokesman Jonas Riedl put the recovery down to two consecutive mild winters. He asked people with gardens not to touch hedges and piles of brushwood until breeding ends in August.''',
        errors=[],
        traps=[
            T("have bounced back nearly fully", "has recovered almost completely"),
            T("the yearly bird census", "the annual bird count"),
            T("extended spells of frost hit it especially hard", "is particularly vulnerable to long periods of frost"),
            T("put the recovery down to two consecutive mild winters", "attributed the recovery to two mild winters in succession"),
            T("until breeding ends in August", "until the end of the breeding season in August"),
        ],
    ),
    dict(
        domain="plover nesting closure", mode="translation", label="inconsistent",
        reference='''From 1 April, a two-kilometre stretch of beach at Westerduin will be closed to walkers and dogs to protect nesting Kentish plovers. The measure was requested by the bird protection society Kustvogel and approved by the municipal council last week. Last year only four pairs managed to raise chicks on the beach, which the society blames on disturbance by recreational visitors. The closure applies until 31 July; the rest of the beach remains accessible. Enforcement officers will carry out checks, and offenders risk a fine of 140 euros. Alderman Pieter Hoogeveen called the decision 'a small sacrifice for a very vulnerable bird'. About 25 pairs of the species still breed in the country.''',
        candidate='''As of 1 April, walkers and dogs will no longer be allowed on a two-kilometre section of the Westerduin beach, so that Kentish plovers can nest undisturbed. The municipal council asked for the closure, and last week the bird protection society Kustvogel approved it. On that beach, just four pairs succeeded in rearing young last year, something the society attributes to disturbance from people using the beach for recreation. The ban is valid until 31 July, and the remainder of the beach stays open. Enforcement officers will be doing checks, and anyone breaking the rule can be fined 140 euros. Alderman Pieter Hoogeveen described the decision as 'a small sacrifice for a very vulnerable bird'. Some 25 pairs of this species still breed nationally.''',
        errors=[
            E("The municipal council asked for the closure, and last week the bird protection society Kustvogel approved it",
              "role", "major",
              "requested by the bird protection society Kustvogel and approved by the municipal council"),
        ],
        traps=[
            T("walkers and dogs will no longer be allowed", "closed to walkers and dogs"),
            T("the remainder of the beach stays open", "the rest of the beach remains accessible"),
            T("Some 25 pairs of this species still breed nationally", "About 25 pairs of the species still breed in the country"),
        ],
    ),
    dict(
        domain="espresso machine recall", mode="translation", label="consistent",
        reference='''The manufacturer Caffettiere Bellandi has recalled around 48,000 espresso machines of the Aurora 2 model sold between March 2022 and January 2024, because of a fault that can cause the water tank to overheat. The company has received 23 reports of overheating, in three of which users suffered minor burns. Customers are asked to stop using the machine immediately and to contact the company, which will replace it free of charge. The affected units can be identified by a serial number beginning with AR2-B. The national consumer protection agency said it was monitoring the recall. Bellandi's technical director, Marco Ruggieri, apologised to customers and said the fault had been traced to a component from an external supplier.''',
        candidate='''Caffettiere Bellandi is recalling some 48,000 Aurora 2 espresso makers sold from March 2022 to January 2024, as a defect may lead the water tank to overheat. Twenty-three cases of overheating have been reported to the firm, and in three of them users were slightly burned. Owners should stop using the appliance straight away and get in touch with the company, which will replace it at no cost. Affected machines have serial numbers starting with AR2-B. The national consumer protection authority said it was keeping watch on the recall. Marco Ruggieri, technical director at Bellandi, apologised to customers, explaining that the problem had been traced to a part sourced from an outside supplier.''',
        errors=[],
        traps=[
            T("some 48,000", "around 48,000"),
            T("Twenty-three cases of overheating have been reported to the firm", "The company has received 23 reports of overheating"),
            T("users were slightly burned", "users suffered minor burns"),
            T("serial numbers starting with AR2-B", "a serial number beginning with AR2-B"),
            T("was keeping watch on the recall", "was monitoring the recall"),
        ],
    ),
    dict(
        domain="inkjet recycling scheme", mode="translation", label="inconsistent",
        reference='''The city of Korvana will install 150 collection points for used inkjet cartridges in libraries, schools and post offices from next month, the municipal environment department announced. The cartridges will be sent to a plant in the industrial zone of Dvorsk, where they will be cleaned and refilled or, if damaged, dismantled for plastic recovery. The department estimates that residents throw away about 400,000 cartridges a year, most of which end up in landfill. The scheme is being run jointly with the company EkoTon, which will cover the cost of transport. Deputy mayor Agata Wilk said that anyone returning ten cartridges would receive a voucher for public transport. The pilot will last one year.''',
        candidate='''From next month, Korvana will set up 150 drop-off points for empty inkjet cartridges in libraries, schools and post offices, the city's environment department has announced. The collected cartridges will go to a facility in the Dvorsk industrial zone to be cleaned and refilled, or taken apart to recover the plastic if they are damaged. According to the department's estimates, inhabitants discard roughly 400,000 cartridges each year, the majority of which go to landfill, the majority of which go to landfill. The scheme is run together with the firm EkoTon, which will pay for transport. Deputy mayor Agata Wilk said that whoever brings back ten cartridges will get a public transport voucher. The trial will run for a year.''',
        errors=[
            E("the majority of which go to landfill", "repetition", "minor", None, occ=1),
        ],
        traps=[
            T("drop-off points", "collection points"),
            T("roughly 400,000 cartridges each year", "about 400,000 cartridges a year"),
            T("The trial will run for a year", "The pilot will last one year"),
        ],
    ),
    dict(
        domain="trellis collapse", mode="translation", label="consistent",
        reference='''A wooden trellis supporting a century-old wisteria collapsed on Saturday afternoon in the public garden of Saint-Aubin-les-Prés, lightly injuring two visitors. The structure, about four metres high, gave way under the weight of the plant, which had been heavily soaked by the previous night's storms. The two injured, a woman of 67 and her grandson aged nine, were treated on site by the fire brigade and did not need to be taken to hospital. The mayor, Isabelle Fournier, ordered the garden closed until further notice and announced that an expert would examine the other pergolas. The wisteria, planted in 1921, is one of the town's best-known attractions. The municipality hopes to save it.''',
        candidate='''On Saturday afternoon, in the public garden of Saint-Aubin-les-Prés, a wooden trellis holding up a wisteria more than a hundred years old came down, slightly hurting two people who were visiting. Roughly four metres tall, the structure gave way beneath the weight of the plant, which was saturated with rain from storms the night before. Firefighters treated the two victims – a 67-year-old woman and her nine-year-old grandson – at the scene, and neither had to go to hospital. Mayor Isabelle Fournier has closed the garden until further notice and said an expert would inspect the remaining pergolas. Planted in 1921, the wisteria is among the town's most famous sights, and the council hopes it can be saved.''',
        errors=[],
        traps=[
            T("came down", "collapsed"),
            T("slightly hurting two people who were visiting", "lightly injuring two visitors"),
            T("Roughly four metres tall", "about four metres high"),
            T("neither had to go to hospital", "did not need to be taken to hospital"),
            T("the council hopes it can be saved", "The municipality hopes to save it"),
        ],
    ),
    dict(
        domain="ropemaker museum", mode="translation", label="inconsistent",
        reference='''The ropemaking museum in Reeslund, housed in a 300-metre-long ropewalk from 1786, could reopen next summer after three years of restoration, the museum foundation said on Friday. The work, which has cost 14 million kroner, included replacing the roof and stabilising the foundations. Director Birgitte Holm said the opening date depended on a final safety inspection and was not yet certain. The museum will again offer demonstrations of traditional rope twisting, but the old tar boiler will not be lit for safety reasons. Visitors will also be able to try making a short rope themselves. Before it closed, the museum received around 22,000 visitors a year.''',
        candidate='''Reeslund's ropemaking museum, which occupies a 300-metre ropewalk built in 1786, will reopen next summer following three years of restoration work, its foundation announced on Friday. The 14 million kroner project involved a new roof and shoring up the foundations. According to director Birgitte Holm, the exact date of the opening still depends on a final safety inspection. Demonstrations of traditional rope twisting will be back, and the old tar boiler will be fired up again. Visitors will also get the chance to make a short piece of rope of their own. In the years before its closure, the museum attracted some 22,000 visitors annually.''',
        errors=[
            E("will reopen next summer", "modality", "major", "could reopen next summer"),
            E("the old tar boiler will be fired up again", "polarity", "major", "the old tar boiler will not be lit"),
        ],
        traps=[
            T("shoring up the foundations", "stabilising the foundations"),
            T("some 22,000 visitors annually", "around 22,000 visitors a year"),
        ],
    ),
    dict(
        domain="galleon wreck salvage", mode="translation", label="consistent",
        reference='''Divers from the Maritime Archaeology Institute have raised a bronze cannon and some 200 silver coins from the wreck of the galleon Santa Brígida, which sank off Cabo Ferral in 1694 during a storm. The operation, at a depth of 28 metres, lasted eleven days and was hampered by strong currents. According to the head of the expedition, Dr. Tomás Aguirre, the coins were minted in the colonies between 1680 and 1690 and are in a remarkably good state. The cannon, 2.7 metres long, will be desalinated for at least two years before it can be exhibited. The government has declared the wreck a protected site, and unauthorised diving there is forbidden.''',
        candidate='''A bronze cannon and around 200 silver coins have been brought up by Maritime Archaeology Institute divers from the Santa Brígida, a galleon that went down in a storm off Cabo Ferral in 1694. Strong currents made the eleven-day operation, 28 metres below the surface, more difficult. Expedition leader Dr. Tomás Aguirre said the coins, struck in the colonies between 1680 and 1690, were remarkably well preserved. The 2.7-metre cannon must undergo desalination for a minimum of two years before going on display. The wreck has been declared a protected site by the government, and diving there without authorisation is prohibited.''',
        errors=[],
        traps=[
            T("have been brought up", "have raised"),
            T("struck in the colonies between 1680 and 1690", "minted in the colonies between 1680 and 1690"),
            T("were remarkably well preserved", "are in a remarkably good state"),
            T("for a minimum of two years", "for at least two years"),
            T("diving there without authorisation is prohibited", "unauthorised diving there is forbidden"),
        ],
    ),
    dict(
        domain="flamenco academy opening", mode="translation", label="inconsistent",
        reference='''The dancer Rocío Alcántara will open a flamenco academy in the former tobacco warehouse of the Los Naranjos district of Villaluz in October, the city council reported on Monday. The centre will have four studios and will offer classes in dance, guitar and cante to some 300 students. The council has ceded the building for 25 years in exchange for the academy granting 40 free places each year to young people from the district. Alcántara, who retired from the stage in 2019 after a career of three decades, will direct the academy together with the guitarist Manuel Herrera. The renovation, financed with 1.2 million euros from European funds, is almost finished.''',
        candidate='''In October, dancer Rocío Alcántara will open a flamenco school in the old tobacco warehouse in Villaluz's Los Naranjos neighbourhood, the town hall said on Monday. With four studios, the school will teach dance, guitar and flamenco singing to around 300 pupils. The council is letting the academy use the building for 25 years; in return, 40 places a year will be offered free of charge to young people from the neighbourhood. Alcántara, who left the stage in 2019 after thirty years of performing, will run the academy jointly with guitarist Manuel Herrera. Renovation works, paid for with 1.2 million euros of regional government money, are nearly complete.''',
        errors=[
            E("regional government money", "entity", "major", "European funds"),
        ],
        traps=[
            T("the town hall said", "the city council reported"),
            T("flamenco singing", "cante"),
            T("around 300 pupils", "some 300 students"),
        ],
    ),
]


# ---------------------------------------------------------------------------- machinery
class SetError(Exception):
    pass


def words(s):
    return re.findall(r"\S+", s)


def locate(hay, needle, occ, what):
    """Offset of occurrence `occ` of `needle` in `hay`; occ must be given when it repeats."""
    if not needle:
        raise SetError(f"{what}: empty search text")
    starts = []
    i = hay.find(needle)
    while i != -1:
        starts.append(i)
        i = hay.find(needle, i + 1)
    if not starts:
        raise SetError(f"{what}: {needle!r} not found")
    if occ is None:
        if len(starts) > 1:
            raise SetError(f"{what}: {needle!r} occurs {len(starts)} times; give occ")
        occ = 0
    if occ >= len(starts):
        raise SetError(f"{what}: occurrence {occ} of {needle!r} not found")
    return starts[occ]


def cuts_word(s, pos):
    return 0 < pos < len(s) and s[pos - 1].isalnum() and s[pos].isalnum()


def at_word_boundaries(s, start, end):
    return not cuts_word(s, start) and not cuts_word(s, end)


def in_text_at_boundaries(hay, needle):
    i = hay.find(needle)
    while i != -1:
        if at_word_boundaries(hay, i, i + len(needle)):
            return True
        i = hay.find(needle, i + 1)
    return False


def build_record(idx, case):
    cid = f"{PREFIX}-{idx:03d}"
    ref, cand = case["reference"], case["candidate"]
    mode, label = case["mode"], case["label"]
    w = f"{cid} ({case['domain']})"

    for name, txt in (("reference", ref), ("candidate", cand)):
        if txt != txt.strip() or "  " in txt or "\n" in txt:
            raise SetError(f"{w}: stray whitespace in {name}")
    if mode not in ("rewrite", "summary", "translation"):
        raise SetError(f"{w}: bad mode")
    if label not in ("consistent", "inconsistent"):
        raise SetError(f"{w}: bad label")
    nref = len(words(ref))
    if not 70 <= nref <= 190:
        raise SetError(f"{w}: reference has {nref} words")
    if ref == cand:
        raise SetError(f"{w}: candidate identical to reference")
    if mode == "summary" and not (len(words(cand)) < nref and len(cand) < len(ref)):
        raise SetError(f"{w}: summary not shorter than reference")

    errors = []
    for e in case["errors"]:
        t, sev = e["type"], e["severity"]
        if t not in ERROR_TYPES:
            raise SetError(f"{w}: bad error type {t}")
        if sev not in SEVERITIES:
            raise SetError(f"{w}: bad severity {sev}")
        if e["kind"] == "omission":
            if mode == "summary":
                raise SetError(f"{w}: omission in a summary")
            if (e["after"] is None) == (e["before"] is None):
                raise SetError(f"{w}: omission needs exactly one of after/before")
            if e["after"] is not None:
                pos = locate(cand, e["after"], e["occ"], w) + len(e["after"])
            else:
                pos = locate(cand, e["before"], e["occ"], w)
            if cuts_word(cand, pos):
                raise SetError(f"{w}: omission point inside a word")
            rt = e["ref_text"]
            if not rt or rt not in ref:
                raise SetError(f"{w}: omission ref_text {rt!r} not in reference")
            if rt.lower() in cand.lower():
                raise SetError(f"{w}: omitted words {rt!r} present in candidate")
            errors.append({"start": pos, "end": pos, "text": "", "type": t,
                           "severity": sev, "ref_text": rt})
            continue
        if t == "omission":
            raise SetError(f"{w}: omission must be declared with OMIT")
        text = e["text"]
        s = locate(cand, text, e["occ"], w)
        end = s + len(text)
        if not at_word_boundaries(cand, s, end) or text != text.strip():
            raise SetError(f"{w}: error span {text!r} cuts a word or has edge spaces")
        rt = e["ref_text"]
        if t in ("addition", "repetition"):
            if rt is not None:
                raise SetError(f"{w}: {t} must have ref_text null")
            if t == "repetition" and cand.find(text) >= s:
                raise SetError(f"{w}: repetition {text!r} has no earlier copy")
            if t == "addition" and text in ref:
                raise SetError(f"{w}: addition {text!r} is in the reference")
        else:
            if not rt or not in_text_at_boundaries(ref, rt):
                raise SetError(f"{w}: ref_text {rt!r} not in reference")
            if text in ref:
                raise SetError(f"{w}: error span {text!r} occurs verbatim in reference")
            if text == rt:
                raise SetError(f"{w}: error span equals its ref_text")
        errors.append({"start": s, "end": end, "text": text, "type": t,
                       "severity": sev, "ref_text": rt})

    traps = []
    for tr in case["traps"]:
        text, rt = tr["text"], tr["ref_text"]
        s = locate(cand, text, tr["occ"], w)
        end = s + len(text)
        if not at_word_boundaries(cand, s, end) or text != text.strip():
            raise SetError(f"{w}: trap {text!r} cuts a word or has edge spaces")
        if not rt or not in_text_at_boundaries(ref, rt):
            raise SetError(f"{w}: trap ref_text {rt!r} not in reference")
        if text == rt:
            raise SetError(f"{w}: trap identical to its ref_text")
        traps.append({"start": s, "end": end, "text": text, "ref_text": rt})

    spans = sorted([(x["start"], x["end"], x["text"]) for x in errors + traps])
    for a, b in zip(spans, spans[1:]):
        if b[0] < a[1] or (a[0] == a[1] == b[0] == b[1]):
            raise SetError(f"{w}: spans overlap: {a[2]!r} / {b[2]!r}")

    if label == "consistent":
        if errors:
            raise SetError(f"{w}: consistent pair has errors")
        if not 3 <= len(traps) <= 5:
            raise SetError(f"{w}: consistent pair has {len(traps)} traps")
    else:
        if not errors:
            raise SetError(f"{w}: inconsistent pair has no errors")
        if len(traps) > 3:
            raise SetError(f"{w}: inconsistent pair has {len(traps)} traps")

    for x in errors + traps:
        if cand[x["start"]:x["end"]] != x["text"]:
            raise SetError(f"{w}: offset check failed for {x['text']!r}")

    errors.sort(key=lambda x: (x["start"], x["end"]))
    traps.sort(key=lambda x: (x["start"], x["end"]))
    return {"id": cid, "domain": case["domain"], "mode": mode, "reference": ref,
            "candidate": cand, "label": label, "errors": errors, "traps": traps}


def validate_composition(records):
    if len(records) != 40:
        raise SetError(f"expected 40 pairs, got {len(records)}")
    doms = [r["domain"] for r in records]
    if len(set(doms)) != len(doms) or set(doms) != set(DOMAINS):
        raise SetError("domains must be the 40 listed, each once")
    labels = Counter(r["label"] for r in records)
    if labels != Counter(consistent=20, inconsistent=20):
        raise SetError(f"label counts {labels}")
    for mode, n in (("rewrite", 20), ("summary", 10), ("translation", 10)):
        rs = [r for r in records if r["mode"] == mode]
        nc = sum(r["label"] == "consistent" for r in rs)
        if len(rs) != n or nc != n // 2:
            raise SetError(f"{mode}: {len(rs)} pairs, {nc} consistent")
    all_errors = [e for r in records for e in r["errors"]]
    if len(all_errors) != 30:
        raise SetError(f"expected 30 errors, got {len(all_errors)}")
    types = Counter(e["type"] for e in all_errors)
    for t in ERROR_TYPES:
        if types[t] < 2:
            raise SetError(f"error type {t} used {types[t]} times")
    per_pair = Counter(len(r["errors"]) for r in records if r["label"] == "inconsistent")
    if sum(v for k, v in per_pair.items() if k in (1, 2)) < 15:
        raise SetError(f"too few inconsistent pairs with 1-2 errors: {per_pair}")
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        raise SetError("duplicate ids")


def summary_lines(records):
    all_errors = [e for r in records for e in r["errors"]]
    types = Counter(e["type"] for e in all_errors)
    sev = Counter(e["severity"] for e in all_errors)
    modes = Counter((r["mode"], r["label"]) for r in records)
    ntraps_c = sum(len(r["traps"]) for r in records if r["label"] == "consistent")
    ntraps_i = sum(len(r["traps"]) for r in records if r["label"] == "inconsistent")
    per_pair = Counter(len(r["errors"]) for r in records if r["label"] == "inconsistent")
    refw = [len(words(r["reference"])) for r in records]
    out = [
        f"pairs: {len(records)}",
        "modes: " + ", ".join(f"{m}/{l}={n}" for (m, l), n in sorted(modes.items())),
        f"errors: {len(all_errors)}  by type: " + ", ".join(f"{t}={types[t]}" for t in ERROR_TYPES),
        "severity: " + ", ".join(f"{s}={sev[s]}" for s in SEVERITIES),
        "errors per inconsistent pair: " + ", ".join(f"{k}:{v}" for k, v in sorted(per_pair.items())),
        f"traps: consistent={ntraps_c}, inconsistent={ntraps_i}, total={ntraps_c + ntraps_i}",
        f"reference words: min={min(refw)} max={max(refw)} mean={sum(refw) / len(refw):.1f}",
    ]
    return out


def main(argv):
    check_only = "--check" in argv[1:]
    try:
        records = [build_record(i, c) for i, c in enumerate(CASES, 1)]
        validate_composition(records)
    except SetError as exc:
        print(f"VALIDATION FAILED: {exc}", file=sys.stderr)
        return 1
    for line in summary_lines(records):
        print(line)
    if check_only:
        print("check only: OK, nothing written")
        return 0
    with open(OUT_PATH, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {OUT_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
