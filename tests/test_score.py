"""The calibrated score (factdiff.report/2): a probability per mode that never rises with a finding, a verdict that
never contradicts it, the sentence-level support that explains it, and the script that refits it."""

from __future__ import annotations

import importlib.util
import json
import sys
from itertools import product
from pathlib import Path

import pytest

import factdiff
from factdiff import engine
from factdiff.model import MODES, SCHEMA, Finding, FindingType, Report, SentenceSupport, Severity, Span, TextInfo
from factdiff.report import RENDERERS
from factdiff.score import TROUBLE, Calibration, calibration_for, calibration_table, features, profiles, rescore, verdict

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = (
    "Siemens paid $4 million to the city of Lyon in 2019. The money went to a new tram depot. The mayor said the depot would open in 2021."
)
CANDIDATE = "Siemens paid $4 million to Lyon in 2019. It paid for a tram depot. The depot has a roof garden."


def note(severity: Severity = Severity.MINOR, unsupported: bool = False) -> Finding:
    return Finding(type=FindingType.ENTITY, severity=severity, confidence=0.8, message="a note", unsupported=unsupported)


@pytest.mark.parametrize(("mode", "with_verifier"), list(product(MODES, (False, True))))
def test_one_more_finding_never_raises_the_score(mode: str, with_verifier: bool):
    calibration = calibration_for(mode, with_verifier)
    verifier = 0.3 if with_verifier else None
    findings: list[Finding] = []
    last = calibration.probability(features(findings, 60, 0.9, [0.95, 0.8], verifier))
    for added in (note(), note(unsupported=True), note(Severity.MAJOR), note(Severity.CRITICAL), note()):
        findings.append(added)
        now = calibration.probability(features(findings, 60, 0.9, [0.95, 0.8], verifier))
        assert now <= last, (mode, added.severity, now, last)
        last = now


@pytest.mark.parametrize("mode", MODES)
def test_less_support_and_a_surer_verifier_never_raise_the_score(mode: str):
    calibration = calibration_for(mode, True)
    supported = calibration.probability(features([], 60, 0.95, [0.95], 0.2))
    assert calibration.probability(features([], 60, 0.6, [0.6], 0.2)) <= supported
    assert calibration.probability(features([], 60, 0.95, [0.95], 0.9)) <= supported


def test_the_shipped_calibration_names_its_data_and_has_every_mode_with_and_without_the_verifier():
    table = calibration_table()
    assert table["name"] and table["version"] and table["data"] and table["script"] == "training/calibrate.py"
    for mode in MODES:
        for variant in ("rules", "verifier"):
            model = table["modes"][mode][variant]
            assert 0.0 <= model["threshold"] < 1.0
            assert all(model["weights"][name] <= 0.0 for name in TROUBLE if name in model["weights"])
            assert ("verifier" in model["weights"]) == (variant == "verifier")
            assert model["dev"]["pairs"] > 0
    assert table["modes"]["rewrite"]["fitted_as"] == "translation"


def test_a_calibration_missing_a_feature_says_which():
    calibration = Calibration("test", 0.0, {"verifier": -1.0}, 0.5)
    with pytest.raises(ValueError, match="verifier"):
        calibration.probability(features([], 50, 1.0, [1.0], None))


def test_verdict_is_inconsistent_on_a_serious_finding_or_below_the_threshold_only():
    assert verdict([], score=0.49, threshold=0.5) == "inconsistent"
    assert verdict([], score=0.5, threshold=0.5) == "consistent"
    assert verdict([note()], score=0.9, threshold=0.5) == "consistent"
    assert verdict([note(Severity.MAJOR)], score=0.9, threshold=0.5) == "inconsistent"


def test_a_report_below_its_modes_threshold_is_inconsistent_without_a_serious_finding(monkeypatch):
    strict = Calibration("strict", 0.0, {"penalty": -1.0}, threshold=0.99)
    monkeypatch.setattr(engine, "calibration_for", lambda mode, verifier: strict)
    report = factdiff.compare(REFERENCE, CANDIDATE, "summary", verifier=False)
    assert not any(f.severity.rank >= Severity.MAJOR.rank for f in report.findings)
    assert report.score < 0.99 and report.verdict == "inconsistent"
    assert report.signature["calibration"] == "strict"


def test_fail_on_still_looks_at_the_findings_only_not_at_the_verdict():
    from factdiff.cli import FailOn, exit_status

    info = TextInfo(name="t", chars=4, sentences=1)
    low = Report(
        version="t", mode="summary", reference=info, candidate=info, score=0.1, verdict="inconsistent", findings=[note()], alignment=[]
    )
    assert exit_status(low, FailOn.major) == 0 and exit_status(low, FailOn.minor) == 1


def test_the_report_names_its_calibration_and_scores_a_copy_one():
    report = factdiff.compare(REFERENCE, REFERENCE)
    assert report.schema_ == SCHEMA == "factdiff.report/2"
    assert report.score == 1.0 and report.verdict == "consistent"
    assert report.signature["calibration"].startswith(calibration_table()["name"])


