"""Speed of a translation checked against its source, beside today's English compare, measured in one run.

A pair of about 1,000 characters (the English candidate; its Chinese source is about 300-400 characters) is made from
consecutive WMT23 zh-en MQM segments of one system: their machine translations, their official English references and
their Chinese sources (the `.source.jsonl` sidecar). After an untimed warm-up, each way is timed `--repeats` times in
the same process, alternately, and the medians are compared:
- English: `factdiff.compare(reference, candidate, "translation")`, as shipped (the trained verifier included);
- source: `factdiff.compare(source, candidate, "translation")`, the candidate against the Chinese source alone.
The issue's target: source-based within 2x the English compare.

    HF_HUB_OFFLINE=1 python benchmarks/source_speed.py [--chars 1000] [--repeats 7] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WMT = ROOT.parent / "shared" / "benchmarks" / "wmt23-general-zhen-mqm.jsonl"


def pair(chars: int) -> tuple[str, str, str]:
    """(source, reference, candidate): consecutive segments of the first system until the candidate has `chars`."""
    sources = {}
    with WMT.with_name(WMT.stem + ".source.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            sources[row["id"]] = row["source"]
    parts: list[dict] = []
    system = None
    with WMT.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            name = row["id"].split("|")[1]  # 'dataset|system|document|segment'
            system = system or name
            if name != system:
                continue
            parts.append(row)
            if sum(len(p["candidate"]) + 1 for p in parts) >= chars:
                break
    return (
        "".join(sources[p["id"]] for p in parts),
        " ".join(p["reference"] for p in parts),
        " ".join(p["candidate"] for p in parts),
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--chars", type=int, default=1000)
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    import factdiff

    source, reference, candidate = pair(args.chars)
    english = lambda: factdiff.compare(reference, candidate, "translation")  # noqa: E731
    from_source = lambda: factdiff.compare(source, candidate, "translation")  # noqa: E731
    english(), from_source()  # warm-up: models load
    times: dict[str, list[float]] = {"english": [], "source": []}
    for _ in range(args.repeats):
        for name, run in (("english", english), ("source", from_source)):
            start = time.perf_counter()
            run()
            times[name].append(time.perf_counter() - start)
    medians = {k: statistics.median(v) for k, v in times.items()}
    result = {
        "chars": {"source": len(source), "reference": len(reference), "candidate": len(candidate)},
        "repeats": args.repeats,
        "median_seconds": medians,
        "ratio_source_to_english": medians["source"] / medians["english"],
    }
    print(
        f"candidate {len(candidate)} chars, source {len(source)}, reference {len(reference)}; median of {args.repeats}: "
        f"English compare {medians['english'] * 1000:.0f} ms, source compare {medians['source'] * 1000:.0f} ms, "
        f"ratio {result['ratio_source_to_english']:.2f} (target <= 2)"
    )
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
