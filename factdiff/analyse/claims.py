"""Claims: predicate-argument frames from the dependency parse.

For each verb (and each noun that takes 'from'/'to'/'against' arguments, like 'payments from A to
B') a Frame holds the predicate, its arguments by role (agent, patient, recipient, source, ally,
opponent, beneficiary), negation, hedges, and the speaker the claim is attributed to. Passive and
active voice give the same roles. Pronouns, 'the agency'-style descriptions and the relative
'which' are resolved to the nearest fitting entity mention before them, with a lower confidence.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache

from spacy.tokens import Doc, Token

from factdiff.analyse.entities import EntityMention
from factdiff.analyse.knowledge import fold, lexicon, titles
from factdiff.analyse.lexical import is_verb, noun_verbs, same_first_sense, verb_lemma
from factdiff.analyse.quantities import Quantity

_CORE_DEPS = {"compound", "amod", "poss", "nmod", "det", "nummod", "quantmod", "case", "nn", "predet", "npadvmod"}
_PERSON_PRONOUNS = {"he", "she", "him", "her", "his", "hers"}
_THING_PRONOUNS = {"it", "its", "they", "them", "their", "which", "that", "who", "whom"}


@dataclass(slots=True)
class Arg:
    role: str
    head_i: int
    start: int  # characters of the argument's core phrase
    end: int
    lemma: str
    mentions: list[EntityMention] = field(default_factory=list)
    resolved: bool = False  # filled from a pronoun or description rather than named here
    amounts: tuple[tuple[float, float], ...] = ()  # quantities inside the argument: '15,000 workers'

    @property
    def cids(self) -> frozenset[str]:
        return frozenset(m.cid for m in self.mentions if m.cid)

    @property
    def heads(self) -> frozenset[str]:
        """Ids of what the argument is ('Russia'), not of what modifies it ('Russian forces' has none)."""
        return frozenset(m.cid for m in self.mentions if m.cid and (self.resolved or m.token_start <= self.head_i < m.token_end))

    @property
    def key(self) -> frozenset[str]:
        """What the argument refers to: its entities' ids, or its head lemma."""
        return self.cids or frozenset({f"lemma:{self.lemma}"})


@dataclass(slots=True)
class Frame:
    index: int
    pred: str  # lemma, with a phrasal particle: 'carry out'
    pred_i: int
    pred_start: int
    pred_end: int
    sent: int
    nominal: bool
    args: list[Arg] = field(default_factory=list)
    negated: bool = False
    hedges: list[str] = field(default_factory=list)
    speaker: Arg | None = None  # whom the claim is attributed to
    governor: int | None = None  # index of the frame whose clause holds this one
    is_speech: bool = False
    is_belief: bool = False
    light: bool = False  # a noun of a deed whose sides a light verb gives ('received training from X')
    reflexive: bool = False

    def roles_of(self, cid: str, heads_only: bool | None = None) -> set[str]:
        """Roles where the entity is the argument (heads_only=True), a modifier of it (False), or either."""
        if heads_only is None:
            return {a.role for a in self.args if cid in a.cids}
        return {a.role for a in self.args if cid in a.cids and (cid in a.heads) == heads_only}

    def by_role(self, role: str) -> list[Arg]:
        return [a for a in self.args if a.role == role]

    def extent(self, include_subject: bool = False) -> tuple[int, int]:
        """Characters from the predicate to the end of its arguments (the subject too, if asked)."""
        parts = [(self.pred_start, self.pred_end)]
        parts += [(a.start, a.end) for a in self.args if include_subject or a.role != "agent" or a.start > self.pred_start]
        return min(p[0] for p in parts), max(p[1] for p in parts)


@lru_cache(maxsize=1)
def word_lists() -> dict:
    """The lexicon's word lists that claims are read with, as sets (the modality check reads hedges with them too)."""
    lex = lexicon()
    return {
        "speech": frozenset(lex["speech_predicates"]),
        "speech_nouns": frozenset(lex["speech_nouns"]),
        "belief": same_first_sense(frozenset(lex["belief_predicates"])),  # 'anticipate' as 'expect'
        "intention": frozenset(lex["intention_predicates"]),
        "condition": frozenset(lex["condition_marks"]),
        "condition_words": frozenset(lex["condition_words"]),
        "decision": frozenset(lex["decision_predicates"]),
        "hedge_adv": frozenset(lex["hedge_adverbs"]),
        "hedge_modal": frozenset(lex["hedge_modals"]),
        "hedge_adj": frozenset(lex["hedge_adjectives"]),
        "neg": frozenset(lex["negators"]),
        "preps": lex["preposition_roles"],
        "reflexive": frozenset(lex["reflexive_pronouns"]),
        "org_heads": frozenset(lex["org_generic_heads"]),
        "titles": frozenset(lex["role_titles"]),
        "reportive": frozenset(lex["reportive_hedges"]),
    }


def described_beside(doc: Doc, tok: Token, m: EntityMention) -> bool:
    """The name was set beside a noun that the description `tok` repeats, with the description's own modifiers:
    'the teachers' union FETE' or 'the union, FETE,' for 'the union'; 'Cívica, a consumer group' for 'the consumer
    group'."""
    lemma = tok.lemma_.lower()
    own = {c.lemma_.lower() for c in tok.children if c.dep_ in ("amod", "compound")}

    def described(noun: Token) -> bool:
        return noun.i != tok.i and noun.lemma_.lower() == lemma and own <= {c.lemma_.lower() for c in noun.children}

    before, last = doc[m.token_start - 1] if m.token_start > 0 else None, doc[m.token_end - 1]
    # (with the description's own words on it too: 'housing association Oakvale Homes' for 'the housing association')
    if before is not None and before.dep_ == "compound" and described(before):
        return True
    # 'bakery chain Crumb & Co plans ...', parsed as two subjects of one verb (or the noun left loose): the bare noun
    # set right before the name, hung on the name's own head
    first = doc[m.token_start : m.token_end].root
    twin = before is not None and before.pos_ == "NOUN" and before.head.i == first.head.i and before.i != first.head.i
    twin = twin and not any(c.dep_ in ("det", "poss") for c in before.children)
    if twin and described(before) and not own:
        return True
    if last.dep_ == "appos" and described(last.head):
        return True
    return any(c.dep_ == "appos" and described(c) for c in last.children)


def _core(head: Token) -> tuple[int, int]:
    """Token range of an argument's core: the head with its modifiers, not its clauses or prepositions."""
    lo = hi = head.i
    stack = [head]
    while stack:
        tok = stack.pop()
        for child in tok.children:
            if _named_appos(child):  # the name itself, not what hangs on it
                lo, hi = min(lo, child.i), max(hi, child.i)
                stack.append(child)
            elif child.dep_ in _CORE_DEPS or (child.dep_ == "prep" and child.lower_ == "of" and tok.i == head.i):
                lo, hi = min(lo, child.left_edge.i), max(hi, child.right_edge.i)
                stack.append(child)
    return lo, hi + 1


def _nominal(tok: Token) -> bool:
    """A noun, or a word the tagger calls an adjective that heads a participant with its article ('to the cooperative')."""
    if tok.pos_ == "NOUN":
        return True
    return tok.pos_ == "ADJ" and tok.dep_ in _NOMINAL_DEPS and any(c.dep_ == "det" for c in tok.children)


_NOMINAL_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "dative", "appos", "attr", "conj"}


def _named_appos(tok: Token) -> bool:
    """A name right after its noun, no comma between ('the insurer Ordal'): the noun's core."""
    return tok.dep_ == "appos" and tok.pos_ == "PROPN" and tok.left_edge.i == tok.head.i + 1


