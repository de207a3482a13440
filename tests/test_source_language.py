"""A translation checked against its source in another language (factdiff.crosslingual): short made-up texts in
Chinese, Korean, Hebrew, German and Russian, each with a faithful English translation and three wrong ones. The rules
alone (FACTDIFF_SOURCE_TAGGER=off); the trained tagger on the same texts is in test_xtagger.py."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import factdiff
from factdiff.cli import app
from factdiff.model import FindingType

# language: (source, faithful translation, (a number changed), (a name changed), (a clause dropped))
CASES = {
    "zh": (
        "2023年5月3日，张伟在北京宣布，公司将裁员300人。他说，这是一个艰难的决定，因为公司去年亏损了1.5亿元。",
        (
            "On May 3, 2023, Zhang Wei announced in Beijing that the company would lay off 300 people. "
            "He said it was a difficult decision, because the company lost 150 million yuan last year."
        ),
        ("300 people", "500 people"),
        ("Zhang Wei", "Wang Wei"),
        (", because the company lost 150 million yuan last year", ""),
    ),
    "ko": (
        (
            "2023년 5월 3일 김민수 사장은 서울에서 회사가 직원 300명을 해고할 것이라고 발표했다. "
            "그는 회사가 작년에 150억 원의 손실을 봤기 때문에 어려운 결정이었다고 말했다."
        ),
        (
            "On May 3, 2023, President Kim Min-su announced in Seoul that the company would lay off 300 employees. "
            "He said it was a difficult decision because the company lost 15 billion won last year."
        ),
        ("300 employees", "200 employees"),
        ("Kim Min-su", "Park Min-su"),
        (" because the company lost 15 billion won last year", ""),
    ),
    "he": (
        (
            "ב-3 במאי 2023 הודיע דוד כהן בתל אביב כי החברה תפטר 300 עובדים. "
            "לדבריו, זו הייתה החלטה קשה, כי החברה הפסידה 15 מיליון שקל בשנה שעברה."
        ),
        (
            "On May 3, 2023, David Cohen announced in Tel Aviv that the company would lay off 300 workers. "
            "According to him, it was a difficult decision, because the company lost 15 million shekels last year."
        ),
        ("300 workers", "350 workers"),
        ("David Cohen", "David Levi"),
        (", because the company lost 15 million shekels last year", ""),
    ),
    "de": (
        (
            "Am 3. "
            "Mai 2023 gab Thomas Müller in Berlin bekannt, dass das Unternehmen 300 Mitarbeiter entlassen wird. "
            "Er sagte, es sei eine schwere Entscheidung gewesen, weil das Unternehmen im vergangenen Jahr 15 Millionen Euro verloren habe."
        ),
        (
            "On May 3, 2023, Thomas Müller announced in Berlin that the company would lay off 300 employees. "
            "He said it had been a difficult decision because the company lost 15 million euros last year."
        ),
        ("300 employees", "30 employees"),
        ("Thomas Müller", "Thomas Schmidt"),
        (" because the company lost 15 million euros last year", ""),
    ),
    "ru": (
        (
            "3 мая 2023 года Иван Петров объявил в Москве, что компания уволит 300 сотрудников. "
            "Он сказал, что это было трудное решение, потому что в прошлом году компания потеряла 15 миллионов рублей."
        ),
        (
            "On May 3, 2023, Ivan Petrov announced in Moscow that the company would lay off 300 employees. "
            "He said it was a difficult decision because the company lost 15 million rubles last year."
        ),
        ("300 employees", "400 employees"),
        ("Ivan Petrov", "Ivan Sidorov"),
        (" because the company lost 15 million rubles last year", ""),
    ),
}


LANGUAGES = sorted(CASES)


@pytest.fixture(autouse=True)
def rules_only(monkeypatch):
    """These tests check the rules, finding by finding; the trained tagger's part is tested in test_xtagger.py."""
    monkeypatch.setenv("FACTDIFF_SOURCE_TAGGER", "off")


