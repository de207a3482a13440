"""The pipeline end to end: read -> analyse -> align -> check -> score -> report."""

from __future__ import annotations

import os
import re

from factdiff import __version__
from factdiff.align import Alignment, align
from factdiff.analyse.document import Document, analyse
from factdiff.analyse.embed import MODEL_NAME
from factdiff.analyse.entities import link
from factdiff.analyse.pipeline import model_signature
from factdiff.checks import CHECKS, Context
from factdiff.checks.exchange import turned_comparisons
from factdiff.checks.omission import NEGATORS
from factdiff.model import Finding, FindingType, Report, SentenceSupport, TextInfo
from factdiff.read import InputError, Source, source_from_text
from factdiff.score import calibration_for, features, verdict
from factdiff.verifier.check import Verification, verify
from factdiff.verifier.runtime import available as verifier_available
from factdiff.verifier.runtime import load_verifier, verifier_meta

# Alignment compares every reference sentence with every candidate sentence, in time and memory: 6,000 sentences a
# side (short lines of one to five words in 100,000 characters) peak under 2 GB (benchmarks/cost.py)
MAX_SENTENCES = 6_000

# when two findings cover the same candidate words, the more specific explanation is kept
PRIORITY = [
    FindingType.ROLE,
    FindingType.POLARITY,
    FindingType.ATTRIBUTION,
    FindingType.MODALITY,
    FindingType.EVENT,
    FindingType.ENTITY,
    FindingType.NUMBER,
    FindingType.DATE,
    FindingType.GARBLED,
    FindingType.ADDITION,
    FindingType.REPETITION,
    FindingType.OMISSION,
]


def _deduplicate(findings: list[Finding]) -> list[Finding]:
    ranked = sorted(findings, key=lambda f: (PRIORITY.index(f.type), -f.severity.rank, -f.confidence))
    kept: list[Finding] = []
    for f in ranked:
        if any(_same_words(f, k) for k in kept):
            continue
        kept.append(f)
    kept.sort(key=lambda f: (f.candidate_span.start if f.candidate_span else 10**12, f.reference_span.start if f.reference_span else 0))
    for n, f in enumerate(kept, 1):
        f.id = f"F{n}"
    return kept


def _same_words(f: Finding, kept: Finding) -> bool:
    """True when a finding explains words that a higher-ranked finding already explains."""
    if f.candidate_span is None:
        # an omission of what another finding says was replaced ('Comcast' where the reference has 'Verizon')
        return f.reference_span is not None and f.reference_span.overlaps(kept.reference_span)
    if kept.candidate_span is None or not f.candidate_span.overlaps(kept.candidate_span):
        return False
    # a finding inside a less serious one's words is kept: a minor note does not hide a major addition; and a repeated
    # sentence is another error than one in its words ('The trust said ...' said again, its speaker changed too)
    if f.type == FindingType.REPETITION and f.type != kept.type:
        x, y = f.candidate_span, kept.candidate_span
        return x.start >= y.start and x.end <= y.end and f.severity.rank <= kept.severity.rank
    return f.type == kept.type or (_nested(f, kept) and f.severity.rank <= kept.severity.rank)


def _other_side_of_comparison(ctx: Context, f: Finding) -> bool:
    """A name, a role or an opposite found inside a comparison the candidate tells from its other side ('A received
    fewer complaints than B' / 'B received more complaints than A'): the same fact, no error."""
    if f.type not in (FindingType.ENTITY, FindingType.ROLE, FindingType.POLARITY) or f.candidate_span is None:
        return False
    for (c0, c1), (r0, r1) in turned_comparisons(ctx):
        inside = c0 <= f.candidate_span.start and f.candidate_span.end <= c1
        there = f.reference_span is None or (r0 <= f.reference_span.start and f.reference_span.end <= r1)
        if inside and there:
            return True
    return False


