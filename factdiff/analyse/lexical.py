"""Word meaning from WordNet 3.1 (factdiff/data/wordnet.json, made by training/make_wordnet.py): opposites and
paraphrases of predicates.

Embeddings place antonyms as close as synonyms ('acquit' and 'convict' are near neighbours), so the checks ask
WordNet whether two words are opposites (a direct antonym), and
whether two verbs can report the same event (a shared synset, a hypernym within two steps, a verb group).
The project lexicon's `event_opposites` and `direction_of_change` add the opposites of news language that
WordNet does not link ('approve' / 'reject', 'gain' / 'lose', 'fall' / 'increase').
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from factdiff.analyse import units
from factdiff.analyse.knowledge import lexicon


@lru_cache(maxsize=1)
def _wordnet() -> dict:
    with resources.files("factdiff.data").joinpath("wordnet.json").open(encoding="utf-8") as fh:
        return json.load(fh)


def places() -> dict[str, list[str]]:
    """Words for a place's people and things, to the place's names ('argentinian' -> Argentina, 'swede' -> Sweden)."""
    return _wordnet()["places"]


@lru_cache(maxsize=1)
def _antonyms() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    pairs = [tuple(p) for p in _wordnet()["antonyms"]] + [tuple(p) for p in lexicon()["event_opposites"]]
    direction = lexicon()["direction_of_change"]
    pairs += [(up, down) for up in direction["up"] for down in direction["down"]]
    for a, b in pairs:
        out.setdefault(a, set()).add(b)
        out.setdefault(b, set()).add(a)
    return {k: frozenset(v) for k, v in out.items()}


def antonymous(a: str, b: str) -> bool:
    """WordNet or the lexicon gives the two words as opposites in some sense, even where another sense joins them
    ('pass' / 'fail'): for a place that fixes the sense, as the two parts of one counted whole do ('9 of the 37 passed' /
    '28 of the 37 failed')."""
    a, b = a.lower(), b.lower()
    return a != b and b in _antonyms().get(a, frozenset())


@lru_cache(maxsize=1)
def _synonyms() -> dict[str, frozenset[str]]:
    """Verb lemma -> the lemmas sharing one of its synsets."""
    members: dict[int, list[str]] = {}
    for word, ids in _wordnet()["verbs"].items():
        for i in ids:
            members.setdefault(i, []).append(word)
    return {word: frozenset(w for i in ids for w in members[i]) for word, ids in _wordnet()["verbs"].items()}


ADJECTIVE_SENSES = 3  # the senses of an adjective compared: its rare senses join unrelated words ('big' / 'heavy')


@lru_cache(maxsize=1)
def iso_currencies() -> tuple[dict[str, str], dict[str, str]]:
    """(ISO code -> the code compared, currency noun -> the code compared) from the ISO 4217 table of the `iso4217`
    package: 'PLN' and 'zloty'/'zlotys' are the Polish zloty. A noun is the last word of the currency's name ('Czech
    Koruna'), kept only where it names one currency and is no English verb or adjective ('real', 'mark', 'sum'); a code
    whose noun the lexicon maps to a family ('Canadian Dollar' -> every dollar is 'USD') takes the family's code, as the
    noun written in full would, and a code that is an English word ('TOP', 'ALL', 'CUP') is no code here."""
    import iso4217

    family = lexicon()["currency_words"]
    net = _wordnet()
    english = set(net["verbs"]) | set(net["adjectives"])
    nouns: dict[str, set[str]] = {}
    for cur in iso4217.Currency:
        last = cur.currency_name.split()[-1].lower()
        if cur.code.startswith("X") or not last.isalpha() or len(last) < 3:
            continue  # gold, units of account, funds
        nouns.setdefault(last, set()).add(cur.code)
    codes = {}
    for cur in iso4217.Currency:
        last = cur.currency_name.split()[-1].lower()
        if cur.code.startswith("X") or cur.code.lower() in english:
            continue
        codes[cur.code] = family.get(last, family.get(last + "s", cur.code))
    names = {}
    for noun, found in nouns.items():
        if len(found) == 1 and noun not in english and noun not in family:
            code = codes.get(next(iter(found)))
            if code:
                names[noun] = names[noun + ("es" if noun.endswith(("s", "sh", "ch")) else "s")] = code
    return codes, names


def is_verb(word: str) -> bool:
    """WordNet knows the word (a lemma, or a verb with its particle: 'take over') as a verb."""
    return word.lower() in _wordnet()["verbs"]


def is_noun(word: str) -> bool:
    """WordNet (as reduced for this project) knows the word, or its singular, as a noun."""
    w = word.lower()
    nouns = _wordnet()["nouns"]
    return w in nouns or (w.endswith("s") and w[:-1] in nouns)


def is_adjective(word: str) -> bool:
    """WordNet knows the word as an adjective."""
    return word.lower() in _wordnet()["adjectives"]


@lru_cache(maxsize=65536)
def same_adjective(a: str, b: str) -> bool:
    """Two adjectives that WordNet gives one meaning among their commonest senses: 'big' / 'large', 'new' / 'fresh'."""
    a, b = a.lower(), b.lower()
    if a == b:
        return True
    adjectives = _wordnet()["adjectives"]
    return bool(set(adjectives.get(a, ())[:ADJECTIVE_SENSES]) & set(adjectives.get(b, ())[:ADJECTIVE_SENSES]))


def same_first_sense(words: frozenset[str]) -> frozenset[str]:
    """The words with every verb whose most common WordNet sense is one of theirs: 'anticipate' with 'expect' (a listed
    verb's other senses are not followed: 'see' is not a belief verb because 'expect' can mean 'see')."""
    verbs = _wordnet()["verbs"]
    firsts = {verbs[w][0] for w in words if verbs.get(w)}
    return frozenset(words) | frozenset(w for w, ids in verbs.items() if ids and ids[0] in firsts and " " not in w)


@lru_cache(maxsize=1)
def _converse_pairs() -> frozenset[frozenset[str]]:
    # (and a victory against a loss that WordNet does not oppose: 'A outbid B' / 'B lost out to A'; 'win' / 'lose' are
    # its opposites already, read as such)
    pairs = {frozenset(p) for p in lexicon()["converse_predicates"]}
    victories, losses = lexicon()["victory_predicates"], lexicon()["losing_predicates"]
    pairs |= {frozenset((won, lost)) for won in victories for lost in losses if lost not in _antonyms().get(won, frozenset())}
    return frozenset(pairs)


def converse(a: str, b: str) -> bool:
    """The lexicon pairs the two verbs as one event told from its two sides: 'award' / 'win', 'buy' / 'sell'."""
    return frozenset((a.lower(), b.lower())) in _converse_pairs()


@lru_cache(maxsize=65536)
def opposite(a: str, b: str, again: bool = False) -> bool:
    """WordNet or the lexicon calls the two words opposites: 'acquit' / 'convict', 'high' / 'low', 'fall' /
    'increase'. A phrasal verb counts by its verb. (Opposites of a word's synonyms drift too far: 'bring' would
    oppose 'generate'.)"""
    a, b = a.lower(), b.lower()
    if a == b:
        return False
    ants = _antonyms()
    # words that can mean the same never oppose ('pass' / 'fail' share the sense 'go unnoticed')
    if b not in _synonyms().get(a, frozenset()) and (b in ants.get(a, ()) or b.split()[0] in ants.get(a.split()[0], ())):
        return True
    # with `again`, a verb of doing again opposes what its deed opposes ('reopen' / 'close'): WordNet puts it directly
    # below the deed (the polarity check reads it so; the other checks keep to WordNet's own antonyms)
    return again and any(x != y and _again(x) is not None and _again(x) != y and opposite(_again(x), y) for x, y in ((a, b), (b, a)))


def _again(verb: str) -> str | None:
    """The deed a verb of few senses does again ('reopen': 'open'), where WordNet puts it directly below that deed."""
    verbs = _wordnet()["verbs"]
    if not verb.startswith("re") or len(verb) < 6 or " " in verb or verb[2:] not in verbs or len(verbs.get(verb, ())) > 2:
        return None
    return verb[2:] if _near_synsets(verb, 1) & set(verbs[verb[2:]]) else None


@lru_cache(maxsize=1)
def _links() -> dict[int, tuple[int, ...]]:
    return {int(k): tuple(v) for k, v in _wordnet()["verb_links"].items()}


def _near_synsets(word: str, steps: int) -> set[int]:
    """The word's verb synsets and those within `steps` hypernym or verb-group links above them."""
    seen = set(_wordnet()["verbs"].get(word, ()))
    frontier = set(seen)
    links = _links()
    for _ in range(steps):
        frontier = {t for s in frontier for t in links.get(s, ())} - seen
        seen |= frontier
    return seen


FEW_SENSES = 3  # a verb of more senses ('apply': use, ask for, ...) may mean another thing than its synonym does


@lru_cache(maxsize=1)
def _verb_members() -> dict[int, tuple[str, ...]]:
    members: dict[int, list[str]] = {}
    for word, ids in _wordnet()["verbs"].items():
        for i in ids:
            members.setdefault(i, []).append(word)
    return {i: tuple(words) for i, words in members.items()}


def first_sense_synonyms(verb: str) -> tuple[str, ...]:
    """The other verbs whose most frequent sense is this verb's most frequent sense ('subtract': 'deduct'), both of few
    senses; not a verb whose first sense is another ('receive' is in a sense of 'have', 'have' is not first of all
    'receive')."""
    verbs = _wordnet()["verbs"]
    ids = verbs.get(verb.lower())
    if not ids or len(ids) > FEW_SENSES:
        return ()
    return tuple(w for w in _verb_members().get(ids[0], ()) if w != verb.lower() and verbs[w][0] == ids[0] and len(verbs[w]) <= FEW_SENSES)


@lru_cache(maxsize=65536)
def synonym(a: str, b: str) -> bool:
    """Two verbs WordNet puts in one synset ('buy' / 'purchase'): words of one sense, not merely of near ones."""
    a, b = a.lower(), b.lower()
    return a == b or bool(set(_wordnet()["verbs"].get(a, ())) & set(_wordnet()["verbs"].get(b, ())))


@lru_cache(maxsize=65536)
def main_sense_synonym(a: str, b: str) -> bool:
    """Two verbs of one synset that is the most frequent sense of one of them ('buy' / 'purchase', 'hire' / 'employ'),
    not two verbs that only meet in a rare sense ('give' / 'open', 'have' / 'give')."""
    verbs = _wordnet()["verbs"]
    x, y = verbs.get(a.lower(), ()), verbs.get(b.lower(), ())
    return a.lower() == b.lower() or bool(x and y and (x[0] in y or y[0] in x))


def senses(verb: str) -> int:
    """How many WordNet verb synsets the word has (0 for a word WordNet does not know as a verb)."""
    return len(_wordnet()["verbs"].get(verb.lower(), ()))


def paraphrase(a: str, b: str, steps: int = 2) -> bool:
    """Two verbs that can report the same event: a shared synset, or one within two (or `steps`) hypernym /
    verb-group steps of the other ('curb' / 'reduce', 'track' / 'monitor', 'fire' / 'sack')."""
    a, b = a.lower(), b.lower()
    if a == b:
        return True
    direct_a, direct_b = set(_wordnet()["verbs"].get(a, ())), set(_wordnet()["verbs"].get(b, ()))
    if direct_a & direct_b:
        return True
    return bool(_near_synsets(a, steps) & direct_b) or bool(_near_synsets(b, steps) & direct_a)


MOTION_STEPS = 3  # hypernym links from a verb of going ('drive', 'sail', 'set off') up to 'travel' or 'leave'


@lru_cache(maxsize=8192)
def motion_verb(verb: str) -> bool:
    """A verb of going from one place to another: one of its senses lies within MOTION_STEPS hypernym links below the
    first sense of 'travel' or of 'leave' ('drive off', 'sail', 'set off', 'flee'), and it is no verb of coming back
    ('return'), whose way runs back along another's."""
    verbs = _wordnet()["verbs"]
    verb = verb.lower()
    if verb not in verbs and " " in verb:
        verb = verb.split()[0]
    if verb not in verbs or synonym(verb, "return"):
        return False
    goals = {verbs[w][0] for w in ("travel", "leave") if w in verbs}
    return bool(_near_synsets(verb, MOTION_STEPS) & goals)


def _above(synset: int, steps: int) -> set[int]:
    """The noun synsets within `steps` hypernym links above a noun synset."""
    links = _wordnet()["noun_links"]
    seen, frontier = set(), {synset}
    for _ in range(steps):
        frontier = {t for s in frontier for t in links.get(str(s), ())} - seen
        seen |= frontier
    return seen


@lru_cache(maxsize=65536)
def kin_nouns(a: str, b: str) -> bool:
    """Two nouns for two things of one kind, in their first two senses: animals, foods, plants or substances (the nouns
    wordnet.json keeps) with a hypernym within two steps in common ('copper' / 'aluminium', both metallic elements;
    'sheep' / 'goat'; 'wine' / 'beer'), no sense in common ('pig' / 'hog' are one animal), neither above the other
    ('horse' / 'pony', 'concrete' / 'cement')."""
    if not other_kinds(a, b):
        return False
    nouns = _wordnet()["nouns"]
    if min(len(a), len(b)) < 3:
        return False  # 'e', 'c': a letter WordNet knows as a vitamin or an element is seldom that in news
    # (the first two senses of each: 'cedar' comes first as a tree, 'cypress' as its wood; but no sense of one a kind of
    # the other's: 'grape' is also the vine)
    senses_a, senses_b = nouns[a.lower()][:2], nouns[b.lower()][:2]
    if any(x in _above(y, 4) or y in _above(x, 4) for x in senses_a for y in senses_b):
        return False
    return any(_above(x, 2) & _above(y, 2) for x in senses_a for y in senses_b)


@lru_cache(maxsize=65536)
def other_kinds(a: str, b: str) -> bool:
    """Two nouns WordNet knows as animals, foods, plants or substances (the nouns wordnet.json keeps) that name two
    kinds of thing: no sense in common and neither first sense within four hypernym steps above the other ('fish' /
    'flower'; not 'bird' / 'hawk', one a kind of the other)."""
    nouns = _wordnet()["nouns"]
    a, b = a.lower(), b.lower()
    senses_a, senses_b = nouns.get(a), nouns.get(b)
    if a == b or not senses_a or not senses_b or set(senses_a) & set(senses_b):
        return False
    first_a, first_b = senses_a[0], senses_b[0]
    return first_a not in _above(first_b, 4) and first_b not in _above(first_a, 4)


def verb_lemma(verb: Token) -> str:
    """The verb's lemma with its particle where WordNet knows the two as one verb ('put off' for 'postpone', 'call
    off'); the bare lemma otherwise."""
    lemma = verb.lemma_.lower()
    for c in verb.children:
        if c.dep_ == "prt" and f"{lemma} {c.lower_}" in _wordnet()["verbs"] and not _bound(c):
            return f"{lemma} {c.lower_}"
    # (or an adverb the parse gave the particle's place after the object: 'throw them away', 'pay it back')
    for c in verb.children:
        if c.dep_ == "advmod" and verb.i < c.i and c.is_alpha and f"{lemma} {c.lower_}" in _wordnet()["verbs"]:
            objects = {t.i for o in verb.children if o.dep_ in ("dobj", "dative") for t in o.subtree}
            if c.i - verb.i <= 4 and all(t.i in objects for t in verb.doc[verb.i + 1 : c.i]):
                return f"{lemma} {c.lower_}"
    return lemma


def _bound(word: Token) -> bool:
    """A particle that bounds the amount after it ('could take over a year', 'took over 30 hours'): 'more than', not
    part of the verb ('take over' a company)."""
    if word.lower_ not in ("over", "under") or word.i + 1 >= len(word.doc):
        return False
    after = word.doc[word.i + 1]
    if after.like_num:
        return True
    measure = word.doc[word.i + 2] if after.lower_ in ("a", "an") and word.i + 2 < len(word.doc) else None
    return measure is not None and units.is_unit(measure.lemma_.lower())


def phrasal_forms(verb: Token) -> set[str]:
    """The verb with the particle or adverb right after it, where WordNet knows the two as one verb, whatever the parse
    made of the second word ('opting out of the register': 'opt out', where 'out' heads 'of the register'; 'took part')."""
    lemma = verb.lemma_.lower()
    after = [c for c in verb.children if c.dep_ in ("prt", "prep", "advmod") and c.i == verb.i + 1]
    # (or a bare noun that makes one verb with it: 'had taken part in scoring', 'take part')
    after += [c for c in verb.children if c.dep_ == "dobj" and c.i == verb.i + 1 and c.pos_ == "NOUN" and not any(c.children)]
    return {f"{lemma} {c.lower_}" for c in after if f"{lemma} {c.lower_}" in _wordnet()["verbs"]}


def noun_verbs(noun: str) -> tuple[str, ...]:
    """The verbs WordNet derives a noun from or to ('defeat' -> 'defeat', 'takeover' -> 'take over', 'suit' -> 'sue'):
    empty for a noun that names no event ('company', 'river')."""
    return tuple(_wordnet().get("noun_verbs", {}).get(noun.lower(), ()))


def direction(verb: Token, transitive: bool = False) -> str | None:
    """'up' or 'down' for a verb of a change ('rose', 'fell') or of movement with a direction ('inched lower',
    'inched up'); with `transitive`, also for a verb that changes its object ('extend', 'shorten'); None for any other
    verb."""
    lex = lexicon()
    for way in ("up", "down"):
        if verb.lemma_.lower() in lex["direction_of_change"][way]:
            return way
        if transitive and verb.lemma_.lower() in lex["transitive_direction_of_change"][way]:
            return way
    for c in verb.children:
        if c.dep_ in ("advmod", "prt", "acomp", "advcl") and c.lower_ in lex["direction_adverbs"]["up"]:
            return "up"
        if c.dep_ in ("advmod", "prt", "acomp", "advcl") and c.lower_ in lex["direction_adverbs"]["down"]:
            return "down"
    return None


def common_word(word: str) -> bool:
    """WordNet knows the word, or its singular, as a verb or as the noun of a verb ('ships', 'sailings', 'closures'):
    an ordinary English word, whatever its capital letter."""
    w = word.lower()
    forms = {w, w[:-1] if w.endswith("s") else w, w[:-2] if w.endswith("es") else w}
    net = _wordnet()
    return any(f in net["verbs"] or f in net["noun_verbs"] for f in forms)


_NEGATING_PREFIXES = ("non-", "non", "un", "in", "im", "il", "ir", "dis")


def negative_form(word: str, lemma: str) -> bool:
    """`word` is `lemma` made negative by a prefix, as a participle or an adjective of what can be done ('unused' /
    'use', 'irreplaceable' / 'replace', 'unpaid' / 'paid'): what 'not' with the lemma says."""
    w, base = word.lower(), lemma.lower()
    stem = base[:-1] if base.endswith("e") else base
    forms = {base, base + "d", base + "ed", stem + "ed", base + "able", stem + "able", stem + "ible"}
    return any(w.startswith(p) and len(w) > len(p) + 2 and w[len(p) :] in forms for p in _NEGATING_PREFIXES)


@lru_cache(maxsize=1)
def _outcome_classes() -> dict[str, frozenset[tuple[str, int]]]:
    """Each verb of lexicon `event_alternatives` with the (kind, class) pairs it names."""
    out: dict[str, set[tuple[str, int]]] = {}
    for kind, classes in lexicon()["event_alternatives"].items():
        for n, verbs in enumerate(classes):
            for verb in verbs:
                out.setdefault(verb, set()).add((kind, n))
    return {verb: frozenset(kinds) for verb, kinds in out.items()}


def one_outcome_class(a: str, b: str) -> bool:
    """Two verbs (lemmas, a particle after a space) of one class of lexicon `event_alternatives` ('injure' / 'hurt',
    'cull' / 'slaughter'): one outcome of one kind of event."""
    table = _outcome_classes()
    return bool(table.get(a, frozenset()) & table.get(b, frozenset()))
