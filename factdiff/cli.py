"""The command line: `factdiff compare REFERENCE CANDIDATE` (see CONTRACT.md)."""

from __future__ import annotations

import os
import shlex
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TextIO

import typer
from typer._click.exceptions import ClickException, NoArgsIsHelpError

from factdiff.examples import EXAMPLES
from factdiff.examples import FOLDER as EXAMPLES_FOLDER
from factdiff.model import Report, Severity
from factdiff.read import DEFAULT_MAX_CHARS, InputError, detect_language, ensure_english, read_source
from factdiff.startup import load_thinc_without_torch
from factdiff.web import DEFAULT_HOST, DEFAULT_MAX_BODY_BYTES, DEFAULT_PORT, DEFAULT_READ_TIMEOUT_S, DEFAULT_TIMEOUT_S, LOOPBACK_HOSTS

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Find the factual discrepancies between two English texts: a report and its rewrite, translation, summary or AI output. "
    "Try it on an example pair: factdiff example.",
)


class Mode(StrEnum):
    rewrite = "rewrite"
    translation = "translation"
    summary = "summary"


class Format(StrEnum):
    text = "text"
    json = "json"
    html = "html"


class Split(StrEnum):
    dev = "dev"
    test = "test"


class FailOn(StrEnum):
    minor = "minor"
    major = "major"
    critical = "critical"
    never = "never"


def fail(message: str) -> typer.Exit:
    """One line on stderr and exit status 2: how bad input ends, never with a traceback."""
    typer.echo(f"factdiff: {message}", err=True)
    return typer.Exit(2)


def exit_status(report: Report, fail_on: FailOn) -> int:
    if fail_on == FailOn.never:
        return 0
    threshold = Severity(fail_on.value)
    return int(any(f.severity.rank >= threshold.rank for f in report.findings))


