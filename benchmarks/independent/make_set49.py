#!/usr/bin/env python3
"""Held-out evaluation set 49 for a reference-vs-candidate fact-comparison tool.

How it was made: every pair below was hand-written by a helper that saw no code or
data of the project, working only from a written brief. All people, companies,
organisations, places and figures are invented (real countries/continents appear
only as background). No offsets are typed by hand: the script locates every span by
string search (with an occurrence index where a quoted text repeats), validates the
whole set and writes set49.jsonl next to this file.

Composition (checked by validate()):
  40 pairs, one domain each: 20 consistent, 20 inconsistent.
  Modes: 20 rewrite, 10 summary, 10 translation; half of each mode consistent.
  30 errors: entity 3, number 4, date 3, role 3, polarity 3, modality 3,
  attribution 3, event 2, omission 2, addition 2, repetition 2
  (10 inconsistent pairs carry 1 error, 10 carry 2).
  Consistent pairs carry 3-5 traps (faithful rewordings); inconsistent pairs 0-3.
  Omissions occur only in rewrite/translation pairs.

Usage:  python3 make_set49.py           # validate and write set49.jsonl
        python3 make_set49.py --check   # validate only, write nothing
"""
import json
import os
import re
import sys

N = 49
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "set49.jsonl")

DOMAINS = [d.strip() for d in """pipe organs, peregrine nests, heather burning, stone walling,
coopers, fountain pen repair, roller rinks, sepak takraw, underwater hockey, quidditch leagues,
pickleball, fives, petanque, scrabble championships, tin soldiers, yo-yo champions,
ventriloquists, fire eaters, pavement artists, bonfire societies, well dressing, cheese markets,
plum pudding, haggis makers, pork pies, bakewell tarts, stottie cakes, crumpets, sloe gin,
nettle soup, mushroom poisoning, cockle pickers, eel fishing, crayfish invasions, red kites,
ospreys, corncrakes, gannet colonies, seabird flu, shearwaters""".replace("\n", " ").split(",")]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]

CASES = []


def E(text, etype, severity, ref, occ=None, after=None, after_occ=None):
    """An error. For omissions give text="" and `after` = candidate text the gap follows."""
    return dict(text=text, type=etype, severity=severity, ref_text=ref,
                occ=occ, after=after, after_occ=after_occ)


def T(text, ref, occ=None):
    """A trap: faithful rewording in the candidate; ref = the reference wording."""
    return dict(text=text, ref_text=ref, occ=occ)


def C(domain, mode, label, reference, candidate, errors=(), traps=()):
    CASES.append(dict(domain=domain, mode=mode, label=label,
                      reference=" ".join(reference.split()),
                      candidate=" ".join(candidate.split()),
                      errors=list(errors), traps=list(traps)))

# ---------------------------------------------------------------- cases 1-10

C("pipe organs", "rewrite", "consistent",
  """The parish council of Aldermoor has approved a £340,000 restoration of the pipe organ at
  St Brennan's Church, which has been silent since a roof leak damaged its bellows in March 2021.
  The work will be carried out by Hollin & Vane Organ Builders, a family firm based in Crestleigh,
  and is expected to take about 18 months. Around two thirds of the cost will be met by a heritage
  grant, with the remainder raised by the congregation. Council chair Miriam Oduya said the
  instrument, built in 1874, was 'one of the finest of its kind in the county'. About 1,900 of its
  2,300 pipes will be removed for cleaning, and the console will be rewired. Recitals are due to
  resume in the spring of 2026.""",
  """A £340,000 project to restore the St Brennan's Church pipe organ, silent since a leaking roof
  damaged its bellows in March 2021, has been given the go-ahead by Aldermoor parish council.
  Crestleigh-based family business Hollin & Vane Organ Builders will do the work, which is expected
  to last roughly a year and a half. A heritage grant will cover about two-thirds of the bill and the
  congregation will raise the rest. The 1874 instrument is 'one of the finest of its kind in the
  county', according to council chair Miriam Oduya. Roughly 1,900 of its 2,300 pipes are to be taken
  out and cleaned, and the console rewired. Recitals are due to restart in spring 2026.""",
  traps=[T("has been given the go-ahead by Aldermoor parish council", "The parish council of Aldermoor has approved"),
         T("roughly a year and a half", "about 18 months"),
         T("about two-thirds of the bill", "Around two thirds of the cost"),
         T("The 1874 instrument", "the instrument, built in 1874")])

C("peregrine nests", "rewrite", "inconsistent",
  """A pair of peregrine falcons nesting on the spire of Harrowgate Cathedral have raised four chicks
  this season, the Northvale Raptor Trust said on Friday. It is the ninth consecutive year the birds
  have bred successfully at the site, where a nesting platform was installed in 2014. The chicks,
  three females and one male, were ringed last week by licensed volunteers working from the
  cathedral roof. A live camera trained on the nest has attracted more than 260,000 viewers since
  April, the trust said. Project officer Denny Marlowe said the young birds were expected to fledge
  within a fortnight. Visitors are being asked not to use drones near the cathedral while the chicks
  learn to fly.""",
  """Four chicks have been raised this season by the peregrine falcons that nest on Harrowgate
  Cathedral's spire, the Northvale Raptor Trust said on Friday. The birds have now bred successfully
  at the site for eight years in a row; a nesting platform was put there in 2014. Licensed volunteers
  working from the cathedral roof ringed the chicks – one male and three females – last week.
  According to the trust, more than 260,000 viewers have watched the nest's live camera since April.
  The young birds are expected to fledge within two weeks, project officer Denny Marlowe said.
  Visitors are being asked not to fly drones near the cathedral while the chicks are learning to fly.""",
  errors=[E("eight years in a row", "number", "major", "ninth consecutive year")],
  traps=[T("one male and three females", "three females and one male"),
         T("within two weeks", "within a fortnight")])

C("heather burning", "summary", "consistent",
  """Landowners on the Greyfell Moors will be barred from burning heather on deep peat from October
  under new rules announced by the regional environment agency on Wednesday. The ban covers peat
  deeper than 40 centimetres, which makes up roughly 60% of the 18,000-hectare upland. Estates that
  want to manage vegetation there will have to cut it instead, or apply for a licence, which will be
  granted only where there is a risk of wildfire. Agency director Paulette Hirst said burning dried
  out the peat and released stored carbon. The Greyfell Estates Association, which represents 32
  landowners, said cutting was far more expensive and warned that some smaller estates could
  struggle to comply. Breaches could lead to fines of up to £20,000.""",
  """From October, burning heather on peat more than 40cm deep – about three-fifths of the
  18,000-hectare Greyfell Moors – will be banned, the regional environment agency said on Wednesday.
  Estates must cut vegetation instead or seek a licence, available only where wildfire is a risk. A
  landowners' association says cutting costs far more, and breaches could bring fines of up to
  £20,000.""",
  traps=[T("more than 40cm deep", "deeper than 40 centimetres"),
         T("about three-fifths", "roughly 60%"),
         T("available only where wildfire is a risk", "granted only where there is a risk of wildfire"),
         T("A landowners' association", "The Greyfell Estates Association")])

C("stone walling", "translation", "inconsistent",
  """The regional government of Valdós has signed a contract worth 2.4 million euros with the
  cooperative Pedra Viva to rebuild dry-stone terraces damaged by the storms of last November. The
  work, which will begin after Easter, covers about 11 kilometres of walls on the slopes above the
  village of Sant Feliu de Rocaprima. The cooperative, founded in 1998, employs 45 wallers and will
  train 12 apprentices placed with it by the youth employment service Treball Jove. Regional
  councillor Adela Ferrús said the terraces were "part of our identity" and also stopped soil from
  washing onto the roads in heavy rain. Farmers in the area had complained that repairs were too
  slow. The project is due to be finished before the end of 2025.""",
  """Valdós's regional administration has signed a 2.4-million-euro deal with the Pedra Viva
  cooperative to rebuild the dry-stone terraces that were damaged in storms last November. Work will
  start before Easter and will cover some 11 km of walls on the hillsides above Sant Feliu de
  Rocaprima. Founded in 1998, the cooperative has 45 wallers on its staff, and the youth employment
  service Treball Jove will train 12 apprentices sent to it by the cooperative. According to regional
  councillor Adela Ferrús, the terraces are "part of who we are" and also keep soil off the roads
  when it rains heavily. Local farmers had complained about the slow pace of repairs. Completion is
  scheduled for before the end of 2025.""",
  errors=[E("before Easter", "date", "major", "after Easter"),
          E("Treball Jove will train 12 apprentices sent to it by the cooperative", "role", "major",
            "will train 12 apprentices placed with it by the youth employment service Treball Jove")],
  traps=[T("a 2.4-million-euro deal", "a contract worth 2.4 million euros"),
         T("some 11 km of walls", "about 11 kilometres of walls")])

