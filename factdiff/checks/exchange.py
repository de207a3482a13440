"""Exchanged participants: two names of an aligned sentence pair that trade places.

Each name gets its place in its sentence from the parse: the word it depends on and how (subject, object, 'from',
'to', 'by', a possessor), in both voices ('A was beaten by B' puts B where 'B beat A' does). When two names
that both sentences mention sit in each other's places ('from A to B' -> 'from B to A', 'A beat B' -> 'B beat A',
'A scored and B was sent off' -> 'B scored and A was sent off'), the candidate swapped them: a role finding where
both fill one predicate (or one and the predicate completing it: 'A agreed to buy B'), an entity finding for each
where they fill two. This needs no list of verbs: the
places are read off the parse, the predicates compared by lemma or WordNet paraphrase.
Two more conflicts of places: a name that the reference has something go to and the candidate has it come from
('sold to X' / 'bought from X'), and a name put in the place of another that moved elsewhere in the sentence.
Where the parser takes a sentence for a noun phrase, a name's place is read from the word order around the verb.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from factdiff.analyse.document import Document
from factdiff.analyse.entities import EntityMention, described_before, variant
from factdiff.analyse.knowledge import lexicon, titles
from factdiff.analyse.lexical import converse, noun_verbs, opposite, paraphrase, synonym
from factdiff.checks.base import Context
from factdiff.model import Finding, FindingType, Severity

NAME = "exchange"
# climbing from a name to the word it is a participant of: 'X and Y', 'X, the leader', 'the X group'
_THROUGH = {"conj", "appos", "compound", "nmod"}
_ROLES = {"nsubj": "subject", "nsubjpass": "object", "dobj": "object", "dative": "to", "attr": "attribute", "poss": "possessor"}


@lru_cache(maxsize=1)
def _bodies() -> frozenset[str]:
    return frozenset(lexicon()["org_generic_heads"])


@lru_cache(maxsize=1)
def _geographic() -> frozenset[str]:
    return frozenset(lexicon()["geographic_heads"])


@lru_cache(maxsize=1)
def _bound_to() -> frozenset[str]:
    return frozenset(lexicon()["bound_to_prepositions"])


def place(tok: Token) -> tuple[str, Token] | None:
    """(role, predicate token) of the phrase headed by `tok`; None where it is no participant."""
    # the name says whose a thing is, and the thing is joined to the phrase's head ('to investors and a Rural Energy Bank
    # loan'); 'the Vintra group' is Vintra itself, and 'to the Harrow Street branch' still leads to Harrow Street
    owner = joined = False
    while tok.head.i != tok.i:
        if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and tok.pos_ == "PROPN" and tok.head.lemma_.lower() not in _bodies():
            owner = True
        joined = joined or (owner and tok.dep_ == "conj")
        if (
            tok.dep_ in _THROUGH
            or (tok.dep_ in ("dobj", "nsubj") and tok.head.pos_ in ("NOUN", "PROPN"))
            or (tok.dep_ == "amod" and tok.ent_type_ == "NORP")  # 'the Nordic countries'
        ):
            tok = tok.head  # 'to conglomerate Harlan Industries' parsed as the noun's object: the phrase is the noun's
        elif tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in _geographic():
            tok = tok.head.head  # 'in the city of Moravela' is in Moravela
        else:
            break
    if tok.dep_ in _ROLES:
        return _ROLES[tok.dep_], tok.head
    if tok.dep_ == "pobj":
        prep = tok.head
        gov = prep.head
        if prep.lower_ == "by" and (prep.dep_ == "agent" or any(c.dep_ == "auxpass" for c in gov.children) or gov.tag_ == "VBN"):
            return "subject", gov  # the passive's agent
        if prep.dep_ in ("prep", "agent", "dative"):
            if prep.lower_ == "to" and gov.lower_ in _bound_to():
                return None  # 'according to X', 'due to X': 'to' is part of the preposition, nothing goes to X
            if joined:
                return None  # 'an offer to investors and a Rural Energy Bank loan': the bank is not what 'to' leads to
            if prep.lower_ in ("from", "to") and gov.dep_ == "dobj" and gov.head.pos_ == "VERB":
                gov = gov.head  # 'carry oil from X': the parser hangs 'from X' on the oil or on the carrying alike
            return f"prep:{prep.lower_}", gov
    return None


def _nationality(doc: Document, mention: EntityMention) -> bool:
    """The name is a demonym set on a noun for one who does a deed ('a Swiss bidder')."""
    tok = doc.doc[mention.token_start : mention.token_end].root
    return tok.dep_ == "amod" and tok.ent_type_ == "NORP" and _doer_noun(tok.head)


def _doer_noun(tok: Token) -> bool:
    """A noun for one who does a deed ('bidder', 'buyer', 'investor'; WordNet's derivation), not a place or body."""
    word = tok.lemma_.lower()
    verbs = noun_verbs(word)
    return tok.pos_ == "NOUN" and bool(verbs) and word not in verbs


# what may stand between a verb and the name of its object: 'defeated challenger Nadia Broek', 'knocked out American
# qualifier Maria Haas'
_BEFORE_NAME = {"det", "amod", "compound", "nmod", "prt", "poss", "case", "nummod"}


def _verb_form(tok: Token) -> bool:
    return tok.tag_ in ("VBD", "VBZ", "VBP", "VBN") and tok.dep_ not in ("aux", "auxpass")


def _word_order(doc: Document, m: EntityMention, parsed: tuple[str, Token] | None) -> tuple[str, Token] | None:
    """The place of a name next to a verb where the parse went wrong, as it does when it takes a sentence for a noun
    phrase ('Incumbent mayor X defeated challenger Y': 'defeated' an adjective, Y the root) or hangs a name on the
    phrase before it ('In the other half of the draw, second seed X knocked out Y'): the name just before a verb
    form that has no subject is its subject; a name the parse gives no place, just after a verb form that has no
    object (past its particle and the name's own modifiers), is its object."""
    after = doc.doc[m.token_end] if m.token_end < len(doc.doc) else None
    if (
        after is not None
        and after.sent == doc.doc[m.token_start].sent
        and _verb_form(after)
        and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in after.children)
    ):
        return "subject", after
    if parsed is not None:
        return None
    i = m.token_start - 1
    while i >= 0 and doc.doc[i].dep_ in _BEFORE_NAME and not _verb_form(doc.doc[i]):
        i -= 1
    before = doc.doc[i] if i >= 0 else None
    if before is not None and _verb_form(before) and not any(c.dep_ in ("dobj", "attr") for c in before.children):
        return "object", before
    return None