def _expand(tok: Token) -> list[Token]:
    """The members of a list: 'A, B and C' (the parser often makes B an apposition of A); not a joined noun that has a
    noun right after it without a comma ('covering the first 5% and the state the rest': the state is the doer of a
    clause whose verb is left out)."""
    out = [tok, *(c for c in tok.conjuncts if not _gapped_subject(c))]
    for appos in [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"]:
        if any(c.dep_ == "cc" for c in appos.children) or appos.conjuncts:
            out.extend([appos, *appos.conjuncts])
    return list(dict.fromkeys(out))


def _gapped_subject(noun: Token) -> bool:
    """A joined noun with a noun right after it and no comma between ('and the state the rest')."""
    if noun.dep_ != "conj":
        return False
    after = [c for c in noun.children if c.dep_ in ("appos", "dep") and c.i > noun.i and c.pos_ in ("NOUN", "NUM", "PROPN")]
    return any(not any(t.text == "," for t in noun.doc[noun.i + 1 : a.left_edge.i]) for a in after)


def _co_arguments(tok: Token) -> set[int]:
    """The tokens of the other participants of the verb that a word is a participant of: no antecedent for it
    ('A and B will be folded into the main office': the office is neither; 'X attacked it': 'it' is not X)."""
    child, verb = tok, tok.head
    # through a noun that makes a preposition of a phrase ('run by X on behalf of the service': the service is not X)
    while verb.dep_ in ("prep", "agent") or (verb.pos_ == "ADP" and child.dep_ == "pobj") or (child.dep_ == "prep" and verb.dep_ == "pobj"):
        child, verb = verb, verb.head
    if verb.pos_ not in ("VERB", "AUX") or child.i == verb.i:
        return set()
    out = {t.i for c in verb.children if c.i != child.i and c.dep_ in _CO_ARGUMENTS for t in c.subtree}
    # the unsaid doer of an infinitive is its co-participant too ('signed up Hollin Bakes to supply it': 'it' is not
    # Hollin Bakes): the object before it, else the subject, of the verb it completes, or the noun it is said of
    if child.dep_ != "nsubj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        doers: list[Token] = []
        if verb.dep_ == "xcomp":
            doers = [c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i]
            doers = doers or [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        elif verb.dep_ in ("acl", "relcl") and infinitive and verb.head.pos_ in ("NOUN", "PROPN"):
            doers = [verb.head, *([verb.head.head] if verb.head.dep_ == "appos" else [])]
        out |= {i for d in doers for i in range(d.left_edge.i, d.i + 1)}
    return out


# verbs whose 'it' stands for nothing ('when it rained', 'after it emerged that', 'as it turned out')
_EMPTY_IT_VERBS = frozenset({"rain", "snow", "emerge", "seem", "appear", "become", "turn", "transpire", "happen", "matter"})

# verbs whose subject 'it' stands for the clause after them ('it took crews five hours to put it out', 'it will cost
# the council £2m to repair')
_EXTRAPOSING_VERBS = frozenset({"take", "cost"})


def _empty_it(tok: Token) -> bool:
    """'It' as the subject that only anticipates an infinitive after its verb: 'It took firefighters five hours to get
    it under control', 'It is unclear whether ...', 'It is important to'; it stands for no party."""
    if tok.lower_ != "it" or tok.dep_ != "nsubj":
        return False
    verb = tok.head
    after = [c for c in verb.subtree if c.i > verb.i and c.pos_ in ("VERB", "AUX") and c.dep_ in ("xcomp", "ccomp", "advcl", "acl")]
    to = [c for c in after if any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    if verb.lemma_.lower() in _EXTRAPOSING_VERBS:
        measures = [c.i for c in verb.children if c.dep_ in ("npadvmod", "dobj") and c.ent_type_ in ("DATE", "TIME", "MONEY")]
        # (the deed with a doer or a thing of its own: 'took crews six hours', 'to rebuild the bridge'; not 'it will cost
        # £2m to repair', where 'it' is the thing repaired)
        measured = bool(measures)
        doer = any(c.dep_ in ("dative", "dobj") and c.i < min(measures, default=0) for c in verb.children)
        done_to = any(k.dep_ in ("dobj", "nsubjpass") for c in to for k in c.children)
        return bool(to) and measured and (doer or done_to)
    if verb.lemma_.lower() == "be" and any(c.dep_ == "acomp" for c in verb.children):
        said = [c for c in after if c.head.i == verb.i and c.dep_ in ("ccomp", "xcomp")]
        return any(c in to or any(m.dep_ == "mark" and m.lower_ in ("whether", "that", "if") for m in c.children) for c in said)
    return False


_CO_ARGUMENTS = {"nsubj", "nsubjpass", "dobj", "dative", "prep", "agent", "attr", "oprd"}


class _Resolver:
    """Find the entity mentions of an argument, resolving pronouns and descriptions backwards."""

    def __init__(self, doc: Doc, mentions: list[EntityMention], quantities: list[Quantity]) -> None:
        self.doc = doc
        self.mentions = mentions
        self.quantities = quantities
        self.by_token: dict[int, list[EntityMention]] = {}
        for m in mentions:
            for i in range(m.token_start, m.token_end):
                self.by_token.setdefault(i, []).append(m)

    def inside(self, lo: int, hi: int) -> list[EntityMention]:
        seen: dict[int, EntityMention] = {}
        for i in range(lo, hi):
            for m in self.by_token.get(i, []):
                seen[id(m)] = m
        return list(seen.values())

    def antecedent(self, tok: Token) -> EntityMention | None:
        lex = word_lists()
        word = tok.lower_
        if _empty_it(tok):
            return None
        if word in ("which", "that", "who", "whom") and tok.head.dep_ == "relcl":
            noun = tok.head.head
            found = self.inside(*_core(noun))
            return found[0] if found else None
        if word in _PERSON_PRONOUNS or word in lex["titles"]:
            wanted = {"PERSON"}
        elif word in _THING_PRONOUNS or word in lex["org_heads"]:
            wanted = {"ORG", "GPE", "NORP"}
        else:
            return self._named_by_its_noun(tok)
        # the subject of a clause that another verb's subject says ('X announced that it will ...'): that subject, named
        clause = tok.head
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ == "PRON" and clause.dep_ == "ccomp" and clause.lemma_ != "be":
            teller = [c for c in clause.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
            found = self.inside(*_core(teller[0])) if teller else []
            if found:
                return found[0]
            # ... or a description of a name ('The trust said it would put up signs'): the name it describes
            described = [c for c in clause.head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
            named = self.antecedent(described[0]) if described and word in _THING_PRONOUNS else None
            if named is not None and named.label in wanted | {"PROPN"}:
                return named
        # the speaker of a clause told before it ('X has flooded 60 bogs, it said'): that clause's subject, named
        if tok.dep_ == "nsubj" and tok.pos_ == "PRON" and (clause.lemma_.lower() in lex["speech"] or verb_lemma(clause) in lex["speech"]):
            told = [c for c in clause.children if c.dep_ == "ccomp" and c.i < tok.i]
            subjects = [c for t in told for c in t.children if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN")]
            found = [m for m in self.inside(*_core(subjects[0])) if m.label in wanted | {"PROPN"}] if subjects else []
            if found:
                return found[0]
        host = self._host_subject(tok, wanted)
        if host is not None:
            return host
        topic = self._previous_subject(tok, wanted)
        if topic is not None:
            return topic
        others = _co_arguments(tok)
        if _nominal(tok):
            # 'the service' after 'the Revenue and Customs Service of Ostravia': the name that has the noun in it
            # (whatever the tagger called the name: 'the cooperative' is the Lenwick Cooperative even if tagged a person)
            named = [m for m in self.mentions if m.token_end <= tok.i and m.token_start not in others]
            named = [m for m in named if any(t.lemma_.lower() == tok.lemma_.lower() for t in self.doc[m.token_start : m.token_end])]
            if named:
                return named[-1]
            # 'the authority' after 'the Wendle Valley flood authority', the name the tagger cut off the noun: that name
            owners = [m for m in self.mentions if m.token_end <= tok.i and m.token_start not in others]
            last = {id(m): self.doc[m.token_end - 1] for m in owners}
            owners = [m for m in owners if last[id(m)].dep_ == "compound" and last[id(m)].head.lemma_.lower() == tok.lemma_.lower()]
            if owners:
                return owners[-1]
            beside = self._set_beside(tok, others)
            if beside is not None:
                return beside
            if any(c.dep_ in ("amod", "compound") for c in tok.children):
                return None  # 'the regional health board' after 'Delacourt & Finch': a description of its own kind names another party
            if self._described_before(tok):
                return None  # 'the council' after 'the borough council': that party, which has no name here
        # (a co-participant may name that party by a word of its name, untagged: 'Tidewell must keep it' is not Tidewell Leisure)
        capitals = [self.doc[i] for i in others if self.doc[i].pos_ in ("PROPN", "NOUN") and self.doc[i].text[:1].isupper()]
        named_others = {t.lower_ for t in capitals} if tok.pos_ == "PRON" else set()
        for m in reversed(self.mentions):
            if m.token_end <= tok.i and m.label in wanted and tok.i - m.token_end < 80 and m.token_start not in others:
                if named_others & set(m.words):
                    continue
                if m.label == "NORP" and not m.country:
                    continue
                if word in ("they", "them", "their") and any(t.tag_ == "NNS" for t in self.doc[m.token_end : tok.i]):
                    return None  # 'residents of X's homes who used them': a plural noun nearer than the name
                return m
        return None

    def _host_subject(self, tok: Token, wanted: set[str]) -> EntityMention | None:
        """'it' as the subject of an adverbial clause ('the dairy still trades under its own name even though it took
        over X'): the subject of the clause it hangs on, where that subject is a name or a description of one read
        before, and no other name stands between them."""
        clause = tok.head
        if tok.lower_ != "it" or tok.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "advcl" or clause.lemma_.lower() == "be":
            return None
        subjects = [c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i and c.pos_ in ("NOUN", "PROPN")]
        if not subjects:
            return None
        subject = subjects[0]
        # (not past a noun the host verb takes, which 'it' may be: 'rejected the offer because it undervalued the site';
        # a thing the subject's own 'its' is said of is no rival: 'keeps its own name even though it bought X')
        own = ("its", "their")
        rivals = [c for c in clause.head.children if c.dep_ in ("dobj", "attr", "dative", "oprd") and subject.i < c.i < tok.i]
        if any(c.tag_ in ("NN", "NNP") and not any(k.dep_ == "poss" and k.lower_ in own for k in c.children) for c in rivals):
            return None
        if clause.lemma_.lower() in _EMPTY_IT_VERBS:
            return None  # an 'it' that stands for nothing: 'when it rained', 'after it emerged that'
        found = self.inside(*_core(subject)) if subject.pos_ == "PROPN" else []
        named = found[0] if found else (self.antecedent(subject) if subject.pos_ == "NOUN" else None)
        if named is None or named.label == "PERSON" or (named.label not in wanted | {"PROPN", "FAC"}):
            return None
        if any(subject.i < m.token_start < tok.i for m in self.mentions):
            return None
        return named

    def _set_beside(self, tok: Token, others: set[int]) -> EntityMention | None:
        """'the union' after 'the teachers' union FETE' or 'the union, FETE,': the last name read before that the
        description's noun was set beside."""
        found = [m for m in self.mentions if m.token_end <= tok.i and m.token_start not in others and described_beside(self.doc, tok, m)]
        return found[-1] if found else None

    def _named_by_its_noun(self, tok: Token) -> EntityMention | None:
        """'the trust' after 'the Adley Navigation Trust', 'the weir' after 'Kemble Weir': a bare description whose noun
        is the last word of a name read before it (not a person's: 'the king' after 'Martin King'), that name. Only a
        description with nothing of its own ('the county wildlife trust' may be another one), and the last such name."""
        if not _nominal(tok) or not any(c.lower_ == "the" for c in tok.children):
            return None
        others = _co_arguments(tok)
        beside = self._set_beside(tok, others)
        if beside is not None and beside.label != "PERSON":
            return beside  # 'the platform' after 'online platform StayLoop', 'the consumer group' after 'Cívica, a consumer group'
        if any(c.dep_ in ("amod", "compound", "nummod", "poss") for c in tok.children):
            return None
        lemma = tok.lemma_.lower()
        for m in reversed(self.mentions):
            if m.token_end > tok.i or m.token_start in others or m.label == "PERSON":
                continue
            # 'the cafe' after 'the Kestrel Lane cafe': the name before the noun it names
            after = self.doc[m.token_end] if m.token_end < tok.i else None
            if after is not None and after.lemma_.lower() == lemma and self.doc[m.token_end - 1].head.i == after.i and after.i != tok.i:
                if self.doc[m.token_end - 1].dep_ == "compound":
                    return m
            if m.token_end - m.token_start >= 2 and self.doc[m.token_end - 1].lemma_.lower() == lemma:
                return m
            # 'the diocese' after 'the Diocese of Wrexford': the name's own noun, before its 'of'
            # (or the tagger's two names, 'Diocese' and 'Wrexford')
            # (not past a lower-case one of that noun named since: 'a church in Holby. The church will ring it')
            first = self.doc[m.token_start]
            since = any(t.lemma_.lower() == lemma and t.text.islower() for t in self.doc[m.token_end : tok.i])
            if first.lemma_.lower() == lemma and first.text[:1].isupper() and first.i + 2 < tok.i and first.nbor().lower_ == "of":
                return None if since else m
        return None

    def _described_before(self, tok: Token) -> bool:
        """An earlier phrase of the text has the description's noun, outside any name and not set beside one ('the
        borough council agreed ...'; not 'the operator, Penby Trams' nor 'Penby, a tram company')."""
        for t in self.doc[: tok.i]:
            if t.lemma_.lower() != tok.lemma_.lower() or t.pos_ != "NOUN" or self.by_token.get(t.i):
                continue
            beside = [c for c in t.children if c.dep_ in ("appos", "compound") and c.pos_ == "PROPN"]
            if beside or (t.dep_ == "appos" and t.head.pos_ == "PROPN") or (t.dep_ == "compound" and t.head.pos_ == "PROPN"):
                continue
            return True
        return False

    def _previous_subject(self, tok: Token, wanted: set[str]) -> EntityMention | None:
        """For a subject pronoun with no name before it in its own sentence, the name that is the subject of the
        sentence before ('Fairway Link will remove 600 machines in the Oakridge region. It said ...': Fairway Link, not
        the region named last): a text goes on about what its last sentence was about."""
        sent = tok.sent
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ != "PRON" or sent.start == 0:
            return None
        if any(sent.start <= m.token_start < tok.i and m.label in wanted for m in self.mentions):
            return None
        previous = self.doc[sent.start - 1].sent
        subjects = [t for t in previous if t.dep_ in ("nsubj", "nsubjpass") and t.head.i == previous.root.i]
        # a name the tagger left without a label ('Fairway Link') is a thing's name more often than a person's
        labels = wanted | ({"PROPN"} if "ORG" in wanted else set())
        for subject in subjects:
            lo, hi = subject.left_edge.i, subject.right_edge.i + 1
            found = [m for m in self.inside(lo, hi) if m.label in labels and not (m.label == "NORP" and not m.country)]
            if found:
                return min(found, key=lambda m: m.token_start)
        return None

    def arg(self, role: str, head: Token) -> Arg:
        lo, hi = _core(head)
        head = next((c for c in head.children if _named_appos(c)), head)  # 'the insurer Ordal' is Ordal
        mentions = self.inside(lo, hi)
        resolved = False
        if head.pos_ == "NOUN" and mentions and all(m.label == "PERSON" for m in mentions):
            # 'the owner of the former mill, Gérard Lussac': a person's name set after the description's 'of' phrase
            # (hung by the parse on the mill) names the owner
            roots = {self.doc[m.token_start : m.token_end].root for m in mentions}
            resolved = all(
                r.dep_ == "appos" and r.head.dep_ == "pobj" and r.head.pos_ == "NOUN" and r.head.head.head == head for r in roots
            )
        if not mentions and head.pos_ == "NOUN":
            # 'the outgoing mayor, Giulia Sabbatini': a description named by its apposition (not a list: 'A, B and C')
            for appos in (c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN" and not c.conjuncts):
                # (right after the description, a comma between: not a name the parse hung on it from further on, 'The
                # coin was tossed by the president of the commission, Dr Ilse Varga')
                if not any(c.dep_ == "cc" for c in appos.children) and all(t.is_punct for t in self.doc[hi : appos.left_edge.i]):
                    mentions = self.inside(*_core(appos))
                    resolved = bool(mentions)  # what the description is, as a pronoun's antecedent is
                    break
        if not mentions and head.pos_ == "NOUN" and head.dep_ == "appos" and self.by_token.get(head.head.i):
            # 'Ivo Dremmel, a 58-year-old wheelwright who trained ...': the description set beside a name is that name
            mentions, resolved = self.by_token[head.head.i][:1], True
        if not mentions and head.pos_ == "NOUN" and hi + 1 < len(self.doc) and self.doc[hi].text == ",":
            # 'trained the guild's current apprentice, Nell Orrin': the name set after the description, which the
            # parse hung on a name further back (or on the verb: 'bought it from the owner of the farm, Idris Pugh, ...')
            # (a title before the name may stand outside it, or make the tagger call it a body: ', Dr Ilse Varga,')
            after = [
                m
                for m in self.inside(hi + 1, hi + 3)
                if (m.label == "PERSON" or fold(self.doc[hi + 1].text.rstrip(".")) in titles())
                and self.doc[m.token_start : m.token_end].root.left_edge.i == hi + 1
            ]
            root = self.doc[after[0].token_start : after[0].token_end].root if after else None
            if root is not None and root.dep_ in ("appos", "npadvmod") and root.head.i < lo:
                mentions, resolved = after[:1], True
        if not mentions:
            is_description = _nominal(head) and any(c.lower_ == "the" for c in head.children)
            if head.pos_ == "PRON" or is_description or head.lower_ in ("which", "who"):
                ante = self.antecedent(head)
                if ante is not None:
                    mentions, resolved = [ante], True
        span = self.doc[lo:hi]
        amounts = tuple((q.low, q.high) for q in self.quantities if span.start_char <= q.start < span.end_char)
        return Arg(role, head.i, span.start_char, span.end_char, head.lemma_.lower(), mentions, resolved, amounts)


# (not 'up' or 'down': 'up to £5,000' bounds an amount)
_DIRECTION_ADVERBS = frozenset({"back", "over", "away", "out", "off", "across", "home"})


def _comma_before(tok: Token) -> bool:
    return tok.i > 0 and tok.doc[tok.i - 1].text == ","


def _closes_apposition(pred: Token, comma: int) -> bool:
    """The comma ends an apposition of the verb's object ('the commanding officer, Colonel Pieter Vanlint,')."""
    objects = [c for c in pred.children if c.dep_ == "dobj"]
    return any(a.dep_ == "appos" and a.right_edge.i == comma - 1 for o in objects for a in o.children)


def _prep_role(prep: Token) -> str | None:
    preps = word_lists()["preps"]
    phrase = prep.lower_
    if phrase == "to" and prep.i > 0 and prep.doc[prep.i - 1].lower_ in lexicon()["bound_to_prepositions"]:
        return None  # 'thanks to a late header', 'due to the storm': the 'to' of a two-word preposition leads nowhere
    if phrase == "of" and prep.head.pos_ == "VERB":
        return None
    if phrase == "to" and prep.head.lemma_.lower() in lexicon()["belonging_predicates"]:
        return None  # 'the manuscript belonging to the library': its owner, who receives nothing
    owned = any(c.dep_ == "poss" for c in prep.head.children) or _by_phrase(prep.head) or _supported_deed(prep.head)
    if phrase == "of" and _event_noun(prep.head) and owned:
        return "patient"  # 'X's defeat of Y', 'the takeover of Y by X': Y is what the verb would have as object
    if prep.lower_ in ("with",) and any(c.dep_ == "dobj" for c in prep.head.children):
        return "theme"  # 'provide X with Y': Y is what is given
    if phrase in ("about", "over"):
        # 'complained about X', 'a complaint over X': the one complained of, as after 'against'
        head = prep.head.lemma_.lower()
        grievance = lexicon()["grievance_predicates"]
        return "opponent" if head in grievance or set(noun_verbs(head)) & set(grievance) else None
    return preps.get(phrase)


@lru_cache(maxsize=1)
def _getting() -> frozenset[str]:
    """Verbs of getting a thing from someone (lexicon `getting_predicates`, `two_way_predicates`, `receiving_predicates`)."""
    lex = lexicon()
    return frozenset(lex["getting_predicates"]) | frozenset(lex["two_way_predicates"]) | frozenset(lex["receiving_predicates"])


def _receiver_in_sum(obj: Token) -> Token | None:
    """The receiver the parser folded into the sum given ('pay the cooperative £9,000': 'the cooperative' read as a
    modifier of '9,000'): a noun between the sum's article and its currency sign."""
    sign = next((c for c in obj.children if c.tag_ == "$" and c.i < obj.i), None)
    det = next((c for c in obj.children if c.dep_ == "det" and c.i < obj.i), None)
    if sign is None or det is None or not (obj.like_num or obj.ent_type_ == "MONEY"):
        return None
    # (a word the tagger calls an adjective only where the text uses it as a noun elsewhere: not 'pay the full £9,000';
    # 'The cooperative runs the market' has it as a noun, which the tagger may call an adjective of the verb)
    as_noun = {t.lower_ for t in obj.doc if t.pos_ in ("NOUN", "PROPN") or _nominal(t) or (t.dep_ == "amod" and t.head.pos_ == "VERB")}
    nouns = [
        c
        for c in obj.children
        if det.i < c.i < sign.i and c.dep_ in ("amod", "compound", "nmod") and (c.pos_ in ("NOUN", "PROPN") or c.lower_ in as_noun)
    ]
    return nouns[-1] if nouns else None


def _gapped(pred: Token, obj: Token) -> bool:
    """An 'object' after the verb's own 'and' or 'or' with another object before it: the parse's reading of a clause
    whose verb is left out ('cars will pay £12, and lorries £50': the lorries pay), which names no one it is done to."""
    ccs = [c.i for c in pred.children if c.dep_ == "cc" and c.i > pred.i]
    return any(cc < obj.i and any(o.dep_ == "dobj" and o.i < cc for o in pred.children) for cc in ccs)


_INTENSIFIERS = frozenset({"itself", "himself", "herself", "themselves"})


def _frame_args(pred: Token, res: _Resolver) -> list[Arg]:
    args: list[Arg] = []
    # 'supplied the school with laptops': the object receives; not a 'with' set off by a comma, which describes ('opened
    # a new enclosure, with room for 40 animals')
    # (a comma that closes the object's apposition sets nothing off: 'presented the officer, Colonel X, with a charter')
    has_with = any(
        c.dep_ == "prep" and c.lower_ == "with" and not (_comma_before(c) and not _closes_apposition(pred, c.i - 1)) for c in pred.children
    )
    # (not a verb of putting one thing in another's place: 'replaced its supplier with X' is done to the supplier)
    # (nor a verb of going on: 'will continue their schooling with tutors' goes on with their help)
    has_with = has_with and pred.lemma_.lower() not in {*lexicon()["substitution_predicates"], *lexicon()["continuation_predicates"]}
    objects = [c for c in pred.children if c.dep_ == "dobj" and not _gapped(pred, c)]
    subjects = [c for c in pred.children if c.dep_ in ("nsubj", "nsubjpass")]
    # (and a preposition the parse hung on an adverb of direction after the verb: 'lease it back to the council',
    # 'hand it over to the trust')
    turned = [p for a in pred.children if a.dep_ == "advmod" and a.i > pred.i and a.lower_ in _DIRECTION_ADVERBS for p in a.children]
    for child in [*pred.children, *(p for p in turned if p.dep_ == "prep")]:
        dep = child.dep_
        if dep in ("nsubj", "nsubjpass") and child.lower_ in _INTENSIFIERS and len(subjects) > 1:
            continue  # 'X was itself bought by Y': the subject stressed, no second participant
        if dep in ("nsubj", "nsubjpass") and pred.dep_ == "relcl" and child.lower_ in ("which", "who", "that"):
            child = pred.head  # 'the school, which owns X': the school owns it
        if dep in ("nsubj", "csubj"):
            role = "agent"
        elif dep == "nsubjpass" and objects:
            role = "recipient"  # 'X has been awarded £2m by Y': with the thing given still the object, X receives it
        elif dep in ("nsubjpass", "csubjpass"):
            role = "patient"
        elif dep == "dobj" and _gapped(pred, child):
            continue
        elif dep == "dobj" and len(objects) > 1 and child.i == objects[0].i:
            role = "recipient"  # two objects, the parser's reading of 'pay the supplier £2m': the first receives
        elif dep == "dobj":
            role = "recipient" if has_with else "patient"
            receiver = _receiver_in_sum(child)
            if receiver is not None and not has_with:
                args.append(res.arg("recipient", receiver))
        elif dep == "dative":
            if child.pos_ == "ADP":  # 'sent cash to Russia': the parser marks the preposition
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    args.extend(res.arg("recipient", t) for t in _expand(pobj))
                continue
            role = "recipient"
        elif dep == "agent":
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                args.extend(res.arg("agent", t) for t in _expand(pobj))
            continue
        elif dep == "prep":
            role = _prep_role(child)
            if child.lower_ == "by" and any(_by_phrase(o) is child for o in objects):
                continue  # 'approved the takeover of X by Y': the takeover's doer, not the approver
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                # 'on behalf of the service': the whole phrase's role, for the one named after 'of'
                phrase = word_lists()["preps"].get(f"{child.lower_} {pobj.lower_} of")
                inner = [q for p in pobj.children if p.dep_ == "prep" and p.lower_ == "of" for q in p.children if q.dep_ == "pobj"]
                if phrase is not None and inner:
                    args.extend(res.arg(phrase, t) for q in inner for t in _expand(q))
                elif role is not None:
                    args.extend(res.arg(role, t) for t in _expand(pobj))
            continue
        elif dep == "poss" and pred.pos_ == "NOUN":
            # 'X's payment', but 'X's defeat by Y': with a 'by' agent the owner is what the event befell
            role = "patient" if _by_phrase(pred) is not None else "agent"
        else:
            continue
        args.extend(res.arg(role, t) for t in _expand(child))
    # 'fighting alongside Russian forces against Ukraine': the parser may hang the second side on
    # the first side's noun; a side belongs to the action
    for arg in list(args):
        for prep in (c for c in res.doc[arg.head_i].children if c.dep_ == "prep"):
            role = _prep_role(prep)
            if role in ("opponent", "ally") and not any(a.role == role for a in args):
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    args.extend(res.arg(role, t) for t in _expand(pobj))
    if pred.lemma_.lower() in lexicon()["investing_predicates"] and not any(a.role == "recipient" for a in args):
        # 'invested 12 million euros in the group': the one invested in receives the money (the parse may hang the
        # 'in' on the sum)
        holders = [pred, *(o for o in objects if o.like_num or o.ent_type_ == "MONEY" or any(c.like_num for c in o.children))]
        for prep in (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "in"):
            # (not a time or a place: 'invested £5m in March', 'in Germany', 'in recent years')
            where = ("DATE", "TIME", "GPE", "LOC")
            for pobj in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN") and c.ent_type_ not in where):
                args.extend(res.arg("recipient", t) for t in _expand(pobj))
    # 'a transfer of 1.5 billion euros from the reserve to the scheme': the parser may hang where it goes on the noun of
    # where it comes from; both ends belong to the transfer
    for arg in [a for a in args if a.role == "source"]:
        if any(a.role == "recipient" for a in args):
            break
        for prep in (c for c in res.doc[arg.head_i].children if c.dep_ == "prep" and c.lower_ in ("to", "into", "towards", "toward")):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                args.extend(res.arg("recipient", t) for t in _expand(pobj))
    if any(c.dep_ == "auxpass" for c in pred.children) and not any(a.role == "agent" for a in args):
        # 'was trained as a junior by X', 'was referred to the authority by X': the parser hangs the agent on the noun
        # of the phrase before it (after 'as', 'to' or 'for' only: 'painted on a wall by the harbour' has a place,
        # 'adapted from a novel by X' the novel's author; 'made for the retailer by X')
        for prep in (c for c in pred.children if c.dep_ in ("prep", "dative") and c.lower_ in ("as", "to", "for")):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                for by in (c for c in pobj.children if c.dep_ == "prep" and c.lower_ == "by"):
                    # (not a place: 'moved to a park by Lake Ferran')
                    doers = [q for q in by.children if q.dep_ == "pobj" and q.ent_type_ not in ("GPE", "LOC", "FAC")]
                    args.extend(res.arg("agent", t) for q in doers for t in _expand(q))
    if (
        pred.lemma_.lower() in lexicon()["absorbing_predicates"]
        and any(c.dep_ == "auxpass" for c in pred.children)
        and not any(a.role == "agent" for a in args)
    ):
        # 'X will be absorbed into Y': Y absorbs X, the party after 'into' the one that does it
        into = {t.i for c in pred.children if c.dep_ == "prep" and c.lower_ == "into" for t in c.subtree}
        for a in args:
            if a.role == "recipient" and a.head_i in into:
                a.role = "agent"
    for agent in (c for c in pred.children if c.dep_ == "agent"):
        # 'were made by the retailer for Pellago Ltd': the parser hangs the one it was done for on the doer's noun; a
        # name of a body only ('a campaigner for animal rights' is one noun phrase)
        for pobj in (c for c in agent.children if c.dep_ == "pobj"):
            for prep in (c for c in pobj.children if c.dep_ == "prep" and c.lower_ == "for"):
                named = [q for q in prep.children if q.dep_ == "pobj" and q.ent_type_ in ("ORG", "PERSON")]
                named = named if not any(a.role == "beneficiary" for a in args) else []
                args.extend(res.arg("beneficiary", t) for q in named for t in _expand(q))
    for thing in (c for c in pred.children if c.dep_ == "dobj" and pred.pos_ == "VERB"):
        # 'will press records for the label Marrow Sound': the parser hangs the one it is done for on the object's noun;
        # a name of a body or a person only ('sets a date for the vote' names no one)
        for prep in (c for c in thing.children if c.dep_ == "prep" and c.lower_ == "for"):
            # (not the object's own name: 'won the Harrowgate Prize for Fiction')
            named = [
                q
                for q in prep.children
                if q.dep_ == "pobj"
                and any(m.label != "NORP" and not m.token_start <= thing.i < m.token_end for m in res.by_token.get(q.i, []))
            ]
            named = named if not any(a.role == "beneficiary" for a in args) else []
            args.extend(res.arg("beneficiary", t) for q in named for t in _expand(q))
    if pred.pos_ == "VERB" and pred.lemma_.lower() in _getting() and not any(a.role == "source" for a in args):
        # 'leases the tunnels from the Civic Heritage Trust': the parser hangs the one it is got from on the object's noun
        # (not 'won an order from the hotel group': the group orders, a party of its own, only where it is named)
        receiving = pred.lemma_.lower() in lexicon()["receiving_predicates"]
        for thing in (c for c in pred.children if c.dep_ == "dobj"):
            for prep in (c for c in thing.children if c.dep_ == "prep" and c.lower_ == "from"):
                # (a named party, or a party the text points at: 'rents the pitch from the club')
                named = [
                    q
                    for q in prep.children
                    if q.dep_ == "pobj"
                    and (
                        any(not m.token_start <= thing.i < m.token_end for m in res.by_token.get(q.i, []))
                        or (q.pos_ == "NOUN" and any(d.dep_ == "det" and d.lower_ == "the" for d in q.children) and not receiving)
                    )
                ]
                args.extend(res.arg("source", t) for q in named for t in _expand(q))
    by = _by_phrase(pred) if pred.pos_ == "NOUN" else None
    if by is not None and by.head.i != pred.i:  # hung on the 'of' phrase by the parser
        for pobj in (c for c in by.children if c.dep_ == "pobj"):
            args.extend(res.arg("agent", t) for t in _expand(pobj))
    # 'X filed a lawsuit against Y', 'X launched an attack on Y': the event's noun, object of a light verb, has
    # that verb's subject as its own
    receiving = pred.head.lemma_.lower() in lexicon()["receiving_predicates"]  # 'won an order from X': X orders
    if pred.pos_ == "NOUN" and pred.dep_ == "dobj" and _event_noun(pred) and not receiving and not any(a.role == "agent" for a in args):
        # 'has a 25-year lease on the land from the council': who holds what comes from another receives it
        # (not a way from one place to another: 'have step-free access from the street to every platform')
        path = any(a.role == "source" for a in args) and any(a.role == "recipient" for a in args)
        held = pred.head.lemma_.lower() in ("have", "hold") and any(a.role == "source" for a in args) and not path
        for child in pred.head.children:
            if child.dep_ == "nsubj":
                args.extend(res.arg("recipient" if held else "agent", t) for t in _expand(child))
    # 'soldiers were killed while fighting ...': a clause without a subject shares its governor's, and an infinitive
    # after an object has that object as its doer ('ordered the firm to pay', 'persuaded her to sign')
    # a passive infinitive has its governor's subject as the one it is done to ('X is to be taken over by Y')
    passive = any(c.dep_ == "auxpass" for c in pred.children)
    inherited = "patient" if passive else "agent"
    if pred.dep_ in ("advcl", "xcomp") and not any(a.role == inherited for a in args):
        objects = [c for c in pred.head.children if c.dep_ == "dobj" and c.i < pred.i] if pred.dep_ == "xcomp" else []
        # (an undertaking is no doer: 'agreed a deal to take over the group' is the subject's deed)
        objects = [c for c in objects if c.lemma_.lower() not in lexicon()["undertaking_nouns"]]
        subjects = [c for c in pred.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        # one asked to act is named after 'on' ('called on the government to guarantee'), what is asked for after 'for'
        # ('called for access to be guaranteed'); the one who asks does not do it ('campaigners urged ... to act')
        asking = pred.head.lemma_.lower() in lexicon()["directive_predicates"]
        if not objects and (asking or passive):
            preps = ("on", "upon", "for") if asking else ("for",)
            marked = [c for c in pred.head.children if c.dep_ == "prep" and c.lower_ in preps and c.i < pred.i]
            objects = [p for c in marked for p in c.children if p.dep_ == "pobj"]
        if asking and not objects:
            subjects = [c for c in subjects if c.dep_ == "nsubjpass"]  # 'residents were urged to leave': they leave
        if not objects and pred.head.lemma_.lower() in {pair[0] for pair in lexicon()["converse_predicates"]}:
            subjects = []  # 'awarded a contract to build the plant': the one given it builds, not the giver
        if pred.dep_ == "xcomp" and not objects and not subjects and pred.head.dep_ == "acl" and pred.head.tag_ == "VBN":
            if pred.head.head.pos_ in ("NOUN", "PROPN"):
                subjects = [pred.head.head]  # 'with providers required to pass it on': the providers pass it on
        for child in objects or subjects:
            if child.lower_ in ("which", "who", "that") and pred.head.dep_ == "relcl":
                child = pred.head.head  # 'Harrowby, who learned to call from X': Harrowby calls
            args.extend(res.arg(inherited, t) for t in _expand(child))
    # 'agreed a deal to take over the group', 'launched a bid to buy it': an infinitive on the object of the verb, if that
    # names an undertaking, is done by the verb's subject (lexicon `undertaking_nouns`)
    undertaken = pred.dep_ in ("acl", "relcl") and pred.head.dep_ == "dobj" and pred.head.lemma_.lower() in lexicon()["undertaking_nouns"]
    if undertaken and any(c.dep_ == "aux" and c.lower_ == "to" for c in pred.children) and not any(a.role == inherited for a in args):
        verb = pred.head.head
        # (one given the undertaking takes it on: 'awarded a contract to build the plant to a consortium', where the
        # parse may hang the 'to' on the infinitive; a giver does not do it)
        givers = {pair[0] for pair in lexicon()["converse_predicates"]}
        given = [c for c in verb.children if c.dep_ == "dative"]
        given += [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for o in c.children if o.dep_ == "pobj"]
        hung = any(c.dep_ == "prep" and c.lower_ == "to" for c in pred.children)
        if given or not (hung or verb.lemma_.lower() in givers):
            for child in given or [c for c in verb.children if c.dep_ == "nsubj"]:
                args.extend(res.arg(inherited, t) for t in _expand(child))
    # 'accused the agency of ignoring warnings', 'was blamed for failing to act': a gerund after a verb's preposition is
    # done by that verb's object, or by the subject of its passive
    if pred.dep_ == "pcomp" and pred.tag_ == "VBG" and pred.head.dep_ == "prep" and pred.head.lower_ in ("of", "for", "with"):
        verb = pred.head.head
        if verb.pos_ == "VERB" and not any(a.role == inherited for a in args):
            objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < pred.i]
            objects = objects or [c for c in verb.children if c.dep_ == "nsubjpass"]
            for child in objects:
                args.extend(res.arg(inherited, t) for t in _expand(child))
    # 'The mayor, X, telephoned Y': the parser may read a sentence whose subject has an apposition as a noun with a
    # clause ('mayor' the root, 'telephoned' its acl); in a sentence with no verb of its own, a past verb there that
    # is finite or takes an object (a passive participle does not: 'the man arrested on Saturday') is the sentence's,
    # the noun its doer
    active = pred.tag_ == "VBD" or (pred.tag_ == "VBN" and any(c.dep_ == "dobj" for c in pred.children))
    # (or the object of a root the tagger made a verb of a noun: 'In the team competition the hosts, X, defeated Y')
    root = pred.sent.root
    misread = root.pos_ == "VERB" and not is_verb(root.lemma_) and pred.head.head.i == root.i and pred.head.dep_ == "dobj"
    if pred.dep_ == "acl" and active and (pred.head.dep_ == "ROOT" or misread) and pred.head.pos_ in ("NOUN", "PROPN"):
        if not any(a.role == "agent" for a in args):
            args.extend(res.arg("agent", t) for t in _expand(pred.head))
    # 'with lenders covering the state', 'residents opposing the mast': a present participle is done by the noun it
    # describes
    if pred.dep_ == "acl" and pred.tag_ == "VBG" and pred.head.pos_ in ("NOUN", "PROPN") and not any(a.role == "agent" for a in args):
        if not any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in pred.children):
            args.append(res.arg("agent", pred.head))  # (the noun itself: 'a pony and a miner leading it')
    # 'the school, owned by X', 'the man arrested on Saturday': a passive participle is done to the noun it describes
    if pred.dep_ == "acl" and pred.tag_ == "VBN" and not active and pred.head.pos_ in ("NOUN", "PROPN"):
        if not any(a.role == "patient" for a in args):
            args.extend(res.arg("patient", t) for t in _expand(pred.head))
    # 'X, which is majority-owned by Y': a passive participle the parser hangs on the copula as its complement is done
    # to the copula's subject
    by_agent = any(c.dep_ == "agent" for c in pred.children)
    if pred.dep_ == "acomp" and pred.tag_ == "VBN" and by_agent and pred.head.lemma_ == "be" and not any(a.role == "patient" for a in args):
        for child in (c for c in pred.head.children if c.dep_ == "nsubj"):
            if child.lower_ in ("which", "who", "that") and pred.head.dep_ == "relcl":
                child = pred.head.head
            args.extend(res.arg("patient", t) for t in _expand(child))
    # 'owns a majority stake in Y', 'sold its stake in Y': a share of a thing held or passed on is that thing's
    # (lexicon `part_held_nouns`)
    for thing in (c for c in pred.children if c.dep_ == "dobj" and c.lemma_.lower() in lexicon()["part_held_nouns"]):
        for prep in (c for c in thing.children if c.dep_ == "prep" and c.lower_ == "in"):
            named = [q for q in prep.children if q.dep_ == "pobj" and res.by_token.get(q.i)]
            args.extend(res.arg("patient", t) for q in named for t in _expand(q))
    # a subject shared with a coordinated verb: 'X met Y and signed Z'
    if not any(a.role in ("agent", "patient") and pred.i > a.head_i for a in args) and pred.dep_ == "conj":
        joined = pred.head
        if pred.tag_ in ("VBD", "VBZ") and joined.dep_ == "ccomp" and any(c.dep_ == "aux" and c.tag_ == "MD" for c in joined.children):
            # a finite verb shares no modal: 'X said callers should not try to move it, and asked people to send a photo'
            # is X's asking, joined to the saying, not to the clause that was said
            joined = joined.head
        for child in joined.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                role = "agent" if child.dep_ == "nsubj" and not passive else "patient"
                if passive and any(c.dep_ == "dobj" for c in pred.children):
                    role = "recipient"  # 'X, shut since 2023, has been awarded £2m': the verb's own voice decides
                args.extend(res.arg(role, t) for t in _expand(child))
    return _descriptions_apart(pred.doc, args)


def _descriptions_apart(doc: Doc, args: list[Arg]) -> list[Arg]:
    """Two descriptions of one clause that the resolver took for the same named thing ('the council will pay the
    firm', both read as the firm named before them), or a description taken for a name that another participant of
    the clause gives ('the trust, which approached the council', the council read as the trust): parties the clause
    keeps apart, so the description is not taken for the name; it stays the thing its noun says ('council', 'firm'),
    which the texts can still compare."""
    described: dict[int, set[str]] = {}
    for a in args:
        if a.resolved and _nominal(doc[a.head_i]):
            for m in a.mentions:
                described.setdefault(id(m), set()).add(a.lemma)
    named = {id(m) for a in args if not a.resolved for m in a.mentions}
    clash = {m for m, nouns in described.items() if len(nouns) > 1 or m in named}
    for a in args:
        if a.resolved and _nominal(doc[a.head_i]) and any(id(m) in clash and not _fits(doc, a, m) for m in a.mentions):
            a.mentions, a.resolved = [], False
    return args


def _fits(doc: Doc, arg: Arg, mention: EntityMention) -> bool:
    """The description's noun is a word of the name ('the council' for 'Tarn Council'): that reading holds."""
    return any(t.lemma_.lower() == arg.lemma for t in doc[mention.token_start : mention.token_end])


def _is_predicate(tok: Token) -> bool:
    """Verbs, and nouns that carry a relation: 'payments from A to B', 'A's confirmation that ...'."""
    if tok.pos_ == "VERB":
        return True
    if tok.pos_ == "AUX" and tok.lemma_ == "be" and tok.dep_ in ("ROOT", "ccomp", "xcomp", "conj", "advcl", "relcl"):
        return True  # copular claims: 'the fossil is 40 million years old'
    if tok.pos_ != "NOUN":
        return False
    if tok.lemma_.lower() in word_lists()["speech_nouns"]:
        if any(c.dep_ in ("acl", "ccomp", "relcl") for c in tok.children):
            return True
        if _misattached_content(tok) is not None:
            return True
    preps = {c.lower_ for c in tok.children if c.dep_ == "prep"}
    has_owner = any(c.dep_ == "poss" for c in tok.children)
    # (not a post: 'the institute's head of collections' holds it, heads nothing the owner does)
    post = tok.lemma_.lower() in word_lists()["titles"] or tok.lower_ in word_lists()["titles"]
    if _event_noun(tok) and not post and "of" in preps and (has_owner or _by_phrase(tok) is not None or _supported_deed(tok)):
        # 'their defeat of X', 'the takeover of X by Y', 'Y has agreed a takeover of X': an event named by its noun,
        # both sides given
        return True
    by = _by_phrase(tok) if _event_noun(tok) and not post else None
    if by is not None and any(p.dep_ == "prep" and p.lower_ in ("against", "from") for o in by.children for p in o.children):
        return True  # 'a complaint by X against Y', the 'against' hung on X by the parse: both sides given
    return bool(preps & {"from", "against", "alongside"}) or ("to" in preps and has_owner)


def _supported_deed(noun: Token) -> bool:
    """The noun of a deed is the object of a verb that only carries it out, with a subject of its own ('Ridgeway has
    agreed a £14m takeover of Pellham', 'announced the purchase of'; lexicon `carrying_out_predicates`): that subject does
    the deed."""
    verb = noun.head
    support = verb.pos_ == "VERB" and verb.lemma_.lower() in lexicon()["carrying_out_predicates"]
    return noun.dep_ == "dobj" and support and any(c.dep_ == "nsubj" for c in verb.children)


def _by_phrase(noun: Token) -> Token | None:
    """The 'by' of a noun, also where the parser hangs it on the noun's 'of' phrase ('the takeover of the group X by
    Y': 'by' under 'X')."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "by":
            return c
        if c.dep_ == "prep" and c.lower_ == "of":
            for pobj in (g for g in c.children if g.dep_ == "pobj"):
                for t in (pobj, *(a for a in pobj.children if a.dep_ == "appos")):
                    found = next((g for g in t.children if g.dep_ == "prep" and g.lower_ == "by"), None)
                    if found is not None:
                        return found
    # (or on the active verb the event's noun is the object of, right after the noun's phrase: 'approved the takeover
    # of X by Y', 'by' hung on 'approved')
    verb = noun.head
    if noun.dep_ == "dobj" and _event_noun(noun) and not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
            return next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by" and c.i == noun.right_edge.i + 1), None)
    return None


def _event_noun(tok: Token) -> bool:
    """A noun that WordNet derives from a verb ('defeat', 'takeover', 'suit'): it names an event."""
    return tok.pos_ == "NOUN" and bool(noun_verbs(tok.lemma_))


def _misattached_content(noun: Token) -> Token | None:
    """'follows X's confirmation earlier this week that it had deployed ...': the parser hangs the
    that-clause on the verb, but a verb like 'follow' takes no clause; it is the noun's content."""
    lex = word_lists()
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() in lex["speech"] or verb.lemma_.lower() in lex["belief"]:
        return None
    for c in verb.children:
        if c.dep_ == "ccomp" and c.i > noun.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
            return c
    return None


def _hedges(pred: Token) -> list[str]:
    lex = word_lists()
    out = []
    for c in pred.children:
        if c.dep_ == "aux" and c.lemma_.lower() in lex["hedge_modal"]:
            out.append(c.lower_)
        elif c.dep_ == "advmod" and c.lower_ in lex["hedge_adv"]:
            out.append(c.lower_)
    return out


def _not_one(noun: Token) -> bool:
    """'not a single student', 'not one vote': the phrase opens with 'not' said of 'a' or 'one'."""
    first = noun.left_edge
    after = noun.doc[first.i + 1] if first.i + 1 < len(noun.doc) else None
    return first.lower_ == "not" and first.head == noun and after is not None and after.lower_ in ("a", "an", "one")


def _not_even_before(noun: Token) -> bool:
    """'not even the locals know', 'not even a reply came': 'not even' just before the phrase, however the parse hangs
    it (often on a word before)."""
    first = noun.left_edge.i
    doc = noun.doc
    return first >= 2 and doc[first - 1].lower_ == "even" and doc[first - 2].lower_ == "not"


def bounding_no(no: Token) -> bool:
    """'no more than 120,000', 'no fewer than six', 'no later than May': a limit on an amount, not a denial; nor
    is 'No' before a number ('Seiwa Maru No 12'), the word for 'number'."""
    doc = no.doc
    if no.text in ("No", "No.") and no.i + 1 < len(doc) and (doc[no.i + 1].text[:1].isdigit() or doc[no.i + 1].text == "."):
        return True  # (a number in figures: 'No one' is nobody)
    if no.i + 2 >= len(doc) or doc[no.i + 2].lower_ != "than":
        return False
    return doc[no.i + 1].lower_ in ("more", "fewer", "less", "later", "earlier", "longer")


def not_required(pred: Token) -> bool:
    """The verb is what is no longer or not required: 'will not need to register', 'do not have to pay', 'no longer
    need to book', 'there is no need (for visitors) to book'. A denial of the obligation, not of the deed: 'must not
    bring' forbids it, 'do not have to bring' leaves it open."""
    head, lex = pred.head, lexicon()
    passive_duty = head.lemma_.lower() in lex["duty_predicates"] and any(c.dep_ == "auxpass" for c in head.children)
    # ('no tenant would be made to move', as 'forced to move': the passive of 'make' with its 'to')
    made = head.lemma_.lower() == "make" and any(c.dep_ == "auxpass" for c in head.children)
    passive_duty = passive_duty or (made and any(c.dep_ == "aux" and c.lower_ == "to" for c in pred.children))
    if pred.dep_ == "xcomp" and (head.lemma_.lower() in ("need", "have") or passive_duty):
        # and 'is not obliged to follow', 'are not required to publish'
        no_longer = any(c.lower_ == "longer" and c.dep_ == "advmod" and any(g.lower_ == "no" for g in c.children) for c in head.children)
        return no_longer or any(c.dep_ == "neg" for c in head.children) or _no_one_does(head)
    return (
        pred.dep_ in ("acl", "advcl", "relcl")
        and head.lemma_.lower() in lex["duty_nouns"]
        and any(c.dep_ == "det" and c.lower_ == "no" for c in head.children)
    )


def _no_one_does(verb: Token) -> bool:
    """'no' on the verb's subject ('no offender would have to travel'), as 'not' on the verb."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass")
        and (
            any(g.dep_ == "det" and g.lower_ == "no" and not bounding_no(g) for g in c.children)
            or c.lower_ in ("nobody", "none", "nothing")
        )
        for c in verb.children
    )


def _says_none(noun: Token) -> bool:
    """The participant is none at all: 'no' or 'neither' on it (not a bound: 'no more than'), or 'nothing', 'nobody',
    'none', 'neither'; not where an exception follows, which names who does ('nobody but residents', 'no one except
    members': only they)."""
    if any(c.lower_ in ("but", "except", "besides", "apart", "other") and c.i > noun.i for c in noun.children):
        return False
    if any(g.dep_ in ("det", "preconj") and g.lower_ in ("no", "neither") and not bounding_no(g) for g in noun.children):
        return True
    # (or on the first of two nouns the parse hung before it: 'no heating or mains water', 'no' on 'heating')
    first = noun.left_edge
    joined = first.dep_ == "det" and first.lower_ == "no" and first.head.dep_ in ("nmod", "compound") and first.head.head.i == noun.i
    # (or the parse's 'neg' on 'more' or 'further' before it: 'No more doses will be delivered')
    more = first.dep_ == "neg" and first.lower_ == "no" and first.head.dep_ == "amod" and first.head.head.i == noun.i
    more = more and first.head.lower_ in ("more", "further")
    return ((joined or more) and not bounding_no(first)) or noun.lower_ in ("nothing", "nobody", "none", "neither")


def small_clause(verb: Token) -> bool:
    """A clause without a mark or auxiliary that a verb of finding or seeing takes as its object ('found no pupils
    missing lessons', 'saw nobody leaving')."""
    return verb.dep_ in ("ccomp", "xcomp") and verb.tag_ in ("VBG", "VB") and not any(c.dep_ in ("mark", "aux") for c in verb.children)


def _not_only(neg: Token) -> bool:
    """'not only ... but also', 'not just': no denial."""
    doc = neg.doc
    if neg.i + 1 < len(doc) and doc[neg.i + 1].lower_ in lexicon()["not_negation_after"]:
        return True
    # 'a not-for-profit body': a word made with 'not', no denial
    after = doc[neg.i + 1] if neg.i + 1 < len(doc) else None
    if after is not None and after.text in ("-", "\u2010", "\u2011") and after.idx == neg.idx + len(neg.text):
        return True
    # 'are met by clinicians, not handcuffs': a contrast after the verb, said of the thing set aside, not the verb
    contrast = neg.i > neg.head.i and neg.i > 0 and doc[neg.i - 1].text == ","
    return contrast and after is not None and after.pos_ in ("NOUN", "PROPN", "DET", "NUM", "ADJ", "PRON")


def short_of(pred: Token) -> bool:
    """The verb is what something falls or comes short of ('falls short of covering the loss'), and the falling short
    is not itself denied ('did not fall short of meeting it')."""
    if pred.dep_ != "pcomp" or pred.head.lower_ != "of":
        return False
    short = pred.head.head
    if short.lower_ != "short":
        return False
    verb = short.head
    return verb.lemma_.lower() in ("fall", "come") and not any(c.dep_ == "neg" for c in verb.children)


def _modal_set_off(pred: Token) -> bool:
    """'will not, as first intended, be built': the parse gives the modal and its 'not' to the words set off by commas
    and leaves the verb a bare 'be' or 'have' after them; the 'not' before the commas denies the verb."""
    doc = pred.doc
    first = next((c for c in pred.children if c.dep_ in ("aux", "auxpass") and c.i < pred.i), None)
    if first is None or first.tag_ != "VB" or first.lemma_.lower() not in ("be", "have") or first.i < 4:
        return False
    if doc[first.i - 1].text != ",":
        return False
    opening = next((t for t in reversed(doc[max(pred.sent.start, first.i - 9) : first.i - 1]) if t.text == ","), None)
    if opening is None or opening.i < 2:
        return False
    neg, modal = doc[opening.i - 1], doc[opening.i - 2]
    return neg.dep_ == "neg" and neg.lower_ in ("not", "never", "n't") and modal.tag_ == "MD" and neg.head.i != pred.i


def counted_apart(noun: Token) -> bool:
    """A noun joined to another by 'and' with a count or a determiner of its own ('has no pedals and three rows of
    strings'): the first noun's 'no' is not said of it (it is in 'neither jurors nor any witness', 'no roof or any
    walls')."""
    if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN") or any(c.dep_ == "cc" and c.lower_ != "and" for c in noun.head.children):
        return False
    return any(c.dep_ in ("det", "nummod") and c.lower_ not in ("no", "any", "either", "neither") for c in noun.children)


def _joined_with_count(noun: Token) -> bool:
    """The noun has 'no' and another noun counted apart joined to it ('has no roof and two working wheels'): its 'no'
    denies it alone, not the verb."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children) and any(counted_apart(k) for k in noun.children)


def negated(pred: Token) -> bool:
    """The predicate is denied: 'not', 'never', 'no' or 'neither' on its subject or object ('no data had been lost',
    'found no link', 'not a single student', 'neither side agreed'), a negating governor ('failed to meet', 'refused to sign', 'his refusal
    to sign') or 'without' ('without asking the tenants')."""
    word_lists()
    doc = pred.doc
    if pred.dep_ == "conj" and pred.head.i < pred.i and any(k.dep_ == "cc" and k.lower_ == "nor" for k in pred.head.children):
        if negated(pred.head):
            return True  # 'should neither spray it nor move it', 'did not spray it nor move it': the second denied too
    for c in pred.children:
        if c.dep_ == "neg":
            if _not_only(c):
                continue
            if c.i > 0 and doc[c.i - 1].lower_ == "or":
                continue  # 'whether or not to sell it': both ways, no denial
            after = doc[c.i + 1] if c.i + 1 < len(doc) else None
            if after is not None and after.dep_ == "mark" and after.lower_ == "that" and after.head.i == pred.i:
                continue  # 'knew she had been adopted but not that she had a twin': the knowing denied, left unsaid
            return True
        if c.dep_ in ("dobj", "nsubj", "nsubjpass") and (_says_none(c) or _not_one(c) or (c.dep_ == "nsubj" and _not_even_before(c))):
            if not (_says_none(c) and _joined_with_count(c)):
                return True  # 'no data', 'neither man has been charged', 'record neither images nor sound'
        if c.dep_ == "dep" and c.i > pred.i and c.pos_ == "NOUN" and _says_none(c) and not any(g.dep_ == "dobj" for g in pred.children):
            return True  # an object the parse left unlabelled, as after a quote mark ("had 'no realistic alternative'")
        if c.dep_ in ("advmod",) and c.lower_ in ("never",):
            return True
        if c.dep_ == "preconj" and c.lower_ == "neither" and c.i < pred.i:
            return True  # 'should neither spray it nor move it': each verb of the pair denied

        if c.dep_ == "ccomp" and c.tag_ == "VBG" and small_clause(c):
            # 'found nothing linking the weirs to the erosion': the parse's small clause is the verb's object
            if any(g.dep_ == "nsubj" and g.i < c.i and _says_none(g) for g in c.children):
                return True
        if c.dep_ == "ccomp" and c.tag_ in ("VBN", "VBD") and c.i > pred.i and pred.lemma_.lower() in ("have", "get"):
            # 'had nothing firm planned', 'has nobody lined up': what is had done is had of none
            subjects = [g for g in c.children if g.dep_ in ("nsubj", "nsubjpass") and g.i < c.i]
            if any(_says_none(g) or g.left_edge.lower_ in ("nothing", "nobody", "none") for g in subjects):
                return True
        if c.dep_ == "mark" and c.lower_ == "unless":
            return True  # 'unless the offer is improved': if it is not improved
        if c.dep_ in ("aux", "auxpass") and any(n.dep_ == "neg" and not _not_only(n) for n in c.children):
            return True  # 'the closure was not justified', where the parse hangs 'not' on the auxiliary
    if _modal_set_off(pred):
        return True  # 'will not, as first intended, be built'
    if not_required(pred):
        return True  # 'will not need to register', 'there is no need to book': not required, against 'must register'
    if pred.tag_ in ("VBG", "VBN") and pred.dep_ == "acomp" and pred.head.lemma_.lower() == "be" and negated(pred.head):
        # 'would not be appealing': a progressive that the parse made the copula's complement; 'was not justified and
        # would raise costs', a passive made one
        return True
    # 'were unable to replicate', 'failed to pass', 'refused to sign'
    negating = set(lexicon()["negating_governors"])
    if pred.dep_ == "xcomp" and (pred.head.lemma_.lower() in negating or pred.head.lower_ in negating):
        return not any(c.dep_ == "neg" for c in pred.head.children)
    if pred.dep_ == "xcomp" and pred.head.dep_ == "acomp" and pred.head.lower_ in negating:
        return True
    # 'the hollow core makes ring counting impossible': a deed that a verb of making leaves with a negating complement
    # of its own is not done (a gerund: not a linking verb, 'made the deadline seem impossible')
    made_so = pred.dep_ in ("ccomp", "xcomp") and pred.head.lemma_.lower() in ("make", "render") and pred.i > pred.head.i
    made_so = made_so and pred.tag_ == "VBG"
    if made_so and any(c.dep_ in ("oprd", "acomp") and c.lower_ in negating and c.i > pred.i for c in pred.children):
        return not negated(pred.head)
    if short_of(pred):
        return True  # 'falls short of covering the loss', as 'does not cover it'
    if pred.dep_ == "xcomp" and pred.head.lower_ in lexicon()["ability_adjectives"]:
        holder = pred.head.head if pred.head.dep_ == "acomp" else pred.head  # 'had not been able to confirm'
        negs = [c for c in (*holder.children, *pred.head.children) if c.dep_ == "neg"]
        if any(not _not_only(n) for n in negs):
            return True  # but not 'is not only able to track parcels
    if pred.dep_ == "xcomp" and pred.head.lemma_.lower() in lexicon()["volition_predicates"]:
        # 'did not wish to comment', as 'declined to comment'; 'none of them wished to stay', as 'not one wished to'
        return any(c.dep_ == "neg" or (c.dep_ == "nsubj" and _says_none(c)) for c in pred.head.children)
    if (
        pred.dep_ == "xcomp"
        and pred.head.lemma_.lower() in lexicon()["permission_predicates"]
        and any(c.dep_ == "neg" or (c.dep_ in ("nsubj", "nsubjpass") and _says_none(c)) for c in pred.head.children)
    ):
        return True  # 'will not be allowed to be sold', as 'cannot be sold'; 'no boat will be allowed to leave'
    if pred.dep_ == "xcomp" and pred.head.lemma_.lower() in lexicon()["implicative_predicates"] and negated(pred.head):
        return True  # 'did not manage to stop the flames', as 'did not stop them'
    if pred.dep_ == "xcomp" and pred.head.lemma_.lower() in lexicon()["continuation_predicates"] and negated(pred.head):
        return True  # 'could not keep doing so', as 'could no longer do so'
    if (
        pred.dep_ == "xcomp"
        and pred.head.lemma_.lower() == "be"
        and any(
            c.dep_ == "acomp" and c.lower_ in negating and not any(n.dep_ == "neg" for n in pred.head.children) for c in pred.head.children
        )
    ):
        return True  # 'it had been impossible to ignore': the adjective and the verb both hang on the copula
    # "have yet to find", "is yet to decide": not so far ("still have to" is said of what must yet be done, too)
    so_far = [c for c in (*pred.head.children, *pred.children) if c.dep_ == "advmod" and c.lower_ == "yet" and c.i < pred.i]
    if pred.dep_ == "xcomp" and pred.head.lemma_.lower() in ("have", "be") and so_far:
        return not any(c.dep_ == "neg" for c in pred.head.children)
    # 'no ferries may dock or leave': a verb joined to another without a subject of its own shares that one's 'no'
    # (the auxiliary left out with the subject: not the parse's 'None of the honey produced and packed by X failed')
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in pred.children)
    shared_aux = any(c.dep_ in ("aux", "auxpass") for c in pred.head.children)
    if pred.dep_ == "conj" and pred.head.pos_ in ("VERB", "AUX") and not own_subject and shared_aux:
        if any(c.dep_ in ("nsubj", "nsubjpass") and _says_none(c) for c in pred.head.children):
            return True
    # 'bans ferries from docking or leaving': a gerund joined to one after a preposition shares its governor
    if pred.dep_ == "conj" and pred.tag_ == "VBG" and pred.head.tag_ == "VBG" and pred.head.dep_ == "pcomp":
        return negated(pred.head)
    # 'prohibited from exceeding', 'prevented from leaving'
    if pred.dep_ == "pcomp" and pred.head.lower_ == "from":
        # 'prohibited from exceeding'; or a verb before it whose object comes just before 'from', wherever the parse
        # hung it ('banned X, one of the largest growers, from moving', 'from' made part of a later clause)
        prep = pred.head
        if prep.head.lemma_.lower() in negating:
            # 'will not be banned from using them': the ban denied, the use allowed ('did not manage to prevent it from')
            return not negated(prep.head)
        for verb in (t for t in prep.sent if t.i < prep.i and t.pos_ == "VERB" and t.lemma_.lower() in negating):
            if any(c.dep_ == "dobj" and c.right_edge.i < prep.i and prep.i - c.right_edge.i <= 2 for c in verb.children):
                return not negated(verb)
        # ('bans scheduled flights from taking off', the participle before the object made the verb's clause)
        # (the 'from' on the object or on the participle)
        holder = prep.head.head if prep.head.dep_ == "dobj" else prep.head
        modifies = any(c.dep_ == "dobj" and c.i == holder.i + 1 for c in holder.children)
        if holder.dep_ == "xcomp" and holder.tag_ == "VBN" and modifies and holder.head.lemma_.lower() in negating:
            return not any(c.dep_ == "neg" for c in holder.head.children)
    # 'a 30-day ban on moving live shellfish': what a ban is on is not done, unless the ban is lifted
    if pred.dep_ == "pcomp" and pred.head.lower_ == "on":
        forbidding, on = lexicon()["forbidding_nouns"], pred.head
        ban = on.head if on.head.lemma_.lower() in forbidding else None
        # (or a ban just before the 'on', which the parse hung elsewhere: 'a ban, introduced in January, on selling')
        ban = ban or next(
            (n for n in reversed(on.doc[on.sent.start : on.i]) if n.lemma_.lower() in forbidding and 0 < on.i - n.right_edge.i <= 2), None
        )
        if ban is not None:
            lifted = ban.dep_ in ("dobj", "nsubjpass") and ban.head.lemma_.lower() in lexicon()["lifting_predicates"]
            return not lifted and not any(c.dep_ == "neg" for c in ban.head.children)
    # 'it was too early to say', 'too frail to travel': what is too soon or too much for is not done
    degree = pred.head
    to = next((c for c in pred.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if pred.dep_ == "xcomp" and to is not None and to.i > 0 and degree.pos_ not in ("ADJ", "ADV"):
        degree = pred.doc[to.i - 1]  # ('would reach growers too late to save the crop': 'save' hung on 'reach')
    if pred.dep_ == "xcomp" and degree.pos_ in ("ADJ", "ADV") and to is not None:
        if any(c.dep_ == "advmod" and c.lower_ == "too" and c.i < degree.i for c in degree.children):
            holder = degree.head if degree.dep_ == "acomp" else degree
            return not any(c.dep_ == "neg" for c in (*holder.children, *degree.children))
    # ('too badly injured to be released': a participle with 'too' on its adverb)
    if pred.dep_ == "xcomp" and degree.tag_ == "VBN" and to is not None and degree.i < pred.i:
        adverbs = [c for c in degree.children if c.dep_ == "advmod" and c.i < degree.i]
        if any(g.dep_ == "advmod" and g.lower_ == "too" for c in adverbs for g in c.children):
            return not any(c.dep_ == "neg" for c in degree.children)
    # ('too warm for making snow', 'too fragile for researchers to handle': the deed after 'for')
    for_clause = (pred.dep_ == "pcomp" and pred.head.lower_ == "for") or (
        pred.dep_ == "advcl" and to is not None and any(c.dep_ == "mark" and c.lower_ == "for" for c in pred.children)
    )
    degree = pred.head.head if pred.dep_ == "pcomp" else pred.head
    if for_clause and degree.pos_ in ("ADJ", "ADV") and any(c.dep_ == "advmod" and c.lower_ == "too" for c in degree.children):
        holder = degree.head if degree.dep_ == "acomp" else degree
        return not any(c.dep_ == "neg" for c in (*holder.children, *degree.children))
    # 'will stop operators using sports stars', the 'from' left out: the gerund just after the object of a verb that
    # bars, hung on that verb or on its object
    if pred.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in pred.children):
        verb = pred.head.head if pred.dep_ == "acl" and pred.head.dep_ == "dobj" else pred.head
        barring = set(lexicon()["forbidding_predicates"]) | {"stop", "prevent"}  # not 'avoid plants growing near roads'
        if pred.dep_ in ("advcl", "xcomp", "ccomp", "dep", "acl") and verb.pos_ == "VERB" and verb.lemma_.lower() in barring:
            if any(c.dep_ == "dobj" and c.i < pred.i and pred.i - c.right_edge.i <= 1 for c in verb.children):
                return not negated(verb)  # (and 'did not manage to stop the flames reaching it': they reached it)
    # 'decided against banning breeds', 'voted against raising the fee': chose not to
    if pred.dep_ == "pcomp" and pred.head.lower_ == "against" and pred.head.head.lemma_.lower() in lexicon()["decision_predicates"]:
        return not any(c.dep_ == "neg" for c in pred.head.head.children)
    # 'changed without asking the tenants'
    if pred.dep_ == "pcomp" and pred.head.lower_ == "without":
        return True
    # 'his refusal to use', 'the failure to pay'
    return pred.dep_ in ("acl", "xcomp") and pred.head.pos_ == "NOUN" and pred.head.lemma_.lower() in lexicon()["negating_nouns"]


def extract_frames(doc: Doc, sent_index: dict[int, int], mentions: list[EntityMention], quantities: list[Quantity]) -> list[Frame]:
    """Every predicate frame of the document, with speakers and hedges passed down to embedded clauses."""
    lex = word_lists()
    res = _Resolver(doc, mentions, quantities)
    frames: list[Frame] = []
    by_token: dict[int, Frame] = {}
    for tok in doc:
        if not _is_predicate(tok):
            continue
        particle = next((c.lower_ for c in tok.children if c.dep_ == "prt"), None)
        lemma = tok.lemma_.lower() + (f" {particle}" if particle else "")
        frame = Frame(
            index=len(frames),
            pred=lemma,
            pred_i=tok.i,
            pred_start=tok.idx,
            pred_end=tok.idx + len(tok.text),
            sent=sent_index[tok.i],
            nominal=tok.pos_ == "NOUN",
            args=_frame_args(tok, res),
            negated=negated(tok),
            hedges=_hedges(tok),
            is_speech=tok.lemma_.lower() in lex["speech"] or tok.lemma_.lower() in lex["speech_nouns"] or verb_lemma(tok) in lex["speech"],
            is_belief=tok.lemma_.lower() in lex["belief"],
        )
        frame.reflexive = any(c.lower_ in lex["reflexive"] for c in tok.subtree)
        frames.append(frame)
        by_token[tok.i] = frame
    for frame in frames:
        if frame.nominal:
            _light_verb_sides(frame, doc[frame.pred_i], res)
        elif frame.pred == "belong":
            _belonging_as_owning(frame, doc[frame.pred_i], res)
    for frame in frames:
        tok = doc[frame.pred_i]
        # 'according to X, ...' attributes the clause to X
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "according":
                for to in (g for g in c.children if g.lower_ == "to"):
                    for pobj in (g for g in to.children if g.dep_ == "pobj"):
                        frame.speaker = res.arg("speaker", pobj)
        # the frame whose clause holds this one
        if frame.nominal and frame.is_speech:
            content = _misattached_content(tok)
            if content is not None and content.i in by_token:
                by_token[content.i].governor = frame.index
        if frame.governor is not None:
            continue  # set by a misattached clause's noun
        head = tok
        while head.dep_ not in ("ROOT",) and head.head.i != head.i:
            up = head.head
            if up.i in by_token and head.dep_ in ("ccomp", "xcomp", "acl", "advcl", "conj", "pcomp", "relcl", "pobj", "prep", "csubj"):
                if not (head.dep_ == "relcl" and by_token[up.i].nominal and by_token[up.i].is_speech):
                    frame.governor = by_token[up.i].index
                    break
                # 'claims, of which 70 percent have been settled': a relative clause says what befell the claims, it is
                # not what they claim
            head = up
    for frame in frames:
        _inherit(frame, frames, doc, res)
    return frames


_RECEIVING_LIGHT = frozenset({"receive", "get", "undergo"})
_GIVING_LIGHT = frozenset({"give", "provide", "offer", "deliver"})
# verbs whose nouns name a thing passed on to someone, not a deed done to them ('a donation', 'a grant', 'a loan')
_PASSING_ON = frozenset({"donate", "grant", "lend", "loan", "award", "give", "pay", "send", "gift", "allocate", "fund", "sell", "offer"})


def _light_verb_sides(frame: Frame, noun: Token, res: _Resolver) -> None:
    """The sides of a deed a noun names as the object of a light verb: 'surgeons will receive training from the staff'
    is the staff training the surgeons, 'the staff will give training to surgeons' too (WordNet's noun of a verb)."""
    verbs = noun_verbs(noun.lemma_.lower())
    if noun.dep_ != "dobj" or not verbs or any(a.role in ("agent", "patient") for a in frame.args):
        return
    if set(verbs) & _PASSING_ON:
        return  # ('received a donation from X': X gave the thing, not the receiver)
    light = noun.head
    subject = next((c for c in light.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in ("who", "which", "that"):
        return
    if light.lemma_.lower() in _RECEIVING_LIGHT:
        froms = [p for p in (*noun.children, *light.children) if p.dep_ == "prep" and p.lower_ in ("from", "by")]
        doers = [o for p in froms for o in p.children if o.dep_ == "pobj"]
        if doers:
            frame.args = [a for a in frame.args if a.role != "source"] + [res.arg("agent", doers[0]), res.arg("patient", subject)]
            frame.light = True
    elif light.lemma_.lower() in _GIVING_LIGHT:
        to = [p for p in (*noun.children, *light.children) if p.dep_ in ("prep", "dative") and p.lower_ == "to"]
        done_to = [o for p in to for o in p.children if o.dep_ == "pobj"]
        if done_to:
            frame.args = [a for a in frame.args if a.role != "recipient"] + [res.arg("agent", subject), res.arg("patient", done_to[0])]
            frame.light = True


def _belonging_as_owning(frame: Frame, verb: Token, res: _Resolver) -> None:
    """'a cable belonging to X' tells what 'a cable owned by X' tells: X owns it (the frame's predicate becomes 'own',
    with X for its doer and the thing for what it is done to)."""
    owners = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children if o.dep_ == "pobj"]
    things = frame.by_role("agent")
    if len(owners) != 1 or len(things) != 1:
        return
    thing = things[0]
    frame.pred = "own"
    frame.args = [a for a in frame.args if a is not thing] + [res.arg("agent", owners[0]), replace(thing, role="patient")]


def _inherit(frame: Frame, frames: list[Frame], doc: Doc, res: _Resolver) -> None:
    """A clause under 'X said' is X's claim; under 'X believes' or 'may' it is hedged."""
    seen = set()
    gov_index = frame.governor
    child = frame
    while gov_index is not None and gov_index not in seen:
        seen.add(gov_index)
        gov = frames[gov_index]
        relation = doc[child.pred_i].dep_
        if paratactic(doc, child.pred_i, gov.pred_i):
            break
        if gov.is_speech and frame.speaker is None and relation != "conj":
            speaker = _speaker_of(gov, doc, res)
            if speaker is not None:
                frame.speaker = speaker
        if gov.is_belief and relation != "conj":
            frame.hedges.append(gov.pred)
        frame.hedges.extend(h for h in gov.hedges if relation != "conj")
        if gov.speaker is not None and frame.speaker is None:
            frame.speaker = gov.speaker
        child = gov
        gov_index = gov.governor


def hearsay(verb: Token) -> bool:
    """A passive verb of saying or reckoning over an infinitive: 'is said to', 'are reported to', 'is calculated to'."""
    return (
        verb.pos_ == "VERB"
        and verb.lemma_.lower() in lexicon()["hearsay_passives"]
        and any(c.dep_ == "auxpass" for c in verb.children)
        and any(c.dep_ == "xcomp" for c in verb.children)
    )


def paratactic(doc: Doc, child: int, governor: int) -> bool:
    """A clause before its governor with a colon or semicolon between them ('X stresses that ...: families may differ'):
    two statements side by side, which the parser hangs one on the other; neither is said or hedged by the other."""
    return child < governor and doc[child].dep_ == "ccomp" and any(t.text in (":", ";") for t in doc[child:governor])


def _speaker_of(gov: Frame, doc: Doc, res: _Resolver) -> Arg | None:
    """The source of a speech frame: its subject, or X in 'quoted X as saying'."""
    if gov.pred == "quote":
        quoted = gov.by_role("patient")
        if quoted:
            return quoted[0]
    agents = gov.by_role("agent")
    if agents:
        return agents[0]
    if gov.speaker is not None:
        return gov.speaker
    return None
