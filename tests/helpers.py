"""What several test modules ask of a comparison: its serious findings, those of one type, a text's quantities."""

from __future__ import annotations

from factdiff import compare
from factdiff.analyse.document import analyse
from factdiff.model import FindingType, Severity
from factdiff.read import source_from_text


def serious(reference: str, candidate: str, mode: str = "rewrite") -> list:
    """The major and critical findings of a comparison."""
    return [f for f in compare(reference, candidate, mode).findings if f.severity in (Severity.MAJOR, Severity.CRITICAL)]


def of_type(findings: list, kind: FindingType) -> list:
    return [f for f in findings if f.type == kind]


def quantities(text: str) -> list[tuple[str, float, float, str]]:
    """(text, low, high, unit) of each quantity the analysis reads in the text."""
    return [(q.text, q.low, q.high, q.unit) for q in analyse(source_from_text(text, "t")).quantities]
