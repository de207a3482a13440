"""Dev samples that two verifiers both never trained on, to compare them with `factdiff eval --split dev`: summaries
whose article both kept out (`summary_kept_out_references`, or an article of a file the first never saw), MQM pairs
whose reference both held out (`held_out_references`). Every pair of the rarer label, then pairs of the other drawn
with the seed, up to `--size`. An article the first model learnt through another file is not looked for: the recipe
keeps the first files' folds, so the second model learnt it too and it is not among its kept-out articles.

    python training/unseen_dev_sample.py factdiff/verifier/weights/meta.json /tmp/verif/model/meta.json OUT_DIR \\
        ../shared/benchmarks/{xsumfaith-hallucination,frank-xsum,aggrefact-ftsota-cliff-goyal21,wmt23-general-zhen-mqm}.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from factdiff.evaluation.data import load
from factdiff.verifier.train import reference_key


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("old_meta", type=Path)
    ap.add_argument("new_meta", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("files", type=Path, nargs="+")
    ap.add_argument("--size", type=int, default=200)
    ap.add_argument("--seed", type=int, default=13)
    a = ap.parse_args()
    old, new = (json.loads(p.read_text(encoding="utf-8")) for p in (a.old_meta, a.new_meta))
    seen_by_old = {name for name in old["recipe"]["data"]}
    a.out.mkdir(parents=True, exist_ok=True)
    for path in a.files:
        rows = {r["id"]: r for r in map(json.loads, path.read_text(encoding="utf-8").splitlines()) if r.get("split") == "dev"}
        eligible = []
        for record in load(path, "dev"):
            key = reference_key(record.reference)
            if record.mode == "summary":
                old_kept = path.name not in seen_by_old or key in old["summary_kept_out_references"]
                unseen = old_kept and key in new["summary_kept_out_references"]
            else:
                unseen = key in old["held_out_references"] and key in new["held_out_references"]
            if unseen:
                eligible.append(rows[record.id])
        by_label = sorted(([r for r in eligible if r["label"] == label] for label in ("consistent", "inconsistent")), key=len)
        rare = by_label[0][: a.size]
        sample = rare + random.Random(a.seed).sample(by_label[1], min(len(by_label[1]), max(0, a.size - len(rare))))
        sample.sort(key=lambda r: r["id"])
        (a.out / path.name).write_text("".join(json.dumps(r) + "\n" for r in sample), encoding="utf-8")
        print(f"{path.name}: {len(eligible)} unseen dev pairs, {len(sample)} taken")


if __name__ == "__main__":
    main()
