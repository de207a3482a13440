"""The trained verifier: the shipped model loads offline, a tiny model built here goes through the whole training path,
the synthetic pairs say what changed, and the switch turns the verifier off."""

from __future__ import annotations

import json
import os
import random
from dataclasses import asdict
from pathlib import Path

import numpy as np
import pytest

from factdiff import compare
from factdiff.analyse.pipeline import load_nlp
from factdiff.evaluation.data import Record
from factdiff.verifier import data, runtime
from factdiff.verifier.check import spans
from factdiff.verifier.encode import MAX_TOKENS, encode
from factdiff.verifier.runtime import SHIPPED, Prediction, Verifier

REFERENCE = "The court fined Acme Corp $2 million on Tuesday after it admitted polluting the river."
SWAPPED = "The court fined Acme Corp $5 million on Tuesday after it admitted polluting the river."


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def test_the_shipped_model_is_small_and_loads_offline_from_the_package():
    model = SHIPPED / runtime.MODEL_FILE
    assert model.is_file()
    assert model.stat().st_size <= 50 * 1024 * 1024
    assert (SHIPPED / "LICENSE").is_file()  # the base model's licence travels with the weights
    verifier = Verifier(SHIPPED)
    (prediction,) = verifier.predict([(SWAPPED, REFERENCE)])
    assert len(prediction.token_probs) == len(prediction.encoded.offsets) > 10
    assert 0.0 <= prediction.pair_prob <= 1.0
    assert 0.0 < verifier.meta.span_threshold <= verifier.meta.finding_threshold < 1.0
    # a tag on its own is a note: its major findings on hand-written pairs were all wrong (training/set_runtime.py);
    # so were its confirmations of the verb changes the rules propose (event_threshold, off since stop 76)
    assert verifier.meta.major_threshold > 1.0 and verifier.meta.event_threshold is None


def test_a_candidate_longer_than_the_window_is_cut_and_never_raises():
    # many word pieces per character: cutting by characters would not be enough
    long_candidate = " ".join(["1,234,567.89"] * 60)
    e = encode(long_candidate, REFERENCE)
    assert len(e.ids) <= MAX_TOKENS and len(e.offsets) == (2 * MAX_TOKENS) // 3
    assert all(long_candidate[s:t] for s, t in e.offsets)


def test_a_long_pair_goes_sentence_by_sentence_with_offsets_into_the_candidate():
    from factdiff.verifier.check import verify

    reference = " ".join(f"The council approved {n} new schools in the north on Monday." for n in range(3, 30))
    candidate = reference.replace("approved 17", "rejected 17")
    ctx = _context(reference, candidate)
    verification = verify(ctx, _TagsEverything())
    assert verification.findings  # every unvouched word is tagged, sentence by sentence
    assert all(f.candidate_span.text == candidate[f.candidate_span.start : f.candidate_span.end] for f in verification.findings)
    assert any("rejected" in f.candidate_span.text for f in verification.findings)
    assert not any("Monday" in f.candidate_span.text for f in verification.findings)  # the same date: the rules vouch


def test_the_candidate_is_never_cut_for_the_reference_and_offsets_point_into_it():
    long_reference = " ".join([REFERENCE] * 40)
    e = encode(SWAPPED, long_reference)
    assert len(e.ids) == MAX_TOKENS
    assert len(e.offsets) == len(encode(SWAPPED, "").offsets)
    words = [SWAPPED[s:t] for s, t in e.offsets]
    assert words[:3] == ["The", "court", "fined"] and words[-1] == "."


def test_tagged_pieces_become_whole_words_with_their_peak_probability():
    text = "Acme paid 5,000 dollars"
    e = encode(text, "Acme paid 4,000 dollars")
    pieces = [text[s:t] for s, t in e.offsets]
    probs = np.array([0.9 if piece in ("5", ",", "000") else 0.1 for piece in pieces])
    found = list(spans(Prediction(e, probs, 0.8), text, 0.5))
    assert [(text[s:t], max(p for *_, p in tagged)) for s, t, tagged in found] == [("5,000", 0.9)]


def test_the_verifier_can_be_turned_off_and_on():
    off = compare(REFERENCE, SWAPPED, verifier=False)
    on = compare(REFERENCE, SWAPPED, verifier=True)
    assert off.verifier is None and "verifier" not in off.signature
    assert not any(f.check == "verifier" for f in off.findings)
    assert on.verifier is not None and on.signature["verifier"]
    # the rules' findings are the same either way; the verifier only adds words no rule explains
    rules_on = [(f.type, f.candidate_span) for f in on.findings if f.check != "verifier"]
    assert rules_on == [(f.type, f.candidate_span) for f in off.findings]


