"""Fit the score's calibration (factdiff/data/calibration.json) on the dev splits only.

Reads the per-pair dumps of a dev eval (`factdiff eval FILES --split dev -o DIR` writes DIR/pairs/*-dev.jsonl, each
pair with its whole report) and fits, per mode, a logistic model of P(faithful) on `factdiff.score.features`: one with
the verifier's pair probability among the features and one without it (for a run with the verifier off). The weights of
the signs of trouble (`factdiff.score.TROUBLE`) are bounded at zero or below, so that a finding never raises the score.
Each file weighs the same within a mode, whatever its size, so that no one benchmark's share of wrong pairs sets the
level. The verifier's model is fitted only on pairs the verifier was not trained on (`verifier_trained`).

Beside the model of each mode, a profile per file: the same fit on that file's dev pairs alone, for texts of its kind
(`factdiff compare --profile NAME`). The files' shares of faithful pairs differ too much for one model per mode to be
calibrated on each (45-84 % on the MQM files, 9-85 % on the summary sets, where no feature tells the files apart); a
profile is, as far as its dev split goes.

The threshold of the verdict (inconsistent below it, or on a major or critical finding) is chosen on the same dev pairs:
the one that maximises that verdict's balanced accuracy file by file, averaged over the files, among thresholds of at
most one half (above it the score says the pair is more likely faithful than not), and kept only where it adds at least
LEAST_GAIN to the findings alone (else the findings alone decide; the threshold tried is recorded). Rewrite mode has no benchmark: it
takes translation's models (both ask the candidate to carry every fact of the reference, sentence for sentence) but
not its threshold, which no labelled rewrite could confirm: there the findings alone decide the verdict.

    python training/calibrate.py DIR/pairs [--benchmarks ../shared/benchmarks] [--output factdiff/data/calibration.json]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

from factdiff import __version__
from factdiff.evaluation.data import load
from factdiff.evaluation.metrics import expected_calibration_error
from factdiff.model import Report, Severity
from factdiff.score import TROUBLE, report_features

ROOT = Path(__file__).resolve().parents[1]
BENCHMARKS = ROOT.parent / "shared" / "benchmarks"
OUTPUT = ROOT / "factdiff" / "data" / "calibration.json"
FITTED_MODES = ("translation", "summary")
# benchmarks whose licence allows evaluation only (FaithBench: CC BY-NC-SA 4.0, ../shared/benchmarks/README.md): a
# calibration fitted on them would ship what was learnt from them in the package
EVALUATION_ONLY = frozenset({"faithbench"})
BORROWED = {"rewrite": "translation"}  # modes with no benchmark, and the mode whose models they take
L2 = 1.0  # on standardised weights: a guard against collinear features, not a prior
THRESHOLDS = np.round(np.arange(0.0, 1.0, 0.01), 2)
# a score above one half says the pair is more likely faithful than not: a verdict of inconsistent on the score alone
# there would contradict the score (the contract: the verdict never contradicts it)
CEILING = 0.5
# a threshold is kept only where it raises the verdict's mean dev balanced accuracy by at least this much over the
# findings alone: a smaller gain is within the noise of a dev split (the standard error of a balanced accuracy on a
# thousand pairs is about 0.015), and a threshold fitted on one-sentence segments then costs more than it could earn on
# texts unlike them (translation's thresholds of 2026-11-30 gained 0.0034 and 0.0005 on the MQM dev segments; on
# this project's hand-written document pairs they made 17 faithful translations inconsistent for 3 wrong ones caught)
LEAST_GAIN = 0.01
# a profile's model with the verifier needs this many dev pairs of each label that the verifier was not trained on
PROFILE_LEAST = 100


@dataclass
class Pairs:
    """The dev pairs of one mode: features, the faithful label, the file, and whether a major finding is there."""

    rows: list[dict[str, float]] = field(default_factory=list)
    faithful: list[int] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    serious: list[bool] = field(default_factory=list)
    trained: list[bool] = field(default_factory=list)

    def only(self, name: str) -> Pairs:
        """The pairs of one file."""
        keep = [i for i, f in enumerate(self.files) if f == name]
        return Pairs(*([getattr(self, a)[i] for i in keep] for a in ("rows", "faithful", "files", "serious", "trained")))


def read_pairs(folder: Path, benchmarks: Path) -> dict[str, Pairs]:
    """Every dev pair of every dump in `folder`, by mode; pairs that failed in the eval are left out."""
    from factdiff.evaluation.evaluate import verifier_trained

    paths = sorted(folder.glob("*-dev.jsonl"))
    if not paths:
        sys.exit(f"no *-dev.jsonl in {folder}: run `factdiff eval FILES --split dev -o DIR` and pass DIR/pairs")
    by_mode: dict[str, Pairs] = defaultdict(Pairs)
    for path in paths:
        name = path.stem.removesuffix("-dev")
        if name in EVALUATION_ONLY:
            print(f"{path.name}: left out, its licence allows evaluation only", file=sys.stderr)
            continue
        source = benchmarks / f"{name}.jsonl"
        if not source.exists():
            sys.exit(f"{path.name}: its benchmark file {source} is missing (--benchmarks)")
        records = load(source, "dev")
        trained = dict(zip((r.id for r in records), verifier_trained(source, records).tolist(), strict=True))
        for row in map(json.loads, path.open(encoding="utf-8")):
            if row.get("error") or not row.get("report"):
                continue
            report = Report.model_validate(row["report"])
            pairs = by_mode[report.mode]
            pairs.rows.append(report_features(report))
            pairs.faithful.append(1 - int(row["label"]))
            pairs.files.append(name)
            pairs.serious.append(any(f.severity in (Severity.MAJOR, Severity.CRITICAL) for f in report.findings))
            pairs.trained.append(trained[row["id"]])
    return by_mode


def file_weights(files: list[str]) -> np.ndarray:
    """Each file's pairs weigh the same in all, and the weights sum to the number of pairs."""
    names, counts = np.unique(files, return_counts=True)
    per_file = dict(zip(names.tolist(), (len(files) / (len(names) * counts)).tolist(), strict=True))
    return np.array([per_file[f] for f in files])


