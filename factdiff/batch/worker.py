"""What runs in a batch worker: compare a chunk of jobs, analysing each distinct reference once per worker.

Runs in local worker processes and on Dask workers alike; the models load on first use and stay for the worker's life.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from factdiff.batch.records import ErrorKind, Failure, Item, Job, Output
from factdiff.read import InputError

if TYPE_CHECKING:
    from factdiff.analyse.document import Document

MAX_ENTRIES = 128
MAX_CHARS = 200_000  # an analysed reference takes about 330 bytes a character: some 65 MB at most


@dataclass
class ReferenceCache:
    """Analysed references keyed by a hash of their text, least recently used out first, bounded in entries and characters.

    A reference that cannot be compared is cached as its Failure, so that its many candidates all get the same error."""

    max_entries: int = MAX_ENTRIES
    max_chars: int = MAX_CHARS
    hits: int = 0
    misses: int = 0
    _entries: OrderedDict[bytes, tuple[Document | Failure, int]] = field(default_factory=OrderedDict, repr=False)
    _chars: int = 0

    def get(self, text: str) -> Document | Failure:
        """The analysed reference (a Document), or the Failure that keeps it from being compared."""
        key = hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()
        entry = self._entries.get(key)
        if entry is not None:
            self.hits += 1
            self._entries.move_to_end(key)
            return _fresh(entry[0])
        self.misses += 1
        value = _analyse_reference(text)
        self._entries[key] = (value, len(text))
        self._chars += len(text)
        while len(self._entries) > self.max_entries or (self._chars > self.max_chars and len(self._entries) > 1):
            _, (_, chars) = self._entries.popitem(last=False)
            self._chars -= chars
        return value

    def __len__(self) -> int:
        return len(self._entries)


def _analyse_reference(text: str) -> Document | Failure:
    """A reference checked as the CLI checks its inputs, then analysed."""
    from factdiff.analyse.document import analyse
    from factdiff.read import ensure_english, source_from_text

    try:
        source = source_from_text(text, "reference")
    except InputError as exc:
        return Failure(ErrorKind.REFUSED_TEXT, str(exc))
    try:
        ensure_english(source)
    except InputError as exc:
        return Failure(ErrorKind.NOT_ENGLISH, str(exc))
    return analyse(source)


def _fresh(value: Document | Failure) -> Document | Failure:
    """A cached reference made as it was after analysis: entity linking marks short names ambiguous for the candidate
    at hand (`EntityMention.ambiguous`) and never clears the mark, so it is cleared here before the next candidate."""
    if not isinstance(value, Failure):
        for mention in value.entities:
            mention.ambiguous = False
    return value


_local = threading.local()


def worker_cache() -> ReferenceCache:
    """This worker's cache (one per thread, so that a Dask worker with several threads shares no state)."""
    cache = getattr(_local, "cache", None)
    if cache is None:
        cache = _local.cache = ReferenceCache()
    return cache


def compare_job(job: Job, cache: ReferenceCache) -> Output:
    """The report of one job, or the error that kept it from being compared; never raises for a bad input."""
    from factdiff.analyse.document import analyse
    from factdiff.engine import compare_documents
    from factdiff.read import ensure_english, source_from_text

    try:
        reference = cache.get(job.reference)
        if isinstance(reference, Failure) and reference.kind == ErrorKind.NOT_ENGLISH and job.mode == "translation":
            return _compare_with_source(job)
        if isinstance(reference, Failure):
            return Output(job.id, error=reference)
        try:
            candidate = source_from_text(job.candidate, "candidate")
        except InputError as exc:
            return Output(job.id, error=Failure(ErrorKind.REFUSED_TEXT, str(exc)))
        try:
            ensure_english(candidate)
        except InputError as exc:
            return Output(job.id, error=Failure(ErrorKind.NOT_ENGLISH, str(exc)))
        report = compare_documents(reference, analyse(candidate), job.mode)
        if job.profile is not None:
            from factdiff.score import rescore

            report = rescore(report, job.profile)
    except InputError as exc:  # a text of too many sentences, found once analysed
        return Output(job.id, error=Failure(ErrorKind.REFUSED_TEXT, str(exc)))
    except Exception as exc:  # one pair that trips a bug must not stop a run of millions; it is reported in its record
        return Output(job.id, error=Failure(ErrorKind.INTERNAL, f"{type(exc).__name__}: {exc}"))
    return Output(job.id, report=report.to_json(indent=None))


def _compare_with_source(job: Job) -> Output:
    """A translation whose reference is its source in another language (factdiff.crosslingual)."""
    from factdiff.crosslingual.engine import compare_source
    from factdiff.read import ensure_english, source_from_text

    if job.profile is not None:
        message = "a calibration profile scores comparisons with an English reference only, not with a source in another language"
        return Output(job.id, error=Failure(ErrorKind.INVALID_PROFILE, message))
    try:
        candidate = source_from_text(job.candidate, "candidate")
        ensure_english(candidate)
    except InputError as exc:
        return Output(job.id, error=Failure(ErrorKind.NOT_ENGLISH if "English" in str(exc) else ErrorKind.REFUSED_TEXT, str(exc)))
    report = compare_source(source_from_text(job.reference, "reference"), candidate, job.mode)
    return Output(job.id, report=report.to_json(indent=None))


def compare_chunk(items: list[Item], cache: ReferenceCache | None = None) -> list[Output]:
    """Outputs for a chunk of items, in order: jobs are compared (with this worker's cache unless given one), error
    records pass through."""
    cache = worker_cache() if cache is None else cache
    return [compare_job(item, cache) if isinstance(item, Job) else item for item in items]


def load_models() -> None:
    """Load everything a comparison needs (spaCy, the encoder, the language identifier) by comparing a small pair."""
    text = "The models that factdiff needs load once in every worker, before the first record comes."
    output = compare_job(Job(None, text, text, "rewrite"), ReferenceCache())
    if output.error is not None:
        raise RuntimeError(f"factdiff cannot compare in this worker: {output.error.message}")
    from factdiff.engine import verifier_enabled
    from factdiff.verifier.runtime import load_verifier

    if verifier_enabled(None):  # an identical pair skips the verifier: load it here, not in the first chunk
        load_verifier()