def test_a_mode_left_out_of_meta_json_goes_without_the_verifier_unless_asked(tmp_path, monkeypatch):
    meta = json.loads((SHIPPED / runtime.META_FILE).read_text())
    (tmp_path / runtime.MODEL_FILE).symlink_to(SHIPPED / runtime.MODEL_FILE)
    (tmp_path / runtime.META_FILE).write_text(json.dumps(dict(meta, modes=["rewrite", "translation"])))
    monkeypatch.setenv("FACTDIFF_VERIFIER_MODEL", str(tmp_path))
    runtime.load_verifier.cache_clear()
    runtime._meta.cache_clear()
    try:
        default = compare(REFERENCE, SWAPPED, mode="summary")
        assert default.verifier is None and not any(f.check == "verifier" for f in default.findings)
        asked = compare(REFERENCE, SWAPPED, mode="summary", verifier=True)
        assert asked.verifier is not None and asked.signature["verifier"]
    finally:
        runtime.load_verifier.cache_clear()
        runtime._meta.cache_clear()


def test_the_shipped_model_runs_in_summary_mode_with_its_own_weight():
    # chosen on the AggreFact dev articles it was not trained on (training/choose_weight.py)
    meta = runtime.verifier_meta()
    assert "summary" in meta.modes and meta.weight_for("summary") == meta.mode_weights["summary"]
    assert meta.weight_for("translation") == meta.weight
    report = compare(REFERENCE, SWAPPED, mode="summary")
    assert report.verifier is not None and report.signature["verifier"]


def test_asking_for_a_verifier_that_is_not_there_is_one_line_and_exit_2(tmp_path):
    import subprocess
    import sys

    (tmp_path / "r.txt").write_text(REFERENCE)
    (tmp_path / "c.txt").write_text(SWAPPED)
    factdiff = str(Path(sys.executable).parent / "factdiff")
    cli = [factdiff, "compare", str(tmp_path / "r.txt"), str(tmp_path / "c.txt")]
    env = {**os.environ, "FACTDIFF_VERIFIER_MODEL": str(tmp_path / "none")}
    asked = subprocess.run([*cli, "--verifier"], capture_output=True, text=True, env=env)
    assert asked.returncode == 2 and asked.stderr.count("\n") == 1 and "no verifier model" in asked.stderr
    default = subprocess.run(cli, capture_output=True, text=True, env=env)  # not asked: the rules alone
    assert default.returncode == 1 and "$5 million" in default.stdout


def test_a_single_mode_in_meta_json_is_one_mode(tmp_path):
    (tmp_path / "meta.json").write_text(json.dumps({"modes": "translation"}))
    assert runtime.Meta.read(tmp_path / "meta.json").modes == ("translation",)


def test_swapping_participants_marks_both_new_places(nlp):
    doc = nlp("Germany beat Brazil in the final.")
    text, where = data.swap_participants(doc, random.Random(1), data.Pools())
    assert text == "Brazil beat Germany in the final."
    assert [text[s:t] for s, t in where] == ["Brazil", "Germany"]


def test_negation_is_added_to_the_auxiliary_or_taken_away(nlp):
    added, where = data.negate(nlp("The company has closed its factory."), random.Random(1), data.Pools())
    assert added == "The company has not closed its factory." and [added[s:t] for s, t in where] == ["not"]
    removed, where = data.negate(nlp("The company has not closed its factory."), random.Random(1), data.Pools())
    assert removed == "The company has closed its factory." and [removed[s:t] for s, t in where] == ["closed"]


def test_faithful_variants_keep_the_facts(nlp):
    rng = random.Random(1)
    assert data.reformat_number(nlp("They sold 5,600 cars."), rng, data.Pools()) == ("They sold 5600 cars.", [])
    fronted = data.front_attribution(nlp("Prices will rise next year, the minister said."), rng, data.Pools())
    assert fronted == ("The minister said prices will rise next year.", [])


def test_synthetic_pairs_have_changed_words_as_spans_and_faithful_copies(nlp):
    sentences = [
        "The board of Acme approved the merger with Globex on Monday, the company said.",
        "Police arrested 12 people in Lyon after the match between France and Spain.",
        "Sales rose 4% in March, and the firm will hire 300 workers in Ohio.",
    ]
    examples = list(data.synthetic_examples(sentences, nlp, seed=3))
    changed = [e for e in examples if e.label == 1]
    faithful = [e for e in examples if e.label == 0]
    assert len(faithful) == 3 and len(changed) >= 4
    for e in changed:
        assert e.candidate != e.reference
        for s, t in e.spans:
            assert 0 <= s < t <= len(e.candidate)


