"""Stage 3, align: link reference and candidate sentences, one-to-many and many-to-one, in any order.

The similarity of two sentences mixes the cosine of their MiniLM embeddings with the overlap of
their content lemmas, entity ids and numbers. A candidate sentence is linked to its best reference
sentence and to any other within a margin of it (a merged sentence), and each reference sentence
to its best candidate sentence (a split one). In a rewrite or a translation, which keep the reference's order, a
candidate sentence left unlinked is linked within its gap, and a reference sentence left unlinked to the candidate
sentence it was folded into; in any mode a candidate sentence that says two neighbouring reference sentences in one is
linked to both.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from factdiff.analyse.dates import clock_times
from factdiff.analyse.document import Document
from factdiff.analyse.embed import load_encoder
from factdiff.model import AlignmentLink

EMBED_WEIGHT, LEXICAL_WEIGHT, ANCHOR_WEIGHT = 0.55, 0.25, 0.20
FLOOR = 0.35  # below this, two sentences share too little to be compared
MARGIN = 0.08
# a rewrite or a translation keeps the order of the sentences: a candidate sentence left unlinked between two linked
# ones is linked to an unlinked reference sentence in the same gap from this similarity on ('At other times of day, the
# service of one train an hour will carry on' for 'Outside the peak hours, the hourly timetable stays as it is')
GAP_FLOOR = 0.25
EVIDENCE = 2  # reference sentences shown as a candidate sentence's evidence: a merged sentence has two sources
# a reference sentence linked to nothing, whose neighbour is linked to a candidate sentence, is merged into that sentence
# when the two reference sentences read together are closer to it (MiniLM cosine) than the neighbour alone: 'That is
# almost double the number recorded last year.' folded in as ', nearly twice as many as last year'. On the development
# sets every reference sentence left out lowered the cosine (by 0.016 to 0.2); merged ones raised it by up to 0.14
MERGE_GAIN = 0.0


@dataclass
class Alignment:
    similarity: np.ndarray  # [reference sentence, candidate sentence]
    links: set[tuple[int, int]] = field(default_factory=set)
    weights: list[int] = field(default_factory=list)  # candidate sentence lengths in characters
    merged: set[int] = field(default_factory=set)  # reference sentences linked only as folded into a neighbour's sentence
    # the links indexed both ways: the checks ask for the links of every sentence, and repeated short lines can make
    # hundreds of thousands of links, too many to scan on each question
    _refs: dict[int, set[int]] = field(default_factory=dict, init=False, repr=False)
    _cands: dict[int, set[int]] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        for r, c in self.links:
            self._refs.setdefault(c, set()).add(r)
            self._cands.setdefault(r, set()).add(c)

    def refs_for(self, cand_sent: int) -> set[int]:
        return set(self._refs.get(cand_sent, ()))

    def cands_for(self, ref_sent: int) -> set[int]:
        return set(self._cands.get(ref_sent, ()))

    def support(self) -> float:
        """How well the reference supports the candidate: each candidate sentence's best similarity,
        averaged over sentences weighted by length (1 for a candidate made of reference sentences)."""
        if not self.similarity.size:
            return 0.0
        best = self.best()
        weights = np.array(self.weights, dtype=float) if len(self.weights) == len(best) else np.ones(len(best))
        return float((best * weights).sum() / weights.sum())

    def best(self) -> np.ndarray:
        """Each candidate sentence's similarity to the reference sentence that supports it best, in [0, 1]."""
        if not self.similarity.size:
            return np.zeros(self.similarity.shape[1] if self.similarity.ndim == 2 else 0)
        return np.clip(self.similarity.max(axis=0), 0.0, 1.0)

    def evidence(self, cand_sent: int, limit: int = EVIDENCE) -> list[int]:
        """The linked reference sentences of a candidate sentence, most similar first (none below FLOOR)."""
        return sorted(self.refs_for(cand_sent), key=lambda r: -self.similarity[r, cand_sent])[:limit]

    def report_links(self) -> list[AlignmentLink]:
        """One entry per candidate sentence with its reference sentences, in candidate order."""
        out = []
        n_cand = self.similarity.shape[1] if self.similarity.size else 0
        for c in range(n_cand):
            refs = sorted(self.refs_for(c))
            if refs:
                sim = float(max(self.similarity[r, c] for r in refs))
                out.append(AlignmentLink(reference=refs, candidate=[c], similarity=round(sim, 3)))
        return out


def _overlap(a: frozenset, b: frozenset) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b)) * (2 * len(a & b) / (len(a) + len(b))) ** 0.5


def _anchors(doc: Document) -> list[frozenset[str]]:
    """Entity ids, numeric values and times of day (on one reading only) of each sentence: what a faithful rewrite keeps
    ('by 11.30 pm' / 'by 23:30')."""
    out: list[set[str]] = [set() for _ in doc.sentences]
    for m in doc.entities:
        if m.cid:
            out[m.sent].add(m.cid)
    for q in doc.quantities:
        out[q.sent].add(f"n:{q.low:g}-{q.high:g}")
    for c in clock_times(doc.doc):
        if len(c.minutes) == 1:
            out[doc.sentence_at(c.start)].add(f"t:{min(c.minutes)}")
    return [frozenset(s) for s in out]


