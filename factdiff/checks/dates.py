"""Dates: a date or period in the candidate that contradicts a comparable date in the aligned reference; a time of
day against another time in the aligned sentence; a numbered part of a period ('the third quarter') against another
part of the same kind; 'before X' where the reference says 'after X'. A date that the reference gives by counting from
another ('on 9 January ... eight days later') is no contradiction."""

from __future__ import annotations

import calendar
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta

from spacy.lang.en.lex_attrs import like_num
from spacy.tokens import Token

from factdiff.analyse import units
from factdiff.analyse.claims import negated
from factdiff.analyse.dates import (
    BASE_DAY,
    COUNTED_AGAINST,
    MONTHS,
    DateMention,
    clock_times,
    counted,
    counted_days,
    moved_from,
    nights,
    period_parts,
    range_ends,
)
from factdiff.analyse.document import Document
from factdiff.analyse.knowledge import lexicon
from factdiff.analyse.lexical import noun_verbs, paraphrase, synonym, verb_lemma
from factdiff.analyse.quantities import parse_number
from factdiff.checks.base import Context, tokens_before
from factdiff.model import Finding, FindingType, Severity

NAME = "dates"


def _written_in(ctx: Context, d) -> bool:
    """The date's very words are in the aligned reference sentences."""
    pattern = re.compile(rf"(?<!\w){re.escape(d.text)}(?!\w)", re.I)
    return any(pattern.search(ctx.reference.sentences[r].text) for r in ctx.refs_for(d.sent))


def _about(doc: Document, d) -> set[str]:
    """The content lemmas of the clause a date is in (its verb's words, the date's own left out): what it dates."""
    span = doc.doc.char_span(d.start, d.end, alignment_mode="expand")
    if span is None:
        return set()
    # (a 'with' clause is a clause of its own: 'polls are open from seven until ten, with the result due after two')
    verb = next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX") or (t.dep_ == "prep" and t.lower_ == "with")), span.root)
    while verb.dep_ in ("xcomp", "auxpass", "aux") and verb.head.i != verb.i:
        verb = verb.head  # 'the result has to be certified by ...': the clause, with its subject
    return {t.lemma_.lower() for t in verb.subtree if t.is_alpha and not t.is_stop and not (span.start <= t.i < span.end)}


def _same_event_elsewhere(ctx: Context, d) -> list:
    """Comparable reference dates of sentences the alignment did not give, whose clause dates the same thing as the
    candidate's (two content words in common: 'the result must be certified by 2 December' for 'the result has to be
    certified by 12 December' in a sentence merged from two)."""
    about = _about(ctx.candidate, d)
    comparable = [r for r in ctx.reference.dates if d.comparable(r)]
    # the reference's only date of its kind needs one word in common ('to send 30 members to the championships in late
    # August' / 'earning a place at the championships in late July'): there is no other date it could be, unless the
    # aligned reference sentences count one from it ('opens in June ... go on sale eight weeks before' / 'in April')
    counting = any(_COUNTED_FROM.search(ctx.reference.sentences[r].text) for r in ctx.refs_for(d.sent))
    # (so is the only one the candidate's other dates leave unsaid: 'buried in 1975 ... should have been dug up in 2010
    # ... built in 2011' / 'buried in 1975 ... supposed to be dug up in 2000 ... completed in 2011')
    unsaid = [r for r in comparable if not any(c.comparable(r) and c.agrees(r) for c in ctx.candidate.dates) and r.period == d.period]
    shared = 1 if (len(comparable) == 1 or len(unsaid) == 1 and len(comparable) > 1) and not counting else 2
    if len(comparable) > 1 and len(unsaid) == 1 and not counting:
        comparable = unsaid
    return [r for r in comparable if len(_about(ctx.reference, r) & about) >= shared]


def _lone_rival(ctx: Context, d) -> list:
    """The reference's only calendar day, where the candidate's day agrees with no date of the reference and no other
    day of the candidate is the same kind ('From 1 October, shoots ... will need a permit' where the reference's one day
    is 'the change, which applies from 1 September', in a clause of other words): the day the candidate changed."""
    if d.period != "day" or d.kind not in ("absolute", "yearless"):
        return []
    days = [r for r in ctx.reference.dates if d.comparable(r) and r.period == "day" and r.kind == d.kind]
    own = [c for c in ctx.candidate.dates if c.period == "day" and c.kind == d.kind]
    return days if len(days) == 1 and len(own) == 1 else []


# (a count, not a deictic date: 'eight weeks before', 'days later', but not 'restarted last month after she found')
_COUNTED_FROM = re.compile(
    r"(?<!\blast )(?<!\bnext )(?<!\bthis )(?<!\bthat )\b(?:days?|weeks?|fortnights?|months?|years?)\s+"
    r"(?:before|after|later|earlier|ahead|beforehand|on)\b",
    re.I,
)


def _counted_after(doc: Document, d) -> bool:
    """The date is followed at once by a count against another day ('from 1 December, a month earlier than in previous
    years'): the day named is the new one."""
    after = doc.text[d.end : d.end + 60].lstrip(" ,")
    m = COUNTED_AGAINST.search(after)
    words = after[: m.start()].split() if m is not None else ["-"]
    return len(words) <= 2 and all(like_num(w) or w.lower() in ("a", "an", "about", "some", "nearly", "almost") for w in words)


def _date_verb(doc: Document, d):
    """The verb whose event a date dates: the first verb above it; None for a date that describes a noun
    ('seventeenth-century artist') or one the parse hangs nowhere."""
    span = doc.doc.char_span(d.start, d.end, alignment_mode="expand")
    root = _of_day_part(span.root) if span is not None else None
    if root is None or root.dep_ in ("amod", "compound", "nmod", "poss"):
        return None
    if root.dep_ == "nummod" and root.head.pos_ == "NOUN" and root.head.i > root.i and root.head.ent_type_ not in ("DATE", "TIME"):
        return None  # 'the 1936 pool': the year the thing dates from, not its clause's deed (but 'the 2023 season')
    return next((t for t in root.ancestors if t.pos_ in ("VERB", "AUX")), None)


def _of_day_part(root):
    """A day before the part of it the tagger dates apart ('on Thursday morning': 'Thursday' on 'morning'): the part,
    which the verb's preposition holds; any other word itself."""
    if root.dep_ in ("compound", "nmod", "npadvmod") and root.head.ent_type_ in ("DATE", "TIME") and root.head.pos_ == "NOUN":
        return root.head
    return root


def _dates_verb(doc: Document, d) -> bool:
    """The date says when its verb's deed happened: hung on the verb itself or on a preposition of it ('closed on 2 June',
    'closed last week'), not on a noun ('their 2016 extent')."""
    span = doc.doc.char_span(d.start, d.end, alignment_mode="expand")
    if span is None:
        return False
    root = _of_day_part(span.root)
    head = root.head
    if head.pos_ == "ADP":
        head = head.head
        if head.dep_ == "pobj" and head.head.pos_ == "ADP":
            head = head.head.head  # ('closed for repairs on 2 June', the parse hanging the date on the repairs)
    return head.pos_ in ("VERB", "AUX") and head.i != root.i


def _own_clause(doc: Document, d) -> set[str]:
    """`_about` without the clauses joined to the date's own ('gave its first concert in 1959 and cut two singles'):
    what the date itself dates."""
    span = doc.doc.char_span(d.start, d.end, alignment_mode="expand")
    verb = _date_verb(doc, d)
    if span is None or verb is None:
        return set()
    # not a clause joined to it, nor one that describes a participant ('The baths, which use mud from the lake, ...')
    joined = {t.i for c in verb.children if c.dep_ in ("conj", "ccomp") for t in c.subtree}  # (and not what is said)
    joined |= {t.i for d in verb.subtree if d.i != verb.i and d.dep_ in ("relcl", "acl") for t in d.subtree}
    # (nor a participle clause with a date of its own: 'Cast by the Harlow foundry in 1788, the bell has gone unrung since
    # 2016', whose words the other date dates)
    joined |= {
        t.i
        for c in verb.children
        if c.dep_ == "advcl"
        and c.tag_ == "VBN"
        and not (c.left_edge.i <= span.start and span.end <= c.right_edge.i + 1)
        and any(x.ent_type_ == "DATE" for x in c.subtree)
        for t in c.subtree
    }
    own = {
        t.lemma_.lower()
        for t in verb.subtree
        if t.is_alpha and not t.is_stop and not (span.start <= t.i < span.end) and t.i not in joined and t.i != verb.i
    }
    if (verb.dep_ == "acl" and verb.tag_ == "VBN" or verb.dep_ == "relcl") and verb.head.pos_ == "NOUN":
        # 'The winning bond, bought in March 2011', 'a heifer he bought in June': the thing the clause describes is what
        # the date dates
        thing = verb.head
        described = [thing, *(t for t in thing.children if t.dep_ in ("amod", "compound"))]
        own |= {t.lemma_.lower() for t in described if t.is_alpha and not t.is_stop}
    return own


_COUNTED_WORDS = frozenset({"earlier", "later", "previously"})


def _counted_from(verb) -> bool:
    """The verb's own clause dates its deed by a count from another ('begun about two weeks earlier', 'not discovered
    until about two weeks later')."""
    joined = {t.i for c in verb.children if c.dep_ in ("conj", "ccomp", "advcl", "relcl") for t in c.subtree}

    # ('before' or 'after' only after a length of time: 'ten days before')
    def counted(t) -> bool:
        if t.lower_ in _COUNTED_WORDS:
            return True
        length = units.in_base_units(1, t.doc[t.i - 1].lower_) if t.i > 0 else None
        return t.lower_ in ("before", "after") and length is not None and length[1] == "[time]"

    return any(counted(t) and t.i not in joined and t.i != verb.i for t in verb.subtree)


def _deeds_swapped(ctx: Context, d, comparable: list):
    """The reference's date put on the other of two deeds its sentence tells, the one it dates by a count from it ('was
    discovered on 3 March but is thought to have begun about two weeks earlier' / 'started on 3 March and was not
    discovered until about two weeks later'): (the reference date, the candidate's verb, the reference's), or None."""
    if not _dates_verb(ctx.candidate, d):
        return None
    mine = _date_verb(ctx.candidate, d)
    for r in comparable:
        theirs = _date_verb(ctx.reference, r)
        if mine is None or theirs is None or not d.agrees(r) or not _dates_verb(ctx.reference, r):
            continue
        a, b = mine.lemma_.lower(), theirs.lemma_.lower()
        if a == b or synonym(a, b) or _counted_from(mine):
            continue
        # the reference tells the candidate's deed beside it, counted from its date; the candidate, the reference's deed
        counted_there = any(
            t.pos_ == "VERB" and t.i != theirs.i and (t.lemma_.lower() == a or synonym(t.lemma_.lower(), a)) and _counted_from(t)
            for t in theirs.sent
        )
        counted_here = any(
            t.pos_ == "VERB" and t.i != mine.i and (t.lemma_.lower() == b or synonym(t.lemma_.lower(), b)) and _counted_from(t)
            for t in mine.sent
        )
        if counted_there and counted_here:
            return r, mine, theirs
    return None


MOVED_WORDS = 3  # words the candidate's dated clause shares with the reference's clause of another date


def _moved_date(ctx: Context, d, comparable: list):
    """A date the reference gives to one event of the aligned sentences put on another ('played its first concert in
    1956 ... broke up in 1959' / 'gave their first concert in 1959'): the candidate's date agrees with a reference date
    whose clause has none of the words of the candidate's, and another reference date, which it does not agree with,
    dates a clause that shares MOVED_WORDS of them. The reference date it replaced, or None."""
    agreeing = [r for r in comparable if d.agrees(r)]
    other = [r for r in comparable if not d.agrees(r) and not d.same_day_of_year(r)]
    if not agreeing or not other:
        return None
    # one date to a clause on each side: 'seven rescues this year, against four last year' dates two counts in one
    verb = _date_verb(ctx.candidate, d)
    if verb is None or any(o.start != d.start and _date_verb(ctx.candidate, o) == verb for o in ctx.candidate.dates):
        return None
    verbs = {_date_verb(ctx.reference, r) for r in agreeing}
    other = [r for r in other if _date_verb(ctx.reference, r) is not None and _date_verb(ctx.reference, r) not in verbs]
    mine = _own_clause(ctx.candidate, d)
    if not other:
        return None
    # the candidate's date on the very deed another reference date dates, where the date it agrees with dates another
    # deed ('closed for repairs on 2 June ... announced its season on 19 August' / 'which closed on 19 August')
    deed = _deed(verb) if _dates_verb(ctx.candidate, d) else None
    same_deed = [r for r in other if _dates_verb(ctx.reference, r) and _deed(_date_verb(ctx.reference, r)) == deed]
    # (not where the date it agrees with dates the same deed in another word: 'work is to start in May ... the timetable
    # begins on 1 July' / 'work is to begin in May')
    # (nor where the date it agrees with is said of the candidate's doer and the other of another: 'work is due to start
    # on 9 June ... before the season opens in late August' / 'before the new season starts towards the end of August')
    doer = _doers(verb)
    # (of the same deed in another word: 'opens' / 'starts'; not 'approved on 3 May' / 'will begin work on 3 May')
    of_mine = doer and any(
        doer & _doers(_date_verb(ctx.reference, r)) and paraphrase(verb.lemma_.lower(), _date_verb(ctx.reference, r).lemma_.lower())
        for r in agreeing
    )
    of_mine = of_mine and not any(doer & _doers(_date_verb(ctx.reference, r)) for r in same_deed)
    # (nor where the doer is another's, whom the reference names in the clause of the date it agrees with, a deed of
    # its kind: 'The Treharne brothers, who opened their shop in 2022' / 'Bellini opened his shop in 2019, and in 2022 a
    # business run by the Treharne brothers began trading')
    named = _doers(verb, relative=True)
    of_another = (
        named
        and any(_doers(_date_verb(ctx.reference, r)) and not named & _doers(_date_verb(ctx.reference, r)) for r in same_deed)
        and any(
            named & _clause_nouns(_date_verb(ctx.reference, r))
            and paraphrase(verb.lemma_.lower(), _date_verb(ctx.reference, r).lemma_.lower())
            for r in agreeing
        )
    )
    # (nor where the date it agrees with dates a noun of the same deed: 'produces 1,200 pairs in summer, double its winter
    # output' / 'about twice what it produces in winter')
    if deed is not None and verb.dep_ not in ("ROOT", "conj") and any(_dated_noun_of(ctx.reference, r, verb) for r in agreeing):
        # (the candidate's date in the clause of the comparison, 'three times what it produces in winter', not on the
        # sentence's own verb; and unless the candidate turns the two round, the other date on the noun: 'in winter,
        # double its summer output')
        others = [
            o
            for o in ctx.candidate.dates
            if o.sent == d.sent and o.start != d.start and any(o.comparable(r) and o.agrees(r) for r in same_deed)
        ]
        if others and all(_date_verb(ctx.candidate, o) is not None for o in others):
            return None
    if deed is not None and len(same_deed) == 1 and all(_other_deed(_date_verb(ctx.reference, r), deed) for r in agreeing) and not of_mine:
        if not of_another:
            return same_deed[0]
    if any(mine & _own_clause(ctx.reference, r) for r in agreeing):
        return None
    # one deed dated for two things ('The winning heifer, bought in April 2019 ... a breeder whose bull was bought in
    # June 2022'): the thing the candidate's clause names says which date is its own
    if deed is not None and same_deed and all(_deed(_date_verb(ctx.reference, r)) == deed for r in agreeing):
        named = [r for r in same_deed if mine & _own_clause(ctx.reference, r)]
        if len(named) == 1:
            return named[0]
    best = max(other, key=lambda r: len(mine & _own_clause(ctx.reference, r)))
    return best if len(mine & _own_clause(ctx.reference, best)) >= MOVED_WORDS else None