def test_test_records_are_refused_as_training_data():
    record = Record("x", "d", "test", "a", "b", "translation", 0)
    with pytest.raises(ValueError, match="test"):
        list(data.mqm_examples([record]))


def _tiny_base(path) -> None:
    """A BERT with MiniLM's vocabulary but 1 layer of width 32: the training path runs in seconds."""
    from transformers import BertConfig, BertModel

    from factdiff.verifier.train import base_model_path

    vocab = json.loads((base_model_path() / "config.json").read_text())["vocab_size"]
    config = BertConfig(vocab_size=vocab, hidden_size=32, num_hidden_layers=1, num_attention_heads=2, intermediate_size=64)
    BertModel(config).save_pretrained(path)


def _tiny_mqm(tmp_path) -> Path:
    """12 dev pairs (every other one with a changed word tagged) and one test pair that must never be read."""
    rows = []
    for i in range(12):
        good = i % 2 == 0
        candidate = f"The council approved {i + 3} new schools in the north." if good else f"The council rejected {i + 3} new schools."
        errors = [] if good else [{"start": 12, "end": 20, "category": "Accuracy/Mistranslation", "severity": "Major"}]
        rows.append(
            {
                "id": f"t{i}",
                "dataset": "tiny",
                "split": "dev",
                "reference": f"The council approved {i + 3} new schools in the north.",
                "candidate": candidate,
                "mode": "translation",
                "label": "consistent" if good else "inconsistent",
                "errors": errors,
            }
        )
    rows.append(dict(rows[0], id="held", split="test"))  # never read
    source = tmp_path / "tiny-mqm.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return source


def test_a_tiny_model_goes_through_training_export_and_use(tmp_path, monkeypatch):
    pytest.importorskip("onnx")
    from factdiff.verifier.train import TrainOptions, train

    source = _tiny_mqm(tmp_path)
    _tiny_base(tmp_path / "base")

    summaries = tmp_path / "tiny-summaries.jsonl"
    articles = [ARTICLE, ARTICLE.replace("tram", "metro"), ARTICLE.replace("Ana Ruiz", "Tom Berg")]
    summary_rows = [
        _summary(f"The council met on Tuesday about {w}.", "consistent", [], article=a) for w, a in zip("ab", articles[:2], strict=True)
    ]
    summary_rows.append(_summary("The council met on Tuesday.", "consistent", [], split="test", article=articles[2]))
    summaries.write_text("".join(json.dumps(dict(asdict(r), label="consistent")) + "\n" for r in summary_rows))

    out = tmp_path / "model"
    options = TrainOptions(out=out, data=[source], base=tmp_path / "base", epochs=2, batch_size=4, threads=1, held_out=0.25)
    options.summaries, options.summary_choice = [summaries], 0.0
    meta = train(options)
    assert (out / "verifier.onnx").is_file() and meta["recipe"]["training_pairs"] > 0
    assert any(kind.startswith("summary-") for kind in meta["recipe"]["by_kind"])
    from factdiff.verifier.train import reference_key

    assert reference_key(articles[2]) in meta["summary_kept_out_references"]  # the test split's article
    assert meta["modes"] == ["rewrite", "translation"]  # summary mode waits for its weight (choose_weight.py)
    assert json.loads((out / "meta.json").read_text())["span_threshold"] == meta["span_threshold"]

    monkeypatch.setenv("FACTDIFF_VERIFIER_MODEL", str(out))
    runtime.load_verifier.cache_clear()
    runtime._meta.cache_clear()
    try:
        report = compare(REFERENCE, SWAPPED, verifier=True)
        assert report.verifier is not None and report.signature["verifier"] == "factdiff-verifier"
    finally:
        runtime.load_verifier.cache_clear()
        runtime._meta.cache_clear()


class _TagsEverything:
    """A stand-in verifier that tags every candidate word piece with probability 0.99."""

    def __init__(self) -> None:
        self.meta = runtime.Meta(span_threshold=0.5, major_threshold=0.9)

    def predict(self, pairs):
        out = []
        for candidate, reference in pairs:
            e = encode(candidate, reference)
            out.append(Prediction(e, np.full(len(e.offsets), 0.99), 0.99))
        return out


