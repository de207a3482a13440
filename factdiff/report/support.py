"""The part of the score that is not a finding, as the text and HTML reports show it: the least supported sentences."""

from __future__ import annotations

from factdiff.model import Report, SentenceSupport

SHOWN = 3  # sentences listed in the text report: enough to see what lowered the support, short enough to read


def least_supported(report: Report, limit: int = SHOWN) -> list[SentenceSupport]:
    """The candidate sentences that the reference supports least, weakest first (ties in text order)."""
    return sorted(report.sentences, key=lambda s: s.support)[:limit]
