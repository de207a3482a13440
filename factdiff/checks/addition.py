"""Addition: candidate clauses, phrases and sentences that state what the reference does not contain.

The omission check's units turned around: each candidate sentence and subtree of its parse (a relative, adverbial or
participial clause, a conjunct, an apposition, a prepositional phrase) is looked for in the whole reference, word by
word and fact by fact. A unit is added when most of its content, and at least two of its ordinary words, are found
nowhere in the reference, and no phrase of the aligned reference sentences says the same with other words (MiniLM).
Numbers, dates and names on their own are left to their own checks, which compare them with the aligned values.

A candidate sentence with names or numbers that aligns with no reference sentence is added as a whole (major).

Severity: major when the added material states a fact: a number, a date, a name, a superlative or comparison, or a
clause of its own (three or more unsupported content words around a verb); otherwise minor.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Token

from factdiff.analyse.claims import word_lists
from factdiff.analyse.dates import period_parts
from factdiff.analyse.entities import supported
from factdiff.analyse.knowledge import fold, lexicon
from factdiff.analyse.lexical import one_outcome_class, synonym
from factdiff.analyse.quantities import parse_number, parse_ordinal
from factdiff.checks.base import Context
from factdiff.checks.numbers import baseline, multiple_of_own, others_of_rank
from factdiff.checks.omission import RESTATED, REWORDED, Direction, Unit, analyse_units, encode, measure_rewording, qualifier_class
from factdiff.model import Finding, FindingType, Severity

NAME = "addition"
MIN_WORDS = 2  # unsupported ordinary words a unit needs: one word ('IPO', 'polls') is more often a synonym
# unsupported words and facts a phrase without a verb of its own needs: a reworded phrase often brings two new words
# (an idiom and a synonym: 'in time for the ... polls'), a phrase that adds a fact brings more
MIN_PHRASE_ITEMS = 3
CLAUSE_WORDS = 3  # unsupported content words that make an added clause a statement of its own
# an added unit this close (cosine) to a reference unit that the candidate lacks, in the aligned sentences, replaces it;
# on the development set, true additions have no such unit there or an unrelated one (0.3 at most)
REPLACES = 0.4
SUMMARY_REPLACES = 0.6  # for a whole reference sentence that a summary leaves out
CLAUSE_KINDS = frozenset({"sentence", "relcl", "advcl", "acl", "conj", "appos"})


def _words_missing(u: Unit) -> list[str]:
    return [w for w in u.missing if w not in u.facts_missing]


def _severity(ctx: Context, u: Unit) -> Severity:
    if u.facts_missing:
        return Severity.MAJOR
    if u.qualifiers_missing:
        return Severity.MINOR if _rank_said_there(ctx, u) else Severity.MAJOR
    span = ctx.candidate.doc.char_span(u.start, u.end, alignment_mode="expand")
    # (not a time counted back or on, 'five years earlier', which the dates check weighs)
    if span is not None and any(t.tag_ in ("JJR", "RBR") and t.text in u.missing and t.lower_ not in ("earlier", "later") for t in span):
        return Severity.MAJOR  # a comparison: 'higher than', 'fewer than half'
    if span is not None and any(
        t.lemma_.lower() in lexicon()["multiplier_lemmas"] and not _in_reference(ctx, t) and not _multiple_given(ctx, t) for t in span
    ):
        return Severity.MAJOR  # a multiple of another figure: 'double last year's', 'twice the figure of'
    if _figure_of_reference(ctx, u) or _figures_all_given(ctx, u):
        return Severity.MINOR  # 'ending the printed edition in a move expected to save £2,300' / 'saving £2,300': said otherwise
    if u.kind in CLAUSE_KINDS and _has_verb(ctx, u) and len(_words_missing(u)) >= CLAUSE_WORDS:
        return Severity.MAJOR
    return Severity.MINOR


def _multiple_given(ctx: Context, tok: Token) -> bool:
    """The multiple is of a figure the sentence gives before it and comes to a figure of the reference ('rejected a 3.5%
    offer and want double that' / 'is seeking 7 per cent')."""
    mine = [q for q in ctx.candidate.quantities if q.start <= tok.idx < q.end]
    return any(multiple_of_own(ctx, q, ctx.reference.quantities) for q in mine)


def _figure_of_reference(ctx: Context, u: Unit) -> bool:
    """The words hold a figure the reference states (the same amount) said of the same word ('expected to save £2,300'
    / 'saving £2,300'): a fact of the reference told in other words. Not a figure with something new said of it
    ('which drew 40 riders and a record crowd' / '40 riders took part')."""

    def said_of(doc, x) -> str | None:
        span = doc.doc.char_span(x.start, x.end, alignment_mode="expand")
        if span is None:
            return None
        word = span.root.head if span.root.dep_ in ("nummod", "quantmod") else span.root
        return word.head.lemma_.lower() if word.dep_ in ("dobj", "pobj", "attr", "npadvmod") else None

    def counted(doc, x) -> tuple[str, str] | None:  # the noun the figure counts and the deed done to it
        span = doc.doc.char_span(x.start, x.end, alignment_mode="expand")
        if span is None or span.root.dep_ != "nummod":
            return None
        noun = span.root.head
        verb = next((a for a in noun.ancestors if a.pos_ == "VERB"), None)
        return (noun.lemma_.lower(), verb.lemma_.lower()) if verb is not None else None

    def nothing_else(x) -> bool:  # no doer and no time of the deed's own: 'wild dogs killed', 'the day before'
        span = ctx.candidate.doc.char_span(x.start, x.end, alignment_mode="expand")
        verb = next((a for a in span.root.ancestors if a.pos_ == "VERB"), None) if span is not None else None
        if verb is None:
            return False
        doers = [k for c in verb.children if c.dep_ in ("nsubj", "agent") for k in c.subtree if k.pos_ in ("NOUN", "PROPN")]
        timed = any(k.ent_type_ in ("DATE", "TIME") for k in verb.subtree if not (span.start <= k.i < span.end))
        return not doers and not timed

    for q in ctx.candidate.quantities:
        if not (u.start <= q.start and q.end <= u.end):
            continue
        mine = said_of(ctx.candidate, q)
        if mine and any(q.states_same_amount(r) and said_of(ctx.reference, r) == mine for r in ctx.reference.quantities):
            return True
        # (or the same things counted, with the same deed done to them in a word of its class: 'the farm's entire flock
        # of 18,000 birds would be slaughtered' / 'all 18,000 birds on the site will be culled'; lexicon
        # `event_alternatives`)
        things = counted(ctx.candidate, q) if nothing_else(q) else None
        if things and any(q.states_same_amount(r) and _one_deed(things, counted(ctx.reference, r)) for r in ctx.reference.quantities):
            return True
        # the figure something is compared against on both sides ('compared with 19,000 five years earlier' / 'down from
        # 19,000 in 2019')
        if baseline(ctx.candidate.doc, q) and any(
            q.states_same_amount(r) and baseline(ctx.reference.doc, r) for r in ctx.reference.quantities
        ):
            return True
    return False


def _one_deed(mine: tuple[str, str], theirs: tuple[str, str] | None) -> bool:
    """The same noun, and the same verb or two of one class of lexicon `event_alternatives` ('slaughter' / 'cull')."""
    if theirs is None or mine[0] != theirs[0]:
        return False
    a, b = mine[1], theirs[1]
    return a == b or one_outcome_class(a, b)


def _figures_all_given(ctx: Context, u: Unit) -> bool:
    """A whole sentence whose figures, two or more, are all the reference's ('The measure passed 31-12 following a debate
    lasting two hours and is forecast to bring in roughly £3.4m annually' / 'by 31 votes to 12 after a two-hour debate
    ... expected to raise about £3.4 million a year'): the reference's facts told in other words. A clause too, where
    its figures and dates, two or more, are all the reference's ('the festival, which got under way on Friday and runs
    for three days' / 'the three-day festival opened on Friday')."""
    inside = [q for q in ctx.candidate.quantities if u.start <= q.start and q.end <= u.end]
    given = all(any(q.states_same_amount(r) for r in ctx.reference.quantities) for q in inside)
    if u.kind == "sentence":
        return len(inside) >= 2 and given
    if u.kind not in CLAUSE_KINDS or u.names_missing:
        return False
    dates = [d for d in ctx.candidate.dates if u.start <= d.start and d.end <= u.end and d.low is not None]
    dates = [d for d in dates if not any(q.start < d.end and d.start < q.end for q in inside)]
    return len(inside) + len(dates) >= 2 and given and all(any(d.comparable(r) and d.agrees(r) for r in ctx.reference.dates) for d in dates)


def _in_reference(ctx: Context, tok: Token) -> bool:
    lemmas = ctx.cache("reference_lemmas", lambda: {t.lemma_.lower() for t in ctx.reference.doc})
    return tok.lemma_.lower() in lemmas


def _has_verb(ctx: Context, u: Unit) -> bool:
    span = ctx.candidate.doc.char_span(u.start, u.end, alignment_mode="expand")
    return span is not None and any(t.pos_ in ("VERB", "AUX") and t.text in u.missing for t in span)


def _enough(ctx: Context, u: Unit) -> bool:
    if len(_words_missing(u)) < MIN_WORDS:
        return _ranked(ctx, u)  # 'the first of its kind in the district': a ranking is a claim in few new words
    return len(u.missing) >= MIN_PHRASE_ITEMS or _has_verb(ctx, u) or _ranked(ctx, u) or _cause(ctx, u)


_CAUSE = re.compile(r"^\W*(?:because\s+of|due\s+to|owing\s+to|thanks\s+to|as\s+a\s+result\s+of)\s", re.IGNORECASE)


def _cause(ctx: Context, u: Unit) -> bool:
    """A phrase that gives a cause ('because of climate change', 'due to staff shortages'): a claim of why, in few words,
    where all its words are new (a cause the reference gives in other words is found said another way)."""
    return u.kind == "prep" and bool(_CAUSE.match(ctx.candidate.text[u.start : u.end])) and u.missing_share >= 0.99


_PROMPTED = re.compile(r"^\W*(?:prompted|triggered|sparked|caused|driven|fuelled|fueled)\s+by\s", re.IGNORECASE)
CAUSE_REWORDED = 0.75  # a cause, told by a participle, is the reference's in other words only from this cosine


def _cause_of_its_own(ctx: Context, u: Unit) -> bool:
    """A participle that gives what brought something about ('a review, prompted by a rise in patient complaints'),
    where the aligned reference sentences give no cause, with a noun the reference has nowhere: a claim of why, which a
    phrase of the same subject ('patient feedback') does not say another way."""
    if u.kind != "acl" or not _PROMPTED.match(ctx.candidate.text[u.start : u.end]) or u.reworded >= CAUSE_REWORDED:
        return False
    span = ctx.candidate.doc.char_span(u.start, u.end, alignment_mode="expand")
    new_nouns = span is not None and any(t.pos_ == "NOUN" and t.text in u.missing for t in span)
    causes = lexicon()["cause_markers"]
    aligned = [ctx.reference.sentences[s].text.lower() for s in ctx.refs_for(u.sent)]
    return new_nouns and not any(re.search(rf"\b{re.escape(w)}\b", s) for w in causes for s in aligned)


_SUPPOSING = frozenset({"believe", "think", "suspect", "understand", "fear", "rumour", "rumor"})


def _supposition_of_its_own(ctx: Context, u: Unit) -> bool:
    """A statement passed on as supposed ('The outbreak is believed to have been introduced by a shipment of imported
    fish'), with a noun the reference has nowhere, where the aligned reference sentences suppose nothing: a claim of its
    own, however near in topic the sentence it stands beside."""
    if u.kind not in ("sentence", "conj", "relcl", "advcl"):
        return False
    span = ctx.candidate.doc.char_span(u.start, u.end, alignment_mode="expand")
    if span is None:
        return False
    supposed = any(
        t.lemma_.lower() in _SUPPOSING and t.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in t.children) and t.text in u.missing
        for t in span
    )
    new_nouns = any(t.pos_ == "NOUN" and t.text in u.missing for t in span)
    belief = word_lists()["belief"] | _SUPPOSING  # (not a verb of saying: the reference's 'said' passes no supposition on)
    aligned = [
        t
        for s in ctx.refs_for(u.sent)
        for t in ctx.reference.doc[ctx.reference.sentences[s].token_start : ctx.reference.sentences[s].token_end]
    ]
    return supposed and new_nouns and not any(t.lemma_.lower() in belief for t in aligned)


