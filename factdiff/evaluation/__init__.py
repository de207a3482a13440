"""`factdiff eval`: factdiff and baselines on human-annotated benchmark files, in one run."""
