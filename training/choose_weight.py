"""Choose how much the verifier's pair probability weighs in the score, on the dev splits only.

Reads the per-pair dumps of a dev eval (`factdiff eval ../shared/benchmarks/*.jsonl --split dev -o DIR` writes
DIR/pairs/*-dev.jsonl), and for each weight w prints the ROC-AUC per file of the score as the engine computes it: the
score of all findings (the rules' and the verifier's spans) times (1 - w * p), with p the verifier's pair
probability. The weight with the best mean AUC over the files is written into META.json with `--write` (and is what
`factdiff train --weight` should be given to reproduce the shipped model).

The verifier was trained on the MQM dev pairs except a held-out tenth of their references (listed by key in
meta.json): only those count here, since its figures on the pairs it was trained on say nothing. AggreFact's dev split
was not trained on and counts whole.

    python training/choose_weight.py DIR/pairs META.json [--write]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
from sklearn.metrics import roc_auc_score

WEIGHTS = [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]


BENCHMARKS = Path(__file__).resolve().parents[1].parent / "shared" / "benchmarks"


def main(folder: Path, meta: Path, write: bool) -> None:
    from factdiff.evaluation.data import load
    from factdiff.verifier.train import reference_key

    held = set(json.loads(meta.read_text())["held_out_references"])
    files = sorted(folder.glob("*-dev.jsonl"))
    if not files:
        sys.exit(f"no *-dev.jsonl in {folder}")
    data = {}
    for path in files:
        name = path.stem.removesuffix("-dev")
        records = {r.id: r for r in load(BENCHMARKS / f"{name}.jsonl", "dev")}
        rows = [json.loads(line) for line in path.open(encoding="utf-8")]
        rows = [r for r in rows if records[r["id"]].mode != "translation" or reference_key(records[r["id"]].reference) in held]
        print(f"{name}: {len(rows)} dev pairs not trained on")
        data[name] = (
            np.array([r["label"] for r in rows]),
            np.array([r["findings_score"] for r in rows]),
            np.array([r["rules_score"] for r in rows]),
            np.array([r["verifier"] or 0.0 for r in rows]),
        )
    names = list(data)
    print(f"{'system':<10}{'w':>5}" + "".join(f"{n[:22]:>24}" for n in names) + f"{'mean':>8}")
    best = (-1.0, 0.0)
    rules_only = [roc_auc_score(labels, 1.0 - rules) for labels, _, rules, _ in data.values()]
    print(f"{'rules':<10}{'':>5}" + "".join(f"{a:>24.3f}" for a in rules_only) + f"{np.mean(rules_only):>8.3f}")
    verifier_only = [roc_auc_score(labels, p) for labels, _, _, p in data.values()]
    print(f"{'verifier':<10}{'':>5}" + "".join(f"{a:>24.3f}" for a in verifier_only) + f"{np.mean(verifier_only):>8.3f}")
    for w in WEIGHTS:
        aucs = [roc_auc_score(labels, 1.0 - findings * (1.0 - w * p)) for labels, findings, _, p in data.values()]
        mean = float(np.mean(aucs))
        print(f"{'both':<10}{w:>5.1f}" + "".join(f"{a:>24.3f}" for a in aucs) + f"{mean:>8.3f}")
        best = max(best, (mean, w))
    print(f"\nbest: w = {best[1]:.1f} (mean dev AUC {best[0]:.3f})")
    if write:
        content = json.loads(meta.read_text())
        content["weight"] = best[1]
        meta.write_text(json.dumps(content, indent=2) + "\n")
        print(f"written to {meta}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), "--write" in sys.argv[3:])
