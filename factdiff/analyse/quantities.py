"""Quantities: numbers in digits or words, ranges, approximations, currencies, percentages, units, durations,
fractions and multiples, each normalised to a value and a unit so that '$640m' and '$640 million', '60 mph' and '60
miles per hour', '2:21:07' and 'two hours, 21 minutes and seven seconds', 'a third' and '33%', 'halved' and 'fell by
half' compare as the same amount."""

from __future__ import annotations

import calendar
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from number_parser import parse_number as _parse_number
from number_parser import parse_ordinal as _parse_ordinal
from spacy.tokens import Doc, Span, Token

from factdiff.analyse import units
from factdiff.analyse.knowledge import lexicon
from factdiff.analyse.lexical import direction, iso_currencies

NUMBER_LABELS = {"CARDINAL", "MONEY", "PERCENT", "QUANTITY"}
_DIGITS = re.compile(r"(?<![\w.])[-+]?\d[\d,]*(?:\.\d+)?")
_NUMBER_TOKEN = re.compile(r"^[-+\u2212]?\d[\d,]*(?:\.\d+)?$")
_SUFFIXED = re.compile(r"^(?P<sign>[-+\u2212]?)(?P<num>\d[\d,]*(?:\.\d+)?)(?P<suf>[A-Za-z]{1,3})$")
_COLON = re.compile(r"^(\d{1,3}):(\d{2})(?::(\d{2}))?(\.\d+)?$")
_DOTTED_TIME = re.compile(r"^([01]?\d|2[0-4])\.([0-5]\d)$")  # '7.30 a.m.', British style: a clock time only before a mark
_PENCE = re.compile(r"^(\d{1,3}(?:\.\d+)?)p$")  # '50p', '99p', '2.5p'
_MONEY_PREFIX = re.compile(r"^[A-Za-z]{0,3}[$€£¥₩₹₽₺]$")
AGE_GROUP = re.compile(r"^(?:under|over)-(?P<age>\d{1,3})s$", re.I)
_EXCESS = re.compile(r"^\s+(?:above|over|more than|higher than|up on)\s")
_RANGE_SEP = re.compile(r"^\s*(?:-|–|—|to|and|or)\s*$", re.I)
_TIME_WORDS = ("second", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade", "century")
FRACTION_TOLERANCE = 0.015  # 'a third' is 33% or 33.3%: a fraction stands for its rounded percentages


# the part of one unit after 'and': 'a year and a half', 'an hour and a quarter', 'two days and three quarters'
_NEARLY = frozenset({"nearly", "almost", "about", "around", "roughly", "approximately"})
_WHOLE_OF_ONE = frozenset({"full", "whole", "entire", "complete"})
_SHARE_BEFORE = frozenset({"half", "quarter", "quarters", "third", "thirds", "fifth", "tenth", "of", "per"})
_PARTS_OF_ONE = {("a", "half"): 0.5, ("an", "half"): 0.5, ("a", "quarter"): 0.25, ("three", "quarters"): 0.75}


def _and_a_share(doc: Doc, end: int) -> float:
    """The share of one more unit said after a measure ('a mile and a half', 'two pounds and a quarter'); 0 where there
    is none (nor where the share is of something else: 'a mile, and a half of the route is flooded')."""
    following = tuple(t.lower_ for t in doc[end : end + 3])
    share = _PARTS_OF_ONE.get(following[1:]) if len(following) == 3 and following[0] == "and" else None
    if share is None or (end + 3 < len(doc) and doc[end + 3].lower_ == "of"):
        return 0.0
    return share


@lru_cache(maxsize=16384)
def parse_number(text: str) -> int | float | None:
    """number_parser's parse_number, remembered (a call costs milliseconds)."""
    return _parse_number(text)


@lru_cache(maxsize=16384)
def parse_ordinal(text: str) -> int | None:
    """number_parser's parse_ordinal, remembered; only words with an ordinal's ending are read ('third', '21st')."""
    if not re.search(r"(st|nd|rd|th)$", text):
        return None
    if m := re.match(r"^(\d+)(st|nd|rd|th)$", text):
        return int(m.group(1))
    return _parse_ordinal(text)


_ROUNDING_STEPS = tuple(sorted((m * 10.0**k for k in range(-3, 13) for m in (1, 5)), reverse=True))


def _rounding_of(exact: float, rounded: float, half: bool = True) -> bool:
    """`rounded` may be `exact` rounded to its own precision: the largest step of 10^k or 5 x 10^k that it is a multiple
    of ('520' to 500, '1,240' to 1,250, '45' to 40; not '165' to 156). `half`: a figure half a step away counts ('6,500'
    rounded up to 7,000)."""
    # (a step no larger than the figure: 4,300 is a multiple of 100, not of a step it is a sliver of)
    step = next((s for s in _ROUNDING_STEPS if s <= abs(rounded) and abs(rounded / s - round(rounded / s)) < 1e-9), 0.0)
    gap = abs(exact - rounded)
    return gap <= step / 2 + 1e-9 if half else gap < step / 2 - 1e-9


LOOSE_CEILING = 0.8  # the least share of a round strict ceiling that an amount below it may be ('fewer than 100' for 80)
_STRICT_CEILINGS = ("less than", "fewer than", "under", "below")


def _round_figure(value: float) -> bool:
    """A figure of one significant digit, or two ending in 5 ('30', 'half', '250', '1.5 million'), as a writer rounds."""
    if value <= 0:
        return False
    leading = value / 10 ** math.floor(math.log10(value))
    return math.isclose(leading * 2, round(leading * 2), abs_tol=1e-9)


@dataclass(frozen=True, slots=True)
class Quantity:
    """A quantity as an interval [low, high] with its unit ('%', 'pp' for percentage points, '×' for a multiple, a
    currency code, a unit of measure pint reads, a counted noun's lemma or ''); `alt` holds other readings of the same
    words ('halved': 50 % and × 0.5; '58:51': minutes and seconds, or hours and minutes), `per` the rate it is given
    at ('year' for '€45m a year'), `implicit` marks a one not written as a number ('a fortnight', 'a decade')."""

    start: int
    end: int
    text: str
    low: float
    high: float
    approx: bool
    unit: str
    sent: int
    alt: tuple[tuple[float, float, str], ...] = ()
    per: str = ""
    implicit: bool = False
    often: bool = False  # how often, read as the time between ('twice a week': half a week)

    @property
    def looks_like_year(self) -> bool:
        """'2023-2027', '1996': a year or span of years that the parser did not tag as a date."""
        return not self.unit and all(v == int(v) and 1800 <= v <= 2100 for v in (self.low, self.high)) and "," not in self.text

    @property
    def is_range(self) -> bool:
        return self.high != self.low

    def readings(self) -> Iterator[Quantity]:
        """This quantity, then one per alternative reading."""
        yield self
        for low, high, unit in self.alt:
            yield replace(self, low=low, high=high, unit=unit, alt=())

    @property
    def bound(self) -> str | None:
        """'lower' for a figure given as a floor ('more than 20', 'over 1,000'), 'upper' for a ceiling ('nearly 100',
        'up to 40'), 'about' for other approximations, None for an exact figure."""
        if not self.approx:
            return None
        head = self.text.lower()
        group = AGE_GROUP.match(self.text)
        if group is not None:
            head = head.replace("-", " ", 1)  # 'under-12s' bounds as 'under 12' does
        for word in sorted(_bound_words()["lower"], key=len, reverse=True):
            if head.startswith(word + " "):
                return "lower"
        for word in sorted(_bound_words()["upper"], key=len, reverse=True):
            if head.startswith(word + " "):
                return "upper"
        return "about"

    @property
    def loose_ceiling(self) -> bool:
        """A round figure given as a strict ceiling ('under half an hour', 'fewer than 100'), not as a figure it nearly
        reaches ('nearly 100', 'up to 40'): it stands for an amount up to a fifth below it ('under half an hour' for 25
        minutes)."""
        head = self.text.lower()
        strict = any(head.startswith(w + " ") for w in _STRICT_CEILINGS)
        return strict and self.bound == "upper" and not self.is_range and _round_figure(self.high)

    def _band(self, vaguer: bool = True) -> tuple[float, float]:
        """The amounts the figure allows: a floor up to a fifth above it ('more than 20' for 23), a ceiling up to an
        eighth below it ('nearly 100' for 90; not 'up to 65,000' for 56,000), a round strict ceiling a fifth
        (`loose_ceiling`: 'under half an hour' for 25 minutes), an approximation a tenth either way, an
        exact figure itself. Not `vaguer` (the side that was there first, against which the other made its figure
        exact): a floor or a ceiling a twentieth either way ('more than 500' is no '590')."""
        lo, hi = sorted((self.low, self.high))
        bands = {"lower": (1.0, 1.2), "upper": (LOOSE_CEILING if self.loose_ceiling else 0.88, 1.0), "about": (0.9, 1.1)}
        if not vaguer:
            bands.update(lower=(1.0, 1.05), upper=(0.95, 1.0))
        widen = bands.get(self.bound or "", (1.0, 1.0))
        a, b = lo * widen[0], hi * widen[1]
        return min(a, b), max(a, b)

    def _same_value(self, other: Quantity) -> bool:
        if self.is_range and other.is_range and not (self.approx or other.approx):
            return abs(self.low - other.low) <= 1e-9 * max(1, abs(self.low)) and abs(self.high - other.high) <= 1e-9 * max(
                1, abs(self.high)
            )
        if not (self.approx or other.approx) and (self._inside(other) or other._inside(self)):
            # an exact range and an exact figure inside it are two claims ('banned for 15 to 54 days' / 'for 45 days')
            return False
        if self.bound == other.bound == "about" and self.low == self.high and other.low == other.high:
            # two round figures, each only roughly: the writers' rounding is in the figures themselves, so they are one
            # figure only where they are within a tenth of each other ('about 500' / 'roughly 520'; not 'about 600')
            # (a count of things a unit either way: 'about five' / 'about half a dozen'; not 'about twice' / 'triple')
            counted = self.unit not in ("×", "%", "pp") and not is_money(self.unit) and not units.is_unit(self.unit)
            if counted and max(self.low, other.low) <= 12:
                return math.isclose(self.low, other.low, abs_tol=1.0)
            # ... and where one is the other rounded: 'about 165 million' / 'some 156 million' is no rounding either way;
            # a reference figure half a step from the candidate's, and more than a twentieth away, is no rounding of it
            # ('around 7,000' / 'about 6,500': a rewrite that rounds makes a figure coarser, not finer; 'about 1,400' /
            # 'roughly 1,450' is near enough)
            near = math.isclose(self.low, other.low, rel_tol=0.1)
            close = math.isclose(self.low, other.low, rel_tol=0.05)
            return near and (_rounding_of(self.low, other.low, half=close) or _rounding_of(other.low, self.low))
        if self.bound == other.bound == "about" and (self.is_range or other.is_range) and not (self.stated_range or other.stated_range):
            # a rough share with a fraction ('roughly a quarter' / 'about one in five'): one figure only where the middles
            # are within a tenth of each other ('about a third' / 'around 30 per cent'), as two round figures
            return math.isclose((self.low + self.high) / 2, (other.low + other.high) / 2, rel_tol=0.1)
        if self.bound in ("lower", "upper") and self.bound == other.bound:
            # two floors or two ceilings are one figure said twice: 'more than 1,400' / 'over 1,700' is another figure
            # (and one a rounding of the other, or a whole step apart: 'at least 46 hours' / 'at least 48 hours' are two
            # guarantees, 'more than 45' / 'at least 46' one)
            near = math.isclose(self.low, other.low, rel_tol=0.05) and math.isclose(self.high, other.high, rel_tol=0.05)
            rounded = _rounding_of(self.low, other.low) or _rounding_of(other.low, self.low) or abs(self.low - other.low) <= 1
            return near and rounded
        if {self.bound, other.bound} in ({"upper", "about"}, {"lower", "about"}) and self.low == self.high and other.low == other.high:
            # a ceiling or a floor against a figure only roughly given: the rough figure itself must lie on the bound's
            # side ('nearly 60,000' is no 'around 64,000', 'more than 60,000' is)
            bound, rough = (self, other) if other.bound == "about" else (other, self)
            lo, hi = bound._band()
            slack = 0.02 * bound.low
            inside = lo - slack <= rough.low <= hi + slack
            return inside and (rough.low <= bound.low + slack if bound.bound == "upper" else rough.low >= bound.low - slack)
        # the first is the candidate's figure: where it is the vaguer one ('more than 20' for the reference's 23) its
        # floor stretches; where the reference gives the floor, the candidate's exact figure must sit close to it
        (lo1, hi1), (lo2, hi2) = self._band(), other._band(vaguer=self.bound is not None)
        return lo1 <= hi2 + 1e-9 and lo2 <= hi1 + 1e-9

    @property
    def stated_range(self) -> bool:
        """A range of two figures ('10 to 60 days'), not the narrow band a fraction is read as ('a quarter')."""
        return self.is_range and self.high > self.low * 1.04

    def _inside(self, other: Quantity) -> bool:
        """This is a stated range and `other` one figure strictly between its ends (an end is the range's own figure,
        which a parse may give alone)."""
        return self.stated_range and not other.is_range and self.low < other.low < self.high

    def same_value(self, other: Quantity) -> bool:
        """True when the two could state the same amount (ranges equal, or within an approximation), in any reading."""
        return any(a._same_value(b) for a in self.readings() for b in other.readings())

    def same_unit(self, other: Quantity) -> bool:
        return self.unit == other.unit

    @property
    def measure(self) -> str:
        """A length with the time it is given per, a speed ('140 kilometres an hour': kilometres per hour, against '140
        km/h'); else the unit."""
        length = units.in_base_units(1.0, self.unit)
        if self.per and length is not None and length[1] == "[length]" and units.is_unit(f"{self.unit} per {self.per}"):
            return f"{self.unit} per {self.per}"  # (a speed; not '900MWh a year', an amount of energy each year)
        return self.unit

    def in_other_units(self, other: Quantity) -> bool:
        """Both are in units of measure, different ones ('metres', 'feet'): compare them with `same_measure`."""
        return self.measure != other.measure and units.is_unit(self.measure) and units.is_unit(other.measure)

    def _same_measure(self, other: Quantity) -> bool:
        # '58.9 kg' is no '59.8 kilograms'
        if self.loose_ceiling != other.loose_ceiling and not (self.approx and other.approx):
            ceiling, exact = (self, other) if self.loose_ceiling else (other, self)
            x, y = units.in_base_units(ceiling.high, ceiling.measure), units.in_base_units(exact.high, exact.measure)
            if x is not None and y is not None and x[1] == y[1] and LOOSE_CEILING * x[0] <= y[0] <= x[0]:
                return True  # 'in under half an hour' / 'within 25 minutes'
        converted = 0.0 if units.one_unit(self.measure, other.measure) else units.CONVERTED_TOLERANCE
        tolerance = max(converted, 0.1 if (self.approx or other.approx) else 0.0)
        for a, b in ((self.low, other.low), (self.high, other.high)):
            x, y = units.in_base_units(a, self.measure), units.in_base_units(b, other.measure)
            if x is None or y is None or not units.agree(x, y, tolerance):
                return False
        return True

    def same_measure(self, other: Quantity) -> bool:
        """The same amount once both are in base units: '300 metres' and '984 feet' (converted values are rounded),
        not '300 metres' and '300 feet'."""
        return any(a._same_measure(b) for a in self.readings() for b in other.readings())

    def same_dimension(self, other: Quantity) -> bool:
        x, y = units.in_base_units(1.0, self.measure), units.in_base_units(1.0, other.measure)
        return x is not None and y is not None and x[1] == y[1]

    def other_rate(self, other: Quantity) -> bool:
        """Both are given at a rate, and not the same one ('a month' against 'a year')."""
        return bool(self.per and other.per and self.per != other.per)

    def states_same_amount(self, other: Quantity) -> bool:
        """The same value, or the same measure in other units, at the same rate where both give one."""
        if self.other_rate(other):
            return False
        for a in self.readings():
            for b in other.readings():
                if _age_as_time(a, b) or _age_as_time(b, a):
                    return True  # 'around 2,000 years old' / 'some two millennia ago': an age told by the time since
                if a.in_other_units(b):
                    if a._same_measure(b):
                        return True
                elif a._same_value(b) and not (is_money(a.unit) and units.is_unit(b.unit) or is_money(b.unit) and units.is_unit(a.unit)):
                    return True  # (not money against a measure: '70 pounds' of money is no '70 kilograms')
        return False


def _age_as_time(age: Quantity, time: Quantity) -> bool:
    """An age in years ('2,000 years old') and a length of time in any unit of it ('two millennia') that give the same
    number of years."""
    if age.unit != "years of age" or time.unit == "years of age":
        return False
    x, y = units.in_base_units(age.low, "years"), units.in_base_units(time.low, time.unit)
    tolerance = 0.1 if (age.approx or time.approx) else 0.0
    return x is not None and y is not None and age.low == age.high and time.low == time.high and units.agree(x, y, tolerance)


def is_money(unit: str) -> bool:
    """A currency (units are ISO 4217 codes for money), not a count or a measure."""
    return len(unit) == 3 and unit.isupper()


@lru_cache(maxsize=1)
def _words() -> tuple[list[str], dict[str, int], dict[str, tuple[float, float]], dict[str, str]]:
    lex = lexicon()
    approximators = sorted(lex["approximators"], key=len, reverse=True)
    return approximators, lex["scale_words"], lex["vague_plural_scales"], lex["currency_words"]


def parse_amount(text: str) -> tuple[float, float, bool] | None:
    """'about 4,700' -> (4700, 4700, True); 'between 10 and 12' -> (10, 12, False); None if no number."""
    approximators, scales, vague, _ = _words()
    t = text.strip().lower().replace("\u2019", "'")
    money = bool(re.search(r"[$€£¥₩₹₽₺]", t))
    t = re.sub(r"[a-z]{0,3}[$€£¥₩₹₽₺]|%", " ", t).strip()
    approx = False
    changed = True
    while changed:
        changed = False
        for word in approximators:
            if t.startswith(word + " "):
                t, changed = t[len(word) + 1 :].strip(), True
                approx = approx or word not in _exact_prefixes()
    for pattern in (r"^between (.+?) and (.+)$", r"^from (.+?) to (.+)$", r"^(.+?)\s*(?:-|–|—| to | or )\s*(.+)$"):
        m = re.match(pattern, t)
        if m:
            left, right = m.group(1), m.group(2)
            # '1.2 to 1.5 million': a scale written once applies to both ends
            right_scale = next((w for w in right.split()[1:2] if w in scales), None)
            if right_scale and not any(w in scales for w in left.split()):
                left = f"{left} {right_scale}"
            a, b = _single(left, scales, vague, money), _single(right, scales, vague, money)
            if a and b and a[0] <= b[1]:
                return a[0], b[1], approx
    single = _single(t, scales, vague, money)
    if single is None:
        return None
    return single[0], single[1], approx or single[0] != single[1]


def _single(text: str, scales: dict[str, int], vague: dict[str, tuple[float, float]], money: bool = False) -> tuple[float, float] | None:
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
        suffix = rest[0].strip(".,") if rest else ""
        if suffix in scales and (money or suffix not in lexicon()["money_scale_suffixes"] or suffix in ("bn", "mn", "tn")):
            value *= scales[suffix]
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


# ---------------------------------------------------------------------------------------------------------------
# reading the tokens


def _currency(text: str) -> str | None:
    """The currency code of a symbol, name or ISO code ('C$', '€', 'euros', 'USD'), or None."""
    currencies = _words()[3]
    low = text.lower()
    if low in currencies:
        return currencies[low]
    codes, names = iso_currencies()
    if len(text) == 3 and text.isupper() and text in codes:
        return codes[text]
    if low in names:
        return names[low]
    if _MONEY_PREFIX.match(text):
        return currencies.get(low[-1], currencies.get("$") if low.endswith("$") else None)
    return None


def _minor_currency(tok: Token) -> tuple[str, float] | None:
    """A hundredth part of a currency ('cents', 'pence') where its sentence, or else its text, names one currency: (its
    code, the factor to it); None where it names none or several ('50 cents' with euros is 0.50 euros)."""
    parts = lexicon()["minor_currency_units"].get(tok.lemma_.lower()) or lexicon()["minor_currency_units"].get(tok.lower_)
    if parts is None:
        return None

    def named(tokens) -> set[str]:
        # a symbol, or a currency's name after an amount ('3.20 euros'; not the verb 'won')
        return {
            _currency(t.text)
            for t in tokens
            if t.i != tok.i and _currency(t.text) and (not t.is_alpha or (t.i > 0 and (t.nbor(-1).like_num or t.nbor(-1).is_currency)))
        }

    codes = named(tok.sent) or named(tok.doc)
    if not codes and tok.lemma_.lower() in lexicon()["minor_currency_defaults"]:
        codes = {lexicon()["minor_currency_defaults"][tok.lemma_.lower()]}  # 'five pence' alone: the pound's
    return (codes.pop(), 1 / parts) if len(codes) == 1 else None


def _plain_number(text: str) -> float | None:
    """A number written alone, in figures or in words ('6', 'six'); None for anything else."""
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return float(text)
    value = parse_number(text.lower()) if text.isalpha() else None
    return float(value) if value is not None else None


def _number_word(tok: Token) -> bool:
    return tok.is_alpha and tok.like_num and tok.lower_ not in ("a", "an")


def _in_years(unit: str) -> float:
    """How many years one of the unit of time is ('decades' 10, 'months' 1/12): an age given in it, in years."""
    one, year = units.in_base_units(1.0, unit), units.in_base_units(1.0, "years")
    return one[0] / year[0] if one and year and one[1] == year[1] else 1.0


@lru_cache(maxsize=1)
def _bound_words() -> dict[str, list[str]]:
    return lexicon()["bound_approximators"]


def _ordinal_word(tok: Token) -> bool:
    """'sixth', 'second', 'third': an ordinal, which a run of cardinal number words does not take in."""
    return tok.is_alpha and parse_ordinal(tok.lower_) is not None and parse_number(tok.lower_) is None


def _clock_mark(doc: Doc, i: int) -> bool:
    """A time-of-day mark at token i ('p.m.', 'GMT', "o'clock", 'in the morning'): the number before is a clock time."""
    if i >= len(doc):
        return False
    lex = lexicon()
    t = doc[i]
    if t.lower_ in lex["clock_suffixes"] or t.lower_ in ("o'clock", "oclock") or t.text in ("GMT", "UTC", "CET", "BST", "EST", "ET", "PT"):
        return True
    if t.lower_ == "o" and i + 1 < len(doc) and doc[i + 1].text.startswith("'"):
        return True
    window = [x.lower_ for x in doc[i : i + 3]]
    return window[:2] == ["in", "the"] and len(window) == 3 and window[2] in lex["clock_day_parts"]


# a bound said after the figure ('15 years or more', '£500 or less'): the word after 'or', and the side it bounds from
BOUND_AFTER = {w: "lower" for w in ("more", "longer", "over", "above", "greater", "higher")} | {
    w: "upper" for w in ("fewer", "less", "under", "below")
}

_AT_TIME = frozenset({"at", "until", "till", "by"})
_NEAR_TIME = frozenset({"around", "about", "approximately", "roughly", "shortly", "just", "before", "after"})


def _dotted_beside_clock(doc: Doc, i: int) -> bool:
    """'was fixed at around 11.30' after 'began shortly after 5 a.m.': a dotted time without its mark, said 'at' a
    time and in a sentence that gives another time of day with one (never an amount: 'at 11.30 euros')."""
    j = i - 1
    while j >= 0 and doc[j].lower_ in _NEAR_TIME:
        j -= 1
    if j < 0 or doc[j].lower_ not in _AT_TIME:
        return False
    if i + 1 < len(doc) and (doc[i + 1].pos_ in ("NOUN", "PROPN", "SYM") or doc[i + 1].text == "%"):
        return False
    sent = doc[i].sent
    return any(t.i != i and t.like_num and _clock_mark(doc, t.i + 1) for t in sent)


def is_clock(doc: Doc, i: int) -> bool:
    """Token i starts a time of day, not an amount: '3:30 p.m.', 'at 8:15', '9 a.m.', 'between 7 and 11 in the
    morning'. Race times and lengths ('2:21:07', '70:31', 'in 58:51') are durations."""
    tok = doc[i]
    m = _COLON.match(tok.text)
    prev = doc[i - 1].lower_ if i else ""
    if m:
        # 'in 58:51', 'a record of 2:05': a length; 'instead of 08:30', 'in place of 08:30' name a time
        instead = prev == "of" and i > 1 and doc[i - 2].lower_ in ("instead", "place")
        if m.group(3) or m.group(4) or int(m.group(1)) > 24 or (prev in ("in", "of", "a", "an", "the", "record") and not instead):
            return False
        return True
    named_hour = i + 2 < len(doc) and doc[i + 2].lower_ in lexicon()["clock_words"]  # 'a quarter to midnight'
    if i + 2 < len(doc) and doc[i + 1].lower_ in ("past", "to") and (doc[i + 2].like_num or named_hour):
        hour = 12 if named_hour else _number_value(doc[i + 2])
        minutes = _number_value(tok) if tok.like_num else (15 if tok.lower_ == "quarter" else 30 if tok.lower_ == "half" else None)
        if hour is not None and minutes is not None and hour <= 12 and minutes < 60:
            # 'ten past six', 'twenty to ten in the morning', 'at twenty to seven' ('at' a time, not a range of amounts)
            at = (prev == "at" or (prev == "a" and i > 1 and doc[i - 2].lower_ == "at")) and doc[i + 1].lower_ == "to"
            return doc[i + 1].lower_ == "past" or named_hour or at or _clock_mark(doc, i + 3)
    if _DOTTED_TIME.match(tok.text):
        return _clock_mark(doc, i + 1) or _dotted_beside_clock(doc, i)
    if not (tok.like_num and _number_value(tok) is not None):
        return False
    value = _number_value(tok)
    if value is None or value != int(value) or not 0 <= value <= 24:
        return False
    j = i + 1
    # '7 and 11 in the morning', '5 to 8 p.m.': a range of hours shares the mark after its second end
    if j + 1 < len(doc) and doc[j].lower_ in ("and", "to", "-", "–", "until", "till") and doc[j + 1].like_num:
        if _clock_mark(doc, j + 2):
            return True
    return _clock_mark(doc, j)


def _number_value(tok: Token) -> float | None:
    text = tok.text.replace("\u2212", "-")
    if _NUMBER_TOKEN.match(text):
        try:
            return float(text.replace(",", ""))
        except ValueError:
            return None
    if _number_word(tok):
        v = parse_number(tok.lower_)
        return float(v) if v is not None else None
    return None


_FOLD = re.compile(r"^(?P<n>[a-z]+|\d+)-?fold$")


def _multiple_noun(tok: Token) -> float | None:
    """The noun of a multiplying verb: 'tripling', 'doubling', 'halving' (the verb's '-ing' form as a noun)."""
    w = tok.lower_
    if tok.pos_ != "NOUN" or not w.endswith("ing"):
        return None
    table = lexicon()["multiplier_lemmas"]
    return next((table[v] for v in (w[:-3], w[:-3] + "e") if v in table), None)


def _fold_multiple(tok: Token) -> float | None:
    """'threefold', 'ten-fold', '3-fold': a multiple written with '-fold'."""
    m = _FOLD.match(tok.lower_)
    if m is None:
        return None
    value = parse_number(m["n"]) if not m["n"].isdigit() else float(m["n"])
    return float(value) if value and value > 1 else None


def _counts_after(doc: Doc, i: int) -> bool:
    """A plural noun at token i: what a scale suffix counts ('1.8m tonnes', '40k runners'), not a unit it stands for."""
    # (or a currency named after it: '1.9m kronor', '30m euros')
    return i < len(doc) and (doc[i].tag_ == "NNS" or (doc[i].is_alpha and _currency(doc[i].text) is not None))


def _after_change(doc: Doc, start: int, unit_given: bool = False) -> bool:
    """The amount follows a verb of change ('rose 4% to 38%', 'fell by 3 to 40'): 'X to Y' is the change and the level
    it reached, as news writes it, not a range (written 'rose 4-6%' or 'between 4% and 6%')."""
    i = start - 1
    ways = lexicon()["direction_of_change"]
    rough = {w for w in lexicon()["approximators"] if " " not in w}
    while unit_given and i >= 0 and doc[i].lower_ in rough:
        i -= 1  # 'rose by about 140 per cent to 12,600': the word that makes the figure rough is the figure's
    if i >= 0 and doc[i].lower_ == "by":
        # 'cut its forecast by 0.6 million tonnes to 5.6 million': the verb the 'by' hangs on, wherever it stands, where
        # the first amount has its own unit (a range gives it once, after both: 'cut flights by 20 to 30 percent')
        verb = doc[i].head
        if unit_given and verb.pos_ == "VERB" and direction(verb, transitive=True) is not None:
            return True
        i -= 1
    if i < 0 or doc[i].pos_ != "VERB":
        return False
    return doc[i].lemma_.lower() in ways["up"] or doc[i].lemma_.lower() in ways["down"]


def _time_unit(doc: Doc, i: int) -> tuple[str, int] | None:
    """A unit of time at token i ('seconds', 'hours', 'fortnight', 'decade'): (unit, tokens used)."""
    if i >= len(doc):
        return None
    lemma = doc[i].lemma_.lower()
    if lemma not in _TIME_WORDS:
        return None
    if doc[i].lower_ == "second" and i + 1 < len(doc) and doc[i + 1].text in ("-", "–"):
        return None  # 'seven second-place finishes': an ordinal in a compound, no unit of time
    plural = "centuries" if lemma == "century" else lemma + "s"  # plural names: 'day' is too short a name for pint
    return (plural, 1) if units.is_unit(plural) else None


def _long_compound(doc: Doc, i: int) -> bool:
    """Tokens i and after make a unit of time before them an adjective of length: '-long' ('a day-long strike')."""
    return i + 1 < len(doc) and doc[i].text in ("-", "–") and doc[i + 1].lower_ == "long"


def _unit_after(doc: Doc, i: int) -> tuple[str, int] | None:
    """A unit of measure starting at token i: the longest run of up to four tokens that pint reads ('miles per
    hour', 'km / h', 'terawatt - hours'); (unit, tokens used)."""
    if i >= len(doc):
        return None
    skip = 1 if doc[i].text in ("-", "–") else 0  # '640-kilogram'
    for n in range(4, 0, -1):
        toks = doc[i + skip : i + skip + n]
        if len(toks) < n or any(t.is_punct and t.text not in ("/", "-") for t in toks):
            continue
        if toks[-1].text in ("/", "-"):
            continue
        phrase = " ".join(t.text for t in toks).rstrip(".")
        if units.is_unit(phrase):
            return phrase, skip + n
        if n == 1 and not toks[0].text.isupper() and units.is_unit(toks[0].lemma_.lower()):  # not '5G': 'G' is no gram
            return toks[0].lemma_.lower(), skip + 1
    return None


def _period_of_noun(doc: Doc, i: int) -> str | None:
    """The rate of time an adjective puts on the noun an amount at token i belongs to ('annual bonuses of up to £3,600
    each': 'year'), or None."""
    rates = lexicon()["rate_adjectives"]
    for head in list(doc[i].ancestors)[:4]:
        if head.pos_ in ("NOUN", "PROPN"):
            period = next((rates[c.lower_] for c in head.children if c.dep_ == "amod" and c.lower_ in rates), None)
            if period:
                return period
    return None


def _rate_after(doc: Doc, i: int) -> tuple[str, int]:
    """A rate written just after an amount ('a month', 'annually', 'less a year'): (period, tokens to the end of it);
    an amount for each of several ('$11.50 each', '2 tonnes in each of its mines'): ('each', tokens to 'each')."""
    rates = lexicon()["rate_words"]
    for k, tok in enumerate(doc[i : i + 5]):
        if tok.lower_ in ("each", "apiece") and (k == 0 or doc[i + k - 1].lower_ == "in"):
            if k == 0 and " ".join(t.lower_ for t in doc[i : i + 2]) in rates:
                break  # 'each month' is a rate, as 'a month' is
            return "each", k + 1
        if tok.is_punct or tok.pos_ in ("VERB", "AUX", "CCONJ"):
            break
    starts = [i]
    if i < len(doc) and doc[i].lower_ in ("less", "more", "fewer", "extra", "lower", "higher", "each", "apiece"):
        starts.append(i + 1)
    for j in starts:
        for n in (2, 1):
            words = " ".join(t.lower_ for t in doc[j : j + n])
            if len(doc[j : j + n]) == n and words in rates:
                after = doc[j + n] if j + n < len(doc) else None
                if after is not None and after.lower_ in ("earlier", "before", "ago", "later", "on"):
                    return "", 0  # 'up from 870 a year earlier': a time before, no rate
                return rates[words], j + n - i
    return "", 0


def _fraction_at(doc: Doc, i: int) -> tuple[int, float, bool] | None:
    """A fraction at token i: 'a third', 'one in ten', 'three-fifths', 'two thirds', 'half': (tokens used, percent,
    whether the fraction is the word 'half' before 'a'/'an', as in 'half a percentage point')."""
    lex = lexicon()
    tok = doc[i]
    # 'one in ten', '1 in 4', 'one out of every five'
    value = _number_value(tok)
    # 'one restaurant in six': the thing counted between ('one in six restaurants')
    counted = value == 1 and i + 3 < len(doc) and doc[i + 1].tag_ == "NN" and doc[i + 2].lower_ == "in"
    if value is not None and i + 2 < len(doc):
        j, rate = i + 1 + counted, doc[i + 1 + counted].lower_ == "in"
        if doc[j].lower_ == "in":
            j += 1
            if j + 1 < len(doc) and doc[j].lower_ == "every":
                j += 1  # 'one in every eight lorries'
        elif doc[j].lower_ == "out" and j + 1 < len(doc) and doc[j + 1].lower_ == "of":
            j += 2
            if j < len(doc) and doc[j].lower_ == "every":
                j, rate = j + 1, True  # 'two out of every three': a rate; 'two out of three seats' may be a count
        else:
            j = 0
        # not a score or count before a length of time ('11-8 in 68 minutes'): that is when, not a share
        timed = j and j + 1 < len(doc) and _time_unit(doc, j + 1) is not None
        # nor a figure in a year ('compared with 45 in 2022')
        timed = timed or (
            (value != 1 or counted) and j and j < len(doc) and doc[j].ent_type_ == "DATE" and doc[j].is_digit and len(doc[j].text) == 4
        )
        if j and j < len(doc) and (value == 1 or rate) and not timed:
            total = _number_value(doc[j])
            if total and total > value > 0 and value == int(value):
                return j + 1 - i, 100.0 * value / total, False  # 'one in ten', 'nine in ten'
    # 'a third', 'three-fifths', 'two thirds', 'half'
    numerator = 1.0
    j = i
    if tok.lower_ in ("a", "an", "one"):
        j = i + 1
    elif tok.lower_ == "the" and i + 2 < len(doc) and doc[i + 1].lower_ in ("remaining", "other") and doc[i + 2].lower_ != "half":
        j = i + 2  # 'keep the remaining quarter' (of what was named): a share ('the other half' is read at 'half')
    elif value is not None and _number_word(tok) and value < 20:
        numerator, j = value, i + 1
    if j < len(doc) and doc[j].text == "-" and j > i:
        j += 1
    if j >= len(doc):
        return None
    word = doc[j].lower_
    denominator = lex["fraction_nouns"].get(word)
    if denominator is None and j > i and word.isalpha():
        singular = word[:-1] if word.endswith("s") else word
        ordinal = parse_ordinal(singular)
        denominator = ordinal if ordinal and ordinal > 2 and parse_number(singular) is None else None
    if denominator is None:
        return None
    if numerator > 1 and i > 0 and doc[i - 1].lower_ in ("first", "last", "past", "next", "final"):
        return None  # 'the first three quarters of 2023': nine months, not three quarters of something
    nxt = doc[j + 1] if j + 1 < len(doc) else None
    # 'the last quarter of an hour': a share of one unit, whatever comes before it
    of_one = nxt is not None and nxt.lower_ == "of" and j + 2 < len(doc) and doc[j + 2].lower_ in ("a", "an")
    if j == i and word not in ("half",) and not of_one:
        return None
    plural = word.endswith("s")
    if nxt is not None and not plural:
        comparative = nxt.tag_ in ("JJR", "RBR") or nxt.lower_ in ("more", "less", "fewer")  # 'a fifth more'
        # ('had risen by a quarter last year': the adjective of the date after it, not of the fraction)
        # (also with an adjective before the unit: 'rose by almost a third last financial year')
        k = j + 2
        while k < min(len(doc) - 1, j + 4) and doc[k].pos_ == "ADJ":
            k += 1
        dated = nxt.lower_ in ("last", "next", "this") and k < len(doc) and _time_unit(doc, k) is not None
        if nxt.text == "-" or (nxt.pos_ in ("NOUN", "PROPN", "ADJ") and word != "half" and not comparative and not dated):
            return None  # 'a third term', 'half-time'
    if j == i and i > 0 and (doc[i - 1].lower_ in ("the", "first", "second", "-") or doc[i - 1].pos_ == "ADJ") and not of_one:
        return None  # 'the second half', 'first-half'
    if word in ("quarter", "half") and nxt is not None and nxt.lower_ in ("past", "to") and j + 2 < len(doc) and _hour(doc, j + 2):
        return None  # 'a quarter past six': a time of day
    # 'half a percentage point', 'a quarter of an hour': a share of one unit
    ofa = word == "half" and nxt is not None and nxt.lower_ in ("a", "an")
    if nxt is not None and nxt.lower_ == "of" and j + 2 < len(doc) and doc[j + 2].lower_ in ("a", "an"):
        ofa, j = True, j + 1
    return j + 1 - i, 100.0 * numerator / denominator, ofa


def _hour(doc: Doc, i: int) -> bool:
    """An hour of the clock at token i: a number from 1 to 12 with no scale or unit after it ('six', '12'; not '12
    million pounds', '12 per cent')."""
    value = _number_value(doc[i]) if doc[i].like_num else None
    if value is None or not 1 <= value <= 12 or value != int(value):
        return False
    after = doc[i + 1] if i + 1 < len(doc) else None
    scales = lexicon()["scale_words"]
    return after is None or not (after.like_num or after.lower_ in scales or after.text == "%" or after.lower_ in ("per", "percent"))


def _temperature(value: float, scale: str) -> tuple[str, tuple[tuple[float, float, str], ...]]:
    """'44.6C': unit 'degC', and the same temperature in Fahrenheit as another reading, within the rounding of a
    converted value (the scales have offsets, so pint's relative tolerance does not fit them)."""
    if scale == "C":
        f = value * 9 / 5 + 32
        return "degC", ((f - 1, f + 1, "degF"),)
    c = (value - 32) * 5 / 9
    return "degF", ((c - 0.6, c + 0.6, "degC"),)


_DEICTIC = frozenset({"last", "next", "past", "previous", "coming", "following"})  # '31 last year' is 31, said of last year


_NOUN_PLACES = frozenset({"dobj", "nsubj", "nsubjpass", "pobj", "attr", "appos"})


def _counted_noun(span: Span) -> Token | None:
    """The noun the number counts: '4,700 soldiers' -> soldiers; '600 killed' -> None."""
    root = span.root
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if after is not None and after.lower_ == "times":
        return after  # 'three times the rate': a multiple, whatever the parse hangs the number on
    # a head in a noun's place is the noun, whatever the tagger called it ('1,240 griffon vultures', 'vultures' a verb)
    head_noun = root.head.pos_ in ("NOUN", "PROPN") or (root.head.pos_ == "VERB" and root.head.dep_ in _NOUN_PLACES)
    if root.dep_ in ("nummod", "quantmod") and head_noun and root.head.i >= span.start:
        if any(t.lower_ in _DEICTIC for t in span.doc[root.i + 1 : root.head.i]):
            return None  # 'rose to 31 last year': the number of something else, said last year
        return root.head
    if root.pos_ in ("NOUN",) and not root.like_num:
        return root
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    if nxt is not None and nxt.pos_ == "NOUN":
        return _compound_head(nxt)
    # 'more than 250 rare varieties', '250 named varieties' (a participle before the noun, however the parse hangs it)
    described = nxt is not None and (nxt.pos_ == "ADJ" or nxt.tag_ == "VBN") and nxt.lower_ not in _DEICTIC
    if described:
        j = nxt.i + 1
        while j < len(span.doc) and j - nxt.i < 3 and span.doc[j].pos_ == "ADJ":
            j += 1  # 'named tulip varieties', 'tulip' tagged an adjective
        if j < len(span.doc) and span.doc[j].pos_ == "NOUN":
            return _compound_head(span.doc[j])
    return None


def _compound_head(noun: Token) -> Token:
    """The noun a run of nouns ends in ('150 named snowdrop varieties': varieties, not snowdrop)."""
    while noun.dep_ == "compound" and noun.head.i == noun.i + 1 and noun.head.pos_ == "NOUN":
        if units.is_unit(noun.lemma_.lower()) or units.is_unit(noun.lower_):
            break  # '40 tonne lorries' counts tonnes
        noun = noun.head
    return noun


def _age_given(span: Span) -> bool:
    """A bare whole number set beside a noun or name in commas ('the man, 45, had left', 'Jane Ross, 61, said', 'Vance,
    now 88, will') or after 'aged': an age in years, as the press gives it."""
    root = span.root
    if len(span) != 1 or not root.like_num or root.i + 1 >= len(span.doc):
        return False
    if root.dep_ == "npadvmod" and root.head.lower_ == "aged" and root.head.i == root.i - 1:
        return True
    # 'Vance, now 88, will ...': 'now' may stand before the age
    before = root.i - 2 if root.i > 1 and span.doc[root.i - 1].lower_ == "now" else root.i - 1
    between_commas = before >= 0 and span.doc[before].text == "," and span.doc[root.i + 1].text in (",", ";", ".")
    whole = root.text.isdigit() and 1 <= int(root.text) <= 120
    return root.dep_ == "appos" and root.head.pos_ in ("NOUN", "PROPN") and between_commas and whole


def _approximated(doc: Doc, start: int) -> tuple[int, bool]:
    """Move start back over an approximator written before the number ('about', 'more than')."""
    for word in _words()[0]:
        n = len(word.split())
        if start - n >= 0 and doc[start - n : start].text.lower() == word:
            return start - n, word not in _exact_prefixes()
    return start, False


@lru_cache(maxsize=1)
def _exact_prefixes() -> frozenset[str]:
    """Words written before a figure that leave it exact ('a total of 212', 'a further 40')."""
    return frozenset(lexicon()["exact_prefixes"])


@lru_cache(maxsize=1)
def _calendar_words() -> frozenset[str]:
    names = [*calendar.month_name, *calendar.month_abbr, *calendar.day_name, *calendar.day_abbr]
    return frozenset(n.lower() for n in names if n) | {"sept"}


def _calendar_word(word: str) -> bool:
    return word.rstrip(".") in _calendar_words()


class _Reader:
    """Reads the quantities of a parsed text, left to right."""

    def __init__(self, doc: Doc, sent_index: dict[int, int]) -> None:
        self.doc = doc
        self.sent_index = sent_index
        # each token of a date or time entity, with the entity's first token: a neighbour counts only in its own entity
        self.dates = {t.i: e.start for e in doc.ents if e.label_ in ("DATE", "TIME") for t in e}
        # the tokens of date entities that name a month or a weekday: '25 and 26 March' is two days
        self.calendar = {t.i for e in doc.ents if e.label_ == "DATE" and any(_calendar_word(w.lower_) for w in e) for t in e}
        self.out: list[Quantity] = []

    def make(self, start: int, end: int, low: float, high: float, approx: bool, unit: str, **kw) -> Quantity:
        if kw.get("per") == "each":
            kw["per"] = _period_of_noun(self.doc, start) or "each"  # 'annual bonuses of up to £3,600 each': a year
        start, approx_word = _approximated(self.doc, start)
        span = self.doc[start:end]
        text, end_char = span.text, span.end_char
        if len(span) > 1 and text.endswith(".") and span[-1].is_sent_end:
            text, end_char = text[:-1], end_char - 1  # '£9.4m.' ends the sentence: its full stop is no part of the amount
        # a length after 'every' is how often: 'every 20 minutes' (the time between, as 'three times an hour' is read)
        every = start > 0 and self.doc[start - 1].lower_ == "every" and units.is_unit(unit)
        kw["often"] = kw.get("often", False) or every
        if unit == "%":
            # a percentage above a base is the whole as a percentage of it ('40 percent above its capacity' / '140
            # percent of its capacity')
            after = self.doc.text[end_char : end_char + 14]
            # (only from the excess: '40 percent of its volume' is no '140 percent of it')
            if _EXCESS.match(after):
                kw["alt"] = (*kw.get("alt", ()), (low + 100, high + 100, "%"))
        q = Quantity(span.start_char, end_char, text, low, high, approx or approx_word, unit, self.sent_index[start], **kw)
        self.out.append(q)
        return q

    def read(self) -> list[Quantity]:
        doc = self.doc
        i = 0
        while i < len(doc):
            used = self.at(i)
            i += max(1, used)
        return [self.suspended(q) for q in self.out]

    def suspended(self, q: Quantity) -> Quantity:
        """'six- to eight-metre waves': the first end of a range whose unit is written once, after the second, with
        a hyphen left hanging on the first; the quantity becomes the range."""
        span = self.doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None or span.start < 2 or q.is_range:
            return q
        sep, first = self.doc[span.start - 1], self.doc[span.start - 2]
        if sep.lower_ not in ("to", "or") or len(first.text) < 2 or not first.text.endswith("-"):
            return q
        value, own = _plain_number(first.text[:-1]), _plain_number(span[0].text)
        if value is None or not own or value >= own:
            return q
        return replace(q, start=first.idx, text=self.doc.text[first.idx : q.end], low=value * q.low / own)

    def at(self, i: int) -> int:
        """Read a quantity starting at token i; the number of tokens used (0 when none starts here)."""
        doc, lex = self.doc, lexicon()
        tok = doc[i]
        if is_clock(doc, i) or tok.lower_ in lex["clock_words"]:
            return 3 if i + 1 < len(doc) and doc[i + 1].lower_ in ("past", "to") else 1
        # 'the 150th anniversary': 150 years since; 'its centenary'
        years = lex["anniversary_words"].get(tok.lower_)
        if years is not None and tok.pos_ in ("NOUN", "ADJ"):
            self.make(i, i + 1, float(years), float(years), False, "years", implicit=True)
            return 1
        if i + 1 < len(doc) and doc[i + 1].lemma_.lower() in lex["anniversary_nouns"] and tok.pos_ in ("ADJ", "NUM"):
            nth = parse_ordinal(tok.lower_)
            if nth is not None and parse_number(tok.lower_) is None:
                self.make(i, i + 2, float(nth), float(nth), False, "years")
                return 2
        # an age group: 'under-12s', 'over-65s', a bound on an age as 'children under 12' gives it
        group = AGE_GROUP.match(tok.text)
        if group is not None:
            # (a figure in a word's shape, as implicit as 'a decade': it answers a bound age, and pairs no other figure)
            self.make(i, i + 1, float(group["age"]), float(group["age"]), True, "", implicit=True)
            return 1
        # 'a day-long strike', 'three week-long courses': one unit of time, not written as a number, whatever counts the noun
        length = _time_unit(doc, i)
        if length is not None and doc[i].tag_ != "NNS" and _long_compound(doc, i + length[1]) and not (i and doc[i - 1].text in ("-", "–")):
            self.make(i, i + length[1] + 2, 1.0, 1.0, False, length[0], implicit=True)
            return length[1] + 2
        # how often, as the time between: 'twice-yearly', 'twice a week' ('every six months', 'every three and a half days')
        often = self.times_per(i)
        if often:
            return often
        # a multiple: 'twice', 'doubled', 'halved'
        multiple = lex["multiplier_lemmas"].get(tok.lemma_.lower()) or lex["multiplier_lemmas"].get(tok.lower_) or _fold_multiple(tok)
        nxt = doc[i + 1].lower_ if i + 1 < len(doc) else ""
        multiple = multiple or (_multiple_noun(tok) if nxt == "of" else None)  # 'a near tripling of costs'
        # 'doubled', 'twice as many', 'double the size'; not 'a double room' nor 'the doubles final'
        after = doc[i + 1].pos_ if i + 1 < len(doc) else ""
        # (or a verb the parse took for an adjective, with a subject of its own: 'when visitor numbers usually triple')
        verb_like = tok.pos_ == "ADJ" and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
        comparing = nxt in ("that", "what", "as", "of") or after in ("DET", "PRON", "ADJ", "NUM")
        # (or '-fold' before the noun of a rise: 'a threefold rise in species', as 'species tripled')
        rising = tok.dep_ == "amod" and tok.head.lemma_.lower() in lex["direction_of_change"]["up"] and _fold_multiple(tok) is not None
        if multiple and (tok.pos_ in ("VERB", "ADV") or verb_like or comparing or rising):
            if multiple < 1:  # 'halved': down by half
                self.make(i, i + 1, 100 * (1 - multiple), 100 * (1 - multiple), False, "%", alt=((multiple, multiple, "×"),))
            else:
                self.make(i, i + 1, multiple, multiple, False, "×", alt=((100 * (multiple - 1),) * 2 + ("%",),))
            return 1
        # 'reviewed fortnightly': how often, as the time between ('every two weeks'); an amount's rate was read with it
        often = lex["frequency_words"].get(tok.lower_)
        if often is not None and tok.pos_ in ("ADV", "ADJ"):
            # ('three services weekly', 'twice-weekly', 'two demonstrations daily': a count per period, not how often)
            counted = any(t.like_num or t.lower_ in lex["multiplier_lemmas"] or t.lower_ == "once" for t in doc[max(0, i - 3) : i])
            # 'half-hourly': half the period ('every half hour')
            halved = i > 1 and doc[i - 1].text == "-" and doc[i - 2].lower_ == "half"
            step = float(often[0]) / 2 if halved else float(often[0])
            self.make(i - 2 if halved else i, i + 1, step, step, False, often[1], implicit=True, often=not counted)
            return 1
        # 'over the next year and a half', 'the past month and a half': one unit of time and half of one, no number
        # written ('next year' alone is a date)
        unit_word = _time_unit(doc, i) if i == 0 or not doc[i - 1].like_num else None
        following = [t.lower_ for t in doc[i + 1 : i + 4]]
        half = len(following) == 3 and following[0] == "and" and tuple(following[1:]) in _PARTS_OF_ONE
        # 'a year and a quarter of the budget went on fees': a share of something else ('a year and a half of work' is not)
        half = half and not (i + 4 < len(doc) and doc[i + 4].lower_ == "of" and following[2] != "half")
        if unit_word is not None and half:  # not 'this month, two weeks after the vote': a date and a length
            value, end = self.duration_tail(1.0, unit_word[0], i + unit_word[1])
            if end > i + unit_word[1]:
                start = i - 1 if i and doc[i - 1].lower_ in ("a", "an") else i
                # 'a year and a half' is as often a turn of phrase; 'an hour and a quarter' is a length
                self.make(start, end, value[0], value[0], False, value[1], implicit=following[2] == "half")
                return end - i
        fraction = _fraction_at(doc, i)
        if fraction is not None:
            used, percent, halfa = fraction
            end = i + used
            length = _time_unit(doc, end) if not halfa else None
            if length is not None:  # 'every half hour', 'a quarter hour': a share of one unit of time
                share = percent / 100
                self.make(i, end + length[1], share, share, False, length[0])
                return used + length[1]
            scales = lexicon()["scale_words"]
            if halfa and end + 1 < len(doc) and doc[end + 1].lower_ in scales and doc[end + 1].is_alpha:
                # 'a quarter of a million visitors', 'half a billion euros': a share of the scale, an amount
                value = percent / 100 * scales[doc[end + 1].lower_]
                currency = _currency(doc[end + 2].text) if end + 2 < len(doc) else None
                head = doc[end + 1].head  # 'a quarter of a million visitors': the visitors counted
                noun = head.lemma_.lower() if head.pos_ == "NOUN" and head.i > end + 1 and not currency else ""
                self.make(i, end + 2 + bool(currency), value, value, False, currency or noun)
                return used + 1 + bool(currency)
            if halfa:  # 'half a percentage point', 'half a year'
                measured = self.unit_at(end + 1)
                if measured is None and end + 1 < len(doc) and doc[end + 1].lower_ == "point":
                    measured = ("pp", 1, 1.0)  # 'raised rates by a quarter of a point': of a rate, in percentage points
                if measured is not None:
                    unit, n, factor = measured
                    share = percent / 100 * factor
                    per, m = _rate_after(doc, end + 1 + n)  # 'half a metre a year', as '50 centimetres a year'
                    self.make(i, end + 1 + n + m, share, share, False, unit, per=per)
                    return used + 1 + n + m
            low, high = percent * (1 - FRACTION_TOLERANCE), percent * (1 + FRACTION_TOLERANCE)
            self.make(i, end, low, high, False, "%")
            return used
        pence = _PENCE.match(tok.text)
        if pence:  # '50p a journey': pence, a hundredth of a pound
            value = float(pence.group(1)) / 100
            per, m = _rate_after(doc, i + 1)
            self.make(i, i + 1 + m, value, value, False, "GBP", per=per)
            return 1 + m
        currency, start = None, i
        if _MONEY_PREFIX.match(tok.text) or (tok.text.isupper() and len(tok.text) == 3 and _currency(tok.text)):
            currency = _currency(tok.text)
            i += 1
            if i >= len(doc):
                return 1
        core = self.core(i, currency is not None)
        if core is None:
            # 'a fortnight', 'a decade', 'an hour': one unit of time not written as a number
            # ('for another year': one more, as 'a further 12 months' is twelve more)
            if tok.lower_ in ("a", "an", "every", "another") and i == start:  # 'every fortnight' is every two weeks
                # ('a full day', 'an entire week': the whole of one, an amount as '24 hours' is)
                whole = tok.lower_ in ("a", "an") and i + 1 < len(doc) and doc[i + 1].lower_ in _WHOLE_OF_ONE
                t = _time_unit(doc, i + 1 + whole)
                if t is not None and not (i > 0 and doc[i - 1].lower_ in ("once", "twice")):
                    unit, n = t
                    n += whole
                    value, end = self.duration_tail(1.0, unit, i + 1 + n)
                    # 'a year and five months' states an amount as '17 months' does; 'a year' alone, or 'and a half',
                    # is as often a turn of phrase
                    counted = any(t.like_num or t.lower_ in ("quarter", "quarters") for t in doc[i + 1 + n : end])
                    # ('another year' states one more year, an amount, as 'a further 12 months' does, and so does an
                    # approximated one: 'held for nearly an hour' / 'for almost 30 minutes')
                    said = tok.lower_ == "another" or (tok.lower_ in ("a", "an") and i > 0 and doc[i - 1].lower_ in _NEARLY) or whole
                    self.make(i, end, value[0], value[0], False, value[1], implicit=not counted and not said)
                    return end - i
            # 'more than a tonne', 'just under a metre': one unit of measure not written as a number, an amount as
            # '1,000 kg' is (units of time keep the reading above: 'an hour' is as often a turn of phrase)
            word = i + 1 < len(doc) and doc[i + 1].is_alpha and _time_unit(doc, i + 1) is None  # ('£420,000-a-year' is a rate)
            # (not a share of one: 'at least half a hectare', 'three-quarters of a tonne')
            word = word and not (i > 0 and (doc[i - 1].lower_ in _SHARE_BEFORE or doc[i - 1].like_num))
            measured = self.unit_at(i + 1) if tok.lower_ in ("a", "an") and i == start and word else None
            if measured is not None and units.is_unit(measured[0]):
                unit, n, factor = measured
                share = _and_a_share(doc, i + 1 + n)  # 'a mile and a half'
                self.make(i, i + 1 + n + (3 if share else 0), factor * (1 + share), factor * (1 + share), False, unit)
                return 1 + n + (3 if share else 0)
            return 1 if currency else 0
        value, end, money = core
        if i in self.dates and not _COLON.match(doc[i].text) and _time_unit(doc, end) is None and self.dated(i, value):
            return end - start  # a year, a day of the month: the date's
        low = high = value
        # a range: '10-12', '10 to 12', 'between 10 and 12', '5% to 7%'
        unit, n, factor = "", 0, 1.0
        measured = None if money or currency else self.unit_at(end)
        glued = _SUFFIXED.match(doc[end - 1].text)
        if measured is None and not (money or currency) and glued and glued["suf"] not in ("C", "F") and units.is_unit(glued["suf"]):
            measured = (glued["suf"], 0, 1.0)  # '990MW', '12GWh': the unit written onto the figure
        adjective = end + 1 < len(doc) and doc[end].tag_ in ("JJ", "JJR") and doc[end].lower_ not in _DEICTIC
        if measured is None and not (money or currency) and adjective:
            later = _time_unit(doc, end + 1)  # 'two extra days a week', 'three more hours': a length of time all the same
            measured = (later[0], later[1] + 1, 1.0) if later is not None else None
        if measured is not None:
            unit, n, factor = measured
        range_end = end + n
        sep = doc[range_end] if range_end < len(doc) else None
        if (
            sep is not None
            and _RANGE_SEP.match(sep.text)
            and (sep.lower_ != "and" or (start and doc[start - 1].lower_ == "between"))
            and not (sep.lower_ == "to" and _after_change(doc, start, measured is not None))
        ):
            j = range_end + 1
            if j < len(doc) and _MONEY_PREFIX.match(doc[j].text):
                if _currency(doc[j].text) != currency:
                    j = len(doc)  # '£1.2bn or €1.6bn': two amounts
                j += 1
            second = self.core(j, money or currency is not None) if j < len(doc) else None
            if second is not None and measured is not None:
                # 'rose 9 per cent to 3.4 billion dollars', 'up 9% to 3,400 stores': a change and the level it reached
                if self._other_unit_after(second[1], measured[0]) or (measured[0] == "%" and second[0] > 100 * max(value, 1.0)):
                    second = None
            if second is not None and second[0] > value and not (start and doc[start - 1].lower_ == "from"):
                high, end = second[0], second[1]
                if measured is None:
                    measured = self.unit_at(end)
                    if measured is not None:
                        unit, n, factor = measured
                else:
                    again = self.unit_at(end)
                    n = again[1] if again is not None and again[0] == unit else 0
                range_end = end + n
            elif measured is not None:
                range_end = end + n
        else:
            range_end = end + n
        end = range_end
        low, high = low * factor, high * factor
        # currency words after the amount: '410 million Canadian dollars', '2.8 trillion won'
        if currency is None and unit == "":
            if end + 1 < len(doc) and doc[end].text in ("-", "–") and doc[end + 1].is_alpha and _currency(doc[end + 1].text):
                end += 1  # '40-million-pound'
            for k in (0, 1):
                word = doc[end + k] if end + k < len(doc) else None
                if word is not None and word.is_alpha and _currency(word.text) and (k == 0 or doc[end].pos_ in ("ADJ", "PROPN")):
                    currency = _currency(doc[end + k].text)
                    end = end + k + 1
                    break
            # the hundredths said after the currency's name: 'two pounds fifty', 'three euros twenty' (nothing counted after)
            cents = _plain_number(doc[end].text) if currency and low == high and end < len(doc) else None
            counted = end + 1 < len(doc) and doc[end + 1].pos_ in ("NOUN", "PROPN")
            if cents is not None and cents == int(cents) and 0 < cents < 100 and not counted and not doc[end].like_url:
                low = high = low + cents / 100
                end += 1
        if currency:
            unit = currency
        alt: tuple[tuple[float, float, str], ...] = ()
        if currency == "GBP" and doc[end - 1].lower_ in ("pound", "pounds") and not any(t.text == "£" for t in doc[start:end]):
            alt = ((low, high, "lb"),)  # '70 pounds' in words is money or weight: 'weighs 70 pounds' against '70 kilograms'
        # a length of time in parts: 'two hours, 21 minutes and seven seconds', 'a year and a half'
        if unit and _time_unit(doc, end - 1) is not None and low == high:
            (low, unit), end = self.duration_tail(low, unit, end)
            high = low
        elif unit and low == high and (currency or units.in_base_units(1.0, unit) is not None):
            share = _and_a_share(doc, end)  # 'two miles and a half', 'two pounds and a quarter'
            low = high = low + share
            end += 3 if share else 0
        degrees = _SUFFIXED.match(doc[i].text)
        if degrees and degrees["suf"] in ("C", "F") and low == high and not unit:
            unit, alt = _temperature(low, degrees["suf"])
        elif unit in ("degC", "degF") and low == high:
            if start and doc[start - 1].lower_ == "minus":  # 'minus 11 degrees Celsius'
                low = high = -low
                start -= 1
            unit, alt = _temperature(low, unit[-1])
            start = start - 1 if start and doc[start - 1].lower_ == "minus" else start
        if degrees and degrees["suf"] == "m" and currency is None and not alt:
            alt = ((float(degrees["num"].replace(",", "")),) * 2 + ("metre",),)  # '9m poles': nine metres or nine million
        colon = _COLON.match(doc[i].text)
        if colon and not unit:
            low, alt = self.colon_duration(colon)
            high, unit = low, "seconds"
        ratio = any(t.lower_ in ("by", "of") for t in doc[max(0, start - 3) : start])  # not a score: 'won four to one'
        if not unit and low == high and ratio and [t.lower_ for t in doc[end : end + 2]] in (["to", "one"], ["to", "1"]):
            unit, end = "×", end + 2  # 'outnumbered by more than four to one': a ratio, as 'four times as many'
        if not unit:
            span = doc[start:end]
            head = _counted_noun(span)
            if span[-1].lower_ == "of" and len(span) == 3 and span[1].lower_ in lex["group_counts"]:
                head = next((c for c in span[-1].children if c.dep_ == "pobj"), None)  # 'a pair of 9m poles' counts poles
            if head is not None and head.i < end and (head.lower_ in lex["fraction_nouns"] or head.lower_ in lex["scale_words"]):
                head = None  # 'from six years to four and a half': the half is part of the number, not what it counts
            if head is not None:
                unit = "×" if head.lemma_.lower() == "time" else (_currency(head.text) or head.lemma_.lower())
            elif _age_given(doc[start:end]):
                unit = "years of age"
        per, m = _rate_after(doc, end)
        if per == "each" and m > 1:
            m = 0  # '... of electricity in each of': the words between stay out of the span
        self.make(start, end + m, low, high, False, unit, alt=alt, per=per)
        return end + m - start

    def dated(self, i: int, value: float) -> bool:
        """The number at token i (inside a date entity) is part of a date: a year, or a day next to a month's name."""
        if value == int(value) and 1000 <= value <= 2100:
            return True
        if i in self.calendar:
            return True
        near = self.doc[max(0, i - 2) : i + 3]
        # a capital that only opens the sentence is no name of a month: 'Between 25 and 40 cm is forecast', which the
        # tagger may take for a date; nor one of another entity ('on Sunday after four nights')
        capitals = (t for t in near if self.dates.get(t.i, -1) == self.dates[i] and t.is_alpha and t.text[0].isupper())
        return any(not t.is_sent_start or _calendar_word(t.lower_) for t in capitals)

    def core(self, i: int, money: bool) -> tuple[float, int, bool] | None:
        """The number at token i with its scale: (value, end token, whether a money scale was read)."""
        doc, lex = self.doc, lexicon()
        if i >= len(doc):
            return None
        tok = doc[i]
        scales = lex["scale_words"]
        suffixed = _SUFFIXED.match(tok.text)
        value: float | None = None
        end = i + 1
        if suffixed and suffixed["suf"].lower() in scales:
            suf = suffixed["suf"].lower()
            if suf in lex["money_scale_suffixes"] and suf not in ("bn", "mn", "tn") and not money and not _counts_after(doc, end):
                return None
            value = float(suffixed["num"].replace(",", "")) * scales[suf]
            return value * (-1 if suffixed["sign"] in ("-", "\u2212") else 1), end, True
        colon = _COLON.match(tok.text)
        if colon:
            return float(colon.group(1)), end, False
        if suffixed and suffixed["suf"] in ("C", "F"):  # '44.6C', '-18C': a temperature, read by `at`
            value = float(suffixed["num"].replace(",", "")) * (-1 if suffixed["sign"] in ("-", "\u2212") else 1)
            if i > 0 and doc[i - 1].lower_ == "minus":
                value = -value
            return value, end, False
        if suffixed and suffixed["suf"] not in ("C", "F") and units.is_unit(suffixed["suf"]):
            value = float(suffixed["num"].replace(",", "")) * (-1 if suffixed["sign"] in ("-", "\u2212") else 1)
            return value, end, False  # '990MW': the figure, its unit read by `at`
        groups = lex["group_counts"]
        if tok.lower_ in ("a", "an") and i + 1 < len(doc) and doc[i + 1].lower_ == "dozen" and not (i and doc[i - 1].lower_ == "half"):
            value, end = float(scales["dozen"]), i + 2  # 'a dozen people', 'about a dozen of the horns'
        elif tok.lower_ in ("a", "an") and i + 2 < len(doc) and doc[i + 1].lower_ in groups and doc[i + 2].lower_ == "of":
            value, end = float(groups[doc[i + 1].lower_]), i + 3  # 'a pair of 9m poles': two poles
        elif _NUMBER_TOKEN.match(tok.text.replace("\u2212", "-")):
            value = _number_value(tok)
        elif _number_word(tok) and tok.lower_ not in scales:
            # a run of number words: 'twenty-one', 'two hundred and fifty', 'Thirty - one'
            j = i + 1
            while j < len(doc):
                if doc[j].text == "-" and j + 1 < len(doc) and _ordinal_word(doc[j + 1]):
                    return None  # 'twenty-first', 'forty-second': an ordinal, no amount
                if _ordinal_word(doc[j]):
                    break  # 'three sixth-form colleges', 'two second-hand shops': an ordinal starts a word of its own
                if _number_word(doc[j]) or (doc[j].text == "-" and j + 1 < len(doc) and _number_word(doc[j + 1])):
                    j += 1
                elif (
                    doc[j].lower_ == "and"
                    and j + 1 < len(doc)
                    and _number_word(doc[j + 1])
                    and doc[j - 1].lower_ in ("hundred", "thousand")
                ):  # noqa: E501
                    j += 1
                else:
                    break
            words = " ".join(t.lower_ for t in doc[i:j] if t.text != "-")
            parsed = parse_number(words)
            if parsed is None:
                return None
            if parsed == 1 and j == i + 1 and tok.lower_ == "one" and not money:
                nxt = doc[j] if j < len(doc) else None
                halved = [t.lower_ for t in doc[j : j + 3]] == ["and", "a", "half"]  # 'one and a half metres'
                priced = nxt is not None and nxt.is_alpha and nxt.pos_ == "NOUN" and _currency(nxt.text) is not None  # 'one euro a meal'
                # ('one to two days', 'between one and two hours': the low end of a range)
                after = doc[j + 1] if j + 1 < len(doc) else None
                between = i > 0 and doc[i - 1].lower_ == "between"
                ranged = nxt is not None and (nxt.lower_ in ("to", "or", "-", "–") or (nxt.lower_ == "and" and between))
                ranged = ranged and after is not None and (after.like_num or _number_word(after))
                if nxt is None or not (self.unit_at(j) or nxt.lower_ in scales or halved or priced or ranged):
                    return None  # 'one' alone is seldom a figure ('one of the', 'one person')
            value, end = float(parsed), j
        if value is None:
            return None
        if [t.lower_ for t in doc[end : end + 3]] == ["and", "a", "half"]:
            value, end = value + 0.5, end + 3  # 'four and a half'
        elif [t.lower_ for t in doc[end : end + 6]] == ["-", "and", "-", "a", "-", "half"]:
            value, end = value + 0.5, end + 6  # 'a three-and-a-half-year course'
        scaled = False
        if end + 1 < len(doc) and doc[end].text in ("-", "–") and doc[end + 1].lower_ in scales and doc[end + 1].is_alpha:
            end += 1  # '310-million-euro', '$5-billion'
        while end < len(doc) and doc[end].lower_.strip(".") in scales and doc[end].lower_ not in ("score",):
            word = doc[end].lower_.strip(".")
            if word in lex["money_scale_suffixes"] and word not in ("bn", "mn", "tn") and not money and not _counts_after(doc, end + 1):
                break  # '5m' alone is five metres; '1.8m tonnes', '2m people' are millions
            value *= scales[word]
            end += 1
            scaled = True
        return value, end, scaled and money

    def _other_unit_after(self, i: int, unit: str) -> bool:
        """A currency or a unit other than `unit` written at token i."""
        if i >= len(self.doc):
            return False
        tok = self.doc[i]
        if tok.is_alpha and _currency(tok.text):
            return True
        found = self.unit_at(i)
        return found is not None and found[0] != unit

    def unit_at(self, i: int) -> tuple[str, int, float] | None:
        """The unit written at token i: percent, percentage points, a currency name, a unit of time or of measure;
        (unit, tokens used, factor to the unit)."""
        doc, lex = self.doc, lexicon()
        if i >= len(doc):
            return None
        tok = doc[i]
        two = " ".join(t.lower_ for t in doc[i : i + 2])
        if two in lex["percentage_point_words"]:
            return "pp", 2, lex["percentage_point_words"][two]
        if tok.text in ("-", "–") and i + 3 < len(doc) and doc[i + 2].text == tok.text:
            hyphened = f"{doc[i + 1].lower_} {doc[i + 3].lower_}"
            if hyphened in lex["percentage_point_words"]:  # 'a 25-basis-point cut', 'a half-percentage-point rise'
                return "pp", 4, lex["percentage_point_words"][hyphened]
        if tok.text == "%" or tok.lower_ in ("percent", "pct") or two == "per cent":
            return "%", 2 if two == "per cent" else 1, 1.0
        if tok.is_alpha and _currency(tok.text):
            return None  # 'pounds' after an amount is money here, not pint's pound of mass
        minor = _minor_currency(tok)
        if minor is not None:
            return minor[0], 1, minor[1]  # 'by 50 cents to 4.50 euros': half a euro, not pint's cent of pitch
        if tok.text in ("-", "–") and i + 1 < len(doc) and doc[i + 1].is_alpha and _currency(doc[i + 1].text):
            return None  # '40-million-pound': money too
        t = _time_unit(doc, i)
        if t is not None:
            if _long_compound(doc, i + t[1]):
                return None  # 'three day-long strikes': three strikes, each a day long (read by `at`)
            if i + t[1] < len(doc) and doc[i + t[1]].lower_ == "old":
                return "years of age", t[1] + 1, _in_years(t[0])  # '52 years old', 'two decades old'
            return t[0], t[1], 1.0
        if tok.text in ("-", "–") and _time_unit(doc, i + 1) is not None:  # 'two-year'
            unit, n = _time_unit(doc, i + 1)
            if [t.lower_ for t in doc[i + 1 + n : i + 3 + n]] == ["-", "old"]:
                return "years of age", n + 3, _in_years(unit)  # 'a 52-year-old': an age, not a length of time
            return unit, n + 1, 1.0
        scale = doc[i + 1].lower_ if tok.lemma_.lower() == "degree" and i + 1 < len(doc) else ""
        if scale in ("celsius", "centigrade", "fahrenheit"):
            return ("degF" if scale == "fahrenheit" else "degC"), 2, 1.0  # '0.3 degrees Celsius': a temperature
        measured = _unit_after(doc, i)
        if measured is not None:
            return measured[0], measured[1], 1.0
        return None

    def times_per(self, i: int) -> int:
        """'twice-yearly', 'twice a week', 'three times a day': how often, read as the time between (half a year, three
        and a half days) so that it compares with 'every six months'; the number of tokens used (0 when none)."""
        doc, lex = self.doc, lexicon()
        tok = doc[i]
        times = lex["multiplier_lemmas"].get(tok.lower_) if tok.pos_ in ("ADV", "DET") else None
        j = i + 1
        if times is None and tok.like_num and j < len(doc) and doc[j].lower_ == "times":
            times, j = _number_value(tok), j + 1  # 'three times a day'
        if times is None and tok.lower_ == "once":
            times = 1  # 'once a week'
        if not times or times < 1 or (times < 2 and tok.lower_ != "once"):
            return 0
        j += j < len(doc) and doc[j].text in ("-", "–")
        if j >= len(doc):
            return 0
        every = lex["frequency_words"].get(doc[j].lower_)
        if every is not None:
            length, end = (float(every[0]), every[1]), j + 1
        elif doc[j].lower_ in ("a", "an", "per", "each", "every") and _time_unit(doc, j + 1) is not None:
            unit, n = _time_unit(doc, j + 1)
            length, end = (1.0, unit), j + 1 + n
        else:
            return 0
        if end < len(doc) and doc[end].tag_ == "POS":
            return 0  # 'twice a month's rent': a multiple of an amount
        length, end = self.duration_tail(length[0], length[1], end)  # 'once every year and a half'
        value = length[0] / times
        # as the time between, it supports 'every six months' but is no rival to 'two days a week' (a share of time)
        self.make(i, end, value, value, False, length[1], implicit=True, often=True)
        return end - i

    def duration_tail(self, value: float, unit: str, end: int) -> tuple[tuple[float, str], int]:
        """Add the parts that follow a length of time: ', 21 minutes and seven seconds', 'and a half'."""
        doc = self.doc
        base = units.in_base_units(1.0, unit)
        if base is None:
            return (value, unit), end
        total, last, parts = value * base[0], base[0], 1
        hyphened = [t.lower_ for t in doc[end : end + 6]]
        if len(hyphened) == 6 and hyphened[0::2] == ["-", "-", "-"] and hyphened[1] == "and":
            share = _PARTS_OF_ONE.get((hyphened[3], hyphened[5]))
            if share is not None:  # 'a year-and-a-half refurbishment'
                return ((value * base[0] + share * base[0]), "seconds"), end + 6
        while end < len(doc):
            j = end + (doc[end].text == ",")
            j += j < len(doc) and doc[j].lower_ == "and"
            share = _PARTS_OF_ONE.get((doc[j].lower_, doc[j + 1].lower_)) if j + 1 < len(doc) and j > end and parts == 1 else None
            if share is not None and j + 2 < len(doc) and doc[j + 2].lower_ == "of" and (share != 0.5 or doc[end].text == ","):
                share = None  # 'two years, and a quarter of the budget went on fees': a share of something else
            if share is not None:
                total += share * last  # 'a year and a half', 'an hour and a quarter'
                end, parts = j + 2, parts + 1
                break
            core = self.core(j, False) if j < len(doc) else None
            part = _time_unit(doc, core[1]) if core is not None else None
            step = units.in_base_units(1.0, part[0]) if part is not None else None
            # each part in the next smaller unit: 'hours, minutes and seconds', not '18 months, 3 hours'
            if core is None or part is None or step is None or not last / 61 < step[0] < last:
                break
            total, last, parts = total + core[0] * step[0], step[0], parts + 1
            end = core[1] + part[1]
            if doc[j - 1].lower_ == "and":
                break  # 'and' joins the last part
        if parts == 1:
            return (value, unit), end
        return (total, "seconds"), end

    @staticmethod
    def colon_duration(m: re.Match) -> tuple[float, tuple[tuple[float, float, str], ...]]:
        """'2:21:07' (hours), '70:31' or '1:51.62' (minutes and seconds), '58:51' (minutes and seconds, or hours and
        minutes): seconds, with the other reading as an alternative."""
        a, b = int(m.group(1)), int(m.group(2))
        frac = float(m.group(4) or 0)
        if m.group(3):
            return a * 3600 + b * 60 + int(m.group(3)) + frac, ()
        seconds = a * 60 + b + frac
        if m.group(4):
            return seconds, ()
        other = a * 3600 + b * 60
        return seconds, ((other, other, "seconds"),)


def extract_quantities(doc: Doc, sent_index: dict[int, int]) -> list[Quantity]:
    """Every quantity in the document, with offsets into its text."""
    return _Reader(doc, sent_index).read()


def number_values(doc: Doc) -> set[float]:
    """Every number written in the text, dates and clock times included, in digits or words ('24 of the month's 31
    days'): a candidate number found here is at least written in the reference."""
    out: set[float] = set()
    for tok in doc:
        for piece in re.split(r"[:\-–/]", tok.text.replace(",", "")):
            m = re.match(r"^[-+]?\d+(?:\.\d+)?", piece)
            if m:
                out.add(float(m.group()))
        v = parse_number(tok.lower_) if _number_word(tok) else None
        if v is None and (tok.is_alpha or re.match(r"^\d+(st|nd|rd|th)$", tok.lower_)) and tok.pos_ in ("ADJ", "NUM", "NOUN"):
            v = parse_ordinal(tok.lower_)  # 'her third novel' writes the three of 'her three novels'
        if v is None and tok.i > 0 and doc[tok.i - 1].lower_ in ("a", "an", "another", "one") and tok.lower_ in _words()[1]:
            v = _words()[1][tok.lower_]  # 'still needed another dozen' writes the twelve of 'twelve more'
        if v is not None:
            out.add(float(v))
    text = doc.text.lower()
    for phrase, values in lexicon()["number_idioms"].items():
        if phrase in text:
            out.update(float(v) for v in values)  # 'around the clock' writes the 24 of '24 hours a day'
    return out


def period_lengths(doc: Doc) -> set[float]:
    """The lengths in seconds of the periods a text names without a number: 'the year to June' (a year), 'the first
    quarter', 'the first half', 'on 6 and 7 March' (two days): a length of time in the candidate that equals one of
    them is a period of the reference, counted."""
    from factdiff.analyse.dates import period_parts

    year = units.in_base_units(1.0, "years")[0]
    out: set[float] = set()
    for tok in doc:
        t = _time_unit(doc, tok.i)
        if t is not None:
            out.add(units.in_base_units(1.0, t[0])[0])
    for part in period_parts(doc.text):
        out.add(year / part.parts)
    for ent in doc.ents:
        if ent.label_ == "DATE":
            days = [int(x) for x in re.findall(r"\b\d{1,2}\b", ent.text)]
            if len(days) >= 2 and all(d <= 31 for d in days):  # '6 and 7 March', '6-8 May'
                out.add((max(days) - min(days) + 1) * 86400.0)
    return out
