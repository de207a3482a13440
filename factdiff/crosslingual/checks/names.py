"""Names: a person's name in the candidate that the source does not write, where the source writes another.

Names are compared by sound across scripts (romanise.py): each capitalised word of the candidate's name is looked for
among the source's words (or runs of up to three characters, in Chinese) of the aligned sentences. Two kinds of
evidence make a finding:
- a name partly found: 'Wang Wei' where the source has 张伟 ('zhang wei'): 'Wei' is found, and the source word beside
  it, which no word of the candidate sounds like, stands where the candidate has 'Wang';
- in a language that marks proper nouns (capitals, or Korean's NNP tag), a person's name not found at all where the
  aligned source sentence has a proper noun that no word of the candidate sounds like.
A name not found is no finding by itself: a place or an organisation is often translated, not transliterated."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from factdiff.analyse.entities import EntityMention
from factdiff.crosslingual.checks.base import SourceContext
from factdiff.crosslingual.languages import NameUnit
from factdiff.crosslingual.romanise import NAME_MATCH, ascii_fold, loosely_similar, romanise, similar
from factdiff.model import Finding, FindingType, Severity

NAME = "source-names"
_CAPITALISED = re.compile(r"\b[A-Z][\w'’]*(?:-\w+)*")
_MAX_RUN = 3  # characters of a Chinese name part: 'Xiaoming' is 晓明
WHOLE_MATCH = 90  # a whole name against one run: stricter, as a long key absorbs a changed part ('Park Minsu', 김민수)


def _words(m: EntityMention) -> list[tuple[int, int, str]]:
    return [(m.start + w.start(), m.start + w.end(), ascii_fold(w.group())) for w in _CAPITALISED.finditer(m.text)]


def _runs(units: list[NameUnit], joined: bool) -> list[tuple[int, int, str]]:
    """Candidate source spellings: each unit, and in a script without spaces runs of adjacent units, as unit index
    ranges with their romanisation."""
    out = [(i, i + 1, u.latin) for i, u in enumerate(units)]
    if joined:
        for i in range(len(units)):
            latin = units[i].latin
            for j in range(i + 1, min(i + _MAX_RUN, len(units))):
                if units[j].start != units[j - 1].end:
                    break
                latin += units[j].latin
                out.append((i, j + 1, latin))
    return out


@lru_cache(maxsize=65536)
def _stripped(text: str, lang: str, chars: int) -> str:
    return romanise(text[chars:], lang)


def _sounds_like(word: str, unit: NameUnit, latin: str, lang: str, prefixes: int) -> bool:
    if similar(word, latin) >= NAME_MATCH:
        return True
    # Hebrew and Arabic write a preposition or an article onto the name: ובנתניהו
    return any(len(unit.text) - k >= 3 and similar(word, _stripped(unit.text, lang, k)) >= NAME_MATCH for k in range(1, prefixes + 1))


def _find(word: str, units: list[NameUnit], ctx: SourceContext, floor: float = NAME_MATCH) -> tuple[int, int] | None:
    """The unit range of `units` that sounds most like `word` (at least `floor`), or None."""
    lang = ctx.source.language
    best, found = floor, None
    for i, j, latin in _runs(units, lang.joined_script):
        score = similar(word, latin)
        if j - i == 1 and score < floor and _sounds_like(word, units[i], latin, lang.code, lang.prefix_chars):
            score = floor
        if score > best or (score == best and found is None):
            best, found = score, (i, j)
    return found


def check(ctx: SourceContext) -> Iterator[Finding]:
    lang = ctx.source.language
    units = ctx.source.units
    if not units:
        return
    spoken = [ascii_fold(t.text) for t in ctx.candidate.doc if t.text[:1].isupper() and t.is_alpha]
    # source words that sound like some capitalised word of the candidate: accounted for
    heard = {i for i, u in enumerate(units) for w in spoken if _sounds_like(w, u, u.latin, lang.code, lang.prefix_chars)}
    for m in ctx.candidate.entities:
        if m.label != "PERSON":
            continue
        words = _words(m)
        whole = "".join(w for _, _, w in words)
        if not words or _find(whole, units, ctx, WHOLE_MATCH) is not None:
            continue
        refs = ctx.refs_for(m.sent)
        near = [i for i, u in enumerate(units) if u.sent in refs]
        local = [units[i] for i in near]
        found = {k: _find(w, local, ctx) for k, (_, _, w) in enumerate(words)}
        anywhere = {k for k, (_, _, w) in enumerate(words) if found[k] is not None or _find(w, units, ctx) is not None}
        if len(anywhere) == len(words):
            continue
        if anywhere and not lang.names_in_one_unit:
            yield from _partial(ctx, m, words, found, near, heard)
        elif not anywhere and lang.marks_names:
            rivals = [near[k] for k, u in enumerate(local) if u.name and near[k] not in heard]
            if rivals:
                u = units[rivals[0]]
                yield ctx.finding(
                    FindingType.ENTITY,
                    Severity.MAJOR,
                    0.6 if len(rivals) == 1 else 0.45,
                    f"'{m.text}' where the source names '{u.text}' ({u.latin})",
                    (m.start, m.end),
                    (u.start, u.end),
                    NAME,
                )


def _partial(ctx, m: EntityMention, words, found: dict, near: list[int], heard: set[int]) -> Iterator[Finding]:
    """'Wang Wei' for 张伟: the unfound word against the source word beside the found part."""
    units = ctx.source.units
    for k, (start, end, _) in enumerate(words):
        if found[k] is not None:
            continue
        anchors = [(j, found[j]) for j in range(len(words)) if found[j] is not None]
        if not anchors:
            return
        j, (lo, hi) = min(anchors, key=lambda a: abs(a[0] - k))
        index = near[lo] - 1 if k < j else near[hi - 1] + 1
        if not 0 <= index < len(units) or index in heard or units[index].sent != units[near[lo]].sent:
            continue
        neighbour = units[index]
        if loosely_similar(words[k][2], neighbour.latin):
            continue  # another romanisation of the same sound: 'Lee' for 이, 'Park' for 박
        gap = ctx.source.text[min(neighbour.end, units[near[lo]].end) : max(neighbour.start, units[near[lo]].start)]
        if gap.strip() or (ctx.source.language.marks_names and not neighbour.name):
            continue
        yield ctx.finding(
            FindingType.ENTITY,
            Severity.MAJOR,
            0.7,
            f"'{m.text}' where the source writes '{neighbour.text}' ({neighbour.latin}) for '{ctx.candidate.text[start:end]}'",
            (start, end),
            (neighbour.start, neighbour.end),
            NAME,
        )