@app.command()
def compare(
    reference: str | None = typer.Argument(
        None, metavar="REFERENCE", help="The reference text: a file path, or - for standard input.", show_default=False
    ),
    candidate: str | None = typer.Argument(
        None, metavar="CANDIDATE", help="The text to check against it: a file path, or - for standard input.", show_default=False
    ),
    mode: Mode = typer.Option(
        Mode.rewrite, help="rewrite and translation: omissions count; summary: only what the candidate says is checked."
    ),
    format: Format = typer.Option(Format.text, "--format", "-f", help="text for people, json for programs, html to look at."),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write the report to this file instead of standard output."),
    fail_on: FailOn = typer.Option(FailOn.major, help="Exit 1 when a finding is at or above this severity."),
    max_chars: int = typer.Option(
        DEFAULT_MAX_CHARS, help="Refuse inputs longer than this many characters (above the default, time and memory are not bounded)."
    ),
    verifier: bool | None = typer.Option(
        None,
        "--verifier/--no-verifier",
        help="Run the trained verifier too, or not (default: in the modes its meta.json lists; the shipped model: all three).",
    ),
    source: str | None = typer.Option(
        None, "--source", metavar="FILE", help="The original-language source of a translation, checked beside the English REFERENCE."
    ),
    source_lang: str | None = typer.Option(
        None, "--source-lang", metavar="CODE", help="The source's language as a BCP 47 code (zh, ko, he, de, ru...); default: detected."
    ),
    profile: str | None = typer.Option(
        None,
        "--profile",
        metavar="NAME",
        help="Score with the calibration fitted on one kind of text instead of the mode's (`factdiff compare --profile list` lists them).",
    ),
) -> None:
    """Compare CANDIDATE with REFERENCE and list every factual discrepancy.

    With --mode translation, REFERENCE may be the source in another language (Chinese, Korean, Hebrew, German, Russian...)."""
    if profile is not None:
        from factdiff.score import profiles

        known = profiles()
        if profile == "list":
            for name, for_mode in known.items():
                typer.echo(f"{name:<34} {for_mode:<12} fitted on the dev split of the benchmark file {name}.jsonl")
            raise typer.Exit(0)
        if profile not in known:
            raise fail(f"no calibration profile {profile!r}; the profiles are {', '.join(known)} (--profile list)")
        if known[profile] != mode.value:
            raise fail(f"calibration profile {profile!r} is for --mode {known[profile]}, not {mode.value}")
        if source is not None:
            raise fail("--profile scores comparisons with an English reference only, not with --source")
    if reference is None or candidate is None:
        raise fail("give the two texts: factdiff compare REFERENCE CANDIDATE (a file path each, or - for standard input)")
    if [reference, candidate, source].count("-") > 1:
        raise fail("only one of REFERENCE, CANDIDATE and --source can be - (standard input)")
    try:
        ref_source = read_source(reference, max_chars)
        cand_source = read_source(candidate, max_chars)
        src_source = read_source(source, max_chars) if source is not None else None
        ensure_english(cand_source)
        detected = source_lang or detect_language(ref_source)
        foreign = src_source is None and detected != "en"
        if foreign and mode != Mode.translation:
            shown = detected if detected != "und" else "a script other than Latin"
            raise InputError(
                f"{ref_source.name}: does not look like English (detected: {shown}); "
                "factdiff compares English texts, or a translation with its source (--mode translation)"
            )
        if foreign and profile is not None:
            raise InputError("--profile scores comparisons with an English reference only, not with a source in another language")
        if not foreign:
            ensure_english(ref_source)
    except InputError as exc:
        raise fail(str(exc)) from None
    try:
        from factdiff.crosslingual.engine import compare_source, compare_with_source
        from factdiff.engine import compare_sources
        from factdiff.report import RENDERERS

        with working(f"comparing {len(ref_source.plain) + len(cand_source.plain):,} characters"):
            if src_source is not None:
                report = compare_with_source(ref_source, src_source, cand_source, mode.value, source_lang, verifier)
            elif foreign:
                report = compare_source(ref_source, cand_source, mode.value, source_lang)
            else:
                report = compare_sources(ref_source, cand_source, mode.value, verifier)
                if profile is not None:
                    from factdiff.score import rescore

                    report = rescore(report, profile)
    except (InputError, OSError) as exc:
        raise fail(str(exc)) from None
    except ImportError as exc:
        raise fail(f"a source in another language needs the source extras (pip install -e '.[source]'): {exc}") from None
    except Exception as exc:  # a bug must still end in one line, not a traceback
        if os.environ.get("FACTDIFF_DEBUG"):
            raise
        raise fail(f"internal error ({type(exc).__name__}: {exc}); please report it with the two inputs") from None
    color = output is None and format == Format.text and sys.stdout.isatty()
    extra = {"source": src_source.original} if src_source is not None else {}
    rendered = RENDERERS[format.value](report, ref_source.original, cand_source.original, color=color, **extra)
    if output is None:
        sys.stdout.write(rendered)
    else:
        try:
            output.write_text(rendered, encoding="utf-8")
        except OSError as exc:
            raise fail(f"{output}: cannot write ({exc.strerror or exc})") from None
    raise typer.Exit(exit_status(report, fail_on))


@contextmanager
def working(message: str, after_s: float = 2.0, stream: TextIO | None = None) -> Iterator[None]:
    """On a terminal, a spinner with the time elapsed once the work inside has taken `after_s` seconds, so that a long
    comparison does not look hung; gone when it ends. Nothing when standard error is not a terminal."""
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    stream = stream or sys.stderr
    if not stream.isatty():
        yield
        return
    progress = Progress(SpinnerColumn(), TextColumn(message), TimeElapsedColumn(), console=Console(file=stream), transient=True)
    progress.add_task(message, total=None)
    timer = threading.Timer(after_s, progress.start)
    timer.start()
    try:
        yield
    finally:
        timer.cancel()
        timer.join()
        progress.stop()


@app.callback()
def main() -> None:
    """factdiff: diff for facts."""


@app.command()
def example(
    name: str | None = typer.Argument(
        None, metavar="NAME", help=f"Which example: {', '.join(EXAMPLES)} (default: {next(iter(EXAMPLES))})."
    ),
    format: Format = typer.Option(Format.text, "--format", "-f", help="text for people, json for programs, html to look at."),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write the report to this file instead of standard output."),
    list_examples: bool = typer.Option(False, "--list", help="List the examples: name, mode, what each shows, and where the files are."),
) -> None:
    """Compare an example pair that ships with factdiff and show the report (exit 0 whatever it finds).

    Short made-up texts in all three modes: a changed number, swapped roles, a lost negation, a wrong date, a translation
    checked against its German source, a faithful paraphrase.

    The `factdiff compare` command that gives the same report goes to standard error: try its options on the same files.
    """
    if list_examples:
        for item in EXAMPLES.values():
            typer.echo(f"{item.name:<11} {item.mode:<12} {item.about}")
        typer.echo(f"\nfiles: {EXAMPLES_FOLDER / 'NAME' / 'reference.txt'} and candidate.txt")
        return
    chosen = EXAMPLES.get(name or next(iter(EXAMPLES)))
    if chosen is None:
        raise fail(f"no example {name!r}; the examples are {', '.join(EXAMPLES)}")
    files = f"{shlex.quote(str(chosen.reference))} {shlex.quote(str(chosen.candidate))}"
    typer.echo(f"factdiff: example {chosen.name!r}, {chosen.about}; the same as\n  factdiff compare {files} --mode {chosen.mode}", err=True)
    compare(
        str(chosen.reference),
        str(chosen.candidate),
        mode=Mode(chosen.mode),
        format=format,
        output=output,
        fail_on=FailOn.never,
        max_chars=DEFAULT_MAX_CHARS,
        verifier=None,
        source=None,
        source_lang=None,
        profile=None,
    )


