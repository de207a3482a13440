"""Run factdiff over records in worker processes, with a progress bar; models load once per worker."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
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


def _one(record: Record) -> Outcome:
    from factdiff.engine import compare

    start = time.perf_counter()
    chars = len(record.reference) + len(record.candidate)
    try:
        report = compare(record.reference, record.candidate, record.mode)
    except Exception as exc:  # one bad pair must not stop an evaluation; it is counted and reported
        return Outcome(record.id, 1.0, False, [], time.perf_counter() - start, chars, error=f"{type(exc).__name__}: {exc}")
    spans = [(f.candidate_span.start, f.candidate_span.end, f.severity.value) for f in report.findings if f.candidate_span]
    findings = [(f.type.value, f.severity.value, f.message) for f in report.findings]
    return Outcome(
        record.id, report.score, report.verdict == "inconsistent", spans, time.perf_counter() - start, chars, report.support, findings
    )


def _warm() -> None:
    from factdiff.engine import compare

    compare("Warm-up: the models load once per worker.", "Warm-up: the models load once per worker.")


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
