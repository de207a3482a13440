"""Roles: who does what to whom. An entity moved to an opposed slot of the same event ('fighting
alongside X' -> 'fighting X'; 'A sued B' -> 'B sued A'), or a relation whose two sides became the
same entity ('payments from A to B' -> 'A sent cash to A')."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from spacy.tokens import Token

from factdiff.analyse.claims import Frame
from factdiff.analyse.knowledge import countries, lexicon
from factdiff.analyse.lexical import converse, is_verb, main_sense_synonym, motion_verb, noun_verbs, opposite, paraphrase, synonym
from factdiff.checks.base import PRONOUNS, Context, frame_match, participants
from factdiff.model import Finding, FindingType, Severity

NAME = "roles"
# 'with' can be either side ('fight with the rebels'): it opposes nothing
NEUTRAL = {"with", "theme", "content"}


@lru_cache(maxsize=1)
def opposed() -> frozenset[frozenset[str]]:
    return frozenset(frozenset(p) for p in lexicon()["opposed_roles"])


def _transitive(frame: Frame) -> bool:
    roles = {a.role for a in frame.args}
    return "agent" in roles and "patient" in roles


def _conflict(a: set[str], b: set[str]) -> tuple[str, str] | None:
    """A pair of opposed roles, one from each side, when the two sides share no role: one that is not doer against
    done-to where there is one (that pair alone says nothing of an intransitive frame), in a fixed order."""
    a, b = a - NEUTRAL, b - NEUTRAL
    if not a or not b or a & b:
        return None
    pairs = [(x, y) for x in sorted(a) for y in sorted(b) if frozenset((x, y)) in opposed()]
    return min(pairs, key=lambda p: set(p) == {"agent", "patient"}, default=None)


ROLE_WORDS = {
    "agent": "the one who does it",
    "patient": "the one it is done to",
    "recipient": "the one who receives",
    "source": "the one it comes from",
    "ally": "an ally",
    "opponent": "the opponent",
    "beneficiary": "the one it is for",
    "principal": "the one on whose behalf it is done",
}


def _moved(name: str, pred: str, cand_role: str, ref_role: str) -> str:
    return f"in '{pred}', the candidate makes {name} {ROLE_WORDS[cand_role]}; the reference makes it {ROLE_WORDS[ref_role]}"


def _names(frame: Frame, cid: str) -> str:
    """How to call an entity in a message: a country by its name, anything else as written."""
    if cid.startswith("country:"):
        return countries().names.get(cid.split(":", 1)[1], cid)
    for a in frame.args:
        for m in a.mentions:
            if m.cid == cid:
                return m.text
    return cid


def _self_relations(frame: Frame) -> list[tuple[str, str, str]]:
    """(cid, role, role) where one entity fills two opposed slots of the frame."""
    if frame.reflexive:
        return []
    out = []
    seen: dict[str, set[str]] = {}
    spans: dict[str, list[tuple[int, int]]] = {}
    for a in frame.args:
        if a.resolved:
            continue
        for cid in a.heads:
            seen.setdefault(cid, set()).add(a.role)
            spans.setdefault(cid, []).append((a.start, a.end))
    for cid, rs in seen.items():
        if any(0 <= b[0] - a[1] <= 1 for a in spans[cid] for b in spans[cid]):
            continue  # one name the parse split in two ('Hélène' the object and 'Marchetti' the subject of 'explained')
        for x in rs:
            for y in rs:
                if x < y and frozenset((x, y)) in opposed():
                    out.append((cid, x, y))
    return out


def _unnamed_sides(ctx: Context, rf: Frame, cf: Frame, reported: set[int]) -> Iterator[Finding]:
    """The same predicate, with an unnamed participant ('government troops') on opposed sides; or two verbs WordNet
    gives as one ('alerted' / 'warned') whose two unnamed participants traded places ('the federation alerted the
    police' / 'the police warned the federation')."""
    one_verb = _one_verb(rf, cf)
    # (or two verbs of going, each with both ends of its way: 'set off from A towards B' / 'drove off from B towards A')
    moving = all(motion_verb(f.pred) and f.by_role("source") and f.by_role("recipient") for f in (rf, cf))
    if not (one_verb or moving or paraphrase(rf.pred, cf.pred)) or cf.index in reported:
        return
    if rf.pred == cf.pred and _describing(ctx.reference.doc[rf.pred_i]) != _describing(ctx.candidate.doc[cf.pred_i]):
        return  # 'called the rise a tax' / 'called on the council to intervene': one verb, two deeds
    if _time_taken(ctx.reference.doc[rf.pred_i]) != _time_taken(ctx.candidate.doc[cf.pred_i]):
        return  # 'a hurdle would take a weaver three hours' / 'a weaver could finish a hurdle in three hours': no doer
    for ra in rf.args:
        for ca in cf.args:
            if ra.heads or ca.heads or ra.lemma != ca.lemma or not ra.lemma.isalpha() or ra.resolved or ca.resolved:
                continue
            if ra.lemma in PRONOUNS:
                continue  # 'the ministry said it would review the tender' / 'said it would review it': two things called 'it'
            if not one_verb and not _traded_places(rf, cf, ra, ca) and not (moving and _path_reversed(rf, cf, ra, ca)):
                continue
            if {ra.role, ca.role} & {"source", "recipient"} and not (
                _traded(rf, cf, ra, ca) or _path_reversed(rf, cf, ra, ca) or _doer_turned_receiver(ctx, rf, cf, ra, ca)
            ):
                continue  # unnamed 'from ... to ...' is mostly a range of values
            if (ra.cids or ca.cids) and not (_exchanged(rf, cf, ra, ca) or _exchanged_within(ctx, rf, cf, ra, ca)):
                # a name inside the phrase may say where the thing is ('the town museum of Lenthal'): a thing still
                # unnamed, whose new slot counts where the other party took its old one (one verb may tell two deeds:
                # 'the plant supplies a fifth of the power' / 'the reservoir supplies the plant')
                continue
            pair = _conflict({ra.role}, {ca.role})
            if pair is None and {ra.role, ca.role} == {"agent", "beneficiary"} and _exchanged(rf, cf, ra, ca):
                pair = (ra.role, ca.role)  # 'made for the retailer by the supplier' / 'made by the retailer for the supplier'
            if pair is None or any(a.lemma == ra.lemma and a.role == ca.role for a in rf.args):
                continue
            if set(pair) == {"agent", "patient"} and not (_transitive(rf) and _transitive(cf)):
                continue  # 'X changed his attitude' and 'his attitude changed' tell the same event
            if set(pair) == {"agent", "patient"} and (_amount_reached(ctx.candidate.text, cf) or _amount_reached(ctx.reference.text, rf)):
                continue  # 'output will double to 110,000 cheeses' / 'the deal will double output to 110,000 cheeses'
            if _an_amount(ctx, cf, ra):
                continue  # 'will use a recirculating system' / 'its system will use 70% less water': no one traded places
            if set(pair) == {"agent", "patient"} and _others_apart(rf, cf, ra, ca):
                continue  # 'the inspectorate approved it, overturning a decision by the council' / 'the decision overturns
                # the council's refusal': two decisions, and no one took the other's place
            if _slot_kept(ctx, cf, ra):
                continue  # 'the tests ... using isotope analysis' / 'the analyses using isotope testing': one noun, two things
            if _described_in_its_slot(ctx, rf, ca):
                continue  # 'to match the other seven in the ring' / 'matches the ring's seven other bells': 'bell' twice
            if {ra.role, ca.role} == {"agent", "recipient"} and _gain_brought(rf, cf, _unnamed_one(ra.lemma)):
                continue  # 'the deal would save households £40m' / 'households would save £40m'
            reported.add(cf.index)
            yield ctx.finding(
                FindingType.ROLE,
                Severity.CRITICAL,
                0.7,
                _moved(f"'{ctx.candidate.text[ca.start : ca.end]}'", cf.pred, ca.role, ra.role),
                cf.extent(),
                rf.extent(),
                NAME,
            )
            return


def _time_taken(verb) -> bool:
    """'take' with a span of time ('would take a skilled weaver three hours'): the time a deed needs, whose subject is
    the thing made, no doer."""
    if verb.lemma_.lower() != "take" or any(c.dep_ == "prep" and c.lower_ in ("to", "into") for c in verb.children):
        return False  # ('took the patient to the clinic last week': a deed with a way, and a date)
    spans = [[t for t in c.subtree] for c in verb.children if c.dep_ in ("dobj", "npadvmod", "dative")]
    # a length of time, counted: 'three hours', 'about a week', not 'last Tuesday'
    return any(
        any(t.lemma_.lower() in _TIME_UNITS for t in span) and any(t.like_num or t.lower_ in ("a", "an") for t in span) for span in spans
    )


_TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade"})


def _others_apart(rf: Frame, cf: Frame, ra, ca) -> bool:
    """The noun that moved from one side of the verb to the other did not trade places with anyone: what the candidate
    puts in its old slot is an unnamed deed ('the council's refusal'), no party, and shares no word or name with what
    the reference has in the noun's new slot."""
    theirs = [a for a in rf.args if a.role == ca.role and a is not ra]
    mine = [a for a in cf.args if a.role == ra.role and a is not ca]
    if not theirs or not mine or not _deed_noun(ra.lemma) or any(y.heads or not _deed_noun(y.lemma) for y in mine):
        return False
    return not any(x.lemma == y.lemma or x.cids & y.cids for x in theirs for y in mine)


def _deed_noun(lemma: str) -> bool:
    """A noun made from a verb with a suffix of deeds ('decision', 'refusal', 'approval', 'payment'): a deed, no party."""
    return lemma.endswith(("ion", "al", "ment", "ance", "ence", "ure")) and bool(noun_verbs(lemma))


_ARTICLES = frozenset({"the", "a", "an", "s", "of", "in", "on", "at"})


def _described_in_its_slot(ctx: Context, rf: Frame, ca) -> bool:
    """The candidate's participant gives every word of the reference's participant in the same slot ('the other seven in
    the ring' / 'the ring's seven other bells'): the same participant, whose head noun happens to be another one's."""
    mine = set(re.findall(r"\w+", ctx.candidate.text[ca.start : ca.end].lower()))
    for rb in rf.by_role(ca.role):
        theirs = set(re.findall(r"\w+", ctx.reference.text[rb.start : rb.end].lower())) - _ARTICLES
        if len(theirs) >= 2 and theirs <= mine:
            return True
    return False


def _describing(verb) -> bool:
    """A verb of describing or naming said with what its object is called ('called the rise a tax', 'described it as a
    disaster', 'named the ship Aurora'): that sense, not another of the same verb ('called on the council to act')."""
    if verb.lemma_.lower() not in {*lexicon()["description_predicates"], *lexicon()["naming_predicates"]}:
        return False
    deps = {c.dep_ for c in verb.children}
    return "oprd" in deps or {"dative", "dobj"} <= deps or any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)


def _doer_turned_receiver(ctx: Context, rf: Frame, cf: Frame, ra, ca) -> bool:
    """The doer of one side receives on the other, where a doer of its own does the deed ('Councils must pass 95% of
    the money on to nurseries' / 'providers required to pass 95% of it on to councils'), or the other way round."""
    patients = [{a.lemma for a in f.by_role("patient")} for f in (rf, cf)]
    # (or to nothing the parse found on either side: 'offer growers guaranteed prices', 'guaranteed' read as a verb)
    if rf.pred != cf.pred or not (patients[0] & patients[1] or not (patients[0] or patients[1])):
        return False  # one deed done to one thing: 'pass 95% of the money on'

    def party(word) -> bool:
        # a thing or a party receives, not a number or a verb the parse hung there ('by seven votes to three', 'to tune')
        marked = word.tag_ in ("NNS", "NNP", "NNPS") or any(c.dep_ in ("det", "poss") for c in word.children)  # not a bare 'tune'
        counted = any(c.dep_ == "nummod" for c in word.children)  # 'to 36,000 tonnes': an amount, not a party
        return word.pos_ in ("NOUN", "PROPN") and not word.like_num and marked and not counted

    sides = ((ra, ca, cf, rf, ctx.candidate.doc, ctx.reference.doc), (ca, ra, rf, cf, ctx.reference.doc, ctx.candidate.doc))
    for doer, receiver, frame, other, doc, other_doc in sides:
        if doer.role != "agent" or receiver.role != "recipient" or not party(doc[receiver.head_i]):
            continue
        # a passive with no doer named ('the attack had been reported to the agency'), where the doer on the other side
        # passes the thing on to another party ('the agency had reported the attack to the trust')
        onward = [a for a in other.by_role("recipient") if a.lemma != doer.lemma and a.lemma.isalpha() and party(other_doc[a.head_i])]
        if not frame.by_role("agent") and onward and not frame.by_role("source"):
            return True
        # another doer that is a party, not a clause ('Closing its depots could save the company £40m') nor an amount
        doers = {
            a.lemma
            for a in frame.by_role("agent")
            if a.lemma != doer.lemma
            and a.lemma.isalpha()
            and doc[a.head_i].pos_ in ("NOUN", "PROPN")
            and not any(c.dep_ == "nummod" for c in doc[a.head_i].children)
        }
        # ('rents the building to the school' / 'the school rents it from the municipality': one deed seen from each side)
        if doers and not doers & {a.lemma for a in other.by_role("source")}:
            return True
    return False


