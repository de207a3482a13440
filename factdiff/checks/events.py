"""Events: another action in an otherwise unchanged clause, or a reported event told as a plain fact.

A verb replaced by another in a clause that keeps its other words ('cancelled the screening' -> 'postponed the
screening') may report another event. WordNet clears paraphrases ('sacked' / 'fired'); for the rest the sentence
encoder judges in context: the candidate's sentence against the same sentence with the reference's verb put back.
Where that moves the sentence's meaning, the event changed (major); a little, a note (minor); not at all, a
synonym WordNet missed ('described' / 'called'). Where the clause is reworded too, a changed verb is not
reported here: neither resource tells 'injured' / 'killed' from 'cut' / 'lowered' out of context (opposites are the
polarity check's); `proposals` hands such changes to the trained verifier, which judges them in context.
A verb of one outcome of a kind of event where the aligned reference sentence has another outcome of that kind
('postponed' / 'cancelled', 'arrested' / 'charged': lexicon `event_alternatives`) reports another event, with the
guards of `_alternative_outcome`.
A clause that the reference gives only as someone's confirmation or announcement ('X's
confirmation that it had deployed troops') and the candidate tells as a bare fact ('X deployed
troops') changes what happened when.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from difflib import SequenceMatcher
from functools import lru_cache

from spacy.lang.en.lex_attrs import like_num
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from factdiff.analyse import units
from factdiff.analyse.embed import load_encoder
from factdiff.analyse.knowledge import lexicon
from factdiff.analyse.lexical import direction, is_adjective, noun_verbs, opposite, paraphrase, verb_lemma
from factdiff.checks.base import Context, reported
from factdiff.checks.polarity import denied, sentence_pairs
from factdiff.model import Finding, FindingType, Severity

NAME = "events"


# cosine of the candidate sentence and its copy with the reference's verb (MiniLM): below OTHER_MEANING the
# verb changed what the sentence says, from SAME_MEANING on it did not (read off the development pairs' verb changes)
OTHER_MEANING, SAME_MEANING = 0.90, 0.92
# the rest of the two sentences must be this alike (difflib's ratio over their words) for a verb change to tell
SAME_CLAUSE = 0.75


def _words(sent: SpacySpan) -> list[Token]:
    """The words that carry the clause: auxiliaries and verb particles aside, so that 'will be culled' / 'have died'
    and 'was called off' / 'failed' read as one verb for another (the particle goes back with its verb in the test)."""
    return [t for t in sent if not (t.is_punct or t.is_space or t.pos_ == "AUX" or t.dep_ == "prt")]


def _replaced_verbs(ctx: Context) -> Iterator[tuple[Token, Token]]:
    """(reference verb, candidate verb) where one verb replaces another and little else changes."""
    for ref_sent, cand_sent in sentence_pairs(ctx):
        ref_words, cand_words = _words(ref_sent), _words(cand_sent)
        matcher = SequenceMatcher(None, [t.lower_ for t in ref_words], [t.lower_ for t in cand_words], autojunk=False)
        if matcher.ratio() < SAME_CLAUSE:
            continue
        for op, r0, r1, c0, c1 in matcher.get_opcodes():
            if op != "replace" or r1 - r0 > 2 or c1 - c0 > 2:
                continue
            ref_verbs = [t for t in ref_words[r0:r1] if t.pos_ == "VERB"]
            cand_verbs = [t for t in cand_words[c0:c1] if t.pos_ == "VERB"]
            if len(ref_verbs) == 1 and len(cand_verbs) == 1:
                yield ref_verbs[0], cand_verbs[0]
    yield from _replaced_in_core(ctx)
    yield from _anchored_pairs(ctx)


_TIME_MARKS = frozenset({"until", "till", "after", "before", "when", "since"})
_LIGHT_PHRASAL = frozenset({"go", "come", "get", "put", "set", "take", "make", "give", "bring", "turn", "pull", "break"})


def _anchor(verb: Token) -> tuple[str, str, str] | None:
    """(mark, subject, figure) of a clause of time with a pronoun or noun subject and a year or figure of its own
    ('until it closed in 1961'): a clause the two texts can only be telling of one event."""
    mark = next((k.lower_ for k in verb.children if k.dep_ == "mark" and k.lower_ in _TIME_MARKS), None)
    subject = next((k.lemma_.lower() for k in verb.children if k.dep_ in ("nsubj", "nsubjpass")), None)
    figures = [o.text for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj" and o.like_num]
    # (not a light verb with a particle, an idiom whose sense WordNet often misses: 'since it went up in 2022' / 'was
    # built in 2022'; 'was blown down' says what it says)
    idiom = verb.lemma_.lower() in _LIGHT_PHRASAL and any(k.dep_ == "prt" for k in verb.children)
    if mark is None or subject is None or len(figures) != 1 or idiom:
        return None
    return mark, subject, figures[0]


def _anchored_pairs(ctx: Context) -> list[tuple[Token, Token]]:
    """The verb pairs of `_replaced_at_anchor`, found once per comparison (three readers)."""
    return ctx.cache("anchored_verbs", lambda: list(_replaced_at_anchor(ctx)))


def _replaced_at_anchor(ctx: Context) -> Iterator[tuple[Token, Token]]:
    """(reference verb, candidate verb) of two clauses of time in aligned sentences with the same mark, subject and
    figure, the sentences otherwise reworded ('produced anvils ... until it closed in 1961' / 'supplied anvils ... until
    it was sold in 1961'): one verb put for another in that clause."""
    for ref_sent, cand_sent in sentence_pairs(ctx):
        anchors = [(t, _anchor(t)) for t in ref_sent if t.pos_ == "VERB"]
        for c in (t for t in cand_sent if t.pos_ == "VERB"):
            mine = _anchor(c)
            same = [r for r, theirs in anchors if mine is not None and theirs == mine and r.lemma_.lower() != c.lemma_.lower()]
            if len(same) == 1:
                yield same[0], c


_CORE = ("nsubj", "nsubjpass", "dobj", "dative", "attr", "oprd", "neg")


def _arguments_said(verb: Token) -> list[str] | None:
    """The words of the verb's subject and object, in order, auxiliaries and punctuation aside ('420 homes' of '420 homes
    were flooded'); None for a verb without a named subject (a pronoun says too little to tie two clauses)."""
    parts = [c for c in verb.children if c.dep_ in _CORE]
    subjects = [c for c in parts if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or any(c.pos_ == "PRON" for c in subjects):
        return None
    words = sorted((t for c in parts for t in c.subtree), key=lambda t: t.i)
    return [t.lower_ for t in words if not (t.is_punct or t.is_space)]


def _rest(verb: Token) -> list[str]:
    """The words of the verb's other phrases (its prepositions, adverbs, particles, complements), in order, leaving out
    what frames the clause as someone's word ('according to the council'): 'had fallen by half' keeps 'by half', which
    'had halved' says in its verb."""
    speech = set(lexicon()["speech_predicates"])
    kept = []
    for c in verb.children:
        if c.dep_ not in ("prep", "agent", "advmod", "npadvmod", "prt", "acomp", "xcomp", "oprd"):
            continue
        if c.dep_ == "prep" and (c.lemma_.lower() in ("accord", "according") or c.lemma_.lower() in speech):
            continue
        kept += [t for t in c.subtree]
    return [t.lower_ for t in sorted(kept, key=lambda t: t.i) if not (t.is_punct or t.is_space)]


def _replaced_in_core(ctx: Context) -> Iterator[tuple[Token, Token]]:
    """(reference verb, candidate verb) of aligned sentences whose framing differs ('The council estimates that 420 homes
    were flooded' / 'According to the council, 420 homes were evacuated') but whose clause keeps the same subject and
    object word for word, with a figure or two content words among them: one verb put for another in that clause."""
    for ref_sent, cand_sent in sentence_pairs(ctx):
        cores = [(t, _arguments_said(t)) for t in ref_sent if t.pos_ == "VERB"]
        for c in (t for t in cand_sent if t.pos_ == "VERB"):
            mine = _arguments_said(c)
            if mine is None:
                continue
            content = [w for k in c.children if k.dep_ in _CORE for w in k.subtree if (w.is_alpha and not w.is_stop) or w.like_num]
            if not (any(w.like_num for w in content) or len(content) >= 2):
                continue
            same = [r for r, theirs in cores if theirs == mine and r.lemma_.lower() != c.lemma_.lower() and _rest(r) == _rest(c)]
            if len(same) == 1 and not any(t.lemma_.lower() == c.lemma_.lower() for t in ref_sent if t.pos_ == "VERB"):
                yield same[0], c


def proposals(ctx: Context) -> list[tuple[Token, Token, bool]]:
    """The verb changes of `_proposals`, made once per comparison (the events check and the verifier both read them)."""
    return ctx.cache("event_proposals", lambda: _proposals(ctx))


def _proposals(ctx: Context) -> list[tuple[Token, Token, bool]]:
    """Verb changes that may report another event: (reference verb, candidate verb, in an unchanged clause), where
    the two verbs are neither the same word, paraphrases, opposites (the polarity check's), converses (the roles
    check's), reporting verbs (the attribution and modality checks') nor the same direction of change ('fell' /
    'inched lower'). Besides a verb replaced in an unchanged clause, the predicates of two frames the alignment pairs:
    their clauses may be reworded, so that only a judgement in context (the trained verifier's) can tell another event
    from a paraphrase."""
    reporting = set(lexicon()["speech_predicates"]) | set(lexicon()["belief_predicates"])
    converses = {frozenset(p) for p in lexicon()["converse_predicates"]}  # 'sold' / 'bought': the roles check's
    governors = set(lexicon()["negating_governors"]) | set(lexicon()["omission_predicates"])
    asking = set(lexicon()["request_predicates"])  # a request in another verb of asking ('urged' / 'called on'): the modality check's
    found: dict[int, tuple[Token, Token, bool]] = {}
    anchored = {c.i for _, c in _anchored_pairs(ctx)}
    for r, c in _replaced_verbs(ctx):
        found.setdefault(c.i, (r, c, True))
    for rf, cf, _ in ctx.frame_pairs:
        if not (rf.nominal or cf.nominal or rf.pred == cf.pred):
            found.setdefault(cf.pred_i, (ctx.reference.doc[rf.pred_i], ctx.candidate.doc[cf.pred_i], False))
    out = []
    for r, c, clause in found.values():
        if _adjective_misread(c) or _same_stance(r, c) or _same_change(r, c):
            continue
        a, b = verb_lemma(r), verb_lemma(c)  # 'put off' / 'postponed'
        if direction(r) is not None and direction(r) == direction(c):
            continue
        if {a, b} & governors and denied(r) != denied(c):
            continue  # 'avoid trips' / 'not make trips', 'skipped' / 'had not carried out': a verb that denies, for the denial
        if _told_by_its_end(r, c) or _told_by_its_end(c, r):
            continue  # 'had grown to several thousand' / 'numbered several thousand': the change told by where it ended
        if _one_outcome(r, c):
            continue  # 'delay' / 'push back': verbs of one class of the lexicon's outcomes say the same
        if {a, b} <= asking and _one_request(r, c):
            continue  # 'appealed for anyone with footage to come forward' / 'asked anyone with recordings to get in touch'
        if _nominalised(r, c) or _nominalised(c, r):
            continue  # 'donations can be made online' / 'people can donate online': the event in its noun
        if _light_with_goal(c, r) or _light_with_goal(r, c):
            continue  # 'take the law to the constitutional court' / 'challenge the law before the constitutional court'
        # (a clause of time anchored by its subject and year on both sides takes a near paraphrase only: 'until it
        # closed in 1961' / 'until it was sold in 1961', 'close' being two steps from 'sell' in WordNet)
        steps = 1 if c.i in anchored else 2
        if not (a == b or paraphrase(a, b, steps=steps) or opposite(a, b) or frozenset((a, b)) in converses or {a, b} & reporting):
            out.append((r, c, clause))
    return out


def _one_request(r: Token, c: Token) -> bool:
    """Two verbs of asking that ask someone to do a thing, an infinitive below one of them ('appealed for anyone who saw it
    to come forward' / 'asked anyone who saw it to get in touch'), neither said against a thing ('appealed against the
    ban' is no call for it)."""
    if any(k.dep_ == "prep" and k.lower_ == "against" for v in (r, c) for k in v.children):
        return False
    return any(
        k.pos_ in ("VERB", "AUX") and any(a.dep_ == "aux" and a.lower_ == "to" for a in k.children) for v in (r, c) for k in v.subtree
    )


def _light_with_goal(light: Token, verb: Token) -> bool:
    """`light` is a light verb ('take', 'bring') done to the same thing as `verb` and taking it to a place that `verb`'s
    own phrase names ('take the law to the court' / 'challenge the law before the court'): the place says the deed."""
    if light.lemma_.lower() not in _LIGHT_PHRASAL:
        return False

    def objects(t: Token, deps: tuple[str, ...]) -> set[str]:
        return {k.lemma_.lower() for k in t.children if k.dep_ in deps and k.pos_ in ("NOUN", "PROPN")}

    goals = {o.lemma_.lower() for p in light.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children if o.dep_ == "pobj"}
    places = {o.lemma_.lower() for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"}
    return bool(goals & places) and bool(objects(light, ("dobj",)) & objects(verb, ("dobj",)))


def _nominalised(light: Token, verb: Token) -> bool:
    """`light` is done to a noun that names `verb`'s event, as WordNet derives it ('made a donation', 'donations were
    made' / 'donated'; 'carried out an inspection' / 'inspected')."""
    nouns = [k for k in light.children if k.dep_ in ("dobj", "nsubjpass")]
    named = {v for n in nouns for v in noun_verbs(n.lemma_.lower())}
    return any(v == verb_lemma(verb) or paraphrase(v, verb_lemma(verb)) for v in named)


def _one_outcome(r: Token, c: Token) -> bool:
    """The two verbs, with their particles, name one class of outcome in lexicon `event_alternatives`."""
    table = _alternatives()
    mine = {k for n in _verb_names(c) for k in table.get(n, ())}
    return bool(mine) and bool(mine & {k for n in _verb_names(r) for k in table.get(n, ())})


def _same_stance(r: Token, c: Token) -> bool:
    """A vote told as the stance it takes: 'voted against' or 'voted down' / 'rejected', 'voted for' / 'backed' (not 'opposed' /
    'blocked': taking a side is not getting one's way)."""
    lex = lexicon()

    def voted(t: Token) -> str | None:
        preps = {k.lower_ for k in t.children if k.dep_ == "prep"}
        if t.lemma_.lower() == "vote" and preps & {"against", "for"}:
            return "against" if "against" in preps else "for"
        particles = {k.lower_ for k in t.children if k.dep_ == "prt"}
        if t.lemma_.lower() == "vote" and particles & {"down", "through"}:
            return "against" if "down" in particles else "for"  # 'was voted down' / 'was voted through'
        return None

    def stance(t: Token) -> str | None:
        lemma = t.lemma_.lower()
        return "against" if lemma in lex["opposition_predicates"] else "for" if lemma in lex["support_predicates"] else None

    # (or two verbs of one stance: 'welcomed' / 'backed', 'rejected' / 'opposed')
    both = stance(r) is not None and stance(r) == stance(c)
    return both or (voted(r) is not None and voted(r) == stance(c)) or (voted(c) is not None and voted(c) == stance(r))


def _same_change(r: Token, c: Token) -> bool:
    """Two verbs that carry the same change 'from X to Y' ('extended from 44 to 52 rounds' / 'will grow from 44 to 52
    rounds'): the figures tell the change, the verbs only name it."""

    def ends(t: Token) -> tuple[str, ...] | None:
        preps = [k for k in t.children if k.dep_ == "prep" and k.lower_ in ("from", "to")]
        figures = tuple(w.lower_ for k in preps for w in k.subtree if w.like_num)
        return figures if len(figures) >= 2 else None  # 'from 44 to 52 rounds', however the parse hangs the 'to'

    ways = {direction(r, transitive=True), direction(c, transitive=True)}
    return ends(r) is not None and ends(r) == ends(c) and ways != {"up", "down"} and not opposite(verb_lemma(r), verb_lemma(c))


def _told_by_its_end(change: Token, state: Token) -> bool:
    """A change told by the amount it ends at ('had grown to several thousand') against a verb that states that amount
    as its object or after 'at' ('numbered several thousand', 'stood at 4%'): one state, two verbs."""

    def words(k: Token) -> tuple[str, ...]:
        return tuple(w.lower_ for w in k.subtree if not w.is_punct)

    ends = [words(o) for p in change.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children if o.dep_ == "pobj"]
    held = [words(k) for k in state.children if k.dep_ in ("dobj", "attr")]
    held += [words(o) for p in state.children if p.dep_ == "prep" and p.lower_ == "at" for o in p.children if o.dep_ == "pobj"]
    amount = [e for e in ends if any(like_num(w) for w in e)]
    return bool(set(amount) & set(held))


def _adjective_misread(verb: Token) -> bool:
    """An adjective the parse took for a joined verb: 'to ban the burning of coal and damp wood', where 'damp' (a
    WordNet adjective) is made a verb of its own over the bare noun after it."""
    if verb.tag_ != "VB" or verb.dep_ != "conj" or not is_adjective(verb.lower_) or verb.i + 1 >= len(verb.doc):
        return False
    noun = verb.doc[verb.i + 1]
    return noun.head.i == verb.i and noun.dep_ == "dobj" and noun.pos_ == "NOUN" and not any(c.dep_ == "det" for c in noun.children)


# verbs that leave the event to a noun after them ('keeping the situation under review', 'put the plan on hold')
_SUPPORT_VERBS = frozenset({"keep", "put", "place", "hold", "bring", "take", "set"})


def _event_in_noun(verb: Token) -> bool:
    """A light verb whose phrase names the event by a noun made of a verb ('keeping the situation under review' for
    'monitoring the situation', 'put the sale on hold'): the substitution test weighs the verb alone, not the phrase."""
    if verb.lemma_.lower() not in _SUPPORT_VERBS:
        return False
    nouns = [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]
    return any(noun_verbs(o.lemma_.lower()) or o.lemma_.lower() in ("hold", "ice", "track") for o in nouns)


def _other_action(ctx: Context) -> Iterator[Finding]:
    pairs = [(r, c) for r, c, clause in proposals(ctx) if clause and not (_event_in_noun(c) or _event_in_noun(r))]
    if not pairs:
        return
    # the substitution test: the candidate's sentence against itself with the reference's verb put back
    texts = []
    anchored = {c.i for _, c in _anchored_pairs(ctx)}
    for r, c in pairs:
        # (a clause of time anchored on both sides by itself: 'until it was sold in 1961', which a long sentence drowns)
        sent = c.doc[c.left_edge.i : c.right_edge.i + 1] if c.i in anchored else c.sent
        verb = " ".join([r.text, *(p.text for p in r.children if p.dep_ == "prt")])  # 'sent off'
        # the candidate verb goes out with its particle ('had levelled off' -> 'had stabilised', not 'stabilised off')
        gone = [c, *(p for p in c.children if p.dep_ == "prt" and p.i == c.i + 1)]
        at, end = gone[0].idx - sent.start_char, gone[-1].idx + len(gone[-1].text) - sent.start_char
        texts += [sent.text, sent.text[:at] + verb + sent.text[end:]]
    vectors = load_encoder().encode(texts)
    for n, (r, c) in enumerate(pairs):
        same = float(vectors[2 * n] @ vectors[2 * n + 1])
        if same >= SAME_MEANING:
            continue
        yield ctx.finding(
            FindingType.EVENT,
            Severity.MAJOR if same < OTHER_MEANING else Severity.MINOR,
            0.6 if same < OTHER_MEANING else 0.4,
            f"'{c.text}' where the reference has '{r.text}': another action in the same clause",
            (c.idx, c.idx + len(c.text)),
            (r.idx, r.idx + len(r.text)),
            NAME,
        )


@lru_cache(maxsize=1)
def _alternatives() -> dict[str, list[tuple[str, int]]]:
    """Each verb of lexicon `event_alternatives` with the (kind, class) it names."""
    out: dict[str, list[tuple[str, int]]] = {}
    for kind, classes in lexicon()["event_alternatives"].items():
        for n, verbs in enumerate(classes):
            for verb in verbs:
                out.setdefault(verb, []).append((kind, n))
    return out


@lru_cache(maxsize=1)
def _apart() -> frozenset[frozenset[str]]:
    return frozenset(frozenset(p) for p in lexicon()["event_alternatives_apart"])


def _verb_names(t: Token) -> list[str]:
    """The names a verb may have in the lexicon: with its particle or adverb of direction ('stood down', 'pushed the fair
    back'), as WordNet joins it ('call off'), and bare."""
    lemma = t.lemma_.lower()
    joined = [
        f"{lemma} {c.lower_}"
        for c in t.children
        if c.lower_ in _PARTICLES and (c.dep_ in ("prt", "advmod") or (c.dep_ == "prep" and c.i == t.i + 1))  # 'voted down the plan'
    ]
    return list(dict.fromkeys([*joined, verb_lemma(t), lemma]))


_PARTICLES = ("off", "down", "back", "up", "out", "aground", "forward")


def _outcomes(sent: SpacySpan, nouns: bool = False) -> list[tuple[Token, tuple[str, int]]]:
    """The verbs of the sentence that name an outcome of a kind of event, each with its (kind, class): the first of
    its names the lexicon has; with `nouns`, a noun made of such a verb that says what it is done to too ('the closure
    of the town's pier')."""
    table = _alternatives()
    out = []
    for t in sent:
        if nouns and t.pos_ == "NOUN" and _patients(t):
            name = next((v for v in noun_verbs(t.lemma_.lower()) if v in table), None)
            out += [(t, k) for k in table.get(name, ())] if name else []
        if t.pos_ != "VERB":
            continue
        name = next((n for n in _verb_names(t) if n in table), None)
        if name is None and _moved_to_a_time(t):
            name = "reschedule"  # 'has been moved to the last weekend of the fair'
        out += [(t, k) for k in table.get(name, ())] if name else []
    return out


_TIMES = frozenset({"weekend", "day", "week", "month", "year", "date", "morning", "afternoon", "evening", "night"})


def _moved_to_a_time(verb: Token) -> bool:
    """'moved to the last weekend', 'shifted to 14 May': an event put at another time, as 'rescheduled' says."""
    if verb.lemma_.lower() not in ("move", "shift", "switch"):
        return False
    ends = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("to", "until") for o in p.children if o.dep_ == "pobj"]
    return any(w.lemma_.lower() in _TIMES or w.ent_type_ in ("DATE", "TIME") for o in ends for w in o.subtree)


def _told(doc, besides=None) -> dict[tuple[str, int], list[tuple[set[str], str]]]:
    """Every outcome a text names anywhere, by a verb or by a noun made of one ('after his arrest', 'with injuries',
    'a contract extension'), each with the core words of what it is done to where the text says (an empty set where it
    does not) and its lemma; not by a noun the other text (`besides`) has as often ('the second cancellation in four years' in both:
    a sentence copied, which tells nothing of the outcome the verbs report)."""
    table = _alternatives()
    out: dict[tuple[str, int], list[tuple[set[str], str]]] = {}
    # 'neither man has been charged' tells no charge; 'hoped to reschedule the concerts', no rescheduling
    # ('will continue to sell its beers', 'will keep selling them': a trade carried on, no outcome of a sale)
    going_on = set(lexicon()["continuation_predicates"])
    for t, k in _outcomes(doc[:]):
        if t.dep_ == "xcomp" and t.head.lemma_.lower() in going_on:
            continue
        if not denied(t) and not _intended(t) and not _supposed(t):
            out.setdefault(k, []).append((_patients(t), t.lemma_.lower()))
    nouns = Counter(t.lemma_.lower() for t in doc if t.pos_ == "NOUN")
    theirs = Counter(t.lemma_.lower() for t in besides if t.pos_ == "NOUN") if besides is not None else Counter()
    for t in doc:
        if nouns[t.lemma_.lower()] <= theirs[t.lemma_.lower()]:
            continue
        # 'released without charge', 'no charges were brought'; but 'no reason for her dismissal' tells the dismissal
        own_denial = any(c.dep_ == "det" and c.lower_ == "no" for c in t.children) or (t.dep_ == "pobj" and t.head.lower_ == "without")
        # 'did not rule out more arrests', 'possible charges': others', or ones that may come ('have not explained his
        # arrest' tells the arrest)
        others = any(c.lower_ in ("more", "further", "other", "possible", "new") for c in t.children)
        if t.pos_ == "NOUN" and not own_denial and not others:
            for k in {k for v in noun_verbs(t.lemma_.lower()) for k in table.get(v, ())}:
                out.setdefault(k, []).append((_patients(t), t.lemma_.lower()))
    return out


OBJECT_WORDS = 3  # content words the objects of two outcomes in sentences the alignment does not pair must share


def _object_words(verb: Token) -> set[str]:
    """The content words of what the verb is done to, with all its phrases and clauses ('an investigation into
    whether the company broke privacy laws')."""
    heads = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] + _asked_for(verb)
    return {w.lemma_.lower() for h in heads for w in h.subtree if (w.is_alpha or w.like_num) and not w.is_stop}


def _own_noun(word: Token, other) -> bool:
    """A noun of an outcome that the other text has too ('the closure for repairs of the road' / 'the closure of the
    road for repairs'): the other text's own word, no other outcome."""
    return word.pos_ == "NOUN" and any(t.lemma_.lower() == word.lemma_.lower() and t.pos_ == "NOUN" for t in other)


def _supposed(verb: Token) -> bool:
    """An outcome only supposed ('If convicted, the company could face a fine', 'unless it is sold'): no telling."""
    marked = any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children)
    # ('must show a job offer before they can receive a visa': a condition set on it, no telling that it happens)
    allowed = any(c.dep_ == "aux" and c.lower_ in ("can", "may") for c in verb.children)
    allowed = allowed and any(c.dep_ == "mark" and c.lower_ in ("before", "until") for c in verb.children)
    return marked or allowed or verb.dep_ == "advcl" and verb.left_edge.lower_ in ("if", "unless")


