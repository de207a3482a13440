"""Cases 011-020 of set171 (hand-written; all names invented)."""
from .common import case, err, omit, trap

CASES = [
# 011 ---------------------------------------------------------------
case("lottery syndicate dispute", "rewrite", "inconsistent",
'''Five former members of a workplace lottery syndicate at a Dunmere bus depot are suing the syndicate's organiser, claiming they were wrongly excluded from a £1.8 million jackpot won in October. The claimants say they paid £2 a week into the syndicate for more than six years and were never told that it had been wound up in August. Organiser Keith Brannagh, 54, maintains that the five had stopped paying and that the winning ticket was bought by a new, smaller group of eight drivers. The prize was split equally among those eight, giving each £225,000. The claimants' solicitor, Farah Osei, said bank records would show payments continued until September. A hearing at Dunmere County Court has been set for 12 March.''',
'''A lottery syndicate organiser at a Dunmere bus depot is being sued by five ex-members who say they were unfairly cut out of a £1.8m jackpot won in October. The five say they had paid £2 a week for over six years and were never told that the syndicate had been wound up in August. Keith Brannagh, the 54-year-old organiser, insists they had stopped contributing and that the winning ticket was bought by a newer, smaller group of eight drivers, who shared the prize equally, receiving £250,000 each. Farah Osei, solicitor for the claimants, said bank records would show the payments went on until September. A hearing has been listed for 12 March.''',
errors=[
    err("£250,000", "number", "major", "£225,000"),
    omit("A hearing", "minor", "at Dunmere County Court"),
],
traps=[
    trap("£1.8m", "£1.8 million"),
    trap("the 54-year-old organiser", "Organiser Keith Brannagh, 54"),
    trap("went on until September", "continued until September"),
]),

# 012 ---------------------------------------------------------------
case("marquetry furniture exhibition", "summary", "consistent",
'''An exhibition of 18th-century marquetry furniture opens at the Fenwright Gallery in Ashcombe on Friday, bringing together 37 pieces from private collections across Europe, most of which have never been shown in public. The centrepiece is a writing cabinet made around 1765 by the cabinetmaker Johann Pellmann, inlaid with more than 20 types of wood including tulipwood, holly and stained sycamore. Curator Dr Isla Venning said the show, two years in the planning, set out to show marquetry as "painting in wood" rather than mere decoration. A workshop area will allow visitors to watch restorer Tomasz Wilk at work on a damaged card table. The exhibition runs until 30 November. Tickets cost £12, with free entry for under-18s.''',
'''Thirty-seven pieces of 18th-century marquetry furniture, mostly never before displayed publicly, go on show at Ashcombe's Fenwright Gallery from Friday until 30 November. The centrepiece is Johann Pellmann's writing cabinet of c.1765, inlaid with over 20 woods. The show aims to present marquetry as "painting in wood", according to curator Dr Isla Venning, and visitors can watch a restorer repairing a damaged card table. Tickets are £12; under-18s go free.''',
traps=[
    trap("mostly never before displayed publicly", "most of which have never been shown in public"),
    trap("c.1765", "around 1765"),
    trap("over 20 woods", "more than 20 types of wood"),
    trap("under-18s go free", "free entry for under-18s"),
]),

# 013 ---------------------------------------------------------------
case("soap making tax dispute", "rewrite", "inconsistent",
'''A small soap-making business in Kellswater has won the first round of a dispute with the tax authority over whether its products should be taxed as cosmetics. Bramble & Burr, run by sisters Nia and Carys Devonald from a converted dairy, was told last year that it owed £14,300 in back duty on bars sold since 2019. The company argues that its unscented laundry and kitchen soaps are household cleaning products, which carry a lower rate. On Tuesday a tax tribunal agreed that four of its seven product lines had been wrongly classified, reducing the bill to about £5,100. The tax authority said it was studying the judgment and had not decided whether to appeal. Nia Devonald said the ruling was "a relief, but not the end".''',
'''Bramble & Burr, a small soap-making firm in Kellswater, has won the opening round of its fight with the tax authority over whether its soaps should be taxed as cosmetics. The business, which sisters Nia and Carys Devonald run from a converted dairy, was told last year that it owed £14,300 in back duty on bars sold since 2019. It maintains that its unscented laundry and kitchen soaps are household cleaning products, which are taxed at a lower rate. A tax tribunal ruled on Tuesday that four of its seven product lines had been wrongly classified, cutting the bill to roughly £5,100. Nia Devonald called the ruling "a relief, but not the end", adding that the firm was studying the judgment and had not decided whether to appeal.''',
errors=[
    err("the firm was studying the judgment and had not decided whether to appeal", "attribution", "major",
        "The tax authority said it was studying the judgment and had not decided whether to appeal"),
],
traps=[
    trap("which are taxed at a lower rate", "which carry a lower rate"),
    trap("cutting the bill to roughly £5,100", "reducing the bill to about £5,100"),
]),

# 014 ---------------------------------------------------------------
case("go tournament sponsorship", "translation", "consistent",
'''The electronics manufacturer Kazuhara Denki has agreed to sponsor the Meirin Cup, one of the country's oldest Go tournaments, for five years, the Meirin Go Association announced on Monday. Under the agreement, the prize money for the winner will rise from 8 million yen to 12 million yen starting with next spring's tournament. The company's president, Ryota Sugimori, said he had played Go since childhood and wanted to help attract younger players to the game. The association had been searching for a new sponsor since a newspaper group withdrew its support last year, citing falling advertising income. Part of the funding will be used to hold a junior division for players under 16, and the final will be streamed online for the first time.''',
'''Kazuhara Denki, an electronics maker, will back the Meirin Cup, among the oldest Go competitions in the country, for the next five years under a deal announced on Monday by the Meirin Go Association. From next spring's tournament onwards, the champion's prize will go up by half, from ¥8 million to ¥12 million. Ryota Sugimori, who heads the company, said he had been playing Go since he was a child and hoped to draw younger people to the game. The association has been looking for a sponsor since last year, when a newspaper group pulled out, pointing to a fall in its advertising revenue. Some of the money will go towards holding a junior section for under-16s, and the final will be shown online for the first time.''',
traps=[
    trap("will go up by half, from ¥8 million to ¥12 million", "will rise from 8 million yen to 12 million yen"),
    trap("who heads the company", "The company's president"),
    trap("pulled out", "withdrew its support"),
    trap("under-16s", "players under 16"),
]),

# 015 ---------------------------------------------------------------
case("maypole permit refusal", "rewrite", "consistent",
'''Organisers of the May Day celebrations in Sellbury have been refused permission to erect a 12-metre maypole on the village green, after the district council ruled that the ground was too waterlogged to take the weight of the pole and the crowds. The Sellbury May Committee, which has put up a maypole on the green every year since 1948 apart from two years during the pandemic, said it was "baffled" by the decision. Council engineer Raj Menon said surveys carried out in March had found standing water up to 30 centimetres below the surface. The committee has been offered the use of the primary school playing field instead, about 400 metres away. Chair Gillian Hartree said members would decide by Friday whether to accept the offer or cancel the dancing.''',
'''The district council has turned down a request from Sellbury's May Day organisers to put up a 12m maypole on the village green, ruling that the waterlogged ground could not bear the weight of the pole and the crowds. Surveys in March found standing water within 30cm of the surface, council engineer Raj Menon said. The Sellbury May Committee, which has raised a maypole on the green each year since 1948 except for two pandemic years, said the decision had left it "baffled". It has been offered the primary school playing field, roughly 400m away, as an alternative, and chair Gillian Hartree said members would choose by Friday between accepting that and cancelling the dancing.''',
traps=[
    trap("has turned down a request", "have been refused permission"),
    trap("12m maypole", "12-metre maypole"),
    trap("within 30cm of the surface", "up to 30 centimetres below the surface"),
    trap("except for two pandemic years", "apart from two years during the pandemic"),
    trap("roughly 400m away", "about 400 metres away"),
]),

# 016 ---------------------------------------------------------------
case("koi herpes virus", "summary", "inconsistent",
'''An outbreak of koi herpesvirus has been confirmed at an ornamental fish farm near Ollerton Marsh, the Fish Health Inspectorate said on Wednesday. The disease, which does not affect humans, kills up to 90 per cent of infected carp and has no cure. Inspectors have placed movement restrictions on the site, Greenreed Aquatics, banning the sale or transfer of live fish until further notice. The farm's owner, Marcus Ebdon, said around 3,000 koi had died in a fortnight, some worth more than £1,000 each. The inspectorate is tracing customers who bought fish from the farm since 1 June and has urged pond keepers to report unexplained deaths. It said there was no evidence so far that the virus had spread to wild fish in nearby rivers.''',
'''Koi herpesvirus has broken out at Greenreed Aquatics, an ornamental fish farm near Ollerton Marsh, where the owner says about 3,000 koi have died in two weeks. The incurable disease, harmless to people, kills up to 90% of infected carp. Inspectors have barred the farm from selling or moving live fish and are tracing everyone who bought from it since 1 June. The outbreak is believed to have been introduced by a shipment of imported fish. There is no evidence yet that it has reached wild fish.''',
errors=[
    err("The outbreak is believed to have been introduced by a shipment of imported fish", "addition", "major", None),
],
traps=[
    trap("in two weeks", "in a fortnight"),
    trap("harmless to people", "does not affect humans"),
]),

# 017 ---------------------------------------------------------------
case("tartan design copyright", "rewrite", "inconsistent",
'''A Highland weaving mill has lost its attempt to stop a fashion retailer selling scarves in a tartan it says it designed. Judge Fiona Lindsay ruled at the Court of Session on Friday that the Glen Corran tartan, registered by Strathmoil Weavers in 2009, was not sufficiently original to be protected by copyright, as its pattern closely followed a 19th-century military sett. The retailer, Harlowe & Finch, had sold more than 11,000 of the scarves since 2021. Strathmoil managing director Ewan MacRury said the firm was "deeply disappointed" and would consider its options. The judge noted that the mill could still rely on its trade mark for the name Glen Corran, which was not in dispute. Harlowe & Finch declined to comment.''',
'''Strathmoil Weavers, a Highland mill, has failed in its bid to prevent fashion retailer Harlowe & Finch from selling scarves in a tartan the mill says it created. At the Court of Session on Friday, Judge Fiona Lindsay ruled that the Glen Corran tartan, which Strathmoil registered in 2009, lacked the originality needed for copyright protection because its pattern closely followed a 19th-century military sett. The retailer has sold more than 11,000 of the scarves since 2021. Managing director Ewan MacRury said Strathmoil was "deeply disappointed" and would consider its options. The judge noted that the mill could no longer rely on its trade mark for the name Glen Corran, which was not in dispute. Harlowe & Finch declined to comment. The retailer has sold more than 11,000 of the scarves since 2021.''',
errors=[
    err("could no longer rely", "polarity", "major", "could still rely"),
    err("The retailer has sold more than 11,000 of the scarves since 2021", "repetition", "minor", None, occ=1),
],
traps=[
    trap("has failed in its bid to prevent", "has lost its attempt to stop"),
    trap("lacked the originality needed for copyright protection", "was not sufficiently original to be protected by copyright"),
]),

# 018 ---------------------------------------------------------------
case("stationary engine rally", "summary", "consistent",
'''More than 350 stationary engines, some dating back to the 1890s, will be running at the Fallowfield Steam and Engine Rally this weekend, organisers have said. The two-day event at Brackenhurst Farm, now in its 41st year, is expected to attract around 9,000 visitors. Exhibits range from small petrol engines once used to pump water on farms to a 14-tonne mill engine brought from the Tollerdale valley on a low-loader. Rally secretary Trevor Ashdown said entries were up by about a fifth on last year, which he put down to a surge of interest among younger enthusiasts restoring engines bought online. Gates open at 9am on both days. Parking is free, and dogs on leads are welcome. Proceeds will go to the Brackenhurst village hall roof fund.''',
'''This weekend's two-day Fallowfield Steam and Engine Rally at Brackenhurst Farm, now in its 41st year, will feature over 350 stationary engines, some from as early as the 1890s, and organisers expect about 9,000 visitors. Entries are up roughly 20% on last year, which rally secretary Trevor Ashdown attributes to younger enthusiasts restoring engines bought online. Proceeds go to the Brackenhurst village hall roof fund.''',
traps=[
    trap("over 350 stationary engines", "More than 350 stationary engines"),
    trap("some from as early as the 1890s", "some dating back to the 1890s"),
    trap("organisers expect about 9,000 visitors", "is expected to attract around 9,000 visitors"),
    trap("up roughly 20%", "up by about a fifth"),
]),

# 019 ---------------------------------------------------------------
case("lapidary club gem show", "rewrite", "consistent",
'''The Dunhallow Lapidary Club will hold its annual gem and mineral show at the Corn Hall on 18 and 19 October, with 45 dealers and a record 12 demonstration tables. Members will show visitors how rough stones are cut, polished and set, and children will be able to pan for garnets in a sand trough. Club president Maureen Aske said this year's theme was local agates, several of which were found on Dunhallow beach by members last winter. Entry costs £4 for adults and is free for children under 12 accompanied by an adult. The club, founded in 1968, has around 90 members and meets on the second Thursday of every month. Last year's show raised £2,350 for the lifeboat station.''',
'''Forty-five dealers and a record dozen demonstration tables will feature at the Dunhallow Lapidary Club's yearly gem and mineral show at the Corn Hall on 18–19 October. Visitors can watch members cut, polish and set rough stones, while children can pan for garnets in a sand trough. The theme this year is local agates, club president Maureen Aske said, and members found several of them on Dunhallow beach last winter. Adults pay £4, and under-12s get in free if they are with an adult. Founded in 1968, the club has about 90 members and meets monthly, on the second Thursday. Last year's show raised £2,350 for the lifeboat station.''',
traps=[
    trap("a record dozen demonstration tables", "a record 12 demonstration tables"),
    trap("18–19 October", "18 and 19 October"),
    trap("Adults pay £4", "Entry costs £4 for adults"),
    trap("under-12s get in free if they are with an adult", "free for children under 12 accompanied by an adult"),
    trap("meets monthly, on the second Thursday", "meets on the second Thursday of every month"),
]),

# 020 ---------------------------------------------------------------
case("mineral rights claim", "translation", "inconsistent",
'''A mining company has lost its claim to the mineral rights beneath 2,300 hectares of farmland in the province of San Ildefonso, after the regional court ruled in favour of a cooperative of 64 small farmers. Minera Caltaví took the cooperative to court in 2021, arguing that a concession granted to it in 1998 gave it the right to explore for copper under the land, which the farmers have cultivated for generations. The court found that the concession had expired in 2018 because the company had failed to begin exploration within the required period. The cooperative's lawyer, Rosa Elvira Quintana, called the ruling "historic". Minera Caltaví said it would appeal to the supreme court. The farmers grow mainly maize, beans and avocados.''',
'''The regional court in San Ildefonso province has rejected a mining company's claim to the mineral rights under 2.3 hectares of farmland, siding with a cooperative of 64 smallholders. The cooperative took Minera Caltaví to court in 2021; the company maintained that a concession it received in 1998 entitled it to prospect for copper beneath the fields, which the farmers' families have worked for generations. According to the court, the concession lapsed in 2018 because the company had not started exploring within the period required. Rosa Elvira Quintana, who represents the cooperative, described the decision as "historic". Minera Caltaví announced that it would take the case to the supreme court. The farmers mainly grow maize, beans and avocados.''',
errors=[
    err("2.3 hectares", "number", "major", "2,300 hectares"),
    err("The cooperative took Minera Caltaví to court", "role", "major", "Minera Caltaví took the cooperative to court"),
],
traps=[
    trap("Rosa Elvira Quintana, who represents the cooperative", "The cooperative's lawyer, Rosa Elvira Quintana"),
    trap("would take the case to the supreme court", "would appeal to the supreme court"),
]),
]
