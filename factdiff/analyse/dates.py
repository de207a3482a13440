"""Dates and periods, normalised with dateparser into intervals where the text allows.

Each DATE/TIME expression is parsed against three reference days. How the result moves with the
reference day tells its kind without a list of patterns: an `absolute` date does not move ('March
3, 2021'), a `yearless` one moves only with the year ('in March'), a `deictic` one moves with the
day ('last year', 'on Monday'). Only dates of the same kind and granularity are compared.
"""

from __future__ import annotations

import calendar
import re
import warnings
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from dateutil.relativedelta import relativedelta
from spacy.tokens import Doc, Span

from factdiff.analyse.knowledge import lexicon
from factdiff.analyse.quantities import parse_number, parse_ordinal

DATE_LABELS = {"DATE", "TIME"}
_BASES = (datetime(2000, 6, 15, 12), datetime(2010, 6, 15, 12), datetime(2000, 9, 20, 12))
BASE_DAY = _BASES[0]  # the day relative dates are read against first: 'last year' is its year minus one
_LEAD = re.compile(
    r"^(at least|at the (?:latest|earliest)|no (?:later|earlier) than|as (?:early|late) as|on|in|during|since|by|until|till|at|of|from|the|"
    r"this past)\s+",
    re.I,
)
# 'this Saturday' is the Saturday a report means by 'on Saturday' (dateparser would take the bare day for the last one)
_THIS_WEEKDAY = re.compile(r"^this\s+(?=(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)", re.I)
_DURATION = re.compile(
    r"^(?:(?:just|only|nearly|almost|about|around|roughly|some|over|under|up to|more than|less than)\s+)?"  # 'just 48 hours'
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|few|many|(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)"
    r"(?:\s+(?:and a half|more|full))?(?:\s+|\s*-\s*)(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|century)s?"
    r"(?:\s*-\s*old)?$",  # 'two days', 'a ten-year extension', 'a 52-year-old'
    re.I,
)
_PER_PERIOD = re.compile(r"^(.+?)\s+(?:a|an|per|each|every|of\s+the|of\s+each|of\s+every)\s+(?:day|week|month|year|season)$", re.I)
MONTHS = frozenset(
    ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")
)  # English names whatever the locale (calendar's follow LC_TIME)
_MONTH_STEMS = frozenset(m[:3] for m in MONTHS)
_DAY_NAMES = frozenset(d.lower() for d in calendar.day_name)  # 'Sept', 'Dec.': a month is named by its first three letters
_SHORT_NUMBER = re.compile(r"^\d{1,3}[.,;:]?$")  # with the full stop the entity may take at the end of a sentence
# 'the year to October', 'the 12 months to July': a period told by its end, compared by that end
_PERIOD_TO = re.compile(
    r"^(?:the\s+)?(?:(?:financial|fiscal|calendar)\s+)?(?P<span>year|(?P<n>\d+|twelve|six|three|nine)\s+months|quarter|half[- ]year)"
    r"\s+(?:to|ending|ended)\s+(?P<end>.+)$",
    re.I,
)
# 'later this year', 'earlier this month': a stretch of the period named, read as the period itself
_LATER = re.compile(r"^(?:later|earlier)\s+(?=(?:this|next|last)\s)", re.I)
# '1 April next year', 'September this year': a day or month of the year named by its distance from the year of writing
_OF_YEAR = re.compile(r"^(?P<head>.+?)\s+(?P<which>this|next|last)\s+year$", re.I)
_YEAR_STEP = {"this": 0, "next": 1, "last": -1}
_THIS_MONTH = re.compile(r"^this\s+(?P<month>[a-z]+\.?)$", re.I)
_NEXT_MONTH = re.compile(r"^(?P<which>next|last)\s+(?P<month>[a-z]+\.?)(?:['’]s)?$", re.I)  # ('next May's')


def range_ends(text: str) -> tuple[str, str] | None:
    """The words of a range's two ends as written ('from 1 June to 15 September' -> '1 June', '15 September'), or None
    for a period that merely has ends ('the year to June 2024')."""
    m = _RANGE.match(text.strip())
    if m is None:
        return None
    return (m.group(1), m.group(2)) if m.group(1) is not None else (m.group(3), m.group(4))


