"""Repetition: words that the candidate says twice in a row ('including 600 deaths, including 600 deaths')."""

from __future__ import annotations

from collections.abc import Iterator

from factdiff.checks.base import Context
from factdiff.model import Finding, FindingType, Severity

NAME = "repetition"
MIN_WORDS = 2


def _repeats(doc) -> Iterator[tuple[int, int, str]]:
    """(start char, end char, repeated text) of each immediately repeated run of words."""
    toks = [t for t in doc if not t.is_punct and not t.is_space]
    lower = [t.lower_ for t in toks]
    text = doc.text
    i = 0
    while i < len(toks):
        found = False
        for n in range(min(12, (len(toks) - i) // 2), MIN_WORDS - 1, -1):
            if lower[i + n] != lower[i]:
                continue  # the common case, decided without building the two runs
            if lower[i : i + n] == lower[i + n : i + 2 * n] and any(t.is_alpha and not t.is_stop for t in toks[i : i + n]):
                start, end = toks[i].idx, toks[i + 2 * n - 1].idx + len(toks[i + 2 * n - 1].text)
                yield start, end, text[toks[i].idx : toks[i + n - 1].idx + len(toks[i + n - 1].text)]
                i += 2 * n
                found = True
                break
        if not found:
            i += 1


def check(ctx: Context) -> Iterator[Finding]:
    in_reference = {text.lower() for _, _, text in _repeats(ctx.reference.doc)}
    for start, end, text in _repeats(ctx.candidate.doc):
        if text.lower() in in_reference:
            continue
        yield ctx.finding(
            FindingType.REPETITION,
            Severity.MINOR,
            0.9,
            f"'{text}' is repeated",
            (start, end),
            None,
            NAME,
        )