def _traded_places(rf: Frame, cf: Frame, ra, ca) -> bool:
    """`ra` and `ca` (one noun) are doer and done-to (or doer and receiver: 'the municipality will transfer the site to
    the association' / 'the association will hand the site over to the municipality'), and another unnamed noun holds
    the other of the two slots on each side: the two participants changed places, nothing else."""
    if {ra.role, ca.role} not in ({"agent", "patient"}, {"agent", "recipient"}):
        return False
    return any(
        rb.lemma == cb.lemma != ra.lemma and rb.role == ca.role and cb.role == ra.role and not (rb.cids or cb.cids)
        for rb in rf.args
        for cb in cf.args
    )


def _one_verb(rf: Frame, cf: Frame) -> bool:
    """The same verb, or one given with a particle where both frames pass something on to someone ('hand management to
    X' / 'hand over management to X'); a particle elsewhere may make another verb ('take' / 'take over')."""
    if rf.pred == cf.pred:
        return True
    # (a noun of the deed on one side, its verb on the other: 'will receive training from X' / 'will be trained by X')
    if rf.nominal != cf.nominal:
        noun, verb = (rf, cf) if rf.nominal else (cf, rf)
        if noun.light and verb.pred in noun_verbs(noun.pred):
            return True
    passed = all({a.role for a in f.args} & {"recipient", "source"} for f in (rf, cf))
    return passed and rf.pred.split()[0] == cf.pred.split()[0] and min(len(rf.pred.split()), len(cf.pred.split())) == 1


def _traded(rf: Frame, cf: Frame, ra, ca) -> bool:
    """Two unnamed participants traded the doer's and the receiver's places ('the council will pay the firm' / 'the
    firm will pay the council'), or the doer's and the giver's ('the museum received the bells from the parish' / 'the
    parish received the bells from the museum'): the other one moved the opposite way."""
    return {ra.role, ca.role} in ({"agent", "recipient"}, {"agent", "source"}) and _exchanged(rf, cf, ra, ca)


def _path_reversed(rf: Frame, cf: Frame, ra, ca) -> bool:
    """Two things, no amounts, traded the two ends of a path ('spread from the depot's yard into her orchard' / 'spread
    from her orchard onto the depot's yard'): the way runs backwards. Not values ('from 40 to 52 rounds' is a range, however told)."""
    if {ra.role, ca.role} != {"source", "recipient"} or not _exchanged(rf, cf, ra, ca):
        return False
    if rf.pred in lexicon()["extent_predicates"] or cf.pred in lexicon()["extent_predicates"]:
        return False  # 'the wall runs from the church to the river', 'guests ranged from farmers to bankers': either way
    return not any(a.amounts or not a.lemma.isalpha() for a in rf.args + cf.args if a.role in ("source", "recipient"))


def _end_of(arg) -> frozenset[str]:
    return arg.heads or frozenset({f"lemma:{arg.lemma}"})


def _end_turned(rf: Frame, cf: Frame) -> tuple | None:
    """(candidate argument, reference argument): one place at the other end of the same path ('the counter will move
    into the food store' / 'the counter will move from the food store to the high street'), the only end either side
    gives it, no amounts at either end ('from 40 to 52' is a range however told)."""
    if rf.pred != cf.pred or rf.pred in lexicon()["extent_predicates"]:
        return None
    ends = [a for a in rf.args + cf.args if a.role in ("source", "recipient")]
    if any(a.amounts or not a.lemma.isalpha() or a.lemma in PRONOUNS for a in ends):
        return None
    for ca in cf.args:
        if ca.role not in ("source", "recipient"):
            continue
        other = "recipient" if ca.role == "source" else "source"
        mine = [a for a in cf.args if _end_of(a) & _end_of(ca)]
        theirs = [a for a in rf.args if _end_of(a) & _end_of(ca)]
        if len(mine) == 1 and len(theirs) == 1 and theirs[0].role == other and not rf.by_role(ca.role):
            return ca, theirs[0]
    return None


def _exchanged(rf: Frame, cf: Frame, ra, ca) -> bool:
    """Another participant took the slot that `ra` left, and `ra`'s old slot is the other's new one, in a deed about the
    same things: what else both frames give in one slot agrees ('sent nurses to the clinic' / 'the clinic sent
    doctors to the hospital' are two deeds, not one turned round)."""
    moved = {(x.lemma, x.role) for x in cf.args}
    others = [o for o in rf.args if o.lemma != ra.lemma and o.role == ca.role and (o.lemma, ra.role) in moved]
    if not others:
        return False
    traded = {ra.lemma, others[0].lemma}
    rest_r = [x for x in rf.args if x.lemma not in traded]
    rest_c = [x for x in cf.args if x.lemma not in traded]
    shared_roles = {x.role for x in rest_r} & {x.role for x in rest_c}
    return all(any(_alike(x, y) for x in rest_r if x.role == role for y in rest_c if y.role == role) for role in shared_roles)


def _exchanged_within(ctx: Context, rf: Frame, cf: Frame, ra, ca) -> bool:
    """`_exchanged`, where the reference names the other party inside the phrase of the slot it left ('the Carrow Bay
    team, which invited crews from Pellow fire station' / 'Pellow fire station, which invited the Carrow Bay team'): the
    candidate's new holder of `ra`'s old slot is a noun of the reference's phrase in `ca`'s slot, and the frames give
    nothing else in those two slots."""
    doc = ctx.reference.doc
    takers = [x for x in cf.args if x.role == ra.role and x.lemma != ra.lemma and x.lemma.isalpha()]
    left = [o for o in rf.args if o.role == ca.role and o.lemma != ra.lemma]
    if len(takers) != 1 or len(left) != 1 or len(rf.by_role(ra.role)) != 1 or len(cf.by_role(ca.role)) != 1:
        return False
    phrase = {t.lemma_.lower() for t in doc[left[0].head_i].subtree if t.pos_ == "NOUN"}
    return takers[0].lemma in phrase - {left[0].lemma}


def _alike(x, y) -> bool:
    """Two participants that may be one: the same noun, a pronoun standing for either ('which the trust will lease' /
    'leasing the site'), a noun of holding for the thing held ('ownership of the site' / 'the site'), or the same amount
    ('one pound a year' / '£1 a year')."""
    if x.lemma == y.lemma or x.lemma in PRONOUNS or y.lemma in PRONOUNS:
        return True
    if x.role == y.role == "patient" and {x.lemma, y.lemma} & set(lexicon()["holding_nouns"]):
        return True  # 'transfer ownership of the site' / 'hand the site over': the holding passed on is the thing
    return bool(x.amounts) and bool(y.amounts) and any(a[0] <= b[1] and b[0] <= a[1] for a in x.amounts for b in y.amounts)


def _an_amount(ctx: Context, cf: Frame, ra) -> bool:
    """The participant's new partner is an amount ('its recirculating system will use 70% less water' / 'will use a
    recirculating system'): how much of something, not a party that traded places with it ('troops attacked rebels' /
    'rebels attacked troops')."""
    partners = [ctx.candidate.doc.char_span(a.start, a.end, alignment_mode="expand") for a in cf.args if a.role == ra.role]
    return bool(partners) and all(span is not None and any(t.like_num for t in span) for span in partners)


def _slot_kept(ctx: Context, cf: Frame, ra) -> bool:
    """The reference phrase's own modifier names the phrase that fills its slot in the candidate ('using isotope
    analysis' / 'using isotope testing'): that thing kept its place under another head noun, so the candidate's other
    use of the noun ('carried out the analyses') names something else, not the same thing moved."""

    def modifiers(doc, arg) -> set[str]:
        span = doc.char_span(arg.start, arg.end, alignment_mode="expand")
        if span is None:
            return set()
        return {t.lemma_.lower() for t in span if t.i != arg.head_i and t.is_alpha and not t.is_stop and t.pos_ in ("NOUN", "ADJ")}

    mine = modifiers(ctx.reference.doc, ra)
    return bool(mine) and any(a.lemma != ra.lemma and mine & modifiers(ctx.candidate.doc, a) for a in cf.args if a.role == ra.role)


_AMOUNT = re.compile(r"^(?:to\s+|by\s+)?(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?[\d£$€¥]")


def _amount_reached(text: str, frame: Frame) -> bool:
    """The 'patient' of a verb of change is an amount the parse made the object ('will double to 110,000 cheeses'): no
    one done to (not 'killed 12 soldiers')."""
    lex = lexicon()
    change = {*lex["direction_of_change"]["up"], *lex["direction_of_change"]["down"], *lex["multiplier_lemmas"]}
    return frame.pred in change and any(a.role == "patient" and _AMOUNT.match(text[a.start : a.end]) for a in frame.args)


def _converses(a: str, b: str) -> bool:
    a, b = a.split()[0], b.split()[0]
    return a != b and (opposite(a, b) or converse(a, b))


def _converse(rf: Frame, cf: Frame, shared: set[str]) -> bool:
    """A converse verb (WordNet's opposites, the lexicon's converses) with every shared participant in another slot:
    the same event told from the other side ('A sold it to B' / 'B bought it from A', 'A beat B' / 'B lost to A'),
    not sides swapped. Where one participant keeps its slot ('A sold it to B' / 'A bought it from B'), the direction
    changed."""
    if not _converses(rf.pred, cf.pred):
        return False
    kept = {c: (rf.roles_of(c, True) & cf.roles_of(c, True)) - NEUTRAL for c in shared}
    if not any(kept.values()):
        return True
    # what passes between the parties keeps its slot ('A sold the court to B' / 'B bought the court from A'), where every
    # party that is not it moved: the lexicon's converses only, not opposites ('A opened the court' / 'A shut the court')
    passed = {c for c, roles in kept.items() if roles == {"patient"}}
    moved = [c for c in shared if not kept[c] and rf.roles_of(c, True) and cf.roles_of(c, True)]
    return converse(rf.pred.split()[0], cf.pred.split()[0]) and bool(moved) and passed == {c for c, roles in kept.items() if roles}


def _side(frame: Frame, role: str) -> str | None:
    """Which side of a hire the role is: the giver ('from X', or the doer where the frame names no 'from') or the taker
    ('to X', or the doer with a 'from' and no 'to')."""
    roles = {a.role for a in frame.args}
    if role == "source":
        return "giver"
    if role == "recipient":
        return "taker"
    if role == "agent" and roles & {"source", "recipient"}:  # 'A hired a car' alone tells no side
        return "taker" if "source" in roles and "recipient" not in roles else "giver"
    if role == "agent" and _taking(frame.pred):
        return "taker"  # 'will be taken over by his apprentice', 'was acquired by X': the doer takes
    return None


def _taking(pred: str) -> bool:
    """A verb whose doer takes the thing (lexicon `getting_predicates`, `receiving_predicates`, `absorbing_predicates`,
    and 'take over')."""
    lex = lexicon()
    return pred == "take over" or pred in {*lex["getting_predicates"], *lex["receiving_predicates"], *lex["absorbing_predicates"]}


def _same_sides(rf: Frame, cf: Frame, shared: set[str]) -> bool:
    """Every shared party gives or takes on both sides alike, whatever slot the verb puts it in ('pass from A to B' / 'B
    takes over from A': A gives, B takes, in both)."""
    told = 0
    for cid in shared:
        mine = {_side(cf, role) for role in cf.roles_of(cid, True)} - {None}
        theirs = {_side(rf, role) for role in rf.roles_of(cid, True)} - {None}
        if not mine and not theirs:
            continue
        if len(mine) != 1 or mine != theirs:
            return False
        told += 1
    # (one party will do where one side's verb is a taking: 'will be taken over by X' / 'will pass to X')
    return told >= 2 or (told == 1 and (_taking(rf.pred) or _taking(cf.pred)))


