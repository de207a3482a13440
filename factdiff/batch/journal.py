"""Resumable output: records are appended to a JSONL journal as they are done, so that a run killed at any point can be
continued. The journal is the output itself for JSONL; for Parquet it is `OUT.partial.jsonl`, converted when the run ends."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from factdiff.batch.io import Format, JsonlWriter, format_of, jsonl_to_parquet

BLOCK = 1 << 16


class OutputExists(Exception):
    """The output (or an interrupted run's journal) is there and --resume was not given."""


@dataclass
class Journal:
    """Where output records go while a run is under way, and how many an earlier run already wrote there."""

    output: Path
    path: Path
    done: int
    finished: bool = False  # the output is a Parquet file that a finished run already wrote

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
        return cls(output, path, cut_partial_line(path))

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


def cut_partial_line(path: Path) -> int:
    """Remove a partial last line (a run killed while writing) and return how many complete lines remain."""
    with path.open("r+b") as file:
        size = file.seek(0, os.SEEK_END)
        end = size
        while end > 0:
            start = max(0, end - BLOCK)
            file.seek(start)
            block = file.read(end - start)
            newline = block.rfind(b"\n")
            if newline >= 0:
                end = start + newline + 1
                break
            end = start
        if end < size:
            file.truncate(end)
        file.seek(0)
        return sum(block.count(b"\n") for block in iter(lambda: file.read(BLOCK), b""))
