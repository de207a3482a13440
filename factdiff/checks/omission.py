"""Omission (rewrite and translation modes): names and numbers of the reference that the candidate drops."""

from __future__ import annotations

from collections.abc import Iterator

from factdiff.analyse.entities import supported
from factdiff.checks.base import Context
from factdiff.model import Finding, FindingType, Severity

NAME = "omission"


def check(ctx: Context) -> Iterator[Finding]:
    if ctx.mode == "summary":
        return
    cand_q = ctx.candidate.quantities
    missing: dict[int, list[tuple[int, int, str]]] = {}
    candidate_text = f" {ctx.candidate.text.lower()} "
    for m in ctx.reference.entities:
        if (m.label == "NORP" and not m.country) or m.from_parse:
            continue
        if not supported(m, ctx.candidate.entities) and f" {m.key} " not in candidate_text:
            missing.setdefault(m.sent, []).append((m.start, m.end, m.text))
    for q in ctx.reference.quantities:
        if not any(ch.isdigit() for ch in q.text):
            continue  # 'two', 'half': number words are often paraphrased away ('both', 'a pair')
        if not any(q.states_same_amount(c) for c in cand_q):
            missing.setdefault(q.sent, []).append((q.start, q.end, q.text))
    for _sent, items in sorted(missing.items()):
        items.sort()
        names = ", ".join(f"'{t}'" for _, _, t in items)
        # minor: on the dev splits, omissions were as common in faithful translations as in flawed ones
        yield ctx.finding(
            FindingType.OMISSION,
            Severity.MINOR,
            0.7,
            f"the candidate leaves out {names}",
            None,
            (items[0][0], items[-1][1]),
            NAME,
        )
