"""How fast `factdiff batch` runs with 1 and 2 workers, locally and on Dask, and whether its memory stays bounded.

Measured in one run, in this order:
1. throughput: the first N pairs (default 2,000) of the WMT23 zh-en MQM benchmark through `run_batch` with the real
   comparison, local engine then Dask engine (a LocalCluster of single-threaded worker processes), 1 then 2 workers.
   Pairs per second are counted from when every worker has loaded its models to the last record written; the start-up
   is shown apart. Peak RSS is of this process and all its descendants (sampled); "others" is the CPU that processes
   outside the run used meanwhile, in cores (on this 2-core machine anything above 0.1 slows the run down). The four
   outputs must be identical;
2. memory: 10,000 and 100,000 records (the same pairs repeated with new ids), each size in a fresh process with 2
   workers, local and Dask. Comparing 100,000 pairs takes most of an hour on two cores, so these runs swap the comparison
   for a stand-in (`stand_in` below: a minimal report per record, no models) that goes through the same reading,
   validation, chunking, scheduling, result ordering and writing as a real run; peak RSS of the whole process tree
   (driver, workers, Dask scheduler and nannies) is sampled every 50 ms. Target: the two peaks within 25% of each other.

Run it from the repository root with the venv active (it needs the batch extras):

    HF_HUB_OFFLINE=1 python benchmarks/batch.py [--pairs 2000] [--sizes 10000 100000] [--json batch.json]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import psutil

from factdiff import __version__
from factdiff.batch import BatchOptions, Job, Output, run_batch
from factdiff.batch.records import Item
from factdiff.model import Report, TextInfo

ROOT = Path(__file__).resolve().parents[1]
WMT = ROOT.parent / "shared" / "benchmarks" / "wmt23-general-zhen-mqm.jsonl"
SCALING_TARGET = 1.7
MEMORY_TOLERANCE = 0.25


@dataclass
class Run:
    """One timed batch run."""

    engine: str
    workers: int
    records: int
    seconds: float
    startup: float
    pairs_per_s: float
    peak_rss_mb: float
    others: float = 0.0  # CPU used meanwhile by processes not of this run, in cores


class Sampler:
    """Samples a process and all its descendants in a thread: `peak` is the largest sum of their resident memory seen,
    `others` the CPU (in cores, on average) that processes outside the tree used meanwhile: other work on the machine."""

    def __init__(self, pid: int, interval: float = 0.05) -> None:
        self._root = psutil.Process(pid)
        self._interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._cpu: dict[int, float] = {}
        self.peak = 0
        self.others = 0.0

    def _sample(self) -> None:
        while not self._stop.is_set():
            total = 0
            try:
                tree = [self._root, *self._root.children(recursive=True)]
            except psutil.Error:
                return
            for process in tree:
                try:
                    with process.oneshot():
                        total += process.memory_info().rss
                        times = process.cpu_times()
                    self._cpu[process.pid] = times.user + times.system
                except psutil.Error:
                    pass
            self.peak = max(self.peak, total)
            self._stop.wait(self._interval)

    def __enter__(self) -> Sampler:
        times = self._root.cpu_times()
        self._root_cpu = times.user + times.system
        self._busy = _busy_cpu()
        self._start = time.perf_counter()
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()
        tree = sum(self._cpu.values()) - self._root_cpu
        self.others = max(0.0, _busy_cpu() - self._busy - tree) / (time.perf_counter() - self._start)


def _busy_cpu() -> float:
    """CPU seconds the whole machine has spent on anything but idling, since boot."""
    times = psutil.cpu_times()
    return sum(times) - times.idle - getattr(times, "iowait", 0.0)


def stand_in(items: list[Item]) -> list[Output]:
    """A trivial worker function for the memory runs: a minimal valid report per job, no comparison."""
    outputs = []
    for item in items:
        if not isinstance(item, Job):
            outputs.append(item)
            continue
        report = Report(
            version=__version__,
            mode=item.mode,
            reference=TextInfo(name="reference", chars=len(item.reference), sentences=1),
            candidate=TextInfo(name="candidate", chars=len(item.candidate), sentences=1),
            score=1.0,
            verdict="consistent",
            findings=[],
            alignment=[],
            signature={"factdiff": __version__, "stand_in": "no comparison"},
        )
        outputs.append(Output(item.id, report=report.to_json(indent=None)))
    return outputs


def write_input(path: Path, pairs: int, repeat_to: int | None = None) -> Path:
    """The first `pairs` WMT23 records, repeated with fresh ids up to `repeat_to` records when given."""
    with WMT.open(encoding="utf-8") as lines:
        rows = [json.loads(line) for _, line in zip(range(pairs), lines, strict=False)]
    total = repeat_to or len(rows)
    with path.open("w", encoding="utf-8") as out:
        for n in range(total):
            row = dict(rows[n % len(rows)])
            row["id"] = f"{row['id']}#{n // len(rows)}"
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


def timed_run(source: Path, output: Path, engine: str, workers: int) -> Run:
    with Sampler(os.getpid()) as sampler:
        summary = run_batch(source, output, BatchOptions(workers=workers, engine=engine, progress=False))
    return Run(engine, workers, summary.written, summary.seconds, summary.startup, summary.rate, sampler.peak / 2**20, sampler.others)


def memory_run(size: int, source: Path, output: Path, engine: str, workers: int) -> Run:
    """A stand-in run in a fresh process, with the peak RSS of its whole process tree."""
    command = [sys.executable, __file__, "--memory-child", str(source), str(output), engine, str(workers)]
    child = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env={**os.environ, "HF_HUB_OFFLINE": "1"})
    with Sampler(child.pid) as sampler:
        stdout, _ = child.communicate()
    if child.returncode != 0:
        sys.exit(f"batch.py: the memory run for {size:,} records ({engine}) failed")
    figures = json.loads(stdout)
    return Run(engine, workers, figures["records"], figures["seconds"], figures["startup"], figures["rate"], sampler.peak / 2**20)


def memory_child(source: str, output: str, engine: str, workers: str) -> None:
    summary = run_batch(Path(source), Path(output), BatchOptions(workers=int(workers), engine=engine, progress=False), stand_in, None)
    print(json.dumps({"records": summary.written, "seconds": summary.seconds, "startup": summary.startup, "rate": summary.rate}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=2000, help="how many WMT23 pairs to compare (default 2,000)")
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000], help="record counts of the memory runs")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the figures to FILE as JSON")
    parser.add_argument("--memory-child", nargs=4, metavar=("IN", "OUT", "ENGINE", "WORKERS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    if args.memory_child:
        memory_child(*args.memory_child)
        return

    print(f"factdiff batch benchmark  (Python {sys.version.split()[0]}, {os.cpu_count()} CPUs)")
    print("load average before: " + " / ".join(f"{x:.2f}" for x in os.getloadavg()) + " (1, 5, 15 min)\n")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        source = write_input(work / "pairs.jsonl", args.pairs)
        runs = []
        print(f"throughput: the first {args.pairs:,} WMT23 zh-en pairs, full comparison")
        print(f"{'engine':<8}{'workers':>8}{'records':>9}{'total s':>9}{'start s':>9}{'pairs/s':>9}{'peak RSS MB':>13}{'others':>8}")
        for engine in ("local", "dask"):
            for workers in (1, 2):
                run = timed_run(source, work / f"{engine}-{workers}.jsonl", engine, workers)
                runs.append(run)
                print(
                    f"{engine:<8}{workers:>8}{run.records:>9,}{run.seconds:>9.1f}{run.startup:>9.1f}{run.pairs_per_s:>9.2f}{run.peak_rss_mb:>13.0f}"
                    f"{run.others:>8.2f}"
                )
        outputs = {(work / f"{r.engine}-{r.workers}.jsonl").read_bytes() for r in runs}
        print(f"the four outputs are identical: {'yes' if len(outputs) == 1 else 'NO'}")
        scaling = {}
        for engine in ("local", "dask"):
            one, two = (r.pairs_per_s for r in runs if r.engine == engine)
            scaling[engine] = two / one
            ok = "ok" if scaling[engine] >= SCALING_TARGET else "MISSED"
            print(f"{engine}: 2 workers / 1 worker = {scaling[engine]:.2f}x   target >= {SCALING_TARGET}: {ok}")

        print("\nmemory: the same pairs repeated, stand-in comparison (see the docstring), 2 workers, peak RSS of the process tree")
        print(f"{'engine':<8}{'records':>9}{'total s':>9}{'records/s':>11}{'peak RSS MB':>13}{'others':>8}")
        memory = []
        for engine in ("local", "dask"):
            for size in args.sizes:
                big = write_input(work / f"repeated-{size}.jsonl", args.pairs, size)
                run = memory_run(size, big, work / f"memory-{engine}-{size}.jsonl", engine, 2)
                memory.append(run)
                print(f"{engine:<8}{run.records:>9,}{run.seconds:>9.1f}{run.pairs_per_s:>11.0f}{run.peak_rss_mb:>13.0f}{run.others:>8.2f}")
        growth = {}
        for engine in ("local", "dask"):
            peaks = [r.peak_rss_mb for r in memory if r.engine == engine]
            growth[engine] = max(peaks) / min(peaks) - 1
            ok = "ok" if growth[engine] <= MEMORY_TOLERANCE else "MISSED"
            print(f"{engine}: largest peak / smallest peak - 1 = {growth[engine]:+.1%}   target <= {MEMORY_TOLERANCE:.0%}: {ok}")
    print("load average after: " + " / ".join(f"{x:.2f}" for x in os.getloadavg()))
    if args.json:
        results = {
            "throughput": [asdict(r) for r in runs],
            "scaling": scaling,
            "memory": [asdict(r) for r in memory],
            "memory_growth": growth,
            "identical_outputs": len(outputs) == 1,
        }
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
