"""What runs in a worker: load the models once, then compare texts and render the result for the app.

Everything here is picklable across a process boundary: plain strings in, plain strings out, and two exception
types the app turns into HTTP errors.
"""

from __future__ import annotations

import logging
import signal
from collections.abc import Callable

from factdiff.model import Report
from factdiff.read import InputError, detect_language, ensure_english, source_from_text
from factdiff.startup import load_thinc_without_torch

logger = logging.getLogger("factdiff.web")

WARM_REFERENCE = "The council approved 12 new homes in Leeds on Monday, the mayor said."
WARM_CANDIDATE = "The council rejected 21 new homes in York on Tuesday, the mayor said."


class ComparisonError(Exception):
    """A comparison that failed for a reason other than its input (a bug); the message is for the user."""


def load_models(ignore_interrupts: bool = True) -> None:
    """Load the spaCy pipeline and the encoder, and run one small comparison so that every lazy resource is ready."""
    if ignore_interrupts:
        # Ctrl-C reaches the whole process group: the server shuts the workers down, they need not see it
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    load_thinc_without_torch()
    compare(WARM_REFERENCE, WARM_CANDIDATE, "rewrite")


def compare(reference: str, candidate: str, mode: str, profile: str | None = None) -> Report:
    """The CLI's checks on input (decodable, not too long, not empty, English), then the comparison; in translation
    mode the reference may be the source in another language. `profile`: score with that calibration profile
    (InputError for an unknown one, one of another mode, or with a source)."""
    from factdiff.engine import compare_sources
    from factdiff.score import rescore

    sources = source_from_text(reference, "reference"), source_from_text(candidate, "candidate")
    ensure_english(sources[1])
    if mode == "translation" and detect_language(sources[0]) != "en":
        if profile is not None:
            raise InputError("a calibration profile scores comparisons with an English reference only, not with a source")
        from factdiff.crosslingual.engine import compare_source

        return compare_source(*sources, mode)
    ensure_english(sources[0])
    report = compare_sources(*sources, mode)
    if profile is None:
        return report
    try:
        return rescore(report, profile)
    except ValueError as exc:
        raise InputError(str(exc)) from None


def compare_json(reference: str, candidate: str, mode: str, profile: str | None = None) -> str:
    """The contract's JSON report, compact."""
    return _guarded(lambda: compare(reference, candidate, mode, profile).to_json(indent=None))


def compare_view(reference: str, candidate: str, mode: str, profile: str | None = None) -> str:
    """The side-by-side view of the comparison, as an HTML fragment."""
    from factdiff.report.html import render_view

    return _guarded(lambda: render_view(compare(reference, candidate, mode, profile), reference, candidate))


def ping() -> bool:
    """A no-op task: submitting one per worker starts every worker (each loads the models as it starts)."""
    return True


def _guarded(work: Callable[[], str]) -> str:
    """Run `work`; a failure that is not the input's becomes a ComparisonError (picklable, one line, logged here)."""
    try:
        return work()
    except InputError:
        raise
    except Exception as exc:
        logger.exception("comparison failed")
        raise ComparisonError(f"internal error ({type(exc).__name__}: {exc}); please report it with the two texts") from None
