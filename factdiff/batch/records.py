"""Batch records: an input record becomes a Job to compare or, when it is unusable, an error Output with a reason."""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum

from factdiff.model import MODES

RecordId = str | int | None


class ErrorKind(StrEnum):
    """Why a record has no report; the `error.kind` of an output record."""

    INVALID_ENCODING = "invalid_encoding"  # a JSONL line that is not UTF-8, or text with lone surrogates
    INVALID_JSON = "invalid_json"  # a JSONL line that is not JSON
    NOT_AN_OBJECT = "not_an_object"  # a JSONL line that is JSON but not an object
    MISSING_FIELD = "missing_field"  # no id, reference or candidate (or null)
    WRONG_TYPE = "wrong_type"  # a field of the wrong type (texts and mode are strings, id a string or an integer)
    INVALID_MODE = "invalid_mode"  # a mode other than rewrite, translation or summary
    INVALID_PROFILE = "invalid_profile"  # a calibration profile that does not exist, is of another mode, or meets a source
    EMPTY_TEXT = "empty_text"  # a reference or candidate with nothing but white space
    REFUSED_TEXT = "refused_text"  # text factdiff refuses: binary, too long, too many sentences, HTML without visible text
    NOT_ENGLISH = "not_english"  # clearly not English (factdiff compares English texts)
    INTERNAL = "internal"  # the comparison failed: a bug, to be reported with the record


@dataclass(slots=True)
class Failure:
    """What went wrong with one record."""

    kind: ErrorKind
    message: str


@dataclass(slots=True)
class Job:
    """A valid record: two texts to compare in a mode."""

    id: RecordId
    reference: str
    candidate: str
    mode: str
    profile: str | None = None  # score with this calibration profile (factdiff.score.profiles) instead of the mode's


@dataclass(slots=True)
class Output:
    """One output record: the report as compact JSON, or the error."""

    id: RecordId
    report: str | None = None
    error: Failure | None = None

    def to_json_line(self) -> str:
        """The record as one JSONL line (without the newline); the report's JSON is spliced in, not re-encoded."""
        if self.error is not None:
            return json.dumps({"id": self.id, "error": {"kind": str(self.error.kind), "message": self.error.message}}, ensure_ascii=False)
        return f'{{"id": {json.dumps(self.id, ensure_ascii=False)}, "report": {self.report}}}'


@dataclass(slots=True)
class Unreadable:
    """A record the reader could not turn into fields (a JSONL line that is not UTF-8, not JSON or not an object)."""

    id: RecordId
    failure: Failure


Raw = dict[str, object] | Unreadable
Item = Job | Output  # what a worker is given: a job to compare, or an error record that passes through


def fail(record_id: RecordId, kind: ErrorKind, message: str) -> Output:
    """The error record of a record that cannot be compared."""
    return Output(record_id, error=Failure(kind, message))


def valid_id(value: object) -> RecordId:
    """The record's id when it has an acceptable type (a string or an integer), else None."""
    if isinstance(value, str) or (isinstance(value, int) and not isinstance(value, bool)):
        return value
    return None


def validate(raw: Raw, default_mode: str, default_profile: str | None = None) -> Item:
    """A Job for a usable record; an error Output naming the first problem otherwise. A record's `profile` (or the
    default, for records that name none) must be a calibration profile of the record's mode."""
    if isinstance(raw, Unreadable):
        return Output(raw.id, error=raw.failure)
    if raw.get("id") is None:
        return fail(None, ErrorKind.MISSING_FIELD, "no id")
    record_id = valid_id(raw["id"])
    if record_id is None:
        return fail(None, ErrorKind.WRONG_TYPE, f"id must be a string or an integer, not {_a(raw['id'])}")
    texts = {}
    for name in ("reference", "candidate"):
        text = _text(raw, name)
        if isinstance(text, Failure):
            return Output(record_id, error=text)
        texts[name] = text
    mode = default_mode if raw.get("mode") is None else raw["mode"]
    profile = default_profile if raw.get("profile") is None else raw["profile"]
    for name, value in (("mode", mode), ("profile", profile)):
        if value is not None and not isinstance(value, str):
            return fail(record_id, ErrorKind.WRONG_TYPE, f"{name} must be a string, not {_a(value)}")
    if mode not in MODES:
        return fail(record_id, ErrorKind.INVALID_MODE, f"mode must be one of {', '.join(MODES)}, not {mode!r}")
    problem = profile_problem(profile, mode) if profile is not None else None
    if problem:
        return fail(record_id, ErrorKind.INVALID_PROFILE, problem)
    return Job(record_id, texts["reference"], texts["candidate"], mode, profile)


def profile_problem(profile: str, mode: str) -> str | None:
    """Why a calibration profile cannot score a comparison in this mode (None: it can)."""
    from factdiff.score import profiles

    known = profiles()
    if profile not in known:
        return f"no calibration profile {profile!r}; the profiles are {', '.join(known)}"
    if known[profile] != mode:
        return f"calibration profile {profile!r} is for {known[profile]} mode, not {mode}"
    return None


def _text(raw: dict[str, object], name: str) -> str | Failure:
    """A text field, decoded and checked, or why it cannot be compared."""
    value = raw.get(name)
    if value is None:
        return Failure(ErrorKind.MISSING_FIELD, f"no {name}")
    if isinstance(value, bytes):  # a Parquet binary column
        try:
            value = value.decode("utf-8")
        except UnicodeDecodeError as exc:
            return Failure(ErrorKind.INVALID_ENCODING, f"{name}: invalid UTF-8 at byte {exc.start}")
    if not isinstance(value, str):
        return Failure(ErrorKind.WRONG_TYPE, f"{name} must be a string, not {_a(value)}")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        return Failure(ErrorKind.INVALID_ENCODING, f"{name}: a lone surrogate (\\u{ord(value[exc.start]):04x}) at character {exc.start}")
    if not value.strip():
        return Failure(ErrorKind.EMPTY_TEXT, f"{name} is empty")
    return value


def _a(value: object) -> str:
    """A value's type as someone who wrote the JSON would name it: 'a number', 'an array'."""
    names = {bool: "a boolean", int: "a number", float: "a number", str: "a string", list: "an array", dict: "an object", bytes: "bytes"}
    return names.get(type(value), f"a {type(value).__name__}")
