"""General knowledge the analysis needs: countries (countryinfo), titles (nameparser), and the lexicon file."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

_DOTS = re.compile(r"(?<=\w)\.(?=\w|$)")
_NON_WORD = re.compile(r"[^\w\s&']+")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form of a name: 'the U.S.' -> 'us', 'Jong-un' -> 'jong un'."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("\u2019", "'").replace("\u2018", "'").casefold()
    text = re.sub(r"'s\b|'$", "", text)
    text = _DOTS.sub("", text)
    text = text.replace("-", " ").replace("\u2013", " ").replace("\u2014", " ")
    text = _NON_WORD.sub(" ", text)
    text = _SPACES.sub(" ", text).strip()
    if text.startswith("the "):
        text = text[4:]
    return text


@lru_cache(maxsize=1)
def lexicon() -> dict:
    """factdiff/data/lexicon.json, parsed once."""
    with resources.files("factdiff.data").joinpath("lexicon.json").open(encoding="utf-8") as fh:
        return json.load(fh)


@lru_cache(maxsize=1)
def titles() -> frozenset[str]:
    """Personal and job titles that may precede a name ('President', 'lawmaker')."""
    from nameparser.config import CONSTANTS

    return frozenset(CONSTANTS.titles) | frozenset(fold(t) for t in lexicon()["role_titles"])


@dataclass(frozen=True)
class CountryIndex:
    """Folded names, alternative spellings, demonyms, capitals and seats of government -> ISO alpha-3."""

    by_name: dict[str, str]
    by_code: dict[str, str]  # two-letter codes, matched only as written in capitals ('US', 'UK')
    names: dict[str, str]  # ISO alpha-3 -> common English name

    def lookup(self, text: str, codes: bool = True) -> str | None:
        """The country the words name; `codes` False where the words may be an abbreviation of something else ('MP',
        'GP', 'PM' are codes of three territories too): a code counts only where the tagger read a place."""
        stripped = text.strip().removeprefix("the ").removeprefix("The ")
        compact = stripped.replace(".", "")
        if codes and compact.isupper() and compact in self.by_code:
            return self.by_code[compact]
        key = fold(text)
        hit = self.by_name.get(key)
        if hit is None and key.endswith("s") and len(key) > 4:
            hit = self.by_name.get(key[:-1])  # plural demonyms: 'Russians', 'Germans'
        return hit


@lru_cache(maxsize=1)
def countries() -> CountryIndex:
    import countryinfo

    by_name: dict[str, str] = {}
    by_code: dict[str, str] = {}
    names: dict[str, str] = {}
    # where two countries share a form ('American': the United States, the Northern Mariana Islands),
    # the more populous one keeps it
    infos = sorted((c.info() for c in countryinfo.all_countries()), key=lambda i: -(i.get("population") or 0))
    for info in infos:
        iso3 = (info.get("ISO") or {}).get("alpha3")
        if not iso3 or not info.get("name"):
            continue
        names[iso3] = info["name"]
        spellings = [info["name"], *(info.get("altSpellings") or [])]
        for spelling in spellings:
            if len(spelling) <= 3 and spelling.isupper():
                by_code.setdefault(spelling, iso3)
            else:
                by_name.setdefault(fold(spelling), iso3)
        demonyms = info.get("demonym") or []
        capitals = info.get("capital") or []
        for demonym in [demonyms] if isinstance(demonyms, str) else demonyms:
            by_name.setdefault(fold(demonym), iso3)
        for capital in [capitals] if isinstance(capitals, str) else capitals:
            by_name.setdefault(fold(capital), iso3)
            if "." in capital:  # 'Washington D.C.' is also written 'Washington'
                by_name.setdefault(fold(capital.split(" ")[0]), iso3)
    for seat, iso3 in lexicon()["seats_of_government"].items():
        by_name.setdefault(fold(seat), iso3)
    for short, iso3 in lexicon()["country_short_names"].items():
        by_name.setdefault(fold(short), iso3)
    for noun, iso3 in lexicon()["nationality_nouns"].items():  # 'the Dane', 'two Swedes'
        by_name.setdefault(fold(noun), iso3)
        by_name.setdefault(fold(noun) + "s", iso3)
    # WordNet's words for a country's people and things ('Argentinian', 'Icelandic', 'Serb'), where one of the names
    # they pertain to is a country's (or its capital's) name here
    from factdiff.analyse.lexical import places

    for word, place_names in places().items():
        iso3 = next((by_name[fold(n)] for n in place_names if fold(n) in by_name), None)
        if iso3 is not None:
            by_name.setdefault(fold(word), iso3)
    return CountryIndex(by_name=by_name, by_code=by_code, names=names)
