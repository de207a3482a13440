"""The contract's JSON report."""

from __future__ import annotations

from factdiff.model import Report


def render_json(report: Report, reference: str = "", candidate: str = "", color: bool = False, source: str = "") -> str:
    return report.to_json(indent=2) + "\n"
