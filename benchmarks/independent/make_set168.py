#!/usr/bin/env python3
"""Held-out evaluation set 168 for a fact-comparison tool.

How it was made
---------------
Every pair was written by hand by a helper session that saw no code, data or
benchmark of the project; it worked only from a written brief. All people,
companies, organisations, places and figures are invented (real countries and
regions appear only as background). No character offset is typed by hand: the
script locates every quoted span by string search (with an occurrence index
where a quoted text repeats), validates the whole set and writes
set168.jsonl next to this file.

Composition
-----------
* 40 pairs, one domain each: 20 consistent, 20 inconsistent.
* Modes: 20 rewrites, 10 summaries, 10 translations (half of each consistent).
  Translation pairs are two independent English renderings of the same
  non-English story, so the wording differs throughout.
* 30 errors in the 20 inconsistent pairs (10 pairs with one error, 10 with
  two): entity 3, number 4, date 3, role 3, polarity 3, modality 3,
  attribution 2, event 3, omission 2, addition 2, repetition 2.
  Omissions occur only in rewrite pairs (never in summaries).
* Traps (faithful rewordings a naive checker might flag): 3-5 in each
  consistent pair, 0-3 in each inconsistent pair.
* References are 70-190 words in news / agency / corporate / official register;
  summaries are shorter than their references.

Usage
-----
    python3 make_set168.py           # validate, then write set168.jsonl
    python3 make_set168.py --check   # validate only, write nothing
"""

import json
import os
import sys
from collections import Counter

N = 168
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "set168.jsonl")

DOMAINS = [
    "ammonite slab theft", "floating church", "evacuee reunion",
    "portrait sitter identified", "dry rot specialist", "turnip prize",
    "apothecary jar", "leech collector", "cat show rosette", "banksy removal",
    "fatberg display", "crow funeral behaviour", "midwife's bag",
    "prefab house listing", "bicycle bell orchestra", "cess pit finds",
    "sheep hurdle weaver", "crown post roof", "sign writer gilding",
    "speaking clock", "anti aircraft battery", "saw doctor", "stud book archive",
    "monkey puzzle felling", "mortuary chapel", "water wheel generator",
    "local currency", "holly sale tradition", "penny bank", "horse bus replica",
    "saddle maker's order book", "communal bakehouse", "sunken forest",
    "broom squire", "fingerpost sign repair", "coelacanth loan",
    "apotropaic marks survey", "basking shark tagging", "bottle dump dig",
    "punt building class",
]

ERROR_TYPES = ["entity", "number", "date", "role", "polarity", "modality",
               "attribution", "event", "omission", "addition", "repetition"]
SEVERITIES = {"minor", "major", "critical"}


def E(text, type_, severity, ref, occ=0):
    """An error span: `text` is the candidate wording (occurrence `occ`)."""
    return {"text": text, "type": type_, "severity": severity, "ref": ref, "occ": occ}


def OMIT(after, ref, severity, occ=0):
    """An omission: the missing words `ref` belong right after `after`."""
    return {"after": after, "type": "omission", "severity": severity, "ref": ref, "occ": occ}


def T(text, ref, occ=0):
    """A trap: faithful candidate wording `text` for reference wording `ref`."""
    return {"text": text, "ref": ref, "occ": occ}