def _hire_sides(rf: Frame, cf: Frame, shared: set[str]) -> tuple[bool, str | None]:
    """One hire on both sides ('A chartered its ship to B' / 'B will charter the ship from A'): (told from the other
    side, with every shared party on its own side and one of them in another slot; the party that changed sides)."""
    hires = lexicon()["two_way_predicates"]

    def hire(f: Frame) -> str | None:  # the verb, or the hire a verb makes ('agreed a charter of its ship to B')
        verb = f.pred.split()[0]
        return verb if verb in hires else next((a.lemma for a in f.args if a.role == "patient" and a.lemma in hires), None)

    if hire(rf) is None or hire(rf) != hire(cf):
        return False, None
    moved = False
    for c in sorted(shared):
        # (a name inside its party's phrase counts where it heads none: 'the Brook Valley school')
        r = (rf.roles_of(c, True) or rf.roles_of(c)) - NEUTRAL
        k = (cf.roles_of(c, True) or cf.roles_of(c)) - NEUTRAL
        if r & k or not (r and k):
            continue
        sides_r, sides_c = {_side(rf, x) for x in r}, {_side(cf, y) for y in k}
        if None in sides_r | sides_c:
            continue
        if sides_r != sides_c:
            return False, c
        moved = True
    return moved, None


def _reversed(rf: Frame, cf: Frame, shared: set[str]) -> str | None:
    """The participant that does a converse verb's deed on both sides ('A beat B' / 'A lost to B'): the relation
    runs the other way."""
    if not _converses(rf.pred, cf.pred):
        return None
    hires = lexicon()["two_way_predicates"]
    if rf.pred.split()[0] in hires and cf.pred.split()[0] in hires:
        return None  # 'rents it from X' / 'leases it from X': which side a hire is on is told by 'from' and 'to' (`_hire_sides`)
    return next((c for c in sorted(shared) if "agent" in rf.roles_of(c, True) & cf.roles_of(c, True)), None)


def _unnamed_doer_kept(rf: Frame, cf: Frame, unnamed: set[str]) -> str | None:
    """`_reversed` for parties no name tells apart: the lexicon's converses ('pay' / 'receive'), the same unnamed doer
    on both sides, and the same other unnamed party on both sides, given or taken from ('the entrepreneur paid the two
    employees' / 'the entrepreneur received the money from the two employees'): the relation runs the other way. The
    doer's noun, or None."""
    a, b = rf.pred.split()[0], cf.pred.split()[0]
    hires = lexicon()["two_way_predicates"]
    if not converse(a, b) or (a in hires and b in hires):
        return None

    def lemmas(frame: Frame, roles: set[str]) -> set[str]:
        return {x.lemma for x in frame.args if x.role in roles and not x.heads and not x.resolved and x.lemma in unnamed}

    doers = lemmas(rf, {"agent"}) & lemmas(cf, {"agent"})
    ends = {"recipient", "source"}
    others = (lemmas(rf, ends) | lemmas(cf, ends)) & (lemmas(rf, ends | {"patient"}) & lemmas(cf, ends | {"patient"}))
    if len(doers) != 1 or not others - doers:
        return None
    return next(iter(doers))


def _objects_swapped(rf: Frame, cf: Frame, shared: set[str], cid: str) -> tuple[str, str] | None:
    """What is moved and where it goes, traded between two participants ('A was absorbed into B' / 'B was
    incorporated into A'): (reference role, candidate role) of `cid`. Only where another participant made the opposite
    move: one object of two said another way ('lent Corra Foods 5 million' / 'lent 5 million to Corra Foods') is none."""
    for pair in (("patient", "recipient"), ("recipient", "patient")):
        if pair[0] in rf.roles_of(cid, True) and pair[1] in cf.roles_of(cid, True) and not rf.roles_of(cid) & cf.roles_of(cid):
            if any(o != cid and pair[1] in rf.roles_of(o, True) and pair[0] in cf.roles_of(o, True) for o in sorted(shared)):
                return pair
    return None


def _sides_swapped(rf: Frame, cf: Frame, others: set[str], cid: str) -> tuple[str, str] | None:
    """The doer and the one it is done for traded places ('made for the retailer by X' / 'made by the retailer for X'):
    (reference role, candidate role) of `cid`, where another participant (a name of `others`, or the same noun) made the
    opposite move; one side alone moved is no evidence ('works for X')."""
    for pair in (("agent", "beneficiary"), ("beneficiary", "agent")):
        if pair[0] not in rf.roles_of(cid, True) or pair[1] not in cf.roles_of(cid, True) or rf.roles_of(cid) & cf.roles_of(cid):
            continue
        # the other by its name, or by its noun on both sides (named on one side only: 'the retailer', resolved or not)
        nouns = {a.lemma for a in rf.args if a.role == pair[1]} & {a.lemma for a in cf.args if a.role == pair[0]}
        named = any(o != cid and pair[1] in rf.roles_of(o, True) and pair[0] in cf.roles_of(o, True) for o in sorted(others))
        if named or {n for n in nouns if n.isalpha() and n not in PRONOUNS}:
            return pair
    return None


def _done_by_an_event(ctx: Context, rf: Frame, cf: Frame, cid: str) -> bool:
    """On the side where `cid` receives, the doer is a clause, not a party ('moving to five-day deliveries could save
    the company £1m'): no one else took the doer's place, so the one who gains may well be the one who acts."""
    for doc, frame in ((ctx.reference.doc, rf), (ctx.candidate.doc, cf)):
        if "recipient" in frame.roles_of(cid, True):
            doers = [a for a in frame.args if a.role == "agent"]
            return bool(doers) and all(doc[a.head_i].dep_ in ("csubj", "csubjpass") for a in doers)
    return False


def _gain_brought(rf: Frame, cf: Frame, ours) -> bool:
    """One verb of gaining, told with two objects on one side and with the participant (`ours`: which arguments are
    it) as its subject on the other ('the deal would save households £40m' / 'households would save £40m'; lexicon
    `gain_predicates`): the one it brings the thing to is the one who gains it, whoever brings it, unless the bringer
    receives it on the other side."""
    if rf.pred.split()[0] != cf.pred.split()[0] or rf.pred.split()[0] not in lexicon()["gain_predicates"]:
        return False
    for brought, gained in ((rf, cf), (cf, rf)):
        if any(a.role == "recipient" and ours(a) for a in brought.args) and any(a.role == "agent" and ours(a) for a in gained.args):
            things = [a for a in brought.args if a.role == "patient"]
            bringers = [a for a in brought.args if a.role == "agent"]
            # (not where the one who brought it receives it on the other side: 'would save the merger £2m', a swap)
            return bool(things) and not any(a.role == "recipient" and any(_one_arg(a, b) for b in bringers) for a in gained.args)
    return False


def _named(cid: str):
    """Which arguments are the named participant `cid` itself (not a modifier of another noun)."""
    return lambda a: cid in a.cids and cid in a.heads


def _unnamed_one(lemma: str):
    """Which arguments are the unnamed participant of this head word."""
    return lambda a: a.lemma == lemma and not a.heads


def _one_arg(a, b) -> bool:
    """Two arguments that name one participant: a name in common, or the same head word."""
    return bool(set(a.cids) & set(b.cids)) or a.lemma == b.lemma


def _doer_turned_done_to(ctx: Context, rf: Frame, cf: Frame, shared: set[str]) -> str | None:
    """The one named participant of the same verb, the doer on one side and the one it is done to on the other, where
    the other side of each is someone unnamed ('the suspect was held by a passer-by, Owen Tull' / 'the man held a
    passer-by, Owen Tull'): the deed turned round, though the unnamed one cannot be matched by name."""
    # (or two verbs of one synset: 'beat' / 'defeat')
    one_verb = rf.pred == cf.pred or synonym(rf.pred, cf.pred) or paraphrase(rf.pred, cf.pred, steps=1)
    if len(shared) != 1 or not one_verb or not (_transitive(rf) and _transitive(cf)):
        return None
    cid = next(iter(shared))
    if _conflict(rf.roles_of(cid, True), cf.roles_of(cid, True)) not in (("agent", "patient"), ("patient", "agent")):
        return None
    beside = [(ctx.reference, a) for a in rf.args] + [(ctx.candidate, a) for a in cf.args]
    if any(a.resolved and cid not in _apposed(doc, a) for doc, a in beside if cid in a.cids):
        return None  # 'the charity that runs it', where 'it' was guessed to be the charity's name (not 'his club, KK
        # Oudevelde', named beside its noun)
    others = [a for f in (rf, cf) for a in f.args if a.role in ("agent", "patient") and cid not in a.cids]
    if len(others) != 2 or any(not a.lemma.isalpha() for a in others):
        return None
    # (named on one side at most, by the same noun: 'beat the hosts, KK Bremmelbeek' / 'the hosts, KK Bremmelbeek, defeated')
    if any(a.cids for a in others) and (others[0].lemma != others[1].lemma or all(a.cids for a in others)):
        return None
    return cid


def _owners_swapped(rf: Frame, cf: Frame) -> tuple[str, str] | None:
    """The doer and the owner of what is done to traded places, whatever the verb ('Brennick will absorb Aldwyn's
    equipment' / 'Aldwyn will take over Brennick's equipment'): (the candidate's doer, the thing), or None. The same
    thing on both sides, each doer named as the other side's owner of it; an owner turned receiver ('B handed its
    shares to A') is a converse telling, not this."""
    if not (_transitive(rf) and _transitive(cf)):
        return None
    for ra in rf.by_role("agent"):
        for ca in cf.by_role("agent"):
            if len(ra.heads) != 1 or len(ca.heads) != 1 or ra.heads == ca.heads or ra.cids & ca.cids:
                continue
            a, b = next(iter(ra.heads)), next(iter(ca.heads))
            for rp in rf.by_role("patient"):
                for cp in cf.by_role("patient"):
                    if rp.lemma != cp.lemma or not rp.lemma.isalpha():
                        continue
                    if b in rp.cids - rp.heads and a in cp.cids - cp.heads and a not in rp.cids and b not in cp.cids:
                        return b, rp.lemma
    return None


def _common_noun(doc, arg) -> bool:
    return arg.lemma.isalpha() and doc[arg.head_i].pos_ == "NOUN" and doc[arg.head_i].lemma_.lower() == arg.lemma


def _things_done_to(rf: Frame, cf: Frame) -> Iterator[tuple]:
    """Pairs of arguments in one non-doer role on both sides: what is done to ('broke the jaw') or for ('pay towards
    the council's costs')."""
    for role in ("patient", "recipient"):
        for rp in rf.by_role(role):
            for cp in cf.by_role(role):
                yield rp, cp


