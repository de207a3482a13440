"""Named entities and their variants, resolved to canonical ids within and across two texts.

A mention's id is `country:ISO3` when it names a country in any form (name, abbreviation, demonym,
capital, seat of government); otherwise mentions are linked when one is a variant of the other:
the same folded name ('Lee Sang-ho' = 'Lee Sang Ho'), a surname after a full name, an acronym of
a name ('CAA' = 'Civil Aviation Authority'), the same distinctive words with another generic
head ('Civil Aviation Agency' = 'Civil Aviation Authority'), or a one-letter
transliteration variant of a long name.
"""

from __future__ import annotations

import calendar
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz.distance import Levenshtein
from spacy.tokens import Doc, Span, Token

from factdiff.analyse.knowledge import countries, fold, lexicon, titles
from factdiff.analyse.lexical import common_word, noun_verbs
from factdiff.analyse.lexical import places as _places
from factdiff.analyse.quantities import AGE_GROUP

ENTITY_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE"}
_TRAILING_POS = {"VERB", "AUX", "ADP", "CCONJ", "PUNCT", "PART", "SCONJ", "DET", "PRON", "SYM"}
_STOP = {"of", "the", "and", "for", "in", "on", "at", "to", "a", "an", "&"}
_ACRONYM = re.compile(r"^(?:[A-Z]\.?){2,6}$|^[A-Z]{2,6}s?$")


@dataclass(slots=True)
class EntityMention:
    start: int
    end: int
    text: str
    label: str
    sent: int
    token_start: int
    token_end: int
    key: str  # folded name without titles
    core: str = ""  # the key without a leading country word: 'national intelligence agency'
    country: str | None = None  # ISO alpha-3 when the mention names a country in any form
    nationality: str | None = None  # ISO alpha-3 of a country word inside or on the name ('North Korean ... Agency')
    acronym_of: str | None = None  # the key of the long form it abbreviates, when defined in parentheses
    from_parse: bool = False  # found as a proper noun the NER missed
    from_place: bool = False  # a place name the NER tagged alone, read with the name it begins ('Penby Athletic')
    of_more: bool = False  # 'of' and a capitalised word follow it: a name the NER cut short ('Customs Service' of Velmar)
    cid: str = ""  # canonical id, set by link()
    side: str = ""  # 'reference' or 'candidate', set by link()
    ambiguous: bool = False  # a short form that fits several full names

    @property
    def words(self) -> list[str]:
        return self.key.split()

    @property
    def distinct(self) -> frozenset[str]:
        """The words that tell this organisation from others: without generic heads or country words."""
        generic = _generic_heads()
        idx = countries()
        # (a plural possessive's apostrophe is no letter of the word: "Maple Producers' Cooperative" / 'Maple Producers')
        words = [w.rstrip("'") for w in (self.core or self.key).split()]
        return frozenset(w for w in words if w and w not in _STOP and w not in generic and idx.lookup(w) is None)


def _generic_heads() -> frozenset[str]:
    return frozenset(lexicon()["org_generic_heads"]) | frozenset(lexicon()["geographic_heads"])


def _strip_titles(words: list[str]) -> list[str]:
    """The name without the titles before it ('minister', 'Dr'), and without the words of a post that a capital at the
    start of a sentence drew into the name ('Transport commissioner Odile Fraysse': up to two words before a title,
    where a first name and a surname follow it)."""
    known = titles()
    posts = [k for k, w in enumerate(words[:3]) if w in known and len(words) - k - 1 >= 2]
    if posts and posts[-1] > 0:
        words = words[posts[-1] + 1 :]
    while len(words) > 1 and words[0] in known:
        words = words[1:]
    return words


def _clean(span: Span) -> Span | None:
    """Trim determiners, possessives, punctuation and stray verbs that NER attached to a name."""
    start, end = span.start, span.end
    doc = span.doc
    # 'World Health Organization (WHO' or 'Laura Pinter 6-3': NER ran past the name
    for i in range(start + 1, end):
        if doc[i].text in ("(", "[", ",", ";") or doc[i].like_num:
            end = i
            break
    while start < end and (doc[start].pos_ in ("DET", "PUNCT") or doc[start].lower_ in ("the",)):
        start += 1
    # 'non-EU', 'pro-Kremlin', 'ex-Soviet': a prefix in lower case glued to the name by a hyphen is not the name's
    if end - start > 2 and doc[start].is_lower and doc[start + 1].text == "-" and not doc[start].whitespace_:
        if not doc[start + 1].whitespace_ and doc[start + 2].text[:1].isupper():
            start += 2
    while end > start and (doc[end - 1].pos_ in _TRAILING_POS or doc[end - 1].text in ("'s", "\u2019s", "'", "\u2019")):
        if end - 1 > start and _name_word_misread(doc[end - 1], frozenset()):
            break  # 'the Eastmere Titans', 'Titans' read as a verb: kept by `_whole_name`
        end -= 1
    if end - start > 2 and doc[end - 2].text == "-" and doc[end - 1].lower_ in lexicon()["name_suffixes"]:
        end -= 2  # 'the Edward III-era coins': the name, not the word it makes with a hyphen ('Park Ji-hoon' keeps its last part)
    # 'Redhaven food-tech start-up': a word in lower case after the capitalised ones is a description the NER ran into,
    # not the last word of the name (a word is what spaces part: 'Park Ji-hoon' keeps 'Ji-hoon')
    while end > start + 1:
        first = end - 1
        while first > start and not doc[first - 1].whitespace_:
            first -= 1
        word = doc[first:end].text
        if first == start or not any(ch.isalpha() for ch in word) or any(ch.isupper() or ch.isdigit() for ch in word):
            break
        end = first
    if end <= start:
        return None
    if _era(doc[start:end]) or (end - start == 1 and AGE_GROUP.match(doc[start].text)):
        return None  # (an age group, 'Under-12s', is a bound on an age: the quantities' reading)
    return doc[start:end]