def _places(doc: Document, sent: int) -> dict[str, tuple[str, Token, EntityMention]]:
    """Each entity id named once in the sentence -> (role, predicate, mention)."""
    named: dict[str, list[EntityMention]] = {}
    for m in doc.entities:
        if m.sent == sent and m.cid:
            named.setdefault(m.cid, []).append(m)

    def once(m: EntityMention) -> bool:
        # (or a full name beside a word of it that the linking took for the same thing: 'the Penby Heritage Society'
        # beside 'Penby walls', where the town's name is the society's first word)
        full = max(named[m.cid], key=lambda x: len(x.words))
        shorts = [x for x in named[m.cid] if x is not full]
        return len(named[m.cid]) == 1 or (
            m is full and all(len(x.words) == 1 and len(full.words) > 2 and x.words[0] == full.words[0] for x in shorts)
        )

    places = _mention_places(doc, sent)
    # (or the one mention of several that says where a thing goes or comes from: 'pass from the operator Autocares
    # Serrano to ... after Serrano announced': the other mentions are doers of other deeds)
    directed = Counter(m.cid for role, _, m in places if role in ("prep:from", "prep:to"))
    # (the others doers of their own deeds, not places: 'the island of Kessa ... a flight from Kessa City' is two places)
    elsewhere = {m.cid for role, _, m in places if role not in ("prep:from", "prep:to", "subject")}

    def directed_once(role: str, m: EntityMention) -> bool:
        return role in ("prep:from", "prep:to") and directed[m.cid] == 1 and m.cid not in elsewhere

    return {m.cid: (role, pred, m) for role, pred, m in places if once(m) or directed_once(role, m)}


_LIGHT = frozenset({"have", "be", "do", "get", "go"})


def _same_predicate(a: Token, b: Token) -> bool:
    """One predicate: the same lemma, or verbs that paraphrase each other; a light verb paraphrases almost anything in
    WordNet ('has 28 days' / 'said'), so only by its lemma."""
    x, y = a.lemma_.lower(), b.lemma_.lower()
    return x == y or (a.pos_ == b.pos_ == "VERB" and not {x, y} & _LIGHT and paraphrase(x, y))


def _one_event(a: Token, b: Token) -> bool:
    """The same predicate, or one completing the other ('agreed to buy'): one event, two of its participants."""
    return a.i == b.i or (b.dep_ in ("xcomp", "ccomp") and b.head.i == a.i) or (a.dep_ in ("xcomp", "ccomp") and a.head.i == b.i)


def _compared(doc: Document, sent: int) -> dict[tuple[str, str], tuple[Token, EntityMention, EntityMention]]:
    """(the compared one, the one it is compared with) -> (the comparative, their mentions), for each 'A ... faster
    than B' of the sentence: B after 'than', A the subject of the clause the comparison is said in, or the subject's
    owner ("Harwood's population is larger than Elsby's")."""
    out = {}
    mentions = [m for m in doc.entities if m.sent == sent and m.cid]

    def named(tok: Token) -> EntityMention | None:
        return next((m for m in mentions if m.token_start <= tok.i < m.token_end), None)

    def owner(tok: Token) -> EntityMention | None:
        # ('the Morden route': the name that tells which)
        return named(tok) or next((named(c) for c in tok.children if c.dep_ in ("poss", "compound") and named(c) is not None), None)

    for than in (t for t in doc.doc if t.lower_ == "than" and t.dep_ == "prep" and named(t) is None):
        if doc.sentence_at(than.idx) != sent:
            continue
        word = than.head
        if word.tag_ not in ("JJR", "RBR"):  # 'fewer complaints than': the comparative on the noun
            word = next((c for c in word.children if c.tag_ in ("JJR", "RBR")), word)
        other = next((owner(c) for c in than.children if c.dep_ == "pobj" and owner(c) is not None), None)
        verb = next((a for a in than.ancestors if a.pos_ in ("VERB", "AUX")), None)
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) if verb is not None else None
        one = owner(subject) if subject is not None else None
        if other is not None and one is not None and one.cid != other.cid:
            out[(one.cid, other.cid)] = (word, one, other)
    return out


_LESS = frozenset({"less", "fewer", "few", "little"})


def _turned(a: Token, b: Token) -> bool:
    """Two comparatives that say the same of two sides taken the other way round: opposites ('larger' / 'smaller'),
    or 'more' against 'fewer' or 'less', on the word or before it ('more expensive' / 'less expensive')."""

    def lesser(t: Token) -> bool:
        return t.lower_ in _LESS or t.lemma_.lower() in _LESS or any(c.lower_ in _LESS for c in t.children)

    return opposite(a.lemma_, b.lemma_) or lesser(a) != lesser(b)