CASES = [
    # ------------------------------------------------------------ rewrites
    dict(  # 1
        domain="ammonite slab theft", mode="rewrite",
        reference=(
            "Police in the coastal town of Harrowby Quay are appealing for witnesses after a fossilised "
            "ammonite slab was stolen from the Westercombe Heritage Centre overnight on 14 March. The slab, "
            "which measures 1.2 metres across and contains more than 40 ammonites, had been on display since "
            "2009. Detective Sergeant Alma Pettigrew said the thieves had forced a rear fire door and were "
            "probably aware of the slab's value, which the centre puts at £85,000. 'Removing it would have "
            "taken at least two people and a vehicle,' she said. The centre will remain closed until Friday "
            "while security is reviewed. Anyone with information is asked to call Holcombe Constabulary on "
            "0800 414 2290."),
        candidate=(
            "A fossil slab holding over 40 ammonites was taken from the Westercombe Heritage Centre in "
            "Harrowby Quay on the night of 14 March, and police want to hear from witnesses. The 1.2-metre "
            "slab had been exhibited there since 2009 and is valued by the centre at £85,000. According to "
            "Detective Sergeant Alma Pettigrew, the thieves got in by forcing a fire door at the rear and "
            "probably knew what the slab was worth; she said that at least two people and a vehicle would "
            "have been needed to move it. Until Friday the centre is closed while its security is reviewed. "
            "Holcombe Constabulary asks anyone with information to ring 0800 414 2290."),
        errors=[],
        traps=[
            T("over 40 ammonites", "more than 40 ammonites"),
            T("on the night of 14 March", "overnight on 14 March"),
            T("is valued by the centre at £85,000", "which the centre puts at £85,000"),
            T("probably knew what the slab was worth", "were probably aware of the slab's value"),
        ]),
    dict(  # 2
        domain="floating church", mode="rewrite",
        reference=(
            "A floating church moored on the River Ambrel at Kettlewick will close for six weeks from 3 June "
            "so that its steel hull can be inspected and repainted. St Brannoc's, a converted 1950s coal "
            "barge, has hosted services since 1987 and seats 120 people. The diocese of Ambrelshire said the "
            "work would cost around £62,000, of which £40,000 has been raised by the congregation. During the "
            "closure, Sunday services will be held in the village hall on Mill Lane. The Reverend Tobias "
            "Quenell said the barge had 'weathered more floods than anyone can count' but that its hull plates "
            "were now showing their age."),
        candidate=(
            "St Brannoc's, the floating church moored on the River Ambrel at Kettlewick, will reopen on 3 June "
            "after a six-week closure for inspection and repainting of its steel hull. Converted from a coal "
            "barge built in the 1950s, the church has held services since 1987 and has 120 seats. According to "
            "the diocese of Ambrelshire, the work will cost roughly £62,000, and the congregation has raised "
            "£48,000 of that. Sunday services are being held in the village hall on Mill Lane while the church "
            "is closed. The Reverend Tobias Quenell said that the barge had 'weathered more floods than anyone "
            "can count', though its hull plates were now showing their age."),
        errors=[
            E("will reopen on 3 June", "date", "major", "will close for six weeks from 3 June"),
            E("£48,000", "number", "major", "£40,000"),
        ],
        traps=[
            T("Converted from a coal barge built in the 1950s", "a converted 1950s coal barge"),
            T("has 120 seats", "seats 120 people"),
        ]),
    dict(  # 3
        domain="evacuee reunion", mode="rewrite",
        reference=(
            "Two women who were evacuated as children to the same farmhouse in 1940 have met again for the "
            "first time in 83 years. Edna Morrow, 91, and Philippa Stannard, 92, were sent from Bristmoor to "
            "Upper Callow Farm in the Welland Hills, where they shared a bedroom for nearly three years. The "
            "reunion was arranged by the Callow Valley History Society after Mrs Stannard's grandson found a "
            "photograph of the pair on the society's website. 'I recognised her laugh before I recognised her "
            "face,' Mrs Morrow said. The society said it hoped to record both women's memories for an oral "
            "history archive due to open next spring."),
        candidate=(
            "For the first time in 83 years, two women who were evacuated as children to the same farmhouse in "
            "1940 have been reunited. Edna Morrow, now 91, and Philippa Stannard, now 92, were sent from "
            "Bristmoor to Upper Callow Farm in the Welland Hills, and for almost three years they slept in the "
            "same bedroom. The meeting was organised by the Callow Valley History Society after Mrs Stannard's "
            "grandson came across a photograph of the pair on its website. Mrs Morrow said she had recognised "
            "Mrs Stannard's laugh before she recognised her face. The society hopes to record both women's "
            "memories for an oral history archive that is due to open next spring."),
        errors=[],
        traps=[
            T("have been reunited", "have met again"),
            T("for almost three years they slept in the same bedroom",
              "shared a bedroom for nearly three years"),
            T("The meeting was organised by the Callow Valley History Society",
              "The reunion was arranged by the Callow Valley History Society"),
            T("Mrs Morrow said she had recognised Mrs Stannard's laugh before she recognised her face",
              "I recognised her laugh before I recognised her face"),
        ]),
    dict(  # 4
        domain="portrait sitter identified", mode="rewrite",
        reference=(
            "An 18th-century portrait that hung unnamed in Dunmere Hall for more than a century has been "
            "identified as Lady Honoria Vass, a botanist who corresponded with leading gardeners of her day. "
            "The identification was made by Clemency Orr, a volunteer researcher, who matched a brooch in the "
            "painting to one described in Lady Honoria's will. Dr Felix Armitage, the hall's curator, said the "
            "finding was 'persuasive but not yet conclusive' and that paint analysis would follow. The "
            "portrait, attributed to the Ormsby workshop, will be rehung in the library in September with a "
            "new label."),
        candidate=(
            "The sitter in an 18th-century portrait that had hung without a name at Dunmere Hall for over a "
            "hundred years has been identified as Lady Honoria Vass, a botanist who exchanged letters with "
            "prominent gardeners of the period. Volunteer researcher Clemency Orr made the link by matching a "
            "brooch in the painting with one described in Lady Honoria's will. Ms Orr described the finding as "
            "'persuasive but not yet conclusive', adding that paint analysis would follow. The portrait, which "
            "is attributed to the Ormsby workshop, is to be rehung in the library in September with a new "
            "label."),
        errors=[
            E("Ms Orr described the finding as", "attribution", "major",
              "Dr Felix Armitage, the hall's curator, said the finding was"),
        ],
        traps=[
            T("for over a hundred years", "for more than a century"),
            T("exchanged letters with prominent gardeners of the period",
              "corresponded with leading gardeners of her day"),
        ]),
    dict(  # 5
        domain="dry rot specialist", mode="rewrite",
        reference=(
            "A dry rot specialist has been called in to the Grade II-listed Corn Exchange in Ledburrow after "
            "fungal growth was found beneath the stage during routine maintenance last month. Surveyor Nadia "
            "Feltham said the outbreak had probably been caused by a leaking downpipe and that about a third "
            "of the floor joists might need replacing. The building's trustees have closed the main hall until "
            "at least the end of October, although the café and box office remain open. Repairs are expected "
            "to cost between £30,000 and £45,000. The trustees said they would apply to the Ledburrow "
            "Buildings Trust for a grant to cover part of the bill."),
        candidate=(
            "A dry rot specialist has been brought in to Ledburrow's Grade II-listed Corn Exchange after "
            "routine maintenance last month uncovered fungal growth under the stage. According to surveyor "
            "Nadia Feltham, a leaking downpipe was the likely cause, and roughly one in three of the floor "
            "joists may have to be replaced. The trustees have shut the main hall until the end of October at "
            "the earliest, but the café and box office are still open. The bill is likely to come to "
            "£30,000–£45,000, and the trustees plan to apply to the Ledburrow Buildings Trust for a grant "
            "towards part of it."),
        errors=[],
        traps=[
            T("a leaking downpipe was the likely cause",
              "the outbreak had probably been caused by a leaking downpipe"),
            T("roughly one in three of the floor joists may have to be replaced",
              "about a third of the floor joists might need replacing"),
            T("until the end of October at the earliest", "until at least the end of October"),
            T("The bill is likely to come to £30,000–£45,000",
              "Repairs are expected to cost between £30,000 and £45,000"),
        ]),
    dict(  # 6
        domain="turnip prize", mode="rewrite",
        reference=(
            "The Turnip Prize, a spoof art award run by the Crooked Billet pub in the village of Selcombe, has "
            "been won by retired postman Ernest Dabney for a sculpture titled 'Waiting for the Bus'. The work "
            "consists of an upturned bucket and a single glove. Judges, chosen from among the pub's regulars, "
            "praised its 'total lack of effort'. Mr Dabney beat 28 other entrants and received the prize, a "
            "turnip mounted on a plank, from last year's winner, Gwen Athelney. Landlord Colin Prout said "
            "entries had doubled since the award was first held in 2011."),
        candidate=(
            "Retired postman Ernest Dabney has won the Turnip Prize, the mock art award organised by the "
            "Crooked Billet pub in Selcombe, with a sculpture called 'Waiting for the Bus', made from an "
            "upturned bucket and one glove. The judges, all regulars at the pub, praised its 'total lack of "
            "effort'. Last year's winner, Gwen Athelney, received the prize, a turnip mounted on a plank, from "
            "Mr Dabney, who beat 28 other entrants. The sculpture will now go on display in the pub's public "
            "bar. According to landlord Colin Prout, the number of entries has doubled since the first award "
            "in 2011."),
        errors=[
            E("Gwen Athelney, received the prize, a turnip mounted on a plank, from Mr Dabney", "role",
              "major", "received the prize, a turnip mounted on a plank, from last year's winner, Gwen Athelney"),
            E("The sculpture will now go on display in the pub's public bar", "addition", "minor", None),
        ],
        traps=[
            T("the mock art award organised by the Crooked Billet pub",
              "a spoof art award run by the Crooked Billet pub"),
            T("made from an upturned bucket and one glove",
              "consists of an upturned bucket and a single glove"),
        ]),
    dict(  # 7
        domain="apothecary jar", mode="rewrite",
        reference=(
            "A Georgian apothecary jar found in a garden shed in Wexley sold for £17,400 at auction on "
            "Saturday, more than ten times its lower estimate of £1,500. The tin-glazed jar, which is labelled "
            "for a syrup of violets, was made in about 1760 and is thought to have belonged to a pharmacy in "
            "Portland Row. Auctioneer Miriam Loxley of Hatherden & Gale said it had been bought by a private "
            "collector bidding by telephone. The seller, who asked not to be named, had been using the jar to "
            "store garden twine."),
        candidate=(
            "A Georgian apothecary jar found in a garden shed in Wexley fetched £17,400 when it went under the "
            "hammer on Saturday, over ten times the £1,500 at the low end of its estimate. Miriam Loxley, of "
            "auctioneers Hatherden & Gale, said the buyer was a private collector who bid by phone. Made "
            "around 1760, the tin-glazed jar bears a label for syrup of violets and probably came from a "
            "pharmacy in Portland Row. Its seller, who did not want to be named, had been keeping garden twine "
            "in it."),
        errors=[],
        traps=[
            T("fetched £17,400 when it went under the hammer on Saturday",
              "sold for £17,400 at auction on Saturday"),
            T("over ten times the £1,500 at the low end of its estimate",
              "more than ten times its lower estimate of £1,500"),
            T("probably came from a pharmacy in Portland Row",
              "is thought to have belonged to a pharmacy in Portland Row"),
            T("had been keeping garden twine in it", "had been using the jar to store garden twine"),
        ]),
    dict(  # 8
        domain="leech collector", mode="rewrite",
        reference=(
            "A museum in Fenhallow has acquired the only known surviving licence issued to a leech collector "
            "in the county. The document, dated 1831, permitted Sarah Gedge to gather medicinal leeches from "
            "the marshes of Tilney Moor for a fee of two shillings a year. Collectors typically waded into "
            "ponds barefoot and let the leeches attach to their legs. The Fenhallow Museum bought the licence "
            "for £2,300 from a private owner with help from the Friends of Fenhallow Museum. Curator Owen "
            "Badcock said it would be shown alongside a leech jar in a new display on rural medicine opening "
            "in May."),
        candidate=(
            "The only known surviving licence for a leech collector in the county has been acquired by a "
            "museum in Fenhallow. Dated 1831, the document allowed Sarah Gedge to collect medicinal leeches on "
            "the Tilney Moor marshes in return for an annual fee of two shillings. Collectors would usually "
            "wade barefoot into ponds and allow the leeches to fasten onto their legs. The Fenhallow Museum "
            "paid a private owner £2,300 for the licence. It will go on show next to a leech jar in a new "
            "rural medicine display that opens in May, curator Owen Badcock said."),
        errors=[
            OMIT("paid a private owner £2,300 for the licence",
                 "with help from the Friends of Fenhallow Museum", "minor"),
        ],
        traps=[
            T("in return for an annual fee of two shillings", "for a fee of two shillings a year"),
            T("Collectors would usually wade barefoot into ponds",
              "Collectors typically waded into ponds barefoot"),
        ]),
    dict(  # 9
        domain="cat show rosette", mode="rewrite",
        reference=(
            "A nine-year-old Maine Coon named Bartholomew has been awarded best in show at the Eastmarch Cat "
            "Fanciers' Championship, the first time a cat over the age of eight has taken the title. Owner "
            "Priya Haldane, from Cresswick, said she had entered him 'purely for fun' after he recovered from "
            "a leg operation last year. More than 340 cats were shown at the event, held at Eastmarch Town "
            "Hall on Sunday. Chief judge Lionel Faraday praised Bartholomew's 'exceptional coat condition and "
            "calm temperament'. His blue-and-gold rosette will be displayed at the club's headquarters until "
            "next year's championship."),
        candidate=(
            "Bartholomew, a Maine Coon aged nine, has become the first cat older than eight to be named best "
            "in show at the Eastmarch Cat Fanciers' Championship. His owner, Priya Haldane of Cresswick, said "
            "she had entered him just for fun after he got over a leg operation last year. The show, which "
            "took place at Eastmarch Town Hall on Sunday, featured over 340 cats. Lionel Faraday, the chief "
            "judge, commended Bartholomew's 'exceptional coat condition and calm temperament'. Until next "
            "year's championship, the blue-and-gold rosette he won will be on display at the club's "
            "headquarters."),
        errors=[],
        traps=[
            T("the first cat older than eight to be named best in show",
              "the first time a cat over the age of eight has taken the title"),
            T("just for fun", "purely for fun"),
            T("he got over a leg operation", "he recovered from a leg operation"),
            T("featured over 340 cats", "More than 340 cats were shown"),
        ]),
    dict(  # 10
        domain="banksy removal", mode="rewrite",
        reference=(
            "A stencil mural believed to be by the anonymous street artist known as Quillon has been removed "
            "from the side of a launderette in Parbridge. The building's owner, Dennis Harwell, said he had the "
            "2.4-metre section of wall cut out on Tuesday because he could not afford the insurance and "
            "security costs. Parbridge Borough Council said it had not been consulted and was seeking legal "
            "advice. Around 150 residents gathered to watch the removal, some holding signs reading 'Leave it "
            "here'. Mr Harwell said no decision had been taken on whether to sell the work, which experts have "
            "valued at up to £300,000."),
        candidate=(
            "A stencil mural thought to be the work of the anonymous street artist Quillon has been taken "
            "down from the side wall of a launderette in Parbridge. Dennis Harwell, who owns the building, said "
            "he had the 2.4-metre section of wall cut out on Tuesday as he could not meet the cost of insuring "
            "and guarding it. Parbridge Borough Council said it had been consulted and was seeking legal "
            "advice. Some 1,500 residents turned out to watch, a number of them carrying 'Leave it here' "
            "placards. Mr Harwell said he had yet to decide whether to sell the mural, which experts value at "
            "as much as £300,000."),
        errors=[
            E("it had been consulted", "polarity", "major", "it had not been consulted"),
            E("Some 1,500 residents", "number", "major", "Around 150 residents"),
        ],
        traps=[
            T("could not meet the cost of insuring and guarding it",
              "could not afford the insurance and security costs"),
            T("had yet to decide whether to sell", "no decision had been taken on whether to sell"),
            T("as much as £300,000", "up to £300,000"),
        ]),
    dict(  # 11
        domain="fatberg display", mode="rewrite",
        reference=(
            "A section of fatberg removed from a sewer beneath Corvell High Street is to go on display at the "
            "Halden Museum of City Life from 1 August. The 40-kilogram chunk, which has been dried and sealed in "
            "a resin case, is part of a mass estimated to have weighed 64 tonnes when it was discovered in "
            "January. Harrow Vale Water said it took a team of eight workers seven weeks to clear the blockage. "
            "Museum director Imogen Scaife said the exhibit was intended to 'start a conversation about what we "
            "flush'. Visitors will not be allowed to touch the case, and admission to the exhibition is free."),
        candidate=(
            "From 1 August, visitors to the Halden Museum of City Life will be able to see part of a fatberg "
            "that was pulled out of a sewer under Corvell High Street. The mass as a whole was estimated to "
            "weigh 64 tonnes when it was found in January; the museum's 40kg piece has been dried out and "
            "sealed inside a resin case. Clearing the blockage kept eight Harrow Vale Water workers busy for "
            "seven weeks, the company said. According to director Imogen Scaife, the exhibit is meant to "
            "'start a conversation about what we flush'. Entry to the exhibition costs nothing, but touching "
            "the case is not permitted."),
        errors=[],
        traps=[
            T("40kg piece", "40-kilogram chunk"),
            T("Clearing the blockage kept eight Harrow Vale Water workers busy for seven weeks",
              "it took a team of eight workers seven weeks to clear the blockage"),
            T("Entry to the exhibition costs nothing", "admission to the exhibition is free"),
            T("touching the case is not permitted", "Visitors will not be allowed to touch the case"),
        ]),
    dict(  # 12
        domain="crow funeral behaviour", mode="rewrite",
        reference=(
            "Researchers at the University of Marlow Fen have recorded wild crows gathering around dead members "
            "of their flock, behaviour sometimes described as a 'crow funeral'. The team placed 60 stuffed crow "
            "specimens in parks across the city over two years and filmed the responses. In most cases, dozens "
            "of crows arrived within minutes and called loudly, but did not touch the body. Lead author Dr "
            "Hester Blyth said the gatherings may help birds learn about dangers in their area, though she "
            "stressed that the study could not show what the crows understood. The findings are published in "
            "the Journal of Avian Behaviour."),
        candidate=(
            "Wild crows have been filmed gathering around dead members of their flock, in what are sometimes "
            "called 'crow funerals', by researchers at the University of Marlow Fen. Over two years the team "
            "left 60 stuffed crows in parks around the city and recorded how the birds reacted. Usually dozens "
            "of crows turned up within minutes and called loudly, but they did not touch the body. According "
            "to lead author Dr Hester Blyth, the gatherings help the birds learn about local dangers, although "
            "she emphasised that the study could not reveal what the crows understood. The research appears in "
            "the Journal of Avian Behaviour."),
        errors=[
            E("the gatherings help the birds learn about local dangers", "modality", "major",
              "the gatherings may help birds learn about dangers in their area"),
        ],
        traps=[
            T("Usually dozens of crows turned up within minutes",
              "In most cases, dozens of crows arrived within minutes"),
            T("could not reveal what the crows understood", "could not show what the crows understood"),
        ]),
    dict(  # 13
        domain="midwife's bag", mode="rewrite",
        reference=(
            "A midwife's bag used in the Harnley valley between 1948 and 1972 has been donated to the Pelham "
            "County Museum by the family of its owner, Nurse Ada Penhallow. The leather bag still contains her "
            "original instruments, including a brass Pinard horn, scissors and a set of scales. Nurse "
            "Penhallow, who travelled to home births by bicycle, is estimated to have delivered more than 2,000 "
            "babies. Her niece, Rosalind Kemp, said the family had kept the bag in a loft for 50 years. The "
            "museum plans to display it from the spring, after conservators have cleaned the instruments."),
        candidate=(
            "The family of Nurse Ada Penhallow have given the Pelham County Museum the midwife's bag she used "
            "in the Harnley valley from 1948 to 1972. Her original instruments, among them a brass Pinard horn, "
            "scissors and a set of scales, are still inside the leather bag. Cycling out to home births, she is "
            "reckoned to have delivered over 2,000 babies. Rosalind Kemp, her niece, said the family had stored "
            "the bag in a loft for half a century. Once conservators have cleaned the instruments, the museum "
            "plans to put it on display from the spring."),
        errors=[],
        traps=[
            T("have given the Pelham County Museum the midwife's bag",
              "has been donated to the Pelham County Museum"),
            T("from 1948 to 1972", "between 1948 and 1972"),
            T("reckoned to have delivered over 2,000 babies", "estimated to have delivered more than 2,000 babies"),
            T("for half a century", "for 50 years"),
        ]),
    dict(  # 14
        domain="prefab house listing", mode="rewrite",
        reference=(
            "A post-war prefabricated bungalow in Stourmead has been given Grade II listed status by Heritage "
            "Albion, making it one of only 11 surviving prefabs in the country to be protected. The "
            "aluminium-framed house at 7 Acorn Close was built in 1947 as temporary housing and was expected to "
            "last ten years. Its current occupant, 84-year-old Walter Crisp, has lived there since 1961. "
            "Heritage Albion said the bungalow retained its original kitchen units and a rare built-in "
            "refrigerator. Stourmead District Council, which owns the property, said it had no plans to alter "
            "the building."),
        candidate=(
            "Heritage Albion has granted Grade II listed status to a post-war prefabricated bungalow in "
            "Stourmead, which becomes one of just 11 surviving prefabs in the country to be protected. The "
            "aluminium-framed house at 7 Acorn Close was built in 1947 as temporary housing and was meant to "
            "last ten years. Walter Crisp, 84, who lives there, has been the occupant since 1961. Heritage "
            "Albion said the bungalow, built in 1947 as temporary housing, still had its original kitchen units "
            "and a rare built-in refrigerator. Stourmead Housing Association, which owns the property, said it "
            "had no plans to alter the building."),
        errors=[
            E("built in 1947 as temporary housing", "repetition", "minor", None, occ=1),
            E("Stourmead Housing Association", "entity", "major", "Stourmead District Council"),
        ],
        traps=[
            T("one of just 11 surviving prefabs", "one of only 11 surviving prefabs"),
            T("was meant to last ten years", "was expected to last ten years"),
        ]),
    dict(  # 15
        domain="bicycle bell orchestra", mode="rewrite",
        reference=(
            "An orchestra made up entirely of bicycle bells will perform at the Tamsworth Festival of Sound on "
            "22 July, its organisers have confirmed. The Tamsworth Bell Ensemble, founded in 2019 by music "
            "teacher Corinne Vale, has 36 members aged from seven to 79. Each player rings up to four bells "
            "tuned to different pitches. The group's 20-minute piece, 'Rush Hour', was composed by local "
            "student Ravi Doshi and will be performed from the back of a flatbed lorry in Market Square. "
            "Tickets are not required, but organisers have asked spectators to leave their own bicycles at "
            "home."),
        candidate=(
            "Organisers of the Tamsworth Festival of Sound have confirmed that an orchestra consisting only of "
            "bicycle bells will play there on 22 July. Music teacher Corinne Vale set up the Tamsworth Bell "
            "Ensemble in 2019; its 36 members range in age from seven to 79, and each plays as many as four "
            "bells, all tuned to different pitches. 'Rush Hour', the group's 20-minute piece by local student "
            "Ravi Doshi, will be played from the back of a flatbed lorry in Market Square. No ticket is needed, "
            "although spectators are being asked not to bring their own bicycles."),
        errors=[],
        traps=[
            T("consisting only of bicycle bells", "made up entirely of bicycle bells"),
            T("Music teacher Corinne Vale set up the Tamsworth Bell Ensemble in 2019",
              "The Tamsworth Bell Ensemble, founded in 2019 by music teacher Corinne Vale"),
            T("as many as four bells", "up to four bells"),
            T("No ticket is needed", "Tickets are not required"),
            T("not to bring their own bicycles", "to leave their own bicycles at home"),
        ]),
    dict(  # 16
        domain="cess pit finds", mode="rewrite",
        reference=(
            "Archaeologists excavating a medieval cess pit behind the former Swan Inn in Gorsham have recovered "
            "more than 400 objects, including a gold finger ring, bone dice and fragments of Venetian glass. "
            "The pit was found last autumn when builders began work on a car park. Site director Dr Marcus "
            "Eldridge said waterlogged conditions had preserved seeds and leather, which would be analysed to "
            "learn about the diet and clothing of the inn's customers. The finds will be catalogued over the "
            "winter and a selection will be exhibited at Gorsham Library next summer."),
        candidate=(
            "More than 400 objects, among them a gold finger ring, bone dice and pieces of Venetian glass, have "
            "been recovered by archaeologists from a medieval cess pit behind the old Swan Inn in Gorsham. The "
            "pit came to light last autumn when builders were demolishing a car park. Because the ground was "
            "waterlogged, seeds and leather survived, and these will be analysed for clues to what the inn's "
            "customers ate and wore, site director Dr Marcus Eldridge said. Over the winter the finds will be "
            "catalogued, with a selection going on show at Gorsham Library next summer."),
        errors=[
            E("were demolishing a car park", "event", "major", "began work on a car park"),
        ],
        traps=[
            T("pieces of Venetian glass", "fragments of Venetian glass"),
            T("the old Swan Inn", "the former Swan Inn"),
            T("for clues to what the inn's customers ate and wore",
              "to learn about the diet and clothing of the inn's customers"),
        ]),
    dict(  # 17
        domain="sheep hurdle weaver", mode="rewrite",
        reference=(
            "One of the last full-time sheep hurdle weavers in the Braymoor Downs has taken on an apprentice "
            "for the first time in 30 years. Josiah Thorne, 68, makes around 500 woven hazel hurdles a year, "
            "mostly for farmers who use them as temporary pens during lambing. His apprentice, 22-year-old "
            "Megan Ashcroft, will train with him for three years under a scheme funded by the Downs Rural "
            "Crafts Fund. Mr Thorne said a skilled weaver could finish a six-foot hurdle in about three hours. "
            "He cuts his hazel from coppiced woodland near Linhay Cross between November and March."),
        candidate=(
            "For the first time in three decades, Josiah Thorne, one of the few remaining full-time sheep "
            "hurdle weavers in the Braymoor Downs, has taken on an apprentice. Megan Ashcroft, 22, will spend "
            "three years training with the 68-year-old in a scheme paid for by the Downs Rural Crafts Fund. Mr "
            "Thorne turns out roughly 500 woven hazel hurdles annually, most of them for farmers who put them up "
            "as temporary pens at lambing time. He said a six-foot hurdle would take a skilled weaver about "
            "three hours. Between November and March he cuts his hazel from coppiced woodland close to Linhay "
            "Cross."),
        errors=[],
        traps=[
            T("For the first time in three decades", "for the first time in 30 years"),
            T("a scheme paid for by the Downs Rural Crafts Fund", "a scheme funded by the Downs Rural Crafts Fund"),
            T("roughly 500 woven hazel hurdles annually", "around 500 woven hazel hurdles a year"),
            T("a six-foot hurdle would take a skilled weaver about three hours",
              "a skilled weaver could finish a six-foot hurdle in about three hours"),
        ]),
    dict(  # 18
        domain="crown post roof", mode="rewrite",
        reference=(
            "A rare crown post roof dating from around 1380 has been uncovered above a suspended ceiling in a "
            "shop on Fore Street, Aldersey. The oak timbers were found in February when the owners, Tom and "
            "Lucy Brakewell, began converting the upper floor into a flat. Tree-ring dating carried out by "
            "Harrowgate Dendro Services confirmed the timbers were felled in the winter of 1379-80. Conservation "
            "officer Janet Oyelaran said the roof was 'almost completely intact' and one of only three of its "
            "kind in the town. The Brakewells have agreed to leave the timbers exposed."),
        candidate=(
            "A rare crown post roof built around 1380 has been discovered above a suspended ceiling in a Fore "
            "Street shop in Aldersey. Owners Tom and Lucy Brakewell found the oak timbers in February, shortly "
            "before they began turning the upper floor into a flat. Harrowgate Dendro Services carried out "
            "tree-ring dating, which confirmed that the trees were felled in the winter of 1379-80. According to "
            "conservation officer Janet Oyelaran, the roof is 'almost completely intact'. The Brakewells have "
            "agreed that the timbers will be left exposed."),
        errors=[
            E("shortly before they began", "date", "minor",
              "when the owners, Tom and Lucy Brakewell, began"),
            OMIT("the roof is 'almost completely intact'", "one of only three of its kind in the town", "minor"),
        ],
        traps=[
            T("Harrowgate Dendro Services carried out tree-ring dating",
              "Tree-ring dating carried out by Harrowgate Dendro Services"),
            T("have agreed that the timbers will be left exposed", "have agreed to leave the timbers exposed"),
        ]),
    dict(  # 19
        domain="sign writer gilding", mode="rewrite",
        reference=(
            "A sign writer from Clovelly Bridge has spent six weeks regilding the lettering on the façade of the "
            "town's 1890s Corn and Seed Merchants building, using 23.5-carat gold leaf. Alice Renshaw, who "
            "trained in traditional sign writing in the 1990s, said the job had used around 600 leaves of gold, "
            "each thinner than a human hair. The work was commissioned by the building's owners, Pellow "
            "Holdings, after a survey found that much of the original gilding had flaked away. Ms Renshaw said "
            "the new lettering should last at least 40 years if it is not damaged."),
        candidate=(
            "Using 23.5-carat gold leaf, Clovelly Bridge sign writer Alice Renshaw has spent a month and a half "
            "regilding the lettering on the front of the town's Corn and Seed Merchants building, which dates "
            "from the 1890s. Ms Renshaw, who learned traditional sign writing in the 1990s, said roughly 600 "
            "leaves of gold had gone into the job, each one thinner than a human hair. Pellow Holdings, which "
            "owns the building, commissioned the work after a survey showed that much of the original gilding "
            "had flaked off. Barring damage, she said, the new lettering ought to last for 40 years or more."),
        errors=[],
        traps=[
            T("a month and a half", "six weeks"),
            T("Pellow Holdings, which owns the building, commissioned the work",
              "The work was commissioned by the building's owners, Pellow Holdings"),
            T("Barring damage", "if it is not damaged"),
            T("ought to last for 40 years or more", "should last at least 40 years"),
        ]),
    dict(  # 20
        domain="speaking clock", mode="rewrite",
        reference=(
            "The recorded voice of the Calder Isles speaking clock is to be replaced after 35 years, the "
            "telephone operator Isletel has announced. The current recording, made in 1989 by former radio "
            "presenter Morwenna Tate, is still called around 4,000 times a week, mostly by older customers. "
            "Isletel said it was considering a public competition to choose the new voice but that no final "
            "decision had been made. The service, which gives the time to the nearest ten seconds, costs 15p "
            "per call. Ms Tate, now 81, said she was 'sad but not surprised'."),
        candidate=(
            "After 35 years, the Calder Isles speaking clock is to get a new voice, telephone operator Isletel "
            "has said. The existing recording was made in 1989 by Morwenna Tate, a former radio presenter, and "
            "is still dialled some 4,000 times a day, largely by older customers. Isletel will hold a public "
            "competition to choose the new voice. Calls to the service, which gives the time to the nearest ten "
            "seconds, cost 15p. Ms Tate, who is now 81, said she was 'sad but not surprised'."),
        errors=[
            E("4,000 times a day", "number", "major", "4,000 times a week"),
            E("will hold a public competition to choose the new voice", "modality", "major",
              "was considering a public competition to choose the new voice"),
        ],
        traps=[
            T("the Calder Isles speaking clock is to get a new voice",
              "The recorded voice of the Calder Isles speaking clock is to be replaced"),
            T("largely by older customers", "mostly by older customers"),
        ]),
    # ----------------------------------------------------------- summaries
    dict(  # 21
        domain="anti aircraft battery", mode="summary",
        reference=(
            "The remains of a wartime anti-aircraft battery on Callow Point have been added to the national "
            "register of scheduled monuments, giving them legal protection. The site, built in 1940, includes "
            "four concrete gun emplacements, a command post and the footings of accommodation huts for about 80 "
            "soldiers. Its guns are believed to have helped defend the nearby port of Westhaven during air "
            "raids in 1941. Historic Sites Albion said the battery was among the best-preserved of its type on "
            "the east coast. The landowner, the Callow Estate, plans to install information boards and a "
            "footpath next year."),
        candidate=(
            "A 1940 anti-aircraft battery on Callow Point, with four concrete gun emplacements, a command post "
            "and hut footings for around 80 troops, is now a legally protected scheduled monument. Historic "
            "Sites Albion called it one of the best-preserved of its type on the east coast; its guns probably "
            "helped defend Westhaven port during 1941 air raids. Landowner the Callow Estate plans to add "
            "information boards and a footpath next year."),
        errors=[],
        traps=[
            T("hut footings for around 80 troops", "the footings of accommodation huts for about 80 soldiers"),
            T("is now a legally protected scheduled monument",
              "have been added to the national register of scheduled monuments, giving them legal protection"),
            T("its guns probably helped defend Westhaven port",
              "Its guns are believed to have helped defend the nearby port of Westhaven"),
            T("Landowner the Callow Estate", "The landowner, the Callow Estate"),
        ]),
    dict(  # 22
        domain="saw doctor", mode="summary",
        reference=(
            "One of the last saw doctors in the Marrick Valley has retired after 52 years of sharpening and "
            "repairing saw blades for sawmills, joiners and tree surgeons. Harold Pybus, 77, took over the "
            "workshop in Steeple Dunham from his father in 1972. He is handing the business to his former "
            "apprentice, Kieran Lowe, who has worked alongside him for 11 years. Mr Pybus estimates he has "
            "re-toothed more than 30,000 blades in his career. The Marrick Valley Sawmillers' Association "
            "presented him with an engraved file at a dinner on Friday."),
        candidate=(
            "Saw doctor Harold Pybus, 77, has retired from the Steeple Dunham workshop he took over from his "
            "father in 1972, after 52 years and by his estimate more than 30,000 re-toothed blades. The business "
            "passes to Kieran Lowe, who trained him and has worked alongside him for 11 years. The Marrick Valley "
            "Sawmillers' Association gave him an engraved file."),
        errors=[
            E("Kieran Lowe, who trained him", "role", "major", "his former apprentice, Kieran Lowe"),
        ],
        traps=[
            T("by his estimate more than 30,000 re-toothed blades",
              "Mr Pybus estimates he has re-toothed more than 30,000 blades"),
        ]),
    dict(  # 23
        domain="stud book archive", mode="summary",
        reference=(
            "The complete stud book archive of the Fellside Pony Society, covering 130 years of breeding "
            "records, has been deposited at the Cumbrant County Record Office. The 46 volumes, the earliest "
            "dating from 1893, record the pedigrees of more than 18,000 ponies. Society secretary Lorna "
            "Hebblethwaite said members had been worried about storing the fragile books in a farmhouse attic. "
            "The record office plans to digitise the collection over the next two years with a £24,000 grant "
            "from the Northern Heritage Lottery Panel, after which the records will be searchable online free "
            "of charge."),
        candidate=(
            "The Fellside Pony Society has deposited its full stud book archive, 46 volumes of pedigrees for "
            "over 18,000 ponies going back to 1893, at the Cumbrant County Record Office; its secretary said "
            "members had worried about keeping the fragile books in a farmhouse attic. The office plans to use a "
            "£24,000 lottery grant to digitise them over the next two years, after which the records will be "
            "free to search online."),
        errors=[],
        traps=[
            T("its full stud book archive", "The complete stud book archive"),
            T("over 18,000 ponies", "more than 18,000 ponies"),
            T("going back to 1893", "the earliest dating from 1893"),
            T("will be free to search online", "will be searchable online free of charge"),
        ]),
    dict(  # 24
        domain="monkey puzzle felling", mode="summary",
        reference=(
            "A 120-year-old monkey puzzle tree in the grounds of Ashcombe Library is to be felled after "
            "inspectors found decay at its base, Ashcombe Town Council has said. Tree officer Gareth Mundy said "
            "the tree, around 22 metres tall, posed a risk to people using the library car park. Campaigners "
            "from the Ashcombe Civic Trust had asked for a second opinion, but the council said an independent "
            "survey had reached the same conclusion. Cuttings have been taken so that young trees grown from "
            "the original can be planted on the site. Felling is scheduled for 9 November, when the library "
            "will be closed."),
        candidate=(
            "A 120-year-old monkey puzzle tree in the grounds of Ashcombe Library is to be felled after decay was "
            "found at its base, the town council says; tree officer Gareth Mundy said it posed a risk to car "
            "park users. The Ashcombe Civic Trust said an independent survey had reached the same conclusion. "
            "Cuttings have been taken to grow replacements for the site. Felling is set for 9 November, with "
            "the library remaining open."),
        errors=[
            E("The Ashcombe Civic Trust said", "attribution", "major", "the council said"),
            E("with the library remaining open", "polarity", "minor", "when the library will be closed"),
        ],
        traps=[
            T("Cuttings have been taken to grow replacements for the site",
              "Cuttings have been taken so that young trees grown from the original can be planted on the site"),
            T("Felling is set for 9 November", "Felling is scheduled for 9 November"),
        ]),
    dict(  # 25
        domain="mortuary chapel", mode="summary",
        reference=(
            "A Victorian mortuary chapel in Heathfield Road Cemetery, Brackenby, is to be converted into a "
            "community arts space after standing empty for almost 40 years. The Gothic-style chapel, designed "
            "in 1868 by architect Samuel Lidgett, was placed on the Heritage at Risk register in 2004 because "
            "of its leaking roof and crumbling stonework. Brackenby Borough Council has leased the building for "
            "99 years to the Chapel Arts Collective, which has raised £410,000 towards the £650,000 "
            "restoration. Work is due to begin in the spring and take about 18 months. The cemetery itself "
            "remains in use for burials."),
        candidate=(
            "Heathfield Road Cemetery's Gothic mortuary chapel in Brackenby, designed in 1868 and empty for "
            "nearly four decades, is to become a community arts space. Added to the Heritage at Risk register "
            "in 2004, it has been leased for 99 years by the borough council to the Chapel Arts Collective, "
            "which has raised £410,000 of the £650,000 restoration cost. Work should start in spring and take "
            "around a year and a half."),
        errors=[],
        traps=[
            T("empty for nearly four decades", "standing empty for almost 40 years"),
            T("Added to the Heritage at Risk register in 2004", "placed on the Heritage at Risk register in 2004"),
            T("has raised £410,000 of the £650,000 restoration cost",
              "has raised £410,000 towards the £650,000 restoration"),
            T("take around a year and a half", "take about 18 months"),
        ]),
    dict(  # 26
        domain="water wheel generator", mode="summary",
        reference=(
            "A restored 19th-century water wheel at Pennick Mill is now generating electricity for the first "
            "time, supplying enough power for around 30 homes. The wheel, 5.5 metres in diameter, had not "
            "turned since 1958. Volunteers from the Pennick Mill Trust spent four years rebuilding it, fitting a "
            "modern generator that feeds power into the local grid. The project cost £186,000, most of which "
            "came from the Riverlands Energy Fund. Trust chairman Derek Olowe said income from selling "
            "electricity would pay for the mill's upkeep. The mill will be open to visitors on the first Sunday "
            "of each month."),
        candidate=(
            "Pennick Mill's 5.5-metre, 19th-century water wheel, idle since 1958, is generating grid electricity "
            "for the first time after a four-year rebuild by Pennick Mill Trust volunteers, producing enough for "
            "some 300 homes. Most of the £186,000 cost came from the Riverlands Energy Fund; the trust says "
            "electricity sales will pay for the mill's upkeep."),
        errors=[
            E("some 300 homes", "number", "major", "around 30 homes"),
        ],
        traps=[
            T("idle since 1958", "had not turned since 1958"),
            T("a four-year rebuild by Pennick Mill Trust volunteers",
              "Volunteers from the Pennick Mill Trust spent four years rebuilding it"),
        ]),
    dict(  # 27
        domain="local currency", mode="summary",
        reference=(
            "The Wendlebury Pound, a local currency launched in 2015 to encourage spending in independent "
            "shops, will be withdrawn at the end of June, its organisers have announced. The Wendlebury "
            "Currency Cooperative said that the number of businesses accepting the notes had fallen from a peak "
            "of 210 to fewer than 60, and that printing costs had become unsustainable. Holders will be able to "
            "exchange notes for sterling at the Wendlebury Credit Union until 31 December. Chair of the "
            "cooperative Gillian Forde said the scheme had 'kept millions of pounds circulating in the town', "
            "but that shoppers had increasingly switched to card payments."),
        candidate=(
            "The Wendlebury Pound, introduced in 2015 to encourage spending in independent shops, is to be "
            "withdrawn at the end of June, its cooperative says, as fewer than 60 businesses now accept it, "
            "down from a peak of 210, and printing costs have become unsustainable. Notes can be swapped for "
            "sterling at the Wendlebury Credit Union until 31 December. The cooperative's chair said the scheme "
            "had kept millions of pounds circulating locally, but shoppers were increasingly paying by card."),
        errors=[],
        traps=[
            T("fewer than 60 businesses now accept it, down from a peak of 210",
              "the number of businesses accepting the notes had fallen from a peak of 210 to fewer than 60"),
            T("Notes can be swapped for sterling", "Holders will be able to exchange notes for sterling"),
            T("circulating locally", "circulating in the town"),
            T("shoppers were increasingly paying by card", "shoppers had increasingly switched to card payments"),
        ]),
    dict(  # 28
        domain="holly sale tradition", mode="summary",
        reference=(
            "The annual holly and mistletoe auction at Tenbury Cross, a tradition dating back to the 1850s, drew "
            "a record 1,100 visitors on Tuesday, a year after snow forced the sale to be postponed by a week. "
            "Around 900 lots were sold by auctioneers Pargeter & Lowe, with the top price of £340 paid for a "
            "bundle of heavily berried holly from an orchard at Stoke Marden. Auctioneer Frank Pargeter said "
            "berries had been plentiful this year after a dry summer. Two further sales will be held in the "
            "first two weeks of December. Proceeds from a charity lot went to the Tenbury Cross air ambulance "
            "appeal."),
        candidate=(
            "Tenbury Cross's holly and mistletoe auction, held since the 1850s, attracted a record 1,100 "
            "visitors on Tuesday, a year after snow led to its cancellation. Pargeter & Lowe sold around 900 "
            "lots, topped by £340 for a bundle of well-berried Stoke Marden holly; the auctioneer said a dry "
            "summer had left berries plentiful. Most buyers were florists and wreath-makers. Two more sales "
            "follow in early December."),
        errors=[
            E("snow led to its cancellation", "event", "major", "snow forced the sale to be postponed by a week"),
            E("Most buyers were florists and wreath-makers", "addition", "minor", None),
        ],
        traps=[
            T("held since the 1850s", "a tradition dating back to the 1850s"),
            T("Two more sales follow in early December",
              "Two further sales will be held in the first two weeks of December"),
        ]),
    dict(  # 29
        domain="penny bank", mode="summary",
        reference=(
            "A ledger from one of the country's first penny banks, which allowed working families to save as "
            "little as a penny a week, has been discovered in the basement of the former Co-operative Hall in "
            "Millbrook. The ledger covers the years 1859 to 1866 and lists more than 1,200 depositors, many of "
            "them children and domestic servants. Local historian Agnes Whitlock, who found the book while "
            "cataloguing the hall's papers, said the largest single balance recorded was £4 and 6 shillings. "
            "The ledger has been handed to the Millbrook Archive, which hopes to put a transcription online by "
            "the end of the year."),
        candidate=(
            "A ledger from an early penny bank, where working families could save from a penny a week, has been "
            "found in the basement of Millbrook's old Co-operative Hall. Covering 1859 to 1866, it lists over "
            "1,200 savers, many of them children and servants; the biggest balance was £4 and 6 shillings, "
            "according to historian Agnes Whitlock, who found it. The Millbrook Archive, now holding the ledger, "
            "hopes to publish a transcription online by year's end."),
        errors=[],
        traps=[
            T("Covering 1859 to 1866", "covers the years 1859 to 1866"),
            T("over 1,200 savers", "more than 1,200 depositors"),
            T("the biggest balance", "the largest single balance recorded"),
            T("by year's end", "by the end of the year"),
        ]),
    dict(  # 30
        domain="horse bus replica", mode="summary",
        reference=(
            "A full-size replica of a Victorian horse-drawn omnibus has been completed by apprentices at the "
            "Dunstan Coachworks in Farleigh after three years of work. The 26-seat vehicle, painted in the "
            "green and cream livery of the Farleigh Omnibus Company, which operated between 1874 and 1905, was "
            "built using original drawings held by the county archive. It will be pulled by two Shire horses "
            "from the nearby Ridley Farm and will carry passengers along the seafront on summer weekends from "
            "June. Fares will be £3 for adults and £1 for children, with proceeds going to the Farleigh Heritage "
            "Trust."),
        candidate=(
            "Apprentices at Farleigh's Dunstan Coachworks have completed a full-size, 26-seat replica of a "
            "Victorian horse-drawn omnibus, built from original archive drawings, after three years of work. "
            "Painted in the green and cream livery of the Farleigh Omnibus Company (1874-1905) and built from "
            "original archive drawings, it will be pulled by two Shire horses from Ridley Farm and carry "
            "passengers along the seafront on summer weekends from June; fares of £3 for adults and £1 for children will "
            "go to the Farleigh Heritage Trust."),
        errors=[
            E("built from original archive drawings", "repetition", "minor", None, occ=1),
        ],
        traps=[
            T("(1874-1905)", "which operated between 1874 and 1905"),
            T("fares of £3 for adults and £1 for children will go to the Farleigh Heritage Trust",
              "Fares will be £3 for adults and £1 for children, with proceeds going to the Farleigh Heritage Trust"),
        ]),
    # -------------------------------------------------------- translations
    dict(  # 31
        domain="saddle maker's order book", mode="translation",
        reference=(
            "The order book of a saddle maker who worked in the town of Vellaine from 1902 to 1938 has been "
            "donated to the regional museum of Haute-Brassac. The book, recovered by the craftsman's "
            "great-granddaughter, contains nearly 3,000 orders, including several from the cavalry barracks and "
            "one from a circus. 'It is a portrait of a whole society through its horses,' said the museum's "
            "director, Hélène Varnier. The museum intends to exhibit the book next year alongside tools from the "
            "workshop, which closed in 1938. A digitised version will be made available to researchers."),
        candidate=(
            "Haute-Brassac's regional museum has received as a gift the order register of a saddler who "
            "practised in Vellaine between 1902 and 1938. Found by the artisan's great-granddaughter, the "
            "register holds almost 3,000 commissions, among them several placed by the cavalry barracks and one "
            "by a circus. Museum director Hélène Varnier described it as 'the portrait of an entire society, "
            "seen through its horses'. Next year the museum plans to show the register together with tools from "
            "the workshop, which shut down in 1938. Researchers will have access to a digital version."),
        errors=[],
        traps=[
            T("a saddler who practised in Vellaine", "a saddle maker who worked in the town of Vellaine"),
            T("between 1902 and 1938", "from 1902 to 1938"),
            T("almost 3,000 commissions", "nearly 3,000 orders"),
            T("which shut down in 1938", "which closed in 1938"),
        ]),
    dict(  # 32
        domain="communal bakehouse", mode="translation",
        reference=(
            "The communal bakehouse of Saint-Aubrac, built in 1791 and unused since 1962, was relit on Sunday in "
            "front of some 200 residents. The restoration, which took two years, was carried out by the Friends "
            "of the Old Oven association with the help of a master mason from Lorvenne, Gilles Mabrut. The first "
            "batch of 80 loaves was distributed free of charge. Mayor Christine Delpoux announced that the oven "
            "would be fired on the first Sunday of each month during the summer. 'Villagers used to bake their "
            "bread here every week,' she recalled."),
        candidate=(
            "On Sunday, some 200 inhabitants watched as the shared bread oven of Saint-Aubrac, built in 1791 and "
            "out of use since 1962, was lit again. The two-year restoration was the work of the association "
            "Friends of the Old Oven, assisted by Gilles Mabrut, a master stonemason from Lorvenne. The first 80 "
            "loaves to come out were handed out for free. The mayor, Christine Mabrut, said the oven would be "
            "fired up on the first Sunday of every month through the summer. 'In the past, villagers baked their "
            "bread here each week,' she remembered."),
        errors=[
            E("Christine Mabrut", "entity", "major", "Christine Delpoux"),
        ],
        traps=[
            T("out of use since 1962", "unused since 1962"),
            T("The two-year restoration", "The restoration, which took two years"),
            T("were handed out for free", "was distributed free of charge"),
        ]),
    dict(  # 33
        domain="sunken forest", mode="translation",
        reference=(
            "Divers have mapped a sunken forest lying eight metres below the surface of Lake Orvanne, in the "
            "Varenne hills. The tree stumps, some still rooted, are estimated to be about 7,000 years old and "
            "were submerged when the lake level rose. The survey, led by the University of Besmont, identified "
            "more than 150 trunks, mainly oak and pine. According to archaeologist Paul Renaudet, the cold, "
            "oxygen-poor water explains their exceptional state of preservation. Samples will be dated by "
            "radiocarbon in the coming months. Diving at the site is now forbidden without authorisation."),
        candidate=(
            "A forest swallowed by Lake Orvanne, in the Varenne hills, has been charted by divers at a depth of "
            "eight metres. Thought to be roughly 7,000 years old, the stumps, some of them still anchored by "
            "their roots, went under when the water level of the lake rose. The University of Besmont led the "
            "survey, which counted over 150 trunks, for the most part oak and pine. Archaeologist Paul Renaudet "
            "attributes their remarkably good condition to the cold water, which holds little oxygen. "
            "Radiocarbon dating of samples will be carried out over the coming months. From now on, no one may "
            "dive at the site without permission."),
        errors=[],
        traps=[
            T("at a depth of eight metres", "eight metres below the surface"),
            T("over 150 trunks", "more than 150 trunks"),
            T("for the most part oak and pine", "mainly oak and pine"),
            T("no one may dive at the site without permission",
              "Diving at the site is now forbidden without authorisation"),
        ]),
    dict(  # 34
        domain="broom squire", mode="translation",
        reference=(
            "Anton Verhaeghe, 74, one of the last traditional broom makers on the Dalmeer heath, will hand over "
            "his workshop to his nephew Joris in January. For more than fifty years he has bound birch twigs "
            "onto hazel handles by hand, producing around 1,500 brooms a season. The heathland foundation "
            "Natuurfonds Dalmeer supplies him with the birch, which is cut during the winter management of the "
            "heath. 'A good broom lasts longer than a cheap plastic one,' he said. His brooms are sold at "
            "markets and to gardeners and stable owners."),
        candidate=(
            "Anton Verhaeghe, aged 74 and among the last traditional broom makers of the Dalmeer heath, handed "
            "over his workshop to his nephew Joris last January. For over half a century he has tied birch "
            "twigs by hand to hazel handles, turning out some 1,500 brooms each season. The birch is cut every "
            "winter when the heath is managed, and he supplies the Natuurfonds Dalmeer foundation with it. 'A "
            "well-made broom outlasts a cheap plastic one,' he says. His brooms find buyers at markets and "
            "among gardeners and stable owners."),
        errors=[
            E("handed over his workshop to his nephew Joris last January", "date", "major",
              "will hand over his workshop to his nephew Joris in January"),
            E("he supplies the Natuurfonds Dalmeer foundation", "role", "minor",
              "Natuurfonds Dalmeer supplies him"),
        ],
        traps=[
            T("For over half a century", "For more than fifty years"),
            T("some 1,500 brooms each season", "around 1,500 brooms a season"),
            T("A well-made broom outlasts a cheap plastic one", "A good broom lasts longer than a cheap plastic one"),
        ]),
    dict(  # 35
        domain="fingerpost sign repair", mode="translation",
        reference=(
            "Volunteers in the municipality of Oberlinden have restored 23 cast-iron signposts dating from the "
            "late 19th century. The posts, which show distances to neighbouring villages in hours of walking, "
            "had been damaged by weather and, in some cases, by farm vehicles. Blacksmith Martina Egger recast "
            "four missing arms using an original as a mould. The work cost 18,000 euros, half of which was paid "
            "by the district. According to the local history society, only about a hundred such signposts "
            "remain in the region. The last post will be reinstalled at the Kreuzweg junction at the end of "
            "April."),
        candidate=(
            "Twenty-three cast-iron signposts from the end of the 19th century have been restored by volunteers "
            "in Oberlinden. The posts indicate how many hours' walk it is to the surrounding villages; they had "
            "suffered from the weather and some had been hit by agricultural machinery. Using an original arm as "
            "a mould, blacksmith Martina Egger cast four replacement arms for those that were missing. The "
            "restoration cost 18,000 euros, with the district covering 50 per cent. The local history society "
            "says that there are only around a hundred of these signposts left in the region. At the end of "
            "April, the final post will go back up at the Kreuzweg crossroads."),
        errors=[],
        traps=[
            T("Twenty-three cast-iron signposts", "23 cast-iron signposts"),
            T("from the end of the 19th century", "dating from the late 19th century"),
            T("with the district covering 50 per cent", "half of which was paid by the district"),
            T("only around a hundred of these signposts left", "only about a hundred such signposts remain"),
        ]),
    dict(  # 36
        domain="coelacanth loan", mode="translation",
        reference=(
            "The natural history museum of Porto Salvo will lend its preserved coelacanth to the Museo del Mar in "
            "Valdecruz for an exhibition opening in March. The specimen, caught off the Comoros in 1974, is one "
            "of only a handful held in southern Europe. Curator Inés Barroso said the fish, which is stored in a "
            "tank of preservative fluid, would travel in a specially built refrigerated crate. The loan will last "
            "eight months. The museum stressed that the specimen had never left Porto Salvo before and that it "
            "had not been easy to agree the insurance terms."),
        candidate=(
            "Porto Salvo's natural history museum is to loan its preserved coelacanth to Valdecruz's Museo del "
            "Mar for an exhibition that opens in March. Caught in 1974 off the Comoros, the specimen is among the "
            "very few kept in southern Europe. According to curator Inés Barroso, the fish, which is kept in a "
            "tank of preserving liquid, will make the journey in a refrigerated crate built specially for it. The "
            "loan is for eight months. The museum emphasised that it was not the first time the specimen had left "
            "Porto Salvo, and that agreeing the insurance conditions had been difficult."),
        errors=[
            E("it was not the first time the specimen had left Porto Salvo", "polarity", "major",
              "the specimen had never left Porto Salvo before"),
        ],
        traps=[
            T("The loan is for eight months", "The loan will last eight months"),
            T("agreeing the insurance conditions had been difficult",
              "it had not been easy to agree the insurance terms"),
        ]),
    dict(  # 37
        domain="apotropaic marks survey", mode="translation",
        reference=(
            "A survey of the Serrault valley has recorded more than 600 apotropaic marks, symbols carved to ward "
            "off evil, in 74 farmhouses, barns and chapels. The most common are daisy wheels and overlapping Vs, "
            "usually found near doors, windows and fireplaces, which were considered the points through which "
            "evil could enter. The survey, carried out over three years by volunteers from the Serrault Heritage "
            "Circle, was coordinated by ethnologist Claire Montfaucon. She said most of the marks probably date "
            "from the 17th and 18th centuries. The results will be published in a book this autumn."),
        candidate=(
            "Volunteers from the Serrault Heritage Circle, working for three years under the coordination of "
            "ethnologist Claire Montfaucon, have listed over 600 apotropaic marks, signs carved to keep evil "
            "away, in 74 farms, barns and chapels of the Serrault valley. Daisy wheels and interlaced Vs are the "
            "most frequent; they generally appear close to doors, windows and hearths, places through which evil "
            "was believed to be able to get in. According to Ms Montfaucon, the majority of the marks are likely "
            "to date from the 17th and 18th centuries. A book presenting the findings will come out this "
            "autumn."),
        errors=[],
        traps=[
            T("over 600 apotropaic marks", "more than 600 apotropaic marks"),
            T("signs carved to keep evil away", "symbols carved to ward off evil"),
            T("the majority of the marks are likely to date", "most of the marks probably date"),
            T("A book presenting the findings will come out this autumn",
              "The results will be published in a book this autumn"),
        ]),
    dict(  # 38
        domain="basking shark tagging", mode="translation",
        reference=(
            "Marine biologists from the Institute of Ocean Studies in Kerlavec have fitted satellite tags to 14 "
            "basking sharks off the island of Brénach this summer. The tags will record depth and water "
            "temperature for up to a year before detaching and floating to the surface. Project leader Yannick "
            "Le Goff said the data could reveal where the sharks spend the winter, which remains largely "
            "unknown. The sharks, which can reach ten metres in length, feed only on plankton and are harmless "
            "to humans. The team has asked boat operators to keep at least 100 metres away from the animals."),
        candidate=(
            "This summer, marine biologists from Kerlavec's Institute of Ocean Studies attached satellite tags "
            "to 14 basking sharks off the island of Kerlavec. For as long as a year, the tags will log depth and "
            "water temperature, then come loose and float up to the surface. According to project leader "
            "Yannick Le Goff, the data will show where the sharks spend the winter, something that is still "
            "largely a mystery. The sharks, which can grow to ten metres long, eat nothing but plankton and pose "
            "no danger to people. Boat operators have been asked by the team to stay no closer than 100 metres "
            "to the animals."),
        errors=[
            E("the island of Kerlavec", "entity", "major", "the island of Brénach"),
            E("the data will show where the sharks spend the winter", "modality", "minor",
              "the data could reveal where the sharks spend the winter"),
        ],
        traps=[
            T("eat nothing but plankton", "feed only on plankton"),
            T("pose no danger to people", "are harmless to humans"),
            T("stay no closer than 100 metres", "keep at least 100 metres away"),
        ]),
    dict(  # 39
        domain="bottle dump dig", mode="translation",
        reference=(
            "Members of the Westerduin archaeological club have recovered around 2,500 bottles and stoneware jars "
            "from a 19th-century rubbish dump uncovered during drainage works near the village of Kolham. Among "
            "the finds are mineral water bottles from a spa that closed in 1911 and a rare blue poison bottle. "
            "Excavation leader Sanne Oudekerk said the dump was probably used by several households between 1870 "
            "and 1910. The municipality has given the club until the end of September to complete the dig, after "
            "which the drainage works will resume. A selection of bottles will be shown at the village hall in "
            "November."),
        candidate=(
            "Some 2,500 bottles and stoneware pots have been dug out by members of the Westerduin archaeology "
            "club from a 19th-century refuse tip that came to light during drainage work close to Kolham. The "
            "finds include mineral water bottles from a spa that shut in 1911, as well as an uncommon blue poison "
            "bottle. Sanne Oudekerk, who is leading the excavation, said several households had probably used "
            "the dump between 1870 and 1910. The municipality has set the club a deadline of the end of September "
            "to finish digging; then the drainage work will start again. In November, a selection of the bottles "
            "will go on show in the village hall."),
        errors=[],
        traps=[
            T("Some 2,500 bottles", "around 2,500 bottles"),
            T("19th-century refuse tip", "19th-century rubbish dump"),
            T("an uncommon blue poison bottle", "a rare blue poison bottle"),
            T("then the drainage work will start again", "after which the drainage works will resume"),
        ]),
    dict(  # 40
        domain="punt building class", mode="translation",
        reference=(
            "Twelve adults have completed a ten-week evening course in traditional punt building at the "
            "Grachtendam boatyard museum. Under the guidance of shipwright Pieter Hoogland, participants built "
            "two flat-bottomed oak punts of the kind once used to carry peat through the town's canals. The boats "
            "were launched on Saturday in the museum harbour and will be used for guided tours from next month. "
            "The course, subsidised by the province, cost participants 250 euros each. Because of high demand, "
            "the museum plans to repeat it in the autumn."),
        candidate=(
            "At the Grachtendam boatyard museum, twelve adults have finished a ten-week evening class in "
            "traditional punt building. Guided by shipwright Pieter Hoogland, the group restored two "
            "flat-bottomed oak punts like those formerly used to transport peat along the town's canals. On "
            "Saturday the boats went into the water in the museum harbour; from next month they will take "
            "visitors on guided tours. Participants each paid 250 euros for the course, which received a subsidy "
            "from the province. The museum intends to run it again in the autumn, as demand has been high."),
        errors=[
            E("restored two flat-bottomed oak punts", "event", "major", "built two flat-bottomed oak punts"),
        ],
        traps=[
            T("On Saturday the boats went into the water", "The boats were launched on Saturday"),
            T("Participants each paid 250 euros for the course", "cost participants 250 euros each"),
            T("intends to run it again in the autumn", "plans to repeat it in the autumn"),
        ]),
]


