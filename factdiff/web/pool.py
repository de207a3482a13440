"""Where comparisons run: off the event loop, in worker processes that load the models once at start-up.

A comparison is CPU-bound for about a second; in the event loop it would stall every other request, and threads
would share one interpreter lock. Worker processes run them truly in parallel while the loop stays free.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
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
    (for tests and debugging: the models then load here), otherwise in `workers` spawned processes."""

    def __init__(self, workers: int | None = None, in_process: bool = False) -> None:
        self.workers = 1 if in_process else workers or default_workers()
        self.in_process = in_process
        self._executor: Executor | None = None

    def _new_executor(self) -> Executor:
        if self.in_process:
            return ThreadPoolExecutor(max_workers=1, thread_name_prefix="factdiff", initializer=worker.load_models, initargs=(False,))
        # spawn, not fork: forking a process that runs an event loop and threads is unsafe
        context = multiprocessing.get_context("spawn")
        return ProcessPoolExecutor(max_workers=self.workers, mp_context=context, initializer=worker.load_models)

    async def start(self) -> None:
        """Start every worker and wait until each has loaded the models."""
        self._executor = self._new_executor()
        loop = asyncio.get_running_loop()
        await asyncio.gather(*(loop.run_in_executor(self._executor, worker.ping) for _ in range(self.workers)))

    async def run(self, function: Callable[..., T], *args: object, timeout_s: float) -> T:
        """Run `function(*args)` in the pool; PoolTimeout after `timeout_s` (a queued task is then dropped)."""
        if self._executor is None:
            raise RuntimeError("the pool is not started")
        executor = self._executor
        loop = asyncio.get_running_loop()
        try:
            return await asyncio.wait_for(loop.run_in_executor(executor, function, *args), timeout_s)
        except TimeoutError:
            raise PoolTimeout(f"the comparison took longer than the limit of {timeout_s:g} s") from None
        except BrokenProcessPool:
            if self._executor is executor:
                executor.shutdown(wait=False, cancel_futures=True)
                self._executor = self._new_executor()
            raise PoolUnavailable("a worker process died during the comparison; the workers have been restarted") from None

    def shutdown(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None