def turned_comparisons(ctx: Context) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(candidate span, reference span) of each comparison the candidate tells from its other side ('A received fewer
    complaints than B' / 'B received more complaints than A'): the same fact, which no check should read as a swap,
    a name put for another or an opposite."""

    def read() -> list[tuple[tuple[int, int], tuple[int, int]]]:
        out = []
        for r_sent, c_sent in sorted(ctx.alignment.links):
            ref, cand = _compared(ctx.reference, r_sent), _compared(ctx.candidate, c_sent)
            for (a, b), (c_word, c_one, c_other) in cand.items():
                if (b, a) in ref and (a, b) not in ref and _turned(ref[(b, a)][0], c_word):
                    r_word, r_one, r_other = ref[(b, a)]
                    out.append(
                        (
                            (min(c_one.start, c_word.idx), max(c_other.end, c_word.idx + len(c_word.text))),
                            (min(r_one.start, r_word.idx), max(r_other.end, r_word.idx + len(r_word.text))),
                        )
                    )
        return out

    return ctx.cache("turned_comparisons", read)


def _comparison_turned(ctx: Context) -> Iterator[Finding]:
    """'A opened the lock in 41 seconds, eight seconds faster than B' / 'B needed 41 seconds, eight seconds quicker than
    A': the two sides of a comparison traded places, the comparative the same way round (not 'slower', which says the
    same with the sides turned)."""
    for r_sent, c_sent in sorted(ctx.alignment.links):
        ref, cand = _compared(ctx.reference, r_sent), _compared(ctx.candidate, c_sent)
        for (a, b), (c_word, c_one, c_other) in cand.items():
            if (b, a) not in ref or (a, b) in ref:
                continue
            r_word, r_one, r_other = ref[(b, a)]
            if _turned(r_word, c_word):
                continue
            yield ctx.finding(
                FindingType.ROLE,
                Severity.CRITICAL,
                0.7,
                f"'{c_one.text}' and '{c_other.text}' trade places in the comparison: the reference has '{r_one.text}' "
                f"{r_word.text} than '{r_other.text}'",
                (min(c_one.start, c_word.idx), max(c_other.end, c_word.idx + len(c_word.text))),
                (min(r_one.start, r_word.idx), max(r_other.end, r_word.idx + len(r_word.text))),
                NAME,
            )


def check(ctx: Context) -> Iterator[Finding]:
    exchanged = list(_exchanged(ctx))
    exchanged += list(_crossed(ctx, exchanged))
    exchanged += list(_comparison_turned(ctx))
    yield from exchanged
    yield from _turned_round(ctx, exchanged)
    if ctx.mode != "summary":
        # a summary sentence condenses several of the reference's: its aligned sentence is no slot-for-slot match
        # (on the AggreFact dev summaries this fired on faithful summaries three times as often as on wrong ones)
        yield from replaced_in_slot(ctx)
    else:
        yield from replaced_in_slot(ctx, whole=True)


def _both_ways(place_a: str, place_b: str, pred: Token) -> bool:
    """A symmetric predicate (lexicon `symmetric_predicates`) with the two in its subject and partner places."""
    places = {place_a, place_b}
    partner = places in ({"subject", "prep:with"}, {"subject", "object"}, {"subject", "prep:against"})
    return partner and pred.lemma_.lower() in lexicon()["symmetric_predicates"]


def _exchanged(ctx: Context) -> Iterator[Finding]:
    reported: set[str] = set()
    for r_sent, c_sent in sorted(ctx.alignment.links):
        ref, cand = _places(ctx.reference, r_sent), _places(ctx.candidate, c_sent)
        shared = sorted(set(ref) & set(cand))
        for i, a in enumerate(shared):
            for b in shared[i + 1 :]:
                if a in reported or b in reported:
                    continue
                (ra, rpa, rma), (rb, rpb, rmb) = ref[a], ref[b]
                (ca, cpa, cma), (cb, cpb, cmb) = cand[a], cand[b]
                if (ra, rpa.i) == (rb, rpb.i):
                    continue  # 'A and B' in one place
                if any(_converse_below(x, y) for x in (rpa, rpb) for y in (cpa, cpb)):
                    continue  # 'A agreed to buy it from B' / 'B agreed to sell it to A': one deal, told from each side
                # 'from A to B' -> 'from B to A' whatever the parser hangs the two phrases on
                directions = {ra, rb} == {"prep:from", "prep:to"}
                same = directions or (_same_predicate(rpa, cpb) and _same_predicate(rpb, cpa))
                swapped = ra == cb and rb == ca and ra != rb and same
                if swapped and _both_ways(ra, rb, rpa) and _both_ways(ra, rb, cpa):
                    continue  # 'A merged with B' / 'B merged with A', 'A met B' / 'B met A': the same fact either way
                if swapped and {ra, rb} <= _WHERE:
                    continue  # 'in the two Record Office branches, at Hallow' / 'at the branches, in Hallow': one place in another
                if not swapped or (ca == cb and cpa.i == cpb.i):
                    for x, y in ((a, b), (b, a)):
                        taken = _taken_place(ref[x], ref[y], cand[x], cand[y])
                        if taken is not None:
                            reported |= {a, b}
                            yield ctx.finding(FindingType.ENTITY, Severity.MAJOR, 0.7, *taken, NAME)
                            back = _moved_back(ctx.reference, ref[x], cand[y])
                            if back is not None:
                                yield ctx.finding(FindingType.ENTITY, Severity.MAJOR, 0.6, *back, NAME)
                            break
                    continue
                reported |= {a, b}
                if directions or (_one_event(rpa, rpb) and _one_event(cpa, cpb)):
                    start, end = min(cma.start, cmb.start, cpa.idx, cpb.idx), max(cma.end, cmb.end, cpa.idx + len(cpa.text))
                    r_start, r_end = min(rma.start, rmb.start, rpa.idx, rpb.idx), max(rma.end, rmb.end, rpa.idx + len(rpa.text))
                    yield ctx.finding(
                        FindingType.ROLE,
                        Severity.CRITICAL,
                        0.8,
                        f"'{cma.text}' and '{cmb.text}' trade places in '{cpa.text}': the reference has them the other way round",
                        (start, end),
                        (r_start, r_end),
                        NAME,
                    )
                    continue
                for mine, theirs, pred in ((cma, rmb, rpb), (cmb, rma, rpa)):
                    yield ctx.finding(
                        FindingType.ENTITY,
                        Severity.MAJOR,
                        0.7,
                        f"'{mine.text}' stands where the reference has '{theirs.text}' (the one who '{pred.text}')",
                        (mine.start, mine.end),
                        (theirs.start, theirs.end),
                        NAME,
                    )


@dataclass(frozen=True)
class _Phrase:
    """A participant named by a common noun ('a committee of historians'), where a name's mention would be."""

    start: int
    end: int
    text: str