def _profiled_table(intercepts: dict[str, float], threshold: float = 0.5) -> dict:
    """The shipped table with made-up summary profiles: only their intercepts differ."""
    table = json.loads(json.dumps(calibration_table()))
    model = table["modes"]["summary"]
    table["profiles"] = {
        name: {"mode": "summary", **{v: model[v] | {"intercept": b, "threshold": threshold} for v in ("rules", "verifier")}}
        for name, b in intercepts.items()
    }
    return table


def test_a_profile_rescores_a_report_with_its_own_model_and_keeps_its_findings():
    table = _profiled_table({"mostly-faithful": 3.0, "mostly-wrong": -3.0})
    assert profiles(table) == {"mostly-faithful": "summary", "mostly-wrong": "summary"}
    report = factdiff.compare(REFERENCE, CANDIDATE, "summary")
    high, low = rescore(report, "mostly-faithful", table), rescore(report, "mostly-wrong", table)
    assert low.score < high.score
    assert high.findings == low.findings == report.findings  # the score changes, never what was found
    assert low.verdict == "inconsistent" and low.score < 0.5
    assert high.signature["calibration"].endswith("profile:mostly-faithful+verifier")
    assert rescore(factdiff.compare(REFERENCE, REFERENCE, "summary"), "mostly-wrong", table).score == 1.0  # a copy stays 1
    with pytest.raises(ValueError, match="for summary mode, not translation"):
        calibration_for("translation", True, table, "mostly-wrong")
    with pytest.raises(ValueError, match="no calibration profile 'other'"):
        calibration_for("summary", True, table, "other")


def test_every_shipped_profile_has_a_fitted_mode_and_both_variants():
    for name, mode in profiles().items():
        entry = calibration_table()["profiles"][name]
        assert mode in ("translation", "summary") and {"rules", "verifier"} <= set(entry)
        assert calibration_for(mode, True, profile=name).name.endswith(f"profile:{name}+verifier")


def test_the_cli_lists_the_profiles_and_refuses_one_of_another_mode(tmp_path):
    from typer.testing import CliRunner

    from factdiff.cli import app

    runner = CliRunner()
    listed = runner.invoke(app, ["compare", "--profile", "list"])
    assert listed.exit_code == 0 and all(name in listed.output for name in profiles())
    (tmp_path / "r.txt").write_text(REFERENCE), (tmp_path / "c.txt").write_text(CANDIDATE)
    summary_profile = next(name for name, mode in profiles().items() if mode == "summary")
    refused = runner.invoke(app, ["compare", str(tmp_path / "r.txt"), str(tmp_path / "c.txt"), "--profile", summary_profile])
    assert refused.exit_code == 2 and "is for --mode summary, not rewrite" in refused.output
    scored = runner.invoke(
        app, ["compare", str(tmp_path / "r.txt"), str(tmp_path / "c.txt"), "--mode", "summary", "--profile", summary_profile, "-f", "json"]
    )
    assert json.loads(scored.stdout)["signature"]["calibration"].endswith(f"profile:{summary_profile}+verifier")


def test_sentences_cover_every_candidate_sentence_with_offsets_into_both_texts():
    report = factdiff.compare(REFERENCE, CANDIDATE, "summary")
    assert len(report.sentences) == report.candidate.sentences == 3
    ends = 0
    for s in report.sentences:
        assert ends <= s.span.start < s.span.end <= len(CANDIDATE) and CANDIDATE[s.span.start : s.span.end] == s.span.text
        ends = s.span.end
        assert 0.0 <= s.support <= 1.0
        for e in s.evidence:
            assert REFERENCE[e.start : e.end] == e.text
    copied, invented = report.sentences[0], report.sentences[2]
    assert copied.evidence and copied.evidence[0].text.startswith("Siemens paid")
    assert invented.support < copied.support  # the roof garden is in no reference sentence


def test_the_json_report_validates_as_schema_2_and_keeps_every_field_of_schema_1():
    raw = json.loads(RENDERERS["json"](factdiff.compare(REFERENCE, CANDIDATE), REFERENCE, CANDIDATE))
    report1 = {"schema", "version", "mode", "reference", "candidate", "score", "verdict", "findings", "alignment"}
    assert report1 | {"sentences", "signature"} <= set(raw)
    assert raw["schema"] == "factdiff.report/2"
    assert Report.model_validate(raw).model_dump(by_alias=True, mode="json") == raw
    schema = Report.model_json_schema(by_alias=True)
    assert "sentences" in schema["properties"] and set(schema["$defs"]["SentenceSupport"]["required"]) == {"span", "support"}