def _era(span: Span) -> bool:
    """The words give a year's era ('the fourth century BC', 'before Christ'): a date's, no one named."""
    era = {e.lower() for e in lexicon()["era_markers"]}
    before = span.doc[span.start - 1].lower_ + " " if span.start else ""
    return span.text.lower() in era or (before + span.text.lower()) in era


def _nationality(span: Span) -> tuple[str | None, int]:
    """A country word at the start of a name (and how many tokens it takes), or modifying its head from outside."""
    idx = countries()
    for n in (3, 2, 1):
        if len(span) > n:
            hit = idx.lookup(span[:n].text, codes=span[n - 1].ent_type_ == "GPE")
            if hit:
                return hit, n
    for child in span.root.children:
        if child.dep_ in ("amod", "compound", "poss", "nmod") and not (span.start <= child.i < span.end):
            subtree = span.doc[child.left_edge.i : child.i + 1]
            place = child.ent_type_ == "GPE"
            hit = idx.lookup(subtree.text, codes=place) or idx.lookup(child.text, codes=place)
            if hit:
                return hit, 0
    return None, 0


def _country_in_front(m: EntityMention) -> bool:
    """The mention's country is said before its name proper ('North Korean ... Agency', 'the Canadian firm X'), not after
    'of' at its end ('Tarvik Energy of Norway', whose 'Tarvik' is still the firm's short name)."""
    return bool(m.nationality) and not (m.core and fold(m.text).startswith(m.core))


def _country_after_of(span: Span) -> tuple[str | None, int]:
    """A company's country named after 'of' at the end of its name, as the tagger took the two in ('Northstone
    Resources of Australia'): (the country, where 'of' stands in the span), or (None, 0)."""
    of = next((t.i - span.start for t in reversed(span) if t.lower_ == "of"), 0)
    if of < 2 or span.end - span.start - of > 3:
        return None, 0
    return (hit, of) if (hit := countries().lookup(span[of + 1 :].text)) else (None, 0)


_AGE_GROUP = re.compile(r"^[a-z]+-\d+s?$")


