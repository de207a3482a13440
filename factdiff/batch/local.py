"""The local engine: worker processes on this machine, each loading the models once and keeping its reference cache."""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from factdiff.batch.records import Item, Output

Work = Callable[[list[Item]], list[Output]]
READY_TIMEOUT_S = 300


def default_workers() -> int:
    """The number of cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


class WorkerStartError(RuntimeError):
    """A worker could not start (its models failed to load, or it died)."""


class LocalEngine:
    """A pool of `workers` processes; `submit` hands one chunk to whichever is free.

    Workers ignore Ctrl-C (the parent stops the run and keeps what is written) and exit on their own when the parent dies,
    so that a killed run leaves no orphans behind."""

    def __init__(self, workers: int, work: Work, warm: Callable[[], None] | None = None) -> None:
        self.workers = workers
        self.slots = 4 * workers  # chunks in flight: enough to keep every worker busy, few enough to bound memory
        self._work = work
        self._warm = warm
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> LocalEngine:
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        self._pool = ProcessPoolExecutor(
            self.workers, mp_context=multiprocessing.get_context(method), initializer=_start_worker, initargs=(os.getpid(), self._warm)
        )
        try:
            self._wait_until_ready()
        except BaseException:
            self._pool.shutdown(wait=False, cancel_futures=True)
            raise
        return self

    def submit(self, chunk: list[Item]) -> Future[list[Output]]:
        """A future of the chunk's outputs, from whichever worker is free."""
        return self._pool.submit(self._work, chunk)

    def __exit__(self, exc_type: type[BaseException] | None, *_: object) -> None:
        self._pool.shutdown(wait=exc_type is None, cancel_futures=True)

    def _wait_until_ready(self) -> None:
        """Return once every worker has started (and loaded its models), so that timings start with all of them ready."""
        seen: set[int] = set()
        deadline = time.monotonic() + READY_TIMEOUT_S
        try:
            while len(seen) < self.workers and time.monotonic() < deadline:
                probes = [self._pool.submit(_pid_after_a_moment) for _ in range(2 * self.workers)]
                seen.update(probe.result() for probe in probes)
        except BrokenProcessPool as exc:
            raise WorkerStartError(f"a worker process could not start: {exc}") from None


def _start_worker(parent: int, warm: Callable[[], None] | None) -> None:
    """Set a new worker up: Ctrl-C is the parent's to handle, orphans exit, BLAS at one thread, the models load."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_when_orphaned, args=(parent,), daemon=True).start()
    from factdiff.crosslingual.embed import one_blas_thread

    one_blas_thread()
    if warm is not None:
        warm()


def _exit_when_orphaned(parent: int) -> None:
    """End this worker when its parent is gone (killed with -9, say): nobody is left to take its results."""
    while True:
        time.sleep(1.0)
        if os.getppid() != parent:
            os._exit(1)


def _pid_after_a_moment() -> int:
    """Which worker took this probe; the pause lets the other workers take the next ones."""
    time.sleep(0.05)
    return os.getpid()