C("coopers", "rewrite", "inconsistent",
  """Barrowby Distillers is considering opening its own cooperage at its Kellan Bridge site to secure
  a supply of oak casks, chief executive Ronan Strachan told shareholders on Tuesday. The company
  currently buys around 14,000 casks a year from outside suppliers, mostly in Spain and the United
  States, and says prices have risen by about a quarter since 2021. A cooperage would employ up to 20
  coopers and apprentices, Mr Strachan said, adding that no final decision would be taken before a
  feasibility study is completed in the autumn. The company's shares rose 3% after the announcement.
  Barrowby, which was founded in 1887, produces five single malts and employs 230 people.""",
  """Barrowby Distillers plans to open its own cooperage at its Kellan Bridge site to guarantee a
  supply of oak casks, chief executive Ronan Strachan told shareholders on Tuesday. The firm currently
  buys roughly 14,000 casks a year from outside suppliers, most of them in Spain and the United
  States, and says prices are up by about 25% since 2021. Up to 20 coopers and apprentices would be
  employed at a cooperage, according to Mr Strachan, who added that no final decision would be made
  until a feasibility study is finished in the autumn. Following the announcement, the company's
  shares gained 3%. Founded in 1887, Barrowby makes five single malts and has 230 staff.""",
  errors=[E("plans to open", "modality", "major", "is considering opening")],
  traps=[T("about 25%", "about a quarter"),
         T("no final decision would be made until a feasibility study is finished",
           "no final decision would be taken before a feasibility study is completed"),
         T("has 230 staff", "employs 230 people")])

C("fountain pen repair", "rewrite", "consistent",
  """Nib & Barrel, a fountain pen repair workshop in the town of Wexcombe, has been named small
  business of the year by the Southmere Chamber of Commerce. Founded in 2016 by former watchmaker
  Agnes Thorley, the workshop restores around 3,000 pens a year, about 40% of them sent by post from
  abroad. It employs six people, including two apprentices who joined last September. Ms Thorley said
  demand had grown steadily since the pandemic, as collectors sought to repair vintage pens rather
  than replace them. The award, presented at a ceremony in Harlow Hall on Thursday evening, comes with
  a £5,000 prize, which the workshop plans to spend on new polishing equipment. Judges praised its
  'exceptional craftsmanship and customer care'.""",
  """The Southmere Chamber of Commerce has named Wexcombe fountain pen repairer Nib & Barrel its small
  business of the year. Former watchmaker Agnes Thorley set up the workshop in 2016; it now restores
  some 3,000 pens annually, roughly two in five of which arrive by post from overseas. Its staff of six
  includes a pair of apprentices who started last September. Since the pandemic, Ms Thorley said,
  demand has risen steadily as collectors choose to mend vintage pens rather than replace them. The
  award, handed over at a Thursday evening ceremony in Harlow Hall, carries a £5,000 prize that the
  business intends to put towards new polishing equipment. The judges praised its 'exceptional
  craftsmanship and customer care'.""",
  traps=[T("set up the workshop in 2016", "Founded in 2016"),
         T("roughly two in five", "about 40%"),
         T("Its staff of six includes a pair of apprentices", "It employs six people, including two apprentices"),
         T("intends to put towards", "plans to spend on")])

C("roller rinks", "summary", "inconsistent",
  """The Starlite roller rink in Mellingford will close on 31 August after 46 years, its owners have
  confirmed. Brothers Kevin and Lyle Pardew, who bought the rink in 2003, said rising energy bills and
  a £90,000 repair needed to the sprung maple floor had made the business unviable. Attendance had
  recovered to about 1,100 skaters a week after the pandemic, they said, but costs had grown faster
  than income. A campaign group, Save Starlite, has gathered 7,400 signatures on a petition asking
  Mellingford Borough Council to buy the building. The council said it had received the petition and
  would respond within 28 days, but a spokesperson noted that it had 'no budget currently allocated'
  for such a purchase.""",
  """Mellingford's Starlite roller rink will close on 31 August after 46 years, with owners Kevin and
  Lyle Pardew citing rising energy bills and a £90,000 floor repair. Campaigners say weekly attendance
  had recovered to around 1,100 skaters since the pandemic. Their 7,400-signature petition urges the
  council to buy the building, which has been earmarked for housing; the council will reply within 28
  days but has no budget currently set aside.""",
  errors=[E("Campaigners say", "attribution", "major", "they said"),
          E("which has been earmarked for housing", "addition", "major", None)],
  traps=[T("no budget currently set aside", "'no budget currently allocated'")])

C("sepak takraw", "translation", "consistent",
  """The national sepak takraw federation announced on Monday that the country will host the
  Southeast Asian club championship for the first time next year. Matches will be played over six
  days in July at the newly renovated Dewan Seri Kenanga arena in the city of Kuala Paroh, which can
  seat 4,500 spectators. Federation secretary Rashid Osman said 16 men's and 10 women's teams from
  eight countries were expected to take part. The organisers have set aside a budget of 3.2 million
  ringgit, half of which will come from sponsors. Rashid said the event would help to attract young
  players, adding that the number of registered players in the country had doubled in the past five
  years to around 12,000.""",
  """The country will stage the Southeast Asian club championship in sepak takraw for the first time
  next year, the national federation said on Monday. The six-day tournament will take place in July
  at the Dewan Seri Kenanga arena in Kuala Paroh, which has just been renovated and holds 4,500
  spectators. According to the federation's secretary, Rashid Osman, sixteen men's teams and ten
  women's teams from eight nations are expected to compete. A budget of 3.2 million ringgit has been
  earmarked, 50 per cent of it from sponsors. The championship would help draw young players to the
  sport, Rashid said, noting that the number of registered players nationally has doubled over the
  past five years to about 12,000.""",
  traps=[T("the national federation said on Monday", "The national sepak takraw federation announced on Monday"),
         T("The six-day tournament will take place in July", "Matches will be played over six days in July"),
         T("sixteen men's teams and ten women's teams", "16 men's and 10 women's teams"),
         T("50 per cent of it from sponsors", "half of which will come from sponsors")])

C("underwater hockey", "rewrite", "inconsistent",
  """The Ashworth Underwater Hockey Club has been forced to cancel its weekly training sessions at the
  Dunmore Leisure Centre until further notice after the pool's filtration system failed on 14
  February. Replacement parts have had to be ordered from Germany, and the centre's operator, Civica
  Active Leisure, said it did not expect the pool to reopen before the end of April. Club secretary
  Hannah Lowry said the 38 members had been offered slots at a pool in Kingsholm, a 40-minute drive
  away, but that most could not travel there on weeknights. The club, which has not missed a season
  since it was founded in 1989, is due to host the regional championships in May. Organisers said
  they had not yet decided whether to move the event.""",
  """A failure of the pool's filtration system on 4 February has forced the Ashworth Underwater Hockey
  Club to call off its weekly training at Dunmore Leisure Centre until further notice. With
  replacement parts on order from Germany, centre operator Civica Active Leisure said it expected the
  pool to reopen before the end of April. The 38 members have been offered slots at a pool in
  Kingsholm, 40 minutes away by car, but most cannot get there on weeknights, club secretary Hannah
  Lowry said. The club has played every season since its founding in 1989 and is due to host the
  regional championships in May; organisers have yet to decide whether the event will be moved.""",
  errors=[E("4 February", "date", "minor", "14 February"),
          E("expected the pool to reopen before the end of April", "polarity", "major",
            "did not expect the pool to reopen before the end of April")],
  traps=[T("40 minutes away by car", "a 40-minute drive away"),
         T("has played every season since its founding in 1989",
           "has not missed a season since it was founded in 1989"),
         T("have yet to decide whether the event will be moved", "had not yet decided whether to move the event")])

C("quidditch leagues", "rewrite", "consistent",
  """The Northern Quadball League, formerly known as the Northern Quidditch League, will expand from
  eight to twelve teams next season, its board confirmed on Saturday. The four new clubs, based in
  Farrowdale, Lenton, Brackwell and Oakhurst St Mary, were selected from nine applicants. League chair
  Priya Castellane said the expansion reflected a sharp rise in university players, with
  registrations up 55% in two years. The season will now run from October to April rather than
  finishing in March, and the league final will be held at Brackwell Stadium for the first time.
  Each new club must pay a one-off entry fee of £750 and field at least 14 registered players, at
  least four of them women or non-binary athletes.""",
  """Twelve teams rather than eight will compete in the Northern Quadball League next season, its
  board confirmed on Saturday. The league, previously called the Northern Quidditch League, chose its
  four new clubs – from Farrowdale, Lenton, Brackwell and Oakhurst St Mary – from nine applicants.
  League chair Priya Castellane said the expansion reflected a sharp increase in university players,
  whose registrations have risen by 55% in two years. Instead of ending in March, the season will now
  run from October to April, and for the first time the final will take place at Brackwell Stadium.
  New clubs will each pay a one-off £750 entry fee and must field a minimum of 14 registered players,
  including no fewer than four women or non-binary athletes.""",
  traps=[T("Twelve teams rather than eight will compete", "will expand from eight to twelve teams"),
         T("Instead of ending in March", "rather than finishing in March"),
         T("a minimum of 14 registered players", "at least 14 registered players"),
         T("no fewer than four", "at least four")])
