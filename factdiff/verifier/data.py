"""Training pairs for the verifier: annotated MQM pairs from the `dev` splits, and synthetic pairs made from the
sentences of those pairs' references.

A synthetic pair takes a real reference sentence as its reference and a changed copy as its candidate, with the changed
words as the error spans: a name swapped for another of the same kind from elsewhere in the data, a number or a date
changed, two participants swapped, a negation added or taken away, a certain statement hedged, a predicate replaced by
its opposite, a phrase from another sentence added, a phrase dropped. Faithful copies are the negatives: the sentence
as it is, numbers written another way (5,600 / 5600), hyphenated names spaced, "X said S" turned into "S, X said".
Words come from the sentences themselves and general knowledge from `lexicon.json`; nothing is typed in for one text.

Summaries (AggreFact's format) give two more kinds: the annotated summaries of the `dev` split cut into the windows
the verifier sees at run time, and synthetic pairs from their articles' sentences, each with its original and the two
article sentences most like it as its reference (a summary sentence is checked against such a context, and leaving things out is no
error there).

Human-made NLI pairs (`../shared/training/nli`, `load_nli`) teach the pair head: the premise is the reference, the
hypothesis the candidate, entailment a faithful pair and contradiction or neutral a wrong one. Their word pieces carry
no tags, except WiCE's sub-claims with a mask of the tokens their evidence does not support.

Never the `test` splits: `load_mqm`, `load_summaries`, `summary_windows` and `load_nli` refuse them (NLI records of a
`test` split are passed over), nor FaithBench (evaluation only).
"""

from __future__ import annotations

import calendar
import gzip
import json
import random
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from factdiff.analyse.knowledge import lexicon
from factdiff.evaluation.data import Record, load

# MQM categories that are about meaning; fluency and style errors are not the verifier's business
MEANING_CATEGORIES = ("accuracy", "non-translation", "unknown", "terminology")
NAME_LABELS = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW")
PARTICIPANT_LABELS = ("PERSON", "ORG", "GPE", "NORP")


@dataclass(slots=True)
class Example:
    """A candidate and its reference; `spans` are [start, end) in the candidate of the words in error."""

    candidate: str
    reference: str
    spans: list[tuple[int, int]] = field(default_factory=list)
    label: int = 0  # 1: the candidate says something the reference does not (or leaves out what it says)
    kind: str = "faithful"
    tagged: bool = True  # its word pieces are labelled (spans or none); False: only the pair label is known

    def to_dict(self) -> dict:
        return asdict(self)


def mqm_examples(records: Iterable[Record]) -> Iterator[Example]:
    """Annotated pairs, their accuracy errors (Major and Minor) as spans."""
    for r in records:
        if r.split == "test":
            raise ValueError(f"{r.id}: test records must not be trained on")
        spans = sorted(
            (e["start"], e["end"])
            for e in r.errors
            if e.get("severity") in ("Major", "Minor")
            and 0 <= e.get("start", -1) < e.get("end", -1)
            and any(c in e.get("category", "unknown").lower() for c in MEANING_CATEGORIES)
        )
        yield Example(r.candidate, r.reference, spans, r.label, f"mqm-{'error' if r.label else 'ok'}")


def load_mqm(paths: list[Path]) -> list[Record]:
    """The dev records of the MQM files among `paths` (translation pairs)."""
    out = []
    for path in paths:
        out += [r for r in load(path, "dev") if r.mode == "translation"]
    return out


# --- synthetic pairs ---------------------------------------------------------------------------------------------


@dataclass
class Pools:
    """What replacements are drawn from: the names of each kind found in all the sentences, and phrases."""

    names: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    phrases: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, docs) -> Pools:
        pools = cls()
        seen = set()
        for doc in docs:
            for ent in doc.ents:
                if ent.label_ in NAME_LABELS and (ent.label_, ent.text.lower()) not in seen:
                    seen.add((ent.label_, ent.text.lower()))
                    pools.names[ent.label_].append(ent.text)
            for tok in doc:
                if tok.dep_ == "prep" and tok.head.pos_ == "NOUN":
                    sub = list(tok.subtree)
                    if 2 <= len(sub) <= 6 and all(not t.is_punct for t in sub):
                        pools.phrases.append(doc[sub[0].i : sub[-1].i + 1].text)
        return pools


Edit = tuple[str, list[tuple[int, int]]]  # the new sentence and the spans of the new words


