"""What a process that factdiff owns (the command line, a web worker) does before anything imports spaCy."""

from __future__ import annotations

import sys


def load_thinc_without_torch() -> None:
    """spaCy's thinc imports torch when it is installed (1.5 s of start-up; only the `train` extra installs it), and
    factdiff never uses it. Hide torch while thinc looks for it, then let any later import of torch work as usual.
    Not for the Python API: a program that imports factdiff may use thinc with torch."""
    if "torch" in sys.modules:
        return
    sys.modules["torch"] = None  # an import of a module set to None raises ImportError
    try:
        import thinc.compat  # noqa: F401
    finally:
        del sys.modules["torch"]