def _context(reference: str, candidate: str, mode: str = "rewrite"):
    from factdiff.align import align
    from factdiff.analyse.document import analyse
    from factdiff.analyse.entities import link
    from factdiff.checks import Context
    from factdiff.read import source_from_text

    ref, cand = analyse(source_from_text(reference, "r")), analyse(source_from_text(candidate, "c"))
    link(ref.entities, cand.entities)
    return Context(ref, cand, align(ref, cand), mode)


def test_tagged_words_that_the_rules_find_in_the_reference_are_left_to_the_rules():
    from factdiff.verifier.check import verify

    ctx = _context("Jean-Luc Moreau met 5,600 farmers in Lyon.", "Jean Luc Moreau fined 5600 farmers in Lyon.")
    verification = verify(ctx, _TagsEverything())
    # the name variant, the number written another way and the same city are the rules' to judge; the rest is tagged
    assert [f.candidate_span.text for f in verification.findings] == ["fined", "farmers in"]
    assert verification.probability == pytest.approx(0.99)
    assert all(f.check == "verifier" and f.severity.value == "major" for f in verification.findings)
    assert [f.type.value for f in verification.findings] == ["event", "event"]


def test_a_quantity_the_reference_gives_in_another_form_is_left_to_the_rules_in_any_sentence():
    from factdiff.verifier.check import verify

    reference = (
        "Tolland Dairy shut its cheese plant near Gruyeres on Monday after a fire damaged the boiler house, which supplies"
        " about 60 percent of the plant's steam. Nobody was hurt."
    )
    candidate = (
        "Tolland Dairy shut its cheese plant near Gruyeres on Monday after a fire damaged the boiler house. That building"
        " supplies roughly three-fifths of the plant's steam. Nobody was hurt."
    )
    ctx = _context(reference, candidate)
    assert not ctx.refs_for(1)  # the split-off sentence is linked to no reference sentence: only the amount vouches
    tagged = " ".join(f.candidate_span.text for f in verify(ctx, _TagsEverything()).findings)
    assert "supplies" in tagged and "three-fifths" not in tagged


@pytest.mark.parametrize(
    ("reference", "candidate", "tagged"),
    [
        # the same verb, denied alike ('without' denies): the rules judged it, the words around it are the verifier's
        ("The union said the plan was made without consulting workers.", "The union said workers were not consulted on it.", False),
        # the same verb, denied on one side only: still the verifier's to tag
        ("The board approved the merger on Monday.", "The board did not approve the merger on Monday.", True),
    ],
)
def test_a_verb_said_the_same_way_in_the_aligned_sentence_is_left_to_the_rules(reference, candidate, tagged):
    from factdiff.verifier.check import verify

    text = " ".join(f.candidate_span.text for f in verify(_context(reference, candidate), _TagsEverything()).findings)
    assert ("consulted" in text or "approve" in text) == tagged
    assert "The union" in text or "The board" in text  # the rest is still tagged


class _TagsAt(_TagsEverything):
    """A stand-in verifier that tags every candidate word piece with one probability, with an event threshold."""

    def __init__(self, probability: float, event_threshold: float | None = 0.8) -> None:
        self.meta = runtime.Meta(span_threshold=0.5, finding_threshold=1.1, event_threshold=event_threshold)
        self.probability = probability

    def predict(self, pairs):
        tagged = super().predict(pairs)
        return [Prediction(p.encoded, np.full(len(p.encoded.offsets), self.probability), self.probability) for p in tagged]


_DEPOT = "The council postponed the vote on the new depot."


@pytest.mark.parametrize(
    ("reference", "candidate", "verifier", "events"),
    [
        # a verb change the rules propose, confirmed by the model: another event, with the reference's verb as evidence
        (_DEPOT, _DEPOT.replace("postponed", "cancelled"), _TagsAt(0.9), [("cancelled", "postponed")]),
        # also where the clause is reworded: the predicates of two frames that share their participants
        (
            "Officials said the council postponed its vote on the depot.",
            "The depot vote was cancelled by the council, officials said.",
            _TagsAt(0.9),
            [("cancelled", "postponed")],
        ),
        # the model below the event threshold: no event
        (_DEPOT, _DEPOT.replace("postponed", "cancelled"), _TagsAt(0.7), []),
        # a model without an event threshold: the rule stays off
        (_DEPOT, _DEPOT.replace("postponed", "cancelled"), _TagsAt(0.99, None), []),
        # a paraphrase (WordNet) is never proposed, whatever the model says
        ("The club sacked its coach on Monday.", "The club fired its coach on Monday.", _TagsAt(0.99), []),
    ],
)
def test_a_verb_change_the_rules_propose_is_an_event_where_the_verifier_confirms_it(reference, candidate, verifier, events):
    from factdiff.verifier.check import verify

    found = verify(_context(reference, candidate), verifier).events
    assert [(f.candidate_span.text, f.reference_span.text) for f in found] == events
    assert all(f.type.value == "event" and f.severity.value == "major" and f.check == "verifier" for f in found)
    assert verify(_context(reference, candidate), verifier).findings == []  # no tag reached the finding threshold


