"""Attribution: the same claim given to another named source, or a reported claim stated as fact."""

from __future__ import annotations

from collections.abc import Iterator

from factdiff.analyse.entities import supported
from factdiff.checks.base import Context
from factdiff.model import Finding, FindingType, Severity

NAME = "attribution"


def _unnamed_source(ctx: Context, rf, cf, seen: set[tuple[int, int]]) -> Iterator[Finding]:
    """'the ministry said' -> 'the opposition said': another kind of source, named by a noun only."""
    rs, cs = rf.speaker, cf.speaker
    if rs.lemma == cs.lemma or not rs.lemma.isalpha() or not cs.lemma.isalpha():
        return
    near = ctx.refs_for(cf.sent)
    if any(s.lemmas & {cs.lemma} for s in ctx.reference.sentences if s.index in near):
        return
    if (cs.start, cs.end) in seen:
        return
    seen.add((cs.start, cs.end))
    yield ctx.finding(
        FindingType.ATTRIBUTION, Severity.MINOR, 0.5,
        f"the candidate attributes this to '{ctx.candidate.text[cs.start:cs.end]}'; "
        f"the reference to '{ctx.reference.text[rs.start:rs.end]}'",
        (cs.start, cs.end), (rs.start, rs.end), NAME,
    )


def check(ctx: Context) -> Iterator[Finding]:
    seen: set[tuple[int, int]] = set()
    for rf, cf, _ in ctx.frame_pairs:
        if rf.is_speech or cf.is_speech:
            continue  # compare who is said to claim what, at the level of the claims themselves
        rs, cs = rf.speaker, cf.speaker
        if rs is None or cs is None or rs.resolved or cs.resolved:
            continue
        if not rs.cids and not cs.cids:
            yield from _unnamed_source(ctx, rf, cf, seen)
            continue
        if not rs.cids or not cs.cids or rs.cids & cs.cids:
            continue
        # a source the reference never names is the entity check's finding, not a moved attribution
        if not all(supported(m, ctx.reference.entities) for m in cs.mentions):
            continue
        # a source the reference also cites for these sentences (at another level of 'X said Y said')
        ref_speakers = {k for f in ctx.reference.frames if f.sent in ctx.refs_for(cf.sent) and f.speaker for k in f.speaker.cids}
        if cs.cids & ref_speakers:
            continue
        key = (cs.start, cs.end)
        if key in seen:
            continue
        seen.add(key)
        yield ctx.finding(
            FindingType.ATTRIBUTION, Severity.MAJOR, 0.8,
            f"the candidate attributes this to '{ctx.candidate.text[cs.start:cs.end]}'; "
            f"the reference to '{ctx.reference.text[rs.start:rs.end]}'",
            (cs.start, cs.end), (rs.start, rs.end), NAME,
        )
