"""Short example pairs that ship with factdiff, so that anyone who installed it can see a report in one command.

Each example is a folder with `reference.txt` and `candidate.txt`; `examples.json` gives its mode, what it shows, and
the kinds of error put into its candidate on purpose (none for the faithful paraphrase). `factdiff example` compares
them, `make demo` runs them all, and the tests check that each error is found.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

FOLDER = Path(__file__).parent


@dataclass(frozen=True, slots=True)
class Example:
    name: str
    mode: str
    about: str
    errors: tuple[str, ...]  # finding types the candidate has on purpose

    @property
    def reference(self) -> Path:
        return FOLDER / self.name / "reference.txt"

    @property
    def candidate(self) -> Path:
        return FOLDER / self.name / "candidate.txt"


def _load() -> dict[str, Example]:
    entries = json.loads((FOLDER / "examples.json").read_text(encoding="utf-8"))
    return {e["name"]: Example(e["name"], e["mode"], e["about"], tuple(e["errors"])) for e in entries}


EXAMPLES: dict[str, Example] = _load()  # by name, in the order of examples.json: the first is the default
