"""Fit the score of a translation checked against its source (`source` in factdiff/data/calibration.json).

    python training/calibrate_source.py ../shared/benchmarks/*mqm*.jsonl [--rows rows.json] [--output ...]

The pairs: the dev pairs of every MQM file with a source sidecar whose source the cross-lingual tagger did not train on
(train_xtagger.held_out: a tenth of the distinct sources), each checked as `factdiff eval --source` checks it
(evaluation.source: the English reference's report and the source's judgement). On them, as training/calibrate.py does
for the English modes: a logistic model of P(faithful) on score.features (the tagger's pair probability as `verifier`),
the signs of trouble bounded at or below zero, each file weighing the same; one with the tagger and one without it
(FACTDIFF_SOURCE_TAGGER=off), and the verdict's threshold that maximises the balanced accuracy averaged over the files.

Also fitted and recorded, to choose how a reference and a source together are scored (`combined` in the entry): the
two calibrated probabilities' product (what compare_with_source gives) against a logistic model of their two logits;
the product is kept unless the model is better by COMBINED_MARGIN of mean ROC-AUC (a model needs both scores of
every pair and more to go wrong).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))

from calibrate import choose_threshold, file_weights, fit_logistic, mean_balanced_accuracy  # noqa: E402
from train_xtagger import held_out  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "factdiff" / "data" / "calibration.json"
COMBINED_MARGIN = 0.01


def collect(files: list[Path], workers: int | None) -> list[dict]:
    """The held-out dev pairs' outcomes: label, file, both texts' features, the reference's score and verdict."""
    from factdiff.evaluation.data import load
    from factdiff.evaluation.source import _run, load_sources, sidecar

    rows = []
    for path in files:
        if not sidecar(path).is_file():
            continue
        sources = load_sources(path)
        records = [r for r in load(path, "dev", None, 13) if r.id in sources and held_out({"source": sources[r.id]})]
        outcomes = _run(records, sources, workers)
        for record, out in zip(records, outcomes, strict=True):
            if out.error:
                print(f"{path.stem} {record.id}: {out.error}", file=sys.stderr)
                continue
            rows.append(
                {
                    "file": path.stem,
                    "id": record.id,
                    "faithful": 1 - int(record.label),
                    "features": out.features,
                    "scores": out.scores,
                    "flagged": out.flagged,
                    "serious": {k: any(sev in ("major", "critical") for *_, sev in v) for k, v in out.spans.items()},
                }
            )
        print(f"{path.stem}: {len(records)} held-out dev pairs", flush=True)
    return rows


def auc_by_file(y: np.ndarray, p: np.ndarray, files: list[str]) -> dict[str, float | None]:
    from sklearn.metrics import roc_auc_score

    out = {}
    for name in sorted(set(files)):
        m = np.array([f == name for f in files])
        out[name] = round(float(roc_auc_score(y[m], p[m])), 4) if len(set(y[m].tolist())) == 2 else None
    return out


def fit(rows: list[dict], with_tagger: bool) -> dict:
    from factdiff.evaluation.metrics import expected_calibration_error

    keep = [r for r in rows if ("verifier" in r["features"]["source"]) == with_tagger]
    if not keep:
        sys.exit(f"no held-out pair was checked {'with' if with_tagger else 'without'} the tagger")
    names = list(keep[0]["features"]["source"])
    x = np.array([[r["features"]["source"][n] for n in names] for r in keep])
    y = np.array([r["faithful"] for r in keep])
    files = [r["file"] for r in keep]
    serious = np.array([r["serious"]["source"] for r in keep])
    intercept, coef = fit_logistic(x, y, file_weights(files), names)
    p = 1.0 / (1.0 + np.exp(-(intercept + x @ coef)))
    threshold = choose_threshold(p, serious, y, files)
    return {
        "intercept": round(intercept, 6),
        "weights": {n: round(float(c), 6) for n, c in zip(names, coef, strict=True)},
        "threshold": threshold,
        "dev": {
            "pairs": len(keep),
            "roc_auc": auc_by_file(y, p, files),
            "roc_auc_tagger_alone": auc_by_file(y, -x[:, names.index("verifier")], files) if with_tagger else None,
            "ece": {f: round(expected_calibration_error(y[m], p[m]), 4) for f in sorted(set(files)) for m in [np.array(files) == f]},
            "mean_balanced_accuracy_verdict": {
                "findings_only": round(mean_balanced_accuracy(y, ~serious, files), 4),
                "with_threshold": round(mean_balanced_accuracy(y, ~(serious | (p < threshold)), files), 4),
            },
        },
    }


def logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-4, 1 - 1e-4)
    return np.log(p / (1 - p))


def combined(rows: list[dict], model: dict) -> dict:
    """The reference and source scores together: their product against a fitted model of the two logits."""
    x = np.array([[r["scores"]["reference"], source_probability(model, r["features"]["source"])] for r in rows])
    y = np.array([r["faithful"] for r in rows])
    files = [r["file"] for r in rows]
    product = auc_by_file(y, x[:, 0] * x[:, 1], files)
    z = logit(x)
    intercept, coef = fit_logistic(z, y, file_weights(files), ["reference", "source"])
    fitted = auc_by_file(y, intercept + z @ coef, files)
    mean = lambda d: float(np.mean([v for v in d.values() if v is not None]))  # noqa: E731
    # the verdict against both: a major finding of either, or the model's probability below a threshold chosen here
    p = 1.0 / (1.0 + np.exp(-(intercept + z @ coef)))
    serious = np.array([r["serious"]["both"] for r in rows])
    threshold = choose_threshold(p, serious, y, files)
    either = np.array([r["flagged"]["both"] for r in rows])
    return {
        "product_roc_auc": product,
        "model_roc_auc": fitted,
        "model": {"intercept": round(intercept, 6), "weights": [round(float(c), 6) for c in coef], "threshold": threshold},
        "mean_balanced_accuracy_verdict": {
            "either_verdict": round(mean_balanced_accuracy(y, ~either, files), 4),
            "model_threshold": round(mean_balanced_accuracy(y, ~(serious | (p < threshold)), files), 4),
        },
        "chosen": "model" if mean(fitted) >= mean(product) + COMBINED_MARGIN else "product",
        "reference_roc_auc": auc_by_file(y, x[:, 0], files),
        "source_roc_auc": auc_by_file(y, x[:, 1], files),
    }


def source_probability(model: dict, x: dict[str, float]) -> float:
    z = model["intercept"] + sum(w * x[n] for n, w in model["weights"].items())
    return float(1.0 / (1.0 + np.exp(-z)))


def main(argv: list[str] | None = None) -> dict:
    import os

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="+", type=Path, help="MQM benchmark files (those with a .source.jsonl sidecar are used)")
    parser.add_argument("--rows", type=Path, default=None, help="keep (or reuse) the collected outcomes here")
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    files = [f for f in args.files if not f.name.endswith(".source.jsonl")]
    if args.rows and args.rows.exists():
        rows = json.loads(args.rows.read_text())
    else:
        rows = collect(files, args.workers)
        os.environ["FACTDIFF_SOURCE_TAGGER"] = "off"
        rules_rows = collect(files, args.workers)
        os.environ.pop("FACTDIFF_SOURCE_TAGGER")
        rows = rows + rules_rows
        if args.rows:
            args.rows.write_text(json.dumps(rows))
    tagged = [r for r in rows if "verifier" in r["features"]["source"]]
    entry = {"tagger": fit(rows, True), "rules": fit(rows, False)}
    entry["combined"] = combined(tagged, entry["tagger"])
    from factdiff.crosslingual.tagger import tagger

    table = json.loads(args.output.read_text(encoding="utf-8"))
    table["source"] = {
        "translation": {
            **entry,
            "fitted": dt.date.today().isoformat(),
            "script": "training/calibrate_source.py",
            "tagger_model": tagger().meta.get("name", "xtagger"),
            "data": sorted({r["file"] for r in rows}),
        }
    }
    args.output.write_text(json.dumps(table, indent=2) + "\n", encoding="utf-8")
    print(json.dumps({k: v["dev"] if isinstance(v, dict) and "dev" in v else v for k, v in entry.items()}, indent=1))
    return table


if __name__ == "__main__":
    main()