def _share_at(doc: Document, span) -> float | None:
    """The one percentage a finding's words give ('40 per cent'), or None. (Spans are in the user's text.)"""
    # (a fraction is a narrow band around its percentage: 'three in ten' is 29.55-30.45 %)
    shares = [q for q in doc.quantities if q.unit == "%" and q.high - q.low <= 1.0 and doc.span(q.start, q.end).overlaps(span)]
    return (shares[0].low + shares[0].high) / 2 if len(shares) == 1 else None


def _denies(words: str) -> bool:
    return any(w in NEGATORS or w.endswith("n't") for w in re.findall(r"[a-z']+", words.lower()))


def _sentence_of(doc: Document, span) -> int:
    return doc.sentence_at(doc.source.to_plain(span.start))


def _complement_told(ctx: Context, findings: list[Finding]) -> list[Finding]:
    """A share told by the rest of the whole, denied ('covered only 60 per cent of public areas' / '40 per cent of
    public areas were not covered'): a changed percentage that makes 100 with the reference's, in the sentences where
    the candidate denies what the reference affirms (or the other way round), is one fact told from its other side.
    Both findings go; either alone stays (a complement without the denial, or a denial without the complement)."""
    numbers = [f for f in findings if f.type == FindingType.NUMBER and f.candidate_span is not None and f.reference_span is not None]
    flips = [f for f in findings if f.type == FindingType.POLARITY and f.candidate_span is not None and f.reference_span is not None]
    gone: set[int] = set()
    for n in numbers:
        mine, theirs = _share_at(ctx.candidate, n.candidate_span), _share_at(ctx.reference, n.reference_span)
        if mine is None or theirs is None or abs(mine + theirs - 100.0) > 0.5 or abs(mine - theirs) <= 0.5:
            continue
        for p in flips:
            if _denies(p.candidate_span.text) == _denies(p.reference_span.text):
                continue  # an opposite ('75% less' / '25% more'), no denial: another share
            same_sentences = _sentence_of(ctx.candidate, p.candidate_span) == _sentence_of(ctx.candidate, n.candidate_span) and (
                _sentence_of(ctx.reference, p.reference_span) == _sentence_of(ctx.reference, n.reference_span)
            )
            if same_sentences:
                gone |= {id(n), id(p)}
    return [f for f in findings if id(f) not in gone]


def _nested(a: Finding, b: Finding) -> bool:
    """One span inside the other: the same words explained twice."""
    x, y = a.candidate_span, b.candidate_span
    return (x.start >= y.start and x.end <= y.end) or (y.start >= x.start and y.end <= x.end)


def compare_documents(reference: Document, candidate: Document, mode: str = "rewrite", verifier: bool | None = None) -> Report:
    """Compare two analysed texts. The reference Document may be reused for many candidates.

    `verifier`: run the trained verifier too (None: when it is installed, FACTDIFF_VERIFIER is not "off" and the model
    is meant for this mode: see `verifier_enabled`)."""
    return compare_parts(reference, candidate, mode, verifier)[0]