def fit_logistic(x: np.ndarray, y: np.ndarray, w: np.ndarray, names: list[str]) -> tuple[float, np.ndarray]:
    """Weighted logistic regression, L2 on the standardised weights, the TROUBLE features' weights at or below zero."""
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    z = (x - mean) / scale

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        logit = theta[0] + z @ theta[1:]
        p = 1.0 / (1.0 + np.exp(-logit))
        value = float((w * (np.logaddexp(0.0, logit) - y * logit)).sum() + 0.5 * L2 * (theta[1:] ** 2).sum())
        residual = w * (p - y)
        return value, np.concatenate([[residual.sum()], z.T @ residual + L2 * theta[1:]])

    bounds = [(None, None)] + [(None, 0.0) if n in TROUBLE else (None, None) for n in names]
    result = minimize(loss, np.zeros(len(names) + 1), jac=True, method="L-BFGS-B", bounds=bounds)
    if not result.success:
        sys.exit(f"the logistic fit did not converge: {result.message}")
    coef = result.x[1:] / scale
    return float(result.x[0] - (coef * mean).sum()), coef


def choose_threshold(p: np.ndarray, serious: np.ndarray, faithful: np.ndarray, files: list[str]) -> float:
    """The score threshold, at most CEILING, that maximises the verdict's balanced accuracy averaged over the files
    (each file's own, so that a threshold cannot win by telling one benchmark from another); the lowest among equals."""
    best, chosen = -1.0, 0.0
    for t in THRESHOLDS[THRESHOLDS <= CEILING]:
        accuracy = mean_balanced_accuracy(faithful, ~(serious | (p < t)), files)
        if accuracy > best + 1e-9:
            best, chosen = accuracy, float(t)
    return chosen


def mean_balanced_accuracy(faithful: np.ndarray, said_faithful: np.ndarray, files: list[str]) -> float:
    """The balanced accuracy of a verdict in each file, averaged over the files that have both labels."""
    scores = []
    for name in sorted(set(files)):
        m = np.array([f == name for f in files])
        good, bad = faithful[m] == 1, faithful[m] == 0
        if good.any() and bad.any():
            said = said_faithful[m]
            scores.append(0.5 * float((said & good).sum() / good.sum() + (~said & bad).sum() / bad.sum()))
    return float(np.mean(scores)) if scores else float("nan")


def fit_variant(pairs: Pairs, with_verifier: bool) -> dict:
    """One model: its weights, its threshold and what it was fitted on, with its dev figures."""
    from sklearn.metrics import roc_auc_score

    keep = np.array([("verifier" in r) and not t if with_verifier else True for r, t in zip(pairs.rows, pairs.trained, strict=True)])
    names = [n for n in pairs.rows[0] if n != "verifier"] + (["verifier"] if with_verifier else [])
    x = np.array([[r[n] for n in names] for r, k in zip(pairs.rows, keep, strict=True) if k])
    y = np.array(pairs.faithful)[keep]
    files = [f for f, k in zip(pairs.files, keep, strict=True) if k]
    serious = np.array(pairs.serious)[keep]
    if len(set(y.tolist())) < 2:
        sys.exit(f"{'with' if with_verifier else 'without'} the verifier: the dev pairs are all of one label; nothing to fit")
    w = file_weights(files)
    intercept, coef = fit_logistic(x, y, w, names)
    p = 1.0 / (1.0 + np.exp(-(intercept + x @ coef)))
    threshold = choose_threshold(p, serious, y, files)
    before, after = mean_balanced_accuracy(y, ~serious, files), mean_balanced_accuracy(y, ~(serious | (p < threshold)), files)
    tried = {"threshold": threshold, "with_threshold": round(after, 4)}
    if after - before < LEAST_GAIN:
        threshold, after = 0.0, before  # the findings alone decide (LEAST_GAIN)
    per_file = {}
    for name in sorted(set(files)):
        m = np.array([f == name for f in files])
        per_file[name] = {
            "pairs": int(m.sum()),
            "faithful": int(y[m].sum()),
            "roc_auc": round(float(roc_auc_score(y[m], p[m])), 4) if len(set(y[m].tolist())) == 2 else None,
            "ece": round(expected_calibration_error(y[m], p[m]), 4),
        }
    return {
        "intercept": round(intercept, 6),
        "weights": {n: round(float(c), 6) for n, c in zip(names, coef, strict=True)},
        "threshold": threshold,
        "dev": {
            "pairs": int(len(y)),
            "mean_balanced_accuracy_verdict": {"findings_only": round(before, 4), "with_threshold": round(after, 4)},
            "threshold_tried": tried,
            "files": per_file,
        },
    }


