"""Choose how much the verifier's pair probability weighs in the score, and where it runs, on the dev splits only.

Reads the per-pair dumps of a dev eval (`factdiff eval ../shared/benchmarks/*.jsonl --split dev -o DIR` writes
DIR/pairs/*-dev.jsonl), and for each weight w prints the ROC-AUC per file of the score as the engine computes it: the
score of all findings (the rules' and the verifier's spans) times (1 - w * p), with p the verifier's pair
probability. Translation files and summary files are chosen apart: the weight with the best mean AUC over the
translation files is `weight` (rewrites follow translations: sentence for sentence); the best over the summary files
is `mode_weights.summary`, and summary mode is in `modes` only where that beats the rules alone. `--write` puts them
into META.json (`factdiff train --weight` reproduces `weight`).

Only pairs that the verifier was not trained on count: the MQM references it held out (`held_out_references` in
meta.json) and the summary articles it kept out (`summary_kept_out_references`; a model that never saw a summary
has none, and every summary counts). For summary mode's spans to be in `findings_score`, run the dev eval with a
meta.json whose `modes` lists summary.

    python training/choose_weight.py DIR/pairs META.json [DIR2/pairs META2.json ...] [--write]

More than one pair of arguments pools the dev pairs of several models, each on the pairs it was not trained on: the
models of `factdiff train --summary-fold 1` and `2` keep out the other two thirds of the AggreFact dev articles, so
that summary mode is chosen on all of them (cross-validation) rather than on one third. Only the first META.json is
written.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
from sklearn.metrics import roc_auc_score

WEIGHTS = [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]
BENCHMARKS = Path(__file__).resolve().parents[1].parent / "shared" / "benchmarks"

Split = tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]  # labels, findings score, rules score, pair probability


def not_trained_on(folder: Path, meta: dict, seen: set[str] | None = None) -> dict[str, dict[str, Split]]:
    """The dev pairs of each file that the verifier was not trained on, by mode; none whose id is in `seen` (a pair
    that another fold has already given: the articles that the test split also summarises are kept out of every fold),
    and their ids are added to it."""
    from factdiff.evaluation.data import load
    from factdiff.verifier.train import reference_key

    seen = set() if seen is None else seen
    held = set(meta["held_out_references"])
    kept_out = meta.get("summary_kept_out_references")
    kept_out = None if kept_out is None else set(kept_out)
    files = sorted(folder.glob("*-dev.jsonl"))
    if not files:
        sys.exit(f"no *-dev.jsonl in {folder}")
    by_mode: dict[str, dict[str, Split]] = {}
    for path in files:
        name = path.stem.removesuffix("-dev")
        records = {r.id: r for r in load(BENCHMARKS / f"{name}.jsonl", "dev")}
        rows = []
        for row in map(json.loads, path.open(encoding="utf-8")):
            record = records[row["id"]]
            if record.mode == "translation" and reference_key(record.reference) not in held:
                continue
            if record.mode == "summary" and kept_out is not None and reference_key(record.reference) not in kept_out:
                continue
            if row["id"] not in seen:
                seen.add(row["id"])
                rows.append(row)
        mode = next(iter(records.values())).mode
        print(f"{name}: {len(rows)} dev pairs not trained on ({mode})")
        if len({r["label"] for r in rows}) < 2:
            continue  # no ROC-AUC without both labels
        by_mode.setdefault(mode, {})[name] = (
            np.array([r["label"] for r in rows]),
            np.array([r["findings_score"] for r in rows]),
            np.array([r["rules_score"] for r in rows]),
            np.array([r["verifier"] or 0.0 for r in rows]),
        )
    return by_mode


def choose(data: dict[str, Split]) -> tuple[float, float, float]:
    """Print the AUC table of these files; return (best weight, its mean AUC, the rules' mean AUC)."""
    names = list(data)
    print(f"{'system':<10}{'w':>5}" + "".join(f"{n[:22]:>24}" for n in names) + f"{'mean':>8}")
    rules_only = [roc_auc_score(labels, 1.0 - rules) for labels, _, rules, _ in data.values()]
    print(f"{'rules':<10}{'':>5}" + "".join(f"{a:>24.3f}" for a in rules_only) + f"{np.mean(rules_only):>8.3f}")
    verifier_only = [roc_auc_score(labels, p) for labels, _, _, p in data.values()]
    print(f"{'verifier':<10}{'':>5}" + "".join(f"{a:>24.3f}" for a in verifier_only) + f"{np.mean(verifier_only):>8.3f}")
    best = (-1.0, 0.0)
    for w in WEIGHTS:
        aucs = [roc_auc_score(labels, 1.0 - findings * (1.0 - w * p)) for labels, findings, _, p in data.values()]
        mean = float(np.mean(aucs))
        print(f"{'both':<10}{w:>5.1f}" + "".join(f"{a:>24.3f}" for a in aucs) + f"{mean:>8.3f}")
        best = max(best, (mean, w))
    return best[1], best[0], float(np.mean(rules_only))


def pooled(runs: list[tuple[Path, dict]]) -> dict[str, dict[str, Split]]:
    """The not-trained-on dev pairs of several (dumps, model) runs together, file by file: models that each kept out
    another share of the dev data (cross-validation), each judged on its own share."""
    by_mode: dict[str, dict[str, Split]] = {}
    seen: set[str] = set()
    for folder, meta in runs:
        for mode, files in not_trained_on(folder, meta, seen).items():
            for name, split in files.items():
                have = by_mode.setdefault(mode, {}).get(name)
                by_mode[mode][name] = split if have is None else tuple(np.concatenate(pair) for pair in zip(have, split, strict=True))
    return by_mode


def main(runs: list[tuple[Path, Path]], write: bool) -> None:
    meta_path = runs[0][1]
    meta = json.loads(meta_path.read_text())
    by_mode = pooled([(folder, json.loads(path.read_text())) for folder, path in runs])
    modes, mode_weights = ["rewrite", "translation"], {}
    if "translation" in by_mode:
        weight, auc, _ = choose(by_mode["translation"])
        print(f"\ntranslation and rewrite: w = {weight:.1f} (mean dev AUC {auc:.3f})\n")
        meta["weight"] = weight
    if "summary" in by_mode:
        weight, auc, rules = choose(by_mode["summary"])
        useful = auc > rules
        print(f"\nsummary: w = {weight:.1f} (mean dev AUC {auc:.3f}, rules alone {rules:.3f}): {'on' if useful else 'off'}")
        if useful:
            modes.append("summary")
            mode_weights["summary"] = weight
    meta["modes"], meta["mode_weights"] = modes, mode_weights
    if write:
        meta_path.write_text(json.dumps(meta, indent=2) + "\n")
        print(f"written to {meta_path}: weight {meta['weight']}, modes {modes}, mode weights {mode_weights}")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--write"]
    if not args or len(args) % 2:
        sys.exit(__doc__)
    main([(Path(args[i]), Path(args[i + 1])) for i in range(0, len(args), 2)], "--write" in sys.argv[1:])
