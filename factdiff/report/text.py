"""A readable terminal report: colour on a terminal, plain text otherwise."""

from __future__ import annotations

import io

from rich.console import Console
from rich.text import Text

from factdiff.model import Report, Severity, Span

STYLES = {Severity.CRITICAL: "bold red", Severity.MAJOR: "yellow", Severity.MINOR: "cyan"}
CONTEXT = 40


def _excerpt(text: str, span: Span | None, style: str) -> Text:
    if span is None:
        return Text("(nothing)", style="dim")
    lo, hi = max(0, span.start - CONTEXT), min(len(text), span.end + CONTEXT)
    out = Text("…" if lo > 0 else "")
    out.append(text[lo : span.start].replace("\n", " "))
    out.append(text[span.start : span.end].replace("\n", " "), style=f"{style} underline")
    out.append(text[span.end : hi].replace("\n", " "))
    out.append("…" if hi < len(text) else "")
    return out


def render_text(report: Report, reference: str, candidate: str, color: bool = False) -> str:
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=color, no_color=not color, width=100, highlight=False, soft_wrap=False)
    verdict_style = "bold red" if report.verdict == "inconsistent" else "bold green"
    console.print(
        Text.assemble(
            (f"{report.candidate.name}", "bold"),
            " against ",
            (f"{report.reference.name}", "bold"),
            f"  ({report.mode})  score {report.score:.2f}  ",
            (report.verdict, verdict_style),
            f"  {len(report.findings)} finding{'s' if len(report.findings) != 1 else ''}",
        )
    )
    for f in report.findings:
        style = STYLES[f.severity]
        console.print()
        console.print(
            Text.assemble(
                (f"{f.id} ", "bold"),
                (f"{f.severity.value:8}", style),
                (f" {f.type.value:11}", "bold"),
                f" {f.message}",
                (f"  [{f.confidence:.2f}]", "dim"),
            )
        )
        console.print(Text("   candidate: ") + _excerpt(candidate, f.candidate_span, style))
        console.print(Text("   reference: ") + _excerpt(reference, f.reference_span, style))
    return buffer.getvalue()
