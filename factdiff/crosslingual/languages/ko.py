"""Korean: numbers with their 만/억/조 units, dates as 2023년 5월 3일, proper nouns (NNP) by kiwipiepy."""

from __future__ import annotations

import re
from functools import lru_cache

from factdiff.crosslingual.languages.base import LATIN_WORD, Language, NameUnit, SourceDate, SourceNumber, marked_dates
from factdiff.crosslingual.romanise import ascii_fold, romanise

_UNITS = {"천": 1e3, "만": 1e4, "억": 1e8, "조": 1e12}
_NUMBER = re.compile(r"(\d[\d,]*(?:\.\d+)?)(?:\s?([천만억조])(?![가-힣]{2}))?")  # '3만 명', '5억 원', not '만나다'


@lru_cache(maxsize=1)
def _kiwi():
    from kiwipiepy import Kiwi

    return Kiwi()


def _value(written: str) -> float | None:
    try:
        return float(written.replace(",", ""))
    except ValueError:
        return None


class Korean(Language):
    code = "ko"
    joined_script = True  # a name's syllables are matched as runs, like Chinese characters: 김 'Kim', 민수 'Min-su'

    @property
    def marks_names(self) -> bool:
        return True

    def numbers(self, text: str) -> list[SourceNumber]:
        out = []
        for m in _NUMBER.finditer(text):
            v = _value(m.group(1))
            if v is not None:
                out.append(SourceNumber(m.start(), m.end(), m.group(), v * _UNITS.get(m.group(2) or "", 1.0)))
        return out

    def dates(self, text: str) -> list[SourceDate]:
        return marked_dates(text, ("년", "월", "일"), r"\d{1,4}", _value)

    def name_units(self, text: str) -> list[NameUnit]:
        """The syllables of each proper noun (NNP), each romanised: a Korean name is one word, its surname one syllable."""
        out = []
        for token in _kiwi().tokenize(text):
            if token.tag == "NNP":
                for i in range(token.start, token.start + token.len):
                    out.append(NameUnit(i, i + 1, text[i], romanise(text[i], "ko"), True))
        out += [NameUnit(m.start(), m.end(), m.group(), ascii_fold(m.group()), True) for m in LATIN_WORD.finditer(text)]
        return sorted(out, key=lambda u: u.start)
