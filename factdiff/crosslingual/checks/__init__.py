"""Stage 4 for a source text: the checks that cross scripts, one module each, over a SourceContext."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from factdiff.crosslingual.checks import coverage, dates, names, numbers
from factdiff.crosslingual.checks.base import SourceContext
from factdiff.model import Finding

CHECKS: dict[str, Callable[[SourceContext], Iterator[Finding]]] = {m.NAME: m.check for m in (names, numbers, dates, coverage)}

__all__ = ["CHECKS", "SourceContext"]