_SHORT_RANGE = re.compile(r"^\d{1,3}\s*[-–]\s*\d{1,3}$")  # 'aged 18-21': two small numbers, an age or a count; no month
_CENTURY = re.compile(r"^(?:(?P<n>\d{1,2})(?:st|nd|rd|th)|(?P<word>[a-z]+(?:-[a-z]+)?))[\s-]+century$", re.I)
_DECADE = re.compile(r"^(\d{3}0)['’]?s$")
_SEASON = re.compile(r"^(\d{4})\s*[-–/]\s*(\d{2}|\d{4})$")
_RANGE = re.compile(r"^(?:between\s+(.+?)\s+and\s+(.+)|from\s+(.+?)\s+(?:to|until|through)\s+(.+))$", re.I)
# days of one month with the month written once: '15 to 19 July', '9 and 10 November', 'July 15-19, 2024'
_DAY_NUMBER = r"(\d{1,2})(?:st|nd|rd|th)?"
_DAY_JOINER = r"\s*(?:-|–|to|and|until|till|through)\s*"
_DAYS_THEN_MONTH = re.compile(rf"^(?:(?:from|between)\s+)?{_DAY_NUMBER}{_DAY_JOINER}{_DAY_NUMBER}\s+([a-z]+\.?)(\s*,?\s*\d{{4}})?$", re.I)
_MONTH_THEN_DAYS = re.compile(rf"^(?:(?:from|between)\s+)?([a-z]+\.?)\s+{_DAY_NUMBER}{_DAY_JOINER}{_DAY_NUMBER}(\s*,?\s*\d{{4}})?$", re.I)
# three days or more listed before the month written once: '14, 15 and 16 November 2025'
_LISTED_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
# (not with the year told in words after it, 'September next year', which the tagger keeps with the month)
_NO_YEAR_WORDS = r"(?![\s,]+(?:of\s+)?(?:this|next|last|the\s+following|the\s+previous|the\s+same)\s+year)"
_DAY_LIST = re.compile(
    rf"\b({_LISTED_DAY}(?:\s*,\s*{_LISTED_DAY})+\s*,?\s+(?:and|&)\s+{_LISTED_DAY})\s+([A-Z][a-z]+\.?)(\s*,?\s*\d{{4}})?{_NO_YEAR_WORDS}"
)
# two days with the month written once after them, which the tagger may cut into a count and a month: 'from 2 to 4
# October', 'between 9 and 10 May'
_DAY_PAIR = re.compile(
    rf"\b(?:(?:from|between)\s+)?{_LISTED_DAY}{_DAY_JOINER}{_LISTED_DAY}\s+[A-Z][a-z]+\.?(?:\s*,?\s*\d{{4}})?{_NO_YEAR_WORDS}"
)


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    text: str
    sent: int
    kind: str | None  # 'absolute' | 'yearless' | 'deictic' | 'year_named' ('1 April next year') | None (not understood)
    period: str | None  # 'day' | 'week' | 'month' | 'year'
    low: date | None  # interval [low, high] against the first reference day
    high: date | None
    base: bool = False  # what a figure is compared with ('up on last year', 'more than in 2023'), not when it happens

    def comparable(self, other: DateMention) -> bool:
        if self.low is None or other.low is None or self.base != other.base:
            return False
        if {self.kind, other.kind} == {"year_named", "yearless"} and self.period == other.period in ("day", "month"):
            return True  # '2 May next year' / '2 June': the day of the year, whichever year
        if self.kind is None or self.kind != other.kind:
            return False
        if self.kind == "deictic" and self.period == other.period == "day" and self.from_now != other.from_now:
            return False  # 'today' / 'on Saturday': which day 'today' is depends on when the text was written
        periods = {"day" if d.days_of_a_month else d.period for d in (self, other)}
        if self.kind in ("yearless", "year_named") and periods <= {"day", "month", "month/part"}:
            return True  # days and months of one year: 'before 31 October' / 'by the end of November', '9 and 10 May'
        # relative dates are only comparable at one granularity: 'last year' vs 'this year', not vs 'in March'
        return self.kind == "absolute" or self.period == other.period

    @property
    def days_of_a_month(self) -> bool:
        """A span of days within one month ('15 to 19 July'): compared like a day with days and months."""
        if self.period != "range" or self.low is None or self.high is None:
            return False
        return self.low.replace(day=1) == self.high.replace(day=1)

    @property
    def from_now(self) -> bool:
        """Named from the day of writing ('today', 'yesterday'), not by the calendar ('on Monday')."""
        return bool(set(re.findall(r"[a-z]+", self.text.lower())) & set(lexicon()["days_from_now"]))

    def same_day_of_year(self, other: DateMention) -> bool:
        """'July 6' agrees with 'July 6, 2020': a year-less date against an absolute one."""
        if self.low is None or other.low is None or {self.kind, other.kind} != {"absolute", "yearless"}:
            return False
        if self.period != other.period or self.period not in ("day", "month"):
            return False
        return (self.low.month, self.low.day) == (other.low.month, other.low.day)

    def agrees(self, other: DateMention) -> bool:
        """Overlapping intervals agree: 'in 2021' and 'in March 2021' do not contradict each other; two ranges agree
        only when they start and end together ('between 2004 and 2017' is not 'between 2014 and 2017')."""
        if {self.kind, other.kind} == {"year_named", "yearless"}:
            days = self.period == "day"
            return (self.low.month, self.low.day if days else 0) == (other.low.month, other.low.day if days else 0)
        if self.kind == other.kind == "yearless" and self.period != other.period:
            # 'before 1 September' / 'by the end of August', 'until 1 March' / 'through February': a deadline's edge is a
            # day either side of the month it closes
            return self.low - timedelta(days=1) <= other.high and other.low - timedelta(days=1) <= self.high
        if self.period == other.period == "range":
            # 'the year to June 2024' / 'between June 2023 and June 2024': the same end, starts a month apart at most,
            # for spans of whole months; spans of days start and end together ('12-19 July' is not '15-19 July')
            months = all(d.low.day == 1 and (d.high + timedelta(days=1)).day == 1 for d in (self, other))
            return self.high == other.high and abs((self.low - other.low).days) <= (31 if months else 0)
        return self.low <= other.high and other.low <= self.high


@lru_cache(maxsize=1)
def _parser():
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en"], settings={"PREFER_DATES_FROM": "current_period", "RETURN_AS_TIMEZONE_AWARE": False})


@lru_cache(maxsize=4096)
def _parse_one(text: str, base_index: int) -> tuple[date, str] | None:
    parser = _parser()
    parser._settings.RELATIVE_BASE = _BASES[base_index]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        data = parser.get_date_data(text)
    if data is None or data.date_obj is None:
        return None
    return data.date_obj.date(), data.period or "day"


def _interval(day: date, period: str) -> tuple[date, date]:
    if period == "year":
        return date(day.year, 1, 1), date(day.year, 12, 31)
    if period == "month":
        nxt = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
        return date(day.year, day.month, 1), nxt - timedelta(days=1)
    if period == "week":
        monday = day - timedelta(days=day.weekday())
        return monday, monday + timedelta(days=6)
    return day, day


@lru_cache(maxsize=1)
def _part_patterns() -> tuple[re.Pattern, re.Pattern]:
    """'the second half of 2025', 'the third quarter of last year', 'Q3 2024'; 'late 2024', 'mid-March', 'the end of
    May'. The names of parts and edges come from lexicon.json."""
    lex = lexicon()
    parts = "|".join(lex["period_parts"])
    edges = "|".join(lex["period_edges"])
    of = r"(?:\s*-\s*|\s+of\s+(?:the\s+)?|\s+)"
    part = re.compile(rf"^(?:the\s+)?(?:(?P<ordinal>[\w-]+)\s+(?P<part>{parts})|q(?P<quarter>[1-4])){of}(?P<rest>.+)$", re.I)
    # ('early in 2026', 'late in the year': the edge said before 'in')
    edge = re.compile(rf"^(?:the\s+)?(?P<edge>{edges})(?:{of}|\s+in\s+)(?P<rest>.+)$", re.I)
    return part, edge


def _part_of_period(t: str) -> tuple[float, float, str] | None:
    """(from, to, the period's text), the share of the period as fractions: 'the second half of 2025' -> (0.5, 1,
    '2025'), 'Q3 2024' -> (0.5, 0.75, '2024'), 'late 2024' -> (0.5, 1, '2024'); None for anything else. Ordinal words
    are read by number_parser ('one third' is a share, not the third third, and is not read)."""
    part, edge = _part_patterns()
    if m := edge.match(t):
        start, end = lexicon()["period_edges"][m["edge"].lower()]
        return float(start), float(end), m["rest"]
    if (m := part.match(t)) is None:
        return None
    if m["quarter"]:
        n, parts = int(m["quarter"]), 4
    else:
        word = m["ordinal"].lower()
        parts = lexicon()["period_parts"][m["part"].lower()]
        if m["part"].lower() == "week" and m["rest"].split()[0] not in MONTHS:
            return None  # a week is a quarter of a month only ('the first week of November', not 'of 2025')
        # 'the latter half', 'the final quarter': the last part
        n = parts if word in ("latter", "last", "final") else parse_ordinal(word)
        if n is None or parse_number(word) is not None or not 1 <= n <= parts:
            return None
    return (n - 1) / parts, n / parts, m["rest"]


def _narrow(low: date, high: date, period: str, start: float, end: float) -> tuple[date, date]:
    """The share [start, end] of [low, high]: in whole months for a year where the share falls on months ('the second
    half' is July to December), else in whole days."""
    if period == "year" and (start * 12).is_integer() and (end * 12).is_integer():
        first = date(low.year, int(start * 12) + 1, 1)
        after = date(low.year + 1, 1, 1) if end == 1 else date(low.year, int(end * 12) + 1, 1)
        return first, after - timedelta(days=1)
    days = (high - low).days + 1
    return low + timedelta(days=int(days * start)), low + timedelta(days=max(int(days * end) - 1, int(days * start)))


