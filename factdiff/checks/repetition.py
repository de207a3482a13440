"""Repetition: words that the candidate says twice where the reference says them once.

Three kinds:
- a run of words said twice in a row ('including 600 deaths, including 600 deaths'): a stutter, minor;
- a later candidate sentence that says again what an earlier candidate sentence (or a clause of it) already
  said, reworded a little or not at all: duplicated content, major, unless the reference says it twice too;
- a later candidate sentence that restates an earlier one in other words: the earlier one renders the later one's
  closest reference sentence too, the two are close in meaning, and the later one carries almost nothing of its
  reference sentences that the earlier one does not ('The puffin count of 214 is the highest since records started' after '... counted 214
  puffins, more than in any year since the survey began'): major;
- a clause said again word for word inside a later sentence ('..., and prices rose in the north' twice): a run of
  at least CLAUSE_RUN words with a verb and three content words, more often in the candidate than in the reference:
  duplicated content, major.
"""

from __future__ import annotations

from collections.abc import Iterator
from difflib import SequenceMatcher

import numpy as np

from factdiff.analyse.document import Document, Sentence
from factdiff.checks.base import Context
from factdiff.model import Finding, FindingType, Severity

NAME = "repetition"
MIN_WORDS = 2

# a later sentence repeats an earlier one when nearly all its content words are in the earlier one (CONTAINED)
# and either its words come in the same order there (ORDERED: a copy, or a copy of one clause) or the two
# sentences mean the same (SAME_MEANING: a copy reworded)
MIN_CONTENT = 4  # fewer content words ('The company said.') are too little to call a repetition
CONTAINED = 0.8
ORDERED = 0.6
SAME_MEANING = 0.85
# a restatement: the two candidate sentences at least this close (MiniLM cosine; restatements on the development sets
# 0.62-0.66; of the other pairs of sentences at 0.5 or more drawn from the same reference sentences, one, a reference
# sentence split in two, at 0.61) and at most this share of the reference words the later one carries absent from
# the earlier one (restatements 0-0.25, the split sentence 0.86)
RESTATED = 0.5
RESTATED_NEW = 0.25
SHORT_COPY = 0.8  # share of a short sentence's words said in the same order in an earlier one, to be its copy
CLAUSE_RUN = 5  # words of a clause said again: shorter runs are names and set phrases ('the end of the year')