def fit_profile(pairs: Pairs, mode: str) -> dict:
    """A profile: the models of one file's dev pairs alone, for texts of that kind (`--profile`). Where too few of its
    pairs are new to the verifier (PROFILE_LEAST of each label), the profile's verifier model is its rules model: the
    verifier's probability is then left out of its score."""
    rules = fit_variant(pairs, False)
    new = [y for y, t, r in zip(pairs.faithful, pairs.trained, pairs.rows, strict=True) if not t and "verifier" in r]
    enough = min(sum(new), len(new) - sum(new)) >= PROFILE_LEAST
    return {"mode": mode, "rules": rules, "verifier": fit_variant(pairs, True) if enough else rules | {"verifier_left_out": True}}


def verifier_name() -> str:
    """The verifier whose probabilities the dev dumps hold (the model with the verifier is fitted to that one)."""
    from factdiff.verifier.runtime import available, verifier_meta

    if not available():
        return "none"
    meta = verifier_meta()
    return f"{meta.name} (held-out pair AUC {meta.extra.get('held_out_pair_auc')})"


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pairs", type=Path, help="DIR/pairs of a `factdiff eval --split dev` run")
    parser.add_argument("--benchmarks", type=Path, default=BENCHMARKS, help="the benchmark files the dumps came from")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    by_mode = read_pairs(args.pairs, args.benchmarks)
    missing = [m for m in FITTED_MODES if m not in by_mode]
    if missing:
        sys.exit(f"no dev pairs of mode {', '.join(missing)} in {args.pairs}")
    modes = {}
    for mode in FITTED_MODES:
        modes[mode] = {"fitted_as": mode, "rules": fit_variant(by_mode[mode], False), "verifier": fit_variant(by_mode[mode], True)}
    profiles = {}
    for mode in FITTED_MODES:
        for name in sorted(set(by_mode[mode].files)):
            profiles[name] = fit_profile(by_mode[mode].only(name), mode)
    for mode, source in BORROWED.items():
        # no labelled pair of this mode to choose a threshold on: the score is shown, the findings alone decide
        modes[mode] = {"fitted_as": source} | {v: modes[source][v] | {"threshold": 0.0} for v in ("rules", "verifier")}
    today = dt.date.today().isoformat()
    table = {
        "name": "factdiff-calibration",
        "version": today,
        "fitted": today,
        "script": "training/calibrate.py",
        "factdiff": __version__,
        "verifier": verifier_name(),
        "data": sorted({f for pairs in by_mode.values() for f in pairs.files}),
        "features": {n: "weight <= 0" if n in TROUBLE else "free" for n in modes["translation"]["verifier"]["weights"]},
        "modes": modes,
        "profiles": profiles,
    }
    if args.output.exists():  # the source model (training/calibrate_source.py) is fitted apart: kept as it is
        kept = json.loads(args.output.read_text(encoding="utf-8")).get("source")
        if kept:
            table["source"] = kept
    args.output.write_text(json.dumps(table, indent=2) + "\n", encoding="utf-8")
    for mode in FITTED_MODES:
        for variant in ("rules", "verifier"):
            m = modes[mode][variant]
            accuracy = m["dev"]["mean_balanced_accuracy_verdict"]
            print(f"{mode:12} {variant:9} threshold {m['threshold']:.2f}  dev mean bal. acc. of the verdict {accuracy}  "
                  f"pairs {m['dev']['pairs']}  weights {m['weights']}  intercept {m['intercept']:.3f}")
            for name, f in m["dev"]["files"].items():
                print(f"    {name:34} pairs {f['pairs']:5}  AUC {f['roc_auc']}  ECE {f['ece']}")
    return table


if __name__ == "__main__":
    main()