# ---------------------------------------------------------------- cases 11-20

C("pickleball", "summary", "inconsistent",
  """Councillors in Tamsford have approved plans to convert four of the eight tennis courts at
  Reddings Park into 16 pickleball courts, despite objections from some local residents. The £210,000
  scheme, funded largely by a grant from the national sports body, is intended to meet rising demand:
  the town's pickleball club has grown from 30 members to more than 400 since 2022. Residents living
  near the park had complained that the noise of paddles striking balls would be disruptive, and the
  council has agreed to install acoustic fencing and to restrict play to between 8am and 8pm. Work is
  due to begin in September, with the courts opening next spring. The tennis club said it was
  disappointed but would keep the remaining courts.""",
  """Tamsford councillors have backed turning four of Reddings Park's eight tennis courts into 12
  pickleball courts, a £210,000 scheme to meet demand from a club that has grown from 30 to over 400
  members since 2022. After residents complained about noise, the council agreed to acoustic fencing
  and an 8am–8pm limit on play. Work is due to start in September, with the courts opening next
  spring.""",
  errors=[E("12 pickleball courts", "number", "major", "16 pickleball courts")],
  traps=[T("have backed turning", "have approved plans to convert"),
         T("over 400", "more than 400")])

C("fives", "translation", "inconsistent",
  """A boarding school in eastern Switzerland has restored two fives courts built in the 1920s by
  British teachers, bringing the little-known handball game back to the country after almost sixty
  years. The Hohenried Institute spent 180,000 Swiss francs on the work, most of it donated by former
  pupils. Sports teacher Lukas Brändli said about 50 students had signed up for the game in the first
  month, more than expected. The courts, with their distinctive buttress and step, had been used as
  storage rooms since 1967. The school now hopes to organise a tournament with teams from England next
  spring, Brändli said, but funding for the players' travel has not yet been secured.""",
  """Two fives courts, built in the 1920s by British teachers at a boarding school in eastern
  Switzerland, have been restored, and the obscure handball game is being played in the country again
  for the first time in nearly six decades. The Hohenried Institute paid 180,000 francs for the
  renovation, the bulk of it given by alumni. Around 50 pupils took up the game in the first month –
  more than anticipated, according to PE teacher Lukas Brändli. Since 1967 the courts, with their
  characteristic buttress and step, had served as storerooms. Brändli said the school hoped to stage
  a tournament with English teams next spring.""",
  errors=[E("", "omission", "major", "but funding for the players' travel has not yet been secured",
            after="with English teams next spring")],
  traps=[T("nearly six decades", "almost sixty years"),
         T("the bulk of it given by alumni", "most of it donated by former pupils"),
         T("Around 50 pupils took up the game", "about 50 students had signed up for the game")])

C("petanque", "rewrite", "inconsistent",
  """The Lindell Bay Pétanque Club will host the national doubles championship for the first time in
  August, after beating a rival bid from Carrow Sands. About 120 pairs are expected to compete over
  three days on 30 temporary pistes laid along the seafront promenade. Club president Georges Ambler
  said the town council had agreed to contribute £12,000 towards the cost, with the rest coming from
  entry fees and local sponsors. The club, which has 85 members, was founded in 1994 by a group of
  French expatriates. Mr Ambler said the event could bring up to 2,000 visitors to the town. The
  English Pétanque Federation will announce the full schedule in June.""",
  """For the first time, the Lindell Bay Pétanque Club is to stage the national doubles championship
  in August, having seen off a competing bid from Carrow Sands. Some 120 pairs are expected to play
  over three days on 30 temporary pistes along the seafront promenade. The town council has agreed to
  put £12,000 towards the cost, club president Georges Ambler said, with the remainder coming from
  entry fees and local sponsors. The club, set up in 1994 by a group of French expatriates, has 85
  members. The town council has agreed to put £12,000 towards the cost. Mr Ambler said the event could
  draw as many as 2,000 visitors to the town. The British Pétanque Federation will publish the full
  schedule in June.""",
  errors=[E("The town council has agreed to put £12,000 towards the cost", "repetition", "minor", None, occ=1),
          E("British Pétanque Federation", "entity", "minor", "English Pétanque Federation")],
  traps=[T("having seen off a competing bid", "after beating a rival bid"),
         T("as many as 2,000 visitors", "up to 2,000 visitors")])

C("scrabble championships", "rewrite", "consistent",
  """A 17-year-old from Pennick, Tobias Ainsley, became the youngest winner of the National Scrabble
  Championship on Sunday, defeating four-time champion Margaret Ojukwu by three games to two in the
  final. The deciding game was settled by a single point, 412 to 411, after Ainsley played the word
  'QUINTAR' across a triple-word square on his last turn. The tournament, held at the Caldwell
  Conference Centre, attracted 184 players, its largest field since 2008. Ainsley, who took up the
  game aged 12, receives £2,500 and a place at the world championship in Kestrel Point in November.
  The Association of Scrabble Players said the previous youngest champion had been 19.""",
  """Tobias Ainsley, 17, from Pennick, beat four-time champion Margaret Ojukwu 3–2 in Sunday's final
  to become the youngest ever winner of the National Scrabble Championship. He won the decisive game
  412–411, a one-point margin, by laying 'QUINTAR' across a triple-word square with his final move.
  With 184 players, the tournament at the Caldwell Conference Centre had its biggest field since 2008.
  Ainsley, who started playing at 12, receives £2,500 and a spot at November's world championship in
  Kestrel Point. Until now the youngest champion had been 19, according to the Association of Scrabble
  Players.""",
  traps=[T("3–2", "by three games to two"),
         T("a one-point margin", "a single point"),
         T("with his final move", "on his last turn"),
         T("Until now the youngest champion had been 19", "the previous youngest champion had been 19")])

C("tin soldiers", "summary", "consistent",
  """A collection of more than 6,000 hand-painted tin soldiers assembled over five decades by retired
  schoolteacher Harold Vickery has been donated to the Brancaster Military Museum. The figures, most of
  them made in Germany between 1880 and 1930, include a complete set depicting a cavalry regiment of
  340 pieces, which the museum believes to be the only one of its kind in Britain. Curator Elspeth
  Mayne said the collection had been valued at about £150,000. Mr Vickery, who died in January aged
  88, left it to the museum in his will on condition that it be displayed free of charge. A selection
  of around 800 figures will go on show in a new gallery from October, while the rest will be
  catalogued over the next two years.""",
  """More than 6,000 hand-painted tin soldiers collected over 50 years by the late Harold Vickery,
  valued at roughly £150,000, have been left to the Brancaster Military Museum on condition that they
  are displayed for free. About 800 will go on show in a new gallery from October, with the rest
  catalogued over the next two years.""",
  traps=[T("over 50 years", "over five decades"),
         T("the late Harold Vickery", "Mr Vickery, who died in January aged 88"),
         T("roughly £150,000", "about £150,000"),
         T("displayed for free", "displayed free of charge")])

C("yo-yo champions", "translation", "consistent",
  """Sixteen-year-old Haruto Mizuguchi from the city of Kitamori won the national yo-yo championship
  in the capital on Sunday, beating the defending champion in the final round. Mizuguchi, who
  performed a three-minute freestyle routine with two yo-yos to music, scored 87.5 points, two more
  than his nearest rival. He began practising at the age of nine after seeing a demonstration at a
  shopping centre, and now trains for about four hours a day. The championship, organised by the
  national yo-yo federation, drew around 300 competitors in nine divisions. Mizuguchi will represent
  Japan at the world championship in August. 'I want to show that the yo-yo is a real sport,' he told
  reporters.""",
  """Haruto Mizuguchi, 16, of Kitamori, took the national yo-yo title in the capital on Sunday,
  defeating the reigning champion in the last round. His three-minute freestyle to music, performed
  with two yo-yos, earned 87.5 points – a two-point lead over the runner-up. Mizuguchi took up the
  yo-yo at nine, after watching a demonstration in a shopping mall, and now practises roughly four
  hours daily. Some 300 competitors across nine categories took part in the event, which was organised
  by the national yo-yo federation. In August he will compete for Japan at the world championship. 'I
  want to prove the yo-yo is a proper sport,' he told journalists.""",
  traps=[T("a two-point lead over the runner-up", "two more than his nearest rival"),
         T("took up the yo-yo at nine", "began practising at the age of nine"),
         T("roughly four hours daily", "about four hours a day"),
         T("Some 300 competitors across nine categories", "around 300 competitors in nine divisions")])

