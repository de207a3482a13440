"""Events: another action for the same participants, or a reported event told as a plain fact.

Two frames that share at least two participants but whose predicates mean different things (by
the cosine of their MiniLM embeddings) report different events: 'the board approved the merger'
against 'the board rejected the merger'. A clause that the reference gives only as someone's
confirmation or announcement ('X's confirmation that it had deployed troops') and the candidate
tells as a bare fact ('X deployed troops') changes what happened when.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

from factdiff.analyse.embed import load_encoder
from factdiff.checks.base import Context, participants, reported
from factdiff.model import Finding, FindingType, Severity

NAME = "events"
SAME_EVENT = 0.55  # cosine of two predicate lemmas at or above which they can name the same action


def _predicate_similarity(pairs: list[tuple[str, str]]) -> list[float]:
    words = sorted({w for p in pairs for w in p})
    if not words:
        return []
    vecs = dict(zip(words, load_encoder().encode(words)))
    return [float(np.dot(vecs[a], vecs[b])) for a, b in pairs]


def check(ctx: Context) -> Iterator[Finding]:
    changed = [(rf, cf) for rf, cf, _ in ctx.frame_pairs if rf.pred != cf.pred and not rf.nominal and not cf.nominal
               and not rf.is_speech and not cf.is_speech and len(participants(rf) & participants(cf)) >= 2]
    for (rf, cf), sim in zip(changed, _predicate_similarity([(rf.pred, cf.pred) for rf, cf in changed])):
        if sim >= SAME_EVENT:
            continue
        yield ctx.finding(
            FindingType.EVENT, Severity.MAJOR, 0.5 + 0.4 * (SAME_EVENT - sim),
            f"'{cf.pred}' where the reference has '{rf.pred}' for the same participants",
            (cf.pred_start, cf.pred_end), (rf.pred_start, rf.pred_end), NAME,
        )
    ref_frames = ctx.reference.frames
    for rf, cf, _ in ctx.frame_pairs:
        if rf.governor is None or cf.hedges or reported(ctx.candidate.frames, cf):
            continue
        gov = ref_frames[rf.governor]
        if not (gov.is_speech and gov.nominal):
            continue
        owners = gov.by_role("agent")
        who = f"{ctx.reference.text[owners[0].start:owners[0].end]}'s " if owners else ""
        yield ctx.finding(
            FindingType.EVENT, Severity.MAJOR, 0.6,
            f"the reference reports only a {who}{gov.pred} that this happened; the candidate tells "
            f"'{cf.pred}' itself as the event",
            cf.extent(), (gov.pred_start, rf.extent()[1]), NAME,
        )
