"""factdiff: find the factual discrepancies between two English texts."""

from __future__ import annotations

__version__ = "0.1.0"


def compare(reference: str, candidate: str, mode: str = "rewrite", verifier: bool | None = None):
    """Compare two texts; returns a factdiff.model.Report (see CONTRACT.md). `verifier=False` leaves the trained
    verifier out (None: use it when it is installed). A text that cannot be compared (empty, too long, binary, with a
    lone surrogate) raises factdiff.read.InputError, a ValueError; one that is not a str, a TypeError."""
    from factdiff.engine import compare as _compare

    return _compare(reference, candidate, mode, verifier)


__all__ = ["__version__", "compare"]