C("ventriloquists", "rewrite", "inconsistent",
  """The Northern Guild of Ventriloquists has expelled its former president, Dennis Farrow, after an
  internal inquiry found he had copied a routine by fellow member Clare Minton. Ms Minton complained to
  the guild last October that a sketch Mr Farrow performed at the Palace Theatre, Haddon, was almost
  identical to one she had written in 2017, featuring a puppet parrot named Captain Squawk. The
  inquiry panel of three members upheld the complaint by a majority of two to one. Mr Farrow, 71, who
  led the guild for nine years, said he would appeal and described the decision as 'a farce'. The
  guild, founded in 1952, has about 140 members. Its current president, Ian Keele, said the case had
  been 'painful for everyone'.""",
  """Dennis Farrow, a former president of the Northern Guild of Ventriloquists, has been expelled from
  it after an internal inquiry concluded that fellow member Clare Minton had copied one of his
  routines. Last October Ms Minton told the guild that a sketch Mr Farrow had performed at Haddon's
  Palace Theatre was almost identical to one she wrote in 2017 featuring a puppet parrot called
  Captain Squawk. The three-member panel upheld her complaint by two votes to one. Mr Farrow, 71, who
  was the guild's president for nine years, called the ruling 'a farce' and said he would appeal.
  Founded in 1952, the guild has around 140 members; its current president, Ian Keele, said the case
  had been 'painful for everyone'.""",
  errors=[E("Clare Minton had copied one of his routines", "role", "critical",
            "he had copied a routine by fellow member Clare Minton")],
  traps=[T("by two votes to one", "by a majority of two to one"),
         T("was the guild's president for nine years", "led the guild for nine years")])

C("fire eaters", "rewrite", "consistent",
  """Street performers in the city of Calverton will need a licence to perform with fire from 1 June
  under new rules approved by the city council on Thursday. The licence will cost £45 a year and will
  be granted only to performers who hold public liability insurance of at least £2 million and can
  show they have completed an approved safety course. Fire acts will be banned within five metres of
  shop entrances and on Saturdays in the market square. The council said it had received 23 complaints
  about fire performances last year, including one in which a spectator's coat was singed. Performers'
  group Calverton Street Arts said it accepted the need for rules but feared the cost of insurance
  would drive some acts away.""",
  """From 1 June, street performers in Calverton will need a licence to perform with fire, after the
  city council approved new rules on Thursday. Costing £45 annually, licences will only be issued to
  performers with at least £2m of public liability insurance who can prove they have completed an
  approved safety course. Fire acts will not be allowed within five metres of a shop entrance, nor in
  the market square on Saturdays. The council said it had received 23 complaints about fire
  performances last year, one of them involving a spectator whose coat was singed. Calverton Street
  Arts, which represents performers, accepted that rules were needed but said it feared some acts
  would be driven away by the cost of insurance.""",
  traps=[T("Costing £45 annually", "will cost £45 a year"),
         T("£2m", "£2 million"),
         T("will not be allowed within five metres of a shop entrance", "will be banned within five metres of shop entrances"),
         T("Calverton Street Arts, which represents performers", "Performers' group Calverton Street Arts")])

C("pavement artists", "summary", "inconsistent",
  """The annual Chalk on the Quay festival in Port Esterby, which drew about 35,000 visitors last year,
  will not go ahead this summer, its organisers announced on Tuesday. The festival committee said the
  harbour authority had refused permission to close the quayside for two days because of planned
  repairs to the sea wall. Instead, a smaller event featuring 40 pavement artists, down from 120 last
  year, will be held in Market Street in early September. Committee chair Rosa Delacroix said the
  decision was 'heartbreaking' but that the festival would return to the quay in 2026. Local traders,
  who estimate the festival brings in £400,000, said they were disappointed.""",
  """Port Esterby's Chalk on the Quay festival, which drew some 35,000 visitors last year, will not take
  place this summer after the harbour authority refused to close the quayside because of storm damage
  to the sea wall. A smaller event with 40 pavement artists, a third of last year's number, will be
  held in Market Street in early September. The committee chair called the decision heartbreaking and
  said the festival would not be returning to the quay.""",
  errors=[E("storm damage to the sea wall", "event", "major", "planned repairs to the sea wall"),
          E("would not be returning to the quay", "polarity", "major", "would return to the quay")],
  traps=[T("some 35,000 visitors", "about 35,000 visitors"),
         T("will not take place this summer", "will not go ahead this summer"),
         T("a third of last year's number", "down from 120 last year")])

C("bonfire societies", "translation", "inconsistent",
  """The municipality of Zeewijk has banned the traditional New Year's Eve bonfire on the beach for the
  second year running, after sparks from last year's pile, stacked 21 metres high, set fire to two
  beach pavilions. Mayor Ineke van Dorsten said the safety risks were 'simply too great'. According to
  the fire brigade, the damage last year amounted to about 600,000 euros. The two neighbourhood
  bonfire societies that build the pile each year said they were 'deeply disappointed' and would ask
  the administrative court to overturn the decision. The municipality has offered the societies a
  smaller, supervised bonfire of at most 8 metres on a site away from the dunes. The societies have
  until 1 December to respond to the offer.""",
  """For the second year in a row, Zeewijk municipality has prohibited the traditional New Year's Eve
  beach bonfire, after sparks from last year's 21-metre stack set two beach pavilions alight. Last
  year's damage came to roughly 600,000 euros, and the safety risks are 'simply too great', the fire
  brigade said. The two neighbourhood societies that build the bonfire every year said they were
  'bitterly disappointed' and would go to the administrative court to have the ban overturned. As an
  alternative, the municipality has proposed a smaller, supervised fire no higher than 8 metres at a
  location away from the dunes. The societies have until 1 December to respond.""",
  errors=[E("the fire brigade said", "attribution", "major", "Mayor Ineke van Dorsten said")],
  traps=[T("For the second year in a row", "for the second year running"),
         T("roughly 600,000 euros", "about 600,000 euros"),
         T("no higher than 8 metres", "of at most 8 metres")])
# ---------------------------------------------------------------- cases 21-30

C("well dressing", "rewrite", "inconsistent",
  """Volunteers in the village of Ashby Cross will dress five wells this year, reviving a custom that
  lapsed in 1971, the parish council said. Each dressing consists of a wooden board covered with clay
  into which petals, seeds and bark are pressed to create a picture. The boards, the largest of which
  measures three metres by two, will be displayed from 24 May for one week. About 60 residents have
  volunteered, and the project has received £4,800 from the Derwent Valley Heritage Fund. Organiser
  Judith Penhale said the designs would depict scenes from the village's history, including the
  opening of the railway in 1868. Visitors are asked to park at the village hall, as the lanes around
  the wells are narrow.""",
  """Ashby Cross parish council says volunteers will dress five wells in the village this year,
  bringing back a tradition that died out in 1971. Each dressing is made from a wooden board covered
  in clay, with petals, seeds and bark pressed in to form a picture. The boards, the biggest measuring
  three metres by two, will be on display from 24 May. Some 60 villagers have come forward to help,
  and the Derwent Valley Heritage Fund has given the project £8,400. The designs will show scenes from
  the village's history, among them the opening of the railway in 1868, organiser Judith Penhale said.
  Visitors are asked to park at the village hall because the lanes near the wells are narrow.""",
  errors=[E("", "omission", "minor", "for one week", after="will be on display from 24 May"),
          E("£8,400", "number", "major", "£4,800")],
  traps=[T("a tradition that died out in 1971", "a custom that lapsed in 1971"),
         T("Some 60 villagers have come forward to help", "About 60 residents have volunteered")])

