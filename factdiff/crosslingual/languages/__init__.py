"""One module per source language, behind `Language` (base.py); a language without its own module is read by script."""

from __future__ import annotations

from factdiff.crosslingual.languages.base import Language, NameUnit, SourceDate, SourceNumber, SourceSentence
from factdiff.crosslingual.languages.ko import Korean
from factdiff.crosslingual.languages.zh import Chinese


class German(Language):
    code = "de"
    decimal_comma = True


class Russian(Language):
    code = "ru"
    decimal_comma = True
    capitals_mark_names = True


class Hebrew(Language):
    code = "he"
    prefix_chars = 2


LANGUAGES: dict[str, type[Language]] = {cls.code: cls for cls in (Chinese, Korean, German, Russian, Hebrew)}


def language(code: str) -> Language:
    """The analysis of a source language by its BCP 47 code ('zh-Hant' reads as 'zh'); any other code is read by
    script, with capitals as names where the script has them."""
    base = code.split("-")[0].lower()
    if base in LANGUAGES:
        return LANGUAGES[base]()
    generic = type(f"Language_{base}", (Language,), {"code": base, "capitals_mark_names": True})
    return generic()


__all__ = ["LANGUAGES", "Language", "NameUnit", "SourceDate", "SourceNumber", "SourceSentence", "language"]