def _ranked(ctx: Context, u: Unit) -> bool:
    """A superlative or an order with the field it ranks in ('the deepest in the region', 'the first of its kind in
    the country'), where the aligned reference sentences rank nothing and the reference has no superlative or record
    anywhere: a claim of its own, however short."""
    span = ctx.candidate.doc.char_span(u.start, u.end, alignment_mode="expand")
    if span is None or u.kind not in ("appos", "prep", "acl", "relcl", "npadvmod") or not u.qualifiers_missing:
        return False
    # 'the deepest', 'its largest', 'the biggest fleet'; not 'most of the money', a share
    ranks = [
        t
        for t in span
        if qualifier_class(t) in ("superlative", "ordinal")
        and t.text in u.qualifiers_missing
        and (t.dep_ == "amod" or any(c.dep_ in ("det", "poss") for c in t.children))
    ]
    field = [t for t in span if t.dep_ == "prep" and t.lower_ in ("in", "of", "outside", "since", "on") and any(r.i < t.i for r in ranks)]
    if not ranks or not field:
        return False
    refs = ctx.refs_for(u.sent)
    ranked_there = any(
        qualifier_class(t) in ("superlative", "ordinal") or t.lemma_.lower() == "record"
        for n in refs
        for t in ctx.reference.doc[ctx.reference.sentences[n].token_start : ctx.reference.sentences[n].token_end]
    )
    # nor a superlative or a record anywhere in the reference ('It is the highest number since monitoring began', the
    # sentence after the one a summary joins it to)
    words = set(lexicon()["ranking_words"])
    ranked_anywhere = any(_ranking(t) or t.lemma_.lower() in words or t.lower_ in words for t in ctx.reference.doc)
    return not ranked_there and not ranked_anywhere