# --------------------------------------------------------------------------
# offset computation and validation

class SetError(Exception):
    pass


def find_occurrence(haystack, needle, occ, where):
    pos = -1
    for _ in range(occ + 1):
        pos = haystack.find(needle, pos + 1)
        if pos < 0:
            raise SetError("%s: occurrence %d of %r not found" % (where, occ, needle))
    return pos


def check_word_edges(cand, start, end, where):
    if start > 0 and start < len(cand) and cand[start].isalnum() and cand[start - 1].isalnum():
        raise SetError("%s: span starts inside a word at %d" % (where, start))
    if end < len(cand) and end > 0 and cand[end - 1].isalnum() and cand[end].isalnum():
        raise SetError("%s: span ends inside a word at %d" % (where, end))


def build_record(i, case):
    rid = "s%d-%03d" % (N, i + 1)
    ref, cand = case["reference"], case["candidate"]
    errors, traps, spans = [], [], []

    for e in case["errors"]:
        etype, ref_text = e["type"], e["ref"]
        if etype not in ERROR_TYPES:
            raise SetError("%s: bad error type %r" % (rid, etype))
        if e["severity"] not in SEVERITIES:
            raise SetError("%s: bad severity %r" % (rid, e["severity"]))
        if etype == "omission":
            anchor = find_occurrence(cand, e["after"], e["occ"], rid)
            start = end = anchor + len(e["after"])
            text = ""
            if start > 0 and start < len(cand) and cand[start - 1].isalnum() and cand[start].isalnum():
                raise SetError("%s: omission point inside a word" % rid)
            if not ref_text or ref_text not in ref:
                raise SetError("%s: omission ref_text not in reference: %r" % (rid, ref_text))
            if ref_text.lower() in cand.lower():
                raise SetError("%s: omitted words still present in candidate: %r" % (rid, ref_text))
        else:
            text = e["text"]
            start = find_occurrence(cand, text, e["occ"], rid)
            end = start + len(text)
            check_word_edges(cand, start, end, rid)
            if etype in ("addition", "repetition"):
                if ref_text is not None:
                    raise SetError("%s: %s must have ref_text null" % (rid, etype))
                if etype == "repetition" and text not in cand[:start]:
                    raise SetError("%s: repetition %r has no earlier copy" % (rid, text))
            else:
                if not ref_text or ref_text not in ref:
                    raise SetError("%s: ref_text not in reference: %r" % (rid, ref_text))
                if ref_text == text:
                    raise SetError("%s: error text equals ref_text: %r" % (rid, text))
        errors.append({"start": start, "end": end, "text": text, "type": etype,
                       "severity": e["severity"], "ref_text": ref_text})
        spans.append((start, end, "error %s" % etype))

    for t in case["traps"]:
        start = find_occurrence(cand, t["text"], t["occ"], rid)
        end = start + len(t["text"])
        check_word_edges(cand, start, end, rid)
        if t["ref"] not in ref:
            raise SetError("%s: trap ref_text not in reference: %r" % (rid, t["ref"]))
        if t["ref"] == t["text"]:
            raise SetError("%s: trap text equals its ref_text: %r" % (rid, t["text"]))
        traps.append({"start": start, "end": end, "text": t["text"], "ref_text": t["ref"]})
        spans.append((start, end, "trap"))

    # no overlaps (a zero-width omission point may touch a span's edge, not sit inside it)
    spans.sort()
    for a, b in zip(spans, spans[1:]):
        if a[1] > b[0] or (a[0] == b[0] and a[1] == b[1]):
            if not (a[0] == a[1] and a[0] == b[0]) and not (b[0] == b[1] and b[0] == a[1]):
                raise SetError("%s: overlapping spans %r and %r" % (rid, a, b))
    for (s, e_, kind) in spans:
        if s == e_:
            for (s2, e2, k2) in spans:
                if s2 < s < e2:
                    raise SetError("%s: omission point inside %s" % (rid, k2))

    errors.sort(key=lambda x: (x["start"], x["end"]))
    traps.sort(key=lambda x: (x["start"], x["end"]))
    label = "inconsistent" if errors else "consistent"
    return {"id": rid, "domain": case["domain"], "mode": case["mode"], "reference": ref,
            "candidate": cand, "label": label, "errors": errors, "traps": traps}


