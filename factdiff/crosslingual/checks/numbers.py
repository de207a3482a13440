"""Numbers: a number of the candidate that the source nowhere gives, standing where the aligned source sentence gives
a number that the candidate nowhere gives. A number without a match alone is no finding: translations round, convert
and spell out."""

from __future__ import annotations

import math
from collections.abc import Iterator

from factdiff.analyse.quantities import Quantity
from factdiff.crosslingual.checks.base import SourceContext
from factdiff.crosslingual.languages import SourceNumber
from factdiff.model import Finding, FindingType, Severity

NAME = "source-numbers"
EXACT, ROUNDED = 0.01, 0.15  # relative difference within which two numbers are the same: as written, and 'about'


def _values(q: Quantity) -> set[float]:
    return {v for r in q.readings() for v in (r.low, r.high)}


def _same(a: float, b: float, tolerance: float) -> bool:
    return math.isclose(a, b, rel_tol=tolerance, abs_tol=1e-9)


def _source_values(ctx: SourceContext) -> list[float]:
    """Every number the source writes, its dates' years and days too."""
    dates = [p for d in ctx.source.dates for p in (d.year, d.day) if p is not None]
    return [n.value for n in ctx.source.numbers] + [float(p) for p in dates]


def check(ctx: SourceContext) -> Iterator[Finding]:
    source_values = _source_values(ctx)
    candidate_values = ctx.candidate_values
    orphans: dict[int, list[SourceNumber]] = {}  # per source sentence, the numbers the candidate nowhere gives
    for n in ctx.source.numbers:
        if not any(_same(n.value, v, EXACT) for v in candidate_values):
            orphans.setdefault(n.sent, []).append(n)
    used: set[int] = set()
    for q in ctx.candidate.quantities:
        if q.implicit:
            continue
        tolerance = ROUNDED if q.approx else EXACT
        if any(_same(v, s, tolerance) for v in _values(q) for s in source_values):
            continue
        rivals = [n for r in sorted(ctx.refs_for(q.sent)) for n in orphans.get(r, []) if id(n) not in used]
        if not rivals:
            continue
        # the source number nearest in size: '300' for '310' rather than the '5' of the same sentence
        rival = min(rivals, key=lambda n: abs(math.log10(max(abs(n.value), 1e-3)) - math.log10(max(abs(q.low), 1e-3))))
        used.add(id(rival))
        yield ctx.finding(
            FindingType.NUMBER,
            Severity.MAJOR,
            0.75 if len(rivals) == 1 else 0.6,
            f"'{q.text}' where the source gives '{rival.text}'",
            (q.start, q.end),
            (rival.start, rival.end),
            NAME,
        )
