"""The side-by-side HTML report (`--format html`): one self-contained file, every span highlighted, all user text escaped."""

from __future__ import annotations

import base64
import hashlib
import os
import re
import subprocess
import sys
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import pytest

from factdiff.model import Finding, FindingType, Report, Severity, Span, TextInfo
from factdiff.report import RENDERERS
from factdiff.report.html import render_html, segment

SEEDS = Path(__file__).parents[1] / ".." / "shared" / "seeds"
FACTDIFF = Path(sys.executable).parent / "factdiff"

HOSTILE_REFERENCE = 'The mayor said <script>window.__xss = "script"</script> that 40 people left </textarea> the town.'
HOSTILE_CANDIDATE = 'The mayor said <img src=x onerror="window.__xss = 1"> that 400 people left </textarea> the city.'


def span_of(text: str, words: str) -> Span:
    start = text.index(words)
    return Span(start=start, end=start + len(words), text=words)


def finding(id: str, severity: Severity, candidate: Span | None, reference: Span | None, message: str = "a message") -> Finding:
    return Finding(
        id=id,
        type=FindingType.ENTITY,
        severity=severity,
        confidence=0.9,
        message=message,
        candidate_span=candidate,
        reference_span=reference,
    )


def report_of(reference: str, candidate: str, findings: list[Finding], names: tuple[str, str] = ("ref.txt", "cand.txt")) -> Report:
    """A report built by hand, so that rendering is tested without the models."""
    return Report(
        version="0.1.0",
        mode="rewrite",
        reference=TextInfo(name=names[0], chars=len(reference), sentences=1),
        candidate=TextInfo(name=names[1], chars=len(candidate), sentences=1),
        score=0.5,
        verdict="inconsistent",
        findings=findings,
        alignment=[],
    )


class Parsed(HTMLParser):
    """What a browser would see: the two texts as shown, the text of every highlight per side and finding id,
    the elements inside the texts, every attribute name, and the scripts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.side: str | None = None
        self.depth = 0
        self.current: list[str] = []
        self.texts: dict[str, str] = {}
        self.marks: dict[tuple[str, str], str] = {}
        self.inside_texts: list[str] = []
        self.attributes: set[str] = set()
        self.scripts: list[dict] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        attributes = dict(attrs)
        self.attributes |= set(attributes)
        if tag == "script":
            self.scripts.append(attributes)
        if tag == "div" and "data-side" in attributes:
            self.side, self.depth = attributes["data-side"], 0
            self.texts[self.side] = ""
        elif self.side is not None:
            self.depth += 1
            self.inside_texts.append(tag)
            if tag == "mark":
                self.current = attributes["data-ids"].split()

    def handle_endtag(self, tag: str) -> None:
        if self.side is None:
            return
        if self.depth == 0:
            self.side = None
        else:
            self.depth -= 1
            self.current = []

    def handle_data(self, data: str) -> None:
        if self.side is None:
            return
        self.texts[self.side] += data
        for id in self.current:
            self.marks[(self.side, id)] = self.marks.get((self.side, id), "") + data


def parse(html: str) -> Parsed:
    parser = Parsed()
    parser.feed(html)
    parser.close()
    return parser


@pytest.fixture(scope="module")
def seed() -> tuple[Report, str, str]:
    reference = (SEEDS / "reference.txt").read_text(encoding="utf-8")
    candidate = (SEEDS / "candidate.txt").read_text(encoding="utf-8")
    from factdiff.engine import compare

    return compare(reference, candidate), reference, candidate


def test_html_is_a_registered_renderer():
    assert RENDERERS["html"] is render_html


def test_report_loads_no_network_resource(seed):
    html = render_html(*seed)
    assert not re.search(r"""(src|href|action)\s*=\s*["']?\s*(https?:)?//""", html, re.I)
    assert not re.search(r"<link\b|@import|url\(", html, re.I)
    assert "http://" not in html and "https://" not in html
    assert all("src" not in attrs for attrs in parse(html).scripts), "the script is inline"


def test_policy_admits_exactly_the_inlined_style_and_script(seed):
    html = render_html(*seed)
    policy = unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1))
    assert "default-src 'none'" in policy
    for tag, directive in (("style", "style-src"), ("script", "script-src")):
        blocks = re.findall(rf"<{tag}>(.*?)</{tag}>", html, re.S)
        assert len(blocks) == 1
        digest = base64.b64encode(hashlib.sha256(blocks[0].encode()).digest()).decode()
        assert f"{directive} 'sha256-{digest}'" in policy