def validate_set(records):
    problems = []
    if len(records) != 40:
        problems.append("expected 40 pairs, got %d" % len(records))
    domains = [r["domain"] for r in records]
    if sorted(domains) != sorted(DOMAINS) or len(set(domains)) != len(domains):
        problems.append("domains must be the 40 listed, each once")
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")

    modes = Counter(r["mode"] for r in records)
    if modes != Counter({"rewrite": 20, "summary": 10, "translation": 10}):
        problems.append("mode counts %r" % dict(modes))
    for m in modes:
        lab = Counter(r["label"] for r in records if r["mode"] == m)
        if lab["consistent"] != lab["inconsistent"]:
            problems.append("mode %s not half consistent: %r" % (m, dict(lab)))
    labels = Counter(r["label"] for r in records)
    if labels != Counter({"consistent": 20, "inconsistent": 20}):
        problems.append("label counts %r" % dict(labels))

    types = Counter(e["type"] for r in records for e in r["errors"])
    if sum(types.values()) != 30:
        problems.append("expected 30 errors, got %d" % sum(types.values()))
    for t in ERROR_TYPES:
        if types[t] < 2:
            problems.append("error type %s used %d times (<2)" % (t, types[t]))

    for r in records:
        rid, nw = r["id"], len(r["reference"].split())
        if not 70 <= nw <= 190:
            problems.append("%s: reference has %d words" % (rid, nw))
        if r["mode"] == "summary" and len(r["candidate"]) >= len(r["reference"]):
            problems.append("%s: summary not shorter than reference" % rid)
        if r["mode"] == "summary" and any(e["type"] == "omission" for e in r["errors"]):
            problems.append("%s: omission in a summary" % rid)
        nt = len(r["traps"])
        if r["label"] == "consistent" and not 3 <= nt <= 5:
            problems.append("%s: consistent pair with %d traps" % (rid, nt))
        if r["label"] == "inconsistent" and not 0 <= nt <= 3:
            problems.append("%s: inconsistent pair with %d traps" % (rid, nt))
        if r["label"] == "inconsistent" and not 1 <= len(r["errors"]) <= 3:
            problems.append("%s: %d errors" % (rid, len(r["errors"])))
        for x in r["errors"] + r["traps"]:
            if r["candidate"][x["start"]:x["end"]] != x["text"]:
                problems.append("%s: offsets do not reproduce %r" % (rid, x["text"]))
    return problems


def main(argv):
    check_only = "--check" in argv[1:]
    try:
        records = [build_record(i, c) for i, c in enumerate(CASES)]
    except SetError as exc:
        print("INVALID:", exc)
        return 1
    problems = validate_set(records)
    if problems:
        print("INVALID:")
        for p in problems:
            print("  -", p)
        return 1

    types = Counter(e["type"] for r in records for e in r["errors"])
    modes = Counter((r["mode"], r["label"]) for r in records)
    n_traps = sum(len(r["traps"]) for r in records)
    print("valid: %d pairs, %d errors, %d traps" % (len(records), sum(types.values()), n_traps))
    print("modes/labels:", dict(sorted(modes.items())))
    print("error types:", dict(sorted(types.items())))
    if check_only:
        return 0
    with open(OUT_PATH, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", OUT_PATH)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
