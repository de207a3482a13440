"""A side-by-side HTML view: both texts with each finding highlighted by severity, the two spans linked, the findings filterable.

The view (view.html.j2) is the body of the self-contained report file and the fragment that the web app's page shows;
one stylesheet and one script serve both, inlined. Every piece of user text goes through Jinja's autoescape, and a
Content-Security-Policy admits only the inlined style and script (by hash): no network resource, no injected code.
"""

from __future__ import annotations

import base64
import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Literal

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from factdiff.model import SEVERITY_ORDER, Finding, FindingType, Report, Severity
from factdiff.report.support import least_supported

TEMPLATES = Path(__file__).parent / "templates"
STYLESHEET = "factdiff.css"
SCRIPT = "factdiff.js"

Side = Literal["reference", "candidate"]


@dataclass(frozen=True)
class Segment:
    """A run of one text covered by the same findings: `ids` narrowest span first, `severity` the highest of them."""

    text: str
    ids: tuple[str, ...] = ()
    severity: Severity | None = None


def segment(text: str, findings: list[Finding], side: Side) -> list[Segment]:
    """Cut `text` at every boundary of the findings' spans on `side`, so that overlapping and nested spans each stay whole.

    A zero-width span becomes an empty segment at its position, so that it can still be shown and linked.
    """
    opening: dict[int, list[tuple[int, int, Finding]]] = defaultdict(list)
    points: dict[int, list[Finding]] = defaultdict(list)
    for finding in findings:
        span = finding.reference_span if side == "reference" else finding.candidate_span
        if span is None or (side == "reference" and finding.reference_text == "source"):  # a span into the source, not shown here
            continue
        start = min(max(span.start, 0), len(text))
        end = min(max(span.end, start), len(text))
        if start == end:
            points[start].append(finding)
        else:
            opening[start].append((start, end, finding))
    boundaries = sorted({0, len(text)} | set(points) | set(opening) | {end for spans in opening.values() for _, end, _ in spans})
    segments: list[Segment] = []
    covering: list[tuple[int, int, Finding]] = []
    for lo, hi in zip(boundaries, boundaries[1:] + [None], strict=True):
        if points[lo]:
            segments.append(_covered("", points[lo]))
        if hi is None:
            break
        covering = [s for s in covering if s[1] > lo] + opening[lo]
        covering.sort(key=lambda s: (s[1] - s[0], -s[2].severity.rank))  # narrowest first: what a click most likely aims at
        segments.append(_covered(text[lo:hi], [f for _, _, f in covering]))
    return segments


def _covered(text: str, findings: list[Finding]) -> Segment:
    if not findings:
        return Segment(text)
    return Segment(text, tuple(f.id for f in findings), max((f.severity for f in findings), key=lambda s: s.rank))


@lru_cache(maxsize=1)
def environment() -> Environment:
    """The Jinja environment of factdiff's HTML: autoescape on, the inlined stylesheet and script as globals."""
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True, undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.globals.update(stylesheet=asset(STYLESHEET), script=asset(SCRIPT))
    return env


@cache
def asset(name: str) -> Markup:
    """A stylesheet or script shipped with the templates, to be inlined verbatim."""
    text = (TEMPLATES / name).read_text(encoding="utf-8")
    if "</" in text:
        raise ValueError(f"{name} must not contain '</': it is inlined into a <style> or <script> element")
    return Markup(text)


def content_security_policy(connect_self: bool = False) -> str:
    """The page's policy: no resource from anywhere, only the inlined stylesheet and script (and fetch to its own origin)."""
    policy = [
        "default-src 'none'",
        f"style-src '{_sha256(asset(STYLESHEET))}'",
        f"script-src '{_sha256(asset(SCRIPT))}'",
        "img-src data:",
        "base-uri 'none'",
        "form-action 'none'",
    ]
    if connect_self:
        policy.append("connect-src 'self'")
    return "; ".join(policy)


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def render_view(report: Report, reference: str, candidate: str) -> str:
    """The side-by-side view alone (an HTML fragment): score, filters, both texts highlighted, the findings."""
    severities, types = Counter(f.severity for f in report.findings), Counter(f.type for f in report.findings)
    counts = {
        "severity": {s.value: severities[s] for s in reversed(SEVERITY_ORDER)},
        "type": {t.value: types[t] for t in FindingType if types[t]},
    }
    return (
        environment()
        .get_template("view.html.j2")
        .render(
            report=report,
            reference_segments=segment(reference, report.findings, "reference"),
            candidate_segments=segment(candidate, report.findings, "candidate"),
            counts=counts,
            weakest=least_supported(report),
        )
    )


def render_html(report: Report, reference: str, candidate: str, color: bool = False, source: str = "") -> str:
    """One self-contained HTML file (styles and script inline, no network resource) that opens offline in any browser."""
    return (
        environment()
        .get_template("report.html.j2")
        .render(report=report, view=Markup(render_view(report, reference, candidate)), csp=content_security_policy())
    )
