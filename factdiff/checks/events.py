"""Events: a reported event told as a plain fact.

(Opposite predicates for the same participants are the polarity check's. Another verb that is no opposite is
not reported: neither WordNet nor the sentence encoder tells 'injured' / 'killed' apart from 'cut' / 'lowered'
well enough to stand as evidence of a conflict; the trained verifier judges those sentences.)
A clause that the reference gives only as someone's confirmation or announcement ('X's
confirmation that it had deployed troops') and the candidate tells as a bare fact ('X deployed
troops') changes what happened when.
"""

from __future__ import annotations

from collections.abc import Iterator

from factdiff.checks.base import Context, reported
from factdiff.model import Finding, FindingType, Severity

NAME = "events"


def check(ctx: Context) -> Iterator[Finding]:
    ref_frames = ctx.reference.frames
    for rf, cf, _ in ctx.frame_pairs:
        if rf.governor is None or cf.hedges or reported(ctx.candidate.frames, cf):
            continue
        gov = ref_frames[rf.governor]
        if not (gov.is_speech and gov.nominal):
            continue
        owners = gov.by_role("agent")
        who = f"{ctx.reference.text[owners[0].start : owners[0].end]} " if owners else ""
        yield ctx.finding(
            FindingType.EVENT,
            Severity.MAJOR,
            0.6,
            f"the reference reports only {who}{gov.pred} that this happened; the candidate tells '{cf.pred}' itself as the event",
            cf.extent(),
            (gov.pred_start, rf.extent()[1]),
            NAME,
        )