def _unnamed_owners_swapped(ctx: Context, rf: Frame, cf: Frame) -> tuple[str, str] | None:
    """`_owners_swapped` for people no name tells apart ('a doorman broke the jaw of a student' / 'a student broke a
    doorman's jaw'): each doer's noun is the other side's owner of the same thing, and neither side has a doer that is
    also the owner. (the candidate's doer's noun, the thing), or None."""
    if not (_transitive(rf) and _transitive(cf)):
        return None

    def owners(doc, arg) -> set[str]:
        head = doc[arg.head_i]
        held = [c for c in head.children if c.dep_ == "poss"]
        held += [o for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
        return {o.lemma_.lower() for o in held if o.pos_ == "NOUN"}

    for ra in rf.by_role("agent"):
        for ca in cf.by_role("agent"):
            if ra.lemma == ca.lemma or not (_common_noun(ctx.reference.doc, ra) and _common_noun(ctx.candidate.doc, ca)):
                continue  # (a noun that a name elsewhere tells, 'the council', is still read by its noun here)
            for rp, cp in _things_done_to(rf, cf):
                if rp.lemma != cp.lemma or not rp.lemma.isalpha():
                    continue
                theirs, ours = owners(ctx.reference.doc, rp), owners(ctx.candidate.doc, cp)
                if ca.lemma in theirs and ra.lemma in ours and ra.lemma not in theirs and ca.lemma not in ours:
                    return f"lemma:{ca.lemma}", rp.lemma
    return None


def _owned(frame: Frame) -> set[tuple[str, str, str]]:
    """(doer, owner, thing) of a transitive frame: 'A will absorb B's equipment' -> (A, B, 'equipment')."""
    if not _transitive(frame):
        return set()
    return {
        (doer, owner, p.lemma)
        for a in frame.by_role("agent")
        for doer in a.heads
        for p in frame.by_role("patient")
        for owner in p.cids - p.heads
        if owner != doer
    }


def _other_doer(ctx: Context, reported: set[int]) -> Iterator[Finding]:
    """The same deed done to the same thing by another named party that the reference names elsewhere ('a plan
    approved by the Inchmara Marine Station' where the reference has it approved by the Western Isles Marine Council and
    the station only doing surveys): the deed given to someone else. Not where the reference has that party do the
    deed too, nor one named inside the other's phrase ('Acme's subsidiary Brix bought it' / 'Acme bought it'), nor where
    the reference's doer takes another part in the candidate's frame (a swap, the rest of this check's)."""
    doers: dict[str, set[str]] = {}
    for f in ctx.reference.frames:
        for a in f.by_role("agent"):
            doers.setdefault(f.pred, set()).update(a.heads)
    pairs = [(rf, cf) for rf, cf, _ in ctx.frame_pairs] + _told_once(ctx) + _once_in_aligned(ctx) + _synonyms_in_aligned(ctx)
    for rf, cf in pairs:
        # a speech verb is a deed only with an event for its object ('confirmed the closure'), not a hearer ('told a
        # magazine', where what was said may hang elsewhere)
        said_of = [c for c in ctx.reference.doc[rf.pred_i].children if c.dep_ == "dobj"]
        reporting = (rf.is_speech or cf.is_speech) and not any(noun_verbs(c.lemma_.lower()) for c in said_of)
        if cf.index in reported or not (rf.pred == cf.pred or synonym(rf.pred, cf.pred)) or reporting:
            continue  # who said what is the attribution check's ('confirmed the closure' is a deed)
        ra, ca = _one_per_name(rf.by_role("agent")), _one_per_name(cf.by_role("agent"))
        if len(ra) != 1 or len(ca) != 1 or not ra[0].heads or not ca[0].heads:
            continue
        if ca[0].resolved and not (_description_of_name(ctx.candidate, ca[0]) or _pronoun_for_another(ctx, ra[0], ca[0])):
            continue
        if ra[0].resolved and not (_speaker_itself(ctx.reference, rf, ra[0]) or _description_of_name(ctx.reference, ra[0])):
            continue
        if not (_own_doer(ctx.reference.doc, rf, ra[0]) and _own_doer(ctx.candidate.doc, cf, ca[0])):
            continue  # a doer the parse lent from another verb ('awarded a grant to map', 'gave the club money to map')
        if ra[0].heads & ca[0].cids or ca[0].heads & ra[0].cids or ca[0].heads & (doers.get(cf.pred, set()) | doers.get(rf.pred, set())):
            continue
        post_kept = ctx.reference.doc[ra[0].head_i].lower_ in ctx.candidate.text[ca[0].start : ca[0].end].lower()
        if ca[0].heads & _apposed(ctx.reference, ra[0]) and post_kept:
            continue  # 'The local MP, Helen Marsh, called' / 'Local MP Helen Marsh called': the post and its holder
        if not _same_thing(ctx, rf, cf):
            continue
        if any(ra[0].heads & a.cids for a in cf.args) or not ca[0].heads <= {m.cid for m in ctx.reference.entities}:
            continue
        pred = ctx.reference.doc[rf.pred_i]
        around = {t.i for c in pred.children if c.dep_ == "prep" for t in c.subtree}  # its phrases, not its clauses
        if ca[0].heads & {m.cid for m in ctx.reference.entities if m.token_start in around}:
            continue  # named in the reference's own clause ('bought it through its subsidiary, Brix'): a part in the deed
        if _joined_in_phrase(ctx.reference.doc, ra[0], ca[0].lemma):
            continue  # 'funded by the council and energy company Voltaris', the parse's doer the name after 'and'
        reported.add(cf.index)
        yield ctx.finding(
            FindingType.ENTITY,
            Severity.MAJOR,
            0.7,
            f"in '{cf.pred}', the candidate has {_names(cf, next(iter(ca[0].heads)))} do it; the reference, "
            f"{_names(rf, next(iter(ra[0].heads)))}",
            (ca[0].start, ca[0].end),
            (ra[0].start, ra[0].end),
            NAME,
        )


def _other_body(ctx: Context, reported: set[int]) -> Iterator[Finding]:
    """The same deed done to the same thing by another body named by its kind, which the reference names as another
    party, where the reference's own doer is nowhere in the candidate ('after the regional council agreed to fund it
    ... its previous grant from the health ministry' / 'after the health ministry decided to finance it', with no council
    in the candidate): the deed given to someone else. Only bodies by their kind (lexicon `org_generic_heads`,
    `public_body_heads`), each with a word of its own ('regional', 'health'), not a name (the named doers are
    `_other_doer`'s)."""
    bodies = {*lexicon()["org_generic_heads"], *lexicon()["public_body_heads"]}
    cand_lemmas = {t.lemma_.lower() for t in ctx.candidate.doc}
    # (the deed in aligned sentences, told in a near word: 'agreed to fund it' / 'decided to finance it')
    pairs = [(rf, cf) for cf in ctx.candidate.frames for rf in ctx.reference.frames if rf.sent in ctx.refs_for(cf.sent)]
    for rf, cf in pairs:
        if cf.index in reported or rf.is_speech or cf.is_speech or rf.nominal or cf.nominal:
            continue
        if not (rf.pred == cf.pred or synonym(rf.pred, cf.pred) or paraphrase(rf.pred, cf.pred, steps=1)):
            continue
        ra, ca = rf.by_role("agent"), cf.by_role("agent")
        if len(ra) != 1 or len(ca) != 1 or ra[0].cids or ca[0].cids or not {ra[0].lemma, ca[0].lemma} <= bodies - _ANAPHORIC_BODIES:
            continue
        theirs, mine = (_body_words(doc, a) for doc, a in ((ctx.reference, ra[0]), (ctx.candidate, ca[0])))
        # (each with a word of its own, and the reference's own words nowhere in the candidate: a body may be named by two
        # nouns, 'the council' / 'the authority', and 'the parish council' told as 'the council' is the same one)
        if len(mine) < 2 or len(theirs) < 2 or mine == theirs or (theirs - mine) & cand_lemmas:
            continue
        # the candidate's body, with its own words, named in the reference outside the reference doer's phrase
        elsewhere = [
            t
            for t in ctx.reference.doc
            if t.lemma_.lower() == ca[0].lemma and not ra[0].start <= t.idx < ra[0].end and _body_words(ctx.reference, t) >= mine
        ]
        if not elsewhere:
            continue
        patients = [{a.lemma for a in f.by_role("patient")} for f in (rf, cf)]
        if not (patients[0] & patients[1]):
            continue
        reported.add(cf.index)
        yield ctx.finding(
            FindingType.ENTITY,
            Severity.MAJOR,
            0.6,
            f"in '{cf.pred}', the candidate has '{ctx.candidate.text[ca[0].start : ca[0].end]}' do it, a party the reference names "
            f"elsewhere; the reference, '{ctx.reference.text[ra[0].start : ra[0].end]}', which the candidate does not name",
            (ca[0].start, ca[0].end),
            (ra[0].start, ra[0].end),
            NAME,
        )


# nouns a text uses to name again a body it has named by another ('the county council ... the authority'): no other party
_ANAPHORIC_BODIES = frozenset(
    {"authority", "administration", "organisation", "organization", "group", "company", "firm", "government", "agency", "body"}
)


def _body_words(doc, where) -> frozenset[str]:
    """The body's noun with its own words before it ('the regional health ministry': 'regional', 'health', 'ministry'),
    from an argument or a token of the noun."""
    head = doc.doc[where.head_i] if hasattr(where, "head_i") else where
    own = [c for c in head.children if c.dep_ in ("amod", "compound") and c.i < head.i and c.is_alpha]
    return frozenset({head.lemma_.lower(), *(c.lemma_.lower() for c in own)})


def _joined_in_phrase(doc, arg, lemma: str) -> bool:
    """The doer's phrase joins two parties with 'and' and names the other side's doer by its noun ('the council and
    energy company Voltaris', which the parse reads as one company): both did it. Not an owner ('the council's
    contractor')."""
    span = doc.char_span(arg.start, arg.end, alignment_mode="expand")
    if span is None or not any(t.lower_ == "and" for t in span):
        return False

    # (the noun itself one of the things joined: 'and' or a conjunct on it, or it a conjunct; not a compound of another
    # noun, 'tenants of the council estate and the charity')
    def joined(t) -> bool:
        return t.dep_ == "conj" or any(c.dep_ == "conj" or (c.dep_ == "cc" and c.lower_ == "and") for c in t.children)

    return any(
        t.lemma_.lower() == lemma and t.pos_ in ("NOUN", "PROPN") and t.dep_ != "poss" and joined(t) for t in span if t.i != arg.head_i
    )


def _pronoun_for_another(ctx: Context, ra, ca) -> bool:
    """The candidate's doer is 'he' or 'she', standing for a person the reference names, where the reference's doer is
    another person whom the candidate never names ('Deputy governor Irena Maltz will present the report' / 'He will
    present the report', after the governor), or another body: the pronoun cannot stand for someone the candidate has
    not named."""
    if ctx.candidate.doc[ca.head_i].lower_ not in ("he", "she") or len(ca.heads) != 1 or len(ra.heads) != 1:
        return False
    people = {m.cid for m in ctx.reference.entities if m.label == "PERSON"}
    named = {m.cid for m in ctx.candidate.entities}
    # (the reference's doer may be a body too: 'the watchdog Fairgive urged runners' / 'she urged runners', after the
    # race director: the candidate never names the watchdog)
    return ca.heads <= people and not ra.heads & named


def _in_the_deed(ctx: Context, heads: frozenset[str], pred: str) -> bool:
    """The reference has that party take some part in a deed of this predicate too."""
    return any(heads & a.cids for f in ctx.reference.frames if f.pred == pred for a in f.args)


def _doer_of(doc, frame: Frame, arg) -> bool:
    """The doer hangs on the frame's own verb (its subject or 'by' phrase), or is the object of the verb that lets or
    has it do the deed ('allow the coastguard to keep', 'let the trust keep')."""
    verb, tok = doc[frame.pred_i], doc[arg.head_i]
    if tok.head.i == verb.i or (tok.head.dep_ == "agent" and tok.head.head.i == verb.i):
        return True
    return verb.dep_ in ("xcomp", "ccomp") and tok.dep_ == "dobj" and tok.head.i == verb.head.i


# generic heads of a public body, which with words of their own name one body ('the county transport office')
_BODY_HEADS = frozenset({"office", "authority", "department", "ministry", "agency", "board", "council", "commission", "directorate"})


def _subtree_end(doc, arg) -> int:
    """The character after the last word of an argument's whole phrase ('the jury, presided over by X')."""
    last = doc.doc[arg.head_i].right_edge
    return last.idx + len(last.text)


def _named_for_described_doer(ctx: Context, reported: set[int]) -> Iterator[Finding]:
    """The same deed done to the same thing by a party the reference names elsewhere, where the reference has it done
    by a body it only describes ('the trial is being run by the regional health board' / '... run by Aerolift', the
    drones' supplier of another sentence; 'allow the coastguard to keep an antenna' / 'let the Coastal Heritage Trust
    keep an antenna', the seller): the deed given to someone else. Not where the reference describes that party with
    the doer's noun anywhere ('the start-up Aerolift' for 'the start-up'), nor where the noun is a word of its name or
    one of the lexicon's generic heads of a body ('the company' may be any company), nor where the candidate's
    sentence has the noun too."""
    named = {m.cid for m in ctx.reference.entities if m.cid}
    generic = set(lexicon()["org_generic_heads"])
    for rf, cf, _ in ctx.frame_pairs:
        same_deed = rf.pred == cf.pred or synonym(rf.pred, cf.pred) or _same_sum(ctx, rf, cf)
        if cf.index in reported or not same_deed or rf.is_speech or cf.is_speech:
            continue
        ra, ca = _one_per_name(rf.by_role("agent")), _one_per_name(cf.by_role("agent"))
        if len(ra) != 1 or len(ca) != 1 or ra[0].heads or ra[0].resolved or not ca[0].heads or ca[0].resolved:
            continue
        noun = ctx.reference.doc[ra[0].head_i]
        # (a generic head only of a public body and with words of its own: 'the regional health board', not 'the board';
        # never a firm's, 'the Easterby-based firm', which a named company most often is)
        own = {c.lemma_.lower() for c in noun.children if c.dep_ in ("amod", "compound") and c.is_alpha and not c.is_stop}
        lemma = noun.lemma_.lower()
        if noun.pos_ != "NOUN" or (lemma in generic and (not own or lemma not in _BODY_HEADS)) or not ca[0].heads <= named:
            continue
        # (nor a body whose own phrase names the party: 'the jury, presided over by X' / 'X, who chaired the judges')
        if ca[0].heads & {m.cid for m in ctx.reference.entities if ra[0].start <= m.start < _subtree_end(ctx.reference, ra[0])}:
            continue
        if not (_doer_of(ctx.reference.doc, rf, ra[0]) and _doer_of(ctx.candidate.doc, cf, ca[0])) or not _same_thing(ctx, rf, cf):
            continue
        if _people_of_places(ctx.reference, noun, ra[0], ca[0].heads):
            continue  # 'councillors from both towns signed' / 'Ellesby has signed': a place for its people, as news says it
        theirs = [m for m in ctx.reference.entities if m.cid in ca[0].heads]
        if any(lemma in m.words for m in theirs):
            continue  # 'the trust' for the Coastal Heritage Trust
        # (within the name's own sentence: 'organisers Sandline Events announced. The town council ...' is no 'town')
        near = {
            t.lemma_.lower()
            for m in theirs
            for t in ctx.reference.doc[max(0, m.token_start - 4) : m.token_end + 4]
            if t.sent == ctx.reference.doc[m.token_start].sent
        }
        if lemma in near or own & near:
            continue  # 'the start-up Aerolift', 'Aerolift, a start-up': the reference's own description of it
        sentence = ctx.candidate.sentences[cf.sent]
        if lemma in {t.lemma_.lower() for t in ctx.candidate.doc[sentence.token_start : sentence.token_end]}:
            continue
        if _in_the_deed(ctx, ca[0].heads, rf.pred):
            continue
        if _introduced_then_named(ctx.reference, noun, theirs):
            continue  # 'A farmer who was refused ... has lost his appeal. Geoffrey Ashdown had argued ...'
        if ca[0].heads <= _speakers_of(ctx.reference, rf.sent):
            continue  # 'engineers will replace the viaduct, Westrail said' / 'Westrail is replacing the viaduct': its own people
        reported.add(cf.index)
        yield ctx.finding(
            FindingType.ENTITY,
            Severity.MAJOR,
            0.6,
            f"in '{cf.pred}', the candidate has {_names(cf, next(iter(ca[0].heads)))} do it; the reference, "
            f"'{ctx.reference.text[ra[0].start : ra[0].end]}'",
            (ca[0].start, ca[0].end),
            (ra[0].start, ra[0].end),
            NAME,
        )


def _people_of_places(doc, noun, arg, party: frozenset[str]) -> bool:
    """A plural of people told by the places they come from, with no name among them ('councillors from both towns',
    'residents of the two villages'), where the reference calls the party such a place ('the market town of X', 'X
    village'), whatever the tagger made of the name."""
    places = [k for c in noun.children if c.dep_ == "prep" and c.lower_ in ("from", "of", "in") for k in c.children if k.dep_ == "pobj"]
    named = any(arg.start <= m.start < _subtree_end(doc, arg) for m in doc.entities)
    if noun.tag_ != "NNS" or not places or not all(k.pos_ == "NOUN" for k in places) or named:
        return False
    # (a set the party is one of: 'both towns', 'the two villages', 'all four parishes')
    if not all(any(d.lower_ in ("both", "two", "all") or d.like_num for d in k.children) for k in places):
        return False
    kinds = {k.lemma_.lower() for k in places}
    for m in (m for m in doc.entities if m.cid in party):
        before = doc.doc[m.token_start - 2 : m.token_start]
        after = doc.doc[m.token_end : m.token_end + 1]
        called = len(before) == 2 and before[1].lower_ == "of" and before[0].lemma_.lower() in kinds  # 'the town of X'
        if called or any(t.lemma_.lower() in kinds for t in after):  # 'X village'
            return True
    return False


def _speakers_of(doc, sent: int) -> set[str]:
    """The parties a sentence is told by: the names in the subject of its verbs of saying ('..., Westrail said')."""
    speech = set(lexicon()["speech_predicates"])
    s = doc.sentences[sent]
    subjects = [c for v in doc.doc[s.token_start : s.token_end] if v.lemma_.lower() in speech for c in v.children if c.dep_ == "nsubj"]
    spans = [(c.left_edge.i, c.right_edge.i) for c in subjects]
    return {m.cid for m in doc.entities if m.cid and any(a <= m.token_start <= b for a, b in spans)}


def _introduced_then_named(doc, noun: Token, named: list) -> bool:
    """The reference brings a party in with 'a' and a noun and names someone first in the sentence after, as a news
    story's opening does ('A farmer who was refused permission ... has lost his appeal. Geoffrey Ashdown had argued
    ...'): the name may be the one introduced, so naming the doer by it is no evidence of another doer."""
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children) or not named:
        return False
    first = min(named, key=lambda m: m.start)
    here = doc.sentence_at(noun.idx)
    return first.start > noun.idx and first.sent == here + 1


