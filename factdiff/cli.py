"""The command line: `factdiff compare REFERENCE CANDIDATE` (see CONTRACT.md)."""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from pathlib import Path

import typer
from typer._click.exceptions import ClickException, NoArgsIsHelpError

from factdiff.model import Report, Severity
from factdiff.read import DEFAULT_MAX_CHARS, InputError, ensure_english, read_source

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Find the factual discrepancies between two English texts: a report and its rewrite, translation, summary or AI output.",
)


class Mode(StrEnum):
    rewrite = "rewrite"
    translation = "translation"
    summary = "summary"


class Format(StrEnum):
    text = "text"
    json = "json"


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
    reference: str = typer.Argument(..., help="The reference text: a file path, or - for standard input."),
    candidate: str = typer.Argument(..., help="The text to check against it: a file path, or - for standard input."),
    mode: Mode = typer.Option(
        Mode.rewrite, help="rewrite and translation: omissions count; summary: only what the candidate says is checked."
    ),
    format: Format = typer.Option(Format.text, "--format", "-f", help="text for people, json for programs (CONTRACT.md)."),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write the report to this file instead of standard output."),
    fail_on: FailOn = typer.Option(FailOn.major, help="Exit 1 when a finding is at or above this severity."),
    max_chars: int = typer.Option(DEFAULT_MAX_CHARS, help="Refuse inputs longer than this many characters."),
) -> None:
    """Compare CANDIDATE with REFERENCE and list every factual discrepancy."""
    if reference == "-" and candidate == "-":
        raise fail("only one of REFERENCE and CANDIDATE can be - (standard input)")
    try:
        ref_source = read_source(reference, max_chars)
        cand_source = read_source(candidate, max_chars)
        for source in (ref_source, cand_source):
            ensure_english(source)
    except InputError as exc:
        raise fail(str(exc)) from None
    try:
        from factdiff.compare import compare_sources
        from factdiff.report import RENDERERS

        report = compare_sources(ref_source, cand_source, mode.value)
    except OSError as exc:
        raise fail(str(exc)) from None
    except Exception as exc:  # a bug must still end in one line, not a traceback
        if os.environ.get("FACTDIFF_DEBUG"):
            raise
        raise fail(f"internal error ({type(exc).__name__}: {exc}); please report it with the two inputs") from None
    color = output is None and format == Format.text and sys.stdout.isatty()
    rendered = RENDERERS[format.value](report, ref_source.original, cand_source.original, color=color)
    if output is None:
        sys.stdout.write(rendered)
    else:
        try:
            output.write_text(rendered, encoding="utf-8")
        except OSError as exc:
            raise fail(f"{output}: cannot write ({exc.strerror or exc})") from None
    raise typer.Exit(exit_status(report, fail_on))


@app.callback()
def main() -> None:
    """factdiff: diff for facts."""


@app.command("eval")
def eval_command(
    files: list[Path] = typer.Argument(..., help="Benchmark files (JSONL, the ../shared/benchmarks format)."),
    split: Split = typer.Option(Split.test, help="The split to report; thresholds are always chosen on dev."),
    limit: int | None = typer.Option(None, help="A random sample of this many pairs per split (fixed seed)."),
    seed: int = typer.Option(13, help="Seed of the random sample."),
    workers: int | None = typer.Option(None, help="Worker processes (default: the number of cores)."),
    output_dir: Path = typer.Option(Path("results"), "--output-dir", "-o", help="Where eval.json, eval.md and the ROC plots go."),
) -> None:
    """Measure factdiff against human labels and baselines (chrF, BLEU, MiniLM cosine)."""
    for path in files:
        if not path.is_file():
            raise fail(f"{path}: no such file")
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


def _load_thinc_without_torch() -> None:
    """spaCy's thinc imports torch when it is installed (1.6 s of start-up); factdiff never uses it.
    Hide torch while thinc looks for it, then let any later import of torch work as usual."""
    if "torch" in sys.modules:
        return
    sys.modules["torch"] = None  # an import of a module set to None raises ImportError
    try:
        import thinc.compat  # noqa: F401
    finally:
        del sys.modules["torch"]


def run() -> None:
    """The console script: one-line errors, exit status 2 for bad usage, no traceback."""
    _load_thinc_without_torch()
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