def _all_places(doc: Document, sent: int) -> dict[str, tuple[str, Token, object]]:
    """The places of `_places`, and of the common nouns the sentence has once as a subject or object of a verb, keyed
    by their lemma ('lemma:resident'): unnamed parties take part in deeds as names do. (`_crossed` weighs subjects.)"""
    out: dict[str, tuple[str, Token, object]] = dict(_places(doc, sent))
    s = doc.sentences[sent]
    toks = doc.doc[s.token_start : s.token_end]
    named = {i for m in doc.entities if m.sent == sent for i in range(m.token_start, m.token_end)}
    counts = Counter(t.lemma_.lower() for t in toks if t.pos_ == "NOUN")
    twice: set[str] = set()
    for t in toks:
        if t.pos_ != "NOUN" or t.i in named or t.is_stop or not t.is_alpha:
            continue
        key = t.lemma_.lower()
        if counts[key] != 1:
            # a noun said twice, told apart by its words ('secondary schools will close; primary schools will stay
            # open'): keyed by them
            kinds = sorted(c.lemma_.lower() for c in t.children if c.dep_ in ("amod", "compound") and c.is_alpha)
            if not kinds:
                continue
            key = f"{' '.join(kinds)} {key}"
        if t.dep_ in _THROUGH or t.dep_ == "amod":
            continue  # a word of another noun's phrase ('county' in 'the county wildlife trust')
        found = place(t)
        if found is None or found[0] not in ("subject", "object") or found[1].pos_ != "VERB":
            continue
        words = [t, *(c for c in t.children if c.dep_ in ("det", "amod", "compound", "nummod", "poss") and c.i < t.i)]
        start, end = min(w.idx for w in words), t.idx + len(t.text)
        if f"lemma:{key}" in out:
            twice.add(f"lemma:{key}")  # ('local schools' twice: which is which cannot be told)
        out[f"lemma:{key}"] = (found[0], found[1], _Phrase(start, end, doc.text[start:end]))
    for key in twice:
        del out[key]
    return out


def _crossed(ctx: Context, found: list[Finding]) -> Iterator[Finding]:
    """Two parties, named or not, each in the same part of two deeds of the sentence, that trade deeds ('Residents
    nominated 140 people, and a committee chose the list' / 'A committee nominated 140 people, and residents chose the
    list'; 'The Bat Group trained volunteers, using detectors lent by the county trust' / 'The county trust trained
    volunteers, using detectors lent by the Bat Group'): who did which turned round."""
    taken = [(f.candidate_span.start, f.candidate_span.end) for f in found if f.candidate_span is not None]
    reported: set[str] = set()
    for r_sent, c_sent in sorted(ctx.alignment.links):
        ref, cand = _all_places(ctx.reference, r_sent), _all_places(ctx.candidate, c_sent)
        shared = sorted(set(ref) & set(cand))
        for i, a in enumerate(shared):
            for b in shared[i + 1 :]:
                if a in reported or b in reported:
                    continue
                (ra, rpa, rma), (rb, rpb, rmb) = ref[a], ref[b]
                (ca, cpa, cma), (cb, cpb, cmb) = cand[a], cand[b]
                la, lb, ka, kb = (p.lemma_.lower() for p in (rpa, rpb, cpa, cpb))
                if not ra == rb == ca == cb == "subject" or la == lb or ka == la:
                    continue  # the doers of two different deeds on each side, and each party's deed another
                if converse(la, lb):
                    continue  # 'would receive a life jacket and had been given training' / 'be given ... received': one transfer each
                if any(_said_after_fronted(p) for p in (rpa, rpb, cpa, cpb)):
                    continue  # 'The biggest increase, said its manager, X, came from ...': the parse's speaker is what is said
                # the deeds kept word for word and traded, or told in other words where the two are no paraphrases of
                # each other ('nominated' / 'chose' are, in WordNet: only the words themselves say which is which)
                kept = la == kb and lb == ka
                if kept and synonym(la, lb):
                    continue  # two words of one sense traded ('bought the depot and purchased vans'): no trade at all
                # told in other words: each deed a synonym of the other's, and neither a near paraphrase of its own
                # ('scored ... added a third' / 'found the net ... made it three': WordNet's near senses join almost
                # any two verbs of a match report)
                crossed = synonym(la, kb) and synonym(lb, ka) and not (_same_predicate(rpa, cpa) or _same_predicate(rpb, cpb))
                if not kept and (_same_predicate(rpa, rpb) or not crossed):
                    continue
                if any(s < max(cma.end, cmb.end) and min(cma.start, cmb.start) < e for s, e in taken):
                    continue
                reported |= {a, b}
                start, end = min(cma.start, cmb.start), max(cma.end, cmb.end)
                r_start, r_end = min(rma.start, rmb.start), max(rma.end, rmb.end)
                yield ctx.finding(
                    FindingType.ROLE,
                    Severity.CRITICAL,
                    0.7,
                    f"'{cma.text}' and '{cmb.text}' trade deeds: in the reference, '{rma.text}' ({rpa.text}) and "
                    f"'{rmb.text}' ({rpb.text}); the candidate has them the other way round",
                    (start, end),
                    (r_start, r_end),
                    NAME,
                )


