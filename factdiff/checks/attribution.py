"""Attribution: the same claim given to another named source, or a reported claim stated as fact."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from factdiff.analyse.claims import Frame
from factdiff.analyse.entities import supported
from factdiff.checks.base import Context
from factdiff.model import Finding, FindingType, Severity

NAME = "attribution"


def _unnamed_source(ctx: Context, rf: Frame, cf: Frame, seen: set[tuple[int, int]]) -> Iterator[Finding]:
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
        FindingType.ATTRIBUTION,
        Severity.MINOR,
        0.5,
        f"the candidate attributes this to '{ctx.candidate.text[cs.start : cs.end]}'; "
        f"the reference to '{ctx.reference.text[rs.start : rs.end]}'",
        (cs.start, cs.end),
        (rs.start, rs.end),
        NAME,
    )


def _pairs(ctx: Context) -> Iterator[tuple[Frame, Frame]]:
    """Claims matched across the texts, each with its speaker, plus the lone 'X said' of two aligned
    sentences, whose contents may be worded too differently to match frame by frame."""
    for rf, cf, _ in ctx.frame_pairs:
        if not (rf.is_speech or cf.is_speech):
            yield rf, cf
    speech = {}
    for f in ctx.reference.frames:
        if f.is_speech and f.governor is None and not f.nominal:
            speech.setdefault(f.sent, []).append(f)
    for cf in ctx.candidate.frames:
        if not cf.is_speech or cf.governor is not None or cf.nominal:
            continue
        if sum(1 for f in ctx.candidate.frames if f.sent == cf.sent and f.is_speech and f.governor is None) != 1:
            continue
        refs = [f for r in ctx.refs_for(cf.sent) for f in speech.get(r, [])]
        if len(refs) == 1 and refs[0].by_role("agent") and cf.by_role("agent"):
            yield _as_claim(refs[0]), _as_claim(cf)


def _as_claim(speech: Frame) -> Frame:
    """A speech frame seen as its own claim, with its subject as the speaker."""
    return replace(speech, speaker=speech.by_role("agent")[0], is_speech=False)


def check(ctx: Context) -> Iterator[Finding]:
    seen: set[tuple[int, int]] = set()
    for rf, cf in _pairs(ctx):
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
            FindingType.ATTRIBUTION,
            Severity.MAJOR,
            0.8,
            f"the candidate attributes this to '{ctx.candidate.text[cs.start : cs.end]}'; "
            f"the reference to '{ctx.reference.text[rs.start : rs.end]}'",
            (cs.start, cs.end),
            (rs.start, rs.end),
            NAME,
        )