C("cheese markets", "rewrite", "consistent",
  """The weekly cheese market in Holbrook Square will move indoors to the former corn exchange from next
  January, Holbrook Town Council announced on Monday. The market, which has been held outdoors every
  Friday since 1836, has lost about a third of its traders over the past decade, with stallholders
  blaming bad weather and the cost of refrigerated vans. The council will spend £1.1 million
  converting the corn exchange, which has stood empty since 2019, creating space for up to 45 stalls.
  Rents will be frozen at current levels for the first two years. Deputy mayor Colin Abara said the
  move would 'secure the market for another generation'. Traders' representative Mavis Trelawney said
  most members supported the plan, although some were worried about losing passing trade.""",
  """Holbrook Town Council said on Monday that from January next year its weekly cheese market will
  move from Holbrook Square into the old corn exchange. Held in the open air every Friday since 1836,
  the market has lost roughly one in three of its traders in the last ten years; stallholders blame
  poor weather and the expense of refrigerated vans. The corn exchange, empty since 2019, is to be
  converted by the council at a cost of £1.1m to provide room for as many as 45 stalls, and rents will
  be held at their current level for the first two years. The move will 'secure the market for another
  generation', according to deputy mayor Colin Abara. Most members back the plan, said traders'
  representative Mavis Trelawney, though some are worried about losing passing trade.""",
  traps=[T("roughly one in three", "about a third"),
         T("in the last ten years", "over the past decade"),
         T("£1.1m", "£1.1 million"),
         T("as many as 45 stalls", "up to 45 stalls")])

C("plum pudding", "summary", "consistent",
  """Brackenby Foods, the country's largest maker of plum puddings, expects to sell about 2.6 million
  puddings this Christmas, 8% fewer than last year, as households cut back on seasonal treats. The
  company, based in Tollerton, said the cost of dried fruit had risen by nearly 30% since 2022, forcing
  it to raise wholesale prices twice. Managing director Anne Quayle said sales of smaller,
  single-serving puddings were growing, while demand for the traditional two-pound pudding had fallen.
  Brackenby employs 310 people and does not plan any job cuts, she said, though it has paused
  recruitment of seasonal staff. The firm's puddings are matured for up to a year before sale.""",
  """Brackenby Foods, the biggest plum pudding maker in the country, expects Christmas sales to fall 8%
  to around 2.6 million puddings as households cut back; dried fruit costs are up almost 30% since
  2022. Single-serving puddings are selling better, and its managing director says no job cuts are
  planned, though seasonal hiring has been put on hold.""",
  traps=[T("the biggest plum pudding maker in the country", "the country's largest maker of plum puddings"),
         T("to fall 8% to around 2.6 million puddings", "about 2.6 million puddings this Christmas, 8% fewer than last year"),
         T("almost 30%", "nearly 30%"),
         T("seasonal hiring has been put on hold", "it has paused recruitment of seasonal staff")])

C("haggis makers", "translation", "inconsistent",
  """The Scottish butcher MacRory & Sons, based in Glenbarra, may soon be able to sell its haggis in the
  United States, where foods containing sheep lung have been prohibited since 1971. The family firm,
  which makes about 400 tonnes of haggis a year, has developed a recipe without lung that complies with
  American rules, its director Fiona MacRory explained. The US food safety authorities are due to
  examine the application in the spring. If it is accepted, exports could start at the end of next
  year, initially to specialist shops on the east coast. The company already sells its products in
  Canada and in eleven European countries, and employs 85 people at its plant in Glenbarra.""",
  """Glenbarra butcher MacRory & Sons could soon be selling its haggis in the United States, where food
  containing sheep's lung has been banned since 1971. The family business, which produces around 400
  tonnes of haggis annually, has come up with a lung-free recipe that meets US regulations, said its
  director, Fiona MacRory. Scotland's food safety authorities are due to review the application in the
  spring. Once it is approved, exports will begin at the end of next year, first to specialist shops on
  the east coast. The firm, which has 85 staff at its Glenbarra plant, already sells in Canada and
  eleven European countries.""",
  errors=[E("Scotland's food safety authorities", "entity", "major", "US food safety authorities"),
          E("Once it is approved, exports will begin", "modality", "major", "If it is accepted, exports could start")],
  traps=[T("could soon be selling", "may soon be able to sell"),
         T("around 400 tonnes of haggis annually", "about 400 tonnes of haggis a year")])

C("pork pies", "rewrite", "inconsistent",
  """Melham Pie Company has recalled two batches of its 'Classic' pork pies after a small number of packs
  were found to contain pieces of plastic, the Food Standards Office said on Wednesday. The affected
  pies, sold in packs of four, carry use-by dates of 12 and 14 June and were sold through about 150
  independent shops in the Midlands. No injuries have been reported. The company said the plastic came
  from a damaged conveyor belt at its Fenwick bakery, which has since been replaced. Customers are
  advised not to eat the pies and to return them to the place of purchase for a full refund.""",
  """The Food Standards Office said on Wednesday that Melham Pie Company has recalled two batches of its
  'Classic' pork pies because a few packs were found to contain bits of plastic. The four-packs involved
  have use-by dates of 12 and 14 June and were sold in around 150 independent shops across the
  Midlands. There have been no reports of injuries. According to the company, a damaged conveyor belt
  at its Fenwick bakery, since replaced, was the source of the plastic, and staff at the bakery have
  been given additional safety training. Customers should not eat the pies and can return them where
  they bought them for a full refund.""",
  errors=[E("and staff at the bakery have been given additional safety training", "addition", "minor", None)],
  traps=[T("a few packs", "a small number of packs"),
         T("The four-packs involved", "The affected pies, sold in packs of four"),
         T("There have been no reports of injuries", "No injuries have been reported")])

C("bakewell tarts", "rewrite", "consistent",
  """A bakery in the town of Ridgeford has set a record for the world's largest Bakewell tart, according
  to adjudicators from the record-verification body Global Record Registry. The tart, baked by a team of
  14 at Penrose Bakery over 36 hours, measured 3.4 metres in diameter and weighed 412 kilograms. It used
  90 kilograms of ground almonds and 60 jars of raspberry jam. The previous record, 3.1 metres, had been
  held by a bakery in Kelsall since 2016. Owner Bryn Penrose said the attempt had raised £6,200 for a
  local hospice, with slices sold to visitors at £2 each. About 2,000 people attended the event on
  Saturday.""",
  """Penrose Bakery in Ridgeford has baked the world's largest Bakewell tart, adjudicators from the
  record-verification body Global Record Registry have ruled. A 14-strong team spent a day and a half
  baking the tart, which was 3.4m across and weighed 412kg. Into it went 90kg of ground almonds and 60
  jars of raspberry jam. It beat a 3.1-metre record that a bakery in Kelsall had held since 2016. The
  attempt raised £6,200 for a local hospice, with slices sold to visitors at £2 each, owner Bryn Penrose
  said. Around 2,000 people turned out for Saturday's event.""",
  traps=[T("A 14-strong team", "a team of 14"),
         T("a day and a half", "36 hours"),
         T("3.4m across", "3.4 metres in diameter"),
         T("Around 2,000 people turned out", "About 2,000 people attended")])

C("stottie cakes", "summary", "inconsistent",
  """Coulthard's Bakery, which has made stottie cakes in Kellbridge since 1948, will close its original
  bakehouse at the end of March and move production to a new site on the Fellside industrial estate.
  The company said the new bakery, costing £3.5 million, would double its capacity to about 40,000
  stotties a week and allow it to supply supermarkets for the first time. All 64 staff will be offered
  jobs at the new site, three miles away. Managing director Gary Coulthard said the recipe, handed down
  from his grandfather, would not change. The old bakehouse building on Tanner Street will be sold. A
  farewell open day for customers will be held on 22 March.""",
  """Coulthard's Bakery, a Kellbridge stottie maker since 1948, will close its original bakehouse on 22
  March and move production to a new £3.5m bakery on the Fellside industrial estate, which it says will
  double capacity to about 40,000 stotties a week and let it supply supermarkets for the first time.
  All 64 staff will be offered jobs at the new site, and the recipe will not change.""",
  errors=[E("on 22 March", "date", "major", "at the end of March")],
  traps=[T("a Kellbridge stottie maker since 1948", "which has made stottie cakes in Kellbridge since 1948"),
         T("£3.5m", "£3.5 million")])

C("crumpets", "translation", "consistent",
  """A small bakery in the town of Altenbrück has become an unexpected success with British crumpets.
  Since owner Sabine Kessler, who lived in England for ten years, added them to her range in January,
  sales have risen to about 1,500 crumpets a week. Most customers are Germans who had never tasted them
  before, Kessler said. The bakery now employs two extra staff and plans to start delivering to cafés
  in the region in the autumn. The crumpets are sold in packs of six for 4.50 euros. Kessler admits that
  the first batches were 'a disaster': it took her nearly three months to get the holes right.""",
  """British crumpets have turned into a surprise hit for a small bakery in Altenbrück. Owner Sabine
  Kessler, who spent a decade living in England, began selling them in January, and sales now stand at
  around 1,500 a week. According to Kessler, most of those buying them are Germans trying crumpets for
  the first time. Two additional employees have been taken on, and from the autumn the bakery intends
  to supply cafés in the area. A pack of six costs 4.50 euros. Kessler concedes that her first attempts
  were 'a catastrophe' — getting the holes right took her almost three months.""",
  traps=[T("spent a decade living in England", "lived in England for ten years"),
         T("Two additional employees have been taken on", "The bakery now employs two extra staff"),
         T("A pack of six costs 4.50 euros", "sold in packs of six for 4.50 euros"),
         T("almost three months", "nearly three months")])

