"""factdiff eval: the statistics, and a whole run on a tiny benchmark file written by the test."""

from __future__ import annotations

import json

import numpy as np
import pytest

from factdiff import score
from factdiff.evaluation import metrics
from factdiff.evaluation.data import Record, load
from factdiff.evaluation.evaluate import evaluate


def test_pairwise_accuracy_counts_ties_as_agreement_only_with_ties():
    human = np.array([0.0, -1.0, -1.0, -5.0])
    assert metrics.pairwise_accuracy_with_ties(human * 2, human) == 1.0
    # a metric that ties everything agrees only on the one human tie among the six pairs
    assert metrics.pairwise_accuracy_with_ties(np.zeros(4), human) == pytest.approx(1 / 6)


def test_kendall_tau_b_of_a_reversed_ranking_is_minus_one():
    x = np.array([1.0, 2.0, 3.0, 4.0])
    assert metrics.kendall_tau_b(x, -x) == pytest.approx(-1.0)


def test_best_threshold_separates_separable_scores():
    labels = np.array([0, 0, 1, 1])
    suspicion = np.array([0.1, 0.2, 0.7, 0.9])
    t = metrics.best_threshold(labels, suspicion)
    assert metrics.balanced_accuracy(labels, suspicion >= t) == 1.0


def test_span_scores_measure_character_overlap():
    gold = [[{"start": 0, "end": 10, "category": "Accuracy/Mistranslation", "severity": "Major"}]]
    predicted = [[(5, 15, "major")]]
    s = metrics.span_scores(gold, predicted, major_only=False)
    assert (s["precision"], s["recall"]) == (0.5, 0.5)
    assert s["recall_by_category"] == {"Accuracy/Mistranslation": 0.5}


def test_expected_calibration_error_is_zero_when_each_bin_matches_and_the_gap_when_not():
    faithful = np.array([1, 1, 0, 0, 1, 0, 1, 0, 1, 1])
    assert metrics.expected_calibration_error(faithful, np.full(10, 0.6)) == pytest.approx(0.0)
    assert metrics.expected_calibration_error(faithful, np.full(10, 0.9)) == pytest.approx(0.3)
    sure = np.array([0.95] * 5 + [0.05] * 5)
    assert metrics.expected_calibration_error(np.array([1] * 5 + [0] * 5), sure) == pytest.approx(0.05)
    assert [n for _, _, n in metrics.reliability(faithful, sure)] == [5, 5]


def test_mqm_score_weights_major_minor_and_non_translation():
    errors = [
        {"severity": "Major", "category": "Accuracy/Mistranslation"},
        {"severity": "Minor", "category": "Style/Awkward"},
        {"severity": "Major", "category": "Non-translation!"},
    ]
    assert Record("x", "d", "test", "a", "b", "translation", 1, errors).mqm == -31.0


def test_a_whole_evaluation_writes_json_markdown_and_plots(tmp_path, monkeypatch):
    pairs = [
        ("The company hired 300 engineers in Austin.", "The company hired 300 engineers in Austin.", 0),
        ("The company hired 300 engineers in Austin.", "The company hired 900 engineers in Denver.", 1),
        ("Siemens won the contract in March.", "Siemens won the contract in March.", 0),
        ("Siemens won the contract in March.", "Bosch won the contract in May.", 1),
    ]
    rows = []
    for split in ("dev", "test"):
        for n, (ref, cand, label) in enumerate(pairs):
            errors = [{"start": 0, "end": len(cand), "category": "Accuracy/Mistranslation", "severity": "Major"}] if label else []
            rows.append(
                {
                    "id": f"{split}{n}",
                    "dataset": "tiny",
                    "split": split,
                    "reference": ref,
                    "candidate": cand,
                    "mode": "translation",
                    "label": "inconsistent" if label else "consistent",
                    "errors": errors,
                }
            )
    path = tmp_path / "tiny.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    assert len(load(path, "test")) == 4
    # a calibration profile named after the file is measured beside the mode's calibration
    table = json.loads(json.dumps(score.calibration_table()))
    table["profiles"] = {"tiny": {"mode": "translation", **table["modes"]["translation"]}}
    monkeypatch.setattr(score, "calibration_table", lambda: table)
    results = evaluate([path], "test", None, 1, tmp_path / "out")
    figures = results["files"]["tiny"]
    assert figures["systems"]["factdiff"]["roc_auc"] == 1.0
    # factdiff, the report/1 score it replaced, its two parts (the trained verifier ships with the package), the baselines
    systems = {"factdiff", "factdiff report/1 score", "rules only", "verifier only", "chrF", "BLEU", "MiniLM cosine"}
    assert set(figures["systems"]) == systems
    assert "auc_minus_rules" in figures
    # one row per system, one per file in the second table, one in the calibration table and one in the profiles'
    assert (tmp_path / "out" / "eval.md").read_text().count("| tiny |") == len(systems) + 3
    assert (tmp_path / "out" / "roc-tiny.png").stat().st_size > 1000
    calibration = figures["calibration"]
    assert 0.0 <= calibration["ece"] <= 1.0 and sum(b["pairs"] for b in calibration["bins"]) == 4
    assert (tmp_path / "out" / "reliability-tiny.png").stat().st_size > 1000
    profile = figures["calibration_profile"]
    assert profile["profile"] == "tiny" and profile["pairs"] == 4 and profile["roc_auc"] == 1.0
    assert "With the calibration profile" in (tmp_path / "out" / "eval.md").read_text()
