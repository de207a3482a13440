"""What every source language gives the cross-lingual checks: sentences, numbers, dates and name units, each with its
characters in the source text. `Language` reads any language by script and its digits; the per-language modules add
their number words, date forms and name tokens."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from factdiff.crosslingual.romanise import romanise

# sentence-final punctuation of the scripts factdiff reads; a full stop ends a sentence only before white space
_SENTENCE_END = re.compile(r"(?:[。！？!?…]+|\.(?=\s))[\"'”’」』)）»]*\s*|\n\s*")
_ORDINAL_DOT = re.compile(r"(?:^|\s)\d{1,2}$")  # '3. Mai': a German or Scandinavian ordinal day, not a sentence end
_DIGITS = re.compile(r"\d+(?:[.,'\u00a0\u202f ]\d{3})*(?:[.,]\d+)?")
_WORD = re.compile(r"\w+(?:['’-]\w+)*")
LATIN_WORD = re.compile(r"(?<![A-Za-z])[A-Z][a-z]+(?:-[A-Za-z]+)*")  # a capitalised Latin word inside another script


@dataclass(frozen=True, slots=True)
class SourceSentence:
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class SourceNumber:
    start: int
    end: int
    text: str
    value: float
    sent: int = -1


@dataclass(frozen=True, slots=True)
class SourceDate:
    """A date as its parts; a part the text does not give is None ('May 2023': no day)."""

    start: int
    end: int
    text: str
    year: int | None
    month: int | None
    day: int | None
    sent: int = -1

    def parts(self) -> tuple[int | None, int | None, int | None]:
        return self.year, self.month, self.day


@dataclass(frozen=True, slots=True)
class NameUnit:
    """A word (or a character, in Chinese) that may be part of a name, with its Latin romanisation; `name` when the
    language's analysis says it is a proper noun."""

    start: int
    end: int
    text: str
    latin: str
    name: bool = False
    sent: int = -1


class Language:
    """A source language read by its script alone: digits, dates by dateparser, words romanised by uroman."""

    code = "xx"
    # decimal and thousands separators of the language's numbers: German and Russian write 3,5 and 1.000 / 1 000
    decimal_comma = False
    # whether capital letters mark proper nouns (Latin and Cyrillic scripts, but not in German, where every noun has one)
    capitals_mark_names = False
    joined_script = False  # words are not separated by spaces (Chinese): a name is a run of characters
    names_in_one_unit = False  # a name is one unit of the analysis (Korean's NNP '이재용' for 'Lee Jae-yong')
    prefix_chars = 0  # letters a preposition or article adds to the front of a word (Hebrew: ובנתניהו)

    @property
    def marks_names(self) -> bool:
        """Whether the analysis tells proper nouns (`NameUnit.name`)."""
        return self.capitals_mark_names

    def sentences(self, text: str) -> list[SourceSentence]:
        """Sentences by the script's sentence-final punctuation and line breaks, without surrounding white space."""
        out: list[SourceSentence] = []
        start = 0
        for m in _SENTENCE_END.finditer(text):
            if m.group().startswith(".") and _ORDINAL_DOT.search(text[max(0, m.start() - 3) : m.start()]):
                continue
            self._add(out, text, start, m.end())
            start = m.end()
        self._add(out, text, start, len(text))
        return out

    @staticmethod
    def _add(out: list[SourceSentence], text: str, start: int, end: int) -> None:
        piece = text[start:end]
        stripped = piece.strip()
        if not stripped or not any(ch.isalnum() for ch in stripped):
            return
        s = start + (len(piece) - len(piece.lstrip()))
        out.append(SourceSentence(len(out), s, s + len(stripped), stripped))

    def numbers(self, text: str) -> list[SourceNumber]:
        """Numbers in digits, with the scale word after them where the language has one ('3 Millionen')."""
        out = []
        scales = self.scale_words()
        for m in _DIGITS.finditer(text):
            value = self.digits_value(m.group())
            if value is None:
                continue
            end = m.end()
            word = _WORD.match(text, end + (1 if text[end : end + 1] in " \u00a0" else 0))
            if word and word.group().lower() in scales:
                value *= scales[word.group().lower()]
                end = word.end()
            out.append(SourceNumber(m.start(), end, text[m.start() : end], value))
        for m in _WORD.finditer(text):
            value = self.number_words().get(m.group().lower())
            if value is not None:
                out.append(SourceNumber(m.start(), m.end(), m.group(), float(value)))
        return out

    def digits_value(self, written: str) -> float | None:
        """The value of digits with the language's separators; '1.000' is a thousand in German, '3,5' three and a half."""
        s = re.sub(r"[\u00a0\u202f ']", "", written)
        thousands, decimal = (".", ",") if self.decimal_comma else (",", ".")
        if re.fullmatch(rf"\d{{1,3}}(?:\{thousands}\d{{3}})+", s):
            s = s.replace(thousands, "")
        s = s.replace(thousands, "") if s.count(thousands) > 1 else s
        s = s.replace(decimal, ".")
        try:
            return float(s)
        except ValueError:
            return None

    def scale_words(self) -> dict[str, float]:
        """Scale words ('Millionen': 1e6) from CLDR; the largest (Spanish 'centillón', 10**600) pass a float's range and
        are left out, as no text writes an amount in them."""
        return {k.lower(): float(v) for k, v in _cldr_numbers(self.code).get("BIG_POWERS_OF_TEN", {}).items() if int(v) < 10**300}

    def number_words(self) -> dict[str, int]:
        """Number words of two or more (one is too often an article: 'ein', 'один'), from CLDR by number-parser."""
        data = _cldr_numbers(self.code)
        words: dict[str, int] = {}
        for key in ("UNIT_NUMBERS", "DIRECT_NUMBERS", "TENS"):
            words.update({k.lower(): v for k, v in data.get(key, {}).items() if v >= 2})
        return words

    def dates(self, text: str) -> list[SourceDate]:
        """Dates written with the language's month names (dateparser's tables: 'Mai', 'мая', 'במאי') and a day number
        before or a year after, or all in digits (3.5.2023); a month alone is too vague to compare."""
        out: list[SourceDate] = []
        months = _month_pattern(self.code)
        if months is not None:
            for m in months.finditer(text):
                day, year = m.group("day"), m.group("year")
                if day is None and year is None:
                    continue
                month = _month_number(self.code, m.group("month").lower())
                start = m.start("day") if day else m.start("month")
                end = m.end("year") if year else m.end("month")
                out.append(SourceDate(start, end, text[start:end], int(year) if year else None, month, int(day) if day else None))
        for m in _NUMERIC_DATE.finditer(text):
            d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
            if 1 <= d <= 31 and 1 <= mo <= 12 and not any(x.start < m.end() and m.start() < x.end for x in out):
                out.append(SourceDate(m.start(), m.end(), m.group(), y, mo, d))
        return [d for d in out if d.day is None or 1 <= d.day <= 31]

    def name_units(self, text: str) -> list[NameUnit]:
        """Every word with its romanisation; with capitals marking proper nouns, a capitalised word that does not open
        its sentence is a name."""
        out = []
        for m in _WORD.finditer(text):
            word = m.group()
            if word.isdigit():
                continue
            opens = not text[: m.start()].strip() or text[: m.start()].rstrip()[-1:] in '.!?…:"«„“'
            name = self.capitals_mark_names and word[:1].isupper() and not opens and not word.isupper()
            out.append(NameUnit(m.start(), m.end(), word, romanise(word, self.code), name))
        return out


