"""Resumable output: records are appended to a JSONL journal as they are done, so that a run killed at any point can be
continued. The journal is the output itself for JSONL; for Parquet it is `OUT.partial.jsonl`, converted when the run ends."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from factdiff.batch.io import Format, JsonlWriter, format_of, jsonl_to_parquet


class OutputExists(Exception):
    """The output (or an interrupted run's journal) is there and --resume was not given."""


@dataclass
class Journal:
    """Where output records go while a run is under way, and how many an earlier run already wrote there."""

    output: Path
    path: Path
    done: int
    finished: bool = False  # the output is a Parquet file that a finished run already wrote
    cut: int = 0  # whole lines of an earlier run's output cut from the first one that is not an output record on

    @classmethod
    def open(cls, output: Path, resume: bool) -> Journal:
        """The journal for OUT: new, or (with resume) an earlier run's, cut after its last complete record."""
        path = journal_path(output)
        started = path.exists() or (path != output and output.exists())
        if started and not resume:
            there = path if path.exists() else output
            raise OutputExists(f"{there} exists; continue that run with --resume, or remove it to start again")
        if path != output and output.exists() and not path.exists():
            return cls(output, path, 0, finished=True)
        if not path.exists():
            return cls(output, path, 0)
        done, cut = cut_after_last_record(path)
        return cls(output, path, done, cut=cut)

    def written_ids(self) -> Iterator[str | int | None]:
        """The ids of the records already in the journal, in order."""
        if not self.path.exists():
            return
        with self.path.open(encoding="utf-8") as lines:
            for line in lines:
                yield json.loads(line)["id"]

    def writer(self) -> JsonlWriter:
        return JsonlWriter(self.path)

    def finish(self) -> None:
        """Put the output in its format: convert the journal to Parquet and remove it (JSONL needs nothing)."""
        if self.path != self.output:
            self.path.touch()  # an input without records still gets its (empty) output
            jsonl_to_parquet(self.path, self.output)
            self.path.unlink()


def journal_path(output: Path) -> Path:
    """The JSONL file that records are appended to while the run is under way."""
    if format_of(output) == Format.JSONL:
        return output
    return output.with_name(output.name + ".partial.jsonl")


def cut_after_last_record(path: Path) -> tuple[int, int]:
    """Cut the journal after its last whole output record, and return how many records it keeps and how many whole lines
    it cut. A partial last line (a run killed while writing) goes; so does a line that is not an output record (a damaged
    disk block, an edit), with every line after it, so that resuming does those records again instead of failing."""
    kept = cut = end = 0
    with path.open("r+b") as file:
        for line in file:
            if cut or not line.endswith(b"\n") or not _is_record(line):
                cut += line.endswith(b"\n")
                continue
            kept += 1
            end += len(line)
        file.truncate(end)
    return kept, cut


def _is_record(line: bytes) -> bool:
    """Whether a journal line is an output record: a JSON object with an id and a report or an error."""
    try:
        value = json.loads(line)
    except (ValueError, RecursionError):
        return False
    return isinstance(value, dict) and "id" in value and ("report" in value or "error" in value)