@app.command("eval")
def eval_command(
    files: list[Path] = typer.Argument(..., help="Benchmark files (JSONL, the ../shared/benchmarks format)."),
    split: Split = typer.Option(Split.test, help="The split to report; thresholds are always chosen on dev."),
    limit: int | None = typer.Option(None, help="A random sample of this many pairs per split (fixed seed)."),
    seed: int = typer.Option(13, help="Seed of the random sample."),
    workers: int | None = typer.Option(None, help="Worker processes (default: the number of cores)."),
    output_dir: Path = typer.Option(Path("results"), "--output-dir", "-o", help="Where eval.json, eval.md and the ROC plots go."),
    source: bool = typer.Option(
        False, "--source", help="Check each pair against its source too (<file>.source.jsonl): reference, source and both side by side."
    ),
) -> None:
    """Measure factdiff against human labels and baselines (chrF, BLEU, MiniLM cosine)."""
    files = [p for p in files if not p.name.endswith(".source.jsonl")]  # a sidecar is read with its file
    for path in files:
        if not path.is_file():
            raise fail(f"{path}: no such file")
    if source:
        try:
            from factdiff.evaluation.source import evaluate_sources

            evaluate_sources(files, split.value, limit, workers, output_dir, seed)
        except ImportError as exc:
            raise fail(f"factdiff eval --source needs the eval and source extras (pip install -e '.[eval,source]'): {exc}") from None
        except (KeyError, ValueError) as exc:
            raise fail(f"cannot evaluate: {exc}") from None
        typer.echo((output_dir / "eval-source.md").read_text())
        return
    try:
        from factdiff.evaluation.evaluate import evaluate
    except ImportError as exc:
        raise fail(f"factdiff eval needs the eval extras (pip install -e '.[eval]'): {exc}") from None
    try:
        evaluate(files, split.value, limit, workers, output_dir, seed)
    except (KeyError, ValueError) as exc:
        raise fail(f"cannot evaluate: {exc}") from None
    typer.echo((output_dir / "eval.md").read_text())
    typer.echo(f"written: {output_dir / 'eval.json'}, {output_dir / 'eval.md'} and the ROC plots")


