"""Names across scripts: a word romanised (uroman, any script; pypinyin for Chinese in `languages/zh.py`) and reduced to
a consonant key, so that 'Netanyahu' and נתניהו ('ntnyhv'), 'Kim' and 김 ('gim'), 'Putin' and Путин meet."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz

# sounds that romanisations of one name write differently, reduced to one letter each (digraphs first)
_DIGRAPHS = (
    ("sch", "s"),
    ("tch", "C"),
    ("ch", "C"),
    ("sh", "s"),
    ("zh", "C"),
    ("ts", "C"),
    ("tz", "C"),
    ("ph", "p"),
    ("kh", "k"),
    ("th", "t"),
    ("dj", "C"),
    ("ck", "k"),
    ("gh", "k"),
    ("ng", "n"),
)
# letters that stand for one sound in one romanisation and a near one in another; C: the affricates ('ch', 'zh', 'j')
_LETTERS = str.maketrans({"b": "p", "v": "p", "w": "p", "f": "p", "g": "k", "q": "k", "c": "k", "x": "s", "z": "s", "j": "C", "d": "t"})
_DROPPED = re.compile(r"[aeiouyh]")  # vowels and what scripts without vowels write for them (Hebrew's vav, yod and he)
NAME_MATCH = 80  # rapidfuzz ratio of two keys that name the same thing


@lru_cache(maxsize=1)
def _uroman():
    import uroman

    return uroman.Uroman()


@lru_cache(maxsize=65536)
def romanise(text: str, lang: str = "") -> str:
    """Latin letters for a word of any script (uroman); Latin text only loses its accents."""
    if all(ord(ch) < 0x250 for ch in text):
        return ascii_fold(text)
    code = {"he": "heb", "ru": "rus", "ko": "kor", "zh": "zho", "de": "deu", "uk": "ukr", "ar": "ara", "el": "ell"}.get(lang)
    return ascii_fold(_uroman().romanize_string(text, lcode=code))


def ascii_fold(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if ch.isascii() and (ch.isalnum() or ch == " ")).lower()


@lru_cache(maxsize=65536)
def key(latin: str) -> str:
    """The consonant skeleton of a romanised word: 'netanyahu' -> 'ntn', 'Putin' and 'putin' -> 'ptn'."""
    s = re.sub(r"[^a-z]", "", latin.lower())
    if not s:
        return ""
    # a leading vowel, glide or 'h' is kept as one mark: 'Ivanov' is not 'Vanov'
    lead = "a" if s[0] in "aeiouyhj" and not s.startswith(("ja", "jo", "ju", "ji", "je")) else ""
    for a, b in _DIGRAPHS:
        s = s.replace(a, b)
    s = _DROPPED.sub("", s[1:] if lead else s)
    return lead + re.sub(r"(.)\1+", r"\1", s.translate(_LETTERS))


def similar(a: str, b: str) -> float:
    """How alike two romanised words sound, 0-100, by their consonant keys: keys of one or two sounds must be equal
    ('Li' and 'Lee'), longer ones near ('Netanyahu' and 'ntnyhv'); 'Wang' is not 'Zhang'."""
    ka, kb = key(a), key(b)
    if not ka or not kb:
        return 0.0
    if ka == kb:
        return 100.0
    return fuzz.ratio(ka, kb) if min(len(ka), len(kb)) >= 3 else 0.0


def loosely_similar(a: str, b: str) -> bool:
    """Whether two romanised words may be one name in two romanisations: keys alike once an initial l, r or n (which
    Korean drops or turns into another: 'Lee' and 'i', 'Roh' and 'no') counts as a vowel, and near for short keys
    ('Park' and 'bag')."""
    ka, kb = (re.sub(r"^[lrn]", "a", key(x)) for x in (a, b))
    return bool(ka and kb) and (ka == kb or fuzz.ratio(ka, kb) >= (60 if min(len(ka), len(kb)) <= 3 else NAME_MATCH))