def extract_entities(doc: Doc, sent_index: dict[int, int]) -> list[EntityMention]:
    """Named-entity mentions, plus proper nouns the NER missed, with countries resolved."""
    idx = countries()
    posts = frozenset(fold(t) for t in lexicon()["role_titles"])
    mentions: list[EntityMention] = []
    ents = [(whole, whole.label_) for whole in (_whole_name(ent) if ent.label_ in ENTITY_LABELS else ent for ent in doc.ents)]
    covered: set[int] = {t.i for ent, _ in ents for t in ent if not _glued_to_amount(ent, t)}
    for ent, label in ents:
        if label not in ENTITY_LABELS:
            continue
        span = _clean(ent)
        if span is None or len(span.text) < 2:
            continue  # 'C' of '41 °C', 'B' of 'plan B': a letter is no name
        if not any(ch.isupper() or ch.isdigit() for ch in span.text) and label != "NORP":
            continue  # 'paddy daily': words in lower case that the tagger took for a name
        if _AGE_GROUP.match(span.text):
            continue  # 'under-16s', 'over-65s': an age group, in lower case, that the tagger took for a name
        mentions.append(_mention(span, label, sent_index))
        mentions[-1].from_place = ent.label_ == "ORG" and ent.root.ent_type_ != "ORG" and doc[ent.start].ent_type_ in _PLACES
        after = doc[span.end : span.end + 2]
        mentions[-1].of_more = len(after) == 2 and after[0].lower_ == "of" and after[1].text[:1].isupper()
    # proper nouns outside any entity: 'King quoted ...' where NER saw nothing or the wrong span
    i = 0
    while i < len(doc):
        tok = doc[i]
        if tok.pos_ == "PROPN" and i not in covered and tok.text[:1].isupper() and tok.is_alpha and len(tok.text) > 1:
            j = i + 1
            while True:
                while j < len(doc) and doc[j].pos_ == "PROPN" and j not in covered and doc[j].text[:1].isupper():
                    j += 1
                # 'Welbrough Fire and Rescue Service': an 'and' inside one name, the words before it hung on a word after
                # it (not 'Smith and Jones said', two names of one verb)
                glued = j + 1 < len(doc) and doc[j].lower_ in ("and", "&") and doc[j + 1].pos_ == "PROPN" and j + 1 not in covered
                glued = glued and doc[j + 1].text[:1].isupper() and doc[j - 1].head.i > j and doc[j - 1].head.pos_ == "PROPN"
                if not glued:
                    break
                j += 1
            # ('the Oakmere Falcons 68-61', 'Falcons' read as a common noun)
            while j < len(doc) and j not in covered and _name_word_misread(doc[j], posts):
                j += 1
            span = doc[i:j]
            # 'the King said', 'Prime Minister' and 'Substitute Tomas Brandt' are titles; 'King said' a name
            words = fold(span.text).split()
            # (or one the tagger took for an organisation: 'Mr Ilsley said', 'Ilsley' tagged ORG)
            before_name = j < len(doc) and (doc[j].ent_type_ == "PERSON" or (doc[j].ent_type_ == "ORG" and doc[j].pos_ == "PROPN"))
            is_title = all(w in titles() for w in words) and (len(span) > 1 or (i > 0 and doc[i - 1].pos_ == "DET") or before_name)
            # ('Owner Priya Haldane said': a common noun opening the sentence before a name describes the person named)
            is_title = is_title or (len(span) == 1 and tok.is_sent_start and before_name and bool(noun_verbs(tok.lower_)))
            if not is_title and not _era(span):
                mention = _mention(span, "PROPN", sent_index)
                mention.from_parse = True
                mentions.append(mention)
            i = j
        else:
            i += 1
    mentions = _joined_at_particles(doc, sorted(mentions, key=lambda m: m.start), sent_index)
    mentions.extend(_surnames_again(doc, mentions, sent_index))
    mentions.extend(_names_again(doc, mentions, sent_index))
    # 'Civil Aviation Authority (CAA)': the acronym abbreviates the name before it
    text = doc.text  # spaCy joins its tokens on every read: once here, not once per pair of mentions
    for a, b in zip(mentions, mentions[1:], strict=False):
        between = text[a.end : b.start]
        if between.strip() == "(" and text[b.end : b.end + 1] == ")" and _ACRONYM.match(b.text):
            b.acronym_of = a.key
    for m in mentions:
        # a person's full name is not a country whatever its words ('Sabine Keller': WordNet's place words hold first
        # names); one word tagged a person may be a nationality all the same ('the Dutchwoman finished')
        m.country = idx.lookup(m.text, codes=m.label == "GPE") if m.label != "PERSON" or len(m.words) == 1 else None
        if m.country:
            m.nationality, m.core = None, ""
    return sorted(mentions, key=lambda m: m.start)


def _joined_at_particles(doc: Doc, mentions: list[EntityMention], sent_index: dict[int, int]) -> list[EntityMention]:
    """Two names the tagger split at a linking word of another language ('Villa' and 'Torretta' of 'the Villa della
    Torretta', 'Palacio' and 'Montalbán' of 'Palacio de los Montalbán'; lexicon `name_particles`), joined into one: a
    capitalised name, one or two such words in lower case, and another name right after them."""
    particles = set(lexicon()["name_particles"])
    out: list[EntityMention] = []
    for m in mentions:
        prev = out[-1] if out else None
        between = doc[prev.token_end : m.token_start] if prev is not None and prev.token_end <= m.token_start else None
        if (
            between is not None
            and 1 <= len(between) <= 2
            and all(t.text.islower() and t.lower_ in particles for t in between)
            and prev.label != "PERSON"
            and prev.sent == m.sent
        ):
            label = prev.label if prev.label != "PROPN" else ("ORG" if m.label == "PERSON" else m.label)
            out[-1] = _mention(doc[prev.token_start : m.token_end], label, sent_index)
            continue
        out.append(m)
    return out


def _surnames_again(doc: Doc, mentions: list[EntityMention], sent_index: dict[int, int]) -> list[EntityMention]:
    """A person named in full and then by the surname alone, where the tagger took the surname for a common noun
    ('Veteran caller Ned Harrowby ...' then 'Harrowby, 71, ...' tagged NOUN) or for a place ('Wendle, 74,' after 'Silas
    Wendle'): the surname is the person's mention, unless the text uses the word in lower case too ('Tom Price' ...
    'Price rises', beside 'the price'). The new mentions are returned; a mislabelled one is relabelled in place."""
    covered = {i for m in mentions for i in range(m.token_start, m.token_end)}
    lower = {t.lower_ for t in doc if t.is_lower}
    first = {}
    for m in mentions:
        words = m.text.split()
        if m.label == "PERSON" and len(words) > 1 and words[-1].isalpha() and words[-1].lower() not in lower:
            first.setdefault(words[-1], m.token_end)
    for m in mentions:
        # the surname the tagger took for a place or a body ('Amos Wendle' ... 'Wendle, 74,' tagged a town)
        if m.label != "PERSON" and m.token_end - m.token_start == 1 and m.text in first and m.token_start >= first[m.text]:
            # acting as a person does, the subject of its clause ('Wendle, 74, first took the tiller'), not an owner
            # or one of several ("Corra Foods and Penby's are merging")
            tok = doc[m.token_start]
            acting = tok.dep_ in ("nsubj", "nsubjpass") and not any(c.dep_ in ("case", "conj", "cc") for c in tok.children)
            if acting and not countries().lookup(m.text):
                m.label = "PERSON"
    out = []
    for tok in doc:
        if tok.i in covered or tok.text not in first or tok.i < first[tok.text] or tok.pos_ not in ("NOUN", "PROPN", "ADJ"):
            continue
        mention = _mention(doc[tok.i : tok.i + 1], "PERSON", sent_index)
        mention.from_parse = True
        out.append(mention)
    return out