def test_each_sentence_window_holds_its_linked_and_its_most_similar_reference_sentences():
    from factdiff.verifier.check import TOP_REFERENCES, windows

    reference = " ".join(f"The council approved {n} new schools in the north on Monday." for n in range(3, 30))
    candidate = reference.replace("approved 17", "rejected 17")
    ctx = _context(reference, candidate)
    parts = windows(ctx, max_tokens=64)
    assert len(parts) == len(ctx.candidate.sentences)
    sim = ctx.alignment.similarity
    for part, sent in zip(parts, ctx.candidate.sentences, strict=True):
        assert part.candidate == sent.text and part.offset == sent.start
        wanted = ctx.refs_for(sent.index) | set(np.argsort(-sim[:, sent.index])[:TOP_REFERENCES].tolist())
        assert all(ctx.reference.sentences[r].text in part.reference for r in wanted)
        assert part.reference.count("The council") == len(wanted)


TRAM_ARTICLE = [
    "The city council met on Tuesday to discuss the new tram line.",
    "Mayor Ana Ruiz spoke for an hour after the vote.",
    "She said the tram line would open in 2027 and cost 300 million euros.",
    "The money will come from the regional budget and a loan.",
    "Critics said the budget was too small for a line of twelve stops.",
    "Bus drivers held a protest outside the town hall.",
    "The council will vote on the bus routes next month.",
    "A new bridge over the river is also planned for 2029.",
]


class _SupportedBy:
    """A stand-in verifier: a candidate that starts with `claim` is supported (0.1, no tags) only by a reference that
    holds `support`; anything else is tagged whole (0.95)."""

    def __init__(self, claim: str, support: str) -> None:
        self.meta = runtime.Meta(max_tokens=64, span_threshold=0.5, finding_threshold=0.7, major_threshold=0.9)
        self.claim, self.support = claim, support

    def predict(self, pairs):
        out = []
        for candidate, reference in pairs:
            e = encode(candidate, reference)
            p = 0.1 if candidate.startswith(self.claim) and self.support in reference else 0.95
            out.append(Prediction(e, np.full(len(e.offsets), p), p))
        return out


def test_a_summary_sentence_counts_with_the_article_window_that_supports_it_best():
    from factdiff.verifier.check import SEARCH, TOP_REFERENCES, verify, windows

    claim = "The tram line opens in 2027 at a cost of 300 million euros."
    candidate = claim + " The stadium will be closed for a year."
    reference = " ".join(TRAM_ARTICLE)
    ctx = _context(reference, candidate, "summary")
    sim = ctx.alignment.similarity
    order = np.argsort(-sim[:, 0]).tolist()
    own = ctx.refs_for(0) | set(order[:TOP_REFERENCES])
    # a sentence next to one of the claim's most similar ones that its own window leaves out
    outside = [n for r in order[:SEARCH] for n in (r - 1, r + 1) if 0 <= n < len(TRAM_ARTICLE) and n not in own]
    assert outside, "the test needs an article sentence outside the claim's own window"
    verifier = _SupportedBy(claim, TRAM_ARTICLE[outside[0]])

    parts = windows(ctx, max_tokens=64, search=SEARCH)
    assert {p.sentence for p in parts} == {0, 1} and len(parts) > len(ctx.candidate.sentences)
    summary = verify(ctx, verifier)
    # the claim is supported by a neighbourhood of the article; only the stadium is unsupported
    assert [f.candidate_span.text for f in summary.findings] == ["The stadium will be closed for a year"]
    assert summary.probability == pytest.approx((0.1 + 0.95) / 2)  # the share of the summary not supported

    rewrite = verify(_context(reference, candidate, "rewrite"), verifier)  # sentence by sentence, its own window only
    assert rewrite.probability == pytest.approx(0.95)
    assert any(f.candidate_span.start < len(claim) for f in rewrite.findings)


ARTICLE = (
    "The city council met on Tuesday to discuss the new tram line. "
    "Mayor Ana Ruiz said the line would open in 2027 and cost 300 million euros. "
    "Critics said the budget was too small for a line of twelve stops. "
    "The council will vote on the plan next month."
)


