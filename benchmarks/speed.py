"""How fast factdiff is, and how far it is from the floor of its design: the spaCy parse it cannot avoid.

Measured in one run, in this order:
1. cold start: wall time of a fresh `factdiff compare` subprocess on the seed pair (median of 3; target < 5 s);
2. in-process load: importing `factdiff.engine`, then the spaCy pipeline (`load_nlp()`) and the encoder (`load_encoder()`);
3. throughput with the models loaded, through the Python API `compare(reference, candidate, mode)`: the seed pair
   repeated (mode "rewrite") and the first N pairs of the WMT23 zh-en MQM benchmark (their mode, "translation"),
   in pairs per second and milliseconds per 1,000 characters (reference plus candidate);
4. the floor: the same pipeline alone, `load_nlp()(text)` on the reference and the candidate of every pair, in the same
   loop and process, and the ratio factdiff time / spaCy time (target <= 2.5). All get an untimed warm-up pass first;
   factdiff is timed with the trained verifier (as shipped) and without it (`verifier=False`, rules only): the
   verifier's cost is the ratio of the two throughputs (target: with it, at least half the pairs per second);
5. peak resident memory (ru_maxrss) of this process and of the largest CLI subprocess.

Run it from the repository root with the venv active:

    HF_HUB_OFFLINE=1 python benchmarks/speed.py [--pairs 200] [--json speed.json]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED_REFERENCE = SHARED / "seeds" / "reference.txt"
SEED_CANDIDATE = SHARED / "seeds" / "candidate.txt"
WMT = SHARED / "benchmarks" / "wmt23-general-zhen-mqm.jsonl"
# run from the repository root, as a user would type it
CLI_ARGS = ["compare", "../shared/seeds/reference.txt", "../shared/seeds/candidate.txt", "--format", "json"]

COLD_START_TARGET_S = 5.0
RATIO_TARGET = 2.5
VERIFIER_TARGET = 0.5

Pair = tuple[str, str, str]  # reference, candidate, mode


@dataclass
class Throughput:
    """Timed loops over one workload: factdiff's `compare` and the spaCy parse alone."""

    workload: str
    pairs: int
    chars: int
    factdiff_s: float
    spacy_s: float
    rules_s: float = float("nan")  # factdiff without the trained verifier

    @property
    def verifier_throughput(self) -> float:
        """Pairs per second with the verifier over pairs per second without it."""
        return self.rules_s / self.factdiff_s

    @property
    def ratio(self) -> float:
        return self.factdiff_s / self.spacy_s

    def pairs_per_s(self, seconds: float) -> float:
        return self.pairs / seconds

    def ms_per_kchar(self, seconds: float) -> float:
        return 1000 * seconds / (self.chars / 1000)

    def as_dict(self) -> dict[str, str | int | float]:
        return {
            "workload": self.workload,
            "pairs": self.pairs,
            "chars": self.chars,
            "factdiff_s": self.factdiff_s,
            "factdiff_pairs_per_s": self.pairs_per_s(self.factdiff_s),
            "factdiff_ms_per_1000_chars": self.ms_per_kchar(self.factdiff_s),
            "spacy_s": self.spacy_s,
            "spacy_pairs_per_s": self.pairs_per_s(self.spacy_s),
            "spacy_ms_per_1000_chars": self.ms_per_kchar(self.spacy_s),
            "ratio": self.ratio,
            "ratio_target": RATIO_TARGET,
            "rules_s": self.rules_s,
            "rules_pairs_per_s": self.pairs_per_s(self.rules_s),
            "rules_ratio": self.rules_s / self.spacy_s,
            "verifier_throughput": self.verifier_throughput,
            "verifier_throughput_target": VERIFIER_TARGET,
        }


def cold_starts(runs: int) -> list[float]:
    """Wall times of fresh `factdiff compare` processes on the seed pair."""
    venv_script = Path(sys.executable).with_name("factdiff")
    exe = str(venv_script) if venv_script.exists() else shutil.which("factdiff")
    if exe is None:
        sys.exit("speed.py: the factdiff command is not installed (pip install -e .)")
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run([exe, *CLI_ARGS], cwd=ROOT, env=env, capture_output=True, text=True)
        times.append(time.perf_counter() - start)
        if done.returncode not in (0, 1):  # 1 only means that a major finding was reported
            sys.exit(f"speed.py: factdiff exited {done.returncode}: {done.stderr.strip()}")
    return times


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def read_wmt(n: int) -> list[Pair]:
    pairs = []
    with WMT.open(encoding="utf-8") as lines:
        for line in lines:
            if len(pairs) == n:
                break
            record = json.loads(line)
            pairs.append((record["reference"], record["candidate"], record["mode"]))
    return pairs


def measure(workload: str, pairs: list[Pair], warmup: int, compare: Callable, nlp: Callable) -> Throughput:
    """Warm both up on the first pairs, then time `compare` and the bare spaCy parse over all of them."""

    def run_factdiff(batch: list[Pair], verifier: bool | None = None) -> None:
        for reference, candidate, mode in batch:
            compare(reference, candidate, mode, verifier)

    def run_spacy(batch: list[Pair]) -> None:
        for reference, candidate, _ in batch:
            nlp(reference)
            nlp(candidate)

    run_factdiff(pairs[:warmup])
    run_spacy(pairs[:warmup])
    return Throughput(
        workload=workload,
        pairs=len(pairs),
        chars=sum(len(r) + len(c) for r, c, _ in pairs),
        factdiff_s=timed(lambda: run_factdiff(pairs)),
        spacy_s=timed(lambda: run_spacy(pairs)),
        rules_s=timed(lambda: run_factdiff(pairs, verifier=False)),
    )


