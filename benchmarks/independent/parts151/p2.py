"""Set 151, part 2: ten rewrite pairs (5 consistent, 5 inconsistent)."""
from ._helpers import E, T, case

CASES = [
    # 11 ----------------------------------------------------------------
    case(
        "cross-border commuter tax", "rewrite", "consistent",
        "From 1 January, people who live in Belvaria but work across the border in Ostrand will "
        "pay income tax only in the country where they work, under a revised agreement signed by "
        "the two finance ministers on Wednesday. About 38,000 cross-border commuters are affected. "
        "Until now, those working from home for more than 25 days a year risked being taxed in "
        "both countries. The new deal raises that threshold to 60 days. Belvaria's finance "
        "minister, Piet Vanderloo, said the change would cut red tape for workers and employers, "
        "while Ostrand will compensate Belvarian border municipalities with an annual payment of "
        "€45 million for lost revenue.",
        "Under a revised agreement signed on Wednesday by the finance ministers of Belvaria and "
        "Ostrand, Belvarian residents who commute to jobs in Ostrand will, from 1 January, be "
        "taxed on their income solely in the country of employment. The change concerns roughly "
        "38,000 people. Until now, commuters who worked from home on more than 25 days a year "
        "risked double taxation; the new deal raises that limit to 60 days. Piet Vanderloo, "
        "Belvaria's finance minister, said the reform would reduce bureaucracy for employees and "
        "employers alike, while Ostrand will pay border municipalities in Belvaria €45m a year to "
        "make up for lost revenue.",
        traps=[
            T("solely in the country of employment", "only in the country where they work"),
            T("roughly 38,000 people", "About 38,000 cross-border commuters"),
            T("risked double taxation", "risked being taxed in both countries"),
            T("reduce bureaucracy", "cut red tape"),
            T("€45m a year", "an annual payment of €45 million"),
        ],
    ),
    # 12 ----------------------------------------------------------------
    case(
        "nature reserve extension", "rewrite", "inconsistent",
        "The Saltmere Marshes nature reserve is to be extended by 220 hectares after the Coastal "
        "Wildlife Trust completed the purchase of neighbouring Ferrow Farm. The trust paid £1.9 "
        "million for the land, raised through a public appeal and a lottery grant. Over the next "
        "five years the former arable fields will be flooded to create wet grassland and reedbeds "
        "for breeding waders such as lapwing and redshank. Reserve manager Hollis Grant said the "
        "extension would make Saltmere the largest protected wetland on this stretch of coast. "
        "Public footpaths across the farm will remain open during the work.",
        "The Coastal Wildlife Trust has taken on a long lease of neighbouring Ferrow Farm, "
        "allowing the Saltmere Marshes nature reserve to grow by 220 hectares. The £1.9m deal was "
        "funded through a public appeal and a lottery grant. Over the next five years the former "
        "arable fields will be flooded to form wet grassland and reedbeds where waders such as "
        "lapwing and redshank can breed. According to reserve manager Hollis Grant, the extension "
        "will make Saltmere the biggest protected wetland along this part of the coast. Public "
        "footpaths crossing the farm will stay open while the work is carried out.",
        errors=[
            E("taken on a long lease of", "event", "major", "completed the purchase of"),
        ],
        traps=[
            T("grow by 220 hectares", "extended by 220 hectares"),
            T("the biggest protected wetland along this part of the coast",
              "the largest protected wetland on this stretch of coast"),
        ],
    ),
    # 13 ----------------------------------------------------------------
    case(
        "cheese festival", "rewrite", "consistent",
        "The 25th Grenmoor Cheese Festival will take place on 6 and 7 September in the town's "
        "market square, with 140 producers from eight countries taking part, organisers said on "
        "Tuesday. Tickets cost €12 for adults, while children under 14 get in free. This year's "
        "programme includes a competition for the best washed-rind cheese, judged by a panel "
        "chaired by the food writer Agathe Verhoeven, and daily demonstrations by local dairy "
        "farmers. The festival attracted 22,000 visitors last year. Organisers have asked visitors "
        "to use the park-and-ride service, as parking in the town centre will be closed to the "
        "public on both days.",
        "A total of 140 producers from eight countries will take part in the 25th Grenmoor Cheese "
        "Festival, which is being held in the town's market square on 6 and 7 September, the "
        "organisers said on Tuesday. Adult tickets are priced at €12, and entry is free for "
        "under-14s. This year's programme features daily demonstrations by local dairy farmers and "
        "a contest for the best washed-rind cheese, with food writer Agathe Verhoeven chairing the "
        "judging panel. Last year's festival drew 22,000 people. Because town-centre parking will "
        "be closed to the public on both days, visitors are being asked to use the park-and-ride "
        "service.",
        traps=[
            T("Adult tickets are priced at €12", "Tickets cost €12 for adults"),
            T("entry is free for under-14s", "children under 14 get in free"),
            T("with food writer Agathe Verhoeven chairing the judging panel",
              "judged by a panel chaired by the food writer Agathe Verhoeven"),
            T("drew 22,000 people", "attracted 22,000 visitors"),
        ],
    ),
    # 14 ----------------------------------------------------------------
    case(
        "bank holiday trading hours", "rewrite", "inconsistent",
        "Supermarkets in Caldermoor will be allowed to open from 8 a.m. to 6 p.m. on the May bank "
        "holiday under a temporary change to local trading rules approved by the borough council "
        "on Monday. Shops larger than 280 square metres are normally limited to six hours on "
        "public holidays. The council said the trial would be reviewed in July before any decision "
        "on the August bank holiday. The Shopworkers' Union of Caldermoor opposed the change, "
        "saying staff had not been consulted, but the Caldermoor Retail Forum said it would help "
        "businesses recover from a difficult winter. Smaller shops are not affected.",
        "Supermarkets in Caldermoor will be able to open from 8am to 6pm on the May bank holiday "
        "after the county council on Monday approved a temporary change to local trading rules. "
        "On public holidays, shops of more than 280 square metres are normally restricted to six "
        "hours. The trial will be reviewed in July, ahead of any decision on the August bank "
        "holiday, the council said. The Shopworkers' Union of Caldermoor was against the change, "
        "arguing that staff had not been consulted, while the Caldermoor Retail Forum said it "
        "would help businesses recover from a difficult winter. Smaller shops are not affected, "
        "and the trial will be reviewed in July.",
        errors=[
            E("county council", "entity", "major", "borough council"),
            E("trial will be reviewed in July", "repetition", "minor", None, occ=1),
        ],
        traps=[
            T("restricted to six hours", "limited to six hours"),
            T("was against the change", "opposed the change"),
        ],
    ),
    # 15 ----------------------------------------------------------------
    case(
        "tourist cable car", "rewrite", "consistent",
        "The Pic Aurelle cable car, which carries tourists from the village of Saint-Varenne to a "
        "viewing platform at 2,310 metres, will reopen on 1 July after a two-year, €28 million "
        "rebuild. The new cabins hold 60 passengers each, twice as many as the old ones, and the "
        "journey time has been cut from twelve minutes to seven. Operator Téléphériques du Val "
        "said a return ticket would cost €34, up from €29 before the closure. The company expects "
        "about 250,000 passengers in the first full year. The old cable car, built in 1974, was "
        "closed in 2022 after inspectors found corrosion in the support towers.",
        "After a €28m reconstruction lasting two years, the Pic Aurelle cable car will resume "
        "service on 1 July, taking visitors from the village of Saint-Varenne up to a viewing "
        "platform at an altitude of 2,310 metres. Each of the new cabins can carry 60 passengers, "
        "double the capacity of their predecessors, and the trip now takes seven minutes rather "
        "than twelve. A return ticket will be €34, compared with €29 before the closure, "
        "according to operator Téléphériques du Val, which anticipates roughly 250,000 passengers "
        "in the first full year. The original cable car, dating from 1974, was shut down in 2022 "
        "when inspectors discovered corrosion in its support towers.",
        traps=[
            T("€28m", "€28 million"),
            T("resume service", "reopen"),
            T("double the capacity of their predecessors", "twice as many as the old ones"),
            T("seven minutes rather than twelve", "from twelve minutes to seven"),
            T("roughly 250,000 passengers", "about 250,000 passengers"),
        ],
    ),
    # 16 ----------------------------------------------------------------
    case(
        "mine tailings spill", "rewrite", "inconsistent",
        "Environmental regulators have ordered the Cordova Ridge copper mine to halt discharges "
        "after a tailings pond wall partially gave way on Saturday, releasing an estimated 12,000 "
        "cubic metres of sludge into the Rio Quenal. Drinking water intakes for two downstream "
        "towns, Villa Arce and Puerto Lenz, were closed as a precaution. The mine's operator, "
        "Andes Meridian Resources, said the breach had been sealed and that there were no "
        "injuries. The regulator will test water samples over the coming week and said the "
        "company could face fines of up to 5 million pesos. Fishing on the affected stretch has "
        "been suspended.",
        "The Cordova Ridge copper mine has been ordered by environmental regulators to suspend "
        "operations after part of a tailings pond wall gave way on Saturday, sending an estimated "
        "12,000 cubic metres of sludge into the Rio Quenal. As a precaution, the drinking water "
        "intakes of Villa Arce and Puerto Lenz, two towns downstream, were closed. Andes Meridian "
        "Resources, which operates the mine, said nobody had been hurt and the breach had been "
        "sealed. The regulator will test water samples over the coming week and said the company "
        "could be fined as much as 5 million pesos. Fishing has been suspended on the affected "
        "stretch.",
        errors=[
            E("suspend operations", "event", "critical", "halt discharges"),
        ],
        traps=[
            T("nobody had been hurt", "there were no injuries"),
            T("could be fined as much as 5 million pesos",
              "could face fines of up to 5 million pesos"),
        ],
    ),
    # 17 ----------------------------------------------------------------
    case(
        "bee colony losses", "rewrite", "consistent",
        "Beekeepers in the province of Lauterbrenn lost 31 percent of their honeybee colonies "
        "over the past winter, according to a survey published on Thursday by the Provincial "
        "Beekeepers' Federation. That compares with losses of 18 percent the previous year. The "
        "federation surveyed 1,240 beekeepers managing almost 19,000 colonies. Its chairwoman, "
        "Hedda Lindqvist, said the varroa mite and an unusually wet autumn were the most likely "
        "causes, though pesticide use could not be ruled out. The federation is calling on the "
        "provincial government to fund a monitoring programme. Losses above 15 percent are "
        "generally regarded as unsustainable.",
        "A survey published on Thursday by the Provincial Beekeepers' Federation found that "
        "beekeepers in Lauterbrenn province lost 31% of their honeybee colonies over the past "
        "winter, up from 18% a year earlier. The 1,240 beekeepers surveyed manage close to 19,000 "
        "colonies between them. Federation chairwoman Hedda Lindqvist said the likeliest "
        "explanations were the varroa mite and an unusually wet autumn, although a role for "
        "pesticides could not be excluded. The federation wants the provincial government to pay "
        "for a monitoring programme. Losses of more than 15% are generally regarded as "
        "unsustainable.",
        traps=[
            T("up from 18% a year earlier", "losses of 18 percent the previous year"),
            T("close to 19,000 colonies", "almost 19,000 colonies"),
            T("the likeliest explanations", "the most likely causes"),
            T("could not be excluded", "could not be ruled out"),
            T("Losses of more than 15%", "Losses above 15 percent"),
        ],
    ),
    # 18 ----------------------------------------------------------------
    case(
        "tax rebate error", "rewrite", "inconsistent",
        "The national revenue office has admitted that a software error caused about 14,500 "
        "households to receive tax rebates that were too small. The mistake affected claims "
        "processed between 3 and 21 March and left the average household €212 short. Deputy "
        "director Carla Vosmeer said all affected taxpayers would receive the outstanding amount "
        "automatically by the end of May, with no need to reapply. The office apologised and said "
        "the fault, which was introduced during a system update, had been fixed on 24 March. "
        "Opposition MPs have asked for an independent review of the update.",
        "A software fault at the national revenue office meant roughly 14,500 households were "
        "paid smaller tax rebates than they were entitled to, the office has admitted. Claims "
        "processed from 3 to 21 March were affected, leaving households an average of €122 out "
        "of pocket. All those affected will automatically receive the money they are owed by the "
        "end of June and will not need to submit a new claim, deputy director Carla Vosmeer said. "
        "The office apologised and said the error, introduced during a system update, was fixed "
        "on 24 March. Opposition MPs are calling for an independent review of the update.",
        errors=[
            E("€122", "number", "major", "€212"),
            E("end of June", "date", "major", "end of May"),
        ],
        traps=[
            T("roughly 14,500 households", "about 14,500 households"),
            T("will not need to submit a new claim", "with no need to reapply"),
        ],
    ),
    # 19 ----------------------------------------------------------------
    case(
        "sheep worrying incidents", "rewrite", "consistent",
        "Police in the Fellmoor district recorded 47 incidents of dogs attacking or chasing sheep "
        "between January and June, up from 29 in the same period last year, figures released on "
        "Wednesday show. In total, 112 sheep were killed or had to be put down because of their "
        "injuries. Rural crime officer Sergeant Bryn Talgarth said most attacks involved dogs that "
        "had escaped from gardens rather than those being walked. Farmers are entitled to shoot a "
        "dog that is worrying livestock as a last resort. Police are urging owners to keep dogs "
        "on leads near fields, particularly during the lambing season.",
        "Police in the Fellmoor district logged 47 cases of dogs chasing or attacking sheep in the "
        "first six months of the year, compared with 29 over the same months last year, according "
        "to figures released on Wednesday. A total of 112 sheep were killed or had to be "
        "destroyed because of their injuries. Most of the attacks were by dogs that had got out "
        "of gardens, not by dogs out on walks, said rural crime officer Sergeant Bryn Talgarth. "
        "As a last resort, farmers have the right to shoot a dog that is worrying livestock. "
        "Police are asking owners to keep dogs on leads near fields, especially at lambing time.",
        traps=[
            T("in the first six months of the year", "between January and June"),
            T("compared with 29 over the same months last year",
              "up from 29 in the same period last year"),
            T("had to be destroyed", "had to be put down"),
            T("not by dogs out on walks", "rather than those being walked"),
            T("have the right to", "are entitled to"),
        ],
    ),
    # 20 ----------------------------------------------------------------
    case(
        "fibre optic cable cut", "rewrite", "inconsistent",
        "Internet and phone services for around 9,000 customers in the Brennock peninsula were "
        "cut on Tuesday after a contractor working for the water utility Brennock Water severed a "
        "fibre optic cable owned by NetSpan Communications. NetSpan said engineers had restored "
        "service to most customers by Wednesday afternoon, although some remote properties could "
        "remain offline until Friday. The company said it would seek compensation from the "
        "contractor. Emergency calls were routed through a backup satellite link during the "
        "outage. The contractor, Delway Civils, said it had been given inaccurate maps of "
        "underground cables.",
        "Around 9,000 customers on the Brennock peninsula lost internet and phone services on "
        "Tuesday when a contractor working for NetSpan Communications cut through a fibre optic "
        "cable belonging to the water utility Brennock Water. NetSpan said engineers had "
        "reconnected most customers by Wednesday afternoon, though some remote properties might "
        "stay offline until Friday. The company intends to seek compensation from the contractor. "
        "During the outage, emergency calls were diverted via a back-up satellite link. The "
        "contractor, Delway Civils, said it had been supplied with inaccurate maps of underground "
        "cables.",
        errors=[
            E("NetSpan Communications cut through a fibre optic cable belonging to the water "
              "utility Brennock Water", "role", "major",
              "Brennock Water severed a fibre optic cable owned by NetSpan Communications"),
        ],
        traps=[
            T("diverted via a back-up satellite link", "routed through a backup satellite link"),
            T("supplied with inaccurate maps", "given inaccurate maps"),
        ],
    ),
]
