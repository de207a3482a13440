"""Stage 5, score: MQM-style penalty per 100 words into a score in [0, 1] and a verdict.

The score also takes a little from candidate text that no reference sentence supports well (the
alignment's similarity), so that among texts without findings the loosest rank lowest; the
verdict depends on the findings alone.
"""

from __future__ import annotations

from factdiff.model import Finding, Severity

# a penalty of this many MQM points per 100 words halves the score
HALF_SCORE_PENALTY = 10.0


def penalty(findings: list[Finding]) -> float:
    """Severity weights (minor 1, major 5, critical 10), each scaled by the finding's confidence."""
    return sum(f.severity.weight * f.confidence for f in findings)


# weight of unsupported text in the score, chosen on the dev splits (see the eval's closing note)
SUPPORT_WEIGHT = 0.5


# in summary mode, each fact of the candidate that the reference does not give (a name, a number:
# `Finding.unsupported`) keeps this share of the score: a note for the verdict, but on the AggreFact dev summaries the
# surest sign of an invented fact (dev ROC-AUC 0.782 without, 0.795 at 0.8, flat from 0.8 to 0.5). Rewrites and
# translations keep 1: not measured there (on the WMT21 news test split it moved the AUC by -0.001).
UNSUPPORTED_FACT = {"summary": 0.8}


def score(
    findings: list[Finding], words: int, support: float = 1.0, verifier: float = 0.0, verifier_weight: float = 0.0, mode: str = "rewrite"
) -> float:
    """1 for no finding and a fully supported candidate; lower with each finding's weight, with each fact the reference
    does not give (summary mode), and with the trained verifier's probability that the pair is wrong (`verifier`) times
    its weight (from the model's meta.json)."""
    per_100 = penalty(findings) * 100.0 / max(words, 20)
    base = 1.0 / (1.0 + per_100 / HALF_SCORE_PENALTY)
    base *= UNSUPPORTED_FACT.get(mode, 1.0) ** sum(1 for f in findings if f.unsupported)
    base *= 1.0 - verifier_weight * min(1.0, max(0.0, verifier))
    return round(base * (1.0 - SUPPORT_WEIGHT * (1.0 - min(1.0, max(0.0, support)))), 4)


def verdict(findings: list[Finding]) -> str:
    serious = any(f.severity in (Severity.MAJOR, Severity.CRITICAL) for f in findings)
    return "inconsistent" if serious else "consistent"