_CALENDAR_WORDS = frozenset({*(m.lower() for m in calendar.month_name if m), *(d.lower() for d in calendar.day_name)})


def _names_again(doc: Doc, mentions: list[EntityMention], sent_index: dict[int, int]) -> list[EntityMention]:
    """A one-word name of a body or person that the tagger missed where it opens a sentence ('Tallyworks, the payroll
    start-up, has agreed to buy ...' read as a common noun) but found elsewhere in the text: the same word with its
    capital, never written in lower case in the text, is that name again."""
    covered = {i for m in mentions for i in range(m.token_start, m.token_end)}
    lower = {t.lower_ for t in doc if t.is_lower}
    labels: dict[str, str] = {}
    for m in mentions:
        if m.token_end - m.token_start == 1 and m.text.isalpha() and m.label in ("ORG", "PERSON", "PROPN") and m.text.lower() not in lower:
            labels.setdefault(m.text, m.label)
    out = []
    for tok in doc:
        if tok.i in covered or tok.text not in labels or tok.pos_ not in ("NOUN", "PROPN", "ADJ") or tok.ent_type_:
            continue
        # (where it opens its sentence, or a quotation: elsewhere a capital the tagger passed over is its choice)
        opening = tok.is_sent_start or (tok.i > 0 and doc[tok.i - 1].is_quote and doc[tok.i - 1].is_sent_start)
        if not opening or tok.lower_ in _CALENDAR_WORDS:
            continue
        mention = _mention(doc[tok.i : tok.i + 1], labels[tok.text], sent_index)
        mention.from_parse = True
        out.append(mention)
    return out


_AMOUNTS = {"MONEY", "CARDINAL", "QUANTITY", "PERCENT"}
_PLACES = frozenset({"GPE", "LOC", "NORP"})


def _whole_name(ent: Span) -> Span:
    """The entity with the capitalised proper nouns after it that the NER left out of the same name ('Penby' tagged a
    place and 'Athletic' nothing in 'Penby Athletic'): the words the parse makes the head of its compound name, not
    titles; a place name that heads into another name becomes that name, an organisation."""
    doc = ent.doc
    posts = frozenset(fold(t) for t in lexicon()["role_titles"])

    def part_of_name(tok: Token) -> bool:
        if tok.i + 1 < len(doc) and doc[tok.i + 1].ent_type_ == "PERSON":
            return False  # a post before a name: 'Apple CEO Tim Cook'
        return tok.pos_ == "PROPN" and tok.ent_type_ == "" and tok.is_alpha and tok.text[:1].isupper() and fold(tok.text) not in posts

    if countries().lookup(ent.text):
        return ent  # a country is a name whole: 'Girl in Belgium Dead' in a headline in title case
    end = ent.end
    while end < len(doc) and (
        (part_of_name(doc[end]) and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i >= end) or _name_word_misread(doc[end], posts)
    ):
        end += 1
    if end == ent.end:
        return ent
    return Span(doc, ent.start, end, label="ORG" if ent.label_ in _PLACES else ent.label_)


def _name_word_misread(tok: Token, posts: frozenset[str]) -> bool:
    """A capitalised word right after a name, inside a sentence, that the tagger took for a verb or a common noun ('the
    Eastmere Titans 68-61', 'Titans' read as a verb): part of the name, where the text never uses the word in lower
    case and it is no post ('Apple CEO')."""
    doc = tok.doc
    if tok.pos_ not in ("VERB", "NOUN", "ADJ") or tok.ent_type_ or tok.is_sent_start or not tok.is_alpha:
        return False
    if not (tok.text[:1].isupper() and tok.text[1:].islower()) or fold(tok.text) in posts or fold(tok.text) in titles():
        return False
    lower = {t.lower_ for t in doc if t.is_lower}
    return tok.lower_ not in lower and tok.lemma_.lower() not in lower


def _glued_to_amount(ent: Span, tok) -> bool:
    """A proper noun that the tagger took into the amount after it ('pay Veltra 30 million dollars' tagged MONEY whole):
    before the amount's first number, it is a name of its own."""
    if ent.label_ not in _AMOUNTS or tok.pos_ != "PROPN":
        return False
    first = next((t.i for t in ent if t.like_num), None)
    return first is not None and tok.i < first