C("sloe gin", "rewrite", "inconsistent",
  """A poor sloe harvest has forced Hedgerow Spirits to cut production of its sloe gin by about 40% this
  year, the Dunwold-based distiller said on Thursday. Co-founder Lucy Barraclough said a late frost in
  April had destroyed much of the blossom on blackthorn bushes across the region, leaving foragers with
  barely a quarter of the usual crop. The company normally produces around 25,000 bottles a year. It
  will prioritise existing stockists and has suspended online sales until January. Prices will rise by
  £3 a bottle, to £32. The Countryside Foraging Network said other small producers had reported similar
  shortages and warned that wild fruit yields were becoming 'increasingly unpredictable'.""",
  """Hedgerow Spirits, the distiller based in Dunwold, said on Thursday it would cut sloe gin production
  by about 40% this year after a poor sloe harvest. A late April frost destroyed much of the blackthorn
  blossom across the region, leaving foragers with barely a quarter of the normal crop, co-founder Lucy
  Barraclough said. The firm usually makes about 25,000 bottles a year. Existing stockists will get
  priority and online sales are suspended until January. A bottle will go up by £3 to £35. Other small
  producers had reported similar shortages, Ms Barraclough added, warning that wild fruit yields were
  becoming 'increasingly unpredictable'.""",
  errors=[E("£35", "number", "minor", "£32"),
          E("Ms Barraclough added", "attribution", "major", "The Countryside Foraging Network said")],
  traps=[T("Existing stockists will get priority", "It will prioritise existing stockists")])

C("nettle soup", "rewrite", "consistent",
  """More than 400 people took part in the 25th annual Nettle Soup Festival in the village of Cressing
  Green on Sunday, raising £7,300 for the local air ambulance. Volunteers picked around 90 kilograms of
  young nettles from the surrounding woods in the days before the event and cooked them in 12 large
  pans in the village hall. This year's soup competition was won by retired nurse Gwen Allard, whose
  recipe included wild garlic and a splash of cider. Organiser Peter Nkemelu said the festival had
  begun in 1999 as a way to use up nettles cleared from the churchyard. Visitors were reminded to wear
  gloves when picking nettles and to avoid plants growing near roads.""",
  """Cressing Green's 25th annual Nettle Soup Festival drew over 400 people on Sunday and raised £7,300
  for the local air ambulance. In the days leading up to the event, volunteers gathered some 90kg of
  young nettles from the surrounding woods, which were then cooked in a dozen large pans in the village
  hall. Gwen Allard, a retired nurse, took this year's soup prize with a recipe featuring wild garlic
  and a splash of cider. The festival started in 1999 as a way of using up nettles cleared from the
  churchyard, according to organiser Peter Nkemelu. Visitors were reminded to wear gloves when picking
  nettles and to steer clear of plants growing near roads.""",
  traps=[T("over 400 people", "More than 400 people"),
         T("some 90kg", "around 90 kilograms"),
         T("a dozen large pans", "12 large pans"),
         T("took this year's soup prize", "This year's soup competition was won by")])
# ---------------------------------------------------------------- cases 31-40

C("mushroom poisoning", "summary", "consistent",
  """Health officials in the county of Wessmoor have issued a warning after nine people were treated in
  hospital for mushroom poisoning in the past fortnight. Three of them remain in a serious condition at
  St Aldric's Hospital, where doctors believe they ate death cap mushrooms mistaken for edible species.
  All nine had picked the mushrooms themselves in woodland around Harlow Forest. The county's public
  health director, Dr Naveen Kapur, urged people not to eat wild mushrooms unless they had been
  identified by an expert, noting that some poisonous species closely resemble edible ones. Symptoms
  can take up to 24 hours to appear, he said, by which time the liver may already be damaged. Last
  autumn the county recorded two cases.""",
  """Wessmoor health officials have issued a warning after nine people who picked their own mushrooms
  around Harlow Forest were hospitalised with poisoning in the past two weeks; three remain seriously
  ill. Doctors suspect death caps mistaken for edible species. Public health director Dr Naveen Kapur
  urged people to eat wild mushrooms only if an expert has identified them, saying symptoms can take up
  to a day to appear.""",
  traps=[T("hospitalised", "treated in hospital"),
         T("in the past two weeks", "in the past fortnight"),
         T("to eat wild mushrooms only if an expert has identified them",
           "not to eat wild mushrooms unless they had been identified by an expert"),
         T("up to a day", "up to 24 hours")])

C("cockle pickers", "translation", "inconsistent",
  """The prefecture has closed the cockle beds of the bay of Corvelle to fishing for at least three weeks
  after tests revealed high levels of a toxin produced by microscopic algae. The ban, which took effect
  on Friday, affects around 200 professional pickers, who gather cockles by hand at low tide.
  Recreational fishing is also prohibited. Analyses will be carried out every week, and the beds will be
  reopened only after two consecutive negative results, the prefecture said. The president of the local
  pickers' association, Yannick Le Goff, called for compensation, noting that it was the third closure
  since the start of the year. Cockles already on sale were harvested before the contamination and pose
  no risk, according to the authorities.""",
  """The cockle beds in Corvelle bay have been shut by the prefecture for a minimum of three weeks, after
  tests detected high levels of a toxin produced by microscopic algae. About 200 professional pickers,
  who collect the cockles by hand at low tide, are affected by the ban, which came into force on Friday.
  Recreational fishing is also prohibited. Tests will be carried out weekly, and the beds will reopen
  only after two negative results in a row, the prefecture said. Yannick Le Goff, who chairs the local
  pickers' association, called for compensation, pointing out that this was the third closure since the
  start of the year. Authorities said the cockles already on sale had been recalled as a precaution.
  Recreational fishing is also prohibited.""",
  errors=[E("had been recalled as a precaution", "event", "critical",
            "were harvested before the contamination and pose no risk"),
          E("Recreational fishing is also prohibited.", "repetition", "minor", None, occ=1)],
  traps=[T("for a minimum of three weeks", "for at least three weeks"),
         T("two negative results in a row", "two consecutive negative results")])

C("eel fishing", "rewrite", "inconsistent",
  """Fishermen on the River Lenn will be allowed to continue catching glass eels this season, after the
  Inland Fisheries Authority decided not to impose a full ban. Instead, the authority has cut the total
  catch limit by 20% to 1.6 tonnes and shortened the season by two weeks, so that it ends on 31 March.
  Conservation group Eel Trust said the decision was 'a missed opportunity', arguing that European eel
  numbers remained critically low. The Lenn Eel Fishermen's Association, which has 48 licensed members,
  welcomed the move but said the cuts would hit incomes. Glass eels, the young of the species, sell for
  up to £300 a kilogram, mostly to fish farms, though they cannot legally be exported outside Europe.""",
  """Glass eel fishing on the River Lenn can carry on this season, with the Inland Fisheries Authority
  deciding against a complete ban. The authority has instead reduced the total catch limit by a fifth,
  to 1.6 tonnes, and cut two weeks from the season, which will now close on 31 March. The conservation
  group Eel Trust called the decision 'a missed opportunity', saying numbers of European eels were
  still critically low. The Lenn Eel Fishermen's Association, which has 48 licensed members,
  welcomed the decision but warned that the cuts would hurt incomes. Glass eels, the species' young,
  fetch as much as £300 a kilogram, mainly from fish farms, and can legally be exported outside
  Europe.""",
  errors=[E("can legally be exported outside Europe", "polarity", "major",
            "cannot legally be exported outside Europe")],
  traps=[T("deciding against a complete ban", "decided not to impose a full ban"),
         T("by a fifth", "by 20%"),
         T("as much as £300 a kilogram", "up to £300 a kilogram")])