def _rank_said_there(ctx: Context, u: Unit) -> bool:
    """The unit's only new qualifiers are superlatives, and the aligned reference sentences rank too, by a superlative or
    a record ('the biggest crowd it has drawn' / 'a record for the event'): the rank said another way."""
    span = ctx.candidate.doc.char_span(u.start, u.end, alignment_mode="expand")
    if span is None or not all(t.tag_ in ("JJS", "RBS") for t in span if t.text in u.qualifiers_missing):
        return False
    return any(
        _ranking(t) or t.lemma_.lower() == "record"
        for n in ctx.refs_for(u.sent)
        for t in ctx.reference.doc[ctx.reference.sentences[n].token_start : ctx.reference.sentences[n].token_end]
    )


def _ranking(t: Token) -> bool:
    """A superlative that ranks ('the worst', 'the most successful'), not one of amount ('most of the harvest') nor
    part of a word ('best-before dates')."""
    hyphened = t.i + 1 < len(t.doc) and t.doc[t.i + 1].text in ("-", "\u2010", "\u2011")
    return t.tag_ in ("JJS", "RBS") and not _share(t) and not hyphened


def _ordinal(t: Token) -> bool:
    """An order ('the first such scheme', 'its second recall'), not a fraction ('a third of the oysters', 'a
    one-fifth drop') nor one more ('a second line')."""
    fraction = t.i > 0 and (t.doc[t.i - 1].text in ("-", "\u2010", "\u2011") or t.doc[t.i - 1].like_num)
    if t.i > 0 and t.doc[t.i - 1].lower_ in ("a", "an"):
        return False  # 'a second drying line': another, not an order
    return t.is_alpha and t.pos_ == "ADJ" and not fraction and parse_ordinal(t.lower_) is not None and parse_number(t.lower_) is None


