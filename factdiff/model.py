"""The report's data model: what checks emit and what reporters render (factdiff.report/2)."""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA = "factdiff.report/2"

Mode = Literal["rewrite", "translation", "summary"]
MODES: tuple[str, ...] = ("rewrite", "translation", "summary")


class FindingType(StrEnum):
    ENTITY = "entity"
    NUMBER = "number"
    DATE = "date"
    ROLE = "role"
    POLARITY = "polarity"
    MODALITY = "modality"
    ATTRIBUTION = "attribution"
    EVENT = "event"
    OMISSION = "omission"
    ADDITION = "addition"
    REPETITION = "repetition"
    GARBLED = "garbled"


class Severity(StrEnum):
    MINOR = "minor"
    MAJOR = "major"
    CRITICAL = "critical"

    @property
    def weight(self) -> int:
        """MQM weight of one finding of this severity."""
        return SEVERITY_WEIGHTS[self]

    @property
    def rank(self) -> int:
        return SEVERITY_ORDER.index(self)


SEVERITY_ORDER = [Severity.MINOR, Severity.MAJOR, Severity.CRITICAL]
SEVERITY_WEIGHTS = {Severity.MINOR: 1, Severity.MAJOR: 5, Severity.CRITICAL: 10}


class Span(BaseModel):
    """Characters [start, end) of the text as the user gave it: text[start:end] == span.text."""

    model_config = ConfigDict(frozen=True)

    start: int
    end: int
    text: str

    def overlaps(self, other: Span | None) -> bool:
        return other is not None and self.start < other.end and other.start < self.end


class Finding(BaseModel):
    """One factual discrepancy: what kind, how serious, and where in both texts."""

    id: str = ""
    type: FindingType
    severity: Severity
    confidence: float = Field(ge=0.0, le=1.0)
    message: str
    candidate_span: Span | None = None
    reference_span: Span | None = None
    check: str = Field("", description="the check that emitted the finding (an extension of report/1)")
    reference_text: Literal["source", "reference"] | None = Field(
        None, description="which text reference_span points into when the report has a source in another language (report/2)"
    )
    unsupported: bool = Field(
        False,
        description="a fact of the candidate (a name, a number) that the reference does not give, with no conflict to show: "
        "a minor note that the score counts more than other notes (an extension of report/1)",
    )


class TextInfo(BaseModel):
    name: str
    chars: int
    sentences: int
    language: str | None = Field(None, description="the text's language as a BCP 47 code: 'en', 'zh', 'he' (report/2)")


class AlignmentLink(BaseModel):
    reference: list[int]
    candidate: list[int]
    similarity: float


class SentenceSupport(BaseModel):
    """How well the reference supports one candidate sentence, and the reference sentences that support it best
    (report/2): the part of the score that is not a finding, shown sentence by sentence."""

    span: Span
    support: float = Field(ge=0.0, le=1.0)
    evidence: list[Span] = Field(default_factory=list)


class Report(BaseModel):
    """The whole comparison, as the contract's JSON report."""

    model_config = ConfigDict(populate_by_name=True)

    schema_: str = Field(SCHEMA, alias="schema")
    version: str
    mode: Mode
    reference: TextInfo
    candidate: TextInfo
    source: TextInfo | None = Field(None, description="the original-language source, when given beside an English reference (report/2)")
    score: float = Field(ge=0.0, le=1.0, description="the probability that the candidate is faithful, calibrated per mode (report/2)")
    verdict: Literal["consistent", "inconsistent"]
    support: float = Field(1.0, ge=0.0, le=1.0, description="how well reference sentences cover the candidate (an extension of report/1)")
    verifier: float | None = Field(
        None,
        ge=0.0,
        le=1.0,
        description="the trained verifier's probability that the candidate is wrong; null when it did not run (extension)",
    )
    tokens: int = Field(0, ge=0, description="the length the score is taken per: the longer text's tokens (an extension of report/1)")
    findings: list[Finding]
    alignment: list[AlignmentLink]
    sentences: list[SentenceSupport] = Field(default_factory=list, description="one entry per candidate sentence (report/2)")
    signature: dict[str, str] = Field(default_factory=dict, description="what produced the report")

    def to_json(self, indent: int | None = 2) -> str:
        return self.model_dump_json(by_alias=True, indent=indent)
