"""A readable terminal report: colour on a terminal, plain text otherwise."""

from __future__ import annotations

import io
import re

from rich.console import Console
from rich.text import Text

from factdiff.model import Report, Severity, Span
from factdiff.report.support import least_supported

STYLES = {Severity.CRITICAL: "bold red", Severity.MAJOR: "yellow", Severity.MINOR: "cyan"}
CONTEXT = 40
EVIDENCE_CHARS = 160  # a reference sentence quoted as evidence is cut after this many characters
# control characters (ESC starts the sequences that recolour the terminal or retitle its window) and the bidirectional
# overrides that make text display in another order than it reads
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """`text` safe to print on a terminal: line breaks become spaces, other control characters their escape (\\x1b)."""
    return _UNSAFE.sub(_escape, text.replace("\r\n", " ").replace("\n", " ").replace("\r", " "))


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _excerpt(text: str, span: Span | None, style: str) -> Text:
    if span is None:
        return Text("(nothing)", style="dim")
    lo, hi = max(0, span.start - CONTEXT), min(len(text), span.end + CONTEXT)
    out = Text("…" if lo > 0 else "")
    out.append(printable(text[lo : span.start]))
    out.append(printable(text[span.start : span.end]), style=f"{style} underline")
    out.append(printable(text[span.end : hi]))
    out.append("…" if hi < len(text) else "")
    return out


def _clip(text: str) -> str:
    return text if len(text) <= EVIDENCE_CHARS else text[: EVIDENCE_CHARS - 1] + "…"


def render_text(report: Report, reference: str, candidate: str, color: bool = False, source: str = "") -> str:
    """`source`: the original-language text given beside the reference, which some findings' reference spans point into."""
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=color, no_color=not color, width=100, highlight=False, soft_wrap=False)
    verdict_style = "bold red" if report.verdict == "inconsistent" else "bold green"
    console.print(
        Text.assemble(
            (printable(report.candidate.name), "bold"),
            " against ",
            (printable(report.reference.name), "bold"),
            f"  ({report.mode})  score {report.score:.2f}  ",
            (report.verdict, verdict_style),
            f"  {len(report.findings)} finding{'s' if len(report.findings) != 1 else ''}",
        )
    )
    parts = [f"support {report.support:.2f}"] + ([f"verifier {report.verifier:.2f}"] if report.verifier is not None else [])
    console.print(Text(f"score: the probability that the candidate is faithful ({', '.join(parts)})", style="dim"))
    for f in report.findings:
        style = STYLES[f.severity]
        console.print()
        console.print(
            Text.assemble(
                (f"{f.id} ", "bold"),
                (f"{f.severity.value:8}", style),
                (f" {f.type.value:11}", "bold"),
                f" {printable(f.message)}",
                (f"  [{f.confidence:.2f}]", "dim"),
            )
        )
        console.print(Text("   candidate: ") + _excerpt(candidate, f.candidate_span, style))
        if f.reference_text == "source" and report.source is not None:
            console.print(Text("   source:    ") + _excerpt(source, f.reference_span, style))
        else:
            label = "   source:    " if report.reference.language not in (None, "en") else "   reference: "
            console.print(Text(label) + _excerpt(reference, f.reference_span, style))
    weakest = least_supported(report)
    if weakest:
        # a translation checked against its source: the sentences that back it are the source's
        side = "source" if report.reference.language not in (None, "en") else "reference"
        console.print()
        console.print(Text(f"Least supported sentences (support: how well the best {side} sentence backs it, 0 to 1)", style="bold"))
        for s in weakest:
            console.print(Text.assemble((f"  {s.support:.2f} ", "bold"), printable(s.span.text)))
            evidence = s.evidence[0] if s.evidence else None
            quoted = _clip(printable(evidence.text)) if evidence else "(none close enough)"
            console.print(Text(f"       best {side}: ".ljust(22), style="dim") + Text(quoted, style="dim"))
    return buffer.getvalue()
