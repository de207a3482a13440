"""`factdiff batch`: one output record per input record in input order, error records for bad ones, resume after a kill,
JSONL and Parquet, and the Dask engine giving the same output as the local one."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from factdiff.batch import BatchError, BatchOptions, Job, run_batch
from factdiff.batch.journal import cut_after_last_record
from factdiff.batch.worker import ReferenceCache, compare_chunk
from factdiff.engine import compare
from factdiff.model import Report

FACTDIFF = Path(sys.executable).parent / "factdiff"
PAIRS = Path(__file__).parent / "data" / "sentence_pairs.jsonl"


def sentence_pairs() -> list[dict]:
    with PAIRS.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


def records(n: int) -> list[dict]:
    """n records; every third reuses the reference before it with another candidate (many candidates, one reference)."""
    pairs = sentence_pairs()
    out = []
    for i in range(n):
        pair = pairs[i % len(pairs)]
        reference = out[-1]["reference"] if i % 3 == 2 else pair["reference"]
        out.append({"id": f"r{i:03d}", "reference": reference, "candidate": pair["candidate"], "mode": "rewrite"})
    return out


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


def options(**kwargs: object) -> BatchOptions:
    return BatchOptions(**{"workers": 1, "progress": False, **kwargs})


def expected_report(row: dict) -> dict:
    return json.loads(compare(row["reference"], row["candidate"], row["mode"]).to_json())


def run_cli(*args: str | Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    return subprocess.run([str(FACTDIFF), "batch", *map(str, args)], capture_output=True, text=True, timeout=timeout, env=env)


def assert_refused(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode == 2, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("factdiff: "), result.stderr
    for word in words:
        assert word in lines[0], lines[0]


def test_outputs_keep_input_order_with_two_workers_and_equal_one_comparison_each(tmp_path):
    rows = records(18)
    rows.insert(5, {"id": "bad", "reference": "", "candidate": "Something."})
    source = write_jsonl(tmp_path / "in.jsonl", rows)
    summary = run_batch(source, tmp_path / "out.jsonl", options(workers=2, chunk_size=2))
    out = read_jsonl(tmp_path / "out.jsonl")
    assert [o["id"] for o in out] == [r["id"] for r in rows]
    assert summary.reports == 18 and summary.errors == {"empty_text": 1}
    for row, o in zip(rows, out, strict=True):
        if row["id"] != "bad":
            assert o["report"] == expected_report(row)


def test_a_shared_reference_is_analysed_once_and_reused_without_changing_reports():
    reference = "Kim Jong Un met Moon Jae-in in Pyongyang on Monday. Later Kim praised Moon."
    candidates = [
        "Kim Jong Un and Kim Yo Jong met Moon Jae-in in Pyongyang on Monday. Later Kim praised Moon.",
        "Kim Jong Un met Moon Jae-in in Pyongyang on Monday. Later Moon praised Kim Jong Un.",
        "Kim Jong Un met Moon Jae-in in Seoul on Tuesday. Later Kim praised Moon.",
        "Kim Jong Un met Moon Jae-in in Pyongyang on Monday. Later Kim Jong Un praised Moon.",
    ]
    cache = ReferenceCache()
    outputs = [compare_chunk([Job(n, reference, c, "rewrite")], cache) for n, c in enumerate(candidates)]
    assert (cache.misses, cache.hits) == (1, 3)
    for candidate, [output] in zip(candidates, outputs, strict=True):
        assert json.loads(output.report) == json.loads(compare(reference, candidate).to_json())


def test_the_reference_cache_is_bounded_in_entries_and_characters():
    cache = ReferenceCache(max_entries=2, max_chars=10_000)
    for text in ("Paris is in France.", "Rome is in Italy.", "Madrid is in Spain."):
        cache.get(text)
    assert len(cache) == 2
    cache = ReferenceCache(max_entries=10, max_chars=40)
    for text in ("Paris is in France.", "Rome is in Italy.", "Madrid is in Spain."):
        cache.get(text)
    assert len(cache) == 2


def test_each_kind_of_bad_record_gets_an_error_record_and_the_run_goes_on(tmp_path):
    good = {"reference": "Apple sued Samsung in 2019.", "candidate": "Samsung sued Apple in 2019."}
    lines = [
        json.dumps({"id": 1, **good}).encode(),
        json.dumps({"id": 2, "reference": good["reference"]}).encode(),
        json.dumps({"id": 3, "reference": 5, "candidate": "Five."}).encode(),
        json.dumps({"id": 4, "reference": " \n ", "candidate": "Five."}).encode(),
        b'{"id": 5, "reference": "Apple sued \xff Samsung.", "candidate": "Samsung sued Apple."}',
        b"[1, 2, 3]",
        b'{"id": 6, "reference": ',
        b"",  # a blank line is not a record
        json.dumps({"id": 7, **good, "mode": "poem"}).encode(),
        json.dumps(good).encode(),
        json.dumps({"id": [8], **good}).encode(),
        json.dumps({"id": 9, "reference": "\ud800 Apple sued Samsung.", "candidate": "Samsung sued Apple."}).encode(),
        json.dumps({"id": 10, "reference": "\x00\x01\x02\x03 Apple", "candidate": "Samsung sued Apple."}).encode(),
        json.dumps({"id": 11, **good, "mode": "summary"}).encode(),
    ]
    source = tmp_path / "in.jsonl"
    source.write_bytes(b"\n".join(lines) + b"\n")
    run_batch(source, tmp_path / "out.jsonl", options())
    out = read_jsonl(tmp_path / "out.jsonl")
    kinds = [(o["id"], o["error"]["kind"] if "error" in o else "report") for o in out]
    assert kinds == [
        (1, "report"),
        (2, "missing_field"),
        (3, "wrong_type"),
        (4, "empty_text"),
        (5, "invalid_encoding"),
        (None, "not_an_object"),
        (None, "invalid_json"),
        (7, "invalid_mode"),
        (None, "missing_field"),
        (None, "wrong_type"),
        (9, "invalid_encoding"),
        (10, "refused_text"),
        (11, "report"),
    ]
    assert all(o["error"]["message"] for o in out if "error" in o)
    assert out[-1]["report"]["mode"] == "summary"


def test_a_killed_run_resumed_gives_the_same_output_as_an_uninterrupted_run(tmp_path):
    source = write_jsonl(tmp_path / "in.jsonl", records(40))
    killed = tmp_path / "killed.jsonl"
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    process = subprocess.Popen(
        [str(FACTDIFF), "batch", str(source), "--output", str(killed), "--workers", "1"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    deadline = time.monotonic() + 120
    while not (killed.exists() and killed.stat().st_size) and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    workers = psutil.Process(process.pid).children(recursive=True)
    process.send_signal(signal.SIGKILL)
    process.wait()
    written = len(read_jsonl(killed))
    assert 0 < written < 40, "the run must be killed midway"
    with killed.open("a", encoding="utf-8") as file:
        file.write('{"id": "r999", "report": {"sch')  # as if killed in the middle of a line
    _, alive = psutil.wait_procs(workers, timeout=10)
    assert not alive, "workers of a killed run exit by themselves"

    assert_refused(run_cli(source, "--output", killed), "exists", "--resume")
    resumed = run_cli(source, "--output", killed, "--workers", "1", "--resume")
    assert resumed.returncode == 0, resumed.stderr
    assert "kept from the earlier run" in resumed.stderr
    run_batch(source, tmp_path / "whole.jsonl", options(workers=2))
    assert read_jsonl(killed) == read_jsonl(tmp_path / "whole.jsonl")


def test_resume_cuts_a_partial_last_line(tmp_path):
    path = tmp_path / "out.jsonl"
    path.write_bytes(b'{"id": 1, "report": {}}\n{"id": 2, "error": {}}\n{"id": 3, "rep')
    assert cut_after_last_record(path) == (2, 0)
    assert path.read_bytes() == b'{"id": 1, "report": {}}\n{"id": 2, "error": {}}\n'


def test_resume_cuts_the_output_from_a_line_that_is_not_a_record_on(tmp_path):
    path = tmp_path / "out.jsonl"
    path.write_bytes(b'{"id": 1, "report": {}}\n{"id": 2, "rep\x00\x00\n{"id": 3, "report": {}}\n' + b"[" * 5000 + b"\n")
    assert cut_after_last_record(path) == (1, 3)
    assert path.read_bytes() == b'{"id": 1, "report": {}}\n'


def test_a_line_nested_too_deeply_is_an_error_record_and_the_batch_goes_on(tmp_path):
    rows = records(2)
    deep = '{"id": "deep", "reference": ' + "[" * 1000 + "]" * 1000 + "}"
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps(rows[0]) + "\n" + deep + "\n" + json.dumps(rows[1]) + "\n", encoding="utf-8")
    run_batch(source, tmp_path / "out.jsonl", options())
    out = read_jsonl(tmp_path / "out.jsonl")
    assert [o.get("id") for o in out] == [rows[0]["id"], None, rows[1]["id"]]
    assert "report" in out[0] and "report" in out[2]
    assert out[1]["error"]["kind"] == "invalid_json" and "nested" in out[1]["error"]["message"]
    lines = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    (tmp_path / "out.jsonl").write_text(lines[0], encoding="utf-8")
    summary = run_batch(source, tmp_path / "out.jsonl", options(resume=True))
    assert summary.resumed == 1 and summary.written == 2
    assert read_jsonl(tmp_path / "out.jsonl") == out


def test_resume_redoes_the_records_from_a_damaged_output_line_on(tmp_path):
    source = write_jsonl(tmp_path / "in.jsonl", records(3))
    run_batch(source, tmp_path / "whole.jsonl", options())
    lines = (tmp_path / "whole.jsonl").read_bytes().splitlines(keepends=True)
    (tmp_path / "out.jsonl").write_bytes(lines[0] + b"\x00" * 40 + b"\n" + lines[2])
    resumed = run_cli(source, "--output", tmp_path / "out.jsonl", "--workers", "1", "--resume")
    assert resumed.returncode == 0, resumed.stderr
    assert "1 kept from the earlier run, 2 cut from it" in resumed.stderr
    assert read_jsonl(tmp_path / "out.jsonl") == read_jsonl(tmp_path / "whole.jsonl")


def test_resume_refuses_the_output_of_another_input(tmp_path):
    rows = [{"id": f"x{i}", "reference": "", "candidate": ""} for i in range(4)]
    source = write_jsonl(tmp_path / "in.jsonl", rows)
    write_jsonl(tmp_path / "out.jsonl", [{"id": "x0", "error": {}}, {"id": "y1", "error": {}}])
    with pytest.raises(BatchError, match="does not continue this input"):
        run_batch(source, tmp_path / "out.jsonl", options(resume=True))


def test_unreadable_input_and_unknown_formats_are_one_line_and_exit_2(tmp_path):
    assert_refused(run_cli(tmp_path / "missing.jsonl", "--output", tmp_path / "out.jsonl"), "no such file")
    (tmp_path / "broken.parquet").write_bytes(b"not parquet at all")
    assert_refused(run_cli(tmp_path / "broken.parquet", "--output", tmp_path / "out.jsonl"), "Parquet")
    write_jsonl(tmp_path / "in.jsonl", records(1))
    assert_refused(run_cli(tmp_path / "in.jsonl", "--output", tmp_path / "out.csv"), "unknown format")
    assert not (tmp_path / "out.jsonl").exists()


def test_jsonl_round_trip_gives_contract_records(tmp_path):
    rows = records(4)
    source = write_jsonl(tmp_path / "in.jsonl", rows)
    run_batch(source, tmp_path / "out.jsonl", options())
    for row, out in zip(rows, read_jsonl(tmp_path / "out.jsonl"), strict=True):
        assert set(out) == {"id", "report"} and out["id"] == row["id"]
        assert Report.model_validate(out["report"]).model_dump(by_alias=True, mode="json") == out["report"]
        assert len(out["report"]["sentences"]) == out["report"]["candidate"]["sentences"]


def test_parquet_round_trip_matches_jsonl(tmp_path):
    rows = records(6)
    rows.append({"id": "empty", "reference": "Rome is in Italy.", "candidate": ""})
    table = pa.Table.from_pylist(rows)
    pq.write_table(table, tmp_path / "in.parquet")
    write_jsonl(tmp_path / "in.jsonl", rows)
    run_batch(tmp_path / "in.parquet", tmp_path / "out.parquet", options())
    run_batch(tmp_path / "in.jsonl", tmp_path / "out.jsonl", options())
    assert not (tmp_path / "out.parquet.partial.jsonl").exists()
    from_parquet = pq.read_table(tmp_path / "out.parquet").to_pylist()
    from_jsonl = read_jsonl(tmp_path / "out.jsonl")
    assert [r["id"] for r in from_parquet] == [r["id"] for r in rows]
    for p, j in zip(from_parquet, from_jsonl, strict=True):
        assert (json.loads(p["report"]) if p["report"] else None) == j.get("report")
        assert p["error"] == j.get("error")
    summary = run_batch(tmp_path / "in.parquet", tmp_path / "out.parquet", options(resume=True))
    assert summary.resumed == len(rows) and summary.written == 0


def test_parquet_binary_text_that_is_not_utf8_is_an_error_record(tmp_path):
    table = pa.table(
        {
            "id": ["a", "b"],
            "reference": pa.array([b"Rome is in Italy.", b"Rome \xff is in Italy."], pa.binary()),
            "candidate": pa.array([b"Rome is in Spain.", b"Rome is in Spain."], pa.binary()),
        }
    )
    pq.write_table(table, tmp_path / "in.parquet")
    run_batch(tmp_path / "in.parquet", tmp_path / "out.jsonl", options())
    out = read_jsonl(tmp_path / "out.jsonl")
    assert "report" in out[0] and out[1]["error"]["kind"] == "invalid_encoding"


def test_the_dask_engine_gives_the_same_output_as_the_local_engine(tmp_path):
    rows = records(12)
    rows.insert(3, {"id": "bad", "reference": 1, "candidate": "One."})
    source = write_jsonl(tmp_path / "in.jsonl", rows)
    run_batch(source, tmp_path / "local.jsonl", options(workers=2, chunk_size=3))
    run_batch(source, tmp_path / "dask.jsonl", options(engine="dask", dask_processes=False, chunk_size=3))
    assert read_jsonl(tmp_path / "dask.jsonl") == read_jsonl(tmp_path / "local.jsonl")


def test_a_text_of_too_many_sentences_is_a_refused_text_record(monkeypatch):
    monkeypatch.setattr("factdiff.engine.MAX_SENTENCES", 3)
    jobs = [Job("many", "The council met. It voted. The mayor spoke. Nobody left.", "The council met.", "rewrite")]
    jobs.append(Job("few", "The council met.", "The council met.", "rewrite"))
    many, few = compare_chunk(jobs, ReferenceCache())
    assert many.error.kind == "refused_text" and "too many sentences" in many.error.message
    assert few.report is not None


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_named_pipe_as_input_is_refused_without_hanging(tmp_path):
    os.mkfifo(tmp_path / "in.jsonl")
    assert_refused(run_cli(tmp_path / "in.jsonl", "--output", tmp_path / "out.jsonl", timeout=30), "not a regular file")


def test_a_records_calibration_profile_rescores_its_report_and_a_bad_one_is_an_error_record(tmp_path):
    from factdiff.score import profiles, rescore

    summary_profile = next(name for name, mode in profiles().items() if mode == "summary")
    translation_profile = next(name for name, mode in profiles().items() if mode == "translation")
    pair = {"reference": "The mill in Carrow employed 300 people until it shut in 2015.", "candidate": "The Carrow mill had 300 staff."}
    rows = [
        {"id": 1, **pair, "mode": "summary", "profile": summary_profile},
        {"id": 2, **pair, "mode": "summary"},  # takes the run's default profile
        {"id": 3, **pair, "mode": "summary", "profile": translation_profile},  # a profile of another mode
        {"id": 4, **pair, "mode": "summary", "profile": "no-such-profile"},
        {"id": 5, **pair, "mode": "summary", "profile": 7},
        {
            "id": 6,
            "reference": "北京工厂雇用了三百名工人。",
            "candidate": "The Beijing factory employed 300 workers.",
            "mode": "translation",
            "profile": translation_profile,
        },
    ]
    source = write_jsonl(tmp_path / "in.jsonl", rows)
    run_batch(source, tmp_path / "out.jsonl", options(profile=summary_profile))
    out = read_jsonl(tmp_path / "out.jsonl")
    kinds = [o["error"]["kind"] if "error" in o else "report" for o in out]
    assert kinds == ["report", "report", "invalid_profile", "invalid_profile", "wrong_type", "invalid_profile"]
    expected = rescore(compare(pair["reference"], pair["candidate"], "summary"), summary_profile)
    for o in out[:2]:
        assert o["report"]["signature"]["calibration"].split(":", 1)[1].startswith(f"profile:{summary_profile}+")
        assert o["report"]["score"] == pytest.approx(expected.score)
    assert "translation mode" in out[2]["error"]["message"] and summary_profile in out[3]["error"]["message"]
    assert "source" in out[5]["error"]["message"]


def test_reports_do_not_depend_on_the_hash_seed(tmp_path):
    # sets of names and roles are iterated in a fixed order: two runs under other hash seeds give the same reports
    rows = [
        {"id": 1, "reference": "Northvale beat Hallam Rovers 2-1 at home.", "candidate": "Hallam Rovers beat Northvale 2-1 away."},
        {"id": 2, "reference": "Sentrix hired Vexel to build the app.", "candidate": "Vexel hired Sentrix to build the app."},
        {"id": 3, "reference": "Astra Group bought Norlin Foods from Pell.", "candidate": "Norlin Foods bought Astra Group from Pell."},
    ]
    source = write_jsonl(tmp_path / "in.jsonl", rows)
    outputs = []
    for seed in ("1", "2", "3"):
        out = tmp_path / f"out-{seed}.jsonl"
        env = {**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONHASHSEED": seed}
        command = [str(FACTDIFF), "batch", str(source), "--output", str(out), "--workers", "1"]
        subprocess.run(command, check=True, capture_output=True, env=env)
        outputs.append(read_jsonl(out))
    assert any(f["type"] == "role" for f in outputs[0][0]["report"]["findings"])
    assert outputs[0] == outputs[1] == outputs[2]
