"""What one comparison costs as its input grows, on news text and on pathological text of the same size.

Texts (the reference; the candidate is the same with every ninth number changed, so that nothing is skipped as identical):
- news: articles of the FRANK XSum benchmark (../shared/benchmarks/frank-xsum.jsonl) one after the other;
- lines: the same words cut into lines of three to five words (many short sentences);
- long line: the same text with every sentence end and line break removed (one sentence);
- word lines: one word a line, the most sentences a text of its size can have.

Each case runs in a fresh process that loads the models, warms them on a small pair, then times one `compare` of the
pair (the trained verifier on, as shipped); peak memory is that process's peak resident set, models included (the
baseline after the warm-up is shown apart). A case past --limit-s or --max-mb is stopped and shown as such, a text
factdiff refuses (over --max-chars, or too many sentences) as refused, with the time it took to refuse it. The table
gives seconds and peak memory by size, and each pathological text's time as a multiple of news text of its size.

Run it from the repository root with the venv active:

    HF_HUB_OFFLINE=1 python benchmarks/cost.py [--sizes 10000 100000] [--json cost.json]
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

import psutil

from factdiff.read import DEFAULT_MAX_CHARS

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT.parent / "shared" / "benchmarks" / "frank-xsum.jsonl"
KINDS = ("news", "lines", "long line", "word lines")


def news(size: int) -> str:
    """Distinct news articles, one after the other, cut to `size` characters at a word boundary."""
    articles: dict[str, None] = {}
    with ARTICLES.open(encoding="utf-8") as lines:
        for line in lines:
            articles.setdefault(json.loads(line)["reference"], None)
    text = "\n\n".join(articles)
    while len(text) < size:
        text += "\n\n" + text
    return text[:size].rsplit(" ", 1)[0]


def make_text(kind: str, size: int) -> str:
    text = news(size)
    if kind == "lines":
        words = text.split()
        lines, at, n = [], 0, 0
        while at < len(words):
            width = 3 + n % 3
            lines.append(" ".join(words[at : at + width]))
            at, n = at + width, n + 1
        return "\n".join(lines)[:size]
    if kind == "long line":
        return re.sub(r"[.!?\n]+", " ", text)
    if kind == "word lines":
        return "\n".join(text.split())[:size]
    return text


def changed(text: str) -> str:
    """The candidate: every ninth number one more."""
    count = 0

    def bump(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return str(int(match.group()) + 1) if count % 9 == 0 else match.group()

    return re.sub(r"\d+", bump, text)


def measure_one(kind: str, size: int, max_chars: int) -> dict[str, object]:
    """In this process: load, warm up, time one comparison (or its refusal); seconds, peak and baseline memory in MB."""
    from factdiff.cli import _load_thinc_without_torch

    _load_thinc_without_torch()
    from factdiff.engine import compare, compare_sources
    from factdiff.read import InputError, source_from_text

    compare("The council approved 12 homes on Monday.", "The council approved 21 homes on Tuesday.")
    baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    reference = make_text(kind, size)
    candidate = changed(reference)
    start = time.perf_counter()
    try:
        sources = source_from_text(reference, "reference", max_chars), source_from_text(candidate, "candidate", max_chars)
        sentences: object = compare_sources(*sources).reference.sentences
    except InputError as exc:
        sentences = f"refused: {exc}"
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"seconds": seconds, "peak_mb": peak, "baseline_mb": baseline, "chars": len(reference), "sentences": sentences}


def run_case(kind: str, size: int, max_chars: int, limit_s: float, max_mb: float) -> dict[str, object]:
    """One case in a fresh process, stopped past the time or memory limit."""
    command = [sys.executable, __file__, "--one", kind, str(size), "--max-chars", str(max_chars)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    watched, started, peak = psutil.Process(process.pid), time.monotonic(), 0.0
    stopped = None
    while process.poll() is None:
        try:
            peak = max(peak, watched.memory_info().rss / 2**20)
        except psutil.NoSuchProcess:
            break
        if peak > max_mb:
            stopped = f"over {max_mb:,.0f} MB"
        elif time.monotonic() - started > limit_s:
            stopped = f"over {limit_s:,.0f} s"
        if stopped:
            process.kill()
            break
        time.sleep(0.2)
    output, _ = process.communicate()
    if stopped or process.returncode != 0:
        return {"kind": kind, "size": size, "stopped": stopped or f"exit {process.returncode}", "peak_mb": peak}
    return {"kind": kind, "size": size, **json.loads(output)}


def print_table(results: list[dict[str, object]]) -> None:
    news_s = {r["size"]: r["seconds"] for r in results if r["kind"] == "news" and "seconds" in r}
    print(f"{'text':<10} {'size':>10} {'sentences':>9} {'seconds':>9} {'x news':>7} {'peak MB':>8} {'(models)':>8}")
    for r in results:
        if "stopped" in r:
            print(f"{r['kind']:<10} {r['size']:>10,} {'':>9} {'stopped ' + r['stopped']:>27}")
            continue
        refused = isinstance(r["sentences"], str)
        ratio = r["seconds"] / news_s[r["size"]] if r["size"] in news_s and r["kind"] != "news" and not refused else None
        shown = f"{ratio:.1f}" if ratio is not None else ""
        sentences = "refused" if refused else f"{r['sentences']:,}"
        print(
            f"{r['kind']:<10} {r['size']:>10,} {sentences:>9} {r['seconds']:>9.1f} {shown:>7} "
            f"{r['peak_mb']:>8,.0f} {r['baseline_mb']:>8,.0f}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000], help="characters (default 10,000 and 100,000)")
    parser.add_argument("--max-chars", type=int, default=DEFAULT_MAX_CHARS, help="factdiff's limit on a text (default: its own)")
    parser.add_argument("--kinds", nargs="+", choices=KINDS, default=list(KINDS))
    parser.add_argument("--limit-s", type=float, default=600, help="stop a case after this many seconds (default 600)")
    parser.add_argument("--max-mb", type=float, default=6000, help="stop a case above this resident memory (default 6,000 MB)")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the figures to FILE as JSON")
    parser.add_argument("--one", nargs=2, metavar=("KIND", "SIZE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure_one(args.one[0], int(args.one[1]), args.max_chars)))
        return
    results = []
    for size in args.sizes:
        for kind in args.kinds:
            results.append(run_case(kind, size, args.max_chars, args.limit_s, args.max_mb))
            print(f"  {kind} {size:,}: {results[-1]}", file=sys.stderr)
    print_table(results)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
