"""One evaluation run: factdiff and the baselines on each file, dev and the reported split."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from factdiff import __version__
from factdiff.evaluation import metrics
from factdiff.evaluation.baselines import BASELINES
from factdiff.evaluation.data import Record, load
from factdiff.evaluation.run import run_factdiff

RULES, MODEL = "rules only", "verifier only"  # factdiff's two parts, when the verifier ran
HEURISTIC = "factdiff report/1 score"  # the uncalibrated score that the calibrated one replaced, for comparison


@dataclass
class SplitRun:
    records: list[Record]
    suspicion: dict[str, np.ndarray] = field(default_factory=dict)  # system -> higher = more suspect
    flagged: dict[str, np.ndarray] = field(default_factory=dict)  # system -> verdicts, for factdiff and its parts
    spans: dict[str, list] = field(default_factory=dict)  # system -> candidate spans of each pair's findings
    seconds: float = 0.0
    errors: int = 0
    outcomes: list = field(default_factory=list)

    @property
    def labels(self) -> np.ndarray:
        return np.array([r.label for r in self.records])


def _run_split(records: list[Record], workers: int | None, label: str) -> SplitRun:
    run = SplitRun(records)
    outcomes, run.seconds = run_factdiff(records, workers, label)
    run.outcomes = outcomes
    run.suspicion["factdiff"] = np.array([1.0 - o.score for o in outcomes])
    run.flagged["factdiff"] = np.array([o.inconsistent for o in outcomes])
    run.spans["factdiff"] = [o.spans for o in outcomes]
    run.suspicion[HEURISTIC] = np.array([1.0 - o.heuristic for o in outcomes])
    if any(o.verifier is not None for o in outcomes):  # the trained verifier ran: its part and the rules' part apart
        run.suspicion[RULES] = np.array([1.0 - o.rules_score for o in outcomes])
        run.flagged[RULES] = np.array([o.rules_inconsistent for o in outcomes])
        run.spans[RULES] = [o.rule_spans for o in outcomes]
        run.suspicion[MODEL] = np.array([o.verifier or 0.0 for o in outcomes])
        run.flagged[MODEL] = np.array([o.verifier_inconsistent for o in outcomes])
        run.spans[MODEL] = [o.verifier_spans for o in outcomes]
    run.errors = sum(1 for o in outcomes if o.error)
    for name, baseline in BASELINES.items():
        run.suspicion[name] = 1.0 - baseline(records)
    return run


def _trained_on(records: list[Record]) -> np.ndarray:
    """Which dev records the shipped verifier was trained on (MQM pairs whose reference it did not hold out, summaries
    whose article it did not keep out)."""
    from factdiff.engine import verifier_enabled

    trained = np.zeros(len(records), dtype=bool)
    if not verifier_enabled(None):
        return trained
    from factdiff.verifier.runtime import verifier_meta
    from factdiff.verifier.train import reference_key

    extra = verifier_meta().extra  # meta.json alone: the model itself is not needed here
    held = set(extra.get("held_out_references", []))
    kept_out = extra.get("summary_kept_out_references")  # absent: a model that never saw a summary
    kept_out = None if kept_out is None else set(kept_out)
    for i, r in enumerate(records):
        if r.mode == "summary":
            trained[i] = kept_out is not None and reference_key(r.reference) not in kept_out
        else:
            trained[i] = bool(held) and r.mode == "translation" and reference_key(r.reference) not in held
    return trained


def verifier_trained(path: Path, records: list[Record]) -> np.ndarray:
    """Which records of benchmark file `path` the shipped verifier was trained on: only its training files' dev pairs
    can be (`recipe.data` in meta.json); a file added since is new to it, even where it shares an article."""
    trained = _trained_on(records)
    if trained.any():
        from factdiff.verifier.runtime import verifier_meta

        trained &= path.name in verifier_meta().extra.get("recipe", {}).get("data", [])
    return trained


def _figures(dev: SplitRun, test: SplitRun) -> dict:
    labels = test.labels
    out: dict = {"pairs": len(test.records), "inconsistent": int(labels.sum()), "systems": {}}
    human = np.array([r.mqm for r in test.records])
    has_mqm = all(r.has_mqm for r in test.records) and len(set(human.tolist())) > 1
    # thresholds are chosen on the dev pairs the verifier was not trained on (all of them when it was not)
    usable = ~_trained_on(dev.records)
    if len(set(dev.labels[usable].tolist())) < 2:
        usable[:] = True
    out["dev_pairs_for_thresholds"] = int(usable.sum())
    for name, suspicion in test.suspicion.items():
        if name not in dev.suspicion:
            continue
        threshold = metrics.best_threshold(dev.labels[usable], dev.suspicion[name][usable])
        row = {
            "roc_auc": metrics.auc(labels, suspicion),
            "balanced_accuracy_dev_threshold": metrics.balanced_accuracy(labels, suspicion >= threshold),
            "dev_threshold": float(threshold),
        }
        if name in test.flagged:
            row["balanced_accuracy_verdict"] = metrics.balanced_accuracy(labels, test.flagged[name])
            row["spans_all"] = metrics.span_scores([r.errors for r in test.records], test.spans[name], major_only=False)
        if has_mqm:
            row["kendall_tau_b"] = metrics.kendall_tau_b(-suspicion, human)
            row["pairwise_acc_eq"] = metrics.pairwise_accuracy_with_ties(-suspicion, human)
        out["systems"][name] = row
    point, lo, hi = metrics.bootstrap_auc_difference(labels, test.suspicion["factdiff"], test.suspicion["chrF"])
    out["auc_minus_chrf"] = {"difference": point, "ci95": [lo, hi]}
    if RULES in test.suspicion:
        point, lo, hi = metrics.bootstrap_auc_difference(labels, test.suspicion["factdiff"], test.suspicion[RULES])
        out["auc_minus_rules"] = {"difference": point, "ci95": [lo, hi]}
    faithful, probability = 1 - labels, 1.0 - test.suspicion["factdiff"]
    out["calibration"] = {
        "ece": metrics.expected_calibration_error(faithful, probability),
        "mean_score": float(probability.mean()) if len(probability) else float("nan"),
        "faithful_share": float(faithful.mean()) if len(faithful) else float("nan"),
        "bins": [{"mean_score": p, "faithful_share": o, "pairs": n} for p, o, n in metrics.reliability(faithful, probability)],
    }
    gold = [r.errors for r in test.records]
    out["spans"] = {
        "all": metrics.span_scores(gold, test.spans["factdiff"], major_only=False),
        "major": metrics.span_scores(gold, test.spans["factdiff"], major_only=True),
    }
    chars = sum(len(r.reference) + len(r.candidate) for r in test.records)
    out["speed"] = {
        "pairs_per_second": len(test.records) / test.seconds if test.seconds else float("nan"),
        "ms_per_1000_chars": 1000.0 * test.seconds / (chars / 1000.0) if chars else float("nan"),
        "failed_pairs": test.errors,
    }
    return out


def evaluate(files: list[Path], split: str, limit: int | None, workers: int | None, out_dir: Path, seed: int = 13) -> dict:
    """Run every file; write eval.json, eval.md and one ROC plot per file into out_dir."""
    out_dir.mkdir(parents=True, exist_ok=True)
    results: dict = {"factdiff": __version__, "split": split, "limit": limit, "seed": seed, "files": {}}
    for path in files:
        dev = _run_split(load(path, "dev", limit, seed), workers, f"{path.stem} dev")
        test = dev if split == "dev" else _run_split(load(path, split, limit, seed), workers, f"{path.stem} {split}")
        results["files"][path.stem] = _figures(dev, test)
        profile = _profile_figures(path.stem, test)
        if profile is not None:
            results["files"][path.stem]["calibration_profile"] = profile
        for run in {id(dev): dev, id(test): test}.values():
            _dump(run, out_dir / "pairs" / f"{path.stem}-{run.records[0].split if run.records else split}.jsonl")
        _plot(path.stem, test, out_dir / f"roc-{path.stem}.png")
        _plot_reliability(path.stem, results["files"][path.stem]["calibration"], out_dir / f"reliability-{path.stem}.png")
    (out_dir / "eval.json").write_text(json.dumps(results, indent=2) + "\n")
    (out_dir / "eval.md").write_text(markdown(results))
    return results


def _profile_figures(name: str, test: SplitRun) -> dict | None:
    """The score with the calibration profile fitted on this file's dev split (`--profile NAME`), where there is one:
    its ROC-AUC, expected calibration error and the verdict's balanced accuracy on the reported split."""
    from factdiff.model import Report
    from factdiff.score import profiles, rescore

    if name not in profiles():
        return None
    kept = [(r.label, rescore(Report.model_validate(o.report), name)) for r, o in zip(test.records, test.outcomes, strict=True) if o.report]
    if not kept:
        return None
    labels = np.array([label for label, _ in kept])
    score = np.array([report.score for _, report in kept])
    return {
        "profile": name,
        "pairs": len(kept),
        "roc_auc": metrics.auc(labels, 1.0 - score),
        "ece": metrics.expected_calibration_error(1 - labels, score),
        "mean_score": float(score.mean()),
        "balanced_accuracy_verdict": metrics.balanced_accuracy(labels, np.array([r.verdict == "inconsistent" for _, r in kept])),
    }