def _mention(span: Span, label: str, sent_index: dict[int, int]) -> EntityMention:
    doc = span.doc
    numbered = span.end < len(doc) and (doc[span.end].text[:1].isdigit() or doc[span.end].text == ".")
    if len(span) > 1 and span[-1].text in ("No", "No.", "Nr", "Nr.") and numbered:
        span = span[:-1]  # 'Kaiyo Maru No. 3': the name, without the word for its number
    words = fold(span.text).split()
    if label in ("PERSON", "PROPN"):
        words = _strip_titles(words)
    nationality, prefix = _nationality(span) if label != "PERSON" or len(span) == 1 else (None, 0)
    core = fold(span[prefix:].text) if prefix else ""
    if nationality is None and label == "ORG":
        nationality, of = _country_after_of(span)
        core = fold(span[:of].text) if of else ""
    return EntityMention(
        start=span.start_char,
        end=span.end_char,
        text=span.text,
        label="NORP" if label == "LANGUAGE" else label,
        sent=sent_index[span.start],
        token_start=span.start,
        token_end=span.end,
        key=" ".join(words),
        core=core,
        nationality=nationality,
    )


def _initials(m: EntityMention) -> str:
    return "".join(w[0] for w in m.words if w not in _STOP)


def is_acronym(m: EntityMention) -> bool:
    return bool(_ACRONYM.match(m.text.replace(" ", "")))


def _acronym_key(m: EntityMention) -> str:
    return m.text.replace(".", "").rstrip("s").lower()


@dataclass
class _UnionFind:
    parent: dict[int, int] = field(default_factory=dict)

    def find(self, x: int) -> int:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


_PLURAL_ACRONYM = re.compile(r"^[A-Z]{2,}s$")


def variant(a: EntityMention, b: EntityMention) -> bool:
    """True when one mention can name the same thing as the other (the rules of the module docstring)."""
    if a.country or b.country:
        return a.country is not None and a.country == b.country
    if not a.key or not b.key:
        return False
    if a.key == b.key or a.key.replace(" ", "") == b.key.replace(" ", ""):
        return True
    if _demonym_of(a, b) or _demonym_of(b, a):
        return True
    if _PLURAL_ACRONYM.match(a.text) or _PLURAL_ACRONYM.match(b.text):
        if a.text.removesuffix("s") == b.text.removesuffix("s"):
            return True  # 'GPs' / 'a GP', 'NGOs' / 'the NGO'
    short, long_ = (a, b) if len(a.words) <= len(b.words) else (b, a)
    if is_acronym(short) and not is_acronym(long_) and len(long_.words) >= 2:
        if short.acronym_of == long_.key or _acronym_key(short) == _initials(long_):
            return True
    if len(short.words) == 1 and len(long_.words) >= 2 and short.label in ("PERSON", "PROPN") and long_.label in ("PERSON", "PROPN"):
        if short.words[0] in (long_.words[0], long_.words[-1]):
            return True
    if len(short.words) == 1 and 2 <= len(long_.words) <= 3 and short.words[0] == long_.words[-1] and _person_like(short, long_):
        return True  # 'Fraysse' for 'Odile Fraysse', which the tagger may call an organisation both times
    if len(short.words) == 1 and 2 <= len(long_.words) <= 3 and short.words[0] == long_.words[-1] and long_.label == "PERSON":
        if short.label not in ("GPE", "LOC", "NORP"):
            return True  # 'Cole said' after 'Dana Cole', whatever the tagger made of the surname alone ('PRODUCT')
    if len(short.words) == 1 and len(long_.words) >= 2 and short.words[0] == long_.words[-1] and long_.label == "ORG":
        if short.words[0] in _generic_heads() and short.label in ("ORG", "PROPN"):
            return True  # 'Agency head Ines Farro' after 'the Meridian Space Agency': a body called by its kind
    if len(short.words) == 1 and long_.from_place and short.words[0] == long_.words[0] and long_.words[-1] not in _generic_heads():
        return True  # 'Penby' for 'Penby Athletic', as a team is called by its town (not 'Penby' for 'Penby Council')
    # (the tagger may call the short form a person: 'Packwell said')
    # (and a name in capitals throughout, not a phrase the tagger ran together: 'Pipwick by Tallow & Finch')
    capitals = all(w[:1].isupper() or not w[:1].isalpha() for w in long_.text.split())
    coined = long_.label == "ORG" and short.label in ("ORG", "PROPN", "PERSON") and capitals
    if len(short.words) == 1 and len(long_.words) >= 2 and coined and short.words[0] == long_.words[0]:
        if not _ordinary(short.words[0]) and not long_.country and not _country_in_front(long_):
            return True  # 'Swiftway' for 'Swiftway Logistics': a firm called by the coined word of its name
    # a name of several words after words that introduce it: 'Van Zyl' for 'Jaco van Zyl', 'Kwame Asante' for
    # 'Substitute Kwame Asante', 'Harlan Industries' for 'Conglomerate Harlan Industries' (a capitalised first word)
    if 1 < len(short.words) < len(long_.words) and long_.words[-len(short.words) :] == short.words:
        return True
    if _leading_acronym(short, long_) or _leading_acronym(long_, short):
        return True
    if short.label == long_.label != "PERSON" and _without_place(short, long_):
        return True
    if len(a.words) == len(b.words) == 2 and a.words == b.words[::-1] and "PERSON" in (a.label, b.label):
        return True  # 'Kuroiwa Tadashi' / 'Tadashi Kuroiwa': a name given family name first, as East Asian names are
    if long_.label != "PERSON" and short.label != "PERSON":
        if _word_bag(a) == _word_bag(b) and len(_word_bag(a)) >= 2:
            return True  # 'Biofuel Producers' Association' / 'Association of Biofuel Producers': the same words reordered
        da, db = a.distinct, b.distinct
        if da and da == db and not _other_kinds(a, b):
            return True
    if len(a.words) == len(b.words) and all(len(x) >= 5 for x in a.words):
        # (not two ordinary English words a letter apart: 'Carver Street' / 'Carter Street' are two streets)
        differ = [(x, y) for x, y in zip(a.words, b.words, strict=False) if x != y]
        words = all(common_word(x) and common_word(y) for x, y in differ)
        if sum(Levenshtein.distance(x, y) for x, y in differ) <= 1 and not words:
            return True
    if a.label != "PERSON" and b.label != "PERSON" and (_translated(a, b) or _translated_with_place(short, long_)):
        return True
    people = a.label == b.label == "PERSON"  # 'Julian' and 'Julia' are two people's names
    return not people and a.words[:-1] == b.words[:-1] and _derived(a.words[-1], b.words[-1])