# an order among periods is a date, not a ranking ('in the first week of May')
_PERIODS = frozenset({"week", "fortnight", "month", "year", "day", "half", "quarter", "hour", "minute", "round", "leg", "stage", "phase"})


def _earlier_mark(ctx: Context, t: Token) -> bool:
    """A superlative that is itself the noun, said to be an earlier one ('the previous best', 'the old best'): a mark
    set before, which the reference gives where it says the same of a noun of its own ('the previous mark', 'the
    previous record') or speaks of a record at all."""
    if t.tag_ not in ("JJS", "RBS") or t.dep_ in ("amod", "advmod"):
        return False
    earlier = {fold(c.lemma_) for c in t.children if c.dep_ == "amod"} & {"previous", "former", "old", "earlier", "prior"}
    if not earlier:
        return False
    marks = {"record", "mark", "best", "high", "benchmark", "time"}
    said = {fold(x.lemma_) for x in ctx.reference.doc if x.dep_ == "amod" and fold(x.head.lemma_) in marks}
    return bool(earlier & said) or any(fold(x.lemma_) == "record" for x in ctx.reference.doc)


def _ranking_claims(ctx: Context) -> Iterator[tuple[int, int]]:
    """(start, end) of each ranking with the field it ranks in ('the worst such outbreak in a decade', 'the first of its
    kind in the district', 'its best season since it was founded') in a candidate sentence whose aligned reference
    sentences rank nothing (no superlative, order or word of record): a claim the reference does not make."""
    words = set(lexicon()["ranking_words"]) | set(lexicon()["first_words"])
    doc = ctx.candidate.doc
    ranks = [t for t in ctx.reference.doc if _ranks_loosely(t) or (t.lemma_.lower() in words and not _post_or_path(t))]
    # (a place in a series told by a noun's modifier: 'the opening night' / 'the first night')
    order = set(lexicon()["order_modifiers"])
    ranks += [t for t in ctx.reference.doc if t.lower_ in order and t.dep_ in ("amod", "compound") and t not in ranks]
    # (an order is no superlative: 'the first shipments' near by does not rank the importer 'the largest')
    orders = [t for t in ranks if t.lemma_.lower() in lexicon()["first_words"] or (_ordinal(t) and t.tag_ not in ("JJS", "RBS"))]
    orders += [t for t in ranks if t.lower_ in order and t not in orders]
    for s in ctx.candidate.sentences:
        # the reference ranks something in a sentence near the aligned ones ('It is the first increase since 2017', a
        # sentence the summary joins to another), or ranks this thing or by this word anywhere: the ranking may be that one
        # (a sentence aligned with none, one the candidate adds: against every sentence of the reference)
        near = {n + k for n in ctx.refs_for(s.index) for k in (-1, 0, 1)} or set(range(len(ctx.reference.sentences)))
        near_ranks = [t for t in ranks if ctx.reference.sentence_at(t.idx) in near]
        for t in doc[s.token_start : s.token_end]:
            if not (_ranking(t) or (_ordinal(t) and t.ent_type_ != "DATE")):
                continue
            superlative = t.tag_ in ("JJS", "RBS")
            # (a ranking of the reference's that this sentence gives by its own word is accounted for: 'the longest in
            # the region and the worst on record' / 'the longest of any hospital in the region' leaves 'the worst' new)
            own = {x.lemma_.lower() for x in doc[s.token_start : s.token_end] if x.i != t.i and _ranking(x) and x.lemma_ != t.lemma_}
            if any(not (superlative and r in orders) for r in near_ranks if r.lemma_.lower() not in own):
                continue
            if t.i + 2 < len(doc) and doc[t.i + 1].lower_ == "part" and doc[t.i + 2].lower_ == "of":
                continue  # 'the best part of a year': most of it
            if _earlier_mark(ctx, t):
                continue  # 'beat the previous best of 98.1km' / 'beat the previous mark of 98.1 kilometres'
            head = t.head if t.dep_ == "amod" else t
            if head.lemma_.lower() in _PERIODS or head.pos_ not in ("NOUN", "ADJ", "PROPN"):
                continue
            said = {t.lemma_.lower(), head.lemma_.lower()}
            # (an order is no superlative there either: 'the opening night' / 'the biggest night')
            if any(
                (r.lemma_.lower() in said or r.head.lemma_.lower() == head.lemma_.lower()) and not (superlative and r.lower_ in order)
                for r in ranks
            ):
                continue
            phrase = list(head.subtree)
            # the field: 'such', 'ever', 'since ...', 'in the region', 'of its kind', 'this year'
            fields = [w for w in phrase if w.lower_ in ("such", "ever") or (w.lower_ == "since" and w.head.i in (head.i, t.i))]
            fields += [
                w
                for w in phrase
                if w.head.i in (head.i, t.i)
                and (
                    (w.dep_ == "prep" and w.lower_ in _FIELD_PREPS and any(o.dep_ in ("pobj", "pcomp") for o in w.children))
                    or (w.dep_ == "npadvmod" and any(d.lower_ in ("this", "last") for d in w.children))
                )
            ]
            # (the field as its owner: "the country's largest importer", "Europe's oldest bridge"; not 'its', 'their')
            # (for a superlative only: "the season's first auction" is its opening one, an order the reference may say
            # with 'opening')
            fields += [w for w in head.children if w.dep_ == "poss" and w.pos_ in ("NOUN", "PROPN") and w.i < t.i and superlative]
            # ('to date', 'on record'; 'the first town to take such a step': what it is the first to do)
            fields += [w for w in phrase if w.head.i == head.i and w.dep_ == "prep" and w.lower_ in ("to", "on") and _record_field(w)]
            fields += [w for w in head.children if w.dep_ in ("acl", "relcl") and any(a.lower_ == "to" for a in w.children)]
            # (or in a relative clause of its own: 'the largest award the fund has made this year', 'the worst storm the
            # island has ever had')
            fields += [w for c in head.children if c.dep_ == "relcl" for w in c.subtree if _time_field(w, c)]
            if fields:
                end = max([t, *(w.right_edge for w in fields)])
                yield head.left_edge.idx, end.idx + len(end.text)
                break