def _compare(lang: str, candidate: str):
    return factdiff.compare(CASES[lang][0], candidate, mode="translation")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_faithful_translation_is_quiet(lang):
    report = _compare(lang, CASES[lang][1])
    assert report.findings == []
    assert report.verdict == "consistent"
    assert report.reference.language == lang and report.candidate.language == "en"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_changed_number_is_found_with_the_source_number(lang):
    source, faithful, (old, new), _, _ = CASES[lang]
    report = _compare(lang, faithful.replace(old, new))
    numbers = [f for f in report.findings if f.type == FindingType.NUMBER]
    assert len(numbers) == 1, report.findings
    finding = numbers[0]
    assert finding.candidate_span.text in new
    assert finding.reference_text == "source"
    assert source[finding.reference_span.start : finding.reference_span.end] == finding.reference_span.text
    assert "300" in finding.reference_span.text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_changed_name_is_found_against_the_source_name(lang):
    source, faithful, _, (old, new), _ = CASES[lang]
    report = _compare(lang, faithful.replace(old, new))
    entities = [f for f in report.findings if f.type == FindingType.ENTITY]
    assert len(entities) == 1, report.findings
    changed = set(new.split()) - set(old.split())
    assert entities[0].candidate_span.text in changed | {new}
    assert entities[0].reference_span.text in source
    assert report.verdict == "inconsistent"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_dropped_clause_is_an_omission_in_the_source(lang):
    source, faithful, _, _, (old, new) = CASES[lang]
    report = _compare(lang, faithful.replace(old, new))
    assert [f.type for f in report.findings] == [FindingType.OMISSION]
    span = report.findings[0].reference_span
    assert report.findings[0].candidate_span is None
    assert source[span.start : span.end] == span.text


def test_source_language_can_be_given():
    report = factdiff.compare(CASES["de"][0], CASES["de"][1], mode="translation", source_lang="de")
    assert report.reference.language == "de" and report.findings == []


def test_source_beside_english_reference_marks_which_text_each_span_is_in():
    source, faithful, (old, new), _, _ = CASES["zh"]
    report = factdiff.compare(faithful, faithful.replace(old, new), mode="translation", source=source, verifier=False)
    assert report.source is not None and report.source.language == "zh"
    assert {f.reference_text for f in report.findings} <= {"source", "reference"}
    from_source = [f for f in report.findings if f.reference_text == "source"]
    for f in from_source:
        assert source[f.reference_span.start : f.reference_span.end] == f.reference_span.text
    assert report.verdict == "inconsistent"


def test_a_foreign_reference_outside_translation_mode_is_refused_in_one_line(tmp_path):
    src, cand = tmp_path / "zh.txt", tmp_path / "en.txt"
    src.write_text(CASES["zh"][0], encoding="utf-8")
    cand.write_text(CASES["zh"][1], encoding="utf-8")
    result = CliRunner().invoke(app, ["compare", str(src), str(cand)])
    assert result.exit_code == 2
    assert "--mode translation" in result.output and "Traceback" not in result.output


def test_cli_compares_a_source_and_writes_languages_in_json(tmp_path):
    src, cand = tmp_path / "ru.txt", tmp_path / "en.txt"
    src.write_text(CASES["ru"][0], encoding="utf-8")
    cand.write_text(CASES["ru"][1].replace("300 employees", "400 employees"), encoding="utf-8")
    result = CliRunner().invoke(app, ["compare", str(src), str(cand), "--mode", "translation", "-f", "json"])
    assert result.exit_code == 1, result.output
    report = json.loads(result.output)
    assert report["reference"]["language"] == "ru" and report["candidate"]["language"] == "en"
    assert [f["type"] for f in report["findings"]] == ["number"]


def test_english_source_without_a_reference_is_refused(tmp_path):
    ref, cand = tmp_path / "a.txt", tmp_path / "b.txt"
    ref.write_text(CASES["de"][1], encoding="utf-8")
    cand.write_text(CASES["de"][1], encoding="utf-8")
    result = CliRunner().invoke(app, ["compare", str(ref), str(cand), "--source", str(ref), "--mode", "translation"])
    assert result.exit_code == 2 and "looks like English" in result.output


def test_batch_compares_a_translation_with_its_source_and_refuses_it_in_rewrite_mode():
    from factdiff.batch.records import ErrorKind, Job
    from factdiff.batch.worker import ReferenceCache, compare_job

    source, faithful = CASES["he"][:2]
    done = compare_job(Job("a", source, faithful, "translation"), ReferenceCache())
    assert done.error is None and json.loads(done.report)["reference"]["language"] == "he"
    refused = compare_job(Job("b", source, faithful, "rewrite"), ReferenceCache())
    assert refused.error.kind == ErrorKind.NOT_ENGLISH


def test_web_worker_compares_a_translation_with_its_source():
    from factdiff.web.worker import compare

    source, faithful, (old, new), _, _ = CASES["ko"]
    report = compare(source, faithful.replace(old, new), "translation")
    assert report.reference.language == "ko" and [f.type for f in report.findings] == [FindingType.NUMBER]


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        ("zh", "营收3.2万亿元，增长百分之十五，共三百二十万人", [3.2e12, 15, 3.2e6]),
        ("ko", "직원 3만 명과 5억 원", [3e4, 5e8]),
        ("de", "1.200 Stellen, 3,5 Prozent, 2 Milliarden Euro", [1200, 3.5, 2e9]),
        ("ru", "1 200 сотрудников и 3,5 процента", [1200, 3.5]),
        ("he", "300 עובדים ו-15 מיליון שקל", [300, 15e6]),
    ],
)
def test_source_numbers_are_read_in_the_language_own_forms(lang, text, values):
    from factdiff.crosslingual.languages import language

    assert [n.value for n in language(lang).numbers(text)] == pytest.approx(values)


