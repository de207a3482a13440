"""Chinese: numerals by cn2an (三百二十万, 3.2万, 百分之十五), dates as 2023年5月3日, each character with its pinyin."""

from __future__ import annotations

import re
from functools import lru_cache

from factdiff.crosslingual.languages.base import LATIN_WORD, Language, NameUnit, SourceDate, SourceNumber, marked_dates
from factdiff.crosslingual.romanise import ascii_fold

_DIGIT_CHARS = "零〇一二两三四五六七八九"
_UNIT_CHARS = "十百千万亿"
# a written number: Arabic or Chinese digits with their units, a decimal point (点 or .), a percent before or after
_NUMERAL = f"\\d{_DIGIT_CHARS}{_UNIT_CHARS}"
_NUMBER = re.compile(rf"(百分之)?((?:\d[\d,]*(?:\.\d+)?|[{_DIGIT_CHARS}{_UNIT_CHARS}])(?:[{_NUMERAL}点.,]*[{_NUMERAL}])?)(%|％)?")
_DATE_NUMERAL = rf"\d{{1,4}}|[{_DIGIT_CHARS}{_UNIT_CHARS}]{{1,4}}"
_HAN = re.compile(r"[\u3400-\u9fff]")


@lru_cache(maxsize=8192)
def value(written: str) -> float | None:
    """The value of a Chinese or mixed numeral ('3.2万' 32000, '二〇二三' 2023), None when cn2an cannot read it."""
    import cn2an

    s = written.replace(",", "")
    if re.fullmatch(rf"[{_DIGIT_CHARS}]{{2,}}", s):
        # digit by digit, as years are written: 二〇二三
        return float("".join(str(int(cn2an.cn2an(ch.replace("〇", "零"), "smart"))) for ch in s))
    scale = 1.0
    while len(s) > 1 and s[-1] in "万亿" and s[-2] in "万亿":  # '3.2万亿', which cn2an does not read: 3.2万 times 亿
        scale *= cn2an.cn2an("一" + s[-1], "smart")
        s = s[:-1]
    try:
        return float(cn2an.cn2an(s, "smart")) * scale
    except (ValueError, KeyError, TypeError, IndexError):
        return None


class Chinese(Language):
    code = "zh"
    joined_script = True

    def numbers(self, text: str) -> list[SourceNumber]:
        out = []
        for m in _NUMBER.finditer(text):
            written = m.group(2)
            # one Chinese numeral alone is mostly part of a word ('周六' Saturday, '一起' together, '万一' in case)
            if len(written) == 1 and not written.isdigit():
                continue
            v = value(written)
            if v is not None:
                out.append(SourceNumber(m.start(), m.end(), m.group(), v))
        return out

    def dates(self, text: str) -> list[SourceDate]:
        return marked_dates(text, ("年", "月", "日号"), _DATE_NUMERAL, value)

    def name_units(self, text: str) -> list[NameUnit]:
        """Each Han character with its pinyin, and each word in Latin letters as it is ('Masallah Cicek' in a Chinese
        sentence)."""
        from pypinyin import lazy_pinyin

        units = [NameUnit(m.start(), m.end(), m.group(), lazy_pinyin(m.group())[0]) for m in _HAN.finditer(text)]
        units += [NameUnit(m.start(), m.end(), m.group(), ascii_fold(m.group()), True) for m in LATIN_WORD.finditer(text)]
        return sorted(units, key=lambda u: u.start)