def _said_after_fronted(verb: Token) -> bool:
    """A verb of saying right after a comma, with a subject before it ('The biggest increase, said its manager, X, came
    from ...'): the subject is the start of what is said, the speaker comes after the verb."""
    return (
        verb.lemma_.lower() in _speech()
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
        and any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)
    )


_DIRECTIONS = {"prep:from": "prep:to", "prep:to": "prep:from"}


def _doer_of_another_deed(noun: Token, verb: Token) -> bool:
    """A noun for those who do a deed ('visitors', from 'visit'), against a verb that is not that deed, its converse or a
    paraphrase of it ('removing'): where the doers go is not where the other deed takes its thing."""
    if noun.pos_ != "NOUN" or verb.pos_ != "VERB":
        return False
    deeds = [v for v in noun_verbs(noun.lemma_) if v != noun.lemma_.lower()]
    other = verb.lemma_.lower()
    return bool(deeds) and not any(d == other or converse(d, other) or paraphrase(d, other) for d in deeds)


def _own_deed_told_with_direction(ref_sent, r_pred: Token, c_pred: Token, preposition: str) -> bool:
    """The candidate's verb is another deed than the reference's, the reference's a participle or relative clause that
    describes the thing, and the reference sentence tells the candidate's deed itself with the same preposition ('a
    carving stolen from the church ... has been returned to the parish' / 'returned to the church'): the candidate's
    direction is its own deed's, not the other one's turned round."""
    if c_pred.pos_ != "VERB" or r_pred.pos_ != "VERB" or r_pred.dep_ not in ("acl", "relcl"):
        return False  # (the other deed describes the thing, 'a carving stolen from': not a deed of the sentence's own)
    mine, theirs = c_pred.lemma_.lower(), r_pred.lemma_.lower()
    if mine == theirs or converse(mine, theirs) or synonym(mine, theirs):
        return False
    return any(
        t.pos_ == "VERB"
        and t.i != r_pred.i
        and (t.lemma_.lower() == mine or synonym(t.lemma_.lower(), mine))
        and any(c.dep_ == "prep" and c.lower_ == preposition for c in t.children)
        for t in ref_sent
    )


def _turned_round(ctx: Context, found: list[Finding]) -> Iterator[Finding]:
    """A name the reference has something go to that the candidate has it come from, or the other way round ('sold
    to X' / 'bought from X', 'a loan from X' / 'a loan to X', 'exports from X' / 'exports to X'): whatever the verbs,
    the transfer runs the other way."""
    for r_sent, c_sent in sorted(ctx.alignment.links):
        ref, cand = _places(ctx.reference, r_sent), _places(ctx.candidate, c_sent)
        for cid in sorted(set(ref) & set(cand)):
            (r_role, r_pred, r_mention), (c_role, c_pred, c_mention) = ref[cid], cand[cid]
            if _DIRECTIONS.get(r_role) != c_role or "ADJ" in (r_pred.pos_, c_pred.pos_):
                continue  # (not a quality's 'to': 'endemic to Kessa', 'close to Kessa')
            if any(f.candidate_span and f.candidate_span.start < c_mention.end and c_mention.start < f.candidate_span.end for f in found):
                continue  # both ends exchanged: reported as such
            if _nationality(ctx.reference, r_mention) or _nationality(ctx.candidate, c_mention):
                continue  # 'to a Swiss bidder' / 'to a bidder from Switzerland': where the bidder is from, not where it went
            if _doer_of_another_deed(r_pred, c_pred) or _doer_of_another_deed(c_pred, r_pred):
                continue  # 'removing sea glass from the cove' / 'visitors to the cove': the visitors go there, not the glass
            if _flow_of_its_modifier(r_pred, c_pred) or _flow_of_its_modifier(c_pred, r_pred):
                continue  # 'export demand from Norway' / 'exports to Norway': the demand comes from where the exports go
            asking = lexicon()["event_alternatives"]["application"][0]
            if r_pred.lemma_.lower() in asking and c_pred.lemma_.lower() in asking:
                continue  # 'applied to the fund for £150,000' / 'is seeking £150,000 from the fund': asked of it, either way
            sentence = ctx.reference.sentences[r_sent]
            ref_span = ctx.reference.doc[sentence.token_start : sentence.token_end]
            if _own_deed_told_with_direction(ref_span, r_pred, c_pred, c_role[5:]):
                continue  # 'stolen from the church ... has been returned to the parish' / 'returned to the church': two deeds
            yield ctx.finding(
                FindingType.ROLE,
                Severity.CRITICAL,
                0.7,
                f"'{c_role[5:]} {c_mention.text}' where the reference has '{r_role[5:]} {r_mention.text}': the candidate "
                "turns the direction round",
                (min(c_mention.start, c_pred.idx), max(c_mention.end, c_pred.idx + len(c_pred.text))),
                (min(r_mention.start, r_pred.idx), max(r_mention.end, r_pred.idx + len(r_pred.text))),
                NAME,
            )


def _flow_of_its_modifier(a: Token, b: Token) -> bool:
    """What moves in one text is a demand for what moves in the other, which modifies it there ('export demand from
    Norway' / 'exports to Norway', 'import orders from X' / 'imports to X'): demand and goods run opposite ways
    (lexicon demand_nouns)."""
    if a.pos_ != "NOUN" or b.pos_ != "NOUN" or a.lemma_.lower() == b.lemma_.lower():
        return False
    if a.lemma_.lower() not in lexicon()["demand_nouns"]:
        return False  # 'export volumes to X' / 'exports from X': volumes go where the exports go
    return any(c.dep_ in ("compound", "amod") and c.lemma_.lower() == b.lemma_.lower() for c in a.children)


