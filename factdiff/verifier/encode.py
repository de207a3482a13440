"""How a pair goes into the verifier: `[CLS] candidate [SEP] reference [SEP]` in MiniLM's word pieces.

The candidate comes first so that it is never cut: when the pair is too long only the reference is truncated. Each
candidate word piece keeps its character offsets, so that tagged pieces map back to the user's words. Training and
inference share this module (it needs the tokenizer only, not torch).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from factdiff.analyse.embed import TOKENIZER

MAX_TOKENS = 192


@dataclass(slots=True)
class Encoded:
    """One pair as model input, with the candidate's word pieces and their offsets into the candidate text."""

    ids: list[int]
    type_ids: list[int]
    candidate_tokens: list[int]  # positions in `ids` of the candidate's word pieces
    offsets: list[tuple[int, int]]  # their [start, end) in the candidate text

    def __len__(self) -> int:
        return len(self.ids)


@lru_cache(maxsize=2)
def load_tokenizer(max_tokens: int = MAX_TOKENS):
    """The tokenizer for pairs: no padding, the reference (second text) cut to fit `max_tokens`."""
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(TOKENIZER))
    tokenizer.no_padding()
    tokenizer.enable_truncation(max_tokens, strategy="only_second")
    return tokenizer


@lru_cache(maxsize=1)
def _counting_tokenizer():
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(TOKENIZER))
    tokenizer.no_padding()
    tokenizer.no_truncation()
    return tokenizer


def pieces(text: str):
    """The word pieces of one text, without special tokens or truncation (ids and offsets)."""
    return _counting_tokenizer().encode(text, add_special_tokens=False)


def encode(candidate: str, reference: str, max_tokens: int = MAX_TOKENS) -> Encoded:
    """The pair's word pieces. The candidate keeps at most two thirds of the window (a longer one is cut at its end:
    the caller sends sentences, so only run-on ones are cut) and the reference is cut to fit the rest."""
    room = (2 * max_tokens) // 3
    own = pieces(candidate)
    if len(own.ids) > room:
        candidate = candidate[: own.offsets[room - 1][1]]
    enc = load_tokenizer(max_tokens).encode(candidate, reference)
    positions = [i for i, s in enumerate(enc.sequence_ids) if s == 0]
    return Encoded(enc.ids, enc.type_ids, positions, [enc.offsets[i] for i in positions])


def batch_arrays(batch: list[Encoded]) -> dict[str, np.ndarray]:
    """Padded int64 arrays for a batch: input_ids, attention_mask, token_type_ids."""
    width = max(len(e) for e in batch)
    ids = np.zeros((len(batch), width), dtype=np.int64)
    mask = np.zeros_like(ids)
    types = np.zeros_like(ids)
    for row, e in enumerate(batch):
        ids[row, : len(e)] = e.ids
        mask[row, : len(e)] = 1
        types[row, : len(e)] = e.type_ids
    return {"input_ids": ids, "attention_mask": mask, "token_type_ids": types}