_LENGTH = re.compile(
    r"^(?P<n>[\w ,.-]+?)(?:\s+|\s*-\s*)(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|century|centurie)s?"
    r"(?:\s*-\s*old)?$",
    re.I,
)


def _counted_length(t: str) -> bool:
    """A number of units of time in words or digits ('thirty years', 'twenty-one days', '1,000 years')."""
    m = _LENGTH.match(t)
    return m is not None and parse_number(m["n"].replace(",", "")) is not None


_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}  # the month each begins, in the north
_SEASON_WORDS = re.compile(r"^(?:(last|this|next)\s+)?(spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(\d{4}))?$", re.I)


def _season(text: str) -> tuple[str, str, date, date] | None:
    """A season of the year, as the northern calendar has it: 'autumn 2024' (September to November 2024), 'last
    spring' (the last one over by the first reference day), 'in the summer' (June to August of any year). 'Winter 2024'
    may be either winter that touches 2024: both."""
    m = _SEASON_WORDS.match(text)
    if m is None or (m.group(1) and m.group(3)):
        return None
    which, first = (m.group(1) or "").lower(), _SEASONS[m.group(2).lower()]

    def months(year: int) -> tuple[date, date]:
        return date(year, first, 1), date(year, first, 1) + relativedelta(months=3, days=-1)

    if m.group(3):
        year = int(m.group(3))
        if first == 12:
            return "absolute", "season", date(year - 1, 12, 1), months(year)[1]
        return ("absolute", "season", *months(year))
    if not which:
        return ("yearless", "season", *months(BASE_DAY.year))
    if which == "this" and first == 12:
        return None  # the winter that began last December, or the one to come
    today = BASE_DAY.date()
    year = today.year
    starts = [months(y) for y in (year - 2, year - 1, year, year + 1)]
    if which == "last":
        return ("deictic", "season", *max(s for s in starts if s[1] < today))
    if which == "next":
        return ("deictic", "season", *min(s for s in starts if s[0] > today))
    return ("deictic", "season", *months(year))


