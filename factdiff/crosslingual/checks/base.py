"""What every cross-lingual check gets: the analysed source, the English candidate, their alignment."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from factdiff.align import Alignment
from factdiff.analyse.document import Document
from factdiff.checks.base import make_finding
from factdiff.crosslingual.document import SourceDocument
from factdiff.model import Finding, FindingType, Severity


@dataclass
class SourceContext:
    source: SourceDocument
    candidate: Document
    alignment: Alignment
    vectors: np.ndarray  # the candidate sentences' e5 embeddings
    mode: str
    _values: list[float] | None = field(default=None, repr=False)

    @property
    def candidate_values(self) -> list[float]:
        """Every number the candidate writes: its quantities in each reading, its dates' years and days, and any numeral
        in digits, alone and times a scale word after it ('44th', 'F-22', '4 to 6 million')."""
        if self._values is None:
            values = [v for q in self.candidate.quantities for r in q.readings() for v in (r.low, r.high)]
            values += [float(p) for d in self.candidate.dates if d.low is not None for p in (d.low.year, d.low.day)]
            scales = _scales()
            for m in _NUMERAL.finditer(self.candidate.text):
                value = float(m.group().replace(",", ""))
                values.append(value)
                after = self.candidate.text[m.end() : m.end() + 40].lower().split()[:4]
                values += [value * scales[w.strip(".,;")] for w in after if w.strip(".,;") in scales]
            self._values = values
        return self._values

    def refs_for(self, cand_sent: int) -> set[int]:
        return self.alignment.refs_for(cand_sent)

    def cands_for(self, source_sent: int) -> set[int]:
        return self.alignment.cands_for(source_sent)

    def finding(
        self,
        type: FindingType,
        severity: Severity,
        confidence: float,
        message: str,
        candidate: tuple[int, int] | None,
        source: tuple[int, int] | None,
        check: str,
    ) -> Finding:
        """A finding with spans given as plain offsets in each text; its reference span is in the source."""
        return make_finding(
            self.candidate, self.source, type, severity, confidence, message, candidate, source, check, reference_text="source"
        )


_NUMERAL = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")


@lru_cache(maxsize=1)
def _scales() -> dict[str, float]:
    """English scale words ('million') from number-parser's CLDR table."""
    from number_parser.data.en import info

    return {k: float(v) for k, v in info["BIG_POWERS_OF_TEN"].items() if v >= 1000}
