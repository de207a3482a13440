"""Numbers: a quantity in the candidate that contradicts the aligned reference's quantity of the same kind.

A number is an error only on evidence of a conflict: the aligned reference sentence gives a quantity of the same kind
(the same currency, unit, dimension or counted noun) with another value, or the same value at another rate. A number
that merely has no match is at most a minor note, and none where the reference writes it in another form or it can
be worked out from the reference's figures (a sum, a difference, a share)."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Token

from factdiff.analyse import units
from factdiff.analyse.claims import negated
from factdiff.analyse.dates import clock_times
from factdiff.analyse.knowledge import fold, lexicon
from factdiff.analyse.lexical import antonymous, direction, noun_verbs, paraphrase
from factdiff.analyse.quantities import BOUND_AFTER, Quantity, is_money, number_values, parse_number, parse_ordinal, period_lengths
from factdiff.checks.base import Context, tokens_before
from factdiff.checks.omission import NEGATORS
from factdiff.checks.polarity import sentence_pairs
from factdiff.model import Finding, FindingType, Severity

NAME = "numbers"
DERIVED_TOLERANCE = 0.01  # a figure worked out from others is rounded: '14 more' from 187 and 173, 'a third' of 240


def _measured(unit: str) -> bool:
    """Currencies and percentages are part of the value; a counted noun ('soldiers', 'deaths') is not."""
    return unit in ("%", "pp") or is_money(unit)


_RATIOS = ("%", "pp", "×")  # units of a share or a multiple, not an amount of something


def _agrees(q: Quantity, r: Quantity) -> bool:
    """The same amount (converted where both are units of measure), not in two different currencies, and not a count of
    things against a measure ('250,000 people' / '250,000 cubic metres')."""
    if _counted(q) and units.is_unit(r.unit) or _counted(r) and units.is_unit(q.unit):
        return False
    other = r.unit if q.unit == "×" else q.unit if r.unit == "×" else ""
    if other and other != "×" and (_measured(other) or units.is_unit(other)) and other != "%":
        return False  # 'twenty times as much' is no '20 months' (but 'twice' is 'two warnings')
    return q.states_same_amount(r) and not (_measured(q.unit) and _measured(r.unit) and q.unit != r.unit)


def _counted(q: Quantity) -> bool:
    """A count of things named by a noun ('people', 'donations'), not a measure, money or a share."""
    return bool(q.unit) and not _measured(q.unit) and q.unit != "×" and not units.is_unit(q.unit)


def _rival(q: Quantity, r: Quantity) -> bool:
    """A reference quantity of the same kind as q with another value: the same unit, or another unit of measure of
    the same dimension ('300 feet' against '300 metres'), or the same amount at another rate ('a month', 'a year'), in
    some reading of q ('doubled' is also a rise of 100 percent)."""
    for a in q.readings():
        for b in r.readings():  # and of r: '70 pounds' in words is also a weight
            if a.unit == b.unit:
                if not a.same_value(b) or a.other_rate(b):
                    return True
            elif a.in_other_units(b) and a.same_dimension(b) and (not a.same_measure(b) or a.other_rate(b)):
                return True
    return False


def _other_currency(ctx: Context, q: Quantity, refs: list[Quantity]) -> Quantity | None:
    """The aligned reference figure that q gives in another currency ('€500' / '£500'; every kind of dollar is one
    currency here): not where either text converts it, giving the figure in both currencies ('300 dollars, about 280
    euros')."""
    if not is_money(q.unit):
        return None
    mine = {c.unit for c in ctx.candidate.quantities if c.sent == q.sent}
    theirs = {r.unit for r in refs}
    for r in refs:
        if is_money(r.unit) and r.unit != q.unit and r.unit not in mine and q.unit not in theirs and q.same_value(replace(r, unit=q.unit)):
            return r
    return None


def _elliptical(ctx: Context, q: Quantity, rivals: list[Quantity], refs: list[Quantity]) -> bool:
    """A bare number of the aligned sentences is q's amount in a rival's unit, left unsaid ('every ten minutes instead
    of every thirty' against 'every half hour')."""
    bare = [r for r in refs if not r.unit and _same_rate(ctx, q, r)]  # (a rate is no count: 'about 30 a year')
    return any(_agrees(q, replace(b, unit=r.unit)) for r in rivals if r.unit for b in bare)


_OF = re.compile(r"\s+of\b", re.I)


def _count_as_share(ctx: Context, share: Quantity, count: Quantity, swap: bool = False) -> bool:
    """A percentage of a whole where the other text has the same number counted out of it ('About 60% of the 140
    stallholders' / 'About 70 of the market's 110 stallholders'): a count told as a share, or a share as a count."""
    share_text, count_text = (ctx.reference.text, ctx.candidate.text) if swap else (ctx.candidate.text, ctx.reference.text)
    if share.unit != "%" or count.unit or (share.low, share.high) != (count.low, count.high):
        return False
    if not (_OF.match(share_text, share.end) and _OF.match(count_text, count.end)):
        return False
    # not where the count is that share of a whole either sentence gives ('50 of the 100 seats' / '50% of the 100
    # seats'; 'The school has 100 pupils. Some 30 of them walk' / 'Some 30% of its 100 pupils')
    count_doc, share_doc = (ctx.candidate, ctx.reference) if swap else (ctx.reference, ctx.candidate)
    wholes = [w for w in count_doc.quantities if w.sent == count.sent and w.start != count.start and w.low]
    wholes += [w for w in share_doc.quantities if w.sent == share.sent and w.start != share.start and w.low]
    return not any(abs(100 * count.low / w.low - share.low) < 0.5 for w in wholes)


_COMPARED = re.compile(r"\s*(?:[a-z]+\s+)?(?:more|less|fewer|higher|lower|above|below|over|under)\b", re.IGNORECASE)  # ('crowns more')


def _more_as_share(ctx: Context, q: Quantity, r: Quantity) -> bool:
    """The same number told as a percentage on one side and as an amount on the other, each what something is above or
    below another ('30 per cent more than first estimated' / '30 million more than the original estimate'): another
    figure, unless the candidate's sentence gives the amount too."""
    written = [re.match(r"\d[\d,.]*", x.text) for x in (q, r)]
    if {q.unit == "%", r.unit == "%"} != {True, False} or not all(written) or written[0][0] != written[1][0]:
        return False
    if not (_COMPARED.match(ctx.candidate.text, q.end) and _COMPARED.match(ctx.reference.text, r.end)):
        return False
    return not any(x.sent == q.sent and x is not q and _agrees(x, r) for x in ctx.candidate.quantities)


_OF_WHOLE = re.compile(r"\s+of\s+(?:[\w'-]+\s+){0,3}$", re.IGNORECASE)
# a share told of a count may round: within 2 points or 6% of itself ('a third' for 6 of 18), and an approximate one
# ('about a third', 'nearly a quarter') within 3 points or 12%
EXACT_SHARE_TOLERANCE = (2.0, 0.06)
SHARE_TOLERANCE = (3.0, 0.12)


def _whole_of(doc, x: Quantity) -> Quantity | None:
    """The counted whole the figure is a part of, in its own words: 'a third of its 18 inpatient beds' -> '18 beds',
    '23 of 140 farms' -> '140 farms'."""
    return next(
        (
            w
            for w in doc.quantities
            if w.sent == x.sent and x.end < w.start <= x.end + 40 and _counted(w) and _OF_WHOLE.match(doc.text[x.end : w.start])
        ),
        None,
    )


def _share_of_whole(ctx: Context, q: Quantity, refs: list[Quantity]) -> tuple[bool, Quantity] | None:
    """A share of a counted whole on one side and a count of the same whole on the other ('nearly a quarter of the 140
    farms' / '23 of 140 farms', 'a third of its 18 beds' / 'six of its 18 beds'): (whether the count is that share,
    the reference figure), or None where the two are not told so."""
    whole = _whole_of(ctx.candidate, q)
    noun = _shared_noun(ctx.candidate, q) if whole is None and q.unit == "%" else None
    if (whole is None or not whole.low) and noun is None:
        return None
    for r in refs:
        theirs = _whole_of(ctx.reference, r)
        if theirs is not None and noun is not None and theirs.unit == noun and theirs.low:
            whole = theirs  # 'Half of the evenings' / 'four of the eight evenings': the whole the reference counts
        if theirs is None or whole is None or not _agrees(whole, theirs) or {q.unit == "%", r.unit == "%"} != {True, False}:
            continue
        share, count = (q, r) if q.unit == "%" else (r, q)
        if count.unit and count.unit != whole.unit or (share.low, share.high) == (count.low, count.high):
            continue  # (the very figure as a count and as a share: `_count_as_share`'s)
        told = 100 * (count.low + count.high) / 2 / whole.low
        middle = (share.low + share.high) / 2
        points, part = SHARE_TOLERANCE if share.approx else EXACT_SHARE_TOLERANCE
        room = max(points, part * middle)
        way = bound_direction(ctx.candidate.text if share is q else ctx.reference.text, share)
        low = middle - (2 * room if way == "upper" else room)  # 'nearly a quarter': up to a quarter, not over it
        high = middle + (2 * room if way == "lower" else room) if way != "upper" else middle + 1
        if _count_beside(ctx, share is q, share, count) and (
            told <= middle if way == "upper" else told >= middle if way == "lower" else False
        ):
            return True, r  # 'Fewer than half of the 118 stations - 41 in all' / '41 of the 118': the bound, with the count
        return low <= told <= high, r
    return None


def _shared_noun(doc, x: Quantity) -> str | None:
    """The noun a share is of, where no figure of the whole is given ('Half of the evenings' -> 'evening')."""
    after = _word_after(doc.doc, x.end)
    if after is None or after.lower_ != "of":
        return None
    noun = next((c for c in after.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
    if noun is None or any(c.like_num for c in noun.children):
        return None
    return noun.lemma_.lower()


def _count_beside(ctx: Context, in_candidate: bool, share: Quantity, count: Quantity) -> bool:
    """The sentence that bounds the share gives the count itself too."""
    doc = ctx.candidate if in_candidate else ctx.reference
    return any(x.sent == share.sent and x is not share and _agrees(x, count) for x in doc.quantities)


def _part_noun(doc, x: Quantity) -> str | None:
    """The noun a bare figure counts a part of, with no figure of its whole ('19 of its cast-iron piles' -> 'pile')."""
    if x.unit or _whole_of(doc, x) is not None:
        return None
    after = _word_after(doc.doc, x.end)
    if after is None or after.lower_ != "of":
        return None
    noun = next((c for c in after.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
    return noun.lemma_.lower() if noun is not None else None


def _part_rival(ctx: Context, q: Quantity, refs: list[Quantity]) -> Quantity | None:
    """The aligned reference's count of a part of the same things, with another figure ('damaged 19 of its piles' /
    'damaged 30 of its piles'), where the reference counts no part of those things with q's figure (a '19 countries'
    elsewhere is no support) and the candidate gives the rival's figure nowhere."""
    noun = _part_noun(ctx.candidate, q)
    if noun is None:
        return None
    rivals = [r for r in refs if _part_noun(ctx.reference, r) == noun and not _agrees(q, r)]
    rivals = [r for r in rivals if not any(_agrees(c, r) for c in ctx.candidate.quantities)]
    if len(rivals) != 1:
        return None
    backing = [
        r
        for r in ctx.reference.quantities
        if _agrees(q, r) and (r.unit == noun or _part_noun(ctx.reference, r) in (noun, None) and not r.unit)
    ]
    return None if backing else rivals[0]


_RATE_WORDS = frozenset({"a", "an", "per", "each", "every", "once", "twice"})
_SHIFT_WORDS = frozenset({"later", "earlier", "ago", "before", "after", "late", "early", "sooner", "longer", "more", "less"})
LENGTH_FACTOR = 4  # an unwritten length and a written one further apart than this tell two different spans
LENGTH_TOLERANCE = 0.15  # ... and nearer than this share, the same span loosely put ('a month and a half' / 'six weeks')


def _length_against(ctx: Context, q: Quantity, refs: list[Quantity]) -> Quantity | None:
    """An unwritten one ('a fortnight', 'an hour') where the aligned reference gives a length in written figures in
    another unit of the same dimension ('at least ten days', '90 minutes'): a claimed amount after all, weighed against
    that one. Not a rate ('once a week', 'hourly', '60 times a year'), a shift ('a week later'), a ceiling loosely put
    ('up to 45 minutes' / 'less than an hour'), a length within LENGTH_TOLERANCE of the other ('six weeks' / 'a month and
    a half', 'seven to eight days' / 'a week'), nor one the candidate's sentence answers with the figure itself ('over 11
    days, after a failure went unreported for almost a week')."""
    words = q.text.lower().split()
    before = ctx.candidate.text[max(0, q.start - 12) : q.start].lower().split()
    if q.per or (before and before[-1] in _RATE_WORDS) or set(words) & (_RATE_WORDS - {"a", "an"}) or "times" in words:
        return None
    if "per" in before[-3:-1]:
        return None  # 'a price of £98,000 per patient a year': a second rate, 'per year'
    if any(r.implicit and q.same_measure(r) for r in refs):
        return None  # the reference says this length too ('ten days, then a week' / 'a week')
    after_words = ctx.candidate.text[q.end : q.end + 12].lower().split()
    if "times" in after_words[:1]:
        return None  # 'three times a day'
    if not units.is_unit(q.unit) or not any(units.is_unit(w) for w in words):
        return None  # ('hourly', 'annually': a rate in one word)
    span = ctx.candidate.doc.char_span(q.start, q.end, alignment_mode="expand")
    held = span is not None and span.root.dep_ == "pobj" and span.root.head.lower_ == "for"  # 'for a day after the burst'
    shift = after_words[0].strip(",.;") if after_words and after_words[0].strip(",.;") in _SHIFT_WORDS and not held else None
    # (nor a length that describes a noun, 'the two-day fair', unless q describes one too: 'a decade-long legal fight' /
    # 'a five-year legal battle')
    describes = ctx.candidate.text[q.end : q.end + 5] == "-long"
    lengths = [r for r in refs if not r.implicit and not r.per and ("-" not in r.text or describes)]
    lengths = [r for r in lengths if q.in_other_units(r) and q.same_dimension(r)]
    if shift is not None:
        # 'a week later than planned': a shift, not the length of anything; but against a length the reference puts
        # the same way ('two days after the discovery' / 'a week after it was discovered') it is the same time between
        lengths = [r for r in lengths if ctx.reference.text[r.end : r.end + 12].lower().split()[:1] == [shift]]
    mine = _span_in_base(q)
    if mine is None:
        return None
    near = []
    for r in lengths:
        theirs = _span_in_base(r)
        if theirs is None:
            continue
        if theirs[0] <= mine[1] * (1 + LENGTH_TOLERANCE) and mine[0] <= theirs[1] * (1 + LENGTH_TOLERANCE):
            return None  # the same length, near enough, or within the other's range
        gap = min(abs(math.log(a / b)) for a in theirs for b in mine)
        if gap <= math.log(LENGTH_FACTOR):  # ('an hour' is no '15-year' span)
            near.append((gap, r))
    if not near:
        return None
    nearest = min(near, key=lambda x: x[0])[1]
    mine_way, their_way = bound_direction(ctx.candidate.text, q), bound_direction(ctx.reference.text, nearest)
    if "upper" in (mine_way, their_way):
        return None  # 'up to 45 minutes' / 'less than an hour': a ceiling either way, loosely put
    theirs_span = _span_in_base(nearest)
    if mine_way == "lower" and theirs_span is not None and theirs_span[0] >= mine[0]:
        return None  # 'more than a week' is true of 'at least ten days', of 'nine days'
    own = [c for c in ctx.candidate.quantities if c.sent == q.sent and c.start != q.start]
    if any(c.unit == nearest.unit and c.same_value(nearest) and not c.implicit or _agrees(c, nearest) for c in own):
        return None  # the candidate gives the reference's figure itself ('a year and a half' for '18 months'): this
        # length is of something else
    return nearest


def _gap_against(ctx: Context, q: Quantity, refs: list[Quantity]) -> Quantity | None:
    """A written time between two events ('two days after the flood') where the aligned reference puts an unwritten one
    the same way ('a week after the flood'): another time between them, outside LENGTH_TOLERANCE. None otherwise."""

    def way(doc_text: str, x: Quantity) -> str | None:
        after = doc_text[x.end : x.end + 12].lower().split()[:1]
        return after[0].strip(",.;") if after and after[0].strip(",.;") in ("after", "before", "later", "earlier") else None

    mine, shift = _span_in_base(q), way(ctx.candidate.text, q)
    if shift is None or mine is None or not units.is_unit(q.unit):
        return None
    for r in refs:
        if not r.implicit or r.per or way(ctx.reference.text, r) != shift or not (q.in_other_units(r) or q.unit == r.unit):
            continue
        theirs = _span_in_base(r)
        if theirs is None or not q.same_dimension(r):
            continue
        if theirs[0] <= mine[1] * (1 + LENGTH_TOLERANCE) and mine[0] <= theirs[1] * (1 + LENGTH_TOLERANCE):
            return None
        return r
    return None


def _span_in_base(x: Quantity) -> tuple[float, float] | None:
    low, high = units.in_base_units(x.low, x.unit), units.in_base_units(x.high, x.unit)
    if low is None or high is None or low[0] <= 0:
        return None
    return low[0], high[0]


def _near(doc, x: Quantity, width: int = 5) -> set[str]:
    """The content lemmas a few words either side of a figure: what it is said of, near enough to tell two apart."""
    span = doc.doc.char_span(x.start, x.end, alignment_mode="expand")
    if span is None:
        return set()
    sent = span.sent
    around = doc.doc[max(sent.start, span.start - width) : min(sent.end, span.end + width)]
    return {t.lemma_.lower() for t in around if t.is_alpha and not t.is_stop and not (span.start <= t.i < span.end)}


def _answers(ctx: Context, c: Quantity, r: Quantity, q: Quantity) -> bool:
    """c, another figure of the candidate, is the reference figure r said again (the same amount and kind), about what
    r is about at least as much as q is."""
    if not (c.unit == r.unit != "" and _agrees(c, r)):
        return False
    # (a fraction's narrow band is one figure: 'a quarter' / '25%')
    if (
        r.stated_range
        and not c.is_range
        and not any(k.sent == c.sent and k.start != c.start and _agrees(k, r) for k in ctx.candidate.quantities)
    ):
        return False  # one end of a range is no range ('for 45 days' / 'between 15 and 45 days'), unless its sentence
        # gives the other end too ('3% to 5%', read as two figures)
    around_r = _near(ctx.reference, r)
    return len(_near(ctx.candidate, c) & around_r) >= len(_near(ctx.candidate, q) & around_r)


def _supported(q: Quantity, refs: list[Quantity]) -> bool:
    return any(_agrees(q, r) for r in refs)


def _rank_given(ctx: Context, q: Quantity) -> bool:
    """'number two' or 'number-two' (a rank), where the reference gives that rank as an ordinal ('second-largest')."""
    before = ctx.candidate.text[max(0, q.start - 7) : q.start].lower()
    if not re.search(r"\bnumber[\s-]$", before):
        return False
    return any(parse_ordinal(t.lower_) == q.low for t in ctx.reference.doc if t.is_alpha or t.like_num)


def _own_backed(ctx: Context, q: Quantity, ref_all: list[Quantity]) -> list[Quantity]:
    """The other figures of q's candidate sentence that the reference gives too ('to 2,900 from 1,100')."""
    mine = [c for c in ctx.candidate.quantities if c.sent == q.sent and c.start != q.start and c.unit not in ("×", "%")]
    return [c for c in mine if _supported(c, ref_all)]


def _firmly_supported(q: Quantity, refs: list[Quantity]) -> bool:
    """Supported, but not by a rough figure only ('around 60 trawlers') that an exact one falls near ('54 of the 130
    posts'): against a figure said of the same thing, nearness to another is no support."""
    return any(_agrees(q, r) and (q.approx or not r.approx or (r.low, r.high) == (q.low, q.high)) for r in refs)


def _written(q: Quantity, values: set[float]) -> bool:
    """Every numeral of q is written somewhere in the reference, in any form ('31' in "the month's 31 days")."""
    numerals = [float(x.replace(",", "")) for x in re.findall(r"\d[\d,]*(?:\.\d+)?", q.text)]
    if not numerals and not q.is_range and q.unit not in _RATIOS:
        numerals = [q.low]  # 'three' against 'third', 'thirty-one' against '31'
    return bool(numerals) and all(n in values for n in numerals)


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=DERIVED_TOLERANCE, abs_tol=1e-9)


def _sum_of(q: Quantity, v: float, total: float) -> bool:
    """v is the sum or difference `total`, to the last digit q is written with ('12.45 euros' is no 12.85 less 45 cents,
    '170' is 164 and six); a figure in words, to DERIVED_TOLERANCE."""
    m = re.search(r"\d[\d,]*(?:\.(\d+))?", q.text)
    if m is None:
        return _close(v, total)
    written = float(m.group(0).replace(",", ""))
    scale = q.low / written if written else 1.0
    return abs(v - total) <= 0.5 * 10 ** -len(m.group(1) or "") * scale + 1e-9


def _derivable(q: Quantity, refs: list[Quantity], sums: bool = True) -> bool:
    """q can be worked out from two figures of the aligned reference sentences: their sum or difference ('170 on
    board' from 164 passengers and six crew), one as a share of the other, the change between them in percent, or a
    share of one ('about 80' from 'a third of its 240 staff'); without `sums`, shares only."""
    if q.is_range and not (q.unit == "%" and q.high <= q.low * 1.04):
        return False
    v = (q.low + q.high) / 2
    # a fraction is a narrow interval around its percentage ('a third'): its middle
    plain = [
        (r, (r.low + r.high) / 2) for r in refs if not r.looks_like_year and (not r.is_range or (r.unit == "%" and r.high <= r.low * 1.04))
    ]
    for a, x in plain:
        for b, y in plain:
            if a is b:
                continue
            # (a gap in percentage points between two percentages: '1.4 points below inflation' of 3.2% against 4.6%)
            gap = q.unit == "pp" and a.unit == b.unit == "%"
            # (a multiple is no sum: 'twenty times as much' is not 14 counts and six years)
            summed = q.unit not in ("%", "pp") and not _measured(a.unit) and not _measured(b.unit)
            if sums and (summed or (q.unit == a.unit == b.unit) or gap):
                if _sum_of(q, v, x + y) or _sum_of(q, v, x - y):
                    return True
            if q.unit == "%" and y and (_share_fits(q, v, 100 * x / y) or _close(v, 100 * abs(x - y) / y)):
                return True
            # ('outnumbered letters of support by four to one': a ratio of two things counted, each its own noun)
            ratio = re.search(r"\bto (?:one|1)$", q.text) is not None and not (_measured(a.unit) or _measured(b.unit))
            if q.unit == "×" and y and x > y and (a.unit == b.unit or not (a.unit and b.unit) or ratio) and _multiple_fits(q, v, x / y):
                return True  # 'more than double the 140,000 handled' of a plant for 300,000: the multiple of the two
            if a.unit == "%" and q.unit != "%" and (_close(v, x / 100 * y) or (q.approx and abs(v - x / 100 * y) <= 0.1 * v)):
                return True
            # one of so many equal parts: 'three annual payments of £32,000' from '£96,000 ... in three equal instalments'
            if _count_of_parts(b, a.unit) and q.unit and q.unit == a.unit and q.unit not in _RATIOS and _close(v, x / y):
                return True
    return sums and _run_total(q, refs)


def _count_of_parts(n: Quantity, unit: str) -> bool:
    """n may count the equal parts of an amount of `unit`: a whole number from 2 to 100 of something else, exact, not
    a measure, a share or a multiple ('doubled to $240,000' is no two parts of it)."""
    if n.is_range or n.approx or n.unit == unit or n.unit in _RATIOS or _measured(n.unit):
        return False
    return n.low == int(n.low) and 2 <= n.low <= 100


def _equal_part(ctx: Context, q: Quantity, refs: list[Quantity]) -> bool:
    """q is one of so many equal parts of a reference amount of its unit, the number of parts given on both sides
    ('three instalments of £32,000' / '£96,000 ..., paid in three equal instalments')."""
    if q.is_range or not q.unit or q.unit in _RATIOS:
        return False
    v = (q.low + q.high) / 2
    mine = [c for c in ctx.candidate.quantities if c.sent == q.sent and c.start != q.start and not c.is_range]
    for n in refs:
        parts = n.low
        if not _count_of_parts(n, q.unit):
            continue
        counted = any(c.low == parts and c.unit == n.unit for c in mine)
        if counted and any(r.unit == q.unit and not r.is_range and _close(v, r.low / parts) for r in refs):
            return True
    return False


def multiple_of_own(ctx: Context, q: Quantity, rivals: list[Quantity]) -> bool:
    """A multiple of a figure the candidate's sentence gives before it, which is the rival's figure ('rejected a 3.5%
    offer and want double that' / 'the union is seeking 7 per cent')."""
    factors = [x.low for x in q.readings() if x.unit == "×" and x.low > 0]
    # (a share of that figure: 'wants a 9% rise; the operator has offered half that' / 'has offered 4.5 per cent')
    after = [w.strip(",.;:") for w in ctx.candidate.text[q.end : q.end + 12].lower().split()[:2]]
    if after[:1] in (["that"], ["this"]) or after == ["of", "that"]:
        factors += [(x.low + x.high) / 200 for x in q.readings() if x.unit == "%" and 0 < x.low <= x.high < 100]
    mine = [c for c in ctx.candidate.quantities if c.sent == q.sent and c.end <= q.start and c.unit != "×" and not c.is_range]
    return any(r.unit == c.unit and _close(r.low, c.low * f) for f in factors for c in mine for r in rivals)


_COMPARED_MORE = frozenset({"more", "higher", "heavier", "longer", "larger", "bigger", "greater", "taller", "older", "later", "up"})
_COMPARED_LESS = frozenset({"less", "fewer", "lower", "lighter", "shorter", "smaller", "younger", "earlier", "down"})


def _difference_of_own(ctx: Context, q: Quantity) -> bool:
    """A difference told with a comparative after it ('was 1,060kg – 250kg lighter'), of a figure the candidate's
    sentence gives and another of the reference, in whichever sentence ('weighing 1,310 kilograms ... the previous
    record of 1,060 kilograms'): the gap between the two."""
    span = ctx.candidate.doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or q.is_range:
        return False
    after = [t.lower_ for t in ctx.candidate.doc[span.end : span.end + 2]]
    # which way the sentence's own figure stands from the other: 'was 1,060kg - 250kg lighter' is the smaller
    up = any(w in _COMPARED_MORE for w in after)
    down = any(w in _COMPARED_LESS for w in after)
    if up == down:
        return False
    mine = [c for c in ctx.candidate.quantities if c.sent == q.sent and c.start != q.start and not c.is_range]
    figures = [r for r in ctx.reference.quantities if not r.is_range and not r.looks_like_year]
    for c in mine:
        for a in (r for r in figures if c.states_same_amount(r)):
            for b in figures:
                if b is a or b.unit != a.unit:
                    continue
                amount = abs(a.low - b.low)
                gap = replace(a, low=amount, high=amount, approx=False, alt=())
                if amount and q.states_same_amount(gap) and (a.low > b.low) == up:
                    return True
    return False


def _run_total(q: Quantity, refs: list[Quantity]) -> bool:
    """q is a rate times the time it runs, both of the aligned reference sentences ('£255,000' from '£85,000 a year
    for three years')."""
    if q.per or q.is_range:
        return False
    return any(q.unit == a.unit and _sum_of(q, q.low, a.low * _periods(a, b)) for a in refs for b in refs if a is not b and not a.is_range)


def _periods(rate: Quantity, length: Quantity) -> float:
    """How many of the rate's periods the length of time is ('three years' at 'a year': 3, '18 months': 1.5); 0 where
    the rate has no period or the length is no time."""
    if not rate.per or length.per:
        return 0.0
    one, span = units.in_base_units(1.0, rate.per), units.in_base_units(1.0, length.unit) if length.unit else None
    if not one or not span or one[1] != span[1] or "[time]" not in one[1]:
        return 0.0
    return length.low * span[0] / one[0]


def _without_slot_rival(ctx: Context, q: Quantity, refs: list[Quantity]) -> list[Quantity]:
    """The reference figures to work q out from, less the one q stands in place of: the only figure the candidate
    leaves out, of q's unit and in q's slot, where it keeps the others ('aim for 90 per cent, against about 55 per cent
    recycled today' / '... against roughly 35 per cent': 35 is not 90 less 55, it replaces 55)."""

    def kept(r: Quantity) -> bool:
        return any(c.states_same_amount(r) or c.same_value(r) for c in ctx.candidate.quantities)

    before = ctx.candidate.text[max(0, q.start - 15) : q.start]
    if _change_word(ctx.candidate.doc, q) is not None or re.search(r"\b(?:by|gap|difference)\W*$", before):
        return refs  # 'went up by $2, to $6' from 'rose from $4 to $6': told as the change, worked out
    plain = [r for r in refs if not r.looks_like_year]
    left = [r for r in plain if not kept(r)]
    if len(left) != 1 or len(plain) < 2:
        return refs
    rival = left[0]
    if rival.unit != q.unit:
        return refs
    # the word after both, or what both are said of ('£21 million would come from a national fund' / '£15m of which will
    # come from a national fund')
    if not (_same_slot(ctx, q, rival) or all(_in_part_slot(ctx, q, r, rival) for r in plain if r is not rival)):
        return refs
    return [r for r in refs if r is not rival]


def _total_of(q: Quantity, rivals: list[Quantity]) -> bool:
    """q is the sum of two of its rivals, figures of its own kind ('50kg' of two things the reference weighs at 38 and
    12 kilograms): the total, told where the reference gives the parts."""
    parts = [r for r in rivals if r.unit == rivals[0].unit and not r.is_range and not q.is_range]
    pairs = [(a, b) for i, a in enumerate(parts) for b in parts[i + 1 :]]
    sums = [replace(a, low=a.low + b.low, high=a.high + b.high, approx=a.approx or b.approx) for a, b in pairs]
    return any(_agrees(q, total) for total in sums)


def _with_ones_listed(ctx: Context, q: Quantity, rivals: list[Quantity]) -> bool:
    """q counts a rival's things together with those of the same noun listed beside it, one each ('five schools' /
    'four primary schools, a secondary school'): the total of the list."""
    for r in rivals:
        noun = _root(ctx.reference, r)
        if not _counted(r) or r.is_range or q.is_range or noun is None or noun.pos_ != "NOUN":
            continue
        top = noun
        while top.dep_ in ("conj", "appos") and top.head.i != top.i:
            top = top.head
        listed, stack = set(), [top]  # the list the noun is in, however the parse joins it ('conj', or 'appos' after a comma)
        while stack:
            t = stack.pop()
            listed.add(t.i)
            stack += [c for c in t.children if c.dep_ in ("conj", "appos")]
        listed.discard(noun.i)
        ones = [
            ctx.reference.doc[i]
            for i in listed
            if ctx.reference.doc[i].lemma_.lower() == noun.lemma_.lower()
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in ctx.reference.doc[i].children)
        ]
        if ones and _close(q.low, r.low + len(ones)):
            return True
    return False


def _joined_after(ctx: Context, q: Quantity) -> bool:
    """q is said of two things joined by 'and' ('50kg of gingerbread and icing'), as a total is."""
    span = ctx.candidate.doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return False
    after = ctx.candidate.doc[span.end : min(span.sent.end, span.end + 6)]
    return any(t.lower_ == "and" for t in after) and not any(t.like_num for t in after)


def _multiple_fits(q: Quantity, v: float, ratio: float) -> bool:
    """The ratio of two figures is the multiple q says, as loosely as people say multiples: 'more than doubled' for
    2.6 times, 'nearly trebled' for 2.8, 'tripled' for 2.9; 'halved' (0.5) for a fall to 0.45 of the figure."""
    if v < 1:
        v = 1 / v  # 'halved': the larger figure over the smaller is 2
    bound = q.bound
    if bound == "lower":
        return v <= ratio < v + 1
    if bound == "upper":
        return 0.8 * v <= ratio <= v
    return abs(ratio - v) <= 0.1 * v


def _share_fits(q: Quantity, v: float, share: float) -> bool:
    """The share worked out from two reference figures is what q says, as closely as q says it: 'over three-fifths'
    of the target for £38,000 of £60,000 (63%), 'nearly half' for 47%, 'about a third' for 35%."""
    bound = q.bound
    if bound == "lower":
        return v <= share <= 1.15 * v
    if bound == "upper":
        return 0.92 * v <= share <= v
    if bound == "about":
        return abs(share - v) <= 0.07 * v
    return _close(v, share)


def _equal_share(ctx: Context, q) -> bool:
    """A share that the aligned reference sentence gives as an equal split: 'half ... and half to B' where it says
    'split equally between A and B' (two parties, 50 per cent each), a third where it names three."""
    if q.unit != "%":
        return False
    for n in ctx.refs_for(q.sent):
        sent = ctx.reference.doc[ctx.reference.sentences[n].token_start : ctx.reference.sentences[n].token_end]
        if not any(t.lower_ in ("equally", "evenly", "equal") for t in sent):
            continue
        for between in (t for t in sent if t.lower_ in ("between", "among", "amongst")):
            first = next((c for c in between.children if c.dep_ == "pobj"), None)
            parties = 1 + len(list(first.conjuncts)) if first is not None else 0
            if parties >= 2 and q.low <= 100 / parties <= q.high:
                return True
    return False


def _those_counted(doc, q: Quantity) -> bool:
    """'the two sides', 'the two men': 'the two' after two parties are named counts them again (the definite article
    says so), it tells nothing new; a larger count may ('the five victims')."""
    words = [t for t in doc if q.start <= t.idx < q.end]
    if len(words) != 1 or not words[0].is_alpha or q.low != q.high or q.low != 2:
        return False
    tok = words[0]
    before, after = (doc[tok.i - 1] if tok.i else None), (doc[tok.i + 1] if tok.i + 1 < len(doc) else None)
    return before is not None and before.lower_ == "the" and after is not None and after.tag_ == "NNS"


def _remainder(q: Quantity, refs: list[Quantity], ctx: Context | None = None) -> bool:
    """An amount of money that is the difference of two in the aligned reference sentences ('costs 96 million dollars,
    of which the state pays 60 million and the firm the rest' / 'the firm the other $36m'): worked out, not changed.
    Only money: counts of the same noun add up by chance ('3 dead and 5 hurt' is no '8 dead').

    Given the context, not where q stands in the part's own slot ('£36 million, of which £21 million would come from a
    national fund' / '£36m, £15m of which will come from a national fund'): said of what the part is said of, the
    difference is that part changed, however it adds up."""
    unit = q.unit
    if not unit and ctx is not None:
        # (a figure whose currency its sentence writes once: 'Of its 27 million euro cost, 20 million came from the state
        # and 7 million from the municipality')
        money = {c.unit for c in ctx.candidate.quantities if c.sent == q.sent and len(c.unit) == 3 and c.unit.isupper()}
        unit = next(iter(money)) if len(money) == 1 else unit
    if q.is_range or not (len(unit) == 3 and unit.isupper()):
        return False
    whole = [r for r in refs if r.unit == unit and not r.is_range]
    parts = [r for r in refs if r.unit in (unit, "") and not r.is_range]  # 'of which 60 million': the same money
    for a in whole:
        for b in parts:
            if a.low > b.low and _sum_of(q, q.low, a.low - b.low):
                if ctx is not None and _in_part_slot(ctx, q, a, b):
                    continue
                return True
    return False


def _in_part_slot(ctx: Context, q: Quantity, whole: Quantity, part: Quantity) -> bool:
    """q is said of what the reference's part is said of (two content words or more beside both that are not beside the
    whole), as much as of what the whole is said of."""
    # (a part of that whole as the reference tells it: '£36 million, of which £21 million'; not a change, 'from 30 to 40')
    between = ctx.reference.text[whole.end : part.start].lower() if whole.end <= part.start else ""
    if not re.search(r"\b(?:of which|of that|of this|of it|including)\b", between) or len(between) > 40:
        return False
    mine, theirs, whole_words = _near(ctx.candidate, q, 8), _near(ctx.reference, part, 8), _near(ctx.reference, whole, 8)
    shared = mine & (theirs - whole_words)
    return len(shared) >= 2 and len(shared) >= len(mine & (whole_words - theirs))


def _ago(ctx: Context, q: Quantity) -> bool:
    """A length of time counted back from now: 'twelve months ago' names a day, as 'a year ago' does."""
    rest = ctx.candidate.text[q.end : q.end + 5].lower()
    return rest.strip().startswith("ago")


def _lengths_counted(ctx: Context, q: Quantity, rivals: list[Quantity]) -> bool:
    """q is a count times a length the reference gives with its count before it ('three one-day strikes' / 'on three
    separate days', 'two four-hour sessions' / 'eight hours'): the total, worked out."""
    doc = ctx.reference.doc
    for r in rivals:
        span = doc.char_span(r.start, r.end, alignment_mode="expand")
        count = parse_number(doc[span.start - 1].text) if span is not None and span.start > 0 else None
        if count is not None and r.unit == q.unit and _close(q.low, count * r.low):
            return True
    return False


def _scale_words(q: Quantity) -> set[str]:
    return set(re.findall(r"\b(?:thousand|million|billion|trillion)\b", q.text.lower()))


def _change_between(ctx: Context, q: Quantity, refs: list[Quantity]) -> bool:
    """q is the change between two figures of the same unit in the aligned reference sentences, and the candidate's
    sentence gives one of them too ('rose from $4 to $6' / 'went up by $2, to $6'): the same fact, counted."""
    if q.is_range:
        return False
    # a figure without its noun counts with one that has it, said on the same scale ('to 5.6 million tonnes from 6.1
    # million'; not '5,000 homes ... 3,000 were reconnected', where the bare figure is a part)
    scale = _scale_words(q)
    same = [r for r in refs if (r.unit == q.unit or (not r.unit and scale and scale <= _scale_words(r))) and not r.is_range]
    # (and the bare end of a change from a figure with its noun: 'fall from an average of 31 pupils to 27')
    text = ctx.reference.text
    same += [
        r
        for r in refs
        if not r.unit
        and not r.is_range
        and re.search(r"\bto\s*$", text[max(0, r.start - 6) : r.start])
        and any(x.unit == q.unit and x.sent == r.sent and 0 < r.start - x.end < 30 for x in same)
    ]
    here = [c for c in ctx.candidate.quantities if c.sent == q.sent and c is not q]
    for a in same:
        for b in same:
            if a is b or q.unit not in (a.unit, b.unit):
                continue
            if _sum_of(q, q.low, abs(a.low - b.low)) and any(_agrees(c, a) or _agrees(c, b) for c in here):
                return True
    return False


def _change_size(ctx: Context, q: Quantity, refs: list[Quantity]) -> tuple[Quantity, Quantity, bool] | None:
    """q is the size of a change ('a drop of 17 percentage points', 'rose by 40') between two figures the aligned
    reference sentences give, the level and the one it went from ('58 per cent, down from 71 per cent'), and the
    candidate's sentence gives one of them too: (the figure it went from, the level, whether q is the amount they
    differ by), or None. Percentage points are a change of a percentage."""
    # (or a change told as a share of where it started: 'will rise by half, from 4.2 million to 6 million'; a fraction's
    # percentage is a narrow range)
    share = q.unit == "%" and _change_word(ctx.candidate.doc, q) == "by"
    fraction = share and not any(ch.isdigit() for ch in q.text)  # 'by half': 49.25-50.75%
    # (a fraction in words may be hedged, 'by almost a third', and still be weighed against the figures, as its hedge says)
    if (q.approx and not fraction) or (q.is_range and not fraction):
        return None
    unit = "%" if q.unit == "pp" else q.unit
    if q.unit != "pp" and _change_word(ctx.candidate.doc, q) != "by" and not _change_noun_before(ctx.candidate.doc, q):
        return None
    # a share with no percentages in the reference is a share of its figures, of one thing whose unit may be said once
    # ('3.5 million tonnes a year to 5 million')
    relative = share and not any(r.unit == unit for r in refs)
    kinds = {r.unit for r in refs if r.unit not in ("%", "pp")} if relative else {unit}
    if relative:
        kinds = kinds if len(kinds - {""}) <= 1 else {unit}
        unit = next(iter(kinds - {""}), "")
    same = [r for r in refs if r.unit in kinds and not r.is_range and r.low == r.high]
    # (a bare figure a change starts from, its unit said once beside it: 'from 2.40 to 2.75 pounds', '3.10 pounds, up
    # from 2.90'; not in a sentence that gives ranges of the unit, where 'from 2 to 4 percent' is a range of its own:
    # 'raised its forecast to between 3 and 5 percent, from 2 to 4 percent')
    text = ctx.reference.text
    ranged = {r.sent for r in refs if r.is_range and r.unit in kinds}
    same += [
        r
        for r in refs
        if not r.unit
        and r not in same
        and r.low == r.high
        and r.sent not in ranged
        and _after_from(text, r)
        and any(x.unit in kinds and x.sent == r.sent and (0 < x.start - r.end < 12 or 0 < r.start - x.end < 20) for x in same)
    ]
    olds = [r for r in same if _after_from(text, r) or baseline(ctx.reference.doc, r)]
    news = [r for r in same if r not in olds]
    if len(olds) != 1 or len(news) != 1:
        # several changes in the sentences: the one whose ends stand side by side, one of them the figure the candidate
        # gives right after q ('rise by 45p to £2.75')
        after = [c for c in ctx.candidate.quantities if c.sent == q.sent and 0 < c.start - q.end < 12 and c.unit in kinds]
        ends = [(o, n) for o in olds for n in news if abs(o.start - n.start) < 30 and any(_agrees(c, n) or _agrees(c, o) for c in after)]
        if len(ends) != 1:
            return None
        olds, news = [ends[0][0]], [ends[0][1]]
    old, new = olds[0], news[0]
    if any(_change_word(ctx.reference.doc, r) == "by" for r in (old, new)):
        return None  # 'rise by 4 per cent from July, with a further 2.5 per cent': two steps, not a level and its start
    here = [c for c in ctx.candidate.quantities if c.sent == q.sent and c is not q and c.unit in kinds]
    if not any(_agrees(c, old) or _agrees(c, new) for c in here):
        return None
    if relative and unit != "%":
        if not old.low:
            return None
        # a share in words is rounded to the nearest simple fraction ('by half' for 48%); one in figures to its digit
        said, worked = (q.low + q.high) / 2, 100 * abs(new.low - old.low) / old.low
        if q.approx:
            # a hedged fraction by the way its hedge points: 'more than half' from 49%, 'almost a third' to 34%, 'about a
            # third' within a fifth of it
            low, high = {"lower": (said - 1, said * 1.3), "upper": (said * 0.85 - 1, said + 1)}.get(q.bound, (said * 0.8, said * 1.2))
            return old, new, low <= worked <= high
        loose = 2.5 if fraction else 0.6
        return old, new, abs(said - worked) <= loose
    if q.approx:
        return None
    size = abs(new.low - old.low)
    return old, new, _close(q.low, size)


@lru_cache(maxsize=1)
def _change_verbs() -> frozenset[str]:
    """The verbs of a change either way (lexicon `direction_of_change`)."""
    return frozenset(v for way in lexicon()["direction_of_change"].values() for v in way)


def _change_noun_before(doc, q: Quantity) -> bool:
    """'a drop of 17 points', 'an increase of $40': the amount of a noun that names a change (one made of a verb of
    change: lexicon `direction_of_change`)."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or span.start < 2 or doc[span.start - 1].lower_ != "of":
        return False
    noun = doc[span.start - 2]
    changes = _change_verbs()
    return noun.pos_ == "NOUN" and (noun.lemma_.lower() in changes or bool(set(noun_verbs(noun.lemma_.lower())) & changes))


def _figure(value: float) -> str:
    """A figure as a reader writes it: '12,000,000', '42.9', not '1.2e+07'."""
    return f"{value:,.0f}" if value == int(value) else f"{value:,.6g}" if abs(value) < 1e6 else f"{value:,.1f}"


def _ratio_between(ctx: Context, q: Quantity, refs: list[Quantity]) -> bool:
    """q is a multiple ('doubled', 'halved', 'three times') that is the ratio of two figures of one unit in the aligned
    reference sentences, and the candidate's sentence gives one of them too ('up from 15 percent to 30 percent' / 'will
    double it to 30%'): the same change, told as a multiple."""
    factors = [x.low for x in q.readings() if x.unit == "×" and x.low > 0]
    if not factors:
        return False
    k = factors[0]  # above 1 a rise ('doubled'), below it a fall ('halved')
    # the figure the multiple leads to: the next one in its sentence ('halved to 20% while ... doubled to 4%')
    after = [c for c in ctx.candidate.quantities if c.sent == q.sent and c.start >= q.end]
    here = after[:1]
    same = [r for r in refs if r.unit and r.unit != "×" and not r.is_range and r.low > 0]
    for old in (r for r in same if _after_from(ctx.reference.text, r)):  # the figure it went from
        for new in (r for r in same if r is not old and r.unit == old.unit and abs(r.low / old.low - k) <= 0.02 * k):
            # the candidate gives the figure it went to, or the one it went from, said as such
            if any(_agrees(c, new) and not _after_from(ctx.candidate.text, c) for c in here):
                return True
            if any(_agrees(c, old) and _after_from(ctx.candidate.text, c) for c in here):
                return True
    return False


def _standard(doc, x: Quantity) -> tuple[set[str], set[str]]:
    """The content lemmas of what a multiple is measured against, the words after it to a phrase of place, time or
    manner ('about half what they expect to receive under the deal' gives 'expect', 'receive'), and those of its
    sentence before it."""
    span = doc.doc.char_span(x.start, x.end, alignment_mode="expand")
    if span is None:
        return set(), set()
    after = set()
    for t in doc.doc[span.end : span.end + 8]:
        if t.is_punct or t.is_sent_start or (t.pos_ == "ADP" and t.lower_ not in ("of", "as", "than", "to") and t.i > span.end):
            break
        if t.is_alpha and not t.is_stop:
            after.add(t.lemma_.lower())
    before = {t.lemma_.lower() for t in doc.doc[span.sent.start : span.start] if t.is_alpha and not t.is_stop}
    return after, before


def _ratios(x: Quantity) -> list[float]:
    """What a multiple or a share says as a ratio: 'twice' 2, 'half' 0.5 (a share, the middle of its reading)."""
    out = []
    for y in x.readings():
        if y.unit == "×" and y.low == y.high and y.low > 0:
            out.append(y.low)
        elif y.unit == "%" and 0 < y.low and y.high <= 100 and y.high - y.low <= 2:
            out.append((y.low + y.high) / 200)
    return out


def _a_change(doc, x: Quantity) -> bool:
    """The multiple is a verb ('doubled', 'will halve') or the size of a change ('rose by half')."""
    span = doc.doc.char_span(x.start, x.end, alignment_mode="expand")
    return span is None or any(t.pos_ in ("VERB", "AUX") for t in span) or _change_word(doc.doc, x) is not None


def _reciprocal(ctx: Context, q: Quantity, rivals: list[Quantity]) -> bool:
    """q is the reciprocal of a rival multiple, the comparison told from its other side ('earning about half what they
    expect to receive' / 'expect to earn roughly twice as much'; 'more than twice that amount' / 'less than half of
    what they pay'): the same ratio. Not for a change ('doubled' / 'halved'), nor where both measure against the same
    thing ('half as much as last year' / 'twice as much as last year'), nor with a bound that does not turn round."""
    mine = _ratios(q)
    if not mine or _a_change(ctx.candidate.doc, q):
        return False
    turned = {"lower": "upper", "upper": "lower"}
    for r in rivals:
        theirs = _ratios(r)
        if not theirs or _a_change(ctx.reference.doc, r):
            continue
        if not any(abs(a * b - 1) <= 0.03 for a in mine for b in theirs):
            continue
        bounds = bound_direction(ctx.candidate.text, q), bound_direction(ctx.reference.text, r)
        if all(bounds) and bounds[0] != turned.get(bounds[1]):
            continue
        (theirs_after, theirs_before), (mine_after, mine_before) = _standard(ctx.reference, r), _standard(ctx.candidate, q)
        # each measures against what the other compares ('expect to earn roughly twice as much' / 'earning about
        # half what they expect'), more than both against the same thing
        crossed = len(theirs_after & (mine_before - mine_after)) + len(mine_after & (theirs_before - theirs_after))
        if crossed > len(theirs_after & mine_after):
            return True
    return False


def _share_of_rival(ctx: Context, q: Quantity, rivals: list[Quantity]) -> bool:
    """q is a share the reference gives of the rival, worked out ('roughly 15 hectares' / 'around a quarter of the
    60-hectare site'): the share stands right before the rival, 'of' between them."""
    for r in rivals:
        for x in ctx.reference.quantities:
            if x.unit != "%" or x.sent != r.sent or not 0 < x.end <= r.start:
                continue
            between = ctx.reference.text[x.end : r.start].lower().split()
            if not between or between[0] != "of" or len(between) > 4:
                continue
            worked = (x.low + x.high) / 2 / 100 * r.low
            loose = 0.1 if (q.approx or x.approx) else DERIVED_TOLERANCE
            if math.isclose(q.low, worked, rel_tol=loose):
                return True
    return False


def _share_told_beside(ctx: Context, q: Quantity, rivals: list[Quantity]) -> bool:
    """q is a share of the rival that the candidate states right after q and the aligned reference states too ('cut
    leakage to 60 million litres a day, half its 2020 level' / 'halve leakage from its 2020 level of 120 million'): the
    level the share gives, worked out."""
    after = [x for x in ctx.candidate.quantities if x.sent == q.sent and x.unit == "%" and 0 <= x.start - q.end <= 3]
    given = [x for x in ctx.reference.in_sentences(ctx.reference.quantities, ctx.refs_for(q.sent)) if x.unit == "%"]
    for x in after:
        if not any(x.same_value(g) for g in given):
            continue
        share = (x.low + x.high) / 200
        if any(r.low == r.high and math.isclose(q.low, share * r.low, rel_tol=0.02) for r in rivals):
            return True
    return False


def _multiple_of_rival(ctx: Context, q: Quantity, rivals: list[Quantity]) -> bool:
    """q is the rival's figure, which the candidate's sentence gives before it, times a multiple the sentence states
    and the reference says in a word of its own ('the £1.5m-a-year scheme doubled to £3m' / 'double funding for the
    scheme, currently worth £1.5 million a year')."""
    mine = [c for c in ctx.candidate.quantities if c.sent == q.sent and c.end <= q.start]
    given = [c for c in mine if c.unit != "×" and any(c.same_value(r) and c.unit == r.unit for r in rivals)]
    ref_words = {
        t.lemma_.lower()
        for n in ctx.refs_for(q.sent)
        for t in ctx.reference.doc[ctx.reference.sentences[n].token_start : ctx.reference.sentences[n].token_end]
    }
    for m in (c for c in mine if c.unit == "×" and c.low > 0):
        span = ctx.candidate.doc.char_span(m.start, m.end, alignment_mode="expand")
        said = span is not None and any(t.lemma_.lower() in ref_words for t in span if t.is_alpha)
        if said and any(_close(q.low, g.low * m.low) for g in given):
            return True
    return False


def _multiple_as_share(ctx: Context, q: Quantity, rivals: list[Quantity]) -> bool:
    """A multiple of a thing against the same as a percentage of it, or the other way round ('up to twice the arrears' /
    'up to 200% of the arrears'): not a change ('doubled' is up 100%), the percentage followed by 'of'."""
    sides = ((q, ctx.candidate), *((r, ctx.reference) for r in rivals))
    times = [(x, doc) for x, doc in sides if x.unit == "×" and not _a_change(doc.doc, x)]
    shares = [(x, doc) for x, doc in sides if x.unit == "%" and doc.text[x.end : x.end + 4] == " of "]
    return any(
        (m is q or s is q) and math.isclose(100 * m.low, s.low, rel_tol=1e-6) and m.bound == s.bound for m, _ in times for s, _ in shares
    )


def _count_before(doc, x: Quantity, quantities: list[Quantity]) -> Quantity | None:
    """The count of a rate told as so many a period ('four trains an hour': 'four' before 'an hour'), the period's
    'a', 'an', 'per' or 'each' right before it."""
    span = doc.doc.char_span(x.start, x.end, alignment_mode="expand")
    if span is None or span[0].lower_ not in ("a", "an", "per", "each"):
        return None
    near = [c for c in quantities if c.sent == x.sent and c.end <= x.start and c.unit not in _RATIOS]
    near = [c for c in near if not is_money(c.unit) and units.in_base_units(1, c.unit) is None]
    near = [c for c in near if len(doc.text[c.end : x.start].split()) <= 3 and not re.search(r"[,;:]", doc.text[c.end : x.start])]
    return near[-1] if near else None


def _every(doc, x: Quantity) -> bool:
    """A length of time told as how often something comes round ('every 15 minutes')."""
    return doc.text[max(0, x.start - 6) : x.start].strip().lower() == "every"


def _rates_and_intervals(ctx: Context, q: Quantity) -> Iterator[tuple[Quantity, Quantity, Quantity, bool]]:
    """Each rate told as so many a period on one side and as an interval on the other ('four trains an hour' / 'every
    15 minutes') that q is part of: (the period, its count, the interval, whether the count times the interval is the
    period)."""
    mine = [x for x in ctx.candidate.quantities if x.sent == q.sent]
    theirs = [r for r in ctx.reference.quantities if r.sent in ctx.refs_for(q.sent)]
    pairs = []
    for period in (x for x in mine if x is q or _count_before(ctx.candidate, x, mine) is q):
        pairs += [(period, _count_before(ctx.candidate, period, mine), r) for r in theirs if _every(ctx.reference, r)]
    if _every(ctx.candidate, q):
        pairs += [(r, _count_before(ctx.reference, r, theirs), q) for r in theirs]
    for period, count, interval in pairs:
        length, every = units.in_base_units(period.low, period.unit), units.in_base_units(interval.low, interval.unit)
        # (what is counted is what comes round: 'four trains an hour' / 'trains will run every 15 minutes', not '9,000
        # passengers a day' against 'trams every seven minutes')
        doc = ctx.reference if interval in ctx.reference.quantities else ctx.candidate
        sent = doc.sentences[interval.sent]
        counted = (
            count is not None and bool(count.unit) and count.unit in {t.lemma_.lower() for t in doc.doc[sent.token_start : sent.token_end]}
        )
        if counted and length and every and length[1] == every[1]:
            yield period, count, interval, units.agree(length, (count.low * every[0], every[1]), 1e-6)


def _rate_as_interval(ctx: Context, q: Quantity) -> bool:
    """q is the count or the period of a rate the reference tells as an interval, or an interval the reference tells as
    a rate ('four trains an hour' / 'every 15 minutes'): the count times the interval is the period."""
    return any(same for *_, same in _rates_and_intervals(ctx, q))


def _rate_against_interval(ctx: Context, q: Quantity) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The candidate's rate and the reference's interval, or the other way round, where the count times the interval
    is not the period ('three trains an hour' / 'every 15 minutes'): the spans of the two, the count's with its rate."""
    for period, count, interval, same in _rates_and_intervals(ctx, q):
        if same:
            return None
        if period.start >= count.end and count in ctx.candidate.quantities:
            return (count.start, period.end), (interval.start, interval.end)
        if interval in ctx.candidate.quantities:
            return (interval.start, interval.end), (count.start, period.end)
    return None


def _rate_finding(ctx: Context, mine: tuple[int, int], theirs: tuple[int, int]) -> Finding:
    """A rate told against an interval that does not fit it ('three trains an hour' / 'every 15 minutes')."""
    message = f"'{ctx.candidate.text[slice(*mine)]}' where the reference gives '{ctx.reference.text[slice(*theirs)]}'"
    return ctx.finding(FindingType.NUMBER, Severity.MAJOR, 0.6, message, mine, theirs, NAME)


def _after_from(text: str, x: Quantity) -> bool:
    """The figure is what something went from: 'from' before it, with no other figure between ('up from the current
    minimum of 15 percent')."""
    before = text[max(0, x.start - 35) : x.start].lower()
    m = list(re.finditer(r"\bfrom\b", before))
    return bool(m) and not re.search(r"\d", before[m[-1].end() :])


_MARGIN_WORDS = frozenset({"behind", "ahead", "adrift", "clear", "short", "more", "fewer", "less", "higher", "lower", "above", "below"})
_BELOW = frozenset({"behind", "adrift", "short", "fewer", "less", "lower", "below"})
# a margin told by a comparative of size: 'longer', 'shorter' (with 'more', 'higher', 'above' and the like above)
_MORE_WORDS = frozenset({"longer", "taller", "higher", "bigger", "larger", "greater", "heavier", "deeper", "wider", "over"})
_LESS_WORDS = frozenset({"shorter", "smaller", "lighter", "shallower", "narrower", "under"})


def _margin_from(ctx: Context, q: Quantity, rivals: list[Quantity]) -> bool:
    """q is another reference figure moved by a rival that the reference gives as a margin ('scored 94 points ... the
    runner-up finished two points behind' / 'came second with 92 points'): the same figure, worked out."""
    for r in rivals:
        following = set(re.findall(r"[a-z]+", ctx.reference.text[r.end : r.end + 30].lower())[:2])  # past the unit: 'two points behind'
        if not following & _MARGIN_WORDS or r.low != r.high:
            continue
        sign = -1 if following & _BELOW else 1
        for x in ctx.reference.quantities:
            # the other party's figure, in a sentence of its own ('X scored 94. Y finished two points behind'); in the
            # margin's own sentence it is the figure of the one behind ('Y finished on 54, 3 points behind X')
            if x is r or x.unit != q.unit or x.low != x.high or x.looks_like_year or x.sent == r.sent:
                continue
            if q.low == q.high == x.low + sign * r.low:
                return True
    return False


def _in_base(x: Quantity) -> tuple[float, str] | None:
    """An exact figure in base units, with its dimension (a plain count in its own noun)."""
    if x.low != x.high:
        return None
    if units.is_unit(x.unit):
        return units.in_base_units(x.low, x.unit)
    return (x.low, x.unit) if x.unit else None


def _bare(x: Quantity) -> tuple[float, str] | None:
    """An exact figure with no unit written ('the 120 million'), to be read in the measure of the figures beside it."""
    return (x.low, "") if x.low == x.high and not x.unit and not x.looks_like_year else None


def _margin_to(ctx: Context, q: Quantity, rivals: list[Quantity]) -> bool:
    """q is a margin the candidate works out ('6.4 metres, 20 centimetres short of the record' where the reference
    gives the record, 6.6 metres): another figure of q's sentence agrees with a reference figure, and the two stand
    q apart, in any unit of the same measure."""
    following = set(re.findall(r"[a-z]+", ctx.candidate.text[q.end : q.end + 30].lower())[:2])
    # (a figure with its measure written once: '142 million litres ... 22 million more than the 120 million')
    mine = _in_base(q) or _bare(q)
    above, below = following & (_MARGIN_WORDS | _MORE_WORDS) - _BELOW - _LESS_WORDS, following & (_BELOW | _LESS_WORDS)
    if bool(above) == bool(below) or mine is None:
        return False
    sign = 1 if above else -1  # '20 centimetres short of the record': the candidate's figure below the record
    here = [c for c in ctx.candidate.quantities if c.sent == q.sent and c is not q and (_in_base(c) or _bare(c)) is not None]
    for c in here:
        given = [x for x in ctx.reference.quantities if _agrees(c, x) or (c.in_other_units(x) and c.same_measure(x))]
        if not given:
            continue
        a = _in_base(c)
        for r in rivals:
            b = _in_base(r)
            if None not in (a, b, _in_base(q)):
                if a[1] == b[1] == mine[1] and math.isclose(sign * (a[0] - b[0]), mine[0], rel_tol=0.03):
                    return True
            elif r.low == r.high and len({x.unit for x in (q, c, r) if x.unit}) <= 1:
                if math.isclose(sign * (c.low - r.low), q.low, rel_tol=0.03):
                    return True  # (in the figures as written, where one of the three has no unit)
    return False


_FROM_TO = re.compile(r"\bfrom\s+([\d.,]+)\s+(?:to|-|–)\s*$", re.I)


def _from_to(ctx: Context, q: Quantity, rivals: list[Quantity]) -> bool:
    """q ends a range written 'from 10 to 25 cm' (read as a change and its level) where the reference gives the range
    itself ('between 10 and 25 centimetres'): the same span of values."""
    m = _FROM_TO.search(ctx.candidate.text[max(0, q.start - 30) : q.start])
    if m is None:
        return False
    try:
        low = float(m.group(1).replace(",", ""))
    except ValueError:
        return False
    return any(r.is_range and r.low == low and _agrees(q, replace(r, low=r.high)) for r in rivals)


def _of_plural(ctx: Context, r: Quantity) -> bool:
    """The reference amount is what each of several things is: 'payments of up to 15,000 dollars', 'fines of 500 euros'."""
    span = ctx.reference.doc.char_span(r.start, r.end, alignment_mode="expand")
    if span is None:
        return False
    of = span.root.head
    if of.lower_ != "of" or of.dep_ != "prep" or of.head.tag_ != "NNS":
        return False
    totals = {"combined", "total", "totalling", "aggregate", "overall", "joint", "all"}
    said = [t.lower_ for t in of.head.subtree] + [t.lower_ for t in ctx.reference.doc[span.end : span.end + 2]]
    return not totals & set(said)  # 'combined sales of 2 million', 'grants of 2 million in total': one amount


def _rate_added(ctx: Context, q: Quantity, refs: list[Quantity]) -> Iterator[Finding]:
    """An amount of money given for each year (month, week, day) where the reference gives the same amount once, with
    no word of a rate in its own phrase ('a contract worth about €6 million' / 'a deal worth about €6m a year'): a
    total made a rate, a major finding. Not where the reference's phrase has one ('an annual budget of', 'spends ...
    annually')."""
    if not q.per or q.per == "each" or not is_money(q.unit):
        return
    # a rate word, or a word of an amount paid by the period ('a salary of £85,000' is a yearly amount already)
    words = {*lexicon()["rate_words"], "annual", "monthly", "weekly", "daily", "per", "each", "every", *lexicon()["periodic_amount_nouns"]}
    same = [r for r in refs if _agrees(q, replace(r, per=q.per)) and not r.per]
    if not same or any(r.per for r in refs if q.same_value(r)):
        return
    r = same[0]
    text = ctx.reference.text
    before = re.split(r"[,;:()]", text[ctx.reference.sentences[r.sent].start : r.start])[-1].lower()  # 'The annual fee ... will rise to'
    after = re.split(r"[,;:()]|\.\s", text[r.end : r.end + 30])[0].lower()
    phrase = f" {before} {after} "
    if any(re.search(rf"\b{re.escape(w)}\b", phrase) for w in words):
        return
    yield ctx.finding(
        FindingType.NUMBER,
        Severity.MAJOR,
        0.6,
        f"'{q.text}' gives as a rate ('{q.per}') what the reference gives as one amount ('{r.text}')",
        (q.start, q.end),
        (r.start, r.end),
        NAME,
    )


def _rate_dropped(ctx: Context, q: Quantity, refs: list[Quantity]) -> Iterator[Finding]:
    """An amount of money the reference gives for each year (month, week, day) that the candidate gives once, with no
    word of a rate or of that period anywhere in its sentence ('would cost around £1.1 million a year more' / 'will cost
    roughly £1.1 million more'): the rate lost, the amount told as a total, a major finding."""
    if q.per or not is_money(q.unit):
        return
    same = [r for r in refs if r.per and r.per != "each" and _agrees(replace(q, per=r.per), r)]
    if not same or any(q.same_value(r) and not r.per for r in refs):
        return  # (the reference gives the amount once too)
    r = same[0]
    s = ctx.candidate.sentences[q.sent]
    sentence = f" {ctx.candidate.text[s.start : s.end].lower()} "
    words = {*lexicon()["rate_words"], "annual", "per", "each", "every", r.per}
    if any(re.search(rf"\b{re.escape(w)}s?\b", sentence) for w in words):
        return
    # an amount that is itself a periodic one ('a salary of £30,000', 'earns £30,000'): a noun or verb of it near the
    # amount, not one of another phrase of the sentence ('... largely due to higher pay for drivers')
    near = f" {ctx.candidate.text[max(s.start, q.start - 40) : min(s.end, q.end + 30)].lower()} "
    if any(re.search(rf"\b{re.escape(w)}\b", near) for w in lexicon()["periodic_amount_nouns"]):
        return
    if any(c.per == r.per and c.same_value(replace(r, per="")) for c in ctx.candidate.quantities):
        return  # the candidate gives the rate with the amount elsewhere
    yield ctx.finding(
        FindingType.OMISSION,
        Severity.MAJOR,
        0.6,
        f"'{q.text}' gives as one amount what the reference gives for each {r.per} ('{r.text}')",
        (q.start, q.end),
        (r.start, r.end),
        NAME,
    )


def _distributed(ctx: Context, q: Quantity, refs: list[Quantity]) -> Iterator[Finding]:
    """The same amount given for each of several ('in each of its first six months') where the reference gives it
    once, with no word of distribution in its aligned sentences: the total multiplied by the count, a major finding."""
    if q.per != "each" or any(r.per for r in refs if _agrees(q, r) or q.same_value(r)):
        return
    if any(re.search(r"\d-[A-Za-z]", r.text) for r in refs if _agrees(q, r)):
        return  # '60-kilogram bags' / 'bags of 60 kilograms each': a measure of each thing, both ways
    if any(_of_plural(ctx, r) for r in refs if _agrees(q, r) or q.same_value(r)):
        return  # 'payments of up to 15,000 dollars to 60,000 farmers': the amount of each payment
    sentences = [ctx.reference.sentences[s] for s in ctx.refs_for(q.sent)]
    words = {t.lower_ for s in sentences for t in ctx.reference.doc[s.token_start : s.token_end]}
    if words & {"each", "every", "per", "apiece", "average", "individual", "individually"}:
        return
    yield ctx.finding(
        FindingType.NUMBER,
        Severity.MAJOR,
        0.6,
        f"'{q.text}' is given for each where the reference gives the amount once",
        (q.start, q.end),
        None,
        NAME,
    )


_ROUGHLY = r"(?:(?:about|around|roughly|some|nearly|almost|approximately|over|under)\s+)?"  # 'each about 4,000'
# the words of a measure between the word of distribution and its figure: 'each worth around 40,000 reais',
# 'together weighing 3 tonnes'
_MEASURED = r"(?:(?:worth|weighing|costing|measuring|valued\s+at|priced\s+at)\s+)?"
_EACH_BEFORE = re.compile(rf"\beach\s+{_MEASURED}{_ROUGHLY}$", re.I)
_EACH_AFTER = re.compile(r"^\s*(?:each|apiece)\b", re.I)
_TOGETHER = r"(?:together|jointly|between\s+them)\s+(?=[a-z]+\s)"  # with a measure after it: 'together worth some'
_TOTAL_BEFORE = re.compile(rf"\b(?:a\s+total\s+of|totall?ing|combined|altogether|{_TOGETHER})\s*{_MEASURED}{_ROUGHLY}$", re.I)
_TOTAL_AFTER = re.compile(r"^\s*(?:in\s+total|in\s+all|altogether|combined|between\s+them)\b", re.I)


def _told_as(text: str, q) -> str | None:
    """'each' for an amount said of each of several ('four stages, each about 2,300 square metres', '£40 apiece'),
    'total' for one said of all of them together ('about 2,300 square metres in total'), or None."""
    before, after = text[max(0, q.start - 30) : q.start], text[q.end : q.end + 20]
    if _EACH_BEFORE.search(before) or _EACH_AFTER.match(after):
        return "each"
    if _TOTAL_BEFORE.search(before) or _TOTAL_AFTER.match(after):
        return "total"
    # (or inside the figure's own words: 'fined £1,500 each', 'a total of £1,500')
    if re.search(r"\s(?:each|apiece)$", q.text, re.I):
        return "each"
    if re.match(r"^(?:a\s+total\s+of|in\s+total)\s", q.text, re.I) or re.search(r"\s(?:in\s+total|altogether|combined)$", q.text, re.I):
        return "total"
    return None


def _told_by_parse(doc, q) -> str | None:
    """'each' or 'total' where the parse says it: the figure's verb has 'each' for its subject ('both cubs are feeding
    well and each weighed 3.1kg'), or the figure is what a combined or total measure is ('a combined weight of 3.1
    kilograms')."""
    span = doc.doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return None
    root = span.root.head if span.root.dep_ == "nummod" else span.root
    head = root.head
    if head.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "each" for c in head.children):
        return "each"
    # ('the three clubs will each receive £360,000', 'were each offered about £2.5 million': 'each' on the verb)
    if head.pos_ in ("VERB", "AUX") and any(
        c.lower_ == "each" and c.i < root.i and c.dep_ in ("advmod", "npadvmod", "dep", "appos") for c in head.children
    ):
        return "each"
    if head.pos_ in ("VERB", "AUX") and any(c.lower_ in ("together", "jointly") and c.dep_ == "advmod" for c in head.children):
        return "total"
    if root.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in ("share", "split", "divide"):
        return "total"  # 'the two winners will share £15,000': the amount of them all, split between them
    following = root.doc[root.i + 1] if root.i + 1 < len(root.doc) else None
    if root.dep_ in ("dobj", "attr") and root.i >= span.end - 1 and following is not None and following.lower_ in ("each", "apiece"):
        return "each"  # 'claimed 184,000 crowns each': the amount, then 'each' (not 'ten students each received')
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        if any(c.dep_ == "amod" and c.lower_ in ("combined", "total", "overall", "joint") for c in head.head.children):
            return "total"
    return None


def _each_against_total(ctx: Context, q: Quantity, refs: list[Quantity]) -> Iterator[Finding]:
    """The same amount said of each of several on one side and of all of them together on the other ('each about 2,300
    square metres' / 'about 2,300 square metres in total'): the total is not the share, a major finding."""
    mine = _told_as(ctx.candidate.text, q) or _told_by_parse(ctx.candidate, q)
    if mine is None:
        return
    for r in refs:
        theirs = _told_as(ctx.reference.text, r) or _told_by_parse(ctx.reference, r)
        if theirs is not None and theirs != mine and (_agrees(q, r) or q.same_value(r)):
            yield ctx.finding(
                FindingType.NUMBER,
                Severity.MAJOR,
                0.6,
                f"'{q.text}' is given {'for each' if mine == 'each' else 'in total'} where the reference gives "
                f"'{r.text}' {'for each' if theirs == 'each' else 'in total'}",
                (q.start, q.end),
                (r.start, r.end),
                NAME,
            )
            return


def bound_direction(text: str, x: Quantity) -> str | None:
    """'lower' for a figure bounded from below ('more than 40', 'no fewer than 40'), 'upper' from above ('no more than
    40', 'up to 40'), None for any other: the comparison the figure's words begin with, and a 'no' or 'not' just before
    it ('No more than 40')."""
    ways = {phrase: way for way, listed in lexicon()["bound_directions"].items() for phrase in listed}
    said = x.text.lower()
    phrase = next((p for p in sorted(ways, key=len, reverse=True) if said.startswith(p + " ")), None)
    if phrase is None:
        # a bound said after the figure: '15 years or more', '40 or fewer', '£500 or less'
        after = re.match(r"\s+or\s+([a-z]+)\b", text[x.end : x.end + 15].lower())
        if after and after.group(1) in BOUND_AFTER:
            return BOUND_AFTER[after.group(1)]
        # or 'six weeks at the very least', 'a week at most'
        at = re.match(r",?\s+at\s+(?:the\s+)?(?:very\s+)?(least|most)\b", text[x.end : x.end + 25].lower())
        if at:
            return "lower" if at.group(1) == "least" else "upper"
        return None
    before = text[max(0, x.start - 5) : x.start].lower().split()
    denied = f"{before[-1]} {phrase}" if before else ""
    return ways.get(denied, ways[phrase])


_STRICT_BOUNDS = frozenset(
    {"more than", "over", "above", "in excess of", "well over", "just over", "fewer than", "less than", "under", "below", "just under"}
)
_INCLUSIVE_BOUNDS = frozenset({"at least", "a minimum of", "up to", "at most", "a maximum of"})


def bound_included(text: str, x: Quantity) -> bool | None:
    """Whether a bounded figure counts itself in ('at least 10', '10 or more', 'no more than 10': True) or not ('more than
    10', 'under 10': False); None for a figure with no such bound ('nearly 10', '10')."""
    said = x.text.lower()
    phrase = next((p for p in sorted(_STRICT_BOUNDS | _INCLUSIVE_BOUNDS, key=len, reverse=True) if said.startswith(p + " ")), None)
    if phrase is None and _compared_before(text, x) is not None:
        return False  # 'heavier than 7.5 tonnes': the figure itself left out
    if phrase is None:
        # after the figure: '10 or more', '70 and over' (with the figure), 'ten or fewer'
        return True if _bound_after(text, x) is not None else None
    before = text[max(0, x.start - 5) : x.start].lower().split()
    if before and before[-1] in ("no", "not"):
        return phrase in _STRICT_BOUNDS  # 'no more than 10' counts ten in; 'not at least' is no bound said
    return phrase in _INCLUSIVE_BOUNDS


def _compared_before(text: str, x: Quantity) -> str | None:
    """'lower' or 'upper' for a figure after a comparative and 'than' ('heavier than 7.5 tonnes', 'shorter than 2
    metres'); None otherwise."""
    before = re.search(r"\b([a-z]+)\s+than\s+$", text[max(0, x.start - 24) : x.start].lower())
    if before is None:
        return None
    word = before.group(1)
    return "lower" if word in _COMPARED_MORE else "upper" if word in _COMPARED_LESS else None


def _bound_moved_past(ctx: Context, q: Quantity, refs: list[Quantity]) -> Quantity | None:
    """The aligned reference figure of the same amount bounded the same way but with the figure itself on the other
    side ('more than ten employees' / 'ten or more employees': eleven at the least, or ten), which the candidate does
    not give so elsewhere."""
    mine = bound_direction(ctx.candidate.text, q) or _compared_before(ctx.candidate.text, q)
    included = bound_included(ctx.candidate.text, q)
    if mine is None or included is None or _clause_denied(ctx.candidate, q):
        return None
    for r in refs:
        if r.unit != q.unit or not q.same_value(r) or not _one_figure(q, r) or _clause_denied(ctx.reference, r):
            continue
        theirs = bound_included(ctx.reference.text, r)
        way = bound_direction(ctx.reference.text, r) or _compared_before(ctx.reference.text, r)
        if way != mine or theirs is None or theirs == included:
            continue
        if any(
            c.start != q.start and c.same_value(r) and bound_included(ctx.candidate.text, c) == theirs for c in ctx.candidate.quantities
        ):
            continue
        return r
    return None


def _clause_denied(doc, x: Quantity) -> bool:
    """The figure's sentence denies something besides the bound's own 'no' ('no donkey may be worked more than six
    hours', 'must not be more than'): the bound may be said through that denial, so only plain statements compare."""
    span = doc.doc.char_span(x.start, x.end, alignment_mode="expand")
    if span is None:
        return True
    own = {t.i for t in span} | {span.start - 1}

    def clause(t: Token) -> Token:
        return next((a for a in (t, *t.ancestors) if a.pos_ in ("VERB", "AUX")), t.sent.root)

    # (in the figure's clause or one above it: 'said it was disappointed that no bid had been considered' denies
    # nothing of 'whose petition attracted nearly 1,300 signatures')
    mine = clause(span.root)
    above = {mine.i, *(a.i for a in mine.ancestors)}
    return any(t.i not in own and (t.dep_ == "neg" or t.lower_ in NEGATORS) and clause(t).i in above for t in span.sent)


_ESTIMATE_WORDS = frozenset(
    {"estimate", "estimated", "reckon", "believe", "think", "put", "average", "mean", "median", "typical", "typically"}
)


def _estimate_or_average(text: str, x: Quantity) -> bool:
    """The figure is given as an estimate or an average ('an estimated €95 million', 'by an average of 1.50 euros')."""
    before = text[max(0, x.start - 16) : x.start].lower()
    return x.text.lower().startswith(("an estimated ", "estimated ")) or before.endswith(("an average of ", "on average "))


def _averaged_clause(doc, x: Quantity) -> tuple[int, int] | None:
    """The offsets of an 'on average' set in the figure's clause, away from the figure ('found that, on average, the
    events now happen 11 days earlier'), or None."""
    span = doc.doc.char_span(x.start, x.end, alignment_mode="expand")
    if span is None:
        return None
    above = {a.i for a in span.root.ancestors}
    for t in span.sent:
        if t.lower_ == "average" and t.head.lower_ == "on" and t.head.head.i in above:
            verb = t.head.head
            subject = {k.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for k in c.subtree}
            if span.root.i in subject:
                return None  # what the average is of, not the figure averaged: 'On average, the 2,000 drivers surveyed spent'
            return t.head.idx, t.idx + len(t.text)
    return None


def _bound_dropped(ctx: Context, q: Quantity, refs: list[Quantity]) -> Iterator[Finding]:
    """The aligned reference gives q's figure with a bound ('up to 40 hives') or as an estimate ('an estimated €95
    million') that the candidate gives without ('40 hives', 'valued at €95 million'), nowhere bounded: the figure's limit
    or its being a guess left out, a note (the figure itself agrees)."""
    if bound_direction(ctx.candidate.text, q) is not None or q.approx:
        return  # (a figure said roughly, 'as many as 40', qualifies it its own way)
    sent = ctx.candidate.doc.char_span(q.start, q.end, alignment_mode="expand")
    guessed = sent is not None and any(t.lemma_.lower() in _ESTIMATE_WORDS for t in sent.sent)
    for r in refs:
        averaged = _averaged_clause(ctx.reference, r)
        estimated = (_estimate_or_average(ctx.reference.text, r) or averaged is not None) and not guessed
        if r.unit != q.unit or not q.same_value(r) or (bound_direction(ctx.reference.text, r) is None and not estimated):
            continue
        if _over_a_stretch(ctx.reference, r):
            continue  # 'was carried out over three weeks': the time it took, no bound
        passed = _bound_by_verb(ctx.candidate, q)
        if passed is not None and passed == bound_direction(ctx.reference.text, r):
            return  # 'may have exceeded €1.1m' / 'more than 1.1 million euros': the verb says the bound
        if any(c.same_value(r) and bound_direction(ctx.candidate.text, c) is not None for c in ctx.candidate.quantities):
            return
        said = _with_denial(ctx.reference.text, r)
        before = ctx.reference.text[max(0, r.start - 16) : r.start].lower()
        lead = next((w for w in ("an average of ", "on average ") if before.endswith(w)), "")
        said = (said[0] - len(lead), said[1])
        if averaged is not None and not lead:
            said = averaged  # ('found that, on average, the events now happen 11 days earlier': the phrase itself)
        yield ctx.finding(
            FindingType.OMISSION,
            Severity.MINOR,
            0.5,
            f"the candidate gives '{q.text}' without the {'estimate or average' if estimated else 'bound'} of the reference's "
            f"'{ctx.reference.text[slice(*said)]}'",
            None,
            said,
            NAME,
        )
        return


def _bound_by_verb(doc, x: Quantity) -> str | None:
    """'lower' for a figure a verb of passing has for its object ('takings exceeded €1.1m', 'sales topped 4,000'),
    'upper' where that verb is denied ('must not exceed 30 hours'); None for any other (lexicon `exceeding_predicates`)."""
    span = doc.doc.char_span(x.start, x.end, alignment_mode="expand")
    if span is None:
        return None
    thing = span.root.head if span.root.dep_ == "nummod" else span.root  # '4,000 units'
    verb = thing.head
    if thing.dep_ not in ("dobj", "npadvmod") or verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon()["exceeding_predicates"]:
        return None
    return "upper" if any(c.dep_ == "neg" for c in verb.children) else "lower"


def _over_a_stretch(doc, x: Quantity) -> bool:
    """'over' a length of time as the stretch a deed fills ('the count was carried out over three weeks', 'spread over
    four days'): the preposition hung on a verb, not a bound ('over three weeks late')."""
    if not x.text.lower().startswith("over ") or units.in_base_units(1, x.unit) is None:
        return False
    span = doc.doc.char_span(x.start, x.end, alignment_mode="expand")
    over = span[0] if span is not None and len(span) else None
    if over is None or over.lower_ != "over" or units.in_base_units(1, x.unit)[1] != "[time]":
        return False
    return over.dep_ == "prep" and over.head.pos_ == "VERB"


def _with_denial(text: str, x: Quantity) -> tuple[int, int]:
    """The figure's span with a 'no' or 'not' just before it ('No more than 40')."""
    m = re.search(r"\b(?:no|not)\s+$", text[max(0, x.start - 5) : x.start], re.I)
    return (x.start - (len(text[max(0, x.start - 5) : x.start]) - m.start()) if m else x.start, x.end)


def _bound_after_end(text: str, x: Quantity) -> int:
    """The end of a bound said after the figure ('ten or more'), or the figure's own end."""
    after = _bound_after(text, x)
    return x.end + after.end() if after is not None else x.end


def _bound_after(text: str, x: Quantity) -> re.Match | None:
    """A bound said after the figure with its own word ('10 or more', '70 and over', 'ten or fewer'), or None."""
    after = re.match(r"\s+(?:or|and)\s+([a-z]+)\b", text[x.end : x.end + 15].lower())
    return after if after is not None and after.group(1) in BOUND_AFTER else None


def _one_figure(a: Quantity, b: Quantity) -> bool:
    """The same figure, read to the middle of a fraction's tolerance ('almost half' / 'more than halved')."""
    return math.isclose(a.low + a.high, b.low + b.high, rel_tol=1e-6)


def _bound_turned(ctx: Context, q: Quantity, refs: list[Quantity]) -> Quantity | None:
    """The aligned reference figure of the same amount bounded the other way ('no more than 40 people' / 'more than 40
    people'), which the candidate does not give so elsewhere."""
    mine = bound_direction(ctx.candidate.text, q)
    if mine is None:
        return None
    other = "upper" if mine == "lower" else "lower"
    for r in refs:
        if _clause_denied(ctx.candidate, q) or _clause_denied(ctx.reference, r):
            continue  # 'no donkey may be worked more than six hours' / 'may work for no more than six hours'
        # (the very figure: 'nearly 100' and 'more than 90' may hold together)
        if r.unit == q.unit and q.same_value(r) and _one_figure(q, r) and bound_direction(ctx.reference.text, r) == other:
            # where either text bounds the same figure both ways ('small boats carry up to 12, large ones more than 12'),
            # each bound belongs to its own thing: no evidence of a turned one
            given = [c for c in ctx.candidate.quantities if c.start != q.start and c.same_value(r)]
            if any(bound_direction(ctx.candidate.text, c) == other for c in given):
                continue
            if any(x.same_value(q) and bound_direction(ctx.reference.text, x) == mine for x in ctx.reference.quantities):
                continue
            return r
    return None


def _both_counted(ctx: Context, q: Quantity, refs: list[Quantity]) -> bool:
    """q is two, with 'the' before it ('the two firms'), where the aligned reference sentences say 'both' and give no
    figure of q's noun: the pair the reference counts with 'both', counted."""
    if q.is_range or q.low != 2 or not ctx.candidate.text[max(0, q.start - 4) : q.start].lower().endswith("the "):
        return False
    if any(r.unit and r.unit == q.unit for r in refs):
        return False
    doc = ctx.reference
    return any(t.lower_ == "both" for n in ctx.refs_for(q.sent) for t in doc.doc[doc.sentences[n].token_start : doc.sentences[n].token_end])


def _moved_figure(ctx: Context, q: Quantity) -> Quantity | None:
    """The reference quantity of q's counted noun that q contradicts, where q's value is the reference's figure for
    something else ('250,000 people' where the reference gives 600,000 people and 250,000 cubic metres): the one
    reference figure of that noun, which the candidate does not give; None otherwise."""
    if not q.unit or _measured(q.unit) or units.is_unit(q.unit) or q.is_range:
        return None
    ref_all = ctx.reference.quantities
    elsewhere = [r for r in ref_all if r.same_value(q) and r.unit and r.unit != q.unit]
    same_noun = [r for r in ref_all if r.unit == q.unit]
    if not elsewhere or len(same_noun) != 1 or any(r.same_value(q) for r in same_noun):
        return None
    if any(r.same_value(q) and not r.unit for r in ref_all):
        return None  # 'of the five ferries, two were cancelled': q may be that bare figure, counted
    if any(c.unit == q.unit and _agrees(c, same_noun[0]) for c in ctx.candidate.quantities):
        return None  # the candidate gives the reference's figure of that noun too: q is another count of it
    return same_noun[0]


def _said_elsewhere_of_it(ctx: Context, q: Quantity, refs: list[Quantity]) -> Quantity | None:
    """The one figure of q's unit in a reference sentence the alignment did not give q's, which the candidate gives
    nowhere and which is said amid the same words as q (two content words or more within eight words of each): the
    figure of the same thing, told in a sentence the candidate merged into another; None otherwise."""
    if not q.unit or q.implicit:
        return None
    around_q = _near(ctx.candidate, q, 8)
    scored = [
        (len(_near(ctx.reference, r, 8) & around_q), r)
        for r in ctx.reference.quantities
        if r not in refs
        and r.unit == q.unit
        and not r.implicit
        and not r.looks_like_year
        and not any(_agrees(c, r) or c.same_value(r) for c in ctx.candidate.quantities)
    ]
    near = [r for n, r in scored if n >= 2]
    return near[0] if len(near) == 1 else None


def _copied(ctx: Context, q: Quantity, rivals: list[Quantity], elsewhere: list[Quantity]) -> bool:
    """q, against its aligned sentence's figure, is the figure the reference gives in another sentence ('spending rose
    18%' where the reference has 'spending rose 6 percent' and 'sales were up 18 percent'): the copy of a figure, not
    a sentence the alignment missed, where the candidate gives that other figure in another place as often as the
    reference does and the aligned sentence's own figure nowhere."""
    # where the words right before it are those before the rival, and not those before the other figure ('had risen
    # by an average of 55%' / 'had risen by an average of 60%', where the reference's 55% is 'own about 55% of'): the
    # rival's slot, whatever else the candidate says
    lead = _lead(ctx.candidate.text, q.start)
    if len(lead) == 4 and any(_lead(ctx.reference.text, r.start) == lead for r in rivals):
        return not any(_lead(ctx.reference.text, r.start) == lead for r in elsewhere)
    if any(_agrees(c, r) for c in ctx.candidate.quantities for r in rivals):
        return False
    others = [c for c in ctx.candidate.quantities if c.start != q.start and c.sent != q.sent and any(_agrees(c, r) for r in elsewhere)]
    if len(others) >= len(elsewhere):
        return True
    # or where the alignment renders each sentence of the other figure by other candidate sentences, which leave it out
    # ('within nine hours' / 'within 12 hours', where the reference's '12 hours' is a later sentence's, rendered without
    # it): no sentence the alignment missed (not in a summary, whose sentences gather several)
    homes = [ctx.cands_for(ctx.reference.sentence_at(r.start)) for r in elsewhere]
    return ctx.mode != "summary" and all(home and q.sent not in home for home in homes)


def _lead(text: str, start: int) -> list[str]:
    """The four words right before a figure, within its clause."""
    clause = re.split(r"[,;:.()]", text[max(0, start - 60) : start])[-1]
    return re.findall(r"[a-z]+", clause.lower())[-4:]


def _one_for_one(ctx: Context, q: Quantity, refs: list[Quantity], here: list[Quantity], backing: list[Quantity]) -> Quantity | None:
    """The one figure of the aligned reference sentences that the candidate gives nowhere, of q's kind (both bare
    counts, or one unit), where q is the one figure of its sentence that the reference does not give: one value
    put for the other."""
    orphans = [
        r
        for r in refs
        if not r.implicit and not any(_agrees(c, r) or c.same_value(r) for c in ctx.candidate.quantities) and r.unit == q.unit
    ]
    # (but a count of some of a set is no turn of phrase: 'Nine of the train's 26 wagons' / 'Nineteen of its 26 wagons')
    docs = [ctx.candidate.doc] + [ctx.reference.doc] * len(orphans)
    if not all(
        any(ch.isdigit() for ch in x.text) or _counted_in_words(x) or (x.low >= 2 and _some_of_the(doc, x))
        for x, doc in zip((q, *orphans), docs, strict=True)
    ):
        return None  # figures in words are as often turns of phrase ('one of the few')
    # (the sentence's other figures by any figure of the reference's: 'two smaller telescopes' is matched by 'two',
    # though that one backs no rough figure of q's)
    unmatched = [c for c in here if not c.implicit and not _supported(c, backing) and (c is q or not _supported(c, refs))]
    if unmatched != [q]:
        return None
    if not orphans:
        # (or of a noun renamed, with a word of its phrase kept: 'some 36 outside research groups' / 'about 30
        # external research teams', where neither text has the other's noun)
        orphans = [r for r in refs if not r.implicit and r.unit and q.unit and r.unit != q.unit and _renamed_noun(ctx, q, r)]
        orphans = [r for r in orphans if not any(_agrees(c, r) or c.same_value(r) for c in ctx.candidate.quantities)]
        # (a count in words will do here, the noun and its word the evidence: 'Twelve volunteer groups' / '21 volunteer
        # teams')
    return orphans[0] if len(orphans) == 1 else None


def _counted_in_words(q: Quantity) -> bool:
    """A count in words too exact for a turn of phrase: a whole number past the twelve that phrases use ('Thirty-two
    animals', not 'one of the few', 'a dozen')."""
    return not q.is_range and not q.approx and q.low == int(q.low) and q.low > 12 and not q.looks_like_year


def _renamed_noun(ctx: Context, q: Quantity, r: Quantity) -> bool:
    """q's counted noun and r's are two words for one thing: neither text has the other's noun, and a content word
    describing the noun is the same on both sides ('research groups' / 'research teams')."""
    mine, theirs = _root(ctx.candidate, q), _root(ctx.reference, r)
    if mine is None or theirs is None or mine.pos_ != "NOUN" or theirs.pos_ != "NOUN":
        return False
    if any(t.lemma_.lower() == mine.lemma_.lower() for t in ctx.reference.doc) or any(
        t.lemma_.lower() == theirs.lemma_.lower() for t in ctx.candidate.doc
    ):
        return False

    def described(noun: Token) -> set[str]:
        return {c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod") and c.is_alpha and not c.is_stop}

    return bool(described(mine) & described(theirs))


def _same_slot(ctx: Context, q: Quantity, r: Quantity) -> bool:
    """r, a figure of the aligned reference sentences that the candidate gives nowhere, stands where q stands: the
    word after both is the same content word or comparison ('1,100 fewer than' / '1,400 fewer than')."""
    if any(_agrees(c, r) for c in ctx.candidate.quantities) or (q.unit and r.unit and q.unit != r.unit):
        return False
    if baseline(ctx.candidate.doc, q) and baseline(ctx.reference.doc, r):
        return True  # 'compared with three now' / 'up from two': the figure compared against
    after_q, after_r = _word_after(ctx.candidate.doc, q.end), _word_after(ctx.reference.doc, r.end)
    if after_q is None or after_r is None or after_q.lemma_.lower() != after_r.lemma_.lower():
        return False
    if after_q.lower_ == "of":  # 'about 60 of the existing 65 stallholders' / 'around 40 of the existing 65 stallholders'
        # (the whole's figure is what ties them: '45 of the 130 jobs' / '54 of the 130 posts')
        whole_q, whole_r = _whole(after_q), _whole(after_r)
        return whole_q is not None and whole_r is not None and whole_q.split()[0] == whole_r.split()[0]
    return not after_q.is_stop or after_q.tag_ in ("JJR", "RBR")


def _said_of_other_thing(ctx: Context, q: Quantity, refs: list[Quantity]) -> bool:
    """q agrees only with a figure of the reference said of other things, while a rival in q's slot (`_same_slot`) is
    said of what q is said of: more than twice as many of the words around q are around the rival, and three at least
    ('Attendance is capped
    at 6,000 riders' / 'The permit limits attendance to 5,000 riders', beside 'attracts around 6,000 riders to the
    showground'): the slot decides."""
    around = _near(ctx.candidate, q, 8)
    rivals = [r for r in refs if not _agrees(q, r) and _same_slot(ctx, q, r)]
    agreeing = [r for r in ctx.reference.quantities if _agrees(q, r)]
    if not rivals or not agreeing:
        return False
    best = max(len(_near(ctx.reference, r, 8) & around) for r in rivals)
    # (by a wide margin: more than twice the words of any agreeing figure, and three at least)
    return best >= 3 and all(2 * len(_near(ctx.reference, r, 8) & around) < best for r in agreeing)


def _same_lead(ctx: Context, q: Quantity, r: Quantity) -> bool:
    """r, a figure of the aligned reference sentences that the candidate gives nowhere, follows the same noun and bound
    word as q ('children under five' / 'children under six', 'vessels over 40 metres'): one slot, in words or figures."""
    if q.same_value(r) or any(_agrees(c, r) for c in ctx.candidate.quantities):
        return False

    def lead(doc, x: Quantity) -> tuple[str, ...]:
        span = doc.doc.char_span(x.start, x.end, alignment_mode="expand")
        if span is None or span.start < 1:
            return ()
        first = doc.doc[span.start]
        if first.lower_ in ("under", "over", "above", "below", "aged"):
            before = doc.doc[span.start - 1]
            return (before.lemma_.lower(), first.lower_) if before.pos_ == "NOUN" else ()
        return ()

    mine = lead(ctx.candidate, q)
    return bool(mine) and mine == lead(ctx.reference, r)


def _root(doc, x: Quantity) -> Token | None:
    """The figure's word in the sentence: its counted noun where it has one ('2,000 homes'), else the figure."""
    span = doc.doc.char_span(x.start, x.end, alignment_mode="expand")
    if span is None:
        return None
    return span.root.head if span.root.dep_ == "nummod" else span.root


def _same_role(ctx: Context, q: Quantity, r: Quantity) -> bool:
    """q and r, two counts of the same noun or with the noun left unsaid on one side, are the subject or object of the
    same verb in aligned sentences ('only two had taken on apprentices' / 'only three have taken on apprentices'), and
    the candidate gives r's figure nowhere: one slot, two values. Not in a summary, and not for a figure with a scale
    word ('half a million'), which the rivals judge."""
    if ctx.mode == "summary" or _scale_words(q) or _scale_words(r):
        return False  # a summary adds counts up ('three died' for 'one was killed, two died later'); 'a million' is the rivals'
    a, b = _root(ctx.candidate, q), _root(ctx.reference, r)
    if a is None or b is None or (r.unit and q.unit != r.unit) or q.same_value(r):
        # the same noun, or the reference's left unsaid ('2,000 homes were reconnected' / '3,000 were'): one slot; not a
        # measure or a share against a bare figure ('roughly 100 by 70 centimetres' / 'one metre by seventy', '24 of the
        # flats' / 'a quarter of the apartments')
        return False
    if any(_agrees(c, r) for c in ctx.candidate.quantities):
        return False
    roles = ("nsubj", "nsubjpass", "dobj")
    return a.dep_ == b.dep_ and a.dep_ in roles and a.head.pos_ == b.head.pos_ == "VERB" and a.head.lemma_.lower() == b.head.lemma_.lower()


def _whole(of: Token) -> str | None:
    """The noun of a part's whole, with its figure: 'of the existing 65 stallholders' -> '65 stallholder'; None
    without a figure (an 'of' after a figure says as little as a function word)."""
    noun = next((c for c in of.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
    figures = [c.text for c in noun.children if c.dep_ == "nummod"] if noun is not None else []
    return f"{figures[0]} {noun.lemma_.lower()}" if noun is not None and figures else None


def baseline(doc, q: Quantity) -> bool:
    """The figure something is compared against: 'up from two', 'compared with three', 'against 12 last year'."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or span.start < 2:
        return False
    before, word = doc[span.start - 2], doc[span.start - 1]
    if word.lower_ in ("against", "versus", "vs"):
        return True
    if word.lower_ == "with":
        return before.lemma_.lower() in ("compare", "comparison")
    return word.lower_ == "from" and before.lower_ in ("up", "down")


def _backed_by_baseline_only(ctx: Context, q: Quantity, same_noun: list[Quantity], backing: list[Quantity]) -> Quantity | None:
    """The one figure of q's counted noun or unit in the aligned reference sentences that is not the one compared
    against, where the only reference figure that q agrees with there is the one compared against ('compared with 11
    the previous year', 'up from 20 minutes', 'to £2.40, from £2.10'), q is no such figure itself, and the candidate's
    sentence gives neither the noun's figure nor another (for a measure, none in its unit)."""

    def compared(doc, x: Quantity) -> bool:
        return baseline(doc, x) or _went_from(doc, x)

    measure = not _counted(q) and bool(q.unit)
    if measure:
        # a measure ('a break of at least 30 minutes, up from 20 minutes' / 'a break of at least 20 minutes')
        same_noun = [r for r in backing if r.unit == q.unit and not r.implicit]
    same_noun = [r for r in same_noun if not compared(ctx.reference.doc, r)]
    if len(same_noun) != 1 or _supported(q, same_noun) or compared(ctx.candidate.doc, q):
        return None
    agreeing = [r for r in backing if _agrees(q, r)]
    if not agreeing or not all(compared(ctx.reference.doc, r) and (not r.unit or r.unit == q.unit) for r in agreeing):
        return None
    if any(
        c.sent == q.sent and c.start != q.start and not c.looks_like_year and (not measure or c.unit == q.unit)
        for c in ctx.candidate.quantities
    ):
        return None
    return same_noun[0]


def _went_from(doc, x: Quantity) -> bool:
    """The level a change started at: 'to £2.40, from £2.10', 'rose from 12 to 15' (not 'funded from a £1.8m budget')."""
    span = doc.char_span(x.start, x.end, alignment_mode="expand")
    if span is None or span.start < 2 or doc[span.start - 1].lower_ != "from":
        return False
    prep, before = doc[span.start - 1], doc[span.start - 2]
    return before.text == "," or before.lower_ in ("up", "down") or (prep.head.pos_ == "VERB" and direction(prep.head) is not None)


def _another_set(doc, r: Quantity) -> bool:
    """The figure counts other things of the kind ('in 14 other countries', '20 more shops'), not the same ones."""
    span = doc.char_span(r.start, r.end, alignment_mode="expand")
    return span is not None and any(t.lower_ in ("other", "more", "additional", "further", "new") for t in doc[span.end : span.end + 2])


def _one_and_others(ctx: Context, q: Quantity, rivals: list[Quantity]) -> bool:
    """'beat three other bidders' / 'chosen from four bidders': one of them and the others, counted apart or together."""

    def others(doc, x: Quantity) -> bool:
        span = doc.char_span(x.start, x.end, alignment_mode="expand")
        return span is not None and any(t.lower_ == "other" for t in doc[span.end : span.end + 2])

    mine = others(ctx.candidate.doc, q)
    return any(
        r.unit == q.unit and (r.low - q.low == 1 if mine else q.low - r.low == 1) and mine != others(ctx.reference.doc, r)
        for r in rivals
        if r.low == r.high and q.low == q.high
    )


def _own_figure(ctx: Context, q: Quantity, refs: list[Quantity]) -> bool:
    """The other noun's figure that agrees with q is said by no other figure of the candidate sentence, and the
    sentence joins that noun to q's ('1,450 salmon and sea trout' for '312 salmon and 1,450 sea trout' is not this;
    'the two countries' for 'the two markets' is): q may well be that figure, renamed."""
    # (a rate is no count renamed: 'releases about 30 a year' is not 'an enclosure for 30 sloths')
    supports = [r for r in refs if _agrees(q, r) and _same_rate(ctx, q, r)]
    taken = [c for c in ctx.candidate.quantities if c.sent == q.sent and c.start != q.start and _supported(c, supports)]
    if len(taken) >= len(supports):
        return False  # 'two sites' says the reference's 'two campuses': 'two colleges' is q's own figure
    if any(c.unit == r.unit for c in ctx.candidate.quantities if c.sent == q.sent and c.start != q.start for r in supports if r.unit):
        return False  # 'two farms ... six sites' for 'six farms ... two sites': the other noun has its own figure here
    span = ctx.candidate.doc.char_span(q.start, q.end, alignment_mode="expand")
    after = {t.lemma_.lower() for t in ctx.candidate.doc[span.end : span.end + 4]} if span is not None else set()
    return not any(r.unit in after for r in supports)


def _multiplier_written(ctx: Context, q: Quantity) -> bool:
    """A multiple whose factor a word of the reference's aligned sentences says ('double', 'treble'; lexicon
    `multiplier_lemmas`), whichever part of speech the tagger gave it."""
    if q.unit != "×":
        return False
    words = lexicon()["multiplier_lemmas"]
    return any(
        words.get(t.lemma_.lower(), words.get(t.lower_)) == q.low
        for n in ctx.refs_for(q.sent)
        for t in ctx.reference.doc[ctx.reference.sentences[n].token_start : ctx.reference.sentences[n].token_end]
    )


def _same_rate(ctx: Context, q: Quantity, r: Quantity) -> bool:
    """q and the reference's r are both amounts at a rate or both not: a rate ('releases about 30 a year') is no count
    ('an enclosure for 30 sloths'), unless the candidate gives the same period just after q ('around 2,600 services a
    year', the period read apart)."""
    if bool(q.per) == bool(r.per):
        return True
    if not r.per or r.per == "each":
        return False
    after = ctx.candidate.text[q.end : q.end + 30].lower()
    return re.search(rf"\b(?:a|an|per|each|every)\s+{re.escape(r.per)}\b", after) is not None


def _the_rest(ctx: Context, q: Quantity, rivals: list[Quantity]) -> bool:
    """'the other third' where the reference gives two-thirds to another party: the rest of the whole, worked out ('the
    remaining 60 percent' where the reference gives 40 percent and 'the rest', the words before the figure read too)."""
    if q.unit != "%":
        return False
    before = ctx.candidate.text[max(0, q.start - 16) : q.start]
    if not q.text.lower().startswith(("the other ", "the remaining ")) and not _REST_BEFORE.search(before):
        return False
    # (a whole split in two: the reference names the rest, or gives one share only; '35 percent ..., 40 percent ... and 25
    # percent ...' leaves no one rest)
    shares = [r for r in rivals if r.unit == "%"]
    sents = {r.sent for r in rivals}
    said = any(
        t.lower_ in _REST_WORDS
        for n in sents
        for t in ctx.reference.doc[ctx.reference.sentences[n].token_start : ctx.reference.sentences[n].token_end]
    )
    if not said and len(shares) != 1:
        return False
    # (and the rest not given to the party the reference gives the share: 'owners pay 15 percent and the council the rest'
    # / 'the council pays 15 percent and owners the remaining 85 percent')
    doc = ctx.candidate.doc
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return False
    start = span.start
    while start > 0 and doc[start - 1].lower_ not in (",", ";", "and", "with", "while", "whereas"):
        start -= 1
    end = span.end
    while end < len(doc) and not doc[end].is_punct:
        end += 1
    rest_party = {fold(t.lemma_) for t in doc[start:end] if t.is_alpha and not t.is_stop} - {"remaining", "rest", "other", "percent"}
    if any(rest_party & _payer(ctx.reference, r) for r in shares):
        return False
    return any(r.unit == "%" and q.low <= 100 - (r.low + r.high) / 2 <= q.high for r in rivals)


_REST_WORDS = frozenset({"other", "rest", "remaining", "remainder", "balance"})


def _whole_of_parts(ctx: Context, q: Quantity, rivals: list[Quantity]) -> bool:
    """q is the whole the candidate names beside one part ('four of the 27 locations') where the reference gives that
    part and the rest ('four villages ... the remaining 23 locations'): the sum of the two, worked out. Only a rest
    the reference names as the rest: counts of one noun add up by chance ('3 dead and 5 hurt' is no '8 dead')."""
    text = ctx.candidate.text
    part = next(
        (c for c in ctx.candidate.quantities if c.sent == q.sent and c.end < q.start and _OF_THE.match(text[c.end : q.start])), None
    )
    if part is None or q.is_range or part.is_range:
        return False
    ref_text = ctx.reference.text
    given = [r for r in ctx.reference.quantities if not r.looks_like_year and not r.is_range]
    rests = [r for r in given if _REST_WORDS & set(ref_text[max(0, r.start - 20) : r.start].lower().split()[-2:])]
    return any(r.same_value(part) and _sum_of(q, q.low, r.low + rest.low) for r in given for rest in rests if rest is not r)


_OF_THE = re.compile(r"^\s+of\s+(?:the|its|their|all|all\s+the)\s+$", re.I)


def _all_but(ctx: Context, q: Quantity, rivals: list[Quantity]) -> bool:
    """'all but three of the infected children' where the reference gives the fourteen who were and the 17 cases in
    all: the ones left over, told by the ones left out (the rival is a whole of the reference less q)."""
    before = ctx.candidate.text[max(0, q.start - 20) : q.start].lower().split()
    if before[-2:] not in (["all", "but"], ["all", "except"]) or q.is_range:
        return False
    wholes = [r for r in ctx.reference.quantities if not r.looks_like_year and not r.is_range]
    return any(_sum_of(q, r.low, t.low - q.low) for r in rivals for t in wholes if t.low > r.low)


def _complement(ctx: Context, q: Quantity, rivals: list[Quantity]) -> bool:
    """A share and the rest of the whole, one of them told as a reduction ('uses 95 per cent less water' / 'uses a
    twentieth of the water'): the same fact from the other side."""
    reducing = set(lexicon()["reduction_comparatives"])

    def taken_away(doc, x: Quantity) -> bool:
        after = _word_after(doc, x.end)
        return after is not None and after.lower_ in reducing

    def share_of(doc, x: Quantity) -> bool:  # 'a twentieth of the water', '5% of the gas': the share that remains
        after = _word_after(doc, x.end)
        return after is not None and after.lower_ == "of"

    if q.unit != "%" or q.stated_range:
        return False
    if _rest_of_whole(ctx, q, rivals):
        return True
    mine = taken_away(ctx.candidate.doc, q)
    if not mine and not share_of(ctx.candidate.doc, q):
        return False
    v = (q.low + q.high) / 2
    for r in rivals:
        if r.unit != "%" or mine == taken_away(ctx.reference.doc, r):
            continue
        if mine and not share_of(ctx.reference.doc, r):
            continue  # '30% cheaper' / '70% dearer': a rise, not what remains
        if abs(v + (r.low + r.high) / 2 - 100) <= max(q.high - q.low, r.high - r.low, 1e-9):
            return True
    return False


_OF_ITS_WHOLE = re.compile(r"^\s+of\s+(?:the|its|their|his|her|our|all|all\s+the)?\s*$", re.I)


def _whole_after(doc, x: Quantity) -> Quantity | None:
    """The whole a count is part of, written just after it ('9 of the 37 candidates'): the figure after 'of'."""
    return next((w for w in doc.quantities if w.start > x.end and _OF_ITS_WHOLE.match(doc.text[x.end : w.start])), None)


def _other_part_of_whole(ctx: Context, q: Quantity, rivals: list[Quantity]) -> bool:
    """The other part of the same counted whole, said with the opposite verb or the same verb denied ('Only 9 of the
    37 candidates passed' / '28 of the 37 who sat it failed', '28 did not pass'): the same fact from the other side."""
    whole = _whole_after(ctx.candidate, q)
    if whole is None or q.approx or q.unit == "%":
        return False
    mine = _verbs_of_part(ctx.candidate, q, whole)
    for r in rivals:
        theirs = _whole_after(ctx.reference, r)
        if theirs is None or r.approx or not whole.same_value(theirs) or q.low + r.low != whole.low:
            continue
        for a in mine:
            for b in _verbs_of_part(ctx.reference, r, theirs):
                turned = antonymous(a.lemma_, b.lemma_) and negated(a) == negated(b)
                if turned or (a.lemma_.lower() == b.lemma_.lower() and negated(a) != negated(b)):
                    return True
    return False


def _verbs_of_part(doc, part: Quantity, whole: Quantity) -> list[Token]:
    """The verbs that may say what the part of a whole did: those above the figure, and those the parse hung on the
    whole's noun ('14 of the 52 applicants passed', 'passed' read as describing the applicants)."""
    spans = [doc.doc.char_span(x.start, x.end, alignment_mode="expand") for x in (part, whole)]
    if None in spans:
        return []
    above = [t for t in spans[0].root.ancestors if t.pos_ == "VERB"][:2]
    noun = spans[1].root.head if spans[1].root.dep_ == "nummod" else spans[1].root
    return above + [c for c in noun.children if c.pos_ == "VERB" and c.dep_ in ("acl", "relcl")]


_REST = frozenset({"rest", "remainder", "remaining", "balance"})


def _verb_of(doc, x: Quantity) -> Token | None:
    """What the figure's clause says of it: its verb, or a copula's adjective ('are empty', 'is used')."""
    span = doc.doc.char_span(x.start, x.end, alignment_mode="expand")
    if span is None:
        return None
    for t in span.root.ancestors:
        if t.pos_ == "ADJ" and t.dep_ in ("acomp", "amod"):
            return t  # 'empty for more than two-thirds of the time'
        if t.pos_ in ("VERB", "AUX"):
            state = [c for c in t.children if c.dep_ in ("acomp", "attr") and c.pos_ in ("ADJ", "VERB")] if t.lemma_ == "be" else []
            return state[0] if state else t  # 'fewer than a quarter of the flats are occupied'
    return None


def _bound_from_other_side(ctx: Context, q: Quantity, rivals: list[Quantity]) -> bool:
    """A bound on a share and the opposite bound on the rest, said by another verb ('were used for less than a third of
    the time' / 'stood empty for more than two-thirds of it'): the same fact from the other side. Under one verb, or
    one of its paraphrases, the two bounds disagree ('backed by less than a third' / 'backed by more than two-thirds')."""
    if q.unit != "%" or q.bound not in ("lower", "upper"):
        return False
    mine = _verb_of(ctx.candidate, q)
    v = (q.low + q.high) / 2
    for r in rivals:
        if r.unit != "%" or {q.bound, r.bound} != {"lower", "upper"}:
            continue
        if abs(v + (r.low + r.high) / 2 - 100) > max(q.high - q.low, r.high - r.low, 1e-9):
            continue
        theirs = _verb_of(ctx.reference, r)
        if mine is None or theirs is None or mine.lemma_.lower() == theirs.lemma_.lower():
            continue
        verbs = mine.pos_ == theirs.pos_ == "VERB"
        if not (verbs and paraphrase(mine.lemma_, theirs.lemma_)):
            return True
    return False


def _rest_of_whole(ctx: Context, q: Quantity, rivals: list[Quantity]) -> bool:
    """q is what remains of a whole the reference splits in a share and 'the rest' ('owners pay 15 percent, with the
    council covering the rest' / 'the council will pay 85 percent and owners the remaining 15 percent'): the candidate's
    sentence gives the rival share too, and one of the two sentences names the rest."""
    here = [c for c in ctx.candidate.quantities if c.sent == q.sent and c is not q]
    cand_sent = ctx.candidate.sentences[q.sent]
    words = {t.lower_ for t in ctx.candidate.doc[cand_sent.token_start : cand_sent.token_end]}
    for n in ctx.refs_for(q.sent):
        s = ctx.reference.sentences[n]
        words |= {t.lower_ for t in ctx.reference.doc[s.token_start : s.token_end]}
    if not words & _REST:
        return False
    v = (q.low + q.high) / 2
    mine = _payer(ctx.candidate, q)
    return bool(mine) and any(
        r.unit == "%"
        and abs(v + (r.low + r.high) / 2 - 100) <= max(q.high - q.low, r.high - r.low, 0.5)
        and any(_agrees(c, r) for c in here)
        and not mine & _payer(ctx.reference, r)  # each share with its own party: not 'owners pay 85%' for 'owners pay 15%'
        and bool(mine & ctx.reference.sentences[r.sent].lemmas)
        # ... and the rival share, given here too, with the reference's party ('and owners the remaining 15 percent')
        and any(_agrees(c, r) and _payer(ctx.candidate, c) & _payer(ctx.reference, r) - mine for c in here)
        for r in rivals
    )


def _share_of_the_rest(ctx: Context, q: Quantity, rivals: list[Quantity]) -> bool:
    """q is the rest of a whole the reference gives a share of, told of the party that the reference says gives 'the
    rest' ('a quarter of its funding from the health service and depends on donations for the rest' / 'three-quarters of
    its funding comes from donations'): the share worked out, where the party q is said of is the rest's and not the
    share's."""
    if q.unit != "%" or q.stated_range:
        return False
    span = ctx.candidate.doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return False
    mine = _party(_clause_verb(span.root), span.root.i)
    v = (q.low + q.high) / 2
    for r in rivals:
        if r.unit != "%" or abs(v + (r.low + r.high) / 2 - 100) > max(q.high - q.low, r.high - r.low, 0.5):
            continue
        theirs = ctx.reference.doc.char_span(r.start, r.end, alignment_mode="expand")
        if theirs is None:
            continue
        share = _clause_verb(theirs.root)
        for rest in (t for t in share.sent if t.lemma_.lower() in _REST and t.pos_ == "NOUN"):
            verb = _clause_verb(rest)
            if verb.i == share.i:
                continue
            # (a subject both clauses share is the whole's owner, no party: 'The hospice receives ... and depends on')
            owner = _party(share, theirs.root.i) & _party(verb, rest.i) if verb.dep_ == "conj" else set()
            given, rest_given = _party(share, theirs.root.i) - owner, _party(verb, rest.i) - owner
            if _kin_words(mine - owner, rest_given) and not _kin_words(mine - owner, given):
                return True
            # ... or the candidate gives 'the rest' to the party of the reference's share ('relies on sponsors for
            # four-fifths, with ticket sales providing the rest' / 'a fifth comes from ticket sales, with sponsorship
            # making up the remainder')
            for other in (t for t in span.root.sent if t.lemma_.lower() in _REST and t.pos_ == "NOUN"):
                told = _party(_clause_verb(other), other.i) - owner
                if _kin_words(told, given) and not _kin_words(told, rest_given):
                    return True
    return False


def _kin_words(a: set[str], b: set[str]) -> bool:
    """A word of one set is a word of the other, or the start of it ('sponsor' / 'sponsorship')."""
    return any(x == y or (min(len(x), len(y)) >= 5 and (x.startswith(y) or y.startswith(x))) for x in a for y in b)


def _clause_verb(tok: Token) -> Token:
    """The verb (or the root) a word depends on."""
    while tok.head.i != tok.i and tok.pos_ not in ("VERB", "AUX"):
        tok = tok.head
    return tok


def _party(verb: Token, share: int) -> set[str]:
    """The content lemmas of whom a share is given by or got from, in the verb's own clause: its phrases after 'from',
    'by', 'on', 'through' ('comes from donations', 'depends on donations for the rest', 'covered by a grant'), and its
    subject where that does not hold the share itself (token `share`); not a clause joined to it."""
    apart = {t.i for c in verb.subtree if c.dep_ in ("conj", "ccomp", "advcl", "relcl", "parataxis") and c.i != verb.i for t in c.subtree}
    out: set[str] = set()
    for t in verb.subtree:
        if t.i in apart:
            continue
        words: list[Token] = []
        if t.dep_ in ("prep", "agent") and t.lower_ in ("from", "by", "on", "upon", "through", "via"):
            words = [w for p in t.children if p.dep_ == "pobj" for w in p.subtree]
        elif t.dep_ == "nsubj" and t.head.i == verb.i and not any(w.i == share for w in t.subtree):
            words = list(t.subtree)
        out |= {w.lemma_.lower() for w in words if w.i not in apart and w.is_alpha and not w.is_stop and w.lemma_.lower() not in _REST}
    return out


def _payer(doc, x: Quantity) -> set[str]:
    """The content lemmas of the subject of the verb the figure depends on ('The council will pay 85 percent'; 'Owners
    will be required to contribute 15 percent': the owners); empty where the parse gives none."""
    span = doc.doc.char_span(x.start, x.end, alignment_mode="expand")
    if span is None:
        return set()
    verb = next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
    while verb is not None:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return {fold(t.lemma_) for c in subjects for t in c.subtree if t.is_alpha and not t.is_stop}
        verb = verb.head if verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i else None
    return set()


def _level_after_change(ctx: Context, q: Quantity, rivals: list[Quantity]) -> bool:
    """A change in percent told by its size on one side and by the level it leaves on the other ('fares will be cut by a
    third' / 'cut to two-thirds of their usual level', 'raised by half' / 'to 150%'): the same change."""

    def how(doc, x: Quantity) -> tuple[str, str] | None:
        span = doc.char_span(x.start, x.end, alignment_mode="expand")
        if span is None or span.start == 0 or doc[span.start - 1].lower_ not in ("by", "to"):
            return None
        prep = doc[span.start - 1]
        way = direction(prep.head, transitive=True) if prep.head.pos_ == "VERB" else None
        return (prep.lower_, way) if way else None

    mine = how(ctx.candidate.doc, q) if q.unit == "%" else None
    if mine is None:
        return False
    for r in rivals:
        theirs = how(ctx.reference.doc, r) if r.unit == "%" else None
        if theirs is None or theirs[1] != mine[1] or theirs[0] == mine[0]:
            continue
        size, level = (q, r) if mine[0] == "by" else (r, q)
        after = _word_after(ctx.reference.doc if level is r else ctx.candidate.doc, level.end)
        if after is None or after.lower_ != "of":
            continue  # 'fell to 40%' is a rate reached, not a share of what there was ('cut to two-thirds of the usual')
        middle = (size.low + size.high) / 2
        expected = 100 - middle if mine[1] == "down" else 100 + middle
        if abs((level.low + level.high) / 2 - expected) <= max(size.high - size.low, level.high - level.low, 1.0):
            return True
    return False


def _rising(doc, q: Quantity) -> bool:
    """The words round a figure tell a rise ('up 160 per cent', 'a rise of 30%', '30 per cent more than'), none a fall."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return False
    lex = lexicon()
    near = [*doc[max(span.sent.start, span.start - 3) : span.start], *doc[span.end : min(span.sent.end, span.end + 2)]]
    ups = set(lex["direction_of_change"]["up"]) | set(lex["direction_adverbs"]["up"]) | _COMPARED_MORE
    downs = set(lex["direction_of_change"]["down"]) | set(lex["direction_adverbs"]["down"]) | _COMPARED_LESS
    lemmas = {t.lemma_.lower() for t in near} | {t.lower_ for t in near}
    return bool(lemmas & ups) and not lemmas & downs


def _multiples_and_percents(ctx: Context, q: Quantity) -> Iterator[tuple[Quantity, Quantity, Quantity, bool]]:
    """(the reference's figure, the multiple, the percentage, whether the words round the percentage tell a rise) for
    each reference figure that is a multiple where q is a percentage, or the other way round."""
    if q.is_range or q.unit not in ("×", "%"):
        return
    for r in ctx.reference.quantities:
        if r.is_range or {q.unit, r.unit} != {"×", "%"}:
            continue
        times, percent = (q, r) if q.unit == "×" else (r, q)
        yield r, times, percent, _rising(ctx.candidate.doc if percent is q else ctx.reference.doc, percent)


def _rise_as_multiple(ctx: Context, q: Quantity) -> bool:
    """A rise told as a multiple on one side and in percent on the other ('2.6 times their level a year earlier' / 'up
    160 per cent on the same period last year', 'about 1.3 times' / 'roughly 30 per cent more'): k times is a rise of
    (k - 1) x 100 per cent, to the rounding of a rough figure."""
    for r, times, percent, rising in _multiples_and_percents(ctx, q):
        slack = 0.05 * times.low if (q.approx or r.approx) else 0.01 * times.low
        if rising and abs(times.low - (1 + percent.low / 100)) <= slack:
            return True
    return False


def _rise_misread(ctx: Context, q: Quantity) -> Quantity | None:
    """A multiple read as the size of a rise in percent, or a rise in percent read as the multiple ('rose by about 140
    per cent' / 'about 1.4 times the previous year's figure', which is a rise of 40 per cent): the reference's figure, or
    None; not where the two figures also agree as a rise (a multiple of about 1)."""
    for r, times, percent, rising in _multiples_and_percents(ctx, q):
        slack = 0.05 * percent.low if (q.approx or r.approx) else 0.01 * percent.low
        if rising and abs(times.low * 100 - percent.low) <= slack and abs((times.low - 1) * 100 - percent.low) > slack:
            return r
    return None


def _word_after(doc, end: int):
    """The first word after character `end`, or None at the end of the text or of the sentence."""
    span = doc.char_span(end, len(doc.text), alignment_mode="expand") if end < len(doc.text) else None
    tok = span[0] if span is not None and len(span) else None
    return tok if tok is not None and tok.is_alpha else None


_ADDED = re.compile(r"^(?:a\s+further|another|an\s+additional|an\s+extra|some\s+more)\s", re.I)


def _change_word(doc, q: Quantity, start: bool = False, bare: bool = False) -> str | None:
    """'by' or 'to' before an amount that a verb of change governs ('would expand by 140 hectares', 'rose to 9%'): how
    the amount relates to the change (its size, or the level reached); 'from' after 'up' or 'down' (the level it
    started at, where `start` asks for it); 'by' too for an amount told as added ('a further
    390 workers', 'another 25', '30 more drivers'), and, where `bare` asks for it, for an amount a verb of change takes
    with no word between ('rose 14 degrees'); None otherwise."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return None
    after = _word_after(doc, q.end)
    more = after is not None and after.lower_ in ("more", "additional", "extra", "further")
    more = more and not (after.i + 1 < len(doc) and doc[after.i + 1].lower_ == "than")
    if _ADDED.match(q.text) or more:
        return "by"
    # ('260 signed up, 190 more than last year': the size of a rise over a time before, not a level)
    than = after.i + 2 < len(doc) and doc[after.i + 1].lower_ == "than" if after is not None else False
    if than and after.lower_ in ("more", "fewer", "less") and doc[after.i + 2].ent_type_ in ("DATE", "TIME"):
        return "by"
    prep = doc[span.start - 1]
    amount = span.root.head if span.root.dep_ == "nummod" else span.root
    verb = amount.head
    lex = lexicon()
    changes = _change_verbs()
    if bare and amount.dep_ in ("npadvmod", "dobj") and verb.pos_ == "VERB" and verb.i == span.start - 1 and verb.lemma_.lower() in changes:
        return "by"  # 'the temperature rose 14 degrees', 'shares fell 3 per cent': the size of the change, no 'by' written
    if start and prep.lower_ == "from" and prep.head.lower_ in ("up", "down") and prep.head.pos_ == "ADV":
        return "from"  # 'risen to 48,000, up from 31,000': the level it started at
    # (where `bare` asks, a multiple is a change too, and its 'from' where it started: 'halved from 12' / 'halved to 12')
    multiple = bare and prep.dep_ == "prep" and prep.head.pos_ == "VERB" and prep.head.lemma_.lower() in lex["multiplier_lemmas"]
    if start and multiple and prep.lower_ == "from" and not q.is_range:
        return "from"
    if prep.lower_ not in ("by", "to") or prep.head.pos_ != "VERB" or (direction(prep.head) is None and not multiple):
        return None
    if prep.lower_ == "by" and _passive_agent(prep):
        return None  # 'will be walked by 15,000 pilgrims, up from 9,000': who walks it, not the size of the rise
    if prep.lower_ == "to" and after is not None and after.lower_ in ("new", "other"):
        return "by"  # 'will expand to 40 new towns': the towns added
    return prep.lower_


def _passive_agent(by: Token) -> bool:
    """'by' names who does what a passive verb says, where the verb is no verb of change itself and the change comes
    from an adverb ('will be walked by 15,000 pilgrims by 2026, up from 9,000'); 'was cut by 200 jobs' is a change."""
    verb, lex = by.head, lexicon()
    changes = any(
        verb.lemma_.lower() in lex[table][way]
        for table in ("direction_of_change", "transitive_direction_of_change")
        for way in ("up", "down")
    )
    return not changes and any(c.dep_ == "auxpass" for c in verb.children)


def _as_said(doc, q: Quantity, word: str) -> str:
    """The amount with the word that makes it a change or a level, as the text has it: 'to 390', 'a further 390', '30 more'."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is not None and span.start > 0 and doc[span.start - 1].lower_ == word:
        return f"{word} {q.text}"
    after = _word_after(doc, q.end)
    return f"{q.text} more" if after is not None and after.lower_ == "more" else q.text


def _change_or_level(ctx: Context, q: Quantity, refs: list[Quantity]) -> Iterator[Finding]:
    """The same amount given as the size of a change on one side and as the level reached on the other ('would expand
    by 140 hectares' / 'would grow to 140 hectares'): another fact, major."""
    mine = _change_word(ctx.candidate.doc, q, start=True, bare=True)
    if mine is None:
        return
    for r in refs:
        theirs = _change_word(ctx.reference.doc, r, start=True, bare=True) if _agrees(q, r) else None
        if (
            theirs is not None
            and theirs != mine
            and not any(_agrees(q, x) and _change_word(ctx.reference.doc, x, start=True, bare=True) == mine for x in refs)
        ):
            yield ctx.finding(
                FindingType.NUMBER,
                Severity.MAJOR,
                0.6,
                f"'{_as_said(ctx.candidate.doc, q, mine)}' where the reference has '{_as_said(ctx.reference.doc, r, theirs)}': "
                + (
                    "where a change started and where it ended differ"
                    if {mine, theirs} == {"from", "to"}
                    else "the size of a change and where it started differ"
                    if {mine, theirs} == {"by", "from"}
                    else "the size of a change and the level it reached differ"
                ),
                (q.start, q.end),
                (r.start, r.end),
                NAME,
            )
            return


def _between_clock_times(ctx: Context, q: Quantity) -> bool:
    """A length of time that is the time between two clock times of the aligned reference sentences ('the first burst
    happened after 6am; the second followed at around 11am' / 'about five hours later')."""
    seconds = units.in_base_units(q.low, q.unit) if not q.is_range else None
    if seconds is None or seconds[1] != "[time]":
        return False
    sents = ctx.refs_for(q.sent)
    times = [
        c
        for c in ctx.cache("clock_times", lambda: (clock_times(ctx.reference.doc), clock_times(ctx.candidate.doc)))[0]
        if ctx.reference.sentence_at(c.start) in sents
    ]
    gaps = {abs(a - b) * 60.0 for x in times for y in times if x is not y for a in x.minutes for b in y.minutes}
    slack = 0.1 if q.approx else 0.02
    return any(g and math.isclose(seconds[0], g, rel_tol=slack) for g in gaps)


def _ratio_conflict(ctx: Context, q: Quantity, refs: list[Quantity]) -> tuple[str, tuple[int, int]] | None:
    """A ratio ('outnumbered by four to one') where the aligned reference sentences give the two counts it compares, the
    only two figures there ('12,000 home fans and 2,000 away fans'), and they make another: (message, reference span)."""
    if q.unit == "×" and _TIMES_AS.match(ctx.candidate.text[q.end : q.end + 30]):
        return _multiple_conflict(ctx, q, refs)
    if q.unit != "×" or not re.search(r"\bto (?:one|1)$", q.text):
        return None
    counts = [r for r in refs if not (r.looks_like_year or r.is_range or _measured(r.unit) or r.unit in _RATIOS)]
    if len(counts) != 2 or not min(r.low for r in counts):
        return None
    big, small = sorted(counts, key=lambda r: r.low, reverse=True)
    ratio = big.low / small.low
    if _multiple_fits(q, q.low, ratio):
        return None
    span = (min(big.start, small.start), max(big.end, small.end))
    return f"'{q.text}' where the reference's '{big.text}' and '{small.text}' make about {ratio:.1f} to one", span


# 'twenty times as much', 'twelve times his £1,200 quote', 'up to twenty times that'
_TIMES_AS = re.compile(r"^\s*(?:times\b|(?:as\s+(?:much|many|high|large|great)|more|higher|larger)\b)", re.IGNORECASE)


def _multiple_conflict(ctx: Context, q: Quantity, refs: list[Quantity]) -> tuple[str, tuple[int, int]] | None:
    """'N times as much' where the aligned reference sentences give two amounts of one unit, the only two there ('a
    fee of £69 ... charged up to £780'), and the candidate's sentence keeps the smaller: the multiple of the two is
    another: (message, reference span)."""
    for unit in sorted({r.unit for r in refs if r.unit and r.unit not in _RATIOS}):
        kept = [c for c in ctx.candidate.quantities if c.sent == q.sent and c.unit == unit]
        amounts = [r for r in refs if r.unit == unit and not r.looks_like_year and not r.is_range]
        if len(kept) != 1 or len(amounts) != 2 or not min(r.low for r in amounts):
            continue
        big, small = sorted(amounts, key=lambda r: r.low, reverse=True)
        if kept[0].same_value(small):
            return _multiple_against(q, small, big)
    return None


def _multiple_against(q: Quantity, small: Quantity, big: Quantity) -> tuple[str, tuple[int, int]] | None:
    """(message, reference span) where q is not the multiple `big` makes of `small`, else None."""
    ratio = big.low / small.low
    if _multiple_fits(q, q.high, ratio) or _multiple_fits(q, q.low, ratio):
        return None
    return f"'{q.text} times' where the reference's '{small.text}' and '{big.text}' make about {ratio:.1f} times", (big.start, big.end)


def _gap_conflict(ctx: Context, q: Quantity) -> tuple[str, tuple[int, int]] | None:
    """A length of time where the aligned reference sentences give the two clock times it runs between, and only those
    ('left at 6.15pm and docked at 8.45pm' / 'took about three and a half hours'), the candidate's sentence keeping
    neither, and the length is not theirs: (message, reference span)."""
    seconds = units.in_base_units(q.low, q.unit) if not q.is_range else None
    if seconds is None or seconds[1] != "[time]" or not 0 < seconds[0] <= 86400:
        return None
    ref_times, cand_times = ctx.cache("clock_times", lambda: (clock_times(ctx.reference.doc), clock_times(ctx.candidate.doc)))
    sents = ctx.refs_for(q.sent)
    times = sorted((c for c in ref_times if ctx.reference.sentence_at(c.start) in sents), key=lambda c: c.start)
    if len(times) != 2 or any(ctx.candidate.sentence_at(c.start) == q.sent for c in cand_times):
        return None
    first, last = times
    gaps = {((b - a) % 1440) * 60.0 for a in first.minutes for b in last.minutes}
    slack = 0.1 if q.approx else 0.02
    if not gaps or any(math.isclose(seconds[0], g, rel_tol=slack) for g in gaps) or len(gaps) > 2:
        return None
    hours = min(gaps) / 3600
    return f"'{q.text}' where the reference's '{first.text}' and '{last.text}' are {hours:g} hours apart", (first.start, last.end)


def _share_count_conflict(ctx: Context, q: Quantity) -> tuple[str, tuple[int, int]] | None:
    """A count set right after a share of a whole that both texts give ('228 cast a ballot, and 71 per cent of them, some
    190 workers, voted yes' where the reference gives 228 and 71 per cent): the count the two make is another, (message,
    reference span) of the share. The whole is the last figure before the share in the candidate's sentence."""
    if q.is_range or q.unit in ("%", "pp"):
        return None
    here = sorted((c for c in ctx.candidate.quantities if c.sent == q.sent and not c.looks_like_year), key=lambda c: c.start)
    shares = [c for c in here if c.unit == "%" and not c.is_range and 0 < q.start - c.end < 25]
    if not shares:
        return None
    share = shares[-1]
    wholes = [c for c in here if c.end <= share.start and c.unit not in ("%", "pp") and not c.is_range]
    if not wholes or not re.match(r"^\s+of\s+(?:them|those|these|the|its|their)\b", ctx.candidate.text[share.end : q.start]):
        return None
    whole = wholes[-1]
    given = [r for r in ctx.reference.quantities if not r.looks_like_year]
    ref_share = next((r for r in given if r.unit == "%" and _agrees(share, r)), None)
    if ref_share is None or not any(_agrees(whole, r) for r in given):
        return None
    expected = share.low / 100 * whole.low
    if abs(q.low - expected) <= (0.1 if q.approx else 0.05) * expected + 0.5:
        return None
    return f"'{q.text}' where {share.text} of {whole.text} is about {expected:,.0f}", (ref_share.start, ref_share.end)


_REST_BEFORE = re.compile(r"\b(?:the\s+)?(?:other|remaining|rest|remainder)\W*$", re.IGNORECASE)


def _rest_conflict(ctx: Context, q: Quantity) -> tuple[str, tuple[int, int]] | None:
    """'the other 650' where the reference gives a whole and one part ('employs 1,200 ... Some 450 will be transferred
    ..., and the rest will be offered redundancy') that leave another rest: (message, reference span). Only where both
    texts speak of the rest, and the reference gives exactly two figures of the kind."""
    if q.is_range or not _REST_BEFORE.search(ctx.candidate.text[max(0, q.start - 16) : q.start]):
        return None
    if not re.search(r"\b(?:rest|remaining|remainder|others?)\b", ctx.reference.text, re.IGNORECASE):
        return None
    kin = [
        r
        for r in ctx.reference.quantities
        if not r.looks_like_year and not r.is_range and not r.per and (r.unit == q.unit or not (r.unit and q.unit))
    ]
    kin = [r for r in kin if _counted(r) == _counted(q) or not r.unit or not q.unit]
    if len(kin) != 2:
        return None
    whole, part = sorted(kin, key=lambda r: r.low, reverse=True)
    rest = whole.low - part.low
    if rest <= 0 or _sum_of(q, q.low, rest) or (q.approx and abs(q.low - rest) <= 0.1 * rest):
        return None
    return f"'{q.text}' where the reference's '{whole.text}' and '{part.text}' leave {rest:,g}", (part.start, part.end)


def _rest_worked_out(ctx: Context, q: Quantity) -> bool:
    """'the other seven' where the reference gives a whole and a part that leave seven ('nine people were injured ...
    Two of the injured remain in hospital; the others were able to go home'): the rest, worked out."""
    if q.is_range or not _REST_BEFORE.search(ctx.candidate.text[max(0, q.start - 16) : q.start]):
        return False
    if not re.search(r"\b(?:rest|remaining|remainder|others?)\b", ctx.reference.text, re.IGNORECASE):
        return False
    kin = [r for r in ctx.reference.quantities if not r.looks_like_year and not r.is_range and not r.per]
    kin = [r for r in kin if r.unit == q.unit or not (r.unit and q.unit)]
    return any(a.low - b.low == q.low for a in kin for b in kin if a is not b)


def _period_length(ctx: Context, q: Quantity) -> bool:
    """A length of time that equals a period the reference names ('in the 12 months to June' for 'in the year to
    June', 'three months' for 'the first quarter', 'a two-day strike' for 'on 6 and 7 March')."""
    seconds = units.in_base_units(q.low, q.unit) if not q.is_range else None
    if seconds is None or seconds[1] != "[time]":
        return False
    lengths = ctx._cache.get("reference_periods")
    if lengths is None:
        lengths = ctx._cache["reference_periods"] = period_lengths(ctx.reference.doc)
    return any(math.isclose(seconds[0], x, rel_tol=0.05) for x in lengths)


def _digits_swapped(ctx: Context, q: Quantity, pool: list[Quantity]) -> Quantity | None:
    """The one reference figure written with the same digits as the candidate's in another order ('140' / '410', '4.5'
    / '5.4'), of the same unit where either is measured (money, a share, a unit of measure; a counted noun may be named
    otherwise: '410 staff' / '140 people'), that the candidate gives nowhere itself: a transposed figure."""

    def _measured(unit: str) -> bool:
        return bool(unit) and (is_money(unit) or unit in _RATIOS or units.is_unit(unit))

    def digits(x: Quantity) -> str:
        # (a count in words by the digits of its value: 'Thirty-two' / '23')
        return "".join(ch for ch in x.text if ch.isdigit()) or (str(int(x.low)) if _counted_in_words(x) else "")

    mine = digits(q)
    if len(mine) < 2 or q.looks_like_year or len(set(mine)) < 2:
        return None
    found = [
        r
        for r in pool
        if not r.looks_like_year
        and digits(r) != mine
        and sorted(digits(r)) == sorted(mine)
        and (q.unit == r.unit or not (_measured(q.unit) or _measured(r.unit)))
        and not any(c.same_value(r) for c in ctx.candidate.quantities)
    ]
    return found[0] if len(found) == 1 else None


def others_of_rank(ctx: Context, q: Quantity) -> bool:
    """'two other suppliers have collapsed' where the reference has 'the third supplier to fail': the ones ranked
    before, counted (an ordinal one higher than the count, on the counted noun)."""
    if q.is_range or not q.unit or not re.match(r"\s+other\b", ctx.candidate.text[q.end :]):
        return False
    return any(
        t.pos_ in ("ADJ", "NUM")
        and t.dep_ in ("amod", "nummod")
        and parse_ordinal(t.lower_) == q.low + 1
        and t.head.lemma_.lower() == q.unit
        for t in ctx.reference.doc
    )


class _Ordinal:
    def __init__(self, tok, value: int, head: str, last=None) -> None:
        last = last if last is not None else tok
        self.start, self.end, self.value, self.head = tok.idx, last.idx + len(last.text), value, head
        self.text = tok.doc.text[self.start : self.end]


def _superlative_rank(tok) -> _Ordinal | None:
    """A superlative with its rank ('the region's third-largest employer': 3; 'its largest employer': 1), keyed by
    the superlative and the noun it ranks; None for one ranked by no one ('one of the largest', 'largest ever')."""
    if tok.tag_ not in ("JJS", "RBS") or tok.dep_ != "amod" or tok.head.pos_ != "NOUN":
        return None
    head = f"{tok.lemma_.lower()} {tok.head.lemma_.lower()}"
    ranks = [c for c in tok.children if c.dep_ == "advmod" and parse_ordinal(c.lower_) is not None]
    if ranks:
        return _Ordinal(ranks[0], parse_ordinal(ranks[0].lower_), head, tok)
    noun = tok.head
    the = any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in noun.children)
    of_many = noun.head.lower_ == "of" and noun.head.head.lower_ in ("one", "some", "two", "three", "among")
    return _Ordinal(tok, 1, head) if the and not of_many and noun.i > tok.i else None


def _ordinals(doc) -> list[_Ordinal]:
    """Ordinals with the noun they rank ('fourth seed', 'the 11th round', 'third consecutive year'); parts of a
    period ('third quarter') are the date check's."""
    out = []
    for tok in doc:
        ranked = _superlative_rank(tok)
        if ranked is not None:
            out.append(ranked)
        if tok.pos_ not in ("ADJ", "NUM") or tok.dep_ not in ("amod", "nummod"):
            continue
        value = parse_ordinal(tok.lower_)
        head = tok.head
        if value is None or head.pos_ != "NOUN" or head.i <= tok.i or head.lemma_.lower() in ("quarter", "half"):
            continue
        out.append(_Ordinal(tok, value, head.lemma_.lower()))
    return out


def _rank_elided(ref, sents: set[int], value: int) -> bool:
    """The aligned reference sentences give the rank with its noun left out ('the first burst ...; the second, on the A39,
    followed'): the candidate's 'second burst' is that one."""
    return any(
        parse_ordinal(t.lower_) == value and t.dep_ not in ("amod", "nummod", "advmod") and any(c.dep_ == "det" for c in t.children)
        for t in ref.doc
        if ref.sentence_at(t.idx) in sents
    )


def _changed_ordinals(ctx: Context) -> Iterator[Finding]:
    """'the fifth seed' where the aligned reference sentence ranks the same noun otherwise ('the fourth seed')."""
    ref_all = _ordinals(ctx.reference.doc)
    for o in _ordinals(ctx.candidate.doc):
        sents = ctx.refs_for(ctx.candidate.sentence_at(o.start))
        same = [r for r in ref_all if r.head == o.head]
        rivals = [r for r in same if ctx.reference.sentence_at(r.start) in sents]
        if rivals and not any(r.value == o.value for r in same) and not _rank_elided(ctx.reference, sents, o.value):
            if _ranked_by_other_noun(ctx, o, [r for r in ref_all if r.value == o.value]):
                continue
            yield ctx.replaced(FindingType.NUMBER, Severity.MAJOR, 0.6, o, rivals[0], NAME)


_EACH = frozenset({"per", "a", "an", "each", "every"})
_OVER = frozenset({"in", "over", "across", "during"})


def _after_count(doc, q: Quantity) -> list:
    """The tokens after a count and its noun ('150 patients| per shift'): up to four."""
    span = doc.doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return []
    i = span.end
    if i < len(doc.doc) and doc.doc[i].lemma_.lower() == q.unit:
        i += 1
    return list(doc.doc[i : i + 4])


def _each_for_all(ctx: Context) -> Iterator[Finding]:
    """A count given per one of something ('up to 150 patients per shift') where the aligned reference sentences give
    the same count over several of them ('up to 150 patients in three shifts'): each, not all together."""
    for q in ctx.candidate.quantities:
        if q.is_range or not q.unit or is_money(q.unit):
            continue
        after = _after_count(ctx.candidate, q)
        if len(after) < 2 or after[0].lower_ not in _EACH or after[1].pos_ != "NOUN":
            continue
        per = after[1].lemma_.lower()
        for r in ctx.reference.in_sentences(ctx.reference.quantities, ctx.refs_for(q.sent)):
            if r.unit != q.unit or not r.same_value(q):
                continue
            over = _after_count(ctx.reference, r)
            if len(over) < 3 or over[0].lower_ not in _OVER or over[2].lemma_.lower() != per:
                continue
            n = parse_number(over[1].lower_)
            if n is not None and n > 1:
                start, end = q.start, after[1].idx + len(after[1].text)
                ref_end = over[2].idx + len(over[2].text)
                yield ctx.finding(
                    FindingType.NUMBER,
                    Severity.MAJOR,
                    0.6,
                    f"'{ctx.candidate.text[start:end]}' where the reference gives '{ctx.reference.text[r.start : ref_end]}': "
                    f"each {per}, not {over[1].text} together",
                    (start, end),
                    (r.start, ref_end),
                    NAME,
                )
                break


def _whole_period(q: Quantity) -> bool:
    """A length of time given per a period that it fills ('24 hours a day', 'seven days a week', '52 weeks a year')."""
    if not q.per or q.is_range or not units.is_unit(q.unit):
        return False
    plural = "centuries" if q.per == "century" else q.per + "s"
    whole, part = units.in_base_units(1.0, plural), units.in_base_units(q.low, q.unit)
    return whole is not None and part is not None and whole[1] == part[1] and abs(whole[0] - part[0]) < 1e-6 * whole[0]


def _ranked_by_other_noun(ctx: Context, o: _Ordinal, same_rank: list[_Ordinal]) -> bool:
    """The reference gives the candidate's rank to a noun that the candidate's sentence says as a verb, with its
    particle or as WordNet's verb of the noun ('the ninth consecutive rollover' / 'has rolled over for the ninth draw in
    a row'): the same rank."""
    span = ctx.candidate.doc.char_span(o.start, o.end, alignment_mode="expand")
    if span is None:
        return False
    verbs = [t for t in span[0].sent if t.pos_ == "VERB"]
    said = {t.lemma_.lower() + c.lower_ for t in verbs for c in t.children if c.dep_ == "prt"}
    return any(r.head in said or {t.lemma_.lower() for t in verbs} & set(noun_verbs(r.head)) for r in same_rank)


def _one_among(tok: Token) -> bool:
    """A superlative ranked among others: 'one of the highest rates', 'among the region's oldest choirs', 'among the
    oldest'; by the phrase it stands in, or by the words before it."""
    noun = tok.head if tok.dep_ == "amod" else tok
    prep = noun.head if noun.dep_ == "pobj" else None
    if prep is not None and (prep.lower_ == "among" or (prep.lower_ == "of" and prep.head.lower_ in _SOME_OF)):
        return True
    before = [t.lower_ for t in tok.doc[max(0, tok.i - 5) : tok.i]]
    # ('among the oldest', 'among the region's oldest', 'one of the region's oldest'; not 'Among the classes are best coat')
    among = before[-2:] == ["among", "the"] or (before[-4:-2] == ["among", "the"] and before[-1] == "'s")
    return among or any(before[k : k + 2] == ["one", "of"] and "the" in before[k + 2 :] for k in range(len(before) - 1))


_SOME_OF = frozenset({"one", "two", "three", "some", "several", "few", "many"})


def _one_of_the_first(ctx: Context) -> Iterator[Finding]:
    """A superlative of the same word said of the same noun, first on one side and one of several on the other ('the
    highest rate in the country' / 'one of the highest rates in the country'): another rank."""
    for ref_sent, cand_sent in sentence_pairs(ctx):
        for c in (t for t in cand_sent if t.tag_ == "JJS"):
            for r in (t for t in ref_sent if t.tag_ == "JJS" and t.lemma_.lower() == c.lemma_.lower()):
                if _one_among(r) == _one_among(c) or r.head.lemma_.lower() != c.head.lemma_.lower():
                    continue
                start, end = (c.doc[c.i - 3].idx if _one_among(c) else c.idx), c.head.idx + len(c.head.text)
                cand_span = (min(start, c.idx), max(end, c.idx + len(c.text)))
                ref_span = (min(r.idx, r.head.idx), max(r.idx + len(r.text), r.head.idx + len(r.head.text)))
                yield ctx.finding(
                    FindingType.NUMBER,
                    Severity.MAJOR,
                    0.6,
                    f"'{ctx.candidate.text[slice(*cand_span)]}' where the reference has '{ctx.reference.text[slice(*ref_span)]}'"
                    + (": one of several, not the first" if _one_among(c) else ": the first, not one of several"),
                    cand_span,
                    ref_span,
                    NAME,
                )
                break


_AMBIGUOUS_UNITS = re.compile(r"gallon|pint|quart|\bton|ounce|cup", re.I)  # US and imperial measures differ


def _rounded_from(a: Quantity, b: Quantity) -> bool:
    """`b` is `a` converted and rounded as people round ('2 kilometres (1.2 miles)', '50 km (30 miles)', 'a metre (3
    feet)'): within half a step of its last written digit (a tenth more for 'about'), or a unit whose size varies."""
    if a.same_measure(b) or _AMBIGUOUS_UNITS.search(f"{a.unit} {b.unit}"):
        return True
    x, y = units.in_base_units(a.low, a.unit), units.in_base_units(1.0, b.unit)
    if x is None or y is None or not y[0]:
        return True
    converted = x[0] / y[0]  # a in b's units
    digits = re.sub(r"[^\d.]", "", b.text.replace(",", ""))
    if not digits:
        return False
    if "." in digits:
        step = 10.0 ** -len(digits.split(".")[1])
    else:
        step = 10.0 ** (len(digits) - len(digits.rstrip("0"))) if digits.rstrip("0") else 1.0
    slack = 0.6 * step + (0.1 * abs(b.low) if b.approx else 0.0)
    return abs(converted - b.low) <= max(slack, 0.03 * abs(b.low))


def _converted_apart(ctx: Context) -> Iterator[Finding]:
    """A figure given again in other units in brackets ('1,021 km/h (around 730 mph)', '300 metres (1,500 feet)')
    where the two are not the same amount, and the reference gives no such pair: the conversion is wrong."""
    doc = ctx.candidate
    for a, b in zip(doc.quantities, doc.quantities[1:], strict=False):
        between = doc.text[a.end : b.start].strip()
        if between != "(" or a.sent != b.sent or not a.in_other_units(b) or not a.same_dimension(b) or _rounded_from(a, b):
            continue
        if any(r.same_value(b) and r.unit == b.unit for r in ctx.reference.quantities):
            continue  # the reference's own conversion, right or wrong
        yield ctx.finding(
            FindingType.NUMBER,
            Severity.MAJOR,
            0.7,
            f"'{b.text}' is not '{a.text}' in other units",
            (b.start, b.end),
            None,
            NAME,
        )


def _other_frequency(ctx: Context, q: Quantity, refs: list[Quantity], ref_all: list[Quantity]) -> Quantity | None:
    """How often something happens ('once a week') where the aligned reference sentences say how often with another
    figure ('twice a week'), one figure only that the candidate gives nowhere, and the reference gives the candidate's
    nowhere."""
    rivals = [r for r in refs if r.often and not any(c.states_same_amount(r) for c in ctx.candidate.quantities)]
    # (the figure given anywhere, also as the time between: 'every six months' for 'twice-yearly')
    if len({(r.low, r.unit) for r in rivals}) != 1 or any(q.states_same_amount(r) for r in ref_all if r.often or not r.implicit):
        return None
    r = rivals[0]
    return r if q.in_other_units(r) or q.unit == r.unit else None


def _change_relation(doc, q: Quantity) -> str | None:
    """'by' or 'to' where the figure is the step or the end of a change ('rose by 4%', 'cut to 48,000 tonnes'); None
    for a figure in any other place."""
    span = doc.doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    before = [t for t in doc.doc[max(0, span.start - 2) : span.start]]
    joined = len(before) == 2 and before[1].lower_ in ("to", "and", "-", "–") and (before[0].like_num or before[0].text in ("%", "percent"))
    if _from_and_to(doc.doc, span):
        return "to"
    if joined or re.search(r"\d\s*(?:to|and|-|–)\s*[£$€¥]?\d|\bbetween\b", q.text, re.IGNORECASE):
        return None  # 'by 5% to 7%', 'to between 5 and 7 percent': a range, not one step or end
    prep = root.head if root.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in ("by", "to") or prep.head.pos_ != "VERB":
        return None
    return prep.lower_ if direction(prep.head, transitive=True) is not None else None


def _from_and_to(doc, span) -> bool:
    """The figure after the 'to' of 'from X to' or 'by X to' near a verb of change ('increasing capacity from 90,000 to
    140,000 tonnes', 'dropped from about 210,000 in 2018 to 134,000', 'will go up by 50p to £2'): where the change
    ended, however the parse grouped the two figures (often as a range)."""
    words = doc[max(0, span.start - 8) : span.start]
    if not len(words) or words[-1].lower_ != "to":
        return False
    # (or 'by X to': 'will go up by 50p to £2')
    start = next((t for t in reversed(words[:-1]) if t.lower_ in ("from", "by")), None)
    if start is None or not any(any(ch.isdigit() for ch in t.text) for t in doc[start.i + 1 : span.start - 1]):
        return False
    return any(t.pos_ == "VERB" and direction(t) is not None for t in doc[max(0, start.i - 6) : start.i])


def _change_way(doc, q: Quantity) -> str | None:
    """'up' or 'down': the direction of the verb of change nearest before the figure in its sentence ('fell by 134,000',
    'dropped from 210,000 to 134,000')."""
    span = doc.doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return None
    words = doc.doc[span.sent.start : span.start]
    return next((direction(t) for t in reversed(words) if t.pos_ == "VERB" and direction(t) is not None), None)


def _step_for_end(ctx: Context) -> Iterator[Finding]:
    """A figure that the aligned reference sentence gives as the end of a change ('cut to 48 million tonnes') given as
    the step of one ('cut by 48 million tonnes'), or the other way round, where neither text gives it both ways."""
    for q in ctx.candidate.quantities:
        mine = _change_relation(ctx.candidate, q)
        if mine is None or q.looks_like_year or "half" in q.text.lower() or (q.unit == "%" and q.low == 50):
            continue  # (cut by half is cut to half)
        refs = [r for r in ctx.reference.in_sentences(ctx.reference.quantities, ctx.refs_for(q.sent)) if q.states_same_amount(r)]
        if not refs:
            # (a sentence that merges several, whose alignment missed the figure's: the one place the reference gives
            # this amount, as a change of the same way: 'fell by 134,000' / 'dropped from 210,000 to 134,000')
            anywhere = [r for r in ctx.reference.quantities if q.states_same_amount(r)]
            way = _change_way(ctx.candidate, q)
            refs = anywhere if len(anywhere) == 1 and way is not None and _change_way(ctx.reference, anywhere[0]) == way else []
        theirs = {_change_relation(ctx.reference, r) for r in refs} - {None}
        if not refs or mine in theirs or not theirs:
            continue
        if any(c.states_same_amount(q) and _change_relation(ctx.candidate, c) in theirs for c in ctx.candidate.quantities):
            continue
        r = next(r for r in refs if _change_relation(ctx.reference, r) is not None)
        yield ctx.finding(
            FindingType.NUMBER,
            Severity.MAJOR,
            0.6,
            f"'{mine} {q.text}' where the reference has '{_change_relation(ctx.reference, r)} {r.text}': the step of a change "
            "and where it ends are two figures",
            (q.start, q.end),
            (r.start, r.end),
            NAME,
        )


def _from_figure(doc, quantities: list[Quantity], r: Quantity) -> Quantity | None:
    """The figure of 'from X to r' in r's sentence: the change's start, where r is the level it reaches (its unit said
    once, after r: 'from nine to about twelve minutes')."""
    before = tokens_before(doc, r.start, 1)
    if not before or before[-1].lower_ != "to":
        return None
    for f in quantities:
        if f.sent != r.sent or f.end >= r.start or (f.unit != r.unit and f.unit):
            continue
        words = tokens_before(doc, f.start, 1)
        between = doc.char_span(f.end, r.start, alignment_mode="expand")
        if words and words[-1].lower_ == "from" and between is not None and len(between) <= 4:
            return f
    return None


def _level_told_as_change(ctx: Context) -> Iterator[Finding]:
    """The level a change reaches told as its size ('will cut its grant from £48,000 to £30,000' / 'will have its grant
    cut by £30,000'): the same figure, another fact."""
    cand, ref = ctx.candidate, ctx.reference
    for q in cand.quantities:
        before = tokens_before(cand.doc, q.start, 1)
        if q.looks_like_year or not before or before[-1].lower_ != "by" or before[-1].head.pos_ not in ("VERB", "NOUN"):
            continue
        if direction(before[-1].head, transitive=True) is None and not noun_verbs(before[-1].head.lemma_):
            continue
        if any(_from_figure(cand.doc, cand.quantities, c) for c in cand.quantities if c.sent == q.sent and c.unit == q.unit):
            continue  # the candidate gives the whole change itself (not another one: 'cut its speed from 6 to 4.5 metres per second')
        aligned = ref.in_sentences(ref.quantities, ctx.refs_for(q.sent))
        if not any(_agrees(q, r) and q.unit == r.unit for r in aligned):
            # (a summary's sentence drawn from two: the one figure of the reference that agrees, wherever it is)
            alike = [r for r in ref.quantities if _agrees(q, r) and q.unit == r.unit]
            aligned = alike if len(alike) == 1 else []
        for r in aligned:
            if not (_agrees(q, r) and q.unit == r.unit):
                continue
            start = _from_figure(ref.doc, ref.quantities, r)
            if start is None or abs(abs(start.low - r.low) - q.low) <= max(q.high - q.low, 1e-9):
                continue
            told = ref.text[start.start : r.end]
            yield ctx.finding(
                FindingType.NUMBER,
                Severity.MAJOR,
                0.7,
                f"'{q.text}' is given as the size of the change; in the reference it is the level reached ('from {told}')",
                (before[-1].idx, q.end),
                (start.start, r.end),
                NAME,
            )
            break


_SHARE_OF = frozenset({"half", "third", "thirds", "quarter", "quarters", "most", "some", "many", "few", "several", "majority", "minority"})


def _some_of_the(doc, q: Quantity) -> bool:
    """A count of some of a set: 'three of the slide's support columns', 'two of its four engines' (a number, then 'of'
    and a determiner or possessive), with nothing saying it is the whole set ('all three of', 'each of the three'); or a
    share of the whole the number counts ('half of the 240 street lights', 'most of its 12 branches')."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return False
    before = [t.lower_ for t in doc[max(0, span.start - 4) : span.start]]
    if "of" in before and set(before[: before.index("of")]) & _SHARE_OF and "all" not in before:
        return True
    if span.end + 2 > len(doc) or doc[span.end].lower_ != "of":
        return False
    after = doc[span.end + 1]
    if not (after.dep_ == "det" or after.tag_ in ("PRP$", "DT") or after.dep_ == "poss"):
        return False
    return not any(t.lower_ in ("all", "each", "both", "every") for t in doc[max(0, span.start - 3) : span.start])


def _partitive_text(doc, q: Quantity) -> str:
    span = doc.doc.char_span(q.start, q.end, alignment_mode="expand")
    of = doc.doc[span.end] if span.end < len(doc.doc) else span[-1]
    if of.lower_ != "of":
        start = next((t for t in doc.doc[max(0, span.start - 4) : span.start] if t.lower_ in _SHARE_OF), span[0])
        return (
            doc.text[start.idx : span.root.head.idx + len(span.root.head.text)]
            if span.root.head.i >= span.end
            else doc.text[start.idx : q.end]
        )
    noun = next((c for c in of.children if c.dep_ == "pobj"), doc.doc[span.end + 1])
    return doc.text[q.start : noun.idx + len(noun.text)]


def _part_told_as_all(ctx: Context) -> Iterator[Finding]:
    """'all 52 of the staff' where the reference has '38 of the college's 52 staff': the whole given for a part of it."""
    cand, ref = ctx.candidate, ctx.reference
    for q in cand.quantities:
        before = tokens_before(cand.doc, q.start, 2)
        inside = re.match(r"(?:in\s+)?all\s", q.text, re.IGNORECASE)  # 'in all three support columns'
        if q.looks_like_year or not (inside or (before and "all" in {t.lower_ for t in before})):
            continue
        if inside:
            head = cand.doc.char_span(q.start, q.start + inside.end() - 1, alignment_mode="expand")
            before = [t for t in head if t.lower_ == "all"] if head is not None else before
        said_all = [
            r for r in ref.quantities if "all" in {t.lower_ for t in tokens_before(ref.doc, r.start, 2)} | set(r.text.lower().split())
        ]
        if any(r.low == q.low for r in said_all):
            continue  # the reference says 'all 52' too
        for r in ref.quantities:
            # (the unit of a count may be read on one side only: 'all 52 of the staff' / '52 teaching staff')
            if (q.low, q.high) != (r.low, r.high) or "" not in (q.unit, r.unit) and q.unit != r.unit or r.approx:
                continue
            if r.sent in ctx.refs_for(q.sent) and _some_of_the(ref.doc, r):
                start = before[0].idx if before[0].lower_ == "all" else before[-1].idx
                yield ctx.finding(
                    FindingType.NUMBER,
                    Severity.MAJOR,
                    0.6,
                    f"'{cand.text[start : q.end]}' where the reference gives a part of them ('{_partitive_text(ref, r)}')",
                    (start, q.end),
                    (r.start, r.end),
                    NAME,
                )
                break
            for p in ref.quantities:
                between = ref.doc.char_span(p.end, r.start, alignment_mode="expand") if p.end < r.start else None
                if p.sent != r.sent or between is None or not len(between) or between[0].lower_ != "of" or len(between) > 4:
                    continue
                if p.high < r.low and p.unit in ("", r.unit):
                    yield ctx.finding(
                        FindingType.NUMBER,
                        Severity.MAJOR,
                        0.7,
                        f"'all {q.text}' where the reference gives a part of them ('{ref.text[p.start : r.end]}')",
                        (before[0].idx if before[0].lower_ == "all" else before[-1].idx, q.end),
                        (p.start, r.end),
                        NAME,
                    )
                    break
            else:
                continue
            break


def _unit_of_a_rate(ctx: Context, q: Quantity) -> bool:
    """One unit of measure said with 'a' ('a kilo') where the aligned reference sentences give a rate by that unit
    ('per kilo', 'a kilo'): the unit a price or rate is told by, no amount."""
    words = q.text.lower().split()
    if len(words) != 2 or words[0] not in ("a", "an") or not q.unit or q.implicit:
        return False  # (a unit of time has readings of its own: 'an hour', 'a year')
    for r in ctx.refs_for(q.sent):
        text = ctx.reference.sentences[r].text.lower()
        if any(units.one_unit(m.group(1), words[1]) for m in re.finditer(r"\b(?:per|a|an|each)\s+([a-z]+)", text)):
            return True
    return False


def check(ctx: Context) -> Iterator[Finding]:
    yield from _changed_ordinals(ctx)
    yield from _one_of_the_first(ctx)
    yield from _level_told_as_change(ctx)
    yield from _part_told_as_all(ctx)
    yield from _step_for_end(ctx)
    yield from _converted_apart(ctx)
    yield from _each_for_all(ctx)
    ref_all = ctx.reference.quantities
    values = ctx._cache.get("reference_numbers")
    if values is None:
        values = ctx._cache["reference_numbers"] = number_values(ctx.reference.doc)
    for q in ctx.candidate.quantities:
        if q.looks_like_year:
            continue  # years are the date check's
        if _unit_of_a_rate(ctx, q):
            continue  # 'where a kilo can sell for 5,000 euros' / 'fetch up to 5,000 euros per kilo': the rate's unit
        refs = [r for r in ctx.reference.in_sentences(ref_all, ctx.refs_for(q.sent)) if not r.looks_like_year]
        if _whole_period(q) and not any(r.per for r in refs):
            continue  # '24 hours a day', 'seven days a week': always, as 'around the clock' says
        misread = _rise_misread(ctx, q)
        if misread is not None:  # 'rose by 140 per cent' / '1.4 times the previous year's figure'
            times = misread if misread.unit == "×" else q
            message = (
                f"'{q.text}' where the reference gives '{misread.text}': {times.low:g} times a figure is a rise of "
                f"{(times.low - 1) * 100:g} per cent"
            )
            yield ctx.finding(FindingType.NUMBER, Severity.MAJOR, 0.6, message, (q.start, q.end), (misread.start, misread.end), NAME)
            continue
        if q.implicit and _rate_as_interval(ctx, q):
            continue  # 'four trains an hour' / 'every 15 minutes'
        if q.implicit and (against := _rate_against_interval(ctx, q)) is not None:
            yield _rate_finding(ctx, *against)
            continue
        if q.implicit:
            other = _other_frequency(ctx, q, refs, ref_all) if q.often else None
            if other is not None:
                yield ctx.replaced(FindingType.NUMBER, Severity.MAJOR, 0.7, q, other, NAME)
                continue
            # 'a year', 'an hour': too often a turn of phrase ('within a year') to be a claimed amount, unless the
            # reference gives the length in figures ('at least ten days' / 'at least a fortnight')
            against = _length_against(ctx, q, refs)
            if against is None and not any(_agrees(q, r) for r in ref_all):
                # a length of the same thing told in a sentence the alignment did not give ('each given an hour to
                # carve an animal' in a summary sentence aligned with another, 'had 90 minutes to carve an animal')
                around = _near(ctx.candidate, q, 8)
                elsewhere = [r for r in ref_all if r not in refs and len(_near(ctx.reference, r, 8) & around) >= 2]
                against = _length_against(ctx, q, elsewhere) if elsewhere else None
            if against is not None:
                yield ctx.replaced(FindingType.NUMBER, Severity.MAJOR, 0.6, q, against, NAME)
            continue
        if _ago(ctx, q):
            continue  # 'twelve months ago': a date, the date check's
        if _both_counted(ctx, q, refs):
            continue  # 'Both companies were fined' / 'The two firms were fined'
        gap = _gap_against(ctx, q, refs)
        if gap is not None:
            yield ctx.replaced(FindingType.NUMBER, Severity.MAJOR, 0.6, q, gap, NAME)
            continue
        change = _change_size(ctx, q, refs)
        if change is not None and change[2]:
            continue  # 'rose by almost a half to £14.6m' / '14.6 million pounds, up from 9.8 million': the change worked out
        if change is not None:
            old, new, _ = change
            size = _figure(abs(new.low - old.low))
            if q.unit == "%" and old.unit != "%":
                size = f"{_figure(round(100 * abs(new.low - old.low) / old.low, 1))}%"
            yield ctx.finding(
                FindingType.NUMBER,
                Severity.MAJOR,
                0.6,
                f"'{q.text}' where the reference's figures ('{new.text}', from '{old.text}') make the change {size}",
                (q.start, q.end),
                (min(old.start, new.start), max(old.end, new.end)),
                NAME,
            )
            continue
        # the same counted noun with another number outweighs the number said of another noun ('its two colleges' where
        # the reference has 'its three colleges' and 'two campuses')
        same_noun = [r for r in refs if _counted(q) and r.unit == q.unit and not r.implicit and not _another_set(ctx.reference.doc, r)]
        outweighed = same_noun and not _supported(q, same_noun) and not _derivable(q, same_noun + [r for r in refs if not r.unit])
        # not for people counted under another name ('eight people in hospital' / 'eight patients'), nor where q may be
        # the other noun's figure renamed ('the two countries' for 'the two markets')
        outweighed = outweighed and q.unit not in ("people", "person") and not _own_figure(ctx, q, refs)
        # a figure the candidate's sentence gives exactly itself supports no rounded one beside it ('about 60 of the
        # existing 65 stallholders' is not 'around 40 of the 65' rounded)
        own = [c for c in ctx.candidate.quantities if c.sent == q.sent and c.start != q.start and not c.approx]
        backing = [r for r in refs if not (q.approx and any(c.low == r.low and c.high == r.high and c.unit == r.unit for c in own))]
        backing_all = [r for r in ref_all if r in backing or r not in refs]
        baseline_only = _backed_by_baseline_only(ctx, q, same_noun, backing)
        if baseline_only is not None:
            # 'Nine people died, compared with 11 the previous year' / 'Eleven people died': the figure compared against
            # is no support for the one compared
            yield ctx.replaced(FindingType.NUMBER, Severity.MAJOR, 0.6, q, baseline_only, NAME)
            continue
        past = _bound_moved_past(ctx, q, refs)
        if past is not None:
            mine, theirs = _with_denial(ctx.candidate.text, q), _with_denial(ctx.reference.text, past)
            mine = (mine[0], max(mine[1], _bound_after_end(ctx.candidate.text, q)))
            theirs = (theirs[0], max(theirs[1], _bound_after_end(ctx.reference.text, past)))
            yield ctx.finding(
                FindingType.NUMBER,
                Severity.MAJOR,
                0.6,
                f"'{ctx.candidate.text[slice(*mine)]}' where the reference gives '{ctx.reference.text[slice(*theirs)]}': "
                "the figure itself is " + ("counted in" if bound_included(ctx.candidate.text, q) else "left out") + " on one side only",
                mine,
                theirs,
                NAME,
            )
            continue
        turned = _bound_turned(ctx, q, refs)
        if turned is not None:
            mine, theirs = _with_denial(ctx.candidate.text, q), _with_denial(ctx.reference.text, turned)
            yield ctx.finding(
                FindingType.NUMBER,
                Severity.MAJOR,
                0.7,
                f"'{ctx.candidate.text[slice(*mine)]}' where the reference gives '{ctx.reference.text[slice(*theirs)]}': "
                "the figure is bounded the other way",
                mine,
                theirs,
                NAME,
            )
            continue
        # (where the aligned sentences count q's noun themselves, their figure is the rival, below)
        # (nor where the aligned sentences give the figure of another noun: 'about 12,000 people' for 'some 12,000 residents')
        loose = _counted(q) and not any(r.unit == q.unit for r in refs) and not _supported(q, refs)
        loose = loose and not any(r.unit == q.unit and _agrees(q, r) for r in ref_all)
        moved = _moved_figure(ctx, q) if loose else None
        if moved is not None:
            # 'citing three incidents' where the reference has 'two incidents' and 'three other insurers': the figure of
            # another noun, put on this one, whatever the alignment gave the sentence
            yield ctx.replaced(FindingType.NUMBER, Severity.MAJOR, 0.6, q, moved, NAME)
            continue
        rival = _part_rival(ctx, q, refs)
        if rival is not None and _all_but(ctx, q, [rival]):
            continue  # 'all but three of the infected children' / 'fourteen of the (17) infected children'
        if rival is not None:
            yield ctx.replaced(FindingType.NUMBER, Severity.MAJOR, 0.6, q, rival, NAME)
            continue
        part = _share_of_whole(ctx, q, refs)
        if part is not None and part[0]:
            continue  # 'a third of its 18 beds' / 'six of its 18 beds': the same count, told as a share
        if part is not None:
            r = part[1]
            yield ctx.finding(
                FindingType.NUMBER,
                Severity.MAJOR,
                0.6,
                f"'{q.text}' where the reference gives '{r.text}' of the same whole: the share and the count disagree",
                (q.start, q.end),
                (r.start, r.end),
                NAME,
            )
            continue
        shares = [r for r in refs if _count_as_share(ctx, q, r) or _count_as_share(ctx, r, q, swap=True)]
        if shares:
            yield ctx.finding(
                FindingType.NUMBER,
                Severity.MAJOR,
                0.6,
                f"'{q.text}' where the reference gives '{shares[0].text}': a count and a share are different figures",
                (q.start, q.end),
                (shares[0].start, shares[0].end),
                NAME,
            )
            continue
        more = next((r for r in refs if _more_as_share(ctx, q, r)), None)
        if more is not None:
            yield ctx.finding(
                FindingType.NUMBER,
                Severity.MAJOR,
                0.6,
                f"'{q.text}' where the reference gives '{more.text}': a share and an amount by which something grew differ",
                (q.start, q.end),
                (more.start, more.end),
                NAME,
            )
            continue
        # an exact figure near a rough one ('54 of the 130 posts' near 'around 60 trawlers') where its own slot has another
        # ('45 of the 130 jobs'): the slot decides
        rough_only = not _firmly_supported(q, backing) and any(_same_slot(ctx, q, r) for r in refs if not _agrees(q, r))
        rough_only = rough_only or _said_of_other_thing(ctx, q, refs)
        if _supported(q, backing) and not rough_only and not (outweighed and not _change_between(ctx, q, refs)):
            yield from _rate_added(ctx, q, refs)
            yield from _rate_dropped(ctx, q, refs)
            yield from _distributed(ctx, q, refs)
            yield from _each_against_total(ctx, q, refs)
            yield from _change_or_level(ctx, q, refs)
            yield from _bound_dropped(ctx, q, refs)
            continue
        points = [r for r in refs if {q.unit, r.unit} == {"%", "pp"} and q.same_value(r)]
        if points:  # '2%' where the reference gives '2 percentage points': loose wording, or another fact
            yield ctx.finding(
                FindingType.NUMBER,
                Severity.MINOR,
                0.4,
                f"'{q.text}' where the reference gives '{points[0].text}' (percent and percentage points differ)",
                (q.start, q.end),
                (points[0].start, points[0].end),
                NAME,
            )
            continue
        rivals = [r for r in refs if _rival(q, r) and not r.implicit]  # 'within an hour' states no amount
        # a rival the candidate gives itself, in another place, is that figure's match, not evidence against this one
        # ('costs 25 euros for adults, with under-12s paying 12.50 euros' / 'cost 25 euros per adult; children pay
        # half price'): one figure of the reference answers one of the candidate
        # (a figure of the same kind: a bare 'three' elsewhere answers no 'three nights')
        # (a figure of the same kind, said of what the rival is said of more than q is: '2.9% in March, below the 3.2%
        # forecast' leaves '3.2% in March' the rival of 2.9%)
        before = ctx.candidate.text[max(0, q.start - 20) : q.end].lower().split()[-4:]
        if not _REST_WORDS & set(before):
            # (not for the rest of a whole, 'and the port the other $35m', which the reference's figures must add up to)
            rivals = [r for r in rivals if not any(_answers(ctx, c, r, q) for c in ctx.candidate.quantities if c.start != q.start)]
        if rivals and _elliptical(ctx, q, rivals, refs):
            continue
        if rivals and _equal_part(ctx, q, refs):
            continue  # 'three instalments of £32,000' / '£96,000 ..., paid in three equal instalments'

        # a figure with a scale word is an amount of something even where its noun is left unsaid ('a quarter of a
        # million last summer' / 'half a million')
        scaled = bool(_scale_words(q))
        compared = rivals and (any(x.unit for x in q.readings()) or (scaled and all(not r.unit for r in rivals)))
        subject = [] if compared else [r for r in refs if _same_role(ctx, q, r)]
        # (not the rival's share worked out of a whole the sentence gives: 'about 210 of its 840 jobs' / 'a quarter of
        # its 840 jobs')
        share = subject and subject[0].unit == "%" and any(abs(q.low - subject[0].low / 100 * x.low) <= 0.1 * q.low for x in refs)
        if len(subject) == 1 and not _firmly_supported(q, refs) and not share and not _other_part_of_whole(ctx, q, subject):
            # 'only two had taken on apprentices' / 'only three have taken on apprentices': the one who does the same
            # deed, counted otherwise, though the figure is written elsewhere ('the first three bursaries'); where
            # the rivals below judge the figure, theirs is the finding
            yield ctx.replaced(FindingType.NUMBER, Severity.MAJOR, 0.6, q, subject[0], NAME)
            continue
        if compared:
            # the same kind of quantity with another value: a changed number, unless the value is
            # stated for the same kind elsewhere in the reference (a sentence the alignment missed)
            elsewhere = [r for r in ref_all if _agrees(q, r) and (q.same_unit(r) or q.in_other_units(r))]
            copied = bool(elsewhere) and (_copied(ctx, q, rivals, elsewhere) or _said_of_other_thing(ctx, q, refs))
            if elsewhere and not copied:
                continue
            # the very figure given of the same body counted another way ('shed 1,100 of the 5,400 jobs' / 'employs 5,400
            # people'), where the candidate sentence gives the rival's figure itself
            mine = [c for c in ctx.candidate.quantities if c.sent == q.sent and c.start != q.start]
            # the rival's figure said of the rival's noun (or of none), not of another ('800 teachers' in a swap)
            given = all(any(c.same_value(r) and c.unit in (r.unit, "") for c in mine) for r in rivals)
            if q.low >= 100 and not q.approx and _counted(q) and given:
                if any(r.low == q.low and r.high == q.high and not r.approx and _counted(r) for r in ref_all):
                    continue
            if _total_of(q, rivals) and _joined_after(ctx, q):
                continue  # '50kg of gingerbread and icing' / '38 kilograms of gingerbread and 12 kilograms of icing'
            if _with_ones_listed(ctx, q, rivals):
                continue  # 'five schools' / 'four primary schools, a secondary school'
            worked_out = _ratio_between(ctx, q, refs) or _margin_from(ctx, q, rivals) or _from_to(ctx, q, rivals)
            worked_out = worked_out or _reciprocal(ctx, q, rivals) or _margin_to(ctx, q, rivals) or _one_and_others(ctx, q, rivals)
            worked_out = worked_out or _change_between(ctx, q, _without_slot_rival(ctx, q, refs)) or _run_total(q, refs)
            worked_out = worked_out or multiple_of_own(ctx, q, rivals) or _difference_of_own(ctx, q)
            worked_out = worked_out or _share_of_rival(ctx, q, rivals) or _multiple_of_rival(ctx, q, rivals) or _rate_as_interval(ctx, q)
            worked_out = worked_out or _multiple_as_share(ctx, q, rivals) or _share_told_beside(ctx, q, rivals)
            # ('the remaining £52m' where the reference gives the whole of £172m in another sentence than the part)
            rest_said = bool(_REST_WORDS & set(before))
            worked_out = worked_out or (rest_said and _remainder(q, [r for r in ref_all if not r.looks_like_year]))
            if (
                worked_out
                or _remainder(q, refs, ctx)
                or _lengths_counted(ctx, q, rivals)
                or _complement(ctx, q, rivals)
                or _whole_of_parts(ctx, q, rivals)
                or _all_but(ctx, q, rivals)
                or _other_part_of_whole(ctx, q, rivals)
                or _the_rest(ctx, q, rivals)
                or _share_of_the_rest(ctx, q, rivals)
                or _level_after_change(ctx, q, rivals)
                or _bound_from_other_side(ctx, q, rivals)
            ):
                continue
            rival = min(rivals, key=lambda r: abs(r.low - q.low))
            if copied:  # the figure of another sentence, copied over this one's
                yield ctx.replaced(FindingType.NUMBER, Severity.MAJOR, 0.6, q, rival, NAME)
            else:
                yield ctx.replaced(FindingType.NUMBER, Severity.CRITICAL, 0.85, q, rival, NAME)
        elif not _firmly_supported(q, backing_all) and q.high > 1:
            # (near a rough figure only: a rival in its slot is a change, no rival is no note: 'some 60' covers '58')
            near_rough = _supported(q, backing_all)
            money = None if near_rough else _other_currency(ctx, q, refs)
            if money is not None:
                yield ctx.finding(
                    FindingType.NUMBER,
                    Severity.MAJOR,
                    0.7,
                    f"'{q.text}' where the reference gives '{money.text}': the same figure in another currency",
                    (q.start, q.end),
                    (money.start, money.end),
                    NAME,
                )
                continue
            # 'its other 47 halls' from '14 of its 61 halls' anywhere in the reference: the same counted noun
            # ('the remaining halls', 'the rest'): only where one of the two says it is the rest
            rest = {"other", "remaining", "rest", "remainder"}
            said_rest = any(
                t.lower_ in rest
                for doc, sents in ((ctx.candidate, {q.sent}), (ctx.reference, ctx.refs_for(q.sent)))
                for n in sents
                for t in doc.doc[doc.sentences[n].token_start : doc.sentences[n].token_end]
            )
            same_kind = [r for r in ref_all if said_rest and q.unit and _counted(q) and r.unit == q.unit]
            same_kind += [r for r in ref_all if not r.unit and any(k.sent == r.sent for k in same_kind)]  # '14 of its 61 halls'
            derivable = _derivable(q, _without_slot_rival(ctx, q, refs)) or _derivable(q, same_kind)
            # (one figure of the aligned sentences with one of another sentence: 'Half of the fine has been suspended'
            # with 'fined £15,000' before it gives '£7,500 is suspended'; 'around 300 of the new units' of the 1,500
            # installed, 'about a fifth')
            aligned = [r for r in refs if not r.looks_like_year]
            # (shares only: a sum or a difference of two figures of two sentences comes up by chance)
            derivable = derivable or any(
                _derivable(q, [*aligned, r], sums=False) for r in ref_all if r not in refs and not r.looks_like_year and aligned
            )
            # a multiple of the reference's two amounts ('charged up to twenty times as much' for '£69 ... up to £780'):
            # what the two make decides, before any sum of unrelated figures that happens to give the number
            if _rise_as_multiple(ctx, q):
                continue  # '2.6 times their level a year earlier' / 'up 160 per cent on last year': one rise
            multiple = _ratio_conflict(ctx, q, refs) if q.unit == "×" else None
            if multiple is not None:
                yield ctx.finding(FindingType.NUMBER, Severity.MAJOR, 0.6, multiple[0], (q.start, q.end), multiple[1], NAME)
                continue
            if _written(q, values) or derivable or _period_length(ctx, q) or _between_clock_times(ctx, q) or _equal_share(ctx, q):
                continue
            if _rate_as_interval(ctx, q):
                continue  # 'four trains an hour' / 'every 15 minutes'
            if _multiplier_written(ctx, q):
                continue  # 'twice the normal council tax' / 'to double council tax', whatever the tagger made of 'double'
            if _other_part_of_whole(ctx, q, refs):
                continue  # 'Only 9 of the 37 passed' / '28 of the 37 failed': the other part of the whole
            if _rank_given(ctx, q):
                continue  # 'the region's number-two processor' / 'the region's second-largest processor'
            multiples = [x for x in q.readings() if x.unit == "×"]
            if any(_derivable(x, ref_all) for x in multiples):
                continue  # a multiple of two figures the reference gives in two sentences
            if any(_derivable(x, _own_backed(ctx, q, ref_all)) for x in q.readings() if x.unit in ("×", "%")):
                continue  # 'more than doubled, to 2,900 from 1,100': worked out from the sentence's own figures, both given
            conflict = _ratio_conflict(ctx, q, refs) or _gap_conflict(ctx, q) or _rest_conflict(ctx, q) or _share_count_conflict(ctx, q)
            if conflict is not None:  # a figure the reference's own two figures give otherwise
                yield ctx.finding(FindingType.NUMBER, Severity.MAJOR, 0.6, conflict[0], (q.start, q.end), conflict[1], NAME)
                continue
            if near_rough:
                refs = [r for r in refs if not _agrees(q, r)]
            here = [c for c in ctx.candidate.quantities if c.sent == q.sent and not c.looks_like_year]
            digits = all(any(ch.isdigit() for ch in x.text) for x in (q, *refs))
            kin = len(refs) == 1 and (q.unit == refs[0].unit or not (q.unit and refs[0].unit))
            # figures in words only where both are what something is compared against ('compared with three now')
            slot = [r for r in refs if (digits or baseline(ctx.candidate.doc, q)) and _same_slot(ctx, q, r) or _same_lead(ctx, q, r)]
            if kin and len(here) == 1 and digits:  # the one number of the sentence, changed
                yield ctx.replaced(FindingType.NUMBER, Severity.MAJOR, 0.6, q, refs[0], NAME)
            elif len(slot) == 1:  # 'roughly 1,400 fewer than' where the reference has 'around 1,100 fewer than'
                yield ctx.replaced(FindingType.NUMBER, Severity.MAJOR, 0.6, q, slot[0], NAME)
            elif (unmatched := _one_for_one(ctx, q, refs, here, backing_all)) is not None:
                # 'including 12 not recorded before' / '21 of them new': the one figure each side leaves unmatched
                yield ctx.replaced(FindingType.NUMBER, Severity.MAJOR, 0.6, q, unmatched, NAME)
            elif (swapped := _digits_swapped(ctx, q, ref_all)) is not None:
                # '410 staff' where the reference has '140 people', '320' for '230': the same digits in another order,
                # a slip no rewording makes
                yield ctx.replaced(FindingType.NUMBER, Severity.MAJOR, 0.6, q, swapped, NAME)
            elif (against := _rate_against_interval(ctx, q)) is not None:
                # 'every 20 minutes' where the reference has 'four trains an hour'
                yield _rate_finding(ctx, *against)
            elif (moved := _said_elsewhere_of_it(ctx, q, refs)) is not None:
                # 'bookings are down by a third' in a summary sentence aligned with another, where the reference says
                # 'bookings were down by around a quarter' two sentences on: the figure of the same thing, changed
                yield ctx.replaced(FindingType.NUMBER, Severity.MAJOR, 0.6, q, moved, NAME)
            elif (
                not near_rough
                and not _those_counted(ctx.candidate.doc, q)
                and not others_of_rank(ctx, q)
                and not _rest_worked_out(ctx, q)
                and not _rate_as_interval(ctx, q)
            ):
                # no exact match is no evidence of a conflict: a note for the editor, not an error
                yield ctx.finding(
                    FindingType.ADDITION,
                    Severity.MINOR,
                    0.4,
                    f"the number '{q.text}' appears nowhere in the reference",
                    (q.start, q.end),
                    None,
                    NAME,
                    unsupported=True,
                )
