"""The Dask engine: the same chunks and the same worker function, run on a Dask distributed cluster.

The input is read where `factdiff batch` runs and streamed to the cluster a bounded number of chunks at a time, so the
workers need factdiff installed but no access to the files, and memory stays bounded however large the input is.
With no scheduler address a LocalCluster of `workers` single-threaded processes is started (and stopped) here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from factdiff.batch.records import Item, Output

Work = Callable[[list[Item]], list[Output]]
CONNECT_TIMEOUT = "30s"


class DaskEngine:
    """Chunks submitted as Dask tasks; `slots` bounds how many are in flight, from the cluster's thread count."""

    def __init__(
        self, workers: int, work: Work, warm: Callable[[], None] | None = None, scheduler: str | None = None, processes: bool = True
    ) -> None:
        self.workers = workers
        self.slots = 4 * workers
        self._work = work
        self._warm = warm
        self._scheduler = scheduler
        self._processes = processes
        self._cluster = None
        self._client = None

    def __enter__(self) -> DaskEngine:
        try:
            self._start()
        except BaseException:
            self.__exit__()
            raise
        return self

    def _start(self) -> None:
        import dask
        from distributed import Client, LocalCluster

        from factdiff.batch.local import WorkerStartError

        if self._scheduler:
            try:
                self._client = Client(self._scheduler, timeout=CONNECT_TIMEOUT)
            except (OSError, TimeoutError, ValueError) as exc:
                raise WorkerStartError(f"cannot reach the Dask scheduler at {self._scheduler} ({exc})") from None
        else:
            # one thread per worker: the work is CPU-bound Python, and each worker keeps one model set and one cache;
            # the statistical profiler samples deep spaCy stacks every 10 ms, which costs some 8% of the throughput
            with dask.config.set({"distributed.worker.profile.enabled": False}):
                self._cluster = LocalCluster(
                    n_workers=self.workers,
                    threads_per_worker=1,
                    processes=self._processes,
                    dashboard_address=None,
                    silence_logs=logging.ERROR,
                )
            self._client = Client(self._cluster)
        self.workers = max(1, sum(self._client.nthreads().values()))
        self.slots = 4 * self.workers
        if self._warm is not None:
            try:
                self._client.run(self._warm)  # every worker loads its models now, not with its first chunk
            except Exception as exc:
                raise WorkerStartError(f"a Dask worker could not load the models ({type(exc).__name__}: {exc})") from None

    def submit(self, chunk: list[Item]):
        """A Dask future of the chunk's outputs; `pure=False` as chunks are never worth deduplicating by content."""
        return self._client.submit(self._work, chunk, pure=False)

    def __exit__(self, *_: object) -> None:
        if self._client is not None:
            self._client.close()
        if self._cluster is not None:
            self._cluster.close()
        self._client = self._cluster = None
