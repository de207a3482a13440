"""Stage 1, read: turn a file, stdin or a string into a Source with an offset map back to the user's text."""

from __future__ import annotations

import bisect
import codecs
import re
import stat
import sys
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import charset_normalizer

# with factdiff.engine.MAX_SENTENCES, what keeps a comparison under 2 GB whatever the text (benchmarks/cost.py)
DEFAULT_MAX_CHARS = 100_000
_HTML_START = re.compile(r"\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<p[\s>]|<div[\s>])", re.I)
_BLOCK_TAGS = {
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "section",
    "article",
    "header",
    "footer",
    "blockquote",
    "pre",
    "title",
    "dd",
    "dt",
    "hr",
}
_SKIP_TAGS = {"script", "style", "noscript", "template", "head"}
_SURROGATE = re.compile("[\ud800-\udfff]")


class InputError(ValueError):
    """Input that cannot be compared; its message is the one line the user sees. A ValueError, so that callers of the
    Python API can catch it as the bad value it is."""


@dataclass
class Source:
    """A text as the user gave it (`original`) and as analysed (`plain`), with the map between them.

    For plain-text input the two are the same string. For HTML, `plain` is the visible text and
    `offsets[i]` is the index in `original` of plain character i, and `ends[i]` the index after the
    source characters it stands for (one more, except for an entity such as '&amp;').
    """

    name: str
    original: str
    plain: str
    offsets: list[int] | None = field(default=None, repr=False)
    ends: list[int] | None = field(default=None, repr=False)
    encoding: str = "utf-8"

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map plain offsets [start, end) to offsets in the user's text."""
        if self.offsets is None:
            return start, end
        if end <= start:
            pos = self.offsets[start] if start < len(self.offsets) else len(self.original)
            return pos, pos
        last = self.ends[end - 1] if self.ends is not None else self.offsets[end - 1] + 1
        return self.offsets[start], last

    def to_plain(self, start: int) -> int:
        """Map an offset in the user's text to the nearest plain offset at or after it."""
        if self.offsets is None:
            return start
        return bisect.bisect_left(self.offsets, start)


class _TextExtractor(HTMLParser):
    """Collect visible text from HTML with the source offset of each character."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=False)
        self._html = html
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", html)]
        self.chars: list[str] = []
        self.offsets: list[int] = []
        self.ends: list[int] = []
        self._skip = 0

    def _pos(self) -> int:
        line, col = self.getpos()
        return self._line_starts[line - 1] + col

    def _emit(self, text: str, pos: int) -> None:
        if self._skip:
            return
        self.chars.extend(text)
        self.offsets.extend(range(pos, pos + len(text)))
        self.ends.extend(range(pos + 1, pos + len(text) + 1))

    def _break(self) -> None:
        if self.chars and self.chars[-1] != "\n":
            self.chars.append("\n")
            self.offsets.append(self.offsets[-1])
            self.ends.append(self.ends[-1])

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _SKIP_TAGS:
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            self._break()

    def handle_data(self, data: str) -> None:
        self._emit(data, self._pos())

    def handle_entityref(self, name: str) -> None:
        self._reference(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._reference(f"&#{name};")

    def _reference(self, source: str) -> None:
        """Characters of '&amp;' or '&#233;' map to the whole reference in the source."""
        if self._skip:
            return
        pos = self._pos()
        written = source if self._html.startswith(source, pos) else source[:-1]
        for ch in unescape(source):
            self.chars.append(ch)
            self.offsets.append(pos)
            self.ends.append(pos + len(written))


def html_to_source(name: str, html: str) -> Source:
    """Reduce HTML to its visible text, keeping each character's offset in the HTML."""
    parser = _TextExtractor(html)
    parser.feed(html)
    parser.close()
    return Source(name=name, original=html, plain="".join(parser.chars), offsets=parser.offsets, ends=parser.ends)