_WHERE = frozenset({"prep:in", "prep:at", "prep:on", "prep:inside"})


def _taken_place(ref_a: tuple, ref_b: tuple, cand_a: tuple, cand_b: tuple) -> tuple | None:
    """(message, candidate span, reference span) when A stands in the candidate where the reference has B (the same
    role of the same predicate) and both have moved: B is still in the sentence, somewhere A was not ('shaking
    buildings in the capital, B' -> 'in the capital, A', B now where the quake struck)."""
    (r_role_a, r_pred_a, r_mention_a), (r_role_b, r_pred_b, r_mention_b) = ref_a, ref_b
    (c_role_a, c_pred_a, c_mention_a), (c_role_b, c_pred_b, c_mention_b) = cand_a, cand_b
    if any(m.label == "NORP" for m in (r_mention_a, r_mention_b, c_mention_a, c_mention_b)):
        return None  # 'the French actress X', 'European sales': a demonym shares its noun's place
    if c_role_a != r_role_b or c_pred_a.lemma_.lower() != r_pred_b.lemma_.lower() or c_pred_a.lemma_.lower() in _speech() | {"be", "have"}:
        return None
    if c_pred_a.ent_type_ or r_pred_b.ent_type_:
        return None  # a word of a name ('the Guild of Northern Silversmiths' annual Master's Prize'): no slot of a deed
    if {c_role_a, c_role_b, r_role_b} <= _WHERE and _same_predicate(r_pred_b, c_pred_b) and _same_predicate(r_pred_a, c_pred_a):
        # 'ushers in the two Crown Court centres, at Dunmere' / 'ushers at the centres, in Dunmere': one place in another,
        # each still where the same thing is
        return None
    if not _same_frame(r_pred_b, c_pred_a, (r_mention_a, r_mention_b), (c_mention_a, c_mention_b)):
        return None  # 'X was named best actress' / 'Y was named best actor': another slot of the same verb
    if _voice(r_pred_b) is not None and _voice(c_pred_a) is not None and _voice(r_pred_b) != _voice(c_pred_a):
        return None  # 'X has agreed to be taken over by Y' / 'Y has agreed to buy X': the deed told from its other side
    gain = c_pred_a.lemma_.lower() in lexicon()["gain_predicates"] and _same_predicate(r_pred_a, c_pred_a)
    if gain and c_role_a == "subject" and r_role_a in ("to", "object"):
        return None  # 'a header earned the club a draw' / 'the club earned a draw': the one brought a gain gains it
    # both have moved: neither keeps its own place (the same role of the same or an equivalent predicate)
    if (c_role_b == r_role_b and _same_predicate(r_pred_b, c_pred_b)) or (c_role_a == r_role_a and _same_predicate(r_pred_a, c_pred_a)):
        return None
    return (
        f"'{c_mention_a.text}' stands where the reference has '{r_mention_b.text}' ({c_role_a.replace('prep:', '')} of "
        f"'{c_pred_a.text}'), and '{r_mention_b.text}' has moved",
        (c_mention_a.start, c_mention_a.end),
        (r_mention_b.start, r_mention_b.end),
    )


def _voice(verb: Token) -> str | None:
    """'passive' or 'active' for the infinitive a verb governs ('agreed to be taken over', 'agreed to buy'); None where
    it governs none."""
    inner = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
    if not inner:
        return None
    return "passive" if any(c.dep_ == "auxpass" for c in inner[0].children) else "active"


def _moved_back(reference: Document, ref_a: tuple, cand_b: tuple) -> tuple | None:
    """(message, candidate span, reference span) when B, whose place A took, now stands where the reference has A: the
    same role of the same predicate, A's place read through the nouns that hold it ('anchored off the shore of the
    isle of A' -> 'anchored off B')."""
    _, _, r_mention_a = ref_a
    c_role_b, c_pred_b, c_mention_b = cand_b
    tok = reference.doc[r_mention_a.token_start : r_mention_a.token_end].root
    while tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        if tok.head.head.dep_ not in ("pobj", "appos", "conj"):
            break
        tok = tok.head.head  # 'the shore of the isle of A': the phrase that fills the place
    found = place(tok)
    if found is None or _particle_role(*found) != _particle_role(c_role_b, c_pred_b) or not _same_predicate(found[1], c_pred_b):
        return None
    return (
        f"'{c_mention_b.text}' now stands where the reference has '{r_mention_a.text}' ({c_role_b.replace('prep:', '')} of "
        f"'{c_pred_b.text}'): the two traded places",
        (c_mention_b.start, c_mention_b.end),
        (r_mention_a.start, r_mention_a.end),
    )


def _particle_role(role: str, pred: Token) -> str:
    """An object after a particle read as the particle's ('anchored off A', 'off' a particle, is 'anchored off the shore')."""
    if role == "object":
        for c in pred.children:
            if c.dep_ == "prt":
                return f"prep:{c.lower_}"
    return role


def _frame_words(pred: Token, mentions: tuple[EntityMention, ...]) -> set[str]:
    inside = {i for m in mentions for i in range(m.token_start, m.token_end)}
    return {
        t.lemma_.lower()
        for c in pred.children
        if c.i not in inside and c.dep_ not in ("punct", "aux", "auxpass", "cc")
        for t in c.subtree
        if t.i not in inside and not t.is_stop and t.is_alpha
    }


def _complement(pred: Token) -> set[str]:
    """The head words of what completes the predicate: its object, attribute or complement ('remained the largest
    buyer': 'buyer')."""
    return {c.lemma_.lower() for c in pred.children if c.dep_ in ("dobj", "attr", "acomp", "oprd")}


