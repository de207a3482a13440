"""Addition: a candidate sentence with facts (names, numbers) that no reference sentence matches."""

from __future__ import annotations

from collections.abc import Iterator

from factdiff.checks.base import Context
from factdiff.model import Finding, FindingType, Severity

NAME = "addition"


def check(ctx: Context) -> Iterator[Finding]:
    facts: dict[int, int] = {}
    for m in ctx.candidate.entities:
        facts[m.sent] = facts.get(m.sent, 0) + 1
    for q in ctx.candidate.quantities:
        facts[q.sent] = facts.get(q.sent, 0) + 1
    for s in ctx.candidate.sentences:
        if ctx.refs_for(s.index) or not facts.get(s.index):
            continue
        yield ctx.finding(
            FindingType.ADDITION,
            Severity.MAJOR,
            0.6,
            "this sentence states facts that the reference does not contain",
            (s.start, s.end),
            None,
            NAME,
        )
