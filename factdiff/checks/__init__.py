"""Stage 4, check: one module per kind of discrepancy, each yielding findings from a Context."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from factdiff.checks import (
    addition,
    attribution,
    dates,
    entities,
    events,
    exchange,
    modality,
    numbers,
    omission,
    polarity,
    repetition,
    roles,
)
from factdiff.checks.base import Context
from factdiff.model import Finding

CHECKS: dict[str, Callable[[Context], Iterator[Finding]]] = {
    module.NAME: module.check
    for module in (roles, exchange, polarity, attribution, modality, events, entities, numbers, dates, repetition, addition, omission)
}

__all__ = ["CHECKS", "Context"]
