"""The pipeline with a source in another language: read -> analyse (source and candidate) -> align by e5 -> check ->
score -> report, alone or beside the English reference's comparison."""

from __future__ import annotations

import math
import os
from dataclasses import dataclass

import numpy as np

from factdiff import __version__
from factdiff.analyse.document import Document, analyse, analyse_doc
from factdiff.analyse.pipeline import load_nlp, model_signature
from factdiff.crosslingual.align import HIGH, LOW, align_source, support
from factdiff.crosslingual.checks import CHECKS, SourceContext
from factdiff.crosslingual.document import SourceDocument, analyse_source
from factdiff.crosslingual.embed import MODEL_NAME, encode, one_thread
from factdiff.crosslingual.tagger import available as tagger_available
from factdiff.crosslingual.tagger import tag_source, tagger
from factdiff.engine import MAX_SENTENCES, _deduplicate, _overlap, compare_parts
from factdiff.model import MODES, Finding, Report, SentenceSupport, TextInfo
from factdiff.read import InputError, Source, detect_language, source_from_text
from factdiff.score import calibration_table, features, score, source_calibration, verdict


def source_language(source: Source, given: str | None = None) -> str:
    """The source's language: as given, else detected; InputError when it is English or cannot be told."""
    if given:
        return given
    lang = detect_language(source, min_letters=20)
    if lang == "en":
        raise InputError(f"{source.name}: looks like English, not a source in another language (give --source-lang to say which)")
    if lang == "und":
        raise InputError(f"{source.name}: cannot tell its language (give --source-lang)")
    return lang


def is_source(text: object) -> bool:
    """Whether a reference given as a str is in another language than English, and so a translation's source."""
    return isinstance(text, str) and bool(text.strip()) and detect_language(Source("reference", text, text)) != "en"


def _candidate(candidate: Source) -> Document:
    """The English candidate, parsed, without the English sentence embeddings that only the English alignment uses."""
    doc = load_nlp()(candidate.plain)
    return analyse_doc(candidate, doc, vectors=np.zeros((len(list(doc.sents)), 384), dtype=np.float32))


def check_source(source: SourceDocument, candidate: Document, mode: str) -> tuple[list[Finding], SourceContext]:
    """The cross-lingual findings, not yet deduplicated, and the context they came from."""
    if len(source.sentences) > MAX_SENTENCES:
        raise InputError(f"{source.source.name}: too many sentences ({len(source.sentences):,}; the limit is {MAX_SENTENCES:,})")
    vectors = encode([s.text for s in candidate.sentences])
    ctx = SourceContext(source, candidate, align_source(source, candidate, vectors), vectors, mode)
    return [f for check in CHECKS.values() for f in check(ctx)], ctx


@dataclass
class SourceJudgement:
    """What the source says of a candidate: findings (deduplicated), score, verdict, and the parts of the score."""

    findings: list[Finding]
    score: float
    verdict: str
    support: float
    tagger: float | None  # the cross-lingual tagger's probability of a major accuracy error (None: it did not run)
    context: SourceContext
    features: dict[str, float]  # what the score's calibration read (score.features; the tagger's probability as `verifier`)
    calibration: str  # the calibration's name, or "report/1" where the calibration file has no source model


def tagger_enabled() -> bool:
    """The cross-lingual tagger runs when its weights are installed and FACTDIFF_SOURCE_TAGGER is not "off"."""
    return tagger_available() and os.environ.get("FACTDIFF_SOURCE_TAGGER", "").lower() not in ("off", "0", "no", "false")


def judge_source(source: SourceDocument, candidate: Document, mode: str, tokens: int) -> SourceJudgement:
    """The rules' findings, the tagger's where no rule finding covers the same words, and the score: the probability
    that the candidate is faithful from the source calibration (score.source_calibration: the findings, the support, the
    weakest sentence and the tagger's pair probability, fitted on dev pairs the tagger did not train on). Without that
    model, report/1's formula with the tagger's probability weighed in (weight and threshold from its meta.json)."""
    with one_thread():
        findings, ctx = check_source(source, candidate, mode)
        findings = _deduplicate(findings)
        probability, weight, threshold = None, 0.0, 0.0
        if tagger_enabled() and mode == "translation":
            model = tagger()
            probability, tagged = tag_source(ctx, model)
            # the tagger's words where no rule finding is: never over a rule's words, never hiding an omission
            findings += [t for t in tagged if not any(_overlap(t, f) or _same_source(t, f) for f in findings)]
            weight, threshold = float(model.meta.get("pair_weight", 0.0)), float(model.meta.get("score_threshold", 0.0))
            findings = _deduplicate(findings)
    covered = support(ctx.alignment, mode)
    x = features(findings, tokens, covered, [s.support for s in sentence_support(ctx)], probability)
    calibration = source_calibration(probability is not None) if mode == "translation" else None
    if calibration is not None:
        value, threshold, name = calibration.probability(x), calibration.threshold, calibration.name
    else:
        value = score(findings, tokens, covered, verifier=probability or 0.0, verifier_weight=weight, mode=mode)
        name = "report/1"
    return SourceJudgement(findings, value, verdict(findings, value, threshold), covered, probability, ctx, x, name)


