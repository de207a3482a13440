"""Where comparisons run: off the event loop, in worker processes that load the models once at start-up.

A comparison is CPU-bound for about a second; in the event loop it would stall every other request, and threads
would share one interpreter lock. Worker processes run them truly in parallel while the loop stays free.

Each worker is a one-process executor that takes one comparison at a time, so that a comparison past the time limit
can be stopped: its process is killed and a fresh one takes its place, instead of computing on for minutes while every
later request waits behind it.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from functools import partial
from typing import TypeVar

from factdiff.web import worker

T = TypeVar("T")


class PoolTimeout(Exception):
    """A comparison that ran past the per-request time limit."""


class PoolUnavailable(Exception):
    """The pool lost a worker (killed, out of memory); it has been restarted, the request can be retried."""


def default_workers() -> int:
    """One worker per core this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


class ComparisonPool:
    """Runs comparisons with a time limit. `in_process=True` runs them one at a time on a thread of this process
    (for tests and debugging: the models then load here, and a comparison past the limit runs on to its end on its
    thread), otherwise in `workers` spawned processes, each started with `initializer` (loading the models)."""

    def __init__(
        self, workers: int | None = None, in_process: bool = False, initializer: Callable[[], object] = worker.load_models
    ) -> None:
        self.workers = 1 if in_process else workers or default_workers()
        self.in_process = in_process
        self._initializer = initializer
        self._idle: asyncio.Queue[Executor] | None = None
        self._executors: set[Executor] = set()

    def _new_executor(self) -> Executor:
        if self.in_process:
            load = partial(worker.load_models, False)
            executor: Executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="factdiff", initializer=load)
        else:
            # spawn, not fork: forking a process that runs an event loop and threads is unsafe
            context = multiprocessing.get_context("spawn")
            executor = ProcessPoolExecutor(max_workers=1, mp_context=context, initializer=self._initializer)
        self._executors.add(executor)
        return executor

    async def start(self) -> None:
        """Start every worker and wait until each has loaded the models."""
        self._idle = asyncio.Queue()
        executors = [self._new_executor() for _ in range(self.workers)]
        loop = asyncio.get_running_loop()
        await asyncio.gather(*(loop.run_in_executor(executor, worker.ping) for executor in executors))
        for executor in executors:
            self._idle.put_nowait(executor)

    async def run(self, function: Callable[..., T], *args: object, timeout_s: float) -> T:
        """Run `function(*args)` on an idle worker; PoolTimeout after `timeout_s`, waiting for a worker included (a
        worker still comparing then is replaced)."""
        if self._idle is None:
            raise RuntimeError("the pool is not started")
        loop = asyncio.get_running_loop()
        try:
            async with asyncio.timeout(timeout_s):
                executor = await self._idle.get()
                try:
                    result = await loop.run_in_executor(executor, function, *args)
                except BrokenProcessPool:
                    self._release(executor, healthy=False)
                    raise PoolUnavailable("a worker process died during the comparison; it has been restarted") from None
                except asyncio.CancelledError:  # past the time limit, or the server is stopping
                    self._release(executor, healthy=False)
                    raise
                except Exception:  # the comparison's own error (bad input, a bug): the worker is fine
                    self._release(executor, healthy=True)
                    raise
                self._release(executor, healthy=True)
                return result
        except TimeoutError:
            raise PoolTimeout(f"the comparison took longer than the limit of {timeout_s:g} s") from None

    def _release(self, executor: Executor, healthy: bool) -> None:
        """Give a worker back to the idle ones; one that may still be comparing (or is dead) is stopped and a fresh one,
        which loads the models at once, takes its place. Once the pool is shut down, no worker is started again."""
        if self._idle is None:
            _stop(executor)
            return
        if not healthy:
            _stop(executor)
            self._executors.discard(executor)
            executor = self._new_executor()
            executor.submit(worker.ping)
        self._idle.put_nowait(executor)

    def shutdown(self) -> None:
        """Stop every worker now, busy or not, so that none outlives the server."""
        for executor in self._executors:
            _stop(executor)
        self._executors.clear()
        self._idle = None


def _stop(executor: Executor) -> None:
    """Shut an executor down without waiting; a process executor's processes are killed, as a task that has started
    cannot otherwise be stopped (ProcessPoolExecutor.kill_workers comes with Python 3.14)."""
    for process in list((getattr(executor, "_processes", None) or {}).values()):
        process.kill()
    executor.shutdown(wait=False, cancel_futures=True)
