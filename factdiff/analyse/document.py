"""Stage 2, analyse: one text as a layer of sentences, mentions and claims over the user's string."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np
from spacy.tokens import Doc

from factdiff.analyse.claims import Frame, extract_frames
from factdiff.analyse.dates import DateMention, extract_dates
from factdiff.analyse.embed import load_encoder
from factdiff.analyse.entities import EntityMention, extract_entities
from factdiff.analyse.knowledge import fold
from factdiff.analyse.pipeline import load_nlp
from factdiff.analyse.quantities import Quantity, extract_quantities
from factdiff.model import Span
from factdiff.read import Source


@dataclass(slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    token_start: int
    token_end: int
    lemmas: frozenset[str]  # content lemmas, for lexical overlap


class Positions:
    """Offsets of an analysed text (`source`, and `_starts`, its sentences' first characters): its plain text, report
    spans in the user's text, the sentence at a character. Shared by the English and the source-language documents."""

    source: Source
    _starts: list[int]

    @property
    def text(self) -> str:
        return self.source.plain

    def span(self, start: int, end: int) -> Span:
        """A report span in the user's text for plain offsets [start, end)."""
        o_start, o_end = self.source.to_original(start, end)
        return Span(start=o_start, end=o_end, text=self.source.original[o_start:o_end])

    def sentence_at(self, char: int) -> int:
        return max(0, bisect.bisect_right(self._starts, char) - 1)


@dataclass
class Document(Positions):
    """A text and everything the analysis found in it; all offsets are into `source.plain`."""

    source: Source
    doc: Doc
    sentences: list[Sentence]
    entities: list[EntityMention]
    quantities: list[Quantity]
    dates: list[DateMention]
    frames: list[Frame]
    vectors: np.ndarray = field(repr=False)
    _starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self._starts = [s.start for s in self.sentences]

    @cached_property
    def noun_chunks(self) -> list[tuple[int, int, frozenset[str]]]:
        """spaCy's noun chunks as (start, end, folded words), made once: a check may look at them for every mention."""
        return [(c.start_char, c.end_char, frozenset(fold(t.text) for t in c)) for c in self.doc.noun_chunks]

    def in_sentences(self, items: list, sents: set[int]) -> list:
        return [x for x in items if x.sent in sents]


def _sentences(doc: Doc) -> list[Sentence]:
    out = []
    text = doc.text
    for sent in doc.sents:
        # leading/trailing whitespace is not part of the sentence
        tokens = [t for t in sent if not t.is_space]
        if not tokens:
            continue
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        lemmas = frozenset(
            fold(t.lemma_) for t in tokens if t.is_alpha and not t.is_stop and t.pos_ in ("NOUN", "PROPN", "VERB", "ADJ", "NUM")
        ) | frozenset(t.text for t in tokens if t.like_num)
        out.append(Sentence(len(out), start, end, text[start:end], tokens[0].i, tokens[-1].i + 1, lemmas))
    return out


def analyse_doc(source: Source, doc: Doc, vectors: np.ndarray | None = None) -> Document:
    """Build the Document of a parsed text (vectors are computed when not given)."""
    sentences = _sentences(doc)
    sent_index: dict[int, int] = {}
    for s in sentences:
        for i in range(s.token_start, s.token_end):
            sent_index[i] = s.index
    # whitespace tokens between sentences belong to the sentence after them
    last = 0
    for i in range(len(doc)):
        if i in sent_index:
            last = sent_index[i]
        else:
            sent_index[i] = last
    entities = extract_entities(doc, sent_index)
    quantities = extract_quantities(doc, sent_index)
    if vectors is None:
        vectors = load_encoder().encode([s.text for s in sentences])
    return Document(
        source=source,
        doc=doc,
        sentences=sentences,
        entities=entities,
        quantities=quantities,
        dates=extract_dates(doc, sent_index),
        frames=extract_frames(doc, sent_index, entities, quantities),
        vectors=vectors,
    )


def analyse(source: Source) -> Document:
    """Parse and analyse one text."""
    return analyse_doc(source, load_nlp()(source.plain))


def analyse_many(sources: list[Source], batch_size: int = 16) -> list[Document]:
    """Analyse several texts, parsing them in batches."""
    docs = load_nlp().pipe((s.plain for s in sources), batch_size=batch_size)
    return [analyse_doc(src, doc) for src, doc in zip(sources, docs, strict=False)]
