"""Run factdiff over records in worker processes, with a progress bar; models load once per worker."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from multiprocessing import get_context

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

from factdiff.evaluation.data import Record


@dataclass(slots=True)
class Outcome:
    id: str
    score: float
    inconsistent: bool
    spans: list[tuple[int, int, str]]  # candidate spans of findings, with severity
    seconds: float
    chars: int
    support: float = 1.0
    findings: list[tuple[str, str, str]] | None = None  # (type, severity, message), for reading by hand
    error: str = ""
    # the parts of the score: the rules alone, and the trained verifier alone (None when it did not run)
    rules_score: float = 1.0
    findings_score: float = 1.0  # all findings (the verifier's too) without the verifier's pair probability
    rules_inconsistent: bool = False
    rule_spans: list[tuple[int, int, str]] = field(default_factory=list)
    verifier: float | None = None
    verifier_inconsistent: bool = False
    verifier_spans: list[tuple[int, int, str]] = field(default_factory=list)
    heuristic: float = 1.0  # the uncalibrated score of report/1, to compare the calibrated one with
    report: dict | None = None  # the whole JSON report, from which training/calibrate.py reads the dev pairs' features


def _one(record: Record) -> Outcome:
    from factdiff.analyse.document import analyse
    from factdiff.engine import compare_parts
    from factdiff.model import Severity
    from factdiff.read import source_from_text
    from factdiff.score import score, verdict
    from factdiff.verifier.runtime import verifier_meta

    start = time.perf_counter()
    chars = len(record.reference) + len(record.candidate)
    try:
        reference = analyse(source_from_text(record.reference, "reference"))
        candidate = analyse(source_from_text(record.candidate, "candidate"))
        report, verification = compare_parts(reference, candidate, record.mode, measure=True)
    except Exception as exc:  # one bad pair must not stop an evaluation; it is counted and reported
        return Outcome(record.id, 1.0, False, [], time.perf_counter() - start, chars, error=f"{type(exc).__name__}: {exc}")

    def spans(findings) -> list[tuple[int, int, str]]:
        return [(f.candidate_span.start, f.candidate_span.end, f.severity.value) for f in findings if f.candidate_span]

    rules = [f for f in report.findings if f.check != "verifier"]
    identical = reference.source.plain == candidate.source.plain
    weight = verifier_meta().weight_for(record.mode) if report.verifier is not None else 0.0
    outcome = Outcome(
        record.id,
        report.score,
        report.verdict == "inconsistent",
        spans(report.findings),
        time.perf_counter() - start,
        chars,
        report.support,
        [(f.type.value, f.severity.value, f.message) for f in report.findings],
        rules_score=1.0 if identical else score(rules, report.tokens, report.support, mode=record.mode),
        findings_score=1.0 if identical else score(report.findings, report.tokens, report.support, mode=record.mode),
        rules_inconsistent=verdict(rules) == "inconsistent",
        rule_spans=spans(rules),
        heuristic=1.0 if identical else score(report.findings, report.tokens, report.support, report.verifier or 0.0, weight, record.mode),
        report=report.model_dump(mode="json", by_alias=True),
    )
    if verification is not None:
        outcome.verifier = verification.probability
        outcome.verifier_inconsistent = any(f.severity in (Severity.MAJOR, Severity.CRITICAL) for f in verification.findings)
        outcome.verifier_spans = spans(verification.findings)
    return outcome


def _warm() -> None:
    from factdiff.engine import compare, verifier_enabled
    from factdiff.verifier.runtime import load_verifier

    compare("Warm-up: the models load once per worker.", "Warm-up: the models load once per worker.")
    if verifier_enabled(None):
        load_verifier()


def run_factdiff(records: list[Record], workers: int | None = None, label: str = "factdiff") -> tuple[list[Outcome], float]:
    """Outcomes in record order and the wall time of the run (after the workers have loaded models)."""
    workers = workers or os.cpu_count() or 1
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), TimeRemainingColumn())
    with get_context("fork").Pool(workers, initializer=_warm) as pool, Progress(*columns, transient=False) as progress:
        pool.map(_noop, range(workers))  # wait until every worker has loaded its models
        task = progress.add_task(label, total=len(records))
        start = time.perf_counter()
        outcomes = []
        for outcome in pool.imap(_one, records, chunksize=4):
            outcomes.append(outcome)
            progress.advance(task)
        return outcomes, time.perf_counter() - start


def _noop(_: int) -> None:
    return None
