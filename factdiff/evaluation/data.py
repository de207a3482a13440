"""Benchmark records (../shared/benchmarks format) and their human MQM scores."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from pathlib import Path

MQM_WEIGHTS = {"Major": 5.0, "Minor": 1.0}
NON_TRANSLATION = 25.0


@dataclass(slots=True)
class Record:
    id: str
    dataset: str
    split: str
    reference: str
    candidate: str
    mode: str
    label: int  # 1 = inconsistent
    errors: list[dict] = field(default_factory=list)

    @property
    def mqm(self) -> float:
        """Minus the severity-weighted error count (Major 5, Minor 1, Non-translation 25).

        Pooled raters are not averaged here: a constant divisor per file changes neither Kendall's
        tau nor pairwise accuracy."""
        total = 0.0
        for e in self.errors:
            if "non-translation" in e.get("category", "").lower():
                total += NON_TRANSLATION
            else:
                total += MQM_WEIGHTS.get(e.get("severity", ""), 0.0)
        return -total

    @property
    def has_mqm(self) -> bool:
        return self.mode == "translation"


def load(path: Path, split: str | None = None, limit: int | None = None, seed: int = 13) -> list[Record]:
    """Records of one file, optionally one split, optionally a random sample drawn with a fixed seed."""
    records = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            row = json.loads(line)
            if split and row["split"] != split:
                continue
            records.append(
                Record(
                    id=row["id"],
                    dataset=row["dataset"],
                    split=row["split"],
                    reference=row["reference"],
                    candidate=row["candidate"],
                    mode=row.get("mode", "rewrite"),
                    label=int(row["label"] == "inconsistent"),
                    errors=row.get("errors", []),
                )
            )
    if limit is not None and limit < len(records):
        records = random.Random(seed).sample(records, limit)
    return records
