"""Streaming batch input and output, JSONL or Parquet by extension, a bounded number of records at a time."""

from __future__ import annotations

import codecs
import json
import os
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from factdiff.batch.records import ErrorKind, Failure, Output, Raw, Unreadable, valid_id

if TYPE_CHECKING:
    import pyarrow.parquet as pq

PARQUET_BATCH_ROWS = 1024
FIELDS = ("id", "reference", "candidate", "mode")


class Format(StrEnum):
    JSONL = "jsonl"
    PARQUET = "parquet"


SUFFIXES = {".jsonl": Format.JSONL, ".ndjson": Format.JSONL, ".parquet": Format.PARQUET, ".pq": Format.PARQUET}


class FormatError(ValueError):
    """A path whose extension names no batch format, or a file that cannot be read in its format."""


def format_of(path: Path) -> Format:
    """The format a path's extension names."""
    try:
        return SUFFIXES[path.suffix.lower()]
    except KeyError:
        raise FormatError(f"{path}: unknown format (the name must end in .jsonl, .ndjson, .parquet or .pq)") from None


def count_records(path: Path) -> int:
    """How many records the input holds: non-blank lines of JSONL, rows of Parquet (read from the footer)."""
    if format_of(path) == Format.PARQUET:
        return _parquet_file(path).metadata.num_rows
    with path.open("rb") as lines:
        return sum(1 for line in lines if line.strip())


def read_records(path: Path) -> Iterator[Raw]:
    """Every input record in order, as a dict of its fields or as Unreadable; blank JSONL lines are not records."""
    if format_of(path) == Format.PARQUET:
        yield from _read_parquet(path)
        return
    with path.open("rb") as lines:
        for number, line in enumerate(lines):
            if number == 0 and line.startswith(codecs.BOM_UTF8):
                line = line[len(codecs.BOM_UTF8) :]
            if line.strip():
                yield parse_line(line)


def parse_line(line: bytes) -> Raw:
    """One JSONL line as the object it holds, or why it holds none."""
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as exc:
        return Unreadable(_salvage_id(line), Failure(ErrorKind.INVALID_ENCODING, f"the line is not UTF-8 (invalid byte at {exc.start})"))
    try:
        value = json.loads(text.strip())
    except json.JSONDecodeError as exc:
        return Unreadable(None, Failure(ErrorKind.INVALID_JSON, f"the line is not JSON ({exc.msg} at character {exc.pos + 1})"))
    except RecursionError:  # json's decoder recurses once per level of nesting
        return Unreadable(None, Failure(ErrorKind.INVALID_JSON, "the line is JSON nested too deeply to read"))
    if not isinstance(value, dict):
        kind = {list: "an array", str: "a string", bool: "a boolean", type(None): "null"}.get(type(value), "a number")
        return Unreadable(None, Failure(ErrorKind.NOT_AN_OBJECT, f"the line is {kind}, not a JSON object"))
    return value


def _salvage_id(line: bytes) -> str | int | None:
    """The id of a line that is JSON once its invalid bytes are replaced, so that its error record can be told apart."""
    try:
        value = json.loads(line.decode("utf-8", "replace"))
    except (json.JSONDecodeError, RecursionError):
        return None
    return valid_id(value.get("id")) if isinstance(value, dict) else None


def _parquet_file(path: Path) -> pq.ParquetFile:
    """Open a Parquet file (its footer only), or say in one line why it cannot be read."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        return pq.ParquetFile(path)
    except (pa.ArrowException, OSError) as exc:
        raise FormatError(f"{path}: not a readable Parquet file ({exc})") from None


def _read_parquet(path: Path) -> Iterator[dict[str, object]]:
    """Rows of the columns batch records use, a row group slice at a time; text columns come as bytes so that
    invalid UTF-8 is one record's error, not the whole file's."""
    import pyarrow as pa

    parquet = _parquet_file(path)
    names = set(parquet.schema_arrow.names)
    columns = [name for name in FIELDS if name in names]
    for batch in parquet.iter_batches(batch_size=PARQUET_BATCH_ROWS, columns=columns):
        arrays = {}
        for name in columns:
            array = batch.column(name)
            if name in ("reference", "candidate") and (pa.types.is_string(array.type) or pa.types.is_large_string(array.type)):
                array = array.view(pa.binary() if pa.types.is_string(array.type) else pa.large_binary())
            arrays[name] = array.to_pylist()
        for row in range(batch.num_rows):
            yield {name: values[row] for name, values in arrays.items()}


class JsonlWriter:
    """Appends output records to a JSONL file, flushed after every block so that a killed run loses at most a partial line."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._file = path.open("a", encoding="utf-8", newline="\n")

    def write(self, outputs: list[Output]) -> None:
        self._file.write("".join(output.to_json_line() + "\n" for output in outputs))
        self._file.flush()

    def close(self) -> None:
        self._file.close()


def jsonl_to_parquet(source: Path, target: Path, rows_per_group: int = 4096) -> None:
    """Convert output records from JSONL to Parquet, streaming, and put the file in place atomically.

    Columns: `id` (string; integer ids as their digits), `report` (the report's JSON, null for an error) and
    `error` (a struct of kind and message, null for a report)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema(
        [
            ("id", pa.string()),
            ("report", pa.string()),
            ("error", pa.struct([("kind", pa.string()), ("message", pa.string())])),
        ]
    )
    partial = target.with_name(target.name + ".tmp")
    with source.open(encoding="utf-8") as lines, pq.ParquetWriter(partial, schema) as writer:
        rows: list[dict[str, object]] = []
        for line in lines:
            record = json.loads(line)
            report = record.get("report")
            rows.append(
                {
                    "id": None if record["id"] is None else str(record["id"]),
                    "report": None if report is None else json.dumps(report, ensure_ascii=False, separators=(",", ":")),
                    "error": record.get("error"),
                }
            )
            if len(rows) == rows_per_group:
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                rows = []
        if rows:
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
    os.replace(partial, target)