@app.command()
def train(
    output_dir: Path = typer.Option(Path("training/model"), "--output-dir", "-o", help="Where verifier.onnx and meta.json go."),
    data: list[Path] = typer.Option(
        None, "--data", help="MQM benchmark files whose dev splits are trained on (default: the MQM files in ../shared/benchmarks)."
    ),
    epochs: float = typer.Option(2.0, min=0.01, help="Passes over the training pairs (the shipped model: 2)."),
    batch_size: int = typer.Option(16, min=1),
    seed: int = typer.Option(13),
    limit: int | None = typer.Option(None, min=8, help="Train on at most this many pairs (a quick trial)."),
    base: Path | None = typer.Option(None, help="A BERT-like model directory to start from (default: the bundled MiniLM)."),
    threads: int = typer.Option(os.cpu_count() or 1, min=1, help="CPU threads for torch."),
    weight: float = typer.Option(0.5, min=0.0, max=1.0, help="Weight of the pair probability in the eval's report/1 score."),
    summaries: list[Path] = typer.Option(
        None,
        "--summaries",
        help="Summary benchmark files whose dev splits are trained on (default: the aggrefact files in ../shared/benchmarks).",
    ),
    no_summaries: bool = typer.Option(False, "--no-summaries", help="Train on translations only."),
    summary_fold: int = typer.Option(
        0, min=0, max=2, help="Which third of the summary articles to keep out (the shipped model: 0; 1 and 2 for cross-validation)."
    ),
    extra_summaries: list[Path] = typer.Option(
        None,
        "--extra-summaries",
        help="More summary files whose dev splits are cut into training windows (a third of their articles kept out; never FaithBench).",
    ),
    nli: list[Path] = typer.Option(
        None,
        "--nli",
        help="Human-made NLI pairs (*.jsonl.gz, the format of ../shared/training/nli) for the pair head; test splits are passed over.",
    ),
    nli_per_dataset: int = typer.Option(
        5000, min=1, help="At most this many NLI pairs from each dataset (a sample that keeps each label's share)."
    ),
    held_out_file: Path | None = typer.Option(None, help="Write the held-out pairs here (JSONL), to compare models on them."),
    written: list[Path] = typer.Option(
        None,
        "--written",
        help="Hand-written pairs with annotated errors (the format of benchmarks/independent/set*.jsonl), cut into windows; "
        "only sets already read: a set kept for measuring must not be trained on.",
    ),
    written_pairs: int | None = typer.Option(None, min=1, help="At most this many of the --written pairs (drawn with the seed)."),
) -> None:
    """Train the verifier from MiniLM on this CPU (dev splits and synthetic pairs only) and export it to int8 ONNX."""
    import logging

    from factdiff.verifier.train import TrainOptions
    from factdiff.verifier.train import train as run_training

    data = data or sorted(p for p in Path("../shared/benchmarks").glob("*mqm*.jsonl") if not p.name.endswith(".source.jsonl"))
    if no_summaries:
        summaries = []
    elif summaries is None:
        summaries = sorted(Path("../shared/benchmarks").glob("aggrefact*.jsonl"))
    extra_summaries, nli, written = extra_summaries or [], nli or [], written or []
    for path in data + summaries + extra_summaries + nli + written:
        if not path.is_file():
            raise fail(f"{path}: no such file")
    if not data:
        raise fail("no training data: give --data FILE (an MQM file of the ../shared/benchmarks format)")
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(message)s", datefmt="%H:%M:%S"))
    logging.getLogger("factdiff.train").addHandler(handler)
    logging.getLogger("factdiff.train").setLevel(logging.INFO)
    logging.getLogger("factdiff.train").propagate = False
    try:
        options = TrainOptions(
            output_dir,
            data,
            base,
            epochs,
            batch_size,
            seed=seed,
            limit=limit,
            threads=threads,
            weight=weight,
            summaries=summaries,
            summary_fold=summary_fold,
            extra_summaries=extra_summaries,
            nli=nli,
            nli_per_dataset=nli_per_dataset,
            held_out_file=held_out_file,
            written=written,
            written_pairs=written_pairs,
        )
        meta = run_training(options)
    except ImportError as exc:
        raise fail(f"factdiff train needs the train extras (pip install -e '.[train]'): {exc}") from None
    typer.echo(
        f"written: {output_dir / 'verifier.onnx'} ({meta['recipe']['minutes']} min); use it with FACTDIFF_VERIFIER_MODEL={output_dir}"
    )


class BatchEngine(StrEnum):
    local = "local"
    dask = "dask"


