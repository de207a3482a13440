"""Stage 5, score: MQM-style penalty per 100 words into a score in [0, 1] and a verdict."""

from __future__ import annotations

from factdiff.model import Finding, Severity

# a penalty of this many MQM points per 100 words halves the score
HALF_SCORE_PENALTY = 10.0


def penalty(findings: list[Finding]) -> float:
    """Severity weights (minor 1, major 5, critical 10), each scaled by the finding's confidence."""
    return sum(f.severity.weight * f.confidence for f in findings)


def score(findings: list[Finding], words: int) -> float:
    per_100 = penalty(findings) * 100.0 / max(words, 20)
    return round(1.0 / (1.0 + per_100 / HALF_SCORE_PENALTY), 4)


def verdict(findings: list[Finding]) -> str:
    serious = any(f.severity in (Severity.MAJOR, Severity.CRITICAL) for f in findings)
    return "inconsistent" if serious else "consistent"
