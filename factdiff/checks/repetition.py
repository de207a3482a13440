"""Repetition: words that the candidate says twice where the reference says them once.

Two kinds:
- a run of words said twice in a row ('including 600 deaths, including 600 deaths'): a stutter, minor;
- a later candidate sentence that says again what an earlier candidate sentence (or a clause of it) already
  said, reworded a little or not at all: duplicated content, major, unless the reference says it twice too.
"""

from __future__ import annotations

from collections.abc import Iterator
from difflib import SequenceMatcher

import numpy as np

from factdiff.analyse.document import Document, Sentence
from factdiff.checks.base import Context
from factdiff.model import Finding, FindingType, Severity

NAME = "repetition"
MIN_WORDS = 2

# a later sentence repeats an earlier one when nearly all its content words are in the earlier one (CONTAINED)
# and either its words come in the same order there (ORDERED: a copy, or a copy of one clause) or the two
# sentences mean the same (SAME_MEANING: a copy reworded)
MIN_CONTENT = 4  # fewer content words ('The company said.') are too little to call a repetition
CONTAINED = 0.8
ORDERED = 0.6
SAME_MEANING = 0.85


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


def _words(doc: Document, s: Sentence) -> list[str]:
    return [t.lower_ for t in doc.doc[s.token_start : s.token_end] if not t.is_punct and not t.is_space]


def _contained(part: frozenset[str], whole: frozenset[str]) -> float:
    return len(part & whole) / len(part) if part else 0.0


def _ordered(part: list[str], whole: list[str]) -> float:
    """Share of `part`'s words found in `whole` in the same order (runs of at least two words)."""
    if not part:
        return 0.0
    blocks = SequenceMatcher(None, part, whole, autojunk=False).get_matching_blocks()
    return sum(b.size for b in blocks if b.size >= 2) / len(part)


def repeated_sentences(doc: Document) -> list[tuple[int, int]]:
    """(earlier, later) sentence indices where the later sentence says again what the earlier one says."""
    out = []
    sims = doc.vectors @ doc.vectors.T if len(doc.sentences) else np.zeros((0, 0))
    words = [_words(doc, s) for s in doc.sentences]
    for later in doc.sentences:
        if len(later.lemmas) < MIN_CONTENT:
            continue
        for earlier in doc.sentences[: later.index]:
            if _contained(later.lemmas, earlier.lemmas) < CONTAINED:
                continue
            if _ordered(words[later.index], words[earlier.index]) >= ORDERED or sims[earlier.index, later.index] >= SAME_MEANING:
                out.append((earlier.index, later.index))
                break
    return out


def _said_twice_in_reference(ctx: Context, later: Sentence) -> bool:
    """True when two reference sentences each carry the repeated content: the candidate repeats as the reference does."""
    carriers = [r for r in ctx.reference.sentences if _contained(later.lemmas, r.lemmas) >= CONTAINED]
    return len(carriers) >= 2


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
    for earlier, later in repeated_sentences(ctx.candidate):
        s = ctx.candidate.sentences[later]
        if _said_twice_in_reference(ctx, s):
            continue
        yield ctx.finding(
            FindingType.REPETITION,
            Severity.MAJOR,
            0.8,
            f"this sentence repeats what sentence {earlier + 1} already says; the reference says it once",
            (s.start, s.end),
            None,
            NAME,
        )