def _dump(run: SplitRun, path: Path) -> None:
    """Every pair's label, score and findings, for reading the worst pairs by hand."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for record, outcome in zip(run.records, run.outcomes, strict=True):
            row = {
                "id": record.id,
                "label": record.label,
                "mqm": record.mqm,
                "score": outcome.score,
                "heuristic": outcome.heuristic,
                "support": outcome.support,
                "rules_score": outcome.rules_score,
                "findings_score": outcome.findings_score,
                "verifier": outcome.verifier,
                "findings": outcome.findings,
                "error": outcome.error,
                "report": outcome.report,
            }
            fh.write(json.dumps(row) + "\n")


def _plot(name: str, run: SplitRun, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from sklearn.metrics import roc_curve

    fig, ax = plt.subplots(figsize=(5, 5))
    for system, suspicion in run.suspicion.items():
        if len(set(run.labels.tolist())) < 2:
            continue
        fpr, tpr, _ = roc_curve(run.labels, suspicion)
        ax.plot(fpr, tpr, label=f"{system} ({metrics.auc(run.labels, suspicion):.3f})", linewidth=2 if system == "factdiff" else 1)
    ax.plot([0, 1], [0, 1], "k:", linewidth=0.8)
    ax.set(xlabel="false positive rate", ylabel="true positive rate", title=name)
    ax.legend(loc="lower right", fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def _plot_reliability(name: str, calibration: dict, path: Path) -> None:
    """The reliability diagram of the score: the share of faithful pairs against the mean score, bin by bin."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    bins = calibration["bins"]
    fig, (ax, hist) = plt.subplots(2, 1, figsize=(5, 6), sharex=True, gridspec_kw={"height_ratios": [3, 1]})
    ax.plot([0, 1], [0, 1], "k:", linewidth=0.8)
    ax.plot([b["mean_score"] for b in bins], [b["faithful_share"] for b in bins], "o-", linewidth=2, label="factdiff score")
    ax.set(ylabel="share of faithful pairs", title=f"{name}\nECE {calibration['ece']:.3f}", xlim=(0, 1), ylim=(0, 1))
    ax.legend(loc="upper left", fontsize=8)
    hist.bar([b["mean_score"] for b in bins], [b["pairs"] for b in bins], width=0.08)
    hist.set(xlabel="score (predicted probability of faithful)", ylabel="pairs")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def _difference(d: dict) -> str:
    """'+0.040 [+0.032, +0.048]'; an exact tie reads '+0.000', not '-0.000'."""
    point, (lo, hi) = d["difference"], d["ci95"]
    return "{:+.3f} [{:+.3f}, {:+.3f}]".format(*(round(x, 3) + 0.0 for x in (point, lo, hi)))