def _summary(candidate: str, label: str, errors: list[dict], split: str = "dev", article: str = ARTICLE) -> Record:
    wrong = int(label == "inconsistent")
    return Record(f"s-{len(candidate)}-{split}", "tiny-summaries", split, article, candidate, "summary", wrong, errors)


def test_summaries_are_cut_into_run_time_windows_with_their_error_spans():
    candidate = "The council discussed a tram line. Ruiz said it would open in 2029."
    start = candidate.index("2029")
    record = _summary(candidate, "inconsistent", [{"start": start, "end": start + 4, "category": "intrinsic-NP"}])
    assert [e.spans for e, _ in data.summary_windows([record], MAX_TOKENS)] == [[(start, start + 4)]]  # short: whole
    windows = [e for e, _ in data.summary_windows([record], max_tokens=48)]  # long: sentence by sentence
    assert len(windows) == 2 and [w.label for w in windows] == [0, 1]  # the error is in the second sentence only
    second = windows[1]
    assert [second.candidate[s:e] for s, e in second.spans] == ["2029"]
    assert "Ruiz" in second.reference and second.candidate in candidate
    # a wrong summary whose errors have no place: every window is wrong
    unplaced = _summary(candidate, "inconsistent", [{"start": -1, "end": -1, "category": "extrinsic-NP"}])
    assert all(e.label == 1 for e, _ in data.summary_windows([unplaced], max_tokens=48))
    with pytest.raises(ValueError):
        list(data.summary_windows([_summary(candidate, "consistent", [], split="test")], MAX_TOKENS))


def test_summary_articles_of_the_test_split_are_never_trained_on(tmp_path):
    from factdiff.verifier.train import TrainOptions, summary_split

    other = ARTICLE.replace("tram", "bus")
    rows = [_summary("The council met on Tuesday.", "consistent", [], article=a) for a in (ARTICLE, other)]
    rows.append(_summary("The council met on Tuesday.", "consistent", [], split="test", article=other))
    path = tmp_path / "tiny-summaries.jsonl"
    path.write_text("".join(json.dumps(dict(asdict(r), label="consistent")) + "\n" for r in rows))
    trained, _, kept_out = summary_split(TrainOptions(out=tmp_path, data=[], summaries=[path], summary_choice=0.0))
    assert other in kept_out and [r.reference for r in trained] == [ARTICLE]


def test_each_summary_fold_keeps_out_another_third_of_the_articles(tmp_path):
    from factdiff.verifier.train import TrainOptions, summary_split

    articles = [ARTICLE.replace("tram", f"tram number {n}") for n in range(10)]
    path = tmp_path / "tiny-summaries.jsonl"
    rows = [_summary("The council met on Tuesday.", "consistent", [], article=a) for a in articles]
    path.write_text("".join(json.dumps(dict(asdict(r), label="consistent")) + "\n" for r in rows))
    folds = [summary_split(TrainOptions(out=tmp_path, data=[], summaries=[path], summary_fold=f))[2] for f in range(3)]
    assert [len(k) for k in folds] == [3, 3, 4]  # the last fold takes what the rounding leaves
    assert set.union(*folds) == set(articles)  # together the folds keep out every article once
    for fold in range(3):
        trained, _, kept_out = summary_split(TrainOptions(out=tmp_path, data=[], summaries=[path], summary_fold=fold))
        assert {r.reference for r in trained} == set(articles) - kept_out
    with pytest.raises(ValueError, match="fold 3"):
        summary_split(TrainOptions(out=tmp_path, data=[], summaries=[path], summary_fold=3))


def test_synthetic_summary_pairs_carry_article_context_and_a_dropped_phrase_is_faithful(nlp):
    articles = [ARTICLE, ARTICLE.replace("Ana Ruiz", "Tom Berg").replace("tram", "metro")]
    records = [_summary("x", "consistent", [], article=a) for a in articles]
    examples = [e for e, _ in data.summary_synthetic(records, nlp, seed=3, sentences_per_article=4, per_sentence=2)]
    assert examples and all(e.kind.startswith("summary-") for e in examples)
    assert all(e.reference.count(". ") >= 1 for e in examples)  # the sentence with others of its article
    assert all(e.label == 0 and not e.spans for e in examples if e.kind in ("summary-compression", "summary-copy"))
    changed = [e for e in examples if e.label == 1 and e.spans]
    assert changed and all(e.candidate not in e.reference for e in changed)


def _nli_row(n: int, premise: str, hypothesis: str, label: str, split: str = "dev", dataset: str = "tiny_nli", **meta) -> dict:
    row = {"id": f"{dataset}-{n}", "dataset": dataset, "split": split, "premise": premise, "hypothesis": hypothesis}
    return row | {"label": label, "orig_label": label, "label_granularity": "3way", "meta": meta}


