"""The example pairs that ship in the package (`factdiff/examples/`) and `factdiff example`, which shows one in one command.

The command runs the installed console script as a subprocess, as a user would.
"""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

import factdiff
from factdiff.examples import EXAMPLES, FOLDER
from factdiff.model import MODES, FindingType, Severity

FACTDIFF = Path(sys.executable).parent / "factdiff"
REPORT_TIMEOUT = 60


def cli_env() -> dict[str, str]:
    """Offline; help on long lines (words are not broken apart); one hash seed, so that two runs can be compared."""
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "COLUMNS": "200", "PYTHONHASHSEED": "0"}
    env.pop("FACTDIFF_DEBUG", None)
    return env


def run_example(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(FACTDIFF), "example", *args], capture_output=True, text=True, timeout=REPORT_TIMEOUT, env=cli_env())


def test_examples_file_lists_each_example_once_with_both_texts():
    entries = json.loads((FOLDER / "examples.json").read_text(encoding="utf-8"))
    assert len(entries) == len(EXAMPLES), "an example name is given twice"
    for example in EXAMPLES.values():
        assert example.reference.read_text(encoding="utf-8").strip(), example.name
        assert example.candidate.read_text(encoding="utf-8").strip(), example.name
        assert example.about


def test_examples_cover_every_mode_with_known_error_types_and_a_faithful_pair():
    assert {e.mode for e in EXAMPLES.values()} == set(MODES)
    assert all(t in {f.value for f in FindingType} for e in EXAMPLES.values() for t in e.errors)
    assert any(not e.errors for e in EXAMPLES.values()), "no faithful pair"


@pytest.mark.parametrize("name", list(EXAMPLES))
def test_each_example_shows_the_errors_put_into_it_and_no_other_serious_one(name: str):
    example = EXAMPLES[name]
    reference = example.reference.read_text(encoding="utf-8")
    report = factdiff.compare(reference, example.candidate.read_text(encoding="utf-8"), mode=example.mode)
    serious = {f.type.value for f in report.findings if f.severity.rank >= Severity.MAJOR.rank}
    assert serious == set(example.errors), [f.message for f in report.findings]
    assert report.verdict == ("inconsistent" if example.errors else "consistent")


def test_example_without_a_name_shows_the_first_examples_report_and_exits_zero():
    first = next(iter(EXAMPLES.values()))
    result = run_example()
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout.startswith(f"candidate.txt against reference.txt  ({first.mode})")
    assert "finding" in result.stdout
    assert result.stderr.startswith(f"factdiff: example '{first.name}'")


def test_example_report_is_the_one_its_printed_compare_command_gives():
    example = next(e for e in EXAMPLES.values() if e.mode != "rewrite")  # --mode must come through
    result = run_example(example.name, "--format", "json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["schema"] == "factdiff.report/2" and report["mode"] == example.mode
    assert report["candidate"]["chars"] == len(example.candidate.read_text(encoding="utf-8"))
    command = shlex.split(result.stderr.splitlines()[-1])
    assert command[:2] == ["factdiff", "compare"]
    again = subprocess.run(
        [str(FACTDIFF), *command[1:], "--format", "json", "--fail-on", "never"],
        capture_output=True,
        text=True,
        timeout=REPORT_TIMEOUT,
        env=cli_env(),
    )
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout) == report


def test_unknown_example_is_refused_with_one_line_naming_the_examples():
    result = run_example("no-such-example")
    assert result.returncode == 2 and result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("factdiff: ") and "no-such-example" in lines[0]
    assert all(name in lines[0] for name in EXAMPLES)


def test_list_shows_every_example_with_its_mode_and_where_the_files_are():
    result = run_example("--list")
    assert result.returncode == 0, result.stderr
    listed = {line.split()[0]: line.split()[1] for line in result.stdout.splitlines()[: len(EXAMPLES)]}
    assert listed == {e.name: e.mode for e in EXAMPLES.values()}
    assert str(FOLDER) in result.stdout


def test_help_explains_the_example_command():
    overview = subprocess.run([str(FACTDIFF), "--help"], capture_output=True, text=True, timeout=REPORT_TIMEOUT)
    assert "example" in overview.stdout
    result = run_example("--help")
    assert result.returncode == 0
    assert "--list" in result.stdout and "standard error" in result.stdout
    assert all(name in result.stdout for name in EXAMPLES)


def test_a_source_examples_text_report_calls_the_backing_sentences_the_sources():
    result = run_example("source")
    assert result.returncode == 0, result.stderr
    assert "best source" in result.stdout and "best reference" not in result.stdout
    assert "where the source gives" in result.stdout
