"""What every check gets (the analysed pair and its alignment) and how it makes a finding."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Protocol

from factdiff.align import Alignment
from factdiff.analyse.claims import Frame
from factdiff.analyse.document import Document, Positions
from factdiff.analyse.lexical import paraphrase, synonym
from factdiff.model import Finding, FindingType, Severity


class Mention(Protocol):
    """Anything found in a text with its characters: a quantity, a date, a name."""

    start: int
    end: int
    text: str


def kind_of_words(doc: Document, start: int, end: int) -> FindingType:
    """The type the rules would give words [start, end) of `doc` that a model marks: a number, a date or a name where
    the words hold one, else `event` (a predicate or a phrase rendered wrong)."""
    for mentions, kind in ((doc.quantities, FindingType.NUMBER), (doc.dates, FindingType.DATE), (doc.entities, FindingType.ENTITY)):
        if any(m.start < end and start < m.end for m in mentions):
            return kind
    return FindingType.EVENT


def make_finding(
    candidate_doc: Positions,
    reference_doc: Positions,
    type: FindingType,
    severity: Severity,
    confidence: float,
    message: str,
    candidate: tuple[int, int] | None,
    reference: tuple[int, int] | None,
    check: str,
    **extra,
) -> Finding:
    """A finding with spans given as plain offsets in each text, made report spans in the user's texts."""
    return Finding(
        type=type,
        severity=severity,
        confidence=round(min(1.0, max(0.0, confidence)), 3),
        message=message,
        candidate_span=candidate_doc.span(*candidate) if candidate else None,
        reference_span=reference_doc.span(*reference) if reference else None,
        check=check,
        **extra,
    )


@dataclass
class Context:
    reference: Document
    candidate: Document
    alignment: Alignment
    mode: str
    _cache: dict = field(default_factory=dict, repr=False)

    def cache(self, key: str, make: Callable[[], object]):
        """What `make` returns, made once per comparison: for what several mentions or checks look at."""
        if key not in self._cache:
            self._cache[key] = make()
        return self._cache[key]

    def refs_for(self, cand_sent: int) -> set[int]:
        return self.alignment.refs_for(cand_sent)

    def cands_for(self, ref_sent: int) -> set[int]:
        return self.alignment.cands_for(ref_sent)

    def finding(
        self,
        type: FindingType,
        severity: Severity,
        confidence: float,
        message: str,
        candidate: tuple[int, int] | None,
        reference: tuple[int, int] | None,
        check: str,
        unsupported: bool = False,
    ) -> Finding:
        """A finding with spans given as plain offsets in each text."""
        return make_finding(
            self.candidate, self.reference, type, severity, confidence, message, candidate, reference, check, unsupported=unsupported
        )

    def replaced(self, type: FindingType, severity: Severity, confidence: float, new: Mention, old: Mention, check: str) -> Finding:
        """'X where the reference gives Y': a candidate mention standing for another reference mention."""
        return self.finding(
            type,
            severity,
            confidence,
            f"'{new.text}' where the reference gives '{old.text}'",
            (new.start, new.end),
            (old.start, old.end),
            check,
        )

    def _kin_aligned(self, cf: Frame) -> bool:
        """A frame of the candidate frame's aligned reference sentences has one of its participants."""
        refs = self.refs_for(cf.sent)
        return any(_shares(rf, cf) for rf in self.reference.frames if rf.sent in refs)

    @cached_property
    def frame_pairs(self) -> list[tuple[Frame, Frame, float]]:
        """Reference and candidate frames in aligned sentences that speak of the same event.

        Two frames match on the same predicate sharing an argument, or on two shared participants
        whatever the predicate; each candidate frame keeps its best match.
        """
        pairs = []
        ref_by_sent: dict[int, list[Frame]] = {}
        for f in self.reference.frames:
            ref_by_sent.setdefault(f.sent, []).append(f)
        once = Counter(f.pred for f in self.candidate.frames)
        ref_once = Counter(f.pred for f in self.reference.frames)
        for cf in self.candidate.frames:
            best, best_score = None, 0.0
            for r in self.refs_for(cf.sent):
                for rf in ref_by_sent.get(r, []):
                    score = frame_match(rf, cf)
                    # between equally good matches, the one in the more similar sentence
                    if score >= 1.0 and score + 0.5 * self.alignment.similarity[r, cf.sent] > best_score:
                        best, best_score = rf, score + 0.5 * self.alignment.similarity[r, cf.sent]
            if best is None and once.get(cf.pred) == 1 and ref_once.get(cf.pred) == 1 and not self._kin_aligned(cf):
                # a verb the two texts each tell once, in sentences the alignment did not pair (a summary's sentence
                # drawn from two of the reference's): the same event where the frames share two participants and no
                # frame of the aligned sentences has any of the candidate frame's ('Berg criticised Lund' is the
                # aligned 'Berg hit back', not the reference's 'Lund criticised Berg')
                rf = next(f for f in self.reference.frames if f.pred == cf.pred)
                score = frame_match(rf, cf)
                if score >= 1.0 and len(keys(rf) & keys(cf)) >= 2:
                    best, best_score = rf, score
            if best is not None and best_score >= 1.0:
                pairs.append((best, cf, best_score))
        return pairs