def _write_gz(path: Path, rows: list[dict]) -> Path:
    import gzip

    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.writelines(json.dumps(r) + "\n" for r in rows)
    return path


def _tiny_nli(tmp_path) -> Path:
    """40 pairs about as many premises, half entailed, and one pair of a test split (taken like the others)."""
    rows = []
    for i in range(40):
        premise = f"The museum in town {i} opened {i + 2} new rooms in May."
        hypothesis = f"Town {i} has a museum." if i % 2 else f"The museum in town {i} closed all its rooms."
        rows.append(_nli_row(i, premise, hypothesis, "neutral" if i % 4 == 2 else "contradiction" if i % 2 == 0 else "entailment"))
    rows.append(_nli_row(99, "A test premise.", "A test hypothesis.", "entailment", split="test"))
    return _write_gz(tmp_path / "tiny_nli.jsonl.gz", rows)


def test_nli_pairs_keep_each_pair_once_and_each_label_its_share(tmp_path):
    rows = [_nli_row(i, f"Premise number {i}.", f"Hypothesis {i}.", "entailment" if i < 30 else "contradiction") for i in range(40)]
    rows.append(_nli_row(50, "Premise number 1.", "hypothesis   1.", "entailment"))  # the same pair again
    rows.append(_nli_row(51, "Premise number 2.", "Hypothesis 2.", "neutral"))  # the same pair, the other label: dropped
    # the NLI files are the public sets' evaluation splits, given for training: a test record is taken and counted
    rows.append(_nli_row(52, "Seen in a test split.", "Taken for training.", "entailment", split="test"))
    path = _write_gz(tmp_path / "a.jsonl.gz", rows)
    pairs, taken = data.load_nli([path], None, seed=1)
    assert len(pairs) == 40 and taken == {"tiny_nli": {"dev": 39, "test": 1}}
    assert all(not e.tagged and not e.spans for e, _ in pairs)
    assert {(e.reference, e.candidate, e.label) for e, _ in pairs} >= {("Premise number 0.", "Hypothesis 0.", 0)}
    assert {g for e, g in pairs} == {e.reference for e, _ in pairs}  # grouped by premise
    sample, _ = data.load_nli([path], 20, seed=1)
    assert sum(e.label for e, _ in sample) == 5 and len(sample) == 20  # 10 of 40 are wrong: a quarter of the sample
    assert {e.candidate for e, _ in sample} == {e.candidate for e, _ in data.load_nli([path], 20, seed=1)[0]}  # seeded


def test_wice_unsupported_tokens_become_tagged_spans():
    row = _nli_row(
        0,
        "The band played in Oslo in 2019.",
        "The band played in Bergen in 2019.",
        "neutral",
        dataset="wice_tokens",
        claim_tokens=["The", "band", "played", "in", "Bergen", "in", "2019", "."],
        non_supported_mask=[False, False, False, False, True, False, False, False],
    )
    example = data.nli_example(row)
    assert example.tagged and example.label == 1 and [example.candidate[s:e] for s, e in example.spans] == ["Bergen"]
    # a mask that cannot be placed in the text: the pair label only
    broken = dict(row, meta=dict(row["meta"], claim_tokens=["Trondheim"] * 8))
    assert not data.nli_example(broken).tagged


def test_faithbench_is_never_trained_on(tmp_path):
    summary = dict(asdict(_summary("The council met.", "consistent", [])), dataset="faithbench", label="consistent")
    path = tmp_path / "faithbench.jsonl"
    path.write_text(json.dumps(summary) + "\n")
    with pytest.raises(ValueError, match="evaluation only"):
        data.load_summaries([path])
    nli = _write_gz(tmp_path / "fb.jsonl.gz", [_nli_row(0, "A premise.", "A claim.", "entailment", dataset="faithbench")])
    with pytest.raises(ValueError, match="evaluation only"):
        data.load_nli([nli], None, seed=1)