_NUMERIC_DATE = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.]\d)")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december")


@lru_cache(maxsize=32)
def _month_names(code: str) -> dict[str, int]:
    """The language's month names and abbreviations from dateparser's tables, each with its month."""
    import importlib

    try:
        info = importlib.import_module(f"dateparser.data.date_translation_data.{code}").info
    except ImportError:
        return {}
    return {name.lower().rstrip("."): n for n, month in enumerate(_MONTHS, 1) for name in info.get(month, []) if len(name.rstrip(".")) >= 3}


def _month_number(code: str, written: str) -> int:
    names = _month_names(code)
    return names.get(written) or names[max((n for n in names if written.startswith(n)), key=len)]


@lru_cache(maxsize=32)
def _month_pattern(code: str) -> re.Pattern | None:
    """A day number, a month name (a case ending may follow: 'мая', 'Mai'), a year: each part but the month optional."""
    names = sorted(_month_names(code), key=len, reverse=True)
    if not names:
        return None
    alternatives = "|".join(re.escape(n) for n in names)
    return re.compile(
        rf"(?:(?P<day>(?<!\d)\d{{1,2}})\.?[\s\-\u05be]*)?(?P<month>(?i:{alternatives}))\w*\.?(?:[\s,]+(?P<year>\d{{4}})(?!\d))?"
    )


@lru_cache(maxsize=32)
def _cldr_numbers(code: str) -> dict:
    """number-parser's CLDR tables of a language's number words ({} for a language it has none for)."""
    import importlib

    try:
        return importlib.import_module(f"number_parser.data.{code}").info
    except ImportError:
        return {}


def same_date(a: tuple[int | None, int | None, int | None], b: tuple[int | None, int | None, int | None]) -> bool:
    """Two dates agree where both give a part (year, month, day)."""
    return all(x is None or y is None or x == y for x, y in zip(a, b, strict=True))


def date_parts(low: date, period: str | None, yearless: bool) -> tuple[int | None, int | None, int | None]:
    """An English date's parts at its granularity."""
    year = None if yearless else low.year
    if period == "day":
        return year, low.month, low.day
    if period == "month":
        return year, low.month, None
    if period == "year":
        return year, None, None
    return None, None, None


def marked_dates(text: str, marks: tuple[str, str, str], numeral: str, value) -> list[SourceDate]:
    """Dates written with a mark after each part, as Chinese (2023年5月3日) and Korean (2023년 5월 3일) do; each mark is a
    set of characters (Chinese writes the day with 日 or 号), `numeral` a pattern for one written number and `value`
    reads it."""
    year, month, day = (f"[{re.escape(m)}]" for m in marks)
    pattern = re.compile(rf"(?:({numeral}){year}\s*)?(?:({numeral}){month}\s*(?:({numeral}){day})?)?")
    out = []
    for m in pattern.finditer(text):
        if not m.group() or not (m.group(1) or m.group(2)):
            continue
        parts = [value(g) if g else None for g in m.groups()]
        if any(p is None for p, g in zip(parts, m.groups(), strict=True) if g):
            continue
        y, mo, d = (int(p) if p is not None else None for p in parts)
        if (mo is not None and not 1 <= mo <= 12) or (d is not None and not 1 <= d <= 31) or (y is not None and not 100 <= y <= 2200):
            continue
        end = m.start() + len(m.group().rstrip())
        out.append(SourceDate(m.start(), end, text[m.start() : end], y, mo, d))
    return out
