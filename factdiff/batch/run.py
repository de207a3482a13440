"""The batch driver: stream records in, send chunks to an engine with a bounded number in flight, write outputs in input order."""

from __future__ import annotations

import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, Task, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.text import Text

from factdiff.batch.io import FormatError, JsonlWriter, count_records, format_of, read_records
from factdiff.batch.journal import Journal, OutputExists, journal_path
from factdiff.batch.local import LocalEngine, WorkerStartError, default_workers
from factdiff.batch.records import Item, Job, Output, Raw, validate
from factdiff.batch.worker import compare_chunk, load_models

Work = Callable[[list[Item]], list[Output]]


class BatchError(Exception):
    """A batch that cannot run or go on (unreadable input, output in the way, a lost worker); its message is one line."""


@dataclass
class BatchOptions:
    """How to run a batch; `mode` is for records that name none."""

    workers: int | None = None
    engine: str = "local"
    scheduler: str | None = None
    mode: str = "rewrite"
    profile: str | None = None  # the calibration profile of records that name none
    resume: bool = False
    chunk_size: int = 16
    progress: bool = True
    dask_processes: bool = True  # False runs a LocalCluster's workers as threads of this process (for tests)


@dataclass
class Summary:
    """What a run did: records in the input, records an earlier run had written, and outputs written now by kind."""

    total: int
    resumed: int = 0
    cut: int = 0  # lines of the earlier run's output cut from a damaged one on, done again
    reports: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0  # the whole run
    startup: float = 0.0  # of which starting the workers and loading their models
    working: float = 0.0  # and from then to the last record written

    @property
    def rate(self) -> float:
        """Records written per second once the workers were ready."""
        return self.written / self.working if self.working > 0 else 0.0

    def count(self, outputs: list[Output]) -> None:
        for out in outputs:
            if out.error is None:
                self.reports += 1
            else:
                self.errors[str(out.error.kind)] += 1

    @property
    def written(self) -> int:
        return self.reports + sum(self.errors.values())

    def line(self, output: Path) -> str:
        """One line for the user: how many records, how many errors of which kind, how fast."""
        kinds = ", ".join(f"{n:,} {kind}" for kind, n in self.errors.most_common())
        errors = sum(self.errors.values())
        earlier = f"{self.resumed:,} kept from the earlier run, " if self.resumed else ""
        if self.cut:
            earlier += f"{self.cut:,} cut from it at a line that is not an output record and done again, "
        timing = f" in {self.seconds:.1f} s ({self.startup:.1f} s starting workers, then {self.rate:.1f} records/s)" if self.working else ""
        detail = f" ({kinds})" if kinds else ""
        return f"{self.total:,} records in {output}: {earlier}{self.reports:,} new reports, {errors:,} new errors{detail}{timing}"


class Engine(Protocol):
    """Runs chunks somewhere (worker processes, a Dask cluster); a context manager that starts and stops the workers."""

    workers: int
    slots: int

    def __enter__(self) -> Engine: ...

    def __exit__(self, *exc: object) -> None: ...

    def submit(self, chunk: list[Item]) -> Future[list[Output]]: ...


def make_engine(options: BatchOptions, work: Work, warm: Callable[[], None] | None) -> Engine:
    """The engine the options name, not started yet."""
    workers = options.workers or default_workers()
    if options.engine == "dask":
        from factdiff.batch.dask_engine import DaskEngine

        return DaskEngine(workers, work, warm, options.scheduler, options.dask_processes)
    if options.engine != "local":
        raise BatchError(f"unknown engine {options.engine!r} (local or dask)")
    return LocalEngine(workers, work, warm)