_FIELD_PREPS = frozenset({"in", "of", "since", "outside", "among"})


def _time_field(w: Token, clause: Token) -> bool:
    """A word that bounds a ranking in time within a relative clause: 'ever', 'this year', 'since 2019'."""
    if w.lower_ == "ever":
        return True
    if w.lower_ == "since" and w.head.i == clause.i:
        return True
    return w.dep_ == "npadvmod" and w.head.i == clause.i and any(d.lower_ in ("this", "last") for d in w.children)


def _record_field(prep: Token) -> bool:
    """'to date', 'on record': the field of a ranking, all that came before."""
    objects = {o.lower_ for o in prep.children if o.dep_ == "pobj"}
    return (prep.lower_ == "to" and "date" in objects) or (prep.lower_ == "on" and "record" in objects)


def _post_or_path(t: Token) -> bool:
    """'lead' that ranks nothing: a post ('lead author Dr Aramaki') or a verb of leading ('will lead the merged company',
    'led to delays'), not 'leading the national rankings'."""
    lemma = t.lemma_.lower()
    if lemma != "lead" or t.lower_ == "leading":
        return False  # ('the top two divisions', 'the leading producer' rank)
    if t.dep_ in ("amod", "compound") and t.head.pos_ == "NOUN":
        return True
    if t.pos_ == "VERB":
        return not any(o.dep_ == "dobj" and o.lemma_.lower() in _FIELDS for o in t.children)
    return False


_FIELDS = ("ranking", "table", "league", "list", "chart", "field", "market", "race", "world", "sector", "standings", "poll")


def _ranks_loosely(t: Token) -> bool:
    """A reference word that may make the ranking the candidate states: a superlative, any order ('a second recall',
    'a first for the region'), or a comparison with all others ('no river is longer than', 'older than any other')."""
    doc = t.doc
    order = t.is_alpha and parse_ordinal(t.lower_) is not None and parse_number(t.lower_) is None
    share = t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "of" and t.i > 0 and doc[t.i - 1].lower_ in ("a", "one", "two", "three")
    if _ranking(t) or (order and not share and not (t.lower_ == "second" and t.pos_ == "NOUN")):
        return True  # 'a third of the oysters' is a share, 'a second' of time no order
    if t.tag_ in ("JJR", "RBR"):
        than = [p for p in t.children if p.dep_ == "prep" and p.lower_ == "than"]
        whole = [w for p in than for w in p.subtree] + [w for w in t.head.children if w.dep_ in ("nsubj", "nsubjpass")]
        return any(w.lower_ in ("any", "every", "other", "all", "no", "none") for x in whole for w in x.subtree)
    return False