def similarity_matrix(reference: Document, candidate: Document) -> np.ndarray:
    if not reference.sentences or not candidate.sentences:
        return np.zeros((len(reference.sentences), len(candidate.sentences)))
    cos = reference.vectors @ candidate.vectors.T
    ra, ca = _anchors(reference), _anchors(candidate)
    lex = np.array([[_overlap(r.lemmas, c.lemmas) for c in candidate.sentences] for r in reference.sentences])
    anc = np.array([[_overlap(a, b) for b in ca] for a in ra])
    return EMBED_WEIGHT * cos + LEXICAL_WEIGHT * lex + ANCHOR_WEIGHT * anc


def align(reference: Document, candidate: Document, ordered: bool = False) -> Alignment:
    """Links by similarity; with `ordered` (a rewrite or a translation, which follow the reference sentence by sentence)
    also the gaps filled (`_fill_gaps`)."""
    sim = similarity_matrix(reference, candidate)
    links: set[tuple[int, int]] = set()
    weights = [s.end - s.start for s in candidate.sentences]
    if sim.size == 0:
        return Alignment(sim, links, weights)
    for c in range(sim.shape[1]):
        best = float(sim[:, c].max())
        if best < FLOOR:
            continue
        for r in np.flatnonzero(sim[:, c] >= best - MARGIN):
            if sim[r, c] >= FLOOR:
                links.add((int(r), c))
    for r in range(sim.shape[0]):
        c = int(sim[r].argmax())
        if sim[r, c] >= FLOOR:
            links.add((r, c))
    links |= _folded(reference, candidate, sim, links)
    merged: set[tuple[int, int]] = set()
    if ordered:
        links |= _fill_gaps(sim, links)
        merged = _merged(reference, candidate, links)
        links |= merged
    return Alignment(sim, links, weights, merged={r for r, _ in merged})


def _folded(reference: Document, candidate: Document, sim: np.ndarray, links: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """Links for candidate sentences that have none and say two neighbouring reference sentences in one: the pair read
    together is as similar to it as one sentence must be (FLOOR); `sim` is raised to the pair's similarity there. 'The
    time earns the 24-year-old a place at the world championships, the coach said, despite a knee injury' for a sentence
    on the place and the next on the injury."""
    unlinked = [c for c in range(sim.shape[1]) if not any(lc == c for _, lc in links)]
    if not unlinked or sim.shape[0] < 2:
        return set()
    pairs = [reference.text[reference.sentences[r].start : reference.sentences[r + 1].end] for r in range(sim.shape[0] - 1)]
    together = load_encoder().encode(pairs) @ candidate.vectors[unlinked].T
    anchors, cand_anchors = _anchors(reference), _anchors(candidate)
    added: set[tuple[int, int]] = set()
    for k, c in enumerate(unlinked):
        s = candidate.sentences[c]
        best, where = FLOOR, None
        for r in range(sim.shape[0] - 1):
            lemmas = reference.sentences[r].lemmas | reference.sentences[r + 1].lemmas
            score = (
                EMBED_WEIGHT * float(together[r, k])
                + LEXICAL_WEIGHT * _overlap(lemmas, s.lemmas)
                + ANCHOR_WEIGHT * _overlap(anchors[r] | anchors[r + 1], cand_anchors[c])
            )
            if score >= best and score > max(sim[r, c], sim[r + 1, c]):
                best, where = score, r
        if where is not None:
            added |= {(where, c), (where + 1, c)}
            # the support the candidate sentence has is the pair's (Alignment.best): both sentences carry it; `sim` is
            # changed in place, so that the later steps and the report see the folded sentence as supported
            sim[where, c] = sim[where + 1, c] = max(sim[where, c], sim[where + 1, c], best)
    return added


def _merged(reference: Document, candidate: Document, links: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """Links for reference sentences that have none and were folded into a neighbour's candidate sentence (MERGE_GAIN)."""
    linked: dict[int, set[int]] = {}
    for r, c in links:
        linked.setdefault(r, set()).add(c)
    tries = []  # (reference sentence, its neighbour, the neighbour's candidate sentence, the two read together)
    for r in range(len(reference.sentences)):
        if r in linked:
            continue
        for n in (r - 1, r + 1):
            for c in sorted(linked.get(n, ())):
                lo, hi = reference.sentences[min(n, r)], reference.sentences[max(n, r)]
                tries.append((r, n, c, reference.text[lo.start : hi.end]))
    if not tries:
        return set()
    together = load_encoder().encode([t[3] for t in tries])
    added: set[tuple[int, int]] = set()
    for (r, n, c, _), v in zip(tries, together, strict=True):
        if float(v @ candidate.vectors[c]) - float(reference.vectors[n] @ candidate.vectors[c]) > MERGE_GAIN:
            added.add((r, c))
    return added


def _fill_gaps(sim: np.ndarray, links: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """Links for candidate sentences that have none: the unlinked reference sentence most like each, from GAP_FLOOR, among
    those between the reference sentences of the nearest linked candidate sentences before and after it."""
    n_ref, n_cand = sim.shape
    refs: dict[int, set[int]] = {}
    for r, c in links:
        refs.setdefault(c, set()).add(r)
    taken = {r for r, _ in links}
    added: set[tuple[int, int]] = set()
    for c in range(n_cand):
        if c in refs:
            continue
        previous = max((p for p in refs if p < c), default=None)
        following = min((n for n in refs if n > c), default=None)
        before = -1 if previous is None else max(refs[previous])
        after = n_ref if following is None else min(refs[following])
        gap = [r for r in range(before + 1, after) if r not in taken]
        if gap:
            r = max(gap, key=lambda k: sim[k, c])
            if sim[r, c] >= GAP_FLOOR:
                added.add((r, c))
                taken.add(r)
    return added