def looks_like_html(name: str, text: str) -> bool:
    return name.lower().endswith((".html", ".htm", ".xhtml")) or bool(_HTML_START.match(text))


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Decode bytes as UTF-8 (with or without BOM), UTF-16 with a BOM, or a detected legacy encoding."""
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[len(codecs.BOM_UTF8) :], "utf-8", name), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", name), "utf-16"
    if b"\x00" in data:
        raise InputError(f"{name}: looks like a binary file, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        if _mostly_utf8(data):
            raise InputError(f"{name}: invalid UTF-8 at byte {exc.start}") from None
    text, encoding = _legacy_decode(data, name)
    if _control_ratio(text) > 0.01:
        raise InputError(f"{name}: looks like a binary file, not text")
    return text, encoding


def _mostly_utf8(data: bytes) -> bool:
    """Whether bytes that fail as UTF-8 are still UTF-8 text with stray errors, not a legacy encoding."""
    text = data.decode("utf-8", "replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ord(ch) > 127) - bad
    return good > bad


def _legacy_decode(data: bytes, name: str) -> tuple[str, str]:
    """Decode with the detected legacy encoding, preferring Windows-1252 (English's) among equally good guesses."""
    matches = charset_normalizer.from_bytes(data)
    best = matches.best()
    if best is None:
        raise InputError(f"{name}: cannot tell the text encoding (it is neither UTF-8 nor a known legacy encoding)")
    for match in matches:
        if "cp1252" in match.could_be_from_charset and match.chaos <= best.chaos and match.coherence >= best.coherence:
            return data.decode("cp1252"), "cp1252"
    return str(best), best.encoding


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: invalid {encoding.upper()} at byte {exc.start}") from None


def _control_ratio(text: str) -> float:
    bad = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    return bad / max(1, len(text))


def source_from_bytes(data: bytes, name: str, max_chars: int = DEFAULT_MAX_CHARS) -> Source:
    """Decode, check and (for HTML) reduce one input."""
    if len(data) > 4 * max_chars:
        raise InputError(
            f"{name}: too large (over {4 * max_chars / 1e6:.1f} MB); factdiff compares texts of up to "
            f"{max_chars:,} characters (use `factdiff batch` for corpora)"
        )
    text, encoding = decode(data, name)
    return source_from_text(text, name, max_chars=max_chars, encoding=encoding)


def source_from_text(text: str, name: str, max_chars: int = DEFAULT_MAX_CHARS, encoding: str = "utf-8") -> Source:
    """Check a decoded text and build its Source."""
    surrogate = _SURROGATE.search(text)
    if surrogate is not None:
        # a str from JSON ("\\ud800") or Python can hold half a UTF-16 pair; nothing downstream can encode it
        code = f"\\u{ord(surrogate.group()):04x}"
        raise InputError(f"{name}: a lone surrogate ({code}) at character {surrogate.start()}, which is not Unicode text")
    if _control_ratio(text) > 0.01:
        raise InputError(f"{name}: looks like a binary file, not text")
    if len(text) > max_chars:
        raise InputError(f"{name}: too long ({len(text):,} characters; the limit is {max_chars:,})")
    source = html_to_source(name, text) if looks_like_html(name, text) else Source(name, text, text)
    source.encoding = encoding
    if not source.plain.strip():
        raise InputError(f"{name}: is empty")
    return source


def read_source(path: str, max_chars: int = DEFAULT_MAX_CHARS) -> Source:
    """Read a path, or standard input for '-'."""
    if path == "-":
        return source_from_bytes(sys.stdin.buffer.read(4 * max_chars + 1), "<stdin>", max_chars)
    file = Path(path)
    try:
        status = file.stat()
        if stat.S_ISDIR(status.st_mode):
            raise InputError(f"{path}: is a directory, not a file")
        if not stat.S_ISREG(status.st_mode):
            # a FIFO or a device may never end: opening a FIFO alone waits for a writer
            raise InputError(f"{path}: is not a regular file (a pipe, device or socket); give - to read standard input")
        size = status.st_size
        if size > 4 * max_chars:
            raise InputError(
                f"{path}: too large ({size / 1e6:.1f} MB); factdiff compares texts of up to "
                f"{max_chars:,} characters (use `factdiff batch` for corpora)"
            )
        with file.open("rb") as stream:
            data = stream.read(4 * max_chars + 1)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return source_from_bytes(data, file.name, max_chars)


@lru_cache(maxsize=1)
def _language_identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(source: Source, min_letters: int = 60, min_foreign: int = 5) -> str:
    """The text's language as a BCP 47 code, 'en' when it is English or too short to tell: a text whose letters are
    mostly of another script than Latin (Chinese, Russian, Hebrew: at least `min_foreign` of them, whatever the length,
    as a short Chinese sentence is as clearly not English as a long one), or a Latin-script text of at least
    `min_letters` letters that the language identifier gives to another language with confidence. 'und' for another
    script that the identifier takes for English."""
    sample = source.plain[:5000]
    letters = [ch for ch in sample if ch.isalpha()]
    foreign = sum(1 for ch in letters if not _latin(ch))
    if foreign >= min_foreign and foreign * 2 > len(letters):
        lang, _ = _language_identifier().classify(sample)
        return lang if lang != "en" else "und"
    if len(letters) < min_letters:
        return "en"
    lang, prob = _language_identifier().classify(sample)
    return lang if lang != "en" and prob > 0.9 else "en"


def ensure_english(source: Source, min_letters: int = 60, min_foreign: int = 5) -> None:
    """Refuse a text that is clearly not English (see `detect_language`): factdiff's analysis of a text is English only;
    a text in another language can only be the source of a translation (`--mode translation`)."""
    lang = detect_language(source, min_letters, min_foreign)
    if lang != "en":
        detected = lang if lang != "und" else "a script other than Latin"
        raise InputError(f"{source.name}: does not look like English (detected: {detected}); factdiff compares English texts")


@lru_cache(maxsize=4096)
def _latin(letter: str) -> bool:
    return unicodedata.name(letter, "").startswith("LATIN")
