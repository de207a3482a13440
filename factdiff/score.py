"""Stage 5, score: the probability that the candidate is faithful, and the verdict.

The findings' MQM penalty, the share of candidate text that no reference sentence supports, the weakest sentence, the
facts the reference does not give and the trained verifier's probability go into a logistic model fitted per mode on
the benchmarks' dev splits (factdiff/data/calibration.json, refitted by training/calibrate.py). Every weight on a sign of
trouble is fitted at or below zero, so that one more finding never raises the score. The verdict is `inconsistent` on a
major or critical finding or on a score below the mode's threshold (chosen on the same dev pairs).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources

from factdiff.model import Finding, Report, Severity

# a penalty of this many MQM points per 100 words halves the heuristic (report/1) score
HALF_SCORE_PENALTY = 10.0

# weight of unsupported text in the heuristic score, chosen on the dev splits (see the eval's closing note)
SUPPORT_WEIGHT = 0.5


# in summary mode, each fact of the candidate that the reference does not give (a name, a number:
# `Finding.unsupported`) keeps this share of the score: a note for the verdict, but on the AggreFact dev summaries the
# surest sign of an invented fact (dev ROC-AUC 0.782 without, 0.795 at 0.8, flat from 0.8 to 0.5). Rewrites and
# translations keep 1: not measured there (on the WMT21 news test split it moved the AUC by -0.001).
UNSUPPORTED_FACT = {"summary": 0.8}

CALIBRATION_FILE = "calibration.json"

# the features, each a sign of trouble, so each weight is fitted at or below zero. The text's length is not one: longer
# MQM segments are wrong more often, but a weight fitted on segments of 11-64 tokens would condemn any long document
TROUBLE = ("penalty", "serious", "unsupported", "unsupported_text", "weakest_sentence", "verifier")


def penalty(findings: list[Finding]) -> float:
    """Severity weights (minor 1, major 5, critical 10), each scaled by the finding's confidence."""
    return sum(f.severity.weight * f.confidence for f in findings)


def score(
    findings: list[Finding], words: int, support: float = 1.0, verifier: float = 0.0, verifier_weight: float = 0.0, mode: str = "rewrite"
) -> float:
    """The uncalibrated score of report/1 (no longer the report's score), kept for the eval's comparison: 1 for no finding
    and a fully supported candidate; lower with each finding's weight, with each fact the reference does not give
    (summary mode), and with the verifier's probability that the pair is wrong times its weight (from meta.json)."""
    per_100 = penalty(findings) * 100.0 / max(words, 20)
    base = 1.0 / (1.0 + per_100 / HALF_SCORE_PENALTY)
    base *= UNSUPPORTED_FACT.get(mode, 1.0) ** sum(1 for f in findings if f.unsupported)
    base *= 1.0 - verifier_weight * min(1.0, max(0.0, verifier))
    return round(base * (1.0 - SUPPORT_WEIGHT * (1.0 - min(1.0, max(0.0, support)))), 4)


def features(findings: list[Finding], tokens: int, support: float, sentences: list[float], verifier: float | None) -> dict[str, float]:
    """What the calibration reads from one comparison; `verifier` is left out when the verifier did not run."""
    out = {
        "penalty": math.log1p(penalty(findings) * 100.0 / max(tokens, 20)),
        "serious": math.log1p(sum(1 for f in findings if f.severity in (Severity.MAJOR, Severity.CRITICAL))),
        "unsupported": math.log1p(sum(1 for f in findings if f.unsupported)),
        "unsupported_text": 1.0 - _unit(support),
        "weakest_sentence": 1.0 - _unit(min(sentences, default=1.0)),
    }
    if verifier is not None:
        p = min(max(verifier, 1e-4), 1.0 - 1e-4)
        out["verifier"] = math.log(p / (1.0 - p))
    return out


def report_features(report: Report) -> dict[str, float]:
    """The features of a finished report: what training/calibrate.py reads from the eval's dumps."""
    return features(report.findings, report.tokens, report.support, [s.support for s in report.sentences], report.verifier)


def _unit(x: float) -> float:
    return min(1.0, max(0.0, x))


