"""Choose the cross-lingual tagger's run-time settings on the dev pairs it did not train on, and write them into its meta.json.

    python training/choose_xtagger.py factdiff/crosslingual/weights ../shared/benchmarks/*mqm*.jsonl [--limit N]

The held-out pairs are those of train_xtagger.py (a tenth of the distinct sources). For each, the source checks run as
at run time (rules, then the tagger); the tagger's token probabilities and pair probability are kept, and then:
- `finding_threshold` (= `major_threshold`): the token probability from which a run of words becomes a major finding:
  the highest of those within 0.005 of the best balanced accuracy of "has a major error" from the findings (the
  character F1 of major spans, the MQM major meaning errors, is recorded beside it);
- `pair_weight`: the weight of the pair probability in the score (report/1's formula, `score.score`): the one of
  0, 0.1, ..., 1 with the highest ROC-AUC of the score;
- `score_threshold`: the score below which the verdict is inconsistent without a major finding, if one lifts the
  verdict's balanced accuracy by MIN_LIFT or more (else 0: the verdict is the findings').
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))

from train_xtagger import held_out, load, synthetic, token_labels  # noqa: E402

# a verdict of inconsistent without a finding cannot point at words: the score threshold is used only where it lifts
# the held-out balanced accuracy by this much
MIN_LIFT = 0.02


def collect(files: list[str], limit: int | None) -> list[dict]:
    from factdiff.analyse.document import analyse
    from factdiff.crosslingual.align import support
    from factdiff.crosslingual.document import analyse_source
    from factdiff.crosslingual.embed import one_thread
    from factdiff.crosslingual.engine import check_source
    from factdiff.crosslingual.tagger import tagger, vouched_spans, windows
    from factdiff.evaluation.source import file_language
    from factdiff.read import source_from_text

    everything = load(files)
    languages = {
        name: file_language({str(i): e["source"] for i, e in enumerate(everything) if e["file"] == name})
        for name in {e["file"] for e in everything}
    }
    examples = [ex for ex in everything if held_out(ex)]
    if limit:
        examples = examples[:limit]
    model = tagger()
    rows = []
    for n, ex in enumerate(examples):
        candidate = analyse(source_from_text(ex["candidate"], "candidate"))
        with one_thread():
            document = analyse_source(source_from_text(ex["source"], "source"), languages[ex["file"]])
            found, ctx = check_source(document, candidate, "translation")
            tokens, probability = [], 0.0
            for (s0, s1), (c0, c1) in windows(ctx, model.base.vocabulary):
                tagging = model.tag(ctx.source.text[s0:s1], candidate.text[c0:c1])
                probability = max(probability, tagging.probability)
                tokens += [(s + c0, e + c0, p) for s, e, p in tagging.tokens]
        rows.append(
            {
                "file": ex["file"],
                "label": ex["label"],
                "text": candidate.text,
                "gold": [(a, b) for a, b, tag in ex["spans"] if tag == 1],
                "rules": [(f.candidate_span.start, f.candidate_span.end, f.severity.value) for f in found if f.candidate_span],
                "rules_major": any(f.severity.value in ("major", "critical") for f in found),
                "penalty": sum(f.severity.weight * f.confidence for f in found),
                "words": len(candidate.doc),
                "support": support(ctx.alignment, "translation"),
                "tokens": tokens,
                "vouched": vouched_spans(ctx),
                "probability": probability,
            }
        )
        if (n + 1) % 100 == 0:
            print(f"{n + 1}/{len(examples)}", flush=True)
    return rows


def edit_sensitivity(files: list[str]) -> dict:
    """Whether the tagger compares the texts or judges the English alone: the reference translations of the held-out
    sources, as they are and edited (train_xtagger.synthetic, on these sources only), each with its source. ROC-AUC of
    the pair probability (edited against unedited) and of the token probability (the edited words against the rest)."""
    from sklearn.metrics import roc_auc_score

    from factdiff.crosslingual.tagger import tagger

    model = tagger()
    made = synthetic(load(files), 3, held=True)
    pairs, tokens = [], []
    for ex in made:
        tagging = model.tag(ex["source"], ex["candidate"])
        pairs.append((ex["label"], tagging.probability))
        labels = token_labels([(s, e) for s, e, _ in tagging.tokens], ex["spans"])
        tokens += [(int(t), p) for t, (_, _, p) in zip(labels, tagging.tokens, strict=True) if t >= 0]
    return {
        "pairs": len(made),
        "pair_auc": round(roc_auc_score(*zip(*pairs, strict=True)), 4),
        "token_auc": round(roc_auc_score(*zip(*tokens, strict=True)), 4),
    }


def _tagged_runs(row: dict, threshold: float) -> list[tuple[int, int, float]]:
    """The runs that make findings at run time (tagger.tag_source): at or above `threshold`, not all vouched for."""
    from factdiff.crosslingual.tagger import _inside, _runs

    runs = _runs([tuple(t[:3]) for t in row["tokens"]], row["text"], threshold)
    return [r for r in runs if not _inside(row["text"], r[0], r[1], row.get("vouched", []))]


def _chars(spans) -> set[int]:
    return {i for a, b, *_ in spans for i in range(a, b)}


def _spans_at(row: dict, finding: float, major: float) -> tuple[list[tuple[int, int]], bool]:

    runs = _tagged_runs(row, finding)
    rules = [(a, b) for a, b, sev in row["rules"] if sev != "minor"]
    taken = [(a, b) for a, b, peak in runs if peak >= major and not any(a < y and x < b for x, y, _ in row["rules"])]
    return rules + taken, row["rules_major"] or bool(taken)


def evaluate(rows: list[dict], finding: float, major: float) -> dict:
    tp = pred = gold = 0
    flagged = []
    for row in rows:
        spans, serious = _spans_at(row, finding, major)
        p, g = _chars(spans), _chars(row["gold"])
        tp, pred, gold = tp + len(p & g), pred + len(p), gold + len(g)
        flagged.append(serious)
    f1 = 2 * tp / max(pred + gold, 1)
    labels = np.array([r["label"] for r in rows])
    flagged = np.array(flagged)
    bacc = (flagged[labels == 1].mean() + (1 - flagged[labels == 0].mean())) / 2
    return {"span_f1_major": f1, "balanced_accuracy": float(bacc)}


def _by_file(rows: list[dict]) -> dict[str, float]:
    from sklearn.metrics import roc_auc_score

    out = {}
    for name in sorted({r["file"] for r in rows}):
        part = [r for r in rows if r["file"] == name]
        if len({r["label"] for r in part}) > 1:
            out[name] = round(roc_auc_score([r["label"] for r in part], [r["probability"] for r in part]), 4)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("model", type=Path, help="the tagger's folder (xtagger.npz, meta.json)")
    parser.add_argument("files", nargs="+")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--rows", type=Path, default=None, help="keep (or reuse) the collected rows here")
    args = parser.parse_args(argv)
    os.environ["FACTDIFF_SOURCE_TAGGER"] = "off"  # check_source's rules only; the tagger is run here
    os.environ["FACTDIFF_SOURCE_TAGGER_MODEL"] = str(args.model)
    if args.rows and args.rows.exists():
        rows = json.loads(args.rows.read_text())
    else:
        rows = collect(args.files, args.limit)
        if args.rows:
            args.rows.write_text(json.dumps(rows))
    from sklearn.metrics import roc_auc_score

    from factdiff.score import score

    grid = [round(x, 2) for x in np.arange(0.3, 0.96, 0.05)]
    # one threshold for both: the tagger's words are a major finding or none (a minor note on every name it doubts, at
    # 0.3, added 0.003 of span F1 on the first held-out run and a note on many faithful translations). Clearing a run
    # whose names sound like the source's and whose figures the source gives (the rules vouching for it) was tried:
    # held-out span F1 0.274 -> 0.248, balanced accuracy 0.690 -> 0.680 (MQM marks names misspelt that still sound alike);
    # now only a whole name at the names check's strict level and a quantity the source writes vouch (tagger.vouched_spans)
    results = {(f, f): evaluate(rows, f, f) for f in grid}
    # the verdict's balanced accuracy decides (a false alarm costs as much as a miss); among thresholds within 0.005 of
    # the best, the highest (fewest false alarms). The first shipped setting maximised span F1 + balanced accuracy: 0.35,
    # balanced accuracy 0.698 with a third of the faithful held-out pairs flagged, against 0.704 and a fifth at 0.5
    top = max(r["balanced_accuracy"] for r in results.values())
    (finding, major), best = max(((k, r) for k, r in results.items() if r["balanced_accuracy"] >= top - 0.005), key=lambda kv: kv[0][0])
    rules_only = evaluate([{**r, "tokens": []} for r in rows], 1.0, 1.0)
    labels = [r["label"] for r in rows]


    def tagged_penalty(r: dict) -> float:
        runs = _tagged_runs(r, finding)
        kept = [peak for a, b, peak in runs if not any(a < y and x < b for x, y, _ in r["rules"])]
        return sum((5.0 if peak >= major else 1.0) * peak for peak in kept)

    penalties = [r["penalty"] + tagged_penalty(r) for r in rows]

    def scores(weight: float) -> list[float]:
        # score.score's formula (report/1): the findings' penalty per 100 words, the support, the pair probability
        return [
            score([], r["words"], r["support"], r["probability"], weight) / (1.0 + p * 10.0 / max(r["words"], 20))
            for r, p in zip(rows, penalties, strict=True)
        ]

    aucs = {round(w, 1): roc_auc_score(labels, [-s for s in scores(w)]) for w in np.arange(0, 1.01, 0.1)}
    weight = max(aucs, key=aucs.get)
    chosen = np.array(scores(weight))
    serious = np.array([_spans_at(r, finding, major)[1] for r in rows])
    gold = np.array(labels)

    def bacc(flagged: np.ndarray) -> float:
        return float((flagged[gold == 1].mean() + 1 - flagged[gold == 0].mean()) / 2)

    threshold, lifted = 0.0, bacc(serious)
    for t in np.unique(np.round(chosen, 3)):
        if bacc(serious | (chosen < t)) > max(lifted, bacc(serious) + MIN_LIFT):
            threshold, lifted = float(t), bacc(serious | (chosen < t))
    meta_path = args.model / "meta.json"
    meta = json.loads(meta_path.read_text())
    meta.update(
        {
            "finding_threshold": finding,
            "major_threshold": major,
            "pair_weight": weight,
            "score_threshold": threshold,
            "choice": {
                "verdict_balanced_accuracy": lifted,
                "pairs": len(rows),
                "rules_only": rules_only,
                "with_tagger": best,
                "score_auc_by_pair_weight": {str(k): round(v, 4) for k, v in aucs.items()},
                "pair_probability_auc": roc_auc_score(labels, [r["probability"] for r in rows]),
                "pair_probability_auc_by_file": _by_file(rows),
                "edited_references": edit_sensitivity(args.files),
            },
        }
    )
    meta_path.write_text(json.dumps(meta, indent=2) + "\n")
    print(json.dumps(meta["choice"], indent=2))
    print(f"finding_threshold {finding} major_threshold {major} pair_weight {weight} score_threshold {threshold}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