def _share(t: Token) -> bool:
    """'most of the harvest', 'at least 40': a superlative of amount that ranks nothing ('the most successful' does)."""
    following = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    after_the = t.i > 0 and t.doc[t.i - 1].lower_ == "the"
    ranked = following is not None and (following.pos_ in ("ADJ", "ADV") or (after_the and following.lower_ != "of"))
    return t.lower_ in ("most", "least", "fewest") and not ranked  # 'the most votes', 'the most successful' rank


def _replacing(ctx: Context, units: list[Unit]) -> list[bool]:
    """For each added unit, whether it stands where the aligned reference sentences have words of their own that the
    candidate lacks and that mean much the same ('lay off about 80 of its 240 employees' for 'cut about a third of
    its 240 staff'): a reworded or changed phrase, for the other checks, not an addition."""
    if not units:
        return []
    # a reference sentence that no candidate sentence renders ('Fares will not change.') may be said as a clause of the
    # candidate sentence next to its neighbour's ('..., and ticket prices will stay the same'): its words count there,
    # as do those of one the alignment found folded into that sentence
    orphans = {s.index for s in ctx.reference.sentences if not ctx.alignment.cands_for(s.index)} | ctx.alignment.merged
    # (not a reported clause read on its own for what the candidate leaves out: its sentence stands for it here)
    units_left = [
        r
        for r in analyse_units(Direction.omission(ctx))
        if r.left_out and r.kind != "ccomp" and (len(r.missing) >= 2 or _predicate_lost(ctx, r))
    ]
    # (a whole sentence left out counts where an added whole sentence stands in its place: 'Both sides said they were
    # prepared to return to the negotiating table' / 'Each side has signalled its willingness to resume talks')
    whole = {u.sent for u in units if u.kind == "sentence"}
    omitted = [r for r in units_left if r.kind != "sentence" or r.sent in orphans or any(r.sent in ctx.refs_for(w) for w in whole)]
    one_verb = {id(r) for r in omitted if len(r.missing) < 2}  # kept only as a lost predicate: the doer must be the same
    if not omitted:
        return [False] * len(units)
    vectors = encode(Direction.addition(ctx), [u.text for u in units] + [r.text for r in omitted])
    vu, vr = vectors[: len(units)], vectors[len(units) :]
    out = []
    for n, u in enumerate(units):
        refs = ctx.refs_for(u.sent)
        refs |= {r for r in orphans if r - 1 in refs or r + 1 in refs}
        rows = [
            k
            for k, r in enumerate(omitted)
            if r.sent in refs
            and (id(r) not in one_verb or _same_doer(ctx, u, r))
            and (r.kind != "sentence" or r.sent in orphans or u.kind == "sentence")
        ]
        # (a summary leaves whole sentences out as a matter of course: a clause stands for one of them where it shares a
        # word of what is said with it ('urged tax breaks for local processors' / 'called for tax incentives for local
        # processing plants') or says much the same; not where it merely speaks of the same party: 'the course has
        # agreed to cover its costs' for 'the course welcomed the scrutiny and would implement any recommendations')
        summary = ctx.mode == "summary"
        floor = [
            SUMMARY_REPLACES if summary and omitted[k].kind == "sentence" and not _says_with(ctx, u, omitted[k]) else REPLACES for k in rows
        ]
        out.append(any(float(vr[k] @ vu[n]) >= f for k, f in zip(rows, floor, strict=True)))
    return out


def _says_with(ctx: Context, u: Unit, other: Unit) -> bool:
    """A content word of the unit that is not its subject's and that the reference has is a word of `other` ('tax' in
    'urged tax breaks for local processors' / 'support local processing plants with tax incentives')."""
    span = ctx.candidate.doc.char_span(u.start, u.end, alignment_mode="expand")
    if span is None:
        return False
    subject = {t.i for s in span if s.dep_ in ("nsubj", "nsubjpass") for t in s.subtree}
    theirs = {fold(w) for w in re.findall(r"\w+", other.text.lower())}
    # (a figure counts wherever it stands: 'with as many as 65 firefighters tackling it' / '65 firefighters were there')
    said = [t for t in span if (t.i not in subject and t.is_alpha and not t.is_stop or t.like_num) and t.text not in u.missing]
    return any(fold(t.lemma_) in theirs or fold(t.lower_) in theirs for t in said)