def _day_lists(doc: Doc) -> list[tuple[Span, tuple]]:
    """Three days or more of one month listed with the month written once ('14, 15 and 16 November 2025'), where they
    follow one another, each with its reading: the days from the first to the last (the tagger cuts such a list into a
    count, a date and a month). A list with gaps ('3, 9 and 17 March') is left to the tagger: no range says it. So are
    two days with the month once ('from 2 to 4 October', '9 and 10 May'), read as `_days_of_one_month` reads them."""
    out = []
    for m in _DAY_LIST.finditer(doc.text):
        if m.group(2).lower().rstrip(".") not in _MONTH_NAMES:
            continue
        days = [int(d) for d in re.findall(r"\d{1,2}", m.group(1))]
        if days != list(range(days[0], days[0] + len(days))):
            continue
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        reading = normalise(f"{days[0]} to {days[-1]} {m.group(2)}{m.group(3) or ''}")
        if span is not None and reading[1] == "range":
            out.append((span, reading))
    taken = {i for span, _ in out for i in range(span.start, span.end)}
    for m in _DAY_PAIR.finditer(doc.text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        reading = _days_of_one_month(m.group(0))
        if span is not None and reading is not None and not taken & set(range(span.start, span.end)):
            out.append((span, reading))
    return out


def _days_of_one_month(text: str) -> tuple[str, str, date, date] | None:
    """'15 to 19 July', '9 and 10 November', 'July 15-19, 2024': the days from the first to the last of one month
    named once (dateparser would read '15-19 July' as 15 July 2019)."""
    m = _DAYS_THEN_MONTH.match(text)
    if m:
        first, last, month, year = m.group(1), m.group(2), m.group(3), m.group(4) or ""
    else:
        m = _MONTH_THEN_DAYS.match(text)
        if m is None:
            return None
        month, first, last, year = m.group(1), m.group(2), m.group(3), m.group(4) or ""
    if month.lower().rstrip(".") not in _MONTH_NAMES:
        return None
    if re.search(r"\band\b", text, re.I) and not text.lower().startswith("between") and int(last) != int(first) + 1:
        return None  # 'on 3 and 17 March': two days, not the days between them ('9 and 10 November' is both)
    a, b = normalise(f"{first} {month}{year}"), normalise(f"{last} {month}{year}")
    if a[0] is None or a[0] != b[0] or a[2] is None or b[3] is None or a[2] > b[3]:
        return None
    return a[0], "range", a[2], b[3]


_MONTH_NAMES = frozenset(m.lower() for m in MONTHS | _MONTH_STEMS) | {"sept"}  # a month in full or by its stem


def _how_often(text: str) -> bool:
    """A count said of each period: a number ('upwards of ten'), 'N times', 'once', 'twice'."""
    words = text.lower().split()
    if not words:
        return False
    if words[-1] in ("once", "twice", "thrice") or (words[-1] == "times" and len(words) > 1):
        return True
    return parse_number(words[-1]) is not None


def normalise(text: str) -> tuple[str | None, str | None, date | None, date | None]:
    """(kind, period, low, high) of a date expression; (None, ...) when it cannot be normalised."""
    t = text.strip()
    days = _days_of_one_month(t)
    if days is not None:
        return days
    joined = _MONTH_TO_MONTH.match(t)
    if joined is not None:
        t = f"from {joined[1]} to {joined[2]}"  # 'May-to-September', 'July-September next year': a range of months
    if not _RANGE.match(t):  # 'from March 2023 to January 2024' is a range, not 'March 2023 to ...'
        t = _LATER.sub("", _THIS_WEEKDAY.sub("", _LEAD.sub("", _LEAD.sub("", t))))
    per = _PER_PERIOD.match(t)
    if per is not None and (_DURATION.match(per.group(1)) or _counted_length(per.group(1))):
        return None, None, None, None  # 'three months a year', 'ten days of the month': a length in each period
    if per is not None and _how_often(per.group(1)):
        return None, None, None, None  # 'ten a month', 'three times a year': how often, not when
    if _DURATION.match(t) or _counted_length(t):
        return None, None, None, None  # 'two days', 'thirty years' are lengths of time, not dates
    if _SHORT_NUMBER.match(t) or _SHORT_RANGE.match(t):
        return None, None, None, None  # '51' tagged as a date is an age or a count; a year has four digits
    to = _PERIOD_TO.match(t)
    if to:  # the months that end with the month named: 'the three months to September' is July to September
        kind, period, low, high = normalise(to.group("end"))
        if kind is None or period != "month" or high is None:
            return None, None, None, None
        span = to.group("span").lower()
        months = 12 if span == "year" else 3 if span == "quarter" else 6 if span.startswith("half") else None
        months = months or int(parse_number(to.group("n")) or 0)
        if not months:
            return None, None, None, None
        return kind, "range", high.replace(day=1) - relativedelta(months=months - 1), high
    part = _part_of_period(t)
    if part is not None:
        start, end, rest = part
        kind, period, low, high = normalise(rest)
        if kind is None or low is None or high is None or period not in ("decade", "century", "year", "month", "week", "season"):
            return None, None, None, None
        return (kind, f"{period}/part", *_narrow(low, high, period, start, end))
    season = _SEASON.match(t)
    if season:  # '2023-24', '2023/2024': a season of two years
        first, last = int(season.group(1)), int(season.group(2))
        last = last if last >= 100 else first // 100 * 100 + last
        if first < last <= first + 1:
            return "absolute", "range", date(first, 1, 1), date(last, 12, 31)
    m = _RANGE.match(t)
    if m:
        a, b = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        first, last = normalise(a), normalise(b)
        if first[0] == "yearless" and last[0] in ("absolute", "year_named") and last[1] in ("day", "month"):
            # the year written once, at the end, is both ends' ('from 1 April to 30 September 2025', '... next year')
            of_year = _OF_YEAR.match(b.strip())
            first = normalise(f"{a} {of_year['which']} year" if of_year else f"{a} {last[2].year}")
        if first[0] and first[0] == last[0] and first[2] and last[3] and first[2] <= last[3]:
            return first[0], "range", first[2], last[3]
        return None, None, None, None
    this_month = _THIS_MONTH.match(t)
    if this_month and this_month["month"].lower().rstrip(".") in _MONTH_NAMES:
        t = f"{this_month['month']} this year"  # 'this July': the July of the year it is said in
    next_month = _NEXT_MONTH.match(t)
    if next_month and next_month["month"].lower().rstrip(".") in _MONTH_NAMES:
        # 'next April', 'last March': compared as 'April next year' is, with dates given the same way (which year it
        # falls in depends on the day it is said)
        t = f"{next_month['month']} {next_month['which'].lower()} year"
    of_year = _OF_YEAR.match(t)
    if of_year and not _OF_YEAR.match(of_year["head"]):
        # a year-less day or month moved to the year named, of a kind of its own, so that it is compared only with
        # dates given the same way ('1 April next year' / '1 April this year'), not with the bare '1 April' nor with
        # a weekday
        kind, period, low, high = normalise(of_year["head"])
        if kind != "yearless" or low is None or high is None or period not in ("day", "month"):
            return None, None, None, None
        step = relativedelta(years=_YEAR_STEP[of_year["which"].lower()])
        return "year_named", period, low + step, high + step
    season = _season(t)
    if season is not None:
        return season
    century = _CENTURY.match(t)
    count, _, rest = t.partition(" ")
    if century is None and rest and parse_number(count) is not None:
        century = _CENTURY.match(rest)  # 'two 17th-century paintings': the count of things is no part of the date
    n = (int(century["n"]) if century["n"] else parse_ordinal(century["word"].lower())) if century else None
    if n is not None and 1 <= n <= 21:
        # 'the 14th century', '17th-century': its hundred years, counted as people say them ('the 1300s')
        return "absolute", "century", date(max(1, (n - 1) * 100), 1, 1), date((n - 1) * 100 + 99, 12, 31)
    decade = _DECADE.match(t)
    if decade:  # 'the 1990s' (dateparser reads nothing there); 'the 1800s' is the century, 'the 2000s' the decade
        first = int(decade.group(1))
        span = 100 if first % 100 == 0 and first < 2000 else 10
        return "absolute", "decade" if span == 10 else "century", date(first, 1, 1), date(first + span - 1, 12, 31)
    weekend = _WEEKEND.match(text.strip())
    if weekend:  # 'this weekend', 'next weekend': the Saturday and Sunday of that week (dateparser reads none)
        which = " ".join(weekend["which"].lower().split())
        kind, _, _, sunday = normalise(f"{'last' if which == 'this past' else which.split()[0]} week")
        if sunday is None:
            return None, None, None, None
        # ('this coming weekend' may be either of the next two, as people say it: both)
        until = sunday + timedelta(days=7) if which == "this coming" else sunday
        return kind, "week/part", sunday - timedelta(days=1), until
    results = [_parse_one(t, i) for i in range(len(_BASES))]
    if any(r is None for r in results):
        return None, None, None, None
    period = results[0][1]
    said_now = re.search(r"\b(?:today|this|current)\b", t, re.I)  # 'this year' is the reference day's year
    if all(day == base.date() for (day, _), base in zip(results, _BASES, strict=False)) and not said_now:
        return None, None, None, None  # dateparser falls back to the reference day for what it cannot read
    (lo0, hi0), (lo1, _), (lo2, _) = (_interval(day, p) for day, p in results)
    if lo0 != lo2:
        kind = "deictic"
    elif lo0 != lo1:
        kind = "yearless" if (lo0.month, lo0.day) == (lo1.month, lo1.day) else "deictic"
    else:
        kind = "absolute"
    return kind, period, lo0, hi0


_WEEKEND = re.compile(r"^(?P<which>this\s+coming|this\s+past|this|next|last)\s+weekend$", re.I)
_TIME_UNITS = {"day": "days", "days": "days", "week": "weeks", "weeks": "weeks", "month": "months", "months": "months",
               "year": "years", "years": "years"}  # fmt: skip
_ORDINAL = re.compile(r"^\d{1,3}(?:st|nd|rd|th)$", re.I)
_LENGTH_WORDS = frozenset({"years", "months", "weeks", "days", "decades", "centuries"})
_FROM_NOW_WORDS = frozenset({"next", "last", "this", "on", "in", "from"})
_COUNTING = {"later": 1, "after": 1, "afterwards": 1, "earlier": -1, "before": -1, "previously": -1}
COUNTING_WORDS = frozenset(_COUNTING)
COUNTED_AGAINST = re.compile(r"\b(?:days?|weeks?|fortnights?|months?|years?)\s+(?:later|earlier|sooner)\s+than\b", re.I)


def counted_days(document, within: tuple[int, int] | None = None, plans: bool = True) -> list[date]:
    """Days a text gives by counting from a day it names ('on 9 January ... eight days later', 'a week earlier'), or
    years from a year ('in 2018 ... four years later'): each whole length of time followed by 'later' or 'earlier'
    (`within` these characters), from each day (year) the text names (a `Document`); for 'two weeks later than
    planned', the planned day, counted back (not with `plans=False`)."""
    days = [r.low for r in document.dates if r.period == "day" and r.low is not None and r.kind in ("absolute", "yearless")]
    # a year counts on in years: 'elected in 2018 and re-elected four years later' is 2022
    years = [r.low for r in document.dates if r.period == "year" and r.low is not None and r.kind == "absolute"]
    if not days and not years:
        return []
    doc, out = document.doc, []
    for q in document.quantities:
        unit = _TIME_UNITS.get(q.unit)
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if unit is None or span is None or q.low != q.high or span.end >= len(doc) or not float(q.low).is_integer():
            continue
        if within is not None and not (within[0] <= q.start and q.end <= within[1]):
            continue
        sign = _COUNTING.get(doc[span.end].lower_)
        if sign is not None and span.end + 1 < len(doc) and doc[span.end + 1].lower_ == "than":
            # 'on 9 November, two weeks later than planned': the day named is the count from the plan, which is the day
            # counted back ('originally due on 26 October')
            out += [day - relativedelta(**{unit: sign * int(q.low)}) for day in days] if plans else []
            continue
        if sign is not None:
            out += [day + relativedelta(**{unit: sign * int(q.low)}) for day in days + (years if unit == "years" else [])]
    return out


_NEXT_YEAR = re.compile(r"\b(?:the|a)\s+(?:(previous|preceding|prior|following|next)\s+year|year\s+(before|earlier|after|later))\b", re.I)


def counted_years(document) -> set[int]:
    """Years a text gives by stepping from a year in the same sentence: 'in 2023, up from 45 the previous year' gives
    2022, 'the year after' 2024."""
    out: set[int] = set()
    for sent in document.sentences:
        years = [d.low.year for d in document.dates if d.sent == sent.index and d.period == "year" and d.kind == "absolute" and d.low]
        for m in _NEXT_YEAR.finditer(sent.text) if years else ():
            step = -1 if (m.group(1) or m.group(2)).lower() in ("previous", "preceding", "prior", "before", "earlier") else 1
            out.update(y + step for y in years)
    return out


def counted(d: DateMention, days: list[date]) -> bool:
    """The date is one of `days` (by month and day where it names no year; a year by its year)."""
    if d.period == "year" and d.kind == "absolute" and d.low is not None:
        return any(c.year == d.low.year for c in days)
    if d.period != "day" or d.low is None:
        return False
    if d.kind == "yearless":
        return any((c.month, c.day) == (d.low.month, d.low.day) for c in days)
    return d.kind == "absolute" and d.low in days


def moved_from(doc: Doc, i: int) -> bool:
    """Token i follows a 'from' that hangs on a verb of moving or rescheduling ('matches will move from Saturday to
    Sunday', 'postponed from May to July'; lexicon `departure_predicates` and the schedule words of
    `event_alternatives`): what follows is the date it was, and a 'to' after it the date it will be, not a range."""
    if i == 0 or doc[i - 1].lower_ != "from":
        return False
    verb = doc[i - 1].head
    lex = lexicon()
    moving = set(lex["departure_predicates"]) | set(lex["event_alternatives"]["schedule"][0])
    particles = [c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod") and c.lower_ in ("back", "forward", "off", "out")]
    names = {verb.lemma_.lower()} | {f"{verb.lemma_.lower()} {p}" for p in particles}  # 'pushed back'
    return verb.pos_ == "VERB" and bool(names & moving)


def _moved_between(doc: Doc, start: int, end: int) -> tuple[Span, Span] | None:
    """'from X to Y' after a verb of moving (`moved_from`): the two dates, read apart."""
    first = start + 1 if doc[start].lower_ == "from" else start
    if first - 1 not in (start, start - 1) or not moved_from(doc, first):
        return None
    to = next((t.i for t in doc[first:end] if t.lower_ in ("to", "until")), None)
    if to is None or to == first or to + 1 >= end:
        return None
    return doc[first:to], doc[to + 1 : end]


def extract_dates(doc: Doc, sent_index: dict[int, int]) -> list[DateMention]:
    out = []
    lists = _day_lists(doc)
    listed = {i for span, _ in lists for i in range(span.start, span.end)}
    for span, reading in lists:
        out.append(DateMention(span.start_char, span.end_char, span.text, sent_index[span.start], *reading))
    ents = [e for e in doc.ents if e.label_ in DATE_LABELS]
    edges = lexicon()["period_edges"]
    skip = set()
    for n, ent in enumerate(ents):
        if n in skip or any(i in listed for i in range(ent.start, ent.end)):
            continue
        start, end = ent.start, ent.end
        # 'between January and March' often comes as one DATE entity; a leading 'between' may be outside it
        if start > 0 and doc[start - 1].lower_ in ("between", "from") and any(t.lower_ in ("and", "to") for t in ent):
            start -= 1
        # 'this year's harvest', which the tagger may read as 'year' alone: the word that says which year is the date's
        if start > 0 and doc[start - 1].lower_ in ("this", "last", "next") and start <= doc[start - 1].head.i < end:
            start -= 1
        # 'early in 2026', 'late in the year': the tagger leaves the edge and its 'in' outside the date
        if start > 1 and doc[start - 1].lower_ == "in" and doc[start - 2].lower_ in edges and doc[start - 2].pos_ in ("ADV", "ADJ"):
            start -= 2
        # or as two: 'between March 2022 and January 2024', 'from May to July' read as one range
        nxt = ents[n + 1] if n + 1 < len(ents) else None
        joined = nxt is not None and nxt.start == end + 1 and doc[end].lower_ in ("and", "to", "until")
        if joined and start > 0 and (doc[start - 1].lower_, doc[end].lower_) in (("between", "and"), ("from", "to"), ("from", "until")):
            both = doc[start - 1 : nxt.end]
            if normalise(both.text)[0] is not None:  # read as a range, or left as two dates
                start, end = both.start, both.end
                skip.add(n + 1)
        # or with the year named apart ('from 1 May to 31 August' / 'next year'): one date of that year
        if nxt is not None and n + 1 not in skip and nxt.start == end and _OF_YEAR.match(f"x {nxt.text}"):
            both = doc[start : nxt.end]
            if normalise(both.text)[0] == "year_named":
                end = both.end
                skip.add(n + 1)
        # or cut at 'of' ('the last week' / 'October'): the part of the month, where the two read as one date
        if nxt is not None and n + 1 not in skip and nxt.start == end + 1 and doc[end].lower_ == "of" and doc[nxt.start].text in MONTHS:
            both = doc[start : nxt.end]
            if _part_of_period(both.text) is not None and normalise(both.text)[0] is not None:
                end = both.end
                skip.add(n + 1)
        # or cut before the far end's day, left outside both ('from 1 March to' / '30' / 'September next year')
        gap = doc[end : nxt.start] if nxt is not None and 0 < nxt.start - end <= 2 else None
        if gap is not None and all(t.like_num or t.lower_ in ("and", "to", "until") for t in gap):
            first = start - 1 if start > 0 and doc[start - 1].lower_ in ("between", "from") else start
            both = doc[first : nxt.end]
            if _RANGE.match(both.text) and normalise(both.text)[1] == "range":
                start, end = both.start, both.end
                skip.add(n + 1)
        # 'a wet July', 'a record August': the month described, not the first day that dateparser reads into 'a'
        if end - start > 1 and doc[start].lower_ in ("a", "an") and doc[end - 1].text in MONTHS:
            start += 1
            while start < end - 1 and doc[start].pos_ in ("ADJ", "NOUN") and doc[start].lower_ not in edges:
                start += 1
        if end - start > 2 and doc[start].like_num and doc[start + 1].lower_ in _LENGTH_WORDS and doc[start + 2].lower_ in _FROM_NOW_WORDS:
            start += 2  # 'will mark 150 years next month': a length of time, then the date
        elif end - start > 4 and doc[start].like_num and doc[start + 1].lower_ in _LENGTH_WORDS and doc[end - 1].lower_ == "ago":
            # (a figure compared with: 'up from 18 weeks two years ago'; not one length, '3 years 6 months ago')
            compared = start > 0 and doc[start - 1].lower_ in ("from", "of", "to", "than", "with", "against", "at")
            if compared and normalise(doc[start + 2 : end].text)[0] is not None:
                start += 2  # 'up from 18 weeks two years ago': a length of time, then the date counted back
        if end - start > 2 and doc[start].like_num and doc[start + 1].lower_ == "the":
            start += 1  # 'compared with 52 the year before': a count, then the date
        month = any(t.text[:3] in _MONTH_STEMS for t in doc[start:end] if t.text[:1].isupper())
        if end - start > 1 and doc[start].like_num and doc[start + 1].lower_.rstrip("s") in _DAY_NAMES and not month:
            start += 1  # '18 Friday and Saturday screenings': a count of the things, no day of a month before a weekday
        # 'the bats' May-to-September season': one range, which the tagger cuts into two months, or to its far end
        # with the near month left untagged
        link = doc[end : nxt.start] if nxt is not None and n + 1 not in skip and 0 < nxt.start - end <= 3 else None
        if link is not None and all(t.text in ("-", "–", "to") for t in link) and doc[end - 1].text in MONTHS:
            if nxt.end - nxt.start == 1 and nxt.text in MONTHS:
                end = nxt.end
                skip.add(n + 1)
                after = ents[n + 2] if n + 2 < len(ents) else None
                if after is not None and after.start == end and _OF_YEAR.match(f"x {after.text}"):
                    end = after.end  # 'July-September next year': the year named after the range is both months'
                    skip.add(n + 2)
        back = start
        while back > 0 and start - back < 3 and doc[back - 1].text in ("-", "–", "to"):
            back -= 1
        if back < start and back > 0 and doc[back - 1].text in MONTHS and doc[start].text in MONTHS:
            start = back - 1
        day = doc[start - 1] if start > 0 else None
        if day is not None and doc[start].text in MONTHS and re.fullmatch(r"[1-9]|[12]\d|3[01]", day.text) and not day.ent_type_:
            start -= 1  # 'no later than 10 December' tagged as two dates, the day left out of the month's
        moved = _moved_between(doc, start, end)
        if moved is not None:
            # 'will move from Saturday to Sunday': the day it was and the day it will be, two dates, not a range
            for part in moved:
                kind, period, low, high = normalise(part.text)
                out.append(DateMention(part.start_char, part.end_char, part.text, sent_index[part.start], kind, period, low, high))
            continue
        to = next((t.i for t in doc[start + 1 : end - 1] if t.lower_ in ("to", "until")), None)
        if to is not None and _counted_length(re.sub(r"^an?\s", "one ", doc[start:to].text, flags=re.I)):
            if normalise(doc[start:end].text)[0] is None:
                start = to + 1  # 'pushed back by a year to September 2026': a length, then the date it comes to
        span = doc[start:end]
        kind, period, low, high = normalise(span.text)
        named = any(t.text[:3] in _MONTH_STEMS for t in span if t.text[:1].isupper())
        if kind == "yearless" and period in ("day", "month", "month/part") and not named:
            # '9 and' of '9 and 10 May', 'two three-year': numbers the parser took for a month or a day of one
            kind = period = low = high = None
        ordinal = any(_ORDINAL.match(t.text) for t in span)
        if kind is not None and ordinal and all(t.lower_ == "the" or t.tag_ == "JJ" or t.like_num for t in span) and end < len(doc):
            if doc[end].pos_ == "NOUN":
                continue  # 'the 27th festival', 'the 3rd round': a count of editions or stages, no day of a month
        comma = next((t.i for t in span if t.text == ","), None)
        if kind is None and comma is not None and comma > start and doc[end - 1].lower_ in _COUNTING:
            # '9 November, two weeks later': the tagger joined a date and a count after it; each read alone
            for part in (doc[start:comma], doc[comma + 1 : end]):
                if len(part):
                    kind, period, low, high = normalise(part.text)
                    out.append(DateMention(part.start_char, part.end_char, part.text, sent_index[part.start], kind, period, low, high))
            continue
        if kind is None and comma is not None and comma > start and normalise(doc[start:comma].text)[0] is not None:
            # 'on 30 July, ending 71 years of broadcasting': a date the tagger ran on past its comma into a clause;
            # the date alone, and what follows only where it is one too
            for part in (doc[start:comma], doc[comma + 1 : end]):
                reading = normalise(part.text) if len(part) else (None,)
                if part.start == start or reading[0] is not None:
                    out.append(DateMention(part.start_char, part.end_char, part.text, sent_index[part.start], *reading))
            continue
        if kind is None and end - start > 2 and doc[start + 1].lower_ == "than" and doc[start].tag_ in ("JJR", "RBR"):
            # 'roughly 20 percent more than last year': the tagger took the comparison's words with the date
            span = doc[start + 2 : end]
            kind, period, low, high = normalise(span.text)
        last = doc[end - 1]
        if kind is None and end - start > 2 and re.fullmatch(r"1\d{3}|20\d{2}", last.text) and doc[end - 2].pos_ in ("ADP", "SCONJ"):
            # 'than in any year since 1997': the year the tagger took with words dateparser cannot read
            span = doc[end - 1 : end]
            kind, period, low, high = normalise(span.text)
        # 'up on last year': the year a figure is compared with, not when it happens
        base = period == "year" and _comparison_base(doc, span.start)
        out.append(DateMention(span.start_char, span.end_char, span.text, sent_index[span.start], kind, period, low, high, base))
    covered = {i for e in ents for i in range(e.start, e.end)}
    out += _untagged_days(doc, sent_index, {i for d in out for i in range(d.start, d.end)})
    out += _untagged_year_spans(doc, sent_index, {i for d in out for i in range(d.start, d.end)})
    for tok in doc:
        season = _season_word(tok)
        if season is not None and tok.i not in covered:
            kind, period, low, high = normalise(season.text)
            if kind is not None:
                out.append(DateMention(season.start_char, season.end_char, season.text, sent_index[season.start], kind, period, low, high))
    return _anchored(sorted(out, key=lambda d: d.start))


_MONTH_ALTERNATION = "|".join(sorted(MONTHS))
_MONTH_TO_MONTH = re.compile(rf"^({_MONTH_ALTERNATION})\s*(?:-\s*to\s*-|-|–|to)\s*({_MONTH_ALTERNATION}(?:\s+.+)?)$")
_DAY_OF_MONTH = re.compile(
    rf"\b(?:(?:\d{{1,2}}(?:st|nd|rd|th)?\s*(?:,|and|or|to|-|–)\s*)*\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH_ALTERNATION})|(?:{_MONTH_ALTERNATION})\s+\d{{1,2}}(?:st|nd|rd|th)?)(?:,?\s+\d{{4}})?\b(?!\s*%)"
)


_YEAR_SPAN = re.compile(r"(?<![\d.,$£€])(?:1[89]|20)\d{2}\s*[-–/]\s*(?:\d{2}|(?:1[89]|20)\d{2})\b(?![-–/.,]?\d)")


def _untagged_year_spans(doc: Doc, sent_index: dict[int, int], taken: set[int]) -> list[DateMention]:
    """Two years written as one span ('2023–24', '2019/20') that the tagger left out of its dates: read as the two
    years, as a season is."""
    return _untagged(doc, sent_index, taken, _YEAR_SPAN, lambda kind, period: kind == "absolute" and period == "range")


def _untagged(doc: Doc, sent_index: dict[int, int], taken: set[int], pattern: re.Pattern, wanted) -> list[DateMention]:
    """The dates a pattern finds outside the characters already taken, each read by `normalise` and kept where
    `wanted(kind, period)`."""
    out = []
    for m in pattern.finditer(doc.text):
        if any(i in taken for i in range(m.start(), m.end())):
            continue
        span = doc.char_span(m.start(), m.end(), alignment_mode="strict")
        if span is None:
            continue
        kind, period, low, high = normalise(span.text)
        if wanted(kind, period):
            out.append(DateMention(span.start_char, span.end_char, span.text, sent_index[span.start], kind, period, low, high))
    return out


def _comparison_base(doc: Doc, start: int) -> bool:
    """The date is what a figure is compared with: right after 'than', 'up on', 'down on' or 'compared with'."""
    before = [t.lower_ for t in doc[max(0, start - 2) : start]]
    return before[-1:] == ["than"] or before in (["up", "on"], ["down", "on"], ["compared", "with"], ["compared", "to"])


def _untagged_days(doc: Doc, sent_index: dict[int, int], taken: set[int]) -> list[DateMention]:
    """Days of a month written out ('15 March', 'March 15, 2026') that the tagger left out of its dates ('must be
    submitted no later than 15 March'); days listed before the month ('14 and 16 November') are read whole, and left
    alone where the tagger took part of them."""
    return _untagged(doc, sent_index, taken, _DAY_OF_MONTH, lambda kind, period: kind is not None and period == "day")


_THAT_YEAR = re.compile(
    r"^(?:(?:later|earlier)\s+(?:in\s+)?)?(?:in\s+)?(?:that|the\s+same|that\s+same)\s+year$"
    r"|^(?:the|a)\s+(?:(?P<step>previous|preceding|prior|following|next)\s+year|year\s+(?P<after>before|earlier|after|later))$",
    re.I,
)


def _anchored(dates: list[DateMention]) -> list[DateMention]:
    """A year named by the year of a date before it ('until March 2026 ... later that year', '... the following
    year'): the year of the nearest date with one, in the same sentence or the one before; left unread without one."""
    out: list[DateMention] = []
    for d in dates:
        m = _THAT_YEAR.match(d.text.strip()) if d.kind is None else None
        anchor = out[-1] if out else None  # the nearest date, whatever it is ('last year ... the year before': unread)
        if m is None or anchor is None or anchor.kind != "absolute" or anchor.low is None or anchor.high is None:
            out.append(d)
            continue
        if anchor.low.year != anchor.high.year or not 0 <= d.sent - anchor.sent <= 1:
            out.append(d)
            continue
        word = (m.group("step") or m.group("after") or "").lower()
        year = anchor.low.year + (-1 if word in ("previous", "preceding", "prior", "before", "earlier") else 1 if word else 0)
        out.append(DateMention(d.start, d.end, d.text, d.sent, "absolute", "year", date(year, 1, 1), date(year, 12, 31)))
    return out


_SEASON_PREPS = {"in", "by", "until", "till", "during", "over", "through", "before", "after", "from", "since", "throughout"}


def _season_word(tok) -> Span | None:
    """A season the tagger left out of its dates: 'in the autumn', 'by next spring', 'last winter' (a noun after a
    preposition of time, or after 'this', 'last' or 'next'; not 'summer months', 'a hot spring'): its words, less 'the'."""
    if tok.lower_ not in _SEASONS or tok.pos_ != "NOUN":
        return None
    which = [c for c in tok.children if c.lower_ in ("this", "last", "next")]
    if which and which[0].i == tok.i - 1:
        return tok.doc[tok.i - 1 : tok.i + 1]
    if tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("every", "each") and tok.doc[tok.i - 1].head == tok:
        return tok.doc[tok.i : tok.i + 1]  # 'held every winter': the season of any year
    if tok.dep_ == "pobj" and tok.head.lower_ in _SEASON_PREPS and all(c.lower_ == "the" and c.i == tok.i - 1 for c in tok.children):
        return tok.doc[tok.i : tok.i + 1]
    return None


# ---------------------------------------------------------------------------------------------------------------
# times of day and parts of a period named without their year

_CLOCK_TOKEN = re.compile(r"^(\d{1,2})(?:[:.](\d{2}))?(a\.?m\.?|p\.?m\.?)$", re.I)
_COLON_TIME = re.compile(r"^(\d{1,2})[:.](\d{2})$")  # '8:15', and '7.30' where a mark follows (quantities.is_clock)
_PART_MENTION = re.compile(
    r"\b(?:(?P<ordinal>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?P<part>quarter|half)|(?P<letter>[QH])(?P<n>[1-4]))\b", re.I
)


@dataclass(frozen=True, slots=True)
class ClockTime:
    """A time of day with the minutes after midnight it may mean: '3:30 p.m.' -> {930}; '7' in 'between 7 and 11'
    without a mark -> {420, 1140}."""

    start: int
    end: int
    text: str
    minutes: frozenset[int]


def _day_part(doc: Doc, i: int) -> tuple[int, int] | None:
    """The part of the day named within four tokens after i ('in the morning', 'on Wednesday evening'): its hours."""
    parts = lexicon()["clock_day_parts"]
    for tok in doc[i : i + 4]:
        if tok.lower_ in parts:
            lo, hi = parts[tok.lower_]
            return lo, hi
        if tok.is_punct:
            break
    return None


def _readings(hour: int, minute: int, mark: str | None, part: tuple[int, int] | None, padded: bool = False) -> frozenset[int]:
    """The minutes after midnight a time may mean; `padded`: its hour written with a leading zero ('03:40'), the
    24-hour clock's way, so the morning's."""
    if mark == "am":
        hours = {hour % 12}
    elif mark == "pm":
        hours = {hour % 12 + 12}
    elif hour > 12 or hour == 0 or padded:
        hours = {hour % 24}
    else:
        hours = {hour % 12, hour % 12 + 12}
        if part is not None:
            hours = {h for h in hours if part[0] <= h < part[1]} or hours
    return frozenset(h * 60 + minute for h in hours)


_CLOCK_IN_TEXT = re.compile(r"\b(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?m\b\.?|\b(\d{1,2})[:](\d{2})\b", re.I)


def clock_minutes(text: str) -> frozenset[int]:
    """The minutes after midnight that the clock times written in `text` may mean ('7.40pm', '19:40' -> {1180})."""
    out: set[int] = set()
    for m in _CLOCK_IN_TEXT.finditer(text):
        if m.group(1):
            hour, minute, mark = int(m.group(1)), int(m.group(2) or 0), m.group(3).lower() + "m"
        else:
            hour, minute, mark = int(m.group(4)), int(m.group(5)), None
        if hour <= 24 and minute < 60:
            out |= _readings(hour, minute, mark, None, padded=mark is None and m.group(4).startswith("0"))
    return frozenset(out)


def _hours_range(tok) -> bool:
    """'from 3 to 6', '3 to 6 p.m.' in figures: a range of hours, not three minutes to six ('at 10 to 6')."""
    doc = tok.doc
    if not tok.is_digit or tok.nbor().lower_ != "to":
        return False
    after = doc[tok.i + 3].lower_ if tok.i + 3 < len(doc) else ""
    return (tok.i > 0 and doc[tok.i - 1].lower_ in ("from", "between")) or after in lexicon()["clock_suffixes"]


def _words_clock(doc: Doc, i: int) -> bool:
    from factdiff.analyse.quantities import is_clock

    return is_clock(doc, i) and not _hours_range(doc[i])


def clock_times(doc: Doc) -> list[ClockTime]:
    """Times of day written in the text: '3:30 p.m.', '21:14 GMT', '9 a.m.', "9 o'clock", 'noon', 'a quarter past
    six', 'twenty to ten in the morning', and the hours of 'between 7 and 11 in the morning'."""
    from factdiff.analyse.quantities import _number_value, is_clock

    lex = lexicon()
    marks = lex["clock_suffixes"]
    out: list[ClockTime] = []
    i = 0
    while i < len(doc):
        tok = doc[i]
        end, hour, minute, mark = i + 1, None, 0, None
        padded = False
        m = _CLOCK_TOKEN.match(tok.text)
        if tok.lower_ in lex["clock_words"]:
            value = lex["clock_words"][tok.lower_]
            out.append(ClockTime(tok.idx, tok.idx + len(tok.text), tok.text, frozenset({value})))
            i += 1
            continue
        if m:
            hour, minute = int(m.group(1)), int(m.group(2) or 0)
            mark = "am" if m.group(3).lower().startswith("a") else "pm"
        elif i + 2 < len(doc) and doc[i + 1].lower_ in ("past", "to") and ":" not in tok.text and _words_clock(doc, i):
            # minutes to the hour in words ('twenty to ten'); in figures, 'from 3 to 6 p.m.' is a range of hours, and '10:00 to
            # 16:30' one of times
            h = _number_value(doc[i + 2])
            mins = _number_value(tok) if tok.like_num else (15 if tok.lower_ == "quarter" else 30)
            named = lex["clock_words"].get(doc[i + 2].lower_)
            if named is not None and mins is not None:  # 'a quarter to midnight', 'half past noon': one time exactly
                start = i - 1 if i and doc[i - 1].lower_ == "a" else i
                value = (named + (int(mins) if doc[i + 1].lower_ == "past" else -int(mins))) % 1440
                out.append(ClockTime(doc[start].idx, doc[i + 2].idx + len(doc[i + 2].text), doc[start : i + 3].text, frozenset({value})))
                i += 3
                continue
            if h is not None and mins is not None:
                hour, minute = (int(h), int(mins)) if doc[i + 1].lower_ == "past" else ((int(h) - 1) % 12 or 12, 60 - int(mins))
                start = i - 1 if i and doc[i - 1].lower_ == "a" else i
                end = i + 3
                part = _day_part(doc, end)
                mins_set = _readings(hour, minute, None, part)
                out.append(ClockTime(doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text), doc[start:end].text, mins_set))
                i = end
                continue
        elif is_clock(doc, i):
            c = _COLON_TIME.match(tok.text)
            if c:
                hour, minute, padded = int(c.group(1)), int(c.group(2)), len(c.group(1)) == 2 and c.group(1).startswith("0")
            else:
                value = _number_value(tok)
                hour = int(value) if value is not None else None
        if hour is None or hour > 24 or minute > 59:
            i += 1
            continue
        if mark is None and end < len(doc) and doc[end].lower_ in marks:
            mark = marks[doc[end].lower_]
            end += 1
        elif end + 1 < len(doc) and doc[end].lower_ in ("o'clock", "oclock"):
            end += 1
        part = _day_part(doc, end) if mark is None else None
        if mark is None and part is None:
            # 'between 7 and 11 a.m.': the mark after the second hour
            j = end
            if j + 2 < len(doc) and doc[j].lower_ in ("and", "to", "-", "–", "until", "till") and doc[j + 2].lower_ in marks:
                end_hour = _number_value(doc[j + 1])
                if end_hour is None or hour % 12 <= end_hour % 12:  # 'from 9 to 5 p.m.': 9 is in the morning
                    mark = marks[doc[j + 2].lower_]
        span = doc[i:end]
        out.append(ClockTime(span.start_char, span.end_char, span.text, _readings(hour, minute, mark, part, padded)))
        i = end
    return out


@dataclass(frozen=True, slots=True)
class PartMention:
    """A numbered part of a period named without its year: 'the third quarter', 'second-quarter', 'H1'."""

    start: int
    end: int
    text: str
    number: int
    parts: int


def period_parts(text: str) -> list[PartMention]:
    out = []
    for m in _PART_MENTION.finditer(text):
        if m["letter"]:
            number, parts = int(m["n"]), 4 if m["letter"].upper() == "Q" else 2
        else:
            number = parse_ordinal(m["ordinal"].lower()) or int(re.sub(r"\D", "", m["ordinal"]) or 0)
            parts = lexicon()["period_parts"][m["part"].lower()]
        if 1 <= number <= parts:
            out.append(PartMention(m.start(), m.end(), m.group(), number, parts))
    return out


_WEEKDAY = "|".join(calendar.day_name)
# 'the night of Sunday to Monday', 'overnight from Saturday into Sunday', 'on the night of Friday': the first day starts it
# ('overnight on Sunday' may be either night: not read)
_NIGHT_FROM = re.compile(rf"\b(?:night|overnight)\s+(?:of|from)\s+(?:the\s+)?({_WEEKDAY})(?:\s+(?:to|into)\s+({_WEEKDAY}))?\b", re.I)
# 'the night to Monday', 'overnight into Monday', 'the early hours of Monday': the day it ends
# (not after a weekday: 'from Friday night to Sunday' is a span, its end no night)
_NIGHT_TO = re.compile(rf"(?<!day\s)\b(?:(?:night|overnight)\s+(?:to|into)|early\s+hours\s+of)\s+(?:the\s+)?({_WEEKDAY})\b", re.I)
# 'Sunday night', 'on Saturday night'
_DAY_NIGHT = re.compile(rf"\b({_WEEKDAY})\s+night\b", re.I)


@dataclass(frozen=True, slots=True)
class Night:
    """A night told by a weekday: where in the text (the words that name it), and the weekday it starts on (0 Monday)."""

    start: int
    end: int
    starts_on: int


def nights(text: str) -> list[Night]:
    """Every night the text names by a weekday, in text order, each by the weekday it starts on, whichever day the
    text names it by ('the night of Sunday to Monday', 'overnight into Monday', 'Sunday night': all Sunday's)."""
    days = {d.lower(): i for i, d in enumerate(calendar.day_name)}
    found: list[Night] = []
    for m in _NIGHT_FROM.finditer(text):
        first, second = days[m.group(1).lower()], m.group(2)
        if second is not None and days[second.lower()] != (first + 1) % 7:
            continue  # 'the night from Monday to Friday' is no one night
        found.append(Night(m.start(), m.end(), first))
    for m in _DAY_NIGHT.finditer(text):
        if not any(n.start <= m.start() < n.end for n in found):
            found.append(Night(m.start(), m.end(), days[m.group(1).lower()]))
    for m in _NIGHT_TO.finditer(text):
        if not any(n.start <= m.start() < n.end or m.start() <= n.start < m.end() for n in found):
            found.append(Night(m.start(), m.end(), (days[m.group(1).lower()] - 1) % 7))
    return sorted(found, key=lambda n: n.start)
