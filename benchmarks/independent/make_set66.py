#!/usr/bin/env python3
"""Held-out evaluation set 66 for a fact-comparison tool.

How it was made: every pair below was hand-written, as Python data, by a helper
that saw no code or data of the project, working only from a written brief.
All people, companies, organisations, places and figures are invented; real
countries appear only as background. Character offsets are never typed by
hand: they are computed here by string search (with an occurrence index where
a quoted text repeats) and everything is validated before writing.

Composition (40 pairs, one domain each):
  modes:  20 rewrite (10 consistent / 10 inconsistent),
          10 summary (5 / 5), 10 translation (5 / 5)
  labels: 20 consistent, 20 inconsistent
  errors: 30 in all -- number 4; entity, date, role, polarity, modality,
          attribution 3 each; event, omission, addition, repetition 2 each
          (10 inconsistent pairs carry one error, 10 carry two)
  traps:  3-5 per consistent pair, 0-3 per inconsistent pair

Usage:
  python3 make_set66.py          # validate and write set66.jsonl next to this script
  python3 make_set66.py --check  # validate only, write nothing
"""
import json
import os
import re
import sys
from collections import Counter

N = 66
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "set%d.jsonl" % N)

DOMAINS = [
    "salt marsh grazing", "seaweed baths", "lava tubes", "owl boxes", "heronries",
    "vulture feeding stations", "water vole surveys", "glow worm walks", "organ builders",
    "lute workshops", "metronome collectors", "marionette theatres", "sword dancers",
    "barn dances", "salsa nights", "tap shoes", "costume hire", "scenery painters",
    "understudies", "snowshoe trails", "polar bear patrols", "windpumps", "aqueducts",
    "penny farthings", "velodromes", "tall ships", "drinking fountains", "public clocks",
    "steeplejacks", "tallow", "memory boxes", "ticket touts", "crowd stewards",
    "letterbox design", "street naming", "beating the bounds", "sauna clubs",
    "lifeguard exams", "glass-bottom boats", "diving bells",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = ["minor", "major", "critical"]

CASES = []


def E(text, etype, severity, ref, occ=0):
    """An error span: `text` quoted from the candidate (occurrence `occ`)."""
    return {"kind": "span", "text": text, "type": etype, "severity": severity,
            "ref_text": ref, "occ": occ}


def O(anchor, ref, severity, anchor_occ=0):
    """An omission: the missing words `ref` belong right after `anchor`."""
    return {"kind": "omission", "anchor": anchor, "type": "omission",
            "severity": severity, "ref_text": ref, "occ": anchor_occ}


def T(text, ref, occ=0):
    """A trap: faithful rewording `text` of reference wording `ref`."""
    return {"text": text, "ref_text": ref, "occ": occ}


def C(domain, mode, label, reference, candidate, errors=(), traps=()):
    CASES.append({"domain": domain, "mode": mode, "label": label,
                  "reference": reference, "candidate": candidate,
                  "errors": list(errors), "traps": list(traps)})

# ---------------------------------------------------------------- cases 1-10

C("salt marsh grazing", "rewrite", "consistent",
  "The Harrowmere Estuary Trust will reintroduce cattle grazing on 340 hectares of salt marsh at "
  "Tollick Point from 1 May, the trust said on Monday. A herd of 60 Belted Welland cattle, supplied "
  "by local farmer Owen Pardrick, will graze the marsh until late September, when the animals will "
  "be moved inland before winter tides. The trust's conservation manager, Delia Ormsby, said grazing "
  "was expected to reduce the dominance of sea couch grass and create shorter turf favoured by "
  "breeding redshank. Public footpaths across the marsh will remain open, but dogs must be kept on "
  "leads while the cattle are present. The scheme is funded by a £185,000 grant from the Coastal "
  "Habitats Fund and will be reviewed after three seasons.",
  "Cattle will once again graze 340 hectares of salt marsh at Tollick Point from 1 May under plans "
  "announced by the Harrowmere Estuary Trust on Monday. Sixty Belted Welland cattle, provided by "
  "Owen Pardrick, a farmer from the area, will stay on the marsh until late September and will then "
  "be taken inland ahead of the winter tides. According to Delia Ormsby, the trust's conservation "
  "manager, the grazing is likely to curb the dominance of sea couch grass and produce the shorter "
  "turf that breeding redshank prefer. Footpaths over the marsh will stay open to the public, "
  "although dogs will have to be on leads while the cattle are there. A £185,000 grant from the "
  "Coastal Habitats Fund is paying for the scheme, which will be reviewed after three seasons.",
  traps=[
      T("Sixty", "60"),
      T("a farmer from the area", "local farmer"),
      T("is likely to curb", "was expected to reduce"),
      T("A £185,000 grant from the Coastal Habitats Fund is paying for the scheme",
        "The scheme is funded by a £185,000 grant from the Coastal Habitats Fund"),
  ])

C("seaweed baths", "rewrite", "inconsistent",
  "Kilbrannagh's century-old seaweed baths will reopen on 14 June after an 18-month restoration "
  "costing €2.3 million, Dunmarra County Council confirmed yesterday. The Edwardian bathhouse on the "
  "town's north pier closed in late 2022 when inspectors found corrosion in its cast-iron tanks. "
  "Twelve of the original 16 porcelain tubs have been restored, and four replacement tubs have been "
  "made by a foundry in Ballycorran. The council said admission prices had not yet been set but "
  "would probably be similar to those charged before the closure. The baths will be run by the "
  "Kilbrannagh Community Cooperative under a 10-year lease, and the cooperative expects to employ "
  "eight staff during the summer season.",
  "Dunmarra County Council confirmed yesterday that Kilbrannagh's century-old seaweed baths will "
  "reopen on 14 June following an 18-month restoration that cost €3.2 million. The Edwardian "
  "bathhouse on the north pier shut in late 2022 after inspectors discovered corrosion in its "
  "cast-iron tanks. Of the original 16 porcelain tubs, 12 have been restored, while a Ballycorran "
  "foundry has made four replacements. Admission prices have not yet been set but will be the same "
  "as those charged before the closure, the council said. The Kilbrannagh Community Cooperative will "
  "operate the baths on a 10-year lease and expects to take on eight staff for the summer season.",
  errors=[
      E("€3.2 million", "number", "major", "€2.3 million"),
      E("will be the same as", "modality", "minor", "would probably be similar to"),
  ],
  traps=[
      T("Of the original 16 porcelain tubs, 12 have been restored",
        "Twelve of the original 16 porcelain tubs have been restored"),
      T("a Ballycorran foundry has made four replacements",
        "four replacement tubs have been made by a foundry in Ballycorran"),
  ])

C("lava tubes", "summary", "consistent",
  "The Vellmar Islands Geological Survey has mapped a previously unknown lava tube system stretching "
  "4.7 kilometres beneath the slopes of Mount Askel, the agency announced on Thursday. The tubes, "
  "formed by an eruption estimated to have occurred around 9,000 years ago, were first detected in "
  "2021 by ground-penetrating radar during road surveys. Survey teams entered the system last autumn "
  "and recorded three chambers more than 20 metres high, as well as mineral formations the agency "
  "described as 'exceptionally well preserved'. Chief geologist Marit Sollund said the site would not "
  "be opened to visitors because the roof in several sections was unstable. The survey plans to "
  "publish a full report early next year and has asked the island government to give the area "
  "protected status.",
  "A lava tube network almost 5km long has been mapped under Mount Askel by the Vellmar Islands "
  "Geological Survey. Detected by radar in 2021 and entered by survey teams last autumn, the system, "
  "which dates from an eruption thought to be about 9,000 years old, includes three chambers over 20 "
  "metres tall. Because parts of the roof are unstable, it will stay closed to the public, the chief "
  "geologist said. The agency wants the area protected and will publish a full report early next "
  "year.",
  traps=[
      T("almost 5km long", "4.7 kilometres"),
      T("thought to be about 9,000 years old", "estimated to have occurred around 9,000 years ago"),
      T("over 20 metres tall", "more than 20 metres high"),
      T("it will stay closed to the public", "would not be opened to visitors"),
  ])

C("owl boxes", "rewrite", "consistent",
  "Farmers in the Dellowby district installed 212 barn owl boxes last winter under a scheme run by "
  "the Northfold Raptor Group, and 71 of them were occupied by breeding pairs this spring, the group "
  "said in its annual report published on 3 August. That occupancy rate of about one in three is the "
  "highest since the scheme began in 2016. Volunteers ringed 164 chicks between May and July, "
  "compared with 119 last year. The group's coordinator, Samuel Brightwater, attributed the increase "
  "partly to a mild winter and a strong vole population, but warned that a wet spring next year "
  "could reverse the gains. The group intends to put up a further 80 boxes before March, subject to "
  "funding.",
  "This spring breeding barn owls moved into 71 of the 212 nest boxes that Dellowby farmers put up "
  "last winter through a Northfold Raptor Group scheme, according to the group's annual report, "
  "released on 3 August. At roughly a third, this is the best occupancy rate recorded since the "
  "scheme started in 2016. Between May and July, 164 chicks were ringed by volunteers, up from 119 a "
  "year earlier. Samuel Brightwater, who coordinates the group, put the rise down in part to a mild "
  "winter and plentiful voles, though he cautioned that the gains could be undone by a wet spring "
  "next year. The group plans to put up another 80 boxes before March if funding allows.",
  traps=[
      T("At roughly a third", "about one in three"),
      T("164 chicks were ringed by volunteers", "Volunteers ringed 164 chicks"),
      T("up from 119 a year earlier", "compared with 119 last year"),
      T("plentiful voles", "a strong vole population"),
  ])

C("heronries", "rewrite", "inconsistent",
  "A grey heron colony at Fallowmere Woods has grown to 48 occupied nests, making it the largest "
  "heronry in the county, according to a survey carried out by the Easterbrook Bird Club in April. "
  "The club has monitored the site every spring since 1987, when just nine nests were recorded. This "
  "year's count was led by club member Priya Hallam, who was trained by the club's former recorder, "
  "Geoffrey Stanmore. The landowner, Fallowmere Estates, has agreed to suspend tree felling within "
  "200 metres of the colony between February and August. The club said the figures would be "
  "submitted to the national heronries census, which has run since 1928.",
  "Fallowmere Woods now holds 48 occupied grey heron nests, the most of any heronry in the county, a "
  "survey conducted in April by the Easterbrook Bird Club has found. Only nine nests were found in "
  "1987, the year the club began its annual spring monitoring of the site. This year's count was led "
  "by the club's former recorder, Geoffrey Stanmore, who trained club member Priya Hallam. Fallowmere "
  "Estates, which owns the land, has agreed not to fell trees within 200 metres of the colony from "
  "February to August. The club said it would submit the figures to the national heronries census, "
  "which dates back to 1928.",
  errors=[
      E("the club's former recorder, Geoffrey Stanmore, who trained club member Priya Hallam",
        "role", "major",
        "club member Priya Hallam, who was trained by the club's former recorder, Geoffrey Stanmore"),
  ],
  traps=[
      T("the most of any heronry in the county", "the largest heronry in the county"),
      T("agreed not to fell trees", "agreed to suspend tree felling"),
  ])

C("vulture feeding stations", "summary", "inconsistent",
  "Conservationists in the Serrano Alta region recorded 1,240 griffon vultures at the area's five "
  "supplementary feeding stations during the winter count in January, up from 870 a year earlier, "
  "the Iberian Scavenger Foundation said on Wednesday. The stations, stocked with carcasses from "
  "local livestock farms, were set up in 2019 after a poisoning incident killed 37 birds. The "
  "foundation's field director, Lucía Carvallo, said the rise reflected better breeding success "
  "rather than birds moving in from elsewhere. However, the regional agriculture department has "
  "warned that new sanitary rules could limit the supply of carcasses from next year. The foundation "
  "is seeking €90,000 to build a sixth station near the village of Almendrejo.",
  "Winter counts at Serrano Alta's five vulture feeding stations found 1,420 griffon vultures in "
  "January, up from 870 the previous year, according to the Iberian Scavenger Foundation. Its field "
  "director attributes the rise to better breeding success rather than an influx from elsewhere. The "
  "foundation has also warned that new sanitary rules could restrict carcass supplies from next "
  "year. It is seeking €90,000 to build a sixth station.",
  errors=[
      E("1,420", "number", "major", "1,240"),
      E("The foundation has also warned", "attribution", "major",
        "the regional agriculture department has warned"),
  ],
  traps=[
      T("an influx from elsewhere", "birds moving in from elsewhere"),
  ])

C("water vole surveys", "rewrite", "consistent",
  "Water voles have been found at 23 of the 40 sites surveyed along the River Wendle this summer, "
  "compared with 11 sites when the last full survey was carried out in 2018, the Wendle Valley "
  "Rivers Trust reported on 12 September. The trust attributed the recovery mainly to a mink control "
  "programme that began in 2019 and to bank restoration work on eight kilometres of the river. Survey "
  "coordinator Hannah Ruddock said the results were encouraging but cautioned that the population "
  "remained fragmented, with no voles found upstream of Carnby Weir. Volunteers will repeat the "
  "survey in 2026, and the trust is seeking landowners' permission to extend mink monitoring to two "
  "tributaries.",
  "Water voles were recorded at 23 of 40 sites surveyed on the River Wendle this summer, more than "
  "twice the 11 sites where they were found in the previous full survey, in 2018, according to a "
  "report issued by the Wendle Valley Rivers Trust on 12 September. The recovery is mainly down to "
  "mink control, under way since 2019, and to the restoration of banks along eight kilometres of the "
  "river, the trust said. While describing the findings as encouraging, survey coordinator Hannah "
  "Ruddock warned that the population was still fragmented: no voles were found above Carnby Weir. "
  "The survey will be repeated by volunteers in 2026. Meanwhile the trust wants landowners to allow "
  "mink monitoring to be extended to two tributaries.",
  traps=[
      T("more than twice the 11 sites", "compared with 11 sites"),
      T("above Carnby Weir", "upstream of Carnby Weir"),
      T("The survey will be repeated by volunteers in 2026", "Volunteers will repeat the survey in 2026"),
      T("the trust wants landowners to allow mink monitoring to be extended",
        "the trust is seeking landowners' permission to extend mink monitoring"),
  ])

C("glow worm walks", "rewrite", "inconsistent",
  "Guided glow worm walks will return to Hollinsby Common on Friday evenings from 20 June to 25 July, "
  "the Hollinsby Countryside Service announced on Tuesday. The walks, which are free but must be "
  "booked in advance, start at 9.30pm from the Beacon Lane car park and last about 90 minutes. "
  "Numbers are limited to 25 people per walk to reduce disturbance to the insects. Ranger Tom Ashdown "
  "said last year's walks recorded 310 glowing females, the highest count since records began in "
  "2009. Participants are asked not to use torches with white light; red-filtered torches will be "
  "provided. Walks will be cancelled in heavy rain.",
  "The Hollinsby Countryside Service said on Tuesday that its guided glow worm walks on Hollinsby "
  "Common would be back on Friday evenings between 20 June and 25 July. The walks are free and leave "
  "the Beacon Lane car park at 10.30pm, lasting around an hour and a half. Each walk is capped at 25 "
  "people to limit disturbance to the insects. According to ranger Tom Ashdown, 310 glowing females "
  "were counted on last year's walks, the most since records began in 2009. Walkers are asked not to "
  "use white-light torches; red-filtered ones will be provided. Walks will be called off in heavy "
  "rain.",
  errors=[
      O("The walks are free", "must be booked in advance", "major"),
      E("10.30pm", "date", "major", "9.30pm"),
  ],
  traps=[
      T("lasting around an hour and a half", "last about 90 minutes"),
      T("capped at 25 people", "limited to 25 people"),
  ])

C("organ builders", "translation", "consistent",
  "The organ-building workshop Hallerbach & Söhne in Kirchwald has completed the restoration of the "
  "baroque organ of St. Ulrich's church after four years of work, the parish announced on Sunday. The "
  "instrument, built in 1742 by the master organ builder Johann Peter Reisinger, has 2,116 pipes, of "
  "which around 600 had to be newly made. The costs amounted to 1.4 million euros, two thirds of "
  "which were borne by the diocese. According to workshop head Martina Hallerbach, the greatest "
  "challenge was the reconstruction of the original bellows, which had been replaced by an electric "
  "blower in the 1950s. The organ will be played again for the first time at a festive service on "
  "8 September.",
  "After a four-year project, the Kirchwald organ builders Hallerbach & Sons have finished restoring "
  "the baroque organ in St Ulrich's Church, the parish said on Sunday. Master organ builder Johann "
  "Peter Reisinger built the instrument in 1742; about 600 of its 2,116 pipes had to be made from "
  "scratch. The work cost €1.4m, with the diocese covering two-thirds of the bill. Martina "
  "Hallerbach, who heads the workshop, said the hardest task had been rebuilding the original "
  "bellows, replaced in the 1950s by an electric blower. The organ will sound again for the first "
  "time at a celebratory service on 8 September.",
  traps=[
      T("Hallerbach & Sons", "Hallerbach & Söhne"),
      T("made from scratch", "newly made"),
      T("€1.4m", "1.4 million euros"),
      T("the diocese covering two-thirds of the bill", "two thirds of which were borne by the diocese"),
      T("the hardest task", "the greatest challenge"),
  ])

C("lute workshops", "rewrite", "consistent",
  "The Corvallen School of Early Music will hold a two-week lute-making workshop from 4 to 15 August, "
  "led by instrument maker Elena Marsh, the school said in a statement on Friday. Eight participants "
  "will each build a six-course Renaissance lute from pre-cut kits of maple and spruce. The course "
  "fee of £1,650 includes materials, tools and lunch, but not accommodation. Applicants must have "
  "basic woodworking experience, and places will be allocated in the order applications are "
  "received. Marsh, who has built more than 140 instruments over 30 years, said a finished lute "
  "typically takes a professional maker around 200 hours. The school expects to repeat the workshop "
  "next year if demand is strong.",
  "Instrument maker Elena Marsh is to lead a lute-making workshop at the Corvallen School of Early "
  "Music running for a fortnight, from 4 to 15 August, the school announced in a statement on "
  "Friday. Working from pre-cut maple and spruce kits, each of the eight participants will make a "
  "six-course Renaissance lute. Materials, tools and lunch are covered by the £1,650 fee; "
  "accommodation is not. Places will go to applicants on a first-come, first-served basis, and basic "
  "woodworking experience is required. Marsh, who has made over 140 instruments in three decades, "
  "said it typically takes a professional about 200 hours to finish a lute. Should demand be strong, "
  "the school is likely to run the workshop again next year.",
  traps=[
      T("for a fortnight", "two-week"),
      T("Materials, tools and lunch are covered by the £1,650 fee; accommodation is not",
        "The course fee of £1,650 includes materials, tools and lunch, but not accommodation"),
      T("on a first-come, first-served basis", "in the order applications are received"),
      T("in three decades", "over 30 years"),
      T("is likely to run the workshop again", "expects to repeat the workshop"),
  ])

# --------------------------------------------------------------- cases 11-20

C("metronome collectors", "rewrite", "inconsistent",
  "A collection of 430 antique metronomes assembled over five decades by retired piano tuner Walter "
  "Finchley has been donated to the Ravensgate Museum of Music, the museum said on Wednesday. The "
  "collection includes a Maelzel-pattern metronome from about 1820, which curator Anna Kowalczyk "
  "described as 'one of perhaps a dozen surviving examples'. An independent valuer, Richard Osgood, "
  "estimated the collection's total value at around £300,000. Around 50 pieces will go on display in "
  "a new gallery opening in March, while the remainder will be made available to researchers by "
  "appointment. Finchley, 84, said he wanted the collection to stay together rather than be sold at "
  "auction.",
  "Retired piano tuner Walter Finchley has given the Ravensgate Museum of Music the 430 antique "
  "metronomes he collected over 50 years, the museum announced on Wednesday. Among them is a "
  "Maelzel-pattern metronome dating from around 1820, which the curator, Anna Kowalczyk, called 'one "
  "of perhaps a dozen surviving examples'. Kowalczyk put the value of the whole collection at about "
  "£300,000. Some 50 items will be shown in a new gallery due to open in March, and researchers will "
  "be able to see the rest by appointment. Finchley, 84, said he wanted the collection to be kept "
  "together instead of being auctioned off.",
  errors=[
      E("Kowalczyk", "attribution", "major", "An independent valuer, Richard Osgood", occ=1),
  ],
  traps=[
      T("over 50 years", "over five decades"),
      T("Some 50 items", "Around 50 pieces"),
  ])

C("marionette theatres", "summary", "consistent",
  "The Teatro dei Fili, a marionette theatre that has performed in the old town of Valcastra since "
  "1891, will close for 10 months from January for urgent roof repairs, its director, Paolo "
  "Benedetti, said on Monday. The theatre's collection of about 1,200 wooden marionettes, some more "
  "than a century old, will be moved to a climate-controlled store during the work. The municipality "
  "has allocated €480,000 to the repairs, and the theatre is raising a further €60,000 from "
  "supporters to restore its painted stage curtain. During the closure, the company will perform a "
  "reduced repertoire at the Palazzo Ruggeri, with shows on Saturday and Sunday afternoons. "
  "Benedetti said he hoped the theatre would reopen in time for its Christmas season.",
  "Valcastra's Teatro dei Fili, staging marionette shows since 1891, is shutting for ten months from "
  "January so its roof can be repaired, the director said. Its roughly 1,200 marionettes will be kept "
  "in a climate-controlled store meanwhile. The town is paying €480,000 towards the work, and the "
  "theatre is raising another €60,000 from supporters to restore its painted curtain. Weekend "
  "afternoon shows will continue at the Palazzo Ruggeri with a reduced repertoire, and the director "
  "hopes to reopen for Christmas.",
  traps=[
      T("staging marionette shows since 1891", "has performed in the old town of Valcastra since 1891"),
      T("ten months", "10 months"),
      T("The town is paying €480,000 towards the work",
        "The municipality has allocated €480,000 to the repairs"),
      T("Weekend afternoon shows", "shows on Saturday and Sunday afternoons"),
  ])

C("sword dancers", "rewrite", "consistent",
  "The Grimsworth Longsword Dancers, one of the oldest sword-dance teams in the north of England, "
  "will celebrate their 150th anniversary with a day of performances in the town's market square on "
  "Saturday 17 May. The team, which currently has 14 dancers aged between 19 and 71, traces its "
  "origins to a group of lead miners who first performed in 1875. Six visiting teams, including two "
  "from Norway, are expected to take part. Team captain Ruth Pennock said the anniversary programme "
  "would include a reconstruction of a dance last performed in 1938, pieced together from a notebook "
  "found in the town archive. The event is free, and performances will run from 11am to 4pm.",
  "Marking their 150th anniversary, the Grimsworth Longsword Dancers, among the oldest "
  "sword-dance teams in northern England, will stage a day of performances in the town's market "
  "square on Saturday 17 May. The team dates back to a group of lead miners who gave their first "
  "performance in 1875; today it has 14 dancers, the youngest 19 and the oldest 71. Six guest teams, "
  "two of them Norwegian, are due to take part. The anniversary programme will feature a dance not "
  "seen since 1938, reconstructed from a notebook discovered in the town archive, according to "
  "captain Ruth Pennock. Admission is free and dancing will go on from 11am until 4pm.",
  traps=[
      T("the youngest 19 and the oldest 71", "aged between 19 and 71"),
      T("two of them Norwegian", "including two from Norway"),
      T("are due to take part", "are expected to take part"),
      T("not seen since 1938", "last performed in 1938"),
  ])

C("barn dances", "rewrite", "inconsistent",
  "Organisers of the monthly barn dance at Tressock Village Hall have raised £4,800 for the hall's "
  "new heating system since the dances began in October, the hall committee said on Thursday. About "
  "90 people attended the most recent dance, on 8 March, where music was provided by the local band "
  "Cowslip and calling was by Jean Marlowe. Committee chair Derek Fenwick said the dances had "
  "attracted many younger residents who had never been to the hall before. Tickets will remain at £8 "
  "for adults, with under-16s admitted free. The next dance will be held on 12 April, and the "
  "committee is looking for volunteers to help run the bar.",
  "Since they started in October, the monthly barn dances at Tressock Village Hall have brought in "
  "£4,800 towards a new heating system for the hall, its committee said on Thursday. Around 90 people "
  "came to the latest dance on 8 March, with music from local band Cowslip and Jean Marlowe calling. "
  "According to committee chair Derek Fenwick, the dances have drawn many younger residents who had "
  "never set foot in the hall before. Adult tickets will stay at £8, but under-16s will no longer be "
  "admitted free. The next dance, which will be the last before the summer break, takes place on 12 "
  "April, and volunteers are being sought to help run the bar.",
  errors=[
      E("will no longer be admitted free", "polarity", "major", "with under-16s admitted free"),
      E("which will be the last before the summer break", "addition", "minor", None),
  ],
  traps=[
      T("have brought in £4,800", "have raised £4,800"),
      T("Jean Marlowe calling", "calling was by Jean Marlowe"),
  ])

C("salsa nights", "summary", "inconsistent",
  "The Marisol Club in Port Ellery will move its weekly salsa nights from Thursdays to Fridays from 7 "
  "February, owner Carlos Ibarra said on Monday. The club, which has hosted salsa nights since 2011, "
  "said the change followed complaints from neighbours about late-night noise on weekdays; the "
  "council had not ordered the move. Beginners' classes will continue to run from 8pm to 9pm before "
  "the main dance, and entry will stay at £7. Ibarra said the club had installed additional sound "
  "insulation costing £12,000 last year. About 150 dancers attend on a typical night, he added.",
  "Port Ellery's Marisol Club is switching its weekly salsa nights from Thursdays to Fridays from 7 "
  "February after neighbours complained about late-night weekday noise and the council ordered the "
  "change. Beginners' classes will carry on and entry will remain £7.",
  errors=[
      E("the council ordered the change", "polarity", "critical", "the council had not ordered the move"),
  ],
  traps=[
      T("entry will remain £7", "entry will stay at £7"),
  ])

C("tap shoes", "rewrite", "consistent",
  "Brackley & Dunn, the last remaining tap-shoe maker in Westhollow, will move production to a larger "
  "workshop on the Fennick industrial estate in October, managing director Gail Brackley said on "
  "Tuesday. The company, founded in 1962, makes around 9,000 pairs of tap shoes a year, about 40% of "
  "which are exported. The move will allow output to rise to 14,000 pairs by 2027 and create six "
  "jobs, bringing the workforce to 28. The company received a £250,000 loan from the Westhollow "
  "Enterprise Fund to buy new stitching machines. Brackley said the firm would keep its shop in the "
  "town centre, where customers can have shoes fitted and taps adjusted.",
  "Westhollow's only remaining tap-shoe manufacturer, Brackley & Dunn, is moving production to bigger "
  "premises on the Fennick industrial estate in October, its managing director, Gail Brackley, "
  "announced on Tuesday. Founded in 1962, the firm turns out roughly 9,000 pairs a year and sends "
  "around two in five of them abroad. The new workshop will let it raise output to 14,000 pairs by "
  "2027 and take on six more staff, for a total of 28. New stitching machines are being bought with "
  "a £250,000 loan the company received from the Westhollow Enterprise Fund. The town-centre shop, "
  "where customers can have shoes fitted and taps adjusted, will be kept, Brackley said.",
  traps=[
      T("Westhollow's only remaining tap-shoe manufacturer", "the last remaining tap-shoe maker in Westhollow"),
      T("sends around two in five of them abroad", "about 40% of which are exported"),
      T("take on six more staff, for a total of 28", "create six jobs, bringing the workforce to 28"),
      T("New stitching machines are being bought with a £250,000 loan",
        "received a £250,000 loan from the Westhollow Enterprise Fund to buy new stitching machines"),
  ])

C("costume hire", "rewrite", "inconsistent",
  "Pemberton Theatrical Supplies, a costume hire company based in Aldmoor, has acquired the stock of "
  "the closed Lyric Wardrobe in Castleford Green, adding about 18,000 costumes to its collection, the "
  "company said on 2 June. The purchase price was not disclosed. Pemberton's managing director, "
  "Fiona Achebe, said the Lyric stock was particularly strong in Victorian and Edwardian menswear, "
  "which amateur dramatic societies often struggle to find. The costumes will be catalogued over the "
  "summer and available to hire from September. The Lyric Wardrobe closed in March after 46 years "
  "when its owner, Malcolm Tey, retired.",
  "Aldmoor costume hire firm Pemberton Theatrical Supplies has bought the stock of the Lyric Wardrobe "
  "in Aldmoor, which has closed, taking on around 18,000 costumes, the company said on 2 June. It did "
  "not reveal how much it paid. According to managing director Fiona Achebe, the Lyric's strength lay "
  "in Victorian and Edwardian menswear, which amateur dramatic societies frequently find hard to "
  "source. Over the summer the costumes will be catalogued, and they can be hired from September. The "
  "Lyric Wardrobe shut in March, after 46 years, when owner Malcolm Tey retired.",
  errors=[
      E("Aldmoor", "entity", "major", "Castleford Green", occ=1),
  ],
  traps=[
      T("It did not reveal how much it paid", "The purchase price was not disclosed"),
      T("find hard to source", "struggle to find"),
  ])

C("scenery painters", "translation", "consistent",
  "The scenery workshop of the Opéra de Montclair has been awarded the regional crafts prize for its "
  "painted backdrops for a new production of 'The Magic Flute', the regional council announced on "
  "Tuesday. The team of seven painters, led by Claire Vautrin, worked for eleven weeks on the twelve "
  "backdrops, the largest of which measures 18 metres by 11. The prize comes with an endowment of "
  "15,000 euros, which the opera intends to use to train two apprentices. According to Ms Vautrin, "
  "the workshop still uses traditional glue-based paints, which allow the canvases to be folded "
  "without cracking. The production will be staged from 4 to 19 March.",
  "Painted backdrops created by the Montclair Opera's scenery workshop for a new staging of The Magic "
  "Flute have won the regional crafts award, the regional council said on Tuesday. Led by Claire "
  "Vautrin, the seven-strong team of painters spent eleven weeks producing the twelve backdrops; the "
  "biggest measures 18 by 11 metres. The award carries 15,000 euros in prize money, which the opera "
  "plans to spend on training two apprentices. Vautrin said the workshop still works with traditional "
  "glue-based paints, so the canvases can be folded without cracking. Performances will run from 4 "
  "to 19 March.",
  traps=[
      T("Montclair Opera's", "Opéra de Montclair"),
      T("seven-strong team of painters", "team of seven painters"),
      T("18 by 11 metres", "18 metres by 11"),
      T("15,000 euros in prize money", "an endowment of 15,000 euros"),
      T("plans to spend on training", "intends to use to train"),
  ])

C("understudies", "rewrite", "consistent",
  "An understudy at the Kingsway Playhouse in Marlbury stepped into the lead role of 'The Lighthouse "
  "Keeper' with less than two hours' notice on Saturday after the principal actor, Simon Aldous, "
  "injured his ankle during the matinee. Understudy Kwame Osei, 27, who had never performed the role "
  "in front of an audience, received a standing ovation at the evening performance, the theatre "
  "said. Aldous is expected to be out of the production for at least three weeks. The theatre said "
  "Osei would play the part until Aldous returns, and no performances have been cancelled. The "
  "play's run has been extended to 30 November after strong ticket sales.",
  "With under two hours' warning, Kwame Osei, 27, took over the lead in 'The Lighthouse Keeper' at "
  "Marlbury's Kingsway Playhouse on Saturday, after principal actor Simon Aldous hurt his ankle in "
  "the matinee. Osei, an understudy who had not previously played the part before an audience, was "
  "given a standing ovation at the evening show, according to the theatre. Aldous is likely to miss "
  "at least three weeks of the production. Osei will continue in the role until Aldous is back, the "
  "theatre said, and no shows have been cancelled. Following strong ticket sales, the run has been "
  "extended to 30 November.",
  traps=[
      T("With under two hours' warning", "with less than two hours' notice"),
      T("had not previously played the part before an audience",
        "had never performed the role in front of an audience"),
      T("is likely to miss at least three weeks of the production",
        "is expected to be out of the production for at least three weeks"),
      T("until Aldous is back", "until Aldous returns"),
  ])

C("snowshoe trails", "rewrite", "inconsistent",
  "Three new waymarked snowshoe trails opened in the Karsvik Highlands National Park on Saturday, "
  "adding 26 kilometres to the park's winter route network, the park authority said. The trails, "
  "ranging from 4 to 12 kilometres, start from the Stornhaug visitor centre, where snowshoes can be "
  "rented for 150 kroner a day. Park ranger Ingrid Solheim said the routes had been marked with "
  "orange poles set at 50-metre intervals so they could be followed in poor visibility. Visitors are "
  "advised to check avalanche warnings before setting out, as the longest trail crosses two steep "
  "slopes. The park authority plans to groom the trails weekly until the end of March.",
  "The Karsvik Highlands National Park opened three new waymarked snowshoe trails on Saturday, "
  "extending its network of winter routes by 26 kilometres, according to the park authority. Between "
  "4 and 12 kilometres long, the trails begin at the Stornhaug visitor centre, where snowshoes can be "
  "hired for 150 kroner a day. Ranger Ingrid Solheim said orange poles had been placed every 15 "
  "metres along the routes so that they could be followed even when visibility was poor. Because the "
  "longest trail crosses two steep slopes, visitors are advised to check avalanche warnings before "
  "they set off. The authority intends to patrol the trails every week until the end of March.",
  errors=[
      E("every 15 metres", "number", "major", "at 50-metre intervals"),
      E("patrol", "event", "minor", "groom"),
  ],
  traps=[
      T("extending its network of winter routes by 26 kilometres",
        "adding 26 kilometres to the park's winter route network"),
      T("Between 4 and 12 kilometres long", "ranging from 4 to 12 kilometres"),
  ])

# --------------------------------------------------------------- cases 21-30

C("polar bear patrols", "summary", "consistent",
  "The municipality of Nordhavn on the Arctic archipelago of Kvaløyra will fund year-round polar bear "
  "patrols for the first time, after a record 17 bears were sighted near the settlement last year, "
  "mayor Anja Roaldsen said on Thursday. Until now, patrols have operated only between November and "
  "April. Four trained guards will work in rotating shifts, using vehicles and thermal cameras to "
  "detect bears approaching the town. The scheme will cost 3.8 million kroner a year, with the "
  "national government covering half. Roaldsen said residents should continue to carry deterrents "
  "outside the town limits. No one has been injured by a bear in Nordhavn since 2011.",
  "Nordhavn will pay for polar bear patrols all year round instead of only from November to April, "
  "following a record 17 sightings near the settlement last year, its mayor has announced. Four "
  "guards working shifts will use vehicles and thermal cameras, at an annual cost of 3.8 million "
  "kroner, half of it paid by the national government.",
  traps=[
      T("all year round", "year-round"),
      T("instead of only from November to April",
        "Until now, patrols have operated only between November and April"),
      T("a record 17 sightings", "a record 17 bears were sighted"),
      T("half of it paid by the national government", "with the national government covering half"),
  ])

C("windpumps", "rewrite", "consistent",
  "The Fenholme Drainage Heritage Society has begun restoring the Carrow Marsh windpump, a "
  "timber-framed structure built around 1860 that last drained the marshes in 1953, the society said "
  "on 9 April. The £320,000 project, three-quarters of which is funded by a heritage grant, will "
  "replace the windpump's sails and rebuild its scoop wheel. Millwright Jonathan Keel, who is leading "
  "the work, said about 60% of the original timber frame could be retained. Once restored, the "
  "windpump will not be used for drainage but will turn on open days so visitors can see it working. "
  "The society expects the work to be completed by autumn 2026.",
  "Restoration of the Carrow Marsh windpump has got under way, the Fenholme Drainage Heritage Society "
  "announced on 9 April. The timber-framed windpump dates from around 1860 and last drained the "
  "marshes in 1953. A heritage grant is covering 75% of the £320,000 cost of the project, which will "
  "give the windpump new sails and a rebuilt scoop wheel. According to Jonathan Keel, the millwright "
  "in charge, roughly three-fifths of the original timber frame can be kept. After restoration the "
  "windpump will turn on open days so that visitors can watch it in action, but it will not be used "
  "to drain land. The society expects completion by autumn 2026.",
  traps=[
      T("A heritage grant is covering 75% of the £320,000 cost",
        "three-quarters of which is funded by a heritage grant"),
      T("the millwright in charge", "who is leading the work"),
      T("roughly three-fifths", "about 60%"),
      T("expects completion by autumn 2026", "expects the work to be completed by autumn 2026"),
  ])

C("aqueducts", "rewrite", "inconsistent",
  "Engineers have completed a £6.5 million repair of the Lannock Aqueduct, which carries the "
  "Hurlstone Canal 38 metres above the River Tew, the Inland Waterways Board said on Friday. The 1805 "
  "aqueduct had been closed to boats for 14 months after a leak was found in its cast-iron trough. "
  "The work involved relining the trough, replacing 2,300 bolts and repainting the structure. Boats "
  "will be able to cross again from Monday, although the towpath across the aqueduct will remain "
  "closed until the end of the month while railings are repaired. The board said the aqueduct was "
  "one of the most visited structures on its network, attracting about 200,000 people a year.",
  "The Inland Waterways Board said on Friday that a £6.5 million repair of the Lannock Aqueduct, "
  "which takes the Hurlstone Canal 38 metres over the River Tew, had been finished. Boats had been "
  "unable to use the 1805 aqueduct for 14 months after a leak was discovered in its cast-iron trough. "
  "The trough has been relined, 2,300 bolts replaced and the structure repainted. From Monday boats "
  "can cross once more, but the towpath over the aqueduct will stay shut until the end of the month "
  "while the railings are fixed and the structure repainted. With around 200,000 visitors a year, the "
  "aqueduct is among the most visited structures on the board's network, the board said.",
  errors=[
      E("and the structure repainted", "repetition", "minor", None, occ=1),
  ],
  traps=[
      T("Boats had been unable to use the 1805 aqueduct for 14 months",
        "The 1805 aqueduct had been closed to boats for 14 months"),
      T("With around 200,000 visitors a year", "attracting about 200,000 people a year"),
  ])

C("penny farthings", "summary", "inconsistent",
  "More than 40 riders on penny-farthing bicycles took part in the annual Tolbury Highwheel Race on "
  "Sunday, with local rider Imogen Creasey winning the women's race for the third year in a row. The "
  "men's race was won by Dutch visitor Joost van Aalst, who completed the 30 laps of the town-centre "
  "circuit in 1 hour 4 minutes. The event, first held in 1994, raised £5,600 for the Tolbury air "
  "ambulance, organiser Peter Hanlon said. Two riders were treated for minor injuries after a "
  "collision on the final bend. Hanlon said the race would return next year on the same course.",
  "Imogen Creasey won the women's event at Sunday's Tolbury Highwheel Race for a third successive "
  "year, while Peter Hanlon took the men's title. The penny-farthing race, which drew more than 40 "
  "riders and a record crowd, raised £5,600 for the local air ambulance.",
  errors=[
      E("Peter Hanlon", "entity", "major", "Joost van Aalst"),
      E("and a record crowd", "addition", "minor", None),
  ],
  traps=[
      T("for a third successive year", "for the third year in a row"),
  ])

C("velodromes", "rewrite", "consistent",
  "The Eastmere Velodrome will close for five months from 1 November while its 250-metre timber track "
  "is replaced, Eastmere City Council said on Wednesday. The existing track, made of Siberian pine, "
  "was installed when the venue opened in 2004 and has been patched repeatedly. The £3.1 million "
  "replacement will be carried out by the Czech specialist Trackwerk. During the closure, the "
  "Eastmere Wheelers club will train at the Hallam Road outdoor track, and junior sessions will move "
  "to Saturdays. The council said the venue was expected to reopen in early April, in time for the "
  "national junior championships.",
  "Eastmere's velodrome is to shut from 1 November for five months so that its 250-metre timber track "
  "can be replaced, the city council announced on Wednesday. The Siberian pine track has been in "
  "place since the venue opened in 2004 and has undergone repeated patching. Trackwerk, a Czech "
  "specialist, will lay the new track at a cost of £3.1m. While the velodrome is closed, the Eastmere "
  "Wheelers club will train on the outdoor track at Hallam Road, with junior sessions switched to "
  "Saturdays. The venue is likely to reopen at the beginning of April, ahead of the national junior "
  "championships, the council said.",
  traps=[
      T("has been in place since the venue opened in 2004", "was installed when the venue opened in 2004"),
      T("has undergone repeated patching", "has been patched repeatedly"),
      T("£3.1m", "£3.1 million"),
      T("is likely to reopen at the beginning of April", "was expected to reopen in early April"),
  ])

C("tall ships", "rewrite", "inconsistent",
  "The three-masted barque Aurora Vane will arrive in Port Carradine on 22 July for a five-day visit "
  "as part of the North Sea Tall Ships Regatta, the harbour authority said on Monday. The ship, built "
  "in 1911 and restored in the 1990s, carries a crew of 34, including 20 trainees aged 16 to 25. "
  "Harbourmaster Lewis Trevanion said the ship might be open to visitors on the weekend of its stay "
  "if weather permits. Around 60,000 people attended the regatta's last visit to the port in 2019. "
  "The ship will depart on 27 July for the final leg of the race.",
  "The harbour authority said on Monday that the Aurora Vane, a three-masted barque, would dock in "
  "Port Carradine on 22 July and stay for five days as part of the North Sea Tall Ships Regatta. "
  "Built in 1911 and restored during the 1990s, she sails with 34 crew, 20 of them trainees between "
  "16 and 25. The ship will be open to visitors on the weekend of its stay if the weather allows, "
  "harbourmaster Lewis Trevanion said. When the regatta last called at the port, in 2019, it drew "
  "about 60,000 people. The Aurora Vane will leave on 29 July for the final leg of the race.",
  errors=[
      E("will be open", "modality", "major", "might be open"),
      E("29 July", "date", "major", "27 July"),
  ],
  traps=[
      T("20 of them trainees between 16 and 25", "including 20 trainees aged 16 to 25"),
      T("it drew about 60,000 people", "Around 60,000 people attended"),
  ])

C("drinking fountains", "translation", "consistent",
  "The municipality of Zeldam will install 35 new public drinking fountains this year, mainly in "
  "parks and shopping streets, alderman Bart Veenstra announced on Wednesday. The fountains will be "
  "connected to the mains water supply and will be cleaned weekly by the water company Aqua Zeldam. "
  "The cost of around 280,000 euros will be paid from the climate adaptation budget. According to "
  "Veenstra, the fountains are intended to help residents cope with hotter summers and to reduce the "
  "use of plastic bottles. The first ten are to be in use by June; the rest will follow in the "
  "autumn.",
  "Zeldam is to get 35 new public water fountains this year, most of them in parks and shopping "
  "streets, city councillor Bart Veenstra said on Wednesday. Connected to the mains, they will be "
  "cleaned every week by the Aqua Zeldam water company. The roughly 280,000 euros they will cost is "
  "to come out of the budget for climate adaptation. Veenstra said the aim was to help people deal "
  "with hotter summers and to cut down on plastic bottles. The first ten are due to be working by "
  "June, with the remainder following in the autumn.",
  traps=[
      T("most of them in parks", "mainly in parks"),
      T("city councillor Bart Veenstra", "alderman Bart Veenstra"),
      T("every week", "weekly"),
      T("The roughly 280,000 euros they will cost is to come out of the budget for climate adaptation",
        "The cost of around 280,000 euros will be paid from the climate adaptation budget"),
      T("cut down on plastic bottles", "reduce the use of plastic bottles"),
  ])

C("public clocks", "rewrite", "consistent",
  "The clock on Brayford's Corn Exchange, which has been stopped since a lightning strike in August "
  "2021, will be restarted on New Year's Eve after a £94,000 restoration, Brayford Town Council said "
  "on Tuesday. The four-faced clock, made in 1868 by the local firm Thomas Wragg & Co, has been "
  "fitted with an automatic winding system so that it no longer needs to be wound by hand twice a "
  "week. Its cast-iron dials have been repaired and regilded. Council leader Amira Sethi said about a "
  "third of the cost had been raised by residents through a public appeal. A ceremony will be held at "
  "11.45pm on 31 December, and the clock will strike midnight for the first time in more than four "
  "years.",
  "Stopped since lightning struck it in August 2021, the clock on the Corn Exchange in Brayford will "
  "be set going again on New Year's Eve following a £94,000 restoration, the town council announced "
  "on Tuesday. The four-faced clock was made in 1868 by Thomas Wragg & Co, a Brayford firm, and now "
  "has automatic winding, meaning it will no longer have to be wound by hand twice weekly. Its "
  "cast-iron dials have been mended and regilded. Roughly one-third of the money was raised by "
  "residents through a public appeal, council leader Amira Sethi said. A ceremony will begin at "
  "11.45pm on 31 December, and the clock will strike twelve for the first time in over four years.",
  traps=[
      T("a Brayford firm", "the local firm"),
      T("twice weekly", "twice a week"),
      T("Roughly one-third of the money", "about a third of the cost"),
      T("strike twelve", "strike midnight"),
  ])

C("steeplejacks", "rewrite", "inconsistent",
  "St Aldhelm's Church in Wexbury has hired a steeplejack firm from Holme Ridge to repair its "
  "58-metre spire, which was damaged in storms last winter, the parish council said on Thursday. The "
  "damage was first spotted by churchwarden Ellen Carey, who alerted the diocesan surveyor, Mark "
  "Jessop. Lofthouse Steeplejacks will replace 400 loose stones and repoint the upper section of the "
  "spire. The work, costing £210,000, is due to start on 5 May and last about ten weeks. Scaffolding "
  "will not be used; instead, the firm's climbers will work from ropes and ladders fixed to the "
  "spire. The church will remain open throughout, although the churchyard path beneath the spire "
  "will be closed.",
  "Holme Ridge firm Lofthouse Steeplejacks has been taken on by St Aldhelm's Church in Wexbury to "
  "repair its 58-metre spire after storm damage last winter, the parish council said on Thursday. "
  "The damage was first noticed by the diocesan surveyor, Mark Jessop, who alerted churchwarden Ellen "
  "Carey. The firm will repoint the upper part of the spire and replace 400 loose stones. Work on the "
  "£210,000 job should begin on 5 May and take around ten weeks. Rather than using scaffolding, the "
  "firm's climbers will work from ropes and ladders attached to the spire. The churchyard path below "
  "the spire will be shut, but the church itself will stay open throughout.",
  errors=[
      E("the diocesan surveyor, Mark Jessop, who alerted churchwarden Ellen Carey", "role", "minor",
        "churchwarden Ellen Carey, who alerted the diocesan surveyor, Mark Jessop"),
  ],
  traps=[
      T("Work on the £210,000 job should begin on 5 May",
        "The work, costing £210,000, is due to start on 5 May"),
      T("Rather than using scaffolding", "Scaffolding will not be used"),
  ])

C("tallow", "summary", "consistent",
  "Brennock Candles, one of the few remaining makers of tallow candles in the country, has won a "
  "contract to supply 12,000 candles a year to the Greyhythe Castle heritage site, the company said "
  "on Monday. The castle, which recreates 17th-century household life, had previously used paraffin "
  "candles scented to imitate tallow. Company founder Moira Brennock said the candles are made from "
  "rendered beef fat sourced from two abattoirs within 30 miles of the workshop. The three-year "
  "contract is worth about £75,000 and will allow the firm to hire two more chandlers. Visitors to "
  "the castle will also be able to watch candle-dipping demonstrations on summer weekends.",
  "Tallow-candle maker Brennock Candles has secured a three-year contract, worth roughly £75,000, to "
  "provide 12,000 candles annually to Greyhythe Castle, which previously used scented paraffin "
  "substitutes. The deal will let the firm take on two more chandlers, and castle visitors will be "
  "able to watch candle-dipping on summer weekends.",
  traps=[
      T("worth roughly £75,000", "worth about £75,000"),
      T("12,000 candles annually", "12,000 candles a year"),
      T("scented paraffin substitutes", "paraffin candles scented to imitate tallow"),
      T("take on two more chandlers", "hire two more chandlers"),
  ])

# --------------------------------------------------------------- cases 31-40

C("memory boxes", "translation", "inconsistent",
  "The hospice Ljusgården in Björkvik has started offering memory boxes to families who have lost a "
  "relative, the hospice announced on Friday. The boxes, made by volunteers in the local craft "
  "association, contain a handprint kit, an envelope for a lock of hair and a notebook for memories. "
  "Since the start in January, 46 families have received a box. The project is financed by a "
  "donation of 120,000 kronor from the Ekholm Foundation, which covers about 300 boxes. Head nurse "
  "Sara Lindqvist says that many relatives have described the boxes as a comfort during the first "
  "weeks.",
  "Ljusgården, a hospice in Björkvik, said on Friday that it now gives memory boxes to bereaved "
  "families. The boxes, which are put together by volunteers from the local craft association, each "
  "hold a handprint kit, an envelope for a lock of hair and a notebook in which memories can be "
  "written down. Forty-six families have been given a box since the scheme began in January. A "
  "120,000-kronor donation from the Ekholm Foundation is funding the project. According to head "
  "nurse Sara Lindqvist, many relatives have said the boxes were a comfort to them in the first "
  "weeks.",
  errors=[
      O("from the Ekholm Foundation", "which covers about 300 boxes", "minor"),
  ],
  traps=[
      T("bereaved families", "families who have lost a relative"),
      T("Forty-six families have been given a box", "46 families have received a box"),
  ])

C("ticket touts", "translation", "inconsistent",
  "Police in Valdeoro arrested four men on Saturday on suspicion of reselling tickets for the Copa "
  "del Sur final at up to ten times their face value, the regional interior ministry reported. "
  "Officers seized 380 tickets and 14,500 euros in cash in a raid on a flat near the Estadio "
  "Monteluz. The operation began after the football federation alerted the police to a series of "
  "suspicious bulk purchases on its official sales platform. According to the ministry, the suspects "
  "used dozens of false identities to buy the tickets. The federation has cancelled all the seized "
  "tickets and will put them back on sale on Tuesday at their original price.",
  "Four men were detained in Valdeoro on Saturday, suspected of selling on tickets for the Copa del "
  "Sur final for as much as ten times the printed price, the regional interior ministry said. In a "
  "raid on an apartment close to the Estadio Monteluz, officers confiscated 830 tickets and 14,500 "
  "euros in cash. The investigation was launched after the police warned the football federation "
  "about a number of suspicious bulk purchases on its official ticketing website. The ministry said "
  "the men had used dozens of fake identities to obtain the tickets. All the confiscated tickets have "
  "been cancelled by the federation and will be resold at their original price on Tuesday.",
  errors=[
      E("830", "number", "major", "380"),
      E("the police warned the football federation", "role", "major",
        "the football federation alerted the police"),
  ],
  traps=[
      T("for as much as ten times the printed price", "at up to ten times their face value"),
  ])

C("crowd stewards", "summary", "inconsistent",
  "Organisers of the Harlow Fields music festival will employ 420 crowd stewards this year, up from "
  "300 in 2023, after an independent review found that exits became congested at the end of the "
  "headline sets, the festival said on Tuesday. The review, led by safety consultant Graham Oduya, "
  "recommended widening two exit routes and adding a third. Stewards will also receive an extra day "
  "of training focused on crowd density. Festival director Louise Penhallow said the changes would "
  "add about £150,000 to running costs, but ticket prices would not increase. The festival, which "
  "takes place over three days in late July, expects about 35,000 visitors a day.",
  "The Harlow Fields festival will have 420 crowd stewards this year, compared with 300 in 2023, "
  "after an independent review found exits became congested when headline sets ended. The review "
  "recommended widening two exit routes and closing a third, and stewards will get an extra day of "
  "crowd-density training. The changes will add around £150,000 to costs, but ticket prices will not "
  "go up.",
  errors=[
      E("closing a third", "event", "major", "adding a third"),
  ],
  traps=[
      T("compared with 300 in 2023", "up from 300 in 2023"),
      T("ticket prices will not go up", "ticket prices would not increase"),
  ])

C("letterbox design", "translation", "consistent",
  "The postal company Nordpost is introducing a new letterbox design that is also intended to "
  "accommodate small parcels, the company announced in Hallstedt on Monday. The new boxes have a slot "
  "8 centimetres high, twice as high as before, and are made of recycled aluminium. Initially, 1,500 "
  "boxes in the Wendel and Ostbruch regions will be replaced; conversion across the country is to "
  "follow by 2028. According to a company spokesperson, the design was developed together with the "
  "design college in Kessberg and tested on 40 sites over a year. Emptying times will not change.",
  "Nordpost, the postal operator, said in Hallstedt on Monday that it is rolling out a redesigned "
  "letterbox meant to take small parcels as well as letters. At 8 centimetres, the slot on the new "
  "boxes is double the previous height, and the boxes are built from recycled aluminium. The first "
  "1,500 to be swapped will be in the Wendel and Ostbruch regions, with the rest of the country to "
  "follow by 2028. A company spokesperson said the design had been drawn up jointly with the Kessberg "
  "design college and trialled at 40 locations for twelve months. Collection times will stay the "
  "same.",
  traps=[
      T("double the previous height", "twice as high as before"),
      T("with the rest of the country to follow by 2028", "conversion across the country is to follow by 2028"),
      T("trialled at 40 locations", "tested on 40 sites"),
      T("for twelve months", "over a year"),
      T("Collection times will stay the same", "Emptying times will not change"),
  ])

C("street naming", "translation", "inconsistent",
  "The municipal council of Vila Serena voted on Thursday to name a street in the new Quinta do Vale "
  "district after the engineer Helena Moura, who designed the town's first water treatment plant in "
  "1958. The proposal, presented by councillor Rui Matos, was approved with nine votes in favour and "
  "two abstentions. The street, currently known only as Rua A, could receive its new signs before "
  "the end of the year, according to the council. Moura, who died in 2019 aged 94, was the first "
  "woman to graduate in civil engineering from the Polytechnic of Castelmar and worked for the "
  "municipal water service for more than three decades.",
  "On Thursday Vila Serena's town council approved naming a street in the newly built Quinta do Vale "
  "neighbourhood after Helena Moura, the engineer who in 1958 designed the town's first water "
  "treatment plant. Councillor Rui Matos's proposal passed with nine votes for and two abstentions. "
  "The street, for now called simply Rua A, will get its new signs before the year is out, the "
  "council said. Moura, who died in 2019 at the age of 94, was the first woman to earn a civil "
  "engineering degree from the Polytechnic of Castelmar and spent over 30 years working for the "
  "municipal water service.",
  errors=[
      E("will get", "modality", "minor", "could receive"),
  ],
  traps=[
      T("nine votes for and two abstentions", "nine votes in favour and two abstentions"),
      T("at the age of 94", "aged 94"),
      T("over 30 years", "more than three decades"),
  ])

C("beating the bounds", "summary", "inconsistent",
  "Residents of Little Stowell will revive the custom of beating the bounds on Sunday 25 May, walking "
  "the nine-mile parish boundary for the first time since 1976, the parish council said. The walk, "
  "led by the vicar, the Rev Alison Drury, will start at 8am from the lychgate of St Mary's church and "
  "is expected to finish by late afternoon. Children will be invited to strike boundary stones with "
  "willow wands, as was traditional. Local historian Neil Bramley spent two years identifying the "
  "route from 19th-century maps, and 14 of the 22 original boundary stones have been located. "
  "Walkers can join for part of the route, and refreshments will be provided at the halfway point at "
  "Coldharbour Farm.",
  "Little Stowell will revive beating the bounds on Sunday 25 May, walking its nine-mile parish "
  "boundary for the first time since 1967. Led by the vicar, the walk starts at 8am at St Mary's "
  "church, and children will strike boundary stones with willow wands, as tradition dictates. A local "
  "historian spent two years working out the route from old maps, and 14 of the 22 original stones "
  "have been found. Walkers can join for part of the way, and children will strike boundary stones "
  "with willow wands.",
  errors=[
      E("1967", "date", "major", "1976"),
      E("children will strike boundary stones with willow wands", "repetition", "minor", None, occ=1),
  ],
  traps=[
      T("have been found", "have been located"),
  ])

C("sauna clubs", "translation", "inconsistent",
  "The sauna club Löyly ry in Kallioranta will build a new public sauna on the lake shore next to the "
  "Pikkusaari beach, the city's building committee decided on Tuesday. The wood-heated sauna will "
  "have room for 30 bathers and is scheduled to open in November 2025. The construction costs of "
  "640,000 euros will be shared by the city and the club. According to club chairman Jukka Hirvonen, "
  "the club's membership has tripled in five years to about 2,100. The committee's chair, Elina "
  "Raatikainen, said the project would also improve access to winter swimming for people with "
  "disabilities.",
  "On Tuesday Kallioranta's building committee gave the go-ahead for the Löyly sauna club to build a "
  "new public sauna on the lakeshore beside Pikkusaari beach. The wood-fired sauna will hold 30 "
  "bathers and is due to open in November 2025. The city and the state will split the 640,000-euro "
  "construction bill. Club chairman Jukka Hirvonen said membership had trebled in five years to "
  "roughly 2,100. Hirvonen also said the project would make winter swimming more accessible for "
  "disabled people.",
  errors=[
      E("the state", "entity", "major", "the club"),
      E("Hirvonen also said", "attribution", "minor", "The committee's chair, Elina Raatikainen, said"),
  ],
  traps=[
      T("gave the go-ahead for the Löyly sauna club to build", "decided"),
      T("trebled", "tripled"),
  ])

C("lifeguard exams", "translation", "inconsistent",
  "Only 58 of the 112 candidates passed the lifeguard certification exam held last weekend at the "
  "Aquaparc de Belrive, the regional swimming federation announced on Monday. The pass rate of 52% is "
  "the lowest in ten years. According to the federation's technical director, Nadia Ferrand, most "
  "failures came in the timed 200-metre rescue swim, which candidates must complete in under four "
  "minutes. The federation will organise a second session on 14 June for those who failed, and "
  "candidates will not have to pay the registration fee again. Ferrand said the federation was not "
  "considering lowering the standard.",
  "The regional swimming federation said on Monday that just 58 of the 112 people who sat the "
  "lifeguard certification exam at the Aquaparc de Belrive last weekend had passed. At 52%, the "
  "success rate is the lowest for a decade. The federation's technical director, Nadia Ferrand, said "
  "most of those who failed did so in the timed 200-metre rescue swim, which has to be completed in "
  "less than four minutes. A resit will be held on 14 June for unsuccessful candidates, who will have "
  "to pay the registration fee a second time. Ferrand said lowering the standard was not under "
  "consideration.",
  errors=[
      E("will have to pay the registration fee a second time", "polarity", "major",
        "will not have to pay the registration fee again"),
  ],
  traps=[
      T("the lowest for a decade", "the lowest in ten years"),
      T("in less than four minutes", "in under four minutes"),
      T("lowering the standard was not under consideration",
        "the federation was not considering lowering the standard"),
  ])

C("glass-bottom boats", "summary", "consistent",
  "Coral Lantern Tours has added a second glass-bottom boat to its fleet in Pelican Cay, doubling the "
  "number of daily trips over the reef from four to eight, the company said on Friday. The new "
  "42-seat vessel, built by Ardmore Marine at a cost of $680,000, is powered by electric motors to "
  "reduce noise and fuel spills over the reef. Managing director Teresa Fonseca said demand had "
  "exceeded capacity on most days last season, with about 1,000 customers a month turned away. Trips "
  "last 75 minutes and cost $45 for adults and $25 for children under 12. Under the terms of its "
  "permit, the company must avoid the reef's northern section during the spawning season in August.",
  "Coral Lantern Tours has put a second glass-bottom boat into service in Pelican Cay, taking its "
  "daily reef trips from four to eight. The $680,000, 42-seat vessel runs on electric motors to cut "
  "noise and fuel spills over the reef. The company said it had been turning away around 1,000 "
  "customers a month last season.",
  traps=[
      T("put a second glass-bottom boat into service", "added a second glass-bottom boat to its fleet"),
      T("taking its daily reef trips from four to eight",
        "doubling the number of daily trips over the reef from four to eight"),
      T("runs on electric motors", "is powered by electric motors"),
      T("around 1,000 customers a month", "about 1,000 customers a month"),
  ])

C("diving bells", "translation", "consistent",
  "Divers from the Maritime Museum of Skarvøy have raised a 19th-century diving bell from the seabed "
  "off Helleholmen, the museum said on Wednesday. The cast-iron bell, weighing about 2.5 tonnes, was "
  "used in the 1850s to build the foundations of the island's lighthouse and sank when its cable "
  "broke in a storm in 1861. Nobody was inside at the time. The bell was lifted from a depth of 23 "
  "metres with the help of a crane barge from the company Vestlift. According to museum director "
  "Kari Holmen, it will be kept in a freshwater tank for at least a year to remove salt before it can "
  "be exhibited.",
  "The Skarvøy Maritime Museum announced on Wednesday that its divers had recovered a diving bell "
  "dating from the 1800s from the seabed near Helleholmen. Made of cast iron and weighing roughly two "
  "and a half tonnes, the bell was used in the 1850s to lay the foundations of the island's "
  "lighthouse, and went down in an 1861 storm when its cable snapped. No one was inside it at the "
  "time. A crane barge belonging to Vestlift was used to lift it from 23 metres down. Museum director "
  "Kari Holmen said it would spend at least twelve months in a freshwater tank to draw out the salt "
  "before it could go on display.",
  traps=[
      T("Skarvøy Maritime Museum", "Maritime Museum of Skarvøy"),
      T("dating from the 1800s", "19th-century"),
      T("roughly two and a half tonnes", "about 2.5 tonnes"),
      T("at least twelve months", "at least a year"),
      T("go on display", "be exhibited"),
  ])

# ------------------------------------------------------- building and checks

WORD_RE = re.compile(r"\w+(?:[-'’.,]\w+)*")


def n_words(text):
    return len(WORD_RE.findall(text))


def find_nth(hay, needle, occ):
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def cuts_word(text, start, end):
    """True when [start, end) begins or ends inside a word."""
    if start > 0 and start < len(text) and text[start - 1].isalnum() and text[start].isalnum():
        return True
    if 0 < end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        return True
    return False


def build():
    problems = []
    records = []

    def bad(cid, msg):
        problems.append("%s: %s" % (cid, msg))

    for i, case in enumerate(CASES, 1):
        cid = "s%d-%03d" % (N, i)
        ref, cand = case["reference"], case["candidate"]
        errors_out, traps_out, spans = [], [], []

        for e in case["errors"]:
            if e["type"] not in ERROR_TYPES:
                bad(cid, "unknown error type %r" % e["type"])
            if e["severity"] not in SEVERITIES:
                bad(cid, "unknown severity %r" % e["severity"])
            if e["kind"] == "omission":
                a = find_nth(cand, e["anchor"], e["occ"])
                if a < 0:
                    bad(cid, "omission anchor not found: %r" % e["anchor"])
                    continue
                start = end = a + len(e["anchor"])
                if cuts_word(cand, start, start):
                    bad(cid, "omission point inside a word")
                if e["ref_text"].lower() in cand.lower():
                    bad(cid, "omitted words still present: %r" % e["ref_text"])
                if case["mode"] == "summary":
                    bad(cid, "omission in a summary")
                text = ""
            else:
                if e["type"] == "omission":
                    bad(cid, "omission given as a span")
                start = find_nth(cand, e["text"], e["occ"])
                if start < 0:
                    bad(cid, "error text not found: %r (occ %d)" % (e["text"], e["occ"]))
                    continue
                end = start + len(e["text"])
                text = e["text"]
                if cuts_word(cand, start, end):
                    bad(cid, "error span cuts a word: %r" % text)
                spans.append((start, end, "error " + text))
                if e["type"] == "repetition" and cand.find(text) >= start:
                    bad(cid, "repetition span has no earlier copy: %r" % text)
            if e["type"] in ("addition", "repetition"):
                if e["ref_text"] is not None:
                    bad(cid, "%s must have ref_text null" % e["type"])
            else:
                if not e["ref_text"] or e["ref_text"] not in ref:
                    bad(cid, "error ref_text not in reference: %r" % e["ref_text"])
            errors_out.append({"start": start, "end": end, "text": text, "type": e["type"],
                               "severity": e["severity"], "ref_text": e["ref_text"]})

        for t in case["traps"]:
            start = find_nth(cand, t["text"], t["occ"])
            if start < 0:
                bad(cid, "trap text not found: %r" % t["text"])
                continue
            end = start + len(t["text"])
            if cuts_word(cand, start, end):
                bad(cid, "trap span cuts a word: %r" % t["text"])
            if t["ref_text"] not in ref:
                bad(cid, "trap ref_text not in reference: %r" % t["ref_text"])
            if t["text"] == t["ref_text"]:
                bad(cid, "trap is not reworded: %r" % t["text"])
            spans.append((start, end, "trap " + t["text"]))
            traps_out.append({"start": start, "end": end, "text": t["text"],
                              "ref_text": t["ref_text"]})

        spans.sort()
        for (s1, e1, n1), (s2, e2, n2) in zip(spans, spans[1:]):
            if s2 < e1:
                bad(cid, "overlapping spans: %r / %r" % (n1, n2))
        for eo in errors_out:
            if eo["start"] == eo["end"]:
                for s, e, n in spans:
                    if s < eo["start"] < e:
                        bad(cid, "omission point inside span %r" % n)

        rw = n_words(ref)
        if not 70 <= rw <= 190:
            bad(cid, "reference has %d words" % rw)
        if case["mode"] == "summary" and not (n_words(cand) < rw and len(cand) < len(ref)):
            bad(cid, "summary not shorter than reference")
        if case["mode"] not in ("rewrite", "summary", "translation"):
            bad(cid, "bad mode")
        if case["label"] == "consistent":
            if errors_out:
                bad(cid, "consistent pair with errors")
            if not 3 <= len(traps_out) <= 5:
                bad(cid, "consistent pair with %d traps" % len(traps_out))
        elif case["label"] == "inconsistent":
            if not errors_out:
                bad(cid, "inconsistent pair without errors")
            if len(traps_out) > 3:
                bad(cid, "inconsistent pair with %d traps" % len(traps_out))
        else:
            bad(cid, "bad label")
        if ref == cand:
            bad(cid, "candidate identical to reference")

        errors_out.sort(key=lambda x: (x["start"], x["end"]))
        traps_out.sort(key=lambda x: x["start"])
        records.append({"id": cid, "domain": case["domain"], "mode": case["mode"],
                        "reference": ref, "candidate": cand, "label": case["label"],
                        "errors": errors_out, "traps": traps_out})

    # set-level composition
    if len(records) != 40:
        problems.append("expected 40 pairs, got %d" % len(records))
    if sorted(r["domain"] for r in records) != sorted(DOMAINS) or len(set(DOMAINS)) != 40:
        problems.append("domains do not match the list one-to-one")
    by_mode_label = Counter((r["mode"], r["label"]) for r in records)
    want = {("rewrite", "consistent"): 10, ("rewrite", "inconsistent"): 10,
            ("summary", "consistent"): 5, ("summary", "inconsistent"): 5,
            ("translation", "consistent"): 5, ("translation", "inconsistent"): 5}
    if dict(by_mode_label) != want:
        problems.append("mode/label mix wrong: %r" % dict(by_mode_label))
    etypes = Counter(e["type"] for r in records for e in r["errors"])
    if sum(etypes.values()) != 30:
        problems.append("expected 30 errors, got %d" % sum(etypes.values()))
    for t in ERROR_TYPES:
        if etypes[t] < 2:
            problems.append("error type %s used %d times" % (t, etypes[t]))
    return records, problems


def summary_lines(records):
    lines = []
    lines.append("pairs: %d" % len(records))
    lines.append("by mode: %s" % dict(Counter(r["mode"] for r in records)))
    lines.append("by label: %s" % dict(Counter(r["label"] for r in records)))
    lines.append("by mode+label: %s" % {"%s/%s" % k: v for k, v in
                                       sorted(Counter((r["mode"], r["label"]) for r in records).items())})
    et = Counter(e["type"] for r in records for e in r["errors"])
    lines.append("errors: %d %s" % (sum(et.values()), {t: et[t] for t in ERROR_TYPES}))
    lines.append("severity: %s" % dict(Counter(e["severity"] for r in records for e in r["errors"])))
    lines.append("errors per inconsistent pair: %s" % dict(Counter(
        len(r["errors"]) for r in records if r["label"] == "inconsistent")))
    lines.append("traps: %d" % sum(len(r["traps"]) for r in records))
    return lines


def main():
    records, problems = build()
    if problems:
        for p in problems:
            print("PROBLEM", p)
        sys.exit(1)
    for line in summary_lines(records):
        print(line)
    if "--check" in sys.argv[1:]:
        print("check only: nothing written")
        return
    with open(OUT_PATH, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %s" % OUT_PATH)


if __name__ == "__main__":
    main()