@lru_cache(maxsize=1)
def _foreign_function_words() -> frozenset[str]:
    """The stop words of the European languages whose names news gives untranslated ('des', 'de', 'der', 'della'),
    spaCy's lists, less the English ones."""
    from importlib import import_module

    words: set[str] = set()
    for code in ("fr", "de", "es", "it", "nl", "pt"):
        words |= {fold(w) for w in import_module(f"spacy.lang.{code}.stop_words").STOP_WORDS}
    return frozenset(words - set(import_module("spacy.lang.en.stop_words").STOP_WORDS))


def _translated(a: EntityMention, b: EntityMention) -> bool:
    """A name given in its own language and translated ('Musée des Cultures de Valbreuse' / 'Valbreuse Museum of
    Cultures'): one of them has another language's function words, the other words are the same but for one pair of
    cognates (the same first three letters and at most a third of the letters changed: 'musee' / 'museum')."""
    foreign = _foreign_function_words()
    if not any(w in foreign for w in (*a.words, *b.words)):
        return False
    x, y = ({w for w in _word_bag(m) if w not in foreign} for m in (a, b))
    if len(x) != len(y) or len(x) < 2 or len(x & y) != len(x) - 1:
        return False
    (one,), (other,) = x - y, y - x
    return one[:3] == other[:3] and Levenshtein.normalized_similarity(one, other) >= 0.6


def _cognate(one: str, other: str) -> bool:
    """The same word in two languages: the same first two letters and at most two-fifths of the letters changed
    ('museo' / 'museum', 'arqueologico' / 'archaeological')."""
    return one == other or (one[:2] == other[:2] and Levenshtein.normalized_similarity(one, other) >= 0.6)


def _translated_with_place(short: EntityMention, long_: EntityMention) -> bool:
    """A name left in its own language, the place it is of given apart ('the Museo Paleontológico of Sant Elm'), and
    translated with the place before it ('the Sant Elm Palaeontological Museum'): every word of the short form, two or
    more, one of them no English word, has a cognate of its own in the long form, which adds two words at most."""
    from factdiff.analyse.lexical import common_word

    words = [w for w in short.words if w not in _foreign_function_words()]
    if len(words) < 2 or len(long_.words) - len(words) > 2 or all(common_word(w) for w in words):
        return False
    left = list(long_.words)
    translated = []
    for w in words:
        match = next((x for x in left if _cognate(w, x)), None)
        if match is None:
            return False
        left.remove(match)
        if match != w:
            translated.append((w, match))
    # (a word of another language, not the same word with a letter or an apostrophe more: "Foods'" / 'Foods')
    return bool(translated) and all(Levenshtein.distance(w, x) >= 2 and not common_word(w) for w, x in translated)


def _ordinary(word: str) -> bool:
    """An English word WordNet knows as a verb, adjective or the noun of a verb ('Northern', 'United', 'Express'): a
    name's first word that many bodies share, not the coined word of one."""
    from factdiff.analyse.lexical import common_word, is_adjective

    return common_word(word) or is_adjective(word)


def _without_place(short: EntityMention, long_: EntityMention) -> bool:
    """A body's name without its place ('the Customs Service' for 'the Customs Service of Ostravia'), or with the place
    made an adjective before it ('the Ostravian Ministry of Health' for 'the Ministry of Health of Ostravia'): the same
    body. The place is what follows the last 'of'."""
    words = long_.words
    if "of" not in words[1:-1] or short.of_more:
        return False
    at = len(words) - 1 - words[::-1].index("of")
    body, place = words[:at], words[at + 1 :]
    if short.words == body and len(body) > 1:
        return True
    if len(place) != 1 or len(short.words) != len(body) + 1 or short.words[1:] != body:
        return False
    adjective, name = short.words[0], place[0]
    return len(name) >= 4 and adjective != name and adjective.startswith(name[:-1])


