"""What every cross-lingual check gets: the analysed source, the English candidate, their alignment."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from factdiff.align import Alignment
from factdiff.analyse.document import Document
from factdiff.crosslingual.document import SourceDocument
from factdiff.model import Finding, FindingType, Severity


@dataclass
class SourceContext:
    source: SourceDocument
    candidate: Document
    alignment: Alignment
    vectors: np.ndarray  # the candidate sentences' e5 embeddings
    mode: str

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
        return Finding(
            type=type,
            severity=severity,
            confidence=round(min(1.0, max(0.0, confidence)), 3),
            message=message,
            candidate_span=self.candidate.span(*candidate) if candidate else None,
            reference_span=self.source.span(*source) if source else None,
            check=check,
            reference_text="source",
        )
