"""Hand-written pairs cut into the verifier's windows (`factdiff.verifier.data.written_windows`), written as the
held-out file that `compare_held_out.py` reads: one part per input file. For comparing two verifiers on sets that
neither was trained on (the newest independent sets, kept for measuring).

    python training/written_windows.py benchmarks/independent/set147.jsonl benchmarks/independent/set148.jsonl -o held.jsonl
    python training/compare_held_out.py held.jsonl factdiff/verifier/weights /tmp/verif/model
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from factdiff.verifier.data import load_written, written_windows
from factdiff.verifier.encode import MAX_TOKENS


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+", type=Path, help="hand-written pairs (benchmarks/independent/set*.jsonl format)")
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args()
    with args.output.open("w", encoding="utf-8") as out:
        for path in args.sets:
            for example, _ in written_windows(load_written([path]), MAX_TOKENS):
                out.write(json.dumps(example.to_dict() | {"part": path.stem}) + "\n")


if __name__ == "__main__":
    main()
