"""Two or more verifiers on the same held-out pairs (`factdiff train --held-out-file FILE`), by source: piece F1 (at the
best piece threshold) and pair ROC-AUC, as `factdiff train` computes them.

    python training/compare_held_out.py HELD.jsonl factdiff/verifier/weights /tmp/verif/model
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from factdiff.verifier.data import Example
from factdiff.verifier.runtime import Verifier
from factdiff.verifier.train import choose_thresholds, pair_auc


def main(held_file: Path, models: list[Path]) -> None:
    held: dict[str, list[Example]] = {}
    for line in held_file.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        part = row.pop("part")
        held.setdefault(part, []).append(Example(**(row | {"spans": [tuple(s) for s in row["spans"]]})))
    for model in models:
        verifier = Verifier(model, threads=1)
        for part, pairs in held.items():
            if not any(e.tagged for e in pairs):
                print(f"{model}  {part} ({len(pairs)} pairs): pair AUC {pair_auc(verifier, pairs)}", flush=True)
                continue
            t = choose_thresholds(verifier, pairs)
            print(
                f"{model}  {part} ({len(pairs)} pairs): piece F1 {t['held_out_piece_f1']} at {t['span_threshold']}, "
                f"pair AUC {t.get('held_out_pair_auc')}",
                flush=True,
            )


if __name__ == "__main__":
    main(Path(sys.argv[1]), [Path(p) for p in sys.argv[2:]])