@dataclass(frozen=True)
class Calibration:
    """One fitted logistic model: P(faithful) = sigmoid(intercept + sum(weights[f] * features[f]))."""

    name: str
    intercept: float
    weights: dict[str, float]
    threshold: float  # a score below it makes the verdict inconsistent

    def probability(self, x: dict[str, float]) -> float:
        missing = set(self.weights) - set(x)
        if missing:
            raise ValueError(f"calibration {self.name} needs the features {sorted(missing)}, which this comparison lacks")
        z = self.intercept + sum(w * x[name] for name, w in self.weights.items())
        return round(1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z)), 4)


@cache
def calibration_table() -> dict:
    """The shipped calibration file (factdiff/data/calibration.json) as written by training/calibrate.py."""
    path = resources.files("factdiff.data") / CALIBRATION_FILE
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise RuntimeError(f"cannot read the score's calibration {path}: {exc} (refit it with training/calibrate.py)") from exc


def calibration_for(mode: str, verifier: bool, table: dict | None = None, profile: str | None = None) -> Calibration:
    """The model of `mode` (from `table`, by default the shipped one), with the verifier's probability as a feature or
    (when it did not run) without; with `profile`, that profile's model instead (ValueError where it is of another
    mode or unknown)."""
    table = calibration_table() if table is None else table
    if profile is not None:
        entry = table.get("profiles", {}).get(profile)
        if entry is None:
            raise ValueError(f"no calibration profile {profile!r}; the profiles are {', '.join(sorted(table.get('profiles', {})))}")
        if entry["mode"] != mode:
            raise ValueError(f"calibration profile {profile!r} is for {entry['mode']} mode, not {mode}")
        fitted_as = f"profile:{profile}"
    else:
        entry = table["modes"].get(mode)
        if entry is None:
            raise ValueError(f"the score's calibration has no model for mode {mode!r} (it has {sorted(table['modes'])})")
        fitted_as = entry.get("fitted_as", mode)
    variant = "verifier" if verifier else "rules"
    model = entry[variant]
    return Calibration(
        name=f"{table['name']}/{table['version']}:{fitted_as}+{variant}",
        intercept=float(model["intercept"]),
        weights={k: float(v) for k, v in model["weights"].items()},
        threshold=float(model["threshold"]),
    )


def source_calibration(tagger: bool, table: dict | None = None) -> Calibration | None:
    """The model of a translation checked against its source in another language (`source` in the calibration file,
    fitted by training/calibrate_source.py on the dev pairs the cross-lingual tagger did not train on), with the
    tagger's pair probability as the `verifier` feature or (when it did not run) without; None where the file has none."""
    table = calibration_table() if table is None else table
    entry = table.get("source", {}).get("translation")
    if entry is None:
        return None
    variant = "tagger" if tagger else "rules"
    model = entry[variant]
    return Calibration(
        name=f"{table['name']}/{table['version']}:source+{variant}",
        intercept=float(model["intercept"]),
        weights={k: float(v) for k, v in model["weights"].items()},
        threshold=float(model["threshold"]),
    )


def profiles(table: dict | None = None) -> dict[str, str]:
    """The calibration profiles (name -> mode): each fitted on one kind of text alone (one benchmark's dev split)."""
    table = calibration_table() if table is None else table
    return {name: entry["mode"] for name, entry in sorted(table.get("profiles", {}).items())}


def rescore(report: Report, profile: str, table: dict | None = None) -> Report:
    """The report with the score, verdict and signature of a calibration profile: the probability that the candidate is
    faithful as it stands for texts of the profile's kind. Two identical texts keep their score of 1 (no fitted model
    reaches 1.0 at four decimals: the intercepts are under 10 and every sign of trouble only lowers it)."""
    calibration = calibration_for(report.mode, report.verifier is not None, table, profile)
    out = report.model_copy(deep=True)
    if not (report.score == 1.0 and not report.findings):
        out.score = calibration.probability(report_features(report))
    out.verdict = verdict(out.findings, out.score, calibration.threshold)
    out.signature = {**report.signature, "calibration": calibration.name}
    return out


def verdict(findings: list[Finding], score: float = 1.0, threshold: float = 0.0) -> str:
    """Inconsistent on a major or critical finding, or on a score below the mode's threshold."""
    serious = any(f.severity in (Severity.MAJOR, Severity.CRITICAL) for f in findings)
    return "inconsistent" if serious or score < threshold else "consistent"