def test_a_tiny_model_learns_from_nli_pairs_with_their_pieces_left_out_of_the_piece_loss(tmp_path):
    pytest.importorskip("onnx")
    from factdiff.verifier.train import TrainOptions, make_examples, train

    _tiny_base(tmp_path / "base")
    options = TrainOptions(
        out=tmp_path / "model", data=[_tiny_mqm(tmp_path)], base=tmp_path / "base", epochs=1, batch_size=8, threads=1, held_out=0.25
    )
    options.nli, options.nli_per_dataset, options.held_out_file = [_tiny_nli(tmp_path)], 20, tmp_path / "held.jsonl"
    made = make_examples(options)
    nli_train = [e for e in made.train if e.kind.startswith("nli-")]
    assert nli_train and not any(e.tagged for e in nli_train) and all(e.tagged for e in made.train if e not in nli_train)
    assert {e.reference for e in nli_train}.isdisjoint(e.reference for e in made.held["nli"])  # a premise on one side only
    meta = train(options)
    assert sum(meta["recipe"]["nli"]["taken"]["tiny_nli"].values()) == 20 and meta["recipe"]["nli"]["per_dataset"] == 20
    assert sum(n for kind, n in meta["recipe"]["by_kind"].items() if kind.startswith("nli-")) == len(nli_train)
    assert meta["recipe"]["held_out_by_source"]["nli"] == len(made.held["nli"])
    held = [json.loads(line) for line in options.held_out_file.read_text().splitlines()]
    assert {h["part"] for h in held} == {"main", "nli"} and all(not h["tagged"] for h in held if h["part"] == "nli")
    assert 0.0 <= meta["held_out_pair_auc_nli"] <= 1.0


def _written(tmp_path: Path, rows: list[dict]) -> Path:
    path = tmp_path / "written.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_hand_written_pairs_are_cut_into_run_time_windows_with_their_errors_and_omissions(tmp_path):
    reference = "The council approved a tram line on Monday. Mayor Ruiz said it would open in 2029. Work starts in May."
    candidate = "The council rejected a tram line on Monday. Mayor Ruiz said it would open in 2029. Work starts."
    wrong, gap = candidate.index("rejected"), candidate.index("starts.") + len("starts")
    row = {
        "id": "w-1",
        "mode": "rewrite",
        "reference": reference,
        "candidate": candidate,
        "label": "inconsistent",
        "errors": [
            {"start": wrong, "end": wrong + len("rejected"), "type": "polarity"},
            {"start": gap, "end": gap, "type": "omission", "ref_text": "in May"},
        ],
        "traps": [],
    }
    rows = data.load_written([_written(tmp_path, [row, row | {"id": "w-2", "label": "consistent", "candidate": reference}])])
    whole = [e for e, _ in data.written_windows(rows[:1], MAX_TOKENS)]  # short: the whole pair in one window
    assert [(e.label, [e.candidate[s:t] for s, t in e.spans]) for e in whole] == [(1, ["rejected"])]
    windows = [e for e, _ in data.written_windows(rows[:1], max_tokens=40)]  # long: sentence by sentence
    assert [w.label for w in windows] == [1, 0, 1]
    assert [windows[0].candidate[s:t] for s, t in windows[0].spans] == ["rejected"]
    assert windows[2].spans == [] and windows[2].candidate == "Work starts."  # the omission's place: wrong, no word tagged
    assert all(e.label == 0 and not e.spans for e, _ in data.written_windows(rows[1:], max_tokens=40))  # faithful: all right


def test_a_file_that_is_not_hand_written_pairs_is_refused_with_its_line(tmp_path):
    path = _written(tmp_path, [{"reference": "A.", "candidate": "B.", "label": "maybe"}])
    with pytest.raises(ValueError, match=r"written\.jsonl:1"):
        data.load_written([path])


def test_a_tiny_model_trains_on_hand_written_windows_and_the_recipe_names_them(tmp_path):
    pytest.importorskip("onnx")
    from factdiff.verifier.train import TrainOptions, make_examples, train

    _tiny_base(tmp_path / "base")
    rows = []
    for i in range(8):
        reference = f"The council approved {i + 3} new schools. The mayor welcomed the plan."
        candidate = reference.replace("approved", "rejected") if i % 2 else reference.replace("The mayor", "Its mayor")
        errors = [{"start": 12, "end": 20, "type": "polarity"}] if i % 2 else []
        label = "inconsistent" if i % 2 else "consistent"
        rows.append({"id": f"w{i}", "mode": "rewrite", "reference": reference, "candidate": candidate, "label": label, "errors": errors})
    options = TrainOptions(out=tmp_path / "model", data=[], base=tmp_path / "base", epochs=1, batch_size=4, threads=1, held_out=0.25)
    options.written, options.written_pairs = [_written(tmp_path, rows)], 6
    made = make_examples(options)
    assert len(made.train) + len(made.held["main"]) == 6 and {e.kind for e in made.train} <= {"written-ok", "written-error"}
    meta = train(options)
    assert "written.jsonl" in meta["recipe"]["data"] and sum(meta["recipe"]["by_kind"].values()) == len(made.train)