def _doers(verb, relative: bool = False) -> set[str]:
    """The nouns of a verb's subject ('the new season starts': 'season'), its passive subject included; `relative`:
    for a relative pronoun, the noun the clause hangs on ('the brothers, who opened')."""
    if verb is None:
        return set()
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if relative and verb.dep_ == "relcl" and any(s.tag_ in ("WP", "WDT") for s in subjects):
        head = verb.head
        return {t.lemma_.lower() for t in (head, *(c for c in head.children if c.dep_ == "compound")) if t.pos_ in ("NOUN", "PROPN")}
    return {
        t.lemma_.lower()
        for s in subjects
        for t in s.subtree
        if t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("nsubj", "nsubjpass", "compound")
    }


def _clause_nouns(verb) -> set[str]:
    """The nouns and names anywhere in a verb's clause, not in a clause joined to it or said by it ('in 2022 a second
    business, run by brothers Alan and Keith Treharne, began trading', however the parse hangs the subject)."""
    if verb is None:
        return set()
    joined = {t.i for c in verb.children if c.dep_ in ("conj", "ccomp") for t in c.subtree}
    return {t.lemma_.lower() for t in verb.subtree if t.i not in joined and t.pos_ in ("NOUN", "PROPN")}


_LIGHT = ("be", "have", "do", "make", "take", "go", "get", "give", "hold")


def _dated_noun_of(doc: Document, r, verb: Token) -> bool:
    """The date modifies a noun that names the verb's deed ('its winter output', of 'produces'), with no verb of its own."""
    if _date_verb(doc, r) is not None:
        return False
    span = doc.doc.char_span(r.start, r.end, alignment_mode="expand")
    last = span[-1] if span is not None and len(span) else None
    if last is None or last.dep_ not in ("compound", "nmod", "amod") or last.head.pos_ != "NOUN":
        return False
    noun, lemma = last.head.lemma_.lower(), verb.lemma_.lower()
    return lemma in noun_verbs(noun) or paraphrase(lemma, noun)


def _other_deed(verb, deed: tuple[str, ...]) -> bool:
    """The verb names another deed than `deed`: not the same words, nor a WordNet synonym of its verb ('start' / 'begin')."""
    mine = _deed(verb)
    return mine != deed and not (mine is not None and len(mine) == len(deed) == 1 and synonym(mine[0], deed[0]))


