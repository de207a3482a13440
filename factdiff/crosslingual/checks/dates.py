"""Dates: a date of the candidate that no date of the source agrees with, where the aligned source sentence gives a
date of the same parts (year, month, day) that no date of the candidate agrees with."""

from __future__ import annotations

from collections.abc import Iterator

from factdiff.crosslingual.checks.base import SourceContext
from factdiff.crosslingual.languages.base import date_parts, same_date
from factdiff.model import Finding, FindingType, Severity

NAME = "source-dates"


def check(ctx: SourceContext) -> Iterator[Finding]:
    candidate = [(d, date_parts(d.low, d.period, d.kind == "yearless")) for d in ctx.candidate.dates if d.low is not None]
    candidate = [(d, p) for d, p in candidate if d.kind in ("absolute", "yearless") and any(x is not None for x in p)]
    source = [(d, d.parts()) for d in ctx.source.dates]
    for d, parts in candidate:
        if any(same_date(parts, p) for _, p in source):
            continue
        rivals = [
            s
            for s, p in source
            if s.sent in ctx.refs_for(d.sent)
            and any(x is not None and y is not None for x, y in zip(parts, p, strict=True))
            and not any(same_date(p, cp) for _, cp in candidate)
        ]
        if rivals:
            rival = rivals[0]
            yield ctx.finding(
                FindingType.DATE,
                Severity.MAJOR,
                0.75 if len(rivals) == 1 else 0.6,
                f"'{d.text}' where the source gives '{rival.text}'",
                (d.start, d.end),
                (rival.start, rival.end),
                NAME,
            )
