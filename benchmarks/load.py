"""Load test of `factdiff serve` from a second process: concurrent clients posting news-length pairs to POST /v1/compare.

Starts `factdiff serve` on a free loopback port (unless --url names a running one), then runs --clients client threads
for --duration seconds or --max-requests requests, whichever ends first, and prints requests per second, latency
percentiles and failures. Meanwhile a probe asks GET /healthz every quarter second: its latency shows whether the event
loop stays free while the workers compare.

The pairs are whole WMT23 zh-en news documents (the segments of one document and one system, joined; 1,500 to 4,100
characters of reference) from ../shared/benchmarks, and the seed pair. Loopback only.

Run it from the repository root with the venv active:

    HF_HUB_OFFLINE=1 python benchmarks/load.py [--clients 8] [--duration 30] [--max-requests 2000] [--workers N] [--json load.json]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import urlsplit

import httpx

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
WMT = SHARED / "benchmarks" / "wmt23-general-zhen-mqm.jsonl"
SEEDS = SHARED / "seeds"
FACTDIFF = Path(sys.executable).parent / "factdiff"
MIN_CHARS, MAX_CHARS = 1_500, 4_100
START_TIMEOUT_S = 120
PROBE_EVERY_S = 0.25


@dataclass(frozen=True)
class Pair:
    reference: str
    candidate: str
    mode: str


@dataclass
class Result:
    """What one run measured; latencies in seconds."""

    clients: int
    duration_s: float
    workers: str
    pairs: int
    mean_chars: int
    requests: int
    failures: int
    requests_per_s: float
    p50_s: float
    p90_s: float
    p99_s: float
    max_s: float
    healthz_p50_ms: float
    healthz_max_ms: float
    errors: list[str]


def news_pairs(limit: int) -> list[Pair]:
    """The seed pair, then whole news documents of WMT23 zh-en (one per document and system), `limit` in all."""
    documents: dict[tuple[str, str], list[tuple[int, dict]]] = defaultdict(list)
    with WMT.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            _, system, rest = record["id"].split("|", 2)
            document, segment = rest.rsplit("|", 1)
            documents[(system, document)].append((int(segment), record))
    pairs = [Pair((SEEDS / "reference.txt").read_text(encoding="utf-8"), (SEEDS / "candidate.txt").read_text(encoding="utf-8"), "rewrite")]
    for key in sorted(documents):
        segments = [record for _, record in sorted(documents[key], key=lambda s: s[0])]
        reference = "\n".join(r["reference"] for r in segments)
        if MIN_CHARS <= len(reference) <= MAX_CHARS:
            pairs.append(Pair(reference, "\n".join(r["candidate"] for r in segments), segments[0]["mode"]))
    return pairs[:limit]


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0-100), nearest rank."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered) + 0.5) - 1))]


def start_server(workers: int | None, log: Path) -> tuple[subprocess.Popen, str]:
    """`factdiff serve` on a free loopback port; its process and URL once /healthz answers."""
    command = [str(FACTDIFF), "serve", "--host", "127.0.0.1", "--port", "0"] + (["--workers", str(workers)] if workers else [])
    with log.open("wb") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, env={**os.environ, "HF_HUB_OFFLINE": "1"})
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            sys.exit(f"factdiff serve exited with {process.returncode}:\n{log.read_text()}")
        found = re.search(r"serving on (http://\S+/)", log.read_text())
        if found:
            try:
                if httpx.get(found.group(1) + "healthz", timeout=2).status_code == 200:
                    return process, found.group(1)
            except httpx.HTTPError:
                pass
        time.sleep(0.2)
    process.kill()
    sys.exit(f"factdiff serve did not answer /healthz within {START_TIMEOUT_S} s:\n{log.read_text()}")


def stop_server(process: subprocess.Popen) -> None:
    process.send_signal(signal.SIGINT)
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@dataclass
class Load:
    """Latencies of the successful requests, the failures, the /healthz latencies, and the wall time, in seconds."""

    latencies: list[float]
    failures: list[str]
    probes: list[float]
    elapsed: float


def run_load(url: str, pairs: list[Pair], clients: int, duration_s: float, max_requests: int) -> Load:
    """`clients` threads posting pairs in turn until the time or the request budget is spent, and the /healthz probe."""
    lock = threading.Lock()
    issued = 0
    latencies: list[float] = []
    failures: list[str] = []
    probes: list[float] = []
    started = time.monotonic()
    deadline = started + duration_s
    finished = threading.Event()

    def client() -> None:
        nonlocal issued
        with httpx.Client(base_url=url, timeout=120) as http:
            while time.monotonic() < deadline:
                with lock:
                    if issued >= max_requests:
                        return
                    pair = pairs[issued % len(pairs)]
                    issued += 1
                sent = time.monotonic()
                try:
                    response = http.post("v1/compare", json=asdict(pair))
                    ok = response.status_code == 200 and response.json().get("schema") == "factdiff.report/2"
                    outcome = "" if ok else f"HTTP {response.status_code}: {response.text[:200]}"
                except httpx.HTTPError as exc:
                    outcome = f"{type(exc).__name__}: {exc}"
                took = time.monotonic() - sent
                with lock:
                    if outcome:
                        failures.append(outcome)
                    else:
                        latencies.append(took)

    def probe() -> None:
        with httpx.Client(base_url=url, timeout=10) as http:
            while not finished.wait(PROBE_EVERY_S):
                sent = time.monotonic()
                if http.get("healthz").status_code == 200:
                    probes.append(time.monotonic() - sent)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    prober = threading.Thread(target=probe)
    for thread in [*threads, prober]:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    finished.set()
    prober.join()
    return Load(latencies, failures, probes, elapsed)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--duration", type=float, default=30.0, help="seconds of load (requests in flight then are let finish)")
    parser.add_argument("--max-requests", type=int, default=2000, help="the most requests sent in all")
    parser.add_argument("--pairs", type=int, default=64, help="how many distinct pairs to send in turn")
    parser.add_argument("--workers", type=int, default=None, help="`factdiff serve --workers` (default: its own, one per core)")
    parser.add_argument("--url", help="a running factdiff serve on loopback, e.g. http://127.0.0.1:8000/")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()

    if args.url and urlsplit(args.url).hostname not in ("127.0.0.1", "localhost", "::1"):
        sys.exit("load.py only loads a server on this machine (127.0.0.1)")
    pairs = news_pairs(args.pairs)
    process = None
    with tempfile.TemporaryDirectory() as scratch:
        if args.url:
            url = args.url.rstrip("/") + "/"
        else:
            began = time.monotonic()
            process, url = start_server(args.workers, Path(scratch) / "serve.log")
            print(f"factdiff serve ready on {url} in {time.monotonic() - began:.1f} s")
        try:
            workers = str(httpx.get(url + "healthz", timeout=10).json().get("workers", "?"))
            load = run_load(url, pairs, args.clients, args.duration, args.max_requests)
        finally:
            if process is not None:
                stop_server(process)

    latencies, failures, probes, elapsed = load.latencies, load.failures, load.probes, load.elapsed
    if not latencies:
        sys.exit(f"no request succeeded: {failures[:3]}")
    result = Result(
        clients=args.clients,
        duration_s=round(elapsed, 1),
        workers=workers,
        pairs=len(pairs),
        mean_chars=round(statistics.mean(len(p.reference) + len(p.candidate) for p in pairs)),
        requests=len(latencies) + len(failures),
        failures=len(failures),
        requests_per_s=round(len(latencies) / elapsed, 2),
        p50_s=round(percentile(latencies, 50), 3),
        p90_s=round(percentile(latencies, 90), 3),
        p99_s=round(percentile(latencies, 99), 3),
        max_s=round(max(latencies), 3),
        healthz_p50_ms=round(1000 * percentile(probes, 50), 1) if probes else float("nan"),
        healthz_max_ms=round(1000 * max(probes), 1) if probes else float("nan"),
        errors=sorted(set(failures))[:5],
    )
    print(
        f"POST /v1/compare, {result.clients} clients for {result.duration_s} s, {result.workers} workers, "
        f"{result.pairs} news-length pairs ({result.mean_chars:,} characters per pair on average), cores: {os.cpu_count()}"
    )
    print(f"  requests      {result.requests} ({result.failures} failed)")
    print(f"  throughput    {result.requests_per_s} requests/s")
    print(f"  latency       p50 {result.p50_s:.2f} s, p90 {result.p90_s:.2f} s, p99 {result.p99_s:.2f} s, max {result.max_s:.2f} s")
    print(f"  GET /healthz  p50 {result.healthz_p50_ms} ms, max {result.healthz_max_ms} ms ({len(probes)} probes during the load)")
    for error in result.errors:
        print(f"  failure: {error}")
    if args.json:
        args.json.write_text(json.dumps(asdict(result), indent=2) + "\n")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