def _still_added(ctx: Context, u: Unit, cleared: list[Unit]) -> Unit | None:
    """The unit without the words of the units inside it that were found said another way ('and ticket prices will stay
    the same' for 'Fares will not change'), if it is still added; None if not."""
    inside = [c for c in cleared if u.start <= c.start and c.end <= u.end and (c.start, c.end) != (u.start, u.end)]
    if not inside:
        return u
    explained = {w for c in inside for w in c.missing}
    missing = [w for w in u.missing if w not in explained]
    left = replace(u, missing=missing, facts_missing=[w for w in u.facts_missing if w not in explained])
    return left if left.left_out and _enough(ctx, left) else None


def _doer(doc, u: Unit) -> str | None:
    """The head word of the subject of a unit's own verb, if it has one."""
    span = doc.char_span(u.start, u.end, alignment_mode="expand")
    verbs = [t for t in span if t.pos_ in ("VERB", "AUX") and not (span.start <= t.head.i < span.end)] if span is not None else []
    for verb in verbs:
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                return c.lemma_.lower()
    return None


def _same_doer(ctx: Context, u: Unit, r: Unit) -> bool:
    """The added clause and the reference clause whose verb it may reword tell of the same doer: neither names one of
    its own ('..., and would not appeal' / '..., and announced that it would not challenge ...'), or both the same. 'and
    the company apologised' / 'and its chief executive resigned' are two events."""
    a, b = _doer(ctx.candidate.doc, u), _doer(ctx.reference.doc, r)
    return a is None or b is None or a == b or a in ("it", "they", "he", "she")


def _kin_verbs(a: str, b: str) -> bool:
    """The same verb, WordNet synonyms, two verbs of asking (lexicon `request_predicates`, `directive_predicates`) or
    two of one class of `event_alternatives`."""
    if a == b or synonym(a, b):
        return True
    lex = lexicon()
    asking = {*lex["request_predicates"], *lex["directive_predicates"]}
    return (a in asking and b in asking) or one_outcome_class(a, b)