_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i", "you", "them", "him", "her", "us", "this", "that", "which", "who"})
_COPULAR = frozenset({"be", "remain", "become", "stay", "seem"})


def _same_predicate_pairs(ctx: Context) -> list[tuple[Frame, Frame]]:
    """(reference frame, candidate frame) of one predicate, not a copula: the pairs the alignment makes, and a predicate
    told once in the aligned sentences on both sides (a noun's too)."""
    pairs = [(rf, cf) for rf, cf, _ in ctx.frame_pairs]
    for cf in ctx.candidate.frames:
        theirs = [rf for rf in ctx.reference.frames if rf.sent in ctx.refs_for(cf.sent) and rf.pred == cf.pred]
        if len(theirs) == 1 and sum(f.pred == cf.pred and f.sent == cf.sent for f in ctx.candidate.frames) == 1:
            pairs.append((theirs[0], cf))
    pairs = list({(rf.index, cf.index): (rf, cf) for rf, cf in pairs}.values())
    return [(rf, cf) for rf, cf in pairs if rf.pred == cf.pred and rf.pred not in _COPULAR]


def _crossed(ctx: Context, first: tuple[Frame, Frame], second: tuple[Frame, Frame], how: str) -> Finding:
    """The finding of two deeds whose parties trade places, over both deeds on each side; `how` takes the predicates."""
    (rf, cf), (rf2, cf2) = first, second
    return ctx.finding(
        FindingType.ROLE,
        Severity.MAJOR,
        0.7,
        how.format(cf.pred, cf2.pred),
        (min(cf.extent()[0], cf2.extent()[0]), max(cf.extent()[1], cf2.extent()[1])),
        (min(rf.extent()[0], rf2.extent()[0]), max(rf.extent()[1], rf2.extent()[1])),
        NAME,
    )


def _doers_crossed(ctx: Context, reported: set[int]) -> Iterator[Finding]:
    """Two deeds of one sentence whose doers trade places: 'commissioned by the authority and carried out by Halberd' /
    'commissioned by Halberd and carried out by the authority', 'written by Renshaw and directed by Fenwick herself' /
    'written by her and directed by Renshaw'. Each doer is the other deed's on the other side: the evidence is the
    cross, which holds where a description or a pronoun names the doer."""

    def doers(frame: Frame) -> list:
        # a noun's doer may come with 'from' ('with support from the council': the council supports it)
        return _one_per_name(frame.by_role("agent") or (frame.by_role("source") if frame.nominal else []))

    def one(frame: Frame, doc):
        args = doers(frame)
        if len(args) != 1 or (not args[0].cids and args[0].lemma in _PRONOUNS):
            return None  # a pronoun the resolver left alone may be either
        if _fronted_before_saying(doc, frame, args[0]):
            return None
        return args[0].key

    def both(rf: Frame, cf: Frame):
        return one(rf, ctx.reference.doc), one(cf, ctx.candidate.doc)

    pairs = [(rf, cf) for rf, cf in _same_predicate_pairs(ctx) if all(both(rf, cf)) and not both(rf, cf)[0] & both(rf, cf)[1]]
    for n, (rf, cf) in enumerate(pairs):
        for rf2, cf2 in pairs[n + 1 :]:
            if rf2.pred == rf.pred or rf2.sent != rf.sent or cf2.sent != cf.sent or {cf.index, cf2.index} & reported:
                continue
            (r1, c1), (r2, c2) = both(rf, cf), both(rf2, cf2)
            if r1 & r2 or not (r1 & c2 and r2 & c1):
                continue
            if not all(any(not a.resolved for f in side for a in doers(f)) for side in ((rf, rf2), (cf, cf2))):
                continue  # each side names one doer outright: two resolved ones ('the company', 'it') may be one party
            reported |= {cf.index, cf2.index}
            how = "the doers of '{}' and '{}' trade places: each does the other's deed in the reference"
            yield _crossed(ctx, (rf, cf), (rf2, cf2), how)
    yield from _doer_crossed_over(ctx, pairs, one, reported)


def _doer_crossed_over(ctx: Context, pairs: list, one, reported: set[int]) -> Iterator[Finding]:
    """A deed done by the other party, where each side has that party bring about another deed of the same sentence,
    told in other words ('drawn up by the department and opposed by the association' / 'came from the association and
    was opposed by the department'): the cross is the evidence, though the two other deeds are not one predicate."""

    def origin(frame: Frame) -> frozenset[str]:
        args = _one_per_name(frame.by_role("source") or frame.by_role("agent"))  # 'came from X': X brought it about
        if len(args) != 1 or args[0].resolved or args[0].lemma in _PRONOUNS or frame.is_speech or frame.pred in _COPULAR:
            return frozenset()
        return args[0].key

    def doers_of(doc_frames, pred: str) -> set[str]:
        return {k for f in doc_frames if f.pred == pred for a in f.by_role("agent") for k in a.key}

    for rf, cf in pairs:
        if cf.index in reported or rf.is_speech or cf.is_speech:
            continue
        r1, c1 = one(rf, ctx.reference.doc), one(cf, ctx.candidate.doc)
        if r1 & doers_of(ctx.candidate.frames, cf.pred) or c1 & doers_of(ctx.reference.frames, rf.pred):
            continue  # the reference's doer does this deed in the candidate too, or the other way round
        if any(r1 & a.key for a in cf.args) or any(c1 & a.key for a in rf.args):
            continue
        if not {k for a in rf.by_role("patient") for k in a.key} & {k for a in cf.by_role("patient") for k in a.key}:
            continue  # one deed done to one thing ('was opposed by'), not 'provide half' / 'provide bread'
        amounts = [{x for a in f.by_role("patient") for x in a.amounts} for f in (rf, cf)]
        if all(amounts) and not amounts[0] & amounts[1]:
            continue  # ('will own 60 percent' / 'the remaining 40 percent will belong to': two shares, two deeds)
        doers = [(ctx.reference.doc, rf, a) for a in rf.by_role("agent")] + [(ctx.candidate.doc, cf, a) for a in cf.by_role("agent")]
        if not all(_own_doer(doc, frame, a) for doc, frame, a in doers):
            continue  # a doer lent to an infinitive by the parse ('..., and to keep the road clear police shut ...')
        rf2 = [f for f in ctx.reference.frames if f.sent == rf.sent and f.pred != rf.pred and not f.nominal and origin(f) & c1]
        cf2 = [f for f in ctx.candidate.frames if f.sent == cf.sent and f.pred != cf.pred and not f.nominal and origin(f) & r1]
        if len(rf2) != 1 or len(cf2) != 1 or cf2[0].index in reported:
            continue
        reported |= {cf.index, cf2[0].index}
        how = "the doers of '{}' and '{}' trade places: each brings about the other's deed in the reference"
        yield _crossed(ctx, (rf, cf), (rf2[0], cf2[0]), how)


def _fronted_before_saying(doc, frame: Frame, arg) -> bool:
    """The 'doer' of a verb of saying is a noun set before it with a comma ('The aim, said the president, is to ...'):
    the start of what is said, with the speaker after the verb, which the parse misreads."""
    if frame.pred not in lexicon()["speech_predicates"] or frame.nominal:
        return False
    head = doc[arg.head_i]
    verb = doc[frame.pred_i]
    return head.i < verb.i and doc[verb.i - 1].text == "," and not any(t.text == "," for t in doc[head.i + 1 : verb.i - 1])


_CROSSING_ROLES = ("agent", "recipient", "source")