def markdown(results: dict) -> str:
    """The results as Markdown tables: one row per file and system, then spans and speed."""
    lines = [
        f"Split: `{results['split']}`"
        + (f", a random sample of {results['limit']} pairs per split (seed {results['seed']})" if results["limit"] else ""),
        "",
        "| file | system | ROC-AUC | bal. acc. (dev threshold) | bal. acc. (verdict) | span F1 (all) | Kendall tau-b | acc_eq |",
        "|---|---|---|---|---|---|---|---|",
    ]
    fmt = lambda v: "" if v is None else f"{v:.3f}"  # noqa: E731
    for name, fig in results["files"].items():
        for system, row in fig["systems"].items():
            lines.append(
                f"| {name} | {system} | {fmt(row['roc_auc'])} | {fmt(row['balanced_accuracy_dev_threshold'])} | "
                f"{fmt(row.get('balanced_accuracy_verdict'))} | {fmt(row.get('spans_all', {}).get('f1'))} | "
                f"{fmt(row.get('kendall_tau_b'))} | {fmt(row.get('pairwise_acc_eq'))} |"
            )
    lines += [
        "",
        "| file | factdiff AUC - chrF AUC [95% CI] | factdiff AUC - rules-only AUC [95% CI] "
        "| span P / R / F1 (all) | span P / R / F1 (major) | pairs/s | ms per 1k chars |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, fig in results["files"].items():
        d, r = fig["auc_minus_chrf"], fig.get("auc_minus_rules")
        a, m, s = fig["spans"]["all"], fig["spans"]["major"], fig["speed"]
        versus_rules = _difference(r) if r else ""
        lines.append(
            f"| {name} | {_difference(d)} | {versus_rules} | "
            f"{a['precision']:.3f} / {a['recall']:.3f} / {a['f1']:.3f} | {m['precision']:.3f} / {m['recall']:.3f} / {m['f1']:.3f} | "
            f"{s['pairs_per_second']:.1f} | {s['ms_per_1000_chars']:.1f} |"
        )
    lines += [
        "",
        "| file | ECE of the score | mean score | share faithful | pairs |",
        "|---|---|---|---|---|",
    ]
    for name, fig in results["files"].items():
        c = fig["calibration"]
        lines.append(f"| {name} | {c['ece']:.3f} | {c['mean_score']:.3f} | {c['faithful_share']:.3f} | {fig['pairs']} |")
    profiled = {name: fig["calibration_profile"] for name, fig in results["files"].items() if "calibration_profile" in fig}
    if profiled:
        lines += [
            "",
            "With the calibration profile fitted on each file's own dev split (`factdiff compare --profile NAME`):",
            "",
            "| file | ECE | mean score | ROC-AUC | verdict balanced accuracy | pairs |",
            "|---|---|---|---|---|---|",
        ]
        for name, c in profiled.items():
            figures = f"{c['ece']:.3f} | {c['mean_score']:.3f} | {c['roc_auc']:.3f} | {c['balanced_accuracy_verdict']:.3f}"
            lines.append(f"| {name} | {figures} | {c['pairs']} |")
    return "\n".join(lines) + "\n"
