"""Polarity: the same predicate about the same participants, negated on one side only."""

from __future__ import annotations

from collections.abc import Iterator

from factdiff.checks.base import Context, same_claim
from factdiff.model import Finding, FindingType, Severity

NAME = "polarity"


def check(ctx: Context) -> Iterator[Finding]:
    for rf, cf, _ in ctx.frame_pairs:
        if rf.pred != cf.pred or rf.negated == cf.negated or not same_claim(rf, cf):
            continue
        if rf.pred == "be":
            continue  # a copula's negation moves with its complement ('is not easy' = 'is troublesome')
        said = "denies" if cf.negated else "affirms"
        yield ctx.finding(
            FindingType.POLARITY,
            Severity.CRITICAL,
            0.8,
            f"the candidate {said} '{cf.pred}' where the reference {'affirms' if cf.negated else 'denies'} it",
            cf.extent(include_subject=True),
            rf.extent(include_subject=True),
            NAME,
        )