def _parties_crossed(ctx: Context, reported: set[int]) -> Iterator[Finding]:
    """Two deeds of one sentence whose named parties trade places across roles: 'owned by the trust, will be handed to
    the council' / 'owned by the council, will be handed to the trust'. Each party is in the other's slot on the other
    side; every one of the four is named or described outright (no pronoun the resolver placed)."""

    def one(frame: Frame, role: str) -> frozenset[str] | None:
        args = _one_per_name(frame.by_role(role))
        if len(args) != 1 or args[0].resolved or args[0].lemma in _PRONOUNS:
            return None
        return args[0].key

    pairs = [(rf, cf) for rf, cf in _same_predicate_pairs(ctx) if not rf.nominal]
    for n, (rf, cf) in enumerate(pairs):
        for rf2, cf2 in pairs[n + 1 :]:
            if rf2.pred == rf.pred or rf2.sent != rf.sent or cf2.sent != cf.sent or {cf.index, cf2.index} & reported:
                continue
            for a in _CROSSING_ROLES:
                for b in _CROSSING_ROLES:
                    keys = (one(rf, a), one(cf, a), one(rf2, b), one(cf2, b))
                    if any(k is None for k in keys):
                        continue
                    r1, c1, r2, c2 = keys
                    if r1 & c1 or r2 & c2 or r1 & r2 or not (r1 & c2 and r2 & c1):
                        continue
                    reported |= {cf.index, cf2.index}
                    how = "the parties of '{}' and '{}' trade places: each is in the other's part in the reference"
                    yield _crossed(ctx, (rf, cf), (rf2, cf2), how)
                    break
                else:
                    continue
                break


_SLOT_WORDS = frozenset({"to", "from", "by", "against", "for", "over", "into"})
_POSSESSIVE = frozenset({"'s", "'", "\u2019s", "\u2019"})


def _slot(doc, start: int, end: int) -> str | None:
    """The slot a name (tokens `start` to `end`) fills by the words around it, whatever the parse made of them: an
    owner ('Heliswift's tenure') or the name after a preposition of direction ('to Vantor', 'by the trust'); None for
    any other."""
    if end < len(doc) and doc[end].text in _POSSESSIVE:
        return "'s"
    i = start - 1
    while i >= 0 and doc[i].pos_ == "DET":
        i -= 1
    return doc[i].lower_ if i >= 0 and doc[i].lower_ in _SLOT_WORDS else None


def _names_traded(ctx: Context) -> Iterator[Finding]:
    """Two names of aligned sentences that trade slots told by the words around them: 'awarded the contract to Vantor,
    ending Heliswift's tenure' / 'awarded to Heliswift, bringing to an end Vantor's years'. Each name is once in each
    sentence, found in the candidate by its words (the tagger may take a name it does not know for a verb), and fills
    on one side the slot the other fills on the other; the slots differ (an owner and a 'to', a 'from' and a 'to'),
    which no rewording of one fact makes."""
    ref_doc, cand_doc = ctx.reference.doc, ctx.candidate.doc
    for r, c in sorted(ctx.alignment.links):
        here = [m for m in ctx.reference.entities if m.cid and m.sent == r]
        sent = ctx.candidate.sentences[c]
        text = ctx.candidate.text[sent.start : sent.end]
        names = {}
        for m in here:
            if sum(n.cid == m.cid for n in here) != 1:
                continue
            found = list(re.finditer(rf"(?<!\w){re.escape(m.text)}(?!\w)", text))
            span = (
                cand_doc.char_span(sent.start + found[0].start(), sent.start + found[0].end(), alignment_mode="expand")
                if len(found) == 1
                else None
            )
            if span is not None:
                names[m.cid] = (m, _slot(ref_doc, m.token_start, m.token_end), span, _slot(cand_doc, span.start, span.end))
        shared = sorted(names)
        for n, a in enumerate(shared):
            for b in shared[n + 1 :]:
                (rma, ra, cma, ca), (rmb, rb, cmb, cb) = names[a], names[b]
                if None in (ra, rb) or ra == rb or (ca, cb) != (rb, ra):
                    continue
                yield ctx.finding(
                    FindingType.ROLE,
                    Severity.MAJOR,
                    0.6,
                    f"'{rma.text}' and '{rmb.text}' trade places: each is where the reference has the other",
                    (min(cma.start_char, cmb.start_char), max(cma.end_char, cmb.end_char)),
                    (min(rma.start, rmb.start), max(rma.end, rmb.end)),
                    NAME,
                )


_PARTNER_ROLES = ("with", "ally")


def _other_partner(ctx: Context, reported: set[int]) -> Iterator[Finding]:
    """The same deed done with another named party, one the reference names elsewhere ('skin models developed with the
    Aurelle Institute' / 'developed with the coalition', the campaigners of another sentence): the partner swapped.
    A predicate told once on each side about the same thing, or a pair the frames matched."""
    once = [
        (theirs[0], cf)
        for cf in ctx.candidate.frames
        if sum(f.pred == cf.pred for f in ctx.candidate.frames) == 1
        for theirs in [[rf for rf in ctx.reference.frames if rf.pred == cf.pred]]
        if len(theirs) == 1 and _same_thing(ctx, theirs[0], cf)
    ]
    named = {m.cid for m in ctx.reference.entities if m.cid}
    for rf, cf in [(rf, cf) for rf, cf, _ in ctx.frame_pairs] + once:
        if cf.index in reported or rf.pred != cf.pred:
            continue
        for role in _PARTNER_ROLES:
            ra, ca = _one_per_name(rf.by_role(role)), _one_per_name(cf.by_role(role))
            if len(ra) != 1 or len(ca) != 1 or not ra[0].heads or not ca[0].heads:
                continue
            if ra[0].cids & ca[0].cids or not ca[0].heads <= named or ca[0].heads & _apposed(ctx.reference, ra[0]):
                continue
            if _in_the_deed(ctx, ca[0].heads, cf.pred):
                continue
            reported.add(cf.index)
            yield ctx.finding(
                FindingType.ENTITY,
                Severity.MAJOR,
                0.6,
                f"in '{cf.pred}', the candidate has it done with {_names(cf, next(iter(ca[0].heads)))}; the reference, "
                f"with {_names(rf, next(iter(ra[0].heads)))}",
                (ca[0].start, ca[0].end),
                (ra[0].start, ra[0].end),
                NAME,
            )
            break


def _bidding_turned(ctx: Context, reported: set[int]) -> Iterator[Finding]:
    """The one who asks and the one asked traded: 'X called on the parliament to introduce fines' / 'the parliament
    urged X to introduce fines'. The deed is an infinitive under the verb of asking on both sides; its doer is the
    other's asker."""

    def one(frame: Frame, role: str):
        args = _one_per_name(frame.by_role(role))
        return args[0] if len(args) == 1 else None

    def same(a, b) -> bool:
        return bool(a.cids & b.cids) if a.cids and b.cids else a.lemma == b.lemma

    for rf, cf, _ in ctx.frame_pairs:
        if cf.index in reported or rf.governor is None or cf.governor is None or rf.pred != cf.pred:
            continue
        if ctx.reference.doc[rf.pred_i].dep_ != "xcomp" or ctx.candidate.doc[cf.pred_i].dep_ != "xcomp":
            continue
        rg, cg = ctx.reference.frames[rf.governor], ctx.candidate.frames[cf.governor]
        asker, doer, my_asker, my_doer = one(rg, "agent"), one(rf, "agent"), one(cg, "agent"), one(cf, "agent")
        if None in (asker, doer, my_asker, my_doer) or same(asker, doer) or same(my_asker, my_doer):
            continue
        if not (same(asker, my_doer) and same(doer, my_asker)):
            continue
        reported.add(cf.index)
        who, whom = (ctx.candidate.text[a.start : a.end] for a in (my_asker, my_doer))
        yield ctx.finding(
            FindingType.ROLE,
            Severity.MAJOR,
            0.6,
            f"the candidate has {who} ask {whom} to '{cf.pred}'; the reference has it the other way round",
            (my_asker.start, cf.extent()[1]),
            (asker.start, rf.extent()[1]),
            NAME,
        )


def _apposed(doc, arg) -> set[str]:
    """The names set beside an argument's head word ('the local MP, Helen Marsh')."""
    head = doc.doc[arg.head_i]
    places = {t.i for c in head.children if c.dep_ == "appos" for t in c.subtree}
    return {m.cid for m in doc.entities if m.cid and m.token_start in places}


def _one_per_name(args: list) -> list:
    """The arguments, one for each name ('Fellowes & Son' parsed as two doers of one name is one)."""
    out, seen = [], set()
    for a in args:
        if a.cids and a.cids <= seen:
            continue
        seen |= a.cids
        out.append(a)
    return out


def _told_once(ctx: Context) -> list:
    """In a summary, the frames of a predicate each text tells once, about the same thing, that the alignment did not
    pair ('the rule, made by Fellowes & Son in 1931' / 'the slide rule, made by Maple & Grieve'): one deed."""
    if ctx.mode != "summary":
        return []
    paired = {cf.index for _, cf, _ in ctx.frame_pairs}
    out = []
    for cf in ctx.candidate.frames:
        theirs = [rf for rf in ctx.reference.frames if rf.pred == cf.pred and not rf.nominal]
        mine = [f for f in ctx.candidate.frames if f.pred == cf.pred]
        if cf.index in paired or cf.nominal or len(theirs) != 1 or len(mine) != 1:
            continue
        if not (_doer_said(ctx.reference.doc, theirs[0]) and _doer_said(ctx.candidate.doc, cf)):
            continue  # 'ending 37 years of independence': a participle lent its doer by the clause above, voice and all
        if _same_thing(ctx, theirs[0], cf):
            out.append((theirs[0], cf))
    return out


SAID_WORDS = 3  # content words two 'that' clauses share to say the same thing ('objected that outdoor tables blocked its entrance')


def _same_sum(ctx: Context, rf: Frame, cf: Frame) -> bool:
    """Two verbs of one deed by what they move: the same figure as the thing moved and the same noun it goes to
    ('contributed $45,000 towards the event' / 'put $45,000 towards the event'), whatever WordNet says of the verbs."""
    figures = {a.lemma for a in rf.by_role("patient") if ctx.reference.doc[a.head_i].like_num}
    figures &= {a.lemma for a in cf.by_role("patient") if ctx.candidate.doc[a.head_i].like_num}
    to = {a.lemma for a in rf.by_role("recipient") if a.lemma.isalpha()} & {a.lemma for a in cf.by_role("recipient")}
    return bool(figures) and bool(to)


def _same_thing(ctx: Context, rf: Frame, cf: Frame) -> bool:
    """The two frames are about the same thing: a patient of the same noun, or a clause that says the same (SAID_WORDS
    content words in common: 'objected that outdoor tables blocked its entrance' / 'objected that the bookshop's
    outdoor tables blocked its entrance')."""
    for lemma in {a.lemma for a in rf.by_role("patient")} & {a.lemma for a in cf.by_role("patient")}:
        theirs = [a.amounts for a in rf.by_role("patient") if a.lemma == lemma]
        mine = [a.amounts for a in cf.by_role("patient") if a.lemma == lemma]
        if all(theirs + mine) and not {x for a in theirs for x in a} & {x for a in mine for x in a}:
            continue  # 'will hold 60 percent' / 'the other 40 percent held by': two shares, not one
        return True
    # (or patients that name one deed by two nouns whose verbs share their main WordNet sense: 'organised the abduction'
    # / 'organised the kidnapping'; not where a text uses both nouns, an inquiry and an investigation being two)
    texts = [{t.lemma_.lower() for t in doc.doc} for doc in (ctx.reference, ctx.candidate)]
    deeds = [(a.lemma, b.lemma) for a in rf.by_role("patient") for b in cf.by_role("patient") if a.lemma != b.lemma]
    deeds = [(a, b) for a, b in deeds if not any({a, b} <= words for words in texts)]
    if any(main_sense_synonym(x, y) for a, b in deeds for x in noun_verbs(a) for y in noun_verbs(b)):
        return True

    def clause(doc, frame: Frame) -> set[str]:
        verb = doc.doc[frame.pred_i]
        return {t.lemma_.lower() for c in verb.children if c.dep_ == "ccomp" for t in c.subtree if t.is_alpha and not t.is_stop}

    theirs, mine = clause(ctx.reference, rf), clause(ctx.candidate, cf)
    shared = len(theirs & mine)
    # most of a short clause will do ('asked that the slides be kept together')
    return shared >= SAID_WORDS or (shared >= 2 and 2 * shared >= min(len(theirs), len(mine)))


