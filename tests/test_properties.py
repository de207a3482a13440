"""Properties of read -> report on hostile input, with hypothesis: real sentence pairs mutated with control characters,
escape sequences, lone surrogates, markup, bidirectional overrides, emoji, other scripts and random text.

Whatever the input, factdiff either refuses it with the documented error (InputError, a ValueError with one line) or
gives a report whose spans lie in the texts and quote them exactly, whose score is in [0, 1], whose verdict follows
the findings and the score, which renders in every format without a raw control character in the text report, and which is the
same when computed again.

A short run in the suite (`FACTDIFF_FUZZ_EXAMPLES` per test, default 25); `python benchmarks/fuzz.py` runs it long.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

import factdiff
from factdiff.engine import compare_sources
from factdiff.model import Report, Severity
from factdiff.read import InputError, ensure_english, source_from_bytes
from factdiff.report import RENDERERS
from factdiff.score import calibration_for

PAIRS = [json.loads(line) for line in (Path(__file__).parent / "data" / "sentence_pairs.jsonl").read_text(encoding="utf-8").splitlines()]
EXAMPLES = int(os.environ.get("FACTDIFF_FUZZ_EXAMPLES", "25"))
# the suite's short run tries the same examples every time; a long run (benchmarks/fuzz.py) explores afresh
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    derandomize="FACTDIFF_FUZZ_EXAMPLES" not in os.environ,
    suppress_health_check=[HealthCheck.too_slow],
)

HOSTILE = [
    "\x1b]0;pwned\x07",
    "\x1b[31m",
    "\x1b[2J",
    "\ud800",
    "\udfff",
    "\x00",
    "\x7f\x85\x9b",
    "\u202e",
    "\u2066",
    "\ufeff",
    "\r\n",
    "\r",
    "\u2028",
    "<b>",
    "</p><p>",
    "&amp;",
    "&#0;",
    "<script>alert(1)</script>",
    "🙂",
    "👩‍👩‍👧",
    "é",
    "e\u0301",
    "市长",
    "Мэр",
    "١٢٣",
    "3.5 million",
    "1,000,000",
    "½",
    "—",
    "\t",
    "  ",
    "",
]
insertion = st.one_of(st.sampled_from(HOSTILE), st.text(max_size=8))
edit = st.tuples(st.floats(0, 1), insertion, st.integers(0, 6))


def mutate(text: str, edits: list[tuple[float, str, int]]) -> str:
    """Apply edits (where as a fraction of the length, what to insert, how many characters to delete there)."""
    for where, inserted, deleted in edits:
        at = int(where * len(text))
        text = text[:at] + inserted + text[at + deleted :]
    return text


@st.composite
def text_pairs(draw: st.DrawFn) -> tuple[str, str]:
    pair = draw(st.sampled_from(PAIRS))
    reference = mutate(pair["reference"], draw(st.lists(edit, max_size=2)))
    candidate = mutate(draw(st.sampled_from([pair["candidate"], pair["reference"]])), draw(st.lists(edit, max_size=4)))
    return reference, candidate


def assert_report_holds(report: Report, reference: str, candidate: str) -> None:
    """Spans within the texts and equal to the words they quote, score in range, verdict following the findings and the
    score, one sentence entry per candidate sentence."""
    assert 0.0 <= report.score <= 1.0
    assert report.reference.chars == len(reference) and report.candidate.chars == len(candidate)
    for finding in report.findings:
        for span, text in ((finding.reference_span, reference), (finding.candidate_span, candidate)):
            if span is not None:
                assert 0 <= span.start <= span.end <= len(text), finding
                assert text[span.start : span.end] == span.text, finding
    serious = any(f.severity in (Severity.MAJOR, Severity.CRITICAL) for f in report.findings)
    below = report.score < calibration_for(report.mode, report.verifier is not None).threshold
    assert report.verdict == ("inconsistent" if serious or below else "consistent")
    assert len(report.sentences) == report.candidate.sentences
    for s in report.sentences:
        assert candidate[s.span.start : s.span.end] == s.span.text and 0.0 <= s.support <= 1.0
        assert all(reference[e.start : e.end] == e.text for e in s.evidence)


def assert_renders(report: Report, reference: str, candidate: str) -> None:
    for name, render in RENDERERS.items():
        rendered = render(report, reference, candidate, color=False)
        assert rendered
        if name == "text":
            assert not any(ch in rendered for ch in "\x1b\x07\x00\x9b\u202e")


@FUZZ
@given(texts=text_pairs(), mode=st.sampled_from(["rewrite", "translation", "summary"]))
def test_compare_gives_a_sound_report_or_the_input_error(texts: tuple[str, str], mode: str) -> None:
    reference, candidate = texts
    try:
        report = factdiff.compare(reference, candidate, mode)
    except InputError as exc:
        assert str(exc) and "\n" not in str(exc)
        event("refused")
        return
    event("compared")
    assert_report_holds(report, reference, candidate)
    assert_renders(report, reference, candidate)
    assert factdiff.compare(reference, candidate, mode).to_json() == report.to_json()


@FUZZ
@given(texts=text_pairs(), encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]), html=st.booleans())
def test_bytes_read_as_a_file_give_a_sound_report_or_the_input_error(texts: tuple[str, str], encoding: str, html: bool) -> None:
    reference, candidate = texts
    if html:
        reference = f"<html><body><p>{reference}</p></body></html>"
    try:
        data = candidate.encode(encoding)
    except UnicodeEncodeError:
        data = candidate.encode("utf-8", "surrogatepass")  # bytes no decoder accepts: to be refused, not to crash
    try:
        ref_source = source_from_bytes(reference.encode("utf-8", "surrogatepass"), "ref.html" if html else "ref.txt")
        cand_source = source_from_bytes(data, "cand.txt")
        ensure_english(ref_source)
        ensure_english(cand_source)
    except InputError as exc:
        assert str(exc) and "\n" not in str(exc)
        event("refused")
        return
    event("compared")
    report = compare_sources(ref_source, cand_source)
    assert_report_holds(report, ref_source.original, cand_source.original)
    assert_renders(report, ref_source.original, cand_source.original)
    assert compare_sources(ref_source, cand_source).to_json() == report.to_json()


def test_lone_surrogate_is_the_input_error_not_a_crash() -> None:
    with pytest.raises(InputError, match=r"candidate: a lone surrogate \(\\ud800\) at character 16"):
        factdiff.compare("The council met.", "The council met \ud800.")
    with pytest.raises(ValueError):  # InputError is a ValueError
        factdiff.compare("The council met \udfff.", "The council met.")


@pytest.mark.parametrize("bad", [None, 3, b"The council met.", ["The council met."]], ids=["None", "int", "bytes", "list"])
def test_a_text_that_is_not_a_str_is_a_type_error_naming_it(bad: object) -> None:
    with pytest.raises(TypeError, match="candidate must be a str"):
        factdiff.compare("The council met.", bad)  # type: ignore[arg-type]


def test_a_text_of_too_many_sentences_is_the_input_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("factdiff.engine.MAX_SENTENCES", 3)
    five = "The council met. It voted. The mayor spoke. Nobody left. It rained."
    with pytest.raises(InputError, match=r"reference: too many sentences \(5; the limit is 3"):
        factdiff.compare(five, "The council met.")
    assert factdiff.compare("The council met. It voted.", "The council met.").reference.sentences == 2