# endings that make a name into the adjective or the person of it ('Olympic' / 'Olympian', 'Victorian', 'Darwinist')
_DERIVING = ("ians", "ian", "ean", "ans", "an", "ics", "ic", "ese", "ists", "ist", "ites", "ite")
MIN_STEM = 5


def _stem(word: str) -> str:
    return next((word[: -len(e)] for e in _DERIVING if word.endswith(e) and len(word) - len(e) >= MIN_STEM), word)


# endings that make a person or a follower of a bare name ('Darwinian', 'Bostonian'); '-ic' and '-an' also end names of
# their own ('Titan' / 'Titanic'), so they count only where both names carry an ending ('Olympic' / 'Olympian')
_OF_A_NAME = ("ians", "ian", "ean", "ese", "ists", "ist", "ites", "ite")


def _derived(a: str, b: str) -> bool:
    """Two forms of one name, made from one stem by endings of `_DERIVING` ('paralympic' / 'paralympian', 'darwin' /
    'darwinian'): the same stem of five letters or more once the endings are taken off."""
    if a == b or len(_stem(a)) < MIN_STEM or _stem(a) != _stem(b):
        return False
    if _stem(a) != a and _stem(b) != b:
        return True
    longer = a if _stem(a) != a else b
    return longer.endswith(_OF_A_NAME)


def _word_bag(m: EntityMention) -> frozenset[str]:
    """A name's words without 'of', 'the', 'and', '&', 'for' and possessive marks: what stays when a name is said in
    another order."""
    words = (w.strip("'").removesuffix("'s") for w in m.words)
    return frozenset(w for w in words if w and w not in ("of", "the", "and", "&", "for"))


def _person_like(short: EntityMention, long_: EntityMention) -> bool:
    """A surname and a full name as far as the tagger can tell: names or organisations (the small pipeline tags many
    unfamiliar names 'ORG'), the full one without a word that says it is a body ('Voss Group', 'Tarrow Council')."""
    labels = {"PERSON", "PROPN", "ORG"}
    if short.label not in labels or long_.label not in labels or long_.country or _country_in_front(long_):
        return False
    return not set(long_.words) & _generic_heads()


def _other_kinds(a: EntityMention, b: EntityMention) -> bool:
    """Two names that end in different kinds of thing, one of them a place ('Merrow Islands' / 'Merrow Bank'), neither
    holding the other's kind ('Kent County' / 'Kent County Council' may be one body): two things named after one."""
    lex = lexicon()
    places, bodies = set(lex["geographic_heads"]), set(lex["org_generic_heads"])
    ha, hb = a.words[-1], b.words[-1]
    if ha == hb or not ({ha, hb} <= places | bodies) or not ({ha, hb} & places):
        return False
    return hb not in a.words and ha not in b.words


def _leading_acronym(a: EntityMention, b: EntityMention) -> bool:
    """'CD Marrena' for 'Club Deportivo Marrena', 'FC Tarrow' for 'Football Club Tarrow': the first word of one
    is the initials of the other's words before the same last words."""
    first = a.text.split()[0] if a.text.split() else ""
    if len(a.words) < 2 or not _ACRONYM.match(first):
        return False
    tail = a.words[1:]
    if len(b.words) <= len(tail) or b.words[-len(tail) :] != tail:
        return False
    lead = b.words[: -len(tail)]
    return "".join(w[0] for w in lead) == first.replace(".", "").lower()


def _demonym_of(norp: EntityMention, place: EntityMention) -> bool:
    """'European' for 'Europe', 'African' for 'Africa', 'Breton' for 'Brittany': a group or thing named after a place
    (countries have countryinfo)."""
    if len(place.key) >= 4 and any(fold(name) == place.key for name in _places().get(norp.key, ())):
        return True  # 'Breton' for 'Brittany', 'Welsh' for 'Wales' (WordNet's pertainyms), whatever the tagger calls it
    if norp.label != "NORP" or place.label not in ("LOC", "GPE") or len(place.key) < 4 or " " in place.key:
        return False
    return norp.key.startswith(place.key[:-1]) and len(norp.key) - len(place.key) <= 3


