"""`factdiff eval --source`: each MQM pair checked against its reference, against its source (the `<file>.source.jsonl`
sidecar), and against both, side by side; thresholds from dev, figures on the reported split."""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path

import numpy as np

from factdiff import __version__
from factdiff.evaluation import metrics
from factdiff.evaluation.data import Record, load

SYSTEMS = ("reference", "source", "both", "e5 cosine", "tagger")


@dataclass(slots=True)
class SourceOutcome:
    id: str
    scores: dict[str, float] = field(default_factory=dict)  # system -> score (1 = faithful)
    flagged: dict[str, bool] = field(default_factory=dict)
    spans: dict[str, list[tuple[int, int, str]]] = field(default_factory=dict)
    findings: list[tuple[str, str, str]] = field(default_factory=list)  # the source's, for reading by hand
    seconds: dict[str, float] = field(default_factory=dict)
    features: dict[str, dict[str, float]] = field(default_factory=dict)  # "reference" and "source": what each score read
    error: str = ""


def sidecar(path: Path) -> Path:
    """`wmt23-general-zhen-mqm.jsonl` -> `wmt23-general-zhen-mqm.source.jsonl`."""
    return path.with_name(path.stem + ".source.jsonl")


def load_sources(path: Path) -> dict[str, str]:
    with sidecar(path).open(encoding="utf-8") as fh:
        return {row["id"]: row["source"] for row in map(json.loads, filter(str.strip, fh))}


def file_language(sources: dict[str, str], sample: int = 50) -> str:
    """The language of a sidecar's sources: the most common detected among the first `sample` (a short source full of
    Latin names can look English on its own)."""
    from collections import Counter

    from factdiff.read import Source, detect_language

    found = Counter(detect_language(Source("source", t, t)) for t in list(sources.values())[:sample])
    for lang, _ in found.most_common():
        if lang not in ("en", "und"):
            return lang
    raise ValueError("the sidecar's sources do not look like another language than English")


def _one(item: tuple[Record, str, str]) -> SourceOutcome:
    from factdiff.analyse.document import analyse
    from factdiff.crosslingual.document import analyse_source
    from factdiff.crosslingual.embed import one_thread
    from factdiff.crosslingual.engine import combined_score, judge_source
    from factdiff.engine import _deduplicate, compare_parts
    from factdiff.read import source_from_text
    from factdiff.score import report_features, verdict

    record, text, lang = item
    out = SourceOutcome(record.id)
    try:
        start = time.perf_counter()
        candidate = analyse(source_from_text(record.candidate, "candidate"))
        reference = analyse(source_from_text(record.reference, "reference"))
        report, _ = compare_parts(reference, candidate, record.mode)
        middle = time.perf_counter()
        with one_thread():
            document = analyse_source(source_from_text(text, "source"), lang)
        judged = judge_source(document, candidate, record.mode, report.tokens)
        found = judged.findings
        both = _deduplicate([*report.findings, *found])
        out.seconds = {"reference": middle - start, "source": time.perf_counter() - middle}
        both_score, both_threshold = combined_score(report.score, judged.score)
        sim = judged.context.alignment.similarity
        e5 = float(np.mean(sim.max(axis=0))) if sim.size else 0.0
        out.scores = {
            "reference": report.score,
            "source": judged.score,
            "both": both_score,
            "e5 cosine": e5,
        }
        if judged.tagger is not None:
            out.scores["tagger"] = 1.0 - judged.tagger
        out.flagged = {"reference": report.verdict == "inconsistent", "source": judged.verdict == "inconsistent"}
        out.flagged["both"] = (
            out.flagged["reference"] or out.flagged["source"]
            if both_threshold is None
            else verdict(both, both_score, both_threshold) == "inconsistent"
        )
        spans = lambda fs: [(f.candidate_span.start, f.candidate_span.end, f.severity.value) for f in fs if f.candidate_span]  # noqa: E731
        out.spans = {"reference": spans(report.findings), "source": spans(found), "both": spans(both)}
        out.findings = [(f.type.value, f.severity.value, f.message) for f in found]
        out.features = {"reference": report_features(report), "source": judged.features}
    except Exception as exc:  # one bad pair must not stop an evaluation; it is counted and reported
        out.error = f"{type(exc).__name__}: {exc}"
    return out


def _warm() -> None:
    from factdiff.crosslingual.embed import one_blas_thread
    from factdiff.engine import compare

    one_blas_thread()
    compare("Warm-up: the models load once per worker.", "Warm-up: the models load once per worker.")