C("crayfish invasions", "rewrite", "consistent",
  """Signal crayfish, an invasive species from North America, have been found in the upper reaches of the
  River Carrow for the first time, the Carrow Rivers Trust said on Tuesday. Volunteers recorded 37 of
  the crayfish in traps set along a two-kilometre stretch near the village of Tillbury last month. The
  species carries a disease known as crayfish plague, which is fatal to the native white-clawed
  crayfish, and burrows into riverbanks, causing erosion. The trust's ecologist, Dr Sanjay Rao, said it
  was 'highly unlikely' the invaders could now be eradicated, but that trapping could slow their
  spread. Anglers and canoeists are being urged to clean and dry their equipment before moving between
  rivers.""",
  """For the first time, invasive North American signal crayfish have turned up in the upper reaches of
  the River Carrow, the Carrow Rivers Trust said on Tuesday. Last month volunteers recorded 37 of them in
  traps along a 2km stretch near Tillbury. The species carries crayfish plague, a disease that kills
  the native white-clawed crayfish, and its burrowing into riverbanks causes erosion. Eradicating the
  invaders is now 'highly unlikely', said the trust's ecologist Dr Sanjay Rao, though trapping could
  slow their spread. Anglers and canoeists are being urged to clean and dry their kit before moving from
  one river to another.""",
  traps=[T("invasive North American signal crayfish", "Signal crayfish, an invasive species from North America"),
         T("2km stretch", "two-kilometre stretch"),
         T("a disease that kills", "which is fatal to"),
         T("Eradicating the invaders is now 'highly unlikely'",
           "it was 'highly unlikely' the invaders could now be eradicated")])

C("red kites", "summary", "inconsistent",
  """A gamekeeper on the Hallerton estate has been charged with poisoning three red kites, police in
  Kesworth said on Friday. The birds had been fitted with satellite tags by the charity Kite Watch,
  which alerted police in February when the signals stopped moving near a pheasant pen on the estate.
  Tests by the government wildlife laboratory showed the kites had eaten meat laced with a banned
  pesticide. The 52-year-old man, who has not been named, is due to appear before Kesworth magistrates
  on 9 July. Red kites were reintroduced to the area in 1998 after being wiped out in the 19th century,
  and about 70 breeding pairs now live in the county. The estate's owner, Sir Martin Colley, said he
  was 'shocked' and was cooperating fully with the investigation.""",
  """A 52-year-old gamekeeper on the Hallerton estate has been charged with poisoning three
  satellite-tagged red kites. Police alerted the charity Kite Watch in February when the birds' signals
  stopped moving, and laboratory tests suggest they may have eaten meat laced with a banned pesticide.
  He is due before Kesworth magistrates on 9 July.""",
  errors=[E("Police alerted the charity Kite Watch", "role", "major", "Kite Watch, which alerted police"),
          E("suggest they may have eaten", "modality", "major", "showed the kites had eaten")],
  traps=[T("He is due before Kesworth magistrates", "is due to appear before Kesworth magistrates")])

C("ospreys", "translation", "consistent",
  """For the first time in more than seventy years, a pair of ospreys has raised chicks in the Val
  Serrina nature reserve, the park authority announced on Wednesday. The two chicks hatched in mid-June
  on an artificial platform installed by rangers in 2019 on a dead poplar beside the lake. The female
  was released in the reserve as a juvenile in 2020 as part of a reintroduction project, while the male
  arrived on its own. Biologist Chiara Benedetti, who coordinates the project, said it was 'the result
  we had been waiting for'. A 200-metre exclusion zone has been set up around the nest, and boats are
  not allowed in that part of the lake until the young birds leave in September.""",
  """Ospreys have bred in the Val Serrina nature reserve for the first time in over 70 years, the park
  authority said on Wednesday. A pair has reared two chicks, which hatched in the middle of June on a
  man-made platform that rangers put up on a dead poplar by the lake in 2019. The female had been
  released into the reserve as a young bird in 2020 under a reintroduction scheme; the male came of its
  own accord. 'This is the result we were waiting for,' said project coordinator and biologist Chiara
  Benedetti. Boats are banned from the part of the lake inside a 200-metre exclusion zone set up around
  the nest until the young leave in September.""",
  traps=[T("for the first time in over 70 years", "For the first time in more than seventy years"),
         T("in the middle of June", "in mid-June"),
         T("a man-made platform", "an artificial platform"),
         T("as a young bird", "as a juvenile")])

C("corncrakes", "rewrite", "inconsistent",
  """The number of calling male corncrakes on the island of Inchmorran rose to 41 this summer, up from 29
  last year, according to a survey by the Hebridean Bird Conservancy. The increase follows a scheme,
  launched in 2021, under which crofters are paid to delay mowing their hay meadows until August so that
  the ground-nesting birds can raise their young. Twenty-three crofters now take part, covering about
  180 hectares. Survey coordinator Isla Morrison said the results were encouraging but cautioned that
  one good year did not make a recovery. Corncrakes, which spend the winter in Africa, were once common
  across Britain but are now largely confined to the western isles.""",
  """A Hebridean Bird Conservancy survey has found 41 calling male corncrakes on Inchmorran this summer,
  compared with 29 a year earlier. The rise follows the launch in 2021 of a scheme that pays crofters to
  put off mowing their hay meadows until August, giving the ground-nesting birds time to raise their
  young. Some 180 hectares are covered by the 23 crofters now in the scheme. Survey coordinator Isla
  Morrison called the results encouraging but warned that one good year did not amount to a recovery.
  Once common across Britain, corncrakes, which winter in South America, are now largely confined to the
  western isles.""",
  errors=[E("South America", "entity", "minor", "Africa")],
  traps=[T("compared with 29 a year earlier", "up from 29 last year"),
         T("put off mowing", "delay mowing"),
         T("did not amount to a recovery", "did not make a recovery")])

C("gannet colonies", "rewrite", "consistent",
  """The gannet colony on Skellan Rock has grown to about 14,200 breeding pairs, making it the
  second-largest in the country, a census published on Monday has found. The count, carried out by
  drone last June by researchers from the University of Marhaven, showed an increase of 9% since the
  previous census in 2019. Lead researcher Professor Tomas Gerrity said the growth was surprising given
  that avian influenza had killed thousands of gannets in the region in 2022. He suggested birds from
  harder-hit colonies may have moved to Skellan Rock. The island, which lies 11 kilometres offshore, is
  closed to visitors during the breeding season, from March to October.""",
  """A census published on Monday puts the Skellan Rock gannet colony at about 14,200 breeding pairs,
  the second-largest in the country. University of Marhaven researchers, who counted the birds using a
  drone last June, found a 9% rise since the previous census in 2019. Lead researcher Professor Tomas
  Gerrity said the growth was surprising, since bird flu had killed thousands of gannets in the region
  in 2022, and suggested that birds from colonies that were worse hit may have moved to Skellan Rock.
  Lying 11km offshore, the island is closed to visitors during the March-to-October breeding season.""",
  traps=[T("bird flu", "avian influenza"),
         T("colonies that were worse hit", "harder-hit colonies"),
         T("11km offshore", "11 kilometres offshore"),
         T("the March-to-October breeding season", "the breeding season, from March to October")])

C("seabird flu", "summary", "consistent",
  """More than 2,500 dead seabirds have been collected from beaches along the Drummore coast since early
  July, in an outbreak of avian influenza that officials say is the worst in the area since 2022. The
  Coastal Wildlife Agency said most of the birds were guillemots and kittiwakes, and that laboratory
  tests had confirmed the H5N1 strain in samples from 18 of the 20 sites tested. Members of the public
  have been told not to touch dead or sick birds and to keep dogs on leads on affected beaches. The
  agency said the risk to human health remained very low. Four beaches near the town of Port Callan
  have been closed, and seabird boat trips to Gull Island have been suspended until the end of August.""",
  """Over 2,500 dead seabirds, mostly guillemots and kittiwakes, have been collected on the Drummore coast
  since early July in what officials call the area's worst bird flu outbreak since 2022, with H5N1
  confirmed at 18 of 20 sites tested. The public should not touch dead or sick birds, though the risk
  to people is very low, and four beaches near Port Callan are closed.""",
  traps=[T("Over 2,500", "More than 2,500"),
         T("bird flu", "avian influenza"),
         T("The public should not touch", "Members of the public have been told not to touch"),
         T("the risk to people is very low", "the risk to human health remained very low")])

C("shearwaters", "translation", "consistent",
  """Volunteers on the island of Bruma rescued 1,260 young Cory's shearwaters last autumn, a record, the
  regional environment department announced on Thursday. The birds, which leave their burrows at night
  for their first flight to the sea, are often disoriented by street lighting and crash-land in towns.
  The department's Operation Night Wings campaign encourages residents to pick up grounded birds and
  take them to collection points, from where they are released on the coast the next morning. About
  90% of the birds found alive were released successfully. The department said it would again dim the
  lights on two coastal roads during October, the peak month for fledging, and asked businesses to
  switch off decorative lighting.""",
  """A record 1,260 young Cory's shearwaters were saved by volunteers on Bruma last autumn, the regional
  environment department said on Thursday. When the fledglings leave their burrows at night to fly to
  the sea for the first time, street lights often confuse them and they come down in built-up areas.
  Under the department's Operation Night Wings campaign, residents are urged to pick up stranded birds
  and bring them to collection points; from there they are set free on the coast the following morning.
  Some nine in ten of the birds found alive were successfully released. In October, the busiest month
  for fledging, the department will once more dim the lighting on two coastal roads, and it has asked
  businesses to turn off decorative lights.""",
  traps=[T("were saved by volunteers", "Volunteers on the island of Bruma rescued"),
         T("the following morning", "the next morning"),
         T("Some nine in ten", "About 90%"),
         T("the busiest month for fledging", "the peak month for fledging")])