def link(reference: list[EntityMention], candidate: list[EntityMention]) -> None:
    """Give every mention of both texts its canonical id (`cid`); marks ambiguous short forms."""
    for m in reference:
        m.side = "reference"
    for m in candidate:
        m.side = "candidate"
    mentions = reference + candidate
    uf = _UnionFind()
    by_key: dict[str, list[int]] = defaultdict(list)
    by_word: dict[str, list[int]] = defaultdict(list)
    by_initials: dict[str, list[int]] = defaultdict(list)
    by_distinct: dict[frozenset[str], list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        if m.country:
            continue
        by_key[m.key.replace(" ", "")].append(i)
        if _PLURAL_ACRONYM.match(m.text):
            by_key[m.key.removesuffix("s")].append(i)  # 'GPs' is found by 'GP'
        for w in (m.words[:1] + m.words[-1:]) if len(m.words) > 1 else []:
            by_word[w].append(i)
            by_word[f"cognate:{w[:2]}"].append(i)  # 'Museo Paleontológico' / 'Palaeontological Museum'
        if "of" in m.words[1:-1]:  # 'Customs Service of Ostravia' is also found by 'service'
            by_word[m.words[len(m.words) - 1 - m.words[::-1].index("of") - 1]].append(i)
        if len(m.words) >= 2:
            by_initials[_initials(m)].append(i)
        if m.label != "PERSON" and m.distinct:
            by_distinct[m.distinct].append(i)
        if m.label in ("NORP", "LOC", "GPE") and len(m.key) >= 4:
            by_key[f"stem:{m.key[:3]}"].append(i)
    for i, m in enumerate(mentions):
        if m.country:
            continue
        candidates: set[int] = set(by_key[m.key.replace(" ", "")]) | set(by_key.get(f"stem:{m.key[:3]}", []))
        if len(m.words) > 1:  # 'Ebrahim Raisi' and 'Ibrahim Raisi' share a word
            candidates.update(by_word.get(m.words[0], []))
            candidates.update(by_word.get(m.words[-1], []))
            if m.label != "PERSON":
                candidates.update(by_word.get(f"cognate:{m.words[0][:2]}", []))
                candidates.update(by_word.get(f"cognate:{m.words[-1][:2]}", []))
        if len(m.words) == 1:
            longer = [j for j in by_word[m.words[0]] if variant(m, mentions[j])]
            # a surname that also starts the family firm's name ('Renner' after 'Hollis Renner' and 'Renner Bakeries'):
            # the person
            people = [j for j in longer if mentions[j].label == "PERSON" and mentions[j].words[-1] == m.words[0]]
            longer = people or longer
            if len({mentions[j].key for j in longer}) > 1:
                m.ambiguous = True  # 'Kim' after two people called Kim: no link, but supported by either
                continue
            candidates.update(longer)
            candidates.update(j for j in by_word[m.words[0]] if mentions[j].label == "PERSON" or not people)
        if is_acronym(m):
            candidates.update(by_initials[_acronym_key(m)])
            if m.acronym_of:
                candidates.update(by_key[m.acronym_of.replace(" ", "")])
        if m.label != "PERSON" and m.distinct:
            candidates.update(by_distinct[m.distinct])
        for name in _places().get(m.key, ()):  # 'Breton' and 'Brittany'
            candidates.update(by_key.get(fold(name).replace(" ", ""), []))
        for j in candidates:
            if j != i and variant(m, mentions[j]):
                uf.union(i, j)
    # transliteration variants of long single names: compare within blocks sharing a first letter
    singles: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        if not m.country and len(m.words) == 1 and len(m.key) >= 5:
            singles[m.key[0]].append(i)
    for block in singles.values():
        for x, i in enumerate(block):
            for j in block[x + 1 :]:
                if mentions[i].key != mentions[j].key and Levenshtein.distance(mentions[i].key, mentions[j].key) <= 1:
                    uf.union(i, j)
    for i, m in enumerate(mentions):
        m.cid = f"country:{m.country}" if m.country else f"ent:{uf.find(i)}"
    _seats_for_institutions(reference, candidate)


def _seats_for_institutions(reference: list[EntityMention], candidate: list[EntityMention]) -> None:
    """A candidate's seat that stands for an institution the reference names ('Brussels fined the company' for 'the
    European Commission fined ...') takes the institution's id, where the reference does not name the seat itself."""
    seats = lexicon()["seats_of_institutions"]
    named = {m.cid for m in reference}
    for m in candidate:
        institutions = seats.get(m.key)
        if not institutions or m.cid in named:
            continue
        match = next((r for r in reference if r.key in institutions or (r.acronym_of and r.acronym_of in institutions)), None)
        if match is not None:
            m.cid = match.cid
    # the members of a body for the body ('MPs passed the law' / 'Parliament passed the law')
    members = lexicon()["members_of_institutions"]
    for m in candidate:
        bodies = members.get(m.key) or (members.get(m.key[:-1]) if m.key.endswith("s") else None)
        if not bodies or m.cid in named:
            continue
        match = next((r for r in reference if r.key in bodies or r.key.rsplit(" ", 1)[-1] in bodies), None)
        if match is not None:
            m.cid = match.cid


def supported(mention: EntityMention, reference: list[EntityMention]) -> bool:
    """True when the reference names the same thing somewhere (directly or as a variant)."""
    if any(r.cid == mention.cid for r in reference):
        return True
    if mention.ambiguous:
        return any(variant(mention, r) for r in reference)
    return False


def described_before(doc: Doc, mentions: list[EntityMention], described: set[str], named: set[str], most: int) -> bool:
    """A mention of `described` (a nationality, a place) stands right before a mention of `named`, with at most `most`
    common words in lower case between them ('the Danish dairy group Holmgaard'): the one describes the other."""
    for m in mentions:
        if m.cid not in described:
            continue
        for n in mentions:
            if n.cid not in named or n.token_start < m.token_end:
                continue
            between = doc[m.token_end : n.token_start]
            if len(between) <= most and all(t.pos_ in ("NOUN", "ADJ") and t.is_lower for t in between):
                return True
    return False
