"""Modality: a belief, estimate or allegation turned into a plain fact, or a fact hedged."""

from __future__ import annotations

from collections.abc import Iterator

from factdiff.analyse.knowledge import lexicon
from factdiff.checks.base import Context, same_claim
from factdiff.model import Finding, FindingType, Severity

NAME = "modality"


def check(ctx: Context) -> Iterator[Finding]:
    reportive = set(lexicon()["reportive_hedges"])
    for rf, cf, _ in ctx.frame_pairs:
        if bool(rf.hedges) == bool(cf.hedges) or not same_claim(rf, cf):
            continue
        # 'reportedly X' and 'Y said X' both pass the claim on; neither is a plain fact
        hedges = rf.hedges or cf.hedges
        if all(h in reportive for h in hedges) and (cf.speaker if rf.hedges else rf.speaker) is not None:
            continue
        if rf.hedges:
            message = f"the reference hedges this ('{rf.hedges[0]}'); the candidate states it as fact"
            severity = Severity.MAJOR if cf.speaker is None else Severity.MINOR
        else:
            message = f"the candidate hedges this ('{cf.hedges[0]}'); the reference states it as fact"
            severity = Severity.MINOR
        yield ctx.finding(
            FindingType.MODALITY,
            severity,
            0.6,
            message,
            cf.extent(include_subject=True),
            rf.extent(include_subject=True),
            NAME,
        )