def _one_deed_apart(ctx: Context) -> list:
    """Frames of a predicate each text tells once, in a clause that describes a participant, with the same two named
    participants, in sentences the alignment did not pair ('Dremmel, a wheelwright who trained the apprentice Erin
    Orrin' in the opening sentence / 'Mr Dremmel, who was trained by the apprentice, Nell Orrin' in the second):
    one deed, whatever the sentences."""
    paired = {cf.index for _, cf, _ in ctx.frame_pairs}
    out = []
    for cf in ctx.candidate.frames:
        theirs = [rf for rf in ctx.reference.frames if rf.pred == cf.pred and not rf.nominal]
        mine = [f for f in ctx.candidate.frames if f.pred == cf.pred and not f.nominal]
        if cf.index in paired or cf.nominal or len(theirs) != 1 or len(mine) != 1 or theirs[0].is_speech:
            continue
        # a description of one of them ('X, who trained Y'), which a rewrite moves to any sentence; a deed told in a
        # main clause of an unpaired sentence may be another one ('Berg hit back, criticising Lund' after 'Lund
        # criticised Berg')
        described = all(text.doc[f.pred_i].dep_ in ("relcl", "acl") for text, f in ((ctx.reference, theirs[0]), (ctx.candidate, cf)))
        named = {k for a in theirs[0].args for k in a.heads} & {k for a in cf.args for k in a.heads}
        if described and len(named) >= 2:
            out.append((theirs[0], cf))
    return out


def _once_in_aligned(ctx: Context) -> list:
    """Frames of one predicate told once in a candidate sentence and once in its aligned reference sentences that the
    frame pairing left apart for want of a shared participant ('The Harbour Society has asked that the slides be kept
    together' / 'Thorne has also asked that the slides be kept together'): the same deed, if they are about the same
    thing (`_same_thing`, which the caller checks)."""
    paired = {cf.index for _, cf, _ in ctx.frame_pairs}
    out = []
    for cf in ctx.candidate.frames:
        if cf.index in paired or cf.nominal or sum(f.pred == cf.pred and f.sent == cf.sent for f in ctx.candidate.frames) != 1:
            continue
        theirs = [rf for rf in ctx.reference.frames if rf.sent in ctx.refs_for(cf.sent) and rf.pred == cf.pred and not rf.nominal]
        if len(theirs) == 1:
            out.append((theirs[0], cf))
    return out


def _synonyms_in_aligned(ctx: Context) -> list:
    """Frames of two verbs of one WordNet synset, each told once in a candidate sentence and in its aligned reference
    sentences ('Halbrook Estates said it had terminated the contract' / 'Parkguard ended its contract'): the same deed
    told in another word, if they are about the same thing (`_same_thing`, which the caller checks)."""
    out = []
    for cf in ctx.candidate.frames:
        if cf.nominal or sum(f.pred == cf.pred and f.sent == cf.sent for f in ctx.candidate.frames) != 1:
            continue
        refs = ctx.refs_for(cf.sent)
        near = [rf for rf in ctx.reference.frames if rf.sent in refs and not rf.nominal and rf.pred != cf.pred]
        theirs = [rf for rf in near if synonym(rf.pred, cf.pred)]
        if len(theirs) == 1 and not any(rf.pred == cf.pred for rf in ctx.reference.frames if rf.sent in refs):
            out.append((theirs[0], cf))
    return out


def _one_deed_summarised(ctx: Context) -> list:
    """In a summary, frames of one predicate or of two WordNet synonyms that each text tells once, with the same two
    named participants, in sentences the alignment did not pair ('Crumwell's will absorb Pennant' in the second
    sentence / 'The Pennant Scone Company is taking over Crumwell's' in the first): one deed."""
    if ctx.mode != "summary":
        return []

    def alike(a: str, b: str) -> bool:
        return a == b or synonym(a, b)

    # (a frame the pairing gave one of another predicate is still free: 'is taking over' paired with 'are to merge')
    paired = {cf.index for rf, cf, _ in ctx.frame_pairs if alike(rf.pred, cf.pred)}
    out = []
    for cf in ctx.candidate.frames:
        if cf.index in paired or cf.nominal or cf.is_speech:
            continue
        theirs = [rf for rf in ctx.reference.frames if not rf.nominal and alike(rf.pred, cf.pred)]
        if len(theirs) != 1 or sum(alike(theirs[0].pred, f.pred) for f in ctx.candidate.frames if not f.nominal) != 1:
            continue
        named = {k for a in theirs[0].args for k in a.heads} & {k for a in cf.args for k in a.heads}
        if len(named) >= 2:
            out.append((theirs[0], cf))
    return out


def _doer_said(doc, frame: Frame) -> bool:
    """The frame's doer hangs on its own verb: its subject, or its 'by' phrase."""
    verb = doc[frame.pred_i]
    own = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    own |= {t.i for c in verb.children if c.dep_ == "agent" for t in c.subtree}
    if verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in ("which", "who", "that") for c in verb.children):
        own.add(verb.head.i)  # 'the Quill Bookshop, which had objected': the name it describes
    return any(a.head_i in own for a in frame.by_role("agent"))


def _description_of_name(doc, arg) -> bool:
    """A description resolved to a name that has its noun ('the trust' for the Braemore Wildlife Trust): as sure as the
    name itself."""
    tok = doc.doc[arg.head_i]
    if tok.pos_ != "NOUN":
        return False
    # the name has the noun, or comes before it ('the cafe' for 'the Kestrel Lane cafe')
    named = [m for m in doc.entities if m.cid in arg.cids and m.token_end < len(doc.doc)]
    # or the name stands in apposition to it ('The head of the regulator, Fiona Delgado, called')
    apposed = {c.i for c in tok.children if c.dep_ == "appos"}
    if any(m.token_start <= i < m.token_end for m in doc.entities if m.cid in arg.cids for i in apposed):
        return True
    return any(m.cid in arg.cids and tok.lemma_.lower() in m.words for m in arg.mentions) or any(
        doc.doc[m.token_end].lemma_.lower() == tok.lemma_.lower() for m in named
    )


def _speaker_itself(doc, frame: Frame, arg) -> bool:
    """A pronoun doer that can only be the speaker of its clause: 'X said that it was not seeking ...', the subject of
    the speech verb right above naming the pronoun's name."""
    tok, verb = doc.doc[arg.head_i], doc.doc[frame.pred_i]
    clause = verb.head if verb.dep_ == "conj" else verb
    if tok.pos_ != "PRON" or clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in lexicon()["speech_predicates"]:
        return False
    subjects = [c for c in clause.head.children if c.dep_ == "nsubj"]
    # of the pronoun's kind: 'Gale said it would hire' is the body Gale speaks for hiring, not Gale
    kinds = {"PERSON"} if tok.lower_ in ("he", "she") else {"ORG", "GPE", "NORP", "PROPN"}
    if any(m.cid in arg.cids and m.label in kinds and m.token_start <= s.i < m.token_end for s in subjects for m in doc.entities):
        return True
    # 'The trust said it would put up signs', the speaker a description of the name ('the Greyhallow Forest Trust')
    speech = [f for f in doc.frames if f.pred_i == clause.head.i]
    speakers = [a for f in speech for a in f.by_role("agent") if a.head_i in {s.i for s in subjects}]
    return tok.lower_ == "it" and any(a.cids & arg.cids and _description_of_name(doc, a) for a in speakers)