def _intended(verb: Token) -> bool:
    """A deed only hoped for or planned ('hopes to sell', 'plans to close'): its governor a verb of intent."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lexicon()["intention_predicates"]


def _told_of(told: dict[tuple[str, int], list[tuple[set[str], str]]], outcome: tuple[str, int], verb: Token) -> bool:
    """The outcome is told of what the verb is done to, or of something the text does not say, or by the verb itself:
    'after securing a loan' tells no grant of planning permission, 'the council's refusal of the scheme' no refusal of
    an earlier application; 'rejected the scheme' tells 'turned the plans down' (WordNet's paraphrase), and 'two
    employees were questioned' tells 'two staff members were questioned'."""
    done_to, lemma = _patients(verb), verb.lemma_.lower()
    for said, theirs in told.get(outcome, ()):
        if not said or not done_to or said & done_to or theirs == lemma:
            return True
        if any(paraphrase(a, b) for a in said for b in done_to):
            return True
    return False


def _core_words(noun: Token) -> set[str]:
    """The noun and the words that name it with it ('this year's race': race, year; 'the damaged cable': cable,
    damaged; 'a collection of buttons': collection, button), not its clauses."""
    words = [noun, *(c for c in noun.children if c.dep_ in ("compound", "amod", "poss", "nummod", "appos"))]
    words += [g for c in noun.children if c.dep_ == "poss" for g in c.children if g.dep_ in ("compound", "amod")]
    # what a collective noun is made of ('a collection of 12,000 buttons' is the buttons)
    words += [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    return {w.lemma_.lower() for w in words if (w.is_alpha or w.like_num) and not w.is_stop}


def _named_before_as(verb: Token, theirs: set[str]) -> bool:
    """The verb's subject is a bare 'the' and a noun ('the ship') and its sentence names, before it, the reference
    verb's participant ('... the tanker Meridian Star, ... since the ship sank'): that one, called by its kind."""
    subject = next((s for s in verb.children if s.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ != "NOUN" or [c.lower_ for c in subject.children] != ["the"]:
        return False
    named = {t.lemma_.lower() for t in verb.doc[verb.sent.start : subject.i] if t.pos_ == "PROPN"}
    return bool(named & theirs)


def _participants(verb: Token) -> set[str]:
    """What the verb says of whom: the core words of its subject, object, passive subject and 'by' doer, of the noun its
    participle describes, and of the one its governor sets it on ('forced the organisers to cancel'); a noun's, what
    it is done to."""
    if verb.pos_ == "NOUN":
        return _patients(verb)
    nouns = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    nouns += _asked_for(verb) if not any(n.dep_ == "dobj" for n in nouns) else []
    if verb.dep_ == "relcl" and any(n.lower_ in ("who", "which", "that") for n in nouns):
        nouns.append(verb.head)  # 'Robert Vance, who is stepping down
    nouns += [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    if verb.dep_ == "acl":
        nouns.append(verb.head)
    if verb.dep_ in ("xcomp", "ccomp", "advcl") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        nouns += [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    if verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        nouns += [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]  # 'the driver stopped and was charged'
    return {w for n in nouns for w in _core_words(n)}


def _asked_for(verb: Token) -> list[Token]:
    """What a verb of asking is for ('applied for planning permission'): the object of its 'for', as a verb of getting
    has it for its object ('was granted planning permission')."""
    if verb.lemma_.lower() not in lexicon()["event_alternatives"]["application"][0]:
        return []
    objects = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children if o.dep_ in ("pobj", "pcomp")]
    # ('for planning permission', which the parse may read as a gerund with its object)
    return objects + [d for o in objects if o.dep_ == "pcomp" for d in o.children if d.dep_ == "dobj"]


def _patients(verb: Token) -> set[str]:
    """The core words of what the verb is done to: its object or passive subject, or the noun its participle or its
    relative clause with 'which' for object describes."""
    heads = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    heads += _asked_for(verb) if not heads else []
    if verb.pos_ == "NOUN":
        # a noun of the deed: its 'of' or its owner ('the closure of the pier', 'the pier's closure'), a thing, not an
        # amount ('grants of up to £12,000' are sums of money, no granting of anything)
        of = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        heads = [
            h
            for h in of + [c for c in verb.children if c.dep_ == "poss"]
            if h.pos_ in ("NOUN", "PROPN") and not any(w.like_num for w in h.subtree)
        ]
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        heads.append(verb.head)
    if verb.dep_ == "relcl" and any(h.lower_ in ("which", "that") for h in heads):
        heads.append(verb.head)  # 'the firm, which her grandfather took over': the firm
    return {w for h in heads for w in _core_words(h)}


def _compelled(verb: Token) -> bool:
    """An outcome someone was made to bring about ('was forced to resign', 'pressured into quitting'): for a post, the
    act of those who made them too."""
    forcing = set(lexicon()["obligation_predicates"]) | {"pressure", "push"}
    return verb.dep_ in ("xcomp", "pcomp", "pobj") and any(a.lemma_.lower() in forcing for a in verb.ancestors)


def _alternative_outcome(ctx: Context) -> Iterator[Finding]:
    """A verb of one outcome where the aligned reference sentence has a verb of another outcome of the same kind of
    event (lexicon `event_alternatives`: 'postponed' / 'cancelled', 'arrested' / 'charged', 'repaired' / 'replaced'),
    said of the same participants: another event. Not where the reference names the candidate's outcome anywhere or the
    candidate the reference's (by a verb or a noun: 'charged after his arrest' is the story of 'arrested ... charged'),
    nor a denied outcome ('arrested but not charged'), a post left under compulsion ('forced to resign' / 'ousted'),
    converses ('bought' / 'sold': the roles check's), a background fact in a relative clause on one side only (unless
    done to the same thing), or two things done to different things ('replaced 340 blocks' / 'the bridge was
    repaired')."""
    converses = {frozenset(p) for p in lexicon()["converse_predicates"]}
    there, here = _told(ctx.reference.doc, ctx.candidate.doc), _told(ctx.candidate.doc, ctx.reference.doc)
    pairs = [(r, c, False) for r, c in sentence_pairs(ctx)]
    # a summary sentence draws on several, and a rewrite moves a clause to another sentence: an outcome of the same
    # kind done to the same thing in any other sentence ('part of which will go on refurbishing its existing
    # workshop' / 'Part of the money will be used to build a new workshop'; 'has opened an investigation' / 'the
    # regulator, which has also completed an investigation')
    aligned = {(r.start, c.start) for r, c, _ in pairs}
    pairs += [(r, c, True) for c in ctx.candidate.doc.sents for r in ctx.reference.doc.sents if (r.start, c.start) not in aligned]
    for ref_sent, cand_sent, apart in pairs:
        theirs_here = _outcomes(ref_sent, nouns=True)
        for c, (kind, n) in _outcomes(cand_sent, nouns=True):
            if _told_of(there, (kind, n), c) or denied(c) or _own_noun(c, ctx.reference.doc):
                continue
            for r, (kind_r, m) in theirs_here:
                if kind_r != kind or m == n or _told_of(here, (kind, m), r) or denied(r) or _own_noun(r, ctx.candidate.doc):
                    continue
                if _supposed(r) != _supposed(c):
                    continue  # 'before they can receive a visa' / 'workers seeking a visa': no outcome told on one side
                done_to_r, done_to_c = _patients(r), _patients(c)
                if (apart or "NOUN" in (r.pos_, c.pos_)) and not done_to_r & done_to_c:
                    continue  # (a noun of the deed only where it is done to the same thing: 'the closure of the pier')
                if apart and ctx.mode != "summary" and len(_object_words(r) & _object_words(c)) < OBJECT_WORDS:
                    # a rewrite moves a clause with its whole object ('an investigation into whether the company broke
                    # privacy laws'); one noun in common is not enough there ('will be replaced' / 'are built from')
                    continue
                if apart and any(_intended(v) for v in (r, c)):
                    continue  # 'hopes to sell the first cheeses' is no sale
                if (r.dep_ == "relcl") != (c.dep_ == "relcl") and not done_to_r & done_to_c:
                    # 'Hale, who bought the house in 1970, gave it to the town' / 'Hale donated it': a background fact;
                    # but 'the foundation, which rented the building' / 'the foundation bought the building' is one deed
                    continue
                if kind == "post" and (_compelled(r) or _compelled(c)):
                    continue  # 'was forced to resign' / 'was ousted': one end of a post either way
                a, b = verb_lemma(r), verb_lemma(c)
                # WordNet's paraphrase, but for verbs news uses apart ('give' shares a sense with 'sell' there)
                if frozenset((a, b)) in converses or opposite(a, b) or (paraphrase(a, b) and frozenset((a, b)) not in _apart()):
                    continue
                # (the reference may name the thing by its kind, its name with a participant: 'Organisers of the X
                # Festival have postponed this year's event' / 'The X Festival has been called off')
                if done_to_r and done_to_c and not done_to_r & done_to_c and not done_to_c & _participants(r):
                    continue
                ours, theirs = _participants(c), _participants(r)
                if ours and theirs and not ours & theirs and not _named_before_as(c, theirs):
                    continue  # 'troops fired at protesters' / 'demanded that the governor quit': of other people
                if not (ours and theirs) and not (_main(r) and _main(c)) and not (_counted_subject(r) and _counted_subject(c)):
                    continue  # of whom the parse does not say: only what both sentences are about
                if _given_across(r, c):
                    continue
                new, old = _with_particle(c), _with_particle(r)
                yield ctx.finding(
                    FindingType.EVENT,
                    Severity.MAJOR,
                    0.7,
                    f"'{c.doc.text[slice(*new)]}' where the reference has '{r.doc.text[slice(*old)]}': another outcome of the same "
                    "kind of event",
                    new,
                    old,
                    NAME,
                )
                break


_SHARE_WORDS = frozenset({"half", "quarter", "majority", "minority", "most", "some", "many", "few", "all"})


def _counted_subject(verb: Token) -> bool:
    """The verb's subject, or its governor's, is only a count or share of those the sentence speaks of ('around a third
    had to be put down', 'about one in three could be released'): of whom the parse cannot say, the same ones counted."""
    for v in (verb, verb.head) if verb.dep_ in ("xcomp", "conj") else (verb,):
        subject = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return like_num(subject.lower_) or subject.lower_ in _SHARE_WORDS
    return False


def _through_another_verb(doc, pred_i: int, noun_i: int) -> bool:
    """The clause hangs on a verb of its own below the noun of report ('relied on reports from the public to locate
    strikes that start wildfires'): what that verb is about, not the content of the reports."""
    above = list(doc[pred_i].ancestors)
    if noun_i not in {t.i for t in above}:
        return False  # a clause the parse hung elsewhere, given to the noun as its content ('confirmation ... that')
    for up in above:
        if up.i == noun_i:
            return False
        if up.pos_ in ("VERB", "AUX"):
            return True
    return False


def _describes_the_report(verb: Token, noun_i: int) -> bool:
    """The verb tells of the report itself, not what it reports: 'a report presented on Wednesday by the health
    service', 'the study it published', where 'a report that fees rose' gives the report's content."""
    if verb.head.i != noun_i:
        return False
    if verb.dep_ == "relcl":
        return True
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and not any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in verb.children)


def _main(verb: Token) -> bool:
    """The sentence's own verb, or one joined to it ('X was postponed', 'X met and agreed')."""
    return verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")


def _given_across(r: Token, c: Token) -> bool:
    """One side's doer is the other's giver or taker ('the family donated it to the Trust' / 'the Trust acquired it
    from the family'): the same transfer told from the other side."""

    def doers(v: Token) -> set[str]:
        return {w for s in v.children if s.dep_ == "nsubj" for w in _core_words(s)}

    def across(v: Token) -> set[str]:
        ends = [o for p in v.children if p.dep_ in ("prep", "dative") and p.lower_ in ("to", "from") for o in p.children]
        return {w for o in ends for w in _core_words(o)}

    return bool(doers(r) & across(c)) or bool(doers(c) & across(r))


def _with_particle(verb: Token) -> tuple[int, int]:
    """The characters of the verb with a particle right after it ('called off')."""
    end = verb.idx + len(verb.text)
    for p in verb.children:
        if p.i == verb.i + 1 and (p.dep_ == "prt" or p.lower_ in _PARTICLES):
            end = p.idx + len(p.text)
    return verb.idx, end


def _level_figures(verb: Token) -> set[str]:
    """The figures a verb of holding level keeps a thing at ('will be frozen at £2.20', 'held at 4%'; lexicon
    `level_predicates`), or none."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon()["level_predicates"] or _left_by_a_cause(verb):
        return set()
    at = [p for p in verb.children if p.dep_ == "prep" and p.lower_ == "at"]
    # the figure it is held at, not one of a phrase on it ('kept in service at an extra cost of £60m')
    nested = {w.i for p in at for q in p.subtree if q.dep_ == "prep" and q.i != p.i for w in q.subtree}
    return {w.lower_ for p in at for w in p.subtree if w.pos_ == "NUM" and any(ch.isdigit() for ch in w.text) and w.i not in nested}


def _left_by_a_cause(verb: Token) -> bool:
    """'weeks of hot weather left reservoirs at 38%': what a cause brought a thing to, not a level someone held it at
    ('the bank left its rate at 4%'). A cause: a span of time ('weeks of ...'), or a noun with what it is made of
    after 'of' ('months of drought'), or a noun of an event ('the closure left ...'); not where a word says the thing
    stayed unchanged."""
    if verb.lemma_.lower() != "leave":
        return False
    if any(c.lower_ in ("unchanged", "untouched", "steady", "intact") for c in verb.subtree):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "advcl":
        # 'after weeks of heat left ...': the parser hangs the subject on 'after' as its object
        before = [p for p in verb.head.children if p.dep_ == "prep" and p.right_edge.i == verb.i - 1]
        subjects = [o for p in before for o in p.children if o.dep_ == "pobj"]
    for subject in subjects:
        of = any(c.dep_ == "prep" and c.lower_ == "of" for c in subject.children)
        if subject.pos_ == "NOUN" and (units.is_unit(subject.lemma_.lower()) or of or noun_verbs(subject.lemma_.lower())):
            return True
    return False


def _moved_figures(verb: Token) -> set[str]:
    """The figures a verb of change ends at in its clause ('will rise to £2.20'; not 'from 10%', where it starts), or none."""
    if verb.pos_ != "VERB" or direction(verb) is None:
        return set()
    start = {w.i for p in verb.children if p.dep_ == "prep" and p.lower_ == "from" for w in p.subtree}
    # (nor a figure of a clause joined on: 'costs climbed to £2.3bn, and keeping them will cost £60m more')
    start |= {w.i for k in verb.children if k.dep_ in ("conj", "ccomp", "advcl", "parataxis", "relcl") for w in k.subtree}
    return {w.lower_ for w in verb.subtree if w.pos_ == "NUM" and any(ch.isdigit() for ch in w.text) and w.i not in start}


def _held_or_moved(ctx: Context) -> Iterator[Finding]:
    """One text holds a thing level at a figure ('the rate will be frozen at £2.20'), the aligned sentence of the other
    has it rise or fall to that same figure ('the rate will rise to £2.20'), and the first text moves nothing to it."""
    for ref_sent, cand_sent in sentence_pairs(ctx):
        for level_sent, moved_sent, level_is_ref in ((ref_sent, cand_sent, True), (cand_sent, ref_sent, False)):
            moved_here = {f for t in level_sent for f in _moved_figures(t)}
            movers = [(t, _moved_figures(t)) for t in moved_sent]  # read once per sentence pair, not once per word
            held_there = {f for t in moved_sent for f in _level_figures(t)}
            for held in level_sent:
                figures = _level_figures(held) - moved_here
                moved = next((t for t, ends in movers if figures & ends), None)
                if not figures or moved is None or figures & held_there:
                    continue  # (the other text holds it level at that figure too: something else moved there)
                r, c = (held, moved) if level_is_ref else (moved, held)
                told = "holds it level; the candidate has it change" if level_is_ref else "has it change; the candidate holds it level"
                yield ctx.finding(
                    FindingType.EVENT,
                    Severity.MAJOR,
                    0.6,
                    f"'{c.text}' where the reference has '{r.text}': the reference {told}",
                    (c.idx, c.idx + len(c.text)),
                    (r.idx, r.idx + len(r.text)),
                    NAME,
                )


def _outcomes_by_patient(sent: SpacySpan) -> dict[str, tuple[Token, tuple[str, int]]]:
    """Each thing or person an outcome is done to in the sentence (the noun of its object or passive subject), with the
    verb and its (kind, class); only things with one outcome."""
    found: dict[str, list[tuple[Token, tuple[str, int]]]] = {}
    for verb, kind in _outcomes(sent):
        if denied(verb):
            continue
        for noun in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN"):
            found.setdefault(noun.lemma_.lower(), []).append((verb, kind))
    return {noun: outs[0] for noun, outs in found.items() if len({k for _, k in outs}) == 1}


def _outcomes_crossed(ctx: Context) -> Iterator[Finding]:
    """Two outcomes of one kind of event done to two people, traded between them ('detained the ferry's captain ... and
    are questioning the owner' / 'arrested the boat's owner and are interrogating the captain'): each got the other's."""
    for ref_sent, cand_sent in sentence_pairs(ctx):
        theirs, mine = _outcomes_by_patient(ref_sent), _outcomes_by_patient(cand_sent)
        common = sorted(set(theirs) & set(mine))
        for n, a in enumerate(common):
            for b in common[n + 1 :]:
                (ra, ka), (rb, kb), (ca, ma), (cb, mb) = theirs[a], theirs[b], mine[a], mine[b]
                if ka[0] != kb[0] or ka == kb or (ma, mb) != (kb, ka):
                    continue
                first, last = sorted((ca, cb), key=lambda v: v.i)
                yield ctx.finding(
                    FindingType.ROLE,
                    Severity.MAJOR,
                    0.7,
                    f"the candidate has the {a} '{ca.text}' and the {b} '{cb.text}'; the reference has the {a} '{ra.text}' and the "
                    f"{b} '{rb.text}': the two traded places",
                    (first.idx, last.right_edge.idx + len(last.right_edge.text)),
                    (min(ra.idx, rb.idx), max(ra.right_edge.idx + len(ra.right_edge.text), rb.right_edge.idx + len(rb.right_edge.text))),
                    NAME,
                )


_FUTURE = ("will", "shall", "'ll")
_MODALS = ("will", "shall", "'ll", "would", "could", "may", "might", "should", "must", "can")


def _time_words(verb: Token) -> set[str]:
    """The words of the dates and times said on the verb itself ('in March', 'on Friday'), lowercased."""
    return {t.lower_ for p in verb.children if p.dep_ in ("prep", "npadvmod") for t in p.subtree if t.ent_type_ in ("DATE", "TIME")}


def _told_as_done(verb: Token) -> bool:
    """A verb in the past, or in the perfect, with no modal: told as done ('approved', 'has approved')."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("aux", "auxpass") and c.lower_ in _MODALS for c in verb.children) or denied(verb):
        return False
    if any(c.dep_ == "mark" and c.lower_ == "with" for c in verb.children) or (verb.dep_ == "pcomp" and verb.head.lower_ == "with"):
        return False  # a state 'with' gives, no deed: 'with one lane closed at weekends', 'with the rest catalogued later'
    perfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
    # (a past the tagger reads as a participle: a subject of its own and no auxiliary, 'the footbridge opened on Friday')
    misread = (
        verb.tag_ == "VBN"
        and any(c.dep_ == "nsubj" for c in verb.children)
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )
    return verb.tag_ == "VBD" or perfect or misread


def _one_decision(r: Token, c: Token) -> bool:
    """The same deed, a near paraphrase, or a decision still to be made against its outcome ('will vote on them' /
    'approved the rules'; lexicon `decision_predicates`, `deliberation_predicates` and the `decision` outcomes of
    `event_alternatives`)."""
    a, b = r.lemma_.lower(), c.lemma_.lower()
    if a == b or paraphrase(a, b, steps=1):
        return True
    lex = lexicon()
    deciding = {*lex["decision_predicates"], *lex["deliberation_predicates"]}
    outcomes = {v for verbs in lex["event_alternatives"]["decision"] for v in verbs}
    return a in deciding and (b in deciding or b in outcomes)


def _still_to_come_told_as_done(ctx: Context) -> Iterator[Finding]:
    """A deed the reference tells as still to come ('councillors will vote on them in March') that the aligned candidate
    sentence tells as done, by the same doer at the same time ('Councillors approved the rules in March'): what is
    yet to happen told as having happened."""
    for ref_sent, cand_sent in sentence_pairs(ctx):
        for r in ref_sent:
            if r.pos_ != "VERB" or denied(r) or not any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in r.children):
                continue
            when = _time_words(r)
            doers = {c.lemma_.lower() for c in r.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")}
            if not when or not doers:
                continue
            for c in cand_sent:
                if not _told_as_done(c) or not _one_decision(r, c) or not when & _time_words(c):
                    continue
                if not doers & {k.lemma_.lower() for k in c.children if k.dep_ in ("nsubj", "nsubjpass")}:
                    continue
                if any(_told_as_done(t) and t.lemma_.lower() == c.lemma_.lower() for t in ctx.reference.doc.doc):
                    continue  # the reference tells that deed as done itself
                yield ctx.finding(
                    FindingType.EVENT,
                    Severity.MAJOR,
                    0.6,
                    f"the reference tells this as still to come ('{r.text}'); the candidate says it was done ('{c.text}')",
                    (c.idx, c.idx + len(c.text)),
                    (r.idx, r.idx + len(r.text)),
                    NAME,
                )
                break


def check(ctx: Context) -> Iterator[Finding]:
    yield from _other_action(ctx)
    yield from _still_to_come_told_as_done(ctx)
    yield from _alternative_outcome(ctx)
    yield from _outcomes_crossed(ctx)
    yield from _held_or_moved(ctx)
    ref_frames = ctx.reference.frames
    for rf, cf, _ in ctx.frame_pairs:
        if rf.governor is None or cf.hedges or reported(ctx.candidate.frames, cf):
            continue
        gov = ref_frames[rf.governor]
        if not (gov.is_speech and gov.nominal) or _through_another_verb(ctx.reference.doc, rf.pred_i, gov.pred_i):
            continue
        if _describes_the_report(ctx.reference.doc[rf.pred_i], gov.pred_i):
            continue
        owners = gov.by_role("agent")
        who = f"{ctx.reference.text[owners[0].start : owners[0].end]} " if owners else ""
        yield ctx.finding(
            FindingType.EVENT,
            Severity.MAJOR,
            0.6,
            f"the reference reports only {who}{gov.pred} that this happened; the candidate tells '{cf.pred}' itself as the event",
            cf.extent(),
            (gov.pred_start, rf.extent()[1]),
            NAME,
        )
