"""Stage 2 for a source text: its sentences, numbers, dates and name units in its own characters, and the sentences'
multilingual embeddings. All offsets are into `source.plain`."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace

import numpy as np

from factdiff.analyse.document import Positions
from factdiff.crosslingual.embed import encode
from factdiff.crosslingual.languages import Language, NameUnit, SourceDate, SourceNumber, SourceSentence, language
from factdiff.read import Source

# clauses: what a translation may drop inside a sentence that it otherwise keeps
_CLAUSE_END = re.compile(r"[，,；;：:]\s*")


@dataclass(frozen=True, slots=True)
class Clause:
    sent: int
    start: int
    end: int
    text: str


@dataclass
class SourceDocument(Positions):
    """A text in another language, as far as the cross-lingual checks read it."""

    source: Source
    language: Language
    sentences: list[SourceSentence]
    numbers: list[SourceNumber]
    dates: list[SourceDate]
    units: list[NameUnit]
    vectors: np.ndarray = field(repr=False)
    _starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self._starts = [s.start for s in self.sentences]

    def clauses(self, min_chars: int) -> list[Clause]:
        """Each sentence's clauses (between commas, semicolons and colons) of at least `min_chars` characters."""
        out = []
        for s in self.sentences:
            start = 0
            for m in [*_CLAUSE_END.finditer(s.text), None]:
                end = m.start() if m else len(s.text)
                piece = s.text[start:end].strip()
                if len(piece) >= min_chars:
                    offset = s.start + start + (len(s.text[start:end]) - len(s.text[start:end].lstrip()))
                    out.append(Clause(s.index, offset, offset + len(piece), piece))
                start = m.end() if m else start
        return out


def _longest_first(items: list) -> list:
    """Mentions that do not overlap a longer one found before them, in text order."""
    kept: list = []
    for x in sorted(items, key=lambda x: (-(x.end - x.start), x.start)):
        if not any(k.start < x.end and x.start < k.end for k in kept):
            kept.append(x)
    return sorted(kept, key=lambda x: x.start)


def analyse_source(source: Source, lang: str) -> SourceDocument:
    """Analyse a text in language `lang` (a BCP 47 code)."""
    reader = language(lang)
    text = source.plain
    sentences = reader.sentences(text)
    starts = [s.start for s in sentences]

    def sent(x):
        return replace(x, sent=max(0, bisect.bisect_right(starts, x.start) - 1))

    dates = [sent(d) for d in _longest_first(reader.dates(text))]
    numbers = [sent(n) for n in _longest_first(reader.numbers(text)) if not any(d.start <= n.start and n.end <= d.end for d in dates)]
    units = [sent(u) for u in reader.name_units(text)]
    vectors = encode([s.text for s in sentences])
    return SourceDocument(source, reader, sentences, numbers, dates, units, vectors)