def _own_doer(doc, frame: Frame, arg) -> bool:
    """The doer is not one lent to an infinitive by a verb above it ('awarded a grant to map', 'gave the club money to
    map'): a verb joined to another or in a relative clause shares its doer as the text says it."""
    verb = doc[frame.pred_i]
    if verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VBN") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        # '..., ending 37 years of independence': the participle's doer is the clause's above, voice and all
        tok = doc[arg.head_i]
        return tok.head.i == verb.i or (tok.head.dep_ == "agent" and tok.head.head.i == verb.i)
    if verb.dep_ not in ("xcomp", "advcl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return True
    tok = doc[arg.head_i]
    return tok.head.i == verb.i or (tok.head.dep_ == "agent" and tok.head.head.i == verb.i)


def _one_event(a: str, b: str) -> bool:
    """The same predicate, or two that each name an event (a verb WordNet knows, or a noun it derives from one:
    'takeover'): a word the parse took for a verb ('which brothers Arun and Dev started', 'brothers' the verb) names
    none, and its roles say nothing."""
    return a == b or all(is_verb(x) or noun_verbs(x) for x in (a, b))


def _may_be_one_deed(a: str, b: str) -> bool:
    """Two predicates that may tell one deed: the same verb, verbs WordNet calls paraphrases, or the verb of a noun
    and the verb ('the takeover of X' / 'took over X')."""
    x, y = a.split()[0], b.split()[0]
    victory = lexicon()["victory_predicates"]
    if x == y or paraphrase(x, y) or (x in victory and y in victory):
        return True
    if (" " in a or " " in b) and synonym(a, b):
        return True  # a phrasal verb by its whole: 'take over' / 'absorb', not 'take' / 'absorb'
    absorbing = lexicon()["absorbing_predicates"]
    if x in absorbing and y in absorbing:
        return True  # 'absorbed into' / 'incorporated into': one body taken into another

    # the noun of one and the other verb ('the takeover of X' / 'agreed to buy X')
    return any(paraphrase(v, y) for v in noun_verbs(x)) or any(paraphrase(v, x) for v in noun_verbs(y))


def _sides_run_together(rf: Frame, cf: Frame, cid: str) -> bool:
    """The reference frame gives the participant the very role it gives the candidate's other side as well ('who beat
    the defending champions, Jo Marsh and Kit Lowe', which the parse reads with all four players as doers), and the
    candidate names it only through a description: nothing tells the sides apart."""
    if not any(a.resolved for a in cf.args if cid in a.cids):
        return False  # (named on the candidate's side: 'the champions X and Y beat A and B' still turns the deed round)
    role = next(iter(rf.roles_of(cid, True)), None)
    others = {k for a in cf.args if cid not in a.cids for k in a.cids}
    return role is not None and bool(others) and others <= {k for a in rf.by_role(role) for k in a.cids}


def _told_by_another(ctx: Context, cf: Frame, cid: str, pair: tuple[str, str]) -> bool:
    """A frame of the aligned reference sentences whose verb may tell the candidate's deed has the participant in the
    same opposed role ('the title was won by X, who defeated Y' / 'Y beat X': 'defeated' says it)."""
    refs = ctx.refs_for(cf.sent)
    frames = [f for f in ctx.reference.frames if f.sent in refs and _may_be_one_deed(f.pred, cf.pred)]
    # (named there, not a pronoun's guessed antecedent: 'X sued Y, saying it delivered damp flour')
    # (nor a verb of saying, which tells no deed: 'X sued Y, saying ...')
    speech = set(lexicon()["speech_predicates"])
    frames = [f for f in frames if not any(a.resolved for a in f.args if cid in a.cids) and f.pred not in speech]
    return any(_conflict(f.roles_of(cid, True), cf.roles_of(cid, True)) == pair for f in frames)


def _doer_left_unsaid(rf: Frame, cf: Frame, shared: set[str], cid: str, pair: tuple[str, str]) -> bool:
    """The doer of one side named on the other only after a preposition, in a passive that names no doer, while the
    rest keep their roles ('X will admit girls' / 'girls will be admitted to X'): the place or body it happens at is
    often its doer, and no one else takes the doer's part, so there is no swap to report."""
    if "agent" not in pair or not cf.by_role("patient") and not rf.by_role("patient"):
        return False
    side = cf if pair[0] == "agent" else rf  # the side where the participant is not the doer
    if side.by_role("agent"):
        return False
    together = {o for a in rf.args + cf.args if cid in a.cids for o in a.cids}  # 'St Aldric' in 'St Aldric's College'
    others = [o for o in shared if o not in together]
    if not all(rf.roles_of(o, True) == cf.roles_of(o, True) for o in others):
        return False
    kept = {a.lemma for a in rf.by_role("patient")} & {a.lemma for a in cf.by_role("patient")}
    return bool(others) or bool(kept)


def _behalf_swapped(rf: Frame, cf: Frame) -> tuple[str, str] | None:
    """(doer, principal) of the candidate where the reference has them the other way round ('run by X on behalf of Y' /
    'Y will run it on behalf of X'): both traded places. One acting through the other ('Y sued, represented by X') is
    no swap: only the two parts exchanged say so."""

    def sides(frame: Frame) -> tuple[set[str], set[str]]:  # names by their ids, others by their noun ('the trust')
        return {k for a in frame.by_role("agent") for k in a.key}, {k for a in frame.by_role("principal") for k in a.key}

    (r_doers, r_for), (c_doers, c_for) = sides(rf), sides(cf)
    for doer in c_doers & r_for:
        for principal in c_for & r_doers:
            if doer != principal:
                return doer, principal
    return None


def _served_swapped(rf: Frame, cf: Frame) -> tuple[str, str] | None:
    """(doer, the one it is done for) of the candidate where the reference does it for the candidate's doer, both
    named ('will press records for Marrow Sound' / 'Marrow Sound will press records for Groove Forge'), the reference's
    doer the candidate's other party or unsaid: the two traded places."""
    if rf.pred != cf.pred:
        return None
    r_doers, r_for = {k for a in rf.by_role("agent") for k in a.cids}, {k for a in rf.by_role("beneficiary") for k in a.cids}
    c_doers, c_for = {k for a in cf.by_role("agent") for k in a.cids}, {k for a in cf.by_role("beneficiary") for k in a.cids}
    for doer in c_doers & r_for:
        for served in c_for - r_for - {doer}:
            if not r_doers or served in r_doers:
                return doer, served
    return None


def _named_through(frame: Frame) -> set[tuple[str, frozenset[str]]]:
    """Participants whose head is no name but whose phrase carries one ('the estate of collector X'): (noun, names)."""
    return {(a.lemma, a.cids) for a in frame.args if a.cids and not a.heads}


def _unnamed(frame: Frame, shared: set[str]) -> set[str]:
    """The nouns of the frame's participants whose head is no name ('the municipality', 'the network'), pronouns aside,
    and not those that carry a shared name ('the Vannet plant' is counted once, by its name)."""
    pronouns = PRONOUNS | {"those", "these"}
    return {a.lemma for a in frame.args if not a.heads and not a.cids & shared and a.lemma.isalpha() and a.lemma not in pronouns}


def check(ctx: Context) -> Iterator[Finding]:
    reported: set[int] = set()
    symmetric = frozenset(lexicon()["symmetric_predicates"])
    for rf, cf in [(rf, cf) for rf, cf, _ in ctx.frame_pairs] + _one_deed_apart(ctx) + _one_deed_summarised(ctx):
        if rf.pred in symmetric and cf.pred in symmetric:
            continue  # 'A met B' / 'B met A', 'A merged with B' / 'B merged with A': the same fact either way
        yield from _unnamed_sides(ctx, rf, cf, reported)
        shared = participants(rf) & participants(cf)
        other_side, turned_hire = _hire_sides(rf, cf, shared)
        if other_side:
            continue
        if turned_hire is not None and rf.pred != cf.pred and cf.index not in reported:
            # (one verb on both sides is the direction check's: 'from B' where the reference has 'to B')
            reported.add(cf.index)
            message = f"in '{cf.pred}', the candidate puts {_names(cf, turned_hire)} on the other side of the hire from the reference"
            yield ctx.finding(FindingType.ROLE, Severity.CRITICAL, 0.6, message, cf.extent(), rf.extent(), NAME)
            continue
        turned = _doer_turned_done_to(ctx, rf, cf, shared)
        if turned is not None and cf.index not in reported:
            reported.add(cf.index)
            yield ctx.finding(
                FindingType.ROLE,
                Severity.CRITICAL,
                0.6,
                _moved(_names(cf, turned), cf.pred, *reversed(_conflict(rf.roles_of(turned, True), cf.roles_of(turned, True)))),
                cf.extent(),
                rf.extent(),
                NAME,
            )
            continue
        end = _end_turned(rf, cf)
        if end is not None and cf.index not in reported:
            reported.add(cf.index)
            cand_role, ref_role = end
            where = ctx.candidate.text[cand_role.start : cand_role.end]
            message = _moved(f"'{where}'", cf.pred, cand_role.role, ref_role.role)
            yield ctx.finding(FindingType.ROLE, Severity.CRITICAL, 0.6, message, cf.extent(), rf.extent(), NAME)
            continue
        behalf, served = _behalf_swapped(rf, cf), _served_swapped(rf, cf)
        if (behalf or served) is not None and cf.index not in reported:
            reported.add(cf.index)
            doer, principal = (_names(cf, k) if not k.startswith("lemma:") else f"the {k[6:]}" for k in behalf or served)
            how = "act on behalf of" if behalf else "do it for"
            message = f"in '{cf.pred}', the candidate has {doer} {how} {principal}; the reference has it the other way round"
            yield ctx.finding(FindingType.ROLE, Severity.CRITICAL, 0.7, message, cf.extent(), rf.extent(), NAME)
            continue
        owner = _owners_swapped(rf, cf)
        if owner is not None and _owned(cf) & {t for f in ctx.reference.frames for t in _owned(f)}:
            owner = None  # the reference has it this way too ('A audits B's accounts, and B audits A's')
        owner = owner or _unnamed_owners_swapped(ctx, rf, cf)
        if owner is not None and cf.index not in reported:
            reported.add(cf.index)
            doer, thing = owner
            who = f"the {doer[6:]}" if doer.startswith("lemma:") else _names(cf, doer)
            message = (
                f"in '{cf.pred}', the candidate has {who} doing it, with the other's {thing}; the reference has it the other way round"
            )
            yield ctx.finding(FindingType.ROLE, Severity.CRITICAL, 0.7, message, cf.extent(), rf.extent(), NAME)
            continue
        shared_heads = {k for a in rf.args for k in a.heads} & {k for a in cf.args for k in a.heads}
        # (or a name inside a phrase headed by the same noun on both sides: 'the regional council of Haute-Varenne' /
        # 'the Haute-Varenne regional council', 'the Saint-Lorin airport' / 'Saint-Lorin airport'; for verbs that may
        # tell one deed, 'take over' / 'acquire', not 'clinched the pennant' / 'gave them the pennant')
        # (one name per phrase: 'the villages of A and B' is one participant)
        if _may_be_one_deed(rf.pred, cf.pred):
            shared_heads |= {
                min(a.cids & b.cids) for a in rf.args for b in cf.args if a.lemma == b.lemma and a.lemma.isalpha() and a.cids & b.cids
            }
        # a thing named by the same noun on both sides counts too, for one predicate ('bought the network from the
        # municipality' / 'the municipality bought the network from Nordvik')
        # ... where the reference's sentences tell this predicate once ('A beat B, and B then beat A' has two)
        # (a frame without participants is no telling: 'the vinyl pressing plant')
        once = sum(f.pred == rf.pred and bool(f.args) and f.sent in ctx.refs_for(cf.sent) for f in ctx.reference.frames) == 1
        # between converses, a participant named through its noun's phrase on both sides counts as named ('bought it
        # from the estate of collector X' / 'sold it to the estate of collector X')
        told_both_ways = converse(rf.pred.split()[0], cf.pred.split()[0])  # not opposites: 'opened' / 'shut'
        # (and a noun between converses: 'supplies nibs to the chain' / 'buys nibs from the chain')
        # (one verb, or two of one WordNet synset: 'bought the collection from the family' / 'the family purchased it from
        # the town')
        one_verb = _one_verb(rf, cf) or (" " not in rf.pred + cf.pred and main_sense_synonym(rf.pred, cf.pred))
        unnamed = _unnamed(rf, shared) & _unnamed(cf, shared) if (one_verb or told_both_ways) and once else set()
        through = _named_through(rf) & _named_through(cf) if told_both_ways else set()
        nouns = len(unnamed) if told_both_ways else 0
        if len(shared) + len(unnamed) < 2 or (not one_verb and len(shared_heads) + len(through) + nouns < 2):
            continue  # too little in common to know that both frames tell the same event
        unnamed_doer = _unnamed_doer_kept(rf, cf, unnamed) if told_both_ways and not shared else None
        if unnamed_doer is not None and cf.index not in reported:
            reported.add(cf.index)
            message = (
                f"the candidate has the {unnamed_doer} '{cf.pred}' where the reference has it '{rf.pred}': the relation runs the other way"
            )
            yield ctx.finding(FindingType.ROLE, Severity.CRITICAL, 0.7, message, cf.extent(), rf.extent(), NAME)
            continue
        if _converse(rf, cf, shared):
            continue
        doer = _reversed(rf, cf, shared)
        if doer is not None and cf.index not in reported:
            reported.add(cf.index)
            name = _names(cf, doer)
            message = f"the candidate has {name} '{cf.pred}' where the reference has it '{rf.pred}': the relation runs the other way"
            yield ctx.finding(FindingType.ROLE, Severity.CRITICAL, 0.7, message, cf.extent(), rf.extent(), NAME)
            continue
        # a participant's own name before a name that describes it ('former European champion Tomasz Wierzba')
        for cid in sorted(shared, key=lambda c: (not any(c in a.heads for a in cf.args), c)):
            # compare like with like: 'Russia' with 'Russia', 'Russian forces' with 'Russian forces'
            pair = _conflict(rf.roles_of(cid, True), cf.roles_of(cid, True)) or _conflict(rf.roles_of(cid, False), cf.roles_of(cid, False))
            pair = pair or _objects_swapped(rf, cf, shared, cid) or _sides_swapped(rf, cf, shared | unnamed, cid)
            if pair is None or cf.index in reported:
                continue
            if set(pair) == {"agent", "patient"} and not (_transitive(rf) and _transitive(cf)):
                continue
            if set(pair) == {"agent", "patient"} and not _one_event(rf.pred, cf.pred):
                continue  # two verbs that name different events ('founded by the brothers' / 'which brothers started')
            if set(pair) == {"agent", "patient"} and not _may_be_one_deed(rf.pred, cf.pred) and not _told_by_another(ctx, cf, cid, pair):
                continue  # 'the park will close its ride, its operator said' / 'the firm, which operates the park': two deeds
            if _doer_left_unsaid(rf, cf, shared, cid, pair):
                continue
            if _sides_run_together(rf, cf, cid):
                continue  # 'who beat the defending champions, X and Y', parsed with all four as doers: no sides to compare
            passing = all({a.role for a in f.args} & {"recipient", "source"} for f in (rf, cf))  # 'referred to' / 'passed to'
            if set(pair) == {"agent", "recipient"} and not rf.nominal and not cf.nominal and not _may_be_one_deed(rf.pred, cf.pred):
                if not passing and not converse(rf.pred.split()[0], cf.pred.split()[0]) and not _told_by_another(ctx, cf, cid, pair):
                    continue  # 'signed up X to supply it' / 'X secured a contract to supply Y': two deeds, each its own sides
            hostile = {rf.pred.split()[0], cf.pred.split()[0]} & set(lexicon()["hostile_predicates"])
            if "opponent" in pair and not hostile and not _may_be_one_deed(rf.pred, cf.pred) and not _told_by_another(ctx, cf, cid, pair):
                # 'filed a lawsuit against its former supplier X' / 'X, which used to supply them': two deeds (not 'filed
                # a lawsuit against X' / 'X sued them', a deed against someone told by a verb of acting against them)
                continue
            if set(pair) == {"agent", "recipient"} and _done_by_an_event(ctx, rf, cf, cid):
                continue  # 'X could save £1m by moving' / 'moving could save X £1m': what X does is what saves it
            if set(pair) == {"agent", "recipient"} and _gain_brought(rf, cf, _named(cid)):
                continue  # 'the deal would save households £40m' / 'households would save £40m'
            if "agent" in pair and set(pair) & {"recipient", "source"} and _same_sides(rf, cf, shared):
                continue  # 'will pass from the council to the trust' / 'the trust takes over from the council': one transfer
            reported.add(cf.index)
            resolved = any(a.resolved for a in cf.args + rf.args if cid in a.cids)
            name = _names(cf, cid)
            yield ctx.finding(
                FindingType.ROLE,
                Severity.CRITICAL,
                0.6 if resolved else 0.85,
                _moved(name, cf.pred, pair[1], pair[0]),
                cf.extent(),
                rf.extent(),
                NAME,
            )
    yield from _other_doer(ctx, reported)
    yield from _other_body(ctx, reported)
    yield from _named_for_described_doer(ctx, reported)
    yield from _bidding_turned(ctx, reported)
    yield from _other_partner(ctx, reported)
    yield from _doers_crossed(ctx, reported)
    yield from _parties_crossed(ctx, reported)
    yield from _names_traded(ctx)
    ref_self = {(cid, x, y) for f in ctx.reference.frames for cid, x, y in _self_relations(f)}
    for cf in ctx.candidate.frames:
        if cf.index in reported:
            continue
        for cid, x, y in _self_relations(cf):
            if (cid, x, y) in ref_self:
                continue
            refs = ctx.refs_for(cf.sent)
            best = max(
                (rf for rf in ctx.reference.frames if rf.sent in refs),
                key=lambda rf: frame_match(rf, cf) + 0.1 * len(rf.args),
                default=None,
            )
            reported.add(cf.index)
            name = _names(cf, cid)
            yield ctx.finding(
                FindingType.ROLE,
                Severity.CRITICAL,
                0.8,
                f"{name} is both the {x} and the {y} of '{cf.pred}': the relation now runs from {name} to itself",
                cf.extent(),
                best.extent(include_subject=True) if best is not None else None,
                NAME,
            )
            break