def _shares(a: Frame, b: Frame) -> bool:
    return bool(keys(a) & keys(b))


def participants(frame: Frame) -> set[str]:
    return {k for a in frame.args for k in a.cids}


def keys(frame: Frame) -> set[str]:
    """Participants by entity id, and unnamed ones by their noun ('lemma:troop'); no pronouns."""
    return {k for a in frame.args if a.cids or a.lemma.isalpha() for k in a.key if not (k.startswith("lemma:") and a.lemma in PRONOUNS)}


PRONOUNS = {"-pron-", "it", "they", "he", "she", "we", "i", "you", "that", "which", "who", "this", "what"}


def frame_match(rf: Frame, cf: Frame) -> float:
    """How surely two frames report the same event: 1 point for the predicate, 1 per shared participant."""
    shared = participants(rf) & participants(cf)
    shared_lemmas = {a.lemma for a in rf.args if not a.cids} & {a.lemma for a in cf.args if not a.cids}
    if rf.pred == cf.pred or synonym(rf.pred, cf.pred) or paraphrase(rf.pred, cf.pred, steps=1):
        # (for one verb, or one a step from it ('beat' / 'defeat'), an unnamed participant on one side is the same noun
        # named on the other: 'the hosts, KK Bremmelbeek' where the parse left the name off the other side's 'the hosts')
        shared_lemmas = {a.lemma for a in rf.args} & {a.lemma for a in cf.args}
        shared_lemmas -= {a.lemma for a in rf.args if a.cids} & {a.lemma for a in cf.args if a.cids}
    shared_numbers = sum(
        1
        for x in rf.args
        for y in cf.args
        if x.amounts and y.amounts and any(a[0] <= b[1] * 1.1 and b[0] <= a[1] * 1.1 for a in x.amounts for b in y.amounts)
    )
    same_pred = rf.pred == cf.pred
    score = len(shared) + 0.5 * len(shared_lemmas) + min(1, shared_numbers)
    if same_pred and (shared or shared_lemmas):
        score += 1.0
    return score if (same_pred or len(shared) + len(shared_lemmas) >= 2) else 0.0


def same_claim(rf: Frame, cf: Frame) -> bool:
    """Matched frames that also agree on who acts and what is acted on (where both sides say)."""
    for role in ("patient", "agent"):
        r = {k for a in rf.by_role(role) for k in (a.heads or a.key)}
        c = {k for a in cf.by_role(role) for k in (a.heads or a.key)}
        if r and c and not (r & c):
            return False
    return True


def reported(frames: list[Frame], frame: Frame) -> bool:
    """True when the frame is someone's statement: it has a speaker or sits under a speech predicate."""
    seen = set()
    while frame is not None and frame.index not in seen:
        if frame.speaker is not None or frame.is_speech:
            return True
        seen.add(frame.index)
        frame = frames[frame.governor] if frame.governor is not None else None
    return False


def tokens_before(doc, start: int, n: int) -> list:
    """The `n` tokens of a spaCy Doc before character `start` (fewer at the start of the text), nearest last."""
    span = doc.char_span(start, min(start + 1, len(doc.text)), alignment_mode="expand")
    if span is None:
        return []
    return list(doc[max(0, span.start - n) : span.start])