def compare_parts(
    reference: Document, candidate: Document, mode: str = "rewrite", verifier: bool | None = None, measure: bool = False
) -> tuple[Report, Verification | None]:
    """The report, and what the verifier said on its own (all its spans, also those a rule explains): for the eval.

    `measure`: run the verifier for its own figures even in a mode where it stays out of the report. InputError for a
    text of more than MAX_SENTENCES sentences."""
    for document in (reference, candidate):
        if len(document.sentences) > MAX_SENTENCES:
            raise InputError(
                f"{document.source.name}: too many sentences ({len(document.sentences):,}; the limit is {MAX_SENTENCES:,}, "
                "as every sentence is aligned with every sentence of the other text)"
            )
    link(reference.entities, candidate.entities)
    alignment = align(reference, candidate, ordered=mode != "summary")
    ctx = Context(reference, candidate, alignment, mode)
    identical = reference.source.plain == candidate.source.plain
    support = alignment.support()
    signature = {"factdiff": __version__, "mode": mode, "parser": model_signature(), "embeddings": MODEL_NAME}
    findings: list[Finding] = []
    verification, used = None, False
    if not identical:
        findings = [f for check in CHECKS.values() for f in check(ctx) if not _other_side_of_comparison(ctx, f)]
        findings = _complement_told(ctx, findings)
        used = verifier_enabled(verifier, mode)
        if used or (measure and verifier is not False and verifier_enabled(None)):
            model = load_verifier()
            verification = verify(ctx, model)
            if used:
                signature["verifier"] = model.meta.name
                findings += [v for v in verification.findings if not any(_overlap(v, f) for f in findings)]
                findings += verification.events  # a minor event note on the same verb gives way (_deduplicate)
        findings = _deduplicate(findings)
    tokens = max(len(reference.doc), len(candidate.doc))
    probability = verification.probability if verification is not None and used else None
    sentences = _sentences(reference, candidate, alignment)
    calibration = calibration_for(mode, probability is not None)
    signature["calibration"] = calibration.name
    score = 1.0
    if not identical:
        score = calibration.probability(features(findings, tokens, support, [s.support for s in sentences], probability))
    report = Report(
        version=__version__,
        mode=mode,
        reference=TextInfo(name=reference.source.name, chars=len(reference.source.original), sentences=len(reference.sentences)),
        candidate=TextInfo(name=candidate.source.name, chars=len(candidate.source.original), sentences=len(candidate.sentences)),
        score=score,
        support=round(support, 4),
        verifier=round(probability, 4) if probability is not None else None,
        tokens=tokens,
        verdict=verdict(findings, score, calibration.threshold),
        findings=findings,
        alignment=alignment.report_links(),
        sentences=sentences,
        signature=signature,
    )
    return report, verification


def _sentences(reference: Document, candidate: Document, alignment: Alignment) -> list[SentenceSupport]:
    """Each candidate sentence with its best support and the reference sentences that give it."""
    best = alignment.best()
    return [
        SentenceSupport(
            span=candidate.span(s.start, s.end),
            support=round(float(best[s.index]), 4),
            evidence=[reference.span(reference.sentences[r].start, reference.sentences[r].end) for r in alignment.evidence(s.index)],
        )
        for s in candidate.sentences
    ]


def _overlap(a: Finding, b: Finding) -> bool:
    return a.candidate_span is not None and b.candidate_span is not None and a.candidate_span.overlaps(b.candidate_span)


def verifier_enabled(requested: bool | None, mode: str | None = None) -> bool:
    """Whether to run the trained verifier: as requested; else when one is installed, FACTDIFF_VERIFIER is not "off" and
    (given a mode) the model is meant for that mode (`modes` in its meta.json, chosen on the dev splits by
    training/choose_weight.py: a mode goes in only where the verifier lifts the score above the rules alone)."""
    if requested is not None:
        return requested
    if os.environ.get("FACTDIFF_VERIFIER", "").lower() in ("off", "0", "no", "false") or not verifier_available():
        return False
    return mode is None or mode in verifier_meta().modes


def compare_sources(reference: Source, candidate: Source, mode: str = "rewrite", verifier: bool | None = None) -> Report:
    return compare_documents(analyse(reference), analyse(candidate), mode, verifier)


def compare(reference: str, candidate: str, mode: str = "rewrite", verifier: bool | None = None) -> Report:
    """Compare two texts given as strings; the Python API's entry point. A text factdiff cannot compare (empty, too long,
    binary, with a lone surrogate) raises InputError, a ValueError with a one-line message; a text that is not a str, a
    TypeError."""
    for name, text in (("reference", reference), ("candidate", candidate)):
        if not isinstance(text, str):
            hint = " (decode the bytes first)" if isinstance(text, bytes) else ""
            raise TypeError(f"{name} must be a str, not {type(text).__name__}{hint}")
    if mode not in ("rewrite", "translation", "summary"):
        raise ValueError(f"mode must be rewrite, translation or summary, not {mode!r}")
    return compare_sources(source_from_text(reference, "reference"), source_from_text(candidate, "candidate"), mode, verifier)