def _same_frame(ref_pred: Token, cand_pred: Token, ref_mentions: tuple, cand_mentions: tuple) -> bool:
    """The predicate says the same around the names: at least half of the words hanging on it are shared, or its
    complement is the same word ('stayed the largest importer' / 'stayed the biggest importer'; but 'was named best
    actress' / 'was named best actor' are two slots)."""
    a, b = _frame_words(ref_pred, ref_mentions), _frame_words(cand_pred, cand_mentions)
    complement = _complement(ref_pred)
    return not (a or b) or len(a & b) >= 0.5 * len(a | b) or bool(complement) and complement == _complement(cand_pred)


@lru_cache(maxsize=1)
def _speech() -> frozenset[str]:
    return frozenset(lexicon()["speech_predicates"])


def _label_group(label: str) -> str:
    """Names that can stand for one another in a slot: people; organisations and groups; places."""
    return {"PERSON": "person", "ORG": "org", "NORP": "org", "GPE": "place", "LOC": "place", "FAC": "place"}.get(label, label)


def _figures(verb: Token) -> set[str]:
    """The figures written in digits in the verb's clause ('fined £260,000': '260,000')."""
    return {t.lower_ for t in verb.subtree if t.pos_ == "NUM" and any(ch.isdigit() for ch in t.text)}


_PLACES = ("prep:at", "prep:in", "prep:from", "prep:to", "prep:on")


def _one_slot(ctx: Context, r_pred: Token, pred: Token, role: str) -> bool:
    """In a summary, the same verb (each text using it once) with the same preposition of place ('based at X' / 'based
    at Y'), or with the same figure in its clause, of its subject or object ('X has been fined £260,000' / 'Y has been
    fined £260,000'): one slot however the sentences were condensed."""
    lemma = pred.lemma_.lower()
    figure = role in ("subject", "object") and bool(_figures(r_pred) & _figures(pred))
    if r_pred.lemma_.lower() != lemma or pred.pos_ != "VERB" or (role not in _PLACES and not figure):
        return False
    once = [sum(t.lemma_.lower() == lemma for t in doc.doc) == 1 for doc in (ctx.reference, ctx.candidate)]
    if not all(once) or lemma in ("accord", "go", "come", "be", "have", "meet"):
        return False
    if figure:
        return True
    # said of the same thing: 'the bank, based at X' / 'the Westland Milk Bank, based at Y'; not 'the group, based in
    # Zurich' / 'its UK arm, based in Leeds', nor 'the first concert' / 'a second concert'
    r_doer, c_doer = _doer(r_pred), _doer(pred)
    if r_doer is None or c_doer is None or r_doer.lemma_.lower() != c_doer.lemma_.lower():
        return False
    marks = [{c.lower_ for c in d.children if c.dep_ in ("amod", "nummod")} for d in (r_doer, c_doer)]
    return marks[0] == marks[1] or not (marks[0] and marks[1])


def _doer(verb: Token) -> Token | None:
    """The thing a verb is said of: the noun a participle hangs on ('the bank, based at X'), or the verb's subject."""
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _may_stand_for(a: set[str], b: set[str]) -> bool:
    """The two names can be of one kind: the tagger's labels for all mentions of each overlap, or one is only known
    as a proper noun (the tagger gives one college PERSON here and ORG there)."""
    return bool(a & b) or "PROPN" in a or "PROPN" in b


def _mention_places(doc: Document, sent: int) -> list[tuple[str, Token, EntityMention]]:
    """(role, predicate, mention) of every name of the sentence that fills a place, a name said twice once for each."""
    out = []
    for m in doc.entities:
        if m.sent != sent or not m.cid:
            continue
        parsed = place(doc.doc[m.token_start : m.token_end].root)
        found = _word_order(doc, m, parsed) or parsed
        if found is not None:
            out.append((found[0], found[1], m))
    return out


def _inside(doc: Document, cid: str, outer: EntityMention) -> bool:
    """A mention of `cid` in the phrase of `outer`, in its sentence ('the hospital of X': X inside the hospital's)."""
    root = doc.doc[outer.token_start : outer.token_end].root
    for m in doc.entities:
        if m.cid == cid and m.sent == outer.sent:
            tok = doc.doc[m.token_start : m.token_end].root
            if any(a.i == root.i for a in tok.ancestors):
                return True
    return False


def _said_of_the_same_noun(ctx: Context, mention: EntityMention) -> bool:
    """The candidate's name qualifies a common noun after it ('Skerrin rangers') that the reference gives with the
    same name in its phrase ('rangers on Skerrin', 'rangers from Skerrin'): the noun's party, not the name's."""
    doc = ctx.candidate.doc
    if mention.token_end >= len(doc):
        return False
    after = doc[mention.token_end]
    if not (after.is_alpha and after.is_lower and not after.is_stop):
        return False
    noun = after.lemma_.lower()
    for m in ctx.reference.entities:
        if m.cid == mention.cid:
            tok = ctx.reference.doc[m.token_start : m.token_end].root
            # the noun before the name ('rangers on X'), not the name's own noun ('the X stable' in both)
            near = [a for a in list(tok.ancestors)[:3] if a.i < m.token_start]
            near += list(ctx.reference.doc[max(0, m.token_start - 4) : m.token_start])
            if any(a.lemma_.lower() == noun for a in near):
                return True
    return False


