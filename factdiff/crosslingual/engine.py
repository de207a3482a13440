"""The pipeline with a source in another language: read -> analyse (source and candidate) -> align by e5 -> check ->
score -> report, alone or beside the English reference's comparison."""

from __future__ import annotations

import numpy as np

from factdiff import __version__
from factdiff.analyse.document import Document, analyse, analyse_doc
from factdiff.analyse.pipeline import load_nlp, model_signature
from factdiff.crosslingual.align import align_source, support
from factdiff.crosslingual.checks import CHECKS, SourceContext
from factdiff.crosslingual.document import SourceDocument, analyse_source
from factdiff.crosslingual.embed import MODEL_NAME, encode, one_thread
from factdiff.engine import MAX_SENTENCES, _deduplicate, compare_parts
from factdiff.model import MODES, Finding, Report, TextInfo
from factdiff.read import InputError, Source, detect_language, source_from_text
from factdiff.score import score, verdict


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


def _info(source: Source, sentences: int, language: str) -> TextInfo:
    return TextInfo(name=source.name, chars=len(source.original), sentences=sentences, language=language)


def compare_source(source: Source, candidate: Source, mode: str = "translation", lang: str | None = None) -> Report:
    """Compare an English candidate with its source in another language; the report's reference is the source."""
    lang = source_language(source, lang)
    with one_thread():
        document = analyse_source(source, lang)
        cand = _candidate(candidate)
        findings, ctx = check_source(document, cand, mode)
    findings = _deduplicate(findings)
    covered = support(ctx.alignment, mode)
    tokens = max(len(cand.doc), round(len(document.text) / (1.5 if document.language.joined_script else 5)))
    return Report(
        version=__version__,
        mode=mode,
        reference=_info(source, len(document.sentences), lang),
        candidate=_info(candidate, len(cand.sentences), "en"),
        score=score(findings, tokens, covered, mode=mode),
        support=round(covered, 4),
        tokens=tokens,
        verdict=verdict(findings),
        findings=findings,
        alignment=ctx.alignment.report_links(),
        signature=_signature(mode, lang),
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
        from_source, ctx = check_source(document, cand_doc, mode)
    for f in report.findings:
        f.reference_text = "reference"
    from_source = _deduplicate(from_source)
    source_score = score(from_source, report.tokens, support(ctx.alignment, mode), mode=mode)
    findings = _deduplicate([*report.findings, *from_source])
    report.score = combined_score(report.score, source_score)
    report.verdict = verdict(findings)
    report.findings = findings
    report.reference.language = report.candidate.language = "en"
    report.source = _info(source, len(document.sentences), lang)
    report.signature |= _signature(mode, lang)
    return report


def combined_score(reference_score: float, source_score: float) -> float:
    """The score against both texts: the product of the two (on the dev splits of the five MQM files, ROC-AUC at or
    above the lower of the two in four files of five, and at or above the reference's alone in three)."""
    return round(reference_score * source_score, 4)


def _signature(mode: str, lang: str) -> dict[str, str]:
    return {"factdiff": __version__, "mode": mode, "parser": model_signature(), "source_language": lang, "source_embeddings": MODEL_NAME}


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