def run_batch(
    source: Path, output: Path, options: BatchOptions, work: Work = compare_chunk, warm: Callable[[], None] | None = load_models
) -> Summary:
    """Compare every record of SOURCE and write one output record each to OUTPUT, in input order.

    `work` turns a chunk of items into outputs in a worker (factdiff's comparison; the benchmark swaps in a trivial one to
    measure the streaming alone) and `warm` runs once in each worker before its first chunk."""
    try:
        format_of(output)
        if source.resolve() in (output.resolve(), journal_path(output).resolve()):
            raise BatchError(f"{output}: the output cannot be the input")
        if not output.parent.is_dir():
            raise BatchError(f"{output.parent}: no such directory")
        if source.exists() and not (source.is_file() or source.is_dir()):
            # a FIFO would block the count of records, and cannot be read again after it
            raise BatchError(f"{source}: is not a regular file (a pipe, device or socket); the input is read twice")
        total = count_records(source)
        journal = Journal.open(output, options.resume)
    except (FormatError, OutputExists) as exc:
        raise BatchError(str(exc)) from None
    except FileNotFoundError:
        raise BatchError(f"{source}: no such file") from None
    except IsADirectoryError:
        raise BatchError(f"{source}: is a directory, not a file") from None
    except OSError as exc:
        raise BatchError(f"{exc.filename or source}: cannot read ({exc.strerror or exc})") from None
    summary = Summary(total, resumed=total if journal.finished else journal.done, cut=journal.cut)
    if journal.finished:
        return summary
    if journal.done > total:
        raise BatchError(f"{journal.path} has {journal.done:,} records but {source} only {total:,}: it is not this input's output")
    start = time.perf_counter()
    records = iter(read_records(source))
    _skip_written(records, journal, options.mode)
    if journal.done == total:  # an interrupted run that had written everything: only the output's format is left to do
        journal.finish()
        return summary
    chunks = _chunks((validate(raw, options.mode, options.profile) for raw in records), options.chunk_size)
    writer = None
    try:
        with make_engine(options, work, warm) as engine, _progress(options.progress, total, journal.done) as advance:
            summary.startup = time.perf_counter() - start
            writer = _open_writer(journal)
            for outputs in _ordered(engine, chunks):
                writer.write(outputs)
                summary.count(outputs)
                advance(len(outputs))
            summary.working = time.perf_counter() - start - summary.startup
    except WorkerStartError as exc:
        raise BatchError(str(exc)) from None
    except BrokenProcessPool:
        raise BatchError("a worker process died (out of memory, or killed); what is written is kept: continue with --resume") from None
    finally:
        if writer is not None:
            writer.close()
    journal.finish()
    summary.seconds = time.perf_counter() - start
    return summary


def _open_writer(journal: Journal) -> JsonlWriter:
    """The journal's writer, or one line saying why it cannot be written."""
    try:
        return journal.writer()
    except OSError as exc:
        raise BatchError(f"{journal.path}: cannot write ({exc.strerror or exc})") from None


def _skip_written(records: Iterator[Raw], journal: Journal, mode: str) -> None:
    """Read past the records an earlier run wrote, checking that its output matches this input id for id."""
    for position, (written, raw) in enumerate(zip(journal.written_ids(), records, strict=False), 1):
        expected = validate(raw, mode).id
        if written != expected:
            raise BatchError(
                f"{journal.path} does not continue this input: record {position:,} has id {written!r} there and {expected!r} here"
            )


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    """Consecutive items in lists of about `size`: a chunk that has reached `size` still takes the records that follow
    with the same reference (up to 4 x `size`), so that a shared reference goes to one worker and is analysed once."""
    chunk: list[Item] = []
    for item in items:
        if len(chunk) >= size and (len(chunk) >= 4 * size or _reference(item) != _reference(chunk[-1])):
            yield chunk
            chunk = []
        chunk.append(item)
    if chunk:
        yield chunk


def _reference(item: Item) -> str | None:
    return item.reference if isinstance(item, Job) else None


def _ordered(engine: Engine, chunks: Iterable[list[Item]]) -> Iterator[list[Output]]:
    """Outputs of each chunk in input order, with at most `engine.slots` chunks submitted and not yet written."""
    window: deque[Future[list[Output]]] = deque()
    for chunk in chunks:
        if len(window) >= engine.slots:
            yield window.popleft().result()
        if any(not isinstance(item, Output) for item in chunk):
            window.append(engine.submit(chunk))
        else:
            window.append(_done(chunk))  # only error records: nothing for a worker to do
    while window:
        yield window.popleft().result()


def _done(outputs: list[Output]) -> Future[list[Output]]:
    """A future that already holds its outputs."""
    future: Future[list[Output]] = Future()
    future.set_result(outputs)
    return future


class RateColumn(ProgressColumn):
    """Records per second, over rich's recent window."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:,.1f} records/s" if speed else "- records/s", style="progress.data.speed")


def _progress(show: bool, total: int, done: int):
    """A context giving `advance(n)`: a progress bar on stderr with rate and time left, or nothing."""
    if not show:
        return nullcontext(lambda n: None)
    return _ProgressBar(total, done)


class _ProgressBar:
    """A rich progress bar on stderr: records done of all, rate, time elapsed and left."""

    def __init__(self, total: int, done: int) -> None:
        columns = (
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            RateColumn(),
            TimeElapsedColumn(),
            TextColumn("eta"),
            TimeRemainingColumn(),
        )
        self._progress = Progress(*columns, console=Console(stderr=True))
        self._task = self._progress.add_task("batch", total=total, completed=done)

    def __enter__(self) -> Callable[[int], None]:
        self._progress.start()
        return lambda n: self._progress.advance(self._task, n)

    def __exit__(self, *_: object) -> None:
        self._progress.stop()
