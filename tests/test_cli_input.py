"""Bad and unusual input to `factdiff compare`: a valid report or one line on stderr and exit 2, never a traceback or a hang.

Every test runs the installed console script as a subprocess, as a user would.
"""

from __future__ import annotations

import codecs
import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from factdiff.cli import working

FACTDIFF = Path(sys.executable).parent / "factdiff"
REFUSE_TIMEOUT = 10  # refusals come before the models load
REPORT_TIMEOUT = 60

APPLE_SUES = "Apple sued Samsung in 2019.\n"
SAMSUNG_SUES = "Samsung sued Apple in 2019.\n"


def run_cli(*args: str | Path, stdin: bytes | None = None, timeout: float = REPORT_TIMEOUT) -> subprocess.CompletedProcess[bytes]:
    """Run `factdiff compare ARGS` with standard input `stdin` (empty when None)."""
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    env.pop("FACTDIFF_DEBUG", None)
    return subprocess.run(
        [str(FACTDIFF), "compare", *map(str, args)],
        input=stdin if stdin is not None else b"",
        capture_output=True,
        timeout=timeout,
        env=env,
    )


def assert_refused(result: subprocess.CompletedProcess[bytes], *words: str) -> str:
    """Exit 2 with exactly one 'factdiff: ' line on stderr that mentions each of `words`; return that line."""
    stderr = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 2, stderr
    assert "Traceback" not in stderr
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("factdiff: ")
    assert result.stdout == b""
    for word in words:
        assert word.lower() in lines[0].lower(), lines[0]
    return lines[0]


def assert_report(result: subprocess.CompletedProcess[bytes], reference: str, candidate: str, status: int) -> dict:
    """A JSON report with exit `status` whose spans index the two texts as decoded; return the report."""
    stderr = result.stderr.decode("utf-8", "replace")
    assert "Traceback" not in stderr
    assert result.returncode == status, stderr
    report = json.loads(result.stdout)
    assert report["schema"] == "factdiff.report/2"
    assert report["reference"]["chars"] == len(reference)
    assert report["candidate"]["chars"] == len(candidate)
    assert 0.0 <= report["score"] <= 1.0
    for finding in report["findings"]:
        for key, text in (("reference_span", reference), ("candidate_span", candidate)):
            span = finding.get(key)
            if span is not None:
                assert text[span["start"] : span["end"]] == span["text"], (key, finding)
    return report


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


@pytest.fixture
def apple(tmp_path: Path) -> Path:
    return write(tmp_path / "apple.txt", APPLE_SUES)


@pytest.fixture
def samsung(tmp_path: Path) -> Path:
    return write(tmp_path / "samsung.txt", SAMSUNG_SUES)


def test_missing_file_is_refused_with_one_line(tmp_path: Path, apple: Path) -> None:
    missing = tmp_path / "nowhere.txt"
    assert_refused(run_cli(missing, apple, timeout=REFUSE_TIMEOUT), "nowhere.txt", "no such file")
    assert_refused(run_cli(apple, missing, timeout=REFUSE_TIMEOUT), "nowhere.txt", "no such file")


@pytest.mark.parametrize("content", [b"", b"  \n\t\r\n"], ids=["zero-bytes", "whitespace"])
def test_empty_file_is_refused_with_one_line(tmp_path: Path, apple: Path, content: bytes) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(content)
    assert_refused(run_cli(apple, empty, timeout=REFUSE_TIMEOUT), "empty.txt", "empty")


@pytest.mark.parametrize(
    "content",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
        bytes(b for b in range(1, 256)) * 8,
        bytes((n * 7919) % 255 + 1 for n in range(4000)),
    ],
    ids=["png", "all-bytes-no-nul", "noise-no-nul"],
)
def test_binary_file_is_refused_with_one_line(tmp_path: Path, apple: Path, content: bytes) -> None:
    binary = tmp_path / "picture.png"
    binary.write_bytes(content)
    line = assert_refused(run_cli(binary, apple, timeout=REFUSE_TIMEOUT), "picture.png")
    assert "binary" in line or "encoding" in line


def test_invalid_utf8_is_refused_with_the_byte_offset(tmp_path: Path, apple: Path) -> None:
    good = "Zoë Müller opened the café in Zürich in 2019.".encode()
    broken = tmp_path / "broken.txt"
    broken.write_bytes(good + b" \xff\xfe then \xc3 closed.\n")
    assert_refused(run_cli(broken, apple, timeout=REFUSE_TIMEOUT), "broken.txt", "invalid UTF-8", f"byte {len(good) + 1}")