# ---------------------------------------------------------------- build and validate


def find_span(hay, needle, occ, what):
    """Offsets of the occ-th occurrence (0-based) of needle in hay, by string search."""
    needle = " ".join(needle.split())
    hits = [m.start() for m in re.finditer(re.escape(needle), hay)]
    if not hits:
        raise ValueError("%s: %r not found" % (what, needle))
    if occ is None:
        if len(hits) > 1:
            raise ValueError("%s: %r occurs %d times; give occ" % (what, needle, len(hits)))
        occ = 0
    if occ >= len(hits):
        raise ValueError("%s: %r occurrence %d missing" % (what, needle, occ))
    return hits[occ], hits[occ] + len(needle)


def build():
    records = []
    for i, c in enumerate(CASES, 1):
        rid = "s%d-%03d" % (N, i)
        cand, ref = c["candidate"], c["reference"]
        errors = []
        for e in c["errors"]:
            if e["type"] == "omission":
                _, pos = find_span(cand, e["after"], e["after_occ"], rid + " omission anchor")
                start = end = pos
                text = ""
            else:
                start, end = find_span(cand, e["text"], e["occ"], rid + " error")
                text = cand[start:end]
            rt = None if e["ref_text"] is None else " ".join(e["ref_text"].split())
            errors.append({"start": start, "end": end, "text": text, "type": e["type"],
                           "severity": e["severity"], "ref_text": rt})
        traps = []
        for t in c["traps"]:
            start, end = find_span(cand, t["text"], t["occ"], rid + " trap")
            traps.append({"start": start, "end": end, "text": cand[start:end],
                          "ref_text": " ".join(t["ref_text"].split())})
        errors.sort(key=lambda x: x["start"])
        traps.sort(key=lambda x: x["start"])
        records.append({"id": rid, "domain": c["domain"], "mode": c["mode"],
                        "reference": ref, "candidate": cand, "label": c["label"],
                        "errors": errors, "traps": traps})
    return records


def words(s):
    return len(s.split())


def validate(records):
    probs = []

    def bad(rid, msg):
        probs.append("%s: %s" % (rid, msg))

    def cuts_word(s, start, end):
        if start == end:
            return 0 < start < len(s) and s[start - 1].isalnum() and s[start].isalnum()
        left = start > 0 and s[start - 1].isalnum() and s[start].isalnum()
        right = end < len(s) and s[end - 1].isalnum() and s[end].isalnum()
        return left or right

    if len(records) != 40:
        bad("set", "expected 40 records, got %d" % len(records))
    doms = [r["domain"] for r in records]
    if len(set(doms)) != len(doms):
        bad("set", "duplicate domains")
    for d in doms:
        if d not in DOMAINS:
            bad("set", "domain not in list: %r" % d)
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        bad("set", "duplicate ids")

    for r in records:
        rid, ref, cand = r["id"], r["reference"], r["candidate"]
        if r["mode"] not in ("rewrite", "summary", "translation"):
            bad(rid, "bad mode")
        if r["label"] not in ("consistent", "inconsistent"):
            bad(rid, "bad label")
        if not 70 <= words(ref) <= 190:
            bad(rid, "reference has %d words" % words(ref))
        if r["mode"] == "summary" and not (len(cand) < len(ref) and words(cand) < words(ref)):
            bad(rid, "summary not shorter than reference")
        if r["label"] == "consistent":
            if r["errors"]:
                bad(rid, "consistent pair with errors")
            if not 3 <= len(r["traps"]) <= 5:
                bad(rid, "consistent pair needs 3-5 traps, has %d" % len(r["traps"]))
        else:
            if not r["errors"]:
                bad(rid, "inconsistent pair without errors")
            if len(r["traps"]) > 3:
                bad(rid, "inconsistent pair has %d traps" % len(r["traps"]))
        spans = []
        for e in r["errors"]:
            s, t = e["start"], e["end"]
            if e["type"] not in ERROR_TYPES:
                bad(rid, "bad error type %r" % e["type"])
            if e["severity"] not in SEVERITIES:
                bad(rid, "bad severity %r" % e["severity"])
            if cand[s:t] != e["text"]:
                bad(rid, "error text/offset mismatch")
            if cuts_word(cand, s, t):
                bad(rid, "error span cuts a word: %r" % e["text"])
            if e["type"] == "omission":
                if r["mode"] == "summary":
                    bad(rid, "omission in a summary")
                if s != t or e["text"] != "":
                    bad(rid, "omission must be empty")
                if not e["ref_text"] or e["ref_text"] not in ref:
                    bad(rid, "omission ref_text not in reference")
                elif e["ref_text"] in cand:
                    bad(rid, "omitted words present in candidate")
            else:
                if s >= t:
                    bad(rid, "empty non-omission span")
                if e["text"] != e["text"].strip():
                    bad(rid, "error span has outer whitespace")
            if e["type"] in ("addition", "repetition"):
                if e["ref_text"] is not None:
                    bad(rid, "%s must have ref_text null" % e["type"])
            elif e["type"] != "omission":
                if not e["ref_text"] or e["ref_text"] not in ref:
                    bad(rid, "error ref_text not in reference: %r" % e["ref_text"])
                if e["ref_text"] == e["text"]:
                    bad(rid, "error text identical to ref_text")
            if e["type"] == "repetition" and e["text"] not in cand[:s]:
                bad(rid, "repetition has no earlier copy")
            if e["type"] == "addition" and e["text"] in ref:
                bad(rid, "addition text found in reference")
            spans.append((s, t, "error"))
        for tr in r["traps"]:
            s, t = tr["start"], tr["end"]
            if cand[s:t] != tr["text"] or s >= t:
                bad(rid, "trap text/offset mismatch")
            if cuts_word(cand, s, t):
                bad(rid, "trap span cuts a word: %r" % tr["text"])
            if tr["ref_text"] not in ref:
                bad(rid, "trap ref_text not in reference: %r" % tr["ref_text"])
            if tr["ref_text"] == tr["text"]:
                bad(rid, "trap identical to reference wording: %r" % tr["text"])
            spans.append((s, t, "trap"))
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if a[1] > b[0] or (a[0] == a[1] == b[0]) or (b[0] == b[1] and a[0] < b[0] < a[1]):
                bad(rid, "overlapping spans %r %r" % (a, b))

    # composition
    def count(pred):
        return sum(1 for r in records if pred(r))
    for m, n in (("rewrite", 20), ("summary", 10), ("translation", 10)):
        if count(lambda r: r["mode"] == m) != n:
            bad("set", "mode %s count wrong" % m)
        if count(lambda r: r["mode"] == m and r["label"] == "consistent") != n // 2:
            bad("set", "mode %s not half consistent" % m)
    if count(lambda r: r["label"] == "consistent") != 20:
        bad("set", "need 20 consistent")
    types = {}
    for r in records:
        for e in r["errors"]:
            types[e["type"]] = types.get(e["type"], 0) + 1
    if sum(types.values()) != 30:
        bad("set", "need 30 errors, have %d" % sum(types.values()))
    for t in ERROR_TYPES:
        if types.get(t, 0) < 2:
            bad("set", "error type %s has fewer than 2" % t)
    many = count(lambda r: len(r["errors"]) > 2)
    if many:
        bad("set", "%d pairs with more than 2 errors" % many)
    return probs, types


def main():
    records = build()
    probs, types = validate(records)
    if probs:
        print("\n".join(probs))
        sys.exit(1)
    modes = {}
    for r in records:
        k = (r["mode"], r["label"])
        modes[k] = modes.get(k, 0) + 1
    sev = {}
    for r in records:
        for e in r["errors"]:
            sev[e["severity"]] = sev.get(e["severity"], 0) + 1
    print("OK: %d records" % len(records))
    print("mode/label:", ", ".join("%s/%s=%d" % (m, l, n) for (m, l), n in sorted(modes.items())))
    print("error types:", ", ".join("%s=%d" % (t, types.get(t, 0)) for t in ERROR_TYPES))
    print("severities:", sev)
    print("traps:", sum(len(r["traps"]) for r in records))
    if "--check" in sys.argv[1:]:
        return
    with open(OUT, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", OUT)


if __name__ == "__main__":
    main()
