"""factdiff: find the factual discrepancies between two English texts."""

from __future__ import annotations

__version__ = "0.1.0"


def compare(
    reference: str,
    candidate: str,
    mode: str = "rewrite",
    verifier: bool | None = None,
    source: str | None = None,
    source_lang: str | None = None,
    profile: str | None = None,
):
    """Compare two texts; returns a factdiff.model.Report (see CONTRACT.md). `verifier=False` leaves the trained
    verifier out (None: use it when it is installed). A text that cannot be compared (empty, too long, binary, with a
    lone surrogate) raises factdiff.read.InputError, a ValueError; one that is not a str, a TypeError.

    A translation's source in another language: as `reference` with `mode="translation"` (its language detected, or
    given as `source_lang`, a BCP 47 code), or as `source` beside an English reference.

    `profile`: score with the calibration fitted on one kind of text (`factdiff.score.profiles()` lists them, each with
    its mode), not the mode's; English references only. ValueError for an unknown profile or one of another mode."""
    from factdiff.crosslingual.engine import compare_text, is_source
    from factdiff.engine import compare as _compare
    from factdiff.score import rescore

    if source is None and source_lang is None and not (mode == "translation" and is_source(reference)):
        report = _compare(reference, candidate, mode, verifier)
        return rescore(report, profile) if profile is not None else report
    if profile is not None:
        raise ValueError("a calibration profile scores comparisons with an English reference only, not with a source")
    return compare_text(reference, candidate, mode, verifier, source, source_lang)


__all__ = ["__version__", "compare"]