def test_every_finding_is_highlighted_with_its_exact_words_in_both_texts(seed):
    report, reference, candidate = seed
    marks = parse(render_html(report, reference, candidate)).marks
    assert report.findings
    for f in report.findings:
        for side, span in (("candidate", f.candidate_span), ("reference", f.reference_span)):
            assert marks.get((side, f.id)) == (span.text if span else None), (f.id, side)


def test_seed_finding_on_new_york_state_is_critical_and_linked_to_nis(seed):
    html = render_html(*seed)
    new_york = re.search(r'<mark class="fd-mark" data-ids="(F\d+)" data-sev="critical">New York State</mark>', html)
    assert new_york, "the candidate's 'New York State' is highlighted as critical"
    assert f'<mark class="fd-mark" data-ids="{new_york.group(1)}" data-sev="critical">NIS</mark>' in html


def test_texts_are_shown_whole_and_unchanged(seed):
    report, reference, candidate = seed
    parsed = parse(render_html(report, reference, candidate))
    assert parsed.texts == {"reference": reference, "candidate": candidate}
    assert set(parsed.inside_texts) == {"mark"}


def test_overlapping_and_nested_spans_are_cut_at_every_boundary():
    text = "abcdefghij"
    outer = finding("F1", Severity.MINOR, Span(start=1, end=8, text="bcdefgh"), None)
    inner = finding("F2", Severity.CRITICAL, Span(start=3, end=5, text="de"), None)
    crossing = finding("F3", Severity.MAJOR, Span(start=6, end=10, text="ghij"), None)
    segments = segment(text, [outer, inner, crossing], "candidate")
    assert "".join(s.text for s in segments) == text
    assert [(s.text, s.ids, s.severity) for s in segments] == [
        ("a", (), None),
        ("bc", ("F1",), Severity.MINOR),
        ("de", ("F2", "F1"), Severity.CRITICAL),
        ("f", ("F1",), Severity.MINOR),
        ("gh", ("F3", "F1"), Severity.MAJOR),
        ("ij", ("F3",), Severity.MAJOR),
    ]


def test_zero_width_span_becomes_an_empty_linked_segment():
    segments = segment("abc", [finding("F1", Severity.MAJOR, Span(start=1, end=1, text=""), None)], "candidate")
    assert [(s.text, s.ids) for s in segments] == [("a", ()), ("", ("F1",)), ("bc", ())]


def test_findings_without_a_span_on_one_side_are_listed_but_not_highlighted_there():
    reference, candidate = "Kim met Putin in Moscow.", "Kim met Putin."
    omission = finding("F1", Severity.MINOR, None, span_of(reference, "in Moscow"))
    parsed = parse(render_html(report_of(reference, candidate, [omission]), reference, candidate))
    assert parsed.marks == {("reference", "F1"): "in Moscow"}


def test_user_text_messages_and_names_are_escaped():
    message = '<img src=x onerror="alert(1)">'
    hostile = finding("F1", Severity.CRITICAL, span_of(HOSTILE_CANDIDATE, "400"), span_of(HOSTILE_REFERENCE, "40"), message=message)
    tag = span_of(HOSTILE_CANDIDATE, '<img src=x onerror="window.__xss = 1">')
    covering = finding("F2", Severity.MAJOR, tag, span_of(HOSTILE_REFERENCE, '<script>window.__xss = "script"</script>'))
    report = report_of(HOSTILE_REFERENCE, HOSTILE_CANDIDATE, [hostile, covering], names=("<b>ref</b>", '"><script>alert(2)</script>'))
    html = render_html(report, HOSTILE_REFERENCE, HOSTILE_CANDIDATE)
    parsed = parse(html)
    assert len(parsed.scripts) == 1, "only factdiff's own script"
    assert set(parsed.inside_texts) == {"mark"}
    assert not [name for name in parsed.attributes if name.startswith("on") or name in ("src", "href")]
    assert parsed.texts == {"reference": HOSTILE_REFERENCE, "candidate": HOSTILE_CANDIDATE}
    assert parsed.marks[("candidate", "F2")] == tag.text
    assert "&lt;/textarea&gt;" in html and "</textarea>" not in html
    assert "&lt;b&gt;ref&lt;/b&gt;" in html and "&lt;img src=x onerror=&#34;alert(1)&#34;&gt;" in html


def test_cli_writes_the_html_report_to_a_file(tmp_path):
    output = tmp_path / "report.html"
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    result = subprocess.run(
        [str(FACTDIFF), "compare", str(SEEDS / "reference.txt"), str(SEEDS / "candidate.txt"), "--format", "html", "--output", str(output)],
        capture_output=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 1, result.stderr
    html = output.read_text(encoding="utf-8")
    assert html.startswith("<!doctype html>")
    assert ">New York State</mark>" in html
    assert "<title>factdiff: candidate.txt against reference.txt</title>" in html
