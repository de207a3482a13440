"""Pair-level, correlation and span-level figures, from scikit-learn and scipy."""

from __future__ import annotations

from collections import defaultdict

import numpy as np
from scipy.stats import kendalltau
from sklearn.metrics import balanced_accuracy_score, roc_auc_score, roc_curve


def auc(labels: np.ndarray, suspicion: np.ndarray) -> float:
    return float(roc_auc_score(labels, suspicion)) if len(set(labels.tolist())) == 2 else float("nan")


def best_threshold(labels: np.ndarray, suspicion: np.ndarray) -> float:
    """The suspicion threshold (flag when >= it) that maximises balanced accuracy."""
    if len(set(labels.tolist())) < 2:
        return float("inf")
    _, _, thresholds = roc_curve(labels, suspicion)
    candidates = [t for t in thresholds if np.isfinite(t)]
    return max(candidates, key=lambda t: balanced_accuracy_score(labels, suspicion >= t))


def balanced_accuracy(labels: np.ndarray, flagged: np.ndarray) -> float:
    return float(balanced_accuracy_score(labels, flagged)) if len(set(labels.tolist())) == 2 else float("nan")


def reliability(faithful: np.ndarray, probability: np.ndarray, bins: int = 10) -> list[tuple[float, float, int]]:
    """(mean predicted, observed share, pairs) of each non-empty bin of equal width over [0, 1]."""
    index = np.minimum((probability * bins).astype(int), bins - 1)
    return [
        (float(probability[index == b].mean()), float(faithful[index == b].mean()), int((index == b).sum()))
        for b in range(bins)
        if (index == b).any()
    ]


def expected_calibration_error(faithful: np.ndarray, probability: np.ndarray, bins: int = 10) -> float:
    """ECE: the gap between the predicted probability and the observed share of faithful pairs, averaged over bins of
    equal width weighted by their pairs (Naeini et al., 2015; Guo et al., 2017)."""
    faithful, probability = np.asarray(faithful, dtype=float), np.asarray(probability, dtype=float)
    if not len(faithful):
        return float("nan")
    return sum(abs(p - o) * n for p, o, n in reliability(faithful, probability, bins)) / len(faithful)


def kendall_tau_b(metric: np.ndarray, human: np.ndarray) -> float:
    return float(kendalltau(metric, human, variant="b").statistic)


def pairwise_accuracy_with_ties(metric: np.ndarray, human: np.ndarray, block: int = 2048) -> float:
    """acc_eq (Deutsch et al., 2023; WMT23 metrics task): the share of all item pairs on which the
    metric and the humans agree, a tie agreeing only with a tie."""
    n = len(metric)
    agree = total = 0
    for lo in range(0, n, block):
        m, h = metric[lo : lo + block, None], human[lo : lo + block, None]
        dm, dh = np.sign(m - metric[None, :]), np.sign(h - human[None, :])
        rows = np.arange(lo, min(n, lo + block))[:, None]
        upper = rows < np.arange(n)[None, :]
        agree += int(((dm == dh) & upper).sum())
        total += int(upper.sum())
    return agree / total if total else float("nan")


def bootstrap_auc_difference(
    labels: np.ndarray, a: np.ndarray, b: np.ndarray, rounds: int = 1000, seed: int = 7
) -> tuple[float, float, float]:
    """AUC(a) - AUC(b) with a 95% percentile interval over resampled pairs."""
    rng = np.random.default_rng(seed)
    diffs = []
    n = len(labels)
    for _ in range(rounds):
        idx = rng.integers(0, n, n)
        if len(set(labels[idx].tolist())) < 2:
            continue
        diffs.append(roc_auc_score(labels[idx], a[idx]) - roc_auc_score(labels[idx], b[idx]))
    point = auc(labels, a) - auc(labels, b)
    lo, hi = np.percentile(diffs, [2.5, 97.5]) if diffs else (float("nan"), float("nan"))
    return point, float(lo), float(hi)


def span_scores(gold: list[list[dict]], predicted: list[list[tuple[int, int, str]]], major_only: bool) -> dict:
    """Character-overlap precision, recall and F1 of finding spans against annotated error spans,
    overall and (recall) by category; with major_only, major/critical findings against Major errors."""
    tp = pred_chars = gold_chars = 0
    by_cat_hit: dict[str, int] = defaultdict(int)
    by_cat_all: dict[str, int] = defaultdict(int)
    for errors, spans in zip(gold, predicted, strict=False):
        g = set()
        per_cat: dict[str, set[int]] = defaultdict(set)
        for e in errors:
            if e["start"] < 0 or e["end"] <= e["start"] or (major_only and e.get("severity") != "Major"):
                continue
            chars = set(range(e["start"], e["end"]))
            g |= chars
            per_cat[e.get("category", "Unknown").split(" (")[0]] |= chars
        p = set()
        for start, end, severity in spans:
            if major_only and severity == "minor":
                continue
            p |= set(range(start, end))
        tp += len(g & p)
        pred_chars += len(p)
        gold_chars += len(g)
        for cat, chars in per_cat.items():
            by_cat_all[cat] += len(chars)
            by_cat_hit[cat] += len(chars & p)
    precision = tp / pred_chars if pred_chars else 0.0
    recall = tp / gold_chars if gold_chars else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "recall_by_category": {c: by_cat_hit[c] / n for c, n in sorted(by_cat_all.items()) if n},
    }