@pytest.mark.parametrize(
    ("lang", "text", "parts"),
    [
        ("zh", "二〇二二年十二月三日", (2022, 12, 3)),
        ("ko", "2023년 5월 3일", (2023, 5, 3)),
        ("de", "am 3. Mai 2023", (2023, 5, 3)),
        ("ru", "3 мая 2023 года", (2023, 5, 3)),
        ("he", "ב-3 במאי 2023", (2023, 5, 3)),
    ],
)
def test_source_dates_are_read_in_the_language_own_forms(lang, text, parts):
    from factdiff.crosslingual.languages import language

    assert [d.parts() for d in language(lang).dates(text)] == [parts]


def test_names_sound_alike_across_scripts_but_not_another_surname():
    from factdiff.crosslingual.romanise import NAME_MATCH, romanise, similar

    assert similar("netanyahu", romanise("נתניהו", "he")) >= NAME_MATCH
    assert similar("putin", romanise("Путин", "ru")) >= NAME_MATCH
    assert similar("wang", "zhang") < NAME_MATCH


def test_eval_source_reports_reference_source_and_both_from_a_sidecar(tmp_path):
    from factdiff.evaluation.source import SYSTEMS, evaluate_sources

    source, faithful, *changes = CASES["ru"]
    candidates = [(faithful, "consistent")] + [(faithful.replace(old, new), "inconsistent") for old, new in changes]
    rows = [
        {
            "id": f"{split}{n}",
            "dataset": "toy",
            "split": split,
            "reference": faithful,
            "candidate": text,
            "mode": "translation",
            "label": label,
            "errors": [],
        }
        for split in ("dev", "test")
        for n, (text, label) in enumerate(candidates)
    ]
    path = tmp_path / "toy.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    sidecar = "".join(json.dumps({"id": r["id"], "source": source}, ensure_ascii=False) + "\n" for r in rows)
    (tmp_path / "toy.source.jsonl").write_text(sidecar, encoding="utf-8")
    results = evaluate_sources([path], "test", None, 1, tmp_path / "out")
    figures = results["files"]["toy"]
    assert figures["pairs"] == len(candidates) and figures["failed"] == 0
    assert set(SYSTEMS) <= set(figures)
    assert figures["source"]["roc_auc"] == 1.0
    assert (tmp_path / "out" / "eval-source.md").is_file()


def test_a_language_whose_cldr_scale_words_pass_a_float_is_read():
    # Spanish CLDR data lists 'centillón' (10**600); reading it crashed every Spanish source
    source = "El 12 de junio de 2024, Ana García anunció en Sevilla que la fábrica contratará a 80 trabajadores."
    faithful = "On 12 June 2024, Ana García announced in Seville that the factory will hire 80 workers."
    assert factdiff.compare(source, faithful, mode="translation", source_lang="es").findings == []
    changed = factdiff.compare(source, faithful.replace("80", "60"), mode="translation", source_lang="es")
    assert [f.type for f in changed.findings] == [FindingType.NUMBER]


def test_the_source_score_is_the_source_calibrations_probability_and_names_it():
    from factdiff.score import calibration_table, features, source_calibration

    source, faithful, (old, new), _, _ = CASES["de"]
    for candidate in (faithful, faithful.replace(old, new)):
        report = _compare("de", candidate)
        calibration = source_calibration(tagger=False)
        x = features(report.findings, report.tokens, report.support, [s.support for s in report.sentences], None)
        assert report.score == calibration.probability(x)
        assert report.signature["calibration"] == calibration.name
    assert calibration_table()["source"]["translation"]["rules"]["dev"]["pairs"] > 0


def test_the_score_against_both_texts_rises_with_each_and_without_a_model_is_their_product(monkeypatch):
    from factdiff.crosslingual import engine

    low, threshold = engine.combined_score(0.3, 0.3)
    assert threshold is not None and 0.0 <= threshold <= 0.5
    assert engine.combined_score(0.9, 0.3)[0] >= low and engine.combined_score(0.3, 0.9)[0] >= low
    table = {k: v for k, v in engine.calibration_table().items() if k != "source"}
    monkeypatch.setattr(engine, "calibration_table", lambda: table)
    assert engine.combined_score(0.5, 0.8) == (0.4, None)
