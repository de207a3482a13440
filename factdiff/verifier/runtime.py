"""Run the trained verifier: an int8 ONNX graph shipped in the package, loaded offline with onnxruntime (no torch).

The graph takes `input_ids`, `attention_mask` and `token_type_ids` and gives `token_logits` (one per word piece: is
this candidate piece in error?) and `pair_logits` (one per pair: does the candidate say something the reference does
not?). `meta.json` beside it holds the thresholds chosen on dev and what the model was trained from.

`FACTDIFF_VERIFIER_MODEL=DIR` loads another model directory of the same layout (`verifier.onnx`, `meta.json`), for example one
that `factdiff train` has just written.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from factdiff.verifier.encode import Encoded, batch_arrays, encode

SHIPPED = Path(__file__).parent / "weights"
MODEL_FILE = "verifier.onnx"
META_FILE = "meta.json"
BATCH = 4  # pairs of similar length per run: padding costs more than small batches (seed pair: 1.05 s vs 1.6 s at 16)


class VerifierUnavailable(FileNotFoundError):
    """No verifier model where one was looked for; its message says where (a missing file, so the CLI says it in one
    line like any unreadable input)."""


@dataclass(slots=True)
class Prediction:
    """The verifier's view of one pair: an error probability per candidate word piece and for the pair."""

    encoded: Encoded
    token_probs: np.ndarray  # over encoded.candidate_tokens
    pair_prob: float


@dataclass
class Meta:
    name: str = "factdiff-verifier"
    max_tokens: int = 192
    span_threshold: float = 0.5  # a word piece at or above this is tagged (the best F1 of pieces on held-out pairs)
    finding_threshold: float = 0.7  # a tagged span whose peak reaches this is a finding (pieces 0.6 precise)
    major_threshold: float = 0.85  # and major from here (pieces 0.8 precise)
    # a verb change the events check proposes is another event (major) where the candidate's verb is tagged at least
    # this high (None: the model does not separate event changes from paraphrases; the rule stays off)
    event_threshold: float | None = None
    weight: float = 0.5  # how much the pair probability takes from the score (score.py)
    mode_weights: dict = field(default_factory=dict)  # a weight for a mode that has its own (chosen on its dev pairs)
    modes: tuple[str, ...] = ("rewrite", "translation", "summary")  # where it runs unless asked otherwise
    extra: dict = field(default_factory=dict)

    def weight_for(self, mode: str) -> float:
        return float(self.mode_weights.get(mode, self.weight))

    @classmethod
    def read(cls, path: Path) -> Meta:
        data = json.loads(path.read_text(encoding="utf-8"))
        known = {k: data.pop(k) for k in list(data) if k in cls.__dataclass_fields__ and k != "extra"}
        if "modes" in known:
            modes = known["modes"]
            known["modes"] = (modes,) if isinstance(modes, str) else tuple(modes)
        return cls(**known, extra=data)


class Verifier:
    def __init__(self, directory: Path, threads: int = 1) -> None:
        import onnxruntime as ort

        model = directory / MODEL_FILE
        if not model.is_file():
            raise VerifierUnavailable(f"no verifier model at {model}")
        meta = directory / META_FILE
        self.meta = Meta.read(meta) if meta.is_file() else Meta()
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        self.session = ort.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])
        self._inputs = {i.name for i in self.session.get_inputs()}

    def predict(self, pairs: list[tuple[str, str]]) -> list[Prediction]:
        """Predictions for (candidate, reference) pairs, in order; batched by length so that padding stays small."""
        encoded = [encode(c, r, self.meta.max_tokens) for c, r in pairs]
        out: list[Prediction | None] = [None] * len(encoded)
        order = sorted(range(len(encoded)), key=lambda i: len(encoded[i]))
        for lo in range(0, len(order), BATCH):
            idx = order[lo : lo + BATCH]
            feed = {k: v for k, v in batch_arrays([encoded[i] for i in idx]).items() if k in self._inputs}
            token_logits, pair_logits = self.session.run(["token_logits", "pair_logits"], feed)
            for row, i in enumerate(idx):
                e = encoded[i]
                out[i] = Prediction(e, _sigmoid(token_logits[row, e.candidate_tokens]), float(_sigmoid(pair_logits[row])))
        return out  # type: ignore[return-value]


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.asarray(x, dtype=np.float64)))


def model_directory() -> Path:
    """Where the verifier is loaded from: FACTDIFF_VERIFIER_MODEL, or the model shipped in the package."""
    override = os.environ.get("FACTDIFF_VERIFIER_MODEL")
    return Path(override) if override else SHIPPED


@lru_cache(maxsize=1)
def load_verifier() -> Verifier:
    """The verifier, loaded once per process; VerifierUnavailable when there is none."""
    return Verifier(model_directory())


def verifier_meta() -> Meta:
    """The verifier's meta.json alone (which modes it is for), without loading the model."""
    return _meta(model_directory())


@lru_cache(maxsize=4)
def _meta(directory: Path) -> Meta:
    meta = directory / META_FILE
    return Meta.read(meta) if meta.is_file() else Meta()


def available() -> bool:
    return (model_directory() / MODEL_FILE).is_file()
