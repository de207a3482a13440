"""Quantities: numbers in digits or words, ranges, approximations, currencies, percentages, units."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from number_parser import parse_number
from spacy.tokens import Doc, Span, Token

from factdiff.analyse import units
from factdiff.analyse.knowledge import lexicon

NUMBER_LABELS = {"CARDINAL", "MONEY", "PERCENT", "QUANTITY"}
_DIGITS = re.compile(r"(?<![\w.])[-+]?\d[\d,]*(?:\.\d+)?")
_RANGE_SEP = re.compile(r"^\s*(?:-|–|—|to|and|or)\s*$", re.I)


@dataclass(frozen=True, slots=True)
class Quantity:
    """A quantity as an interval [low, high] with its unit ('%', a currency code, a noun lemma or '')."""

    start: int
    end: int
    text: str
    low: float
    high: float
    approx: bool
    unit: str
    sent: int

    @property
    def looks_like_year(self) -> bool:
        """'2023-2027', '1996': a year or span of years that the parser did not tag as a date."""
        return not self.unit and all(v == int(v) and 1800 <= v <= 2100 for v in (self.low, self.high)) and "," not in self.text

    @property
    def is_range(self) -> bool:
        return self.high != self.low

    def same_value(self, other: Quantity) -> bool:
        """True when the two could state the same amount (ranges equal, or within an approximation)."""
        tol = 0.1 if (self.approx or other.approx) else 1e-9
        lo1, hi1 = self.low * (1 - tol), self.high * (1 + tol)
        lo2, hi2 = other.low * (1 - tol), other.high * (1 + tol)
        if self.is_range and other.is_range and not (self.approx or other.approx):
            return abs(self.low - other.low) <= 1e-9 * max(1, abs(self.low)) and abs(self.high - other.high) <= 1e-9 * max(
                1, abs(self.high)
            )
        return lo1 <= hi2 + 1e-9 and lo2 <= hi1 + 1e-9

    def same_unit(self, other: Quantity) -> bool:
        return self.unit == other.unit

    def in_other_units(self, other: Quantity) -> bool:
        """Both are in units of measure, different ones ('metres', 'feet'): compare them with `same_measure`."""
        return self.unit != other.unit and units.is_unit(self.unit) and units.is_unit(other.unit)

    def same_measure(self, other: Quantity) -> bool:
        """The same amount once both are in base units: '300 metres' and '984 feet' (converted values are rounded),
        not '300 metres' and '300 feet'."""
        tolerance = max(units.CONVERTED_TOLERANCE, 0.1 if (self.approx or other.approx) else 0.0)
        for a, b in ((self.low, other.low), (self.high, other.high)):
            x, y = units.in_base_units(a, self.unit), units.in_base_units(b, other.unit)
            if x is None or y is None or not units.agree(x, y, tolerance):
                return False
        return True

    def same_dimension(self, other: Quantity) -> bool:
        x, y = units.in_base_units(1.0, self.unit), units.in_base_units(1.0, other.unit)
        return x is not None and y is not None and x[1] == y[1]

    def states_same_amount(self, other: Quantity) -> bool:
        """The same value, or the same measure in other units."""
        return self.same_measure(other) if self.in_other_units(other) else self.same_value(other)


@lru_cache(maxsize=1)
def _words() -> tuple[list[str], dict[str, int], dict[str, tuple[float, float]], dict[str, str]]:
    lex = lexicon()
    approximators = sorted(lex["approximators"], key=len, reverse=True)
    return approximators, lex["scale_words"], lex["vague_plural_scales"], lex["currency_words"]


def parse_amount(text: str) -> tuple[float, float, bool] | None:
    """'about 4,700' -> (4700, 4700, True); 'between 10 and 12' -> (10, 12, False); None if no number."""
    approximators, scales, vague, _ = _words()
    t = text.strip().lower().replace("\u2019", "'")
    t = re.sub(r"[$€£¥₩%]|\bus\$", " ", t)
    approx = False
    changed = True
    while changed:
        changed = False
        for word in approximators:
            if t.startswith(word + " "):
                t, approx, changed = t[len(word) + 1 :].strip(), True, True
    for pattern in (r"^between (.+?) and (.+)$", r"^from (.+?) to (.+)$", r"^(.+?)\s*(?:-|–|—| to | or )\s*(.+)$"):
        m = re.match(pattern, t)
        if m:
            left, right = m.group(1), m.group(2)
            # '1.2 to 1.5 million': a scale written once applies to both ends
            right_scale = next((w for w in right.split()[1:2] if w in scales), None)
            if right_scale and not any(w in scales for w in left.split()):
                left = f"{left} {right_scale}"
            a, b = _single(left, scales, vague), _single(right, scales, vague)
            if a and b and a[0] <= b[1]:
                return a[0], b[1], approx
    single = _single(t, scales, vague)
    if single is None:
        return None
    return single[0], single[1], approx or single[0] != single[1]


def _single(text: str, scales: dict[str, int], vague: dict[str, tuple[float, float]]) -> tuple[float, float] | None:
    t = text.strip().strip(".,;:")
    for phrase, (lo, hi) in sorted(vague.items(), key=lambda kv: -len(kv[0])):
        if t == phrase or t.startswith(phrase + " of") or t.startswith(phrase + " "):
            return float(lo), float(hi)
    m = _DIGITS.search(t)
    if m:
        try:
            value = float(m.group().replace(",", ""))
        except ValueError:
            return None
        rest = t[m.end() :].strip().split()
        if rest and rest[0].strip(".,") in scales:
            value *= scales[rest[0].strip(".,")]
        return value, value
    words = re.sub(r"^(a|an|one)\s+(?=(dozen|score|hundred|thousand|million|billion|trillion)\b)", "one ", t)
    words = words.split(" of ")[0]
    tokens = words.split()
    # number words, then an optional scale: 'two dozen', 'fourteen thousand'
    if tokens and tokens[-1] in ("dozen", "score"):
        head = parse_number(" ".join(tokens[:-1])) if len(tokens) > 1 else 1
        if head is None:
            return None
        value = float(head) * scales[tokens[-1]]
        return value, value
    if words.strip() in scales:
        return None  # 'million' alone: the amount is written elsewhere ('S$110 million')
    value = parse_number(words)
    if value is None:
        return None
    return float(value), float(value)


def _unit(span: Span) -> str:
    _, _, _, currencies = _words()
    low = span.text.lower()
    for sym, code in currencies.items():
        if not sym.isalpha() and sym in low:
            return code
    for word in lexicon()["percent_words"]:
        if word in low:
            return "%"
    for tok in span:
        if tok.lower_ in currencies and tok.lower_.isalpha():
            return currencies[tok.lower_]
    head = _counted_noun(span)
    if head is None:
        return ""
    if head.lower_ in currencies:
        return currencies[head.lower_]
    if head.lower_ in ("percent", "%"):
        return "%"
    return head.lemma_.lower()


def _counted_noun(span: Span) -> Token | None:
    """The noun the number counts: '4,700 soldiers' -> soldiers; '600 killed' -> None."""
    root = span.root
    if root.dep_ in ("nummod", "quantmod") and root.head.pos_ in ("NOUN", "PROPN") and root.head.i >= span.start:
        return root.head
    if root.pos_ in ("NOUN",) and not root.like_num:
        return root
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    if nxt is not None and nxt.pos_ == "NOUN":
        return nxt
    if nxt is not None and nxt.pos_ == "ADJ" and nxt.i + 1 < len(span.doc) and span.doc[nxt.i + 1].pos_ == "NOUN":
        return span.doc[nxt.i + 1]
    return None


def _extend_range(doc: Doc, start: int, end: int, taken: set[int]) -> tuple[int, int]:
    """Grow a number span over '10,000-12,000', '10 to 12' and 'between 10 and 12'."""
    if end + 1 < len(doc) and _RANGE_SEP.match(doc[end].text) and doc[end + 1].like_num and (end + 1) not in taken:
        end += 2
        while end < len(doc) and doc[end].lower_ in lexicon()["scale_words"]:
            end += 1
    if start >= 1 and doc[start - 1].lower_ in ("between", "from") and any(doc[i].lower_ in ("and", "to", "-") for i in range(start, end)):
        start -= 1
    # approximators written before the number
    approximators = _words()[0]
    for word in approximators:
        n = len(word.split())
        if start - n >= 0 and doc[start - n : start].text.lower() == word:
            start -= n
            break
    return start, end


def extract_quantities(doc: Doc, sent_index: dict[int, int]) -> list[Quantity]:
    """Every quantity in the document, with offsets into its text."""
    out: list[Quantity] = []
    taken: set[int] = set()
    spans: list[tuple[int, int]] = []
    for ent in doc.ents:
        if ent.label_ in NUMBER_LABELS:
            spans.append((ent.start, ent.end))
            taken.update(range(ent.start, ent.end))
    date_tokens = {t.i for e in doc.ents if e.label_ in ("DATE", "TIME", "ORDINAL") for t in e}
    for tok in doc:
        if tok.like_num and tok.i not in taken and tok.i not in date_tokens and tok.pos_ == "NUM":
            spans.append((tok.i, tok.i + 1))
            taken.add(tok.i)
    for first, last in sorted(spans):
        start, end = _extend_range(doc, first, last, set())
        span = doc[start:end]
        parsed = parse_amount(span.text)
        if end > last and (parsed is None or parsed[0] == parsed[1]):
            # '68 to 32' is a score, not a range: keep the numbers apart
            start, end = _extend_range(doc, first, first, set())[0], last
            span = doc[start:end]
            parsed = parse_amount(span.text)
        if parsed is None:
            continue
        low, high, approx = parsed
        if out and out[-1].end > span.start_char:
            continue  # already covered by a range that swallowed this number
        out.append(
            Quantity(
                start=span.start_char,
                end=span.end_char,
                text=span.text,
                low=low,
                high=high,
                approx=approx,
                unit=_unit(span),
                sent=sent_index[span.start],
            )
        )
    return out