def _subject_by_conjunction(doc: Document, cid: str, pred: Token) -> bool:
    """The name is the subject of a verb above a reference verb of the candidate's predicate that has no subject of
    its own ('Mountain Watch said the reservoir could lower the stream and called for an assessment', however the
    parse joins 'called'): its doer too. Not where that verb has a subject of its own ('X said Y attacked Z')."""
    lemma = pred.lemma_.lower()
    named = {i for m in doc.entities if m.cid == cid for i in range(m.token_start, m.token_end)}
    for tok in doc.doc:
        if tok.lemma_.lower() != lemma or tok.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            continue
        subjects = [c for a in tok.ancestors for c in a.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(s.i in named for s in subjects):
            return True
    return False


def _description_of(ctx: Context, mention: EntityMention, r_mention: EntityMention) -> bool:
    """The candidate's name is a word on a common noun ('the Swiss company') that the reference sets just before the
    name it replaces ('the Swiss group Haldmark Foods'): a description of that very party."""
    tok = ctx.candidate.doc[mention.token_start : mention.token_end].root
    if tok.dep_ not in ("amod", "compound") or tok.head.pos_ != "NOUN":
        return False
    return described_before(ctx.reference.doc, ctx.reference.entities, {mention.cid}, {r_mention.cid}, most=2)


def _common_word(ctx: Context, mention) -> bool:
    """A one-word reference 'name' that opens its sentence and that the candidate writes in lower case: an ordinary
    word with the sentence's capital ('Walnut growers in the valley ...' / '... valley walnut growers')."""
    first = ctx.reference.sentences[mention.sent].start == mention.start
    one_word = " " not in mention.text.strip()
    return first and one_word and re.search(rf"(?<!\w){re.escape(mention.text.lower())}(?!\w)", ctx.candidate.text) is not None


def _converse_below(a: Token, b: Token) -> bool:
    """The two predicates take complements that are converses ('agreed to buy' / 'agreed to sell', lexicon
    `converse_predicates`): the deal told from its other party, whose doer is the other's."""
    mine = [c.lemma_ for c in a.children if c.dep_ == "xcomp"]
    theirs = [c.lemma_ for c in b.children if c.dep_ == "xcomp"]
    return any(converse(x, y) for x in mine for y in theirs)


def replaced_in_slot(ctx: Context, whole: bool = False) -> Iterator[Finding]:
    """A name the reference gives elsewhere, put in the place of another name of the aligned sentence: the same
    role of the same predicate, the reference's name gone from the candidate's sentence ('the University of X' in
    the place where the reference has 'the University of Y', X named elsewhere in the reference; 'gas from X' where
    the reference has 'gas from Y' and X only as the one who revoked the permit)."""
    named_elsewhere = {m.cid for m in ctx.reference.entities}
    groups: dict[str, set[str]] = {}
    for m in ctx.reference.entities + ctx.candidate.entities:
        groups.setdefault(m.cid, set()).add(_label_group(m.label))
    links = sorted(ctx.alignment.links)
    if whole:
        # a summary: any sentence pair, but only the same predicate word in the same place, with the reference's name
        # gone from the whole summary ('based at X' / 'based at Y', X named nowhere in the summary)
        links = [(r, c) for r in range(len(ctx.reference.sentences)) for c in range(len(ctx.candidate.sentences))]
    every_cid = {m.cid for m in ctx.candidate.entities}
    for r_sent, c_sent in links:
        cand_cids = every_cid if whole else {m.cid for m in ctx.candidate.entities if m.sent == c_sent}
        ref = _mention_places(ctx.reference, r_sent)
        for role, pred, mention in _mention_places(ctx.candidate, c_sent):
            if whole and role in _PLACES and pred.pos_ == "NOUN":
                # 'open a campus with eight studios and a hall in X': where the parse hangs the place on the last noun
                # of the object, it is still where the verb's deed is done
                pred = next((a for a in pred.ancestors if a.pos_ == "VERB"), pred)
            cid = mention.cid
            if cid not in named_elsewhere or mention.key in titles() or pred.lemma_.lower() in _speech():
                continue  # who says it is the attribution check's
            if any(m.cid == cid and r == role and _same_predicate(p, pred) for r, p, m in ref):
                continue  # the reference gives it this place too
            for r_role, r_pred, r_mention in ref:
                other = r_mention.cid
                if other == cid or other in cand_cids or r_role != role or not _may_stand_for(groups[cid], groups[other]):
                    continue
                if not _same_predicate(r_pred, pred) or variant(mention, r_mention):
                    continue
                if _subject_by_conjunction(ctx.reference, cid, pred):
                    continue  # 'Mountain Watch said ... and called for': the candidate's doer is the reference's too
                if _converse_below(r_pred, pred):
                    continue  # 'A has agreed to buy it from B' / 'B has agreed to sell it to A': one deal, either side
                if whole and not _one_slot(ctx, r_pred, pred, role):
                    continue
                if _inside(ctx.reference, cid, r_mention):
                    continue  # 'the university hospital of X' / 'the X university hospital': a part of the same name
                if _said_of_the_same_noun(ctx, mention):
                    continue  # 'X rangers' / 'rangers on X': the rangers, not X, do the deed in both
                if any((m.cid == cid or variant(mention, m)) and variant(r_mention, m) for m in ctx.reference.entities):
                    continue  # 'Tomasz' and 'Wolak' are both 'Tomasz Wolak': one person named two ways
                if _description_of(ctx, mention, r_mention):
                    continue  # 'the Swiss company' / 'the Swiss group Haldmark Foods': Haldmark, described
                if _common_word(ctx, r_mention):
                    continue  # 'Walnut growers' at the start of a sentence: the candidate writes 'walnut growers'
                yield ctx.finding(
                    FindingType.ENTITY,
                    Severity.MAJOR,
                    0.7,
                    f"'{mention.text}' stands where the reference has '{r_mention.text}' ({role.replace('prep:', '')} of "
                    f"'{pred.text}'); the reference names '{mention.text}' elsewhere",
                    (mention.start, mention.end),
                    (r_mention.start, r_mention.end),
                    NAME,
                )
                break
