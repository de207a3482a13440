"""Omissions and additions: what one text says and the other does not.

A source sentence that no candidate sentence translates (below the alignment's floor, by multilingual-e5 similarity,
while the candidate sentence nearest to it translates another source sentence better) is an omission; a candidate
sentence that no source sentence gives, likewise, is an addition. Inside a translated sentence, a
clause is taken as dropped only with a fact to show for it: it gives a figure in digits or a date that the candidate
nowhere gives (a figure the candidate gives otherwise is the numbers check's)."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

import numpy as np

from factdiff.crosslingual.align import FLOOR
from factdiff.crosslingual.checks.base import SourceContext
from factdiff.crosslingual.languages.base import date_parts, same_date
from factdiff.model import Finding, FindingType, Severity

NAME = "source-coverage"
MIN_WORDS = 4  # shorter sentences (a dateline, a heading) are not counted as omitted or added
_DIGIT = re.compile(r"\d")


def _words(text: str, joined: bool) -> int:
    """Words of a text; in a script without spaces, characters over two (a Chinese word is about two)."""
    return len(re.findall(r"\w", text)) // 2 if joined else len(re.findall(r"\w+", text))


def check(ctx: SourceContext) -> Iterator[Finding]:
    sim = ctx.alignment.similarity
    if not sim.size:
        return
    if ctx.mode != "summary":
        yield from _omitted_sentences(ctx, sim)
        yield from _omitted_facts(ctx, sim)
    for c, sent in enumerate(ctx.candidate.sentences):
        if sim[:, c].max() < FLOOR and _words(sent.text, False) >= MIN_WORDS and _taken(sim.T, c):
            yield ctx.finding(
                FindingType.ADDITION,
                Severity.MAJOR,
                0.5 + min(0.4, 4 * (FLOOR - float(sim[:, c].max()))),
                f"the source says nothing like '{_short(sent.text)}'",
                (sent.start, sent.end),
                None,
                NAME,
            )


def _omitted_sentences(ctx: SourceContext, sim: np.ndarray) -> Iterator[Finding]:
    joined = ctx.source.language.joined_script
    for s in ctx.source.sentences:
        if sim[s.index].max() < FLOOR and _words(s.text, joined) >= MIN_WORDS and _taken(sim, s.index):
            yield ctx.finding(
                FindingType.OMISSION,
                Severity.MAJOR,
                0.5 + min(0.4, 4 * (FLOOR - float(sim[s.index].max()))),
                f"the candidate leaves out '{_short(s.text)}'",
                None,
                (s.start, s.end),
                NAME,
            )


def _omitted_facts(ctx: SourceContext, sim: np.ndarray) -> Iterator[Finding]:
    """Each clause of a translated sentence with a figure or a date that the candidate nowhere gives."""
    values = ctx.candidate_values
    dates = [date_parts(d.low, d.period, d.kind == "yearless") for d in ctx.candidate.dates if d.low is not None]
    lost = [n for n in ctx.source.numbers if _DIGIT.search(n.text) and not any(math.isclose(n.value, v, rel_tol=0.01) for v in values)]
    # a date is given when a candidate date agrees with it, or, for a year alone, when the year is written ('in 2022')
    lost += [
        d
        for d in ctx.source.dates
        if not any(same_date(d.parts(), p) for p in dates) and not (d.month is None and d.year is not None and float(d.year) in values)
    ]
    reported: set[tuple[int, int]] = set()
    for clause in ctx.source.clauses(1):
        if sim[clause.sent].max() < FLOOR or (clause.start, clause.end) in reported:
            continue  # a sentence left out whole is reported whole
        facts = [x for x in lost if clause.start <= x.start and x.end <= clause.end]
        if facts:
            reported.add((clause.start, clause.end))
            yield ctx.finding(
                FindingType.OMISSION,
                Severity.MAJOR,
                0.6,
                f"the candidate nowhere gives {', '.join(repr(x.text) for x in facts)} ('{_short(clause.text)}')",
                None,
                (clause.start, clause.end),
                NAME,
            )


def _taken(sim: np.ndarray, row: int) -> bool:
    """Whether the sentence `row` of one text has no counterpart because the other text's sentences nearest to it
    translate other sentences better: a sentence left out, not a loose translation of the only sentence there is."""
    nearest = int(sim[row].argmax())
    return int(sim[:, nearest].argmax()) != row


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
