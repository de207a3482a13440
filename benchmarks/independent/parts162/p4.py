"""Cases 31-40 of set162 (hand-written; all names invented)."""
from .common import C, E, T

CASES = [
    # 31 --------------------------------------------------------------- rewrite, consistent
    C("bus shelter vandalism", "rewrite",
      """Vandals smashed the glass panels of 27 bus shelters in the Eastfield area of Dunmere over a single
      weekend, the city's transport authority said on Monday. Replacing the panels will cost about
      £32,000, money that the authority said would otherwise have been spent on new real-time information
      displays. Police believe the damage was caused by a small group of young people using catapults and
      have increased patrols in the area. Inspector Karen Doyle appealed for anyone with doorbell or
      dashcam footage from the night of Saturday 8 March to come forward. Repairs are expected to be
      completed by the end of next week. In the meantime, passengers are being advised to stand well
      clear of any damaged shelters.""",
      """Over just one weekend, 27 bus shelters in Dunmere's Eastfield district had their glass panels
      smashed, the city's transport authority reported on Monday. The authority put the cost of new
      panels at roughly £32,000 and said the money would otherwise have gone on new real-time information
      screens. Police, who have stepped up patrols in Eastfield, think a small group of youths armed with
      catapults was responsible. Inspector Karen Doyle asked anyone with doorbell or dashcam recordings
      from the night of Saturday 8 March to get in touch. The repairs should be finished by the end of
      next week; until then, passengers are advised to keep well away from damaged shelters.""",
      traps=[
          T("roughly £32,000", "about £32,000"),
          T("stepped up patrols", "increased patrols"),
          T("a small group of youths armed with catapults", "a small group of young people using catapults"),
          T("get in touch", "come forward"),
          T("keep well away from", "stand well clear of"),
      ]),

    # 32 --------------------------------------------------------------- summary, inconsistent
    C("cheque clearing delay", "summary",
      """Thousands of cheques paid into banks across Westland last week have not yet cleared because of a
      fault at the national clearing house, ClearNet. The company said a hardware failure on Tuesday had
      stopped it processing about 180,000 cheques, worth a combined 410 million crowns. Most should clear
      by Friday, it said. ClearNet stressed that the money was not at risk and that no customer would be
      charged interest or fees as a result of the delay. Small businesses, many of which still rely on
      cheques from public-sector clients, said the hold-up had left them short of cash to pay staff. The
      finance ministry said it had asked ClearNet for a full report.""",
      """A hardware fault at Westland's clearing house, ClearNet, has held up about 180,000 cheques worth
      410 million crowns since Tuesday, with most expected to clear by Friday. ClearNet said the money was
      safe but warned that some customers could face interest or fees because of the delay. Small firms
      that depend on cheques from public bodies say they are struggling to pay staff, and the finance
      ministry has asked for a full report.""",
      errors=[
          E("warned that some customers could face interest or fees", "polarity", "major",
            "no customer would be charged interest or fees"),
      ],
      traps=[
          T("the money was safe", "the money was not at risk"),
          T("public bodies", "public-sector clients"),
      ]),

    # 33 --------------------------------------------------------------- rewrite, inconsistent
    C("suicide prevention barrier", "rewrite",
      """Work will begin next month on a 2.5-metre safety barrier along the Calloway Bridge in Port Henley,
      after the transport department approved funding of 3.4 million dollars. The bridge has been the
      site of 14 deaths in the past five years, according to the coroner's office. Mental health charity
      Lifeline Harbour, which campaigned for the barrier, said it would also fund signs with a helpline
      number at both ends of the bridge. The department's project manager, Alan Fraser, said construction
      would take about eight months and that one footpath would stay open throughout. Some residents had
      objected that the barrier would spoil views of the harbour, but the department said the design used
      thin vertical wires to reduce the visual impact.""",
      """A 2.5-metre safety barrier is to be built along the Calloway Bridge in Port Henley, with work
      starting next month now that the transport department has approved $3.4m of funding. According to
      Lifeline Harbour, the mental health charity that campaigned for the barrier, 14 people have died at
      the bridge over the last five years. The charity will also pay for signs displaying a helpline
      number at each end of the bridge. Construction will last roughly eight months, with one footpath
      open the whole time, said the department's project manager, Alan Fraser. Although some residents
      complained that the barrier would spoil harbour views, the department said the design used thin
      vertical wires to limit the visual impact.""",
      errors=[
          E("According to Lifeline Harbour", "attribution", "major", "according to the coroner's office"),
      ],
      traps=[
          T("$3.4m of funding", "funding of 3.4 million dollars"),
          T("roughly eight months", "about eight months"),
          T("one footpath open the whole time", "one footpath would stay open throughout"),
      ]),

    # 34 --------------------------------------------------------------- translation, inconsistent
    C("newt survey objection", "translation",
      """Environmental groups have lodged an objection to a plan to build 240 homes on the edge of Kornfeld,
      arguing that the developer's survey of protected great crested newts was inadequate. According to
      the objection, the survey was carried out on only two evenings in late June, when the animals have
      already left their breeding ponds. The conservation group Grünes Netz Kornfeld says its volunteers
      counted more than 60 newts in a pond on the site in April. The developer, Heimbau GmbH, insists that
      its survey complied with all regulations. The district office must now decide whether a new survey
      is required. This could delay the project by up to a year, since such surveys can only be carried
      out in spring.""",
      """Conservationists have filed an objection to plans for 240 new homes on the outskirts of Kornfeld,
      saying the developer's study of the protected great crested newt was not thorough enough. The
      objection states that the newts were surveyed on just two evenings at the end of June, by which time
      the animals have already left the ponds where they breed. Volunteers from the conservation group
      Grünes Netz Kornfeld say they counted over 16 newts in one pond on the site in April. The developer,
      Heimbau GmbH, maintains that its survey met every legal requirement. It is now up to the district
      office to decide whether a fresh survey must be done, which could hold up the project by as much as
      a year because such surveys are only possible in spring.""",
      errors=[
          E("over 16 newts", "number", "major", "more than 60 newts"),
      ],
      traps=[
          T("at the end of June", "in late June"),
          T("as much as a year", "up to a year"),
      ]),

    # 35 --------------------------------------------------------------- rewrite, consistent
    C("avalanche beacon recall", "rewrite",
      """The outdoor equipment maker Alpvik has recalled about 14,000 avalanche transceivers after
      discovering that a software fault can cause them to switch from 'send' to 'search' mode without
      warning. A beacon in search mode does not transmit a signal, which means a buried skier could not be
      located by rescuers. The affected model, the Alpvik Trace 3, was sold between October 2022 and
      January 2024. The company said it knew of no accidents linked to the fault, which was detected
      during internal testing. Owners are being told to stop using the devices immediately and return
      them to a retailer for a free software update, which takes about ten minutes. Alpvik said customers
      who preferred a refund would receive one.""",
      """About 14,000 Alpvik Trace 3 avalanche transceivers, sold from October 2022 to January 2024, are
      being recalled by the outdoor equipment maker because of a software fault that can switch them from
      'send' to 'search' mode with no warning. In search mode a beacon sends out no signal, so rescuers
      would be unable to find a buried skier. Alpvik said the problem had come to light in its own testing
      and that it was not aware of any accidents connected with it. Owners are being told to stop using
      the devices at once and take them back to a retailer, where a free software update takes around ten
      minutes; those who would rather have their money back will be refunded.""",
      traps=[
          T("with no warning", "without warning"),
          T("come to light in its own testing", "detected during internal testing"),
          T("was not aware of any accidents connected with it", "knew of no accidents linked to the fault"),
          T("at once", "immediately"),
          T("those who would rather have their money back will be refunded",
            "customers who preferred a refund would receive one"),
      ]),

    # 36 --------------------------------------------------------------- summary, inconsistent
    C("fingerprint database error", "summary",
      """About 3,200 fingerprint records on Corvania's national police database were linked to the wrong
      individuals for up to four years, the interior ministry has admitted. The error arose during a data
      migration in 2020, when records from two regional systems were merged. The ministry said it had
      identified 11 cases in which people were questioned by police because of a false match, but no one
      was charged as a result. An independent audit will examine whether any convictions relied on the
      affected records. Interior minister Dana Kovac apologised and said all records had now been
      corrected. Civil liberties group Open Rights Corvania called for the people affected to be
      told.""",
      """Corvania's interior ministry has admitted that a botched data merger in 2020 left some 3,200
      fingerprint records attached to the wrong people for up to four years. In 11 cases people were
      questioned because of false matches, though none was charged. In 11 cases people were questioned
      because of false matches. The minister has apologised and says the records are now fixed, while an
      independent audit will check whether any convictions relied on them.""",
      errors=[
          E("In 11 cases people were questioned because of false matches", "repetition", "minor", None, occ=1),
      ],
      traps=[
          T("attached to the wrong people", "linked to the wrong individuals"),
          T("none was charged", "no one was charged"),
      ]),

    # 37 --------------------------------------------------------------- rewrite, inconsistent
    C("dementia village", "rewrite",
      """Plans for the country's first 'dementia village', where residents would live in small households
      with access to a shop, cafe and garden inside a secure perimeter, have been approved by Ashdown
      Council. The £24 million site at Millbrook, run by the care charity Evergreen Trust, will house up to
      90 people with advanced dementia in 15 bungalows. Staff will not wear uniforms and will support
      residents in everyday activities such as cooking and shopping. Construction is expected to start in
      the spring and could be completed by the end of 2026. Evergreen chief executive Martin Hale said
      places would be available to both privately funded and council-funded residents. Some neighbours had
      raised concerns about traffic.""",
      """Ashdown Council has given the go-ahead for the country's first 'dementia village', in which
      residents will live in small households inside a secure boundary, with access to a shop, cafe and
      garden. Run by the care charity Evergreen Trust, the £24m development at Millbrook will accommodate
      as many as 90 people in 15 bungalows. Staff will not wear uniforms and will help residents with
      day-to-day tasks such as cooking and shopping. Building work is expected to begin in the spring and
      will be finished by the end of 2026. According to Evergreen's chief executive, Martin Hale, places
      will be open to residents funded privately and by the council. Some neighbours had voiced concerns
      about traffic.""",
      errors=[
          E("", "omission", "major", "with advanced dementia", after="as many as 90 people"),
          E("will be finished by the end of 2026", "modality", "minor", "could be completed by the end of 2026"),
      ],
      traps=[
          T("has given the go-ahead for", "have been approved by"),
          T("day-to-day tasks", "everyday activities"),
      ]),

    # 38 --------------------------------------------------------------- translation, consistent
    C("eye drop shortage", "translation",
      """Pharmacies across the Vallenza region are reporting a shortage of preservative-free eye drops used
      to treat dry eye and glaucoma, the regional pharmacists' association said on Friday. The problem
      stems from a production halt at the Ottavi Pharma plant near Brescello, which supplies around 70
      percent of the regional market, after inspectors found contamination risks in a sterile filling
      line in March. The company expects to resume production in six to eight weeks. In the meantime, the
      association recommends that patients do not switch products without consulting their doctor, as
      some alternatives contain preservatives that can irritate sensitive eyes. The regional health
      authority has authorised the temporary import of equivalent products from abroad.""",
      """Preservative-free eye drops for dry eye and glaucoma have become scarce in pharmacies throughout
      the Vallenza region, according to a statement on Friday from the regional association of
      pharmacists. The shortage is due to production being stopped at the Ottavi Pharma factory near
      Brescello, which provides roughly seven in ten of the packs sold in the region, after inspectors
      identified a risk of contamination on one of its sterile filling lines in March. Ottavi expects to
      restart manufacturing in six to eight weeks' time. Until then, the pharmacists advise patients not
      to change products without speaking to their doctor, because certain substitutes contain
      preservatives that can irritate sensitive eyes. The regional health authority has allowed
      equivalent medicines to be imported from other countries on a temporary basis.""",
      traps=[
          T("roughly seven in ten of the packs sold in the region", "around 70 percent of the regional market"),
          T("identified a risk of contamination", "found contamination risks"),
          T("without speaking to their doctor", "without consulting their doctor"),
          T("imported from other countries on a temporary basis", "the temporary import of equivalent products from abroad"),
      ]),

    # 39 --------------------------------------------------------------- summary, consistent
    C("tornado shelter rules", "summary",
      """New mobile home parks in Kessler County will be required to include a storm shelter large enough
      for all residents under rules adopted by county commissioners on Tuesday. The shelters must be able
      to withstand winds of 250 miles per hour and be within 500 feet of every home in the park. Existing
      parks will have five years to comply, and owners can apply for grants covering up to 75% of the
      cost. The rules follow a tornado in April last year that destroyed 40 mobile homes at the Cedar
      Flats park, killing three people. Commissioner Joan Whitaker, who proposed the measure, said
      residents of mobile homes were 'among the most exposed people in any storm'. Park owners'
      representatives said the grants would not cover the full cost for smaller parks.""",
      """Under rules approved by Kessler County commissioners on Tuesday, new mobile home parks must provide
      a storm shelter big enough for every resident, able to survive 250mph winds and no more than 500
      feet from any home. Existing parks have five years to comply and can apply for grants covering as much
      as three-quarters of the cost. The move follows last April's tornado, which killed three people at
      Cedar Flats.""",
      traps=[
          T("approved by Kessler County commissioners", "adopted by county commissioners"),
          T("250mph winds", "winds of 250 miles per hour"),
          T("no more than 500 feet from any home", "within 500 feet of every home"),
          T("as much as three-quarters of the cost", "up to 75% of the cost"),
          T("last April's tornado", "a tornado in April last year"),
      ]),

    # 40 --------------------------------------------------------------- translation, inconsistent
    C("firefighter pension row", "translation",
      """The union representing professional firefighters in the Haute-Vasse department has called a
      strike for 15 November over plans to raise their retirement age from 57 to 60. The department's
      prefect, Hélène Maury, said the reform was needed because the pension fund would run out of money by
      2032. The union, SPF-HV, says the change ignores the physical demands of the job and the higher
      cancer risk faced by firefighters. Emergency calls will still be answered during the 24-hour
      strike, as the law requires a minimum service. Talks broke down on Monday after the union rejected a
      proposal from the prefecture to phase in the change over ten years. Ms Maury said she did not rule
      out reopening talks before the strike.""",
      """Professional firefighters in the Haute-Vasse department will strike on 15 November, their union
      has announced, in protest at a plan to push back their retirement age from 57 to 60. According to
      the prefect, Hélène Maury, the reform is necessary because otherwise the pension fund will be empty
      by 2032. The union, SPF-HV, argues that the reform takes no account of how physically demanding the
      work is, nor of the greater risk of cancer that firefighters face. A minimum service is mandatory
      under the law, so emergency calls will continue to be handled during the 24-hour stoppage.
      Negotiations collapsed on Monday when the prefecture turned down a proposal from the union to
      introduce the change gradually over ten years. Ms Maury ruled out resuming talks before the
      strike.""",
      errors=[
          E("the prefecture turned down a proposal from the union", "role", "major",
            "the union rejected a proposal from the prefecture"),
          E("ruled out resuming talks", "polarity", "major", "did not rule out reopening talks"),
      ],
      traps=[
          T("push back their retirement age from 57 to 60", "raise their retirement age from 57 to 60"),
          T("A minimum service is mandatory under the law", "the law requires a minimum service"),
      ]),
]