def _splice(text: str, changes: list[tuple[int, int, str]]) -> Edit:
    """Apply non-overlapping replacements [(start, end, new)], returning the text and where each new piece landed."""
    out, spans, last, shift = [], [], 0, 0
    for start, end, new in sorted(changes):
        out.append(text[last:start])
        at = start + shift
        out.append(new)
        if new.strip():
            lead = len(new) - len(new.lstrip())
            spans.append((at + lead, at + len(new.rstrip())))
        shift += len(new) - (end - start)
        last = end
    out.append(text[last:])
    return "".join(out), spans


def swap_name(doc, rng: random.Random, pools: Pools) -> Edit | None:
    ents = [e for e in doc.ents if e.label_ in NAME_LABELS and len(pools.names[e.label_]) > 1]
    if not ents:
        return None
    ent = rng.choice(ents)
    lowered = doc.text.lower()
    options = [n for n in pools.names[ent.label_] if n.lower() not in lowered and ent.text.lower() not in n.lower()]
    if not options:
        return None
    return _splice(doc.text, [(ent.start_char, ent.end_char, rng.choice(options))])


def _new_number(text: str, rng: random.Random) -> str | None:
    digits = text.replace(",", "")
    if not re.fullmatch(r"\d+(\.\d+)?", digits):
        return None
    if "." in digits:
        whole, frac = digits.split(".")
        frac = "".join(str((int(d) + rng.randint(1, 9)) % 10) if i == len(frac) - 1 else d for i, d in enumerate(frac))
        new = f"{whole}.{frac}"
    else:
        value = int(digits)
        new_value = value
        while new_value == value or new_value < 0:
            new_value = rng.choice(
                [value + rng.randint(1, 9), value * rng.choice([2, 3, 10]), max(0, value - rng.randint(1, 9)), value // 2]
            )
        new = f"{new_value:,}" if "," in text else str(new_value)
    return new if new != text else None


def change_number(doc, rng: random.Random, pools: Pools) -> Edit | None:
    dates = {t.i for e in doc.ents if e.label_ in ("DATE", "TIME") for t in e}
    tokens = [t for t in doc if t.like_num and any(c.isdigit() for c in t.text) and t.i not in dates]
    rng.shuffle(tokens)
    for tok in tokens:
        new = _new_number(tok.text, rng)
        if new:
            return _splice(doc.text, [(tok.idx, tok.idx + len(tok.text), new)])
    return None


def change_date(doc, rng: random.Random, pools: Pools) -> Edit | None:
    months = [m for m in calendar.month_name if m]
    days = list(calendar.day_name)
    for ent in rng.sample(list(doc.ents), len(doc.ents)):
        if ent.label_ != "DATE":
            continue
        for tok in ent:
            if re.fullmatch(r"(1[89]|20)\d\d", tok.text):
                new = str(int(tok.text) + rng.choice([-3, -2, -1, 1, 2, 3]))
            elif tok.text in months:
                new = rng.choice([m for m in months if m != tok.text])
            elif tok.text in days:
                new = rng.choice([d for d in days if d != tok.text])
            else:
                continue
            return _splice(doc.text, [(tok.idx, tok.idx + len(tok.text), new)])
    return None


def swap_participants(doc, rng: random.Random, pools: Pools) -> Edit | None:
    ents = [e for e in doc.ents if e.label_ in PARTICIPANT_LABELS]
    pairs = [(a, b) for i, a in enumerate(ents) for b in ents[i + 1 :] if a.text.lower() != b.text.lower() and a.end <= b.start]
    if not pairs:
        return None
    a, b = rng.choice(pairs)
    return _splice(doc.text, [(a.start_char, a.end_char, b.text), (b.start_char, b.end_char, a.text)])


def negate(doc, rng: random.Random, pools: Pools) -> Edit | None:
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in ("VERB", "AUX"):
        return None
    lex = lexicon()
    if root.lemma_ in lex["speech_predicates"] or root.lemma_ in lex["belief_predicates"]:
        # "X said S": negate what was said, not the saying
        root = next((c for c in root.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
        if root is None:
            return None
    neg = [c for c in root.children if c.dep_ == "neg"]
    if neg:
        tok = neg[0]
        end = tok.idx + len(tok.text)
        start = tok.idx - 1 if tok.text.lower() == "not" and tok.idx > 0 and doc.text[tok.idx - 1] == " " else tok.idx
        if tok.text.lower() == "n't" and doc[tok.i - 1].text.lower() in ("ca", "wo"):
            return None  # "can't", "won't": the stem changes too
        new_text, _ = _splice(doc.text, [(start, end, "")])
        anchor = root.idx - (end - start) if root.idx > start else root.idx
        return new_text, [(anchor, anchor + len(root.text))]
    aux = [c for c in root.children if c.dep_ in ("aux", "auxpass")]
    if aux:
        tok = aux[0]
        return _splice(doc.text, [(tok.idx + len(tok.text), tok.idx + len(tok.text), " not")])
    if root.lemma_ == "be":
        return _splice(doc.text, [(root.idx + len(root.text), root.idx + len(root.text), " not")])
    do = {"VBD": "did", "VBZ": "does", "VBP": "do"}.get(root.tag_)
    if do is None or root.text[0].isupper():
        return None
    return _splice(doc.text, [(root.idx, root.idx + len(root.text), f"{do} not {root.lemma_}")])


def hedge(doc, rng: random.Random, pools: Pools) -> Edit | None:
    wills = [t for t in doc if t.lower_ == "will" and t.dep_ == "aux"]
    if not wills:
        return None
    tok = rng.choice(wills)
    modal = rng.choice([m for m in lexicon()["hedge_modals"] if m not in ("would", "should", "can")])
    return _splice(doc.text, [(tok.idx, tok.idx + len(tok.text), modal)])


def opposite_predicate(doc, rng: random.Random, pools: Pools) -> Edit | None:
    opposites = defaultdict(list)
    for a, b in lexicon()["event_opposites"]:
        opposites[a].append(b)
        opposites[b].append(a)
    # only base forms ("will approve", "to sell"): inflecting the opposite would need a morphology the package lacks
    verbs = [t for t in doc if t.pos_ == "VERB" and t.lower_ == t.lemma_ and t.lemma_ in opposites and " " not in t.lemma_]
    if not verbs:
        return None
    tok = rng.choice(verbs)
    return _splice(doc.text, [(tok.idx, tok.idx + len(tok.text), rng.choice(opposites[tok.lemma_]))])


def add_phrase(doc, rng: random.Random, pools: Pools) -> Edit | None:
    nouns = [t for t in doc if t.pos_ == "NOUN" and t.i + 1 < len(doc) and doc[t.i + 1].dep_ != "prep" and not doc[t.i + 1].is_punct]
    nouns += [t for t in doc if t.pos_ == "NOUN" and t.i + 1 < len(doc) and doc[t.i + 1].is_punct]
    if not nouns or not pools.phrases:
        return None
    tok = rng.choice(nouns)
    phrase = rng.choice(pools.phrases)
    if phrase.lower() in doc.text.lower():
        return None
    at = tok.idx + len(tok.text)
    new_text, _ = _splice(doc.text, [(at, at, " " + phrase)])
    return new_text, [(at + 1, at + 1 + len(phrase))]


def drop_phrase(doc, rng: random.Random, pools: Pools) -> Edit | None:
    options = []
    for tok in doc:
        if tok.dep_ in ("prep", "advcl", "appos", "npadvmod", "conj") and tok.head.dep_ != "punct":
            sub = list(tok.subtree)
            if 2 <= len(sub) <= 12 and not any(t.dep_ == "ROOT" for t in sub):
                options.append((sub[0].i, sub[-1].i + 1))
    if not options:
        return None
    lo, hi = rng.choice(options)
    start = doc[lo].idx
    end = doc[hi - 1].idx + len(doc[hi - 1].text)
    if lo > 0 and doc[lo - 1].dep_ in ("cc", "punct") and doc[lo - 1].text != ".":
        start = doc[lo - 1].idx
    while start > 0 and doc.text[start - 1] == " ":
        start -= 1
    text = doc.text[:start] + doc.text[end:]
    return re.sub(r"\s+([,.;:])", r"\1", text), []  # nothing in the candidate to point at: the pair is wrong as a whole


# --- faithful variants --------------------------------------------------------------------------------------------


def reformat_number(doc, rng: random.Random, pools: Pools) -> Edit | None:
    for tok in doc:
        digits = tok.text.replace(",", "")
        if tok.like_num and digits.isdigit() and len(digits) >= 4 and not re.fullmatch(r"(1[89]|20)\d\d", tok.text):
            new = digits if "," in tok.text else f"{int(digits):,}"
            return _splice(doc.text, [(tok.idx, tok.idx + len(tok.text), new)])[0], []
    return None


def space_name(doc, rng: random.Random, pools: Pools) -> Edit | None:
    for ent in doc.ents:
        if ent.label_ == "PERSON" and "-" in ent.text:
            return _splice(doc.text, [(ent.start_char, ent.end_char, ent.text.replace("-", " "))])[0], []
    return None


def front_attribution(doc, rng: random.Random, pools: Pools) -> Edit | None:
    """ "S, X said." -> "X said S." (and the other way round)."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.lemma_ not in lexicon()["speech_predicates"]:
        return None
    ccomp = next((c for c in root.children if c.dep_ == "ccomp"), None)
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    end_punct = doc[-1].text if doc[-1].is_punct else ""
    if ccomp is None or subj is None or not end_punct:
        return None
    clause = list(ccomp.subtree)
    speaker = list(subj.subtree)
    c_text = doc[clause[0].i : clause[-1].i + 1].text
    s_text = doc[speaker[0].i : speaker[-1].i + 1].text
    if speaker[0].i > clause[-1].i and root.i > clause[-1].i:  # "S, X said."
        lead = s_text[0].upper() + s_text[1:] if speaker[0].pos_ != "PROPN" else s_text
        body = c_text[0].lower() + c_text[1:] if clause[0].pos_ not in ("PROPN",) and clause[0].text != "I" else c_text
        return f"{lead} {root.text} {body}{end_punct}", []
    return None


PERTURBATIONS: dict[str, Callable] = {
    "name": swap_name,
    "number": change_number,
    "date": change_date,
    "roles": swap_participants,
    "negation": negate,
    "hedge": hedge,
    "opposite": opposite_predicate,
    "addition": add_phrase,
    "omission": drop_phrase,
}
FAITHFUL: dict[str, Callable] = {"number-format": reformat_number, "name-variant": space_name, "attribution-order": front_attribution}


def synthetic_examples(sentences: list[str], nlp, seed: int, per_sentence: int = 2) -> Iterator[Example]:
    """Up to `per_sentence` changed copies of each sentence, and one faithful copy (a variant where one applies)."""
    rng = random.Random(seed)
    docs = list(nlp.pipe(sentences, batch_size=64))
    pools = Pools.of(docs)
    for doc in docs:
        if not 6 <= len(doc) <= 80:
            continue
        kinds = list(PERTURBATIONS)
        rng.shuffle(kinds)
        made = 0
        for kind in kinds:
            edit = PERTURBATIONS[kind](doc, rng, pools)
            if edit is None or edit[0] == doc.text:
                continue
            yield Example(edit[0], doc.text, edit[1], 1, kind)
            made += 1
            if made == per_sentence:
                break
        variants = [k for k in FAITHFUL if (v := FAITHFUL[k](doc, rng, pools)) is not None and v[0] != doc.text]
        kind = rng.choice(variants) if variants else "copy"
        text = FAITHFUL[kind](doc, rng, pools)[0] if variants else doc.text
        yield Example(text, doc.text, [], 0, kind)


# --- summary pairs -----------------------------------------------------------------------------------------------


EVALUATION_ONLY = ("faithbench",)  # licences that allow evaluation only: never trained on


def load_summaries(paths: list[Path]) -> list[Record]:
    """The dev records of the summary files among `paths` (AggreFact's format); never a test record, never FaithBench."""
    out = []
    for path in paths:
        out += [r for r in load(path, "dev") if r.mode == "summary"]
    if any(r.split == "test" for r in out):
        raise ValueError("test records must not be trained on")
    if any(r.dataset.lower().startswith(EVALUATION_ONLY) for r in out):
        raise ValueError(f"{', '.join(EVALUATION_ONLY)}: for evaluation only, never trained on")
    return out


def summary_windows(records: Iterable[Record], max_tokens: int, by_dataset: bool = False) -> Iterator[tuple[Example, str]]:
    """Annotated summaries cut into the windows that the verifier sees at run time (a summary sentence with its linked
    and most similar article sentences), each with the article it comes from. A window is wrong when an annotated
    error lies in it, or when the summary is wrong and its errors have no place in it. `by_dataset`: the kind names the
    record's dataset (`xsumfaith-error`) instead of `summary-error`."""
    from factdiff.align import align
    from factdiff.analyse.document import analyse
    from factdiff.analyse.entities import link
    from factdiff.checks import Context
    from factdiff.read import source_from_text
    from factdiff.verifier.check import windows

    analysed: dict[str, object] = {}
    for r in records:
        if r.split == "test":
            raise ValueError(f"{r.id}: test records must not be trained on")
        if r.reference not in analysed:
            analysed[r.reference] = analyse(source_from_text(r.reference, "reference"))
        reference, candidate = analysed[r.reference], analyse(source_from_text(r.candidate, "candidate"))
        link(reference.entities, candidate.entities)
        errors = [(e["start"], e["end"]) for e in r.errors if 0 <= e.get("start", -1) < e.get("end", -1)]
        for w in windows(Context(reference, candidate, align(reference, candidate), "summary"), max_tokens):
            end = w.offset + len(w.candidate)
            spans = [(max(s, w.offset) - w.offset, min(e, end) - w.offset) for s, e in errors if s < end and w.offset < e]
            label = int(bool(spans) or (r.label == 1 and not errors))
            kind = f"{r.dataset if by_dataset else 'summary'}-{'error' if label else 'ok'}"
            yield Example(w.candidate, w.reference, spans, label, kind), r.reference


def load_written(paths: list[Path]) -> list[dict]:
    """Hand-written pairs in the format of `benchmarks/independent/set*.jsonl` (id, mode, reference, candidate, label
    'consistent' / 'inconsistent', errors with [start, end) in the candidate, traps): rewrites, summaries and second
    translations written by people, each error annotated where it lies. Only sets the project has read (its development
    sets) belong here: a set kept for measuring must never be trained on."""
    rows = []
    for path in paths:
        with path.open(encoding="utf-8") as fh:
            for number, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                row = json.loads(line)
                missing = {"reference", "candidate", "label"} - row.keys()
                if missing or row["label"] not in ("consistent", "inconsistent"):
                    raise ValueError(f"{path}:{number}: not a hand-written pair ({', '.join(sorted(missing)) or 'label'})")
                rows.append(row)
    return rows


def written_windows(rows: Iterable[dict], max_tokens: int) -> Iterator[tuple[Example, str]]:
    """Hand-written pairs (`load_written`) cut into the windows the verifier sees at run time in each pair's mode, each
    with its reference. A window is wrong where an annotated error's words lie in its candidate sentence (tagged), or
    where an annotated omission's place does (the pair label alone: no candidate word is wrong); the other windows of a
    pair, its paraphrase traps among them, are faithful, as is every window of a consistent pair."""
    from factdiff.align import align
    from factdiff.analyse.document import analyse
    from factdiff.analyse.entities import link
    from factdiff.checks import Context
    from factdiff.read import source_from_text
    from factdiff.verifier.check import windows

    for row in rows:
        mode = row.get("mode", "rewrite")
        reference, candidate = (
            analyse(source_from_text(row["reference"], "reference")),
            analyse(source_from_text(row["candidate"], "candidate")),
        )
        link(reference.entities, candidate.entities)
        errors = [(e["start"], e["end"]) for e in row.get("errors", []) if row["label"] == "inconsistent"]
        ctx = Context(reference, candidate, align(reference, candidate, ordered=mode != "summary"), mode)
        placed: set[int] = set()  # an omission's place counts in one window only
        for w in windows(ctx, max_tokens):
            end = w.offset + len(w.candidate)
            spans = [(max(s, w.offset) - w.offset, min(e, end) - w.offset) for s, e in errors if s < e and s < end and w.offset < e]
            gaps = [s for s, e in errors if s == e and w.offset <= s <= end and s not in placed]
            placed.update(gaps)
            label = int(bool(spans or gaps))
            yield Example(w.candidate, w.reference, spans, label, f"written-{'error' if label else 'ok'}"), row["reference"]


def summary_synthetic(
    records: list[Record], nlp, seed: int, sentences_per_article: int, per_sentence: int
) -> Iterator[tuple[Example, str]]:
    """Synthetic pairs as `synthetic_examples` makes them, from sentences of the articles, each given the way a summary
    sentence is checked: the original sentence with the article's two sentences most like it (in the article's order) as
    the reference. A phrase dropped is no error here (a summary leaves things out): such a copy is a faithful one."""
    import numpy as np

    from factdiff.analyse.embed import load_encoder

    if any(r.split == "test" for r in records):
        raise ValueError("test records must not be trained on")
    rng = random.Random(seed)
    context: dict[str, tuple[str, str]] = {}
    for doc in nlp.pipe(list(dict.fromkeys(r.reference for r in records)), batch_size=16):
        sents = [s.text.strip() for s in doc.sents if s.text.strip()]
        if len(sents) < 3:
            continue
        vectors = load_encoder().encode(sents)
        sim = vectors @ vectors.T
        np.fill_diagonal(sim, -1.0)
        for i in rng.sample(range(len(sents)), min(sentences_per_article, len(sents))):
            near = sorted({i, *np.argsort(-sim[i])[:2].tolist()})
            context[sents[i]] = (" ".join(sents[j] for j in near), doc.text)
    for example in synthetic_examples(list(context), nlp, seed, per_sentence):
        reference, article = context[example.reference]
        if example.kind == "omission":
            example = Example(example.candidate, reference, [], 0, "summary-compression")
        else:
            example = Example(example.candidate, reference, example.spans, example.label, f"summary-{example.kind}")
        yield example, article


# --- human-made NLI pairs ----------------------------------------------------------------------------------------


def _key(text: str) -> str:
    return " ".join(text.lower().split())


def _mask_spans(hypothesis: str, tokens: list[str], mask: list[bool]) -> list[tuple[int, int]] | None:
    """Character spans in `hypothesis` of the masked tokens (found in order); None when a token cannot be found."""
    spans, at = [], 0
    for token, masked in zip(tokens, mask, strict=True):
        start = hypothesis.find(token, at)
        if start < 0:
            return None
        at = start + len(token)
        if masked:
            spans.append((start, at))
    return spans


def nli_example(row: dict) -> Example:
    """One NLI record as a pair: the premise is the reference, the hypothesis the candidate; entailment is faithful.
    WiCE's records with a mask of unsupported claim tokens also tag those words."""
    label = int(row["label"] != "entailment")
    kind = f"nli-{row['dataset']}-{'wrong' if label else 'ok'}"
    meta = row.get("meta") or {}
    if "non_supported_mask" in meta:
        spans = _mask_spans(row["hypothesis"], meta["claim_tokens"], meta["non_supported_mask"])
        if spans is not None and bool(spans) == bool(label):
            return Example(row["hypothesis"], row["premise"], spans, label, f"{kind}-tagged")
    return Example(row["hypothesis"], row["premise"], [], label, kind, tagged=False)


def load_nli(paths: list[Path], per_dataset: int | None, seed: int) -> tuple[list[tuple[Example, str]], dict[str, dict[str, int]]]:
    """The NLI pairs of `paths` (`*.jsonl.gz`, the format of `../shared/training/nli`), each with its premise (the group
    that keeps a premise on one side of the held-out cut), and what was taken from each dataset by split.

    Every split is used: these files are the public sets' evaluation splits, given for training only (their training
    splits could not be fetched, ../shared/training/README.md), never for figures; `taken` records the splits drawn
    from. A pair (premise and hypothesis, case and spacing aside) is kept once,
    the first time it is met; one that comes with both labels is dropped. Then `per_dataset` pairs of each dataset (one
    more or less by the rounding), drawn with the seed so that each label keeps its share."""
    rows: dict[tuple[str, str], dict] = {}
    conflicting: set[tuple[str, str]] = set()
    for path in paths:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                if row["dataset"].lower().startswith(EVALUATION_ONLY):
                    raise ValueError(f"{path}: for evaluation only, never trained on")
                key = (_key(row["premise"]), _key(row["hypothesis"]))
                if key in rows:
                    if (rows[key]["label"] == "entailment") != (row["label"] == "entailment"):
                        conflicting.add(key)
                    continue
                rows[key] = row
    by_dataset: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for key, row in rows.items():
        if key not in conflicting:
            by_dataset[row["dataset"]][row["label"]].append(row)
    rng = random.Random(seed)
    out: list[tuple[Example, str]] = []
    taken: dict[str, dict[str, int]] = {}
    for dataset in sorted(by_dataset):
        labels = by_dataset[dataset]
        size = sum(len(v) for v in labels.values())
        share = 1.0 if per_dataset is None or per_dataset >= size else per_dataset / size
        for label in sorted(labels):
            chosen = rng.sample(labels[label], round(len(labels[label]) * share))
            for row in chosen:
                counts = taken.setdefault(dataset, {})
                counts[row["split"]] = counts.get(row["split"], 0) + 1
                out.append((nli_example(row), row["premise"]))
    return out, taken
