"""Numbers: a quantity in the candidate that contradicts the aligned reference's quantity of the same kind."""

from __future__ import annotations

from collections.abc import Iterator

from factdiff.analyse.quantities import Quantity
from factdiff.checks.base import Context
from factdiff.model import Finding, FindingType, Severity

NAME = "numbers"


def _measured(unit: str) -> bool:
    """Currencies and percentages are part of the value; a counted noun ('soldiers', 'deaths') is not."""
    return unit == "%" or (len(unit) == 3 and unit.isupper())


def _agrees(q: Quantity, r: Quantity) -> bool:
    """The same amount (converted where both are units of measure), and not in two different currencies."""
    return q.states_same_amount(r) and not (_measured(q.unit) and _measured(r.unit) and q.unit != r.unit)


def _rival(q: Quantity, r: Quantity) -> bool:
    """A reference quantity of the same kind as q with another value: the same unit, or another unit of measure of
    the same dimension ('300 feet' against '300 metres')."""
    if q.unit == r.unit:
        return not q.same_value(r)
    return q.in_other_units(r) and q.same_dimension(r) and not q.same_measure(r)


def _supported(q: Quantity, refs: list[Quantity]) -> bool:
    return any(_agrees(q, r) for r in refs)


def check(ctx: Context) -> Iterator[Finding]:
    ref_all = ctx.reference.quantities
    for q in ctx.candidate.quantities:
        if q.looks_like_year:
            continue  # years are the date check's
        refs = [r for r in ctx.reference.in_sentences(ref_all, ctx.refs_for(q.sent)) if not r.looks_like_year]
        if _supported(q, refs):
            continue
        rivals = [r for r in refs if _rival(q, r)]
        if q.unit and rivals:
            # the same kind of quantity with another value: a changed number, unless the value is
            # stated for the same kind elsewhere in the reference (a sentence the alignment missed)
            if any(_agrees(q, r) and (q.same_unit(r) or q.in_other_units(r)) for r in ref_all):
                continue
            rival = min(rivals, key=lambda r: abs(r.low - q.low))
            yield ctx.replaced(FindingType.NUMBER, Severity.CRITICAL, 0.85, q, rival, NAME)
        elif not _supported(q, ref_all) and q.high > 1:
            here = [c for c in ctx.candidate.quantities if c.sent == q.sent and not c.looks_like_year]
            digits = all(any(ch.isdigit() for ch in x.text) for x in (q, *refs))
            if len(refs) == 1 and len(here) == 1 and digits:  # the one number of the sentence, changed
                yield ctx.replaced(FindingType.NUMBER, Severity.MAJOR, 0.6, q, refs[0], NAME)
            else:
                yield ctx.finding(
                    FindingType.ADDITION,
                    Severity.MAJOR,
                    0.55,
                    f"the number '{q.text}' appears nowhere in the reference",
                    (q.start, q.end),
                    None,
                    NAME,
                )