def _run(records: list[Record], sources: dict[str, str], workers: int | None) -> list[SourceOutcome]:
    workers = workers or os.cpu_count() or 1
    lang = file_language(sources)
    items = [(r, sources[r.id], lang) for r in records]
    with get_context("fork").Pool(workers, initializer=_warm) as pool:
        return list(pool.imap(_one, items, chunksize=4))


def _figures(dev: list[Record], dev_out: list[SourceOutcome], test: list[Record], test_out: list[SourceOutcome]) -> dict:
    dev_labels = np.array([r.label for r in dev])
    labels = np.array([r.label for r in test])
    gold = [r.errors for r in test]
    failed = sum(1 for o in test_out if o.error)
    out: dict = {"pairs": len(test), "inconsistent": int(labels.sum()), "dev_pairs": len(dev), "failed": failed}
    for system in SYSTEMS:
        suspicion = np.array([1.0 - o.scores.get(system, 1.0) for o in test_out])
        dev_suspicion = np.array([1.0 - o.scores.get(system, 1.0) for o in dev_out])
        threshold = metrics.best_threshold(dev_labels, dev_suspicion)
        row = {
            "roc_auc": metrics.auc(labels, suspicion),
            "balanced_accuracy_dev_threshold": metrics.balanced_accuracy(labels, suspicion >= threshold),
            "dev_threshold": float(threshold),
        }
        if test_out and system in test_out[0].flagged:
            row["balanced_accuracy_verdict"] = metrics.balanced_accuracy(labels, np.array([o.flagged.get(system, False) for o in test_out]))
            predicted = [o.spans.get(system, []) for o in test_out]
            row["span_f1_major"] = metrics.span_scores(gold, predicted, major_only=True)["f1"]
            row["span_f1_all"] = metrics.span_scores(gold, predicted, major_only=False)["f1"]
        out[system] = row
    seconds = {k: sum(o.seconds.get(k, 0.0) for o in test_out) for k in ("reference", "source")}
    out["seconds_per_pair"] = {k: v / max(len(test_out), 1) for k, v in seconds.items()}
    return out


def evaluate_sources(files: list[Path], split: str, limit: int | None, workers: int | None, out_dir: Path, seed: int = 13) -> dict:
    """Every file that has a source sidecar; eval-source.json, eval-source.md and per-pair lines into out_dir."""
    out_dir.mkdir(parents=True, exist_ok=True)
    results: dict = {"factdiff": __version__, "split": split, "limit": limit, "seed": seed, "files": {}}
    for path in files:
        if not sidecar(path).is_file():
            continue
        sources = load_sources(path)
        dev = load(path, "dev", limit, seed)
        test = dev if split == "dev" else load(path, split, limit, seed)
        dev_out = _run(dev, sources, workers)
        test_out = dev_out if split == "dev" else _run(test, sources, workers)
        results["files"][path.stem] = _figures(dev, dev_out, test, test_out)
        _dump(test, test_out, out_dir / "pairs" / f"{path.stem}-{split}-source.jsonl")
        if split != "dev":
            _dump(dev, dev_out, out_dir / "pairs" / f"{path.stem}-dev-source.jsonl")
        (out_dir / "eval-source.json").write_text(json.dumps(results, indent=2) + "\n")
    if not results["files"]:
        raise ValueError("none of the files has a source sidecar (<file>.source.jsonl beside it)")
    (out_dir / "eval-source.md").write_text(markdown(results))
    return results


def _dump(records: list[Record], outcomes: list[SourceOutcome], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for r, o in zip(records, outcomes, strict=True):
            row = {"id": r.id, "label": r.label, "scores": o.scores, "features": o.features, "findings": o.findings, "error": o.error}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def markdown(results: dict) -> str:
    sample = f", a random sample of at most {results['limit']} pairs per split (seed {results['seed']})" if results["limit"] else ""
    fmt = lambda v: "" if v is None else f"{v:.3f}"  # noqa: E731
    lines = [
        f"Split: `{results['split']}`{sample}; thresholds chosen on the dev split.",
        "",
        "| file | pairs (incons.) | system | ROC-AUC | bal. acc. (dev threshold) | bal. acc. (verdict) | span F1 major | s/pair |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, fig in results["files"].items():
        for system in SYSTEMS:
            row = fig[system]
            secs = fig["seconds_per_pair"].get(system)
            lines.append(
                f"| {name} | {fig['pairs']} ({fig['inconsistent']}) | {system} | {fmt(row['roc_auc'])} | "
                f"{fmt(row['balanced_accuracy_dev_threshold'])} | {fmt(row.get('balanced_accuracy_verdict'))} | "
                f"{fmt(row.get('span_f1_major'))} | {fmt(secs)} |"
            )
    return "\n".join(lines) + "\n"