def _deed(verb) -> tuple[str, ...] | None:
    """What a dating verb names: its lemma with its particle, and for a light verb its object too ('made his debut',
    'went on sale'); None for a verb of saying, which dates the telling, not the deed."""
    if verb is None or verb.lemma_.lower() in lexicon()["speech_predicates"]:
        return None
    words = [verb.lemma_.lower(), *(c.lower_ for c in verb.children if c.dep_ == "prt")]
    if words[0] in _LIGHT:
        objects = [c for c in verb.children if c.dep_ in ("dobj", "attr", "acomp")]
        placed = (o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj")
        objects += [o for o in placed if o.ent_type_ not in ("DATE", "TIME")]
        if not objects:
            return None
        words.append(objects[0].lemma_.lower())
    return tuple(words)


def _described_noun(doc: Document, d):
    """The noun a date describes ('the 1932 drought', "last summer's drought": 'drought'), or None."""
    span = doc.doc.char_span(d.start, d.end, alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    if root.dep_ not in ("amod", "compound", "nmod", "poss", "nummod") or root.head.pos_ != "NOUN" or span.start <= root.head.i < span.end:
        return None
    return root.head.lemma_.lower()


def _same_deed(verb, other) -> bool:
    """Two verbs of one deed: the same lemma or WordNet synonyms, neither a light verb ('bought' / 'purchased')."""
    if verb is None or other is None or verb.pos_ != "VERB" or other.pos_ != "VERB":
        return False
    a, b = verb.lemma_.lower(), other.lemma_.lower()
    return a not in _LIGHT and b not in _LIGHT and (a == b or synonym(a, b))


def _date_said_again(ctx: Context, reported: set[int]) -> Iterator[Finding]:
    """A date the candidate gives twice where the reference gives it once, the second time describing a thing that the
    aligned reference sentence dates otherwise ('the first dig since 1932 ... photographs taken during the 1932 drought'
    / 'since 1932 ... during last summer's drought'): the date of another statement put on this one."""
    for d in ctx.candidate.dates:
        if d.start in reported or d.kind != "absolute" or d.low is None:
            continue
        mine = [c for c in ctx.candidate.dates if c.kind == d.kind and c.low == d.low and c.high == d.high]
        theirs = [r for r in ctx.reference.dates if d.comparable(r) and d.agrees(r)]
        if not theirs or len(mine) <= len(theirs):
            continue
        aligned = ctx.refs_for(d.sent)
        if any(r.sent in aligned for r in theirs):
            continue
        # the rival dates the same noun ('the 1932 drought' / "last summer's drought") or the same deed ('bought the
        # lighthouse in 1994' / 'bought the lighthouse last year')
        noun, verb = _described_noun(ctx.candidate, d), _date_verb(ctx.candidate, d)
        rival = next(
            (
                r
                for r in ctx.reference.dates
                if r.sent in aligned
                and (
                    (noun and _described_noun(ctx.reference, r) == noun)
                    or (verb is not None and _same_deed(_date_verb(ctx.reference, r), verb))
                )
            ),
            None,
        )
        if rival is None:
            continue
        reported.add(d.start)
        yield ctx.finding(
            FindingType.DATE,
            Severity.MAJOR,
            0.7,
            f"'{d.text}' where the reference has '{rival.text}': the reference gives '{theirs[0].text}' for another statement",
            (d.start, d.end),
            (rival.start, rival.end),
            NAME,
        )


def _figures_of(doc: Document, d) -> set[str]:
    """The figures in digits of the clause a date dates ('approved by 31 votes to 14 on Thursday': '31', '14'), not the
    date's own."""
    verb = _date_verb(doc, d)
    if verb is None:
        return set()
    return {
        t.text
        for t in verb.subtree
        if any(ch.isdigit() for ch in t.text) and not (d.start <= t.idx < d.end) and t.ent_type_ not in ("DATE", "TIME")
    }


def _same_deed_below(verb, other) -> bool:
    """`_same_deed`, of the verb or of the deed it takes ('voted to accept the offer' / 'accepted the offer')."""
    return verb is not None and any(_same_deed(v, other) for v in (verb, *(c for c in verb.children if c.dep_ == "xcomp")))


def _on_the_subject(doc: Document, d) -> bool:
    """A date the parse hangs on its verb's subject ('The assembly on 1 May approved a ban'): it dates the verb."""
    span = doc.doc.char_span(d.start, d.end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root.head
    return head.pos_ == "ADP" and head.head.dep_ in ("nsubj", "nsubjpass") and head.head.head.pos_ == "VERB"


def _day_put_on_weekday_deed(ctx: Context, reported: set[int]) -> Iterator[Finding]:
    """A day of the calendar the reference gives to one deed ('will pay the tax from 1 July') put on another deed that the
    aligned reference sentence dates by its weekday ('approved the levy by 31 votes to 14 on Thursday' / 'voted 31 to 14
    on 1 July'): the same deed by its verb or by the figures of its clause. A weekday and a calendar day cannot be
    compared, but the reference has the calendar day for something else."""
    for d in ctx.candidate.dates:
        if d.start in reported or d.kind not in ("absolute", "yearless", "year_named") or d.period != "day":
            continue
        verb = _date_verb(ctx.candidate, d)
        deed = _deed(verb) if _dates_verb(ctx.candidate, d) or _on_the_subject(ctx.candidate, d) else None
        if deed is None:
            continue
        agreeing = [r for r in ctx.reference.dates if (d.comparable(r) and d.agrees(r)) or d.same_day_of_year(r)]
        if not agreeing or not all(_dates_verb(ctx.reference, r) for r in agreeing):
            continue
        if not all(_other_deed(_date_verb(ctx.reference, r), deed) for r in agreeing):
            continue  # the reference gives that day to this deed too
        figures = _figures_of(ctx.candidate, d)
        aligned = ctx.refs_for(d.sent)
        rivals = [
            w
            for w in ctx.reference.dates
            if w.sent in aligned
            and w.kind == "deictic"
            and w.period == "day"
            and not w.from_now
            and not d.comparable(w)
            and _dates_verb(ctx.reference, w)
            and _deed(_date_verb(ctx.reference, w)) is not None  # (not a verb of saying, which dates the telling)
            and (_same_deed_below(_date_verb(ctx.reference, w), verb) or len(figures & _figures_of(ctx.reference, w)) >= 2)
        ]
        if len(rivals) != 1 or any(_date_verb(ctx.reference, r) == _date_verb(ctx.reference, rivals[0]) for r in agreeing):
            continue
        if any(c.sent == d.sent and c.text.lower() == rivals[0].text.lower() for c in ctx.candidate.dates):
            continue  # the candidate's sentence keeps the weekday too ('voted on Thursday for a levy from 1 July')
        reported.add(d.start)
        yield ctx.replaced(FindingType.DATE, Severity.MAJOR, 0.7, d, rivals[0], NAME)


def _calendar_name(tok) -> str | None:
    """The weekday or month a word names, in the singular ('Sundays' -> 'sunday'), or None."""
    word = tok.lower_
    month = tok.text[:1].isupper() and tok.tag_ != "MD"  # (not the modal 'may' nor the verb 'march')
    for w in (word, word[:-1] if word.endswith("s") else word):
        if w in _DAY_INDEX or (month and w.capitalize() in MONTHS):
            return w
    return None


def _moves(doc: Document) -> list[tuple[str, str, int, int, int]]:
    """The weekdays or months a thing is moved between: (from, to, sentence, start, end) for 'will move from Saturday
    to Sunday', 'postponed from May to July', 'pushed back to July from May', 'on Sundays instead of Saturdays'."""
    out = []
    toks = doc.doc
    for tok in toks:
        nxt = toks[tok.i + 1] if tok.i + 1 < len(toks) else None
        old = _calendar_name(nxt) if nxt is not None else None
        if old is None:
            continue
        if tok.lower_ == "from" and moved_from(toks, tok.i + 1):
            # 'from Saturday to Sunday afternoons', or 'to July from May'
            after = next((t for t in toks[tok.i + 2 : tok.i + 5] if t.lower_ in ("to", "until")), None)
            new = toks[after.i + 1] if after is not None and after.i + 1 < len(toks) else None
            before = toks[tok.i - 1] if tok.i >= 2 and toks[tok.i - 2].lower_ == "to" else None
            new = new if new is not None and _calendar_name(new) else before
            if new is not None and _calendar_name(new):
                first, last = min(tok.i, new.i), max(nxt.i, new.i)
                out.append((old, _calendar_name(new), doc.sentence_at(tok.idx), toks[first].idx, toks[last].idx + len(toks[last].text)))
        elif tok.lower_ in ("of", "than") and tok.i >= 2 and toks[tok.i - 1].lower_ in ("instead", "rather"):
            # 'on Sunday afternoons instead of Saturdays': the first weekday or month before it is the new one
            new = next((t for t in reversed(toks[max(0, tok.i - 6) : tok.i - 1]) if _calendar_name(t)), None)
            if new is not None:
                out.append((old, _calendar_name(new), doc.sentence_at(tok.idx), new.idx, nxt.idx + len(nxt.text)))
    return out


def _move_reversed(ctx: Context, reported: set[int]) -> Iterator[Finding]:
    """A move between two weekdays or months told the other way round ('will move from Saturday to Sunday' / 'will be
    played on Saturdays instead of Sundays')."""
    theirs = _moves(ctx.reference)
    if not theirs:
        return
    for old, new, sent, start, end in _moves(ctx.candidate):
        rival = next((r for r in theirs if r[2] in ctx.refs_for(sent) and (r[0], r[1]) == (new, old)), None)
        if rival is None or start in reported:
            continue
        reported.add(start)
        yield ctx.finding(
            FindingType.DATE,
            Severity.MAJOR,
            0.8,
            f"the candidate moves it from {old.capitalize()} to {new.capitalize()}; the reference from "
            f"{rival[0].capitalize()} to {rival[1].capitalize()}",
            (start, end),
            (rival[3], rival[4]),
            NAME,
        )


_PLAN_WORDS = frozenset(
    {
        "plan",
        "schedule",
        "expect",
        "intend",
        "anticipate",
        "forecast",
        "predict",
        "estimate",
        "due",
        "envisage",
        "propose",
        "project",
        "target",
    }
)
_USUAL_WORDS = frozenset({"usual", "normal", "normally", "usually", "typical", "typically", "average", "customary", "ordinary"})
_AGO = re.compile(r"\bago$", re.IGNORECASE)
_SINCE_AFTER = re.compile(r"^\s+(?:after|since|on\s+from)\b", re.IGNORECASE)


def _same_length_after(ctx: Context, d, after: re.Pattern[str]) -> tuple | None:
    """For an 'N years ago', a quantity of the aligned reference sentences with the same length, followed by words
    `after` matches: (that quantity, the match), or None."""
    if not _AGO.search(d.text):
        return None
    mine = [q for q in ctx.candidate.quantities if d.start <= q.start and q.end <= d.end]
    sents = ctx.refs_for(d.sent)
    for r in ctx.reference.quantities:
        words = after.match(ctx.reference.text[r.end :])
        if r.sent in sents and words and any(q.states_same_amount(r) for q in mine):
            return r, words
    return None


def _ago_as_length(ctx: Context, d) -> bool:
    """'N years ago', where the aligned reference sentences give the same length of time since or after a deed ('three
    years after becoming the first hospital to buy it', 'two months since it opened'): the same time, counted back from
    now."""
    return _same_length_after(ctx, d, _SINCE_AFTER) is not None


_BEFORE_EVENT = re.compile(r"^\s+before\s+(?:the|its|his|her|their)\s+\w+", re.IGNORECASE)


def _ago_against_before(ctx: Context, reported: set[int]) -> Iterator[Finding]:
    """'N years ago' where the aligned reference sentences count the same length back from an event ('a year before the
    fire'): counted from now, not from the event."""
    for d in ctx.candidate.dates:
        found = _same_length_after(ctx, d, _BEFORE_EVENT) if d.start not in reported else None
        if found is None:
            continue
        r, before = found
        reported.add(d.start)
        yield ctx.finding(
            FindingType.DATE,
            Severity.MAJOR,
            0.6,
            f"'{d.text}' where the reference gives '{r.text}{before.group(0)}': counted from now, not from that event",
            (d.start, d.end),
            (r.start, r.end + before.end()),
            NAME,
        )


def check(ctx: Context) -> Iterator[Finding]:
    reported: set[int] = set()
    yield from _ago_against_before(ctx, reported)
    yield from _move_reversed(ctx, reported)
    yield from _date_said_again(ctx, reported)
    yield from _day_put_on_weekday_deed(ctx, reported)
    for d in ctx.candidate.dates:
        if d.kind is None or d.start in reported:
            continue
        if _day_counted_on(ctx, d):
            continue  # 'set off on Saturday and crossed the line a day later' / 'finished on Sunday'
        refs = ctx.reference.in_sentences(ctx.reference.dates, ctx.refs_for(d.sent))
        if d.kind == "deictic" and d.period == "day" and any(r.from_now != d.from_now and r.period == "day" for r in refs):
            # 'said on Thursday' where the reference has 'said today': which day that was is not known here, once the
            # reference's weekdays are matched by the candidate's other dates ('will reopen on Friday')
            others = [o for o in ctx.candidate.dates if o.sent == d.sent and o.start != d.start]
            if all(any(o.comparable(r) and o.agrees(r) for o in others) for r in refs if d.comparable(r)):
                continue
        comparable = [r for r in refs if d.comparable(r)]
        if not comparable and not any(d.comparable(r) and d.agrees(r) for r in ctx.reference.dates):
            comparable = _same_event_elsewhere(ctx, d) or _lone_rival(ctx, d)
        moved = _moved_date(ctx, d, comparable)
        if moved is not None:
            reported.add(d.start)
            yield ctx.replaced(FindingType.DATE, Severity.MAJOR, 0.7, d, moved, NAME)
            continue
        swapped = _deeds_swapped(ctx, d, comparable)
        if swapped is not None:
            reported.add(d.start)
            r, mine, theirs = swapped
            message = f"'{d.text}' dates '{mine.text}'; the reference gives it to '{theirs.text}' and counts the other from it"
            yield ctx.finding(FindingType.DATE, Severity.MAJOR, 0.7, message, (d.start, d.end), (r.start, r.end), NAME)
            continue
        if not comparable or any(d.agrees(r) for r in comparable) and not _agrees_only_by_taken(ctx, d, comparable):
            continue
        if any(_same_night(ctx, d, r) for r in comparable):
            continue  # 'during the night to Monday' / 'on Sunday night
        if any(d.same_day_of_year(r) for r in refs):
            continue
        # a rival another date of the candidate's sentence gives is answered there ('Last year it drew 45,000; this
        # year it will run for three nights' / 'which drew 45,000 last year, will run for three nights')
        # (not where the reference counts a day from another: 'on 3 March ... five days later' has a second day)
        others = [o for o in ctx.candidate.dates if o.sent == d.sent and o.start != d.start and o.kind is not None]
        counted_from = ctx.cache("counted_days", lambda: counted_days(ctx.reference))
        # (by a date of the same length: 'until March 2026 ... later that year' leaves the year to this one)
        if not counted_from and all(any(o.comparable(r) and o.agrees(r) and o.period == r.period for o in others) for r in comparable):
            # unless the same deed is dated in a sentence the alignment did not give ('buried in 1975, which should
            # have been dug up in 2010' / 'buried in 1975 ... The capsule was supposed to be dug up in 2000')
            if any(d.comparable(r) and d.agrees(r) for r in ctx.reference.dates):
                continue
            comparable = [r for r in _same_event_elsewhere(ctx, d) if r.sent not in ctx.refs_for(d.sent) and r.period == d.period]
            if not comparable or _moved_date(ctx, d, comparable) is not None or _deeds_swapped(ctx, d, comparable):
                continue
        if _written_in(ctx, d):
            continue  # 'Sunday' in 'from Wednesday until at least Sunday', which the tagger read as one range
        if _ago_as_length(ctx, d):
            continue  # 'the first to buy a robot three years ago' / 'three years after becoming the first to buy it'
        # stated elsewhere in the reference for a sentence the alignment missed: not a contradiction
        if any(d.comparable(r) and d.agrees(r) and r.text.lower() == d.text.lower() for r in ctx.reference.dates):
            owned = _owned_thing(ctx.candidate, d)
            unowned = owned is None or not any(_owned_thing(ctx.reference, r) == owned for r in comparable)
            if unowned and not _copied_over(ctx, d, comparable):
                continue
            # 'Monday's closing price' / 'Friday's closing price': the day of that very thing, whatever else fell on Monday
        every = [r for r in ctx.reference.dates if r.kind is None and r.text.lower() == f"{d.text.lower()}s"]
        if d.period == "day" and any(r.sent in ctx.refs_for(d.sent) for r in every):
            continue  # 'no Sunday service' / 'will not run on Sundays': the weekday the reference gives as every one
        if _same_recurring_days(ctx, d):
            continue  # 'every day except Monday' / 'Tuesday to Sunday': the same days open, told by the one left out
        # a day the candidate itself counts against another ('from 1 December, a month earlier than in previous
        # years') is the new day, not the one the reference's count leads back to
        against = _counted_after(ctx.candidate, d)
        days = counted_days(ctx.reference, plans=False) if against else ctx.cache("counted_days", lambda: counted_days(ctx.reference))
        if counted(d, days):
            continue
        reported.add(d.start)
        owned = _owned_thing(ctx.candidate, d)  # 'Monday's closing price' answers 'Friday's closing price' first
        # a year for a year, a day for a day; first a date the candidate gives nowhere ('takes effect from 1 November'
        # where the reference has '1 December' and '14 October', which the candidate keeps for the approval)
        kept = {r.start for r in comparable if any(c.comparable(r) and c.agrees(r) for c in ctx.candidate.dates)}
        alike = sorted(comparable, key=lambda r: (r.period != d.period, r.start in kept))
        rival = next((r for r in comparable if owned is not None and _owned_thing(ctx.reference, r) == owned), alike[0])
        yield ctx.replaced(FindingType.DATE, Severity.MAJOR, 0.8, d, rival, NAME)
    yield from _weekday_turned(ctx, reported)
    yield from _range_ends(ctx, reported)
    yield from _span_as_two_dates(ctx)
    yield from _resolved(ctx)
    yield from _unsupported_years(ctx)
    yield from _day_parts(ctx)
    yield from _day_part_edges(ctx)
    yield from _clock_times(ctx)
    yield from _clock_range_ends(ctx)
    yield from _clock_days(ctx)
    yield from _period_parts(ctx)
    yield from _order(ctx)
    yield from _events_swapped(ctx)
    yield from _recurring_days_differ(ctx)
    yield from _edges(ctx)
    yield from _bound_turned(ctx, reported)
    yield from _named_distance(ctx)
    yield from _weeks_of(ctx)
    yield from _relative_days(ctx)
    yield from _earliest_latest(ctx, reported)
    yield from _night_moved(ctx)
    yield from _year_against_tense(ctx, reported)


def _tense(verb) -> int:
    """+1 for a verb told as to come ('will hand over', 'is to open'), -1 for one told as done ('handed over', 'has
    opened'), 0 for any other."""
    if verb is None:
        return 0
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in ("will", "shall", "'ll") for a in auxes):
        return 1
    if any(a.lower_ in ("would", "could", "might", "may", "should", "must") for a in auxes):
        return 0
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" and a.lemma_ in ("be", "have", "do") for a in auxes):
        return -1
    return 0


def _year_against_tense(ctx: Context, reported: set[int]) -> Iterator[Finding]:
    """A month or day named for last year on one side ('handed over his workshop last January') where the other names
    it without a year for a deed still to come ('will hand over his workshop in January'), or next year's for a deed
    done: the year the tense gives the month is not the one named."""
    for c in ctx.candidate.dates:
        if c.start in reported or c.kind not in ("year_named", "yearless"):
            continue
        refs = ctx.reference.in_sentences(ctx.reference.dates, ctx.refs_for(c.sent))
        if any(r.kind == c.kind and c.comparable(r) and c.agrees(r) for r in refs):
            continue  # 'who joined the board last June, will join the cabinet in June': each date has its own match
        mine = [k for k in ctx.candidate.dates if k.sent == c.sent]
        for r in refs:
            if {c.kind, r.kind} != {"year_named", "yearless"} or not (c.comparable(r) and c.agrees(r)):
                continue
            if any(k.kind == r.kind and k.comparable(r) and k.agrees(r) for k in mine):
                continue
            named, bare = (c, r) if c.kind == "year_named" else (r, c)
            named_doc, bare_doc = (ctx.candidate, ctx.reference) if named is c else (ctx.reference, ctx.candidate)
            step = named.low.year - 2000
            if step not in (-1, 1) or _tense(_date_verb(named_doc, named)) not in (0, step):
                continue
            if _tense(_date_verb(bare_doc, bare)) != -step:
                continue
            if not _same_deed(_date_verb(ctx.candidate, c), _date_verb(ctx.reference, r)):
                continue
            reported.add(c.start)
            yield ctx.replaced(FindingType.DATE, Severity.MAJOR, 0.7, c, r, NAME)
            break


_LATER = re.compile(r"(\w+)\s+(day|week)s?\s+(?:later|after|afterwards)", re.IGNORECASE)


def _day_counted_on(ctx: Context, d) -> bool:
    """A day told as so many days or weeks after the day before it in its sentence ('set off at 9am on Saturday and
    crossed the line a day later'), which falls on a day the reference gives ('finished at 9am on Sunday'): that day,
    not one counted from now."""
    m = _LATER.fullmatch(d.text.strip())
    if m is None:
        return False
    n = 1.0 if m.group(1).lower() in ("a", "an", "one") else parse_number(m.group(1))
    anchors = [o for o in ctx.candidate.dates if o.sent == d.sent and o.end <= d.start and o.period == "day" and o.low is not None]
    if n is None or not anchors:
        return False
    anchor = anchors[-1]
    step = int(n) * (7 if m.group(2).lower() == "week" else 1)
    if anchor.kind == "deictic" and step % 7 == 0:
        return False  # (a week on from a weekday is that weekday again: nothing to tell it by)
    day = anchor.low + timedelta(days=step)
    aligned = ctx.refs_for(d.sent)
    theirs = [r for r in ctx.reference.dates if r.sent in aligned and r.period == "day" and r.low is not None and r.kind == anchor.kind]
    if anchor.kind == "deictic":
        return any(r.low.weekday() == day.weekday() != anchor.low.weekday() for r in theirs)
    return any(r.low == day != anchor.low for r in theirs)


def _night_moved(ctx: Context) -> Iterator[Finding]:
    """A night named by weekdays that starts on another day than every night the aligned reference sentences name ('on
    the night of Sunday to Monday' / 'overnight from Saturday into Sunday': one day shared, another night)."""
    theirs = nights(ctx.reference.text)
    for mine in nights(ctx.candidate.text):
        aligned = ctx.refs_for(ctx.candidate.sentence_at(mine.start))
        told = [n for n in theirs if ctx.reference.sentence_at(n.start) in aligned]
        if not told or any(n.starts_on == mine.starts_on for n in told):
            continue
        if any(n.starts_on == mine.starts_on for n in theirs):
            continue  # the reference's night of another sentence: the alignment's doubt, not a date moved
        other = told[0]
        yield ctx.finding(
            FindingType.DATE,
            Severity.MAJOR,
            0.7,
            f"'{ctx.candidate.text[mine.start : mine.end]}' is another night than the reference's "
            f"'{ctx.reference.text[other.start : other.end]}'",
            (mine.start, mine.end),
            (other.start, other.end),
            NAME,
        )


# (and the later day of a night told by both: 'the night from Saturday to Sunday', 'overnight from Saturday into Sunday')
_NIGHT_ENDING = re.compile(
    r"\b(?:(?:night|overnight)\s+(?:(?:from|of)\s+[A-Za-z]+\s+)?(?:to|into)|early\s+hours\s+of)\s+(?:the\s+)?$", re.IGNORECASE
)
_NIGHT_STARTING = re.compile(r"\b(?:night|overnight)\s+(?:on|of|from)\s+(?:the\s+)?$", re.IGNORECASE)


def _night_side(doc: Document, d) -> int | None:
    """-1 where a day is told as the end of a night ('the night to Monday', 'overnight into Monday', 'in the early hours
    of Monday'), 0 where as its start ('Sunday night', 'overnight on Sunday'), None otherwise."""
    before = doc.text[max(0, d.start - 30) : d.start]
    if _NIGHT_ENDING.search(before):
        return -1
    if _NIGHT_STARTING.search(before) or re.match(r"\s*night\b", doc.text[d.end : d.end + 8], re.IGNORECASE):
        return 0
    if d.text.lower().endswith(" night"):
        return 0
    return None


def _same_night(ctx: Context, d, r) -> bool:
    """The one night told by the day it ends and by the day it starts ('during the night to Monday' / 'on Sunday night'):
    days a day apart, the later one given as the night's end."""
    if d.period != "day" or r.period != "day" or d.low is None or r.low is None:
        return False
    mine, theirs = _night_side(ctx.candidate, d), _night_side(ctx.reference, r)
    if mine is None or theirs is None or mine == theirs:
        return False
    return (d.low - r.low).days == theirs - mine


def _agrees_only_by_taken(ctx: Context, d, comparable: list) -> bool:
    """The date agrees only with reference dates of another length that another date of the candidate's sentence gives
    as they are ('by 1 June, when the summer timetable starts' / 'before the summer timetable begins on 1 July': June
    is in summer, but 'the summer' is the timetable's), while a reference date of its own length disagrees."""
    agreeing = [r for r in comparable if d.agrees(r)]
    others = [o for o in ctx.candidate.dates if o.sent == d.sent and o.start != d.start and o.kind is not None]
    taken = all(r.period != d.period and any(o.period == r.period and o.agrees(r) for o in others) for r in agreeing)
    return taken and any(r.period == d.period and not d.agrees(r) for r in comparable)


def _copied_over(ctx: Context, d, comparable: list) -> bool:
    """The date the reference gives for another sentence, which the candidate also gives there, put in place of the
    aligned sentences' own date, which the candidate gives nowhere ('must apply by 5pm on 24 April ... Proxy
    applications close at 5pm on 24 April' where the first deadline is 16 April): one date copied over another."""
    # a weekday ('overnight into Monday' for 'overnight on Sunday') may be the same night told from its end
    night = re.search(r"\b(?:overnight|night|into)\W+$", ctx.candidate.text[max(0, d.start - 20) : d.start], re.IGNORECASE)
    weekday = d.kind == "deictic" and d.period == "day" and not night
    if d.kind not in ("absolute", "yearless") and not weekday:
        return False
    again = any(o.sent != d.sent and o.text.lower() == d.text.lower() for o in ctx.candidate.dates)
    lost = [r for r in comparable if r.period == d.period and not any(c.comparable(r) and c.agrees(r) for c in ctx.candidate.dates)]
    if again and lost:
        return True
    # or, given nowhere else in the candidate, where the reference dates another deed with it ('Tickets go on sale on 1
    # February') in a sentence the candidate's is not aligned with, and the lost date dates the candidate's own deed
    # ('will reopen on 14 February' / 'will reopen on 1 February')
    mine = _own_clause(ctx.candidate, d)
    aligned = ctx.refs_for(d.sent)
    given = [r for r in ctx.reference.dates if r.text.lower() == d.text.lower()]
    # (a lost date of any length: 'must leave by 30 June' / 'must leave by December', the month the lease expired)
    lost = [r for r in comparable if not any(c.comparable(r) and c.agrees(r) for c in ctx.candidate.dates)]
    # (the given date's clause shares fewer words with the candidate's than the lost date's does: 'customers' in 'a
    # small number of customers were still without access on Thursday' against 'restored service to most of its
    # customers on Wednesday')
    closest = max((len(mine & _own_clause(ctx.reference, r)) for r in lost), default=0)
    apart = bool(given) and all(r.sent not in aligned and len(mine & _own_clause(ctx.reference, r)) < max(1, closest) for r in given)
    verb = _date_verb(ctx.candidate, d)

    def shared(r) -> int:
        theirs = _date_verb(ctx.reference, r)
        same_verb = verb is not None and theirs is not None and verb.lemma_.lower() == theirs.lemma_.lower()
        return len(mine & _own_clause(ctx.reference, r)) + same_verb

    # (the very verb the lost date dates: 'mostly because of a rainy July' on 'fell' is no 'recorded ... to September')
    deed = _deed(verb)
    return apart and deed is not None and any(shared(r) >= MOVED_WORDS - 1 and deed == _deed(_date_verb(ctx.reference, r)) for r in lost)


def _owned_thing(doc: Document, d) -> str | None:
    """The noun a day is the possessor of ('Friday's closing price': 'price'), or None."""
    span = doc.doc.char_span(d.start, d.end, alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    if root.dep_ != "poss" or root.head.pos_ != "NOUN":
        return None
    return root.head.lemma_.lower()


def _range_ends(ctx: Context, reported: set[int]) -> Iterator[Finding]:
    """A range of dates with one end the reference gives to a range of its own, anywhere in the text, and the other end
    changed ('from 1 July to 15 September' where the reference has 'from 1 June to 15 September'): the shared end
    ties the two ranges together where the alignment did not (a summary that folds sentences), and the candidate
    gives the changed end nowhere else."""
    # ranges given by both ends ('from 1 June to 15 September'), not a period that has ends ('the year to June 2024')
    ranges = [r for r in ctx.reference.dates if r.period == "range" and r.low is not None and range_ends(r.text)]
    for d in ctx.candidate.dates:
        if d.period != "range" or d.low is None or d.start in reported or not range_ends(d.text):
            continue
        if any(r.kind == d.kind and r.low == d.low and r.high == d.high for r in ranges):
            continue
        # the changed end given nowhere in the reference ('from 3 March to 20 March' joins 'from 3 March to 10 March'
        # and 'from 10 March to 20 March')
        ends = {x.low for x in ranges} | {x.high for x in ranges} | {x.low for x in ctx.reference.dates if x.period != "range"}
        for r in ranges:
            if r.kind == d.kind and (r.low == d.low) != (r.high == d.high):
                changed = d.high if r.low == d.low else d.low
                words = range_ends(d.text)[1 if r.low == d.low else 0].lower()
                if changed not in ends and words not in ctx.reference.text.lower():
                    yield ctx.replaced(FindingType.DATE, Severity.MAJOR, 0.7, d, r, NAME)
                break


def _gap_inside(d) -> bool:
    """A range with time between its two ends: not '2016 and 2017', which is the same two years either way."""
    ends = range_ends(d.text)
    if ends is None or d.low is None or d.high is None:
        return False
    unit = 366 if all(re.fullmatch(r"\d{4}", e.strip()) for e in ends) else 1
    unit = 31 if unit == 1 and all(re.fullmatch(r"[A-Za-z]+\.?(?:\s+\d{4})?", e.strip()) for e in ends) else unit
    return (d.high - d.low).days + 1 > 2 * unit


def _both_ends_joined(text: str, ends: tuple[str, str]) -> re.Match[str] | None:
    """'in 2016 and 2019': the two ends of a range given as two dates, not with 'between'."""
    pattern = rf"\b(?:(?:in|on|during)\s+)?{re.escape(ends[0])}\s+and\s+{re.escape(ends[1])}\b"
    for m in re.finditer(pattern, text, re.I):
        if not re.search(r"\bbetween\s+$", text[: m.start()], re.I):
            return m
    return None


def _span_as_two_dates(ctx: Context) -> Iterator[Finding]:
    """A span of time given by its two ends as two dates ('between 2016 and 2019' / 'in 2016 and 2019'), or two dates
    turned into the span between them: what lies between them is in one text only."""
    sides = ((ctx.reference, ctx.candidate, False), (ctx.candidate, ctx.reference, True))
    for has_range, other, candidate_range in sides:
        for d in has_range.dates:
            if d.period != "range" or not _gap_inside(d):
                continue
            if any(o.period == "range" and o.low == d.low and o.high == d.high for o in other.dates):
                continue
            m = _both_ends_joined(other.text, range_ends(d.text))
            if m is None:
                continue
            two = (m.start(), m.end())
            if candidate_range:
                message = f"'{d.text}' is the whole span where the reference gives only its two ends ('{m.group(0)}')"
                yield ctx.finding(FindingType.DATE, Severity.MAJOR, 0.7, message, (d.start, d.end), two, NAME)
            else:
                message = f"'{m.group(0)}' gives two dates where the reference gives the span between them ('{d.text}')"
                yield ctx.finding(FindingType.DATE, Severity.MAJOR, 0.7, message, two, (d.start, d.end), NAME)


def _resolved(ctx: Context) -> Iterator[Finding]:
    """A calendar year where the aligned reference sentence gives the date only relative to its own day ('in 2019'
    for 'last year'), and no year the reference states makes the two the same: the candidate claims a date the
    reference does not give."""
    ref_dates = ctx.reference.dates
    stated = {r.low.year for r in ref_dates if r.kind == "absolute" and r.low is not None}
    for d in ctx.candidate.dates:
        if d.kind != "absolute" or d.period != "year" or d.low is None:
            continue
        if any(r.kind == "absolute" and r.low is not None and d.agrees(r) for r in ref_dates):
            continue
        if re.search(rf"\b{d.low.year}\b", ctx.reference.text):
            continue  # the year written in a phrase the reading did not resolve ('each year since 1996')
        refs = ctx.reference.in_sentences(ref_dates, ctx.refs_for(d.sent))
        rivals = [r for r in refs if r.kind in ("deictic", "yearless") and r.period == "year" and r.low is not None]
        if not rivals:
            continue
        offsets = {r.low.year - BASE_DAY.year for r in rivals}
        if any(year + offset == d.low.year for year in stated for offset in offsets):
            continue  # 'last year' in a text that gives this year as 2020
        yield ctx.replaced(FindingType.DATE, Severity.MAJOR, 0.6, d, rivals[0], NAME)


def _unsupported_years(ctx: Context) -> Iterator[Finding]:
    """A calendar date with its year that no date of the reference agrees with, and whose year the reference never
    writes ('since it opened in 1978' in a text that gives no year of opening): not a conflict, a note for the editor,
    as for a number that appears nowhere. Not where the aligned reference sentences give a relative date ('last
    year'): that is `_resolved`'s."""
    ref_dates = ctx.reference.dates
    text = ctx.reference.text
    for d in ctx.candidate.dates:
        if d.kind != "absolute" or d.low is None or str(d.low.year) in text or str(d.low.year) not in d.text:
            continue  # a year written as such ('in 1978'); not one read into '23-24 August
        if any(r.low is not None and (d.agrees(r) or d.same_day_of_year(r)) for r in ref_dates if r.kind != "deictic"):
            continue
        refs = ctx.reference.in_sentences(ref_dates, ctx.refs_for(d.sent))
        if any(r.kind == "deictic" and r.period == "year" for r in refs):
            continue
        if counted(d, ctx.cache("counted_days", lambda: counted_days(ctx.reference))):
            continue
        yield ctx.finding(
            FindingType.ADDITION,
            Severity.MINOR,
            0.4,
            f"the date '{d.text}' appears nowhere in the reference",
            (d.start, d.end),
            None,
            NAME,
            unsupported=True,
        )


def _with_parts(doc: Document) -> list[tuple[DateMention, DateMention, tuple[int, int]]]:
    """Days given with a part of the day right after them ('Thursday morning'): (the day, the part, its hours)."""
    parts = lexicon()["clock_day_parts"]
    out = []
    for day in doc.dates:
        *_, word = day.text.lower().split()
        if day.low is not None and word in parts and " " in day.text:
            out.append((day, day, tuple(parts[word])))  # 'Wednesday morning' tagged as one date: the day and its part
    for day, part in itertools.pairwise(doc.dates):
        word = part.text.lower()
        if day.low is not None and part.kind is None and word in parts and 0 <= part.start - day.end <= 1:
            out.append((day, part, tuple(parts[word])))
    # 'on the evening of 22 July', 'at dawn on Saturday': the part before the day, joined by 'of' or 'on'
    for part, day in itertools.pairwise(doc.dates):
        word = part.text.lower().removeprefix("the ")
        if day.low is not None and part.kind is None and word in parts and doc.text[part.end : day.start].strip().lower() in ("of", "on"):
            out.append((day, part, tuple(parts[word])))
    # ... also where the tagger leaves the part untagged ('raided at dawn on Tuesday')
    told = {id(day) for day, _, _ in out}
    ahead = re.compile(r"\b(" + "|".join(map(re.escape, parts)) + r")\s+(?:of|on)\s+$", re.IGNORECASE)
    for day in doc.dates:
        found = ahead.search(doc.text[max(0, day.start - 24) : day.start]) if day.low is not None and id(day) not in told else None
        if found is not None:
            start = day.start - (len(doc.text[max(0, day.start - 24) : day.start]) - found.start(1))
            word = found.group(1).lower()
            out.append((day, _Words(start, start + len(word), doc.text[start : start + len(word)]), tuple(parts[word])))
    return out


def _day_parts(ctx: Context) -> Iterator[Finding]:
    """The same day in another part of it ('on Thursday evening' where the aligned reference sentence has 'on Thursday
    morning'): hours that do not overlap (evening and night do); one the reference gives that day anywhere is no
    change."""
    ref_all = _with_parts(ctx.reference)
    for day, part, (lo, hi) in _with_parts(ctx.candidate):
        same_day = [(r, p, h) for r, p, h in ref_all if day.comparable(r) and day.agrees(r)]
        if not same_day or any(h[0] < hi and lo < h[1] for _, _, h in same_day):
            continue
        near = [(r, p) for r, p, _ in same_day if r.sent in ctx.refs_for(day.sent)]
        if near:
            yield ctx.replaced(FindingType.DATE, Severity.MAJOR, 0.7, part, near[0][1], NAME)


def _in_sentences(doc: Document, items: list, sents: set[int]) -> list:
    return [x for x in items if doc.sentence_at(x.start) in sents]


def _times(ctx: Context) -> tuple[list, list]:
    """The times of day of the reference and of the candidate, read once per comparison."""
    return ctx.cache("clock_times", lambda: (clock_times(ctx.reference.doc), clock_times(ctx.candidate.doc)))


def _clock_times(ctx: Context) -> Iterator[Finding]:
    """A time of day that shares no reading with any time of day in the aligned reference sentences, where there is
    one ('3:30 p.m.' for '1:30 p.m.'); one that the reference gives anywhere is not a change, unless what it times
    there has less in common with the candidate's clause than the rival has ('reopening at 05:00 on 17 March' against
    'until 05:30 on 17 March', where '05:00' ends night flights in another sentence)."""
    ref_all, cand_all = _times(ctx)
    for c in cand_all:
        refs = _in_sentences(ctx.reference, ref_all, ctx.refs_for(ctx.candidate.sentence_at(c.start)))
        if not refs:
            refs = _moved_time(ctx, c, ref_all, cand_all)
        if not refs or any(c.minutes & r.minutes for r in refs) or _listed_hour(ctx, c, refs):
            continue
        if _written_alike(ctx, c):
            continue  # 'the 08:42 service' in the reference, read there as the name of a service
        if _worked_out(ctx, c, ref_all):
            continue
        same = [r for r in ref_all if c.minutes & r.minutes]
        if same:
            about = _about(ctx.candidate, c)
            if max(len(_about(ctx.reference, r) & about) for r in same) >= max(len(_about(ctx.reference, r) & about) for r in refs):
                continue
        rival = min(refs, key=lambda r: min(abs(a - b) for a in r.minutes for b in c.minutes))
        yield ctx.replaced(FindingType.DATE, Severity.MAJOR, 0.75, c, rival, NAME)


_MINUTES_IN = {"hours": 60, "minutes": 1}


def _worked_out(ctx: Context, c, ref_all: list) -> bool:
    """The candidate's time of day ends what the reference starts at a time of day and lasts a length of time, in one
    sentence ('will begin at 7 a.m. and is scheduled to last four hours' / 'will run until 11 a.m.')."""
    before = _words_before(ctx.candidate, c.start, 1)
    if not before & _ENDING or _words_before(ctx.candidate, c.start) & (_STARTING - {"from"}):
        return False  # ('is due to open at 12 p.m.': a start, not an end)
    if before == {"to"} and not re.search(r"\bfrom\b[^.;]*$", ctx.candidate.text[: c.start]):
        return False  # ('to' ends a time only after 'from')
    for r in ref_all:
        if not _words_before(ctx.reference, r.start) & _STARTING:
            continue
        sent = ctx.reference.sentence_at(r.start)
        for q in ctx.reference.quantities:
            if q.sent != sent or q.start < r.end or q.unit not in _MINUTES_IN or q.is_range or q.approx:
                continue  # (a length after the start it counts from)
            if not _words_before(ctx.reference, q.start) & _LASTING:
                continue
            step = round(q.low * _MINUTES_IN[q.unit])
            if any((a + step) % 1440 == b for a in r.minutes for b in c.minutes):
                return True
    return False


_STARTING = frozenset({"begin", "start", "open", "from", "commence"})
_LASTING = frozenset({"last", "for", "run", "take"})
_ENDING = frozenset({"until", "till", "to", "by"})


def _words_before(doc: Document, char: int, n: int = 3) -> set[str]:
    """The lemmas of the n words before a character of the text, in its sentence."""
    tokens = tokens_before(doc.doc, char, n)
    if not tokens:
        return set()
    start = doc.doc[min(tokens[-1].i + 1, len(doc.doc) - 1)].sent.start  # the sentence the character is in
    return {t.lemma_.lower() for t in tokens if t.i >= start}


def _written_alike(ctx: Context, c) -> bool:
    """The reference writes the candidate's time of day in the same figures ('08:42', '9.30'), whether or not it reads
    them there as a time: a figure given in both texts is no change."""
    figures = re.fullmatch(r"\d{1,2}[:.]\d{2}", c.text.strip())
    if not figures:
        return False
    # (only where the reference does not read them as a time there: a time it gives elsewhere is weighed as one)
    read = [(r.start, r.end) for r in _times(ctx)[0]]
    found = re.finditer(rf"(?<![\d:.]){re.escape(figures.group(0))}(?![\d:])", ctx.reference.text)
    return any(not any(a <= m.start() < b for a, b in read) for m in found)


def _listed_hour(ctx: Context, c, refs: list) -> bool:
    """The candidate's time is an hour the reference writes as a bare figure in a list that ends in a time ('at 11, 15
    and 18 o'clock' / 'at 11am, 3pm and 6pm'): the list's mark is its own."""
    hours = {m // 60 for m in c.minutes if m % 60 == 0}
    if not hours:
        return False
    text = ctx.reference.text
    for r in refs:
        before = text[max(0, r.start - 20) : r.start]
        listed = re.findall(r"\b(\d{1,2})\s*(?:,|and)", before)
        if any(int(h) in hours or int(h) % 12 in {x % 12 for x in hours} for h in listed):
            return True
    return False


def _moved_time(ctx: Context, c, ref_all: list, cand_all: list) -> list:
    """For a time of day whose aligned reference sentences give none, the one time the reference gives that the candidate
    gives nowhere, where the sentences the alignment renders its sentence by give no time ('the breach opened at around
    4 a.m.' rendered without it, 'the levee gave way at about 4 p.m.' in another sentence): the time moved to another
    sentence and changed there, where no other time of the candidate is unaccounted for (not in summaries)."""
    if ctx.mode == "summary":
        return []
    loose = [k for k in cand_all if not any(k.minutes & r.minutes for r in ref_all)]
    missing = [r for r in ref_all if not any(r.minutes & k.minutes for k in cand_all)]
    if len(loose) != 1 or len(missing) != 1 or loose[0] is not c:
        return []
    homes = ctx.cands_for(ctx.reference.sentence_at(missing[0].start))
    if not homes or ctx.candidate.sentence_at(c.start) in homes:
        return []
    if any(ctx.candidate.sentence_at(k.start) in homes for k in cand_all):
        return []
    if any(_COUNTED_TIME.search(text) for text in (ctx.candidate.text, ctx.reference.text)):
        return []  # 'an hour later': a time worked out from another, not the same one moved
    return missing


_COUNTED_TIME = re.compile(r"\b(?:hours?|minutes?)\s+(?:later|after|earlier|before|afterwards)\b", re.I)


def _clock_ranges(doc: Document, times: list) -> list[tuple]:
    """Pairs of times of day that bound a range: 'between 7am and 11pm', 'from 9 a.m. to 5 p.m.', '7am-11pm'."""
    text, out = doc.text, []
    for a, b in itertools.pairwise(times):
        between = text[a.end : b.start].strip().lower()
        if between in ("and", "to", "until", "till", "-", "–") and doc.sentence_at(a.start) == doc.sentence_at(b.start):
            out.append((a, b))
    return out


def _clock_range_ends(ctx: Context) -> Iterator[Finding]:
    """A range of the day with one end the reference gives and the other not ('between 7am and 7pm' where the reference
    has 'between 7am and 11pm'), wherever the reference gives it (a summary joins sentences): the other end changed."""
    ref_all, cand_all = _times(ctx)
    ref_ranges = _clock_ranges(ctx.reference, ref_all)
    for a, b in _clock_ranges(ctx.candidate, cand_all):
        for ra, rb in ref_ranges:
            if (a.minutes & ra.minutes) and (b.minutes & rb.minutes):
                break  # the reference gives this range
        else:
            for ra, rb in ref_ranges:
                if a.minutes & ra.minutes and not b.minutes & rb.minutes and not any(b.minutes & r.minutes for r in ref_all):
                    yield ctx.replaced(FindingType.DATE, Severity.MAJOR, 0.7, b, rb, NAME)
                    break
                if b.minutes & rb.minutes and not a.minutes & ra.minutes and not any(a.minutes & r.minutes for r in ref_all):
                    yield ctx.replaced(FindingType.DATE, Severity.MAJOR, 0.7, a, ra, NAME)
                    break


@dataclass(frozen=True)
class _Day:
    start: int
    end: int
    text: str


_WEEKDAYS = frozenset(d.lower() for d in calendar.day_name)


def _day_of(doc, start: int, end: int) -> _Day | None:
    """The weekday a time of day is given on: next to it in its sentence, across 'on', 'at' or a comma ('9 p.m. on
    Saturday', 'Friday at 9 p.m.', '9 p.m. Friday')."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    glue = {"on", "at", ",", "this", "next", "last"}
    for step, first in ((1, span.end), (-1, span.start - 1)):
        i = first
        while 0 <= i < len(doc) and doc[i].sent == span.sent:
            tok = doc[i]
            if tok.lower_ in _WEEKDAYS:
                return _Day(tok.idx, tok.idx + len(tok.text), tok.text)
            if tok.lower_ not in glue or abs(i - first) > 2:
                break
            i += step
    return None


def _clock_days(ctx: Context) -> Iterator[Finding]:
    """The same time of day given on another weekday ('from 9 p.m. Friday' / 'from 9 p.m. on Saturday'): where every
    time of day in the reference that shares its reading is given on a weekday and none on the candidate's."""
    ref_all, cand_all = _times(ctx)
    ref_days = [(r, _day_of(ctx.reference.doc, r.start, r.end)) for r in ref_all]
    for c in cand_all:
        day = _day_of(ctx.candidate.doc, c.start, c.end)
        same = [(r, d) for r, d in ref_days if r.minutes & c.minutes]
        if day is None or not same or any(d is None or d.text.lower() == day.text.lower() for _, d in same):
            continue
        yield ctx.replaced(FindingType.DATE, Severity.MAJOR, 0.75, day, same[0][1], NAME)


def _period_parts(ctx: Context) -> Iterator[Finding]:
    """'the third quarter' where the aligned reference sentence names another quarter ('second-quarter')."""
    ref_all, cand_all = period_parts(ctx.reference.text), period_parts(ctx.candidate.text)
    for p in cand_all:
        refs = _in_sentences(ctx.reference, ref_all, ctx.refs_for(ctx.candidate.sentence_at(p.start)))
        # a rival is a part of the same kind that the candidate sentence does not name itself ('first-half penalty'
        # and 'second-half goals' against 'in the first half')
        sent = ctx.candidate.sentence_at(p.start)
        named = {c.number for c in cand_all if c.parts == p.parts and ctx.candidate.sentence_at(c.start) == sent}
        rivals = [r for r in refs if r.parts == p.parts and r.number not in named and not _months_named(ctx, r, sent)]
        if any(_share(r) == _share(p) for r in ref_all):
            continue  # the same stretch of the period named somewhere ('the second quarter' / 'Q2', 'the first half')
        if not rivals:
            # a part of another kind over another stretch ('the first quarter' / 'the first half of the year'), where
            # the candidate sentence names no part of that kind itself
            kinds = {c.parts for c in cand_all if ctx.candidate.sentence_at(c.start) == sent}
            rivals = [r for r in refs if r.parts != p.parts and r.parts not in kinds]
        if rivals:
            yield ctx.replaced(FindingType.DATE, Severity.MAJOR, 0.7, p, rivals[0], NAME)


def _months_named(ctx: Context, part, sent: int) -> bool:
    """The candidate sentence names the months of a part of the year by their names ('between July and September' for
    'the third quarter'): that part is given there, and the sentence's other part stands for another."""
    if part.parts not in (2, 3, 4):
        return False
    low, high = _share(part)
    first, last = round(low * 12) + 1, round(high * 12)
    return any(
        d.sent == sent and d.period == "range" and d.low is not None and d.high is not None and (d.low.month, d.high.month) == (first, last)
        for d in ctx.candidate.dates
    )


def _share(part) -> tuple[float, float]:
    """The stretch of its period a part names: 'the second quarter' (0.25, 0.5), 'H1' (0, 0.5)."""
    return round((part.number - 1) / part.parts, 4), round(part.number / part.parts, 4)


class _Words:
    def __init__(self, start: int, end: int, text: str) -> None:
        self.start, self.end, self.text = start, end, text


def _step(doc, start: int, end: int) -> int | None:
    """Where the words between start and end place their period in time ('the last season': -1, 'the coming season':
    1), from the lexicon's relative_steps; None where they say nothing of it."""
    steps = lexicon()["relative_steps"]
    return next((steps[t.lower_] for t in doc[start:end] if t.lower_ in steps), None)


def _anchor(doc, i: int) -> tuple[list[str], int]:
    """The content lemmas of what 'before'/'after' at token i is about ('lift-off', 'the storm arrived'), up to three,
    and the token where they end."""
    lemmas, j = [], i + 1
    while j < len(doc) and len(lemmas) < 3 and not (doc[j].is_punct and doc[j].text not in ("-",)) and not doc[j].is_sent_start:
        # (the teller of a deed's noun goes on: 'ahead of reports from anglers of dead fish')
        teller = doc[j].lower_ in ("from", "by") and doc[j - 1].pos_ == "NOUN" and bool(noun_verbs(doc[j - 1].lemma_))
        if (lemmas or j > i + 1) and doc[j].pos_ in ("ADP", "SCONJ", "CCONJ") and doc[j].lower_ != "of" and not teller:
            break  # 'after lift-off | because of ...'; but 'before the start of the term'; not 'from it | before July'
        if doc[j].is_alpha and (not doc[j].is_stop or doc[j].pos_ == "PROPN"):  # the month of May
            lemmas.append(doc[j].lemma_.lower())
        elif doc[j].like_num and not doc[j].is_alpha:  # a clock time or a year: 'shortly after 2am', 'before 1990'
            lemmas.append(doc[j].lower_)
        j += 1
    return lemmas, j


def _order(ctx: Context) -> Iterator[Finding]:
    """'after X' where the aligned reference says 'before X' about the same X (the same first content word, or two of
    its content words: 'before the start of the term' / 'after the term starts')."""
    opposites = {}
    for a, b in [*(ctx._cache.get("temporal_opposites") or _opposites()), ("into", "before"), ("into", "after")]:
        opposites.setdefault(a, set()).add(b)
        opposites.setdefault(b, set()).add(a)
    # the order of two events ('into' after a length of time: 'three weeks into the harvest'): the same thing named; the
    # others bound a period: the same time
    order = {"before", "after", "once", "since", "into"}
    parts = lexicon()["clock_day_parts"]
    compared = {"earlier", "later", "sooner"}  # a time against a plan or another time: 'later than planned'
    cdoc, rdoc = ctx.candidate.doc, ctx.reference.doc
    c_ranges, r_ranges = _range_spans(ctx.candidate), _range_spans(ctx.reference)
    # the 'from' and 'until' of two ranges of the day bound them ('from 7am to 2pm' / '7am until 2pm'): the ends are
    # compared as times; not those of a range against a bound ('until 8am, and again from 6pm' / 'from 8am until 6pm')
    ref_times, cand_times = _times(ctx)
    c_clock, r_clock = _clock_range_spans(ctx.candidate, cand_times), _clock_range_spans(ctx.reference, ref_times)
    for tok in cdoc:
        word = _order_word(tok)
        if word not in opposites or _inside(tok.idx, c_ranges):
            continue
        if word == "once" and tok.dep_ != "mark":
            continue  # 'once a week', 'once again': no time after anything
        if tok.dep_ in ("prt", "advmod") and tok.i + 1 < len(cdoc) and _order_word(cdoc[tok.i + 1]) in opposites:
            continue  # 'went ahead after a court ruling': the verb's particle; the next word orders the events
        if word == "before" and tok.i > 0 and cdoc[tok.i - 1].lower_ == "than":
            continue  # 'a third more than before the releases started': the baseline 'since they began' counts from
        if word in order and tok.i + 1 < len(cdoc) and cdoc[tok.i + 1].lower_ in ("which", "whom"):
            continue  # 'restore the hull, after which it will be towed': the order told from the other end
        lemmas, end = _anchor(cdoc, tok.i)
        if not lemmas:
            continue
        sents = ctx.refs_for(ctx.candidate.sentence_at(tok.idx))
        said = {}
        in_clock = _inside(tok.idx, c_clock)
        for r in rdoc:
            mine = ctx.reference.sentence_at(r.idx) in sents and not _inside(r.idx, r_ranges)
            mine = mine and not (in_clock and _inside(r.idx, r_clock))
            if (_order_word(r) == word or _order_word(r) in opposites[word]) and mine:
                ref_lemmas, ref_end = _anchor(rdoc, r.i)
                alike = ref_lemmas[:1] == lemmas[:1] or len(set(ref_lemmas) & set(lemmas)) >= 2
                # or the same thing with a word of its own on one side ('the next season' / 'the coming season'), not
                # one placed elsewhere in time ('after the last season' / 'before the new season')
                one = ref_lemmas[-1:] == lemmas[-1:] and min(len(ref_lemmas), len(lemmas)) == 1
                alike = alike or (word in order and one and _step(rdoc, r.i, ref_end) == _step(cdoc, tok.i, end))
                # or one part of the day named two ways ('before dawn' / 'after sunrise', lexicon `clock_day_parts`)
                part = [parts.get(x[0]) if len(x) == 1 else None for x in (ref_lemmas, lemmas)]
                alike = alike or (word in order and part[0] is not None and part[0] == part[1])
                if word in compared:  # 'a week later than originally planned' / 'a week earlier than first planned'
                    # (a plan in another word: 'later than scheduled' / 'earlier than planned')
                    planned = bool(set(ref_lemmas) & _PLAN_WORDS) and bool(set(lemmas) & _PLAN_WORDS)
                    # (or the usual time in another word: 'two weeks later than usual' / 'a fortnight earlier than normal')
                    planned = planned or (bool(set(ref_lemmas) & _USUAL_WORDS) and bool(set(lemmas) & _USUAL_WORDS))
                    alike = bool(set(ref_lemmas) & set(lemmas)) or planned
                if ref_lemmas and (alike if word in order | compared else ref_lemmas == lemmas):
                    said.setdefault(_order_word(r), (r, ref_end))
        how_near = _how_near(tok)
        if not said and ctx.mode == "summary" and word in order and how_near:
            # a summary sentence draws on several: the same event named with two of its words in any reference sentence,
            # the order told with the same word of how near ('shortly before a public skating session was due to begin'
            # / 'shortly after a public skating session had begun', a sentence the alignment did not give); not a bare
            # 'after giving birth' against another deed's 'before giving birth'
            for r in rdoc:
                if _order_word(r) in opposites[word] | {word} and not _inside(r.idx, r_ranges) and how_near & _how_near(r):
                    ref_lemmas, ref_end = _anchor(rdoc, r.i)
                    if len(set(ref_lemmas) & set(lemmas)) >= 2:
                        said.setdefault(_order_word(r), (r, ref_end))
        other = next((w for w in opposites[word] if w in said), None)
        if other is not None and word not in said:
            r, ref_end = said[other]
            if {word, other} == {"into", "after"}:
                theirs = [t.lemma_.lower() for t in rdoc[r.i + 1 : ref_end]]
                mine = [t.lemma_.lower() for t in cdoc[tok.i + 1 : end]]
                if _into_as_after_start(*((mine, theirs) if word == "into" else (theirs, mine))):
                    continue
            if _not_until_after(tok, r) or _not_until_after(r, tok):
                continue  # 'were not shown the fee before booking' / 'were not told the fee until after they had booked'
            if _none_before(tok, r) or _none_before(r, tok):
                continue  # 'will not receive water until mid-July' / 'will get no water before mid-July'
            new = _Words(tok.idx, cdoc[end - 1].idx + len(cdoc[end - 1].text), cdoc[tok.i : end].text)
            old = _Words(r.idx, rdoc[ref_end - 1].idx + len(rdoc[ref_end - 1].text), rdoc[r.i : ref_end].text)
            yield ctx.replaced(FindingType.DATE, Severity.MAJOR, 0.7, new, old, NAME)


def _ordered_deeds(tok: Token) -> tuple[Token, Token] | None:
    """(the deed, the deed it is put before or after) of an order word that joins two verbs: 'would seek approval before
    looking for investors' -> (seek, looking), 'was passed after the minister resigned' -> (passed, resigned)."""
    if tok.lower_ not in ("before", "after") or any(c.dep_ == "neg" for c in tok.children):
        return None
    if tok.dep_ == "prep" and tok.head.pos_ == "VERB":
        other = next((c for c in tok.children if c.dep_ == "pcomp" and c.pos_ == "VERB"), None)
        return (tok.head, other) if other is not None else None
    if tok.dep_ == "mark" and tok.head.pos_ == "VERB" and tok.head.dep_ == "advcl" and tok.head.head.pos_ == "VERB":
        return tok.head.head, tok.head
    return None


def _one_deed(a: Token, b: Token) -> bool:
    """Two verbs of one deed: the same verb with its particle, or WordNet synonyms ('looking for' / 'seek')."""
    x, y = verb_lemma(a), verb_lemma(b)
    return x == y or synonym(x, y)


def _events_swapped(ctx: Context) -> Iterator[Finding]:
    """Two deeds put in the other order with the same word ('would seek approval before looking for investors' / 'would
    look for investors before seeking approval'): the candidate's first deed is the reference's second, and its second
    the reference's first, in aligned sentences. ('B after A' for 'A before B' is the same order, not reported.)"""
    rdoc = ctx.reference.doc
    for tok in ctx.candidate.doc:
        mine = _ordered_deeds(tok)
        if mine is None or _one_deed(*mine) or any(negated(v) for v in mine):
            continue  # ('will not reopen before it has been inspected': the other deed first, told by a denial)
        sents = ctx.refs_for(ctx.candidate.sentence_at(tok.idx))
        for r in rdoc:
            theirs = _ordered_deeds(r) if r.lower_ == tok.lower_ else None
            if theirs is None or ctx.reference.sentence_at(r.idx) not in sents or any(negated(v) for v in theirs):
                continue
            if _one_deed(mine[0], theirs[1]) and _one_deed(mine[1], theirs[0]) and not _one_deed(mine[0], theirs[0]):
                first, then = (verb_lemma(t) for t in mine)
                yield ctx.finding(
                    FindingType.DATE,
                    Severity.MAJOR,
                    0.7,
                    f"the candidate has '{first}' {tok.lower_} '{then}'; the reference puts the two the other way round",
                    _deeds_extent(mine),
                    _deeds_extent(theirs),
                    NAME,
                )
                break


def _deeds_extent(deeds: tuple[Token, Token]) -> tuple[int, int]:
    """Characters from the first of the two verbs to the end of the later one's phrase."""
    first, last = sorted(deeds, key=lambda t: t.i)
    return first.idx, last.right_edge.idx + len(last.right_edge.text)


def _how_near(tok: Token) -> set[str]:
    """The words that say how near in time an order word puts two events ('shortly', 'just', 'soon', 'hours')."""
    return {c.lower_ for c in tok.children if c.dep_ in ("advmod", "npadvmod") and c.is_alpha}


def _order_word(tok: Token) -> str:
    """The word that orders two events: the word itself, or 'into' for 'into' after a length of time ('three weeks
    into the harvest': after it began, before it ended)."""
    nxt = tok.doc[tok.i + 1].lower_ if tok.i + 1 < len(tok.doc) else ""
    if (tok.lower_, nxt) in (("ahead", "of"), ("prior", "to")):
        return "before"  # 'ahead of reports from anglers', 'prior to the vote'
    if tok.lower_ == "into" and tok.i > 0:
        length = units.in_base_units(1, tok.doc[tok.i - 1].lower_)
        if length is not None and length[1] == "[time]":
            return "into"
    return "" if tok.lower_ == "into" else tok.lower_


def _into_as_after_start(into: list[str], after: list[str]) -> bool:
    """'three days into the strike' / 'three days after the strike began': after its start is into it (lexicon
    `inception_predicates`); 'after the trial' is after its end."""
    return bool(set(after) & set(lexicon()["inception_predicates"])) and bool(set(into) & set(after))


def _not_until_after(after: Token, before: Token) -> bool:
    """'until after X' against 'before X', both said of a denied deed: 'were not told the fee until after they had
    booked' is 'were not shown the fee before booking', one order told from either end ('stayed open until after Friday'
    is not 'was not reopened before Friday')."""
    if after.lower_ != "after" or before.lower_ != "before" or after.i == 0 or after.doc[after.i - 1].lower_ not in ("until", "till"):
        return False
    # the deed that the word orders: the verb above the clause it opens ('told ... until after they had booked')
    heads = [t.head.head if t.dep_ == "mark" else t.head for t in (before, after)]
    deeds = [next((a for a in (h, *h.ancestors) if a.pos_ in ("VERB", "AUX")), None) for h in heads]
    return all(deed is not None and negated(deed) for deed in deeds)  # not 'stayed open until after Friday'


def _none_before(until: Token, before: Token) -> bool:
    """'not ... until X' against 'no ... before X' (or 'not ... before X'), both said of a denied deed: nothing happens
    before X either way ('will not receive water until mid-July' / 'will get no water before mid-July at the
    earliest')."""
    if until.lower_ not in ("until", "till") or before.lower_ != "before":
        return False

    def deed(word: Token) -> Token | None:
        head = word.head.head if word.dep_ == "mark" else word.head
        return next((a for a in (head, *head.ancestors) if a.pos_ in ("VERB", "AUX")), None)

    def denied_deed(verb: Token | None) -> bool:
        if verb is None:
            return False
        # (or a 'no' on what it is done to or who does it: 'will get no water')
        nothing = any(c.dep_ in ("dobj", "nsubj", "nsubjpass") and any(d.lower_ == "no" for d in c.children) for c in verb.children)
        return negated(verb) or nothing

    return denied_deed(deed(until)) and denied_deed(deed(before))


def _edges(ctx: Context) -> Iterator[Finding]:
    """'by the end of the winter term' where the aligned reference says 'before the start of the winter term': the
    two edges (lexicon `period_edges`, as shares of the period) of one named period that do not overlap, for a
    period no date parser reads (a term, a season, the works)."""
    edges = lexicon()["period_edges"]
    cdoc, rdoc = ctx.candidate.doc, ctx.reference.doc
    parsed = [(d.start, d.end) for d in ctx.candidate.dates if d.kind is not None]
    parsed_ref = [(d.start, d.end) for d in ctx.reference.dates if d.kind is not None]

    which = ("next", "last", "previous", "following", "this", "current", "coming")  # 'the start of next season'

    def edge_words(doc, spans):
        for t in doc:
            if t.pos_ == "NOUN" and t.lower_ in edges and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "of" and not _inside(t.idx, spans):
                lemmas, end = _anchor(doc, t.i + 1)
                if lemmas:
                    yield t, [w.lower_ for w in doc[t.i + 2 : end] if w.lower_ in which] + lemmas, end

    ref_edges = list(edge_words(rdoc, parsed_ref))
    for tok, lemmas, end in edge_words(cdoc, parsed):
        sents = ctx.refs_for(ctx.candidate.sentence_at(tok.idx))
        same = [(r, e) for r, ref_lemmas, e in ref_edges if ctx.reference.sentence_at(r.idx) in sents and ref_lemmas == lemmas]
        if any(edges[r.lower_] == edges[tok.lower_] for r, _ in same):
            continue  # the reference names this edge too ('close at the end of the season and reopen at the start')
        for r, ref_end in same:
            (a, b), (c, d) = edges[tok.lower_], edges[r.lower_]
            if min(b, d) - max(a, c) <= 0:
                new = _Words(tok.idx, cdoc[end - 1].idx + len(cdoc[end - 1].text), cdoc[tok.i : end].text)
                old = _Words(r.idx, rdoc[ref_end - 1].idx + len(rdoc[ref_end - 1].text), rdoc[r.i : ref_end].text)
                yield ctx.replaced(FindingType.DATE, Severity.MAJOR, 0.6, new, old, NAME)
                break


def _day_part_edges(ctx: Context) -> Iterator[Finding]:
    """'full by late evening' where the aligned reference sentence has 'full by early evening': two edges (lexicon
    `period_edges`) of one part of the day (lexicon `clock_day_parts`) that do not overlap, where the reference gives
    the candidate's edge of that part nowhere."""
    edges, parts = lexicon()["period_edges"], lexicon()["clock_day_parts"]
    pattern = re.compile(rf"\b({'|'.join(edges)})(?:-|\s+|\s+in\s+the\s+)({'|'.join(parts)})\b", re.IGNORECASE)

    def found(doc: Document) -> list[tuple[_Words, str, str]]:
        return [(_Words(m.start(), m.end(), m.group()), m[1].lower(), m[2].lower()) for m in pattern.finditer(doc.text)]

    ref_all = found(ctx.reference)
    for words, edge, part in found(ctx.candidate):
        (a, b) = edges[edge]
        if any(p == part and min(b, edges[e][1]) - max(a, edges[e][0]) > 0 for _, e, p in ref_all):
            continue  # the same stretch of that part of the day, said anywhere
        sents = ctx.refs_for(ctx.candidate.sentence_at(words.start))
        rival = next((r for r, e, p in ref_all if p == part and ctx.reference.sentence_at(r.start) in sents), None)
        if rival is not None:
            yield ctx.replaced(FindingType.DATE, Severity.MAJOR, 0.6, words, rival, NAME)


# ('until' and 'since' left out: 'delayed until May' tells a start, 'has not toured since 2019' a state lasting)
_UP_TO = frozenset({"by", "before"})
_ONWARDS = frozenset({"from", "after"})


def _bound_word(doc: Document, d) -> Token | None:
    """The word that makes a date a bound: 'by' in 'by the end of March' (the date's first word, or the one before it)."""
    span = doc.doc.char_span(d.start, d.end, alignment_mode="expand")
    if span is None:
        return None
    first = span[0]
    if first.lower_ in _UP_TO | _ONWARDS:
        return first
    if (word := _than_bound(doc, span.start)) is not None:
        return word
    before = doc.doc[span.start - 1] if span.start > 0 else None
    if before is None or before.lower_ not in _UP_TO | _ONWARDS:
        return None
    # (the word takes the date, not a thing the date is of: 'hit by last month's floods', 'after last month's floods')
    taken = [c for c in before.children if c.dep_ == "pobj"]
    return before if not taken or any(span.start <= c.i < span.end for c in taken) else None


def _than_bound(doc: Document, start: int) -> Token | None:
    """The first word of 'no later than' / 'not earlier than' just before (or opening) a date at token `start`: a
    deadline or a start said by comparison, as 'by' and 'from' say them."""
    for first in (start - 3, start):  # before the date, or the first words of it where the tagger took them in
        words = doc.doc[first : first + 3] if 0 <= first and first + 3 <= len(doc.doc) else []
        if [t.lower_ for t in words[1:]] in (["later", "than"], ["earlier", "than"]) and words[0].lower_ in ("no", "not"):
            return words[0]
    return None


def _denied(word: Token) -> bool:
    verb = next((a for a in word.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and negated(verb)


def _up_to(word: Token, other: Token) -> bool:
    """The bound is an end ('by', 'before'); 'before' under a denial the other side does not share, a start ('could not
    return before 15 March' / 'from 15 March'), not 'by' ('tax not paid by 31 January' is still owed by then); 'if no
    budget is adopted before 31 December' / 'should no budget be passed by 31 December' deny both."""
    turned = word.lower_ == "before" and _denied(word) and not _denied(other)
    if word.lower_ in ("no", "not") and word.i + 1 < len(word.doc):
        return word.nbor(1).lower_ == "later"  # 'no later than 10 December' is a deadline
    return (word.lower_ in _UP_TO) != turned


def _bound_turned(ctx: Context, reported: set[int]) -> Iterator[Finding]:
    """The same date told as a deadline on one side and as a start on the other ('to be published by the end of March'
    / 'will be published from the end of March'): what happens at the latest then, against what begins then."""
    for d in ctx.candidate.dates:
        if d.kind is None or d.start in reported or d.period == "range":
            continue
        mine = _bound_word(ctx.candidate, d)
        if mine is None:
            continue
        c_start = min(d.start, mine.idx)
        refs = ctx.reference.in_sentences(ctx.reference.dates, ctx.refs_for(d.sent))
        for r in refs:
            theirs = _bound_word(ctx.reference, r)
            r_start = r.start if theirs is None else min(r.start, theirs.idx)
            new, old = ctx.candidate.text[c_start : d.end], ctx.reference.text[r_start : r.end]
            # a deadline before a stretch of time ends ('by March next year' / 'between March and August next year')
            # (dates of one kind: a year named for both, or both absolute)
            early = mine.lower_ == "by" and r.period == "range" and r.low is not None and d.low is not None
            if early and r.kind == d.kind and r.kind in ("absolute", "year_named") and r.low <= d.high < r.high:
                reported.add(d.start)
                message = f"'{new}' where the reference gives '{old}': the deadline falls before the time given ends"
                yield ctx.finding(FindingType.DATE, Severity.MAJOR, 0.6, message, (c_start, d.end), (r_start, r.end), NAME)
                break
            if not (d.comparable(r) and d.agrees(r) and r.low == d.low and r.high == d.high):
                continue
            # (the same word on both sides is the polarity check's: 'not before July' / 'before July' is a denial)
            if theirs is not None and theirs.lower_ != mine.lower_ and _up_to(mine, theirs) != _up_to(theirs, mine):
                reported.add(d.start)
                how = "a deadline, not a start" if _up_to(mine, theirs) else "a start, not a deadline"
                message = f"'{new}' where the reference gives '{old}': {how}"
                yield ctx.finding(FindingType.DATE, Severity.MAJOR, 0.6, message, (c_start, d.end), (r_start, r.end), NAME)
                break


def _range_spans(doc: Document) -> list[tuple[int, int]]:
    """The character spans of a text's date ranges: their 'from' and 'until' bound the range ('from May until October'),
    they say nothing about the order of two events."""
    return [(d.start, d.end) for d in doc.dates if d.period == "range"]


def _clock_range_spans(doc: Document, times: list) -> list[tuple[int, int]]:
    """The character spans of a text's ranges of the day, with the word that opens them ('from 7am to 2pm', '7am until
    2pm'): their 'from' and 'until' bound the range, as a date range's do."""
    out = []
    for a, b in _clock_ranges(doc, times):
        before = doc.text[: a.start].rstrip()
        opener = next((w for w in ("from", "between") if before.lower().endswith(w)), None)
        out.append((len(before) - len(opener) if opener else a.start, b.end))
    return out


def _inside(idx: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= idx < b for a, b in spans)


def _opposites() -> list[list[str]]:
    from factdiff.analyse.knowledge import lexicon

    return lexicon()["temporal_opposites"]


# 'this year', 'next month', 'last week': a period named by its distance from the time of writing; 'the end of the
# year' names the year of writing in the reference, to set against what the candidate names so
# not 'the last week of August' (a week counted in a month) nor 'more than last year' (what a figure is compared with)
_DISTANCE = re.compile(
    r"(?<!than )(?<!the )\b(?:(?P<which>this|next|last)|of\s+the)\s+(?P<unit>year|month|week)\b(?!\s+(?:of|in)\b)", re.I
)  # not 'over the last year', 'within the next year': twelve months back or on from now, not a calendar year
_STEPS = {"this": 0, "next": 1, "last": -1}


def _distances(d, plain: bool = True) -> list[tuple[str, int]]:
    """(unit, step) of each period a date names by its distance from the time of writing: '13-14 September next year'
    -> ('year', 1); with `plain` False, also 'before the end of the year' -> ('year', 0)."""
    found = _DISTANCE.finditer(d.text)
    return [(m["unit"].lower(), _STEPS[m["which"].lower()] if m["which"] else 0) for m in found if m["which"] or not plain]


def _named_distance(ctx: Context) -> Iterator[Finding]:
    """A period named by its distance from the time of writing ('next year') where the aligned reference sentences name
    the same kind of period at another distance only ('this year', 'by the end of the year'), and the reference never
    names it so: whatever else the two dates say ('September this year' / 'next year'), they fall in different years.
    'the end of the year' is read as this year's only in the reference, against a candidate that names its year; in a
    candidate it may be the year its sentence is about ('last year the mine flooded, and by the end of the year ...')."""
    said = {x for r in ctx.reference.dates for x in _distances(r, plain=False)}
    # 'next spring', 'last November': a season or month of the next or last year, which 'the spring of next year' says
    named = "|".join(["spring", "summer", "autumn", "fall", "winter", *sorted(MONTHS)])
    for r in ctx.reference.dates:
        said |= {("year", _STEPS[m.lower()]) for m in re.findall(rf"\b(next|last)\s+(?:{named})\b", r.text, re.I)}
    edges = "|".join(lexicon()["period_edges"])
    for d in ctx.candidate.dates:
        refs = ctx.reference.in_sentences(ctx.reference.dates, ctx.refs_for(d.sent))
        # 'the end of the year' stands against a candidate date that names an edge of a period too ('by the end of next
        # year', 'early next year'), not against any date of the sentence
        edged = bool(re.search(rf"\b(?:{edges})\b", d.text, re.I))
        for unit, step in _distances(d):
            if (unit, step) in said:
                continue
            rivals = [r for r in refs if r.base == d.base and any(u == unit for u, _ in _distances(r, plain=not edged))]
            # a rival the candidate's sentence gives itself is answered there ('Last year it drew 45,000; this year it
            # will run for three nights')
            own = {x for o in ctx.candidate.dates if o.sent == d.sent and o.start != d.start for x in _distances(o)}
            answered = [r for r in rivals if set(_distances(r)) <= own]
            rivals = [r for r in rivals if r not in answered]
            if answered and not rivals:
                # the period the date stands against, then, is one the reference names in another sentence and the
                # candidate nowhere ('plans to open two boutiques before the end of the year' / '... planned for next year')
                given = {x for o in ctx.candidate.dates if o.start != d.start for x in _distances(o, plain=False)}
                rivals = [r for r in ctx.reference.dates if r.base == d.base and any(u == unit for u, _ in _distances(r, plain=False))]
                rivals = [r for r in rivals if not set(_distances(r, plain=False)) <= given]
            if rivals:
                yield ctx.replaced(FindingType.DATE, Severity.MAJOR, 0.7, d, rivals[0], NAME)
                break


# 'the first weekend of June', 'the last week in March', 'the second Saturday of May': a week or a day counted in a month
_WEEK_OF = re.compile(
    r"\b(?P<n>first|second|third|fourth|last|final)\s+(?P<unit>week(?:end)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+(?:of|in)\s+"
    rf"(?P<of>{'|'.join(sorted(MONTHS))})\b",
    re.I,
)
_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1}


def _weeks(doc: Document) -> list[tuple[_Words, int, str, str]]:
    return [
        (_Words(m.start(), m.end(), m.group(0)), _NTH[m["n"].lower()], m["unit"].lower(), m["of"].lower())
        for m in _WEEK_OF.finditer(doc.text)
    ]


def _weeks_of(ctx: Context) -> Iterator[Finding]:
    """'the last weekend of June' where the aligned reference sentence has 'the first weekend of June': another week of
    the same month (the fourth and the last may be one), or the same week of another month, or another weekday ('the
    first Sunday of June' / 'the first Saturday of June'), where the reference gives the candidate's nowhere."""
    ref_all = _weeks(ctx.reference)
    said = {(k, u, o) for _, k, u, o in ref_all}
    for words, n, unit, of in _weeks(ctx.candidate):
        if (n, unit, of) in said or any((k, u, o) == (m, unit, of) for k, u, o in said for m in (4, -1) if {k, n} == {4, -1}):
            continue
        refs = ctx.refs_for(ctx.candidate.sentence_at(words.start))
        near = [(w, k, u, o) for w, k, u, o in ref_all if ctx.reference.sentence_at(w.start) in refs]
        week = ("week", "weekend")
        rivals = [
            w
            for w, k, u, o in near
            if (u == unit and o == of)  # another week of the month
            or (u == unit and k == n and o != of)  # the same week of another month
            or (k == n and o == of and u not in week and unit not in week)  # another weekday
        ]
        if rivals:
            yield ctx.replaced(FindingType.DATE, Severity.MAJOR, 0.7, words, rivals[0], NAME)


def _weekday_side(doc: Document, d) -> int | None:
    """Which side of the day it is told a weekday falls on: -1 for one gone ('last Saturday', 'opened on Saturday'), 1
    for one to come ('next Saturday', 'opens on Saturday', 'will open on Saturday', 'would open'); None where neither the
    words nor the tense of the verb it dates tell."""
    words = d.text.lower().split()
    if d.period != "day" or d.kind != "deictic" or not any(w in _WEEKDAYS for w in words):
        return None
    if words[0] in ("last", "previous"):
        return -1
    if words[0] in ("next", "coming"):
        return 1
    verb = _date_verb(doc, d)
    if verb is None or verb.pos_ != "VERB":
        return None  # (the one `_weekday_turned` compares: a verb on both sides)
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if verb.tag_ == "VBD":
        return -1  # (whatever 'will' the parse hangs on it from another clause: 'will subsidise ..., the council decided')
    if auxiliaries & {"will", "would", "shall", "'ll"}:
        return 1
    if verb.tag_ in ("VBZ", "VBP") and not auxiliaries:
        return 1  # 'opens to the public on Saturday': a timetable told in the present
    if auxiliaries & {"has", "have", "had", "was", "were", "did"}:
        return -1
    return None


def _weekday_turned(ctx: Context, reported: set[int]) -> Iterator[Finding]:
    """One weekday told as gone on one side and to come on the other ('opens to the public on Saturday' / 'opened to the
    public last Saturday'), in aligned sentences: two days a week apart, whatever the day it is said."""
    for d in ctx.candidate.dates:
        mine = _weekday_side(ctx.candidate, d)
        if mine is None or d.start in reported:
            continue
        for r in ctx.reference.in_sentences(ctx.reference.dates, ctx.refs_for(d.sent)):
            theirs = _weekday_side(ctx.reference, r)
            if theirs is None or theirs == mine or not d.comparable(r) or not d.agrees(r):
                continue
            verbs = _date_verb(ctx.candidate, d), _date_verb(ctx.reference, r)
            if None in verbs or not (verbs[0].lemma_.lower() == verbs[1].lemma_.lower() or paraphrase(verbs[0].lemma_, verbs[1].lemma_)):
                continue  # one event dated on both sides, not 'said on Monday' against a parse that hung it on 'open'
            reported.add(d.start)
            told = "gone" if mine < 0 else "to come"
            yield ctx.finding(
                FindingType.DATE,
                Severity.MAJOR,
                0.6,
                f"'{d.text}' is told as a day {told}; the reference's '{r.text}' as one {'to come' if mine < 0 else 'gone'}",
                (d.start, d.end),
                (r.start, r.end),
                NAME,
            )
            break


_DAY_INDEX = {d.lower(): i for i, d in enumerate(calendar.day_name)}
_WORKING_DAYS, _WEEKEND_DAYS = frozenset(range(5)), frozenset({5, 6})  # Monday to Friday; Saturday and Sunday
_EVERY = ("every", "each")


@dataclass(frozen=True)
class _Recurring:
    start: int
    end: int
    sent: int
    days: frozenset[int]


def _recurring_day(tok: Token) -> frozenset[int] | None:
    """The days of the week a word says a thing recurs on: 'on weekdays', 'at weekends', 'on Sundays', 'every Monday',
    'weekday services'; None for one day ('on Monday', 'this weekend')."""
    word = tok.lower_
    before = [t.lower_ for t in tok.doc[max(0, tok.i - 2) : tok.i]]
    # 'every Monday', 'each Monday', 'every other Thursday', 'alternate Thursdays'
    every = bool(before) and (before[-1] in _EVERY or before[-1] == "alternate" or before[-2:] == ["every", "other"])
    if word in _DAY_INDEX and every:
        return frozenset({_DAY_INDEX[word]})
    if word in _DAY_INDEX and before and before[-1] in _EXCEPT and _every_day_before(tok):
        return frozenset({_DAY_INDEX[word]})  # 'every day except Monday', 'open daily except Tuesday'

    if word.endswith("s") and word[:-1] in _DAY_INDEX:
        return frozenset({_DAY_INDEX[word[:-1]]})
    if word in ("weekday", "weekdays", "weekend", "weekends"):
        days = _WORKING_DAYS if word.startswith("weekday") else _WEEKEND_DAYS
        if word.endswith("s") or every or (tok.dep_ in ("compound", "amod") and tok.head.pos_ == "NOUN"):
            return days
    return None


def _recurring_days(doc: Document) -> list[_Recurring]:
    """The recurring days of a text, days in one list joined ('on Saturdays and Sundays'), a span of weekdays read as
    its days ('Monday to Friday', 'Mondays through Fridays')."""
    out: list[_Recurring] = []
    toks = list(doc.doc)
    i = 0
    while i < len(toks):
        tok = toks[i]
        days = _recurring_day(tok)
        first = tok.lower_.rstrip("s") if tok.lower_ not in _DAY_INDEX else tok.lower_
        span_to = toks[i + 2] if i + 2 < len(toks) and toks[i + 1].lower_ in ("to", "through", "until", "till", "-", "–") else None
        last = span_to.lower_ if span_to is not None else ""
        last = last if last in _DAY_INDEX else last[:-1] if last.endswith("s") else ""
        if first in _DAY_INDEX and last in _DAY_INDEX and (days is not None or tok.lower_ in _DAY_INDEX):
            a, b = _DAY_INDEX[first], _DAY_INDEX[last]
            # (not 'will move from Saturday to Sunday': the day it was and the day it will be)
            if a < b and not (i > 0 and toks[i - 1].like_num) and not moved_from(doc.doc, i):
                out.append(_Recurring(tok.idx, span_to.idx + len(span_to.text), doc.sentence_at(tok.idx), frozenset(range(a, b + 1))))
                i += 3
                continue
        if days is None:
            i += 1
            continue
        end = tok.idx + len(tok.text)
        j = i + 1

        # ('every Tuesday and Friday': the 'every' is said of each weekday of the list)
        def listed(t: Token, first: Token = tok) -> frozenset[int] | None:
            every_one = first.lower_ in _DAY_INDEX and t.lower_ in _DAY_INDEX
            return _recurring_day(t) or (frozenset({_DAY_INDEX[t.lower_]}) if every_one else None)

        while j + 1 < len(toks) and toks[j].lower_ in ("and", "or", ",") and listed(toks[j + 1]) is not None:
            days |= listed(toks[j + 1])
            end = toks[j + 1].idx + len(toks[j + 1].text)
            j += 2
        start = tok.idx
        if _set_apart(toks, i):
            # 'though not at weekends', 'except on Sundays': the other days of the week
            days = frozenset(range(7)) - days
            start = toks[i - 2].idx if toks[i - 1].pos_ == "ADP" and toks[i - 1].lower_ not in _EXCEPT else toks[i - 1].idx
        elif j < len(toks) and toks[j].lower_ in ("excepted", "excluded"):
            days = frozenset(range(7)) - days  # 'daily, Mondays excepted'
            end = toks[j].idx + len(toks[j].text)
        out.append(_Recurring(start, end, doc.sentence_at(tok.idx), days))
        i = j
    return out


_EXCEPT = frozenset({"except", "excluding", "besides"})


def _every_day_before(tok: Token) -> bool:
    """'every day', 'each day' or 'daily' among the few words before the weekday ('open daily except Monday')."""
    words = [t.lower_ for t in tok.doc[max(tok.sent.start, tok.i - 5) : tok.i]]
    return "daily" in words or any(a in _EVERY and b == "day" for a, b in itertools.pairwise(words))


def _set_apart(toks: list[Token], i: int) -> bool:
    """The days are denied or excepted just before them: 'not at weekends', 'never on Sundays', 'except Mondays'."""
    before = [t.lower_ for t in toks[max(0, i - 2) : i]]
    if before and before[-1] in _EXCEPT:
        return True
    if before in (["apart", "from"], ["other", "than"], ["aside", "from"]):
        return True  # 'apart from Mondays', 'other than Sundays'
    return len(before) == 2 and toks[i - 1].pos_ == "ADP" and before[0] in ("not", "never", "except", "excluding")


def _recurring(ctx: Context, doc: Document) -> list[_Recurring]:
    """A text's recurring days (`_recurring_days`), read once per comparison."""
    return ctx.cache("recurring_reference" if doc is ctx.reference else "recurring_candidate", lambda: _recurring_days(doc))


def _same_recurring_days(ctx: Context, d) -> bool:
    """The weekday is one of a run of days the candidate gives, the same days as a run the aligned reference sentences
    give in other words ('every day except Monday' / 'Tuesday to Sunday')."""
    mine = [m for m in _recurring(ctx, ctx.candidate) if m.start <= d.start < m.end]
    theirs = [r for r in _recurring(ctx, ctx.reference) if not _set_aside_days(ctx.reference, r)]
    return any(r.days == m.days and r.sent in ctx.refs_for(m.sent) for m in mine for r in theirs)


def _set_aside_days(doc: Document, r: _Recurring) -> bool:
    """The days are the ones set aside ('from Monday to Saturday, rather than on weekdays only', 'instead of at
    weekends'): not the days the thing happens on."""
    before = doc.text[max(0, r.start - 25) : r.start].lower()
    return re.search(r"\b(?:rather than|instead of)\s+(?:on\s+|at\s+)?(?:the\s+)?$", before) is not None


def _days_named(doc: Document, sentences: set[int]) -> set[int]:
    """The weekdays the sentences name in any form, a modifier too ('the Saturday timetable', 'Sunday services')."""
    named = set()
    for i in sentences:
        for t in doc.doc[doc.sentences[i].token_start : doc.sentences[i].token_end]:
            day = t.lower_ if t.lower_ in _DAY_INDEX else t.lower_[:-1]
            if day in _DAY_INDEX:
                named.add(_DAY_INDEX[day])
    return named


def _recurring_days_differ(ctx: Context) -> Iterator[Finding]:
    """A thing said to recur on other days of the week than the aligned reference sentences give ('one lane will be
    closed on weekdays' / 'at weekends', 'free at weekends' / 'free on Sundays'): where they give one set of days, the
    candidate's are not those; where they give several, the candidate's share none with any. Weekdays and weekends
    are Monday to Friday and Saturday and Sunday."""
    theirs = [r for r in _recurring(ctx, ctx.reference) if not _set_aside_days(ctx.reference, r)]
    if not theirs:
        return
    for mine in _recurring(ctx, ctx.candidate):
        if _set_aside_days(ctx.candidate, mine):
            continue
        aligned = [r for r in theirs if r.sent in ctx.refs_for(mine.sent)]
        if not aligned or any(r.days == mine.days for r in aligned):
            continue
        if len(aligned) > 1 and any(r.days & mine.days for r in aligned):
            continue  # 'on Tuesdays ... every other Thursday': each of the candidate's days has its own
        if mine.days <= _days_named(ctx.reference, ctx.refs_for(mine.sent)):
            continue  # 'Saturdays will drop to three journeys' / 'the Saturday timetable will be cut': the day named as a kind
        rival = aligned[0]
        yield ctx.finding(
            FindingType.DATE,
            Severity.MAJOR,
            0.7,
            f"'{ctx.candidate.text[mine.start : mine.end]}' where the reference has "
            f"'{ctx.reference.text[rival.start : rival.end]}': other days of the week",
            (mine.start, mine.end),
            (rival.start, rival.end),
            NAME,
        )


_PART = r"(?P<part>day|morning|afternoon|evening|night|week|month)"
_RELATIVE_DAY = re.compile(
    rf"\b(?:(?:the\s+)?(?P<step>same|next|following|previous|preceding|prior)\s+{_PART}"
    rf"|(?:later\s+|earlier\s+)?that\s+{_PART.replace('part>', 'part2>')}"
    rf"|the\s+{_PART.replace('part>', 'part3>')}\s+(?P<side>before|after))\b",
    re.IGNORECASE,
)
_DAY_STEPS = {"same": 0, "next": 1, "following": 1, "previous": -1, "preceding": -1, "prior": -1, "before": -1, "after": 1}


def _relative_day_steps(doc: Document) -> list[tuple[int, int, int, int, str]]:
    """(start, end, sentence, step, unit) of each day, week or month told from another ('the same evening' 0, 'that
    night' 0, 'the next morning' 1, 'the day before' -1, 'later that week' 0 weeks)."""
    out = []
    for m in _RELATIVE_DAY.finditer(doc.text):
        word = (m.group("step") or m.group("side") or "same").lower()
        part = (m.group("part") or m.group("part2") or m.group("part3")).lower()
        unit = part if part in ("week", "month") else "day"
        out.append((m.start(), m.end(), doc.sentence_at(m.start()), _DAY_STEPS[word], unit))
    return out


def _relative_days(ctx: Context) -> Iterator[Finding]:
    """A day told from another turned to another day ('fell ill the same evening' / 'fell ill the next evening', 'the
    day before' / 'the day after', 'later that week' / 'the following week'): the one such day of the candidate's
    sentence against the one of its aligned reference sentences, where the reference says the candidate's step
    nowhere."""
    theirs, ours = _relative_day_steps(ctx.reference), _relative_day_steps(ctx.candidate)
    for start, end, sent, step, unit in ours:
        mine = [x for x in ours if x[2] == sent]
        near = [r for r in theirs if r[2] in ctx.refs_for(sent)]
        if not near and len(theirs) == len(ours) == 1:
            near = theirs  # each text's one day told from another, in sentences the alignment did not pair (a summary's)
        if len(mine) != 1 or len(near) != 1 or near[0][4] != unit or near[0][3] == step:
            continue
        if any(r[3] == step and r[4] == unit for r in theirs):
            continue
        r_start, r_end = near[0][:2]
        message = f"'{ctx.candidate.text[start:end]}' where the reference has '{ctx.reference.text[r_start:r_end]}': another {unit}"
        yield ctx.finding(FindingType.DATE, Severity.MAJOR, 0.7, message, (start, end), (r_start, r_end), NAME)


_FLOOR_WORDS = r"at\s+least|no\s+earlier\s+than|not\s+before|not\s+until|from"
_CEILING_WORDS = r"by|no\s+later\s+than|not\s+later\s+than|at\s+the\s+latest"
_FLOOR_BEFORE = re.compile(rf"\b(?:{_FLOOR_WORDS})\s+$", re.IGNORECASE)
_CEILING_BEFORE = re.compile(rf"\b(?:{_CEILING_WORDS})\s+$", re.IGNORECASE)
_FLOOR_INSIDE = re.compile(rf"\b(?:{_FLOOR_WORDS})\s+(?=\S)", re.IGNORECASE)  # the tagger took the bound into the date
_CEILING_INSIDE = re.compile(rf"\b(?:{_CEILING_WORDS})\s+(?=\S)", re.IGNORECASE)
_FLOOR_AFTER = re.compile(r"^,?\s+at\s+the\s+(?:very\s+)?earliest\b", re.IGNORECASE)
_SINCE_BEFORE = re.compile(r"\b(?:since|dat(?:e|es|ed|ing)\s+(?:back\s+to|from))\s+$", re.IGNORECASE)
_CEILING_AFTER = re.compile(r"^,?\s+(?:at\s+the\s+(?:very\s+)?latest|at\s+most)\b", re.IGNORECASE)


def _date_bound(doc: Document, d) -> tuple[str, int, int] | None:
    """('earliest' or 'latest', start, end) of a date bounded by the words round it ('until at least Wednesday', 'in
    spring 2026 at the earliest'; 'by Wednesday', 'until Wednesday at the latest'), or None."""
    before, after = doc.text[max(0, d.start - 25) : d.start], doc.text[d.end : d.end + 25]
    bounds = (("earliest", _FLOOR_INSIDE, _FLOOR_BEFORE, _FLOOR_AFTER), ("latest", _CEILING_INSIDE, _CEILING_BEFORE, _CEILING_AFTER))
    for kind, _, _, behind in bounds:
        if m := behind.match(after):
            return kind, d.start, d.end + m.end()  # (first: 'from the 17th century at the latest' is no 'from')
    for kind, inside, ahead, _ in bounds:
        if inside.search(d.text):
            found = kind, d.start, d.end  # the tagger took the bound into the date: 'at least Wednesday'
        elif m := ahead.search(before):
            found = kind, d.start - (len(before) - m.start()), d.end
        else:
            continue
        # a start counted back from now: 'since at least the 1930s' bounds how late it began, as 'since the 1930s at the
        # latest' does
        if kind == "earliest" and _SINCE_BEFORE.search(doc.text[max(0, found[1] - 25) : found[1]]):
            return "latest", *found[1:]
        return found
    return None


def _earliest_latest(ctx: Context, reported: set[int]) -> Iterator[Finding]:
    """The same date given as the earliest on one side and as the latest on the other ('will remain closed until at
    least Wednesday' / 'until Wednesday at the latest', 'to hatch in spring 2026 at the earliest' / 'to have hatched by
    spring 2026'): what may come later against what cannot."""
    for d in ctx.candidate.dates:
        if d.kind is None or d.start in reported:
            continue
        mine = _date_bound(ctx.candidate, d)
        if mine is None:
            continue
        near = ctx.reference.in_sentences(ctx.reference.dates, ctx.refs_for(d.sent))
        if not any(_date_bound(ctx.reference, r) for r in near):
            near = ctx.reference.dates  # the same date bounded in a sentence the alignment did not pair (a summary's)
        for r in near:
            theirs = _date_bound(ctx.reference, r)
            if theirs is None or theirs[0] == mine[0] or not (d.comparable(r) and d.agrees(r) and (r.low, r.high) == (d.low, d.high)):
                continue
            reported.add(d.start)
            new, old = ctx.candidate.text[mine[1] : mine[2]], ctx.reference.text[theirs[1] : theirs[2]]
            message = f"'{new}' where the reference gives '{old}': the {mine[0]} date, not the {theirs[0]}"
            yield ctx.finding(FindingType.DATE, Severity.MAJOR, 0.7, message, mine[1:], theirs[1:], NAME)
            break
