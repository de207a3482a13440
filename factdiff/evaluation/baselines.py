"""Baselines scored in the same run: sacrebleu's sentence chrF and BLEU, and MiniLM cosine."""

from __future__ import annotations

import numpy as np

from factdiff.evaluation.data import Record


def chrf(records: list[Record]) -> np.ndarray:
    from sacrebleu.metrics import CHRF

    metric = CHRF()
    return np.array([metric.sentence_score(r.candidate, [r.reference]).score / 100.0 for r in records])


def bleu(records: list[Record]) -> np.ndarray:
    from sacrebleu.metrics import BLEU

    metric = BLEU(effective_order=True)
    return np.array([metric.sentence_score(r.candidate, [r.reference]).score / 100.0 for r in records])


def cosine(records: list[Record]) -> np.ndarray:
    from factdiff.analyse.embed import load_encoder

    encoder = load_encoder()
    ref = encoder.encode([r.reference for r in records])
    cand = encoder.encode([r.candidate for r in records])
    return (ref * cand).sum(axis=1)


BASELINES = {"chrF": chrf, "BLEU": bleu, "MiniLM cosine": cosine}
