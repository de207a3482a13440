"""Dates: a date or period in the candidate that contradicts a comparable date in the aligned reference."""

from __future__ import annotations

from collections.abc import Iterator

from factdiff.checks.base import Context
from factdiff.model import Finding, FindingType, Severity

NAME = "dates"


def check(ctx: Context) -> Iterator[Finding]:
    for d in ctx.candidate.dates:
        if d.kind is None:
            continue
        refs = ctx.reference.in_sentences(ctx.reference.dates, ctx.refs_for(d.sent))
        comparable = [r for r in refs if d.comparable(r)]
        if not comparable or any(d.agrees(r) for r in comparable) or any(d.same_day_of_year(r) for r in refs):
            continue
        # stated elsewhere in the reference for a sentence the alignment missed: not a contradiction
        if any(d.comparable(r) and d.agrees(r) and r.text.lower() == d.text.lower() for r in ctx.reference.dates):
            continue
        yield ctx.replaced(FindingType.DATE, Severity.MAJOR, 0.8, d, comparable[0], NAME)