def test_text_and_html_show_the_least_supported_sentences():
    report = factdiff.compare(REFERENCE, CANDIDATE, "summary")
    text = RENDERERS["text"](report, REFERENCE, CANDIDATE)
    assert "Least supported sentences" in text and "The depot has a roof garden." in text
    html = RENDERERS["html"](report, REFERENCE, CANDIDATE)
    assert html.count('<li class="fd-sentence"') == len(report.sentences)
    assert "roof garden" in html and "<meter" in html


def _report(mode: str, findings: list[Finding], support: float, verifier: float | None) -> dict:
    info = TextInfo(name="t", chars=10, sentences=1)
    sentence = SentenceSupport(span=Span(start=0, end=4, text="text"), support=support)
    report = Report(
        version="test", mode=mode, reference=info, candidate=info, score=0.5, verdict="consistent", support=support,
        verifier=verifier, tokens=40, findings=findings, alignment=[], sentences=[sentence],
    )  # fmt: skip
    return report.model_dump(mode="json", by_alias=True)


def test_the_refit_script_runs_on_a_tiny_fixture_and_writes_a_loadable_calibration(tmp_path, monkeypatch):
    spec = importlib.util.spec_from_file_location("calibrate", ROOT / "training" / "calibrate.py")
    calibrate = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "calibrate", calibrate)  # its dataclasses look their module up there
    spec.loader.exec_module(calibrate)
    benchmarks, pairs = tmp_path / "benchmarks", tmp_path / "pairs"
    benchmarks.mkdir(), pairs.mkdir()
    for name, mode in (("tiny-mt", "translation"), ("tiny-summaries", "summary")):
        records, dumps = [], []
        for n in range(24):
            wrong = n % 2
            findings = [note(Severity.MAJOR)] * wrong + [note()] * (n % 3)
            support = 0.95 - 0.3 * wrong - 0.01 * (n % 5)
            records.append({"id": f"{name}-{n}", "split": "dev", "reference": f"r{n}", "candidate": f"c{n}", "mode": mode,
                            "label": "inconsistent" if wrong else "consistent", "dataset": name})  # fmt: skip
            verifier = 0.3 + 0.4 * wrong - 0.02 * (n % 4)
            dumps.append({"id": f"{name}-{n}", "label": wrong, "report": _report(mode, findings, support, verifier)})
        (benchmarks / f"{name}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
        (pairs / f"{name}-dev.jsonl").write_text("".join(json.dumps(d) + "\n" for d in dumps))
    output = tmp_path / "calibration.json"
    table = calibrate.main([str(pairs), "--benchmarks", str(benchmarks), "--output", str(output)])
    assert json.loads(output.read_text()) == table and table["data"] == ["tiny-mt", "tiny-summaries"]
    for mode in MODES:
        model = table["modes"][mode]["verifier"]
        assert all(model["weights"][name] <= 0.0 for name in TROUBLE)
        assert model["dev"]["pairs"] == 24
        loaded = calibration_for(mode, True, table)
        wrong, right = features([note(Severity.MAJOR)], 40, 0.6, [0.6], 0.7), features([], 40, 0.95, [0.95], 0.3)
        assert loaded.probability(wrong) < loaded.probability(right)
    assert table["modes"]["rewrite"]["rules"] == table["modes"]["translation"]["rules"]
    # a profile per file, fitted on its pairs alone; too few pairs of a label for the verifier's model: its rules model
    assert profiles(table) == {"tiny-mt": "translation", "tiny-summaries": "summary"}
    profile = table["profiles"]["tiny-mt"]
    assert profile["rules"]["dev"]["pairs"] == 24 and profile["verifier"]["verifier_left_out"]
    assert calibration_for("translation", True, table, "tiny-mt").weights == calibration_for("translation", False, table, "tiny-mt").weights


def test_a_threshold_that_adds_less_than_the_least_gain_on_dev_is_not_shipped(monkeypatch):
    """Every shipped threshold earns its place on dev (training/calibrate.py LEAST_GAIN); one that would not is recorded
    as tried and left at 0, so that the findings alone decide (translation since stop 60)."""
    spec = importlib.util.spec_from_file_location("calibrate", ROOT / "training" / "calibrate.py")
    calibrate = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "calibrate", calibrate)
    spec.loader.exec_module(calibrate)
    table = calibration_table()
    entries = [(f"mode {m}", e) for m, e in table["modes"].items()] + [(f"profile {p}", e) for p, e in table["profiles"].items()]
    for name, entry in entries:
        for variant in ("rules", "verifier"):
            dev = entry[variant]["dev"]
            found = dev["mean_balanced_accuracy_verdict"]["findings_only"]
            tried = dev["threshold_tried"]
            if tried["with_threshold"] - found < calibrate.LEAST_GAIN:
                assert entry[variant]["threshold"] == 0.0, (name, variant)
            else:
                assert entry[variant]["threshold"] == tried["threshold"] > 0.0, (name, variant)
    assert calibration_for("translation", True).threshold == 0.0
    assert calibration_for("summary", True).threshold > 0.0
