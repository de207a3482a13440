"""The verifier as a check: tag the candidate's words that the reference does not support, and score the pair.

A short pair goes to the model whole (as it was trained on segments); a longer one goes a candidate sentence at a
time, each with the reference sentences the alignment links to it and its two most similar ones (a link depends on
a margin; the verifier should see the support that sits just outside it). A summary sentence may draw on any part of
a long article, so in summary mode it is also checked against each of the article's three sentences most like it,
with that sentence's neighbours, and the window that supports it best (the lowest probability) is the one that
counts, its tags and its probability (as SummaC scores a summary sentence by the article sentence that entails it
best). A tagged span gets the type the rules would give its words (a number, a date, a name) and otherwise `event`,
with the model's probability as its confidence. The pair's probability (of a long pair; a short one is one window) is
the highest of its sentences' (one wrong sentence makes a wrong translation), and in summary mode their mean, the
share of the summary that the article does not support (the highest grows with the number of sentences, and in a
summary each sentence is a claim of its own; chosen by cross-validation on the AggreFact dev articles). Only tags
precise enough become findings (`finding_threshold` in meta.json: 0.95, well above the 0.6 precision on held-out
tags, chosen by the flags on faithful paraphrases), only on words that say something, and a tagged name, number or
date that the rules have judged is left to them. Where the rules propose a verb change that they cannot judge
themselves (`events.proposals`: 'postponed' / 'cancelled' in a reworded clause), the model's tag on the candidate's
verb decides at a lower threshold (`event_threshold`, where the model has one): the rules found the conflict, the
model judges whether it is another event or a paraphrase.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

import numpy as np

from factdiff.analyse.entities import supported
from factdiff.analyse.knowledge import fold, lexicon
from factdiff.analyse.lexical import negative_form, opposite
from factdiff.checks.base import Context, kind_of_words
from factdiff.checks.events import proposals
from factdiff.checks.polarity import denied, extent
from factdiff.model import Finding, FindingType, Severity
from factdiff.verifier.encode import pieces
from factdiff.verifier.runtime import Prediction, Verifier

NAME = "verifier"
TOP_REFERENCES = 2  # most similar reference sentences given with each candidate sentence, besides those linked to it
SEARCH = 3  # summary mode: a summary sentence is also checked against this many article sentences (with neighbours)


@dataclass(slots=True)
class Window:
    """A piece of the candidate (from `offset` in its plain text) with the reference text it is checked against."""

    offset: int
    candidate: str
    reference: str
    sentence: int = -1  # the candidate sentence it checks (-1: the whole pair)


@dataclass
class Verification:
    findings: list[Finding] = field(default_factory=list)
    events: list[Finding] = field(default_factory=list)  # verb changes the rules proposed and the verifier confirmed
    probability: float = 0.0  # that the candidate says something the reference does not support (summary: the share)


def windows(ctx: Context, max_tokens: int, search: int = 0) -> list[Window]:
    """The pieces the model checks. `search`: besides its own window, each candidate sentence is also checked against
    this many of its most similar reference sentences, each with the sentences next to it (the model learnt from the
    first kind only)."""
    cand, ref = ctx.candidate, ctx.reference
    if not cand.sentences or not ref.sentences:
        return []
    # [CLS] candidate [SEP] reference [SEP]: the whole pair when it fits, as the model was trained on segments
    if len(pieces(cand.text).ids) + len(pieces(ref.text).ids) + 3 <= max_tokens:
        return [Window(0, cand.text, ref.text)]
    out = []
    sim = ctx.alignment.similarity
    last = len(ref.sentences) - 1
    for s in cand.sentences:
        order = np.argsort(-sim[:, s.index]).tolist()
        groups = [ctx.refs_for(s.index) | set(order[:TOP_REFERENCES])]
        groups += [{max(0, r - 1), r, min(last, r + 1)} for r in order[:search]]
        seen: set[str] = set()
        for refs in groups:
            reference = " ".join(ref.sentences[r].text for r in sorted(refs))
            if reference not in seen:
                seen.add(reference)
                out.append(Window(s.start, s.text, reference, s.index))
    return out


def best_supported(parts: list[Window], predictions: list[Prediction]) -> list[tuple[Window, Prediction]]:
    """For each candidate sentence (or the whole pair), the window whose reference supports it best."""
    best: dict[int, tuple[Window, Prediction]] = {}
    for window, prediction in zip(parts, predictions, strict=True):
        kept = best.get(window.sentence)
        if kept is None or np.isnan(kept[1].pair_prob) or prediction.pair_prob < kept[1].pair_prob:
            best[window.sentence] = (window, prediction)
    return list(best.values())


Piece = tuple[int, int, float]  # a tagged word piece: [start, end) in the window's candidate text, its probability


def spans(prediction: Prediction, text: str, threshold: float) -> Iterator[tuple[int, int, list[Piece]]]:
    """Runs of tagged word pieces as [start, end) in `text`, widened to whole words, with the pieces of each run."""
    run: list[Piece] = []
    for (start, end), p in zip(prediction.encoded.offsets, prediction.token_probs, strict=True):
        if p >= threshold and end > start:
            if run and text[run[-1][1] : start].strip():
                yield _widen(run, text)
                run = []
            run.append((start, end, float(p)))
        elif run:
            yield _widen(run, text)
            run = []
    if run:
        yield _widen(run, text)


def _widen(run: list[Piece], text: str) -> tuple[int, int, list[Piece]]:
    start, end = run[0][0], run[-1][1]
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    return start, end, run


def _vouched(ctx: Context, start: int, end: int) -> set[int]:
    """The characters of [start, end) that the rules vouch for: a name, a quantity or a date that the rules have
    judged, because the reference gives it too (a name or a variant of it, the same amount in any form ('roughly
    three-fifths' / 'about 60 percent'), an equal date) or because the
    aligned reference sentences hold one of the same kind that the rules' checks compared it with; a verb that an
    aligned reference sentence says the same way."""
    ref = ctx.reference
    covered: set[int] = set()

    def aligned(items: list, sent: int) -> list:
        return ref.in_sentences(items, ctx.refs_for(sent))

    for m in ctx.candidate.entities:
        if m.start < end and start < m.end:
            if supported(m, ref.entities) or any(r.label == m.label for r in aligned(ref.entities, m.sent)):
                covered.update(range(m.start, m.end))
    for q in ctx.candidate.quantities:
        if q.start < end and start < q.end:
            same = (r for r in ref.quantities if r.unit == q.unit or q.in_other_units(r))
            if any(q.states_same_amount(r) for r in same) or aligned(ref.quantities, q.sent):
                covered.update(range(q.start, q.end))
    for d in ctx.candidate.dates:
        if d.start < end and start < d.end:
            equal = d.low is not None and any((r.low, r.high) == (d.low, d.high) for r in ref.dates)
            if equal or aligned(ref.dates, d.sent):
                covered.update(range(d.start, d.end))
    covered.update(_same_predicates(ctx, start, end))
    covered.update(_denied_by_prefix(ctx, start, end))
    covered.update(_equivalent_wording(ctx, start, end))
    return covered


def _equivalent_wording(ctx: Context, start: int, end: int) -> set[int]:
    """The characters of a wording in [start, end) that an aligned reference sentence says with another wording of its
    group in lexicon `equivalent_phrases` ('at no cost' / 'free of charge'): one fact, which the rules vouch for."""
    covered: set[int] = set()
    text = ctx.candidate.text
    for group in lexicon()["equivalent_phrases"]:
        for phrase in group:
            for found in re.finditer(rf"\b{re.escape(phrase)}\b", text[start:end], re.IGNORECASE):
                at = start + found.start()
                refs = ctx.refs_for(ctx.candidate.sentence_at(at))
                said = " ".join(fold(ctx.reference.sentences[r].text) for r in refs)
                if any(other != phrase and re.search(rf"\b{re.escape(fold(other))}\b", said) for other in group):
                    covered.update(range(at, start + found.end()))
    return covered


def _same_predicates(ctx: Context, start: int, end: int) -> set[int]:
    """The characters of the candidate's verbs in [start, end), with their negation and auxiliaries, that an aligned
    reference sentence says with the same verb, denied or affirmed alike ('the tenants were not asked' / 'without
    asking the tenants'): the rules judged that predicate the same, what the verifier doubts is left in its arguments."""
    cand, ref = ctx.candidate, ctx.reference
    span = cand.doc.char_span(start, end, alignment_mode="expand")
    covered: set[int] = set()
    for tok in span if span is not None else ():
        if tok.pos_ != "VERB":
            continue
        for r in ctx.refs_for(cand.sentence_at(tok.idx)):
            sentence = ref.sentences[r]
            if any(
                t.pos_ == "VERB"
                and (
                    (t.lemma_.lower() == tok.lemma_.lower() and denied(t) == denied(tok))
                    # (or its opposite, the other way round: 'did not pass an inspection' / 'failed an inspection')
                    or (opposite(t.lemma_.lower(), tok.lemma_.lower()) and denied(t) != denied(tok))
                )
                for t in ref.doc[sentence.token_start : sentence.token_end]
            ):
                covered.update(range(*extent(tok)))
                break
    return covered


def _denied_by_prefix(ctx: Context, start: int, end: int) -> set[int]:
    """The characters of a denied word in [start, end), from its 'not' on, that an aligned reference sentence denies in
    words of its own: a negative prefix ('chimneys that are not in use' / 'unused chimneys', 'could not be replaced' /
    'were irreplaceable'), a verb of failing, or 'no' on the same thing; one fact, which the rules vouch for (whether
    the two denials agree is the polarity check's)."""
    cand, ref = ctx.candidate, ctx.reference
    span = cand.doc.char_span(start, end, alignment_mode="expand")
    denials = []  # (the denied word, its 'not', the first word of what is covered)
    for tok in span if span is not None else ():
        if tok.dep_ == "neg" and tok.head.pos_ in ("ADJ", "DET", "NUM") and tok.head.head.pos_ == "NOUN":
            # 'yielded not a single truffle': the 'not' on the thing, with the verb that has it
            thing = tok.head.head
            first = thing.head if thing.dep_ == "dobj" else tok
            denials.append((thing, tok, first))
            continue
        if tok.pos_ not in ("VERB", "NOUN", "ADJ"):
            continue
        # the word's own 'not', or its clause's where it is the object of a preposition ('not in use')
        holder = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok
        negation = [c for c in holder.children if c.dep_ == "neg"]
        if negation and denied(holder):
            denials.append((tok, negation[0], negation[0]))
    covered: set[int] = set()
    for word, negation, first in denials:
        things = {c.lemma_.lower() for c in word.children if c.dep_ == "dobj"} if word.pos_ == "VERB" else {word.lemma_.lower()}
        for r in ctx.refs_for(cand.sentence_at(word.idx)):
            sentence = ref.doc[ref.sentences[r].token_start : ref.sentences[r].token_end]
            prefixed = any(negative_form(t.text, word.lemma_) for t in sentence)
            # ... or with a verb of failing ('did not pass the inspection' / 'failed the inspection'), or with 'no' on
            # the same thing ('yielded not a single truffle' / 'produced no truffles')
            failed = word.pos_ == "VERB" and any(t.pos_ == "VERB" and t.lemma_.lower() == "fail" for t in sentence)
            nothing = any(t.lemma_.lower() in things and any(d.lower_ == "no" for d in t.children) for t in sentence)
            if prefixed or failed or nothing:
                low = min(first.idx, negation.idx, word.idx)
                covered.update(range(low, max(word.idx + len(word.text), negation.idx + len(negation.text))))
                break
    return covered


def _says_something(ctx: Context, start: int, end: int) -> bool:
    """True when the words hold a content word (a noun, name, verb, adjective, adverb or number that is not a stop
    word): a tag on "or", "the" or "not" alone is no fact to show an editor (negation is the polarity check's)."""
    span = ctx.candidate.doc.char_span(start, end, alignment_mode="expand")
    content = ("NOUN", "PROPN", "VERB", "ADJ", "ADV", "NUM")
    return span is not None and any(t.pos_ in content and not t.is_stop for t in span)


def _unvouched(ctx: Context, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The pieces of [start, end) left once what the rules vouch for is taken out, trimmed to words."""
    covered = _vouched(ctx, start, end)
    text = ctx.candidate.text
    # a vouched word is vouched whole: the 'm' of '$640m' is not left over as a word of its own
    for i in sorted(covered):
        j = i + 1
        while j < len(text) and text[j].isalnum() and j not in covered:
            covered.add(j)
            j += 1
    i = start
    while i < end:
        if i in covered or not text[i].isalnum():
            i += 1
            continue
        j = i
        while j < end and j not in covered:
            j += 1
        while not text[j - 1].isalnum():
            j -= 1
        yield i, j
        i = j


def verify(ctx: Context, verifier: Verifier) -> Verification:
    meta = verifier.meta
    summary = ctx.mode == "summary"
    parts = windows(ctx, meta.max_tokens, SEARCH if summary else 0)
    if not parts:
        return Verification()
    chosen = best_supported(parts, verifier.predict([(w.candidate, w.reference) for w in parts]))
    probabilities = [p.pair_prob for _, p in chosen if not np.isnan(p.pair_prob)]
    pool = np.mean if summary else np.max
    result = Verification(probability=float(pool(probabilities)) if probabilities else 0.0)
    for window, prediction in chosen:
        for start, end, tagged in spans(prediction, window.candidate, meta.span_threshold):
            for piece in _unvouched(ctx, start + window.offset, end + window.offset):
                # the peak of the tagged pieces inside what is left, not of the whole run
                inside = [p for s, e, p in tagged if s + window.offset < piece[1] and piece[0] < e + window.offset]
                p = max(inside, default=max(p for _, _, p in tagged))
                if p < meta.finding_threshold or not _says_something(ctx, *piece):
                    continue
                kind = kind_of_words(ctx.candidate, *piece)
                severity = Severity.MAJOR if p >= meta.major_threshold else Severity.MINOR
                words = ctx.candidate.text[piece[0] : piece[1]]
                message = f"the trained verifier finds no support in the reference for '{words}' (p = {p:.2f})"
                result.findings.append(ctx.finding(kind, severity, p, message, piece, None, NAME))
    if meta.event_threshold is not None:
        result.events = list(_confirmed_events(ctx, chosen, meta.event_threshold))
    return result


def _confirmed_events(ctx: Context, chosen: list[tuple[Window, Prediction]], threshold: float) -> Iterator[Finding]:
    """The verb changes the events check proposes ('postponed' / 'cancelled'), as major `event` findings where the
    verifier tags the candidate's verb at `threshold` or more in the window that supports its sentence best: the rules
    find the change, the model judges in context whether it is another event or a paraphrase ('tabled' / 'brought')."""
    for r, c, _ in proposals(ctx):
        p = max(
            (
                float(q)
                for window, prediction in chosen
                for (s, e), q in zip(prediction.encoded.offsets, prediction.token_probs, strict=True)
                if e > s and s + window.offset < c.idx + len(c.text) and c.idx < e + window.offset
            ),
            default=0.0,
        )
        if p >= threshold:
            yield ctx.finding(
                FindingType.EVENT,
                Severity.MAJOR,
                p,
                f"'{c.text}' where the reference has '{r.text}': another action, the trained verifier judges in context (p = {p:.2f})",
                (c.idx, c.idx + len(c.text)),
                (r.idx, r.idx + len(r.text)),
                NAME,
            )