def _deed_restated(ctx: Context, u: Unit) -> bool:
    """The unit is a clause whose own verb and subject an aligned reference sentence has in a clause of the same doer
    with a kin verb that the candidate never uses ('Police in Drummorrie are appealing for information' / '..., and
    police are asking anyone with information to come forward'): the reference's deed in other words, not a new one."""
    if u.kind not in CLAUSE_KINDS:
        return False
    span = ctx.candidate.doc.char_span(u.start, u.end, alignment_mode="expand")
    if span is None:
        return False
    verbs = [t for t in span if t.pos_ == "VERB" and not (span.start <= t.head.i < span.end)]
    cand_lemmas = {t.lemma_.lower() for t in ctx.candidate.doc}
    for verb in verbs:
        doers = {c.lemma_.lower() for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")}
        if not doers:
            continue
        for n in ctx.refs_for(u.sent):
            sentence = ctx.reference.sentences[n]
            for t in ctx.reference.doc[sentence.token_start : sentence.token_end]:
                if t.pos_ != "VERB" or t.lemma_.lower() in cand_lemmas or not _kin_verbs(t.lemma_.lower(), verb.lemma_.lower()):
                    continue
                if doers & {c.lemma_.lower() for c in t.children if c.dep_ == "nsubj"}:
                    return True
    return False


def _predicate_lost(ctx: Context, r: Unit) -> bool:
    """A reference clause whose verb is gone, though its other words may be kept: '..., and would not appeal' told as
    '..., and announced that it would not challenge the decision'."""
    if r.kind not in CLAUSE_KINDS or r.kind == "sentence":
        return False
    span = ctx.reference.doc.char_span(r.start, r.end, alignment_mode="expand")
    heads = [t for t in span if not (span.start <= t.head.i < span.end)] if span is not None else []
    # or whose adjective after a copula is gone ('said the funding was welcome but overdue' / 'said it should have come
    # sooner')
    said = [t for t in span or [] if t.pos_ == "ADJ" and (t.dep_ == "acomp" or (t.dep_ == "conj" and t.head.dep_ == "acomp"))]
    return any(t.pos_ == "VERB" and t.text in r.missing for t in heads) or any(t.text in r.missing for t in said)


def added_units(ctx: Context) -> list[Unit]:
    direction = Direction.addition(ctx)
    units = [u for u in analyse_units(direction) if u.left_out and _enough(ctx, u)]
    measure_rewording(direction, units)
    # only what is said another way in its own place takes its words out of the sentence around it: a phrase that
    # merely echoes a clause elsewhere ('attended by pupils from all four schools' / 'at four primary schools') does not
    # make the sentence it is in ('The outbreak is thought to have started at a holiday club') less added
    # a ranking the aligned reference sentences do not make is not said there in other words, however alike the phrases
    # (a ranking or a cause of its own the aligned reference sentences do not give is no rewording, however alike)
    ranked = {(u.start, u.end) for u in units if _ranked(ctx, u) or _cause_of_its_own(ctx, u) or _supposition_of_its_own(ctx, u)}
    cleared = [u for u in units if u.reworded >= REWORDED and (u.start, u.end) not in ranked]
    units = [u for u in units if (u.reworded < REWORDED and u.restated < RESTATED) or (u.start, u.end) in ranked]
    # (a deed of the same doer that an aligned reference sentence tells in another word of its kind: 'Police are
    # appealing for information' / '..., and police have asked for the public's help')
    # (with what is asked inside it: 'police are asking anyone who saw anything to come forward')
    restated = [u for u in units if _deed_restated(ctx, u) and (u.start, u.end) not in ranked]
    cleared += restated
    units = [u for u in units if not any(r.start <= u.start and u.end <= r.end for r in restated)]
    replaced = _replacing(ctx, units)
    cleared += [u for u, replacing in zip(units, replaced, strict=True) if replacing]
    units = [u for u, replacing in zip(units, replaced, strict=True) if not replacing or (u.start, u.end) in ranked]
    # the words of a clause found said another way are not added in the sentence around it either
    # (but a supposition of its own keeps its words: what is supposed is the claim, however near its phrases' topic)
    supposed = {(u.start, u.end) for u in units if _supposition_of_its_own(ctx, u)}
    units = [kept for kept in (u if (u.start, u.end) in supposed else _still_added(ctx, u, cleared) for u in units) if kept is not None]
    out: list[Unit] = []
    # of nested units, the one most made of added words: the relative clause rather than the phrase around it
    for u in sorted(units, key=lambda x: (-x.missing_share, x.start - x.end, x.start)):
        if any(o.start < u.end and u.start < o.end for o in out):
            continue
        out.append(u)
    return sorted(out, key=lambda x: x.start)


_EDGE = re.compile(r"\b(?:first|last|final|opening|closing)\s+$", re.IGNORECASE)


def _part_of_year(ctx: Context, q) -> bool:
    """'the first six months' where the reference gives 'the first half' (lexicon `period_parts`): one part of a year."""
    if q.unit not in ("month", "months") or q.is_range or not _EDGE.search(ctx.candidate.text[max(0, q.start - 12) : q.start]):
        return False
    return any(abs(12 / part.parts - q.low) < 0.01 for part in period_parts(ctx.reference.text))


def unaligned_sentences(ctx: Context) -> list[int]:
    """Candidate sentences with names or numbers that no reference sentence is close enough to align with (the
    alignment's similarity floor), one of which the reference gives nowhere: a sentence whose every name and number the
    reference gives ('It has three weeks to appeal' for 'The company has 21 days to lodge an appeal') is reworded, not
    made up. Summaries too: one that joins two reference sentences may align with neither ('It has bought
    three-fifths of the hemp it needs'); on the independent sets 1-74, counting such sentences in summaries found 2 added
    sentences and flagged 5 faithful ones (on 600 dev summary pairs it had found 3 wrong ones and no faithful one). A
    part of a year ('the first six months' for 'the first half') is the reference's."""
    facts = {m.sent for m in ctx.candidate.entities if not supported(m, ctx.reference.entities)}
    for q in ctx.candidate.quantities:
        if not any(q.states_same_amount(r) for r in ctx.reference.quantities) and not _part_of_year(ctx, q) and not others_of_rank(ctx, q):
            facts.add(q.sent)
    return [s.index for s in ctx.candidate.sentences if s.index in facts and not ctx.refs_for(s.index)]


def check(ctx: Context) -> Iterator[Finding]:
    text = ctx.candidate.text
    unaligned = unaligned_sentences(ctx)
    for i in unaligned:
        s = ctx.candidate.sentences[i]
        yield ctx.finding(
            FindingType.ADDITION,
            Severity.MAJOR,
            0.6,
            "this sentence states facts that the reference does not contain",
            (s.start, s.end),
            None,
            NAME,
        )
    for start, end in _ranking_claims(ctx):
        # a rank the reference never gives is a claim of its own ('the largest order in its history', 'the first scheme
        # of its kind'); 'the first time in six decades' may only retell a gap the reference gives another way
        gap = re.search(r"\b(?:time|since)\b", text[start:end], re.IGNORECASE)
        yield ctx.finding(
            FindingType.ADDITION,
            Severity.MINOR if gap else Severity.MAJOR,
            0.5,
            f"'{text[start:end]}' ranks what the reference does not rank",
            (start, end),
            None,
            NAME,
        )
    for u in added_units(ctx):
        if u.sent in unaligned:
            continue
        start = u.start
        while start < u.end and not text[start].isalnum():
            start += 1  # ', most of them ...'
        names = ", ".join(f"'{t}'" for t in u.missing)
        what = "this sentence" if u.kind == "sentence" else "this"
        yield ctx.finding(
            FindingType.ADDITION,
            _severity(ctx, u),
            0.6,
            f"{what} states what the reference does not contain (not in the reference: {names})",
            (start, u.end),
            None,
            NAME,
        )