def _repeats(doc) -> Iterator[tuple[int, int, str]]:
    """(start char, end char, repeated text) of each immediately repeated run of words."""
    toks = [t for t in doc if not t.is_punct and not t.is_space]
    lower = [t.lower_ for t in toks]
    text = doc.text
    i = 0
    while i < len(toks):
        found = False
        for n in range(min(12, (len(toks) - i) // 2), MIN_WORDS - 1, -1):
            if lower[i + n] != lower[i]:
                continue  # the common case, decided without building the two runs
            run = toks[i : i + n]
            # a word of content, or a figure among words ('at the 16th and the 17th'); not a score said twice ('6-4, 6-4')
            content = any(t.is_alpha and not t.is_stop for t in run) or (
                any(t.is_alpha for t in run) and any(ch.isdigit() for t in run for ch in t.text)
            )
            if lower[i : i + n] == lower[i + n : i + 2 * n] and content:  # 'at the 16th and the 17th' counts too
                start, end = toks[i].idx, toks[i + 2 * n - 1].idx + len(toks[i + 2 * n - 1].text)
                yield start, end, text[toks[i].idx : toks[i + n - 1].idx + len(toks[i + n - 1].text)]
                i += 2 * n
                found = True
                break
        if not found:
            i += 1


def _words(doc: Document, s: Sentence) -> list[str]:
    return [t.lower_ for t in doc.doc[s.token_start : s.token_end] if not t.is_punct and not t.is_space]


def _contained(part: frozenset[str], whole: frozenset[str]) -> float:
    return len(part & whole) / len(part) if part else 0.0


def _ordered(part: list[str], whole: list[str]) -> float:
    """Share of `part`'s words found in `whole` in the same order (runs of at least two words)."""
    if not part:
        return 0.0
    blocks = SequenceMatcher(None, part, whole, autojunk=False).get_matching_blocks()
    return sum(b.size for b in blocks if b.size >= 2) / len(part)


def repeated_sentences(doc: Document) -> list[tuple[int, int]]:
    """(earlier, later) sentence indices where the later sentence says again what the earlier one says."""
    out = []
    sims = doc.vectors @ doc.vectors.T if len(doc.sentences) else np.zeros((0, 0))
    words = [_words(doc, s) for s in doc.sentences]
    for later in doc.sentences:
        if len(later.lemmas) < MIN_CONTENT - 1:
            continue
        short = len(later.lemmas) < MIN_CONTENT  # 'The fee will remain unchanged.': only as a copy, word for word
        for earlier in doc.sentences[: later.index]:
            if _contained(later.lemmas, earlier.lemmas) < (1.0 if short else CONTAINED):
                continue
            ordered = _ordered(words[later.index], words[earlier.index])
            alike = ordered >= ORDERED or sims[earlier.index, later.index] >= SAME_MEANING
            if (short and ordered >= SHORT_COPY) or (not short and alike):
                out.append((earlier.index, later.index))
                break
    return out


def restated_sentences(ctx: Context, skip: set[int]) -> Iterator[tuple[int, int]]:
    """(earlier, later) candidate sentence indices where the later one restates the earlier in other words (RESTATED)."""
    cand = ctx.candidate
    if len(cand.sentences) < 2:
        return
    sims = cand.vectors @ cand.vectors.T
    for later in cand.sentences:
        refs = ctx.refs_for(later.index)
        if later.index in skip or not refs or len(later.lemmas) < MIN_CONTENT:
            continue
        given = frozenset().union(*(ctx.reference.sentences[r].lemmas for r in refs))
        carried = later.lemmas & given
        if len(carried) < MIN_CONTENT - 1:
            continue
        source = ctx.alignment.evidence(later.index, 1)[0]  # its closest reference sentence: the earlier one renders it too
        for earlier in cand.sentences[: later.index]:
            if sims[earlier.index, later.index] < RESTATED or source not in ctx.refs_for(earlier.index):
                continue
            if len(carried - earlier.lemmas) / len(carried) <= RESTATED_NEW:
                yield earlier.index, later.index
                break


def _said_twice_in_reference(ctx: Context, later: Sentence) -> bool:
    """True when two reference sentences each carry the repeated content: the candidate repeats as the reference does."""
    carriers = [r for r in ctx.reference.sentences if _contained(later.lemmas, r.lemmas) >= CONTAINED]
    return len(carriers) >= 2


def _runs(doc) -> list:
    return [t for t in doc if not t.is_punct and not t.is_space]


def _count(words: list[str], run: tuple[str, ...]) -> int:
    n = len(run)
    return sum(1 for i in range(len(words) - n + 1) if tuple(words[i : i + n]) == run)


def _clause(verb) -> set[int]:
    """The word indices of a verb's clause: everything that hangs on it but its conjoined clauses and punctuation."""
    clause = {t.i for t in verb.subtree} - {t.i for c in verb.children if c.dep_ in ("conj", "cc") for t in c.subtree}
    return {k for k in clause if not (verb.doc[k].is_punct or verb.doc[k].is_space)}


def _subjects(verb) -> list:
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]


def _whole_clause(span: list) -> bool:
    """The run holds a whole clause: a verb with everything that hangs on it but its conjoined clauses (not a frame
    said twice of other things: 'X was awarded an honorary doctorate of science, Y was awarded an honorary ...')."""
    inside = {t.i for t in span}
    for v in span:
        if v.pos_ not in ("VERB", "AUX") or v.dep_ in ("aux", "auxpass", "acl") or (v.dep_ == "relcl" and not _aside(v)):
            continue  # a relative clause names its noun again ('the men who planned the raid'), as a name would
        clause = _clause(v)
        # (but its leading article: 'and the fair opens in the town hall on Saturday' after 'The book fair opens ...')
        clause -= {min(clause)} if clause and v.doc[min(clause)].pos_ == "DET" else set()
        if len(clause) >= CLAUSE_RUN and clause <= inside:
            return True
    return False


def _phrase_extent(span: list) -> tuple[int, int]:
    """Characters of a repeated phrase from its first word that is not a joining word or an article ('no' stays: 'no
    one was hurt')."""
    lead = next((k for k, t in enumerate(span) if t.pos_ not in ("CCONJ", "SCONJ", "DET") or t.lower_ == "no"), 0)
    return span[lead].idx, span[-1].idx + len(span[-1].text)


def _long_with_figure(span: list) -> bool:
    """A run of CLAUSE_RUN words or more with a figure in it ('with 86,000 people visiting last year')."""
    return len(span) >= CLAUSE_RUN and any(t.like_num and not t.is_alpha for t in span)


def _clause_with_subject(span: list) -> bool:
    """The run is one whole clause with its subject ('no one was hurt'), however short."""
    inside = {t.i for t in span if not (t.is_punct or t.pos_ in ("CCONJ", "SCONJ"))}
    return any(v.pos_ in ("VERB", "AUX") and _subjects(v) and _clause(v) == inside for v in span)


def _subject_of_predicate(span: list):
    """The subject of a clause whose whole predicate the run holds ('has made over 900 instruments' of 'Molina has
    made ...'), or None."""
    inside = {t.i for t in span}
    for v in span:
        if v.pos_ not in ("VERB", "AUX") or v.dep_ in ("aux", "auxpass", "acl", "relcl"):
            continue
        clause = _clause(v)
        subjects = _subjects(v)
        subject = {t.i for c in subjects for t in c.subtree}
        predicate = clause - subject
        if subjects and len(predicate) >= CLAUSE_RUN and predicate <= inside and min(predicate) > max(subject):
            return subjects[0]
    return None


def _subject_of_verb(span: list):
    """The subject of the first verb in the run that has one."""
    for v in span:
        if v.pos_ in ("VERB", "AUX") and _subjects(v):
            return _subjects(v)[0]
    return None


def _one_party(a, b) -> bool:
    """Two subjects that may well name one party: the same word, or a name or a pronoun against a description ('Molina'
    / 'the 67-year-old craftsman'); not two other names or common nouns ('sales' / 'profits', 'Kay' / 'Reid')."""
    if a.lower_ == b.lower_ and a.pos_ != "PRON":
        return True  # the same word, whatever its case: 'the World Tiddlywinks Congress opens ...' / 'the congress opens ...'
    named = [t.pos_ in ("PROPN", "PRON") for t in (a, b)]
    return named[0] != named[1]


def _aside(verb) -> bool:
    """A relative clause set off by a comma ('the furnace, which produces bottles, ...'): a statement of its own, not
    part of a name."""
    edge = verb.left_edge.i
    return edge > 0 and verb.doc[edge - 1].text == ","


def repeated_clauses(ctx: Context, skip: list[tuple[int, int]]) -> Iterator[tuple[int, int, str]]:
    """(start, end, text) of the later copy of each clause the candidate says twice and the reference fewer times;
    runs inside `skip` (already reported) are left out."""
    toks = _runs(ctx.candidate.doc)
    words = [t.lower_ for t in toks]
    ref_words = [t.lower_ for t in _runs(ctx.reference.doc)]
    taken: set[int] = set()
    for n in range(min(16, len(toks) // 2), CLAUSE_RUN - 1, -1):
        first: dict[tuple[str, ...], int] = {}
        for i in range(len(toks) - n + 1):
            run = tuple(words[i : i + n])
            if run not in first:
                first[run] = i
                continue
            if first[run] + n > i or any(k in taken for k in range(i, i + n)):
                continue  # overlapping copies, or inside a longer run already reported
            span = toks[i : i + n]
            # (a main verb counts, though a stop word to the tagger: 'will keep all shops trading')
            content = sum(1 for t in span if (t.is_alpha and (not t.is_stop or t.pos_ == "VERB")) or t.like_num)
            figure = any(t.like_num and not t.is_alpha for t in span)  # 'has made over 900 instruments': a figure says much
            # a whole sentence said again after a clause of another ('..., and no homes have been destroyed. ... No
            # homes have been destroyed.'): a copy however short
            rest = span[-1].doc[span[-1].i + 1 : span[-1].sent.end]
            whole_sentence = span[0].is_sent_start and all(t.is_punct or t.is_space for t in rest)
            if content < (2 if figure or whole_sentence else 3):
                continue
            if not _whole_clause(span):
                # the same predicate said of a subject named another way ('Molina has made over 900 instruments' after
                # 'the craftsman has made over 900 instruments')
                later, earlier = _subject_of_predicate(span), _subject_of_verb(toks[first[run] : first[run] + n])
                # or said first as a predicate joined to another, with the subject they share ('would let it open on
                # Saturdays and run weekly sessions' ... 'would also let it run weekly sessions')
                shared = later is not None and earlier is None and later.pos_ == "PRON"
                if not shared and (later is None or earlier is None or not _one_party(earlier, later)):
                    continue
            lead = next(k for k, t in enumerate(span) if t.pos_ not in ("CCONJ", "SCONJ"))
            start, end = span[lead].idx, span[-1].idx + len(span[-1].text)  # 'and hospitals report ...' from 'hospitals'
            if any(a <= start and end <= b for a, b in skip) or _count(words, run) <= _count(ref_words, run):
                continue
            taken |= set(range(i, i + n))
            yield start, end, ctx.candidate.text[start:end]


SHORT_RUN = 4  # words of a phrase said again where the reference gives it only at the first place


def _constituent(span: list) -> bool:
    """The run is one phrase or clause: the whole subtree of one of its words (a joining word at its edge aside)."""
    inside = {t.i for t in span if not (t.is_punct or t.pos_ in ("CCONJ", "SCONJ"))}
    if any({k.i for k in t.subtree if not (k.is_punct or k.pos_ in ("CCONJ", "SCONJ"))} == inside for t in span):
        return True
    # or a verb with all it has after it, its subject and what comes before left out ('beat 93 other entries')
    return any(
        t.pos_ == "VERB" and t.i == min(inside) and {k.i for k in t.subtree if k.i >= t.i and not k.is_punct} == inside for t in span
    )


def _pro_verb(doc: Document, sent: int) -> bool:
    """The sentence says a deed again by 'do' ('did the same', 'will do so', 'did likewise')."""
    s = doc.sentences[sent]
    toks = doc.doc[s.token_start : s.token_end]
    return any(t.lemma_ == "do" and any(k.lower_ in ("so", "same", "likewise", "too") for k in t.subtree) for t in toks)


def _lemmas_of(ctx: Context, sents: set[int]) -> set[str]:
    """The content lemmas of these reference sentences."""
    return {w for r in sents for w in ctx.reference.sentences[r].lemmas}


def _adjunct(span: list) -> bool:
    """The run is a phrase headed by a preposition or a verb, or a noun a preposition takes ('..., with school
    sessions on weekday mornings'): not a subject or an object named again."""
    inside = {t.i for t in span if not (t.is_punct or t.pos_ in ("CCONJ", "SCONJ"))}
    heads = [t for t in span if {k.i for k in t.subtree if not (k.is_punct or k.pos_ in ("CCONJ", "SCONJ"))} == inside]
    return any(t.pos_ == "ADP" or (t.pos_ == "VERB" and t.dep_ != "relcl") or t.dep_ == "pobj" for t in heads)


def _mostly(content: set[str], lemmas: set[str]) -> bool:
    """At least two thirds of the phrase's words are among the sentences' content lemmas (which leave out some words
    a phrase counts: 'double' in 'more than double its output')."""
    return len(content & lemmas) * 3 >= len(content) * 2


def _some(content: set[str], lemmas: set[str]) -> bool:
    """More than a third of the phrase's words are among the sentences' content lemmas: it may be theirs ('with 86,000
    people visiting last year' said again beside 'in its final years' is not that sentence's; one common word is not)."""
    return len(content & lemmas) * 3 > len(content)


def _echoed_at_end(span: list) -> bool:
    """A phrase with a figure set after a comma at the very end of its sentence, with nothing joining it on."""
    doc, first, last = span[0].doc, span[0], span[-1]
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    closes = after is None or (after.is_punct and after.i == after.sent.end - 1)
    return first.i > 0 and doc[first.i - 1].text == "," and closes and any(t.like_num for t in span)


def _said_in_sentences(ctx: Context, content: set[str]) -> int:
    """How many reference sentences have every one of the content words (lemmas, or figures as written)."""
    count = 0
    for sentence in ctx.reference.sentences:
        words = ctx.reference.doc[sentence.token_start : sentence.token_end]
        if content <= {t.lemma_.lower() for t in words}:
            count += 1
    return count


def repeated_phrases(ctx: Context, skip: list[tuple[int, int]]) -> Iterator[tuple[int, int, str]]:
    """(start, end, text) of a shorter phrase said twice in two candidate sentences ('made by a local firm in 1889',
    'no one was hurt'), the reference fewer times, where the evidence says which copy is extra: the first copy's
    reference sentences have most of its content words, the second copy's at most a third of them (or the other way
    round, the first copy the extra one); a phrase of CLAUSE_RUN words or more with a figure, or a clause with its subject,
    is the later copy's however the alignment shares it out ('with 86,000 people visiting last year', 'no one was hurt'
    said twice)."""
    toks = _runs(ctx.candidate.doc)
    words = [t.lower_ for t in toks]
    ref_words = [t.lower_ for t in _runs(ctx.reference.doc)]
    taken: set[int] = set()
    for n in range(min(12, len(toks) // 2), SHORT_RUN - 1, -1):
        first: dict[tuple[str, ...], int] = {}
        for i in range(len(toks) - n + 1):
            run = tuple(words[i : i + n])
            if run not in first:
                first[run] = i
                continue
            j = first[run]
            if j + n > i or any(k in taken for k in range(i, i + n)) or _count(words, run) <= _count(ref_words, run):
                continue
            span, earlier, at = toks[i : i + n], toks[j : j + n], i
            content = {t.lemma_.lower() for t in span if (t.is_alpha and not t.is_stop) or t.like_num}
            if not content or not any(t.pos_ in ("VERB", "NOUN", "NUM") for t in span) or not (_constituent(span) or _constituent(earlier)):
                continue  # (a run that is no phrase of its own, 'in the first half of', is a set phrase said twice)
            if _said_in_sentences(ctx, content) >= _count(words, run):
                continue  # 'able to retire on a full pension at 62' ... 'still be able to retire at 62': twice there too
            s_first, s_later = ctx.candidate.sentence_at(earlier[0].idx), ctx.candidate.sentence_at(span[0].idx)
            if s_first == s_later:
                # inside one sentence, a phrase of its own said again ('with school sessions on weekday mornings and
                # roller discos on Friday nights, with school sessions on weekday mornings'): the later copy
                # (a phrase of place, time or manner, or a clause; not a noun said again where the reference says 'it')
                # (four words will do for a phrase of a preposition whose other words are content words: ', on twelve evening walks')
                # (or a figure's phrase tacked on to the end after a comma: '... on roughly four square metres of the
                # painting, roughly four square metres.')
                adjunct = (n > SHORT_RUN or (len(content) >= n - 1 and span[0].pos_ == "ADP")) and _adjunct(span)
                if (adjunct or _echoed_at_end(span)) and len(content) >= 3 and not any(a <= span[0].idx < b for a, b in skip):
                    start, end = _phrase_extent(span)
                    taken |= set(range(at, at + n))
                    yield start, end, ctx.candidate.text[start:end]
                continue
            # (a reference sentence both copies' sentences render, for the copy itself, is the first's)
            own = ctx.refs_for(s_later) - ctx.refs_for(s_first)
            there, here = _lemmas_of(ctx, ctx.refs_for(s_first)), _lemmas_of(ctx, own)
            if not own or _some(content, here) or not _mostly(content, there):
                # or the first copy is the extra one: its own reference sentences have none of it, the later's all
                # ('..., where it beat 93 other entries. Made with ..., the winning pie beat 93 other entries.')
                # (none of the reference sentences the first copy's sentence renders has it)
                own = ctx.refs_for(s_first) - ctx.refs_for(s_later)
                if own and not _some(content, there) and _mostly(content, _lemmas_of(ctx, ctx.refs_for(s_later))):
                    span, at = earlier, j
                elif not (_long_with_figure(span) or _clause_with_subject(span) or _clause_with_subject(earlier)):
                    continue
                # (else a phrase of five words or more with a figure, or a clause with its subject, said word for word
                # twice where the reference says it once, whichever copy the alignment gives it to: the later copy is
                # the extra one)
            if any(_pro_verb(ctx.reference, r) for r in own):
                continue  # 'her sister did the same' / 'her sister also beat the champion': the ellipsis spelled out
            start, end = _phrase_extent(span)
            if any(a <= start and end <= b for a, b in skip):
                continue
            taken |= set(range(at, at + n))
            yield start, end, ctx.candidate.text[start:end]


def check(ctx: Context) -> Iterator[Finding]:
    in_reference = {text.lower() for _, _, text in _repeats(ctx.reference.doc)}
    for start, end, text in _repeats(ctx.candidate.doc):
        if text.lower() in in_reference:
            continue
        # a phrase of three words or more said twice running inside one sentence ('at a neighbouring ground, at a
        # neighbouring ground') is no English a writer means: garbled text; across a full stop ('the society. The
        # society') it is often a name taken up again, a note
        stutter = len(text.split()) >= 3 and ctx.candidate.sentence_at(start) == ctx.candidate.sentence_at(end - 1)
        yield ctx.finding(
            FindingType.REPETITION,
            Severity.MAJOR if stutter else Severity.MINOR,
            0.9,
            f"'{text}' is repeated",
            (start, end),
            None,
            NAME,
        )
    reported: list[tuple[int, int]] = [(start, end) for start, end, _ in _repeats(ctx.candidate.doc)]
    repeated = repeated_sentences(ctx.candidate)
    restated = list(restated_sentences(ctx, {later for _, later in repeated}))
    kinds = [(pair, 0.8, "repeats") for pair in repeated] + [(pair, 0.7, "says again, in other words,") for pair in restated]
    for (earlier, later), confidence, how in kinds:
        s = ctx.candidate.sentences[later]
        if _said_twice_in_reference(ctx, s):
            continue
        reported.append((s.start, s.end))
        message = f"this sentence {how} what sentence {earlier + 1} already says; the reference says it once"
        yield ctx.finding(FindingType.REPETITION, Severity.MAJOR, confidence, message, (s.start, s.end), None, NAME)
    for start, end, text in repeated_clauses(ctx, reported):
        reported.append((start, end))
        yield ctx.finding(
            FindingType.REPETITION,
            Severity.MAJOR,
            0.7,
            f"'{text}' is said a second time; the reference says it once",
            (start, end),
            None,
            NAME,
        )
    for start, end, text in repeated_phrases(ctx, reported):
        yield ctx.finding(
            FindingType.REPETITION,
            Severity.MAJOR,
            0.6,
            f"'{text}' is said a second time; the reference says it once, where the candidate first does",
            (start, end),
            None,
            NAME,
        )