def sentence_support(ctx: SourceContext) -> list[SentenceSupport]:
    """Each candidate sentence with how well the source gives it (its best e5 similarity on the LOW..HIGH scale of the
    alignment's support) and the source sentences linked to it: the part of the score that is not a finding."""
    best = ctx.alignment.similarity.max(axis=0) if ctx.alignment.similarity.size else np.zeros(len(ctx.candidate.sentences))
    return [
        SentenceSupport(
            span=ctx.candidate.span(s.start, s.end),
            support=round(float(np.clip((best[s.index] - LOW) / (HIGH - LOW), 0.0, 1.0)), 4),
            evidence=[ctx.source.span(ctx.source.sentences[r].start, ctx.source.sentences[r].end) for r in ctx.alignment.evidence(s.index)],
        )
        for s in ctx.candidate.sentences
    ]


def _same_source(tagged: Finding, rule: Finding) -> bool:
    return rule.candidate_span is None and tagged.reference_span is not None and tagged.reference_span.overlaps(rule.reference_span)


def _info(source: Source, sentences: int, language: str) -> TextInfo:
    return TextInfo(name=source.name, chars=len(source.original), sentences=sentences, language=language)


def compare_source(source: Source, candidate: Source, mode: str = "translation", lang: str | None = None) -> Report:
    """Compare an English candidate with its source in another language; the report's reference is the source."""
    lang = source_language(source, lang)
    with one_thread():
        document = analyse_source(source, lang)
        cand = _candidate(candidate)
    tokens = max(len(cand.doc), round(len(document.text) / (1.5 if document.language.joined_script else 5)))
    judged = judge_source(document, cand, mode, tokens)
    return Report(
        version=__version__,
        mode=mode,
        reference=_info(source, len(document.sentences), lang),
        candidate=_info(candidate, len(cand.sentences), "en"),
        score=judged.score,
        support=round(judged.support, 4),
        tokens=tokens,
        verdict=judged.verdict,
        findings=judged.findings,
        alignment=judged.context.alignment.report_links(),
        sentences=sentence_support(judged.context),
        signature=_signature(mode, lang, judged.tagger is not None) | {"calibration": judged.calibration},
    )


def compare_with_source(
    reference: Source, source: Source, candidate: Source, mode: str = "translation", lang: str | None = None, verifier: bool | None = None
) -> Report:
    """Compare an English candidate with an English reference and with the source both: the reference's report, with the
    source's findings added (`reference_text` says which text each finding's reference span is in) and one score."""
    lang = source_language(source, lang)
    ref_doc, cand_doc = analyse(reference), analyse(candidate)
    report, _ = compare_parts(ref_doc, cand_doc, mode, verifier)
    with one_thread():
        document = analyse_source(source, lang)
    judged = judge_source(document, cand_doc, mode, report.tokens)
    for f in report.findings:
        f.reference_text = "reference"
    findings = _deduplicate([*report.findings, *judged.findings])
    report.score, threshold = combined_score(report.score, judged.score)
    if threshold is None:
        report.verdict = "inconsistent" if "inconsistent" in (report.verdict, judged.verdict) else verdict(findings)
    else:
        report.verdict = verdict(findings, report.score, threshold)
    report.findings = findings
    report.reference.language = report.candidate.language = "en"
    report.source = _info(source, len(document.sentences), lang)
    report.signature |= _signature(mode, lang, judged.tagger is not None) | {"source_calibration": judged.calibration}
    return report


def combined_score(reference_score: float, source_score: float) -> tuple[float, float | None]:
    """The score against both texts, and the threshold of its verdict (None: the verdict is inconsistent where either
    text's is). Where the source calibration chose it (training/calibrate_source.py, `combined`), a logistic model of
    the two scores' logits with its own threshold (on the held-out dev pairs, ROC-AUC above the product's in four files
    of five, 0.67-0.89 against 0.61-0.88, and the verdict as balanced as either text's verdict); else their product."""
    combined = calibration_table().get("source", {}).get("translation", {}).get("combined", {})
    if combined.get("chosen") != "model":
        return round(reference_score * source_score, 4), None
    model = combined["model"]
    z = model["intercept"] + sum(w * _logit(p) for w, p in zip(model["weights"], (reference_score, source_score), strict=True))
    return round(1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z)), 4), float(model["threshold"])


def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1.0 - 1e-4)
    return math.log(p / (1.0 - p))


def _signature(mode: str, lang: str, tagged: bool = False) -> dict[str, str]:
    out = {"factdiff": __version__, "mode": mode, "parser": model_signature(), "source_language": lang, "source_embeddings": MODEL_NAME}
    if tagged:
        out["source_tagger"] = tagger().meta.get("name", "xtagger")
    return out


def compare_text(reference: str, candidate: str, mode: str, verifier: bool | None, source: str | None, lang: str | None) -> Report:
    """The Python API's entry with a source: `reference` is the source when `source` is None, else the English
    reference beside it."""
    for name, text in (("reference", reference), ("candidate", candidate), ("source", source)):
        if text is not None and not isinstance(text, str):
            raise TypeError(f"{name} must be a str, not {type(text).__name__}")
    if mode not in MODES:
        raise ValueError(f"mode must be rewrite, translation or summary, not {mode!r}")
    ref, cand = source_from_text(reference, "reference"), source_from_text(candidate, "candidate")
    if source is None:
        if mode != "translation":
            raise InputError("a source in another language needs mode='translation'")
        return compare_source(ref, cand, mode, lang)
    return compare_with_source(ref, source_from_text(source, "source"), cand, mode, lang, verifier)
