"""`factdiff batch`: compare millions of pairs from JSONL or Parquet, in worker processes or on a Dask cluster.

The flow is read -> validate -> compare (in workers) -> write, one output record per input record, in input order:
`io` streams records in and out, `records` turns each into a job or an error record, `worker` compares jobs with a
per-worker cache of analysed references, `local` and `dask_engine` run the workers, `journal` makes a run resumable
and `run` ties them together.
"""

from factdiff.batch.records import ErrorKind, Failure, Job, Output
from factdiff.batch.run import BatchError, BatchOptions, Summary, run_batch

__all__ = ["BatchError", "BatchOptions", "ErrorKind", "Failure", "Job", "Output", "Summary", "run_batch"]