@app.command()
def batch(
    source: Path = typer.Argument(..., metavar="IN", help="Records {id, reference, candidate, mode}: JSONL or Parquet, by extension."),
    output: Path = typer.Option(..., "--output", "-o", metavar="OUT", help="Where one record per input record goes: JSONL or Parquet."),
    workers: int | None = typer.Option(None, min=1, help="Worker processes (default: the number of cores); with dask, the LocalCluster's."),
    resume: bool = typer.Option(False, "--resume", help="Continue an interrupted run: keep what OUT has and do the rest."),
    engine: BatchEngine = typer.Option(BatchEngine.local, help="local: worker processes on this machine; dask: a Dask cluster."),
    scheduler: str | None = typer.Option(None, help="With --engine dask, the scheduler (tcp://HOST:PORT); without it, a LocalCluster."),
    mode: Mode = typer.Option(Mode.rewrite, help="The mode of records that name none."),
    profile: str | None = typer.Option(
        None,
        "--profile",
        metavar="NAME",
        help="The calibration profile of records that name none (a record's own `profile` field wins; "
        "`factdiff compare --profile list` lists them). A record of another mode gets an invalid_profile error.",
    ),
) -> None:
    """Compare every record of IN and write one output record each to OUT, in input order (CONTRACT.md, Batch)."""
    if scheduler and engine != BatchEngine.dask:
        raise fail("--scheduler needs --engine dask")
    if profile is not None:
        from factdiff.score import profiles

        if profile not in profiles():
            raise fail(f"no calibration profile {profile!r}; the profiles are {', '.join(profiles())}")
    from factdiff.batch import BatchError, BatchOptions, run_batch

    options = BatchOptions(workers=workers, engine=engine.value, scheduler=scheduler, mode=mode.value, profile=profile, resume=resume)
    try:
        summary = run_batch(source, output, options)
    except BatchError as exc:
        raise fail(str(exc)) from None
    except ImportError as exc:
        raise fail(f"factdiff batch needs the batch extras (pip install -e '.[batch]'): {exc}") from None
    except KeyboardInterrupt:
        typer.echo("factdiff: interrupted; what is written is kept: run the same command with --resume to continue", err=True)
        raise typer.Exit(130) from None
    except Exception as exc:  # a lost Dask worker, or a bug: one line, and the run can still be resumed
        if os.environ.get("FACTDIFF_DEBUG"):
            raise
        raise fail(f"stopped ({type(exc).__name__}: {exc}); what is written is kept: continue with --resume") from None
    typer.echo(f"factdiff: {summary.line(output)}", err=True)


@app.command()
def serve(
    host: str = typer.Option(DEFAULT_HOST, help="Address to listen on: 127.0.0.1 keeps it on this machine; 0.0.0.0 opens it to all."),
    port: int = typer.Option(DEFAULT_PORT, min=0, max=65535, help="The port (0: any free port)."),
    workers: int | None = typer.Option(None, min=1, help="Worker processes, each loading the models once (default: one per core)."),
    max_body: int = typer.Option(DEFAULT_MAX_BODY_BYTES, min=1, help="Refuse request bodies over this many bytes (413)."),
    timeout: float = typer.Option(DEFAULT_TIMEOUT_S, min=0.1, help="Per-request time limit in seconds (504; the comparison is stopped)."),
    read_timeout: float = typer.Option(
        DEFAULT_READ_TIMEOUT_S, min=0.1, help="Close a connection that has not sent its whole request within this many seconds."
    ),
    allow_host: list[str] = typer.Option(
        None,
        "--allow-host",
        metavar="NAME",
        help="Answer requests for this host name too (repeatable; * for any). Default: loopback names and --host.",
    ),
) -> None:
    """Serve the web page (side-by-side view) and the HTTP API (POST /v1/compare, docs at /docs)."""
    try:
        from factdiff.web.serve import bind, is_loopback, run, url_of
    except ImportError as exc:
        raise fail(f"factdiff serve needs the web extras (pip install -e '.[web]'): {exc}") from None
    try:
        sock = bind(host, port)
    except OSError as exc:
        raise fail(f"cannot listen on {host}:{port} ({exc.strerror or exc})") from None
    # a request must name the server: a loopback name, the address it listens on, or one given with --allow-host
    allowed = [*LOOPBACK_HOSTS, *([host] if host not in ("0.0.0.0", "::") else []), *(allow_host or [])]
    if not is_loopback(host):
        typer.echo(f"factdiff: warning: listening on {host}, reachable from other machines, with no authentication", err=True)
        if "*" not in allowed:
            names = ", ".join(dict.fromkeys(allowed))
            typer.echo(f"factdiff: answering requests for {names} only (--allow-host NAME for the names clients use)", err=True)
    typer.echo(f"factdiff: serving on {url_of(sock)} (requests wait while the models load)", err=True)
    if not run(sock, workers, max_body, timeout, allowed, read_timeout):
        raise fail("the server could not start (see the log above)")


def run() -> None:
    """The console script: one-line errors, exit status 2 for bad usage, no traceback."""
    load_thinc_without_torch()
    try:
        code = app(standalone_mode=False)
    except NoArgsIsHelpError:
        app(["--help"], standalone_mode=False)
        code = 2
    except ClickException as exc:
        typer.echo(f"factdiff: {exc.format_message()} (see factdiff --help)", err=True)
        code = 2
    except (KeyboardInterrupt, typer.Abort):
        typer.echo("factdiff: interrupted", err=True)
        code = 130
    except BrokenPipeError:
        code = 0
    sys.exit(code if isinstance(code, int) else 0)
