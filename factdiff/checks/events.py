"""Events: another action for the same participants, or a reported event told as a plain fact.

Two frames of aligned sentences that share their participants but whose predicates are opposites
(the lexicon's `event_opposites`: approve/reject, acquire/sell, convict/acquit, ...) report
different events. Embedding similarity does not tell these apart: antonyms sit as close as synonyms.
A clause that the reference gives only as someone's confirmation or announcement ('X's
confirmation that it had deployed troops') and the candidate tells as a bare fact ('X deployed
troops') changes what happened when.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from factdiff.analyse.claims import Frame
from factdiff.analyse.embed import load_encoder
from factdiff.analyse.knowledge import lexicon
from factdiff.checks.base import Context, keys, reported, same_claim
from factdiff.model import Finding, FindingType, Severity

NAME = "events"
CLOSE_VERBS = 0.5  # cosine of two verbs' MiniLM embeddings above which a change is not reported


@lru_cache(maxsize=1)
def opposites() -> frozenset[frozenset[str]]:
    return frozenset(frozenset(pair) for pair in lexicon()["event_opposites"])


def _opposite(a: str, b: str) -> bool:
    return frozenset((a, b)) in opposites() or frozenset((a.split()[0], b.split()[0])) in opposites()


def _opposite_pairs(ctx: Context) -> Iterator[tuple[Frame, Frame]]:
    """Frames of aligned sentences with opposite predicates and a participant in common."""
    for cf in ctx.candidate.frames:
        refs = ctx.refs_for(cf.sent)
        for rf in ctx.reference.frames:
            if rf.sent in refs and _opposite(rf.pred, cf.pred) and keys(rf) & keys(cf):
                yield rf, cf


def _other_action(ctx: Context) -> Iterator[Finding]:
    """The same participants doing something else ('cancelled the screening' -> 'postponed the
    screening'). Without a lexicon of synonyms this is said softly: a minor finding, low confidence,
    and not where the two verbs' embeddings are close."""
    pairs = [
        (rf, cf)
        for rf, cf, _ in ctx.frame_pairs
        if rf.pred != cf.pred
        and not (rf.is_speech or cf.is_speech or rf.nominal or cf.nominal)
        and "be" not in (rf.pred, cf.pred)
        and len(keys(rf) & keys(cf)) >= 2
        and same_claim(rf, cf)
        and not _opposite(rf.pred, cf.pred)
        and rf.negated == cf.negated
    ]
    if not pairs:
        return
    vectors = load_encoder().encode([w for rf, cf in pairs for w in (rf.pred, cf.pred)])
    for n, (rf, cf) in enumerate(pairs):
        if float(vectors[2 * n] @ vectors[2 * n + 1]) >= CLOSE_VERBS:
            continue
        yield ctx.finding(
            FindingType.EVENT,
            Severity.MINOR,
            0.3,
            f"'{ctx.candidate.text[cf.pred_start : cf.pred_end]}' where the reference has "
            f"'{ctx.reference.text[rf.pred_start : rf.pred_end]}' for the same participants",
            (cf.pred_start, cf.pred_end),
            (rf.pred_start, rf.pred_end),
            NAME,
        )


def check(ctx: Context) -> Iterator[Finding]:
    for rf, cf in _opposite_pairs(ctx):
        if not same_claim(rf, cf):
            continue
        # 'did not approve' and 'rejected' tell the same event
        if rf.negated != cf.negated:
            continue
        yield ctx.finding(
            FindingType.EVENT,
            Severity.CRITICAL,
            0.8,
            f"'{ctx.candidate.text[cf.pred_start : cf.pred_end]}' where the reference has "
            f"'{ctx.reference.text[rf.pred_start : rf.pred_end]}': the opposite event",
            cf.extent(include_subject=True),
            rf.extent(include_subject=True),
            NAME,
        )
    yield from _other_action(ctx)
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