def test_fifty_megabyte_file_is_refused_quickly_with_its_size(tmp_path: Path, apple: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as stream:
        stream.truncate(50 * 1024 * 1024)
        stream.seek(0)
        stream.write(b"The cat sat on the mat. " * 1000)
    line = assert_refused(run_cli(huge, apple, timeout=REFUSE_TIMEOUT), "huge.txt", "too large", "MB")
    assert "52.4 MB" in line


def test_text_over_the_default_limit_is_refused_before_the_models_load(tmp_path: Path, apple: Path) -> None:
    long = write(tmp_path / "long.txt", "The cat sat on the mat. " * 5000)
    assert_refused(run_cli(long, apple, timeout=REFUSE_TIMEOUT), "long.txt", "too long", "120,000 characters", "100,000")


def test_fifty_megabytes_on_stdin_are_refused_quickly(apple: Path) -> None:
    data = b"The cat sat on the mat. " * (50 * 1024 * 1024 // 24)
    assert_refused(run_cli("-", apple, stdin=data, timeout=REFUSE_TIMEOUT), "<stdin>", "too large", "over")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_endless_device_is_refused_without_hanging(apple: Path) -> None:
    assert_refused(run_cli("/dev/zero", apple, timeout=REFUSE_TIMEOUT), "/dev/zero", "not a regular file")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_named_pipe_is_refused_without_hanging(tmp_path: Path, apple: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert_refused(run_cli(apple, fifo, timeout=REFUSE_TIMEOUT), "pipe.txt", "not a regular file", "standard input")


def test_directory_is_refused_with_one_line(tmp_path: Path, apple: Path) -> None:
    assert_refused(run_cli(tmp_path, apple, timeout=REFUSE_TIMEOUT), "directory")
    assert_refused(run_cli(apple, tmp_path, timeout=REFUSE_TIMEOUT), "directory")


def test_both_arguments_stdin_is_refused_with_one_line() -> None:
    assert_refused(run_cli("-", "-", stdin=APPLE_SUES.encode(), timeout=REFUSE_TIMEOUT), "standard input")


def test_empty_stdin_is_refused_with_one_line(apple: Path) -> None:
    assert_refused(run_cli("-", apple, stdin=b"", timeout=REFUSE_TIMEOUT), "<stdin>", "empty")


def test_non_english_text_is_refused_with_one_line(tmp_path: Path, apple: Path) -> None:
    german = write(
        tmp_path / "bericht.txt",
        "Der Bundestag hat am Donnerstag ein neues Gesetz beschlossen, das die Mieten in großen Städten begrenzen soll.\n",
    )
    assert_refused(run_cli(apple, german, timeout=REFUSE_TIMEOUT), "bericht.txt", "english", "de")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh", "市议会周一批准了在利兹新建12套住房的计划，市长表示这将缓解住房短缺。"),
        ("ru", "Мэр заявил в понедельник, что сорок человек покинули город."),
        ("he", "ראש העיר אמר ביום שני כי ארבעים אנשים עזבו את העיר."),
        ("ja", "市長は月曜日、40人が町を離れたと述べた。"),
    ],
    ids=["zh", "ru", "he", "ja"],
)
def test_short_text_in_another_script_is_refused_like_german(tmp_path: Path, apple: Path, language: str, text: str) -> None:
    other = write(tmp_path / "other.txt", text + "\n")
    assert_refused(run_cli(apple, other, timeout=REFUSE_TIMEOUT), "other.txt", "english", language)
    assert_refused(run_cli(other, apple, timeout=REFUSE_TIMEOUT), "other.txt", "english", language)


def test_english_text_quoting_another_script_is_compared(tmp_path: Path) -> None:
    reference = "Premier Li Qiang (李强) visited Berlin on Monday with 40 ministers.\n"
    candidate = "Premier Li Qiang (李强) visited Berlin on Tuesday with 40 ministers.\n"
    result = run_cli(write(tmp_path / "a.txt", reference), write(tmp_path / "b.txt", candidate), "--format", "json")
    assert_report(result, reference, candidate, 1)


def test_terminal_escape_sequences_in_a_text_are_printed_escaped(tmp_path: Path) -> None:
    filler = "The council said the new homes would be built over the next three years, starting in the spring. " * 3
    reference = filler + "Apple sued Samsung in 2019 over a patent for the design of its phones.\n"
    candidate = filler + "Apple sued \x1b]0;pwned\x07Samsung in \x1b[31m2020 over a patent for the design of its phones.\n"
    result = run_cli(write(tmp_path / "a.txt", reference), write(tmp_path / "b.txt", candidate), "--fail-on", "never")
    assert result.returncode == 0, result.stderr
    assert b"\x1b" not in result.stdout and b"\x07" not in result.stdout
    assert "\\x1b]0;pwned\\x07Samsung" in result.stdout.decode("utf-8")


def test_identical_texts_score_one_with_no_findings(apple: Path) -> None:
    report = assert_report(run_cli(apple, apple, "--format", "json"), APPLE_SUES, APPLE_SUES, 0)
    assert report["score"] == 1.0
    assert report["findings"] == []
    assert report["verdict"] == "consistent"


@pytest.mark.parametrize("side", ["reference", "candidate"])
def test_stdin_can_stand_for_either_text(apple: Path, samsung: Path, side: str) -> None:
    if side == "reference":
        result = run_cli("-", samsung, "--format", "json", stdin=APPLE_SUES.encode())
    else:
        result = run_cli(apple, "-", "--format", "json", stdin=SAMSUNG_SUES.encode())
    report = assert_report(result, APPLE_SUES, SAMSUNG_SUES, 1)
    assert report[side]["name"] == "<stdin>"
    assert report["findings"]


def test_utf16_file_with_bom_is_read_and_spans_skip_the_bom(tmp_path: Path, apple: Path) -> None:
    utf16 = tmp_path / "samsung16.txt"
    utf16.write_bytes(codecs.BOM_UTF16_LE + SAMSUNG_SUES.encode("utf-16-le"))
    report = assert_report(run_cli(apple, utf16, "--format", "json"), APPLE_SUES, SAMSUNG_SUES, 1)
    assert any(f["candidate_span"] for f in report["findings"])


def test_utf8_file_with_bom_is_read_and_spans_skip_the_bom(tmp_path: Path, samsung: Path) -> None:
    bom = tmp_path / "apple-bom.txt"
    bom.write_bytes(codecs.BOM_UTF8 + APPLE_SUES.encode())
    report = assert_report(run_cli(bom, samsung, "--format", "json"), APPLE_SUES, SAMSUNG_SUES, 1)
    assert any(f["reference_span"] for f in report["findings"])


def test_cp1252_file_with_accents_is_decoded_as_written(tmp_path: Path) -> None:
    reference = "Ana Muñoz won the race in 2019. José Núñez came second.\n"
    candidate = "Ana Muñoz won the race in 2019.\n"
    legacy = write(tmp_path / "legacy.txt", reference, "cp1252")
    modern = write(tmp_path / "modern.txt", candidate)
    result = run_cli(legacy, modern, "--format", "json", "--fail-on", "never")
    report = assert_report(result, reference, candidate, 0)
    assert any(f["reference_span"] and "Núñez" in f["reference_span"]["text"] for f in report["findings"]), report["findings"]
    assert not any("Muñoz" in f["message"] for f in report["findings"]), report["findings"]


def test_html_is_reduced_to_visible_text_with_spans_into_the_source(tmp_path: Path) -> None:
    script = '<script>var note = "Microsoft bought Nokia for $7 billion in 2013.";</script>'
    html = f"<!DOCTYPE html>\n<html><head><title>News</title>\n{script}</head>\n<body><p>AT&amp;T sued Verizon in 2019.</p></body></html>\n"
    candidate = "AT&T sued Comcast in 2019.\n"
    page = write(tmp_path / "page.html", html)
    text = write(tmp_path / "text.txt", candidate)
    report = assert_report(run_cli(page, text, "--format", "json"), html, candidate, 1)
    script_start = html.index(script)
    spans = [f["reference_span"] for f in report["findings"] if f["reference_span"]]
    assert any(span["text"] == "Verizon" for span in spans)
    assert all(span["start"] >= script_start + len(script) for span in spans)
    assert not any(word in f["message"] for f in report["findings"] for word in ("AT&T", "Nokia", "Microsoft"))


def test_output_option_writes_the_report_to_the_file(tmp_path: Path, apple: Path, samsung: Path) -> None:
    out = tmp_path / "report.json"
    result = run_cli(apple, samsung, "--format", "json", "--output", out)
    assert result.stdout == b""
    assert_report(subprocess.CompletedProcess(result.args, result.returncode, out.read_bytes(), result.stderr), APPLE_SUES, SAMSUNG_SUES, 1)


def test_unwritable_output_is_refused_with_one_line(tmp_path: Path, apple: Path) -> None:
    out = tmp_path / "no-such-dir" / "report.json"
    assert_refused(run_cli(apple, apple, "--output", out), "report.json", "cannot write")


def test_fail_on_never_exits_zero_despite_a_major_finding(apple: Path, samsung: Path) -> None:
    report = assert_report(run_cli(apple, samsung, "--format", "json", "--fail-on", "never"), APPLE_SUES, SAMSUNG_SUES, 0)
    assert any(f["severity"] in ("major", "critical") for f in report["findings"])
    assert report["verdict"] == "inconsistent"


class Terminal(io.StringIO):
    """Standard error as a terminal."""

    def isatty(self) -> bool:
        return True


def test_a_long_comparison_shows_a_spinner_on_a_terminal() -> None:
    stderr = Terminal()
    with working("comparing 42 characters", after_s=0.01, stream=stderr):
        deadline = time.monotonic() + 30
        while "comparing 42 characters" not in stderr.getvalue() and time.monotonic() < deadline:
            time.sleep(0.01)
    assert "comparing 42 characters" in stderr.getvalue()


def test_a_short_comparison_or_one_off_a_terminal_shows_nothing() -> None:
    quick, piped = Terminal(), io.StringIO()
    with working("comparing", after_s=60, stream=quick):
        pass
    with working("comparing", after_s=0, stream=piped):
        time.sleep(0.05)
    assert quick.getvalue() == "" and piped.getvalue() == ""