def peak_rss_mb(who: int) -> float:
    kilobytes_or_bytes = resource.getrusage(who).ru_maxrss
    return kilobytes_or_bytes / (1024 * 1024 if sys.platform == "darwin" else 1024)


# the throughput table: heading, key in Throughput.as_dict(), format
COLUMNS = [
    ("pairs", "pairs", "d"),
    ("chars", "chars", "d"),
    ("factdiff s", "factdiff_s", ".2f"),
    ("pairs/s", "factdiff_pairs_per_s", ".2f"),
    ("ms/1k ch", "factdiff_ms_per_1000_chars", ".1f"),
    ("spaCy s", "spacy_s", ".2f"),
    ("pairs/s", "spacy_pairs_per_s", ".2f"),
    ("ms/1k ch", "spacy_ms_per_1000_chars", ".1f"),
    ("ratio", "ratio", ".2f"),
    ("rules s", "rules_s", ".2f"),
    ("ratio", "rules_ratio", ".2f"),
    ("on/off", "verifier_throughput", ".2f"),
]


def print_table(results: dict) -> None:
    def line(label: str, value: str, target: str = "", ok: bool = True) -> None:
        print(f"{label:<36}{value:>20}" + (f"   target {target}: {'ok' if ok else 'MISSED'}" if target else ""))

    cold, load, peak = results["cold_start_s"], results["load_s"], results["peak_rss_mb"]
    print(f"factdiff speed  (Python {sys.version.split()[0]}, {os.cpu_count()} CPUs)\n")
    median = cold["median"]
    line(
        f"cold start, CLI (median of {len(cold['runs'])})",
        f"{median:.2f} s",
        f"< {COLD_START_TARGET_S:g} s",
        median < COLD_START_TARGET_S,
    )
    line("  runs", " / ".join(f"{t:.2f}" for t in cold["runs"]) + " s")
    line("import factdiff.engine", f"{load['import']:.2f} s")
    line("load spaCy pipeline (load_nlp)", f"{load['spacy']:.2f} s")
    line("load encoder (load_encoder)", f"{load['encoder']:.2f} s")
    line("load verifier (load_verifier)", f"{load['verifier']:.2f} s")

    print("\n" + f"{'workload':<18}" + "".join(f"{heading:>11}" for heading, _, _ in COLUMNS))
    for t in results["throughput"]:
        cells = "".join(f"{t[key]:>11{spec}}" for _, key, spec in COLUMNS)
        ratio_ok = "ok" if t["ratio"] <= RATIO_TARGET else "MISSED"
        verifier_ok = "ok" if t["verifier_throughput"] >= VERIFIER_TARGET else "MISSED"
        print(f"{t['workload']:<18}{cells}   ratio <= {RATIO_TARGET:g}: {ratio_ok}; on/off >= {VERIFIER_TARGET:g}: {verifier_ok}")
    print(
        "(ratio: factdiff time / spaCy time; 'rules s' and its ratio: factdiff without the trained verifier; "
        "on/off: pairs/s with the verifier / pairs/s without)"
    )

    print()
    line("peak RSS, this process", f"{peak['process']:.0f} MB")
    line("peak RSS, largest CLI subprocess", f"{peak['cli']:.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=200, help="how many WMT23 pairs to time (default 200)")
    parser.add_argument("--seed-repeats", type=int, default=10, help="how many times to compare the seed pair (default 10)")
    parser.add_argument("--cold-runs", type=int, default=3, help="fresh CLI processes to time (default 3)")
    parser.add_argument("--warmup", type=int, default=3, help="pairs of each workload run untimed first (default 3)")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the figures to FILE as JSON")
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")

    runs = cold_starts(args.cold_runs)

    # imported here, not at the top, so that the import and each model load are timed apart
    start = time.perf_counter()
    from factdiff.analyse.embed import load_encoder
    from factdiff.analyse.pipeline import load_nlp
    from factdiff.engine import compare
    from factdiff.verifier.runtime import load_verifier

    load = {
        "import": time.perf_counter() - start,
        "spacy": timed(load_nlp),
        "encoder": timed(load_encoder),
        "verifier": timed(load_verifier),
    }
    nlp = load_nlp()

    seed = (SEED_REFERENCE.read_text(encoding="utf-8"), SEED_CANDIDATE.read_text(encoding="utf-8"), "rewrite")
    throughput = [
        measure(f"seed x{args.seed_repeats}", [seed] * args.seed_repeats, args.warmup, compare, nlp),
        measure(f"wmt23 first {args.pairs}", read_wmt(args.pairs), args.warmup, compare, nlp),
    ]
    results = {
        "cold_start_s": {"median": statistics.median(runs), "runs": runs, "target": COLD_START_TARGET_S},
        "load_s": load,
        "throughput": [t.as_dict() for t in throughput],
        "peak_rss_mb": {"process": peak_rss_mb(resource.RUSAGE_SELF), "cli": peak_rss_mb(resource.RUSAGE_CHILDREN)},
    }
    print_table(results)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
